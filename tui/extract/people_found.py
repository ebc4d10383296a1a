"""The people mentions stage: who a sentence names, with the title and company written with each
name. Names are taken after a title, where the article vouched for them earlier, in lists
(洪涛、焦可、陈炜鹏等), as continuations of a list, and bare at the head of a clause that goes on
to a move; consecutive names joined by separators are marked as one list, so a move said of the
list is said of each of them. Reading a single name is ``people.read_name``'s work.
"""

from __future__ import annotations

import re

from tui.extract.context import ArticleContext
from tui.extract.gazetteer import Gazetteer
from tui.extract.people import Mention, read_latin_name, read_name, role_before
from tui.extract.sentences import Sentence

_CONNECTIVES = re.compile(r"(?:[据据悉报道称此外另外同时而其中随后不过但是然而此前目前值得注意的是]{0,6})")
_LIST_SEP = re.compile(r"(?:、|和|与|及|以及|跟|、以及)")
_ENUMERATION_COMMA = re.compile("、")
_LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及|，以及|,以及)\s*")
_LIST_ITEM_END = re.compile(r"[、，,。；;和与及等两二三四五六七八九十均都也相先分已将于在的]|以及")
_TIME_BETWEEN = re.compile(r"(?:于|在)?(?:(?:19|20)\d\d年)?(?:今年|去年)?\d{1,2}月(?:初|底|中旬|份)?")
_ADVERBS = re.compile(r"(?:已经|已|也|亦|均|都|正式|更是|于|在|将|即将|近日|近期|日前|宣布|被曝|被传|据悉|本人|同样|相继|先后|早已|已于|也已|选择了?|\s)*")


def learn_names(art: ArticleContext) -> None:
    """Names vouched for by a title anywhere in the article count wherever they appear again."""
    v, gz = art.v, art.gz
    # one pass over the text: no title or trigger word holds a sentence's end mark, so no match
    # runs from one sentence into the next
    for hm in gz.role_re.finditer(v, art.sentence_starts[0] if art.sentences else len(v)):
        i = art.sentence_of(hm.start(), hm.end())
        if i is None:
            continue
        end = read_name(v, hm.end(), gz, art.sentences[i].end)
        if end and not _is_company_or_role(v[hm.end() : end], gz) and not _runs_into_role(v, hm.end(), end, gz):
            art.known.setdefault(v[hm.end() : end], hm.end())


def _is_company_or_role(name: str, gz: Gazetteer) -> bool:
    return name.lower() in gz.companies or bool(gz.role_re.fullmatch(name)) or bool(gz.trigger_re.search(name))


def _runs_into_role(v: str, start: int, end: int, gz: Gazetteer) -> bool:
    """"和联合创始人": the would-be name is the start of a title, not a person."""
    return any(gz.role_re.match(v, k) for k in range(start + 1, end + 1))


def mentions(art: ArticleContext, s: Sentence) -> list[Mention]:
    """The people sentence ``s`` names, in text order, each list marked by its head's index."""
    v, gz = art.v, art.gz
    found: dict[int, Mention] = {}

    def add(start: int, end: int, strong: bool) -> Mention | None:
        name = v[start:end]
        if _is_company_or_role(name, gz) or _runs_into_role(v, start, end, gz) or art.covered[start]:
            return None
        if start in found:
            return found[start]
        role, role_start, company, former = role_before(v, start, s.start, gz, art.companies)
        m = Mention(name, start, end, role, role_start, company, former, strong or role is not None)
        found[start] = m
        return m

    # 1. titles followed by a name
    for hm in gz.role_re.finditer(v, s.start, s.end):
        end = read_name(v, hm.end(), gz, s.end) or read_latin_name(v, hm.end(), s.end)
        if end:
            add(hm.end(), end, True)
    # 2. names already vouched for in this article
    for name in art.known:
        i = v.find(name, s.start, s.end)
        while i >= 0:
            if i not in found and not _inside(found, i):
                add(i, i + len(name), True)
            i = v.find(name, i + len(name), s.end)
    # 3. lists of names: 洪涛、焦可、陈炜鹏等
    for lm in _ENUMERATION_COMMA.finditer(v, s.start, s.end):
        sep = lm.start()
        for left in (3, 2, 4):
            st = sep - left
            if st < s.start:
                continue
            end = read_name(v, st, gz, sep)
            if end == sep and not _inside(found, st):
                right_end = read_name(v, sep + 1, gz, s.end)
                if right_end and _list_item_end(v, right_end, s.end):
                    add(st, sep, True)
                    add(sep + 1, right_end, True)
                    break
    # 4. list continuations: NAME和NAME, NAME、NAME after a vouched name
    changed = True
    while changed:
        changed = False
        for m in sorted(found.values(), key=lambda m: m.start):
            sm = _LIST_SEP.match(v, m.end, s.end)
            if not sm:
                continue
            nxt = sm.end()
            end = read_name(v, nxt, gz, s.end)
            if end and nxt not in found and _list_item_end(v, end, s.end) and add(nxt, end, True):
                changed = True
    # 5. a bare name opening a clause and followed by a move: 张三已于3月离职
    for cs, ce in s.clauses:
        lead = _CONNECTIVES.match(v, cs, ce)
        st = lead.end() if lead else cs
        end = read_name(v, st, gz, ce)
        if (
            end
            and st not in found
            and not v.startswith(gz.not_names, st)
            and gz.trigger_re.match(v, _skip_adverbs(v, end, ce))
        ):
            add(st, end, False)
    found_in_order = sorted(found.values(), key=lambda m: m.start)
    # list membership: consecutive mentions joined by separators (and titles) form one list
    for a, b in zip(found_in_order, found_in_order[1:]):
        between = v[a.end : b.left]
        if _LIST_JOIN.fullmatch(between):
            b.list_head = a.list_head if a.list_head is not None else found_in_order.index(a)
    return found_in_order


def _inside(found: dict[int, Mention], i: int) -> bool:
    return any(m.start < i < m.end for m in found.values())


def _list_item_end(v: str, end: int, limit: int) -> bool:
    """A list item ends at a separator, 等, a count of people or a move."""
    rest = v[end : min(limit, end + 4)]
    return not rest or bool(_LIST_ITEM_END.match(rest))


def _skip_adverbs(v: str, i: int, limit: int) -> int:
    m = _ADVERBS.match(v, i, limit)
    j = m.end() if m else i
    # a time expression between the name and the move ("于今年1月离职")
    tm = _TIME_BETWEEN.match(v, j, limit)
    if tm:
        j = _ADVERBS.match(v, tm.end(), limit).end()
    return j
