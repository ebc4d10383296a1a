"""Copying a quote or a citation, and exporting the view: the main screen's two ways of taking
the record elsewhere (a part of ChurnApp, kept in its own module)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import work

from tui.app.clipboard import citation, send_to_clipboard
from tui.app.formatting import clip
from tui.app.messages import LoadFailed, SourcesLoaded
from tui.app.widgets.table_pane import TablePane
from tui.store import Filters


class CopyAndExport:
    """Mixed into ChurnApp: it has the reader, the filters, the screens and ``notify``."""

    def action_copy_quote(self, as_citation: bool) -> None:
        screen = self.screen
        if hasattr(screen, "action_copy") and screen is not self.screen_stack[0]:
            screen.action_copy(as_citation) if "as_citation" in screen.action_copy.__code__.co_varnames else screen.action_copy()
            return
        event_id = self.query_one("#feed", TablePane).current_key
        if event_id is None:
            self.notify("Pick an event in the feed first.", severity="warning")
            return
        self.fetch_sources(event_id, as_citation)

    @work(thread=True, exclusive=True, group="copy", exit_on_error=False)
    def fetch_sources(self, event_id: str, as_citation: bool) -> None:
        try:
            sources = self.reader.sources(event_id)
        except Exception as exc:
            self.post_message(LoadFailed("sources", str(exc)))
            return
        self.post_message(SourcesLoaded(event_id, sources, as_citation))

    def on_sources_loaded(self, message: SourcesLoaded) -> None:
        if not message.sources:
            self.notify("This event has no source any more (press r).", severity="warning")
            return
        source = message.sources[0]  # the newest report
        text = citation(source) if message.citation else source["quote"]
        system = send_to_clipboard(self, text)
        what = "Citation" if message.citation else "Quote"
        self.notify(f"{what} sent to clipboard ({len(text)} chars{', system clipboard too' if system else ''}):\n{clip(text, 120)}", title="Copied")

    def action_export(self, fmt: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = Path.cwd() / f"churn-export-{stamp}.{fmt}"
        self.export_view(self.filters, fmt, str(path))

    @work(thread=True, exclusive=False, group="export", exit_on_error=False)
    def export_view(self, f: Filters, fmt: str, path: str) -> None:
        from tui.export import write_export

        try:
            n = write_export(self.reader.export_frame(f), fmt, path)
        except Exception as exc:  # a store failure, a full disk, a folder gone: said, never swallowed
            self.call_from_thread(self.notify, str(exc), title="Export failed", severity="error")
            return
        self.call_from_thread(self.notify, f"{n} events written to {path}", title="Exported")
        self.last_export = path
