"""The command line: launch the explorer, ingest articles, export events, run named queries."""

from __future__ import annotations

import gc
import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from tui import __version__
from tui.inert_text import inert
from tui.ingest_console import IngestConsole, ctrl_c_stops_the_ingest
from tui.ingest_report import SMALL_RUN, summary_lines

DB_ENV = "CHURN_TUI_DB"


def default_db() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("churn-tui")) / "churn.duckdb"


def _resolve_db(ctx: click.Context, db: str | None) -> str:
    chosen = db or (ctx.obj or {}).get("db") or os.environ.get(DB_ENV)
    return str(chosen) if chosen else str(default_db())


def _is_default(db: str) -> bool:
    return Path(db) == default_db() and not os.environ.get(DB_ENV)


def _is_new_file(db: str) -> bool:
    from tui.store.database import is_attach_uri

    return db != ":memory:" and not is_attach_uri(db) and not Path(db).exists()


def how_to_fill(db: str) -> str:
    return f"add articles with: churn-tui ingest --db {db} PATH…"


db_option = click.option(
    "--db",
    "db",
    metavar="PATH",
    default=None,
    help=f"Database file, or anything DuckDB can attach (ducklake:…). Default: ${DB_ENV}, else {default_db()}.",
)


# exit codes: 1 some files failed, 2 refused (bad arguments, a store that cannot be used),
# 3 the disk refused a write (what was written before is kept), 130 interrupted
DISK_REFUSED = 3


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"churn-tui: {inert(message)}", err=True)
    sys.exit(code)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


# -- ingest ---------------------------------------------------------------------------------------
def run_ingest(
    paths: list[str], db: str, *, published: date | None = None, jobs: int | None = None, quiet: bool = False,
    verbose: bool = False, wait_s: float = 30.0,
):
    from tui.parallel_read import start_early

    start_early(jobs)
    from tui.ingest import ingest

    console = IngestConsole(quiet, verbose)
    progress, on_start, on_file = console.progress, console.on_start, console.on_file
    summary = None
    try:
        with ctrl_c_stops_the_ingest() as ctrl_c:
            summary = ingest(
                paths, db, published=published, jobs=jobs, on_file=on_file, on_start=on_start, wait_s=wait_s,
                should_stop=ctrl_c.requested, writing=ctrl_c.held,
            )
    except KeyboardInterrupt:
        pass  # a second Ctrl-C, or one while the database was being opened or closed
    finally:
        progress.stop()
    if summary is None:
        console.summary("interrupted: every article written before this point is kept whole")
        sys.exit(130)
    listed = verbose or (not quiet and summary.total_files <= SMALL_RUN)
    for line in summary_lines(summary, listed=listed):
        console.summary(line)
    if summary.failure is not None:
        from tui.store import StoreWriteFailed

        if isinstance(summary.failure, StoreWriteFailed):
            when = "when there is room" if summary.failure.no_room else "once the database can be written"
            _fail(f"{summary.failure}; {summary.stored} articles were stored, run the same ingest again {when}", DISK_REFUSED)
        _fail(str(summary.failure))
    return summary


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(__version__, prog_name="churn-tui")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Executive moves at AI companies, from Chinese news to a verified record you can explore.

    Without a command, opens the explorer. On first launch the default database is built from
    the bundled articles.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        _launch(_resolve_db(ctx, None))


def _ensure_seeded(db: str) -> None:
    """A new user's first launch: build the default database from the bundled corpus.

    Built under another name and moved into place when complete, so "the file exists" means
    "seeded" and later launches check no more than that (opening it to count would cost every
    start ~40 ms). An interrupted first build is started again.
    """
    from tui.resources import articles_dir

    target = Path(db)
    if target.exists():
        return
    building = target.with_name(target.name + ".building")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in (building, building.with_name(building.name + ".wal")):
            stale.unlink(missing_ok=True)
    except OSError as exc:
        _fail(f"cannot make the data folder {target.parent}: {exc.strerror or exc}; choose a database with --db or ${DB_ENV}")
    click.echo(f"First launch: building {db} from the bundled articles…", err=True)
    summary = run_ingest([str(articles_dir())], str(building), quiet=True, jobs=1)  # three articles: no workers
    if summary.interrupted:
        sys.exit(130)
    wal = building.with_name(building.name + ".wal")
    if wal.exists():  # normally folded in when the writer closes
        os.replace(wal, target.with_name(target.name + ".wal"))
    os.replace(building, target)


