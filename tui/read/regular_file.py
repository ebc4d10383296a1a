"""The bytes of a regular file, and nothing else: no devices, pipes, sockets or system files.

A folder of articles may hold links to ``/dev/zero`` (endless), a FIFO named ``pipe.md`` (opening
it waits for a writer for ever) or ``/proc/self/environ`` (the environment, not an article).
The kind is checked before the file is opened, opening never waits, and the size limit holds on
what is read, whatever ``stat`` said.
"""

from __future__ import annotations

import os
import stat

from tui.read.errors import ReadError

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def _pseudo_devices() -> frozenset[int]:
    """The devices of the kernel's pseudo file systems: their files are regular to ``stat``, but
    they are the system's state (the environment, memory maps), never an article."""
    found = set()
    for root in ("/proc", "/sys"):
        try:
            found.add(os.stat(root).st_dev)
        except OSError:
            pass
    return frozenset(found)


_PSEUDO = _pseudo_devices()


def not_regular(path: str, st: os.stat_result) -> str | None:
    """Why ``path`` (with its ``stat``) is not an article file, or None when it may be read."""
    if stat.S_ISREG(st.st_mode):
        if st.st_dev in _PSEUDO:
            return f"{_target(path)}a system file (/proc, /sys), not an article; skipped"
        return None
    kind = next((what for test, what in _KINDS if test(st.st_mode)), "a special file")
    return f"{_target(path)}{kind}, not a regular file; skipped"


def _target(path: str) -> str:
    # a link is named with where it leads: "links to /dev/zero, a character device"
    if os.path.islink(path):
        return f"links to {os.path.realpath(path)}, "
    return "is "


def read_regular(path: str, limit: int) -> bytes:
    """Read ``path`` whole if it is a regular file of at most ``limit`` bytes; else ReadError."""
    try:
        st = os.stat(path)
        reason = not_regular(path, st)
        if reason:
            raise ReadError(path, reason)
        if st.st_size > limit:
            raise ReadError(path, _too_large(f"{st.st_size / 1048576:.1f} MB", limit))
        # O_NONBLOCK: should the file have become a FIFO since the check, opening it does not wait
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            st = os.fstat(fd)
            reason = not_regular(path, st)
            if reason:
                raise ReadError(path, reason)
            data = _read_at_most(fd, limit, expected=st.st_size)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise ReadError(path, "file not found (missing, or removed during the run)") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror or exc}") from None
    if data is None:  # the file grew past the limit while it was read
        raise ReadError(path, _too_large(f"more than {limit / 1048576:.0f} MB", limit))
    return data


def _read_at_most(fd: int, limit: int, *, expected: int) -> bytes | None:
    """The file's bytes, or None once more than ``limit`` were read. The first read asks for the
    size stat gave (a buffer of ``limit`` bytes for every file would cost more than the reading);
    the next ones find the end, or what was added meanwhile."""
    chunks: list[bytes] = []
    total = 0
    want = min(expected, limit) + 1
    while chunk := os.read(fd, want):
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return None
        want = min(1 << 20, limit + 1 - total)
    return b"".join(chunks) if len(chunks) != 1 else chunks[0]


def _too_large(size: str, limit: int) -> str:
    return f"too large for one article ({size} > {limit / 1048576:.0f} MB); split it, or raise CHURN_TUI_MAX_MB"
