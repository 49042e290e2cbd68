#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports21 from hand annotations.

Same layout as tests/reports4-19. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. c05's plain-text table (表1, its header
split over two lines, cells separated by two spaces, R&D经费 in 亿元 taken
from the header) is annotated cell by cell through tests/gold_harness.py's
table reader: the anchor is the row label, `cell` the cell's index.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, whitespace removed, Chinese numerals read with 点 and 万,
成 = 10 %, 首位 = 1, 万/亿 folded in, a bare c05 money cell scaled by its
header's 亿元) equals |value|, every Arabic number in every text is either
inside a record or listed in NOT_INDICATORS with its reason (a four-digit
year 2012-2025 directly before 年 is allowed by the YEAR rule), every field
takes an allowed value, and the invented figures agree with each other
(parts add up, shares, growth rates, 百分点 changes; see CONSISTENCY at the
end).
"""

import pathlib
import re
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # (tests/gold_harness.py)
from gold_harness import R, V, cagr, date_line, doc, growth, pct, rnd, times, write_gold, written_scaled  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
# a year written before 年 / 年度 / 年底 / 年末 is a time, not a figure
YEAR = re.compile(r"20(1[2-9]|2[0-5])(?=年)")

# GB/T 2260 codes of every region named in the gold (checked against
# adcodes.csv of PyPI cpca 0.5.5). A name not listed here is not an
# administrative unit (包头稀土高新区) and gets "".
CODES = {
    # c01 广东 佛山市 and its districts
    "佛山市": "440600",
    "佛山": "440600",
    "顺德区": "440606",
    "南海区": "440605",
    "高明区": "440608",
    # c02 山东 德州市 齐河县 (全县 = 齐河县, 全市 = 德州市)
    "齐河县": "371425",
    "齐河": "371425",
    "德州市": "371400",
    "德州": "371400",
    # c03 安徽 芜湖市 鸠江区 (全区 = 鸠江区, 全市 = 芜湖市)
    "鸠江区": "340207",
    "鸠江": "340207",
    "芜湖市": "340200",
    # c04 湖北 黄石市 and its county-level units
    "黄石市": "420200",
    "黄石": "420200",
    "大冶市": "420281",
    "阳新县": "420222",
    "下陆区": "420204",
    # c05 宁夏回族自治区 (全区) and its five cities
    "宁夏回族自治区": "640000",
    "宁夏": "640000",
    "银川市": "640100",
    "石嘴山市": "640200",
    "吴忠市": "640300",
    "固原市": "640400",
    "中卫市": "640500",
}


DOCS = {}
NOT_INDICATORS = {}  # doc -> [(anchor, number, reason)]: Arabic numbers that are not figures
TABLES = {}  # doc -> table layout (c05's 表1)


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
OT = "other"
IN = "investment"
EC = ["economy", OT]
ENC = [EN, "economy", OT]
SL = ["share", "level"]  # completion rates 完成率, 立项率 (reports7 x01, reports18, reports19)
GL = ["growth", "level"]  # increase amounts, 净增, 高于…个百分点 (corpus A02, reports3-19)
LS = ["level", "share"]  # per-10k ratios (corpus 01, C08)
MG = ["growth", "level"]  # 是上年的X倍 (reports17 c06, reports18 c02, reports19 c01)
QM = "more_than"  # 突破 / 超 (corpus 09, A10)
PL = [True, False]  # a decided amount or rate announced for the future

# ---------------------------------------------------------------- c01
# 佛山市统计局 STATISTICAL MONITORING REPORT on 数字经济 and 高技术制造业 for
# 2021 (published 2022-06-28), half-width punctuation. The city is named only
# in the title and the 来源 line; the body says 全市. 数字经济 figures fit no
# measure; 高技术制造业增加值 is the high-tech industry's value added
# (hti_value_added, or none: the report's class is 高技术, not 高新技术);
# its three industries are parts (measure ""). Districts in a 分别 pair, a
# combined share (`合计占全市的67.2%`), a fastest-growing district. The
# classification's `(2021)` and `(2017)`, `国家统计局令第33号` and the note
# numbers are no figures.
FS = ["佛山市", "佛山"]
d = doc(DOCS, "c01.txt", FS, "2021", EC)
SZ = ["数字经济核心产业增加值", "核心产业增加值"]
R(d, "增加值1186.52亿元", "1186.52亿元", V("1186.52", "亿"), "元", "level", SZ, "")
R(d, "增长11.3%", "11.3%", 11.3, "%", "growth", SZ, "")
SZS = ["数字经济核心产业增加值占地区生产总值的比重"] + SZ
R(d, "的9.8%", "9.8%", 9.8, "%", "share", SZS, "")
R(d, "提升0.4个百分点", "0.4个百分点", 0.4, "百分点", "growth", SZS, "")
R(d, "702.36亿元", "702.36亿元", V("702.36", "亿"), "元", "level", ["数字产品制造业增加值", "数字产品制造业"], "")
R(d, "增长13.6%", "13.6%", 13.6, "%", "growth", ["数字产品制造业增加值", "数字产品制造业"], "")
R(d, "281.40亿元", "281.40亿元", V("281.40", "亿"), "元", "level", ["数字技术应用业增加值", "数字技术应用业"], "")
R(d, "增长9.2%", "9.2%", 9.2, "%", "growth", ["数字技术应用业增加值", "数字技术应用业"], "")
R(
    d,
    "合计202.76亿元",
    "202.76亿元",
    V("202.76", "亿"),
    "元",
    "level",
    ["数字要素驱动业和数字产品服务业增加值", "数字要素驱动业和数字产品服务业合计", "数字要素驱动业和数字产品服务业"],
    "",
)
R(d, "分别为412.6亿元", "412.6亿元", V("412.6", "亿"), "元", "level", SZ, "", region="顺德区")
R(d, "和385.3亿元", "385.3亿元", V("385.3", "亿"), "元", "level", SZ, "", region="南海区")
R(
    d,
    "的67.2%",
    "67.2%",
    67.2,
    "%",
    "share",
    ["顺德区、南海区核心产业增加值合计占全市的比重", "合计占全市"] + SZ,
    "",
    region=["顺德区", "南海区"] + FS,
)
R(d, "增长19.8%", "19.8%", 19.8, "%", "growth", SZ, "", region="高明区")
GJ = ["规模以上高技术制造业增加值", "高技术制造业增加值"]
HV = ["hti_value_added", ""]
R(d, "增加值1603.8亿元", "1603.8亿元", V("1603.8", "亿"), "元", "level", GJ, HV, category=HI)
R(d, "增长10.7%", "10.7%", 10.7, "%", "growth", GJ, HV, category=HI)
R(d, "1.5个百分点", "1.5个百分点", 1.5, "百分点", GL, ["高技术制造业增加值增速"] + GJ, HV, category=HI)
GJS = ["高技术制造业增加值在规上工业增加值中的占比", "高技术制造业增加值占规上工业增加值的比重"] + GJ
R(d, "占比达到31.6%", "31.6%", 31.6, "%", "share", GJS, HV, category=HI)
R(d, "0.9个百分点", "0.9个百分点", 0.9, "百分点", "growth", GJS, HV, category=HI)
DZ = ["电子及通信设备制造业增加值", "电子及通信设备制造业"]
R(d, "468.2亿元", "468.2亿元", V("468.2", "亿"), "元", "level", DZ, "", category=HI)
R(d, "增长15.4%", "15.4%", 15.4, "%", "growth", DZ, "", category=HI)
YL = ["医疗仪器设备及仪器仪表制造业增加值", "医疗仪器设备及仪器仪表制造业"]
R(d, "215.9亿元", "215.9亿元", V("215.9", "亿"), "元", "level", YL, "", category=HI)
R(d, "增长12.1%", "12.1%", 12.1, "%", "growth", YL, "", category=HI)
YY = ["医药制造业增加值", "医药制造业"]
R(d, "96.3亿元", "96.3亿元", V("96.3", "亿"), "元", "level", YY, "", category=HI)
R(d, "下降2.8%", "2.8%", -2.8, "%", "growth", YY, "", category=HI)
TZ = ["高技术产业投资"]
R(d, "投资增长24.5%", "24.5%", 24.5, "%", "growth", TZ, "hti_investment", category=[HI, IN])
R(
    d,
    "的8.7%",
    "8.7%",
    8.7,
    "%",
    "share",
    ["高技术产业投资占全市固定资产投资的比重"] + TZ,
    "hti_investment",
    category=[HI, IN],
)
YF = ["规模以上工业企业研发费用", "规上工业企业研发费用", "研发费用"]
R(d, "研发费用486.7亿元", "486.7亿元", V("486.7", "亿"), "元", "level", YF, "rd_spend_enterprise", category=RE)
R(d, "增长18.9%", "18.9%", 18.9, "%", "growth", YF, "rd_spend_enterprise", category=RE)
YH = ["有研发活动的企业", "有研发活动的规上工业企业"]
R(d, "企业4816家", "4816家", 4816, "家", "level", YH, "", category=[RE, EN])
R(d, "的41.2%", "41.2%", 41.2, "%", "share", ["有研发活动的企业占规上工业企业的比重"] + YH, "", category=[RE, EN])
GQ = ["有效期内高新技术企业", "高新技术企业"]
Y21 = ["2021", "2021-12"]
R(d, "企业7814家", "7814家", 7814, "家", "level", GQ, "hte_count", period=Y21, category=HT)
R(d, "第3位", "第3位", 3, "位", "rank", ["高新技术企业总量"] + GQ, "hte_count", period=Y21, category=HT)
NOT_INDICATORS["c01.txt"] = [
    *date_line("2022-06-28 10:15"),
    ("浏览次数:2036", "2036", "view counter"),
    ("统计分类(2021)", "2021", "edition year inside a document name"),
    ("国家统计局令第33号", "33", "document number"),
    ("注:1.", "1", "note number"),
    ("。2.高技术", "2", "note number"),
    ("分类(2017)", "2017", "edition year inside a document name"),
]

# ---------------------------------------------------------------- c02
# 县委书记's SPEECH at the 全县科技创新大会 (讲话摘要), full-width
# punctuation, published 2019-02-22. The county is named only in the 来源 line
# (齐河县人民政府办公室) and in `创新型齐河`; the speech says 全县. 2018
# results (一是…四是) partly in CHINESE NUMERALS (二十三家, 八十六家, 十九家,
# 一百二十七家, 两家, 三家); `全市` = 德州市 (`全市11个县（市、区）` is a 德州
# record); `是上年的1.6倍`; then 今年 (= 2019, from the date line) targets with
# no 力争 in their clauses: planned from `今年…的主要目标是`. `两点意见` is the
# speech's outline, no figure.
QH = ["齐河县", "齐河"]
d = doc(DOCS, "c02.txt", QH, "2018", RE)
RD = ["研究与试验发展（R&D）经费投入", "研究与试验发展（R&D）经费", "R&D经费投入", "R&D经费"]
R(d, "投入9.46亿元", "9.46亿元", V("9.46", "亿"), "元", "level", RD, "rd_spend")
R(d, "增长14.2%", "14.2%", 14.2, "%", "growth", RD, "rd_spend")
QD = ["R&D经费投入强度", "投入强度"]
R(d, "达到2.31%", "2.31%", 2.31, "%", "share", QD, "rd_intensity")
R(d, "0.18个百分点", "0.18个百分点", 0.18, "百分点", "growth", QD, "rd_intensity")
R(d, "0.42个百分点", "0.42个百分点", 0.42, "百分点", GL, QD, "rd_intensity")
R(
    d,
    "11个县",
    "11个",
    11,
    "个",
    "level",
    ["县（市、区）", "县(市、区)"],
    "",
    region=["德州市", "德州"],
    period=["2018", ""],
    category=OT,
)
R(d, "居第2位", "第2位", 2, "位", "rank", QD, "rd_intensity")
CZ = ["县财政科技支出", "财政科技支出"]
CZC = [FU, RE, OT]
R(d, "支出1.38亿元", "1.38亿元", V("1.38", "亿"), "元", "level", CZ, "fiscal_st_spend", category=CZC)
R(d, "增长21.6%", "21.6%", 21.6, "%", "growth", CZ, "fiscal_st_spend", category=CZC)
GQ2 = ["高新技术企业"]
Y18 = ["2018", "2018-12"]
R(d, "二十三家", "二十三家", 23, "家", "level", ["新认定高新技术企业"], "hte_new", category=HT)
R(d, "八十六家", "八十六家", 86, "家", "level", ["高新技术企业总数"] + GQ2, "hte_count", period=Y18, category=HT)
R(d, "十九家", "十九家", 19, "家", GL, ["净增高新技术企业"] + GQ2, ["hte_new", "hte_count"], category=HT)
R(
    d,
    "一百二十七家",
    "一百二十七家",
    127,
    "家",
    "level",
    ["科技型中小企业入库", "科技型中小企业"],
    "tsme_count",
    category=TS,
)
GC = ["高新技术产业产值占规模以上工业总产值的比重", "高新技术产业产值"]
R(d, "43.6%", "43.6%", 43.6, "%", "share", GC, "hti_output", category=HI)
R(d, "3.1个百分点", "3.1个百分点", 3.1, "百分点", "growth", GC, "hti_output", category=HI)
RIM = ["rd_institutions", ""]
R(d, "实验室1家", "1家", 1, "家", "level", ["新建省级重点实验室", "省级重点实验室"], RIM, category=RI)
R(d, "中心4家", "4家", 4, "家", "level", ["新建省级工程技术研究中心", "省级工程技术研究中心"], RIM, category=RI)
R(d, "达到96个", "96个", 96, "个", "level", ["市级以上研发平台"], "rd_institutions", period=Y18, category=RI)
R(d, "两家", "两家", 2, "家", "level", ["新引进新型研发机构", "新型研发机构"], RIM, category=RI)
R(d, "工作站三家", "三家", 3, "家", "level", ["建成院士工作站", "院士工作站"], "", category=[TA, RI])
R(d, "授权1064件", "1064件", 1064, "件", "level", ["专利授权"], "patent_grants", category=PT)
R(d, "授权87件", "87件", 87, "件", "level", ["发明专利授权"], "invention_patent_grants", category=PT)
R(
    d,
    "3.12件",
    "3.12件",
    3.12,
    "件",
    LS,
    ["每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=Y18,
    category=PT,
)
CJ = ["技术合同成交额"]
R(d, "5.8亿元", "5.8亿元", V("5.8", "亿"), "元", "level", CJ, "tech_contract_value", category=TM)
R(d, "1.6倍", "1.6倍", 1.6, "倍", MG, CJ, "tech_contract_value", category=TM)
R(
    d,
    "15%以上",
    "15%以上",
    15,
    "%",
    "growth",
    ["全社会研发投入", "研发投入"],
    "rd_spend",
    qualifier="at_least",
    planned=True,
    period="2019",
)
R(d, "达到2.5%", "2.5%", 2.5, "%", "share", QD, "rd_intensity", planned=True, period="2019")
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
    period="2019",
    category=HT,
)
R(
    d,
    "一百家",
    "一百家",
    100,
    "家",
    "level",
    ["高新技术企业总数"] + GQ2,
    "hte_count",
    qualifier=QM,
    planned=True,
    period=["2019", "2019-12"],
    category=HT,
)
R(
    d,
    "企业150家",
    "150家",
    150,
    "家",
    "level",
    ["科技型中小企业入库", "科技型中小企业"],
    "tsme_count",
    planned=True,
    period="2019",
    category=TS,
)
R(
    d,
    "平台10个",
    "10个",
    10,
    "个",
    "level",
    ["新建市级以上研发平台", "市级以上研发平台"],
    RIM,
    planned=True,
    period="2019",
    category=RI,
)
R(
    d,
    "5000万元",
    "5000万元",
    V("5000", "万"),
    "元",
    "level",
    ["科技创新专项资金", "县财政安排科技创新专项资金"],
    "",
    planned=PL,
    period="2019",
    category=FU,
)
R(
    d,
    "奖励20万元",
    "20万元",
    V("20", "万"),
    "元",
    "level",
    ["一次性奖励", "首次认定的高新技术企业一次性奖励"],
    "",
    planned=PL,
    period="2019",
    category=[FU, HT],
)
NOT_INDICATORS["c02.txt"] = [*date_line("2019-02-22 09:30")]

# ---------------------------------------------------------------- c03
# 鸠江区融媒体中心 NEWS STORY on 专精特新 梯度培育 (2025-07-18), half-width
# punctuation and ASCII quotes. `全区` = 鸠江区, `全市` = 芜湖市 (the share
# `占全市的27.6%` and the rank `均居全市第一` describe 鸠江区). The headline
# repeats `21家`. Stocks `截至6月底` (2025-06) against 上半年 flows
# (2025-01/2025-06): 新增 31, 扣除 3, 净增 28; one rank for two counts; a
# firm's quote `三成多`; the threshold `超过10亿元` (no record); `1-6月`;
# a reward rule; targets `到今年底` (2025); a phone number. No figure fits a
# measure: 专精特新, 瞪羚 and 独角兽 counts are enterprise categories of their
# own, and the 专精特新 firms' 研发投入 share is a part's.
JJ = ["鸠江区", "鸠江"]
H1 = "2025-01/2025-06"
S6 = ["2025-06", "2025"]
d = doc(DOCS, "c03.txt", JJ, S6, EN)
XJ = ['国家级专精特新"小巨人"企业', '国家级"小巨人"企业', '"小巨人"企业']
SJ = ["省级专精特新中小企业", "专精特新中小企业"]
R(d, "增至21家", "21家", 21, "家", "level", XJ, "")
R(
    d,
    "三成多",
    "三成多",
    30,
    "%",
    "growth",
    ["订单", "订单增长"],
    "",
    qualifier=QM,
    region=JJ + [""],
    period="2025",
    category=ENC,
)
R(d, '"小巨人"企业21家', "21家", 21, "家", "level", XJ, "")
R(d, "中小企业186家", "186家", 186, "家", "level", SJ, "")
R(d, "中小企业423家", "423家", 423, "家", "level", ["创新型中小企业"], "")
R(d, "的27.6%", "27.6%", 27.6, "%", "share", ['国家级"小巨人"企业数量占全市的比重', "国家级“小巨人”企业数量"] + XJ, "")
R(d, '"小巨人"企业3家', "3家", 3, "家", "level", ['新增国家级"小巨人"企业'] + XJ, "", period=H1)
R(d, "中小企业31家", "31家", 31, "家", "level", ["新增省级专精特新中小企业"] + SJ, "", period=H1)
R(d, "全市第一", "第一", 1, "位", "rank", ["新增数"] + XJ + SJ, "", period=H1)
R(d, "扣除3家", "3家", 3, "家", "level", ["复核未通过企业", "复核未通过的省级专精特新中小企业"], "", period=H1)
R(d, "净增28家", "28家", 28, "家", GL, ["净增省级专精特新中小企业"] + SJ, "", period=[H1, "2025-06"])
NOW = [H1, "2025-06", "2025-07", "2025"]
R(d, "瞪羚企业14家", "14家", 14, "家", "level", ["省级瞪羚企业", "瞪羚企业"], "", period=NOW)
R(d, "独角兽企业2家", "2家", 2, "家", "level", ["潜在独角兽企业", "独角兽企业"], "", period=NOW)
R(d, "有4家", "4家", 4, "家", "level", ["年营业收入超过10亿元的瞪羚企业", "瞪羚企业"], "", period=NOW)
YS = ["专精特新中小企业营业收入", "营业收入"]
R(d, "291.7亿元", "291.7亿元", V("291.7", "亿"), "元", "level", YS, "", period=H1, category=ENC)
R(d, "增长12.8%", "12.8%", 12.8, "%", "growth", YS, "", period=H1, category=ENC)
YT = ["研发投入占营业收入的比重", "研发投入"]
R(d, "达到4.6%", "4.6%", 4.6, "%", "share", YT, "", period=H1, category=[RE, EN])
R(d, "1.9个百分点", "1.9个百分点", 1.9, "百分点", GL, YT, "", period=H1, category=[RE, EN])
R(
    d,
    "11.3件",
    "11.3件",
    11.3,
    "件",
    LS,
    ["企业平均拥有有效发明专利", "平均拥有有效发明专利"],
    "",
    period=NOW,
    category=[PT, EN],
)
R(
    d,
    "奖励100万元",
    "100万元",
    V("100", "万"),
    "元",
    "level",
    ["一次性奖励"],
    "",
    planned=PL,
    period=["2025", None],
    category=FU,
)
R(d, "达到25家", "25家", 25, "家", "level", XJ, "", planned=True, period=["2025", "2025-12"])
R(d, "突破200家", "200家", 200, "家", "level", SJ, "", qualifier=QM, planned=True, period=["2025", "2025-12"])
NOT_INDICATORS["c03.txt"] = [
    *date_line("2025-07-18 08:52"),
    ("浏览次数:1296", "1296", "view counter"),
    ("截至6月底", "6", "time point"),
    ("超过10亿元", "10", "threshold defining a group"),
    ("1-6月", "1", "time range 1-6月"),
    ("1-6月", "6", "time range 1-6月"),
    ("0553-5841236", "0553", "phone number"),
    ("0553-5841236", "5841236", "phone number"),
]

# ---------------------------------------------------------------- c04
# 黄石市市场监督管理局（知识产权局） ANNUAL REPORT on the 专利转化运用专项行动
# (2024, published 2025-01-16), full-width punctuation, five numbered
# sections. 转让 / 许可 counts in 次, a university's own figures (region
# 黄石市 or empty), 质押融资 with counties (`居全市首位`, a 分别 pair), the
# 存量专利盘点 (`9所`, `盘点完成率100%`), `截至12月底` stocks, a rank of the
# per-10k ratio, 2025 targets in section 五 (`力争`).
HS = ["黄石市", "黄石"]
d = doc(DOCS, "c04.txt", HS, "2024", PT)
ZR = ["专利转让"]
PTM = [PT, TM]
R(d, "转让1286次", "1286次", 1286, "次", "level", ZR, "", category=PTM)
R(d, "增长23.7%", "23.7%", 23.7, "%", "growth", ZR, "", category=PTM)
R(d, "许可214次", "214次", 214, "次", "level", ["专利许可"], "", category=PTM)
R(d, "达成92次", "92次", 92, "次", "level", ["开放许可达成", "开放许可"], "", category=PTM)
LG = HS + [""]
R(
    d,
    "专利96件",
    "96件",
    96,
    "件",
    "level",
    ["湖北理工学院转让、许可专利", "转让、许可专利"],
    "",
    region=LG,
    category=PTM,
)
R(
    d,
    "1860万元",
    "1860万元",
    V("1860", "万"),
    "元",
    "level",
    ["合同金额", "湖北理工学院合同金额"],
    "",
    region=LG,
    category=PTM,
)
ZY = ["专利质押融资金额", "质押融资金额", "专利质押融资"]
PF = [PT, FU]
R(d, "18.62亿元", "18.62亿元", V("18.62", "亿"), "元", "level", ZY, "", category=PF)
R(d, "增长31.4%", "31.4%", 31.4, "%", "growth", ZY, "", category=PF)
R(d, "惠及企业163家", "163家", 163, "家", "level", ["惠及企业"], "", category=[PT, FU, EN])
R(d, "企业47家", "47家", 47, "家", "level", ["首次获得质押贷款的企业"], "", category=[PT, FU, EN])
ZY2 = ["质押融资", "专利质押融资金额", "质押融资金额"]
R(d, "7.35亿元", "7.35亿元", V("7.35", "亿"), "元", "level", ZY2, "", region="大冶市", category=PF)
R(d, "首位", "首位", 1, "位", "rank", ZY2, "", region="大冶市", category=PF)
R(d, "3.12亿元", "3.12亿元", V("3.12", "亿"), "元", "level", ZY2, "", region="阳新县", category=PF)
R(d, "2.46亿元", "2.46亿元", V("2.46", "亿"), "元", "level", ZY2, "", region="下陆区", category=PF)
R(d, "9所", "9所", 9, "所", "level", ["纳入盘点范围的高校和科研机构", "高校和科研机构"], "", category=[PT, OT])
PD = ["盘点存量专利", "存量专利"]
R(d, "3862件", "3862件", 3862, "件", "level", PD, "")
R(d, "100%", "100%", 100, "%", SL, ["盘点完成率"], "")
QZ = ["具有潜在市场价值的专利", "筛选出具有潜在市场价值的专利"]
R(d, "专利1125件", "1125件", 1125, "件", "level", QZ, "")
R(d, "29.1%", "29.1%", 29.1, "%", "share", ["具有潜在市场价值的专利占盘点总量的比重"] + QZ, "")
R(d, "812件", "812件", 812, "件", "level", ["向企业推送对接", "推送对接"], "", category=PTM)
YX = ["有效发明专利"]
Y24 = ["2024", "2024-12"]
R(d, "8936件", "8936件", 8936, "件", "level", YX, "invention_patents_held", period=Y24)
R(d, "增加1147件", "1147件", 1147, "件", GL, YX, "invention_patents_held")
R(d, "增长14.7%", "14.7%", 14.7, "%", "growth", YX, "invention_patents_held")
WR = ["每万人口发明专利拥有量"]
R(d, "36.2件", "36.2件", 36.2, "件", LS, WR, "invention_patents_per_10k", period=Y24)
R(d, "第4位", "第4位", 4, "位", "rank", WR, "invention_patents_per_10k", period=Y24)
R(d, "68件", "68件", 68, "件", "level", ["备案专利密集型产品", "专利密集型产品"], "", category=[PT, OT])
R(
    d,
    "1800次",
    "1800次",
    1800,
    "次",
    "level",
    ["专利转让许可次数", "专利转让许可"],
    "",
    qualifier=QM,
    planned=True,
    period="2025",
    category=PTM,
)
R(d, "达到22亿元", "22亿元", V("22", "亿"), "元", "level", ZY, "", planned=True, period="2025", category=PF)
R(
    d,
    "1000件以上",
    "1000件以上",
    1000,
    "件",
    "level",
    ["向企业推送对接存量专利", "推送对接存量专利"],
    "",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=PTM,
)
NOT_INDICATORS["c04.txt"] = [
    *date_line("2025-01-16 15:20"),
    ("浏览次数：574", "574", "view counter"),
    ("截至12月底", "12", "time point"),
    ("2025年1月15日", "1", "signature date"),
    ("2025年1月15日", "15", "signature date"),
]

# ---------------------------------------------------------------- c05
# 宁夏回族自治区第四次全国经济普查公报(第六号) on R&D (the census year 2018,
# published 2020-01-09), half-width punctuation. `全区` = 宁夏回族自治区.
# Comparisons with the previous census (2013): `比2013年增加26.4亿元`,
# `年均增长18.9%` (2014-2018), `比2013年提高0.42个百分点`; units and people
# (`2.08万人`, `1.12万人年`); performers that add up; the threshold
# `在10亿元以上` with a Chinese-numeral count (`两个市`); a combined share of two
# cities; `居全区首位` (石嘴山市, intensity). 表1: a plain-text table whose
# HEADER IS SPLIT OVER TWO LINES (the names, then the units `(亿元)` `(%)`
# `(%)`), one `全区` row repeating the prose and five city rows; city cells
# take the measure of the whole (each city's R&D经费 as in corpus A04).
NX = ["宁夏回族自治区", "宁夏"]
SPAN = ["2018", "2013/2018", "2014/2018"]
d = doc(DOCS, "c05.txt", NX, "2018", RE)
RD5 = ["R&D经费", "研究与试验发展(R&D)经费"]
R(d, "投入R&D经费45.6亿元", "45.6亿元", V("45.6", "亿"), "元", "level", RD5, "rd_spend")
R(d, "增加26.4亿元", "26.4亿元", V("26.4", "亿"), "元", GL, RD5, "rd_spend", period=SPAN)
R(d, "年均增长18.9%", "18.9%", 18.9, "%", "growth", RD5, "rd_spend", period=SPAN)
QD5 = ["R&D经费投入强度", "投入强度"]
QB5 = ["R&D经费与地区生产总值之比"] + QD5
R(d, "之比为1.23%", "1.23%", 1.23, "%", "share", QB5, "rd_intensity")
R(d, "0.42个百分点", "0.42个百分点", 0.42, "百分点", "growth", QB5, "rd_intensity", period=SPAN)
DW = ["有R&D活动的单位"]
R(d, "单位728个", "728个", 728, "个", "level", DW, "", category=[RE, OT])
R(d, "企业563个", "563个", 563, "个", "level", ["有R&D活动的企业"] + DW, "", category=[RE, EN])
R(
    d,
    "占77.3%",
    "77.3%",
    77.3,
    "%",
    "share",
    ["有R&D活动的企业占有R&D活动的单位的比重", "有R&D活动的企业"],
    "",
    category=[RE, EN],
)
RY = ["R&D人员"]
R(d, "2.08万人", "2.08万人", 20800, "人", "level", RY, "rd_personnel", category=[RE, TA])
R(
    d,
    "1.12万人年",
    "1.12万人年",
    11200,
    "人年",
    "level",
    ["R&D人员折合全时当量", "折合全时当量"],
    "rd_personnel",
    category=[RE, TA],
)
QY = ["企业R&D经费"]
R(d, "35.4亿元", "35.4亿元", V("35.4", "亿"), "元", "level", QY, "rd_spend_enterprise")
R(d, "的77.6%", "77.6%", 77.6, "%", "share", ["企业R&D经费占全区的比重"] + QY, "rd_spend_enterprise")
R(d, "机构5.3亿元", "5.3亿元", V("5.3", "亿"), "元", "level", ["研究与开发机构R&D经费", "研究与开发机构"], "")
R(d, "学校4.1亿元", "4.1亿元", V("4.1", "亿"), "元", "level", ["高等学校R&D经费", "高等学校"], "")
R(d, "单位0.8亿元", "0.8亿元", V("0.8", "亿"), "元", "level", ["其他单位R&D经费", "其他单位"], "")
R(d, "两个市", "两个", 2, "个", "level", ["R&D经费在10亿元以上的市"], "", category=[RE, OT])
R(
    d,
    "的82.7%",
    "82.7%",
    82.7,
    "%",
    "share",
    ["银川市和石嘴山市R&D经费合计占全区的比重", "二者合计占全区"] + RD5,
    "",
    region=["银川市", "石嘴山市"] + NX,
)
R(d, "首位", "首位", 1, "位", "rank", QD5, "rd_intensity", region="石嘴山市")
T5 = [
    ("全区", ["45.6", "18.9", "1.23"], NX),
    ("银川市", ["26.8", "17.6", "1.41"], "银川市"),
    ("石嘴山市", ["10.9", "22.4", "1.95"], "石嘴山市"),
    ("吴忠市", ["4.3", "19.8", "0.81"], "吴忠市"),
    ("固原市", ["1.2", "9.3", "0.39"], "固原市"),
    ("中卫市", ["2.4", "26.1", "0.59"], "中卫市"),
]
TABLES["c05.txt"] = dict(
    sep="  ",
    title="表1 2018年各市R&D经费情况",
    head=["地区  R&D经费  年均增长  投入强度", "      (亿元)    (%)      (%)"],
    rows=[(label, cells) for label, cells, _ in T5],
)
for label, (v, g, q), reg in T5:
    R(d, label, v, V(v, "亿"), "元", "level", RD5, "rd_spend", cell=0, scale="亿", region=reg)
    R(d, label, g, V(g), "%", "growth", ["R&D经费年均增长"] + RD5, "rd_spend", cell=1, region=reg, period=SPAN)
    R(d, label, q, V(q), "%", "share", QD5, "rd_intensity", cell=2, region=reg)
NOT_INDICATORS["c05.txt"] = [
    *date_line("2020-01-09 11:00"),
    ("浏览次数:3172", "3172", "view counter"),
    ("在10亿元以上", "10", "threshold defining a group"),
    ("表1 2018年", "1", "table number"),
    ("注:1.", "1", "note number"),
    ("为2014—2018年", "2014", "start year of the 2014—2018年 span"),
    ("。2.部分", "2", "note number"),
    ("2020年1月9日", "1", "signature date"),
    ("2020年1月9日", "9", "signature date"),
]

# ---------------------------------------------------------------- c06
# 包头稀土高新区科技局 PUBLIC NOTICE (公示) of the 2017年度 科技计划项目
# 拟立项 results (2017-05-12), full-width punctuation. The zone is the region
# (not an administrative unit: code ""). 拟 marks a proposal: records.md
# lists 拟 among the plan words, so every 拟立项 / 拟安排 / 拟资助 / 拟推荐
# figure is planned, and so are the projects' 计划总投资 and the 预计 sales;
# the application and review counts (受理, 通过形式审查) are facts. The cap
# `最高不超过200万元` is the rule of this batch (planned or not). Dates of the
# notice period, the rules' document number `〔2016〕21号`, the phone number
# and the room number `801室` are no figures.
BT = ["包头稀土高新区", "高新区", "包头稀土高新技术产业开发区"]
d = doc(DOCS, "c06.txt", BT, "2017", PJ)
LX = ["拟立项项目", "拟立项"]
R(d, "拟对62个", "62个", 62, "个", "level", LX, "", planned=True)
R(d, "申报186项", "186项", 186, "项", "level", ["受理科技计划项目申报", "受理项目申报"], "")
R(d, "增加34项", "34项", 34, "项", GL, ["受理科技计划项目申报", "受理项目申报"], "")
R(d, "审查171项", "171项", 171, "项", "level", ["通过形式审查", "通过形式审查的项目"], "")
R(d, "拟立项62项", "62项", 62, "项", "level", LX, "", planned=True)
R(d, "立项率为33.3%", "33.3%", 33.3, "%", SL, ["立项率"], "", planned=PL)
for anchor, fig, n, ind in [
    ("项目28项", "28项", 28, "稀土新材料及应用项目"),
    ("项目14项", "14项", 14, "装备制造项目"),
    ("项目11项", "11项", 11, "科技成果转化项目"),
    ("项目9项", "9项", 9, "创新平台建设项目"),
    ("承担54项", "54项", 54, "企业承担"),
    ("承担8项", "8项", 8, "高校和科研院所承担"),
]:
    R(d, anchor, fig, n, "项", "level", [ind, "拟立项" + ind], "", planned=True)
ZJ = [FU, PJ]
R(
    d,
    "2860万元",
    "2860万元",
    V("2860", "万"),
    "元",
    "level",
    ["拟安排高新区财政科技资金", "高新区财政科技资金", "财政科技资金"],
    "",
    planned=True,
    category=ZJ,
)
R(
    d,
    "46.1万元",
    "46.1万元",
    V("46.1", "万"),
    "元",
    "level",
    ["平均每项", "平均每项资助额度"],
    "",
    planned=True,
    category=ZJ,
)
R(
    d,
    "不超过200万元",
    "不超过200万元",
    V("200", "万"),
    "元",
    "level",
    ["单个项目资助额度", "单个项目资助额度最高"],
    "",
    qualifier="at_most",
    planned=PL,
    category=ZJ,
)
R(
    d,
    "1420万元",
    "1420万元",
    V("1420", "万"),
    "元",
    "level",
    ["稀土新材料及应用项目拟资助", "拟资助"],
    "",
    planned=True,
    category=ZJ,
)
R(
    d,
    "49.7%",
    "49.7%",
    49.7,
    "%",
    "share",
    ["稀土新材料及应用项目拟资助占资助总额的比重", "占资助总额"],
    "",
    planned=True,
    category=ZJ,
)
R(
    d,
    "12.6亿元",
    "12.6亿元",
    V("12.6", "亿"),
    "元",
    "level",
    ["拟立项项目计划总投资", "计划总投资"],
    "",
    planned=True,
    category=[PJ, IN],
)
R(
    d,
    "30亿元以上",
    "30亿元以上",
    V("30", "亿"),
    "元",
    "level",
    ["新增销售收入"],
    "",
    qualifier="at_least",
    planned=True,
    period=["2017", None],
    category=[PJ, "economy", OT],
)
R(
    d,
    "另有9个",
    "9个",
    9,
    "个",
    "level",
    ["拟推荐申报自治区科技重大专项的项目", "拟推荐申报自治区科技重大专项"],
    "",
    planned=True,
)
R(
    d,
    "1350万元",
    "1350万元",
    V("1350", "万"),
    "元",
    "level",
    ["申请自治区财政资助", "自治区财政资助"],
    "",
    planned=True,
    category=ZJ,
)
NOT_INDICATORS["c06.txt"] = [
    *date_line("2017-05-12 16:08"),
    ("浏览量：842", "842", "view counter"),
    ("〔2016〕21号", "2016", "document number"),
    ("〔2016〕21号", "21", "document number"),
    ("2017年5月12日至5月18日", "5", "notice period dates"),
    ("2017年5月12日至5月18日", "12", "notice period dates"),
    ("2017年5月12日至5月18日", "18", "notice period dates"),
    ("0472-5366128", "0472", "phone number"),
    ("0472-5366128", "5366128", "phone number"),
    ("大厦801室", "801", "room number"),
    ("科学技术局\n\n2017年5月12日", "5", "signature date"),
    ("科学技术局\n\n2017年5月12日", "12", "signature date"),
]


D = Decimal


# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 佛山市
    "c01_gdp21": D("12156.5"),  # 2021 地区生产总值, 亿元
    "c01_share20": D("9.4"),  # 2020 数字经济核心产业增加值占GDP, %
    "c01_ind21": D("9.2"),  # 2021 规上工业增加值增速, %
    "c01_ind_va21": D("5075.3"),  # 2021 规上工业增加值, 亿元
    "c01_hti_share20": D("30.7"),  # 2020 高技术制造业占规上工业, %
    "c01_firms21": 11689,  # 规上工业企业数
    # c02 齐河县, 2017 unless marked
    "c02_rd17": D("8.284"),  # R&D经费, 亿元
    "c02_int17": D("2.13"),  # 投入强度, %
    "c02_gdp18": D("409.5"),  # 2018 GDP, 亿元
    "c02_city_int18": D("1.89"),  # 德州市 2018 投入强度, %
    "c02_fis17": D("1.135"),  # 财政科技支出, 亿元
    "c02_hte17": 67,  # 高企总数
    "c02_hte_expired18": 4,  # 2018 到期未通过重新认定的高企
    "c02_hti17": D("40.5"),  # 高新技术产业产值占比, %
    "c02_tc17": D("3.6"),  # 技术合同成交额, 亿元
    # c03 鸠江区
    "c03_city_giants": 76,  # 芜湖市国家级"小巨人"企业
    "c03_prov_end24": 158,  # 2024年底省级专精特新中小企业
    "c03_rev_h1_24": D("258.6"),  # 2024年1-6月 营业收入, 亿元
    "c03_firm_rd_share": D("2.7"),  # 全区规上工业企业研发投入占营业收入, %
    # c04 黄石市
    "c04_transfer23": 1040,  # 2023 专利转让次数
    "c04_pledge23": D("14.17"),  # 2023 质押融资金额, 亿元
    "c04_pop": D("246.9"),  # 常住人口, 万人
    # c05 宁夏, 2013 (third economic census)
    "c05_rd13": D("19.2"),  # R&D经费, 亿元
    "c05_int13": D("0.81"),  # 投入强度, %
    "c05_gdp18": {
        "全区": D("3705.1"),
        "银川市": D("1901.5"),
        "石嘴山市": D("560.2"),
        "吴忠市": D("530.6"),
        "固原市": D("305.8"),
        "中卫市": D("407.0"),
    },
    # c06 包头稀土高新区
    "c06_apps16": 152,  # 2016年度 受理申报
}
P = PREV
T5R = {label: [D(c) for c in cells] for label, cells, _ in T5}
CITIES = [k for k in T5R if k != "全区"]

CONSISTENCY = [
    # c01
    (D("702.36") + D("281.40") + D("202.76"), D("1186.52")),
    (pct(D("1186.52"), P["c01_gdp21"]), D("9.8")),
    (D("9.8") - P["c01_share20"], D("0.4")),
    (pct(D("412.6") + D("385.3"), D("1186.52")), D("67.2")),
    (D("412.6") > D("385.3") and D("412.6") + D("385.3") < D("1186.52"), True),
    (D("10.7") - P["c01_ind21"], D("1.5")),
    (pct(D("1603.8"), P["c01_ind_va21"]), D("31.6")),
    (D("31.6") - P["c01_hti_share20"], D("0.9")),
    (D("468.2") + D("215.9") + D("96.3") < D("1603.8"), True),
    (pct(4816, P["c01_firms21"]), D("41.2")),
    # c02
    (growth(D("9.46"), P["c02_rd17"]), D("14.2")),
    (pct(D("9.46"), P["c02_gdp18"], 2), D("2.31")),
    (D("2.31") - P["c02_int17"], D("0.18")),
    (D("2.31") - P["c02_city_int18"], D("0.42")),
    (growth(D("1.38"), P["c02_fis17"]), D("21.6")),
    (P["c02_hte17"] + 23 - P["c02_hte_expired18"], 86),
    (86 - P["c02_hte17"], 19),
    (D("43.6") - P["c02_hti17"], D("3.1")),
    (1 + 4 <= 96 and 87 < 1064, True),
    (times(D("5.8"), P["c02_tc17"]), D("1.6")),
    (D("2.5") > D("2.31") and 100 > 86 and 150 > 127, True),
    # c03
    (pct(21, P["c03_city_giants"]), D("27.6")),
    (P["c03_prov_end24"] + 31 - 3, 186),
    (31 - 3, 28),
    (21 + 186 < 423 + 186 + 21, True),
    (4 <= 14, True),
    (growth(D("291.7"), P["c03_rev_h1_24"]), D("12.8")),
    (D("4.6") - P["c03_firm_rd_share"], D("1.9")),
    (25 > 21 and 200 > 186, True),
    # c04
    (growth(1286, P["c04_transfer23"]), D("23.7")),
    (92 <= 214, True),
    (growth(D("18.62"), P["c04_pledge23"]), D("31.4")),
    (47 <= 163, True),
    (D("7.35") + D("3.12") + D("2.46") < D("18.62") and D("7.35") > D("3.12") > D("2.46"), True),
    (pct(1125, 3862), D("29.1")),
    (812 <= 1125, True),
    (growth(8936, 8936 - 1147), D("14.7")),
    (rnd(D(8936) / P["c04_pop"]), D("36.2")),
    (1800 > 1286 + 214 and 22 > D("18.62") and 1000 > 812, True),
    # c05
    (cagr(D("45.6"), P["c05_rd13"], 5), D("18.9")),
    (D("45.6") - P["c05_rd13"], D("26.4")),
    (pct(D("45.6"), P["c05_gdp18"]["全区"], 2), D("1.23")),
    (D("1.23") - P["c05_int13"], D("0.42")),
    (pct(563, 728), D("77.3")),
    (D("1.12") < D("2.08"), True),
    (D("35.4") + D("5.3") + D("4.1") + D("0.8"), D("45.6")),
    (pct(D("35.4"), D("45.6")), D("77.6")),
    (sum(T5R[c][0] for c in CITIES), D("45.6")),
    (T5R["全区"], [D("45.6"), D("18.9"), D("1.23")]),
    ([c for c in CITIES if T5R[c][0] > 10], ["银川市", "石嘴山市"]),
    (pct(T5R["银川市"][0] + T5R["石嘴山市"][0], D("45.6")), D("82.7")),
    (max(CITIES, key=lambda c: T5R[c][2]), "石嘴山市"),
    (max(CITIES, key=lambda c: T5R[c][1]), "中卫市"),
    ([pct(T5R[c][0], P["c05_gdp18"][c], 2) for c in CITIES], [T5R[c][2] for c in CITIES]),
    (sum(P["c05_gdp18"][c] for c in CITIES), P["c05_gdp18"]["全区"]),
    # the cities' 2013 levels implied by their average growth add up to about the 2013 total
    (abs(sum(T5R[c][0] / (1 + T5R[c][1] / 100) ** 5 for c in CITIES) - P["c05_rd13"]) < D("0.1"), True),
    # c06
    (186 - P["c06_apps16"], 34),
    (171 <= 186 and 62 <= 171, True),
    (pct(62, 186), D("33.3")),
    (28 + 14 + 11 + 9, 62),
    (54 + 8, 62),
    (rnd(D(2860) / 62), D("46.1")),
    (pct(1420, 2860), D("49.7")),
    (D("46.1") < 200 and 1420 < 2860, True),
]


if __name__ == "__main__":
    write_gold(HERE, DOCS, TABLES, CODES, NOT_INDICATORS, YEAR, CONSISTENCY, written=written_scaled)
