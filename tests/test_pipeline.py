"""The whole pipeline on the bundled corpus and on articles that disagree."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_DIR, SHARED_EVAL
from tui.ingest import ingest
from tui.store import Filters, Reader


def export_rows(db: Path) -> list[dict]:
    reader = Reader(db)
    try:
        return reader.export_frame(Filters()).to_dicts()
    finally:
        reader.close()


def test_every_source_quote_is_the_text_at_its_offsets(seed_db: Path) -> None:
    rows = export_rows(seed_db)
    assert rows
    for row in rows:
        for src in row["sources"]:
            text = Path(src["file"]).read_text(encoding="utf-8")
            assert text[src["start"] : src["end"]] == src["quote"]


def test_the_same_person_across_articles_is_one_person_with_two_sources(seed_db: Path) -> None:
    rows = {(r["person"], r["company"], r["event"]): r for r in export_rows(seed_db)}
    merged = rows[("洪涛", "百川智能", "departed")]
    assert merged["n_sources"] == 2
    assert merged["month"] == "2024-12"  # the dated report wins over the undated one
    assert len({s["file"] for s in merged["sources"]}) == 2


def test_pending_in_one_report_and_departed_in_a_later_one_are_marked_in_conflict(seed_db: Path) -> None:
    rows = {(r["person"], r["event"]): r for r in export_rows(seed_db) if r["person"] == "陈炜鹏"}
    assert set(rows) == {("陈炜鹏", "pending"), ("陈炜鹏", "departed")}
    assert all(r["conflict"] for r in rows.values())
    reader = Reader(seed_db)
    people = {r["person"]: r for r in reader.people(Filters()).to_dicts()}
    reader.close()
    assert people["陈炜鹏"]["last_event"] == "departed"  # the latest report decides


def test_reports_naming_different_destinations_are_kept_and_marked(tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text("---\ndate: 2025-04-11\n---\n百川智能商业合伙人邓江已经离开，下一步或将加入一家大模型创业公司。\n", encoding="utf-8")
    b.write_text("---\ndate: 2025-06-20\n---\n据悉，百川智能前商业合伙人邓江已经离职，加入京东。\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    summary = ingest([str(a), str(b)], str(db), jobs=1)
    assert summary.failed == 0
    rows = [r for r in export_rows(db) if r["event"] == "departed"]
    assert len(rows) == 1 and rows[0]["n_sources"] == 2
    assert rows[0]["conflict"] and "destination" in rows[0]["conflict_note"]
    assert rows[0]["destination"] == "京东"  # the newest report


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the shared evaluation kit is not on this machine")
def test_seed_corpus_scores_at_the_quality_bar(seed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in export_rows(seed_db)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(out), str(SHARED_EVAL / "seeds_gold.jsonl"), "--corpus", str(SEED_DIR)],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = dict(kv.split("=", 1) for kv in result.stdout.strip().splitlines()[-1].split() if "=" in kv)
    assert float(summary["f1"]) >= 0.95, result.stdout
    assert float(summary["month_acc"].split()[0]) >= 0.95, result.stdout
    assert float(summary["grounded"]) == 1.0, result.stdout


def test_ingest_from_a_script_on_stdin_does_not_hang(tmp_path: Path) -> None:
    """Worker processes cannot re-run a script read from stdin: ingest then works in-process."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10):
        (folder / f"a{i}.md").write_text(f"---\ndate: 2025-03-0{i % 9 + 1}\n---\n据悉，智谱副总裁王{'一二三四五六七八九十'[i]}已于今年1月离职。\n", encoding="utf-8")
    script = f"from tui.ingest import ingest\ns = ingest([{str(folder)!r}], {str(tmp_path / 'x.duckdb')!r}, jobs=2)\nprint(s.failed, s.events)\n"
    out = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["0", "10"]


def test_articles_and_events_cross_to_the_writer_unchanged() -> None:
    """Workers send what they read and extract to the writer pickled, in a compact form of our own."""
    from tui.file_work import process_file

    for path in sorted(SEED_DIR.iterdir()):
        article, events = process_file(str(path))
        assert events, path
        back_article, back_events = pickle.loads(pickle.dumps((article, events)))
        assert back_article == article and back_events == events
        assert all(type(e) is type(events[0]) for e in back_events)
