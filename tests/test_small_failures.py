"""Small ways to go wrong, each answered with one line and no traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, SEED_DIR
from tui.ingest import ingest
from tui.store import Filters, Reader

GOOD = "---\ndate: 2025-05-01\n---\n据悉，面壁智能首席技术官刘知远近日已经离职。\n"


def cli(*args: str, env: dict | None = None, shell_tail: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "tui", *args]
    if shell_tail:  # through a pipe, as a person types it
        command = ["sh", "-c", " ".join(f"'{c}'" for c in command) + " " + shell_tail]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=300, env={**os.environ, **(env or {})})


def one_line(out: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("churn-tui: "), lines
    return lines[0]


def test_export_into_a_missing_folder(tmp_path: Path, seed_db: Path) -> None:
    out = cli("export", "--db", str(seed_db), "--format", "csv", "--out", str(tmp_path / "nope" / "e.csv"))
    assert out.returncode == 2 and "no folder" in one_line(out)


def test_an_unusable_default_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    out = cli("export", env={"XDG_DATA_HOME": str(blocker), "CHURN_TUI_DB": ""})
    said = one_line(out)
    assert out.returncode == 2 and "cannot make the data folder" in said and "--db" in said


@pytest.mark.parametrize("value", ["abc", "-1", "0", "nan"])
def test_a_size_limit_that_is_not_a_size(tmp_path: Path, value: str) -> None:
    out = cli("ingest", "--db", str(tmp_path / "x.duckdb"), str(SEED_DIR), env={"CHURN_TUI_MAX_MB": value})
    assert out.returncode == 2 and "CHURN_TUI_MAX_MB" in one_line(out)


def test_a_sqlite_file_as_the_store_is_refused_without_the_network(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    for args in (("export",), ("ingest", str(SEED_DIR))):
        out = cli(*args, "--db", str(path))
        said = one_line(out)
        assert out.returncode == 2 and "SQLite database" in said and "download" not in said


@pytest.mark.parametrize("version", ["v1.0", "-1"])
def test_a_schema_version_that_is_not_ours(tmp_path: Path, seed_db: Path, version: str) -> None:
    path = tmp_path / "odd.duckdb"
    path.write_bytes(seed_db.read_bytes())
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])
    con.close()
    for args in (("export",), ("ingest", str(SEED_DIR))):
        out = cli(*args, "--db", str(path))
        said = one_line(out)
        assert out.returncode == 2 and repr(version) in said and "left untouched" in said


def test_ingest_into_a_pipe_that_closes_goes_on_to_the_end(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02d}.md").write_text(GOOD.replace("刘知远", f"刘知{chr(0x4E00 + i)}"), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    out = cli("ingest", "--db", str(db), str(folder), "-j", "1", "-v", shell_tail="| head -1")
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") == 1
    assert "40 of 40 files: 40 new" in out.stderr  # the summary, where it can still be read
    clean = tmp_path / "clean.duckdb"
    ingest([folder], str(clean), jobs=1)
    counts = []
    for store in (db, clean):
        reader = Reader(store)
        counts.append(reader.feed_count(Filters()))
        reader.close()
    assert counts[0] == counts[1] > 0  # every article stored, as by a run nobody piped


def test_a_file_name_with_a_newline_is_printed_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two\nlines.md").write_text(GOOD, encoding="utf-8")
    out = cli("ingest", "--db", str(tmp_path / "x.duckdb"), str(folder), "-j", "1")
    assert out.returncode == 0
    (line,) = [line for line in out.stdout.splitlines() if line.startswith("new")]
    assert "two\\nlines.md" in line


def test_quote_offsets_of_a_crlf_file_index_its_text_as_read_in_text_mode(tmp_path: Path) -> None:
    """The README's contract: offsets index the decoded text with line endings read as "\\n",
    which is what Python's text mode (and most readers) gives."""
    path = tmp_path / "crlf.md"
    path.write_bytes(("第一行。\r\n\r\n" + GOOD.split("---\n", 2)[2] * 3).replace("\n", "\r\n").encode("utf-8"))
    db = tmp_path / "x.duckdb"
    assert ingest([path], str(db), jobs=1).failed == 0
    reader = Reader(db)
    try:
        (event_id,) = reader.feed(Filters())["event_id"].to_list()
        text = path.read_text(encoding="utf-8")  # universal newlines
        for source in reader.sources(event_id):
            assert text[source["start"] : source["end"]] == source["quote"]
    finally:
        reader.close()
