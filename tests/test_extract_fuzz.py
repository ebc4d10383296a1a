"""Property tests: on any text the extractor never raises, and every quote is the text at its offsets."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.extract import extract_events

FRAGMENTS = [
    "百川智能", "智谱AI", "MiniMax", "某某科技", "联合创始人", "副总裁", "负责人", "首席技术官", "张", "王", "李", "欧阳",
    "阔", "帆", "心皓", "小川", "、", "，", "。", "；", "\n", "已经", "即将", "离职", "离开", "加入", "加盟", "挖角", "转任顾问",
    "去年12月", "今年1月", "本月", "近日", "3个月前", "否认", "等", "和", "两人", "他们", "的", "被曝", "同时，", "鄧江", "離職",
    "\u200b", "🔥", " ", "---", "“", "”", "2025年6月", "[^1]",
]
text_strategy = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x9FFF), max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=40).map("".join),
)
dates = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_strategy, published=dates, data=st.data())
def test_never_raises_and_quotes_are_grounded(text: str, published: date | None, data) -> None:
    body_start = data.draw(st.integers(min_value=0, max_value=len(text)))
    events = extract_events(text, published, body_start=body_start)
    for e in events:
        assert text[e.start : e.end] == e.quote
        assert e.start >= body_start or body_start == 0
        assert e.event in {"departed", "pending", "sidelined", "joined", "poach_attempt"}
        assert e.month is None or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e.month)
        assert e.person and e.company
