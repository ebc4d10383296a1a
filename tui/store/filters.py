"""What the user has narrowed the record to; turned into query parameters, never into SQL text."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tui.months import MonthRange
from tui.store.spellings import SearchTerm


@dataclass(frozen=True, slots=True)
class Filters:
    months: MonthRange | None = None
    company: str | None = None
    person: str | None = None
    events: frozenset[str] = field(default_factory=frozenset)  # empty: every event type
    text: str = ""  # as typed: any spelling, traditional or simplified; p: or c: narrows it to people or companies

    def params(self) -> dict[str, object]:
        return {
            "month_from": self.months.first if self.months else None,
            "month_to": self.months.last if self.months else None,
            "company": self.company,
            "person": self.person,
            "events": sorted(self.events) or None,
        } | SearchTerm.parse(self.text).params()

    def without(self, *names: str) -> "Filters":
        blank = Filters()
        return replace(self, **{n: getattr(blank, n) for n in names})

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def describe(self) -> list[tuple[str, str]]:
        """(name, value) pairs of what is applied, in the order the filter bar shows them."""
        parts: list[tuple[str, str]] = []
        if self.months:
            parts.append(("month", self.months.label))
        if self.company:
            parts.append(("company", self.company))
        if self.person:
            parts.append(("person", self.person))
        if self.events:
            parts.append(("event", ",".join(sorted(self.events))))
        if self.text.strip():
            parts.append(("text", self.text.strip()))
        return parts
