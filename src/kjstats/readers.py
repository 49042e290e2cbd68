"""Turn an input (file, directory, stdin) into the text that extraction runs on.

Every extracted figure carries character offsets into the text returned here, so
each reader is deterministic: same bytes in, same string out.  Plain text is
returned as decoded (only line ends and a leading BOM are normalised); HTML, DOCX
and PDF are flattened to one paragraph (or one table row, "a | b | c") per line.

This module is library code: no click, no rich.  python-docx and pdfplumber are
optional extras and are imported only when a .docx / .pdf is actually read.
"""

from __future__ import annotations

import codecs
import importlib
import io
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from typing import BinaryIO, NamedTuple

__all__ = [
    "ReadError",
    "REPORT_SUFFIXES",
    "decode_bytes",
    "read_text_file",
    "read_html",
    "read_docx",
    "read_pdf",
    "read_path",
    "read_stdin",
    "iter_inputs",
    "iter_text_chunks",
]

REPORT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")


class ReadError(Exception):
    """An input could not be turned into text; the message is one line naming it."""


def _error(name: str, why: str) -> ReadError:
    # Third-party messages can span lines; the CLI prints one line per failed input.
    return ReadError(f"{name}: {' '.join(str(why).split())}")


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------

_BLOCK_BYTES = 1 << 20  # read/decoding granularity; bounds memory for huge files

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
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_BINARY_SHARE = 0.10  # more control characters than this and it is not a report


