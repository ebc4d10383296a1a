"""A one-line question (a month, a file name); answers None when dismissed with escape.

With a ``check``, an answer it refuses (ValueError) keeps the prompt open with the reason under
the input, so the user corrects what they typed instead of typing it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.inert_text import inert


class Prompt(ModalScreen[Any]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, *, placeholder: str = "", value: str = "", check: Callable[[str], Any] | None = None) -> None:
        super().__init__()
        self.question = question
        self.placeholder = placeholder
        self.value = value
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(self.question, markup=False)
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            error = Static("", id="prompt-error", markup=False)
            error.display = False
            yield error

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @property
    def error(self) -> str:
        """The reason the last answer was refused ("" when none was)."""
        shown = self.query_one("#prompt-error", Static)
        return str(shown.content) if shown.display else ""

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        if self.check is None:
            self.dismiss(answer or None)
            return
        try:
            self.dismiss(self.check(answer))
        except ValueError as exc:
            error = self.query_one("#prompt-error", Static)
            error.update(inert(str(exc)))  # it quotes what was typed
            error.display = True

    @on(Input.Changed)
    def _editing(self) -> None:
        self.query_one("#prompt-error", Static).display = False

    def action_cancel(self) -> None:
        self.dismiss(None)
