"""Reading the screen: panes that fit, one set of words, what a narrow screen hides, help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.app import ChurnApp
from tui.app.commands import ACTIONS
from tui.app.screens.event import EventScreen
from tui.app.screens.help import HELP, HelpScreen
from tui.app.widgets.table_pane import TablePane
from tui.store import Filters, Reader

from tests.app_helpers import pane_keys, screen_text, settle, settle_screen, wait_until


@pytest.fixture
def reader(seed_db: Path):
    r = Reader(seed_db)
    yield r
    r.close()


@pytest.mark.parametrize("size", [(120, 32), (160, 48)])
async def test_every_pane_fits_its_width(reader: Reader, size: tuple[int, int]) -> None:
    """No table scrolls sideways: cut values end in …; a cut value never has blank room beside it."""
    from tui.app.widgets.row_table import RowTable

    app = ChurnApp(reader)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for pane_id in ("companies", "people", "feed"):
            table = app.query_one(f"#{pane_id}", TablePane).query_one(RowTable)
            room = table.scrollable_content_region.width
            assert table._line_width <= room, pane_id
            assert table._header.split()[-1] in ("src", "trend"), pane_id
            lines = [table._line(row) for row in range(table.row_count)]
            if any("…" in line for line in lines):
                assert room - table._line_width <= 0, pane_id
        people_header = next(line for line in screen_text(app).splitlines() if "person" in line and "last" in line)
        assert "src" in people_header


async def test_the_screen_says_leaving_and_poach_try_never_the_stored_values(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "5")
        await settle(app, pilot)
        bar = screen_text(app).splitlines()[0]
        assert "leaving" in bar and "poach try" in bar
        app._apply(Filters(person="陈炜鹏"))
        await settle(app, pilot)
        pending = next(k for k in pane_keys(app, "feed") if reader.event(k)["event"] == "pending")
        app.push_screen(EventScreen(reader, pending))
        await settle_screen(pilot, EventScreen)
        shown = screen_text(app)
        assert reader.event(pending)["conflict_note"] and "⚠" in shown
        for stored in ("pending", "poach_attempt"):
            assert not re.search(rf"\b{stored}\b", shown), stored
    for name, _action, help_text in ACTIONS:  # the palette speaks the same words
        assert not re.search(r"\bpending\b|poach_attempt", f"{name} {help_text}"), name


async def test_a_narrow_screen_says_what_is_hidden_and_keeps_help_in_reach(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        lines = screen_text(app).splitlines()
        assert "tab companies, people" in lines[-2] and "~ report's month" in lines[-2]
        assert "? Help" in lines[-1]
        await pilot.press("tab")
        await wait_until(pilot, lambda: not app.query_one("#side").has_class("-hidden"), "the side panes")
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        await pilot.pause()
        scroller = app.screen.query_one("#help")
        assert scroller.max_scroll_y > 0  # more than fits at 80×24: it scrolls
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: scroller.scroll_y > 0, "the help scrolled")


async def test_a_wide_screen_has_the_legend_and_no_tab_hint(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        hint = screen_text(app).splitlines()[-2]
        assert "tab companies" not in hint
        for mark in ("~", "⚠", "src", "trend", "? every key"):
            assert mark in hint


def test_help_lists_every_key_and_every_mark() -> None:
    names = {"greater_than_sign": ">", "less_than_sign": "<"}
    for binding in ChurnApp.BINDINGS:
        key = binding.key_display or names.get(binding.key, binding.key.split(",")[0])
        shown = "1`–`5" if key in "12345" else key  # the event keys are listed as a range
        assert f"`{shown}`" in HELP, binding.key
    for mark in ("`2025-06~`", "`⚠`", "`src`", "`trend`", "`leaving`", "`poach try`"):
        assert mark in HELP


async def test_the_trend_runs_up_to_the_month_in_view(reader: Reader) -> None:
    from tui.months import single

    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        first = reader.months()[0]
        app._apply(Filters(months=single(first)))
        await settle(app, pilot)
        pane = app.query_one("#companies", TablePane)
        trends = [pane.page.line(i).split()[-1] for i in range(pane.page.height)]
        assert trends and all(t in ("█", "·") for t in trends) and "█" in trends  # one slot: the month shown
