"""More forms real pages write moves in, met on pages of other outlets: rumour words, suppositions,
responses to rumours, surname prefixes of Western names, outlets in title marks, a departure
written with no company after it, and hires told from the hiring company's side. Every sentence
is written for this test (made-up people and companies)."""

from __future__ import annotations

from datetime import date

from tui.extract import extract_events


def facts(text: str, published: str | None = "2025-06-18") -> set[tuple]:
    events = extract_events(text, date.fromisoformat(published) if published else None)
    for e in events:
        assert text[e.start : e.end] == e.quote, e
    return {(e.person, e.company, e.event) for e in events}


def test_a_rumoured_departure_is_pending_and_the_rumour_word_is_no_part_of_the_name() -> None:
    assert facts("星图科技联合创始人谢坚可能离职。") == {("谢坚", "星图科技", "pending")}


def test_a_pronoun_is_never_part_of_a_name() -> None:
    assert facts("一位前员工在播客中揭露他离开星图科技的原因。") == set()


def test_a_supposed_move_is_no_move() -> None:
    assert facts("星图科技的陈立和谢坚近来很少露面。如果陈立和谢坚离职的消息属实，公司将面临挑战。") == set()


def test_an_answer_to_a_rumour_of_departures_reports_none() -> None:
    assert facts("星图科技CEO李一回应公司“人均半年离职”传闻，称团队稳定。") == set()


def test_western_surnames_with_a_glued_prefix_are_names() -> None:
    assert facts("星图科技首席科学家Ivo LeMaire宣布将离开星图科技。") == {("Ivo LeMaire", "星图科技", "pending")}
    assert facts("星图科技研究主管Dana McAllister已经离职。") == {("Dana McAllister", "星图科技", "departed")}


def test_an_outlet_in_title_marks_is_no_person() -> None:
    assert facts("据《Silver Harbor Daily》报道，星图科技研究员已经离职。") == set()


def test_a_withdrawal_with_no_company_after_it_ends_the_clause() -> None:
    text = "2024年底，星图科技首席战略官张远、副总裁曲明先后退出。"
    assert facts(text) == {("张远", "星图科技", "departed"), ("曲明", "星图科技", "departed")}
    assert facts("星图科技副总裁曲明宣布退出市场竞争的计划。") == set()


def test_a_submitted_resignation_after_a_bare_name_is_pending() -> None:
    assert facts("星图科技影像负责人夏远提交离职申请。") == {("夏远", "星图科技", "pending")}


def test_a_bare_name_after_a_descriptor_ending_in_a_person_word() -> None:
    assert facts("星图科技副总裁、战略投资人魏明远日前离职。") == {("魏明远", "星图科技", "departed")}


def test_a_time_with_a_day_between_a_name_and_its_move() -> None:
    assert facts("星图科技宣布，研究院院长沈如海将于明年3月1日离职。") == {("沈如海", "星图科技", "pending")}
