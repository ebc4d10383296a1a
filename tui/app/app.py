"""The explorer: companies, people and the departure feed under one filter, driven by keys.

All questions go to the store's Reader in thread workers; the newest request wins (exclusive
workers plus a sequence number), and only message handlers touch widgets.
"""

from __future__ import annotations

import gc
import time
from collections import OrderedDict

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.app.commands import ChurnCommands
from tui.app.formatting import EVENT_KEYS
from tui.app.views import companies_page, feed_page, people_page
from tui.app.messages import FeedLoaded, LoadFailed, MonthsLoaded, PanesLoaded
from tui.app.month_keys import MonthKeys
from tui.app.take_out import TakeOut
from tui.app.widgets.filter_bar import FilterBar
from tui.app.widgets.hint_line import HintLine
from tui.app.widgets.table_pane import TablePane
from tui.inert_text import inert, inert_block
from tui.store import FEED_SORTS, Filters, Reader

PAGE = 500
NARROW = 110
SORT_COLUMNS = ["month", "person", "company", "role", "event", "destination", "sources"]


class ChurnApp(MonthKeys, TakeOut, App[None]):
    TITLE = "churn-tui"
    CSS_PATH = "app.tcss"
    AUTO_FOCUS = None  # the feed takes focus once it has rows
    COMMANDS = App.COMMANDS | {ChurnCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        # second, so that a narrow footer, which drops what does not fit, keeps it
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("left_square_bracket", "month_step(-1)", "◀ Month", key_display="["),
        Binding("right_square_bracket", "month_step(1)", "Month ▶", key_display="]"),
        Binding("m", "month_prompt", "Month…"),
        Binding("w", "widen", "Widen", show=False),
        Binding("u", "clear_month", "All months", show=False),
        # a priority binding runs as the key arrives: the keys typed (or pasted) right after it
        # then reach the search box, not the table that had the focus
        Binding("slash", "text_filter", "Search", key_display="/", priority=True),
        Binding("1", "toggle_event('1')", "Departed", show=False),
        Binding("2", "toggle_event('2')", "Leaving", show=False),
        Binding("3", "toggle_event('3')", "Sidelined", show=False),
        Binding("4", "toggle_event('4')", "Joined", show=False),
        Binding("5", "toggle_event('5')", "Poach", show=False),
        Binding("x", "clear_filters", "Clear"),
        Binding("c", "copy_quote(False)", "Copy"),
        Binding("C", "copy_quote(True)", "Cite", show=False),
        Binding("s", "sort_next", "Sort", show=False),
        Binding("S", "sort_reverse", "Reverse", show=False),
        Binding("greater_than_sign", "page(1)", "Next page", show=False),
        Binding("less_than_sign", "page(-1)", "Prev page", show=False),
        Binding("e", "export('csv')", "Export", show=False),
        Binding("r", "refresh_data", "Refresh", show=False),
        Binding("t", "toggle_theme", "Theme", show=False),
        Binding("tab", "pane(1)", "Next pane", show=False, priority=True),
        Binding("shift+tab", "pane(-1)", "Prev pane", show=False, priority=True),
    ]

    # actions that act on the main screen's filter or feed; other screens hide them
    MAIN_ONLY = frozenset(
        {"month_step", "month_prompt", "widen", "clear_month", "text_filter", "toggle_event", "clear_filters",
         "sort_next", "sort_reverse", "page", "export", "pane"}
    )

    def __init__(self, reader: Reader, *, prefetch: bool = True) -> None:
        super().__init__()
        self.reader = reader
        # Feed pages of the months next to the one shown, fetched while the user reads, so that
        # [ and ] are answered without asking the store. Cleared when the data is refreshed.
        self.prefetch = prefetch
        self._pages: OrderedDict[tuple, FeedLoaded] = OrderedDict()
        self._pages_generation = 0  # bumped on refresh: a prefetch begun before it is not kept
        self._pages_state = reader.store_state()  # the store's files when the pages were kept
        self._refresh_seq = -1  # the question `r` asked: its answer says "Refreshed"
        self.filters = Filters()
        self.months: list[str] = []
        self._months_under: dict[Filters, list[str]] = {}
        self.sort = "month"
        self.descending = True
        self.offset = 0
        self.total: int | None = None
        self.shown: Filters | None = None  # the filter whose results are on screen
        self.shown_at = 0.0  # perf_counter when they were put there
        self._seq = 0
        self._shown_seq = -1
        self._panes_seq = -1
        self._search_timer: Timer | None = None
        self._search_pending = False  # typed text waiting for the pause that sends it

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None, markup: bool = False) -> None:
        """Every message is plain text: quotes, names, paths and typed input carry brackets that
        Textual's markup would parse (``[/]`` raises, ``[@click=…]`` becomes an action). Screens'
        notify calls come through here too."""
        super().notify(inert_block(message), title=inert(title), severity=severity, timeout=timeout, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.MAIN_ONLY and self.screen is not self.screen_stack[0]:
            return False if action != "pane" else True
        if action == "text_filter" and isinstance(self.focused, Input):
            return False  # a / typed into the search is text
        return True

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield FilterBar(id="filters")
        with Horizontal(id="main"):
            with Vertical(id="side"):
                yield TablePane("Companies", id="companies")
                yield TablePane("People", id="people")
            with Vertical(id="feed-box"):
                yield TablePane("Feed", id="feed")
        yield HintLine(id="hint")
        yield Input(placeholder="search: any spelling of a person or company, role, quote…  p:NAME people only, c:NAME companies only", id="search", disabled=True)
        yield Footer()

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self._layout_for(self.size.width)
        self.load_months()
        self.reload()

    def on_resize(self, event) -> None:
        self._layout_for(event.size.width)

    def _layout_for(self, width: int, active: str | None = None) -> None:
        narrow = width < NARROW
        self.screen_stack[0].set_class(narrow, "-narrow")
        self.query_one(HintLine).show(narrow)
        if narrow:
            feed_active = (active or self._active_pane_id()) == "feed"
            self.query_one("#side").set_class(feed_active, "-hidden")
            self.query_one("#feed-box").set_class(not feed_active, "-hidden")
        else:
            self.query_one("#side").remove_class("-hidden")
            self.query_one("#feed-box").remove_class("-hidden")

    def _active_pane_id(self) -> str:
        focused = self.focused
        while focused is not None:
            if isinstance(focused, TablePane):
                return focused.id or "feed"
            focused = focused.parent
        return getattr(self, "_pane", "feed")

    def action_pane(self, direction: int) -> None:
        if self.screen is not self.screen_stack[0]:
            self.screen.focus_next() if direction > 0 else self.screen.focus_previous()
            return
        order = ["companies", "people", "feed"]
        current = self._active_pane_id()
        self._pane = order[(order.index(current) + direction) % len(order)] if current in order else "feed"
        self._layout_for(self.size.width, self._pane)
        pane = self.query_one(f"#{self._pane}", TablePane)
        if not pane.focus_table():
            pane.focus()

    @property
    def feed_current(self) -> bool:
        """The feed shows the answer to the newest question (the side panes may still be loading)."""
        return self._shown_seq == self._seq

    @property
    def up_to_date(self) -> bool:
        """The screen shows the answer to the newest question (tests and benchmarks wait on it)."""
        return (
            self._shown_seq == self._panes_seq == self._seq
            and not self._search_pending
            and not any(w.is_running for w in self.workers)
        )

    # -- loading ---------------------------------------------------------------------------
    def reload(self, *, keep_offset: bool = False) -> None:
        if not keep_offset:
            self.offset = 0
        if self.reader.store_state() != self._pages_state:  # an ingest wrote meanwhile
            self._drop_pages()
            self.load_months()
        self._seq += 1
        self.query_one(FilterBar).show(self.filters, None, self.sort, self.descending)
        key = (self.filters, self.sort, self.descending, self.offset)
        cached = self._pages.get(key)
        if cached is None:
            self.load_view(self._seq, self.filters, self.sort, self.descending, self.offset)
            return
        self._pages.move_to_end(key)
        self.post_message(FeedLoaded(self._seq, cached.filters, cached.page, cached.feed_total, cached.offset))
        # the side panes' queries would compete with painting the feed for the two cores: after it
        args = (self._seq, self.filters, self.sort, self.descending, self.offset, cached)
        self.call_after_refresh(lambda: self.load_view(*args) if args[0] == self._seq else None)

    def _feed_message(self, seq: int, f: Filters, sort: str, descending: bool, offset: int) -> FeedLoaded:
        feed = self.reader.feed(f, sort=sort, descending=descending, limit=PAGE, offset=offset)
        known = None if feed.height >= PAGE or offset else feed.height
        return FeedLoaded(seq, f, feed_page(feed), known, offset)

    @work(thread=True, exclusive=True, group="view", exit_on_error=False)
    def load_view(self, seq: int, f: Filters, sort: str, descending: bool, offset: int, shown: FeedLoaded | None = None) -> None:
        # The feed answers the keypress, so it is posted as soon as it exists; the count and the
        # side panes follow in a second message. A newer request cancels this worker between steps.
        worker = get_current_worker()
        try:
            if shown is None:  # not prefetched: ask the store
                shown = self._feed_message(seq, f, sort, descending, offset)
                if worker.is_cancelled:
                    return
                self.post_message(shown)
            known = shown.feed_total
            total = known if known is not None else self.reader.feed_count(f)
            if worker.is_cancelled:
                return
            # the trend's months: asked here when the first screen comes before the months' own answer
            every_month = self.months or self.reader.months()
            # the trend runs up to the month in view, not past it into months the filter leaves out
            upto = [m for m in every_month if f.months is None or m <= f.months.last]
            companies = companies_page(self.reader.companies(f.without("company")), upto)
            if worker.is_cancelled:
                return
            people = people_page(self.reader.people(f.without("person"), limit=2000))
            under = f.without("months")
            if under not in self._months_under:  # for [ and ] under this filter
                self.post_message(MonthsLoaded(self.reader.months(under), under))
        except Exception as exc:  # every failure reaches the screen, or it would say "Loading…" for ever
            self.post_message(LoadFailed("events", str(exc)))
            return
        if not worker.is_cancelled:
            self.post_message(PanesLoaded(seq, f, total, companies, people))

    @work(thread=True, exclusive=True, group="prefetch", exit_on_error=False)
    def prefetch_pages(self, wanted: list[tuple[Filters, str, bool, int]], generation: int) -> None:
        worker = get_current_worker()
        for f, sort, descending, offset in wanted:
            if worker.is_cancelled:
                return
            try:
                message = self._feed_message(-1, f, sort, descending, offset)
            except Exception:
                return  # a prefetch is only a guess: the real request will say what is wrong
            self.call_from_thread(self._keep_page, message, sort, descending, generation)

    def _keep_page(self, message: FeedLoaded, sort: str, descending: bool, generation: int) -> None:
        if generation != self._pages_generation or self.reader.store_state() != self._pages_state:
            return  # fetched before a refresh or an ingest: it may not show what the database now holds
        self._pages[(message.filters, sort, descending, message.offset)] = message
        while len(self._pages) > 12:
            self._pages.popitem(last=False)

    def _prefetch_neighbours(self) -> None:
        wanted = []
        for direction in (-1, 1):
            f = self._stepped(direction)
            if f is not None and (f, self.sort, self.descending, 0) not in self._pages:
                wanted.append((f, self.sort, self.descending, 0))
        if wanted:
            self.prefetch_pages(wanted, self._pages_generation)

    @on(LoadFailed)
    def _failed(self, message: LoadFailed) -> None:
        gc.enable()  # the first screen may never be complete: the collector is not left off
        self.notify(message.reason, title=f"Cannot load {message.what}", severity="error", timeout=8)
        for pane in self.query(TablePane):
            if pane.page.height == 0:  # still "Loading…": say why it never will
                pane.show(pane.page, empty=f"Cannot load {message.what}: {message.reason}")

    @on(FeedLoaded)
    def _feed_loaded(self, message: FeedLoaded) -> None:
        if message.seq != self._seq:
            return  # an older answer overtaken by a newer question
        self.total = message.feed_total
        # The filter bar said what was asked at the keypress and gets the count with the side
        # panes: a frame that changes only the feed repaints only the feed's part of the screen.
        self._show_feed(message)
        self.shown = message.filters
        self._shown_seq = message.seq
        self.shown_at = time.perf_counter()
        if self.focused is None:
            self.call_after_refresh(self.query_one("#feed", TablePane).focus_table)

    @on(PanesLoaded)
    def _panes_loaded(self, message: PanesLoaded) -> None:
        if message.seq != self._seq:
            return
        self.total = message.feed_total
        companies = self.query_one("#companies", TablePane)
        companies.show(message.companies, empty="No companies under this filter.", keep=self.filters.company or companies.current_key)
        people = self.query_one("#people", TablePane)
        people.show(message.people, empty="No people under this filter.", keep=self.filters.person or people.current_key)
        self.query_one(FilterBar).show(message.filters, message.feed_total, self.sort, self.descending)
        feed = self.query_one("#feed", TablePane)
        feed.border_subtitle = self._feed_subtitle(feed.page.height, message.feed_total)
        if self._panes_seq < 0:
            # Everything made up to the first full screen (Textual, Polars, DuckDB, the widgets and
            # their caches) lives as long as the app; frozen, a full collection no longer walks it:
            # 50–90 ms pauses in a keypress without it.
            gc.freeze()
            gc.enable()  # off while the app starts, when launched from the command line
        self._panes_seq = message.seq
        if message.seq == self._refresh_seq:
            self.notify(f"Refreshed from the database: {message.feed_total:,} events under this filter.", timeout=3)
        if self.prefetch:
            self._prefetch_neighbours()

    def _empty_text(self, f: Filters) -> str:
        if f.is_empty:
            return f"No events yet. Add articles with:  churn-tui ingest --db {self.reader.target} PATH…  then press r."
        described = "  ".join(f"{k}: {v}" for k, v in f.describe())
        return f"No events match  {described}.\nPress x to clear the filters, u for every month."

    def _feed_subtitle(self, height: int, total: int | None) -> str:
        if not height:
            return ""
        first, last = self.offset + 1, self.offset + height
        if total is None:
            return f"{first:,}–{last:,} of …"
        return f"{first:,}–{last:,} of {total:,}" + ("  > next page" if last < total else "")

    def _show_feed(self, m: FeedLoaded) -> None:
        pane = self.query_one("#feed", TablePane)
        subtitle = self._feed_subtitle(m.page.height, m.feed_total)
        pane.show(m.page, empty=self._empty_text(m.filters), keep=pane.current_key, subtitle=subtitle)

    # -- selection narrows -----------------------------------------------------------------
    @on(TablePane.Chosen)
    def _chosen(self, message: TablePane.Chosen) -> None:
        pane_id = message.pane.id
        if pane_id == "companies":
            company = None if self.filters.company == message.key else message.key
            self._apply(Filters(self.filters.months, company, None, self.filters.events, self.filters.text))
            self.notify(f"Company: {company}" if company else "Every company", timeout=2)
        elif pane_id == "people":
            from tui.app.screens.person import PersonScreen

            self.push_screen(PersonScreen(self.reader, message.key))
        elif pane_id == "feed":
            from tui.app.screens.event import EventScreen

            self.push_screen(EventScreen(self.reader, message.key))

    @on(TablePane.SortRequested)
    def _sort_clicked(self, message: TablePane.SortRequested) -> None:
        if message.pane.id != "feed" or message.column >= len(SORT_COLUMNS):
            return
        column = SORT_COLUMNS[message.column]
        self.descending = not self.descending if column == self.sort else column in ("month", "sources")
        self.sort = column
        self.reload()

    def _apply(self, filters: Filters) -> None:
        self.filters = filters
        self.reload()

    # -- other filters ---------------------------------------------------------------------
    def action_text_filter(self) -> None:
        box = self.query_one("#search", Input)
        box.disabled = False
        box.add_class("-open")
        box.value = self.filters.text
        # focused now, not after the queued messages: what is typed (or pasted) right after / is
        # the search, not keys for the main screen
        self.screen.set_focus(box)

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        text = event.value
        # a short pause lets a fast typist finish a word before the store is asked
        self._search_pending = True
        self._search_timer = self.set_timer(0.05, lambda: self._apply_text(text))

    def _apply_text(self, text: str) -> None:
        self._search_pending = False
        if text != self.filters.text:
            self._apply(Filters(self.filters.months, self.filters.company, self.filters.person, self.filters.events, text))

    @on(Input.Submitted, "#search")
    def _search_done(self, event: Input.Submitted) -> None:
        self._apply_text(event.value)
        self._close_search()

    def _close_search(self) -> None:
        box = self.query_one("#search", Input)
        box.remove_class("-open")
        box.disabled = True
        self.query_one("#feed", TablePane).focus_table()

    def on_key(self, event) -> None:
        box = self.query_one("#search", Input)
        if event.key == "escape" and box.has_focus:
            event.stop()
            box.value = ""
            self._apply_text("")
            self._close_search()

    def action_toggle_event(self, key: str) -> None:
        kind = EVENT_KEYS[key]
        events = set(self.filters.events)
        events.symmetric_difference_update({kind})
        self._apply(Filters(self.filters.months, self.filters.company, self.filters.person, frozenset(events), self.filters.text))

    def action_clear_filters(self) -> None:
        self.query_one("#search", Input).value = ""
        self._apply(Filters())

    # -- sort and pages --------------------------------------------------------------------
    def action_sort_next(self) -> None:
        self.sort = SORT_COLUMNS[(SORT_COLUMNS.index(self.sort) + 1) % len(SORT_COLUMNS)] if self.sort in SORT_COLUMNS else "month"
        assert self.sort in FEED_SORTS
        self.descending = self.sort in ("month", "sources")
        self.reload()
        self.notify(f"Feed sorted by {self.sort}", timeout=2)

    def action_sort_reverse(self) -> None:
        self.descending = not self.descending
        self.reload()

    def action_page(self, direction: int) -> None:
        total = self.total or 0
        new = self.offset + direction * PAGE
        if new < 0 or new >= max(total, 1):
            return
        self.offset = new
        self.reload(keep_offset=True)

    # -- the rest --------------------------------------------------------------------------
    def action_refresh_data(self) -> None:
        self.reader.reopen()
        self._drop_pages()
        self.load_months()
        self.reload(keep_offset=True)
        self._refresh_seq = self._seq  # said once its answer is on screen; a failure says why not

    def _drop_pages(self) -> None:
        """Forget the pages kept: the store may hold other facts now."""
        self._pages.clear()
        self._months_under.clear()
        self._pages_generation += 1
        self._pages_state = self.reader.store_state()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        self.push_screen(HelpScreen())


def run(db: str) -> None:
    """Open the explorer on ``db``; the connection is let go when idle so ingest can write."""
    reader = Reader(db, release_after=2.0)
    try:
        ChurnApp(reader).run()
    finally:
        gc.enable()  # in case the app ended before its first full screen
        reader.close()
