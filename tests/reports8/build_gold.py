#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports8 from hand annotations.

Same layout as tests/reports4-7. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of y04's flattened table (one
cell per line) are located by their row label and column: the script finds
the label line, takes the k-th line after it and checks that it is the number
the annotation expects, and it checks the table's header lines.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below; "" for a name that is not an administrative unit, such as a town or a
park).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], spans do not
repeat or overlap, the number written in `text` (line breaks inside a PDF
figure removed, Chinese numerals and the formal numerals 壹贰…佰仟 read, 成 =
10 %, 首位 = 1, 万/亿 folded in, table cells scaled by the 单位 line) equals
|value|, every Arabic number in every text is either inside a record or
listed in NOT_INDICATORS (so no figure is forgotten), and the invented figures
agree with each other (parts add up, shares, growth rates, completion ratios,
averages, multiples and per-10k ratios match their amounts; see CONSISTENCY
at the end).
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
    # y01 吉林省 四平市
    "吉林省": "220000",
    "四平市": "220300",
    "四平": "220300",
    # y02 宁夏回族自治区 and four of its prefecture-level cities
    "宁夏回族自治区": "640000",
    "宁夏": "640000",
    "石嘴山市": "640200",
    "吴忠市": "640300",
    "固原市": "640400",
    "中卫市": "640500",
    # y03 吉林省 吉林市 船营区
    "吉林市": "220200",
    "船营区": "220204",
    "吉林市船营区": "220204",
    # y04 黑龙江省 绥化市
    "绥化市": "231200",
    "绥化": "231200",
    "北林区": "231202",
    "安达市": "231281",
    "肇东市": "231282",
    "海伦市": "231283",
    # y05 甘肃省 张掖市 临泽县 (its towns and park have no code)
    "张掖市": "620700",
    "张掖": "620700",
    "临泽县": "620723",
    "临泽": "620723",
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
NOT_INDICATORS = {}  # doc -> [(anchor, number)]: Arabic numbers that are not figures


def doc(name, region, period, category):
    DOCS[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return DOCS[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, measure, **kw):
    recs.append(
        dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, measure=measure, **kw)
    )


FS = ["funding", "project"]
HT = "high_tech_enterprise"
RI = "rd_institution"
RE = "rd_expenditure"
TM = "tech_market"
TS = "tech_sme"
PT = "patent"
IV = ["innovation_voucher", "funding"]
EC = ["economy", "other"]
SL = ["share", "level"]  # completion ratios, rates of a policy (corpus 13, reports3/6/7)
GL = ["growth", "level"]
QM = ["more_than", None]  # 突破, left out of text (reports3/4/6/7)
PL = [True, None]  # a rule or a budget for the coming year: planned or not

