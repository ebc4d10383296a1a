"""The linking stage: within one sentence that holds a move word, who moved, from where, to where,
in what role and when. Each trigger is given its people (the subject before it, a possessive, a
list, a chained move's subject, a plural pointing back at the previous sentence, or names listed
after it); each person becomes a claim with the company (the trigger's object, the title's
company, a company earlier in the sentence, else the paragraph's or the article's), a new role,
a destination, a month and the quote's span. A step aside in the same sentence cancels a
departure, and a join named alongside a departure becomes its destination.
"""

from __future__ import annotations

import re

from tui.extract import link_companies, link_dates, moves, people_found
from tui.extract.context import DEPARTED, JOINED, PENDING, POACH, SIDELINED, ArticleContext, Claim, Trigger
from tui.extract.people import Mention
from tui.extract.sentences import Sentence
from tui.extract.times import TimeMark

_DENIAL = re.compile(r"否认|辟谣|不实|谣言|假消息|并未离|没有离|未离职|不会离开|不会离职|仍在职|依然在职|仍然在职|纯属虚构|不属实|失实|子虚乌有|假新闻|并非事实|错误信源|错误信息|回应[^。；]{0,30}?(?:传闻|传言)")
_PLURAL = re.compile(r"他们|她们|二人|两人|三人|四人|几人|数人|这些人|上述|以上(?:几位|诸位|人士|高管|这些)|这样的|这一波|这波|此轮|这轮")
# A clause that lists the people a move was said of: "包括…", "比如…", or after "…包括："
_FORWARD = re.compile(r"\s*(?:其中包括|包括|其中|分别是|分别为|分别|比如|例如|譬如|即|如|有)")
_FORWARD_IN_CLAUSE = re.compile(r"(?:还|也|则)?(?:包括|包含)[：:]?")
_FORWARD_NEXT = re.compile(r"\s*(?:其中|这其中)?(?:就)?(?:包括|包含|有)|\s*(?:他们|她们)?分别是")
_LISTS_NEXT = re.compile(r"(?:包括|比如|例如|如下|有)\s*$")
# A pronoun opening the clause of a move: the person the text named last
_PRONOUN = re.compile(r"\s*(?:[据悉而但此后随后目前如今同时不过然而]{0,4})(?:他|她|其|这位|该人士|这个人|此人)(?!们|他|中|余|实)")
_PARTNER_MOVES = ("分道扬镳",)
_RETURNS = frozenset(("回归", "重回", "重返", "回到"))  # 与X分道扬镳: X is the one who goes
_PRONOUN_REACH = 4  # sentences back a pronoun may point
_SWITCHES = frozenset(("转投", "跳槽", "跳槽至", "跳槽到", "投奔", "转战", "流向"))  # a join that says they left the last employer
_HIRED_BY = re.compile(r"(?:聘请|邀请|任命|请来|招募|迎来|引入|引进|聘任)$")  # 星云科技聘请X出任…: the hirer is joined
_NEW_ROLE = re.compile(r"(?:出任|担任|任|改任|转任|调任|转为|授予|被授予)(?:[^，。；,;]{0,20}?的)?([\u4e00-\u9fffA-Za-z“”\"]{1,16}?)(?:一职|职务|职位|身份|这一|的|，|。|；|,|;|$|\[)")


