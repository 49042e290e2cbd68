"""Joining the lines of structured documents (HTML, DOCX, PDF) back into paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["joiner", "join_lines", "tidy_lines"]

_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def joiner(left: str, right: str) -> str:
    """What replaces a line break between `left` and `right` inside a paragraph.

    Chinese does not put spaces between words, so a wrapped line joins with
    nothing ("25.9亿" + "元" -> "25.9亿元"); two Latin words/numbers keep a space.
    """
    # Only letters/digits on both sides: after punctuation ("E-mail:" + "x@y.com",
    # "25." + "9") a space would more often be wrong than right in these reports.
    if left and right and _ASCII_ALNUM.match(left[-1]) and _ASCII_ALNUM.match(right[0]):
        # a number wrapped between two of its digits ("出口交货值2" + "303亿元") is one number
        return "" if left[-1].isdigit() and right[0].isdigit() else " "
    return ""


def join_lines(lines: Iterable[str]) -> str:
    """The stripped, non-empty lines as one paragraph (see joiner)."""
    parts: list[str] = []
    last = ""
    for line in lines:
        line = line.strip()
        if line:
            if parts:
                parts.append(joiner(last, line))
            parts.append(line)
            last = line
    return "".join(parts)


def tidy_lines(lines: Iterable[str]) -> str:
    """Strip each line, collapse blank-line runs to one, trim blank lines at both ends."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
