"""Articles to events: who moved, from or to which company, in what role, when, and the quote.

Pure functions of (text, publication date). Only sentences holding a trigger word are analysed in
depth, so the cost follows the number of moves, not the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from tui.extract.chinese import ViewMap
from tui.extract.gazetteer import Gazetteer, load_gazetteer
from tui.extract.people import Mention, read_latin_name, read_name, role_before
from tui.extract.sentences import Sentence, split_sentences
from tui.extract.times import TimeMark, find_times
from tui.model import EventType, ExtractedEvent

DEPARTED, PENDING, SIDELINED, JOINED, POACH = (e.value for e in EventType)

# A trigger used as a noun or adjective ("离职潮", "离职率") reports no one's move.
_NOMINAL_AFTER = re.compile(r"潮|率|请求|申请|报告|信|协议|补偿|赔偿|金|证明|手续|人员|员工|员|者|高管|的高管|事件|程序")
_DENIAL = re.compile(r"否认|辟谣|不实|谣言|假消息|并未离|没有离|未离职|不会离开|不会离职|仍在职|依然在职|仍然在职|纯属虚构")
_SIDELINE_HINT = re.compile(r"顾问|虚职|闲职|非核心|边缘|名誉|荣誉|不再负责|不再担任|核心岗位|管理岗位|一线")
_PLURAL = re.compile(r"他们|她们|二人|两人|三人|四人|几人|数人|这些人|上述|以上")
_FORWARD = re.compile(r"\s*(?:包括|其中|分别是|分别为|分别|即|如|有)")
_SAME_TIME = re.compile(r"\s*(?:同时|与此同时|同月|当月|同期|随后不久)")
_CONNECTIVES = re.compile(r"(?:[据据悉报道称此外另外同时而其中随后不过但是然而此前目前值得注意的是]{0,6})")
_UNNAMED = re.compile(r"^(?:一家|一个|某|该|其他|另一家|多家|新的|新|这家|那家)")
_STARTUP = re.compile(r"创业")
_JOIN_WORDS = ("加入", "加盟", "入职", "出任", "就任", "履新", "回归", "投奔", "转投")
_LIST_SEP = re.compile(r"(?:、|和|与|及|以及|跟|、以及)")
_ENUMERATION_COMMA = re.compile("、")
_SOURCE_VERB = re.compile(r"(?:科技|新闻|财经)?(?:透露|表示|证实|求证|记者|称)")
_LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及|，以及|,以及)\s*")
_LIST_ITEM_END = re.compile(r"[、，,。；;和与及等两二三四五六七八九十均都也相先分已将于在的]|以及")
_TIME_BETWEEN = re.compile(r"(?:于|在)?(?:(?:19|20)\d\d年)?(?:今年|去年)?\d{1,2}月(?:初|底|中旬|份)?")
_THIS_MOVE = re.compile(r"(?:此次|这次|本次|那次|上次)$")
_ALREADY = re.compile(r"已经|已")
_REQUEST_AFTER = re.compile(r"(?:请求|申请|流程|手续)")
_OBJECT_LEAD = re.compile(r"(?:了|至|到|进入)?")
_JOIN_TAIL = re.compile(r"[^，。；,;！？]{1,16}")
_FROM_COMPANY = re.compile(r"从([^，。；,;从]{1,12})(?:正式|已经|已)?$")
_NEW_ROLE = re.compile(r"(?:出任|担任|任|改任|转任|调任|转为|授予|被授予)(?:[^，。；,;]{0,20}?的)?([\u4e00-\u9fffA-Za-z“”\"]{1,16}?)(?:一职|职务|职位|身份|这一|的|，|。|；|,|;|$|\[)")


@dataclass(slots=True)
class Trigger:
    word: str
    start: int
    end: int
    kind: str
    pending: bool = False
    object_company: str | None = None
    object_text: str | None = None


@dataclass(slots=True)
class Claim:
    person: str
    company: str
    event: str
    month: str | None
    precision: str | None
    role: str | None
    destination: str | None
    qs: int
    qe: int
    weak_company: bool = False  # the company came from context, not from the words about this person


@dataclass(slots=True)
class _Article:
    v: str
    gz: Gazetteer
    published: date | None
    sentences: list[Sentence]
    companies: list[tuple[int, int, str]]
    dominant: str | None
    known: dict[str, int] = field(default_factory=dict)
    starts: list[int] = field(init=False)  # of the companies, for range lookups
    sentence_starts: list[int] = field(init=False)
    covered: bytearray = field(init=False)  # 1 where a company name is

    def __post_init__(self) -> None:
        self.starts = [cs for cs, _, _ in self.companies]
        self.sentence_starts = [s.start for s in self.sentences]
        self.covered = _coverage(self.v, self.companies)

    def sentence_of(self, start: int, end: int) -> int | None:
        """The sentence that holds text[start:end], if one does."""
        i = bisect_right(self.sentence_starts, start) - 1
        return i if i >= 0 and end <= self.sentences[i].end else None

    def companies_from(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The company mentions that start in [lo, hi), in text order."""
        return self.companies[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def extract_events(
    text: str,
    published: date | None,
    *,
    body_start: int = 0,
    gazetteer: Gazetteer | None = None,
) -> list[ExtractedEvent]:
    """Every move the article reports, one per (person, company, event), with its quote's offsets."""
    gz = gazetteer or load_gazetteer()
    view = ViewMap(text)
    v = view.text
    vstart = _view_offset(view, body_start, len(v))
    companies = [(s, e, name) for s, e, name in gz.find_companies(v) if not _is_news_source(v, s, e)]
    companies = _with_unknown_companies(v, gz, companies)
    body_companies = [c for c in companies if c[0] >= vstart]
    # the most named company, the first named among equals (dicts keep first-insertion order)
    counts: dict[str, int] = {}
    for _, _, c in companies:
        counts[c] = counts.get(c, 0) + 1
    dominant = max(counts, key=counts.__getitem__) if counts else None
    art = _Article(v, gz, published, split_sentences(v, vstart), body_companies, dominant)
    trigger_sentences = sorted({i for m in gz.trigger_re.finditer(v, vstart) if (i := art.sentence_of(m.start(), m.end())) is not None})
    if not trigger_sentences:
        return []
    _learn_names(art)
    claims: list[Claim] = []
    mentions_by_sentence: dict[int, list[Mention]] = {}
    for i in trigger_sentences:
        claims.extend(_sentence_claims(art, i, mentions_by_sentence))
    claims = _merge(claims)
    _fill_destinations(art, claims)
    events = []
    for c in claims:
        s, e = view.orig(c.qs), view.orig_end(c.qe)
        events.append(
            ExtractedEvent(
                person=c.person,
                company=c.company,
                event=c.event,
                month=c.month,
                month_precision=c.precision if c.month else None,
                role=c.role,
                destination=c.destination,
                quote=text[s:e],
                start=s,
                end=e,
            )
        )
    return events


_SOURCE_AFTER = re.compile(r"(?:科技|新闻|财经|网)?(?:从知情人士处|方面从)?(?:了解到|获悉|报道|援引|独家|记者|报道称)")
_SOURCE_AROUND = re.compile(r"(?:对|向|回应|告诉|接受)$")


def _is_news_source(v: str, start: int, end: int) -> bool:
    """A company named as the outlet that reports ("新浪科技从知情人士处了解到") is not a party to a move."""
    if _SOURCE_AFTER.match(v, end, end + 12):
        return True
    return bool(_SOURCE_AROUND.search(v, max(0, start - 2), start)) and bool(
        _SOURCE_VERB.match(v, end, end + 8)
    )


def _coverage(v: str, spans: list[tuple[int, int, str]]) -> bytearray:
    """1 at every position of ``v`` inside one of ``spans``: an overlap test is then one slice."""
    covered = bytearray(len(v) + 1)
    for start, end, _ in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def _with_unknown_companies(v: str, gz: Gazetteer, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add companies the gazetteer does not know, by shape: at most six Chinese characters before
    a company suffix ("星云科技"), the verbs before it removed ("加盟星云科技"), generic phrases
    ("大模型公司") skipped. Candidates are found from the suffixes, which are rare, leftmost first
    and without overlaps, rather than by trying a name at every character."""
    if gz.company_suffix_re is None:
        return known
    found = list(known)
    taken = _coverage(v, known)
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
        if _is_news_source(v, start, end):
            continue
        found.append((start, end, name))
        taken[start:end] = b"\x01" * (end - start)
    found.sort()
    return found


def _view_offset(view: ViewMap, orig: int, n: int) -> int:
    if orig <= 0:
        return 0
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if view.orig(mid) < orig:
            lo = mid + 1
        else:
            hi = mid
    return lo


# -- names ---------------------------------------------------------------------------------------
def _learn_names(art: _Article) -> None:
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


def _mentions(art: _Article, s: Sentence) -> list[Mention]:
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
    mentions = sorted(found.values(), key=lambda m: m.start)
    # list membership: consecutive mentions joined by separators (and titles) form one list
    for a, b in zip(mentions, mentions[1:]):
        between = v[a.end : b.left]
        if _LIST_JOIN.fullmatch(between):
            b.list_head = a.list_head if a.list_head is not None else mentions.index(a)
    return mentions


def _inside(found: dict[int, Mention], i: int) -> bool:
    return any(m.start < i < m.end for m in found.values())


def _list_item_end(v: str, end: int, limit: int) -> bool:
    """A list item ends at a separator, 等, a count of people or a move."""
    rest = v[end : min(limit, end + 4)]
    return not rest or bool(_LIST_ITEM_END.match(rest))


_ADVERBS = re.compile(r"(?:已经|已|也|亦|均|都|正式|更是|于|在|将|即将|近日|近期|日前|宣布|被曝|被传|据悉|本人|同样|相继|先后|早已|已于|也已|选择了?|\s)*")


def _skip_adverbs(v: str, i: int, limit: int) -> int:
    m = _ADVERBS.match(v, i, limit)
    j = m.end() if m else i
    # a time expression between the name and the move ("于今年1月离职")
    tm = _TIME_BETWEEN.match(v, j, limit)
    if tm:
        j = _ADVERBS.match(v, tm.end(), limit).end()
    return j


# -- triggers ------------------------------------------------------------------------------------
def _triggers(art: _Article, s: Sentence) -> list[Trigger]:
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


# -- claims --------------------------------------------------------------------------------------
def _sentence_claims(art: _Article, i: int, cache: dict[int, list[Mention]]) -> list[Claim]:
    v = art.v
    s = art.sentences[i]
    if _DENIAL.search(v, s.start, s.end):
        return []
    triggers = _triggers(art, s)
    if not triggers:
        return []
    mentions = cache.setdefault(i, _mentions(art, s))
    times = _times(art, s.start, s.end)
    claims: list[Claim] = []
    sidelined_people: set[tuple[str, str]] = set()
    joined_by: dict[str, list[Trigger]] = {}
    assigned: dict[int, list[Mention]] = {}
    for t in triggers:
        people = _people_for(art, i, s, t, mentions, triggers, cache, assigned)
        assigned[t.start] = people
        for m in people:
            claim = _claim(art, i, s, t, m, mentions, times, triggers)
            if claim is None:
                continue
            if claim.event == SIDELINED:
                sidelined_people.add((claim.person, claim.company))
            if claim.event == JOINED:
                joined_by.setdefault(claim.person, []).append(t)
            claims.append(claim)
    out = []
    for c in claims:
        if c.event == DEPARTED and (c.person, c.company) in sidelined_people:
            continue  # 卸任CEO，转任顾问: a step aside, not a departure
        if c.event in (DEPARTED, PENDING):
            dest = [x for x in claims if x.person == c.person and x.event == JOINED and x.company != c.company]
            if dest:
                c.destination = dest[0].company  # a named company beats a description
        out.append(c)
    return out


def _people_for(
    art: _Article,
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
    if t.kind == POACH:
        after = [m for m in in_clause if m.start >= t.end]
        if not after and c + 1 < len(s.clauses):
            ncs, nce = s.clauses[c + 1]
            after = [m for m in mentions if ncs <= m.start < nce]
        return _group(after[:1], mentions) if after else []
    if v.startswith("的", t.end):
        after = [m for m in in_clause if m.start > t.end]
        if after:
            return _group(after[:1], mentions)
    prev_trigger_end = max((x.end for x in triggers if cs <= x.end <= t.start and x is not t), default=cs)
    before = [m for m in in_clause if prev_trigger_end <= m.start and m.end <= t.start and _is_subject(v, m, t)]
    if before:
        return _group([before[-1]], mentions)
    # chained moves share their subject: "段楠的离职并加入京东", "离开A后加入B"
    chained = [x for x in triggers if cs <= x.start < t.start and assigned.get(x.start)]
    if chained:
        return assigned[chained[-1].start]
    if _PLURAL.search(v, cs, t.start) and i > 0:
        prev = cache.setdefault(i - 1, _mentions(art, art.sentences[i - 1]))
        return [m for m in prev if m.strong]
    # the subject of an earlier clause of the sentence carries over ("邓江，虽未官宣离职，但也已经离开")
    for k in range(c - 1, -1, -1):
        pcs, pce = s.clauses[k]
        earlier = [m for m in mentions if pcs <= m.start < pce]
        if earlier:
            subject = [m for m in earlier if _is_subject(v, m, t)]
            return _group([subject[-1]], mentions) if subject else []
    # names listed after the move: "3位核心高管离职，包括联合创始人谷雪梅和戴宗宏"
    for k in range(c + 1, min(c + 2, len(s.clauses))):
        ncs, nce = s.clauses[k]
        if _FORWARD.match(v, ncs, nce):
            later = [m for m in mentions if ncs <= m.start < nce]
            if later:
                return _group([later[0]], mentions)
    return []


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
        # 段楠的离职: a possessive directly naming the move is still the subject
        return v.startswith(t.word, m.end + 1) and t.start == m.end + 1
    before = v[m.left - 1 : m.left] if m.left > 0 else ""
    if before in ("与", "向", "对", "跟", "给", "让", "令", "使", "据", "替", "帮", "和") and m.list_head is None:
        return False
    return True


def _claim(
    art: _Article, i: int, s: Sentence, t: Trigger, m: Mention, mentions: list[Mention], times: list[TimeMark], triggers: list[Trigger]
) -> Claim | None:
    v, gz = art.v, art.gz
    event = PENDING if t.kind == DEPARTED and t.pending else t.kind
    role = m.role
    destination = None
    if event == JOINED:
        company = t.object_company
        if company is None:
            return None
        if m.role_company != company:
            role = None  # the title they held before
        new_role = _NEW_ROLE.search(v, t.start, s.end)
        if new_role and gz.role_re.search(new_role.group(1)):
            role = _clean_role(new_role.group(1))
    elif event == POACH:
        company = m.role_company or _company_before(art, s, m.left, exclude_after=None) or None
        poacher = [c for c in art.companies_from(s.start, t.start) if c[2] != company]
        destination = poacher[-1][2] if poacher else None
        if company is None:
            return None
    else:
        company = t.object_company or m.role_company
        weak = company is None
        company = company or _company_before(art, s, m.left, exclude_after=t) or _context_company(art, i)
        if company is None:
            return None
        if event == SIDELINED:
            new_role = _NEW_ROLE.search(v, t.start, s.end)
            if new_role and "顾问" in new_role.group(1):
                role = _clean_role(new_role.group(1))
            elif re.search(r"顾问", v[t.start : s.end]):
                role = "顾问"
        else:
            destination = _destination_after(art, s, t)
    month, precision = _month_for(art, i, s, t, m, times)
    qs = min(s.clauses[s.clause_at(m.left)][0], s.clauses[s.clause_at(t.start)][0])
    qe = max(s.clauses[s.clause_at(t.end - 1)][1], s.clauses[s.clause_at(m.end - 1)][1]) if m.start >= s.start else s.clauses[s.clause_at(t.end - 1)][1]
    if m.start < s.start:  # a plural pronoun pointing at the previous sentence
        prev = art.sentences[i - 1]
        qs = prev.clauses[prev.clause_at(m.left)][0]
    qs, qe = _trim(v, qs, qe)
    person = m.name
    claim = Claim(person, company, event, month, precision, role, destination, qs, qe)
    claim.weak_company = event in (DEPARTED, PENDING, SIDELINED) and weak
    return claim


def _clean_role(role: str) -> str:
    return role.strip("“”\"「」 ").replace("“", "").replace("”", "") or role


def _trim(v: str, qs: int, qe: int) -> tuple[int, int]:
    while qs < qe and v[qs] in " \t\u3000“”\"'「」『』（）()[]>*-":
        qs += 1
    while qe > qs and v[qe - 1] in " \t\u3000“\"'「『（([*":
        qe -= 1
    return qs, qe


def _company_before(art: _Article, s: Sentence, pos: int, exclude_after: Trigger | None) -> str | None:
    best = None
    for cs, ce, canon in art.companies_from(s.start, pos):
        if ce <= pos:
            # a company that is the object of a join is where they went, not where they were
            if art.v.endswith(_JOIN_WORDS, max(0, cs - 2), cs):
                continue
            best = canon
    return best


def _context_company(art: _Article, i: int) -> str | None:
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


def _destination_after(art: _Article, s: Sentence, t: Trigger) -> str | None:
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


def _times(art: _Article, start: int, end: int) -> list[TimeMark]:
    """Time expressions, except words inside company names ("今日头条")."""
    inside = [(cs, ce) for cs, ce, _ in art.companies_from(start, end)]
    return [tm for tm in find_times(art.v, art.published, start, end) if not any(cs < tm.end and tm.start < ce for cs, ce in inside)]


def _month_for(art: _Article, i: int, s: Sentence, t: Trigger, m: Mention, times: list[TimeMark]) -> tuple[str | None, str | None]:
    v = art.v
    clause = s.clauses[s.clause_at(t.start)]
    # a time inside a phrase describing the person ("之前负责该业务的…邓江") dates the description
    own = s.clauses[s.clause_at(m.left)][0] if m.left >= s.start else s.start
    before = [tm for tm in times if tm.end <= t.start and not (own <= tm.start and tm.end <= m.left and "的" in v[tm.end : m.left])]
    if before:
        tm = before[-1]
        return tm.month, tm.precision
    after = [tm for tm in times if tm.start >= t.end and clause[0] <= tm.start < clause[1]]
    if after:
        return after[0].month, after[0].precision
    if _SAME_TIME.match(v, s.start, s.end):
        # "同时，…" happens when the sentences before it do: borrow their month
        for j in range(i - 1, max(-1, i - 3), -1):
            prev = art.sentences[j]
            if prev.paragraph != s.paragraph:
                break
            dated = [tm for tm in _times(art, prev.start, prev.end) if tm.month]
            if dated:
                return dated[0].month, dated[0].precision
    return None, None


# -- across the article --------------------------------------------------------------------------
_RANK = {"stated": 0, "relative": 1, "report": 2, None: 3}


def _merge(claims: list[Claim]) -> list[Claim]:
    """One claim per (person, company, event) in an article: the most precisely dated one."""
    # A company guessed from context yields to what the article says about the person elsewhere.
    said: dict[str, str] = {}
    for c in claims:
        if not c.weak_company and c.event in (DEPARTED, PENDING, SIDELINED):
            said.setdefault(c.person, c.company)
    for c in claims:
        if c.weak_company and c.person in said:
            c.company = said[c.person]
    best: dict[tuple[str, str, str], Claim] = {}
    order: list[tuple[str, str, str]] = []
    for c in claims:
        key = (c.person, c.company, c.event)
        if key not in best:
            best[key] = c
            order.append(key)
            continue
        old = best[key]
        winner, other = (c, old) if _RANK[c.precision if c.month else None] < _RANK[old.precision if old.month else None] else (old, c)
        if winner.role is None or (other.role and len(other.role) > len(winner.role) and winner.event != JOINED):
            winner.role = other.role or winner.role
        winner.destination = winner.destination or other.destination
        best[key] = winner
    return [best[k] for k in order]


def _fill_destinations(art: _Article, claims: list[Claim]) -> None:
    """Where a departing person went, when another sentence says it ("焦可在AI语音方向创业")."""
    v = art.v
    if "创业" not in v:
        return
    for c in claims:
        if c.event not in (DEPARTED, PENDING) or c.destination:
            continue
        # only the sentences that name the person: found from the name, not by reading them all
        looked: set[int] = set()
        at = v.find(c.person)
        while at >= 0:
            j = art.sentence_of(at, at + len(c.person))
            at = v.find(c.person, at + 1)
            if j is None or j in looked:
                continue
            looked.add(j)
            s = art.sentences[j]
            seg = v[s.start : s.end]
            k = seg.find(c.person)
            if k < 0 or "创业" not in seg[k:]:
                continue
            m = re.search(re.escape(c.person) + r"(?:[^，。；,;]{0,6}?)(?:在|从事|投身|专注于|开始|的创业项目为|正筹备|筹备)([^，。；,;]{1,14}?)(?:方向)?(?:创业|的创业|项目)", seg)
            if m:
                phrase = m.group(1).strip()
                # circumstances are not a destination: "在创新工场支持下再次创业" is a startup
                phrase = re.sub(r"^.*?支持下|^.*?帮助下|(?:再次|重新|二次|独立)$", "", phrase)
                phrase = re.sub(r"(?:领域|应用)$", "", phrase)
                direction = "方向" if "方向" in seg[m.start(1) : m.end() + 2] else ""
                c.destination = f"{phrase}{direction}创业" if phrase else "创业"
                break
