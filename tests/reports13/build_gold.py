#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports13 from hand annotations.

Same layout as tests/reports4-12. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The six texts imitate stored public web
pages (half-width , ; : ( ), page remnants such as 来源/发布时间/浏览次数,
【字体:大 中 小】, breadcrumbs and 责任编辑 lines); none has a table.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below, checked against the adcodes.csv table of PyPI cpca 0.5.5; 全国 is
100000 as records.md says).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(whitespace removed, Chinese numerals read, 首位 = 1, 万/亿 folded in)
equals |value|, every Arabic number in every text is either inside a record
or listed in NOT_INDICATORS with its reason (so no figure is forgotten),
every field takes an allowed value, and the invented figures agree with
each other (parts add up, shares, growth rates, intensities and ranks match;
see CONSISTENCY at the end).
"""

import json
import pathlib
import re
import sys
import unicodedata
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "亿": 10**8}

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "").
CODES = {
    # c01 甘肃省 定西市
    "定西市": "621100",
    "定西": "621100",
    # c02 山西省 and six of its cities
    "山西省": "140000",
    "山西": "140000",
    "太原市": "140100",
    "阳泉市": "140300",
    "长治市": "140400",
    "朔州市": "140600",
    "忻州市": "140900",
    "吕梁市": "141100",
    # c03 甘肃省 武威市, 凉州区, 民勤县
    "武威市": "620600",
    "武威": "620600",
    "凉州区": "620602",
    "民勤县": "620621",
    # c04 贵州省 黔南州 瓮安县
    "瓮安县": "522725",
    "瓮安": "522725",
    # c05 山西省 临汾市 尧都区
    "尧都区": "141002",
    "尧都": "141002",
    # c06 海南省, 全国
    "海南省": "460000",
    "海南": "460000",
    "全国": "100000",
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


def doc(name, region, period, category):
    DOCS[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return DOCS[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, measure, **kw):
    recs.append(
        dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, measure=measure, **kw)
    )


HT = "high_tech_enterprise"
RI = "rd_institution"
RE = "rd_expenditure"
TM = "tech_market"
TS = "tech_sme"
PT = "patent"
FU = "funding"
IN = "incubator"
TA = "talent"
IV = "innovation_voucher"
PJ = "project"
OT = "other"
SL = ["share", "level"]  # rates such as 入学率, 完成率 (corpus 13, reports3-12)
GL = ["growth", "level"]  # increase amounts, 高X个百分点 (corpus 13 / A02, reports3-12)
LS = ["level", "share"]  # per-10k ratios (corpus A08)
GR = ["growth", "rank"]  # a rank change 前移2位 (corpus A10 提升1个位次)
QR = [None, "at_most"]  # 前两位 / 前三 (corpus C06 前三位, D08 前两位)
HN = ["hte_new", "hte_count"]  # 净增 of the stock (reports4-12)
HN0 = ["hte_new", ""]  # one batch or one kind of the 认定 (a part of the year's 通过认定)
RIS = ["rd_institutions", ""]  # 科技创新平台 counts
FS = [FU, RE, OT]  # 财政科技支出 / 财政科技资金 (reports12)

# ---------------------------------------------------------------- c01
# 2023年定西市国民经济和社会发展统计公报: one page of the paginated bulletin
# (section 十、科学技术和教育, the start of 十一), stored with its breadcrumb,
# a source/date line with a view counter (浏览次数:1862, no record) and
# 【字体:大 中 小】, and the bulletin's notes (注:1. / 2.). S&T figures in one
# dense paragraph: 项目, 实验室, 孵化器, 高企 and its 比上年末增加, 科技型中小企业,
# 技术合同 and 吸纳, 专利 with a 下降, 有效发明专利 and the per-10k ratio with
# its absolute change; then education and culture counts (category other).
DX = ["定西市", "定西"]
d = doc("c01.txt", DX, "2023", RE)
YE = ["2023", "2023-12"]  # 年末 stocks (corpus 01, A08)
R(d, "项目126项", "126项", 126, "项", "level", ["国家及省级各类科技计划项目", "科技计划项目"], "", category=PJ)
R(d, "资金8260万元", "8260万元", V("8260", "万"), "元", "level", ["落实项目资金", "项目资金"], "", category=[PJ, FU])
R(d, "实验室6个", "6个", 6, "个", "level", ["省级重点实验室"], "rd_institutions", period=YE, category=RI)
R(d, "研究中心11个", "11个", 11, "个", "level", ["省级工程技术研究中心"], "rd_institutions", period=YE, category=RI)
R(d, "研发机构2家", "2家", 2, "家", "level", ["省级新型研发机构"], "rd_institutions", period=YE, category=RI)
R(d, "孵化器3家", "3家", 3, "家", "level", ["省级以上科技企业孵化器"], "incubators", period=YE, category=IN)
R(d, "众创空间14家", "14家", 14, "家", "level", ["众创空间"], "maker_spaces", period=YE, category=IN)
R(d, "260余家", "260余家", 260, "家", "level", ["在孵企业"], "", qualifier="more_than", period=YE, category=IN)
HTE1 = ["有效期内的高新技术企业", "高新技术企业"]
R(d, "企业105家", "105家", 105, "家", "level", HTE1, "hte_count", period=YE, category=HT)
R(d, "增加17家", "17家", 17, "家", GL, HTE1 + ["比上年末增加"], HN, period=YE, category=HT)
KZ1 = ["入库评价的科技型中小企业", "科技型中小企业"]
R(d, "企业321家", "321家", 321, "家", "level", KZ1, "tsme_count", category=TS)
R(d, "增长12.6%", "12.6%", 12.6, "%", "growth", KZ1, "tsme_count", category=TS)
R(
    d,
    "技术合同1043项",
    "1043项",
    1043,
    "项",
    "level",
    ["认定登记各类技术合同", "技术合同"],
    "tech_contract_count",
    category=TM,
)
TV1 = ["合同成交额", "技术合同成交额"]
R(d, "成交额35.62亿元", "35.62亿元", V("35.62", "亿"), "元", "level", TV1, "tech_contract_value", category=TM)
R(d, "增长18.4%", "18.4%", 18.4, "%", "growth", TV1, "tech_contract_value", category=TM)
R(
    d,
    "成交额12.05亿元",
    "12.05亿元",
    V("12.05", "亿"),
    "元",
    "level",
    ["本市企业吸纳技术合同成交额", "吸纳技术合同成交额"],
    "tech_contract_value_absorbed",
    category=TM,
)
R(d, "专利授权1215件", "1215件", 1215, "件", "level", ["专利授权"], "patent_grants", category=PT)
R(d, "下降6.3%", "6.3%", -6.3, "%", "growth", ["专利授权"], "patent_grants", category=PT)
R(d, "授权168件", "168件", 168, "件", "level", ["发明专利授权"], "invention_patent_grants", category=PT)
R(d, "增长21.7%", "21.7%", 21.7, "%", "growth", ["发明专利授权"], "invention_patent_grants", category=PT)
R(d, "专利1022件", "1022件", 1022, "件", "level", ["有效发明专利"], "invention_patents_held", period=YE, category=PT)
PER = ["每万人口发明专利拥有量"]
R(d, "拥有量4.08件", "4.08件", 4.08, "件", LS, PER, "invention_patents_per_10k", period=YE, category=PT)
R(d, "增加0.61件", "0.61件", 0.61, "件", GL, PER, "invention_patents_per_10k", period=YE, category=PT)
R(d, "特派员486名", "486名", 486, "名", "level", ["选派科技特派员", "科技特派员"], "", category=TA)
R(d, "园区2个", "2个", 2, "个", "level", ["新建省级农业科技园区", "省级农业科技园区"], "", category=[OT, RI])
# education and culture (corpus A08: counts of schools and pupils, category other)
for anchor, fig, value, unit, name in [
    ("学校2所", "2所", 2, "所", ["普通高等学校"]),
    ("学生1.86万人", "1.86万人", 18600, "人", ["普通高等学校在校学生", "在校学生"]),
    ("学校11所", "11所", 11, "所", ["中等职业学校"]),
    ("学生2.34万人", "2.34万人", 23400, "人", ["中等职业学校在校学生", "在校学生"]),
    ("高中33所", "33所", 33, "所", ["普通高中"]),
    ("学生6.71万人", "6.71万人", 67100, "人", ["普通高中在校学生", "在校学生"]),
    ("初中137所", "137所", 137, "所", ["初中"]),
    ("学生9.52万人", "9.52万人", 95200, "人", ["初中在校学生", "在校学生"]),
]:
    R(d, anchor, fig, value, unit, "level", name, "", period=YE, category=OT)
R(d, "入园率93.5%", "93.5%", 93.5, "%", SL, ["学前三年毛入园率"], "", category=OT)
R(d, "巩固率97.8%", "97.8%", 97.8, "%", SL, ["九年义务教育巩固率"], "", category=OT)
R(d, "入学率94.2%", "94.2%", 94.2, "%", SL, ["高中阶段毛入学率"], "", category=OT)
R(d, "图书馆8个", "8个", 8, "个", "level", ["公共图书馆"], "", period=YE, category=OT)
R(d, "博物馆12个", "12个", 12, "个", "level", ["博物馆"], "", period=YE, category=OT)
NOT_INDICATORS["c01.txt"] = [
    ("2023年定西市", "2023", "title year"),
    ("发布时间:2024-04-12 16:05", "2024", "date line"),
    ("发布时间:2024-04-12 16:05", "04", "date line"),
    ("发布时间:2024-04-12 16:05", "12", "date line"),
    ("发布时间:2024-04-12 16:05", "16", "date line"),
    ("发布时间:2024-04-12 16:05", "05", "date line"),
    ("浏览次数:1862", "1862", "page view counter"),
    ("注:1.", "1", "note marker"),
    ("\n2.高新", "2", "note marker"),
]

# ---------------------------------------------------------------- c02
# 2022年山西省科技经费投入统计公报 as the 统计局 page stores it: breadcrumb,
# source/date line with 阅读次数: 0, the three issuing offices and the date.
# 全省 = 山西. Total with 比上年增加 and 增长; intensity with 下降0.07个百分点
# (negative); 人均经费; activity types and performers with growth (one
# 下降), shares listed with 依次为; the by-city part IN PROSE: a threshold
# `在20亿元以上的市有4个` (20 no record, 4个 is), four cities with their R&D in
# brackets, `投入强度在全省平均水平以上的市有3个:` followed by city intensities,
# `居全省前两位` for two cities' growth; then 财政科学技术支出 and its share.
SX = ["山西省", "山西"]
d = doc("c02.txt", SX, "2022", RE)
RD2 = ["R&D经费", "投入R&D经费"]
RI2 = ["R&D经费投入强度", "投入强度"]
R(d, "经费268.4亿元", "268.4亿元", V("268.4", "亿"), "元", "level", RD2, "rd_spend")
R(d, "增加16.5亿元", "16.5亿元", V("16.5", "亿"), "元", GL, RD2, "rd_spend")
R(d, "增长6.6%", "6.6%", 6.6, "%", "growth", RD2, "rd_spend")
R(d, "为1.05%", "1.05%", 1.05, "%", "share", RI2, "rd_intensity")
R(d, "0.07个百分点", "0.07个百分点", -0.07, "百分点", "growth", RI2, "rd_intensity")
RJ = ["R&D人员人均经费", "人均经费"]
R(d, "为41.3万元", "41.3万元", V("41.3", "万"), "元", "level", RJ, "")
R(d, "多1.8万元", "1.8万元", V("1.8", "万"), "元", GL, RJ, "")
JC = ["基础研究的经费", "基础研究经费", "基础研究"]
R(d, "经费14.6亿元", "14.6亿元", V("14.6", "亿"), "元", "level", JC, "rd_spend_basic")
R(d, "增长10.2%", "10.2%", 10.2, "%", "growth", JC, "rd_spend_basic")
YY = ["应用研究经费", "应用研究"]
R(d, "经费31.8亿元", "31.8亿元", V("31.8", "亿"), "元", "level", YY, "")
R(d, "增长3.9%", "3.9%", 3.9, "%", "growth", YY, "")
SY = ["试验发展经费", "试验发展"]
R(d, "经费222.0亿元", "222.0亿元", V("222.0", "亿"), "元", "level", SY, "")
R(d, "增长6.7%", "6.7%", 6.7, "%", "growth", SY, "")
R(d, "依次为5.4%", "5.4%", 5.4, "%", "share", JC + ["所占比重"], "rd_spend_basic")
R(d, "、11.8%", "11.8%", 11.8, "%", "share", YY + ["所占比重"], "")
R(d, "和82.7%", "82.7%", 82.7, "%", "share", SY + ["所占比重"], "")
QY2 = ["企业R&D经费", "企业"]
R(d, "经费214.7亿元", "214.7亿元", V("214.7", "亿"), "元", "level", QY2, "rd_spend_enterprise")
R(d, "增长8.3%", "8.3%", 8.3, "%", "growth", QY2, "rd_spend_enterprise")
R(d, "的80.0%", "80.0%", 80, "%", "share", QY2 + ["占全省的比重"], ["rd_spend_enterprise", ""])
ZF = ["政府属研究机构", "政府属研究机构R&D经费"]
R(d, "机构21.3亿元", "21.3亿元", V("21.3", "亿"), "元", "level", ZF, "")
R(d, "增长1.4%", "1.4%", 1.4, "%", "growth", ZF, "")
GX = ["高等学校", "高等学校R&D经费"]
R(d, "学校24.9亿元", "24.9亿元", V("24.9", "亿"), "元", "level", GX, "")
R(d, "下降2.7%", "2.7%", -2.7, "%", "growth", GX, "")
R(d, "的市有4个", "4个", 4, "个", "level", ["R&D经费在20亿元以上的市", "市"], "", category=[RE, OT])
for city, fig in [("太原市", "118.6"), ("长治市", "31.2"), ("吕梁市", "24.8"), ("阳泉市", "20.3")]:
    R(d, f"{city}({fig}亿元)", f"{fig}亿元", V(fig, "亿"), "元", "level", RD2, "rd_spend", region=city)
R(d, "的市有3个", "3个", 3, "个", "level", ["投入强度在全省平均水平以上的市", "市"], "", category=[RE, OT])
for city, fig in [("阳泉市", "2.21"), ("太原市", "2.13"), ("长治市", "1.09")]:
    R(d, f"{city}{fig}%", f"{fig}%", float(fig), "%", "share", RI2, "rd_intensity", region=city)
ZS = ["R&D经费增速", "R&D经费"]
R(d, "前两位", "前两位", 2, "位", "rank", ZS, "rd_spend", qualifier=QR, region=["朔州市", "忻州市"] + SX)
R(d, "增长21.4%", "21.4%", 21.4, "%", "growth", RD2, "rd_spend", region="朔州市")
R(d, "和18.7%", "18.7%", 18.7, "%", "growth", RD2, "rd_spend", region="忻州市")
CZ = ["地方财政科学技术支出", "财政科学技术支出", "科学技术支出"]
R(d, "支出89.7亿元", "89.7亿元", V("89.7", "亿"), "元", "level", CZ, "fiscal_st_spend", category=FS)
R(d, "增长8.1%", "8.1%", 8.1, "%", "growth", CZ, "fiscal_st_spend", category=FS)
CZB = CZ + ["科学技术支出占地方一般公共预算支出的比重"]
R(d, "比重为1.71%", "1.71%", 1.71, "%", "share", CZB, "fiscal_st_spend", category=FS)
R(d, "0.05个百分点", "0.05个百分点", 0.05, "百分点", "growth", CZB, "fiscal_st_spend", category=FS)
NOT_INDICATORS["c02.txt"] = [
    ("2022年山西省", "2022", "title year"),
    ("发布时间:2023-10-16 09:30", "2023", "date line"),
    ("发布时间:2023-10-16 09:30", "10", "date line"),
    ("发布时间:2023-10-16 09:30", "16", "date line"),
    ("发布时间:2023-10-16 09:30", "09", "date line"),
    ("发布时间:2023-10-16 09:30", "30", "date line"),
    ("阅读次数: 0", "0", "page view counter"),
    ("2023年10月16日", "2023", "signature date"),
    ("2023年10月16日", "10", "signature date"),
    ("2023年10月16日", "16", "signature date"),
    ("2022年,全省各地", "2022", "year"),
    ("在20亿元以上", "20", "group threshold"),
    ("2022年,全省地方", "2022", "year"),
]

# ---------------------------------------------------------------- c03
# 武威日报 story on 科技创新券 (2024-08-21): breadcrumb, a two-line headline
# whose second line repeats the body's 620万元, a source/author line, 本报讯
# with a scene in 民勤县 and a quote holding an enterprise's own figures
# (两万多元, 去年 6万元, 今年 4万元), 1-7月 (hyphen) flows, paired growth
# rates `同比分别增长34.8%和22.5%`, 使用率, two counties `分别为…,居全市前两位`,
# an official's quote with the policy rate (50%) and cap (最高20万元), 技术合同
# with a growth rank, the 下半年 targets (力争, 突破), 责任编辑 at the end.
WW = ["武威市", "武威"]
M7 = "2024-01/2024-07"
d = doc("c03.txt", WW, M7, IV)
FF = ["发放科技创新券", "科技创新券", "创新券发放"]
R(d, "——我市1-7月发放科技创新券620万元", "620万元", V("620", "万"), "元", "level", FF, "voucher_issued")
MQ = ["民勤县"] + WW + [""]  # an enterprise in 民勤县 speaking
R(
    d,
    "两万多元",
    "两万多元",
    20000,
    "元",
    "level",
    ["检测费用", "这套检测"],
    "",
    qualifier="more_than",
    region=MQ,
    period=["2024", ""],
    category=[IV, OT],
)
QYS = ["使用创新券", "创新券"]
R(d, "用了6万元", "6万元", V("6", "万"), "元", "level", QYS, "", region=MQ, period="2023")
R(d, "申领了4万元", "4万元", V("4", "万"), "元", "level", ["申领创新券", "创新券"], "", region=MQ, period=["2024", M7])
R(d, "科技创新券620万元,覆盖", "620万元", V("620", "万"), "元", "level", FF, "voucher_issued")
FG = ["覆盖企业", "惠及企业"]
R(d, "覆盖企业87家", "87家", 87, "家", "level", FG, "", category=[IV, "enterprise"])
R(d, "增长34.8%", "34.8%", 34.8, "%", "growth", FF, "voucher_issued")
R(d, "和22.5%", "22.5%", 22.5, "%", "growth", FG, "", category=[IV, "enterprise"])
R(d, "创新券375万元", "375万元", V("375", "万"), "元", "level", ["已使用创新券", "使用创新券"], "voucher_used")
R(d, "使用率为60.5%", "60.5%", 60.5, "%", "share", ["创新券使用率", "使用率"], ["voucher_used", ""])
R(
    d,
    "3200余万元",
    "3200余万元",
    V("3200", "万"),
    "元",
    "level",
    ["带动企业研发投入", "企业研发投入"],
    "",
    qualifier="more_than",
    category=[IV, RE],
)
FA = ["发放额", "创新券发放额"]
R(d, "分别为268万元", "268万元", V("268", "万"), "元", "level", FA, "voucher_issued", region="凉州区")
R(d, "和104万元", "104万元", V("104", "万"), "元", "level", FA, "voucher_issued", region="民勤县")
R(d, "居全市前两位", "前两位", 2, "位", "rank", FA, "voucher_issued", qualifier=QR, region=["凉州区", "民勤县"] + WW)
R(d, "金额的50%", "50%", 50, "%", SL, ["补助比例", "按合同金额补助"], "", period=None, category=[IV, FU])
R(
    d,
    "享受20万元",
    "20万元",
    V("20", "万"),
    "元",
    "level",
    ["单个企业每年最高补助", "单个企业每年最高可享受"],
    "",
    qualifier=["at_most", None],
    period=None,
    category=[IV, FU],
)
JG = ["创新券服务机构", "已登记创新券服务机构"]
NOW = ["2024-08", "2024", M7]  # 目前, in an August story
R(d, "服务机构31家", "31家", 31, "家", "level", JG, "", period=NOW)
R(d, "省外机构9家", "9家", 9, "家", "level", ["省外机构", "省外服务机构"], "", period=NOW)
TC3 = ["认定登记技术合同", "技术合同"]
TV3 = ["成交额", "技术合同成交额"]
R(d, "技术合同286项", "286项", 286, "项", "level", TC3, "tech_contract_count", category=TM)
R(d, "成交额12.36亿元", "12.36亿元", V("12.36", "亿"), "元", "level", TV3, "tech_contract_value", category=TM)
R(d, "增长27.1%", "27.1%", 27.1, "%", "growth", TV3, "tech_contract_value", category=TM)
R(d, "全省第3位", "第3位", 3, "位", "rank", ["增速"] + TV3, "tech_contract_value", category=TM)
SC = ["本地企业输出技术合同成交额", "输出技术合同成交额"]
R(d, "成交额8.73亿元", "8.73亿元", V("8.73", "亿"), "元", "level", SC, ["tech_contract_value", ""], category=TM)
R(d, "总额的70.6%", "70.6%", 70.6, "%", "share", SC + ["占全市总额"], ["tech_contract_value", ""], category=TM)
R(
    d,
    "突破1000万元",
    "1000万元",
    V("1000", "万"),
    "元",
    "level",
    FF,
    "voucher_issued",
    qualifier="more_than",
    planned=True,
    period="2024",
)
R(
    d,
    "站上25亿元",
    "25亿元",
    V("25", "亿"),
    "元",
    "level",
    TV3,
    "tech_contract_value",
    planned=True,
    period="2024",
    category=TM,
)
NOT_INDICATORS["c03.txt"] = [
    ("我市1-7月", "1", "time range 1-7月 (headline)"),
    ("我市1-7月", "7", "time range 1-7月 (headline)"),
    ("2024-08-21 08:42:15", "2024", "date line"),
    ("2024-08-21 08:42:15", "08", "date line"),
    ("2024-08-21 08:42:15", "21", "date line"),
    ("2024-08-21 08:42:15", "42", "date line"),
    ("2024-08-21 08:42:15", "15", "date line"),
    ("8月19日", "8", "date"),
    ("8月19日", "19", "date"),
    ("今年1-7月", "1", "time range 1-7月"),
    ("今年1-7月", "7", "time range 1-7月"),
    ("1-7月,全市认定", "1", "time range 1-7月"),
    ("1-7月,全市认定", "7", "time range 1-7月"),
]

# ---------------------------------------------------------------- c04
# 瓮安县科技局2023年工作总结及2024年工作计划, a 县政府 page with breadcrumb,
# date line, an empty 浏览次数 and 【字体:大 中 小】. Sections 一、二、三 with
# (一)–(五) run-in headings; 全州 = 黔南州 (居全州第3位 ranks the county);
# 完成州下达目标任务的116%; 1-10月 flows inside a year summary; 比上年多310万元;
# a group without figures (二、存在的困难和问题, 一是/二是/三是); the 2024 plan
# (力争, 以上, 突破) under a heading with no verb of planning in some items.
WA = ["瓮安县", "瓮安"]
d = doc("c04.txt", WA, "2023", HT)
YE4 = ["2023", "2023-12"]
HTE4 = ["有效高新技术企业", "高新技术企业"]
R(d, "高新技术企业6家", "6家", 6, "家", "level", ["新认定高新技术企业", "新认定"], "hte_new")
R(d, "增至27家", "27家", 27, "家", "level", HTE4, "hte_count", period=YE4)
R(d, "全州第3位", "第3位", 3, "位", "rank", HTE4 + ["总数"], "hte_count", period=YE4)
KZ4 = ["评价入库科技型中小企业", "科技型中小企业"]
R(d, "企业58家", "58家", 58, "家", "level", KZ4, "tsme_count", category=TS)
R(d, "任务的116%", "116%", 116, "%", SL, ["完成州下达目标任务", "目标任务完成率"], "", category=TS)
YF4 = ["规上工业企业研发费用", "研发费用"]
M10 = "2023-01/2023-10"
R(d, "费用1.84亿元", "1.84亿元", V("1.84", "亿"), "元", "level", YF4, "rd_spend_enterprise", period=M10, category=RE)
R(d, "增长23.5%", "23.5%", 23.5, "%", "growth", YF4, "rd_spend_enterprise", period=M10, category=RE)
R(d, "项目9项", "9项", 9, "项", "level", ["获批省级科技计划项目", "省级科技计划项目"], "", category=PJ)
R(d, "项目14项", "14项", 14, "项", "level", ["州级科技计划项目"], "", category=PJ)
DW = ["到位资金", "项目到位资金"]
R(d, "共1265万元", "1265万元", V("1265", "万"), "元", "level", DW, "", category=[PJ, FU])
R(d, "多310万元", "310万元", V("310", "万"), "元", GL, DW, "", category=[PJ, FU])
R(d, "项目21项", "21项", 21, "项", "level", ["立项实施县级科技计划项目", "县级科技计划项目"], "", category=PJ)
R(
    d,
    "资金480万元",
    "480万元",
    V("480", "万"),
    "元",
    "level",
    ["县级财政科技资金", "安排县级财政科技资金"],
    ["fiscal_st_spend", ""],
    category=FS + [PJ],
)
R(
    d,
    "研究中心1个",
    "1个",
    1,
    "个",
    "level",
    ["新增省级工程技术研究中心", "省级工程技术研究中心"],
    "rd_institutions",
    category=RI,
)
R(d, "创新平台3个,全县", "3个", 3, "个", "level", ["州级科技创新平台"], RIS, category=RI)
R(d, "达到19个", "19个", 19, "个", "level", ["各类科技创新平台", "科技创新平台"], RIS, period=YE4, category=RI)
R(d, "成员单位12家", "12家", 12, "家", "level", ["技术创新联盟成员单位", "成员单位"], "", category=[OT, "enterprise"])
R(d, "技术合同37项", "37项", 37, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count", category=TM)
TV4 = ["成交额", "技术合同成交额"]
R(d, "成交额1.26亿元", "1.26亿元", V("1.26", "亿"), "元", "level", TV4, "tech_contract_value", category=TM)
R(d, "增长41.6%", "41.6%", 41.6, "%", "growth", TV4, "tech_contract_value", category=TM)
R(d, "授权196件", "196件", 196, "件", "level", ["专利授权"], "patent_grants", category=PT)
R(d, "发明专利23件", "23件", 23, "件", "level", ["发明专利", "发明专利授权"], "invention_patent_grants", category=PT)
R(
    d,
    "1.52件",
    "1.52件",
    1.52,
    "件",
    LS,
    ["每万人口发明专利拥有量"],
    "invention_patents_per_10k",
    period=YE4,
    category=PT,
)
R(d, "向14个", "14个", 14, "个", "level", ["乡镇(街道)", "乡镇"], "", category=[TA, OT])
R(d, "特派员65名", "65名", 65, "名", "level", ["选派科技特派员", "科技特派员"], "", category=TA)
R(d, "培训42期", "42期", 42, "期", "level", ["实用技术培训", "举办实用技术培训"], "", category=TA)
R(d, "2300余人次", "2300余人次", 2300, "人次", "level", ["培训群众"], "", qualifier="more_than", category=TA)
P24 = "2024"
R(
    d,
    "5家以上",
    "5家以上",
    5,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period=P24,
)
R(d, "达到30家", "30家", 30, "家", "level", ["有效高企总数", "有效高企"], "hte_count", planned=True, period=P24)
R(d, "入库65家", "65家", 65, "家", "level", ["科技型中小企业入库"], "tsme_count", planned=True, period=P24, category=TS)
R(
    d,
    "15%以上",
    "15%以上",
    15,
    "%",
    "growth",
    ["全社会研发经费投入增幅", "全社会研发经费投入"],
    "rd_spend",
    qualifier="at_least",
    planned=True,
    period=P24,
    category=RE,
)
R(
    d,
    "突破1.5亿元",
    "1.5亿元",
    V("1.5", "亿"),
    "元",
    "level",
    ["技术合同登记成交额", "技术合同成交额"],
    "tech_contract_value",
    qualifier="more_than",
    planned=True,
    period=P24,
    category=TM,
)
R(
    d,
    "10项以上",
    "10项以上",
    10,
    "项",
    "level",
    ["省级以上科技项目"],
    "",
    qualifier="at_least",
    planned=True,
    period=P24,
    category=PJ,
)
R(d, "平台3个。", "3个", 3, "个", "level", ["新建州级以上科技创新平台"], RIS, planned=True, period=P24, category=RI)
NOT_INDICATORS["c04.txt"] = [
    ("瓮安县科技局2023年工作总结及2024年工作计划\n", "2023", "title year"),
    ("瓮安县科技局2023年工作总结及2024年工作计划\n", "2024", "title year"),
    ("发布时间:2023-12-18 15:20", "2023", "date line"),
    ("发布时间:2023-12-18 15:20", "12", "date line"),
    ("发布时间:2023-12-18 15:20", "18", "date line"),
    ("发布时间:2023-12-18 15:20", "15", "date line"),
    ("发布时间:2023-12-18 15:20", "20", "date line"),
    ("2023年,县科技局", "2023", "year"),
    ("一、2023年", "2023", "section heading year"),
    ("1-10月", "1", "time range 1-10月"),
    ("1-10月", "10", "time range 1-10月"),
    ("三、2024年", "2024", "section heading year"),
]

# ---------------------------------------------------------------- c05
# 临汾新闻网 item on 尧都区's 2021 高新技术企业 认定 (2022-01-14): breadcrumb,
# a headline with two figures repeated in the body, source/author line with an
# empty 浏览次数. Batches (第二批 13家 + 第一批 8家 = 21家; 首次认定 15家 +
# 重新认定 6家); 占全市的27.3% and 居全市首位 (全市 = 临汾市, the region stays
# 尧都区); 截至目前 stock 68家 with 净增 and growth; four fields that add up to
# 21; HTE revenue and R&D with its share; the tax rate 15% and reward
# standards (policy figures, period null); 兑现 180万元; 2022 targets.
YD = ["尧都区", "尧都"]
d = doc("c05.txt", YD, "2021", HT)
NOWY = ["2021", "2021-12", "2022-01"]  # 截至目前 in a January 2022 story
XZ = ["新增高新技术企业", "通过高新技术企业认定"]
YX = ["有效高企", "有效期内的高新技术企业"]
R(d, "新增高新技术企业21家", "21家", 21, "家", "level", XZ, "hte_new")
R(d, "有效高企达到68家", "68家", 68, "家", "level", YX, "hte_count", period=NOWY)
R(d, "有13家", "13家", 13, "家", "level", ["第二批认定报备的高新技术企业", "上榜企业"], HN0)
R(d, "认定的8家", "8家", 8, "家", "level", ["第一批通过认定", "第一批"], HN0)
R(d, "共有21家", "21家", 21, "家", "level", XZ, "hte_new")
R(d, "首次认定15家", "15家", 15, "家", "level", ["首次认定"], HN0)
R(d, "重新认定6家", "6家", 6, "家", "level", ["重新认定"], ["", "hte_new"])
R(d, "全市的27.3%", "27.3%", 27.3, "%", "share", ["认定总数占全市", "认定总数"], HN0)
R(d, "首位", "首位", 1, "位", "rank", ["认定总数"], "hte_new")
R(d, "共68家", "68家", 68, "家", "level", YX, "hte_count", period=NOWY)
R(d, "净增14家", "14家", 14, "家", GL, ["净增"] + YX, HN, period=NOWY)
R(d, "增长25.9%", "25.9%", 25.9, "%", "growth", YX, "hte_count", period=NOWY)
for anchor, fig, value, name in [
    ("自动化领域9家", "9家", 9, "先进制造与自动化领域"),
    ("新材料领域5家", "5家", 5, "新材料领域"),
    ("电子信息领域4家", "4家", 4, "电子信息领域"),
    ("其他领域3家", "3家", 3, "其他领域"),
]:
    R(d, anchor, fig, value, "家", "level", [name, "通过认定的企业"], "")
YS = ["高新技术企业营业收入", "营业收入"]
R(d, "收入86.4亿元", "86.4亿元", V("86.4", "亿"), "元", "level", YS, "", category=[HT, "economy"])
R(d, "增长19.7%", "19.7%", 19.7, "%", "growth", YS, "", category=[HT, "economy"])
YF5 = ["研发费用", "高新技术企业研发费用"]
R(d, "费用3.12亿元", "3.12亿元", V("3.12", "亿"), "元", "level", YF5, ["rd_spend_enterprise", ""], category=[RE, HT])
R(
    d,
    "收入的3.6%",
    "3.6%",
    3.6,
    "%",
    "share",
    YF5 + ["研发费用占营业收入"],
    ["rd_intensity_enterprise", ""],
    category=[RE, HT],
)
R(d, "按15%", "15%", 15, "%", SL, ["企业所得税税率", "税率"], "", period=None, category=[FU, HT])
R(d, "给予10万元", "10万元", V("10", "万"), "元", "level", ["首次认定奖励", "奖励"], "", period=None, category=FU)
R(d, "给予5万元", "5万元", V("5", "万"), "元", "level", ["重新认定奖励", "奖励"], "", period=None, category=FU)
R(
    d,
    "资金180万元",
    "180万元",
    V("180", "万"),
    "元",
    "level",
    ["高企认定奖励资金", "兑现高企认定奖励资金"],
    "",
    category=FU,
)
R(d, "已有42家", "42家", 42, "家", "level", ["培育库入库企业", "入库企业"], "", period=["2022-01", "2022", ""])
R(
    d,
    "25家以上",
    "25家以上",
    25,
    "家",
    "level",
    ["新认定高新技术企业"],
    "hte_new",
    qualifier="at_least",
    planned=True,
    period="2022",
)
R(
    d,
    "突破85家",
    "85家",
    85,
    "家",
    "level",
    ["有效高企总数"],
    "hte_count",
    qualifier="more_than",
    planned=True,
    period="2022",
)
NOT_INDICATORS["c05.txt"] = [
    ("尧都区2021年新增", "2021", "headline year"),
    ("2022-01-14 10:36", "2022", "date line"),
    ("2022-01-14 10:36", "01", "date line"),
    ("2022-01-14 10:36", "14", "date line"),
    ("2022-01-14 10:36", "10", "date line"),
    ("2022-01-14 10:36", "36", "date line"),
    ("山西省2021年第二批", "2021", "year of a batch name"),
    ("尧都区2021年共有", "2021", "year"),
    ("较2020年底", "2020", "comparison base (time)"),
    ("看,2021年通过", "2021", "year"),
    ("据统计,2021年", "2021", "year"),
    ("2021年,区里", "2021", "year"),
    ("力争2022年", "2022", "year"),
]

# ---------------------------------------------------------------- c06
# 海南省科学技术厅 news release on the 2024 national bulletin (2025-10-09):
# site name and breadcrumb, a headline with a growth and a Chinese-numeral
# rank (第二), 【字体:大 中 小】【打印】. R&D total, growth, `高6.1个百分点` (the
# gap to the national growth), `在全国31个省(区、市)中居第2位` (a group count
# and a rank); intensity with `由上年的第26位上升到第24位,前移2位` (a 2023
# rank, a 2024 rank, a rank change), the total's rank; national reference
# figures (全国, 100000); 基础研究 share, 企业 share, R&D人员 in 人年,
# 有研发活动的企业 share; a quote with `连续两年保持在全国前三`; 2025 targets.
HNP = ["海南省", "海南"]
d = doc("c06.txt", HNP, "2024", RE)
RD6 = ["R&D经费", "研发经费投入", "R&D经费总量"]
ZS6 = ["增速"] + RD6
RI6 = ["R&D经费与地区生产总值之比", "投入强度", "R&D经费投入强度"]
R(d, "增长14.4% 增速", "14.4%", 14.4, "%", "growth", RD6, "rd_spend")
R(d, "全国第二", "第二", 2, "位", "rank", ZS6, "rd_spend")
R(d, "总量为96.8亿元", "96.8亿元", V("96.8", "亿"), "元", "level", RD6, "rd_spend")
R(d, "比上年增长14.4%", "14.4%", 14.4, "%", "growth", RD6, "rd_spend")
R(d, "6.1个百分点", "6.1个百分点", 6.1, "百分点", GL, ZS6, "rd_spend")
R(d, "全国31个", "31个", 31, "个", "level", ["省(区、市)", "省"], "", region=["全国", ""], category=OT)
R(d, "中居第2位", "第2位", 2, "位", "rank", ZS6, "rd_spend")
R(d, "之比为1.22%", "1.22%", 1.22, "%", "share", RI6, "rd_intensity")
R(d, "0.10个百分点", "0.10个百分点", 0.1, "百分点", "growth", RI6, "rd_intensity")
PM = ["排名"] + RI6
R(d, "上年的第26位", "第26位", 26, "位", "rank", PM, "rd_intensity", period="2023")
R(d, "到第24位", "第24位", 24, "位", "rank", PM, "rd_intensity")
R(d, "前移2位", "2位", 2, "位", GR, PM, "rd_intensity")
R(d, "全国第28位", "第28位", 28, "位", "rank", RD6, "rd_spend")
QG = "全国"
R(d, "36326.8亿元", "36326.8亿元", V("36326.8", "亿"), "元", "level", RD6, "rd_spend", region=QG)
R(d, "增长8.3%", "8.3%", 8.3, "%", "growth", RD6, "rd_spend", region=QG)
R(d, "投入强度为2.68%", "2.68%", 2.68, "%", "share", RI6, "rd_intensity", region=QG)
JC6 = ["基础研究经费", "基础研究"]
R(d, "经费8.9亿元", "8.9亿元", V("8.9", "亿"), "元", "level", JC6, "rd_spend_basic")
R(d, "比重达9.2%", "9.2%", 9.2, "%", "share", JC6 + ["占R&D经费的比重"], "rd_spend_basic")
QY6 = ["企业R&D经费", "企业"]
R(d, "经费58.3亿元", "58.3亿元", V("58.3", "亿"), "元", "level", QY6, "rd_spend_enterprise")
R(d, "增长19.6%", "19.6%", 19.6, "%", "growth", QY6, "rd_spend_enterprise")
R(d, "经费的60.2%", "60.2%", 60.2, "%", "share", QY6 + ["占全省R&D经费"], ["rd_spend_enterprise", ""])
RY = ["R&D人员全时当量", "R&D人员"]
R(d, "2.41万人年", "2.41万人年", 24100, "人年", "level", RY, "rd_personnel", category=[RE, TA])
R(d, "增长9.5%", "9.5%", 9.5, "%", "growth", RY, "rd_personnel", category=[RE, TA])
HD = ["开展研发活动的企业所占比例", "开展研发活动的企业"]
R(d, "比例为31.5%", "31.5%", 31.5, "%", "share", HD, "", category=[RE, "enterprise"])
R(d, "4.2个百分点", "4.2个百分点", 4.2, "百分点", "growth", HD, "", category=[RE, "enterprise"])
R(
    d,
    "全国前三",
    "前三",
    3,
    "位",
    "rank",
    ["研发投入增速"] + ZS6,
    "rd_spend",
    qualifier=QR,
    period=["2023/2024", "2024"],
)
P25 = "2025"
R(d, "12%以上", "12%以上", 12, "%", "growth", RD6, "rd_spend", qualifier="at_least", planned=True, period=P25)
R(d, "达到1.3%", "1.3%", 1.3, "%", "share", RI6, "rd_intensity", planned=True, period=P25)
NOT_INDICATORS["c06.txt"] = [
    ("2024年海南研发", "2024", "headline year"),
    ("发布时间:2025-10-09 17:30", "2025", "date line"),
    ("发布时间:2025-10-09 17:30", "10", "date line"),
    ("发布时间:2025-10-09 17:30", "09", "date line"),
    ("发布时间:2025-10-09 17:30", "17", "date line"),
    ("发布时间:2025-10-09 17:30", "30", "date line"),
    ("《2024年全国", "2024", "year inside a title"),
    ("公报显示,2024年", "2024", "year"),
    ("看,2024年海南", "2024", "year"),
    ("表示,2025年", "2025", "year"),
]


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")


def cn_number(t):
    """a small Chinese numeral (两, 三, 二) as an int"""
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
    n = text.count(a)
    if n != 1:
        sys.exit(f"{name}: anchor {a!r} occurs {n} times")
    i = text.index(a)
    if a.count(fig) != 1:
        sys.exit(f"{name}: figure {fig!r} is not once in anchor {a!r}")
    start = i + a.index(fig)
    return start, start + len(fig)


def written_value(r):
    """|value| as the figure's text writes it: whitespace ignored, Chinese
    numerals read (首位 = 1), 余/多 skipped, 万/亿 folded in."""
    t = re.sub(r"\s", "", unicodedata.normalize("NFKC", r["fig"])).replace(",", "")
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
    rest = rest.lstrip("余多")
    mult = next((w for w in ("亿", "万") if rest.startswith(w)), "")
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
    if rec["period"] is not None and not all(p is None or PERIOD.match(p) for p in as_list(rec["period"])):
        bad.append("period")
    if not all(p in (True, False, None) for p in as_list(rec["planned"])):
        bad.append("planned")
    if not all(c == "" or re.fullmatch(r"\d{6}", c) for c in as_list(rec["region_code"])):
        bad.append("region_code")
    if "rank" in as_list(rec["kind"]) and rec["unit"] != "位":
        bad.append("rank unit")
    if rec["unit"] == "百分点" and "growth" not in as_list(rec["kind"]):
        bad.append("百分点 kind")
    if rec["value"] < 0 and "growth" not in as_list(rec["kind"]):
        bad.append("negative value kind")
    if not isinstance(rec["value"], (int, float)):
        bad.append("value")
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
        seen = set()
        for r in spec["recs"]:
            start, end = locate(text, name, r)
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
    # c01 定西市, 2022 unless marked
    "c01_hte22": 88,
    "c01_tsme22": 285,
    "c01_tc22": D("30.09"),  # 亿元
    "c01_grant22": 1297,
    "c01_inv22": 138,
    "c01_held22": 870,  # 有效发明专利 at the end of 2022
    "c01_pop22": D("250.8"),  # 万人
    "c01_pop23": D("250.5"),  # 万人
    # c02 山西省, 亿元, 2021 unless marked
    "c02_rd21": D("251.9"),
    "c02_gdp22": D("25643"),
    "c02_gdp21": D("22590"),
    "c02_basic21": D("13.25"),
    "c02_applied21": D("30.60"),
    "c02_ent21": D("198.25"),
    "c02_gov21": D("21.00"),
    "c02_uni21": D("25.59"),
    "c02_other22": D("7.5"),  # 其他执行部门, not printed
    "c02_city_gdp22": {"太原市": 5571, "长治市": 2870, "吕梁市": 2500, "阳泉市": 920},
    "c02_city_rd": {  # R&D of the other cities (not printed), 2022 and 2021
        "晋中市": (D("13.8"), D("13.0")),
        "晋城市": (D("12.6"), D("12.0")),
        "运城市": (D("11.4"), D("10.9")),
        "临汾市": (D("10.2"), D("9.9")),
        "大同市": (D("9.8"), D("9.2")),
        "朔州市": (D("8.5"), D("7.00")),
        "忻州市": (D("7.2"), D("6.066")),
    },
    "c02_city_rd21": {"太原市": D("112.434"), "长治市": D("29.1"), "吕梁市": D("23.0"), "阳泉市": D("19.3")},
    "c02_fis21": D("82.98"),
    "c02_budget22": D("5245"),
    "c02_budget21": D("5000"),
    # c03 武威市, 2023年1-7月
    "c03_vouch23": 460,  # 万元
    "c03_firms23": 71,
    "c03_tc23": D("9.724"),  # 亿元
    # c04 瓮安县
    "c04_tsme_target": 50,
    "c04_fund22": 955,  # 万元
    "c04_held23": 63,  # 有效发明专利, 件
    "c04_pop23": D("41.4"),  # 万人
    # c05 尧都区 / 临汾市, 2021
    "c05_city_new21": 77,  # 临汾市 通过认定
    "c05_hte20": 54,
    "c05_expired21": 1,  # 有效期满未重新认定
    # c06 海南省 / 全国
    "c06_rd23": D("84.6"),
    "c06_gdp24": D("7935"),
    "c06_gdp23": D("7551"),
    "c06_ent23": D("48.75"),
    "c06_rdp23": D("2.201"),  # 万人年
}
P = PREV
CR = P["c02_city_rd"]
TOP4 = {"太原市": D("118.6"), "长治市": D("31.2"), "吕梁市": D("24.8"), "阳泉市": D("20.3")}
INT3 = {"阳泉市": D("2.21"), "太原市": D("2.13"), "长治市": D("1.09")}
ALL22 = {**TOP4, **{c: v[0] for c, v in CR.items()}}
ALL21 = {**P["c02_city_rd21"], **{c: v[1] for c, v in CR.items()}}
CITY_GROWTH = {c: growth(ALL22[c], ALL21[c]) for c in ALL22}

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (105 - P["c01_hte22"], 17),
    (growth(321, P["c01_tsme22"]), D("12.6")),
    (growth(D("35.62"), P["c01_tc22"]), D("18.4")),
    (D("12.05") < D("35.62"), True),
    (growth(1215, P["c01_grant22"]), D("-6.3")),
    (growth(168, P["c01_inv22"]), D("21.7")),
    (168 < 1215 and 1022 > 168, True),
    (rnd(D(1022) / P["c01_pop23"], 2), D("4.08")),
    (D("4.08") - rnd(D(P["c01_held22"]) / P["c01_pop22"], 2), D("0.61")),
    (6 + 11 + 2 > 0 and 3 + 14 > 0, True),
    # c02
    (D("268.4") - P["c02_rd21"], D("16.5")),
    (growth(D("268.4"), P["c02_rd21"]), D("6.6")),
    (pct(D("268.4"), P["c02_gdp22"], 2), D("1.05")),
    (pct(D("268.4"), P["c02_gdp22"], 2) - pct(P["c02_rd21"], P["c02_gdp21"], 2), D("-0.07")),
    (D("14.6") + D("31.8") + D("222.0"), D("268.4")),
    (P["c02_basic21"] + P["c02_applied21"] + (P["c02_rd21"] - P["c02_basic21"] - P["c02_applied21"]), P["c02_rd21"]),
    (growth(D("14.6"), P["c02_basic21"]), D("10.2")),
    (growth(D("31.8"), P["c02_applied21"]), D("3.9")),
    (growth(D("222.0"), P["c02_rd21"] - P["c02_basic21"] - P["c02_applied21"]), D("6.7")),
    (
        (pct(D("14.6"), D("268.4")), pct(D("31.8"), D("268.4")), pct(D("222.0"), D("268.4"))),
        (D("5.4"), D("11.8"), D("82.7")),
    ),
    (D("214.7") + D("21.3") + D("24.9") + P["c02_other22"], D("268.4")),
    (growth(D("214.7"), P["c02_ent21"]), D("8.3")),
    (pct(D("214.7"), D("268.4")), D("80.0")),
    (growth(D("21.3"), P["c02_gov21"]), D("1.4")),
    (growth(D("24.9"), P["c02_uni21"]), D("-2.7")),
    (P["c02_ent21"] + P["c02_gov21"] + P["c02_uni21"] < P["c02_rd21"], True),  # leaves 其他 of 2021
    (sum(ALL22.values()), D("268.4")),  # the eleven cities add up to the province
    (sum(ALL21.values()), P["c02_rd21"]),  # and so do their 2021 values
    (sorted(c for c in ALL22 if ALL22[c] >= 20), sorted(TOP4)),  # exactly 4 cities at 20亿 or more
    (all(pct(TOP4[c], P["c02_city_gdp22"][c], 2) == INT3[c] for c in INT3), True),
    (pct(TOP4["吕梁市"], P["c02_city_gdp22"]["吕梁市"], 2) < D("1.05"), True),  # 吕梁 below average
    (sorted(CITY_GROWTH, key=CITY_GROWTH.get, reverse=True)[:2], ["朔州市", "忻州市"]),
    ((CITY_GROWTH["朔州市"], CITY_GROWTH["忻州市"]), (D("21.4"), D("18.7"))),
    (growth(D("89.7"), P["c02_fis21"]), D("8.1")),
    (pct(D("89.7"), P["c02_budget22"], 2), D("1.71")),
    (pct(D("89.7"), P["c02_budget22"], 2) - pct(P["c02_fis21"], P["c02_budget21"], 2), D("0.05")),
    # c03
    (growth(620, P["c03_vouch23"]), D("34.8")),
    (growth(87, P["c03_firms23"]), D("22.5")),
    (pct(375, 620), D("60.5")),
    (268 + 104 < 620 and 620 - 268 - 104 < 104 * 3, True),  # 凉州区, 民勤县 first and second of the 3 other units
    (9 < 31, True),
    (growth(D("12.36"), P["c03_tc23"]), D("27.1")),
    (pct(D("8.73"), D("12.36")), D("70.6")),
    (1000 > 620 and 25 > D("12.36"), True),  # 全年 targets
    # c04
    (pct(58, P["c04_tsme_target"], 0), D("116")),
    (1265 - P["c04_fund22"], 310),
    (9 + 14 <= 23 and 1 + 3 <= 19, True),
    (23 < 196, True),
    (rnd(D(P["c04_held23"]) / P["c04_pop23"], 2), D("1.52")),
    (27 + 5 >= 30 and 65 > 58 and D("1.5") > D("1.26"), True),  # 2024 targets
    # c05
    (13 + 8, 21),
    (15 + 6, 21),
    (9 + 5 + 4 + 3, 21),
    (pct(21, P["c05_city_new21"]), D("27.3")),
    (P["c05_hte20"] + 15 - P["c05_expired21"], 68),  # 重新认定 firms were already in the stock
    (68 - P["c05_hte20"], 14),
    (growth(68, P["c05_hte20"]), D("25.9")),
    (pct(D("3.12"), D("86.4")), D("3.6")),
    (15 * 10 + 6 * 5, 180),  # reward standards × counts = 兑现
    (68 + 25 - 8 >= 85, True),  # the 2022 target is reachable with a few expiries
    # c06
    (growth(D("96.8"), P["c06_rd23"]), D("14.4")),
    (D("14.4") - D("8.3"), D("6.1")),
    (pct(D("96.8"), P["c06_gdp24"], 2), D("1.22")),
    (pct(D("96.8"), P["c06_gdp24"], 2) - pct(P["c06_rd23"], P["c06_gdp23"], 2), D("0.10")),
    (26 - 24, 2),
    (pct(D("8.9"), D("96.8")), D("9.2")),
    (growth(D("58.3"), P["c06_ent23"]), D("19.6")),
    (pct(D("58.3"), D("96.8")), D("60.2")),
    (growth(D("2.41"), P["c06_rdp23"]), D("9.5")),
    (D("2.68") > D("1.22") and D("96.8") < D("36326.8"), True),
    (D("1.3") > D("1.22"), True),  # 2025 target
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
