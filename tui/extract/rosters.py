"""The lists stage: moves written as lists rather than sentences. A roster is a line that announces
a list of people who joined or left ("以下是新聘人员名单：") followed by one line per person
that opens with the name; a table has a header row naming its columns (姓名 | 原公司 | 去向) and
one row per person. Each listed person gets a claim quoting their own line.
"""

from __future__ import annotations

import re

from tui.extract import link_companies
from tui.extract.context import DEPARTED, JOINED, ArticleContext, Claim
from tui.extract.people import read_bounded_name
from tui.extract.sentences import Sentence

# A line that announces a list: a cue word and a colon at its end
_ROSTER_CUE = re.compile(r"(?:名单|如下|以下|包括|分别是|分别为|有)[^。；;]{0,30}[：:]\s*$")
_JOIN_WORDS = re.compile(r"新聘|新加入|加入|加盟|入职|招募|招聘|挖来|聘请|延揽")
_LEAVE_WORDS = re.compile(r"离职|离开|出走|离任|辞职|告别|流失")
# What follows a name at the head of a roster line: its description, after a separator
_ITEM_AFTER = re.compile(r"\s*[,，、:：(（|｜—\-–]")
_ITEM_LEAD = re.compile(r"[\s\-–—•·*>#\d.、)）①-⑳]*")
_ROSTER_MAX = 60  # lines a roster may hold; a page's later lines are no longer its items

_LIST_MARK = re.compile(r"[|｜\t]|[：:](?=[ \t\u3000]*\n)")
_CELL_SEP = re.compile(r"\s*[|｜\t]\s*")
_NAME_COL = re.compile(r"姓名|人物|名字|人员|高管")
_FROM_COL = re.compile(r"原公司|原单位|原东家|前东家|原任职|离开公司|原雇主|公司")
_TO_COL = re.compile(r"去向|新东家|新公司|去处|现任职|加入|下家")
_RULE_ROW = re.compile(r"[\s|｜:：\-–—]+")


_LIST_WORDS = re.compile(r"名单|如下|以下|姓名")


def may_hold_lists(v: str, start: int) -> bool:
    """Whether a page with no move word in its sentences may still list moves."""
    return _LIST_WORDS.search(v, start) is not None


def list_claims(art: ArticleContext) -> list[Claim]:
    """The claims of the rosters and tables of the article."""
    v, sentences = art.v, art.sentences
    out: list[Claim] = []
    lo = sentences[0].start if sentences else len(v)
    done = 0  # the first sentence not yet read as part of a list
    # only the lines holding a bar or ending in a colon may open a list: found in one pass
    for mark in _LIST_MARK.finditer(v, lo):
        i = art.sentence_of(mark.start(), mark.start())
        if i is None or i < done:
            continue
        s = sentences[i]
        if mark.group() != ":" and mark.group() != "：":
            if _NAME_COL.search(v, s.start, s.end):
                done = _table(art, i, out)
        elif _ROSTER_CUE.search(v, s.start, s.end + 1) and _ends_line(v, s):
            done = _roster(art, i, out)
    return out


def _ends_line(v: str, s: Sentence) -> bool:
    rest = v[s.end : s.end + 3]
    return "\n" in rest or s.end >= len(v) - 1


def _roster(art: ArticleContext, i: int, out: list[Claim]) -> int:
    v = art.v
    head = art.sentences[i]
    lead = v[head.start : head.end]
    leaves, joins = _LEAVE_WORDS.search(lead), _JOIN_WORDS.search(lead)
    if not (leaves or joins):
        return i + 1
    event = DEPARTED if leaves and (not joins or leaves.start() > joins.start()) else JOINED
    named = [c for _, _, c in art.companies_from(head.start, head.end)]
    company = named[-1] if named else link_companies.context_company(art, i)
    j = i + 1
    while j < len(art.sentences) and j - i <= _ROSTER_MAX:
        item = art.sentences[j]
        name = _name_at_line_start(art, item)
        if name is None or company is None:
            break
        person, end = name
        qe = item.clauses[min(1, len(item.clauses) - 1)][1]
        out.append(Claim(person, company, event, None, None, None, None, item.start, max(end, qe), trigger_at=item.start))
        j += 1
    return j


def _name_at_line_start(art: ArticleContext, s: Sentence) -> tuple[str, int] | None:
    """The person a list line opens with, and where the name ends."""
    v = art.v
    if s.start > 0 and v[s.start - 1] not in "\n-–—•*>#. \t\u3000":
        return None  # not the start of a line
    st = _ITEM_LEAD.match(v, s.start, s.end).end()
    for f in art.foreign_in(st, st + 1):
        if _ITEM_AFTER.match(v, f.end, s.end) or f.end == s.end:
            return f.person.canonical, f.end
    end = read_bounded_name(v, st, art.gz, s.end)
    if end is not None and _ITEM_AFTER.match(v, end, s.end) and not art.covered[st]:
        return v[st:end], end
    return None


def _table(art: ArticleContext, i: int, out: list[Claim]) -> int:
    v = art.v
    head = art.sentences[i]
    columns = [c for c in _CELL_SEP.split(v[head.start : head.end].strip("|｜ ")) if c is not None]
    name_col = next((k for k, c in enumerate(columns) if _NAME_COL.search(c)), None)
    from_col = next((k for k, c in enumerate(columns) if _FROM_COL.search(c) and k != name_col), None)
    to_col = next((k for k, c in enumerate(columns) if _TO_COL.search(c) and k not in (name_col, from_col)), None)
    if name_col is None or (from_col is None and to_col is None):
        return i + 1
    j = i + 1
    while j < len(art.sentences):
        row = art.sentences[j]
        if _RULE_ROW.fullmatch(v, row.start, row.end):
            j += 1
            continue  # |---|---|
        cells = _cells(v, row)
        if len(cells) <= max(k for k in (name_col, from_col, to_col) if k is not None):
            break
        ns, ne = cells[name_col]
        person = _cell_person(art, ns, ne)
        if person is None:
            break
        left = _cell_company(art, *cells[from_col]) if from_col is not None else None
        went = _cell_company(art, *cells[to_col]) if to_col is not None else None
        went_text = v[slice(*cells[to_col])].strip() if to_col is not None else ""
        if left:
            out.append(Claim(person, left, DEPARTED, None, None, None, went or went_text or None, row.start, row.end, trigger_at=row.start))
        if went and went != left:
            out.append(Claim(person, went, JOINED, None, None, None, None, row.start, row.end, trigger_at=row.start))
        j += 1
    return j


def _cells(v: str, row: Sentence) -> list[tuple[int, int]]:
    """The spans of a row's cells, the outer bars of a Markdown row dropped."""
    lo, hi = row.start, row.end
    while lo < hi and v[lo] in "|｜ ":
        lo += 1
    while hi > lo and v[hi - 1] in "|｜ ":
        hi -= 1
    spans, pos = [], lo
    for m in _CELL_SEP.finditer(v, lo, hi):
        spans.append((pos, m.start()))
        pos = m.end()
    if spans:
        spans.append((pos, hi))
    return spans


def _cell_person(art: ArticleContext, lo: int, hi: int) -> str | None:
    for f in art.foreign_in(lo, lo + 1):
        if f.end >= hi - 1:
            return f.person.canonical
    end = read_bounded_name(art.v, lo, art.gz, hi)
    return art.v[lo:hi] if end == hi else None


def _cell_company(art: ArticleContext, lo: int, hi: int) -> str | None:
    found = art.companies_from(lo, hi)
    return found[0][2] if found else None
