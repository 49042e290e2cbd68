"""Where every reader gets its bytes: ReadError, and the one place a report is opened.

A report given by name is read only if it is a regular file: a FIFO would block until some
writer came, a device (/dev/zero, /dev/urandom, /dev/stdin) can be endless, so they are
refused before they are opened (standard input is read when "-" is given). A regular file is
read up to the size it had when it was opened, so a file that grows while it is read (a log,
or kjstats's own output) cannot keep the reader going.

Library code: no click, no rich.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable, Iterator
from typing import BinaryIO

from .escape import printable
from .extras import install_hint

__all__ = ["ReadError", "error", "os_error", "open_file", "read_file", "file_blocks", "require", "BLOCK_BYTES"]

BLOCK_BYTES = 1 << 20  # read granularity of the block sources
_ZERO_SIZE_READ = 1 << 20  # a regular file of size 0 can still hold text (/proc): this much is read

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class ReadError(Exception):
    """An input could not be turned into text; the message is one line naming it."""


def error(name: str, why: str) -> ReadError:
    # Third-party messages can span lines, names can hold anything: the CLI prints one line
    # per failed input, and what it prints must not drive the terminal.
    return ReadError(printable(f"{name}: {' '.join(str(why).split())}"))


def os_error(name: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        return error(name, "no such file")
    if isinstance(exc, IsADirectoryError):
        return error(name, "is a directory, not a file")
    if isinstance(exc, PermissionError):
        return error(name, "permission denied")
    return error(name, exc.strerror or str(exc))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _not_regular(name: str, mode: int) -> ReadError:
    if stat.S_ISDIR(mode):
        return error(name, "is a directory, not a file")
    return error(name, f"{_kind(mode)}, not a regular file (give - to read standard input)")


def _opener(path: str, flags: int) -> int:
    # Non-blocking, so that a name swapped for a FIFO after the check cannot hang the open.
    return os.open(path, flags | _O_NONBLOCK)


def open_file(path: str) -> tuple[BinaryIO, int]:
    """The open regular file ``path`` and its size; ReadError (one line) otherwise."""
    name = os.fspath(path)
    try:
        mode = os.stat(name).st_mode
    except OSError as exc:
        raise os_error(name, exc) from None
    if not stat.S_ISREG(mode):
        raise _not_regular(name, mode)
    try:
        fh = open(name, "rb", opener=_opener)
    except OSError as exc:
        raise os_error(name, exc) from None
    try:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):  # replaced between the two looks
            raise _not_regular(name, info.st_mode)
        if _O_NONBLOCK:
            os.set_blocking(fh.fileno(), True)
    except BaseException:
        fh.close()
        raise
    return fh, info.st_size


def _limit(size: int) -> int:
    return size if size > 0 else _ZERO_SIZE_READ


def read_file(path: str) -> bytes:
    """The bytes of the regular file ``path``, as long as it was when opened."""
    name = os.fspath(path)
    fh, size = open_file(name)
    with fh:
        try:
            return fh.read(_limit(size))
        except OSError as exc:
            raise os_error(name, exc) from None


def file_blocks(path: str) -> Callable[[], Iterator[bytes]]:
    """A re-openable block source for one file: each call reads it from the start, each
    time no further than the size it had when first opened."""
    name = os.fspath(path)
    first: list[int] = []

    def blocks() -> Iterator[bytes]:
        fh, size = open_file(name)
        if not first:
            first.append(_limit(size))
        left = first[0]
        with fh:
            while left > 0:
                try:
                    block = fh.read(min(BLOCK_BYTES, left))
                except OSError as exc:
                    raise os_error(name, exc) from None
                if not block:
                    return
                left -= len(block)
                yield block

    return blocks


_PIP_NAMES = {"docx": "python-docx", "pdfplumber": "pdfplumber", "pypdf": "pypdf"}


def require(module: str, extra: str, name: str):
    """Import an optional dependency, or explain how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        suffix = os.path.splitext(name)[1].lower() or f".{extra}"
        raise error(name, f"reading {suffix} needs {_PIP_NAMES[module]}: {install_hint(_PIP_NAMES[module])}") from None
