"""The article view's text: front matter hidden, Markdown marks left out, lines broken between
words, and every quote still found by its stored offsets."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tui.app.reading import made_inert, readable, wrapped
from tui.read.article import read_article
from tui.resources import articles_dir

PAGE = (
    "---\ntitle: '星澜科技又走一位副总裁'\ndate: 2025-04-11\n---\n\n"
    "### 人事变动\n\n据悉，**星澜科技**副总裁韩思远已于今年3月离职[^1]，加入OpenAI负责AI Agent业务。\n\n"
    "> 详见[原文](https://example.com/a)。\n\n[^1]: 来源：智能观察\n"
)


def test_front_matter_and_markdown_marks_are_not_shown() -> None:
    shown = readable(PAGE, PAGE.index("\n\n###"))
    assert shown.text.startswith("人事变动\n")
    for mark in ("title:", "###", "**", "[^1]", "](", "> "):
        assert mark not in shown.text, mark
    assert "星澜科技副总裁韩思远" in shown.text and "详见原文。" in shown.text


def test_a_quote_is_found_by_its_stored_offsets_after_marks_and_wrapping() -> None:
    quote = "副总裁韩思远已于今年3月离职"
    start = PAGE.index(quote)
    for width in (8, 13, 20, 33, 80):
        lines = wrapped(readable(PAGE, PAGE.index("\n\n###")), width)
        assert len(lines.text) == len(lines.origin)
        got = lines.text[lines.position(start) : lines.position(start + len(quote))]
        assert got.replace("\n", "") == quote, width


@pytest.mark.parametrize("width", list(range(10, 61, 7)))
def test_lines_break_between_words_never_inside_a_latin_one(width: int) -> None:
    for path in sorted(articles_dir().iterdir()):
        art = read_article(path)
        lines = wrapped(readable(art.text, art.body_start), width).text.split("\n")
        for a, b in zip(lines, lines[1:]):
            assert not (re.search(r"[A-Za-z0-9]$", a) and re.match(r"[A-Za-z0-9]", b)), (a, b)
            assert not re.match(r"[，。、；：！？）」』”]", b), b  # no line starts with closing punctuation
        assert all(cell_len(line) <= width + 2 or " " not in line and re.fullmatch(r"\S+", line) for line in lines)


def test_a_control_in_the_text_is_drawn_as_its_escape_and_the_quote_still_found() -> None:
    text = "# 标题\n前文\x1b[2J一句。张三离开了智谱\u202e，此后加入月之暗面。"
    start = text.index("张三")
    end = text.index("。", start) + 1
    lines = wrapped(made_inert(readable(text)), 12)
    assert "\x1b" not in lines.text and "\\x1b[2J" in lines.text and "\u202e" not in lines.text
    shown = lines.text[lines.position(start) : lines.position(end)].replace("\n", "")
    assert shown == "张三离开了智谱，此后加入月之暗面。"
