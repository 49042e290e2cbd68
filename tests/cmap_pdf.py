"""PDFs whose Chinese text pdfminer cannot decode, written by hand (with a box font made at
run time, never a font of the machine): a Type0 font whose encoding is an embedded CMap stream named Adobe-Identity-UCS,
as fpdf2 writes for CID-keyed OpenType fonts such as Noto Sans CJK. pdfminer looks that name
up among its own CMaps, finds nothing and decodes no character; PDFium reads the stream and
the ToUnicode map, as pdftotext does.

The canvas has the interface of fixtures_build's other PDF canvases (string_width, new_page,
draw, save) plus rule() for the lines of a ruled table.
"""

from __future__ import annotations

import zlib
from pathlib import Path

ASCII_WIDTH, WIDE_WIDTH = 500, 1000  # glyph advances in 1/1000 em


def _width(ch: str) -> int:
    return ASCII_WIDTH if ch.isascii() else WIDE_WIDTH


class IdentityCmapCanvas:
    def __init__(self, path: Path, page_w: float = 595.0, page_h: float = 842.0, font_size: float = 10.5):
        self.path, self.page_w, self.page_h, self.font_size = path, page_w, page_h, font_size
        self.pages: list[list[bytes]] = [[]]
        self.codes: dict[str, int] = {}

    def string_width(self, text: str) -> float:
        return sum(_width(c) for c in text) * self.font_size / 1000

    def new_page(self) -> None:
        self.pages.append([])

    def _code(self, ch: str) -> int:
        return self.codes.setdefault(ch, len(self.codes) + 1)

    def draw(self, x: float, baseline: float, text: str, char_space: float = 0.0, size: float | None = None) -> None:
        """Text at x with its baseline `baseline` points below the top of the page."""
        hexcodes = "".join(f"{self._code(c):04X}" for c in text)
        y = self.page_h - baseline
        self.pages[-1].append(
            f"BT /F1 {size or self.font_size:.2f} Tf {char_space:.3f} Tc {x:.2f} {y:.2f} Td <{hexcodes}> Tj ET".encode()
        )

    def rule(self, x0: float, top0: float, x1: float, top1: float) -> None:
        """A line from (x0, top0) to (x1, top1), in points from the top left."""
        self.pages[-1].append(f"{x0:.2f} {self.page_h - top0:.2f} m {x1:.2f} {self.page_h - top1:.2f} l S".encode())

    def save(self) -> None:
        by_code = sorted((code, ch) for ch, code in self.codes.items())
        n = len(by_code)
        cmap = _cmap(
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 1 def\n",
            "cidchar",
            [f"<{code:04X}> {code}" for code, _ in by_code],
        )
        to_unicode = _cmap(
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS2 def\n/CMapType 2 def\n",
            "bfchar",
            [f"<{code:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for code, ch in by_code],
        )
        widths = " ".join(str(_width(ch)) for _, ch in by_code)
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        def stream(data: bytes, extra: str = "") -> bytes:
            packed = zlib.compress(data)
            return (
                f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + packed + b"\nendstream"
            )

        catalog = add(b"")  # filled in below
        pages_obj = add(b"")
        font_file = add(stream(_font_program([ch for _, ch in by_code])))
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /KjTestCJK /Flags 4 /FontBBox [0 -120 1000 880] "
            f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /MissingWidth 1000 "
            f"/FontFile2 {font_file} 0 R >>".encode()
        )
        cid_font = add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KjTestCJK /CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 "
            f"/W [1 [{widths}]] /CIDToGIDMap /Identity >>".encode()
        )
        encoding = add(stream(cmap.encode(), "/Type /CMap /CMapName /Adobe-Identity-UCS "))
        unicode_map = add(stream(to_unicode.encode()))
        font = add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /KjTestCJK /Encoding {encoding} 0 R "
            f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {unicode_map} 0 R >>".encode()
        )
        kids = []
        for ops in self.pages:
            contents = add(stream(b"0.5 w\n" + b"\n".join(ops)))
            kids.append(
                add(
                    f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {self.page_w:g} {self.page_h:g}] "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R >>".encode()
                )
            )
        objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
        objects[pages_obj - 1] = (
            f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
        )
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        Path(self.path).write_bytes(bytes(out))
        assert n == len(self.codes)


def _font_program(chars: list[str]) -> bytes:
    """A TrueType font (made with fontTools, which fpdf2 brings) whose glyph i is a box for
    chars[i - 1]: PDFium wants a font program to place the glyphs of a CID font."""
    import io

    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef"] + [f"cid{i}" for i in range(1, len(chars) + 1)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(ch): name for ch, name in zip(chars, names[1:])})
    glyphs, metrics = {}, {}
    for name, ch in zip(names, [""] + chars):
        width = _width(ch) if ch else WIDE_WIDTH
        pen = TTGlyphPen(None)
        if ch and not ch.isspace():
            pen.moveTo((50, 0))
            pen.lineTo((50, 700))
            pen.lineTo((width - 50, 700))
            pen.lineTo((width - 50, 0))
            pen.closePath()
        glyphs[name], metrics[name] = pen.glyph(), (width, 50)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "KjTestCJK", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def _cmap(head: str, kind: str, entries: list[str]) -> str:
    body = []
    for i in range(0, len(entries), 100):  # at most 100 entries a block
        chunk = entries[i : i + 100]
        body.append(f"{len(chunk)} begin{kind}\n" + "\n".join(chunk) + f"\nend{kind}\n")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        + head
        + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "".join(body)
        + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
