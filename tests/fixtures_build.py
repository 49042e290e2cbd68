"""Build reader fixtures at test time from the seed report (no binary files are committed).

Every builder takes the seed's text and writes one input format into a temporary
directory, so the reader tests compare "the same report" across encodings and formats.
"""

from __future__ import annotations

import functools
import html
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cmap_pdf import IdentityCmapCanvas

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"

# A small statistics table inserted into the HTML and DOCX versions: (cells, expected pipe row).
TABLE_ROWS = [
    ["指标", "2019年", "2020年"],
    ["R&D经费支出(亿元)", "22.1", "25.9"],
    ["高新技术企业(家)", "560", "628"],
]
TABLE_LINES = [" | ".join(row) for row in TABLE_ROWS]

# Figure-like tokens: numbers with their range, percent, magnitude and unit ("25.9亿元", "1~3家").
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:[~～-]\d+(?:\.\d+)?)?(?:%|[万亿]?[元家人个台次名项]|[万亿])?")

# Tokens that the PDF layout must wrap in the middle of, so rejoining is really exercised.
PDF_SPLIT_TOKENS = ("25.9亿元", "374.77万元", "1~3家")

PDF_HEADER = "绍兴科技动态 2020年第7期"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_paragraphs(text: str | None = None) -> list[str]:
    """The seed's non-blank lines, stripped: what structured readers return one per line."""
    return [line.strip() for line in (text if text is not None else seed_text()).split("\n") if line.strip()]


def seed_figures(text: str | None = None) -> list[str]:
    return FIGURE.findall(text if text is not None else seed_text())


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------


def write_text_variants(tmp: Path, text: str) -> dict[str, Path]:
    """The seed as UTF-8, GB18030, UTF-8 with BOM, UTF-16 LE with BOM, and with CRLF ends."""
    variants = {
        "utf8": text.encode("utf-8"),
        "gb18030": text.encode("gb18030"),
        "utf8_bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16_le_bom": b"\xff\xfe" + text.encode("utf-16-le"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "crlf_gb18030": text.replace("\n", "\r\n").encode("gb18030"),
    }
    paths = {}
    for key, data in variants.items():
        paths[key] = tmp / f"seed_{key}.txt"
        paths[key].write_bytes(data)
    return paths


def big_report(target_bytes: int, seed: str, encoding: str, newline: str = "\r\n") -> bytes:
    """A report of about `target_bytes`: seed paragraphs repeated with numbered markers.

    The markers make every repetition distinct, so a wrong chunk offset cannot
    go unnoticed by comparing slices.
    """
    paragraphs = seed_paragraphs(seed)
    out: list[bytes] = []
    size = 0
    i = 0
    while size < target_bytes:
        line = f"[{i}] {paragraphs[i % len(paragraphs)]}{newline}"
        if i % 7 == 0:
            line += newline  # blank lines too, like the seed
        data = line.encode(encoding)
        out.append(data)
        size += len(data)
        i += 1
    return b"".join(out)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

HTML_NAV_ITEMS = ("网站首页", "政务公开", "科技动态", "办事服务")
HTML_SCRIPT = 'var visitCount = 98765; document.write("浏览次数 4321 次");'
HTML_FOOTER = "版权所有：绍兴市科学技术局 电话:0571-28978941 浙ICP备05012345号"


def build_html(text: str, charset: str = "utf-8") -> str:
    """A saved government news page around the seed: menu, script, style, footer, one table."""
    paragraphs = seed_paragraphs(text)
    body = []
    for i, para in enumerate(paragraphs):
        # Entities and the usual &nbsp; indent of Chinese CMS pages.
        body.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{html.escape(para)}</p>')
        if i == 2:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in TABLE_ROWS)
            body.append(f'<table border="1">{rows}</table>')
    nav = "".join(f'<li><a href="#">{item}</a></li>' for item in HTML_NAV_ITEMS)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "<title>科技局工作动态</title>\n"
        "<style>body { font-size: 14px; } .n1 { width: 1200px; }</style>\n"
        "</head>\n<body>\n"
        f"<nav><ul>{nav}</ul></nav>\n"
        '<div class="breadcrumb">当前位置：首页 &gt; 科技动态</div>\n'
        f'<script type="text/javascript">{HTML_SCRIPT}</script>\n'
        '<div class="content">\n' + "\n".join(body) + "\n</div>\n"
        '<ul class="side-menu"><li>相关链接</li><li>专题专栏</li></ul>\n'
        f"<footer><p>{HTML_FOOTER}</p></footer>\n"
        "</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------


