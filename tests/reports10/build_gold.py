#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports10 from hand annotations.

Same layout as tests/reports4-9. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of a04's space-aligned table
are located by their row label (the start of exactly one line, followed by
white space) and the position of the number in that row; the script checks
the cell's text, the table's title, its 单位 line and its header line.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(white space removed, so a PDF line break inside a figure is read through;
Chinese numerals read, 成 = 10 %, 首位 = 1, 千 = 1000, 万/亿 folded in, a
leading + or - ignored) equals |value|, every Arabic number in every text is
either inside a record or listed in NOT_INDICATORS with its reason (so no
figure is forgotten), and the invented figures agree with each other (parts
add up, shares, growth rates, completion ratios, averages, per-10k ratios
and ranks match; see CONSISTENCY at the end).
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
    # a01 山西省 晋城市
    "晋城市": "140500",
    "晋城": "140500",
    # a02 陕西省 汉中市 汉台区
    "汉台区": "610702",
    "汉台": "610702",
    "汉中市": "610700",
    # a03 辽宁省
    "辽宁省": "210000",
    "辽宁": "210000",
    "丹东市": "210600",
    "丹东": "210600",
    "营口市": "210800",
    "营口": "210800",
    "鲅鱼圈区": "210804",
    "鲅鱼圈": "210804",
    "辽阳市": "211000",
    "辽阳": "211000",
    "盘锦市": "211100",
    "盘锦": "211100",
    "铁岭市": "211200",
    "铁岭": "211200",
    # a04 新疆维吾尔自治区 巴音郭楞蒙古自治州
    "巴音郭楞蒙古自治州": "652800",
    "巴州": "652800",
    "库尔勒市": "652801",
    "轮台县": "652822",
    "尉犁县": "652823",
    "若羌县": "652824",
    "且末县": "652825",
    "焉耆回族自治县": "652826",
    "焉耆县": "652826",
    "和静县": "652827",
    "和硕县": "652828",
    "博湖县": "652829",
    # a05 海南省 文昌市 (省直辖县级市)
    "文昌市": "469005",
    "文昌": "469005",
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
IN = "incubator"
TA = "talent"
EC = ["economy", "other"]
SL = ["share", "level"]  # completion ratios (corpus 13, reports3/6/7/8/9)
GL = ["growth", "level"]  # increase amounts, gaps to an average (corpus A02, reports7-9)
LS = ["level", "share"]  # per-10k ratios (reports9 z04)
QM = ["more_than", None]  # 突破, left out of text (reports3-9)
QR = [None, "at_most"]  # 前三位 (reports1/2)
PL = [True, None]  # a target for a year now closed: planned or not
HN = ["hte_new", "hte_count"]  # 净增 / 较上年增加 of the stock (reports4-6)

