#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports18 from hand annotations.

Same layout as tests/reports4-17. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of c03's pipe table (a 类别
cell, then four grade columns and a 合计 column, all counts in 家 as the
section heading `（单位：家）` says) are located by their row lead (the 类别
cell; exactly one line of the document starts with it) and the position of
the number after the lead. The script checks the table's title line, its
header line, the numbers of every row and the blank line after the last row.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, whitespace removed, Chinese numerals read with 点 and 万,
成 = 10 %, 首位 = 1, 万/亿 folded in, a range giving value and value_max)
equals |value| (and value_max), every Arabic number in every text is either
inside a record or listed in NOT_INDICATORS with its reason (so no figure is
forgotten), every field takes an allowed value, and the invented figures
agree with each other (parts add up, table rows and columns sum to their
合计, shares, growth rates, 百分点 changes and ranks match; see CONSISTENCY
at the end).
"""

import json
import pathlib
import re
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # (tests/gold_harness.py)
from gold_harness import CATS, KINDS, MEASURES, PERIOD, QUALS, V, as_list, build, growth, pct, rnd, written_value  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent

# GB/T 2260 codes of every region named in the gold (checked against
# adcodes.csv of PyPI cpca 0.5.5). A name not listed here is not an
# administrative unit and gets "".
CODES = {
    # c01 陕西 榆林市 (全省 = 陕西省)
    "榆林市": "610800",
    "榆林": "610800",
    "陕西省": "610000",
    "陕西": "610000",
    # c02 辽宁 阜新市
    "阜新市": "210900",
    "阜新": "210900",
    # c03 重庆市 (a municipality: 全市 is province level)
    "重庆市": "500000",
    "重庆": "500000",
    # c04 四川 广安市 岳池县
    "岳池县": "511621",
    "岳池": "511621",
    # c05 内蒙古 鄂尔多斯市 康巴什区 (全市 = 鄂尔多斯市)
    "康巴什区": "150603",
    "康巴什": "150603",
    "鄂尔多斯市": "150600",
    # c06 安徽 芜湖市
    "芜湖市": "340200",
    "芜湖": "340200",
}


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
PJ = "project"
EN = "enterprise"
IC = "incubator"
IV = "innovation_voucher"
OT = "other"
EC = ["economy", OT]
ENC = [EN, "economy", OT]  # counts of firms (规上工业企业, 大型企业 …)
SL = ["share", "level"]  # completion rates 完成目标的X% (reports7 x01, reports15 c01)
GL = ["growth", "level"]  # increase amounts, 高于/低于…个百分点 (corpus A02, reports3-17)
LS = ["level", "share"]  # per-10k ratios (corpus 01, A08)
QM = "more_than"  # 突破 / 超过 (corpus 09, A10)
QL = ["at_most", None]  # 不足 (reports6-7, reports15)
PL = [True, False]  # a decided amount announced for the future (reward standards)
RIS = ["rd_institutions", ""]

# ---------------------------------------------------------------- c01
# 榆林市统计局 statistical ANALYSIS ARTICLE on 规上工业企业研发活动 in 2021,
# with sections 一–四 and a closing paragraph. `全市` = 榆林市, `全省` = 陕西省
# (the province's average `(27.3%)` in brackets and the group count
# `全省10个设区市` are 陕西 records). SIZE CLASSES (大型 / 中型 / 小型和微型)
# with counts that add up (41 + 157 + 988 = 1186; 28 + 63 + 82 = 173), their
# shares and 个百分点 changes; 研发经费 with `下降0.03个百分点` (negative);
# two industries `分别为16.82亿元和9.37亿元`; `下降4.6%`; Chinese-numeral
# share `八成以上`; `不足10%`; a suggestion `力争到2025年…25%以上`.
YL = ["榆林市", "榆林"]
SX = ["陕西省", "陕西"]
d = doc("c01.txt", YL, "2021", [RE, EN, OT])
RDF = ["有研发活动的企业", "有研发活动的规模以上工业企业", "有研发活动的规上工业企业"]
RDS = [
    "有研发活动的企业占比",
    "有研发活动的企业占全部规上工业企业的比重",
    "有研发活动的企业占全部规上工业企业",
] + RDF
R(d, "工业企业1186家", "1186家", 1186, "家", "level", ["规模以上工业企业", "规模以上工业企业数"], "", category=ENC)
R(d, "的企业173家", "173家", 173, "家", "level", RDF, "")
R(d, "增加29家", "29家", 29, "家", GL, RDF, "")
R(d, "工业企业的14.6%", "14.6%", 14.6, "%", "share", RDS, "")
R(d, "提升2.1个百分点", "2.1个百分点", 2.1, "百分点", "growth", RDS, "")
R(d, "(27.3%)", "27.3%", 27.3, "%", "share", ["全省平均水平"] + RDS, "", region=SX)
R(d, "12.7个百分点", "12.7个百分点", 12.7, "百分点", GL, RDS, "")
R(d, "全省10个设区市", "10个", 10, "个", "level", ["设区市"], "", region=SX, period=["2021", ""], category=OT)
R(d, "居第8位", "第8位", 8, "位", "rank", RDS, "")
DX = ["大型企业", "大型规上工业企业"]
DXR = ["大型企业中有研发活动的企业", "有研发活动的大型企业", "有研发活动的"]
R(d, "大型企业41家", "41家", 41, "家", "level", DX, "", category=ENC)
R(d, "其中有研发活动的28家", "28家", 28, "家", "level", DXR, "")
R(d, "占比68.3%", "68.3%", 68.3, "%", "share", ["大型企业中有研发活动的企业占比", "占比"] + DXR, "")
ZX = ["中型企业", "中型规上工业企业"]
ZXR = ["中型企业中有研发活动的企业", "有研发活动的中型企业", "有研发活动的"]
ZXS = ["中型企业中有研发活动的企业占比", "占比"] + ZXR
R(d, "中型企业157家", "157家", 157, "家", "level", ZX, "", category=ENC)
R(d, "有研发活动的63家", "63家", 63, "家", "level", ZXR, "")
R(d, "占比40.1%", "40.1%", 40.1, "%", "share", ZXS, "")
R(d, "提高5.4个百分点", "5.4个百分点", 5.4, "百分点", "growth", ZXS, "")
XW = ["小型和微型企业", "小微企业", "小型和微型企业合计"]
XWR = ["小型和微型企业中有研发活动的企业", "有研发活动的小微企业", "有研发活动的"]
XWS = ["小型和微型企业中有研发活动的企业占比", "占比"] + XWR
R(d, "合计988家", "988家", 988, "家", "level", XW, "", category=ENC)
R(d, "仅82家", "82家", 82, "家", "level", XWR, "")
R(d, "占比8.3%", "8.3%", 8.3, "%", "share", XWS, "")
R(d, "提高1.2个百分点", "1.2个百分点", 1.2, "百分点", "growth", XWS, "")
R(
    d,
    "企业的86.5%",
    "86.5%",
    86.5,
    "%",
    "share",
    ["大中型企业研发经费占全部规上工业企业的比重", "大中型企业研发经费占比", "大中型企业研发经费"],
    ["", "rd_spend_enterprise"],
    category=RE,
)
JF = ["规上工业企业研发经费支出", "规上工业企业研发经费", "研发经费支出", "研发经费"]
R(d, "38.46亿元", "38.46亿元", V("38.46", "亿"), "元", "level", JF, "rd_spend_enterprise", category=RE)
R(d, "增长17.8%", "17.8%", 17.8, "%", "growth", JF, "rd_spend_enterprise", category=RE)
QD = ["研发经费与营业收入之比", "规上工业企业研发经费与营业收入之比", "投入强度"]
R(d, "之比为0.61%", "0.61%", 0.61, "%", "share", QD, "rd_intensity_enterprise", category=RE)
R(d, "下降0.03个百分点", "0.03个百分点", -0.03, "百分点", "growth", QD, "rd_intensity_enterprise", category=RE)
R(d, "16.82亿元", "16.82亿元", V("16.82", "亿"), "元", "level", ["煤炭开采和洗选业研发经费"], "", category=RE)
R(d, "9.37亿元", "9.37亿元", V("9.37", "亿"), "元", "level", ["化学原料和化学制品制造业研发经费"], "", category=RE)
R(
    d,
    "全市的68.1%",
    "68.1%",
    68.1,
    "%",
    "share",
    ["煤炭开采和洗选业、化学原料和化学制品制造业研发经费合计占全市的比重", "合计占全市", "两个行业研发经费占比"],
    "",
    category=RE,
)
NY = ["能源化工以外行业研发经费"]
R(d, "5.21亿元", "5.21亿元", V("5.21", "亿"), "元", "level", NY, "", category=RE)
R(d, "下降4.6%", "4.6%", -4.6, "%", "growth", NY, "", category=RE)
RY = ["规上工业企业研发人员", "研发人员"]
R(d, "6842人", "6842人", 6842, "人", "level", RY, ["rd_personnel", ""], category=[RE, TA])
R(d, "增长11.3%", "11.3%", 11.3, "%", "growth", RY, ["rd_personnel", ""], category=[RE, TA])
R(d, "研究人员2175人", "2175人", 2175, "人", "level", ["研究人员"], "", category=[RE, TA])
JG = ["企业办研发机构", "研发机构"]
R(d, "研发机构137个", "137个", 137, "个", "level", JG, RIS, category=RI)
R(d, "增加21个", "21个", 21, "个", GL, JG, RIS, category=RI)
R(
    d,
    "企业的9.8%",
    "9.8%",
    9.8,
    "%",
    "share",
    ["有研发机构的企业占比", "有研发机构的企业占全部规上工业企业的比重", "有研发机构的企业"],
    "",
    category=[RI, EN, OT],
)
R(
    d,
    "八成以上",
    "八成以上",
    80,
    "%",
    "share",
    ["没有开展研发活动的规上工业企业占比", "没有开展研发活动的规上工业企业"],
    "",
    qualifier="at_least",
)
R(
    d,
    "不足10%",
    "不足10%",
    10,
    "%",
    "share",
    ["小型和微型企业中开展研发活动的企业占比", "小型和微型企业中开展研发活动的"],
    "",
    qualifier=QL,
)
R(d, "25%以上", "25%以上", 25, "%", "share", RDS, "", qualifier="at_least", planned=True, period=["2025", "2022/2025"])
NOT_INDICATORS["c01.txt"] = [
    ("2021年榆林市规模以上", "2021", "title year"),
    ("2022-09-14 10:26", "2022", "date line"),
    ("2022-09-14 10:26", "09", "date line"),
    ("2022-09-14 10:26", "14", "date line"),
    ("2022-09-14 10:26", "10", "date line"),
    ("2022-09-14 10:26", "26", "date line"),
    ("浏览次数:673", "673", "view counter"),
    ("2021年,全市", "2021", "year"),
    ("到2025年", "2025", "target year"),
]

# ---------------------------------------------------------------- c02
# 阜新市科技局 MONTHLY 工作动态 (2019年5月份): six short NUMBERED ITEMS
# (`1.`–`6.` are list markers). Each item has its own time: `1-5月`
# cumulative flows, `5月份` / `本月` single-month figures (环比), `截至5月底`
# stocks, `今年以来` cumulative; a target in brackets `(6亿元)` and its
# 完成率; `力争年底突破110家`; `是去年同期的1.6倍`; two ranks in one
# sentence (数量 第6位, 增速 第2位); batch and year names (`2019年度第一批`,
# `第二批`) are no records; `约3200万元`, `1100余人次`; a plan amount
# `年度资金计划(500万元)`.
FX = ["阜新市", "阜新"]
M15 = "2019-01/2019-05"
M5 = "2019-05"
E5 = ["2019-05", M15]  # 截至5月底 stocks
d = doc("c02.txt", FX, M15, TM)
HT1 = ["登记技术合同", "技术合同"]
CJ = ["技术合同成交额", "成交额"]
R(d, "技术合同147项", "147项", 147, "项", "level", HT1, "tech_contract_count")
R(d, "成交额2.86亿元", "2.86亿元", V("2.86", "亿"), "元", "level", CJ, "tech_contract_value")
R(d, "增幅为21.4%", "21.4%", 21.4, "%", "growth", CJ, "tech_contract_value")
R(
    d,
    "(6亿元)",
    "6亿元",
    V("6", "亿"),
    "元",
    "level",
    ["全年目标", "技术合同成交额全年目标"] + CJ,
    "tech_contract_value",
    planned=True,
    period="2019",
)
R(d, "的47.7%", "47.7%", 47.7, "%", SL, ["完成全年目标", "全年目标完成率", "完成率"], ["", "tech_contract_value"])
R(d, "技术合同38项", "38项", 38, "项", "level", HT1, "tech_contract_count", period=M5)
R(d, "成交额7150万元", "7150万元", V("7150", "万"), "元", "level", CJ, "tech_contract_value", period=M5)
R(d, "环比增长12.6%", "12.6%", 12.6, "%", "growth", CJ, "tech_contract_value", period=M5)
PY = ["入库培育高新技术企业", "高新技术企业培育库", "培育高新技术企业"]
R(d, "高新技术企业68家", "68家", 68, "家", "level", PY, "", period=E5, category=HT)
SB = ["完成第一批认定申报的企业", "完成认定申报", "认定申报"]
R(d, "已有23家", "23家", 23, "家", "level", SB, "", period=E5, category=HT)
R(d, "多9家", "9家", 9, "家", GL, ["申报数量"] + SB, "", period=E5, category=HT)
YX = ["有效期内高新技术企业", "高新技术企业"]
R(d, "现有91家", "91家", 91, "家", "level", YX, "hte_count", period=E5, category=HT)
R(
    d,
    "突破110家",
    "110家",
    110,
    "家",
    "level",
    YX,
    "hte_count",
    qualifier=QM,
    planned=True,
    period=["2019", "2019-12"],
    category=HT,
)
KX = ["通过科技型中小企业评价入库的企业", "科技型中小企业评价入库", "科技型中小企业"]
R(d, "已有104家", "104家", 104, "家", "level", KX, "tsme_count", category=TS)
R(
    d,
    "1.6倍",
    "1.6倍",
    1.6,
    "倍",
    ["growth", "level", "share"],
    ["科技型中小企业入库数量为去年同期的倍数"] + KX,
    "tsme_count",
    category=TS,
)
R(d, "全省第6位", "第6位", 6, "位", "rank", ["入库数量", "科技型中小企业入库数量"] + KX, "tsme_count", category=TS)
R(
    d,
    "全省第2位",
    "第2位",
    2,
    "位",
    "rank",
    ["入库增速", "增速", "科技型中小企业入库增速"] + KX,
    "tsme_count",
    category=TS,
)
XM = ["申报省科技计划项目", "省科技计划项目"]
R(d, "项目56项", "56项", 56, "项", "level", XM, "", period=M5, category=PJ)
R(d, "增加14项", "14项", 14, "项", GL, XM, "", period=M5, category=PJ)
R(
    d,
    "约3200万元",
    "约3200万元",
    V("3200", "万"),
    "元",
    "level",
    ["申请省级资金", "省级资金"],
    "",
    qualifier="about",
    period=M5,
    category=[PJ, FU],
)
M5T = M5  # 本月 = 2019年5月
R(d, "特派员42名", "42名", 42, "名", "level", ["选派科技特派员", "科技特派员"], "", period=M5T, category=TA)
R(d, "等7个县区", "7个", 7, "个", "level", ["县区", "服务县区"], "", period=M5T, category=[TA, OT])
R(d, "36个村", "36个", 36, "个", "level", ["村", "开展技术服务的村"], "", period=M5T, category=[TA, OT])
R(d, "培训班18期", "18期", 18, "期", "level", ["举办培训班", "培训班"], "", period=M5T, category=[TA, OT])
R(
    d,
    "1100余人次",
    "1100余人次",
    1100,
    "人次",
    "level",
    ["培训农民"],
    "",
    qualifier="more_than",
    period=M5T,
    category=[TA, OT],
)
R(
    d,
    "新技术23项",
    "23项",
    23,
    "项",
    "level",
    ["推广新品种、新技术", "推广新品种新技术"],
    "",
    period=M5T,
    category=[TA, OT],
)
DX2 = ["兑现科技创新券资金", "科技创新券兑现", "兑现创新券资金"]
R(d, "资金85.6万元", "85.6万元", V("85.6", "万"), "元", "level", DX2, "voucher_used", period=M5, category=IV)
R(d, "涉及企业19家", "19家", 19, "家", "level", ["涉及企业", "兑现企业"], "", period=M5, category=[IV, EN])
R(
    d,
    "最高兑现10万元",
    "10万元",
    V("10", "万"),
    "元",
    "level",
    ["单家企业最高兑现", "最高兑现"],
    "",
    qualifier=[None, "at_most"],
    period=M5,
    category=IV,
)
R(
    d,
    "资金213.4万元",
    "213.4万元",
    V("213.4", "万"),
    "元",
    "level",
    ["累计兑现创新券资金"] + DX2,
    "voucher_used",
    category=IV,
)
R(
    d,
    "(500万元)",
    "500万元",
    V("500", "万"),
    "元",
    "level",
    ["年度资金计划", "创新券年度资金计划"],
    ["", "voucher_issued", "voucher_used"],
    planned=True,
    period="2019",
    category=[IV, FU],
)
R(
    d,
    "的42.7%",
    "42.7%",
    42.7,
    "%",
    SL,
    ["累计兑现资金占年度资金计划的比重", "占年度资金计划"] + DX2,
    ["voucher_used", ""],
    category=IV,
)
NOT_INDICATORS["c02.txt"] = [
    ("阜新市科技局2019年5月份", "2019", "title year"),
    ("阜新市科技局2019年5月份", "5", "title month"),
    ("2019-06-03 08:52", "2019", "date line"),
    ("2019-06-03 08:52", "06", "date line"),
    ("2019-06-03 08:52", "03", "date line"),
    ("2019-06-03 08:52", "08", "date line"),
    ("2019-06-03 08:52", "52", "date line"),
    ("浏览次数:205", "205", "view counter"),
    ("1.技术合同", "1", "item number"),
    ("1-5月,全市共", "1", "time range 1-5月"),
    ("1-5月,全市共", "5", "time range 1-5月"),
    ("其中5月份", "5", "month"),
    ("2.高新", "2", "item number"),
    ("截至5月底", "5", "time point"),
    ("2019年度第一批", "2019", "year inside a batch name"),
    ("3.科技型", "3", "item number"),
    ("1-5月,全市已有", "1", "time range 1-5月"),
    ("1-5月,全市已有", "5", "time range 1-5月"),
    ("4.组织", "4", "item number"),
    ("5月份,我局组织", "5", "month"),
    ("申报2019年度", "2019", "year inside a programme name"),
    ("5.科技特派员", "5", "item number"),
    ("6.科技创新券", "6", "item number"),
    ("5月份,我局对", "5", "month"),
]

# ---------------------------------------------------------------- c03
# 重庆市科学技术局 NOTICE of the 2020年度 孵化器 / 众创空间 PERFORMANCE-
# EVALUATION RESULTS, in FULL-WIDTH punctuation (：，；（）), published
# 2021-06-18 and signed 2021年6月17日. 重庆 is a municipality: `全市` is the
# province-level unit (code 500000). Counts per GRADE (优秀 / 良好 / 合格 /
# 不合格, grade names are not figures) in prose and in a PIPE TABLE of carrier
# type × grade with a 合计 column and a 合计 row (the unit 家 only in the
# section heading `（单位：家）`); the 市级众创空间 row has two equal cells
# (`48 | 48`). `比上年减少8家` (negative change); `约14.6亿元`; a reward
# `每家30万元` × 49 = `1470万元`; `连续两年` is no record.
CQ = ["重庆市", "重庆"]
d = doc("c03.txt", CQ, "2020", IC)
ZT = ["参加绩效评价的孵化载体", "孵化载体", "参加绩效评价"]
R(d, "共有268家", "268家", 268, "家", "level", ZT, "")
R(
    d,
    "孵化器97家",
    "97家",
    97,
    "家",
    "level",
    ["参加绩效评价的科技企业孵化器", "科技企业孵化器"],
    ["incubators", ""],
)
R(d, "众创空间171家", "171家", 171, "家", "level", ["参加绩效评价的众创空间", "众创空间"], ["maker_spaces", ""])
YOU = ["评价结果为优秀的孵化载体", "评价结果为优秀", "优秀"]
R(d, "优秀的49家", "49家", 49, "家", "level", YOU, "")
R(d, "占18.3%", "18.3%", 18.3, "%", "share", ["优秀占比", "评价结果为优秀的孵化载体占比"] + YOU, "")
R(d, "良好的102家", "102家", 102, "家", "level", ["评价结果为良好的孵化载体", "良好"], "")
R(d, "合格的94家", "94家", 94, "家", "level", ["评价结果为合格的孵化载体", "合格"], "")
BHG = ["评价结果为不合格的孵化载体", "不合格"]
R(d, "不合格的23家", "23家", 23, "家", "level", BHG, "")
R(d, "减少8家", "8家", -8, "家", "growth", BHG, "")
ZF = ["在孵企业", "孵化载体在孵企业"]
R(d, "达到6830家", "6830家", 6830, "家", "level", ZF, "", period=["2020", "2020-12"], category=[IC, EN])
R(d, "增长9.4%", "9.4%", 9.4, "%", "growth", ZF, "", period=["2020", "2020-12"], category=[IC, EN])
R(
    d,
    "约14.6亿元",
    "约14.6亿元",
    V("14.6", "亿"),
    "元",
    "level",
    ["在孵企业当年获得投融资", "获得投融资"],
    "",
    qualifier="about",
    category=[IC, FU, "investment", OT],
)
T3_TITLE = "二、评价结果分布（单位：家）"
T3_COLS = ["优秀", "良好", "合格", "不合格", "合计"]
# (row label, cells, measure of its 合计 cell)
T3 = [
    ("国家级科技企业孵化器", ["9", "8", "4", "0", "21"], ["incubators", ""]),
    ("市级科技企业孵化器", ["14", "27", "28", "7", "76"], ["incubators", ""]),
    ("国家备案众创空间", ["11", "19", "14", "2", "46"], ["maker_spaces", ""]),
    ("市级众创空间", ["15", "48", "48", "14", "125"], ["maker_spaces", ""]),
    ("合计", ["49", "102", "94", "23", "268"], ""),
]
TABLES["c03.txt"] = dict(
    sep=" ",
    title=T3_TITLE,
    head=["", "| 类别 | " + " | ".join(T3_COLS) + " |"],
    rows=[(f"| {label} |", cells) for label, cells, _ in T3],
)
for label, cells, m_total in T3:
    lead = f"| {label} |"
    for k, (col, cell) in enumerate(zip(T3_COLS, cells)):
        if label == "合计" and col == "合计":
            ind = ZT
        elif label == "合计":
            ind = [f"评价结果为{col}的孵化载体", col]
        elif col == "合计":
            ind = [f"参加绩效评价的{label}", label]
        else:
            ind = [f"{label}评价结果为{col}", f"{label}{col}", col]
        R(d, lead, cell, int(cell), "家", "level", ind, m_total if col == "合计" else "", cell=k)
JL = ["绩效奖励", "每家绩效奖励", "绩效奖励标准"]
R(d, "每家30万元", "30万元", V("30", "万"), "元", "level", JL, "", planned=PL, category=[IC, FU])
R(
    d,
    "合计1470万元",
    "1470万元",
    V("1470", "万"),
    "元",
    "level",
    ["奖励资金合计", "奖励资金", "绩效奖励资金"],
    "",
    planned=PL,
    category=[IC, FU],
)
R(
    d,
    "不合格的6家",
    "6家",
    6,
    "家",
    "level",
    ["连续两年评价不合格的孵化载体", "连续两年不合格"],
    "",
    period=["2020", "2019/2020"],
)
NOT_INDICATORS["c03.txt"] = [
    ("关于2020年度科技企业", "2020", "title year (evaluation year)"),
    ("2021-06-18 15:42", "2021", "date line"),
    ("2021-06-18 15:42", "06", "date line"),
    ("2021-06-18 15:42", "18", "date line"),
    ("2021-06-18 15:42", "15", "date line"),
    ("2021-06-18 15:42", "42", "date line"),
    ("浏览次数：1348", "1348", "view counter"),
    ("开展了2020年度", "2020", "evaluation year"),
    ("2021年6月17日", "2021", "signature date"),
    ("2021年6月17日", "6", "signature date"),
    ("2021年6月17日", "17", "signature date"),
]

# ---------------------------------------------------------------- c04
# 岳池县 YEARBOOK ENTRY (《岳池年鉴（2014）》, section 科学技术, on the 地方志
# site), in FULL-WIDTH punctuation and telegraphic 【】 sub-entries; the
# year 2013 is given once, in 【概况】, and governs the whole entry. The
# bureau's own counts (股室, 事业单位, 在编职工); 上级 projects and money;
# 高企, 高新技术产业产值 and its share; R&D and its intensity; projects by
# level; 科技成果 and 技术合同 (`较上年增加270万元`); patents with
# `分别增长38.8%、24.4%`; `万人发明专利拥有量`; 科技特派员 entirely in
# CHINESE NUMERALS (`五十六名`, `一百二十余个`, `一点二万人次`); 科普 with
# `约15万人次`, `3200余人`. `广安市科技进步二等奖` is a name, no record.
YC = ["岳池县", "岳池"]
YE13 = ["2013", "2013-12"]
d = doc("c04.txt", YC, "2013", OT)
R(d, "股室3个", "3个", 3, "个", "level", ["县科技局内设股室", "内设股室"], "")
R(d, "事业单位1个", "1个", 1, "个", "level", ["下属事业单位"], "")
R(d, "职工14人", "14人", 14, "人", "level", ["在编职工"], "", category=[OT, TA])
SJ = ["争取上级科技项目", "上级科技项目"]
SJZ = ["争取上级科技项目资金", "争取上级资金", "资金"]
R(d, "项目21项", "21项", 21, "项", "level", SJ, "", category=PJ)
R(d, "资金786万元", "786万元", V("786", "万"), "元", "level", SJZ, "", category=[PJ, FU])
R(d, "增长23.4%", "23.4%", 23.4, "%", "growth", SJZ, "", category=[PJ, FU])
R(d, "高新技术企业4家", "4家", 4, "家", "level", ["高新技术企业"], "hte_count", period=YE13, category=HT)
GC = ["高新技术产业产值"]
R(d, "18.7亿元", "18.7亿元", V("18.7", "亿"), "元", "level", GC, "hti_output", category=HI)
R(d, "增长31.2%", "31.2%", 31.2, "%", "growth", GC, "hti_output", category=HI)
R(
    d,
    "总产值的14.6%",
    "14.6%",
    14.6,
    "%",
    "share",
    ["高新技术产业产值占规模以上工业总产值的比重", "占规模以上工业总产值"] + GC,
    "hti_output",
    category=HI,
)
RD = ["研究与试验发展（R&D）经费支出", "研究与试验发展(R&D)经费支出", "R&D经费支出", "研究与试验发展经费支出"]
R(d, "0.96亿元", "0.96亿元", V("0.96", "亿"), "元", "level", RD, "rd_spend", category=RE)
R(
    d,
    "0.52%",
    "0.52%",
    0.52,
    "%",
    "share",
    ["R&D经费支出占地区生产总值的比重", "占地区生产总值"] + RD,
    "rd_intensity",
    category=RE,
)
R(d, "星火计划项目2项", "2项", 2, "项", "level", ["国家级星火计划项目"], "", category=PJ)
R(d, "支撑计划项目6项", "6项", 6, "项", "level", ["省级科技支撑计划项目"], "", category=PJ)
R(d, "计划项目13项", "13项", 13, "项", "level", ["市级科技计划项目"], "", category=PJ)
R(d, "科技成果8项", "8项", 8, "项", "level", ["登记科技成果", "科技成果"], "", category=[TM, OT])
R(d, "农业类5项", "5项", 5, "项", "level", ["农业类科技成果", "农业类"], "", category=[TM, OT])
HT4 = ["签订技术合同", "技术合同"]
HTE = ["技术合同成交额", "合同成交额"]
R(d, "合同11份", "11份", 11, "份", "level", HT4, "tech_contract_count", category=TM)
R(d, "620万元", "620万元", V("620", "万"), "元", "level", HTE, "tech_contract_value", category=TM)
R(d, "增加270万元", "270万元", V("270", "万"), "元", GL, HTE, "tech_contract_value", category=TM)
R(
    d,
    "等7所",
    "7所",
    7,
    "所",
    "level",
    ["建立产学研合作关系的高校院所", "高校院所"],
    "",
    period=["2013", ""],
    category=[TM, OT],
)
SQ = ["专利申请", "专利申请量"]
SQ2 = ["专利授权", "专利授权量"]
R(d, "申请186件", "186件", 186, "件", "level", SQ, "patent_applications", category=PT)
R(d, "授权97件", "97件", 97, "件", "level", SQ2, "patent_grants", category=PT)
R(d, "38.8%", "38.8%", 38.8, "%", "growth", SQ, "patent_applications", category=PT)
R(d, "24.4%", "24.4%", 24.4, "%", "growth", SQ2, "patent_grants", category=PT)
R(
    d,
    "申请23件",
    "23件",
    23,
    "件",
    "level",
    ["发明专利申请", "发明专利申请量"],
    "invention_patent_applications",
    category=PT,
)
R(
    d,
    "0.19件",
    "0.19件",
    0.19,
    "件",
    LS,
    ["万人发明专利拥有量", "每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=YE13,
    category=PT,
)
TP = [TA, OT]
R(d, "五十六名", "五十六名", 56, "名", "level", ["选派科技特派员", "科技特派员"], "", category=TA)
R(d, "四十三个", "四十三个", 43, "个", "level", ["联系乡镇", "乡镇"], "", category=TP)
R(d, "十二个", "十二个", 12, "个", "level", ["建立科技示范基地", "科技示范基地"], "", category=TP)
R(d, "一百二十余个", "一百二十余个", 120, "个", "level", ["引进新品种", "新品种"], "", qualifier=QM, category=TP)
R(d, "九十八期", "九十八期", 98, "期", "level", ["举办培训班", "培训班"], "", category=TP)
R(d, "一点二万人次", "一点二万人次", 12000, "人次", "level", ["培训农民"], "", category=TP)
R(d, "4.8万份", "4.8万份", 48000, "份", "level", ["发放资料", "科普资料"], "")
R(d, "约15万人次", "约15万人次", 150000, "人次", "level", ["受益群众"], "", qualifier="about")
R(d, "协会31个", "31个", 31, "个", "level", ["农村专业技术协会"], "", period=YE13)
R(d, "3200余人", "3200余人", 3200, "人", "level", ["会员", "农村专业技术协会会员"], "", qualifier=QM, period=YE13)
NOT_INDICATORS["c04.txt"] = [
    ("岳池年鉴（2014）", "2014", "yearbook edition year (in its name)"),
    ("2016-03-22", "2016", "date line"),
    ("2016-03-22", "03", "date line"),
    ("2016-03-22", "22", "date line"),
    ("浏览次数：86", "86", "view counter"),
    ("2013年，县科技局", "2013", "year"),
]

# ---------------------------------------------------------------- c05
# 康巴什区 (鄂尔多斯) 2023 TALENT-WORK SUMMARY by the 区委组织部(人才办):
# 引进 counts against a target `(1500名)` and `124.2%`, 博士 / 硕士 parts and
# their share with 个百分点; a `截至年底` stock in 万人; 院士(专家)工作站 (新建
# 2, 累计 9, `总数居全市首位`, 全市 = 鄂尔多斯市, the rank is 康巴什区's); a
# park whose name contains the city (`鄂尔多斯市人才创新创业园`: its figures
# are the district's, the city is accepted too); `860余套`, `210余名`;
# 2024 targets with 以上 and a range `1-2家`. `自治区“草原英才”` is a name.
KBS = ["康巴什区", "康巴什"]
YE23 = ["2023", "2023-12"]
d = doc("c05.txt", KBS, "2023", TA)
YJ = ["新引进各类人才", "引进各类人才", "引进人才"]
R(d, "人才1863名", "1863名", 1863, "名", "level", YJ, "")
R(d, "(1500名)", "1500名", 1500, "名", "level", ["年度目标任务"] + YJ, "", planned=True)
R(d, "124.2%", "124.2%", 124.2, "%", SL, ["完成年度目标任务", "年度目标任务完成率"], "")
R(d, "博士研究生47名", "47名", 47, "名", "level", ["博士研究生", "引进博士研究生"], "")
R(d, "硕士研究生612名", "612名", 612, "名", "level", ["硕士研究生", "引进硕士研究生"], "")
SS = ["硕士以上学历人才占比", "硕士以上学历人才"]
R(d, "占比35.4%", "35.4%", 35.4, "%", "share", SS, "")
R(d, "4.2个百分点", "4.2个百分点", 4.2, "百分点", "growth", SS, "")
ZL = ["人才资源总量"]
R(d, "4.62万人", "4.62万人", 46200, "人", "level", ZL, "", period=YE23)
R(d, "增长9.7%", "9.7%", 9.7, "%", "growth", ZL, "", period=YE23)
R(d, "院士3名", "3名", 3, "名", "level", ["柔性引进院士", "院士"], "")
R(d, "领军人才11名", "11名", 11, "名", "level", ["柔性引进国家级领军人才", "国家级领军人才"], "")
YS = ["院士(专家)工作站", "院士（专家）工作站", "院士专家工作站"]
R(d, "新建院士(专家)工作站2家", "2家", 2, "家", "level", ["新建院士(专家)工作站"] + YS, "", category=[TA, RI])
R(d, "达到9家", "9家", 9, "家", "level", ["院士(专家)工作站累计"] + YS, "", period=YE23, category=[TA, RI])
R(d, "首位", "首位", 1, "位", "rank", ["院士(专家)工作站总数"] + YS, "", period=YE23, category=[TA, RI])
CY = ["入选自治区“草原英才”工程人才(团队)", "草原英才工程人才(团队)", "“草原英才”工程人才(团队)"]
R(d, "(团队)14个", "14个", 14, "个", "level", CY, "")
R(d, "增加5个", "5个", 5, "个", GL, CY, "")
R(d, "基地23个", "23个", 23, "个", "level", ["人才创新创业基地"], "", period=YE23, category=[TA, IC, OT])
BH = ["博士后科研工作站(创新实践基地)", "博士后科研工作站"]
R(d, "基地)6个", "6个", 6, "个", "level", BH, "", period=YE23, category=[TA, RI])
R(d, "新增3个", "3个", 3, "个", "level", ["新增博士后科研工作站(创新实践基地)"] + BH, "", category=[TA, RI])
YQ = KBS + ["鄂尔多斯市"]
YY = ["鄂尔多斯市人才创新创业园入驻企业", "人才创新创业园入驻企业", "入驻企业"]
R(d, "入驻企业127家", "127家", 127, "家", "level", YY, "", region=YQ, period=YE23, category=[EN, IC, TA])
R(d, "就业2460人", "2460人", 2460, "人", "level", ["吸纳就业"], "", region=YQ, period=YE23, category=[EN, TA, OT])
JB = ["人才奖补资金", "发放人才奖补资金"]
R(d, "2386万元", "2386万元", V("2386", "万"), "元", "level", JB, "", category=[TA, FU])
R(d, "增长18.6%", "18.6%", 18.6, "%", "growth", JB, "", category=[TA, FU])
R(d, "1142人次", "1142人次", 1142, "人次", "level", ["惠及各类人才", "惠及人才"], "", category=[TA, FU])
R(d, "860余套", "860余套", 860, "套", "level", ["筹集人才公寓", "人才公寓"], "", qualifier=QM, category=[TA, OT])
R(
    d,
    "210余名",
    "210余名",
    210,
    "名",
    "level",
    ["解决子女入学、配偶就业等问题的高层次人才", "高层次人才"],
    "",
    qualifier=QM,
    period=["2023", ""],
)
R(d, "活动16场", "16场", 16, "场", "level", ["“校园引才”活动", "校园引才活动"], "", category=[TA, OT])
R(d, "高校42所", "42所", 42, "所", "level", ["走进区外高校", "区外高校"], "", category=[TA, OT])
R(d, "2000名以上", "2000名以上", 2000, "名", "level", YJ, "", qualifier="at_least", planned=True, period="2024")
R(
    d,
    "20名以上",
    "20名以上",
    20,
    "名",
    "level",
    ["新增博士", "博士"],
    "",
    qualifier="at_least",
    planned=True,
    period="2024",
)
R(
    d,
    "工作站1-2家",
    "1-2家",
    1,
    "家",
    "level",
    ["新建院士(专家)工作站"] + YS,
    "",
    value_max=2,
    planned=True,
    period="2024",
    category=[TA, RI],
)
NOT_INDICATORS["c05.txt"] = [
    ("康巴什区2023年人才工作总结", "2023", "title year"),
    ("2024-01-12 16:08", "2024", "date line"),
    ("2024-01-12 16:08", "01", "date line"),
    ("2024-01-12 16:08", "12", "date line"),
    ("2024-01-12 16:08", "16", "date line"),
    ("2024-01-12 16:08", "08", "date line"),
    ("2023年,康巴什区", "2023", "year"),
    ("四、2024年", "2024", "plan year (heading)"),
]

# ---------------------------------------------------------------- c06
# 芜湖日报 story on the 芜湖科技大市场 (a TECHNOLOGY MARKETPLACE, an
# organisation whose name contains the city): `1-8月` CUMULATIVE figures, the
# single month `8月份` with 环比 and `同比下降5.1%`, `截至8月底` platform
# stocks. The headline's `突破30亿元` is a record of its own (more_than).
# Target `(40亿元)` and its completion rate; contract types `分别为…和…`;
# `增长近1倍`; seller and buyer shares; `超过600家次`; `3150余项`; the city's
# rank `全市技术合同成交额增速居全省第二位` (全市 = 芜湖市; 合肥市 has no
# figure); full-year targets `力争…突破45亿元,同比增长30%以上`.
WH = ["芜湖市", "芜湖"]
WHM = WH + [""]  # the marketplace's own figures: its city, or unknown
M18 = "2017-01/2017-08"
M8 = "2017-08"
E8 = ["2017-08", M18]
d = doc("c06.txt", WHM, M18, TM)
JY = ["技术交易额", "芜湖科技大市场技术交易额"]
JYS = ["促成技术交易", "技术交易"]
TV = ["tech_contract_value", ""]
TC = ["tech_contract_count", ""]
R(d, "突破30亿元", "30亿元", V("30", "亿"), "元", "level", JY, TV, qualifier=QM)
R(d, "技术交易1263项", "1263项", 1263, "项", "level", JYS, TC)
R(d, "30.84亿元", "30.84亿元", V("30.84", "亿"), "元", "level", JY, TV)
R(d, "增长36.2%", "36.2%", 36.2, "%", "growth", JY, TV)
R(d, "(40亿元)", "40亿元", V("40", "亿"), "元", "level", ["全年目标"] + JY, TV, planned=True, period="2017")
R(d, "77.1%", "77.1%", 77.1, "%", SL, ["完成全年目标", "全年目标完成率"], ["", "tech_contract_value"])
R(d, "交易172项", "172项", 172, "项", "level", JYS, TC, period=M8)
R(d, "4.37亿元", "4.37亿元", V("4.37", "亿"), "元", "level", ["交易额"] + JY, TV, period=M8)
R(d, "环比增长8.4%", "8.4%", 8.4, "%", "growth", ["交易额"] + JY, TV, period=M8)
R(d, "下降5.1%", "5.1%", -5.1, "%", "growth", ["交易额"] + JY, TV, period=M8)
R(d, "14.26亿元", "14.26亿元", V("14.26", "亿"), "元", "level", ["技术开发合同成交额", "技术开发合同"], "")
R(d, "11.53亿元", "11.53亿元", V("11.53", "亿"), "元", "level", ["技术服务合同成交额", "技术服务合同"], "")
R(
    d,
    "83.6%",
    "83.6%",
    83.6,
    "%",
    "share",
    ["技术开发和技术服务合同成交额占交易总额的比重", "两者合计占交易总额", "占交易总额"],
    "",
)
ZR = ["技术转让合同成交额", "技术转让合同"]
R(d, "3.91亿元", "3.91亿元", V("3.91", "亿"), "元", "level", ZR, "")
R(d, "近1倍", "近1倍", 1, "倍", "growth", ZR, "", qualifier="nearly")
GX = ["本地高校院所输出技术合同成交额", "高校院所输出技术合同成交额"]
GXS = ["本地高校院所输出技术合同成交额占比", "占比"] + GX
R(d, "6.72亿元", "6.72亿元", V("6.72", "亿"), "元", "level", GX, "")
R(d, "占比21.8%", "21.8%", 21.8, "%", "share", GXS, "")
R(d, "3.5个百分点", "3.5个百分点", 3.5, "百分点", "growth", GXS, "")
XN = ["市内企业吸纳技术交易额", "吸纳技术交易额", "企业吸纳技术交易额"]
R(d, "19.45亿元", "19.45亿元", V("19.45", "亿"), "元", "level", XN, ["tech_contract_value_absorbed", ""])
R(
    d,
    "占63.1%",
    "63.1%",
    63.1,
    "%",
    "share",
    ["市内企业吸纳技术交易额占比"] + XN,
    ["tech_contract_value_absorbed", ""],
)
R(d, "12.08亿元", "12.08亿元", V("12.08", "亿"), "元", "level", ["规上工业企业吸纳技术交易额", "规上工业企业吸纳"], "")
R(
    d,
    "2416家",
    "2416家",
    2416,
    "家",
    "level",
    ["线上平台累计注册会员单位", "注册会员单位"],
    "",
    period=E8,
    category=[TM, EN],
)
R(d, "837项", "837项", 837, "项", "level", ["发布技术需求", "技术需求"], "", period=E8)
R(d, "3150余项", "3150余项", 3150, "项", "level", ["征集科技成果", "科技成果"], "", qualifier=QM, period=E8)
JG6 = ["进驻技术转移服务机构", "技术转移服务机构"]
R(d, "机构46家", "46家", 46, "家", "level", JG6, "", period=E8, category=[TM, OT])
R(d, "增加9家", "9家", 9, "家", GL, JG6, "", period=E8, category=[TM, OT])
R(d, "活动41场", "41场", 41, "场", "level", ["举办成果对接会、路演等活动", "成果对接会、路演等活动"], "")
R(
    d,
    "超过600家次",
    "超过600家次",
    600,
    "家次",
    "level",
    ["参与企业"],
    "",
    qualifier=QM,
    category=[TM, EN],
)
R(
    d,
    "第二位",
    "第二位",
    2,
    "位",
    "rank",
    ["全市技术合同成交额增速", "技术合同成交额增速", "技术合同成交额"],
    "tech_contract_value",
    region=WH,
    period=[M18, "2017"],
)
R(d, "突破45亿元", "45亿元", V("45", "亿"), "元", "level", JY, TV, qualifier=QM, planned=True, period="2017")
R(
    d,
    "30%以上",
    "30%以上",
    30,
    "%",
    "growth",
    JY,
    TV,
    qualifier="at_least",
    planned=True,
    period="2017",
)
NOT_INDICATORS["c06.txt"] = [
    ("芜湖科技大市场1-8月", "1", "title range 1-8月"),
    ("芜湖科技大市场1-8月", "8", "title range 1-8月"),
    ("2017-09-11 09:35", "2017", "date line"),
    ("2017-09-11 09:35", "09", "date line"),
    ("2017-09-11 09:35", "11", "date line"),
    ("2017-09-11 09:35", "35", "date line"),
    ("浏览次数:1027", "1027", "view counter"),
    ("今年1-8月", "1", "time range 1-8月"),
    ("今年1-8月", "8", "time range 1-8月"),
    ("其中8月份", "8", "month"),
    ("1-8月成交额", "1", "time range 1-8月"),
    ("1-8月成交额", "8", "time range 1-8月"),
    ("截至8月底", "8", "time point"),
    ("1-8月共举办", "1", "time range 1-8月"),
    ("1-8月共举办", "8", "time range 1-8月"),
]

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "点万]+")


def cn_number(t):
    """a Chinese numeral (五十六, 一百二十, 一点二万, 八) as a Decimal"""
    big = 1
    if t.endswith("万"):
        t, big = t[:-1], 10**4
    whole, _, frac = t.partition("点")
    total, digit = 0, None
    for c in whole:
        if c in CN_DIGIT:
            digit = CN_DIGIT[c]
        elif c in CN_UNIT:
            total += (1 if digit is None else digit) * CN_UNIT[c]
            digit = None
        else:
            raise ValueError(t)
    n = Decimal(total + (digit or 0))
    if frac:
        n += Decimal("0." + "".join(str(CN_DIGIT[c]) for c in frac))
    return n * big


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
    if not all(c == "" or c in CODES.values() for c in as_list(rec["region_code"])):
        bad.append("region_code not in CODES")
    if "rank" in as_list(rec["kind"]) and rec["unit"] != "位":
        bad.append("rank unit")
    if rec["unit"] == "百分点" and "growth" not in as_list(rec["kind"]):
        bad.append("百分点 kind")
    if "个百分点" in rec["text"] and rec["unit"] != "百分点":
        bad.append("个百分点 unit")
    if not isinstance(rec["value"], (int, float)):
        bad.append("value")
    if isinstance(rec["value"], (int, float)) and rec["value"] < 0 and "growth" not in as_list(rec["kind"]):
        bad.append("negative value kind")
    if rec["value_max"] is not None and not rec["value_max"] > rec["value"]:
        bad.append("value_max")
    if bad:
        sys.exit(f"{where}: bad {', '.join(bad)}")


D = Decimal

# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 榆林市, 2020 unless marked
    "c01_firms20": 1152,  # 规上工业企业
    "c01_rdfirms20": 144,  # 有研发活动的企业 (173 - 29)
    "c01_mid_share20": D("34.7"),  # 中型企业 有研发活动占比, %
    "c01_small_share20": D("7.1"),  # 小微企业, %
    "c01_rd20": D("32.65"),  # 研发经费, 亿元
    "c01_rev21": D("6305"),  # 营业收入, 亿元
    "c01_ratio20": D("0.64"),  # 研发经费与营业收入之比, %
    "c01_big_mid_rd21": D("33.27"),  # 大中型企业研发经费, 亿元
    "c01_other_rd20": D("5.46"),  # 能源化工以外行业, 亿元
    "c01_staff20": 6147,  # 研发人员
    "c01_firms_with_inst21": 116,  # 有研发机构的企业
    # c02 阜新市
    "c02_tv18": D("2.356"),  # 1-5月 成交额, 亿元
    "c02_apr19": D("6350"),  # 4月 成交额, 万元
    "c02_tsme18": 65,  # 去年同期 入库
    "c02_apply18": 14,  # 去年同期 认定申报
    # c03 重庆市
    "c03_fail19": 31,  # 上年 不合格
    "c03_inc19": 6243,  # 上年 在孵企业
    # c04 岳池县, 2012 unless marked
    "c04_fund12": 637,  # 万元
    "c04_hti12": D("14.25"),  # 亿元
    "c04_ind13": D("128.1"),  # 规上工业总产值, 亿元
    "c04_gdp13": D("184.6"),  # 地区生产总值, 亿元
    "c04_tc12": 350,  # 技术合同成交额, 万元
    "c04_app12": 134,
    "c04_grant12": 78,
    "c04_inv_held13": 22,  # 有效发明专利
    "c04_pop13": D("118"),  # 万人
    # c05 康巴什区
    "c05_master_share22": D("31.2"),
    "c05_pool22": D("4.21"),  # 人才资源总量, 万人
    "c05_fund22": 2012,  # 人才奖补资金, 万元
    # c06 芜湖 (科技大市场)
    "c06_tv16": D("22.64"),  # 1-8月, 亿元
    "c06_jul17": D("4.03"),  # 7月, 亿元
    "c06_aug16": D("4.605"),  # 2016年8月, 亿元
    "c06_transfer16": D("1.98"),  # 技术转让 1-8月, 亿元
    "c06_univ_share16": D("18.3"),  # %
    "c06_full16": D("34.5"),  # 2016 全年, 亿元
}
P = PREV
T3R = {label: [int(c) for c in cells] for label, cells, _ in T3}

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (41 + 157 + 988, 1186),
    (28 + 63 + 82, 173),
    (173 - 29, P["c01_rdfirms20"]),
    (pct(173, 1186), D("14.6")),
    (pct(173, 1186) - pct(P["c01_rdfirms20"], P["c01_firms20"]), D("2.1")),
    (D("27.3") - D("14.6"), D("12.7")),
    (pct(28, 41), D("68.3")),
    (pct(63, 157), D("40.1")),
    (pct(63, 157) - P["c01_mid_share20"], D("5.4")),
    (pct(82, 988), D("8.3")),
    (pct(82, 988) - P["c01_small_share20"], D("1.2")),
    (pct(P["c01_big_mid_rd21"], D("38.46")), D("86.5")),
    (growth(D("38.46"), P["c01_rd20"]), D("17.8")),
    (pct(D("38.46"), P["c01_rev21"], 2), D("0.61")),
    (D("0.61") - P["c01_ratio20"], D("-0.03")),
    (pct(D("16.82") + D("9.37"), D("38.46")), D("68.1")),
    (D("16.82") + D("9.37") + D("5.21") < D("38.46"), True),
    (growth(D("5.21"), P["c01_other_rd20"]), D("-4.6")),
    (growth(6842, P["c01_staff20"]), D("11.3")),
    (2175 < 6842, True),
    (pct(P["c01_firms_with_inst21"], 1186), D("9.8")),
    (P["c01_firms_with_inst21"] <= 137, True),
    (100 - D("14.6") >= 80, True),  # 八成以上 without R&D
    (D("8.3") < 10, True),  # 不足10%
    (D("25") > D("14.6"), True),
    # c02
    (growth(D("2.86"), P["c02_tv18"]), D("21.4")),
    (pct(D("2.86"), 6), D("47.7")),
    (growth(7150, P["c02_apr19"]), D("12.6")),
    (D("0.715") < D("2.86") and 38 < 147, True),
    (23 - P["c02_apply18"], 9),
    (23 <= 68 and 110 > 91, True),
    (rnd(D(104) / P["c02_tsme18"]), D("1.6")),
    (56 - 14 > 0, True),
    (42 >= 7 and 36 >= 7, True),
    (D("85.6") <= D("213.4") and 10 * 19 >= D("85.6"), True),
    (pct(D("213.4"), 500), D("42.7")),
    # c03: the table adds up by row and by column, and matches the prose
    *[(sum(T3R[label][:4]), T3R[label][4]) for label in T3R],
    *[(sum(T3R[label][k] for label in T3R if label != "合计"), T3R["合计"][k]) for k in range(5)],
    (T3R["国家级科技企业孵化器"][4] + T3R["市级科技企业孵化器"][4], 97),
    (T3R["国家备案众创空间"][4] + T3R["市级众创空间"][4], 171),
    (T3R["合计"], [49, 102, 94, 23, 268]),
    (pct(49, 268), D("18.3")),
    (23 - P["c03_fail19"], -8),
    (growth(6830, P["c03_inc19"]), D("9.4")),
    (30 * 49, 1470),
    (6 <= 23, True),
    # c04
    (growth(786, P["c04_fund12"]), D("23.4")),
    (growth(D("18.7"), P["c04_hti12"]), D("31.2")),
    (pct(D("18.7"), P["c04_ind13"]), D("14.6")),
    (pct(D("0.96"), P["c04_gdp13"], 2), D("0.52")),
    (5 <= 8, True),
    (620 - P["c04_tc12"], 270),
    (growth(186, P["c04_app12"]), D("38.8")),
    (growth(97, P["c04_grant12"]), D("24.4")),
    (23 <= 186, True),
    (rnd(P["c04_inv_held13"] / P["c04_pop13"], 2), D("0.19")),
    (43 >= 12, True),
    # c05
    (pct(1863, 1500), D("124.2")),
    (pct(47 + 612, 1863), D("35.4")),
    (D("35.4") - P["c05_master_share22"], D("4.2")),
    (growth(D("4.62"), P["c05_pool22"]), D("9.7")),
    (1863 < 46200, True),
    (2 <= 9, True),
    (3 <= 6, True),
    (growth(2386, P["c05_fund22"]), D("18.6")),
    (2000 > 1863 and 20 < 47, True),
    # c06
    (D("30.84") > 30, True),  # 突破30亿元
    (growth(D("30.84"), P["c06_tv16"]), D("36.2")),
    (pct(D("30.84"), 40), D("77.1")),
    (growth(D("4.37"), P["c06_jul17"]), D("8.4")),
    (growth(D("4.37"), P["c06_aug16"]), D("-5.1")),
    (pct(D("14.26") + D("11.53"), D("30.84")), D("83.6")),
    (D("14.26") + D("11.53") + D("3.91") < D("30.84"), True),
    (rnd(D("3.91") / P["c06_transfer16"] - 1, 2) >= D("0.95"), True),  # 增长近1倍
    (D("3.91") / P["c06_transfer16"] - 1 < 1, True),
    (pct(D("6.72"), D("30.84")), D("21.8")),
    (pct(D("6.72"), D("30.84")) - P["c06_univ_share16"], D("3.5")),
    (pct(D("19.45"), D("30.84")), D("63.1")),
    (D("12.08") < D("19.45"), True),
    (9 <= 46, True),
    (D("45") > D("40"), True),
    (growth(45, P["c06_full16"]) >= 30, True),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build(HERE, DOCS, TABLES, CODES, lambda r: written_value(r, cn_number, CN_RUN), validate, uncovered):
        print(json.dumps(g, ensure_ascii=False))
