"""What the tables show, made from the store's frames off the UI thread.

A worker turns a frame into a Page (display strings, column widths, the header line) so the UI
thread only swaps it in: formatting a page costs several milliseconds that a keypress should
not wait for on the thread that paints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl
from rich.cells import cell_len

from tui.app.formatting import event_column, month_column, sparkline
from tui.inert_text import ESCAPES

GAP = 2  # cells between columns
_ESCAPED, _ESCAPES = list(ESCAPES), list(ESCAPES.values())
# the characters ESCAPES maps, as ranges (a class of ranges scans several times faster)
_NEEDS_ESCAPE = r"[\x{0}-\x{1f}\x{7f}-\x{9f}\x{61c}\x{200e}\x{200f}\x{2028}-\x{202e}\x{2066}-\x{2069}]"
MAX_WIDTH = 26  # no column is wider, unless a page says so
NATURAL_MAX = 60  # a cut column grows no wider than this into spare room
FLOOR = 3  # a flexible column's narrowest: a wide character and the ellipsis

# East Asian wide and fullwidth ranges (CJK, kana, hangul, fullwidth forms, most emoji): two cells.
_WIDE = (
    r"[\x{1100}-\x{115F}\x{2E80}-\x{303E}\x{3041}-\x{33FF}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}"
    r"\x{A000}-\x{A4CF}\x{AC00}-\x{D7A3}\x{F900}-\x{FAFF}\x{FE30}-\x{FE4F}\x{FF00}-\x{FF60}"
    r"\x{FFE0}-\x{FFE6}\x{1F300}-\x{1F64F}\x{1F900}-\x{1F9FF}\x{20000}-\x{3FFFD}]"
)


def fit(text: str, width: int, *, right: bool = False, keep_end: bool = False) -> str:
    """``text`` in exactly ``width`` cells: cut with an ellipsis, or padded (wide characters count 2).
    With ``keep_end`` a long text loses its start instead, without a mark (a trend keeps its
    latest months)."""
    size = cell_len(text)
    if size > width and keep_end:
        kept = text
        while cell_len(kept) > width:
            kept = kept[1:]
        return " " * (width - cell_len(kept)) + kept
    if size > width:
        if width < 2:
            return " " * width
        # a wide character that would straddle the edge is left out whole: the ellipsis follows
        # the last character that fits, and any spare cell goes after it
        used, kept = 0, []
        for ch in text:
            w = cell_len(ch)
            if used + w > width - 1:
                break
            kept.append(ch)
            used += w
        return "".join(kept) + "…" + " " * (width - 1 - used)
    pad = " " * (width - size)
    return pad + text if right else text + pad


def _join(cells: tuple[str, ...] | list[str], widths: tuple[int, ...], right: tuple[bool, ...], keep_end: tuple[bool, ...] = ()) -> str:
    """One table line: each cell fitted to its column, a space at either end."""
    ends = keep_end or (False,) * len(widths)
    return " " + (" " * GAP).join(fit(v, w, right=r, keep_end=k) for v, w, r, k in zip(cells, widths, right, ends)) + " "


@dataclass(frozen=True, slots=True)
class Page:
    """Rows ready to paint, with the key each row stands for.

    The strings stay in Polars and become Python strings only for the lines on screen: a page of
    thousands of rows is then a handful of Python objects, which keeps the collector's full
    passes (tens of milliseconds each, at random keypresses) short.
    """

    labels: tuple[str, ...] = ()
    strings: pl.DataFrame = field(default_factory=pl.DataFrame)
    keys: pl.Series = field(default_factory=pl.Series)
    right: tuple[bool, ...] = ()
    widths: tuple[int, ...] = ()
    flexible: tuple[bool, ...] = ()  # columns that give up width when the view is narrower
    natural: tuple[int, ...] = ()  # each column's widest value: what a cut column grows to when there is room
    floors: tuple[int, ...] = ()  # the narrowest a flexible column becomes before the view scrolls
    keep_end: tuple[bool, ...] = ()  # columns that, cut, lose their start (a trend keeps its latest months)

    @property
    def height(self) -> int:
        return self.strings.height

    @property
    def header(self) -> str:
        return _join(self.labels, self.widths, self.right)  # labels are never cut from the start

    @property
    def line_width(self) -> int:
        return sum(self.widths) + GAP * max(len(self.widths) - 1, 0) + 2

    def key(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def row_of(self, key: Any) -> int | None:
        if key is None or not len(self.keys):
            return None
        found = (self.keys == key).arg_true()
        return int(found[0]) if len(found) else None

    def line(self, row: int, widths: tuple[int, ...] | None = None) -> str:
        return _join(self.strings.row(row), widths or self.widths, self.right, self.keep_end)

    def fitted(self, width: int, *, narrowest: int = 8) -> tuple[tuple[int, ...], str]:
        """Column widths and header for a view ``width`` cells wide.

        With room to spare, the flexible columns that are cut grow towards their widest value, so
        no blank cells stand beside a cut value. Short of room, they shrink, widest first: to
        ``narrowest`` first, then to each column's floor (by default a character and the
        ellipsis), before the view scrolls sideways.
        """
        widths = list(self.widths)
        excess = self.line_width - width
        natural = self.natural or self.widths
        while excess < 0:
            cut = [i for i, f in enumerate(self.flexible) if f and widths[i] < natural[i]]
            if not cut:
                break
            most_cut = min(cut, key=lambda i: widths[i] / natural[i])
            widths[most_cut] += 1
            excess += 1
        floors = self.floors or (FLOOR,) * len(widths)
        for stage in (narrowest, 0):
            while excess > 0:
                shrinkable = [i for i, f in enumerate(self.flexible) if f and widths[i] > max(stage, floors[i])]
                if not shrinkable:
                    break
                widest = max(shrinkable, key=lambda i: widths[i])
                widths[widest] -= 1
                excess -= 1
        return tuple(widths), _join(self.labels, tuple(widths), self.right)


def column_widths(labels: list[str], strings: pl.DataFrame, limits: list[int]) -> list[int]:
    """Each column's widest value or label in cells, at most its limit.

    Measured by Polars over the whole page at once; ``fit`` then cuts and pads each value by
    rich's exact measure, so an estimate off by a cell shifts nothing.
    """
    if strings.height:
        widest = [w or 0 for w in strings.select(pl.all().str.len_chars() + pl.all().str.count_matches(_WIDE)).max().row(0)]
    else:
        widest = [0] * len(labels)
    return [min(max(cell_len(label), w), limit) for label, w, limit in zip(labels, widest, limits)]


def make_page(
    frame: pl.DataFrame,
    keys: pl.Series,
    *,
    labels: list[str] | None = None,
    max_widths: dict[str, int] | None = None,
    min_widths: dict[str, int] | None = None,
    right_aligned: frozenset[str] = frozenset(),
    keep_end: frozenset[str] = frozenset(),
) -> Page:
    """A page of ``frame`` (any dtypes; nulls show empty); numbers are right-aligned. The columns
    named in ``max_widths`` are capped there, shrink further in a narrow view (not below
    ``min_widths``, else ``FLOOR``) and grow into spare room."""
    names = list(labels or frame.columns)
    right = tuple(dtype.is_numeric() or name in right_aligned for name, dtype in zip(names, frame.dtypes))
    strings = frame.select(pl.all().cast(pl.String).fill_null(""))
    # the cells are painted as they are (RowTable's Line API): controls and bidi overrides from
    # the articles are made inert here, vectorised, and only on a page that holds one (a scan
    # costs a tenth of the replacing)
    if strings.width and strings.select(pl.any_horizontal(pl.all().str.contains(_NEEDS_ESCAPE)).any()).item():
        strings = strings.select(pl.all().str.replace_many(_ESCAPED, _ESCAPES))
    limits = [(max_widths or {}).get(name, MAX_WIDTH) for name in names]
    natural = tuple(column_widths(names, strings, [NATURAL_MAX] * len(names)))
    widths = tuple(min(w, limit) for w, limit in zip(natural, limits))
    flexible = tuple(name in (max_widths or {}) for name in names)
    floors = tuple((min_widths or {}).get(name, FLOOR) for name in names)
    ends = tuple(name in keep_end for name in names)
    return Page(tuple(names), strings, keys, right, widths, flexible, natural, floors, ends)


# -- the panes ----------------------------------------------------------------------------------
FEED_LABELS = ["month", "person", "company", "role", "event", "destination", "src"]


def feed_page(feed: pl.DataFrame) -> Page:
    view = feed.select(
        month_column(),
        "person",
        "company",
        "role",
        event_column("event", "conflict"),
        "destination",
        "sources",
    )
    return make_page(view, feed["event_id"], labels=FEED_LABELS, max_widths={"role": 26, "destination": 24})


def companies_page(companies: pl.DataFrame, months: list[str]) -> Page:
    """People, not events: ``left`` is those who departed, ``+n`` those only reported as leaving."""
    left = pl.col("departed").cast(pl.String) + pl.when(pl.col("pending") > 0).then(pl.lit("+") + pl.col("pending").cast(pl.String)).otherwise(pl.lit(""))
    view = companies.select(
        "company",
        left.alias("left"),
        "joined",
        pl.col("sidelined").alias("sidel."),
        "net",
        pl.Series("trend", [sparkline(t, months) for t in companies["trend"].to_list()], dtype=pl.String),
    )
    return make_page(
        view, companies["company"], max_widths={"company": 16, "trend": 12}, min_widths={"company": 8},
        right_aligned=frozenset({"left"}), keep_end=frozenset({"trend"}),
    )


def people_page(people: pl.DataFrame) -> Page:
    view = people.select(
        "person",
        "company",
        "role",
        event_column("last_event").alias("last"),
        pl.col("destination").alias("→"),
        pl.col("sources").alias("src"),
    )
    # names keep three characters (six cells) and companies four: role and destination give way first
    return make_page(
        view, people["person"], max_widths={"person": 12, "company": 12, "role": 14, "→": 10}, min_widths={"person": 6, "company": 8}
    )


def timeline_page(timeline: pl.DataFrame) -> Page:
    view = timeline.select(
        month_column(),
        "company",
        event_column("event", "conflict"),
        "role",
        "destination",
        pl.col("sources").alias("src"),
    )
    return make_page(view, timeline["event_id"], max_widths={"role": 26, "destination": 24})
