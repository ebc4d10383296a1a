"""The app room: the Textual explorer. It asks the store's Reader, never builds SQL."""

from tui.app.app import ChurnApp, run

__all__ = ["ChurnApp", "run"]
