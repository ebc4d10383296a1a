"""Results that thread workers post back to the app; only message handlers change widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from tui.app.views import Page
from tui.store import Filters


@dataclass
class FeedLoaded(Message):
    """One page of the feed for one filter state: shown first, as it answers the keypress."""

    seq: int
    filters: Filters
    page: Page
    feed_total: int | None  # None until counted (a full page may have more behind it)
    offset: int


@dataclass
class PanesLoaded(Message):
    """The rest of the main screen for the same filter state: the count, companies and people."""

    seq: int
    filters: Filters
    feed_total: int
    companies: Page
    people: Page


@dataclass
class MonthsLoaded(Message):
    """The months with events under a filter (its months left out; Filters() for every event)."""

    months: list[str]
    under: Filters
    then_step: int = 0  # a month key pressed before they were known: step now


@dataclass
class LoadFailed(Message):
    what: str
    reason: str


@dataclass
class SourcesLoaded(Message):
    """The sources of one event, fetched for copying."""

    event_id: str
    sources: list[dict[str, Any]]
    citation: bool
    person: str | None = None  # whose event: the source that names them most narrowly is copied
