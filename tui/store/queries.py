"""The named SQL files in queries/: listing, loading, and passing exactly the parameters each uses."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from tui.resources import queries_dir

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COMMENT = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)
_STRING = re.compile(r"'(?:[^']|'')*'")
_OPTIONAL = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)\s+IS\s+NULL", re.I)
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
EVENT_TYPES = ("departed", "pending", "sidelined", "joined", "poach_attempt")


class QueryError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    path: Path
    sql: str
    params: tuple[str, ...]  # the $names it uses, in order of first use
    description: str  # its leading comment
    optional: frozenset[str] = frozenset()  # those it tests with `$name IS NULL`: missing means no filter

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(p for p in self.params if p not in self.optional)


def user_queries_dir() -> Path:
    """Where a user's own .sql files live (CHURN_TUI_QUERIES overrides)."""
    env = os.environ.get("CHURN_TUI_QUERIES")
    return Path(env) if env else Path(platformdirs.user_config_dir("churn-tui")) / "queries"


def _parse(name: str, path: Path) -> NamedQuery:
    sql = path.read_text(encoding="utf-8")
    code = _STRING.sub("''", _COMMENT.sub(" ", sql))
    params = tuple(dict.fromkeys(_PARAM.findall(code)))
    optional = frozenset(_OPTIONAL.findall(code))
    lead = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lead.append(line[2:].strip())
    return NamedQuery(name, path, sql.strip().rstrip(";"), params, " ".join(lead), optional)


class QueryLibrary:
    """Queries by name; the user's folder is searched before the bundled one."""

    def __init__(self, dirs: list[Path] | None = None) -> None:
        self.dirs = dirs if dirs is not None else [user_queries_dir(), queries_dir()]

    def names(self) -> list[str]:
        found: set[str] = set()
        for d in self.dirs:
            if d.is_dir():
                found.update(p.stem for p in d.glob("*.sql") if _NAME.match(p.stem))
        return sorted(found)

    def get(self, name: str) -> NamedQuery:
        # Names come from the command line: only a plain name, never a path, may pick a file.
        if not _NAME.match(name):
            raise QueryError(f"{name!r}: not a query name (letters, digits, '-' and '_' only)")
        for d in self.dirs:
            path = d / f"{name}.sql"
            if path.is_file() and path.resolve().parent == d.resolve():
                return _parse(name, path)
        raise QueryError(f"no query named {name!r} (see `churn-tui query --list`)")

    @staticmethod
    def bind(query: NamedQuery, values: dict[str, object]) -> dict[str, object]:
        """Exactly the parameters the query uses; missing ones are NULL (meaning: no filter)."""
        return {p: values.get(p) for p in query.params}

    @staticmethod
    def checked(query: NamedQuery, values: dict[str, object]) -> dict[str, object]:
        """Values typed on the command line, checked and converted for the parameters whose
        meaning the bundled queries fix (months, event types); QueryError names what is wrong,
        and every required parameter (one not tested with IS NULL) that is missing."""
        missing = [p for p in query.required if values.get(p) is None]
        if missing:
            needs = " ".join(f"-p {p}=…" for p in missing)
            raise QueryError(f"query {query.name!r} needs {needs} (missing: {', '.join('$' + p for p in missing)})")
        out = dict(values)
        for name, value in values.items():
            if not isinstance(value, str):
                continue
            if name in ("month", "month_from", "month_to") and not _MONTH.match(value):
                raise QueryError(f"-p {name}={value}: not a month (YYYY-MM, e.g. 2025-06)")
            if name == "events":
                kinds = [k.strip() for k in value.split(",") if k.strip()]
                wrong = [k for k in kinds if k not in EVENT_TYPES]
                if wrong or not kinds:
                    raise QueryError(f"-p events={value}: event types are {', '.join(EVENT_TYPES)} (comma-separated)")
                out[name] = kinds
        return out
