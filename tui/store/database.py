"""Opening a churn-tui database: locks, versions, migrations, refusals.

``--db`` takes a file path, ``:memory:``, or anything DuckDB can ATTACH (``ducklake:…``, ``md:…``):
those are attached to an in-memory connection and made the default catalog.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from tui.store.errors import StoreDamaged, StoreError, first_line, is_lock_error, store_error
from tui.store.schema import SCHEMA_VERSION, migration

APP_ID = "churn-tui"


_ATTACH_PREFIX = re.compile(r"^(ducklake|md|motherduck|s3|gcs|http|https|sqlite|postgres|mysql):", re.I)


@contextmanager
def ctrl_c_as_keyboard_interrupt() -> Iterator[None]:
    """DuckDB meets a Ctrl-C that arrives during a query by cancelling the query, swallowing the
    KeyboardInterrupt and raising RuntimeError("Query interrupted"). Inside this block it is a
    KeyboardInterrupt again, so callers have one way to stop cleanly."""
    try:
        yield
    except (RuntimeError, duckdb.InterruptException) as e:
        if isinstance(e, duckdb.InterruptException) or "interrupted" in str(e).lower():
            raise KeyboardInterrupt from e
        raise


def is_attach_uri(target: str) -> bool:
    return bool(_ATTACH_PREFIX.match(target))


def _raw_connect(target: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    if target == ":memory:":
        return duckdb.connect(":memory:")
    if is_attach_uri(target):
        con = duckdb.connect(":memory:")
        mode = " (READ_ONLY)" if read_only else ""
        con.execute(f"ATTACH '{target.replace(chr(39), chr(39) * 2)}' AS churn{mode}")
        con.execute("USE churn")
        return con
    return duckdb.connect(target, read_only=read_only)


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def connect(target: str | Path, *, read_only: bool = False, wait_s: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``wait_s`` seconds while another process holds the file."""
    target = str(target)
    if not is_attach_uri(target) and target != ":memory:":
        path = Path(target)
        if path.is_dir():
            raise StoreError(f"{target}: is a directory, not a database file")
        if read_only and not path.exists():
            raise StoreError(f"{target}: no such database")
        if _is_sqlite(path):  # DuckDB would fetch its SQLite extension from the network to open it
            raise StoreDamaged(f"{target}: a SQLite database, not a churn-tui one (left untouched)")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return _raw_connect(target, read_only)
        except duckdb.Error as exc:
            if is_lock_error(exc) and time.monotonic() < deadline:
                time.sleep(0.2)  # only a lock is worth waiting for
                continue
            raise (store_error(exc, target) or StoreError(f"{target}: cannot open database: {first_line(exc)}")) from exc


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The stored version, 0 for an empty database, None for a database that is not ours."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = current_schema()").fetchall()}
    if not tables:
        return 0
    if "meta" not in tables:
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    app = con.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    if row is None or app is None or app[0] != APP_ID:
        return None
    if not str(row[0]).isdigit() or int(row[0]) < 1:
        raise ValueError(f"its schema version {row[0]!r} is not one churn-tui writes")
    return int(row[0])


def _migrate(con: duckdb.DuckDBPyConnection, from_version: int, *, local: bool) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            for stmt in migration(version, local=local):
                con.execute(stmt)
        con.execute("DELETE FROM meta WHERE key IN ('schema_version', 'app')")
        con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('app', ?)", [str(SCHEMA_VERSION), APP_ID])
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failure. A COMMIT that failed has already ended the transaction, and
    the error of the ROLLBACK would hide its own (a full disk behind "no transaction is active")."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def _backup(target: str, version: int) -> Path | None:
    path = Path(target)
    if is_attach_uri(target) or target == ":memory:" or not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    shutil.copy2(path, backup)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        shutil.copy2(wal, backup.with_name(backup.name + ".wal"))
    return backup


def open_database(target: str | Path, *, read_only: bool = False, wait_s: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open a churn-tui database, creating or migrating it when writable.

    Refuses (StoreError) a database of a newer version, a foreign database, or a
    non-database file; an older version is backed up and migrated in place.
    """
    target = str(target)
    con = connect(target, read_only=read_only, wait_s=wait_s)
    try:
        try:
            version = schema_version(con)
        except (duckdb.Error, ValueError) as exc:  # the catalog cannot be read, or a version is not a number
            raise (store_error(exc, target) or StoreDamaged(f"{target}: DB is damaged ({first_line(exc)}); left untouched")) from exc
        if version is None:
            raise StoreError(f"{target}: a DuckDB database, but not a churn-tui one (left untouched)")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{target}: written by a newer churn-tui (schema v{version}; this one reads up to v{SCHEMA_VERSION}); upgrade churn-tui"
            )
        if version < SCHEMA_VERSION:
            if read_only:
                if version == 0:
                    raise StoreError(f"{target}: empty database (run `churn-tui ingest` first)")
                # a store of an older churn-tui: migrated once (backed up first), then read
                con.close()
                open_database(target, wait_s=wait_s).close()
                return open_database(target, read_only=True, wait_s=wait_s)
            if version > 0:
                con.close()
                _backup(target, version)
                con = connect(target, read_only=False, wait_s=wait_s)
            try:
                _migrate(con, version, local=not is_attach_uri(target))
            except duckdb.Error as exc:  # the schema could not be written: a full disk, an unwritable log
                raise (store_error(exc, target) or StoreError(f"{target}: cannot write the database: {first_line(exc)}")) from exc
        return con
    except BaseException:
        con.close()
        raise
