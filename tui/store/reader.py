"""The read side of the store: every question the app and the CLI ask, answered from queries/.

Each call takes its own cursor, so calls are safe from any worker thread. Results are Polars
frames (zero-copy from DuckDB's Arrow stream), small by construction: DuckDB filters, sorts and pages.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from tui.store.database import is_attach_uri, open_database
from tui.store.errors import store_error
from tui.store.filters import Filters
from tui.store.queries import NamedQuery, QueryLibrary, queries_dir
from tui.store.spellings import SearchTerm, alias_key, canonical_company, company_key, simplified

# The names a spelling stands for: the name itself, else the one owner of that alias (a surname
# alone may stand for several people, and then for none of them).
_PERSON_NAMED = """
SELECT DISTINCT name FROM people WHERE name = $name
UNION
SELECT DISTINCT p.name FROM person_aliases a JOIN people p USING (person_id)
WHERE lower(a.alias) = lower($name) AND NOT EXISTS (SELECT 1 FROM people WHERE name = $name)
"""
_COMPANY_NAMED = """
SELECT DISTINCT c.name FROM company_aliases a JOIN companies c USING (company_id) WHERE a.alias IN ($key, $as_written)
"""

# Columns of feed.sql the feed may be sorted by (ORDER BY cannot be a parameter).
FEED_SORTS = ("month", "person", "company", "role", "event", "destination", "sources", "last_published")


def _frame(relation: duckdb.DuckDBPyRelation) -> pl.DataFrame:
    # Through the Arrow C stream interface: the same zero-copy transfer as .pl(), without
    # importing pyarrow (60 ms of the first screen).
    return pl.DataFrame(relation)


class Reader:
    """Read-only access to one database.

    The connection is opened on first use. With ``release_after`` set, it is closed again after that
    many idle seconds, so an ``ingest`` in another process can take the write lock while the app
    sits idle; the next question reopens it and sees what was committed meanwhile.
    """

    def __init__(self, target: str | Path, *, read_only: bool = True, release_after: float | None = None) -> None:
        self.target = str(target)
        self._read_only = read_only
        self._release_after = release_after
        self._lock = threading.Lock()
        self._active = 0
        self._timer: threading.Timer | None = None
        self._con: duckdb.DuckDBPyConnection | None = open_database(self.target, read_only=read_only)
        # The app's questions come from the bundled queries/, never from a user's override.
        self.library = QueryLibrary([queries_dir()])
        self._queries: dict[str, NamedQuery] = {}

    # -- connection ---------------------------------------------------------------------------
    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._con is None:
                self._con = open_database(self.target, read_only=self._read_only)
            cur = self._con.cursor()
            self._active += 1
        try:
            yield cur
        except duckdb.Error as exc:  # a damaged or vanished store, told as such; a query's own mistake as it is
            failure = store_error(exc, self.target)
            if failure is None:
                raise
            raise failure from exc
        finally:
            cur.close()
            with self._lock:
                self._active -= 1
                if self._active == 0 and self._release_after is not None:
                    self._timer = threading.Timer(self._release_after, self._release_if_idle)
                    self._timer.daemon = True
                    self._timer.start()

    def _release_if_idle(self) -> None:
        with self._lock:
            if self._active == 0 and self._con is not None:
                self._con.close()
                self._con = None

    def store_state(self) -> tuple | None:
        """The size and time of change of the database file and its log: another state means a
        writer changed the store (this read-only reader never writes). None where there are no
        files to look at (another catalog)."""
        if self.target == ":memory:" or is_attach_uri(self.target):
            return None
        state = []
        for path in (self.target, self.target + ".wal"):
            try:
                st = os.stat(path)
                state.append((st.st_size, st.st_mtime_ns))
            except OSError:
                state.append(None)
        return tuple(state)

    @property
    def is_open(self) -> bool:
        return self._con is not None

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._con is not None:
                self._con.close()
                self._con = None

    def reopen(self) -> None:
        """Drop the connection so the next question sees what a writer committed meanwhile."""
        self.close()

    # -- plumbing -----------------------------------------------------------------------------
    def _query(self, name: str) -> NamedQuery:
        if name not in self._queries:
            self._queries[name] = self.library.get(name)
        return self._queries[name]

    def _run(self, name: str, values: dict[str, Any], *, tail: str = "", extra: dict[str, Any] | None = None) -> pl.DataFrame:
        query = self._query(name)
        sql = query.sql if not tail else f"SELECT * FROM ({query.sql}) {tail}"
        params = QueryLibrary.bind(query, values) | (extra or {})
        with self._cursor() as cur:
            return _frame(cur.sql(sql, params=params))

    def run_named(self, name: str, values: dict[str, Any], library: QueryLibrary | None = None) -> pl.DataFrame:
        """Run any named query (the CLI's `query` command), with the user's folder searched first.
        A person, company or text is matched by any spelling, as the app's filters are."""
        lib = library or QueryLibrary()
        query = lib.get(name)
        values = dict(values)
        if isinstance(values.get("person"), str):
            values["person"] = self.person_named(values["person"])
        if isinstance(values.get("company"), str):
            values["company"] = self.company_named(values["company"])
        if "text" in query.params:  # the search's scope and companies follow from the text
            values |= SearchTerm.parse(str(values.get("text") or "")).params()
        values = QueryLibrary.checked(query, values)
        with self._cursor() as cur:
            return _frame(cur.sql(query.sql, params=QueryLibrary.bind(query, values)))

    # -- spellings ----------------------------------------------------------------------------
    def person_named(self, name: str) -> str:
        """The stored name of the person ``name`` spells (traditional, Latin, another alias);
        ``name`` in simplified characters when no one person goes by it."""
        wanted = simplified(name.strip())
        with self._cursor() as cur:
            for candidate in dict.fromkeys((wanted, name.strip())):
                found = [r[0] for r in cur.execute(_PERSON_NAMED, {"name": candidate}).fetchall()]
                if len(found) == 1:
                    return found[0]
        return wanted

    def company_named(self, name: str) -> str:
        """The canonical name of the company ``name`` spells (reference data, or an alias stored
        from an article), else ``name`` in simplified characters."""
        known = canonical_company(name)
        if known != simplified(name).strip():
            return known
        with self._cursor() as cur:
            found = [r[0] for r in cur.execute(_COMPANY_NAMED, {"key": company_key(name), "as_written": alias_key(name)}).fetchall()]
        return found[0] if len(found) == 1 else known

    def resolved(self, f: Filters) -> Filters:
        """``f`` with its person and company brought to their stored names (what a user typed on
        the command line may be any spelling)."""
        return replace(
            f,
            person=self.person_named(f.person) if f.person else None,
            company=self.company_named(f.company) if f.company else None,
        )

    # -- the questions ------------------------------------------------------------------------
    def feed(self, f: Filters, *, sort: str = "month", descending: bool = True, limit: int = 1000, offset: int = 0) -> pl.DataFrame:
        if sort not in FEED_SORTS:
            raise ValueError(f"cannot sort the feed by {sort!r}")
        direction = "DESC" if descending else "ASC"
        # The tie-breakers keep paging stable; event_id is unique and cheaper to compare than names.
        tail = f"ORDER BY {sort} {direction} NULLS LAST, last_published DESC NULLS LAST, event_id LIMIT $limit OFFSET $offset"
        return self._run("feed", f.params(), tail=tail, extra={"limit": limit, "offset": offset})

    def feed_count(self, f: Filters) -> int:
        return int(self._run_scalar("feed", f.params()))

    def _run_scalar(self, name: str, values: dict[str, Any]) -> Any:
        query = self._query(name)
        with self._cursor() as cur:
            row = cur.execute(f"SELECT count(*) FROM ({query.sql})", QueryLibrary.bind(query, values)).fetchone()
            return row[0] if row else 0

    def companies(self, f: Filters) -> pl.DataFrame:
        return self._run("companies", f.params())

    def people(self, f: Filters, *, limit: int = 5000) -> pl.DataFrame:
        return self._run("people", f.params(), tail="LIMIT $limit", extra={"limit": limit})

    def months(self, f: Filters | None = None) -> list[str]:
        """Months with events (ascending), under ``f`` when given (its own months left out)."""
        return self._run("months", f.without("months").params() if f is not None else {})["month"].to_list()

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._run("event", {"event_id": event_id}).to_dicts()
        return rows[0] if rows else None

    def sources(self, event_id: str) -> list[dict[str, Any]]:
        return self._run("sources", {"event_id": event_id}).to_dicts()

    def claims(self, person: str, company: str) -> list[dict[str, Any]]:
        return self._run("claims", {"person": person, "company": company}).to_dicts()

    def timeline(self, person: str) -> pl.DataFrame:
        return self._run("timeline", {"person": person})

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self._run("article", {"article_id": article_id}).to_dicts()
        return rows[0] if rows else None

    def export_frame(self, f: Filters, *, sort: str | None = None, descending: bool = True) -> pl.DataFrame:
        """The events under ``f`` in the export contract; with ``sort``, in the order the feed
        shows them sorted that way (the feed's own query decides it, ties and all)."""
        frame = self._run("export", f.params())
        if sort is None:
            return frame
        order = self.feed(f, sort=sort, descending=descending, limit=max(frame.height, 1))["event_id"]
        return pl.DataFrame({"id": order}).join(frame, on="id", how="left", maintain_order="left")
