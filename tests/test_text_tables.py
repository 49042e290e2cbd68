"""Tables typed into a text file: cells set apart by tabs or by runs of spaces (a table from a
PDF, or a Word document saved as text), read as the rows of a table, like `a | b` rows.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kjstats
from kjstats.tablefind import find_tables

HEAD = "2023年宜春市科技经费投入统计公报\n\n表1  2023年各县（市、区）R&D经费情况\n\n"
ROWS = [
    ("地  区", "R&D经费(亿元)", "R&D经费投入强度(%)"),
    ("全  市", "125.6", "2.85"),
    ("袁州区", "45.2", "3.41"),
    ("樟树市", "12.8", "1.96"),
]


def _table(sep: str) -> str:
    return HEAD + "\n".join(sep.join(row) for row in ROWS) + "\n"


@pytest.mark.parametrize("sep", ["    ", "\t", "\u3000\u3000", " | "], ids=["spaces", "tab", "ideographic", "bars"])
def test_an_aligned_table_is_read_as_rows(sep):
    records = kjstats.extract(_table(sep))
    got = {(r.region, r.text, r.unit, r.measure) for r in records}
    assert ("袁州区", "45.2", "元", "rd_spend") in got
    assert ("袁州区", "3.41", "%", "rd_intensity") in got
    # a label spaced out to the column's width (全  市) is one cell: the home city
    assert ("宜春市", "125.6", "元", "rd_spend") in got
    assert len(records) == 6
    for r in records:
        assert r.value == Decimal(r.text) * (100_000_000 if r.unit == "元" else 1)


def test_each_cell_keeps_its_place_in_the_text():
    text = _table("\t")
    for r in kjstats.extract(text):
        assert text[r.start : r.end] == r.text


def test_the_label_spaced_out_is_one_cell():
    (table,) = find_tables(_table("      "))
    assert table.corner == "地区"
    assert [label.text for label, _ in table.rows] == ["全市", "袁州区", "樟树市"]
    assert table.columns == ["R&D经费(亿元)", "R&D经费投入强度(%)"]


def test_a_byline_with_gaps_is_not_a_table():
    text = (
        "来源:江西省人民政府网     发布时间:2021-09-26     阅读次数: 0\n"
        "2020年，全省研究与试验发展(R&D)经费投入达到502.2亿元，比上年增长16.1%。\n"
    )
    assert find_tables(text) == []
    values = [r.text for r in kjstats.extract(text)]
    assert values == ["502.2亿元", "16.1%"]


def test_prose_with_a_double_space_stays_prose():
    text = "一、  科技投入\n\n全年财政科技支出  12.5亿元，增长8%。\n"
    assert find_tables(text) == []
    assert [r.text for r in kjstats.extract(text)] == ["12.5亿元", "8%"]


def test_aligned_rows_are_not_run_together_as_wrapped_lines():
    # long aligned rows without punctuation look like the wrapped lines of a PDF paragraph
    text = HEAD + "\n".join(f"{a:<12}{b:>24}{c:>24}" for a, b, c in ROWS) + "\n"
    regions = [r.region for r in kjstats.extract(text)]
    assert regions == ["宜春市", "宜春市", "袁州区", "袁州区", "樟树市", "樟树市"]
