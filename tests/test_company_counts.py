"""The Companies pane counts people, not reports: each person once, departed apart from only
reported as leaving, and the net is what those counts say."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.months import single
from tui.store import Filters, Reader


@pytest.fixture
def reader(seed_db: Path):
    r = Reader(seed_db)
    yield r
    r.close()


def _people_by_status(reader: Reader, f: Filters) -> dict[str, dict[str, set[str]]]:
    """From the feed itself: for each company, who departed, who is only reported as leaving,
    who joined, who was sidelined."""
    out: dict[str, dict[str, set[str]]] = {}
    for row in reader.feed(f).iter_rows(named=True):
        out.setdefault(row["company"], {}).setdefault(row["event"], set()).add(row["person"])
    for status in out.values():
        status["pending"] = status.get("pending", set()) - status.get("departed", set())
    return out


@pytest.mark.parametrize("f", [Filters(), Filters(months=single("2025-04")), Filters(text="百川")])
def test_company_counts_are_people_and_add_up(reader: Reader, f: Filters) -> None:
    expected = _people_by_status(reader, f)
    rows = reader.companies(f).to_dicts()
    assert {r["company"] for r in rows} == set(expected)
    for r in rows:
        people = expected[r["company"]]
        for column in ("departed", "pending", "joined", "sidelined"):
            assert r[column] == len(people.get(column, set())), (r["company"], column)
        assert r["net"] == r["joined"] - r["departed"]


def test_baichuan_counts_each_person_once(reader: Reader) -> None:
    row = next(r for r in reader.companies(Filters()).to_dicts() if r["company"] == "百川智能")
    departed = set(reader.feed(Filters(company="百川智能", events=frozenset({"departed"})))["person"])
    assert row["departed"] == len(departed) and row["pending"] == 0  # 陈炜鹏 was reported leaving, then gone
    assert row["net"] == -len(departed)


def test_the_pane_shows_only_reported_as_leaving_apart(reader: Reader) -> None:
    from tui.app.views import companies_page

    f = Filters(months=single("2025-04"))
    page = companies_page(reader.companies(f), reader.months())
    row = page.row_of("百川智能")
    assert row is not None
    cells = page.line(row).split()
    assert cells[1] == "2+1"  # 焦可 and 邓江 departed; 陈炜鹏 only reported as leaving that month
