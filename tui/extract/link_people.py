"""Who a move word in a sentence is about: the subject before it, a possessive, a list, a chained
move's subject, a plural pointing back at the sentence before, the names listed after it (包括…, in
the next sentence, alone in the next clause), a pronoun pointing back a few sentences, or the
person opening the next clause (离开X，Y转投…). Object moves (挖角X, 解雇X) take the person after
the word; the one who hires or fires is never the one who moves.
"""

from __future__ import annotations

import re

from tui.extract import moves, people_found
from tui.extract.context import JOINED, POACH, ArticleContext, Trigger
from tui.extract.people import Mention
from tui.extract.sentences import Sentence

_PLURAL = re.compile(r"他们|她们|二人|两人|三人|四人|几人|数人|这些人|上述|以上(?:几位|诸位|人士|高管|这些)|这样的|这一波|这波|此轮|这轮")
# A clause that lists the people a move was said of: "包括…", "比如…", or after "…包括："
_FORWARD = re.compile(r"\s*(?:其中包括|包括|其中|分别是|分别为|分别|比如|例如|譬如|即|如|有)")
_FORWARD_IN_CLAUSE = re.compile(r"(?:还|也|则)?(?:包括|包含)[：:]?")
_FORWARD_NEXT = re.compile(r"\s*(?:其中|这其中)?(?:就)?(?:包括|包含|有)|\s*(?:他们|她们)?分别是")
_LISTS_NEXT = re.compile(r"(?:包括|比如|例如|如下|有)\s*$")
# A pronoun opening the clause of a move: the person the text named last
_PRONOUN = re.compile(r"\s*(?:[据悉而但此后随后目前如今同时不过然而]{0,4})(?:他|她|其|这位|该人士|这个人|此人)(?!们|他|中|余|实)")
_PARTNER_MOVES = ("分道扬镳",)  # 与X分道扬镳: X is the one who goes
_PRONOUN_REACH = 4  # sentences back a pronoun may point


def mentions_of(art: ArticleContext, j: int, cache: dict[int, list[Mention]], moves_at: list[int] | None = None) -> list[Mention]:
    """The people sentence ``j`` names, read once per article."""
    found = cache.get(j)
    if found is None:
        found = cache[j] = people_found.mentions(art, art.sentences[j], moves_at)
    return found


