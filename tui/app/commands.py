"""The command palette (ctrl+p): every action of the main screen, found by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

ACTIONS: list[tuple[str, str, str]] = [
    ("Previous month", "month_step(-1)", "Step to the previous month that has events"),
    ("Next month", "month_step(1)", "Step to the next month that has events"),
    ("Jump to month…", "month_prompt", "Type 2025-06, 2025-6, 6月, 2025Q2 or 2025"),
    ("Widen month to quarter / year", "widen", "Quarter first, then the year"),
    ("Clear month", "clear_month", "Every month"),
    ("Search…", "text_filter", "Any spelling of a person or company, role, destination, quote; p:NAME people, c:NAME companies"),
    ("Only departures (toggle)", "toggle_event('1')", "departed: has left"),
    ("Only reported as leaving (toggle)", "toggle_event('2')", "leaving: reported as leaving, not yet gone"),
    ("Only sidelined (toggle)", "toggle_event('3')", "sidelined: moved to an advisory or minor post"),
    ("Only joins (toggle)", "toggle_event('4')", "joined"),
    ("Only poach attempts (toggle)", "toggle_event('5')", "poach try: a rival tried to hire them"),
    ("Clear all filters", "clear_filters", "Month, company, person, event types, text"),
    ("Copy quote", "copy_quote(False)", "The selected event's quote"),
    ("Copy citation", "copy_quote(True)", "Quote — title, author, date, URL"),
    ("Export view as CSV", "export('csv')", "The events under the current filter"),
    ("Export view as Parquet", "export('parquet')", "The events under the current filter"),
    ("Export view as JSON Lines", "export('jsonl')", "The events under the current filter"),
    ("Refresh", "refresh_data", "Pick up what an ingest added"),
    ("Sort feed by next column", "sort_next", "month, person, company, role, event, destination, sources"),
    ("Reverse sort order", "sort_reverse", ""),
    ("Toggle dark / light theme", "toggle_theme", ""),
    ("Help: keys", "help", ""),
]


class ChurnCommands(Provider):
    async def discover(self) -> Hits:
        for name, action, help_text in ACTIONS:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in ACTIONS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.app.run_action, action), help=help_text)
