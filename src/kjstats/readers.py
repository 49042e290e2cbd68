"""Turn an input (file, directory, stdin) into the text that extraction runs on.

Every extracted figure carries character offsets into the text returned here, so
each reader is deterministic: same bytes in, same string out.  Plain text is
returned as decoded (only line ends and a leading BOM are normalised); HTML, DOCX
and PDF are flattened to one paragraph (or one table row, "a | b | c") per line.

This module is the readers' front: read_path picks the reader by suffix. The readers live in
textread (encodings, large files, stdin), htmlread, docxread, pdfread (+ pdftables), the walk
over folders in walk, opening and ReadError in sources, the budgets of compressed inputs in
budget. Library code: no click, no rich. python-docx and pdfplumber are optional extras and
are imported only when a .docx / .pdf is actually read.
"""

from __future__ import annotations

import os

from .docxread import read_docx
from .htmlread import read_html
from .pdfread import read_pdf
from .sources import ReadError, error, open_file, read_file
from .textread import STDIN_LIMIT, decode_bytes, iter_text_chunks, read_stdin, read_text_file
from .walk import REPORT_SUFFIXES, iter_inputs

__all__ = [
    "ReadError",
    "REPORT_SUFFIXES",
    "STDIN_LIMIT",
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


def read_path(path: str, encoding: str | None = None) -> str:
    """Read one report file, choosing the reader by extension (unknown ones are text). Only
    a regular file is read: a FIFO or a device is refused with one line."""
    name = os.fspath(path)
    suffix = os.path.splitext(name)[1].lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return read_html(read_file(name), encoding, name=name)
    if suffix == ".docx":
        return read_docx(name)
    if suffix == ".pdf":
        return read_pdf(name)
    if suffix == ".doc":
        open_file(name)[0].close()  # a missing file is "no such file" first
        raise error(name, "old binary .doc is not supported: save it as .docx")
    return read_text_file(name, encoding)
