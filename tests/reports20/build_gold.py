#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports20 from hand annotations.

Same layout as tests/reports4-19. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. c04's table, flattened to one cell per
line, is annotated cell by cell with anchors that hold the row label and its
cells (`海陵区\n\n312\n\n215\n\n68.9`), each unique in the document.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, whitespace removed, so the PDF line break in c01's `1120万⏎元`
is read; Chinese numerals read with 点, 万 (also inside), 成 = 10 %, 首位 = 1,
万/亿 folded in) equals |value|, every Arabic number in every text is either
inside a record or listed in NOT_INDICATORS with its reason (a four-digit
year 1990-2029 directly before 年 is allowed by the YEAR rule, reason "a
year"), every field takes an allowed value, and the invented figures agree
with each other (parts add up, shares, growth rates, 百分点 changes, table
rows and the 合计 row; see CONSISTENCY at the end).
"""

import pathlib
import re
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # (tests/gold_harness.py)
from gold_harness import R, V, cagr, doc, growth, pct, rnd, write_gold  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
# a year written before 年 / 年度 / 年底 is a time, not a figure (1992年 in c03 and
# 2010年 in c06 are older than reports19's 2012-2025 range)
YEAR = re.compile(r"(199\d|20[0-2]\d)(?=年)")

# GB/T 2260 codes of every region named in the gold (checked against
# adcodes.csv of PyPI cpca 0.5.5). A name not listed here is not an
# administrative unit (仲恺高新区, 桃花镇) and gets "".
CODES = {
    # c01 江西 赣州市 信丰县
    "信丰县": "360722",
    "信丰": "360722",
    # c02 浙江 湖州市 吴兴区
    "吴兴区": "330502",
    "湖州市吴兴区": "330502",
    # c03 广东 惠州市 (仲恺高新区: a zone, no code); 全省 = 广东省
    "广东省": "440000",
    "广东": "440000",
    # c04 江苏 泰州市 and its six county-level units
    "泰州市": "321200",
    "泰州": "321200",
    "海陵区": "321202",
    "高港区": "321203",
    "姜堰区": "321204",
    "兴化市": "321281",
    "靖江市": "321282",
    "泰兴市": "321283",
    # c05 安徽 合肥市 肥西县 桃花镇 (a town, no code); 全县 = 肥西县
    "肥西县": "340123",
    # c06 河南 洛阳市
    "洛阳市": "410300",
    "洛阳": "410300",
}


DOCS = {}
NOT_INDICATORS = {}  # doc -> [(anchor, number, reason)]: Arabic numbers that are not figures
TABLES = {}  # doc -> table layout (none in this set: c04's cells have unique anchors)


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
IV = "innovation_voucher"
OT = "other"
IN = "investment"
EC = ["economy", OT]
ENC = [EN, "economy", OT]
SL = ["share", "level"]  # completion rates, 建有率-like rates (reports7 x01, reports18)
GL = ["growth", "level"]  # increase amounts, 高于/低于…个百分点, gaps (corpus A02, A10, reports3-19)
LS = ["level", "share"]  # per-10k ratios (corpus 01, A08)
MG = ["growth", "level"]  # 是2010年的X倍 (reports17 c06, reports18 c02, reports19 c01)
RATIO = ["level", "share", "growth"]  # 是全市平均水平的X倍, 高出一倍多: against a reference, not a time
RG = ["growth", "rank"]  # 上升4位 (corpus A10, C02)
QM = "more_than"  # 突破 / 超 (corpus 09, A10)
PL = [True, False]  # an estimate (预计) or a budget amount for the coming year

# ---------------------------------------------------------------- c01
# 信丰县科学技术局局长2019年度述职述廉报告, text extracted from a PDF (page 2 ends
# inside a sentence: footer `— 2 —` and the running head follow `在孵企业46家，`;
# `1120万⏎元` is broken between number and unit). `全县` = 信丰县; the ranks
# `居全市第3位` / `第2位` rank 信丰县 in 赣州市. `预计达到4.62亿元` is an estimate
# (planned); the figures after it in its sentence may or may not be. 2020 targets.
XF = ["信丰县", "信丰"]
Y19E = ["2019", "2019-12"]
d = doc(DOCS, "c01.txt", XF, "2019", HT)
GQ = ["有效期内高新技术企业", "高新技术企业"]
R(d, "新认定高新技术企业19家", "19家", 19, "家", "level", ["新认定高新技术企业", "高新技术企业"], "hte_new")
R(d, "达到58家", "58家", 58, "家", "level", GQ, "hte_count", period=Y19E)
R(d, "净增14家", "14家", 14, "家", GL, GQ, ["hte_new", "hte_count"])
R(d, "居全市第3位", "第3位", 3, "位", "rank", GQ, "hte_count", period=Y19E)
KX = ["科技型中小企业评价入库", "科技型中小企业"]
R(d, "入库43家", "43家", 43, "家", "level", KX, "tsme_count", category=TS)
R(d, "增长53.6%", "53.6%", 53.6, "%", "growth", KX, "tsme_count", category=TS)
RD = ["R&D经费投入", "R&D经费"]
R(d, "4.62亿元", "4.62亿元", V("4.62", "亿"), "元", "level", RD, "rd_spend", planned=True, category=RE)
R(d, "增长18.5%", "18.5%", 18.5, "%", "growth", RD, "rd_spend", planned=PL, category=RE)
QD = ["R&D经费投入强度", "投入强度"]
R(d, "强度为1.71%", "1.71%", 1.71, "%", "share", QD, "rd_intensity", planned=PL, category=RE)
R(d, "0.16个百分点", "0.16个百分点", 0.16, "百分点", "growth", QD, "rd_intensity", planned=PL, category=RE)
R(
    d,
    "居全市第2位",
    "第2位",
    2,
    "位",
    "rank",
    ["R&D经费投入增速", "增速"] + RD,
    "rd_spend",
    planned=PL,
    category=RE,
)
GY = ["规上工业企业研发费用"]
R(d, "3.95亿元", "3.95亿元", V("3.95", "亿"), "元", "level", GY, "rd_spend_enterprise", category=RE)
R(
    d,
    "85.5%",
    "85.5%",
    85.5,
    "%",
    "share",
    ["规上工业企业研发费用占全社会R&D经费的比重"] + GY,
    "rd_spend_enterprise",
    category=RE,
)
R(d, "研究中心2个", "2个", 2, "个", "level", ["省级工程技术研究中心"], "rd_institutions", category=RI)
R(d, "实验室3个", "3个", 3, "个", "level", ["市级重点实验室"], "rd_institutions", category=RI)
PF = ["市级以上研发平台", "研发平台"]
R(d, "累计达到27个", "27个", 27, "个", "level", PF, "rd_institutions", period=Y19E, category=RI)
R(
    d,
    "以上9个",
    "9个",
    9,
    "个",
    "level",
    ["省级以上研发平台", "省级以上"] + PF,
    ["rd_institutions", ""],
    period=Y19E,
    category=RI,
)
R(d, "在孵企业46家", "46家", 46, "家", "level", ["在孵企业"], "", period=Y19E, category=[IC, EN])
R(d, "毕业企业7家", "7家", 7, "家", "level", ["毕业企业"], "", category=[IC, EN])
R(d, "科技项目31项", "31项", 31, "项", "level", ["争取上级科技项目", "上级科技项目"], "", category=PJ)
DW = ["到位资金", "上级科技项目到位资金"]
R(d, "2360万元", "2360万元", V("2360", "万"), "元", "level", DW, "", category=[PJ, FU])
R(d, "增加580万元", "580万元", V("580", "万"), "元", GL, DW, "", category=[PJ, FU])
JB = ["县级科技奖补资金", "兑现县级科技奖补资金", "科技奖补资金"]
R(d, "1120万\n元", "1120万\n元", V("1120", "万"), "元", "level", JB, "", category=FU)
R(d, "87家次", "87家次", 87, "家次", "level", ["惠及企业"], "", category=[FU, EN])
R(d, "授权1346件", "1346件", 1346, "件", "level", ["专利授权", "专利授权量"], "patent_grants", category=PT)
R(
    d,
    "发明专利42件",
    "42件",
    42,
    "件",
    "level",
    ["发明专利授权", "发明专利"],
    "invention_patent_grants",
    category=PT,
)
R(
    d,
    "1.12件",
    "1.12件",
    1.12,
    "件",
    LS,
    ["每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=Y19E,
    category=PT,
)
R(
    d,
    "20家以上",
    "20家以上",
    20,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2020",
)
R(d, "达到1.9%", "1.9%", 1.9, "%", "share", QD, "rd_intensity", planned=True, period="2020", category=RE)
R(
    d,
    "突破3亿元",
    "3亿元",
    V("3", "亿"),
    "元",
    "level",
    ["技术合同成交额"],
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2020",
    category=TM,
)
NOT_INDICATORS["c01.txt"] = [
    ("2020-01-16 10:42", "2020", "date line"),
    ("2020-01-16 10:42", "01", "date line"),
    ("2020-01-16 10:42", "16", "date line"),
    ("2020-01-16 10:42", "10", "date line"),
    ("2020-01-16 10:42", "42", "date line"),
    ("浏览次数：386", "386", "view counter"),
    ("— 2 —", "2", "PDF page footer"),
]

# ---------------------------------------------------------------- c02
# 湖州市吴兴区科学技术局2025年部门预算说明 (2025-02-21): 2025 budget amounts
# (a plan: planned true, false also accepted) against the 2024 budget and the
# 2024 执行数 (actual, planned false); parts that add up (收入 = 拨款 + 结转,
# 支出 = 基本 + 项目, 拨款 by function, 四项合计); 增加/减少 amounts and rates;
# the bureau's own staff counts (截至2024年12月底). The bureau's 科学技术支出 is
# a part of the district's fiscal S&T spending: measure "" or fiscal_st_spend.
WX = ["吴兴区", "湖州市吴兴区"]
d = doc(DOCS, "c02.txt", WX, "2025", [FU, OT])
BOT = [OT]
R(d, "内设科室4个", "4个", 4, "个", "level", ["内设科室"], "", planned=None, period=None, category=BOT)
R(d, "事业单位1个", "1个", 1, "个", "level", ["下属事业单位", "事业单位"], "", period=None, category=BOT)
E24 = ["2024-12", "2024"]
R(d, "行政编制11名", "11名", 11, "名", "level", ["核定行政编制", "行政编制"], "", period=E24, category=BOT)
R(d, "事业编制6名", "6名", 6, "名", "level", ["事业编制"], "", period=E24, category=BOT)
R(d, "在编人员16人", "16人", 16, "人", "level", ["实有在编人员", "在编人员"], "", period=E24, category=BOT)
SR = ["部门收入预算", "收入预算"]
R(d, "收入预算4286.5万元", "4286.5万元", V("4286.5", "万"), "元", "level", SR, "", planned=PL)
R(d, "增加512.3万元", "512.3万元", V("512.3", "万"), "元", GL, SR, "", planned=PL)
R(d, "增长13.6%", "13.6%", 13.6, "%", "growth", SR, "", planned=PL)
BK = ["一般公共预算财政拨款收入", "财政拨款收入"]
R(d, "收入4150.2万元", "4150.2万元", V("4150.2", "万"), "元", "level", BK, "", planned=PL)
R(d, "96.8%", "96.8%", 96.8, "%", "share", BK, "", planned=PL)
R(d, "结转136.3万元", "136.3万元", V("136.3", "万"), "元", "level", ["上年结转"], "", planned=PL)
R(d, "支出预算4286.5万元", "4286.5万元", V("4286.5", "万"), "元", "level", ["支出预算"], "", planned=PL)
R(d, "基本支出462.8万元", "462.8万元", V("462.8", "万"), "元", "level", ["基本支出"], "", planned=PL)
R(d, "项目支出3823.7万元", "3823.7万元", V("3823.7", "万"), "元", "level", ["项目支出"], "", planned=PL)
R(d, "89.2%", "89.2%", 89.2, "%", "share", ["项目支出"], "", planned=PL)
R(
    d,
    "财政拨款支出预算4150.2万元",
    "4150.2万元",
    V("4150.2", "万"),
    "元",
    "level",
    ["财政拨款支出预算", "财政拨款支出"],
    "",
    planned=PL,
)
KJ = ["科学技术支出"]
KJM = ["", "fiscal_st_spend"]
KJC = [FU, RE, OT]
R(d, "支出4052.4万元", "4052.4万元", V("4052.4", "万"), "元", "level", KJ, KJM, planned=PL, category=KJC)
R(
    d,
    "3716.9万元",
    "3716.9万元",
    V("3716.9", "万"),
    "元",
    "level",
    KJ + ["科学技术支出执行数"],
    KJM,
    period="2024",
    category=KJC,
)
R(d, "增加335.5万元", "335.5万元", V("335.5", "万"), "元", GL, KJ, KJM, planned=PL, category=KJC)
R(d, "增长9.0%", "9.0%", 9.0, "%", "growth", KJ, KJM, planned=PL, category=KJC)
R(d, "58.6万元", "58.6万元", V("58.6", "万"), "元", "level", ["社会保障和就业支出"], "", planned=PL, category=BOT)
R(d, "21.7万元", "21.7万元", V("21.7", "万"), "元", "level", ["卫生健康支出"], "", planned=PL, category=BOT)
R(d, "17.5万元", "17.5万元", V("17.5", "万"), "元", "level", ["住房保障支出"], "", planned=PL, category=BOT)
R(
    d,
    "1200万元",
    "1200万元",
    V("1200", "万"),
    "元",
    "level",
    ["高新技术企业培育奖励"],
    "",
    planned=PL,
    category=[FU, HT],
)
R(d, "980万元", "980万元", V("980", "万"), "元", "level", ["企业研发投入后补助"], "", planned=PL, category=[FU, RE])
R(d, "650万元", "650万元", V("650", "万"), "元", "level", ["科技计划项目经费"], "", planned=PL, category=[PJ, FU])
R(
    d,
    "600万元",
    "600万元",
    V("600", "万"),
    "元",
    "level",
    ["科技创新券兑现", "科技创新券"],
    ["", "voucher_used"],
    planned=PL,
    category=[IV, FU],
)
R(d, "3430万元", "3430万元", V("3430", "万"), "元", "level", ["四项合计", "合计"], "", planned=PL, category=FU)
R(d, "84.6%", "84.6%", 84.6, "%", "share", ["四项合计", "合计"], "", planned=PL, category=FU)
SG = ['"三公"经费预算', '"三公"经费', "三公经费"]
R(d, "预算3.2万元", "3.2万元", V("3.2", "万"), "元", "level", SG, "", planned=PL, category=BOT)
R(d, "减少0.4万元", "0.4万元", -4000, "元", GL, SG, "", planned=PL, category=BOT)
R(d, "下降11.1%", "11.1%", -11.1, "%", "growth", SG, "", planned=PL, category=BOT)
R(d, "费2.4万元", "2.4万元", V("2.4", "万"), "元", "level", ["公务用车运行维护费"], "", planned=PL, category=BOT)
R(d, "0.8万元", "0.8万元", V("0.8", "万"), "元", "level", ["公务接待费"], "", planned=PL, category=BOT)
NOT_INDICATORS["c02.txt"] = [
    ("2025-02-21 15:06", "2025", "date line"),
    ("2025-02-21 15:06", "02", "date line"),
    ("2025-02-21 15:06", "21", "date line"),
    ("2025-02-21 15:06", "15", "date line"),
    ("2025-02-21 15:06", "06", "date line"),
    ("浏览次数:127", "127", "view counter"),
    ("2024年12月底", "12", "time point"),
    ("0572-2036815", "0572", "phone number"),
    ("0572-2036815", "2036815", "phone number"),
]

# ---------------------------------------------------------------- c03
# 仲恺高新区 "园区概况" page (更新时间 2023-03-08): a zone (region 仲恺高新区, no
# code); 全市 = 惠州市 (only as a reference: 占全市的31.2%, 居全市首位, 比全市平均
# 水平高…, 是全市平均水平的2.1倍), 全省 = 广东省 (`全省14个国家高新区` is a 广东
# record). Standing facts of the zone (面积, 街道, 常住人口) have no period. Ranks:
# 第37位, 上升4位, 前50名 (at_most), 第4位; `连续3年` is a streak, no figure.
ZK = ["仲恺高新区", "惠州仲恺高新技术产业开发区"]
Y22E = ["2022", "2022-12"]
d = doc(DOCS, "c03.txt", ZK, "2022", HT)
R(
    d,
    "约418平方公里",
    "约418平方公里",
    418,
    "平方公里",
    "level",
    ["总面积", "面积"],
    "",
    qualifier="about",
    period=None,
    category=OT,
)
R(d, "5个街道", "5个", 5, "个", "level", ["街道", "下辖街道"], "", period=None, category=OT)
R(d, "1个镇", "1个", 1, "个", "level", ["镇", "下辖镇"], "", period=None, category=OT)
R(d, "约58万人", "约58万人", 580000, "人", "level", ["常住人口"], "", qualifier="about", period=None, category=EC)
GDP = ["地区生产总值"]
R(d, "743.6亿元", "743.6亿元", V("743.6", "亿"), "元", "level", GDP, "gdp", category=EC)
R(d, "增长4.2%", "4.2%", 4.2, "%", "growth", GDP, "gdp", category=EC)
GZ = ["规模以上工业增加值", "规上工业增加值"]
R(d, "432.5亿元", "432.5亿元", V("432.5", "亿"), "元", "level", GZ, "", category=EC)
R(d, "增长5.1%", "5.1%", 5.1, "%", "growth", GZ, "", category=EC)
R(
    d,
    "81.3%",
    "81.3%",
    81.3,
    "%",
    "share",
    ["高新技术产品产值占规上工业总产值的比重", "高新技术产品产值"],
    ["", "hti_output"],
    category=HI,
)
QD3 = ["全社会研发投入强度", "研发投入强度"]
R(d, "5.12%", "5.12%", 5.12, "%", "share", QD3, "rd_intensity", category=RE)
R(d, "2.36个百分点", "2.36个百分点", 2.36, "百分点", GL, QD3, "rd_intensity", category=RE)
GQ3 = ["有效期内国家高新技术企业", "国家高新技术企业", "高新技术企业"]
R(d, "702家", "702家", 702, "家", "level", GQ3, "hte_count", period=Y22E)
R(d, "31.2%", "31.2%", 31.2, "%", "share", GQ3, "hte_count", period=Y22E)
R(d, "首位", "首位", 1, "位", "rank", GQ3, "hte_count", period=Y22E)
R(
    d,
    "986家",
    "986家",
    986,
    "家",
    "level",
    ["评价入库科技型中小企业", "科技型中小企业"],
    "tsme_count",
    period=Y22E,
    category=TS,
)
YJ = ["省级以上研发机构", "研发机构"]
R(d, "236个", "236个", 236, "个", "level", YJ, "rd_institutions", period=Y22E, category=RI)
R(
    d,
    "国家级12个",
    "12个",
    12,
    "个",
    "level",
    ["国家级研发机构", "国家级"] + YJ,
    ["rd_institutions", ""],
    period=Y22E,
    category=RI,
)
R(d, "孵化器18家", "18家", 18, "家", "level", ["科技企业孵化器"], "incubators", period=Y22E, category=IC)
R(
    d,
    "国家级5家",
    "5家",
    5,
    "家",
    "level",
    ["国家级科技企业孵化器", "国家级", "科技企业孵化器"],
    ["incubators", ""],
    period=Y22E,
    category=IC,
)
R(d, "众创空间21家", "21家", 21, "家", "level", ["众创空间"], "maker_spaces", period=Y22E, category=IC)
R(
    d,
    "超过1300家",
    "超过1300家",
    1300,
    "家",
    "level",
    ["在孵企业"],
    "",
    qualifier="more_than",
    period=Y22E,
    category=[IC, EN],
)
WR = ["每万人口发明专利拥有量"]
R(d, "62.4件", "62.4件", 62.4, "件", LS, WR, "invention_patents_per_10k", period=Y22E, category=PT)
R(d, "2.1倍", "2.1倍", 2.1, "倍", RATIO, WR, "invention_patents_per_10k", period=Y22E, category=PT)
CJ = ["登记技术合同成交额", "技术合同成交额"]
R(d, "38.7亿元", "38.7亿元", V("38.7", "亿"), "元", "level", CJ, "tech_contract_value", category=TM)
R(d, "增长26.4%", "26.4%", 26.4, "%", "growth", CJ, "tech_contract_value", category=TM)
PM = ["国家高新区综合评价", "综合评价", "综合排名"]
PMC = [OT, HI]
R(d, "第37位", "第37位", 37, "位", "rank", PM, "innovation_rank", category=PMC)
R(d, "上升4位", "4位", 4, "位", RG, PM, "innovation_rank", category=PMC)
R(
    d,
    "前50名",
    "前50名",
    50,
    "位",
    "rank",
    PM,
    "innovation_rank",
    qualifier=["at_most", None],
    period=["2022", "2020/2022"],
    category=PMC,
)
R(d, "全省14个", "14个", 14, "个", "level", ["国家高新区"], "", region=["广东省", "广东"], category=PMC)
R(d, "第4位", "第4位", 4, "位", "rank", PM, "innovation_rank", category=PMC)
R(
    d,
    "突破1000家",
    "1000家",
    1000,
    "家",
    "level",
    GQ3,
    "hte_count",
    qualifier=QM,
    planned=True,
    period="2025",
)
R(
    d,
    "突破1000亿元",
    "1000亿元",
    V("1000", "亿"),
    "元",
    "level",
    GDP,
    "gdp",
    qualifier=QM,
    planned=True,
    period="2025",
    category=EC,
)
R(
    d,
    "5%以上",
    "5%以上",
    5,
    "%",
    "share",
    QD3,
    "rd_intensity",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=RE,
)
NOT_INDICATORS["c03.txt"] = [
    ("2023-03-08", "2023", "date line"),
    ("2023-03-08", "03", "date line"),
    ("2023-03-08", "08", "date line"),
    ("浏览量:5621", "5621", "view counter"),
    ("连续3年", "3", "a streak (cf. corpus B08 连续第三年), not a figure"),
]

# ---------------------------------------------------------------- c04
# 泰州市科学技术局 progress NOTICE (通报, 2021-10-19) on 研发机构 in 规上工业企业,
# `截至2021年9月底`: stocks (2021-09), `今年以来` flows (2021-01/2021-09), the
# annual target `（70%）` (planned). A table FLATTENED ONE CELL PER LINE: title,
# `单位：家、%`, four header cells, six 市(区) rows of three cells and a `合计`
# row that repeats the prose (3186, 2049, 64.3). Two rows have the same rate
# 66.3. Ranks in Chinese numerals: `居全市第一`, `并列第二` (one rank for two
# districts). `营业收入5亿元以上` is a threshold; the document number, the
# deadline and the phone number are no figures.
TZ = ["泰州市", "泰州"]
S9 = ["2021-09", "2021"]
F9 = ["2021-01/2021-09", "2021"]
d = doc(DOCS, "c04.txt", TZ, S9, RI)
GS = ["规上工业企业", "规上工业企业数"]
YJ4 = ["已建研发机构", "研发机构", "已建研发机构数"]
YJ4M = ["rd_institutions", ""]
JY = ["研发机构建有率", "建有率"]
R(d, "全市3186家", "3186家", 3186, "家", "level", GS, "", category=[EN, OT])
R(d, "研发机构2049家", "2049家", 2049, "家", "level", YJ4, YJ4M)
R(d, "建有率64.3%", "64.3%", 64.3, "%", "share", JY, "")
R(d, "5.8个百分点", "5.8个百分点", 5.8, "百分点", "growth", JY, "", period=["2021-01/2021-09", "2021-09", "2021"])
R(d, "（70%）", "70%", 70, "%", "share", ["年度目标"] + JY, "", planned=True, period="2021")
R(d, "5.7个百分点", "5.7个百分点", 5.7, "百分点", GL, JY, "")
R(d, "新建研发机构186家", "186家", 186, "家", "level", ["新建研发机构"], YJ4M, period=F9)
SJ = ["省级以上研发机构"]
R(d, "机构612家", "612家", 612, "家", "level", SJ, YJ4M)
R(d, "占29.9%", "29.9%", 29.9, "%", "share", SJ, "")
ROWS = [
    ("海陵区", "312", "215", "68.9"),
    ("高港区", "398", "251", "63.1"),
    ("姜堰区", "526", "349", "66.3"),
    ("兴化市", "684", "397", "58.0"),
    ("靖江市", "596", "395", "66.3"),
    ("泰兴市", "670", "442", "66.0"),
    ("合计", "3186", "2049", "64.3"),
]
for name, n_firms, n_inst, rate in ROWS:
    a = "\n\n".join((name, n_firms, n_inst, rate))
    reg = TZ if name == "合计" else name
    R(d, a, n_firms, int(n_firms), "家", "level", GS, "", region=reg, category=[EN, OT])
    R(d, a, n_inst, int(n_inst), "家", "level", YJ4, YJ4M, region=reg)
    R(d, a, rate, float(rate), "%", "share", JY, "", region=reg)
R(d, "居全市第一", "第一", 1, "位", "rank", JY, "", region="海陵区")
R(d, "并列第二", "第二", 2, "位", "rank", JY, "", region=["姜堰区", "靖江市"])
R(d, "6.3个百分点", "6.3个百分点", 6.3, "百分点", GL, JY, "", region="兴化市")
R(d, "1137家", "1137家", 1137, "家", "level", ["未建研发机构的规上工业企业", "规上工业企业"], "", category=[EN, RI])
R(
    d,
    "企业37家",
    "37家",
    37,
    "家",
    "level",
    ["营业收入5亿元以上的企业", "营业收入5亿元以上的未建研发机构企业"],
    "",
    category=[EN, RI],
)
NOT_INDICATORS["c04.txt"] = [
    ("2021-10-19 09:25", "2021", "date line"),
    ("2021-10-19 09:25", "10", "date line"),
    ("2021-10-19 09:25", "19", "date line"),
    ("2021-10-19 09:25", "09", "date line"),
    ("2021-10-19 09:25", "25", "date line"),
    ("泰科发〔2020〕36号", "2020", "document number"),
    ("泰科发〔2020〕36号", "36", "document number"),
    ("2021年9月底", "9", "time point"),
    ("截至9月底", "9", "time point"),
    ("5亿元以上", "5", "threshold of a group"),
    ("11月10日", "11", "deadline"),
    ("11月10日", "10", "deadline"),
    ("0523-86839210", "0523", "phone number"),
    ("0523-86839210", "86839210", "phone number"),
    ("2021年10月18日", "10", "signature date"),
    ("2021年10月18日", "18", "signature date"),
]

# ---------------------------------------------------------------- c05
# 桃花镇 (肥西县, 合肥) 2017 annual work SUMMARY of a TOWN government: economy,
# science and 民生 figures mixed. `全镇` = 桃花镇 (a town: region_code ""); the
# town's figures take region 桃花镇 also where they are compared with `全县`
# (占全县的四成以上, 均居全县第一: one rank for three patent figures). 2018 plans.
TH = "桃花镇"
d = doc(DOCS, "c05.txt", TH, "2017", EC)
GDP5 = ["地区生产总值"]
R(d, "208.3亿元", "208.3亿元", V("208.3", "亿"), "元", "level", GDP5, "gdp")
R(d, "增长9.6%", "9.6%", 9.6, "%", "growth", GDP5, "gdp")
CS = ["财政收入"]
R(d, "28.6亿元", "28.6亿元", V("28.6", "亿"), "元", "level", CS, "")
R(d, "增长12.3%", "12.3%", 12.3, "%", "growth", CS, "")
GC = ["规模以上工业总产值", "规上工业总产值"]
R(d, "856.4亿元", "856.4亿元", V("856.4", "亿"), "元", "level", GC, "")
R(d, "增长10.8%", "10.8%", 10.8, "%", "growth", GC, "")
GT = ["固定资产投资"]
R(d, "182.5亿元", "182.5亿元", V("182.5", "亿"), "元", "level", GT, "", category=[IN, "economy", OT])
R(d, "增长15.6%", "15.6%", 15.6, "%", "growth", GT, "", category=[IN, "economy", OT])
R(d, "96.2亿元", "96.2亿元", V("96.2", "亿"), "元", "level", ["招商引资到位资金"], "", category=[IN, "economy", OT])
R(
    d,
    "项目23个",
    "23个",
    23,
    "个",
    "level",
    ["新签约亿元以上项目", "亿元以上项目"],
    "",
    category=[IN, "economy", OT],
)
R(d, "高新技术企业17家", "17家", 17, "家", "level", ["新增国家高新技术企业"], "hte_new", category=HT)
GQ5 = ["国家高新技术企业", "高新技术企业"]
R(d, "总数达到86家", "86家", 86, "家", "level", GQ5, "hte_count", period=["2017", "2017-12"], category=HT)
R(
    d,
    "四成以上",
    "四成以上",
    40,
    "%",
    "share",
    ["占全县的比重"] + GQ5,
    "hte_count",
    qualifier="at_least",
    period=["2017", "2017-12"],
    category=HT,
)
R(
    d,
    "研发机构9家",
    "9家",
    9,
    "家",
    "level",
    ["新增省级以上研发机构", "省级以上研发机构"],
    "rd_institutions",
    category=RI,
)
YF5 = ["规上工业企业研发投入"]
R(d, "19.7亿元", "19.7亿元", V("19.7", "亿"), "元", "level", YF5, "rd_spend_enterprise", category=RE)
R(d, "增长14.8%", "14.8%", 14.8, "%", "growth", YF5, "rd_spend_enterprise", category=RE)
R(d, "2154件", "2154件", 2154, "件", "level", ["专利申请量"], "patent_applications", category=PT)
R(d, "1268件", "1268件", 1268, "件", "level", ["授权量", "专利授权量"], "patent_grants", category=PT)
R(d, "21.5%", "21.5%", 21.5, "%", "growth", ["专利申请量"], "patent_applications", category=PT)
R(d, "17.3%", "17.3%", 17.3, "%", "growth", ["授权量", "专利授权量"], "patent_grants", category=PT)
R(d, "196件", "196件", 196, "件", "level", ["发明专利授权"], "invention_patent_grants", category=PT)
R(
    d,
    "全县第一",
    "第一",
    1,
    "位",
    "rank",
    ["专利申请量、授权量和发明专利授权", "专利申请量", "授权量", "发明专利授权"],
    ["patent_applications", "patent_grants", "invention_patent_grants"],
    category=PT,
)
R(
    d,
    "1.86亿元",
    "1.86亿元",
    V("1.86", "亿"),
    "元",
    "level",
    ["登记技术合同成交额", "技术合同成交额"],
    "tech_contract_value",
    category=TM,
)
R(d, "3420万元", "3420万元", V("3420", "万"), "元", "level", ["争取各级科技奖补资金", "科技奖补资金"], "", category=FU)
R(d, "征迁1460户", "1460户", 1460, "户", "level", ["完成征迁", "征迁"], "", category=OT)
R(d, "32.8万平方米", "32.8万平方米", 328000, "平方米", "level", ["征迁面积", "面积"], "", category=OT)
R(d, "18.6公里", "18.6公里", 18.6, "公里", "level", ["新建农村道路", "农村道路"], "", category=OT)
R(d, "99.2%", "99.2%", 99.2, "%", "share", ["城乡居民基本医疗保险参保率", "参保率"], "", category=OT)
R(d, "民生实事12件", "12件", 12, "件", "level", ["民生实事"], "", category=OT)
R(d, "突破32亿元", "32亿元", V("32", "亿"), "元", "level", CS, "", qualifier=QM, planned=True, period="2018")
R(
    d,
    "20家以上",
    "20家以上",
    20,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2018",
    category=HT,
)
R(
    d,
    "15%左右",
    "15%左右",
    15,
    "%",
    "growth",
    ["全社会研发投入", "研发投入"],
    "rd_spend",
    qualifier="about",
    planned=True,
    period="2018",
    category=RE,
)
NOT_INDICATORS["c05.txt"] = [
    ("2018-01-09 16:20", "2018", "date line"),
    ("2018-01-09 16:20", "01", "date line"),
    ("2018-01-09 16:20", "09", "date line"),
    ("2018-01-09 16:20", "16", "date line"),
    ("2018-01-09 16:20", "20", "date line"),
    ("浏览次数：742", "742", "view counter"),
    ("2018年1月8日", "1", "signature date"),
    ("2018年1月8日", "8", "signature date"),
]

# ---------------------------------------------------------------- c06
# 洛阳日报 INTERVIEW (专访, 2016-02-24) with the 市科技局局长, Q&A (记者: / 张宏伟:).
# `全市`/`我市` = 洛阳市; `去年` = 2015, `今年` = 2016 (from the date line);
# `"十二五"期间` levels from 2010 to 2015 (年均增长, 是2010年的3倍多); `连续五年居
# 全省第一` (Chinese numerals; 五年 is a streak); `高出一倍多` (a ratio to the
# province's average, 倍, more_than); targets for 2016 and 2020; a budget for
# 2016 and a reward rule.
LY = ["洛阳市", "洛阳"]
SPAN = ["2015", "2010/2015", "2011/2015"]
d = doc(DOCS, "c06.txt", LY, "2015", RE)
RD6 = ["R&D经费投入", "R&D经费"]
R(d, "38.6亿元", "38.6亿元", V("38.6", "亿"), "元", "level", RD6, "rd_spend", period="2010")
R(d, "86.2亿元", "86.2亿元", V("86.2", "亿"), "元", "level", RD6, "rd_spend")
R(d, "年均增长17.4%", "17.4%", 17.4, "%", "growth", RD6, "rd_spend", period=SPAN)
QD6 = ["R&D经费投入强度", "投入强度"]
R(d, "2.43%", "2.43%", 2.43, "%", "share", QD6, "rd_intensity")
R(d, "居全省第一", "第一", 1, "位", "rank", QD6, "rd_intensity", period=["2015", "2011/2015"])
GQ6 = ["高新技术企业"]
R(d, "从132家", "132家", 132, "家", "level", GQ6, "hte_count", period="2010", category=HT)
R(d, "增加到286家", "286家", 286, "家", "level", GQ6, "hte_count", category=HT)
R(
    d,
    "36.8%",
    "36.8%",
    36.8,
    "%",
    "share",
    ["高新技术产业增加值占规上工业增加值的比重", "高新技术产业增加值"],
    "hti_value_added",
    category=HI,
)
CJ6 = ["技术合同成交额"]
R(d, "24.5亿元", "24.5亿元", V("24.5", "亿"), "元", "level", CJ6, "tech_contract_value", category=TM)
R(
    d,
    "3倍多",
    "3倍多",
    3,
    "倍",
    MG,
    CJ6,
    "tech_contract_value",
    qualifier="more_than",
    period=["2015", "2010/2015"],
    category=TM,
)
PF6 = ["国家级研发平台"]
R(d, "研发平台4个", "4个", 4, "个", "level", ["新增国家级研发平台"] + PF6, "rd_institutions", category=RI)
R(d, "总数达到43个", "43个", 43, "个", "level", PF6, "rd_institutions", period=["2015", "2015-12"], category=RI)
ZL6 = ["专利授权量"]
R(d, "5862件", "5862件", 5862, "件", "level", ZL6, "patent_grants", category=PT)
R(d, "增长27.3%", "27.3%", 27.3, "%", "growth", ZL6, "patent_grants", category=PT)
R(d, "1037件", "1037件", 1037, "件", "level", ["发明专利授权"], "invention_patent_grants", category=PT)
WR6 = ["每万人口发明专利拥有量"]
R(d, "5.6件", "5.6件", 5.6, "件", LS, WR6, "invention_patents_per_10k", period=["2015", "2015-12"], category=PT)
R(
    d,
    "一倍多",
    "一倍多",
    1,
    "倍",
    RATIO,
    WR6,
    "invention_patents_per_10k",
    qualifier="more_than",
    period=["2015", "2015-12"],
    category=PT,
)
R(
    d,
    "高新技术企业40家",
    "40家",
    40,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    planned=True,
    period="2016",
    category=HT,
)
R(
    d,
    "达到30亿元",
    "30亿元",
    V("30", "亿"),
    "元",
    "level",
    CJ6,
    "tech_contract_value",
    planned=True,
    period="2016",
    category=TM,
)
R(d, "达到2.5%", "2.5%", 2.5, "%", "share", QD6, "rd_intensity", planned=True, period="2016")
R(d, "突破500家", "500家", 500, "家", "level", GQ6, "hte_count", qualifier=QM, planned=True, period="2020", category=HT)
R(d, "达到2.8%", "2.8%", 2.8, "%", "share", QD6, "rd_intensity", planned=True, period="2020")
R(d, "达到10件", "10件", 10, "件", LS, WR6, "invention_patents_per_10k", planned=True, period="2020", category=PT)
ZX = ["科技创新专项资金"]
ZXM = ["", "fiscal_st_spend"]
R(d, "专项资金3亿元", "3亿元", V("3", "亿"), "元", "level", ZX, ZXM, planned=PL, period="2016", category=FU)
R(d, "5000万元", "5000万元", V("5000", "万"), "元", GL, ZX, ZXM, planned=PL, period="2016", category=FU)
R(
    d,
    "30万元",
    "30万元",
    V("30", "万"),
    "元",
    "level",
    ["一次性奖励", "首次认定的高新技术企业奖励"],
    "",
    planned=PL,
    period=["2016", None],
    category=[FU, HT],
)
NOT_INDICATORS["c06.txt"] = [
    ("2016-02-24 08:15", "2016", "date line"),
    ("2016-02-24 08:15", "02", "date line"),
    ("2016-02-24 08:15", "24", "date line"),
    ("2016-02-24 08:15", "08", "date line"),
    ("2016-02-24 08:15", "15", "date line"),
    ("浏览次数:1093", "1093", "view counter"),
    ("0379-63921568", "0379", "phone number"),
    ("0379-63921568", "63921568", "phone number"),
]


D = Decimal


# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 信丰县
    "c01_hte18": 44,  # 有效高企 2018年末
    "c01_expired": 5,  # 2019年到期未重新认定的高企
    "c01_tsme18": 28,  # 科技型中小企业入库 2018
    "c01_rd18": D("3.90"),  # R&D经费 2018, 亿元
    "c01_gdp19": D("270.2"),  # 地区生产总值 2019, 亿元
    "c01_int18": D("1.55"),  # 投入强度 2018, %
    # c02 吴兴区科学技术局
    "c02_budget24": D("3774.2"),  # 2024年部门收入预算, 万元
    "c02_sangong24": D("3.6"),  # 2024年"三公"经费预算, 万元
    # c03 仲恺高新区 / 惠州市
    "c03_city_hte": 2250,  # 惠州市有效高企 2022年底
    "c03_city_int": D("2.76"),  # 惠州市研发投入强度, %
    "c03_city_per10k": D("29.7"),  # 惠州市每万人口发明专利拥有量, 件
    "c03_rank21": 41,  # 2021年综合评价位次
    "c03_tc21": D("30.62"),  # 技术合同成交额 2021, 亿元
    # c04 泰州市
    "c04_rate_jan": D("58.5"),  # 年初建有率, %
    # c05 桃花镇 / 肥西县
    "c05_county_hte": 208,  # 肥西县有效高企 2017年末
    "c05_fiscal16": D("25.47"),  # 财政收入 2016, 亿元
    "c05_apps16": 1773,  # 专利申请量 2016
    "c05_grants16": 1081,  # 专利授权量 2016
    # c06 洛阳市
    "c06_tc10": D("7.9"),  # 技术合同成交额 2010, 亿元
    "c06_grants14": 4605,  # 专利授权量 2014
    "c06_prov_per10k": D("2.7"),  # 河南省每万人口发明专利拥有量 2015, 件
    "c06_fund15": D("2.5"),  # 科技创新专项资金 2015, 亿元
    "c06_gdp15": D("3547"),  # 地区生产总值 2015, 亿元
}
P = PREV
# c04's table: (规上工业企业数, 已建研发机构数, 建有率) per row
TAB4 = {n: (int(a), int(b), D(c)) for n, a, b, c in ROWS}
ROWS4 = [v for k, v in TAB4.items() if k != "合计"]

CONSISTENCY = [
    # c01
    (P["c01_hte18"] + 14, 58),
    (19 - P["c01_expired"], 14),
    (growth(43, P["c01_tsme18"]), D("53.6")),
    (growth(D("4.62"), P["c01_rd18"]), D("18.5")),
    (pct(D("4.62"), P["c01_gdp19"], 2), D("1.71")),
    (D("1.71") - P["c01_int18"], D("0.16")),
    (pct(D("3.95"), D("4.62")), D("85.5")),
    (9 <= 27 and 2 + 3 <= 27, True),
    (7 < 46 + 7, True),
    (D("2360") - D("580") > 0, True),
    (42 < 1346, True),
    (20 > 19 and D("1.9") > D("1.71"), True),
    # c02
    (D("4286.5") - P["c02_budget24"], D("512.3")),
    (growth(D("4286.5"), P["c02_budget24"]), D("13.6")),
    (D("4150.2") + D("136.3"), D("4286.5")),
    (pct(D("4150.2"), D("4286.5")), D("96.8")),
    (D("462.8") + D("3823.7"), D("4286.5")),
    (pct(D("3823.7"), D("4286.5")), D("89.2")),
    (D("4052.4") + D("58.6") + D("21.7") + D("17.5"), D("4150.2")),
    (D("4052.4") - D("3716.9"), D("335.5")),
    (growth(D("4052.4"), D("3716.9")), D("9.0")),
    (1200 + 980 + 650 + 600, 3430),
    (pct(3430, D("4052.4")), D("84.6")),
    (P["c02_sangong24"] - D("3.2"), D("0.4")),
    (growth(D("3.2"), P["c02_sangong24"]), D("-11.1")),
    (D("2.4") + D("0.8"), D("3.2")),
    (16 <= 11 + 6, True),
    # c03
    (pct(702, P["c03_city_hte"]), D("31.2")),
    (D("5.12") - P["c03_city_int"], D("2.36")),
    (rnd(D("62.4") / P["c03_city_per10k"]), D("2.1")),
    (growth(D("38.7"), P["c03_tc21"]), D("26.4")),
    (P["c03_rank21"] - 4, 37),
    (37 <= 50 and P["c03_rank21"] <= 50, True),  # 连续3年进入全国前50名 (2020 too)
    (12 <= 236 and 5 <= 18, True),
    (1000 > 702 and 5 < D("5.12"), True),
    # c04
    (sum(r[0] for r in ROWS4), TAB4["合计"][0]),
    (sum(r[1] for r in ROWS4), TAB4["合计"][1]),
    (all(pct(b, a) == c for a, b, c in TAB4.values()), True),
    (TAB4["合计"][:2], (3186, 2049)),
    (D("64.3") - P["c04_rate_jan"], D("5.8")),
    (70 - D("64.3"), D("5.7")),
    (pct(612, 2049), D("29.9")),
    (max(TAB4, key=lambda k: TAB4[k][2] if k != "合计" else 0), "海陵区"),  # 第一
    (sorted((r[2] for r in ROWS4), reverse=True)[1:3], [D("66.3"), D("66.3")]),  # 并列第二
    (D("64.3") - TAB4["兴化市"][2], D("6.3")),
    (3186 - 2049, 1137),
    (37 <= 1137 and 186 <= 2049, True),
    # c05
    (pct(86, P["c05_county_hte"]) >= 40, True),  # 四成以上
    (growth(D("28.6"), P["c05_fiscal16"]), D("12.3")),
    (growth(2154, P["c05_apps16"]), D("21.5")),
    (growth(1268, P["c05_grants16"]), D("17.3")),
    (196 < 1268 < 2154, True),
    (17 <= 86, True),
    (D("32") > D("28.6") and D("19.7") < D("856.4"), True),
    # c06
    (cagr(D("86.2"), D("38.6"), 5), D("17.4")),
    (pct(D("86.2"), P["c06_gdp15"], 2), D("2.43")),
    (D("24.5") / P["c06_tc10"] > 3 and D("24.5") / P["c06_tc10"] < 4, True),  # 3倍多
    (growth(5862, P["c06_grants14"]), D("27.3")),
    (1037 < 5862 and 4 <= 43, True),
    (D("5.6") / P["c06_prov_per10k"] > 2, True),  # 高出一倍多
    (D("3") - P["c06_fund15"], D("0.5")),  # 增加5000万元
    (D("30") > D("24.5") and D("2.5") > D("2.43") and 500 > 286 and D("2.8") > D("2.5") and 10 > D("5.6"), True),
]


if __name__ == "__main__":
    write_gold(HERE, DOCS, TABLES, CODES, NOT_INDICATORS, YEAR, CONSISTENCY)
