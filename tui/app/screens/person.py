"""One person's whole timeline: every move at every company, oldest first."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.app.views import Page, timeline_page
from tui.app.widgets.table_pane import TablePane
from tui.inert_text import inert
from tui.store import Reader


@dataclass
class TimelineLoaded(Message):
    page: Page


class PersonScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,backspace", "app.pop_screen", "Back"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, reader: Reader, person: str) -> None:
        super().__init__()
        self.reader = reader
        self.person = person
        self.loaded = False  # the timeline is on screen, its table focused (tests wait on it)

    def compose(self) -> ComposeResult:
        yield Static(f"{inert(self.person)} — every move on record (enter: sources)", id="person-head", markup=False)
        yield TablePane("Timeline", id="timeline")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load(self) -> None:
        try:
            frame = self.reader.timeline(self.person)
        except Exception as exc:  # any failure is said: the screen never stays empty
            self.app.call_from_thread(self.app.notify, str(exc), severity="error")
            return
        self.post_message(TimelineLoaded(timeline_page(frame)))

    @on(TimelineLoaded)
    def _loaded(self, message: TimelineLoaded) -> None:
        pane = self.query_one("#timeline", TablePane)
        pane.show(message.page, empty=f"No moves on record for {self.person}.")

        def focused() -> None:
            pane.focus_table()
            self.loaded = True

        self.call_after_refresh(focused)

    @on(TablePane.Chosen)
    def _chosen(self, message: TablePane.Chosen) -> None:
        from tui.app.screens.event import EventScreen

        self.app.push_screen(EventScreen(self.reader, message.key))