# ---------------------------------------------------------------- y01
# 四平市2024年统计公报, section 十一、科学技术, published 2025-03-27 with a 来源
# line: R&D and its intensity, 高企 stock / 比上年末增加 / 新认定 / 首次认定,
# patents by type (parts add up), 有效发明专利 and the per-10k ratio with the
# population in a footnote, 技术合同 and 吸纳, 科技馆 visitors, 科普, 质检 and 计量.
d = doc("y01.txt", ["四平市", "四平"], "2024", RE)
Y = ["2024", "2024-12"]  # 年末 stocks
RD = ["研究与试验发展（R&D）经费", "R&D经费", "研究与试验发展经费"]
R(d, "经费6.48亿元", "6.48亿元", V("6.48", "亿"), "元", "level", RD, "rd_spend")
R(d, "增长9.5%", "9.5%", 9.5, "%", "growth", RD, "rd_spend")
RDI = ["研发投入强度", "R&D经费投入强度", "投入强度"]
R(d, "强度达到1.04%", "1.04%", 1.04, "%", "share", RDI, "rd_intensity")
R(d, "高0.06个百分点", "0.06个百分点", 0.06, "百分点", "growth", RDI, "rd_intensity")
GS = ["规模以上工业企业R&D经费", "规上工业企业R&D经费", "规模以上工业企业投入R&D经费"]
R(d, "经费4.37亿元", "4.37亿元", V("4.37", "亿"), "元", "level", GS, "rd_spend_enterprise")
R(
    d,
    "总量的67.4%",
    "67.4%",
    67.4,
    "%",
    "share",
    ["规模以上工业企业R&D经费占全市总量", "规模以上工业企业R&D经费占比"] + GS,
    "rd_spend_enterprise",
)
R(d, "项目96项", "96项", 96, "项", "level", ["省级以上科技计划项目", "科技计划项目"], "", category="project")
R(d, "资金1.35亿元", "1.35亿元", V("1.35", "亿"), "元", "level", ["争取上级科技资金", "上级科技资金"], "", category=FS)
HTE = ["有效期内的高新技术企业", "高新技术企业", "有效高新技术企业"]
R(d, "企业186家", "186家", 186, "家", "level", HTE, "hte_count", period=Y, category=HT)
R(d, "增加23家", "23家", 23, "家", GL, HTE, ["hte_count", "hte_new"], period=Y, category=HT)
XR = ["新认定高新技术企业", "新认定"]
R(d, "企业41家", "41家", 41, "家", "level", XR, "hte_new", category=HT)
R(d, "首次认定29家", "29家", 29, "家", "level", ["首次认定高新技术企业", "首次认定"], ["hte_new", ""], category=HT)
KZ = ["科技型中小企业评价入库", "评价入库科技型中小企业", "科技型中小企业"]
R(d, "入库612家", "612家", 612, "家", "level", KZ, "tsme_count", category=TS)
R(d, "增长15.5%", "15.5%", 15.5, "%", "growth", KZ, "tsme_count", category=TS)
R(
    d,
    "孵化器7个",
    "7个",
    7,
    "个",
    "level",
    ["省级以上科技企业孵化器", "科技企业孵化器"],
    "incubators",
    period=Y,
    category="incubator",
)
R(
    d,
    "众创空间15个",
    "15个",
    15,
    "个",
    "level",
    ["众创空间", "省级以上众创空间"],
    "maker_spaces",
    period=Y,
    category="incubator",
)
R(
    d,
    "众创空间3个",
    "3个",
    3,
    "个",
    "level",
    ["国家级众创空间", "众创空间"],
    ["maker_spaces", ""],
    period=Y,
    category="incubator",
)
R(
    d,
    "共52个",
    "52个",
    52,
    "个",
    "level",
    ["省级以上重点实验室和工程技术研究中心", "重点实验室和工程技术研究中心"],
    "rd_institutions",
    period=Y,
    category=RI,
)
ZS = ["专利授权量", "专利授权"]
R(d, "授权量2318件", "2318件", 2318, "件", "level", ZS, "patent_grants", category=PT)
R(d, "下降6.2%", "6.2%", -6.2, "%", "growth", ZS, "patent_grants", category=PT)
FS1 = ["发明专利授权", "发明专利授权量"]
R(d, "授权412件", "412件", 412, "件", "level", FS1, "invention_patent_grants", category=PT)
R(d, "增长18.1%", "18.1%", 18.1, "%", "growth", FS1, "invention_patent_grants", category=PT)
R(d, "授权1624件", "1624件", 1624, "件", "level", ["实用新型专利授权", "实用新型专利"], "", category=PT)
R(d, "授权282件", "282件", 282, "件", "level", ["外观设计专利授权", "外观设计专利"], "", category=PT)
YX = ["有效发明专利"]
R(d, "专利2045件", "2045件", 2045, "件", "level", YX, "invention_patents_held", period=Y, category=PT)
R(d, "增加356件", "356件", 356, "件", "growth", YX, "invention_patents_held", period=Y, category=PT)
R(d, "增长21.1%", "21.1%", 21.1, "%", "growth", YX, "invention_patents_held", period=Y, category=PT)
WR = ["每万人口发明专利拥有量", "万人发明专利拥有量"]
PI = "invention_patents_per_10k"
R(d, "11.8件", "11.8件", 11.8, "件", ["level", "share"], WR, PI, period=Y, category=PT)
R(d, "提高2.2件", "2.2件", 2.2, "件", "growth", WR, PI, period=Y, category=PT)
HT1 = ["登记技术合同", "技术合同"]
R(d, "技术合同1157项", "1157项", 1157, "项", "level", HT1, "tech_contract_count", category=TM)
R(d, "增长12.7%", "12.7%", 12.7, "%", "growth", HT1, "tech_contract_count", category=TM)
JS = ["技术合同成交额", "成交额"]
R(d, "成交额38.62亿元", "38.62亿元", V("38.62", "亿"), "元", "level", JS, "tech_contract_value", category=TM)
R(d, "增长24.3%", "24.3%", 24.3, "%", "growth", JS, "tech_contract_value", category=TM)
R(
    d,
    "29.84亿元",
    "29.84亿元",
    V("29.84", "亿"),
    "元",
    "level",
    ["技术交易额"],
    ["", "tech_contract_value"],
    category=TM,
)
XN = ["吸纳技术合同成交额", "本市企业作为买方吸纳技术合同成交额", "企业吸纳技术合同成交额"]
R(d, "45.17亿元", "45.17亿元", V("45.17", "亿"), "元", "level", XN, "tech_contract_value_absorbed", category=TM)
R(d, "增长19.6%", "19.6%", 19.6, "%", "growth", XN, "tech_contract_value_absorbed", category=TM)
FO = ["facility", "other"]
R(d, "科技馆3个", "3个", 3, "个", "level", ["科技馆"], "", period=Y, category=FO)
GZ = ["科技馆接待观众", "接待观众"]
R(d, "42.6万人次", "42.6万人次", V("42.6", "万"), "人次", "level", GZ, "", category=FO)
R(d, "增长31.2%", "31.2%", 31.2, "%", "growth", GZ, "", category=FO)
R(d, "基地14个", "14个", 14, "个", "level", ["省级以上科普教育基地", "科普教育基地"], "", period=Y, category=FO)
R(d, "386场次", "386场次", 386, "场次", "level", ["科普活动", "各类科普活动"], "", category="other")
R(
    d,
    "27.5万人次",
    "27.5万人次",
    V("27.5", "万"),
    "人次",
    "level",
    ["参与群众", "科普活动参与群众"],
    "",
    category="other",
)
R(
    d,
    "机构58个",
    "58个",
    58,
    "个",
    "level",
    ["产品质量检验检测机构", "检验检测机构"],
    "",
    period=Y,
    category=FO,
)
R(d, "中心2个", "2个", 2, "个", "level", ["国家级检验检测中心", "检验检测中心"], "", period=Y, category=FO)
R(d, "机构6个", "6个", 6, "个", "level", ["法定计量技术机构", "计量技术机构"], "", period=Y, category=FO)
R(
    d,
    "12.4万台",
    "12.4万台",
    V("12.4", "万"),
    "台",
    "level",
    ["强制检定计量器具", "完成强制检定计量器具"],
    "",
    category=FO,
)
R(d, "173.8万人", "173.8万人", V("173.8", "万"), "人", "level", ["年末常住人口", "常住人口"], "", period=Y, category=EC)
NOT_INDICATORS["y01.txt"] = [
    ("四平市2024年", "2024"),
    ("2025年3月27日", "2025"),
    ("2025年3月27日", "3"),
    ("2025年3月27日", "27"),
    ("注：1.", "1"),
    ("\n2.每万", "2"),
]

