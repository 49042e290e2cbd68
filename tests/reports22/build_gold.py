#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports22 from hand annotations.

Same layout as tests/reports19-21. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The pipe tables of c01 (研发投入情况表,
bare cells in 万元 from the `单位：万元` line) and c05 (考核排名) are annotated
through anchors too: a cell's anchor names its row's neighbouring cell.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, whitespace removed, traditional 萬/億 read as 万/亿, Chinese
numerals read, 首位 = 1, 万/亿 folded in, a bare c01 money cell scaled by the
table's 万元) equals |value|, every Arabic number in every text is either
inside a record or listed in NOT_INDICATORS with its reason (a four-digit
year 2012-2025 directly before 年 is allowed by the YEAR rule), every field
takes an allowed value, and the invented figures agree with each other
(parts add up, shares, growth rates, 百分点 changes, averages; see
CONSISTENCY at the end).
"""

import pathlib
import re
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # (tests/gold_harness.py)
from gold_harness import R, V, cagr, date_line, doc, growth, pct, rnd, write_gold, written_scaled  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
# a year written before 年 / 年度 / 年底 / 年末 / 年間 is a time, not a figure
YEAR = re.compile(r"20(1[2-9]|2[0-5])(?=年)")

# GB/T 2260 codes of every region named in the gold (checked against
# adcodes.csv of PyPI cpca 0.5.5). A name not listed here is not an
# administrative unit with a six-digit code (the towns and 街道 of c05) and
# gets "".
CODES = {
    # c01 the company's seat: 湖南省株洲市天元区
    "天元区": "430211",
    "株洲市天元区": "430211",
    "株洲市": "430200",
    # c02 香港
    "香港特别行政区": "810000",
    "香港特別行政區": "810000",
    "香港": "810000",
    # c03 贵州省 (全省) and 贵阳市
    "贵州省": "520000",
    "贵州": "520000",
    "贵阳市": "520100",
    # c04 南宁市 (我市); 全区 = 广西; 柳州市; 全国; 深圳, 杭州
    "南宁市": "450100",
    "南宁": "450100",
    "广西壮族自治区": "450000",
    "广西": "450000",
    "柳州市": "450200",
    "全国": "100000",
    "深圳市": "440300",
    "深圳": "440300",
    "杭州市": "330100",
    "杭州": "330100",
    # c05 临沂市兰山区 (全区); its 镇/街道 have no six-digit code
    "兰山区": "371302",
    "临沂市兰山区": "371302",
    # c06 绵阳市 (我市) and 涪城区
    "绵阳市": "510700",
    "绵阳": "510700",
    "涪城区": "510703",
}


DOCS = {}
NOT_INDICATORS = {}  # doc -> [(anchor, number, reason)]: Arabic numbers that are not figures
TABLES = {}  # no table goes through the harness's table reader in this set


HT = "high_tech_enterprise"
RI = "rd_institution"
RE = "rd_expenditure"
PT = "patent"
FU = "funding"
TA = "talent"
PJ = "project"
EN = "enterprise"
FA = "facility"
OT = "other"
EC = ["economy", OT]
GL = ["growth", "level"]  # increase amounts, 净增, 高于/低于…个百分点 (corpus A02, reports3-21)
LS = ["level", "share"]  # per-10k ratios (corpus 01, C08)
SL = ["share", "level"]  # rates such as 优秀率
QM = "more_than"  # 突破 (corpus 09, A10)
PL = [True, False]  # a decided amount or rule announced with the results
TOP = ["at_most", None]  # 最高 without 不超过: records.md does not list it

# ---------------------------------------------------------------- c01
# A LISTED COMPANY'S ANNUAL REPORT (年度报告摘要, 节选) on its R&D, full-width
# punctuation: 株洲恒驰电气股份有限公司, 2023 (published 2024-04-19). The
# figures describe a company, not a place: region is the company's seat
# (办公地址 湖南省株洲市天元区: 天元区 or 株洲市) or empty. The table's bare
# cells are in 万元 (`单位：万元　币种：人民币`); 本期数 = 2023, 上年同期数 =
# 2022. The stock code, 公告编号, the street number, the phone number and the
# age threshold `30岁以下（不含30岁）` are no figures. Company figures take the
# enterprise measures or none (a firm is a part of no region's whole as the
# text presents it).
CO = ["天元区", "株洲市", "株洲市天元区", ""]
Y23 = "2023"
E23 = ["2023", "2023-12"]
d = doc(DOCS, "c01.txt", CO, Y23, RE)
RS = ["rd_spend_enterprise", ""]
RQ = ["rd_intensity_enterprise", ""]
HJ = ["研发投入合计", "研发投入"]
BL = ["研发投入总额占营业收入的比例", "研发投入总额占营业收入比例"]
ZB = ["资本化研发投入占研发投入的比重", "研发投入资本化的比重"]
R(d, "合计24686.53万元", "24686.53万元", V("24686.53", "万"), "元", "level", HJ, RS)
R(d, "增长18.90%", "18.90%", 18.9, "%", "growth", HJ, RS)
R(d, "比例为9.47%", "9.47%", 9.47, "%", "share", BL, RQ)
R(d, "较上年增加0.63个百分点", "0.63个百分点", 0.63, "百分点", "growth", BL, RQ)
R(d, "投入2935.18万元", "2935.18万元", V("2935.18", "万"), "元", "level", ["资本化研发投入"], "")
R(d, "的11.89%", "11.89%", 11.89, "%", "share", ZB + ["资本化研发投入"], "")
# the table: (anchor, fig, scale, unit, kind, indicator, measure, period)
for anchor, fig, sc, unit, kind, ind, ms, per in [
    ("| 21751.35 |", "21751.35", "万", "元", "level", ["费用化研发投入"], "", Y23),
    ("| 18673.60 |", "18673.60", "万", "元", "level", ["费用化研发投入"], "", "2022"),
    ("| 16.48 |", "16.48", "", "%", "growth", ["费用化研发投入"], "", Y23),
    ("| 2935.18 |", "2935.18", "万", "元", "level", ["资本化研发投入"], "", Y23),
    ("| 2088.21 |", "2088.21", "万", "元", "level", ["资本化研发投入"], "", "2022"),
    ("| 40.56 |", "40.56", "", "%", "growth", ["资本化研发投入"], "", Y23),
    ("| 24686.53 |", "24686.53", "万", "元", "level", HJ, RS, Y23),
    ("| 20761.81 |", "20761.81", "万", "元", "level", HJ, RS, "2022"),
    ("| 18.90 |", "18.90", "", "%", "growth", HJ, RS, Y23),
    ("| 9.47 |", "9.47", "", "%", "share", BL, RQ, Y23),
    ("| 8.84 |", "8.84", "", "%", "share", BL, RQ, "2022"),
    ("8.84 | 增加0.63个百分点", "0.63个百分点", "", "百分点", "growth", BL, RQ, Y23),
    ("| 11.89 |", "11.89", "", "%", "share", ZB, "", Y23),
    ("| 10.06 |", "10.06", "", "%", "share", ZB, "", "2022"),
    ("1.83个百分点", "1.83个百分点", "", "百分点", "growth", ZB, "", Y23),
]:
    R(d, anchor, fig, V(re.match(r"[\d.]+", fig).group(), sc), unit, kind, ind, ms, scale=sc, period=per)
RY = ["研发人员数量", "研发人员"]
RP = ["rd_personnel", ""]
TR = [TA, RE]
R(d, "数量为612人", "612人", 612, "人", "level", RY, RP, period=E23, category=TR)
R(d, "增加87人", "87人", 87, "人", GL, RY, RP, category=TR)
R(d, "23.60%", "23.60%", 23.6, "%", "share", ["研发人员数量占公司总人数的比例"] + RY, RP, period=E23, category=TR)
R(
    d,
    "15320.46万元",
    "15320.46万元",
    V("15320.46", "万"),
    "元",
    "level",
    ["研发人员薪酬合计", "研发人员薪酬"],
    "",
    category=TR,
)
R(d, "25.03万元", "25.03万元", V("25.03", "万"), "元", "level", ["研发人员平均薪酬", "平均薪酬"], "", category=TR)
for anchor, fig, n, ind in [
    ("博士研究生18人", "18人", 18, "博士研究生"),
    ("硕士研究生205人", "205人", 205, "硕士研究生"),
    ("本科274人", "274人", 274, "本科"),
    ("以下115人", "115人", 115, "专科及以下"),
]:
    R(d, anchor, fig, n, "人", "level", [ind, ind + "研发人员"], "", period=E23, category=TA)
R(
    d,
    "研发人员297人",
    "297人",
    297,
    "人",
    "level",
    ["30岁以下（不含30岁）的研发人员", "30岁以下的研发人员"],
    "",
    period=E23,
    category=TA,
)
R(
    d,
    "发明专利46项",
    "46项",
    46,
    "项",
    "level",
    ["新增申请发明专利", "发明专利申请"],
    ["invention_patent_applications", ""],
    category=PT,
)
R(d, "实用新型专利38项", "38项", 38, "项", "level", ["新增申请实用新型专利", "实用新型专利申请"], "", category=PT)
R(
    d,
    "授权21项",
    "21项",
    21,
    "项",
    "level",
    ["新增获得发明专利授权", "发明专利授权"],
    ["invention_patent_grants", ""],
    category=PT,
)
R(
    d,
    "有效发明专利186项",
    "186项",
    186,
    "项",
    "level",
    ["有效发明专利", "累计拥有有效发明专利"],
    ["invention_patents_held", ""],
    period=E23,
    category=PT,
)
R(d, "软件著作权93项", "93项", 93, "项", "level", ["软件著作权"], "", period=E23, category=[PT, OT])
NOT_INDICATORS["c01.txt"] = [
    *date_line("2024-04-19 18:30"),
    ("浏览次数：1357", "1357", "view counter"),
    ("证券代码：688517", "688517", "stock code"),
    ("公告编号：2024-012", "2024", "announcement number"),
    ("公告编号：2024-012", "012", "announcement number"),
    ("黄河南路288号", "288", "street number of the address"),
    ("0731-28835617", "0731", "phone number"),
    ("0731-28835617", "28835617", "phone number"),
    ("30岁以下（不含30岁）", "30", "age threshold defining a group"),
]

# ---------------------------------------------------------------- c02
# HONG KONG 政府統計處 PRESS RELEASE (新聞公報) in TRADITIONAL characters on
# 2021 研究及發展 (published 2022-12-16), full-width punctuation. HK wording:
# 按年上升 / 按年下跌 (negative), 相對本地生產總值的比率, 佔…; money in 億港元 (unit
# 港元). Performers (工商機構 / 高等教育機構 / 政府機構) and sources of funds add up
# to the total; 工商機構 takes the enterprise measure, the other parts none.
# Two head counts use a SPACE as thousands separator (`34 865名`, `28 910人年`).
# The two 2020 levels (`較2020年的258.4億港元`, `0.95%`) have period 2020; the
# ten-year average growth 2011-2021. The phone number `3903 7221` and the
# dates are no figures; `十二月十六日` is a date in Chinese numerals.
HK = ["香港特别行政区", "香港", "香港特別行政區"]
d = doc(DOCS, "c02.txt", HK, "2021", RE)
ZK = ["本地研發總開支", "本地研发总开支"]
BZ = ["本地研發總開支相對本地生產總值的比率", "本地研发总开支相对本地生产总值的比率"]
R(d, "總開支為275.6億港元", "275.6億港元", V("275.6", "亿"), "港元", "level", ZK, "rd_spend")
R(d, "258.4億港元", "258.4億港元", V("258.4", "亿"), "港元", "level", ZK, "rd_spend", period="2020")
R(d, "按年上升6.7%", "6.7%", 6.7, "%", "growth", ZK, "rd_spend")
R(d, "比率為0.99%", "0.99%", 0.99, "%", "share", BZ, "rd_intensity")
R(d, "的0.95%", "0.95%", 0.95, "%", "share", BZ, "rd_intensity", period="2020")
R(d, "0.04個百分點", "0.04個百分點", 0.04, "百分点", "growth", BZ, "rd_intensity")
R(d, "上升7.9%", "7.9%", 7.9, "%", "growth", ZK, "rd_spend", period=["2011/2021", "2012/2021", "2021"])
GS = ["工商機構的研發開支", "工商机构的研发开支"]
R(d, "121.3億港元", "121.3億港元", V("121.3", "亿"), "港元", "level", GS, "rd_spend_enterprise")
R(d, "上升9.8%", "9.8%", 9.8, "%", "growth", GS, "rd_spend_enterprise")
R(d, "的44.0%", "44.0%", 44.0, "%", "share", GS, "rd_spend_enterprise")
GJ = ["高等教育機構的研發開支", "高等教育机构的研发开支"]
R(d, "136.2億港元", "136.2億港元", V("136.2", "亿"), "港元", "level", GJ, "")
R(d, "上升5.0%", "5.0%", 5.0, "%", "growth", GJ, "")
R(d, "佔49.4%", "49.4%", 49.4, "%", "share", GJ, "")
ZF = ["政府機構的研發開支", "政府机构的研发开支"]
R(d, "18.1億港元", "18.1億港元", V("18.1", "亿"), "港元", "level", ZF, "")
R(d, "佔6.6%", "6.6%", 6.6, "%", "share", ZF, "")
R(d, "下跌0.5%", "0.5%", -0.5, "%", "growth", ZF, "")
for fig, share, ind in [
    ("141.4", "51.3", ["由政府資助的研發開支", "由政府资助的研发开支"]),
    ("118.6", "43.0", ["由工商機構資助的研發開支", "由工商机构资助的研发开支"]),
    ("15.6", "5.7", ["來自其他來源的研發開支", "来自其他来源的研发开支"]),
]:
    R(d, fig + "億港元", fig + "億港元", V(fig, "亿"), "港元", "level", ind, "", category=[RE, FU])
    sa = "的51.3%" if share == "51.3" else "（佔" + share + "%）"
    R(d, sa, share + "%", V(share), "%", "share", ind, "", category=[RE, FU])
RY2 = ["本地研發人員", "本地研发人员", "研發人員", "研发人员"]
R(d, "34 865名", "34 865名", 34865, "名", "level", RY2, "rd_personnel", period=["2021", "2021-12"], category=[RE, TA])
R(d, "增加4.2%", "4.2%", 4.2, "%", "growth", RY2, "rd_personnel", category=[RE, TA])
R(
    d,
    "佔46.8%",
    "46.8%",
    46.8,
    "%",
    "share",
    ["在工商機構工作的研發人員", "在工商机构工作的研发人员"],
    "",
    period=["2021", "2021-12"],
    category=[RE, TA],
)
QS = ["研發人員（以全職人員相等數值計算）", "研发人员全职人员相等数值", "全職人員相等數值"]
R(
    d,
    "28 910人年",
    "28 910人年",
    28910,
    "人年",
    "level",
    QS,
    "rd_personnel",
    period=["2021", "2021-12"],
    category=[RE, TA],
)
R(d, "增加3.6%", "3.6%", 3.6, "%", "growth", QS, "rd_personnel", category=[RE, TA])
NOT_INDICATORS["c02.txt"] = [
    *date_line("2022-12-16 16:30"),
    ("瀏覽次數：2184", "2184", "view counter"),
    ("2011年至2021年間", "2011", "start year of the 2011-2021 span (before the YEAR rule's range)"),
    ("查詢電話：3903 7221", "3903", "phone number"),
    ("查詢電話：3903 7221", "7221", "phone number"),
    ("2022年12月16日（星期五）", "12", "date of the release"),
    ("2022年12月16日（星期五）", "16", "date of the release"),
]

# ---------------------------------------------------------------- c03
# 贵州省科学技术厅 ANNUAL REPORT on 大型科研仪器开放共享 for 2020 (published
# 2021-05-20), half-width punctuation, empty view counter. `全省` = 贵州省.
# Stocks `截至2020年12月底` (2020-12) against full-year flows; the class
# threshold `单值50万元以上` is no figure; unit 台(套) as records.md lists it,
# 机时 in 小时; performers that add up; 贵阳市's part and share; 考核评价
# grades that add up to the 43 units, an 优秀率, a cap `不超过100万元`; 2021
# targets (`将…力争`, `突破`). No figure fits a measure.
GZ = ["贵州省", "贵州"]
S12 = ["2020-12", "2020"]
d = doc(DOCS, "c03.txt", GZ, "2020", FA)
YQ = ["大型科研仪器", "纳入平台的大型科研仪器", "纳入贵州省科技资源共享服务平台的大型科研仪器"]
R(d, "达1863台(套)", "1863台(套)", 1863, "台(套)", "level", YQ, "", period=S12)
R(
    d,
    "原值合计27.46亿元",
    "27.46亿元",
    V("27.46", "亿"),
    "元",
    "level",
    ["大型科研仪器原值", "原值合计", "原值"],
    "",
    period=S12,
)
R(d, "增加214台(套)", "214台(套)", 214, "台(套)", GL, YQ, "", period=S12)
for anchor, fig, n, ind in [
    ("高校1027台(套)", "1027台(套)", 1027, "高校"),
    ("科研院所538台(套)", "538台(套)", 538, "科研院所"),
    ("单位298台(套)", "298台(套)", 298, "企业及其他单位"),
]:
    R(d, anchor, fig, n, "台(套)", "level", [ind, ind + "大型科研仪器"], "", period=S12)
R(d, "仪器1412台(套)", "1412台(套)", 1412, "台(套)", "level", ["仪器", "大型科研仪器"], "", region="贵阳市", period=S12)
R(d, "的75.8%", "75.8%", 75.8, "%", "share", ["贵阳市仪器占全省的比重", "仪器"], "", region="贵阳市", period=S12)
JS = ["共享服务机时"]
R(d, "48.7万小时", "48.7万小时", V("48.7", "万"), "小时", "level", JS, "")
R(d, "增长12.3%", "12.3%", 12.3, "%", "growth", JS, "")
SR = ["对外服务收入"]
R(d, "8436万元", "8436万元", V("8436", "万"), "元", "level", SR, "", category=[FA, "economy"])
R(d, "增长15.8%", "15.8%", 15.8, "%", "growth", SR, "", category=[FA, "economy"])
R(d, "2650余家", "2650余家", 2650, "家", "level", ["服务用户单位"], "", qualifier=QM, category=[FA, EN])
R(d, "企业1730家", "1730家", 1730, "家", "level", ["服务企业", "企业"], "", category=[FA, EN])
R(d, "占65.3%", "65.3%", 65.3, "%", "share", ["企业占服务用户单位的比重", "企业"], "", category=[FA, EN])
R(
    d,
    "261.4小时",
    "261.4小时",
    261.4,
    "小时",
    "level",
    ["平均每台(套)仪器对外服务机时", "平均每台(套)仪器对外服务"],
    "",
)
PJD = ["参加评价考核的管理单位", "管理单位"]
R(d, "对43家", "43家", 43, "家", "level", PJD, "")
for anchor, fig, n, grade in [
    ("优秀9家", "9家", 9, "优秀"),
    ("良好17家", "17家", 17, "良好"),
    ("合格14家", "14家", 14, "合格"),
    ("不合格3家", "3家", 3, "不合格"),
]:
    R(d, anchor, fig, n, "家", "level", ["评价为" + grade + "的单位", grade], "")
R(d, "优秀率20.9%", "20.9%", 20.9, "%", SL, ["优秀率"], "")
R(d, "的26家", "26家", 26, "家", "level", ["评价为优秀和良好的单位", "获得后补助的单位"], "", category=[FA, FU])
R(d, "1180万元", "1180万元", V("1180", "万"), "元", "level", ["后补助"], "", category=[FU, FA])
R(
    d,
    "不超过100万元",
    "不超过100万元",
    V("100", "万"),
    "元",
    "level",
    ["单家后补助最高额度", "单家最高"],
    "",
    qualifier="at_most",
    planned=PL,
    category=[FU, FA],
)
R(d, "不合格的3家", "3家", 3, "家", "level", ["评价为不合格的单位", "不合格单位"], "")
R(
    d,
    "2000台(套)",
    "2000台(套)",
    2000,
    "台(套)",
    "level",
    YQ,
    "",
    qualifier=QM,
    planned=True,
    period=["2021", "2021-12"],
)
R(d, "55万小时", "55万小时", V("55", "万"), "小时", "level", JS, "", planned=True, period="2021")
NOT_INDICATORS["c03.txt"] = [
    *date_line("2021-05-20 09:40"),
    ("截至2020年12月底", "12", "time point"),
    ("单值50万元以上", "50", "threshold defining a class of instruments"),
]

# ---------------------------------------------------------------- c04
# A 政协 PROPOSAL (提案) itself, not its reply: 民进南宁市委员会's 提案 to the
# 南宁市政协 (published 2018-01-26), half-width punctuation. The facts are
# 2016 figures; `我市`/`全市` = 南宁市, and in Guangxi `全区` = 广西壮族自治区
# (`在全区14个设区市中` is a 广西 record; `占全区的39.7%` is 南宁's share). Other
# places in brackets: 全国 `(2.11%)` and `(8.0件)`, 柳州市 `(1.63%)`, 广西
# `(21.3%)`; `深圳、杭州等城市…4%以上` (region either city). The proposal's
# suggestions (建议…, 力争到2020年…) are planned. The class thresholds
# `500万元以上` and `增长20%以上` of the reward proposal are no figures; the
# reward rate `10%` and the cap `最高200万元` are.
NN = ["南宁市", "南宁"]
GX = ["广西壮族自治区", "广西"]
d = doc(DOCS, "c04.txt", NN, "2016", RE)
RD4 = ["全社会研究与试验发展(R&D)经费支出", "研究与试验发展(R&D)经费支出", "R&D经费支出"]
QD4 = ["投入强度", "R&D经费投入强度"]
R(d, "支出35.74亿元", "35.74亿元", V("35.74", "亿"), "元", "level", RD4, "rd_spend")
R(d, "增长8.4%", "8.4%", 8.4, "%", "growth", RD4, "rd_spend")
R(d, "强度为0.97%", "0.97%", 0.97, "%", "share", QD4, "rd_intensity")
R(d, "(2.11%)", "2.11%", 2.11, "%", "share", ["全国平均水平"] + QD4, "rd_intensity", region="全国")
R(d, "1.14个百分点", "1.14个百分点", 1.14, "百分点", GL, QD4, "rd_intensity")
R(d, "(1.63%)", "1.63%", 1.63, "%", "share", QD4, "rd_intensity", region="柳州市")
R(d, "14个设区市", "14个", 14, "个", "level", ["设区市"], "", region=GX, period=["2016", ""], category=OT)
R(d, "居第3位", "第3位", 3, "位", "rank", QD4, "rd_intensity")
YH = ["规模以上工业企业中有研发活动的企业占比", "有研发活动的规模以上工业企业"]
R(d, "仅占14.6%", "14.6%", 14.6, "%", "share", YH, "", category=[RE, EN])
R(d, "(21.3%)", "21.3%", 21.3, "%", "share", YH, "", region=GX, category=[RE, EN])
GQ = ["高新技术企业"]
Y16 = ["2016", "2016-12"]
R(d, "企业486家", "486家", 486, "家", "level", GQ, "hte_count", period=Y16, category=HT)
R(
    d,
    "的39.7%",
    "39.7%",
    39.7,
    "%",
    "share",
    ["高新技术企业占全区的比重"] + GQ,
    ["hte_count", ""],
    period=Y16,
    category=HT,
)
WR = ["每万人口发明专利拥有量"]
R(d, "拥有量6.2件", "6.2件", 6.2, "件", LS, WR, "invention_patents_per_10k", period=Y16, category=PT)
R(d, "(8.0件)", "8.0件", 8.0, "件", LS, WR, "invention_patents_per_10k", region="全国", period=Y16, category=PT)
CZ = ["市本级财政科技支出", "财政科技支出"]
CZS = ["市本级财政科技支出占本级一般公共预算支出的比重"] + CZ
CZC = [FU, RE, OT]
R(d, "支出7.85亿元", "7.85亿元", V("7.85", "亿"), "元", "level", CZ, "fiscal_st_spend", category=CZC)
R(d, "的1.52%", "1.52%", 1.52, "%", "share", CZS, "fiscal_st_spend", category=CZC)
R(
    d,
    "4%以上",
    "4%以上",
    4,
    "%",
    "share",
    ["财政科技支出占一般公共预算支出的比重"] + CZ,
    "fiscal_st_spend",
    qualifier="at_least",
    region=["深圳市", "杭州市", "深圳", "杭州"],
    category=CZC,
)
R(
    d,
    "年均增长15%以上",
    "15%以上",
    15,
    "%",
    "growth",
    CZ,
    "fiscal_st_spend",
    qualifier="at_least",
    planned=True,
    period=["2018/2020", "2020", "2016"],
    category=CZC,
)
R(d, "达到3%", "3%", 3, "%", "share", CZS, "fiscal_st_spend", planned=True, period="2020", category=CZC)
R(
    d,
    "的10%",
    "10%",
    10,
    "%",
    SL,
    ["奖励比例", "按增量部分给予奖励的比例"],
    "",
    planned=True,
    period=["2018", "2016", None],
    category=[FU, RE],
)
R(
    d,
    "最高200万元",
    "200万元",
    V("200", "万"),
    "元",
    "level",
    ["单个企业每年最高奖励", "单个企业每年最高"],
    "",
    qualifier=TOP,
    planned=True,
    period=["2018", "2016", None],
    category=[FU, RE],
)
R(d, "提升至1.5%", "1.5%", 1.5, "%", "share", QD4, "rd_intensity", planned=True, period="2020")
R(
    d,
    "突破1000家",
    "1000家",
    1000,
    "家",
    "level",
    GQ,
    "hte_count",
    qualifier=QM,
    planned=True,
    period=["2020", "2020-12"],
    category=HT,
)
NOT_INDICATORS["c04.txt"] = [
    *date_line("2018-01-26 10:05"),
    ("浏览次数:683", "683", "view counter"),
    ("第0137号", "0137", "proposal number"),
    ("500万元以上", "500", "threshold defining the firms to reward"),
    ("增长20%以上", "20", "threshold defining the firms to reward"),
]

# ---------------------------------------------------------------- c05
# 兰山区科学技术局 RESULTS NOTICE of the 2019年度 镇街科技创新工作考核 (published
# 2020-03-27), full-width punctuation, document number `临兰科发〔2020〕5号`.
# `全区` = 临沂市兰山区. Scores in 分 (measure "" or innovation_rank, as
# reports9 z04's index values), grade counts that add up to the 12 镇街, and a
# PIPE TABLE of all twelve (名次 = rank, 得分) whose rows are 镇 and 街道: no
# six-digit code, region_code "". The assessment's design (`4个方面11项指标`,
# `满分100分`) and the grade thresholds (`90分及以上`, `80分至90分`, …) are
# no figures. `最高分`/`最低分` belong to the top and bottom units or to the
# district's assessment. 2020 target `力争…50家以上`.
LS5 = ["兰山区", "临沂市兰山区"]
d = doc(DOCS, "c05.txt", LS5, "2019", OT)
IR = ["", "innovation_rank"]  # a score: the level aspect of the evaluation
IRK = ["innovation_rank", ""]
ZJ = ["镇街", "镇街数量"]
R(d, "全区12个镇街", "12个", 12, "个", "level", ZJ, "")
R(d, "12个镇街平均得分", "12个", 12, "个", "level", ZJ, "")
PJ5 = ["镇街科技创新工作考核平均得分", "平均得分"]
R(d, "81.6分", "81.6分", 81.6, "分", "level", PJ5, IR)
R(d, "提高3.4分", "3.4分", 3.4, "分", "growth", PJ5, IR)
R(d, "最高分96.2分", "96.2分", 96.2, "分", "level", ["最高分"], IR, region=["柳青街道"] + LS5)
R(d, "最低分56.8分", "56.8分", 56.8, "分", "level", ["最低分"], IR, region=["马厂湖镇"] + LS5)
for anchor, fig, n, grade in [
    ("优秀等次3个", "3个", 3, "优秀"),
    ("良好等次5个", "5个", 5, "良好"),
    ("合格等次3个", "3个", 3, "合格"),
    ("不合格等次1个", "1个", 1, "不合格"),
]:
    R(d, anchor, fig, n, "个", "level", ["评定" + grade + "等次的镇街", grade + "等次"], "")
T5 = [
    (1, "柳青街道", "96.2", "优秀"),
    (2, "银雀山街道", "93.5", "优秀"),
    (3, "兰山街道", "91.8", "优秀"),
    (4, "白沙埠镇", "88.7", "良好"),
    (5, "金雀山街道", "86.4", "良好"),
    (6, "义堂镇", "84.9", "良好"),
    (7, "枣园镇", "83.1", "良好"),
    (8, "半程镇", "80.6", "良好"),
    (9, "方城镇", "76.3", "合格"),
    (10, "李官镇", "72.5", "合格"),
    (11, "汪沟镇", "68.9", "合格"),
    (12, "马厂湖镇", "56.8", "不合格"),
]
MC = ["科技创新工作考核名次", "名次", "考核排名"]
DF = ["科技创新工作考核得分", "得分"]
for n, town, score, _grade in T5:
    R(d, f"| {n} | {town}", str(n), n, "位", "rank", MC, IRK, region=town)
    R(d, f"{town} | {score}", score, V(score), "分", "level", DF, IR, region=town)
XZ = ["新增高新技术企业"]
R(d, "高新技术企业38家", "38家", 38, "家", "level", XZ, "hte_new", category=HT)
R(d, "新增9家", "9家", 9, "家", "level", XZ, "hte_new", region="柳青街道", category=HT)
R(d, "首位", "首位", 1, "位", "rank", XZ, ["hte_new", ""], region="柳青街道", category=HT)
R(d, "优秀等次的3个", "3个", 3, "个", "level", ["获得奖励的镇街", "优秀等次的镇街"], "", category=[OT, FU])
R(
    d,
    "20万元",
    "20万元",
    V("20", "万"),
    "元",
    "level",
    ["科技创新工作经费奖励", "奖励"],
    "",
    planned=PL,
    period=["2019", "2020"],
    category=FU,
)
R(
    d,
    "50家以上",
    "50家以上",
    50,
    "家",
    "level",
    XZ,
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2020",
    category=HT,
)
TH = "按照90分及以上为优秀、80分至90分为良好、60分至80分为合格、60分以下为不合格"
NOT_INDICATORS["c05.txt"] = [
    *date_line("2020-03-27 15:10"),
    ("浏览次数：926", "926", "view counter"),
    ("〔2020〕5号", "2020", "document number"),
    ("〔2020〕5号", "5", "document number"),
    ("4个方面11项指标，满分100分", "4", "the assessment's design"),
    ("4个方面11项指标，满分100分", "11", "the assessment's design"),
    ("4个方面11项指标，满分100分", "100", "the assessment's full score"),
    (TH, "90", "grade threshold"),
    (TH, "80", "grade threshold"),
    (TH, "60", "grade threshold"),
    ("2020年3月26日", "3", "signature date"),
    ("2020年3月26日", "26", "signature date"),
]

# ---------------------------------------------------------------- c06
# 绵阳日报 NEWS STORY on 引才引智 / 外国人才 (2018-01-23), half-width
# punctuation. `去年` = 2017 and `今年` = 2018 from the date line; `我市` =
# 绵阳市 (named only in the breadcrumb, the source and `在绵`). The headline
# repeats `326件`. 外国人来华工作许可 by class (A/B/C, they add up), a
# `截至12月底` stock, 涪城区's part with share and rank, 海外高层次人才 with
# program parts (国家/四川省"千人计划": names, the region stays 绵阳市), 引智
# projects and funds, platform counts in a 分别 pair, a fund and a cap
# `最高1000万元`, 2018 targets. `1月22日` is a date. No figure fits a measure.
MY = ["绵阳市", "绵阳"]
d = doc(DOCS, "c06.txt", MY, "2017", TA)
XK = ["外国人来华工作许可", "办理外国人来华工作许可"]
R(d, "去年办理外国人来华工作许可326件", "326件", 326, "件", "level", XK, "")
R(d, "共办理外国人来华工作许可326件", "326件", 326, "件", "level", XK, "")
for anchor, fig, n, ind in [
    ("(A类)58件", "58件", 58, "外国高端人才(A类)"),
    ("(B类)241件", "241件", 241, "外国专业人才(B类)"),
    ("(C类)27件", "27件", 27, "其他外国人员(C类)"),
]:
    R(d, anchor, fig, n, "件", "level", [ind, ind.split("(")[0]], "")
R(d, "17.8%", "17.8%", 17.8, "%", "share", ["A类占比", "外国高端人才(A类)占比"], "")
S17 = ["2017-12", "2017"]
R(d, "外国人有412人", "412人", 412, "人", "level", ["在绵工作的外国人", "在华工作外国人"], "", period=S17)
R(d, "37个", "37个", 37, "个", "level", ["外国人来源国家和地区", "国家和地区"], "", period=S17, category=[TA, OT])
R(d, "许可148件", "148件", 148, "件", "level", XK, "", region="涪城区")
R(d, "的45.4%", "45.4%", 45.4, "%", "share", ["涪城区办理工作许可占全市的比重"] + XK, "", region="涪城区")
R(d, "首位", "首位", 1, "位", "rank", XK, "", region="涪城区")
HW = ["新引进海外高层次人才", "海外高层次人才"]
R(d, "人才43名", "43名", 43, "名", "level", HW, "")
R(d, '千人计划"3名', "3名", 3, "名", "level", ['入选国家"千人计划"', '国家"千人计划"'], "")
R(d, '千人计划"11名', "11名", 11, "名", "level", ['入选四川省"千人计划"', '四川省"千人计划"'], "")
R(d, "达286名", "286名", 286, "名", "level", ["累计引进海外高层次人才"] + HW, "", period=["2017", "2017-12"])
R(
    d,
    "项目17项",
    "17项",
    17,
    "项",
    "level",
    ["引进国外智力项目", "国家外国专家局引进国外智力项目"],
    "",
    category=[TA, PJ],
)
ZJ6 = ["项目资金", "争取项目资金"]
R(d, "560万元", "560万元", V("560", "万"), "元", "level", ZJ6, "", category=[FU, TA, PJ])
R(d, "增长21.7%", "21.7%", 21.7, "%", "growth", ZJ6, "", category=[FU, TA, PJ])
R(d, "示范基地2个", "2个", 2, "个", "level", ["新认定省级引才引智示范基地", "省级引才引智示范基地"], "")
Y17 = ["2017", "2017-12"]
R(d, "达到3个", "3个", 3, "个", "level", ["国家级引智示范基地"], "", period=Y17)
R(d, "和9个", "9个", 9, "个", "level", ["省级引智示范基地"], "", period=Y17)
R(d, "1500万元", "1500万元", V("1500", "万"), "元", "level", ["引才引智专项资金"], "", category=[FU, TA])
R(
    d,
    "1000万元",
    "1000万元",
    V("1000", "万"),
    "元",
    "level",
    ["顶尖人才团队资助", "最高资助"],
    "",
    qualifier=TOP,
    planned=PL,
    category=[FU, TA],
)
R(d, "50名以上", "50名以上", 50, "名", "level", HW, "", qualifier="at_least", planned=True, period="2018")
R(d, "突破400件", "400件", 400, "件", "level", XK, "", qualifier=QM, planned=True, period="2018")
NOT_INDICATORS["c06.txt"] = [
    *date_line("2018-01-23 08:47"),
    ("浏览次数:1175", "1175", "view counter"),
    ("本报讯 1月22日", "1", "date of the news"),
    ("本报讯 1月22日", "22", "date of the news"),
    ("截至12月底", "12", "time point"),
]


def written(r):
    """(|value|, value_max) as written: traditional 萬/億 read as 万/亿, a bare
    table cell scaled by its table's 万元 (`scale`)."""
    return written_scaled(dict(r, fig=r["fig"].translate(str.maketrans("萬億", "万亿"))))