def build_docx(path: Path, text: str, table_after: int = 2) -> list[str]:
    """The seed as a .docx (one paragraph per line, a table after paragraph `table_after`).

    Returns the lines read_docx should give back.
    """
    import docx

    document = docx.Document()
    expected: list[str] = []
    for i, para in enumerate(seed_paragraphs(text)):
        document.add_paragraph(para)
        expected.append(para)
        if i == table_after:
            table = document.add_table(rows=len(TABLE_ROWS), cols=len(TABLE_ROWS[0]))
            for r, row in enumerate(TABLE_ROWS):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            expected.extend(TABLE_LINES)
    document.save(str(path))
    return expected


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
FONT_SIZE = 10.5
LEFT = 72.0
MEASURES = [FONT_SIZE * n / 4 for n in range(120, 55, -1)]  # line lengths tried: 30 down to 14 em
TOP, BOTTOM = 90.0, 760.0  # baselines of the body's first and last possible line
PITCH = FONT_SIZE * 1.6
MAX_STRETCH = 4 * FONT_SIZE  # how much shorter than the measure a justified line may be


@dataclass
class PdfLine:
    page: int
    x: float
    baseline: float  # from the top of the page
    text: str
    char_space: float  # justification: extra space after each character


@dataclass
class PdfLayout:
    lines: list[PdfLine] = field(default_factory=list)
    starts: list[list[int]] = field(default_factory=list)  # per paragraph: char offsets where lines start
    pages: int = 0


def _boundaries(paragraph: str) -> list[int]:
    """Offsets where a line may break.

    Like a word processor, the layout never splits "2020" or "12K", but may break
    at "." or "~" inside "25.9" or "1~3", and between any two Chinese characters.
    It never breaks at a space: a PDF does not record a space lost at a line end,
    so such a break could not round-trip exactly.
    """
    starts = [m.start() for m in re.finditer(r"[A-Za-z0-9]+|.", paragraph)][1:]
    return [0] + [i for i in starts if " " not in paragraph[i - 1 : i + 1]] + [len(paragraph)]


def _max_stretch(chars: int) -> float:
    """How much shorter than the measure a line may be and still be justified.

    Kept under 2 pt per gap: pdfplumber reads a wider gap as a space.
    """
    return min(MAX_STRETCH, 2.0 * max(chars - 1, 0))


