"""Web pages: the main text of a saved page, one block or pipe-joined table row per line.

Scripts, styles, menus, navigation and footers are dropped; a table row becomes one line
"a | b | c" (a layout table wrapping the article gives its cells as ordinary lines). The cost
is linear in the page, however its tags are nested, left open or closed out of order.

Library code: no click, no rich.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .lines import join_lines, tidy_lines
from .sources import ReadError
from .textread import decode_bytes, sniff_bom

__all__ = ["read_html"]

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
            texts = [join_lines(lines) for lines in cells]
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
        # Where each open tag and each scope-stopping container sits in the stack, so that an
        # end tag finds its element without a walk down the stack (a page of 10,000 unclosed
        # <b> and stray </i> would make that walk quadratic).
        self.where: dict[str, list[int]] = {}
        self.stops: list[int] = []
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
    def _push(self, tag: str, dropped: bool) -> None:
        self.where.setdefault(tag, []).append(len(self.stack))
        if tag in _SCOPE_STOP:
            self.stops.append(len(self.stack))
        self.stack.append((tag, dropped))

    def _pop(self) -> tuple[str, bool]:
        top, dropped = self.stack.pop()
        self.where[top].pop()
        if top in _SCOPE_STOP:
            self.stops.pop()
        return top, dropped

    def _is_open(self, tag: str) -> bool:
        return bool(self.where.get(tag))

    def _close_implied(self, tag: str) -> None:
        """A start tag closes open elements whose end tag HTML lets authors omit."""
        while self.stack and tag in _IMPLIED_END.get(self.stack[-1][0], ()):
            self._pop_until(self.stack[-1][0])

    def _pop_until(self, tag: str) -> None:
        """Close `tag` and every element opened inside it."""
        while self.stack:
            top, dropped = self._pop()
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
        if tag == "header" and any(self._is_open(t) for t in _KEEP_HEADER_INSIDE):
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
        self._push(tag, dropped)
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
        where = self.where.get(tag)
        if not where:
            return  # no matching open element: ignore the stray end tag
        if tag not in _SCOPE_STOP and self.stops and self.stops[-1] > where[-1]:
            return  # a stray end tag must not close the enclosing container
        self._pop_until(tag)

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self._sink().text(data)

    def result(self) -> str:
        """The rendered text, closing whatever the page left open."""
        while self.stack:
            self._pop_until(self.stack[-1][0])
        return tidy_lines(self.root.finish())


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
    if declared and not sniff_bom(data[:4])[0]:
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
