"""The benchmark's load generators: reproducible, honest about their ground truth, and the real
pipeline reads what they write."""

from __future__ import annotations

from pathlib import Path

import duckdb
import opencc

from tests.perf import synth
from tests.perf.make_db import make
from tui.ingest import ingest
from tui.months import single
from tui.store import Filters, Reader


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    a = synth.generate(tmp_path / "a", 12, seed=5)
    b = synth.generate(tmp_path / "b", 12, seed=5)
    c = synth.generate(tmp_path / "c", 12, seed=6)
    assert a == b and a != c
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert synth.load_truth(tmp_path / "a") == a


def test_given_name_characters_survive_the_script_round_trip() -> None:
    # the traditional articles' truth is the simplified name: the round trip must be exact
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    for ch in synth.GIVEN:
        assert t2s.convert(s2t.convert(ch)) == ch, ch


def test_corpus_has_every_sentence_kind_and_many_people(tmp_path: Path) -> None:
    truths = synth.generate(tmp_path, 200, seed=1)
    kinds = {t.kind for t in truths}
    assert {"title_name", "coordinated", "bare_list", "join", "pending", "sidelined", "poach"} <= kinds
    assert {t.event for t in truths} == {"departed", "pending", "sidelined", "joined", "poach_attempt"}
    assert any(t.traditional for t in truths) and any(not t.traditional for t in truths)
    assert len({t.person for t in truths}) > 500
    assert len({t.company for t in truths}) > 100


def test_the_pipeline_reads_the_synthetic_corpus(tmp_path: Path) -> None:
    """Recall and precision on articles written by the generator, not by the extractor's authors."""
    corpus = tmp_path / "corpus"
    truths = synth.generate(corpus, 60, seed=11)
    db = tmp_path / "synth.duckdb"
    summary = ingest([str(corpus)], str(db), jobs=1)
    assert summary.failed == 0
    result = synth.score(truths, synth.found_events(db))
    assert result["recall"] >= 0.95, result["missed_examples"]
    assert result["precision"] >= 0.95, result["extra_examples"]
    assert result["month_accuracy"] >= 0.95


def test_generated_database_answers_the_app_and_keeps_offsets(tmp_path: Path) -> None:
    db = tmp_path / "n.duckdb"
    make(db, 3000, seed=2)
    reader = Reader(db)
    try:
        months = reader.months()
        assert len(months) == 36
        assert reader.feed_count(Filters()) == 3000
        one = reader.feed(Filters(single(months[0])), limit=50)
        assert 0 < one.height <= 50 and set(one["month"].drop_nulls()) <= {months[0]}
        assert reader.companies(Filters()).height > 10
        assert reader.people(Filters(), limit=100).height == 100
    finally:
        reader.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        bad = con.execute(
            "SELECT count(*) FROM claims c JOIN articles a USING (article_id) "
            "WHERE substr(a.text, c.start + 1, c.\"end\" - c.start) <> c.quote"
        ).fetchone()
        assert bad == (0,)
    finally:
        con.close()
