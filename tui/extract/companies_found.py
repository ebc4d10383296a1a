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


_STEM_MAX = 6  # Chinese characters a company's own name holds before its suffix


_TITLE_SPAN = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,14}")


def _continues(v: str, end: int, gz: Gazetteer) -> bool:
    """The suffix goes on into a longer word (智能驾驶), unless what follows is the company's own
    title ("星云智能模型研发副总裁")."""
    if gz.company_continuation_re is None or not gz.company_continuation_re.match(v, end):
        return False
    title = _TITLE_SPAN.match(v, end)
    return not (title and gz.role_re.search(title.group()))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_LATIN_REACH = 48  # characters back from its last word where a Latin company's name may start
_NOT_COMPANY_START = frozenset("The A An AI Our Your Its This That Generative Artificial General Open Chief Head Vice".split())


def with_latin_companies(v: str, gz: Gazetteer, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the Latin company names the gazetteer does not know, by their last word (Helios Lab,
    Mondo Tech: the words of data/company_patterns.tsv)."""
    if gz.latin_shape_end_re is None or gz.latin_shape_re is None:
        return known
    taken = coverage(v, known)
    found = list(known)
    last = 0
    for sm in gz.latin_shape_end_re.finditer(v):
        # the name is read back from its last word, which is rare, within a short window
        m = gz.latin_shape_re.search(v, max(last, sm.start() - _LATIN_REACH), sm.end())
        if m is None or m.end() != sm.end():
            continue
        last = m.end()
        name = m.group(1)
        if 1 in taken[m.start() : m.end()] or name.split()[0].split("-")[0] in _NOT_COMPANY_START:
            continue
        if taken[max(0, m.start() - 2) : m.start()].count(1):
            continue  # 腾讯 AI Lab: a unit written after its company
        found.append((m.start(), m.end(), name))
    found.sort()
    return found


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
        start, floor = k, max(last_end, k - _STEM_MAX)
        while start > floor and _is_han(v[start - 1]):
            start -= 1
        if k - start < 2:
            continue
        end = last_end = sm.end()
        if 1 in taken[k:end] or _continues(v, end, gz):
            continue  # 智能驾驶, 机器人学习: the suffix begins a longer word, not a name's end
        after_known = None
        while taken[start]:
            start += 1  # a known company before it ends where this name begins
            after_known = start
        if after_known is None and start > 1 and v[start - 1] == " " and taken[start - 2]:
            after_known = start  # Meta 超级智能实验室: a unit written after its company and a space
        # cut after the last word that stands before a name ("曾尝试挖角星云科技")
        suffix_len = next((len(x) for x in gz.company_suffixes if v.endswith(x, start, end)), 0)
        stem_end = end - suffix_len
        cut = None
        if gz.company_prefix_reversed_re is not None:
            if reversed_v is None:
                reversed_v = v[::-1]
            n = len(v)
            # a prefix word may begin before the window ("加盟" with only "盟" inside it)
            last = gz.company_prefix_reversed_re.search(reversed_v, n - stem_end, n - max(0, start - 3))
            if last is not None and n - last.start() > start - 3:
                cut = n - last.start()  # just after the prefix word that ends last
        # a move word or a title inside the window ends before the name (告别星云科技, 负责人兼网络…)
        for tm in gz.trigger_re.finditer(v, start, stem_end):
            cut = max(cut or 0, tm.end())
        for rm in gz.role_re.finditer(v, start, stem_end):
            cut = max(cut or 0, rm.end())
        if after_known is not None and (cut is None or cut <= after_known):
            continue  # 达摩院自动驾驶实验室: a unit written right after its company
        if cut is not None:
            start = max(start, cut)
        elif start > 0 and start == k - _STEM_MAX and _is_han(v[start - 1]):
            continue  # the window ran out inside a longer phrase: a fragment, not a name
        if 1 in taken[start:end]:
            continue  # 前苹果机器人研究员: a known company inside it, the rest is its unit
        if start > 0 and v[start - 1] in "《<":
            continue  # an outlet's title: 《赛博汽车》
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
