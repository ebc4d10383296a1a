"""Text from articles and file names made inert for a terminal: shown, never obeyed.

Articles come from scrapers and strangers. An escape sequence in a title (``ESC ] 52`` sets the
clipboard, ``ESC [ 2 J`` wipes the screen) or a bidi override in a file name must be drawn as
what it is, not acted on. Control characters become visible escapes (``\\x1b``), bidi controls
are dropped. Only what is drawn or printed passes through here: stored and exported text keeps
every character. Markup is a different matter: the app never parses text from data as markup
(see ``ChurnApp.notify`` and the Text objects the screens build), so brackets stay as written.
"""

from __future__ import annotations

import os

# C0 controls, DEL and the C1 controls (0x9b is a one-byte CSI to some terminals)
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
# Bidi embeddings, overrides and isolates, and the marks: they reorder what is drawn around them
# (a file name "evil\u202egpj.md" shows as "evildm.jpg").
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Line and paragraph separators end a line in some terminals.
_SEPARATORS = "\u2028\u2029"


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# what each character becomes: its escape, or nothing (bidi controls)
ESCAPES: dict[str, str] = (
    {chr(c): _escape(chr(c)) for c in _CONTROLS}
    | {ch: _escape(ch) for ch in _SEPARATORS}
    | {ch: "" for ch in BIDI_CONTROLS}
)
_ONE_LINE = str.maketrans(ESCAPES)
_BLOCK = str.maketrans({k: v for k, v in ESCAPES.items() if k not in "\n\t"})


def inert(text: object) -> str:
    """One line of text safe to draw or print: newlines and tabs are escaped too."""
    if text is None:
        return ""
    return str(text).translate(_ONE_LINE)


def inert_block(text: object) -> str:
    """Text of several lines safe to draw: newlines and tabs are kept, other controls escaped."""
    if text is None:
        return ""
    return str(text).translate(_BLOCK)


def shown_path(path: object) -> str:
    """A stored path (resolved, absolute) as shown: relative to the working folder where that is
    shorter, and inert."""
    text = str(path)
    try:
        relative = os.path.relpath(text)
    except (ValueError, OSError):  # another drive; a working folder that is gone
        relative = text
    return inert(relative if len(relative) < len(text) else text)
