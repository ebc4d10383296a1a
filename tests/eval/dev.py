"""Score the extractor on a folder of real pages: ingest them into a fresh database, export, score.

    python -m tests.eval.dev TEXTS_DIR [--gold GOLD.jsonl] [--scorer score.py] [-v]

Each text starts with two header lines (``# url:``, ``# query:``) that state no move. They are
blanked to spaces of the same length in a temporary copy, so the program never reads them and
the exported offsets still point into the files as laid (the scorer checks every quote there).
Not part of the test run: the texts are not in the repository.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
HEADER_LINES = 2


def blank_headers(text: str) -> str:
    """The text with its header lines turned into spaces, every offset kept."""
    lines = text.split("\n")
    for k in range(min(HEADER_LINES, len(lines))):
        if lines[k].startswith("#"):
            lines[k] = " " * len(lines[k])
    return "\n".join(lines)


def run(texts: Path, gold: Path, scorer: Path, verbose: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "texts"
        work.mkdir()
        for f in sorted(texts.glob("*.txt")):
            (work / f.name).write_text(blank_headers(f.read_text(encoding="utf-8")), encoding="utf-8")
        db, out = Path(tmp) / "dev.duckdb", Path(tmp) / "dev.jsonl"
        cli = [sys.executable, "-m", "tui"]
        subprocess.run([*cli, "ingest", "-q", "--db", str(db), str(work)], check=False, stdout=subprocess.DEVNULL)
        subprocess.run([*cli, "export", "--db", str(db), "--format", "jsonl", "--out", str(out)], check=True)
        args = [sys.executable, str(scorer), str(out), str(gold), "--corpus", str(texts)]
        return subprocess.run(args + (["-v"] if verbose else []), check=False).returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path, help="folder of dNN.txt files with their two header lines")
    ap.add_argument("--gold", type=Path, default=EVAL / "dev" / "gold.jsonl")
    ap.add_argument("--scorer", type=Path, default=EVAL / "score.py")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every missed and spurious event")
    a = ap.parse_args()
    sys.exit(run(a.texts, a.gold, a.scorer, a.verbose))


if __name__ == "__main__":
    main()
