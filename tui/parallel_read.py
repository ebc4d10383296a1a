"""Reading and extracting many files on several cores, for the one process that writes them.

Workers come from a fork server that has imported reading and extraction only; this process
reads and extracts too, whenever no worker's result is waiting. Nothing here knows the store.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from datetime import date
from multiprocessing.context import BaseContext

from tui.file_work import init_worker, process_chunk, process_file, set_known


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _workers_can_start() -> bool:
    # A worker process re-runs the parent's main script; a script read from stdin ("<stdin>")
    # cannot be, and the pool would replace its dying workers forever.
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


def worker_context(jobs: int, files: int) -> BaseContext | None:
    """Where the workers come from, or None to read and extract in this process.

    The fork server imports reading and extraction once and each worker is forked from it warm
    (0.8 s less before the first article), never importing the store. It is started here, before
    the database is opened, so that its imports run while this process opens the database.
    """
    if jobs <= 1 or files < 8 or not _workers_can_start():
        return None
    return start_fork_server()


def start_early(jobs: int | None) -> None:
    """Start the fork server before this process imports the store (0.25 s), when workers may be
    wanted: its own imports (0.1 s) are then done by the time the first worker is asked for."""
    if (jobs or default_jobs()) > 1 and _workers_can_start():
        start_fork_server()


def start_fork_server() -> BaseContext:
    """Start the fork server, once per process, and return the context workers start from."""
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
# Chunks per worker still to read when this process runs out of its own (about 0.2 s of work):
# while the workers read them it writes what it holds, so the last write is a few articles.
TAIL = 16


class _Draining:
    """Yielded once when this process has no more articles of its own to read."""


DRAINING = _Draining()


def results(paths: list[str], published: date | None, jobs: int, known: frozenset[str], ctx: BaseContext | None) -> Iterator:
    """The read and extracted articles, from ``jobs`` processes of which this one is one.

    The caller writes; this process also reads and extracts whenever no worker's result is
    waiting: from the first moment while the workers start, and in the gaps between batches.
    With two cores, one worker and this process keep both busy where two workers and a writer
    would crowd them, and only the worker's half of the articles crosses a pipe. DRAINING comes
    once, when this process has read its last article: the caller writes what it holds while
    the workers read their tail.
    """
    work = [(p, published) for p in paths]
    set_known(known)
    if ctx is None:
        yield from (process_file(path, day) for path, day in work)
        return
    chunks = [work[i : i + CHUNK] for i in range(0, len(work), CHUNK)]
    workers = jobs - 1
    tail = TAIL * workers if len(chunks) >= 4 * TAIL * workers else 0  # a small run is shared evenly
    executor = ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker, initargs=(known, os.getpid()))
    # Starting a worker waits for the fork server's imports (0.1-0.2 s): a thread starts them
    # while this process reads the first articles.
    starting = threading.Thread(target=_start_workers, args=(executor, workers), daemon=True)
    starting.start()
    try:
        with _prompt_results(executor):
            queued: deque[tuple[int, Future]] = deque()
            taken, broken, draining = 0, False, False
            while taken < len(chunks) or queued:
                if not starting.is_alive() and not broken:
                    # Near the end the queue shrinks to the chunks not yet taken plus the tail, so
                    # that this process takes its share of the last ones and then, while the
                    # workers read the tail, writes.
                    try:
                        while taken < len(chunks) and len(queued) < min(AHEAD * workers, len(chunks) - taken + tail):
                            queued.append((taken, executor.submit(process_chunk, chunks[taken])))
                            taken += 1
                    except BrokenProcessPool:
                        broken = True
                if queued and (queued[0][1].done() or taken == len(chunks) or broken):
                    if taken == len(chunks) and not draining:
                        draining = True
                        yield DRAINING
                    i, future = queued.popleft()
                    try:
                        yield from future.result()
                    except BrokenProcessPool:  # a worker died (killed, out of memory): its chunks are read here
                        broken = True
                        yield from process_chunk(chunks[i])
                else:
                    taken += 1
                    yield from process_chunk(chunks[taken - 1])
    except BaseException:
        # Stopped early (Ctrl-C, or the caller closed this): a worker may be an hour into one
        # long file, and its result would be thrown away.
        _end_workers(executor)
        raise
    finally:
        starting.join()
        executor.shutdown(wait=True, cancel_futures=True)


def _end_workers(executor: ProcessPoolExecutor) -> None:
    with suppress(AttributeError, OSError):  # the pool's own table of processes (CPython 3.8-3.13)
        for process in list((executor._processes or {}).values()):  # type: ignore[attr-defined]
            process.terminate()


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
