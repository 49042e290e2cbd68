"""Plain text: decoding a report's bytes, whole files, large files in pieces, standard input.

The encoding is an explicit one, else a byte-order mark, else strict UTF-8, else GB18030; the
text is returned as decoded (only line ends and a leading BOM are normalised), so every offset
refers to it. Every check that can refuse an input (unknown codec, undecodable, binary) runs
before any text is returned.

Library code: no click, no rich.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, Final, NamedTuple

from . import sources
from .sources import ReadError, error, file_blocks, os_error, read_file

__all__ = ["decode_bytes", "read_text_file", "iter_text_chunks", "read_stdin", "STDIN_LIMIT"]

# Standard input cannot be read twice, so it is held in memory: past this it is refused
# (a file given by name has no such limit, a large one is read in pieces).
STDIN_LIMIT = 256 << 20

# UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls and DEL, minus the ones real text files contain
# (tab, LF, VT, FF as a page break, CR, and SUB as a DOS end-of-file mark).
_CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\x0b\x0c\r\x1a")
_DROP_CONTROLS = dict.fromkeys(_CONTROL_BYTES)  # str.translate table deleting them
_BINARY_SHARE = 0.10  # more control characters than this and it is not a report


def sniff_bom(head: bytes) -> tuple[str | None, int]:
    """Codec and BOM length if `head` starts with a byte-order mark."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    return None, 0


def _lookup_codec(encoding: str, name: str) -> str:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise error(name, f"unknown encoding {encoding!r}") from None
    # bytes-to-bytes codecs ("base64", "zlib") are registered too; bytes.decode refuses them
    if not is_text_codec(info.name):
        raise error(name, f"unknown encoding {encoding!r} (not a text encoding)")
    return info.name


def is_text_codec(name: str) -> bool:
    """Whether a registered codec turns bytes into text (not base64 or zlib): asked of
    str.encode and bytes.decode themselves, which refuse the others with LookupError."""
    try:
        "".encode(name)
        b"".decode(name)
    except LookupError:
        return False
    return True


def _is_binary_share(n_control: int, n_total: int) -> bool:
    return n_total > 0 and n_control > _BINARY_SHARE * n_total


def _binary_error(name: str) -> ReadError:
    return error(name, "binary file, not a report")


class _Plan(NamedTuple):
    """How to decode one input: the codec and how many BOM bytes to skip."""

    codec: str
    skip: int = 0


Blocks = Callable[[], Iterator[bytes]]


def _skip_bytes(blocks: Iterable[bytes], skip: int) -> Iterator[bytes]:
    for block in blocks:
        if skip:
            cut = min(skip, len(block))
            block, skip = block[cut:], skip - cut
        if block:
            yield block


def _decode_blocks(blocks: Iterable[bytes], plan: _Plan) -> Iterator[str]:
    """Strict incremental decoding; UnicodeDecodeError propagates to the caller."""
    decoder = codecs.getincrementaldecoder(plan.codec)("strict")
    for block in _skip_bytes(blocks, plan.skip):
        text = decoder.decode(block)
        if text:
            yield text
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def _validate_codec(open_blocks: Blocks, plan: _Plan, name: str, label: str) -> None:
    """Decode everything once (discarding it) so errors surface before any text is used.

    Also rejects binary content judged on the decoded characters, which is the only
    sound test for UTF-16/32 (their bytes are full of NULs).
    """
    n_chars = n_control = 0
    try:
        for text in _decode_blocks(open_blocks(), plan):
            if "\x00" in text:
                raise _binary_error(name)
            n_chars += len(text)
            n_control += len(text) - len(text.translate(_DROP_CONTROLS))
    except UnicodeError:  # UnicodeDecodeError, or e.g. UTF-16 without a BOM
        raise error(name, f"cannot decode as {label}") from None
    if _is_binary_share(n_control, n_chars):
        raise _binary_error(name)


def _head(open_blocks: Blocks, size: int = 4) -> bytes:
    """The first `size` bytes (enough for any BOM), closing the source afterwards."""
    head = b""
    blocks = open_blocks()
    try:
        for block in blocks:
            head += block[: size - len(head)]
            if len(head) >= size:
                break
    finally:
        getattr(blocks, "close", lambda: None)()
    return head


def _scan_auto(open_blocks: Blocks) -> tuple[bool, bool]:
    """One pass over the raw bytes: (looks binary, is valid UTF-8). A NUL byte ends the
    scan at once: without a BOM no report holds one (and /proc/kcore need not be read)."""
    n_bytes = n_control = 0
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8_ok = True
    blocks = open_blocks()
    try:
        for block in blocks:
            if b"\x00" in block:
                return True, False
            n_bytes += len(block)
            n_control += len(block) - len(block.translate(None, _CONTROL_BYTES))
            if utf8_ok:
                try:
                    decoder.decode(block)
                except UnicodeDecodeError:
                    utf8_ok = False
    finally:
        getattr(blocks, "close", lambda: None)()
    if utf8_ok:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_ok = False
    return _is_binary_share(n_control, n_bytes), utf8_ok


