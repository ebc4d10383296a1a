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


class QueryError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    path: Path
    sql: str
    params: tuple[str, ...]  # the $names it uses, in order of first use
    description: str  # its leading comment


def user_queries_dir() -> Path:
    """Where a user's own .sql files live (CHURN_TUI_QUERIES overrides)."""
    env = os.environ.get("CHURN_TUI_QUERIES")
    return Path(env) if env else Path(platformdirs.user_config_dir("churn-tui")) / "queries"


def _parse(name: str, path: Path) -> NamedQuery:
    sql = path.read_text(encoding="utf-8")
    code = _STRING.sub("''", _COMMENT.sub(" ", sql))
    params = tuple(dict.fromkeys(_PARAM.findall(code)))
    lead = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lead.append(line[2:].strip())
    return NamedQuery(name, path, sql.strip().rstrip(";"), params, " ".join(lead))


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
