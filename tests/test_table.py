"""The terminal table of `extract` and `summary` fits the terminal (issue 15): at 80 columns
the seed's 47 records take at most 100 lines, no header or number is broken across lines."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from kjstats import extract
from kjstats.records import Indicator
from kjstats.summary import pivot
from kjstats.terminal import grouped, records_view, short_names
from kjstats.views import pivot_table

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"
SEED_DOC = "seeds/000_a87d58a2556ee7bf.txt"


@pytest.fixture(scope="module")
def seed_records():
    return extract(SEED.read_text(encoding="utf-8"), doc=SEED_DOC)


def render(renderables, width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO(), color_system=None)
    for r in renderables if isinstance(renderables, list) else [renderables]:
        console.print(r)
    return console.file.getvalue().splitlines()


def _check_fits(lines: list[str], width: int) -> None:
    assert all(cell_len(line) <= width for line in lines), max(lines, key=cell_len)


@pytest.mark.parametrize("width", [80, 100, 120])
def test_the_seed_at_80_columns_takes_at_most_100_lines(seed_records, width):
    lines = render(records_view(seed_records, width), width)
    _check_fits(lines, width)
    assert len(lines) <= 100 if width == 80 else len(lines) <= 2 * len(seed_records) + 10
    screen = "\n".join(lines)
    # whole headers (not qual/ifie/r), every figure, values grouped and signed
    header = next(line for line in lines if "indicator" in line)
    assert re.findall(r"[a-z]+", header) == ["text", "value", "unit", "kind", "indicator", "category"]
    for r in seed_records:
        assert r.text in screen
    assert "2,590,000,000" in screen and "≥180" in screen and "1~3*" in screen
    assert "47 figures" in screen and "≥ at least" in screen and "* a target" in screen
    assert screen.count("越城区 · 2020-01/2020-06") >= 1  # region and period head their records
    assert "qualifier" not in screen and "planned" not in screen  # in the value's signs instead


def test_one_line_per_record_when_the_terminal_is_wide(seed_records):
    lines = render(records_view(seed_records, 200), 200)
    _check_fits(lines, 200)
    rows = [line for line in lines if line.startswith("│")]
    assert len(rows) == len(seed_records)
    assert "┃ text" in "\n".join(lines) and "region" in lines[2] and "doc" not in lines[2]


@pytest.mark.parametrize("width", [40, 50, 60])
def test_a_narrow_terminal_gets_two_lines_per_record(seed_records, width):
    lines = render(records_view(seed_records, width), width)
    _check_fits(lines, width)
    assert len(lines) <= 3 * len(seed_records) + 40
    screen = "\n".join(lines)
    assert "2,590,000,000" in screen and "研究与试验发展经费支出" in screen.replace("\n", "")


def test_several_documents_show_their_file_names(seed_records):
    other = [r for r in extract(SEED.read_text(encoding="utf-8"), doc="/data/2020/q2/report.txt")][:3]
    twin = [r for r in extract(SEED.read_text(encoding="utf-8"), doc="/data/2021/q2/report.txt")][:2]
    for width in (80, 250):
        screen = "\n".join(render(records_view(seed_records + other + twin, width), width))
        assert "000_a87d58a2556ee7bf.txt" in screen and "seeds/" not in screen
        assert "2020/q2/report.txt" in screen and "2021/q2/report.txt" in screen and "/data" not in screen
    assert short_names(["a/b/x.txt", "c/b/x.txt", "y.txt"]) == {
        "a/b/x.txt": "a/b/x.txt",
        "c/b/x.txt": "c/b/x.txt",
        "y.txt": "y.txt",
    }
    assert short_names(["a/x.txt", "b/y.txt"]) == {"a/x.txt": "x.txt", "b/y.txt": "y.txt"}


def test_empty_columns_are_left_out():
    recs = [Indicator(0, 3, "12家", Decimal(12), unit="家", indicator="新增企业", category="enterprise")]
    for width in (80, 200):
        screen = "\n".join(render(records_view(recs, width), width))
        assert "region" not in screen and "period" not in screen and "12家" in screen


def test_values_are_grouped_exactly():
    assert grouped(Decimal("2.59E+9")) == "2,590,000,000"
    assert grouped(Decimal("-1234567.25")) == "-1,234,567.25"
    assert grouped(Decimal("5E-7")) == "0.0000005"
    big = Decimal("-1234567890123456789012345678901234567890.123456789012")
    assert grouped(big).replace(",", "") == "-1234567890123456789012345678901234567890.123456789012"


def test_a_document_escape_sequence_is_not_passed_to_the_terminal():
    recs = [Indicator(0, 3, "12家", Decimal(12), unit="家", indicator="新增\x1b[2J企业", doc="a\x1b]0;x\x07.txt")]
    for width in (80, 200):
        screen = "\n".join(render(records_view(recs, width), width))
        assert "\x1b" not in screen and "\x07" not in screen and "␛[2J" in screen


# ---------------------------------------------------------------------------
# summary


@pytest.mark.parametrize("by", ["region", "period"])
@pytest.mark.parametrize("width", [50, 80, 120])
def test_summary_never_splits_a_number(seed_records, by, width):
    p = pivot(seed_records, by)
    lines = render(pivot_table(p), width)
    numbers = {w for row in p.rows for c in p.columns for w in re.findall(r"\d[\d.]*", p.text(row, c))}
    on_screen = set(re.findall(r"\d[\d.]*", "\n".join(lines)))
    # every number of a cell stands whole on one line (the table may be cropped at the right)
    shown = [n for n in numbers if n in on_screen]
    assert shown and all(any(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d.])", line) for line in lines) for n in shown)
    # nor is a period header cut inside a date (as 2020-01/20 over 20-03): it breaks after "/"
    if by == "period":
        head = "\n".join(lines[:5])
        assert "2020-01/" in head and not re.search(r"(?<![\d-])\d{2}-\d{2}\b|/\d{1,3}\b", head)


def test_summary_keeps_long_numbers_whole_at_50_columns(seed_records):
    lines = render(pivot_table(pivot(seed_records)), 50)
    assert any("2590000000" in line for line in lines)
    assert not any(re.search(r"(?<!\d)25900000(?!\d)", line) for line in lines)  # not as 25900000 / 00
