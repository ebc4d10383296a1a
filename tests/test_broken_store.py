"""A full disk and a damaged store: one clear message, the right exit code, nothing half-written,
no traceback, and no waiting on an error that is not a lock."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from tests.conftest import REPO, SEED_DIR
from tui.app import ChurnApp
from tui.store import Reader, StoreError

DISK_FULL = 3  # the exit code of a run the disk stopped; 1 is "some files failed"


def cli(*args: str, max_file_bytes: int | None = None) -> subprocess.CompletedProcess:
    """The CLI in a process of its own; ``max_file_bytes`` caps the size of any file it writes,
    as a full disk would (the write fails, here with "File too large")."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=REPO, timeout=300,
        preexec_fn=limit if max_file_bytes else None,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from tests.perf.synth import generate

    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 300, 0)
    return folder


def test_a_full_disk_during_ingest_says_so_and_a_second_run_finishes(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "x.duckdb"
    out = cli("ingest", "--db", str(db), str(corpus), "-j", "1", "-q", max_file_bytes=400_000)
    assert out.returncode == DISK_FULL, out.stderr[-3000:]
    assert "Traceback" not in out.stderr and "cannot rollback" not in out.stderr, out.stderr[-3000:]
    created, said = [line for line in out.stderr.splitlines() if line.startswith("churn-tui:")]
    assert created == f"churn-tui: creating the database {db}"
    assert "File too large while writing" in said and str(db) in said
    assert "articles were stored, run the same ingest again when there is room" in said
    assert " of 300 files" in out.stdout  # the summary is still printed
    again = cli("ingest", "--db", str(db), str(corpus), "-j", "1", "-q")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "300 of 300 files" in again.stdout and "0 failed" in again.stdout
    assert cli("export", "--db", str(db)).stdout.count("\n") > 100


def test_an_unwritable_log_is_said_in_one_line(tmp_path: Path, seed_db: Path) -> None:
    fresh, stored = tmp_path / "fresh.duckdb", tmp_path / "stored.duckdb"
    shutil.copy(seed_db, stored)
    # a new store cannot write its schema; a stored one cannot even be read (its log is replayed on opening)
    for db, code, words in ((fresh, DISK_FULL, "while writing the database"), (stored, 2, "cannot use the database")):
        Path(f"{db}.wal").mkdir()  # the write-ahead log cannot be opened
        out = cli("ingest", "--db", str(db), str(SEED_DIR), "-j", "1", "-q")
        assert out.returncode == code, out.stderr[-3000:]
        assert "Traceback" not in out.stderr and "cannot rollback" not in out.stderr, out.stderr[-3000:]
        (said,) = [line for line in out.stderr.splitlines() if line.startswith("churn-tui:") and "creating the database" not in line]
        assert f"{db}.wal" in said and words in said, said


def test_an_export_to_a_full_disk_leaves_no_partial_file(tmp_path: Path, seed_db: Path) -> None:
    for fmt in ("csv", "jsonl", "parquet"):
        target = tmp_path / f"out.{fmt}"
        out = cli("export", "--db", str(seed_db), "--format", fmt, "--out", str(target), max_file_bytes=1000)
        assert out.returncode == DISK_FULL, (fmt, out.stderr[-2000:])
        assert "Traceback" not in out.stderr and "while writing" in out.stderr, out.stderr[-2000:]
        assert not target.exists() and list(tmp_path.iterdir()) == [], fmt


@pytest.fixture
def truncated(seed_db: Path, tmp_path: Path) -> Path:
    """The seed store cut in half (a copy that stopped midway): it opens, then fails to read."""
    path = tmp_path / "half.duckdb"
    data = seed_db.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.fixture
def junk_named_clock(tmp_path: Path) -> Path:
    path = tmp_path / "clock.duckdb"  # "lock" in its name, and in nothing else
    path.write_bytes(b"not a database")
    return path


@pytest.mark.parametrize("store", ["truncated", "junk_named_clock"])
def test_a_damaged_store_is_named_damaged_by_every_command(store: str, request, tmp_path: Path) -> None:
    db = request.getfixturevalue(store)
    before = db.read_bytes()
    for args in (("export",), ("query", "feed"), ("ingest", str(SEED_DIR), "-j", "1", "--wait", "600")):
        out = cli(*args, "--db", str(db))
        assert out.returncode == 2, (args, out.stderr[-2000:])
        (said,) = out.stderr.strip().splitlines()
        assert said.startswith(f"churn-tui: {db}: ") and "busy" not in said, said
        assert "damaged" in said or "not a DuckDB database" in said, said
        assert "left untouched" in said, said
    assert db.read_bytes() == before


async def test_the_app_on_a_damaged_store_says_so(truncated: Path) -> None:
    try:
        reader = Reader(truncated)
    except StoreError as exc:  # refused at the door: the CLI prints it (test above)
        assert "damaged" in str(exc)
        return
    app = ChurnApp(reader)
    try:
        async with app.run_test(size=(120, 32), notifications=True) as pilot:
            for _ in range(100):
                await app.workers.wait_for_complete()
                await pilot.pause()
                if app.query(Toast):
                    break
            toasts = [str(t.render()) for t in app.query(Toast)]
            assert any("damaged" in t for t in toasts), toasts
    finally:
        reader.close()
