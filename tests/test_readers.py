"""Readers: every input format of the seed report gives back the same report text.

Fixtures are built at test time from seeds/000_a87d58a2556ee7bf.txt (see fixtures_build.py).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import tracemalloc
import types
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fixtures_build as fb
from kjstats import lines, pdfread, sources
from kjstats.extras import install_hint
from kjstats.readers import (
    REPORT_SUFFIXES,
    ReadError,
    decode_bytes,
    iter_inputs,
    iter_text_chunks,
    read_docx,
    read_html,
    read_path,
    read_pdf,
    read_stdin,
    read_text_file,
)

SEED = fb.seed_text()
PARAGRAPHS = fb.seed_paragraphs(SEED)


def assert_one_line_error(excinfo, name: str, *fragments: str) -> None:
    message = str(excinfo.value)
    assert "\n" not in message
    assert message.startswith(f"{name}: "), message
    for fragment in fragments:
        assert fragment in message, message


# ---------------------------------------------------------------------------
# Plain text: every encoding of the seed reads back as the UTF-8 seed
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["utf8", "gb18030", "utf8_bom", "utf16_le_bom", "crlf", "crlf_gb18030"])
def test_seed_encodings_read_back_identically(tmp_path, variant):
    paths = fb.write_text_variants(tmp_path, SEED)
    assert read_path(paths[variant]) == read_path(paths["utf8"]) == SEED


@pytest.mark.parametrize(
    "data, encoding, expected",
    [
        (b"", None, ""),
        (b"a\r\nb\rc\n", None, "a\nb\nc\n"),
        (b"end with CR\r", None, "end with CR\n"),
        (b"\r\r\n\n", None, "\n\n\n"),
        ("\ufeff增幅3.8%".encode("utf-8"), None, "增幅3.8%"),
        (b"\xfe\xff" + "研发\r\n".encode("utf-16-be"), None, "研发\n"),
        (b"\xff\xfe\x00\x00" + "投入".encode("utf-32-le"), None, "投入"),
        ("高新技术企业68家".encode("gbk"), None, "高新技术企业68家"),
        ("高新技术企业68家".encode("gbk"), "gbk", "高新技术企业68家"),
        ("\ufeff研发".encode("utf-8"), "utf-8", "研发"),  # explicit encoding still drops the BOM
        ("研发".encode("utf-16"), "utf-16", "研发"),
        # no other normalisation: full-width digits, ideographic space, tabs, NBSP stay
        ("１２３％\u3000\t\xa0x".encode("utf-8"), None, "１２３％\u3000\t\xa0x"),
        ("form\x0cfeed".encode("ascii"), None, "form\x0cfeed"),
    ],
)
def test_decode_bytes(data, encoding, expected):
    assert decode_bytes(data, encoding) == expected


@pytest.mark.parametrize(
    "data, encoding, fragment",
    [
        (fb.random_binary(), None, "binary file, not a report"),
        (b"\x01\x02\x03\x04\x05\x06abc\x07\x08", None, "binary file, not a report"),  # controls, no NUL
        (fb.undecodable_bytes(), None, "cannot decode as UTF-8 or GB18030 (use --encoding)"),
        (b"abc", "no-such-codec", "unknown encoding 'no-such-codec'"),
        (b"YWJj", "base64", "unknown encoding 'base64'"),  # not a text encoding
        (b"abc\xff", "ascii", "cannot decode as ascii"),
        (b"abc", "utf-16", "cannot decode as utf-16"),  # odd byte count
        (b"\xef\xbb\xbf\xff\xfe\xfd", None, "cannot decode as UTF-8"),  # BOM says UTF-8, bytes disagree
    ],
)
def test_decode_bytes_errors(data, encoding, fragment):
    with pytest.raises(ReadError) as excinfo:
        decode_bytes(data, encoding, name="x.txt")
    assert_one_line_error(excinfo, "x.txt", fragment)


def test_utf16_odd_bytes_error_is_a_read_error():
    # Whatever the reason given, an impossible UTF-16 input must be a ReadError.
    with pytest.raises(ReadError):
        decode_bytes(b"\xff\xfe\x41", None, name="y.txt")


# ---------------------------------------------------------------------------
# read_path failures: one line, naming the file
# ---------------------------------------------------------------------------


def _corrupt(suffix: str, data: bytes):
    def make(tmp: Path) -> Path:
        path = tmp / f"broken{suffix}"
        path.write_bytes(data)
        return path

    return make


@pytest.mark.parametrize(
    "make, fragment",
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "is a directory, not a file"),
        (_corrupt(".txt", fb.random_binary()), "binary file, not a report"),
        (_corrupt(".bin", fb.random_binary()), "binary file, not a report"),
        (_corrupt(".txt", fb.undecodable_bytes()), "cannot decode as UTF-8 or GB18030 (use --encoding)"),
        (_corrupt(".docx", b"PK\x03\x04 this is not a zip"), "not a readable .docx file"),
        (_corrupt(".docx", b""), "not a readable .docx file"),
        (_corrupt(".pdf", b"%PDF-1.4\n garbage \x00\x01"), "not a readable PDF"),
        (_corrupt(".pdf", "研究报告".encode()), "not a readable PDF"),
        (_corrupt(".doc", b"\xd0\xcf\x11\xe0"), "old binary .doc is not supported"),
    ],
)
def test_read_path_errors(tmp_path, make, fragment):
    path = make(tmp_path)
    with pytest.raises(ReadError) as excinfo:
        read_path(str(path))
    assert_one_line_error(excinfo, str(path), fragment)


def test_permission_denied(tmp_path, monkeypatch):
    # Tests may run as root, where chmod 000 does not stop a read: simulate the OS refusing.
    path = tmp_path / "locked.txt"
    path.write_text("研发", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources, "open", refuse, raising=False)
    for reader in (read_path, read_text_file, lambda p: list(iter_text_chunks(p))):
        with pytest.raises(ReadError) as excinfo:
            reader(str(path))
        assert_one_line_error(excinfo, str(path), "permission denied")


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md", ""])
def test_empty_file_is_empty_text(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert read_path(str(path)) == ""


def test_bad_encoding_name(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(SEED, encoding="utf-8")
    with pytest.raises(ReadError) as excinfo:
        read_path(str(path), encoding="klingon-8")
    assert_one_line_error(excinfo, str(path), "unknown encoding")


def test_explicit_encoding_is_used(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.encode("gb18030"))
    assert read_path(str(path), encoding="gb18030") == SEED
    with pytest.raises(ReadError):
        read_path(str(path), encoding="utf-8")


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------


def _expected_html_lines() -> list[str]:
    return PARAGRAPHS[:3] + fb.TABLE_LINES + PARAGRAPHS[3:]


@pytest.mark.parametrize("charset, encoding", [("utf-8", "utf-8"), ("gb2312", "gb18030"), ("GBK", "gbk")])
def test_html_page_gives_the_report(tmp_path, charset, encoding):
    path = tmp_path / "page.html"
    path.write_bytes(fb.build_html(SEED, charset=charset).encode(encoding))
    text = read_path(str(path))
    assert text == "\n".join(_expected_html_lines())
    for paragraph in PARAGRAPHS:
        assert paragraph in text.split("\n")
    # page chrome is gone, the seed's own phone number stays (once, as in the seed)
    for chrome in (
        *fb.HTML_NAV_ITEMS,
        "visitCount",
        "98765",
        "4321",
        "版权所有",
        "浙ICP备",
        "当前位置",
        "相关链接",
        "font-size",
        "科技局工作动态",
    ):
        assert chrome not in text
    assert text.count("电话:0571-28978941") == SEED.count("电话:0571-28978941") == 1


@pytest.mark.parametrize(
    "markup, expected",
    [
        ("<p>甲</p><p>乙</p>", "甲\n乙"),
        ("<p>R&amp;D&nbsp;投入 &lt;5%&#65292;增长</p>", "R&D 投入 <5%，增长"),
        ("<p>经费支出25.9亿\n    元，增幅3.8%</p>", "经费支出25.9亿元，增幅3.8%"),  # source newline in Chinese
        ("<p>Hello\n   world  again</p>", "Hello world again"),
        ("<p>一<br>二<br/><br>三</p>", "一\n二\n\n三"),
        ("<div>a<div>b</div>c</div>", "a\nb\nc"),
        ("<h1>标题</h1>正文<ul><li>一<li>二</ul>尾", "标题\n正文\n一\n二\n尾"),
        ("<p>段一<p>段二", "段一\n段二"),  # unclosed paragraphs
        (
            "<table><tr><th>指标</th><th>2020年</th></tr><tr><td><p>R&amp;D</p></td><td>25.9</td></tr></table>",
            "指标 | 2020年\nR&D | 25.9",
        ),
        ("<table><tr><td colspan=2>合计</td><td>9</td></tr><tr><td>a<td>b<td>c</table>", "合计 |  | 9\na | b | c"),
        ("<table><tr><td>研发经费<br>(亿元)</td><td>25.9</td></tr></table>", "研发经费(亿元) | 25.9"),
        (  # a layout table around the article: its long cell stays prose, not one pipe row
            "<table><tr><td>菜单</td><td><p>" + "长" * 210 + "</p><p>第二段</p></td></tr></table>",
            "菜单\n" + "长" * 210 + "\n第二段",
        ),
        (  # old CMS page: menu cell and article cell side by side
            "<table><tr><td><ul><li>栏目一</li><li>栏目二</li></ul></td><td><div class='TRS_Editor'>"
            "<p>" + "研发" * 30 + "25.9亿元。</p><p>" + "孵化器" * 10 + "10家。</p></div></td></tr></table>",
            "栏目一\n栏目二\n" + "研发" * 30 + "25.9亿元。\n" + "孵化器" * 10 + "10家。",
        ),
        ("<table><tr><td><p>研发经费</p><p>(亿元)</p></td><td><p>25.9</p></td></tr></table>", "研发经费(亿元) | 25.9"),
        (
            "<table><tr><td><table><tr><td>x</td><td>1</td></tr></table></td></tr></table>",
            "x | 1",
        ),
        ("<pre>行一\n  行二</pre>", "行一\n行二"),
        ("<div role='navigation'>导航</div><p>正文</p>", "正文"),
        ("<div id='footer'>页脚</div><p>正文</p>", "正文"),
        ("<div class='nav'>菜单</div><div class='site-footer'>页脚</div><p>正文</p>", "正文"),
        ("<div class='copyright'>版权</div><p class='menu_x'>菜单</p><p>正文</p>", "正文"),
        ("<div class='sidebar'>侧栏</div><div class='Breadcrumb'>位置</div><p>正文</p>", "正文"),
        ("<p hidden>隐藏</p><p style='display: none'>隐藏</p><p>正文</p>", "正文"),
        ("<noscript>请启用</noscript><template>模板</template><iframe>框</iframe><p>正文</p>", "正文"),
        ("<form><input value=1>表单<select><option>选项</select></form><p>正文</p>", "正文"),
        ("<svg><text>42</text></svg><aside>旁注</aside><p>正文</p>", "正文"),
        ("<header>站点</header><article><header><h1>标题</h1></header><p>正文</p></article>", "标题\n正文"),
        ("<body class='has-sidebar'><p>正文</p></body>", "正文"),  # body is never judged by class
        ("<div class='main-menu'><p>全部正文</p></div>", "全部正文"),  # heuristics emptied the page: retry
        ("<html><head><title>t</title><body><p>正文</p>", "正文"),  # missing </head>
        ("<p>a</span></div>b</p>", "ab"),  # stray end tags are ignored
        ("<!-- 注释 --><p>正文<!-- 12 --></p>", "正文"),
        ("", ""),
    ],
)
def test_html_rendering(markup, expected):
    assert read_html(markup) == expected


@pytest.mark.parametrize(
    "data, encoding, expected",
    [
        ('<meta charset="gb2312"><p>研发投入</p>'.encode("gb18030"), None, "研发投入"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>研发</p>'.encode("gbk"), None, "研发"),
        ('<meta charset="utf-8"><p>研发</p>'.encode("gb18030"), None, "研发"),  # page lies: sniff instead
        ('<meta charset="x-unknown"><p>研发</p>'.encode(), None, "研发"),
        ("<p>研发</p>".encode("utf-16"), None, "研发"),  # BOM beats everything
        ('<meta charset="utf-8"><p>研究</p>'.encode("big5"), "big5", "研究"),  # explicit beats meta
    ],
)
def test_html_charset(data, encoding, expected):
    assert read_html(data, encoding) == expected


def test_html_binary_is_rejected():
    with pytest.raises(ReadError) as excinfo:
        read_html(fb.random_binary(), name="p.html")
    assert_one_line_error(excinfo, "p.html", "binary file")


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------


def test_docx_paragraphs_and_table_in_order(tmp_path):
    path = tmp_path / "seed.docx"
    expected = fb.build_docx(path, SEED)
    assert read_docx(str(path)) == "\n".join(expected)
    assert read_path(str(path)) == "\n".join(expected)


def test_docx_merged_cells_and_multiline_cells(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("前")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "合计"
    table.cell(0, 2).text = "9"
    table.cell(1, 0).text = "研发经费"
    table.cell(1, 0).add_paragraph("(亿元)")
    table.cell(1, 1).text = "25.9"
    document.add_paragraph("后")
    path = tmp_path / "t.docx"
    document.save(str(path))
    # lines are stripped, so an empty last cell leaves a bare trailing "|"
    assert read_docx(str(path)) == "前\n合计 |  | 9\n研发经费(亿元) | 25.9 |\n后"


@pytest.mark.parametrize(
    "module, suffix, hint",
    [
        ("docx", ".docx", "reading .docx needs python-docx: " + install_hint("python-docx")),
        ("pdfplumber", ".pdf", "reading .pdf needs pdfplumber: " + install_hint("pdfplumber")),
    ],
)
def test_missing_optional_dependency(tmp_path, monkeypatch, module, suffix, hint):
    path = tmp_path / f"d{suffix}"
    path.write_bytes(b"anything")
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    with pytest.raises(ReadError) as excinfo:
        read_path(str(path))
    assert str(excinfo.value) == f"{path}: {hint}"


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

# reportlab's STSong-Light CID font has no glyph mapping for U+00B7 "·": it never reaches the PDF.
UNRENDERED = {"reportlab": "·", "identity-cmap": ""}


@pytest.mark.parametrize("backend", fb.pdf_backends())
@pytest.mark.parametrize(
    "indent, para_gap, page_style",
    [(False, True, "dash"), (True, False, "di"), (True, True, "slash")],
    ids=["gap-only", "indent-only", "both"],
)
def test_pdf_rejoins_wrapped_lines(tmp_path, backend, indent, para_gap, page_style):
    path = tmp_path / "seed.pdf"
    layout, paragraphs = fb.build_pdf(path, SEED, backend, indent=indent, para_gap=para_gap, page_style=page_style)
    # the fixture really wraps inside the target figures and spans several pages
    assert fb.split_tokens(paragraphs, layout) == set(fb.PDF_SPLIT_TOKENS)
    assert layout.pages >= 3

    text = read_pdf(str(path))
    assert read_path(str(path)) == text
    for token in fb.seed_figures(SEED):
        assert token in text, token
    expected = [p.translate({ord(c): None for c in UNRENDERED[backend]}) for p in paragraphs]
    assert text.split("\n") == expected
    assert fb.PDF_HEADER not in text
    for page in range(1, layout.pages + 1):
        assert fb.page_number_text(page, layout.pages, page_style) not in text


@pytest.mark.parametrize(
    "line, is_page_number",
    [
        ("3", True),
        ("- 3 -", True),
        ("— 12 —", True),
        ("－3－", True),
        ("第 3 页", True),
        ("第3页 共12页", True),
        ("3/12", True),
        ("Page 3 of 12", True),
        ("p. 7", True),
        ("2020年", False),
        ("增幅3.8%", False),
        ("3.8", False),
        ("1~3家", False),
        ("- 3", False),
    ],
)
def test_page_number_patterns(line, is_page_number):
    assert bool(pdfread._PAGE_NUMBER.match(line)) is is_page_number


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 200, fill=1)  # a picture, no text
    c.save()
    with pytest.raises(ReadError) as excinfo:
        read_pdf(str(path))
    assert_one_line_error(excinfo, str(path), "no text layer")


@pytest.mark.parametrize(
    "left, right, joiner",
    [
        ("25.9亿", "元", ""),
        ("25.", "9亿元", ""),
        ("1~", "3家", ""),
        ("R&D", "投入", ""),
        ("研发", "GDP", ""),
        ("total", "2020", " "),
        ("出口交货值2", "303亿元", ""),  # a number wrapped between two digits
        ("GDP", "ratio", " "),
        ("E-mail:", "kj@126.com", ""),
        ("占比", "（", ""),
    ],
)
def test_line_joiner(left, right, joiner):
    assert lines.joiner(left, right) == joiner


# ---------------------------------------------------------------------------
# stdin
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, encoding, expected",
    [
        (SEED.encode("gb18030"), None, SEED),
        (SEED.replace("\n", "\r\n").encode("utf-8"), None, SEED),
        ("研究".encode("big5"), "big5", "研究"),
        (b"", None, ""),
    ],
)
def test_read_stdin(data, encoding, expected):
    assert read_stdin(encoding, stream=io.BytesIO(data)) == expected


def test_read_stdin_default_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO("增幅3.8%".encode("gbk"))))
    assert read_stdin() == "增幅3.8%"


def test_read_stdin_binary():
    with pytest.raises(ReadError) as excinfo:
        read_stdin(stream=io.BytesIO(fb.random_binary()))
    assert_one_line_error(excinfo, "<stdin>", "binary file")


# ---------------------------------------------------------------------------
# iter_inputs
# ---------------------------------------------------------------------------


def test_iter_inputs_walks_directories_in_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    expected_rel = fb.make_tree(Path("reports"))
    Path("single.md").write_text("一", encoding="utf-8")
    Path("empty_dir").mkdir()

    results = list(iter_inputs(["single.md", "-", "reports", "nope.txt", "empty_dir"]))
    docs = [(name, path) for name, path, err in results if err is None]
    errors = [(name, str(err)) for name, path, err in results if err is not None]

    walked = [os.path.join("reports", rel) for rel in expected_rel]
    assert docs == [("single.md", "single.md"), ("-", "-")] + [(p, p) for p in walked]
    assert errors == [
        ("nope.txt", "nope.txt: no such file or directory"),
        ("empty_dir", "empty_dir: no .txt/.html/.htm/.docx/.pdf files in directory"),
    ]
    for name, path, err in results:
        assert path is None or name == path
        assert err is None or path is None
    # every walked file has a report suffix and reads
    assert all(p.lower().endswith(REPORT_SUFFIXES) for p in walked)
    assert [read_path(p) for p in walked] == ["甲", "乙", "丙", "丁", "戊"]


def test_iter_inputs_keeps_given_directory_spelling(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fb.make_tree(Path("reports"))
    names = [name for name, _, _ in iter_inputs(["reports/"])]
    assert names[0] == "reports/a.html"
    absolute = [name for name, _, _ in iter_inputs([str(tmp_path / "reports")])]
    assert absolute[0] == str(tmp_path / "reports" / "a.html")


def test_iter_inputs_is_lazy(tmp_path):
    gen = iter_inputs(p for p in [str(tmp_path / "missing")])
    assert isinstance(gen, types.GeneratorType)
    name, path, err = next(gen)
    assert path is None and isinstance(err, ReadError)


# ---------------------------------------------------------------------------
# iter_text_chunks: large files in pieces, same text and offsets as read_text_file
# ---------------------------------------------------------------------------


def _check_chunks(path: Path, chunk_chars: int, encoding=None, lines_fit: bool = True) -> list[tuple[int, str]]:
    whole = read_text_file(str(path), encoding)
    chunks = list(iter_text_chunks(str(path), encoding, chunk_chars=chunk_chars))
    assert "".join(text for _, text in chunks) == whole
    offset = 0
    for start, text in chunks:
        assert start == offset
        assert whole[start : start + len(text)] == text
        offset += len(text)
    for _, text in chunks[:-1]:
        assert len(text) <= chunk_chars
        if lines_fit:  # every window holds a newline: pieces end at paragraph boundaries
            assert text.endswith("\n")
    return chunks


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8", "utf-16"])
@pytest.mark.parametrize("chunk_chars", [100_000, 1_000_000])
def test_iter_text_chunks_on_3mb_file(tmp_path, encoding, chunk_chars):
    path = tmp_path / f"big_{encoding}.txt"
    data = fb.big_report(3_000_000, SEED, encoding if encoding != "utf-16" else "utf-16-le")
    if encoding == "utf-16":
        data = b"\xff\xfe" + data
    path.write_bytes(data)
    chunks = _check_chunks(path, chunk_chars)
    assert len(chunks) > 1
    assert "\r" not in "".join(t for _, t in chunks)


def test_iter_text_chunks_crlf_across_block_edge(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "BLOCK_BYTES", 1000)
    body = "a" * 999 + "\r\n" + "研" * 400 + "\r" + "b" * 600 + "\r\r\n"
    for encoding in ("utf-8", "gb18030"):
        path = tmp_path / f"edge_{encoding}.txt"
        path.write_bytes(body.encode(encoding))
        chunks = _check_chunks(path, 300, lines_fit=False)
        assert "".join(t for _, t in chunks) == body.replace("\r\n", "\n").replace("\r", "\n")


def test_iter_text_chunks_late_non_utf8(tmp_path, monkeypatch):
    # UTF-8-valid for the first blocks, then GB18030 bytes: the whole file is GB18030,
    # as read_text_file decides, and no chunk was yielded under the wrong guess.
    monkeypatch.setattr(sources, "BLOCK_BYTES", 4096)
    text = "abc 123\n" * 2000 + fb.seed_text()
    path = tmp_path / "late.txt"
    path.write_bytes(text.encode("gb18030"))
    assert "".join(t for _, t in iter_text_chunks(str(path), chunk_chars=5000)) == text == read_text_file(str(path))


def test_iter_text_chunks_errors_before_first_chunk(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "BLOCK_BYTES", 4096)
    path = tmp_path / "bad.txt"
    path.write_bytes(("研发\n" * 5000).encode("utf-8") + fb.undecodable_bytes())
    gen = iter_text_chunks(str(path), chunk_chars=1000)
    with pytest.raises(ReadError) as excinfo:
        next(gen)
    assert_one_line_error(excinfo, str(path), "cannot decode")


def test_iter_text_chunks_memory_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "BLOCK_BYTES", 64 * 1024)
    path = tmp_path / "big.txt"
    path.write_bytes(fb.big_report(6_000_000, SEED, "gb18030"))
    tracemalloc.start()
    try:
        total = sum(len(text) for _, text in iter_text_chunks(str(path), chunk_chars=100_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total > 2_000_000
    assert peak < 2_000_000, peak  # a few chunks' worth, not the 6 MB file or its ~8 MB of text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_TEXT = st.lists(st.sampled_from(list("研发投入亿元增幅%.,。ab12 \t\r\n𠀀") + ["\r\n"]), max_size=200).map("".join)


@settings(max_examples=60, deadline=None)
@given(
    text=_TEXT,
    encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]),
    chunk=st.integers(1, 50),
    block=st.integers(5, 40),
)
def test_chunks_match_whole_read_property(text, encoding, chunk, block):
    data = text.encode(encoding)
    if encoding == "gb18030" and _is_utf8(data):
        text = data.decode("utf-8")  # short GB18030 can be valid UTF-8 ("投" = CD B6 = "Ͷ"): UTF-8 wins
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    with tempfile.TemporaryDirectory() as tmp, mock.patch.object(sources, "BLOCK_BYTES", block):
        path = Path(tmp) / "t.txt"
        path.write_bytes(data)
        assert read_text_file(str(path)) == expected
        pieces = list(iter_text_chunks(str(path), chunk_chars=chunk))
        assert "".join(t for _, t in pieces) == expected
        assert [o for o, _ in pieces] == [sum(len(t) for _, t in pieces[:i]) for i in range(len(pieces))]


# ---------------------------------------------------------------------------
# Library hygiene
# ---------------------------------------------------------------------------


def test_readers_import_no_cli_or_optional_libraries():
    code = (
        "import sys, kjstats.readers; "
        "print(sorted(m for m in ('click', 'rich', 'docx', 'pdfplumber') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_reading_is_deterministic(tmp_path):
    html_path = tmp_path / "p.html"
    html_path.write_text(fb.build_html(SEED), encoding="utf-8")
    assert read_path(str(html_path)) == read_path(str(html_path))