def _plan_decoding(open_blocks: Blocks, encoding: str | None, name: str) -> _Plan:
    """Choose the codec: explicit encoding, else BOM, else strict UTF-8, else GB18030.

    `open_blocks` returns a fresh iterator over the input's bytes each time it is
    called, so a file can be scanned without holding it in memory.
    """
    if encoding:
        plan = _Plan(_lookup_codec(encoding, name))
        _validate_codec(open_blocks, plan, name, encoding)
        return plan
    codec, skip = sniff_bom(_head(open_blocks))
    if codec:
        plan = _Plan(codec, skip)
        _validate_codec(open_blocks, plan, name, f"{codec.upper()} (it has a {codec.upper()} byte-order mark)")
        return plan
    looks_binary, utf8_ok = _scan_auto(open_blocks)
    if looks_binary:
        raise _binary_error(name)
    if utf8_ok:
        return _Plan("utf-8")
    plan = _Plan("gb18030")  # superset of GBK and GB2312
    try:
        _validate_codec(open_blocks, plan, name, "GB18030")
    except ReadError:
        raise error(name, "cannot decode as UTF-8 or GB18030 (use --encoding)") from None
    return plan


def _normalise_pieces(pieces: Iterable[str]) -> Iterator[str]:
    """CRLF and lone CR -> LF, and one leading BOM character dropped, across piece edges: a
    CR at the end of a piece is held back, as only the next piece tells whether it is half
    of a CRLF."""
    carry = ""
    first = True
    for piece in pieces:
        piece = carry + piece
        carry = ""
        if first and piece:
            piece = piece.removeprefix("\ufeff")
            first = False
        if piece.endswith("\r"):
            piece, carry = piece[:-1], "\r"
        if piece:
            yield piece.replace("\r\n", "\n").replace("\r", "\n")
    if carry:
        yield "\n"


def _changed(name: str) -> ReadError:
    return error(name, "changed while it was being read")


def _iter_decoded(open_blocks: Blocks, encoding: str | None, name: str) -> Iterator[str]:
    """Validated, decoded, newline-normalised text pieces of a source read twice."""
    plan = _plan_decoding(open_blocks, encoding, name)

    def decoded() -> Iterator[str]:
        try:
            yield from _normalise_pieces(_decode_blocks(open_blocks(), plan))
        except UnicodeError:  # validated above: only a file rewritten in between gets here
            raise _changed(name) from None

    return decoded()


def _memory_blocks(data) -> Blocks:
    view = memoryview(data).cast("B")

    def blocks() -> Iterator[bytes]:
        step = sources.BLOCK_BYTES
        for i in range(0, len(view), step):
            yield bytes(view[i : i + step])

    return blocks


def decode_bytes(data: bytes | bytearray | memoryview, encoding: str | None = None, name: str = "<bytes>") -> str:
    """Decode a report's bytes: `encoding` if given, else BOM, UTF-8, GB18030.

    Raises ReadError for an unknown encoding name, undecodable or binary data.
    An empty input gives "".
    """
    return "".join(_decoded_pieces(data, encoding, name))


def _decoded_pieces(data, encoding: str | None, name: str) -> list[str]:
    """The text of `data` in pieces of about a block each. Decoded block by block and joined
    once, the text costs twice its size at most: CPython's decoders, given 20 MB at once,
    build their result in a buffer as long as the input in the widest character kind seen,
    about three times the input at its peak."""
    blocks = _memory_blocks(data)
    plan = _plan_decoding(blocks, encoding, name)
    try:
        return list(_normalise_pieces(_decode_blocks(blocks(), plan)))
    except UnicodeError:  # validated above: only bytes changed by another thread get here
        raise _changed(name) from None


def read_text_file(path: str, encoding: str | None = None) -> str:
    """The decoded text of a plain-text report (see decode_bytes)."""
    name = os.fspath(path)
    pieces = _decoded_pieces(read_file(name), encoding, name)  # the bytes are gone before the join
    return "".join(pieces)


# ---------------------------------------------------------------------------
# Large files in pieces

# Where a piece may end, best first: after a blank line (in the window's second half), after
# a line break, after a sentence, in a stretch without figures, between two characters that
# are not part of a number. A line break is not taken when one of the next lines is a table
# row ("a | b"): the table and the title line above it stay in one piece.
_ROW_CHARS = ("|", "｜")
_TABLE_LOOKAHEAD = 3  # lines after a cut that must not be table rows (a table's title is up to 2 above it)
_SENTENCE_END = re.compile("[。！？；!?;]")
_NUMBER_CHARS = "0-9０-９零〇一二两三四五六七八九十百千万亿兆点.．,，%％‰~～\\-－—–+＋"
# No number within 8 characters before the cut (a unit such as 个百分点 follows its number)
# nor 4 after it (a qualifier such as 超过 comes before one).
_QUIET_RUN, _QUIET_BEFORE = 12, 8
_QUIET = re.compile(f"[^{_NUMBER_CHARS}\n]{{{_QUIET_RUN}}}")
_NOT_IN_NUMBER = re.compile(f"(?<=[^{_NUMBER_CHARS}])(?=[^{_NUMBER_CHARS}])")


