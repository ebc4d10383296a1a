"""The whole article, scrollable, opened with the quote selected and in view."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea
from textual.widgets.text_area import Selection

from tui.app.clipboard import send_to_clipboard
from tui.inert_text import inert, inert_block


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
        yield Static(inert(self.source.get("title") or self.source.get("file")), id="article-title", markup=False)
        # The text is shown inert (a control is drawn as its escape, several characters wide), so
        # the quote's offsets are counted again in what is shown.
        text, start, end = self.source["text"], self.source["start"], self.source["end"]
        before, quote = inert_block(text[:start]), inert_block(text[start:end])
        self.shown = before + quote + inert_block(text[end:])
        self.quote_span = (len(before), len(before) + len(quote))
        yield TextArea(self.shown, read_only=True, soft_wrap=True, show_line_numbers=False, id="article-text")
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        start, end = (location(self.shown, offset) for offset in self.quote_span)
        area.selection = Selection(start, end)
        area.focus()
        self.call_after_refresh(area.scroll_cursor_visible, center=True)

    def action_copy(self) -> None:
        send_to_clipboard(self.app, self.source["quote"])
        self.notify(f"Quote sent to clipboard ({len(self.source['quote'])} chars)", title="Copied")
