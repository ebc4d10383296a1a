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


# -- forms met on a third set of pages ------------------------------------------------------------
def test_a_month_alone_takes_the_year_stated_just_before_it() -> None:
    text = "2024年下半年，星图科技的核心团队经历了一场震荡。\n7月，星图科技首席专家胡成远离职；8月，研发负责人王佳远卸任。"
    events = extract_events(text, None)
    assert {(e.person, e.month) for e in events} == {("胡成远", "2024-07"), ("王佳远", "2024-08")}


def test_a_stated_month_wins_over_a_word_of_recency_after_it() -> None:
    events = extract_events("李树远在2019年12月刚刚加入星图科技，担任平台负责人。", None)
    assert [(e.person, e.company, e.event, e.month) for e in events] == [("李树远", "星图科技", "joined", "2019-12")]


def test_the_ways_named_in_a_manner_phrase_give_way_to_its_verb() -> None:
    text = "两年来，就有何立远、张晓远、佘晓远等多位高层以离职或被免职等形式离开华为车BU。"
    assert facts(text) == {(n, "华为", "departed") for n in ("何立远", "张晓远", "佘晓远")}


def test_a_brand_named_after_qixia_is_the_company_joined() -> None:
    assert facts("陈奇远已于近日加入吉利旗下的纯电品牌极氪任副总裁。") == {("陈奇远", "极氪", "joined")}


def test_claims_called_untrue_report_no_move() -> None:
    assert facts("文章中提及的技术副总裁杨震远即将退休、冯佳远将离职创业等说法均不属实。") == set()


def test_taking_over_someones_duties_is_no_step_aside() -> None:
    assert facts("微软首席技术官凯文·斯科特(Kevin Scott)将承担沈向远的现有职责。") == set()


def test_words_that_follow_names_never_open_a_given_name() -> None:
    assert facts("三大车企的智驾负责人几乎在同一时段转身离去。") == set()
    assert facts("而一波华为系老将从车企黯然离去。") == set()


# -- announcements, partings and subjects told after the move -------------------------------------
def test_an_announcement_with_an_honorific_and_a_reason_between_the_name_and_the_move() -> None:
    assert facts("星图科技发布公告，核心技术人员张岭远先生因个人原因辞职。") == {("张岭远", "星图科技", "departed")}
    assert ("徐文远", "星图科技") in {f[:2] for f in facts("星图科技董事会秘书徐文远女士提请辞任公司董事会秘书。")}


def test_parting_with_a_company() -> None:
    text = "星图科技联合创始人王慧远、高级副总裁刘琳远已与奋战多年的星图科技作别。"
    assert facts(text) == {("王慧远", "星图科技", "departed"), ("刘琳远", "星图科技", "departed")}


def test_a_move_opening_the_sentence_is_told_of_the_person_opening_the_next_clause() -> None:
    assert ("周受远", "小米", "departed") in facts("离开小米，周受远转投张一鸣麾下。")
    assert facts("离职后，沈向远的工作将交由星图科技CTO凯文负责。") == set()


def test_a_partner_of_someone_leaving_is_not_that_someone() -> None:
    assert facts("又一王兴远创业伙伴离开星图科技。") == set()


def test_people_taken_along_leave() -> None:
    found = facts("张建远离开英伟达创办云帆智能后，还带走了英伟达市场生态高级总监周苑远。")
    assert ("周苑远", "NVIDIA", "departed") in found


def test_former_staff_who_join_with_no_word_of_where_join_the_company_the_text_is_about() -> None:
    text = "云帆智能成立后发展迅速。原英伟达高级销售经理宋学远、GPU架构师杨上远也相继加入。"
    assert {f for f in facts(text) if f[2] == "joined"} == {("宋学远", "云帆智能", "joined"), ("杨上远", "云帆智能", "joined")}


def test_taking_up_office_at_the_company_of_the_title() -> None:
    assert facts("联发科共同CEO蔡力远于6月初走马上任。") == {("蔡力远", "联发科", "joined")}


def test_a_legal_company_name_after_a_known_company_is_that_company() -> None:
    text = "云从科技集团股份有限公司(以下简称“公司”)核心技术人员张岭远先生因个人原因辞职。"
    assert facts(text) == {("张岭远", "云从科技", "departed")}


def test_a_name_ends_before_cai_and_que() -> None:
    assert {f[0] for f in facts("去年10月星图科技董事长毛渝远才卸下职务。")} == {"毛渝远"}
    assert {f[0] for f in facts("星图科技副总裁李伟远确已离职。")} == {"李伟远"}


