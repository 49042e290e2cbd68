"""kjstats show: every figure marked exactly where it stands, in plain text, in colour and in HTML."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from kjstats import extract
from kjstats.cli import cli
from kjstats.highlight import (
    CATEGORY_COLOURS,
    blocks,
    html_page,
    mark_plain,
    pieces,
    superscript,
)
from kjstats.readers import read_path
from kjstats.records import CATEGORIES, Indicator

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")

# Markup-like text, quotes, ampersands, a CR and a closing tag around real figures.
TRICKY = (
    "全区高新技术产业增加值34.9亿元，增幅3.8%。<b>“R&D”</b>经费支出25.9亿元 & '引号' \"双引号\"\r\n"
    "新增孵化器10家。</div><script>alert(1)</script>&amp; <!-- x -->\n"
)
TWO_REGIONS = "2020年，越城区新增高新技术企业68家，同比增长12%。柯桥区新增高新技术企业75家，同比增长8%。"

MARK = re.compile(r"【(.*?)】[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8", newline="")
    return p


# ---------------------------------------------------------------------------
# Plain marks


@pytest.mark.parametrize("text", [SEED_TEXT, TRICKY, TWO_REGIONS])
def test_plain_marks_are_exactly_the_figures(text):
    records = extract(text)
    assert records
    marked = mark_plain(text, records, listing="none")
    assert MARK.sub(r"\1", marked) == text
    found = [(m.group(1), m.group(0)) for m in MARK.finditer(marked)]
    assert [t for t, _ in found] == [r.text for r in records]
    assert [whole for _, whole in found] == [f"【{r.text}】{superscript(i)}" for i, r in enumerate(records, 1)]


def test_plain_inline_records_follow_their_line():
    text = TWO_REGIONS + "\n没有数字的一行。\n"
    out = mark_plain(text, extract(text))
    lines = out.splitlines()
    assert lines[0].startswith("2020年，越城区新增高新技术企业【68家】¹")
    assert lines[1] == "  ¹ 68家 = 68 家 | level | 越城区 | 2020 | 新增高新技术企业 | high_tech_enterprise"
    assert lines[2].startswith("  ² 12% = 12 % | growth | 越城区")
    assert lines[4].startswith("  ⁴ 8% = 8 % | growth | 柯桥区")
    assert lines[5] == "没有数字的一行。"
    table = mark_plain(text, extract(text), listing="table").splitlines()
    assert table[1] == "没有数字的一行。" and table[2] == ""
    assert table[3].startswith("¹ 68家 = 68 家") and len(table) == 7


def test_plain_without_records_is_the_text():
    assert mark_plain("没有数字。\n", []) == "没有数字。\n"
    assert mark_plain("", []) == ""


def test_show_cli_plain_in_a_pipe():
    res = run("show", SEED)
    assert res.exit_code == 0, res.output
    assert "\x1b[" not in res.stdout
    records = extract(SEED_TEXT)
    assert [m.group(1) for m in MARK.finditer(res.stdout)] == [r.text for r in records]
    assert (
        "  ² 25.9亿元 = 2590000000 元 | level | 越城区 | 2020-01/2020-05 | 研究与试验发展经费支出 | rd_expenditure"
        in res.stdout
    )
    bare = run("show", SEED, "--records", "none").stdout
    assert MARK.sub(r"\1", bare) == SEED_TEXT + ("" if SEED_TEXT.endswith("\n") else "\n")


def test_show_cli_several_documents_are_headed(tmp_path):
    a = write(tmp_path, "a.txt", TWO_REGIONS)
    b = write(tmp_path, "b.txt", "没有数字。")
    res = run("show", a, b, "--records", "none")
    assert res.exit_code == 0
    assert res.stdout == (
        f"==> {a} <==\n"
        + mark_plain(TWO_REGIONS, extract(TWO_REGIONS), listing="none")
        + "\n"
        + f"==> {b} <==\n没有数字。\n"
    )


def test_show_cli_missing_input_fails_but_shows_the_rest(tmp_path):
    a = write(tmp_path, "a.txt", TWO_REGIONS)
    res = run("show", a, tmp_path / "missing.txt")
    assert res.exit_code == 1
    assert "【68家】¹" in res.stdout
    assert "missing.txt" in res.stderr


# ---------------------------------------------------------------------------
# Colour


def test_colour_view_styles_exactly_the_figures():
    from kjstats.views import document_text, few_colours, figure_style

    records = extract(SEED_TEXT)
    for few in (False, True):
        t = document_text(SEED_TEXT, records, inline=False, few=few)
        figures = [(t.plain[s.start : s.end], str(s.style)) for s in t.spans if str(s.style) != "bold"]
        assert figures == [(r.text, figure_style(r.category, few)) for r in records]
    assert few_colours(Console(color_system="standard")) and not few_colours(Console(color_system="truecolor"))
    assert re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", t.plain) == re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", SEED_TEXT)
    assert figure_style("rd_expenditure") == "black on " + CATEGORY_COLOURS["rd_expenditure"]


def test_show_cli_colour_forced():
    res = run("show", SEED, "--color")
    assert res.exit_code == 0
    assert "\x1b[" in res.stdout and "【" not in res.stdout
    assert "25.9亿元" in res.stdout
    table = run("show", SEED, "--color", "--records", "table")
    assert "研究与试验发展经费支出" in table.stdout


def test_sixteen_colour_terminals_tell_categories_apart():
    from kjstats.views import STYLES_16

    assert set(STYLES_16) == set(CATEGORIES)
    assert len(set(STYLES_16.values())) == len(CATEGORIES)
    assert set(CATEGORY_COLOURS) == set(CATEGORIES)
    assert len(set(CATEGORY_COLOURS.values())) == len(CATEGORIES)


def _in_a_terminal(args, extra_env):
    """Run kjstats with stdout on a pseudo-terminal; returns what it wrote."""
    pty = pytest.importorskip("pty")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(extra_env, COLUMNS="120", TERM="xterm-256color")
    master, slave = pty.openpty()
    cmd = [sys.executable, "-c", "from kjstats.cli import main; main()", *args]
    proc = subprocess.Popen(cmd, stdout=slave, stderr=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_terminal_gets_colour_unless_no_color():
    coloured = _in_a_terminal(["show", str(SEED)], {})
    assert "\x1b[" in coloured and "【" not in coloured
    plain = _in_a_terminal(["show", str(SEED)], {"NO_COLOR": "1"})
    assert "\x1b[" not in plain and "【25.9亿元】²" in plain


# ---------------------------------------------------------------------------
# HTML


class Page(HTMLParser):
    """Collects each document's text (outside and inside marks), its marks and table rows."""

    def __init__(self):
        super().__init__()
        self.docs = []  # [{"name", "text", "marks": [(attrs, text)], "rows": [attrs]}]
        self.depth = 0  # inside <div class="text">
        self.mark = None
        self.tags = []
        self.checkboxes = []
        self.scripts = []
        self.styles = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "section":
            self.docs.append({"name": a.get("data-doc"), "text": "", "marks": [], "rows": []})
        elif tag == "div" and a.get("class") == "text":
            self.depth = 1
        elif self.depth and tag == "div":
            self.depth += 1
        elif tag == "mark" and self.depth:
            assert self.mark is None, "nested mark"
            self.mark = [a, ""]
        elif tag == "tr" and "data-category" in a:
            self.docs[-1]["rows"].append(a)
        elif tag == "input" and a.get("type") == "checkbox":
            self.checkboxes.append(a["value"])
        elif tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag):
        if tag == "mark" and self.mark is not None:
            self.docs[-1]["marks"].append(tuple(self.mark))
            self.mark = None
        elif tag == "div" and self.depth:
            self.depth -= 1
        elif tag in ("script", "style"):
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)
        if self.depth:
            self.docs[-1]["text"] += data
            if self.mark is not None:
                self.mark[1] += data


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


