"""Text views for matching: simplified characters at the same offsets as the original, and
zero-width characters made invisible to the patterns without moving any offset."""

from __future__ import annotations

import re
from functools import lru_cache

_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# Pinyin glosses that converted pages put inside words (事業(yè)部, 聯(lián)合): a syllable with a tone mark.
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(rf"\((?=[a-zü{_TONE}]*[{_TONE}])[a-zü{_TONE}]{{1,7}}\)")
_HIDDEN = re.compile(f"{_ZERO_WIDTH.pattern}|{_GLOSS.pattern}")
# Full-width letters, digits and signs (ＡＩ, Ｘ) read as their ASCII forms, one for one.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULL_WIDTH_KEEP = {ord(c): ord(c) for c in "，（）：；！？"}  # Chinese punctuation stays as written


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A pattern for any character OpenCC changes on its own (4,000-odd in the BMP) or beyond the
    BMP (not looked at: converted to be safe), and one for runs of those whose conversion is
    kept (None: every character's is)."""
    cc = _converter()
    chars = [chr(c) for c in range(0x3400, 0xA000)] + [chr(c) for c in range(0xF900, 0xFB00)]
    out = cc.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # cannot tell: every non-ASCII character counts
        return re.compile(r"[^\x00-\x7f]"), None
    changed = "".join(sorted(c for c, o in zip(chars, out) if c != o))
    return re.compile(f"[{changed}\U00020000-\U0003ffff]"), re.compile(f"[{changed}\U00010000-\U0010ffff]+")


def to_simplified(text: str) -> str:
    """Traditional to simplified, one character for one character, so offsets stay valid.

    Only traditional characters change. OpenCC's phrase rules also rewrite characters both
    scripts share (沈思 -> 沉思 turned the name 沈思蕾 into 沉思蕾), so those are put back, and a
    text without a traditional character is not converted at all (most news is simplified).
    Where a phrase changes length (rare), that line is converted character by character.
    """
    pattern, kept = _traditional()
    if not text or (found := pattern.search(text)) is None:
        return text
    if ord(found.group()[0]) in _SHARED and not pattern.search(text.translate(_SHARED)):
        return text  # simplified text is left as written, the surname 於 included
    cc = _converter()
    out = cc.convert(text)
    if len(out) != len(text):
        fixed = []
        for line in text.split("\n"):
            conv = cc.convert(line)
            if len(conv) != len(line):
                conv = "".join(c2 if len(c2 := cc.convert(ch)) == 1 else ch for ch in line)
            fixed.append(conv)
        out = "\n".join(fixed)
    if kept is None:
        return out
    # the converted runs spliced into the original: a run is rarer than a character
    parts, last = [], 0
    for m in kept.finditer(text):
        parts += (text[last : m.start()], out[m.start() : m.end()])
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


_WIDTH_TABLE = {**_FULL_WIDTH, **_FULL_WIDTH_KEEP}
# only letters and digits are worth a pass: full-width punctuation is the norm in Chinese text
_FULL_WIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


# Characters OpenCC converts that simplified text also uses as they are (於 is a surname): alone
# they do not make a text traditional.
_SHARED = {ord("於"): None}  # as a translate table; "於" in _SHARED holds for the character too


class ViewMap:
    """A matching text in simplified characters with full-width letters as ASCII, zero-width
    characters and pinyin glosses removed, and the way back to original offsets."""

    def __init__(self, text: str) -> None:
        simple = to_simplified(text)
        if _FULL_WIDTH_RE.search(simple):
            simple = simple.translate(_WIDTH_TABLE)
        if not _HIDDEN.search(simple):
            self.text = simple
            self._back: list[int] | None = None
            return
        keep, last = [], 0
        for m in _HIDDEN.finditer(simple):
            keep.extend(range(last, m.start()))
            last = m.end()
        keep.extend(range(last, len(simple)))
        self.text = "".join(simple[i] for i in keep)
        self._back = keep + [len(simple)]

    def orig(self, i: int) -> int:
        """Original offset of the character at view offset ``i`` (or of the end, for ``i == len``)."""
        return i if self._back is None else self._back[i]

    def orig_end(self, i: int) -> int:
        """Original offset just after the view character at ``i - 1``."""
        return i if self._back is None else (self._back[i - 1] + 1 if i > 0 else 0)
