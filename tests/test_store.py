"""The store on a real DuckDB file: merging, conflicts, re-ingest, versions, refusals."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from datetime import date

import duckdb
import pytest

from tests.perf import synth
from tui.ingest import ingest
from tui.model import Article, ExtractedEvent
from tui.months import single
from tui.store import Filters, Reader, StoreError, Writer, ctrl_c_as_keyboard_interrupt, open_database
from tui.store.schema import SCHEMA_VERSION

T1 = "近日，百川智能联合创始人焦可已经离职，陈炜鹏即将离职。"
T2 = "焦可、陈炜鹏相继离职。"


def ev(text: str, quote: str, person: str, event: str, month=None, precision=None, role=None, destination=None) -> ExtractedEvent:
    start = text.index(quote)
    return ExtractedEvent(person, "百川智能", event, month, precision, role, destination, quote, start, start + len(quote))


def article(path: str, text: str, published: date, digest: str) -> Article:
    return Article(path=path, text=text, body_start=0, content_hash=digest, published=published, title=path)


A1 = article("a.txt", T1, date(2025, 4, 11), "h1")
E1 = [
    ev(T1, "百川智能联合创始人焦可已经离职", "焦可", "departed", "2025-04", "report", "联合创始人"),
    ev(T1, "陈炜鹏即将离职", "陈炜鹏", "pending", "2025-04", "report", destination="AI Coding方向创业"),
]
A2 = article("b.txt", T2, date(2025, 6, 17), "h2")
E2 = [ev(T2, T2, "焦可", "departed"), ev(T2, T2, "陈炜鹏", "departed", destination="大模型创业公司")]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    con = open_database(path)
    Writer(con).write_batch([(A1, E1), (A2, E2)])
    con.close()
    return path


def test_same_event_in_two_articles_is_one_event_with_two_sources(db):
    r = Reader(db)
    feed = r.feed(Filters())
    jiao = feed.filter(person="焦可")
    assert jiao.height == 1
    assert jiao["sources"][0] == 2
    # The month comes from the claim that states one, not from the later vaguer report.
    assert jiao["month"][0] == "2025-04"
    r.close()


def test_pending_then_departed_is_kept_as_two_events_marked_in_conflict(db):
    r = Reader(db)
    chen = r.feed(Filters(person="陈炜鹏")).sort("event")
    assert chen["event"].to_list() == ["departed", "pending"]
    assert chen["conflict"].to_list() == [True, True]
    pending = r.event(chen.filter(event="pending")["event_id"][0])
    assert "later report (2025-06-17) says departed" in pending["conflict_note"]
    # The newest report decides the person's current status.
    people = r.people(Filters())
    assert people.filter(person="陈炜鹏")["last_event"][0] == "departed"
    r.close()


def test_quotes_are_stored_with_offsets_into_the_article_text(db):
    r = Reader(db)
    checked = 0
    for event_id in r.feed(Filters())["event_id"]:
        for s in r.sources(event_id):
            text = r.article(s["article_id"])["text"]
            assert text[s["start"] : s["end"]] == s["quote"]
            checked += 1
    assert checked == 4
    r.close()


def test_rewriting_an_unchanged_article_changes_nothing(db):
    con = open_database(db)
    before = con.execute("SELECT count(*) FROM claims").fetchone()
    results = Writer(con).write_batch([(A1, E1)])
    assert [r.status for r in results] == ["unchanged"]
    assert con.execute("SELECT count(*) FROM claims").fetchone() == before
    con.close()


def test_a_changed_file_replaces_that_articles_facts(db):
    changed = article("a.txt", T1 + "补充。", date(2025, 4, 11), "h1b")
    con = open_database(db)
    writer = Writer(con)
    [result] = writer.write_batch([(changed, E1[:1])])
    assert result.status == "updated"
    # the old text is dropped when the ingest ends, once no path of the run holds it any more
    assert writer.drop_unheld() == 1
    assert con.execute("SELECT count(*) FROM articles WHERE path = 'a.txt'").fetchone()[0] == 1
    # 陈炜鹏's pending claim came only from the old version: it is gone, and so is the conflict.
    rows = con.execute("SELECT event, conflict FROM events WHERE person = '陈炜鹏'").fetchall()
    assert rows == [("departed", False)]
    con.close()


def test_a_conflict_across_batches_is_found_when_the_second_report_comes(tmp_path):
    con = open_database(tmp_path / "t.duckdb")
    writer = Writer(con)
    writer.write_batch([(A1, E1)])  # 陈炜鹏 pending: no conflict yet
    writer.write_batch([(A2, E2)])  # departed, in a later batch: his stored events are merged again
    rows = con.execute("SELECT event, conflict FROM events WHERE person = '陈炜鹏' ORDER BY event").fetchall()
    assert rows == [("departed", True), ("pending", True)]
    jiao = con.execute("SELECT n_sources, month FROM events WHERE person = '焦可'").fetchall()
    assert jiao == [(2, "2025-04")]
    con.close()


def test_a_failed_batch_leaves_no_id_behind(tmp_path):
    """A batch rolled back after its new people were given ids: a later batch naming them again
    stores them, rather than pointing at an id that was never written."""
    con = open_database(tmp_path / "t.duckdb")
    writer = Writer(con)
    writer.write_batch([(A1, E1)])
    text = "月之暗面副总裁王一鸣已离职。"
    moved = ExtractedEvent("王一鸣", "月之暗面", "departed", None, None, "副总裁", None, text, 0, len(text))
    broken = dataclasses.replace(moved, start="not an offset")  # fails as the claims are inserted
    with pytest.raises(Exception):
        writer.write_batch([(article("c.txt", text, date(2025, 5, 6), "h3"), [broken])])
    writer.write_batch([(article("c.txt", text, date(2025, 5, 6), "h3"), [moved])])
    rows = con.execute("SELECT person, company, event FROM events WHERE person = '王一鸣'").fetchall()
    assert rows == [("王一鸣", "月之暗面", "departed")]
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()


def test_merging_batch_by_batch_gives_the_events_a_full_rebuild_gives(tmp_path):
    """Events merged a batch at a time (pairs seen before and pairs first seen, changed files)
    equal the events merged from every claim at once."""
    corpus = tmp_path / "corpus"
    synth.generate(corpus / "a", 240, seed=11)
    synth.generate(corpus / "b", 240, seed=12)
    db = str(tmp_path / "t.duckdb")
    ingest([corpus / "a"], db, jobs=1, batch_articles=16)
    ingest([corpus / "b"], db, jobs=1, batch_articles=16)
    for i, f in enumerate(sorted((corpus / "a").glob("*.md"))[:40]):
        text = f.read_text(encoding="utf-8")
        f.write_text(text[: len(text) // 2] if i % 2 else text + "\n补充。", encoding="utf-8")
    ingest([corpus / "a"], db, jobs=1, batch_articles=16)

    con = open_database(db)
    query = "SELECT * FROM events ORDER BY event_id"
    incremental = con.execute(query).fetchall()
    recurring = con.execute("SELECT count(*) FROM events WHERE n_sources > 1 OR conflict").fetchone()[0]
    Writer(con).rebuild_events()
    assert con.execute(query).fetchall() == incremental
    con.close()
    assert recurring > 0  # the corpus did exercise merging across articles


def test_month_filter_uses_the_report_month_when_the_event_month_is_unknown(db):
    r = Reader(db)
    june = r.feed(Filters(months=single("2025-06")))
    assert set(june["person"]) == {"陈炜鹏"}
    assert june["month_precision"].to_list() == [None]
    assert r.months() == ["2025-04", "2025-06"]
    r.close()


def test_filter_values_are_parameters_not_sql(db):
    r = Reader(db)
    assert r.feed(Filters(text="'; DROP TABLE events; --")).height == 0
    assert r.feed(Filters(company="x' OR '1'='1")).height == 0
    assert r.feed_count(Filters()) == 3
    r.close()


def test_companies_count_moves_and_net_flow(db):
    r = Reader(db)
    row = r.companies(Filters()).to_dicts()[0]
    # people, not reports: 陈炜鹏, reported leaving and later gone, is one departed person
    assert (row["company"], row["departed"], row["pending"], row["joined"], row["net"]) == ("百川智能", 2, 0, 0, -2)
    assert [t["month"] for t in row["trend"]] == ["2025-04", "2025-06"]
    r.close()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    open_database(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="newer churn-tui"):
        open_database(path)


def test_a_foreign_duckdb_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    with pytest.raises(StoreError, match="not a churn-tui one"):
        open_database(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT * FROM t").fetchall() == [(1,)]
    con.close()


def test_a_file_that_is_not_a_database_is_refused_and_not_overwritten(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a DuckDB database"):
        open_database(path)
    assert path.read_bytes() == before


def test_reading_never_takes_a_write_lock(db):
    a, b = Reader(db), Reader(db)  # two read-only readers at once
    assert a.feed_count(Filters()) == b.feed_count(Filters())
    a.close()
    b.close()


def test_clustering_rewrites_events_in_month_order_and_loses_nothing(tmp_path):
    from tests.perf.make_db import make

    path = tmp_path / "c.duckdb"
    make(path, 4000, seed=3)  # generated out of month order, then clustered as ingest would
    con = open_database(path)
    try:
        before = con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
        # scatter the rows again, then let the writer decide
        con.execute("CREATE TEMP TABLE s AS SELECT * FROM events ORDER BY md5(event_id)")
        con.execute("DELETE FROM events")
        con.execute("INSERT INTO events SELECT * FROM s")
        writer = Writer(con)
        assert writer.cluster_events() is False  # a small table is left alone
        assert writer.cluster_events(min_rows=1, min_share=0.0) is True
        months = [r[0] for r in con.execute("SELECT feed_month FROM events").fetchall()]
        assert months == sorted(months)
        assert con.execute("SELECT * FROM events ORDER BY event_id").fetchall() == before
    finally:
        con.close()


def test_article_text_is_stored_with_zstd_in_a_duckdb_file(db):
    """Read one article at a time, never scanned: stored compactly, and cheap to checkpoint."""
    con = duckdb.connect(str(db), read_only=True)
    kinds = {r[0] for r in con.execute(
        "SELECT compression FROM pragma_storage_info('articles') WHERE column_name = 'text' AND segment_type = 'VARCHAR'"
    ).fetchall()}
    text = con.execute("SELECT text FROM articles WHERE article_id = 'h1'").fetchone()[0]
    con.close()
    assert kinds == {"ZSTD"}
    assert text == T1


LONG_QUERY = "SELECT count(*) FROM range(1000000000) a, range(1000) b WHERE (a.range * b.range) % 7 = 3"

# DuckDB notices a SIGINT mid-query only some of the time (about 6 in 10 here); otherwise
# Python raises KeyboardInterrupt itself when the query ends. Either way the caller must see a
# KeyboardInterrupt, and at least one of several tries must be the mid-query case (on a busy
# machine DuckDB notices it less often: up to 20 tries, each at most 1.5 s, the first success ends it).
SIGINT_DURING_A_QUERY = f"""
import os, signal, threading, time, duckdb
from tui.store import ctrl_c_as_keyboard_interrupt
# a child inherits an ignored SIGINT from whatever ran before in the parent: handle it as Python does
signal.signal(signal.SIGINT, signal.default_int_handler)
for _ in range(20):
    con = duckdb.connect()
    threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGINT)).start()
    backstop = threading.Timer(1.5, con.interrupt)  # ends the query if the signal was not seen
    backstop.start()
    started = time.monotonic()
    try:
        with ctrl_c_as_keyboard_interrupt():
            con.execute({LONG_QUERY!r}).fetchall()
    except BaseException as e:
        print(type(e).__name__, "mid-query" if time.monotonic() - started < 1.0 else "after")
    backstop.cancel()
    if time.monotonic() - started < 1.0:
        break
    backstop.join()
