"""Real-world inputs through the command line: the seed report saved the ways analysts get
reports (GB18030, BOM, UTF-16, CRLF, a web page, Word, PDF) gives the same figures; folders,
stdin, --encoding, and `kjstats text`, whose output every span's offsets refer to.

All inputs are built at test time from seeds/000_a87d58a2556ee7bf.txt (see fixtures_build.py).
"""

from __future__ import annotations

import functools
import html
import os
from collections import Counter
from pathlib import Path

import pytest

import fixtures_build as fb
from kjstats import readers
from test_cli import run, triples

SEED = fb.seed_text()
PRINTED = SEED if SEED.endswith("\n") else SEED + "\n"  # `kjstats text` ends the last line

# The seed as a saved government web page: menu, breadcrumb, script, style, side links and
# a footer with a phone number and a licence number, none of which may give a figure.
PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>科技局工作动态</title>
<style>.n1 {{ width: 1200px; }}</style>
<script>var visitCount = 98765; document.write("浏览次数 4321 次");</script></head>
<body>
<nav><ul>{nav}</ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 科技动态 &gt; 2020年第7期</div>
<div class="content">
{body}
</div>
<ul class="side-menu"><li>相关链接</li><li>专题专栏 12 个</li></ul>
<footer><p>{footer}</p><p>网站访问量：1234567 次</p></footer>
</body></html>
"""
CHROME = ["网站首页", "浏览次数", "98765", "当前位置", "相关链接", "专题专栏", "版权所有", "浙ICP备", "1234567"]


def build_page(text: str, charset: str = "utf-8") -> str:
    nav = "".join(f'<li><a href="#">{item}</a></li>' for item in fb.HTML_NAV_ITEMS)
    body = "\n".join(f"<p>&nbsp;&nbsp;{html.escape(p)}</p>" for p in fb.seed_paragraphs(text))
    return PAGE.format(charset=charset, nav=nav, body=body, footer=fb.HTML_FOOTER)


def _bytes(data: bytes):
    return lambda path, text: path.write_bytes(data)


# (file name, how to write it): each must give exactly the figures of the UTF-8 .txt
SAME_AS_TXT = [
    ("seed_gb18030.txt", lambda path, text: path.write_bytes(text.encode("gb18030"))),
    ("seed_gbk.txt", lambda path, text: path.write_bytes(text.encode("gbk"))),
    ("seed_utf8_bom.txt", lambda path, text: path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))),
    ("seed_utf16.txt", lambda path, text: path.write_bytes(text.encode("utf-16"))),  # BOM + LE
    ("seed_utf16_be.txt", lambda path, text: path.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))),
    ("seed_crlf.txt", lambda path, text: path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))),
    ("seed_crlf_gb18030.txt", lambda path, text: path.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))),
    ("seed.html", lambda path, text: path.write_text(build_page(text), encoding="utf-8")),
    ("seed_gbk.htm", lambda path, text: path.write_bytes(build_page(text, "gbk").encode("gbk"))),
    ("seed.docx", lambda path, text: fb.build_docx(path, text, table_after=-1)),
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reports")
    (root / "seed.txt").write_text(SEED, encoding="utf-8")
    for name, write in SAME_AS_TXT:
        write(root / name, SEED)
    fb.build_pdf(root / "seed.pdf", SEED)
    return root


@functools.cache
def extracted(path: Path) -> list[dict]:
    """`kjstats extract PATH -f jsonl`, which must succeed quietly (once per file: PDFs are slow)."""
    result = run("extract", path, "-f", "jsonl")
    assert (result.code, result.err) == (0, "")
    return result.jsonl()


@functools.cache
def printed(path: Path) -> str:
    """`kjstats text PATH`, which must succeed quietly."""
    result = run("text", path)
    assert (result.code, result.err) == (0, "")
    return result.text


@pytest.fixture(scope="module")
def expected(reports) -> list[tuple]:
    return triples(extracted(reports / "seed.txt"))


@pytest.mark.parametrize("name", [name for name, _ in SAME_AS_TXT])
def test_every_saved_form_gives_the_same_figures(reports, expected, name):
    assert triples(extracted(reports / name)) == expected


def test_pdf_gives_nine_in_ten_figures_and_nothing_extra(reports, expected):
    found = Counter(triples(extracted(reports / "seed.pdf")))
    assert not found - Counter(expected), "figures the .txt does not have"
    assert sum((found & Counter(expected)).values()) >= 0.9 * len(expected)


def test_the_page_chrome_gives_nothing(reports):
    text = printed(reports / "seed.html")
    assert not [word for word in CHROME if word in text]
    assert fb.seed_paragraphs(SEED)[1] in text


@pytest.mark.parametrize(
    "name, reader",
    [
        ("seed.txt", "read_text_file"),
        ("seed.html", "read_html"),
        ("seed_gbk.htm", "read_html"),
        ("seed.docx", "read_docx"),
        ("seed.pdf", "read_pdf"),
    ],
)
def test_each_suffix_goes_through_its_reader(reports, monkeypatch, name, reader):
    calls = []
    for fn in ("read_text_file", "read_html", "read_docx", "read_pdf"):
        real = getattr(readers, fn)

        def spy(*args, _fn=fn, _real=real, **kwargs):
            calls.append(_fn)
            return _real(*args, **kwargs)

        monkeypatch.setattr(readers, fn, spy)
    assert run("extract", reports / name).code == 0
    assert calls == [reader]


# ---------------------------------------------------------------------------
# kjstats text: the text every offset refers to
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["seed.txt", "seed_gb18030.txt", "seed_utf16.txt", "seed_crlf.txt", "seed.html", "seed.docx", "seed.pdf"]
)
def test_offsets_refer_to_the_printed_text(reports, name):
    text, records = printed(reports / name), extracted(reports / name)
    assert records
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]


def test_text_of_a_plain_report_is_the_report(reports):
    for name in ("seed.txt", "seed_gb18030.txt", "seed_utf8_bom.txt", "seed_crlf.txt"):
        result = run("text", reports / name)
        assert (result.code, result.text) == (0, PRINTED)


def test_text_heads_each_of_several_documents(reports):
    result = run("text", reports / "seed.txt", reports / "seed_gbk.txt")
    assert result.code == 0
    assert result.text == f"==> {reports / 'seed.txt'} <==\n{PRINTED}==> {reports / 'seed_gbk.txt'} <==\n{PRINTED}"


def test_text_reports_failures_like_extract(reports, tmp_path):
    result = run("text", tmp_path / "missing.txt", reports / "seed.txt")
    assert result.code == 1
    assert result.err_lines == [f"kjstats: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert result.text == f"==> {reports / 'seed.txt'} <==\n{PRINTED}"


# ---------------------------------------------------------------------------
# Directories and stdin
# ---------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A folder as analysts keep them: reports in several formats, other files, nesting."""
    monkeypatch.chdir(tmp_path)
    root = Path("reports")
    files = {
        "b.txt": SEED.encode("gb18030"),
        "a.html": build_page(SEED).encode("utf-8"),
        "sub/c.docx": None,
        "sub/deeper/d.TXT": "全区新增企业12家。".encode(),
        "sub/e.htm": "<p>研发经费支出25.9亿元</p>".encode(),
        "notes.md": "研发经费支出25.9亿元".encode(),  # not a report suffix
        "data.csv": b"a,b\n1,2\n",
        "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00",
        "sub/deeper/scan.jpg": b"\xff\xd8\xff",
        ".hidden/f.txt": "新增企业3家。".encode(),  # hidden: skipped
    }
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            fb.build_docx(path, SEED, table_after=-1)
        else:
            path.write_bytes(data)
    return root


