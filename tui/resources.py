"""Where the bundled data/ and queries/ live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def _root() -> Path:
    # A wheel carries them in tui/_bundled/; a source checkout (or editable install) has them beside tui/.
    bundled = _PKG / "_bundled"
    if (bundled / "data").is_dir():
        return bundled
    return _PKG.parent


def data_dir() -> Path:
    return _root() / "data"


def queries_dir() -> Path:
    return _root() / "queries"


def articles_dir() -> Path:
    return data_dir() / "articles"
