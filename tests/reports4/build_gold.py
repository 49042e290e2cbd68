#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports4 from hand annotations.

Each annotation names a figure by a context string that occurs exactly once
in its document and the figure text inside that context; offsets are
computed here, never typed by hand.  Table cells (u05) are located as the
k-th number of their row.  Run: python3 build_gold.py > gold.jsonl

Unlike tests/reports3, every record carries the two last fields of
shared/records.md as well: `measure` (the standard indicator id, "" when none
fits, a list when several are acceptable) and `region_code` (GB/T 2260 code of
`region`, derived from the CODES table below; "" for a region that is not an
administrative unit, such as a 高新区).
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
    "甘肃省": "620000",
    "甘肃": "620000",
    "兰州市": "620100",
    "天水市": "620500",
    "酒泉市": "620900",
    "白银市": "620400",
    "雁塔区": "610113",
    "西安市雁塔区": "610113",
    "淄博市": "370300",
    "淄博": "370300",
    "张店区": "370303",
    "淄博市张店区": "370303",
    "临淄区": "370305",
    "淄博市临淄区": "370305",
    "淄川区": "370302",
    "淄博市淄川区": "370302",
    "雲南省": "530000",
    "云南省": "530000",
    "雲南": "530000",
    "云南": "530000",
    "昆明市": "530100",
    "太原市": "140100",
    "太原": "140100",
    "小店区": "140105",
    "迎泽区": "140106",
    "杏花岭区": "140107",
    "尖草坪区": "140108",
    "万柏林区": "140109",
    "晋源区": "140110",
    "清徐县": "140121",
    "阳曲县": "140122",
    "娄烦县": "140123",
    "古交市": "140181",
    "保定市": "130600",
    "保定": "130600",
    "银川市": "640100",
    "银川": "640100",
    "沈阳市": "210100",
    "沈阳": "210100",
}
# a district written with its city in front (太原市小店区) has the district's code
for _d in ["小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区", "清徐县", "阳曲县", "娄烦县", "古交市"]:
    CODES["太原市" + _d] = CODES[_d]


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


# ---------------------------------------------------------------- u01
# 甘肃省 科技经费投入统计公报 (2023): totals, activity types, performers,
# industry, cities, fiscal S&T spending.
d = doc("u01.txt", ["甘肃省", "甘肃"], "2023", "rd_expenditure")
RD = "R&D经费"
RDI = ["R&D经费投入强度", "投入强度"]
PER = ["按R&D人员全时工作量计算的人均经费", "人均经费"]
R(d, "R&D经费148.6亿元", "148.6亿元", V("148.6", "亿"), "元", "level", RD, "rd_spend")
R(d, "增加12.3亿元", "12.3亿元", V("12.3", "亿"), "元", "growth", RD, "rd_spend")
R(d, "增长9.0%", "9.0%", 9, "%", "growth", RD, "rd_spend")
R(d, "为1.24%", "1.24%", 1.24, "%", "share", RDI, "rd_intensity")
R(d, "提高0.06个百分点", "0.06个百分点", 0.06, "百分点", "growth", RDI, "rd_intensity")
R(d, "人均经费为31.5万元", "31.5万元", V("31.5", "万"), "元", "level", PER, "")
R(d, "增加1.8万元", "1.8万元", V("1.8", "万"), "元", "growth", PER, "")
R(d, "基础研究经费10.9亿元", "10.9亿元", V("10.9", "亿"), "元", "level", "基础研究经费", "rd_spend_basic")
R(d, "增长14.6%", "14.6%", 14.6, "%", "growth", "基础研究经费", "rd_spend_basic")
R(d, "应用研究经费27.4亿元", "27.4亿元", V("27.4", "亿"), "元", "level", "应用研究经费", "")
R(d, "增长6.2%", "6.2%", 6.2, "%", "growth", "应用研究经费", "")
R(d, "试验发展经费110.3亿元", "110.3亿元", V("110.3", "亿"), "元", "level", "试验发展经费", "")
R(d, "增长9.1%", "9.1%", 9.1, "%", "growth", "试验发展经费", "")
R(
    d,
    "依次为7.3%",
    "7.3%",
    7.3,
    "%",
    "share",
    ["基础研究经费占R&D经费的比重", "基础研究经费所占比重"],
    "rd_spend_basic",
)
R(d, "、18.4%", "18.4%", 18.4, "%", "share", ["应用研究经费占R&D经费的比重", "应用研究经费所占比重"], "")
R(d, "和74.2%", "74.2%", 74.2, "%", "share", ["试验发展经费占R&D经费的比重", "试验发展经费所占比重"], "")
ENT = "各类企业R&D经费支出"
R(d, "支出96.8亿元", "96.8亿元", V("96.8", "亿"), "元", "level", ENT, "rd_spend_enterprise")
R(d, "增长11.7%", "11.7%", 11.7, "%", "growth", ENT, "rd_spend_enterprise")
R(
    d,
    "的65.1%",
    "65.1%",
    65.1,
    "%",
    "share",
    ["各类企业R&D经费支出占全省R&D经费", "企业经费支出所占比重"],
    "rd_spend_enterprise",
)
R(d, "支出27.9亿元", "27.9亿元", V("27.9", "亿"), "元", "level", "政府属研究机构经费支出", "")
R(d, "增长3.5%", "3.5%", 3.5, "%", "growth", "政府属研究机构经费支出", "")
R(d, "支出20.6亿元", "20.6亿元", V("20.6", "亿"), "元", "level", "高等学校经费支出", "")
R(d, "下降1.4%", "1.4%", -1.4, "%", "growth", "高等学校经费支出", "")
R(d, "支出3.3亿元", "3.3亿元", V("3.3", "亿"), "元", "level", "其他执行主体经费支出", "")
GS = "规模以上工业企业R&D经费"
R(d, "R&D经费78.2亿元", "78.2亿元", V("78.2", "亿"), "元", "level", GS, "rd_spend_enterprise")
R(d, "增长12.4%", "12.4%", 12.4, "%", "growth", GS, "rd_spend_enterprise")
R(
    d,
    "为0.83%",
    "0.83%",
    0.83,
    "%",
    "share",
    ["规模以上工业企业R&D经费投入强度", "投入强度"],
    "rd_intensity_enterprise",
)
GJ = ["高技术制造业R&D经费投入强度", "投入强度"]
R(d, "R&D经费14.5亿元", "14.5亿元", V("14.5", "亿"), "元", "level", "高技术制造业R&D经费", "")
R(d, "为1.96%", "1.96%", 1.96, "%", "share", GJ, "")
R(d, "0.11个百分点", "0.11个百分点", 0.11, "百分点", "growth", GJ, "")
R(
    d,
    "有4个",
    "4个",
    4,
    "个",
    "level",
    ["R&D经费超过10亿元的市州", "市州"],
    "",
    category=["rd_expenditure", "other"],
)
for city, amt in [("兰州市", "68.7"), ("天水市", "14.2"), ("酒泉市", "11.9"), ("白银市", "10.4")]:
    R(d, f"{city}（{amt}亿元）", f"{amt}亿元", V(amt, "亿"), "元", "level", RD, "rd_spend", region=city)
