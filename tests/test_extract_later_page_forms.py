"""Forms met on later sets of real pages, each in sentences written for this test (made-up people
and companies): dates carried by the text, manner phrases, announcements and filings, partings,
subjects told after the move, people taken along, alumni, relative clauses and promotions."""

from __future__ import annotations

from tui.extract import extract_events
from tests.test_extract_page_forms import facts


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


def test_a_move_still_ahead_is_filed_under_the_month_it_was_reported_in() -> None:
    events = extract_events("1月25日，微软宣布执行副总裁Kurt DelBone将在6月离开。", None)
    assert [(e.person, e.event, e.month) for e in events] == [("Kurt DelBone", "pending", None)]
    events = extract_events("2021年1月25日，微软宣布执行副总裁Kurt DelBone将在6月离开。", None)
    assert [(e.person, e.event, e.month) for e in events] == [("Kurt DelBone", "pending", "2021-01")]