def prepare_for_app(db: str) -> None:
    """The default database is built from the bundled articles on first launch; a new one the
    user named is theirs: created empty, never filled with the demo articles, and said so."""
    if _is_default(db):
        _ensure_seeded(db)
    elif _is_new_file(db):
        from tui.store import open_database

        open_database(db).close()
        click.echo(f"churn-tui: created an empty database {db}; {how_to_fill(db)}", err=True)


def _launch(db: str) -> None:
    from tui.store import StoreError

    try:
        prepare_for_app(db)
    except StoreError as exc:
        _fail(str(exc))
    # Starting the app makes ~85,000 tracked objects that live as long as it does; the
    # collector's passes over them while they are made cost tens of milliseconds of the first
    # screen. It is switched back on (with the startup objects frozen out of its way) once the
    # first screen is complete.
    gc.disable()
    from tui.app import run

    try:
        run(db)
    except StoreError as exc:
        _fail(str(exc))


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD", help="Publication date for every file (overrides what the files say).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Processes that read and extract, this one included (default: every core).")
@click.option("--wait", "wait_s", type=float, default=30.0, show_default=True, help="Seconds to wait while another process holds the database.")
@click.option("--quiet", "-q", is_flag=True, help="Only failures and the summary.")
@click.option("--verbose", "-v", is_flag=True, help=f"A line for every file (the default up to {SMALL_RUN} files).")
@click.pass_context
def ingest_cmd(
    ctx: click.Context, paths: tuple[str, ...], db: str | None, published: date | None, jobs: int | None, wait_s: float, quiet: bool, verbose: bool
) -> None:
    """Read articles (.md .markdown .txt .html .htm; files or folders) into the database.

    Unchanged files change nothing; a changed file replaces that article's facts. Exit code 1
    when some files failed, 130 when interrupted.
    """
    from tui.read.article import MAX_BYTES_PROBLEM
    from tui.store import StoreError, StoreWriteFailed

    if MAX_BYTES_PROBLEM:
        _fail(MAX_BYTES_PROBLEM)
    target = _resolve_db(ctx, db)
    if _is_new_file(target):
        click.echo(f"churn-tui: creating the database {inert(target)}", err=True)
    try:
        summary = run_ingest(list(paths), target, published=published, jobs=jobs, quiet=quiet, verbose=verbose, wait_s=wait_s)
    except StoreError as exc:
        _fail(str(exc), DISK_REFUSED if isinstance(exc, StoreWriteFailed) else 2)
    if summary.interrupted:
        sys.exit(130)
    if summary.failed:
        sys.exit(1)


# -- export ---------------------------------------------------------------------------------------
def _filters(month: str | None, company: str | None, person: str | None, events: tuple[str, ...], text: str | None):
    from tui.months import parse_spec
    from tui.store import Filters

    months = None
    if month:
        months = parse_spec(month)
        if months is None:
            raise click.BadParameter(f"{month!r} is not a month (2025-06, 2025Q2, 2025)", param_hint="--month")
    return Filters(months=months, company=company, person=person, events=frozenset(events), text=text or "")


def _open_reader(db: str):
    from tui.store import Reader, StoreError

    if _is_new_file(db) and not _is_default(db):
        _fail(f"no database at {inert(db)}; {how_to_fill(db)}")
    try:
        if not Path(db).exists() and _is_default(db):
            _ensure_seeded(db)
        return Reader(db)
    except StoreError as exc:
        _fail(str(exc))


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True), default=None, help="Output file (default: stdout for jsonl/csv).")
@click.option("--month", help="Only this month/quarter/year (2025-06, 2025Q2, 2025).")
@click.option("--company", help="Only this company (any spelling: 月之暗面, Moonshot, Kimi).")
@click.option("--person", help="Only this person (any spelling the articles use; traditional characters too).")
@click.option("--event", "events", multiple=True, type=click.Choice(["departed", "pending", "sidelined", "joined", "poach_attempt"]), help="Only these event types (repeatable).")
@click.option("--text", help="Only events whose person, company, role, destination or quote contains this (p:NAME people only, c:NAME companies only).")
@click.pass_context
def export_cmd(ctx: click.Context, db: str | None, fmt: str, out: str | None, month, company, person, events, text) -> None:
    """Write the events, one per merged event with every source quote and its offsets."""
    from tui.export import write_export

    filters = _filters(month, company, person, events, text)
    if fmt == "parquet" and out is None:
        _fail("parquet needs --out FILE")
    reader = _open_reader(_resolve_db(ctx, db))
    try:
        frame = reader.export_frame(reader.resolved(filters))
    finally:
        reader.close()
    if out and not Path(out).parent.is_dir():
        _fail(f"cannot write {out}: no folder {Path(out).parent}")
    try:
        n = write_export(frame, fmt, out if out else sys.stdout)
    except Exception as exc:  # Polars reports a refused write as OSError or ComputeError
        from tui.disk_errors import disk_refusal

        refusal = disk_refusal(exc)
        if refusal:
            _fail(f"{refusal} while writing {out or 'the export'}; no file was left", DISK_REFUSED)
        if isinstance(exc, OSError):
            _fail(f"cannot write {out or 'the export'}: {exc.strerror or exc}")
        raise
    if out:
        click.echo(f"{n} events written to {inert(out)}", err=True)


