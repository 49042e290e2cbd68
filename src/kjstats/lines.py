"""Joining the lines of structured documents (HTML, DOCX, PDF) back into paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["FULL_STOP", "LATIN_STOP", "joiner", "join_lines", "tidy_lines"]

# A Latin full stop after a Chinese character, a % or a closing bracket ends a sentence (text
# typed or converted with "." for 。: 增长25.6%.其中); between digits it is a decimal point.
# (The look-behind after the stop: the engine skips to the next "." instead of trying the
# pattern at every position.)
LATIN_STOP = r"\.(?<=[\u4e00-\u9fff%）)]\.)(?=[\s\u4e00-\u9fff(]|$)"
# The full stop of a sentence, 。 or its Latin stand-in: what no headline or table cell holds.
FULL_STOP = re.compile("。|" + LATIN_STOP)

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
