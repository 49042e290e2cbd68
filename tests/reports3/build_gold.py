#!/usr/bin/env python3
"""Build gold.jsonl for tests/reports3 from hand annotations.

Each annotation names a figure by a context string that occurs exactly once
in its document and the figure text inside that context; offsets are
computed here, never typed by hand.  Run: python3 build_gold.py > gold.jsonl
"""

import json
import pathlib
import sys
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
MULT = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千亿": 10**11}


def V(num, mult=""):
    d = Decimal(num) * MULT[mult]
    return int(d) if d == d.to_integral_value() else float(d)


DOCS = {}


def doc(name, region, period, category):
    DOCS[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return DOCS[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, **kw):
    recs.append(dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, **kw))


# ---------------------------------------------------------------- t01
d = doc("t01_henan-jishuhetong-qiansanjidu.txt", "河南省", "2023-01/2023-09", "tech_market")
CJE = ["技术合同成交额", "成交额"]
R(d, "成交额突破千亿元\n", "千亿元", V("1", "千亿"), "元", "level", CJE, qualifier=["more_than", None])
R(d, "技术合同18426项", "18426项", 18426, "项", "level", ["登记技术合同", "技术合同登记"])
R(d, "同比增长21.7%", "21.7%", 21.7, "%", "growth", ["登记技术合同", "技术合同登记"])
R(d, "成交额1036.52亿元", "1036.52亿元", V("1036.52", "亿"), "元", "level", CJE)
R(d, "同比增长38.4%", "38.4%", 38.4, "%", "growth", CJE)
R(d, "突破千亿元大关", "千亿元", V("1", "千亿"), "元", "level", CJE, qualifier=["more_than", None])
R(d, "技术交易额达到612.08亿元", "612.08亿元", V("612.08", "亿"), "元", "level", "技术交易额")
R(d, "占成交额的59.1%", "59.1%", 59.1, "%", "share", ["技术交易额占成交额", "技术交易额占成交额的比重"])
R(d, "分别登记7312项", "7312项", 7312, "项", "level", ["技术开发合同登记", "技术开发合同"])
R(d, "、8905项", "8905项", 8905, "项", "level", ["技术服务合同登记", "技术服务合同"])
R(d, "成交额分别为428.66亿元", "428.66亿元", V("428.66", "亿"), "元", "level", "技术开发合同成交额")
R(d, "、476.13亿元", "476.13亿元", V("476.13", "亿"), "元", "level", "技术服务合同成交额")
R(d, "技术转让合同成交额61.27亿元", "61.27亿元", V("61.27", "亿"), "元", "level", "技术转让合同成交额")
R(d, "同比下降12.3%", "12.3%", -12.3, "%", "growth", "技术转让合同成交额")
R(d, "技术许可合同登记214项", "214项", 214, "项", "level", ["技术许可合同登记", "技术许可合同"])
R(d, "增长1.6倍", "1.6倍", 1.6, "倍", "growth", "技术许可合同成交额")
R(d, "合同有186项", "186项", 186, "项", "level", ["单项成交额超过1亿元的重大技术合同", "重大技术合同"])
R(d, "增加47项", "47项", 47, "项", ["growth", "level"], ["单项成交额超过1亿元的重大技术合同", "重大技术合同"])
R(d, "以512.4亿元", "512.4亿元", V("512.4", "亿"), "元", "level", CJE, region="郑州市")
R(d, "位居全省第一", "第一", 1, "位", "rank", CJE, region="郑州市")
R(d, "占全省的49.4%", "49.4%", 49.4, "%", "share", ["成交额占全省", "技术合同成交额占全省比重"], region="郑州市")
R(d, "分列第二", "第二", 2, "位", "rank", CJE, region="洛阳市")
R(d, "、第三位", "第三位", 3, "位", "rank", CJE, region="新乡市")
R(d, "分别为163.9亿元", "163.9亿元", V("163.9", "亿"), "元", "level", CJE, region="洛阳市")
R(d, "和72.5亿元", "72.5亿元", V("72.5", "亿"), "元", "level", CJE, region="新乡市")
R(
    d,
    "有15个省辖市",
    "15个",
    15,
    "个",
    "level",
    ["成交额实现正增长的省辖市", "省辖市"],
    category=["tech_market", "other"],
)
R(d, "企业输出技术合同成交额917.21亿元", "917.21亿元", V("917.21", "亿"), "元", "level", "企业输出技术合同成交额")
R(d, "占全省的88.5%", "88.5%", 88.5, "%", "share", ["企业输出技术合同成交额占全省", "企业输出技术合同成交额占全省比重"])
R(d, "输出技术合同3126项", "3126项", 3126, "项", "level", "高等院校输出技术合同")
R(d, "成交额28.74亿元", "28.74亿元", V("28.74", "亿"), "元", "level", ["高等院校输出技术合同成交额", "成交额"])
R(d, "同比增长44.2%", "44.2%", 44.2, "%", "growth", ["高等院校输出技术合同成交额", "成交额"])
R(d, "成交额21.6亿元", "21.6亿元", V("21.6", "亿"), "元", "level", "科研机构输出技术合同成交额")
R(
    d,
    "下降3.5个百分点",
    "3.5个百分点",
    -3.5,
    "百分点",
    "growth",
    ["科研机构输出技术合同成交额增幅", "增幅"],
    period=["2023-01/2023-09", "2023-01/2023-06"],
)
R(
    d,
    "1400亿元以上",
    "1400亿元以上",
    V("1400", "亿"),
    "元",
    "level",
    CJE,
    qualifier="at_least",
    planned=True,
    period="2023",
)
R(
    d,
    "超过300亿元",
    "超过300亿元",
    V("300", "亿"),
    "元",
    "level",
    "吸纳省外技术成交额",
    qualifier="more_than",
    planned=True,
    period="2023",
)

