"""Time expressions resolved against the publication date (pure functions)."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract.times import cn_int, find_times

PUB = date(2025, 4, 11)


@pytest.mark.parametrize(
    ("text", "month", "precision"),
    [
        ("2024年7月", "2024-07", "stated"),
        ("二〇二四年十二月", "2024-12", "stated"),
        ("2024年底", "2024-12", "stated"),
        ("2025/6/16", "2025-06", "stated"),
        ("去年12月", "2024-12", "relative"),
        ("今年1月", "2025-01", "relative"),
        ("去年底", "2024-12", "relative"),
        ("本月", "2025-04", "relative"),
        ("本月初", "2025-04", "relative"),
        ("上月", "2025-03", "relative"),
        ("上个月底", "2025-03", "relative"),
        ("下月", "2025-05", "relative"),
        ("2月中旬", "2025-02", "relative"),
        ("12月", "2024-12", "relative"),  # a later month without a year is last year's
        ("将于12月", "2025-12", "relative"),  # unless the text speaks of the future
        ("三个月前", "2025-01", "relative"),
        ("两个月前", "2025-02", "relative"),
        ("半年前", "2024-10", "relative"),
        ("近日", "2025-04", "report"),
        ("近期", "2025-04", "report"),
        ("上周", "2025-04", "report"),
    ],
)
def test_resolves(text: str, month: str, precision: str) -> None:
    marks = [m for m in find_times(text, PUB) if m.month]
    assert [(m.month, m.precision) for m in marks] == [(month, precision)]


@pytest.mark.parametrize("text", ["2025年上半年", "过去半年", "去年第四季度", "此前", "早在去年", "2023年", "年初", "2026年初", "今年初"])
def test_vague_times_name_no_month(text: str) -> None:
    marks = find_times(text, PUB)
    assert marks and all(m.month is None for m in marks)


def test_relative_time_without_publication_date_is_null() -> None:
    marks = find_times("去年12月", None)
    assert [(m.month, m.precision) for m in marks] == [(None, None)]


def test_offsets_point_at_the_expression() -> None:
    text = "据悉，张三于去年12月离职"
    (mark,) = find_times(text, PUB)
    assert text[mark.start : mark.end] == "去年12月"


@pytest.mark.parametrize(("s", "n"), [("3", 3), ("十二", 12), ("十", 10), ("二十", 20), ("两", 2), ("二十三", 23), ("x", None)])
def test_cn_int(s: str, n: int | None) -> None:
    assert cn_int(s) == n
