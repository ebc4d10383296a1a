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
from textual.coordinate import Coordinate
from textual_fastdatatable import DataTable, create_backend


class PaneTable(DataTable):
    """A virtual table whose rows can be replaced in place.

    textual-fastdatatable 0.19 has no public way to swap its data; mounting a new table on every
    keypress re-applies CSS and re-lays out the screen (most of a keypress's cost), so the backend
    and the caches derived from it are replaced here instead.
    """

    def replace(self, data: object, labels: list[str], cursor_row: int = 0) -> None:
        backend = create_backend(data)
        backend.render_markup = False
        self.backend = backend
        self._column_labels = list(labels)
        self._ordered_columns = None
        self._clear_caches()
        self._require_update_dimensions = True
        self._update_count += 1
        row = min(max(cursor_row, 0), max(backend.row_count - 1, 0))
        self.cursor_coordinate = Coordinate(row, 0)
        self.scroll_to(y=max(0, row - 2), animate=False)
        self.refresh()

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

    can_focus = True  # holds the focus while its table is hidden (an empty result)

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = title
        self.keys: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static("Loading…", classes="empty", markup=False)
        table = PaneTable(
            cursor_type="row",
            show_row_labels=False,
            max_column_content_width=26,
            zebra_stripes=True,
            render_markup=False,  # cells are data, never markup
        )
        table.display = False
        yield table

    @property
    def table(self) -> PaneTable | None:
        table = self.query_one(PaneTable)
        return table if table.display else None

    @property
    def current_key(self) -> Any:
        table = self.table
        if table is None or not self.keys or table.cursor_row is None:
            return None
        row = table.cursor_row
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def show(self, frame: pl.DataFrame, labels: list[str], keys: list[Any], *, empty: str, keep: Any = None, subtitle: str = "") -> None:
        """Replace the rows in place; an empty frame shows ``empty`` instead of the table."""
        self.border_subtitle = subtitle
        self.keys = keys
        table = self.query_one(PaneTable)
        message = self.query_one(".empty", Static)
        if frame.height == 0:
            had_focus = table.has_focus
            table.display = False
            message.update(empty)
            message.display = True
            if had_focus:
                self.focus()
            return
        message.display = False
        row = keys.index(keep) if keep is not None and keep in keys else 0
        table.replace(frame.to_arrow(), labels, row)
        table.display = True
        if self.has_focus:  # the pane held the focus for its hidden table: hand it back
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