def sentence_claims(art: ArticleContext, i: int, cache: dict[int, list[Mention]]) -> list[Claim]:
    v = art.v
    s = art.sentences[i]
    if _DENIAL.search(v, s.start, s.end):
        return []
    triggers = moves.triggers(art, s)
    if not triggers:
        return []
    mentions = _mentions_of(art, i, cache, [t.start for t in triggers])
    times = link_dates.times_in(art, s.start, s.end)
    claims: list[Claim] = []
    sidelined_people: set[tuple[str, str]] = set()
    assigned: dict[int, list[Mention]] = {}
    mentions_of: dict[str, Mention] = {}
    for t in triggers:
        people = _people_for(art, i, s, t, mentions, triggers, cache, assigned)
        assigned[t.start] = people
        respectively = _respectively(art, s, t, len(people))
        for k, m in enumerate(people):
            claim = _claim(art, i, s, t, m, mentions, times, triggers)
            if claim is None:
                continue
            if respectively:
                claim.company = respectively[k]  # A、B分别流向X和Y: A to X, B to Y
            mentions_of.setdefault(claim.person, m)
            if claim.event == SIDELINED:
                sidelined_people.add((claim.person, claim.company))
            claims.append(claim)
    claims += _departures_implied_by_joins(claims, mentions_of, mentions)
    claims += _departures_of_switches(art, i, claims)
    claims += _departures_of_joins_from(triggers, claims)
    claims += _joins_of_the_taken(art, s, triggers, mentions, claims)
    # 离开快手，不再担任快手首席内容官: a company left by name outweighs the post given up there
    left_outright = {(c.person, c.company) for c in claims if c.event == DEPARTED and c.from_object and not c.post_only}
    out = []
    for c in claims:
        if c.event == SIDELINED and (c.person, c.company) in left_outright:
            continue
        if c.event in (DEPARTED, PENDING) and c.weak_company and any(
            x.person == c.person and x.event == JOINED and x.company == c.company for x in claims
        ):
            continue  # 卸任CEO后入职了X, with no word of where they were: not a departure from X
        if c.event == DEPARTED and (c.person, c.company) in sidelined_people - left_outright:
            continue  # 卸任CEO，转任顾问: a step aside, not a departure
        if c.event in (DEPARTED, PENDING):
            joined_first = [x for x in claims if x.person == c.person and x.event == JOINED and x.trigger_at < c.trigger_at]
            if joined_first and not c.from_object:
                c.company = joined_first[-1].company  # 加入Meta几天后就离职: they leave where they went
            dest = [x for x in claims if x.person == c.person and x.event == JOINED and x.company and x.company != c.company]
            if dest:
                c.destination = dest[0].company  # a named company beats a description
            if art.is_shaped(c.company) and any(
                x.person == c.person and x.event in (DEPARTED, PENDING) and not art.is_shaped(x.company) for x in claims
            ):
                continue  # 离职京东，卸任探索研究院院长: the unit is part of the company named
        out.append(c)
    return out