R(d, "兰州市为2.03%", "2.03%", 2.03, "%", "share", RDI, "rd_intensity", region="兰州市")
FS = ["funding", "rd_expenditure", "other"]
FSS = ["财政科学技术支出占一般公共预算支出的比重", "财政科学技术支出占一般公共预算支出"]
R(d, "支出62.4亿元", "62.4亿元", V("62.4", "亿"), "元", "level", "财政科学技术支出", "fiscal_st_spend", category=FS)
R(d, "增长5.8%", "5.8%", 5.8, "%", "growth", "财政科学技术支出", "fiscal_st_spend", category=FS)
R(d, "为1.47%", "1.47%", 1.47, "%", "share", FSS, "fiscal_st_spend", category=FS)
R(d, "0.04个百分点", "0.04个百分点", 0.04, "百分点", "growth", FSS, "fiscal_st_spend", category=FS)

# ---------------------------------------------------------------- u02
# 西安市雁塔区科技局 上半年总结: numbered points, targets in 下半年工作计划.
d = doc("u02.txt", ["雁塔区", "西安市雁塔区"], "2024-01/2024-06", "high_tech_enterprise")
H1 = "2024-01/2024-06"
H1END = ["2024-01/2024-06", "2024-06"]
# item 3 of 下半年工作计划 has no 全年: the heading's 下半年, or the plan year
H2 = ["2024-07/2024-12"]
YXQ = ["有效期内高新技术企业总数", "有效期内高新技术企业"]
R(d, "高新技术企业86家", "86家", 86, "家", "level", "新认定国家高新技术企业", "hte_new")
R(d, "达到1342家", "1342家", 1342, "家", "level", YXQ, "hte_count", period=H1END)
R(d, "同比增长9.6%", "9.6%", 9.6, "%", "growth", YXQ, "hte_count", period=H1END)
R(d, "中小企业2153家", "2153家", 2153, "家", "level", "评价入库国家科技型中小企业", "tsme_count", category="tech_sme")
R(
    d,
    "78.3%",
    "78.3%",
    78.3,
    "%",
    ["share", "level"],
    ["完成年度目标", "年度目标完成率", "评价入库国家科技型中小企业年度目标完成率"],
    "",
    category="tech_sme",
)
YF = ["规上工业企业研发费用支出", "规上工业企业研发费用"]
R(
    d,
    "支出18.74亿元",
    "18.74亿元",
    V("18.74", "亿"),
    "元",
    "level",
    YF,
    "rd_spend_enterprise",
    category="rd_expenditure",
)
R(d, "同比增长15.2%", "15.2%", 15.2, "%", "growth", YF, "rd_spend_enterprise", category="rd_expenditure")
R(
    d,
    "3.1个百分点",
    "3.1个百分点",
    3.1,
    "百分点",
    ["growth", "level"],
    YF + ["规上工业企业研发费用支出增速", "增速"],
    "rd_spend_enterprise",
    category="rd_expenditure",
)
CJ = ["技术合同成交额", "成交额"]
R(d, "技术合同3416项", "3416项", 3416, "项", "level", "登记技术合同", "tech_contract_count", category="tech_market")
R(d, "成交额236.5亿元", "236.5亿元", V("236.5", "亿"), "元", "level", CJ, "tech_contract_value", category="tech_market")
R(d, "同比增长21.8%", "21.8%", 21.8, "%", "growth", CJ, "tech_contract_value", category="tech_market")
R(
    d,
    "全市的三成",
    "三成",
    30,
    "%",
    "share",
    ["成交额占全市", "技术合同成交额占全市比重"],
    "tech_contract_value",
    qualifier=["about", None],
    category="tech_market",
)
RI = "rd_institution"
R(d, "重点实验室4个", "4个", 4, "个", "level", "新增省级重点实验室", "rd_institutions", category=RI)
R(
    d,
    "研究中心11个",
    "11个",
    11,
    "个",
    "level",
    ["新增市级工程技术研究中心", "市级工程技术研究中心"],
    "rd_institutions",
    category=RI,
)
R(d, "累计达到417个", "417个", 417, "个", "level", "各类研发平台", "rd_institutions", period=H1END, category=RI)
R(d, "众创空间2家", "2家", 2, "家", "level", "新获批国家级众创空间", "maker_spaces", category="incubator")
R(d, "人才37名", "37名", 37, "名", "level", "引进高层次科技人才", "", category="talent")
R(
    d,
    "队伍16支",
    "16支",
    16,
    "支",
    "level",
    ["组建“科学家+工程师”队伍", "“科学家+工程师”队伍"],
    "",
    category="talent",
)
R(d, "特派员45名", "45名", 45, "名", "level", "遴选区级科技特派员", "", category="talent")
R(d, "资金3285万元", "3285万元", V("3285", "万"), "元", "level", "兑现区级科技奖补资金", "", category="funding")
R(d, "企业412家", "412家", 412, "家", "level", "惠及企业", "", category=["funding", "enterprise"])
R(
    d,
    "约8万元",
    "约8万元",
    V("8", "万"),
    "元",
    "level",
    ["户均", "户均奖补资金"],
    "",
    qualifier="about",
    category="funding",
)
R(d, "项目63项", "63项", 63, "项", "level", "争取省级以上科技项目", "", category="project")
R(d, "经费4720万元", "4720万元", V("4720", "万"), "元", "level", "获批经费", "", category=["funding", "project"])
R(d, "课题3项", "3项", 3, "项", "level", "国家重点研发计划课题", "", category="project")
R(
    d,
    "仅为42%",
    "42%",
    42,
    "%",
    "share",
    ["规上工业企业中有研发活动的企业占比", "有研发活动的企业占比"],
    "",
    period=[H1, "2024"],
    category=["rd_expenditure", "enterprise", "other"],
)
R(
    d,
    "200家以上",
    "200家以上",
    200,
    "家",
    "level",
    "新认定高新技术企业",
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2024",
)
R(
    d,
    "突破1400家",
    "1400家",
    1400,
    "家",
    "level",
    ["有效期内高企总数", "高企总数"],
    "hte_count",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
)
R(
    d,
    "2750家",
    "2750家",
    2750,
    "家",
    "level",
    "评价入库科技型中小企业",
    "tsme_count",
    planned=True,
    period="2024",
    category="tech_sme",
)
R(
    d,
    "达到480亿元",
    "480亿元",
    V("480", "亿"),
    "元",
    "level",
    "技术合同成交额",
    "tech_contract_value",
    planned=True,
    period="2024",
    category="tech_market",
)
R(
    d,
    "研发平台25个",
    "25个",
    25,
    "个",
    "level",
    "新建市级以上研发平台",
    "rd_institutions",
    planned=True,
    period=H2 + ["2024"],
    category=RI,
)
R(
    d,
    "不少于10场",
    "不少于10场",
    10,
    "场",
    "level",
    ["组织科技成果对接活动", "科技成果对接活动"],
    "",
    qualifier="at_least",
    planned=True,
    period=H2 + ["2024"],
    category=["tech_market", "other"],
)

