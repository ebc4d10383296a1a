"""Faults: an ingest killed with SIGKILL at random moments, or stopped with Ctrl-C, leaves a
database that opens, holds only whole articles, and completes correctly on the next run."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED_DIR
from tui.extract import extract_events
from tui.read import read_article
from tui.store import open_database
from tui.store.database import schema_version

KILLS = int(os.environ.get("CHURN_TUI_KILLS", "12"))
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩然思远"
COMPANIES = ["百川智能", "智谱", "MiniMax", "月之暗面", "零一万物", "阶跃星辰", "面壁智能", "商汤科技"]
ROLES = ["副总裁", "首席技术官", "产品负责人", "联合创始人", "技术总监"]
FILLER = "行业人士认为，大模型公司正在从技术竞赛转向商业落地，人才流动因此加速。" * 6


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for p in SEED_DIR.iterdir():
        shutil.copy(p, folder / p.name)
    for i in range(n):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        month = rng.randint(1, 9)
        body = f"据悉，{company}{role}{name}已于今年{month}月离职。\n\n{FILLER}\n\n第{i}篇。\n"
        (folder / f"gen{i:04d}.md").write_text(f"---\ntitle: 第{i}篇\ndate: 2025-10-{1 + i % 28:02d}\n---\n{body}", encoding="utf-8")


def expected_claims(folder: Path) -> dict[str, int]:
    out = {}
    for p in sorted(folder.iterdir()):
        a = read_article(p)
        out[a.content_hash] = len(extract_events(a.text, a.published, body_start=a.body_start))
    return out


def ingest_cmd(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "tui", "ingest", "--db", str(db), str(folder), "-q", "-j", "2", "--wait", "10"]


def check_whole(db: Path, expected: dict[str, int]) -> int:
    """The database opens; every stored article has all its claims; events match claims."""
    raw = duckdb.connect(str(db), read_only=True)
    try:
        if schema_version(raw) == 0:
            return 0  # killed after DuckDB made the file, before the schema was committed: nothing stored
    finally:
        raw.close()
    con = open_database(str(db), read_only=True)
    try:
        per_article = dict(
            con.execute("SELECT a.article_id, count(c.article_id) FROM articles a LEFT JOIN claims c USING (article_id) GROUP BY 1").fetchall()
        )
        for article_id, n in per_article.items():
            assert expected[article_id] == n, f"article {article_id[:8]} has {n} of {expected[article_id]} claims"
        orphans = con.execute("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT article_id FROM articles)").fetchone()[0]
        assert orphans == 0
        dup_articles = con.execute("SELECT count(*) - count(DISTINCT article_id) FROM articles").fetchone()[0]
        assert dup_articles == 0
        dup_events = con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
        assert dup_events == 0
        unmerged = con.execute(
            "SELECT count(*) FROM (SELECT DISTINCT event_id FROM claims) c FULL JOIN events e USING (event_id) WHERE e.event_id IS NULL OR c.event_id IS NULL"
        ).fetchone()[0]
        assert unmerged == 0
        return len(per_article)
    finally:
        con.close()


def export(db: Path) -> list[tuple]:
    con = open_database(str(db), read_only=True)
    try:
        return con.execute("SELECT event_id, person, company, event, month, n_sources FROM events ORDER BY event_id").fetchall()
    finally:
        con.close()


def _corpus(root: Path, n: int) -> tuple[Path, dict[str, int], list[tuple]]:
    folder = root / "articles"
    make_corpus(folder, n)
    clean = root / "clean.duckdb"
    assert subprocess.run(ingest_cmd(clean, folder), capture_output=True).returncode == 0
    return folder, expected_claims(folder), export(clean)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, int], list[tuple]]:
    return _corpus(tmp_path_factory.mktemp("kill"), 150)


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory) -> tuple[Path, dict[str, int], list[tuple]]:
    """Long enough (a few seconds) that a Ctrl-C sent soon after the start lands mid-run."""
    return _corpus(tmp_path_factory.mktemp("ctrl_c"), 1500)


def test_sigkill_at_random_moments_never_leaves_half_an_article(corpus, tmp_path: Path) -> None:
    folder, expected, clean = corpus
    rng = random.Random(2026)
    db = tmp_path / "killed.duckdb"
    survived, stored_counts = 0, []
    for _ in range(KILLS):
        proc = subprocess.Popen(ingest_cmd(db, folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.2, 2.5))
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes
        proc.wait()
        if db.exists():
            stored_counts.append(check_whole(db, expected))
        survived += 1
    assert survived == KILLS
    final = subprocess.run(ingest_cmd(db, folder), capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    check_whole(db, expected)
    assert export(db) == clean  # no duplicate, no missing event, same source counts
    assert stored_counts, "no kill landed after the database was created"


def test_ctrl_c_stops_cleanly_and_says_how_far_it_got(long_corpus, tmp_path: Path) -> None:
    folder, expected, clean = long_corpus
    db = tmp_path / "interrupted.duckdb"
    proc = subprocess.Popen(ingest_cmd(db, folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not db.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    files = len(list(folder.iterdir()))
    if "interrupted" not in out and f"{files:,} of {files:,} files" in out:
        # finished first: Ctrl-C then met the summary or Python's own exit (-SIGINT)
        pytest.skip("the ingest finished before Ctrl-C arrived")
    assert proc.returncode == 130, err
    assert "interrupted: " in out and " of " in out
    check_whole(db, expected)
    again = subprocess.run(ingest_cmd(db, folder), capture_output=True, text=True)
    assert again.returncode == 0
    assert export(db) == clean


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker through /proc")
def test_a_worker_killed_mid_run_costs_no_article(long_corpus, tmp_path: Path) -> None:
    """The out-of-memory killer or a user may end a worker: the ingest reads its articles itself."""
    folder, expected, clean = long_corpus
    db = tmp_path / "worker_killed.duckdb"
    proc = subprocess.Popen(ingest_cmd(db, folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 30
    while killed is None and proc.poll() is None and time.monotonic() < deadline:
        # the ingest's children are the fork server, whose children are the workers
        workers = [w for child in _children(proc.pid) for w in _children(child)]
        if workers and db.exists():
            time.sleep(0.3)
            killed = workers[0]
            with contextlib.suppress(ProcessLookupError):
                os.kill(killed, signal.SIGKILL)
        time.sleep(0.02)
    out, err = proc.communicate(timeout=120)
    if killed is None:
        pytest.skip("the ingest finished before a worker could be killed")
    assert proc.returncode == 0, err
    assert "interrupted" not in out
    check_whole(db, expected)
    assert export(db) == clean


def _children(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            if int(fields.get("PPid", "0").strip()) == pid:
                found.add(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie is gone, only not yet reaped


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_workers_end_when_the_ingest_is_killed(tmp_path: Path) -> None:
    """kill -9 gives the ingest no chance to stop its pool: its fork server, workers and resource
    tracker must notice by themselves, not wait for work for ever."""
    folder = tmp_path / "corpus"
    make_corpus(folder, 3000)
    proc = subprocess.Popen(ingest_cmd(tmp_path / "k.duckdb", folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    helpers: set[int] = set()
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while not workers and proc.poll() is None and time.monotonic() < deadline:
            helpers = _children(proc.pid)  # the fork server and the resource tracker
            workers = {w for h in helpers for w in _children(h)}  # forked by the fork server
            time.sleep(0.05)
        assert workers, "no worker was seen while the ingest ran"
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 60
    while any(map(_alive, helpers | workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in helpers | workers if _alive(pid)]
    for pid in left:  # the test's own leftovers are not left to the machine
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert left == [], f"still running after the ingest was killed: {left}"


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="follows the ingest's work through /proc")
def test_ctrl_c_does_not_wait_for_a_long_article(tmp_path: Path) -> None:
    """Ctrl-C stops an ingest that is reading one very long file: the half-read article is not
    stored and nothing waits for its extraction, which alone takes far longer (about a minute of
    processor time) than the deadline that fails this test."""
    folder = tmp_path / "long"
    folder.mkdir()
    rng = random.Random(3)
    # one line of four million characters, a move in every sentence: the costliest text per byte
    sentences, size = [], 0
    while size < 4_000_000:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        old, new = rng.sample(COMPANIES, 2)
        sentences.append(f"据悉，{old}{rng.choice(ROLES)}{name}已于今年{rng.randint(1, 9)}月离职，加盟{new}。")
        size += len(sentences[-1])
    (folder / "long.txt").write_text("".join(sentences), encoding="utf-8")
    db = tmp_path / "long.duckdb"
    cmd = [sys.executable, "-m", "tui", "ingest", "--db", str(db), str(folder), "-j", "1", "--wait", "10"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Starting and opening the store cost about a second of processor time: past three, the
    # ingest is reading or extracting the long file, whatever the machine's load.
    deadline = time.monotonic() + 120
    while proc.poll() is None and _cpu_seconds(proc.pid) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before Ctrl-C"
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("Ctrl-C waited for the long article's extraction")
    assert proc.returncode == 130, err
    assert "interrupted: 0 of 1 file" in out  # the half-read article is not stored
