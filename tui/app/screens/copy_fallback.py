"""Where copying cannot arrive: the reason and its fix, and the text to mark and copy by hand."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea


class CopyFallback(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, text: str, reason: str) -> None:
        super().__init__()
        self.text = text
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(id="copy-fallback"):
            yield Static(self.reason, id="copy-reason", markup=False)
            yield Static("Mark the text below with the mouse (shift+drag in most terminals) and copy it; escape closes.", classes="dim", markup=False)
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="copy-text")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.select_all()
        area.focus()
