"""Every kind of bad file gets one clear line naming it and the reason; the run goes on, the exit
code says files failed, and nothing already stored is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import SEED_DIR
from tui.read import ReadError, discover, read_article

GOOD = "---\ntitle: 测试\ndate: 2025-05-01\n---\n据悉，面壁智能首席技术官刘知远近日已经离职。\n"


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def export_ids(db: Path) -> set[str]:
    out = run_cli("export", "--db", str(db), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    return {line.split('"id":"', 1)[1].split('"', 1)[0] for line in out.stdout.splitlines() if line.strip()}


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, set[str]]:
    db = tmp_path / "kept.duckdb"
    assert run_cli("ingest", "--db", str(db), str(SEED_DIR), "-q").returncode == 0
    return db, export_ids(db)


BAD: dict[str, tuple[bytes, str]] = {
    "empty.md": (b"", "empty file"),
    "blank.txt": ("  \n\t\n\u3000\n".encode(), "only whitespace"),
    "image.md": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary data (a PNG image)"),
    "broken-yaml.md": ("---\ntitle: [unclosed\n---\n百川智能联合创始人焦可已经离职。\n".encode(), None),
    "shell.html": (b"<html><head><title>x</title></head><body><nav>home</nav></body></html>", "HTML page with no article text"),
    "english.md": (b"---\ntitle: hello\n---\nThe CTO left the company last month.\n", "no Chinese text"),
    "frontmatter-only.md": (b"---\ntitle: only\n---\n", "front matter only"),
    "report.pdf.md": (b"%PDF-1.7\n" + bytes(range(256)) * 8, "a PDF document"),
}


def test_each_bad_file_is_named_with_its_reason_and_nothing_stored_is_lost(tmp_path: Path, stored) -> None:
    db, before = stored
    folder = tmp_path / "bad"
    folder.mkdir()
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    out = run_cli("ingest", "--db", str(db), str(folder), str(tmp_path / "missing.md"))
    assert out.returncode == 1
    lines = (out.stdout + out.stderr).splitlines()
    for name, (_, reason) in BAD.items():
        if reason is None:
            continue
        hits = [line for line in lines if name in line and reason in line]
        assert len(hits) == 1, (name, reason, lines)
    assert any("missing.md" in line and "no such file" in line for line in lines)
    assert any("broken-yaml.md" in line and "not valid YAML" in line for line in lines)  # a warning: still read
    after = export_ids(db)
    assert before <= after and len(after) > len(before)  # the good file added its event, nothing was lost


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("gb18030", b""), ("gbk", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8", b"\xef\xbb\xbf"), ("big5", b"")],
)
def test_encodings_decode_to_the_same_article(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = GOOD if encoding != "big5" else "---\ntitle: 測試報導\ndate: 2025-05-01\n---\n據悉，面壁智能首席技術官劉知遠近日已經離職，公司方面尚未回應。\n"
    plain = tmp_path / "plain.md"
    plain.write_text(text, encoding="utf-8")
    other = tmp_path / f"{encoding}.md"
    other.write_bytes(bom + text.encode(encoding))
    a, b = read_article(plain), read_article(other)
    assert b.text == a.text and b.content_hash == a.content_hash
    assert b.published == a.published and b.title == a.title


def test_a_stray_invalid_byte_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "stray.md"
    data = GOOD.encode("utf-8")
    cut = data.index("离职".encode())
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    article = read_article(path)
    assert "\ufffd" in article.text
    assert any("invalid UTF-8" in w for w in article.warnings)


def test_nonsense_date_is_a_warning_and_the_date_is_inferred_or_unknown(tmp_path: Path) -> None:
    path = tmp_path / "date.md"
    path.write_text("---\ndate: not-a-date\n---\n检索日期2025/6/17。百川智能联合创始人焦可已经离职。\n", encoding="utf-8")
    article = read_article(path)
    assert any("not a date" in w for w in article.warnings)
    assert article.published is not None and article.published.isoformat() == "2025-06-17"
    assert article.published_source == "inferred"


def test_a_file_too_large_for_one_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(ReadError) as err:
        read_article(path)
    assert "too large" in err.value.reason and "50.0 MB" in err.value.reason


def test_emoji_and_zero_width_characters(tmp_path: Path) -> None:
    path = tmp_path / "emoji.md"
    path.write_text("---\ndate: 2025-05-01\n---\n🔥🔥 重磅！面壁智能首席技术官刘\u200b知远近日已经离职 👋\u200d\n", encoding="utf-8")
    from tui.extract import extract_events

    article = read_article(path)
    (event,) = extract_events(article.text, article.published, body_start=article.body_start)
    assert event.person == "刘知远"
    assert article.text[event.start : event.end] == event.quote


def test_a_symlink_loop_and_thousands_of_files(tmp_path: Path) -> None:
    root = tmp_path / "many"
    sub = root / "sub"
    sub.mkdir(parents=True)
    (sub / "loop").symlink_to(root, target_is_directory=True)
    for i in range(2000):
        (sub / f"a{i:04d}.md").write_text(GOOD.replace("刘知远", f"刘知{chr(0x4E00 + i)}"), encoding="utf-8")
    (sub / "notes.docx").write_bytes(b"PK\x03\x04")
    (sub / ".hidden.md").write_text(GOOD, encoding="utf-8")
    found = list(discover([root]))
    assert len(found) == 2000 and all(isinstance(p, Path) for p in found)
    db = tmp_path / "many.duckdb"
    out = run_cli("ingest", "--db", str(db), str(root), "-q", "-j", "2")
    assert out.returncode == 0, out.stderr
    assert "2,000 of 2,000 files: 2,000 new" in out.stdout + out.stderr


def test_file_symlinks_are_followed_once_and_broken_ones_reported(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text(GOOD, encoding="utf-8")
    root = tmp_path / "tree"
    root.mkdir()
    (root / "a.md").write_text(GOOD, encoding="utf-8")
    (root / "same_as_a.md").symlink_to(root / "a.md")
    (root / "outside.md").symlink_to(outside)
    (root / "dangling.md").symlink_to(tmp_path / "missing.md")
    found = list(discover([root, root / "a.md"]))
    paths = sorted(p.name for p in found if isinstance(p, Path))
    errors = [e for e in found if not isinstance(e, Path)]
    assert paths == ["a.md", "outside.md"]
    assert len(errors) == 1 and errors[0].path.endswith("dangling.md") and "broken symlink" in errors[0].reason


def test_a_file_that_vanishes_before_it_is_read(tmp_path: Path) -> None:
    from tui.ingest import FAILED, process_file

    path = tmp_path / "gone.md"
    path.write_text(GOOD, encoding="utf-8")
    path.unlink()
    outcome = process_file(str(path))
    assert outcome.status == FAILED and "removed during the run" in outcome.reason


def test_unsupported_file_given_by_name(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError) as err:
        read_article(path)
    assert "unsupported file type .pptx" in err.value.reason


def test_the_record_survives_every_bad_batch_in_all_formats(tmp_path: Path, stored) -> None:
    db, before = stored
    out = tmp_path / "e.parquet"
    assert run_cli("export", "--db", str(db), "--format", "parquet", "--out", str(out)).returncode == 0
    assert set(pl.read_parquet(out)["id"]) == before
