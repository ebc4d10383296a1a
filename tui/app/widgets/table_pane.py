"""A titled pane holding one table of a page of rows, or a message when there are none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from tui.app.views import Page
from tui.inert_text import inert_block
from tui.app.widgets.row_table import RowTable


class TablePane(Vertical):
    """Shows a frame; says which row key is highlighted or chosen (Enter)."""

    @dataclass
    class Chosen(Message):
        pane: "TablePane"
        key: Any

    @dataclass
    class Highlighted(Message):
        pane: "TablePane"
        key: Any

    @dataclass
    class SortRequested(Message):
        pane: "TablePane"
        column: int

    can_focus = True  # holds the focus while its table is hidden (an empty result)

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = title
        self.page = Page()

    def compose(self) -> ComposeResult:
        yield Static("Loading…", classes="empty", markup=False)
        table = RowTable()
        table.display = False
        yield table

    @property
    def table(self) -> RowTable | None:
        table = self.query_one(RowTable)
        return table if table.display else None

    @property
    def keys(self) -> list[Any]:
        """The key of every row shown, in order."""
        return self.page.keys.to_list()

    @property
    def current_key(self) -> Any:
        table = self.table
        return None if table is None else self.page.key(table.cursor_row)

    def show(self, page: Page, *, empty: str, keep: Any = None, subtitle: str = "") -> None:
        """Replace the rows in place, the cursor on ``keep`` if it is still there; an empty page
        shows ``empty`` instead of the table."""
        self.border_subtitle = subtitle
        self.page = page
        table = self.query_one(RowTable)
        message = self.query_one(".empty", Static)
        if page.height == 0:
            had_focus = table.has_focus
            table.display = False
            message.update(inert_block(empty))  # it may name what the user typed
            message.display = True
            if had_focus:
                self.focus()
            return
        message.display = False
        row = page.row_of(keep) or 0
        table.display = True
        table.replace(page, row)
        if self.has_focus:  # the pane held the focus for its hidden table: hand it back
            table.focus()

    def focus_table(self) -> bool:
        table = self.table
        if table is not None:
            table.focus()
            return True
        return False

    @on(RowTable.RowSelected)
    def _chosen(self, event: RowTable.RowSelected) -> None:
        event.stop()
        key = self.page.key(event.cursor_row)
        if key is not None:
            self.post_message(self.Chosen(self, key))

    @on(RowTable.RowHighlighted)
    def _highlighted(self, event: RowTable.RowHighlighted) -> None:
        event.stop()
        key = self.page.key(event.cursor_row)
        if key is not None:
            self.post_message(self.Highlighted(self, key))

    @on(RowTable.HeaderSelected)
    def _header(self, event: RowTable.HeaderSelected) -> None:
        event.stop()
        self.post_message(self.SortRequested(self, event.column_index))
