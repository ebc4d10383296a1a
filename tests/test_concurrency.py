"""Two processes, one database: the writer waits or says the database is busy; readers never crash."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.store import Filters, Reader, StoreError, open_database

from conftest import REPO, SEED_DIR

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)


def hold(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "c.duckdb"
    open_database(path).close()
    return path


def test_a_second_writer_refuses_clearly_when_the_database_stays_busy(db):
    holder = hold(db, 30)
    try:
        out = cli("ingest", "--db", str(db), "--wait", "0.5", str(SEED_DIR))
    finally:
        holder.kill()
    assert out.returncode == 2
    assert "database is busy" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_writer_waits_for_the_lock_then_finishes(db):
    holder = hold(db, 1.5)
    out = cli("ingest", "--db", str(db), "--wait", "30", str(SEED_DIR))
    holder.wait()
    assert out.returncode == 0, out.stderr
    assert "3 new" in out.stdout


def test_a_reader_facing_a_writer_gets_a_clear_error_not_a_crash(db):
    holder = hold(db, 30)
    try:
        with pytest.raises(StoreError, match="busy"):
            Reader(db)
    finally:
        holder.kill()


def test_an_idle_reader_lets_an_ingest_in_and_then_sees_its_facts(db):
    reader = Reader(db, release_after=0.2)
    assert reader.feed_count(Filters()) == 0
    out = cli("ingest", "--db", str(db), "--wait", "30", str(SEED_DIR))
    assert out.returncode == 0, out.stderr
    assert reader.feed_count(Filters()) > 10  # reopened on demand, with the new facts
    reader.close()


def test_an_open_reader_makes_the_writer_wait_not_fail(db):
    reader = Reader(db, release_after=1.0)
    reader.feed_count(Filters())
    started = time.monotonic()
    out = cli("ingest", "--db", str(db), "--wait", "30", str(SEED_DIR))
    assert out.returncode == 0, out.stderr
    assert time.monotonic() - started < 30
    reader.close()
