"""The command line as a user runs it: ingest, export in every format, query, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest
from click.testing import CliRunner

from tui.cli import main

from conftest import REPO, SEED_DIR


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_version_and_help():
    assert run("--version").output.startswith("churn-tui, version")
    for cmd in ("ingest", "export", "query"):
        result = run(cmd, "--help")
        assert result.exit_code == 0 and "--db" in result.output


def test_ingest_reports_each_file_and_a_summary(tmp_path):
    db = tmp_path / "x.duckdb"
    result = run("ingest", "--db", str(db), str(SEED_DIR), "-j", "1")
    assert result.exit_code == 0, result.output
    assert result.output.count("new ") == 3  # a small run lists every file
    assert "3 of 3 files: 3 new, 0 updated, 0 unchanged, 0 failed" in result.output
    assert "24 events in these files; the same event told by several articles is one: the database holds 21 events" in result.output


def test_reingesting_unchanged_files_changes_nothing(tmp_path):
    db = tmp_path / "x.duckdb"
    run("ingest", "--db", str(db), str(SEED_DIR))
    first = run("export", "--db", str(db)).output
    again = run("ingest", "--db", str(db), str(SEED_DIR))
    assert "0 new, 0 updated, 3 unchanged" in again.output
    assert run("export", "--db", str(db)).output == first


def test_a_changed_file_replaces_its_facts(tmp_path, seed_copy):
    db = tmp_path / "x.duckdb"
    run("ingest", "--db", str(db), str(seed_copy))
    target = next(seed_copy.glob("002_*.txt"))
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("明超平更是正式离职", "明超平更是正式回归"), encoding="utf-8")
    result = run("ingest", "--db", str(db), str(seed_copy))
    assert "0 new, 1 updated, 2 unchanged" in result.output
    events = [json.loads(line) for line in run("export", "--db", str(db)).output.splitlines()]
    assert not any(e["person"] == "明超平" and e["event"] == "departed" for e in events)


def test_export_formats_read_back_with_polars(tmp_path, seed_db):
    for fmt in ("jsonl", "csv", "parquet"):
        assert run("export", "--db", str(seed_db), "--format", fmt, "--out", str(tmp_path / f"e.{fmt}")).exit_code == 0
    jsonl = pl.read_ndjson(tmp_path / "e.jsonl")
    csv = pl.read_csv(tmp_path / "e.csv")
    parquet = pl.read_parquet(tmp_path / "e.parquet")
    assert jsonl.height > 10
    assert jsonl.height == csv.height == parquet.height
    assert set(jsonl["id"]) == set(csv["id"]) == set(parquet["id"])
    for col in ("id", "person", "company", "event", "month", "month_precision", "role", "destination", "sources"):
        assert col in jsonl.columns and col in parquet.columns
    assert {"quote", "file", "sources"} <= set(csv.columns)
    first = parquet.row(0, named=True)["sources"][0]
    assert set(first) >= {"file", "title", "published", "quote", "start", "end"}


def test_jsonl_to_stdout_is_one_event_per_line(seed_db):
    lines = run("export", "--db", str(seed_db)).output.splitlines()
    events = [json.loads(line) for line in lines]
    assert events and all(e["event"] in {"departed", "pending", "sidelined", "joined", "poach_attempt"} for e in events)


def test_every_exported_quote_is_exactly_the_text_at_its_offsets(seed_db):
    from tui.read import read_article

    texts: dict[str, str] = {}
    checked = 0
    for line in run("export", "--db", str(seed_db)).output.splitlines():
        for s in json.loads(line)["sources"]:
            text = texts.setdefault(s["file"], read_article(s["file"]).text)
            assert text[s["start"] : s["end"]] == s["quote"]
            checked += 1
    assert checked >= 20


def test_export_filters(seed_db):
    lines = run("export", "--db", str(seed_db), "--month", "2025-06", "--event", "departed").output.splitlines()
    events = [json.loads(line) for line in lines]
    assert events and all(e["event"] == "departed" for e in events)


def test_export_and_query_take_any_spelling(seed_db):
    def exported(*args: str) -> list[dict]:
        result = run("export", "--db", str(seed_db), *args)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    moonshot = exported("--company", "月之暗面")
    assert moonshot and exported("--company", "Moonshot") == exported("--company", "kimi") == moonshot
    zhang = exported("--person", "张帆")
    assert zhang and exported("--person", "張帆") == zhang
    assert {e["person"] for e in exported("--text", "p:張帆")} == {"张帆"}
    assert {e["company"] for e in exported("--text", "c:Zhipu")} == {"智谱"}
    result = run("query", "--db", str(seed_db), "departures_by_month", "-p", "company=Baichuan", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and {r["company"] for r in rows} == {"百川智能"}


def test_ingest_speaks_plainly(tmp_path, seed_copy):
    db = tmp_path / "x.duckdb"
    one = sorted(seed_copy.iterdir())[0]
    first = run("ingest", "--db", str(db), str(one))
    assert "creating the database" in first.output and "4 events" in first.output
    copy = tmp_path / "copy.txt"
    copy.write_bytes(one.read_bytes())
    again = run("ingest", "--db", str(db), str(copy))
    from tui.inert_text import shown_path  # paths are shown relative to the working folder where shorter

    assert f"unchanged  {shown_path(copy)}  same text as {shown_path(one)}" in again.output
    assert "0 events in these files" in again.output and "1 the same text as a stored file" in again.output


def test_a_large_ingest_lists_files_only_when_asked(tmp_path, seed_copy):
    from tui.cli import SMALL_RUN

    for n in range(SMALL_RUN):  # more files than a small run: one line each only with -v
        (seed_copy / f"extra{n}.txt").write_text(f"第{n}篇：无人离职。", encoding="utf-8")
    (seed_copy / "bad.html").write_bytes(b"\xff\xfe\x00")
    quiet = run("ingest", "--db", str(tmp_path / "a.duckdb"), str(seed_copy))
    assert "new  " not in quiet.output and "failed     " in quiet.output  # failures are always named
    assert "with a warning (-v lists them)" in quiet.output
    loud = run("ingest", "--db", str(tmp_path / "b.duckdb"), "-v", str(seed_copy))
    assert loud.output.count("new        ") == SMALL_RUN + 3


def test_query_says_what_is_missing_or_wrong(seed_db):
    for args, said in (
        (("timeline",), "needs -p person=…"),
        (("claims", "-p", "person=洪涛"), "needs -p company=…"),
        (("event",), "needs -p event_id=…"),
        (("sources",), "needs -p event_id=…"),
        (("article",), "needs -p article_id=…"),
        (("feed", "-p", "month_from=June"), "not a month"),
        (("feed", "-p", "events=left"), "event types are"),
    ):
        result = run("query", "--db", str(seed_db), *args)
        assert result.exit_code == 2 and said in result.output, args


def test_query_csv_writes_lists_as_json_and_feed_in_a_stable_order(seed_db):
    import csv
    import io

    out = run("query", "--db", str(seed_db), "companies", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(isinstance(json.loads(r["trend"]), list) for r in rows)
    assert "shape:" not in out
    feeds = {run("query", "--db", str(seed_db), "feed", "--format", "csv").output for _ in range(3)}
    assert len(feeds) == 1
    months = [r["month"] for r in csv.DictReader(io.StringIO(feeds.pop()))]
    assert months == sorted(months, reverse=True)
    events = run("query", "--db", str(seed_db), "feed", "-p", "events=departed,joined", "--format", "jsonl").output
    assert {json.loads(line)["event"] for line in events.splitlines()} == {"departed", "joined"}


def test_articles_show_the_ids_article_takes(seed_db):
    listed = [json.loads(line) for line in run("query", "--db", str(seed_db), "articles", "--format", "jsonl").output.splitlines()]
    one = run("query", "--db", str(seed_db), "article", "-p", f"article_id={listed[0]['article_id']}", "--format", "jsonl")
    assert json.loads(one.output)["file"] == listed[0]["file"]


def test_a_named_new_database_is_never_filled_with_the_demo_articles(tmp_path):
    db = tmp_path / "mine.duckdb"
    for cmd in ("export", "query"):
        args = (cmd, "--db", str(db)) + (("feed",) if cmd == "query" else ())
        result = run(*args)
        assert result.exit_code == 2 and f"no database at {db}" in result.output and f"churn-tui ingest --db {db}" in result.output
        assert not db.exists()


def test_the_app_on_a_named_new_database_starts_it_empty_and_says_so(tmp_path, capsys):
    from tui.cli import prepare_for_app
    from tui.store import Filters, Reader

    db = tmp_path / "new" / "mine.duckdb"
    prepare_for_app(str(db))
    said = capsys.readouterr().err
    assert f"created an empty database {db}" in said and f"churn-tui ingest --db {db} PATH" in said
    reader = Reader(db)
    try:
        assert reader.feed_count(Filters()) == 0  # not the demo articles
    finally:
        reader.close()


def test_query_list_and_run(seed_db):
    listing = run("query", "--list")
    assert "feed" in listing.output and "companies" in listing.output
    result = run("query", "--db", str(seed_db), "companies")
    assert result.exit_code == 0 and "百川智能" in result.output
    result = run("query", "--db", str(seed_db), "timeline", "-p", "person=洪涛", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(r["company"] == "百川智能" for r in rows)


def test_query_names_cannot_escape_the_queries_folder(seed_db):
    for bad in ("../secret", "/etc/passwd", "feed.sql", "..", "a/b"):
        result = CliRunner().invoke(main, ["query", "--db", str(seed_db), bad])
        assert result.exit_code == 2 and "not a query name" in result.output


def test_users_own_query_folder(tmp_path, seed_db):
    mine = tmp_path / "q"
    mine.mkdir()
    (mine / "count_people.sql").write_text("-- How many people.\nSELECT count(DISTINCT person) AS n FROM events WHERE event = $event\n", encoding="utf-8")
    env = {"CHURN_TUI_QUERIES": str(mine)}
    assert "count_people" in run("query", "--list", env=env).output
    result = run("query", "--db", str(seed_db), "count_people", "-p", "event=departed", "--format", "jsonl", env=env)
    assert json.loads(result.output)["n"] > 5
    bad = CliRunner().invoke(main, ["query", "--db", str(seed_db), "count_people", "-p", "nope=1"], env=env)
    assert bad.exit_code == 2 and "no parameter $nope" in bad.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2 and "no database at" in result.output


def test_the_installed_package_carries_data_and_queries(tmp_path):
    """Run from outside the checkout with -I, so the installed copy (not the source tree) is imported."""
    code = "import tui, tui.resources as r; print(tui.__file__); print(r.articles_dir()); print(r.queries_dir())"
    out = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip("churn-tui is not installed in this environment (run from a source checkout)")
    module, articles, queries = (Path(p) for p in out.stdout.split())
    assert sorted(p.name for p in articles.iterdir()) == sorted(p.name for p in SEED_DIR.iterdir())
    assert (queries / "feed.sql").is_file()
    if REPO not in module.parents:  # a real (non-editable) install: the bundle is inside the package
        assert module.parent in articles.parents and module.parent in queries.parents


def test_first_launch_builds_the_default_database_whole(tmp_path, monkeypatch):
    """Built under another name and moved into place: a leftover from an interrupted first
    launch is rebuilt, and an existing database is left as it is."""
    from tui.cli import _ensure_seeded

    db = tmp_path / "data" / "churn.duckdb"
    leftover = db.with_name(db.name + ".building")
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a database")
    _ensure_seeded(str(db))
    assert db.exists() and not leftover.exists()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(list(SEED_DIR.iterdir()))
    con.close()
    before = db.stat().st_mtime_ns
    _ensure_seeded(str(db))
    assert db.stat().st_mtime_ns == before
