#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports5 from hand annotations.

Each annotation names a figure by a context string (`anchor`) that occurs
exactly once in its document and the figure text (`fig`) that occurs exactly
once inside that context; offsets are computed here, never typed by hand.
The cells of the flattened table in v04 (one cell per line) are located as
the k-th line below their row label, and the script checks that the cell is
the number the annotation expects.  Run: python3 build_gold.py > gold.jsonl

Like tests/reports4, every record carries `measure` (the standard indicator
id of shared/records.md, "" when none fits, a list when several are
acceptable) and `region_code` (GB/T 2260 code of `region`, derived from the
CODES table below; "" for a region that is not an administrative unit, such
as a 高新区 or a 开发区).
"""

import json
import pathlib
import sys
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "").
CODES = {
    "全国": "100000",
    # v01 海南省 澄迈县 (a county directly under the province)
    "澄迈县": "469023",
    "澄迈": "469023",
    # v02 新疆维吾尔自治区
    "新疆维吾尔自治区": "650000",
    "新疆": "650000",
    "乌鲁木齐市": "650100",
    "乌鲁木齐": "650100",
    "克拉玛依市": "650200",
    "克拉玛依": "650200",
    "昌吉回族自治州": "652300",
    "昌吉州": "652300",
    # v03 内蒙古自治区 and its 12 盟市
    "内蒙古自治区": "150000",
    "内蒙古": "150000",
    "呼和浩特市": "150100",
    "包头市": "150200",
    "乌海市": "150300",
    "赤峰市": "150400",
    "通辽市": "150500",
    "鄂尔多斯市": "150600",
    "呼伦贝尔市": "150700",
    "巴彦淖尔市": "150800",
    "乌兰察布市": "150900",
    "兴安盟": "152200",
    "锡林郭勒盟": "152500",
    "阿拉善盟": "152900",
    # v04 青海省 西宁市
    "西宁市": "630100",
    "西宁": "630100",
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


def doc(name, region, period, category):
    DOCS[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return DOCS[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, measure, **kw):
    recs.append(
        dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, measure=measure, **kw)
    )


FS = ["funding", "rd_expenditure", "other"]  # 财政科技支出 (corpus 03, A02)
HT = "high_tech_enterprise"
HI = "high_tech_industry"
RI = "rd_institution"
TM = "tech_market"
IVF = ["innovation_voucher", "funding"]

# ---------------------------------------------------------------- v01
# 海南 澄迈县 政府工作报告, 过去一年 review: one long paragraph of ；/，
# clauses, a parenthesis after 其中, 分别 lists, 个百分点, 同比下降.
d = doc("v01.txt", "澄迈县", "2023", "economy")
Y = ["2023", "2023-12"]
R(d, "完成486.3亿元", "486.3亿元", V("486.3", "亿"), "元", "level", "地区生产总值", "gdp")
R(d, "同比增长7.2%", "7.2%", 7.2, "%", "growth", "地区生产总值", "gdp")
R(d, "增加值增长9.6%", "9.6%", 9.6, "%", "growth", "规模以上工业增加值", "")
HV = "高新技术产业增加值"
HVS = [
    "高新技术产业增加值占规模以上工业增加值的比重",
    "高新技术产业增加值占规模以上工业增加值",
    "占规模以上工业增加值的比重",
    "占规模以上工业增加值",
]
R(d, "增加值58.7亿元", "58.7亿元", V("58.7", "亿"), "元", "level", HV, "hti_value_added", category=HI)
R(d, "的41.3%", "41.3%", 41.3, "%", "share", HVS, "hti_value_added", category=HI)
R(d, "提高2.6个百分点", "2.6个百分点", 2.6, "百分点", "growth", HVS, "hti_value_added", category=HI)
R(d, "收入32.15亿元", "32.15亿元", V("32.15", "亿"), "元", "level", "一般公共预算收入", "")
R(d, "下降3.4%", "3.4%", -3.4, "%", "growth", "一般公共预算收入", "")
RD = ["全社会研发经费投入", "研发经费投入"]
RDI = ["研发投入强度", "全社会研发投入强度"]
R(d, "投入11.2亿元", "11.2亿元", V("11.2", "亿"), "元", "level", RD, "rd_spend", category="rd_expenditure")
R(d, "达到2.30%", "2.30%", 2.3, "%", "share", RDI, "rd_intensity", category="rd_expenditure")
R(d, "提高0.18个百分点", "0.18个百分点", 0.18, "百分点", "growth", RDI, "rd_intensity", category="rd_expenditure")
CZ = ["县本级财政科技支出", "财政科技支出"]
CZS = ["县本级财政科技支出占一般公共预算支出的比重", "县本级财政科技支出占一般公共预算支出", "占一般公共预算支出"]
R(d, "支出1.86亿元", "1.86亿元", V("1.86", "亿"), "元", "level", CZ, "fiscal_st_spend", category=FS)
R(d, "增长14.8%", "14.8%", 14.8, "%", "growth", CZ, "fiscal_st_spend", category=FS)
R(d, "的2.9%", "2.9%", 2.9, "%", "share", CZS, "fiscal_st_spend", category=FS)
R(d, "高新技术企业36家", "36家", 36, "家", "level", "新认定高新技术企业", "hte_new", category=HT)
# parts of the 36 inside the parenthesis: 首次认定 are the truly new ones
R(d, "首次认定24家", "24家", 24, "家", "level", ["首次认定高新技术企业", "首次认定"], ["", "hte_new"], category=HT)
R(d, "重新认定12家", "12家", 12, "家", "level", ["重新认定高新技术企业", "重新认定"], "", category=HT)
YXQ = ["有效期内高新技术企业总数", "有效期内高新技术企业"]
R(d, "达到142家", "142家", 142, "家", "level", YXQ, "hte_count", period=Y, category=HT)
R(
    d,
    "净增21家",
    "21家",
    21,
    "家",
    ["level", "growth"],
    ["净增高新技术企业", "净增"] + YXQ,
    ["hte_new", "hte_count"],
    period=Y,
    category=HT,
)
KZ = ["科技型中小企业入库", "入库科技型中小企业"]
R(d, "入库318家", "318家", 318, "家", "level", KZ, "tsme_count", category="tech_sme")
R(d, "同比增长26.7%", "26.7%", 26.7, "%", "growth", KZ, "tsme_count", category="tech_sme")
R(d, "实验室2家", "2家", 2, "家", "level", "新增省级重点实验室", "rd_institutions", category=RI)
R(d, "研究中心3家", "3家", 3, "家", "level", "新增省级工程技术研究中心", "rd_institutions", category=RI)
R(d, "累计达到7家", "7家", 7, "家", "level", "新型研发机构", "rd_institutions", period=Y, category=RI)
R(
    d,
    "企业412家",
    "412家",
    412,
    "家",
    "level",
    ["新引进企业", "全年新引进企业"],
    "",
    region=["老城经济开发区", "老城开发区"],
    category="enterprise",
)
R(d, "授权1256件", "1256件", 1256, "件", "level", ["专利授权", "专利授权量"], "patent_grants", category="patent")
R(d, "下降6.3%", "6.3%", -6.3, "%", "growth", ["专利授权", "专利授权量"], "patent_grants", category="patent")
FM = ["发明专利授权", "发明专利授权量"]
R(d, "授权184件", "184件", 184, "件", "level", FM, "invention_patent_grants", category="patent")
R(d, "增长18.7%", "18.7%", 18.7, "%", "growth", FM, "invention_patent_grants", category="patent")
R(d, "登记216项", "216项", 216, "项", "level", ["技术合同登记", "登记技术合同"], "tech_contract_count", category=TM)
R(
    d,
    "成交额4.37亿元",
    "4.37亿元",
    V("4.37", "亿"),
    "元",
    "level",
    ["技术合同成交额", "成交额"],
    "tech_contract_value",
    category=TM,
)
R(d, "人才1870人", "1870人", 1870, "人", "level", "引进各类人才", "", category="talent")
R(d, "人才126人", "126人", 126, "人", "level", ["高层次人才", "引进高层次人才"], "", category="talent")
R(d, "特派员58名", "58名", 58, "名", "level", "选派科技特派员", "", category="talent")
R(
    d,
    "资金6250万元",
    "6250万元",
    V("6250", "万"),
    "元",
    "level",
    ["兑现科技奖补资金", "科技奖补资金"],
    "",
    category="funding",
)
R(d, "企业280家", "280家", 280, "家", "level", "惠及企业", "", category=["funding", "enterprise"])
CS = "城镇常住居民人均可支配收入"
NC = "农村常住居民人均可支配收入"
R(d, "44820元", "44820元", 44820, "元", "level", CS, "")
R(d, "21370元", "21370元", 21370, "元", "level", NC, "")
R(d, "增长5.6%", "5.6%", 5.6, "%", "growth", CS, "")
R(d, "和7.9%", "7.9%", 7.9, "%", "growth", NC, "")

# ---------------------------------------------------------------- v02
# 新疆 科技厅 press conference: spoken style, 去年 = 2023, 1到6月, 目前,
# Chinese numerals (百分之十二点五, 六成多, 一千九百多家, 将近四百家,
# 接近百分之六十八), 大概, names with numerals (西北五省区, 南疆四地州).
XJ = ["新疆维吾尔自治区", "新疆"]
d = doc("v02.txt", XJ, "2024-01/2024-06", "tech_market")
H1 = "2024-01/2024-06"
# 目前 / 现在 in a talk given on 2024-07-18 about the first half-year
NOW = ["2024-01/2024-06", "2024-06", "2024-07", "2024"]
RD2 = ["研发经费投入", "全区研发经费投入"]
RDI2 = ["投入强度", "研发经费投入强度"]
R(
    d,
    "投入是97.3亿元",
    "97.3亿元",
    V("97.3", "亿"),
    "元",
    "level",
    RD2,
    "rd_spend",
    period="2023",
    category="rd_expenditure",
)
R(d, "强度0.51%", "0.51%", 0.51, "%", "share", RDI2, "rd_intensity", period="2023", category="rd_expenditure")
R(
    d,
    "0.03个百分点",
    "0.03个百分点",
    0.03,
    "百分点",
    "growth",
    RDI2,
    "rd_intensity",
    period="2023",
    category="rd_expenditure",
)
CJ = ["技术合同成交额", "成交额"]
R(d, "合同2863项", "2863项", 2863, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count")
R(d, "成交额48.6亿元", "48.6亿元", V("48.6", "亿"), "元", "level", CJ, "tech_contract_value")
R(d, "百分之十二点五", "百分之十二点五", 12.5, "%", "growth", CJ, "tech_contract_value")
R(d, "排第一", "第一", 1, "位", "rank", ["技术合同成交额增速", "增速"] + CJ, "tech_contract_value")
WLMQ = ["乌鲁木齐市", "乌鲁木齐"]
R(
    d,
    "成交31.2亿元",
    "31.2亿元",
    V("31.2", "亿"),
    "元",
    "level",
    CJ + ["成交"],
    "tech_contract_value",
    region=WLMQ,
)
R(
    d,
    "六成多",
    "六成多",
    60,
    "%",
    "share",
    ["占全区", "成交额占全区", "技术合同成交额占全区比重"],
    "tech_contract_value",
    qualifier="more_than",
    region=WLMQ,
)
HTE2 = ["有效期内的高新技术企业", "有效期内高新技术企业"]
R(
    d,
    "一千九百多家",
    "一千九百多家",
    1900,
    "家",
    "level",
    HTE2,
    "hte_count",
    qualifier="more_than",
    period=NOW,
    category=HT,
)
KZ2 = ["评价入库的科技型中小企业", "评价入库科技型中小企业"]
R(
    d,
    "三千二百多家",
    "三千二百多家",
    3200,
    "家",
    "level",
    KZ2,
    "tsme_count",
    qualifier="more_than",
    period=NOW,
    category="tech_sme",
)
R(
    d,
    "将近四百家",
    "将近四百家",
    400,
    "家",
    "growth",
    KZ2,
    "tsme_count",
    qualifier="nearly",
    period=NOW,
    category="tech_sme",
)
R(d, "实验室6个", "6个", 6, "个", "level", "新建自治区重点实验室", "rd_institutions", category=RI)
R(d, "中心9个", "9个", 9, "个", "level", "新建自治区工程技术研究中心", "rd_institutions", category=RI)
R(
    d,
    "大概1100个",
    "大概1100个",
    1100,
    "个",
    "level",
    ["各类研发平台", "研发平台"],
    ["rd_institutions", ""],
    qualifier="about",
    period=NOW,
    category=RI,
)
R(
    d,
    "三百二十多名",
    "三百二十多名",
    320,
    "名",
    "level",
    ["引进和培养高层次科技人才", "高层次科技人才"],
    "",
    qualifier="more_than",
    category="talent",
)
R(
    d,
    "一千二百余名",
    "一千二百余名",
    1200,
    "名",
    "level",
    ["选派科技特派员", "科技特派员"],
    "",
    qualifier="more_than",
    region=XJ + ["南疆四地州"],
    category="talent",
)
VP = [H1, "2024"]
R(
    d,
    "发放创新券2860万元",
    "2860万元",
    V("2860", "万"),
    "元",
    "level",
    ["发放创新券", "创新券发放"],
    "voucher_issued",
    category=IVF,
)
R(
    d,
    "兑付1940万元",
    "1940万元",
    V("1940", "万"),
    "元",
    "level",
    ["实际兑付", "创新券兑付"],
    "voucher_used",
    category=IVF,
)
R(
    d,
    "接近百分之六十八",
    "接近百分之六十八",
    68,
    "%",
    "share",
    ["兑付率", "创新券兑付率"],
    ["voucher_used", ""],
    qualifier="nearly",
    category=IVF,
)
DF = ["兑付额", "创新券兑付额"]
R(
    d,
    "420万元",
    "420万元",
    V("420", "万"),
    "元",
    "level",
    DF,
    "voucher_used",
    region=["昌吉回族自治州", "昌吉州"],
    period=VP,
    category=IVF,
)
R(
    d,
    "310万元",
    "310万元",
    V("310", "万"),
    "元",
    "level",
    DF,
    "voucher_used",
    region=["克拉玛依市", "克拉玛依"],
    period=VP,
    category=IVF,
)
R(
    d,
    "突破100亿元",
    "100亿元",
    V("100", "亿"),
    "元",
    "level",
    ["全年技术合同成交额", "技术合同成交额"],
    "tech_contract_value",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
)
R(
    d,
    "达到2100家",
    "2100家",
    2100,
    "家",
    "level",
    ["高新技术企业总数", "高新技术企业"],
    "hte_count",
    planned=True,
    period="2024",
    category=HT,
)
R(
    d,
    "不少于800家",
    "不少于800家",
    800,
    "家",
    "level",
    "新增科技型中小企业",
    "tsme_count",
    qualifier="at_least",
    planned=True,
    period="2024",
    category="tech_sme",
)

# ---------------------------------------------------------------- v03
# 内蒙古 高新技术企业认定 news: headline figures, 首次认定, 净增, 总数,
# 居全国第24位 / 前移1位, a list of 12 盟市 with a space before each count,
# a group-defining threshold (超过1亿元), 2024 targets.
NM = ["内蒙古自治区", "内蒙古"]
d = doc("v03.txt", NM, "2023", HT)
Y = ["2023", "2023-12"]
XR = ["新认定高新技术企业", "获得高新技术企业资格的企业", "获得高新技术企业资格"]
ZS = ["有效期内高新技术企业总数", "高新技术企业总数", "总数"]
R(d, "高新技术企业1027家", "1027家", 1027, "家", "level", XR, "hte_new")
R(d, "突破2700家", "2700家", 2700, "家", "level", ZS, "hte_count", qualifier=["more_than", None], period=Y)
R(d, "全区1027家", "1027家", 1027, "家", "level", XR, "hte_new")
SC = ["首次认定高新技术企业", "首次认定"]
R(d, "首次认定712家", "712家", 712, "家", "level", SC, ["", "hte_new"])
R(d, "同比增长21.6%", "21.6%", 21.6, "%", "growth", SC, ["", "hte_new"])
R(d, "达到2738家", "2738家", 2738, "家", "level", ZS, "hte_count", period=Y)
R(
    d,
    "净增436家",
    "436家",
    436,
    "家",
    ["level", "growth"],
    ["净增高新技术企业", "净增"] + ZS,
    ["hte_new", "hte_count"],
    period=Y,
)
R(d, "第24位", "第24位", 24, "位", "rank", ZS, "hte_count", period=Y)
R(d, "前移1位", "1位", 1, "位", ["growth", "rank"], ZS + ["位次"], "hte_count", period=Y)
R(
    d,
    "占58.2%",
    "58.2%",
    58.2,
    "%",
    "share",
    ["制造业企业占新认定企业的比重", "制造业企业占比", "制造业企业"],
    "",
)
CITY = [
    ("呼和浩特市", "301"),
    ("包头市", "257"),
    ("鄂尔多斯市", "139"),
    ("赤峰市", "92"),
    ("通辽市", "58"),
    ("巴彦淖尔市", "49"),
    ("乌兰察布市", "40"),
    ("呼伦贝尔市", "33"),
    ("乌海市", "27"),
    ("锡林郭勒盟", "16"),
    ("兴安盟", "11"),
    ("阿拉善盟", "4"),
]
assert sum(int(n) for _, n in CITY) == 1027
for city, n in CITY:
    R(d, f"{city} {n}家", f"{n}家", int(n), "家", "level", ["新认定数量"] + XR, "hte_new", region=city)
R(
    d,
    "12个盟市",
    "12个",
    12,
    "个",
    "level",
    ["新认定数量比上年有所增加的盟市", "盟市"],
    "",
    category=[HT, "other"],
)
R(
    d,
    "的54.3%",
    "54.3%",
    54.3,
    "%",
    "share",
    ["呼包两市合计占全区新认定数量", "占全区新认定数量", "占全区新认定数量的比重"],
    "hte_new",
    region=["呼和浩特市", "包头市"],
)
R(d, "达到786家", "786家", 786, "家", "level", ["有效期内高新技术企业"] + ZS, "hte_count", region="包头市", period=Y)
R(
    d,
    "（771家）",
    "771家",
    771,
    "家",
    "level",
    ["有效期内高新技术企业"] + ZS,
    "hte_count",
    region="呼和浩特市",
    period=Y,
)
KZ3 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "中小企业4155家", "4155家", 4155, "家", "level", KZ3, "tsme_count", category="tech_sme")
R(d, "同比增长18.9%", "18.9%", 18.9, "%", "growth", KZ3, "tsme_count", category="tech_sme")
R(
    d,
    "企业96家",
    "96家",
    96,
    "家",
    "level",
    ["年营业收入超过1亿元的企业", "年营业收入超过1亿元的科技型中小企业"],
    "",
    category=["tech_sme", "enterprise"],
)
JM = ["享受研发费用加计扣除等税收优惠减免税额", "减免税额", "税收优惠减免税额"]
R(d, "税额39.8亿元", "39.8亿元", V("39.8", "亿"), "元", "level", JM, "", category=["funding", HT])
R(d, "同比增长27.3%", "27.3%", 27.3, "%", "growth", JM, "", category=["funding", HT])
R(
    d,
    "3200家以上",
    "3200家以上",
    3200,
    "家",
    "level",
    ["高新技术企业总数", "全区高新技术企业总数"],
    "hte_count",
    qualifier="at_least",
    planned=True,
    period="2024",
)
R(
    d,
    "突破5000家",
    "5000家",
    5000,
    "家",
    "level",
    ["科技型中小企业评价入库数量", "评价入库数量"],
    "tsme_count",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
    category="tech_sme",
)

# ---------------------------------------------------------------- v04
# 西宁市 统计公报 section 十、科学技术和教育 with a flattened table: one cell
# per line, header cells first, units in header cells (项目数（项）,
# 金额（万元）, 比上年增长（%）), a negative cell, a 合计 row; notes 1. 2.
d = doc("v04.txt", "西宁市", "2023", RI)
Y = ["2023", "2023-12"]
R(d, "国家级重点实验室2个", "2个", 2, "个", "level", "国家级重点实验室", "rd_institutions", period=Y)
R(d, "省级重点实验室38个", "38个", 38, "个", "level", "省级重点实验室", "rd_institutions", period=Y)
R(d, "研究中心46个", "46个", 46, "个", "level", "省级以上工程技术研究中心", "rd_institutions", period=Y)
RD4 = ["全社会研究与试验发展（R&D）经费支出", "研究与试验发展（R&D）经费支出"]
RDI4 = [
    "研究与试验发展（R&D）经费支出相当于地区生产总值的比重",
    "相当于地区生产总值",
    "研究与试验发展（R&D）经费支出相当于地区生产总值",
]
R(d, "支出37.6亿元", "37.6亿元", V("37.6", "亿"), "元", "level", RD4, "rd_spend", category="rd_expenditure")
R(d, "增长8.1%", "8.1%", 8.1, "%", "growth", RD4, "rd_spend", category="rd_expenditure")
R(d, "的2.14%", "2.14%", 2.14, "%", "share", RDI4, "rd_intensity", category="rd_expenditure")
R(d, "授权量3862件", "3862件", 3862, "件", "level", "专利授权量", "patent_grants", category="patent")
R(d, "下降4.2%", "4.2%", -4.2, "%", "growth", "专利授权量", "patent_grants", category="patent")
R(d, "授权量641件", "641件", 641, "件", "level", "发明专利授权量", "invention_patent_grants", category="patent")
R(d, "增长12.6%", "12.6%", 12.6, "%", "growth", "发明专利授权量", "invention_patent_grants", category="patent")
R(d, "专利3308件", "3308件", 3308, "件", "level", "有效发明专利", "invention_patents_held", period=Y, category="patent")
R(
    d,
    "13.3件",
    "13.3件",
    13.3,
    "件",
    ["level", "share"],
    "每万人口发明专利拥有量",
    "invention_patents_per_10k",
    period=Y,
    category="patent",
)
R(d, "合同1043项", "1043项", 1043, "项", "level", "登记技术合同", "tech_contract_count", category=TM)
R(d, "成交额28.5亿元", "28.5亿元", V("28.5", "亿"), "元", "level", "技术合同成交额", "tech_contract_value", category=TM)
R(d, "增长15.4%", "15.4%", 15.4, "%", "growth", "技术合同成交额", "tech_contract_value", category=TM)
R(d, "达到312家", "312家", 312, "家", "level", "高新技术企业", "hte_count", period=Y, category=HT)
R(
    d,
    "增加47家",
    "47家",
    47,
    "家",
    ["growth", "level"],
    "高新技术企业",
    ["hte_count", "hte_new"],
    period=Y,
    category=HT,
)
XM = ["市级财政安排科技计划项目", "科技计划项目", "市级科技计划项目"]
R(d, "项目204项", "204项", 204, "项", "level", XM, "", category="project")
R(
    d,
    "1.09亿元",
    "1.09亿元",
    V("1.09", "亿"),
    "元",
    "level",
    ["资助金额", "科技计划项目资助金额"],
    "",
    category=["funding", "project"],
)
EDU = [
    ("招生3.18万人", "3.18万人", "3.18", ["普通高等学校招生", "招生"], "2023"),
    ("在校生11.27万人", "11.27万人", "11.27", ["普通高等学校在校生", "在校生"], Y),
    ("毕业生2.96万人", "2.96万人", "2.96", ["普通高等学校毕业生", "毕业生"], "2023"),
    ("高中在校生6.84万人", "6.84万人", "6.84", ["普通高中在校生", "在校生"], Y),
    ("初中在校生12.05万人", "12.05万人", "12.05", ["初中在校生", "在校生"], Y),
    ("小学在校生22.61万人", "22.61万人", "22.61", ["小学在校生", "在校生"], Y),
]
for anchor, fig, num, ind, per in EDU:
    R(d, anchor, fig, V(num, "万"), "人", "level", ind, "", period=per, category="other")
# the table: the row label is a line of its own, its cells the next three lines
TABLE = [
    ("重点研发与转化", "86", "6420", "12.3"),
    ("基础研究", "54", "1380", "-6.8"),
    ("科技创新平台建设", "23", "2150", "28.6"),
    ("科技人才与合作", "41", "970", "4.5"),
    ("合计", "204", "10920", "11.5"),
]
assert sum(int(r[1]) for r in TABLE[:-1]) == int(TABLE[-1][1])
assert sum(int(r[2]) for r in TABLE[:-1]) == int(TABLE[-1][2])
for label, n, amt, gr in TABLE:
    if label == "合计":
        ni = ["市级科技计划项目项目数", "科技计划项目", "项目数", "合计项目数"]
        ai = ["市级科技计划项目金额", "资助金额", "金额", "合计金额"]
    else:
        ni = [f"{label}项目数", f"{label}项目", label]
        ai = [f"{label}项目金额", f"{label}金额", label]
    R(d, label, n, int(n), "项", "level", ni, "", cell=1, category="project")
    R(d, label, amt, V(amt, "万"), "元", "level", ai, "", cell=2, category=["funding", "project"])
    R(d, label, gr, V(gr), "%", "growth", ai, "", cell=3, category=["funding", "project"])

# ---------------------------------------------------------------- v05
# 长春高新区 monthly brief (1-10月 / 截至10月底): 亿 and 万 amounts,
# 上年同期, 技术合同 and 吸纳, 孵化器/众创空间 with （其中…）, 研发机构,
# 人才, a rank among 178 国家高新区, the issue number and 共印30份.
GX = ["长春高新区", "长春高新技术产业开发区"]
d = doc("v05.txt", GX, "2024-01/2024-10", "economy")
P = "2024-01/2024-10"
END = ["2024-10", "2024-01/2024-10"]
GZ = "规模以上工业总产值"
R(d, "总产值1286.4亿元", "1286.4亿元", V("1286.4", "亿"), "元", "level", GZ, "")
R(d, "同比增长6.8%", "6.8%", 6.8, "%", "growth", GZ, "")
HO = ["高新技术产业产值", "高新技术产业"]
HOS = ["高新技术产业产值占规上工业总产值的比重", "占规上工业总产值", "高新技术产业产值占规上工业总产值"]
R(d, "产值903.7亿元", "903.7亿元", V("903.7", "亿"), "元", "level", HO, "hti_output", category=HI)
R(d, "的70.3%", "70.3%", 70.3, "%", "share", HOS, "hti_output", category=HI)
R(d, "1.9个百分点", "1.9个百分点", 1.9, "百分点", "growth", HOS, "hti_output", category=HI)
YF = ["规上工业企业研发费用支出", "规上工业企业研发费用"]
R(
    d,
    "支出41.26亿元",
    "41.26亿元",
    V("41.26", "亿"),
    "元",
    "level",
    YF,
    "rd_spend_enterprise",
    category="rd_expenditure",
)
R(d, "同比增长13.5%", "13.5%", 13.5, "%", "growth", YF, "rd_spend_enterprise", category="rd_expenditure")
CJ5 = ["技术合同成交额", "成交额"]
R(d, "登记1587项", "1587项", 1587, "项", "level", ["技术合同登记", "登记技术合同"], "tech_contract_count", category=TM)
R(d, "成交额62.4亿元", "62.4亿元", V("62.4", "亿"), "元", "level", CJ5, "tech_contract_value", category=TM)
R(d, "增加9.8亿元", "9.8亿元", V("9.8", "亿"), "元", "growth", CJ5, "tech_contract_value", category=TM)
R(d, "增长18.6%", "18.6%", 18.6, "%", "growth", CJ5, "tech_contract_value", category=TM)
R(
    d,
    "成交额38.9亿元",
    "38.9亿元",
    V("38.9", "亿"),
    "元",
    "level",
    "吸纳技术合同成交额",
    "tech_contract_value_absorbed",
    category=TM,
)
R(
    d,
    "资金1.37亿元",
    "1.37亿元",
    V("1.37", "亿"),
    "元",
    "level",
    ["兑现各类科技扶持资金", "科技扶持资金"],
    "",
    category="funding",
)
R(d, "兑付860万元", "860万元", V("860", "万"), "元", "level", ["创新券兑付", "创新券"], "voucher_used", category=IVF)
HTE5 = ["有效期内高新技术企业", "高新技术企业"]
KZ5 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "达1196家", "1196家", 1196, "家", "level", HTE5, "hte_count", period=END, category=HT)
R(d, "企业2318家", "2318家", 2318, "家", "level", KZ5, "tsme_count", period=END, category="tech_sme")
R(d, "11.4%", "11.4%", 11.4, "%", "growth", HTE5, "hte_count", period=END, category=HT)
R(d, "16.2%", "16.2%", 16.2, "%", "growth", KZ5, "tsme_count", period=END, category="tech_sme")
R(
    d,
    "企业87家",
    "87家",
    87,
    "家",
    "level",
    ["新认定“专精特新”中小企业", "“专精特新”中小企业", "新认定专精特新中小企业"],
    "",
    category="enterprise",
)
INC = "incubator"
R(d, "孵化器31家", "31家", 31, "家", "level", "科技企业孵化器", "incubators", period=END, category=INC)
R(d, "国家级9家", "9家", 9, "家", "level", ["国家级科技企业孵化器", "国家级"], "incubators", period=END, category=INC)
R(d, "众创空间44家", "44家", 44, "家", "level", "众创空间", "maker_spaces", period=END, category=INC)
R(
    d,
    "国家备案18家",
    "18家",
    18,
    "家",
    "level",
    ["国家备案众创空间", "国家备案"],
    "maker_spaces",
    period=END,
    category=INC,
)
R(
    d,
    "86.5万平方米",
    "86.5万平方米",
    V("86.5", "万"),
    "平方米",
    "level",
    ["孵化场地总面积", "孵化场地面积"],
    "",
    period=END,
    category=INC,
)
R(
    d,
    "1730余家",
    "1730余家",
    1730,
    "家",
    "level",
    "在孵企业",
    "",
    qualifier="more_than",
    period=END,
    category=[INC, "enterprise"],
)
R(d, "研发机构17个", "17个", 17, "个", "level", "新增省级以上研发机构", "rd_institutions", period=END, category=RI)
R(d, "达到312个", "312个", 312, "个", "level", "省级以上研发机构", "rd_institutions", period=END, category=RI)
R(d, "研发机构23家", "23家", 23, "家", "level", "新型研发机构", "rd_institutions", period=END, category=RI)
R(d, "人才6540人", "6540人", 6540, "人", "level", "新引进各类人才", "", category="talent")
R(d, "增长22.1%", "22.1%", 22.1, "%", "growth", "新引进各类人才", "", category="talent")
R(d, "人才612人", "612人", 612, "人", "level", "博士及高级职称人才", "", category="talent")
BSH = ["talent", "rd_institution"]  # corpus A08 省研究生工作站
R(d, "工作站4家", "4家", 4, "家", "level", "新设博士后科研工作站", "", category=BSH)
R(d, "达到39家", "39家", 39, "家", "level", "博士后科研工作站", "", period=END, category=BSH)
PM = ["综合排名", "国家高新区综合评价", "综合评价", "国家高新区综合评价结果"]
R(
    d,
    "178家",
    "178家",
    178,
    "家",
    "level",
    ["国家高新区", "全国国家高新区"],
    "",
    region="全国",
    period="2023",
    category=["other", HI],
)
R(d, "第21位", "第21位", 21, "位", "rank", PM, "innovation_rank", period="2023", category=["other", HI])
R(
    d,
    "前进2位",
    "2位",
    2,
    "位",
    ["growth", "rank"],
    PM + ["位次"],
    "innovation_rank",
    period="2023",
    category=["other", HI],
)
R(
    d,
    "突破80亿元",
    "80亿元",
    V("80", "亿"),
    "元",
    "level",
    "技术合同成交额",
    "tech_contract_value",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
    category=TM,
)
R(
    d,
    "200家以上",
    "200家以上",
    200,
    "家",
    "level",
    "新增高新技术企业",
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2024",
    category=HT,
)


def locate(text, name, r):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    if "cell" in r:
        # a flattened table: the row label is a whole line, its k-th cell the
        # k-th line below it
        lines = text.split("\n")
        rows = [i for i, line in enumerate(lines) if line == a]
        if len(rows) != 1:
            sys.exit(f"{name}: row {a!r} found {len(rows)} times")
        i = rows[0] + r["cell"]
        if lines[i] != fig:
            sys.exit(f"{name}: row {a!r} cell {r['cell']} is {lines[i]!r}, not {fig!r}")
        start = sum(len(line) + 1 for line in lines[:i])
        return start, start + len(fig)
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
            assert text[start:end] == r["fig"]
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
