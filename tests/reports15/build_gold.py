#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports15 from hand annotations.

Same layout as tests/reports4-14. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The six texts imitate stored public web
pages (half-width , ; : ( ), page remnants such as 来源/发布时间/浏览次数,
【字体:大 中 小】, breadcrumbs and 责任编辑 lines); none has a table. c01 has
a block of `名称:数值` lines, c02 writes dates as 2024.07.16, c03 is in
traditional characters (億, 萬, 戶, 佔).
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5; 全国 is
100000 as records.md says).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(whitespace removed, 萬/億 read as 万/亿, Chinese numerals read, 首位 = 1,
万/亿 folded in) equals |value|, every Arabic number in every text is either
inside a record or listed in NOT_INDICATORS with its reason (so no figure is
forgotten), every field takes an allowed value, and the invented figures
agree with each other (parts add up, shares, growth rates, intensities and
ranks match; see CONSISTENCY at the end).
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
# is not an administrative unit and gets "": the 高新区, the 开发区).
CODES = {
    # c01 天津市 静海区
    "静海区": "120118",
    "静海": "120118",
    "天津市": "120000",
    "天津": "120000",
    # c02 吉林省 and five of its cities
    "吉林省": "220000",
    "吉林": "220000",
    "白城市": "220800",
    "辽源市": "220400",
    "松原市": "220700",
    "白山市": "220600",
    "梅河口市": "220581",
    "白城": "220800",
    "辽源": "220400",
    "松原": "220700",
    "白山": "220600",
    "梅河口": "220581",
    # c03 新疆 哈密市 (traditional text: both spellings)
    "哈密市": "650500",
    "哈密": "650500",
    "伊州區": "650502",
    "伊州区": "650502",
    "巴里坤縣": "650521",
    "巴里坤县": "650521",
    "伊吾縣": "650522",
    "伊吾县": "650522",
    # c04 云南省, 全国
    "云南省": "530000",
    "云南": "530000",
    "全国": "100000",
    # c05 楚雄彝族自治州 (the 高新区 has no code)
    "楚雄彝族自治州": "532300",
    "楚雄州": "532300",
    # c06 重庆市 垫江县
    "垫江县": "500231",
    "垫江": "500231",
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
PJ = "project"
EN = "enterprise"
FA = "facility"
OT = "other"
EC = ["economy", "other"]
SL = ["share", "level"]  # rates such as 完成率, 留区率, 贡献率 (corpus 13 / A02, reports3-14)
GL = ["growth", "level"]  # increase amounts, 高X个百分点, 是X倍 (corpus A02 / B10, reports3-14)
LS = ["level", "share"]  # per-10k ratios (corpus A08)
GR = ["growth", "rank"]  # a rank change 前移1位 (corpus A10 提升1个位次, reports13)
QR = [None, "at_most"]  # 前三位 (corpus C06 前三位, B10 前三名)
QM = ["more_than", None]  # 突破, left out of text (corpus A10, reports3-14)
QL = ["at_most", None]  # 不足 (reports6-7 不到 / 不足)
HN = ["hte_new", "hte_count"]  # 净增 of the stock (reports4-14)
RIS = ["rd_institutions", ""]  # 研发平台 counts (reports12-14)
FS = [FU, RE, OT]  # 财政科技支出 / 财政科技投入 (reports12-14)
TX = [FU, EN, RE]  # 加计扣除 households (reports9 z02)
TXA = [FU, RE]  # 加计扣除 amounts (reports9 z02)

# ---------------------------------------------------------------- c01
# 静海区科技局 前三季度 工作总结 with 工作亮点, 存在的问题 and 下步工作打算, on the
# district site (breadcrumb, 发布时间, 浏览次数:417 no record, 【字体】,
# 责任编辑). Section 一 is a block of `名称:数值` lines whose values the body
# does not repeat: a target and a 完成率 in brackets, `(1-8月)` inside a
# label, `较上年同期增加21家`. The body: a growth rank among a group of
# districts (`全市10个涉农区`, 10个 is a record), a threshold (`超过5000万元`,
# no record), `截至9月底` stocks, `高4.1个百分点`, 户均约, a 开发区 sentence,
# a part and its share, 不足20人, 四季度 / 全年 targets with 以上, 突破,
# 不少于.
JH = ["静海区", "静海"]
TJ = ["天津市", "天津", ""]
Q3 = "2024-01/2024-09"  # 前三季度 (title, lead, 前三季度 sentences)
M8 = "2024-01/2024-08"  # 1-8月
S9 = ["2024-09", Q3]  # 截至9月底 stocks, 累计
Q4 = ["2024-10/2024-12", "2024"]  # 四季度 targets
d = doc("c01.txt", JH, Q3, TS)
KZ = ["科技型中小企业评价入库", "科技型中小企业"]
R(d, "入库:412家", "412家", 412, "家", "level", KZ, "tsme_count")
R(
    d,
    "全年目标450家",
    "450家",
    450,
    "家",
    "level",
    ["全年目标", "科技型中小企业评价入库全年目标"],
    "tsme_count",
    planned=True,
    period="2024",
)
R(d, "完成率91.6%", "91.6%", 91.6, "%", SL, ["完成率"], ["", "tsme_count"])
SB = ["国家高新技术企业申报", "申报国家高新技术企业"]
R(d, "申报:126家", "126家", 126, "家", "level", SB, "", category=HT)
R(d, "增加21家", "21家", 21, "家", GL, SB, "", category=HT)
YF = ["规上工业企业研发费用", "研发费用"]
R(
    d,
    "(1-8月):18.64亿元",
    "18.64亿元",
    V("18.64", "亿"),
    "元",
    "level",
    YF,
    "rd_spend_enterprise",
    period=M8,
    category=RE,
)
R(d, "同比增长13.2%", "13.2%", 13.2, "%", "growth", YF, "rd_spend_enterprise", period=M8, category=RE)
TV = ["技术合同成交额"]
R(d, "成交额:9.37亿元", "9.37亿元", V("9.37", "亿"), "元", "level", TV, "tech_contract_value", category=TM)
R(d, "同比增长26.8%", "26.8%", 26.8, "%", "growth", TV, "tech_contract_value", category=TM)
R(d, "入库:238家", "238家", 238, "家", "level", ["雏鹰企业评价入库", "雏鹰企业"], "", category=[EN, TS, OT])
R(d, "新认定:5家", "5家", 5, "家", "level", ["市级研发平台新认定", "市级研发平台"], RIS, category=RI)
R(d, "同比增长18.4%", "18.4%", 18.4, "%", "growth", ["科技型中小企业入库数量"] + KZ, "tsme_count")
R(d, "全市10个", "10个", 10, "个", "level", ["涉农区"], "", region=TJ, category=OT)
R(d, "位列第2位", "第2位", 2, "位", "rank", ["科技型中小企业入库数量", "入库数量"], "tsme_count")
R(
    d,
    "企业有37家",
    "37家",
    37,
    "家",
    "level",
    ["上年营业收入超过5000万元的企业", "上年营业收入超过5000万元的科技型中小企业"],
    ["", "tsme_count"],
)
HE = ["有效期内的国家高新技术企业", "国家高新技术企业", "高新技术企业"]
R(d, "达到318家", "318家", 318, "家", "level", HE, "hte_count", period=S9, category=HT)
R(d, "入库14家", "14家", 14, "家", "level", ["瞪羚企业入库", "瞪羚企业"], "", period=S9, category=[EN, OT])
R(
    d,
    "高4.1个百分点",
    "4.1个百分点",
    4.1,
    "百分点",
    GL,
    ["规上工业企业研发费用增速"] + YF,
    "rd_spend_enterprise",
    period=[M8, Q3],
    category=RE,
)
R(
    d,
    "提高到46.5%",
    "46.5%",
    46.5,
    "%",
    "share",
    ["开展研发活动的企业在规上工业中的比例", "开展研发活动的企业比例"],
    "",
    category=RE,
)
JB = ["区级科技创新奖补资金", "兑现区级科技创新奖补资金", "奖补资金"]
R(d, "资金2860万元", "2860万元", V("2860", "万"), "元", "level", JB, "", category=FU)
R(d, "企业173家", "173家", 173, "家", "level", ["惠及企业"], "", category=[FU, EN])
R(d, "约16.5万元", "约16.5万元", V("16.5", "万"), "元", "level", ["户均"] + JB, "", qualifier="about", category=FU)
R(d, "实验室2家", "2家", 2, "家", "level", ["新认定市级企业重点实验室", "市级企业重点实验室"], RIS, category=RI)
R(d, "中心3家", "3家", 3, "家", "level", ["新认定市级技术创新中心", "市级技术创新中心"], RIS, category=RI)
R(d, "累计达到87个", "87个", 87, "个", "level", ["市级以上各类研发平台", "研发平台"], RIS, period=S9, category=RI)
R(
    d,
    "为19家",
    "19家",
    19,
    "家",
    "level",
    ["中试基地提供中试服务的企业", "提供中试服务的企业"],
    "",
    region=["子牙经济技术开发区"] + JH,
    category=[RI, FA, EN],
)
R(d, "技术合同543项", "543项", 543, "项", "level", ["认定登记技术合同", "技术合同"], "tech_contract_count", category=TM)
KF = ["技术开发类合同成交额", "技术开发类合同"]
R(d, "成交额5.12亿元", "5.12亿元", V("5.12", "亿"), "元", "level", KF, "", category=TM)
R(d, "的54.6%", "54.6%", 54.6, "%", "share", KF + ["占全部成交额"], "", category=TM)
R(d, "活动11场", "11场", 11, "场", "level", ["“科技成果进园区”对接活动", "对接活动"], "", category=TM)
R(d, "项目64项", "64项", 64, "项", "level", ["校企合作项目"], "", category=[TM, PJ])
R(
    d,
    "仅为38.2%",
    "38.2%",
    38.2,
    "%",
    "share",
    ["规上工业企业中建有研发机构的比例", "建有研发机构的比例"],
    "",
    period=[Q3, "2024-09", "2024"],
    category=RI,
)
R(
    d,
    "不足20人",
    "不足20人",
    20,
    "人",
    "level",
    ["专业化技术经理人", "技术经理人"],
    "",
    qualifier=QL,
    period=[Q3, "2024-09", "2024"],
    category=TA,
)
R(
    d,
    "40家以上",
    "40家以上",
    40,
    "家",
    "level",
    ["新增入库科技型中小企业"] + KZ,
    "tsme_count",
    qualifier="at_least",
    planned=True,
    period=Q4,
)
R(d, "突破450家", "450家", 450, "家", "level", KZ, "tsme_count", qualifier=QM, planned=True, period="2024")
R(
    d,
    "达到330家",
    "330家",
    330,
    "家",
    "level",
    ["有效期内国家高新技术企业总数"] + HE,
    "hte_count",
    planned=True,
    period=["2024", "2024-12"],
    category=HT,
)
R(
    d,
    "不少于5场",
    "不少于5场",
    5,
    "场",
    "level",
    ["对接活动"],
    "",
    qualifier="at_least",
    planned=True,
    period=Q4,
    category=TM,
)
R(
    d,
    "达到12亿元",
    "12亿元",
    V("12", "亿"),
    "元",
    "level",
    TV,
    "tech_contract_value",
    planned=True,
    period="2024",
    category=TM,
)
R(
    d,
    "经理人30名",
    "30名",
    30,
    "名",
    "level",
    ["新培育技术经理人", "技术经理人"],
    "",
    planned=True,
    period=["2024", "2024-12", "2024-10/2024-12"],
    category=TA,
)
NOT_INDICATORS["c01.txt"] = [
    ("静海区科技局2024年", "2024", "title year"),
    ("发布时间:2024-10-14 16:32", "2024", "date line"),
    ("发布时间:2024-10-14 16:32", "10", "date line"),
    ("发布时间:2024-10-14 16:32", "14", "date line"),
    ("发布时间:2024-10-14 16:32", "16", "date line"),
    ("发布时间:2024-10-14 16:32", "32", "date line"),
    ("浏览次数:417", "417", "page view counter"),
    ("(1-8月)", "1", "time range 1-8月 in a label"),
    ("(1-8月)", "8", "time range 1-8月 in a label"),
    ("超过5000万元", "5000", "group threshold"),
    ("截至9月底", "9", "time point"),
]

# ---------------------------------------------------------------- c02
# 吉林省科学技术厅 news on 科技型中小企业 评价入库 in 上半年, with DOTTED dates
# (`发布时间:2024.07.16`, `截至2024.06.30`: no records). The headline repeats
# two body figures. A target in brackets `(8000家)` and `的73.3%`; a rank
# among `全国31个省(区、市)` and `居东北三省首位` (东北三省 is a name); four
# industries that add up with their shares; a threshold `500万元以上` (no
# record); `前三位` and a paired list `分别增长41.6%、36.2%和33.9%` of three
# cities; `首次突破200家,达到211家`; two more cities; loans, 近300万元,
# 加计扣除; a plan with `9个市(州)` (group count), 突破 and 不少于.
JL = ["吉林省", "吉林"]
H1 = "2024-01/2024-06"
S6 = [H1, "2024-06"]  # 截至2024.06.30
d = doc("c02.txt", JL, H1, TS)
KZ2 = ["科技型中小企业评价入库", "评价入库科技型中小企业", "科技型中小企业", "入库企业"]
R(d, "评价入库5862家", "5862家", 5862, "家", "level", KZ2, "tsme_count")
R(d, "5862家 同比增长23.7%", "23.7%", 23.7, "%", "growth", KZ2, "tsme_count")
R(d, "共有5862家", "5862家", 5862, "家", "level", KZ2, "tsme_count", period=S6)
R(d, "入库,同比增长23.7%", "23.7%", 23.7, "%", "growth", KZ2, "tsme_count", period=S6)
MB = ["全年目标任务", "科技型中小企业评价入库全年目标"]
R(d, "(8000家)", "8000家", 8000, "家", "level", MB, "tsme_count", planned=True, period="2024")
R(d, "的73.3%", "73.3%", 73.3, "%", SL, ["完成全年目标任务", "完成率"], ["", "tsme_count"], period=S6)
R(d, "全国31个", "31个", 31, "个", "level", ["省(区、市)", "省"], "", region=["全国", ""], category=OT)
ZS2 = ["入库增速", "科技型中小企业入库增速"]
R(d, "第7位", "第7位", 7, "位", "rank", ZS2, "tsme_count")
R(d, "东北三省首位", "首位", 1, "位", "rank", ZS2, "tsme_count")
for anchor, fig, value, kind, name in [
    ("制造业企业3128家", "3128家", 3128, "level", ["制造业企业"]),
    ("总数的53.4%", "53.4%", 53.4, "share", ["制造业企业占入库总数", "制造业企业"]),
    ("服务业企业1307家", "1307家", 1307, "level", ["信息传输、软件和信息技术服务业企业"]),
    ("占22.3%", "22.3%", 22.3, "share", ["信息传输、软件和信息技术服务业企业"]),
    ("服务业企业846家", "846家", 846, "level", ["科学研究和技术服务业企业"]),
    ("占14.4%", "14.4%", 14.4, "share", ["科学研究和技术服务业企业"]),
    ("其余581家", "581家", 581, "level", ["农业、批发零售等行业企业", "其余"]),
]:
    R(d, anchor, fig, value, "家" if kind == "level" else "%", kind, name, "", period=S6)
FM = ["拥有有效发明专利的企业", "拥有有效发明专利的入库企业"]
R(d, "企业1942家", "1942家", 1942, "家", "level", FM, "", period=S6, category=[TS, PT])
R(d, "占比33.1%", "33.1%", 33.1, "%", "share", FM, "", period=S6, category=[TS, PT])
R(d, "企业有416家", "416家", 416, "家", "level", ["上年研发投入在500万元以上的企业"], "", period=S6)
BLS = ["白城市", "辽源市", "松原市"]
R(d, "前三位", "前三位", 3, "位", "rank", ZS2, "tsme_count", qualifier=QR, region=BLS + JL)
R(d, "增长41.6%", "41.6%", 41.6, "%", "growth", ZS2 + KZ2, "tsme_count", region=["白城市", "白城"])
R(d, "36.2%", "36.2%", 36.2, "%", "growth", ZS2 + KZ2, "tsme_count", region=["辽源市", "辽源"])
R(d, "33.9%", "33.9%", 33.9, "%", "growth", ZS2 + KZ2, "tsme_count", region=["松原市", "松原"])
BC = ["白城市", "白城"]
R(d, "突破200家", "200家", 200, "家", "level", KZ2, "tsme_count", qualifier=QM, region=BC)
R(d, "达到211家", "211家", 211, "家", "level", KZ2, "tsme_count", region=BC)
R(d, "入库187家", "187家", 187, "家", "level", KZ2, "tsme_count", region=["白山市", "白山"])
R(d, "142家", "142家", 142, "家", "level", KZ2, "tsme_count", region=["梅河口市", "梅河口"])
R(d, "28.1%", "28.1%", 28.1, "%", "growth", KZ2, "tsme_count", region=["白山市", "白山"])
R(d, "30.3%", "30.3%", 30.3, "%", "growth", KZ2, "tsme_count", region=["梅河口市", "梅河口"])
KD = ["获得“科技贷”支持的入库企业", "获得科技贷支持的入库企业"]
R(d, "已有836家", "836家", 836, "家", "level", KD, "", category=[FU, TS])
FK = ["放款金额", "科技贷放款金额"]
R(d, "金额24.7亿元", "24.7亿元", V("24.7", "亿"), "元", "level", FK, "", category=FU)
R(
    d,
    "近300万元",
    "近300万元",
    V("300", "万"),
    "元",
    "level",
    ["平均每家企业"] + FK,
    "",
    qualifier="nearly",
    category=FU,
)
JJ = ["入库企业预缴申报享受研发费用加计扣除金额", "研发费用加计扣除金额", "加计扣除金额"]
R(d, "金额61.8亿元", "61.8亿元", V("61.8", "亿"), "元", "level", JJ, "", category=TXA)
R(d, "增长19.2%", "19.2%", 19.2, "%", "growth", JJ, "", category=TXA)
R(
    d,
    "在9个市",
    "9个",
    9,
    "个",
    "level",
    ["市(州)", "市"],
    "",
    planned=[None, True],
    period=["2024-07/2024-12", "2024", H1],
    category=OT,
)
R(d, "突破8000家", "8000家", 8000, "家", "level", KZ2, "tsme_count", qualifier=QM, planned=True, period="2024")
R(
    d,
    "不少于1500家",
    "不少于1500家",
    1500,
    "家",
    "level",
    ["高新技术企业后备企业"],
    "",
    qualifier="at_least",
    planned=True,
    period="2024",
    category=[HT, TS],
)
NOT_INDICATORS["c02.txt"] = [
    ("发布时间:2024.07.16", "2024.07", "date line (dotted date read as one number)"),
    ("发布时间:2024.07.16", "16", "date line"),
    ("截至2024.06.30", "2024.06", "time point (dotted date)"),
    ("截至2024.06.30", "30", "time point (dotted date)"),
    ("在500万元以上", "500", "group threshold"),
]

# ---------------------------------------------------------------- c03
# 中評社 (a Hong Kong news site) story in TRADITIONAL characters on 研发费用
# 加计扣除 in 哈密市, with 稅務局 figures: 億元 / 萬元, 戶 / 戶次, 佔, 預繳.
# Page remnants: breadcrumb, a bare date-time line `2024-08-09 00:15:23`,
# 【字體:大 中 小】, 責任編輯. The headline repeats 1.86億元. 户数 and 金额 with
# growth; 制造业 part and shares; `比上年同期多出0.87億元`; three areas
# (伊州區, the 高新區 with no code, two counties together) that add up;
# `兩項指標均居全市第一` (one rank for two indicators); 户均約; 近300戶; a
# quote; `10月份` (time, no record); 突破260戶. Indicators are given in both
# scripts (corpus D02).
HM = ["哈密市", "哈密"]
d = doc("c03.txt", HM, H1, TXA)
JM = ["減免企業所得稅", "减免企业所得税", "減稅", "减税"]
R(d, "減稅1.86億元", "1.86億元", V("1.86", "亿"), "元", "level", JM, "", category=FU)
HS = ["享受研發費用加計扣除政策的企業", "享受研发费用加计扣除政策的企业", "享受加计扣除企业", "企業", "企业"]
R(d, "218戶", "218戶", 218, "户", "level", HS, "", category=TX)
R(d, "增長31.3%", "31.3%", 31.3, "%", "growth", HS, "", category=TX)
JE = ["加計扣除金額", "加计扣除金额", "研发费用加计扣除金额"]
R(d, "7.44億元", "7.44億元", V("7.44", "亿"), "元", "level", JE, "")
R(d, "增長27.6%", "27.6%", 27.6, "%", "growth", JE, "")
R(d, "所得稅1.86億元", "1.86億元", V("1.86", "亿"), "元", "level", JM, "", category=FU)
ZZ = ["享受加計扣除的製造業企業", "享受加计扣除的制造业企业", "製造業企業", "制造业企业"]
R(d, "152戶", "152戶", 152, "户", "level", ZZ, "", category=TX)
R(d, "69.7%", "69.7%", 69.7, "%", "share", ["佔享受總戶數", "占享受总户数"] + ZZ, "", category=TX)
ZJ = ["製造業企業加計扣除金額", "制造业企业加计扣除金额"] + JE
R(d, "5.91億元", "5.91億元", V("5.91", "亿"), "元", "level", ZJ, "")
R(d, "79.4%", "79.4%", 79.4, "%", "share", ["佔全市", "占全市"] + ZJ, "")
XM = ["新能源裝備和煤化工兩個行業的企業加計扣除", "新能源装备和煤化工两个行业的企业加计扣除", "加計扣除", "加计扣除"]
R(d, "3.26億元", "3.26億元", V("3.26", "亿"), "元", "level", XM, "")
R(d, "0.87億元", "0.87億元", V("0.87", "亿"), "元", GL, XM, "")
YZ = ["伊州區", "伊州区"]
R(d, "126戶", "126戶", 126, "户", "level", HS, "", region=YZ, category=TX)
R(d, "4.08億元", "4.08億元", V("4.08", "亿"), "元", "level", JE, "", region=YZ)
R(d, "54.8%", "54.8%", 54.8, "%", "share", ["佔全市總額", "占全市总额"] + JE, "", region=YZ)
R(d, "全市第一", "第一", 1, "位", "rank", HS + JE, "", region=YZ, category=TX)
GXQ = ["哈密高新技術產業開發區", "哈密高新技术产业开发区"] + HM
R(d, "企業63戶", "63戶", 63, "户", "level", HS, "", region=GXQ, category=TX)
R(d, "2.17億元", "2.17億元", V("2.17", "亿"), "元", "level", JE, "", region=GXQ)
LX = ["巴里坤縣", "伊吾縣", "巴里坤县", "伊吾县"] + HM
R(d, "合計29戶", "29戶", 29, "户", "level", HS, "", region=LX, category=TX)
R(d, "1.19億元", "1.19億元", V("1.19", "亿"), "元", "level", JE, "", region=LX)
KX = ["享受加計扣除的科技型中小企業", "享受加计扣除的科技型中小企业", "科技型中小企業", "科技型中小企业"]
R(d, "87戶", "87戶", 87, "户", "level", KX, ["", "tsme_count"], category=[TS, FU])
KJ = ["扣除金額", "扣除金额", "科技型中小企业扣除金额"]
R(d, "1.02億元", "1.02億元", V("1.02", "亿"), "元", "level", KJ, "", category=[FU, TS, RE])
R(
    d,
    "約117萬元",
    "約117萬元",
    V("117", "万"),
    "元",
    "level",
    ["戶均", "户均"] + KJ,
    "",
    qualifier="about",
    category=[FU, TS, RE],
)
GQ = ["享受所得稅優惠稅率的高新技術企業", "享受所得税优惠税率的高新技术企业", "高新技術企業", "高新技术企业"]
R(d, "42戶", "42戶", 42, "户", "level", GQ, ["", "hte_count"], category=[HT, FU])
MS = ["高新技術企業減免稅額", "高新技术企业减免税额", "減免稅額", "减免税额"]
R(d, "6300萬元", "6300萬元", V("6300", "万"), "元", "level", MS, "", category=[FU, HT])
R(d, "14.5%", "14.5%", 14.5, "%", "growth", MS, "", category=[FU, HT])
NOW3 = ["2024", H1, "2024-01/2024-08"]  # 今年以来, in an August story
R(
    d,
    "近300戶",
    "近300戶",
    300,
    "户",
    "level",
    ["有研發活動的企業", "有研发活动的企业"],
    "",
    qualifier="nearly",
    period=NOW3,
    category=[EN, RE],
)
R(d, "12支", "12支", 12, "支", "level", ["專業服務團隊", "专业服务团队"], "", period=NOW3, category=[TA, OT])
R(d, "410戶次", "410戶次", 410, "户次", "level", ["上門服務", "上门服务"], "", category=[OT, FU])
R(
    d,
    "突破260戶",
    "260戶",
    260,
    "户",
    "level",
    ["享受加計扣除的企業", "享受加计扣除的企业"] + HS,
    "",
    qualifier=QM,
    planned=True,
    period="2024",
    category=TX,
)
NOT_INDICATORS["c03.txt"] = [
    ("2024-08-09 00:15:23", "2024", "date line"),
    ("2024-08-09 00:15:23", "08", "date line"),
    ("2024-08-09 00:15:23", "09", "date line"),
    ("2024-08-09 00:15:23", "00", "date line"),
    ("2024-08-09 00:15:23", "15", "date line"),
    ("2024-08-09 00:15:23", "23", "date line"),
    ("哈密8月9日電", "8", "dateline of the news agency"),
    ("哈密8月9日電", "9", "dateline of the news agency"),
    ("在10月份預繳", "10", "time point (month)"),
]

# ---------------------------------------------------------------- c04
# 云南省统计局 解读 (analysis article) of the 2023 provincial 科技经费投入统计
# 公报, with comparisons to the nation: `增速比全国平均水平高1.0个百分点`,
# `比全国平均水平(2.65%)低1.39个百分点` (the national value in brackets is a
# 全国 record), `仅相当于全国水平的47.5%`, `比全国(6.8%)高1.5个百分点`; a rank
# and a rank change (`第18位,比上年前移1位`); activity types and performers;
# a 贡献率; 规上 R&D with 与营业收入之比; 财政科技支出; a 2025 target. Page
# remnants: breadcrumb, source line with 浏览次数:2315 (no record), 【字体】.
YN = ["云南省", "云南"]
QG = ["全国"]
d = doc("c04.txt", YN, "2023", RE)
RD4 = ["R&D经费", "研究与试验发展(R&D)经费"]
R(d, "达到378.2亿元", "378.2亿元", V("378.2", "亿"), "元", "level", RD4, "rd_spend")
R(d, "增加31.6亿元", "31.6亿元", V("31.6", "亿"), "元", GL, RD4, "rd_spend")
R(d, "亿元,增长9.1%,增速", "9.1%", 9.1, "%", "growth", RD4, "rd_spend")
R(d, "水平高1.0个百分点", "1.0个百分点", 1.0, "百分点", GL, ["R&D经费增速"] + RD4, "rd_spend")
R(d, "第18位", "第18位", 18, "位", "rank", ["R&D经费总量", "总量"], "rd_spend")
R(d, "前移1位", "1位", 1, "位", GR, ["R&D经费总量", "总量"], "rd_spend")
QD = ["R&D经费投入强度", "投入强度"]
R(d, "达到1.26%", "1.26%", 1.26, "%", "share", QD, "rd_intensity")
R(d, "0.04个百分点", "0.04个百分点", 0.04, "百分点", "growth", QD, "rd_intensity")
R(d, "(2.65%)", "2.65%", 2.65, "%", "share", ["全国平均水平"] + QD, "rd_intensity", region=QG)
R(d, "低1.39个百分点", "1.39个百分点", 1.39, "百分点", GL, QD, "rd_intensity")
R(d, "的47.5%", "47.5%", 47.5, "%", SL, ["相当于全国水平"] + QD, "rd_intensity")
JC = ["基础研究经费", "基础研究"]
R(d, "经费31.4亿元", "31.4亿元", V("31.4", "亿"), "元", "level", JC, "rd_spend_basic")
R(d, "增长14.2%", "14.2%", 14.2, "%", "growth", JC, "rd_spend_basic")
YY = ["应用研究经费", "应用研究"]
R(d, "经费58.9亿元", "58.9亿元", V("58.9", "亿"), "元", "level", YY, "")
R(d, "增长6.7%", "6.7%", 6.7, "%", "growth", YY, "")
SY = ["试验发展经费", "试验发展"]
R(d, "经费287.9亿元", "287.9亿元", V("287.9", "亿"), "元", "level", SY, "")
R(d, "287.9亿元,增长9.1%", "9.1%", 9.1, "%", "growth", SY, "")
JCB = ["基础研究经费所占比重", "基础研究经费占R&D经费的比重"] + JC
R(d, "比重为8.3%", "8.3%", 8.3, "%", "share", JCB, "rd_spend_basic")
R(d, "(6.8%)", "6.8%", 6.8, "%", "share", JCB, "rd_spend_basic", region=QG)
R(d, "高1.5个百分点", "1.5个百分点", 1.5, "百分点", GL, JCB, "rd_spend_basic")
QY = ["各类企业R&D经费", "企业R&D经费", "企业经费"]
R(d, "经费276.5亿元", "276.5亿元", V("276.5", "亿"), "元", "level", QY, "rd_spend_enterprise")
R(d, "增长10.6%", "10.6%", 10.6, "%", "growth", QY, "rd_spend_enterprise")
R(d, "贡献率为83.9%", "83.9%", 83.9, "%", SL, ["对全省R&D经费增长的贡献率", "贡献率"], "rd_spend_enterprise")
QYB = ["企业经费占全省的比重", "企业R&D经费占全省的比重"] + QY
R(d, "比重为73.1%", "73.1%", 73.1, "%", "share", QYB, "rd_spend_enterprise")
R(d, "提高1.0个百分点", "1.0个百分点", 1.0, "百分点", "growth", QYB, "rd_spend_enterprise")
R(d, "低4.6个百分点", "4.6个百分点", 4.6, "百分点", GL, QYB, "rd_spend_enterprise")
ZF = ["政府属研究机构经费", "政府属研究机构"]
R(d, "经费49.8亿元", "49.8亿元", V("49.8", "亿"), "元", "level", ZF, "")
R(d, "增长3.1%", "3.1%", 3.1, "%", "growth", ZF, "")
GX = ["高等学校经费", "高等学校"]
R(d, "经费44.3亿元", "44.3亿元", V("44.3", "亿"), "元", "level", GX, "")
R(d, "增长8.3%", "8.3%", 8.3, "%", "growth", GX, "")
GS = ["规模以上工业企业R&D经费", "规上工业企业R&D经费"]
R(d, "经费198.7亿元", "198.7亿元", V("198.7", "亿"), "元", "level", GS, "rd_spend_enterprise")
R(d, "增长11.3%", "11.3%", 11.3, "%", "growth", GS, "rd_spend_enterprise")
YS = ["规模以上工业企业R&D经费与营业收入之比", "与营业收入之比"]
R(d, "之比为0.92%", "0.92%", 0.92, "%", "share", YS, "rd_intensity_enterprise")
R(d, "低0.48个百分点", "0.48个百分点", 0.48, "百分点", GL, YS, "rd_intensity_enterprise")
R(d, "占29.6%", "29.6%", 29.6, "%", "share", ["规上工业企业中开展了研发活动的", "有研发活动的规上工业企业占比"], "")
CZ = ["地方财政科学技术支出", "财政科学技术支出"]
R(d, "支出92.6亿元", "92.6亿元", V("92.6", "亿"), "元", "level", CZ, "fiscal_st_spend", category=FS)
R(d, "增长6.3%", "6.3%", 6.3, "%", "growth", CZ, "fiscal_st_spend", category=FS)
CZB = ["在地方一般公共预算支出中占", "地方财政科学技术支出占地方一般公共预算支出的比重"] + CZ
R(d, "中占1.41%", "1.41%", 1.41, "%", "share", CZB, "fiscal_st_spend", category=FS)
R(d, "0.08个百分点", "0.08个百分点", 0.08, "百分点", "growth", CZB, "fiscal_st_spend", category=FS)
R(d, "1.5%左右", "1.5%左右", 1.5, "%", "share", QD, "rd_intensity", qualifier="about", planned=True, period="2025")
NOT_INDICATORS["c04.txt"] = [
    ("——《2023年", "2023", "year inside a title"),
    ("发布了《2023年", "2023", "year inside a title"),
    ("发布时间:2024-10-11 10:05", "2024", "date line"),
    ("发布时间:2024-10-11 10:05", "10", "date line"),
    ("发布时间:2024-10-11 10:05", "11", "date line"),
    ("发布时间:2024-10-11 10:05", "05", "date line"),
    ("浏览次数:2315", "2315", "page view counter"),
    ("。从公报数据看,2023年", "2023", "time phrase"),
    ("2023年,全省R&D", "2023", "time phrase"),
    ("比2022年提高", "2022", "comparison year"),
    ("到2025年", "2025", "target year"),
]

# ---------------------------------------------------------------- c05
# 楚雄高新区管委会 news on 孵化器 / 众创空间 at mid-year: page header, bare
# breadcrumb, an 作者/来源/发布时间/浏览次数 line (658: no record), 【关闭】
# 【打印】 at the end. The headline repeats 38家. The zone is the home region
# (高新区, 区内: no code); `占全州总数的39.1%` is the zone's share of 楚雄州.
# Counts by level in brackets that add up (国家级1家、省级2家、州级1家), the
# same `州级1家` twice; 在孵 flows that add up (38 new − 7 graduated − 4 out
# = +27); 在孵企业 营业收入 / 研发投入 and a share; 毕业企业 with 留区率;
# 余人次; plans with 突破 and 以上.
CX = ["楚雄高新区", "楚雄高新技术产业开发区", "高新区"]
CXZ = CX + ["楚雄彝族自治州", "楚雄州"]
S6Z = ["2024-06", H1]  # 截至6月底 stocks
H2 = ["2024-07/2024-12", "2024"]  # 下半年 / 年内 targets
d = doc("c05.txt", CX, H1, IN)
RF = ["新增入孵企业", "入孵企业"]
R(d, "载体上半年新增入孵企业38家", "38家", 38, "家", "level", RF, "")
R(d, "载体9家", "9家", 9, "家", "level", ["各类孵化载体", "孵化载体"], ["incubators", "maker_spaces"], period=S6Z)
R(d, "的39.1%", "39.1%", 39.1, "%", "share", ["孵化载体占全州总数", "占全州总数"], "", region=CXZ, period=S6Z)
FH = ["科技企业孵化器"]
R(d, "孵化器4家", "4家", 4, "家", "level", FH, "incubators", period=S6Z)
R(d, "国家级1家", "1家", 1, "家", "level", ["国家级科技企业孵化器", "国家级"], "incubators", period=S6Z)
R(d, "省级2家", "2家", 2, "家", "level", ["省级科技企业孵化器", "省级"], "incubators", period=S6Z)
R(d, "省级2家、州级1家", "州级1家", 1, "家", "level", ["州级科技企业孵化器", "州级"], "incubators", period=S6Z)
R(d, "众创空间5家", "5家", 5, "家", "level", ["众创空间"], "maker_spaces", period=S6Z)
R(d, "国家备案1家", "1家", 1, "家", "level", ["国家备案众创空间", "国家备案"], "maker_spaces", period=S6Z)
R(d, "省级3家", "3家", 3, "家", "level", ["省级众创空间", "省级"], "maker_spaces", period=S6Z)
R(d, "省级3家、州级1家", "州级1家", 1, "家", "level", ["州级众创空间", "州级"], "maker_spaces", period=S6Z)
R(
    d,
    "12.6万平方米",
    "12.6万平方米",
    V("12.6", "万"),
    "平方米",
    "level",
    ["孵化场地总面积"],
    "",
    period=S6Z,
    category=[IN, FA],
)
R(d, "新增入孵企业38家,", "38家", 38, "家", "level", RF, "")
R(d, "毕业企业7家", "7家", 7, "家", "level", ["新毕业企业"], "")
R(d, "另有4家", "4家", 4, "家", "level", ["退出企业", "未达到孵化要求退出的企业"], "")
ZF5 = ["在孵企业总数", "在孵企业"]
R(d, "达到246家", "246家", 246, "家", "level", ZF5, "", period=S6Z)
R(d, "增加27家", "27家", 27, "家", GL, ZF5, "", period=S6Z)
R(d, "企业97家", "97家", 97, "家", "level", ["在孵科技型中小企业", "科技型中小企业"], "", period=S6Z, category=[IN, TS])
R(
    d,
    "占39.4%",
    "39.4%",
    39.4,
    "%",
    "share",
    ["在孵科技型中小企业", "科技型中小企业"],
    "",
    period=S6Z,
    category=[IN, TS],
)
R(
    d,
    "高新技术企业18家",
    "18家",
    18,
    "家",
    "level",
    ["在孵高新技术企业", "高新技术企业"],
    "",
    period=S6Z,
    category=[IN, HT],
)
YS5 = ["在孵企业营业收入", "营业收入"]
R(d, "6.84亿元", "6.84亿元", V("6.84", "亿"), "元", "level", YS5, "", category=[IN, "economy"])
R(d, "增长15.9%", "15.9%", 15.9, "%", "growth", YS5, "", category=[IN, "economy"])
YT = ["在孵企业研发投入", "研发投入"]
R(d, "5200万元", "5200万元", V("5200", "万"), "元", "level", YT, ["", "rd_spend_enterprise"], category=[RE, IN])
R(
    d,
    "的7.6%",
    "7.6%",
    7.6,
    "%",
    "share",
    ["研发投入占营业收入"] + YT,
    ["", "rd_intensity_enterprise"],
    category=[RE, IN],
)
R(d, "132件", "132件", 132, "件", "level", ["新获授权知识产权", "知识产权"], "", category=[PT, IN])
R(d, "2380人", "2380人", 2380, "人", "level", ["在孵企业吸纳就业", "吸纳就业"], "", category=[TA, IN, OT])
R(d, "1120人", "1120人", 1120, "人", "level", ["高校毕业生"], "", category=[TA, IN, OT])
BY = ["累计毕业企业", "毕业企业"]
R(d, "113家", "113家", 113, "家", "level", BY, "", period=S6Z)
R(d, "的96家", "96家", 96, "家", "level", ["留在区内发展的毕业企业"] + BY, "", period=S6Z)
R(d, "85.0%", "85.0%", 85.0, "%", SL, ["留区率"], "", period=S6Z)
R(
    d,
    "有21家",
    "21家",
    21,
    "家",
    "level",
    ["成长为高新技术企业的毕业企业"],
    ["", "hte_count"],
    period=S6Z,
    category=[IN, HT],
)
R(d, "6家成长", "6家", 6, "家", "level", ["成长为规模以上工业企业的毕业企业"], "", period=S6Z)
R(d, "42场次", "42场次", 42, "场次", "level", ["创业培训、项目路演、投融资对接等活动", "活动"], "")
R(d, "1600余人次", "1600余人次", 1600, "人次", "level", ["服务创业者"], "", qualifier="more_than")
R(d, "3850万元", "3850万元", V("3850", "万"), "元", "level", ["银行贷款和股权融资", "融资"], "", category=[IN, FU])
R(
    d,
    "186万元",
    "186万元",
    V("186", "万"),
    "元",
    "level",
    ["孵化载体运营补助和在孵企业房租补贴", "补贴"],
    "",
    category=[FU, IN],
)
R(
    d,
    "推动1家",
    "1家",
    1,
    "家",
    "level",
    ["州级孵化器申报省级孵化器", "申报省级孵化器"],
    "incubators",
    planned=True,
    period=H2,
)
R(d, "突破270家", "270家", 270, "家", "level", ZF5, "", qualifier=QM, planned=True, period=H2)
R(d, "5家以上", "5家以上", 5, "家", "level", ["新毕业企业"], "", qualifier="at_least", planned=True, period=H2)
R(
    d,
    "达到25家",
    "25家",
    25,
    "家",
    "level",
    ["孵化载体内高新技术企业", "高新技术企业"],
    "",
    planned=True,
    period=H2,
    category=[IN, HT],
)
NOT_INDICATORS["c05.txt"] = [
    ("发布时间:2024-07-23 11:40", "2024", "date line"),
    ("发布时间:2024-07-23 11:40", "07", "date line"),
    ("发布时间:2024-07-23 11:40", "23", "date line"),
    ("发布时间:2024-07-23 11:40", "11", "date line"),
    ("发布时间:2024-07-23 11:40", "40", "date line"),
    ("浏览次数:658", "658", "page view counter"),
    ("截至6月底,区内", "6", "time point"),
    ("截至6月底,高新区", "6", "time point"),
    ("1-6月,在孵", "1", "time range 1-6月"),
    ("1-6月,在孵", "6", "time range 1-6月"),
]

# ---------------------------------------------------------------- c06
# 垫江县 政府工作报告 (摘要) of 2022 on the county site: breadcrumb, 发布时间,
# 字号:[大 中 小], the session line (第十八届, 第一次: Chinese numerals, no
# records) with its date. 过去五年 (2017-2021): GDP `从2016年的…增加到2021年
# 的…` (two records with their years), `由1.02%提高到1.86%` and `由12家增加
# 到61家` (start and end values, years not written), 五年累计 figures,
# `是2016年的2.8倍`, 年均增长; 2022 targets (预期目标, 左右, 以上); the name
# `“十四五”` and the plan name `倍增计划` are no figures.
DJ = ["垫江县", "垫江"]
Y16 = ["2016", "2017", ""]  # the start value of a 过去五年 comparison
Y21 = ["2021", "2017/2021"]  # the end value
P5 = ["2017/2021", "2016/2021", "2021"]  # 五年累计 / 年均
d = doc("c06.txt", DJ, Y21, RE)
GDP = ["地区生产总值"]
R(d, "2016年的398.6亿元", "398.6亿元", V("398.6", "亿"), "元", "level", GDP, "gdp", period="2016", category=EC)
R(d, "2021年的612.4亿元", "612.4亿元", V("612.4", "亿"), "元", "level", GDP, "gdp", period="2021", category=EC)
R(d, "年均增长6.8%", "6.8%", 6.8, "%", "growth", GDP, "gdp", period=P5, category=EC)
R(d, "突破800亿元", "800亿元", V("800", "亿"), "元", "level", ["规模以上工业总产值"], "", qualifier=QM, category=EC)
QD6 = ["全社会研发经费投入强度", "研发经费投入强度"]
R(d, "由1.02%", "1.02%", 1.02, "%", "share", QD6, "rd_intensity", period=Y16)
R(d, "提高到1.86%", "1.86%", 1.86, "%", "share", QD6, "rd_intensity")
R(d, "由12家", "12家", 12, "家", "level", ["高新技术企业"], "hte_count", period=Y16, category=HT)
R(d, "到61家", "61家", 61, "家", "level", ["高新技术企业"], "hte_count", category=HT)
R(d, "由38家", "38家", 38, "家", "level", ["科技型企业"], ["tsme_count", ""], period=Y16, category=TS)
R(d, "到326家", "326家", 326, "家", "level", ["科技型企业"], ["tsme_count", ""], category=TS)
R(
    d,
    "提高到38.6%",
    "38.6%",
    38.6,
    "%",
    "share",
    ["高新技术产业产值在规上工业总产值中的占比", "高新技术产业产值"],
    "hti_output",
    category="high_tech_industry",
)
R(d, "平台47个", "47个", 47, "个", "level", ["市级以上研发平台", "研发平台"], RIS, category=RI)
R(d, "国家级2个", "2个", 2, "个", "level", ["国家级研发平台", "国家级"], RIS, category=RI)
R(d, "项目186项", "186项", 186, "项", "level", ["市级以上科技项目", "科技项目"], "", period=P5, category=PJ)
R(
    d,
    "2.34亿元",
    "2.34亿元",
    V("2.34", "亿"),
    "元",
    "level",
    ["争取上级科技资金", "上级科技资金"],
    "",
    period=P5,
    category=[FU, PJ],
)
YX = ["有效发明专利"]
R(d, "达到412件", "412件", 412, "件", "level", YX, "invention_patents_held", category=PT)
R(d, "2.8倍", "2.8倍", 2.8, "倍", GL, YX, "invention_patents_held", category=PT)
PER = ["每万人口发明专利拥有量"]
R(d, "由2.1件", "2.1件", 2.1, "件", LS, PER, "invention_patents_per_10k", period=Y16, category=PT)
R(d, "提高到6.2件", "6.2件", 6.2, "件", LS, PER, "invention_patents_per_10k", category=PT)
TV6 = ["技术合同成交额"]
R(d, "年均增长32.6%", "32.6%", 32.6, "%", "growth", TV6, "tech_contract_value", period=P5, category=TM)
R(d, "达到2.13亿元", "2.13亿元", V("2.13", "亿"), "元", "level", TV6, "tech_contract_value", period="2021", category=TM)
R(d, "1260人次", "1260人次", 1260, "人次", "level", ["选派科技特派员", "科技特派员"], "", period=P5, category=TA)
R(d, "26个", "26个", 26, "个", "level", ["乡镇(街道)", "乡镇"], "", category=OT)
Y22 = "2022"
R(d, "增长7%左右", "7%左右", 7, "%", "growth", GDP, "gdp", qualifier="about", planned=True, period=Y22, category=EC)
R(d, "增长9%", "9%", 9, "%", "growth", ["规模以上工业增加值"], "", planned=True, period=Y22, category=EC)
R(d, "达到2%", "2%", 2, "%", "share", QD6, "rd_intensity", planned=True, period=Y22)
R(
    d,
    "15家以上",
    "15家以上",
    15,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period=Y22,
    category=HT,
)
R(
    d,
    "60家以上",
    "60家以上",
    60,
    "家",
    "level",
    ["新增科技型企业", "科技型企业"],
    ["tsme_count", ""],
    qualifier="at_least",
    planned=True,
    period=Y22,
    category=TS,
)
R(
    d,
    "平台5个",
    "5个",
    5,
    "个",
    "level",
    ["新建市级以上研发平台", "市级以上研发平台"],
    RIS,
    planned=True,
    period=Y22,
    category=RI,
)
R(
    d,
    "达到45%",
    "45%",
    45,
    "%",
    "share",
    ["有研发机构的规上工业企业比例", "研发机构覆盖率"],
    "",
    planned=True,
    period=Y22,
    category=RI,
)
R(
    d,
    "增长10%以上",
    "10%以上",
    10,
    "%",
    "growth",
    ["县财政科技投入", "财政科技投入"],
    "fiscal_st_spend",
    qualifier="at_least",
    planned=True,
    period=Y22,
    category=FS,
)
R(d, "增长20%", "20%", 20, "%", "growth", TV6, "tech_contract_value", planned=True, period=Y22, category=TM)
R(
    d,
    "人才200名",
    "200名",
    200,
    "名",
    "level",
    ["引进高层次人才和急需紧缺人才", "高层次人才和急需紧缺人才"],
    "",
    planned=True,
    period=Y22,
    category=TA,
)
R(
    d,
    "工作站3个",
    "3个",
    3,
    "个",
    "level",
    ["新建专家工作站", "专家工作站"],
    "",
    planned=True,
    period=Y22,
    category=[TA, RI],
)
NOT_INDICATORS["c06.txt"] = [
    ("2022年垫江县", "2022", "title year"),
    ("发布时间:2022-01-24 09:00", "2022", "date line"),
    ("发布时间:2022-01-24 09:00", "01", "date line"),
    ("发布时间:2022-01-24 09:00", "24", "date line"),
    ("发布时间:2022-01-24 09:00", "09", "date line"),
    ("发布时间:2022-01-24 09:00", "00", "date line"),
    ("——2022年1月18日", "2022", "session date"),
    ("——2022年1月18日", "1", "session date"),
    ("——2022年1月18日", "18", "session date"),
    ("主要工作和2022年", "2022", "section year"),
    ("二、2022年", "2022", "section heading year"),
    ("从2016年的", "2016", "base year"),
    ("到2021年的", "2021", "end year"),
    ("是2016年的", "2016", "comparison base year"),
    ("2021年达到", "2021", "year"),
]


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")


def cn_number(t):
    """a small Chinese numeral (两, 三, 二) as an int"""
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


def locate(text, name, r):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    n = text.count(a)
    if n != 1:
        sys.exit(f"{name}: anchor {a!r} occurs {n} times")
    i = text.index(a)
    if a.count(fig) != 1:
        sys.exit(f"{name}: figure {fig!r} is not once in anchor {a!r}")
    start = i + a.index(fig)
    return start, start + len(fig)


def written_value(r):
    """|value| as the figure's text writes it: whitespace ignored, 萬/億 read
    as 万/亿, Chinese numerals read (首位 = 1), 余/多 skipped, 万/亿 folded in."""
    t = unicodedata.normalize("NFKC", r["fig"]).translate(str.maketrans("萬億", "万亿"))
    t = re.sub(r"\s", "", t).replace(",", "")
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
    rest = rest.lstrip("余多")
    mult = next((w for w in ("亿", "万") if rest.startswith(w)), "")
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
PERIOD = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2]))?(/\d{4}(-(0[1-9]|1[0-2]))?)?)?$")


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
    if rec["period"] is not None and not all(p is None or PERIOD.match(p) for p in as_list(rec["period"])):
        bad.append("period")
    if not all(p in (True, False, None) for p in as_list(rec["planned"])):
        bad.append("planned")
    if not all(c == "" or re.fullmatch(r"\d{6}", c) for c in as_list(rec["region_code"])):
        bad.append("region_code")
    if "rank" in as_list(rec["kind"]) and rec["unit"] != "位":
        bad.append("rank unit")
    if rec["unit"] == "百分点" and "growth" not in as_list(rec["kind"]):
        bad.append("百分点 kind")
    if rec["value"] < 0 and "growth" not in as_list(rec["kind"]):
        bad.append("negative value kind")
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
        seen = set()
        for r in spec["recs"]:
            start, end = locate(text, name, r)
            if (start, end) in seen:
                sys.exit(f"{name}: duplicate span {r['fig']!r}")
            seen.add((start, end))
            if written_value(r) != abs(Decimal(str(r["value"]))):
                sys.exit(f"{name}: {r['fig']!r} is written {written_value(r)}, value {r['value']}")
            # a digit, or a digit and a separator (2.5 / 1,200), before the figure; a digit after it
            if re.search(r"\d[.,]?$", text[max(start - 2, 0) : start]) or re.search(r"\d", text[end : end + 1]):
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


