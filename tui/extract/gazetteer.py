"""Reference data the extractor reads from plain files in data/ (and the user's own copies).

Companies with aliases, role title heads, trigger words and surnames. No facts about particular
articles or people live in code; users extend these files to teach the extractor.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from tui.model import EventType
from tui.resources import data_dir

USER_DATA_ENV = "CHURN_TUI_DATA"  # a folder whose companies.tsv / roles.txt / … extend the bundled ones


@dataclass(frozen=True)
class Gazetteer:
    companies: dict[str, str]  # lower-cased alias (simplified) -> canonical name
    roles: tuple[str, ...]  # role heads, plain strings
    role_patterns: tuple[str, ...]  # role heads as regular expressions
    triggers: dict[str, str]  # trigger word -> event type
    pending_words: tuple[str, ...]
    negation_words: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    not_names: tuple[str, ...]
    foreign_name_chars: frozenset[str] = frozenset()  # the characters transliterations are written with
    word_aliases: frozenset[str] = frozenset()  # aliases that are also common words (理想): a company only where the words after say so
    move_shields: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)  # 调离 -> (("低调", 1),)
    company_suffixes: tuple[str, ...] = ()
    generic_company_words: frozenset[str] = frozenset()
    company_suffix_re: re.Pattern[str] | None = field(repr=False, default=None)
    latin_shape_re: re.Pattern[str] | None = field(repr=False, default=None)  # a Latin name ending in a company word
    latin_shape_end_re: re.Pattern[str] | None = field(repr=False, default=None)  # that word alone, after a word
    # words that, right after a suffix, make it part of a longer word (智能 + 驾驶)
    company_continuation_re: re.Pattern[str] | None = field(repr=False, default=None)
    # the prefix words spelt backwards: searching the reversed text finds the one that ends last
    company_prefix_reversed_re: re.Pattern[str] | None = field(repr=False, default=None)
    generic_company_re: re.Pattern[str] | None = field(repr=False, default=None)  # generic words of 2+ characters
    han_company_re: re.Pattern[str] | None = field(repr=False, default=None)  # aliases with a non-Latin character
    latin_company_re: re.Pattern[str] | None = field(repr=False, default=None)  # the others, lower case
    role_re: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]
    trigger_re: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]

    def canonical_company(self, name: str) -> str:
        return self.companies.get(name.lower().replace(" ", ""), name)

    def find_companies(self, v: str) -> Iterator[tuple[int, int, str]]:
        """Known company names in ``v``, leftmost first and without overlaps, as one alternation
        of every alias would find them (a Latin alias first where both start at one place)."""
        lower = v.lower()
        if len(lower) != len(v):  # a character whose lower case is longer: lower the ASCII only
            lower = v.translate(_ASCII_LOWER)
        han = self.han_company_re.search(v) if self.han_company_re else None
        latin = self._latin_at(v, lower, 0)
        while han or latin:
            m = latin if latin and (not han or latin.start() <= han.start()) else han
            if m is han and m.group() in self.word_aliases and not self._names_company(v, m.end()):
                han = self.han_company_re.search(v, m.start() + 1)  # type: ignore[union-attr]
                continue  # 理想主义: the common word, not the company
            yield m.start(), m.end(), self.canonical_company(v[m.start() : m.end()])
            pos = m.end()
            if han and han.start() < pos:
                han = self.han_company_re.search(v, pos)  # type: ignore[union-attr]
            if latin and latin.start() < pos:
                latin = self._latin_at(v, lower, pos)

    def title_ends_at(self, v: str, at: int, floor: int = 0) -> bool:
        """A title head ends right before ``at`` (within eight characters after ``floor``)."""
        return any(m.end() == at for m in self.role_re.finditer(v, max(floor, at - 8), at))

    def _names_company(self, v: str, end: int) -> bool:
        """After an alias that is also a common word (理想): what shows it names the company."""
        if end >= len(v) or not "\u4e00" <= v[end] <= "\u9fff":
            return True
        return v.startswith(_COMPANY_WORDS, end) or bool(self.role_re.match(v, end) or self.trigger_re.match(v, end))

    def _latin_at(self, v: str, lower: str, pos: int) -> re.Match[str] | None:
        """The first Latin alias at or after ``pos`` that does not continue a word. A capital
        after a lower-case end starts a new word ("vivoCTO", "DeepSeekC端"); "JDK" stays one."""
        if self.latin_company_re is None:
            return None
        while (m := self.latin_company_re.search(lower, pos)) is not None:
            k, e = m.start(), m.end()
            starts_word = k == 0 or not lower[k - 1].isascii() or not lower[k - 1].isalnum()
            nxt = v[e] if e < len(v) else ""
            # a capital after a lower case or a digit starts a word (vivoCTO, 360CTO), as does a
            # title after a capital (NVIDIACTO)
            ends_word = (
                not (nxt.isascii() and nxt.isalnum())
                or (nxt.isupper() and not v[e - 1].isupper())
                or (nxt.isupper() and self.role_re.match(v, e) is not None)
            )
            if starts_word and ends_word:
                return m
            pos = k + 1
        return None

    def aliases(self) -> list[tuple[str, str]]:
        return sorted(self.companies.items())


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
# Words after a company's name that show the name is the company's (理想汽车, 理想方面, 理想内部)
_COMPANY_WORDS = ("汽车", "公司", "集团", "系", "方面", "内部", "官方", "团队", "旗下", "高管", "员工", "智驾", "的人事", "的高管", "的AI")


class ReferenceDataError(ValueError):
    """A reference data file that cannot be read as its format says."""


HIRED = "hired"  # data/triggers.tsv: the company written before the word hires the person after it
# what a trigger word may say: an event, or that a company hires someone
_MOVE_KINDS = frozenset((*(e.value for e in EventType), HIRED))


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.rstrip("\n"))
    return out


def _sources(name: str, extra: Path | None) -> list[Path]:
    paths = [data_dir() / name]
    if extra is not None:
        paths.append(extra / name)
    return paths


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def build_gazetteer(extra: Path | None = None) -> Gazetteer:
    from tui.extract.chinese import to_simplified

    companies: dict[str, str] = {}
    written: set[str] = set()  # the aliases as written, lower case: "thinking machines lab"
    word_aliases: set[str] = set()  # aliases written "~理想": also a common word
    for path in _sources("companies.tsv", extra):
        for line in _lines(path):
            name, _, aliases = line.partition("\t")
            canonical = name.strip().lstrip("~")  # ~理想: the name is also a common word
            for alias in [name, *aliases.split("|")]:
                alias = to_simplified(alias.strip())
                if alias.startswith("~"):
                    alias = alias[1:]
                    word_aliases.add(alias.lower())
                if alias:
                    companies[alias.lower().replace(" ", "")] = canonical
                    written.add(alias.lower())
    roles, role_patterns = [], []
    for path in _sources("roles.txt", extra):
        for line in _lines(path):
            (role_patterns if line.startswith("~") else roles).append(line.lstrip("~").strip())
    triggers: dict[str, str] = {}
    pending, negation, shields = [], [], []
    for path in _sources("triggers.tsv", extra):
        for line in _lines(path):
            word, _, rest = line.partition("\t")
            kind = rest.split("\t")[0].strip()
            word = to_simplified(word.strip())
            if kind == "modifier-pending":
                pending.append(word)
            elif kind == "modifier-negation":
                negation.append(word)
            elif kind == "not-a-move":
                shields.append(word)
            elif kind in _MOVE_KINDS:
                triggers[word] = kind
            elif kind:
                raise ReferenceDataError(f"{path}: {word}: unknown kind {kind!r} (one of {', '.join(sorted(_MOVE_KINDS))}, modifier-pending, modifier-negation, not-a-move)")
    surnames = set()
    for path in _sources("surnames.txt", extra):
        surnames.update(to_simplified(s.strip()) for s in _lines(path))
    not_names = []
    for path in _sources("not_names.txt", extra):
        not_names.extend(to_simplified(w.strip()) for w in _lines(path))
    patterns: dict[str, list[str]] = {"suffix": [], "generic": [], "prefix": [], "continuation": [], "latin-suffix": []}
    for path in _sources("company_patterns.tsv", extra):
        for line in _lines(path):
            kind, _, word = line.partition("\t")
            if kind.strip() in patterns and word.strip():
                patterns[kind.strip()].append(to_simplified(word.strip()))
    foreign_chars: set[str] = set()
    for path in _sources("foreign_name_chars.txt", extra):
        for line in _lines(path):
            foreign_chars.update(to_simplified(c) for c in line if not c.isspace())
    single = frozenset(s for s in surnames if len(s) == 1)
    compound = frozenset(s for s in surnames if len(s) == 2)

    # Latin aliases must not match inside longer words ("JD" in "JDK"); Chinese ones match anywhere.
    # The patterns open with their words, not with an assertion: re then skips, in C, every
    # position whose character starts no word (twice as fast as a leading lookahead).
    latin = [a for a in written if re.fullmatch(r"[0-9a-z.\- ]+", a)]
    han = [a for a in written if a not in latin]
    role_re = re.compile("|".join([_alt(roles), *role_patterns]))
    return Gazetteer(
        companies=companies,
        roles=tuple(roles),
        role_patterns=tuple(role_patterns),
        triggers=triggers,
        pending_words=tuple(sorted(pending, key=len, reverse=True)),
        negation_words=tuple(sorted(negation, key=len, reverse=True)),
        surnames=single,
        compound_surnames=compound,
        not_names=tuple(sorted(set(not_names), key=len, reverse=True)),
        foreign_name_chars=frozenset(foreign_chars),
        word_aliases=frozenset(word_aliases),
        company_suffixes=tuple(patterns["suffix"]),
        generic_company_words=frozenset(patterns["generic"]),
        company_suffix_re=re.compile(_alt(patterns["suffix"])) if patterns["suffix"] else None,
        company_continuation_re=re.compile(_alt(patterns["continuation"])) if patterns["continuation"] else None,
        **_latin_shapes(patterns["latin-suffix"]),
        company_prefix_reversed_re=re.compile(_alt([w[::-1] for w in patterns["prefix"]])) if patterns["prefix"] else None,
        generic_company_re=re.compile(_alt(long_generic)) if (long_generic := [g for g in patterns["generic"] if len(g) > 1]) else None,
        han_company_re=re.compile(_alt(han)) if han else None,
        # a space in a Latin alias matches any run of spaces, or none ("Thinking Machines Lab")
        latin_company_re=re.compile("(?:" + _alt(latin).replace("\\ ", " *") + ")") if latin else None,
        role_re=role_re,
        trigger_re=re.compile(_alt(list(triggers))),
        move_shields=_shields(shields, triggers),
    )


def _shields(words: list[str], triggers: dict[str, str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each move word, the words that hold its start (低调 holds 调离 at 1): (word, offset)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for w in words:
        for t in triggers:
            for k in range(1, len(w)):
                if t.startswith(w[k:]):
                    out.setdefault(t, []).append((w, k))
    return {t: tuple(found) for t, found in out.items()}


def _latin_shapes(suffixes: list[str]) -> dict[str, re.Pattern[str] | None]:
    """A capitalised Latin name of up to four words ending in one of ``suffixes`` (Helios Lab),
    and the suffix alone after a word, to find such names from their rare last word."""
    if not suffixes:
        return {"latin_shape_re": None, "latin_shape_end_re": None}
    last = f"(?:{_alt(suffixes)})(?![A-Za-z0-9])"
    return {
        "latin_shape_re": re.compile(rf"(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9]*[ \-]){{0,3}}[A-Z][A-Za-z0-9]*[ \-]?{last})"),
        "latin_shape_end_re": re.compile(rf"(?<=[A-Za-z0-9 \-]){last}"),
    }


@lru_cache(maxsize=4)
def _cached(extra: str | None) -> Gazetteer:
    return build_gazetteer(Path(extra) if extra else None)


def load_gazetteer() -> Gazetteer:
    """The bundled reference data, extended by $CHURN_TUI_DATA when set (cached per process)."""
    return _cached(os.environ.get(USER_DATA_ENV) or None)