D = Decimal


# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 株洲恒驰电气, 万元
    "c01_rev23": D("260680.50"),  # 2023 营业收入
    "c01_rev22": D("234860.00"),  # 2022 营业收入
    "c01_staff23": 2593,  # 2023 年末 公司总人数
    # c02 香港, 億港元
    "c02_gdp21": D("27959"),  # 2021 本地生產總值
    "c02_gdp20": D("27107"),  # 2020 本地生產總值
    "c02_rd11": D("128.9"),  # 2011 本地研發總開支
    "c02_parts20": {"工商": D("110.5"), "高教": D("129.7"), "政府": D("18.2")},
    "c02_staff20": 33458,  # 2020 年底 研發人員
    "c02_fte20": 27906,  # 2020 研發人員 全職人員相等數值, 人年
    "c02_staff_biz21": 16317,  # 2021 在工商機構工作的研發人員
    # c03 贵州
    "c03_hours19": D("43.37"),  # 2019 共享服务机时, 万小时
    "c03_income19": 7285,  # 2019 对外服务收入, 万元
    # c04 南宁, 2016
    "c04_rd15": D("32.97"),  # 2015 R&D经费, 亿元
    "c04_gdp16": D("3672.0"),  # 2016 GDP, 亿元
    "c04_hte_gx16": 1224,  # 2016 广西 高新技术企业
    "c04_budget16": D("516.4"),  # 2016 市本级一般公共预算支出, 亿元
    # c05 兰山区
    "c05_avg18": D("78.2"),  # 2018年度 平均得分
    # c06 绵阳
    "c06_funds16": 460,  # 2016 引智项目资金, 万元
}
P = PREV
H = {"工商": (D("121.3"), D("9.8")), "高教": (D("136.2"), D("5.0")), "政府": (D("18.1"), D("-0.5"))}
SC5 = [D(s) for _, _, s, _ in T5]
GR5 = [g for *_, g in T5]