# ---------------------------------------------------------------- t02
d = doc("t02_nanfeng-xian-kejiju-nianduzongjie.txt", "南丰县", "2023", "high_tech_enterprise")
R(d, "高新技术企业19家", "19家", 19, "家", "level", "新认定高新技术企业")
R(d, "达到63家", "63家", 63, "家", "level", "有效期内高新技术企业", period=["2023", "2023-12"])
R(d, "同比增长17.0%", "17.0%", 17, "%", "growth", "有效期内高新技术企业")
R(d, "中小企业112家", "112家", 112, "家", "level", "入库国家科技型中小企业", category="tech_sme")
R(d, "增加31家", "31家", 31, "家", ["growth", "level"], "入库国家科技型中小企业", category="tech_sme")
R(
    d,
    "支出4.86亿元",
    "4.86亿元",
    V("4.86", "亿"),
    "元",
    "level",
    "规模以上工业企业研发费用支出",
    category="rd_expenditure",
)
R(d, "同比增长23.5%", "23.5%", 23.5, "%", "growth", "规模以上工业企业研发费用支出", category="rd_expenditure")
R(d, "预计达到1.72%", "1.72%", 1.72, "%", "share", "全社会R&D经费投入强度", planned=True, category="rd_expenditure")
R(
    d,
    "提高0.21个百分点",
    "0.21个百分点",
    0.21,
    "百分点",
    "growth",
    "全社会R&D经费投入强度",
    planned=[True, False],
    category="rd_expenditure",
)
R(d, "排第4位", "第4位", 4, "位", "rank", "全社会R&D经费投入强度", planned=[True, False], category="rd_expenditure")
R(d, "研究中心2个", "2个", 2, "个", "level", "新获批省级工程技术研究中心", category="rd_institution")
R(d, "重点实验室3个", "3个", 3, "个", "level", "市级重点实验室", category="rd_institution")
R(d, "累计达到47个", "47个", 47, "个", "level", "各类研发平台", category="rd_institution")
R(d, "工作站5家", "5家", 5, "家", "level", "院士专家工作站", category=["talent", "rd_institution"])
R(d, "技术合同86项", "86项", 86, "项", "level", "登记技术合同", category="tech_market")
R(d, "成交额2.35亿元", "2.35亿元", V("2.35", "亿"), "元", "level", ["技术合同成交额", "成交额"], category="tech_market")
R(d, "2.4倍", "2.4倍", 2.4, "倍", ["growth", "level"], ["技术合同成交额", "成交额"], category="tech_market")
R(d, "发明专利58件", "58件", 58, "件", "level", "授权发明专利", category="patent")
R(d, "拥有量1.9件", "1.9件", 1.9, "件", ["level", "share"], "每万人口高价值发明专利拥有量", category="patent")
R(d, "科技项目21项", "21项", 21, "项", "level", "争取省级以上科技项目", category="project")
R(d, "资金2860万元", "2860万元", V("2860", "万"), "元", "level", "获得上级科技资金", category=["funding", "project"])
R(d, "资金1315万元", "1315万元", V("1315", "万"), "元", "level", "兑现县级科技奖补资金", category="funding")
R(d, "惠及企业96家", "96家", 96, "家", "level", "惠及企业", category=["funding", "enterprise"])
R(d, "人才14名", "14名", 14, "名", "level", "引进高层次科技人才", category="talent")
R(d, "特派员60名", "60名", 60, "名", "level", "选派县级科技特派员", category="talent")
R(d, "1200余户", "1200余户", 1200, "户", "level", "服务农户", qualifier="more_than", category=["talent", "other"])
R(
    d,
    "七成以上",
    "七成以上",
    70,
    "%",
    "share",
    ["研发费用", "全县研发费用", "龙头企业研发费用占比", "研发费用集中在少数龙头企业"],
    qualifier="at_least",
    category="rd_expenditure",
)
R(
    d,
    "高新技术企业15家以上",
    "15家以上",
    15,
    "家",
    "level",
    "新增高新技术企业",
    qualifier="at_least",
    planned=True,
    period="2024",
)
R(
    d,
    "突破75家",
    "75家",
    75,
    "家",
    "level",
    "有效期内高新技术企业",
    qualifier=["more_than", None],
    planned=True,
    period="2024",
)
R(
    d,
    "提高到1.9%",
    "1.9%",
    1.9,
    "%",
    "share",
    "全社会R&D经费投入强度",
    planned=True,
    period="2024",
    category="rd_expenditure",
)
R(
    d,
    "达到3亿元",
    "3亿元",
    V("3", "亿"),
    "元",
    "level",
    "技术合同成交额",
    planned=True,
    period="2024",
    category="tech_market",
)
R(
    d,
    "不少于3个",
    "不少于3个",
    3,
    "个",
    "level",
    "新建省级以上创新平台",
    qualifier="at_least",
    planned=True,
    period="2024",
    category="rd_institution",
)