D = Decimal
# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 静海区, 2023 same period
    "c01_tsme23": 348,  # 科技型中小企业入库, 2023年前三季度
    "c01_hte_apply23": 105,  # 国家高新技术企业申报
    "c01_rd23": D("16.47"),  # 亿元, 规上研发费用 1-8月
    "c01_city_rd_growth": D("9.1"),  # %, 全市平均增速
    "c01_tc23": D("7.39"),  # 亿元, 技术合同成交额
    # c02 吉林省, 2023年上半年
    "c02_tsme23": 4739,
    "c02_city23": {"白城市": 149, "辽源市": 116, "松原市": 180, "白山市": 146, "梅河口市": 109},
    "c02_city24": {"辽源市": 158, "松原市": 241},  # 2024 counts, not printed
    "c02_deduct23": D("51.85"),  # 亿元, 加计扣除金额
    # c03 哈密市, 2023年上半年
    "c03_hh23": 166,
    "c03_amt23": D("5.83"),  # 亿元
    "c03_hte_tax23": 5502,  # 万元
    # c04 云南省 and 全国
    "c04_rd22": D("346.6"),
    "c04_gdp23": D("30021"),
    "c04_gdp22": D("28410"),
    "c04_basic22": D("27.5"),
    "c04_app22": D("55.2"),
    "c04_ent22": D("250.0"),
    "c04_gov22": D("48.3"),
    "c04_uni22": D("40.9"),
    "c04_other23": D("7.6"),
    "c04_ind22": D("178.5"),  # 规上工业企业 R&D
    "c04_nat_growth": D("8.1"),  # 全国 R&D 增速
    "c04_nat_ent_share": D("77.7"),
    "c04_nat_ind_int": D("1.40"),  # 全国 规上 R&D / 营业收入
    "c04_fis22": D("87.1"),
    "c04_budget23": D("6570"),
    "c04_budget22": D("6550"),
    # c05 楚雄高新区
    "c05_zhou_carriers": 23,  # 楚雄州 孵化载体
    "c05_rev23": D("5.90"),  # 亿元, 在孵企业营业收入 1-6月 2023
    # c06 垫江县
    "c06_patent16": 147,
    "c06_pop16": D("70.0"),  # 万人
    "c06_pop21": D("66.4"),
    "c06_tc16": D("0.52"),  # 亿元
}
P = PREV
GDP_CAGR6 = (D("612.4") / D("398.6")) ** (D(1) / 5)
TC_CAGR6 = (D("2.13") / P["c06_tc16"]) ** (D(1) / 5)

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (pct(412, 450), D("91.6")),
    (growth(412, P["c01_tsme23"]), D("18.4")),
    (126 - P["c01_hte_apply23"], 21),
    (growth(D("18.64"), P["c01_rd23"]), D("13.2")),
    (D("13.2") - P["c01_city_rd_growth"], D("4.1")),
    (growth(D("9.37"), P["c01_tc23"]), D("26.8")),
    (2 + 3, 5),  # 市级研发平台新认定
    (rnd(D(2860) / 173), D("16.5")),
    (pct(D("5.12"), D("9.37")), D("54.6")),
    (37 < 412 and 14 < 238 and 5 <= 87, True),
    (412 + 40 > 450 and 330 > 318 and 12 > D("9.37"), True),  # targets above the levels
    # c02
    (growth(5862, P["c02_tsme23"]), D("23.7")),
    (pct(5862, 8000), D("73.3")),
    (3128 + 1307 + 846 + 581, 5862),
    (pct(3128, 5862), D("53.4")),
    (pct(1307, 5862), D("22.3")),
    (pct(846, 5862), D("14.4")),
    (pct(1942, 5862), D("33.1")),
    (416 < 5862, True),
    (growth(211, P["c02_city23"]["白城市"]), D("41.6")),
    (growth(P["c02_city24"]["辽源市"], P["c02_city23"]["辽源市"]), D("36.2")),
    (growth(P["c02_city24"]["松原市"], P["c02_city23"]["松原市"]), D("33.9")),
    (growth(187, P["c02_city23"]["白山市"]), D("28.1")),
    (growth(142, P["c02_city23"]["梅河口市"]), D("30.3")),
    (D("41.6") > D("36.2") > D("33.9") > D("30.3") > D("28.1") > D("23.7"), True),  # 前三位 and above the province
    (211 > 200, True),
    (rnd(D("24.7") * 10**4 / 836, 0), D(295)),  # 近300万元
    (growth(D("61.8"), P["c02_deduct23"]), D("19.2")),
    (8000 > 5862 and 1500 < 8000, True),
    # c03
    (growth(218, P["c03_hh23"]), D("31.3")),
    (growth(D("7.44"), P["c03_amt23"]), D("27.6")),
    (rnd(D("7.44") * D("0.25"), 2), D("1.86")),  # 25 % income tax on the deduction
    (pct(152, 218), D("69.7")),
    (pct(D("5.91"), D("7.44")), D("79.4")),
    (D("3.26") < D("5.91") and D("0.87") < D("3.26"), True),
    (126 + 63 + 29, 218),
    (D("4.08") + D("2.17") + D("1.19"), D("7.44")),
    (pct(D("4.08"), D("7.44")), D("54.8")),
    (126 > 63 > 29 and D("4.08") > D("2.17") > D("1.19"), True),  # 两项指标均居全市第一
    (rnd(D("1.02") * 10**4 / 87, 0), D(117)),
    (growth(6300, P["c03_hte_tax23"]), D("14.5")),
    (87 < 218 and 42 < 218 and 218 < 300 and 260 > 218, True),
    # c04
    (D("378.2") - P["c04_rd22"], D("31.6")),
    (growth(D("378.2"), P["c04_rd22"]), D("9.1")),
    (D("9.1") - P["c04_nat_growth"], D("1.0")),
    (pct(D("378.2"), P["c04_gdp23"], 2), D("1.26")),
    (pct(D("378.2"), P["c04_gdp23"], 2) - pct(P["c04_rd22"], P["c04_gdp22"], 2), D("0.04")),
    (D("2.65") - D("1.26"), D("1.39")),
    (pct(D("1.26"), D("2.65")), D("47.5")),
    (D("31.4") + D("58.9") + D("287.9"), D("378.2")),
    (growth(D("31.4"), P["c04_basic22"]), D("14.2")),
    (growth(D("58.9"), P["c04_app22"]), D("6.7")),
    (growth(D("287.9"), P["c04_rd22"] - P["c04_basic22"] - P["c04_app22"]), D("9.1")),
    (pct(D("31.4"), D("378.2")), D("8.3")),
    (D("8.3") - D("6.8"), D("1.5")),
    (D("276.5") + D("49.8") + D("44.3") + P["c04_other23"], D("378.2")),
    (P["c04_ent22"] + P["c04_gov22"] + P["c04_uni22"] < P["c04_rd22"], True),
    (growth(D("276.5"), P["c04_ent22"]), D("10.6")),
    (pct(D("276.5") - P["c04_ent22"], D("31.6")), D("83.9")),
    (pct(D("276.5"), D("378.2")), D("73.1")),
    (pct(D("276.5"), D("378.2")) - pct(P["c04_ent22"], P["c04_rd22"]), D("1.0")),
    (P["c04_nat_ent_share"] - D("73.1"), D("4.6")),
    (growth(D("49.8"), P["c04_gov22"]), D("3.1")),
    (growth(D("44.3"), P["c04_uni22"]), D("8.3")),
    (growth(D("198.7"), P["c04_ind22"]), D("11.3")),
    (D("198.7") < D("276.5"), True),
    (P["c04_nat_ind_int"] - D("0.92"), D("0.48")),
    (growth(D("92.6"), P["c04_fis22"]), D("6.3")),
    (pct(D("92.6"), P["c04_budget23"], 2), D("1.41")),
    (pct(D("92.6"), P["c04_budget23"], 2) - pct(P["c04_fis22"], P["c04_budget22"], 2), D("0.08")),
    (D("1.5") > D("1.26"), True),
    # c05
    (pct(9, P["c05_zhou_carriers"]), D("39.1")),
    (4 + 5, 9),
    (1 + 2 + 1, 4),
    (1 + 3 + 1, 5),
    (38 - 7 - 4, 27),
    (pct(97, 246), D("39.4")),
    (18 < 97, True),
    (growth(D("6.84"), P["c05_rev23"]), D("15.9")),
    (pct(D("0.52"), D("6.84")), D("7.6")),
    (1120 < 2380, True),
    (pct(96, 113), D("85.0")),
    (21 + 6 <= 113 and 7 <= 113, True),
    (270 > 246 and 25 > 18, True),  # targets
    # c06
    (GDP_CAGR6 > D("1.068"), True),  # nominal CAGR 9.0 % above the real 6.8 %
    (rnd(D(412) / P["c06_patent16"]), D("2.8")),
    (rnd(P["c06_patent16"] / P["c06_pop16"]), D("2.1")),
    (rnd(D(412) / P["c06_pop21"]), D("6.2")),
    (rnd((TC_CAGR6 - 1) * 100), D("32.6")),
    (2 <= 47 and 12 < 61 and 38 < 326, True),
    (D(2) > D("1.86") and 61 + 15 > 61, True),  # 2022 targets
]

if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
