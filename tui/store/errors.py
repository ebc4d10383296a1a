"""Why a database cannot be used, told by the kind of failure, in one line a person can act on.

DuckDB raises the same IOException for a lock held by another process, a damaged file and a
full disk; the message is the only thing that tells them apart, so each kind is matched on the
words DuckDB itself uses for it, never on a fragment that a path or another message may hold
("lock" is in "block" and in "clock.duckdb").
"""

from __future__ import annotations

import duckdb

from tui.disk_errors import disk_refusal


class StoreError(Exception):
    """A database that cannot be used, with a one-line reason for the user."""


class StoreBusy(StoreError):
    """Another process holds the database's lock: worth waiting for."""


class StoreDamaged(StoreError):
    """The file is not a database, or a damaged one: it is left as it is."""


class StoreWriteFailed(StoreError):
    """A write that did not reach the disk (full, a quota, read-only, a log that cannot be
    opened): what was committed before is kept. ``no_room``: trying again needs space."""

    def __init__(self, target: str, reason: str, *, no_room: bool = True) -> None:
        super().__init__(f"{target}: {reason} while writing the database")
        self.reason = reason
        self.no_room = no_room


# DuckDB's words for a lock another process holds
_LOCK = ("could not set lock on file", "conflicting lock is held")
# ... for a file that is not a DuckDB database, or is one cut short or damaged
_NOT_DUCKDB = ("not a valid duckdb database",)
_DAMAGED = ("could not read enough bytes", "corrupt", "checksum", "failed to deserialize", "serialization error")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.Error) and any(words in str(exc).lower() for words in _LOCK)


def store_error(exc: BaseException, target: str) -> StoreError | None:
    """``exc`` as the StoreError that says what is wrong with the database, or None when it is
    not about the database (a mistake in a query's SQL, a bug)."""
    if isinstance(exc, StoreError):
        return exc
    refusal = disk_refusal(exc) if isinstance(exc, (duckdb.Error, OSError)) else None
    if refusal:
        return StoreWriteFailed(target, refusal)
    if not isinstance(exc, duckdb.Error):
        return None
    text = str(exc).lower()
    if isinstance(exc, duckdb.TransactionException) and "failed to commit" in text:
        return StoreWriteFailed(target, first_line(exc).split("Error: ", 1)[-1], no_room=False)
    if is_lock_error(exc):
        return StoreBusy(f"{target}: database is busy (another churn-tui process has it open): {first_line(exc)}")
    if any(words in text for words in _NOT_DUCKDB):
        return StoreDamaged(f"{target}: not a DuckDB database (left untouched): {first_line(exc)}")
    if any(words in text for words in _DAMAGED) or isinstance(exc, (duckdb.InternalException, duckdb.FatalException)):
        return StoreDamaged(f"{target}: DB is damaged ({first_line(exc)}); left untouched")
    if isinstance(exc, duckdb.IOException):
        return StoreError(f"{target}: cannot use the database: {first_line(exc)}")
    return None