"""


def test_ctrl_c_during_a_query_is_a_keyboard_interrupt():
    """DuckDB swallows the KeyboardInterrupt of a Ctrl-C it notices during a query and raises
    RuntimeError; an ingest must still see a Ctrl-C, or it ends with a traceback instead of a
    summary. Run in a fresh interpreter so the suite's own SIGINT handling is not involved."""
    out = subprocess.run([sys.executable, "-c", SIGINT_DURING_A_QUERY], capture_output=True, text=True, timeout=120)
    lines = out.stdout.splitlines()
    assert lines and all(line.startswith("KeyboardInterrupt ") for line in lines), out.stdout + out.stderr
    assert lines[-1] == "KeyboardInterrupt mid-query", out.stdout


def test_an_interrupted_query_is_a_keyboard_interrupt():
    con = duckdb.connect()
    threading.Timer(0.2, con.interrupt).start()
    with pytest.raises(KeyboardInterrupt), ctrl_c_as_keyboard_interrupt():
        con.execute(LONG_QUERY).fetchall()


def test_other_query_errors_pass_through_unchanged(tmp_path):
    con = duckdb.connect()
    with pytest.raises(duckdb.CatalogException), ctrl_c_as_keyboard_interrupt():
        con.execute("SELECT * FROM no_such_table")


