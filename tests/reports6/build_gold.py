#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports6 from hand annotations.

Each annotation names a figure by a context string (`anchor`) that occurs
exactly once in its document and the figure text (`fig`) that occurs exactly
once inside that context; offsets are computed here, never typed by hand.
The pipe-table cells of w05 are located as the k-th number of their row, and
the script checks that the cell is the number the annotation expects.
Run: python3 build_gold.py > gold.jsonl

As in tests/reports4 and reports5, every record carries `measure` (the
standard indicator id of shared/records.md, "" when none fits, a list when
several are acceptable) and `region_code` (GB/T 2260 code of `region`,
derived from the CODES table below; "" for a name that is not an
administrative unit).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], spans do not
repeat, the number written in `text` (thousands separators removed, 万/亿
folded in, table cells scaled by their row's unit) equals |value|, and the
invented figures agree with each other (parts add up, shares and growth
rates match their amounts; see CONSISTENCY at the end).
"""

import json
import pathlib
import re
import sys
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "").
CODES = {
    # w01 广东省 湛江市
    "广东省": "440000",
    "广东": "440000",
    "湛江市": "440800",
    "湛江": "440800",
    "赤坎区": "440802",
    "霞山区": "440803",
    "麻章区": "440811",
    "廉江市": "440881",
    # w02 吉林省 延边朝鲜族自治州
    "延边朝鲜族自治州": "222400",
    "延边州": "222400",
    "延边": "222400",
    "延吉市": "222401",
    "敦化市": "222403",
    "珲春市": "222404",
    # w03 重庆市 永川区
    "永川区": "500118",
    "重庆市永川区": "500118",
    # w04 广西壮族自治区 桂林市
    "广西壮族自治区": "450000",
    "广西": "450000",
    "桂林市": "450300",
    "桂林": "450300",
    "秀峰区": "450302",
    "七星区": "450305",
    "临桂区": "450312",
    # w05 贵州省 安顺市
    "贵州省": "520000",
    "贵州": "520000",
    "安顺市": "520400",
    "安顺": "520400",
}
# a district written with its city in front (湛江市霞山区) has the district's code
for _city, _ds in [("湛江市", ["赤坎区", "霞山区", "麻章区"]), ("桂林市", ["秀峰区", "七星区", "临桂区"])]:
    for _d in _ds:
        CODES[_city + _d] = CODES[_d]


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


def doc(name, region, period, category):
    DOCS[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return DOCS[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, measure, **kw):
    recs.append(
        dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, measure=measure, **kw)
    )


FS = ["funding", "rd_expenditure", "other"]  # 财政科技支出 (corpus 03, reports5)
HT = "high_tech_enterprise"
RI = "rd_institution"
TM = "tech_market"
TS = "tech_sme"
IV = ["innovation_voucher", "funding"]
FE = ["funding", "enterprise"]

# ---------------------------------------------------------------- w01
# 湛江市科学技术局 2024年工作总结 (published 2025-01-21): numbered sections
# 一、（一）1., 全市/我市 and district/county figures, 全省第X, 增幅, 占全省比重,
# a comparison with the provincial average, 2025 targets.
d = doc("w01.txt", ["湛江市", "湛江"], "2024", "rd_expenditure")
Y = ["2024", "2024-12"]
RD = ["全社会研究与试验发展（R&D）经费", "研究与试验发展（R&D）经费", "R&D经费"]
RDI = ["R&D经费投入强度", "投入强度"]
R(d, "经费68.4亿元", "68.4亿元", V("68.4", "亿"), "元", "level", RD, "rd_spend")
R(d, "同比增长12.6%", "12.6%", 12.6, "%", "growth", RD, "rd_spend")
R(d, "增幅居全省第5位", "第5位", 5, "位", "rank", [x + "增幅" for x in RD] + ["增幅"], "rd_spend")
R(d, "强度为1.82%", "1.82%", 1.82, "%", "share", RDI, "rd_intensity")
R(d, "提高0.11个百分点", "0.11个百分点", 0.11, "百分点", "growth", RDI, "rd_intensity")
GS = ["规模以上工业企业研发费用", "规上工业企业研发费用"]
R(d, "研发费用51.7亿元", "51.7亿元", V("51.7", "亿"), "元", "level", GS, "rd_spend_enterprise")
R(
    d,
    "的75.6%",
    "75.6%",
    75.6,
    "%",
    "share",
    ["规模以上工业企业研发费用占全市R&D经费", "规模以上工业企业研发费用占比"] + GS,
    "rd_spend_enterprise",
)
HTE = ["有效高新技术企业", "高新技术企业"]
R(d, "达到986家", "986家", 986, "家", "level", HTE, "hte_count", period=Y, category=HT)
R(
    d,
    "净增73家",
    "73家",
    73,
    "家",
    ["level", "growth"],
    ["净增高新技术企业", "净增有效高新技术企业"] + HTE,
    ["hte_new", "hte_count"],
    period=Y,
    category=HT,
)
R(
    d,
    "比重为1.3%",
    "1.3%",
    1.3,
    "%",
    "share",
    ["有效高新技术企业占全省比重", "占全省比重"],
    "hte_count",
    period=Y,
    category=HT,
)
KZ = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业2140家", "2140家", 2140, "家", "level", KZ, "tsme_count", category=TS)
R(d, "增长18.4%", "18.4%", 18.4, "%", "growth", KZ, "tsme_count", category=TS)
JS = ["技术合同成交额", "合同成交额"]
R(d, "技术合同1523项", "1523项", 1523, "项", "level", "登记技术合同", "tech_contract_count", category=TM)
R(d, "成交额42.36亿元", "42.36亿元", V("42.36", "亿"), "元", "level", JS, "tech_contract_value", category=TM)
R(d, "增长27.9%", "27.9%", 27.9, "%", "growth", JS, "tech_contract_value", category=TM)
R(
    d,
    "增速居全省第3位",
    "第3位",
    3,
    "位",
    "rank",
    ["技术合同成交额增速", "合同成交额增速", "增速"],
    "tech_contract_value",
    category=TM,
)
R(
    d,
    "研究中心14家",
    "14家",
    14,
    "家",
    "level",
    ["新认定省级工程技术研究中心", "省级工程技术研究中心"],
    "rd_institutions",
    category=RI,
)
R(d, "实验室2家", "2家", 2, "家", "level", ["新认定省级重点实验室", "省级重点实验室"], "rd_institutions", category=RI)
R(d, "累计达到237家", "237家", 237, "家", "level", "省级以上研发机构", "rd_institutions", period=Y, category=RI)
SQ = ["赤坎区", "霞山区", "麻章区"]  # 三区 together
R(d, "合计528家", "528家", 528, "家", "level", HTE, "hte_count", region=SQ, period=Y, category=HT)
R(
    d,
    "占全市的53.5%",
    "53.5%",
    53.5,
    "%",
    "share",
    ["占全市", "有效高新技术企业占全市比重"],
    "hte_count",
    region=SQ,
    period=Y,
    category=HT,
)
XS = ["霞山区", "湛江市霞山区"]
R(d, "强度达2.46%", "2.46%", 2.46, "%", "share", RDI, "rd_intensity", region=XS)
R(d, "居全市第一", "第一", 1, "位", "rank", RDI, "rd_intensity", region=XS)
MZ = ["麻章区", "湛江市麻章区"]
R(d, "成交额9.8亿元", "9.8亿元", V("9.8", "亿"), "元", "level", JS, "tech_contract_value", region=MZ, category=TM)
R(
    d,
    "占全市的23.1%",
    "23.1%",
    23.1,
    "%",
    "share",
    ["占全市", "技术合同成交额占全市比重"],
    "tech_contract_value",
    region=MZ,
    category=TM,
)
LJ = "廉江市"
R(d, "达到81家", "81家", 81, "家", "level", HTE, "hte_count", region=LJ, period=Y, category=HT)
R(
    d,
    "净增21家",
    "21家",
    21,
    "家",
    ["level", "growth"],
    ["净增高新技术企业", "净增有效高新技术企业"] + HTE,
    ["hte_new", "hte_count"],
    region=LJ,
    period=Y,
    category=HT,
)
R(d, "增幅35.0%", "35.0%", 35, "%", "growth", HTE, "hte_count", region=LJ, period=Y, category=HT)
R(
    d,
    "排名第一",
    "第一",
    1,
    "位",
    "rank",
    ["有效高新技术企业增幅", "高新技术企业增幅", "增幅"],
    "hte_count",
    region=LJ,
    period=Y,
    category=HT,
)
R(
    d,
    "资金1.27亿元",
    "1.27亿元",
    V("1.27", "亿"),
    "元",
    "level",
    ["兑现各类科技奖补资金", "科技奖补资金"],
    "",
    category="funding",
)
R(d, "612家次", "612家次", 612, "家次", "level", "惠及企业", "", category=FE)
R(
    d,
    "人才186名",
    "186名",
    186,
    "名",
    "level",
    ["引进博士等高层次科技人才", "高层次科技人才"],
    "",
    category="talent",
)
R(d, "特派员320名", "320名", 320, "名", "level", ["选派科技特派员", "科技特派员"], "", category="talent")
R(
    d,
    "创新券1350万元",
    "1350万元",
    V("1350", "万"),
    "元",
    "level",
    ["发放科技创新券", "科技创新券发放"],
    "voucher_issued",
    category=IV,
)
R(
    d,
    "兑现986万元",
    "986万元",
    V("986", "万"),
    "元",
    "level",
    ["企业实际使用兑现", "使用兑现", "科技创新券使用兑现"],
    "voucher_used",
    category=IV,
)
R(
    d,
    "兑现率73.0%",
    "73.0%",
    73,
    "%",
    "share",
    ["兑现率", "科技创新券兑现率"],
    ["voucher_used", ""],
    category="innovation_voucher",
)
R(
    d,
    "（3.54%）",
    "3.54%",
    3.54,
    "%",
    "share",
    ["全省平均水平", "R&D经费投入强度", "全省R&D经费投入强度平均水平"],
    "rd_intensity",
    region=["广东省", "广东"],
    period=["2024", ""],
)
R(d, "第11位", "第11位", 11, "位", "rank", ["高新技术企业数量", "高新技术企业"], "hte_count", period=Y, category=HT)
R(
    d,
    "10%以上",
    "10%以上",
    10,
    "%",
    "growth",
    ["全社会R&D经费", "R&D经费"],
    "rd_spend",
    qualifier="at_least",
    planned=True,
    period="2025",
)
R(
    d,
    "突破1100家",
    "1100家",
    1100,
    "家",
    "level",
    HTE,
    "hte_count",
    qualifier=["more_than", None],
    planned=True,
    period=["2025", "2025-12"],
    category=HT,
)
R(
    d,
    "达到50亿元",
    "50亿元",
    V("50", "亿"),
    "元",
    "level",
    "技术合同成交额",
    "tech_contract_value",
    planned=True,
    period="2025",
    category=TM,
)

# ---------------------------------------------------------------- w02
# 延边日报 story (2025-02-18) on R&D in 延边朝鲜族自治州 (headline 延边州):
# two headline figures, 规上工业企业 R&D and its 投入强度, county-level
# cities, 研发机构覆盖率, a quoted official with 去年 (= 2024) and 今年
# (= 2025) targets.
YB = ["延边朝鲜族自治州", "延边州", "延边"]
d = doc("w02.txt", YB, "2024", "rd_expenditure")
GY = ["规模以上工业企业研发经费", "规上工业企业研发经费"]
R(d, "研发经费增长13.7%", "13.7%", 13.7, "%", "growth", GY, "rd_spend_enterprise")
FGL = ["研发机构覆盖率", "规上工业企业研发机构覆盖率"]
FGM = ["", "rd_institutions"]
R(d, "覆盖率提高4.2个百分点", "4.2个百分点", 4.2, "百分点", "growth", FGL, FGM, category=RI)
R(d, "达到18.42亿元", "18.42亿元", V("18.42", "亿"), "元", "level", GY, "rd_spend_enterprise")
R(d, "同比增长13.7%", "13.7%", 13.7, "%", "growth", GY, "rd_spend_enterprise")
GYI = ["规上工业企业研发投入强度", "研发投入强度", "投入强度"]
R(d, "为1.12%", "1.12%", 1.12, "%", "share", GYI, "rd_intensity_enterprise")
R(d, "提高0.09个百分点", "0.09个百分点", 0.09, "百分点", "growth", GYI, "rd_intensity_enterprise")
QS = ["全社会研发经费投入", "全社会研发经费", "研发经费投入"]
QSI = ["投入强度", "全社会研发经费投入强度", "研发投入强度"]
R(d, "投入26.3亿元", "26.3亿元", V("26.3", "亿"), "元", "level", QS, "rd_spend")
R(d, "达到2.50%", "2.50%", 2.5, "%", "share", QSI, "rd_intensity")
R(d, "居全省第2位", "第2位", 2, "位", "rank", QSI, "rd_intensity")
R(d, "研发经费7.35亿元", "7.35亿元", V("7.35", "亿"), "元", "level", GY, "rd_spend_enterprise", region="延吉市")
R(
    d,
    "占全州的39.9%",
    "39.9%",
    39.9,
    "%",
    "share",
    ["占全州", "规上工业企业研发经费占全州比重"],
    "rd_spend_enterprise",
    region="延吉市",
)
R(d, "3.12亿元", "3.12亿元", V("3.12", "亿"), "元", "level", GY, "rd_spend_enterprise", region="珲春市")
R(d, "2.48亿元", "2.48亿元", V("2.48", "亿"), "元", "level", GY, "rd_spend_enterprise", region="敦化市")
R(d, "增长21.4%", "21.4%", 21.4, "%", "growth", GY, "rd_spend_enterprise", region="珲春市")
R(d, "和16.8%", "16.8%", 16.8, "%", "growth", GY, "rd_spend_enterprise", region="敦化市")
YD = ["2024", "2024-12"]  # 截至去年底 in a story of 2025
R(
    d,
    "全州589家",
    "589家",
    589,
    "家",
    "level",
    ["规上工业企业", "规模以上工业企业"],
    "",
    period=YD,
    category=["economy", "enterprise", "other"],
)
R(
    d,
    "达到186家",
    "186家",
    186,
    "家",
    "level",
    ["建有研发机构的规上工业企业", "建有研发机构的企业", "建有研发机构"],
    ["rd_institutions", ""],
    period=YD,
    category=RI,
)
R(d, "覆盖率为31.6%", "31.6%", 31.6, "%", "share", FGL, FGM, period=YD, category=RI)
R(d, "比上年提高4.2个百分点", "4.2个百分点", 4.2, "百分点", "growth", FGL, FGM, period=YD, category=RI)
R(
    d,
    "达到45.3%",
    "45.3%",
    45.3,
    "%",
    "share",
    ["有研发活动的企业占比", "有研发活动的企业"],
    "",
    period=YD,
    category=["rd_expenditure", "enterprise", "other"],
)
R(
    d,
    "研发平台17个",
    "17个",
    17,
    "个",
    "level",
    ["新增省级以上研发平台", "省级以上研发平台"],
    "rd_institutions",
    period=YD,
    category=RI,
)
R(
    d,
    "国家级2个",
    "2个",
    2,
    "个",
    "level",
    ["国家级研发平台", "新增国家级研发平台", "国家级"],
    "rd_institutions",
    period=YD,
    category=RI,
)
R(
    d,
    "资金4860万元",
    "4860万元",
    V("4860", "万"),
    "元",
    "level",
    ["兑现企业研发后补助资金", "企业研发后补助资金", "研发后补助资金"],
    "",
    category="funding",
)
R(d, "惠及企业213家", "213家", 213, "家", "level", "惠及企业", "", category=FE)
R(
    d,
    "补助120万元",
    "120万元",
    V("120", "万"),
    "元",
    "level",
    ["单个企业最高获得补助", "单个企业最高补助"],
    "",
    qualifier=["at_most", None],
    category="funding",
)
CZ = ["州本级财政科技支出", "财政科技支出"]
R(d, "支出1.96亿元", "1.96亿元", V("1.96", "亿"), "元", "level", CZ, "fiscal_st_spend", category=FS)
R(d, "增长8.3%", "8.3%", 8.3, "%", "growth", CZ, "fiscal_st_spend", category=FS)
R(
    d,
    "突破20亿元",
    "20亿元",
    V("20", "亿"),
    "元",
    "level",
    GY,
    "rd_spend_enterprise",
    qualifier=["more_than", None],
    planned=True,
    period="2025",
)
R(
    d,
    "35%以上",
    "35%以上",
    35,
    "%",
    "share",
    FGL,
    FGM,
    qualifier="at_least",
    planned=True,
    period="2025",
    category=RI,
)
R(
    d,
    "企业30家",
    "30家",
    30,
    "家",
    "level",
    ["新培育高新技术企业", "高新技术企业"],
    "hte_new",
    planned=True,
    period="2025",
    category=HT,
)

# ---------------------------------------------------------------- w03
# 重庆市永川区 审计局 report to the 人大常委会 on 区级科技专项资金: budget,
# 拨付, 执行率, 结余, 2022/2023/2024 compared, money in 万元 and 亿元,
# ordinals 第十九届/第二十五次, thresholds 超过6个月 / 超过30% (no records).
YC = ["永川区", "重庆市永川区"]
d = doc("w03.txt", YC, "2024", ["funding", "other"])
Y = ["2024", "2024-12"]  # 年末 / 截至2024年底 / 累计
ZX = ["区级财政安排科技专项资金预算", "科技专项资金预算", "区级科技专项资金预算"]
ZXM = ["", "fiscal_st_spend"]
R(d, "预算18650万元", "18650万元", V("18650", "万"), "元", "level", ZX, ZXM)
R(d, "2023年的16420万元", "16420万元", V("16420", "万"), "元", "level", ZX, ZXM, period="2023")
R(d, "增长13.6%", "13.6%", 13.6, "%", "growth", ZX, ZXM, period=["2024", "2023/2024"])
R(d, "2022年的13980万元", "13980万元", V("13980", "万"), "元", "level", ZX, ZXM, period="2022")
R(d, "增长33.4%", "33.4%", 33.4, "%", "growth", ZX, ZXM, period=["2024", "2022/2024"])
BF = ["全年实际拨付", "实际拨付", "实际拨付科技专项资金"]
R(d, "拨付16972万元", "16972万元", V("16972", "万"), "元", "level", BF, ZXM)
ZXL = ["预算执行率", "科技专项资金预算执行率"]
R(d, "执行率为91.0%", "91.0%", 91, "%", ["share", "level"], ZXL, "")
R(d, "2023年的86.4%", "86.4%", 86.4, "%", ["share", "level"], ZXL, "", period="2023")
R(d, "2022年的82.7%", "82.7%", 82.7, "%", ["share", "level"], ZXL, "", period="2022")
R(d, "结余1678万元", "1678万元", V("1678", "万"), "元", "level", ["年末结余", "结余资金", "结余"], "", period=Y)
R(d, "占预算的9.0%", "9.0%", 9, "%", "share", ["结余占预算", "结余占预算的比重", "结余率"], "", period=Y)
CK = ["全区财政科技支出", "财政科技支出"]
CKS = ["财政科技支出占一般公共预算支出", "财政科技支出占一般公共预算支出的比重", "占一般公共预算支出"]
R(d, "3.12亿元", "3.12亿元", V("3.12", "亿"), "元", "level", CK, "fiscal_st_spend", category=FS)
R(d, "支出的4.26%", "4.26%", 4.26, "%", "share", CKS, "fiscal_st_spend", category=FS)
R(d, "提高0.35个百分点", "0.35个百分点", 0.35, "百分点", "growth", CKS, "fiscal_st_spend", category=FS)
R(
    d,
    "资金5320万元",
    "5320万元",
    V("5320", "万"),
    "元",
    "level",
    ["企业研发投入后补助资金", "研发投入后补助资金", "兑付企业研发投入后补助资金"],
    "",
    category="funding",
)
R(d, "涉及企业286家", "286家", 286, "家", "level", "涉及企业", "", category=FE)
R(
    d,
    "增长17.2%",
    "17.2%",
    17.2,
    "%",
    "growth",
    ["规上工业企业研发投入", "全区规上工业企业研发投入"],
    "rd_spend_enterprise",
    category="rd_expenditure",
)
R(
    d,
    "奖励2140万元",
    "2140万元",
    V("2140", "万"),
    "元",
    "level",
    ["新认定高新技术企业奖励", "高新技术企业奖励", "兑现新认定高新技术企业奖励"],
    "",
    category=["funding", HT],
)
R(d, "高企107家", "107家", 107, "家", "level", ["新认定高企", "新认定高新技术企业"], "hte_new", category=HT)
R(
    d,
    "每家奖励20万元",
    "20万元",
    V("20", "万"),
    "元",
    "level",
    ["每家奖励", "奖励"],
    "",
    period=["2024", ""],
    category="funding",
)
ZS = ["project", "funding"]
R(d, "专项14项", "14项", 14, "项", "level", ["重大科技专项", "实施重大科技专项"], "", category="project")
R(
    d,
    "合同金额3860万元",
    "3860万元",
    V("3860", "万"),
    "元",
    "level",
    ["合同金额", "重大科技专项合同金额"],
    "",
    category=ZS,
)
R(d, "已拨付2316万元", "2316万元", V("2316", "万"), "元", "level", ["已拨付", "重大科技专项已拨付"], "", category=ZS)
R(d, "进度为60.0%", "60.0%", 60, "%", ["share", "level"], ["拨付进度", "重大科技专项拨付进度"], "", category=ZS)
R(
    d,
    "资金2580万元",
    "2580万元",
    V("2580", "万"),
    "元",
    "level",
    ["新型研发机构和重点实验室建设资金", "建设资金"],
    "",
    category=["funding", RI],
)
R(
    d,
    "研发平台12个",
    "12个",
    12,
    "个",
    "level",
    ["新增市级以上研发平台", "市级以上研发平台"],
    "rd_institutions",
    category=RI,
)
R(d, "累计达到96个", "96个", 96, "个", "level", "市级以上研发平台", "rd_institutions", period=Y, category=RI)
R(
    d,
    "其余4616万元",
    "4616万元",
    V("4616", "万"),
    "元",
    "level",
    ["其余", "科技金融、创新券和科普等支出"],
    "",
    category="funding",
)
PO = ["project", "other"]
R(d, "9个项目", "9个", 9, "个", "level", ["资金到位时间超过6个月的项目", "资金拨付滞后的项目", "项目"], "", category=PO)
R(d, "涉及金额1245万元", "1245万元", V("1245", "万"), "元", "level", "涉及金额", "", category=ZS)
R(d, "3个专项", "3个", 3, "个", "level", ["结余率超过30%的专项", "专项"], "", period=Y, category=ZS + ["other"])
R(d, "合计826万元", "826万元", V("826", "万"), "元", "level", ["结余资金", "结余资金合计"], "", period=Y)
R(d, "42个项目", "42个", 42, "个", "level", ["抽查的项目", "抽查项目"], "", category=PO)
R(d, "有7个", "7个", 7, "个", "level", ["未达到预期绩效目标的项目", "未达到绩效目标的项目"], "", category=PO)
R(d, "占16.7%", "16.7%", 16.7, "%", "share", ["未达到预期绩效目标的项目占比", "占比"], "", category=PO)
R(
    d,
    "95%以上",
    "95%以上",
    95,
    "%",
    ["share", "level"],
    ["区级科技专项资金预算执行率", "预算执行率"],
    "",
    qualifier="at_least",
    planned=True,
    period="2025",
)

# ---------------------------------------------------------------- w04
# 桂林市 知识产权 and 技术市场 bulletin: half-width punctuation, thousands
# separators (5,862件), 增长X% beside 增加N件, per-10k ratios (patents and
# contract turnover), ranks, the province average and the count of 设区市,
# a population footnote, a phone number (no record).
GL = ["桂林市", "桂林"]
d = doc("w04.txt", GL, "2024", "patent")
Y = ["2024", "2024-12"]  # 截至2024年底 / 年末
GX = ["广西", "广西壮族自治区"]
ZS4 = "专利授权量"
R(d, "授权量5,862件", "5,862件", 5862, "件", "level", ZS4, "patent_grants")
R(d, "同比增长9.6%", "9.6%", 9.6, "%", "growth", ZS4, "patent_grants")
FM = ["发明专利授权", "发明专利授权量"]
R(d, "授权1,347件", "1,347件", 1347, "件", "level", FM, "invention_patent_grants")
R(d, "增长21.8%", "21.8%", 21.8, "%", "growth", FM, "invention_patent_grants")
R(d, "增加241件", "241件", 241, "件", "growth", FM, "invention_patent_grants")
R(d, "3,915件", "3,915件", 3915, "件", "level", ["实用新型专利授权", "实用新型专利授权量"], "")
R(d, "600件", "600件", 600, "件", "level", ["外观设计专利授权", "外观设计专利授权量"], "")
R(d, "9,436件", "9,436件", 9436, "件", "level", "专利申请量", "patent_applications")
R(d, "下降3.2%", "3.2%", -3.2, "%", "growth", "专利申请量", "patent_applications")
FS4 = ["发明专利申请", "发明专利申请量"]
R(d, "3,108件", "3,108件", 3108, "件", "level", FS4, "invention_patent_applications")
R(d, "增长6.7%", "6.7%", 6.7, "%", "growth", FS4, "invention_patent_applications")
YX = ["有效发明专利", "有效发明专利拥有量"]
R(d, "8,745件", "8,745件", 8745, "件", "level", YX, "invention_patents_held", period=Y)
R(d, "1,062件", "1,062件", 1062, "件", "growth", YX, "invention_patents_held", period=Y)
R(d, "增长13.8%", "13.8%", 13.8, "%", "growth", YX, "invention_patents_held", period=Y)
WR = ["每万人口发明专利拥有量", "万人发明专利拥有量"]
R(d, "17.6件", "17.6件", 17.6, "件", ["level", "share"], WR, "invention_patents_per_10k", period=Y)
R(d, "提高2.1件", "2.1件", 2.1, "件", "growth", WR, "invention_patents_per_10k", period=Y)
R(d, "14个设区市", "14个", 14, "个", "level", "设区市", "", region=GX, period=Y, category="other")
R(d, "居第2位", "第2位", 2, "位", "rank", WR, "invention_patents_per_10k", period=Y)
R(
    d,
    "(9.8件)",
    "9.8件",
    9.8,
    "件",
    ["level", "share"],
    ["全区平均水平", "每万人口发明专利拥有量全区平均水平"] + WR,
    "invention_patents_per_10k",
    region=GX,
    period=Y,
)
R(
    d,
    "7.8件",
    "7.8件",
    7.8,
    "件",
    ["growth", "level"],
    WR + ["高于全区平均水平"],
    "invention_patents_per_10k",
    period=Y,
)
GJ = ["高价值发明专利拥有量", "高价值发明专利"]
R(d, "3,120件", "3,120件", 3120, "件", "level", GJ, "", period=Y)
R(
    d,
    "35.7%",
    "35.7%",
    35.7,
    "%",
    "share",
    ["高价值发明专利占有效发明专利", "高价值发明专利占比", "高价值发明专利拥有量占有效发明专利的比重"],
    "",
    period=Y,
)
R(d, "申请36件", "36件", 36, "件", "level", ["PCT国际专利申请", "PCT国际专利申请量"], "")
R(d, "7.82万件", "7.82万件", V("7.82", "万"), "件", "level", "有效注册商标", "", period=Y)
R(d, "增长11.4%", "11.4%", 11.4, "%", "growth", "有效注册商标", "", period=Y)
R(d, "2,684项", "2,684项", 2684, "项", "level", "登记技术合同", "tech_contract_count", category=TM)
R(d, "增加156项", "156项", 156, "项", "growth", "登记技术合同", "tech_contract_count", category=TM)
R(d, "增长6.2%", "6.2%", 6.2, "%", "growth", "登记技术合同", "tech_contract_count", category=TM)
JS4 = "技术合同成交额"
R(d, "58.93亿元", "58.93亿元", V("58.93", "亿"), "元", "level", JS4, "tech_contract_value", category=TM)
R(d, "增长24.5%", "24.5%", 24.5, "%", "growth", JS4, "tech_contract_value", category=TM)
R(d, "41.27亿元", "41.27亿元", V("41.27", "亿"), "元", "level", "技术交易额", ["", "tech_contract_value"], category=TM)
R(d, "70.0%", "70.0%", 70, "%", "share", ["技术交易额占成交额", "技术交易额占比"], "", category=TM)
R(
    d,
    "1,186万元",
    "1,186万元",
    V("1186", "万"),
    "元",
    ["level", "share"],
    "每万人口技术合同成交额",
    "",
    category=TM,
)
QX = ["七星区", "桂林市七星区"]
CJ = ["成交额", JS4]
R(d, "21.46亿元", "21.46亿元", V("21.46", "亿"), "元", "level", CJ, "tech_contract_value", region=QX, category=TM)
R(d, "居全市第一", "第一", 1, "位", "rank", CJ, "tech_contract_value", region=QX, category=TM)
R(
    d,
    "12.08亿元",
    "12.08亿元",
    V("12.08", "亿"),
    "元",
    "level",
    CJ,
    "tech_contract_value",
    region=["临桂区", "桂林市临桂区"],
    category=TM,
)
R(
    d,
    "6.35亿元",
    "6.35亿元",
    V("6.35", "亿"),
    "元",
    "level",
    CJ,
    "tech_contract_value",
    region=["秀峰区", "桂林市秀峰区"],
    category=TM,
)
R(d, "1,932项", "1,932项", 1932, "项", "level", "吸纳技术合同", "tech_contract_count", category=TM)
XN = ["吸纳技术合同成交额", "成交额"]
R(d, "47.15亿元", "47.15亿元", V("47.15", "亿"), "元", "level", XN, "tech_contract_value_absorbed", category=TM)
R(d, "增长18.9%", "18.9%", 18.9, "%", "growth", XN, "tech_contract_value_absorbed", category=TM)
R(
    d,
    "496.8万人",
    "496.8万人",
    V("496.8", "万"),
    "人",
    "level",
    ["年末全市常住人口", "常住人口"],
    "",
    period=Y,
    category=["economy", "other"],
)

# ---------------------------------------------------------------- w05
# 安顺市 "十四五" 科技创新规划 midterm evaluation: base year 2020, evaluation
# point 2023, targets for 2025 (planned), completion ratios, 年均增长,
# 倍, 以上/左右/近/超过/不到, a pipe table 2020年 | 2023年 | 目标.
AS = ["安顺市", "安顺"]
d = doc("w05.txt", AS, "2023", "rd_expenditure")
Y23 = ["2023", "2023-12"]
Y25 = ["2025", "2025-12"]
Y20 = ["2020", "2020-12"]
NJ = ["2023", "2021/2023", "2020/2023"]  # 年均增长 over the plan's first three years
ZB = ["规划确定的主要指标", "主要指标"]
R(d, "12项主要指标", "12项", 12, "项", "level", ZB, "", period=["2023", ""], category="other")
R(
    d,
    "8项达到",
    "8项",
    8,
    "项",
    "level",
    ["达到或超过序时进度的指标", "达到或超过序时进度"],
    "",
    period=["2023", "2021/2023"],
    category="other",
)
R(
    d,
    "4项进度",
    "4项",
    4,
    "项",
    "level",
    ["进度滞后的指标", "进度滞后"],
    "",
    period=["2023", "2021/2023"],
    category="other",
)
RD5 = ["研究与试验发展（R&D）经费投入", "R&D经费投入", "研究与试验发展（R&D）经费"]
R(d, "投入9.68亿元", "9.68亿元", V("9.68", "亿"), "元", "level", RD5, "rd_spend")
R(d, "年均增长16.8%", "16.8%", 16.8, "%", "growth", RD5, "rd_spend", period=NJ)
RI5 = ["R&D经费投入强度", "投入强度"]
R(d, "2020年的0.63%", "0.63%", 0.63, "%", "share", RI5, "rd_intensity", period="2020")
R(d, "提高到0.86%", "0.86%", 0.86, "%", "share", RI5, "rd_intensity")
R(d, "（1.2%）", "1.2%", 1.2, "%", "share", RI5 + ["规划目标"], "rd_intensity", planned=True, period="2025")
WC = ["完成规划目标", "规划目标完成率", "完成率"]
R(d, "的71.7%", "71.7%", 71.7, "%", ["share", "level"], WC + ["R&D经费投入强度"], "")
GQ = ["高新技术企业", "高新技术企业数"]
R(d, "2020年的78家", "78家", 78, "家", "level", GQ, "hte_count", period=Y20, category=HT)
R(d, "增加到163家", "163家", 163, "家", "level", GQ, "hte_count", period=Y23, category=HT)
R(d, "达到150家", "150家", 150, "家", "level", GQ, "hte_count", planned=True, period=Y25, category=HT)
R(d, "完成率108.7%", "108.7%", 108.7, "%", ["share", "level"], WC + GQ, "", category=HT)
KZ5 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业312家", "312家", 312, "家", "level", KZ5, "tsme_count", period=Y23, category=TS)
R(d, "2.6倍", "2.6倍", 2.6, "倍", ["growth", "level"], KZ5, "tsme_count", period=["2023", "2020/2023"], category=TS)
WR5 = ["每万人口发明专利拥有量", "万人发明专利拥有量"]
PI = "invention_patents_per_10k"
R(d, "达到2.34件", "2.34件", 2.34, "件", ["level", "share"], WR5, PI, period=Y23, category="patent")
R(d, "（3件）", "3件", 3, "件", ["level", "share"], WR5 + ["目标"], PI, planned=True, period=Y25, category="patent")
R(d, "的78.0%", "78.0%", 78, "%", ["share", "level"], WC + WR5, "", category="patent")
JS5 = "技术合同成交额"
R(d, "达到17.3亿元", "17.3亿元", V("17.3", "亿"), "元", "level", JS5, "tech_contract_value", category=TM)
R(d, "年均增长42.6%", "42.6%", 42.6, "%", "growth", JS5, "tech_contract_value", period=NJ, category=TM)
# the table: row label at the start of the line, cells = k-th number of the row;
# columns 2020年 | 2023年 | 目标 (2025, per the table title)
for label, unit, mult, kind, ind, meas, cat, stock, cells in [
    ("| R&D经费投入强度（%）", "%", "", "share", RI5, "rd_intensity", "rd_expenditure", False, ["0.63", "0.86", "1.2"]),
    ("| 高新技术企业数（家）", "家", "", "level", GQ, "hte_count", HT, True, ["78", "163", "150"]),
    ("| 每万人口发明专利拥有量（件）", "件", "", ["level", "share"], WR5, PI, "patent", True, ["1.21", "2.34", "3"]),
    ("| 技术合同成交额（亿元）", "元", "亿", "level", JS5, "tech_contract_value", TM, False, ["5.97", "17.3", "15"]),
]:
    for k, (cell, year) in enumerate(zip(cells, ["2020", "2023", "2025"])):
        per = [year, year + "-12"] if stock else year
        R(
            d,
            label,
            cell,
            V(cell, mult),
            unit,
            kind,
            ind,
            meas,
            cell=k,
            period=per,
            category=cat,
            planned=True if k == 2 else None,
        )
R(
    d,
    "（1.01%）",
    "1.01%",
    1.01,
    "%",
    "share",
    ["全省平均水平", "R&D经费投入强度", "全省R&D经费投入强度平均水平"],
    "rd_intensity",
    region=["贵州省", "贵州"],
)
R(
    d,
    "85%左右",
    "85%左右",
    85,
    "%",
    ["share", "level"],
    ["R&D经费投入强度为全省平均水平的比例", "为全省平均水平"],
    "",
    qualifier="about",
)
PT = ["省级以上科技创新平台", "科技创新平台"]
R(d, "平台67个", "67个", 67, "个", "level", PT, "rd_institutions", period=Y23, category=RI)
R(d, "83.8%", "83.8%", 83.8, "%", ["share", "level"], WC + PT, "", category=RI)
R(
    d,
    "不到15人年",
    "不到15人年",
    15,
    "人年",
    ["level", "share"],
    ["每万名就业人员中R&D人员", "每万名就业人员中R&D人员数"],
    "rd_personnel",
    qualifier=["at_most", "nearly"],
    category="talent",
)
R(d, "1.0%以上", "1.0%以上", 1, "%", "share", RI5, "rd_intensity", qualifier="at_least", planned=True, period="2025")
R(
    d,
    "超过200家",
    "超过200家",
    200,
    "家",
    "level",
    GQ,
    "hte_count",
    qualifier="more_than",
    planned=True,
    period=Y25,
    category=HT,
)
R(
    d,
    "400家左右",
    "400家左右",
    400,
    "家",
    "level",
    ["科技型中小企业入库", "科技型中小企业"],
    "tsme_count",
    qualifier="about",
    planned=True,
    period="2025",
    category=TS,
)
R(
    d,
    "近3件",
    "近3件",
    3,
    "件",
    ["level", "share"],
    WR5,
    PI,
    qualifier="nearly",
    planned=True,
    period=Y25,
    category="patent",
)


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def locate(text, name, r):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    if "cell" in r:
        # a table row: the anchor is the row label at the start of a line
        rows = [m for m in re.finditer(r"^" + re.escape(a) + r"[ \t].*$", text, re.M)]
        if len(rows) != 1:
            sys.exit(f"{name}: row {a!r} found {len(rows)} times")
        row = rows[0]
        nums = list(NUM.finditer(row.group()))
        m = nums[r["cell"]]
        if m.group() != fig:
            sys.exit(f"{name}: row {a!r} cell {r['cell']} is {m.group()!r}, not {fig!r}")
        return row.start() + m.start(), row.start() + m.end()
    n = text.count(a)
    if n != 1:
        sys.exit(f"{name}: anchor {a!r} occurs {n} times")
    i = text.index(a)
    if a.count(fig) != 1:
        sys.exit(f"{name}: figure {fig!r} is not once in anchor {a!r}")
    start = i + a.index(fig)
    return start, start + len(fig)


def written_value(r):
    """|value| as the figure's text writes it: Arabic digits with thousands
    separators removed, 万/亿 folded in; a table cell takes its row's unit."""
    t = r["fig"]
    m = re.search(r"\d[\d,]*(?:\.\d+)?", t)
    if not m:
        cn = {"第一": 1, "第二": 2, "第三": 3}  # the only Chinese numerals in this set are ranks
        if t not in cn:
            sys.exit(f"no number in {t!r}")
        return Decimal(cn[t])
    n = Decimal(m.group().replace(",", ""))
    rest = t[m.end() :]
    mult = next((w for w in ("万亿", "亿", "万") if rest.startswith(w)), "")
    if "cell" in r and r["unit"] == "元":
        mult = "亿"  # 技术合同成交额（亿元）
    return n * MULT[mult]


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
    out.sort(key=lambda g: (g["doc"], g["start"]))
    return out


def pct(a, b, nd=1):
    """a / b in percent, rounded half-up to nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding="ROUND_HALF_UP")


def growth(new, old, nd=1):
    return pct(new - old, old, nd)


def cagr(new, old, years, nd=1):
    q = Decimal(1).scaleb(-nd)
    return Decimal(str(((new / old) ** (1 / years) - 1) * 100)).quantize(q, rounding="ROUND_HALF_UP")


# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # w01
    (pct(51.7, 68.4), Decimal("75.6")),
    (pct(528, 986), Decimal("53.5")),
    (pct(9.8, 42.36), Decimal("23.1")),
    (growth(81, 81 - 21), Decimal("35.0")),
    (pct(986, 1350), Decimal("73.0")),
    # w02
    (pct(7.35, 18.42), Decimal("39.9")),
    (pct(186, 589), Decimal("31.6")),
    # w03
    (growth(18650, 16420), Decimal("13.6")),
    (growth(18650, 13980), Decimal("33.4")),
    (pct(16972, 18650), Decimal("91.0")),
    (Decimal(18650 - 16972), Decimal("1678")),
    (pct(1678, 18650), Decimal("9.0")),
    (Decimal(5320 + 2140 + 2316 + 2580 + 4616), Decimal("16972")),
    (Decimal(107 * 20), Decimal("2140")),
    (pct(2316, 3860), Decimal("60.0")),
    (pct(7, 42), Decimal("16.7")),
    # w04
    (Decimal(1347 + 3915 + 600), Decimal("5862")),
    (growth(1347, 1347 - 241), Decimal("21.8")),
    (growth(8745, 8745 - 1062), Decimal("13.8")),
    (pct(8745, 496.8 * 100, 1), Decimal("17.6")),  # per 10k people: 8745 / 496.8万
    (Decimal("17.6") - Decimal("9.8"), Decimal("7.8")),
    (pct(3120, 8745), Decimal("35.7")),
    (growth(2684, 2684 - 156), Decimal("6.2")),
    (pct(41.27, 58.93), Decimal("70.0")),
    (
        (Decimal("58.93") * 10**8 / Decimal("496.8") / 10**4).quantize(Decimal(1)),
        Decimal("1186"),
    ),  # 万元 per 10k people
    # w05
    (cagr(9.68, 6.07, 3), Decimal("16.8")),
    (pct(0.86, 1.2), Decimal("71.7")),
    (pct(163, 150), Decimal("108.7")),
    (Decimal(312) / 120, Decimal("2.6")),
    (pct(2.34, 3), Decimal("78.0")),
    (cagr(17.3, 5.97, 3), Decimal("42.6")),
    (pct(0.86, 1.01, 0), Decimal("85")),
    (pct(67, 80), Decimal("83.8")),
]


def write_plain(folder):
    """Write the texts with their thousands separators removed (5,862 -> 5862)
    and the gold with offsets moved to match into `folder`, for
    tests/check_gold.py, whose number reader does not know separators."""
    out = pathlib.Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    moved = {}
    for name in DOCS:
        text = (HERE / name).read_text(encoding="utf-8")
        keep = [
            not (c == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
            for i, c in enumerate(text)
        ]
        pos, n = [], 0
        for k in keep + [True]:
            pos.append(n)
            n += k
        moved[name] = pos
        (out / name).write_text("".join(c for c, k in zip(text, keep) if k), encoding="utf-8")
    with open(out / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in build():
            pos = moved[g["doc"]]
            g["start"], g["end"] = pos[g["start"]], pos[g["end"]]
            g["text"] = re.sub(r"(?<=\d),(?=\d)", "", g["text"])
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    if len(sys.argv) == 3 and sys.argv[1] == "--plain":
        write_plain(sys.argv[2])  # python3 build_gold.py --plain /tmp/reports6
    else:
        for g in build():
            print(json.dumps(g, ensure_ascii=False))
