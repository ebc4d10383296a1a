"""The conveyor: files -> read -> extract -> store, on every core, one writer.

Reading and extraction are pure and run in worker processes, and in the parent between its
writes; the parent alone writes, a batch of whole articles per transaction, so a crash or Ctrl-C
never leaves half an article.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.context import BaseContext
from pathlib import Path

from tui.file_work import FAILED, FileOutcome, init_worker, process_chunk, process_file, set_known
from tui.model import Article, ExtractedEvent
from tui.read import ReadError, discover
from tui.store import UNCHANGED, Writer, ctrl_c_as_keyboard_interrupt, open_database

__all__ = ["FAILED", "FileOutcome", "IngestSummary", "ingest", "process_file"]


@dataclass(slots=True)
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    interrupted: bool = False
    clustered: bool = False  # the events table was rewritten in month order at the end
    total_files: int = 0
    seconds: float = 0.0
    text_bytes: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def events(self) -> int:
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


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _workers_can_start() -> bool:
    # A worker process re-runs the parent's main script; a script read from stdin ("<stdin>")
    # cannot be, and the pool would replace its dying workers forever.
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


def _worker_context(jobs: int, files: int) -> BaseContext | None:
    """Where the workers come from, or None to read and extract in this process.

    The fork server imports reading and extraction once and each worker is forked from it warm
    (0.8 s less before the first article), never importing the store. It is started here, before
    the database is opened, so that its imports run while this process opens the database.
    """
    if jobs <= 1 or files < 8 or not _workers_can_start():
        return None
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver  # POSIX only

        ctx.set_forkserver_preload(["tui.file_work"])
        forkserver.ensure_running()
    return ctx


CHUNK = 8  # articles per task: a round trip through the pool's pipes costs more than one article
# Chunks queued per worker: work for it while this process writes, up to 0.5 s when a commit
# checkpoints. With 16 the worker stood idle through each checkpoint.
AHEAD = 64


def _results(paths: list[str], published: date | None, jobs: int, known: frozenset[str], ctx: BaseContext | None) -> Iterator:
    """The read and extracted articles, from ``jobs`` processes of which this one is one.

    This process writes, and reads and extracts whenever no worker's result is waiting: from the
    first moment while the workers start, and in the gaps between batches. With two cores, one
    worker and this process keep both busy where two workers and a writer would crowd them, and
    only the worker's half of the articles crosses a pipe.
    """
    work = [(p, published) for p in paths]
    set_known(known)
    if ctx is None:
        yield from (process_file(path, day) for path, day in work)
        return
    chunks = [work[i : i + CHUNK] for i in range(0, len(work), CHUNK)]
    workers = jobs - 1
    executor = ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker, initargs=(known,))
    # Starting a worker waits for the fork server's imports (0.1-0.2 s): a thread starts them
    # while this process reads the first articles.
    starting = threading.Thread(target=_start_workers, args=(executor, workers), daemon=True)
    starting.start()
    try:
        with _prompt_results(executor):
            queued: deque[tuple[int, Future]] = deque()
            taken, broken = 0, False
            while taken < len(chunks) or queued:
                if not starting.is_alive() and not broken:
                    # Near the end the queue shrinks, so that this process takes an even share
                    # of the last chunks instead of waiting on a worker's backlog.
                    try:
                        while taken < len(chunks) and len(queued) < min(AHEAD * workers, len(chunks) - taken):
                            queued.append((taken, executor.submit(process_chunk, chunks[taken])))
                            taken += 1
                    except BrokenProcessPool:
                        broken = True
                if queued and (queued[0][1].done() or taken == len(chunks) or broken):
                    i, future = queued.popleft()
                    try:
                        yield from future.result()
                    except BrokenProcessPool:  # a worker died (killed, out of memory): its chunks are read here
                        broken = True
                        yield from process_chunk(chunks[i])
                else:
                    taken += 1
                    yield from process_chunk(chunks[taken - 1])
    finally:
        starting.join()
        executor.shutdown(wait=True, cancel_futures=True)


def _start_workers(executor: ProcessPoolExecutor, workers: int) -> None:
    # Each submission starts a worker while none is idle. A pool that cannot start is reported
    # by the next submission, in the reading loop.
    with suppress(Exception):
        for _ in range(workers):
            executor.submit(int)


@contextmanager
def _prompt_results(executor: ProcessPoolExecutor) -> Iterator[None]:
    """Keep the workers from waiting on this process while it writes.

    Results come back over one pipe that a thread of the executor drains here. While the writer runs
    Python code that thread waits for the GIL at each read, up to the switch interval (5 ms),
    and once the pipe's 64 KB (about one chunk of articles) are full the sending worker stops.
    In a paired run a chunk size of 2 instead of 8, hence four times the reads, cut the ingest
    rate to 0.62x. A shorter interval and a 1 MB pipe let the thread keep up.
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    with suppress(ImportError, AttributeError, OSError):  # Linux only; the pipe is the pool's own (CPython 3.8-3.13)
        import fcntl

        fcntl.fcntl(executor._result_queue._writer.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


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
) -> IngestSummary:
    """Ingest files and folders into ``db``. Returns what happened to every file.

    When ``should_stop()`` turns true the articles in hand are written and the run ends as
    interrupted; a KeyboardInterrupt does the same, at whatever point it lands.
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
    workers = _worker_context(jobs, len(paths))
    con = open_database(db, wait_s=wait_s)
    try:
        writer: Writer | None = None
        batch: list[tuple[Article, list[ExtractedEvent]]] = []
        last_flush = time.monotonic()

        def flush() -> None:
            nonlocal batch, last_flush
            if batch and writer is not None:
                for result, (article, _) in zip(writer.write_batch(batch), batch):
                    record(FileOutcome(result.path, result.status, result.events, warnings=article.warnings))
            batch, last_flush = [], time.monotonic()

        try:
            # Ctrl-C from here on, even before the first file is read, ends in a summary
            with ctrl_c_as_keyboard_interrupt():
                writer = Writer(con)
                known = writer.stored_article_ids()
                results = _results(paths, published, jobs, known, workers)
                for result in results:
                    if should_stop():
                        results.close()  # the workers are stopped now, not when collected
                        raise KeyboardInterrupt  # then on as after a Ctrl-C: write what is in hand
                    if isinstance(result, FileOutcome):
                        record(result)
                        continue
                    article, events = result
                    summary.text_bytes += len(article.text.encode("utf-8"))
                    if article.content_hash in known:
                        record(FileOutcome(article.path, UNCHANGED, 0, warnings=article.warnings))
                        continue
                    batch.append((article, events))
                    if len(batch) >= batch_articles or time.monotonic() - last_flush >= batch_seconds:
                        flush()
                flush()
        except KeyboardInterrupt:
            # Whole articles already read are kept; nothing half-done is written.
            with ctrl_c_as_keyboard_interrupt():
                flush()
            summary.interrupted = True
        if not summary.interrupted and not should_stop() and writer is not None:
            try:
                with ctrl_c_as_keyboard_interrupt():
                    summary.clustered = writer.cluster_events()
            except KeyboardInterrupt:
                summary.interrupted = True  # rolled back: the facts are all there, just unclustered
    finally:
        con.close()
    summary.seconds = time.perf_counter() - started
    return summary