# ---------------------------------------------------------------- t03
d = doc("t03_xiangyang-tongjiju-guishang-rd.txt", "襄阳市", "2022", "rd_expenditure")
RDE = ["有R&D活动的企业", "规模以上工业企业中有R&D活动的企业"]
RDS = ["有R&D活动的企业占全部规模以上工业企业", "有R&D活动的企业占比"]
R(d, "企业1126家", "1126家", 1126, "家", "level", RDE, category=["rd_expenditure", "enterprise", "other"])
R(d, "的38.7%", "38.7%", 38.7, "%", "share", RDS, category=["rd_expenditure", "enterprise", "other"])
R(d, "提高2.9个百分点", "2.9个百分点", 2.9, "百分点", "growth", RDS, category=["rd_expenditure", "enterprise", "other"])
R(d, "经费131.62亿元", "131.62亿元", V("131.62", "亿"), "元", "level", "R&D经费")
R(d, "增加13.46亿元", "13.46亿元", V("13.46", "亿"), "元", ["growth", "level"], "R&D经费")
R(d, "增长11.4%", "11.4%", 11.4, "%", "growth", "R&D经费")
R(d, "为1.84%", "1.84%", 1.84, "%", "share", "R&D经费投入强度")
R(d, "提高0.06个百分点", "0.06个百分点", 0.06, "百分点", "growth", "R&D经费投入强度")
R(
    d,
    "当量2.41万人年",
    "2.41万人年",
    V("2.41", "万"),
    "人年",
    "level",
    "R&D人员折合全时当量",
    category=["rd_expenditure", "talent"],
)
R(d, "增长6.8%", "6.8%", 6.8, "%", "growth", "R&D人员折合全时当量", category=["rd_expenditure", "talent"])
R(
    d,
    "有3个",
    "3个",
    3,
    "个",
    "level",
    ["R&D经费超过10亿元的行业大类", "行业大类"],
    category=["rd_expenditure", "other"],
)
R(
    d,
    "的71.6%",
    "71.6%",
    71.6,
    "%",
    "share",
    ["合计占全市规上工业企业R&D经费", "R&D经费超过10亿元的行业大类占全市规上工业企业R&D经费"],
)
R(
    d,
    "0.62个百分点",
    "0.62个百分点",
    0.62,
    "百分点",
    ["growth", "level"],
    ["汽车制造业投入强度", "汽车制造业R&D经费投入强度", "投入强度"],
)
ROWS = [
    ("汽车制造业", "68.35", "9.7", "11842", "2.46"),
    ("电气机械和器材制造业", "14.02", "18.3", "3215", "2.11"),
    ("化学原料和化学制品制造业", "11.87", "-4.2", "2674", "1.35"),
    ("农副食品加工业", "5.46", "12.8", "1389", "0.52"),
    ("医药制造业", "3.93", "25.1", "1107", "2.87"),
]
for ind, fee, gr, ppl, inten in ROWS:
    row = f"{ind} | {fee} | {gr} | {ppl} | {inten}"
    R(d, row, fee, V(fee, "亿"), "元", "level", [f"{ind}R&D经费", "R&D经费"])
    R(d, row, gr, V(gr), "%", "growth", [f"{ind}R&D经费", "R&D经费"])
    R(d, row, ppl, V(ppl), "人", "level", [f"{ind}R&D人员", "R&D人员"], category=["talent", "rd_expenditure"])
    R(d, row, inten, V(inten), "%", "share", [f"{ind}投入强度", f"{ind}R&D经费投入强度", "投入强度", "R&D经费投入强度"])

