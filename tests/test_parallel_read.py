"""Reading on two cores: every file comes back once, as this process alone would read it, and a
run long enough to have a tail tells the writer once when only the workers are still reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.perf.synth import generate
from tests.test_pipeline import export_rows
from tui.ingest import ingest
from tui.parallel_read import CHUNK, DRAINING, TAIL, results, worker_context


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("parallel") / "articles"
    generate(folder, 4 * TAIL * CHUNK + 40, seed=3)  # enough chunks for the tail to apply
    return sorted(str(p) for p in folder.iterdir() if p.suffix in (".md", ".txt"))


def _by_path(items: list) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for article, events in items:
        assert article.path not in out, f"{article.path} came back twice"
        out[article.path] = (article, events)
    return out


def test_two_processes_read_every_file_once_as_one_would(corpus: list[str]) -> None:
    ctx = worker_context(2, len(corpus))
    assert ctx is not None
    items = list(results(corpus, None, 2, frozenset(), ctx))
    assert items.count(DRAINING) == 1
    # after the signal only the workers' tail is left: some articles, far from all
    assert 0 < len(items) - 1 - items.index(DRAINING) < len(corpus) // 2
    two = _by_path([x for x in items if x is not DRAINING])
    one = _by_path([x for x in results(corpus, None, 1, frozenset(), None)])
    assert two.keys() == one.keys() == set(corpus)
    assert two == one


def test_an_ingest_with_a_tail_stores_what_one_process_stores(corpus: list[str], tmp_path: Path) -> None:
    folder = Path(corpus[0]).parent
    dbs = {}
    for jobs in (1, 2):
        dbs[jobs] = tmp_path / f"jobs{jobs}.duckdb"
        summary = ingest([folder], str(dbs[jobs]), jobs=jobs)
        assert summary.failed == 0 and len(summary.outcomes) == len(corpus)
    one, two = export_rows(dbs[1]), export_rows(dbs[2])
    assert one and two == one