def _joins_of_the_taken(art: ArticleContext, s: Sentence, triggers: list[Trigger], mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
    """A从B挖走C: C joins A's employer, which the title of A or another sentence names."""
    out = []
    for t in triggers:
        if t.goes_to is not None:
            company, poacher = t.goes_to, []
        elif t.poacher_at is None:
            continue
        else:
            # the taker: the company written last before 从 or the word (星云科技从B挖走C, Meta以高薪挖来了C),
            # else the person before it (A从B挖走C)
            clause_start = s.clauses[s.clause_at(t.poacher_at)][0]
            # X以高薪从B挖来: the person taken may stand first, and is no poacher
            taken = {c.person for c in claims if c.trigger_at == t.start}
            # never the company they were taken from (把AWS高管X从亚马逊挖了过去)
            poacher = [m for m in mentions if m.end <= t.poacher_at and m.name not in taken and m.role_company != t.object_company]
            takers = [
                c for c in art.companies_from(clause_start, t.poacher_at)
                if (not poacher or c[1] > poacher[-1].end) and c[2] != t.object_company
            ]
            if takers:
                company = takers[-1][2]
            elif poacher:
                company = poacher[-1].role_company
            else:
                # 还挖来了X: the taker is the company the text was talking about
                left = {t.object_company} if t.object_company else set()
                company = link_companies.context_company(art, art.sentences.index(s), exclude=left)
        if not company and not poacher:
            continue  # no word of who took them
        for c in list(claims):
            if c.trigger_at != t.start or c.event != DEPARTED:
                continue
            if c.company == company:
                claims.remove(c)  # 腾讯挖来了X with no word of X's employer: no one leaves the taker
            join = Claim(c.person, company or "", JOINED, c.month, c.precision, None, None, c.qs, c.qe, trigger_at=t.start)
            if not company:
                join.via = poacher[-1].name
            else:
                c.destination = c.destination or company
            out.append(join)
    return out


def _respectively(art: ArticleContext, s: Sentence, t: Trigger, n: int) -> list[str]:
    """The companies of "分别加入X和Y", one per person, when there are as many as people."""
    v = art.v
    if n < 2 or t.kind != JOINED or "分别" not in v[max(s.start, t.start - 4) : t.start]:
        return []
    ce = s.clauses[s.clause_at(t.start)][1]
    found = art.companies_from(t.end, ce)
    # the companies must follow each other joined by separators only: X和Y, X、Y及Z
    for (_, a_end, _), (b_start, _, _) in zip(found, found[1:]):
        if not _LIST_JOIN_ONLY.fullmatch(v, a_end, b_start):
            return []
    return [c for _, _, c in found] if len(found) == n else []


def _departures_of_joins_from(triggers: list[Trigger], claims: list[Claim]) -> list[Claim]:
    """从A加盟B: a departure from A beside the join of B."""
    left = {t.start: t.left_from for t in triggers if t.left_from}
    out = []
    for c in claims:
        a = left.get(c.trigger_at)
        if c.event != JOINED or a is None or a == c.company:
            continue
        if not any(x.person == c.person and x.event in (DEPARTED, PENDING) and x.company == a for x in claims):
            out.append(Claim(c.person, a, DEPARTED, c.month, c.precision, None, c.company, c.qs, c.qe, trigger_at=c.trigger_at))
    return out


def _departures_implied_by_joins(claims: list[Claim], mentions_of: dict[str, Mention], mentions: list[Mention]) -> list[Claim]:
    """谷歌副总裁X宣布将加入OpenAI: a join elsewhere while holding a title is a departure too; the
    members of a list share the title of its head (星图科技工程师A、B等人跳槽至Meta)."""
    out = []
    for c in claims:
        m = mentions_of.get(c.person)
        if m is not None and m.role_company is None and m.list_head is not None and m in mentions:
            m = mentions[m.list_head]
        if c.event != JOINED or m is None or m.role_company in (None, c.company):
            continue
        if m.former and not c.switched:
            continue  # 前X研究员加入Y: the past title says nothing of when they left
        if any(x.person == c.person and x.event in (DEPARTED, PENDING) for x in claims):
            continue
        out.append(
            Claim(c.person, m.role_company, DEPARTED, c.month, c.precision, m.role, c.company, c.qs, c.qe, trigger_at=c.trigger_at)
        )
    return out


def _departures_of_switches(art: ArticleContext, i: int, claims: list[Claim]) -> list[Claim]:
    """John Shore跳槽Anthropic with no title: a switch leaves the company the text is about."""
    out = []
    for c in claims:
        if c.event != JOINED or not c.switched or any(x.person == c.person and x.event in (DEPARTED, PENDING) for x in claims + out):
            continue
        left = link_companies.context_company(art, i, exclude={c.company})
        if left is not None:
            d = Claim(c.person, left, DEPARTED, c.month, c.precision, None, c.company, c.qs, c.qe, trigger_at=c.trigger_at)
            d.weak_company = True  # a guess from context: what the page says of the person elsewhere wins
            out.append(d)
    return out


def _mentions_of(art: ArticleContext, j: int, cache: dict[int, list[Mention]], moves_at: list[int] | None = None) -> list[Mention]:
    """The people sentence ``j`` names, read once per article."""
    found = cache.get(j)
    if found is None:
        found = cache[j] = people_found.mentions(art, art.sentences[j], moves_at)
    return found


def _people_for(
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
            prev = _mentions_of(art, i - 1, cache)
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
            prev = _mentions_of(art, j, cache)
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
_LIST_JOIN_ONLY = re.compile(r"\s*(?:、|和|与|及|以及|，)\s*")
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
    return [m for m in _mentions_of(art, i + 1, cache) if m.strong]


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


def _claim(
    art: ArticleContext, i: int, s: Sentence, t: Trigger, m: Mention, mentions: list[Mention], times: list[TimeMark], triggers: list[Trigger]
) -> Claim | None:
    v, gz = art.v, art.gz
    event = PENDING if t.kind == DEPARTED and t.pending else t.kind
    role = m.role
    destination = None
    if event == JOINED:
        company = t.object_company
        if company is None and _HIRED_BY.search(v, max(s.start, m.left - 4), m.left):
            # 星云科技聘请X出任首席科学家: the company that hires is the one joined
            company = link_companies.company_before(art, s, m, mentions)
        if company is None:
            company = link_companies.joined_without_object(art, i, t, m)
        if company is None or (t.object_company is not None and t.object_company == m.role_company and not m.former and t.word not in _RETURNS):
            return None  # 小米副总裁X将出任小米首席科学家: a promotion inside the company, no move
        if m.role_company != company:
            role = None  # the title they held before
        new_role = _NEW_ROLE.search(v, t.start, _role_reach(art, s, t))
        if new_role and gz.role_re.search(new_role.group(1)):
            role = _clean_role(new_role.group(1))
    elif event == POACH:
        # the company the person works for, never the one that tries to hire them
        poaching = {c for _, _, c in art.companies_from(s.clauses[s.clause_at(t.start)][0], t.start)}
        company = m.role_company or link_companies.company_before(art, s, m, mentions)
        if company in poaching and not m.role_company:
            company = link_companies.context_company(art, i, exclude=poaching)
        poacher = [c for c in art.companies_from(s.start, t.start) if c[2] != company]
        destination = poacher[-1][2] if poacher else None
        if company is None:
            return None
    else:
        company = t.object_company or m.role_company
        # a company guessed from around the person yields to what the page says of them elsewhere;
        # one written in the person's own clause is no guess
        weak = company is None
        if company is None:
            company = link_companies.company_before(art, s, m, mentions)
            if company is not None and m.start >= s.start and art.companies_from(s.clauses[s.clause_at(m.left)][0], m.left):
                weak = False
        company = company or link_companies.context_company(art, i)
        if company is None:
            return None
        if event == SIDELINED and m.former and t.word in ("担任", "承担"):
            return None  # 前X董事Y担任顾问: an advisor's post held by someone who left X is no step aside at X
        if event == SIDELINED:
            new_role = _NEW_ROLE.search(v, t.start, _role_reach(art, s, t))
            if new_role and "顾问" in new_role.group(1):
                role = _clean_role(new_role.group(1))
            elif re.search(r"顾问", v[t.start : s.end]):
                role = "顾问"
        else:
            destination = link_companies.destination_after(art, s, t)
    if event == JOINED and link_dates.is_history(art, s, t, m, times):
        return None  # 2019年加入X: a line of the person's history, not a move this report tells
    month, precision = link_dates.month_for(art, i, s, t, m, times)
    if month is None and event == PENDING and art.published is not None:
        month, precision = f"{art.published.year:04d}-{art.published.month:02d}", "report"  # leaving, as of the report
    qs = min(s.clauses[s.clause_at(m.left)][0], s.clauses[s.clause_at(t.start)][0])
    qe = max(s.clauses[s.clause_at(t.end - 1)][1], s.clauses[s.clause_at(m.end - 1)][1]) if m.start >= s.start else s.clauses[s.clause_at(t.end - 1)][1]
    if m.start < s.start:  # a plural pronoun pointing at the previous sentence
        prev = art.sentences[i - 1]
        qs = prev.clauses[prev.clause_at(m.left)][0]
    elif m.start >= s.end:  # listed in the next sentence: the quote runs on to the name
        nxt = art.sentences[i + 1]
        qe = nxt.clauses[nxt.clause_at(m.end - 1)][1]
    qs, qe = _trim(v, qs, qe)
    person = m.name
    claim = Claim(person, company, event, month, precision, role, destination, qs, qe, trigger_at=t.start)
    claim.weak_company = event in (DEPARTED, PENDING, SIDELINED) and weak
    # "X的离职", "他的离开": the move named as a noun, a report of it rather than the report
    claim.nominal = v[m.end : t.start].strip() == "的" or v.endswith(("他的", "她的"), max(0, t.start - 2), t.start)
    claim.from_object = t.object_company is not None
    claim.switched = t.word in _SWITCHES
    claim.post_only = t.word in moves.POST_WORDS
    return claim


_NEXT_POST = re.compile(r"\s*(?:并|将|随后|同时|正式)?(?:出任|担任|任|改任|转任)")


def _role_reach(art: ArticleContext, s: Sentence, t: Trigger) -> int:
    """Where the new post of a move may be written: its own clause, or the next one when it opens
    with the post (加入腾讯，担任首席AI科学家), never a later clause about someone else."""
    c = s.clause_at(t.start)
    if c + 1 < len(s.clauses) and _NEXT_POST.match(art.v, s.clauses[c + 1][0], s.clauses[c + 1][1]):
        return s.clauses[c + 1][1]
    return s.clauses[c][1]


def _clean_role(role: str) -> str:
    return role.strip("“”\"「」 ").replace("“", "").replace("”", "") or role


def _trim(v: str, qs: int, qe: int) -> tuple[int, int]:
    while qs < qe and v[qs] in " \t\u3000“”\"'「」『』（）()[]>*-":
        qs += 1
    while qe > qs and v[qe - 1] in " \t\u3000“\"'「『（([*":
        qe -= 1
    return qs, qe