def _sniff_bom(head: bytes) -> tuple[str | None, int]:
    """Codec and BOM length if `head` starts with a byte-order mark."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    return None, 0


def _lookup_codec(encoding: str, name: str) -> str:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise _error(name, f"unknown encoding {encoding!r}") from None
    # bytes-to-bytes codecs ("base64", "zlib") are registered too; str.decode refuses them the same way
    if not getattr(info, "_is_text_encoding", True):
        raise _error(name, f"unknown encoding {encoding!r} (not a text encoding)")
    return info.name


def _is_binary_share(n_control: int, n_total: int) -> bool:
    return n_total > 0 and n_control > _BINARY_SHARE * n_total


def _binary_error(name: str) -> ReadError:
    return _error(name, "binary file, not a report")


class _Plan(NamedTuple):
    """How to decode one input: the codec and how many BOM bytes to skip."""

    codec: str
    skip: int = 0


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


def _validate_codec(open_blocks: Callable[[], Iterator[bytes]], plan: _Plan, name: str, label: str) -> None:
    """Decode everything once (discarding it) so errors surface before any text is used.

    Also rejects binary content judged on the decoded characters, which is the only
    sound test for UTF-16/32 (their bytes are full of NULs).
    """
    n_chars = n_control = 0
    try:
        for text in _decode_blocks(open_blocks(), plan):
            n_chars += len(text)
            n_control += len(_CONTROL_CHARS.findall(text))
            if "\x00" in text:
                raise _binary_error(name)
    except UnicodeError:  # UnicodeDecodeError, or e.g. UTF-16 without a BOM
        raise _error(name, f"cannot decode as {label}") from None
    if _is_binary_share(n_control, n_chars):
        raise _binary_error(name)


def _head(open_blocks: Callable[[], Iterator[bytes]], size: int = 4) -> bytes:
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


def _scan_auto(open_blocks: Callable[[], Iterator[bytes]]) -> tuple[bool, bool]:
    """One pass over the raw bytes: (looks binary, is valid UTF-8)."""
    n_bytes = n_control = 0
    has_nul = False
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8_ok = True
    for block in open_blocks():
        n_bytes += len(block)
        n_control += len(block) - len(block.translate(None, _CONTROL_BYTES))
        has_nul = has_nul or b"\x00" in block
        if utf8_ok:
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                utf8_ok = False
    if utf8_ok:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_ok = False
    return has_nul or _is_binary_share(n_control, n_bytes), utf8_ok


def _plan_decoding(open_blocks: Callable[[], Iterator[bytes]], encoding: str | None, name: str) -> _Plan:
    """Choose the codec: explicit encoding, else BOM, else strict UTF-8, else GB18030.

    `open_blocks` returns a fresh iterator over the input's bytes each time it is
    called, so a file can be scanned without holding it in memory.
    """
    if encoding:
        plan = _Plan(_lookup_codec(encoding, name))
        _validate_codec(open_blocks, plan, name, encoding)
        return plan
    codec, skip = _sniff_bom(_head(open_blocks))
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
        raise _error(name, "cannot decode as UTF-8 or GB18030 (use --encoding)") from None
    return plan


def _normalise_pieces(pieces: Iterable[str]) -> Iterator[str]:
    """CRLF and lone CR -> LF, and drop one leading BOM character, across piece edges.

    A CR at the end of a piece is held back: only the next piece tells whether it
    is half of a CRLF.
    """
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


def _iter_decoded(open_blocks: Callable[[], Iterator[bytes]], encoding: str | None, name: str) -> Iterator[str]:
    """Validated, decoded, newline-normalised text pieces: the one path all plain text takes."""
    plan = _plan_decoding(open_blocks, encoding, name)
    # Validation above proved the bytes decode, so this pass cannot fail half-way.
    return _normalise_pieces(_decode_blocks(open_blocks(), plan))


def decode_bytes(data: bytes, encoding: str | None = None, name: str = "<bytes>") -> str:
    """Decode a report's bytes: `encoding` if given, else BOM, UTF-8, GB18030.

    Raises ReadError for an unknown encoding name, undecodable or binary data.
    An empty input gives "".
    """
    data = bytes(data)
    return "".join(_iter_decoded(lambda: iter((data,)), encoding, name))


# ---------------------------------------------------------------------------
# Plain-text files
# ---------------------------------------------------------------------------


def _os_error(name: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        return _error(name, "no such file")
    if isinstance(exc, IsADirectoryError):
        return _error(name, "is a directory, not a file")
    if isinstance(exc, PermissionError):
        return _error(name, "permission denied")
    return _error(name, exc.strerror or str(exc))


def _open_binary(path: str) -> BinaryIO:
    name = os.fspath(path)
    if os.path.isdir(name):  # open() on a directory fails differently per OS
        raise _error(name, "is a directory, not a file")
    try:
        return open(name, "rb")
    except OSError as exc:
        raise _os_error(name, exc) from None


def _read_bytes(path: str) -> bytes:
    with _open_binary(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise _os_error(os.fspath(path), exc) from None


def _file_blocks(path: str) -> Callable[[], Iterator[bytes]]:
    """A re-openable block source for one file (each call reads it from the start)."""
    name = os.fspath(path)

    def blocks() -> Iterator[bytes]:
        with _open_binary(name) as fh:
            while True:
                try:
                    block = fh.read(_BLOCK_BYTES)
                except OSError as exc:
                    raise _os_error(name, exc) from None
                if not block:
                    return
                yield block

    return blocks


def read_text_file(path: str, encoding: str | None = None) -> str:
    """The decoded text of a plain-text report (see decode_bytes)."""
    return decode_bytes(_read_bytes(path), encoding, name=os.fspath(path))


def iter_text_chunks(path: str, encoding: str | None = None, chunk_chars: int = 1_000_000) -> Iterator[tuple[int, str]]:
    """Yield (global character offset, text) pieces of a large plain-text file.

    Pieces end at a "\\n" where one exists in the window, and concatenate to exactly
    read_text_file(path).  The file is read twice (validate, then decode) so that
    an encoding error is raised before the first piece, as read_text_file would.
    """
    if chunk_chars < 1:
        raise ValueError("chunk_chars must be positive")
    name = os.fspath(path)
    pieces = _iter_decoded(_file_blocks(name), encoding, name)
    offset = 0
    buffer = ""
    for piece in pieces:
        buffer += piece
        while len(buffer) >= chunk_chars:
            cut = _chunk_cut(buffer, chunk_chars)
            yield offset, buffer[:cut]
            offset += cut
            buffer = buffer[cut:]
    if buffer:
        yield offset, buffer


def _chunk_cut(buffer: str, chunk_chars: int) -> int:
    """Cut after the last blank line in the window's second half (a table or a list never
    spans one, so it is not cut in two), else just after the last newline within the
    window, else at the window's end."""
    blank = buffer.rfind("\n\n", chunk_chars // 2, chunk_chars)
    if blank >= 0:
        return blank + 2
    newline = buffer.rfind("\n", 0, chunk_chars)
    return newline + 1 if newline >= 0 else chunk_chars


def read_stdin(encoding: str | None = None, stream: BinaryIO | None = None) -> str:
    """Decode a report piped on standard input (or read from `stream`)."""
    source = stream if stream is not None else sys.stdin.buffer
    try:
        data = source.read()
    except OSError as exc:
        raise _os_error("<stdin>", exc) from None
    return decode_bytes(data, encoding, name="<stdin>")


# ---------------------------------------------------------------------------
# Line joining shared by HTML and PDF
# ---------------------------------------------------------------------------

_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def _joiner(left: str, right: str) -> str:
    """What replaces a line break between `left` and `right` inside a paragraph.

    Chinese does not put spaces between words, so a wrapped line joins with
    nothing ("25.9亿" + "元" -> "25.9亿元"); two Latin words/numbers keep a space.
    """
    # Only letters/digits on both sides: after punctuation ("E-mail:" + "x@y.com",
    # "25." + "9") a space would more often be wrong than right in these reports.
    if left and right and _ASCII_ALNUM.match(left[-1]) and _ASCII_ALNUM.match(right[0]):
        return " "
    return ""


def _join_lines(lines: Iterable[str]) -> str:
    out = ""
    for line in lines:
        line = line.strip()
        if line:
            out = out + _joiner(out, line) + line if out else line
    return out


def _tidy_lines(lines: Iterable[str]) -> str:
    """Strip each line, collapse blank-line runs to one, trim blank lines at both ends."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

# Dropped with all their content: code, metadata, and page chrome around the article.
_SKIP_TAGS = frozenset(
    "script style noscript template head title nav header footer aside form iframe svg "
    "object canvas select button".split()
)
# <header> inside the article is usually its title block, not site chrome.
_KEEP_HEADER_INSIDE = frozenset({"article", "main"})
# Never judged by class/id: a "has-sidebar" body or main would drop the whole page.
_NO_ATTR_SKIP = frozenset({"html", "body", "main", "article"})
_CHROME_WORDS = frozenset(
    "nav navbar navigation menu menus menubar breadcrumb breadcrumbs crumbs crumb footer "
    "copyright sidebar sidenav topnav subnav topbar".split()
)
_CHROME_ROLES = frozenset({"navigation", "menu", "menubar", "contentinfo", "complementary"})
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody tfoot caption section "
    "article main blockquote pre figure figcaption address center hr fieldset details summary".split()
)
# Start tags that implicitly close an open element of the given kind (HTML's optional end tags).
_IMPLIED_END = {
    "p": _BLOCK_TAGS,
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th", "tr"}),
    "th": frozenset({"td", "th", "tr"}),
    "tr": frozenset({"tr"}),
    "option": frozenset({"option"}),
    "head": frozenset({"body"}) | _BLOCK_TAGS,  # a missing </head> must not drop the page
}
# An end tag looks for its start tag no further out than these containers, so a stray
# </p> or </span> cannot close the block the text is in.
_SCOPE_STOP = frozenset({"table", "ul", "ol", "dl", "div", "body", "html", "section", "article", "td", "th"})
# A table cell this long, or holding several paragraphs of this much text, is page
# layout (old CMS pages put the whole article in a <td>), not a data cell.
_PROSE_CELL_CHARS = 200
_PROSE_PARAS_CHARS = 80
_WS = re.compile(r"[ \t\n\r\f\xa0]+")
_WS_WITH_BREAK = re.compile(r"[ \t\r\f\xa0]*\n[ \t\n\r\f\xa0]*")


def _attr_words(value: str | None) -> set[str]:
    return {w for w in re.split(r"[\s_\-]+", (value or "").lower()) if w}


def _is_chrome(tag: str, attrs: dict[str, str | None]) -> bool:
    """True for elements that are navigation, menus, footers etc. by id/class/role/hidden."""
    if "hidden" in attrs or re.search(r"display\s*:\s*none", attrs.get("style") or "", re.I):
        return True
    if tag in _NO_ATTR_SKIP:
        return False
    if (attrs.get("role") or "").lower() in _CHROME_ROLES:
        return True
    for key in ("id", "class"):
        for token in (attrs.get(key) or "").split():
            if _attr_words(token) & _CHROME_WORDS:
                return True
    return False


def _collapse_ws(raw: str) -> str:
    """HTML whitespace rules, with CJK-aware handling of source line breaks.

    A source newline next to a Chinese character is dropped (as CSS Text 3 does
    for East Asian text), so "25.9亿\\n元" in the markup stays one figure; any other
    run of whitespace becomes one space.
    """

    def on_break(m: re.Match) -> str:
        left = raw[m.start() - 1] if m.start() else ""
        right = raw[m.end()] if m.end() < len(raw) else ""
        return "" if left and right and (_is_wide(left) or _is_wide(right)) else " "

    return _WS.sub(" ", _WS_WITH_BREAK.sub(on_break, raw))


def _is_wide(ch: str) -> bool:
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF or cp >= 0x20000


class _Sink:
    """Collects rendered lines; the current line accumulates raw text until a break."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.raw: list[str] = []
        self.pre = False
        self.block_lines = 0  # lines ended by block elements (not <br>): paragraphs in a cell

    def text(self, data: str) -> None:
        if self.pre:  # <pre>: source newlines are real line breaks
            first, *rest = data.replace("\r\n", "\n").split("\n")
            self.raw.append(first)
            for part in rest:
                self.end_line(keep_empty=True)
                self.raw.append(part)
        else:
            self.raw.append(data)

    def end_line(self, keep_empty: bool = False, block: bool = False) -> None:
        raw = "".join(self.raw)
        self.raw = []
        line = raw.strip() if self.pre else _collapse_ws(raw).strip()
        if line or keep_empty:
            self.lines.append(line)
        if line and block:
            self.block_lines += 1

    def is_prose(self) -> bool:
        """Too much running text for a data cell: the table is page layout."""
        chars = sum(len(line) for line in self.lines)
        return chars > _PROSE_CELL_CHARS or (self.block_lines >= 2 and chars > _PROSE_PARAS_CHARS)

    def finish(self) -> list[str]:
        self.end_line()
        return self.lines


class _Table:
    """One open <table>: the row being built, as a list of cell sinks."""

    def __init__(self, parent: _Sink) -> None:
        self.parent = parent
        self.row: list[_Sink] | None = None
        self.cell: _Sink | None = None
        self.prose = False  # a cell of the current row holds prose or a nested table

    def start_row(self) -> None:
        self.end_row()
        self.row, self.cell, self.prose = [], None, False

    def start_cell(self, colspan: int) -> None:
        if self.row is None:
            self.start_row()
        assert self.row is not None
        self.cell = _Sink()
        self.row.append(self.cell)
        # Pad spanned columns so the cells of later rows stay aligned.
        self.row.extend(_Sink() for _ in range(max(0, min(colspan, 50) - 1)))

    def end_row(self) -> None:
        if self.row is None:
            return
        cells = [c.finish() for c in self.row]
        prose = self.prose or any(c.is_prose() for c in self.row)
        self.row, self.cell = None, None
        if prose:
            # A layout table wrapping the article: its cells are ordinary lines.
            self.parent.end_line()
            for lines in cells:
                self.parent.lines.extend(lines)
        else:
            texts = [_join_lines(lines) for lines in cells]
            if any(texts):
                self.parent.end_line()
                self.parent.lines.append(" | ".join(texts))


class _TextExtractor(HTMLParser):
    """Renders the visible main text of a page into lines (see read_html)."""

    def __init__(self, attr_skip: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.attr_skip = attr_skip
        self.root = _Sink()
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped?)
        self.dropped = 0  # how many open elements are being dropped
        self.tables: list[_Table] = []

    # -- where text goes -------------------------------------------------
    def _sink(self) -> _Sink:
        if not self.tables:
            return self.root
        table = self.tables[-1]
        # Text between rows/cells (a caption, stray markup) goes to the table's parent.
        return table.cell if table.cell is not None else table.parent

    def _break(self) -> None:
        self._sink().end_line(block=True)

    # -- element stack ---------------------------------------------------
    def _open_tags(self) -> list[str]:
        return [t for t, _ in self.stack]

    def _close_implied(self, tag: str) -> None:
        """A start tag closes open elements whose end tag HTML lets authors omit."""
        while self.stack and tag in _IMPLIED_END.get(self.stack[-1][0], ()):
            self._pop_until(self.stack[-1][0])

    def _pop_until(self, tag: str) -> None:
        """Close `tag` and every element opened inside it."""
        while self.stack:
            top, dropped = self.stack.pop()
            if not self.dropped:  # only rendered elements affect the output
                self._on_close(top)
            self.dropped -= dropped
            if top == tag:
                return

    def _on_close(self, tag: str) -> None:
        if tag in ("td", "th") and self.tables:
            self.tables[-1].cell = None
        elif tag == "tr" and self.tables:
            self.tables[-1].end_row()
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            table.end_row()
        elif tag == "pre":
            self._sink().end_line()
            self._sink().pre = False
        elif tag in _BLOCK_TAGS:
            self._break()

    def _drops(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag == "header" and _KEEP_HEADER_INSIDE.intersection(self._open_tags()):
            return False
        if tag in _SKIP_TAGS:
            return True
        return self.attr_skip and _is_chrome(tag, attrs)

    # -- HTMLParser callbacks -------------------------------------------
    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): v for k, v in attr_list}
        self._close_implied(tag)
        if tag in _VOID_TAGS:
            if not self.dropped and tag in ("br", "hr"):
                self._sink().end_line(keep_empty=tag == "br")
            return
        dropped = self._drops(tag, attrs)
        self.stack.append((tag, dropped))
        self.dropped += dropped
        if self.dropped:
            return
        self._on_open(tag, attrs)

    def _on_open(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "table":
            if self.tables and self.tables[-1].cell is not None:
                self.tables[-1].prose = True  # nested table: the outer one is layout
            self._break()
            self.tables.append(_Table(self._sink()))
        elif tag == "tr" and self.tables:
            self.tables[-1].start_row()
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].start_cell(_int_attr(attrs.get("colspan")))
        elif tag == "pre":
            self._break()
            self._sink().pre = True
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:  # "<div/>" opens nothing
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            if tag == "br" and not self.dropped:  # "</br>" is treated as <br> by browsers
                self._sink().end_line(keep_empty=True)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[i][0]
            if open_tag == tag:
                self._pop_until(tag)
                return
            if open_tag in _SCOPE_STOP and tag not in _SCOPE_STOP:
                return  # a stray end tag must not close the enclosing container
        # no matching open element: ignore the stray end tag

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self._sink().text(data)

    def result(self) -> str:
        """The rendered text, closing whatever the page left open."""
        while self.stack:
            self._pop_until(self.stack[-1][0])
        return _tidy_lines(self.root.finish())


