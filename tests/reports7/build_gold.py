#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports7 from hand annotations.

Same layout as tests/reports4-6. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The pipe-table cells of x02 are located
as the k-th number of their row, and the script checks that the cell is the
number the annotation expects.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below; "" for a name that is not an administrative unit, such as a 高新区).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], spans do not
repeat, the number written in `text` (full-width digits folded, Chinese
numerals read, 万/亿 folded in, 成 = 10 %, table cells scaled by their column's
unit) equals |value|, a traditional-character document (x03) gives each
indicator in both scripts, and the invented figures agree with each other
(parts add up, shares, growth rates, completion ratios and 年均增长 match their
amounts; see CONSISTENCY at the end).
"""

import json
import pathlib
import re
import sys
import unicodedata
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "").
CODES = {
    "全国": "100000",
    # x01 山西省 晋中市 平遥县
    "平遥县": "140728",
    "平遥": "140728",
    # x02 西藏自治区 and its seven prefecture-level units
    "西藏自治区": "540000",
    "西藏": "540000",
    "拉萨市": "540100",
    "日喀则市": "540200",
    "昌都市": "540300",
    "林芝市": "540400",
    "山南市": "540500",
    "那曲市": "540600",
    "阿里地区": "542500",
    # x03 云南省 曲靖市 (traditional text)
    "曲靖市": "530300",
    "曲靖": "530300",
    "麒麟區": "530302",
    "麒麟区": "530302",
    "沾益區": "530303",
    "沾益区": "530303",
    "馬龍區": "530304",
    "马龙区": "530304",
    "宣威市": "530381",
    # x04 江西省 景德镇市 (景德镇高新区 itself has no code)
    "江西省": "360000",
    "江西": "360000",
    "景德镇市": "360200",
    "景德镇": "360200",
    # x05 陕西省 咸阳市
    "咸阳市": "610400",
    "咸阳": "610400",
    "兴平市": "610481",
    "彬州市": "610482",
}

# traditional -> simplified, for the characters of x03's indicator names
T2S = dict(
    zip(
        "術額業億萬計項淨長規營認評價庫獎勵兌資縣區龍納進來總數發開個點於準質標與實現創體場統達對產轉應過級團隊領軍鏈條",
        "术额业亿万计项净长规营认评价库奖励兑资县区龙纳进来总数发开个点于准质标与实现创体场统达对产转应过级团队领军链条",
    )
)


def s(t):
    return "".join(T2S.get(c, c) for c in t)


def both(*names):
    """indicator alternatives of a traditional text: each name as written and simplified"""
    out = []
    for n in names:
        for x in (n, s(n)):
            if x not in out:
                out.append(x)
    return out


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


FS = ["funding", "rd_expenditure", "other"]  # 财政科技支出 (corpus 03, reports5/6)
HT = "high_tech_enterprise"
RI = "rd_institution"
TM = "tech_market"
TS = "tech_sme"
EC = ["economy", "other"]
SL = ["share", "level"]  # completion ratios (corpus 13, reports6)
GL = ["growth", "level"]
QM = ["more_than", None]  # 突破 / 首破, left out of text (reports3/4/6)

# ---------------------------------------------------------------- x01
# 平遥县科学技术局 2024年上半年工作总结及下半年工作计划: 1-6月, 截至6月底,
# Chinese numerals (十二家, 三十二家), 去年同期, 下降, a 2023 figure inside a
# half-year report, 3-5家, 近/余/以上/左右, 突破, plans for the second half.
d = doc("x01.txt", ["平遥县", "平遥"], "2024-01/2024-06", "high_tech_enterprise")
H1 = "2024-01/2024-06"
J6 = ["2024-06", H1]  # 截至6月底 stocks
Y24 = ["2024", "2024-12"]
H2 = ["2024-07/2024-12", "2024"]
HTE = ["有效高新技术企业", "高新技术企业"]
R(d, "企业十二家", "十二家", 12, "家", "level", ["新申报国家高新技术企业", "申报国家高新技术企业"], "")
R(d, "达到三十二家", "三十二家", 32, "家", "level", HTE, "hte_count", period=J6)
R(
    d,
    "增加5家",
    "5家",
    5,
    "家",
    GL,
    HTE + ["有效高新技术企业增加"],
    ["hte_new", "hte_count"],
    period=J6 + ["2023-06/2024-06"],
)
KZ = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业86家", "86家", 86, "家", "level", KZ, "tsme_count", period=[H1, "2024-06"], category=TS)
R(d, "同期的70家", "70家", 70, "家", "level", KZ, "tsme_count", period="2023-01/2023-06", category=TS)
R(d, "增长22.9%", "22.9%", 22.9, "%", "growth", KZ, "tsme_count", category=TS)
R(
    d,
    "（120家）",
    "120家",
    120,
    "家",
    "level",
    ["全年目标"] + KZ,
    "tsme_count",
    planned=True,
    period="2024",
    category=TS,
)
R(d, "的71.7%", "71.7%", 71.7, "%", SL, ["完成全年目标", "全年目标完成率", "完成率"], "", category=TS)
GS = ["规模以上工业企业研发费用支出", "规模以上工业企业研发费用", "规上工业企业研发费用"]
R(d, "支出1.86亿元", "1.86亿元", V("1.86", "亿"), "元", "level", GS, "rd_spend_enterprise", category="rd_expenditure")
R(d, "增长14.8%", "14.8%", 14.8, "%", "growth", GS, "rd_spend_enterprise", category="rd_expenditure")
TSY = ["特色产业企业研发费用", "研发费用"]
R(d, "研发费用0.41亿元", "0.41亿元", V("0.41", "亿"), "元", "level", TSY, "", category="rd_expenditure")
R(d, "占比22.0%", "22.0%", 22, "%", "share", ["特色产业企业研发费用占比", "占比"], "", category="rd_expenditure")
YF = ["有研发活动的规上工业企业", "有研发活动的企业"]
RE = ["enterprise", "rd_expenditure", "other"]
R(d, "工业企业45家", "45家", 45, "家", "level", YF, "", period=[H1, "2024-06"], category=RE)
R(
    d,
    "（78家）",
    "78家",
    78,
    "家",
    "level",
    ["全县规上工业企业", "规上工业企业"],
    "",
    period=[H1, "2024-06"],
    category=["enterprise", "economy", "other"],
)
R(d, "的57.7%", "57.7%", 57.7, "%", "share", ["有研发活动的规上工业企业占比"] + YF, "", category=RE)
RDI = ["R&D经费投入强度", "投入强度"]
R(d, "强度为0.62%", "0.62%", 0.62, "%", "share", RDI, "rd_intensity", period="2023", category="rd_expenditure")
R(
    d,
    "0.08个百分点",
    "0.08个百分点",
    0.08,
    "百分点",
    "growth",
    RDI,
    "rd_intensity",
    period="2023",
    category="rd_expenditure",
)
R(d, "实验室1个", "1个", 1, "个", "level", ["新获批省级重点实验室", "省级重点实验室"], "rd_institutions", category=RI)
R(d, "研发机构2家", "2家", 2, "家", "level", ["省级新型研发机构", "新型研发机构"], "rd_institutions", category=RI)
R(
    d,
    "累计达到19个",
    "19个",
    19,
    "个",
    "level",
    ["省级以上研发平台", "研发平台"],
    "rd_institutions",
    period=J6,
    category=RI,
)
R(
    d,
    "众创空间1家",
    "1家",
    1,
    "家",
    "level",
    ["新备案县级众创空间", "县级众创空间", "众创空间"],
    ["maker_spaces", ""],
    category="incubator",
)
R(
    d,
    "近40个",
    "近40个",
    40,
    "个",
    "level",
    ["入驻创业团队", "创业团队"],
    "",
    qualifier="nearly",
    category=["incubator", "talent", "enterprise", "other"],
)
R(d, "技术合同47项", "47项", 47, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
JS = ["技术合同成交额", "成交额"]
R(d, "成交额6380万元", "6380万元", V("6380", "万"), "元", "level", JS, "tech_contract_value", category=TM)
R(
    d,
    "同期的4856万元",
    "4856万元",
    V("4856", "万"),
    "元",
    "level",
    JS,
    "tech_contract_value",
    period="2023-01/2023-06",
    category=TM,
)
R(d, "增长31.4%", "31.4%", 31.4, "%", "growth", JS, "tech_contract_value", category=TM)
KF = ["技术开发合同成交额", "技术开发合同"]
R(d, "成交额4120万元", "4120万元", V("4120", "万"), "元", "level", KF, "", category=TM)
R(d, "占64.6%", "64.6%", 64.6, "%", "share", ["技术开发合同成交额占比"] + KF, "", category=TM)
XN = ["吸纳技术合同成交额", "县内企业吸纳技术合同成交额"]
R(d, "成交额2150万元", "2150万元", V("2150", "万"), "元", "level", XN, "tech_contract_value_absorbed", category=TM)
R(d, "下降2.1%", "2.1%", -2.1, "%", "growth", XN, "tech_contract_value_absorbed", category=TM)
R(d, "特派员63名", "63名", 63, "名", "level", ["选派科技特派员", "科技特派员"], "", category="talent")
R(
    d,
    "150余家",
    "150余家",
    150,
    "家",
    "level",
    ["服务农业经营主体", "农业经营主体"],
    "",
    qualifier="more_than",
    category=["talent", "enterprise", "other"],
)
R(d, "28场次", "28场次", 28, "场次", "level", ["举办技术培训", "技术培训"], "", category=["talent", "other"])
R(
    d,
    "近2000人次",
    "近2000人次",
    2000,
    "人次",
    "level",
    ["培训农民", "培训"],
    "",
    qualifier="nearly",
    category=["talent", "other"],
)
R(d, "386万元", "386万元", V("386", "万"), "元", "level", ["兑现科技奖补资金", "科技奖补资金"], "", category="funding")
R(d, "企业37家", "37家", 37, "家", "level", ["惠及企业", "奖补资金惠及企业"], "", category=["funding", "enterprise"])
R(
    d,
    "52万元",
    "52万元",
    V("52", "万"),
    "元",
    "level",
    ["发放科技创新券", "科技创新券", "创新券"],
    "voucher_issued",
    category=["innovation_voucher", "funding"],
)
R(
    d,
    "全县78家",
    "78家",
    78,
    "家",
    "level",
    ["全县规上工业企业", "规上工业企业"],
    "",
    period=[H1, "2024-06", "2024"],
    category=["enterprise", "economy", "other"],
)
R(
    d,
    "仍有33家",
    "33家",
    33,
    "家",
    "level",
    ["未开展研发活动的规上工业企业", "未开展研发活动"],
    "",
    period=[H1, "2024-06", "2024"],
    category=RE,
)
R(
    d,
    "3-5家",
    "3-5家",
    3,
    "家",
    "level",
    ["新增国家高新技术企业", "新增高新技术企业"],
    "hte_new",
    value_max=5,
    planned=True,
    period=H2,
)
R(
    d,
    "35家以上",
    "35家以上",
    35,
    "家",
    "level",
    HTE + ["有效高新技术企业总数"],
    "hte_count",
    qualifier="at_least",
    planned=True,
    period=Y24,
)
R(
    d,
    "达到120家",
    "120家",
    120,
    "家",
    "level",
    ["科技型中小企业入库", "科技型中小企业"],
    "tsme_count",
    planned=True,
    period="2024",
    category=TS,
)
R(
    d,
    "突破1.2亿元",
    "1.2亿元",
    V("1.2", "亿"),
    "元",
    "level",
    JS,
    "tech_contract_value",
    qualifier=QM,
    planned=True,
    period="2024",
    category=TM,
)
R(
    d,
    "2个左右",
    "2个左右",
    2,
    "个",
    "level",
    ["新建县级以上研发平台", "县级以上研发平台", "研发平台"],
    "rd_institutions",
    qualifier="about",
    planned=True,
    period=H2,
    category=RI,
)
R(
    d,
    "15%左右",
    "15%左右",
    15,
    "%",
    "growth",
    GS,
    "rd_spend_enterprise",
    qualifier="about",
    planned=True,
    period="2024",
    category="rd_expenditure",
)

# ---------------------------------------------------------------- x02
# 西藏自治区2023年科技经费投入统计公报 (excerpt): totals, 增加 amount, 强度,
# 人年, activity types and performers whose parts add up, 比重 and 个百分点,
# a pipe table with a 单位 line and seven prefecture-level rows, a negative
# cell (-3.4), 财政科学技术支出.
XZ = ["西藏自治区", "西藏"]
d = doc("x02.txt", XZ, "2023", "rd_expenditure")
RD = ["R&D经费", "研究与试验发展（R&D）经费"]
R(d, "经费9.84亿元", "9.84亿元", V("9.84", "亿"), "元", "level", RD, "rd_spend")
R(d, "增加1.12亿元", "1.12亿元", V("1.12", "亿"), "元", "growth", RD, "rd_spend")
R(d, "增长12.8%", "12.8%", 12.8, "%", "growth", RD, "rd_spend")
RI2 = ["R&D经费投入强度", "投入强度"]
R(d, "为0.41%", "0.41%", 0.41, "%", "share", RI2, "rd_intensity")
R(d, "0.03个百分点", "0.03个百分点", 0.03, "百分点", "growth", RI2, "rd_intensity")
R(
    d,
    "4556人年",
    "4556人年",
    4556,
    "人年",
    "level",
    ["R&D人员折合全时当量", "R&D人员"],
    "rd_personnel",
    category=["talent", "rd_expenditure"],
)
R(
    d,
    "21.6万元",
    "21.6万元",
    V("21.6", "万"),
    "元",
    "level",
    ["人均R&D经费（按全时当量计）", "人均R&D经费", "人均经费"],
    "",
)
JC = ["基础研究经费", "基础研究"]
R(d, "经费1.37亿元", "1.37亿元", V("1.37", "亿"), "元", "level", JC, "rd_spend_basic")
R(d, "增长18.1%", "18.1%", 18.1, "%", "growth", JC, "rd_spend_basic")
YY = ["应用研究经费", "应用研究"]
R(d, "经费2.95亿元", "2.95亿元", V("2.95", "亿"), "元", "level", YY, "")
R(d, "增长9.7%", "9.7%", 9.7, "%", "growth", YY, "")
SY = ["试验发展经费", "试验发展"]
R(d, "经费5.52亿元", "5.52亿元", V("5.52", "亿"), "元", "level", SY, "")
R(d, "增长13.3%", "13.3%", 13.3, "%", "growth", SY, "")
R(
    d,
    "依次为13.9%",
    "13.9%",
    13.9,
    "%",
    "share",
    ["基础研究经费所占比重", "基础研究经费在R&D经费中的占比", "基础研究"],
    "rd_spend_basic",
)
R(d, "、30.0%", "30.0%", 30, "%", "share", ["应用研究经费所占比重", "应用研究"], "")
R(d, "和56.1%", "56.1%", 56.1, "%", "share", ["试验发展经费所占比重", "试验发展"], "")
R(d, "0.6个百分点", "0.6个百分点", 0.6, "百分点", "growth", ["基础研究经费所占比重", "基础研究"], "rd_spend_basic")
QY = ["各类企业R&D经费", "企业R&D经费", "各类企业"]
R(d, "经费3.46亿元", "3.46亿元", V("3.46", "亿"), "元", "level", QY, "rd_spend_enterprise")
R(d, "增长15.3%", "15.3%", 15.3, "%", "growth", QY, "rd_spend_enterprise")
ZF = ["政府属研究机构经费", "政府属研究机构"]
R(d, "经费3.87亿元", "3.87亿元", V("3.87", "亿"), "元", "level", ZF, "")
R(d, "增长8.4%", "8.4%", 8.4, "%", "growth", ZF, "")
GX = ["高等学校经费", "高等学校"]
R(d, "经费2.29亿元", "2.29亿元", V("2.29", "亿"), "元", "level", GX, "")
R(d, "增长16.2%", "16.2%", 16.2, "%", "growth", GX, "")
R(d, "经费0.22亿元", "0.22亿元", V("0.22", "亿"), "元", "level", ["其他主体经费", "其他主体"], "")
R(
    d,
    "依次为35.2%",
    "35.2%",
    35.2,
    "%",
    "share",
    ["企业经费占比", "企业经费所占比重", "企业"],
    ["rd_spend_enterprise", ""],
)
R(d, "、39.3%", "39.3%", 39.3, "%", "share", ["政府属研究机构经费所占比重", "政府属研究机构"], "")
R(d, "和23.3%", "23.3%", 23.3, "%", "share", ["高等学校经费所占比重", "高等学校"], "")
R(d, "经费6.12亿元", "6.12亿元", V("6.12", "亿"), "元", "level", RD, "rd_spend", region="拉萨市")
R(d, "的62.2%", "62.2%", 62.2, "%", "share", ["拉萨市R&D经费占全区", "占全区"] + RD, ["rd_spend", ""], region="拉萨市")
R(d, "强度为0.72%", "0.72%", 0.72, "%", "share", RI2, "rd_intensity", region="拉萨市")
# the table: columns R&D经费 (亿元) | 比上年增长 (%) | 投入强度 (%), per the 单位 line
TABLE = [
    ("| 全区", XZ, ["9.84", "12.8", "0.41"]),
    ("| 拉萨市", "拉萨市", ["6.12", "12.7", "0.72"]),
    ("| 日喀则市", "日喀则市", ["1.03", "15.7", "0.27"]),
    ("| 昌都市", "昌都市", ["0.71", "9.2", "0.24"]),
    ("| 林芝市", "林芝市", ["0.94", "18.0", "0.36"]),
    ("| 山南市", "山南市", ["0.58", "14.3", "0.22"]),
    ("| 那曲市", "那曲市", ["0.29", "7.4", "0.15"]),
    ("| 阿里地区", "阿里地区", ["0.17", "-3.4", "0.21"]),
]
for label, region, cells in TABLE:
    for k, (cell, mult, unit, kind, ind, meas) in enumerate(
        zip(
            cells,
            ["亿", "", ""],
            ["元", "%", "%"],
            ["level", "growth", "share"],
            [RD, RD + ["比上年增长"], RI2],
            ["rd_spend", "rd_spend", "rd_intensity"],
        )
    ):
        R(d, label, cell, V(cell, mult), unit, kind, ind, meas, cell=k, mult=mult, region=region)
CZ = ["地方财政科学技术支出", "财政科学技术支出"]
R(d, "支出28.6亿元", "28.6亿元", V("28.6", "亿"), "元", "level", CZ, "fiscal_st_spend", category=FS)
R(d, "增长6.3%", "6.3%", 6.3, "%", "growth", CZ, "fiscal_st_spend", category=FS)
R(
    d,
    "中占0.91%",
    "0.91%",
    0.91,
    "%",
    "share",
    ["财政科学技术支出占一般公共预算支出的比重", "占一般公共预算支出的比重"],
    "fiscal_st_spend",
    category=FS,
)

# ---------------------------------------------------------------- x03
# 曲靖日报 story in traditional characters: two-line headline with figures,
# byline and 來源 line, full-width digits (１８.６０億元), 百分之四十一, 億 without
# 元 (41.2億), 千家 / 四成, 增加 amount, 個百分點, ranks, 去年/今年 targets.
QJ = ["曲靖市", "曲靖"]
d = doc("x03.txt", QJ, "2024", TM)
Y = ["2024", "2024-12"]
JE = both("技術合同成交額", "成交額")
R(d, "首破50億元", "50億元", V("50", "億"), "元", "level", JE, "tech_contract_value", qualifier=QM)
GQ = both("高新技術企業", "有效高新技術企業")
R(d, "增至412家", "412家", 412, "家", "level", GQ, "hte_count", period=Y, category=HT)
JZ = both("淨增高新技術企業", "淨增") + GQ
R(d, "淨增67家\n", "67家", 67, "家", GL, JZ, ["hte_new", "hte_count"], period=Y, category=HT)
R(d, "2863項", "2863項", 2863, "项", "level", both("登記技術合同", "技術合同"), "tech_contract_count")
R(d, "增長18.2%", "18.2%", 18.2, "%", "growth", both("登記技術合同", "技術合同"), "tech_contract_count")
R(d, "成交額52.37億元", "52.37億元", V("52.37", "億"), "元", "level", JE, "tech_contract_value")
R(d, "增加10億元", "10億元", V("10", "億"), "元", "growth", JE, "tech_contract_value")
R(d, "增長23.6%", "23.6%", 23.6, "%", "growth", JE, "tech_contract_value")
R(
    d,
    "7.4個百分點",
    "7.4個百分點",
    7.4,
    "百分点",
    GL,
    both("技術合同成交額增速", "增速", "增速高於全省平均水平"),
    "tech_contract_value",
)
R(d, "居全省第2位", "第2位", 2, "位", "rank", both("成交總量", "技術合同成交額", "成交額"), "tech_contract_value")
JY = both("技術交易額", "交易額")
R(d, "交易額41.2億", "41.2億", V("41.2", "億"), "元", "level", JY, ["", "tech_contract_value"])
R(d, "的78.7%", "78.7%", 78.7, "%", "share", both("技術交易額占成交額", "占成交額") + JY, "")
R(
    d,
    "１８.６０億元",
    "１８.６０億元",
    V("18.60", "億"),
    "元",
    "level",
    JE,
    "tech_contract_value",
    region=["麒麟區", "麒麟区"],
)
R(d, "第一位", "第一位", 1, "位", "rank", JE, "tech_contract_value", region=["麒麟區", "麒麟区"])
R(d, "７.９３億元", "７.９３億元", V("7.93", "億"), "元", "level", JE, "tech_contract_value", region="宣威市")
R(
    d,
    "６.１２億元",
    "６.１２億元",
    V("6.12", "億"),
    "元",
    "level",
    JE,
    "tech_contract_value",
    region=["沾益區", "沾益区"],
)
R(d, "百分之四十一", "百分之四十一", 41, "%", "growth", JE, "tech_contract_value", region=["馬龍區", "马龙区"])
XN3 = both("吸納技術合同成交額", "企業吸納技術合同成交額")
R(d, "成交額36.8億元", "36.8億元", V("36.8", "億"), "元", "level", XN3, "tech_contract_value_absorbed")
R(d, "增長12.5%", "12.5%", 12.5, "%", "growth", XN3, "tech_contract_value_absorbed")
R(d, "達到412家", "412家", 412, "家", "level", GQ, "hte_count", period=Y, category=HT)
R(d, "淨增67家，", "67家", 67, "家", GL, JZ, ["hte_new", "hte_count"], period=Y, category=HT)
R(d, "增長19.4%", "19.4%", 19.4, "%", "growth", GQ, "hte_count", period=Y, category=HT)
XR = both("新認定高新技術企業", "新認定")
R(d, "企業108家", "108家", 108, "家", "level", XR, "hte_new", category=HT)
KZ3 = both("評價入庫科技型中小企業", "科技型中小企業")
R(d, "1046家", "1046家", 1046, "家", "level", KZ3, "tsme_count", category=TS)
R(d, "突破千家", "千家", 1000, "家", "level", KZ3, "tsme_count", qualifier=QM, category=TS)
YS = both("高新技術企業營業收入", "營業收入")
R(d, "1286億元", "1286億元", V("1286", "億"), "元", "level", YS, "", category=[HT, "economy"])
R(d, "增長11.3%", "11.3%", 11.3, "%", "growth", YS, "", category=[HT, "economy"])
R(
    d,
    "超過四成",
    "超過四成",
    40,
    "%",
    "share",
    both("高新技術企業營業收入占全市規上工業企業營業收入的比重", "占全市規上工業企業營業收入的比重", "比重"),
    "",
    qualifier="more_than",
    category=[HT, "economy"],
)
R(
    d,
    "的108家企業",
    "108家",
    108,
    "家",
    "level",
    both("新認定的企業", "新認定") + XR,
    ["hte_new", ""],
    category=["funding", HT],
)
R(d, "獎勵20萬元", "20萬元", V("20", "萬"), "元", "level", both("每家獎勵", "獎勵"), "", category="funding")
R(d, "2160萬元", "2160萬元", V("2160", "萬"), "元", "level", both("兌現獎勵資金", "獎勵資金"), "", category="funding")
R(
    d,
    "100家以上",
    "100家以上",
    100,
    "家",
    "level",
    both("新增高新技術企業", "高新技術企業"),
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2025",
    category=HT,
)
R(
    d,
    "60億元左右",
    "60億元左右",
    V("60", "億"),
    "元",
    "level",
    JE,
    "tech_contract_value",
    qualifier="about",
    planned=True,
    period="2025",
)

# ---------------------------------------------------------------- x04
# 景德镇高新区 2024年度发展报告 section: national evaluation ranks (第71位,
# 提升6位, 全省第3位, 前六十, 前十), GDP and R&D intensity of the zone, the city
# average and 2.3倍, 占全市比重, 下降, 万人发明专利拥有量 per employed person, 2025
# targets (前65位, 左右).
GZ = ["景德镇高新区", "景德镇高新技术产业开发区", "高新区", "园区"]
JDZ = ["景德镇市", "景德镇"]
d = doc("x04.txt", GZ, "2024", "other")
PJ = ["国家高新区综合评价", "综合评价", "综合排名"]
R(d, "全国178家", "178家", 178, "家", "level", "国家高新区", "", region=["全国", ""])
R(d, "第71位", "第71位", 71, "位", "rank", PJ, "innovation_rank")
R(d, "前进6位", "6位", 6, "位", ["growth", "rank"], PJ, "innovation_rank")
R(d, "全省9家", "9家", 9, "家", "level", "国家高新区", "", region=["江西省", "江西"])
R(d, "第3位", "第3位", 3, "位", "rank", PJ, "innovation_rank")
ZS = ["知识创造和技术创新能力", "“知识创造和技术创新能力”一级指标", "一级指标"]
R(d, "第58位", "第58位", 58, "位", "rank", ZS, ["", "innovation_rank"])
R(d, "前六十", "前六十", 60, "位", "rank", ZS, ["", "innovation_rank"], qualifier=["at_most", None])
R(
    d,
    "前十",
    "前十",
    10,
    "位",
    "rank",
    ["直升机产业集群营业收入", "直升机产业集群"],
    "",
    qualifier=["at_most", None],
    category=["economy", "high_tech_industry", "other"],
)
R(d, "485.6亿元", "485.6亿元", V("485.6", "亿"), "元", "level", "地区生产总值", "gdp", category="economy")
R(d, "增长6.9%", "6.9%", 6.9, "%", "growth", "地区生产总值", "gdp", category="economy")
RD4 = ["园区企业R&D经费支出", "R&D经费支出", "企业R&D经费支出"]
R(
    d,
    "23.6亿元",
    "23.6亿元",
    V("23.6", "亿"),
    "元",
    "level",
    RD4,
    ["rd_spend", "rd_spend_enterprise"],
    category="rd_expenditure",
)
R(d, "增长9.8%", "9.8%", 9.8, "%", "growth", RD4, ["rd_spend", "rd_spend_enterprise"], category="rd_expenditure")
RI4 = ["R&D经费投入强度", "投入强度"]
R(d, "4.86%", "4.86%", 4.86, "%", "share", RI4, "rd_intensity", category="rd_expenditure")
R(
    d,
    "（2.11%）",
    "2.11%",
    2.11,
    "%",
    "share",
    ["全市平均水平", "R&D经费投入强度"],
    "rd_intensity",
    region=JDZ,
    category="rd_expenditure",
)
R(
    d,
    "2.3倍",
    "2.3倍",
    2.3,
    "倍",
    SL,
    ["R&D经费投入强度为全市平均水平的倍数", "R&D经费投入强度", "全市平均水平"],
    ["", "rd_intensity"],
    category="rd_expenditure",
)
R(d, "第12位", "第12位", 12, "位", "rank", RI4, "rd_intensity", category="rd_expenditure")
HT4 = ["有效高新技术企业", "高新技术企业"]
R(d, "企业186家", "186家", 186, "家", "level", HT4, "hte_count", period=Y, category=HT)
R(
    d,
    "（402家）",
    "402家",
    402,
    "家",
    "level",
    ["全市高新技术企业总数", "高新技术企业总数"] + HT4,
    "hte_count",
    region=JDZ,
    period=Y,
    category=HT,
)
R(
    d,
    "的46.3%",
    "46.3%",
    46.3,
    "%",
    "share",
    ["占全市高新技术企业总数", "有效高新技术企业占全市比重"] + HT4,
    "hte_count",
    period=Y,
    category=HT,
)
R(d, "新增高新技术企业31家", "31家", 31, "家", "level", ["新增高新技术企业"], "hte_new", category=HT)
R(
    d,
    "中小企业243家",
    "243家",
    243,
    "家",
    "level",
    ["评价入库科技型中小企业", "科技型中小企业"],
    "tsme_count",
    category=TS,
)
R(
    d,
    "1395亿元",
    "1395亿元",
    V("1395", "亿"),
    "元",
    "level",
    ["规模以上工业企业营业收入", "营业收入"],
    "",
    category="economy",
)
YS4 = ["高新技术企业营业收入", "营业收入"]
R(d, "1010亿元", "1010亿元", V("1010", "亿"), "元", "level", YS4, "", category=[HT, "economy"])
R(
    d,
    "占72.4%",
    "72.4%",
    72.4,
    "%",
    "share",
    ["高新技术企业营业收入占比", "占规上工业企业营业收入比重"] + YS4,
    "",
    category=[HT, "economy"],
)
R(
    d,
    "1.8个百分点",
    "1.8个百分点",
    1.8,
    "百分点",
    "growth",
    ["高新技术企业营业收入占比", "比重"] + YS4,
    "",
    category=[HT, "economy"],
)
R(d, "下降4.6%", "4.6%", -4.6, "%", "growth", ["陶瓷新材料企业营业收入", "营业收入"], "", category="economy")
FM = ["有效发明专利", "园区有效发明专利"]
R(d, "1912件", "1912件", 1912, "件", "level", FM, "invention_patents_held", period=Y, category="patent")
R(d, "增长17.4%", "17.4%", 17.4, "%", "growth", FM, "invention_patents_held", period=Y, category="patent")
WR = ["万人发明专利拥有量", "万人发明专利拥有量（按从业人员计算）"]
PI = ["invention_patents_per_10k", ""]  # per 10 000 employed persons, not residents
R(d, "68.3件", "68.3件", 68.3, "件", ["level", "share"], WR, PI, period=Y, category="patent")
R(d, "第1位", "第1位", 1, "位", "rank", WR, PI, period=Y, category="patent")
R(d, "2276件", "2276件", 2276, "件", "level", ["专利授权量", "专利授权"], "patent_grants", category="patent")
R(
    d,
    "386件",
    "386件",
    386,
    "件",
    "level",
    ["发明专利授权", "发明专利授权量"],
    "invention_patent_grants",
    category="patent",
)
R(
    d,
    "占17.0%",
    "17.0%",
    17,
    "%",
    "share",
    ["发明专利授权占比", "发明专利授权"],
    ["", "invention_patent_grants"],
    category="patent",
)
R(d, "平台87个", "87个", 87, "个", "level", ["省级以上研发平台", "研发平台"], "rd_institutions", period=Y, category=RI)
R(
    d,
    "技术中心3家",
    "3家",
    3,
    "家",
    "level",
    ["国家级企业技术中心", "企业技术中心"],
    "rd_institutions",
    period=Y,
    category=RI,
)
R(
    d,
    "孵化器2家",
    "2家",
    2,
    "家",
    "level",
    ["国家级科技企业孵化器", "科技企业孵化器"],
    "incubators",
    period=Y,
    category="incubator",
)
R(d, "众创空间5家", "5家", 5, "家", "level", ["众创空间"], "maker_spaces", period=Y, category="incubator")
XN4 = ["吸纳技术合同成交额", "技术合同成交额"]
R(d, "14.3亿元", "14.3亿元", V("14.3", "亿"), "元", "level", XN4, "tech_contract_value_absorbed", category=TM)
R(d, "超过20%", "超过20%", 20, "%", "growth", XN4, "tech_contract_value_absorbed", qualifier="more_than", category=TM)
R(d, "126名", "126名", 126, "名", "level", ["引进博士等高层次人才", "高层次人才"], "", category="talent")
R(
    d,
    "近3000人",
    "近3000人",
    3000,
    "人",
    "level",
    ["新增就业", "就业"],
    "",
    qualifier="nearly",
    category=["economy", "talent", "other"],
)
R(
    d,
    "前65位",
    "前65位",
    65,
    "位",
    "rank",
    PJ,
    "innovation_rank",
    qualifier=["at_most", None],
    planned=True,
    period="2025",
)
R(
    d,
    "210家左右",
    "210家左右",
    210,
    "家",
    "level",
    ["高新技术企业总数", "高新技术企业"],
    "hte_count",
    qualifier="about",
    planned=True,
    period=["2025", "2025-12"],
    category=HT,
)
R(
    d,
    "5%左右",
    "5%左右",
    5,
    "%",
    "share",
    RI4,
    "rd_intensity",
    qualifier="about",
    planned=True,
    period="2025",
    category="rd_expenditure",
)
R(
    d,
    "28.0万人",
    "28.0万人",
    V("28.0", "万"),
    "人",
    "level",
    ["年末从业人员", "从业人员"],
    "",
    period=Y,
    category=["economy", "talent", "other"],
)

# ---------------------------------------------------------------- x05
# 咸阳市 "十四五" 科技创新规划 midterm evaluation: 2020年基期值, evaluation point
# 2023, 到2025年…达到 targets, 完成度, 年均增长, 倍, 下降, 个百分点, 近六成,
# 不足1%, 百分之十五左右, 突破, 以上/左右, adjusted targets.
XY = ["咸阳市", "咸阳"]
d = doc("x05.txt", XY, "2023", "rd_expenditure")
Y20 = ["2020", "2020-12"]
Y23 = ["2023", "2023-12"]
Y25 = ["2025", "2025-12"]
NJ = ["2023", "2021/2023", "2020/2023"]  # 年均增长 over the plan's first three years
BJ = ["2023", "2020/2023"]  # changes against the base year
WC = ["完成度", "目标完成度"]
ZB = ["规划确定的主要指标", "主要指标"]
R(d, "15项", "15项", 15, "项", "level", ZB, "", period=["2023", ""], category="other")
R(d, "9项", "9项", 9, "项", "level", ["快于序时进度的指标", "快于序时进度"], "", category="other")
R(d, "4项", "4项", 4, "项", "level", ["与序时进度基本持平的指标", "与序时进度基本持平"], "", category="other")
R(d, "2项", "2项", 2, "项", "level", ["进展滞后的指标", "进展滞后"], "", category="other")
ZH = ["综合科技创新水平指数", "综合科技创新水平指数排名", "综合科技创新水平"]
R(d, "第4位", "第4位", 4, "位", "rank", ZH, "innovation_rank", category="other")
R(d, "前移2位", "2位", 2, "位", ["growth", "rank"], ZH, "innovation_rank", period=BJ, category="other")
RD5 = ["全社会R&D经费投入", "R&D经费投入"]
R(d, "42.6亿元", "42.6亿元", V("42.6", "亿"), "元", "level", RD5, "rd_spend", period="2020")
R(d, "61.8亿元", "61.8亿元", V("61.8", "亿"), "元", "level", RD5, "rd_spend")
R(d, "13.2%", "13.2%", 13.2, "%", "growth", RD5, "rd_spend", period=NJ)
R(d, "80亿元", "80亿元", V("80", "亿"), "元", "level", RD5, "rd_spend", planned=True, period="2025")
R(d, "77.3%", "77.3%", 77.3, "%", SL, WC + RD5, "")
RI5 = ["R&D经费投入强度", "投入强度"]
R(d, "1.94%", "1.94%", 1.94, "%", "share", RI5, "rd_intensity", period="2020")
R(d, "2.17%", "2.17%", 2.17, "%", "share", RI5, "rd_intensity")
R(d, "0.23个百分点", "0.23个百分点", 0.23, "百分点", "growth", RI5, "rd_intensity", period=BJ)
R(d, "达到2.5%", "2.5%", 2.5, "%", "share", RI5, "rd_intensity", planned=True, period="2025")
R(d, "86.8%", "86.8%", 86.8, "%", SL, WC + RI5, "")
GQ5 = ["高新技术企业数", "高新技术企业"]
R(d, "312家", "312家", 312, "家", "level", GQ5, "hte_count", period=Y20, category=HT)
R(d, "598家", "598家", 598, "家", "level", GQ5, "hte_count", period=Y23, category=HT)
R(d, "24.2%", "24.2%", 24.2, "%", "growth", GQ5, "hte_count", period=NJ, category=HT)
R(d, "达到700家，", "700家", 700, "家", "level", GQ5, "hte_count", planned=True, period=Y25, category=HT)
R(d, "85.4%", "85.4%", 85.4, "%", SL, WC + GQ5, "", category=HT)
JS5 = "技术合同成交额"
R(d, "达到96.5亿元", "96.5亿元", V("96.5", "亿"), "元", "level", JS5, "tech_contract_value", category=TM)
R(d, "（28.4亿元）", "28.4亿元", V("28.4", "亿"), "元", "level", JS5, "tech_contract_value", period="2020", category=TM)
R(d, "3.4倍", "3.4倍", 3.4, "倍", GL, JS5, "tech_contract_value", period=BJ, category=TM)
R(d, "50.3%", "50.3%", 50.3, "%", "growth", JS5, "tech_contract_value", period=NJ, category=TM)
R(
    d,
    "（100亿元）",
    "100亿元",
    V("100", "亿"),
    "元",
    "level",
    [JS5, "2025年目标"],
    "tech_contract_value",
    planned=True,
    period="2025",
    category=TM,
)
R(d, "的96.5%", "96.5%", 96.5, "%", SL, WC + [JS5, "完成2025年目标"], "", category=TM)
WR5 = ["每万人口发明专利拥有量", "万人发明专利拥有量"]
PI5 = "invention_patents_per_10k"
R(d, "3.1件", "3.1件", 3.1, "件", ["level", "share"], WR5, PI5, period=Y20, category="patent")
R(d, "4.6件", "4.6件", 4.6, "件", ["level", "share"], WR5, PI5, period=Y23, category="patent")
R(d, "达到6件", "6件", 6, "件", ["level", "share"], WR5, PI5, planned=True, period=Y25, category="patent")
R(d, "76.7%", "76.7%", 76.7, "%", SL, WC + WR5, "", category="patent")
KZ5 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "892家", "892家", 892, "家", "level", KZ5, "tsme_count", category=TS)
R(d, "下降2.1%", "2.1%", -2.1, "%", "growth", KZ5, "tsme_count", category=TS)
FG = ["规上工业企业研发机构覆盖率", "建有研发机构的规上工业企业占比", "研发机构覆盖率"]
FGM = ["", "rd_institutions"]  # a share of enterprises, not a number of institutions (reports6)
R(d, "18.0%", "18.0%", 18, "%", "share", FG, FGM, period="2020", category=RI)
R(d, "31.5%", "31.5%", 31.5, "%", "share", FG, FGM, category=RI)
R(d, "13.5个百分点", "13.5个百分点", 13.5, "百分点", "growth", FG, FGM, period=BJ, category=RI)
R(d, "40%", "40%", 40, "%", "share", FG, FGM, planned=True, period="2025", category=RI)
R(
    d,
    "近六成",
    "近六成",
    60,
    "%",
    "share",
    ["少数龙头企业研发经费占全市规上工业企业研发经费的比重", "龙头企业研发经费占比", "比重"],
    ["", "rd_spend_enterprise"],
    qualifier="nearly",
    period=["2023", ""],
)
R(
    d,
    "不足1%",
    "不足1%",
    1,
    "%",
    "share",
    RI5,
    "rd_intensity",
    qualifier=["at_most", "nearly"],
    region=["兴平市", "彬州市"],
    period=["2023", ""],
)
R(
    d,
    "150亿元左右",
    "150亿元左右",
    V("150", "亿"),
    "元",
    "level",
    [JS5, "技术合同成交额2025年目标值", "目标值"],
    "tech_contract_value",
    qualifier="about",
    planned=True,
    period="2025",
    category=TM,
)
R(d, "突破85亿元", "85亿元", V("85", "亿"), "元", "level", RD5, "rd_spend", qualifier=QM, planned=True, period="2025")
R(
    d,
    "700家以上",
    "700家以上",
    700,
    "家",
    "level",
    GQ5,
    "hte_count",
    qualifier="at_least",
    planned=True,
    period=Y25,
    category=HT,
)
R(
    d,
    "百分之十五左右",
    "百分之十五左右",
    15,
    "%",
    "growth",
    ["科技型中小企业入库数量", "科技型中小企业"],
    "tsme_count",
    qualifier="about",
    planned=True,
    period=["2025", "2024/2025", "2023/2025"],
    category=TS,
)


NUM = re.compile(r"-?\d+(?:\.\d+)?")
CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_number(t):
    """a small Chinese numeral (十二, 三十二, 四十一, 六十, 千) as an int"""
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
    """|value| as the figure's text writes it: full-width digits folded,
    Chinese numerals read (成 = 10 %), 万/亿 folded in; a table cell takes
    its column's multiplier."""
    t = unicodedata.normalize("NFKC", r["fig"])
    m = re.search(r"\d+(?:\.\d+)?", t)
    if m:
        n, rest = Decimal(m.group()), t[m.end() :]
    else:
        body = t.split("百分之", 1)[1] if "百分之" in t else t
        run = re.search(r"[零一二两三四五六七八九十百千]+", body)
        if not run:
            sys.exit(f"no number in {t!r}")
        n, rest = Decimal(cn_number(run.group())), body[run.end() :]
        if rest.startswith("成"):
            n *= 10
    mult = next((w for w in ("亿", "億", "万", "萬") if rest.startswith(w)), "")
    if "cell" in r:
        mult = r["mult"]
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
            if name == "x03.txt":  # the traditional text: each indicator in both scripts
                inds = rec["indicator"] if isinstance(rec["indicator"], list) else [rec["indicator"]]
                if not all(s(i) in inds for i in inds):
                    sys.exit(f"{name}: {r['fig']!r} lacks a simplified indicator")
            out.append(rec)
    out.sort(key=lambda g: (g["doc"], g["start"]))
    return out


