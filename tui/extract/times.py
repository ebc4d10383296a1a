"""Time expressions in Chinese news, resolved to a month against the publication date.

Each expression found in a sentence becomes a TimeMark: a month with its precision, or a vague
mark (上半年, 过去半年, 此前) that resolves to no month but stops an earlier month from being
borrowed. Nothing here guesses: what cannot be a month stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tui.model import MonthPrecision

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(s: str) -> int | None:
    """Arabic or Chinese numerals up to 99 (十二, 二十, 两, 3): all that months and counts need."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if s and all(c in _CN_DIGITS for c in s) and len(s) == 4:  # 二〇二五
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        o = _CN_DIGITS.get(ones, None) if ones else 0
        return None if t is None or o is None else t * 10 + o
    return _CN_DIGITS.get(s) if len(s) == 1 else None


@dataclass(frozen=True, slots=True)
class TimeMark:
    start: int
    end: int
    month: str | None  # None: a vague time that names no month
    precision: str | None
    year: int | None = None  # the year a time names, even when it names no month ("2019年")


_NUM = r"\d{1,2}|[一二三四五六七八九十两]{1,3}"
_YEAR = r"(?:19|20)\d\d|[二〇零一三四五六七八九]{4}"
_PART = r"(?:初|中旬|上旬|下旬|中|底|末|份)?"

# (kind, characters one of which every match holds, pattern): a pattern is tried only where one
# of its characters occurs (most sentences hold no 年 or 月, so most patterns are skipped)
_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    ("ymd_num", "-/.", re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?![\d/])")),
    ("ym", "月", re.compile(rf"({_YEAR})\s*年\s*({_NUM})\s*月{_PART}(?!\s*(?:\d{{1,2}}\s*日)?\s*(?:以来|起))")),
    ("y_edge", "年", re.compile(rf"({_YEAR})\s*年(年初|年底|年末|初|底|末)")),
    ("y_vague", "年", re.compile(rf"({_YEAR})\s*年(?!\s*(?:{_NUM})\s*月|年初|年底|年末|初|底|末)")),
    ("rel_ym", "月", re.compile(rf"(今年|去年|前年|明年)\s*({_NUM})\s*月{_PART}")),
    ("rel_edge", "年", re.compile(r"(今年|去年|前年|明年)(年初|年底|年末|初|底|末)")),
    ("rel_vague", "年", re.compile(r"今年|去年|前年|明年")),
    ("this_month", "月", re.compile(r"(本月|这个月|当月|这月)(初|中旬|上旬|下旬|底|末)?")),
    ("last_month", "月", re.compile(r"上个?月(初|中旬|上旬|下旬|底|末)?")),
    ("next_month", "月", re.compile(r"下个?月(初|中旬|上旬|下旬|底|末)?")),
    ("months_ago", "月", re.compile(rf"({_NUM})\s*个多?月(?:前|之前|以前)")),
    ("half_year_ago", "年", re.compile(r"半年(?:前|之前|以前)")),
    ("edge", "年", re.compile(r"(?<![今去前明\d年])(年初|年底|年末)")),
    ("bare_month", "月", re.compile(rf"(?<![\d年个一二三四五六七八九十两\-/.])({_NUM})\s*月(?:份)?(初|中旬|上旬|下旬|底|末|\d{{1,2}}日|[一二三四五六七八九十]{{1,3}}日)?(?!\s*[份]?\s*(?:以来|期间))")),
    ("same_year_month", "月", re.compile(rf"(?:同年|当年|该年|那年)\s*({_NUM})\s*月{_PART}")),
    ("weekday", "周期拜", re.compile(r"(?:当地时间)?(上上|上|本|这|下)?个?(?:周|星期|礼拜)([一二三四五六日天])")),
    ("day", "日", re.compile(r"(?<![\d一二三四五六七八九十廿卅月年号今昨明前后某次当])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日(?![内起])")),
    ("report", "日期来近久天周刚", re.compile(r"近日|近期|日前|近来|最近|前不久|不久前|今日|今天|昨日|昨天|本周|上周|这几天|近几日|近几天|日内|刚刚|当天|当日")),
    ("vague", "年季Q过近前早时", re.compile(r"[上下]半年|第[一二三四1-4]季度|Q[1-4]|过去(?:半年|一年|两年|几年|\d+年|几个月|[\d一二三四五六七八九十两]+个月)|近(?:半年|一年|两年|[\d一二三四五六七八九十两几]+个月)|此前|之前|早前|早在|早些时候|年内|多年前|几年前|当年|那时|彼时")),
]


_GATES = {needs: re.compile(f"[{re.escape(needs)}]") for _, needs, _ in _PATTERNS}


def _month(year: int, month: int) -> str | None:
    if 1 <= month <= 12 and 1990 <= year <= 2100:
        return f"{year:04d}-{month:02d}"
    return None


def _add(published: date, months: int) -> str:
    idx = published.year * 12 + published.month - 1 + months
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


_STATED_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_YEAR_REACH = 200  # characters before a month alone where the year it belongs to may be stated
_WEEKDAYS = "一二三四五六日"

_FUTURE_BEFORE = re.compile(r"(?:将于|将在|预计|计划|拟于|有望)\s*$")


