"""Writers: exact text per format, Excel safety, round trips, xlsx/parquet read back."""

from __future__ import annotations

import ast
import csv
import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjstats import writers
from kjstats.records import OUTPUT_FIELDS, QUALIFIERS, Indicator
from kjstats.writers import (
    BINARY_FORMATS,
    FORMATS,
    WriterError,
    open_writer,
    read_csv_records,
    read_jsonl_records,
    record_row,
)

DOC = "seeds/000_a.txt"
S1 = "全区研究与试验发展经费支出25.9亿元，同比增长3.8%。"
R_LEVEL = Indicator(
    163,
    169,
    "25.9亿元",
    Decimal("2.59E+9"),
    unit="元",
    region="越城区",
    period="2020-01/2020-05",
    indicator="研究与试验发展经费支出",
    category="rd_expenditure",
    sentence=S1,
    doc=DOC,
)
R_GROWTH = Indicator(
    180,
    184,
    "3.8%",
    Decimal("3.8"),
    unit="%",
    kind="growth",
    region="越城区",
    period="2020-01/2020-05",
    indicator="研究与试验发展经费支出",
    category="rd_expenditure",
    sentence=S1,
    doc=DOC,
)
R_RANGE = Indicator(
    200,
    205,
    "1~3家",
    Decimal(1),
    Decimal(3),
    unit="家",
    region="柯桥区",
    period="2020",
    indicator="新增研发机构",
    category="rd_institution",
    sentence="新增研发机构1~3家，\t每家补助\n50万元。",
    doc=DOC,
)
R_DROP = Indicator(
    230,
    234,
    "3.2%",
    Decimal("-3.2"),
    unit="%",
    kind="growth",
    region="越城区",
    period="2020",
    indicator="=SUM(A1)",
    category="economy",
    sentence="工业增加值下降3.2%。",
    doc=DOC,
)
R_PLAN = Indicator(
    300,
    307,
    "约16.4亿元",
    Decimal("16.4") * Decimal("100000000"),
    unit="元",
    qualifier="about",
    planned=True,
    region="越城区",
    period="2021",
    indicator="研发投入",
    category="rd_expenditure",
    sentence="- 力争研发投入约16.4亿元。",
    doc=DOC,
)
RECORDS = [R_LEVEL, R_GROWTH, R_RANGE, R_DROP, R_PLAN]

HEADER = ",".join(OUTPUT_FIELDS)
CSV_ROWS = [
    "seeds/000_a.txt,163,169,25.9亿元,2590000000,,元,,level,false,越城区,2020-01/2020-05,"
    "研究与试验发展经费支出,rd_expenditure,,,全区研究与试验发展经费支出25.9亿元，同比增长3.8%。",
    "seeds/000_a.txt,180,184,3.8%,3.8,,%,,growth,false,越城区,2020-01/2020-05,"
    "研究与试验发展经费支出,rd_expenditure,,,全区研究与试验发展经费支出25.9亿元，同比增长3.8%。",
    "seeds/000_a.txt,200,205,1~3家,1,3,家,,level,false,柯桥区,2020,新增研发机构,rd_institution,,,"
    '"新增研发机构1~3家，\t每家补助\n50万元。"',
    "seeds/000_a.txt,230,234,3.2%,-3.2,,%,,growth,false,越城区,2020,=SUM(A1),economy,,,工业增加值下降3.2%。",
    "seeds/000_a.txt,300,307,约16.4亿元,1640000000,,元,about,level,true,越城区,2021,研发投入,"
    "rd_expenditure,,,- 力争研发投入约16.4亿元。",
]


def render(fmt: str, records, **kw) -> str:
    out = io.StringIO()
    with open_writer(fmt, out, **kw) as w:
        w.write_many(records)
    assert w.count == len(records)
    return out.getvalue()


