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


# -- hires told from the side of the company that hires -----------------------------------------
def test_a_company_that_poaches_someone_is_joined_and_their_employer_left() -> None:
    assert facts("云帆智能挖来了前星图科技大模型负责人沈如海。") == {
        ("沈如海", "星图科技", "departed"),
        ("沈如海", "云帆智能", "joined"),
    }
    assert facts("云帆智能近期从星图科技挖来了研究主管周畅远。") == {
        ("周畅远", "星图科技", "departed"),
        ("周畅远", "云帆智能", "joined"),
    }


def test_the_person_poached_after_a_description_ending_in_de() -> None:
    text = "云帆智能以数亿元的薪酬方案挖来了星图科技多模态团队的林远舟。"
    assert facts(text) == {("林远舟", "星图科技", "departed"), ("林远舟", "云帆智能", "joined")}


def test_a_poach_told_in_passing_is_history() -> None:
    found = facts("云帆智能先前从星图科技请来的林远舟、从蓝鲸科技挖来的赵川也陆续离开。")
    assert not {f for f in found if f[2] == "joined" or f[1] in ("星图科技", "蓝鲸科技")}


def test_a_company_that_recruits_someone_is_joined() -> None:
    assert facts("云帆智能还招募了星图科技首席研究员孙培远(Peiyuan Sun)。") == {
        ("孙培远", "云帆智能", "joined"),
        ("孙培远", "星图科技", "departed"),
    }


def test_a_passive_poach_is_a_departure_and_a_join() -> None:
    assert facts("星图科技设计负责人Alan Brook于周三被云帆智能正式挖角。") == {
        ("Alan Brook", "星图科技", "departed"),
        ("Alan Brook", "云帆智能", "joined"),
    }


def test_a_removal_by_the_company_is_a_departure_and_its_title_stays_out_of_the_role() -> None:
    events = extract_events("2019年1月21日，星行科技突然发布罢免联合创始人兼CTO周光远的公告。", None)
    assert {(e.person, e.company, e.event, e.month, e.role) for e in events} == {
        ("周光远", "星行科技", "departed", "2019-01", "联合创始人兼CTO")
    }


def test_a_switch_to_a_company_written_right_after_the_word() -> None:
    assert facts("星图科技高管梁远松因不满升迁安排，跳槽三星。") == {
        ("梁远松", "星图科技", "departed"),
        ("梁远松", "三星", "joined"),
    }


# -- names and subjects -------------------------------------------------------------------------
def test_function_words_that_open_given_names() -> None:
    assert facts("星图科技研究院负责人沈向川将於明年2月1日離職。") == {("沈向川", "星图科技", "pending")}
    assert facts("星图科技负责人王为民已经离职。") == {("王为民", "星图科技", "departed")}


def test_a_group_noun_right_before_the_move_is_its_subject_not_the_owner_named_earlier() -> None:
    assert facts("富豪周天(Tom Zhou)旗下的星图科技再有核心创始成员离职。") == set()


def test_a_board_that_fires_someone_is_no_future_tense() -> None:
    assert facts("星图科技CEO Dana Brook已被星图科技董事会解雇。") == {("Dana Brook", "星图科技", "departed")}


def test_an_advisors_post_held_by_someone_who_left_is_no_step_aside() -> None:
    assert facts("前星图科技董事杨光远担任一家晶圆厂的技术顾问。") == set()


def test_the_reason_for_a_departure_named_as_a_noun_reports_none() -> None:
    assert facts("星图科技强调团队稳定，避免使其离职原因与近期传闻产生联系。") == set()


# -- joins with no company after the word, and posts of Taiwan and Hong Kong pages ---------------
def test_the_company_that_announces_a_join_is_joined() -> None:
    assert ("刘洋远", "小米", "joined") in facts("小米今日宣布，前百度副总裁刘洋远正式加盟，出任公司首席科学家。")
    assert facts("Harbor Partners宣布Stuart Vance以常驻高管身份加入。") == {("Stuart Vance", "Harbor Partners", "joined")}


def test_a_successor_from_another_company_joins_and_one_from_inside_does_not() -> None:
    assert facts("星图科技CEO离职，由云帆智能前首席执行官亚历山德拉・王(Alexandra Wong)出任。") == {
        ("Alexandra Wong", "星图科技", "joined")
    }
    assert facts("星图科技CEO离职，由副总裁王刚远接任。") == set()
    assert facts("自2023年10月程远笑接任董事长以来，星图科技已有十位高管离职。") == set()


def test_the_unit_taken_on_in_the_next_clause_names_the_company_joined() -> None:
    assert ("吴永远", "字节跳动", "joined") in facts("谷歌DeepMind前副总裁吴永远入职，负责大模型Seed团队。")


def test_titles_of_taiwan_pages_ending_in_zhang() -> None:
    assert facts("蘋果法務長Kat Adler與永續發展副總裁Lisa Moore也即將卸任。") == {
        ("Kat Adler", "Apple", "pending"),
        ("Lisa Moore", "Apple", "pending"),
    }


