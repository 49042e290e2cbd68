"""Compressed inputs measured before a parser sees them: what they would take uncompressed.

A 1 KB .docx or PDF can inflate to gigabytes. Before python-docx or pdfminer parse one, its
compressed parts are counted here, by streaming decompression that keeps nothing, against
a budget of uncompressed bytes and of XML elements; an input past it is refused with one
line. The budgets are far above any real report (a 500-page Word report has a few MB of
XML, a PDF report tens of MB of page content).

Library code: no click, no rich.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib

from .sources import ReadError, error

__all__ = ["docx_text_package", "check_pdf_streams", "XML_BYTES", "XML_ELEMENTS", "ZIP_PARTS", "PDF_STREAM_BYTES"]

XML_BYTES = 64 << 20  # uncompressed XML of a .docx
XML_ELEMENTS = 2_000_000  # start tags in that XML
ZIP_PARTS = 10_000  # members of a .docx
PDF_STREAM_BYTES = 256 << 20  # decompressed content, fonts and other non-image streams of a PDF
# An image is decoded by nobody (text only is read), so it counts only when it inflates like
# a bomb: a real image is rarely compressed 100 times, zeros are compressed 1000 times.
IMAGE_RATIO = 100
_STEP = 1 << 20  # decompressed bytes per step of a scan


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.0f} MB"


def _is_xml_part(filename: str) -> bool:
    return filename.lower().endswith((".xml", ".rels"))


def _start_tags(xml: bytes) -> int:
    # every "<" opens a tag, a comment or a declaration; "</" is an end tag
    return xml.count(b"<") - xml.count(b"</")


def docx_text_package(data: bytes, name: str) -> bytes:
    """The .docx `data` as a new package holding its XML parts only, every other part (images,
    fonts, embedded files) left empty: python-docx loads every part whole, and text needs
    none of them. The XML is checked against XML_BYTES and XML_ELEMENTS first."""
    bad = "not a readable .docx file"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of duplicate names on stderr
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise error(name, f"{bad} ({type(exc).__name__}: {exc})") from None
        if len(infos) > ZIP_PARTS:
            raise error(name, f"{bad}: {len(infos)} parts (at most {ZIP_PARTS} are read)")
        parts = [i for i in infos if not i.is_dir()]
        declared = sum(i.file_size for i in parts if _is_xml_part(i.filename))
        if declared > XML_BYTES:
            raise _too_big(name, declared)
        out = io.BytesIO()
        elements = 0
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
                for info in parts:
                    body = b""
                    if _is_xml_part(info.filename):
                        # zipfile stops at the declared size (and fails the CRC past it)
                        body = archive.read(info)
                        elements += _start_tags(body)
                        if elements > XML_ELEMENTS:
                            raise error(
                                name, f"{bad}: more than {XML_ELEMENTS:,} XML elements (refused as a possible bomb)"
                            )
                    package.writestr(info.filename, body)
        except ReadError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error) as exc:
            raise error(name, f"{bad} ({type(exc).__name__}: {exc})") from None
    return out.getvalue()


def _too_big(name: str, size: int) -> ReadError:
    return error(
        name,
        f"not read: its XML would take {_mb(size)} uncompressed (limit {_mb(XML_BYTES)}; refused as a possible zip bomb)",
    )


# ---------------------------------------------------------------------------
# PDF

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_DICT_LOOKBACK = 4096  # the stream's dictionary is within this many bytes before "stream"


def check_pdf_streams(data: bytes, name: str) -> None:
    """Refuse a PDF whose Flate streams would decompress past PDF_STREAM_BYTES.

    Streams are found by their keyword and measured by inflating them in steps, output
    discarded; a stream that is not Flate (or is encrypted) fails at its first bytes and
    costs nothing.
    """
    total = 0
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        start = match.start()
        head = data[max(0, start - _DICT_LOOKBACK) : start]
        head = head[head.rfind(b"obj") + 1 :]
        image = b"/Image" in head
        size, consumed = _inflated_size(view, match.end(), PDF_STREAM_BYTES - total)
        if image and size <= IMAGE_RATIO * max(consumed, 1):
            continue
        total += size
        if total > PDF_STREAM_BYTES:
            raise error(
                name,
                f"not read: its streams would take more than {_mb(PDF_STREAM_BYTES)} decompressed "
                f"(refused as a possible bomb)",
            )


def _inflated_size(view: memoryview, start: int, budget: int) -> tuple[int, int]:
    """(bytes the zlib stream at `start` inflates to, compressed bytes it took); the scan
    stops once `budget` is passed."""
    inflater = zlib.decompressobj()
    size = 0
    pos = start
    try:
        while pos < len(view) and not inflater.eof and size <= budget:
            chunk = view[pos : pos + _STEP]
            pos += len(chunk)
            size += len(inflater.decompress(chunk, _STEP))
            # (after the end of the stream, unconsumed_tail is left as it was: not a loop condition)
            while inflater.unconsumed_tail and not inflater.eof and size <= budget:
                size += len(inflater.decompress(inflater.unconsumed_tail, _STEP))
    except zlib.error:
        pass  # not Flate, or damaged: pdfminer decides what to make of it
    left = len(inflater.unused_data) if inflater.eof else len(inflater.unconsumed_tail)
    consumed = pos - start - left
    return size, consumed
