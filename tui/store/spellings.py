"""What a user types for a person or a company, brought to the forms the store keeps.

Names are stored in simplified characters under their canonical spelling; people's other spellings
are stored with them (person_aliases), and companies' other spellings live in the reference data
(data/companies.tsv, read by the extractor's gazetteer) as well as in company_aliases. A search or a
filter typed in traditional characters, or by an alias such as Moonshot or Kimi, is brought here to
what the queries compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# A search term may be restricted to people (p:张帆) or companies (c:Moonshot).
SCOPES = {"p": "person", "c": "company"}


def simplified(text: str) -> str:
    """``text`` in simplified characters (the extractor's own conversion, so both sides agree)."""
    if text.isascii():
        return text
    from tui.extract.chinese import to_simplified

    return to_simplified(text)


def alias_key(alias: str) -> str:
    """A company spelling as company_aliases keeps it: as written, lower case, no spaces."""
    return alias.lower().replace(" ", "")


def company_key(alias: str) -> str:
    """A company spelling as the reference data keeps it: simplified, lower case, no spaces."""
    return alias_key(simplified(alias))


def _reference_companies() -> dict[str, str]:
    """Every spelling in the reference data (key as ``company_key``) -> canonical name."""
    from tui.extract.gazetteer import load_gazetteer

    return load_gazetteer().companies


def canonical_company(name: str) -> str:
    """The canonical name of a company typed by any spelling the reference data knows, else the
    name as typed (in simplified characters)."""
    return _reference_companies().get(company_key(name), simplified(name).strip())


@lru_cache(maxsize=256)
def companies_containing(term: str) -> tuple[str, ...]:
    """Canonical names of the companies one of whose reference spellings contains ``term``."""
    key = company_key(term)
    if not key:
        return ()
    return tuple(sorted({name for alias, name in _reference_companies().items() if key in alias}))


@dataclass(frozen=True, slots=True)
class SearchTerm:
    text: str  # simplified, lower case; "" for no search
    scope: str  # any | person | company

    @classmethod
    def parse(cls, typed: str) -> "SearchTerm":
        raw = typed.strip()
        head, sep, rest = raw.partition(":")
        scope = "any"
        if sep and head.strip().lower() in SCOPES:
            scope, raw = SCOPES[head.strip().lower()], rest.strip()
        return cls(simplified(raw).lower(), scope)

    def params(self) -> dict[str, object]:
        return {
            "text": self.text or None,
            "text_scope": self.scope,
            "text_companies": list(companies_containing(self.text)) if self.text and self.scope != "person" else [],
        }
