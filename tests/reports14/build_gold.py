#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports14 from hand annotations.

Same layout as tests/reports4-12. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of c06's targets table (cells
separated by one TAB, the unit in a column of its own, a 属性 column without
numbers) are located by their row label (exactly one line of the document
starts with the label and the TAB) and the position of the number in that
row; the script checks the table's title, its header line, the numbers of
every row, and the blank line after the last row. A money cell takes its
row's unit (亿元) as its scale.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(whitespace and thousands separators removed, Chinese numerals read, 成 =
10 %, 首位 = 1, 万/亿 folded in, a table cell scaled by its row's unit)
equals |value|, every Arabic number in every text is either inside a record
or listed in NOT_INDICATORS with its reason (so no figure is forgotten),
every field takes an allowed value, and the invented figures agree with
each other (parts add up, shares, growth rates, intensities, progress
classes and ranks match; see CONSISTENCY at the end).
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
    # c01 江西省 抚州市 and three of its county-level units
    "抚州市": "361000",
    "抚州": "361000",
    "临川区": "361002",
    "南城县": "361021",
    "黎川县": "361022",
    "江西省": "360000",
    "江西": "360000",
    # c02 天津市 北辰区
    "北辰区": "120113",
    "天津市北辰区": "120113",
    "天津市": "120000",
    "天津": "120000",
    # c03 内蒙古自治区 满洲里市
    "满洲里市": "150781",
    "满洲里": "150781",
    # c04 重庆市 綦江区
    "綦江区": "500110",
    "重庆市綦江区": "500110",
    # c05 福建省 宁德市 福鼎市
    "福鼎市": "350982",
    "福鼎": "350982",
    # c06 河北省 唐山市 迁安市
    "迁安市": "130283",
    "迁安": "130283",
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
HI = "high_tech_industry"
RI = "rd_institution"
RE = "rd_expenditure"
TM = "tech_market"
TS = "tech_sme"
PT = "patent"
FU = "funding"
TA = "talent"
OT = "other"
SL = ["share", "level"]  # rates and ratios (corpus 13, reports3-12)
GL = ["growth", "level"]  # increase amounts, 是X年的N倍 (corpus A02, reports3-12)
LS = ["level", "share"]  # per-10k and per-capita ratios (reports9-12)
QM = ["more_than", None]  # 突破, left out of text (reports3-12)
HN = ["hte_new", "hte_count"]  # 净增 of the stock (reports4-12)
RIS = ["rd_institutions", ""]  # 研发平台 / 研发机构 counts
FS = [FU, RE, OT]  # 财政科技支出
FIN = [FU, OT, "economy"]  # 科技金融: loans, funds, pools
EOT = [RE, "enterprise", OT]  # shares of enterprises with R&D activity

