"""One PDF page as text lines and tables, from its characters.

Tables are found by pdfplumber's table finder (ruled cells: the lines and rectangles of the
page) and each of their rows becomes one line "a | b | c", as the HTML and Word readers
give them, so that no figure is built across two cells; the characters inside a table are
left out of the text lines. The characters are pdfminer's, or PDFium's for a page whose font
pdfminer cannot decode (pdfchars.py): both are dicts with pdfplumber's keys, so the same
line and cell rules apply to either.

Library code: no click, no rich. pdfplumber is imported only when a PDF is read.
"""

from __future__ import annotations

from typing import NamedTuple

from .lines import join_lines

__all__ = ["PdfLine", "PdfTable", "page_content"]

_MIN_ROWS = 2  # fewer rows or columns than this: a box around text, not a table
_MIN_COLUMNS = 2


class PdfLine:
    """One text line of a page: its text and where it stands."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "first_word_width")

    def __init__(self, raw: dict):
        self.text: str = raw["text"].strip()
        self.x0: float = raw["x0"]
        self.x1: float = raw["x1"]
        self.top: float = raw["top"]
        self.bottom: float = raw["bottom"]
        self.first_word_width = _first_word_width(raw.get("chars") or [], self.x0)


class PdfTable(NamedTuple):
    """A table of a page: where it starts, and its rows as "a | b | c" lines."""

    top: float
    rows: list[str]


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


def _center_in(char: dict, box) -> bool:
    x0, top, x1, bottom = box
    h = (char["x0"] + char["x1"]) / 2
    v = (char["top"] + char["bottom"]) / 2
    return x0 <= h < x1 and top <= v < bottom


def page_content(page, chars: list[dict]) -> tuple[list[PdfLine], list[PdfTable]]:
    """The text lines (outside tables) and the tables of a pdfplumber `page` whose characters
    are `chars`."""
    from pdfplumber.utils import chars_to_textmap

    tables: list[PdfTable] = []
    boxes = []
    if chars:
        for found in page.find_tables():
            rows = _table_rows(found, chars)
            if rows:
                tables.append(PdfTable(found.bbox[1], rows))
                boxes.append(found.bbox)
    rest = [c for c in chars if not any(_center_in(c, box) for box in boxes)] if boxes else chars
    if not rest:
        return [], tables
    textmap = chars_to_textmap(rest, layout_bbox=page.bbox, layout_width=page.width, layout_height=page.height)
    lines = [PdfLine(raw) for raw in textmap.extract_text_lines(strip=True, return_chars=True)]
    return lines, tables


def _table_rows(table, chars: list[dict]) -> list[str]:
    """The rows of a pdfplumber Table as lines; [] when it is not a table of text (a single
    row or column, or no text at all). A merged cell gives its text once."""
    from pdfplumber.utils import extract_text

    grid = table.rows
    if len(grid) < _MIN_ROWS or max(len(row.cells) for row in grid) < _MIN_COLUMNS:
        return []
    lines: list[str] = []
    for row in grid:
        row_chars = [c for c in chars if _center_in(c, row.bbox)]
        texts = []
        for cell in row.cells:
            cell_chars = [c for c in row_chars if _center_in(c, cell)] if cell is not None else []
            texts.append(join_lines(extract_text(cell_chars).split("\n")) if cell_chars else "")
        if any(texts):
            lines.append(" | ".join(texts))
    return lines
