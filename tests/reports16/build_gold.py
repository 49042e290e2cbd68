#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports16 from hand annotations.

Same layout as tests/reports4-13. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of c06's pipe table (a 序号
column, then the county, then three numbers; the 合计 row has an empty
county cell) are located by their row lead (exactly one line of the document
starts with it) and the position of the number after the lead; the script
checks the table's title line, its header lines, the numbers of every row and
the blank line after the last row.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, traditional 萬/億 read as 万/亿, whitespace and PDF line breaks
removed, Chinese numerals read, 成 = 10 %, 首位 = 1, 万/亿/万亿 folded in, a
table cell scaled by its column's unit) equals |value|, every Arabic number
in every text is either inside a record or listed in NOT_INDICATORS with its
reason (so no figure is forgotten), every field takes an allowed value, and
the invented figures agree with each other (parts add up, shares, growth
rates, intensities and ranks match; see CONSISTENCY at the end).
"""

import json
import pathlib
import re
import sys
import unicodedata
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "": towns, the 经开区 and its
# 科创中心, 中西部地区).
CODES = {
    # c01 内蒙古 兴安盟 扎赉特旗
    "扎赉特旗": "152223",
    # c02 全国 and six provinces (traditional and simplified names)
    "全國": "100000",
    "全国": "100000",
    "北京": "110000",
    "北京市": "110000",
    "廣東": "440000",
    "廣東省": "440000",
    "广东": "440000",
    "广东省": "440000",
    "江蘇": "320000",
    "江蘇省": "320000",
    "江苏": "320000",
    "江苏省": "320000",
    "安徽": "340000",
    "安徽省": "340000",
    "湖北": "420000",
    "湖北省": "420000",
    "四川": "510000",
    "四川省": "510000",
    # c03 湖北 咸宁市 and four of its units
    "咸宁市": "421200",
    "咸宁": "421200",
    "赤壁市": "421281",
    "咸安区": "421202",
    "嘉鱼县": "421221",
    "通山县": "421224",
    # c04 广东 云浮市 郁南县 (towns have no code)
    "郁南县": "445322",
    "郁南": "445322",
    # c05 陕西 渭南经济技术开发区: a zone, no code
    # c06 辽宁 葫芦岛市 and its six units
    "葫芦岛市": "211400",
    "葫芦岛": "211400",
    "连山区": "211402",
    "龙港区": "211403",
    "南票区": "211404",
    "兴城市": "211481",
    "绥中县": "211421",
    "建昌县": "211422",
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
IN = "incubator"
TA = "talent"
PJ = "project"
EN = "enterprise"
EC = ["economy", "other"]
OT = "other"
SL = ["share", "level"]  # rates such as 完成率, 毛入园率 (corpus 27, reports3-13)
GL = ["growth", "level"]  # increase amounts, 高于…个百分点 (corpus 03, 14, 22; reports3-13)
LS = ["level", "share"]  # per-10k ratios (corpus 01, A08, 28)
QM = "more_than"  # 突破, left out of text (corpus 09, A06, A10)
QR = [None, "at_most"]  # 前三 (corpus 05, C06)
HN = ["hte_new", "hte_count"]  # 净增 / 增加 of the stock (reports4-13)
RIS = ["rd_institutions", ""]  # 研发平台 / 研发中心 counts
FS = [FU, RE, OT]  # 财政科学技术支出 (corpus 03)
PL = [True, False]  # an estimate in a quote (corpus B06 `保证…60 斤`)

# ---------------------------------------------------------------- c01
# Page of the 扎赉特旗 (兴安盟, 内蒙古) 2023 统计公报: breadcrumb, the title
# with `(八)`, a date/source/view-count line (936 is no record), then the
# S&T content SPLIT OVER TWO HEADINGS `十一、科学技术` and `十二、专利`, and
# the start of `十三、教育`. 全旗 = 扎赉特旗. 全年 flows (period 2023) beside
# 年末 stocks (2023 or 2023-12); 盟级以上 counts; 专利申请 `下降3.6%`
# (negative); 授权 split into 发明 / 实用新型 / 外观设计 that add up;
# `比上年末增加0.31件` of a per-10k ratio; education counts and rates.
ZL = "扎赉特旗"
d = doc("c01.txt", ZL, "2023", RE)
YE = ["2023", "2023-12"]
CZ = ["财政科学技术支出", "财政科技支出"]
R(d, "支出3862万元", "3862万元", V("3862", "万"), "元", "level", CZ, "fiscal_st_spend", category=FS)
R(d, "增长14.7%", "14.7%", 14.7, "%", "growth", CZ, "fiscal_st_spend", category=FS)
R(
    d,
    "支出的0.92%",
    "0.92%",
    0.92,
    "%",
    "share",
    ["财政科学技术支出占一般公共预算支出的比重", "占一般公共预算支出"] + CZ,
    "fiscal_st_spend",
    category=FS,
)
RD1 = ["全社会研发经费投入", "研发经费投入", "研发经费"]
R(d, "投入1.06亿元", "1.06亿元", V("1.06", "亿"), "元", "level", RD1, "rd_spend")
R(d, "增长9.3%", "9.3%", 9.3, "%", "growth", RD1, "rd_spend")
RI1 = ["研发经费投入强度", "投入强度"]
R(d, "强度为0.60%", "0.60%", 0.6, "%", "share", RI1, "rd_intensity")
R(d, "0.03个百分点", "0.03个百分点", 0.03, "百分点", "growth", RI1, "rd_intensity")
HTE1 = ["有效期内高新技术企业", "高新技术企业"]
R(d, "高新技术企业14家", "14家", 14, "家", "level", HTE1, "hte_count", period=YE, category=HT)
R(d, "增加3家", "3家", 3, "家", GL, HTE1, HN, period=YE, category=HT)
R(d, "新认定5家", "5家", 5, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
KZ1 = ["入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业23家", "23家", 23, "家", "level", KZ1, "tsme_count", category=TS)
R(d, "增长27.8%", "27.8%", 27.8, "%", "growth", KZ1, "tsme_count", category=TS)
R(d, "研发中心7个", "7个", 7, "个", "level", ["自治区级企业研发中心", "企业研发中心"], RIS, period=YE, category=RI)
R(
    d,
    "研究中心2个",
    "2个",
    2,
    "个",
    "level",
    ["自治区级工程技术研究中心", "工程技术研究中心"],
    "rd_institutions",
    period=YE,
    category=RI,
)
R(
    d,
    "工作站9个",
    "9个",
    9,
    "个",
    "level",
    ["盟级以上科技特派员工作站", "科技特派员工作站"],
    "",
    period=YE,
    category=[TA, RI],
)
R(d, "项目19项", "19项", 19, "项", "level", ["盟级以上科技计划项目", "科技计划项目"], "", category=PJ)
R(
    d,
    "资金1640万元",
    "1640万元",
    V("1640", "万"),
    "元",
    "level",
    ["争取上级科技资金", "上级科技资金"],
    "",
    category=[FU, PJ],
)
R(d, "特派员112名", "112名", 112, "名", "level", ["选派科技特派员", "科技特派员"], "", category=TA)
R(
    d,
    "4300余户",
    "4300余户",
    4300,
    "户",
    "level",
    ["服务农牧户", "农牧户"],
    "",
    qualifier="more_than",
    category=[TA, OT],
)
R(d, "新技术46项", "46项", 46, "项", "level", ["推广新品种新技术", "新品种新技术"], "", category=[TA, OT])
TC1 = ["登记技术合同", "技术合同"]
TV1 = ["技术合同成交金额", "成交金额"]
R(d, "技术合同27项", "27项", 27, "项", "level", TC1, "tech_contract_count", category=TM)
R(d, "金额3850万元", "3850万元", V("3850", "万"), "元", "level", TV1, "tech_contract_value", category=TM)
R(d, "增长41.2%", "41.2%", 41.2, "%", "growth", TV1, "tech_contract_value", category=TM)
SQ = ["专利申请", "受理专利申请", "专利申请量"]
R(d, "申请264件", "264件", 264, "件", "level", SQ, "patent_applications", category=PT)
R(d, "下降3.6%", "3.6%", -3.6, "%", "growth", SQ, "patent_applications", category=PT)
SQ2 = ["专利授权", "获得专利授权", "专利授权量"]
R(d, "授权186件", "186件", 186, "件", "level", SQ2, "patent_grants", category=PT)
R(d, "增长8.1%", "8.1%", 8.1, "%", "growth", SQ2, "patent_grants", category=PT)
R(d, "发明专利9件", "9件", 9, "件", "level", ["发明专利授权", "发明专利"], "invention_patent_grants", category=PT)
R(d, "实用新型专利148件", "148件", 148, "件", "level", ["实用新型专利授权", "实用新型专利"], "", category=PT)
R(d, "外观设计专利29件", "29件", 29, "件", "level", ["外观设计专利授权", "外观设计专利"], "", category=PT)
R(d, "发明专利47件", "47件", 47, "件", "level", ["有效发明专利"], "invention_patents_held", period=YE, category=PT)
PER = ["每万人口发明专利拥有量"]
R(d, "拥有量1.62件", "1.62件", 1.62, "件", LS, PER, "invention_patents_per_10k", period=YE, category=PT)
R(d, "增加0.31件", "0.31件", 0.31, "件", GL, PER, "invention_patents_per_10k", period=YE, category=PT)
R(d, "商标4126件", "4126件", 4126, "件", "level", ["有效注册商标"], "", period=YE, category=PT)
R(d, "商标6件", "6件", 6, "件", "level", ["地理标志证明商标"], "", period=YE, category=PT)
R(d, "学校68所", "68所", 68, "所", "level", ["各级各类学校", "学校"], "", period=YE, category=OT)
R(d, "3.12万人", "3.12万人", 31200, "人", "level", ["在校学生"], "", period=YE, category=OT)
R(d, "2846人", "2846人", 2846, "人", "level", ["专任教师"], "", period=YE, category=OT)
R(d, "入园率为91.4%", "91.4%", 91.4, "%", SL, ["学前三年毛入园率"], "", category=OT)
R(d, "巩固率为98.2%", "98.2%", 98.2, "%", SL, ["九年义务教育巩固率"], "", category=OT)
NOT_INDICATORS["c01.txt"] = [
    ("2023年扎赉特旗", "2023", "title year"),
    ("2024-04-19 10:26", "2024", "date line"),
    ("2024-04-19 10:26", "04", "date line"),
    ("2024-04-19 10:26", "19", "date line"),
    ("2024-04-19 10:26", "10", "date line"),
    ("2024-04-19 10:26", "26", "date line"),
    ("浏览次数:936", "936", "view counter"),
]

# ---------------------------------------------------------------- c02
# 新华社 item on the 2024 national technology market, stored from a big5
# mirror in (mainland) TRADITIONAL characters (萬億元, 萬項, 個百分點, 佔,
# 增長, 為). A headline repeating two body figures; `分別增長14.6%和11.2%`;
# four contract types (`居四類合同之首` is no record, as corpus 05's 居首);
# performers; provinces in a list with their amounts (`位居前三`); a count
# of provinces above a threshold (`超過3000億元` is no record) and its change;
# 中西部地區 (a group, no code) with a gap in 個百分點 and a share; three
# provinces' growth rates with `居中西部前三位`; 廣東 吸納 with `首位`; a 2025
# target after 力爭…突破.
S2T = str.maketrans(
    "万与业东个为争于产亿从体关内别务区华卖占发咨国场实对将巩广开强总撑晓术机来构济点现电类纳经统继续编网苏获计让记设询负责转辑输达过进连长页项额",
    "萬與業東個為爭於產億從體關內別務區華賣佔發諮國場實對將鞏廣開強總撐曉術機來構濟點現電類納經統繼續編網蘇獲計讓記設詢負責轉輯輸達過進連長頁項額",
)


def TR(*names):
    """indicator names in the text's traditional form, then in simplified"""
    return [n.translate(S2T) for n in names] + list(names)