def iter_text_chunks(path: str, encoding: str | None = None, chunk_chars: int = 1_000_000) -> Iterator[tuple[int, str]]:
    """Yield (global character offset, text) pieces of a large plain-text file.

    Pieces concatenate to exactly read_text_file(path), none longer than chunk_chars, and a
    cut never falls inside a figure or a table (see _chunk_cut). The file is read twice
    (validate, then decode) so that an encoding error is raised before the first piece, as
    read_text_file would.
    """
    if chunk_chars < 1:
        raise ValueError("chunk_chars must be positive")
    name = os.fspath(path)
    pieces = _iter_decoded(file_blocks(name), encoding, name)
    offset = 0
    buffer = ""
    for piece in pieces:
        buffer += piece
        # one character past the window must be known: it decides whether a cut is safe
        while len(buffer) > chunk_chars:
            cut = _chunk_cut(buffer, chunk_chars)
            yield offset, buffer[:cut]
            offset += cut
            buffer = buffer[cut:]
    if buffer:
        yield offset, buffer


def iter_string_chunks(text: str, chunk_chars: int = 1_000_000) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a long text held in memory, cut as iter_text_chunks cuts a file."""
    if chunk_chars < 1:
        raise ValueError("chunk_chars must be positive")
    offset = 0
    while len(text) - offset > chunk_chars:
        # the cut looks a few lines past the window (a table starting there stays whole)
        window = text[offset : offset + chunk_chars + _LOOKAHEAD_CHARS]
        cut = _chunk_cut(window, chunk_chars)
        yield offset, window[:cut]
        offset += cut
    if offset < len(text):
        yield offset, text[offset:]


_LOOKAHEAD_CHARS: Final = 4096


def _before_table(buffer: str, start: int) -> bool:
    """Is a table row among the lines that start at `start`?"""
    end = start
    for _ in range(_TABLE_LOOKAHEAD):
        end = buffer.find("\n", end + 1)
        if end < 0:
            end = len(buffer)
            break
    return any(buffer.find(c, start, end) >= 0 for c in _ROW_CHARS)


def _line_cut(buffer: str, lo: int, hi: int, pattern: str) -> int:
    """The last `pattern` ("\\n\\n" or "\\n") in [lo, hi) after which no table starts, as a cut."""
    pos = buffer.rfind(pattern, lo, hi)
    while pos >= 0:
        cut = pos + len(pattern)
        if not _before_table(buffer, cut):
            return cut
        pos = buffer.rfind(pattern, lo, pos)
    return 0


def _last_match(pattern: re.Pattern, buffer: str, lo: int, hi: int) -> re.Match | None:
    last = None
    for last in pattern.finditer(buffer, lo, hi):  # noqa: B007 - the last one is wanted
        pass
    return last


def _chunk_cut(buffer: str, chunk_chars: int) -> int:
    """Where the piece at the start of `buffer` ends: an index in [1, chunk_chars], buffer
    being longer than chunk_chars (so the character after any cut is known)."""
    cut = _line_cut(buffer, chunk_chars // 2, chunk_chars, "\n\n") or _line_cut(buffer, 0, chunk_chars, "\n")
    if cut:
        return cut
    newline = buffer.rfind("\n", 0, chunk_chars)
    if newline >= 0:  # a window of table rows only: cut between two rows
        return newline + 1
    sentence = _last_match(_SENTENCE_END, buffer, 0, chunk_chars)
    if sentence:
        return sentence.end()
    quiet = _last_match(_QUIET, buffer, 0, chunk_chars + _QUIET_RUN - _QUIET_BEFORE)
    if quiet:
        return quiet.start() + _QUIET_BEFORE
    gap = _last_match(_NOT_IN_NUMBER, buffer, 1, chunk_chars + 1)
    return gap.start() if gap else chunk_chars


# ---------------------------------------------------------------------------
# Standard input


def read_stdin(encoding: str | None = None, stream: BinaryIO | None = None, limit: int | None = None) -> str:
    """Decode a report piped on standard input (or read from `stream`): at most `limit`
    bytes (STDIN_LIMIT), more is refused."""
    source = stream if stream is not None else sys.stdin.buffer
    limit = STDIN_LIMIT if limit is None else limit
    data = bytearray()
    try:
        while len(data) <= limit:
            block = source.read(min(sources.BLOCK_BYTES, limit + 1 - len(data)))
            if not block:
                break
            data += block
    except OSError as exc:
        raise os_error("<stdin>", exc) from None
    if len(data) > limit:
        raise error(
            "<stdin>",
            f"more than {_size(limit)} on standard input: save it to a file and give the file's name",
        )
    pieces = _decoded_pieces(data, encoding, "<stdin>")
    del data  # the bytes go before the pieces are joined: at most the text twice is held
    return "".join(pieces)


def _size(n: int) -> str:
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n} bytes"