# ---------------------------------------------------------------- u03
# 淄博 技术合同 news: headline figures, ranks in the province, districts,
# 吸纳, a rank change, byline and 来源 lines.
d = doc("u03.txt", ["淄博市", "淄博"], "2023", "tech_market")
CJE = "技术合同成交额"
R(d, "同比增长34.6%　总量", "34.6%", 34.6, "%", "growth", CJE, "tech_contract_value")
R(d, "居全省第4位\n", "第4位", 4, "位", "rank", [CJE, "技术合同成交额总量"], "tech_contract_value")
R(d, "技术合同6284项", "6284项", 6284, "项", "level", "登记技术合同", "tech_contract_count")
R(d, "同比增长18.9%", "18.9%", 18.9, "%", "growth", "登记技术合同", "tech_contract_count")
R(d, "成交额382.47亿元", "382.47亿元", V("382.47", "亿"), "元", "level", CJE, "tech_contract_value")
R(d, "同比增长34.6%，总量", "34.6%", 34.6, "%", "growth", CJE, "tech_contract_value")
R(d, "居全省第4位，", "第4位", 4, "位", "rank", [CJE, "技术合同成交额总量"], "tech_contract_value")
R(d, "增速居全省第2位", "第2位", 2, "位", "rank", ["技术合同成交额增速", "增速"], "tech_contract_value")
R(d, "146.30亿元", "146.30亿元", V("146.30", "亿"), "元", "level", "技术开发合同成交额", "")
R(d, "201.85亿元", "201.85亿元", V("201.85", "亿"), "元", "level", "技术服务合同成交额", "")
R(d, "38.3%", "38.3%", 38.3, "%", "share", ["技术开发合同成交额占全市总额", "技术开发合同成交额占比"], "")
R(d, "52.8%", "52.8%", 52.8, "%", "share", ["技术服务合同成交额占全市总额", "技术服务合同成交额占比"], "")
R(
    d,
    "34.32亿元",
    "34.32亿元",
    V("34.32", "亿"),
    "元",
    "level",
    ["技术转让、技术许可合同合计成交", "技术转让、技术许可合同成交额"],
    "",
)
ZD = ["张店区", "淄博市张店区"]
GXQ = ["高新区", "淄博高新区", "淄博高新技术产业开发区"]
CJ3 = ["成交额", CJE]
R(d, "121.6亿元", "121.6亿元", V("121.6", "亿"), "元", "level", CJ3, "tech_contract_value", region=ZD)
R(d, "占全市的31.8%", "31.8%", 31.8, "%", "share", ["占全市", "成交额占全市"], "tech_contract_value", region=ZD)
R(d, "86.9亿元", "86.9亿元", V("86.9", "亿"), "元", "level", CJ3, "tech_contract_value", region=GXQ)
R(d, "增长52.1%", "52.1%", 52.1, "%", "growth", CJ3, "tech_contract_value", region=GXQ)
R(
    d,
    "57.2亿元",
    "57.2亿元",
    V("57.2", "亿"),
    "元",
    "level",
    CJ3,
    "tech_contract_value",
    region=["临淄区", "淄博市临淄区"],
)
R(
    d,
    "33.5亿元",
    "33.5亿元",
    V("33.5", "亿"),
    "元",
    "level",
    CJ3,
    "tech_contract_value",
    region=["淄川区", "淄博市淄川区"],
)
R(
    d,
    "5713项",
    "5713项",
    5713,
    "项",
    "level",
    ["企业作为技术卖方输出技术合同", "企业输出技术合同"],
    "",
)
R(d, "90.9%", "90.9%", 90.9, "%", "share", ["企业输出技术合同占登记总数", "占登记总数"], "")
XN = "吸纳技术合同成交额"
R(d, "410.08亿元", "410.08亿元", V("410.08", "亿"), "元", "level", XN, "tech_contract_value_absorbed")
R(d, "居全省第3位", "第3位", 3, "位", "rank", XN, "tech_contract_value_absorbed")
R(d, "同比增长27.4%", "27.4%", 27.4, "%", "growth", XN, "tech_contract_value_absorbed")
WJ = ["每万家企业技术合同登记数", "每万家企业技术合同登记数排名"]
R(d, "居全省第5位", "第5位", 5, "位", "rank", WJ, "")
R(d, "前移2位", "2位", 2, "位", ["growth", "rank"], WJ + ["位次"], "")
R(
    d,
    "突破450亿元",
    "450亿元",
    V("450", "亿"),
    "元",
    "level",
    CJE,
    "tech_contract_value",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
)
R(
    d,
    "10家以上",
    "10家以上",
    10,
    "家",
    "level",
    ["培育省级技术转移服务机构", "省级技术转移服务机构"],
    "",
    qualifier="at_least",
    planned=True,
    period="2024",
    category=["tech_market", "other"],
)

