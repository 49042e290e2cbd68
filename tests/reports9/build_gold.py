#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports9 from hand annotations.

Same layout as tests/reports4-8. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of z04's tab-separated table
are located by their row label (the first cell of exactly one line) and
their column number; the script checks the cell's text and the header line.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(Chinese numerals read, 成 = 10 %, 首位 = 1, 万/亿 folded in, a leading + or -
ignored) equals |value| and a range's second number equals value_max, every
Arabic number in every text is either inside a record or listed in
NOT_INDICATORS with its reason (so no figure is forgotten), and the invented
figures agree with each other (parts add up, shares, growth rates,
completion ratios, averages, rank changes and gaps match; see CONSISTENCY at
the end).
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
# is not an administrative unit and gets "").
CODES = {
    "全国": "100000",
    # z01 辽宁省 锦州市
    "锦州市": "210700",
    "锦州": "210700",
    "凌海市": "210781",
    "北镇市": "210782",
    # z02 山西省 运城市
    "运城市": "140800",
    "运城": "140800",
    "盐湖区": "140802",
    "永济市": "140881",
    "河津市": "140882",
    # z03 贵州省 铜仁市
    "铜仁市": "520600",
    "铜仁": "520600",
    "碧江区": "520602",
    "万山区": "520603",
    "江口县": "520621",
    "思南县": "520624",
    # z04 青海省
    "青海省": "630000",
    "青海": "630000",
    "海东市": "630200",
    "海东": "630200",
    "海西蒙古族藏族自治州": "632800",
    "海西州": "632800",
    "海西": "632800",
    "格尔木市": "632801",
    # z05 新疆维吾尔自治区 阿克苏地区 温宿县
    "温宿县": "652922",
    "温宿": "652922",
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
EC = ["economy", "other"]
SL = ["share", "level"]  # completion ratios, rates of a policy (corpus 13, reports3/6/7/8)
GL = ["growth", "level"]  # increase amounts, gaps to an average (corpus A02, reports7/8)
GR = ["growth", "rank"]  # 前移N位 (reports5/7)
QM = ["more_than", None]  # 突破, left out of text (reports3/4/6/7/8)
PL = [True, None]  # a budget or a rule: planned or not

# ---------------------------------------------------------------- z01
# 锦州市科技局's reply to a 市政协 proposal (dated 2025-06-18): a document
# number, 答复类别, the addressee; 2023 R&D statistics inside a 2025 letter;
# 2024 work (加计扣除, 后补助 with a rate and a cap, 高企, 科小, 技术合同);
# a stock 截至2025年5月底 and a flow 今年以来; a two-county 分别 list; Chinese
# numeral 四个; the policy name “科技十条”; a rule change 由10%提高到15% after
# 拟; 2025 targets; signature, date, contact phone.
JZ = ["锦州市", "锦州"]
d = doc("z01.txt", JZ, "2024", RE)
RD1 = [
    "研究与试验发展（R&D）经费总支出",
    "研究与试验发展（R&D）经费",
    "R&D经费",
    "R&D经费支出",
    "研究与试验发展经费支出",
]
R(d, "经费总支出为15.86亿元", "15.86亿元", V("15.86", "亿"), "元", "level", RD1, "rd_spend", period="2023")
R(d, "增长11.6%", "11.6%", 11.6, "%", "growth", RD1, "rd_spend", period="2023")
RI1 = ["R&D经费投入强度", "投入强度", "研究与试验发展（R&D）经费相当于地区生产总值的比重"] + RD1
R(d, "生产总值的1.22%", "1.22%", 1.22, "%", "share", RI1, "rd_intensity", period="2023")
R(d, "0.09个百分点", "0.09个百分点", 0.09, "百分点", "growth", RI1, "rd_intensity", period="2023")
QY1 = ["企业R&D经费支出", "企业R&D经费"]
R(d, "经费支出12.48亿元", "12.48亿元", V("12.48", "亿"), "元", "level", QY1, "rd_spend_enterprise", period="2023")
R(
    d,
    "总量的78.7%",
    "78.7%",
    78.7,
    "%",
    "share",
    ["企业R&D经费支出占全市总量", "企业R&D经费占比"] + QY1,
    "rd_spend_enterprise",
    period="2023",
)
Y23 = ["2023", ""]  # a sentence without a time phrase after the 2023 statistics
R(d, "全市595家", "595家", 595, "家", "level", ["规上工业企业", "规模以上工业企业"], "", period=Y23, category=EC)
YF = ["开展研发活动的规上工业企业", "开展研发活动的企业", "开展研发活动的"]
YC = ["enterprise", RE, "other"]
R(d, "仅有217家", "217家", 217, "家", "level", YF, "", period=Y23, category=YC)
R(d, "占比36.5%", "36.5%", 36.5, "%", "share", ["开展研发活动的企业占比", "占比"] + YF, "", period=Y23, category=YC)
R(
    d,
    "约6个百分点",
    "约6个百分点",
    6,
    "百分点",
    GL,
    ["开展研发活动的企业占比", "占比", "低于全省平均水平"],
    "",
    qualifier="about",
    period=Y23,
    category=YC,
)
JK = [FU, "enterprise", RE]
JQ = ["享受研发费用加计扣除企业", "享受研发费用加计扣除的企业", "企业"]
R(d, "全市386户", "386户", 386, "户", "level", JQ, "", category=JK)
JE1 = ["研发费用加计扣除额", "加计扣除额"]
R(d, "扣除额21.4亿元", "21.4亿元", V("21.4", "亿"), "元", "level", JE1, "", category=[FU, RE])
R(d, "增长19.2%", "19.2%", 19.2, "%", "growth", JE1, "", category=[FU, RE])
R(
    d,
    "所得税1.37亿元",
    "1.37亿元",
    V("1.37", "亿"),
    "元",
    "level",
    ["高新技术企业减免企业所得税", "减免企业所得税"],
    "",
    category=[FU, HT],
)
BZ = ["研发投入后补助比例", "补助比例", "研发投入后补助", "后补助"]
R(d, "增量按10%给予", "10%", 10, "%", SL, BZ, "", period=["2024", ""], category=FU)
SX = ["单个企业补助上限", "单个企业最高补助", "补助上限"]
R(
    d,
    "最高不超过100万元",
    "不超过100万元",
    V("100", "万"),
    "元",
    "level",
    SX,
    "",
    qualifier="at_most",
    period=["2024", ""],
    category=FU,
)
HB = ["兑现后补助企业", "后补助企业", "企业"]
R(d, "为142家", "142家", 142, "家", "level", HB, "", category=[FU, "enterprise"])
R(d, "资金1860万元", "1860万元", V("1860", "万"), "元", "level", ["后补助资金", "兑现后补助资金"], "", category=FU)
R(d, "户均13.1万元", "13.1万元", V("13.1", "万"), "元", "level", ["户均后补助资金", "户均"], "", category=FU)
R(d, "增加31家", "31家", 31, "家", GL, ["兑现企业数", "兑现后补助企业"] + HB, "", category=[FU, "enterprise"])
Y = ["2024", "2024-12"]  # stocks
R(d, "高新技术企业68家", "68家", 68, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
HTE1 = ["有效期内高新技术企业", "高新技术企业", "有效高新技术企业"]
R(d, "达到412家", "412家", 412, "家", "level", HTE1, "hte_count", period=Y, category=HT)
KZ1 = ["科技型中小企业评价入库", "评价入库科技型中小企业", "科技型中小企业"]
R(d, "入库935家", "935家", 935, "家", "level", KZ1, "tsme_count", category=TS)
R(d, "增长18.4%", "18.4%", 18.4, "%", "growth", KZ1, "tsme_count", category=TS)
HTE1b = ["高新技术企业"]
R(d, "达到57家", "57家", 57, "家", "level", HTE1b, "hte_count", region="凌海市", period=Y, category=HT)
R(d, "和31家", "31家", 31, "家", "level", HTE1b, "hte_count", region="北镇市", period=Y, category=HT)
R(d, "技术合同1278项", "1278项", 1278, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
R(
    d,
    "成交额48.3亿元",
    "48.3亿元",
    V("48.3", "亿"),
    "元",
    "level",
    ["技术合同成交额", "成交额"],
    "tech_contract_value",
    category=TM,
)
YJ = ["省级以上重点实验室、技术创新中心等研发机构", "研发机构", "省级以上研发机构"]
R(d, "研发机构126个", "126个", 126, "个", "level", YJ, "rd_institutions", period="2025-05", category=RI)
R(
    d,
    "国家级四个",
    "四个",
    4,
    "个",
    "level",
    ["国家级研发机构", "国家级"] + YJ,
    ["rd_institutions", ""],
    period="2025-05",
    category=RI,
)
R(
    d,
    "中小企业23家",
    "23家",
    23,
    "家",
    "level",
    ["新增省级专精特新中小企业", "省级专精特新中小企业", "专精特新中小企业"],
    "",
    period=["2025-01/2025-05", "2025-01/2025-06", "2025"],
    category="enterprise",
)
P25 = ["2025", ""]  # the rule change after 拟: no year in its sentence
R(d, "由10%", "10%", 10, "%", SL, BZ, "", planned=PL, period=["2025", "2024", ""], category=FU)
R(d, "提高到15%", "15%", 15, "%", SL, BZ, "", planned=True, period=P25, category=FU)
R(
    d,
    "上限提高到150万元",
    "150万元",
    V("150", "万"),
    "元",
    "level",
    ["单个企业年度补助上限"] + SX,
    "",
    planned=True,
    period=P25,
    category=FU,
)
R(
    d,
    "资金2亿元",
    "2亿元",
    V("2", "亿"),
    "元",
    "level",
    ["天使投资引导基金首期募集资金", "首期募集资金", "募集资金", "天使投资引导基金"],
    "",
    period=P25,
    category=[FU, "investment"],
)
R(
    d,
    "10亿元以上",
    "10亿元以上",
    V("10", "亿"),
    "元",
    "level",
    ["撬动社会资本", "社会资本"],
    "",
    qualifier="at_least",
    planned=True,
    period=None,  # 三年内: no calendar period, not scored
    category=["investment", FU],
)
R(
    d,
    "突破450家",
    "450家",
    450,
    "家",
    "level",
    HTE1b,
    "hte_count",
    qualifier=QM,
    planned=True,
    period="2025",
    category=HT,
)
R(
    d,
    "入库1000家以上",
    "1000家以上",
    1000,
    "家",
    "level",
    ["科技型中小企业入库", "科技型中小企业"],
    "tsme_count",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=TS,
)
R(
    d,
    "达到55亿元",
    "55亿元",
    V("55", "亿"),
    "元",
    "level",
    ["技术合同成交额", "成交额"],
    "tech_contract_value",
    planned=True,
    period="2025",
    category=TM,
)
NOT_INDICATORS["z01.txt"] = [
    ("第0217号", "0217", "proposal number"),
    ("〔2025〕9号", "2025", "document number"),
    ("〔2025〕9号", "9", "document number"),
    ("全市2023年", "2023", "date"),
    ("2024年，全市386户", "2024", "date"),
    ("2024年共为", "2024", "date"),
    ("2024年新认定", "2024", "date"),
    ("截至2025年5月底", "2025", "date"),
    ("截至2025年5月底", "5", "date"),
    ("力争2025年", "2025", "date"),
    ("2025年6月18日", "2025", "date of the letter"),
    ("2025年6月18日", "6", "date of the letter"),
    ("2025年6月18日", "18", "date of the letter"),
    ("0416-3125876", "0416", "phone number"),
    ("0416-3125876", "3125876", "phone number"),
]

# ---------------------------------------------------------------- z02
# 国家税务总局运城市税务局 news release (2025-06-05) on the 2024年度 汇算清缴:
# the headline repeats body figures (近1400户 for 1386户), 户 as the unit,
# 加计扣除金额 vs 减免所得税 (25 % of it), manufacturing share and growth in one
# clause, a 分别 list of three counties and their combined share, 首位; the
# statutory 15 % rate and the 12366 hot line (no records); 4200余万元 and
# 约6800万 (万 without 元); 2025年一季度 prepayment figures with 分别增长;
# 近600户 and a 2025 target.
YC2 = ["运城市", "运城"]
d = doc("z02.txt", YC2, "2024", [FU, RE])
EN = [FU, "enterprise", RE]
JQ2 = ["享受研发费用加计扣除企业", "享受研发费用加计扣除的企业", "享受加计扣除企业", "企业"]
JE2 = ["加计扣除金额", "研发费用加计扣除金额"]
JS2 = ["减免企业所得税", "减税", "减免税额"]
H24 = ["2024", ""]  # the headline has no time phrase
R(d, "近1400户", "近1400户", 1400, "户", "level", JQ2, "", qualifier="nearly", period=H24, category=EN)
R(d, "减税9.21亿元", "9.21亿元", V("9.21", "亿"), "元", "level", JS2, "", period=H24, category=FU)
R(d, "共有1386户", "1386户", 1386, "户", "level", JQ2, "", category=EN)
R(d, "增加167户", "167户", 167, "户", GL, JQ2, "", category=EN)
R(d, "金额36.82亿元", "36.82亿元", V("36.82", "亿"), "元", "level", JE2, "")
R(d, "增长17.5%", "17.5%", 17.5, "%", "growth", JE2, "")
R(d, "所得税9.21亿元", "9.21亿元", V("9.21", "亿"), "元", "level", JS2, "", category=FU)
ZZ = ["享受加计扣除的制造业企业", "制造业企业"]
R(d, "企业1052户", "1052户", 1052, "户", "level", ZZ, "", category=EN)
R(d, "户数的75.9%", "75.9%", 75.9, "%", "share", ["制造业企业占全部享受户数", "占全部享受户数"] + ZZ, "", category=EN)
ZE = ["制造业企业加计扣除金额", "加计扣除金额"]
R(d, "金额31.47亿元", "31.47亿元", V("31.47", "亿"), "元", "level", ZE, "")
R(d, "占比85.5%", "85.5%", 85.5, "%", "share", ["制造业企业加计扣除金额占比", "占比"] + ZE, "")
R(d, "增长21.3%", "21.3%", 21.3, "%", "growth", ZE, "")
R(d, "9.73亿元", "9.73亿元", V("9.73", "亿"), "元", "level", JE2, "", region="河津市")
R(d, "8.64亿元", "8.64亿元", V("8.64", "亿"), "元", "level", JE2, "", region="盐湖区")
R(d, "4.12亿元", "4.12亿元", V("4.12", "亿"), "元", "level", JE2, "", region="永济市")
R(
    d,
    "合计占全市的61.1%",
    "61.1%",
    61.1,
    "%",
    "share",
    ["三地合计占全市", "三地合计占比", "三地合计"] + JE2,
    "",
    region=["河津市", "盐湖区", "永济市", "运城市", "运城"],
)
R(d, "河津市居各县（市、区）首位", "首位", 1, "位", "rank", JE2, "", region="河津市")
GQ = ["按优惠税率申报的高新技术企业", "高新技术企业"]
R(d, "312户", "312户", 312, "户", "level", GQ, ["", "hte_count"], category=[HT, FU])
GJ = ["高新技术企业减免税额", "减免税额"]
R(d, "税额3.08亿元", "3.08亿元", V("3.08", "亿"), "元", "level", GJ, "", category=[FU, HT])
R(d, "增长12.4%", "12.4%", 12.4, "%", "growth", GJ, "", category=[FU, HT])
KQ = ["享受加计扣除的科技型中小企业", "科技型中小企业"]
R(d, "527户", "527户", 527, "户", "level", KQ, ["", "tsme_count"], category=[TS, FU])
KE = ["科技型中小企业扣除金额", "扣除金额", "加计扣除金额"]
R(d, "金额5.96亿元", "5.96亿元", V("5.96", "亿"), "元", "level", KE, "", category=[FU, TS, RE])
R(d, "户均113万元", "113万元", V("113", "万"), "元", "level", ["户均扣除金额", "户均"] + KE, "", category=[FU, TS, RE])
R(
    d,
    "4200余万元",
    "4200余万元",
    V("4200", "万"),
    "元",
    "level",
    ["技术转让所得减免企业所得税", "技术转让所得减免"],
    "",
    qualifier="more_than",
    category=[FU, TM],
)
R(
    d,
    "约6800万",
    "约6800万",
    V("6800", "万"),
    "元",
    "level",
    ["软件企业增值税即征即退", "增值税即征即退", "即征即退"],
    "",
    qualifier="about",
    category=FU,
)
HJ = ["科技创新类优惠合计减免税款", "减免税款", "合计减免税款"]
R(d, "约13.4亿元", "约13.4亿元", V("13.4", "亿"), "元", "level", HJ, "", qualifier="about", category=FU)
R(d, "增长16.9%", "16.9%", 16.9, "%", "growth", HJ, "", category=FU)
Q1 = "2025-01/2025-03"
TQ = ["提前享受研发费用加计扣除企业", "提前享受加计扣除企业", "企业", "户数"]
R(d, "已有214户", "214户", 214, "户", "level", TQ, "", period=Q1, category=EN)
TJ = ["涉及金额", "提前享受加计扣除金额", "加计扣除金额", "金额"]
R(d, "4.36亿元", "4.36亿元", V("4.36", "亿"), "元", "level", TJ, "", period=Q1)
R(d, "38.1%", "38.1%", 38.1, "%", "growth", TQ, "", period=Q1, category=EN)
R(d, "26.4%", "26.4%", 26.4, "%", "growth", TJ, "", period=Q1)
R(
    d,
    "近600户",
    "近600户",
    600,
    "户",
    "level",
    ["有研发活动的重点企业", "重点企业"],
    "",
    qualifier="nearly",
    planned=PL,
    period=["2025", ""],
    category=["enterprise", RE],
)
R(
    d,
    "突破1500户",
    "1500户",
    1500,
    "户",
    "level",
    ["享受加计扣除的企业"] + JQ2,
    "",
    qualifier=QM,
    planned=True,
    period="2025",
    category=EN,
)
NOT_INDICATORS["z02.txt"] = [
    ("2025-06-05 16:20", "2025", "release date"),
    ("2025-06-05 16:20", "06", "release date"),
    ("2025-06-05 16:20", "05", "release date"),
    ("2025-06-05 16:20", "16", "release time"),
    ("2025-06-05 16:20", "20", "release time"),
    ("对2024年度", "2024", "date"),
    ("按15%的优惠税率", "15", "the statutory rate that names the relief, not a statistic of the city"),
    ("2025年一季度", "2025", "date"),
    ("依托12366", "12366", "name of the tax service hot line"),
    ("力争2025年度", "2025", "date"),
]

# ---------------------------------------------------------------- z03
# WeChat-account article of 铜仁市科技局 (2025-07-16): headline with a figure
# repeated in the body, a dateline with the account name and time, 【】
# section heads, ▲/● bullet lines without a verb before the number
# (`高新技术企业：186家（截至6月底）`), 2024 R&D inside a half-year article,
# a rank 居全省第3位, 第6批 (no record), 超4亿 (亿 without 元), four 区县 lines
# (`碧江区：…居全市首位`, `增速全市第一`), 近3000万元, 2025 targets, and the
# read / like counters of the footer (no records).
TR = ["铜仁市", "铜仁"]
H1 = "2025-01/2025-06"
d = doc("z03.txt", TR, H1, TM)
JS3 = ["技术合同成交额", "成交额"]
R(
    d,
    "成交额9.37亿元！",
    "9.37亿元",
    V("9.37", "亿"),
    "元",
    "level",
    ["上半年技术合同成交额"] + JS3,
    "tech_contract_value",
)
RD3 = ["R&D经费投入", "R&D经费"]
R(d, "投入11.27亿元", "11.27亿元", V("11.27", "亿"), "元", "level", RD3, "rd_spend", period="2024", category=RE)
R(d, "增长14.8%", "14.8%", 14.8, "%", "growth", RD3, "rd_spend", period="2024", category=RE)
R(d, "全省第3位", "第3位", 3, "位", "rank", ["R&D经费投入增速", "增速"] + RD3, "rd_spend", period="2024", category=RE)
RI3 = ["研发投入强度", "投入强度", "R&D经费投入强度"]
R(d, "强度0.69%", "0.69%", 0.69, "%", "share", RI3, "rd_intensity", period="2024", category=RE)
R(d, "0.06个百分点", "0.06个百分点", 0.06, "百分点", "growth", RI3, "rd_intensity", period="2024", category=RE)
GS3 = ["规上工业企业R&D经费", "规模以上工业企业R&D经费"]
R(d, "经费7.85亿元", "7.85亿元", V("7.85", "亿"), "元", "level", GS3, "rd_spend_enterprise", period="2024", category=RE)
R(
    d,
    "全市的69.7%",
    "69.7%",
    69.7,
    "%",
    "share",
    ["规上工业企业R&D经费占全市", "规上工业企业R&D经费占比"] + GS3,
    "rd_spend_enterprise",
    period="2024",
    category=RE,
)
S6 = ["2025-06", H1]  # stocks 截至6月底
R(d, "企业：186家", "186家", 186, "家", "level", ["高新技术企业"], "hte_count", period=S6, category=HT)
KZ3 = ["新增科技型中小企业", "科技型中小企业"]
R(d, "中小企业124家", "124家", 124, "家", "level", KZ3, "tsme_count", category=TS)
R(
    d,
    "入库612家",
    "612家",
    612,
    "家",
    "level",
    ["累计入库科技型中小企业", "累计入库", "科技型中小企业"],
    "tsme_count",
    period=S6,
    category=TS,
)
R(
    d,
    "38.2%",
    "38.2%",
    38.2,
    "%",
    "share",
    ["规上工业企业中有研发活动的占比", "有研发活动的占比", "有研发活动的规上工业企业占比"],
    "",
    period=[H1, "2025-06", ""],
    category=["enterprise", RE, "other"],
)
R(
    d,
    "●2家企业",
    "2家",
    2,
    "家",
    "level",
    ["入选国家级专精特新“小巨人”企业", "国家级专精特新“小巨人”企业", "专精特新“小巨人”", "企业"],
    "",
    category="enterprise",
)
R(d, "合同462份", "462份", 462, "份", "level", ["登记技术合同", "技术合同"], "tech_contract_count")
R(d, "成交额9.37亿元\n", "9.37亿元", V("9.37", "亿"), "元", "level", JS3, "tech_contract_value")
R(d, "增长26.1%", "26.1%", 26.1, "%", "growth", JS3, "tech_contract_value")
R(d, "58.6%", "58.6%", 58.6, "%", SL, ["完成全年目标", "全年目标完成率"] + JS3, "")
R(d, "成果87项", "87项", 87, "项", "level", ["转化科技成果", "科技成果转化"], "")
R(
    d,
    "超4亿",
    "超4亿",
    V("4", "亿"),
    "元",
    "level",
    ["带动企业新增产值", "新增产值"],
    "",
    qualifier="more_than",
    category=EC,
)
TA = [H1, "2025-06", "2025"]  # people and platforms in a half-year article
R(d, "1186名", "1186名", 1186, "名", "level", ["选派科技特派员", "科技特派员"], "", period=TA, category="talent")
R(
    d,
    "10个区（县）",
    "10个",
    10,
    "个",
    "level",
    ["区（县）", "覆盖区（县）", "科技特派员覆盖区（县）"],
    "",
    period=TA + [""],
    category=["other", "talent"],
)
R(d, "人才42人", "42人", 42, "人", "level", ["柔性引进高层次科技人才", "高层次科技人才"], "", category="talent")
R(
    d,
    "团队3个",
    "3个",
    3,
    "个",
    "level",
    ["新建省级科技创新人才团队", "省级科技创新人才团队", "科技创新人才团队"],
    "",
    category="talent",
)
R(d, "工作站5个", "5个", 5, "个", "level", ["专家工作站", "新建专家工作站"], "", category="talent")
R(d, "达到14家", "14家", 14, "家", "level", ["众创空间"], "maker_spaces", period=S6, category="incubator")
R(
    d,
    "国家级2家",
    "2家",
    2,
    "家",
    "level",
    ["国家级众创空间", "众创空间"],
    ["maker_spaces", ""],
    period=S6,
    category="incubator",
)
R(d, "企业47家", "47家", 47, "家", "level", ["高新技术企业"], "hte_count", region="碧江区", period=S6, category=HT)
R(
    d,
    "居全市首位",
    "首位",
    1,
    "位",
    "rank",
    ["高新技术企业", "高新技术企业数"],
    "hte_count",
    region="碧江区",
    period=S6,
    category=HT,
)
WS = ["万山区技术合同成交额"] + JS3
R(d, "2.16亿元", "2.16亿元", V("2.16", "亿"), "元", "level", WS, "tech_contract_value", region="万山区")
R(d, "增长41.2%", "41.2%", 41.2, "%", "growth", WS, "tech_contract_value", region="万山区")
R(d, "企业23家", "23家", 23, "家", "level", KZ3, "tsme_count", region="思南县", category=TS)
R(
    d,
    "全市第一",
    "第一",
    1,
    "位",
    "rank",
    ["增速", "新增科技型中小企业增速", "科技型中小企业增速"] + KZ3,
    "tsme_count",
    region="思南县",
    category=TS,
)
R(
    d,
    "近3000万元",
    "近3000万元",
    V("3000", "万"),
    "元",
    "level",
    ["带动农户增收", "农户增收"],
    "",
    qualifier="nearly",
    region="江口县",
    category=EC,
)
R(
    d,
    "达到16亿元",
    "16亿元",
    V("16", "亿"),
    "元",
    "level",
    ["全年技术合同成交额"] + JS3,
    "tech_contract_value",
    planned=True,
    period="2025",
)
R(
    d,
    "30家以上",
    "30家以上",
    30,
    "家",
    "level",
    ["新增高新技术企业", "高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=HT,
)
R(
    d,
    "提高到0.75%",
    "0.75%",
    0.75,
    "%",
    "share",
    ["R&D经费投入强度", "投入强度"],
    "rd_intensity",
    planned=True,
    period="2025",
    category=RE,
)
NOT_INDICATORS["z03.txt"] = [
    ("2025年07月16日 18:30", "2025", "publication date"),
    ("2025年07月16日 18:30", "07", "publication date"),
    ("2025年07月16日 18:30", "16", "publication date"),
    ("2025年07月16日 18:30", "18", "publication time"),
    ("2025年07月16日 18:30", "30", "publication time"),
    ("▲2024年全市", "2024", "date"),
    ("截至6月底", "6", "date"),
    ("第6批", "6", "batch label"),
    ("阅读 2861", "2861", "footer counter of the post (reads)"),
    ("赞 36", "36", "footer counter of the post (likes)"),
    ("在看 12", "12", "footer counter of the post"),
]

# ---------------------------------------------------------------- z04
# 青海省 regional innovation monitoring report (2025-03), after the national
# 《中国区域科技创新评价报告2024》: index values in 分, 比上年提高…分, ranks and
# 前移N位, a gap 由23.46分缩小到23.06分 (two records), a tab-separated table
# 2023 | 2024 | rank | rank change with the units in the header's parentheses
# and signed cells (+2, 0, -1), a 2023 secondary indicator inside the 2024
# report, 市州 results (海西州, 海东市, 格尔木市 with 六成以上), targets with a range
# 1至2位.
QH = ["青海省", "青海"]
d = doc("z04.txt", QH, "2024", "other")
ZH = ["综合科技创新水平指数", "综合科技创新水平"]
IR = ["", "innovation_rank"]  # an index value: the level aspect of the evaluation
R(d, "指数为52.36分", "52.36分", 52.36, "分", "level", ZH, IR)
R(d, "提高2.14分", "2.14分", 2.14, "分", "growth", ZH, IR)
R(d, "全国第25位", "第25位", 25, "位", "rank", ZH, "innovation_rank")
R(d, "前移2位", "2位", 2, "位", GR, ZH, "innovation_rank", period=["2024", "2023/2024"])
R(d, "居第7位", "第7位", 7, "位", "rank", ZH, "innovation_rank")
R(d, "75.42分", "75.42分", 75.42, "分", "level", ["全国综合科技创新水平指数"] + ZH, IR, region="全国")
CJ = ["青海与全国的差距", "差距", "与全国的差距"]
R(d, "由23.46分", "23.46分", 23.46, "分", "level", CJ, "", period="2023")
R(d, "缩小到23.06分", "23.06分", 23.06, "分", "level", CJ, "")
# the table: label | 2023年（分） | 2024年（分） | 2024年位次（位） | 位次变化（位）
TABLE_TITLE = "表1　青海省综合科技创新水平指数及一级指标"
TABLE_HEAD = "指标\t2023年（分）\t2024年（分）\t2024年位次（位）\t位次变化（位）"
TABLE = [
    ("综合科技创新水平", ZH, ["50.22", "52.36", "25", "+2"], IR, "innovation_rank"),
    ("科技创新环境", ["科技创新环境", "科技创新环境指数"], ["48.63", "51.07", "24", "+3"], "", IR),
    ("科技活动投入", ["科技活动投入", "科技活动投入指数"], ["39.15", "40.82", "28", "0"], "", IR),
    ("科技活动产出", ["科技活动产出", "科技活动产出指数"], ["45.90", "49.31", "23", "+1"], "", IR),
    ("高新技术产业化", ["高新技术产业化", "高新技术产业化指数"], ["52.74", "53.66", "26", "-1"], "", IR),
    (
        "科技促进经济社会发展",
        ["科技促进经济社会发展", "科技促进经济社会发展指数"],
        ["68.35", "70.12", "17", "+2"],
        "",
        IR,
    ),
]
for label, ind, cells, m_value, m_rank in TABLE:
    y23, y24, rank, change = cells
    R(d, label, y23, float(y23), "分", "level", ind, m_value, cell=1, period="2023")
    R(d, label, y24, float(y24), "分", "level", ind, m_value, cell=2)
    R(d, label, rank, int(rank), "位", "rank", ind, m_rank, cell=3)
    R(d, label, change, int(change), "位", GR, ind, m_rank, cell=4, period=["2024", "2023/2024"])
RI4 = ["R&D经费投入强度", "投入强度"]
R(d, "强度为0.80%", "0.80%", 0.8, "%", "share", RI4, "rd_intensity", period="2023", category=RE)
R(d, "全国第27位", "第27位", 27, "位", "rank", RI4, "rd_intensity", period="2023", category=RE)
QB = ["规上工业企业R&D经费支出与营业收入之比", "规上工业企业R&D经费支出", "与营业收入之比"]
R(d, "之比为0.46%", "0.46%", 0.46, "%", "share", QB, "rd_intensity_enterprise", period="2023", category=RE)
R(
    d,
    "0.05个百分点",
    "0.05个百分点",
    0.05,
    "百分点",
    "growth",
    QB,
    "rd_intensity_enterprise",
    period="2023",
    category=RE,
)
Y34 = ["2023", "2024"]  # sentences without a year after 2023年全省…
R(
    d,
    "3.4件",
    "3.4件",
    3.4,
    "件",
    ["level", "share"],
    ["每万人口发明专利拥有量", "万人发明专利拥有量"],
    "invention_patents_per_10k",
    period=Y34,
    category=PT,
)
HT4 = ["高新技术企业总数", "高新技术企业"]
R(d, "达到284家", "284家", 284, "家", "level", HT4, "hte_count", period=Y34, category=HT)
R(d, "增长21.4%", "21.4%", 21.4, "%", "growth", HT4, "hte_count", period=Y34, category=HT)
R(d, "全省8个市州", "8个", 8, "个", "level", ["市州"], "")
HX = ["海西州", "海西蒙古族藏族自治州", "海西"]
R(d, "61.28分", "61.28分", 61.28, "分", "level", ZH, IR, region=HX)
R(d, "全省第2位", "第2位", 2, "位", "rank", ZH, "innovation_rank", region=HX)
R(
    d,
    "六成以上",
    "六成以上",
    60,
    "%",
    "share",
    ["格尔木市高新技术企业数占全州", "高新技术企业数占全州", "高新技术企业数"],
    ["hte_count", ""],
    qualifier="at_least",
    region="格尔木市",
    period=Y34 + [""],
    category=HT,
)
HD = ["海东市", "海东"]
R(d, "47.90分", "47.90分", 47.9, "分", "level", ZH, IR, region=HD)
R(d, "居第3位", "第3位", 3, "位", "rank", ZH, "innovation_rank", region=HD)
R(d, "提高3.52分", "3.52分", 3.52, "分", "growth", ZH, IR, region=HD)
R(
    d,
    "增幅居各市州首位",
    "首位",
    1,
    "位",
    "rank",
    ["增幅", "综合科技创新水平指数增幅"] + ZH,
    IR,
    region=HD,
)
R(d, "55分左右", "55分左右", 55, "分", "level", ZH, IR, qualifier="about", planned=True, period="2025")
R(d, "达到1%", "1%", 1, "%", "share", RI4, "rd_intensity", planned=True, period="2025", category=RE)
R(
    d,
    "1至2位",
    "1至2位",
    1,
    "位",
    GR,
    ["全国位次", "位次"] + ZH,
    "innovation_rank",
    value_max=2,
    planned=True,
    period="2025",
)
NOT_INDICATORS["z04.txt"] = [
    ("（2024年度）", "2024", "title year"),
    ("2025年3月", "2025", "date"),
    ("2025年3月", "3", "date"),
    ("评价报告2024》", "2024", "edition of the national report (a name)"),
    ("2024年青海省", "2024", "date"),
    ("位次见表1", "1", "table reference"),
    (TABLE_TITLE, "1", "table number"),
    ("2023年（分）", "2023", "table header year"),
    ("2024年（分）", "2024", "table header year"),
    ("2024年位次", "2024", "table header year"),
    ("2023年全省", "2023", "date"),
    ("到2025年", "2025", "date"),
]

# ---------------------------------------------------------------- z05
# 温宿县科学技术局 2024年度部门决算公开说明: 编制/实有人数, totals with their
# increase and growth, parts adding up to totals with their shares, expenditure
# by 类 (科学技术支出 the largest), four 项 with 科目编码 in parentheses (no
# records), 年初预算 vs 决算 and 完成年初预算的X% (over 100 %), “三公”经费 with
# 减少/下降 and a zero item (0万元), 机关运行经费, 政府采购 with a share, a
# vehicle count 截至2024年12月31日.
WS5 = ["温宿县", "温宿"]
d = doc("z05.txt", WS5, "2024", [FU, "other"])
MF = [FU, "other"]
Y5 = ["2024", "2024-12"]
R(d, "编制人数12人", "12人", 12, "人", "level", ["编制人数"], "", period=Y5, category="other")
R(d, "实有人数11人", "11人", 11, "人", "level", ["实有人数"], "", period=Y5, category="other")
ZJ = ["收入、支出决算总计", "收支决算总计", "决算总计", "收、支总计"]
R(d, "总计1286.47万元", "1286.47万元", V("1286.47", "万"), "元", "level", ZJ, "")
R(d, "增加214.35万元", "214.35万元", V("214.35", "万"), "元", "growth", ZJ, "")
R(d, "增长20.0%", "20.0%", 20.0, "%", "growth", ZJ, "")
R(d, "收入合计1286.47万元", "1286.47万元", V("1286.47", "万"), "元", "level", ["本年收入合计", "收入合计"], "")
CB = ["财政拨款收入"]
R(d, "收入1241.87万元", "1241.87万元", V("1241.87", "万"), "元", "level", CB, "")
R(d, "占96.5%", "96.5%", 96.5, "%", "share", CB, "")
R(d, "44.60万元", "44.60万元", V("44.60", "万"), "元", "level", ["其他收入"], "")
R(d, "占3.5%", "3.5%", 3.5, "%", "share", ["其他收入"], "")
R(d, "支出合计1286.47万元", "1286.47万元", V("1286.47", "万"), "元", "level", ["本年支出合计", "支出合计"], "")
R(d, "318.26万元", "318.26万元", V("318.26", "万"), "元", "level", ["基本支出"], "")
R(d, "占24.7%", "24.7%", 24.7, "%", "share", ["基本支出"], "")
R(d, "968.21万元", "968.21万元", V("968.21", "万"), "元", "level", ["项目支出"], "")
R(d, "占75.3%", "75.3%", 75.3, "%", "share", ["项目支出"], "")
YB = ["一般公共预算财政拨款支出", "财政拨款支出"]
R(d, "拨款支出1241.87万元", "1241.87万元", V("1241.87", "万"), "元", "level", YB, "")
R(d, "增加198.62万元", "198.62万元", V("198.62", "万"), "元", "growth", YB, "")
R(d, "增长19.0%", "19.0%", 19.0, "%", "growth", YB, "")
KJ = ["科学技术支出（类）", "科学技术支出"]
FS = ["", "fiscal_st_spend"]  # the bureau's part of the county's S&T spending
R(d, "1083.54万元", "1083.54万元", V("1083.54", "万"), "元", "level", KJ, FS)
R(d, "占87.3%", "87.3%", 87.3, "%", "share", KJ, FS)
R(d, "96.18万元", "96.18万元", V("96.18", "万"), "元", "level", ["社会保障和就业支出"], "")
R(d, "占7.7%", "7.7%", 7.7, "%", "share", ["社会保障和就业支出"], "")
R(d, "24.39万元", "24.39万元", V("24.39", "万"), "元", "level", ["卫生健康支出"], "")
R(d, "占2.0%", "2.0%", 2.0, "%", "share", ["卫生健康支出"], "")
R(d, "37.76万元", "37.76万元", V("37.76", "万"), "元", "level", ["住房保障支出"], "")
R(d, "占3.0%", "3.0%", 3.0, "%", "share", ["住房保障支出"], "")
ITEMS = [
    ("行政运行", "236.50", "241.12", "102.0"),
    ("其他技术研究与开发支出", "300.00", "512.30", "170.8"),
    ("科普活动", "40.00", "35.80", "89.5"),
    ("其他科学技术支出", "250.00", "294.32", "117.7"),
]
for item, budget, final, ratio in ITEMS:
    R(
        d,
        f"预算{budget}万元",
        f"{budget}万元",
        V(budget, "万"),
        "元",
        "level",
        [f"{item}年初预算", "年初预算", item],
        "",
        planned=PL,
    )
    R(
        d,
        f"决算{final}万元",
        f"{final}万元",
        V(final, "万"),
        "元",
        "level",
        [f"{item}决算", f"{item}支出", item, "决算"],
        "",
    )
    R(
        d,
        f"{ratio}%",
        f"{ratio}%",
        float(ratio),
        "%",
        SL,
        [f"{item}完成年初预算", "完成年初预算", "年初预算完成率", item],
        "",
    )
SG = ["“三公”经费支出", "“三公”经费", "三公经费"]
R(d, "支出4.86万元", "4.86万元", V("4.86", "万"), "元", "level", SG, "")
R(d, "减少1.24万元", "1.24万元", -V("1.24", "万"), "元", "growth", SG, "")
R(d, "下降20.3%", "20.3%", -20.3, "%", "growth", SG, "")
R(d, "费0万元", "0万元", 0, "元", "level", ["因公出国（境）费"], "")
R(d, "3.72万元", "3.72万元", V("3.72", "万"), "元", "level", ["公务用车运行维护费"], "")
R(d, "1.14万元", "1.14万元", V("1.14", "万"), "元", "level", ["公务接待费"], "")
JG = ["机关运行经费支出", "机关运行经费"]
R(d, "28.45万元", "28.45万元", V("28.45", "万"), "元", "level", JG, "")
R(d, "下降6.1%", "6.1%", -6.1, "%", "growth", JG, "")
R(d, "156.80万元", "156.80万元", V("156.80", "万"), "元", "level", ["政府采购支出总额", "政府采购支出"], "")
ZX = ["授予中小企业合同金额", "授予中小企业合同"]
R(d, "148.20万元", "148.20万元", V("148.20", "万"), "元", "level", ZX, "")
R(d, "占94.5%", "94.5%", 94.5, "%", "share", ZX, "")
R(d, "车辆1辆", "1辆", 1, "辆", "level", ["车辆"], "", period=Y5, category="other")
NOT_INDICATORS["z05.txt"] = [
    ("科学技术局2024年度部门决算公开", "2024", "title year"),
    ("第二部分　2024年度", "2024", "heading year"),
    ("2024年末", "2024", "date"),
    ("2024年度收入", "2024", "date"),
    ("2024年度一般公共", "2024", "date"),
    ("（2060101）", "2060101", "budget subject code"),
    ("（2060499）", "2060499", "budget subject code"),
    ("（2060702）", "2060702", "budget subject code"),
    ("（2069999）", "2069999", "budget subject code"),
    ("2024年度“三公”", "2024", "date"),
    ("2024年12月31日", "2024", "date"),
    ("2024年12月31日", "12", "date"),
    ("2024年12月31日", "31", "date"),
]


CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")


def cn_number(t):
    """a small Chinese numeral (四, 六, 十二) as an int"""
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


def table_line(text, name, label):
    """(index of the line, its offset) of the table row whose first cell is label"""
    lines = text.split("\n")
    at = [i for i, ln in enumerate(lines) if ln.split("\t")[0] == label and "\t" in ln]
    if len(at) != 1:
        sys.exit(f"{name}: table row {label!r} found {len(at)} times")
    i = at[0]
    return lines[i], sum(len(ln) + 1 for ln in lines[:i])


def locate(text, name, r):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    if "cell" in r:
        line, off = table_line(text, name, a)
        cells = line.split("\t")
        k = r["cell"]
        if cells[k] != fig:
            sys.exit(f"{name}: row {a!r} cell {k} is {cells[k]!r}, not {fig!r}")
        start = off + sum(len(c) + 1 for c in cells[:k])
        return start, start + len(fig)
    n = text.count(a)
    if n != 1:
        sys.exit(f"{name}: anchor {a!r} occurs {n} times")
    i = text.index(a)
    if a.count(fig) != 1:
        sys.exit(f"{name}: figure {fig!r} is not once in anchor {a!r}")
    start = i + a.index(fig)
    return start, start + len(fig)


def check_table(text, name):
    """z04's table: the title line, the header line, then one line per row."""
    lines = text.split("\n")
    i = lines.index(TABLE_TITLE)
    if lines[i + 1] != TABLE_HEAD:
        sys.exit(f"{name}: table header is {lines[i + 1]!r}")
    for k, (label, _, cells, _, _) in enumerate(TABLE):
        if lines[i + 2 + k] != "\t".join([label] + cells):
            sys.exit(f"{name}: table row {k} is {lines[i + 2 + k]!r}")


def written_value(r):
    """|value| as the figure's text writes it: full-width digits folded, a
    leading sign ignored, Chinese numerals read (成 = 10 %, 首位 = 1), 万/亿
    folded in; a range's second number is returned as well."""
    t = re.sub(r"\s", "", unicodedata.normalize("NFKC", r["fig"]))
    nums = list(re.finditer(r"\d+(?:\.\d+)?", t))
    second = None
    if nums:
        m = nums[0]
        n, rest = Decimal(m.group()), t[m.end() :]
        if len(nums) > 1:
            second = Decimal(nums[1].group())
            rest = t[nums[1].end() :]
    elif t == "首位":
        return Decimal(1), None
    else:
        run = CN_RUN.search(t)
        if not run:
            sys.exit(f"no number in {t!r}")
        n, rest = Decimal(cn_number(run.group())), t[run.end() :]
        if rest.startswith("成"):
            n *= 10
    rest = rest.lstrip("余多")  # 4200余万元
    mult = next((w for w in ("亿", "万") if rest.startswith(w)), "")
    return n * MULT[mult], (None if second is None else second * MULT[mult])


def uncovered(text, name, spans):
    """Arabic numbers in `text` that lie in no record span and are not listed
    in NOT_INDICATORS (a check that no figure was forgotten)."""
    allowed = []
    for a, num, _reason in NOT_INDICATORS.get(name, []):
        if text.count(a) != 1:
            sys.exit(f"{name}: NOT_INDICATORS anchor {a!r} occurs {text.count(a)} times")
        i = text.index(a)
        hits = [m for m in re.finditer(r"\d+(?:\.\d+)?", a) if m.group() == num]
        if len(hits) != 1:
            sys.exit(f"{name}: {num!r} is not once in NOT_INDICATORS anchor {a!r}")
        allowed.append((i + hits[0].start(), i + hits[0].end()))
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in spans) or (s, e) in allowed:
            continue
        out.append(m.group() + " @" + str(s))
    return out


def build():
    out = []
    for name, spec in DOCS.items():
        text = (HERE / name).read_text(encoding="utf-8")
        if name == "z04.txt":
            check_table(text, name)
        seen = set()
        for r in spec["recs"]:
            start, end = locate(text, name, r)
            if (start, end) in seen:
                sys.exit(f"{name}: duplicate span {r['fig']!r}")
            seen.add((start, end))
            wv, wmax = written_value(r)
            if wv != abs(Decimal(str(r["value"]))):
                sys.exit(f"{name}: {r['fig']!r} is written {wv}, value {r['value']}")
            vmax = r.get("value_max")
            if (wmax is None) != (vmax is None) or (wmax is not None and wmax != Decimal(str(vmax))):
                sys.exit(f"{name}: {r['fig']!r} is written with upper end {wmax}, value_max {vmax}")
            if re.search(r"[\d.]", text[start - 1 : start]) or re.search(r"[\d.]", text[end : end + 1]):
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
                "value_max": vmax,
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
            assert rec["text"] == r["fig"] == text[start:end]
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
# previous-period values behind the printed growth rates (not printed)
PREV = {
    # z01 锦州市
    "z01_rd22": D("14.21"),  # 亿元, 2022
    "z01_gdp23": D("1300"),  # 亿元, implied by 15.86 / 1.22 %
    "z01_gdp22": D("1258"),
    "z01_jk23": D("17.95"),  # 加计扣除额 2023
    "z01_hb23": 111,  # 后补助 firms 2023
    "z01_tsme23": 790,
    # z02 运城市, 2023年度 unless marked
    "z02_n": 1219,
    "z02_amt": D("31.34"),
    "z02_mfg": D("25.94"),
    "z02_hte_tax": D("2.74"),
    "z02_total_tax": D("11.45"),
    "z02_q1_n": 155,  # 2024-01/2024-03
    "z02_q1_amt": D("3.45"),
    "z02_tech_transfer": D("0.42"),  # 4200余万元, in 亿元
    "z02_software": D("0.68"),  # 约6800万, in 亿元
    # z03 铜仁市
    "z03_rd23": D("9.82"),
    "z03_int23": D("0.63"),
    "z03_tc_h1_24": D("7.43"),
    "z03_ws_h1_24": D("1.53"),
    # z04 青海省
    "z04_nat23": D("73.68"),  # national index, 2023 edition
    "z04_rank23": {  # national ranks in the 2023 edition
        "综合科技创新水平": 27,
        "科技创新环境": 27,
        "科技活动投入": 28,
        "科技活动产出": 24,
        "高新技术产业化": 25,
        "科技促进经济社会发展": 19,
    },
    "z04_hte_prev": 234,
    "z04_hx_prev": D("58.90"),  # 海西州, 2023 edition
    # z05 温宿县, 2023
    "z05_total23": D("1072.12"),
    "z05_gp23": D("1043.25"),
    "z05_sg23": D("6.10"),
    "z05_jg23": D("30.30"),
}
P = PREV
Z4 = {label: cells for label, _, cells, _, _ in TABLE}

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # z01
    (growth(D("15.86"), P["z01_rd22"]), D("11.6")),
    (pct(D("15.86"), P["z01_gdp23"], 2), D("1.22")),
    (pct(D("15.86"), P["z01_gdp23"], 2) - pct(P["z01_rd22"], P["z01_gdp22"], 2), D("0.09")),
    (pct(D("12.48"), D("15.86")), D("78.7")),
    (pct(217, 595), D("36.5")),
    (growth(D("21.4"), P["z01_jk23"]), D("19.2")),
    (rnd(D(1860) / 142), D("13.1")),
    (D(142 - P["z01_hb23"]), D("31")),
    (D(68) < 412, True),
    (growth(935, P["z01_tsme23"]), D("18.4")),
    (57 + 31 < 412, True),  # two county-level cities of the city's stock
    (4 < 126, True),
    (D(15) > 10 and D(150) > 100, True),  # the revised rule raises rate and cap
    (D(10) >= 2 * 2, True),  # 10亿元 leveraged by a 2亿元 first tranche
    (D(450) > 412 and D(1000) > 935 and D(55) > D("48.3"), True),  # targets above the 2024 levels
    # z02
    (D(1386 - P["z02_n"]), D("167")),
    (D(1386) < 1400, True),  # 近1400户
    (growth(D("36.82"), P["z02_amt"]), D("17.5")),
    (rnd(D("36.82") * D("0.25"), 2), D("9.21")),  # 25 % income tax on the deduction
    (pct(1052, 1386), D("75.9")),
    (pct(D("31.47"), D("36.82")), D("85.5")),
    (growth(D("31.47"), P["z02_mfg"]), D("21.3")),
    (pct(D("9.73") + D("8.64") + D("4.12"), D("36.82")), D("61.1")),
    (D("9.73") > D("8.64") > D("4.12"), True),  # 河津市 首位
    (growth(D("3.08"), P["z02_hte_tax"]), D("12.4")),
    (rnd(D("5.96") * 10**4 / 527, 0), D("113")),  # 户均, 万元
    (D("5.96") < D("36.82") and 527 < 1386, True),
    (rnd(D("9.21") + D("3.08") + P["z02_tech_transfer"] + P["z02_software"]), D("13.4")),
    (growth(D("9.21") + D("3.08") + P["z02_tech_transfer"] + P["z02_software"], P["z02_total_tax"]), D("16.9")),
    (growth(214, P["z02_q1_n"]), D("38.1")),
    (growth(D("4.36"), P["z02_q1_amt"]), D("26.4")),
    (D(1500) > 1386, True),
    # z03
    (growth(D("11.27"), P["z03_rd23"]), D("14.8")),
    (D("0.69") - P["z03_int23"], D("0.06")),
    (abs(D("11.27") / D("0.0069") / (P["z03_rd23"] / D("0.0063")) - 1) < D("0.10"), True),  # GDP grew < 10 %
    (pct(D("7.85"), D("11.27")), D("69.7")),
    (D(124) <= 612 and D(23) <= 124 and D(47) <= 186 and D(2) <= 14, True),
    (growth(D("9.37"), P["z03_tc_h1_24"]), D("26.1")),
    (pct(D("9.37"), 16), D("58.6")),  # the 16亿元 target of the last paragraph
    (growth(D("2.16"), P["z03_ws_h1_24"]), D("41.2")),
    (D("2.16") < D("9.37"), True),
    (D("0.75") > D("0.69"), True),
    # z04
    (D("52.36") - D("50.22"), D("2.14")),
    (D(Z4["综合科技创新水平"][1]), D("52.36")),  # the table repeats the text
    (D(Z4["综合科技创新水平"][2]), D("25")),
    (D(Z4["综合科技创新水平"][3]), D("2")),
    (D("75.42") - D("52.36"), D("23.06")),
    (P["z04_nat23"] - D("50.22"), D("23.46")),
    (
        all(P["z04_rank23"][k] - int(c[2]) == int(c[3]) for k, c in Z4.items()),
        True,
    ),  # 位次变化 = last edition's rank - this edition's rank
    (all(D(c[1]) > D(c[0]) for c in Z4.values()), True),  # every index rose
    (growth(284, P["z04_hte_prev"]), D("21.4")),
    (D("61.28") > D("52.36") > D("47.90"), True),  # 海西 2nd, 海东 3rd, the province between
    (D("47.90") - D("3.52") > 0 and D("61.28") - P["z04_hx_prev"] < D("3.52"), True),  # 海东 增幅首位
    (D(55) > D("52.36") and D(1) > D("0.80"), True),
    # z05
    (D("1286.47") - P["z05_total23"], D("214.35")),
    (growth(D("1286.47"), P["z05_total23"]), D("20.0")),
    (D("1241.87") + D("44.60"), D("1286.47")),
    (pct(D("1241.87"), D("1286.47")), D("96.5")),
    (pct(D("44.60"), D("1286.47")), D("3.5")),
    (D("318.26") + D("968.21"), D("1286.47")),
    (pct(D("318.26"), D("1286.47")), D("24.7")),
    (pct(D("968.21"), D("1286.47")), D("75.3")),
    (D("1241.87") - P["z05_gp23"], D("198.62")),
    (growth(D("1241.87"), P["z05_gp23"]), D("19.0")),
    (D("1083.54") + D("96.18") + D("24.39") + D("37.76"), D("1241.87")),
    (pct(D("1083.54"), D("1241.87")), D("87.3")),
    (pct(D("96.18"), D("1241.87")), D("7.7")),
    (pct(D("24.39"), D("1241.87")), D("2.0")),
    (pct(D("37.76"), D("1241.87")), D("3.0")),
    (D("87.3") + D("7.7") + D("2.0") + D("3.0"), D("100.0")),
    (sum(D(f) for _, _, f, _ in ITEMS), D("1083.54")),  # the four 项 make up the 类
    (all(pct(D(f), D(b)) == D(r) for _, b, f, r in ITEMS), True),
    (D("4.86") - P["z05_sg23"], D("-1.24")),
    (growth(D("4.86"), P["z05_sg23"]), D("-20.3")),
    (D(0) + D("3.72") + D("1.14"), D("4.86")),
    (growth(D("28.45"), P["z05_jg23"]), D("-6.1")),
    (pct(D("148.20"), D("156.80")), D("94.5")),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
