"""A titled pane holding one virtual table (textual-fastdatatable over Arrow): only the visible
cells are ever rendered, so a page of thousands of rows costs the same as a page of ten."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static
from textual_fastdatatable import DataTable


class PaneTable(DataTable):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "cursor_table_start", "Top", show=False),
        Binding("G", "cursor_table_end", "Bottom", show=False),
    ]


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

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = title
        self.keys: list[Any] = []
        self._generation = 0

    def compose(self) -> ComposeResult:
        yield Static("Loading…", classes="empty")

    @property
    def table(self) -> PaneTable | None:
        found = self.query(PaneTable)
        return found.first() if found else None

    @property
    def current_key(self) -> Any:
        table = self.table
        if table is None or not self.keys or table.cursor_row is None:
            return None
        row = table.cursor_row
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def show(self, frame: pl.DataFrame, labels: list[str], keys: list[Any], *, empty: str, keep: Any = None, subtitle: str = "") -> None:
        """Replace the rows (a new table is mounted: the virtual table cannot be refilled)."""
        self.border_subtitle = subtitle
        had_focus = self.table is not None and self.table.has_focus
        self.keys = keys
        for child in list(self.children):
            child.remove()
        if frame.height == 0:
            self.mount(Static(empty, classes="empty", markup=False))
            return
        self._generation += 1
        table = PaneTable(
            data=frame.to_arrow(),
            column_labels=labels,
            cursor_type="row",
            show_row_labels=False,
            max_column_content_width=26,
            zebra_stripes=True,
            id=f"{self.id}-t{self._generation}",
        )
        self.mount(table)
        if keep is not None and keep in keys:
            row = keys.index(keep)
            self.call_after_refresh(table.move_cursor, row=row)
        if had_focus:
            table.focus()

    def focus_table(self) -> bool:
        table = self.table
        if table is not None:
            table.focus()
            return True
        return False

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.keys and 0 <= event.cursor_row < len(self.keys):
            self.post_message(self.Chosen(self, self.keys[event.cursor_row]))

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.keys and 0 <= event.cursor_row < len(self.keys):
            self.post_message(self.Highlighted(self, self.keys[event.cursor_row]))

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.post_message(self.SortRequested(self, event.column_index))