def test_record_row_types():
    row = record_row(R_PLAN)
    assert list(row) == list(OUTPUT_FIELDS)
    assert row["start"] == 300 and type(row["start"]) is int
    assert row["value"] == Decimal("1640000000") and isinstance(row["value"], Decimal)
    assert row["value_max"] is None and row["planned"] is True and row["qualifier"] == "about"
    assert record_row(R_RANGE)["value_max"] == 3 and record_row(R_RANGE)["qualifier"] is None


def test_csv_exact_text():
    assert render("csv", RECORDS) == "\n".join([HEADER] + CSV_ROWS) + "\n"
    assert render("csv", []) == HEADER + "\n"


def test_tsv_exact_text():
    tsv = render("tsv", [R_RANGE, R_DROP])
    assert tsv.split("\n") == [
        "\t".join(OUTPUT_FIELDS),
        "seeds/000_a.txt\t200\t205\t1~3家\t1\t3\t家\t\tlevel\tfalse\t柯桥区\t2020\t新增研发机构\t"
        "rd_institution\t\t\t新增研发机构1~3家， 每家补助 50万元。",  # tab and newline became spaces
        "seeds/000_a.txt\t230\t234\t3.2%\t-3.2\t\t%\t\tgrowth\tfalse\t越城区\t2020\t=SUM(A1)\t"
        "economy\t\t\t工业增加值下降3.2%。",
        "",
    ]


def test_jsonl_exact_numbers():
    text = render("jsonl", RECORDS)
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == len(RECORDS) + 1
    objs = [json.loads(line) for line in lines[:-1]]
    assert all(list(o) == list(OUTPUT_FIELDS) for o in objs)
    assert objs[0]["value"] == 2590000000 and objs[0]["value_max"] is None
    assert objs[0]["qualifier"] is None and objs[0]["planned"] is False and objs[4]["planned"] is True
    assert objs[2]["value_max"] == 3 and objs[3]["value"] == -3.2
    assert '"value": 2590000000,' in text and '"value": 1640000000,' in text
    assert '"value": 3.8,' in text and "E+" not in text and "1640000000.0" not in text
    assert "越城区" in text  # ensure_ascii=False
    assert read_jsonl_records(text) == [record_row(r) for r in RECORDS]


def test_jsonl_large_negative_and_tiny_values():
    recs = [Indicator(0, 1, "x", Decimal("-622.4") * Decimal("1E8")), Indicator(0, 1, "x", Decimal("5E-7"))]
    text = render("jsonl", recs)
    assert '"value": -62240000000,' in text and '"value": 0.0000005,' in text


def test_json_array():
    assert render("json", []) == "[]\n"
    text = render("json", [R_LEVEL, R_RANGE])
    assert text.startswith("[\n{") and text.endswith("}\n]\n") and text.count("},\n{") == 1
    items = json.loads(text, parse_float=Decimal)
    assert [list(o) for o in items] == [list(OUTPUT_FIELDS)] * 2
    assert items[0]["value"] == 2590000000 and items[1]["value_max"] == 3
    assert text.split("\n")[1:-2] == render("jsonl", [R_LEVEL, R_RANGE]).replace("\n", ",\n")[:-2].split("\n")


