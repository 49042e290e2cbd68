"""The kjstats command line as a user meets it: formats, --excel, filters, failures and exit
statuses, broken pipes, Ctrl-C, the progress bar and --lexicon.

Most cases run kjstats.cli.main() in-process inside click's CliRunner isolation (fast, and
through main(), so what the user would see is what is checked); pipes, signals and
terminals use real subprocesses (a real pipe, SIGINT, a pseudo-terminal).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len

import fixtures_build as fb
from clirun import KJSTATS, invoke
from kjstats import cli, sources
from kjstats.records import OUTPUT_FIELDS

SEED = fb.seed_text()
SEED_NAME = fb.SEED.name
# The columns of records.md, in its order, then the sentence.
COLUMNS = [
    "doc",
    "start",
    "end",
    "text",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "kind",
    "planned",
    "region",
    "period",
    "indicator",
    "category",
    "measure",
    "region_code",
    "sentence",
]


# ---------------------------------------------------------------------------
# Running kjstats
# ---------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")

    def jsonl(self) -> list[dict]:
        # split on "\n" only: a sentence may hold U+2028, which JSON leaves raw
        return [json.loads(line, parse_float=Decimal) for line in self.text.split("\n") if line]

    def csv(self) -> list[dict]:
        return list(csv.DictReader(io.StringIO(self.text.removeprefix("\ufeff"), newline="")))

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def run(*args, input: bytes | None = None) -> Run:
    """kjstats ARGS through main(), in-process; stdout and stderr are not terminals."""
    return Run(*invoke(*args, input=input))


def triples(records: list[dict]) -> list[tuple[Decimal, str, str]]:
    """What "the same values" means: (value, unit, text) of every record, in order."""
    return [(Decimal(str(r["value"])), r["unit"], r["text"]) for r in records]


@pytest.fixture(scope="module")
def seed_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / SEED_NAME
    path.write_text(SEED, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def baseline(seed_path) -> list[dict]:
    result = run("extract", seed_path, "-f", "jsonl")
    assert result.code == 0 and result.err == ""
    records = result.jsonl()
    assert len(records) > 30
    return records


# ---------------------------------------------------------------------------
# Output formats
# ---------------------------------------------------------------------------


def _read_csv(data: bytes) -> tuple[list[str], list[dict]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def _read_tsv(data: bytes) -> tuple[list[str], list[dict]]:
    rows = [line.split("\t") for line in data.decode("utf-8").splitlines()]
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def _read_jsonl(data: bytes) -> tuple[list[str], list[dict]]:
    records = [json.loads(line) for line in data.decode("utf-8").split("\n") if line]
    return list(records[0]), records


def _read_json(data: bytes) -> tuple[list[str], list[dict]]:
    records = json.loads(data.decode("utf-8"))
    return list(records[0]), records


def _read_xlsx(data: bytes) -> tuple[list[str], list[dict]]:
    import openpyxl

    rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    return list(rows[0]), [dict(zip(rows[0], row)) for row in rows[1:]]


def _read_parquet(data: bytes) -> tuple[list[str], list[dict]]:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    return table.column_names, table.to_pylist()


READERS = {
    "csv": _read_csv,
    "tsv": _read_tsv,
    "jsonl": _read_jsonl,
    "json": _read_json,
    "xlsx": _read_xlsx,
    "parquet": _read_parquet,
}


@pytest.mark.parametrize("fmt", list(READERS))
@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "-o"])
def test_every_format_holds_the_same_records_in_records_md_columns(tmp_path, seed_path, baseline, fmt, to_file):
    if to_file:
        target = tmp_path / "figures.out"  # no known suffix: -f decides
        result = run("extract", seed_path, "-f", fmt, "-o", target)
        data = target.read_bytes()
        assert result.out == b""
    else:
        result = run("extract", seed_path, "-f", fmt)
        data = result.out
    assert (result.code, result.err) == (0, "")
    header, records = READERS[fmt](data)
    assert header == COLUMNS == list(OUTPUT_FIELDS)
    assert triples(records) == triples(baseline)
    assert {r["doc"] for r in records} == {str(seed_path)}


@pytest.mark.parametrize(
    "suffix, fmt",
    [
        (".csv", "csv"),
        (".tsv", "tsv"),
        (".jsonl", "jsonl"),
        (".ndjson", "jsonl"),
        (".json", "json"),
        (".xlsx", "xlsx"),
        (".XLSX", "xlsx"),
        (".parquet", "parquet"),
        (".txt", "csv"),
        ("", "csv"),
    ],
)
def test_format_from_output_suffix(tmp_path, seed_path, baseline, suffix, fmt):
    target = tmp_path / f"figures{suffix}"
    result = run("extract", seed_path, "-o", target)
    assert (result.code, result.err, result.out) == (0, "", b"")
    header, records = READERS[fmt](target.read_bytes())
    assert header == COLUMNS and triples(records) == triples(baseline)


def test_explicit_format_wins_over_a_suffix_of_no_format(tmp_path, seed_path):
    target = tmp_path / "figures.txt"
    assert run("extract", seed_path, "-f", "jsonl", "-o", target).code == 0
    assert target.read_text(encoding="utf-8").startswith('{"doc": ')


@pytest.mark.parametrize(
    "args",
    [
        ["-f", "csv", "-o", "x.xlsx"],  # CSV text in a file Excel opens as a workbook: broken
        ["-f", "jsonl", "-o", "x.csv"],
        ["-f", "table", "-o", "x.json"],
        ["-f", "json", "-o", "x.parquet"],
        ["-o", "x.xls"],
        ["-f", "xlsx", "-o", "x.xls"],
        ["--excel", "-o", "x.xlsx"],  # README: --excel with a format other than CSV/TSV is 2
        ["--excel", "-o", "x.XLS"],
    ],
)
@pytest.mark.parametrize("command", ["extract", "summary"])
def test_a_suffix_that_disagrees_with_the_format_is_a_usage_error(tmp_path, seed_path, command, args):
    args = [tmp_path / a if a.startswith("x.") else a for a in args]
    result = run(command, seed_path, *args)
    assert result.code == 2, result.err
    assert result.err.count("Error:") == 1 and result.out == b""
    assert list(tmp_path.iterdir()) == []  # nothing written
    if Path(args[-1]).suffix.lower() == ".xls":
        assert "use -o x.xlsx" in result.err  # the hint


def test_summary_help_offers_only_the_formats_it_writes():
    help_text = run("summary", "--help").text
    offered = help_text.split("-f, --format [")[1].split("]")[0].split("|")
    assert "parquet" not in offered and set(offered) == {"table", "csv", "tsv", "jsonl", "json", "xlsx"}
    assert "parquet" in run("extract", "--help").text


def test_csv_when_stdout_is_not_a_terminal(seed_path, baseline):
    result = run("extract", seed_path)
    assert result.code == 0
    assert result.text.split("\n", 1)[0] == ",".join(COLUMNS)
    assert triples(result.csv()) == triples(baseline)


def test_dash_output_is_stdout(seed_path):
    result = run("extract", seed_path, "-o", "-", "-f", "jsonl")
    assert result.code == 0 and result.text.startswith('{"doc": ')


@pytest.mark.parametrize(
    "fmt, output, excel, stdout_tty, expected",
    [
        ("jsonl", None, False, True, "jsonl"),
        (None, "a.xlsx", False, True, "xlsx"),
        (None, "a.unknown", False, False, "csv"),
        (None, None, False, True, "table"),
        (None, None, False, False, "csv"),
        (None, "-", False, True, "table"),
        (None, None, True, True, "csv"),  # --excel on a terminal still means CSV
        ("tsv", None, True, False, "tsv"),
    ],
)
def test_pick_format(monkeypatch, fmt, output, excel, stdout_tty, expected):
    monkeypatch.setattr(sys, "stdout", type("Tty", (), {"isatty": lambda self: stdout_tty})())
    assert cli.pick_format(fmt, output, excel) == expected


def test_table_output_to_file(tmp_path, seed_path):
    target = tmp_path / "figures.txt"
    assert run("extract", seed_path, "-f", "table", "-o", target).code == 0
    table = target.read_text(encoding="utf-8")
    assert "25.9亿元" in table and "rd_expenditure" in table and "figures" in table


def test_table_shows_brackets_as_written(tmp_path, monkeypatch):
    # rich reads "[...]" as markup; a report's text must not be (nor crash it)
    monkeypatch.chdir(tmp_path)
    Path("[red]r.txt").write_text("全区[/bold]新增企业12家。", encoding="utf-8")
    result = run("extract", "[red]r.txt", "-f", "table", "-o", "table.txt")
    assert (result.code, result.err) == (0, "")
    table = Path("table.txt").read_text(encoding="utf-8")
    assert "[red]r.txt" in table and "[/bold]" in table


# ---------------------------------------------------------------------------
# --excel and XLSX
# ---------------------------------------------------------------------------


@pytest.fixture
def formula_docs(tmp_path, monkeypatch):
    """Reports whose doc name, indicator and sentence start like spreadsheet formulas."""
    monkeypatch.chdir(tmp_path)
    docs = {
        "=a.txt": "@全区研发经费支出25.9亿元，下降3.8%。\n",  # growth 下降 -> value -3.8
        "+b.txt": "-全区新增企业12家。\n",
        "@c.txt": "=新增高新技术企业68家。\n",
    }
    for name, body in docs.items():
        Path(name).write_text(body, encoding="utf-8")
    return list(docs)


def test_excel_csv_bom_crlf_and_inert_cells(formula_docs):
    result = run("extract", "--excel", "--", *formula_docs)
    assert result.code == 0
    assert result.out.startswith(b"\xef\xbb\xbfdoc,start,end,")
    lines = result.out.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines)  # CRLF, and only CRLF
    records = result.csv()
    assert len(records) == 4
    for r in records:
        for field in ("doc", "indicator", "sentence"):
            assert r[field][0] == "'" and r[field][1] in "=+-@", (field, r[field])
        # numeric columns stay numbers, even a negative one
        assert Decimal(r["value"]) and int(r["start"]) < int(r["end"])
    assert [r["value"] for r in records] == ["2590000000", "-3.8", "12", "68"]


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_excel_makes_every_formula_lead_inert(tmp_path, monkeypatch, lead):
    # A doc name is copied verbatim into every record, so it can carry any lead character.
    monkeypatch.chdir(tmp_path)
    name = f"{lead}x.txt"
    Path(name).write_text("新增企业12家。", encoding="utf-8")
    plain, excel = run("extract", "--", name), run("extract", "--excel", "--", name)
    assert plain.csv()[0]["doc"] == name
    assert excel.csv()[0]["doc"] == "'" + name
    assert excel.csv()[0]["value"] == "12"


def test_excel_without_it_leaves_cells_alone(formula_docs):
    result = run("extract", "--", *formula_docs)
    assert not result.out.startswith(b"\xef\xbb\xbf") and b"\r\n" not in result.out
    assert [r["doc"] for r in result.csv()][:1] == ["=a.txt"]


def test_excel_implies_csv_and_tsv_takes_it(formula_docs, tmp_path):
    assert run("extract", "--excel", "-o", tmp_path / "f", "--", *formula_docs).code == 0
    assert (tmp_path / "f").read_bytes().startswith(b"\xef\xbb\xbfdoc,")
    tsv = run("extract", "--excel", "-f", "tsv", "--", *formula_docs)
    assert tsv.out.startswith(b"\xef\xbb\xbfdoc\tstart") and b"\r\n'=a.txt\t" in tsv.out


def test_xlsx_typed_cells_frozen_header_widths(formula_docs, tmp_path):
    import openpyxl

    target = tmp_path / "figures.xlsx"
    assert run("extract", "-o", target, "--", *formula_docs).code == 0
    ws = openpyxl.load_workbook(target).active
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == COLUMNS and all(c.font.b for c in ws[1])
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    col = {name: i for i, name in enumerate(COLUMNS)}
    assert [r[col["value"]] for r in rows] == [2590000000, -3.8, 12, 68]
    assert all(isinstance(r[col["start"]], int) and isinstance(r[col["planned"]], bool) for r in rows)
    # xlsx text is text: shown as it is (no '), never run (a string cell, not a formula)
    assert rows[0][col["doc"]] == "=a.txt" and rows[0][col["sentence"]].startswith("@")
    assert ws.cell(2, col["doc"] + 1).data_type == "s"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert len(widths) == len(COLUMNS) and widths["O"] > widths["C"] >= 5  # sentence wider than end


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, keep",
    [
        (["--category", "rd_expenditure"], lambda r: r["category"] == "rd_expenditure"),
        (["--category", "funding", "--category", "talent"], lambda r: r["category"] in ("funding", "talent")),
        (["--kind", "growth"], lambda r: r["kind"] == "growth"),
        (["--kind", "share", "--kind", "rank"], lambda r: r["kind"] in ("share", "rank")),
        (["--region", "柯桥区"], lambda r: r["region"] == "柯桥区"),
        (["--region", "柯桥"], lambda r: r["region"] == "柯桥区"),  # the short name works too
        (["--region", "越城区", "--region", "柯桥区"], lambda r: r["region"] in ("越城区", "柯桥区")),
        (["--kind", "growth", "--region", "越城区"], lambda r: r["kind"] == "growth" and r["region"] == "越城区"),
        (["--region", "杭州市"], lambda r: r["region"] == "杭州市"),
    ],
)
def test_filters(seed_path, baseline, args, keep):
    result = run("extract", seed_path, "-f", "jsonl", *args)
    assert result.code == 0
    expected = [r for r in baseline if keep(r)]
    assert result.jsonl() == expected
    assert expected or args == ["--region", "杭州市"]


def test_filters_have_something_to_keep(baseline):
    # The cases above would pass vacuously on an empty selection: the seed has each of these.
    assert {"rd_expenditure", "funding", "talent"} <= {r["category"] for r in baseline}
    assert {"growth", "share", "rank"} <= {r["kind"] for r in baseline}
    assert {"越城区", "柯桥区"} <= {r["region"] for r in baseline}


# ---------------------------------------------------------------------------
# Failures: one line each, the rest still written, exit 1
# ---------------------------------------------------------------------------


def _missing(tmp):
    return tmp / "missing.txt"


def _write(name: str, data: bytes):
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


def _empty_dir(tmp):
    path = tmp / "no_reports"
    path.mkdir()
    (path / "notes.md").write_text("研发经费25.9亿元", encoding="utf-8")
    (path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return path


def _locked(tmp):
    path = tmp / "locked.txt"
    path.write_text(SEED, encoding="utf-8")
    path.chmod(0)
    return path


FAILURES = [
    # (id, make the bad input, what the line says)
    ("missing", _missing, "no such file or directory"),
    ("permission", _locked, "permission denied"),
    ("binary", _write("random.txt", fb.random_binary()), "binary file, not a report"),
    ("binary-html", _write("page.html", fb.random_binary()), "binary file, not a report"),
    ("undecodable", _write("mixed.txt", fb.undecodable_bytes()), "cannot decode as UTF-8 or GB18030 (use --encoding)"),
    ("bad-docx", _write("broken.docx", b"PK\x03\x04 not a zip"), "not a readable .docx file"),
    ("bad-pdf", _write("broken.pdf", b"%PDF-1.4\n garbage \x00\x01"), "not a readable PDF"),
    ("old-doc", _write("old.doc", b"\xd0\xcf\x11\xe0"), "old binary .doc is not supported"),
    ("dir-without-reports", _empty_dir, "no .txt/.html/.htm/.docx/.pdf files in directory"),
]


@pytest.fixture
def deny_locked(monkeypatch):
    """Root reads a chmod-000 file anyway: there, make the OS refusal explicit."""
    if os.geteuid() != 0:
        return
    real_open = open

    def guarded(file, *args, **kwargs):
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(sources, "open", guarded, raising=False)


@pytest.mark.parametrize("make, why", [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES])
@pytest.mark.parametrize("position", ["first", "last"])
def test_a_failed_input_is_one_line_and_the_others_are_written(
    tmp_path, seed_path, baseline, deny_locked, make, why, position
):
    bad = make(tmp_path)
    inputs = [bad, seed_path] if position == "first" else [seed_path, bad]
    result = run("extract", *inputs, "-f", "jsonl")
    assert result.code == 1
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith(f"kjstats: {bad}: {why}")
    assert triples(result.jsonl()) == triples(baseline)


def test_every_failure_is_reported_and_status_is_1(tmp_path, seed_path, baseline, deny_locked):
    bads = [make(tmp_path) for _, make, _ in FAILURES]
    result = run("extract", *bads, seed_path, "-f", "jsonl")
    assert result.code == 1
    assert len(result.err_lines) == len(bads)
    for line, bad, (_, _, why) in zip(result.err_lines, bads, FAILURES):
        assert line.startswith(f"kjstats: {bad}: {why}")
    assert triples(result.jsonl()) == triples(baseline)


def test_only_failures_still_write_a_well_formed_output(tmp_path):
    target = tmp_path / "figures.json"
    result = run("extract", tmp_path / "missing.txt", "-o", target)
    assert result.code == 1 and len(result.err_lines) == 1
    assert json.loads(target.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "name, data",
    [
        ("empty.txt", b""),
        ("bom-only.txt", b"\xef\xbb\xbf"),
        ("blank.txt", b"\n\r\n  \n"),
        ("empty.html", b""),
        ("empty.htm", b"<html><body></body></html>"),
    ],
)
def test_an_empty_input_is_not_an_error(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = run("extract", path)
    assert (result.code, result.err) == (0, "")
    assert result.text == ",".join(COLUMNS) + "\n"


def test_output_that_cannot_be_written_is_one_line(tmp_path, seed_path):
    target = tmp_path / "no" / "such" / "dir" / "figures.csv"
    result = run("extract", seed_path, "-o", target)
    assert result.code == 1
    assert result.err_lines == [f"kjstats: {target}: No such file or directory"]


def test_an_extraction_crash_is_one_line_and_the_others_are_written(tmp_path, seed_path, baseline, monkeypatch):
    real = cli.extract_records
    poison = tmp_path / "poison.txt"
    poison.write_text("触发", encoding="utf-8")

    def extract(text, doc=None, categories=None):
        if doc == str(poison):
            raise RuntimeError("boom\nsecond line")
        return real(text, doc=doc, categories=categories)

    monkeypatch.setattr(cli, "extract_records", extract)
    result = run("extract", poison, seed_path, "-f", "jsonl")
    assert result.code == 1
    assert result.err_lines == [
        f"kjstats: {poison}: internal error while extracting (RuntimeError: boom second line); please report it"
    ]
    assert triples(result.jsonl()) == triples(baseline)


def test_an_unexpected_error_is_one_line(monkeypatch, seed_path):
    def explode(*args, **kwargs):
        raise ValueError("unexpected\nstate")

    monkeypatch.setattr(cli, "write_output", explode)
    result = run("extract", seed_path)
    assert result.code == 70
    assert result.err_lines == ["kjstats: internal error: ValueError: unexpected state"]


# ---------------------------------------------------------------------------
# Usage errors: status 2
# ---------------------------------------------------------------------------

USAGE_ERRORS = [
    # (id, arguments, a fragment of the message)
    ("no-arguments", ["extract"], "Missing argument 'PATHS...'"),
    ("unknown-option", ["extract", "{seed}", "--bogus"], "No such option '--bogus'"),
    ("bad-format", ["extract", "{seed}", "-f", "xls"], "Invalid value for '-f' / '--format'"),
    ("format-needs-value", ["extract", "{seed}", "-f"], "Option '-f' requires an argument"),
    ("bad-category", ["extract", "{seed}", "--category", "money"], "Invalid value for '--category'"),
    ("bad-kind", ["extract", "{seed}", "--kind", "total"], "Invalid value for '--kind'"),
    ("bad-encoding", ["extract", "{seed}", "--encoding", "klingon-8"], "unknown encoding 'klingon-8'"),
    ("bytes-codec", ["extract", "{seed}", "--encoding", "base64"], "'base64' is not a text encoding"),
    ("text-bad-encoding", ["text", "{seed}", "--encoding", "nope"], "unknown encoding 'nope'"),
    ("excel-with-jsonl", ["extract", "{seed}", "--excel", "-f", "jsonl"], "--excel applies to csv and tsv"),
    ("excel-with-table", ["extract", "{seed}", "--excel", "-f", "table"], "--excel applies to csv and tsv"),
    ("unknown-command", ["extrakt", "{seed}"], "No such command 'extrakt'"),
    ("text-no-arguments", ["text"], "Missing argument 'PATHS...'"),
]


@pytest.mark.parametrize("args, fragment", [u[1:] for u in USAGE_ERRORS], ids=[u[0] for u in USAGE_ERRORS])
def test_usage_errors_exit_2(seed_path, args, fragment):
    result = run(*[a.format(seed=seed_path) for a in args])
    assert result.code == 2
    assert fragment in result.err
    assert result.out == b""


def test_help_and_version_exit_0():
    assert run("--help").code == 0
    assert "extract" in run("--help").text
    for command in ("extract", "text"):
        assert run(command, "--help").code == 0
    assert run("--version").text.startswith("kjstats, version")


# ---------------------------------------------------------------------------
# --lexicon
# ---------------------------------------------------------------------------

LEXICON_TEXT = "2020年，全区新增小巨人企业12家，发放奖补资金300万元。\n"


def test_lexicon_extends_the_category_words(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(LEXICON_TEXT, encoding="utf-8")
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('[words]\ntech_sme = ["小巨人企业"]\n', encoding="utf-8")
    before = run("extract", report, "-f", "jsonl").jsonl()
    after = run("extract", report, "-f", "jsonl", "--lexicon", lexicon).jsonl()
    assert [r["text"] for r in before] == [r["text"] for r in after] == ["12家", "300万元"]
    assert before[0]["category"] != "tech_sme" and after[0]["category"] == "tech_sme"
    assert before[1] == after[1]
    # and the filters see the new category
    only = run("extract", report, "-f", "jsonl", "--lexicon", lexicon, "--category", "tech_sme").jsonl()
    assert [r["text"] for r in only] == ["12家"]


def test_lexicon_extends_the_measures(tmp_path):
    # issue 14: a [measures.ID] table maps a wording of the user's to a standard measure
    report = tmp_path / "r.txt"
    report.write_text("2020年，全市科技活动经费筹集额达到12亿元，增长5%。\n", encoding="utf-8")
    lexicon = tmp_path / "measures.toml"
    lexicon.write_text(
        '[measures.rd_spend_alias]\nmeasure = "rd_spend"\ncore = ["科技活动经费筹集额"]\nunits = ["money", "percent"]\n',
        encoding="utf-8",
    )
    before = run("extract", report, "-f", "jsonl").jsonl()
    after = run("extract", report, "-f", "jsonl", "--lexicon", lexicon).jsonl()
    assert [r["measure"] for r in before] == ["", ""]
    assert [r["measure"] for r in after] == ["rd_spend", "rd_spend"]
    only = run("extract", report, "-f", "jsonl", "--lexicon", lexicon, "--measure", "rd_spend").jsonl()
    assert [r["text"] for r in only] == ["12亿元", "5%"]
    # with -j 2 the workers read it too
    assert run("extract", report, report, "-j", "2", "-f", "jsonl", "--lexicon", lexicon).jsonl() == after + after


@pytest.mark.parametrize(
    "content, fragment",
    [
        ('[measures.foo]\ncore = ["x"]\n', "unknown measure foo"),
        ('[measures.rd_spend]\nunits = ["money"]\n', "needs core"),
        ("[words\n", "not valid TOML"),
        ("words = 3\n", "expected [words] with lists of strings"),
        ('[words]\nfunding = "奖补"\n', "expected [words] with lists of strings"),
        ('[words]\nmoney = ["奖补"]\n', "unknown category money"),
        (None, "cannot read lexicon"),
    ],
)
def test_a_bad_lexicon_is_a_one_line_usage_error(tmp_path, seed_path, content, fragment):
    lexicon = tmp_path / "words.toml"
    if content is not None:
        lexicon.write_text(content, encoding="utf-8")
    result = run("extract", seed_path, "--lexicon", lexicon)
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith(f"kjstats: {lexicon}: ") and fragment in result.err
    assert result.out == b""


# ---------------------------------------------------------------------------
# Real processes: broken pipe, Ctrl-C, terminals
# ---------------------------------------------------------------------------


SMALL_PIPES = sys.platform == "linux"  # F_SETPIPE_SZ


def _pipe_into_head(args: list[str]) -> tuple[int, bytes]:
    """kjstats ARGS | head -1, over a real pipe kept small (4 KiB on Linux), so the output
    surely outlasts what head reads; returns kjstats' status and stderr."""
    import fcntl

    read_end, write_end = os.pipe()
    if SMALL_PIPES:
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    head = subprocess.Popen(["head", "-1"], stdin=read_end, stdout=subprocess.DEVNULL)
    kjstats = subprocess.Popen([*KJSTATS, *args], stdout=write_end, stderr=subprocess.PIPE)
    os.close(read_end)  # only head may hold the read end, or the pipe never breaks
    os.close(write_end)
    _, err = kjstats.communicate(timeout=60)
    head.wait(timeout=10)
    return kjstats.returncode, err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-f", "csv"],  # kjstats extract big.txt -f csv | head -1
        ["extract", "-f", "xlsx"],  # a zip written at close: no "Exception ignored" either
        ["extract", "-f", "table"],  # rich
        ["text"],
    ],
    ids=lambda a: "-".join(a),
)
def test_broken_pipe_ends_quietly(seed_path, args):
    # One seed gives 5-25 KB in each of these; elsewhere pipes hold 64 KiB, so send more.
    copies = (1 if SMALL_PIPES else 12) * (4 if "table" in args else 1)  # a table of one seed is ~5 KB
    status, err = _pipe_into_head([*args, *[str(seed_path)] * copies])
    assert err == b""  # no traceback, no "Exception ignored", no message at all
    assert status == 141  # what a shell reports for a program ended by SIGPIPE