def check_page(page: str, documents):
    """The marks are exactly the records, the text is the document, rows follow the records."""
    parsed = parse(page)
    assert len(parsed.docs) == len(documents)
    for got, (name, text, records) in zip(parsed.docs, documents):
        assert got["name"] == (name or "")
        assert got["text"] == text
        assert [(int(a["data-start"]), int(a["data-end"]), t) for a, t in got["marks"]] == [
            (r.start, r.end, r.text) for r in records
        ]
        for (a, _), r in zip(got["marks"], records):
            assert a["data-category"] == r.category and a["data-kind"] == r.kind
            assert a["data-unit"] == r.unit and Decimal(a["data-value"]) == r.value
            assert a["data-region"] == r.region and a["data-indicator"] == r.indicator
            assert r.text in a["title"] and r.indicator in a["title"]
        assert [a["data-category"] for a in got["rows"]] == [r.category for r in records]
    return parsed


def test_html_marks_are_exactly_the_figures_of_the_seed():
    records = extract(SEED_TEXT, doc="seed.txt")
    page = html_page([("seed.txt", SEED_TEXT, records)])
    parsed = check_page(page, [("seed.txt", SEED_TEXT, records)])
    assert parsed.checkboxes == [c for c in CATEGORIES if c in {r.category for r in records}]