def _wrap_through(
    paragraph: str,
    measure: float,
    first_indent: float,
    string_width: Callable[[str], float],
    tokens: tuple[str, ...] = PDF_SPLIT_TOKENS,
) -> list[int]:
    """Line starts of a paragraph whose lines break inside each target token it holds.

    A small dynamic programme over break positions (a simplified Knuth-Plass).
    A line may end where the next piece no longer fits (ragged, as plain greedy
    wrapping would) or anywhere it can be justified to the measure; the state
    counts the target tokens cut so far, so a token that would sit whole on a
    line is cut by moving earlier breaks.
    """
    spans = sorted((at, at + len(t)) for t in tokens if (at := paragraph.find(t)) >= 0)
    cuts = _boundaries(paragraph)
    end = len(cuts) - 1
    widths = [0.0]
    for i in range(end):
        widths.append(widths[-1] + string_width(paragraph[cuts[i] : cuts[i + 1]]))

    def line_width(i: int, j: int) -> float:
        return widths[j] - widths[i] + (first_indent if i == 0 else 0.0)

    # best[(i, k)] = (cost, previous state): lines so far end at cuts[i], with k tokens cut
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
    for i in range(end):
        for k in range(len(spans) + 1):
            if (i, k) not in best:
                continue
            for j in range(i + 1, end + 1):
                width = line_width(i, j)
                if width > measure:
                    break
                last = j == end
                greedy_end = not last and line_width(i, j + 1) > measure
                if not (last or greedy_end or measure - width <= _max_stretch(cuts[j] - cuts[i])):
                    continue
                nk = k
                if k < len(spans) and spans[k][0] < cuts[j] < spans[k][1] and not last:
                    nk = k + 1
                elif k < len(spans) and cuts[j] >= spans[k][1]:
                    continue  # this line would carry target k whole: it could never be cut
                cost = best[(i, k)][0] + (0.0 if last else (measure - width) ** 2)
                if (j, nk) not in best or cost < best[(j, nk)][0]:
                    best[(j, nk)] = (cost, (i, k))
    state: tuple[int, int] | None = (end, len(spans))
    if state not in best:
        raise ValueError(f"cannot wrap inside every target token in: {paragraph[:20]}…")
    starts = []
    while state is not None:
        starts.append(cuts[state[0]])
        state = best[state][1]
    return sorted(starts)[:-1]  # drop the paragraph's end offset


def layout_pdf(paragraphs: list[str], string_width: Callable[[str], float], indent: bool, para_gap: bool) -> PdfLayout:
    """Place paragraphs on A4 pages like a typeset report: justified lines, wrapped inside figures.

    `indent` gives every paragraph a two-character first-line indent; `para_gap`
    puts extra space between paragraphs.  Each is the only paragraph cue in one
    test variant.
    """
    first_indent = 2 * FONT_SIZE if indent else 0.0
    for measure in MEASURES:
        try:
            all_starts = [_wrap_through(p, measure, first_indent, string_width) for p in paragraphs]
        except ValueError:
            continue  # a target figure sits where no line of this length can break inside it
        return _place(paragraphs, all_starts, measure, first_indent, string_width, para_gap)
    raise RuntimeError("no line length wraps inside every target figure")


def _place(paragraphs, all_starts, measure, first_indent, string_width, para_gap) -> PdfLayout:
    """Positions for the wrapped lines, page after page."""
    layout = PdfLayout(starts=all_starts)
    page, y = 1, TOP
    for paragraph, starts in zip(paragraphs, all_starts):
        for n, start in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(paragraph)
            text = paragraph[start:stop]
            x = LEFT + (first_indent if n == 0 else 0.0)
            char_space = 0.0
            stretch = LEFT + measure - x - string_width(text)
            if stop < len(paragraph) and stretch <= _max_stretch(len(text)):  # justify but the last line
                char_space = stretch / (len(text) - 1)
            if y > BOTTOM:
                page, y = page + 1, TOP
            layout.lines.append(PdfLine(page, x, y, text, char_space))
            y += PITCH
        if para_gap:
            y += FONT_SIZE
    layout.pages = page
    return layout


def split_tokens(paragraphs: list[str], layout: PdfLayout, tokens=PDF_SPLIT_TOKENS) -> set[str]:
    """Which of `tokens` the layout wrapped in the middle of (first occurrence of each)."""
    found = set()
    for token in tokens:
        for para, starts in zip(paragraphs, layout.starts):
            at = para.find(token)
            if at >= 0:
                if any(at < s < at + len(token) for s in starts):
                    found.add(token)
                break
    return found


def page_number_text(page: int, total: int, style: str) -> str:
    return {"dash": f"- {page} -", "di": f"第 {page} 页", "slash": f"{page}/{total}"}[style]


