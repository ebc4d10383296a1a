"""Putting text on the clipboard by every road there is: OSC 52 through the terminal (works over
SSH), and the system clipboard tool when one exists. Neither may fail loudly."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import App


def send_to_clipboard(app: App, text: str) -> bool:
    """Send ``text``; True when a system clipboard tool also took it."""
    app.copy_to_clipboard(text)  # keeps app.clipboard and writes OSC 52
    try:
        import pyperclip

        pyperclip.copy(text)
        return True
    except Exception:  # no xclip/wl-copy/pbcopy here: OSC 52 is all we have
        return False


def citation(source: dict[str, Any]) -> str:
    """「quote」 — title, author, date, URL (what a report footnote needs)."""
    published = source.get("published")
    if isinstance(published, date):
        published = published.isoformat()
    parts = [p for p in (source.get("title"), source.get("author"), published, source.get("url") or source.get("file")) if p]
    return f"「{source['quote']}」 — " + ", ".join(str(p) for p in parts)