QG = ["全國", "全国"]
d = doc("c02.txt", QG, "2024", TM)
BJ = ["北京", "北京市"]
GD = ["廣東", "廣東省", "广东", "广东省"]
JS = ["江蘇", "江蘇省", "江苏", "江苏省"]
AH = ["安徽", "安徽省"]
HB = ["湖北", "湖北省"]
SC = ["四川", "四川省"]
ZX = ["中西部地區", "中西部地区"]
TC2 = TR("登记技术合同", "技术合同")
TV2 = TR("技术合同成交额", "成交额")
R(d, "達6.84萬億元", "6.84萬億元", V("6.84", "万亿"), "元", "level", TV2, "tech_contract_value")
R(d, "同比增長11.2%", "11.2%", 11.2, "%", "growth", TV2, "tech_contract_value")
R(d, "78.4萬項", "78.4萬項", 784000, "项", "level", TC2, "tech_contract_count")
R(d, "成交額6.84萬億元,比上年", "6.84萬億元", V("6.84", "万亿"), "元", "level", TV2, "tech_contract_value")
R(d, "增長14.6%", "14.6%", 14.6, "%", "growth", TC2, "tech_contract_count")
R(d, "和11.2%", "11.2%", 11.2, "%", "growth", TV2, "tech_contract_value")
R(
    d,
    "之比為5.07%",
    "5.07%",
    5.07,
    "%",
    "share",
    TR("技术合同成交额与国内生产总值之比", "与国内生产总值之比"),
    ["", "tech_contract_value"],
)
FW = TR("技术服务合同成交额", "技术服务合同")
R(d, "成交額3.48萬億元", "3.48萬億元", V("3.48", "万亿"), "元", "level", FW, "")
R(d, "成交額的50.9%", "50.9%", 50.9, "%", "share", FW + TR("占全部成交额的比重"), "")
KF = TR("技术开发合同成交额", "技术开发合同")
R(d, "成交額2.26萬億元", "2.26萬億元", V("2.26", "万亿"), "元", "level", KF, "")
R(d, "增長15.3%", "15.3%", 15.3, "%", "growth", KF, "")
ZR = TR("技术转让合同成交额", "技术转让合同")
R(d, "成交額0.71萬億元", "0.71萬億元", V("0.71", "万亿"), "元", "level", ZR, "")
R(d, "下降4.2%", "4.2%", -4.2, "%", "growth", ZR, "")
QY = TR("企业输出技术合同成交额", "企业输出技术合同")
R(d, "成交額6.09萬億元", "6.09萬億元", V("6.09", "万亿"), "元", "level", QY, "")
R(d, "全國的89.0%", "89.0%", 89.0, "%", "share", QY + TR("占全国的比重"), "")
GX = TR("高等院校输出技术合同", "高等院校输出")
R(d, "技術合同4.7萬項", "4.7萬項", 47000, "项", "level", GX, "")
R(d, "成交額1286.4億元", "1286.4億元", V("1286.4", "亿"), "元", "level", TR("高等院校输出技术合同成交额") + GX, "")
R(d, "增長21.5%", "21.5%", 21.5, "%", "growth", TR("高等院校输出技术合同成交额") + GX, "")
KY = TR("科研机构输出技术合同成交额", "科研机构输出")
R(d, "成交額2073.9億元", "2073.9億元", V("2073.9", "亿"), "元", "level", KY, "")
R(d, "增長8.7%", "8.7%", 8.7, "%", "growth", KY, "")
R(
    d,
    "位居前三",
    "前三",
    3,
    "位",
    "rank",
    TV2,
    "tech_contract_value",
    qualifier=QR,
    region=QG + BJ + GD + JS,
)
R(d, "分別為9462.3億元", "9462.3億元", V("9462.3", "亿"), "元", "level", TV2, "tech_contract_value", region=BJ)
R(d, "、5218.6億元", "5218.6億元", V("5218.6", "亿"), "元", "level", TV2, "tech_contract_value", region=GD)
R(d, "和4907.5億元", "4907.5億元", V("4907.5", "亿"), "元", "level", TV2, "tech_contract_value", region=JS)
SF = TR("成交额超过3000亿元的省(市)", "省(市)")
R(d, "有6個省", "6個", 6, "个", "level", SF, "", category=[TM, OT])
R(d, "增加1個", "1個", 1, "个", GL, SF, "", category=[TM, OT])
R(d, "合計2.31萬億元", "2.31萬億元", V("2.31", "万亿"), "元", "level", TV2, "tech_contract_value", region=ZX)
R(d, "增長16.8%", "16.8%", 16.8, "%", "growth", TV2, "tech_contract_value", region=ZX)
R(
    d,
    "5.6個百分點",
    "5.6個百分點",
    5.6,
    "百分点",
    GL,
    TR("增速高于全国平均增速", "成交额增速", "增速"),
    "tech_contract_value",
    region=ZX,
)
R(
    d,
    "提高到33.8%",
    "33.8%",
    33.8,
    "%",
    "share",
    TR("占全国的比重") + TV2,
    "tech_contract_value",
    region=ZX,
)
ZS = TR("成交额增速", "成交额")
R(d, "分別為24.6%", "24.6%", 24.6, "%", "growth", ZS, "tech_contract_value", region=AH)
R(d, "、21.9%", "21.9%", 21.9, "%", "growth", ZS, "tech_contract_value", region=HB)
R(d, "和19.3%", "19.3%", 19.3, "%", "growth", ZS, "tech_contract_value", region=SC)
R(
    d,
    "中西部前三位",
    "前三位",
    3,
    "位",
    "rank",
    ZS,
    "tech_contract_value",
    qualifier=QR,
    region=AH + HB + SC + ZX,
)
XN2 = TR("吸纳技术合同成交额")
R(d, "成交額6235.8億元", "6235.8億元", V("6235.8", "亿"), "元", "level", XN2, "tech_contract_value_absorbed", region=GD)
R(
    d,
    "全國首位",
    "首位",
    1,
    "位",
    "rank",
    XN2,
    "tech_contract_value_absorbed",
    region=GD,
    period=["2024", "2022/2024"],
)
R(
    d,
    "突破7.5萬億元",
    "7.5萬億元",
    V("7.5", "万亿"),
    "元",
    "level",
    TV2,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2025",
)
NOT_INDICATORS["c02.txt"] = [
    ("2024年全國技術合同成交額達", "2024", "headline year"),
    ("2025-02-18 21:05:33", "2025", "date line"),
    ("2025-02-18 21:05:33", "02", "date line"),
    ("2025-02-18 21:05:33", "18", "date line"),
    ("2025-02-18 21:05:33", "21", "date line"),
    ("2025-02-18 21:05:33", "05", "date line"),
    ("2025-02-18 21:05:33", "33", "date line"),
    ("北京2月18日電", "2", "dateline"),
    ("北京2月18日電", "18", "dateline"),
    ("記者18日", "18", "date"),
    ("獲悉,2024年", "2024", "year"),
    ("超過3000億元", "3000", "group threshold"),
    ("力爭2025年", "2025", "target year"),
]