# ---------------------------------------------------------------- y02
# 宁夏回族自治区科技厅 news release, 2024-10-16: 1—9月 cumulative figures and the
# headline repeating them, 9月当月 single-month figures (环比 / 同比), 截至9月底
# against the year's target, the growth rate's change against 上半年, ranks
# among provinces (全国第5位, 西北五省区首位), contract types whose amounts add up
# to the total and whose shares add up to 100 %, a group threshold
# (1000万元以上, no record), 输出 vs 吸纳, four cities, 近五成, 突破 target.
NX = ["宁夏回族自治区", "宁夏"]
Q3 = "2024-01/2024-09"
d = doc("y02.txt", NX, Q3, TM)
JE = ["技术合同成交额", "成交额"]
R(d, "成交额58.74亿元　", "58.74亿元", V("58.74", "亿"), "元", "level", JE, "tech_contract_value")
R(d, "　同比增长32.6%", "32.6%", 32.6, "%", "growth", JE, "tech_contract_value")
DJ = ["认定登记技术合同", "登记技术合同", "技术合同"]
R(d, "技术合同3862项", "3862项", 3862, "项", "level", DJ, "tech_contract_count")
R(d, "增长21.4%", "21.4%", 21.4, "%", "growth", DJ, "tech_contract_count")
R(d, "实现成交额58.74亿元", "58.74亿元", V("58.74", "亿"), "元", "level", JE, "tech_contract_value")
R(d, "同期增长32.6%", "32.6%", 32.6, "%", "growth", JE, "tech_contract_value")
R(
    d,
    "4.1个百分点",
    "4.1个百分点",
    4.1,
    "百分点",
    "growth",
    ["技术合同成交额增幅", "增幅", "成交额增幅"],
    "tech_contract_value",
    period=[Q3, "2024-01/2024-06"],
)
ZS2 = ["技术合同成交额增速", "增速", "成交额增速"]
R(d, "第5位", "第5位", 5, "位", "rank", ZS2, "tech_contract_value")
R(d, "西北五省区首位", "首位", 1, "位", "rank", ZS2, "tech_contract_value")
JY = ["技术交易额", "交易额"]
R(d, "交易额45.92亿元", "45.92亿元", V("45.92", "亿"), "元", "level", JY, ["", "tech_contract_value"])
R(d, "的78.2%", "78.2%", 78.2, "%", "share", ["技术交易额占成交额", "技术交易额占成交额的比重"] + JY, "")
R(
    d,
    "（80亿元）",
    "80亿元",
    V("80", "亿"),
    "元",
    "level",
    ["全年目标", "技术合同成交额全年目标"] + JE,
    "tech_contract_value",
    planned=True,
    period="2024",
)
R(
    d,
    "的73.4%",
    "73.4%",
    73.4,
    "%",
    SL,
    ["完成全年目标", "全年目标完成率", "技术合同成交额"],
    "",
    period=[Q3, "2024-09"],
)
M9 = "2024-09"
R(
    d,
    "合同612项",
    "612项",
    612,
    "项",
    "level",
    ["9月当月登记技术合同", "登记技术合同"],
    "tech_contract_count",
    period=M9,
)
DY = ["9月当月成交额", "成交额", "单月成交额", "技术合同成交额"]
R(d, "成交额11.26亿元", "11.26亿元", V("11.26", "亿"), "元", "level", DY, "tech_contract_value", period=M9)
R(d, "环比增长18.7%", "18.7%", 18.7, "%", "growth", DY, "tech_contract_value", period=M9)
R(d, "同比增长43.4%", "43.4%", 43.4, "%", "growth", DY, "tech_contract_value", period=M9)
FW = ["技术服务合同成交额", "技术服务合同"]
R(d, "成交额29.06亿元", "29.06亿元", V("29.06", "亿"), "元", "level", FW, "")
R(d, "占比49.5%", "49.5%", 49.5, "%", "share", ["技术服务合同成交额占比"] + FW, "")
KF = ["技术开发合同成交额", "技术开发合同"]
R(d, "登记1208项", "1208项", 1208, "项", "level", ["技术开发合同登记", "技术开发合同"], "")
R(d, "成交额21.35亿元", "21.35亿元", V("21.35", "亿"), "元", "level", KF, "")
R(d, "占36.3%", "36.3%", 36.3, "%", "share", ["技术开发合同成交额占比"] + KF, "")
R(d, "为4.83亿元", "4.83亿元", V("4.83", "亿"), "元", "level", ["技术转让合同成交额", "技术转让合同"], "")
R(d, "、1.12亿元", "1.12亿元", V("1.12", "亿"), "元", "level", ["技术许可合同成交额", "技术许可合同"], "")
R(d, "和2.38亿元", "2.38亿元", V("2.38", "亿"), "元", "level", ["技术咨询合同成交额", "技术咨询合同"], "")
R(
    d,
    "合计占14.2%",
    "14.2%",
    14.2,
    "%",
    "share",
    ["技术转让、技术许可和技术咨询合同成交额合计占比", "三类合计占比", "三类合计"],
    "",
)
ZD = ["重大技术合同", "单项成交额在1000万元以上的重大技术合同"]
R(d, "有86项", "86项", 86, "项", "level", ZD, "")
R(d, "合计31.47亿元", "31.47亿元", V("31.47", "亿"), "元", "level", [z + "成交额" for z in ZD] + ["成交额合计"], "")
R(d, "的53.6%", "53.6%", 53.6, "%", "share", ["重大技术合同成交额占全区成交额", "重大技术合同成交额占比"] + ZD, "")
SC = ["区内企业输出技术合同成交额", "企业输出技术合同成交额"]
R(d, "成交额47.08亿元", "47.08亿元", V("47.08", "亿"), "元", "level", SC, "")
R(
    d,
    "的80.1%",
    "80.1%",
    80.1,
    "%",
    "share",
    ["区内企业输出技术合同成交额占全区", "企业输出技术合同成交额占比"] + SC,
    "",
)
GX = ["高等学校和科研院所输出技术合同", "高等学校和科研院所"]
R(d, "合同468项", "468项", 468, "项", "level", GX, "")
GXE = ["高等学校和科研院所输出技术合同成交额", "成交额"]
R(d, "成交额5.13亿元", "5.13亿元", V("5.13", "亿"), "元", "level", GXE, "")
R(d, "增长36.8%", "36.8%", 36.8, "%", "growth", GXE, "")
R(d, "合同4315项", "4315项", 4315, "项", "level", ["吸纳技术合同", "全区吸纳技术合同"], "tech_contract_count")
XN2 = ["吸纳技术合同成交额", "成交额"]
R(d, "成交额72.36亿元", "72.36亿元", V("72.36", "亿"), "元", "level", XN2, "tech_contract_value_absorbed")
R(d, "增长27.8%", "27.8%", 27.8, "%", "growth", XN2, "tech_contract_value_absorbed")
QW = ["吸纳区外技术成交额", "吸纳区外技术"]
R(d, "39.54亿元", "39.54亿元", V("39.54", "亿"), "元", "level", QW, ["tech_contract_value_absorbed", ""])
R(d, "占54.6%", "54.6%", 54.6, "%", "share", ["吸纳区外技术成交额占比"] + QW, ["tech_contract_value_absorbed", ""])
SZS = "石嘴山市"
R(d, "成交额8.95亿元", "8.95亿元", V("8.95", "亿"), "元", "level", JE, "tech_contract_value", region=SZS)
R(d, "增长41.4%", "41.4%", 41.4, "%", "growth", JE, "tech_contract_value", region=SZS)
R(d, "各地级市首位", "首位", 1, "位", "rank", ZS2, "tech_contract_value", region=SZS)
R(d, "为6.27亿元", "6.27亿元", V("6.27", "亿"), "元", "level", JE, "tech_contract_value", region="吴忠市")
R(d, "和3.06亿元", "3.06亿元", V("3.06", "亿"), "元", "level", JE, "tech_contract_value", region="中卫市")
R(
    d,
    "近五成",
    "近五成",
    50,
    "%",
    "growth",
    ["登记合同数", "登记技术合同", "技术合同"],
    "tech_contract_count",
    qualifier="nearly",
    region="固原市",
)
R(
    d,
    "突破80亿元",
    "80亿元",
    V("80", "亿"),
    "元",
    "level",
    JE,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2024",
)
NOT_INDICATORS["y02.txt"] = [
    ("2024-10-16 09:30", "2024"),
    ("2024-10-16 09:30", "10"),
    ("2024-10-16 09:30", "16"),
    ("2024-10-16 09:30", "09"),
    ("2024-10-16 09:30", "30"),
    ("今年1—9月", "1"),
    ("今年1—9月", "9"),
    ("截至9月底", "9"),
    ("从单月看，9月当月", "9"),
    ("在1000万元以上", "1000"),  # a threshold that defines the group of 重大技术合同
]

