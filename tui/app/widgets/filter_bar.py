"""The line that always says what the record is narrowed to."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.app.formatting import in_screen_words
from tui.inert_text import inert
from tui.store import Filters


class FilterBar(Widget):
    """One line, one fixed height: a new filter repaints the line without re-laying out the screen."""

    DEFAULT_CSS = "FilterBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._line = Text()

    def render(self) -> Text:
        return self._line

    def show(self, filters: Filters, total: int | None, sort: str, descending: bool) -> None:
        line = Text()
        parts = filters.describe()
        if not parts:
            line.append("All events", style="bold")
        for i, (name, value) in enumerate(parts):
            if i:
                line.append("  ")
            line.append(f"{name}: ", style="dim")
            line.append(inert(in_screen_words(value) if name == "event" else value), style="bold")
        if total is not None:
            line.append(f"   {total:,} event{'s' if total != 1 else ''}", style="dim")
        line.append(f"   sort: {sort} {'↓' if descending else '↑'}", style="dim")
        if parts:
            line.append("   x clears", style="dim italic")
        self._line = line
        self.refresh()
