"""Foreign people as Chinese news writes them: Latin names (Daniel Ward), transliterations with a
middle dot (丹尼尔·沃德), the two side by side (丹尼尔·沃德（Daniel Ward）, Daniel Ward（沃德）), and
later short mentions (Ward, 沃德) that stand for the person named in full earlier.

Each person gets one canonical name, the Latin one where the article gives it, and keeps the other
spellings as aliases. Names are recognised by their shape alone, never from a list of people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from tui.extract.gazetteer import Gazetteer
from tui.extract.people import read_name

# a capitalised word, with the prefixes Western surnames glue to a capital (LeCun, McCarthy, O'Brien)
_WORD = r"(?:Mc|Mac|Le|La|De|Del|Della|Di|Da|Dal|Du|Van|Von|Fitz|O')?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_LATIN = re.compile(rf"(?<![A-Za-z0-9@_.])({_WORD}(?:[ \u00a0]{_WORD}){{1,2}})(?![A-Za-z0-9])")
_LATIN_AFTER_TITLE = re.compile(rf"({_WORD}(?:[ \u00a0]{_WORD}){{1,2}})(?![A-Za-z0-9])")
_TITLE_GLUED = re.compile(r"(?<![A-Za-z])(?:CEO|CTO|COO|CFO|CPO|CSO|CMO|CIO|VP|SVP|EVP)$")
_LATIN_ONE = re.compile(rf"(?<![A-Za-z0-9@_.])({_WORD})(?![A-Za-z0-9])")
_DOTS = "·・•‧･"
_DOT = re.compile(f"[{_DOTS}]")
_TIME_AFTER = re.compile(r"本周|本月|本年|本次|本人|近日|今年|去年")
_PAIR_OPEN, _PAIR_CLOSE = "（(", "）)"
# Capitalised words that make a phrase a title, a place, a product or a headline, not a person.
_NOT_PERSON_WORDS = frozenset(
    """The A An And Of For In On At To By With From This That These Our Your Its
    AI Lab Labs Inc Corp Group Team Model Models Prize President Vice Chief Officer Director Head Lead
    Intelligence Superintelligence Machines Research Reading Path Blog News Daily Times Post Journal
    Street Financial Economic Forum Conference University College Institute School Center Centre
    Capital Ventures Fund Partners Technology Technologies Tech Robotics Motors Cloud Platform
    Google Meta Apple Microsoft Amazon Tesla Nvidia OpenAI Anthropic DeepMind Gemini Optimus Llama
    Instagram TikTok Seed Kimi Claude ChatGPT Codex Copilot Windows Android Vision Pro Max Plus
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Chinese China American America English
    Silicon Valley Prize Nobel Bay Area Hong Kong New York San Francisco Los Angeles""".split()
)


@dataclass(slots=True)
class ForeignPerson:
    canonical: str
    aliases: set[str] = field(default_factory=set)


@dataclass(slots=True)
class ForeignMention:
    start: int
    end: int
    person: ForeignPerson


def _is_person_phrase(phrase: str) -> bool:
    return not any(w in _NOT_PERSON_WORDS for w in phrase.split())


def _han_name_run(v: str, i: int, step: int, chars: frozenset[str], limit: int = 6) -> int:
    """How far a run of transliteration characters reaches from ``i`` (step -1: leftwards)."""
    n = 0
    k = i
    while n < limit and 0 <= k < len(v) and v[k] in chars:
        n += 1
        k += step
    return n


def find_foreign_people(v: str, gz: Gazetteer, covered: bytearray, lo: int = 0) -> list[ForeignMention]:
    """Every mention of a foreign person in ``v[lo:]``, short ones resolved to the full name."""
    chars = gz.foreign_name_chars
    spans: list[tuple[int, int, str]] = []  # (start, end, kind) of full mentions
    # transliterations joined by a middle dot: the run of name characters on each side of each dot
    k = lo
    while (k := _find_dot(v, k)) >= 0:
        left = _han_name_run(v, k - 1, -1, chars)
        if left == 0:
            k += 1
            continue
        start, end = k - left, k
        # a first name with a character the table lacks (普丽娅·…): up to four characters, not
        # into the title before it
        while k - start < 4 and start > lo and "\u4e00" <= v[start - 1] <= "\u9fff" and not gz.title_ends_at(v, start):
            start -= 1
        while end < len(v) and v[end] in _DOTS:
            right = _han_name_run(v, end + 1, 1, chars)
            # 帕特尔本周: a time word after the name is not its last syllable
            tail = _TIME_AFTER.search(v, end + 1, end + 1 + right + 1)
            if tail is not None and tail.start() > end + 1:
                right = tail.start() - end - 1
            if right == 0:
                # 亚历山德拉・王(Alexandra Wang): a one-character last name the table lacks, its
                # Latin spelling in brackets after it
                if end + 2 < len(v) and "\u4e00" <= v[end + 1] <= "\u9fff" and v[end + 2] in _PAIR_OPEN:
                    end += 2
                break
            end += 1 + right
        if end > k and not covered[start]:
            spans.append((start, end, "dot"))
        k = max(end, k + 1)
    for m in _latin_names(v, lo):
        if _is_person_phrase(m.group(1)) and not covered[m.start()] and not _in_title_marks(v, m.start(), m.end()):
            spans.append((m.start(), m.end(), "latin"))
    spans.sort()

    people: list[ForeignPerson] = []
    mentions: list[ForeignMention] = []
    by_spelling: dict[str, ForeignPerson] = {}
    inside_pair = -1  # the end of the brackets of the last pair: its spelling is not a second mention
    for start, end, kind in spans:
        if start < inside_pair:
            continue
        before = _han_before_brackets(v, start, end, gz, lo) if kind == "latin" else None
        if before is not None:
            # 张博文（Bowen Zhang）, 冈特（Tom Gunter）: the name is written first, its Latin spelling after
            han_start, han = before
            latin = v[start:end]
            canonical = han if _is_chinese_name(han, latin, gz) else latin
            person = by_spelling.get(han) or by_spelling.get(latin) or ForeignPerson(canonical)
            if person not in people:
                people.append(person)
            person.aliases.update((han, latin))
            for spelling in person.aliases:
                by_spelling.setdefault(spelling, person)
            inside_pair = end + 1
            mentions.append(ForeignMention(han_start, end + 1, person))
            continue
        name = v[start:end]
        partner = _pair_partner(v, start, end, kind, gz)
        person = by_spelling.get(name) or (by_spelling.get(partner.text) if partner else None)
        if person is None and partner and partner.kind == "han":
            person = _with_part(people, partner.text)  # Daniel Ward（沃德） after 丹尼尔·沃德
        if person is None:
            latin = name if kind == "latin" else (partner.text if partner and partner.kind == "latin" else None)
            person = ForeignPerson(latin or name)
            people.append(person)
        person.aliases.add(name)
        if partner:
            person.aliases.add(partner.text)
            if partner.kind == "latin" and person.canonical != partner.text and not _is_latin(person.canonical):
                person.canonical = partner.text
            elif partner.kind == "chinese":
                person.canonical = partner.text
        for spelling in list(person.aliases):
            by_spelling.setdefault(spelling, person)
        if partner:
            inside_pair = partner.end + 1
            end = inside_pair  # 丹尼尔·沃德（Daniel Ward） is one mention, brackets included
        mentions.append(ForeignMention(start, end, person))
    mentions += _short_mentions(v, lo, people, mentions, covered, chars)
    mentions.sort(key=lambda m: m.start)
    for p in people:
        p.aliases.discard(p.canonical)
    return mentions


def _han_before_brackets(v: str, start: int, end: int, gz: Gazetteer, lo: int) -> tuple[int, str] | None:
    """The Chinese name or transliteration written right before a bracketed Latin name."""
    if start < 2 or v[start - 1] not in _PAIR_OPEN or end >= len(v) or v[end] not in _PAIR_CLOSE:
        return None
    h_end = start - 1
    while h_end > lo and v[h_end - 1] in " \u00a0\u3000":
        h_end -= 1
    n = _han_name_run(v, h_end - 1, -1, gz.foreign_name_chars)
    if n >= 2 and not _is_pinyin_name(v[start:end]):
        return h_end - n, v[h_end - n : h_end]  # 冈特（Tom Gunter）
    for length in (3, 2, 4):
        st = h_end - length
        if st >= lo and read_name(v, st, gz, h_end) == h_end and not _inside_title(v, st, gz):
            return st, v[st:h_end]  # 张博文（Bowen Zhang）
    return (h_end - n, v[h_end - n : h_end]) if n >= 2 else None


def _inside_title(v: str, at: int, gz: Gazetteer) -> bool:
    return any(m.start() < at < m.end() for m in gz.role_re.finditer(v, max(0, at - 6), at + 2))


# the syllables of Hanyu Pinyin as Latin letters: an initial, then a final
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v))+"
)


def _is_chinese_name(han: str, latin: str, gz: Gazetteer) -> bool:
    """A Chinese person with the pinyin of the name in brackets (毕树超（Shuchao Bi）), not a
    transliteration of a foreign one (萧吉（Mario Srouji））."""
    opens = han[:2] in gz.compound_surnames or han[0] in gz.surnames
    return opens and _is_pinyin_name(latin)


def _is_pinyin_name(latin: str) -> bool:
    return all(_PINYIN.fullmatch(w.lower()) for w in re.split(r"[ \-]", latin) if w)


def _with_part(people: list[ForeignPerson], piece: str) -> ForeignPerson | None:
    """The one person a dotted spelling of whom ends or starts with ``piece``."""
    found = [p for p in people for a in p.aliases | {p.canonical} if not _is_latin(a) and piece in _DOT.split(a)]
    return found[0] if len({id(p) for p in found}) == 1 else None


_CAPITAL = re.compile(r"[A-Z][a-z]")


def _latin_names(v: str, lo: int) -> Iterator[re.Match[str]]:
    """Latin names, looked for only from the capitals that could start one (a Chinese page holds few)."""
    pos = lo
    while (c := _CAPITAL.search(v, pos)) is not None:
        m = _LATIN.match(v, c.start())
        if m is None and _TITLE_GLUED.search(v, max(0, c.start() - 5), c.start()):
            m = _LATIN_AFTER_TITLE.match(v, c.start())  # CTOSiga Fijoze: a title glued to the name
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = c.start() + 1


def _in_title_marks(v: str, start: int, end: int) -> bool:
    """《Business Insider》: the name of an outlet or a work, not a person."""
    return v[start - 1 : start] in ("《", "〈") or v[end : end + 1] in ("》", "〉")


def _is_latin(name: str) -> bool:
    return name.isascii()


def _find_dot(v: str, k: int) -> int:
    m = _DOT.search(v, k)
    return m.start() if m else -1


class _Partner(NamedTuple):
    start: int
    end: int  # of the spelling, before the closing bracket
    text: str
    kind: str  # "latin" | "han" (a transliteration) | "chinese" (a Chinese name)


def _pair_partner(v: str, start: int, end: int, kind: str, gz: Gazetteer) -> _Partner | None:
    """The other spelling written in brackets right after a name: 沃德（Daniel Ward）, Ward（沃德）."""
    if end >= len(v) or v[end] not in _PAIR_OPEN:
        return None
    close = next((i for i in range(end + 1, min(len(v), end + 40)) if v[i] in _PAIR_CLOSE), -1)
    if close < 0:
        return None
    inner = v[end + 1 : close].strip()
    chars = gz.foreign_name_chars
    if _LATIN.fullmatch(inner) or (kind != "latin" and _LATIN_ONE.fullmatch(inner)):
        return _Partner(end + 1, close, inner, "latin") if _is_person_phrase(inner) else None
    if kind == "latin" and 2 <= len(inner) <= 12 and all(c in chars or c in _DOTS for c in inner):
        return _Partner(end + 1, close, inner, "han")
    if kind == "latin" and 2 <= len(inner) <= 4 and read_name(inner, 0, gz, len(inner)) == len(inner):
        return _Partner(end + 1, close, inner, "chinese")  # Vinces Yao(姚顺雨): a Chinese person's English name
    return None


def _short_mentions(
    v: str, lo: int, people: list[ForeignPerson], full: list[ForeignMention], covered: bytearray, chars: frozenset[str]
) -> list[ForeignMention]:
    """A surname or given name alone (Ward, 沃德), where exactly one person named in full has it."""
    parts: dict[str, set[int]] = {}
    for n, p in enumerate(people):
        for spelling in p.aliases | {p.canonical}:
            pieces = spelling.split() if _is_latin(spelling) else _DOT.split(spelling)
            if len(pieces) > 1:
                for piece in pieces:
                    if len(piece) >= 2:
                        parts.setdefault(piece, set()).add(n)
    unique = {piece: people[next(iter(ns))] for piece, ns in parts.items() if len(ns) == 1}
    if not unique:
        return []
    taken = bytearray(len(v) + 1)
    for m in full:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[ForeignMention] = []
    # a few pieces per article: finding each is cheaper than compiling an alternation of them
    hits = sorted(
        (s, -len(piece), piece)
        for piece in unique
        for s in _occurrences(v, piece, lo)
    )
    last_end = -1
    for s, _, piece in hits:
        e = s + len(piece)
        if s < last_end or taken[s] or covered[s]:
            continue
        if _is_latin(piece):
            if (s > 0 and v[s - 1].isascii() and v[s - 1].isalnum()) or (e < len(v) and v[e].isascii() and v[e].isalnum()):
                continue
        elif (s > 0 and v[s - 1] in chars) or (e < len(v) and v[e] in chars and v[e] not in "的"):
            continue  # part of a longer transliteration
        person = unique[piece]
        person.aliases.add(piece)
        out.append(ForeignMention(s, e, person))
        last_end = e
    return out


def _occurrences(v: str, piece: str, lo: int) -> Iterator[int]:
    k = v.find(piece, lo)
    while k >= 0:
        yield k
        k = v.find(piece, k + 1)
