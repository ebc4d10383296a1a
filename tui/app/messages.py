"""Results that thread workers post back to the app; only message handlers change widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl
from textual.message import Message

from tui.store import Filters


@dataclass
class ViewLoaded(Message):
    """Everything the main screen shows for one filter state."""

    seq: int
    filters: Filters
    feed: pl.DataFrame
    feed_total: int
    offset: int
    companies: pl.DataFrame
    people: pl.DataFrame


@dataclass
class MonthsLoaded(Message):
    months: list[str]


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
