"""Putting text on the clipboard by every road there is, and saying truthfully which one took it.

OSC 52 goes through the terminal (works over SSH) unless something in between drops it: tmux
unless its set-clipboard option is on, GNU screen. The system clipboard tool (xclip, wl-copy,
pbcopy, through pyperclip) works where one exists. OSC 52 has no acknowledgement, so where it is
known to be dropped and no tool took the text, the caller shows it to be selected by hand.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import App

NO_TOOL = "no clipboard tool (install xclip or xsel on X11, wl-clipboard on Wayland)"


@dataclass(frozen=True, slots=True)
class CopyRoute:
    arrived: bool  # the text is (as far as can be known) on a clipboard
    said: str  # where it went, or why it did not and the fix


def tmux_set_clipboard(env: Mapping[str, str] = os.environ) -> str | None:
    """The set-clipboard option of the tmux server this app runs in (None: not in tmux, or unknown)."""
    if not env.get("TMUX"):
        return None
    try:
        out = subprocess.run(
            ["tmux", "show-options", "-sv", "set-clipboard"], capture_output=True, text=True, timeout=2, env=dict(env)
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return (out.stdout.strip() or None) if out.returncode == 0 else None


def osc52_blocked(env: Mapping[str, str] = os.environ) -> str | None:
    """Why an OSC 52 sequence from this app cannot reach the terminal's clipboard, with the fix;
    None when nothing known stands in the way."""
    if env.get("TMUX"):
        setting = tmux_set_clipboard(env)
        if setting != "on":
            return f"tmux has set-clipboard {setting or 'off'} (fix: tmux set -s set-clipboard on, or put set -s set-clipboard on in ~/.tmux.conf)"
    if env.get("STY"):
        return "GNU screen drops OSC 52 (run churn-tui outside screen, or install a clipboard tool)"
    return None


def _system_copy(text: str) -> bool:
    try:
        import pyperclip

        pyperclip.copy(text)
        return True
    except Exception:  # no xclip/wl-copy/pbcopy here
        return False


def send_to_clipboard(app: App, text: str, env: Mapping[str, str] = os.environ) -> CopyRoute:
    """Send ``text`` by OSC 52 and the system tool; say which can have taken it."""
    app.copy_to_clipboard(text)  # keeps app.clipboard and writes OSC 52
    system = _system_copy(text)
    blocked = osc52_blocked(env)
    if system:
        return CopyRoute(True, "copied to the system clipboard")
    if blocked is None:
        return CopyRoute(True, "sent to the terminal's clipboard (OSC 52; a terminal that ignores it, like GNOME Terminal, drops it)")
    return CopyRoute(False, f"Not copied: {blocked}; and {NO_TOOL}.")


def copy_text(app: App, text: str, what: str) -> None:
    """Copy ``text`` and say truthfully where it went; where it cannot arrive, show it to copy by hand."""
    route = send_to_clipboard(app, text)
    if route.arrived:
        shown = text if len(text) <= 120 else text[:119] + "…"  # notify draws it inert
        app.notify(f"{what} {route.said} ({len(text)} chars):\n{shown}", title="Copied")
        return
    from tui.app.screens.copy_fallback import CopyFallback

    app.push_screen(CopyFallback(text, route.said))


def best_source(sources: list[dict[str, Any]], person: str | None) -> int:
    """The index of the source that speaks of ``person`` most narrowly: the shortest quote that
    names them (a sentence about them alone before a list of several), else the newest."""
    naming = [i for i, s in enumerate(sources) if person and person in str(s.get("quote") or "")]
    if not naming:
        return 0
    return min(naming, key=lambda i: (len(str(sources[i]["quote"])), i))


_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,12}\]")


def cited_path(path: str) -> str:
    """A source's path as a reader can follow it: as given to ingest, except that the bundled
    articles are named from the bundle (data/articles/…), not from where Python installed them."""
    from tui.resources import data_dir

    bundle = data_dir().parent
    try:
        return Path(path).resolve().relative_to(bundle.resolve()).as_posix()
    except (ValueError, OSError):
        return path


def citation(source: dict[str, Any]) -> str:
    """「quote」 — title (else the file's name), author, date, URL, file: what a footnote needs.
    Footnote markers ([^1]) are left out of the quote."""
    published = source.get("published")
    if isinstance(published, date):
        published = published.isoformat()
    file = cited_path(str(source.get("file") or ""))
    title = source.get("title") or (Path(file).name if file else None)
    parts = [p for p in (title, source.get("author"), published, source.get("url"), file) if p]
    quote = _FOOTNOTE.sub("", str(source["quote"]))
    return f"「{quote}」 — " + ", ".join(str(p) for p in parts)
