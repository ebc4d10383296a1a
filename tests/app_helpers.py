"""Driving the explorer in tests: wait for the state a test asserts, never for a length of time."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from rich.console import Console

from tui.app.widgets.table_pane import TablePane

# How long a test waits for a state before it fails: generous, since a busy machine is slow; a
# test that passes never waits this long, it goes on as soon as the state is there.
PATIENCE_S = 60.0


async def settle(app, pilot) -> None:
    """Wait until the screen answers the newest question: workers done, their messages handled."""
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.up_to_date:
            await pilot.pause()
            return
    raise AssertionError("the app never caught up")


async def settle_screen(pilot, screen_type: type) -> None:
    """Wait until a pushed screen of ``screen_type`` is on top and has shown what it loads."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, screen_type) and getattr(app.screen, "loaded", True), f"a loaded {screen_type.__name__}")
    await pilot.pause()


async def wait_until(pilot, condition: Callable[[], bool], what: str) -> None:
    """Wait until ``condition()`` holds (a screen pushed, a message handled)."""
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        if condition():
            return
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    raise AssertionError(f"never happened: {what}")


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press(ch)


def pane_keys(app, pane_id: str) -> list:
    return list(app.query_one(f"#{pane_id}", TablePane).keys)


def screen_text(app) -> str:
    """What the terminal shows, as plain lines (as Textual's own screenshot renders it)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True, color_system="truecolor", record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()
