"""The move-words stage: which trigger words in a sentence report a move, and what each says about
its object. A trigger used as a noun ("离职潮"), naming the move rather than reporting it
("此次离职"), negated, or a sideline word without a hint of a lesser post is dropped; a departure
still ahead ("拟离职", "提出离职申请") is marked pending; the company right after the word
("加入京东", "从字节离职") becomes its object, and a join to no known company keeps the words
after it as a description of where the person went.
"""

from __future__ import annotations

import re

from tui.extract.context import DEPARTED, JOINED, PENDING, SIDELINED, ArticleContext, Trigger
from tui.extract.sentences import Sentence

# A trigger used as a noun or adjective ("离职潮", "离职率") reports no one's move.
_NOMINAL_AFTER = re.compile(r"潮|率|请求|申请|报告|信|协议|补偿|赔偿|金|证明|手续|人员|员工|员|者|高管|的高管|事件|程序")
_SIDELINE_HINT = re.compile(r"顾问|虚职|闲职|非核心|边缘|名誉|荣誉|不再负责|不再担任|核心岗位|管理岗位|一线")
_THIS_MOVE = re.compile(r"(?:此次|这次|本次|那次|上次)$")
_ALREADY = re.compile(r"已经|已")
_REQUEST_AFTER = re.compile(r"(?:请求|申请|流程|手续)")
_OBJECT_LEAD = re.compile(r"(?:了|至|到|进入)?")
_JOIN_TAIL = re.compile(r"[^，。；,;！？]{1,16}")
_FROM_COMPANY = re.compile(r"从([^，。；,;从]{1,12})(?:正式|已经|已)?$")


def triggers(art: ArticleContext, s: Sentence) -> list[Trigger]:
    """The move words of sentence ``s`` that report a move, in text order."""
    v, gz = art.v, art.gz
    out: list[Trigger] = []
    for m in gz.trigger_re.finditer(v, s.start, s.end):
        word, kind = m.group(), gz.triggers[m.group()]
        nominal = _NOMINAL_AFTER.match(v, m.end(), s.end)
        if nominal and kind in (DEPARTED, PENDING):
            asked = nominal.group() in ("请求", "申请", "报告", "信") and "提" in v[max(s.start, m.start() - 6) : m.start()]
            if not asked:
                continue
        before = v[max(s.start, m.start() - 8) : m.start()]
        if _THIS_MOVE.search(before):
            continue  # "此次离职系本人主动提出": names the move, does not report it
        if before.endswith(gz.negation_words) or before[:-1].endswith(gz.negation_words):
            continue
        t = Trigger(word, m.start(), m.end(), kind)
        clause_start = s.clauses[s.clause_at(m.start())][0]
        near = v[max(clause_start, m.start() - 8) : m.start()]
        if kind == DEPARTED and any(w in near for w in gz.pending_words) and not _ALREADY.search(near[-3:]):
            t.pending = True
        if kind == DEPARTED and _REQUEST_AFTER.match(v, m.end(), m.end() + 2) and "提" in near:
            t.pending = True
        after = _OBJECT_LEAD.match(v, m.end()).end()
        for cs, ce, canon in art.companies_from(after, after + 3):
            if cs == after or (cs > after and cs - after <= 2 and v[after:cs] in ("该", "这家", "原")):
                t.object_company = canon
                break
        if word in ("退出", "回归", "告别", "投奔", "转投") and t.object_company is None:
            continue
        if kind == JOINED and t.object_company is None:
            tail = _JOIN_TAIL.match(v, after, s.end)
            t.object_text = tail.group() if tail else None
        if kind == DEPARTED and t.object_company is None:
            # 从X离职 / 从X离开
            fm = _FROM_COMPANY.search(v, clause_start, m.start())
            if fm:
                for cs, ce, canon in art.companies:
                    if fm.start(1) <= cs < fm.end(1):
                        t.object_company = canon
        if kind == SIDELINED:
            rest = v[m.start() : s.end]
            if word in ("被边缘化", "边缘化"):
                pass
            elif not _SIDELINE_HINT.search(rest) and not _SIDELINE_HINT.search(v[s.start : m.start()][-12:]):
                continue
        out.append(t)
    return out
