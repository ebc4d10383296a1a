"""Where a linked move leaves from and goes to: the company written before the person in the
sentence (not one inside another person's title or a bracketed aside, not the object of a join),
the company the paragraph or the article is about, and the destination written after the move.
"""

from __future__ import annotations

import re

from tui.extract.context import ArticleContext, Trigger
from tui.extract.people import Mention
from tui.extract.sentences import Sentence

_UNNAMED = re.compile(r"^(?:一家|一个|某|该|其他|另一家|多家|新的|新|这家|那家)")
_STARTUP = re.compile(r"创业")
_JOIN_WORDS = ("加入", "加盟", "入职", "出任", "就任", "履新", "回归", "投奔", "转投")


def company_before(art: ArticleContext, s: Sentence, pos: int, exclude_after: Trigger | None) -> str | None:
    best = None
    for cs, ce, canon in art.companies_from(s.start, pos):
        if ce <= pos:
            # a company that is the object of a join is where they went, not where they were
            if art.v.endswith(_JOIN_WORDS, max(0, cs - 2), cs):
                continue
            best = canon
    return best


def context_company(art: ArticleContext, i: int) -> str | None:
    """The company the paragraph was talking about, else the one the article is about."""
    s = art.sentences[i]
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = art.sentences[j]
        if prev.paragraph < s.paragraph - 1:
            break
        found = art.companies_from(prev.start, prev.end)
        if found:
            return found[-1][2]
    return art.dominant


def destination_after(art: ArticleContext, s: Sentence, t: Trigger) -> str | None:
    v = art.v
    rest_start = t.end
    m = re.search(r"(?:或将|将|拟|计划|准备|有望)?(?:加入|加盟|投奔|转投)([^，。；,;]{2,16})", v[rest_start : s.end])
    if m:
        at = rest_start + m.start(1)
        for cs, ce, canon in art.companies:
            if cs == at:
                return canon
        return _strip_unnamed(re.split(r"担任|出任|任职|，", m.group(1))[0])
    m = re.match(r"(?:并|后|之后|，|,|转而|转身|随即)*(?:[^，。；,;]{0,20}?)创业", v[rest_start : s.end])
    if m and _STARTUP.search(m.group()):
        return _startup_phrase(m.group())
    return None


def _startup_phrase(text: str) -> str:
    text = re.sub(r"^(?:并|后|之后|，|,|转而|转身|随即|专注于|专注|投身|开始|从事|在|于|离职|离开|也|选择)+", "", text)
    text = re.sub(r"(?:应用|领域|项目)(?=创业)", "", text)
    return text.strip() or "创业"


def _strip_unnamed(text: str) -> str:
    return _UNNAMED.sub("", text).strip() or text


