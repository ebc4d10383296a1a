"""A write the disk refused, told apart from every other failure.

DuckDB and Polars report a full disk inside their own error types, with the system's words in
the message ("Could not write file …: No space left on device", "File too large (os error 27)"),
so the words are what is matched; the errno is used where there is one.
"""

from __future__ import annotations

import errno
import os

# no room (a full disk, a quota, a file size limit) or no right to write (a read-only mount)
_REFUSALS = {code: os.strerror(code) for code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS)}


def disk_refusal(exc: BaseException) -> str | None:
    """The system's reason when ``exc`` is a write the disk refused, else None."""
    code = getattr(exc, "errno", None)
    if code in _REFUSALS:
        return _REFUSALS[code]
    text = str(exc).lower()
    return next((reason for reason in _REFUSALS.values() if reason.lower() in text), None)