# ---------------------------------------------------------------- t04
d = doc("t04_weifang-gaoxinqu-zonghepingjia.txt", ["潍坊高新技术产业开发区", "潍坊高新区"], "2022", "other")
ZH = ["国家高新区综合评价", "综合评价", "综合排名"]
R(d, "跃升至第27位", "第27位", 27, "位", "rank", ZH)
R(d, "全国178家", "178家", 178, "家", "level", "国家高新区", region="全国")
R(d, "中位列第27位", "第27位", 27, "位", "rank", ZH)
R(d, "提升5位", "5位", 5, "位", ["growth", "rank"], ZH)
R(d, "前30位", "前30位", 30, "位", "rank", ZH, qualifier=["at_most", None], period=["2022", "2020/2022"])
R(d, "山东省13家", "13家", 13, "家", "level", "国家高新区", region="山东省")
R(d, "位居第3位", "第3位", 3, "位", "rank", ZH)
R(d, "全国第19位", "第19位", 19, "位", "rank", "创新能力和创业活跃度")
R(d, "第31位", "第31位", 31, "位", "rank", "结构优化和产业价值链")
R(d, "第12位", "第12位", 12, "位", "rank", "绿色发展和宜居包容性")
R(d, "第44位", "第44位", 44, "位", "rank", "开放创新和国际竞争力")
R(d, "第25位", "第25位", 25, "位", "rank", "综合质效和持续创新力")
R(
    d,
    "前15位",
    "前15位",
    15,
    "位",
    "rank",
    "绿色发展和宜居包容性",
    qualifier=["at_most", None],
    period=["2022", "2021/2022"],
)
R(d, "达到4.8%", "4.8%", 4.8, "%", "share", "企业研发经费投入占营业收入比重", category="rd_expenditure")
R(
    d,
    "0.7个百分点",
    "0.7个百分点",
    0.7,
    "百分点",
    ["growth", "level"],
    "企业研发经费投入占营业收入比重",
    category="rd_expenditure",
)
R(d, "达到612家", "612家", 612, "家", "level", "高新技术企业", category="high_tech_enterprise")
R(d, "61.3%", "61.3%", 61.3, "%", "share", "高新技术企业占全区规模以上工业企业", category="high_tech_enterprise")
R(d, "为78.6%", "78.6%", 78.6, "%", "share", "高新技术产业产值占规模以上工业总产值比重", category="high_tech_industry")
R(d, "高新区第二", "第二", 2, "位", "rank", "高新技术产业产值占规模以上工业总产值比重", category="high_tech_industry")
R(d, "专利312件", "312件", 312, "件", "level", "每万名从业人员拥有发明专利", category="patent")
R(d, "1.3倍", "1.3倍", 1.3, "倍", ["level", "share"], "每万名从业人员拥有发明专利", category="patent")
R(d, "52.4%", "52.4%", 52.4, "%", "share", "大专以上学历人员占比", category="talent")
R(d, "7.9%", "7.9%", 7.9, "%", "share", "硕士及以上学历人员占比", category="talent")
R(d, "1083家", "1083家", 1083, "家", "level", "入库科技型中小企业", category="tech_sme")
R(
    d,
    "超过三成",
    "超过三成",
    30,
    "%",
    "share",
    ["入库科技型中小企业在全市占比", "在全市占比"],
    qualifier="more_than",
    category="tech_sme",
)
XJR = "国家级专精特新“小巨人”企业"
R(d, "企业9家", "9家", 9, "家", "level", "新增" + XJR, category=["enterprise", "other"])
R(d, "总数达到31家", "31家", 31, "家", "level", [XJR, XJR + "总数", "总数"], category=["enterprise", "other"])
R(
    d,
    "四分之一",
    "四分之一",
    25,
    "%",
    "share",
    ["占全市总数", XJR + "占全市总数"],
    qualifier=["about", None],
    category=["enterprise", "other"],
)
R(
    d,
    "前20位",
    "前20位",
    20,
    "位",
    "rank",
    ["综合排名", "国家高新区综合评价"],
    qualifier=["at_most", None],
    planned=True,
    period="2025",
)

