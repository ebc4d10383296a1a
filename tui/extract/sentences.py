"""Sentences and clauses with offsets. A sentence ends at 。！？；, a line break or their ASCII
twins; a clause ends at a comma or colon as well (not inside numbers like 1,000)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』\"]?|\n+")
_CLAUSE_END = re.compile(r"[，：:]|,(?!\d)|(?<!\d),")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int  # exclusive, before the terminator
    paragraph: int
    clauses: tuple[tuple[int, int], ...]

    def clause_at(self, i: int) -> int:
        for n, (s, e) in enumerate(self.clauses):
            if s <= i < e or (i == e and n == len(self.clauses) - 1):
                return n
        return len(self.clauses) - 1


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
    if e <= s:
        return
    clauses = []
    cs = s
    for m in _CLAUSE_END.finditer(text, s, e):
        if m.start() > cs:
            clauses.append((cs, m.start()))
        cs = m.end()
    if cs < e:
        clauses.append((cs, e))
    if clauses:
        out.append(Sentence(s, e, paragraph, tuple(clauses)))
