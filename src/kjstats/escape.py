"""Text made safe for one line of a terminal or an error stream.

A file name can hold a newline (which would forge a second error line), terminal escape
sequences, bidirectional overrides, or bytes that are not UTF-8 (which Python keeps as lone
surrogates, U+DC80-U+DCFF, and which no UTF-8 stream can print). printable() writes each
of them as a visible escape; everything else, Chinese included, is left as it is.

Library code: used by the readers (ReadError messages, and encodable() for document names)
and by the CLI's error lines.
"""

from __future__ import annotations

import re

__all__ = ["printable", "encodable"]

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional
# embeddings, overrides and isolates, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    ch = match.group()
    cp = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if 0xDC80 <= cp <= 0xDCFF:  # an undecodable byte of a file name (os's surrogateescape)
        return f"\\x{cp - 0xDC00:02x}"
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


def printable(text: str) -> str:
    """``text`` with control characters, separators, bidi controls and undecodable bytes
    escaped (``\\n``, ``\\x1b``, ``\\xff``, ``\\u202e``): one line, safe to print. Applying it
    twice gives the same as once."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def encodable(text: str) -> str:
    """``text`` with only its undecodable bytes (lone surrogates) escaped: what a document
    name keeps of its file name, so that every output format can hold it."""
    return _SURROGATES.sub(_escape, text) if _SURROGATES.search(text) else text
