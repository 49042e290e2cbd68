"""PDF: the text layer with wrapped lines rejoined into paragraphs, page furniture removed.

Library code: no click, no rich. pdfplumber is imported only when a PDF is read.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator

from .budget import check_pdf_streams
from .lines import join_lines
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
    data = read_file(name)
    pdfplumber = require("pdfplumber", "pdf", name)
    check_pdf_streams(data, name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [
                [_PdfLine(raw) for raw in page.extract_text_lines(strip=True, return_chars=True)] for page in pdf.pages
            ]
    except Exception as exc:  # pdfminer raises assorted errors for corrupt/encrypted files
        raise error(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    pages = _drop_page_furniture([[ln for ln in page if ln.text] for page in pages])
    if not any(pages):
        if data.strip():
            raise error(name, "no text layer in PDF (scanned image?)")
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
                yield join_lines(current)
                current = []
            current.append(line.text)
            prev, prev_page = line, page
    if current:
        yield join_lines(current)