def test_people_who_go_respectively_to_the_companies_listed() -> None:
    text = "星图科技的机器人团队核心人才陈怡远(Yiyuan Chen)、张建远(Jianyuan Zhang)则分别流向特斯拉和Meta。"
    assert {f for f in facts(text) if f[2] == "joined"} == {("陈怡远", "Tesla", "joined"), ("张建远", "Meta", "joined")}


def test_a_suspension_is_a_step_aside() -> None:
    assert facts("星图科技研究主管王军远被曝已被停职。") == {("王军远", "星图科技", "sidelined")}


def test_an_english_name_with_the_chinese_name_in_brackets_is_the_chinese_person() -> None:
    text = "云帆智能直接从 OpenAI 挖来了核心研究员 Vince Yuan(姚顺远)，出任首席科学家。"
    assert facts(text) == {("姚顺远", "OpenAI", "departed"), ("姚顺远", "云帆智能", "joined")}


def test_a_taking_with_no_word_of_who_took_them_is_a_departure_only() -> None:
    assert facts("直接从 OpenAI 挖来了核心研究员 Vince Yuan(姚顺远)。") == {("姚顺远", "OpenAI", "departed")}


def test_a_move_word_before_a_shaped_company_is_no_part_of_its_name() -> None:
    assert facts("星图科技副总裁孙远明于上周正式告别星图科技，开启新征程。") == {("孙远明", "星图科技", "departed")}


def test_returns_and_fresh_starts() -> None:
    assert ("王立远", "云帆智能", "joined") in facts("星图科技前副总裁王立远已重回云帆智能。")
    assert facts("星图科技CTO陈远山另起炉灶，创办了一家机器人公司。") == {("陈远山", "星图科技", "departed")}


def test_an_invitation_to_join_is_no_join() -> None:
    assert facts("消息称，云帆智能正在与星图科技前副总裁冯远明接触，或将邀请其加盟。") == set()


def test_a_paper_or_a_plan_to_return_is_no_join_but_the_news_of_a_join_is() -> None:
    assert ("赵胜远", "OpenAI", "joined") not in facts("云帆智能联合创始人赵胜远甚至签署了重返 OpenAI 的文件。")
    assert ("乔思远", "Meta", "joined") in facts("星图科技核心成员乔思远离职，随后加入Meta的消息引发关注。")


# -- a fifth set of pages ---------------------------------------------------------------------------
def test_a_verb_of_announcing_is_no_name_and_a_title_never_holds_a_company() -> None:
    assert facts("星图科技副总裁张楠远宣告去职。") == {("张楠远", "星图科技", "departed")}
    assert facts("星图科技执行副总裁兼网络游戏部门负责人丁迎远决定退休。") == {("丁迎远", "星图科技", "departed")}


def test_a_designer_is_a_title_not_a_name() -> None:
    assert facts("星图科技多名顶级设计师也相继离开。") == set()


def test_words_that_frame_a_move_as_unthinkable_or_as_a_reason_or_a_sign() -> None:
    assert facts("很难想象在星图科技如此意气风发之时吴德远会离开星图科技。") == set()
    assert facts("对于蓝烨远离职的原因，星图科技没有回应。") == set()
    assert ("任利远", "星图科技", "pending") not in facts("任利远陆续卸任星图科技多个职务，即将离开的迹象明显。")


def test_years_spent_at_a_company_and_a_join_that_did_not_happen() -> None:
    assert facts("张孝远加入腾讯多年，一直负责游戏业务。") == set()
    assert facts("原谷歌高级副总裁杰夫·迪恩(Jeff Dane)虽未直接加入英伟达，但合作密切。") == set()


def test_an_employer_that_loses_people_is_no_one_who_leaves() -> None:
    assert facts("星图科技设计主管艾伦·戴伊(Alan Dyer)仍然留任，但他的团队近几个月也失去了几名成员。") == set()


def test_an_announcement_made_on_a_channel_between_the_name_and_the_move() -> None:
    assert facts("星图科技副总裁李凯远通过内部信宣布离职星图科技。") == {("李凯远", "星图科技", "departed")}


def test_a_title_with_he_inside_it_names_one_person() -> None:
    text = "7月7日，微软副总裁兼合规和道德事务副总法律顾问Matt Penarz离开了微软，并加入TikTok任法律主管。"
    assert facts(text) == {("Matt Penarz", "Microsoft", "departed"), ("Matt Penarz", "字节跳动", "joined")}


