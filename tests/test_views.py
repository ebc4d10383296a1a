"""Pages of rows as the tables paint them: every line exactly as wide as its header, whatever the
script, cut with an ellipsis where a column is capped."""

from __future__ import annotations

import polars as pl
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.app.views import fit, make_page


@given(st.text(max_size=40), st.integers(min_value=0, max_value=30), st.booleans())
def test_fit_is_exactly_as_wide_as_asked(text: str, width: int, right: bool) -> None:
    # control characters have no width of their own; the store's strings never hold them
    text = "".join(ch for ch in text if ch.isprintable())
    out = fit(text, width, right=right)
    assert cell_len(out) == width
    if cell_len(text) <= width:
        assert out.strip(" ") == text.strip(" ")
    elif width >= 2:
        assert "…" in out


def test_a_cut_never_splits_a_wide_character() -> None:
    assert fit("联合创始人、模型研发负责人", 18) == "联合创始人、模型… "
    assert fit("联合创始人、模型研发负责人", 17) == "联合创始人、模型…"
    assert fit("月之暗面", 8) == "月之暗面"


def test_page_lines_line_up_in_every_script() -> None:
    frame = pl.DataFrame(
        {
            "person": ["明超平", "Sam Altman", "鄧江", None],
            "role": ["核心产品负责人", "CEO", "聯合創始人、技術副總裁兼模型研發負責人", ""],
            "src": [1, 12, 3, None],
        }
    )
    page = make_page(frame, frame["person"], max_widths={"role": 12})
    assert page.height == 4
    widths = {cell_len(page.line(i)) for i in range(page.height)} | {page.line_width}
    assert len(widths) == 1
    assert page.widths[1] == 12 and "…" in page.line(2)
    assert page.line(1).rstrip().endswith("12")  # numbers are right-aligned
    assert page.row_of("鄧江") == 2 and page.row_of("nobody") is None and page.key(9) is None


def test_an_empty_page_still_has_its_header() -> None:
    frame = pl.DataFrame(schema={"month": pl.String, "src": pl.Int64})
    page = make_page(frame, pl.Series("k", [], dtype=pl.String))
    assert page.height == 0 and "month" in page.header and "src" in page.header


def test_a_narrow_view_shrinks_only_the_flexible_columns() -> None:
    frame = pl.DataFrame({"person": ["明超平"], "role": ["核心产品负责人兼技术副总裁"], "dest": ["AI Coding方向创业"], "src": [1]})
    page = make_page(frame, frame["person"], max_widths={"role": 26, "dest": 24})
    widths, header = page.fitted(page.line_width - 10)
    assert cell_len(header) == page.line_width - 10 == cell_len(page.line(0, widths))
    assert widths[0] == page.widths[0] and widths[3] == page.widths[3]  # person and src keep theirs
    assert widths[1] < page.widths[1] or widths[2] < page.widths[2]
    tight, _ = page.fitted(10)
    assert tight[1] == tight[2] == 3  # a wide character and the ellipsis: no narrower, the view scrolls instead


def test_shrinking_goes_to_eight_cells_everywhere_before_any_column_goes_below() -> None:
    frame = pl.DataFrame({"person": ["明超平"], "role": ["核心产品负责人兼技术副总裁"], "dest": ["AI Coding方向创业"]})
    page = make_page(frame, frame["person"], max_widths={"person": 12, "role": 26, "dest": 24}, min_widths={"person": 6})
    widths, _ = page.fitted(page.line_width - page.widths[1] - page.widths[2] + 16)
    assert widths[1] == widths[2] == 8 and widths[0] == page.widths[0]
    widths, _ = page.fitted(10)
    assert widths[0] == 6 and widths[1] == widths[2] == 3  # the name keeps its floor


def test_with_room_to_spare_a_cut_column_grows() -> None:
    frame = pl.DataFrame({"person": ["明超平"], "role": ["核心产品负责人兼技术副总裁"], "src": [1]})
    page = make_page(frame, frame["person"], max_widths={"role": 10})
    assert "…" in page.line(0)
    widths, header = page.fitted(page.line_width + 40)
    assert widths[1] == page.natural[1] and "…" not in page.line(0, widths)
    assert cell_len(header) == cell_len(page.line(0, widths)) < page.line_width + 40  # no wider than it needs


def test_a_trend_has_a_slot_for_every_calendar_month() -> None:
    from tui.app.formatting import sparkline

    months = ["2024-11", "2025-01", "2025-06"]  # months with events: 2024-12 and 2025-02..05 have none
    trend = [{"month": "2024-11", "n": 2}, {"month": "2025-06", "n": 1}]
    line = sparkline(trend, months)
    assert len(line) == 8 and line[0] == "█" and line[-1] != "·" and set(line[1:-1]) == {"·"}
    assert len(sparkline(trend, ["2023-01", "2025-06"])) == 12  # at most the last twelve


def test_a_narrow_trend_keeps_its_latest_months() -> None:
    frame = pl.DataFrame({"company": ["百川智能"], "trend": ["█·······▅"]})
    page = make_page(frame, frame["company"], max_widths={"trend": 12}, keep_end=frozenset({"trend"}))
    widths, _ = page.fitted(page.line_width - 4)
    assert page.line(0, widths).rstrip().endswith("·▅") and "…" not in page.line(0, widths)
