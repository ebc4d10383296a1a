"""The whole article as a person reads it (front matter hidden, Markdown marks left out, lines
broken between words), scrollable, opened with the quote selected and in view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea
from textual.widgets.text_area import Selection

from tui.app.clipboard import copy_text
from tui.app.reading import made_inert, readable, wrapped
from tui.inert_text import inert


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
        file = str(self.source.get("file") or "")
        yield Static(inert(self.source.get("title") or Path(file).name or file), id="article-title", markup=False)
        # wrapped here, between words, not by the TextArea (which would split AI into A / I)
        yield TextArea("", read_only=True, soft_wrap=False, show_line_numbers=False, id="article-text")
        yield Footer()

    def on_mount(self) -> None:
        # drawn inert: a control shows as its escape, each of its characters at the control's offset
        self.shown = made_inert(readable(self.source["text"], int(self.source.get("body_start") or 0)))
        self.query_one(TextArea).focus()

    def on_resize(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        area = self.query_one(TextArea)
        # room kept for closing punctuation hung at a line's end (two cells) and the cursor (one)
        width = area.scrollable_content_region.width - 3
        if width <= 0 or getattr(self, "_width", None) == width:
            return
        self._width = width
        lines = wrapped(self.shown, width)
        area.load_text(lines.text)
        start, end = lines.position(self.source["start"]), lines.position(self.source["end"])
        area.selection = Selection(location(lines.text, start), location(lines.text, end))
        self.call_after_refresh(area.scroll_cursor_visible, center=True)

    def action_copy(self) -> None:
        copy_text(self.app, self.source["quote"], "Quote")
