"""kjstats summary --measure: one measure's regions × periods across reports, every cell
traceable to its figures; the HTML summary's charts; the --measure filter.

The measure and region_code rules are the lead's (today they leave both empty), so these
tests build their records themselves, or run the commands with an extractor of their own
that reads a line format made up here: ``REGION|CODE|PERIOD|MEASURE|KIND|VALUE|UNIT[|plan]``.
"""

from __future__ import annotations

import csv
import doctest
import io
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

import kjstats.cli
import kjstats.series
from kjstats.cli import cli, make_filter
from kjstats.parallel import Formatted
from kjstats.records import MEASURE_NAMES, MEASURES, Indicator
from kjstats.series import NONE, parse_sources, period_key, series, source_text, write_series
from kjstats.seriespage import summary_page
from kjstats.summary import pivot

ROOT = Path(__file__).resolve().parent.parent
RECORDS_MD = ROOT.parent / "shared" / "records.md"


def fig(value, region="", code="", period="", measure="rd_intensity", kind="share", unit="%", doc="a.txt", **kw):
    start = kw.pop("start", 0)
    return Indicator(
        start=start,
        end=start + 4,
        text=f"{value}{unit}",
        value=Decimal(value),
        unit=unit,
        kind=kind,
        region=region,
        period=period,
        indicator=kw.pop("indicator", "R&D经费投入强度"),
        category="rd_expenditure",
        measure=measure,
        region_code=code,
        doc=doc,
        **kw,
    )


# ---------------------------------------------------------------------------
# The measure ids


def test_measures_are_the_table_of_records_md():
    assert len(MEASURES) == 29 == len(set(MEASURES))
    assert MEASURES[0] == "rd_spend" and MEASURE_NAMES["rd_intensity"] == "R&D经费投入强度"
    if not RECORDS_MD.exists():
        pytest.skip("../shared/records.md not present")
    table = RECORDS_MD.read_text(encoding="utf-8").split("## Measures", 1)[1]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+?) \|", table, re.M)
    assert [(i, n) for i, n in rows] == list(MEASURE_NAMES.items())


# ---------------------------------------------------------------------------
# The tables


def test_doctests():
    assert doctest.testmod(kjstats.series).failed == 0


def test_regions_grouped_by_code_and_labelled_with_one_name():
    rs = [
        fig("2.9", "江苏", "320000", "2020", doc="a.txt"),
        fig("2.5", "浙江省", "330000", "2020", doc="a.txt"),
        fig("3.1", "江苏省", "320000", "2021", doc="b.txt"),
        fig("1.8", "苏州工业园区", "", "2021", doc="b.txt"),  # not an administrative unit
        fig("2.4", "全国", "100000", "2020", doc="c.txt"),
        fig("9.9", "", "", "2021", doc="c.txt"),  # no region
        fig("3.0", "江苏", "", "2019", doc="c.txt"),  # a name without its code joins the coded row
    ]
    [s] = series(rs)
    assert (s.measure, s.kind, s.unit, s.name) == ("rd_intensity", "share", "%", "R&D经费投入强度")
    assert [(r.region, r.region_code) for r in s.rows] == [
        ("全国", "100000"),
        ("江苏省", "320000"),
        ("浙江省", "330000"),
        ("苏州工业园区", ""),
        (NONE, ""),
    ]
    assert s.rows[1].names == ["江苏", "江苏省"]
    assert s.periods == ["2019", "2020", "2021"]
    assert [s.text(s.rows[1], p) for p in s.periods] == ["3", "2.9", "3.1"]
    assert s.table()[0] == [
        "measure",
        "kind",
        "unit",
        "region",
        "region_code",
        "2019",
        "2019 source",
        "2020",
        "2020 source",
        "2021",
        "2021 source",
    ]
    assert s.table()[2] == [
        "rd_intensity",
        "share",
        "%",
        "江苏省",
        "320000",
        "3",
        "c.txt:0-4",
        "2.9",
        "a.txt:0-4",
        "3.1",
        "b.txt:0-4",
    ]


