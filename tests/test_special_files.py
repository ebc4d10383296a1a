"""Special files and hostile front matter: only regular files are read, each refusal names the
file and the reason, and nothing blocks or eats the machine's memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_bad_input import GOOD
from tui.read import ReadError, read_article


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # /dev/zero read whole would take it all


def ingest_lines(tmp_path: Path, *paths: Path) -> tuple[int, list[str]]:
    # a FIFO that is opened blocks for ever: the timeout turns that into a failure, not a hang
    out = subprocess.run(
        [sys.executable, "-m", "tui", "ingest", "--db", str(tmp_path / "x.duckdb"), *map(str, paths), "-j", "1"],
        capture_output=True, text=True, cwd=REPO, timeout=120, preexec_fn=_limit_memory,
    )
    return out.returncode, (out.stdout + out.stderr).splitlines()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_folder_walk_reads_only_regular_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.md")
    (folder / "environ.txt").symlink_to("/proc/self/environ")
    code, lines = ingest_lines(tmp_path, folder)
    assert code == 1, lines
    assert any("zero.md" in line and "/dev/zero" in line and "character device" in line for line in lines), lines
    assert any("pipe.md" in line and "FIFO" in line for line in lines), lines
    assert any("environ.txt" in line and "system file" in line for line in lines), lines
    assert any("4 files: 1 new" in line and "3 failed" in line for line in lines), lines


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_special_files_given_by_name_are_refused_with_the_reason(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "named.md")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    code, lines = ingest_lines(tmp_path, tmp_path / "named.md", tmp_path / "zero.txt")
    assert code == 1
    assert any("named.md" in line and "FIFO" in line for line in lines), lines
    assert any("zero.txt" in line and "character device" in line for line in lines), lines
    for name in ("named.md", "zero.txt"):
        with pytest.raises(ReadError) as err:
            read_article(tmp_path / name)
        assert "not a regular file" in err.value.reason


def _bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + f"\ndate: *{chr(ord('a') + levels - 1)}\ntitle: *{chr(ord('a') + levels - 1)}\n"


def test_a_yaml_alias_bomb_is_refused_and_the_body_still_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{_bomb()}---\n据悉，面壁智能首席技术官刘知远近日已经离职。\n", encoding="utf-8")
    # in a process of its own, with 1.5 GB of address space: an expanding bomb fails there fast
    # instead of taking this machine's memory
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))\n"
        "from tui.read import read_article\n"
        f"a = read_article({str(path)!r})\n"
        "print(a.body.strip()); print('|'.join(a.warnings))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    body, warnings = out.stdout.splitlines()
    assert body == "据悉，面壁智能首席技术官刘知远近日已经离职。"
    assert "aliases" in warnings and "metadata ignored" in warnings


def test_front_matter_with_ampersands_but_no_aliases_is_read(tmp_path: Path) -> None:
    path = tmp_path / "url.md"
    path.write_text(
        "---\ntitle: A & B\nurl: https://example.com/a?x=1&y=2*3\ndate: 2025-05-01\n---\n据悉，面壁智能首席技术官刘知远近日已经离职。\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "A & B" and article.url == "https://example.com/a?x=1&y=2*3"
    assert article.published is not None and not article.warnings


def test_oversized_front_matter_is_ignored_and_the_body_read(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    filler = "".join(f"k{i}: {'值' * 60}\n" for i in range(3000))
    path.write_text(f"---\ntitle: 大\n{filler}---\n据悉，面壁智能首席技术官刘知远近日已经离职。\n", encoding="utf-8")
    article = read_article(path)
    assert article.body.strip() == "据悉，面壁智能首席技术官刘知远近日已经离职。"
    assert any("front matter is too large" in w for w in article.warnings), article.warnings


def test_the_size_limit_holds_on_what_is_read_whatever_stat_said() -> None:
    """A file whose stat size is wrong (it grew, or its file system does not know) is still cut
    at the limit: what is read is counted, not what stat promised."""
    from tui.read.regular_file import _read_at_most

    for limit, expected, whole in ((50, 0, False), (50, 10, False), (200, 0, True), (100, 100, True)):
        read_end, write_end = os.pipe()
        os.write(write_end, b"x" * 100)
        os.close(write_end)
        try:
            got = _read_at_most(read_end, limit, expected=expected)
        finally:
            os.close(read_end)
        assert got == (b"x" * 100 if whole else None), (limit, expected)
