"""Text views for matching: simplified characters at the same offsets as the original, and
zero-width characters made invisible to the patterns without moving any offset."""

from __future__ import annotations

import re
from functools import lru_cache

_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified, one character for one character, so offsets stay valid.

    OpenCC converts phrases; where a phrase changes length (rare), that line is converted
    character by character instead.
    """
    if not text:
        return text
    cc = _converter()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := cc.convert(ch)) == 1 else ch for ch in line)
        fixed.append(conv)
    return "\n".join(fixed)


class ViewMap:
    """A matching text with zero-width characters removed, and the way back to original offsets."""

    def __init__(self, text: str) -> None:
        simple = to_simplified(text)
        if not _ZERO_WIDTH.search(simple):
            self.text = simple
            self._back: list[int] | None = None
            return
        keep = [i for i, ch in enumerate(simple) if not _ZERO_WIDTH.match(ch)]
        self.text = "".join(simple[i] for i in keep)
        self._back = keep + [len(simple)]

    def orig(self, i: int) -> int:
        """Original offset of the character at view offset ``i`` (or of the end, for ``i == len``)."""
        return i if self._back is None else self._back[i]

    def orig_end(self, i: int) -> int:
        """Original offset just after the view character at ``i - 1``."""
        return i if self._back is None else (self._back[i - 1] + 1 if i > 0 else 0)