def test_a_cell_keeps_every_figure_and_its_source():
    rs = [
        fig("2.9", "江苏省", "320000", "2020", doc="a.txt", start=10),
        fig("2.9", "江苏省", "320000", "2020", doc="b.txt", start=30),  # the same value in another report
        fig("3.2", "江苏省", "320000", "2020", doc="b.txt", start=50, planned=True),
        fig("0.1", "江苏省", "320000", "2020", doc="b.txt", start=70, unit="百分点"),
        fig("2.7", "浙江省", "330000", "2020", doc="a.txt", start=90, qualifier="about"),
    ]
    [s] = series(rs)
    js, zj = s.rows
    assert s.text(js, "2020") == "2.9; 3.2*; 0.1 百分点"
    assert s.sources(js, "2020") == "a.txt:10-14; b.txt:30-34; b.txt:50-54; b.txt:70-74"
    assert s.value(js, "2020") == "2.9; 3.2*; 0.1 百分点" and s.value(zj, "2020") == "≈2.7"
    assert s.value(js, "2019") is None
    two = series(rs[:2])[0]
    assert two.value(two.rows[0], "2020") == Decimal("2.9")  # one value, from two reports
    # A chart draws the first achieved figure in the table's unit.
    assert s.point(js, "2020") is rs[0]
    targets = series([rs[2], rs[3]])[0]
    assert targets.point(targets.rows[0], "2020") is rs[2]  # only a target: the target


def test_sources_parse_back_whatever_the_document_is_called():
    for doc in ("a.txt", "reports/2020; final.txt", "100%:x-1.txt", "line\nbreak.txt", "", "C:\\r\\a.txt"):
        r = fig("1", doc=doc, start=7)
        cell = "; ".join([source_text(r), source_text(fig("2", doc="b.txt", start=20))])
        assert parse_sources(cell) == [(doc, 7, 11), ("b.txt", 20, 24)]
    assert parse_sources("") == []


def test_periods_in_time_order():
    periods = ["2021", "", "2020-01/2020-06", "2020-03", "2020", "上年", "2019-12"]
    assert sorted(periods, key=period_key) == ["2019-12", "2020-03", "2020-01/2020-06", "2020", "2021", "上年", ""]


def test_one_table_per_measure_and_kind_in_the_table_order():
    rs = [
        fig("5", "江苏省", "320000", "2020", measure="rd_spend", kind="growth"),
        fig("2.9", "江苏省", "320000", "2020"),
        fig("3e11", "江苏省", "320000", "2020", measure="rd_spend", kind="level", unit="元"),
        fig("7", "江苏省", "320000", "2020", measure="", kind="level"),  # no measure: in no table
        fig("1", "江苏省", "320000", "2020", measure="my_measure", kind="level", unit="家"),
    ]
    assert [(s.measure, s.kind) for s in series(rs)] == [
        ("rd_spend", "level"),
        ("rd_spend", "growth"),
        ("rd_intensity", "share"),
        ("my_measure", "level"),
    ]
    assert [(s.measure, s.kind) for s in series(rs, ["rd_intensity", "rd_spend"], ["level", "share"])] == [
        ("rd_intensity", "share"),
        ("rd_spend", "level"),
    ]
    assert series(rs, ["gdp"]) == []


def test_the_unit_of_a_table_is_the_most_common():
    rs = [fig("5", unit="百分点"), fig("6", unit="%"), fig("7", unit="%", kind="share")]
    assert series(rs)[0].unit == "%"


# ---------------------------------------------------------------------------
# Writing them

SAMPLE = [
    fig("2.9", "江苏", "320000", "2020", doc="a.txt", start=3),
    fig("2.5", "浙江省", "330000", "2020", doc="a.txt", start=20),
    fig("3.1", "江苏省", "320000", "2021", doc="b.txt", start=5),
    fig("3.3", "江苏省", "320000", "2025", doc="b.txt", start=40, planned=True),
    fig("3005.9e8", "江苏省", "320000", "2020", measure="rd_spend", kind="level", unit="元", doc="a.txt", start=9),
]


def test_write_csv_and_tsv(tmp_path):
    out = tmp_path / "s.csv"
    assert write_series(series(SAMPLE), "csv", out) == 3
    text = out.read_text(encoding="utf-8")
    first, second = text.split("\n\n")  # two tables, an empty line between
    rows = list(csv.reader(io.StringIO(second)))
    assert rows[0][:7] == ["measure", "kind", "unit", "region", "region_code", "2020", "2020 source"]
    assert rows[1][:9] == ["rd_intensity", "share", "%", "江苏省", "320000", "2.9", "a.txt:3-7", "3.1", "b.txt:5-9"]
    assert rows[1][9:] == ["3.3*", "b.txt:40-44"]
    assert rows[2][3:7] == ["浙江省", "330000", "2.5", "a.txt:20-24"]
    assert list(csv.reader(io.StringIO(first)))[1][:7] == [
        "rd_spend",
        "level",
        "元",
        "江苏省",
        "320000",
        "300590000000",
        "a.txt:9-13",
    ]
    write_series(series(SAMPLE, ["rd_intensity"]), "tsv", out, excel=True)
    data = out.read_bytes().decode("utf-8")
    assert data.startswith("\ufeffmeasure\tkind\t") and "\r\n" in data


