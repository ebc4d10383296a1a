"""The forms real pages write moves in, each as sentences written for this test (made-up people
and companies): names without titles, foreign people, companies by their products or shape, the
verbs of moves, what is not a move, dates as pages print them, and page noise."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract import extract_events
from tui.extract.chinese import to_simplified


def facts(text: str, published: str | None = None, *, with_month: bool = False) -> set[tuple]:
    events = extract_events(text, date.fromisoformat(published) if published else None)
    for e in events:
        assert text[e.start : e.end] == e.quote, e
    if with_month:
        return {(e.person, e.company, e.event, e.month) for e in events}
    return {(e.person, e.company, e.event) for e in events}


def people(text: str, published: str | None = None) -> set[str]:
    return {e.person for e in extract_events(text, date.fromisoformat(published) if published else None)}


# -- 1. Chinese names without a title beside them ----------------------------------------------
def test_a_bare_list_of_names_then_a_move_pointing_back_is_one_departure_each() -> None:
    text = "星澜科技研发团队近期变动不小。宁海川、苗一禾、祁思、郝远——几乎覆盖了整条技术链路。这样的集中离职，让外界担忧星澜科技的稳定。"
    assert facts(text) == {(n, "星澜科技", "departed") for n in ("宁海川", "苗一禾", "祁思", "郝远")}


def test_a_list_of_titles_and_names_before_a_plural_move() -> None:
    text = "今年以来，星澜科技副总裁王磊、首席架构师李岩、多模态负责人周航等多位高管相继离场。"
    assert facts(text) == {(n, "星澜科技", "departed") for n in ("王磊", "李岩", "周航")}


def test_a_name_right_before_an_adverb_and_the_move() -> None:
    assert facts("据悉，星澜科技创始团队成员孙浩毅然辞去职务，转而投身机器人赛道。") == {("孙浩", "星澜科技", "departed")}


@pytest.mark.parametrize("name", ["欧阳明远", "司马青", "刘兰个川"])
def test_long_names_are_never_cut_short(name: str) -> None:
    assert people(f"星澜科技自动驾驶负责人{name}也已离职。") == {name}


def test_a_verb_is_never_a_name() -> None:
    text = "特斯拉机器人项目负责人丹尼·霍克(Danny Hock)宣布离职。"
    assert people(text) == {"Danny Hock"}


def test_a_name_is_kept_as_written_not_corrected() -> None:
    assert people("星澜科技产品总监赵胜佳已于近日离职。") == {"赵胜佳"}


# -- 2. Foreign people ------------------------------------------------------------------------
def test_latin_names_alone_and_in_lists() -> None:
    text = "云杉智能宣布欢迎 Daniel Ward、Maya Lin 以及 Omar Reyes “回归云杉智能”。"
    assert facts(text) == {(n, "云杉智能", "joined") for n in ("Daniel Ward", "Maya Lin", "Omar Reyes")}


def test_a_transliteration_and_its_latin_name_are_one_person_and_a_later_surname_is_them() -> None:
    text = "云杉智能机器人项目负责人丹尼尔·沃德（Daniel Ward）宣布离职。沃德将于下月加入海岚智能。"
    found = extract_events(text, date(2025, 3, 1))
    assert {(e.person, e.company, e.event) for e in found} == {("Daniel Ward", "云杉智能", "departed"), ("Daniel Ward", "海岚智能", "joined")}


def test_career_history_is_no_join() -> None:
    text = "海岚智能副总裁罗衡已于上月离职。罗衡于2019年加入海岚智能，此前曾加入赤岩科技。"
    assert facts(text, "2025-03-01") == {("罗衡", "海岚智能", "departed")}


def test_a_transliteration_without_a_dot_after_a_title() -> None:
    assert people("曾任云杉智能硬件主管的卡伦诺维奇，七日在社交平台宣布离职。", "2026-03-11") == {"卡伦诺维奇"}


def test_a_latin_name_after_a_title_with_spaces() -> None:
    assert facts("云杉智能宣布了公司联合创始人兼 CTO Ethan Moss 的离职。") == {("Ethan Moss", "云杉智能", "departed")}


# -- 3. Companies beyond the bundled list -----------------------------------------------------
def test_latin_companies_and_companies_by_their_shape() -> None:
    assert facts("前 Helios Lab 研究员 Nora Kim 已加入 Anthropic。") >= {("Nora Kim", "Anthropic", "joined")}
    assert facts("原赤岩科技副总裁何川已于近日离职，加盟深圳市鹿鸣机器人有限公司。") == {
        ("何川", "赤岩科技", "departed"),
        ("何川", "鹿鸣机器人", "joined"),
    }


@pytest.mark.parametrize(
    ("unit", "company"),
    [("豆包大模型", "字节跳动"), ("火山引擎", "字节跳动"), ("达摩院", "阿里巴巴"), ("混元大模型", "腾讯"), ("Optimus", "Tesla"), ("DeepMind", "Google")],
)
def test_products_and_units_stand_for_their_company(unit: str, company: str) -> None:
    assert facts(f"{unit}负责人苗青已经离职。") == {("苗青", company, "departed")}


def test_no_fragment_of_a_longer_name_is_a_company() -> None:
    text = "赤岩汽车智能驾驶解决方案事业部智能驾驶产品部的首席工程师罗衡已于近期离职。"
    assert {e.company for e in extract_events(text, None)} == {"赤岩汽车"}


def test_an_outlet_in_title_marks_is_not_an_employer() -> None:
    text = "有媒体报道称，赤岩科技智能汽车业务总经理罗衡已离职。对此，赤岩科技回应《星云汽车》称，罗衡因个人原因，已于近日从公司离职。"
    assert facts(text) == {("罗衡", "赤岩科技", "departed")}


# -- 4. The verbs of moves, with who goes from where to where ----------------------------------
def test_taken_away_is_a_departure_and_a_join_of_the_taker() -> None:
    text = "去年，海岚智能聘请韩立出任首席科学家。韩立随后又从赤岩科技挖走了郭放和邵晴。"
    got = facts(text)
    assert {("郭放", "赤岩科技", "departed"), ("邵晴", "赤岩科技", "departed")} <= got
    assert {("郭放", "海岚智能", "joined"), ("邵晴", "海岚智能", "joined")} <= got


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("赤岩科技首席技术官罗衡已经辞去全部职务。", "departed"),
        ("赤岩科技董事长罗衡正式退休。", "departed"),
        ("赤岩科技副总裁罗衡提前退休。", "departed"),
        ("赤岩科技大模型负责人罗衡被辞退。", "departed"),
        ("赤岩科技首席架构师罗衡不再担任研究院负责人。", "sidelined"),
        ("赤岩科技副总裁罗衡转任顾问。", "sidelined"),
        ("赤岩科技副总裁罗衡即将离职。", "pending"),
    ],
)
def test_the_verbs_of_moves(sentence: str, event: str) -> None:
    assert facts(sentence) == {("罗衡", "赤岩科技", event)}


def test_a_pronoun_after_a_named_person_and_an_informal_pending() -> None:
    text = "这次轮到了赤岩科技的核心人物——基座模型负责人罗衡。他要离职了，接任的是团队老将。"
    assert facts(text) == {("罗衡", "赤岩科技", "pending")}


def test_leaving_for_a_company_named_after_a_descriptor() -> None:
    text = "上周五，赤岩科技研究副总裁 Ivy Chen 宣布离开效力六年的赤岩科技，转投竞争对手海岚智能。"
    assert facts(text, "2026-06-22", with_month=True) == {
        ("Ivy Chen", "赤岩科技", "departed", "2026-06"),
        ("Ivy Chen", "海岚智能", "joined", "2026-06"),
    }


def test_an_employer_that_fires_or_loses_someone() -> None:
    assert facts("据悉，由于泄露机密，Helios Lab 才解雇了 Ethan Moss。") == {("Ethan Moss", "Helios Lab", "departed")}
    assert facts("海岚智能最近还失去了产品负责人 Nora Kim 和 Omar Reyes。") == {
        ("Nora Kim", "海岚智能", "departed"),
        ("Omar Reyes", "海岚智能", "departed"),
    }


def test_a_join_elsewhere_while_holding_a_title_is_a_departure() -> None:
    text = "赤岩科技工程副总裁 Ivy Chen 宣布将加入即将上市的海岚智能。"
    assert facts(text) == {("Ivy Chen", "海岚智能", "joined"), ("Ivy Chen", "赤岩科技", "departed")}


def test_a_headline_line_counts_and_takes_the_date_below_it() -> None:
    text = "赤岩科技 CTO 罗衡离职\n\n2022 年 3 月 14 日晚间，赤岩科技发布公告称，罗衡先生因个人原因辞去职务。"
    assert ("罗衡", "赤岩科技", "departed", "2022-03") in facts(text, "2022-03-20", with_month=True)


# -- 5. What is not a move ----------------------------------------------------------------------
def test_a_refuted_join_is_no_move() -> None:
    text = "有传言称，投资人程雪已从白鹭资本离职，将加入海岚智能。对此，海岚智能回应称，程雪并未入职海岚智能。"
    assert ("程雪", "海岚智能", "joined") not in facts(text)


def test_a_pseudonymous_source_is_no_one() -> None:
    text = "赤岩科技某负责人林菲（化名）告诉记者，罗衡离职或因理念不合。"
    assert "林菲" not in people(text)


def test_career_history_and_since_phrases_date_nothing() -> None:
    found = facts("自2023年10月新董事长上任以来，赤岩科技已有多位副总裁级别以上的高管离职。", "2025-01-10")
    assert found == set()


def test_a_move_named_as_a_noun_is_the_pending_report_not_a_second_departure() -> None:
    text = "赤岩科技副总裁罗衡即将离职。罗衡的离职并非孤例。"
    assert facts(text) == {("罗衡", "赤岩科技", "pending")}


# -- 6. Dates --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("when", "published", "month"),
    [
        ("当地时间周三", "2026-01-16", "2026-01"),
        ("上周三", "2026-06-01", "2026-05"),
        ("七日", "2026-03-11", "2026-03"),
        ("二十八日", "2026-03-11", "2026-02"),
        ("2025年末", "2026-01-05", "2025-12"),
    ],
)
def test_relative_dates_resolve_against_the_report(when: str, published: str, month: str) -> None:
    got = facts(f"{when}，赤岩科技副总裁罗衡宣布离职。", published, with_month=True)
    assert got == {("罗衡", "赤岩科技", "departed", month)}


def test_a_year_alone_stays_null() -> None:
    assert facts("2012年，在赤岩科技总部做科学家的罗衡辞职。", "2023-09-13", with_month=True) == {("罗衡", "赤岩科技", "departed", None)}


def test_a_move_told_as_following_the_last_one_takes_its_month() -> None:
    text = "当地时间周三，赤岩科技宣布了首席技术官 Ethan Moss 的离职。\n\n但不到一小时后，消息又有变化。\n\n海岚智能宣布欢迎 Ethan Moss “回归海岚智能”。"
    assert ("Ethan Moss", "海岚智能", "joined", "2026-01") in facts(text, "2026-01-16", with_month=True)


# -- 7. Page noise ----------------------------------------------------------------------------------
def test_pinyin_glosses_and_full_width_letters_are_read_through_and_quoted_as_written() -> None:
    text = "智元機器人靈犀事業(yè)部總裁魏恆，聯(lián)合創(chuàng)始人閻述離職。"
    events = extract_events(text, None)
    assert {(e.person, e.company) for e in events} >= {("阎述", "智元机器人")}
    assert all(text[e.start : e.end] == e.quote for e in events)
    assert facts("赤岩科技ＡＩ负责人罗衡已离职。") == {("罗衡", "赤岩科技", "departed")}


def test_traditional_characters_give_the_simplified_name() -> None:
    assert people(to_simplified("赤岩科技") + "副總裁駱懷遠已於近日離職。") == {"骆怀远"}


def test_forum_boilerplate_and_navigation_hold_no_move() -> None:
    text = "用户名  找回密码\n立即注册\n快速回复 返回顶部 返回列表\nPowered by Discuz! X3.5\n© 2001-2025 Discuz! Team.\n"
    assert extract_events(text, None) == []


# -- more forms, met on articles written without sight of the rules --------------------------------
def test_joining_from_a_company_leaves_it() -> None:
    assert facts("伊万·莫罗（Ivan Moro）从 Helios Lab 加盟海岚智能。") == {("Ivan Moro", "海岚智能", "joined"), ("Ivan Moro", "Helios Lab", "departed")}


def test_a_name_before_a_time_and_a_quiet_move() -> None:
    assert facts("赤岩科技预训练负责人宗政远已于上月低调离职。", "2025-03-10", with_month=True) == {("宗政远", "赤岩科技", "departed", "2025-02")}
    assert people("原赤岩科技算法专家罗衡半年前离开赤岩科技。") == {"罗衡"}


def test_a_post_given_up_while_an_advisers_post_is_kept_is_one_step_aside() -> None:
    text = "赤岩科技研究院院长罗衡已于本月离任。罗衡不再担任研究院院长职务，但仍担任赤岩科技集团技术顾问。"
    assert facts(text, "2024-08-30", with_month=True) == {("罗衡", "赤岩科技", "sidelined", "2024-08")}


def test_still_in_post_elsewhere_in_the_page_undoes_a_reported_departure() -> None:
    text = "市场传出赤岩科技技术骨干罗衡也将离开的消息。对此，赤岩科技回应称，罗衡仍在职，相关消息不实。"
    assert facts(text) == set()


def test_a_failed_poach_is_filed_under_the_employer_not_the_poacher() -> None:
    text = "赤岩科技自动驾驶负责人罗衡近日获得多方关注。海岚智能去年曾试图挖角罗衡，但最终未果。"
    assert facts(text) == {("罗衡", "赤岩科技", "poach_attempt")}


def test_a_pronoun_points_at_the_person_named_a_few_sentences_back() -> None:
    text = "赤岩科技首席科学家罗衡是业内知名学者。2019年，她加入赤岩科技。据知情人士透露，她已于上月从赤岩科技离职。"
    assert facts(text, "2025-02-14", with_month=True) == {("罗衡", "赤岩科技", "departed", "2025-01")}


def test_a_time_after_the_next_move_word_dates_that_move_only() -> None:
    text = "赤岩科技研究院负责人罗衡已确认离职，并将于下月就任海岚智能研究院院长。"
    got = facts(text, "2023-09-20", with_month=True)
    assert ("罗衡", "赤岩科技", "departed", None) in got and ("罗衡", "海岚智能", "joined", "2023-10") in got


def test_an_alias_that_is_a_common_word_names_the_company_only_where_the_words_say_so() -> None:
    from tui.extract import load_gazetteer

    text = "从理想主义的研究机构转向商业公司，理想方面回应称，理想CTO罗衡已离职，理想把业务交给了别人。"
    found = [(text[s:e], c) for s, e, c in load_gazetteer().find_companies(text)]
    assert found == [("理想", "理想"), ("理想", "理想")]  # 理想方面, 理想CTO; not 理想主义, 理想把
    assert facts(text) == {("罗衡", "理想", "departed")}