# ---------------------------------------------------------------- y03
# 吉林市船营区科技局 notice of 2025-02-14 on 科技创新券: 2024 results (发放 vs
# 兑现, 0.35亿元 = 3500万元 beside amounts in 万元, 兑现率, 户均, 倍, a 2023 comparison, a
# cumulative figure since 2019), the 2025 budget in formal numerals (伍佰万元),
# caps (最高不超过), deduction rates, a group threshold (低于2万元, no record),
# 2025 targets (以上), durations, a document number and a phone number.
CY = ["船营区", "吉林市船营区"]
d = doc("y03.txt", CY, "2024", "innovation_voucher")
R(
    d,
    "专项资金500万元",
    "500万元",
    V("500", "万"),
    "元",
    "level",
    ["科技创新券专项资金", "创新券专项资金"],
    ["voucher_issued", ""],
    category=IV,
)
VE = ["innovation_voucher", "enterprise"]
R(d, "向91家", "91家", 91, "家", "level", ["发放创新券企业", "获得创新券企业", "企业"], "", category=VE)
R(d, "142张", "142张", 142, "张", "level", ["发放创新券", "创新券"], ["", "voucher_issued"])
R(
    d,
    "合计468万元",
    "468万元",
    V("468", "万"),
    "元",
    "level",
    ["发放创新券面额", "创新券面额", "面额合计"],
    "voucher_issued",
    category=IV,
)
R(d, "共有76家", "76家", 76, "家", "level", ["完成兑现企业", "兑现企业"], "", category=VE)
DX = ["创新券兑现金额", "兑现金额", "兑现"]
R(d, "金额350万元", "350万元", V("350", "万"), "元", "level", DX, "voucher_used", category=IV)
R(d, "2023年的312万元", "312万元", V("312", "万"), "元", "level", DX, "voucher_used", period="2023", category=IV)
R(d, "增长12.2%", "12.2%", 12.2, "%", "growth", DX, "voucher_used", period=["2024", "2023/2024"], category=IV)
R(d, "兑现率74.8%", "74.8%", 74.8, "%", "share", ["兑现率", "创新券兑现率"], ["voucher_used", ""], category=IV)
R(d, "户均兑现4.6万元", "4.6万元", V("4.6", "万"), "元", "level", ["户均兑现", "户均兑现金额"], "", category=IV)
R(
    d,
    "中小企业58家",
    "58家",
    58,
    "家",
    "level",
    ["兑现企业中科技型中小企业", "科技型中小企业"],
    "",
    category=VE + [TS],
)
R(d, "占76.3%", "76.3%", 76.3, "%", "share", ["科技型中小企业占兑现企业", "科技型中小企业占比"], "", category=VE + [TS])
R(
    d,
    "研发类兑现214.6万元",
    "214.6万元",
    V("214.6", "万"),
    "元",
    "level",
    ["技术研发类兑现", "技术研发类"],
    "",
    category=IV,
)
R(
    d,
    "检测类兑现87.3万元",
    "87.3万元",
    V("87.3", "万"),
    "元",
    "level",
    ["检验检测类兑现", "检验检测类"],
    "",
    category=IV,
)
R(
    d,
    "咨询类兑现48.1万元",
    "48.1万元",
    V("48.1", "万"),
    "元",
    "level",
    ["知识产权及科技咨询类兑现", "知识产权及科技咨询类"],
    "",
    category=IV,
)
DD = ["创新券带动企业新增研发投入", "带动企业新增研发投入", "新增研发投入"]
R(d, "0.35亿元", "0.35亿元", V("0.35", "亿"), "元", "level", DD, ["", "rd_spend_enterprise"], category=IV + [RE])
R(d, "10倍", "10倍", 10, "倍", SL, DD + ["新增研发投入为兑现金额的倍数"], "", category=IV + [RE])
LJ = ["2019/2024", "2024"]
R(
    d,
    "累计兑现1486万元",
    "1486万元",
    V("1486", "万"),
    "元",
    "level",
    ["累计兑现", "累计兑现创新券"],
    "voucher_used",
    period=LJ,
    category=IV,
)
R(d, "213家次", "213家次", 213, "家次", "level", ["惠及企业", "累计惠及企业"], "", period=LJ, category=VE)
FJ = ["innovation_voucher", "other"]
R(
    d,
    "机构34家",
    "34家",
    34,
    "家",
    "level",
    ["入库服务机构", "创新券服务机构"],
    "",
    period=["2024", "2025-02", ""],
    category=FJ,
)
R(
    d,
    "区外机构12家",
    "12家",
    12,
    "家",
    "level",
    ["区外机构", "区外服务机构"],
    "",
    period=["2024", "2025-02", ""],
    category=FJ,
)
R(
    d,
    "伍佰万元",
    "伍佰万元",
    V("500", "万"),
    "元",
    "level",
    ["2025年度创新券资金规模", "创新券资金规模", "资金规模"],
    ["voucher_issued", ""],
    planned=PL,
    period="2025",
    category=IV,
)
R(
    d,
    "不超过20万元",
    "不超过20万元",
    V("20", "万"),
    "元",
    "level",
    ["单家企业年度申领额度", "申领额度", "单家企业年度申领额度上限"],
    "",
    qualifier="at_most",
    planned=PL,
    period=["2025", ""],
    category=IV,
)
R(
    d,
    "不超过10万元",
    "不超过10万元",
    V("10", "万"),
    "元",
    "level",
    ["首次申领的企业额度", "首次申领额度", "额度"],
    "",
    qualifier="at_most",
    planned=PL,
    period=["2025", ""],
    category=IV,
)
R(
    d,
    "金额的50%",
    "50%",
    50,
    "%",
    SL,
    ["创新券抵扣比例", "抵扣比例", "按服务合同金额抵扣"],
    "",
    planned=PL,
    period=["2025", ""],
    category=IV,
)
R(
    d,
    "提高到60%",
    "60%",
    60,
    "%",
    SL,
    ["科技型中小企业和高新技术企业抵扣比例", "抵扣比例"],
    "",
    planned=PL,
    period=["2025", ""],
    category=IV,
)
R(
    d,
    "500万元以上",
    "500万元以上",
    V("500", "万"),
    "元",
    "level",
    ["发放创新券", "创新券发放"],
    "voucher_issued",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=IV,
)
R(
    d,
    "100家以上",
    "100家以上",
    100,
    "家",
    "level",
    ["支持企业", "创新券支持企业"],
    "",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=VE,
)
R(
    d,
    "80%以上",
    "80%以上",
    80,
    "%",
    "share",
    ["兑现率", "创新券兑现率"],
    ["voucher_used", ""],
    qualifier="at_least",
    planned=True,
    period="2025",
    category=IV,
)
NOT_INDICATORS["y03.txt"] = [
    ("做好2025年度", "2025"),
    ("〔2025〕4号", "2025"),
    ("〔2025〕4号", "4"),
    ("现将2024年度", "2024"),
    ("并就2025年度", "2025"),
    ("一、2024年度", "2024"),
    ("\n2024年，区财政", "2024"),
    ("较2023年的", "2023"),
    ("2019年实施", "2019"),
    ("二、2025年度", "2025"),
    ("\n2025年度创新券", "2025"),
    ("低于2万元的", "2"),  # a threshold that only defines which contracts are refused
    ("\n2025年，力争", "2025"),
    ("2025年11月30日", "2025"),
    ("2025年11月30日", "11"),
    ("2025年11月30日", "30"),
    ("10个工作日", "10"),  # durations of the procedure
    ("公示5个工作日", "5"),
    ("0432-62453017", "0432"),
    ("0432-62453017", "62453017"),
    ("附件：1.", "1"),
    ("\n2.船营区", "2"),
    ("2025年2月14日", "2025"),
    ("2025年2月14日", "2"),
    ("2025年2月14日", "14"),
]