CONSISTENCY = [
    # c01: the table adds up; growth, shares and changes
    (D("21751.35") + D("2935.18"), D("24686.53")),
    (D("18673.60") + D("2088.21"), D("20761.81")),
    (growth(D("21751.35"), D("18673.60"), 2), D("16.48")),
    (growth(D("2935.18"), D("2088.21"), 2), D("40.56")),
    (growth(D("24686.53"), D("20761.81"), 2), D("18.90")),
    (pct(D("24686.53"), P["c01_rev23"], 2), D("9.47")),
    (pct(D("20761.81"), P["c01_rev22"], 2), D("8.84")),
    (D("9.47") - D("8.84"), D("0.63")),
    (pct(D("2935.18"), D("24686.53"), 2), D("11.89")),
    (pct(D("2088.21"), D("20761.81"), 2), D("10.06")),
    (D("11.89") - D("10.06"), D("1.83")),
    (pct(612, P["c01_staff23"], 2), D("23.60")),
    (rnd(D("15320.46") / 612, 2), D("25.03")),
    (18 + 205 + 274 + 115, 612),
    (297 < 612 and 21 < 186, True),
    # c02: parts add up; growth, shares, the ratio to GDP, the ten-year average
    (D("121.3") + D("136.2") + D("18.1"), D("275.6")),
    (sum(P["c02_parts20"].values()), D("258.4")),
    (growth(D("275.6"), D("258.4")), D("6.7")),
    ([growth(v, P["c02_parts20"][k]) for k, (v, _) in H.items()], [g for _, g in H.values()]),
    ([pct(v, D("275.6")) for v, _ in H.values()], [D("44.0"), D("49.4"), D("6.6")]),
    (pct(D("275.6"), P["c02_gdp21"], 2), D("0.99")),
    (pct(D("258.4"), P["c02_gdp20"], 2), D("0.95")),
    (D("0.99") - D("0.95"), D("0.04")),
    (cagr(D("275.6"), P["c02_rd11"], 10), D("7.9")),
    (D("141.4") + D("118.6") + D("15.6"), D("275.6")),
    ([pct(D(x), D("275.6")) for x in ("141.4", "118.6", "15.6")], [D("51.3"), D("43.0"), D("5.7")]),
    (growth(34865, P["c02_staff20"]), D("4.2")),
    (pct(P["c02_staff_biz21"], 34865), D("46.8")),
    (growth(28910, P["c02_fte20"]), D("3.6")),
    (28910 < 34865, True),
    # c03: parts, shares, growth, the average per instrument, the grades
    (1027 + 538 + 298, 1863),
    (pct(1412, 1863), D("75.8")),
    (growth(D("48.7"), P["c03_hours19"]), D("12.3")),
    (growth(8436, P["c03_income19"]), D("15.8")),
    (pct(1730, 2650), D("65.3")),
    (rnd(D("48.7") * 10**4 / 1863), D("261.4")),
    (9 + 17 + 14 + 3, 43),
    (pct(9, 43), D("20.9")),
    (9 + 17, 26),
    (D(1180) / 26 <= 100, True),
    (2000 > 1863 and 55 > D("48.7"), True),
    # c04: growth, intensity, the gaps, shares
    (growth(D("35.74"), P["c04_rd15"]), D("8.4")),
    (pct(D("35.74"), P["c04_gdp16"], 2), D("0.97")),
    (D("2.11") - D("0.97"), D("1.14")),
    (D("0.97") < D("1.63") and D("14.6") < D("21.3") and D("6.2") < D("8.0"), True),
    (pct(486, P["c04_hte_gx16"]), D("39.7")),
    (pct(D("7.85"), P["c04_budget16"], 2), D("1.52")),
    (D("1.5") > D("0.97") and 1000 > 486 and 3 > D("1.52"), True),
    # c05: the table's scores give the average, the extremes and the grades
    (rnd(sum(SC5) / 12), D("81.6")),
    (D("81.6") - P["c05_avg18"], D("3.4")),
    ((max(SC5), min(SC5)), (D("96.2"), D("56.8"))),
    (SC5, sorted(SC5, reverse=True)),
    ([GR5.count(g) for g in ("优秀", "良好", "合格", "不合格")], [3, 5, 3, 1]),
    (
        all(
            g == ("优秀" if s >= 90 else "良好" if s >= 80 else "合格" if s >= 60 else "不合格")
            for s, g in zip(SC5, GR5)
        ),
        True,
    ),
    (len(T5), 12),
    (9 <= 38 and 50 > 38, True),
    # c06: the classes add up; shares, growth
    (58 + 241 + 27, 326),
    (pct(58, 326), D("17.8")),
    (pct(148, 326), D("45.4")),
    (3 + 11 <= 43 <= 286, True),
    (growth(560, P["c06_funds16"]), D("21.7")),
    (2 <= 9, True),
    (400 > 326 and 50 > 43, True),
]


if __name__ == "__main__":
    write_gold(HERE, DOCS, TABLES, CODES, NOT_INDICATORS, YEAR, CONSISTENCY, written=written, points="[个個]百分[点點]")