def test_excel_csv(tmp_path):
    path = tmp_path / "out.csv"
    with open_writer("csv", path, excel=True) as w:
        w.write_many(RECORDS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == len(RECORDS) + 1
    assert data.count(b"\n") == data.count(b"\r\n") + 1  # the one inside the quoted sentence
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    drop, plan = rows[3], rows[4]
    assert drop["indicator"] == "'=SUM(A1)" and plan["sentence"] == "'- 力争研发投入约16.4亿元。"
    assert drop["value"] == "-3.2" and plan["value"] == "1640000000" and drop["start"] == "230"
    assert rows[0]["text"] == "25.9亿元" and rows[0]["planned"] == "false"  # untouched


def test_excel_tsv_and_inert_leads():
    rec = Indicator(0, 1, "+1", Decimal("-1"), unit="@x", region="\tr", period="\rp", doc="-")
    line = render("tsv", [rec], excel=True).removeprefix("\ufeff").split("\r\n")[1]
    cells = line.split("\t")
    assert cells[:7] == ["'-", "0", "1", "'+1", "-1", "", "'@x"]
    assert cells[10:12] == ["' r", '=" p"']  # a period is always a text formula (Excel: not a date)


# Arbitrary records: text fields with commas, quotes, newlines; arbitrary finite Decimals.
texts = st.text()
decimals = st.decimals(allow_nan=False, allow_infinity=False)
records = st.builds(
    Indicator,
    start=st.integers(0, 10**9),
    end=st.integers(0, 10**9),
    text=texts,
    value=decimals,
    value_max=st.none() | decimals,
    unit=texts,
    qualifier=st.none() | st.sampled_from(QUALIFIERS),
    kind=texts,
    planned=st.booleans(),
    region=texts,
    period=texts,
    indicator=texts,
    category=texts,
    sentence=texts,
    doc=st.none() | st.text(min_size=1),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(records, max_size=5))
def test_csv_round_trip(recs):
    assert read_csv_records(render("csv", recs)) == [record_row(r) for r in recs]


@settings(max_examples=200, deadline=None)
@given(st.lists(records, max_size=5))
def test_jsonl_round_trip(recs):
    text = render("jsonl", recs)
    assert text.count("\n") == len(recs)
    assert read_jsonl_records(text) == [record_row(r) for r in recs]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json"])
def test_text_formats_stream(fmt):
    out = io.StringIO()
    w = open_writer(fmt, out)
    sizes = []

    def gen():
        for rec in RECORDS:
            sizes.append(len(out.getvalue()))
            yield rec

    w.write_many(gen())
    w.close()
    w.close()  # idempotent
    assert sizes == sorted(set(sizes))  # output grew before each next record was pulled
    with pytest.raises(WriterError):
        w.write(R_LEVEL)


@pytest.mark.parametrize("excel", [False, True])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json"])
@pytest.mark.parametrize("target", ["file", "borrowed text stream", "latin-1 text stream"])
def test_units_from_workers_write_as_the_records_do(tmp_path, fmt, excel, target):
    # -j: a worker sends each record's unit UTF-8 encoded; written after records this process
    # wrote itself (a large file's), they must give the output a serial run gives
    unit = writers.record_unit(fmt, excel=excel)
    expected = render(fmt, RECORDS, excel=excel)
    first, rest = RECORDS[:1], RECORDS[1:]
    if target == "file":
        path = tmp_path / "out"
        with open_writer(fmt, str(path), excel=excel) as w:
            w.write_many(first)
            w.write_units([unit(r).encode("utf-8") for r in rest[:2]])
            w.write_units([unit(r).encode("utf-8") for r in rest[2:]])
        got = path.read_bytes().decode("utf-8")
    else:
        encoding = "utf-8" if target == "borrowed text stream" else "latin-1"
        stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="replace", newline="")
        with open_writer(fmt, stream, excel=excel) as w:
            w.write_many(first)
            w.write_units([unit(r).encode("utf-8") for r in rest])
        stream.flush()
        got = stream.buffer.getvalue().decode(encoding)
        if encoding != "utf-8":  # the units went through the text layer, encoded as it does
            expected = expected.encode(encoding, errors="replace").decode(encoding)
    assert w.count == len(RECORDS)
    assert got == expected


def test_stdout_text(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(), encoding="ascii")  # locale encoding is not used
    monkeypatch.setattr(sys, "stdout", fake)
    with open_writer("jsonl", "-") as w:
        w.write(R_LEVEL)
    fake.write("after\n")  # stdout still open
    fake.flush()
    assert (
        fake.buffer.getvalue()
        .decode("utf-8")
        .endswith('rd_expenditure", "measure": "", "region_code": "", "sentence": "' + S1 + '"}\nafter\n')
    )