def _wait_blocked_on_pipe(pid: int, timeout: float = 5.0) -> None:
    """Wait until the process sits in a read of its stdin pipe (Linux /proc), else a while."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe" in wchan.read_text():
                return
        except OSError:
            break
        time.sleep(0.01)
    time.sleep(1.0)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_is_one_line_and_status_130():
    proc = subprocess.Popen(
        [*KJSTATS, "extract", "-", "-f", "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        _wait_blocked_on_pipe(proc.pid)  # stdin stays open: kjstats waits for the report
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill() if proc.poll() is None else None
        proc.stdin.close()
    assert err == b"kjstats: interrupted\n"
    assert proc.returncode == 130
    assert out == b""


def _run_on_terminal(args, stdout_tty: bool, stderr_tty: bool, columns: int = 160):
    """Run kjstats with stdout and/or stderr on pseudo-terminals; (status, stdout, stderr)."""
    import pty

    env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(columns), LINES="50")
    env.pop("NO_COLOR", None)
    ends, masters = {}, {}
    for name, tty in (("out", stdout_tty), ("err", stderr_tty)):
        if tty:
            masters[name], ends[name] = pty.openpty()
        else:
            ends[name] = subprocess.PIPE
    proc = subprocess.Popen(
        [*KJSTATS, *args], stdin=subprocess.DEVNULL, stdout=ends["out"], stderr=ends["err"], env=env
    )
    sources = {}
    for name in ("out", "err"):
        if name in masters:
            os.close(ends[name])
            sources[masters[name]] = name
        else:
            sources[getattr(proc, "stdout" if name == "out" else "stderr").fileno()] = name
    data = {"out": b"", "err": b""}
    sel = selectors.DefaultSelector()
    for fd in sources:
        sel.register(fd, selectors.EVENT_READ)
    deadline = time.monotonic() + 60
    while sources and time.monotonic() < deadline:
        for key, _ in sel.select(timeout=1):
            try:
                chunk = os.read(key.fd, 65536)
            except OSError:  # EIO: the pty's other end is closed
                chunk = b""
            if chunk:
                data[sources[key.fd]] += chunk
            else:
                sel.unregister(key.fd)
                del sources[key.fd]
    proc.wait(timeout=10)
    for fd in masters.values():
        os.close(fd)
    return proc.returncode, data["out"], data["err"]


needs_pty = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")


@needs_pty
def test_a_rich_table_on_a_terminal(seed_path, baseline):
    status, out, err = _run_on_terminal(["extract", str(seed_path)], stdout_tty=True, stderr_tty=False)
    assert (status, err) == (0, b"")
    screen = out.decode("utf-8")
    assert "┏" in screen and "25.9亿元" in screen and "rd_expenditure" in screen
    assert f"{len(baseline)} figures" in screen


@needs_pty
def test_the_table_fits_an_80_column_terminal(seed_path, baseline):
    status, out, err = _run_on_terminal(["extract", str(seed_path)], stdout_tty=True, stderr_tty=False, columns=80)
    assert (status, err) == (0, b"")
    lines = re.sub(r"\x1b\[[0-9;]*m", "", out.decode("utf-8")).replace("\r\n", "\n").rstrip("\n").split("\n")
    assert len(lines) <= 100 and f"{len(baseline)} figures" in lines[-1]
    assert all(cell_len(line) <= 80 for line in lines)


@needs_pty
def test_progress_bar_on_a_terminal_stderr_only(tmp_path, seed_path, baseline):
    inputs = [str(seed_path)] * 5 + [str(tmp_path / "missing.txt")]
    status, out, err = _run_on_terminal(["extract", *inputs, "-f", "jsonl"], stdout_tty=False, stderr_tty=True)
    assert status == 1
    screen = err.decode("utf-8")
    assert "━" in screen and "/6" in screen  # the bar and its count
    assert f"kjstats: {tmp_path / 'missing.txt'}: no such file or directory" in screen
    # stdout holds the records and nothing of the bar
    assert b"\x1b" not in out and b"\xe2\x94\x81" not in out
    assert len(out.splitlines()) == 5 * len(baseline)


@pytest.mark.parametrize(
    "stderr_tty, stdout_tty, fmt, output, expected",
    [
        (False, False, "csv", None, False),  # in a pipe: never
        (False, True, "table", None, False),
        (True, False, "csv", None, True),  # records piped away, bar on the terminal
        (True, True, "csv", None, False),  # CSV streams to the same terminal
        (True, True, "csv", "out.csv", True),  # ... unless it goes to a file
        (True, True, "table", None, True),  # a table is printed after reading
        (True, True, None, None, False),  # `text` to the terminal
    ],
)
def test_progress_wanted(monkeypatch, stderr_tty, stdout_tty, fmt, output, expected):
    monkeypatch.setattr(cli, "_isatty", lambda s: stderr_tty if s is sys.stderr else stdout_tty)
    assert cli.progress_wanted(fmt, output) is expected


@pytest.mark.parametrize("fmt", ["xlsx", "parquet"])
def test_binary_formats_refuse_a_terminal(monkeypatch, seed_path, fmt):
    monkeypatch.setattr(cli, "_isatty", lambda stream: True)
    result = run("extract", seed_path, "-f", fmt)
    assert result.code == 2 and f"refusing to write binary {fmt} to a terminal" in result.err
    assert result.out == b""


def test_progress_bar_only_from_five_inputs(monkeypatch, seed_path):
    shown = []

    class Bar:
        def __init__(self, total):
            shown.append(total)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def step(self, name):
            pass

        def echo(self, line):
            pass

    import kjstats.terminal

    monkeypatch.setattr(kjstats.terminal, "progress_bar", Bar)
    monkeypatch.setattr(cli, "progress_wanted", lambda fmt, output: True)
    assert run("extract", *[seed_path] * 4).code == 0
    assert shown == []
    assert run("extract", *[seed_path] * 5).code == 0
    assert shown == [5]
