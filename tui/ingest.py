"""The conveyor: files -> read -> extract -> store, on every core, one writer.

Reading and extraction are pure and run in worker processes, and in this process between its
writes (tui.parallel_read); this process alone writes, a batch of whole articles per transaction,
so a crash or Ctrl-C never leaves half an article.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tui.file_work import FAILED, FileOutcome, process_file
from tui.model import Article, ExtractedEvent
from tui.parallel_read import DRAINING, default_jobs, results as read_results, worker_context
from tui.read import ReadError, discover
from tui.store import NEW, UPDATED, StoreError, Writer, ctrl_c_as_keyboard_interrupt, open_database, store_error

__all__ = ["FAILED", "FileOutcome", "IngestSummary", "ingest", "process_file"]


@dataclass(slots=True)
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    interrupted: bool = False
    clustered: bool = False  # the events table was rewritten in month order at the end
    total_files: int = 0
    seconds: float = 0.0
    text_bytes: int = 0
    events_stored: int | None = None  # merged events in the database after the run
    failure: StoreError | None = None  # the store failure that ended the run early

    @property
    def stored(self) -> int:
        """Articles whose text was written (new or changed) before the run ended."""
        return self.count(NEW) + self.count(UPDATED)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def events(self) -> int:
        """Reports of moves found in this run: what each article says, before merging."""
        return sum(o.events for o in self.outcomes)

    @property
    def failed(self) -> int:
        return self.count(FAILED)


# -- the orchestration ---------------------------------------------------------------------------
def _paths(inputs: Iterable[str | Path]) -> tuple[list[str], list[FileOutcome]]:
    """The files to read, and the failures of those that cannot be (broken symlinks, …)."""
    found: list[str] = []
    unreadable: list[FileOutcome] = []
    for item in discover(inputs):
        if isinstance(item, ReadError):
            unreadable.append(FileOutcome(item.path, FAILED, reason=item.reason))
        else:
            found.append(str(item))
    return found, unreadable


def ingest(
    inputs: Iterable[str | Path],
    db: str,
    *,
    published: date | None = None,
    jobs: int | None = None,
    wait_s: float = 30.0,
    batch_articles: int = 512,  # one transaction and one merge each: 256 was 8-11% slower over 10,000 articles
    batch_seconds: float = 2.0,  # but a slow run still commits what it has every two seconds
    on_file: Callable[[FileOutcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    writing: Callable[[], AbstractContextManager[None]] = nullcontext,
) -> IngestSummary:
    """Ingest files and folders into ``db``. Returns what happened to every file.

    When ``should_stop()`` turns true the articles in hand are written and the run ends as
    interrupted; a KeyboardInterrupt does the same, at whatever point it lands (the article
    being read then is not stored). ``writing()`` wraps each batch's write, so that a caller
    can hold a Ctrl-C until the batch is in.
    """
    started = time.perf_counter()
    summary = IngestSummary()
    paths, unreadable = _paths(inputs)
    summary.total_files = len(paths) + len(unreadable)

    def record(outcome: FileOutcome) -> None:
        summary.outcomes.append(outcome)
        on_file and on_file(outcome)

    for outcome in unreadable:
        record(outcome)
    if on_start:
        on_start(len(paths))
    jobs = jobs or default_jobs()
    workers = worker_context(jobs, len(paths))
    con = open_database(db, wait_s=wait_s)
    results = None
    try:
        writer: Writer | None = None
        batch: list[tuple[Article, list[ExtractedEvent]]] = []
        last_flush = time.monotonic()

        def flush() -> None:
            nonlocal batch, last_flush
            if batch and writer is not None:
                for result, (article, _) in zip(writer.write_batch(batch), batch):
                    record(FileOutcome(result.path, result.status, result.events, warnings=article.warnings, same_as=result.same_as))
            batch, last_flush = [], time.monotonic()

        try:
            # Ctrl-C from here on, even before the first file is read, ends in a summary
            with ctrl_c_as_keyboard_interrupt():
                writer = Writer(con)
                # a stored text is not extracted again, unless a new date may change its months
                known = writer.stored_article_ids() if published is None else frozenset()
                results = read_results(paths, published, jobs, known, workers)
                for result in results:
                    if should_stop():
                        results.close()  # the workers are stopped now, not when collected
                        raise KeyboardInterrupt  # then on as after a Ctrl-C: write what is in hand
                    if result is DRAINING:
                        with writing():
                            flush()
                            writer.checkpoint()  # now, while the workers read: closing has less to do
                        continue
                    if isinstance(result, FileOutcome):
                        record(result)
                        continue
                    article, events = result
                    summary.text_bytes += len(article.text.encode("utf-8"))
                    batch.append((article, events))  # a stored text too: its path is recorded
                    if len(batch) >= batch_articles or time.monotonic() - last_flush >= batch_seconds:
                        with writing():
                            flush()
                with writing():
                    flush()
        except KeyboardInterrupt:
            # Whole articles already read are kept; nothing half-done is written.
            with ctrl_c_as_keyboard_interrupt():
                flush()
            summary.interrupted = True
        if writer is not None:
            try:
                with ctrl_c_as_keyboard_interrupt():
                    writer.drop_unheld()  # the texts no path holds any more, now that every path is read
            except KeyboardInterrupt:
                summary.interrupted = True  # rolled back: the next ingest drops them
        if not summary.interrupted and not should_stop() and writer is not None:
            try:
                with ctrl_c_as_keyboard_interrupt():
                    summary.clustered = writer.cluster_events()
            except KeyboardInterrupt:
                summary.interrupted = True  # rolled back: the facts are all there, just unclustered
        if writer is not None:
            try:
                with ctrl_c_as_keyboard_interrupt():
                    summary.events_stored = writer.count_events()
            except KeyboardInterrupt:
                summary.interrupted = True
    except Exception as exc:
        # The store failed (a full disk, a damaged file): the batches committed before are kept,
        # the run stops, and the summary says how far it got.
        summary.failure = store_error(exc, db)
        if summary.failure is None:
            raise
    finally:
        if results is not None:
            results.close()  # the workers stop now, whatever ended the run
        try:
            con.close()
        except Exception as exc:  # closing checkpoints: the disk may refuse that too
            failure = store_error(exc, db)
            if failure is None:
                raise
            summary.failure = summary.failure or failure
    summary.seconds = time.perf_counter() - started
    return summary