class _ReportlabCanvas:
    """Chinese text via reportlab's built-in Adobe CID font (needs no font file)."""

    FONT = "STSong-Light"

    def __init__(self, path: Path):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont(self.FONT))
        self._metrics = pdfmetrics
        self._canvas = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)

    def string_width(self, text: str) -> float:
        return self._metrics.stringWidth(text, self.FONT, FONT_SIZE)

    def new_page(self) -> None:
        self._canvas.showPage()

    def draw(self, x: float, baseline: float, text: str, char_space: float = 0.0) -> None:
        obj = self._canvas.beginText(x, PAGE_H - baseline)
        obj.setFont(self.FONT, FONT_SIZE)
        obj.setCharSpace(char_space)
        obj.textOut(text)
        self._canvas.drawText(obj)

    def save(self) -> None:
        self._canvas.save()


def pdf_backends() -> list[str]:
    """reportlab's built-in CID font (pdfminer reads it) and a hand-written Type0 font with an
    embedded Identity CMap (pdfminer reads none of it, PDFium does): neither needs a font file,
    so the PDFs are the same on every machine."""
    return ["reportlab", "identity-cmap"]


def build_pdf(
    path: Path,
    text: str,
    backend: str = "reportlab",
    indent: bool = False,
    para_gap: bool = True,
    page_style: str = "dash",
) -> tuple[PdfLayout, list[str]]:
    """The seed typeset as a multi-page PDF with a running header and page numbers.

    Returns the layout (to check the wraps) and the paragraphs in order.
    """
    paragraphs = seed_paragraphs(text)
    canvas = (
        IdentityCmapCanvas(path, PAGE_W, PAGE_H, FONT_SIZE) if backend == "identity-cmap" else _ReportlabCanvas(path)
    )
    layout = layout_pdf(paragraphs, functools.lru_cache(maxsize=None)(canvas.string_width), indent, para_gap)
    for page in range(1, layout.pages + 1):
        if page > 1:
            canvas.new_page()
        canvas.draw(LEFT, 50.0, PDF_HEADER)
        number = page_number_text(page, layout.pages, page_style)
        canvas.draw((PAGE_W - canvas.string_width(number)) / 2, 800.0, number)
        for line in layout.lines:
            if line.page == page:
                canvas.draw(line.x, line.baseline, line.text, line.char_space)
    canvas.save()
    return layout, paragraphs


# ---------------------------------------------------------------------------
# Odd inputs
# ---------------------------------------------------------------------------


def random_binary(n: int = 4096, seed: int = 7) -> bytes:
    """Random bytes that are sure to contain NULs."""
    rng = random.Random(seed)
    return b"\x00\x01" + bytes(rng.randrange(256) for _ in range(n))


def undecodable_bytes() -> bytes:
    """Text bytes valid in neither UTF-8 nor GB18030 (0x80 and 0xFF are never GB18030 lead bytes)."""
    return "科技报告 2020年".encode() + b"\x80\xff\x80\xff" + "增幅3.8%".encode()


def make_tree(root: Path) -> list[str]:
    """A nested input directory; returns the report files' paths relative to root, sorted."""
    files = {
        "b.txt": "乙",
        "a.html": "<p>甲</p>",
        "notes.md": "# 不是报告",
        "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00",
        "sub/c.htm": "<p>丙</p>",
        "sub/d.png": b"\x89PNG\x00",
        "sub/deeper/e.txt": "丁",
        "sub/deeper/f.md": "x",
        "z_dir/g.TXT": "戊",
        ".hidden/h.txt": "己",
    }
    for rel, content in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    (root / "empty_sub").mkdir()
    return [
        "a.html",
        "b.txt",
        os.path.join("sub", "c.htm"),
        os.path.join("sub", "deeper", "e.txt"),
        os.path.join("z_dir", "g.TXT"),
    ]


def unpicklable_records(text, doc=None, categories=None):
    """An extractor whose records no pickle takes (a worker cannot send them back)."""
    return [lambda: None]
