"""The reading room: files to Articles (decoded text, front matter, publication date, identity).

Knows nothing of extraction, storage or the app.
"""

from tui.read.article import SUFFIXES, content_hash, read_article
from tui.read.discover import discover
from tui.read.errors import ReadError

__all__ = ["SUFFIXES", "ReadError", "content_hash", "discover", "read_article"]
