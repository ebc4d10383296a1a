"""The extraction room: pure functions from (article text, publication date) to events with the
offsets of their quotes. Knows nothing of files, storage or the app."""

from tui.extract.extractor import extract_events
from tui.extract.gazetteer import Gazetteer, build_gazetteer, load_gazetteer

__all__ = ["Gazetteer", "build_gazetteer", "extract_events", "load_gazetteer"]
