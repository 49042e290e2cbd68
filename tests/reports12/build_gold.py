#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports12 from hand annotations.

Same layout as tests/reports4-11. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of the two tables (c02: cells
separated by one space; c05: cells separated by two full-width spaces, under
a two-line header) are located by their row label (exactly one line of the
table starts with the label and the separator) and the position of the
number in that row; the script checks every table's title, header lines,
the numbers of every row, and the blank line after the last row.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(whitespace and thousands separators removed, Chinese numerals read, 成 =
10 %, 首位 = 1, 万/亿 folded in, a table cell scaled by its column's unit)
equals |value|, every Arabic number in every text is either inside a record
or listed in NOT_INDICATORS with its reason (so no figure is forgotten),
every field takes an allowed value, and the invented figures agree with
each other (parts add up, shares, growth rates, intensities and ranks match;
see CONSISTENCY at the end).
"""

import json
import pathlib
import re
import sys
import unicodedata
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "亿": 10**8}

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "": towns, the 大学科技园).
CODES = {
    # c01 黑龙江省 七台河市
    "七台河市": "230900",
    "七台河": "230900",
    "黑龙江省": "230000",
    "黑龙江": "230000",
    # c02 广西壮族自治区 and its 14 cities
    "广西壮族自治区": "450000",
    "广西": "450000",
    "南宁市": "450100",
    "柳州市": "450200",
    "桂林市": "450300",
    "梧州市": "450400",
    "北海市": "450500",
    "防城港市": "450600",
    "钦州市": "450700",
    "贵港市": "450800",
    "玉林市": "450900",
    "百色市": "451000",
    "贺州市": "451100",
    "河池市": "451200",
    "来宾市": "451300",
    "崇左市": "451400",
    # c03 宁夏 吴忠市 盐池县 (towns have no code)
    "盐池县": "640323",
    "盐池": "640323",
    # c04 吉林省 通化市
    "通化市": "220500",
    "通化": "220500",
    "吉林省": "220000",
    "吉林": "220000",
    "东昌区": "220502",
    "集安市": "220582",
    "通化县": "220521",
    # c05 重庆市 荣昌区 (the 大学科技园 has no code)
    "荣昌区": "500153",
    # c06 福建省 莆田市 涵江区 (towns have no code)
    "涵江区": "350303",
    "福建省": "350000",
    "福建": "350000",
}


def V(num, mult=""):
    d = Decimal(num) * MULT[mult]
    return int(d) if d == d.to_integral_value() else float(d)


def code_of(region):
    """region_code for a gold region: one code, a list when the accepted
    names are different units, None when the region is not scored."""
    if region is None:
        return None
    names = region if isinstance(region, list) else [region]
    codes = []
    for n in names:
        c = "" if n is None else CODES.get(n, "")
        if c not in codes:
            codes.append(c)
    return codes[0] if len(codes) == 1 else codes


DOCS = {}
NOT_INDICATORS = {}  # doc -> [(anchor, number, reason)]: Arabic numbers that are not figures
TABLES = {}  # doc -> table layout


def doc(name, region, period, category):
    DOCS[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return DOCS[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, measure, **kw):
    recs.append(
        dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, measure=measure, **kw)
    )


HT = "high_tech_enterprise"
RI = "rd_institution"
RE = "rd_expenditure"
TM = "tech_market"
TS = "tech_sme"
PT = "patent"
FU = "funding"
IN = "incubator"
TA = "talent"
EC = ["economy", "other"]
SL = ["share", "level"]  # rates such as 成活率 (corpus 13, reports3-11)
GL = ["growth", "level"]  # increase amounts, 是去年的X倍 (corpus A02, reports3-11)
LS = ["level", "share"]  # per-10k ratios (reports9-11)
QM = ["more_than", None]  # 突破, left out of text (reports3-11)
QR = [None, "at_most"]  # 前三 (reports1/2, reports7 x04, reports11 b06)
HN = ["hte_new", "hte_count"]  # 净增 of the stock (reports4-11)
RIS = ["rd_institutions", ""]  # 研发平台 / 重点实验室 / 研发机构 counts
FS = [FU, RE, "other"]  # 财政科技支出

# ---------------------------------------------------------------- c01
# 七台河市科学技术局 year-end 工作总结 with 明年工作打算. The body writes no
# year: 今年 = 2024 and 明年 = 2025 come from the date line (2024年12月26日);
# 去年 = 2023 for the R&D statistics (比前年 = against 2022). 1—11月 (em
# dash); a growth rank 增速居全省第4位; 全省13个市（地） (a count of a group,
# corpus a03 / reports11 b01) and 位列第3位 of the 净增; a threshold
# 营业收入超亿元 (no record); 是去年的1.3倍; Chinese numeral 一家; the
# provincial average in brackets （1.39%）; 明年 targets with 力争/突破/以上.
QT = ["七台河市", "七台河"]
HLJ = ["黑龙江省", "黑龙江", ""]
d = doc("c01.txt", QT, "2024", RE)
Y23 = "2023"
M11 = "2024-01/2024-11"
Y24 = ["2024", "2024-12"]  # stocks at the end of the year (date line 2024-12-26)
NX = "2025"  # 明年
RD1 = ["R&D经费支出", "R&D经费", "研发经费"]
R(d, "支出3.15亿元", "3.15亿元", V("3.15", "亿"), "元", "level", RD1, "rd_spend", period=Y23)
R(d, "增长9.8%", "9.8%", 9.8, "%", "growth", RD1, "rd_spend", period=Y23)
R(d, "全省第4位", "第4位", 4, "位", "rank", ["增速"] + RD1, "rd_spend", period=Y23)
RI1 = ["投入强度", "研发投入强度", "R&D经费投入强度"]
R(d, "投入强度为1.21%", "1.21%", 1.21, "%", "share", RI1, "rd_intensity", period=Y23)
R(d, "0.07个百分点", "0.07个百分点", 0.07, "百分点", "growth", RI1, "rd_intensity", period=Y23)
QYF = ["规模以上工业企业研发费用", "研发费用"]
R(d, "达到2.46亿元", "2.46亿元", V("2.46", "亿"), "元", "level", QYF, "rd_spend_enterprise", period=M11)
R(d, "增长12.7%", "12.7%", 12.7, "%", "growth", QYF, "rd_spend_enterprise", period=M11)
KJZJ = ["市本级财政科技资金", "科技资金", "市本级财政安排科技资金"]
R(d, "科技资金3860万元", "3860万元", V("3860", "万"), "元", "level", KJZJ, "fiscal_st_spend", category=FS)
R(d, "多出520万元", "520万元", V("520", "万"), "元", GL, KJZJ, "fiscal_st_spend", category=FS)
R(d, "增长15.6%", "15.6%", 15.6, "%", "growth", KJZJ, "fiscal_st_spend", category=FS)
HTE1 = ["高新技术企业有效数", "有效期内高新技术企业", "高新技术企业"]
R(d, "高新技术企业18家", "18家", 18, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
R(d, "达到71家", "71家", 71, "家", "level", HTE1, "hte_count", period=Y24, category=HT)
R(d, "净增11家", "11家", 11, "家", GL, ["净增高新技术企业", "净增"] + HTE1, HN, period=Y24, category=HT)
R(d, "全省13个市", "13个", 13, "个", "level", ["市（地）", "市"], "", region=HLJ, category="other")
R(d, "位列第3位", "第3位", 3, "位", "rank", ["净增数", "净增高新技术企业"], HN, category=HT)
R(
    d,
    "企业有24家",
    "24家",
    24,
    "家",
    "level",
    ["营业收入超亿元的高新技术企业", "营业收入超亿元的企业"],
    ["", "hte_count"],
    category=HT,
)
KZ1 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "入库142家", "142家", 142, "家", "level", KZ1, "tsme_count", category=TS)
R(d, "1.3倍", "1.3倍", 1.3, "倍", GL, KZ1, "tsme_count", category=TS)
R(d, "实验室2个", "2个", 2, "个", "level", ["省级重点实验室", "新获批省级重点实验室"], RIS, category=RI)
R(d, "研究中心5个", "5个", 5, "个", "level", ["市级工程技术研究中心", "工程技术研究中心"], RIS, category=RI)
R(d, "累计达到64个", "64个", 64, "个", "level", ["各类研发平台", "研发平台"], RIS, period=Y24, category=RI)
R(
    d,
    "孵化器一家",
    "一家",
    1,
    "家",
    "level",
    ["省级科技企业孵化器", "新增省级科技企业孵化器"],
    ["incubators", ""],
    category=IN,
)
R(d, "总数达到4家", "4家", 4, "家", "level", ["孵化器总数", "孵化器"], "incubators", period=Y24, category=IN)
R(d, "210余家", "210余家", 210, "家", "level", ["在孵企业"], "", qualifier="more_than", period=Y24, category=IN)
TC1 = ["登记技术合同", "技术合同"]
TV1 = ["技术合同成交额", "成交额"]
R(d, "技术合同156项", "156项", 156, "项", "level", TC1, "tech_contract_count", period=M11, category=TM)
R(d, "成交额5.37亿元", "5.37亿元", V("5.37", "亿"), "元", "level", TV1, "tech_contract_value", period=M11, category=TM)
R(d, "增长28.4%", "28.4%", 28.4, "%", "growth", TV1, "tech_contract_value", period=M11, category=TM)
KF = ["技术开发合同", "技术开发合同成交额"]
R(d, "合同2.91亿元", "2.91亿元", V("2.91", "亿"), "元", "level", KF, "", period=M11, category=TM)
R(d, "的54.2%", "54.2%", 54.2, "%", "share", KF + ["占成交总额"], "", period=M11, category=TM)
R(
    d,
    "成交额4.08亿元",
    "4.08亿元",
    V("4.08", "亿"),
    "元",
    "level",
    ["吸纳技术合同成交额", "本地企业吸纳技术合同成交额"],
    "tech_contract_value_absorbed",
    period=[M11, "2024"],
    category=TM,
)
R(d, "特派员96名", "96名", 96, "名", "level", ["科技特派员", "选派科技特派员"], "", category=TA)
R(
    d,
    "（1.39%）",
    "1.39%",
    1.39,
    "%",
    "share",
    ["全省平均水平", "研发投入强度"],
    "rd_intensity",
    region=HLJ,
    period=[Y23, "2024", ""],
)
R(
    d,
    "增长10%以上",
    "10%以上",
    10,
    "%",
    "growth",
    ["全社会研发经费", "研发经费"],
    "rd_spend",
    qualifier="at_least",
    planned=True,
    period=NX,
)
R(d, "突破80家", "80家", 80, "家", "level", HTE1, "hte_count", qualifier=QM, planned=True, period=NX, category=HT)
R(
    d,
    "160家以上",
    "160家以上",
    160,
    "家",
    "level",
    ["科技型中小企业入库", "科技型中小企业"],
    "tsme_count",
    qualifier="at_least",
    planned=True,
    period=NX,
    category=TS,
)
R(
    d,
    "达到6亿元",
    "6亿元",
    V("6", "亿"),
    "元",
    "level",
    TV1,
    "tech_contract_value",
    planned=True,
    period=NX,
    category=TM,
)
R(
    d,
    "研发平台3个",
    "3个",
    3,
    "个",
    "level",
    ["省级以上研发平台", "研发平台"],
    RIS,
    planned=True,
    period=NX,
    category=RI,
)
NOT_INDICATORS["c01.txt"] = [
    ("2024年12月26日", "2024", "date line"),
    ("2024年12月26日", "12", "date line"),
    ("2024年12月26日", "26", "date line"),
    ("今年1—11月，全市规模", "1", "time range 1—11月"),
    ("今年1—11月，全市规模", "11", "time range 1—11月"),
    ("今年1—11月，全市共", "1", "time range 1—11月"),
    ("今年1—11月，全市共", "11", "time range 1—11月"),
]

# ---------------------------------------------------------------- c02
# 广西 科技经费投入统计公报 (2024, issued 2025-09-26 by three offices). The
# by-city table is a plain list of lines `城市 R&D经费(亿元) 投入强度(%)`
# with ONE space between cells and the units only in the header; no 全区
# row. Prose: total, growth, intensity with 提高…个百分点, 基础研究 and its
# share, 企业 and its share, a threshold `超过10亿元的市有4个` (10亿元 is no
# record; 4个 is), `南宁、柳州和桂林3个市` (short names), 柳州市 1.89% (repeated
# in the table) and 居全区首位; notes with list markers 1. and 2.
GX = ["广西壮族自治区", "广西"]
d = doc("c02.txt", GX, "2024", RE)
RD2 = ["R&D经费", "研究与试验发展（R&D）经费"]
RI2 = ["R&D经费投入强度", "投入强度"]
R(d, "经费252.7亿元", "252.7亿元", V("252.7", "亿"), "元", "level", RD2, "rd_spend")
R(d, "增长9.2%", "9.2%", 9.2, "%", "growth", RD2, "rd_spend")
R(d, "强度0.88%", "0.88%", 0.88, "%", "share", RI2, "rd_intensity")
R(d, "0.03个百分点", "0.03个百分点", 0.03, "百分点", "growth", RI2, "rd_intensity")
JC = ["基础研究经费", "基础研究"]
R(d, "经费为17.4亿元", "17.4亿元", V("17.4", "亿"), "元", "level", JC, "rd_spend_basic")
R(d, "比重为6.9%", "6.9%", 6.9, "%", "share", JC + ["占R&D经费的比重"], "rd_spend_basic")
QY2 = ["各类企业R&D经费支出", "企业R&D经费支出", "企业"]
R(d, "支出196.3亿元", "196.3亿元", V("196.3", "亿"), "元", "level", QY2, "rd_spend_enterprise")
R(d, "达77.7%", "77.7%", 77.7, "%", "share", QY2 + ["所占比重"], ["rd_spend_enterprise", ""])
R(
    d,
    "的市有4个",
    "4个",
    4,
    "个",
    "level",
    ["R&D经费超过10亿元的市", "市"],
    "",
    category=[RE, "other"],
)
R(
    d,
    "桂林3个市",
    "3个",
    3,
    "个",
    "level",
    ["投入强度高于全区平均水平的市", "市"],
    "",
    category=[RE, "other"],
)
R(d, "以1.89%", "1.89%", 1.89, "%", "share", RI2, "rd_intensity", region="柳州市")
R(d, "居全区首位", "首位", 1, "位", "rank", RI2, "rd_intensity", region="柳州市")
TABLES["c02.txt"] = dict(
    sep=" ",
    title="表1　2024年各市R&D经费情况",
    head=["城市 R&D经费(亿元) 投入强度(%)"],
    rows=[
        ("南宁市", ["98.6", "1.62"]),
        ("柳州市", ["62.3", "1.89"]),
        ("桂林市", ["28.4", "1.11"]),
        ("梧州市", ["9.1", "0.61"]),
        ("北海市", ["11.8", "0.67"]),
        ("防城港市", ["5.2", "0.52"]),
        ("钦州市", ["8.9", "0.45"]),
        ("贵港市", ["4.6", "0.28"]),
        ("玉林市", ["9.7", "0.40"]),
        ("百色市", ["6.8", "0.34"]),
        ("贺州市", ["2.9", "0.28"]),
        ("河池市", ["2.1", "0.17"]),
        ("来宾市", ["1.6", "0.17"]),
        ("崇左市", ["0.7", "0.07"]),
    ],
)
for label, (money, ratio) in TABLES["c02.txt"]["rows"]:
    R(d, label, money, V(money, "亿"), "元", "level", RD2, "rd_spend", region=label, cell=0, scale="亿")
    R(d, label, ratio, float(ratio), "%", "share", RI2, "rd_intensity", region=label, cell=1)
NOT_INDICATORS["c02.txt"] = [
    ("2024年广西壮族", "2024", "title year"),
    ("2025年9月26日", "2025", "date line"),
    ("2025年9月26日", "9", "date line"),
    ("2025年9月26日", "26", "date line"),
    ("　　2024年，广西", "2024", "year"),
    ("超过10亿元的市", "10", "group threshold"),
    ("见表1。", "1", "table number"),
    ("表1　2024年", "1", "table number"),
    ("表1　2024年", "2024", "table title year"),
    ("注：1.", "1", "note marker"),
    ("　　2.因数值", "2", "note marker"),
]

# ---------------------------------------------------------------- c03
# 盐池县融媒体中心 news story (发布时间：2025-06-12) on 科技特派员 in 滩羊 and
# 黄花菜. Mostly CHINESE NUMERALS (一百二十六名, 两千三百余户, 三百二十万只,
# 约八千元, 八万亩左右, 三成多, 一千五百多万元, 一成), units 户/只/万亩/吨/
# 场次/人次/斤, a quote with `两百来斤` (来 = about) and `一亩` (a unit
# basis, no record), town figures (惠安堡镇, 高沙窝镇: no code), 今年/去年
# only, targets 预计/力争/目标.
YC = ["盐池县", "盐池"]
d = doc("c03.txt", YC, ["2025", "2025-01/2025-06"], TA)
Y25 = "2025"
TPY = ["科技特派员", "选派科技特派员"]
AG = ["other", TA]
R(
    d,
    "两百来斤",
    "两百来斤",
    200,
    "斤",
    "level",
    ["亩均多收鲜菜", "多收鲜菜"],
    "",
    qualifier="about",
    region=YC + ["惠安堡镇"],
    period=[Y25, ""],
    category=AG,
)
R(d, "一百二十六名", "一百二十六名", 126, "名", "level", TPY, "")
R(d, "十八个", "十八个", 18, "个", "level", ["服务团队", "组建服务团队"], "")
R(d, "全县8个乡镇", "8个", 8, "个", "level", ["覆盖乡镇", "乡镇"], "", category=AG)
R(d, "102个", "102个", 102, "个", "level", ["覆盖行政村", "行政村"], "", category=AG)
R(d, "四十七名", "四十七名", 47, "名", "level", ["具有高级职称的特派员", "高级职称特派员"], "")
R(d, "占37.3%", "37.3%", 37.3, "%", "share", ["具有高级职称的特派员占比", "具有高级职称的特派员"], "")
R(
    d,
    "两千三百余户",
    "两千三百余户",
    2300,
    "户",
    "level",
    ["带动养殖户", "养殖户"],
    "",
    qualifier="more_than",
    category=AG,
)
R(
    d,
    "三百二十万只",
    "三百二十万只",
    3200000,
    "只",
    "level",
    ["滩羊饲养量", "全县滩羊饲养量"],
    "",
    period=[Y25, "2025-06", "2025-01/2025-06"],
    category="other",
)
CH = ["羔羊成活率", "成活率"]
R(d, "95%以上", "95%以上", 95, "%", SL, CH, "", qualifier="at_least", category="other")
R(d, "3个百分点", "3个百分点", 3, "百分点", "growth", CH, "", category="other")
R(
    d,
    "约八千元",
    "约八千元",
    8000,
    "元",
    "level",
    ["养殖户户均增收", "户均增收"],
    "",
    qualifier="about",
    category="other",
)
R(
    d,
    "四千六百只",
    "四千六百只",
    4600,
    "只",
    "level",
    ["出栏滩羊", "标准化羊场出栏滩羊"],
    "",
    region="高沙窝镇",
    period="2025-01/2025-06",
    category="other",
)
HHC = ["黄花菜种植面积", "种植面积"]
R(d, "八万亩左右", "八万亩左右", 80000, "亩", "level", HHC, "", qualifier="about", category="other")
SF = ["应用水肥一体化技术的面积", "水肥一体化面积"]
R(d, "2.6万亩", "2.6万亩", V("2.6", "万"), "亩", "level", SF, "", category="other")
R(d, "三成多", "三成多", 30, "%", "share", SF, "", qualifier="more_than", category="other")
R(d, "1200元", "1200元", 1200, "元", "level", ["亩均增收"], "", category="other")
R(
    d,
    "一百四十户",
    "一百四十户",
    140,
    "户",
    "level",
    ["带动周边农户", "周边农户"],
    "",
    region="惠安堡镇",
    category=AG,
)
R(
    d,
    "超过十二万吨",
    "超过十二万吨",
    120000,
    "吨",
    "level",
    ["黄花菜鲜菜产量", "鲜菜产量"],
    "",
    qualifier="more_than",
    planned=True,
    period=Y25,
    category="other",
)
ZX = ["科技特派员专项经费", "专项经费"]
R(d, "二百万元", "二百万元", V("200", "万"), "元", "level", ZX, "", period=Y25, category=[FU, TA])
R(d, "五十万元", "五十万元", V("50", "万"), "元", GL, ZX, "", period=Y25, category=[FU, TA])
R(d, "十一个", "十一个", 11, "个", "level", ["引进推广新品种", "新品种"], "", category=AG + ["project"])
R(d, "二十三项", "二十三项", 23, "项", "level", ["引进推广新技术", "新技术"], "", category=AG + ["project"])
R(d, "三十二场次", "三十二场次", 32, "场次", "level", ["技术培训", "举办技术培训"], "")
R(d, "一千八百余人次", "一千八百余人次", 1800, "人次", "level", ["培训农民"], "", qualifier="more_than")
R(
    d,
    "十四家",
    "十四家",
    14,
    "家",
    "level",
    ["领办创办经济实体", "经济实体"],
    "",
    period="2024",
    category=[TA, "enterprise", "other"],
)
R(
    d,
    "一千五百多万元",
    "一千五百多万元",
    V("1500", "万"),
    "元",
    "level",
    ["带动农民增收", "农民增收"],
    "",
    qualifier="more_than",
    period="2024",
    category=AG,
)
R(
    d,
    "六个",
    "六个",
    6,
    "个",
    "level",
    ["新建科技示范基地", "科技示范基地"],
    "",
    planned=True,
    period=Y25,
    category=["other", "project", TA],
)
R(
    d,
    "五千人次以上",
    "五千人次以上",
    5000,
    "人次",
    "level",
    ["培训农民"],
    "",
    qualifier="at_least",
    planned=True,
    period=Y25,
)
R(
    d,
    "提高一成",
    "一成",
    10,
    "%",
    "growth",
    ["合作社亩产", "亩产"],
    "",
    planned=True,
    region=YC + ["惠安堡镇"],
    period=[Y25, ""],
    category="other",
)
NOT_INDICATORS["c03.txt"] = [
    ("2025-06-12", "2025", "publication date"),
    ("2025-06-12", "06", "publication date"),
    ("2025-06-12", "12", "publication date"),
    ("08:30", "08", "publication time"),
    ("08:30", "30", "publication time"),
]

# ---------------------------------------------------------------- c04
# 通化市知识产权局 专利统计 半年报 (2025年上半年, dated 2025年7月21日). 专利授权
# by type (发明/实用新型/外观设计, which add up) with 同比; 1-6月 (hyphen) 申请
# and the 二季度 figure with 环比; 截至6月底 stocks; 每万人口 and 每万人口高价值
# 发明专利拥有量; ranks among cities `居全省第3位`, `在全省9个市（州）中居第2位`
# (9个 is a record), county ranks `居全市首位` and `位列第二和第三`; 商标,
# 地理标志, 质押 in 笔, `位列全省前三`; 全年 targets.
TH = ["通化市", "通化"]
JL = ["吉林省", "吉林", ""]
H1 = "2025-01/2025-06"
d = doc("c04.txt", TH, H1, PT)
S6 = ["2025-06", H1]  # 截至6月底
SQ = ["专利授权量", "专利授权"]
R(d, "授权量1286件", "1286件", 1286, "件", "level", SQ, "patent_grants")
R(d, "增长8.6%", "8.6%", 8.6, "%", "growth", SQ, "patent_grants")
FM = ["发明专利授权", "发明专利授权量"]
R(d, "授权168件", "168件", 168, "件", "level", FM, "invention_patent_grants")
R(d, "增长21.7%", "21.7%", 21.7, "%", "growth", FM, "invention_patent_grants")
R(d, "总量的13.1%", "13.1%", 13.1, "%", "share", FM + ["占专利授权总量"], ["invention_patent_grants", ""])
R(d, "全省第3位", "第3位", 3, "位", "rank", FM, "invention_patent_grants")
SY = ["实用新型专利授权", "实用新型专利授权量"]
R(d, "授权895件", "895件", 895, "件", "level", SY, "")
R(d, "增长6.3%", "6.3%", 6.3, "%", "growth", SY, "")
WG = ["外观设计专利授权", "外观设计专利授权量"]
R(d, "授权223件", "223件", 223, "件", "level", WG, "")
R(d, "增长9.3%", "9.3%", 9.3, "%", "growth", WG, "")
R(d, "申请量2034件", "2034件", 2034, "件", "level", ["专利申请量", "专利申请"], "patent_applications")
R(d, "申请612件", "612件", 612, "件", "level", ["发明专利申请", "发明专利申请量"], "invention_patent_applications")
Q2 = "2025-04/2025-06"
R(d, "为1127件", "1127件", 1127, "件", "level", ["申请量", "专利申请量"], "patent_applications", period=Q2)
R(d, "增长24.3%", "24.3%", 24.3, "%", "growth", ["申请量", "专利申请量"], "patent_applications", period=Q2)
YX = ["有效发明专利"]
R(d, "专利2315件", "2315件", 2315, "件", "level", YX, "invention_patents_held", period=S6)
R(d, "增加156件", "156件", 156, "件", GL, YX, "invention_patents_held", period=S6)
R(d, "增长7.2%", "7.2%", 7.2, "%", "growth", YX, "invention_patents_held", period=S6)
R(d, "12.8件", "12.8件", 12.8, "件", LS, ["每万人口发明专利拥有量"], "invention_patents_per_10k", period=S6)
GJZ = ["每万人口高价值发明专利拥有量", "高价值发明专利每万人口拥有量", "每万人口拥有量"]
GJM = ["", "invention_patents_per_10k"]
R(d, "4.36件", "4.36件", 4.36, "件", LS, GJZ, GJM, period=S6)
R(d, "全省9个", "9个", 9, "个", "level", ["市（州）", "市"], "", region=JL, period=[H1, "2025", ""], category="other")
R(d, "居第2位", "第2位", 2, "位", "rank", GJZ, GJM, period=S6)
XQ = SQ + ["分县（市、区）专利授权量"]
R(d, "授权量486件", "486件", 486, "件", "level", XQ, "patent_grants", region="东昌区")
R(d, "居全市首位", "首位", 1, "位", "rank", XQ, "patent_grants", region="东昌区")
R(d, "分别为213件", "213件", 213, "件", "level", XQ, "patent_grants", region="集安市")
R(d, "和171件", "171件", 171, "件", "level", XQ, "patent_grants", region="通化县")
R(d, "位列第二", "第二", 2, "位", "rank", XQ, "patent_grants", region="集安市")
R(d, "和第三", "第三", 3, "位", "rank", XQ, "patent_grants", region="通化县")
SB = ["有效注册商标"]
R(d, "2.86万件", "2.86万件", V("2.86", "万"), "件", "level", SB, "", period=S6)
R(d, "增长9.1%", "9.1%", 9.1, "%", "growth", SB, "", period=S6)
R(
    d,
    "证明商标14件",
    "14件",
    14,
    "件",
    "level",
    ["地理标志证明商标", "累计获批地理标志证明商标"],
    "",
    period=S6 + [""],
)
ZY = ["专利权质押融资金额", "融资金额", "质押融资额"]
R(d, "登记23笔", "23笔", 23, "笔", "level", ["专利权质押登记", "质押登记"], "")
R(d, "金额3.92亿元", "3.92亿元", V("3.92", "亿"), "元", "level", ZY, "")
R(d, "增长46.3%", "46.3%", 46.3, "%", "growth", ZY, "")
R(d, "全省前三", "前三", 3, "位", "rank", ZY, "", qualifier=QR)
R(d, "突破2600件", "2600件", 2600, "件", "level", SQ, "patent_grants", qualifier=QM, planned=True, period="2025")
R(d, "提高到4.6件", "4.6件", 4.6, "件", LS, GJZ, GJM, planned=True, period=["2025", "2025-12"])
NOT_INDICATORS["c04.txt"] = [
    ("通化市2025年上半年", "2025", "title year"),
    ("2025年7月21日", "2025", "date line"),
    ("2025年7月21日", "7", "date line"),
    ("2025年7月21日", "21", "date line"),
    ("1-6月，", "1", "time range 1-6月"),
    ("1-6月，", "6", "time range 1-6月"),
    ("截至6月底", "6", "time point"),
]

# ---------------------------------------------------------------- c05
# 荣昌区大学科技园 quarterly brief (2025年三季度, `（第3期）`, dated 2025年10月15日).
# ■ bullet headings; 1~9月 (tilde) flows and end-of-September stocks, the
# 三季度 单季 figure with 环比; a threshold `营业收入超亿元的企业有7家` (亿元 is
# no record); `占全区总数的17.4%` (全区 = 荣昌区); 研发投入 and its ratio to
# revenue; a table with a TWO-LINE HEADER (names on the first line, units in
# brackets on the second) and cells separated by two full-width spaces, with
# a 合计 row that repeats the prose; numbered plans `1.` `2.` `3.` (markers
# are no records). The park is the home region (no code).
PK = ["荣昌区大学科技园", "大学科技园", "园区"]
Q9 = "2025-01/2025-09"
Q3 = "2025-07/2025-09"
PS = ["2025-09", Q9, Q3]  # stocks at the end of September
PF = [Q9, Q3]  # flows in paragraphs without a time phrase (title: 三季度)
Q4 = ["2025-10/2025-12", "2025"]
d = doc("c05.txt", PK, Q9, "enterprise")
RZ = ["入驻企业", "园区入驻企业"]
R(d, "达到186家", "186家", 186, "家", "level", RZ, "", period=PS)
R(d, "增加14家", "14家", 14, "家", GL, RZ, "", period=PS)
YS = ["营业收入", "园区营业收入"]
R(d, "收入23.6亿元", "23.6亿元", V("23.6", "亿"), "元", "level", YS, "", category=EC)
R(d, "增长17.8%", "17.8%", 17.8, "%", "growth", YS, "", category=EC)
R(d, "收入9.2亿元", "9.2亿元", V("9.2", "亿"), "元", "level", YS + ["单季营业收入"], "", period=Q3, category=EC)
R(d, "环比增长12.2%", "12.2%", 12.2, "%", "growth", YS + ["单季营业收入"], "", period=Q3, category=EC)
R(d, "企业有7家", "7家", 7, "家", "level", ["营业收入超亿元的企业"], "")
HTE5 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "高新技术企业41家", "41家", 41, "家", "level", HTE5, "hte_count", period=PS, category=HT)
R(
    d,
    "总数的17.4%",
    "17.4%",
    17.4,
    "%",
    "share",
    ["占全区总数"] + HTE5,
    ["hte_count", ""],
    region=PK + ["荣昌区"],
    period=PS,
    category=HT,
)
KZ5 = ["新增入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业37家", "37家", 37, "家", "level", KZ5, "tsme_count", category=TS)
R(d, "累计达到128家", "128家", 128, "家", "level", ["累计入库", "科技型中小企业"], "tsme_count", period=PS, category=TS)
YT = ["园区企业研发投入", "研发投入"]
R(
    d,
    "投入1.48亿元",
    "1.48亿元",
    V("1.48", "亿"),
    "元",
    "level",
    YT,
    ["rd_spend_enterprise", "rd_spend", ""],
    period=PF,
    category=RE,
)
R(d, "增长21.4%", "21.4%", 21.4, "%", "growth", YT, ["rd_spend_enterprise", "rd_spend", ""], period=PF, category=RE)
R(
    d,
    "比重为6.3%",
    "6.3%",
    6.3,
    "%",
    "share",
    ["研发投入占营业收入的比重", "占营业收入的比重"],
    ["rd_intensity_enterprise", ""],
    period=PF,
    category=RE,
)
R(d, "专利118件", "118件", 118, "件", "level", ["申请专利", "专利申请"], "patent_applications", period=PF, category=PT)
R(
    d,
    "发明专利35件",
    "35件",
    35,
    "件",
    "level",
    ["发明专利", "发明专利申请"],
    "invention_patent_applications",
    period=PF,
    category=PT,
)
R(d, "在孵企业92家", "92家", 92, "家", "level", ["在孵企业"], "", period=PS, category=IN)
R(d, "毕业企业6家", "6家", 6, "家", "level", ["新毕业企业", "毕业企业"], "", period=Q3, category=IN)
R(d, "众创空间2个", "2个", 2, "个", "level", ["众创空间", "运营众创空间"], "maker_spaces", period=PS, category=IN)
R(
    d,
    "近30名",
    "近30名",
    30,
    "名",
    "level",
    ["博士及高级职称人才", "新引进博士及高级职称人才"],
    "",
    qualifier="nearly",
    period=PF,
    category=TA,
)
TABLES["c05.txt"] = dict(
    sep="　　",
    title="表1　1~9月园区分产业运行情况",
    head=["产业类别　　企业数　　营业收入　　同比增长", "　　　　　　（家）　　（亿元）　　（%）"],
    rows=[
        ("生物医药", ["38", "8.4", "21.6"]),
        ("智能装备", ["52", "7.9", "15.2"]),
        ("电子信息", ["31", "4.1", "19.9"]),
        ("现代服务", ["65", "3.2", "12.3"]),
        ("合计", ["186", "23.6", "17.8"]),
    ],
)
for label, (n, money, g) in TABLES["c05.txt"]["rows"]:
    part = [] if label == "合计" else [label]
    R(d, label, n, int(n), "家", "level", [x + "企业数" for x in part] + ["企业数"] + RZ, "", cell=0)
    R(
        d,
        label,
        money,
        V(money, "亿"),
        "元",
        "level",
        [x + "营业收入" for x in part] + YS,
        "",
        cell=1,
        scale="亿",
        category=EC,
    )
    R(d, label, g, float(g), "%", "growth", [x + "营业收入" for x in part] + YS + ["同比增长"], "", cell=2, category=EC)
R(
    d,
    "10家以上",
    "10家以上",
    10,
    "家",
    "level",
    KZ5,
    "tsme_count",
    qualifier="at_least",
    planned=True,
    period=Q4,
    category=TS,
)
R(
    d,
    "突破32亿元",
    "32亿元",
    V("32", "亿"),
    "元",
    "level",
    ["全年营业收入"] + YS,
    "",
    qualifier=QM,
    planned=True,
    period="2025",
    category=EC,
)
R(d, "企业15家", "15家", 15, "家", "level", ["新引进科技型企业", "新引进企业"], "", planned=True, period=Q4)
NOT_INDICATORS["c05.txt"] = [
    ("荣昌区大学科技园2025年", "2025", "title year"),
    ("（第3期）", "3", "issue number"),
    ("2025年10月15日", "2025", "date line"),
    ("2025年10月15日", "10", "date line"),
    ("2025年10月15日", "15", "date line"),
    ("　　1~9月，园区", "1", "time range 1~9月"),
    ("　　1~9月，园区", "9", "time range 1~9月"),
    ("表1　1~9月", "1", "table number and time range 1~9月"),
    ("表1　1~9月", "9", "time range 1~9月"),
    ("　　1.新增", "1", "list marker"),
    ("　　2.力争", "2", "list marker"),
    ("　　3.新引进", "3", "list marker"),
]

# ---------------------------------------------------------------- c06
# 涵江区人民政府 report (pages 3-4 copied from a PDF): the running head repeats
# at the top of each page, lines are HARD-WRAPPED inside words (`研究与试验发
# ⏎展`, `投⏎入强度`, `一⏎般`, `评⏎价`, `高⏎新技术企业`) and between a number and
# its unit (`31⏎家`, `9.6⏎件`); the page footer `- 3 -` and the next page's
# running head fall inside a sentence (`其中国家级⏎⏎- 3 -⏎⏎…⏎3个`). Year only in
# the section headings (`二、2024年…`, `三、2025年工作打算`); a rank among
# 全市 and one among `全省84个县（市、区）` (84个 is a record); a threshold
# `营业收入⏎超10亿元的高新技术企业9家` (10亿元 is no record); towns (no code).
HJ = ["涵江区"]
FJ = ["福建省", "福建", ""]
d = doc("c06.txt", HJ, "2024", RE)
RD6 = ["全社会研发经费", "研发经费", "研发经费投入"]
RI6 = ["研发投入强度", "投入强度", "R&D经费投入强度"]
R(d, "投入14.2亿元", "14.2亿元", V("14.2", "亿"), "元", "level", RD6, "rd_spend")
R(d, "增长11.3%", "11.3%", 11.3, "%", "growth", RD6, "rd_spend")
R(d, "达到2.18%", "2.18%", 2.18, "%", "share", RI6, "rd_intensity")
R(d, "0.15个百分点", "0.15个百分点", 0.15, "百分点", "growth", RI6, "rd_intensity")
R(d, "全市第2位", "第2位", 2, "位", "rank", RI6 + RD6, ["rd_intensity", "rd_spend"])
QY6 = ["规上工业企业研发费用", "研发费用"]
R(d, "费用11.6亿元", "11.6亿元", V("11.6", "亿"), "元", "level", QY6, "rd_spend_enterprise")
R(d, "收入的1.9%", "1.9%", 1.9, "%", "share", QY6 + ["占营业收入"], "rd_intensity_enterprise")
R(
    d,
    "动的占41.5%",
    "41.5%",
    41.5,
    "%",
    "share",
    ["规上工业企业中开展研发活动的", "开展研发活动的规上工业企业占比", "开展研发活动的规上工业企业"],
    "",
    category=[RE, "enterprise", "other"],
)
CZ6 = ["区级财政科技支出", "财政科技支出"]
R(d, "支出2.67亿元", "2.67亿元", V("2.67", "亿"), "元", "level", CZ6, "fiscal_st_spend", category=FS)
R(d, "支出的4.2%", "4.2%", 4.2, "%", "share", CZ6 + ["占一般公共预算支出"], "fiscal_st_spend", category=FS)
HTE6 = ["高新技术企业有效数", "有效期内高新技术企业", "高新技术企业"]
R(d, "31\n家", "31\n家", 31, "家", "level", ["新增高新技术企业", "新增"], "hte_new", category=HT)
R(d, "达到168家", "168家", 168, "家", "level", HTE6, "hte_count", category=HT)
R(d, "净增19家", "19家", 19, "家", GL, ["净增高新技术企业", "净增"] + HTE6, HN, category=HT)
R(d, "分别有27家", "27家", 27, "家", "level", HTE6, ["hte_count", ""], region="江口镇", category=HT)
R(d, "、22家", "22家", 22, "家", "level", HTE6, ["hte_count", ""], region="白塘镇", category=HT)
R(
    d,
    "高新技术企业9家",
    "9家",
    9,
    "家",
    "level",
    ["营业收入超10亿元的高新技术企业"],
    ["", "hte_count"],
    category=HT,
)
R(d, "入库326家", "326家", 326, "家", "level", ["科技型中小企业评价入库", "科技型中小企业"], "tsme_count", category=TS)
R(d, "研发机构5个", "5个", 5, "个", "level", ["新增省级研发机构", "省级研发机构"], "rd_institutions", category=RI)
R(d, "累计达到47个", "47个", 47, "个", "level", ["省级以上研发平台", "研发平台"], RIS, category=RI)
R(d, "\n3个；", "3个", 3, "个", "level", ["国家级研发平台", "国家级"], RIS, category=RI)
R(d, "众创空间6家", "6家", 6, "家", "level", ["众创空间", "运营众创空间"], "maker_spaces", category=IN)
R(d, "登记214项", "214项", 214, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
TV6 = ["技术合同成交额", "成交额"]
R(d, "成交额9.84亿元", "9.84亿元", V("9.84", "亿"), "元", "level", TV6, "tech_contract_value", category=TM)
R(d, "增长33.6%", "33.6%", 33.6, "%", "growth", TV6, "tech_contract_value", category=TM)
R(d, "项目42项", "42项", 42, "项", "level", ["省级科技计划项目", "争取省级科技计划项目"], "", category="project")
R(
    d,
    "资金4120万元",
    "4120万元",
    V("4120", "万"),
    "元",
    "level",
    ["省级科技计划项目资金", "资金"],
    "",
    category=["project", FU],
)
R(d, "\n5630万元", "5630万元", V("5630", "万"), "元", "level", ["科技奖补资金", "各类科技奖补资金"], "", category=FU)
R(d, "惠及企业238家", "238家", 238, "家", "level", ["惠及企业"], "", category=[FU, "enterprise"])
R(d, "授权2045件", "2045件", 2045, "件", "level", ["专利授权", "专利授权量"], "patent_grants", category=PT)
R(d, "发明专利286件", "286件", 286, "件", "level", ["发明专利", "发明专利授权"], "invention_patent_grants", category=PT)
R(d, "9.6\n件", "9.6\n件", 9.6, "件", LS, ["每万人口发明专利拥有量"], "invention_patents_per_10k", category=PT)
R(d, "全省84个", "84个", 84, "个", "level", ["县（市、区）", "县"], "", region=FJ, category="other")
R(d, "位列第15位", "第15位", 15, "位", "rank", ["科技创新指数", "科技创新指数评价"], "innovation_rank")
N6 = "2025"
R(d, "达到2.3%", "2.3%", 2.3, "%", "share", RI6, "rd_intensity", planned=True, period=N6)
R(d, "突破190家", "190家", 190, "家", "level", HTE6, "hte_count", qualifier=QM, planned=True, period=N6, category=HT)
R(
    d,
    "15%以上",
    "15%以上",
    15,
    "%",
    "growth",
    TV6,
    "tech_contract_value",
    qualifier="at_least",
    planned=True,
    period=N6,
    category=TM,
)
NOT_INDICATORS["c06.txt"] = [
    ("二、2024年", "2024", "section heading year"),
    ("三、2025年", "2025", "section heading year"),
    ("超10亿元", "10", "group threshold"),
    ("- 3 -", "3", "page footer"),
    ("- 4 -", "4", "page footer"),
]


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def cn_number(t):
    """a small Chinese numeral (两, 三, 五, 一) as an int"""
    total, digit = 0, None
    for c in t:
        if c in CN_DIGIT:
            digit = CN_DIGIT[c]
        elif c in CN_UNIT:
            total += (1 if digit is None else digit) * CN_UNIT[c]
            digit = None
        else:
            raise ValueError(t)
    return total + (digit or 0)


def table_rows(text, name):
    """{label: (line, offset, lead length)} of a table's rows, after checking
    its layout: the title is once a line, the header lines follow it, every
    row starts with its label and the separator and holds exactly the listed
    numbers, and a blank line follows the last row."""
    tb = TABLES[name]
    lines = text.split("\n")
    if lines.count(tb["title"]) != 1:
        sys.exit(f"{name}: table title {tb['title']!r} is not once a line")
    i = lines.index(tb["title"]) + 1
    for h in tb["head"]:
        if lines[i] != h:
            sys.exit(f"{name}: table header line is {lines[i]!r}")
        i += 1
    out = {}
    for k, (label, cells) in enumerate(tb["rows"]):
        ln = lines[i + k]
        lead = label + tb["sep"]
        if not ln.startswith(lead) or [m.group() for m in NUM.finditer(ln, len(lead))] != cells:
            sys.exit(f"{name}: table row {k} is {ln!r}")
        if sum(x.startswith(lead) for x in lines) != 1:
            sys.exit(f"{name}: row label {label!r} starts more than one line")
        out[label] = (ln, sum(len(x) + 1 for x in lines[: i + k]), len(lead))
    if lines[i + len(tb["rows"])] != "":
        sys.exit(f"{name}: the table does not end after its last row")
    return out


def locate(text, name, r, rows):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    if "cell" in r:
        line, off, skip = rows[a]
        cells = list(NUM.finditer(line, skip))
        k = r["cell"]
        if cells[k].group() != fig:
            sys.exit(f"{name}: row {a!r} cell {k} is not {fig!r}")
        return off + cells[k].start(), off + cells[k].end()
    n = text.count(a)
    if n != 1:
        sys.exit(f"{name}: anchor {a!r} occurs {n} times")
    i = text.index(a)
    if a.count(fig) != 1:
        sys.exit(f"{name}: figure {fig!r} is not once in anchor {a!r}")
    start = i + a.index(fig)
    return start, start + len(fig)


def written_value(r):
    """|value| as the figure's text writes it: thousands separators removed,
    whitespace (PDF line breaks) ignored, a leading sign ignored, Chinese
    numerals read (成 = 10 %, 首位 = 1), 万/亿 folded in; a bare table cell
    takes its column's unit."""
    t = re.sub(r"\s", "", unicodedata.normalize("NFKC", r["fig"])).replace(",", "")
    nums = list(re.finditer(r"\d+(?:\.\d+)?", t))
    if nums:
        m = nums[0]
        n, rest = Decimal(m.group()), t[m.end() :]
    elif t == "首位":
        return Decimal(1)
    else:
        run = CN_RUN.search(t)
        if not run:
            sys.exit(f"no number in {t!r}")
        n, rest = Decimal(cn_number(run.group())), t[run.end() :]
        if rest.startswith("成"):
            n *= 10
    rest = rest.lstrip("余多")
    mult = next((w for w in ("亿", "万") if rest.startswith(w)), r.get("scale", ""))
    return n * MULT[mult]


def uncovered(text, name, spans):
    """Arabic numbers in `text` that lie in no record span and are not listed
    in NOT_INDICATORS (a check that no figure was forgotten). Where the listed
    number occurs more than once in its anchor, every occurrence is allowed."""
    allowed = []
    for a, num, _reason in NOT_INDICATORS.get(name, []):
        if text.count(a) != 1:
            sys.exit(f"{name}: NOT_INDICATORS anchor {a!r} occurs {text.count(a)} times")
        i = text.index(a)
        hits = [m for m in re.finditer(r"\d+(?:\.\d+)?", a) if m.group() == num]
        if not hits:
            sys.exit(f"{name}: {num!r} is not in NOT_INDICATORS anchor {a!r}")
        allowed += [(i + h.start(), i + h.end()) for h in hits]
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in spans) or (s, e) in allowed:
            continue
        out.append(m.group() + " @" + str(s))
    return out


