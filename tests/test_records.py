"""Every attribute of a record, one table per rule of ../shared/records.md and issue 3.

Each row is (input, the figure's text, expected). A figure is picked by its text, so the
numbers inside one input are all distinct. An expected value given as a list accepts any
of its members (the gold annotations do the same where the text is ambiguous). Indicator
names are compared with the scorer's tolerance (../shared/score.py ``indicator_ok``),
since names are read from free text. Every sentence here was written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import kjstats

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _records(document: str):
    recs = kjstats.extract(document)
    for r in recs:
        assert document[r.start : r.end] == r.text, f"span [{r.start}:{r.end}] is not {r.text!r}"
    return recs


def _show(recs) -> str:
    return "\n".join(
        f"    {r.text!r} value={r.value} unit={r.unit} kind={r.kind} planned={r.planned} "
        f"region={r.region!r} period={r.period!r} indicator={r.indicator!r} category={r.category}"
        for r in recs
    )


def pick(document: str, text: str):
    recs = _records(document)
    hits = [r for r in recs if r.text == text]
    assert len(hits) == 1, f"expected one record {text!r} in {document!r}, got:\n{_show(recs)}"
    return hits[0], recs


# The scorer's indicator tolerance (longest common substring of the names, after removing
# spaces, brackets and 、，" , covering >= 0.6 of the gold name and >= 0.4 of the predicted one).
from kjstats.evaluate import indicator_ok  # noqa: E402


def _accepts(expected, got) -> bool:
    return got in expected if isinstance(expected, list) else got == expected


def _check(document, text, attr, expected):
    r, recs = pick(document, text)
    got = getattr(r, attr)
    if attr == "indicator":
        golds = expected if isinstance(expected, list) else [expected]
        ok = any(indicator_ok(got, g) for g in golds)
    else:
        ok = _accepts(expected, got)
    assert ok, (
        f"\n  input:    {document!r}\n  figure:   {text!r}\n  {attr}: expected {expected!r}, "
        f"got {got!r}\n  all records:\n{_show(recs)}"
    )


def _ids(rows, prefix):
    # ASCII ids (pytest escapes non-ASCII ones): the failure message shows the input.
    return [f"{prefix}{i:02d}" for i in range(len(rows))]


# ---------------------------------------------------------------------------
# kind: level / growth / share / rank (with the value and unit the rule implies)
# ---------------------------------------------------------------------------

KIND = [
    # (input, figure, kind, value, unit)
    ("全区高新技术产业增加值52.3亿元。", "52.3亿元", "level", "5230000000", "元"),
    ("新增省科技型中小企业410家。", "410家", "level", "410", "家"),
    ("全区高新技术产业增加值52.3亿元，同比增长9.6%。", "9.6%", "growth", "9.6", "%"),
    ("全县技术合同成交额增幅达到26.4%。", "26.4%", "growth", "26.4", "%"),
    ("全区规上工业研发费用增速为31.5%。", "31.5%", "growth", "31.5", "%"),
    ("技术合同成交额增长1.5倍。", "1.5倍", "growth", "1.5", "倍"),
    ("技术合同成交额同比增长近三成。", "近三成", "growth", "30", "%"),
    # 提高X个百分点: growth with unit 百分点; 下降: a negative value
    ("研发投入强度比上年提高0.25个百分点。", "0.25个百分点", "growth", "0.25", "百分点"),
    ("研发投入强度比上年下降0.08个百分点。", "0.08个百分点", "growth", "-0.08", "百分点"),
    ("全市登记技术合同数同比下降4.7%。", "4.7%", "growth", "-4.7", "%"),
    ("财政科技支出比上年减少2.4亿元。", "2.4亿元", "growth", "-240000000", "元"),
    # share: 占…比重, 占比, 投入强度
    ("高新技术产业增加值占规上工业增加值比重达63.5%。", "63.5%", "share", "63.5", "%"),
    ("战略性新兴产业增加值占比41.2%。", "41.2%", "share", "41.2", "%"),
    ("全社会R&D经费投入强度为3.1%。", "3.1%", "share", "3.1", "%"),
    # rank: value is the place, unit 位
    ("研发投入强度位居全省第二。", "第二", "rank", "2", "位"),
    ("高新技术企业数量居全市前三位。", "前三位", "rank", "3", "位"),
    ("综合科技创新水平列全国第4位。", "第4位", "rank", "4", "位"),
    # 从A提高到B: two levels
    # (a ratio raised 从…到 is a share at both ends: records.md, a part of a whole; they were levels)
    ("企业创新券抵用比例从30%提高到60%。", "30%", "share", "30", "%"),
    ("企业创新券抵用比例从30%提高到60%。", "60%", "share", "60", "%"),
]


@pytest.mark.parametrize("document,text,kind,value,unit", KIND, ids=_ids(KIND, "kind"))
def test_kind(document, text, kind, value, unit):
    _check(document, text, "kind", kind)
    r, _ = pick(document, text)
    assert (r.value, r.unit) == (Decimal(value), unit), f"{text}: value/unit {r.value} {r.unit}"


# ---------------------------------------------------------------------------
# planned: targets and plans (力争, 计划, 预计, 目标, 拟, 将, 到2027年), else false
# ---------------------------------------------------------------------------

PLANNED = [
    ("力争新增国家高新技术企业200家。", "200家", True),
    ("计划引进高层次人才团队15个。", "15个", True),
    ("预计全年技术合同成交额达到60亿元。", "60亿元", True),
    ("年度目标为新增科技型中小企业500家。", "500家", True),
    ("拟认定省级企业研发中心25家。", "25家", True),
    ("下一步，区科技局将新建众创空间5家。", "5家", True),
    ("到2027年，全市高新技术企业达到1500家。", "1500家", True),
    # not plans
    ("上半年，已认定高新技术企业86家。", "86家", False),
    ("全年新增科技型中小企业320家。", "320家", False),
    # 计划 inside a programme's name
    ("全年立项国家重点研发计划项目3项。", "3项", False),
    # a plan word does not reach into the next sentence
    ("力争新增孵化器3家。上半年已新增众创空间2家。", "2家", False),
    # 将 used as 把 in a report of what was done
    ("2021年，区财政将科技创新券使用上限提高至30万元。", "30万元", False),
    # the achieved part of a plan is not a plan
    ("计划引进人才团队15个，已落地9个。", "9个", False),
    # 争取 with a growth rate: money actually obtained
    ("2021年，全区争取上级科技资金3200万元，同比增长25%。", "3200万元", False),
    # completion of a plan or target is an achieved figure
    ("上半年完成投资额为年度计划的56%。", "56%", False),
    ("全年技术合同登记额完成年度目标的128%。", "128%", False),
]


@pytest.mark.parametrize("document,text,planned", PLANNED, ids=_ids(PLANNED, "planned"))
def test_planned(document, text, planned):
    _check(document, text, "planned", planned)


# ---------------------------------------------------------------------------
# region: headings/leads set it; 全区/全市/我省 resolve to it; an explicit place wins
# ---------------------------------------------------------------------------

DISTRICT_HEADINGS = (
    "鄞州\n\n"
    "2022年，宁波市鄞州区科技局围绕创新驱动发展战略扎实推进各项工作。"
    "全区新增国家高新技术企业156家，技术合同成交额42.6亿元。\n\n"
    "同期，宁波市新增国家高新技术企业1082家。区内新建省级重点实验室2家。\n\n"
    "海曙\n\n"
    "2022年，宁波市海曙区持续加大科技投入。全区规上工业企业研发费用28.7亿元，同比增长16.2%。"
)
NUMBERED_HEADINGS = (
    "2022年全市科技工作报告\n\n一、诸暨市\n\n全市新增高新技术企业96家。\n\n二、嵊州市\n\n全市新增高新技术企业58家。"
)
PROVINCE_LEAD = "浙江省2021年科技进步统计公报\n\n2021年，我省研发经费支出2157.7亿元，研发投入强度2.94%。"
CITY_LEAD = (
    "衢州市2021年科技工作总结\n\n"
    "2021年，我市技术合同成交额28.6亿元。其中，柯城区技术合同成交额9.8亿元。全市新增高新技术企业126家。"
)
DISTRICT_LEAD = (
    "2021年上半年，绍兴市上虞区科技局扎实推进各项工作。\n\n"
    "1~4月，全区高新技术产业增加值45.2亿元。\n\n"
    "全区新增省级企业研发中心12家。"
)
DISTRICT_LEAD_SHORT = "2022年，临安区科技局坚持创新驱动，科技工作稳中有进。\n\n全区新增高新技术企业112家。"
DISTRICT_LEAD_CITY = (
    "2022年，湖州市吴兴区科技局扎实推进各项工作。\n\n上半年，全区技术合同成交额15.2亿元，较2021年同期增长28.6%。"
)
BRACKETED_PLACES = (
    "2021年全国技术市场统计\n\n"
    "2021年，全国技术合同成交额41250.6亿元。"
    "分地区看，浙江（1520.3亿元）、山东（1368.9亿元）技术合同成交额增长较快。"
)
PLACE_TABLE = (
    "2021年嘉兴市各区高新技术产业情况\n\n"
    "地区 | 高新技术产业产值(亿元) | 高新技术企业(家)\n"
    "南湖区 | 215.3 | 186\n"
    "秀洲区 | 178.6 | 142"
)

YINZHOU = ["鄞州区", "宁波市鄞州区"]
HAISHU = ["海曙区", "宁波市海曙区"]

REGION = [
    # a heading sets the region until the next heading; 全区/区内 resolve to it
    (DISTRICT_HEADINGS, "156家", YINZHOU),
    (DISTRICT_HEADINGS, "42.6亿元", YINZHOU),
    (DISTRICT_HEADINGS, "1082家", "宁波市"),  # an explicit place wins for its sentence
    (DISTRICT_HEADINGS, "2家", YINZHOU),  # ... and only for its sentence
    (DISTRICT_HEADINGS, "28.7亿元", HAISHU),
    (DISTRICT_HEADINGS, "16.2%", HAISHU),
    (NUMBERED_HEADINGS, "96家", "诸暨市"),
    (NUMBERED_HEADINGS, "58家", "嵊州市"),
    # 我省 / 我市 resolve to the unit the document is about
    (PROVINCE_LEAD, "2157.7亿元", "浙江省"),
    (PROVINCE_LEAD, "2.94%", "浙江省"),
    (CITY_LEAD, "28.6亿元", "衢州市"),
    (CITY_LEAD, "9.8亿元", "柯城区"),
    (CITY_LEAD, "126家", "衢州市"),
    # a lead sentence naming the district sets it, even after its city's name
    (DISTRICT_LEAD, "45.2亿元", ["上虞区", "绍兴市上虞区"]),
    (DISTRICT_LEAD, "12家", ["上虞区", "绍兴市上虞区"]),
    (DISTRICT_LEAD_SHORT, "112家", "临安区"),
    (DISTRICT_LEAD_CITY, "15.2亿元", ["吴兴区", "湖州市吴兴区"]),
    (DISTRICT_LEAD_CITY, "28.6%", ["吴兴区", "湖州市吴兴区"]),
    # an explicit place wins for its figure: 浙江（1520.3亿元）
    (BRACKETED_PLACES, "41250.6亿元", "全国"),
    (BRACKETED_PLACES, "1520.3亿元", ["浙江", "浙江省"]),
    (BRACKETED_PLACES, "1368.9亿元", ["山东", "山东省"]),
    # rows of a pipe table that are places set their cells' region
    (PLACE_TABLE, "215.3", "南湖区"),
    (PLACE_TABLE, "186", "南湖区"),
    (PLACE_TABLE, "178.6", "秀洲区"),
    (PLACE_TABLE, "142", "秀洲区"),
]


@pytest.mark.parametrize("document,text,region", REGION, ids=_ids(REGION, "region"))
def test_region(document, text, region):
    _check(document, text, "region", region)


# ---------------------------------------------------------------------------
# period: ISO 8601; a phrase governs to the end of its sentence; else the paragraph's
# leading phrase; else the document's; a comparison base does not set it
# ---------------------------------------------------------------------------

YEAR_DOC = (
    "2022年，临安区科技局坚持创新驱动，科技工作稳中有进。\n\n"
    "1~5月，全区技术合同成交额12.4亿元，同比增长23.5%。\n\n"
    "上半年，全区新增科技企业孵化器4家。培育国家级众创空间1家。\n\n"
    "一季度，全区发放创新券86.3万元。\n\n"
    "前三季度，全区规上工业企业研发费用31.6亿元。\n\n"
    "全年新增省科技型中小企业415家。\n\n"
    "截至10月底，全区有效发明专利5620件。\n\n"
    "全区累计建成省级企业研究院28家。\n\n"
    "2022年，全区R&D经费支出42.3亿元，相比于2019年增长36.8%。\n\n"
    "1~3月，全区新增入库科技型中小企业126家；上半年，全区新增入库科技型中小企业298家。\n\n"
    "2023年1~6月，全区高新技术产业投资同比增长18.9%。"
)
INNER_PHRASE = "2022年，全区新增高新技术企业86家，其中1~6月新增52家。"

PERIOD = [
    (YEAR_DOC, "12.4亿元", "2022-01/2022-05"),  # 1~5月 with the document's year
    (YEAR_DOC, "23.5%", "2022-01/2022-05"),  # ... up to the end of the sentence
    (YEAR_DOC, "4家", "2022-01/2022-06"),  # 上半年
    (YEAR_DOC, "1家", "2022-01/2022-06"),  # no phrase: the paragraph's leading one
    (YEAR_DOC, "86.3万元", "2022-01/2022-03"),  # 一季度
    (YEAR_DOC, "31.6亿元", "2022-01/2022-09"),  # 前三季度
    (YEAR_DOC, "415家", "2022"),  # 全年
    (YEAR_DOC, "5620件", ["2022-01/2022-10", "2022-10"]),  # 截至10月底
    (YEAR_DOC, "28家", "2022"),  # no phrase in the paragraph: the document's
    (YEAR_DOC, "42.3亿元", "2022"),
    (YEAR_DOC, "36.8%", "2022"),  # 相比于2019年 is a comparison base
    (YEAR_DOC, "126家", "2022-01/2022-03"),  # ； ends the phrase's sentence
    (YEAR_DOC, "298家", "2022-01/2022-06"),
    (YEAR_DOC, "18.9%", "2023-01/2023-06"),  # a phrase with its own year
    (DISTRICT_LEAD, "45.2亿元", "2021-01/2021-04"),
    (DISTRICT_LEAD, "12家", "2021-01/2021-06"),  # the document's 2021年上半年
    (DISTRICT_LEAD_CITY, "15.2亿元", "2022-01/2022-06"),
    (DISTRICT_LEAD_CITY, "28.6%", "2022-01/2022-06"),  # 较2021年同期 is a comparison base
    (INNER_PHRASE, "86家", "2022"),
    (INNER_PHRASE, "52家", "2022-01/2022-06"),  # a phrase governs the figures after it
]


@pytest.mark.parametrize("document,text,period", PERIOD, ids=_ids(PERIOD, "period"))
def test_period(document, text, period):
    _check(document, text, "period", period)


# ---------------------------------------------------------------------------
# indicator: the name without verb or number; growth/share/rank name what grew;
# 分别 lists give each figure its own name
# ---------------------------------------------------------------------------

PATENTS = "全区发明专利、实用新型专利和外观设计专利授权量分别为1256件、5630件和2108件。"
PERFORMERS = "企业、研究机构和高等学校研发经费支出分别为182.5亿元、32.4亿元和17.6亿元。"

INDICATOR = [
    ("全年技术合同成交额达到38.6亿元。", "38.6亿元", "技术合同成交额"),
    ("全县新增省级企业研发中心23家。", "23家", "省级企业研发中心"),
    ("全年共选派科技特派员126名。", "126名", "科技特派员"),
    ("全县共有院士专家工作站7个、博士后工作站3个。", "3个", "博士后工作站"),
    # growth names what grew
    ("全县高新技术产业增加值41.6亿元，增幅7.2%。", "41.6亿元", "高新技术产业增加值"),
    ("全县高新技术产业增加值41.6亿元，增幅7.2%。", "7.2%", "高新技术产业增加值"),
    ("全市规上工业企业研发费用支出58.3亿元，同比增长21.7%。", "21.7%", "规上工业企业研发费用支出"),
    ("2022年，全区R&D经费支出42.3亿元，相比于2019年增长36.8%。", "36.8%", "R&D经费支出"),
    ("上半年，全区技术合同成交额15.2亿元，较2021年同期增长28.6%。", "28.6%", "技术合同成交额"),
    ("全区R&D经费支出占GDP比重为2.6%，比全省平均高0.3个百分点。", "0.3个百分点", "R&D经费支出占GDP比重"),
    # a gap after a comparison with a time (比1-9月份回升) or written 高出 names the growth
    ("全区工业技改投资同比增长24.6%，比1-9月份回升3.2个百分点。", "3.2个百分点", "工业技改投资增速"),
    ("全区工业技改投资同比增长24.6%，高出全省平均水平8.1个百分点。", "8.1个百分点", "工业技改投资增速"),
    # share
    ("高新技术产业增加值占规上工业增加值比重达62.8%。", "62.8%", "高新技术产业增加值占规上工业增加值比重"),
    # rank names what was ranked
    ("全市研发投入强度位居全省第三。", "第三", "研发投入强度"),
    ("全区高新技术产业投资增幅居全市第一。", "第一", ["高新技术产业投资增幅", "高新技术产业投资"]),
    # 分别 lists: each figure its own name
    (PATENTS, "1256件", ["发明专利授权量", "发明专利"]),
    (PATENTS, "5630件", ["实用新型专利授权量", "实用新型专利"]),
    (PATENTS, "2108件", ["外观设计专利授权量", "外观设计专利"]),
    (PERFORMERS, "182.5亿元", ["企业研发经费支出", "企业"]),
    (PERFORMERS, "32.4亿元", ["研究机构研发经费支出", "研究机构"]),
    (PERFORMERS, "17.6亿元", ["高等学校研发经费支出", "高等学校"]),
    # a place in brackets is not the name
    (
        "分地区看，浙江（1520.3亿元）、山东（1368.9亿元）技术合同成交额增长较快。",
        "1520.3亿元",
        ["技术合同成交额", "浙江技术合同成交额"],
    ),
]


@pytest.mark.parametrize("document,text,indicator", INDICATOR, ids=_ids(INDICATOR, "indicator"))
def test_indicator(document, text, indicator):
    _check(document, text, "indicator", indicator)


# ---------------------------------------------------------------------------
# category: one case per category of records.md
# ---------------------------------------------------------------------------

CATEGORY = [
    ("全社会研发经费支出45.2亿元。", "45.2亿元", "rd_expenditure"),
    ("全区高新技术产业增加值128.4亿元。", "128.4亿元", "high_tech_industry"),
    ("新认定国家高新技术企业86家。", "86家", "high_tech_enterprise"),
    ("新增入库科技型中小企业340家。", "340家", "tech_sme"),
    ("新建省级重点实验室3家。", "3家", "rd_institution"),
    ("新增市级众创空间6家。", "6家", "incubator"),
    ("全年引进海外工程师32人。", "32人", "talent"),
    ("全年发放创新券215.6万元。", "215.6万元", "innovation_voucher"),
    ("兑现科技奖励资金3200万元。", "3200万元", "funding"),
    ("科创园区完成投资8.5亿元。", "8.5亿元", "investment"),
    ("组织实施重大科技攻关项目18项。", "18项", "project"),
    ("全年发明专利授权量1256件。", "1256件", "patent"),
    ("全年技术合同成交额38.6亿元。", "38.6亿元", "tech_market"),
    ("科创园新入驻企业42家。", "42家", "enterprise"),
    ("开放共享科研设施与仪器56台(套)。", "56台(套)", "facility"),
    ("全区实现地区生产总值1250.3亿元。", "1250.3亿元", "economy"),
    ("全年组织科普讲座36场。", "36场", "other"),
    # the money of a subsidy is funding, whoever receives it
    ("对新认定的高新技术企业每家给予20万元补助。", "20万元", "funding"),
    # a comparison of an R&D intensity stays in its category
    ("全区R&D经费支出占GDP比重为2.6%，比全省平均高0.3个百分点。", "0.3个百分点", "rd_expenditure"),
]


@pytest.mark.parametrize("document,text,category", CATEGORY, ids=_ids(CATEGORY, "category"))
def test_category(document, text, category):
    _check(document, text, "category", category)


# ---------------------------------------------------------------------------
# tables: one record per numeric cell, unit from the header, named from the headers
# ---------------------------------------------------------------------------

MEASURE_TABLE = (
    "2021年全区主要科技指标\n\n"
    "指标 | 数值(亿元) | 增幅(%)\n"
    "规上工业研发费用 | 26.4 | 18.3\n"
    "高新技术产业增加值 | 152.7 | 12.6"
)
VOUCHER_TABLE = (
    "2021年全区创新券兑现情况\n\n项目 | 金额(万元) | 企业数(家)\n发放创新券 | 315.6 | 128\n使用创新券 | 207.9 | 96"
)
NUMBERED_TABLE = (
    "2021年嘉兴市各区技术合同情况\n\n"
    "序号 | 地区 | 技术合同(项) | 成交额(亿元)\n"
    "1 | 南湖区 | 356 | 12.8\n"
    "2 | 秀洲区 | 298 | 9.6"
)

TABLES = [
    # (document, [(text, value, unit, kind, region, indicator), ...]) -- every record of the table
    (
        MEASURE_TABLE,
        [
            ("26.4", "2640000000", "元", "level", None, "规上工业研发费用"),
            ("18.3", "18.3", "%", "growth", None, "规上工业研发费用"),
            ("152.7", "15270000000", "元", "level", None, "高新技术产业增加值"),
            ("12.6", "12.6", "%", "growth", None, "高新技术产业增加值"),
        ],
    ),
    (
        VOUCHER_TABLE,
        [
            ("315.6", "3156000", "元", "level", None, "发放创新券"),
            ("128", "128", "家", "level", None, ["发放创新券企业数", "发放创新券"]),
            ("207.9", "2079000", "元", "level", None, "使用创新券"),
            ("96", "96", "家", "level", None, ["使用创新券企业数", "使用创新券"]),
        ],
    ),
    (
        PLACE_TABLE,
        [
            ("215.3", "21530000000", "元", "level", "南湖区", "高新技术产业产值"),
            ("186", "186", "家", "level", "南湖区", "高新技术企业"),
            ("178.6", "17860000000", "元", "level", "秀洲区", "高新技术产业产值"),
            ("142", "142", "家", "level", "秀洲区", "高新技术企业"),
        ],
    ),
    # row numbers give no record
    (
        NUMBERED_TABLE,
        [
            ("356", "356", "项", "level", "南湖区", "技术合同"),
            ("12.8", "1280000000", "元", "level", "南湖区", ["技术合同成交额", "成交额"]),
            ("298", "298", "项", "level", "秀洲区", "技术合同"),
            ("9.6", "960000000", "元", "level", "秀洲区", ["技术合同成交额", "成交额"]),
        ],
    ),
]


@pytest.mark.parametrize("document,rows", TABLES, ids=_ids(TABLES, "table"))
def test_table_cells(document, rows):
    recs = _records(document)
    assert [r.text for r in recs] == [row[0] for row in rows], _show(recs)
    for r, (_text, value, unit, kind, region, _name) in zip(recs, rows):
        assert (r.value, r.unit, r.kind) == (Decimal(value), unit, kind), _show([r])
        if region is not None:
            assert r.region == region, _show([r])
        assert r.period == "2021", _show([r])


@pytest.mark.parametrize("document,rows", TABLES, ids=_ids(TABLES, "table"))
def test_table_names(document, rows):
    recs = {r.text: r for r in _records(document)}
    bad = []
    for text, *_, name in rows:
        golds = name if isinstance(name, list) else [name]
        got = recs[text].indicator if text in recs else None
        if not any(indicator_ok(got, g) for g in golds):
            bad.append(f"{text}: expected {name!r}, got {got!r}")
    assert not bad, "\n" + "\n".join(bad)
