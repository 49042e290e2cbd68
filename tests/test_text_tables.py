"""Tables typed into a text file: cells set apart by tabs or by runs of spaces (a table from a
PDF, or a Word document saved as text), read as the rows of a table, like `a | b` rows.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kjstats
from kjstats.folding import fold
from kjstats.layout import layout
from kjstats.tablefind import aligned_row, find_tables

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


SPACED = (
    "表1  2024年各市R&D经费情况\n城市 R&D经费(亿元) 投入强度(%)\n南宁市 98.6 1.62\n柳州市 62.3 1.89\n桂林市 28.4 1.11\n"
)


def test_a_table_typed_with_single_spaces_is_read_as_rows():
    # a label then numbers, three rows or more, under a header of as many cells: its spaces set
    # cells apart (they were closed up as typeset spaces, 南宁市98.6 one label)
    got = {(r.region, r.text, r.unit, r.measure) for r in kjstats.extract(SPACED)}
    assert ("柳州市", "62.3", "元", "rd_spend") in got
    assert ("柳州市", "1.89", "%", "rd_intensity") in got
    assert len(got) == 6


def test_single_spaces_in_prose_stay_typeset_spaces():
    # a PDF's spaces between Chinese and a number (286.61 亿元) join the figure; two rows make no table
    text = "全区研发投入 286.61 亿元，增长 12.5 %。\n南宁市 98.6 1.62\n柳州市 62.3 1.89\n"
    assert find_tables(fold(text)) == []
    assert [r.text for r in kjstats.extract(text)][:2] == ["286.61 亿元", "12.5 %"]


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


MARKDOWN = """2022年江西省高新技术企业发展情况