# allowed values (shared/records.md)
KINDS = {"level", "growth", "share", "rank"}
QUALS = {None, "at_least", "more_than", "nearly", "about", "at_most"}
CATS = {
    "rd_expenditure",
    "high_tech_industry",
    "high_tech_enterprise",
    "tech_sme",
    "rd_institution",
    "incubator",
    "talent",
    "innovation_voucher",
    "funding",
    "investment",
    "project",
    "patent",
    "tech_market",
    "enterprise",
    "facility",
    "economy",
    "other",
}
MEASURES = {
    "",
    "rd_spend",
    "rd_intensity",
    "rd_spend_enterprise",
    "rd_intensity_enterprise",
    "rd_spend_basic",
    "rd_personnel",
    "fiscal_st_spend",
    "hti_output",
    "hti_value_added",
    "hti_investment",
    "hte_count",
    "hte_new",
    "tsme_count",
    "tech_contract_value",
    "tech_contract_value_absorbed",
    "tech_contract_count",
    "patent_applications",
    "patent_grants",
    "invention_patent_applications",
    "invention_patent_grants",
    "invention_patents_held",
    "invention_patents_per_10k",
    "incubators",
    "maker_spaces",
    "rd_institutions",
    "voucher_issued",
    "voucher_used",
    "gdp",
    "innovation_rank",
}
PERIOD = re.compile(r"^(\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?)?$")