# ---------------------------------------------------------------- a01
# 2024年晋城市统计公报, section 十一、科技创新: one dense paragraph of 。-separated
# figures with 比上年 comparisons (R&D, its intensity with the previous
# year's value 1.62% and a rank 居全省第3位, 规上 R&D and its share, fiscal S&T
# spending and its share of the budget, 年末 stocks, 净增, 其中首次认定,
# platforms with 其中国家级, 孵化器/众创空间, 技术合同, 高新技术产业增加值占比 and
# 提高…个百分点, a 经济技术开发区 with its share of the city), then a paragraph
# on 专利 and 商标 (下降4.3%, grants by type that add up, 有效发明专利 with 比上年末
# 增加, per-10k ratio, PCT, 有效注册商标 4.27万件, 地理标志, 专利质押融资), notes
# with list markers 1. 2.
JC = ["晋城市", "晋城"]
d = doc("a01.txt", JC, "2024", RE)
Y = ["2024", "2024-12"]  # 年末 stocks
RD1 = ["R&D经费投入", "R&D经费", "研究与试验发展经费", "研发经费"]
R(d, "投入31.62亿元", "31.62亿元", V("31.62", "亿"), "元", "level", RD1, "rd_spend")
R(d, "增长9.8%", "9.8%", 9.8, "%", "growth", RD1, "rd_spend")
RI1 = ["研发投入强度", "投入强度", "R&D经费投入强度"]
R(d, "强度为1.67%", "1.67%", 1.67, "%", "share", RI1, "rd_intensity")
R(d, "上年的1.62%", "1.62%", 1.62, "%", "share", RI1, "rd_intensity", period="2023")
R(d, "0.05个百分点", "0.05个百分点", 0.05, "百分点", "growth", RI1, "rd_intensity")
R(d, "全省第3位", "第3位", 3, "位", "rank", RI1, "rd_intensity")
GS1 = ["规模以上工业企业R&D经费", "规上工业企业R&D经费", "规模以上工业企业"]
R(d, "经费27.15亿元", "27.15亿元", V("27.15", "亿"), "元", "level", GS1, "rd_spend_enterprise")
R(d, "增长11.3%", "11.3%", 11.3, "%", "growth", GS1, "rd_spend_enterprise")
R(
    d,
    "经费的85.9%",
    "85.9%",
    85.9,
    "%",
    "share",
    ["规模以上工业企业R&D经费占全市R&D经费", "占全市R&D经费"] + GS1,
    "rd_spend_enterprise",
)
CZ = ["地方财政科学技术支出", "财政科学技术支出", "财政科技支出"]
CZC = [FU, RE, "other"]
R(d, "支出5.84亿元", "5.84亿元", V("5.84", "亿"), "元", "level", CZ, "fiscal_st_spend", category=CZC)
R(d, "增长6.2%", "6.2%", 6.2, "%", "growth", CZ, "fiscal_st_spend", category=CZC)
R(
    d,
    "比重为1.9%",
    "1.9%",
    1.9,
    "%",
    "share",
    ["地方财政科学技术支出占一般公共预算支出的比重", "占一般公共预算支出的比重"] + CZ,
    "fiscal_st_spend",
    category=CZC,
)
HTE1 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "企业437家", "437家", 437, "家", "level", HTE1, "hte_count", period=Y, category=HT)
R(d, "净增47家", "47家", 47, "家", GL, ["净增高新技术企业", "净增"] + HTE1, HN, period=Y, category=HT)
R(d, "企业96家", "96家", 96, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
R(d, "首次认定61家", "61家", 61, "家", "level", ["首次认定高新技术企业", "首次认定"], "hte_new", category=HT)
KZ1 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "企业1138家", "1138家", 1138, "家", "level", KZ1, "tsme_count", category=TS)
R(d, "增长24.6%", "24.6%", 24.6, "%", "growth", KZ1, "tsme_count", category=TS)
SY = ["省级及以上重点实验室", "重点实验室"]
R(d, "实验室21个", "21个", 21, "个", "level", SY, "rd_institutions", period=Y, category=RI)
R(
    d,
    "国家级2个",
    "2个",
    2,
    "个",
    "level",
    ["国家级重点实验室", "国家级"] + SY,
    ["rd_institutions", ""],
    period=Y,
    category=RI,
)
R(
    d,
    "创新中心16个",
    "16个",
    16,
    "个",
    "level",
    ["省级以上技术创新中心", "技术创新中心"],
    "rd_institutions",
    period=Y,
    category=RI,
)
R(d, "研发机构9家", "9家", 9, "家", "level", ["新型研发机构"], "rd_institutions", period=Y, category=RI)
R(d, "孵化器7家", "7家", 7, "家", "level", ["科技企业孵化器"], "incubators", period=Y, category=IN)
R(d, "众创空间23家", "23家", 23, "家", "level", ["众创空间"], "maker_spaces", period=Y, category=IN)
R(
    d,
    "众创空间4家",
    "4家",
    4,
    "家",
    "level",
    ["国家级众创空间", "众创空间"],
    ["maker_spaces", ""],
    period=Y,
    category=IN,
)
JH1 = ["登记技术合同", "技术合同"]
R(d, "技术合同2367项", "2367项", 2367, "项", "level", JH1, "tech_contract_count", category=TM)
R(d, "增长18.5%", "18.5%", 18.5, "%", "growth", JH1, "tech_contract_count", category=TM)
JE1 = ["技术合同成交额", "成交额"]
R(d, "成交额58.43亿元", "58.43亿元", V("58.43", "亿"), "元", "level", JE1, "tech_contract_value", category=TM)
R(d, "增长32.1%", "32.1%", 32.1, "%", "growth", JE1, "tech_contract_value", category=TM)
GX = ["高新技术产业增加值占比", "高新技术产业增加值占规模以上工业增加值的比重", "高新技术产业增加值", "占比"]
R(d, "占比为14.6%", "14.6%", 14.6, "%", "share", GX, "hti_value_added", category="high_tech_industry")
R(d, "1.2个百分点", "1.2个百分点", 1.2, "百分点", "growth", GX, "hti_value_added", category="high_tech_industry")
KF = ["晋城经济技术开发区", "晋城经开区", "经济技术开发区"]
R(d, "企业143家", "143家", 143, "家", "level", ["高新技术企业"], ["hte_count", ""], region=KF, period=Y, category=HT)
R(
    d,
    "总数的32.7%",
    "32.7%",
    32.7,
    "%",
    "share",
    ["占全市总数", "高新技术企业占全市总数", "高新技术企业"],
    ["hte_count", ""],
    region=KF,
    period=Y,
    category=HT,
)
ZS = ["专利授权量", "专利授权"]
R(d, "授权量3846件", "3846件", 3846, "件", "level", ZS, "patent_grants", category=PT)
R(d, "下降4.3%", "4.3%", -4.3, "%", "growth", ZS, "patent_grants", category=PT)
FM = ["发明专利授权", "发明专利授权量", "发明专利"]
R(d, "授权612件", "612件", 612, "件", "level", FM, "invention_patent_grants", category=PT)
R(d, "增长27.8%", "27.8%", 27.8, "%", "growth", FM, "invention_patent_grants", category=PT)
R(d, "2781件", "2781件", 2781, "件", "level", ["实用新型专利授权", "实用新型专利"], "", category=PT)
R(d, "453件", "453件", 453, "件", "level", ["外观设计专利授权", "外观设计专利"], "", category=PT)
YX = ["有效发明专利"]
R(d, "专利3295件", "3295件", 3295, "件", "level", YX, "invention_patents_held", period=Y, category=PT)
R(d, "增加598件", "598件", 598, "件", GL, YX, "invention_patents_held", period=Y, category=PT)
R(
    d,
    "拥有量15.1件",
    "15.1件",
    15.1,
    "件",
    LS,
    ["每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=Y,
    category=PT,
)
R(d, "申请18件", "18件", 18, "件", "level", ["PCT国际专利申请", "PCT国际专利申请量"], "", category=PT)
R(d, "4.27万件", "4.27万件", V("4.27", "万"), "件", "level", ["有效注册商标"], "", period=Y, category=PT)
R(d, "商标6381件", "6381件", 6381, "件", "level", ["新增注册商标"], "", category=PT)
R(
    d,
    "证明商标14件",
    "14件",
    14,
    "件",
    "level",
    ["累计注册地理标志证明商标", "地理标志证明商标"],
    "",
    period=Y,
    category=PT,
)
R(
    d,
    "融资3.6亿元",
    "3.6亿元",
    V("3.6", "亿"),
    "元",
    "level",
    ["专利质押融资", "专利质押融资金额"],
    "",
    category=[PT, FU],
)
R(
    d,
    "惠及企业57家",
    "57家",
    57,
    "家",
    "level",
    ["惠及企业", "专利质押融资惠及企业"],
    "",
    category=[PT, "enterprise", FU],
)
NOT_INDICATORS["a01.txt"] = [
    ("2024年晋城市", "2024", "title year"),
    ("2025年3月20日", "2025", "release date"),
    ("2025年3月20日", "3", "release date"),
    ("2025年3月20日", "20", "release date"),
    ("注：1.", "1", "note number"),
    ("\n2.计算", "2", "note number"),
]

# ---------------------------------------------------------------- a02
# 汉台区科学技术局 2025年上半年工作总结及下半年工作计划 (dated 2025-07-08):
# sections 一、二、三 with （一）（二）; 1-6月 flows and 截至6月底 stocks; the
# annual target in parentheses （150家） with 完成…的57.3%; the batch label 第2批;
# 较去年同期增加; 占全市总数 and 居全市第一位 (全市 = 汉中市, but the region is the
# district); 申报 (applications, no measure); the 2024年度 奖补 paid in 2025;
# 其中国家级1个; a college named after the parent city (汉中职业技术学院) whose
# figures belong to 汉台区; 近20项, Chinese numeral 三场次, 约1500人次, 120余个;
# a group threshold 排名前10位的企业 (no record) with 六成以上; 下半年 targets
# (力争, 以上, 突破, 计划, 预计, 左右); the policy name “科创十条”.
HT2 = ["汉台区", "汉台"]
H1 = "2025-01/2025-06"
S6 = ["2025-06", H1]  # 截至6月底
P25 = "2025"
d = doc("a02.txt", HT2, H1, TS)
KZ2 = ["新增入库科技型中小企业", "入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业86家", "86家", 86, "家", "level", KZ2, "tsme_count")
R(
    d,
    "（150家）",
    "150家",
    150,
    "家",
    "level",
    ["全年目标", "科技型中小企业全年目标"] + KZ2,
    "tsme_count",
    planned=True,
    period=P25,
)
R(d, "57.3%", "57.3%", 57.3, "%", SL, ["完成全年目标", "全年目标完成率"], "")
R(d, "第2批入库31家", "31家", 31, "家", "level", ["第2批入库科技型中小企业", "第2批入库"] + KZ2, "tsme_count")
HTE2 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "达到63家", "63家", 63, "家", "level", HTE2, "hte_count", period=S6, category=HT)
R(d, "增加9家", "9家", 9, "家", GL, HTE2, HN, period=S6, category=HT)
R(
    d,
    "总数的28.8%",
    "28.8%",
    28.8,
    "%",
    "share",
    ["占全市总数", "高新技术企业占全市总数"] + HTE2,
    ["hte_count", ""],
    period=S6,
    category=HT,
)
R(d, "第一位", "第一位", 1, "位", "rank", HTE2 + ["高新技术企业数"], "hte_count", period=S6, category=HT)
R(
    d,
    "组织23家",
    "23家",
    23,
    "家",
    "level",
    ["申报高新技术企业认定企业", "申报2025年度高新技术企业认定", "申报企业", "企业"],
    "",
    period=[H1, P25],
    category=[HT, "enterprise"],
)
R(
    d,
    "中小企业5家",
    "5家",
    5,
    "家",
    "level",
    ["新培育省级专精特新中小企业", "省级专精特新中小企业", "专精特新中小企业"],
    "",
    category="enterprise",
)
YF2 = ["规上工业企业研发费用", "研发费用", "规上工业企业"]
R(d, "研发费用2.14亿元", "2.14亿元", V("2.14", "亿"), "元", "level", YF2, "rd_spend_enterprise", category=RE)
R(d, "增长16.9%", "16.9%", 16.9, "%", "growth", YF2, "rd_spend_enterprise", category=RE)
YH = ["有研发活动的规上工业企业", "有研发活动的企业"]
YC = ["enterprise", RE, "other"]
R(d, "企业41家", "41家", 41, "家", "level", YH, "", category=YC)
R(d, "37.6%", "37.6%", 37.6, "%", "share", ["有研发活动的规上工业企业占比", "占全区规上工业企业"] + YH, "", category=YC)
JB = ["研发投入奖补资金", "奖补资金", "兑现研发投入奖补资金"]
PJ = [H1, "2024"]  # 2024年度 awards paid in the first half of 2025
R(d, "资金386万元", "386万元", V("386", "万"), "元", "level", JB, "", period=PJ, category=FU)
R(d, "惠及企业32家", "32家", 32, "家", "level", ["惠及企业", "企业"], "", period=PJ, category=[FU, "enterprise"])
R(
    d,
    "户均12.1万元",
    "12.1万元",
    V("12.1", "万"),
    "元",
    "level",
    ["户均奖补资金", "户均"] + JB,
    "",
    period=PJ,
    category=FU,
)
PT2 = ["省级以上研发平台", "研发平台"]
R(d, "平台27个", "27个", 27, "个", "level", PT2, "rd_institutions", period=S6, category=RI)
R(
    d,
    "国家级1个",
    "1个",
    1,
    "个",
    "level",
    ["国家级研发平台", "国家级"] + PT2,
    ["rd_institutions", ""],
    period=S6,
    category=RI,
)
R(
    d,
    "研究中心4个",
    "4个",
    4,
    "个",
    "level",
    ["新认定市级工程技术研究中心", "市级工程技术研究中心", "工程技术研究中心"],
    ["rd_institutions", ""],
    category=RI,
)
R(
    d,
    "辖区12家",
    "12家",
    12,
    "家",
    "level",
    ["共建产学研合作基地企业", "企业"],
    "",
    period=[H1, "2025-06", ""],
    category=["enterprise", RI, "other"],
)
R(
    d,
    "近20项",
    "近20项",
    20,
    "项",
    "level",
    ["联合攻关技术难题", "技术难题"],
    "",
    qualifier="nearly",
    period=[H1, "2025-06", ""],
    category=["project", "other"],
)
R(d, "技术合同47项", "47项", 47, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
JE2 = ["技术合同成交额", "成交额"]
R(d, "成交额1.86亿元", "1.86亿元", V("1.86", "亿"), "元", "level", JE2, "tech_contract_value", category=TM)
R(d, "增长22.4%", "22.4%", 22.4, "%", "growth", JE2, "tech_contract_value", category=TM)
R(d, "全市第2位", "第2位", 2, "位", "rank", ["技术合同成交额增速", "增速"] + JE2, "tech_contract_value", category=TM)
R(
    d,
    "三场次",
    "三场次",
    3,
    "场次",
    "level",
    ["科技下乡、科技活动周等活动", "活动"],
    "",
    category="other",
)
R(d, "约1500人次", "约1500人次", 1500, "人次", "level", ["服务群众"], "", qualifier="about", category="other")
R(d, "特派员58名", "58名", 58, "名", "level", ["选派科技特派员", "科技特派员"], "", category=TA)
R(
    d,
    "120余个",
    "120余个",
    120,
    "个",
    "level",
    ["服务农业经营主体", "农业经营主体"],
    "",
    qualifier="more_than",
    category=[TA, "other"],
)
R(
    d,
    "六成以上",
    "六成以上",
    60,
    "%",
    "share",
    ["研发费用排名前10位的企业占全区总量", "占全区总量", "研发费用"],
    ["", "rd_spend_enterprise"],
    qualifier="at_least",
    period=[H1, ""],
    category=RE,
)
R(
    d,
    "150家以上",
    "150家以上",
    150,
    "家",
    "level",
    ["新增科技型中小企业", "科技型中小企业"],
    "tsme_count",
    qualifier="at_least",
    planned=True,
    period=P25,
)
R(
    d,
    "突破70家",
    "70家",
    70,
    "家",
    "level",
    HTE2,
    "hte_count",
    qualifier=QM,
    planned=True,
    period=P25,
    category=HT,
)
R(
    d,
    "15%以上",
    "15%以上",
    15,
    "%",
    "growth",
    YF2,
    "rd_spend_enterprise",
    qualifier="at_least",
    planned=True,
    period=P25,
    category=RE,
)
R(
    d,
    "达到4亿元",
    "4亿元",
    V("4", "亿"),
    "元",
    "level",
    JE2,
    "tech_contract_value",
    planned=True,
    period=P25,
    category=TM,
)
R(
    d,
    "平台3个",
    "3个",
    3,
    "个",
    "level",
    ["新建省级研发平台", "省级研发平台", "研发平台"],
    ["rd_institutions", ""],
    planned=True,
    period=P25,
    category=RI,
)
R(
    d,
    "800万元左右",
    "800万元左右",
    V("800", "万"),
    "元",
    "level",
    ["兑现各类科技奖补资金", "科技奖补资金", "奖补资金"],
    "",
    qualifier="about",
    planned=True,
    period=P25,
    category=FU,
)
NOT_INDICATORS["a02.txt"] = [
    ("科学技术局2025年上半年", "2025", "title year"),
    ("1-6月，全区新增", "1", "period 1-6月"),
    ("1-6月，全区新增", "6", "period 1-6月"),
    ("第2批", "2", "batch label"),
    ("截至6月底，全区有效", "6", "date"),
    ("申报2025年度", "2025", "year in the name of the recognition round"),
    ("1-6月，全区规上", "1", "period 1-6月"),
    ("1-6月，全区规上", "6", "period 1-6月"),
    ("兑现2024年度", "2024", "year of the award round"),
    ("截至6月底，全区拥有", "6", "date"),
    ("1-6月，全区登记", "1", "period 1-6月"),
    ("1-6月，全区登记", "6", "period 1-6月"),
    ("排名前10位的企业", "10", "threshold that defines a group of firms, not a rank of the district"),
    ("2025年7月8日", "2025", "date"),
    ("2025年7月8日", "7", "date"),
    ("2025年7月8日", "8", "date"),
]

# ---------------------------------------------------------------- a03
# 辽宁日报 story (2025-02-13, 本报讯, 记者 byline, 来源 line with 第2版): the
# province only as 我省/全省 (辽宁 only in the paper's name); a two-line
# headline with 突破1.3万家 and 超3.2万家 and a rank 均居东北三省首位 that the
# body repeats; 比上年末净增; 全省14个市; a rank list 居前三位的分别是盘锦、营口和辽阳
# with 分别增长…; short city names; 占全省 shares, once with the growth in the
# same clause; 约…四成左右 for a district (鲅鱼圈区); a university named after
# another city (大连理工大学盘锦校区) whose figures are 盘锦's; 首次突破千家; a
# group threshold 营业收入超过1亿元 (no record) with 2100余家; 近七成; 2025
# targets (力争, 以上).
LN = ["辽宁省", "辽宁", ""]  # named only in the paper's name (corpus C10 / D02)
d = doc("a03.txt", LN, "2024", HT)
Y3 = ["2024", "2024-12"]  # 截至2024年底
H24 = ["2024", "2024-12", ""]  # the headline has no time phrase
HTE3 = ["有效期内高新技术企业", "有效高新技术企业", "高新技术企业"]
KZ3 = ["评价入库科技型中小企业", "科技型中小企业入库", "科技型中小企业"]
R(d, "突破1.3万家", "1.3万家", V("1.3", "万"), "家", "level", HTE3, "hte_count", qualifier=QM, period=H24)
R(
    d,
    "超3.2万家",
    "超3.2万家",
    V("3.2", "万"),
    "家",
    "level",
    KZ3,
    "tsme_count",
    qualifier="more_than",
    period=["2024", ""],
    category=TS,
)
LX = ["两项指标增速", "增速", "两项指标"]
R(
    d,
    "均居东北三省首位",
    "首位",
    1,
    "位",
    "rank",
    LX,
    ["hte_count", "tsme_count"],
    period=["2024", ""],
    category=[HT, TS],
)
R(d, "达到13126家", "13126家", 13126, "家", "level", HTE3, "hte_count", period=Y3)
R(d, "净增1874家", "1874家", 1874, "家", GL, ["净增高新技术企业", "净增"] + HTE3, HN, period=Y3)
R(d, "增长16.7%", "16.7%", 16.7, "%", "growth", HTE3, "hte_count", period=Y3)
R(d, "企业32418家", "32418家", 32418, "家", "level", KZ3, "tsme_count", category=TS)
R(d, "增长17.5%", "17.5%", 17.5, "%", "growth", KZ3, "tsme_count", category=TS)
R(d, "均排在首位", "首位", 1, "位", "rank", LX, ["hte_count", "tsme_count"], category=[HT, TS])
R(d, "全省14个市", "14个", 14, "个", "level", ["市"], "", period=Y3, category="other")
PK = ["盘锦市", "盘锦"]
YK = ["营口市", "营口"]
LY = ["辽阳市", "辽阳"]
GS3 = ["高新技术企业数量增速", "增速", "高新技术企业数量", "高新技术企业"]
R(
    d,
    "前三位",
    "前三位",
    3,
    "位",
    "rank",
    GS3,
    "hte_count",
    qualifier=QR,
    region=PK + YK + LY + ["辽宁省", "辽宁"],
    period=Y3,
)
R(d, "28.4%", "28.4%", 28.4, "%", "growth", GS3[2:], "hte_count", region=PK, period=Y3)
R(d, "25.1%", "25.1%", 25.1, "%", "growth", GS3[2:], "hte_count", region=YK, period=Y3)
R(d, "23.6%", "23.6%", 23.6, "%", "growth", GS3[2:], "hte_count", region=LY, period=Y3)
ZS3 = ["高新技术企业总数", "高新技术企业"]
R(d, "达到862家", "862家", 862, "家", "level", ZS3, "hte_count", region=YK, period=Y3)
R(
    d,
    "全省的6.6%",
    "6.6%",
    6.6,
    "%",
    "share",
    ["占全省", "高新技术企业总数占全省"] + ZS3,
    "hte_count",
    region=YK,
    period=Y3,
)
R(
    d,
    "四成左右",
    "四成左右",
    40,
    "%",
    "share",
    ["鲅鱼圈区占全市", "占全市", "高新技术企业"],
    ["hte_count", ""],
    qualifier="about",
    region=["鲅鱼圈区", "鲅鱼圈"],
    period=Y3,
)
R(d, "达到498家", "498家", 498, "家", "level", ["高新技术企业"], "hte_count", region=PK, period=Y3)
R(
    d,
    "研发平台15个",
    "15个",
    15,
    "个",
    "level",
    ["共建研发平台", "研发平台"],
    ["rd_institutions", ""],
    region=PK,
    period=Y3 + [""],
    category=RI,
)
R(d, "达到356家", "356家", 356, "家", "level", ["高新技术企业"], "hte_count", region=LY, period=Y3)
R(d, "增加68家", "68家", 68, "家", GL, ["高新技术企业"], HN, region=LY, period=Y3)
DD = ["丹东市", "丹东"]
R(d, "企业197家", "197家", 197, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", region=DD)
R(d, "首次认定134家", "134家", 134, "家", "level", ["首次认定高新技术企业", "首次认定"], "hte_new", region=DD)
KZ3b = ["科技型中小企业入库", "科技型中小企业"]
R(d, "入库1560家", "1560家", 1560, "家", "level", KZ3b, "tsme_count", region=DD, category=TS)
R(d, "增长21.3%", "21.3%", 21.3, "%", "growth", KZ3b, "tsme_count", region=DD, category=TS)
R(d, "全省的4.8%", "4.8%", 4.8, "%", "share", ["占全省"] + KZ3b, "tsme_count", region=DD, category=TS)
TL = ["铁岭市", "铁岭"]
KZ3c = ["科技型中小企业入库数量", "科技型中小企业入库", "科技型中小企业"]
R(d, "千家", "千家", 1000, "家", "level", KZ3c, "tsme_count", qualifier=QM, region=TL, category=TS)
R(d, "达到1013家", "1013家", 1013, "家", "level", KZ3c, "tsme_count", region=TL, category=TS)
R(d, "全省的3.1%", "3.1%", 3.1, "%", "share", ["占全省"] + KZ3c, "tsme_count", region=TL, category=TS)
R(
    d,
    "2100余家",
    "2100余家",
    2100,
    "家",
    "level",
    ["营业收入超过1亿元的高新技术企业", "高新技术企业"],
    "",
    qualifier="more_than",
    period=Y3,
)
R(
    d,
    "近七成",
    "近七成",
    70,
    "%",
    "share",
    ["高新技术企业研发费用占全省规上工业企业研发费用", "高新技术企业研发费用", "研发费用"],
    ["", "rd_spend_enterprise"],
    qualifier="nearly",
    category=[HT, RE],
)
R(
    d,
    "2000家以上",
    "2000家以上",
    2000,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2025",
)
R(
    d,
    "达到1.5万家",
    "1.5万家",
    V("1.5", "万"),
    "家",
    "level",
    ["总数", "高新技术企业总数"],
    "hte_count",
    planned=True,
    period="2025",
)
R(
    d,
    "3.5万家",
    "3.5万家",
    V("3.5", "万"),
    "家",
    "level",
    KZ3b,
    "tsme_count",
    planned=True,
    period="2025",
    category=TS,
)
NOT_INDICATORS["a03.txt"] = [
    ("记者2月12日", "2", "date"),
    ("记者2月12日", "12", "date"),
    ("截至2024年底", "2024", "date"),
    ("超过1亿元", "1", "threshold that defines a group of firms"),
    ("2025年2月13日", "2025", "date"),
    ("2025年2月13日", "2", "date"),
    ("2025年2月13日", "13", "date"),
    ("第2版", "2", "page of the newspaper"),
]

# ---------------------------------------------------------------- a04
# 巴音郭楞蒙古自治州科学技术局 通报 (巴科发〔2025〕4号, dated 2025-02-26) on the
# 2024 indicators of its nine 县（市）: prose totals, 比上年末增加, 其中库尔勒市,
# a 2024 target in parentheses （3亿元） with 完成…的120.6%, universities named
# after places that are not the figure's region (石河子大学), one rank for two
# indicators (两项指标均居全州首位), a SPACE-ALIGNED table with the units in a
# 单位 line (家、万元、%, one per column), county short names (焉耆县 for
# 焉耆回族自治县), negative growth cells and a `全　州` row that repeats the
# prose; a reporting deadline 5个工作日 (no record); 2025 targets.
BZ = ["巴音郭楞蒙古自治州", "巴州"]
d = doc("a04.txt", BZ, "2024", TM)
Y4 = ["2024", "2024-12"]
HTE4 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "企业130家", "130家", 130, "家", "level", HTE4, "hte_count", period=Y4, category=HT)
R(d, "增加21家", "21家", 21, "家", GL, HTE4, HN, period=Y4, category=HT)
KZ4 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "入库272家", "272家", 272, "家", "level", KZ4, "tsme_count", category=TS)
R(d, "增长22.0%", "22.0%", 22.0, "%", "growth", KZ4, "tsme_count", category=TS)
KL = "库尔勒市"
R(d, "入库142家", "142家", 142, "家", "level", ["入库科技型中小企业"] + KZ4, "tsme_count", region=KL, category=TS)
JE4 = ["技术合同成交额", "成交额"]
R(d, "成交额3.62亿元", "3.62亿元", V("3.62", "亿"), "元", "level", JE4, "tech_contract_value")
R(d, "增长17.6%", "17.6%", 17.6, "%", "growth", JE4, "tech_contract_value")
R(
    d,
    "（3亿元）",
    "3亿元",
    V("3", "亿"),
    "元",
    "level",
    ["自治州年度目标", "年度目标"] + JE4,
    "tech_contract_value",
    planned=PL,
)
R(d, "120.6%", "120.6%", 120.6, "%", SL, ["完成自治州年度目标", "年度目标完成率"], "")
R(
    d,
    "平台6个",
    "6个",
    6,
    "个",
    "level",
    ["新建产学研合作平台", "产学研合作平台"],
    ["", "rd_institutions"],
    period=["2024", ""],
    category=[RI, "other"],
)
R(
    d,
    "均居全州首位",
    "首位",
    1,
    "位",
    "rank",
    ["高新技术企业数量和技术合同成交额", "两项指标", "高新技术企业数量", "技术合同成交额"],
    ["hte_count", "tech_contract_value"],
    region=KL,
    period=["2024", "2024-12"],
    category=[HT, TM],
)
R(
    d,
    "52.3%",
    "52.3%",
    52.3,
    "%",
    "share",
    ["高新技术企业占全州", "占全州", "高新技术企业"],
    "hte_count",
    region=KL,
    period=Y4,
    category=HT,
)
# the table: label | 高新技术企业（家） | 技术合同成交额（万元） | 同比增长（%）
TABLE_TITLE = "表1　2024年各县（市）科技创新主要指标"
TABLE_UNIT = "单位：家、万元、%"
TABLE_HEAD = "县（市）   高新技术企业  技术合同成交额  同比增长"
TABLE = [
    ("库尔勒市", KL, ["68", "21356", "18.4"]),
    ("轮台县", "轮台县", ["12", "3127", "26.7"]),
    ("尉犁县", "尉犁县", ["7", "1864", "-12.5"]),
    ("若羌县", "若羌县", ["5", "936", "41.4"]),
    ("且末县", "且末县", ["3", "512", "8.9"]),
    ("焉耆县", ["焉耆回族自治县", "焉耆县"], ["9", "2248", "15.2"]),
    ("和静县", "和静县", ["14", "4015", "33.6"]),
    ("和硕县", "和硕县", ["7", "1387", "9.7"]),
    ("博湖县", "博湖县", ["5", "728", "-5.1"]),
    ("全　州", BZ, ["130", "36173", "17.6"]),
]
for label, region, (hte, amount, gr) in TABLE:
    R(d, label, hte, int(hte), "家", "level", HTE4, "hte_count", cell=0, region=region, period=Y4, category=HT)
    R(d, label, amount, V(amount, "万"), "元", "level", JE4, "tech_contract_value", cell=1, scale="万", region=region)
    R(d, label, gr, float(gr), "%", "growth", JE4, "tech_contract_value", cell=2, region=region)