def test_errors(monkeypatch):
    with pytest.raises(WriterError, match="unknown format"):
        open_writer("xml", io.StringIO())
    with pytest.raises(WriterError):
        open_writer("csv", io.BytesIO())
    with pytest.raises(WriterError):
        render("jsonl", [Indicator(0, 1, "x", Decimal("NaN"))])
    tty = io.TextIOWrapper(io.BytesIO())
    tty.isatty = lambda: True
    monkeypatch.setattr(sys, "stdout", tty)
    for fmt in BINARY_FORMATS:
        with pytest.raises(WriterError, match="terminal"):
            open_writer(fmt, "-")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    # the command installs into the Python that runs kjstats: right in a checkout too, where
    # pip install 'kjstats[xlsx]' would look for kjstats on an index
    for fmt, package in (("xlsx", "openpyxl"), ("parquet", "pyarrow")):
        with pytest.raises(WriterError) as e:
            open_writer(fmt, io.BytesIO())
        assert str(e.value).endswith(f"needs {package}: {sys.executable} -m pip install {package}")
        assert "kjstats[" not in str(e.value)


def test_no_heavy_imports_at_module_level():
    tree = ast.parse(Path(writers.__file__).read_text(encoding="utf-8"))
    top = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            top |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            top.add(node.module.split(".")[0])
    assert not top & {"click", "rich", "openpyxl", "pyarrow"}
    assert set(FORMATS) >= set(BINARY_FORMATS)


# ---------------------------------------------------------------------------
# XLSX


