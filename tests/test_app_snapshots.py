"""What the explorer looks like, at a small (80×24) and a large (160×48) terminal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import REPO
from tui.app import ChurnApp
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
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.up_to_date:
            break
    for _ in range(3):  # a pushed screen loads in its own worker
        await app.workers.wait_for_complete()
        await pilot.pause()
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
        await _settle(pilot)

    assert snap_compare(_app(snap_db), terminal_size=size, run_before=before)
