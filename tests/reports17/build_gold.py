#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports17 from hand annotations.

Same layout as tests/reports4-16. Each annotation names a figure by a context
string (`anchor`) that occurs exactly once in its document and the figure
text (`fig`) that occurs exactly once inside that context; offsets are
computed here, never typed by hand. The cells of c05's pipe table (the
indicator, then a UNIT COLUMN, then the 1-9月 value and its growth; a `—`
cell holds no number) are located by their row lead (the indicator and unit
cells; exactly one line of the document starts with it) and the position of
the number after the lead; each row's unit cell decides the scale of its
value cell (亿元, 万元, 万美元, 家, 件). The script checks the table's title
line, its header lines, the numbers of every row and the blank line after
the last row.
Run: python3 build_gold.py > gold.jsonl

Every record carries `measure` (the standard indicator id of
shared/records.md, "" when none fits, a list when several are acceptable)
and `region_code` (GB/T 2260 code of `region`, derived from the CODES table
below).

Self-checks (the script exits on failure): every anchor is unique, every
figure is once in its anchor, text == document[start:end], no figure cuts a
number, spans do not repeat or overlap, the number written in `text`
(NFKC-folded, whitespace removed, Chinese numerals read, 成 = 10 %, 首位 = 1,
万/亿 folded in, a table cell scaled by its row's unit) equals |value|, every
Arabic number in every text is either inside a record or listed in
NOT_INDICATORS with its reason (so no figure is forgotten), every field takes
an allowed value, and the invented figures agree with each other (parts add
up, shares, growth rates, two-year averages, per-10k ratios and ranks match;
see CONSISTENCY at the end).
"""

import json
import pathlib
import re
import sys
import unicodedata
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))  # (tests/gold_harness.py)
from gold_harness import CATS, KINDS, MEASURES, MULT, PERIOD, QUALS, V, as_list, build, growth, pct, rnd  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent

# GB/T 2260 codes of every region named in the gold (a name not listed here
# is not an administrative unit and gets "": the 高新区, a university).
CODES = {
    # c01 山东 青岛市 崂山区 (全市 = 青岛市)
    "崂山区": "370212",
    "崂山": "370212",
    # c02 湖南省
    "湖南省": "430000",
    "湖南": "430000",
    # c03 浙江 湖州市 德清县
    "德清县": "330521",
    "德清": "330521",
    # c04 江苏 扬州市 (扬州大学 is an organisation, not a region)
    "扬州市": "321000",
    "扬州": "321000",
    # c05 四川 绵阳高新区: a zone, no code
    # c06 黑龙江省 and three of its cities
    "黑龙江省": "230000",
    "黑龙江": "230000",
    "哈尔滨市": "230100",
    "哈尔滨": "230100",
    "大庆市": "230600",
    "牡丹江市": "231000",
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
PT = "patent"
FU = "funding"
TA = "talent"
PJ = "project"
EN = "enterprise"
IV = "investment"
EC = ["economy", "other"]
OT = "other"
SL = ["share", "level"]  # rates such as 授奖率 (corpus 27, reports3-16)
GL = ["growth", "level"]  # increase amounts, 高于…个百分点 (corpus 03, 14, 22; reports3-16)
LS = ["level", "share"]  # per-10k ratios (corpus 01, A08, 28)
QM = "more_than"  # 突破, left out of text (corpus 09, A06, A10)
RIS = ["rd_institutions", ""]  # 研发中心 / 科研平台 / 研究院 counts
FS = [FU, RE, OT]  # 财政科技投入 (corpus 03)
PL = [True, False]  # the present value in `由…提高到…` of a plan (reports9 z01)

# ---------------------------------------------------------------- c01
# 崂山区 (青岛) page announcing the 2020 知识产权发展状况白皮书, in FULL-WIDTH
# punctuation (：（）), with an excerpt of its three chapters. 全区 = 崂山区,
# 全市 = 青岛市. The title year sits inside 《…》 twice; `第二十一个` (an
# ordinal in Chinese numerals) and `4月26日` are no records; an identifier
# `GB/T 29490-2013` inside brackets; 授权 = 发明 + 实用新型 + 外观设计;
# `是全市平均水平的3.5倍` (a multiple of a reference, not a growth);
# `连续多年居全市第一位`; `下降7.1%`; `2.86万件`; `1300余次`; a 十四五 target
# `到2025年…60件以上`.
LSQ = ["崂山区", "崂山"]
d = doc("c01.txt", LSQ, "2020", PT)
YE = ["2020", "2020-12"]
SQ = ["专利申请量", "专利申请"]
R(d, "申请量6842件", "6842件", 6842, "件", "level", SQ, "patent_applications")
R(d, "增长18.6%", "18.6%", 18.6, "%", "growth", SQ, "patent_applications")
FQ = ["发明专利申请", "发明专利申请量"]
R(d, "申请2917件", "2917件", 2917, "件", "level", FQ, "invention_patent_applications")
R(
    d,
    "总量的42.6%",
    "42.6%",
    42.6,
    "%",
    "share",
    ["发明专利申请占申请总量的比重", "占申请总量"] + FQ,
    "invention_patent_applications",
)
SQ2 = ["专利授权量", "专利授权"]
R(d, "授权量3965件", "3965件", 3965, "件", "level", SQ2, "patent_grants")
R(d, "增长41.3%", "41.3%", 41.3, "%", "growth", SQ2, "patent_grants")
R(d, "授权量的7.9%", "7.9%", 7.9, "%", "share", ["占全市专利授权量", "占全市专利授权量的比重"] + SQ2, "patent_grants")
R(d, "发明专利718件", "718件", 718, "件", "level", ["发明专利授权", "发明专利"], "invention_patent_grants")
R(d, "实用新型专利2604件", "2604件", 2604, "件", "level", ["实用新型专利授权", "实用新型专利"], "")
R(d, "外观设计专利643件", "643件", 643, "件", "level", ["外观设计专利授权", "外观设计专利"], "")
R(d, "有效发明专利4386件", "4386件", 4386, "件", "level", ["有效发明专利"], "invention_patents_held", period=YE)
PER = ["每万人口发明专利拥有量"]
R(d, "拥有量103.2件", "103.2件", 103.2, "件", LS, PER, "invention_patents_per_10k", period=YE)
R(
    d,
    "平均水平的3.5倍",
    "3.5倍",
    3.5,
    "倍",
    SL,
    ["每万人口发明专利拥有量为全市平均水平的倍数", "全市平均水平"] + PER,
    ["", "invention_patents_per_10k"],
    period=YE,
)
R(d, "居全市第一位", "第一位", 1, "位", "rank", PER, "invention_patents_per_10k", period=YE)
R(d, "拥有量38.2件", "38.2件", 38.2, "件", LS, ["每万人口高价值发明专利拥有量"], "", period=YE)
PCT = ["PCT国际专利申请", "PCT国际专利申请量"]
R(d, "专利申请156件", "156件", 156, "件", "level", PCT, "")
R(d, "下降7.1%", "7.1%", -7.1, "%", "growth", PCT, "")
R(d, "注册商标4173件", "4173件", 4173, "件", "level", ["新增注册商标"], "")
R(d, "总量达2.86万件", "2.86万件", 28600, "件", "level", ["有效注册商标总量", "有效注册商标"], "", period=YE)
R(
    d,
    "许可1286件次",
    "1286件次",
    1286,
    "件次",
    "level",
    ["专利转让、许可", "专利转让许可", "实现专利转让、许可"],
    "",
    category=[PT, TM],
)
ZY = ["专利权质押融资", "专利权质押融资金额", "融资金额"]
PF = [PT, FU, OT]
R(d, "融资41笔", "41笔", 41, "笔", "level", ["专利权质押融资", "专利权质押融资笔数"], "", category=PF)
R(d, "金额5.63亿元", "5.63亿元", V("5.63", "亿"), "元", "level", ZY, "", category=PF)
R(d, "增长62.7%", "62.7%", 62.7, "%", "growth", ZY, "", category=PF)
R(d, "惠及企业38家", "38家", 38, "家", "level", ["专利权质押融资惠及企业", "惠及企业"], "", category=[PT, EN])
R(
    d,
    "累计有214家",
    "214家",
    214,
    "家",
    "level",
    ["通过《企业知识产权管理规范》国家标准认证的企业", "通过国家标准认证的企业", "贯标认证企业"],
    "",
    period=YE,
    category=[PT, EN],
)
SF1 = ["国家知识产权示范企业"]
YS1 = ["国家知识产权优势企业", "优势企业"]
R(d, "示范企业3家", "3家", 3, "家", "level", ["新增国家知识产权示范企业"] + SF1, "", category=[PT, EN])
R(d, "优势企业11家", "11家", 11, "家", "level", ["新增国家知识产权优势企业"] + YS1, "", category=[PT, EN])
R(d, "达到9家", "9家", 9, "家", "level", ["国家知识产权示范企业总数"] + SF1, "", period=YE, category=[PT, EN])
R(d, "和26家", "26家", 26, "家", "level", ["国家知识产权优势企业总数"] + YS1, "", period=YE, category=[PT, EN])
R(d, "侵权案件57件", "57件", 57, "件", "level", ["查处商标侵权案件", "商标侵权案件"], "", category=[PT, OT])
R(d, "纠纷案件23件", "23件", 23, "件", "level", ["办理专利侵权纠纷案件", "专利侵权纠纷案件"], "", category=[PT, OT])
R(d, "罚没款86.4万元", "86.4万元", V("86.4", "万"), "元", "level", ["罚没款"], "", category=[PT, OT])
R(
    d,
    "1300余次",
    "1300余次",
    1300,
    "次",
    "level",
    ["维权援助工作站受理咨询", "受理咨询"],
    "",
    qualifier="more_than",
    category=[PT, OT],
)
R(
    d,
    "60件以上",
    "60件以上",
    60,
    "件",
    LS,
    ["每万人口高价值发明专利拥有量"],
    "",
    qualifier="at_least",
    planned=True,
    period=["2025", "2021/2025"],
)
NOT_INDICATORS["c01.txt"] = [
    ("《2020年崂山区知识产权发展状况白皮书》发布\n", "2020", "year inside the title's 《…》"),
    ("2021-04-26 15:30", "2021", "date line"),
    ("2021-04-26 15:30", "04", "date line"),
    ("2021-04-26 15:30", "26", "date line"),
    ("2021-04-26 15:30", "15", "date line"),
    ("2021-04-26 15:30", "30", "date line"),
    ("浏览次数：1125", "1125", "view counter"),
    ("4月26日是", "4", "date (世界知识产权日)"),
    ("4月26日是", "26", "date (世界知识产权日)"),
    ("发布《2020年", "2020", "year inside a document name"),
    ("2020年，全区", "2020", "year"),
    ("GB/T 29490-2013", "29490", "standard identifier"),
    ("GB/T 29490-2013", "2013", "standard identifier (its year)"),
    ("到2025年", "2025", "target year"),
]

# ---------------------------------------------------------------- c02
# 湖南省政府新闻办 press conference on the economy in 2021 Q1, a 问答
# TRANSCRIPT (主持人 / 记者 / 发言人 turns), where a 统计局 spokesperson
# answers on 新动能. 2021 Q1 growth rates come THREE WAYS: 同比, `比2019年同期`
# and `两年平均` (the base-year 2019 is no record). 高技术制造业 (national
# classification) is not the 高新技术产业 of the measure table: measure ""
# (corpus D04); 高新技术产业增加值 / 投资 get hti_value_added / hti_investment.
# `接近三成` (Chinese numeral, 成); `增长1.9倍`; `下降5.3%`; two ranks in one
# phrase (`居全国第8位、中部第2位`); GDP in the second answer.
HN = ["湖南省", "湖南"]
Q1 = "2021-01/2021-03"
d = doc("c02.txt", HN, Q1, HI)
GJ = ["高技术制造业增加值", "高技术制造业"]
GJ2 = ["高技术制造业增加值两年平均增长", "高技术制造业增加值两年平均增速"] + GJ
R(d, "同比增长31.6%", "31.6%", 31.6, "%", "growth", GJ, "")
R(d, "同期增长25.7%", "25.7%", 25.7, "%", "growth", ["高技术制造业增加值比2019年同期增长"] + GJ, "")
R(d, "两年平均增长12.1%", "12.1%", 12.1, "%", "growth", GJ2, "")
R(d, "4.3个百分点", "4.3个百分点", 4.3, "百分点", GL, GJ2, "")
GZ = ["高技术制造业增加值占规模以上工业增加值的比重", "占规模以上工业增加值的比重"] + GJ
R(d, "比重为12.8%", "12.8%", 12.8, "%", "share", GZ, "")
R(d, "1.6个百分点", "1.6个百分点", 1.6, "百分点", "growth", GZ, "")
R(
    d,
    "接近三成",
    "接近三成",
    30,
    "%",
    "share",
    ["高技术制造业对规模以上工业增长的贡献率", "贡献率"],
    "",
    qualifier="nearly",
)
R(d, "制造业增长46.2%", "46.2%", 46.2, "%", "growth", ["电子及通信设备制造业增加值", "电子及通信设备制造业"], "")
R(d, "制造业增长28.9%", "28.9%", 28.9, "%", "growth", ["医药制造业增加值", "医药制造业"], "")
CP = ["economy", HI, OT]
XNY = ["新能源汽车产量", "新能源汽车"]
R(d, "1.26万辆", "1.26万辆", 12600, "辆", "level", XNY, "", category=CP)
R(d, "1.9倍", "1.9倍", 1.9, "倍", "growth", XNY, "", category=CP)
JQR = ["工业机器人产量", "工业机器人"]
R(d, "1873套", "1873套", 1873, "套", "level", JQR, "", category=CP)
R(d, "增长86.4%", "86.4%", 86.4, "%", "growth", JQR, "", category=CP)
R(d, "下降5.3%", "5.3%", -5.3, "%", "growth", ["光缆产量", "光缆"], "", category=CP)
GX = ["高新技术产业增加值"]
R(d, "增加值2386.4亿元", "2386.4亿元", V("2386.4", "亿"), "元", "level", GX, "hti_value_added")
R(d, "同比增长24.8%", "24.8%", 24.8, "%", "growth", GX, "hti_value_added")
R(
    d,
    "比重为24.5%",
    "24.5%",
    24.5,
    "%",
    "share",
    ["高新技术产业增加值占地区生产总值的比重", "占地区生产总值的比重"] + GX,
    "hti_value_added",
)
GT = ["高新技术产业投资", "高新技术产业投资增速"]
GT2 = ["高新技术产业投资两年平均增长"] + GT
R(d, "投资增长42.5%", "42.5%", 42.5, "%", "growth", GT, "hti_investment", category=[HI, IV])
R(d, "两年平均增长14.3%", "14.3%", 14.3, "%", "growth", GT2, "hti_investment", category=[HI, IV])
R(d, "全国第8位", "第8位", 8, "位", "rank", GT + GT2, "hti_investment", category=[HI, IV])
R(d, "中部第2位", "第2位", 2, "位", "rank", GT + GT2, "hti_investment", category=[HI, IV])
GDP = ["地区生产总值"]
R(d, "9735.2亿元", "9735.2亿元", V("9735.2", "亿"), "元", "level", GDP, "gdp", category=EC)
R(d, "同比增长16.2%", "16.2%", 16.2, "%", "growth", GDP, "gdp", category=EC)
R(d, "两年平均增长6.3%", "6.3%", 6.3, "%", "growth", ["地区生产总值两年平均增长"] + GDP, "gdp", category=EC)
NOT_INDICATORS["c02.txt"] = [
    ("湖南省2021年一季度", "2021", "title year"),
    ("2021-04-19 17:05", "2021", "date line"),
    ("2021-04-19 17:05", "04", "date line"),
    ("2021-04-19 17:05", "19", "date line"),
    ("2021-04-19 17:05", "17", "date line"),
    ("2021-04-19 17:05", "05", "date line"),
    ("浏览次数:2487", "2487", "view counter"),
    ("比2019年同期", "2019", "base year of a comparison"),
]

# ---------------------------------------------------------------- c03
# 德清县政协 调研报告 (a 政协 INVESTIGATION REPORT) on 科技成果转化 and
# 科技金融, published 2016-09. The county is named only in the source line and
# the signature (`我县`, `全县`, `县内`). The investigation's own counts
# (走访企业, 座谈会, 问卷) are records, as reports14 c04 annotates its 问卷.
# 2015 results; cumulative 科技金融 stocks `自2014年推出以来,截至2016年6月底`;
# `户均约520万元`; 问题 with survey shares, `不到15%` and a cap
# `不超过500万元`; 意见建议 with quantified suggestions (planned, as
# reports14 c04): `1亿元以上`, `年均增长15%以上`, `由500万元提高到1000万元`,
# `到2018年…突破3亿元`. Organisation names (浙江大学 …) are not named here.
DQ = ["德清县", "德清"]
d = doc("c03.txt", DQ, "2015", TM)
IVP = ["2016", "2016-06/2016-08"]
R(d, "走访企业16家", "16家", 16, "家", "level", ["调研组走访企业", "走访企业"], "", period=IVP, category=[EN, OT])
R(d, "座谈会4次", "4次", 4, "次", "level", ["召开座谈会", "座谈会"], "", period=IVP, category=OT)
R(d, "问卷120份", "120份", 120, "份", "level", ["发放调查问卷", "调查问卷"], "", period=IVP, category=OT)
R(d, "有效问卷107份", "107份", 107, "份", "level", ["收回有效问卷", "有效问卷"], "", period=IVP, category=OT)
R(d, "技术合同86项", "86项", 86, "项", "level", ["登记技术合同", "技术合同"], "tech_contract_count")
CJ = ["技术合同成交额", "成交额"]
R(d, "成交额2.14亿元", "2.14亿元", V("2.14", "亿"), "元", "level", CJ, "tech_contract_value")
R(d, "增长37.2%", "37.2%", 37.2, "%", "growth", CJ, "tech_contract_value")
R(
    d,
    "成交额1.87亿元",
    "1.87亿元",
    V("1.87", "亿"),
    "元",
    "level",
    ["企业吸纳技术合同成交额", "吸纳技术合同成交额"],
    "tech_contract_value_absorbed",
)
P15 = ["2015", "2016", ""]  # no time phrase in the sentence
R(
    d,
    "42所",
    "42所",
    42,
    "所",
    "level",
    ["建立长期合作关系的高校院所", "合作高校院所", "高校院所"],
    "",
    period=P15,
    category=[TM, OT],
)
R(d, "研发中心19家", "19家", 19, "家", "level", ["共建企业研发中心", "企业研发中心"], RIS, period=P15, category=RI)
R(d, "130余项", "130余项", 130, "项", "level", ["转化科技成果"], "", qualifier="more_than", period=P15)
R(
    d,
    "约9.6亿元",
    "约9.6亿元",
    V("9.6", "亿"),
    "元",
    "level",
    ["新增产值"],
    "",
    qualifier="about",
    period=P15,
    category=[TM, "economy", OT],
)
R(
    d,
    "引导基金5000万元",
    "5000万元",
    V("5000", "万"),
    "元",
    "level",
    ["科技成果转化引导基金"],
    "",
    period=P15,
    category=FU,
)
PK = ["2016-06", "2014/2016-06"]
KD = ["“科技贷”累计发放贷款", "科技贷累计发放贷款", "累计发放贷款", "“科技贷”"]
R(d, "贷款3.28亿元", "3.28亿元", V("3.28", "亿"), "元", "level", KD, "", period=PK, category=[FU, OT])
R(
    d,
    "企业63家",
    "63家",
    63,
    "家",
    "level",
    ["“科技贷”惠及科技型企业", "惠及科技型企业"],
    "",
    period=PK,
    category=[FU, EN],
)
R(
    d,
    "户均约520万元",
    "520万元",
    V("520", "万"),
    "元",
    "level",
    ["户均贷款", "户均"],
    "",
    qualifier="about",
    period=PK,
    category=[FU, OT],
)
PQ = ["2016-06", "2014/2016-06", "2015", ""]  # after `;`: the 截至 phrase may or may not reach it
ZY3 = ["知识产权质押融资", "知识产权质押融资累计"]
R(d, "累计27笔", "27笔", 27, "笔", "level", ZY3, "", period=PQ, category=[PT, FU])
R(
    d,
    "、1.15亿元",
    "1.15亿元",
    V("1.15", "亿"),
    "元",
    "level",
    ["知识产权质押融资金额"] + ZY3,
    "",
    period=PQ,
    category=[PT, FU],
)
PB = ["2016", "2015", ""]  # 问题 section: survey of 2016, no time phrase
R(
    d,
    "68.2%",
    "68.2%",
    68.2,
    "%",
    "share",
    ["认为成果转化资金缺口较大的企业", "企业认为成果转化资金缺口较大"],
    "",
    period=PB,
    category=[TM, OT],
)
R(
    d,
    "仅有23家",
    "23家",
    23,
    "家",
    "level",
    ["设有专门的技术转移机构的企业", "设有技术转移机构的企业"],
    "",
    period=PB,
    category=[TM, EN],
)
R(
    d,
    "不到15%",
    "不到15%",
    15,
    "%",
    "share",
    ["高校院所成果在县内转化的比例", "县内转化的比例"],
    "",
    qualifier="at_most",
    period=PB,
)
ED = ["“科技贷”单户额度", "单户额度", "“科技贷”单户最高额度", "单户最高额度"]
R(
    d,
    "不超过500万元",
    "不超过500万元",
    V("500", "万"),
    "元",
    "level",
    ED,
    "",
    qualifier="at_most",
    period=PB,
    category=[FU, OT],
)
SUG = ["", "2016", "2017"]  # a suggestion without a time phrase
R(
    d,
    "1亿元以上",
    "1亿元以上",
    V("1", "亿"),
    "元",
    "level",
    ["科技成果转化引导基金规模", "引导基金规模", "科技成果转化引导基金"],
    "",
    qualifier="at_least",
    planned=True,
    period=SUG,
    category=FU,
)
R(
    d,
    "年均增长15%以上",
    "15%以上",
    15,
    "%",
    "growth",
    ["县财政科技投入", "财政科技投入"],
    "fiscal_st_spend",
    qualifier="at_least",
    planned=True,
    period=SUG,
    category=FS,
)
R(d, "由500万元", "500万元", V("500", "万"), "元", "level", ED, "", planned=PL, period=PB + ["2017"], category=[FU, OT])
R(d, "提高到1000万元", "1000万元", V("1000", "万"), "元", "level", ED, "", planned=True, period=SUG, category=[FU, OT])
R(
    d,
    "突破3亿元",
    "3亿元",
    V("3", "亿"),
    "元",
    "level",
    ["知识产权质押融资累计", "知识产权质押融资"],
    "",
    qualifier=QM,
    planned=True,
    period=["2018", "2016/2018", "2014/2018"],
    category=[PT, FU],
)
NOT_INDICATORS["c03.txt"] = [
    ("2016-09-18 09:40", "2016", "date line"),
    ("2016-09-18 09:40", "09", "date line"),
    ("2016-09-18 09:40", "18", "date line"),
    ("2016-09-18 09:40", "40", "date line"),
    ("点击数:312", "312", "view counter"),
    ("县政协2016年度", "2016", "year of a plan's name"),
    ("6月至8月", "6", "time span of the investigation"),
    ("6月至8月", "8", "time span of the investigation"),
    ("2015年,全县", "2015", "year"),
    ("自2014年", "2014", "start year"),
    ("截至2016年6月底", "2016", "time point"),
    ("截至2016年6月底", "6", "time point"),
    ("到2018年", "2018", "target year"),
]

# ---------------------------------------------------------------- c04
# 扬州大学 news item (university news site, 2024-01-09) on its 2023 research
# results. The figures describe an ORGANISATION: its name contains 扬州, but
# 扬州大学 is no region; the region is the place it is in (扬州市), or
# unknown. Figures of a performer take measure "" (records.md: parts).
# The headline repeats `首次突破10亿元`, which A10 annotates (突破 → more_than).
# `与“十三五”末的7.12亿元相比,三年增长45.5%` (a 2020 level and a growth over
# it); `连续三年位居江苏省属高校第一` (a rank; 江苏省 only scopes it); award
# grades are names, their counts are records (corpus A08); a part `在扬州市内
# 转化科技成果214项` with its share; a 十四五 cumulative count; a 2024 target.
YZ = ["扬州市", "扬州", ""]
YZ2 = ["扬州市", "扬州"]
d = doc("c04.txt", YZ, "2023", [RE, FU])
KY = ["科研经费到账总额", "科研经费到账", "科研经费"]
R(d, "首次突破10亿元\n", "10亿元", V("10", "亿"), "元", "level", KY, "", qualifier=QM)
R(d, "达10.36亿元", "10.36亿元", V("10.36", "亿"), "元", "level", KY, "")
R(d, "增长14.2%", "14.2%", 14.2, "%", "growth", KY, "")
R(d, "首次突破10亿元。", "10亿元", V("10", "亿"), "元", "level", KY, "", qualifier=QM)
R(d, "纵向经费5.87亿元", "5.87亿元", V("5.87", "亿"), "元", "level", ["纵向经费", "纵向科研经费"], "")
R(d, "横向经费4.49亿元", "4.49亿元", V("4.49", "亿"), "元", "level", ["横向经费", "横向科研经费"], "")
R(d, "2.3个百分点", "2.3个百分点", 2.3, "百分点", "growth", ["横向经费占比", "横向经费占科研经费的比重"], "")
R(d, "7.12亿元", "7.12亿元", V("7.12", "亿"), "元", "level", KY, "", period="2020")
R(d, "增长45.5%", "45.5%", 45.5, "%", "growth", KY, "", period=["2023", "2020/2023", "2021/2023"])
ZR = ["国家自然科学基金项目", "获批国家自然科学基金项目"]
R(d, "项目203项", "203项", 203, "项", "level", ZR, "", category=PJ)
R(
    d,
    "直接经费1.08亿元",
    "1.08亿元",
    V("1.08", "亿"),
    "元",
    "level",
    ["国家自然科学基金项目直接经费", "直接经费"],
    "",
    category=[PJ, FU],
)
R(
    d,
    "省属高校第一",
    "第一",
    1,
    "位",
    "rank",
    ["国家自然科学基金立项数", "立项数"] + ZR,
    "",
    period=["2023", "2021/2023"],
    category=PJ,
)
SK = ["国家社会科学基金项目", "获批国家社会科学基金项目"]
R(d, "项目41项", "41项", 41, "项", "level", SK, "", category=PJ)
R(d, "重大项目2项", "2项", 2, "项", "level", ["国家社会科学基金重大项目", "重大项目"], "", category=PJ)
XY = ["2023", "2023-12", "2024-01"]  # `现有`: at the end of 2023 or at publication
R(d, "科研平台7个", "7个", 7, "个", "level", ["新获批省部级科研平台", "省部级科研平台"], RIS, category=RI)
R(d, "科研平台5个", "5个", 5, "个", "level", ["国家级科研平台"], RIS, period=XY, category=RI)
R(d, "科研平台96个", "96个", 96, "个", "level", ["省部级科研平台"], RIS, period=XY, category=RI)
R(d, "14人次", "14人次", 14, "人次", "level", ["新增国家级人才项目入选者", "国家级人才项目入选者"], "", category=TA)
R(d, "二等奖1项", "1项", 1, "项", "level", ["国家科学技术进步奖二等奖", "国家科学技术进步奖"], "", category=OT)
R(d, "科学技术奖12项", "12项", 12, "项", "level", ["江苏省科学技术奖"], "", category=OT)
R(d, "一等奖3项", "3项", 3, "项", "level", ["江苏省科学技术奖一等奖", "一等奖"], "", category=OT)
FM = ["授权发明专利", "发明专利授权"]
R(d, "发明专利612件", "612件", 612, "件", "level", FM, "", category=PT)
R(d, "增长9.5%", "9.5%", 9.5, "%", "growth", FM, "", category=PT)
R(d, "国际专利18件", "18件", 18, "件", "level", ["PCT国际专利", "PCT国际专利授权"], "", category=PT)
R(d, "技术合同1425项", "1425项", 1425, "项", "level", ["签订技术合同", "技术合同"], "", category=TM)
R(d, "金额2.96亿元", "2.96亿元", V("2.96", "亿"), "元", "level", ["技术合同金额", "合同金额"], "", category=TM)
ZX4 = ["专利转让、许可", "专利转让许可"]
R(d, "许可136件", "136件", 136, "件", "level", ZX4, "", category=[PT, TM])
R(
    d,
    "金额3860万元",
    "3860万元",
    V("3860", "万"),
    "元",
    "level",
    ["专利转让、许可金额", "金额"] + ZX4,
    "",
    category=[PT, TM],
)
R(d, "研究院23个", "23个", 23, "个", "level", ["与地方政府共建研究院", "共建研究院"], RIS, period=XY, category=RI)
ZH = ["在扬州市内转化科技成果", "转化科技成果"]
R(d, "成果214项", "214项", 214, "项", "level", ZH, "", region=YZ2, category=TM)
R(d, "41.5%", "41.5%", 41.5, "%", "share", ["占全年转化总数"] + ZH, "", region=YZ2, category=TM)
R(
    d,
    "科技副总87人",
    "87人",
    87,
    "人",
    "level",
    ["向扬州企业选派科技副总", "选派科技副总", "科技副总"],
    "",
    period=["2021/2023", "2023", "2021/2024", ""],
    category=TA,
)
R(
    d,
    "11亿元以上",
    "11亿元以上",
    V("11", "亿"),
    "元",
    "level",
    KY,
    "",
    qualifier="at_least",
    planned=True,
    period="2024",
)
NOT_INDICATORS["c04.txt"] = [
    ("我校2023年", "2023", "title year"),
    ("2024-01-09", "2024", "date line"),
    ("2024-01-09", "01", "date line"),
    ("2024-01-09", "09", "date line"),
    ("浏览次数:1863", "1863", "view counter"),
    ("2023年,学校", "2023", "year"),
    ("力争2024年", "2024", "target year"),
]

# ---------------------------------------------------------------- c05
# 绵阳高新区 (四川) statistics page `2017年1-9月主要经济指标完成情况`: a prose
# lead, then a PIPE TABLE WITH A UNIT COLUMN (`| 指标名称 | 单位 | 1-9月 |
# 同比增长(%) |`): each row's unit cell (亿元, 家, 万美元, 万元, 件) sets the
# scale of its value cell, so 87615 in 万美元 is 876150000 美元; an empty
# growth cell `—`; a negative cell `-3.2` (the prose says 下降3.2%); a row
# `其中:` for a part; numbered notes with the 规上 threshold (2000万元, no
# record). The prose repeats four table figures (both are annotated). The zone
# is the home region (code ""); `居全市各园区第2位` ranks it in 绵阳市.
MY = ["绵阳高新区", "绵阳高新技术产业开发区", "高新区"]
Q9 = "2017-01/2017-09"
E9 = ["2017-09", Q9]
d = doc("c05.txt", MY, Q9, EC)
GZ5 = ["规模以上工业总产值", "规上工业总产值"]
R(d, "实现486.3亿元", "486.3亿元", V("486.3", "亿"), "元", "level", GZ5, "")
R(d, "同比增长11.8%", "11.8%", 11.8, "%", "growth", GZ5, "")
R(d, "园区第2位", "第2位", 2, "位", "rank", ["规模以上工业总产值增速"] + GZ5, "")
GC5 = ["高新技术产业产值"]
R(d, "产值351.4亿元", "351.4亿元", V("351.4", "亿"), "元", "level", GC5, "hti_output", category=HI)
R(d, "同比增长14.6%", "14.6%", 14.6, "%", "growth", GC5, "hti_output", category=HI)
GS5 = ["高新技术产业产值占规上工业总产值的比重", "占规上工业总产值的比重"] + GC5
R(d, "比重达72.3%", "72.3%", 72.3, "%", "share", GS5, "hti_output", category=HI)
R(d, "1.8个百分点", "1.8个百分点", 1.8, "百分点", "growth", GS5, "hti_output", category=HI)
R(d, "下降3.2%", "3.2%", -3.2, "%", "growth", ["固定资产投资"], "", category=[IV, "economy"])
R(
    d,
    "新增高新技术企业14家",
    "14家",
    14,
    "家",
    "level",
    ["新增高新技术企业"],
    "hte_new",
    period=["2017", Q9],
    category=HT,
)
R(
    d,
    "增至127家",
    "127家",
    127,
    "家",
    "level",
    ["有效高新技术企业总数", "有效高新技术企业", "高新技术企业"],
    "hte_count",
    period=E9,
    category=HT,
)
T5_TITLE = "表 绵阳高新区2017年1-9月主要经济指标"
UNIT_SCALE = {"亿元": ("元", "亿"), "万元": ("元", "万"), "万美元": ("美元", "万"), "家": ("家", ""), "件": ("件", "")}
# (lead, cells, indicator names, measure of the level, measure of the growth, category, period of the level)
T5 = [
    ("| 地区生产总值 | 亿元 |", ["168.4", "8.6"], ["地区生产总值"], "gdp", "gdp", EC, Q9),
    ("| 规模以上工业总产值 | 亿元 |", ["486.3", "11.8"], GZ5, "", "", EC, Q9),
    ("| 其中:高新技术产业产值 | 亿元 |", ["351.4", "14.6"], GC5, "hti_output", "hti_output", HI, Q9),
    ("| 规模以上工业增加值 | 亿元 |", ["118.9", "9.7"], ["规模以上工业增加值", "规上工业增加值"], "", "", EC, Q9),
    ("| 规模以上工业企业 | 家 |", ["136"], ["规模以上工业企业", "规上工业企业"], "", "", [EN, "economy"], E9),
    ("| 固定资产投资 | 亿元 |", ["96.5", "-3.2"], ["固定资产投资"], "", "", [IV, "economy"], Q9),
    ("| 社会消费品零售总额 | 亿元 |", ["42.7", "10.9"], ["社会消费品零售总额"], "", "", EC, Q9),
    ("| 进出口总额 | 万美元 |", ["87615", "23.4"], ["进出口总额"], "", "", EC, Q9),
    (
        "| 技术合同成交额 | 万元 |",
        ["38620", "31.5"],
        ["技术合同成交额"],
        "tech_contract_value",
        "tech_contract_value",
        TM,
        Q9,
    ),
    (
        "| 发明专利授权 | 件 |",
        ["327", "18.1"],
        ["发明专利授权", "发明专利授权量"],
        "invention_patent_grants",
        "invention_patent_grants",
        PT,
        Q9,
    ),
]
TABLES["c05.txt"] = dict(
    sep=" ",
    title=T5_TITLE,
    head=["", "| 指标名称 | 单位 | 1-9月 | 同比增长(%) |"],
    rows=[(lead, cells) for lead, cells, *_ in T5],
)
for lead, cells, ind, m_level, m_growth, cat, per in T5:
    unit_cell = lead.split("|")[2].strip()
    unit, scale = UNIT_SCALE[unit_cell]
    R(d, lead, cells[0], V(cells[0], scale), unit, "level", ind, m_level, cell=0, scale=scale, period=per, category=cat)
    if len(cells) > 1:
        R(d, lead, cells[1], V(cells[1]), "%", "growth", ind, m_growth, cell=1, category=cat)
NOT_INDICATORS["c05.txt"] = [
    ("高新区2017年1-9月主要经济指标完成情况", "2017", "title year"),
    ("高新区2017年1-9月主要经济指标完成情况", "1", "title range 1-9月"),
    ("高新区2017年1-9月主要经济指标完成情况", "9", "title range 1-9月"),
    ("2017-10-24 10:12", "2017", "date line"),
    ("2017-10-24 10:12", "10", "date line"),
    ("2017-10-24 10:12", "24", "date line"),
    ("2017-10-24 10:12", "12", "date line"),
    ("1-9月,高新区", "1", "time range 1-9月"),
    ("1-9月,高新区", "9", "time range 1-9月"),
    ("表 绵阳高新区2017年1-9月", "2017", "table title year"),
    ("表 绵阳高新区2017年1-9月", "1", "table title range"),
    ("表 绵阳高新区2017年1-9月", "9", "table title range"),
    ("| 1-9月 |", "1", "column header 1-9月"),
    ("| 1-9月 |", "9", "column header 1-9月"),
    ("注:1.", "1", "note number"),
    ("2000万元及以上", "2000", "class threshold (规模以上 definition)"),
    ("企业;2.", "2", "note number"),
    ("计算;3.", "3", "note number"),
]

# ---------------------------------------------------------------- c06
# 黑龙江日报 story on the provincial 科学技术奖励大会 (2019-05-28) for the
# 2018年度 awards, in FULL-WIDTH punctuation. The province is named only
# inside names (`黑龙江省科学技术奖`, `黑龙江日报`, the breadcrumb) and as
# `我省` / `全省`. The headline repeats `185项`. 185 = 46 + 19 + 120 (kinds)
# = 27 + 74 + 84 (grades: 一等奖/二等奖/三等奖 are names); shares of 185;
# `比上届提高6.4个百分点`; cities with `居全省首位` and one 位 for two
# Chinese-numeral ranks (`分列第二、三位`); `近三年累计` (a span, no record);
# `节支约12亿元`; `由每项10万元提高到20万元` after `将`.
HLJ = ["黑龙江省", "黑龙江"]
P6 = ["2018", "2019"]  # the 2018年度 awards, given in 2019
d = doc("c06.txt", HLJ, P6, OT)
HJ = ["获奖科技成果", "省科学技术奖获奖项目", "获奖项目", "获奖成果"]
R(d, "　185项成果获奖", "185项", 185, "项", "level", HJ, "")
R(d, "推荐项目607项", "607项", 607, "项", "level", ["受理推荐项目", "推荐项目"], "")
R(d, "共有185项", "185项", 185, "项", "level", HJ, "")
R(d, "授奖率为30.5%", "30.5%", 30.5, "%", SL, ["授奖率"], "")
R(d, "自然科学奖46项", "46项", 46, "项", "level", ["自然科学奖"], "")
R(d, "技术发明奖19项", "19项", 19, "项", "level", ["技术发明奖"], "")
R(d, "进步奖120项", "120项", 120, "项", "level", ["科学技术进步奖"], "")
R(d, "一等奖27项", "27项", 27, "项", "level", ["一等奖"], "")
R(d, "二等奖74项", "74项", 74, "项", "level", ["二等奖"], "")
R(d, "三等奖84项", "84项", 84, "项", "level", ["三等奖"], "")
R(
    d,
    "另有2名",
    "2名",
    2,
    "名",
    "level",
    ["获得省国际科学技术合作奖的外籍专家", "省国际科学技术合作奖", "外籍专家"],
    "",
    category=[TA, OT],
)
R(
    d,
    "2名科技工作者",
    "2名",
    2,
    "名",
    "level",
    ["获得省最高科学技术奖的科技工作者", "省最高科学技术奖", "科技工作者"],
    "",
    category=[TA, OT],
)
R(
    d,
    "每人奖励50万元",
    "50万元",
    V("50", "万"),
    "元",
    "level",
    ["省最高科学技术奖每人奖励", "每人奖励", "奖金"],
    "",
    category=FU,
)
QC = ["企业参与完成的获奖项目", "企业参与完成的项目"]
R(d, "获奖项目98项", "98项", 98, "项", "level", QC, "", category=[OT, EN])
R(d, "总数的53.0%", "53.0%", 53.0, "%", "share", ["占获奖项目总数"] + QC, "", category=[OT, EN])
R(
    d,
    "6.4个百分点",
    "6.4个百分点",
    6.4,
    "百分点",
    "growth",
    ["企业参与完成的获奖项目占比", "占获奖项目总数"] + QC,
    "",
    category=[OT, EN],
)
GY = ["高校和科研院所牵头完成的项目", "高校和科研院所牵头完成"]
R(d, "项目129项", "129项", 129, "项", "level", GY, "")
R(d, "占69.7%", "69.7%", 69.7, "%", "share", GY, "")
HJ2 = ["获奖项目", "省科学技术奖获奖项目"]
R(d, "获奖项目112项", "112项", 112, "项", "level", HJ2, "", region=["哈尔滨市", "哈尔滨"])
R(d, "全省首位", "首位", 1, "位", "rank", HJ2, "", region=["哈尔滨市", "哈尔滨"])
R(d, "获奖19项", "19项", 19, "项", "level", HJ2, "", region="大庆市")
R(d, "和11项", "11项", 11, "项", "level", HJ2, "", region="牡丹江市")
R(d, "分列第二、三位", "第二", 2, "位", "rank", HJ2, "", region="大庆市")
R(d, "、三位", "三位", 3, "位", "rank", HJ2, "", region="牡丹江市")
GJ6 = ["达到国际先进水平以上的成果", "达到国际先进水平以上"]
R(d, "有37项", "37项", 37, "项", "level", GJ6, "")
R(d, "总数的20.0%", "20.0%", 20.0, "%", "share", ["占获奖总数"] + GJ6, "")
P3 = ["2016/2018", "2018", "2017/2019", ""]  # `近三年累计`
R(
    d,
    "386.5亿元",
    "386.5亿元",
    V("386.5", "亿"),
    "元",
    "level",
    ["获奖项目新增销售收入", "新增销售收入"],
    "",
    period=P3,
    category=EC,
)
R(
    d,
    "41.3亿元",
    "41.3亿元",
    V("41.3", "亿"),
    "元",
    "level",
    ["获奖项目新增利润", "新增利润"],
    "",
    period=P3,
    category=EC,
)
R(d, "节支约12亿元", "约12亿元", V("12", "亿"), "元", "level", ["节支"], "", qualifier="about", period=P3, category=EC)
JJ = ["省科学技术奖一等奖奖金", "一等奖奖金", "奖金"]
R(d, "每项10万元", "10万元", V("10", "万"), "元", "level", JJ, "", planned=PL, period=["2018", "2019", ""], category=FU)
R(d, "提高到20万元", "20万元", V("20", "万"), "元", "level", JJ, "", planned=True, period="2019", category=FU)
NOT_INDICATORS["c06.txt"] = [
    ("我省表彰2018年度", "2018", "title year (award year)"),
    ("2019-05-29 07:16", "2019", "date line"),
    ("2019-05-29 07:16", "05", "date line"),
    ("2019-05-29 07:16", "29", "date line"),
    ("2019-05-29 07:16", "07", "date line"),
    ("2019-05-29 07:16", "16", "date line"),
    ("5月28日", "5", "date of the meeting"),
    ("5月28日", "28", "date of the meeting"),
    ("对2018年度", "2018", "award year"),
]

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "]+")


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


D = Decimal

# previous-period and background values behind the printed ratios (not printed)
PREV = {
    # c01 崂山区, 件 unless marked
    "c01_app19": 5769,
    "c01_grant19": 2806,
    "c01_city_grant20": 50190,  # 青岛市 专利授权量
    "c01_pop20": D("42.5"),  # 万人, 崂山区 常住人口
    "c01_city_per10k20": D("29.5"),  # 青岛市 每万人口发明专利拥有量
    "c01_hv20": 1625,  # 高价值发明专利拥有量
    "c01_pct19": 168,
    "c01_pledge19": D("3.46"),  # 亿元
    # c02 湖南省, growth rates of 2020 Q1 in %
    "c02_gj20q1": D("-4.5"),  # 高技术制造业增加值
    "c02_ind_2y": D("7.8"),  # 规上工业增加值 两年平均
    "c02_gj_share20q1": D("11.2"),
    "c02_hti_inv20q1": D("-8.3"),
    "c02_gdp20q1": D("-2.8"),
    # c03 德清县
    "c03_tv14": D("1.56"),  # 亿元
    "c03_short_funds": 73,  # answers 资金缺口较大 among 107
    # c04 扬州大学, 亿元
    "c04_fund22": D("9.07"),
    "c04_horiz22": D("3.72"),
    "c04_pat22": 559,
    "c04_conv23": 516,  # 全年转化科技成果 总数
    # c05 绵阳高新区: previous 1-9月 values follow from the growth rates
    # c06 黑龙江省
    "c06_ent_share_prev": D("46.6"),  # 上届 企业参与完成 占比, %
}
P = PREV
T5R = {lead: cells for lead, cells in TABLES["c05.txt"]["rows"]}


def two_year(g_now, g_prev):
    """two-year average growth in % from this year's and last year's growth"""
    x = (1 + Decimal(g_now) / 100) * (1 + Decimal(g_prev) / 100)
    return rnd((x.sqrt() - 1) * 100)


def vs_base(g_now, g_prev):
    """growth over the year before last, in %"""
    return rnd(((1 + Decimal(g_now) / 100) * (1 + Decimal(g_prev) / 100) - 1) * 100)


# c05: 1-9月 2016 values implied by the growth rates
IND16 = D("486.3") / (1 + D("11.8") / 100)
HTI16 = D("351.4") / (1 + D("14.6") / 100)

# the invented figures agree with each other: (computed, as written)
CONSISTENCY = [
    # c01
    (growth(6842, P["c01_app19"]), D("18.6")),
    (pct(2917, 6842), D("42.6")),
    (growth(3965, P["c01_grant19"]), D("41.3")),
    (pct(3965, P["c01_city_grant20"]), D("7.9")),
    (718 + 2604 + 643, 3965),
    (rnd(D(4386) / P["c01_pop20"]), D("103.2")),
    (rnd(D("103.2") / P["c01_city_per10k20"]), D("3.5")),
    (rnd(D(P["c01_hv20"]) / P["c01_pop20"]), D("38.2")),
    (P["c01_hv20"] < 4386 and D("60") > D("38.2"), True),
    (growth(156, P["c01_pct19"]), D("-7.1")),
    (4173 < 28600, True),
    (growth(D("5.63"), P["c01_pledge19"]), D("62.7")),
    (38 <= 41 and 3 <= 9 and 11 <= 26, True),
    # c02
    (vs_base("31.6", P["c02_gj20q1"]), D("25.7")),
    (two_year("31.6", P["c02_gj20q1"]), D("12.1")),
    (D("12.1") - P["c02_ind_2y"], D("4.3")),
    (D("12.8") - P["c02_gj_share20q1"], D("1.6")),
    (pct(D("2386.4"), D("9735.2")), D("24.5")),
    (two_year("42.5", P["c02_hti_inv20q1"]), D("14.3")),
    (two_year("16.2", P["c02_gdp20q1"]), D("6.3")),
    (D("12.1") > D("6.3") and D("14.3") > D("6.3"), True),
    # c03
    (growth(D("2.14"), P["c03_tv14"]), D("37.2")),
    (abs(D("3.28") * 10000 / 63 - 520) < 1, True),  # 户均约520万元
    (pct(P["c03_short_funds"], 107), D("68.2")),
    (107 <= 120 and 16 <= 63, True),
    (D("1") > D("0.5") and 1000 > 500 and D("3") > D("1.15"), True),  # suggestions above the present values
    # c04
    (D("5.87") + D("4.49"), D("10.36")),
    (growth(D("10.36"), P["c04_fund22"]), D("14.2")),
    (rnd(pct(D("4.49"), D("10.36"), 2) - pct(P["c04_horiz22"], P["c04_fund22"], 2)), D("2.3")),
    (pct(D("4.49"), D("10.36")) - pct(P["c04_horiz22"], P["c04_fund22"]), D("2.3")),
    (growth(D("10.36"), D("7.12")), D("45.5")),
    (D("1.08") < D("5.87") and 2 <= 41 and 3 <= 12, True),
    (growth(612, P["c04_pat22"]), D("9.5")),
    (18 <= 612, True),
    (pct(214, P["c04_conv23"]), D("41.5")),
    (D("11") > D("10.36"), True),
    # c05
    (T5R["| 规模以上工业总产值 | 亿元 |"], ["486.3", "11.8"]),  # the prose repeats the table
    (T5R["| 其中:高新技术产业产值 | 亿元 |"], ["351.4", "14.6"]),
    (T5R["| 固定资产投资 | 亿元 |"][1], "-3.2"),
    (pct(D("351.4"), D("486.3")), D("72.3")),
    (rnd(D("351.4") / D("486.3") * 100 - HTI16 / IND16 * 100), D("1.8")),
    (pct(D("351.4"), D("486.3")) - rnd(HTI16 / IND16 * 100), D("1.8")),
    (D("118.9") < D("168.4") and D("351.4") < D("486.3"), True),
    (14 <= 127, True),
    # c06
    (46 + 19 + 120, 185),
    (27 + 74 + 84, 185),
    (pct(185, 607), D("30.5")),
    (pct(98, 185), D("53.0")),
    (D("53.0") - P["c06_ent_share_prev"], D("6.4")),
    (pct(129, 185), D("69.7")),
    (112 > 19 > 11 and 112 + 19 + 11 <= 185, True),
    (pct(37, 185), D("20.0")),
    (20 > 10, True),
]


if __name__ == "__main__":
    for i, (got, want) in enumerate(CONSISTENCY):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    for g in build(HERE, DOCS, TABLES, CODES, written_value, validate, uncovered):
        print(json.dumps(g, ensure_ascii=False))