def test_xlsx_read_back(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    long_sentence = "很长的句子" * 40
    big = Indicator(
        0, 1, "x", Decimal("12345678901234567"), Decimal("0.1234567890123456789"), sentence=long_sentence, doc=None
    )
    path = tmp_path / "out.xlsx"
    with open_writer("xlsx", path) as w:
        w.write_many(RECORDS + [big])
    ws = openpyxl.load_workbook(path)["records"]
    assert ws.parent.sheetnames == ["records"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == OUTPUT_FIELDS and len(rows) == len(RECORDS) + 2
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    col = {name: i for i, name in enumerate(OUTPUT_FIELDS)}
    level, growth, rng, drop, plan, huge = (dict(zip(OUTPUT_FIELDS, r)) for r in rows[1:])
    assert level["value"] == 2590000000 and type(level["value"]) is int and level["value_max"] is None
    assert growth["value"] == 3.8 and type(growth["value"]) is float
    assert rng["value_max"] == 3 and type(rng["start"]) is int and rng["qualifier"] is None
    # text is stored as text, as it is: an xlsx string is never a formula, so no ' before it
    assert drop["value"] == -3.2 and drop["indicator"] == "=SUM(A1)"
    assert ws.cell(5, col["indicator"] + 1).data_type == "s"  # text, not a formula
    assert plan["planned"] is True and level["planned"] is False and plan["sentence"].startswith("- ")
    assert plan["value"] == 1640000000 and plan["qualifier"] == "about"
    # Beyond Excel's 15 digits: kept exact as text rather than rounded.
    assert huge["value"] == "12345678901234567" and huge["value_max"] == "0.1234567890123456789"
    assert huge["doc"] is None
    widths = {name: ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for name, i in col.items()}
    assert widths["sentence"] == writers.XlsxWriter.MAX_WIDTH  # capped
    assert widths["indicator"] == len("研究与试验发展经费支出") * 2 + 2  # CJK counts double
    # a header is wider by the filter's drop-down button
    assert widths["start"] == len("start") + 4 and widths["planned"] >= len("planned") + 4


def test_xlsx_streams_past_sample_and_empty(tmp_path, monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    monkeypatch.setattr(writers.XlsxWriter, "SAMPLE", 2)
    out = io.BytesIO()
    with open_writer("xlsx", out) as w:
        w.write_many(RECORDS)
    rows = list(openpyxl.load_workbook(io.BytesIO(out.getvalue()))["records"].values)
    assert len(rows) == len(RECORDS) + 1 and rows[-1][0] == DOC
    empty = tmp_path / "empty.xlsx"
    open_writer("xlsx", str(empty)).close()
    assert list(openpyxl.load_workbook(empty)["records"].values) == [OUTPUT_FIELDS]


def test_xlsx_illegal_characters(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "c.xlsx"
    with open_writer("xlsx", path) as w:
        w.write(Indicator(0, 1, "x", Decimal(1), sentence="a\x00b\x1fc"))
    ws = openpyxl.load_workbook(path)["records"]
    assert ws.cell(2, len(OUTPUT_FIELDS)).value == "a\ufffdb\ufffdc"


# ---------------------------------------------------------------------------
# Parquet


def test_parquet_read_back(tmp_path, monkeypatch):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(writers.ParquetWriter, "ROW_GROUP", 2)
    path = tmp_path / "out.parquet"
    with open_writer("parquet", path) as w:
        w.write_many(RECORDS)
    f = pq.ParquetFile(path)
    assert f.num_row_groups == 3  # 2 + 2 + 1: written as it came
    table = f.read()
    assert table.schema.names == list(OUTPUT_FIELDS)
    types = dict(zip(table.schema.names, table.schema.types))
    assert types["start"] == pa.int64() and types["planned"] == pa.bool_()
    assert types["value"] == pa.decimal128(38, 10) == types["value_max"]
    assert table.to_pylist() == [record_row(r) for r in RECORDS]  # Decimals compare by value


def test_parquet_stdout_pipe_and_limits(monkeypatch):
    pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pipe = io.TextIOWrapper(io.BytesIO())  # not a tty: binary goes to sys.stdout.buffer
    monkeypatch.setattr(sys, "stdout", pipe)
    with open_writer("parquet", "-") as w:
        w.write(R_PLAN)
    assert pq.read_table(io.BytesIO(pipe.buffer.getvalue())).column("value").to_pylist() == [R_PLAN.value]
    w = open_writer("parquet", io.BytesIO())
    w.write(Indicator(0, 1, "x", Decimal("1E+27")))
    w.write(Indicator(0, 1, "x", Decimal("-0.0000000001")))
    for bad in (Decimal("1E+28"), Decimal("1E-11")):
        with pytest.raises(WriterError, match="decimal128"):
            w.write(Indicator(0, 1, "x", bad))
    w.close()
    assert w.count == 2


# ---------------------------------------------------------------------------
# Made for Excel (issue 15), values past 28 digits, parquet's range (issue 16, D13/D17)


def _sheet_xml(path, n=1) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{n}.xml").decode("utf-8")


def test_xlsx_shows_every_digit_filters_and_stores_text_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    tiny = Indicator(0, 1, "x", Decimal("5E-7"), period="2020-01", indicator="#N/A", sentence="-1.49")
    big = Indicator(0, 1, "=1+1", Decimal("1550000000000"), Decimal("1550000000000.25"))
    path = tmp_path / "out.xlsx"
    with open_writer("xlsx", path) as w:
        w.write_many(RECORDS + [tiny, big])
    ws = openpyxl.load_workbook(path)["records"]
    col = {name: i + 1 for i, name in enumerate(OUTPUT_FIELDS)}
    fmt = lambda row, field: ws.cell(row, col[field]).number_format  # noqa: E731
    # General would show 1.55E+12: a format shows every digit, grouped
    assert ws.cell(8, col["value"]).value == 1550000000000 and fmt(8, "value") == "#,##0"
    assert ws.cell(8, col["value_max"]).value == 1550000000000.25 and fmt(8, "value_max") == "#,##0.00"
    assert fmt(3, "value") == "#,##0.0" and fmt(7, "value") == "#,##0.0000000"  # 3.8, 0.0000005
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(OUTPUT_FIELDS))}8"
    # text as text: no ' shown, no formula, no error value; a period is a string
    assert ws.cell(8, col["text"]).value == "=1+1" and ws.cell(8, col["text"]).data_type == "s"
    assert ws.cell(7, col["indicator"]).value == "#N/A" and ws.cell(7, col["indicator"]).data_type == "s"
    assert ws.cell(7, col["sentence"]).value == "-1.49" and ws.cell(7, col["period"]).value == "2020-01"
    assert ws.cell(7, col["period"]).data_type == "s"
    xml = _sheet_xml(path)
    assert "<f>" not in xml and "'" not in xml.split("<sheetData>")[1].split("</sheetData>")[0]


def test_xlsx_past_excel_rows_goes_on_the_next_sheet(tmp_path, monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    assert writers.XlsxWriter.MAX_ROWS == 1_048_576  # Excel's rows per sheet, header included
    monkeypatch.setattr(writers.XlsxWriter, "MAX_ROWS", 4)
    monkeypatch.setattr(writers.XlsxWriter, "SAMPLE", 2)
    recs = [Indicator(i, i + 1, f"{i}家", Decimal(i), unit="家", doc="a.txt") for i in range(8)]
    path = tmp_path / "big.xlsx"
    with open_writer("xlsx", path) as w:
        w.write_many(recs)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["records", "records 2", "records 3"]
    got = []
    for ws in wb:
        rows = list(ws.values)
        assert rows[0] == OUTPUT_FIELDS and ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:Q{len(rows)}" and len(rows) <= 4
        assert ws.column_dimensions["A"].width == wb["records"].column_dimensions["A"].width
        got += [r[4] for r in rows[1:]]
    assert got == list(range(8))  # every record, in order, none past a sheet's end


def test_excel_csv_keeps_periods_as_text():
    rec = Indicator(0, 4, "3.8%", Decimal("3.8"), unit="%", period="2020-01", doc="a.txt")
    plain_csv = render("csv", [rec])
    assert ",2020-01," in plain_csv  # without --excel the cell is as it is
    excel = render("csv", [rec, R_LEVEL, R_RANGE], excel=True)
    rows = list(csv.DictReader(io.StringIO(excel.removeprefix("\ufeff"), newline="")))
    # Excel reads 2020-01 as a date: ="2020-01" is a constant text it shows as written
    assert [r["period"] for r in rows] == ['="2020-01"', '="2020-01/2020-05"', '="2020"']
    assert [r["period"] for r in read_csv_records(excel)] == ["2020-01", "2020-01/2020-05", "2020"]
    tsv = render("tsv", [rec], excel=True)
    assert '\t="2020-01"\t' in tsv


BIG = Decimal("-1234567890123456789012345678901234567890.123456789012")  # 52 significant digits


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json"])
def test_values_past_28_digits_are_exact_in_text_formats(fmt):
    rec = Indicator(0, 1, "x", BIG, Decimal("1234567890123456789012345678901234567890123456789012E+18"))
    text = render(fmt, [rec])
    assert "-1234567890123456789012345678901234567890.123456789012" in text
    assert "1234567890123456789012345678901234567890123456789012000000000000000000" in text


def test_values_past_28_digits_are_exact_text_in_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "big.xlsx"
    with open_writer("xlsx", path) as w:
        w.write(Indicator(0, 1, "x", BIG))
    row = list(openpyxl.load_workbook(path)["records"].values)[1]
    assert row[OUTPUT_FIELDS.index("value")] == "-1234567890123456789012345678901234567890.123456789012"


def test_parquet_refuses_one_record_and_goes_on(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    huge = Indicator(5, 20, "1" + "0" * 30 + "亿元", Decimal("1E+38"), unit="元", doc="r1b.txt")
    with open_writer("parquet", path) as w:
        w.write(R_LEVEL)
        with pytest.raises(writers.RecordRefused) as e:
            w.write(huge)
        w.write(R_GROWTH)
    msg = str(e.value)
    assert msg.startswith("r1b.txt: '1000") and "at 5" in msg and "decimal128(38, 10)" in msg
    assert "\n" not in msg and w.count == 2
    assert pq.read_table(path).column("text").to_pylist() == ["25.9亿元", "3.8%"]
