"""PDF: the text layer with wrapped lines rejoined into paragraphs, page furniture removed,
tables read as tables (pdfpage.py), and the pages pdfminer cannot decode read by PDFium
(pdfchars.py). "No text layer" is said only when neither finds any text.

The file is measured first (budget.check_pdf_streams: a Flate bomb is refused before pdfminer
inflates it), and nothing pdfminer logs reaches standard error.

Library code: no click, no rich. pdfplumber is imported only when a PDF is read.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator

from .budget import check_pdf_streams
from .extras import install_hint
from .lines import join_lines
from .pdfchars import Pdfium, undecoded
from .pdfpage import PdfLine, PdfTable, page_content
from .sources import error, read_file, require

__all__ = ["read_pdf"]

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


def read_pdf(path: str) -> str:
    """Text of a PDF with wrapped lines rejoined into paragraphs, page furniture removed, and
    each table row as one line "a | b | c"."""
    name = os.fspath(path)
    data = read_file(name)
    pdfplumber = require("pdfplumber", "pdf", name)
    check_pdf_streams(data, name)
    with _quiet_parsers():
        try:
            pages, unread = _read_pages(pdfplumber, data)
        except Exception as exc:  # pdfminer raises assorted errors for corrupt/encrypted files
            raise error(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    lines = _drop_page_furniture([[ln for ln in page_lines if ln.text] for page_lines, _ in pages])
    items = [_in_order(page_lines, tables) for page_lines, (_, tables) in zip(lines, pages)]
    if not any(items):
        if unread:
            raise error(name, f"its text is in a font pdfminer cannot decode: {unread}")
        if data.strip():
            raise error(name, "no text layer in PDF (scanned image?)")
        return ""
    return "\n".join(_pdf_paragraphs(items))


@contextlib.contextmanager
def _quiet_parsers():
    """pdfminer logs (and warns about) what it thinks of a file; the reader says what matters
    in its one line, so nothing of theirs reaches standard error. A program that configures
    logging still gets their records through its own handlers."""
    for logger in _PARSER_LOGGERS:
        log = logging.getLogger(logger)
        if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
            log.addHandler(logging.NullHandler())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


_PARSER_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2")


def _read_pages(pdfplumber, data: bytes) -> tuple[list[tuple[list[PdfLine], list[PdfTable]]], str]:
    """Each page's lines and tables; and, when some page could be read only by PDFium and
    pypdfium2 is missing, how to install it."""
    pages = []
    pdfium: Pdfium | None = None
    unread = ""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index, page in enumerate(pdf.pages):
                chars = page.chars
                if undecoded(chars):
                    if pdfium is None and not unread:
                        try:
                            pdfium = Pdfium(data)
                        except ImportError:
                            unread = f"reading it needs pypdfium2: {install_hint('pypdfium2')}"
                        except Exception:  # noqa: BLE001 - PDFium refuses the file: pdfminer's reading stands
                            unread = " "
                    if pdfium is not None:
                        chars = _pdfium_chars(pdfium, index) or chars
                pages.append(page_content(page, chars))
                page.close()
    finally:
        if pdfium is not None:
            pdfium.close()
    return pages, unread.strip()


def _pdfium_chars(pdfium: Pdfium, index: int) -> list[dict]:
    try:
        return pdfium.chars(index)
    except Exception:  # noqa: BLE001 - a page PDFium cannot read either
        return []


def _in_order(lines: list[PdfLine], tables: list[PdfTable]) -> list[PdfLine | PdfTable]:
    """A page's lines and tables, top to bottom."""
    if not tables:
        return list(lines)
    items: list[PdfLine | PdfTable] = [*lines, *tables]
    items.sort(key=lambda item: item.top)  # stable: lines keep their order
    return items


def _drop_page_furniture(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Remove page numbers and running headers/footers from the edges of each page."""
    pages = [_drop_edge_lines(page, lambda ln: bool(_PAGE_NUMBER.match(ln.text))) for page in pages]
    repeated = _repeated_edge_texts(pages)
    if repeated:
        pages = [_drop_edge_lines(page, lambda ln: _furniture_key(ln.text) in repeated) for page in pages]
        pages = [_drop_edge_lines(page, lambda ln: bool(_PAGE_NUMBER.match(ln.text))) for page in pages]
    return pages


def _drop_edge_lines(page: list[PdfLine], is_furniture: Callable[[PdfLine], bool]) -> list[PdfLine]:
    edge = set(range(min(_EDGE_LINES, len(page)))) | set(range(max(0, len(page) - _EDGE_LINES), len(page)))
    return [ln for i, ln in enumerate(page) if not (i in edge and is_furniture(ln))]


def _furniture_key(text: str) -> str:
    # Digits masked so "简报 第3期 第5页" on every page counts as the same line.
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _repeated_edge_texts(pages: list[list[PdfLine]]) -> set[str]:
    """Edge-line texts found on most pages (and at least two): running headers/footers."""
    counts: Counter[str] = Counter()
    for page in pages:
        edges = page[:_EDGE_LINES] + page[-_EDGE_LINES:]
        counts.update({_furniture_key(ln.text) for ln in edges})
    return {key for key, n in counts.items() if n >= 2 and 2 * n > len(pages)}


class _Layout:
    """Document-wide measures the paragraph rules compare against."""

    def __init__(self, pages: list[list[PdfLine]]):
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


def _paragraph_break(prev: PdfLine, nxt: PdfLine, layout: _Layout, left: float, same_page: bool) -> bool:
    """Does a new paragraph start at `nxt`?"""
    em = layout.em
    if "|" in prev.text or "|" in nxt.text:
        return True  # a table row typeset as text ("a | b | c") is a line of its own
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


def _pdf_paragraphs(pages: list[list[PdfLine | PdfTable]]) -> Iterator[str]:
    layout = _Layout([[ln for ln in page if isinstance(ln, PdfLine)] for page in pages])
    current: list[str] = []
    prev: PdfLine | None = None
    prev_page = None
    for page in pages:
        left = min((ln.x0 for ln in page if isinstance(ln, PdfLine)), default=0.0)  # this page's text margin
        for item in page:
            if isinstance(item, PdfTable):
                if current:
                    yield join_lines(current)
                    current = []
                yield from item.rows
                prev = None
                continue
            if prev is not None and _paragraph_break(prev, item, layout, left, page is prev_page):
                yield join_lines(current)
                current = []
            current.append(item.text)
            prev, prev_page = item, page
    if current:
        yield join_lines(current)