def test_html_escapes_markup_in_the_text():
    records = extract(TRICKY)
    assert len(records) == 4
    page = html_page([('a<b>&"c".txt', TRICKY, records)])
    check_page(page, [('a<b>&"c".txt', TRICKY, records)])
    assert "<script>alert(1)" not in page and "</div><script>" not in page
    assert "&lt;b&gt;“R&amp;D”&lt;/b&gt;" in page and "&#13;" in page
    assert "<title>kjstats: a&lt;b&gt;&amp;&quot;c&quot;.txt</title>" in page


def test_html_is_self_contained():
    records = extract(SEED_TEXT)
    page = html_page([(None, SEED_TEXT, records)])
    parsed = parse(page)
    for tag, a in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed")
        assert "src" not in a and "href" not in a, (tag, a)
    style = "".join(parsed.styles)
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    assert "http" not in "".join(parsed.scripts) + style
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


@pytest.mark.skipif(not shutil.which("node"), reason="node not installed")
def test_html_script_is_valid_javascript(tmp_path):
    parsed = parse(html_page([(None, SEED_TEXT, extract(SEED_TEXT))]))
    js = tmp_path / "page.js"
    js.write_text("".join(parsed.scripts), encoding="utf-8")
    subprocess.run(["node", "--check", str(js)], check=True, capture_output=True)


