"""PDF tables read as tables, and text pdfminer cannot decode read by PDFium (issue 15).

The PDFs are built here with fonts that need no file of the machine: reportlab's built-in
STSong-Light CID font (pdfminer reads it) and cmap_pdf's Type0 font with an embedded Identity
CMap (pdfminer reads none of it). The samples of ../shared/samples, when present, are compared
with the .txt of the same report by (text, value, unit).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from cmap_pdf import IdentityCmapCanvas
from kjstats import extract
from kjstats.readers import ReadError, read_pdf

ROWS = [
    ["序号", "各市", "产值(亿元)", "同比变化(%)"],
    ["9", "舟山市", "277.85", "16.64"],
    ["10", "台州市", "696.34", "4.86"],
    ["11", "丽水市", "163.57", "6.63"],
]
XS = [72.0, 120.0, 220.0, 330.0, 450.0]
TITLE = "表1.2各市高新技术产业产值情况"
LEAD = "2014年上半年，我省高新技术产业增长平稳，规模以上工业出口交货值5651.4亿元，"  # a full line
PROSE = "全省高新技术产业产值10205.2亿元，同比增长6.15%。"  # the paragraph's short last line


def _reportlab_table(path: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setFont("STSong-Light", 10.5)
    c.drawString(72, 842 - 63, LEAD)
    c.drawString(72, 842 - 80, PROSE)
    c.drawString(72, 842 - 110, TITLE)
    tops = [120 + 20 * i for i in range(len(ROWS) + 1)]
    for x in XS:
        c.line(x, 842 - tops[0], x, 842 - tops[-1])
    for t in tops:
        c.line(XS[0], 842 - t, XS[-1], 842 - t)
    for r, row in enumerate(ROWS):
        for k, cell in enumerate(row):
            c.drawString(XS[k] + 3, 842 - (tops[r] + 14), cell)
    c.save()
    return path


def _cmap_table(path: Path) -> Path:
    c = IdentityCmapCanvas(path)
    c.draw(72, 63, LEAD)
    c.draw(72, 80, PROSE)
    c.draw(72, 110, TITLE)
    tops = [120 + 20 * i for i in range(len(ROWS) + 1)]
    for x in XS:
        c.rule(x, tops[0], x, tops[-1])
    for t in tops:
        c.rule(XS[0], t, XS[-1], t)
    for r, row in enumerate(ROWS):
        for k, cell in enumerate(row):
            c.draw(XS[k] + 3, tops[r] + 14, cell)
    c.save()
    return path


BUILDERS = {"reportlab": _reportlab_table, "identity-cmap": _cmap_table}


@pytest.mark.parametrize("backend", list(BUILDERS))
def test_ruled_table_rows_are_pipe_lines(tmp_path, backend):
    text = read_pdf(str(BUILDERS[backend](tmp_path / "t.pdf")))
    assert text.split("\n") == [LEAD + PROSE, TITLE] + [" | ".join(row) for row in ROWS]


@pytest.mark.parametrize("backend", list(BUILDERS))
def test_no_figure_across_two_cells(tmp_path, backend):
    # read as lines, "16.64" ending one row and "10 台州市" starting the next became 16.641 台
    records = extract(read_pdf(str(BUILDERS[backend](tmp_path / "t.pdf"))))
    texts = [r.text for r in records]
    assert "16.64" in " ".join(texts) and not any("16.641" in t or "台" in t for t in texts), texts
    cells = {r.text for r in records if r.start > len(LEAD + PROSE + TITLE)}
    assert {"277.85", "696.34", "163.57", "16.64", "4.86", "6.63"} <= cells, cells


def test_text_pdfminer_cannot_decode_is_read(tmp_path):
    import pdfplumber

    path = tmp_path / "cmap.pdf"
    c = IdentityCmapCanvas(path)
    c.draw(72, 80, PROSE)
    c.new_page()
    c.draw(72, 80, "新增高新技术企业120家。")
    c.draw(72, 120, "研发经费增长3.8%。")
    c.save()
    with pdfplumber.open(path) as pdf:
        assert not any(page.chars for page in pdf.pages)  # pdfminer reads nothing
    # the paragraph goes on across the page break, as in a PDF read by pdfminer
    assert read_pdf(str(path)) == PROSE + "新增高新技术企业120家。\n研发经费增长3.8%。"


def test_scanned_is_said_only_without_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    with pytest.raises(ReadError, match="no text layer"):
        read_pdf(str(path))


def test_a_box_around_a_paragraph_is_not_a_table(tmp_path):
    c = IdentityCmapCanvas(tmp_path / "box.pdf")
    c.draw(75, 100, PROSE)
    for x0, t0, x1, t1 in ((70, 85, 400, 85), (70, 105, 400, 105), (70, 85, 70, 105), (400, 85, 400, 105)):
        c.rule(x0, t0, x1, t1)
    c.save()
    assert read_pdf(str(tmp_path / "box.pdf")) == PROSE


# ---------------------------------------------------------------------------
# The samples of ../shared/samples: the same report as .txt and as PDFs

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = SHARED / "samples"
REPORT_TXT = SHARED / "corpus" / "06_zhejiang-kejihuodong-shuju-2014h1.txt"
SRC = str(Path(__file__).resolve().parent.parent / "src")


def _records(path: Path) -> Counter:
    code = "import sys; from kjstats.cli import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", str(path), "-f", "jsonl"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return Counter((r["text"], r["value"], r["unit"]) for r in map(json.loads, done.stdout.splitlines()))


@pytest.mark.parametrize("sample, floor", [("06-table-libreoffice.pdf", 45), ("06-embedded-cjk-font.pdf", 40)])
def test_sample_pdfs_give_the_records_of_the_txt(sample, floor):
    if not (SAMPLES / sample).exists() or not REPORT_TXT.exists():
        pytest.skip("../shared/samples is not here")
    expected, got = _records(REPORT_TXT), _records(SAMPLES / sample)
    assert sum(expected.values()) == 47
    assert sum((expected & got).values()) >= floor, expected - got
    assert not got - expected, f"false records: {got - expected}"
