#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports11 from hand annotations.

Same layout as tests/reports4-10. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of the two tables (b03: tab
separated; b06: pipe table) are located by their row label (exactly one line
of the table starts with it) and the position of the number in that row; the
script checks every table's title, header (and b06's `| --- |` line), the
numbers of every row, and the blank line after the last row.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(thousands separators removed, Chinese numerals read, 成 = 10 %, 首位 = 1,
万/亿/萬/億 folded in, a table cell scaled by its column's unit) equals
|value|, every Arabic number in every text is either inside a record or
listed in NOT_INDICATORS with its reason (so no figure is forgotten), every
field takes an allowed value, and the invented figures agree with each other
(parts add up, shares, growth rates, completion ratios, averages and ranks
match; see CONSISTENCY at the end).
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
# is not an administrative unit and gets "": towns, 开发区, 高新区).
CODES = {
    # b01 云南省 玉溪市 通海县
    "通海县": "530423",
    "通海": "530423",
    "玉溪市": "530400",
    # b02 江西省
    "江西省": "360000",
    "江西": "360000",
    "赣州市": "360700",
    "九江市": "360400",
    "宜春市": "360900",
    "宜春": "360900",
    "上饶市": "361100",
    "上饶": "361100",
    "萍乡市": "360300",
    "新余市": "360500",
    "鹰潭市": "360600",
    "吉安市": "360800",
    # b03 天津市 西青区 (towns and the 开发区 have no code)
    "西青区": "120111",
    "天津市西青区": "120111",
    # b04 湖北省 荆门市 (the zone has no code)
    "荆门市": "420800",
    # b05 广东省 江门市
    "江门市": "440700",
    "江門市": "440700",
    "江门": "440700",
    "江門": "440700",
    "蓬江区": "440703",
    "蓬江區": "440703",
    "江海区": "440704",
    "江海區": "440704",
    "新会区": "440705",
    "新會區": "440705",
    "台山市": "440781",
    # b06 山东省 临沂市
    "临沂市": "371300",
    "临沂": "371300",
    "兰山区": "371302",
    "河东区": "371312",
    "罗庄区": "371311",
    "沂水县": "371323",
    "临沭县": "371329",
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
HTI = "high_tech_industry"
RI = "rd_institution"
RE = "rd_expenditure"
TM = "tech_market"
TS = "tech_sme"
PT = "patent"
FU = "funding"
IN = "incubator"
TA = "talent"
IV = "innovation_voucher"
INV = "investment"
EC = ["economy", "other"]
SL = ["share", "level"]  # completion ratios, ratios to an average (corpus 13, reports3-10)
GL = ["growth", "level"]  # increase amounts, gaps to an average, 是上年的X倍 (corpus A02, reports3-10)
LS = ["level", "share"]  # per-10k ratios (reports9/10)
QM = ["more_than", None]  # 突破 / 首破, left out of text (reports3-10)
QR = [None, "at_most"]  # 前三位 / 前90位 (reports1/2, reports7 x04)
HN = ["hte_new", "hte_count"]  # 净增 of the stock (reports4-10)
Y24 = ["2024", "2024-12"]  # 年末 stocks

# ---------------------------------------------------------------- b01
# 通海县 政府工作报告 (2025), the S&T section of 今年重点工作: every topic gives
# 去年 results and then 今年 targets in the same paragraph (no year written
# in the body; the year comes from the date line 2025年1月9日): R&D, its
# intensity with 较上年提高 and a rank among 全市9个县（市、区） (玉溪市, never
# named), 高企 with 净增, 科小 `是上年的1.4倍`, Chinese numerals 两个/三个,
# 超1.2万户, 40余个, 不少于/以上/左右/不低于 targets, 突破 left out of text.
TH = ["通海县", "通海"]
d = doc("b01.txt", TH, "2024", RE)
RD1 = ["研发经费投入", "研发经费", "研发投入"]
R(d, "投入3.86亿元", "3.86亿元", V("3.86", "亿"), "元", "level", RD1, "rd_spend")
R(d, "增长12.4%", "12.4%", 12.4, "%", "growth", RD1, "rd_spend")
RI1 = ["投入强度", "研发投入强度"]
R(d, "强度达到1.72%", "1.72%", 1.72, "%", "share", RI1, "rd_intensity")
R(d, "0.11个百分点", "0.11个百分点", 0.11, "百分点", "growth", RI1, "rd_intensity")
R(
    d,
    "全市9个县",
    "9个",
    9,
    "个",
    "level",
    ["县（市、区）", "县"],
    "",
    region=["玉溪市", "通海县", "通海", ""],
    category="other",
)
R(d, "位列第3", "第3", 3, "位", "rank", RI1 + RD1, ["rd_intensity", "rd_spend"])
R(
    d,
    "1.85%以上",
    "1.85%以上",
    1.85,
    "%",
    "share",
    RI1,
    "rd_intensity",
    qualifier="at_least",
    planned=True,
    period="2025",
)
R(
    d,
    "突破4.3亿元",
    "4.3亿元",
    V("4.3", "亿"),
    "元",
    "level",
    ["全社会研发投入", "研发投入"],
    "rd_spend",
    qualifier=QM,
    planned=True,
    period="2025",
)
HTE1 = ["高新技术企业", "高新技术企业有效数量"]
R(d, "高新技术企业14家", "14家", 14, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
R(d, "增至58家", "58家", 58, "家", "level", HTE1, "hte_count", period=Y24, category=HT)
R(d, "净增9家", "9家", 9, "家", GL, ["净增高新技术企业", "净增"] + HTE1, HN, period=Y24, category=HT)
KZ1 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "企业126家", "126家", 126, "家", "level", KZ1, "tsme_count", category=TS)
R(d, "1.4倍", "1.4倍", 1.4, "倍", GL, KZ1, "tsme_count", category=TS)
R(
    d,
    "不少于12家",
    "不少于12家",
    12,
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
    "150家以上",
    "150家以上",
    150,
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
    "50%左右",
    "50%左右",
    50,
    "%",
    "share",
    ["规上工业企业研发活动覆盖面", "研发活动覆盖面"],
    "",
    qualifier="about",
    planned=True,
    period="2025",
    category=[RE, "enterprise", "other"],
)
R(d, "专家工作站两个", "两个", 2, "个", "level", ["省级专家工作站", "专家工作站"], "", category=[TA, RI])
R(d, "重点实验室三个", "三个", 3, "个", "level", ["市级重点实验室", "重点实验室"], ["rd_institutions", ""], category=RI)
PF = ["研发平台", "各类研发平台"]
R(d, "累计达到27个", "27个", 27, "个", "level", PF, ["rd_institutions", ""], period=Y24, category=RI)
R(d, "研发平台5个", "5个", 5, "个", "level", PF, ["rd_institutions", ""], planned=True, period="2025", category=RI)
R(
    d,
    "人才30名",
    "30名",
    30,
    "名",
    "level",
    ["科技人才", "柔性引进各类科技人才"],
    "",
    planned=True,
    period="2025",
    category=TA,
)
R(d, "特派员86名", "86名", 86, "名", "level", ["科技特派员", "选派科技特派员"], "", category=TA)
R(
    d,
    "超1.2万户",
    "超1.2万户",
    12000,
    "户",
    "level",
    ["服务农户", "农户"],
    "",
    qualifier="more_than",
    category=[TA, "other"],
)
R(
    d,
    "40余个",
    "40余个",
    40,
    "个",
    "level",
    ["蔬菜新品种", "试验推广蔬菜新品种"],
    "",
    qualifier="more_than",
    category=["other", "project"],
)
TC1 = ["技术合同", "登记技术合同"]
TV1 = ["技术合同成交额", "成交额"]
R(d, "技术合同43项", "43项", 43, "项", "level", TC1, "tech_contract_count", category=TM)
R(d, "成交额1.27亿元", "1.27亿元", V("1.27", "亿"), "元", "level", TV1, "tech_contract_value", category=TM)
R(d, "增长35.1%", "35.1%", 35.1, "%", "growth", TV1, "tech_contract_value", category=TM)
CZ = ["县级财政科技支出", "财政科技支出"]
CZC = [FU, RE, "other"]
R(d, "支出6850万元", "6850万元", V("6850", "万"), "元", "level", CZ, "fiscal_st_spend", category=CZC)
R(
    d,
    "支出的2.3%",
    "2.3%",
    2.3,
    "%",
    "share",
    ["县级财政科技支出占一般公共预算支出", "占一般公共预算支出"] + CZ,
    "fiscal_st_spend",
    category=CZC,
)
R(
    d,
    "0.4个百分点",
    "0.4个百分点",
    0.4,
    "百分点",
    "growth",
    ["占一般公共预算支出"] + CZ,
    "fiscal_st_spend",
    category=CZC,
)
JB = ["科技奖补资金", "各类科技奖补资金"]
R(d, "资金920万元", "920万元", V("920", "万"), "元", "level", JB, "", category=FU)
R(d, "惠及企业61家", "61家", 61, "家", "level", ["惠及企业"], "", category=[FU, "enterprise"])
R(d, "授权专利412件", "412件", 412, "件", "level", ["授权专利", "专利授权"], "patent_grants", category=PT)
R(d, "发明专利38件", "38件", 38, "件", "level", ["发明专利", "授权发明专利"], "invention_patent_grants", category=PT)
R(
    d,
    "3.6件",
    "3.6件",
    3.6,
    "件",
    LS,
    ["每万人口有效发明专利拥有量"],
    "invention_patents_per_10k",
    period=Y24,
    category=PT,
)
R(
    d,
    "达到1.5亿元",
    "1.5亿元",
    V("1.5", "亿"),
    "元",
    "level",
    TV1,
    "tech_contract_value",
    planned=True,
    period="2025",
    category=TM,
)
R(
    d,
    "400件以上",
    "400件以上",
    400,
    "件",
    "level",
    ["专利授权量", "专利授权"],
    "patent_grants",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=PT,
)
R(
    d,
    "不低于10%",
    "不低于10%",
    10,
    "%",
    "growth",
    ["县级财政科技投入", "财政科技投入"],
    "fiscal_st_spend",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=CZC,
)
NOT_INDICATORS["b01.txt"] = [
    ("2025年1月9日", "2025", "date line"),
    ("2025年1月9日", "1", "date line"),
    ("2025年1月9日", "9", "date line"),
]

# ---------------------------------------------------------------- b02
# 江西省科技厅 news release on 一季度 技术合同 (only 今年/去年 in the body; the
# year comes from `发布时间：2025-04-18`). 我省 in the headline; `同比分别增长
# 18.2%和31.7%`; four contract types `分别为…`; 首位 of a type; 卖方/买方
# parts with shares; 提高…个百分点 of a growth rate; a city ranking in prose:
# `居全省第二位` (the first city is not named), `位列第三`, and `位居第二、
# 第三位` (two ranks, one 位); `首次突破15亿元，达到15.3亿元`; 全年 targets.
Q = "2025-01/2025-03"
JX = ["江西省", "江西"]
d = doc("b02.txt", JX, Q, TM)
TV2 = ["技术合同成交额", "成交额"]
TC2 = ["认定登记技术合同", "技术合同"]
R(d, "同比增长31.7%\n发布", "31.7%", 31.7, "%", "growth", TV2, "tech_contract_value")
R(d, "技术合同6182项", "6182项", 6182, "项", "level", TC2, "tech_contract_count")
R(d, "成交额236.45亿元", "236.45亿元", V("236.45", "亿"), "元", "level", TV2, "tech_contract_value")
R(d, "增长18.2%和", "18.2%", 18.2, "%", "growth", TC2, "tech_contract_count")
R(d, "和31.7%，成交额", "31.7%", 31.7, "%", "growth", TV2, "tech_contract_value")
R(
    d,
    "9.4个百分点",
    "9.4个百分点",
    9.4,
    "百分点",
    GL,
    ["成交额增速", "增速"] + TV2,
    "tech_contract_value",
)
R(d, "分别为68.27亿元", "68.27亿元", V("68.27", "亿"), "元", "level", ["技术开发合同成交额", "技术开发"], "")
R(d, "、21.93亿元", "21.93亿元", V("21.93", "亿"), "元", "level", ["技术转让合同成交额", "技术转让"], "")
R(d, "、4.51亿元", "4.51亿元", V("4.51", "亿"), "元", "level", ["技术咨询合同成交额", "技术咨询"], "")
R(d, "和141.74亿元", "141.74亿元", V("141.74", "亿"), "元", "level", ["技术服务合同成交额", "技术服务"], "")
FW = ["技术服务合同占比", "技术服务合同"]
R(d, "占比达59.9%", "59.9%", 59.9, "%", "share", FW, "")
R(d, "四类合同首位", "首位", 1, "位", "rank", FW + ["技术服务合同成交额"], "")
QY = ["企业输出成交额", "企业作为卖方输出成交额", "企业输出技术合同成交额"]
R(d, "输出成交额201.6亿元", "201.6亿元", V("201.6", "亿"), "元", "level", QY, "")
R(d, "占全省的85.3%", "85.3%", 85.3, "%", "share", QY, "")
GX = ["高等院校和科研院所输出成交额", "高等院校和科研院所合计输出", "高等院校和科研院所"]
R(d, "合计输出23.7亿元", "23.7亿元", V("23.7", "亿"), "元", "level", GX, "")
R(d, "增长42.5%", "42.5%", 42.5, "%", "growth", GX, "")
R(d, "提高16.8个百分点", "16.8个百分点", 16.8, "百分点", "growth", ["增幅"] + GX, "")
XN = ["吸纳技术合同", "吸纳"]
XV = ["吸纳技术合同成交额", "成交额"]
R(d, "吸纳技术合同4975项", "4975项", 4975, "项", "level", XN, "tech_contract_count")
R(d, "成交额191.3亿元", "191.3亿元", V("191.3", "亿"), "元", "level", XV, "tech_contract_value_absorbed")
R(d, "增长27.4%", "27.4%", 27.4, "%", "growth", XV, "tech_contract_value_absorbed")
SW = ["来自省外的技术合同", "省外技术合同"]
R(d, "技术合同1302项", "1302项", 1302, "项", "level", SW, "")
R(d, "成交额64.8亿元", "64.8亿元", V("64.8", "亿"), "元", "level", [s + "成交额" for s in SW] + ["成交额"], "")
R(d, "总额的33.9%", "33.9%", 33.9, "%", "share", ["占吸纳总额"] + [s + "成交额" for s in SW], "")
R(d, "全省11个设区市", "11个", 11, "个", "level", ["设区市"], "", category="other")
R(d, "成交额38.6亿元", "38.6亿元", V("38.6", "亿"), "元", "level", TV2, "tech_contract_value", region="赣州市")
R(d, "全省第二位", "第二位", 2, "位", "rank", TV2, "tech_contract_value", region="赣州市")
R(d, "九江市27.4亿元", "27.4亿元", V("27.4", "亿"), "元", "level", TV2, "tech_contract_value", region="九江市")
R(d, "位列第三", "第三", 3, "位", "rank", TV2, "tech_contract_value", region="九江市")
R(
    d,
    "分别为21.9亿元",
    "21.9亿元",
    V("21.9", "亿"),
    "元",
    "level",
    TV2,
    "tech_contract_value",
    region=["宜春市", "宜春"],
)
R(d, "和19.6亿元", "19.6亿元", V("19.6", "亿"), "元", "level", TV2, "tech_contract_value", region=["上饶市", "上饶"])
ZS = ["成交额增速", "增速"] + TV2
R(d, "增长86.3%", "86.3%", 86.3, "%", "growth", TV2, "tech_contract_value", region="萍乡市")
R(d, "居全省第一", "第一", 1, "位", "rank", ZS, "tech_contract_value", region="萍乡市")
R(d, "增长64.1%", "64.1%", 64.1, "%", "growth", TV2, "tech_contract_value", region="新余市")
R(d, "和58.7%", "58.7%", 58.7, "%", "growth", TV2, "tech_contract_value", region="鹰潭市")
R(d, "位居第二、", "第二", 2, "位", "rank", ZS, "tech_contract_value", region="新余市")
R(d, "、第三位", "第三位", 3, "位", "rank", ZS, "tech_contract_value", region="鹰潭市")
JA = ["单季成交额", "成交额"]
R(d, "突破15亿元", "15亿元", V("15", "亿"), "元", "level", JA, "tech_contract_value", qualifier=QM, region="吉安市")
R(d, "达到15.3亿元", "15.3亿元", V("15.3", "亿"), "元", "level", JA, "tech_contract_value", region="吉安市")
R(
    d,
    "1000名以上",
    "1000名以上",
    1000,
    "名",
    "level",
    ["技术经理人", "培育技术经理人"],
    "",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=TA,
)
R(
    d,
    "突破900亿元",
    "900亿元",
    V("900", "亿"),
    "元",
    "level",
    TV2,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
)
NOT_INDICATORS["b02.txt"] = [
    ("2025-04-18 10:20", "2025", "publication date"),
    ("2025-04-18 10:20", "04", "publication date"),
    ("2025-04-18 10:20", "18", "publication date"),
    ("2025-04-18 10:20", "10", "publication time"),
    ("2025-04-18 10:20", "20", "publication time"),
]

# ---------------------------------------------------------------- b03
# 天津市西青区科技局 公告 on the 第三批 科技型中小企业 of the year: a TAB
# separated table by 街镇（园区） (towns and a 开发区: no region code), with a
# 合计 row that repeats the lead's 217家; the second column is 上年度研发费用 in
# 万元 (period 2024). Prose: 首位 and `位列第二、第三`, a combined share of three
# places, 户均, 其中首次入库, a group threshold `营业收入不足2000万元` (no
# record), the year's cumulative figure with a target in brackets, 5个工作日
# and 附件 list markers (no records).
XQ = ["西青区", "天津市西青区"]
d = doc("b03.txt", XQ, "2025", TS)
TABLES["b03.txt"] = dict(
    sep="\t",
    title="第三批入库企业分布情况",
    head="街镇（园区）\t入库企业（家）\t上年度研发费用（万元）",
    rows=[
        ("杨柳青镇", ["28", "8640"]),
        ("中北镇", ["41", "15230"]),
        ("精武镇", ["36", "11870"]),
        ("张家窝镇", ["22", "6420"]),
        ("李七庄街", ["19", "5960"]),
        ("大寺镇", ["17", "4380"]),
        ("王稳庄镇", ["8", "1750"]),
        ("辛口镇", ["11", "2310"]),
        ("西青经济技术开发区", ["35", "13540"]),
        ("合计", ["217", "70100"]),
    ],
)
RK = ["入库企业", "入库科技型中小企业", "科技型中小企业"]
YF = ["上年度研发费用", "研发费用"]
R(d, "共有217家", "217家", 217, "家", "level", RK, "tsme_count")
for label, (n, money) in TABLES["b03.txt"]["rows"]:
    where = XQ if label == "合计" else label
    R(
        d,
        label,
        n,
        int(n),
        "家",
        "level",
        RK,
        "tsme_count" if label == "合计" else ["tsme_count", ""],
        region=where,
        cell=0,
    )
    R(
        d,
        label,
        money,
        V(money, "万"),
        "元",
        "level",
        YF,
        ["", "rd_spend_enterprise"],
        region=where,
        period="2024",
        category=[RE, TS],
        cell=1,
        scale="万",
    )
R(d, "以41家", "41家", 41, "家", "level", RK, ["tsme_count", ""], region="中北镇")
R(d, "居全区首位", "首位", 1, "位", "rank", RK, ["tsme_count", ""], region="中北镇")
R(d, "分别以36家", "36家", 36, "家", "level", RK, ["tsme_count", ""], region="精武镇")
R(d, "、35家", "35家", 35, "家", "level", RK, ["tsme_count", ""], region="西青经济技术开发区")
R(d, "位列第二", "第二", 2, "位", "rank", RK, ["tsme_count", ""], region="精武镇")
R(d, "、第三", "第三", 3, "位", "rank", RK, ["tsme_count", ""], region="西青经济技术开发区")
SD = XQ + [""]  # 三地合计: three places together
R(d, "合计112家", "112家", 112, "家", "level", ["三地合计"] + RK, "", region=SD)
R(d, "本批的51.6%", "51.6%", 51.6, "%", "share", ["三地合计", "占本批"], "", region=SD)
R(
    d,
    "合计7.01亿元",
    "7.01亿元",
    V("7.01", "亿"),
    "元",
    "level",
    YF,
    ["", "rd_spend_enterprise"],
    period="2024",
    category=[RE, TS],
)
R(
    d,
    "约323万元",
    "约323万元",
    V("323", "万"),
    "元",
    "level",
    ["户均", "户均研发费用"] + YF,
    "",
    qualifier="about",
    period="2024",
    category=[RE, TS],
)
R(d, "企业129家", "129家", 129, "家", "level", ["首次入库的企业", "首次入库"], ["", "tsme_count"])
R(d, "占59.4%", "59.4%", 59.4, "%", "share", ["首次入库的企业", "首次入库"], "")
R(d, "企业203家", "203家", 203, "家", "level", ["拥有有效知识产权的企业"], "", category=[TS, PT])
R(d, "占比93.5%", "93.5%", 93.5, "%", "share", ["拥有有效知识产权的企业", "占比"], "", category=[TS, PT])
R(d, "共158家", "158家", 158, "家", "level", ["小微企业", "营业收入不足2000万元的小微企业"], "")
LJ = ["2025", "2025-01/2025-07"]  # 截至目前 (2025-07-22)
LK = ["累计入库科技型中小企业", "科技型中小企业"]
R(d, "企业612家", "612家", 612, "家", "level", LK, "tsme_count", period=LJ)
R(d, "（700家）", "700家", 700, "家", "level", ["全年目标"] + LK, "tsme_count", planned=True)
R(d, "的87.4%", "87.4%", 87.4, "%", SL, ["完成全年目标", "全年目标"], "", period=LJ)
R(d, "增长14.2%", "14.2%", 14.2, "%", "growth", LK, "tsme_count", period=LJ)
NOT_INDICATORS["b03.txt"] = [
    ("关于2025年第三批", "2025", "date (batch year)"),
    ("营业收入不足2000万元", "2000", "group threshold"),
    ("之日起5个工作日", "5", "duration of the notice"),
    ("附件：1.", "1", "list marker"),
    ("　2.入库", "2", "list marker"),
    ("2025年7月22日", "2025", "signature date"),
    ("2025年7月22日", "7", "signature date"),
    ("2025年7月22日", "22", "signature date"),
]

# ---------------------------------------------------------------- b04
# 荆门高新区管委会 2024 annual summary with 2025 plans. The zone is the home
# region (code ""), named 荆门高新区 and 我区/区内; the city (荆门市) appears
# only as 全市. Zone GDP; 首次突破700亿元，达到713.5亿元; 占…比重 with 比上年提高;
# `约为全市平均水平的2.8倍`; 其中国家级 parts; 孵化面积 `约42万平方米`; a rank
# change written as two ranks `由上年的第107位跃升至第96位`; a threshold
# `亿元以上项目` and `单体10亿元以上项目9个` (10亿元 no record); targets
# 左右/突破/以上/前90位.
GX4 = ["荆门高新区", "荆门高新技术产业开发区", "高新区"]
d = doc("b04.txt", GX4, "2024", EC)
GDP = ["地区生产总值"]
R(d, "总值286.4亿元", "286.4亿元", V("286.4", "亿"), "元", "level", GDP, ["gdp", ""])
R(d, "增长6.8%", "6.8%", 6.8, "%", "growth", GDP, ["gdp", ""])
GC = ["规上工业总产值", "规模以上工业总产值"]
R(d, "突破700亿元", "700亿元", V("700", "亿"), "元", "level", GC, "", qualifier=QM)
R(d, "达到713.5亿元", "713.5亿元", V("713.5", "亿"), "元", "level", GC, "")
R(d, "增长9.2%", "9.2%", 9.2, "%", "growth", GC, "")
HV = ["高新技术产业增加值"]
R(d, "增加值118.6亿元", "118.6亿元", V("118.6", "亿"), "元", "level", HV, "hti_value_added", category=HTI)
R(
    d,
    "比重为52.7%",
    "52.7%",
    52.7,
    "%",
    "share",
    ["高新技术产业增加值占规上工业增加值的比重", "占规上工业增加值的比重"] + HV,
    "hti_value_added",
    category=HTI,
)
R(
    d,
    "2.3个百分点",
    "2.3个百分点",
    2.3,
    "百分点",
    "growth",
    ["占规上工业增加值的比重"] + HV,
    "hti_value_added",
    category=HTI,
)
R(
    d,
    "投入19.8亿元",
    "19.8亿元",
    V("19.8", "亿"),
    "元",
    "level",
    ["全社会研发投入", "研发投入"],
    "rd_spend",
    category=RE,
)
R(d, "强度达到6.91%", "6.91%", 6.91, "%", "share", ["研发投入强度"], "rd_intensity", category=RE)
R(
    d,
    "约为全市平均水平的2.8倍",
    "2.8倍",
    2.8,
    "倍",
    SL,
    ["研发投入强度为全市平均水平的倍数", "研发投入强度", "全市平均水平"],
    ["", "rd_intensity"],
    qualifier="about",
    category=RE,
)
R(d, "高新技术企业47家", "47家", 47, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
HT4 = ["高新技术企业", "高新技术企业有效数量"]
R(d, "增至236家", "236家", 236, "家", "level", HT4, "hte_count", period=Y24, category=HT)
R(d, "总数的41.2%", "41.2%", 41.2, "%", "share", ["占全市总数"] + HT4, ["hte_count", ""], period=Y24, category=HT)
KZ4 = ["科技型中小企业入库数", "科技型中小企业"]
R(d, "入库数达318家", "318家", 318, "家", "level", KZ4, "tsme_count", category=TS)
R(d, "增长21.8%", "21.8%", 21.8, "%", "growth", KZ4, "tsme_count", category=TS)
PT4 = ["省级以上研发平台", "研发平台"]
R(d, "研发平台9个", "9个", 9, "个", "level", ["新增省级以上研发平台"] + PT4, ["rd_institutions", ""], category=RI)
R(d, "国家级1个", "1个", 1, "个", "level", ["国家级研发平台", "国家级"], ["", "rd_institutions"], category=RI)
R(
    d,
    "总数达到104个",
    "104个",
    104,
    "个",
    "level",
    ["各类研发平台", "研发平台"],
    ["rd_institutions", ""],
    period=Y24,
    category=RI,
)
R(d, "孵化器6家", "6家", 6, "家", "level", ["科技企业孵化器"], "incubators", period=Y24, category=IN)
R(
    d,
    "国家级2家",
    "2家",
    2,
    "家",
    "level",
    ["国家级科技企业孵化器", "国家级"],
    ["incubators", ""],
    period=Y24,
    category=IN,
)
R(d, "众创空间11家", "11家", 11, "家", "level", ["众创空间"], "maker_spaces", period=Y24, category=IN)
R(
    d,
    "约42万平方米",
    "约42万平方米",
    420000,
    "平方米",
    "level",
    ["孵化面积"],
    "",
    qualifier="about",
    period=Y24,
    category=IN,
)
R(d, "人才128名", "128名", 128, "名", "level", ["博士等高层次人才", "高层次人才"], "", category=TA)
PM = ["国家高新区综合评价", "综合排名", "排名"]
R(d, "第107位", "第107位", 107, "位", "rank", PM, "innovation_rank", period=["2023", ""], category="other")
R(d, "第96位", "第96位", 96, "位", "rank", PM, "innovation_rank", period=["2024", ""], category="other")
R(
    d,
    "居第5位",
    "第5位",
    5,
    "位",
    "rank",
    ["在全省国家高新区中", "综合排名", "国家高新区综合评价"],
    "innovation_rank",
    period=["2024", ""],
    category="other",
)
XM = ["亿元以上项目", "签约亿元以上项目"]
R(d, "项目42个", "42个", 42, "个", "level", XM, "", category=[INV, "project"])
R(d, "投资额386亿元", "386亿元", V("386", "亿"), "元", "level", ["协议投资额"], "", category=INV)
R(d, "项目9个", "9个", 9, "个", "level", ["单体10亿元以上项目", "10亿元以上项目"], "", category=[INV, "project"])
R(d, "重点项目137个", "137个", 137, "个", "level", ["重点项目", "实施重点项目"], "", category=[INV, "project"])
R(d, "投资215.3亿元", "215.3亿元", V("215.3", "亿"), "元", "level", ["完成投资"], "", category=INV)
R(d, "增长12.6%", "12.6%", 12.6, "%", "growth", ["完成投资"], "", category=INV)
R(d, "7%左右", "7%左右", 7, "%", "growth", GDP, ["gdp", ""], qualifier="about", planned=True, period="2025")
R(
    d,
    "突破260家",
    "260家",
    260,
    "家",
    "level",
    ["有效期内高新技术企业", "高新技术企业"],
    "hte_count",
    qualifier=QM,
    planned=True,
    period="2025",
    category=HT,
)
R(
    d,
    "7%以上",
    "7%以上",
    7,
    "%",
    "share",
    ["研发投入强度"],
    "rd_intensity",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=RE,
)
R(
    d,
    "5万平方米",
    "5万平方米",
    50000,
    "平方米",
    "level",
    ["新增孵化面积", "孵化面积"],
    "",
    planned=True,
    period="2025",
    category=IN,
)
R(
    d,
    "前90位",
    "前90位",
    90,
    "位",
    "rank",
    ["综合排名"],
    "innovation_rank",
    qualifier=QR,
    planned=True,
    period="2025",
    category="other",
)
NOT_INDICATORS["b04.txt"] = [
    ("管委会2024年工作总结和2025年", "2024", "title year"),
    ("管委会2024年工作总结和2025年", "2025", "title year"),
    ("　　2024年，荆门", "2024", "date"),
    ("一、2024年工作总结", "2024", "section year"),
    ("二、2025年工作安排", "2025", "section year"),
    ("单体10亿元以上", "10", "group threshold"),
]

# ---------------------------------------------------------------- b05
# A Hong Kong-style newspaper story in TRADITIONAL characters about 江门 (广东):
# HK wording 按年增長 / 按年上升 / 按年升 / 按年跌 (negative growth), 當中, 合共,
# 逾 (more_than), 億元人民幣 (unit 元; 人民幣 outside the span), thousands
# separators (2,618家), a headline `首破3%` (突破, left out of text) that the body
# repeats as `首次突破3%`, a rank `第五` among `大灣區內地九市` (九市 no record),
# district figures and `位居全市首位`, `增逾一成`, and 港澳/香港 names that are
# not the region (the figures are 江门's). The year comes from 去年 and the
# date line 2025年3月12日.
JM = ["江门市", "江門市", "江门", "江門"]
d = doc("b05.txt", JM, "2024", RE)
RD5 = ["全社會研發（R&D）經費投入", "研發經費投入", "研發經費", "全社会研发（R&D）经费投入", "研发经费投入", "研发经费"]
RI5 = ["研發投入強度", "研发投入强度"]
R(d, "首破3%", "3%", 3, "%", "share", RI5, "rd_intensity", qualifier=QM)
R(d, "升0.21個百分點\n", "0.21個百分點", 0.21, "百分点", "growth", RI5, "rd_intensity")
R(d, "達128.7億元", "128.7億元", V("128.7", "亿"), "元", "level", RD5, "rd_spend")
R(d, "增長11.6%", "11.6%", 11.6, "%", "growth", RD5, "rd_spend")
R(d, "強度為3.02%", "3.02%", 3.02, "%", "share", RI5, "rd_intensity")
R(d, "上升0.21個百分點", "0.21個百分點", 0.21, "百分点", "growth", RI5, "rd_intensity")
R(d, "首次突破3%", "3%", 3, "%", "share", RI5, "rd_intensity", qualifier=QM)
R(d, "排名第五", "第五", 5, "位", "rank", RI5, "rd_intensity")
GS5 = ["規模以上工業企業研發經費", "规模以上工业企业研发经费"]
R(d, "經費106.4億元", "106.4億元", V("106.4", "亿"), "元", "level", GS5, "rd_spend_enterprise")
R(d, "增長13.2%", "13.2%", 13.2, "%", "growth", GS5, "rd_spend_enterprise")
R(d, "經費的82.7%", "82.7%", 82.7, "%", "share", ["佔全市研發經費", "占全市研发经费"] + GS5, "rd_spend_enterprise")
R(
    d,
    "合共9.8億元",
    "9.8億元",
    V("9.8", "亿"),
    "元",
    "level",
    ["政府屬研究機構及高校的研發經費", "政府属研究机构及高校的研发经费", "研發經費", "研发经费"],
    "",
)
R(d, "分別為3.86%", "3.86%", 3.86, "%", "share", RI5, "rd_intensity", region=["蓬江区", "蓬江區"])
R(d, "、4.52%", "4.52%", 4.52, "%", "share", RI5, "rd_intensity", region=["江海区", "江海區"])
R(d, "和2.97%", "2.97%", 2.97, "%", "share", RI5, "rd_intensity", region=["新会区", "新會區"])
R(d, "位居全市首位", "首位", 1, "位", "rank", RI5, "rd_intensity", region=["江海区", "江海區"])
R(d, "按年跌3.4%", "3.4%", -3.4, "%", "growth", ["研發經費", "研发经费"], "rd_spend", region="台山市")
HT5 = ["有效期內的高新技術企業", "高新技術企業", "有效期内的高新技术企业", "高新技术企业"]
R(d, "共2,618家", "2,618家", 2618, "家", "level", HT5, "hte_count", period=Y24, category=HT)
R(d, "增逾一成", "逾一成", 10, "%", "growth", HT5, "hte_count", qualifier="more_than", period=Y24, category=HT)
R(d, "入庫3,904家", "3,904家", 3904, "家", "level", ["科技型中小企業", "科技型中小企业"], "tsme_count", category=TS)
FM5 = ["發明專利授權量", "发明专利授权量"]
R(d, "授權量2,145件", "2,145件", 2145, "件", "level", FM5, "invention_patent_grants", category=PT)
R(d, "增長18.9%", "18.9%", 18.9, "%", "growth", FM5, "invention_patent_grants", category=PT)
R(
    d,
    "擁有量6.8件",
    "6.8件",
    6.8,
    "件",
    LS,
    ["每萬人口高價值發明專利擁有量", "每万人口高价值发明专利拥有量"],
    ["", "invention_patents_per_10k"],
    period=Y24,
    category=PT,
)
TV5 = ["技術合同成交額", "技术合同成交额"]
R(d, "成交額87.3億元", "87.3億元", V("87.3", "亿"), "元", "level", TV5, "tech_contract_value", category=TM)
R(d, "升26.5%", "26.5%", 26.5, "%", "growth", TV5, "tech_contract_value", category=TM)
R(
    d,
    "約210家",
    "約210家",
    210,
    "家",
    "level",
    ["港澳資高新技術企業", "港澳资高新技术企业"],
    "",
    qualifier="about",
    period=Y24,
    category=HT,
)
R(
    d,
    "研發平台17個",
    "17個",
    17,
    "个",
    "level",
    ["與港澳高校共建研發平台", "研發平台", "与港澳高校共建研发平台", "研发平台"],
    ["", "rd_institutions"],
    category=RI,
)
R(d, "有24項", "24項", 24, "项", "level", ["成果轉化項目", "成果转化项目"], "", category=[TM, "project"])
R(
    d,
    "近8億元",
    "近8億元",
    V("8", "亿"),
    "元",
    "level",
    ["帶動投資", "带动投资"],
    "",
    qualifier="nearly",
    category=[INV, TM],
)
R(d, "10%以上", "10%以上", 10, "%", "growth", RD5, "rd_spend", qualifier="at_least", planned=True, period="2025")
R(
    d,
    "研發機構3家",
    "3家",
    3,
    "家",
    "level",
    ["省級新型研發機構", "省级新型研发机构", "新型研發機構", "新型研发机构"],
    "rd_institutions",
    planned=True,
    period="2025",
    category=RI,
)
R(
    d,
    "突破2,800家",
    "2,800家",
    2800,
    "家",
    "level",
    ["高新技術企業總數", "高新技術企業", "高新技术企业总数", "高新技术企业"],
    "hte_count",
    qualifier=QM,
    planned=True,
    period=["2025", "2025-12"],
    category=HT,
)
NOT_INDICATORS["b05.txt"] = [
    ("2025年3月12日", "2025", "date line"),
    ("2025年3月12日", "3", "date line"),
    ("2025年3月12日", "12", "date line"),
]

# ---------------------------------------------------------------- b06
# 临沂市科技局 公示 on the 2024年度 第二批 科技创新券 兑现: a PIPE table by
# enterprise class (counts, 万元 amounts, shares) with a 合计 row whose share
# is 100.0 and whose other cells repeat the lead; four service types that add
# up to the total; 县区 figures with `居全市前三位` (one rank for three
# districts) and `分列第一、二位` (the second rank written `二位`); a maximum and
# an average per firm; the year's total from two batches; 公示期 dates.
LY = ["临沂市", "临沂"]
P6 = ["2024", "2025"]  # 2024年度 vouchers redeemed in 2025 (notice of 2025-03-10)
d = doc("b06.txt", LY, P6, IV)
TABLES["b06.txt"] = dict(
    sep="|",
    title="　　一、按企业类别",
    head="| 企业类别 | 企业数（家） | 兑现金额（万元） | 占兑现总额比重（%） |",
    rule="| --- | --- | --- | --- |",
    rows=[
        ("高新技术企业", ["58", "612.4", "47.6"]),
        ("科技型中小企业", ["79", "531.8", "41.4"]),
        ("其他中小微企业", ["26", "141.4", "11.0"]),
        ("合计", ["163", "1285.6", "100.0"]),
    ],
)
DX = ["兑现金额", "科技创新券兑现金额", "兑现科技创新券"]
QS = ["兑现企业", "企业数", "拟兑现科技创新券的企业"]
R(d, "企业共163家", "163家", 163, "家", "level", QS, "")
R(d, "合计1285.6万元", "1285.6万元", V("1285.6", "万"), "元", "level", DX, "voucher_used")
for label, (n, money, share) in TABLES["b06.txt"]["rows"]:
    total = label == "合计"
    cat = IV if total else [IV, HT if label == "高新技术企业" else TS if label == "科技型中小企业" else "enterprise"]
    R(d, label, n, int(n), "家", "level", [label + "企业数"] + QS if not total else QS, "", cell=0, category=cat)
    R(
        d,
        label,
        money,
        V(money, "万"),
        "元",
        "level",
        [label + "兑现金额"] + DX if not total else DX,
        "voucher_used" if total else ["voucher_used", ""],
        cell=1,
        scale="万",
        category=cat,
    )
    R(
        d,
        label,
        share,
        float(share),
        "%",
        "share",
        ["占兑现总额比重"] + ([label] if not total else []),
        "",
        cell=2,
        category=cat,
    )
FWL = [
    ("的金额为538.2万元", "538.2万元", "检验检测服务"),
    ("研发设计服务412.7万元", "412.7万元", "研发设计服务"),
    ("成果转化服务206.3万元", "206.3万元", "技术转移与成果转化服务"),
    ("共享服务128.4万元", "128.4万元", "大型科研仪器共享服务"),
]
for a, f, name in FWL:
    R(d, a, f, V(f[:-2], "万"), "元", "level", [name, name + "金额"] + DX, ["voucher_used", ""])
R(d, "分别为41家", "41家", 41, "家", "level", QS, "", region="兰山区")
R(d, "、27家", "27家", 27, "家", "level", QS, "", region="河东区")
R(d, "和23家", "23家", 23, "家", "level", QS, "", region="罗庄区")
R(
    d,
    "居全市前三位",
    "前三位",
    3,
    "位",
    "rank",
    DX,
    ["voucher_used", ""],
    qualifier=QR,
    region=["兰山区", "河东区", "罗庄区", "临沂市"],
)
R(d, "兑现112.5万元", "112.5万元", V("112.5", "万"), "元", "level", DX, "voucher_used", region="沂水县")
R(d, "和86.9万元", "86.9万元", V("86.9", "万"), "元", "level", DX, "voucher_used", region="临沭县")
R(d, "分列第一、", "第一", 1, "位", "rank", DX, ["voucher_used", ""], region="沂水县")
R(d, "、二位", "二位", 2, "位", "rank", DX, ["voucher_used", ""], region="临沭县")
R(
    d,
    "最高为30万元",
    "30万元",
    V("30", "万"),
    "元",
    "level",
    ["单家企业兑现金额最高", "单家企业兑现金额"],
    "",
    category=[IV, FU],
)
R(
    d,
    "约7.9万元",
    "约7.9万元",
    V("7.9", "万"),
    "元",
    "level",
    ["平均每家", "平均每家兑现金额"],
    "",
    qualifier="about",
    category=[IV, FU],
)
R(d, "第一批的155家", "155家", 155, "家", "level", ["第一批兑现企业", "第一批"] + QS, "")
R(
    d,
    "、1076.3万元",
    "1076.3万元",
    V("1076.3", "万"),
    "元",
    "level",
    ["第一批兑现金额", "第一批"] + DX,
    ["voucher_used", ""],
)
LJ6 = ["累计兑现科技创新券", "兑现科技创新券", "累计兑现"]
R(d, "创新券2361.9万元", "2361.9万元", V("2361.9", "万"), "元", "level", LJ6, "voucher_used", period="2024")
R(d, "增长23.5%", "23.5%", 23.5, "%", "growth", LJ6, "voucher_used", period="2024")
R(d, "惠及企业318家", "318家", 318, "家", "level", ["惠及企业"], "", period="2024", category=[IV, "enterprise"])
R(
    d,
    "约2.1亿元",
    "约2.1亿元",
    V("2.1", "亿"),
    "元",
    "level",
    ["带动企业新增研发投入", "新增研发投入"],
    "",
    qualifier="about",
    period="2024",
    category=[IV, RE],
)
NOT_INDICATORS["b06.txt"] = [
    ("关于2024年度第二批", "2024", "title year"),
    ("，2024年度全市", "2024", "year"),
    ("期为2025年3月10日至3月16日", "2025", "notice period"),
    ("期为2025年3月10日至3月16日", "3", "notice period (both months)"),
    ("期为2025年3月10日至3月16日", "10", "notice period"),
    ("期为2025年3月10日至3月16日", "16", "notice period"),
    ("局\n2025年3月10日", "2025", "signature date"),
    ("局\n2025年3月10日", "3", "signature date"),
    ("局\n2025年3月10日", "10", "signature date"),
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
    """{label: (line, offset)} of a table's rows, after checking its layout."""
    tb = TABLES[name]
    lines = text.split("\n")
    if lines.count(tb["title"]) != 1:
        sys.exit(f"{name}: table title {tb['title']!r} is not once a line")
    i = lines.index(tb["title"]) + 1
    if tb["sep"] == "|":
        i += 1  # blank line between the heading and a pipe table
    if lines[i] != tb["head"]:
        sys.exit(f"{name}: table header is {lines[i]!r}")
    i += 1
    if "rule" in tb:
        if lines[i] != tb["rule"]:
            sys.exit(f"{name}: table rule is {lines[i]!r}")
        i += 1
    out = {}
    for k, (label, cells) in enumerate(tb["rows"]):
        ln = lines[i + k]
        lead = label + "\t" if tb["sep"] == "\t" else "| " + label + " |"
        if not ln.startswith(lead) or [m.group() for m in NUM.finditer(ln, len(lead))] != cells:
            sys.exit(f"{name}: table row {k} is {ln!r}")
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
    a leading sign ignored, Chinese numerals read (成 = 10 %, 首位 = 1),
    万/亿 (萬/億) folded in; a bare table cell takes its column's unit."""
    t = unicodedata.normalize("NFKC", r["fig"]).replace(",", "").replace("萬", "万").replace("億", "亿")
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
    # b01 通海县, 2023 unless marked
    "b01_rd23": D("3.434"),  # 亿元
    "b01_gdp24": D("224.4"),  # 亿元, implied by 3.86 / 1.72 %
    "b01_gdp23": D("213.3"),  # 3.434 / 213.3 = 1.61 %
    "b01_hte23": 49,
    "b01_tsme23": 90,
    "b01_tc23": D("0.94"),  # 亿元
    "b01_budget24": D("29.78"),  # 亿元, 一般公共预算支出
    "b01_fis_share23": D("1.9"),
    "b01_pop24": D("30.6"),  # 万人
    "b01_held24": 110,  # 有效发明专利, 件
    # b02 江西省 Q1 2024
    "b02_n24": 5230,
    "b02_v24": D("179.54"),
    "b02_nat_growth": D("22.3"),
    "b02_gx24": D("16.63"),
    "b02_gx_growth24": D("25.7"),
    "b02_xn24": D("150.16"),
    # b03 西青区
    "b03_cum24": 536,  # 2024 同期累计入库
    # b04 荆门高新区
    "b04_city_hte": 573,  # 荆门市有效高企
    "b04_hti_share23": D("50.4"),
    "b04_tsme23": 261,
    "b04_city_intensity": D("2.47"),  # 荆门市 R&D 投入强度, %
    "b04_inv23": D("191.2"),
    # b05 江门市
    "b05_rd23": D("115.3"),
    "b05_gdp24": D("4262"),  # 亿元, implied by 128.7 / 3.02 %
    "b05_gdp23": D("4103"),  # 115.3 / 4103 = 2.81 %
    "b05_ent23": D("94.0"),
    "b05_hte23": 2350,
    "b05_inv_grants23": 1804,
    "b05_tc23": D("69.0"),
    # b06 临沂市
    "b06_v23": D("1912.5"),  # 万元, 2023年度兑现
}
P = PREV
T3 = dict(TABLES["b03.txt"]["rows"])
C3 = [k for k in T3 if k != "合计"]
T6 = dict(TABLES["b06.txt"]["rows"])
C6 = [k for k in T6 if k != "合计"]

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # b01
    (growth(D("3.86"), P["b01_rd23"]), D("12.4")),
    (pct(D("3.86"), P["b01_gdp24"], 2), D("1.72")),
    (pct(P["b01_rd23"], P["b01_gdp23"], 2) + D("0.11"), D("1.72")),
    (D(58 - P["b01_hte23"]), D(9)),
    (rnd(D(126) / P["b01_tsme23"]), D("1.4")),
    (14 >= 9, True),  # 新认定 at least the net increase
    (growth(D("1.27"), P["b01_tc23"]), D("35.1")),
    (pct(D("0.685"), P["b01_budget24"]), D("2.3")),
    (D("2.3") - P["b01_fis_share23"], D("0.4")),
    (rnd(D(P["b01_held24"]) / P["b01_pop24"]), D("3.6")),
    (38 < 412 and D(P["b01_held24"]) > 38, True),
    (D("1.5") > D("1.27") and 400 <= 412 and D("4.3") > D("3.86"), True),  # targets
    (pct(D("4.3"), P["b01_gdp24"] * D("1.05"), 2) >= D("1.80"), True),  # 4.3亿 on a 5 % larger GDP is about 1.85 %
    # b02
    (D("68.27") + D("21.93") + D("4.51") + D("141.74"), D("236.45")),
    (pct(D("141.74"), D("236.45")), D("59.9")),
    (D("141.74") > D("68.27") > D("21.93") > D("4.51"), True),  # 居四类合同首位
    (growth(6182, P["b02_n24"]), D("18.2")),
    (growth(D("236.45"), P["b02_v24"]), D("31.7")),
    (D("31.7") - P["b02_nat_growth"], D("9.4")),
    (pct(D("201.6"), D("236.45")), D("85.3")),
    (D("201.6") + D("23.7") < D("236.45"), True),
    (growth(D("23.7"), P["b02_gx24"]), D("42.5")),
    (D("42.5") - P["b02_gx_growth24"], D("16.8")),
    (growth(D("191.3"), P["b02_xn24"]), D("27.4")),
    (pct(D("64.8"), D("191.3")), D("33.9")),
    (1302 < 4975, True),
    (D("38.6") > D("27.4") > D("21.9") > D("19.6") > D("15.3"), True),  # 第二位, 第三, then the rest
    (D("86.3") > D("64.1") > D("58.7") > D("31.7"), True),  # 萍乡 first, 新余 second, 鹰潭 third
    (D("38.6") + D("27.4") + D("21.9") + D("19.6") + D("15.3") < D("236.45"), True),
    (D("15.3") > 15, True),
    (D(900) > D("236.45") * 3, True),
    # b03
    (sum(int(T3[c][0]) for c in C3), int(T3["合计"][0])),
    (sum(int(T3[c][1]) for c in C3), int(T3["合计"][1])),
    (int(T3["合计"][0]), 217),
    (rnd(D(T3["合计"][1]) / 10**4, 2), D("7.01")),
    (rnd(D(T3["合计"][1]) / 217, 0), D(323)),
    (sorted(C3, key=lambda c: -int(T3[c][0]))[:3], ["中北镇", "精武镇", "西青经济技术开发区"]),
    (int(T3["中北镇"][0]) + int(T3["精武镇"][0]) + int(T3["西青经济技术开发区"][0]), 112),
    (pct(112, 217), D("51.6")),
    (pct(129, 217), D("59.4")),
    (pct(203, 217), D("93.5")),
    (158 < 217, True),
    (pct(612, 700), D("87.4")),
    (growth(612, P["b03_cum24"]), D("14.2")),
    (217 < 612, True),
    # b04
    (713.5 > 700, True),
    (pct(D("19.8"), D("286.4"), 2), D("6.91")),
    (rnd(D("6.91") / P["b04_city_intensity"]), D("2.8")),
    (D("52.7") - P["b04_hti_share23"], D("2.3")),
    (D("118.6") < D("286.4"), True),
    (pct(236, P["b04_city_hte"]), D("41.2")),
    (47 < 236, True),
    (growth(318, P["b04_tsme23"]), D("21.8")),
    (1 < 9 < 104 and 2 < 6, True),
    (107 - 96, 11),  # 跃升11位
    (9 < 42, True),
    (growth(D("215.3"), P["b04_inv23"]), D("12.6")),
    (260 > 236 and D(7) > D("6.91") and 90 < 96, True),  # targets
    # b05
    (growth(D("128.7"), P["b05_rd23"]), D("11.6")),
    (pct(D("128.7"), P["b05_gdp24"], 2), D("3.02")),
    (pct(P["b05_rd23"], P["b05_gdp23"], 2), D("2.81")),
    (D("3.02") - D("2.81"), D("0.21")),
    (D("3.02") > 3 and D("2.81") < 3, True),  # 首次突破3%
    (growth(D("106.4"), P["b05_ent23"]), D("13.2")),
    (pct(D("106.4"), D("128.7")), D("82.7")),
    (D("106.4") + D("9.8") < D("128.7"), True),
    (max([D("3.86"), D("4.52"), D("2.97"), D("3.02")]), D("4.52")),  # 江海区 居全市首位 (above the city, too)
    (growth(2618, P["b05_hte23"]) > 10, True),  # 增逾一成
    (growth(2145, P["b05_inv_grants23"]), D("18.9")),
    (growth(D("87.3"), P["b05_tc23"]), D("26.5")),
    (210 < 2618 and 2800 > 2618, True),
    # b06
    (sum(int(T6[c][0]) for c in C6), int(T6["合计"][0])),
    (sum(D(T6[c][1]) for c in C6), D(T6["合计"][1])),
    (all(pct(T6[c][1], T6["合计"][1]) == D(T6[c][2]) for c in C6), True),
    (sum(D(T6[c][2]) for c in C6), D(T6["合计"][2])),
    ((int(T6["合计"][0]), D(T6["合计"][1])), (163, D("1285.6"))),
    (D("538.2") + D("412.7") + D("206.3") + D("128.4"), D("1285.6")),
    (41 + 27 + 23 + 0 < 163, True),
    (D("112.5") > D("86.9") and D("112.5") + D("86.9") < D("1285.6"), True),
    (rnd(D("1285.6") / 163), D("7.9")),
    (D(30) > D("7.9"), True),
    (155 + 163, 318),
    (D("1076.3") + D("1285.6"), D("2361.9")),
    (growth(D("2361.9"), P["b06_v23"]), D("23.5")),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
