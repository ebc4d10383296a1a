"""What the explorer looks like, at a small (80×24) and a large (160×48) terminal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.app_helpers import settle, settle_screen, wait_until
from tests.conftest import REPO
from tui.app import ChurnApp
from tui.app.screens.event import EventScreen
from tui.ingest import ingest
from tui.store import Reader


@pytest.fixture(scope="module")
def snap_db(tmp_path_factory) -> Path:
    # Relative paths in the sources keep the pictures the same on every machine.
    db = tmp_path_factory.mktemp("snap") / "snap.duckdb"
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        assert ingest(["data/articles"], str(db), jobs=1).failed == 0
    finally:
        os.chdir(cwd)
    return db


async def _settle(pilot) -> None:
    """The main screen answers the newest question, its trend drawn and the feed focused."""
    app = pilot.app
    await settle(app, pilot)
    await wait_until(pilot, lambda: app.focused is not None, "the feed focused")
    await pilot.pause()


def _app(db: Path) -> ChurnApp:
    return ChurnApp(Reader(db))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_main_screen(snap_compare, snap_db: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(snap_db), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_month_filtered(snap_compare, snap_db: Path, size: tuple[int, int]) -> None:
    async def before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("left_square_bracket")
        await _settle(pilot)

    assert snap_compare(_app(snap_db), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_drill_down(snap_compare, snap_db: Path, size: tuple[int, int]) -> None:
    async def before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("slash", *"明超平", "enter")
        await _settle(pilot)
        await pilot.press("enter")
        await settle_screen(pilot, EventScreen)

    assert snap_compare(_app(snap_db), terminal_size=size, run_before=before)