def test_write_json_and_jsonl(tmp_path):
    out = tmp_path / "s.json"
    write_series(series(SAMPLE), "json", out)
    tables = json.loads(out.read_text(encoding="utf-8"))
    assert [(t["measure"], t["kind"], t["name"]) for t in tables] == [
        ("rd_spend", "level", "R&D经费"),
        ("rd_intensity", "share", "R&D经费投入强度"),
    ]
    js = tables[1]["rows"][0]
    assert (js["region"], js["region_code"], js["names"]) == ("江苏省", "320000", ["江苏", "江苏省"])
    assert tables[1]["periods"] == ["2020", "2021", "2025"]
    cell = js["cells"]["2025"]
    assert cell["text"] == "3.3*" and cell["value"] is None
    assert cell["figures"] == [
        {
            "doc": "b.txt",
            "start": 40,
            "end": 44,
            "text": "3.3%",
            "value": 3.3,
            "value_max": None,
            "unit": "%",
            "qualifier": None,
            "planned": True,
            "region": "江苏省",
            "period": "2025",
            "indicator": "R&D经费投入强度",
        }
    ]
    assert js["cells"]["2020"]["value"] == 2.9
    write_series(series(SAMPLE), "jsonl", out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(x["measure"], x["region"]) for x in lines] == [
        ("rd_spend", "江苏省"),
        ("rd_intensity", "江苏省"),
        ("rd_intensity", "浙江省"),
    ]
    assert lines[0]["cells"]["2020"]["value"] == 300590000000


