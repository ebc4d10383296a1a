"""The store room: a DuckDB file with articles, claims (with quote offsets), merged events,
people and companies. The only room that speaks SQL; it knows the reading and extraction rooms
only through the records in tui.model."""

from tui.store.database import ctrl_c_as_keyboard_interrupt, open_database
from tui.store.errors import StoreBusy, StoreDamaged, StoreError, StoreWriteFailed, store_error
from tui.store.filters import Filters
from tui.store.queries import QueryError, QueryLibrary
from tui.store.reader import FEED_SORTS, Reader
from tui.store.writer import NEW, UNCHANGED, UPDATED, WriteResult, Writer

__all__ = [
    "FEED_SORTS",
    "NEW",
    "UNCHANGED",
    "UPDATED",
    "Filters",
    "QueryError",
    "QueryLibrary",
    "Reader",
    "StoreBusy",
    "StoreDamaged",
    "StoreError",
    "StoreWriteFailed",
    "WriteResult",
    "Writer",
    "ctrl_c_as_keyboard_interrupt",
    "open_database",
    "store_error",
]
