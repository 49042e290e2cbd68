#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports19 from hand annotations.

Same layout as tests/reports4-18. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. c02's pipe table (指标名称 | 年度指标值 |
实际完成值, with `≥` targets) is annotated cell by cell with anchors such as
`| 28项 |` or `≥25项`, each unique in the document.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, whitespace removed, Chinese numerals read with 点, 万 (also
inside: 一万二千), 成 = 10 %, 首位 = 1, 万/亿 folded in) equals |value|, every
Arabic number in every text is either inside a record or listed in
NOT_INDICATORS with its reason (a four-digit year 2012-2025 directly before
年 is allowed by the YEAR rule, reason "a year"), every field takes an
allowed value, and the invented figures agree with each other (parts add
up, shares, growth rates, multiples, 百分点 changes; see CONSISTENCY at the
end).
"""

import pathlib
import re
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # (tests/gold_harness.py)
from gold_harness import R, V, cagr, doc, growth, pct, rnd, times, write_gold  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
# a year written before 年 / 年度 / 年底 / 年末 is a time, not a figure
YEAR = re.compile(r"20(1[2-9]|2[0-5])(?=年)")

# GB/T 2260 codes of every region named in the gold (checked against
# adcodes.csv of PyPI cpca 0.5.5). A name not listed here is not an
# administrative unit (洋浦经济开发区) and gets "".
CODES = {
    # c01 甘肃 天水市 (全省 = 甘肃省)
    "天水市": "620500",
    "天水": "620500",
    "甘肃省": "620000",
    "甘肃": "620000",
    # c02 云南 保山市 腾冲市 (a county-level city: 全市 = 腾冲市)
    "腾冲市": "530581",
    "腾冲": "530581",
    # c03 福建 泉州市 and its county-level units
    "泉州市": "350500",
    "泉州": "350500",
    "晋江市": "350582",
    "南安市": "350583",
    "石狮市": "350581",
    "惠安县": "350521",
    "安溪县": "350524",
    "丰泽区": "350503",
    # c04 海南省 (全省), 海口市
    "海南省": "460000",
    "海南": "460000",
    "海口市": "460100",
    # c05 吉林省 (我省, 全省), 长春市, 吉林市, 延边朝鲜族自治州
    "吉林省": "220000",
    "长春市": "220100",
    "吉林市": "220200",
    "延边州": "222400",
    "延边朝鲜族自治州": "222400",
    # c06 广西 百色市 田东县
    "田东县": "451022",
    "田东": "451022",
}


DOCS = {}
NOT_INDICATORS = {}  # doc -> [(anchor, number, reason)]: Arabic numbers that are not figures
TABLES = {}  # doc -> table layout (none in this set: c02's cells have unique anchors)


HT = "high_tech_enterprise"
HI = "high_tech_industry"
RI = "rd_institution"
RE = "rd_expenditure"
TM = "tech_market"
TS = "tech_sme"
PT = "patent"
FU = "funding"
TA = "talent"
PJ = "project"
EN = "enterprise"
IC = "incubator"
OT = "other"
IN = "investment"
EC = ["economy", OT]
ENC = [EN, "economy", OT]
SL = ["share", "level"]  # completion rates 完成…的X%, 执行率 (reports7 x01, reports18)
GL = ["growth", "level"]  # increase amounts, 高于…个百分点 (corpus A02, reports3-18)
LS = ["level", "share"]  # per-10k ratios (corpus 01, A08)
MG = ["growth", "level"]  # 是2012年的X倍 (reports17 c06, reports18 c02)
QM = "more_than"  # 突破 / 超 (corpus 09, A10)
PL = [True, False]  # a decided amount or rate announced for the future
SPAN = ["2021", "2012/2021"]  # 比2012年 / 年均增长 comparisons in c01

# ---------------------------------------------------------------- c01
# 天水市统计局 DECADE-ACHIEVEMENT article (党的十八大以来…成就系列报告之八),
# published 2022-10-11: 2021 levels compared with 2012 (是…的X倍, 年均增长,
# 比2012年提高…个百分点, 增长4.1倍 = 5.1 times the 2012 level). `全市` =
# 天水市, `全省` = 甘肃省 (`全省14个市州` is a 甘肃 record). `"十三五"末为92家`
# (2020) and `"十四五"首年净增34家`; `2020年…下降6.8%`; 2025 targets.
TS_ = ["天水市", "天水"]
GS = ["甘肃省", "甘肃"]
d = doc(DOCS, "c01.txt", TS_, "2021", RE)
RD = ["研究与试验发展(R&D)经费投入", "研究与试验发展(R&D)经费", "R&D经费投入", "R&D经费"]
R(d, "投入11.86亿元", "11.86亿元", V("11.86", "亿"), "元", "level", RD, "rd_spend")
R(d, "的2.3倍", "2.3倍", 2.3, "倍", MG, RD, "rd_spend", period=SPAN)
R(d, "年均增长9.7%", "9.7%", 9.7, "%", "growth", RD, "rd_spend", period=SPAN)
QD = ["R&D经费投入强度", "投入强度"]
R(d, "强度1.46%", "1.46%", 1.46, "%", "share", QD, "rd_intensity")
R(d, "提高0.37个百分点", "0.37个百分点", 0.37, "百分点", "growth", QD, "rd_intensity", period=SPAN)
R(d, "0.20个百分点", "0.20个百分点", 0.2, "百分点", GL, QD, "rd_intensity")
R(d, "全省14个市州", "14个", 14, "个", "level", ["市州"], "", region=GS, period=["2021", ""], category=OT)
R(d, "居第3位", "第3位", 3, "位", "rank", QD, "rd_intensity")
CZ = ["财政科学技术支出", "财政科技支出"]
CZC = [FU, RE, OT]
R(d, "支出2.94亿元", "2.94亿元", V("2.94", "亿"), "元", "level", CZ, "fiscal_st_spend", category=CZC)
R(d, "增加1.71亿元", "1.71亿元", V("1.71", "亿"), "元", GL, CZ, "fiscal_st_spend", period=SPAN, category=CZC)
R(d, "增长10.2%", "10.2%", 10.2, "%", "growth", CZ, "fiscal_st_spend", period=SPAN, category=CZC)
GQ = ["有效期内高新技术企业", "高新技术企业"]
R(d, "企业126家", "126家", 126, "家", "level", GQ, "hte_count", period=["2021", "2021-12"], category=HT)
R(d, "(19家)", "19家", 19, "家", "level", GQ, "hte_count", period="2012", category=HT)
R(d, "6.6倍", "6.6倍", 6.6, "倍", MG, GQ, "hte_count", period=SPAN, category=HT)
R(d, "为92家", "92家", 92, "家", "level", GQ, "hte_count", period="2020", category=HT)
R(d, "净增34家", "34家", 34, "家", GL, GQ, ["hte_new", "hte_count"], category=HT)
KX = ["科技型中小企业评价入库", "科技型中小企业"]
R(d, "入库238家", "238家", 238, "家", "level", KX, "tsme_count", period=["2021", "2021-12"], category=TS)
PT1 = ["省级以上重点实验室、工程技术研究中心等创新平台", "创新平台"]
R(d, "平台87个", "87个", 87, "个", "level", PT1, "rd_institutions", period=["2021", "2021-12"], category=RI)
R(
    d,
    "国家级5个",
    "5个",
    5,
    "个",
    "level",
    ["国家级创新平台", "国家级"] + PT1,
    ["rd_institutions", ""],
    period=["2021", "2021-12"],
    category=RI,
)
R(
    d,
    "众创空间23家",
    "23家",
    23,
    "家",
    "level",
    ["科技企业孵化器和众创空间", "科技企业孵化器"],
    ["", "incubators", "maker_spaces"],
    period=["2021", "2021-12"],
    category=IC,
)
R(
    d,
    "近400家",
    "近400家",
    400,
    "家",
    "level",
    ["在孵企业"],
    "",
    qualifier="nearly",
    period=["2021", "2021-12"],
    category=[IC, EN],
)
ZL = ["专利授权量", "专利授权"]
R(d, "授权量2865件", "2865件", 2865, "件", "level", ZL, "patent_grants", category=PT)
R(d, "增长4.1倍", "4.1倍", 4.1, "倍", "growth", ZL, "patent_grants", period=SPAN, category=PT)
FM = ["发明专利授权", "发明专利授权量"]
R(d, "授权186件", "186件", 186, "件", "level", FM, "invention_patent_grants", category=PT)
R(d, "增长14.7%", "14.7%", 14.7, "%", "growth", FM, "invention_patent_grants", period=SPAN, category=PT)
WR = ["每万人口发明专利拥有量"]
R(d, "2.13件", "2.13件", 2.13, "件", LS, WR, "invention_patents_per_10k", period=["2021", "2021-12"], category=PT)
R(d, "1.58件", "1.58件", 1.58, "件", GL, WR, "invention_patents_per_10k", period=SPAN, category=PT)
HT1 = ["登记技术合同", "技术合同"]
CJ = ["技术合同成交额", "成交额"]
R(d, "合同1052项", "1052项", 1052, "项", "level", HT1, "tech_contract_count", category=TM)
R(d, "18.37亿元", "18.37亿元", V("18.37", "亿"), "元", "level", CJ, "tech_contract_value", category=TM)
R(d, "3.2倍", "3.2倍", 3.2, "倍", MG, HT1, "tech_contract_count", period=SPAN, category=TM)
R(d, "9.5倍", "9.5倍", 9.5, "倍", MG, CJ, "tech_contract_value", period=SPAN, category=TM)
R(d, "下降6.8%", "6.8%", -6.8, "%", "growth", CJ, "tech_contract_value", period="2020", category=TM)
GX = ["高新技术产业增加值占规模以上工业增加值的比重", "高新技术产业增加值"]
R(d, "31.8%", "31.8%", 31.8, "%", "share", GX, "hti_value_added", category=HI)
R(d, "12.6个百分点", "12.6个百分点", 12.6, "百分点", "growth", GX, "hti_value_added", period=SPAN, category=HI)
YF = ["规上工业企业中有研发活动的企业占比", "有研发活动的企业占比"]
R(d, "35.2%", "35.2%", 35.2, "%", "share", YF, "", category=[RE, EN, OT])
R(
    d,
    "约20个百分点",
    "约20个百分点",
    20,
    "百分点",
    "growth",
    YF,
    "",
    qualifier="about",
    period=SPAN,
    category=[RE, EN, OT],
)
R(d, "1.8%以上", "1.8%以上", 1.8, "%", "share", QD, "rd_intensity", qualifier="at_least", planned=True, period="2025")
R(d, "突破200家", "200家", 200, "家", "level", GQ, "hte_count", qualifier=QM, planned=True, period="2025", category=HT)
NOT_INDICATORS["c01.txt"] = [
    ("2022-10-11 09:18", "2022", "date line"),
    ("2022-10-11 09:18", "10", "date line"),
    ("2022-10-11 09:18", "11", "date line"),
    ("2022-10-11 09:18", "09", "date line"),
    ("2022-10-11 09:18", "18", "date line"),
    ("浏览次数:1547", "1547", "view counter"),
]

# ---------------------------------------------------------------- c02
# 腾冲市科学技术局 PROJECT-SPENDING PERFORMANCE SELF-EVALUATION (项目支出绩效
# 自评报告) of the 2022 科技发展专项资金, FULL-WIDTH punctuation, published
# 2023-04-20. 腾冲 is a county-level city under 保山: `全市` = 腾冲市. Budget
# parts (420 + 185 = 605), 执行率; a TARGETS-VS-ACHIEVEMENTS pipe table whose
# target cells are written `≥25项` (planned, at_least) and whose achievement
# cells are plain; completion rates; `截至6月底…31.4%`; `约三成`; 2023 plans.
TC = ["腾冲市", "腾冲"]
d = doc(DOCS, "c02.txt", TC, "2022", FU)
ZJ = [FU, PJ, OT]
R(
    d,
    "安排420万元",
    "420万元",
    V("420", "万"),
    "元",
    "level",
    ["年初预算安排", "年初预算", "科技发展专项资金年初预算"],
    "",
    planned=PL,
    category=ZJ,
)
R(
    d,
    "资金185万元",
    "185万元",
    V("185", "万"),
    "元",
    "level",
    ["年中追加上级转移支付资金", "追加上级转移支付资金"],
    "",
    category=ZJ,
)
R(d, "合计605万元", "605万元", V("605", "万"), "元", "level", ["全年预算合计", "全年预算"], "", category=ZJ)
R(d, "支出596.8万元", "596.8万元", V("596.8", "万"), "元", "level", ["实际支出"], "", category=ZJ)
R(d, "执行率98.6%", "98.6%", 98.6, "%", SL, ["预算执行率"], "", category=ZJ)
R(d, "补助312万元", "312万元", V("312", "万"), "元", "level", ["科技计划项目补助"], "", category=[FU, PJ])
R(
    d,
    "的52.3%",
    "52.3%",
    52.3,
    "%",
    "share",
    ["科技计划项目补助占实际支出的比重", "科技计划项目补助"],
    "",
    category=[FU, PJ],
)
ZB = ["绩效指标"]
R(d, "指标12个", "12个", 12, "个", "level", ZB, "", category=OT)
R(d, "全部完成的10个", "10个", 10, "个", "level", ["全部完成的绩效指标", "全部完成"], "", category=OT)
R(d, "部分完成的2个", "2个", 2, "个", "level", ["部分完成的绩效指标", "部分完成"], "", category=OT)
# the table: (target anchor, target, achievement anchor, achievement, unit, mult, indicator, measure, category)
T2 = [
    ("≥25项", "25", "| 28项 |", "28", "项", "", ["支持科技计划项目数", "科技计划项目"], "", PJ),
    ("≥6家", "6", "| 7家 |", "7", "家", "", ["新增高新技术企业数", "新增高新技术企业"], "hte_new", HT),
    ("≥40家", "40", "| 36家 |", "36", "家", "", ["科技型中小企业入库数", "科技型中小企业"], "tsme_count", TS),
    ("≥120人", "120", "| 134人 |", "134", "人", "", ["选派科技特派员人数", "科技特派员"], "", TA),
    ("≥3000人次", "3000", "| 3420人次 |", "3420", "人次", "", ["开展科技培训", "科技培训"], "", [TA, OT]),
    ("≥1.5亿元", "1.5", "| 1.62亿元 |", "1.62", "元", "亿", ["技术合同成交额"], "tech_contract_value", TM),
    ("≥90%", "90", "| 96.2% |", "96.2", "%", "", ["服务对象满意度"], "", OT),
]
for ta, tv, aa, av, unit, mult, ind, m, cat in T2:
    kind = SL if unit == "%" else "level"
    R(d, ta, ta, V(tv, mult), unit, kind, ind, m, qualifier="at_least", planned=True, category=cat)
    R(d, aa, aa.strip("| "), V(av, mult), unit, kind, ind, m, category=cat)
R(d, "未完成的2个", "2个", 2, "个", "level", ["未完成的指标", "未完成的绩效指标"], "", category=OT)
R(
    d,
    "的90.0%",
    "90.0%",
    90,
    "%",
    SL,
    ["科技型中小企业入库数完成年度指标值", "完成年度指标值"],
    ["", "tsme_count"],
    category=TS,
)
R(d, "建成4个", "4个", 4, "个", "level", ["农业科技示范基地"], "", category=OT)
R(d, "完成率80.0%", "80.0%", 80, "%", SL, ["农业科技示范基地完成率", "完成率"], "", category=OT)
R(d, "目标5个", "5个", 5, "个", "level", ["农业科技示范基地目标", "农业科技示范基地"], "", planned=True, category=OT)
R(
    d,
    "的31.4%",
    "31.4%",
    31.4,
    "%",
    "share",
    ["支出占全年预算的比重", "支出占全年预算", "支出"],
    "",
    period=["2022-01/2022-06", "2022-06"],
    category=ZJ,
)
R(
    d,
    "约三成",
    "约三成",
    30,
    "%",
    "share",
    ["规上工业企业中有研发活动的企业占比", "有研发活动的企业占比"],
    "",
    qualifier="about",
    period=["2022", None],
    category=[RE, EN, OT],
)
R(
    d,
    "专项资金450万元",
    "450万元",
    V("450", "万"),
    "元",
    "level",
    ["计划安排专项资金", "专项资金"],
    "",
    planned=True,
    period="2023",
    category=ZJ,
)
R(
    d,
    "8家以上",
    "8家以上",
    8,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2023",
    category=HT,
)
NOT_INDICATORS["c02.txt"] = [
    ("2023-04-20 16:35", "2023", "date line"),
    ("2023-04-20 16:35", "04", "date line"),
    ("2023-04-20 16:35", "20", "date line"),
    ("2023-04-20 16:35", "16", "date line"),
    ("2023-04-20 16:35", "35", "date line"),
    ("浏览次数：213", "213", "view counter"),
    ("截至6月底", "6", "time point"),
    ("2023年4月18日", "4", "signature date"),
    ("2023年4月18日", "18", "signature date"),
]

# ---------------------------------------------------------------- c03
# 泉州晚报 story on the city's 2023年度 企业研发投入百强榜 (a RANKING LIST of
# firms), published 2024-06-14. `全市` = 泉州市. The headline repeats
# `86.42亿元`. The top three firms' amounts `分别为9.86亿元、7.15亿元和5.42亿元`
# describe firms (region 泉州市 or empty); county counts with `居…首位`, a pair
# `分别入榜17家和12家`, one figure for two counties (`惠安县和安溪县各有9家`);
# `超5亿元` is a threshold; a reward rule (`10%`, `最高不超过300万元`) and a
# 2025 target.
QZ = ["泉州市", "泉州"]
d = doc(DOCS, "c03.txt", QZ, "2023", RE)
BQ = ["百强企业研发投入合计", "百强企业研发投入", "研发投入合计"]
R(d, "合计86.42亿元\n", "86.42亿元", V("86.42", "亿"), "元", "level", BQ, "")
R(d, "86.42亿元,较上年", "86.42亿元", V("86.42", "亿"), "元", "level", BQ, "")
R(d, "增长12.7%", "12.7%", 12.7, "%", "growth", BQ, "")
R(d, "的58.3%", "58.3%", 58.3, "%", "share", ["百强企业研发投入占全市规上工业企业研发费用的比重"] + BQ, "")
QD3 = ["百强企业平均研发投入强度", "平均研发投入强度", "研发投入强度"]
R(d, "强度为3.14%", "3.14%", 3.14, "%", "share", QD3, "")
R(d, "1.52个百分点", "1.52个百分点", 1.52, "百分点", GL, QD3, "")
MK = ["入榜门槛"]
R(d, "门槛为2350万元", "2350万元", V("2350", "万"), "元", "level", MK, "")
R(d, "提高310万元", "310万元", V("310", "万"), "元", GL, MK, "")
YY = ["研发投入超亿元的企业", "研发投入超亿元企业"]
R(d, "企业19家", "19家", 19, "家", "level", YY, "", category=[RE, EN])
R(d, "增加4家", "4家", 4, "家", GL, YY, "", category=[RE, EN])
R(d, "的3家", "3家", 3, "家", "level", ["研发投入超5亿元的企业"], "", category=[RE, EN])
FIRM = ["研发投入", "企业研发投入"]
R(d, "分别为9.86亿元", "9.86亿元", V("9.86", "亿"), "元", "level", FIRM, "", region=QZ + [""])
R(d, "7.15亿元", "7.15亿元", V("7.15", "亿"), "元", "level", FIRM, "", region=QZ + [""])
R(d, "5.42亿元", "5.42亿元", V("5.42", "亿"), "元", "level", FIRM, "", region=QZ + [""])
RB = ["入榜企业", "入榜企业数", "入榜"]
R(d, "入榜31家", "31家", 31, "家", "level", RB, "", region="晋江市", category=[RE, EN])
R(d, "首位", "首位", 1, "位", "rank", RB, "", region="晋江市", category=[RE, EN])
R(d, "入榜17家", "17家", 17, "家", "level", RB, "", region="南安市", category=[RE, EN])
R(d, "和12家", "12家", 12, "家", "level", RB, "", region="石狮市", category=[RE, EN])
R(d, "各有9家", "9家", 9, "家", "level", RB, "", region=["惠安县", "安溪县"], category=[RE, EN])
R(d, "入榜7家", "7家", 7, "家", "level", RB, "", region="丰泽区", category=[RE, EN])
HY = ["入榜企业"]
R(d, "分别为28家", "28家", 28, "家", "level", ["纺织服装入榜企业"] + HY, "", category=[RE, EN])
R(d, "、19家和", "19家", 19, "家", "level", ["鞋业入榜企业"] + HY, "", category=[RE, EN])
R(d, "和16家", "16家", 16, "家", "level", ["机械装备入榜企业"] + HY, "", category=[RE, EN])
R(d, "的63%", "63%", 63, "%", "share", ["三大行业入榜企业占百强的比重", "三大行业合计占百强"], "", category=[RE, EN])
R(d, "高新技术企业87家", "87家", 87, "家", "level", ["百强企业中高新技术企业", "高新技术企业"], "", category=[HT, EN])
R(
    d,
    "企业72家",
    "72家",
    72,
    "家",
    "level",
    ["拥有省级以上研发机构的企业", "拥有省级以上研发机构"],
    "",
    category=[RI, EN],
)
R(d, "2.63万人", "2.63万人", 26300, "人", "level", ["百强企业研发人员", "研发人员"], "", category=[RE, TA])
R(d, "的8.4%", "8.4%", 8.4, "%", "share", ["研发人员占从业人员的比重", "研发人员"], "", category=[RE, TA])
R(
    d,
    "的10%",
    "10%",
    10,
    "%",
    SL,
    ["奖励比例", "按研发投入增量给予奖励", "奖励"],
    "",
    planned=PL,
    period=["2024", "2023"],
    category=FU,
)
R(
    d,
    "不超过300万元",
    "不超过300万元",
    V("300", "万"),
    "元",
    "level",
    ["单家企业最高奖励", "单家企业最高", "奖励"],
    "",
    qualifier="at_most",
    planned=PL,
    period=["2024", "2023"],
    category=FU,
)
R(
    d,
    "突破200亿元",
    "200亿元",
    V("200", "亿"),
    "元",
    "level",
    ["规上工业企业研发费用"],
    "rd_spend_enterprise",
    qualifier=QM,
    planned=True,
    period="2025",
)
NOT_INDICATORS["c03.txt"] = [
    ("2024-06-14 08:46", "2024", "date line"),
    ("2024-06-14 08:46", "06", "date line"),
    ("2024-06-14 08:46", "14", "date line"),
    ("2024-06-14 08:46", "08", "date line"),
    ("2024-06-14 08:46", "46", "date line"),
    ("浏览次数:2214", "2214", "view counter"),
    ("6月13日", "6", "date"),
    ("6月13日", "13", "date"),
    ("超5亿元", "5", "threshold of a class (超5亿元的), not a figure"),
]

# ---------------------------------------------------------------- c04
# 海口海关 news on 前三季度 (2023-01/2023-09) 高新技术产品 进出口 of 海南省:
# 人民币 and 美元 totals, direction (出口 + 进口 = total), product classes
# with `下降12.4%`, trade subjects, 海口市 and 洋浦经济开发区 (a zone: code
# ""), the single month `9月当月` with 同比 and 环比. `全省` = 海南省. No
# figure fits a measure of the table.
HN = ["海南省", "海南"]
Q3 = "2023-01/2023-09"
d = doc(DOCS, "c04.txt", HN, Q3, [HI, "economy"])
WM = ["货物贸易进出口", "外贸进出口总值", "进出口"]
R(d, "进出口1766.3亿元", "1766.3亿元", V("1766.3", "亿"), "元", "level", WM, "", category=EC)
R(d, "增长18.1%", "18.1%", 18.1, "%", "growth", WM, "", category=EC)
GJ = ["高新技术产品进出口"]
R(d, "进出口286.4亿元", "286.4亿元", V("286.4", "亿"), "元", "level", GJ, "")
R(d, "进出口增长23.5%", "23.5%", 23.5, "%", "growth", GJ, "")
R(d, "286.4亿元,增长23.5%", "23.5%", 23.5, "%", "growth", GJ, "")
R(d, "5.4个百分点", "5.4个百分点", 5.4, "百分点", GL, ["高新技术产品进出口增速"] + GJ, "")
GZ = ["高新技术产品进出口占全省外贸进出口总值的比重"] + GJ
R(d, "的16.2%", "16.2%", 16.2, "%", "share", GZ, "")
R(d, "0.7个百分点", "0.7个百分点", 0.7, "百分点", "growth", GZ, "")
R(d, "40.7亿美元", "40.7亿美元", V("40.7", "亿"), "美元", "level", GJ, "")
R(d, "增长15.8%", "15.8%", 15.8, "%", "growth", GJ, "")
CK = ["高新技术产品出口", "出口"]
JK = ["高新技术产品进口", "进口"]
R(d, "出口97.2亿元", "97.2亿元", V("97.2", "亿"), "元", "level", CK, "")
R(d, "增长41.5%", "41.5%", 41.5, "%", "growth", CK, "")
R(d, "进口189.2亿元", "189.2亿元", V("189.2", "亿"), "元", "level", JK, "")
R(d, "增长15.9%", "15.9%", 15.9, "%", "growth", JK, "")
DZ = ["电子技术产品进出口", "电子技术产品"]
R(d, "112.6亿元", "112.6亿元", V("112.6", "亿"), "元", "level", DZ, "")
R(d, "增长30.9%", "30.9%", 30.9, "%", "growth", DZ, "")
R(d, "的39.3%", "39.3%", 39.3, "%", "share", DZ, "")
SM = ["生命科学技术产品进出口", "生命科学技术产品"]
R(d, "53.8亿元", "53.8亿元", V("53.8", "亿"), "元", "level", SM, "")
R(d, "增长19.6%", "19.6%", 19.6, "%", "growth", SM, "")
HK = ["航空航天技术产品进出口", "航空航天技术产品"]
R(d, "27.4亿元", "27.4亿元", V("27.4", "亿"), "元", "level", HK, "")
R(d, "下降12.4%", "12.4%", -12.4, "%", "growth", HK, "")
MY = ["民营企业高新技术产品进出口", "民营企业"]
R(d, "148.5亿元", "148.5亿元", V("148.5", "亿"), "元", "level", MY, "")
R(d, "增长36.7%", "36.7%", 36.7, "%", "growth", MY, "")
R(d, "占51.9%", "51.9%", 51.9, "%", "share", MY, "")
WS = ["外商投资企业进出口", "外商投资企业"]
R(d, "71.2亿元", "71.2亿元", V("71.2", "亿"), "元", "level", WS, "")
R(d, "增长8.3%", "8.3%", 8.3, "%", "growth", WS, "")
HKS = ["海口市"]
R(d, "151.3亿元", "151.3亿元", V("151.3", "亿"), "元", "level", GJ, "", region=HKS)
R(d, "的52.8%", "52.8%", 52.8, "%", "share", GZ[1:] + ["占全省的比重"], "", region=HKS)
YP = "洋浦经济开发区"
R(d, "64.7亿元", "64.7亿元", V("64.7", "亿"), "元", "level", ["进出口"] + GJ, "", region=YP)
R(d, "增长48.2%", "48.2%", 48.2, "%", "growth", ["进出口"] + GJ, "", region=YP)
R(d, "首位", "首位", 1, "位", "rank", ["增速", "进出口增速"], "", region=YP)
R(d, "38.6亿元", "38.6亿元", V("38.6", "亿"), "元", "level", GJ, "", period="2023-09")
R(d, "增长27.3%", "27.3%", 27.3, "%", "growth", GJ, "", period="2023-09")
R(d, "增长6.1%", "6.1%", 6.1, "%", "growth", GJ, "", period="2023-09")
R(
    d,
    "200家以上",
    "200家以上",
    200,
    "家",
    "level",
    ["便利化措施惠及企业", "惠及企业"],
    "",
    qualifier="at_least",
    planned=True,
    period="2023",
    category=[EN, OT],
)
NOT_INDICATORS["c04.txt"] = [
    ("2023-10-24 15:10", "2023", "date line"),
    ("2023-10-24 15:10", "10", "date line"),
    ("2023-10-24 15:10", "24", "date line"),
    ("2023-10-24 15:10", "15", "date line"),
    ("9月当月", "9", "time (the month)"),
]

# ---------------------------------------------------------------- c05
# 吉林省科学技术厅 news (FULL-WIDTH) on a 科技成果转化项目集中签约 event
# (2024-09-25, published 2024-09-26). The headline repeats `46个` and
# `83.6亿元`. Three project types that add up (12 + 21 + 13 = 46; 5.8 + 31.4
# + 46.4 = 83.6); sources 29 + 17; 省内 38 with three cities (长春市, 吉林市,
# 延边州); 预计 effects (planned); 2023 技术合同 with `居东北三省首位`; `1—8月`
# (em dash) flows and 吸纳; `截至8月底` stocks; 2025 targets.
JLS = "吉林省"
d = doc(DOCS, "c05.txt", JLS, "2024", TM)
QY = ["签约科技成果转化项目", "签约项目", "科技成果转化项目"]
JE = ["签约金额"]
TMP = [TM, PJ]
TMI = [TM, IN, PJ]
R(d, "　46个项目", "46个", 46, "个", "level", QY, "", period=["2024", "2024-09"], category=TMP)
R(
    d,
    "项目签约金额83.6亿元",
    "83.6亿元",
    V("83.6", "亿"),
    "元",
    "level",
    JE,
    "",
    period=["2024", "2024-09"],
    category=TMI,
)
R(d, "项目46个", "46个", 46, "个", "level", QY, "", period=["2024", "2024-09"], category=TMP)
R(d, "签约金额83.6亿元，", "83.6亿元", V("83.6", "亿"), "元", "level", JE, "", period=["2024", "2024-09"], category=TMI)
for anc, fig, val, unit, ind in [
    ("许可项目12个", "12个", 12, "个", ["技术转让和许可项目"]),
    ("金额5.8亿元", "5.8亿元", V("5.8", "亿"), "元", ["技术转让和许可项目金额", "金额"]),
    ("开发项目21个", "21个", 21, "个", ["合作开发项目"]),
    ("金额31.4亿元", "31.4亿元", V("31.4", "亿"), "元", ["合作开发项目金额", "金额"]),
    ("产业化项目13个", "13个", 13, "个", ["成果作价入股及产业化项目"]),
    ("金额46.4亿元", "46.4亿元", V("46.4", "亿"), "元", ["成果作价入股及产业化项目金额", "金额"]),
    ("项目29个", "29个", 29, "个", ["来自高校和科研院所的项目"]),
    ("占63.0%", "63.0%", 63, "%", ["来自高校和科研院所的项目占比", "来自高校和科研院所的项目"]),
    ("项目17个", "17个", 17, "个", ["来自企业的项目"]),
    ("项目38个", "38个", 38, "个", ["省内承接项目"]),
    ("占82.6%", "82.6%", 82.6, "%", ["省内承接项目占比", "省内承接项目"]),
]:
    kind = "share" if unit == "%" else "level"
    R(d, anc, fig, val, unit, kind, ind, "", period=["2024", "2024-09"], category=TMI if unit == "元" else TMP)
CJD = ["承接项目", "省内承接项目"]
R(d, "长春市21个", "21个", 21, "个", "level", CJD, "", region="长春市", period=["2024", "2024-09"], category=TMP)
R(d, "吉林市8个", "8个", 8, "个", "level", CJD, "", region="吉林市", period=["2024", "2024-09"], category=TMP)
R(
    d,
    "延边州4个",
    "4个",
    4,
    "个",
    "level",
    CJD,
    "",
    region=["延边州", "延边朝鲜族自治州"],
    period=["2024", "2024-09"],
    category=TMP,
)
R(
    d,
    "约210亿元",
    "约210亿元",
    V("210", "亿"),
    "元",
    "level",
    ["新增年产值", "年产值"],
    "",
    qualifier="about",
    planned=True,
    period=["", "2024"],
    category=[TM, "economy"],
)
R(
    d,
    "3200余人",
    "3200余人",
    3200,
    "人",
    "level",
    ["新增就业", "就业"],
    "",
    qualifier="more_than",
    planned=True,
    period=["", "2024"],
    category=[TM, "economy", OT],
)
CJ5 = ["技术合同成交额", "成交额"]
R(d, "712.6亿元", "712.6亿元", V("712.6", "亿"), "元", "level", CJ5, "tech_contract_value", period="2023")
R(d, "增长35.4%", "35.4%", 35.4, "%", "growth", CJ5, "tech_contract_value", period="2023")
R(d, "首位", "首位", 1, "位", "rank", CJ5, "tech_contract_value", period="2023")
M8 = "2024-01/2024-08"
R(d, "合同8372项", "8372项", 8372, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", period=M8)
R(d, "成交额538.1亿元", "538.1亿元", V("538.1", "亿"), "元", "level", CJ5, "tech_contract_value", period=M8)
R(d, "增长21.9%", "21.9%", 21.9, "%", "growth", CJ5, "tech_contract_value", period=M8)
R(
    d,
    "496.7亿元",
    "496.7亿元",
    V("496.7", "亿"),
    "元",
    "level",
    ["吸纳技术合同成交额"],
    "tech_contract_value_absorbed",
    period=M8,
)
E8 = ["2024-08", "2024"]
R(
    d,
    "中试基地23个",
    "23个",
    23,
    "个",
    "level",
    ["省级科技成果转化中试基地", "中试基地"],
    ["", "rd_institutions"],
    period=E8,
    category=[TM, RI, "facility"],
)
R(d, "机构86家", "86家", 86, "家", "level", ["技术转移示范机构"], "", period=E8, category=TM)
R(
    d,
    "1100余名",
    "1100余名",
    1100,
    "名",
    "level",
    ["技术经理人"],
    "",
    qualifier="more_than",
    period=E8,
    category=[TA, TM],
)
R(
    d,
    "突破800亿元",
    "800亿元",
    V("800", "亿"),
    "元",
    "level",
    CJ5,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
)
R(
    d,
    "100项以上",
    "100项以上",
    100,
    "项",
    "level",
    ["转化重大科技成果", "重大科技成果"],
    "",
    qualifier="at_least",
    planned=True,
    period=["2025", None],
    category=[TM, PJ],
)
NOT_INDICATORS["c05.txt"] = [
    ("2024-09-26 17:20", "2024", "date line"),
    ("2024-09-26 17:20", "09", "date line"),
    ("2024-09-26 17:20", "26", "date line"),
    ("2024-09-26 17:20", "17", "date line"),
    ("2024-09-26 17:20", "20", "date line"),
    ("浏览次数：982", "982", "view counter"),
    ("9月25日", "9", "date"),
    ("9月25日", "25", "date"),
    ("1—8月", "1", "time range 1—8月"),
    ("1—8月", "8", "time range 1—8月"),
    ("截至8月底", "8", "time point"),
]

# ---------------------------------------------------------------- c06
# 田东县融媒体中心 story on the county's 自治区级现代农业科技园区 (2018-11-07):
# MOST FIGURES IN CHINESE NUMERALS (一万二千亩, 八万亩, 四十六家, 一万四千五百元,
# 约三成, 五千八百余人次, 一千二百余户, 三十亿元, 二万户以上); the headline's
# `超20亿元` besides the body's `20.8亿元`; a farmer's quote (三千多元 before,
# 七千元以上 now); `1-10月` flows; a 2020 target. The park's figures: region
# 田东县 (the park is named after it) or empty; `全县` figures: 田东县.
TD = ["田东县", "田东"]
TDP = TD + [""]
Y18 = ["2018", "2018-10", "2018-11"]
M10 = "2018-01/2018-10"
d = doc(DOCS, "c06.txt", TDP, "2018", OT)
MG6 = ["芒果产业产值", "芒果产业年产值"]
R(d, "超20亿元", "超20亿元", V("20", "亿"), "元", "level", MG6, "", qualifier=QM, period=[M10, "2018"], category=EC)
R(d, "一万二千亩", "一万二千亩", 12000, "亩", "level", ["园区核心区面积", "核心区面积"], "", period=Y18)
R(d, "八万亩", "八万亩", 80000, "亩", "level", ["示范区面积"], "", period=Y18)
R(d, "十个乡镇", "十个", 10, "个", "level", ["辐射带动乡镇", "乡镇"], "", region=TD, period=[*Y18, None])
R(d, "四十六家", "四十六家", 46, "家", "level", ["入驻农业企业", "农业企业"], "", period=Y18, category=ENC)
R(d, "七家", "七家", 7, "家", "level", ["自治区级以上农业产业化重点龙头企业", "龙头企业"], "", period=Y18, category=ENC)
R(d, "星创天地三个", "三个", 3, "个", "level", ["星创天地"], ["", "maker_spaces"], period=Y18, category=IC)
R(d, "工作站一个", "一个", 1, "个", "level", ["院士专家工作站"], "", period=Y18, category=[TA, RI])
R(d, "二十三个", "二十三个", 23, "个", "level", ["引进推广芒果新品种", "芒果新品种"], "", period=Y18)
R(d, "十五项", "十五项", 15, "项", "level", ["新技术", "引进推广新技术"], "", period=Y18)
ZC = ["园区总产值", "总产值"]
R(d, "23.6亿元", "23.6亿元", V("23.6", "亿"), "元", "level", ZC, "", period=M10, category=EC)
R(d, "增长14.2%", "14.2%", 14.2, "%", "growth", ZC, "", period=M10, category=EC)
R(d, "20.8亿元", "20.8亿元", V("20.8", "亿"), "元", "level", MG6, "", period=M10, category=EC)
SR = ["农民人均可支配收入", "园区内农民人均可支配收入"]
R(d, "一万四千五百元", "一万四千五百元", 14500, "元", "level", SR, "", period=Y18, category=EC)
R(d, "约三成", "约三成", 30, "%", GL, SR, "", qualifier="about", period=Y18, category=EC)
MS = ["一亩芒果收入", "亩产值", "一亩芒果"]
R(
    d,
    "三千多元",
    "三千多元",
    3000,
    "元",
    "level",
    MS,
    "",
    qualifier="more_than",
    region=TDP + ["林逢镇"],
    period=None,
    category=EC,
)
R(
    d,
    "七千元以上",
    "七千元以上",
    7000,
    "元",
    "level",
    MS,
    "",
    qualifier="at_least",
    region=TDP + ["林逢镇"],
    period=Y18,
    category=EC,
)
R(d, "六十二期", "六十二期", 62, "期", "level", ["技术培训", "举办技术培训"], "", category=[TA, OT])
R(
    d,
    "五千八百余人次",
    "五千八百余人次",
    5800,
    "人次",
    "level",
    ["培训农民"],
    "",
    qualifier="more_than",
    category=[TA, OT],
)
R(d, "三百二十名", "三百二十名", 320, "名", "level", ["培育新型职业农民", "新型职业农民"], "", category=TA)
R(d, "四十一名", "四十一名", 41, "名", "level", ["选派科技特派员", "科技特派员"], "", region=TD, category=TA)
R(
    d,
    "一千二百余户",
    "一千二百余户",
    1200,
    "户",
    "level",
    ["结对帮扶贫困户", "帮扶贫困户"],
    "",
    qualifier="more_than",
    region=TD,
    category=[TA, OT],
)
XM = ["上级科技项目支持资金", "上级科技项目资金"]
R(d, "1260万元", "1260万元", V("1260", "万"), "元", "level", XM, "", category=[PJ, FU])
R(d, "380万元", "380万元", V("380", "万"), "元", GL, XM, "", category=[PJ, FU])
R(d, "1.86万吨", "1.86万吨", 18600, "吨", "level", ["线上渠道销售芒果", "线上销售芒果"], "", category=EC)
R(
    d,
    "约1.5亿元",
    "约1.5亿元",
    V("1.5", "亿"),
    "元",
    "level",
    ["销售额", "线上销售额"],
    "",
    qualifier="about",
    category=EC,
)
R(
    d,
    "三十亿元",
    "三十亿元",
    V("30", "亿"),
    "元",
    "level",
    ZC,
    "",
    qualifier=QM,
    planned=True,
    period="2020",
    category=EC,
)
R(
    d,
    "二万户以上",
    "二万户以上",
    20000,
    "户",
    "level",
    ["带动农户"],
    "",
    qualifier="at_least",
    planned=True,
    period="2020",
    category=EC,
)
NOT_INDICATORS["c06.txt"] = [
    ("2018-11-07 10:22", "2018", "date line"),
    ("2018-11-07 10:22", "11", "date line"),
    ("2018-11-07 10:22", "07", "date line"),
    ("2018-11-07 10:22", "10", "date line"),
    ("2018-11-07 10:22", "22", "date line"),
    ("今年1-10月", "1", "time range 1-10月"),
    ("今年1-10月", "10", "time range 1-10月"),
]


D = Decimal


# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 天水市, 2012 unless marked
    "c01_rd12": D("5.16"),  # R&D经费, 亿元
    "c01_int12": D("1.09"),  # 投入强度, %
    "c01_prov_int21": D("1.26"),  # 甘肃省 2021 投入强度, %
    "c01_gdp21": D("812.3"),  # 天水市 2021 GDP, 亿元
    "c01_grant12": 562,  # 专利授权
    "c01_inv12": 54,  # 发明专利授权
    "c01_per10k12": D("0.55"),
    "c01_tc_n12": 327,  # 技术合同项数
    "c01_tc_v12": D("1.93"),  # 成交额, 亿元
    "c01_hti12": D("19.2"),  # 高新技术产业增加值占比, %
    "c01_rdfirm12": D("15.1"),  # 有研发活动的企业占比, %
    # c02 腾冲市
    "c02_smes": 36,
    # c03 泉州市
    "c03_top22": D("76.68"),  # 百强 2022, 亿元
    "c03_city_rd23": D("148.2"),  # 全市规上工业企业研发费用, 亿元
    "c03_city_int23": D("1.62"),  # 全市规上工业企业研发投入强度, %
    "c03_staff": D("31.3"),  # 百强从业人员, 万人
    # c04 海南省, 2022 前三季度
    "c04_total22": D("1766.3") / D("1.181"),
    "c04_ht22": D("286.4") / D("1.235"),
    "c04_exp22": D("97.2") / D("1.415"),
    "c04_imp22": D("189.2") / D("1.159"),
    "c04_cny_usd": D("7.04"),
    # c05 吉林省
    "c05_tc22": D("526.3"),  # 2022 成交额, 亿元
    "c05_tc23_1_8": D("441.4"),  # 2023年1-8月 成交额, 亿元
    # c06 田东县
    "c06_out17": D("20.67"),  # 园区 2017年1-10月 总产值, 亿元
    "c06_county_inc": 11150,  # 全县农民人均可支配收入, 元
}
P = PREV

CONSISTENCY = [
    # c01
    (times(D("11.86"), P["c01_rd12"]), D("2.3")),
    (cagr(D("11.86"), P["c01_rd12"], 9), D("9.7")),
    (pct(D("11.86"), P["c01_gdp21"], 2), D("1.46")),
    (D("1.46") - P["c01_int12"], D("0.37")),
    (D("1.46") - P["c01_prov_int21"], D("0.20")),
    (cagr(D("2.94"), D("2.94") - D("1.71"), 9), D("10.2")),
    (times(126, 19), D("6.6")),
    (92 + 34, 126),
    (5 <= 87, True),
    (times(2865, P["c01_grant12"]) - 1, D("4.1")),
    (186 < 2865, True),
    (cagr(186, P["c01_inv12"], 9), D("14.7")),
    (D("2.13") - P["c01_per10k12"], D("1.58")),
    (times(1052, P["c01_tc_n12"]), D("3.2")),
    (times(D("18.37"), P["c01_tc_v12"]), D("9.5")),
    (D("31.8") - P["c01_hti12"], D("12.6")),
    (abs(D("35.2") - P["c01_rdfirm12"] - 20) <= 1, True),  # 约20个百分点
    (D("1.8") > D("1.46") and 200 > 126, True),
    # c02
    (420 + 185, 605),
    (pct(D("596.8"), 605), D("98.6")),
    (pct(312, D("596.8")), D("52.3")),
    (10 + 2, 12),
    (pct(P["c02_smes"], 40), D("90.0")),
    (pct(4, 5), D("80.0")),
    (28 >= 25 and 7 >= 6 and 134 >= 120 and 3420 >= 3000 and D("1.62") >= D("1.5") and D("96.2") >= 90, True),
    (36 < 40 and 4 < 5, True),  # the 2 unfinished indicators
    (450 > 420, True),
    # c03
    (growth(D("86.42"), P["c03_top22"]), D("12.7")),
    (pct(D("86.42"), P["c03_city_rd23"]), D("58.3")),
    (D("3.14") - P["c03_city_int23"], D("1.52")),
    (19 - 4 > 0 and 3 <= 19, True),
    (all(x > 5 for x in (D("9.86"), D("7.15"), D("5.42"))), True),  # 超5亿元的3家
    (D("9.86") + D("7.15") + D("5.42") < D("86.42"), True),
    (31 + 17 + 12 + 9 + 9 + 7 <= 100, True),
    (31 > 17, True),  # 晋江 首位
    (28 + 19 + 16, 63),
    (87 <= 100 and 72 <= 100, True),
    (pct(D("2.63"), P["c03_staff"]), D("8.4")),
    (D("200") > P["c03_city_rd23"], True),
    # c04
    (pct(D("286.4"), D("1766.3")), D("16.2")),
    (growth(D("1766.3"), P["c04_total22"]), D("18.1")),
    (D("23.5") - D("18.1"), D("5.4")),
    (rnd(pct(D("286.4"), D("1766.3"), 3) - pct(P["c04_ht22"], P["c04_total22"], 3)), D("0.7")),
    (D("97.2") + D("189.2"), D("286.4")),
    (growth(D("286.4"), P["c04_exp22"] + P["c04_imp22"]), D("23.5")),
    (rnd(D("286.4") / P["c04_cny_usd"]), D("40.7")),
    (pct(D("112.6"), D("286.4")), D("39.3")),
    (D("112.6") + D("53.8") + D("27.4") < D("286.4"), True),
    (pct(D("148.5"), D("286.4")), D("51.9")),
    (D("148.5") + D("71.2") < D("286.4"), True),
    (pct(D("151.3"), D("286.4")), D("52.8")),
    (D("48.2") > D("23.5"), True),
    (D("38.6") < D("286.4"), True),
    # c05
    (12 + 21 + 13, 46),
    (D("5.8") + D("31.4") + D("46.4"), D("83.6")),
    (29 + 17, 46),
    (pct(29, 46), D("63.0")),
    (pct(38, 46), D("82.6")),
    (21 + 8 + 4 <= 38, True),
    (growth(D("712.6"), P["c05_tc22"]), D("35.4")),
    (growth(D("538.1"), P["c05_tc23_1_8"]), D("21.9")),
    (D("800") > D("712.6"), True),
    # c06
    (D("20.8") > 20 and D("20.8") < D("23.6"), True),
    (growth(D("23.6"), P["c06_out17"]), D("14.2")),
    (rnd(pct(14500, P["c06_county_inc"]) - 100, 0), D("30")),  # 约三成
    (7000 > 3000, True),
    (D("30") > D("23.6"), True),
    (rnd(D("1260") - D("380"), 0) > 0, True),
]


if __name__ == "__main__":
    write_gold(HERE, DOCS, TABLES, CODES, NOT_INDICATORS, YEAR, CONSISTENCY)
