"""Month arithmetic and the month specs users type ("2025-06", "2025-6", "6月", "2025Q2", "2025").

Pure functions: the app, the CLI and the store all use them; none imports Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MonthRange:
    first: str  # YYYY-MM
    last: str  # YYYY-MM, inclusive
    label: str  # what the filter bar shows

    @property
    def is_single(self) -> bool:
        return self.first == self.last


def fmt(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def split(month: str) -> tuple[int, int]:
    y, m = month.split("-")
    return int(y), int(m)


def shift(month: str, delta: int) -> str:
    y, m = split(month)
    idx = y * 12 + (m - 1) + delta
    return fmt(idx // 12, idx % 12 + 1)


def single(month: str) -> MonthRange:
    return MonthRange(month, month, month)


def quarter_of(month: str) -> MonthRange:
    y, m = split(month)
    q = (m - 1) // 3 + 1
    return MonthRange(fmt(y, 3 * q - 2), fmt(y, 3 * q), f"{y}Q{q}")


def year_of(month: str) -> MonthRange:
    y, _ = split(month)
    return MonthRange(fmt(y, 1), fmt(y, 12), str(y))


_FULL = re.compile(r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?)?\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*[-\s]?[Qq]([1-4])\s*$")
_MONTH_ONLY = re.compile(r"^\s*(\d{1,2})\s*月?\s*$")


def parse_spec(spec: str, *, default_year: int | None = None) -> MonthRange | None:
    """Parse what a user typed into a month range, or None when it is not a month.

    "6月" / "6" take ``default_year`` (the year of the month in view, else the newest year with data).
    """
    if m := _QUARTER.match(spec):
        y, q = int(m[1]), int(m[2])
        return quarter_of(fmt(y, 3 * q))
    if m := _FULL.match(spec):
        y = int(m[1])
        if m[2] is None:
            return year_of(fmt(y, 1))
        month = int(m[2])
        return single(fmt(y, month)) if 1 <= month <= 12 else None
    if (m := _MONTH_ONLY.match(spec)) and default_year is not None:
        month = int(m[1])
        return single(fmt(default_year, month)) if 1 <= month <= 12 else None
    return None


def step(months: list[str], current: str | None, direction: int) -> str | None:
    """The next month with data before/after ``current`` (``months`` sorted ascending).

    Without a current month, stepping back starts at the newest month and forward at the oldest.
    """
    if not months:
        return None
    if current is None:
        return months[-1] if direction < 0 else months[0]
    if direction < 0:
        earlier = [m for m in months if m < current]
        return earlier[-1] if earlier else None
    later = [m for m in months if m > current]
    return later[0] if later else None


MONTH_HELP = "try 2025-06, 2025-6, 6月, 2025Q2 or 2025"


def resolve_typed(spec: str, with_events: list[str], *, in_view: str | None = None) -> MonthRange:
    """What a typed month means, or ValueError with the reason.

    A month without a year ("12月", "12") is the latest such month that has events (``with_events``,
    ascending); when none has, the one in the year in view. A year, quarter or full month is
    taken as typed.
    """
    if not spec.strip():
        raise ValueError(f"type a month: {MONTH_HELP}")
    if m := _MONTH_ONLY.match(spec):
        month = int(m[1])
        if not 1 <= month <= 12:
            raise ValueError(f"{spec.strip()!r}: there is no month {month}; {MONTH_HELP}")
        found = [ym for ym in with_events if split(ym)[1] == month]
        if found:
            return single(found[-1])
        year = split(in_view)[0] if in_view else (split(with_events[-1])[0] if with_events else None)
        if year is None:
            raise ValueError(f"{spec.strip()!r}: no events in any month {month}; give the year (2025-{month:02d})")
        return single(fmt(year, month))
    parsed = parse_spec(spec)
    if parsed is None:
        raise ValueError(f"{spec.strip()!r} is not a month: {MONTH_HELP}")
    return parsed
