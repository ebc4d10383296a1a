"""The whole article, scrollable, opened with the quote selected and in view."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea
from textual.widgets.text_area import Selection

from tui.app.clipboard import copy_text


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset, as TextArea counts them."""
    row = text.count("\n", 0, offset)
    col = offset - (text.rfind("\n", 0, offset) + 1)
    return row, col


class ArticleScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,backspace", "app.pop_screen", "Back"),
        Binding("c", "copy", "Copy quote"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, source: dict[str, Any]) -> None:
        super().__init__()
        self.source = source

    def compose(self) -> ComposeResult:
        yield Static(self.source.get("title") or str(self.source.get("file")), id="article-title", markup=False)
        yield TextArea(self.source["text"], read_only=True, soft_wrap=True, show_line_numbers=False, id="article-text")
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        text = self.source["text"]
        start, end = location(text, self.source["start"]), location(text, self.source["end"])
        area.selection = Selection(start, end)
        area.focus()
        self.call_after_refresh(area.scroll_cursor_visible, center=True)

    def action_copy(self) -> None:
        copy_text(self.app, self.source["quote"], "Quote")