def _int_attr(value: str | None) -> int:
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else 1


_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
# What browsers really use for these labels (WHATWG Encoding): GB2312/GBK pages hold GBK characters.
_HTML_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    return _HTML_CHARSET_ALIASES.get(label, label)


def _decode_html(data: bytes, encoding: str | None, name: str) -> str:
    """Explicit encoding, else BOM, else <meta charset>, else the plain-text rules."""
    if encoding:
        return decode_bytes(data, encoding, name)
    declared = _declared_charset(data)
    if declared and not _sniff_bom(data[:4])[0]:
        try:
            return decode_bytes(data, declared, name)
        except ReadError:
            pass  # pages often lie about their charset: fall back to sniffing
    return decode_bytes(data, None, name)


def read_html(data: bytes | str, encoding: str | None = None, name: str = "<html>") -> str:
    """The main text of a saved web page: one block or pipe-joined table row per line."""
    text = data if isinstance(data, str) else _decode_html(bytes(data), encoding, name)
    rendered = _render_html(text, attr_skip=True)
    if not rendered:
        # The id/class heuristics can misfire (e.g. the whole article in class="menu-content");
        # an empty result is never right, so retry with only the tag-based filters.
        rendered = _render_html(text, attr_skip=False)
    return rendered


def _render_html(text: str, attr_skip: bool) -> str:
    parser = _TextExtractor(attr_skip=attr_skip)
    parser.feed(text)
    parser.close()
    return parser.result()


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------


