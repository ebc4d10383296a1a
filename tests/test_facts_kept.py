"""No lost facts: an article's identity (its text) and its paths are kept apart, paths are stored
resolved, --published re-dates a stored article, and front-matter dates are sanity-checked."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
from click.testing import CliRunner

from tui.cli import main
from tui.ingest import ingest
from tui.read import read_article
from tui.store import open_database

TWO = "---\ndate: 2025-03-01\n---\n据悉，面壁智能首席技术官刘知远已于上月离职。另据消息，百川智能联合创始人焦可已于上月离职。\n"
ONE = "---\ndate: 2025-03-01\n---\n据悉，面壁智能首席技术官刘知远已于上月离职。\n"
OTHER = "---\ndate: 2025-03-01\n---\n据悉，智谱首席运营官张帆已于上月离职。\n"


def events(db: Path) -> dict[str, dict]:
    """person -> the exported event (with its sources)."""
    out = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return {e["person"]: e for e in map(json.loads, out.output.splitlines())}


def test_two_files_with_one_text_keep_their_facts_apart(tmp_path: Path) -> None:
    db, a, b = tmp_path / "x.duckdb", tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TWO, encoding="utf-8")
    b.write_text(TWO, encoding="utf-8")
    assert ingest([a, b], str(db), jobs=1).failed == 0
    assert set(events(db)) == {"刘知远", "焦可"}
    a.write_text(OTHER, encoding="utf-8")
    ingest([a, b], str(db), jobs=1)
    kept = events(db)
    assert set(kept) == {"刘知远", "焦可", "张帆"}  # b.txt still says the first two
    assert [s["file"] for s in kept["焦可"]["sources"]] == [str(b)]  # and is named as their source
    assert [s["file"] for s in kept["张帆"]["sources"]] == [str(a)]
    b.write_text(OTHER, encoding="utf-8")
    ingest([b], str(db), jobs=1)
    assert set(events(db)) == {"张帆"}  # no path says the first text any more
    a.write_text(TWO, encoding="utf-8")
    ingest([a], str(db), jobs=1)  # a text met before, read again from a path that now holds it
    assert set(events(db)) == {"刘知远", "焦可", "张帆"}


def test_a_copy_made_while_its_original_changes_keeps_the_facts(tmp_path: Path) -> None:
    db, a, b = tmp_path / "x.duckdb", tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TWO, encoding="utf-8")
    ingest([a], str(db), jobs=1)
    b.write_text(TWO, encoding="utf-8")  # copied, then the original edited, then both ingested
    a.write_text(OTHER, encoding="utf-8")
    ingest([a, b], str(db), jobs=1, batch_articles=1)  # a's change is written before b is
    assert set(events(db)) == {"刘知远", "焦可", "张帆"}


def test_one_file_by_many_spellings_is_one_article(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "x.duckdb"
    folder, other = tmp_path / "news", tmp_path / "elsewhere"
    (folder / "sub").mkdir(parents=True)
    other.mkdir()
    (folder / "x.md").write_text(TWO, encoding="utf-8")
    monkeypatch.chdir(folder)
    for spelling in ("x.md", str(folder / "x.md"), "sub/../x.md", "./x.md"):
        ingest([spelling], str(db), jobs=1)
    monkeypatch.chdir(other)
    ingest(["../news/x.md"], str(db), jobs=1)
    found = events(db)
    assert {e["n_sources"] for e in found.values()} == {1}
    assert {s["file"] for e in found.values() for s in e["sources"]} == {str(folder / "x.md")}
    (folder / "x.md").write_text(ONE, encoding="utf-8")  # 焦可's departure retracted
    ingest(["../news/sub/../x.md"], str(db), jobs=1)
    assert set(events(db)) == {"刘知远"}


def test_published_on_a_stored_file_redates_it(tmp_path: Path) -> None:
    db, path = tmp_path / "x.duckdb", tmp_path / "a.md"
    path.write_text(ONE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", str(db), str(path)]).exit_code == 0
    assert events(db)["刘知远"]["month"] == "2025-02"
    out = runner.invoke(main, ["ingest", "--db", str(db), "--published", "2025-06-17", str(path)])
    assert out.exit_code == 0 and "1 updated" in out.output, out.output
    (event,) = events(db).values()
    assert event["month"] == "2025-05" and event["sources"][0]["published"] == "2025-06-17"
    again = runner.invoke(main, ["ingest", "--db", str(db), "--published", "2025-06-17", str(path)])
    assert "1 unchanged" in again.output, again.output


def test_front_matter_dates_out_of_range_are_refused_with_a_warning(tmp_path: Path) -> None:
    for stated in ("9999-12-31", "0001-01-01", "1900-05-01"):
        path = tmp_path / f"{stated}.md"
        path.write_text(ONE.replace("2025-03-01", stated), encoding="utf-8")
        article = read_article(path)
        assert article.published is None, stated
        assert any("out of range" in w and stated in w for w in article.warnings), article.warnings
    db = tmp_path / "x.duckdb"
    ingest([tmp_path], str(db), jobs=1)
    assert events(db)["刘知远"]["month"] is None  # not 9999-11


def test_a_store_of_the_previous_schema_is_migrated_without_losing_facts(tmp_path: Path, monkeypatch) -> None:
    """Schema v2 kept one path per article, as typed. Such a store is made here as v2 made them
    (its tables, its rows); opening it migrates it, and a later ingest of the same files by their
    resolved names changes nothing."""
    from tui.store.schema import migration

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(TWO, encoding="utf-8")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    fresh = tmp_path / "fresh.duckdb"
    ingest(["a.md", "b.md"], str(fresh), jobs=1)
    before = events(fresh)
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    for version in (1, 2):
        for stmt in migration(version, local=True):
            con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2'), ('app', 'churn-tui')")
    con.execute(f"ATTACH '{fresh}' AS f (READ_ONLY)")
    for table in ("articles", "companies", "company_aliases", "people", "person_aliases", "claims", "events"):
        con.execute(f"INSERT INTO {table} SELECT * FROM f.{table}")
    con.execute("UPDATE articles SET path = replace(path, $root, '')", {"root": f"{tmp_path}{os.sep}"})  # as typed
    con.close()
    migrated = open_database(old, read_only=True)  # what the app and export do: migrated on the way
    assert migrated.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] != "2"
    assert sorted(r[0] for r in migrated.execute("SELECT path FROM article_paths").fetchall()) == ["a.md", "b.md"]
    migrated.close()
    assert list(tmp_path.glob("old.duckdb.v2-*.bak"))
    assert events(old).keys() == before.keys()
    summary = ingest(["a.md", "b.md"], str(old), jobs=1)
    assert summary.count("unchanged") == 2
    (tmp_path / "a.md").write_text(ONE, encoding="utf-8")  # a retraction, after the migration
    ingest(["a.md"], str(old), jobs=1)
    assert set(events(old)) == {"刘知远", "张帆"}