def test_html_several_documents_and_an_empty_one():
    docs = [("a.txt", TWO_REGIONS, extract(TWO_REGIONS)), ("b.txt", "", []), ("c.txt", TRICKY, extract(TRICKY))]
    page = html_page(docs)
    check_page(page, docs)
    ids = re.findall(r'<mark id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) == 8


def test_show_cli_html(tmp_path):
    src = write(tmp_path, "tricky.txt", TRICKY)
    out = tmp_path / "page.html"
    res = run("show", src, "--html", out)
    assert res.exit_code == 0, res.output
    assert res.stdout == ""
    page = out.read_text(encoding="utf-8")
    text = read_path(src)  # what kjstats reads: line ends made \n
    assert text == TRICKY.replace("\r\n", "\n")
    check_page(page, [(str(src), text, extract(text))])
    to_stdout = run("show", SEED, "--html", "-")
    check_page(to_stdout.stdout, [(str(SEED), SEED_TEXT, extract(SEED_TEXT))])


def test_show_cli_html_unwritable(tmp_path):
    res = run("show", SEED, "--html", tmp_path / "no" / "such" / "dir.html")
    assert res.exit_code == 1 and "dir.html" in res.output


# ---------------------------------------------------------------------------
# Pieces: overlapping or misplaced records are listed, never marked


def _rec(start, end, text, **kw):
    return Indicator(start, end, text, Decimal(1), **kw)


def test_pieces_skip_overlaps_and_misplaced_records():
    text = "甲12家乙34家丙"
    a, b, c = _rec(1, 4, "12家"), _rec(2, 5, "2家乙"), _rec(5, 8, "99家")
    ps = pieces(text, [a, b, c])
    assert "".join(text[p.start : p.end] for p in ps) == text
    assert [(p.record, p.number) for p in ps if p.record] == [(a, 1)]
    out = mark_plain(text, [a, b, c])
    assert out.splitlines()[0] == "甲【12家】¹乙34家丙"
    assert "² 2家乙" in out and "³ 99家" in out


def test_blocks_keep_lines_and_put_records_on_their_line():
    text = "一1家\n\n二2家\n三"
    recs = [_rec(1, 3, "1家"), _rec(6, 8, "2家")]
    bl = blocks(text, recs)
    assert ["".join(text[p.start : p.end] for p in line) for line, _ in bl] == ["一1家\n", "\n", "二2家\n", "三"]
    assert [[n for n, _ in numbered] for _, numbered in bl] == [[1], [], [2], []]


def test_library_modules_import_neither_click_nor_rich():
    code = (
        "import sys, kjstats, kjstats.evaluate, kjstats.highlight, kjstats.summary; "
        "bad = [m for m in ('click', 'rich') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


# ---------------------------------------------------------------------------
# A document's control characters never drive the terminal (issue 16, D15)

HOSTILE = "研发经费25.9亿元\x1b]0;PWNED\x07，增长3.8%\x1b[2J。\x9b31m\x7f\x08新增企业120家。\n"
OBEYED = ("\x1b]", "\x1b[2J", "\x07", "\x9b", "\x7f", "\x08")


def test_plain_show_shows_control_characters_as_symbols(tmp_path):
    f = write(tmp_path, "ansi\x1b[31m.txt", HOSTILE)
    for args in (["show", f], ["show", f, f.parent], ["show", f, "--records", "table"]):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert not any(c in result.output for c in OBEYED), result.output
        assert "【25.9亿元】¹␛]0;PWNED␇，增长【3.8%】²␛[2J。�31m␡␈新增企业【120家】³" in result.output
    assert "==> " + str(f).replace("\x1b", "␛") + " <==" in run("show", f, f.parent).output


def test_coloured_show_shows_control_characters_as_symbols(tmp_path):
    f = write(tmp_path, "ansi.txt", HOSTILE)
    result = run("show", f, "--color", "--records", "table")
    assert result.exit_code == 0
    assert "\x1b[" in result.output  # rich's own colours
    assert "\x1b]0;" not in result.output and "\x1b[2J" not in result.output and "\x07" not in result.output
    assert "\x9b" not in result.output and "␛]0;PWNED␇" in result.output


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_text_on_a_terminal_shows_control_characters_but_a_pipe_gets_them(tmp_path):
    f = write(tmp_path, "ansi.txt", HOSTILE)
    on_terminal = _in_a_terminal(["text", str(f)], {})
    assert "\x1b" not in on_terminal and "␛]0;PWNED␇" in on_terminal
    piped = subprocess.run(
        [sys.executable, "-c", "from kjstats.cli import main; main()", "text", str(f)], capture_output=True
    )
    assert piped.stdout.decode("utf-8") == HOSTILE  # offsets refer to this text, byte for byte


def test_visible_is_one_for_one():
    from kjstats.highlight import visible

    text = "".join(map(chr, range(0x00, 0xA1))) + "中文"
    shown = visible(text)
    assert len(shown) == len(text) and "\t" in shown and "\n" in shown
    assert not [c for c in shown if c not in "\t\n" and (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0)]