_PIP_NAMES = {"docx": "python-docx", "pdfplumber": "pdfplumber"}


def _require(module: str, extra: str, name: str):
    """Import an optional dependency, or explain how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        suffix = os.path.splitext(name)[1].lower() or f".{extra}"
        raise _error(name, f"reading {suffix} needs {_PIP_NAMES[module]}: pip install 'kjstats[{extra}]'") from None


def read_docx(path: str) -> str:
    """Body paragraphs in order, each table row at its place as "a | b | c"."""
    name = os.fspath(path)
    data = _read_bytes(name)
    docx = _require("docx", "docx", name)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_block_lines(document.element.body, document))
    except ReadError:
        raise
    except Exception as exc:  # corrupt zip/XML: python-docx raises many kinds
        raise _error(name, f"not a readable .docx file ({type(exc).__name__}: {exc})") from None
    return _tidy_lines(lines)


def _docx_block_lines(container, parent) -> Iterator[str]:
    """Lines for the paragraphs and tables of a body-like element, in document order."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield from Paragraph(child, parent).text.split("\n")
        elif child.tag == qn("w:tbl"):
            yield from _docx_table_rows(Table(child, parent))
        elif child.tag == qn("w:sdt"):  # content control: its content is ordinary body
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_block_lines(content, parent)


