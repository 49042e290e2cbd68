"""Command-line inputs expanded into documents: files, folders searched recursively, stdin.

A folder is walked depth first in sorted order, without recursion (a folder thousands of
levels deep is walked like any other) and without following links to folders (so it cannot
loop). Hidden entries (".git", ".venv") and files without a report suffix are left out
silently, as the README says; every other entry that is not read is named with the reason:
an unreadable folder, a broken link or a link loop, a link to a folder, a named pipe or a
device with a report suffix. Each of these is one failure, and the walk goes on.

A document's name is its path with undecodable bytes escaped (escape.encodable: b"bad\\xff.txt"
is named "bad\\xff.txt"), so every output format can hold it; the path to read stays the one
the system gave. Error lines escape control characters too (escape.printable).

Library code: no click, no rich.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator

from .escape import encodable
from .sources import ReadError, error, os_error

__all__ = ["REPORT_SUFFIXES", "iter_inputs"]

REPORT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")

Input = tuple[str, "str | None", "ReadError | None"]


def iter_inputs(paths: Iterable[str], skip: Callable[[str], bool] | None = None) -> Iterator[Input]:
    """Expand command-line inputs into (doc name, path to read or None, error or None), lazily;
    a folder's files for which skip(path) is true are left out."""
    for given in paths:
        given = os.fsdecode(given)
        if given == "-":
            yield "-", "-", None
            continue
        try:
            info = os.stat(given)
        except ValueError:  # a NUL in the name (only possible through the API)
            yield encodable(given), None, error(given, "not a valid file name")
            continue
        except OSError as exc:
            yield encodable(given), None, _missing(given, exc)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _iter_directory(given, skip)
        else:  # a FIFO or a device is refused by the reader, with its one line
            yield encodable(given), given, None


def _missing(name: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        if os.path.lexists(name):
            return error(name, "broken symbolic link")
        return error(name, "no such file or directory")
    return os_error(name, exc)


def _iter_directory(top: str, skip: Callable[[str], bool] | None) -> Iterator[Input]:
    found = False
    for child, problem in _walk_reports(top, skip):
        found = True
        yield (encodable(child), None, problem) if problem else (encodable(child), child, None)
    if not found:
        yield encodable(top), None, error(top, "no .txt/.html/.htm/.docx/.pdf files in directory")


def _is_report(filename: str) -> bool:
    return filename.lower().endswith(REPORT_SUFFIXES)


def _listing(folder: str) -> list[os.DirEntry] | ReadError:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return os_error(folder, exc)


def _walk_reports(top: str, skip: Callable[[str], bool] | None) -> Iterator[tuple[str, ReadError | None]]:
    """(path, None) for each report file under `top`, (path, error) for each entry named as
    not read; sorted, depth first."""
    first = _listing(top)
    if isinstance(first, ReadError):
        yield top, first
        return
    stack = [iter(first)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        child = entry.path
        verdict = _verdict(entry)
        if verdict == "folder":
            listing = _listing(child)
            if isinstance(listing, ReadError):
                yield child, listing
            else:
                stack.append(iter(listing))
        elif verdict == "report":
            if not (skip and skip(child)):
                yield child, None
        elif verdict:
            yield child, error(child, f"{verdict}: skipped")


def _verdict(entry: os.DirEntry) -> str:
    """ "folder", "report", "" (left out silently) or why the entry is not read."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        link = entry.is_symlink()
        report = _is_report(entry.name)
        if not (report or link):
            return ""
        mode = os.stat(entry.path).st_mode if link else entry.stat(follow_symlinks=False).st_mode
    except FileNotFoundError:
        return "broken symbolic link" if report else ""
    except OSError as exc:
        if not _is_report(entry.name):
            return ""
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return " ".join((exc.strerror or str(exc)).split()) or type(exc).__name__
    if stat.S_ISDIR(mode):
        return "link to a folder, not followed"
    if not report:
        return ""
    if stat.S_ISREG(mode):
        return "report"
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"
