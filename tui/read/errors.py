"""The one way reading fails: a ReadError naming the file and a reason a person can act on."""

from __future__ import annotations


class ReadError(Exception):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
