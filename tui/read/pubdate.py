"""Publication dates: parsing date strings, and inferring the date of an article that states none.

An article without metadata often cites its sources with retrieval dates ("检索日期2025/6/17"):
it was written on or after the latest of them. Failing that, a labelled date ("发布时间：…"),
then the date printed by the title or byline (a full date standing on its own in the first lines,
"2024-07-25 14:59:30", "2025.09.30 06:00", "#823 · 2026-06-22"), which wins over dates the body
cites; else the latest full date the text mentions. Dates after today are never believed.
"""

from __future__ import annotations

import datetime as dt
import re

_NUM_DATE = r"(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
_DATE = re.compile(_NUM_DATE)
_RETRIEVED = re.compile(r"(?:检索|檢索|访问|訪問|获取|獲取|引用)(?:日期|时间|時間|于|於)\s*[:：]?\s*" + _NUM_DATE, re.IGNORECASE)
_RETRIEVED_EN = re.compile(r"(?:retrieved|accessed)(?: on)?\s*[:：]?\s*" + _NUM_DATE, re.IGNORECASE)
_LABELLED = re.compile(r"(?:发布|發布|发表|發表|出版|更新)(?:日期|时间|時間|于|於)?\s*[:：]?\s*" + _NUM_DATE)
# A byline date: not inside a sentence, so neither a verb nor a clause follows it on its line.
_HEAD_DATE = re.compile(_NUM_DATE + r"(?:\s*\d{1,2}(?:[:：]\d{2}){1,2}|\s*\d{1,2}时)?(?=\s|$|[·|/来源作者编辑]|[\u4e00-\u9fff]{0,12}$)", re.M)
_HEAD_LINES = 8  # the title, the outlet, the byline: a page's date stands within its first lines
_HEAD_CHARS = 400


EARLIEST = dt.date(1990, 1, 1)  # before the web had Chinese news sites


def in_range(day: dt.date) -> bool:
    """A believable publication date: not before 1990, not after tomorrow (time zones)."""
    return EARLIEST <= day <= dt.date.today() + dt.timedelta(days=1)


def out_of_range(day: dt.date) -> str:
    return f"{day.isoformat()} is out of range ({EARLIEST.isoformat()} to today)"


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _valid(y: str, m: str, d: str) -> dt.date | None:
    found = _date(y, m, d)
    return found if found is not None and in_range(found) else None


def parse_date_text(value: str) -> dt.date | None:
    """A date from a metadata string: ISO dates and datetimes, 2025/6/17, 2025年6月17日. Not
    checked against ``in_range``: the caller says what it does with an unbelievable one."""
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = _DATE.search(value)
    return _date(m["y"], m["m"], m["d"]) if m else None


def _dates(pattern: re.Pattern[str], text: str) -> list[dt.date]:
    return [d for m in pattern.finditer(text) if (d := _valid(m["y"], m["m"], m["d"]))]


def infer_published(text: str) -> tuple[dt.date | None, str | None]:
    """(date, how) for an article that carries no date of its own."""
    retrieved = _dates(_RETRIEVED, text) + _dates(_RETRIEVED_EN, text)
    if retrieved:
        return max(retrieved), "latest retrieval date of its references"
    labelled = _dates(_LABELLED, text)
    if labelled:
        return max(labelled), "labelled publication date in the text"
    head = _head(text)
    for m in _HEAD_DATE.finditer(head):
        if (d := _valid(m["y"], m["m"], m["d"])) is not None:
            return d, "date by the title or byline"
    mentioned = _dates(_DATE, text)
    if mentioned:
        return max(mentioned), "latest full date mentioned in the text"
    return None, None


def _head(text: str) -> str:
    """The first lines that hold text: where a page prints its title, outlet and byline."""
    lines, size = [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        lines.append(line)
        size += len(line)
        if len(lines) >= _HEAD_LINES or size >= _HEAD_CHARS:
            break
    return "\n".join(lines)[: _HEAD_CHARS + 80]