def as_list(x):
    return x if isinstance(x, list) else [x]


def validate(rec, text):
    where = f"{rec['doc']} {rec['text']!r}"
    bad = []
    if text[rec["start"] : rec["end"]] != rec["text"]:
        bad.append("text != slice")
    if not all(k in KINDS for k in as_list(rec["kind"])):
        bad.append("kind")
    if not all(q in QUALS for q in as_list(rec["qualifier"])):
        bad.append("qualifier")
    if not all(c in CATS for c in as_list(rec["category"])):
        bad.append("category")
    if not all(m in MEASURES for m in as_list(rec["measure"])):
        bad.append("measure")
    if not all(PERIOD.match(p) for p in as_list(rec["period"])):
        bad.append("period")
    if not all(p in (True, False, None) for p in as_list(rec["planned"])):
        bad.append("planned")
    if not all(c == "" or re.fullmatch(r"\d{6}", c) for c in as_list(rec["region_code"])):
        bad.append("region_code")
    if "rank" in as_list(rec["kind"]) and rec["unit"] != "位":
        bad.append("rank unit")
    if rec["unit"] == "百分点" and "growth" not in as_list(rec["kind"]):
        bad.append("百分点 kind")
    if not isinstance(rec["value"], (int, float)):
        bad.append("value")
    if bad:
        sys.exit(f"{where}: bad {', '.join(bad)}")


