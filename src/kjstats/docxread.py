"""Word (.docx): body paragraphs in document order, each table row at its place as "a | b | c".

The package is measured first (budget.docx_text_package: XML size and element count, its
images and other binary parts never inflated). Table rows are walked here rather than with
python-docx's row.cells, which repeats a merged cell once per grid column it spans (a 1 KB
file with gridSpan 100000000 took gigabytes) and follows vertical merges back up the table
for each cell.

Library code: no click, no rich. python-docx is imported only when a .docx is read.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator

from .budget import docx_text_package
from .lines import join_lines, tidy_lines
from .sources import ReadError, error, read_file, require

__all__ = ["read_docx"]

_MAX_SPAN = 50  # empty cells a horizontally merged cell is padded with at most (as in HTML)


def read_docx(path: str) -> str:
    """Body paragraphs in order, each table row at its place as "a | b | c"."""
    name = os.fspath(path)
    data = read_file(name)
    docx = require("docx", "docx", name)
    package = docx_text_package(data, name)
    del data
    try:
        document = docx.Document(io.BytesIO(package))
        lines = list(_block_lines(document.element.body, document))
    except ReadError:
        raise
    except Exception as exc:  # corrupt XML, missing parts: python-docx raises many kinds
        raise error(name, f"not a readable .docx file ({type(exc).__name__}: {exc})") from None
    return tidy_lines(lines)


def _block_lines(container, parent) -> Iterator[str]:
    """Lines for the paragraphs and tables of a body-like element, in document order."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield from Paragraph(child, parent).text.split("\n")
        elif child.tag == qn("w:tbl"):
            yield from _table_rows(child, parent)
        elif child.tag == qn("w:sdt"):  # content control: its content is ordinary body
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _block_lines(content, parent)


def _cell_text(tc, parent) -> str:
    """A cell's own paragraphs (not those of a table nested in it), as one line."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for p in tc.iterchildren(qn("w:p")):
        lines.extend(Paragraph(p, parent).text.split("\n"))
    return join_lines(lines)


def _table_rows(tbl, parent) -> Iterator[str]:
    """Each row as "a | b | c": a cell spanning several grid columns gives its text once and
    empty cells after it (at most _MAX_SPAN - 1), the continuation of a vertical merge the
    text of the cell it continues."""
    from docx.oxml.ns import qn

    above: dict[int, str] = {}  # grid column -> text of the cell starting there, one row up
    for tr in tbl.iterchildren(qn("w:tr")):
        texts: list[str] = []
        starts: dict[int, str] = {}
        column = tr.grid_before
        for tc in tr.iterchildren(qn("w:tc")):
            span = tc.grid_span
            text = above.get(column, "") if tc.vMerge == "continue" else _cell_text(tc, parent)
            texts.append(text)
            texts.extend([""] * (min(span, _MAX_SPAN) - 1))
            starts[column] = text
            column += max(span, 1)
        above = starts
        if any(texts):
            yield " | ".join(texts)