def test_a_directory_is_searched_recursively_for_reports(folder, expected):
    result = run("extract", folder, "-f", "jsonl")
    assert (result.code, result.err) == (0, "")
    records = result.jsonl()
    docs = list(dict.fromkeys(r["doc"] for r in records))
    assert docs == [
        os.path.join("reports", p) for p in ("a.html", "b.txt", "sub/c.docx", "sub/deeper/d.TXT", "sub/e.htm")
    ]
    by_doc = {d: triples([r for r in records if r["doc"] == d]) for d in docs}
    for seed_doc in docs[:3]:
        assert by_doc[seed_doc] == expected


def test_a_directory_path_keeps_its_spelling(folder):
    result = run("extract", "reports/sub/", "-f", "jsonl")
    assert {r["doc"] for r in result.jsonl()} == {"reports/sub/c.docx", "reports/sub/deeper/d.TXT", "reports/sub/e.htm"}


def test_files_and_directories_and_stdin_mix(folder, expected):
    result = run("extract", "reports/b.txt", "-", "reports/sub/deeper", "-f", "jsonl", input=SEED.encode("gb18030"))
    assert result.code == 0
    records = result.jsonl()
    assert list(dict.fromkeys(r["doc"] for r in records)) == ["reports/b.txt", "-", "reports/sub/deeper/d.TXT"]
    assert triples([r for r in records if r["doc"] == "-"]) == expected


