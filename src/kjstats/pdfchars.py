"""The characters of a PDF page read by PDFium, for the pages pdfminer cannot decode.

pdfminer gives no characters (or "(cid:12)" placeholders) for text in an embedded CJK font
whose encoding is an embedded Identity CMap, as fpdf2 and other tools write; PDFium (through
pypdfium2, which pdfplumber itself depends on) decodes it as pdftotext does. Each character
comes back as a dict with pdfplumber's keys and coordinates (top-down, in points), its box as
tall as its font size like pdfminer's, so that the line and table rules of pdfpage.py apply
unchanged.

Library code: no click, no rich. pypdfium2 is imported only when such a page is read.
"""

from __future__ import annotations

__all__ = ["Pdfium", "undecoded"]

_UNDECODED_SHARE = 0.5  # more "(cid:N)" placeholders than this and pdfminer did not read the page


def undecoded(chars: list[dict]) -> bool:
    """Did pdfminer fail to read this page's text (no characters, or mostly placeholders)?"""
    if not chars:
        return True
    placeholders = sum(1 for c in chars if c.get("text", "").startswith("(cid:"))
    return placeholders > _UNDECODED_SHARE * len(chars)


class Pdfium:
    """One PDF opened with PDFium; chars(i) are page i's characters. Raises ImportError when
    pypdfium2 is missing."""

    def __init__(self, data: bytes):
        import pypdfium2

        self._document = pypdfium2.PdfDocument(data)

    def close(self) -> None:
        self._document.close()

    def chars(self, index: int) -> list[dict]:
        import pypdfium2.raw as pdfium_c

        page = self._document[index]
        textpage = page.get_textpage()
        try:
            left, _, _, page_top = page.get_mediabox()
            out = []
            for i in range(textpage.count_chars()):
                if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1:
                    continue  # a space or line end PDFium made up
                code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
                if not code or 0xD800 <= code <= 0xDFFF or code in (0x0A, 0x0D):
                    continue
                x0, y0, x1, _ = textpage.get_charbox(i, loose=True)
                size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i) or 10.0
                bottom = page_top - y0
                out.append(
                    {
                        "object_type": "char",
                        "text": chr(code),
                        "x0": x0 - left,
                        "x1": x1 - left,
                        "top": bottom - size,
                        "bottom": bottom,
                        "doctop": bottom - size,
                        "width": x1 - x0,
                        "height": size,
                        "size": size,
                        "upright": True,
                        "fontname": "",
                        "matrix": (1, 0, 0, 1, x0 - left, y0),
                    }
                )
            return out
        finally:
            textpage.close()
            page.close()