def test_taken_from_a_company_described_before_its_name() -> None:
    text = "星图科技最引人注目的是把海川科技的高级副总裁Charles Bellamy从工作了23年的海川科技挖了过去。"
    assert facts(text) == {("Charles Bellamy", "海川科技", "departed"), ("Charles Bellamy", "星图科技", "joined")}


def test_since_a_year_is_no_company_taken_from() -> None:
    found = facts("從2016年前后字節挖來陳雨遠、朱文遠等技術大牛迭代推薦算法。")
    assert not {f for f in found if f[2] == "departed"}


def test_people_who_came_from_a_company_left_it_earlier_and_work_elsewhere() -> None:
    text = "星图科技近期人事动荡。两位华为系高管李文远、袁春远相继离职。"
    assert facts(text) == {("李文远", "星图科技", "departed"), ("袁春远", "星图科技", "departed")}


def test_a_name_alone_in_the_clause_after_a_move_of_someone_unnamed() -> None:
    assert facts("5月，又有一位特斯拉关键人物离场，Vineet Mehra。") == {("Vineet Mehra", "Tesla", "departed")}


def test_joined_in_a_relative_clause_joins_the_company_the_sentence_is_about() -> None:
    assert facts("京东今年引进了不少人才，包括上半年加盟的拼多多前高管余凯远。") == {("余凯远", "京东", "joined")}


def test_the_company_named_after_a_description_of_it_is_the_one_joined() -> None:
    text = "Mark Westfold选择加入了特斯拉的一家下游企业，Redwood Materials。"
    assert facts(text) == {("Mark Westfold", "Redwood Materials", "joined")}


def test_more_glued_surname_prefixes() -> None:
    text = "1月25日，微软宣布执行副总裁兼企业战略负责人Kurt DelBone将在6月离开。"
    assert facts(text) == {("Kurt DelBone", "Microsoft", "pending")}


# -- a sixth set of pages ---------------------------------------------------------------------------
def test_a_day_and_a_platform_between_the_name_and_the_move() -> None:
    assert facts("星图科技执行副总裁李斌远今天在微博正式宣布离职。") == {("李斌远", "星图科技", "departed")}


def test_filings_of_directors_resigning() -> None:
    assert facts("星图控股公告，何敏远昨日(11日)已辞任独立非执行董事。") == {("何敏远", "星图控股", "departed")}
    assert facts("星图控股公告，早前，廖骞远因其他个人事务而辞任公司非执行董事。") == {("廖骞远", "星图控股", "departed")}
    assert facts("鸿海创办人郭台远因“个人因素”，宣布辞任鸿海科技集团董事。") == {("郭台远", "鸿海", "departed")}


def test_a_list_of_transliterations_with_their_latin_spellings_then_a_count_pointing_back() -> None:
    text = "Meta近来高层变动频繁。丹·罗斯(Dan Rose)、雷切尔·惠特斯通(Rachel Whetstone)和亚历克斯·哈迪曼(Alex Hardiman)这三名高管也于今年辞职。"
    assert facts(text) == {(n, "Meta", "departed") for n in ("Dan Rose", "Rachel Whetstone", "Alex Hardiman")}


def test_a_join_after_a_post_given_up_is_no_departure_from_where_they_went() -> None:
    assert facts("胡斌远在卸任CEO职位后则入职了风投基金启明创投，担任合伙人。") == {("胡斌远", "启明创投", "joined")}


def test_a_company_left_by_name_outweighs_the_post_given_up_there() -> None:
    text = "快手首席内容官曾光远宣布已于月初离开快手，不再担任快手科技首席内容官一职。"
    assert facts(text) == {("曾光远", "快手", "departed")}


def test_a_promotion_inside_the_company_is_no_join() -> None:
    assert facts("雷军宣布小米科技联合创始人、副总裁周光远将出任小米首席科学家。") == set()


def test_a_return_and_a_list_joined_by_plus_signs() -> None:
    assert ("达兴远", "NVIDIA", "joined") in facts("原小鹏机器人运控负责人达兴远离职，回到英伟达。")
    text = "徐昕远、刘江远、吴世远+罗语远、杨柘远......这些前华为终端高管集中在2014-2016年离开华为。"
    assert {f[0] for f in facts(text)} == {"徐昕远", "刘江远", "吴世远", "罗语远", "杨柘远"}


def test_a_latin_name_glued_to_an_upper_case_title() -> None:
    assert facts("今年6月，星图科技被曝CTOSiga Fijoze已经离职。") == {("Siga Fijoze", "星图科技", "departed")}
