"""Reference data the extractor reads from plain files in data/ (and the user's own copies).

Companies with aliases, role title heads, trigger words and surnames. No facts about particular
articles or people live in code; users extend these files to teach the extractor.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
    company_suffixes: tuple[str, ...] = ()
    generic_company_words: frozenset[str] = frozenset()
    company_prefix_words: tuple[str, ...] = ()
    company_suffix_re: re.Pattern[str] | None = field(repr=False, default=None)
    company_prefix_re: re.Pattern[str] | None = field(repr=False, default=None)  # any prefix word
    generic_company_re: re.Pattern[str] | None = field(repr=False, default=None)  # generic words of 2+ characters
    company_re: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]
    role_re: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]
    trigger_re: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]

    def canonical_company(self, name: str) -> str:
        return self.companies.get(name.lower().replace(" ", ""), name)

    def aliases(self) -> list[tuple[str, str]]:
        return sorted(self.companies.items())


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
    for path in _sources("companies.tsv", extra):
        for line in _lines(path):
            canonical, _, aliases = line.partition("\t")
            canonical = canonical.strip()
            for alias in [canonical, *aliases.split("|")]:
                alias = to_simplified(alias.strip())
                if alias:
                    companies[alias.lower().replace(" ", "")] = canonical
    roles, role_patterns = [], []
    for path in _sources("roles.txt", extra):
        for line in _lines(path):
            (role_patterns if line.startswith("~") else roles).append(line.lstrip("~").strip())
    triggers: dict[str, str] = {}
    pending, negation = [], []
    for path in _sources("triggers.tsv", extra):
        for line in _lines(path):
            word, _, rest = line.partition("\t")
            kind = rest.split("\t")[0].strip()
            word = to_simplified(word.strip())
            if kind == "modifier-pending":
                pending.append(word)
            elif kind == "modifier-negation":
                negation.append(word)
            elif kind:
                triggers[word] = kind
    surnames = set()
    for path in _sources("surnames.txt", extra):
        surnames.update(to_simplified(s.strip()) for s in _lines(path))
    not_names = []
    for path in _sources("not_names.txt", extra):
        not_names.extend(to_simplified(w.strip()) for w in _lines(path))
    patterns: dict[str, list[str]] = {"suffix": [], "generic": [], "prefix": []}
    for path in _sources("company_patterns.tsv", extra):
        for line in _lines(path):
            kind, _, word = line.partition("\t")
            if kind.strip() in patterns and word.strip():
                patterns[kind.strip()].append(to_simplified(word.strip()))
    single = frozenset(s for s in surnames if len(s) == 1)
    compound = frozenset(s for s in surnames if len(s) == 2)

    # Latin aliases must not match inside longer words ("JD" in "JDK"); Chinese ones match anywhere.
    # The leading character class lets the engine skip most positions without trying every alias.
    latin = [a for a in companies if re.fullmatch(r"[0-9a-z.\- ]+", a)]
    han = [a for a in companies if a not in latin]
    parts = []
    if latin:
        heads = "".join(sorted({re.escape(c) for a in latin for c in (a[0].lower(), a[0].upper())}))
        parts.append(rf"(?=[{heads}])(?<![A-Za-z0-9])(?i:{_alt(latin)})(?![A-Za-z])")
    if han:
        heads = "".join(sorted({re.escape(a[0]) for a in han}))
        parts.append(rf"(?=[{heads}])(?:{_alt(han)})")
    company_re = re.compile("|".join(parts) or r"(?!x)x")
    role_heads = "".join(sorted({re.escape(r[0]) for r in roles} | {"首"}))
    role_re = re.compile(f"(?=[{role_heads}])(?:" + "|".join([_alt(roles), *role_patterns]) + ")")
    trigger_heads = "".join(sorted({re.escape(t[0]) for t in triggers}))
    trigger_re = re.compile(f"(?=[{trigger_heads}])(?:{_alt(list(triggers))})")
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
        company_suffixes=tuple(patterns["suffix"]),
        generic_company_words=frozenset(patterns["generic"]),
        company_prefix_words=tuple(sorted(set(patterns["prefix"]), key=len, reverse=True)),
        company_suffix_re=re.compile(_alt(patterns["suffix"])) if patterns["suffix"] else None,
        company_prefix_re=re.compile(_alt(patterns["prefix"])) if patterns["prefix"] else None,
        generic_company_re=re.compile(_alt(long_generic)) if (long_generic := [g for g in patterns["generic"] if len(g) > 1]) else None,
        company_re=company_re,
        role_re=role_re,
        trigger_re=trigger_re,
    )


@lru_cache(maxsize=4)
def _cached(extra: str | None) -> Gazetteer:
    return build_gazetteer(Path(extra) if extra else None)


def load_gazetteer() -> Gazetteer:
    """The bundled reference data, extended by $CHURN_TUI_DATA when set (cached per process)."""
    return _cached(os.environ.get(USER_DATA_ENV) or None)