def pct(a, b, nd=1):
    """a / b in percent, rounded half-up to nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding="ROUND_HALF_UP")


def growth(new, old, nd=1):
    return pct(Decimal(str(new)) - Decimal(str(old)), old, nd)


def cagr(new, old, years, nd=1):
    q = Decimal(1).scaleb(-nd)
    return Decimal(str(((new / old) ** (1 / years) - 1) * 100)).quantize(q, rounding="ROUND_HALF_UP")


def rnd(x, nd=1):
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding="ROUND_HALF_UP")


D = Decimal
# x02: the previous year's values behind the growth rates (not printed; they
# add up to 2022's total 8.72 = 9.84 - 1.12)
X02_PREV_TYPE = {"基础研究": 1.16, "应用研究": 2.69, "试验发展": 4.87}
X02_PREV_PERF = {"企业": 3.00, "政府属研究机构": 3.57, "高等学校": 1.97, "其他": 0.18}
X02_CUR = {r[1] if isinstance(r[1], str) else "全区": D(r[2][0]) for r in TABLE}
X02_G = {r[1] if isinstance(r[1], str) else "全区": D(r[2][1]) for r in TABLE}
X02_I = {r[1] if isinstance(r[1], str) else "全区": D(r[2][2]) for r in TABLE}
X02_CITIES = [k for k in X02_CUR if k != "全区"]

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # x01
    (growth(86, 70), D("22.9")),
    (pct(86, 120), D("71.7")),
    (pct(0.41, 1.86), D("22.0")),
    (pct(45, 78), D("57.7")),
    (D(78 - 45), D("33")),
    (growth(6380, 4856), D("31.4")),
    (pct(4120, 6380), D("64.6")),
    # x02: totals, parts and shares
    (D("9.84") - D("1.12"), D("8.72")),
    (growth(9.84, 8.72), D("12.8")),
    (D("1.37") + D("2.95") + D("5.52"), D("9.84")),
    (D("3.46") + D("3.87") + D("2.29") + D("0.22"), D("9.84")),
    (rnd(sum(D(str(v)) for v in X02_PREV_TYPE.values()), 2), D("8.72")),
    (rnd(sum(D(str(v)) for v in X02_PREV_PERF.values()), 2), D("8.72")),
    (growth(1.37, 1.16), D("18.1")),
    (growth(2.95, 2.69), D("9.7")),
    (growth(5.52, 4.87), D("13.3")),
    (pct(1.37, 9.84), D("13.9")),
    (pct(2.95, 9.84), D("30.0")),
    (pct(5.52, 9.84), D("56.1")),
    (pct(1.37, 9.84) - pct(1.16, 8.72), D("0.6")),
    (growth(3.46, 3.00), D("15.3")),
    (growth(3.87, 3.57), D("8.4")),
    (growth(2.29, 1.97), D("16.2")),
    (pct(3.46, 9.84), D("35.2")),
    (pct(3.87, 9.84), D("39.3")),
    (pct(2.29, 9.84), D("23.3")),
    (rnd(D("9.84") * 10**8 / 4556 / 10**4), D("21.6")),
    (pct(6.12, 9.84), D("62.2")),
    # x02 table: the cities add up to the region; their previous-year values
    # (amount / (1 + growth)) add up to 8.72; the GDP implied by amount /
    # intensity adds up to within 5 % of the region's
    (sum(X02_CUR[c] for c in X02_CITIES), X02_CUR["全区"]),
    (rnd(sum(X02_CUR[c] / (1 + X02_G[c] / 100) for c in X02_CITIES), 2), D("8.72")),
    (X02_G["全区"], D("12.8")),
    (
        abs(sum(X02_CUR[c] / X02_I[c] for c in X02_CITIES) / (X02_CUR["全区"] / X02_I["全区"]) - 1) < D("0.05"),
        True,
    ),
    # x03
    (D("52.37") - D("10"), D("42.37")),
    (growth(52.37, 42.37), D("23.6")),
    (pct(41.2, 52.37), D("78.7")),
    (D("18.60") + D("7.93") + D("6.12") < D("52.37"), True),
    (D(412 - 67), D("345")),
    (growth(412, 345), D("19.4")),
    (D(108 * 20), D("2160")),
    (D(1046) > 1000, True),
    # x04
    (pct(23.6, 485.6, 2), D("4.86")),
    (rnd(D("4.86") / D("2.11")), D("2.3")),
    (pct(186, 402), D("46.3")),
    (pct(1010, 1395), D("72.4")),
    (rnd(D(1912) / D("28.0")), D("68.3")),
    (pct(386, 2276), D("17.0")),
    # x05
    (D(9 + 4 + 2), D("15")),
    (cagr(61.8, 42.6, 3), D("13.2")),
    (pct(61.8, 80), D("77.3")),
    (D("2.17") - D("1.94"), D("0.23")),
    (pct(2.17, 2.5), D("86.8")),
    (cagr(598, 312, 3), D("24.2")),
    (pct(598, 700), D("85.4")),
    (rnd(D("96.5") / D("28.4")), D("3.4")),
    (cagr(96.5, 28.4, 3), D("50.3")),
    (pct(96.5, 100), D("96.5")),
    (pct(4.6, 6), D("76.7")),
    (growth(892, 911), D("-2.1")),  # 2022: 911 入库 (not printed)
    (D("31.5") - D("18.0"), D("13.5")),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