def test_the_spellings_an_article_used_are_stored_and_searchable(tmp_path):
    """An article in traditional characters names 吳新宙 of 小鵬汽車: the event is filed under the
    simplified names and found by the spellings the page used."""
    from tui.extract import extract_events

    text = "據悉，小鵬汽車副總裁吳新宙已於本月離職。特斯拉項目負責人米蘭·科瓦奇(Milan Kovac)宣佈離職。"
    a = article("tw.txt", text, date(2025, 6, 8), "tw")
    con = open_database(tmp_path / "a.duckdb")
    Writer(con).write_batch([(a, extract_events(text, a.published))])
    aliases = set(con.execute("SELECT p.name, a.alias FROM person_aliases a JOIN people p USING (person_id)").fetchall())
    companies = set(con.execute("SELECT c.name, a.alias FROM company_aliases a JOIN companies c USING (company_id)").fetchall())
    con.close()
    assert ("吴新宙", "吳新宙") in aliases and ("Milan Kovac", "米兰·科瓦奇") in aliases
    assert ("小鹏", "小鵬汽車") in companies
    r = Reader(tmp_path / "a.duckdb")
    try:
        for spelling, events in (("吳新宙", 1), ("小鵬汽車", 1), ("科瓦奇", 1), ("milan", 1)):
            assert r.feed(Filters(text=spelling)).height == events, spelling
    finally:
        r.close()