def test_an_end_to_a_tenure_and_a_hand_over_ahead() -> None:
    assert facts("星图科技研究员Mark Lane已结束在星图科技的任职并正式入职云帆智能。") == {
        ("Mark Lane", "星图科技", "departed"),
        ("Mark Lane", "云帆智能", "joined"),
    }
    assert facts("星图科技研究员Tom Lane也将于近期完成交接。") == {("Tom Lane", "星图科技", "pending")}


def test_duties_stripped_are_a_step_aside() -> None:
    assert facts("星图科技CTO王海远则被剥离出大模型核心研发管理圈，权力大幅缩减。") == {("王海远", "星图科技", "sidelined")}


def test_becoming_an_officer_of_another_company_is_a_join_and_a_word_holding_it_is_not() -> None:
    assert facts("今年初，前华为天才少年彭远辉转身成了智元机器人CTO。") == {("彭远辉", "智元机器人", "joined")}
    assert facts("百度高级副总裁王劲远刚刚提出方案，促成了百度无人驾驶的诞生。") == set()


def test_a_join_through_a_rival_described_before_its_name() -> None:
    assert ("John Shore", "Anthropic", "joined") in facts("OpenAI联合创始人John Shore转而加入其竞争对手——AI初创企业Anthropic。")


def test_the_new_post_of_a_join_is_never_read_from_another_persons_clause() -> None:
    events = extract_events("彼时，小鹏汽车副总裁吴新远离职加入英伟达，负责人由时任规划部门负责人李力远接任。", None)
    assert {(e.person, e.company, e.event, e.role) for e in events} == {
        ("吴新远", "小鹏", "departed", "副总裁"),
        ("吴新远", "NVIDIA", "joined", None),
    }


# -- lists and pairs of spellings ---------------------------------------------------------------
def test_a_list_of_names_with_their_latin_spellings_in_brackets() -> None:
    text = "星图科技已有多名联合创始人包括巴布金(Igor Babkin)、Kyle Kosin、Chris Sander及杨格(Greg Yan)先后宣布离任。"
    assert facts(text) == {(n, "星图科技", "departed") for n in ("Igor Babkin", "Kyle Kosin", "Chris Sander", "Greg Yan")}


def test_a_chinese_name_with_its_pinyin_keeps_the_chinese_name_a_transliteration_the_latin_one() -> None:
    text = "星图科技多名AI工程师冈特（Tom Gunner）、张博远（Boyuan Zhang）等人相继跳槽至Meta。"
    assert facts(text) == {
        ("Tom Gunner", "Meta", "joined"),
        ("张博远", "Meta", "joined"),
        ("Tom Gunner", "星图科技", "departed"),
        ("张博远", "星图科技", "departed"),
    }
    events = extract_events(text, None)
    assert {a for e in events if e.person == "张博远" for a in e.person_aliases} >= {"Boyuan Zhang"}


def test_names_listed_in_the_next_sentence_for_a_hire_of_a_group() -> None:
    text = "云帆智能还招募了多名研究员。其中包括毕树远(Shuyuan Bi)、Huiwen Cheng、Ji Lam等6位华人。"
    assert facts(text) == {(n, "云帆智能", "joined") for n in ("毕树远", "Huiwen Cheng", "Ji Lam")}
    for e in extract_events(text, None):
        assert e.quote.endswith(e.person if e.person != "毕树远" else "毕树远(Shuyuan Bi)") or e.person in e.quote


def test_names_listed_after_a_join_in_a_relative_clause() -> None:
    text = "最近几个月加入字节大模型团队的关键人才还包括零一万物前算法副总裁黄文远。"
    assert ("黄文远", "字节跳动", "joined") in facts(text)


def test_this_person_points_back() -> None:
    assert facts("星图科技首席科学家张远已经离职。这个人现在跳槽到了字节跳动。") == {
        ("张远", "星图科技", "departed"),
        ("张远", "字节跳动", "joined"),
    }


def test_the_one_who_hires_is_never_hired() -> None:
    assert facts("马克·扎伯格曾因招募主要团队的监管人而成为头条新闻。") == set()


def test_a_threat_of_departures_and_a_general_of_a_company_say_no_future_move() -> None:
    assert facts("星图科技CEO纳德远向高管警告：全员必须适应高强度节奏，否则将面临离职。") == set()
    assert ("蒋尚远", "星图科技", "departed") in facts("星图科技元老大将蒋尚远也在同日辞任公司副董事长。")


def test_a_verb_before_a_company_suffix_is_no_company_name() -> None:
    found = facts("带领研发机器人的星图科技AI研究员张健远（Jianyuan Zhang）已离职。")
    assert found == {("张健远", "星图科技", "departed")}


def test_duties_split_away_are_a_step_aside() -> None:
    assert facts("星图科技联合创始人吴远(Yuan Wu)去年底的多项核心职责已被拆分。") == {("吴远", "星图科技", "sidelined")}


def test_an_offer_turned_down_is_a_poach_attempt() -> None:
    found = facts("对于星图科技联合创始人Andrew Tull的邀约，云帆智能开出高价，但最终遭婉拒。")
    assert ("Andrew Tull", "星图科技", "poach_attempt") in found
