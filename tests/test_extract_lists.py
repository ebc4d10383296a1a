"""Moves written as lists: a roster line announcing who joined or left, one line per person
after it, and tables with a header row. Sentences and people are made up for this test."""

from __future__ import annotations

from datetime import date

from tui.extract import extract_events

ROSTER = """云帆智能目前共 11 名研究员，以下是根据备忘录整理的新聘人员名单：
-
Trapit Bansel，海川科技技术联合建立者，开创思维链强化学习技术。
-
毕树远，语音模式技术联合建立者，曾任海川科技多模态后训练负责人。
-
Huiwen Chen，影像生成技术联合建立者。
这份名单之外，云帆智能还在继续招人。
"""

TABLE = """近两年离开星图科技的高管如下：
| 姓名 | 原职位 | 原公司 | 去向 |
|---|---|---|---|
| 王磊远 | 副总裁 | 星图科技 | 字节跳动 |
| 李岩远 | 首席架构师 | 星图科技 | 创业 |
| Daniel Ward | 研究员 | 星图科技 | OpenAI |

以上信息来自公开报道。
"""


def events(text: str) -> list:
    found = extract_events(text, date(2025, 7, 1))
    for e in found:
        assert text[e.start : e.end] == e.quote
    return found


def test_every_line_of_a_roster_of_hires_is_a_join_quoting_its_own_line() -> None:
    found = events(ROSTER)
    assert {(e.person, e.company, e.event) for e in found} == {
        (n, "云帆智能", "joined") for n in ("Trapit Bansel", "毕树远", "Huiwen Chen")
    }
    assert all(e.quote.startswith(e.person) for e in found)


def test_a_roster_ends_at_the_first_line_that_opens_with_no_name() -> None:
    assert not [e for e in events(ROSTER) if "名单之外" in e.quote]


def test_every_row_of_a_table_of_departures_is_a_departure_and_a_join_where_a_company_is_named() -> None:
    found = events(TABLE)
    assert {(e.person, e.company, e.event, e.destination) for e in found} == {
        ("王磊远", "星图科技", "departed", "字节跳动"),
        ("王磊远", "字节跳动", "joined", None),
        ("李岩远", "星图科技", "departed", "创业"),
        ("Daniel Ward", "星图科技", "departed", "OpenAI"),
        ("Daniel Ward", "OpenAI", "joined", None),
    }


def test_a_table_of_products_is_no_list_of_moves() -> None:
    text = "| 产品 | 公司 | 发布时间 |\n|---|---|---|\n| 豆包 | 字节跳动 | 2023 |\n"
    assert events(text) == []


def test_a_trigger_word_of_an_unknown_kind_is_refused_naming_the_file(tmp_path) -> None:
    import pytest

    from tui.extract.gazetteer import ReferenceDataError, build_gazetteer

    (tmp_path / "triggers.tsv").write_text("跳去\tjoind\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"triggers\.tsv: 跳去: unknown kind 'joind'"):
        build_gazetteer(tmp_path)
