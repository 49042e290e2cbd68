"""Lists of short lines set without punctuation, one figure or label per line (a social media
post's 数读), read as one sentence whose lines are its clauses (linelists.py): must, must not,
bugs caught. Sentences written for these tests."""

from __future__ import annotations

import pytest

import kjstats
from kjstats.folding import fold
from kjstats.layout import layout
from kjstats.linelists import clause_breaks

POST = (
    "【数读】上半年某市科创成绩单\n原创 某市科技 2025年07月22日\n\n"
    "01 研发投入\n2024年全市全社会R&D经费\n9.74亿元\n同比增长15.3%\n研发投入强度1.58%\n\n"
    "02 创新主体\n截至6月底\n有效期内高新技术企业162家\n比年初净增9家\n上半年评价入库科技型中小企业\n74家\n\n"
    "06 项目与资金\n上半年获批省级科技计划项目14项\n争取上级科技资金1860万元\n\n"
    "下半年\n某市科技将继续发力\n全年技术合同成交额力争突破10亿元\n高新技术企业总数达到180家\n\n"
    "来源:某市科学技术局\n编辑:林某 审核:陈某\n"
)


def _records(text: str) -> dict[str, kjstats.Indicator]:
    return {r.text: r for r in kjstats.extract(text)}


# --- must: (figure, attribute, value) in POST
MUST = [
    # the line before a bare amount names it, and its time holds for the lines after it (the
    # amount was nameless and took the post's half-year)
    ("9.74亿元", "indicator", "全社会R&D经费"),
    ("9.74亿元", "period", "2024"),
    ("15.3%", "indicator", "全社会R&D经费"),
    ("1.58%", "period", "2024"),
    # a time line (截至6月底) holds for its block; the change after a comparison (比年初净增) is of
    # the level before it (it was named 净增, category other)
    ("162家", "period", "2025-06"),
    ("9家", "category", "high_tech_enterprise"),
    ("74家", "indicator", "评价入库科技型中小企业"),
    ("74家", "period", "2025-01/2025-06"),
    # a plan cue holds for the lines after it (180家 was not planned)
    ("180家", "planned", True),
]


@pytest.mark.parametrize("figure,attr,value", MUST, ids=[f"{f}-{a}" for f, a, _ in MUST])
def test_a_list_of_lines_reads_as_one_sentence(figure, attr, value):
    assert getattr(_records(POST)[figure], attr) == value


def test_bugs_caught():
    got = _records(POST)
    # a section's number with a leading zero (06 项目与资金) is no figure (it was 06项)
    assert not any(t.startswith("06") for t in got)
    # the byline lines after the list stay apart (来源 and 编辑 were joined to nothing else)
    assert all("来源" not in r.sentence for r in got.values())


# --- must not: blocks of short lines that are no such list
MUST_NOT = [
    # a table flattened to one cell per line: bare numbers are cells
    "某县科技计划项目情况\n\n项目类别\n项目数（项）\n金额（万元）\n重点研发\n86\n6420\n基础研究\n54\n1380\n",
    # a table whose cells are set apart by one space
    "某区R&D经费\n\n城市 R&D经费(亿元) 投入强度(%)\n南宁市 98.6 1.62\n柳州市 62.3 1.89\n桂林市 28.4 1.11\n",
    # lines that end in punctuation are sentences of their own
    "某市科技工作\n\n全市高企达到162家。\n新增科技型中小企业74家。\n技术合同成交额5.62亿元。\n",
    # labelled lines (万山区：…) stand alone
    "分区县看\n\n万山区：技术合同成交额2.16亿元\n碧江区：技术合同成交额1.82亿元\n松桃县：技术合同成交额0.95亿元\n",
    # a lead's lines with no figure but a date
    "某市科技\n\n2025年上半年\n某市科技创新交出一份亮眼答卷\n多项指标跑出加速度\n一起来看\n",
]


@pytest.mark.parametrize("text", MUST_NOT, ids=["flattened table", "spaced table", "punctuated", "labelled", "lead"])
def test_no_list_of_lines(text):
    folded = fold(text)
    assert clause_breaks(folded, layout(folded)) == ()
