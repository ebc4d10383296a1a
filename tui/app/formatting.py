"""How values look in tables and panels (plain functions, tested without a terminal)."""

from __future__ import annotations

import re
from typing import Any

import polars as pl

from tui.months import shift

# The screen's one set of event words (the export keeps the stored values: pending, poach_attempt).
EVENT_LABELS = {
    "departed": "departed",
    "pending": "leaving",
    "sidelined": "sidelined",
    "joined": "joined",
    "poach_attempt": "poach try",
}
EVENT_KEYS = {"1": "departed", "2": "pending", "3": "sidelined", "4": "joined", "5": "poach_attempt"}
_BARS = " ▁▂▃▄▅▆▇█"
_EVENT_WORD = re.compile(r"\b(" + "|".join(EVENT_LABELS) + r")\b")


def in_screen_words(text: str) -> str:
    """A note from the store (a conflict note says "said pending") in the screen's event words."""
    return _EVENT_WORD.sub(lambda m: EVENT_LABELS[m.group()], text)


def month_cell(month: str | None, precision: str | None) -> str:
    """The report's month stands in when the article gives none: marked with ~."""
    if not month:
        return "?"
    return f"{month}~" if precision in (None, "report") else month


def month_column(month: str = "month", precision: str = "month_precision") -> pl.Expr:
    """``month_cell`` over a whole column, in Polars (a page of rows without a Python loop)."""
    m, p = pl.col(month), pl.col(precision)
    return (
        pl.when(m.is_null() | (m == "")).then(pl.lit("?"))
        .when(p.is_null() | (p == "report")).then(m + "~")
        .otherwise(m)
        .alias(month)
    )


def event_column(event: str = "event", conflict: str | None = None) -> pl.Expr:
    """The event's label, with ⚠ when its sources disagree."""
    label = pl.col(event).replace(EVENT_LABELS)
    if conflict is None:
        return label.alias(event)
    return (label + pl.when(pl.col(conflict)).then(pl.lit(" ⚠")).otherwise(pl.lit(""))).alias(event)


def sparkline(trend: list[dict[str, Any]] | None, months: list[str], width: int = 12) -> str:
    """People leaving a month, one slot for every calendar month of the last ``width`` up to the
    newest month with events (``months``, ascending), so a month without any shows as a gap."""
    if not months:
        return ""
    first, last = months[0], months[-1]
    window = [m for m in (shift(last, k - width + 1) for k in range(width)) if m >= first]
    counts = {t["month"]: t["n"] for t in trend or [] if t.get("month")}
    top = max((counts.get(m, 0) for m in window), default=0)
    if top == 0:
        return "·" * len(window)
    return "".join(_BARS[max(1, round(counts.get(m, 0) / top * (len(_BARS) - 1)))] if counts.get(m) else "·" for m in window)


def clip(text: str | None, width: int) -> str:
    if not text:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"