# ---------------------------------------------------------------- t05
d = doc("t05_chengdu-kejixingzhongxiao-gongshi.txt", "成都市", "2024", "tech_sme")
NJ = ["本批次拟入库企业", "拟入库企业", "拟入库科技型中小企业"]
# 拟入库 = proposed for entry: planned (records.md lists 拟; seed: 拟认定…120家 is planned)
R(d, "共2876家", "2876家", 2876, "家", "level", ["第二批拟入库科技型中小企业", "拟入库科技型中小企业"], planned=True)
R(d, "另有112家", "112家", 112, "家", "level", ["未予入库企业", "不符合评价条件未予入库"])
GXQ = ["成都高新区", "成都高新技术产业开发区"]
for place, n in [
    ("成都高新区", 1012),
    ("武侯区", 318),
    ("锦江区", 96),
    ("青羊区", 132),
    ("金牛区", 187),
    ("成华区", 156),
    ("龙泉驿区", 164),
    ("新都区", 221),
    ("温江区", 98),
    ("双流区", 205),
    ("郫都区", 143),
    ("新津区", 67),
    ("简阳市", 41),
]:
    reg = GXQ if place == "成都高新区" else [place, "成都市" + place]
    R(d, f"{place}{n}家", f"{n}家", n, "家", "level", NJ, region=reg, planned=True)
R(d, "合计36家", "36家", 36, "家", "level", NJ, region=None, planned=True)
R(
    d,
    "35.2%",
    "35.2%",
    35.2,
    "%",
    "share",
    ["成都高新区拟入库企业占本批次总数", "拟入库企业占本批次总数"],
    region=GXQ,
    planned=True,
)
R(
    d,
    "增长42.3%",
    "42.3%",
    42.3,
    "%",
    "growth",
    ["拟入库企业数量", "新津区拟入库企业数量"],
    region=["新津区", "成都市新津区"],
    planned=True,
)
R(
    d,
    "和37.8%",
    "37.8%",
    37.8,
    "%",
    "growth",
    ["拟入库企业数量", "简阳市拟入库企业数量"],
    region=["简阳市", "成都市简阳市"],
    planned=True,
)
R(
    d,
    "已入库的12547家",
    "12547家",
    12547,
    "家",
    "level",
    ["第一批已入库", "第一批入库科技型中小企业", "第一批已入库科技型中小企业"],
)
R(d, "中小企业15423家", "15423家", 15423, "家", "level", "累计入库科技型中小企业")
R(d, "增长19.6%", "19.6%", 19.6, "%", "growth", "累计入库科技型中小企业")
R(d, "第3位", "第3位", 3, "位", "rank", ["入库数量", "累计入库科技型中小企业入库数量", "累计入库科技型中小企业"])

