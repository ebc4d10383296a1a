"""Which text each path holds: an article is its text, and one text may be at several paths.

Two files with the same words are one article with two paths; changing one of them moves that
path to another text and leaves the first article to the path that still holds it. An article no
path holds any more is removed (with its claims) when an ingest ends, not when the path moves: a
copy of it met later in the same run keeps it.

Paths are stored resolved (absolute). Stores of schema v2 held them as typed; such a relative
path is taken for the file it names from where the ingest runs, and replaced by its resolved
form when that file is ingested again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import duckdb

from tui.model import Article

NEW, UNCHANGED, UPDATED = "new", "unchanged", "updated"

# What a batch does with each article it is handed.
SKIP = "skip"  # the path already holds this text: nothing to write
LINK = "link"  # the text is stored: the path is pointed at it
INSERT = "insert"  # a text not stored: the article and its claims are written
REDATE = "redate"  # a stored text given another publication date: written again, dated anew


@dataclass(frozen=True, slots=True)
class Plan:
    status: str  # new | unchanged | updated, as reported for the file
    action: str  # SKIP | LINK | INSERT | REDATE
    same_as: str | None = None  # LINK: another path this text is already stored under


class PathBook:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._legacy: dict[str, str] | None = None  # resolved -> a relative path stored by schema v2

    def forget(self) -> None:
        """After a rollback: what is stored is read again."""
        self._legacy = None

    def _legacy_paths(self) -> dict[str, str]:
        if self._legacy is None:
            rows = self.con.execute("SELECT DISTINCT path FROM article_paths WHERE path NOT LIKE '/%'").fetchall()
            self._legacy = {os.path.abspath(p): p for (p,) in rows if p and not os.path.isabs(p)}
        return self._legacy

    def plan(self, articles: list[Article]) -> list[Plan]:
        """What to do with each article, from what is stored for its text and its path."""
        hashes = list({a.content_hash for a in articles})
        stored: dict[str, date | None] = dict(
            self.con.execute(
                "SELECT article_id, published FROM articles WHERE article_id IN (SELECT unnest($h))", {"h": hashes}
            ).fetchall()
        )
        legacy = self._legacy_paths()
        spellings = {a.path: [a.path] + ([legacy[a.path]] if a.path in legacy else []) for a in articles}
        held = dict(
            self.con.execute(
                "SELECT path, article_id FROM article_paths WHERE path IN (SELECT unnest($p))",
                {"p": [s for names in spellings.values() for s in names]},
            ).fetchall()
        )
        holders = self._holders(list(stored))
        plans: list[Plan] = []
        seen: dict[str, str] = {}  # texts met earlier in this batch -> the first path met
        for a in articles:
            h = a.content_hash
            before = next((held[s] for s in spellings[a.path] if s in held), None)
            status = UNCHANGED if before in (None, h) else UPDATED
            if h in seen:
                plans.append(Plan(status, LINK, seen[h] if seen[h] != a.path else None))
            elif h in stored:
                if a.published_source == "override" and stored[h] != a.published:
                    plans.append(Plan(UPDATED, REDATE))
                elif before == h and a.path in held:
                    plans.append(Plan(UNCHANGED, SKIP))
                else:
                    other = next((p for p in holders.get(h, ()) if p not in spellings[a.path]), None)
                    plans.append(Plan(status, LINK, other))
            else:
                plans.append(Plan(NEW if before is None else UPDATED, INSERT))
            seen.setdefault(h, a.path)
        return plans

    def _holders(self, article_ids: list[str]) -> dict[str, list[str]]:
        """The paths holding each of these texts, in order."""
        rows = self.con.execute(
            "SELECT article_id, path FROM article_paths WHERE article_id IN (SELECT unnest($h)) ORDER BY path",
            {"h": article_ids},
        ).fetchall()
        holders: dict[str, list[str]] = {}
        for article_id, path in rows:
            holders.setdefault(article_id, []).append(path)
        return holders

    def point(self, links: list[tuple[str, str]]) -> None:
        """Point each path at its text: (path, article_id) pairs; a relative v2 spelling of the
        same file is dropped."""
        if not links:
            return
        legacy = self._legacy_paths()
        paths = [p for p, _ in links]
        old = [legacy.pop(p) for p in paths if p in legacy]
        self.con.execute("DELETE FROM article_paths WHERE path IN (SELECT unnest($p))", {"p": paths + old})
        self.con.execute(
            "INSERT INTO article_paths SELECT unnest($p), unnest($a)", {"p": paths, "a": [a for _, a in links]}
        )

    def unheld(self) -> list[str]:
        """The articles no path holds any more."""
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id NOT IN (SELECT article_id FROM article_paths)"
        ).fetchall()
        return [r[0] for r in rows]

    def rename_moved(self) -> None:
        """An article shown by a path that now holds another text is shown by one it still has."""
        self.con.execute(
            "UPDATE articles SET path = p.path "
            "FROM (SELECT article_id, min(path) AS path FROM article_paths GROUP BY article_id) p "
            "WHERE articles.article_id = p.article_id "
            "AND NOT EXISTS (SELECT 1 FROM article_paths q WHERE q.article_id = articles.article_id AND q.path = articles.path)"
        )
