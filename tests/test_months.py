from tui.months import parse_spec, quarter_of, shift, single, step, year_of


def test_typed_months():
    assert parse_spec("2025-06") == single("2025-06")
    assert parse_spec("2025-6") == single("2025-06")
    assert parse_spec("2025/6") == single("2025-06")
    assert parse_spec("2025年6月") == single("2025-06")
    assert parse_spec("6月", default_year=2025) == single("2025-06")
    assert parse_spec("6", default_year=2024) == single("2024-06")
    assert parse_spec("2025Q2") == quarter_of("2025-05")
    assert parse_spec("2025") == year_of("2025-03")
    assert parse_spec("6月") is None  # no year to put it in
    assert parse_spec("2025-13") is None
    assert parse_spec("june") is None


def test_ranges():
    q = quarter_of("2025-05")
    assert (q.first, q.last, q.label) == ("2025-04", "2025-06", "2025Q2")
    y = year_of("2024-12")
    assert (y.first, y.last, y.label) == ("2024-01", "2024-12", "2024")
    assert shift("2025-01", -1) == "2024-12"
    assert shift("2024-12", 13) == "2026-01"


def test_stepping_skips_months_without_events():
    months = ["2024-11", "2024-12", "2025-04", "2025-06"]
    assert step(months, "2025-06", -1) == "2025-04"
    assert step(months, "2025-04", +1) == "2025-06"
    assert step(months, "2025-05", -1) == "2025-04"
    assert step(months, "2024-11", -1) is None
    assert step(months, None, -1) == "2025-06"
    assert step(months, None, +1) == "2024-11"
    assert step([], None, -1) is None


def test_a_month_without_a_year_is_the_latest_such_month_with_events():
    from tui.months import resolve_typed

    months = ["2023-01", "2024-12", "2025-04", "2025-06"]
    assert resolve_typed("12月", months, in_view="2023-01") == single("2024-12")
    assert resolve_typed("6", months, in_view="2023-01") == single("2025-06")
    assert resolve_typed("3月", months, in_view="2023-01") == single("2023-03")  # none with events: the year in view
    assert resolve_typed("2023-12", months) == single("2023-12")  # a full month is taken as typed
    assert resolve_typed("2025Q2", months) == quarter_of("2025-04")


def test_a_bad_typed_month_says_why():
    import pytest

    from tui.months import resolve_typed

    for bad, reason in (("13月", "no month 13"), ("june", "not a month"), ("", "type a month"), ("2025-13", "not a month")):
        with pytest.raises(ValueError, match=reason):
            resolve_typed(bad, ["2025-06"])
