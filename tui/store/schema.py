"""The versioned DuckDB schema and its migrations.

Version 1 is the first shape; version 2 adds the people's aliases; version 3 keeps the paths that
hold each article's text apart from the article. A migration is a list of SQL statements that takes version N-1 to N;
``MIGRATIONS[N]`` holds them. ``open_store`` applies the missing ones after a backup.
"""

from __future__ import annotations

SCHEMA_VERSION = 3

# No PRIMARY KEY / UNIQUE constraints on tables we delete from and re-insert into within one
# transaction: DuckDB's ART indexes make that pattern fail or crawl. Identity is kept by the
# ingest code instead, inside one transaction.
_V1 = [
    """
    CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR,
        value VARCHAR
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR,          -- sha256 of the normalized content
        path VARCHAR,                -- the path it is shown by: one of its paths in article_paths
        kind VARCHAR,                -- text | html
        encoding VARCHAR,
        title VARCHAR,
        published DATE,
        published_source VARCHAR,    -- front_matter | html_meta | inferred | override
        author VARCHAR,
        url VARCHAR,
        body_start INTEGER,
        text VARCHAR{text_storage},  -- decoded text; quote offsets point into it
        warnings VARCHAR[],
        ingested_at TIMESTAMP
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS companies (
        company_id BIGINT,
        name VARCHAR
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS company_aliases (
        alias VARCHAR,               -- normalized (lower case, no spaces)
        company_id BIGINT
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS people (
        person_id BIGINT,
        name VARCHAR
    )
    """,
    # One row per (article, event): what one article says, with its proof.
    """
    CREATE TABLE IF NOT EXISTS claims (
        article_id VARCHAR,
        event_id VARCHAR,
        person_id BIGINT,
        company_id BIGINT,
        event VARCHAR,
        month VARCHAR,
        month_precision VARCHAR,
        role VARCHAR,
        destination VARCHAR,
        quote VARCHAR,
        start INTEGER,
        "end" INTEGER
    )
    """,
    # Claims merged across articles: one row per (person, company, event type).
    """
    CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR,
        person_id BIGINT,
        company_id BIGINT,
        person VARCHAR,
        company VARCHAR,
        event VARCHAR,
        month VARCHAR,               -- YYYY-MM or NULL
        month_precision VARCHAR,     -- stated | relative | report | NULL
        feed_month VARCHAR,          -- month, else the month of the first report
        role VARCHAR,
        destination VARCHAR,
        n_sources INTEGER,
        first_published DATE,
        last_published DATE,
        conflict BOOLEAN,
        conflict_note VARCHAR,
        search_text VARCHAR          -- lower-cased person, company, role, destination and quotes
    )
    """,
]

# Version 2: the other spellings of each person an article used (traditional, Latin, a
# transliteration, the surname alone), so a search finds them by any of them.
_V2 = [
    """
    CREATE TABLE IF NOT EXISTS person_aliases (
        alias VARCHAR,               -- as written
        person_id BIGINT
    )
    """,
]

# Version 3: an article is its text, and one text may be at several paths (two copies of a
# file). Which text each path holds is kept here, so changing one copy never removes what the
# other still says. Version 2 held one path per article, as typed: those paths are carried over.
_V3 = [
    """
    CREATE TABLE IF NOT EXISTS article_paths (
        path VARCHAR,                -- resolved (absolute); stores of v2 may hold relative ones
        article_id VARCHAR
    )
    """,
    "INSERT INTO article_paths SELECT path, article_id FROM articles WHERE path IS NOT NULL",
]

MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3}

# Article text is read one article at a time (the drill-down) and never scanned: zstd keeps it in
# about a fifth of the space of DuckDB's default and checkpoints it with about a fifth of the CPU,
# which the one writing process of an ingest shares with the workers. DuckDB files only: other
# catalogs (DuckLake, MotherDuck) choose their own storage.
LOCAL_TEXT_STORAGE = " USING COMPRESSION zstd"


def migration(version: int, *, local: bool) -> list[str]:
    """The statements that take version - 1 to ``version``, for a DuckDB file or another catalog."""
    storage = LOCAL_TEXT_STORAGE if local else ""
    return [stmt.replace("{text_storage}", storage) for stmt in MIGRATIONS[version]]
