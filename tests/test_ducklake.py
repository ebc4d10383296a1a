"""A shared store: `--db` takes what DuckDB can attach, here a DuckLake catalog on local files.

DuckLake is a DuckDB extension that is downloaded on first use; on a machine without network
(like this project's CI) the end-to-end test is skipped, saying why.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED_DIR
from tui.store.database import is_attach_uri


def _ducklake_missing() -> str | None:
    con = duckdb.connect()
    try:
        con.execute("LOAD ducklake")
    except duckdb.Error:
        try:
            con.execute("INSTALL ducklake")
            con.execute("LOAD ducklake")
        except duckdb.Error as exc:
            return f"the ducklake extension cannot be installed here ({str(exc).splitlines()[0][:120]})"
    finally:
        con.close()
    return None


def test_attach_uris_are_told_from_paths() -> None:
    for uri in ("ducklake:/data/lake.ducklake", "md:churn", "motherduck:churn", "s3://bucket/churn.duckdb"):
        assert is_attach_uri(uri), uri
    for path in ("churn.duckdb", "/tmp/ducklake.duckdb", "./md/churn.duckdb", ":memory:"):
        assert not is_attach_uri(path), path


def test_ingest_and_export_through_a_ducklake_catalog(tmp_path: Path) -> None:
    reason = _ducklake_missing()
    if reason:
        pytest.skip(reason)
    lake = f"ducklake:{tmp_path / 'meta.ducklake'}"
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=300
    )
    ingest = run("ingest", "--db", lake, str(SEED_DIR))
    assert ingest.returncode == 0, ingest.stderr
    out = run("export", "--db", lake, "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert any(e["person"] == "明超平" for e in events)
