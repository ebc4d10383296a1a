"""When a linked move happened: the time expression nearest the move word in its sentence (before
it, else after it in its clause), a description's own time left out, and a sentence opening with
同时 borrowing the month of the sentences before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.extract.context import ArticleContext, Claim, Trigger
from tui.extract.people import Mention
from tui.extract.sentences import Sentence
from tui.extract.times import TimeMark, find_times

_SAME_TIME = re.compile(r"\s*(?:同时|与此同时|同月|当月|同期|随后不久)")


def times_in(art: ArticleContext, start: int, end: int) -> list[TimeMark]:
    """Time expressions, except words inside company names ("今日头条")."""
    inside = [(cs, ce) for cs, ce, _ in art.companies_from(start, end)]
    return [tm for tm in find_times(art.v, art.published, start, end) if not any(cs < tm.end and tm.start < ce for cs, ce in inside)]


def _time_before(art: ArticleContext, s: Sentence, t: Trigger, m: Mention, times: list[TimeMark]) -> TimeMark | None:
    """The last time before the move word, except one inside a phrase describing the person
    ("之前负责该业务的…邓江" dates the description, not the move)."""
    v = art.v
    own = s.clauses[s.clause_at(m.left)][0] if m.left >= s.start else s.start
    before = [tm for tm in times if tm.end <= t.start and not (own <= tm.start and tm.end <= m.left and "的" in v[tm.end : m.left])]
    if len(before) >= 2 and before[-1].precision != "stated" and before[-2].month and before[-1].start - before[-2].end <= 2:
        return before[-2]  # 2019年12月刚刚加入: the stated month, not the word of recency after it
    return before[-1] if before else None


def is_history(art: ArticleContext, s: Sentence, t: Trigger, m: Mention, times: list[TimeMark]) -> bool:
    """A move told as career history: "2019年加入X" a year or more before the report, or 曾加入."""
    if art.v.endswith(("曾", "曾经", "早年"), max(s.start, t.start - 2), t.start):
        return True
    tm = _time_before(art, s, t, m, times)
    if tm is None or tm.year is None:
        return False
    if art.published is None:
        return tm.month is None  # a year alone in an undated text: a biography's line
    if tm.month is None:
        return tm.year < art.published.year
    year, month = int(tm.month[:4]), int(tm.month[5:])
    return (art.published.year - year) * 12 + art.published.month - month >= _HISTORY_MONTHS


_HISTORY_MONTHS = 12  # a join this long before the report is career history, not news


def month_for(art: ArticleContext, i: int, s: Sentence, t: Trigger, m: Mention, times: list[TimeMark]) -> tuple[str | None, str | None]:
    v = art.v
    clause = s.clauses[s.clause_at(t.start)]
    tm = _time_before(art, s, t, m, times)
    if tm is not None:
        return tm.month, tm.precision
    # a time after the move word in its clause, unless another move stands between ("离职 下月就任")
    nxt = art.gz.trigger_re.search(v, t.end, clause[1])
    upto = nxt.start() if nxt else clause[1]
    after = [tm for tm in times if tm.start >= t.end and clause[0] <= tm.start < upto]
    if after:
        return after[0].month, after[0].precision
    if _SAME_TIME.match(v, s.start, s.end):
        # "同时，…" happens when the sentences before it do: borrow their month
        opens_paragraph = i > 0 and art.sentences[i - 1].paragraph != s.paragraph
        for j in range(i - 1, max(-1, i - 3), -1):
            prev = art.sentences[j]
            # 与此同时 opening a paragraph speaks of the paragraph before it
            if prev.paragraph != s.paragraph and not (opens_paragraph and prev.paragraph == art.sentences[i - 1].paragraph):
                break
            dated = _dated(art, prev)
            if dated:
                return dated[0].month, dated[0].precision
    return None, None


_HEADLINE_MAX = 40  # characters of a line that stands alone as a headline


def _undated(art: ArticleContext, claims: list[Claim]) -> Iterator[tuple[Claim, int]]:
    """The claims with no month yet, with the sentence each is quoted from."""
    for c in claims:
        if c.month is None and (i := art.sentence_of(c.qs, c.qe)) is not None:
            yield c, i


def fill_headline_months(art: ArticleContext, claims: list[Claim]) -> None:
    """A headline ("寒武纪CTO梁军离职") states no date; the lines after it that name the person do."""
    v = art.v
    for c, i in _undated(art, claims):
        s = art.sentences[i]
        if s.end - s.start > _HEADLINE_MAX or v[s.end : s.end + 1] not in ("\n", ""):
            continue
        for j in range(i + 1, min(i + 4, len(art.sentences))):
            nxt = art.sentences[j]
            if c.person not in v[nxt.start : nxt.end]:
                continue
            dated = [tm for tm in times_in(art, nxt.start, nxt.end) if tm.month and tm.start < v.find(c.person, nxt.start)]
            if dated:
                c.month, c.precision = dated[0].month, dated[0].precision
            break


# "shortly after" the last thing told: the month of what came just before
_SHORTLY_AFTER = re.compile(r"此后|随后|随即|不久后|不久之后|小时后|同日|同一天|当天|当晚|几天后|数日后|稍后|紧接着")


def _dated(art: ArticleContext, s: Sentence | None) -> list[TimeMark]:
    """The times in sentence ``s`` that name a month."""
    return [tm for tm in times_in(art, s.start, s.end) if tm.month] if s is not None else []


def fill_follow_up_months(art: ArticleContext, claims: list[Claim]) -> None:
    """An undated move told as following the one before (随后, 不到一小时后, 此后) happened in
    the month of the sentence before it, else of the last dated move the article told."""
    v = art.v
    dated = sorted((c.qs, c.month, c.precision) for c in claims if c.month)
    for c, i in _undated(art, claims):
        here = art.sentences[i]
        lead = art.sentences[i - 1] if i > 0 else None
        if _SHORTLY_AFTER.search(v, here.start, c.qe):
            marks = _dated(art, lead)
        elif lead is not None and _SHORTLY_AFTER.search(v, lead.start, lead.end) and not _dated(art, lead):
            marks = []  # the sentence before only says "shortly after": go back to the last dated move
        else:
            continue
        if marks:
            c.month, c.precision = marks[-1].month, marks[-1].precision
            continue
        earlier = [d for d in dated if d[0] < here.start]
        if earlier:
            c.month, c.precision = earlier[-1][1], earlier[-1][2]
