"""The claims stage: one claim per (person, company, event) across the article. Claims whose
company was only guessed from context take the company the article states for that person
elsewhere; among claims of the same move the most precisely dated one stands, filled in with the
longer role and a destination from the others; and a departure with no destination gets the
startup another sentence says the person went on to found.
"""

from __future__ import annotations

import re

from tui.extract.context import DEPARTED, JOINED, PENDING, SIDELINED, ArticleContext, Claim

# a month the article states beats one worked out from "去年" or the like, which beats one
# taken from the publication date ("近日"), which beats none
_RANK = {"stated": 0, "relative": 1, "report": 2, None: 3}


# A move the text itself says did not happen: 并未入职月之暗面, 从未离开
_NEGATED_MOVE = re.compile(r"(?:并未|并没有|没有|未曾|从未|否认)(?:[^，。；,;]{0,6}?)(入职|加入|加盟|离职|离开)")
_STILL_THERE = re.compile(r"仍在职|仍然在职|依然在职|仍在公司任职|并未离职|没有离职|未曾离职|不会离开|不会离职")
_NEGATED_KIND = {"入职": (JOINED,), "加入": (JOINED,), "加盟": (JOINED,), "离职": (DEPARTED, PENDING), "离开": (DEPARTED, PENDING)}


def drop_denied(art: ArticleContext, claims: list[Claim]) -> list[Claim]:
    """Claims that another sentence of the article denies for that person (and company)."""
    v = art.v
    denied: list[tuple[int, int, tuple[str, ...], str | None]] = []
    for m in _NEGATED_MOVE.finditer(v):
        j = art.sentence_of(m.start(), m.end())
        if j is None:
            continue
        s = art.sentences[j]
        after = art.companies_from(m.end(), s.end)
        denied.append((s.start, s.end, _NEGATED_KIND[m.group(1)], after[0][2] if after else None))
    for m in _STILL_THERE.finditer(v):
        # "贺兰青仍在职": whatever company, the person has not gone
        j = art.sentence_of(m.start(), m.end())
        if j is not None:
            denied.append((art.sentences[j].start, art.sentences[j].end, (DEPARTED, PENDING), None))
    if not denied:
        return claims
    spellings = {f.person.canonical: {f.person.canonical, *f.person.aliases} for f in art.foreign}
    names_of = {c.person: spellings.get(c.person, {c.person}) for c in claims}
    # which spellings each denying sentence holds, found in one pass over each (a long page holds many)
    every = sorted({n for names in names_of.values() for n in names if n}, key=len, reverse=True)
    if not every:
        return claims
    spelled = re.compile("|".join(map(re.escape, every)))
    said: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    for lo, hi, kinds, company in denied:
        for n in set(spelled.findall(v, lo, hi)):
            said.setdefault(n, []).append((kinds, company))
    out = []
    for c in claims:
        if any(
            c.event in kinds and (company is None or company == c.company)
            for n in names_of[c.person]
            for kinds, company in said.get(n, ())
        ):
            continue
        out.append(c)
    return out


def resolve_via(claims: list[Claim]) -> list[Claim]:
    """Joins to "the employer of A" take the company A joined or left for in the article."""
    out = []
    for c in claims:
        if c.via is not None:
            theirs = [x.company for x in claims if x.person == c.via and x.event == JOINED and x.via is None]
            if not theirs:
                continue
            c.company = theirs[0]
            for d in claims:
                if d.person == c.person and d.event == DEPARTED and d.trigger_at == c.trigger_at:
                    d.destination = d.destination or c.company
        out.append(c)
    return out


def merge(claims: list[Claim]) -> list[Claim]:
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
        winner.nominal = winner.nominal and other.nominal
        best[key] = winner
    return _one_leaving(best, order)


def _one_leaving(best: dict[tuple[str, str, str], Claim], order: list[tuple[str, str, str]]) -> list[Claim]:
    """A person reported as leaving and their departure named as a noun ("X的离职") is one
    move, still pending; where one report of leaving is dated and another not, they share it."""
    out = []
    for key in order:
        c = best[key]
        person, company, event = key
        aside = best.get((person, company, SIDELINED)) if event == DEPARTED else None
        if aside is not None and c.post_only:
            # 离任院长 in one sentence, 不再担任…但仍担任顾问 in another: a step aside
            if aside.month is None:
                aside.month, aside.precision = c.month, c.precision
            continue
        twin = best.get((person, company, PENDING if event == DEPARTED else DEPARTED)) if event in (DEPARTED, PENDING) else None
        if twin is not None:
            if event == DEPARTED and c.nominal:
                continue
            if c.month is None and twin.month is not None:
                c.month, c.precision = twin.month, twin.precision
        out.append(c)
    return out


_STARTUP = re.compile("创业")


def fill_destinations(art: ArticleContext, claims: list[Claim]) -> None:
    """Where a departing person went, when another sentence says it ("焦可在AI语音方向创业")."""
    v = art.v
    if "创业" not in v:
        return
    # only the sentences that speak of a startup, found once (a long page names its people often)
    startup = sorted({j for m in _STARTUP.finditer(v) if (j := art.sentence_of(m.start(), m.end())) is not None})
    waiting = [c for c in claims if c.event in (DEPARTED, PENDING) and not c.destination]
    if not startup or not waiting:
        return
    # which of the people each such sentence names, in one pass over it
    names = re.compile("|".join(map(re.escape, sorted({c.person for c in waiting}, key=len, reverse=True))))
    named_in = {j: set(names.findall(v, art.sentences[j].start, art.sentences[j].end)) for j in startup}
    for c in waiting:
        for j in startup:
            if c.person not in named_in[j]:
                continue
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