表2 2022年各设区市高新技术企业数量
{unit_line}
| 设区市 | 高新技术企业数{header_unit} | 同比增长 |
|---|:---:|---|
| 南昌市 | 2104 | 18.5 |
| 赣州市 | 1021 | 21.2 |
"""


@pytest.mark.parametrize(
    "unit_line,header_unit",
    [("单位：家、%", ""), ("（计量单位：家）", ""), ("", "(家)"), ("", "")],
    ids=["unit line", "bracketed unit line", "header unit", "counter of the header's noun"],
)
def test_the_unit_of_a_table_from_its_unit_line_header_or_noun(unit_line, header_unit):
    text = MARKDOWN.format(unit_line=unit_line, header_unit=header_unit)
    got = [(r.region, r.value, r.unit, r.kind, r.measure) for r in kjstats.extract(text)]
    assert got == [
        ("南昌市", Decimal("2104"), "家", "level", "hte_count"),
        ("南昌市", Decimal("18.5"), "%", "growth", "hte_count"),
        ("赣州市", Decimal("1021"), "家", "level", "hte_count"),
        ("赣州市", Decimal("21.2"), "%", "growth", "hte_count"),
    ]


def test_a_unit_line_is_not_the_tables_title():
    (table,) = find_tables(MARKDOWN.format(unit_line="单位：亿元", header_unit=""))
    assert table.unit == "亿元"
    assert table.title.startswith("表2")


def test_a_header_naming_no_countable_noun_gets_no_unit():
    # 成交额 without a unit: the number is kept out rather than given a unit by guess
    text = "| 地区 | 成交额 |\n| 南昌市 | 356.2 |\n| 赣州市 | 120.4 |\n"
    assert kjstats.extract(text) == []


def test_a_table_with_no_title_of_its_own_is_about_the_documents_title():
    # the table's columns (合同数, 成交额) name no category; the document's title does: the cells
    # were "other"
    doc = (
        "2023年某州各县市技术合同登记情况表\n\n2023年，全州共认定登记技术合同1046项。\n\n"
        "单位：项，万元\n地区 | 合同数（项） | 成交额（万元）\n甲县 | 386 | 68427.5\n乙县 | 142 | 29316.8\n"
    )
    cells = [r for r in kjstats.extract(doc) if r.text in ("386", "68427.5")]
    assert len(cells) == 2
    assert {r.category for r in cells} == {"tech_market"}


def test_a_titles_breakdown_word_is_no_part_of_the_measure():
    # 分县（市、区）… says how the rows divide the whole: the cells were a part with no measure
    doc = (
        "表1　2023年株洲市分县（市、区）规模以上高新技术产业产值\n单位：亿元\n\n"
        "县（市、区）    产值    比上年增长（%）\n甲县    126.5    8.2\n乙县    98.7    -1.5\n"
    )
    got = [(r.region, r.value, r.kind, r.measure) for r in kjstats.extract(doc)]
    assert got == [
        ("甲县", Decimal("12650000000"), "level", "hti_output"),
        ("甲县", Decimal("8.2"), "growth", "hti_output"),
        ("乙县", Decimal("9870000000"), "level", "hti_output"),
        ("乙县", Decimal("-1.5"), "growth", "hti_output"),
    ]


# A header cell written once over the columns it spans (a merged cell saved as text: the
# empty cells after it are its), with the value each column holds below (本月, 1-5月累计).
MERGED = (
    "2023年5月各县（市、区）技术合同登记情况\n单位：项\n"
    "县区\t登记合同数\t\t吸纳合同数\t\n"
    "\t本月\t1-5月累计\t本月\t1-5月累计\n"
    "全市\t120\t560\t98\t470\n"
    "南湖区\t40\t190\t31\t150\n"
    "秀洲区\t25\t110\t20\t95\n"
)


@pytest.mark.parametrize("sep", ["\t", " | "], ids=["tab", "bars"])
def test_a_merged_header_names_each_column_it_spans(sep):
    text = MERGED.replace("\t", sep) if sep != "\t" else MERGED
    got = {(r.region, r.text): (r.indicator[-5:], r.period) for r in kjstats.extract(text)}
    # (the columns were named 本月 and 1-5月累计 under the title's subject, all at 2023-05)
    assert got[("南湖区", "40")] == ("登记合同数", "2023-05")
    assert got[("南湖区", "190")] == ("登记合同数", "2023-01/2023-05")
    assert got[("秀洲区", "20")] == ("吸纳合同数", "2023-05")
    assert got[("秀洲区", "95")] == ("吸纳合同数", "2023-01/2023-05")


def test_a_header_row_of_units_completes_the_row_above():
    # (the columns were named by their units, and the records by the table's title)
    text = (
        "2023年分县区研发经费情况\n县区\tR&D经费\tR&D经费投入强度\n\t（亿元）\t（%）\n甲县\t3.5\t1.8\n乙县\t2.1\t1.2\n"
    )
    got = {r.text: (r.unit, r.indicator, r.measure) for r in kjstats.extract(text)}
    assert got["3.5"] == ("元", "R&D经费", "rd_spend")
    assert got["1.2"] == ("%", "R&D经费投入强度", "rd_intensity")


def test_the_time_of_a_column_is_its_own_and_a_target_column_is_planned():
    text = (
        "某市科技创新规划中期评估\n"
        "序号\t指标名称\t单位\t2020年基期值\t2023年实际值\t2025年目标值\n"
        "1\t高新技术企业数\t家\t800\t1500\t2000\n"
        "2\t技术合同成交额\t亿元\t20.5\t60.2\t80\n"
    )
    got = {r.text: (r.indicator, r.period, r.planned, r.unit) for r in kjstats.extract(text)}
    assert got["800"] == ("高新技术企业数", "2020", False, "家")
    assert got["1500"] == ("高新技术企业数", "2023", False, "家")
    assert got["2000"] == ("高新技术企业数", "2025", True, "家")
    assert got["60.2"] == ("技术合同成交额", "2023", False, "元")


@pytest.mark.parametrize("sep", ["\t", " | "], ids=["tab", "bars"])
def test_a_growth_column_of_no_time_is_of_the_last_time_before_it(sep):
    # | 2022年 | 2023年 | 增长 |: the growth is 2023's over 2022 (it took the first year, 2022)
    rows = [("指标", "2022年", "2023年", "增长"), ("高新技术企业(家)", "1200", "1500", "25%")]
    text = "某市科技统计\n\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    got = {r.text: (r.period, r.kind) for r in kjstats.extract(text)}
    assert got["1200"] == ("2022", "level")
    assert got["1500"] == ("2023", "level")
    assert got["25%"] == ("2023", "growth")


def test_a_unit_line_listing_units_gives_them_to_the_columns_in_order():
    # 单位：项、亿元: 35.6 was read as 35.6 项 (the first unit for every column)
    text = "2023年各区技术合同情况\n单位：项、亿元\n地区    合同数    成交额\n甲区    1200     35.6\n"
    got = {r.text: (r.value, r.unit) for r in kjstats.extract(text)}
    assert got["1200"] == (Decimal(1200), "项")
    assert got["35.6"] == (Decimal(3560000000), "元")


def test_a_title_ending_in_its_unit_gives_the_table_its_unit():
    # 2023年…情况（单位：亿元）: the column of amounts was dropped for want of a unit
    text = "2023年各区技术合同情况（单位：亿元）\n地区    合同数（项）    成交额\n甲区    1200     35.6\n"
    got = {r.text: (r.value, r.unit, r.period) for r in kjstats.extract(text)}
    assert got["35.6"] == (Decimal(3560000000), "元", "2023")
    assert got["1200"] == (Decimal(1200), "项", "2023")


def test_a_title_over_the_groups_of_places_names_no_place():
    # 各地级市 (each prefecture-level city) was read 各地 + 级市: the cells were named 级市技术合同数
    text = "2024年一季度各地级市技术合同登记情况\n地市\t合同数（项）\t成交额（亿元）\n银川市\t726\t15.83\n石嘴山市\t152\t2.96\n"
    got = {r.text: (r.region, r.indicator, r.measure) for r in kjstats.extract(text)}
    assert got["726"] == ("银川市", "技术合同数", "tech_contract_count")
    assert got["2.96"] == ("石嘴山市", "技术合同成交额", "tech_contract_value")


def test_a_target_column_is_planned_but_not_a_column_of_what_was_done():
    # (review) 目标完成率 and 完成年度计划 hold what was done: they were planned for 目标 and 计划
    text = "某市主要指标完成情况\n指标名称\t2025年目标值\t目标完成率（%）\t完成年度计划（%）\n高新技术企业数（家）\t2000\t80.5\t95.2\n"
    got = {r.text: r.planned for r in kjstats.extract(text)}
    assert got == {"2000": True, "80.5": False, "95.2": False}


def test_a_row_of_units_goes_under_its_own_columns():
    # (review) units under the first two of three columns: joined from the end, they had moved
    text = "2023年分县区研发经费情况\n县区\tR&D经费\tR&D经费投入强度\t高新技术企业数\n\t（亿元）\t（%）\t\n甲县\t3.5\t1.8\t120\n"
    got = {r.text: (r.unit, r.measure) for r in kjstats.extract(text)}
    assert got == {"3.5": ("元", "rd_spend"), "1.8": ("%", "rd_intensity"), "120": ("家", "hte_count")}


# A table of a province's cities under its title and a unit line, the province named nowhere.
CITIES = (
    "表1  2023年各市R&D经费投入情况\n单位：亿元\n地区\tR&D经费\t比上年增长(%)\tR&D经费投入强度(%)\n"
    "全省\t1250.3\t8.5\t2.35\n南京市\t420.1\t9.2\t3.12\n苏州市\t380.5\t7.8\t2.98\n无锡市\t300.2\t-3.2\t2.51\n"
)


def test_a_unit_line_under_a_title_as_long_as_the_rows_keeps_its_unit():
    # the rows' lengths made the text look wrapped at their width: the title ran on into the
    # unit line, and the R&D经费 column lost its unit (and its records)
    money = [(r.region, r.value, r.unit) for r in kjstats.extract(CITIES) if r.unit == "元"]
    assert [v for _, v, _ in money] == [
        Decimal(x) for x in ("125030000000", "42010000000", "38050000000", "30020000000")
    ]


def test_a_total_row_over_a_provinces_cities_is_that_province():
    # 全省 with only its cities named (as a table's rows): the province they lie in (was "")
    regions = {r.text: r.region for r in kjstats.extract(CITIES)}
    assert (regions["1250.3"], regions["420.1"], regions["300.2"]) == ("江苏省", "南京市", "无锡市")


RANKED = "2023年各市技术合同情况\n\n地区 | 成交额(亿元) | 成交额排名\n宜春市 | 45.2 | 2\n萍乡市 | 12.8 | 5\n"


def test_a_column_of_ranks_names_what_was_ranked():
    # records.md: a rank's indicator is what was ranked (成交额), not the header (成交额排名)
    ranks = [(r.region, r.value, r.indicator) for r in kjstats.extract(RANKED) if r.kind == "rank"]
    assert ranks == [("宜春市", Decimal(2), "技术合同成交额"), ("萍乡市", Decimal(5), "技术合同成交额")]


@pytest.mark.parametrize(
    "header_unit,value,unit",
    [("(亿元人民币)", "1256000000", "元"), ("(万平方米)", "125600", "平方米"), ("（人次）", "12.56", "人次")],
)
def test_a_header_unit_is_any_unit_of_units_toml(header_unit, value, unit):
    # (亿元人民币) and (万平方米) were no header units: the values came out bare, or not at all
    text = HEAD + f"地  区    总量{header_unit}\n袁州区    12.56\n"
    assert [(r.value, r.unit) for r in kjstats.extract(text)] == [(Decimal(value), unit)]


def test_a_line_of_more_cells_than_any_table_has_is_no_row():
    # a report's widest tables have some twenty columns; a line of hundreds of gapped numbers
    # (OCR debris, a dump) is no table row, and reading it as one would cost a cell each
    wide = "  ".join(["地区"] + [str(i) for i in range(1, 100)])
    narrow = "  ".join(["地区"] + [str(i) for i in range(1, 20)])
    assert aligned_row(wide, 0, len(wide)) is None
    assert aligned_row(narrow, 0, len(narrow)) is not None


@pytest.mark.parametrize("sep", ["    ", "\t", " | "], ids=["spaces", "tab", "bars"])
def test_the_layout_s_rows_are_the_tables_rows(sep):
    # the document's layout works out each line's cells once; find_tables reads the same tables
    # from them as it finds on its own
    text = fold(_table(sep))
    assert find_tables(text, layout(text).aligned) == find_tables(text)


def test_a_flattened_tables_row_labels_set_no_section():
    # a table flattened to one cell per line: its row labels (海伦市) are no headings, so the
    # 全市 row below them is the home city's and the prose after the table is the home's again
    # (both were 海伦市, the last row label before them)
    text = (
        "绥化市科技局2024年工作总结\n\n全市研发经费6.82亿元。\n表1 重点县（市）研发经费\n单位：万元\n"
        "县（市）\n研发经费\n技术合同成交额\n安达市\n16850\n18400\n海伦市\n4180\n5120\n全市\n68200\n93600\n"
        "注：全市合计含表中未列出的县。\n全市新增高新技术企业37家。\n"
    )
    got = {(r.text, r.region) for r in kjstats.extract(text)}
    assert ("4180", "海伦市") in got
    assert ("68200", "绥化市") in got
    assert ("37家", "绥化市") in got


def test_a_flattened_tables_unit_line_is_its_unit_and_no_part_of_its_title():
    # 单位：家、% on a line between the title and the header gives the units; the title without
    # it and without its measure word (建设情况表) is the topic; a column opening with the topic's
    # subject (规上工业企业数) names its own, and counts firms (the names had held
    # 建设情况表 单位:家、%, and the count was economy)
    text = (
        "截至9月底，全市已建研发机构2049家。\n\n各市（区）规上工业企业研发机构建设情况表\n\n单位：家、%\n\n地区\n\n规上工业企业数\n\n"
        "已建研发机构数\n\n建有率\n\n海陵区\n\n312\n\n215\n\n68.9\n\n高港区\n\n398\n\n251\n\n63.1\n"
    )
    got = {r.text: r for r in kjstats.extract(text)}
    assert (got["312"].unit, got["312"].indicator, got["312"].category) == ("家", "规上工业企业数", "enterprise")
    assert (got["68.9"].unit, got["68.9"].indicator) == ("%", "规上工业企业研发机构建有率")
    assert got["251"].region == "高港区"


def test_a_first_column_of_ranks_is_read_as_ranks_and_a_score_header_gives_its_unit():
    # | 名次 | 镇街 | 得分 | 等次 |: the first column's numbers are the rows' ranks (they were
    # dropped, and 名次 named the scores), and 得分 with no unit written is in 分
    text = (
        "某区2019年度镇街科技创新考核结果通报\n\n| 名次 | 镇街 | 得分 | 等次 |\n"
        "| 1 | 柳青街道 | 96.2 | 优秀 |\n| 2 | 银雀山街道 | 93.5 | 优秀 |\n| 3 | 兰山街道 | 91.8 | 优秀 |\n"
    )
    got = {(r.text, r.unit, r.kind, r.region) for r in kjstats.extract(text)}
    assert ("2", "位", "rank", "银雀山街道") in got
    assert ("93.5", "分", "level", "银雀山街道") in got


def test_a_companys_table_of_this_period_and_last_years_values():
    # 单位：万元　币种：人民币: the second field is no unit (it was the second column's unit);
    # 本期数 and 上年同期数 only say which value (they were in the names) and 上年同期数 is of the
    # year before; a row whose label gives its unit (%) lends it to no column (the prose's 9.47%
    # made the first column's money a percent)
    text = (
        "某股份有限公司2023年年度报告摘要\n\n报告期内，公司研发投入总额占营业收入比例为9.47%。\n\n"
        "研发投入情况表\n\n单位：万元　币种：人民币\n\n| 项目 | 本期数 | 上年同期数 | 变化幅度（%） |\n"
        "| 费用化研发投入 | 21751.35 | 18673.60 | 16.48 |\n"
        "| 研发投入总额占营业收入比例（%） | 9.47 | 8.84 | 增加0.63个百分点 |\n"
    )
    got = {r.text: r for r in kjstats.extract(text)}
    last = got["18673.60"]
    assert (last.value, last.unit, last.period, last.indicator) == (
        Decimal("186736000"),
        "元",
        "2022",
        "费用化研发投入",
    )
    assert (got["21751.35"].unit, got["21751.35"].period) == ("元", "2023")
    assert (got["8.84"].unit, got["8.84"].period) == ("%", "2022")
    # the change between them is of the latest time before it, this period's (it was 2022)
    assert (got["16.48"].kind, got["16.48"].period) == ("growth", "2023")
    # a cell that writes its change with a verb (增加0.63个百分点) is that change (it was no figure),
    # the verb no part of the figure's text
    assert (got["0.63个百分点"].value, got["0.63个百分点"].unit, got["0.63个百分点"].kind) == (
        Decimal("0.63"),
        "百分点",
        "growth",
    )


def test_this_periods_and_last_years_columns_keep_the_titles_months():
    # (review 2) 本期数 is of the title's months and 上年同期数 of the same months a year before (they
    # were the bare years); a growth column is of the nearest latest time (1-11月累计, not 11月)
    text = (
        "2024年1-6月某市规模以上工业主要经济指标\n\n单位：亿元\n\n| 指标 | 本期数 | 上年同期数 | 增长(%) |\n"
        "| --- | --- | --- | --- |\n| 工业总产值 | 1250.6 | 1130.2 | 10.7 |\n"
    )
    got = {r.text: r.period for r in kjstats.extract(text)}
    assert (got["1250.6"], got["1130.2"], got["10.7"]) == ("2024-01/2024-06", "2023-01/2023-06", "2024-01/2024-06")
    text = (
        "2023年11月某市技术合同登记情况\n\n| 指标 | 11月 | 1-11月累计 | 累计增长(%) |\n| --- | --- | --- | --- |\n"
        "| 技术合同成交额(亿元) | 12.6 | 98.5 | 15.2 |\n"
    )
    assert {r.text: r.period for r in kjstats.extract(text)}["15.2"] == "2023-01/2023-11"


def test_scores_signed_changes_and_ranks_in_a_tab_table():
    # a header's unit 分 is a score's; 位次（位）, the rank's word before its unit, makes ranks;
    # a change written +2 is a number (all three were dropped or read as levels)
    text = (
        "2024年甘肃省区域科技创新监测报告\n\n表1 一级指标得分和位次\n"
        "指标\t2023年（分）\t2024年（分）\t2024年位次（位）\t位次变化（位）\n"
        "科技创新环境\t48.63\t51.07\t24\t+3\n"
        "科技活动投入\t39.15\t40.82\t28\t-1\n"
    )
    got = {(r.text, r.unit, r.kind) for r in kjstats.extract(text)}
    assert ("51.07", "分", "level") in got
    assert ("24", "位", "rank") in got
    assert ("+3", "位", "growth") in got
    assert ("-1", "位", "growth") in got
    values = {r.text: r.value for r in kjstats.extract(text)}
    assert values["+3"] == Decimal(3) and values["-1"] == Decimal(-1)


def test_a_tables_title_gives_its_months_in_the_documents_year():
    # 表1 1~9月…: the title's months hold for its cells (they took the brief's 三季度)
    text = (
        "荣昌区大学科技园2025年三季度运行简报\n\n三季度，园区运行平稳。\n"
        "表1　1~9月园区分产业运行情况\n产业类别　　企业数　　营业收入\n　　　　　　（家）　　（亿元）\n"
        "生物医药　　38　　8.4\n智能装备　　52　　7.9\n合计　　90　　16.3\n"
    )
    periods = {r.text: r.period for r in kjstats.extract(text)}
    assert periods["38"] == periods["8.4"] == "2025-01/2025-09"


def test_a_table_of_scores_measures_no_category():
    # an evaluation's scores (2024年（分）) and their ranks are of no category of records.md,
    # whatever dimension a row names (高新技术产业化 was high_tech_industry); a table of amounts
    # keeps its rows' categories
    scores = (
        "2024年甘肃省区域科技创新监测报告\n\n表1 一级指标得分和位次\n"
        "指标\t2023年（分）\t2024年（分）\t2024年位次（位）\n"
        "高新技术产业化\t52.74\t53.66\t26\n"
        "科技活动投入\t39.15\t40.82\t28\n"
    )
    assert {r.category for r in kjstats.extract(scores)} == {"other"}
    amounts = "某市统计公报\n\n表1 主要指标\n指标\t2024年（亿元）\n高新技术产业增加值\t52.74\n"
    assert {r.category for r in kjstats.extract(amounts)} == {"high_tech_industry"}


def test_a_numbered_table_between_bars_with_a_total_row():
    # a 序号 column in a table set between bars (its rows open with an empty cell) numbers the
    # rows, and a 合计 row with its county cell empty still has its values in their columns
    # (the columns were read one to the left: 补助金额 took 企业数's 家)
    text = (
        "葫芦岛市研发投入后补助公示\n\n表1 各县（市、区）补助情况\n\n"
        "| 序号 | 县(市、区) | 企业数(家) | 补助金额(万元) |\n| 1 | 连山区 | 31 | 392.5 |\n"
        "| 2 | 龙港区 | 28 | 418.7 |\n| 合计 |  | 59 | 811.2 |\n"
    )
    got = {(r.text, r.unit, r.region) for r in kjstats.extract(text)}
    assert ("392.5", "元", "连山区") in got
    assert ("31", "家", "连山区") in got
    assert ("811.2", "元", "葫芦岛市") in got


def test_a_titles_heading_number_is_no_part_of_the_names():
    # 二、评价结果分布 over a table: its cells were named 二、评价结果优秀
    text = (
        "重庆市科学技术局关于孵化载体绩效评价结果的通报\n\n二、评价结果分布（单位：家）\n\n"
        "| 类别 | 优秀 | 良好 | 合计 |\n| 市级众创空间 | 15 | 48 | 63 |\n| 合计 | 15 | 48 | 63 |\n"
    )
    names = [r.indicator for r in kjstats.extract(text)]
    assert names and not any(n.startswith("二") for n in names)


def test_cells_that_write_their_own_unit_and_sign_are_figures():
    # | ≥25项 | 28项 | 1.62亿元 |: a table whose cells carry their units (a performance evaluation's
    # targets beside what was done) was read as prose, its names made of bars
    text = (
        "腾冲市科技局专项资金绩效自评报告\n\n主要指标完成情况如下：\n\n| 指标名称 | 年度指标值 | 实际完成值 |\n"
        "| 支持科技计划项目数 | ≥25项 | 28项 |\n| 技术合同成交额 | ≥1.5亿元 | 1.62亿元 |\n"
    )
    got = {r.text: r for r in kjstats.extract(text)}
    assert (got["≥25项"].value, got["≥25项"].unit, got["≥25项"].qualifier) == (25, "项", "at_least")
    assert got["≥25项"].planned is True and got["28项"].planned is False
    assert (got["1.62亿元"].value, got["1.62亿元"].unit) == (162000000, "元")
    assert "支持科技计划项目数" in got["28项"].indicator and "|" not in got["28项"].indicator
