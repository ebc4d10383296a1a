"""Writing articles and their claims, and merging claims into events.

A batch of articles is one transaction: a crash leaves either every article of the batch or none,
and the merged events always match the claims they come from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import polars as pl

from tui.model import Article, ExtractedEvent
from tui.store.article_paths import LINK, NEW, REDATE, SKIP, UNCHANGED, UPDATED, PathBook
from tui.store.database import rollback
from tui.store.spellings import alias_key

__all__ = ["NEW", "UNCHANGED", "UPDATED", "WriteResult", "Writer", "event_id"]


@dataclass(frozen=True, slots=True)
class WriteResult:
    path: str
    status: str  # new | unchanged | updated
    events: int  # claims written for this article (0 when unchanged)
    same_as: str | None = None  # unchanged because this text is stored under another path


def event_id(person: str, company: str, event: str) -> str:
    return hashlib.sha1(f"{person}\x1f{company}\x1f{event}".encode()).hexdigest()[:16]


class _ArrowStream:
    """A Polars frame as DuckDB sees it through the Arrow C stream interface alone: handed a Polars
    frame itself, DuckDB converts it through pyarrow, which is not a dependency."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        return self.frame.__arrow_c_stream__(requested_schema)


_SQL = Path(__file__).parent / "sql"


def _sql(name: str) -> str:
    return (_SQL / name).read_text(encoding="utf-8")


# Claims with the date of their article: what merge_events.sql reads, staged in merge_claims.
_CLAIMS_DATED = "SELECT c.*, a.published FROM claims c JOIN articles a USING (article_id)"

# Two of DuckDB's row groups (122,880 rows each): below that, clustering cannot skip anything.
CLUSTER_MIN_ROWS = 2 * 122_880