FIELDS = [
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
]


def build():
    out = []
    for name, spec in DOCS.items():
        text = (HERE / name).read_text(encoding="utf-8")
        rows = table_rows(text, name) if name in TABLES else {}
        seen = set()
        for r in spec["recs"]:
            start, end = locate(text, name, r, rows)
            if (start, end) in seen:
                sys.exit(f"{name}: duplicate span {r['fig']!r}")
            seen.add((start, end))
            if written_value(r) != abs(Decimal(str(r["value"]))):
                sys.exit(f"{name}: {r['fig']!r} is written {written_value(r)}, value {r['value']}")
            if re.search(r"[\d.,]", text[start - 1 : start]) or re.search(r"\d", text[end : end + 1]):
                sys.exit(f"{name}: {r['fig']!r} cuts a number")
            g = {**spec["defaults"]}
            for k in ("region", "period", "category"):
                if k in r:
                    g[k] = r[k]
            rec = {
                "doc": name,
                "start": start,
                "end": end,
                "text": text[start:end],
                "value": r["value"],
                "value_max": r.get("value_max"),
                "unit": r["unit"],
                "qualifier": r.get("qualifier"),
                "kind": r["kind"],
                "planned": r.get("planned"),
                "region": g["region"],
                "period": g["period"],
                "indicator": r["indicator"],
                "category": g["category"],
                "measure": r["measure"],
                "region_code": code_of(g["region"]),
            }
            assert list(rec) == FIELDS and rec["text"] == r["fig"]
            validate(rec, text)
            out.append(rec)
        left = uncovered(text, name, sorted(seen))
        if left:
            sys.exit(f"{name}: numbers neither annotated nor listed as non-indicators: {left}")
    out.sort(key=lambda g: (g["doc"], g["start"]))
    for a, b in zip(out, out[1:]):
        if a["doc"] == b["doc"] and b["start"] < a["end"]:
            sys.exit(f"{a['doc']}: spans {a['text']!r} and {b['text']!r} overlap")
    return out


