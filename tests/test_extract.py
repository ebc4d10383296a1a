"""The extractor on short articles written for these tests (other people, companies and date
expressions than the seed corpus), including traditional characters, denials and unnamed groups."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract import extract_events
from tui.extract.chinese import to_simplified


def facts(text: str, published: str | None) -> set[tuple]:
    events = extract_events(text, date.fromisoformat(published) if published else None)
    for e in events:
        assert text[e.start : e.end] == e.quote, e
        quote = to_simplified(e.quote)
        assert e.person in quote or "两人" in quote or "他们" in quote, e  # the proof names who moved
    return {(e.person, e.company, e.event, e.month) for e in events}


CASES = [
    pytest.param(
        "据36氪报道，面壁智能首席技术官刘知远近日已从公司离职，加盟字节跳动担任大模型团队负责人。面壁智能方面回应称，公司运营一切正常。",
        "2025-03-20",
        {("刘知远", "面壁智能", "departed", "2025-03"), ("刘知远", "字节跳动", "joined", "2025-03")},
        id="departure-and-join-report-month",
    ),
    pytest.param(
        "去年12月，商汤科技副总裁、研究院院长黄杰已经离职。今年2月中旬，原商汤联合创始人王晓刚转任公司顾问。",
        "2025-03-20",
        {("黄杰", "商汤科技", "departed", "2024-12"), ("王晓刚", "商汤科技", "sidelined", "2025-02")},
        id="relative-months-and-sidelined",
    ),
    pytest.param(
        "出门问问创始人李志飞表示，公司不会因为高管变动而改变战略。出门问问CTO雷欣否认了离职传闻，称自己仍在职。",
        "2024-09-05",
        set(),
        id="founder-mentioned-and-denial",
    ),
    pytest.param(
        "三个月前，腾讯混元大模型负责人蒋杰的副手、技术总监孙毅宣布离职。上月，阿里云智能首席科学家周靖人的团队被裁撤，多名员工离职。",
        "2025-05-10",
        {("孙毅", "腾讯", "departed", "2025-02")},
        id="months-ago-and-team-cut",
    ),
    pytest.param(
        "據悉，月之暗面聯合創始人周昕宇已於本月初離職，將加入一家大模型創業公司。零一萬物副總裁鄧江則即將離職。",
        "2025-05-10",
        {("周昕宇", "月之暗面", "departed", "2025-05"), ("邓江", "零一万物", "pending", "2025-05")},
        id="traditional-characters",
    ),
    pytest.param(
        "小米曾以千万年薪挖角阿里巴巴通义实验室研究员陈晓明，但被对方拒绝。",
        "2025-07-01",
        {("陈晓明", "阿里巴巴", "poach_attempt", None)},
        id="poach-attempt",
    ),
    pytest.param(
        "百度集团副总裁吴甜和搜索业务负责人赵世奇相继离职，两人均已加入京东。",
        "2025-07-01",
        {
            ("吴甜", "百度", "departed", None),
            ("赵世奇", "百度", "departed", None),
            ("吴甜", "京东", "joined", None),
            ("赵世奇", "京东", "joined", None),
        },
        id="coordination-and-plural-pronoun",
    ),
    pytest.param(
        "OpenAI联合创始人Ilya Sutskever已于去年5月离开公司，创办了SSI。",
        "2025-01-15",
        {("Ilya Sutskever", "OpenAI", "departed", "2024-05")},
        id="latin-name",
    ),
    pytest.param(
        "智谱AI三位产品负责人本月集体离职。智谱AI CEO张鹏在内部信中表示感谢。",
        "2025-08-08",
        set(),
        id="unnamed-group",
    ),
    pytest.param(
        "阶跃星辰副总裁杨扬、技术负责人许阳等人近期离职，其中杨扬已出任京东探索研究院院长。",
        "2025-08-08",
        {
            ("杨扬", "阶跃星辰", "departed", "2025-08"),
            ("许阳", "阶跃星辰", "departed", "2025-08"),
            ("杨扬", "京东", "joined", "2025-08"),
        },
        id="list-then-destination",
    ),
    pytest.param(
        "生数科技首席科学家朱军、产品副总裁高明于2024年底相继离职。",
        "2025-02-01",
        {("朱军", "生数科技", "departed", "2024-12"), ("高明", "生数科技", "departed", "2024-12")},
        id="stated-year-end",
    ),
    pytest.param(
        "华为诺亚方舟实验室主任姚骏将于下月离职，他表示将继续关注行业发展。",
        "2025-10-09",
        {("姚骏", "华为", "pending", "2025-10")},  # a move ahead is filed under the month it was reported in
        id="pending-next-month",
    ),
    pytest.param(
        "有消息称美团副总裁王莆中离职，美团方面对此回应称消息不实。",
        "2025-10-09",
        set(),
        id="denied-by-company",
    ),
    pytest.param(
        "快手前副总裁张迪于今年加盟字节跳动。此前，他于2019年加入快手。",
        "2025-10-09",
        # a year alone names no month; a join years before the report is career history
        {("张迪", "字节跳动", "joined", None)},
        id="year-only-is-no-month",
    ),
    pytest.param(
        "据悉，星云科技首席技术官周博远已于今年3月离职，加盟灵犀智能。该公司回应称，此事对一家大模型公司影响有限。",
        "2025-06-01",
        {("周博远", "星云科技", "departed", "2025-03"), ("周博远", "灵犀智能", "joined", "2025-03")},
        id="companies-not-in-the-gazetteer",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_written_articles(text: str, published: str, expected: set[tuple]) -> None:
    assert facts(text, published) == expected


def test_unresolvable_relative_month_stays_null_without_a_date() -> None:
    got = facts("百川智能联合创始人焦可已于去年12月离职。", None)
    assert got == {("焦可", "百川智能", "departed", None)}


def test_quotes_are_verbatim_in_traditional_text() -> None:
    text = "據悉，零一萬物聯合創始人戴宗宏已經離職。"
    (event,) = extract_events(text, date(2025, 5, 1))
    assert event.person == "戴宗宏" and event.company == "零一万物"
    assert event.quote == text[event.start : event.end]
    assert "零一萬物聯合創始人戴宗宏已經離職" in event.quote
    assert event.role == "联合创始人"


def test_characters_both_scripts_share_are_not_rewritten_by_phrase_rules() -> None:
    """沈 is the same in both scripts; OpenCC's phrase 沈思 -> 沉思 would turn the name into 沉思蕾."""
    assert to_simplified("据悉，研究院院长沈思蕾已经离职。") == "据悉，研究院院长沈思蕾已经离职。"
    assert to_simplified("據悉，研究院院長沈思蕾已經離職。") == "据悉，研究院院长沈思蕾已经离职。"
    assert to_simplified("零一萬物聯合創始人") == "零一万物联合创始人"
    got = facts("据悉，滴滴研究院院长沈思蕾已于今年3月离职。", "2025-05-01")
    assert got == {("沈思蕾", "滴滴", "departed", "2025-03")}


def test_zero_width_characters_inside_a_name() -> None:
    text = "百川智能联合创始人焦\u200b可已经离职。"
    (event,) = extract_events(text, date(2025, 4, 1))
    assert event.person == "焦可"
    assert text[event.start : event.end] == event.quote and "\u200b" in event.quote


def test_body_start_skips_front_matter() -> None:
    text = "---\ntitle: 百川智能联合创始人焦可已经离职\n---\n近日，百川智能联合创始人焦可已经离职。\n"
    body_start = text.index("近日")
    events = extract_events(text, date(2025, 4, 11), body_start=body_start)
    assert [(e.person, e.start >= body_start) for e in events] == [("焦可", True)]


def test_one_claim_per_event_per_article_with_the_best_month() -> None:
    text = "据悉，百川智能合伙人邓江已经离开。知情人士透露，本月初百川智能合伙人邓江也已经离职。"
    events = extract_events(text, date(2025, 4, 11))
    assert [(e.person, e.event, e.month, e.month_precision) for e in events] == [("邓江", "departed", "2025-04", "relative")]
