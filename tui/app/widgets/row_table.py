"""A read-only table that paints only its visible lines, each as one pre-formatted string.

Why not a DataTable: both Textual's and textual-fastdatatable's render every visible cell through
rich (padding, alignment, wrapping), which cost 150–300 ms of a keypress for three panes of
Chinese text here. The panes show a page of pre-formatted strings, so a line is one padded string
and one style: the Line API turns it into a Strip directly, and a new page costs only the lines
on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.views import GAP, Page

class RowTable(ScrollView, can_focus=True):
    """Rows of strings under a fixed header; a row cursor; Enter chooses, a header click sorts."""

    COMPONENT_CLASSES = {"row-table--header", "row-table--cursor", "row-table--cursor-blurred", "row-table--even"}
    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        & > .row-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .row-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; text-style: $block-cursor-text-style; }
        & > .row-table--cursor-blurred { background: $block-cursor-blurred-background; color: $block-cursor-blurred-foreground; }
        & > .row-table--even { background: $surface-lighten-1 50%; }
    }
    """
    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "edge(0)", "First", show=False),
        Binding("end,G", "edge(1)", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]

    @dataclass
    class RowHighlighted(Message):
        table: "RowTable"
        cursor_row: int

    @dataclass
    class RowSelected(Message):
        table: "RowTable"
        cursor_row: int

    @dataclass
    class HeaderSelected(Message):
        table: "RowTable"
        column_index: int

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.page = Page()
        self._line_width = 0
        self._widths: tuple[int, ...] = ()
        self._header = ""
        self.cursor_row = 0
        self._lines: dict[int, str] = {}
        self._styles: dict[str, Style] | None = None

    # -- data -----------------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return self.page.height

    def replace(self, page: Page, cursor_row: int = 0) -> None:
        """Show ``page``, the cursor on ``cursor_row``."""
        self.page = page
        self._fit_columns()
        self.cursor_row = min(max(cursor_row, 0), max(self.row_count - 1, 0))
        top = max(0, self.cursor_row - 2)
        if self.scroll_offset.x or self.scroll_offset.y != top:
            self.scroll_to(x=0, y=top, animate=False, immediate=True)
        self.refresh()
        if self.row_count:
            self.post_message(self.RowHighlighted(self, self.cursor_row))

    def _fit_virtual_size(self) -> None:
        # A new virtual size re-lays out the whole screen, so a page that fits keeps the size the
        # last one had: as wide as the view.
        size = Size(max(self._line_width, self.scrollable_content_region.width), self.row_count + 1)
        if size != self.virtual_size:
            self.virtual_size = size

    def _fit_columns(self) -> None:
        self._widths, self._header = self.page.fitted(self.scrollable_content_region.width)
        self._line_width = cell_len(self._header)
        self._lines.clear()
        self._fit_virtual_size()

    def on_resize(self) -> None:
        self._fit_columns()
        self.refresh()

    def _line(self, row: int) -> str:
        line = self._lines.get(row)
        if line is None:
            line = self._lines[row] = self.page.line(row, self._widths)
        return line

    # -- painting -------------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        self._styles = None
        super().notify_style_update()

    def _style(self, name: str) -> Style:
        if self._styles is None:
            base = self.rich_style
            self._styles = {"base": base} | {
                key: base + self.get_component_rich_style(f"row-table--{key}")
                for key in ("header", "cursor", "cursor-blurred", "even")
            }
        return self._styles[name]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        if y == 0:
            text, style = self._header, self._style("header")
        else:
            row = scroll_y + y - 1
            if row >= self.row_count:
                return Strip([Segment(" " * width, self._style("base"))], width)
            text = self._line(row)
            if row == self.cursor_row:
                style = self._style("cursor" if self.has_focus else "cursor-blurred")
            else:
                style = self._style("even" if row % 2 else "base")
        # Every line is exactly as wide as the header (``fit`` pads each cell); a Strip is costly
        # to make, so the common case (no horizontal scroll, line fits) makes exactly one.
        if scroll_x == 0 and self._line_width <= width:
            return Strip([Segment(text + " " * (width - self._line_width), style)], width)
        return Strip([Segment(text, style)], self._line_width).crop_extend(scroll_x, scroll_x + width, style)

    def on_focus(self) -> None:
        self._refresh_row(self.cursor_row)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor_row)

    def _refresh_row(self, row: int) -> None:
        y = row - self.scroll_offset.y + 1
        if 1 <= y < self.size.height:
            self.refresh_line(y)

    # -- the cursor -----------------------------------------------------------------------------
    def move_cursor(self, *, row: int) -> None:
        if not self.row_count:
            return
        row = min(max(row, 0), self.row_count - 1)
        if row == self.cursor_row:
            return
        old, self.cursor_row = self.cursor_row, row
        visible = max(1, self.size.height - 1)
        top = self.scroll_offset.y
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
            self.refresh()
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False, immediate=True)
            self.refresh()
        else:
            self._refresh_row(old)
            self._refresh_row(row)
        self.post_message(self.RowHighlighted(self, row))

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(row=self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        self.move_cursor(row=self.cursor_row + direction * max(1, self.size.height - 2))

    def action_edge(self, end: int) -> None:
        self.move_cursor(row=self.row_count - 1 if end else 0)

    def action_choose(self) -> None:
        if self.row_count:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        x, y = event.x + self.scroll_offset.x, event.y
        if y == 0:
            edge = 1
            for i, w in enumerate(self._widths):
                edge += w + GAP
                if x < edge:
                    self.post_message(self.HeaderSelected(self, i))
                    return
            return
        row = self.scroll_offset.y + y - 1
        if 0 <= row < self.row_count:
            if row == self.cursor_row:
                self.action_choose()
            else:
                self.move_cursor(row=row)
