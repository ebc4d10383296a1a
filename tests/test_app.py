"""The explorer driven by Textual's Pilot on real databases built by the real pipeline."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import polars as pl
import pytest
from textual.command import CommandPalette

from tui.app import ChurnApp
from tui.app.screens.article import ArticleScreen
from tui.app.screens.event import EventScreen
from tui.app.screens.help import HelpScreen
from tui.app.screens.person import PersonScreen
from tui.app.screens.prompt import Prompt
from tui.app.widgets.table_pane import TablePane
from tui.ingest import ingest
from tui.months import single
from tui.store import Filters, Reader, open_database

from tests.app_helpers import pane_keys, screen_text, settle, settle_screen, type_text, wait_until


async def move_to(app, pilot, pane_id: str, key) -> None:
    pane = app.query_one(f"#{pane_id}", TablePane)
    pane.focus_table()
    await wait_until(pilot, lambda: pane.table is not None and pane.table.has_focus, f"the {pane_id} table focused")
    pane.table.move_cursor(row=pane.keys.index(key))
    await wait_until(pilot, lambda: pane.current_key == key, f"the cursor on {key}")


@pytest.fixture
def reader(seed_db: Path):
    r = Reader(seed_db)
    yield r
    r.close()


async def test_first_screen_shows_the_whole_record(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.total == reader.feed_count(Filters()) > 0
        assert len(pane_keys(app, "feed")) == app.total
        assert "百川智能" in pane_keys(app, "companies")
        assert "明超平" in pane_keys(app, "people")
        assert isinstance(app.focused.parent, TablePane)


async def test_the_collector_is_on_again_after_the_first_screen(reader: Reader) -> None:
    """`churn-tui` starts the app with the collector off (tui.cli._launch): the first full screen
    must turn it back on, or a long session would never free a cycle."""
    gc.disable()
    try:
        app = ChurnApp(reader)
        async with app.run_test(size=(160, 48)) as pilot:
            await settle(app, pilot)
            assert gc.isenabled()
    finally:
        gc.enable()


async def test_month_keys_step_over_months_without_events(reader: Reader) -> None:
    months = reader.months()
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert app.shown.months == single(months[-1])
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert app.shown.months == single(months[-2])  # 2025-05 has no events: skipped
        assert app.total == reader.feed_count(Filters(single(months[-2])))
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert app.shown.months == single(months[-1])
        await pilot.press("right_square_bracket")  # nothing later: stays
        await settle(app, pilot)
        assert app.shown.months == single(months[-1])


@pytest.mark.parametrize("search", ["Moonshot", "c:月之暗面"])
async def test_month_keys_step_to_months_with_events_under_the_filter(reader: Reader, search: str) -> None:
    under = reader.months(Filters(text=search))
    assert under and len(under) < len(reader.months())  # months without its events lie between
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, search)
        await pilot.press("enter")
        await settle(app, pilot)
        visited = []
        for _ in range(len(under) + 1):  # one more than there are: the last press says so and stays
            await pilot.press("left_square_bracket")
            await settle(app, pilot)
            assert app.total and app.total > 0
            visited.append(app.shown.months.first)
        assert visited == under[::-1] + [under[0]]
        for _ in under[1:]:
            await pilot.press("right_square_bracket")
            await settle(app, pilot)
            assert app.total and app.total > 0
        assert app.shown.months.first == under[-1]


async def test_a_month_key_pressed_at_once_waits_for_the_months_of_a_new_filter(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        app._apply(Filters(company="智谱"))
        await pilot.press("left_square_bracket")  # before the months under 智谱 are known
        await settle(app, pilot)
        await wait_until(pilot, lambda: app.shown.months is not None, "a month shown")
        await settle(app, pilot)
        assert app.shown.months == single(reader.months(Filters(company="智谱"))[-1]) and app.total > 0


async def test_a_month_typed_without_a_year_is_the_latest_with_events(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        app._apply(Filters(months=single("2025-01")))
        await settle(app, pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: app.screen.query("#prompt-input"), "the month prompt")
        await pilot.press("ctrl+u", *"12月", "enter")  # viewing 2025-01: not the empty 2025-12
        await settle(app, pilot)
        assert app.shown.months == single("2024-12") and app.total > 0


async def test_a_bad_month_keeps_the_prompt_open_with_the_reason(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, Prompt), "the month prompt")
        await type_text(pilot, "13月")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen.error != "", "the reason under the prompt")
        assert isinstance(app.screen, Prompt) and "no month 13" in app.screen.error
        assert "no month 13" in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace", *"2025-06", "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, Prompt) and app.shown.months == single("2025-06")


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [("2025-06", "2025-06", "2025-06"), ("2025-1", "2025-01", "2025-01"), ("6月", "2025-06", "2025-06"), ("2025Q2", "2025-04", "2025-06"), ("2024", "2024-01", "2024-12")],
)
async def test_typing_a_month(reader: Reader, typed: str, first: str, last: str) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, Prompt), "the month prompt")
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(app, pilot)
        assert (app.shown.months.first, app.shown.months.last) == (first, last)


async def test_widen_to_quarter_then_year_then_clear(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("left_square_bracket", "w")
        await settle(app, pilot)
        assert app.shown.months.label == "2025Q2"
        await pilot.press("w")
        await settle(app, pilot)
        assert app.shown.months.label == "2025"
        await pilot.press("u")
        await settle(app, pilot)
        assert app.shown.months is None


async def test_text_filter_as_you_type_and_escape_clears(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "明超平")
        await settle(app, pilot)
        assert app.shown.text == "明超平"
        assert app.total == 1
        assert [reader.event(k)["person"] for k in pane_keys(app, "feed")] == ["明超平"]
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.shown.text == "" and app.total == reader.feed_count(Filters())


@pytest.mark.parametrize(("typed", "company"), [("Moonshot", "月之暗面"), ("Kimi", "月之暗面"), ("c:Baichuan", "百川智能"), ("c:智譜", "智谱")])
async def test_search_finds_a_company_by_any_spelling(reader: Reader, typed: str, company: str) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(app, pilot)
        shown = {reader.event(k)["company"] for k in pane_keys(app, "feed")}
        assert company in shown and (shown == {company} or not typed.startswith("c:"))
        assert pane_keys(app, "companies")[0] == company
        assert "No events match" not in screen_text(app)


async def test_keys_typed_at_once_after_slash_are_the_search(reader: Reader) -> None:
    """A fast typist (or a paste) sends / and the word in one burst: none of it may reach the
    main screen's keys (m would open the month prompt, s would sort)."""
    from textual import events

    app = ChurnApp(reader)
    async with app.run_test(size=(120, 32)) as pilot:
        await settle(app, pilot)
        for key, char in [("slash", "/"), *[(c, c) for c in "Moonshot"], ("slash", "/"), ("enter", "\r")]:
            app._driver.send_message(events.Key(key, char))  # queued together, as a terminal delivers them
        await settle(app, pilot)
        assert app.shown.text == "Moonshot/" and app.sort == "month"
        assert app.screen is app.screen_stack[0]