# ---------------------------------------------------------------- y04
# 绥化市科技局 2024年度科技创新工作报告, pages 3-4 as extracted from the PDF:
# lines hard-wrapped mid-sentence, between a number and its unit (6.82⏎亿元,
# 9.36⏎亿元), inside a unit (0.04个百⏎分点) and inside a number (3⏎7家, 4⏎7个);
# the running header and the page footers (— 3 —, — 4 —) repeat, and one
# sentence runs across the page break; a table flattened to one cell per line
# with a 单位：万元 line (cells scaled by 万).
SH = ["绥化市", "绥化"]
d = doc("y04.txt", SH, "2024", RE)
RD4 = ["研究与试验发展经费投入", "研究与试验发展经费", "研发经费"]
R(d, "6.82\n亿元", "6.82\n亿元", V("6.82", "亿"), "元", "level", RD4, "rd_spend")
R(d, "增长13.5%", "13.5%", 13.5, "%", "growth", RD4, "rd_spend")
RI4 = ["研发投入强度", "投入强度"]
R(d, "强度为0.53%", "0.53%", 0.53, "%", "share", RI4, "rd_intensity")
R(d, "0.04个百\n分点", "0.04个百\n分点", 0.04, "百分点", "growth", RI4, "rd_intensity")
GS4 = ["规上工业企业研发费用", "规模以上工业企业研发费用"]
R(d, "研发费用5.16亿元", "5.16亿元", V("5.16", "亿"), "元", "level", GS4, "rd_spend_enterprise")
R(d, "增长15.2%", "15.2%", 15.2, "%", "growth", GS4, "rd_spend_enterprise")
R(
    d,
    "的75.7%",
    "75.7%",
    75.7,
    "%",
    "share",
    ["规上工业企业研发费用占全社会研发经费", "规上工业企业研发费用占比"] + GS4,
    "rd_spend_enterprise",
)
R(d, "企业3\n7家", "3\n7家", 37, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
HT4 = ["有效高新技术企业", "高新技术企业"]
R(d, "增至158家", "158家", 158, "家", "level", HT4, "hte_count", period=["2024", "2024-12"], category=HT)
R(
    d,
    "净增19家",
    "19家",
    19,
    "家",
    GL,
    ["净增高新技术企业"] + HT4,
    ["hte_new", "hte_count"],
    period=["2024", "2024-12"],
    category=HT,
)
KZ4 = ["入库科技型中小企业", "科技型中小企业", "入库数量"]
R(d, "企业296家", "296家", 296, "家", "level", KZ4, "tsme_count", category=TS)
R(d, "增长22.3%", "22.3%", 22.3, "%", "growth", KZ4, "tsme_count", category=TS)
R(d, "第4位", "第4位", 4, "位", "rank", KZ4, "tsme_count", category=TS)
R(d, "合同426项", "426项", 426, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
JS4 = ["技术合同成交额", "成交额"]
R(d, "9.36\n亿元", "9.36\n亿元", V("9.36", "亿"), "元", "level", JS4, "tech_contract_value", category=TM)
R(d, "增长28.6%", "28.6%", 28.6, "%", "growth", JS4, "tech_contract_value", category=TM)
XN4 = ["吸纳技术合同成交额", "本地企业吸纳技术合同成交额"]
R(d, "13.05亿元", "13.05亿元", V("13.05", "亿"), "元", "level", XN4, "tech_contract_value_absorbed", category=TM)
R(d, "2.87亿元", "2.87亿元", V("2.87", "亿"), "元", "growth", XN4, "tech_contract_value_absorbed", category=TM)
R(
    d,
    "园区2个",
    "2个",
    2,
    "个",
    "level",
    ["省级农业科技园区", "农业科技园区"],
    "",
    period=["2024", "2024-12"],
    category=["other", "incubator"],
)
R(
    d,
    "星创天地18家",
    "18家",
    18,
    "家",
    "level",
    ["星创天地"],
    ["", "maker_spaces"],
    period=["2024", "2024-12"],
    category="incubator",
)
R(d, "特派员612名", "612名", 612, "名", "level", ["选派科技特派员", "科技特派员"], "", category="talent")
R(d, "3.2万户", "3.2万户", V("3.2", "万"), "户", "level", ["服务农户", "农户"], "", category=["talent", "other"])
R(
    d,
    "新品种4\n7个",
    "4\n7个",
    47,
    "个",
    "level",
    ["推广作物新品种", "作物新品种", "新品种"],
    "",
    category=["other", "project"],
)
# the flattened table: header 县（市、区） | 研发经费 | 技术合同成交额, 单位：万元
TABLE_HEAD = ["县（市、区）", "研发经费", "技术合同成交额"]
TABLE = [
    ("北林区", "北林区", ["14260", "31250"]),
    ("安达市", "安达市", ["16850", "18400"]),
    ("肇东市", "肇东市", ["19320", "26730"]),
    ("海伦市", "海伦市", ["4180", "5120"]),
    ("全市", SH, ["68200", "93600"]),
]
for label, region, cells in TABLE:
    for k, (cell, ind, meas) in enumerate(
        zip(cells, [RD4 + ["研发经费（万元）"], JS4], ["rd_spend", "tech_contract_value"])
    ):
        cat = RE if k == 0 else TM
        R(d, label, cell, V(cell, "万"), "元", "level", ind, meas, cell=k, mult="万", region=region, category=cat)
NOT_INDICATORS["y04.txt"] = [
    ("绥化市2024年度科技创新工作报告\n二", "2024"),
    ("。2024年，全市", "2024"),
    ("— 3 —", "3"),
    ("— 3 —\n绥化市2024年度", "2024"),
    ("见表1", "1"),
    ("表1　2024年", "1"),
    ("表1　2024年", "2024"),
    ("— 4 —", "4"),
]

# ---------------------------------------------------------------- y05
# 临泽县科技局 2024年工作总结 (dated 2024-12-26): 我县/全县, 全市 (张掖市) with its
# total in parentheses and a gap to its average, ranks 居全市第2位 / 第1位,
# 新增 vs 有效 高企 (首次认定 + 重新认定 = 新增), 年度目标 with 完成率 (one
# target printed, one not), towns (沙河镇, 平川镇, 倪家营镇) and the county park,
# counts of towns and villages covered, 余, 2025 plans (以上, 突破).
LZ = ["临泽县", "临泽"]
d = doc("y05.txt", LZ, "2024", RE)
RD5 = ["R&D经费投入", "R&D经费"]
R(d, "投入1.12亿元", "1.12亿元", V("1.12", "亿"), "元", "level", RD5, "rd_spend")
R(d, "增长14.3%", "14.3%", 14.3, "%", "growth", RD5, "rd_spend")
RI5 = ["R&D经费投入强度", "投入强度"]
R(d, "强度达到1.14%", "1.14%", 1.14, "%", "share", RI5, "rd_intensity")
R(d, "高出0.09个百分点", "0.09个百分点", 0.09, "百分点", "growth", RI5, "rd_intensity")
R(d, "点，居全市第2位", "第2位", 2, "位", "rank", RI5, "rd_intensity")
R(
    d,
    "0.21个百分点",
    "0.21个百分点",
    0.21,
    "百分点",
    GL,
    RI5 + ["高于全市平均水平"],
    "rd_intensity",
)
XZ = ["新增国家高新技术企业", "新增高新技术企业"]
R(d, "企业5家", "5家", 5, "家", "level", XZ, "hte_new", category=HT)
R(d, "首次认定3家", "3家", 3, "家", "level", ["首次认定", "首次认定高新技术企业"], ["hte_new", ""], category=HT)
R(d, "重新认定2家", "2家", 2, "家", "level", ["重新认定", "重新认定高新技术企业"], ["", "hte_new"], category=HT)
HT5 = ["有效期内高新技术企业", "有效高新技术企业", "高新技术企业"]
Y5 = ["2024", "2024-12"]
R(d, "达到23家", "23家", 23, "家", "level", HT5, "hte_count", period=Y5, category=HT)
R(
    d,
    "（20家）",
    "20家",
    20,
    "家",
    "level",
    ["年度目标"] + HT5,
    "hte_count",
    planned=True,
    period="2024",
    category=HT,
)
WC = ["完成年度目标", "年度目标完成率", "完成率"]
R(d, "115.0%", "115.0%", 115, "%", SL, WC, "", category=HT)
R(
    d,
    "总数居全市第2位",
    "第2位",
    2,
    "位",
    "rank",
    ["高新技术企业总数", "总数"] + HT5,
    "hte_count",
    period=Y5,
    category=HT,
)
KZ5 = ["科技型中小企业入库", "科技型中小企业"]
R(d, "入库46家", "46家", 46, "家", "level", KZ5, "tsme_count", category=TS)
R(d, "92.0%", "92.0%", 92, "%", SL, WC, "", category=TS)
R(d, "合同68项", "68项", 68, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
JS5 = ["技术合同成交额", "成交额"]
R(d, "成交额2.36亿元", "2.36亿元", V("2.36", "亿"), "元", "level", JS5, "tech_contract_value", category=TM)
R(d, "增长31.1%", "31.1%", 31.1, "%", "growth", JS5, "tech_contract_value", category=TM)
R(
    d,
    "（16.5亿元）",
    "16.5亿元",
    V("16.5", "亿"),
    "元",
    "level",
    ["全市技术合同成交额"] + JS5,
    "tech_contract_value",
    region=["张掖市", "张掖"],
    category=TM,
)
R(
    d,
    "的14.3%",
    "14.3%",
    14.3,
    "%",
    "share",
    ["成交额占全市", "技术合同成交额占全市比重"] + JS5,
    "tech_contract_value",
    category=TM,
)
R(
    d,
    "（2亿元）",
    "2亿元",
    V("2", "亿"),
    "元",
    "level",
    ["年度目标"] + JS5,
    "tech_contract_value",
    planned=True,
    period="2024",
    category=TM,
)
R(d, "118.0%", "118.0%", 118, "%", SL, WC, "", category=TM)
R(d, "第1位", "第1位", 1, "位", "rank", ["技术合同成交额增速", "增速"], "tech_contract_value", category=TM)
PT5 = ["省级科技创新平台", "科技创新平台"]
R(d, "平台2个", "2个", 2, "个", "level", ["新认定省级科技创新平台"] + PT5, "rd_institutions", category=RI)
R(
    d,
    "累计达到19个",
    "19个",
    19,
    "个",
    "level",
    ["省级以上科技创新平台", "科技创新平台"],
    "rd_institutions",
    period=Y5,
    category=RI,
)
R(
    d,
    "众创空间1家",
    "1家",
    1,
    "家",
    "level",
    ["新备案市级众创空间", "市级众创空间", "众创空间"],
    ["maker_spaces", ""],
    category="incubator",
)
R(d, "项目17项", "17项", 17, "项", "level", ["县级以上科技计划项目", "科技计划项目"], "", category="project")
ZJ = ["争取上级科技项目资金", "上级科技项目资金"]
R(d, "1260万元", "1260万元", V("1260", "万"), "元", "level", ZJ, "", category=FS)
R(d, "增长12.5%", "12.5%", 12.5, "%", "growth", ZJ, "", category=FS)
R(d, "特派员126名", "126名", 126, "名", "level", ["选派科技特派员", "科技特派员"], "", category="talent")
FG = ["科技特派员覆盖", "覆盖"]
R(d, "7个镇", "7个", 7, "个", "level", FG + ["镇"], "", category=["talent", "other"])
R(d, "71个", "71个", 71, "个", "level", FG + ["行政村"], "", category=["talent", "other"])
R(
    d,
    "5600余人次",
    "5600余人次",
    5600,
    "人次",
    "level",
    ["培训农民", "培训"],
    "",
    qualifier="more_than",
    category=["talent", "other"],
)
ZZ = ["玉米制种面积", "制种面积"]
R(d, "26.5万亩", "26.5万亩", V("26.5", "万"), "亩", "level", ZZ, "", category=EC)
R(d, "64%", "64%", 64, "%", "share", ["制种产业科技贡献率", "科技贡献率"], "", category="other")
R(
    d,
    "基地1个",
    "1个",
    1,
    "个",
    "level",
    ["红枣精深加工中试基地", "中试基地"],
    "",
    region="沙河镇",
    category=[RI, "facility", "other"],
)
R(
    d,
    "5.2万亩",
    "5.2万亩",
    V("5.2", "万"),
    "亩",
    "level",
    ["覆盖面积", "玉米制种全程机械化技术覆盖面积"],
    "",
    region="平川镇",
    category=EC,
)
R(
    d,
    "19.6%",
    "19.6%",
    19.6,
    "%",
    "share",
    ["占全县制种面积", "覆盖面积占全县制种面积的比重"],
    "",
    region="平川镇",
    category=EC,
)
R(
    d,
    "企业3家",
    "3家",
    3,
    "家",
    "level",
    ["新培育农业科技型企业", "农业科技型企业"],
    "",
    region="倪家营镇",
    category=["enterprise", TS, "other"],
)
YQ = ["县工业园区", "临泽县工业园区", "工业园区"]
R(
    d,
    "达到31家",
    "31家",
    31,
    "家",
    "level",
    ["入驻科技型企业", "科技型企业"],
    "",
    region=YQ,
    period=Y5,
    category=["enterprise", TS, "other"],
)
GC = ["工业总产值"]
R(d, "18.7亿元", "18.7亿元", V("18.7", "亿"), "元", "level", GC, "", region=YQ, category="economy")
R(d, "增长9.4%", "9.4%", 9.4, "%", "growth", GC, "", region=YQ, category="economy")
GY = ["enterprise", "economy", "other"]
R(d, "全县48家", "48家", 48, "家", "level", ["规上工业企业"], "", period=[*Y5, ""], category=GY)
R(
    d,
    "仅18家",
    "18家",
    18,
    "家",
    "level",
    ["开展研发活动的规上工业企业", "开展研发活动"],
    "",
    period=[*Y5, ""],
    category=GY + [RE],
)
R(
    d,
    "占37.5%",
    "37.5%",
    37.5,
    "%",
    "share",
    ["开展研发活动的规上工业企业占比", "开展研发活动"],
    "",
    period=[*Y5, ""],
    category=GY + [RE],
)
R(
    d,
    "3家以上",
    "3家以上",
    3,
    "家",
    "level",
    ["高新技术企业新增", "新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=HT,
)
R(d, "提高到1.2%", "1.2%", 1.2, "%", "share", ["研发投入强度", "投入强度"], "rd_intensity", planned=True, period="2025")
R(
    d,
    "突破2.5亿元",
    "2.5亿元",
    V("2.5", "亿"),
    "元",
    "level",
    JS5,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
    category=TM,
)
R(
    d,
    "入库50家",
    "50家",
    50,
    "家",
    "level",
    KZ5,
    "tsme_count",
    planned=True,
    period="2025",
    category=TS,
)
NOT_INDICATORS["y05.txt"] = [
    ("临泽县科学技术局2024年", "2024"),
    ("\n2024年，我局", "2024"),
    ("四、2025年", "2025"),
    ("2024年12月26日", "2024"),
    ("2024年12月26日", "12"),
    ("2024年12月26日", "26"),
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
# formal (大写) numerals, as in 伍佰万元
CN_DIGIT.update(zip("壹贰叁肆伍陆柒捌玖", range(1, 10)))
CN_UNIT.update({"拾": 10, "佰": 100, "仟": 1000})
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")


def cn_number(t):
    """a small Chinese numeral (五, 十二, 伍佰) as an int"""
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
    if "cell" in r:
        # a flattened table row: the label alone on a line, then one cell per line
        lines = text.split("\n")
        at = [i for i, ln in enumerate(lines) if ln == a]
        if len(at) != 1:
            sys.exit(f"{name}: row label {a!r} found {len(at)} times")
        i = at[0] + 1 + r["cell"]
        if lines[i] != fig:
            sys.exit(f"{name}: row {a!r} cell {r['cell']} is {lines[i]!r}, not {fig!r}")
        start = sum(len(ln) + 1 for ln in lines[:i])
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
    """y04's flattened table: the 单位 line, then the header cells, one per line."""
    lines = text.split("\n")
    i = lines.index("单位：万元")
    if lines[i + 1 : i + 1 + len(TABLE_HEAD)] != TABLE_HEAD:
        sys.exit(f"{name}: table header is {lines[i + 1 : i + 4]!r}")
    rows = lines[i + 1 + len(TABLE_HEAD) :]
    for k, (label, _, cells) in enumerate(TABLE):
        if rows[3 * k : 3 * k + 3] != [label] + cells:
            sys.exit(f"{name}: table row {k} is {rows[3 * k : 3 * k + 3]!r}")


def written_value(r):
    """|value| as the figure's text writes it: line breaks removed, full-width
    digits folded, Chinese and formal numerals read (成 = 10 %, 首位 = 1),
    万/亿 folded in; a table cell takes the multiplier of the 单位 line."""
    t = re.sub(r"\s", "", unicodedata.normalize("NFKC", r["fig"]))
    m = re.search(r"\d+(?:\.\d+)?", t)
    if m:
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
    mult = next((w for w in ("亿", "万") if rest.startswith(w)), "")
    if "cell" in r:
        mult = r["mult"]
    return n * MULT[mult]


def uncovered(text, name, spans):
    """Arabic numbers in `text` that lie in no record span and are not listed
    in NOT_INDICATORS (a check that no figure was forgotten)."""
    allowed = []
    for a, num in NOT_INDICATORS.get(name, []):
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
        if name == "y04.txt":
            check_table(text, name)
        seen = set()
        for r in spec["recs"]:
            start, end = locate(text, name, r)
            if (start, end) in seen:
                sys.exit(f"{name}: duplicate span {r['fig']!r}")
            seen.add((start, end))
            if written_value(r) != abs(Decimal(str(r["value"]))):
                sys.exit(f"{name}: {r['fig']!r} is written {written_value(r)}, value {r['value']}")
            if re.search(r"\d", text[start - 1 : start]) or re.search(r"\d", text[end : end + 1]):
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
    # y01, 2023
    "y01_rd": D("5.92"),
    "y01_gdp": D("604"),  # 亿元; 2024's GDP implied by 6.48 / 1.04 % is about 623
    "y01_hte": 163,
    "y01_tsme": 530,
    "y01_grants": 2471,
    "y01_inv_grants": 349,
    "y01_held": 1689,
    "y01_pop": D("175.3"),  # 万人, end of 2023
    "y01_tc_n": 1027,
    "y01_tc": D("31.07"),
    "y01_absorb": D("37.77"),
    "y01_visitors": D("32.47"),  # 万人次
    # y02, 2023-01/2023-09 unless marked
    "y02_n": 3181,
    "y02_v": D("44.30"),
    "y02_h1": D("30.12"),  # 2024-01/2024-06
    "y02_h1_prev": D("23.44"),  # 2023-01/2023-06
    "y02_aug": D("9.49"),  # 2024-08
    "y02_sep_prev": D("7.85"),  # 2023-09
    "y02_univ": D("3.75"),
    "y02_absorb": D("56.62"),
    "y02_szs": D("6.33"),
    "y02_gy_n": 96,  # 固原 contracts, now 142
    "y02_gy_n_now": 142,
    # y04, 2023
    "y04_rd": D("6.01"),
    "y04_int": D("0.49"),
    "y04_ent": D("4.48"),
    "y04_hte": 139,
    "y04_tsme": 242,
    "y04_tc": D("7.28"),
    # y05, 2023
    "y05_rd": D("0.98"),
    "y05_int": D("1.05"),
    "y05_city_int": D("0.93"),  # 张掖市 average intensity 2024
    "y05_tc": D("1.80"),
    "y05_fund": 1120,
    "y05_park": D("17.09"),
}
P = PREV

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # y01
    (growth(D("6.48"), P["y01_rd"]), D("9.5")),
    (pct(D("6.48"), 623, 2), D("1.04")),
    (pct(P["y01_rd"], P["y01_gdp"], 2) + D("0.06"), D("1.04")),
    (pct(D("4.37"), D("6.48")), D("67.4")),
    (D(186 - P["y01_hte"]), D("23")),
    (D(41) >= 23 and D(29) < 41, True),  # 新认定 covers the net increase; 首次 is a part
    (growth(612, P["y01_tsme"]), D("15.5")),
    (D(3) <= 15, True),
    (D(412 + 1624 + 282), D("2318")),
    (growth(2318, P["y01_grants"]), D("-6.2")),
    (growth(412, P["y01_inv_grants"]), D("18.1")),
    (D(2045 - P["y01_held"]), D("356")),
    (growth(2045, P["y01_held"]), D("21.1")),
    (rnd(D(2045) / D("173.8")), D("11.8")),  # per 10 000 residents (the footnote)
    (rnd(D(2045) / D("173.8")) - rnd(D(P["y01_held"]) / P["y01_pop"]), D("2.2")),
    (growth(1157, P["y01_tc_n"]), D("12.7")),
    (growth(D("38.62"), P["y01_tc"]), D("24.3")),
    (D("29.84") < D("38.62"), True),
    (growth(D("45.17"), P["y01_absorb"]), D("19.6")),
    (growth(D("42.6"), P["y01_visitors"]), D("31.2")),
    (D(2) <= 58, True),
    # y02: the total, its parts and their shares
    (D("29.06") + D("21.35") + D("4.83") + D("1.12") + D("2.38"), D("58.74")),
    (pct(D("29.06"), D("58.74")), D("49.5")),
    (pct(D("21.35"), D("58.74")), D("36.3")),
    (pct(D("4.83") + D("1.12") + D("2.38"), D("58.74")), D("14.2")),
    (D("49.5") + D("36.3") + D("14.2"), D("100.0")),
    (growth(3862, P["y02_n"]), D("21.4")),
    (growth(D("58.74"), P["y02_v"]), D("32.6")),
    (growth(D("58.74"), P["y02_v"]) - growth(P["y02_h1"], P["y02_h1_prev"]), D("4.1")),
    # 7月 = 1-9月 - 上半年 - 8月 - 9月 is positive, and 9月 is part of 1-9月
    (D("58.74") - P["y02_h1"] - P["y02_aug"] - D("11.26") > 0, True),
    (612 < 3862, True),
    (growth(D("11.26"), P["y02_aug"]), D("18.7")),
    (growth(D("11.26"), P["y02_sep_prev"]), D("43.4")),
    (pct(D("45.92"), D("58.74")), D("78.2")),
    (pct(D("58.74"), 80), D("73.4")),
    (pct(D("31.47"), D("58.74")), D("53.6")),
    (86 < 3862, True),
    (pct(D("47.08"), D("58.74")), D("80.1")),
    (growth(D("5.13"), P["y02_univ"]), D("36.8")),
    (growth(D("72.36"), P["y02_absorb"]), D("27.8")),
    (pct(D("39.54"), D("72.36")), D("54.6")),
    (growth(D("8.95"), P["y02_szs"]), D("41.4")),
    (D("8.95") + D("6.27") + D("3.06") < D("58.74"), True),  # 银川市 and 固原市 make up the rest
    (growth(P["y02_gy_n_now"], P["y02_gy_n"], 0), D("48")),  # 近五成
    # y03
    (D("214.6") + D("87.3") + D("48.1"), D("350.0")),  # the 2024 兑现 total
    (D("0.35") * 10**4 / 350, D("10")),  # 0.35亿元 = 3500万元 = 10 x 350万元
    (growth(350, 312), D("12.2")),
    (pct(350, 468), D("74.8")),
    (rnd(D(350) / 76), D("4.6")),
    (pct(58, 76), D("76.3")),
    (D(468) <= 500 and D(76) <= 91, True),  # issued within the budget; redeemers among holders
    (D(1486) > 350 and D(213) > 76, True),  # the cumulative figures include 2024
    (D(12) < 34, True),
    # y04
    (growth(D("6.82"), P["y04_rd"]), D("13.5")),
    (D("0.53") - P["y04_int"], D("0.04")),
    (abs(D("6.82") / D("0.0053") / (P["y04_rd"] / P["y04_int"] * 100) - 1) < D("0.10"), True),  # GDP grew < 10 %
    (growth(D("5.16"), P["y04_ent"]), D("15.2")),
    (pct(D("5.16"), D("6.82")), D("75.7")),
    (D(158 - P["y04_hte"]), D("19")),
    (D(37) >= 19, True),
    (growth(296, P["y04_tsme"]), D("22.3")),
    (growth(D("9.36"), P["y04_tc"]), D("28.6")),
    (D("13.05") > D("9.36"), True),  # 吸纳量大于输出量
    (D("13.05") - D("2.87"), D("10.18")),
    (D(68200) / 10**4, D("6.82")),  # table 全市 row = the text's totals
    (D(93600) / 10**4, D("9.36")),
    (D(14260 + 16850 + 19320 + 4180) < 68200, True),  # the other counties make up the rest
    (D(31250 + 18400 + 26730 + 5120) < 93600, True),
    # y05
    (growth(D("1.12"), P["y05_rd"]), D("14.3")),
    (pct(D("1.12"), D("98.2"), 2), D("1.14")),  # GDP 98.2亿元 (not printed)
    (D("1.14") - P["y05_int"], D("0.09")),
    (D("1.14") - P["y05_city_int"], D("0.21")),
    (D(3 + 2), D("5")),
    (pct(23, 20), D("115.0")),
    (pct(46, 50), D("92.0")),  # the 46家 target (50家) is not printed; 2025 keeps 50家
    (growth(D("2.36"), P["y05_tc"]), D("31.1")),
    (pct(D("2.36"), D("16.5")), D("14.3")),
    (pct(D("2.36"), 2), D("118.0")),
    (D(2) <= 19, True),
    (growth(1260, P["y05_fund"]), D("12.5")),
    (pct(D("5.2"), D("26.5")), D("19.6")),
    (growth(D("18.7"), P["y05_park"]), D("9.4")),
    (pct(18, 48), D("37.5")),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