class Writer:
    """The only code that writes to the database. Not thread-safe: one writer per process."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        # Names to ids, read at the first write (75 ms at 76,000 people): an ingest's workers
        # start meanwhile.
        self._people: dict[str, int] = {}
        self._companies: dict[str, int] = {}
        # the other spellings stored for each person and company, so each is written once
        self._aliases: dict[str, set[tuple[str, int]]] = {"person_aliases": set(), "company_aliases": set()}
        self._ids_read = False
        self._merge = _sql("merge_events.sql")
        # The claims being merged, with their article's date: the merge reads them from here.
        # A temporary table: it is never written to the database file.
        con.execute(f"CREATE TEMP TABLE IF NOT EXISTS merge_claims AS {_CLAIMS_DATED} LIMIT 0")
        self.events_written = 0  # event rows (re)written by this writer, for deciding to re-cluster
        # rows this writer made and has not stored yet, by table: names given an id, new aliases
        self._new_rows: dict[str, list[tuple]] = {}
        self._schemas: dict[str, pl.Schema] = {}  # of the tables rows are inserted into
        self._paths = PathBook(con)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: on any failure (Ctrl-C included) it is rolled back, and the caches of
        people and company ids are read again from what is stored before the next write."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            self._ids_read = False
            self._paths.forget()
            raise

    # -- identity -----------------------------------------------------------------------------
    def _id(self, table: str, cache: dict[str, int], name: str) -> int:
        found = cache.get(name)
        if found is None:
            found = cache[name] = len(cache) + 1
            self._new_rows.setdefault(table, []).append((found, name))
        return found

    def _store_new_rows(self) -> None:
        for table, rows in self._new_rows.items():
            if rows:
                self._insert(table, rows)
        self._new_rows = {}

    def _insert(self, table: str, rows: list[tuple]) -> None:
        """Insert many rows in one statement, handed over as columns.

        A Polars frame read by DuckDB through the Arrow C stream costs a sixth of the CPU of list
        parameters, which DuckDB converts value by value (and executemany runs one INSERT per row):
        the writer shares two cores with the extracting workers.
        """
        schema = self._schemas.get(table)
        if schema is None:
            schema = self._schemas[table] = pl.DataFrame(self.con.sql(f"SELECT * FROM {table} LIMIT 0")).schema
        frame = pl.DataFrame(dict(zip(schema.names(), map(list, zip(*rows)))), schema=schema)
        self.con.from_arrow(_ArrowStream(frame)).insert_into(table)

    def _read_ids(self) -> None:
        self._new_rows = {}
        self._people = dict(self.con.execute("SELECT name, person_id FROM people").fetchall())
        self._companies = dict(self.con.execute("SELECT name, company_id FROM companies").fetchall())
        for table, column in (("person_aliases", "person_id"), ("company_aliases", "company_id")):
            self._aliases[table] = set(self.con.execute(f"SELECT alias, {column} FROM {table}").fetchall())
        self._ids_read = True

    def _alias(self, table: str, alias: str, owner: int) -> None:
        if (alias, owner) not in self._aliases[table]:
            self._aliases[table].add((alias, owner))
            self._new_rows.setdefault(table, []).append((alias, owner))

    # -- status -------------------------------------------------------------------------------
    def stored_article_ids(self) -> frozenset[str]:
        """The content hashes of every stored article: workers skip extracting those again."""
        return frozenset(r[0] for r in self.con.execute("SELECT article_id FROM articles").fetchall())

    def count_events(self) -> int:
        """Merged events in the store: a move several articles report is one."""
        row = self.con.execute("SELECT count(*) FROM events").fetchone()
        return int(row[0]) if row else 0

    # -- writing ------------------------------------------------------------------------------
    def write_batch(self, items: list[tuple[Article, list[ExtractedEvent]]]) -> list[WriteResult]:
        """Store a batch of articles with their events in one transaction, and point each path
        at its text. An article the batch leaves without a path stays until ``drop_unheld``."""
        results: list[WriteResult] = []
        article_rows: list[tuple] = []
        claim_rows: list[tuple] = []
        published: dict[str, date | None] = {}  # by article: fresh claims are merged without a join
        links: list[tuple[str, str]] = []
        redated: list[str] = []
        with self._transaction():
            if not self._ids_read:
                self._read_ids()
            for (article, events), plan in zip(items, self._paths.plan([a for a, _ in items])):
                if plan.action != SKIP:
                    links.append((article.path, article.content_hash))
                if plan.action in (SKIP, LINK):
                    results.append(WriteResult(article.path, plan.status, 0, plan.same_as))
                    continue
                if plan.action == REDATE:
                    redated.append(article.content_hash)
                article_rows.append(_article_row(article))
                published[article.content_hash] = article.published
                for e in events:
                    person_id = self._id("people", self._people, e.person)
                    company_id = self._id("companies", self._companies, e.company)
                    for alias in e.person_aliases:
                        self._alias("person_aliases", alias, person_id)
                    for alias in e.company_aliases:
                        self._alias("company_aliases", alias_key(alias), company_id)
                    claim_rows.append(
                        (
                            article.content_hash,
                            event_id(e.person, e.company, e.event),
                            person_id,
                            company_id,
                            e.event,
                            e.month,
                            e.month_precision,
                            e.role,
                            e.destination,
                            e.quote,
                            e.start,
                            e.end,
                        )
                    )
                results.append(WriteResult(article.path, plan.status, len(events)))
            # A person or company first named in this batch has no stored events: the events of
            # such pairs are merged from this batch alone, so the cost of a batch does not grow
            # with what is stored. Only pairs that may have stored claims are looked up.
            new_people = {i for i, _ in self._new_rows.get("people", ())}
            new_companies = {i for i, _ in self._new_rows.get("companies", ())}
            stored_pairs = {(r[2], r[3]) for r in claim_rows if r[2] not in new_people and r[3] not in new_companies}
            if redated:  # written again with its new date: the old rows go first
                stored_pairs.update(self._remove_articles(redated))
            self._paths.point(links)
            self._store_new_rows()
            if article_rows:
                self._insert("articles", article_rows)
            if claim_rows:
                self._insert("claims", claim_rows)
            fresh = [(*row, published[row[0]]) for row in claim_rows if (row[2], row[3]) not in stored_pairs]
            self._merge_pairs(stored_pairs, fresh)
        return results

    def drop_unheld(self) -> int:
        """Remove the articles no path holds any more, with their claims, and merge their events
        again; an article shown by a path that moved is shown by one it still has. Run when an
        ingest ends: a copy of a text met later in the run keeps it. Returns how many went."""
        with self._transaction():
            gone = self._paths.unheld()
            if gone:
                self._merge_pairs(self._remove_articles(gone), [])
            self._paths.rename_moved()
        return len(gone)

    def _remove_articles(self, article_ids: list[str]) -> set[tuple[int, int]]:
        """Delete these articles and their claims; returns the (person, company) pairs their
        claims were about, whose events must be merged again."""
        ids = {"ids": article_ids}
        pairs = self.con.execute(
            "SELECT DISTINCT person_id, company_id FROM claims WHERE article_id IN (SELECT unnest($ids))", ids
        ).fetchall()
        self.con.execute("DELETE FROM claims WHERE article_id IN (SELECT unnest($ids))", ids)
        self.con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest($ids))", ids)
        return set(pairs)

    def _merge_pairs(self, stored_pairs: set[tuple[int, int]], fresh: list[tuple]) -> None:
        """Merge again every event of ``stored_pairs`` from the stored claims, and the events of
        ``fresh`` claims (pairs with nothing stored) from those rows alone."""
        if stored_pairs:
            pairs = {"p": [p for p, _ in stored_pairs], "c": [c for _, c in stored_pairs]}
            self.con.execute(
                "DELETE FROM events USING (SELECT unnest($p) AS p, unnest($c) AS c) k "
                "WHERE events.person_id = k.p AND events.company_id = k.c",
                pairs,
            )
            self.con.execute(
                f"INSERT INTO merge_claims {_CLAIMS_DATED} "
                "JOIN (SELECT unnest($p) AS p, unnest($c) AS c) k ON c.person_id = k.p AND c.company_id = k.c",
                pairs,
            )
        if fresh:
            self._insert("merge_claims", fresh)
        if stored_pairs or fresh:
            self._merge_staged()

    def _merge_staged(self) -> None:
        """Merge the claims staged in merge_claims into events, and empty the stage."""
        self.con.execute(self._merge)
        self.events_written += self.con.execute("SELECT count(DISTINCT event_id) FROM merge_claims").fetchone()[0]
        self.con.execute("DELETE FROM merge_claims")

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file."""
        self.con.execute("CHECKPOINT")

    def cluster_events(self, *, min_rows: int = CLUSTER_MIN_ROWS, min_share: float = 0.1, force: bool = False) -> bool:
        """Rewrite the events table in month order when enough of it was written out of order.

        DuckDB skips row groups whose min/max exclude a filter, so a month's query reads only that
        month's rows once the table is clustered by month; merges append in arrival order, which
        spreads every month over every row group. Small tables fit in a row group or two and are
        left alone. One transaction: a crash leaves the old table.
        """
        total = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        if not force and (total < min_rows or self.events_written < min_share * total):
            return False
        with self._transaction():
            self.con.execute("CREATE TEMP TABLE clustered AS SELECT * FROM events ORDER BY feed_month, company, person")
            self.con.execute("DELETE FROM events")
            self.con.execute("INSERT INTO events SELECT * FROM clustered")
            self.con.execute("DROP TABLE clustered")
        self.checkpoint()
        self.events_written = 0
        return True

    def rebuild_events(self) -> None:
        """Re-merge every event from the claims (after a merge-rule change)."""
        with self._transaction():
            self.con.execute("DELETE FROM events")
            self.con.execute(f"INSERT INTO merge_claims {_CLAIMS_DATED}")
            self._merge_staged()


def _article_row(a: Article) -> tuple:
    return (
        a.content_hash,
        a.path,
        a.kind,
        a.encoding,
        a.title,
        a.published,
        a.published_source,
        a.author,
        a.url,
        a.body_start,
        a.text,
        list(a.warnings),
        datetime.now(),
    )
