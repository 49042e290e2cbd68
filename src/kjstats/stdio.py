"""Standard output as kjstats writes it: UTF-8 whatever the locale, every byte or a
BrokenPipeError, an output that was closed when the process started, the flush at exit.

Library code: no click.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable

__all__ = [
    "ClosedStdout",
    "write_all",
    "byte_writer",
    "utf8_out",
    "write_page",
    "to_devnull",
    "flush_stdout",
    "headed",
    "write_texts",
    "write_marked",
    "gone",
]


class _ClosedBinary(io.RawIOBase):
    """The binary side of a standard output that was closed when kjstats started (>&-)."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


class ClosedStdout(io.TextIOBase):
    """sys.stdout when the process started with it closed (Python makes it None): writing
    fails with an OSError, reported as any output failure is (one line, status 1)."""

    encoding = "utf-8"

    def __init__(self) -> None:
        super().__init__()
        self.buffer = _ClosedBinary()

    def writable(self) -> bool:
        return True

    def write(self, s) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


def write_all(buffer, data: bytes) -> None:
    """Write every byte to a binary stream. A big write into a pipe whose reader has gone can
    come back short without an error (CPython's BufferedWriter reports the count); writing
    the rest then raises BrokenPipeError, as it should."""
    view = memoryview(data)
    while view:
        n = buffer.write(view)
        view = view[n if n is not None else 0 :]


def byte_writer() -> tuple[Callable[[bytes], object], Callable[[], object]]:
    """(write, flush) of UTF-8 bytes to stdout, after what its text side holds: its binary
    buffer, or for a replaced sys.stdout without one (a test's capture) the text decoded."""
    out = sys.stdout
    out.flush()
    target = getattr(out, "buffer", None)
    if target is None:
        return (lambda data: out.write(data.decode("utf-8"))), (lambda: None)
    return (lambda data: write_all(target, data)), target.flush


def utf8_out(data: str) -> None:
    """Write text to stdout as UTF-8 whatever the locale (like `kjstats text`)."""
    out = sys.stdout
    out.flush()
    target = getattr(out, "buffer", None)
    if target is None:  # a replaced sys.stdout
        out.write(data)
        return
    write_all(target, data.encode("utf-8", "replace"))
    target.flush()


def write_page(page: str, target: str | None) -> None:
    """A whole page (HTML) to the file target, or to stdout when target is None."""
    if target is None:
        utf8_out(page)
        return
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(page)


def to_devnull() -> None:
    """Point stdout's descriptor at devnull (its reader went away: a final flush cannot fail)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def flush_stdout() -> str | None:
    """What stdout still holds goes out now, where a failure can be told (a full disk, a
    closed pipe): at exit Python would print a traceback and end with status 120. Returns why
    it could not (a closed pipe is no failure), else None."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        to_devnull()
    except (OSError, ValueError) as e:
        to_devnull()
        return getattr(e, "strerror", None) or str(e)
    return None


def headed(paths) -> bool:
    """Whether the documents of paths are each headed "==> NAME <==": several, or a directory."""
    return len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)


def write_texts(documents, heads: bool, on_terminal: bool) -> None:
    """Each (name, text) to stdout as UTF-8, headed "==> NAME <==" when heads, flushed one by
    one. On a terminal a document's control characters are shown, not obeyed (one for one, so
    offsets hold); into a file or a pipe the text goes as it is."""
    from .highlight import visible

    shown = visible if on_terminal else str
    write, flush = byte_writer()
    for name, body in documents:
        if heads:
            write(f"==> {visible(name)} <==\n".encode("utf-8", "replace"))
        if body:
            write(shown(body if body.endswith("\n") else body + "\n").encode("utf-8", "replace"))
        flush()


def write_marked(documents, heads: bool, listing: str) -> None:
    """Each (name, text, records) to stdout with its figures marked 【like this】¹
    (highlight.mark_plain), its control characters shown as symbols, never obeyed."""
    from .highlight import mark_plain, visible

    for name, body, records in documents:
        page = mark_plain(body, records, listing=listing)
        page = (f"==> {name} <==\n" if heads else "") + page
        utf8_out(visible(page + ("" if not page or page.endswith("\n") else "\n")))


def gone() -> None:
    """The reader of stdout went away: what is left cannot be written, and must not be tried
    (a final flush at exit would raise again; openpyxl's writers that finish their output when
    they are collected would print "Exception ignored" notes)."""
    sys.unraisablehook = lambda unraisable: None
    to_devnull()
