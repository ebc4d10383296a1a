"""What `churn-tui ingest` shows while it runs: a progress bar on a terminal, a line per file,
the summary; and how Ctrl-C stops it. Printing never stops the ingest: a reader that goes away
(`churn-tui ingest … | head -1`) ends the lines on stdout, not the run."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import click

from tui.inert_text import inert
from tui.ingest_report import SMALL_RUN, file_line


class IngestConsole:
    def __init__(self, quiet: bool, verbose: bool = False) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.quiet = quiet
        self.verbose = verbose
        self.every_file = verbose  # decided at the start, from how many files there are
        self.stdout_gone = False
        err = Console(stderr=True)
        self.live = err.is_terminal
        self.progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not self.live,
        )
        self._task: list = []

    def say(self, line: str, *, failure: bool = False) -> None:
        """One line: failures to stderr, the rest to stdout (above the bar on a terminal)."""
        line = inert(line)  # file names, titles and warnings quote the articles: never sequences
        if self.live:
            self.progress.console.print(line, markup=False, highlight=False, style="red" if failure else None)
            return
        if self.stdout_gone and not failure:
            return
        try:
            click.echo(line, err=failure)
        except BrokenPipeError:
            self._lose_stdout()

    def _lose_stdout(self) -> None:
        # Whatever is still written to stdout (and Python's flush at exit) goes nowhere, quietly.
        self.stdout_gone = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        click.echo("churn-tui: stdout was closed; the ingest goes on to the end, its summary follows here", err=True)

    def summary(self, line: str) -> None:
        """The last line, on stdout; on stderr when stdout is gone, so it is never lost."""
        if not self.stdout_gone:
            try:
                click.echo(inert(line))
                return
            except BrokenPipeError:
                self._lose_stdout()
        click.echo(inert(line), err=True)

    def on_start(self, n: int) -> None:
        self.every_file = self.verbose or (not self.quiet and n <= SMALL_RUN)
        self.progress.start()
        self._task.append(self.progress.add_task("ingesting", total=n))

    def on_file(self, o) -> None:
        if self._task:
            self.progress.advance(self._task[0])
        if o.status == "failed":
            self.say(file_line(o), failure=True)
        elif self.every_file:
            self.say(file_line(o))


class CtrlC:
    """How a Ctrl-C stops an ingest: at once, except while a batch of whole articles is being
    written, where it waits for the batch's end. The article being read when it lands is simply
    not stored, so a long file never makes the user wait for its extraction."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._holding = 0

    def requested(self) -> bool:
        return self._stop.is_set()

    @contextmanager
    def held(self) -> Iterator[None]:
        """A Ctrl-C inside the block takes effect when the block ends."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        if self._stop.is_set() and not self._holding:
            raise KeyboardInterrupt

    def on_sigint(self, signum: int, frame: object) -> None:
        # A second Ctrl-C raises even while a batch is written (the store rolls it back whole).
        if self._stop.is_set() or not self._holding:
            self._stop.set()
            raise KeyboardInterrupt
        self._stop.set()


@contextmanager
def ctrl_c_stops_the_ingest() -> Iterator[CtrlC]:
    """Install ``CtrlC``'s handler for the block. Left to itself, a Ctrl-C that lands inside a
    DuckDB call would surface as an error from that call."""
    ctrl_c = CtrlC()
    if threading.current_thread() is not threading.main_thread():
        yield ctrl_c
        return
    previous = signal.signal(signal.SIGINT, ctrl_c.on_sigint)
    try:
        yield ctrl_c
    finally:
        signal.signal(signal.SIGINT, previous)