# ---------------------------------------------------------------- u04
# 雲南省 monitoring brief in traditional characters: names are accepted in
# the traditional form as written and in simplified form (corpus 04, A06, D02).
d = doc("u04.txt", ["雲南省", "云南省", "雲南", "云南"], "2023", "rd_expenditure")
Y23 = ["2023", "2023-12"]
RDT = ["研究與試驗發展（R&D）經費投入", "研究与试验发展（R&D）经费投入"]
RDIT = ["投入強度", "投入强度", "研究與試驗發展（R&D）經費投入強度", "研究与试验发展（R&D）经费投入强度"]
GST = ["規模以上工業企業R&D經費", "规模以上工业企业R&D经费"]
R(d, "318.6億元", "318.6億元", V("318.6", "亿"), "元", "level", RDT, "rd_spend")
R(d, "增長7.4%", "7.4%", 7.4, "%", "growth", RDT, "rd_spend")
R(d, "為1.06%", "1.06%", 1.06, "%", "share", RDIT, "rd_intensity")
R(d, "0.03個百分點", "0.03個百分點", 0.03, "百分点", "growth", RDIT, "rd_intensity")
R(d, "142.9億元", "142.9億元", V("142.9", "亿"), "元", "level", GST, "rd_spend_enterprise")
R(d, "增長11.3%", "11.3%", 11.3, "%", "growth", GST, "rd_spend_enterprise")
HTE = ["有效高新技術企業", "有效高新技术企业"]
HT = "high_tech_enterprise"
R(d, "3286家", "3286家", 3286, "家", "level", HTE, "hte_count", period=Y23, category=HT)
R(
    d,
    "淨增415家",
    "415家",
    415,
    "家",
    ["level", "growth"],
    ["淨增高新技術企業", "净增高新技术企业"] + HTE,
    ["hte_new", "hte_count"],
    period=Y23,
    category=HT,
)
KZ = ["科技型中小企業評價入庫", "科技型中小企业评价入库"]
R(d, "5127家", "5127家", 5127, "家", "level", KZ, "tsme_count", category="tech_sme")
R(d, "增長23.6%", "23.6%", 23.6, "%", "growth", KZ, "tsme_count", category="tech_sme")
JS = ["技術合同成交額", "技术合同成交额"]
TM = "tech_market"
R(
    d,
    "1.12萬項",
    "1.12萬項",
    V("1.12", "万"),
    "项",
    "level",
    ["登記技術合同", "登记技术合同"],
    "tech_contract_count",
    category=TM,
)
R(d, "236.4億元", "236.4億元", V("236.4", "亿"), "元", "level", JS, "tech_contract_value", category=TM)
R(d, "增長18.2%", "18.2%", 18.2, "%", "growth", JS, "tech_contract_value", category=TM)
R(
    d,
    "172.5億元",
    "172.5億元",
    V("172.5", "亿"),
    "元",
    "level",
    ["成交額", "成交额"] + JS,
    "tech_contract_value",
    region="昆明市",
    category=TM,
)
R(
    d,
    "七成以上",
    "七成以上",
    70,
    "%",
    "share",
    ["佔全省", "占全省", "成交額佔全省", "成交额占全省"],
    "tech_contract_value",
    qualifier="at_least",
    region="昆明市",
    category=TM,
)
PA = "patent"
R(d, "3.07萬件", "3.07萬件", V("3.07", "万"), "件", "level", ["專利授權量", "专利授权量"], "patent_grants", category=PA)
FM = ["發明專利授權量", "发明专利授权量"]
R(d, "4862件", "4862件", 4862, "件", "level", FM, "invention_patent_grants", category=PA)
R(d, "增長14.9%", "14.9%", 14.9, "%", "growth", FM, "invention_patent_grants", category=PA)
R(
    d,
    "3.9件",
    "3.9件",
    3.9,
    "件",
    ["level", "share"],
    ["每萬人口發明專利擁有量", "每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=Y23,
    category=PA,
)
HV = ["規模以上高新技術產業增加值", "规模以上高新技术产业增加值"]
HVS = [
    "佔規模以上工業增加值的比重",
    "占规模以上工业增加值的比重",
    "規模以上高新技術產業增加值佔規模以上工業增加值的比重",
    "规模以上高新技术产业增加值占规模以上工业增加值的比重",
]
HI = "high_tech_industry"
R(d, "增長9.8%", "9.8%", 9.8, "%", "growth", HV, "hti_value_added", category=HI)
R(d, "為21.5%", "21.5%", 21.5, "%", "share", HVS, "hti_value_added", category=HI)
R(d, "1.2個百分點", "1.2個百分點", 1.2, "百分点", "growth", HVS, "hti_value_added", category=HI)
R(
    d,
    "實驗室12個",
    "12個",
    12,
    "个",
    "level",
    ["新增省級重點實驗室", "新增省级重点实验室", "省級重點實驗室", "省级重点实验室"],
    "rd_institutions",
    category="rd_institution",
)
R(
    d,
    "中心8個",
    "8個",
    8,
    "个",
    "level",
    ["省級技術創新中心", "省级技术创新中心", "新增省級技術創新中心", "新增省级技术创新中心"],
    ["rd_institutions", ""],
    category="rd_institution",
)
R(
    d,
    "達到27家",
    "27家",
    27,
    "家",
    "level",
    ["國家級科技企業孵化器", "国家级科技企业孵化器"],
    "incubators",
    period=Y23,
    category="incubator",
)
R(
    d,
    "46家",
    "46家",
    46,
    "家",
    "level",
    ["國家備案眾創空間", "国家备案众创空间"],
    "maker_spaces",
    period=Y23,
    category="incubator",
)
CZ = ["財政科學技術支出", "财政科学技术支出"]
FS4 = ["funding", "rd_expenditure", "other"]
R(d, "81.7億元", "81.7億元", V("81.7", "亿"), "元", "level", CZ, "fiscal_st_spend", category=FS4)
R(d, "增長6.3%", "6.3%", 6.3, "%", "growth", CZ, "fiscal_st_spend", category=FS4)
R(
    d,
    "1.17%",
    "1.17%",
    1.17,
    "%",
    "share",
    [
        "佔一般公共預算支出",
        "占一般公共预算支出",
        "財政科學技術支出佔一般公共預算支出",
        "财政科学技术支出占一般公共预算支出",
    ],
    "fiscal_st_spend",
    category=FS4,
)
R(
    d,
    "達到1.15%",
    "1.15%",
    1.15,
    "%",
    "share",
    ["研發經費投入強度", "研发经费投入强度"],
    "rd_intensity",
    planned=True,
    period="2024",
)
R(
    d,
    "突破3600家",
    "3600家",
    3600,
    "家",
    "level",
    ["高新技術企業總數", "高新技术企业总数"],
    "hte_count",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
    category=HT,
)

# ---------------------------------------------------------------- u05
# 太原市 plain-text table: 单位：亿元 line, header, 合计 row, growth and
# share columns (%); rows are 县（市、区）, so each row is its own region.
d = doc("u05.txt", ["太原市", "太原"], "2023", "high_tech_industry")
CZV = ["规模以上高新技术产业产值", "高新技术产业产值", "产值"]
CZS = [
    "规模以上高新技术产业产值占规模以上工业总产值的比重",
    "占规模以上工业总产值的比重",
    "高新技术产业产值占规上工业总产值比重",
    "占规上工业总产值比重",
]
R(d, "产值2865.4亿元", "2865.4亿元", V("2865.4", "亿"), "元", "level", CZV, "hti_output")
R(d, "增长8.7%", "8.7%", 8.7, "%", "growth", CZV, "hti_output")
R(d, "为31.6%", "31.6%", 31.6, "%", "share", CZS, "hti_output")
R(d, "提高1.9个百分点", "1.9个百分点", 1.9, "百分点", "growth", CZS, "hti_output")
R(
    d,
    "有7个",
    "7个",
    7,
    "个",
    "level",
    ["产值超过百亿元的县（市、区）", "县（市、区）"],
    "",
    category=["high_tech_industry", "other"],
)
TABLE = [
    ("合    计", None, "2865.4", "8.7", "31.6"),
    ("小店区", "小店区", "1126.3", "10.2", "46.8"),
    ("迎泽区", "迎泽区", "168.5", "6.4", "38.2"),
    ("杏花岭区", "杏花岭区", "142.7", "5.1", "29.5"),
    ("尖草坪区", "尖草坪区", "398.6", "9.8", "27.3"),
    ("万柏林区", "万柏林区", "512.4", "7.9", "33.6"),
    ("晋源区", "晋源区", "186.2", "12.6", "30.1"),
    ("清徐县", "清徐县", "214.9", "4.3", "18.7"),
    ("阳曲县", "阳曲县", "47.3", "-2.8", "12.4"),
    ("娄烦县", "娄烦县", "11.6", "15.9", "9.8"),
    ("古交市", "古交市", "56.9", "3.2", "8.6"),
]
for label, place, val, gr, sh in TABLE:
    kw = {} if place is None else {"region": [place, "太原市" + place]}
    # the row line is the anchor; `cell` picks the k-th number of the row
    R(d, label, val, V(val, "亿"), "元", "level", CZV, "hti_output", cell=0, **kw)
    R(d, label, gr, V(gr), "%", "growth", CZV, "hti_output", cell=1, **kw)
    R(d, label, sh, V(sh), "%", "share", CZS, "hti_output", cell=2, **kw)

# ---------------------------------------------------------------- u06
# 保定市科技局 annual summary as PDF text: hard line breaks inside words and
# inside two figures (2968⏎项, 268.4⏎亿元), a page footer and running head
# inside a sentence, PDF spaces (2315 家, 476 家), a qualifier on the line
# before its number (突破⏎300亿元).
d = doc("u06.txt", ["保定市", "保定"], "2023", "rd_expenditure")
Y23 = ["2023", "2023-12"]
R(d, "186.3亿元", "186.3亿元", V("186.3", "亿"), "元", "level", "R&D经费投入", "rd_spend")
R(d, "10.4%", "10.4%", 10.4, "%", "growth", "R&D经费投入", "rd_spend")
R(d, "4.75%", "4.75%", 4.75, "%", "share", "R&D经费投入强度", "rd_intensity")
R(d, "全省第一", "第一", 1, "位", "rank", "R&D经费投入强度", "rd_intensity")
HT = "high_tech_enterprise"
YXQ6 = ["有效期内高新技术企业", "有效期内高新技术企业数"]
R(d, "2315 家", "2315 家", 2315, "家", "level", YXQ6, "hte_count", period=Y23, category=HT)
R(
    d,
    "净增286家",
    "286家",
    286,
    "家",
    ["level", "growth"],
    ["净增高新技术企业", "净增"] + YXQ6,
    ["hte_new", "hte_count"],
    period=Y23,
    category=HT,
)
KZ6 = ["科技型中小企业评价入库", "评价入库科技型中小企业"]
R(d, "4872家", "4872家", 4872, "家", "level", KZ6, "tsme_count", category="tech_sme")
R(d, "17.3%", "17.3%", 17.3, "%", "growth", KZ6, "tsme_count", category="tech_sme")
R(d, "2968\n项", "2968\n项", 2968, "项", "level", "登记技术合同", "tech_contract_count", category="tech_market")
R(
    d,
    "268.4\n亿元",
    "268.4\n亿元",
    V("268.4", "亿"),
    "元",
    "level",
    "技术合同成交额",
    "tech_contract_value",
    category="tech_market",
)
R(d, "26.5%", "26.5%", 26.5, "%", "growth", "技术合同成交额", "tech_contract_value", category="tech_market")
R(
    d,
    "第3位",
    "第3位",
    3,
    "位",
    "rank",
    ["技术合同成交额", "技术合同成交额总量"],
    "tech_contract_value",
    category="tech_market",
)
YF6 = ["规模以上工业企业研发费用支出", "研发费用支出"]
R(d, "121.7亿元", "121.7亿元", V("121.7", "亿"), "元", "level", YF6, "rd_spend_enterprise")
R(d, "12.8%", "12.8%", 12.8, "%", "growth", YF6, "rd_spend_enterprise")
RI = "rd_institution"
R(d, "实验室5家", "5家", 5, "家", "level", "新增省级重点实验室", "rd_institutions", category=RI)
R(
    d,
    "中心14家",
    "14家",
    14,
    "家",
    "level",
    ["新增省级技术创新中心", "省级技术创新中心"],
    ["rd_institutions", ""],
    category=RI,
)
R(d, "构3家", "3家", 3, "家", "level", ["新增新型研发机构", "新型研发机构"], "rd_institutions", category=RI)
R(
    d,
    "476 家",
    "476 家",
    476,
    "家",
    "level",
    ["省级以上创新平台总数", "省级以上创新平台"],
    ["rd_institutions", ""],
    period=Y23,
    category=RI,
)
R(
    d,
    "孵化器6家",
    "6家",
    6,
    "家",
    "level",
    "新认定市级科技企业孵化器",
    "incubators",
    category="incubator",
)
R(d, "众创空间9家", "9家", 9, "家", "level", ["新认定众创空间", "众创空间"], "maker_spaces", category="incubator")
R(d, "11家", "11家", 11, "家", "level", "国家级科技企业孵化器", "incubators", period=Y23, category="incubator")
R(d, "人才68名", "68名", 68, "名", "level", "引进和培育高层次创新人才", "", category="talent")
R(d, "320名", "320名", 320, "名", "level", "新选派科技特派员", "", category="talent")
R(d, "187项", "187项", 187, "项", "level", "承担省级以上科技项目", "", category="project")
R(d, "2.36亿元", "2.36亿元", V("2.36", "亿"), "元", "level", "争取上级科技资金", "", category=["funding", "project"])
R(
    d,
    "4.5%以上",
    "4.5%以上",
    4.5,
    "%",
    "share",
    "R&D经费投入强度",
    "rd_intensity",
    qualifier="at_least",
    planned=True,
    period="2024",
)
R(
    d,
    "2500家",
    "2500家",
    2500,
    "家",
    "level",
    "高新技术企业总数",
    "hte_count",
    planned=True,
    period="2024",
    category=HT,
)
R(
    d,
    "300亿元",
    "300亿元",
    V("300", "亿"),
    "元",
    "level",
    "技术合同成交额",
    "tech_contract_value",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
    category="tech_market",
)

# ---------------------------------------------------------------- u07
# 银川 创新券/孵化器 news: money in 亿/万 without 元, approximations
# (约, 近, 超过, 余, 左右, 近百家, 近千家, 约六成), policy amounts, targets.
d = doc("u07.txt", ["银川市", "银川"], "2023", "innovation_voucher")
Y23 = ["2023", "2023-12"]
IVF = ["innovation_voucher", "funding"]
R(
    d,
    "1.26亿",
    "1.26亿",
    V("1.26", "亿"),
    "元",
    "level",
    ["发放科技创新券", "发放创新券"],
    "voucher_issued",
    category=IVF,
)
R(
    d,
    "约8600万",
    "约8600万",
    V("8600", "万"),
    "元",
    "level",
    ["实际兑付", "实际兑付创新券"],
    "voucher_used",
    qualifier="about",
    category=IVF,
)
R(
    d,
    "近千家",
    "近千家",
    1000,
    "家",
    "level",
    "惠及中小微企业",
    "",
    qualifier="nearly",
    category=["innovation_voucher", "enterprise"],
)
R(d, "1420家", "1420家", 1420, "家", "level", "科技型中小企业", "tsme_count", period=Y23, category="tech_sme")
R(
    d,
    "约六成",
    "约六成",
    60,
    "%",
    "share",
    ["使用过创新券", "使用过创新券的科技型中小企业占比"],
    "",
    qualifier="about",
    category=["innovation_voucher", "tech_sme"],
)
R(
    d,
    "136家",
    "136家",
    136,
    "家",
    "level",
    "入库创新券服务机构",
    "",
    category=["innovation_voucher", "other"],
)
R(
    d,
    "约45%",
    "约45%",
    45,
    "%",
    "share",
    ["检验检测类兑付金额占比", "检验检测类"],
    "",
    qualifier="about",
)
R(d, "约30%", "约30%", 30, "%", "share", ["研发设计类兑付金额占比", "研发设计类"], "", qualifier="about")
R(
    d,
    "超过2000万",
    "超过2000万",
    V("2000", "万"),
    "元",
    "level",
    ["向区外服务机构兑付的金额", "区外服务机构兑付金额"],
    ["voucher_used", ""],
    qualifier="more_than",
    category=IVF,
)
INC = "incubator"
R(
    d,
    "近百家",
    "近百家",
    100,
    "家",
    "level",
    "各类科技企业孵化器和众创空间",
    ["incubators", "maker_spaces"],
    qualifier="nearly",
    period=Y23,
    category=INC,
)
R(d, "孵化器5家", "5家", 5, "家", "level", "国家级孵化器", "incubators", period=Y23, category=INC)
R(d, "众创空间12家", "12家", 12, "家", "level", "国家备案众创空间", "maker_spaces", period=Y23, category=INC)
R(
    d,
    "超过120万平方米",
    "超过120万平方米",
    V("120", "万"),
    "平方米",
    "level",
    "孵化载体总面积",
    "",
    qualifier="more_than",
    period=Y23,
    category=INC,
)
R(
    d,
    "2100余家",
    "2100余家",
    2100,
    "家",
    "level",
    "在孵企业",
    "",
    qualifier="more_than",
    period=Y23,
    category=[INC, "enterprise"],
)
R(
    d,
    "约180家",
    "约180家",
    180,
    "家",
    "level",
    ["当年毕业企业", "毕业企业"],
    "",
    qualifier="about",
    period=Y23,
    category=[INC, "enterprise"],
)
SR = ["孵化载体内企业全年实现总收入", "孵化载体内企业总收入", "总收入"]
R(
    d,
    "超过45亿",
    "超过45亿",
    V("45", "亿"),
    "元",
    "level",
    SR,
    "",
    qualifier="more_than",
    category=[INC, "economy"],
)
R(d, "约12%", "约12%", 12, "%", "growth", SR, "", qualifier="about", category=[INC, "economy"])
R(
    d,
    "1.8万人左右",
    "1.8万人左右",
    V("1.8", "万"),
    "人",
    "level",
    "吸纳就业",
    "",
    qualifier="about",
    category=[INC, "economy", "other"],
)
R(
    d,
    "奖励100万",
    "100万",
    V("100", "万"),
    "元",
    "level",
    ["新认定的国家级孵化器一次性奖励", "一次性奖励"],
    "",
    period=None,
    category=["funding", INC],
)
R(
    d,
    "奖励50万",
    "50万",
    V("50", "万"),
    "元",
    "level",
    ["新认定的自治区级孵化器奖励", "自治区级孵化器奖励", "奖励"],
    "",
    period=None,
    category=["funding", INC],
)
R(
    d,
    "最高20万",
    "20万",
    V("20", "万"),
    "元",
    "level",
    ["创新券单张面额", "单张面额"],
    "",
    qualifier=["at_most", None],
    period=None,
    category=IVF,
)
R(
    d,
    "10家以上",
    "10家以上",
    10,
    "家",
    "level",
    ["新增各类孵化载体", "新增孵化载体"],
    ["incubators", "maker_spaces", ""],
    qualifier="at_least",
    planned=True,
    period="2024",
    category=INC,
)
R(
    d,
    "1.5亿",
    "1.5亿",
    V("1.5", "亿"),
    "元",
    "level",
    ["创新券发放规模", "创新券发放"],
    "voucher_issued",
    planned=True,
    period="2024",
    category=IVF,
)

# ---------------------------------------------------------------- u08
# 沈阳市 统计公报 section (half-width punctuation): patents by type,
# stocks at 年末, per-10k ratio with an absolute change and a rank,
# footnote marks [1] [2] and a threshold inside a definition (超过10年).
d = doc("u08.txt", ["沈阳市", "沈阳"], "2023", "patent")
Y23 = ["2023", "2023-12"]
R(d, "32486件", "32486件", 32486, "件", "level", "专利授权量", "patent_grants")
R(d, "增长4.7%", "4.7%", 4.7, "%", "growth", "专利授权量", "patent_grants")
R(d, "9158件", "9158件", 9158, "件", "level", "发明专利授权量", "invention_patent_grants")
R(d, "增长18.2%", "18.2%", 18.2, "%", "growth", "发明专利授权量", "invention_patent_grants")
R(d, "19734件", "19734件", 19734, "件", "level", "实用新型专利授权量", "")
R(d, "下降2.1%", "2.1%", -2.1, "%", "growth", "实用新型专利授权量", "")
R(d, "3594件", "3594件", 3594, "件", "level", "外观设计专利授权量", "")
R(d, "增长6.5%", "6.5%", 6.5, "%", "growth", "外观设计专利授权量", "")
R(d, "51270件", "51270件", 51270, "件", "level", "专利申请量", "patent_applications")
R(d, "增长3.9%", "3.9%", 3.9, "%", "growth", "专利申请量", "patent_applications")
R(d, "20415件", "20415件", 20415, "件", "level", "发明专利申请量", "invention_patent_applications")
R(d, "增长9.6%", "9.6%", 9.6, "%", "growth", "发明专利申请量", "invention_patent_applications")
YX = ["有效发明专利拥有量", "有效发明专利"]
R(d, "43612件", "43612件", 43612, "件", "level", YX, "invention_patents_held", period=Y23)
R(d, "增长16.8%", "16.8%", 16.8, "%", "growth", YX, "invention_patents_held", period=Y23)
WR = "每万人口发明专利拥有量"
R(d, "47.3件", "47.3件", 47.3, "件", ["level", "share"], WR, "invention_patents_per_10k", period=Y23)
R(d, "增加6.1件", "6.1件", 6.1, "件", "growth", WR, "invention_patents_per_10k", period=Y23)
R(d, "第一位", "第一位", 1, "位", "rank", WR, "invention_patents_per_10k", period=Y23)
R(d, "20.3件", "20.3件", 20.3, "件", ["level", "share"], "每万人口高价值发明专利拥有量", "", period=Y23)
R(d, "18750件", "18750件", 18750, "件", "level", "高价值发明专利拥有量", "", period=Y23)
R(d, "286件", "286件", 286, "件", "level", "PCT国际专利申请量", "")
R(d, "28.6万件", "28.6万件", V("28.6", "万"), "件", "level", "有效注册商标", "", period=Y23)
R(d, "增长9.4%", "9.4%", 9.4, "%", "growth", "有效注册商标", "", period=Y23)
HT = "high_tech_enterprise"
R(d, "6125家", "6125家", 6125, "家", "level", "高新技术企业", "hte_count", period=Y23, category=HT)
R(d, "增长14.2%", "14.2%", 14.2, "%", "growth", "高新技术企业", "hte_count", period=Y23, category=HT)
R(d, "8904家", "8904家", 8904, "家", "level", "评价入库科技型中小企业", "tsme_count", category="tech_sme")
JS8 = ["登记技术合同成交额", "技术合同成交额"]
R(d, "712.5亿元", "712.5亿元", V("712.5", "亿"), "元", "level", JS8, "tech_contract_value", category="tech_market")
R(d, "增长23.4%", "23.4%", 23.4, "%", "growth", JS8, "tech_contract_value", category="tech_market")
R(d, "11个", "11个", 11, "个", "level", "国家级重点实验室", "rd_institutions", period=Y23, category="rd_institution")
R(
    d,
    "326个",
    "326个",
    326,
    "个",
    "level",
    "省级以上工程技术研究中心",
    "rd_institutions",
    period=Y23,
    category="rd_institution",
)
R(d, "19家", "19家", 19, "家", "level", "国家级科技企业孵化器", "incubators", period=Y23, category="incubator")
R(d, "9项", "9项", 9, "项", "level", ["获国家科学技术奖励", "国家科学技术奖励"], "", category="other")


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
            g = {**spec["defaults"]}
            for k in ("region", "period", "category"):
                if k in r:
                    g[k] = r[k]
            out.append(
                {
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
            )
    out.sort(key=lambda g: (g["doc"], g["start"]))
    return out


if __name__ == "__main__":
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