def _docx_table_rows(table) -> Iterator[str]:
    for row in table.rows:
        texts: list[str] = []
        previous = None
        for cell in row.cells:
            # A horizontally merged cell is repeated by python-docx; keep its text once.
            texts.append("" if cell._tc is previous else _join_lines(cell.text.split("\n")))
            previous = cell._tc
        if any(texts):
            yield " | ".join(texts)


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"""^(?:
        \d{1,4}                                   # 3
      | [-–—－]\s*\d{1,4}\s*[-–—－]               # - 3 -
      | 第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?   # 第 3 页 / 第3页 共12页
      | \d{1,4}\s*/\s*\d{1,4}                     # 3/12
      | (?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?   # Page 3 of 12
    )$""",
    re.X | re.I,
)
_EDGE_LINES = 2  # page numbers and running headers live in the first/last lines of a page
_TERMINAL_PUNCT = "。！？：；!?:;"


class _PdfLine:
    __slots__ = ("text", "x0", "x1", "top", "bottom", "first_word_width")

    def __init__(self, raw: dict):
        self.text: str = raw["text"].strip()
        self.x0: float = raw["x0"]
        self.x1: float = raw["x1"]
        self.top: float = raw["top"]
        self.bottom: float = raw["bottom"]
        self.first_word_width = _first_word_width(raw.get("chars") or [], self.x0)


