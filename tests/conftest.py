"""Shared fixtures: real DuckDB files built by the real pipeline from real articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_DIR = REPO / "data" / "articles"
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """The bundled corpus ingested once per session (treat as read-only)."""
    from tui.ingest import ingest

    path = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    summary = ingest([str(SEED_DIR)], str(path), jobs=1)
    assert summary.failed == 0, [o for o in summary.outcomes if o.status == "failed"]
    return path


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """The seed articles copied to a folder a test may change."""
    dest = tmp_path / "articles"
    shutil.copytree(SEED_DIR, dest)
    return dest