async def test_p_searches_people_alone_in_traditional_too(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "p:張帆")
        await pilot.press("enter")
        await settle(app, pilot)
        assert {reader.event(k)["person"] for k in pane_keys(app, "feed")} == {"张帆"}
        assert pane_keys(app, "people") == ["张帆"]


async def test_choosing_a_company_narrows_people_and_feed(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await move_to(app, pilot, "companies", "智谱")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.shown.company == "智谱"
        assert app.total == reader.feed_count(Filters(company="智谱"))
        assert {reader.event(k)["company"] for k in pane_keys(app, "feed")} == {"智谱"}
        assert set(pane_keys(app, "people")) == {"张阔", "曲滕", "张帆"}
        assert "智谱" in str(app.query_one("#filters").render())
        await pilot.press("x")
        await settle(app, pilot)
        assert app.shown == Filters()


async def test_event_type_toggle(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("4")  # joins only
        await settle(app, pilot)
        assert {reader.event(k)["event"] for k in pane_keys(app, "feed")} == {"joined"}
        await pilot.press("4")
        await settle(app, pilot)
        assert app.shown.events == frozenset()


async def test_person_timeline_and_drill_down_from_it(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await move_to(app, pilot, "people", "段楠")
        await pilot.press("enter")
        await settle_screen(pilot, PersonScreen)
        assert isinstance(app.screen, PersonScreen)
        timeline = app.screen.query_one("#timeline", TablePane)
        assert {reader.event(k)["company"] for k in timeline.keys} == {"阶跃星辰", "京东"}
        await pilot.press("enter")
        await settle_screen(pilot, EventScreen)
        assert isinstance(app.screen, EventScreen)


async def test_drill_down_copy_quote_and_citation(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "明超平")
        await pilot.press("enter")
        await settle(app, pilot)
        event_id = pane_keys(app, "feed")[0]
        (source,) = reader.sources(event_id)
        await pilot.press("c")  # from the feed
        await settle(app, pilot)
        assert app.clipboard == source["quote"] == "前月之暗面核心产品负责人明超平更是正式离职"
        await pilot.press("enter")
        await settle_screen(pilot, EventScreen)
        assert isinstance(app.screen, EventScreen)
        await pilot.press("C")
        await wait_until(pilot, lambda: app.clipboard.startswith("「"), "the citation copied")
        assert app.clipboard.startswith(f"「{source['quote']}」 — ") and source["title"] in app.clipboard
        await pilot.press("o")
        await settle_screen(pilot, ArticleScreen)
        assert isinstance(app.screen, ArticleScreen)
        # the quote selected, whichever lines it was wrapped over
        assert app.screen.query_one("#article-text").selected_text.replace("\n", "") == source["quote"]
        assert "title:" not in app.screen.query_one("#article-text").text  # front matter hidden
        await pilot.press("escape", "escape")
        await wait_until(pilot, lambda: app.screen is app.screen_stack[0], "back on the main screen")


async def test_conflicting_reports_are_shown_side_by_side(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        pending = next(k for k in pane_keys(app, "feed") if reader.event(k)["event"] == "pending")
        await move_to(app, pilot, "feed", pending)
        await pilot.press("enter")
        await settle_screen(pilot, EventScreen)
        claims = app.screen.query(".claim")
        assert len(claims) == len(reader.claims("陈炜鹏", "百川智能")) >= 2


async def test_export_writes_the_filtered_view(reader: Reader, tmp_path: Path, monkeypatch) -> None:
    """In the feed's order and filter, with the month the feed files each event under, into
    the exports folder (never the current directory)."""
    exports = tmp_path / "exports"
    monkeypatch.setenv("CHURN_TUI_EXPORTS", str(exports))
    monkeypatch.chdir(tmp_path)
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("left_square_bracket", "s")  # the newest month, sorted by person
        await settle(app, pilot)
        for fmt in ("parquet", "jsonl", "csv"):
            await app.run_action(f"export('{fmt}')")
            await wait_until(pilot, lambda: str(getattr(app, "last_export", "")).endswith(fmt), f"the {fmt} export")
            await settle(app, pilot)
        assert not list(tmp_path.glob("churn-export-*"))
        (written,) = exports.glob("churn-export-*.parquet")
        assert Path(app.last_export).is_absolute() and Path(app.last_export).parent == exports
        frame = pl.read_parquet(written)
        assert frame.height == app.total and frame["id"].to_list() == pane_keys(app, "feed")
        assert set(frame["feed_month"]) == {app.shown.months.first}
        assert frame.filter(pl.col("month").is_null()).height > 0  # shown as 2025-06~, filed under 2025-06
        (jsonl,) = exports.glob("churn-export-*.jsonl")
        rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in rows] == pane_keys(app, "feed") and all(r["feed_month"] == app.shown.months.first for r in rows)
        (csv_file,) = exports.glob("churn-export-*.csv")
        assert pl.read_csv(csv_file)["feed_month"].to_list() == frame["feed_month"].to_list()


async def test_help_and_palette(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is app.screen_stack[0], "the help closed")
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")


async def test_sorting_by_person(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")  # month -> person
        await settle(app, pilot)
        people = [reader.event(k)["person"] for k in pane_keys(app, "feed")]
        assert app.sort == "person" and people == sorted(people)


async def test_the_mouse_sorts_by_a_header_and_opens_a_row(reader: Reader) -> None:
    from tui.app.screens.event import EventScreen
    from tui.app.widgets.row_table import RowTable

    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        table = app.query_one("#feed", TablePane).query_one(RowTable)
        person_x = 1 + table._widths[0] + 2 + 1  # inside the second column's header
        await pilot.click(table, offset=(person_x, 0))
        await settle(app, pilot)
        assert app.sort == "person"
        await pilot.click(table, offset=(3, 3))  # the third row: the cursor moves there
        await wait_until(pilot, lambda: table.cursor_row == 2, "the cursor on the third row")
        key = app.query_one("#feed", TablePane).current_key
        await pilot.click(table, offset=(3, 3))  # again: it opens
        await settle_screen(pilot, EventScreen)
        assert isinstance(app.screen, EventScreen) and app.screen.event_id == key


async def test_neighbouring_months_are_fetched_while_reading(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("left_square_bracket")  # the newest month
        await settle(app, pilot)
        earlier = app._stepped(-1)
        assert earlier is not None and (earlier, app.sort, app.descending, 0) in app._pages
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        # answered from memory, and the same as the store says
        assert app.shown == earlier
        assert pane_keys(app, "feed") == reader.feed(earlier, limit=500)["event_id"].to_list()
        await pilot.press("r")
        await settle(app, pilot)
        # what was fetched before the refresh is gone; the neighbours are fetched again
        assert app._pages_generation == 1
        assert (earlier, app.sort, app.descending, 0) not in app._pages  # shown, not a neighbour
        assert (app._stepped(1), app.sort, app.descending, 0) in app._pages


async def test_an_empty_database_says_how_to_fill_it(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    open_database(str(db)).close()
    reader = Reader(db)
    app = ChurnApp(reader)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        message = str(app.query_one("#feed .empty").render())
        assert "churn-tui ingest" in message
        await pilot.press("left_square_bracket")  # no months: a notice, no crash
        await settle(app, pilot)
    reader.close()


async def test_a_filter_with_no_result_says_so(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "no such person")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "No events match" in str(app.query_one("#feed .empty").render())


async def test_a_source_file_that_is_gone_is_shown_from_the_stored_copy(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    assert ingest([str(seed_copy)], str(db), jobs=1).failed == 0
    (seed_copy / "002_7e9fff5d48b350fb.txt").unlink()
    reader = Reader(db)
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "明超平")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle_screen(pilot, EventScreen)
        card = app.screen.query_one(".source")
        assert "no longer there" in str(card.render())
        assert "明超平" in str(card.render())
    reader.close()


async def test_narrow_terminal_shows_one_pane_and_tab_switches(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.screen.has_class("-narrow")
        assert app.query_one("#side").has_class("-hidden") and not app.query_one("#feed-box").has_class("-hidden")
        await pilot.press("tab")  # feed -> companies
        await wait_until(pilot, lambda: not app.query_one("#side").has_class("-hidden"), "the side panes shown")
        assert not app.query_one("#side").has_class("-hidden") and app.query_one("#feed-box").has_class("-hidden")


async def test_refresh_picks_up_a_later_ingest(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    first = sorted(seed_copy.iterdir())[0]
    assert ingest([str(first)], str(db), jobs=1).failed == 0
    reader = Reader(db, release_after=0.05)
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        before = app.total
        reader.close()  # the app idles: the writer gets the lock
        assert ingest([str(seed_copy)], str(db), jobs=1, wait_s=5).failed == 0
        await pilot.press("r")
        await settle(app, pilot)
        assert app.total > before
    reader.close()