@pytest.mark.parametrize(
    "data",
    [
        SEED.encode("utf-8"),
        SEED.encode("gb18030"),
        SEED.encode("utf-16"),
        SEED.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "gb18030", "utf16", "crlf"],
)
def test_stdin(expected, data):
    result = run("extract", "-", "-f", "jsonl", input=data)
    assert result.code == 0
    records = result.jsonl()
    assert triples(records) == expected and {r["doc"] for r in records} == {"-"}


def test_stdin_failure_is_one_line(expected):
    result = run("extract", "-", input=fb.random_binary())
    assert result.code == 1
    assert result.err_lines == ["kjstats: <stdin>: binary file, not a report"]


def test_empty_stdin_is_not_an_error():
    result = run("extract", "-", input=b"")
    assert (result.code, result.err) == (0, "")


# ---------------------------------------------------------------------------
# --encoding
# ---------------------------------------------------------------------------

BIG5_TEXT = "2020年，全區研發經費支出25.9億元，同比增長3.8%。\n"


@pytest.mark.parametrize(
    "data, encoding, status, why",
    [
        # Big5 bytes also decode as GB18030, into nonsense: only --encoding reads them right
        (BIG5_TEXT.encode("big5"), "big5", 0, None),
        # UTF-16 without a byte-order mark looks binary until told
        (SEED.encode("utf-16-le"), "utf-16-le", 0, None),
        (SEED.encode("gbk"), "gbk", 0, None),
        # the override is obeyed even when it is wrong
        (SEED.encode("gbk"), "utf-8", 1, "cannot decode as utf-8"),
    ],
)
def test_encoding_override(tmp_path, data, encoding, status, why):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    result = run("text", path, "--encoding", encoding)
    assert result.code == status
    if why:
        assert result.err_lines == [f"kjstats: {path}: {why}"]
    else:
        assert result.text.rstrip("\n") == data.decode(encoding).rstrip("\n")
        assert run("extract", path, "--encoding", encoding).code == 0


def test_encoding_override_finds_big5_figures(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(BIG5_TEXT.encode("big5"))
    records = run("extract", path, "-f", "jsonl", "--encoding", "big5").jsonl()
    assert [(r["text"], str(r["value"]), r["kind"]) for r in records] == [
        ("25.9億元", "2590000000", "level"),
        ("3.8%", "3.8", "growth"),
    ]
    guessed = run("extract", path, "-f", "jsonl").jsonl()
    assert [r["text"] for r in guessed] != ["25.9億元", "3.8%"]


def test_utf16_without_bom_needs_the_override(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(SEED.encode("utf-16-le"))
    result = run("extract", path)
    assert result.code == 1
    assert result.err_lines == [f"kjstats: {path}: binary file, not a report"]
