"""What `churn-tui ingest` says: a line per file (on small runs, or with -v), failures by name,
and a summary in the words the app's help uses. How it is printed is tui/ingest_console.py."""

from __future__ import annotations

from tui.inert_text import shown_path

# Up to this many files, a line each by default; more, only failures, a progress bar and the
# summary (-v lists every file).
SMALL_RUN = 20


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def file_line(o) -> str:
    """One file's outcome, as the user reads it."""
    if o.status == "failed":
        return f"failed     {shown_path(o.path)}: {o.reason}"
    if o.same_as:
        line = f"unchanged  {shown_path(o.path)}  same text as {shown_path(o.same_as)}"
    elif o.status == "unchanged":
        line = f"unchanged  {shown_path(o.path)}"
    else:
        line = f"{o.status:<10} {shown_path(o.path)}  {plural(o.events, 'event')}"
    if o.warnings:
        line += "  (warning: " + "; ".join(o.warnings) + ")"
    return line


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
