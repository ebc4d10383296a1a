"""What `churn-tui ingest` says: a line per file (on small runs, or with -v), a progress bar,
failures by name, and a summary in the words the app's help uses."""

from __future__ import annotations

import click

# Up to this many files, a line each by default; more, only failures, a progress bar and the
# summary (-v lists every file).
SMALL_RUN = 20


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def file_line(o) -> str:
    """One file's outcome, as the user reads it."""
    if o.status == "failed":
        return f"failed     {o.path}: {o.reason}"
    if o.same_as:
        line = f"unchanged  {o.path}  same text as {o.same_as}"
    elif o.status == "unchanged":
        line = f"unchanged  {o.path}"
    else:
        line = f"{o.status:<10} {o.path}  {plural(o.events, 'event')}"
    if o.warnings:
        line += "  (warning: " + "; ".join(o.warnings) + ")"
    return line


def progress_printer(quiet: bool, verbose: bool):
    """A progress bar on a terminal; per-file lines above it (or plain lines when piped)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    err = Console(stderr=True)
    live = err.is_terminal
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not live,
    )
    task: list = []
    every_file = [verbose]

    def say(line: str, *, failure: bool) -> None:
        if live:
            progress.console.print(line, markup=False, highlight=False, style="red" if failure else None)
        else:
            click.echo(line, err=failure)

    def on_start(n: int) -> None:
        every_file[0] = verbose or (not quiet and n <= SMALL_RUN)
        progress.start()
        task.append(progress.add_task("ingesting", total=n))

    def on_file(o) -> None:
        if task:
            progress.advance(task[0])
        if o.status == "failed":
            say(file_line(o), failure=True)
        elif every_file[0]:
            say(file_line(o), failure=False)

    return progress, on_start, on_file


# The same words in the app's help: why the files' events add up to more than the app shows.
MERGED = "the same event told by several articles is one"


def summary_lines(summary, *, listed: bool) -> list[str]:
    """What an ingest did, in the words the app uses. ``listed``: every file had its line."""
    done = len(summary.outcomes)
    head = "interrupted: " if summary.interrupted else ""
    same = sum(1 for o in summary.outcomes if o.same_as)
    unchanged = summary.count("unchanged") - same
    parts = [f"{summary.count('new'):,} new", f"{summary.count('updated'):,} updated", f"{unchanged:,} unchanged"]
    if same:
        parts.append(f"{same:,} the same text as a stored file")
    parts.append(f"{summary.failed:,} failed")
    lines = [f"{head}{done:,} of {plural(summary.total_files, 'file')}: {', '.join(parts)} ({summary.seconds:.1f}s)"]
    warned = sum(1 for o in summary.outcomes if o.warnings)
    if warned and not listed:
        lines.append(f"{plural(warned, 'file')} with a warning (-v lists them)")
    found = f"{plural(summary.events, 'event')} in these files"
    if summary.events_stored is not None:
        found += f"; {MERGED}: the database holds {plural(summary.events_stored, 'event')}"
    lines.append(found)
    return lines
