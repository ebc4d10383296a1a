"""A search finds a person or a company by every spelling: aliases from the reference data and
the articles, traditional characters, and p: / c: to search people or companies alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.store import Filters, Reader
from tui.store.spellings import SearchTerm, canonical_company, companies_containing


@pytest.fixture
def reader(seed_db: Path):
    r = Reader(seed_db)
    yield r
    r.close()


def _companies(reader: Reader, f: Filters) -> set[str]:
    return set(reader.feed(f)["company"].to_list())


def _people(reader: Reader, f: Filters) -> set[str]:
    return set(reader.feed(f)["person"].to_list())


def test_a_search_term_is_simplified_lower_cased_and_scoped():
    assert SearchTerm.parse("  張帆 ") == SearchTerm("张帆", "any")
    assert SearchTerm.parse("p: 張帆") == SearchTerm("张帆", "person")
    assert SearchTerm.parse("C:Moonshot") == SearchTerm("moonshot", "company")
    assert SearchTerm.parse("x:y") == SearchTerm("x:y", "any")  # only p: and c: are scopes
    assert SearchTerm.parse("").params()["text"] is None


def test_reference_spellings_name_their_company():
    assert canonical_company("Moonshot AI") == canonical_company("kimi") == "月之暗面"
    assert canonical_company("智譜") == "智谱"
    assert canonical_company("无名公司") == "无名公司"
    assert "百川智能" in companies_containing("baichuan")


@pytest.mark.parametrize(("typed", "company"), [("Moonshot", "月之暗面"), ("Kimi", "月之暗面"), ("Zhipu", "智谱"), ("baichuan", "百川智能"), ("智譜", "智谱")])
def test_a_company_is_found_by_any_spelling(reader: Reader, typed: str, company: str):
    by_name = set(reader.feed(Filters(company=company))["event_id"].to_list())
    assert by_name, company
    # the company's own events are all there (other events may quote its name too)
    assert by_name <= set(reader.feed(Filters(text=typed))["event_id"].to_list())
    assert _companies(reader, Filters(text=f"c:{typed}")) == {company}


def test_traditional_input_finds_what_simplified_finds(reader: Reader):
    for traditional, simple in (("張帆", "张帆"), ("智譜", "智谱")):
        assert reader.feed_count(Filters(text=simple)) > 0
        assert reader.feed(Filters(text=traditional)).equals(reader.feed(Filters(text=simple)))


def test_p_and_c_search_people_or_companies_alone(reader: Reader):
    anywhere = _people(reader, Filters(text="张帆"))
    assert anywhere > {"张帆"}  # another person's quote names him
    assert _people(reader, Filters(text="p:张帆")) == {"张帆"}
    assert _people(reader, Filters(text="p:張帆")) == {"张帆"}
    assert reader.feed_count(Filters(text="c:张帆")) == 0
    # the side panes and the export follow the same search
    assert set(reader.people(Filters(text="p:张帆"))["person"].to_list()) == {"张帆"}
    assert set(reader.companies(Filters(text="c:Kimi"))["company"].to_list()) == {"月之暗面"}
    assert set(reader.export_frame(Filters(text="c:Kimi"))["company"].to_list()) == {"月之暗面"}


def test_a_named_person_or_company_is_brought_to_its_stored_name(reader: Reader):
    assert reader.person_named("張帆") == "张帆"
    assert reader.person_named("nobody") == "nobody"
    assert reader.company_named("Moonshot") == "月之暗面"
    f = reader.resolved(Filters(company="kimi", person="張帆"))
    assert (f.company, f.person) == ("月之暗面", "张帆")


def test_named_queries_take_any_spelling(reader: Reader):
    by_alias = reader.run_named("departures_by_month", {"company": "Baichuan"})
    assert by_alias.height > 0 and set(by_alias["company"]) == {"百川智能"}
    assert reader.run_named("timeline", {"person": "張帆"}).height == reader.timeline("张帆").height > 0
    assert reader.run_named("feed", {"text": "c:Moonshot"})["company"].unique().to_list() == ["月之暗面"]


def test_an_alias_stored_from_an_article_names_its_person(tmp_path):
    """The spellings the extractor found (here a Latin name beside its transliteration) find the
    person in a search and as a named person."""
    from datetime import date

    from tui.extract import extract_events
    from tui.model import Article
    from tui.store import Writer, open_database

    text = "特斯拉項目負責人米蘭·科瓦奇(Milan Kovac)宣佈離職。"
    a = Article(path="tw.txt", text=text, body_start=0, content_hash="tw", published=date(2025, 6, 8))
    con = open_database(tmp_path / "a.duckdb")
    Writer(con).write_batch([(a, extract_events(text, a.published))])
    con.close()
    r = Reader(tmp_path / "a.duckdb")
    try:
        assert r.person_named("米蘭·科瓦奇") == r.person_named("米兰·科瓦奇") == "Milan Kovac"
        assert _people(r, Filters(text="p:科瓦奇")) == _people(r, Filters(text="p:milan")) == {"Milan Kovac"}
    finally:
        r.close()