def people_for(
    art: ArticleContext,
    i: int,
    s: Sentence,
    t: Trigger,
    mentions: list[Mention],
    triggers: list[Trigger],
    cache: dict[int, list[Mention]],
    assigned: dict[int, list[Mention]],
) -> list[Mention]:
    v = art.v
    c = s.clause_at(t.start)
    cs, ce = s.clauses[c]
    in_clause = [m for m in mentions if cs <= m.start < ce]
    if t.kind == POACH or t.employer_acts:
        # 挖角X, 公司解雇了X, Meta失去了X: the person stands after the move word
        after = [m for m in in_clause if m.start >= t.end]
        if not after and c + 1 < len(s.clauses) and t.kind == POACH:
            ncs, nce = s.clauses[c + 1]
            after = [m for m in mentions if ncs <= m.start < nce]
        if not after and t.kind == POACH and v[t.start - 1 : t.start] == "的":
            after = [m for m in in_clause if m.end == t.start - 1]  # 对X的邀约: the one invited
        if after or t.kind == POACH or (t.employer_acts and t.word in moves.EMPLOYER_ACTS):
            # 团队失去了几名成员: the employer is the subject, never the one who leaves
            return _group(after[:1], mentions) if after else []
        if t.kind == JOINED:
            # 招募了多名研究员。其中包括A、B: the one who hires is never the one hired
            return _listed_after(v, s, c, mentions, t) or _listed_next(art, i, t, cache)
    if t.word in _PARTNER_MOVES:
        partner = [m for m in mentions if m.end <= t.start and v[m.left - 1 : m.left] in ("与", "和", "跟")]
        return partner[-1:]
    if v.startswith("的", t.end):
        after = [m for m in in_clause if m.start > t.end]
        if after:
            return _group(after[:1], mentions)
    prev_trigger_end = max((x.end for x in triggers if cs <= x.end <= t.start and x is not t), default=cs)
    before = [m for m in in_clause if prev_trigger_end <= m.start and m.end <= t.start and _is_subject(v, m, t)]
    if (
        before
        and t.start - before[-1].end >= 2
        and _unnamed_subject(art, before[-1].end, t)
        and not _BACK_TO_NAMES.search(v, before[-1].end, t.start)
    ):
        # 马斯克旗下xAI再有核心创始成员离职: a group noun, not the person named before it, is the subject
        return _listed_after(v, s, c, mentions, t)
    if before:
        if _in_brackets(v, before[-1].end, t.start):
            return [before[-1]]  # "Dario Amodei(2021年出走…)": the aside is about that person alone
        return _group([before[-1]], mentions)
    # chained moves share their subject: "段楠的离职并加入京东", "离开A后加入B"
    chained = [x for x in triggers if cs <= x.start < t.start and assigned.get(x.start)]
    if chained:
        return assigned[chained[-1].start]
    if _PLURAL.search(v, cs, t.start):
        # 两人均加入了X: the people the sentence named before, else the sentence before it
        earlier = [m for m in mentions if m.start < cs and m.strong]
        if len(earlier) >= 2:
            return earlier
        if i > 0:
            prev = mentions_of(art, i - 1, cache)
            return [m for m in prev if m.strong]
    listed = _listed_after(v, s, c, mentions, t) or _listed_next(art, i, t, cache)
    if _unnamed_subject(art, cs, t):
        return listed  # "增长负责人已离开", "只有极少数员工离开": no one named, unless listed after
    # the subject of an earlier clause of the sentence carries over ("邓江，虽未官宣离职，但也已经离开")
    for k in range(c - 1, -1, -1):
        pcs, pce = s.clauses[k]
        earlier = [m for m in mentions if pcs <= m.start < pce]
        if earlier:
            subject = [m for m in earlier if _is_subject(v, m, t)]
            return _group([subject[-1]], mentions) if subject and not listed else listed
    if listed:
        return listed
    # 他要离职了: a pronoun opening the sentence points at the person the sentence before named
    led = next((pcs for pcs, pce in s.clauses[: c + 2] if _PRONOUN.match(v, pcs, pce)), None)
    if i > 0 and led is not None and not any(m.start < max(led, t.start) for m in mentions):
        # the person named last before it, in this paragraph or the one before (她…。据悉，她…)
        for j in range(i - 1, max(-1, i - _PRONOUN_REACH), -1):
            if art.sentences[j].paragraph < s.paragraph - 1:
                break
            prev = mentions_of(art, j, cache)
            strong = [m for m in prev if m.strong]
            if strong:
                return strong[-1:]
    # 离开小米，周某转投…: a move opening the sentence with no subject is told of the person
    # who opens the next clause
    if c == 0 and len(s.clauses) > 1 and cs + 8 >= t.start and not _TIME_CLAUSE_END.search(v, cs, ce):
        ncs, nce = s.clauses[1]
        lead = _CONNECTIVE_LEAD.match(v, ncs, nce).end()
        opening = [m for m in mentions if m.left == lead and not v.startswith("的", m.end)]
        if opening:
            return _group(opening[:1], mentions)
    return []


_BACK_TO_NAMES = re.compile(r"等|这些|这几|这两|这三|两人|二人|三人|几人|均|都")  # 王磊、李岩等人: the group is the names
_TIME_CLAUSE_END = re.compile(r"(?:后|之后|以后|前|之前|以来|时)$")  # 离职后，…: a time, not a move told
_CONNECTIVE_LEAD = re.compile(r"\s*(?:而|但|此后|随后|后来|如今|目前|最终)?")
_UNNAMED_ONE = re.compile(r"(?:一|一位|一名|一个|又一位|另一位)[^，。；,;]{0,12}(?:人物|高管|大将|老将|元老|成员|负责人|人)")
_GROUP_NOUN = re.compile(r"(?:员工|人员|成员|同事|团队|高管们?|人士|伙伴|搭档|元老|旧部|部下|人)$")