def find_times(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[TimeMark]:
    """Every time expression in text[start:end], resolved against ``published``."""
    end = len(text) if end is None else end
    marks: list[TimeMark] = []
    taken: list[tuple[int, int]] = []
    present: dict[str, bool] = {}
    for kind, needs, pattern in _PATTERNS:
        found = present.get(needs)
        if found is None:
            found = present[needs] = _GATES[needs].search(text, start, end) is not None
        if not found:
            continue
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mark = _resolve(kind, m, published, text)
            if mark is None:
                continue
            taken.append((m.start(), m.end()))
            marks.append(mark)
    marks.sort(key=lambda t: t.start)
    return marks


def _resolve(kind: str, m: re.Match[str], published: date | None, text: str) -> TimeMark | None:
    s, e = m.start(), m.end()
    stated, relative, report = MonthPrecision.STATED.value, MonthPrecision.RELATIVE.value, MonthPrecision.REPORT.value
    if kind == "ymd_num":
        month = _month(int(m[1]), int(m[2]))
        return TimeMark(s, e, month, stated) if month else None
    if kind == "ym":
        year, month_n = cn_int(m[1]), cn_int(m[2])
        month = _month(year or 0, month_n or 0)
        return TimeMark(s, e, month, stated, year) if month else None
    if kind == "y_edge":
        year = cn_int(m[1]) or 0
        # 年底 is December; 年初 is the start of a year, no one month
        month = None if "初" in m[2] else _month(year, 12)
        return TimeMark(s, e, month, stated if month else None, year)
    if kind == "y_vague":
        return TimeMark(s, e, None, None, cn_int(m[1]))
    if kind in ("rel_vague", "vague"):
        return TimeMark(s, e, None, None)
    if kind == "bare_month" and published is None and (years := _STATED_YEAR.findall(text, max(0, s - _YEAR_REACH), s)):
        # 2025年下半年……7月，X离职 on an undated page: a month alone takes the year stated just before it
        month = _month(int(years[-1]), cn_int(m[1]) or 0)
        return TimeMark(s, e, month, stated) if month else None
    if published is None:
        # Relative to an unknown date: a time was said, but no month can be known.
        return TimeMark(s, e, None, None)
    offsets = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
    if kind == "rel_ym":
        month = _month(published.year + offsets[m[1]], cn_int(m[2]) or 0)
        return TimeMark(s, e, month, relative) if month else None
    if kind == "rel_edge":
        year = published.year + offsets[m[1]]
        return TimeMark(s, e, None, None, year) if "初" in m[2] else TimeMark(s, e, _month(year, 12), relative, year)
    if kind == "this_month":
        return TimeMark(s, e, _add(published, 0), relative)
    if kind == "last_month":
        return TimeMark(s, e, _add(published, -1), relative)
    if kind == "next_month":
        return TimeMark(s, e, _add(published, 1), relative)
    if kind == "months_ago":
        n = cn_int(m[1])
        return TimeMark(s, e, _add(published, -n), relative) if n is not None and n <= 36 else None
    if kind == "half_year_ago":
        return TimeMark(s, e, _add(published, -6), relative)
    if kind == "edge":
        if m[1] == "年初":
            return TimeMark(s, e, None, None)
        year = published.year if published.month == 12 else published.year - 1
        return TimeMark(s, e, _month(year, 12), relative)
    if kind == "bare_month":
        month_n = cn_int(m[1])
        if month_n is None or not 1 <= month_n <= 12:
            return None
        year = published.year
        # "12月" in a January article is last December, unless the text speaks of the future.
        if month_n > published.month and not _FUTURE_BEFORE.search(text[max(0, s - 6) : s]):
            year -= 1
        return TimeMark(s, e, _month(year, month_n), relative)
    if kind == "same_year_month":
        # 同年3月: the year the text named last
        years = _STATED_YEAR.findall(text, 0, s)
        month = _month(int(years[-1]), cn_int(m[1]) or 0) if years else None
        return TimeMark(s, e, month, stated) if month else TimeMark(s, e, None, None)
    if kind == "weekday":
        wd = _WEEKDAYS.index(m[2]) if m[2] in _WEEKDAYS else 6
        weeks_back = {"上上": 2, "上": 1, None: 0, "本": 0, "这": 0, "下": -1}[m[1]]
        day = published - timedelta(days=published.weekday() - wd + 7 * weeks_back)
        if m[1] is None and day > published:
            day -= timedelta(days=7)  # 周三 alone: the last Wednesday up to the report
        return TimeMark(s, e, _add(day, 0), relative)
    if kind == "day":
        n = cn_int(m[1])
        if n is None or not 1 <= n <= 31:
            return None
        # 七日 alone: the 7th of the report's month, or of the month before when that is still ahead
        return TimeMark(s, e, _add(published, 0 if n <= published.day else -1), relative)
    if kind == "report":
        if m[0] in ("昨日", "昨天", "上周"):
            back = published - timedelta(days=1 if m[0] != "上周" else 7)
            return TimeMark(s, e, _add(back, 0), report)
        return TimeMark(s, e, _add(published, 0), report)
    return None