# ---------------------------------------------------------------- c03
# 咸宁市科技局 快报 `2024年1-8月`, with PDF-STYLE SPACES around numbers
# (`213.46 亿元`, `第 4 位`, `1-8 月`) and 同比 IN BRACKETS after each level
# (`(同比增长 12.3%)`). The city is named only in the 来源 line (全市). Flows
# are 1-8月; stocks `截至 8 月底`; `8 月当月` (a single month) with 环比;
# `完成年度目标(120 亿元)的 72.0%` (the bracketed target is a planned
# level); county figures (`居全市首位`, `分别为`); `增速最快` (no number).
XN = ["咸宁市", "咸宁"]
M8 = "2024-01/2024-08"
E8 = ["2024-08", M8]
d = doc("c03.txt", XN, M8, TM)
GXZ = ["高新技术产业增加值"]
R(d, "增加值 213.46 亿元", "213.46 亿元", V("213.46", "亿"), "元", "level", GXZ, "hti_value_added", category=HI)
R(d, "增长 12.3%", "12.3%", 12.3, "%", "growth", GXZ, "hti_value_added", category=HI)
R(
    d,
    "全省 2.1 个百分点",
    "2.1 个百分点",
    2.1,
    "百分点",
    GL,
    ["高新技术产业增加值增速高于全省", "增速"] + GXZ,
    "hti_value_added",
    category=HI,
)
R(d, "第 4 位", "第 4 位", 4, "位", "rank", ["高新技术产业增加值增速", "增速"] + GXZ, "hti_value_added", category=HI)
ZB = ["高新技术产业增加值占规上工业增加值的比重", "占规上工业增加值的比重"]
R(d, "比重为 41.2%", "41.2%", 41.2, "%", "share", ZB, "hti_value_added", category=HI)
R(d, "提高 1.8 个百分点", "1.8 个百分点", 1.8, "百分点", "growth", ZB, "hti_value_added", category=HI)
YF = ["规上工业企业研发费用", "研发费用"]
R(d, "费用 28.74 亿元", "28.74 亿元", V("28.74", "亿"), "元", "level", YF, "rd_spend_enterprise", category=RE)
R(d, "增长 15.6%", "15.6%", 15.6, "%", "growth", YF, "rd_spend_enterprise", category=RE)
YH = ["有研发活动的规上工业企业"]
R(d, "企业 612 家", "612 家", 612, "家", "level", YH, "", category=[RE, EN])
R(
    d,
    "的 46.3%",
    "46.3%",
    46.3,
    "%",
    "share",
    [YH[0] + "占规上工业企业总数", "占规上工业企业总数"],
    "",
    category=[RE, EN],
)
HTE3 = ["高新技术企业有效数", "有效期内高新技术企业", "高新技术企业"]
R(d, "有效数 763 家", "763 家", 763, "家", "level", HTE3, "hte_count", period=E8, category=HT)
R(d, "净增 58 家", "58 家", 58, "家", GL, ["净增"] + HTE3, HN, period=E8, category=HT)
R(
    d,
    "申报高新技术企业 312 家",
    "312 家",
    312,
    "家",
    "level",
    ["申报高新技术企业", "组织申报高新技术企业"],
    "",
    period=[M8, "2024", "2024-08"],
    category=HT,
)
KZ3 = ["科技型中小企业评价入库", "科技型中小企业"]
R(d, "入库 1127 家", "1127 家", 1127, "家", "level", KZ3, "tsme_count", period=[M8, "2024-08"], category=TS)
R(d, "增长 21.8%", "21.8%", 21.8, "%", "growth", KZ3, "tsme_count", period=[M8, "2024-08"], category=TS)
R(
    d,
    "任务的 93.9%",
    "93.9%",
    93.9,
    "%",
    SL,
    ["完成全年目标任务", "科技型中小企业评价入库完成全年目标任务"],
    "",
    period=[M8, "2024-08"],
    category=TS,
)
TC3 = ["登记技术合同", "技术合同"]
TV3 = ["技术合同成交额", "成交额"]
R(d, "技术合同 1843 项", "1843 项", 1843, "项", "level", TC3, "tech_contract_count")
R(d, "增长 26.4%", "26.4%", 26.4, "%", "growth", TC3, "tech_contract_count")
R(d, "成交额 86.35 亿元", "86.35 亿元", V("86.35", "亿"), "元", "level", TV3, "tech_contract_value")
R(d, "增长 31.2%", "31.2%", 31.2, "%", "growth", TV3, "tech_contract_value")
R(
    d,
    "(120 亿元)",
    "120 亿元",
    V("120", "亿"),
    "元",
    "level",
    ["年度目标", "技术合同成交额年度目标"],
    "tech_contract_value",
    planned=True,
    period="2024",
)
R(d, "的 72.0%", "72.0%", 72.0, "%", SL, ["完成年度目标", "技术合同成交额完成年度目标"], "")
XS3 = ["企业吸纳技术合同成交额", "吸纳技术合同成交额"]
R(d, "成交额 64.12 亿元", "64.12 亿元", V("64.12", "亿"), "元", "level", XS3, "tech_contract_value_absorbed")
R(d, "增长 18.9%", "18.9%", 18.9, "%", "growth", XS3, "tech_contract_value_absorbed")
M08 = "2024-08"
R(d, "合同 263 项", "263 项", 263, "项", "level", TC3, "tech_contract_count", period=M08)
R(d, "成交额 12.07 亿元", "12.07 亿元", V("12.07", "亿"), "元", "level", TV3, "tech_contract_value", period=M08)
R(d, "环比增长 9.6%", "9.6%", 9.6, "%", "growth", TV3, "tech_contract_value", period=M08)
R(d, "成交额 23.18 亿元", "23.18 亿元", V("23.18", "亿"), "元", "level", TV3, "tech_contract_value", region="赤壁市")
R(d, "居全市首位", "首位", 1, "位", "rank", TV3, "tech_contract_value", region="赤壁市")
R(d, "分别为 19.07 亿元", "19.07 亿元", V("19.07", "亿"), "元", "level", TV3, "tech_contract_value", region="咸安区")
R(d, "、14.52 亿元", "14.52 亿元", V("14.52", "亿"), "元", "level", TV3, "tech_contract_value", region="嘉鱼县")
R(d, "增长 67.4%", "67.4%", 67.4, "%", "growth", TV3, "tech_contract_value", region="通山县")
FM = ["发明专利授权", "发明专利授权量"]
R(d, "授权 486 件", "486 件", 486, "件", "level", FM, "invention_patent_grants", category=PT)
R(d, "增长 24.9%", "24.9%", 24.9, "%", "growth", FM, "invention_patent_grants", category=PT)
R(d, "专利 3972 件", "3972 件", 3972, "件", "level", ["有效发明专利"], "invention_patents_held", period=E8, category=PT)
R(
    d,
    "拥有量 14.9 件",
    "14.9 件",
    14.9,
    "件",
    LS,
    ["每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=E8,
    category=PT,
)
NOT_INDICATORS["c03.txt"] = [
    ("2024年1-8月全市", "2024", "title year"),
    ("2024年1-8月全市", "1", "title range 1-8月"),
    ("2024年1-8月全市", "8", "title range 1-8月"),
    ("2024-09-23 15:40", "2024", "date line"),
    ("2024-09-23 15:40", "09", "date line"),
    ("2024-09-23 15:40", "23", "date line"),
    ("2024-09-23 15:40", "15", "date line"),
    ("2024-09-23 15:40", "40", "date line"),
    ("浏览次数: 376", "376", "view counter"),
    ("1-8 月, 全市科技", "1", "time range 1-8月"),
    ("1-8 月, 全市科技", "8", "time range 1-8月"),
    ("1-8 月, 全市高新", "1", "time range 1-8月"),
    ("1-8 月, 全市高新", "8", "time range 1-8月"),
    ("1-8 月, 全市规上", "1", "time range 1-8月"),
    ("1-8 月, 全市规上", "8", "time range 1-8月"),
    ("截至 8 月底, 全市高新", "8", "time point 8月底"),
    ("1-8 月, 全市共", "1", "time range 1-8月"),
    ("1-8 月, 全市共", "8", "time range 1-8月"),
    ("8 月当月", "8", "month"),
    ("1-8 月, 全市发明", "1", "time range 1-8月"),
    ("1-8 月, 全市发明", "8", "time range 1-8月"),
    ("截至 8 月底, 全市有效", "8", "time point 8月底"),
]

# ---------------------------------------------------------------- c04
# 郁南县融媒体中心 story (2024-07-16) on 农村科技特派员 and 无核黄皮: a headline
# repeating the body's 98名, a farmer's quote in CHINESE NUMERALS
# (`一千二百多斤` 去年, `一千四百斤左右` 今年, `一亩` is a unit basis, no
# record), 省级/市级/县级 parts that add up, TOWN figures (建城镇, 连滩镇,
# 宝珠镇: no code) with `约2.8万亩`, `近一成` (a growth), `下降35%`;
# 上半年 flows, `截至6月底` stocks, `目前`, `预计…可达`, `计划`.
YN = ["郁南县", "郁南"]
Y4 = ["2024", "2024-01/2024-07"]
H1 = "2024-01/2024-06"
E6 = ["2024-06", H1]
d = doc("c04.txt", YN, Y4, TA)
TP = ["农村科技特派员", "选派农村科技特派员", "科技特派员"]
JC = ["建城镇"]
R(d, "郁南98名", "98名", 98, "名", "level", TP, "")
MC = ["一亩收", "亩产", "无核黄皮亩产"]
R(
    d,
    "一千二百多斤",
    "一千二百多斤",
    1200,
    "斤",
    "level",
    MC,
    "",
    qualifier="more_than",
    region=JC + YN + [""],
    period=["2023", ""],
    category=OT,
)
R(
    d,
    "一千四百斤左右",
    "一千四百斤左右",
    1400,
    "斤",
    "level",
    MC,
    "",
    qualifier="about",
    planned=PL,
    region=JC + YN + [""],
    period=["2024", ""],
    category=OT,
)
R(d, "特派员98名", "98名", 98, "名", "level", TP, "")
R(d, "省级38名", "38名", 38, "名", "level", ["省级农村科技特派员", "省级"], "")
R(d, "市级21名", "21名", 21, "名", "level", ["市级农村科技特派员", "市级"], "")
R(d, "县级39名", "39名", 39, "名", "level", ["县级农村科技特派员", "县级"], "")
R(d, "组建12个", "12个", 12, "个", "level", ["服务团队", "组建服务团队"], "")
R(d, "全县15个镇", "15个", 15, "个", "level", ["覆盖镇", "镇"], "", category=[TA, OT])
R(d, "培训146场次", "146场次", 146, "场次", "level", ["技术培训", "开展技术培训"], "", period=H1)
R(
    d,
    "6200余人次",
    "6200余人次",
    6200,
    "人次",
    "level",
    ["培训农户", "培训"],
    "",
    qualifier="more_than",
    period=H1,
)
R(d, "新技术31项", "31项", 31, "项", "level", ["推广新技术", "新技术"], "", period=H1, category=[TA, OT])
R(d, "新品种17个", "17个", 17, "个", "level", ["引进新品种", "新品种"], "", period=H1, category=[TA, OT])
R(
    d,
    "约2.8万亩",
    "约2.8万亩",
    28000,
    "亩",
    "level",
    ["无核黄皮种植面积", "种植面积"],
    "",
    qualifier="about",
    region=JC,
    category=OT,
)
R(
    d,
    "近一成",
    "近一成",
    10,
    "%",
    "growth",
    ["亩产", "无核黄皮亩产"],
    "",
    qualifier="nearly",
    region=JC,
    period="2024",
    category=OT,
)
LT = ["连滩镇"]
R(d, "示范基地3个", "3个", 3, "个", "level", ["南药示范基地", "建成南药示范基地"], "", region=LT, category=[TA, OT])
R(d, "面积460亩", "460亩", 460, "亩", "level", ["南药示范基地面积", "面积"], "", region=LT, category=OT)
R(d, "农户210户", "210户", 210, "户", "level", ["带动农户"], "", region=LT, category=[TA, OT])
R(
    d,
    "技术8000亩",
    "8000亩",
    8000,
    "亩",
    "level",
    ["推广砂糖桔绿色防控技术", "绿色防控技术"],
    "",
    region="宝珠镇",
    category=OT,
)
R(d, "下降35%", "35%", -35, "%", "growth", ["病虫害发生率"], "", region="宝珠镇", category=OT)
R(d, "示范基地24个", "24个", 24, "个", "level", ["科技示范基地"], "", period=E6, category=[TA, OT])
R(d, "1.35万亩", "1.35万亩", 13500, "亩", "level", ["示范面积"], "", period=E6, category=OT)
R(d, "专利7件", "7件", 7, "件", "level", ["申请专利", "帮助企业和合作社申请专利"], "", period=E6, category=[PT, TA])
R(
    d,
    "资金460万元",
    "460万元",
    V("460", "万"),
    "元",
    "level",
    ["争取各级科技项目资金", "科技项目资金"],
    "",
    period=E6,
    category=[FU, PJ],
)
R(
    d,
    "15.6万亩",
    "15.6万亩",
    156000,
    "亩",
    "level",
    ["无核黄皮种植面积", "种植面积"],
    "",
    period=["2024", "2024-07"],
    category=OT,
)
R(
    d,
    "可达12.5亿元",
    "12.5亿元",
    V("12.5", "亿"),
    "元",
    "level",
    ["无核黄皮产值", "产值"],
    "",
    planned=True,
    period="2024",
    category=EC,
)
R(
    d,
    "新建示范基地6个",
    "6个",
    6,
    "个",
    "level",
    ["新建示范基地", "示范基地"],
    "",
    planned=True,
    period=["2024", "2024-07/2024-12"],
    category=[TA, OT],
)
NOT_INDICATORS["c04.txt"] = [
    ("2024-07-16 09:12", "2024", "date line"),
    ("2024-07-16 09:12", "07", "date line"),
    ("2024-07-16 09:12", "16", "date line"),
    ("2024-07-16 09:12", "09", "date line"),
    ("2024-07-16 09:12", "12", "date line"),
    ("7月中旬", "7", "time phrase"),
    ("截至6月底", "6", "time point 6月底"),
]

# ---------------------------------------------------------------- c05
# 渭南经济技术开发区 (陕西) 2024 summary and 2025 plan on the zone's site, the
# PDF text pasted: HARD LINE BREAKS every ~28 characters, inside words and
# BETWEEN NUMBER AND UNIT (`9.8⏎%`, `1.44⏎%`, `6.35亿⏎元`, `263.2⏎亿元`,
# `10⏎%以上`, `0.26个百分⏎点`); page footers `— 1 —` / `— 2 —`. 规上工业 and
# 研发 figures mixed in one paragraph; the zone calls itself 全区 and
# 经开区; `增速居全市第2位` (全市 = 渭南市); `高于全市平均水平1.90个百分点`;
# 2025 targets `7%左右`, `10%以上`, `提高到3.6%`, `突破130家`, `达到16亿元`.
WN = ["渭南经济技术开发区", "渭南经开区", "经开区"]
d = doc("c05.txt", WN, "2024", EC)
NX5 = "2025"
R(d, "总值186.4亿元", "186.4亿元", V("186.4", "亿"), "元", "level", ["地区生产总值"], "gdp")
R(d, "增长7.2%", "7.2%", 7.2, "%", "growth", ["地区生产总值"], "gdp")
GZ = ["规模以上工业总产值", "规上工业总产值"]
R(d, "总产值412.6亿元", "412.6亿元", V("412.6", "亿"), "元", "level", GZ, "")
R(d, "增长9.8\n%", "9.8\n%", 9.8, "%", "growth", GZ, "")
R(d, "增加值增长10.3%", "10.3%", 10.3, "%", "growth", ["规上工业增加值"], "")
R(d, "第2位", "第2位", 2, "位", "rank", ["规上工业增加值增速", "增速"], "")
R(d, "达到137家", "137家", 137, "家", "level", ["规上工业企业"], "", category=[EN, "economy", OT])
R(d, "企业16家", "16家", 16, "家", "level", ["新增入规企业"], "", category=[EN, "economy", OT])
R(d, "增长6.5%", "6.5%", 6.5, "%", "growth", ["固定资产投资"], "", category=["investment", "economy"])
R(d, "占比58.7%", "58.7%", 58.7, "%", "share", ["工业投资占比"], "", category=["investment", "economy"])
RD5 = ["全社会研发经费投入", "研发经费投入", "研发经费"]
R(d, "投入6.35亿\n元", "6.35亿\n元", V("6.35", "亿"), "元", "level", RD5, "rd_spend", category=RE)
RI5 = ["研发投入强度"]
R(d, "强度达到3.41%", "3.41%", 3.41, "%", "share", RI5, "rd_intensity", category=RE)
R(d, "0.26个百分\n点", "0.26个百分\n点", 0.26, "百分点", "growth", RI5, "rd_intensity", category=RE)
R(
    d,
    "1.90个百分点",
    "1.90个百分点",
    1.9,
    "百分点",
    GL,
    ["研发投入强度高于全市平均水平"] + RI5,
    "rd_intensity",
    category=RE,
)
YF5 = ["规上工业企业研发费用", "研发费用"]
R(d, "用5.72亿元", "5.72亿元", V("5.72", "亿"), "元", "level", YF5, "rd_spend_enterprise", category=RE)
R(d, "增长18.4%", "18.4%", 18.4, "%", "growth", YF5, "rd_spend_enterprise", category=RE)
R(
    d,
    "比重为1.44\n%",
    "1.44\n%",
    1.44,
    "%",
    "share",
    ["研发费用占营业收入的比重", "占营业收入的比重"],
    "rd_intensity_enterprise",
    category=RE,
)
YH5 = ["有研发活动的规上工业企业"]
R(d, "企业68家", "68家", 68, "家", "level", YH5, "", category=[RE, EN])
R(d, "49.6%", "49.6%", 49.6, "%", "share", [YH5[0] + "占规上工业企业总数", "占规上工业企业总数"], "", category=[RE, EN])
R(d, "企业23家", "23家", 23, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new", category=HT)
HTE5 = ["有效期内的高企", "有效期内高新技术企业", "高企", "高新技术企业"]
R(d, "达到112家", "112家", 112, "家", "level", HTE5, "hte_count", category=HT)
R(d, "净增17家", "17家", 17, "家", GL, ["净增"] + HTE5, HN, category=HT)
KZ5 = ["入库科技型中小企业", "科技型中小企业"]
R(d, "186家", "186家", 186, "家", "level", KZ5, "tsme_count", category=TS)
R(d, "增长24.0%", "24.0%", 24.0, "%", "growth", KZ5, "tsme_count", category=TS)
R(d, "263.2\n亿元", "263.2\n亿元", V("263.2", "亿"), "元", "level", ["高新技术产业产值"], "hti_output", category=HI)
R(
    d,
    "总产值的63.8%",
    "63.8%",
    63.8,
    "%",
    "share",
    ["高新技术产业产值占规上工业总产值", "占规上工业总产值"],
    "hti_output",
    category=HI,
)
R(d, "研究中心3个", "3个", 3, "个", "level", ["省级工程技术研究中心"], "rd_institutions", category=RI)
R(d, "研发平台11个", "11个", 11, "个", "level", ["市级以上研发平台"], RIS, category=RI)
R(d, "累计达到74个", "74个", 74, "个", "level", ["各类研发平台", "研发平台"], RIS, category=RI)
KC = ["秦创原渭南经开区科创中心"] + WN
R(d, "科创企业38家", "38家", 38, "家", "level", ["新入驻科创企业"], "", region=KC, category=[EN, IN])
R(d, "126家", "126家", 126, "家", "level", ["累计孵化企业"], "", region=KC, category=IN)
TC5 = ["登记技术合同", "技术合同"]
R(d, "技术合同205项", "205项", 205, "项", "level", TC5, "tech_contract_count", category=TM)
R(
    d,
    "14.37亿元",
    "14.37亿元",
    V("14.37", "亿"),
    "元",
    "level",
    ["技术合同成交额", "成交额"],
    "tech_contract_value",
    category=TM,
)
R(d, "增长28.6%", "28.6%", 28.6, "%", "growth", ["技术合同成交额", "成交额"], "tech_contract_value", category=TM)
FM5 = ["授权发明专利", "发明专利授权"]
R(d, "发明专利96件", "96件", 96, "件", "level", FM5, "invention_patent_grants", category=PT)
R(d, "20.0%", "20.0%", 20.0, "%", "growth", FM5, "invention_patent_grants", category=PT)
R(
    d,
    "增长7%左右",
    "7%左右",
    7,
    "%",
    "growth",
    ["地区生产总值"],
    "gdp",
    qualifier="about",
    planned=True,
    period=NX5,
)
R(
    d,
    "10\n%以上",
    "10\n%以上",
    10,
    "%",
    "growth",
    GZ,
    "",
    qualifier="at_least",
    planned=True,
    period=NX5,
)
R(d, "提高到3.6%", "3.6%", 3.6, "%", "share", RI5, "rd_intensity", planned=True, period=NX5, category=RE)
R(
    d,
    "突破130家",
    "130家",
    130,
    "家",
    "level",
    HTE5,
    "hte_count",
    qualifier=QM,
    planned=True,
    period=NX5,
    category=HT,
)
R(
    d,
    "达到16亿元",
    "16亿元",
    V("16", "亿"),
    "元",
    "level",
    ["技术合同成交额"],
    "tech_contract_value",
    planned=True,
    period=NX5,
    category=TM,
)
NOT_INDICATORS["c05.txt"] = [
    ("渭南经开区2024年", "2024", "page title year"),
    ("工作总结及2025年工作计划\n\n发布", "2025", "page title year"),
    ("2025-01-20 16:30", "2025", "date line"),
    ("2025-01-20 16:30", "01", "date line"),
    ("2025-01-20 16:30", "20", "date line"),
    ("2025-01-20 16:30", "16", "date line"),
    ("2025-01-20 16:30", "30", "date line"),
    ("委员会\n2024年", "2024", "PDF title year"),
    ("工作总结及2025年工作计划\n一、", "2025", "PDF title year"),
    ("一、2024年", "2024", "heading year"),
    ("情况\n2024年,", "2024", "year"),
    ("— 1 —", "1", "page footer"),
    ("二、2025年", "2025", "heading year"),
    ("— 2 —", "2", "page footer"),
]

# ---------------------------------------------------------------- c06
# 葫芦岛市科学技术局 公示 on the 2023年度 企业研发投入后补助 (published
# 2024-11-11): prose totals (省级 + 市级 = total), the firms' 研发费用 and its
# growth, `平均补助比例约为1.01%` (约 not adjacent), 高企 part and share, a
# threshold `50万元以上` (no record) with its count, a maximum; a PIPE table
# with a 序号 column (no records), the county, 企业数(家) / 研发费用(亿元) /
# 补助金额(万元), and a 合计 row with an EMPTY county cell that repeats the
# prose; `居全市前三位` for three units and their joint share; 公示期 dates,
# phone number, signature date.
HLD = ["葫芦岛市", "葫芦岛"]
P6 = ["2023", "2024"]  # 2023年度 subsidies, allotted in 2024
d = doc("c06.txt", HLD, P6, FU)
QS6 = ["补助企业", "符合研发投入后补助条件的企业", "企业数"]
BZ = ["补助资金", "研发投入后补助资金", "补助金额"]
YF6 = ["补助企业研发费用", "研发费用"]
R(d, "共有147家", "147家", 147, "家", "level", QS6, "", category=[FU, EN])
R(d, "资金1862.4万元", "1862.4万元", V("1862.4", "万"), "元", "level", BZ, "")
R(d, "省级资金1241.6万元", "1241.6万元", V("1241.6", "万"), "元", "level", ["省级资金"] + BZ, "")
R(d, "配套资金620.8万元", "620.8万元", V("620.8", "万"), "元", "level", ["市级配套资金"] + BZ, "")
R(d, "合计18.47亿元", "18.47亿元", V("18.47", "亿"), "元", "level", YF6, "", period="2023", category=RE)
R(d, "增长13.6%", "13.6%", 13.6, "%", "growth", YF6, "", period="2023", category=RE)
R(
    d,
    "约为1.01%",
    "1.01%",
    1.01,
    "%",
    "share",
    ["平均补助比例", "补助比例"],
    "",
    qualifier="about",
)
R(d, "高新技术企业96家", "96家", 96, "家", "level", ["补助企业中的高新技术企业", "高新技术企业"], "", category=[FU, HT])
R(d, "总数的65.3%", "65.3%", 65.3, "%", "share", ["占补助企业总数"], "", category=[FU, HT])
R(d, "资金1534.2万元", "1534.2万元", V("1534.2", "万"), "元", "level", ["高新技术企业获得补助资金"] + BZ, "")
R(
    d,
    "企业有8家",
    "8家",
    8,
    "家",
    "level",
    ["补助金额在50万元以上的企业", "企业"],
    "",
    category=[FU, EN],
)
R(d, "最高补助98.6万元", "98.6万元", V("98.6", "万"), "元", "level", ["单个企业最高补助", "最高补助"], "")
TABLES["c06.txt"] = dict(
    sep=" ",
    title="上述企业2023年度研发费用合计18.47亿元,比上年增长13.6%,平均补助比例约为1.01%。其中,高新技术企业96家,"
    "占补助企业总数的65.3%,获得补助资金1534.2万元;补助金额在50万元以上的企业有8家,单个企业最高补助98.6万元。"
    "各县(市、区)情况如下:",
    head=["", "| 序号 | 县(市、区) | 企业数(家) | 研发费用(亿元) | 补助金额(万元) |"],
    rows=[
        ("| 1 | 连山区 |", ["31", "3.86", "392.5"]),
        ("| 2 | 龙港区 |", ["28", "4.12", "418.7"]),
        ("| 3 | 南票区 |", ["9", "0.74", "76.3"]),
        ("| 4 | 兴城市 |", ["35", "4.35", "436.9"]),
        ("| 5 | 绥中县 |", ["26", "3.48", "351.2"]),
        ("| 6 | 建昌县 |", ["18", "1.92", "186.8"]),
        ("| 合计 |  |", ["147", "18.47", "1862.4"]),
    ],
)
for lead, (n, rd, money) in TABLES["c06.txt"]["rows"]:
    total = "合计" in lead
    reg = HLD if total else lead.split("|")[2].strip()
    R(d, lead, n, int(n), "家", "level", QS6, "", region=reg, cell=0, category=[FU, EN])
    R(d, lead, rd, V(rd, "亿"), "元", "level", YF6, "", region=reg, period="2023", cell=1, scale="亿", category=RE)
    R(d, lead, money, V(money, "万"), "元", "level", BZ, "", region=reg, cell=2, scale="万")
TOP3 = ["兴城市", "龙港区", "连山区"]
R(d, "居全市前三位", "前三位", 3, "位", "rank", BZ, "", qualifier=QR, region=TOP3 + HLD)
R(d, "占全市的67.0%", "67.0%", 67.0, "%", "share", ["补助金额占全市", "占全市"] + BZ, "", region=TOP3 + [""])
NOT_INDICATORS["c06.txt"] = [
    ("关于2023年度", "2023", "title year"),
    ("2024-11-11", "2024", "date line"),
    ("2024-11-11", "11", "date line"),
    ("浏览量:284", "284", "view counter"),
    ("符合2023年度", "2023", "year"),
    ("上述企业2023年度", "2023", "year"),
    ("在50万元以上", "50", "group threshold"),
    ("| 1 | 连山区", "1", "row number (序号)"),
    ("| 2 | 龙港区", "2", "row number (序号)"),
    ("| 3 | 南票区", "3", "row number (序号)"),
    ("| 4 | 兴城市", "4", "row number (序号)"),
    ("| 5 | 绥中县", "5", "row number (序号)"),
    ("| 6 | 建昌县", "6", "row number (序号)"),
    ("2024年11月11日至11月15日", "2024", "notice period"),
    ("2024年11月11日至11月15日", "11", "notice period"),
    ("2024年11月11日至11月15日", "15", "notice period"),
    ("0429-3125678", "0429", "phone number"),
    ("0429-3125678", "3125678", "phone number"),
    ("科学技术局\n2024年11月11日", "2024", "signature date"),
    ("科学技术局\n2024年11月11日", "11", "signature date"),
]


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def cn_number(t):
    """a small Chinese numeral (一千二百, 一千四百, 三, 一) as an int"""
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
    """{lead: (line, offset, lead length)} of a table's rows, after checking
    its layout: the title is once a line, the header lines follow it, every
    row starts with its lead and the separator and holds exactly the listed
    numbers after it, and a blank line follows the last row."""
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
            sys.exit(f"{name}: row lead {label!r} starts more than one line")
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
    """|value| as the figure's text writes it: NFKC-folded, 萬/億 read as
    万/亿, whitespace (PDF line breaks, spaces) ignored, Chinese numerals read
    (成 = 10 %, 首位 = 1), 万/亿/万亿 folded in; a bare table cell takes its
    column's unit."""
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
        if rest.startswith("成"):
            n *= 10
    rest = rest.lstrip("余多")
    mult = next((w for w in ("万亿", "亿", "万") if rest.startswith(w)), r.get("scale", ""))
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
    if isinstance(rec["value"], (int, float)) and rec["value"] < 0 and "growth" not in as_list(rec["kind"]):
        bad.append("negative value kind")
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
    # c01 扎赉特旗, 万元 / 亿元 / 件
    "c01_fis22": D("3367"),  # 万元, 财政科学技术支出 2022
    "c01_budget23": D("419800"),  # 万元, 一般公共预算支出 2023
    "c01_rd22": D("0.970"),  # 亿元
    "c01_gdp23": D("176.4"),  # 亿元
    "c01_gdp22": D("171.2"),
    "c01_hte22": 11,
    "c01_tsme22": 18,
    "c01_tc22": D("2727"),  # 万元
    "c01_app22": 274,
    "c01_grant22": 172,
    "c01_pop23": D("29.0"),  # 万人
    "c01_held22": 38,
    "c01_pop22": D("29.1"),
    # c02 全国, 万亿元 / 万项
    "c02_tv23": D("6.151"),
    "c02_tc23": D("68.4"),
    "c02_gdp24": D("134.9"),
    "c02_consult24": D("0.39"),  # 技术咨询合同成交额, not printed
    "c02_mw23": D("1.978"),  # 中西部地区 2023
    "c02_prov_over3000_23": 5,
    # c03 咸宁市, 亿元 unless marked; 1-8月 of 2023 unless marked
    "c03_hti23": D("190.09"),
    "c03_prov_hti_growth": D("10.2"),  # 全省 高新技术产业增加值增速, %
    "c03_ind_va24": D("518.1"),  # 规上工业增加值 1-8月 2024
    "c03_share23": D("39.4"),  # %
    "c03_rd23": D("24.86"),
    "c03_firms24": 1322,  # 规上工业企业
    "c03_hte_end23": 705,
    "c03_tsme23": 925,
    "c03_tsme_target": 1200,
    "c03_tc23": 1843 - 385,  # 1458 项
    "c03_tv23": D("65.81"),
    "c03_abs23": D("53.93"),
    "c03_jul24": D("11.01"),  # 7月 成交额
    "c03_others24": [D("11.26"), D("9.87"), D("8.45")],  # 崇阳县, 通城县, 通山县
    "c03_inv23": 389,
    "c03_pop": D("266.6"),  # 万人
    # c05 渭南经开区, 亿元
    "c05_ind23": D("375.8"),  # 规上工业总产值 2023
    "c05_rd23": D("5.48"),
    "c05_gdp23": D("173.9"),
    "c05_city_int24": D("1.51"),  # 渭南市 研发投入强度, %
    "c05_ent_rd23": D("4.83"),
    "c05_rev24": D("398.6"),  # 规上工业企业营业收入
    "c05_hte23": 95,
    "c05_tsme23": 150,
    "c05_tv23": D("11.17"),
    "c05_inv23": 80,
    # c06 葫芦岛市
    "c06_rd22": D("16.26"),  # 亿元, the same firms' 研发费用 2022
}
P = PREV
T6 = {lead: cells for lead, cells in TABLES["c06.txt"]["rows"]}
C6 = [k for k in T6 if "合计" not in k]


def name_of(lead):
    return lead.split("|")[2].strip()


# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (growth(3862, P["c01_fis22"]), D("14.7")),
    (pct(3862, P["c01_budget23"], 2), D("0.92")),
    (growth(D("1.06"), P["c01_rd22"]), D("9.3")),
    (pct(D("1.06"), P["c01_gdp23"], 2), D("0.60")),
    (pct(D("1.06"), P["c01_gdp23"], 2) - pct(P["c01_rd22"], P["c01_gdp22"], 2), D("0.03")),
    (14 - P["c01_hte22"], 3),
    (5 >= 3, True),  # 新认定 5, two certificates expired
    (growth(23, P["c01_tsme22"]), D("27.8")),
    (growth(3850, P["c01_tc22"]), D("41.2")),
    (growth(264, P["c01_app22"]), D("-3.6")),
    (growth(186, P["c01_grant22"]), D("8.1")),
    (9 + 148 + 29, 186),
    (rnd(D(47) / P["c01_pop23"], 2), D("1.62")),
    (rnd(D(47) / P["c01_pop23"], 2) - rnd(D(P["c01_held22"]) / P["c01_pop22"], 2), D("0.31")),
    (6 <= 4126 and 9 <= 47, True),
    # c02
    (growth(D("6.84"), P["c02_tv23"]), D("11.2")),
    (growth(D("78.4"), P["c02_tc23"]), D("14.6")),
    (pct(D("6.84"), P["c02_gdp24"], 2), D("5.07")),
    (D("3.48") + D("2.26") + D("0.71") + P["c02_consult24"], D("6.84")),
    (pct(D("3.48"), D("6.84")), D("50.9")),
    (D("3.48") > max(D("2.26"), D("0.71"), P["c02_consult24"]), True),  # 居四类合同之首
    (pct(D("6.09"), D("6.84")), D("89.0")),
    (D("0.12864") + D("0.20739") < D("6.84") - D("6.09"), True),  # 高校 + 科研机构 within the non-enterprise rest
    (D("9462.3") > D("5218.6") > D("4907.5") > 3000, True),
    (D("9462.3") + D("5218.6") + D("4907.5") + 3 * 3000 < 68400, True),  # six provinces above 3000亿元 fit
    (6 - P["c02_prov_over3000_23"], 1),
    (growth(D("2.31"), P["c02_mw23"]), D("16.8")),
    (D("16.8") - D("11.2"), D("5.6")),
    (pct(D("2.31"), D("6.84")), D("33.8")),
    (D("24.6") > D("21.9") > D("19.3") > D("16.8"), True),  # above the 中西部 average
    (D("6235.8") > D("5218.6"), True),  # 广东 absorbs more than it sells
    (D("7.5") > D("6.84"), True),
    # c03
    (growth(D("213.46"), P["c03_hti23"]), D("12.3")),
    (D("12.3") - P["c03_prov_hti_growth"], D("2.1")),
    (pct(D("213.46"), P["c03_ind_va24"]), D("41.2")),
    (D("41.2") - P["c03_share23"], D("1.8")),
    (growth(D("28.74"), P["c03_rd23"]), D("15.6")),
    (pct(612, P["c03_firms24"]), D("46.3")),
    (763 - P["c03_hte_end23"], 58),
    (growth(1127, P["c03_tsme23"]), D("21.8")),
    (pct(1127, P["c03_tsme_target"]), D("93.9")),
    (growth(1843, P["c03_tc23"]), D("26.4")),
    (growth(D("86.35"), P["c03_tv23"]), D("31.2")),
    (pct(D("86.35"), 120), D("72.0")),
    (growth(D("64.12"), P["c03_abs23"]), D("18.9")),
    (growth(D("12.07"), P["c03_jul24"]), D("9.6")),
    (263 < 1843 and D("12.07") < D("86.35"), True),
    (D("23.18") + D("19.07") + D("14.52") + sum(P["c03_others24"]), D("86.35")),
    (D("23.18") > D("19.07") > D("14.52") > max(P["c03_others24"]), True),  # 首位, then 咸安, 嘉鱼
    (growth(486, P["c03_inv23"]), D("24.9")),
    (rnd(D(3972) / P["c03_pop"]), D("14.9")),
    # c04
    (38 + 21 + 39, 98),
    (D("2.8") < D("15.6"), True),  # 建城镇 part of the county's area
    (3 <= 24 and D("0.046") < D("1.35"), True),  # 连滩 bases and 460亩 inside the county's
    (D(1400) / D(1200) - 1 < D("0.2"), True),  # the quote agrees with 近一成 roughly (1200多 → 1400左右)
    # c05
    (growth(D("412.6"), P["c05_ind23"]), D("9.8")),
    (pct(D("6.35"), D("186.4"), 2), D("3.41")),
    (pct(D("6.35"), D("186.4"), 2) - pct(P["c05_rd23"], P["c05_gdp23"], 2), D("0.26")),
    (D("3.41") - P["c05_city_int24"], D("1.90")),
    (growth(D("5.72"), P["c05_ent_rd23"]), D("18.4")),
    (pct(D("5.72"), P["c05_rev24"], 2), D("1.44")),
    (pct(68, 137), D("49.6")),
    (112 - P["c05_hte23"], 17),
    (23 >= 17, True),
    (growth(186, P["c05_tsme23"]), D("24.0")),
    (pct(D("263.2"), D("412.6")), D("63.8")),
    (3 <= 11 <= 74 and 38 <= 126, True),
    (growth(D("14.37"), P["c05_tv23"]), D("28.6")),
    (growth(96, P["c05_inv23"]), D("20.0")),
    (D("3.6") > D("3.41") and 130 > 112 and 16 > D("14.37"), True),  # 2025 targets
    # c06
    (sum(int(T6[k][0]) for k in C6), int(T6["| 合计 |  |"][0])),
    (sum(D(T6[k][1]) for k in C6), D(T6["| 合计 |  |"][1])),
    (sum(D(T6[k][2]) for k in C6), D(T6["| 合计 |  |"][2])),
    (T6["| 合计 |  |"], ["147", "18.47", "1862.4"]),  # repeats the prose
    (D("1241.6") + D("620.8"), D("1862.4")),
    (growth(D("18.47"), P["c06_rd22"]), D("13.6")),
    (pct(D("1862.4"), D("184700"), 2), D("1.01")),  # 万元 / 万元
    (pct(96, 147), D("65.3")),
    (D("1534.2") < D("1862.4") and 8 <= 147 and D("98.6") <= max(D(T6[k][2]) for k in C6), True),
    (sorted(C6, key=lambda k: -D(T6[k][2]))[:3], ["| 4 | 兴城市 |", "| 2 | 龙港区 |", "| 1 | 连山区 |"]),
    (pct(sum(D(T6[k][2]) for k in C6 if name_of(k) in TOP3), D("1862.4")), D("67.0")),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