def _unnamed_subject(art: ArticleContext, cs: int, t: Trigger) -> bool:
    """A title or a group noun stands right before the move word (adverbs between), as its subject."""
    v, gz = art.v, art.gz
    lead = v[cs : t.start]
    for k in range(len(lead), -1, -1):
        # walk back over the adverbs between the subject and the move word
        if people_found.skip_adverbs(v, cs + k, t.start) != t.start:
            break
        head = v[cs : cs + k]
        if head and (_GROUP_NOUN.search(head) or gz.title_ends_at(v, cs + k, floor=cs)):
            return not re.search(r"[两二三四五六七八九十几数多]人$", head)
    return False


def _listed_after(v: str, s: Sentence, c: int, mentions: list[Mention], t: Trigger) -> list[Mention]:
    """Names listed after a move: "3位高管离职，包括谷雪梅和戴宗宏", "离开的人包括：…", "加入X的人还包括…"."""
    cs, ce = s.clauses[c]
    lead = _FORWARD_IN_CLAUSE.search(v, t.end, ce)
    if lead is not None:
        later = [m for m in mentions if lead.end() <= m.start < ce and m.strong]
        if later:
            return later
    if c + 1 < len(s.clauses):
        # 又有一位特斯拉关键人物离场，Vineet Mehta: the name alone in the clause after the move
        ncs, nce = s.clauses[c + 1]
        alone = [m for m in mentions if m.strong and m.start - ncs <= 1 and nce - m.end <= 1]
        if alone and _UNNAMED_ONE.search(v, cs, t.start):
            return alone
    for k in range(c + 1, min(c + 3, len(s.clauses))):
        ncs, nce = s.clauses[k]
        pcs, pce = s.clauses[k - 1]
        if _FORWARD.match(v, ncs, nce) or _LISTS_NEXT.search(v, pcs, pce):
            later = [m for m in mentions if ncs <= m.start < nce and m.strong]
            if later:
                return later
    return []


def _listed_next(art: ArticleContext, i: int, t: Trigger, cache: dict[int, list[Mention]]) -> list[Mention]:
    """招募了多名研究员。其中包括A、B、C: the names the next sentence lists for a move said of a group."""
    if i + 1 >= len(art.sentences) or t.kind == POACH:
        return []
    nxt = art.sentences[i + 1]
    if nxt.paragraph != art.sentences[i].paragraph or not _FORWARD_NEXT.match(art.v, nxt.start, nxt.end):
        return []
    return [m for m in mentions_of(art, i + 1, cache) if m.strong]


def _in_brackets(v: str, lo: int, hi: int) -> bool:
    """An opening bracket between ``lo`` and ``hi`` that is still open at ``hi``."""
    depth = 0
    for ch in v[lo:hi]:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth > 0


def _group(seed: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The seed mention with the other members of its list."""
    if not seed:
        return []
    m = seed[0]
    head = m.list_head if m.list_head is not None else mentions.index(m)
    return [x for j, x in enumerate(mentions) if j == head or x.list_head == head]


def _is_subject(v: str, m: Mention, t: Trigger) -> bool:
    after = v[m.end : m.end + 1]
    if after == "的":
        # 段楠的离职, 王某的书面辞职报告: a possessive naming the move is still the subject
        return m.end + 1 <= t.start <= m.end + 3 and v.startswith(t.word, t.start)
    before = v[m.left - 1 : m.left] if m.left > 0 else ""
    if before in ("与", "向", "对", "跟", "给", "让", "令", "使", "据", "替", "帮", "和") and m.list_head is None:
        # 合规和道德事务副总法律顾问X: a 和 inside a title joins its words, not two people
        return before in ("和", "与") and m.role is not None and m.role_company is not None
    return True
