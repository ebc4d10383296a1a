"""The read room on its own: front matter, inferred dates, encodings, HTML pages, identity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.read.article import read_article
from tui.read.errors import ReadError
from tui.resources import articles_dir

BODY = "据悉，星澜科技副总裁韩思远已于今年3月离职。\n\n业内人士认为，大模型行业正在从参数竞赛转向商业落地。\n"
FRONT = "---\ntitle: '星澜科技又走一位副总裁'\ndate: 2025-04-11\nauthor: 智能观察\nurl: https://example.com/a/1\n---\n\n"


def test_front_matter_is_metadata_and_offsets_point_into_the_whole_text(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(FRONT + BODY, encoding="utf-8")
    art = read_article(f)
    assert art.title == "星澜科技又走一位副总裁"
    assert art.published == dt.date(2025, 4, 11) and art.published_source == "front_matter"
    assert art.author == "智能观察" and art.url == "https://example.com/a/1"
    assert art.text[art.body_start :].lstrip().startswith("据悉")
    assert "title:" not in art.text[art.body_start :]


def test_the_seed_article_without_front_matter_is_dated_from_its_citations() -> None:
    art = read_article(articles_dir() / "001_e7104e947feaa275.txt")
    assert art.body_start == 0
    assert art.published == dt.date(2025, 6, 17)
    assert art.published_source == "inferred"
    assert any("inferred" in w for w in art.warnings)


def test_published_override_wins(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(FRONT + BODY, encoding="utf-8")
    art = read_article(f, published=dt.date(2024, 1, 2))
    assert art.published == dt.date(2024, 1, 2) and art.published_source == "override"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5"],
)
def test_encodings_are_detected_and_give_the_same_article(tmp_path: Path, encoding: str) -> None:
    text = FRONT + BODY
    if encoding == "big5":
        import opencc

        text = opencc.OpenCC("s2tw").convert(text)  # Taiwan forms, which Big5 can encode
    f = tmp_path / f"a-{encoding}.md"
    f.write_bytes(text.encode(encoding))
    art = read_article(f)
    assert art.text.lstrip("\ufeff") == text
    assert art.published == dt.date(2025, 4, 11)


def test_the_same_words_in_another_encoding_are_the_same_article(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_bytes((FRONT + BODY).encode("utf-8"))
    b.write_bytes((FRONT + BODY).encode("gb18030"))
    assert read_article(a).content_hash == read_article(b).content_hash
    c = tmp_path / "c.md"
    c.write_text(FRONT + BODY.replace("3月", "4月"), encoding="utf-8")
    assert read_article(c).content_hash != read_article(a).content_hash


def test_an_html_page_gives_its_main_text_title_and_date(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>{s}</p>"
        for s in [
            "据悉，星澜科技副总裁韩思远已于今年3月离职，加盟玄鲸智能。",
            "业内人士认为，大模型行业正在从参数竞赛转向商业落地，公司对人才结构的要求也随之变化。",
            "对于上述消息，星澜科技方面未予置评。一位接近公司的人士表示，核心业务目前运转正常。",
        ]
    )
    html = (
        "<html><head><meta charset='utf-8'><title>星澜科技副总裁离职</title>"
        "<meta property='article:published_time' content='2025-04-11T08:00:00+08:00'></head>"
        "<body><nav><a href='/'>首页</a><a href='/tech'>科技</a></nav>"
        f"<article><h1>星澜科技副总裁离职</h1>{paragraphs}</article>"
        "<footer>版权所有</footer></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    art = read_article(f)
    assert art.kind == "html"
    assert "韩思远已于今年3月离职" in art.text
    assert "首页" not in art.text and "版权所有" not in art.text
    assert art.title == "星澜科技副总裁离职"
    assert art.published == dt.date(2025, 4, 11)


def test_an_html_shell_is_an_error_that_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "shell.html"
    f.write_text("<html><head><title>x</title></head><body><nav>home</nav></body></html>", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_article(f)
    assert info.value.path == str(f)
    assert "no article text" in info.value.reason


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("星澜科技人事震荡\n\n科技观察 2024-07-25 14:59:30\n", dt.date(2024, 7, 25)),
        ("星澜科技人事震荡\n\n晨报\n2025.09.30 06:00\n", dt.date(2025, 9, 30)),
        ("星澜科技人事震荡\n\n某某周刊·2026年01月16日 16:46\n", dt.date(2026, 1, 16)),
        ("博客\n\n#512 · 2026-06-22 · 观察笔记\n", dt.date(2026, 6, 22)),
        ("作者：张三 发布时间:2023-11-24\n", dt.date(2023, 11, 24)),
    ],
)
def test_the_date_by_the_title_or_byline_wins_over_dates_the_body_cites(tmp_path: Path, head: str, expected: dt.date) -> None:
    body = "据悉，星澜科技副总裁韩思远已于近日离职。此前的2025年12月30日，公司完成了新一轮融资。\n"
    f = tmp_path / "a.txt"
    f.write_text(head + "\n" + body, encoding="utf-8")
    art = read_article(f)
    assert art.published == expected and art.published_source == "inferred"


def test_a_date_inside_a_sentence_is_not_taken_for_a_byline(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("星澜科技于2021-03-02成立，员工三百人。\n\n文章写于2024年5月6日。\n", encoding="utf-8")
    # neither date stands alone on a byline: the latest full date the text mentions is taken
    assert read_article(f).published == dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("# 星澜科技又走一位副总裁", "星澜科技又走一位副总裁"),
        ("又走一位合伙人！高管们集体「逃离」星澜科技", "又走一位合伙人！高管们集体「逃离」星澜科技"),
        ("据悉，星澜科技副总裁韩思远已于今年3月离职。业内人士认为，大模型行业正在从参数竞赛转向商业落地。", None),
    ],
)
def test_a_first_line_is_a_title_only_when_it_reads_as_one(tmp_path: Path, first: str, title: str | None) -> None:
    f = tmp_path / "a.txt"
    f.write_text(first + "\n\n" + BODY, encoding="utf-8")
    assert read_article(f).title == title  # a first paragraph is no title, and never cut into one