# ---------------------------------------------------------------- t06
d = doc("t06_nanping-kejitepaiyuan-xiangcun.txt", "南平市", "2023", "talent")
TO = ["talent", "other"]
JY = ["建阳区", "南平市建阳区"]
ZH6 = ["政和县", "南平市政和县"]
R(
    d,
    "二千一百余名",
    "二千一百余名",
    2100,
    "名",
    "level",
    ["选派各级科技特派员", "各级科技特派员"],
    qualifier="more_than",
)
R(d, "百分之八点六", "百分之八点六", 8.6, "%", "growth", ["选派各级科技特派员", "各级科技特派员"])
R(d, "六百八十名", "六百八十名", 680, "名", "level", "省级科技特派员")
R(d, "九百名", "九百名", 900, "名", "level", ["市级科技特派员", "市级"])
R(d, "五百二十余名", "五百二十余名", 520, "名", "level", ["县级科技特派员", "县级"], qualifier="more_than")
R(
    d,
    "百分之四十二",
    "百分之四十二",
    42,
    "%",
    "share",
    ["具有高级职称的", "具有高级职称的科技特派员占比", "具有高级职称的占比"],
)
R(
    d,
    "一千三百多场次",
    "一千三百多场次",
    1300,
    "场次",
    "level",
    ["开展技术培训", "技术培训"],
    qualifier="more_than",
    category=TO,
)
R(d, "约六万人次", "约六万人次", 60000, "人次", "level", "培训农民", qualifier="about", category=TO)
R(d, "四百五十项", "四百五十项", 450, "项", "level", "推广新品种、新技术", category=TO + ["tech_market"])
R(d, "近两千个", "近两千个", 2000, "个", "level", "帮助解决生产难题", qualifier="nearly", category=TO)
R(d, "约九成", "约九成", 90, "%", "share", ["服务覆盖全市行政村", "服务覆盖行政村"], qualifier="about", category=TO)
R(d, "一万二千户", "一万二千户", 12000, "户", "level", "服务农户", region=JY, category=TO)
R(
    d,
    "约一点二亿元",
    "约一点二亿元",
    V("1.2", "亿"),
    "元",
    "level",
    "带动农民增收",
    qualifier="about",
    region=JY,
    category=["economy", "talent", "other"],
)
R(
    d,
    "三百余家",
    "三百余家",
    300,
    "家",
    "level",
    "领办创办经济实体",
    qualifier="more_than",
    category=["enterprise", "talent"],
)
R(
    d,
    "四十七家",
    "四十七家",
    47,
    "家",
    "level",
    ["年产值超千万元的经济实体", "年产值超千万元的"],
    category=["enterprise", "talent"],
)
R(d, "一千一百多个", "一千一百多个", 1100, "个", "level", "与农户结成利益共同体", qualifier="more_than", category=TO)
R(d, "近两万人", "近两万人", 20000, "人", "level", "带动就业", qualifier="nearly", category=TO + ["economy"])
R(d, "新品系三个", "三个", 3, "个", "level", "选育新品系", region=ZH6, category=TO)
R(d, "一成五", "一成五", 15, "%", "growth", ["茶园亩均收入", "亩均收入"], region=ZH6, category=["economy", "other"])
R(d, "一百二十个", "一百二十个", 120, "个", "level", "科技特派员工作站", category=["talent", "rd_institution"])
R(d, "三十八家", "三十八家", 38, "家", "level", "星创天地", category="incubator")
R(d, "星创天地十一家", "十一家", 11, "家", "level", "国家级星创天地", category="incubator")
R(
    d,
    "二千三百万元",
    "二千三百万元",
    V("2300", "万"),
    "元",
    "level",
    "省级科技特派员后补助资金",
    category=["funding", "talent"],
)
R(
    d,
    "约一千五百万元",
    "约一千五百万元",
    V("1500", "万"),
    "元",
    "level",
    "市县两级配套资金",
    qualifier="about",
    category=["funding", "talent"],
)
R(
    d,
    "三百名以上",
    "三百名以上",
    300,
    "名",
    "level",
    "新增科技特派员",
    qualifier="at_least",
    planned=True,
    period="2024",
)
R(d, "百分之百", "百分之百", 100, "%", "share", "乡镇科技特派员服务覆盖率", planned=True, period="2024")

