"""One file to one Article: decode, split front matter (or extract HTML), date it, hash it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from pathlib import Path

from tui.model import Article
from tui.read.decode import NotText, decode
from tui.read.errors import ReadError
from tui.read.frontmatter_block import meta_date, meta_text, split_front_matter
from tui.read.pubdate import in_range, infer_published, out_of_range, parse_date_text
from tui.read.regular_file import read_regular

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
# One article is a few to a few hundred KB; a bigger file is a dump of many articles that would
# all get one publication date. The limit can be raised for a known-good archive.
def _max_bytes(raw: str) -> tuple[int, str | None]:
    """The limit in bytes, and what is wrong with a setting that is not a size (the default holds)."""
    try:
        mb = float(raw)
    except ValueError:
        mb = float("nan")
    if not 0 < mb < float("inf"):
        return 32 << 20, f"CHURN_TUI_MAX_MB={raw!r} is not a size in megabytes (a number above 0, such as 64)"
    return int(mb * 1024 * 1024), None


MAX_BYTES, MAX_BYTES_PROBLEM = _max_bytes(os.environ.get("CHURN_TUI_MAX_MB", "32"))

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u3000][ \t\u3000]*\n")  # a class first: re skips to candidates in C


def content_hash(text: str) -> str:
    """Identity of an article: the same words make the same article, whatever the bytes were."""
    normal = unicodedata.normalize("NFC", text)
    normal = _TRAILING_SPACE.sub("\n", normal).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def read_article(path: str | Path, *, published: dt.date | None = None) -> Article:
    """Read one article file. ``published`` overrides whatever date the file states or implies."""
    path = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError(path, f"unsupported file type {suffix or '(none)'}; churn-tui reads {', '.join(sorted(SUFFIXES))}")
    data = read_regular(path, MAX_BYTES)
    try:
        decoded = decode(data)
    except NotText as exc:
        raise ReadError(path, str(exc)) from None
    if not decoded.text.strip():
        raise ReadError(path, "only whitespace, no text")
    warnings = list(decoded.warnings)
    if suffix in HTML_SUFFIXES:
        return _html_article(path, decoded.text, decoded.encoding, warnings, published)

    text = decoded.text
    fm = split_front_matter(text)
    warnings += fm.warnings
    body = text[fm.body_start :]
    if not body.strip():
        raise ReadError(path, "front matter only, no article text")
    if not _HAN.search(body):
        raise ReadError(path, "no Chinese text (churn-tui reads Chinese news)")
    zero_width = len(_ZERO_WIDTH.findall(body))
    if zero_width:
        warnings.append(f"{zero_width} zero-width character(s) in the text (kept; names are matched across them)")

    date, problem = meta_date(fm.meta, "date", "published", "pubdate", "publish_date", "created")
    if problem:
        warnings.append(problem)
    source = "front_matter" if date else None
    if date is None:
        date, how = infer_published(body)
        if date is not None:
            source = "inferred"
            warnings.append(f"no publication date given; inferred {date.isoformat()} from the {how}")
        else:
            warnings.append("no publication date given or found; relative dates stay unresolved")
    if published is not None:
        date, source = published, "override"

    title = meta_text(fm.meta, "title")
    if title is None:
        title = _first_line(body)
    return Article(
        path=path,
        text=text,
        body_start=fm.body_start,
        content_hash=content_hash(text),
        kind="text",
        encoding=decoded.encoding,
        title=title,
        published=date,
        published_source=source,
        author=meta_text(fm.meta, "author", "authors", "byline", "source_name"),
        url=meta_text(fm.meta, "url", "source", "link", "original_url", "canonical_url"),
        warnings=tuple(warnings),
    )


# A first line that reads as a heading: short, and with no full stop (a headline may hold ！ or ？).
_HEADING_MAX = 60
_SENTENCE_END = re.compile(r"[。；;]|\.\s")


def _first_line(body: str) -> str | None:
    """The first line as a title when it is one (a Markdown heading, or a short line without a
    full stop); None for a first paragraph, never a cut of it."""
    for line in body.splitlines():
        heading = line.lstrip().startswith("#")
        line = line.strip().lstrip("#>").strip()
        if line:
            if heading or (len(line) <= _HEADING_MAX and not _SENTENCE_END.search(line)):
                return line
            return None
    return None


def _html_article(path: str, html: str, encoding: str, warnings: list[str], published: dt.date | None) -> Article:
    from tui.read.html_text import extract_html

    page = extract_html(html)
    if page is None:
        raise ReadError(path, "HTML page with no article text")
    if not _HAN.search(page.text):
        raise ReadError(path, "no Chinese text in the HTML page's article (churn-tui reads Chinese news)")
    date = parse_date_text(page.date) if page.date else None
    if date is not None and not in_range(date):
        warnings.append(f"the page's date {out_of_range(date)}; ignored")
        date = None
    source = "html_meta" if date else None
    if date is None:
        date, how = infer_published(page.text)
        if date is not None:
            source = "inferred"
            warnings.append(f"no publication date in the page; inferred {date.isoformat()} from the {how}")
        else:
            warnings.append("no publication date given or found; relative dates stay unresolved")
    if published is not None:
        date, source = published, "override"
    return Article(
        path=path,
        text=page.text,
        body_start=0,
        content_hash=content_hash(page.text),
        kind="html",
        encoding=encoding,
        title=page.title or _first_line(page.text),
        published=date,
        published_source=source,
        author=page.author,
        url=page.url,
        warnings=tuple(warnings),
    )
