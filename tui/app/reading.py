"""An article as a person reads it: front matter hidden, Markdown marks left out, lines wrapped
between words (a Latin word inside Chinese text is never split), with every shown character's
offset in the stored text kept, so a quote is still found by its offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len

from tui.inert_text import inert_block

# Markdown marks that are not words: heading hashes, emphasis, footnote references, footnote
# definitions' labels, images and the URL half of a link ([text](url) reads as text).
_MARKS = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]+"  # ### heading
    r"|^[ \t]*>[ \t]?"  # > quote
    r"|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"  # **bold**, *em*
    r"|\[\^[^\]\s]{1,12}\]:?[ \t]?"  # [^1] and [^1]:
    r"|!?\[(?=[^\]\n]*\]\()|\]\([^)\n]*\)",  # [text](url)
    re.M,
)
# What wraps as one piece: a run of Latin letters, digits and the signs inside such words; a
# character with the closing punctuation that follows it (no line starts with ，or 。).
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/+%']*[，。、；：！？）」』”]*|\s+|.[，。、；：！？）」』”]*", re.S)


@dataclass(frozen=True, slots=True)
class Shown:
    text: str
    origin: tuple[int, ...]  # for each shown character, its offset in the stored text (-1: added)

    def position(self, offset: int) -> int:
        """The shown index of the stored ``offset`` (or of the next shown character after it)."""
        i = bisect.bisect_left(_Monotone(list(self.origin)), offset)
        return min(i, len(self.text))


class _Monotone:
    """The origins as a sorted sequence for bisect, added characters taking their neighbour's."""

    def __init__(self, origin: list[int]) -> None:
        last, fixed = 0, []
        for o in origin:
            last = o if o >= 0 else last
            fixed.append(last)
        self._o = fixed

    def __len__(self) -> int:
        return len(self._o)

    def __getitem__(self, i: int) -> int:
        return self._o[i]


def readable(text: str, body_start: int = 0) -> Shown:
    """The body of ``text`` with its Markdown marks left out."""
    out, origin = [], []
    last = body_start
    for m in _MARKS.finditer(text, body_start):
        out.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    out.append(text[last:])
    origin.extend(range(last, len(text)))
    shown = "".join(out)
    # the blank lines the front matter and the marks leave at the top are not read
    lead = len(shown) - len(shown.lstrip("\n"))
    return Shown(shown[lead:], tuple(origin[lead:]))


def made_inert(shown: Shown) -> Shown:
    """``shown`` as drawn (tui.inert_text): a control becomes its visible escape, whose characters
    all keep the control's offset, so a quote is still found by its stored offsets."""
    if inert_block(shown.text) == shown.text:
        return shown
    out: list[str] = []
    origin: list[int] = []
    for ch, o in zip(shown.text, shown.origin):
        drawn = inert_block(ch)
        out.append(drawn)
        origin.extend([o] * len(drawn))
    return Shown("".join(out), tuple(origin))


def wrapped(shown: Shown, width: int) -> Shown:
    """``shown`` in lines at most ``width`` cells wide, broken between Chinese characters or at
    spaces, never inside a Latin word (unless the word alone is wider than the line)."""
    width = max(width, 8)
    out: list[str] = []
    origin: list[int] = []
    start = 0
    for line in shown.text.split("\n"):
        used = 0
        for m in _WORD.finditer(line):
            piece = m.group()
            size = cell_len(piece)
            if used and used + size > width and not piece.isspace():
                out.append("\n")
                origin.append(-1)
                used = 0
            if used == 0 and piece.isspace() and m.start() > 0:
                continue  # a wrapped line does not start with the space it broke at
            out.append(piece)
            origin.extend(shown.origin[start + m.start() : start + m.end()])
            used += size
        start += len(line) + 1
        if start <= len(shown.text):
            out.append("\n")
            origin.append(shown.origin[start - 1])
    return Shown("".join(out), tuple(origin))