R(d, "达到150家", "150家", 150, "家", "level", HTE4, "hte_count", planned=True, period="2025", category=HT)
R(
    d,
    "300家以上",
    "300家以上",
    300,
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
    "突破4亿元",
    "4亿元",
    V("4", "亿"),
    "元",
    "level",
    JE4,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
)
NOT_INDICATORS["a04.txt"] = [
    ("关于2024年度", "2024", "title year"),
    ("〔2025〕4号", "2025", "document number"),
    ("〔2025〕4号", "4", "document number"),
    ("　　2024年，全州", "2024", "date"),
    ("截至2024年底", "2024", "date"),
    (TABLE_TITLE, "1", "table number"),
    (TABLE_TITLE, "2024", "table title year"),
    ("　　2025年，力争", "2025", "date"),
    ("5个工作日", "5", "reporting deadline (a duration of the procedure)"),
    ("2025年2月26日", "2025", "date"),
    ("2025年2月26日", "2", "date"),
    ("2025年2月26日", "26", "date"),
]

# ---------------------------------------------------------------- a05
# News item of 文昌市融媒体中心 (2025-08-13) as text extracted from a browser
# PDF print: a print header (date, time, site name) on each page and page
# counters 1/2, 2/2; a page break inside a sentence; hard line breaks inside
# the headline figure (超⏎四成), between number and unit (12.38⏎亿元,
# 3.26⏎亿元), inside numbers (4⏎6.2%, 7⏎8家, 13⏎6件), inside a unit
# (11.5个百⏎分点) and between 约 and its number (约⏎2600万); PDF spaces
# (214 项, 1214 件); the publication counter 浏览次数：1268 (no record); the
# previous-year value 比上年同期的8.47亿元; a gap 高于全省平均水平; figures of a
# zone (文昌国际航天城, region code ""); a partner named after another city
# (三亚崖州湾科技城) whose figure is 文昌's; 约2600万 and 超3亿 (万/亿 without
# 元); 2024 full-year figure and a 预计 target.
WC = ["文昌市", "文昌"]
d = doc("a05.txt", WC, H1, TM)
JE5 = ["技术合同成交额", "成交额"]
R(d, "增长超\n四成", "超\n四成", 40, "%", "growth", JE5, "tech_contract_value", qualifier="more_than")
R(d, "214 项", "214 项", 214, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count")
R(d, "12.38\n亿元", "12.38\n亿元", V("12.38", "亿"), "元", "level", JE5, "tech_contract_value")
R(
    d,
    "8.47亿元",
    "8.47亿元",
    V("8.47", "亿"),
    "元",
    "level",
    ["上年同期技术合同成交额"] + JE5,
    "tech_contract_value",
    period="2024-01/2024-06",
)
R(d, "增长4\n6.2%", "4\n6.2%", 46.2, "%", "growth", JE5, "tech_contract_value")
R(
    d,
    "11.5个百\n分点",
    "11.5个百\n分点",
    11.5,
    "百分点",
    GL,
    ["增幅高于全省平均水平", "增幅", "高于全省平均水平"],
    ["tech_contract_value", ""],
)
HT5 = ["文昌国际航天城", "航天城"]
R(d, "9.6亿元", "9.6亿元", V("9.6", "亿"), "元", "level", JE5, ["tech_contract_value", ""], region=HT5)
R(
    d,
    "77.5%",
    "77.5%",
    77.5,
    "%",
    "share",
    ["占全市", "技术合同成交额占全市"] + JE5,
    ["tech_contract_value", ""],
    region=HT5,
)
HTE5 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "7\n8家", "7\n8家", 78, "家", "level", HTE5, "hte_count", period=S6, category=HT)
R(d, "增加11家", "11家", 11, "家", GL, HTE5, HN, period=S6, category=HT)
R(
    d,
    "企业105家",
    "105家",
    105,
    "家",
    "level",
    ["新增入库科技型中小企业", "科技型中小企业"],
    "tsme_count",
    category=TS,
)
R(d, "70%", "70%", 70, "%", SL, ["完成年度任务", "年度任务完成率"], "", category=TS)
R(
    d,
    "超过1800家",
    "超过1800家",
    1800,
    "家",
    "level",
    ["累计注册企业", "注册企业"],
    "",
    qualifier="more_than",
    region=HT5,
    period=S6 + [""],
    category="enterprise",
)
R(d, "企业463家", "463家", 463, "家", "level", ["新增注册企业", "注册企业"], "", region=HT5, category="enterprise")
YF5 = ["规上工业企业研发投入", "研发投入"]
R(d, "3.26\n亿元", "3.26\n亿元", V("3.26", "亿"), "元", "level", YF5, "rd_spend_enterprise", category=RE)
R(d, "增长19.4%", "19.4%", 19.4, "%", "growth", YF5, "rd_spend_enterprise", category=RE)
R(d, "授权630件", "630件", 630, "件", "level", ["专利授权", "专利授权量"], "patent_grants", category=PT)
FM5 = ["发明专利授权", "发明专利"]
R(d, "13\n6件", "13\n6件", 136, "件", "level", FM5, "invention_patent_grants", category=PT)
R(d, "增长52.8%", "52.8%", 52.8, "%", "growth", FM5, "invention_patent_grants", category=PT)
R(
    d,
    "占比21.6%",
    "21.6%",
    21.6,
    "%",
    "share",
    ["发明专利授权占比", "占比"] + FM5,
    ["invention_patent_grants", ""],
    category=PT,
)
R(d, "1214 件", "1214 件", 1214, "件", "level", ["有效发明专利"], "invention_patents_held", period=S6, category=PT)
R(
    d,
    "拥有量20.7件",
    "20.7件",
    20.7,
    "件",
    LS,
    ["每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=S6,
    category=PT,
)
R(d, "人才326名", "326名", 326, "名", "level", ["引进各类科技人才", "科技人才"], "", category=TA)
R(d, "博士47名", "47名", 47, "名", "level", ["博士", "引进博士"], "", category=TA)
R(
    d,
    "实验室2家",
    "2家",
    2,
    "家",
    "level",
    ["新增省级重点实验室", "省级重点实验室"],
    ["rd_institutions", ""],
    category=RI,
)
R(
    d,
    "平台1家",
    "1家",
    1,
    "家",
    "level",
    ["院士创新平台", "新增院士创新平台"],
    ["", "rd_institutions"],
    category=[RI, TA],
)
R(
    d,
    "平台3个",
    "3个",
    3,
    "个",
    "level",
    ["共建商业航天和南繁种业协同创新平台", "协同创新平台"],
    ["", "rd_institutions"],
    period=[H1, "2025", ""],
    category=[RI, "other"],
)
JB5 = ["兑现科技奖补资金", "科技奖补资金"]
R(d, "约\n2600万", "约\n2600万", V("2600", "万"), "元", "level", JB5, "", qualifier="about", category=FU)
R(d, "惠及企业62家", "62家", 62, "家", "level", ["惠及企业"], "", category=[FU, "enterprise"])
R(
    d,
    "超3亿",
    "超3亿",
    V("3", "亿"),
    "元",
    "level",
    ["带动企业新增产值", "新增产值"],
    "",
    qualifier="more_than",
    category=EC,
)
R(d, "19.7亿元", "19.7亿元", V("19.7", "亿"), "元", "level", JE5, "tech_contract_value", period="2024")
R(
    d,
    "突破24亿元",
    "24亿元",
    V("24", "亿"),
    "元",
    "level",
    JE5,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
)
HEAD5 = "2025/8/14 09:47                         文昌市人民政府门户网站"
NOT_INDICATORS["a05.txt"] = [
    (HEAD5 + "\n文昌：", "2025", "print header: date"),
    (HEAD5 + "\n文昌：", "8", "print header: date"),
    (HEAD5 + "\n文昌：", "14", "print header: date"),
    (HEAD5 + "\n文昌：", "09", "print header: time"),
    (HEAD5 + "\n文昌：", "47", "print header: time"),
    ("2025-08-13 16:05", "2025", "publication date"),
    ("2025-08-13 16:05", "08", "publication date"),
    ("2025-08-13 16:05", "13", "publication date"),
    ("2025-08-13 16:05", "16", "publication time"),
    ("2025-08-13 16:05", "05", "publication time"),
    ("浏览次数：1268", "1268", "page view counter"),
    ("1—6月", "1", "period 1—6月"),
    ("1—6月", "6", "period 1—6月"),
    ("截至6月底，全市", "6", "date"),
    ("截至6月底，有效", "6", "date"),
    ("\n1/2\n" + HEAD5, "1", "page counter"),
    ("\n1/2\n" + HEAD5, "2", "page counter"),
    ("\n1/2\n" + HEAD5, "2025", "print header: date"),
    ("\n1/2\n" + HEAD5, "8", "print header: date"),
    ("\n1/2\n" + HEAD5, "14", "print header: date"),
    ("\n1/2\n" + HEAD5, "09", "print header: time"),
    ("\n1/2\n" + HEAD5, "47", "print header: time"),
    ("2024年全市", "2024", "date"),
    ("）\n2/2", "2", "page counter (both numbers of 2/2)"),
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
    """a small Chinese numeral (四, 六, 十二, 千) as an int"""
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


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def table_line(text, name, label):
    """(the table row whose label is `label`, its offset)"""
    lines = text.split("\n")
    at = [i for i, ln in enumerate(lines) if re.match(re.escape(label) + r"[ \t]", ln)]
    if len(at) != 1:
        sys.exit(f"{name}: table row {label!r} found {len(at)} times")
    i = at[0]
    return lines[i], sum(len(ln) + 1 for ln in lines[:i])


def locate(text, name, r):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    if "cell" in r:
        line, off = table_line(text, name, a)
        cells = list(NUM.finditer(line, len(a)))
        k = r["cell"]
        if len(cells) != 3 or cells[k].group() != fig:
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


def check_table(text, name):
    """a04's table: title, 单位 line, header, then one line per row."""
    lines = text.split("\n")
    i = lines.index(TABLE_TITLE)
    if lines[i + 1] != TABLE_UNIT or lines[i + 2] != TABLE_HEAD:
        sys.exit(f"{name}: table unit/header lines are {lines[i + 1]!r} / {lines[i + 2]!r}")
    for k, (label, _, cells) in enumerate(TABLE):
        ln = lines[i + 3 + k]
        if not ln.startswith(label) or [m.group() for m in NUM.finditer(ln, len(label))] != cells:
            sys.exit(f"{name}: table row {k} is {ln!r}")
    if lines[i + 3 + len(TABLE)] != "":
        sys.exit(f"{name}: the table does not end after its last row")


def written_value(r):
    """|value| as the figure's text writes it: white space (PDF line breaks)
    removed, a leading sign ignored, Chinese numerals read (成 = 10 %, 首位 = 1),
    万/亿 folded in; a range's second number is returned as well."""
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
    rest = rest.lstrip("余多")
    mult = next((w for w in ("亿", "万") if rest.startswith(w)), r.get("scale", ""))  # a bare cell: 单位 line
    return n * MULT[mult], (None if second is None else second * MULT[mult])


def uncovered(text, name, spans):
    """Arabic numbers in `text` that lie in no record span and are not listed
    in NOT_INDICATORS (a check that no figure was forgotten). The listed
    number must occur in its anchor; where it occurs more than once (2/2),
    every occurrence in the anchor is allowed."""
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


def build():
    out = []
    for name, spec in DOCS.items():
        text = (HERE / name).read_text(encoding="utf-8")
        if name == "a04.txt":
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
# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # a01 晋城市, 2023 unless marked
    "a01_rd23": D("28.80"),  # 亿元
    "a01_gdp24": D("1893"),  # 亿元, implied by 31.62 / 1.67 %
    "a01_gdp23": D("1778"),
    "a01_ent23": D("24.39"),
    "a01_fis23": D("5.50"),
    "a01_budget24": D("307"),  # 一般公共预算支出, 亿元
    "a01_hte23": 390,
    "a01_tsme23": 913,
    "a01_tc_n23": 1998,
    "a01_tc_v23": D("44.23"),
    "a01_hti23": D("13.4"),
    "a01_grants23": 4019,
    "a01_inv23": 479,
    "a01_held23": 2697,
    "a01_pop24": D("218.3"),  # 万人, 年末常住人口
    # a02 汉台区 (2024-01/2024-06 unless marked)
    "a02_hte_h1_24": 54,
    "a02_city_hte": 219,  # 汉中市, 2025-06
    "a02_gs": 109,  # 规上工业企业
    "a02_rd_h1_24": D("1.83"),
    "a02_tc_h1_24": D("1.52"),
    # a03 辽宁省, 2023 unless marked
    "a03_tsme23": 27590,
    "a03_pj23": 388,
    "a03_yk23": 689,
    "a03_dd_tsme23": 1286,
    # a04 巴州: 2023 amounts by county (万元), 2023 stocks
    "a04_tc23": {
        "库尔勒市": 18037,
        "轮台县": 2468,
        "尉犁县": 2130,
        "若羌县": 662,
        "且末县": 470,
        "焉耆县": 1951,
        "和静县": 3005,
        "和硕县": 1264,
        "博湖县": 767,
    },
    "a04_hte23": 109,
    "a04_tsme23": 223,
    # a05 文昌市
    "a05_prov_growth": D("34.7"),  # 全省 H1 growth of 成交额
    "a05_inv_h1_24": 89,
    "a05_rd_h1_24": D("2.73"),
    "a05_pop": D("58.6"),  # 万人
    "a05_tsme_target": 150,
}
P = PREV
T4 = {label: cells for label, _, cells in TABLE}
C4 = [label for label, _, _ in TABLE if label != "全　州"]

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # a01
    (growth(D("31.62"), P["a01_rd23"]), D("9.8")),
    (pct(D("31.62"), P["a01_gdp24"], 2), D("1.67")),
    (pct(P["a01_rd23"], P["a01_gdp23"], 2), D("1.62")),
    (D("1.67") - D("1.62"), D("0.05")),
    (growth(D("27.15"), P["a01_ent23"]), D("11.3")),
    (pct(D("27.15"), D("31.62")), D("85.9")),
    (growth(D("5.84"), P["a01_fis23"]), D("6.2")),
    (pct(D("5.84"), P["a01_budget24"]), D("1.9")),
    (D(437 - P["a01_hte23"]), D(47)),
    (61 < 96 < 437, True),
    (growth(1138, P["a01_tsme23"]), D("24.6")),
    (2 < 21 and 4 < 23, True),
    (growth(2367, P["a01_tc_n23"]), D("18.5")),
    (growth(D("58.43"), P["a01_tc_v23"]), D("32.1")),
    (D("14.6") - P["a01_hti23"], D("1.2")),
    (pct(143, 437), D("32.7")),
    (D(612 + 2781 + 453), D(3846)),
    (growth(3846, P["a01_grants23"]), D("-4.3")),
    (growth(612, P["a01_inv23"]), D("27.8")),
    (D(3295 - P["a01_held23"]), D(598)),
    (rnd(D(3295) / P["a01_pop24"]), D("15.1")),
    # a02
    (pct(86, 150), D("57.3")),
    (31 < 86, True),
    (D(63 - P["a02_hte_h1_24"]), D(9)),
    (pct(63, P["a02_city_hte"]), D("28.8")),
    (growth(D("2.14"), P["a02_rd_h1_24"]), D("16.9")),
    (pct(41, P["a02_gs"]), D("37.6")),
    (rnd(D(386) / 32), D("12.1")),
    (1 < 27, True),
    (growth(D("1.86"), P["a02_tc_h1_24"]), D("22.4")),
    (150 > 86 and 70 > 63 and D(4) > D("1.86") and 800 > 386, True),  # targets above the half-year levels
    # a03
    (D(13126 - 1874), D(11252)),
    (growth(13126, 13126 - 1874), D("16.7")),
    (growth(32418, P["a03_tsme23"]), D("17.5")),
    (13126 > 13000 and 32418 > 32000, True),  # 突破1.3万家, 超3.2万家
    (growth(498, P["a03_pj23"]), D("28.4")),
    (growth(862, P["a03_yk23"]), D("25.1")),
    (growth(356, 356 - 68), D("23.6")),
    (D("28.4") > D("25.1") > D("23.6") > D("16.7"), True),  # the top three are above the province
    (pct(862, 13126), D("6.6")),
    (134 < 197, True),
    (growth(1560, P["a03_dd_tsme23"]), D("21.3")),
    (pct(1560, 32418), D("4.8")),
    (1013 > 1000, True),  # 首次突破千家
    (pct(1013, 32418), D("3.1")),
    (2100 < 13126, True),
    (D(15000) > 13126 and D(35000) > 32418 and 13126 + 2000 > 15000, True),  # targets
    # a04
    (sum(int(T4[c][0]) for c in C4), int(T4["全　州"][0])),
    (sum(int(T4[c][1]) for c in C4), int(T4["全　州"][1])),
    (all(growth(T4[c][1], P["a04_tc23"][c]) == D(T4[c][2]) for c in C4), True),
    (growth(T4["全　州"][1], sum(P["a04_tc23"].values())), D(T4["全　州"][2])),
    (rnd(D(T4["全　州"][1]) / 10**4, 2), D("3.62")),  # the prose repeats the table's total
    (D(T4["全　州"][2]), D("17.6")),
    (D(T4["全　州"][0]), D(130)),
    (D(130 - P["a04_hte23"]), D(21)),
    (growth(272, P["a04_tsme23"]), D("22.0")),
    (142 < 272, True),
    (pct(36173, 30000), D("120.6")),  # 完成年度目标（3亿元）
    (pct(68, 130), D("52.3")),
    (
        int(T4["库尔勒市"][0]) == max(int(T4[c][0]) for c in C4)
        and int(T4["库尔勒市"][1]) == max(int(T4[c][1]) for c in C4),
        True,
    ),  # 两项指标均居全州首位
    (max(C4, key=lambda c: D(T4[c][2])), "若羌县"),  # 增速最快
    (sorted(c for c in C4 if D(T4[c][2]) < 0), sorted(["尉犁县", "博湖县"])),  # 出现下降
    (150 > 130 and 300 > 272 and 4 > D("3.62"), True),
    # a05
    (growth(D("12.38"), D("8.47")), D("46.2")),
    (D("46.2") > 40, True),  # 增长超四成
    (D("46.2") - P["a05_prov_growth"], D("11.5")),
    (pct(D("9.6"), D("12.38")), D("77.5")),
    (pct(105, P["a05_tsme_target"], 0), D(70)),
    (463 < 1800, True),
    (growth(D("3.26"), P["a05_rd_h1_24"]), D("19.4")),
    (growth(136, P["a05_inv_h1_24"]), D("52.8")),
    (pct(136, 630), D("21.6")),
    (rnd(D(1214) / P["a05_pop"]), D("20.7")),
    (47 < 326, True),
    (D("8.47") < D("19.7") < 24, True),
    (pct(D("12.38"), 24) > 50 and pct(105, P["a05_tsme_target"]) > 50, True),  # 双过半
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
