"""The line above the footer: what the marks in the tables mean, and what a narrow screen hides."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

# (mark, meaning, brief meaning, kept on the shortest line)
LEGEND = [
    ("~", "report's month (the article gave none)", "report's month", True),
    ("⚠", "reports disagree", "reports disagree", True),
    ("src", "articles", "articles", False),
    ("trend", "people leaving a month, last 12", "leaving a month", False),
]


class HintLine(Widget):
    DEFAULT_CSS = "HintLine { height: 1; padding: 0 1; color: $text-muted; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.narrow = False

    def show(self, narrow: bool) -> None:
        """``narrow``: only the feed is on screen, the companies and people a tab away."""
        self.narrow = narrow
        self.refresh()

    def render(self) -> Text:
        # the long meanings where they fit, else the brief ones, else only the marks that matter most
        for tier in ("long", "brief", "essential"):
            line = self._line(tier)
            if line.cell_len <= self.content_size.width:
                break
        return line

    def _line(self, tier: str) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        if self.narrow:
            line.append("tab", style="bold")
            line.append(" companies, people   ")
        for mark, meaning, brief, essential in LEGEND:
            if tier == "essential" and not essential:
                continue
            line.append(mark, style="bold")
            line.append(f" {meaning if tier == 'long' else brief}   ")
        line.append("?", style="bold")
        line.append(" every key")
        return line