# ---------------------------------------------------------------- t07
d = doc("t07_linping-chuangxinquan-zhengce.txt", ["临平区", "杭州市临平区"], "2023", "innovation_voucher")
IVF = ["innovation_voucher", "funding"]
IVE = ["innovation_voucher", "enterprise"]
R(d, "费用的50%", "50%", 50, "%", ["level", "share"], ["抵扣比例", "创新券抵扣比例"], period=None)
R(d, "提高到70%", "70%", 70, "%", ["level", "share"], ["抵扣比例", "创新券抵扣比例"], period=None)
R(
    d,
    "不超过30万元",
    "不超过30万元",
    V("30", "万"),
    "元",
    "level",
    ["单家企业每年使用创新券", "单家企业每年使用创新券上限", "额度上限"],
    qualifier="at_most",
    period=None,
)
R(
    d,
    "不超过10万元",
    "不超过10万元",
    V("10", "万"),
    "元",
    "level",
    ["创业团队每年使用创新券", "创业团队每年", "额度上限"],
    qualifier="at_most",
    period=None,
)
R(
    d,
    "补助5万元",
    "5万元",
    V("5", "万"),
    "元",
    "level",
    ["单笔合同最高补助", "单笔合同补助"],
    qualifier=["at_most", None],
    period=None,
    category=IVF,
)
R(
    d,
    "最高2万元",
    "2万元",
    V("2", "万"),
    "元",
    "level",
    ["首用奖励", "首次使用创新券奖励", "奖励"],
    qualifier=["at_most", None],
    period=None,
    category=IVF,
)
R(d, "创新券4263万元", "4263万元", V("4263", "万"), "元", "level", "发放创新券")
R(d, "增长26.8%", "26.8%", 26.8, "%", "growth", "发放创新券")
R(d, "2917.6万元", "2917.6万元", V("2917.6", "万"), "元", "level", ["实际兑现创新券", "兑现创新券"])
R(d, "兑现率68.4%", "68.4%", 68.4, "%", ["share", "level"], "兑现率")
R(d, "5.2个百分点", "5.2个百分点", 5.2, "百分点", "growth", "兑现率")
R(d, "1187家", "1187家", 1187, "家", "level", ["使用创新券企业", "企业使用创新券", "使用创新券"], category=IVE)
R(d, "436家", "436家", 436, "家", "level", "首次使用企业", category=IVE)
R(d, "占36.7%", "36.7%", 36.7, "%", "share", ["首次使用企业占比", "首次使用企业"], category=IVE)
R(d, "312家", "312家", 312, "家", "level", "入库服务机构", category=["innovation_voucher", "other"])
R(d, "新增58家", "58家", 58, "家", ["growth", "level"], "入库服务机构", category=["innovation_voucher", "other"])
R(d, "1326.4万元", "1326.4万元", V("1326.4", "万"), "元", "level", ["检验检测类兑现", "检验检测类"])
R(d, "45.5%", "45.5%", 45.5, "%", "share", ["检验检测类兑现占比", "检验检测类"])
R(d, "861.2万元", "861.2万元", V("861.2", "万"), "元", "level", ["研发设计类兑现", "研发设计类"])
R(d, "730.0万元", "730.0万元", V("730", "万"), "元", "level", ["技术查新等其他类兑现", "其他类兑现"])
R(d, "384万元", "384万元", V("384", "万"), "元", "level", ["企业在上海、江苏、安徽等地使用创新券", "使用创新券"])
R(d, "2.1倍", "2.1倍", 2.1, "倍", ["growth", "level"], ["企业在上海、江苏、安徽等地使用创新券", "使用创新券"])
R(d, "位居第二", "第二", 2, "位", "rank", "创新券兑现金额")
R(
    d,
    "资金5000万元",
    "5000万元",
    V("5000", "万"),
    "元",
    "level",
    "创新券资金",
    planned=True,
    period="2024",
    category=IVF,
)
R(
    d,
    "1500家以上",
    "1500家以上",
    1500,
    "家",
    "level",
    "惠及企业",
    qualifier="at_least",
    planned=True,
    period="2024",
    category=IVE,
)
R(
    d,
    "由30万元",
    "30万元",
    V("30", "万"),
    "元",
    "level",
    ["单家企业年度使用上限", "年度使用上限"],
    planned=[True, False],
    period="2024",
)
R(
    d,
    "提高至50万元",
    "50万元",
    V("50", "万"),
    "元",
    "level",
    ["单家企业年度使用上限", "年度使用上限"],
    planned=True,
    period="2024",
)

