"""Copying tells the truth: where OSC 52 cannot arrive (tmux with set-clipboard off) and no
clipboard tool took the text, the app says why, with the fix, and shows the text to select."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tui.app import ChurnApp
from tui.app.clipboard import best_source, osc52_blocked, tmux_set_clipboard
from tui.app.screens.copy_fallback import CopyFallback
from tui.app.widgets.table_pane import TablePane
from tui.store import Filters, Reader

from tests.app_helpers import pane_keys, settle, wait_until

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


@pytest.fixture
def reader(seed_db: Path):
    r = Reader(seed_db)
    yield r
    r.close()


@pytest.fixture
def tmux_server(tmp_path):
    """A tmux server of its own (its own socket), with set-clipboard off; yields its $TMUX."""
    sock = tmp_path / "tmux.sock"
    subprocess.run(["tmux", "-S", str(sock), "-f", "/dev/null", "new-session", "-d", "-s", "t"], check=True)
    subprocess.run(["tmux", "-S", str(sock), "set", "-s", "set-clipboard", "off"], check=True)
    try:
        yield sock, f"{sock},0,0"
    finally:
        subprocess.run(["tmux", "-S", str(sock), "kill-server"], check=False)


@needs_tmux
def test_tmux_set_clipboard_is_read_from_the_server_the_app_runs_in(tmux_server):
    sock, tmux_env = tmux_server
    env = {"TMUX": tmux_env, "PATH": "/usr/bin:/bin:/usr/local/bin"}
    assert tmux_set_clipboard(env) == "off"
    blocked = osc52_blocked(env)
    assert blocked and "set -s set-clipboard on" in blocked
    subprocess.run(["tmux", "-S", str(sock), "set", "-s", "set-clipboard", "on"], check=True)
    assert osc52_blocked(env) is None
    assert osc52_blocked({}) is None  # not in tmux: nothing known in the way


def test_the_sentence_about_the_person_alone_is_chosen():
    sources = [{"quote": "百川智能在过去半年也有洪涛、焦可、陈炜鹏等多位高管相继离职"}, {"quote": "联合创始人焦可已经离职"}]
    assert best_source(sources, "焦可") == 1
    assert best_source(sources, "无名") == 0  # none names them: the newest report


@needs_tmux
async def test_copy_in_tmux_without_set_clipboard_says_so_and_shows_the_text(reader: Reader, tmux_server, monkeypatch) -> None:
    _, tmux_env = tmux_server
    monkeypatch.setenv("TMUX", tmux_env)
    app = ChurnApp(reader)
    async with app.run_test(size=(120, 32)) as pilot:
        await settle(app, pilot)
        app._apply(Filters(person="焦可"))
        await settle(app, pilot)
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, CopyFallback) or bool(app.clipboard), "the copy answered")
        if not isinstance(app.screen, CopyFallback):
            pytest.skip("a system clipboard tool took the text: tmux's setting does not matter here")
        assert "set-clipboard off" in app.screen.reason and "set -s set-clipboard on" in app.screen.reason
        assert app.screen.query_one("#copy-text").text == "百川智能被曝联合创始人焦可已经离职"


async def test_c_copies_the_quote_about_the_person_alone(reader: Reader, monkeypatch) -> None:
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("STY", raising=False)
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        for person, quote in (("焦可", "百川智能被曝联合创始人焦可已经离职"), ("洪涛", "联合创始人、商业化负责人洪涛也选择了离开")):
            app._apply(Filters(person=person))
            await settle(app, pilot)
            assert len(reader.sources(pane_keys(app, "feed")[0])) == 2
            app.query_one("#feed", TablePane).focus_table()
            await pilot.press("c")
            await wait_until(pilot, lambda: app.clipboard == quote, f"{person}'s own sentence copied")


def test_a_citation_names_the_file_where_there_is_no_title_and_never_site_packages():
    from tui.app.clipboard import citation
    from tui.resources import articles_dir

    bundled = articles_dir() / "001_e7104e947feaa275.txt"
    text = citation({"quote": "首席运营官张帆也于本月离职[^3]", "title": None, "author": None, "published": None, "url": None, "file": str(bundled)})
    assert text == "「首席运营官张帆也于本月离职」 — 001_e7104e947feaa275.txt, data/articles/001_e7104e947feaa275.txt"
    full = citation({"quote": "q", "title": "T", "author": "A", "published": None, "url": "https://e.com/1", "file": "news/a.md"})
    assert full == "「q」 — T, A, https://e.com/1, news/a.md"


async def test_C_on_an_article_without_a_title_cites_its_file(reader: Reader) -> None:
    app = ChurnApp(reader)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        app._apply(Filters(person="张帆"))
        await settle(app, pilot)
        app.query_one("#feed", TablePane).focus_table()
        await pilot.press("C")
        await wait_until(pilot, lambda: app.clipboard.startswith("「"), "a citation copied")
        assert "001_e7104e947feaa275.txt" in app.clipboard and "site-packages" not in app.clipboard
        assert "2025年上半年" not in app.clipboard.split("」 — ")[1]  # no cut of the first sentence as a title