# -- query ----------------------------------------------------------------------------------------
@main.command("query")
@click.argument("name", required=False)
@db_option
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A value for $KEY in the query (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and where they live.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@click.option("--limit", type=int, default=200, show_default=True, help="Rows to print as a table (0: all).")
@click.pass_context
def query_cmd(ctx: click.Context, name: str | None, db: str | None, params: tuple[str, ...], list_: bool, fmt: str, limit: int) -> None:
    """Run queries/NAME.sql (or your own, from the user queries folder) and print the result."""
    from tui.store import QueryError, QueryLibrary

    library = QueryLibrary()
    if list_ or not name:
        from rich.console import Console
        from rich.table import Table

        from rich.text import Text

        table = Table("name", "parameters", "description", box=None, header_style="bold")
        for n in library.names():
            q = library.get(n)
            # required first; optional ones (missing: no filter) in brackets, as text: never markup
            params_shown = " ".join([f"${p}" for p in q.required] + [f"[${p}]" for p in q.params if p in q.optional])
            table.add_row(n, Text(params_shown), Text(inert(q.description)))
        Console().print(table)
        click.echo(f"\nBundled: {inert(library.dirs[-1])}\nYours:   {inert(library.dirs[0])} (drop .sql files here; $name parameters)")
        return
    values: dict[str, object] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        values[key] = value
    try:
        query = library.get(name)
    except QueryError as exc:
        _fail(str(exc))
    unknown = set(values) - set(query.params)
    if unknown:
        _fail(f"query {name!r} has no parameter {', '.join(sorted('$' + u for u in unknown))} (it takes: {', '.join('$' + p for p in query.params) or 'none'})")
    reader = _open_reader(_resolve_db(ctx, db))
    try:
        frame = reader.run_named(name, values, library)
    except QueryError as exc:
        _fail(str(exc))
    except Exception as exc:  # a user's own SQL may be wrong: say so in one line
        _fail(f"query {name!r} failed: {str(exc).strip().splitlines()[0]}")
    finally:
        reader.close()
    _print_frame(frame, fmt, limit)


def _as_text(value: object) -> str:
    """A cell as text: lists and structs as JSON (never Polars' or Python's display text)."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _print_frame(frame, fmt: str, limit: int) -> None:
    import polars as pl

    if fmt == "jsonl":
        sys.stdout.write(frame.write_ndjson())
        return
    if fmt == "csv":
        nested = [c for c, t in frame.schema.items() if t.is_nested()]
        flat = frame.with_columns(pl.Series(c, [_as_text(v) for v in frame[c].to_list()], dtype=pl.String) for c in nested)
        sys.stdout.write(flat.write_csv())
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    shown = frame if limit <= 0 else frame.head(limit)
    # cells are data: plain Text, never markup, and inert for the terminal
    table = Table(header_style="bold", show_lines=False)
    for column in frame.columns:
        table.add_column(Text(inert(column)))
    for row in shown.iter_rows():
        table.add_row(*(Text(inert(_as_text(v))) for v in row))
    console = Console()
    console.print(table)
    if shown.height < frame.height:
        console.print(f"{shown.height} of {frame.height} rows (--limit 0 for all)")
    else:
        console.print(f"{frame.height} rows")
