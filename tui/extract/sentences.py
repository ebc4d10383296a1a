"""Sentences and clauses with offsets. A sentence ends at 。！？；, a line break or their ASCII
twins; a clause ends at a comma or colon as well (not inside numbers like 1,000)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Opens with a character class, so re skips every other character in C before trying a match.
_SENTENCE_END = re.compile(r"[。！？!?；;…\n](?:(?<=\n)\n*|(?<!\n)[。！？!?；;…]*[”’」』\"]?)")
_CLAUSE_END = re.compile(r"[，：:]|,(?!\d)|(?<!\d),")


_ONLY_CLAUSE_MARKS = re.compile(r"(?:[，：:,])+")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int  # exclusive, before the terminator
    paragraph: int
    text: str = field(repr=False, compare=False)
    _clauses: tuple[tuple[int, int], ...] | None = field(default=None, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    @property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        # only sentences with a trigger word are ever cut into clauses: made when first asked
        if self._clauses is None:
            clauses = []
            cs = self.start
            for m in _CLAUSE_END.finditer(self.text, self.start, self.end):
                if m.start() > cs:
                    clauses.append((cs, m.start()))
                cs = m.end()
            if cs < self.end:
                clauses.append((cs, self.end))
            self._clauses = tuple(clauses)
        return self._clauses

    def clause_at(self, i: int) -> int:
        """The clause that holds offset ``i``; the last one for its end, or for a place between clauses."""
        clauses = self.clauses
        if self._starts is None:
            self._starts = [c[0] for c in clauses]
        n = bisect_right(self._starts, i) - 1
        if n >= 0 and i < clauses[n][1]:
            return n
        return len(clauses) - 1


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    pos = start
    for m in _SENTENCE_END.finditer(text, start):
        _add(out, text, pos, m.start(), paragraph)
        if "\n" in m.group():
            paragraph += 1
        pos = m.end()
    _add(out, text, pos, len(text), paragraph)
    return out


def _add(out: list[Sentence], text: str, s: int, e: int, paragraph: int) -> None:
    while s < e and text[s] in " \t\u3000>-*#":
        s += 1
    while e > s and text[e - 1] in " \t\u3000":
        e -= 1
    if e <= s or (text[s] in "，：:," and _ONLY_CLAUSE_MARKS.fullmatch(text, s, e)):
        return  # nothing but punctuation: no clause to read
    out.append(Sentence(s, e, paragraph, text))
