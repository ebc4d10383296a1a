"""Drill-down: one event with every source quote inside its paragraph, the article's metadata,
and conflicting reports side by side. `o` opens the whole article at the quote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.app.clipboard import best_source, citation, copy_text
from tui.app.formatting import EVENT_LABELS, in_screen_words, month_cell
from tui.inert_text import inert, inert_block, shown_path
from tui.store import Reader


def paragraph_around(text: str, start: int, end: int, limit: int = 600) -> tuple[str, int, int]:
    """The paragraph holding text[start:end], and the quote's offsets inside it."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    if p_end - p_start > limit:  # a wall of text: keep a window around the quote
        p_start = max(p_start, start - limit // 2)
        p_end = min(p_end, end + limit // 2)
    return text[p_start:p_end], start - p_start, end - p_start


@dataclass
class EventLoaded(Message):
    event: dict[str, Any] | None
    sources: list[dict[str, Any]]
    claims: list[dict[str, Any]]


class SourceCard(Static):
    def __init__(self, source: dict[str, Any], index: int) -> None:
        super().__init__(classes="source")
        self.source = source
        self.index = index

    def on_mount(self) -> None:
        s = self.source
        body = Text()
        body.append(inert(s.get("title") or Path(str(s.get("file"))).name), style="bold")
        body.append("\n")
        published = s.get("published")
        meta = [
            published.isoformat() if isinstance(published, date) else (str(published) if published else "undated"),
            f"({s['published_source']})" if s.get("published_source") not in (None, "front_matter", "html_meta") else "",
            s.get("author") or "",
            s.get("url") or "",
        ]
        body.append(inert("  ".join(m for m in meta if m)), style="dim")
        body.append("\n")
        body.append(shown_path(s.get("file")), style="dim italic")
        if s.get("file_missing"):
            body.append("  (file no longer there; showing the stored copy)", style="yellow")
        body.append("\n\n")
        context = s.get("context")
        if context is None:
            body.append("The article text is not in the database; the quote alone:\n", style="yellow")
            body.append(inert_block(s["quote"]), style="bold reverse")
        else:
            para, qs, qe = context
            body.append(inert_block(para[:qs]))
            body.append(inert_block(para[qs:qe]), style="bold reverse")
            body.append(inert_block(para[qe:]))
        self.update(body)


class EventScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,backspace", "app.pop_screen", "Back"),
        Binding("j,down", "select(1)", "Next source", show=False),
        Binding("k,up", "select(-1)", "Prev source", show=False),
        Binding("c", "copy(False)", "Copy quote"),
        Binding("C", "copy(True)", "Copy citation"),
        Binding("o", "open_article", "Open article"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    def __init__(self, reader: Reader, event_id: str) -> None:
        super().__init__()
        self.reader = reader
        self.event_id = event_id
        self.sources: list[dict[str, Any]] = []
        self.selected = 0
        self.loaded = False  # the event and its sources are on screen (tests wait on it)

    def compose(self) -> ComposeResult:
        with Vertical(id="event"):
            yield Static("Loading…", id="event-head")
            yield VerticalScroll(id="event-sources")
            yield Horizontal(id="event-claims")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="event", exit_on_error=False)
    def load(self) -> None:
        try:
            event = self.reader.event(self.event_id)
            sources = self.reader.sources(self.event_id) if event else []
            for s in sources:
                article = self.reader.article(s["article_id"])
                text = article.get("text") if article else None
                s["context"] = paragraph_around(text, s["start"], s["end"]) if text else None
                s["file_missing"] = not Path(str(s["file"])).exists()
                s["text"] = text
                s["body_start"] = article.get("body_start") or 0 if article else 0
            claims = self.reader.claims(event["person"], event["company"]) if event and event.get("conflict") else []
        except Exception as exc:  # any failure is said: the screen never stays on "Loading…"
            self.app.call_from_thread(self.app.notify, str(exc), severity="error", title="Cannot read the database")
            return
        self.post_message(EventLoaded(event, sources, claims))

    @on(EventLoaded)
    async def _loaded(self, message: EventLoaded) -> None:
        head = self.query_one("#event-head", Static)
        e = message.event
        if e is None:
            head.update(Text("This event is no longer in the database (refresh the main screen with r).", style="yellow"))
            self.loaded = True
            return
        line = Text()
        line.append(inert(e["person"]), style="bold")
        line.append(f"  {EVENT_LABELS.get(e['event'], e['event'])}  ")
        line.append(inert(e["company"]), style="bold")
        month = month_cell(e.get("month") or e.get("feed_month"), e.get("month_precision"))
        line.append(f"   {month}", style="cyan")
        if e.get("month_precision") in (None, "report"):
            line.append(" (report month)" if e.get("month") is None or e.get("month_precision") == "report" else "", style="dim")
        if e.get("role"):
            line.append(f"   role: {inert(e['role'])}")
        if e.get("destination"):
            line.append(f"   → {inert(e['destination'])}")
        n = e.get("sources") or len(message.sources)
        line.append(f"   {n} source{'s' if n != 1 else ''}", style="dim")
        if e.get("conflict"):
            line.append(f"\n⚠ {inert(in_screen_words(e.get('conflict_note') or 'reports disagree'))}", style="bold yellow")
        head.update(line)
        self.sources = message.sources
        self.selected = best_source(self.sources, e["person"])  # the sentence about this person alone first
        box = self.query_one("#event-sources", VerticalScroll)
        await box.remove_children()
        await box.mount_all(SourceCard(s, i) for i, s in enumerate(self.sources))
        self._mark()
        claims_box = self.query_one("#event-claims", Horizontal)
        await claims_box.remove_children()
        if message.claims:
            await claims_box.mount_all(Static(_claim_text(c), classes="claim") for c in message.claims)
            claims_box.display = True
        else:
            claims_box.display = False
        self.loaded = True

    def _mark(self) -> None:
        for card in self.query(SourceCard):
            card.set_class(card.index == self.selected, "-selected")
            if card.index == self.selected:
                card.scroll_visible()

    def action_select(self, step: int) -> None:
        if self.sources:
            self.selected = (self.selected + step) % len(self.sources)
            self._mark()

    def action_copy(self, as_citation: bool) -> None:
        if not self.sources:
            self.notify("Nothing to copy yet.", severity="warning")
            return
        source = self.sources[self.selected]
        copy_text(self.app, citation(source) if as_citation else source["quote"], "Citation" if as_citation else "Quote")

    def action_open_article(self) -> None:
        if not self.sources:
            return
        source = self.sources[self.selected]
        if not source.get("text"):
            self.notify("The article text is not in the database.", severity="warning")
            return
        from tui.app.screens.article import ArticleScreen

        self.app.push_screen(ArticleScreen(source))


def _claim_text(c: dict[str, Any]) -> Text:
    t = Text()
    published = c.get("published")
    t.append(f"{EVENT_LABELS.get(c['event'], c['event'])}", style="bold")
    t.append(f"  {c.get('month') or '?'}  ")
    t.append(published.isoformat() if isinstance(published, date) else str(published or ""), style="dim")
    t.append("\n")
    t.append(inert(c.get("title") or c.get("file")), style="italic")
    if c.get("destination"):
        t.append(f"\n→ {inert(c['destination'])}")
    t.append("\n")
    t.append(inert_block(c["quote"]))
    return t
