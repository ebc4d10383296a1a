"""YAML front matter: where the body starts, and the metadata above it.

python-frontmatter's YAML handler does the parsing; we locate the block ourselves because quote
offsets must count every character of the file, which its split() does not report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

_HANDLER = YAMLHandler()
# libyaml's parser where the wheel has it: the same safe loading, ~8x faster than pure Python
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# A few keys of metadata are a few hundred characters; a block far larger is not metadata.
MAX_CHARS = 64 * 1024


def _has_alias(block: str) -> bool:
    """An alias repeats what an anchor names: nine aliases of nine aliases, nine levels deep, is a
    436-byte block that expands to gigabytes once printed or walked. Metadata needs none, so a
    block holding one is refused before anything is built from it (the parser alone stays linear)."""
    return any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(block, Loader=_LOADER))


@dataclass(slots=True)
class FrontMatter:
    body_start: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    present: bool = False


def split_front_matter(text: str) -> FrontMatter:
    """Find a leading ``---`` block; its YAML is metadata, the rest is body."""
    boundary = _HANDLER.FM_BOUNDARY
    opening = boundary.match(text)
    if opening is None:
        return FrontMatter()
    closing = boundary.search(text, opening.end())
    if closing is None:
        return FrontMatter(warnings=["front matter is never closed (no second ---); read as body"])
    body_start = closing.end()
    if text.startswith("\n", body_start):
        body_start += 1
    block = text[opening.end() : closing.start()]
    result = FrontMatter(body_start=body_start, present=True)
    if len(block) > MAX_CHARS:
        result.warnings.append(f"front matter is too large ({len(block) // 1024} KB > {MAX_CHARS // 1024} KB); metadata ignored")
        return result
    try:
        if "*" in block and _has_alias(block):
            result.warnings.append("front matter uses YAML aliases (*name), which churn-tui does not expand; metadata ignored")
            return result
        meta = _HANDLER.load(block, Loader=_LOADER)
    except Exception as exc:  # yaml raises many error types; every one means "not YAML"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        result.warnings.append(f"front matter is not valid YAML ({first_line}); metadata ignored")
        return result
    if meta is None:
        return result
    if not isinstance(meta, dict):
        result.warnings.append("front matter is not a mapping of keys to values; metadata ignored")
        return result
    result.meta = {str(k).lower(): v for k, v in meta.items()}
    return result


def meta_text(meta: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, (list, tuple)) and value:
            value = value[0]
        if value is not None and not isinstance(value, (dict, list, tuple)) and str(value).strip():
            return str(value).strip()
    return None


def meta_date(meta: dict[str, Any], *keys: str) -> tuple[dt.date | None, str | None]:
    """(date, problem): a date from the first key present, or a note of why it is not one."""
    from tui.read.pubdate import in_range, out_of_range, parse_date_text

    for key in keys:
        if key not in meta or meta[key] in (None, ""):
            continue
        value = meta[key]
        if isinstance(value, dt.datetime):
            parsed: dt.date | None = value.date()
        elif isinstance(value, dt.date):
            parsed = value
        else:
            parsed = parse_date_text(str(value)[:100])
        if parsed is None:
            return None, f"front matter {key}: {str(value)[:40]!r} is not a date"
        if not in_range(parsed):  # 9999-12-31 would date every relative month to 9999
            return None, f"front matter {key}: {out_of_range(parsed)}; ignored"
        return parsed, None
    return None, None
