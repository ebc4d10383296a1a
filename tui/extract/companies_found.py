"""The company mentions stage: which companies the article names, and where. The gazetteer finds
the companies it knows; this stage drops the outlets that only report the news and adds the
companies the gazetteer does not know, recognised by their shape (a short Chinese stem before a
company suffix such as 科技), so that a move to a new startup still has somewhere to go.
"""

from __future__ import annotations

import re

from tui.extract.context import coverage
from tui.extract.gazetteer import Gazetteer

_SOURCE_VERB = re.compile(r"(?:科技|新闻|财经)?(?:透露|表示|证实|求证|记者|称)")
_SOURCE_AFTER = re.compile(r"(?:科技|新闻|财经|网)?(?:从知情人士处|方面从)?(?:了解到|获悉|报道|援引|独家|记者|报道称)")
_SOURCE_AROUND = re.compile(r"(?:对|向|回应|告诉|接受)$")


def is_news_source(v: str, start: int, end: int) -> bool:
    """A company named as the outlet that reports ("新浪科技从知情人士处了解到") is not a party to a move."""
    if _SOURCE_AFTER.match(v, end, end + 12):
        return True
    return bool(_SOURCE_AROUND.search(v, max(0, start - 2), start)) and bool(
        _SOURCE_VERB.match(v, end, end + 8)
    )


def with_unknown_companies(v: str, gz: Gazetteer, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add companies the gazetteer does not know, by shape: at most six Chinese characters before
    a company suffix ("星云科技"), the verbs before it removed ("加盟星云科技"), generic phrases
    ("大模型公司") skipped. Candidates are found from the suffixes, which are rare, leftmost first
    and without overlaps, rather than by trying a name at every character."""
    if gz.company_suffix_re is None:
        return known
    found = list(known)
    taken = coverage(v, known)
    last_end = 0
    reversed_v: str | None = None
    for sm in gz.company_suffix_re.finditer(v):
        k = sm.start()
        start, floor = k, max(last_end, k - 6)
        while start > floor and "\u4e00" <= v[start - 1] <= "\u9fff":
            start -= 1
        if k - start < 2:
            continue
        end = last_end = sm.end()
        if 1 in taken[start:end]:
            continue
        # cut after the last word that stands before a name ("曾尝试挖角星云科技")
        suffix_len = next((len(x) for x in gz.company_suffixes if v.endswith(x, start, end)), 0)
        stem_end = end - suffix_len
        if gz.company_prefix_reversed_re is not None:
            if reversed_v is None:
                reversed_v = v[::-1]
            n = len(v)
            last = gz.company_prefix_reversed_re.search(reversed_v, n - stem_end, n - start)
            if last is not None:
                start = n - last.start()  # just after the prefix word that ends last
        name = v[start:end]
        stem = name[: len(name) - suffix_len] if suffix_len else name
        if len(stem) < 2 or stem in gz.generic_company_words or (gz.generic_company_re is not None and gz.generic_company_re.search(stem)):
            continue
        if is_news_source(v, start, end):
            continue
        found.append((start, end, name))
        taken[start:end] = b"\x01" * (end - start)
    found.sort()
    return found
