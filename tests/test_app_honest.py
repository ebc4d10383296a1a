"""The app never stalls and never says what is false: every failure of a question reaches the
screen, pages kept from before an ingest are not shown after it, and `r` says what it did."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
from textual.widgets._toast import Toast
from textual.worker import WorkerFailed

from tests.test_app import pane_keys, settle
from tui.app import ChurnApp
from tui.ingest import ingest
from tui.months import single
from tui.store import Reader

MAY = "---\ndate: 2025-06-01\n---\n据悉，面壁智能首席技术官刘知远已于上月离职。\n"
JUNE = "---\ndate: 2025-07-01\n---\n据悉，百川智能联合创始人焦可已于上月离职。\n"
MAY_TOO = "---\ndate: 2025-06-01\n---\n据悉，智谱首席运营官张帆已于上月离职。\n"


def toasts(app) -> list[str]:
    return [str(t.render()) for t in app.query(Toast)]


async def until(app, pilot, condition, rounds: int = 200) -> None:
    for _ in range(rounds):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # a failure is what some tests wait to see reported
        await pilot.pause()
        if condition():
            return
    raise AssertionError("the condition never held")


def _store(tmp_path: Path, *texts: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"{len(list(folder.iterdir()))}-{i}.md").write_text(text, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert ingest([folder], str(db), jobs=1, wait_s=10).failed == 0
    return db


async def test_pages_kept_from_before_an_ingest_are_not_shown_after_it(tmp_path: Path) -> None:
    db = _store(tmp_path, MAY, JUNE)
    reader = Reader(db, release_after=0.05)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await settle(app, pilot)
            await pilot.press("left_square_bracket")  # the newest month: 2025-06; 2025-05 is fetched meanwhile
            await settle(app, pilot)
            assert app.filters.months == single("2025-06")
            await until(app, pilot, lambda: any(key[0].months == single("2025-05") for key in app._pages))
            reader.close()  # the app idles: an ingest takes the lock and adds to 2025-05
            _store(tmp_path, MAY_TOO)
            await pilot.press("left_square_bracket")
            await settle(app, pilot)
            assert app.filters.months == single("2025-05")
            shown = pane_keys(app, "feed")
            assert sorted(shown) == sorted(reader.feed(app.filters)["event_id"].to_list())
            assert len(shown) == app.total == 2
    finally:
        reader.close()


HOLD = (
    "import sys, duckdb\n"
    "con = duckdb.connect(sys.argv[1])\n"
    "print('holding', flush=True)\n"
    "sys.stdin.read()\n"
)


async def test_refresh_says_what_it_did(tmp_path: Path) -> None:
    db = _store(tmp_path, MAY, JUNE)
    reader = Reader(db, release_after=0.05)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48), notifications=True) as pilot:
            await settle(app, pilot)
            reader.close()
            holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            try:
                assert holder.stdout.readline().strip() == "holding"  # an ingest holds the lock
                await pilot.press("r")
                await until(app, pilot, lambda: any("busy" in t for t in toasts(app)))
                assert not any("Refreshed" in t for t in toasts(app)), toasts(app)
            finally:
                holder.communicate("")
            app.clear_notifications()
            await pilot.press("r")
            await until(app, pilot, lambda: any("Refreshed" in t for t in toasts(app)))
            assert any("2 events" in t for t in toasts(app) if "Refreshed" in t), toasts(app)
    finally:
        reader.close()


async def test_every_failure_of_a_question_reaches_the_screen(tmp_path: Path, seed_db: Path) -> None:
    db = tmp_path / "broken.duckdb"
    shutil.copy(seed_db, db)
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE events")  # a store some other tool has changed: questions fail with SQL errors
    con.close()
    reader = Reader(db)
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(160, 48), notifications=True) as pilot:
            await until(app, pilot, lambda: any("events" in t for t in toasts(app)))
            feed_message = str(app.query_one("#feed .empty").render())
            assert "Loading" not in feed_message and "events" in feed_message, feed_message
    finally:
        reader.close()
