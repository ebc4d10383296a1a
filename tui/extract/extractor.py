"""Articles to events: who moved, from or to which company, in what role, when, and the quote.

Pure functions of (text, publication date). Only sentences holding a trigger word are analysed in
depth, so the cost follows the number of moves, not the length of the text. The stages, in
order: company mentions (``companies_found``), names the article vouches for
(``people_found``), then per sentence with a move word the move words (``moves``) linked to
people, companies, roles and dates (``linking``), and last one claim per move across the
article (``claims``).
"""

from __future__ import annotations

import re

from datetime import date

from tui.extract.chinese import ViewMap
from tui.extract.claims import drop_denied, fill_destinations, merge, resolve_via
from tui.extract.link_dates import fill_follow_up_months, fill_headline_months
from tui.extract.companies_found import is_news_source, with_latin_companies, with_unknown_companies
from tui.extract.context import ArticleContext, Claim, view_offset
from tui.extract.gazetteer import Gazetteer, load_gazetteer
from tui.extract.linking import sentence_claims
from tui.extract.people import Mention
from tui.extract.people_found import learn_names
from tui.extract.rosters import list_claims, may_hold_lists
from tui.extract.sentences import split_sentences
from tui.model import ExtractedEvent


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
    vstart = view_offset(view, body_start, len(v))
    companies = [(s, e, name) for s, e, name in gz.find_companies(v) if not is_news_source(v, s, e)]
    companies = with_unknown_companies(v, gz, with_latin_companies(v, gz, companies))
    body_companies = [c for c in companies if c[0] >= vstart]
    # the most named company, the first named among equals (dicts keep first-insertion order)
    counts: dict[str, int] = {}
    for _, _, c in companies:
        counts[c] = counts.get(c, 0) + 1
    dominant = max(counts, key=counts.__getitem__) if counts else None
    art = ArticleContext(v, gz, published, split_sentences(v, vstart), body_companies, dominant)
    trigger_sentences = sorted({i for m in gz.trigger_re.finditer(v, vstart) if (i := art.sentence_of(m.start(), m.end())) is not None})
    if not trigger_sentences and not may_hold_lists(v, vstart):
        return []
    learn_names(art)
    claims: list[Claim] = []
    mentions_by_sentence: dict[int, list[Mention]] = {}
    for i in trigger_sentences:
        claims.extend(sentence_claims(art, i, mentions_by_sentence))
    claims.extend(list_claims(art))
    claims = merge(drop_denied(art, resolve_via(claims)))
    fill_destinations(art, claims)
    fill_headline_months(art, claims)
    fill_follow_up_months(art, claims)
    events = []
    person_aliases, company_aliases = _spellings(text, view, art, claims)
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
                person_aliases=person_aliases.get(c.person, ()),
                company_aliases=company_aliases.get(c.company, ()),
            )
        )
    return events


def _spellings(
    text: str, view: ViewMap, art: ArticleContext, claims: list[Claim]
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Every other spelling of each person and company the claims name, as the page writes them:
    the original characters of each mention (traditional ones included) and a foreign person's
    other names."""

    def written(start: int, end: int) -> str:
        return text[view.orig(start) : view.orig_end(end)]

    named = {c.person for c in claims}
    firms = {c.company for c in claims}
    people: dict[str, set[str]] = {name: {written(s, e) for s, e in spans} for name, spans in art.spans.items() if name in named}
    for f in art.foreign:
        if f.person.canonical in named:
            people.setdefault(f.person.canonical, set()).update({*f.person.aliases, written(f.start, f.end)})
    companies: dict[str, set[str]] = {}
    for s, e, canonical in art.companies:
        if canonical in firms:
            companies.setdefault(canonical, set()).add(written(s, e))
    return (
        {name: tuple(sorted(a for a in found if a != name and not _BRACKETED.search(a))) for name, found in people.items()},
        {name: tuple(sorted(a for a in found if a.lower() != name.lower())) for name, found in companies.items()},
    )


_BRACKETED = re.compile(r"[（(]")  # a mention with its other spelling in brackets: the parts are aliases already
