"""Taking things out of the explorer: `c` / `C` copy a quote or a citation, `e` exports the view.

Copying says where the text went and, where it cannot arrive (tmux with set-clipboard off, no
clipboard tool), says why and how to fix it, and shows the text to mark and copy by hand. An export
holds exactly the feed's rows, in the feed's order, and goes to a folder the help names.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from textual import work

from tui.app.clipboard import best_source, citation, copy_text
from tui.app.messages import LoadFailed, SourcesLoaded
from tui.app.widgets.table_pane import TablePane
from tui.store import Filters

EXPORTS_ENV = "CHURN_TUI_EXPORTS"


def export_dir() -> Path:
    """Where `e` writes: $CHURN_TUI_EXPORTS, else churn-tui in the user's documents folder."""
    chosen = os.environ.get(EXPORTS_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "churn-tui"


class TakeOut:
    """Mixed into the App: ``self.reader``, ``self.filters``, ``self.sort`` are the app's."""

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
            event = self.reader.event(event_id)
            sources = self.reader.sources(event_id)
        except Exception as exc:  # every failure reaches the screen
            self.post_message(LoadFailed("sources", str(exc)))
            return
        self.post_message(SourcesLoaded(event_id, sources, as_citation, event["person"] if event else None))

    # named, not decorated with @on: a mixin is not a message pump, so @on would not be seen
    def on_sources_loaded(self, message: SourcesLoaded) -> None:
        if not message.sources:
            self.notify("This event has no source any more (press r).", severity="warning")
            return
        source = message.sources[best_source(message.sources, message.person)]
        copy_text(self, citation(source) if message.citation else source["quote"], "Citation" if message.citation else "Quote")

    # -- export ------------------------------------------------------------------------------
    def action_export(self, fmt: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = export_dir() / f"churn-export-{stamp}.{fmt}"
        self.export_view(self.filters, self.sort, self.descending, fmt, str(path))

    @work(thread=True, exclusive=False, group="export", exit_on_error=False)
    def export_view(self, f: Filters, sort: str, descending: bool, fmt: str, path: str) -> None:
        from tui.export import write_export

        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            n = write_export(self.reader.export_frame(f, sort=sort, descending=descending), fmt, path)
        except Exception as exc:  # a store failure, a full disk, a folder gone: said, never swallowed
            self.call_from_thread(self.notify, f"{path}: {exc}", title="Export failed", severity="error")
            return
        self.call_from_thread(self.notify, f"{n} events, as the feed shows them, written to\n{path}", title="Exported", timeout=10)
        self.last_export = path
