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


def company_before(art: ArticleContext, s: Sentence, m: Mention, others: list[Mention]) -> str | None:
    """The company written before the person in the sentence, else the one their own clause
    names after them ("杨硕原本是特斯拉…的核心架构师")."""
    v = art.v
    pos = m.left
    # companies inside another person's title (or just before it, written with it) or inside a
    # bracketed aside say nothing of this one
    hidden = _brackets(v, s.start, pos)
    for o in others:
        if o is not m:
            hidden.append((o.left, o.start))
            if o.role_company:
                hidden.append((max(s.start, o.left - _TITLE_REACH), o.left))
    best = None
    for cs, ce, canon in art.companies_from(s.start, pos):
        if ce <= pos and not any(lo <= cs < hi for lo, hi in hidden):
            # a company that is the object of a join is where they went, not where they were
            if v.endswith(_JOIN_WORDS, max(0, cs - 2), cs) or v.startswith("系", ce):
                continue  # 华为系高管: where they came from, not where they are
            best = canon
    if best is None:
        clause = s.clauses[s.clause_at(m.end - 1)] if m.start >= s.start else None
        was = _WAS_AT.match(v, m.end, clause[1]) if clause else None
        if was:
            found = art.companies_from(m.end, clause[1])
            # 杨硕在特斯拉…: 在 says where only with the company right after it (not 在卸任…后)
            if found and (was.group() != "在" or found[0][0] == was.end()):
                best = found[0][2]
    return best


_TITLE_REACH = 20  # characters before a title where the company written with it may stand
_OPENING = re.compile(r"[(（]")
_WAS_AT = re.compile(r"(?:原本|原来|此前|曾经|曾|一直)?(?:是|为|任|担任|在)")


def _brackets(v: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the bracketed asides between ``lo`` and ``hi``."""
    if not _OPENING.search(v, lo, hi):
        return []
    spans, opened = [], None
    for k in range(lo, hi):
        if v[k] in "(（" and opened is None:
            opened = k
        elif v[k] in ")）" and opened is not None:
            spans.append((opened, k))
            opened = None
    return spans


def context_company(art: ArticleContext, i: int, exclude: set[str] = frozenset()) -> str | None:
    """The company the paragraph was talking about, else the one the article is about."""
    s = art.sentences[i]
    dominant = art.dominant if art.dominant not in exclude else None
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = art.sentences[j]
        if prev.paragraph < s.paragraph - 1:
            break
        found = [c for _, _, c in art.companies_from(prev.start, prev.end) if c not in exclude]
        if found:
            # the article's own company where the paragraph names it among others
            return dominant if dominant in found else found[-1]
    return dominant


def destination_after(art: ArticleContext, s: Sentence, t: Trigger) -> str | None:
    v = art.v
    rest_start = t.end
    m = re.search(r"(?:或将|将|拟|计划|准备|有望)?(?:加入|加盟|投奔|转投)([^，。；,;]{2,16})", v[rest_start : s.end])
    if m:
        at = rest_start + m.start(1)
        for cs, ce, canon in art.companies_from(at, at + 1):
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




# 星图科技今日官宣，前X研究员Y出任公司CTO: the company that announces a join is the one joined
_ANNOUNCES = re.compile(r"(?:今日|今天|昨日|昨天|近日|日前|正式|也|还|则|此前|已)*(?:宣布|官宣|发布公告|公告|发文|宣告)")
# 吴永辉入职，负责大模型Seed团队: the next clause says where, by the unit the person takes on
_TAKES_OFFICE = ("走马上任",)
_ENDS_CLAUSE = re.compile(r"了?(?:[，。；,;！？]|后|的|$)")  # 也相继加入。: joined, with no word of where
_SUCCEEDED_BY = re.compile(r"由[^，。；,;由]{0,24}$")
_TAKES_ON = re.compile(r"\s*(?:并|将|随后)?(?:负责|担任|出任|领导|主导|执掌|掌管|加入)")


def joined_without_object(art: ArticleContext, i: int, t: Trigger, m: Mention) -> str | None:
    """The company a join names no object for: the company that announces it, a company that
    loses a post to a successor from elsewhere (星图科技CEO离职，由前X高管Y出任), the unit the
    next clause says the person takes on, or for a hire the company the text is about."""
    v = art.v
    s = art.sentences[i]
    own = m.role_company
    for cs, ce, canon in art.companies_from(s.start, m.left):
        if canon != own and _ANNOUNCES.match(v, ce, m.left):
            return canon
    clause_start = s.clauses[s.clause_at(m.left)][0]
    by = _SUCCEEDED_BY.search(v, clause_start, m.left)
    if by is not None:
        # a successor from another company, written with it after 由 (由云帆智能前CEO王刚出任);
        # 由副总裁王刚接任 is a promotion
        post = [c for _, _, c in art.companies_from(s.start, by.start())]
        theirs = [c for _, _, c in art.companies_from(by.start(), m.left)]
        if post and theirs and theirs[-1] != post[-1]:
            return post[-1]
        return None
    c = s.clause_at(t.start)
    if c + 1 < len(s.clauses):
        ncs, nce = s.clauses[c + 1]
        if _TAKES_ON.match(v, ncs, nce):
            found = [x for x in art.companies_from(ncs, nce) if x[2] != own]
            if found:
                return found[0][2]
    if t.employer_acts or (m.former and own is not None and _ENDS_CLAUSE.match(v, t.end)):
        # 招募了X; 原英伟达销售总监X也相继加入, 京东…上半年加盟的拼多多前高管X: the company the
        # text is about, not the one left
        earlier = [c for _, _, c in art.companies_from(s.start, m.left) if c != own]
        return earlier[0] if earlier else context_company(art, i, exclude={own} if own else set())
    if t.word in _TAKES_OFFICE and own is not None and not m.former:
        return own  # 联发科共同CEO蔡某走马上任: the company of the post taken up
    return None