def pct(a, b, nd=1):
    """a / b in percent, rounded half-up to nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding="ROUND_HALF_UP")


def growth(new, old, nd=1):
    return pct(Decimal(str(new)) - Decimal(str(old)), old, nd)


def rnd(x, nd=1):
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding="ROUND_HALF_UP")


D = Decimal
# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 七台河市
    "c01_rd22": D("2.869"),  # 亿元, R&D 2022 (前年)
    "c01_gdp23": D("260.3"),  # 亿元, implied by 3.15 / 1.21 %
    "c01_gdp22": D("251.7"),  # 2.869 / 251.7 = 1.14 %
    "c01_ent23": D("2.183"),  # 亿元, 规上研发费用 1—11月 of 2023
    "c01_hte23": 60,
    "c01_tsme23": 109,
    "c01_tc23": D("4.182"),  # 亿元, 1—11月 of 2023
    # c02 广西, 亿元
    "c02_rd23": D("231.4"),
    "c02_gdp24": D("28650"),
    "c02_gdp23": D("27200"),
    "c02_city_gdp": {
        "南宁市": 6100,
        "柳州市": 3300,
        "桂林市": 2550,
        "梧州市": 1500,
        "北海市": 1750,
        "防城港市": 1000,
        "钦州市": 2000,
        "贵港市": 1650,
        "玉林市": 2400,
        "百色市": 2000,
        "贺州市": 1050,
        "河池市": 1250,
        "来宾市": 950,
        "崇左市": 1050,
    },
    # c04 通化市, 2024年上半年 unless marked
    "c04_grant24": 1184,
    "c04_inv24": 138,
    "c04_um24": 842,
    "c04_des24": 204,
    "c04_app_q1": 907,  # 2025年一季度 申请量
    "c04_held_end24": 2159,
    "c04_pop": D("181.5"),  # 万人
    "c04_hv_held": 792,  # 高价值发明专利, 件
    "c04_tm24": 26215,  # 有效注册商标, 件
    "c04_pledge24": D("2.68"),  # 亿元
    # c05 荣昌区大学科技园
    "c05_rows24": {"生物医药": D("6.91"), "智能装备": D("6.86"), "电子信息": D("3.42"), "现代服务": D("2.85")},
    "c05_q2": D("8.2"),  # 亿元, 二季度营业收入
    "c05_district_hte": 236,  # 荣昌区有效高企
    "c05_rd24": D("1.219"),  # 亿元
    # c06 涵江区
    "c06_rd23": D("12.76"),
    "c06_gdp24": D("651.4"),
    "c06_gdp23": D("628.5"),
    "c06_rev24": D("610.5"),  # 规上工业企业营业收入, 亿元
    "c06_budget24": D("63.6"),  # 一般公共预算支出, 亿元
    "c06_hte23": 149,
    "c06_tc23": D("7.365"),
    "c06_held24": 394,  # 有效发明专利, 件
    "c06_pop24": D("41.0"),  # 万人
}
P = PREV
T2 = dict(TABLES["c02.txt"]["rows"])
T5 = dict(TABLES["c05.txt"]["rows"])
C5 = [k for k in T5 if k != "合计"]

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (growth(D("3.15"), P["c01_rd22"]), D("9.8")),
    (pct(D("3.15"), P["c01_gdp23"], 2), D("1.21")),
    (D("1.21") - pct(P["c01_rd22"], P["c01_gdp22"], 2), D("0.07")),
    (growth(D("2.46"), P["c01_ent23"]), D("12.7")),
    (growth(3860, 3860 - 520), D("15.6")),
    (71 - P["c01_hte23"], 11),
    (18 >= 11 and 24 < 71, True),
    (rnd(D(142) / P["c01_tsme23"]), D("1.3")),
    (2 + 5 <= 64 and 1 <= 4, True),
    (growth(D("5.37"), P["c01_tc23"]), D("28.4")),
    (pct(D("2.91"), D("5.37")), D("54.2")),
    (D("1.21") < D("1.39"), True),  # 低于全省平均水平
    (80 > 71 and 160 > 142 and 6 > D("5.37"), True),  # 明年 targets
    # c02
    (sum(D(v[0]) for v in T2.values()), D("252.7")),
    (growth(D("252.7"), P["c02_rd23"]), D("9.2")),
    (pct(D("252.7"), P["c02_gdp24"], 2), D("0.88")),
    (pct(D("252.7"), P["c02_gdp24"], 2) - pct(P["c02_rd23"], P["c02_gdp23"], 2), D("0.03")),
    (pct(D("17.4"), D("252.7")), D("6.9")),
    (pct(D("196.3"), D("252.7")), D("77.7")),
    (all(pct(T2[c][0], g, 2) == D(T2[c][1]) for c, g in P["c02_city_gdp"].items()), True),
    (sorted(c for c in T2 if D(T2[c][0]) > 10), sorted(["南宁市", "柳州市", "桂林市", "北海市"])),
    (sorted(c for c in T2 if D(T2[c][1]) > D("0.88")), sorted(["南宁市", "柳州市", "桂林市"])),
    (max(T2, key=lambda c: D(T2[c][1])), "柳州市"),
    (T2["柳州市"][1], "1.89"),
    # c03
    (pct(47, 126), D("37.3")),
    (D(30) <= pct(D("2.6"), 8) < D(40), True),  # 三成多 of 八万亩左右
    (D(4600) < D(3200000) and 140 < 2300 and 18 < 126, True),
    (D(5000) > D(1800), True),  # 全年 target above the figure so far
    # c04
    (168 + 895 + 223, 1286),
    (P["c04_inv24"] + P["c04_um24"] + P["c04_des24"], P["c04_grant24"]),
    (growth(1286, P["c04_grant24"]), D("8.6")),
    (growth(168, P["c04_inv24"]), D("21.7")),
    (growth(895, P["c04_um24"]), D("6.3")),
    (growth(223, P["c04_des24"]), D("9.3")),
    (pct(168, 1286), D("13.1")),
    (P["c04_app_q1"] + 1127, 2034),
    (growth(1127, P["c04_app_q1"]), D("24.3")),
    (612 < 2034, True),
    (2315 - P["c04_held_end24"], 156),
    (growth(2315, P["c04_held_end24"]), D("7.2")),
    (rnd(D(2315) / P["c04_pop"]), D("12.8")),
    (rnd(D(P["c04_hv_held"]) / P["c04_pop"], 2), D("4.36")),
    (486 > 213 > 171 and 1286 - 486 - 213 - 171 < 4 * 171, True),  # 首位, 第二, 第三; the other four units below 171
    (growth(28600, P["c04_tm24"]), D("9.1")),
    (growth(D("3.92"), P["c04_pledge24"]), D("46.3")),
    (2600 > 2 * 1286 and D("4.6") > D("4.36"), True),  # 全年 targets
    # c05
    (sum(int(T5[c][0]) for c in C5), int(T5["合计"][0])),
    (sum(D(T5[c][1]) for c in C5), D(T5["合计"][1])),
    (all(growth(T5[c][1], P["c05_rows24"][c]) == D(T5[c][2]) for c in C5), True),
    (growth(D(T5["合计"][1]), sum(P["c05_rows24"].values())), D(T5["合计"][2])),
    (T5["合计"], ["186", "23.6", "17.8"]),  # repeats the prose
    (186 - 14 > 0 and 7 < 186, True),
    (growth(D("9.2"), P["c05_q2"]), D("12.2")),
    (D("9.2") < D("23.6"), True),
    (pct(41, P["c05_district_hte"]), D("17.4")),
    (37 <= 128, True),
    (growth(D("1.48"), P["c05_rd24"]), D("21.4")),
    (pct(D("1.48"), D("23.6")), D("6.3")),
    (35 <= 118 and 6 <= 92, True),
    (D(32) > D("23.6"), True),
    # c06
    (growth(D("14.2"), P["c06_rd23"]), D("11.3")),
    (pct(D("14.2"), P["c06_gdp24"], 2), D("2.18")),
    (D("2.18") - pct(P["c06_rd23"], P["c06_gdp23"], 2), D("0.15")),
    (pct(D("11.6"), P["c06_rev24"]), D("1.9")),
    (pct(D("2.67"), P["c06_budget24"]), D("4.2")),
    (168 - P["c06_hte23"], 19),
    (31 >= 19 and 27 + 22 + 9 <= 168, True),
    (3 <= 47 and 5 <= 47, True),
    (growth(D("9.84"), P["c06_tc23"]), D("33.6")),
    (286 < 2045, True),
    (rnd(D(P["c06_held24"]) / P["c06_pop24"]), D("9.6")),
    (15 <= 84, True),
    (D("2.3") > D("2.18") and 190 > 168, True),  # 2025 targets
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
