"""The line that always says what the record is narrowed to."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.store import Filters


class FilterBar(Static):
    def show(self, filters: Filters, total: int | None, sort: str, descending: bool) -> None:
        line = Text()
        parts = filters.describe()
        if not parts:
            line.append("All events", style="bold")
        for i, (name, value) in enumerate(parts):
            if i:
                line.append("  ")
            line.append(f"{name}: ", style="dim")
            line.append(value, style="bold")
        if total is not None:
            line.append(f"   {total:,} event{'s' if total != 1 else ''}", style="dim")
        line.append(f"   sort: {sort} {'↓' if descending else '↑'}", style="dim")
        if parts:
            line.append("   x clears", style="dim italic")
        self.update(line)