# ---------------------------------------------------------------- t08
d = doc("t08_changzhutan-zichuangqu-zongshu.txt", ["长株潭国家自主创新示范区", "长株潭"], "2023", "high_tech_industry")
HT = "高新技术产业增加值"
CS = ["长沙片区", "长沙市", "长沙"]
ZZ = ["株洲片区", "株洲市", "株洲"]
XT = ["湘潭片区", "湘潭市", "湘潭"]
R(d, "2.87万亿元", "2.87万亿元", V("2.87", "万亿"), "元", "level", "技工贸总收入", category="economy")
R(d, "增长8.9%", "8.9%", 8.9, "%", "growth", "技工贸总收入", category="economy")
R(d, "5342.6亿元", "5342.6亿元", V("5342.6", "亿"), "元", "level", HT)
R(d, "增长7.6%", "7.6%", 7.6, "%", "growth", HT)
R(d, "1.8个百分点", "1.8个百分点", 1.8, "百分点", ["growth", "level"], [HT + "增速", HT])
R(d, "29.3%", "29.3%", 29.3, "%", "share", HT + "占长株潭三市地区生产总值的比重")
R(
    d,
    "突破650亿元",
    "650亿元",
    V("650", "亿"),
    "元",
    "level",
    "全社会研发经费投入",
    qualifier=["more_than", None],
    category="rd_expenditure",
)
R(d, "3.42%", "3.42%", 3.42, "%", "share", "研发投入强度", category="rd_expenditure")
R(d, "0.15个百分点", "0.15个百分点", 0.15, "百分点", "growth", "研发投入强度", category="rd_expenditure")
R(d, "9874家", "9874家", 9874, "家", "level", "高新技术企业", category="high_tech_enterprise")
R(
    d,
    "2.6倍",
    "2.6倍",
    2.6,
    "倍",
    ["growth", "level"],
    "高新技术企业",
    period=["2023", "2018/2023"],
    category="high_tech_enterprise",
)
R(d, "11260家", "11260家", 11260, "家", "level", "入库科技型中小企业", category="tech_sme")
R(d, "增长14.3%", "14.3%", 14.3, "%", "growth", "入库科技型中小企业", category="tech_sme")
R(d, "下降3.7%", "3.7%", -3.7, "%", "growth", "规模以上工业企业利润总额", category="economy")
R(
    d,
    "回升2.4个百分点",
    "2.4个百分点",
    2.4,
    "百分点",
    "growth",
    ["规模以上工业企业利润总额增速", "增速"],
    period=["2023", "2023-01/2023-06"],
    category="economy",
)
R(d, "2.13万项", "2.13万项", V("2.13", "万"), "项", "level", ["登记技术合同", "技术合同"], category="tech_market")
R(d, "1286.7亿元", "1286.7亿元", V("1286.7", "亿"), "元", "level", ["技术合同成交额", "成交额"], category="tech_market")
R(d, "增长32.5%", "32.5%", 32.5, "%", "growth", ["技术合同成交额", "成交额"], category="tech_market")
R(
    d,
    "214.5亿元",
    "214.5亿元",
    V("214.5", "亿"),
    "元",
    "level",
    ["12月单月成交额", "单月成交额", "成交额"],
    period="2023-12",
    category="tech_market",
)
R(
    d,
    "41.2%",
    "41.2%",
    41.2,
    "%",
    "growth",
    ["12月单月成交额", "单月成交额", "成交额"],
    period="2023-12",
    category="tech_market",
)
R(d, "3478.2亿元", "3478.2亿元", V("3478.2", "亿"), "元", "level", HT, region=CS)
R(d, "增长8.3%", "8.3%", 8.3, "%", "growth", HT, region=CS)
R(d, "1092.5亿元", "1092.5亿元", V("1092.5", "亿"), "元", "level", HT, region=ZZ)
R(d, "增长6.1%", "6.1%", 6.1, "%", "growth", HT, region=ZZ)
R(
    d,
    "突破1000亿元",
    "1000亿元",
    V("1000", "亿"),
    "元",
    "level",
    "轨道交通装备产业产值",
    qualifier=["more_than", None],
    region=ZZ,
    category=["economy", "high_tech_industry"],
)
R(d, "771.9亿元", "771.9亿元", V("771.9", "亿"), "元", "level", HT, region=XT)
R(d, "增长5.4%", "5.4%", 5.4, "%", "growth", HT, region=XT)
R(d, "回落1.2个百分点", "1.2个百分点", -1.2, "百分点", "growth", [HT + "增速", "增速"], region=XT)
R(d, "21.6亿美元", "21.6亿美元", V("21.6", "亿"), "美元", "level", "实际使用外资", category="economy")
R(d, "下降9.8%", "9.8%", -9.8, "%", "growth", "实际使用外资", category="economy")
R(
    d,
    "718.4亿元",
    "718.4亿元",
    V("718.4", "亿"),
    "元",
    "level",
    "高新技术产品出口额",
    category=["high_tech_industry", "economy"],
)
R(d, "增长-2.3%", "-2.3%", -2.3, "%", "growth", "高新技术产品出口额", category=["high_tech_industry", "economy"])
R(d, "8%左右", "8%左右", 8, "%", "growth", HT, qualifier="about", planned=True, period="2024")
R(
    d,
    "3.5%以上",
    "3.5%以上",
    3.5,
    "%",
    "share",
    "研发投入强度",
    qualifier="at_least",
    planned=True,
    period="2024",
    category="rd_expenditure",
)


def build():
    out = []
    for name, spec in DOCS.items():
        text = (HERE / name).read_text(encoding="utf-8")
        seen = set()
        for r in spec["recs"]:
            a, fig = r["anchor"], r["fig"]
            n = text.count(a)
            if n != 1:
                sys.exit(f"{name}: anchor {a!r} occurs {n} times")
            i = text.index(a)
            j = a.index(fig)
            start = i + j
            end = start + len(fig)
            if (start, end) in seen:
                sys.exit(f"{name}: duplicate span {fig!r}")
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
                }
            )
    out.sort(key=lambda g: (g["doc"], g["start"]))
    return out


if __name__ == "__main__":
    for g in build():
        print(json.dumps(g, ensure_ascii=False))