def _first_word_width(chars: list[dict], x0: float) -> float:
    """Width of the line's first unbreakable unit: a Latin word/number or one CJK character."""
    end = x0
    for i, ch in enumerate(chars):
        c = ch.get("text", "")
        if not c.strip() or (i and not c.isascii()):
            break
        end = ch["x1"]
        if not c.isascii():
            break
    return end - x0


def read_pdf(path: str) -> str:
    """Text of a PDF with wrapped lines rejoined into paragraphs, page furniture removed."""
    name = os.fspath(path)
    data = _read_bytes(name)
    pdfplumber = _require("pdfplumber", "pdf", name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [
                [_PdfLine(raw) for raw in page.extract_text_lines(strip=True, return_chars=True)] for page in pdf.pages
            ]
    except Exception as exc:  # pdfminer raises assorted errors for corrupt/encrypted files
        raise _error(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    pages = _drop_page_furniture([[ln for ln in page if ln.text] for page in pages])
    if not any(pages):
        if data.strip():
            raise _error(name, "no text layer in PDF (scanned image?)")
        return ""
    return "\n".join(_pdf_paragraphs(pages))


def _drop_page_furniture(pages: list[list[_PdfLine]]) -> list[list[_PdfLine]]:
    """Remove page numbers and running headers/footers from the edges of each page."""
    pages = [_drop_edge_lines(page, lambda ln: bool(_PAGE_NUMBER.match(ln.text))) for page in pages]
    repeated = _repeated_edge_texts(pages)
    if repeated:
        pages = [_drop_edge_lines(page, lambda ln: _furniture_key(ln.text) in repeated) for page in pages]
        pages = [_drop_edge_lines(page, lambda ln: bool(_PAGE_NUMBER.match(ln.text))) for page in pages]
    return pages


def _drop_edge_lines(page: list[_PdfLine], is_furniture: Callable[[_PdfLine], bool]) -> list[_PdfLine]:
    edge = set(range(min(_EDGE_LINES, len(page)))) | set(range(max(0, len(page) - _EDGE_LINES), len(page)))
    return [ln for i, ln in enumerate(page) if not (i in edge and is_furniture(ln))]


def _furniture_key(text: str) -> str:
    # Digits masked so "简报 第3期 第5页" on every page counts as the same line.
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _repeated_edge_texts(pages: list[list[_PdfLine]]) -> set[str]:
    """Edge-line texts found on most pages (and at least two): running headers/footers."""
    counts: Counter[str] = Counter()
    for page in pages:
        edges = page[:_EDGE_LINES] + page[-_EDGE_LINES:]
        counts.update({_furniture_key(ln.text) for ln in edges})
    return {key for key, n in counts.items() if n >= 2 and 2 * n > len(pages)}


class _Layout:
    """Document-wide measures the paragraph rules compare against."""

    def __init__(self, pages: list[list[_PdfLine]]):
        lines = [ln for page in pages for ln in page]
        self.em = _median([ln.bottom - ln.top for ln in lines]) or 10.0
        gaps = [b.top - a.bottom for page in pages for a, b in zip(page, page[1:]) if b.top > a.top]
        # Lower quartile: most consecutive lines are inside a paragraph, so this is the leading.
        self.line_gap = _quantile(gaps, 0.25) if gaps else 0.0
        long_lines = [ln.x1 for ln in lines if len(ln.text) > 5] or [ln.x1 for ln in lines]
        self.right = _quantile(long_lines, 0.9)


def _median(values: list[float]) -> float:
    return _quantile(values, 0.5) if values else 0.0


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _paragraph_break(prev: _PdfLine, nxt: _PdfLine, layout: _Layout, left: float, same_page: bool) -> bool:
    """Does a new paragraph start at `nxt`?"""
    em = layout.em
    if same_page and nxt.top - prev.bottom > layout.line_gap + 0.5 * em:
        return True  # extra vertical space between paragraphs
    slack = layout.right - prev.x1
    if slack > nxt.first_word_width + em:
        return True  # the next line's first word would have fitted: prev ended its paragraph
    if slack > max(em, nxt.first_word_width) and prev.text.endswith(tuple(_TERMINAL_PUNCT)):
        return True  # a short line closing a sentence, not explained by a long next word
    if nxt.x0 - prev.x0 > 0.8 * em:
        return True  # first-line indent
    if nxt.x0 - left > 0.8 * em and prev.text.endswith(tuple(_TERMINAL_PUNCT)):
        return True  # indented paragraph after a full line that ends a sentence
    return False


def _pdf_paragraphs(pages: list[list[_PdfLine]]) -> Iterator[str]:
    layout = _Layout(pages)
    current: list[str] = []
    prev: _PdfLine | None = None
    prev_page = None
    for page in pages:
        left = min((ln.x0 for ln in page), default=0.0)  # this page's text margin
        for line in page:
            if prev is not None and _paragraph_break(prev, line, layout, left, page is prev_page):
                yield _join_lines(current)
                current = []
            current.append(line.text)
            prev, prev_page = line, page
    if current:
        yield _join_lines(current)


# ---------------------------------------------------------------------------
# Dispatch and input expansion
# ---------------------------------------------------------------------------


def read_path(path: str, encoding: str | None = None) -> str:
    """Read one report file, choosing the reader by extension (unknown ones are text)."""
    name = os.fspath(path)
    if not os.path.lexists(name):
        raise _error(name, "no such file")
    if os.path.isdir(name):
        raise _error(name, "is a directory, not a file")
    suffix = os.path.splitext(name)[1].lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return read_html(_read_bytes(name), encoding, name=name)
    if suffix == ".docx":
        return read_docx(name)
    if suffix == ".pdf":
        return read_pdf(name)
    if suffix == ".doc":
        raise _error(name, "old binary .doc is not supported: save it as .docx")
    return read_text_file(name, encoding)


def _is_report(filename: str) -> bool:
    return filename.lower().endswith(REPORT_SUFFIXES)


def _walk_reports(top: str, skip: Callable[[str], bool] | None = None) -> Iterator[tuple[str, ReadError | None]]:
    """Report files under `top` in sorted order, depth first; unreadable subdirs as errors.

    Hidden entries (".git", ".venv") are skipped and directory symlinks are not
    followed, so walking "." neither wanders into tooling nor loops.
    """
    try:
        with os.scandir(top) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield top, _os_error(top, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = os.path.join(top, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_reports(child, skip)
        elif _is_report(entry.name) and entry.is_file() and not (skip and skip(child)):
            yield child, None


def iter_inputs(
    paths: Iterable[str], skip: Callable[[str], bool] | None = None
) -> Iterator[tuple[str, str | None, ReadError | None]]:
    """Expand command-line inputs into (doc name, path to read or None, error or None), lazily;
    a folder's files for which skip(path) is true are left out."""
    for given in paths:
        given = os.fspath(given)
        if given == "-":
            yield "-", "-", None
        elif os.path.isdir(given):
            yield from _iter_directory(given, skip)
        elif os.path.exists(given):
            yield given, given, None
        else:
            yield given, None, _error(given, "no such file or directory")


def _iter_directory(
    top: str, skip: Callable[[str], bool] | None = None
) -> Iterator[tuple[str, str | None, ReadError | None]]:
    found = False
    for child, error in _walk_reports(top, skip):
        found = True
        yield (child, None, error) if error else (child, child, None)
    if not found:
        yield top, None, _error(top, "no .txt/.html/.htm/.docx/.pdf files in directory")