# ---------------------------------------------------------------- c01
# 抚州市 新闻发布会 文字实录 (half-width punctuation), dated 2025-04-23:
# 主持人 / 发布人 / 记者 turns, 谢谢 ending. 去年 = 2024; 今年一季度 =
# 2025-01/2025-03; the 统计局 answer quotes 2023 R&D. `首次突破千家`
# (Chinese numeral 千, repeating 1036 as a threshold passed); two `第2位`
# (a growth rank of 技术合同 among 江西's 11 设区市, and of R&D); `接近八成`;
# county figures (临川区 首位, 南城县, 黎川县); the group count `全市11个县(区)`
# and `超过1%的有6个` (1% is a threshold, no record); 今年 targets.
FZ = ["抚州市", "抚州"]
JX = ["江西省", "江西", ""]
d = doc("c01.txt", FZ, "2024", RE)
Y24 = ["2024", "2024-12"]  # stocks at the end of 去年
Q1 = "2025-01/2025-03"
HTE = ["有效高企总量", "高新技术企业有效数", "有效高企", "高新技术企业"]
R(d, "高新技术企业147家", "147家", 147, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
R(d, "总量达到612家", "612家", 612, "家", "level", HTE, "hte_count", period=Y24, category=HT)
R(d, "净增58家", "58家", 58, "家", GL, ["净增高新技术企业", "净增"] + HTE, HN, period=Y24, category=HT)
KZ = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业1036家", "1036家", 1036, "家", "level", KZ, "tsme_count", category=TS)
R(d, "突破千家", "千家", 1000, "家", "level", KZ, "tsme_count", qualifier=QM, category=TS)
TV = ["技术合同登记成交额", "技术合同成交额", "成交额"]
R(d, "成交额86.4亿元", "86.4亿元", V("86.4", "亿"), "元", "level", TV, "tech_contract_value", category=TM)
R(d, "增长31.5%", "31.5%", 31.5, "%", "growth", TV, "tech_contract_value", category=TM)
R(d, "全省11个设区市", "11个", 11, "个", "level", ["设区市"], "", region=JX, period=["2024", ""], category=OT)
R(d, "排第2位", "第2位", 2, "位", "rank", ["增速"] + TV, "tech_contract_value", category=TM)
HV = ["高新技术产业增加值", "高新技术产业实现的增加值", "高新技术产业增加值占规上工业比重"]
R(d, "占41.2%", "41.2%", 41.2, "%", "share", HV, "hti_value_added", category=HI)
R(d, "1.8个百分点", "1.8个百分点", 1.8, "百分点", "growth", HV, "hti_value_added", category=HI)
TC = ["登记技术合同", "技术合同"]
R(d, "技术合同215项", "215项", 215, "项", "level", TC, "tech_contract_count", period=Q1, category=TM)
R(d, "成交额19.6亿元", "19.6亿元", V("19.6", "亿"), "元", "level", TV, "tech_contract_value", period=Q1, category=TM)
QF = ["规上工业企业研发费用", "研发费用"]
R(d, "研发费用31.7亿元", "31.7亿元", V("31.7", "亿"), "元", "level", QF, "rd_spend_enterprise")
R(d, "增长14.1%", "14.1%", 14.1, "%", "growth", QF, "rd_spend_enterprise")
R(d, "达到46.5%", "46.5%", 46.5, "%", "share", ["有研发活动的企业占比", "有研发活动的企业"], "", category=EOT)
HB = ["研发投入后补助资金", "后补助资金", "兑现资金"]
R(d, "兑现资金5860万元", "5860万元", V("5860", "万"), "元", "level", HB, "", category=FU)
R(d, "企业418家", "418家", 418, "家", "level", ["惠及企业", "后补助企业"], "", category=[FU, "enterprise"])
R(
    d,
    "14万元左右",
    "14万元左右",
    V("14", "万"),
    "元",
    "level",
    ["每家", "平均每家"] + HB,
    "",
    qualifier="about",
    category=FU,
)
RD = ["研究与试验发展经费投入", "研究与试验发展经费", "研发经费", "R&D经费"]
R(d, "投入36.8亿元", "36.8亿元", V("36.8", "亿"), "元", "level", RD, "rd_spend", period="2023")
R(d, "增长12.4%", "12.4%", 12.4, "%", "growth", RD, "rd_spend", period="2023")
R(d, "增幅居全省第2位", "第2位", 2, "位", "rank", ["增幅"] + RD, "rd_spend", period="2023")
QY = ["企业研发经费", "企业研发经费占比"]
R(d, "经费29.1亿元", "29.1亿元", V("29.1", "亿"), "元", "level", QY, "rd_spend_enterprise", period="2023")
R(
    d,
    "接近八成",
    "接近八成",
    80,
    "%",
    "share",
    ["占比"] + QY,
    ["rd_spend_enterprise", ""],
    qualifier="nearly",
    period="2023",
)
RI1 = ["投入强度", "研发投入强度", "研究与试验发展经费投入强度"]
R(d, "强度1.72%", "1.72%", 1.72, "%", "share", RI1, "rd_intensity", period="2023")
R(d, "0.11个百分点", "0.11个百分点", 0.11, "百分点", "growth", RI1, "rd_intensity", period="2023")
R(d, "投入9.2亿元", "9.2亿元", V("9.2", "亿"), "元", "level", RD + ["投入"], "rd_spend", region="临川区", period="2023")
R(d, "居全市首位", "首位", 1, "位", "rank", ["总量"] + RD, "rd_spend", region="临川区", period="2023")
R(d, "强度2.31%", "2.31%", 2.31, "%", "share", RI1, "rd_intensity", region="南城县", period="2023")
R(d, "增长27.6%", "27.6%", 27.6, "%", "growth", ["增速"] + RD, "rd_spend", region="黎川县", period="2023")
R(d, "全市11个县", "11个", 11, "个", "level", ["县(区)", "县区"], "", period=["2023", ""], category=OT)
R(d, "的有6个", "6个", 6, "个", "level", ["投入强度超过1%的县(区)", "县(区)"], "", period="2023", category=[RE, OT])
R(
    d,
    "突破680家",
    "680家",
    680,
    "家",
    "level",
    ["高新技术企业总数"] + HTE,
    "hte_count",
    qualifier=QM,
    planned=True,
    period="2025",
    category=HT,
)
R(
    d,
    "100亿元以上",
    "100亿元以上",
    V("100", "亿"),
    "元",
    "level",
    TV,
    "tech_contract_value",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=TM,
)
R(
    d,
    "1.85%左右",
    "1.85%左右",
    1.85,
    "%",
    "share",
    ["全社会研发投入强度"] + RI1,
    "rd_intensity",
    qualifier="about",
    planned=True,
    period="2025",
)
NOT_INDICATORS["c01.txt"] = [
    ("2025-04-23 16:40", "2025", "date line"),
    ("2025-04-23 16:40", "04", "date line"),
    ("2025-04-23 16:40", "23", "date line"),
    ("2025-04-23 16:40", "16", "date line (time)"),
    ("2025-04-23 16:40", "40", "date line (time)"),
    ("2025年4月23日上午10:00", "2025", "meeting time"),
    ("2025年4月23日上午10:00", "4", "meeting time"),
    ("2025年4月23日上午10:00", "23", "meeting time"),
    ("2025年4月23日上午10:00", "10", "meeting time"),
    ("2025年4月23日上午10:00", "00", "meeting time"),
    ("2024年,全市规上", "2024", "year"),
    ("2023年全市研究", "2023", "year"),
    ("超过1%的有", "1", "group threshold"),
]

# ---------------------------------------------------------------- c02
# 天津市北辰区科学技术局 reply to a 区人大代表建议 (答复, 2025-06-20), full-width
# punctuation, addressee `王立新代表：`, `您提出的《…》收悉`, sections 一–三
# and （一）–（四）, signature, date, 联系人 / 联系电话 / 抄送 lines. 科技投入
# (2024 财政科技支出, 2023 R&D quoted from the 市统计局 with a rank among
# 天津's 16 区) and 科技金融: loans, a risk pool (`放大约47倍`), pledges in
# 笔, a fund; `目前` stocks (the letter's date); plans after 拟 / 力争 with
# `由30%提高到40%` (two records), `不低于2亿元`, `不少于10场`.
BC = ["北辰区", "天津市北辰区"]
TJ = ["天津市", "天津", ""]
d = doc("c02.txt", BC, "2024", FIN)
E24 = ["2024-12", "2024"]  # 截至2024年末
NOW = ["2025-06", "2025"]  # 目前 (letter dated 2025-06-20)
FST = ["财政科学技术支出", "财政科技支出"]
R(d, "支出5.42亿元", "5.42亿元", V("5.42", "亿"), "元", "level", FST, "fiscal_st_spend", category=FS)
R(d, "增长9.6%", "9.6%", 9.6, "%", "growth", FST, "fiscal_st_spend", category=FS)
R(
    d,
    "中占4.3%",
    "4.3%",
    4.3,
    "%",
    "share",
    ["占一般公共预算支出", "财政科学技术支出占一般公共预算支出比重"] + FST,
    "fiscal_st_spend",
    category=FS,
)
RD2 = ["R&D经费", "研究与试验发展经费"]
RI2 = ["投入强度", "R&D经费投入强度"]
R(d, "经费为28.6亿元", "28.6亿元", V("28.6", "亿"), "元", "level", RD2, "rd_spend", period="2023", category=RE)
R(d, "强度2.79%", "2.79%", 2.79, "%", "share", RI2, "rd_intensity", period="2023", category=RE)
R(d, "全市16个区", "16个", 16, "个", "level", ["区"], "", region=TJ, period=["2023", ""], category=OT)
R(d, "列第6位", "第6位", 6, "位", "rank", RI2 + RD2, ["rd_intensity", "rd_spend"], period="2023", category=RE)
DK = ["科技型企业贷款余额", "贷款余额"]
R(d, "余额126.4亿元", "126.4亿元", V("126.4", "亿"), "元", "level", DK, "", period=E24)
R(d, "增长18.3%", "18.3%", 18.3, "%", "growth", DK, "", period=E24)
R(
    d,
    "企业1380户",
    "1380户",
    1380,
    "户",
    "level",
    ["服务科技型企业", "科技型企业"],
    "",
    period=E24,
    category=["enterprise", OT],
)
R(
    d,
    "企业217户",
    "217户",
    217,
    "户",
    "level",
    ["首次获得贷款的企业", "首贷户"],
    "",
    period=E24,
    category=["enterprise", OT],
)
ZJC = ["风险补偿资金池规模", "信贷风险补偿资金池规模", "资金池规模"]
R(d, "规模为5000万元", "5000万元", V("5000", "万"), "元", "level", ZJC, "", period=["2024", "2024-12", ""], category=FU)
R(
    d,
    "放贷23.6亿元",
    "23.6亿元",
    V("23.6", "亿"),
    "元",
    "level",
    ["撬动合作银行放贷", "放贷"],
    "",
    period=["2024", "2024-12", ""],
)
R(d, "约47倍", "约47倍", 47, "倍", LS, ["放大倍数", "放大"], "", qualifier="about", period=["2024", "2024-12", ""])
R(d, "对3笔", "3笔", 3, "笔", "level", ["不良贷款", "给予补偿的不良贷款"], "", category=FU)
R(d, "补偿186万元", "186万元", V("186", "万"), "元", "level", ["补偿", "补偿金额"], "", category=FU)
ZY = ["专利权质押融资金额", "融资金额"]
R(d, "登记86笔", "86笔", 86, "笔", "level", ["专利权质押登记", "质押登记"], "", category=PT)
R(d, "金额9.74亿元", "9.74亿元", V("9.74", "亿"), "元", "level", ZY, "", category=[PT, FU])
R(d, "增长41.6%", "41.6%", 41.6, "%", "growth", ZY, "", category=[PT, FU])
FD = ["investment", FU]
FP = ["2024", "2025", "2025-06", ""]  # 已参与设立 / 累计: at the letter's date or 2024
R(d, "子基金3支", "3支", 3, "支", "level", ["科技创新子基金", "子基金"], "", period=FP, category=FD)
R(
    d,
    "认缴规模12亿元",
    "12亿元",
    V("12", "亿"),
    "元",
    "level",
    ["认缴规模", "子基金认缴规模"],
    "",
    period=FP,
    category=FD,
)
R(
    d,
    "企业19家",
    "19家",
    19,
    "家",
    "level",
    ["投向区内科技型企业", "投资科技型企业"],
    "",
    period=FP,
    category=["investment", "enterprise"],
)
R(d, "金额4.35亿元", "4.35亿元", V("4.35", "亿"), "元", "level", ["投资金额"], "", period=FP, category=FD)
R(
    d,
    "中小企业1652家",
    "1652家",
    1652,
    "家",
    "level",
    ["评价入库科技型中小企业", "科技型中小企业"],
    "tsme_count",
    period=NOW,
    category=TS,
)
R(
    d,
    "技术企业876家",
    "876家",
    876,
    "家",
    "level",
    ["有效期内国家高新技术企业", "高新技术企业"],
    "hte_count",
    period=NOW,
    category=HT,
)
PL = ["2025", ""]
R(d, "扩大到1亿元", "1亿元", V("1", "亿"), "元", "level", ZJC, "", planned=True, period=PL, category=FU)
BL = ["补偿比例", "单笔贷款损失的补偿比例"]
R(d, "由30%", "30%", 30, "%", SL, BL, "", planned=[True, None], period=["2025", "2024", ""], category=FU)
R(d, "提高到40%", "40%", 40, "%", SL, BL, "", planned=True, period=PL, category=FU)
R(
    d,
    "突破150亿元",
    "150亿元",
    V("150", "亿"),
    "元",
    "level",
    DK,
    "",
    qualifier=QM,
    planned=True,
    period=["2025-12", "2025"],
)
R(
    d,
    "不低于2亿元",
    "不低于2亿元",
    V("2", "亿"),
    "元",
    "level",
    ["天使投资基金规模", "天使投资基金", "规模"],
    "",
    qualifier="at_least",
    planned=True,
    period=PL,
    category=FD,
)
R(
    d,
    "不少于10场",
    "不少于10场",
    10,
    "场",
    "level",
    ["银企对接活动", "组织银企对接活动"],
    "",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=OT,
)
NOT_INDICATORS["c02.txt"] = [
    ("第0126号", "0126", "number of the 建议"),
    ("〔2025〕21号", "2025", "document number"),
    ("〔2025〕21号", "21", "document number"),
    ("2024年，全区财政", "2024", "year"),
    ("全区2023年", "2023", "year"),
    ("截至2024年末", "2024", "time point"),
    ("2024年全区办理", "2024", "year"),
    ("到2025年末", "2025", "time point of a target"),
    ("2025年6月20日", "2025", "date line"),
    ("2025年6月20日", "6", "date line"),
    ("2025年6月20日", "20", "date line"),
    ("022-26395817", "022", "phone number"),
    ("022-26395817", "26395817", "phone number"),
]

# ---------------------------------------------------------------- c03
# 满洲里市 科普统计调查结果公报 (2024, issued 2025-08-28), half-width
# punctuation. 科普人员 (专职 + 兼职 = total), 科普场地 (counts, 平方米,
# 人次, 辆), 科普经费 (万元, shares, 人均 in 元), 科普活动 (次, 人次, 项), and
# R&D人员 with 折合全时当量 in 人年 (rd_personnel) and 每万名就业人员中R&D人员.
# Notes `注:1.` / `2.` are list markers. No 科普 figure has a measure.
MZ = ["满洲里市", "满洲里"]
d = doc("c03.txt", MZ, "2024", OT)
PE = [TA, OT]
KP = ["科普人员"]
R(d, "科普人员1486人", "1486人", 1486, "人", "level", KP, "", category=PE)
R(d, "增长6.2%", "6.2%", 6.2, "%", "growth", KP, "", category=PE)
R(d, "专职人员213人", "213人", 213, "人", "level", ["专职科普人员", "专职人员"], "", category=PE)
R(d, "兼职人员1273人", "1273人", 1273, "人", "level", ["兼职科普人员", "兼职人员"], "", category=PE)
ZC = ["具有中级以上职称或本科以上学历的科普人员", "中级以上职称或本科以上学历的科普人员"]
R(d, "科普人员866人", "866人", 866, "人", "level", ZC, "", category=PE)
R(d, "的58.3%", "58.3%", 58.3, "%", "share", ZC + ["占总数"], "", category=PE)
ZY3 = ["注册科普志愿者", "科普志愿者"]
R(d, "志愿者3620人", "3620人", 3620, "人", "level", ZY3, "", category=PE)
R(d, "增加540人", "540人", 540, "人", GL, ZY3, "", category=PE)
FA = ["facility", OT]
R(d, "科技馆2个", "2个", 2, "个", "level", ["科技馆"], "", category=FA)
R(d, "博物馆3个", "3个", 3, "个", "level", ["科学技术类博物馆"], "", category=FA)
R(d, "9400平方米", "9400平方米", 9400, "平方米", "level", ["展厅面积"], "", category=FA)
CG = ["接待参观者", "参观", "科技馆和科学技术类博物馆接待参观者"]
R(d, "参观者21.7万人次", "21.7万人次", V("21.7", "万"), "人次", "level", CG, "", category=FA)
R(
    d,
    "约1.6万人次",
    "约1.6万人次",
    V("1.6", "万"),
    "人次",
    "level",
    ["境外游客", "俄蒙等境外游客"],
    "",
    qualifier="about",
    category=FA,
)
R(d, "馆站5个", "5个", 5, "个", "level", ["青少年科技馆站"], "", category=FA)
R(d, "活动室41个", "41个", 41, "个", "level", ["城市社区科普专用活动室"], "", category=FA)
R(d, "场地67个", "67个", 67, "个", "level", ["农村科普活动场地"], "", category=FA)
R(d, "专用车4辆", "4辆", 4, "辆", "level", ["科普宣传专用车"], "", category=FA)
FO = [FU, OT]
CJ = ["科普经费筹集额", "筹集额"]
R(d, "筹集额2368万元", "2368万元", V("2368", "万"), "元", "level", CJ, "", category=FO)
R(d, "增长11.4%", "11.4%", 11.4, "%", "growth", CJ, "", category=FO)
ZF = ["政府拨款", "科普经费政府拨款"]
R(d, "拨款1875万元", "1875万元", V("1875", "万"), "元", "level", ZF, "", category=FO)
R(d, "的79.2%", "79.2%", 79.2, "%", "share", ZF + ["政府拨款占筹集总额"], "", category=FO)
R(d, "专项经费812万元", "812万元", V("812", "万"), "元", "level", ["科普专项经费"], "", category=FO)
R(d, "48.6元", "48.6元", 48.6, "元", LS, ["人均科普专项经费"], "", category=FO)
R(d, "使用额2241万元", "2241万元", V("2241", "万"), "元", "level", ["科普经费使用额", "使用额"], "", category=FO)
R(
    d,
    "支出1398万元",
    "1398万元",
    V("1398", "万"),
    "元",
    "level",
    ["用于科普活动的支出", "科普活动支出"],
    "",
    category=FO,
)
R(d, "讲座486次", "486次", 486, "次", "level", ["科普讲座", "举办科普讲座"], "")
R(d, "受众6.3万人次", "6.3万人次", V("6.3", "万"), "人次", "level", ["科普讲座受众", "受众"], "")
R(d, "展览72次", "72次", 72, "次", "level", ["科普展览", "举办科普展览"], "")
R(d, "参观18.4万人次", "18.4万人次", V("18.4", "万"), "人次", "level", ["科普展览参观", "参观"], "")
R(d, "活动135项", "135项", 135, "项", "level", ["科技活动周和全国科普日期间开展活动", "开展活动"], "")
R(d, "群众9.6万人次", "9.6万人次", V("9.6", "万"), "人次", "level", ["参与群众", "参与"], "")
RP = [TA, RE]
RY = ["R&D人员"]
QS = ["R&D人员折合全时当量", "折合全时当量", "R&D人员"]
R(d, "人员1062人", "1062人", 1062, "人", "level", RY, "rd_personnel", category=RP)
R(d, "当量638人年", "638人年", 638, "人年", "level", QS, "rd_personnel", category=RP)
R(d, "增长8.5%", "8.5%", 8.5, "%", "growth", QS, "rd_personnel", category=RP)
YJ = ["研究人员折合全时当量", "研究人员"]
R(d, "当量274人年", "274人年", 274, "人年", "level", YJ, ["", "rd_personnel"], category=RP)
R(d, "占42.9%", "42.9%", 42.9, "%", "share", YJ + ["研究人员占比"], ["", "rd_personnel"], category=RP)
R(d, "71.2人年", "71.2人年", 71.2, "人年", LS, ["每万名就业人员中R&D人员"], "rd_personnel", category=RP)
NOT_INDICATORS["c03.txt"] = [
    ("满洲里市2024年度", "2024", "title year"),
    ("2025年8月28日", "2025", "date line"),
    ("2025年8月28日", "8", "date line"),
    ("2025年8月28日", "28", "date line"),
    ("完成了2024年度", "2024", "year"),
    ("2024年,全市共有", "2024", "year"),
    ("2024年全市R&D", "2024", "year"),
    ("注:1.", "1", "note marker"),
    ("2.本公报", "2", "note marker"),
]

# ---------------------------------------------------------------- c04
# 綦江区人大常委会执法检查组 report on the 科学技术进步法 (session line
# `——2025年8月27日在…第二十六次会议上`, full-width punctuation). The
# inspection's own counts (9个部门, 23家, 4场, 420份 / 160份 questionnaires)
# are figures about the work (measure ""); 成效 with 2024 data; 问题 with
# `近六成` (the share of a few leading firms), `仍有52.2%`; suggestions with
# `力争到2027年…2.5%`, `60%以上`, `不少于2亿元` (planned).
QJ = ["綦江区", "重庆市綦江区"]
d = doc("c04.txt", QJ, "2024", RE)
JC = ["2025", ""]  # the inspection (2025年5月至7月)
R(d, "等9个部门", "9个", 9, "个", "level", ["部门", "汇报部门"], "", period=JC, category=OT)
R(
    d,
    "科研机构23家",
    "23家",
    23,
    "家",
    "level",
    ["实地察看企业、园区和科研机构", "实地察看"],
    "",
    period=JC,
    category=[OT, "enterprise"],
)
R(d, "座谈会4场", "4场", 4, "场", "level", ["座谈会", "召开座谈会"], "", period=JC, category=OT)
RD4 = ["R&D经费投入", "R&D经费"]
RI4 = ["投入强度", "R&D经费投入强度"]
R(d, "投入14.9亿元", "14.9亿元", V("14.9", "亿"), "元", "level", RD4, "rd_spend")
R(d, "增长12.9%", "12.9%", 12.9, "%", "growth", RD4, "rd_spend")
R(d, "达到2.07%", "2.07%", 2.07, "%", "share", RI4, "rd_intensity")
R(d, "0.17个百分点", "0.17个百分点", 0.17, "百分点", "growth", RI4, "rd_intensity")
FS4 = ["区级财政科学技术支出", "财政科学技术支出"]
R(d, "支出3.42亿元", "3.42亿元", V("3.42", "亿"), "元", "level", FS4, "fiscal_st_spend", category=FS)
R(d, "的3.1%", "3.1%", 3.1, "%", "share", FS4 + ["占一般公共预算支出"], "fiscal_st_spend", category=FS)
R(d, "4.6个百分点", "4.6个百分点", 4.6, "百分点", "growth", ["增幅"] + FS4, "fiscal_st_spend", category=FS)
ST = ["2024", "2024-12", "2025"]  # stocks in a paragraph without a time phrase
HTE4 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "企业238家", "238家", 238, "家", "level", HTE4, "hte_count", period=ST, category=HT)
R(d, "增加103家", "103家", 103, "家", GL, HTE4, HN, period=ST + ["2021/2024", "2022/2024"], category=HT)
R(
    d,
    "企业1265家",
    "1265家",
    1265,
    "家",
    "level",
    ["入库科技型企业", "科技型企业"],
    ["tsme_count", ""],
    period=ST,
    category=TS,
)
R(
    d,
    "占47.8%",
    "47.8%",
    47.8,
    "%",
    "share",
    ["有研发活动的规上工业企业占比", "有研发活动的"],
    "",
    period=ST,
    category=EOT,
)
PF4 = ["市级以上研发平台", "研发平台"]
R(d, "达到96个", "96个", 96, "个", "level", PF4, RIS, period=ST, category=RI)
R(d, "国家级3个", "3个", 3, "个", "level", ["国家级研发平台", "国家级"], RIS, period=ST, category=RI)
R(d, "研发机构7家", "7家", 7, "家", "level", ["新型研发机构"], RIS, period=ST, category=RI)
TV4 = ["技术合同成交额", "成交额"]
R(d, "成交额21.3亿元", "21.3亿元", V("21.3", "亿"), "元", "level", TV4, "tech_contract_value", category=TM)
R(d, "增长36.2%", "36.2%", 36.2, "%", "growth", TV4, "tech_contract_value", category=TM)
R(d, "授权2154件", "2154件", 2154, "件", "level", ["专利授权"], "patent_grants", category=PT)
R(
    d,
    "专利1187件",
    "1187件",
    1187,
    "件",
    "level",
    ["有效发明专利"],
    "invention_patents_held",
    period=["2024", "2024-12"],
    category=PT,
)
R(
    d,
    "14.6件",
    "14.6件",
    14.6,
    "件",
    LS,
    ["每万人拥有发明专利", "每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=["2024", "2024-12"],
    category=PT,
)
PB = ["2024", ""]  # 问题 section: no time phrase, the data are 2024's
JC4 = ["基础研究经费", "基础研究"]
R(d, "仅2680万元", "2680万元", V("2680", "万"), "元", "level", JC4, "rd_spend_basic", period=PB)
R(d, "的1.8%", "1.8%", 1.8, "%", "share", JC4 + ["占R&D经费"], "rd_spend_basic", period=PB)
R(
    d,
    "近六成",
    "近六成",
    60,
    "%",
    "share",
    ["排名靠前的几家企业合计占全区企业研发投入", "龙头企业研发投入占比", "占全区企业研发投入"],
    ["", "rd_spend_enterprise"],
    qualifier="nearly",
    period=PB,
)
R(
    d,
    "仍有52.2%",
    "52.2%",
    52.2,
    "%",
    "share",
    ["没有开展研发活动的规上工业企业", "没有开展研发活动"],
    "",
    period=PB,
    category=EOT,
)
WJ = ["熟悉该法主要内容的问卷", "表示熟悉该法主要内容", "熟悉该法主要内容"]
R(d, "420份", "420份", 420, "份", "level", ["有效问卷", "回收的有效问卷"], "", period=JC, category=OT)
R(d, "160份", "160份", 160, "份", "level", WJ, "", period=JC, category=OT)
R(d, "占38.1%", "38.1%", 38.1, "%", "share", WJ, "", period=JC, category=OT)
RP4 = [TA, RE]
R(
    d,
    "当量1710人年",
    "1710人年",
    1710,
    "人年",
    "level",
    ["R&D人员折合全时当量", "R&D人员"],
    "rd_personnel",
    period=PB,
    category=RP4,
)
R(d, "仅38人年", "38人年", 38, "人年", LS, ["每万名就业人员中R&D人员"], "rd_personnel", period=PB, category=RP4)
SUG = ["", "2025", "2027"]  # a suggestion without a time phrase
R(
    d,
    "达到2.5%",
    "2.5%",
    2.5,
    "%",
    "share",
    ["全社会R&D经费投入强度"] + RI4,
    "rd_intensity",
    planned=True,
    period=["2027", "2025/2027"],
)
R(
    d,
    "60%以上",
    "60%以上",
    60,
    "%",
    "share",
    ["规上工业企业研发活动覆盖率", "研发活动覆盖率"],
    "",
    qualifier="at_least",
    planned=True,
    period=SUG,
    category=EOT,
)
R(
    d,
    "不少于2亿元",
    "不少于2亿元",
    V("2", "亿"),
    "元",
    "level",
    ["科技创新基金规模", "科技创新基金"],
    "",
    qualifier="at_least",
    planned=True,
    period=SUG,
    category=[FU, "investment"],
)
NOT_INDICATORS["c04.txt"] = [
    ("——2025年8月27日", "2025", "session date"),
    ("——2025年8月27日", "8", "session date"),
    ("——2025年8月27日", "27", "session date"),
    ("常委会2025年监督", "2025", "name of a plan (year)"),
    ("5月至7月", "5", "time range"),
    ("5月至7月", "7", "time range"),
    ("2024年全区R&D", "2024", "year"),
    ("2021年末", "2021", "time point of a comparison"),
    ("2024年技术合同", "2024", "year"),
    ("到2027年", "2027", "target year"),
]

# ---------------------------------------------------------------- c05
# 微信公众号 article `【数读】…` (原创 福鼎科技 2025年07月22日 18:06 福建),
# half-width punctuation, numbered headings `01`–`06` (no records), one
# figure per line and almost no sentence punctuation, so a time phrase on
# one line (`2024年…`, `截至6月底`, `1-6月`) stands for the lines under it.
# 2024 R&D figures in a 2025 上半年 article; `增速居宁德市第1位`;
# `近三成`; targets in the closing lines; the footer `阅读 1536 赞 28 推荐 9`
# is no record.
FD5 = ["福鼎市", "福鼎"]
H1 = "2025-01/2025-06"
d = doc("c05.txt", FD5, H1, RE)
J6 = ["2025-06", H1]  # 截至6月底
SEC = [H1, "2025-06", "2025"]  # sections 04-06 without a time line
RD5 = ["全社会R&D经费", "R&D经费"]
RI5 = ["研发投入强度", "投入强度"]
R(d, "\n9.74亿元", "9.74亿元", V("9.74", "亿"), "元", "level", RD5, "rd_spend", period="2024")
R(d, "增长15.3%", "15.3%", 15.3, "%", "growth", RD5, "rd_spend", period="2024")
R(d, "宁德市第1位", "第1位", 1, "位", "rank", ["增速"] + RD5, "rd_spend", period="2024")
R(d, "强度1.58%", "1.58%", 1.58, "%", "share", RI5, "rd_intensity", period="2024")
R(d, "0.12个百分点", "0.12个百分点", 0.12, "百分点", "growth", RI5, "rd_intensity", period="2024")
QF5 = ["规上工业企业研发费用", "研发费用"]
R(d, "研发费用6.86亿元", "6.86亿元", V("6.86", "亿"), "元", "level", QF5, "rd_spend_enterprise", period=["2024", H1])
R(d, "增长18.2%", "18.2%", 18.2, "%", "growth", QF5, "rd_spend_enterprise", period=["2024", H1])
HTE5 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "企业162家", "162家", 162, "家", "level", HTE5, "hte_count", period=J6, category=HT)
R(d, "净增9家", "9家", 9, "家", GL, ["净增"] + HTE5, HN, period=J6, category=HT)
KZ5 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "\n74家", "74家", 74, "家", "level", KZ5, "tsme_count", category=TS)
LJ = ["累计入库", "累计入库科技型中小企业"] + KZ5
R(d, "累计入库415家", "415家", 415, "家", "level", LJ, "tsme_count", period=J6, category=TS)
R(d, "增长21.7%", "21.7%", 21.7, "%", "growth", LJ, "tsme_count", period=J6, category=TS)
TV5 = ["技术合同成交额", "成交额"]
R(d, "技术合同138项", "138项", 138, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
R(d, "成交额5.62亿元", "5.62亿元", V("5.62", "亿"), "元", "level", TV5, "tech_contract_value", category=TM)
R(d, "增长48.7%", "48.7%", 48.7, "%", "growth", TV5, "tech_contract_value", category=TM)
R(
    d,
    "吸纳3.18亿元",
    "3.18亿元",
    V("3.18", "亿"),
    "元",
    "level",
    ["本地企业吸纳", "吸纳技术合同成交额"],
    "tech_contract_value_absorbed",
    category=TM,
)
R(d, "研发平台31个", "31个", 31, "个", "level", ["省级以上研发平台", "研发平台"], RIS, period=SEC, category=RI)
R(d, "国家级1个", "1个", 1, "个", "level", ["国家级研发平台", "国家级"], RIS, period=SEC, category=RI)
R(d, "人才27名", "27名", 27, "名", "level", ["新引进高层次人才", "高层次人才"], "", period=SEC, category=TA)
R(d, "特派员186名", "186名", 186, "名", "level", ["选派科技特派员", "科技特派员"], "", period=SEC, category=TA)
R(
    d,
    "300余家",
    "300余家",
    300,
    "家",
    "level",
    ["服务茶企", "茶企"],
    "",
    qualifier="more_than",
    period=SEC,
    category=["enterprise", TA, OT],
)
BC5 = ["白茶相关专利授权", "专利授权"]
R(d, "授权65件", "65件", 65, "件", "level", BC5, "", period=SEC, category=PT)
R(
    d,
    "近三成",
    "近三成",
    30,
    "%",
    "share",
    ["占全市专利授权"] + BC5,
    ["", "patent_grants"],
    qualifier="nearly",
    period=SEC,
    category=PT,
)
R(d, "基地12个", "12个", 12, "个", "level", ["茶叶科技示范基地"], "", period=SEC, category=OT)
R(
    d,
    "约1.3亿元",
    "约1.3亿元",
    V("1.3", "亿"),
    "元",
    "level",
    ["带动茶农增收", "茶农增收"],
    "",
    qualifier="about",
    period=SEC,
    category=["economy", OT],
)
R(d, "项目14项", "14项", 14, "项", "level", ["获批省级科技计划项目", "省级科技计划项目"], "", category="project")
ZJ5 = ["争取上级科技资金", "上级科技资金"]
R(d, "资金1860万元", "1860万元", V("1860", "万"), "元", "level", ZJ5, "", category=FU)
R(d, "增长32.9%", "32.9%", 32.9, "%", "growth", ZJ5, "", category=FU)
R(
    d,
    "突破10亿元",
    "10亿元",
    V("10", "亿"),
    "元",
    "level",
    TV5,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
    category=TM,
)
R(
    d,
    "达到180家",
    "180家",
    180,
    "家",
    "level",
    ["高新技术企业总数"] + HTE5,
    "hte_count",
    planned=True,
    period=["2025", "2025-12"],
    category=HT,
)
NOT_INDICATORS["c05.txt"] = [
    ("2025年07月22日 18:06", "2025", "dateline"),
    ("2025年07月22日 18:06", "07", "dateline"),
    ("2025年07月22日 18:06", "22", "dateline"),
    ("2025年07月22日 18:06", "18", "dateline (time)"),
    ("2025年07月22日 18:06", "06", "dateline (time)"),
    ("2025年上半年", "2025", "year"),
    ("01 研发", "01", "section number"),
    ("02 创新", "02", "section number"),
    ("03 技术", "03", "section number"),
    ("04 平台", "04", "section number"),
    ("05 白茶", "05", "section number"),
    ("06 项目", "06", "section number"),
    ("2024年全市全社会", "2024", "year"),
    ("截至6月底", "6", "time point"),
    ("1-6月", "1", "time range"),
    ("1-6月", "6", "time range"),
    ("阅读 1536 赞 28 推荐 9", "1536", "page counter"),
    ("阅读 1536 赞 28 推荐 9", "28", "page counter"),
    ("阅读 1536 赞 28 推荐 9", "9", "page counter"),
]

# ---------------------------------------------------------------- c06
# 迁安市“十四五”科技创新规划中期评估报告（摘要）, dated 2024年9月. Base year
# 2020, evaluation year 2023, targets for 2025. Prose: `12项…7项…3项…2项`,
# `从2020年的1.12%提升至2023年的1.46%` (repeated in the table),
# `由86家增加到152家` (no year in the clause: the years come from the
# meaning), `年均增长20.9%`, `是2020年的3.2倍`, a rank `位列第5位` and
# `前移4位`. A TAB table `指标 单位 2020年 2023年 2025年目标 属性` with
# the unit in a column of its own (money cells take 亿元 from it) and a
# 属性 column (预期性 / 约束性). Problems: a gap `仍差0.54个百分点`, a pace
# `年均提高0.11个百分点`, a projection `只能达到1.7%左右` (测算: planned
# or not), a repeated target `3.0%`; adjusted targets `500家`, `10亿元`.
QA = ["迁安市", "迁安"]
d = doc("c06.txt", QA, "2023", RE)
IND = ["规划确定的主要指标", "主要指标"]
R(d, "规划确定的12项", "12项", 12, "项", "level", IND, "", period=["2023", ""], category=OT)
R(d, "，7项", "7项", 7, "项", "level", ["达到或超过序时进度的指标", "达到或超过序时进度"], "", category=OT)
R(d, "，3项", "3项", 3, "项", "level", ["接近序时进度的指标", "接近序时进度"], "", category=OT)
R(d, "，2项", "2项", 2, "项", "level", ["进度滞后的指标", "进度滞后"], "", category=OT)
RI6 = ["全社会R&D经费投入强度", "R&D经费投入强度", "投入强度"]
R(d, "年的1.12%", "1.12%", 1.12, "%", "share", RI6, "rd_intensity", period="2020")
R(d, "年的1.46%", "1.46%", 1.46, "%", "share", RI6, "rd_intensity")
HTE6 = ["高新技术企业数", "高新技术企业"]
R(d, "由86家", "86家", 86, "家", "level", HTE6, "hte_count", period=["2020", "2020-12"], category=HT)
R(d, "增加到152家", "152家", 152, "家", "level", HTE6, "hte_count", period=["2023", "2023-12"], category=HT)
YA = ["2023", "2021/2023", "2020/2023"]
R(d, "年均增长20.9%", "20.9%", 20.9, "%", "growth", HTE6, "hte_count", period=YA, category=HT)
TV6 = ["技术合同成交额", "成交额"]
R(d, "达到6.7亿元", "6.7亿元", V("6.7", "亿"), "元", "level", TV6, "tech_contract_value", category=TM)
R(d, "3.2倍", "3.2倍", 3.2, "倍", GL, TV6, "tech_contract_value", period=["2023", "2020/2023"], category=TM)
CX = ["县域科技创新能力", "县域科技创新能力监测", "县域科技创新能力排名"]
R(d, "位列第5位", "第5位", 5, "位", "rank", CX, "innovation_rank", category=OT)
R(d, "前移4位", "4位", 4, "位", ["growth", "rank"], CX, "innovation_rank", period=["2023", "2020/2023"], category=OT)
TABLES["c06.txt"] = dict(
    sep="\t",
    title="表1　主要指标完成情况（节选）",
    head=["指标\t单位\t2020年\t2023年\t2025年目标\t属性"],
    rows=[
        ("全社会R&D经费投入强度", ["1.12", "1.46", "2.0"]),
        ("高新技术企业数", ["86", "152", "200"]),
        ("科技型中小企业评价入库数", ["168", "395", "450"]),
        ("高新技术产业增加值占比", ["9.8", "14.3", "18"]),
        ("每万人口高价值发明专利拥有量", ["0.9", "2.2", "3.0"]),
        ("技术合同成交额", ["2.1", "6.7", "8"]),
        ("财政科技支出占财政支出比重", ["1.9", "2.6", "3.0"]),
    ],
)
# row label -> (unit as written in the 单位 column, base unit, scale, kind, indicator, measure, category)
ROWS6 = {
    "全社会R&D经费投入强度": ("%", "%", "", "share", RI6, "rd_intensity", RE),
    "高新技术企业数": ("家", "家", "", "level", HTE6, "hte_count", HT),
    "科技型中小企业评价入库数": (
        "家",
        "家",
        "",
        "level",
        ["科技型中小企业评价入库数", "评价入库科技型中小企业", "科技型中小企业"],
        "tsme_count",
        TS,
    ),
    "高新技术产业增加值占比": (
        "%",
        "%",
        "",
        "share",
        ["高新技术产业增加值占比", "高新技术产业增加值"],
        "hti_value_added",
        HI,
    ),
    "每万人口高价值发明专利拥有量": (
        "件",
        "件",
        "",
        LS,
        ["每万人口高价值发明专利拥有量", "高价值发明专利"],
        ["", "invention_patents_per_10k"],
        PT,
    ),
    "技术合同成交额": ("亿元", "元", "亿", "level", TV6, "tech_contract_value", TM),
    "财政科技支出占财政支出比重": (
        "%",
        "%",
        "",
        "share",
        ["财政科技支出占财政支出比重", "财政科技支出占比", "财政科技支出"],
        "fiscal_st_spend",
        FS,
    ),
}
STOCK = {"家"}  # count rows: a year-end stock also accepts YYYY-12
for label, cells in TABLES["c06.txt"]["rows"]:
    shown, unit, scale, kind, ind, meas, cat = ROWS6[label]
    for k, (cell, year) in enumerate(zip(cells, ("2020", "2023", "2025"))):
        per = [year, year + "-12"] if unit in STOCK else year
        R(
            d,
            label,
            cell,
            V(cell, scale),
            unit,
            kind,
            ind,
            meas,
            cell=k,
            scale=scale,
            planned=True if k == 2 else None,
            period=per,
            category=cat,
        )
R(
    d,
    "仍差0.54个百分点",
    "0.54个百分点",
    0.54,
    "百分点",
    ["level", "growth"],
    ["距2025年目标差距", "差距"] + RI6,
    "rd_intensity",
    period=["2023", ""],
)
R(d, "年均提高0.11个百分点", "0.11个百分点", 0.11, "百分点", "growth", ["年均提高"] + RI6, "rd_intensity", period=YA)
R(
    d,
    "1.7%左右",
    "1.7%左右",
    1.7,
    "%",
    "share",
    RI6,
    "rd_intensity",
    qualifier="about",
    planned=[True, None],
    period="2025",
)
R(
    d,
    "距3.0%",
    "3.0%",
    3.0,
    "%",
    "share",
    ["财政科学技术支出占比", "目标", "财政科学技术支出"],
    "fiscal_st_spend",
    planned=True,
    period="2025",
    category=FS,
)
R(
    d,
    "上调至500家",
    "500家",
    500,
    "家",
    "level",
    ["科技型中小企业评价入库数", "科技型中小企业", "2025年目标"],
    "tsme_count",
    planned=True,
    period=["2025", "2025-12"],
    category=TS,
)
R(
    d,
    "上调至10亿元",
    "10亿元",
    V("10", "亿"),
    "元",
    "level",
    ["技术合同成交额目标", "技术合同成交额", "目标"],
    "tech_contract_value",
    planned=True,
    period="2025",
    category=TM,
)
NOT_INDICATORS["c06.txt"] = [
    ("2024年9月", "2024", "date line"),
    ("2024年9月", "9", "date line"),
    ("选取2020年", "2020", "base year"),
    ("、2023年作为", "2023", "evaluation year"),
    ("从2020年的", "2020", "year"),
    ("至2023年的", "2023", "year"),
    ("在2023年度", "2023", "year of an evaluation"),
    ("较2020年前移", "2020", "year"),
    ("是2020年的", "2020", "year"),
    ("见表1。", "1", "table number"),
    ("表1　主要", "1", "table number"),
    ("单位\t2020年\t2023年\t2025年目标", "2020", "table header year"),
    ("单位\t2020年\t2023年\t2025年目标", "2023", "table header year"),
    ("单位\t2020年\t2023年\t2025年目标", "2025", "table header year"),
    ("距2025年目标", "2025", "target year"),
    ("2025年只能", "2025", "year of a projection"),
    ("数2025年目标", "2025", "target year"),
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
    # c01 抚州市 (亿元 unless marked)
    "c01_hte23": 554,
    "c01_tc23": D("65.7"),
    "c01_hti23": D("39.4"),  # % of 规上工业增加值, 2023
    "c01_ent23": D("27.78"),  # 规上工业企业研发费用 2023
    "c01_rd22": D("32.74"),
    "c01_gdp23": D("2140"),
    "c01_gdp22": D("2033"),
    "c01_prov23": D("1.88"),  # 江西 R&D intensity 2023 (全省平均水平)
    # 2023 R&D (亿元) and intensity (%) of the 11 县(区); the rest is 市直 units
    "c01_county": {
        "临川区": (D("9.2"), D("1.95")),
        "东乡区": (D("5.1"), D("1.62")),
        "南城县": (D("4.3"), D("2.31")),
        "黎川县": (D("2.6"), D("1.48")),
        "南丰县": (D("3.2"), D("1.21")),
        "崇仁县": (D("3.0"), D("1.07")),
        "乐安县": (D("1.0"), D("0.56")),
        "宜黄县": (D("1.5"), D("0.83")),
        "金溪县": (D("2.1"), D("0.92")),
        "资溪县": (D("0.6"), D("0.47")),
        "广昌县": (D("1.0"), D("0.71")),
    },
    "c01_lichuan22": D("2.037"),  # 黎川县 R&D 2022
    # c02 北辰区
    "c02_fst23": D("4.945"),
    "c02_budget24": D("126.0"),
    "c02_gdp23": D("1025"),
    "c02_loan23": D("106.85"),
    "c02_pool": D("0.5"),  # 亿元
    "c02_pledge23": D("6.878"),
    # c03 满洲里市
    "c03_staff23": 1399,
    "c03_vol23": 3080,
    "c03_fund23": 2126,  # 万元
    "c03_pop": D("16.7"),  # 万人, 常住人口
    "c03_fte23": 588,
    "c03_emp": D("8.96"),  # 万人, 就业人员
    # c04 綦江区
    "c04_rd23": D("13.2"),
    "c04_gdp24": D("720"),
    "c04_gdp23": D("696"),
    "c04_budget24": D("110.3"),
    "c04_fst23": D("3.0"),
    "c04_budget_growth": D("9.4"),  # % growth of 一般公共预算支出, 2024
    "c04_hte21": 135,
    "c04_tc23": D("15.64"),
    "c04_pop": D("81.3"),  # 万人
    "c04_emp": D("45.0"),  # 万人, 就业人员
    # c05 福鼎市
    "c05_rd23": D("8.45"),
    "c05_gdp24": D("616.5"),
    "c05_gdp23": D("579"),
    "c05_ent23": D("5.804"),
    "c05_hte_jan": 153,
    "c05_tsme_jun24": 341,
    "c05_tc24h1": D("3.78"),
    "c05_grants_h1": 218,  # 全市专利授权, 件
    "c05_funds24h1": 1400,  # 万元
    # c06 迁安市
    "c06_rank20": 9,
}
P = PREV
CTY = P["c01_county"]
T6 = {k: [D(x) for x in v] for k, v in TABLES["c06.txt"]["rows"]}


def progress(row):
    """share of the planned 2020→2025 increase reached in 2023, in %"""
    a, b, t = T6[row]
    return (b - a) * 100 / (t - a)


ON = [r for r in T6 if progress(r) >= 60]  # 达到或超过序时进度 (3 of 5 years)
NEAR = [r for r in T6 if 50 <= progress(r) < 60]  # 接近序时进度
LAG = [r for r in T6 if progress(r) < 50]  # 进度滞后

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (612 - P["c01_hte23"], 58),
    (147 >= 58 and 1036 > 1000, True),
    (growth(D("86.4"), P["c01_tc23"]), D("31.5")),
    (D("41.2") - P["c01_hti23"], D("1.8")),
    (D("19.6") < D("86.4") and 215 > 0, True),
    (growth(D("31.7"), P["c01_ent23"]), D("14.1")),
    (rnd(D(5860) / 418, 0), 14),
    (growth(D("36.8"), P["c01_rd22"]), D("12.4")),
    (pct(D("29.1"), D("36.8")), D("79.1")),  # 接近八成
    (pct(D("36.8"), P["c01_gdp23"], 2), D("1.72")),
    (D("1.72") - pct(P["c01_rd22"], P["c01_gdp22"], 2), D("0.11")),
    (D("1.72") < P["c01_prov23"], True),  # 与全省平均水平相比还有差距
    (len(CTY), 11),
    (max(CTY, key=lambda c: CTY[c][0]), "临川区"),
    (CTY["临川区"][0], D("9.2")),
    (max(CTY, key=lambda c: CTY[c][1]), "南城县"),
    (CTY["南城县"][1], D("2.31")),
    (sum(1 for c in CTY if CTY[c][1] > 1), 6),
    (sum(v[0] for v in CTY.values()) <= D("36.8"), True),
    (growth(CTY["黎川县"][0], P["c01_lichuan22"]), D("27.6")),
    (680 > 612 and 100 > D("86.4") and D("1.85") > D("1.72"), True),
    # c02
    (growth(D("5.42"), P["c02_fst23"]), D("9.6")),
    (pct(D("5.42"), P["c02_budget24"]), D("4.3")),
    (pct(D("28.6"), P["c02_gdp23"], 2), D("2.79")),
    (6 <= 16, True),
    (growth(D("126.4"), P["c02_loan23"]), D("18.3")),
    (217 <= 1380, True),
    (rnd(D("23.6") / P["c02_pool"], 0), 47),
    (D("0.0186") < P["c02_pool"], True),  # 186万元 paid out of the pool
    (growth(D("9.74"), P["c02_pledge23"]), D("41.6")),
    (D("4.35") <= 12 and 19 <= 1652, True),
    (1 > P["c02_pool"] and 40 > 30 and 150 > D("126.4"), True),
    # c03
    (213 + 1273, 1486),
    (growth(1486, P["c03_staff23"]), D("6.2")),
    (pct(866, 1486), D("58.3")),
    (3620 - P["c03_vol23"], 540),
    (growth(2368, P["c03_fund23"]), D("11.4")),
    (pct(1875, 2368), D("79.2")),
    (812 <= 1875 and 1398 <= 2241, True),
    (rnd(D(812) / P["c03_pop"]), D("48.6")),
    (D("1.6") < D("21.7"), True),
    (growth(638, P["c03_fte23"]), D("8.5")),
    (pct(274, 638), D("42.9")),
    (274 <= 638 <= 1062, True),
    (rnd(D(638) / P["c03_emp"]), D("71.2")),
    # c04
    (growth(D("14.9"), P["c04_rd23"]), D("12.9")),
    (pct(D("14.9"), P["c04_gdp24"], 2), D("2.07")),
    (D("2.07") - pct(P["c04_rd23"], P["c04_gdp23"], 2), D("0.17")),
    (pct(D("3.42"), P["c04_budget24"]), D("3.1")),
    (growth(D("3.42"), P["c04_fst23"]) - P["c04_budget_growth"], D("4.6")),
    (238 - P["c04_hte21"], 103),
    (3 <= 96 and 7 <= 96, True),
    (growth(D("21.3"), P["c04_tc23"]), D("36.2")),
    (1187 < 2154 * 5, True),
    (rnd(D(1187) / P["c04_pop"]), D("14.6")),
    (pct(D("0.268"), D("14.9")), D("1.8")),
    (100 - D("47.8"), D("52.2")),
    (pct(160, 420), D("38.1")),
    (rnd(D(1710) / P["c04_emp"], 0), 38),
    (D("2.5") > D("2.07") and 60 > D("47.8"), True),
    (23 >= 1 and 4 >= 1 and 9 >= 1, True),
    # c05
    (growth(D("9.74"), P["c05_rd23"]), D("15.3")),
    (pct(D("9.74"), P["c05_gdp24"], 2), D("1.58")),
    (D("1.58") - pct(P["c05_rd23"], P["c05_gdp23"], 2), D("0.12")),
    (growth(D("6.86"), P["c05_ent23"]), D("18.2")),
    (D("6.86") < D("9.74"), True),
    (162 - P["c05_hte_jan"], 9),
    (74 <= 415, True),
    (growth(415, P["c05_tsme_jun24"]), D("21.7")),
    (growth(D("5.62"), P["c05_tc24h1"]), D("48.7")),
    (D("3.18") <= D("5.62"), True),
    (1 <= 31, True),
    (pct(65, P["c05_grants_h1"]), D("29.8")),  # 近三成
    (growth(1860, P["c05_funds24h1"]), D("32.9")),
    (10 > D("5.62") and 180 > 162, True),
    # c06
    (7 + 3 + 2, 12),
    ([str(x) for x in T6["全社会R&D经费投入强度"][:2]], ["1.12", "1.46"]),  # the prose repeats the table
    ([int(x) for x in T6["高新技术企业数"][:2]], [86, 152]),
    (T6["技术合同成交额"][1], D("6.7")),
    (rnd((D(152) / 86) ** (D(1) / 3) * 100 - 100), D("20.9")),
    (rnd(D("6.7") / D("2.1")), D("3.2")),
    (P["c06_rank20"] - 5, 4),
    (len(T6), 7),
    (len(ON) <= 7 and len(NEAR) <= 3 and len(LAG) <= 2, True),  # 节选: 7 of the 12 rows
    (LAG, ["全社会R&D经费投入强度"]),  # 研发强度提升偏慢
    ("高新技术企业数" in NEAR, True),  # 虽接近序时进度
    ("财政科技支出占财政支出比重" in ON, True),  # 虽已超过序时进度
    ("科技型中小企业评价入库数" in ON and "技术合同成交额" in ON, True),  # 提前完成的可能性较大
    (T6["全社会R&D经费投入强度"][2] - T6["全社会R&D经费投入强度"][1], D("0.54")),
    (rnd((D("1.46") - D("1.12")) / 3, 2), D("0.11")),
    (rnd(D("1.46") + 2 * (D("1.46") - D("1.12")) / 3), D("1.7")),
    (T6["财政科技支出占财政支出比重"][2], D("3.0")),
    (500 > T6["科技型中小企业评价入库数"][2] and 10 > T6["技术合同成交额"][2], True),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
