"""kjstats summary: indicators × regions or × periods, as a table, CSV, JSON or XLSX."""

from __future__ import annotations

import csv
import doctest
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

import kjstats.highlight
import kjstats.summary
from kjstats import extract
from kjstats.cli import cli
from kjstats.records import Indicator
from kjstats.summary import NONE, cell_text, cell_value, pivot

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"

REPORT = (
    "越城\n\n2019年，全区R&D经费支出20亿元。2020年，全区R&D经费支出25.9亿元，力争新增研发机构1~3家。\n\n"
    "柯桥\n\n2020年，全区R&D经费支出30亿元，新增研发机构5家以上。\n"
)
TWO_REGIONS = "2020年，越城区新增高新技术企业68家，同比增长12%。柯桥区新增高新技术企业75家，同比增长8%。"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def report(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def rec(value, region="", period="", indicator="研发经费", unit="元", kind="level", **kw):
    return Indicator(
        0, 1, "x", Decimal(value), unit=unit, kind=kind, region=region, period=period, indicator=indicator, **kw
    )


def test_doctests():
    assert doctest.testmod(kjstats.summary).failed == 0
    assert doctest.testmod(kjstats.highlight).failed == 0


def test_pivot_rows_columns_cells():
    recs = [
        rec(1, "越城区", "2020"),
        rec(2, "柯桥区", "2020"),
        rec(3, "越城区", "2019"),
        rec(4, "", "2020", indicator="专利", unit="件"),
        rec(5, "柯桥区", "2020", kind="growth", unit="%"),
        rec(2, "柯桥区", "2020"),
    ]
    p = pivot(recs)
    assert p.columns == ["越城区", "柯桥区", NONE]
    assert [(r.indicator, r.unit, r.kind) for r in p.rows] == [
        ("研发经费", "元", "level"),
        ("专利", "件", "level"),
        ("研发经费", "%", "growth"),
    ]
    assert p.table() == [
        ["indicator", "unit", "kind", "越城区", "柯桥区", NONE],
        ["研发经费", "元", "level", "1 (2020); 3 (2019)", "2", ""],
        ["专利", "件", "level", "", "", "4"],
        ["研发经费", "%", "growth", "", "5", ""],
    ]
    by_period = pivot(recs, "period")
    assert by_period.columns == ["2019", "2020"]
    assert by_period.table()[1] == ["研发经费", "元", "level", "3", "1 (越城区); 2 (柯桥区)"]
    assert by_period.table()[2] == ["专利", "件", "level", "", "4"]
    with pytest.raises(ValueError):
        pivot(recs, "doc")


def test_cells_show_ranges_qualifiers_and_plans():
    figs = [
        Indicator(0, 1, "x", Decimal(1), Decimal(3), unit="家", planned=True),
        Indicator(0, 1, "x", Decimal(180), unit="家", qualifier="at_least"),
        Indicator(0, 1, "x", Decimal("-3.2"), unit="%", qualifier="about"),
    ]
    assert cell_text(figs) == "1~3*; ≥180; ≈-3.2"
    assert cell_value(figs[2:]) == "≈-3.2"
    assert cell_value([rec("2.59E+9")]) == Decimal("2590000000")
    assert cell_value([rec(1), rec(1)]) == Decimal(1)  # a repeated value is one value
    assert cell_value([rec(1), rec(2)]) == "1; 2"
    assert cell_value([]) is None


def test_summary_csv(report):
    res = run("summary", report)  # not a terminal: CSV
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == ["indicator", "unit", "kind", "越城区", "柯桥区"]
    assert rows[1] == ["R&D经费支出", "元", "level", "2000000000 (2019); 2590000000 (2020)", "3000000000"]
    assert rows[2] == ["新增研发机构", "家", "level", "1~3*", "≥5"]


def test_summary_by_period_json(report):
    res = run("summary", report, "--by", "period", "-f", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [
        {
            "indicator": "R&D经费支出",
            "unit": "元",
            "kind": "level",
            "2019": "2000000000",
            "2020": "2590000000 (越城区); 3000000000 (柯桥区)",
        },
        {
            "indicator": "新增研发机构",
            "unit": "家",
            "kind": "level",
            "2019": None,
            "2020": "1~3* (越城区); ≥5 (柯桥区)",
        },
    ]
    lines = run("summary", report, "--by", "period", "-f", "jsonl").stdout.splitlines()
    assert [json.loads(x)["indicator"] for x in lines] == ["R&D经费支出", "新增研发机构"]


def test_summary_filters_and_tsv(report):
    res = run("summary", report, "--category", "rd_institution", "-f", "tsv")
    assert res.stdout.splitlines() == ["indicator\tunit\tkind\t越城区\t柯桥区", "新增研发机构\t家\tlevel\t1~3*\t≥5"]
    res = run("summary", report, "--region", "柯桥区", "--excel")
    assert res.stdout_bytes.decode("utf-8").startswith("\ufeffindicator,unit,kind,柯桥区\r\n")


def test_summary_xlsx(report, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "summary.xlsx"
    res = run("summary", report, "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["indicator", "unit", "kind", "越城区", "柯桥区"]
    assert rows[1] == ["R&D经费支出", "元", "level", "2000000000 (2019); 2590000000 (2020)", 3000000000]
    assert rows[2] == ["新增研发机构", "家", "level", "1~3*", "≥5"]
    assert ws.title == "by region"


def test_summary_table(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TWO_REGIONS, encoding="utf-8")
    res = run("summary", doc, "-f", "table")
    assert res.exit_code == 0, res.output
    for word in ("indicators × region", "越城区", "柯桥区", "新增高新技术企业", "68", "75", "12", "8"):
        assert word in res.stdout
    out = tmp_path / "table.txt"
    assert run("summary", doc, "-f", "table", "-o", out).exit_code == 0
    assert "柯桥区" in out.read_text(encoding="utf-8")


def test_summary_too_wide_for_the_terminal_says_so(tmp_path):
    text = "".join(f"{2000 + i}年，全区R&D经费支出{i + 1}亿元。\n" for i in range(20))
    doc = tmp_path / "years.txt"
    doc.write_text(text, encoding="utf-8")
    res = run("summary", doc, "--by", "period", "-f", "table")
    assert "wider than the terminal" in res.stderr


def test_summary_of_the_seed():
    records = extract(SEED.read_text(encoding="utf-8"))
    rows = list(csv.reader(io.StringIO(run("summary", SEED).stdout)))
    assert rows[0][:3] == ["indicator", "unit", "kind"]
    assert len(rows) - 1 == len({(r.indicator, r.unit, r.kind) for r in records})
    assert rows[0][3:] == list(dict.fromkeys(r.region or NONE for r in records))


def test_summary_refuses_parquet(report):
    res = run("summary", report, "-f", "parquet")
    assert res.exit_code == 2 and "parquet" in res.output


def test_summary_missing_input(report, tmp_path):
    res = run("summary", report, tmp_path / "nope.txt")
    assert res.exit_code == 1 and "nope.txt" in res.stderr
    assert "R&D经费支出" in res.stdout
