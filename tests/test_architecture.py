"""The rooms' walls: the core never imports Textual; the app never speaks SQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORE = ["tui.model", "tui.months", "tui.read", "tui.extract", "tui.store", "tui.ingest", "tui.export"]


def test_the_core_never_imports_textual():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_reading_and_extraction_know_nothing_of_the_database():
    # tui.file_work is what ingest's worker processes import: it must start without the store
    code = "import sys, tui.read, tui.extract, tui.file_work\nprint(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('duckdb', 'polars') or m.startswith('tui.store'))))\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b\s+[\w*(]|\bFROM\s+events\b|\bcon\.execute\(|duckdb", re.I)


def test_the_app_builds_no_sql():
    offenders = []
    for path in (REPO / "tui" / "app").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _SQL.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert offenders == []
