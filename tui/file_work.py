"""Reading and extracting one file: what each ingest worker process runs.

It knows reading and extraction only (never the store), so a worker starts without importing
DuckDB or Polars.
"""

from __future__ import annotations

import os
import select
import signal
import threading
import time
from dataclasses import dataclass
from datetime import date

from tui.extract import extract_events, load_gazetteer
from tui.model import Article, ExtractedEvent
from tui.read import ReadError, read_article

FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: str
    status: str  # new | unchanged | updated | failed
    events: int = 0
    reason: str | None = None  # why it failed
    warnings: tuple[str, ...] = ()
    same_as: str | None = None  # unchanged: this text is already stored under that other path


_known: frozenset[str] = frozenset()


def set_known(known: frozenset[str]) -> None:
    """The content hashes already stored: those files are read but not extracted again."""
    global _known
    _known = known


def init_worker(known: frozenset[str], ingest_pid: int | None = None) -> None:
    set_known(known)
    # Ctrl-C is the parent's to handle: it stops after the current batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if ingest_pid is not None:
        threading.Thread(target=_exit_with, args=(ingest_pid,), name="exit-with-ingest", daemon=True).start()


def _exit_with(pid: int) -> None:
    """End this worker when the ingest process ends. A ``kill -9`` gives the ingest no chance to
    stop its pool, and a worker would wait for work for ever (it holds both ends of its queue),
    keeping the fork server and the resource tracker alive with it. The worker's parent is the
    fork server, so the ingest is watched by its pid: a pidfd wakes when it exits."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):  # not Linux 5.3+: look every second
        while _running(pid):
            time.sleep(1.0)
    else:
        select.select([fd], [], [])
    os._exit(1)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def process_file(path: str, published: date | None = None) -> tuple[Article, list[ExtractedEvent]] | FileOutcome:
    """Read and extract one file; a failure comes back as a FileOutcome, never as an exception."""
    try:
        article = read_article(path, published=published)
    except ReadError as exc:
        return FileOutcome(path, FAILED, reason=exc.reason)
    except Exception as exc:  # a reader bug must not end the run
        return FileOutcome(path, FAILED, reason=f"cannot read: {type(exc).__name__}: {exc}")
    if article.content_hash in _known:
        return article, []
    try:
        events = extract_events(article.text, article.published, body_start=article.body_start, gazetteer=load_gazetteer())
    except Exception as exc:
        return FileOutcome(path, FAILED, reason=f"extraction failed: {type(exc).__name__}: {exc}")
    return article, events


def process_chunk(work: list[tuple[str, date | None]]) -> list[tuple[Article, list[ExtractedEvent]] | FileOutcome]:
    return [process_file(path, published) for path, published in work]