def test_write_xlsx_with_a_note_per_cell(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "s.xlsx"
    tables = series(SAMPLE + [fig("1", measure="tech_contract_value_absorbed", kind="growth")])
    write_series(tables, "xlsx", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["rd_spend level", "rd_intensity share", "tech_contract_value_absorbed gr"]
    ws = wb["rd_intensity share"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["measure", "kind", "unit", "region", "region_code", "2020", "2021", "2025"]
    assert rows[1] == ["rd_intensity", "share", "%", "江苏省", "320000", 2.9, 3.1, "3.3*"]
    assert rows[2] == ["rd_intensity", "share", "%", "浙江省", "330000", 2.5, None, None]
    note = ws["H2"].comment.text
    assert "b.txt [40:44]" in note and "3.3%" in note
    assert "a.txt [3:7]" in ws["F2"].comment.text
    assert ws["G3"].comment is None
    assert wb["rd_spend level"]["F2"].value == 300590000000


class _Page(HTMLParser):
    """What a test needs of the page: tags with their attributes, and the page's text."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_page_charts_each_series_and_titles_each_cell():
    tables = series(SAMPLE)
    page = summary_page(tables, pivot(SAMPLE), "t")
    parsed = _Page()
    parsed.feed(page)
    tags = [t for t, _ in parsed.tags]
    # Self-contained: no script at all, nothing fetched, every style inline.
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert not [a for _, a in parsed.tags if "src" in a or "href" in a]
    assert tags.count("svg") == 2 and tags.count("section") == 3  # two series, then the pivot
    for svg in re.findall(r"<svg.*?</svg>", page, re.S):
        assert ElementTree.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"  # well-formed
    # The rd_intensity chart: a line per region with two points or more, a point per figure drawn.
    section = page.split('data-measure="rd_intensity"')[1]
    svg = section.split("</svg>")[0]
    assert svg.count('class="seg"') == 2  # 江苏省: 2020-2021, 2021-2025; 浙江省 has one point
    assert svg.count("<circle") == 4
    assert 'fill="#fff"' in svg  # the 2025 target is hollow
    assert "stroke-dasharray" not in svg  # no period between them is empty
    # rd_spend has one period: bars.
    assert "<rect" in page.split('data-measure="rd_spend"')[1].split("</svg>")[0]
    # Every non-empty cell says where its figures stand.
    cells = [a for t, a in parsed.tags if t == "td" and "data-sources" in a]
    assert len(cells) == 5 + 4  # the series' cells, then the pivot's
    assert parse_sources(cells[0]["data-sources"]) == [("a.txt", 9, 13)]
    assert "a.txt [9:13]" in cells[0]["title"]
    assert any(parse_sources(c["data-sources"]) == [("b.txt", 40, 44)] and "3.3*" in c["title"] for c in cells)


def test_html_chart_dashes_a_line_across_an_empty_period():
    rs = [
        fig("1", "江苏省", "320000", "2019"),
        fig("2", "江苏省", "320000", "2021"),
        fig("5", "浙江省", "330000", "2020"),
    ]
    svg = summary_page(series(rs)).split("<svg", 1)[1].split("</svg>")[0]
    [seg] = re.findall(r'<line class="seg"[^>]*>', svg)
    assert "stroke-dasharray" in seg
    # The axis spans the values (1 to 5), the labels in base units made short.
    labels = re.findall(r'text-anchor="end">([^<]+)</text>', svg)
    assert labels[0] == "1" and labels[-1] == "5"
    big = [fig("2.59e9", "越城区", "330602", "2020", unit="元", measure="rd_spend", kind="level")]
    assert ">25亿</text>" in summary_page(series(big)) or ">30亿</text>" in summary_page(series(big))


def test_html_page_without_series():
    page = summary_page([], None)
    assert "No figure with a standard measure" in page and "<svg" not in page


# ---------------------------------------------------------------------------
# The filter, and the commands (with an extractor of the tests' own)


def test_make_filter_by_measure():
    keep = make_filter((), (), (), ("rd_spend", "gdp"))
    assert keep("economy", "level", "", "gdp") and not keep("economy", "level", "", "")
    assert make_filter((), (), ()) is None
    keep = make_filter(("economy",), (), (), ("gdp",))
    assert not keep("other", "level", "", "gdp")


def test_formatted_records_filter_by_measure():
    rs = [fig("1", measure="rd_spend"), fig("2", measure=""), fig("3", measure="gdp")]
    f = Formatted.of(rs, lambda r: str(r.value))
    assert f.measures == ["rd_spend", "", "gdp"]
    kept = f.only(make_filter((), (), (), ("gdp", "rd_spend")))
    assert kept.units == [b"1", b"3"] and kept.measures == ["rd_spend", "gdp"]


LINE = re.compile(r"^(.*?)\|(\d*)\|([^|]*)\|(\w*)\|(\w+)\|([-\d.]+)\|([^|\n]*?)(\|plan)?$", re.M)


def line_extractor(text, doc=None, categories=None):
    """Records from lines REGION|CODE|PERIOD|MEASURE|KIND|VALUE|UNIT[|plan]; offsets: VALUE's."""
    out = []
    for m in LINE.finditer(text):
        out.append(
            Indicator(
                start=m.start(6),
                end=m.end(6),
                text=m.group(6),
                value=Decimal(m.group(6)),
                unit=m.group(7),
                kind=m.group(5),
                planned=bool(m.group(8)),
                region=m.group(1),
                period=m.group(3),
                indicator="指标",
                category="rd_expenditure",
                measure=m.group(4),
                region_code=m.group(2),
                doc=doc,
            )
        )
    return out


REPORT_A = "江苏|320000|2020|rd_intensity|share|2.93|%\n浙江省|330000|2020|rd_intensity|share|2.88|%\n"
REPORT_B = (
    "江苏省|320000|2021|rd_intensity|share|2.95|%\n浙江省|330000|2021|rd_intensity|share|2.94|%\n"
    "江苏省|320000|2025|rd_intensity|share|3.2|%|plan\n江苏省|320000|2021|rd_spend|level|3438.6|元\n"
    "江苏省|320000|2021|rd_spend|growth|14.4|%\n全省||2021||level|5|家\n"
)


@pytest.fixture
def reports(tmp_path, monkeypatch):
    monkeypatch.setattr(kjstats.cli, "extract_records", line_extractor)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return folder


def span(text: str, figure: str) -> str:
    start = text.index(f"|{figure}|") + 1
    return f"{start}-{start + len(figure)}"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_summary_measure_csv(reports):
    res = run("summary", "--measure", "rd_intensity", reports)
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == HEADER_2020_2025
    a, b = str(reports / "a.txt"), str(reports / "b.txt")
    assert rows[1] == ["rd_intensity", "share", "%", "江苏省", "320000"] + [
        "2.93",
        f"{a}:{span(REPORT_A, '2.93')}",
        "2.95",
        f"{b}:{span(REPORT_B, '2.95')}",
        "3.2*",
        f"{b}:{span(REPORT_B, '3.2')}",
    ]
    assert rows[2][3:9] == ["浙江省", "330000", "2.88", f"{a}:{span(REPORT_A, '2.88')}", "2.94"] + [
        f"{b}:{span(REPORT_B, '2.94')}"
    ]
    assert len(rows) == 3
    # Each source leads back to the figure's text in its document.
    for cell in (rows[1][6], rows[1][8], rows[1][10]):
        [(doc, start, end)] = parse_sources(cell)
        assert Path(doc).read_text(encoding="utf-8")[start:end] in ("2.93", "2.95", "3.2")


HEADER_2020_2025 = [
    "measure",
    "kind",
    "unit",
    "region",
    "region_code",
    "2020",
    "2020 source",
    "2021",
    "2021 source",
    "2025",
    "2025 source",
]


def test_summary_measures_and_kinds_give_a_table_each(reports):
    res = run("summary", "--measure", "rd_spend", "--measure", "rd_intensity", reports, "-f", "json")
    tables = json.loads(res.stdout)
    assert [(t["measure"], t["kind"]) for t in tables] == [
        ("rd_spend", "level"),
        ("rd_spend", "growth"),
        ("rd_intensity", "share"),
    ]
    res = run("summary", "--measure", "rd_spend", "--kind", "growth", reports, "-f", "jsonl")
    [line] = [json.loads(x) for x in res.stdout.splitlines()]
    assert (line["kind"], line["cells"]["2021"]["text"]) == ("growth", "14.4")


def test_summary_measure_xlsx_and_table(reports, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "s.xlsx"
    assert run("summary", "--measure", "rd_intensity", reports, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["rd_intensity share"]
    assert [c.value for c in ws[2]] == ["rd_intensity", "share", "%", "江苏省", "320000", 2.93, 2.95, "3.2*"]
    assert f"b.txt [{span(REPORT_B, '3.2').replace('-', ':')}]" in ws["H2"].comment.text
    res = run("summary", "--measure", "rd_intensity", reports, "-f", "table")
    assert res.exit_code == 0
    for word in ("R&D经费投入强度 (rd_intensity) · share · %", "江苏省", "320000", "2.95", "3.2*"):
        assert word in res.stdout


def test_summary_html(reports, tmp_path):
    out = tmp_path / "summary.html"
    res = run("summary", reports, "-o", out)
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 3 and "All figures: indicators × region" in page
    assert "<script" not in page
    res = run("summary", reports, "--measure", "rd_intensity", "--html", "-")
    assert res.exit_code == 0 and res.stdout.count("<svg") == 1 and "All figures" not in res.stdout
    assert 'class="seg"' in res.stdout


def test_summary_usage_errors(reports, tmp_path):
    res = run("summary", "--measure", "rd_intensity", "--by", "period", reports)
    assert res.exit_code == 2 and "--by" in res.output
    res = run("summary", reports, "--html", tmp_path / "x.html", "-o", tmp_path / "y.csv")
    assert res.exit_code == 2 and "--html" in res.output
    res = run("summary", reports, "--measure", "no_such_measure")
    assert res.exit_code == 2
    res = run("summary", reports / "a.txt", "--html", reports / "a.txt")  # the page would overwrite its input
    assert res.exit_code == 2 and (reports / "a.txt").read_text(encoding="utf-8") == REPORT_A


def test_summary_measure_without_figures_says_so(reports):
    res = run("summary", "--measure", "gdp", reports)
    assert res.exit_code == 0 and res.stdout == ""
    assert "no figure of measure gdp" in res.stderr


def test_summary_without_measure_is_the_indicator_table(reports):
    rows = list(csv.reader(io.StringIO(run("summary", reports).stdout)))
    assert rows[0] == ["indicator", "unit", "kind", "江苏", "浙江省", "江苏省", "全省"]


def test_extract_measure_filter(reports):
    res = run("extract", reports, "--measure", "rd_spend", "-f", "jsonl")
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert [(r["measure"], r["kind"], r["region_code"]) for r in recs] == [
        ("rd_spend", "level", "320000"),
        ("rd_spend", "growth", "320000"),
    ]
    res = run("extract", reports, "--measure", "rd_intensity", "--kind", "share", "--region", "浙江省", "-f", "csv")
    assert len(res.stdout.splitlines()) == 3


def test_extract_measure_filter_with_workers(tmp_path):
    """-j: the workers' formatted records are filtered by measure too (today's rules leave
    every measure empty, so a measure filter keeps nothing, and the run still succeeds)."""
    doc = tmp_path / "a.txt"
    doc.write_text("2020年，全区R&D经费支出25.9亿元。\n", encoding="utf-8")
    res = run("extract", doc, doc, "-j", "2", "-f", "jsonl", "--measure", "rd_spend")
    assert res.exit_code == 0, res.output
    expected = run("extract", doc, doc, "-f", "jsonl", "--measure", "rd_spend").stdout
    assert res.stdout == expected
