"""The linking stage: within one sentence that holds a move word, who moved, from where, to where,
in what role and when. Each trigger is given its people (``link_people``); each person becomes a
claim with the company (the trigger's object, the title's company, a company earlier in the
sentence, else the paragraph's or the article's), a new role, a destination, a month and the
quote's span. A step aside in the same sentence cancels a departure, and a join named alongside a
departure becomes its destination; a taking (挖走, 被X挖角) and a switch (跳槽) add the other side.
"""

from __future__ import annotations

import re

from tui.extract import link_companies, link_dates, link_people, moves
from tui.extract.context import DEPARTED, JOINED, PENDING, POACH, SIDELINED, ArticleContext, Claim, Trigger
from tui.extract.people import Mention
from tui.extract.sentences import Sentence
from tui.extract.times import TimeMark

_DENIAL = re.compile(r"否认|辟谣|不实|谣言|假消息|并未离|没有离|未离职|不会离开|不会离职|仍在职|依然在职|仍然在职|纯属虚构|不属实|失实|子虚乌有|假新闻|并非事实|错误信源|错误信息|回应[^。；]{0,30}?(?:传闻|传言)")
_RETURNS = frozenset(("回归", "重回", "重返", "回到"))  # a join back where they were: no promotion
_SWITCHES = frozenset(("转投", "跳槽", "跳槽至", "跳槽到", "投奔", "转战", "流向"))  # a join that says they left the last employer
_HIRED_BY = re.compile(r"(?:聘请|邀请|任命|请来|招募|迎来|引入|引进|聘任)$")  # 星云科技聘请X出任…: the hirer is joined
_AHEAD = re.compile(r"(?:将|将于|将在|预计|计划|拟|拟于|定于|要在|会在)\s*$")
_NEW_ROLE = re.compile(r"(?:出任|担任|任|改任|转任|调任|转为|授予|被授予)(?:[^，。；,;]{0,20}?的)?([\u4e00-\u9fffA-Za-z“”\"]{1,16}?)(?:一职|职务|职位|身份|这一|的|，|。|；|,|;|$|\[)")


def sentence_claims(art: ArticleContext, i: int, cache: dict[int, list[Mention]]) -> list[Claim]:
    v = art.v
    s = art.sentences[i]
    if _DENIAL.search(v, s.start, s.end):
        return []
    triggers = moves.triggers(art, s)
    if not triggers:
        return []
    mentions = link_people.mentions_of(art, i, cache, [t.start for t in triggers])
    times = link_dates.times_in(art, s.start, s.end)
    claims: list[Claim] = []
    sidelined_people: set[tuple[str, str]] = set()
    assigned: dict[int, list[Mention]] = {}
    mentions_of: dict[str, Mention] = {}
    for t in triggers:
        people = link_people.people_for(art, i, s, t, mentions, triggers, cache, assigned)
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


_LIST_JOIN_ONLY = re.compile(r"\s*(?:、|和|与|及|以及|，)\s*")


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
    if event == PENDING:
        # 1月25日宣布X将在6月离开: a move still ahead is filed under the month it was reported in
        times = [tm for tm in times if not _AHEAD.search(v, max(s.start, tm.start - 4), tm.start)]
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


