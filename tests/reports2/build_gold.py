#!/usr/bin/env python3
"""Build tests/reports2/gold.jsonl from the hand annotations below.

    python3 tests/reports2/build_gold.py        # rewrites gold.jsonl next to this file

Each annotation names its figure by a context string in which the figure is
wrapped in 【 】; the context (without the brackets) must occur exactly once in
the document, so offsets are computed, never typed by hand.  The attributes
(value, unit, kind, ...) are written by hand.  Run
`python3 tests/check_gold.py tests/reports2` afterwards.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDS = []
_doc = {}


def doc(name, **defaults):
    """Start the annotations of one document; defaults apply to its records."""
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    _doc.clear()
    _doc.update(name=name, text=text, defaults=defaults)


def R(ctx, value, unit, kind, indicator, category, **kw):
    text = _doc["text"]
    if ctx.count("【") != 1 or ctx.count("】") != 1:
        sys.exit(f"{_doc['name']}: context needs one 【…】: {ctx!r}")
    plain = ctx.replace("【", "").replace("】", "")
    n = text.count(plain)
    if n != 1:
        sys.exit(f"{_doc['name']}: context occurs {n} times: {ctx!r}")
    start = text.index(plain) + ctx.index("【")
    fig = ctx[ctx.index("【") + 1 : ctx.index("】")]
    rec = {
        "doc": _doc["name"],
        "start": start,
        "end": start + len(fig),
        "text": fig,
        "value": value,
        "value_max": kw.pop("value_max", None),
        "unit": unit,
        "qualifier": None,
        "kind": kind,
        "planned": None,
        "region": None,
        "period": None,
        "indicator": indicator,
        "category": category,
    }
    for k, v in _doc["defaults"].items():
        rec[k] = v
    for k, v in kw.items():
        if k not in rec:
            sys.exit(f"unknown field {k}")
        rec[k] = v
    RECORDS.append(rec)


Y = 10**8  # 亿
W = 10**4  # 万
T = True

# ---------------------------------------------------------------- s01
doc("s01_jiangxi_kejiting_2023_zongjie.txt", region="江西省", period="2023")
R("在全国排名【第16位】", 16, "位", "rank", "综合科技创新水平指数", "other")
R("经费支出达到【558.2亿元】", 558.2 * Y, "元", "level", "研究与试验发展（R&D）经费支出", "rd_expenditure")
R("同比增长【11.6%】", 11.6, "%", "growth", "研究与试验发展（R&D）经费支出", "rd_expenditure")
R("投入强度为【1.75%】", 1.75, "%", "share", "R&D经费投入强度", "rd_expenditure")
R("比上年提高【0.08个百分点】", 0.08, "百分点", "growth", "R&D经费投入强度", "rd_expenditure")
R("研发费用【412.6亿元】", 412.6 * Y, "元", "level", "规模以上工业企业研发费用", "rd_expenditure")
R("的比重为【73.9%】", 73.9, "%", "share", "规模以上工业企业研发费用占全省R&D经费支出的比重", "rd_expenditure")
R("科技支出【86.3亿元】", 86.3 * Y, "元", "level", "省级财政科技支出", ["funding", "other", "economy"])
R("增长【9.1%】", 9.1, "%", "growth", "省级财政科技支出", ["funding", "other", "economy"])
R("高新技术企业达到【7320家】", 7320, "家", "level", "高新技术企业", "high_tech_enterprise")
R("净增【1046家】", 1046, "家", "level", "净增高新技术企业", "high_tech_enterprise")
R("中部地区【第4位】", 4, "位", "rank", ["高新技术企业总量", "总量"], "high_tech_enterprise")
R("科技型中小企业【13865家】", 13865, "家", "level", "入库科技型中小企业", "tech_sme")
R("增长【21.4%】", 21.4, "%", "growth", "入库科技型中小企业", "tech_sme")
R("孵化器【11家】", 11, "家", "level", "新认定省级科技企业孵化器", "incubator")
R("众创空间【23家】", 23, "家", "level", ["新认定省级众创空间", "众创空间"], "incubator")
R("技术合同【12470项】", 12470, "项", "level", "登记技术合同", "tech_market")
R("成交额达到【936.5亿元】", 936.5 * Y, "元", "level", "技术合同成交额", "tech_market")
R("同比增长【41.2%】", 41.2, "%", "growth", "技术合同成交额", "tech_market")
R("吸纳省外技术成交额【318.4亿元】", 318.4 * Y, "元", "level", "吸纳省外技术成交额", "tech_market")
R("专利授权【6.84万件】", 6.84 * W, "件", "level", "专利授权", "patent")
R("发明专利授权【9127件】", 9127, "件", "level", "发明专利授权", "patent")
R("拥有量达到【3.62件】", 3.62, "件", ["level", "share"], "每万人口高价值发明专利拥有量", "patent")
R("全国重点实验室【2家】", 2, "家", "level", "新获批全国重点实验室", "rd_institution")
R("累计达到【8家】", 8, "家", "level", ["全国重点实验室", "累计"], "rd_institution")
R("省重点实验室【35家】", 35, "家", "level", "新建省重点实验室", "rd_institution")
R("技术创新中心【12家】", 12, "家", "level", ["省技术创新中心", "新建省技术创新中心"], "rd_institution")
R(
    "科研团队【27个】",
    27,
    "个",
    "level",
    ["新引进科研团队", "中国科学院赣江创新研究院新引进科研团队"],
    ["talent", "rd_institution"],
)
R("科研人员【680余人】", 680, "人", "level", "集聚科研人员", "talent", qualifier="more_than")
R("研发专项【46项】", 46, "项", "level", "省重大科技研发专项", "project")
R("财政资金【5.2亿元】", 5.2 * Y, "元", "level", "安排省级财政资金", ["funding", "project"])
R("企业投入【21.7亿元】", 21.7 * Y, "元", "level", "带动企业投入", ["investment", "project", "rd_expenditure"])
R("核心技术【63项】", 63, "项", "level", "突破关键核心技术", ["project", "other"])
R("科技特派团【184个】", 184, "个", "level", "选派省级科技特派团", "talent")
R(
    "合作社【1500余家】",
    1500,
    "家",
    "level",
    "服务企业和农民专业合作社",
    ["talent", "enterprise", "other"],
    qualifier="more_than",
)
R("科技创新人才【312名】", 312, "名", "level", "引进和培育“双千计划”科技创新人才", "talent")
R(
    "增长【12%以上】",
    12,
    "%",
    "growth",
    "全社会R&D经费投入",
    "rd_expenditure",
    qualifier="at_least",
    planned=T,
    period="2024",
)
R(
    "高新技术企业【突破8000家】",
    8000,
    "家",
    "level",
    "高新技术企业",
    "high_tech_enterprise",
    qualifier=["more_than", None],
    planned=T,
    period="2024",
)
R("成交额达到【1000亿元】", 1000 * Y, "元", "level", "技术合同成交额", "tech_market", planned=T, period="2024")

# ---------------------------------------------------------------- s02
YE = ["2023", "2023-12"]
doc("s02_liuzhou_tongjigongbao_2023_keji.txt", region="柳州市", period="2023")
R("经费支出【98.47亿元】[1]", 98.47 * Y, "元", "level", "研究与试验发展（R&D）经费支出", "rd_expenditure")
R("比上年增长【6.3%】", 6.3, "%", "growth", "研究与试验发展（R&D）经费支出", "rd_expenditure")
R(
    "之比为【2.93%】",
    2.93,
    "%",
    "share",
    ["研究与试验发展（R&D）经费支出与地区生产总值之比", "R&D经费投入强度"],
    "rd_expenditure",
)
R("企业R&D经费支出【89.12亿元】", 89.12 * Y, "元", "level", "企业R&D经费支出", "rd_expenditure")
R("增长【6.8%】", 6.8, "%", "growth", "企业R&D经费支出", "rd_expenditure")
R("经费支出的【90.5%】", 90.5, "%", "share", "企业R&D经费支出占全市R&D经费支出", "rd_expenditure")
R(
    "企业占比为【41.6%】",
    41.6,
    "%",
    "share",
    "规模以上工业企业中有研发活动的企业占比",
    ["rd_expenditure", "other", "enterprise"],
)
R("科学技术支出【12.86亿元】", 12.86 * Y, "元", "level", "一般公共预算科学技术支出", ["funding", "other", "economy"])
R("增长【10.4%】", 10.4, "%", "growth", "一般公共预算科学技术支出", ["funding", "other", "economy"])
R("专利授权量【8126件】", 8126, "件", "level", "专利授权量", "patent")
R("比上年下降【4.7%】", -4.7, "%", "growth", "专利授权量", "patent")
R("发明专利授权【1893件】", 1893, "件", "level", "发明专利授权", "patent")
R("增长【18.2%】", 18.2, "%", "growth", "发明专利授权", "patent")
R("有效发明专利【10358件】", 10358, "件", "level", "有效发明专利", "patent", period=YE)
R("增长【15.5%】", 15.5, "%", "growth", "有效发明专利", "patent", period=YE)
R("拥有量【24.95件】", 24.95, "件", ["level", "share"], "每万人口发明专利拥有量", "patent", period=YE)
R("比上年末增加【3.3件】", 3.3, "件", ["growth", "level"], "每万人口发明专利拥有量", "patent", period=YE)
R("专利申请【46件】[2]", 46, "件", "level", "PCT国际专利申请", "patent")
R("技术合同【2156项】", 2156, "项", "level", "签订技术合同", "tech_market")
R("成交额【71.36亿元】", 71.36 * Y, "元", "level", "技术合同成交额", "tech_market")
R("增长【27.9%】", 27.9, "%", "growth", "技术合同成交额", "tech_market")
R("技术开发合同成交额【38.02亿元】", 38.02 * Y, "元", "level", "技术开发合同成交额", "tech_market")
R("技术服务合同成交额【26.51亿元】", 26.51 * Y, "元", "level", "技术服务合同成交额", "tech_market")
R("科技成果【187项】", 187, "项", "level", "登记自治区级以上科技成果", ["tech_market", "other"])
R("科学技术奖【39项】", 39, "项", "level", "获自治区科学技术奖", "other")
R("一等奖【5项】", 5, "项", "level", ["一等奖", "获自治区科学技术奖一等奖"], "other")
R("高新技术企业【1162家】", 1162, "家", "level", "有效期内高新技术企业", "high_tech_enterprise", period=YE)
R("比上年末增加【143家】", 143, "家", ["growth", "level"], "有效期内高新技术企业", "high_tech_enterprise", period=YE)
R("科技型中小企业【1587家】", 1587, "家", "level", "入库科技型中小企业", "tech_sme", period=YE)
R("比上年增长【8.4%】", 8.4, "%", "growth", "规模以上工业高新技术产业产值", "high_tech_industry")
R("比重为【42.7%】", 42.7, "%", "share", "规模以上工业高新技术产业产值占规模以上工业总产值的比重", "high_tech_industry")
R("国家级研发平台【17个】", 17, "个", "level", "国家级研发平台", "rd_institution", period=YE)
R("国家重点实验室【2个】", 2, "个", "level", "国家重点实验室", "rd_institution", period=YE)
R("国家企业技术中心【9家】", 9, "家", "level", "国家企业技术中心", "rd_institution", period=YE)
R("自治区级研发平台【426个】", 426, "个", "level", "自治区级研发平台", "rd_institution", period=YE)
R("自治区重点实验室【38个】", 38, "个", "level", "自治区重点实验室", "rd_institution", period=YE)
R("工程技术研究中心【121个】", 121, "个", "level", "自治区工程技术研究中心", "rd_institution", period=YE)
R("孵化器【4家】", 4, "家", "level", "国家级科技企业孵化器", "incubator", period=YE)
R("众创空间【6家】", 6, "家", "level", "国家备案众创空间", "incubator", period=YE)
R("专业技术人员【21.4万人】", 21.4 * W, "人", "level", "各类专业技术人员", "talent", period=YE)

# ---------------------------------------------------------------- s03
doc("s03_shuyang_xian_xinwen_2024.txt", region=["沭阳县", "宿迁市沭阳县", "江苏省宿迁市沭阳县"], period="2023")
R(
    "研发投入【超过2000万元】",
    2000 * W,
    "元",
    "level",
    ["企业研发投入", "研发投入"],
    "rd_expenditure",
    qualifier="more_than",
)
R("增长了【三成】", 30, "%", "growth", "新产品销售收入", "economy")
R("研发投入达到【28.6亿元】", 28.6 * Y, "元", "level", "全社会研发投入", "rd_expenditure")
R("提升至【2.15%】", 2.15, "%", "share", "研发投入强度", "rd_expenditure")
R("高新技术企业【96家】", 96, "家", "level", "新增高新技术企业", "high_tech_enterprise")
R("总数达到【412家】", 412, "家", "level", "高新技术企业总数", "high_tech_enterprise", period=YE)
R("位列全市【第一】", 1, "位", "rank", ["高新技术企业总数", "高新技术企业"], "high_tech_enterprise")
R("入库评价【786家】", 786, "家", "level", "科技型中小企业入库评价", "tech_sme")
R("同比增长【24.5%】", 24.5, "%", "growth", "科技型中小企业入库评价", "tech_sme")
R("工程技术研究中心【14家】", 14, "家", "level", "新建省级工程技术研究中心", "rd_institution")
R("众创空间【5家】", 5, "家", "level", "新增市级以上科技企业孵化器和众创空间", "incubator")
R("研发机构【203家】", 203, "家", "level", "累计建成省级以上研发机构", "rd_institution", period=YE)
R("比重达到【46.3%】", 46.3, "%", "share", "高新技术产业产值占规上工业产值比重", "high_tech_industry")
R("提高【2.1个百分点】", 2.1, "百分点", "growth", "高新技术产业产值占规上工业产值比重", "high_tech_industry")
R("高层次人才【1260余人】", 1260, "人", "level", "累计引进各类高层次人才", "talent", qualifier="more_than", period=None)
R("“双创计划”【23人】", 23, "人", "level", "入选省“双创计划”", "talent", period=None)
R("科技副总【81名】", 81, "名", "level", "选聘企业科技副总", "talent", period=None)
R(
    "技术难题【300多项】",
    300,
    "项",
    "level",
    "帮助企业解决技术难题",
    ["other", "project", "tech_market"],
    qualifier="more_than",
    period=None,
)
R("成交额达到【19.8亿元】", 19.8 * Y, "元", "level", "技术合同成交额", "tech_market")
R("同比增长【56%】", 56, "%", "growth", "技术合同成交额", "tech_market")
R("授权量【387件】", 387, "件", "level", "发明专利授权量", "patent")
R(
    "农业科技园区【1个】",
    1,
    "个",
    "level",
    "建成省级农业科技园区",
    ["rd_institution", "incubator", "other"],
    period=None,
)
R("新品种【120余个】", 120, "个", "level", "推广花木新品种", "other", qualifier="more_than")
R("增收【超过5亿元】", 5 * Y, "元", "level", "带动农户增收", "economy", qualifier="more_than")
R("科技型中小企业【152家】", 152, "家", "level", "新增科技型中小企业", "tech_sme", period="2024-01/2024-03")
R(
    "同比增长【18.7%】",
    18.7,
    "%",
    "growth",
    "高新技术产业投资",
    ["high_tech_industry", "investment"],
    period="2024-01/2024-03",
)
R(
    "总数【突破480家】",
    480,
    "家",
    "level",
    "高新技术企业总数",
    "high_tech_enterprise",
    qualifier=["more_than", None],
    planned=T,
    period="2024",
)
R("强度达到【2.3%】", 2.3, "%", "share", "研发投入强度", "rd_expenditure", planned=T, period="2024")

# ---------------------------------------------------------------- s04
H1 = "2024-01/2024-06"
M5 = "2024-01/2024-05"
doc("s04_chengdu_sanqu_2024h1.txt", period=H1)
CD = "成都市"
XJ = ["新津区", "成都市新津区"]
PD = ["郫都区", "成都市郫都区"]
SL = ["双流区", "成都市双流区"]
R("成交额达到【812.6亿元】", 812.6 * Y, "元", "level", "技术合同成交额", "tech_market", region=CD)
R("同比增长【18.4%】", 18.4, "%", "growth", "技术合同成交额", "tech_market", region=CD)
R("国家高新技术企业【112家】", 112, "家", "level", "申报国家高新技术企业", "high_tech_enterprise", region=XJ)
R("同比增长【31.8%】", 31.8, "%", "growth", "申报国家高新技术企业", "high_tech_enterprise", region=XJ)
R("科技型中小企业【246家】", 246, "家", "level", "新增入库科技型中小企业", "tech_sme", region=XJ)
R(
    "年度目标的【61.5%】",
    61.5,
    "%",
    ["share", "level"],
    ["完成年度目标", "新增入库科技型中小企业"],
    "tech_sme",
    region=XJ,
)
R("研发费用【7.86亿元】", 7.86 * Y, "元", "level", "规上工业企业研发费用", "rd_expenditure", region=XJ, period=M5)
R("同比增长【19.2%】", 19.2, "%", "growth", "规上工业企业研发费用", "rd_expenditure", region=XJ, period=M5)
R(
    "全市【第3位】",
    3,
    "位",
    "rank",
    ["规上工业企业研发费用增速", "规上工业企业研发费用"],
    "rd_expenditure",
    region=XJ,
    period=M5,
)
R("农业科技企业【9家】", 9, "家", "level", "新引进农业科技企业", "enterprise", region=XJ)
R("登记额【12.4亿元】", 12.4 * Y, "元", "level", "技术合同登记额", "tech_market", region=XJ)
R("技术交易额【6.7亿元】", 6.7 * Y, "元", "level", "技术交易额", "tech_market", region=XJ)
R("孵化器【1家】", 1, "家", "level", "新建市级以上科技企业孵化器", "incubator", region=XJ)
R("在孵企业达到【156家】", 156, "家", "level", "在孵企业", ["incubator", "enterprise"], region=XJ)
R("高新技术企业【638家】", 638, "家", "level", "有效高新技术企业", "high_tech_enterprise", region=PD)
R("全市【第五】", 5, "位", "rank", ["有效高新技术企业数量", "数量"], "high_tech_enterprise", region=PD)
R("新型研发机构【3家】", 3, "家", "level", "新认定市级新型研发机构", "rd_institution", region=PD)
R("累计达到【17家】", 17, "家", "level", ["市级新型研发机构", "累计"], "rd_institution", region=PD)
R(
    "转化项目【42个】",
    42,
    "个",
    "level",
    ["实现成果就地转化项目", "电子科技大学、西南交通大学等在区高校院所实现成果就地转化项目"],
    ["tech_market", "project"],
    region=PD,
)
R("转化金额【3.95亿元】", 3.95 * Y, "元", "level", "转化金额", "tech_market", region=PD)
R("营业收入【512.3亿元】", 512.3 * Y, "元", "level", "高新技术产业营业收入", "high_tech_industry", region=PD, period=M5)
R("同比增长【8.6%】", 8.6, "%", "growth", "高新技术产业营业收入", "high_tech_industry", region=PD, period=M5)
R("成交额【46.8亿元】", 46.8 * Y, "元", "level", "技术合同成交额", "tech_market", region=PD)
R("同比增长【22.7%】", 22.7, "%", "growth", "技术合同成交额", "tech_market", region=PD)
R(
    "创业团队【86个】",
    86,
    "个",
    "level",
    "新增入驻创业团队",
    ["incubator", "enterprise", "talent", "other"],
    region=PD + ["菁蓉镇"],
)
R(
    "双创活动【120余场】",
    120,
    "场",
    "level",
    "举办双创活动",
    ["other", "incubator"],
    qualifier="more_than",
    region=PD + ["菁蓉镇"],
)
R("强度达到【2.46%】", 2.46, "%", "share", "规上工业研发投入强度", "rd_expenditure", region=SL)
R("提高【0.31个百分点】", 0.31, "百分点", "growth", "规上工业研发投入强度", "rd_expenditure", region=SL)
R("科技创新平台【8个】", 8, "个", "level", "新增省级以上科技创新平台", "rd_institution", region=SL)
R("国家级【1个】", 1, "个", "level", ["国家级科技创新平台", "国家级"], "rd_institution", region=SL)
R("科技人才【1350人】", 1350, "人", "level", "引进各类科技人才", "talent", region=SL)
R("同比增长【12%】", 12, "%", "growth", "引进各类科技人才", "talent", region=SL)
R("企业研发投入【4.1亿元】", 4.1 * Y, "元", "level", "航空经济领域企业研发投入", "rd_expenditure", region=SL)
R(
    "研发投入的【近四成】",
    40,
    "%",
    "share",
    "航空经济领域企业研发投入占全区规上工业研发投入",
    "rd_expenditure",
    qualifier="nearly",
    region=SL,
)
R("扶持资金【8960万元】", 8960 * W, "元", "level", "兑现科技扶持资金", "funding", region=SL)
R("惠及企业【214家】", 214, "家", "level", "惠及企业", ["funding", "enterprise"], region=SL)
R(
    "高新技术企业【150家以上】",
    150,
    "家",
    "level",
    "申报高新技术企业",
    "high_tech_enterprise",
    qualifier="at_least",
    planned=T,
    region=SL,
    period="2024-07/2024-12",
)
R(
    "登记额【突破30亿元】",
    30 * Y,
    "元",
    "level",
    "技术合同登记额",
    "tech_market",
    qualifier=["more_than", None],
    planned=T,
    region=SL,
    period="2024-07/2024-12",
)

# ---------------------------------------------------------------- s05
doc("s05_hebei_jishushichang_2024_07.txt", region="河北省", period="2024-07")
Y7 = "2024-01/2024-07"
R("技术合同【3286项】", 3286, "项", "level", "登记技术合同", "tech_market")
R("成交额【96.42亿元】", 96.42 * Y, "元", "level", ["成交额", "技术合同成交额"], "tech_market")
R("同比增长【23.5%】；", 23.5, "%", "growth", ["成交额", "技术合同成交额"], "tech_market")
R("技术合同【21457项】", 21457, "项", "level", "累计登记技术合同", "tech_market", period=Y7)
R("累计成交额【618.9亿元】", 618.9 * Y, "元", "level", "累计成交额", "tech_market", period=Y7)
R("同比增长【19.8%】", 19.8, "%", "growth", "累计成交额", "tech_market", period=Y7)
R("年度目标的【56.3%】", 56.3, "%", ["share", "level"], ["完成年度目标", "累计成交额"], "tech_market", period=Y7)
ROWS = [
    ("石家庄市", "1028", "312560.4", "28.6"),
    ("唐山市", "416", "118437.2", "15.2"),
    ("保定市", "583", "146902.7", "31.4"),
    ("邯郸市", "297", "72318.5", "-6.3"),
    ("廊坊市", "352", "101276.9", "12.7"),
    ("雄安新区", "189", "84651.3", "56.9"),
    ("其他", "421", "128053.0", "9.8"),
    ("合计", "3286", "964200.0", "23.5"),
]
for place, n, amount, growth in ROWS:
    reg = {"其他": ["", "河北省"], "合计": "河北省"}.get(place, place)
    R(f"{place} | 【{n}】 | ", int(n), "项", "level", ["合同数", "技术合同", "登记技术合同"], "tech_market", region=reg)
    R(
        f"{place} | {n} | 【{amount}】 | ",
        round(float(amount) * W),
        "元",
        "level",
        ["成交额", "技术合同成交额"],
        "tech_market",
        region=reg,
    )
    R(
        f"{place} | {n} | {amount} | 【{growth}】\n",
        float(growth),
        "%",
        "growth",
        ["成交额", "技术合同成交额", "技术合同"],
        "tech_market",
        region=reg,
    )
R("技术服务合同成交额【52.37亿元】", 52.37 * Y, "元", "level", "技术服务合同成交额", "tech_market")
R("成交总额的【54.3%】", 54.3, "%", "share", "技术服务合同成交额占当月成交总额", "tech_market")
R("同比下降【12.4%】", -12.4, "%", "growth", "技术转让合同成交额", "tech_market")
R("技术成交额【83.9亿元】", 83.9 * Y, "元", "level", "企业输出技术成交额", "tech_market")
R("占比【87.0%】", 87.0, "%", "share", ["企业输出技术成交额占比", "占比"], "tech_market")
R(
    "居【前三位】",
    3,
    "位",
    "rank",
    ["成交额", "技术领域成交额", "先进制造、电子信息、新能源与高效节能领域成交额"],
    "tech_market",
    qualifier=["at_most", None],
)
R(
    "合计【51.6亿元】",
    51.6 * Y,
    "元",
    "level",
    ["先进制造、电子信息、新能源与高效节能领域成交额", "成交额"],
    "tech_market",
)
R(
    "成交总额的【53.5%】",
    53.5,
    "%",
    "share",
    ["先进制造、电子信息、新能源与高效节能领域成交额占当月成交总额", "占当月成交总额"],
    "tech_market",
)
R("全省【首位】", 1, "位", "rank", ["成交额增速", "成交额"], "tech_market", region="雄安新区")

# ---------------------------------------------------------------- s06
doc(
    "s06_guiyang_gaoxinqu_2023.txt",
    period="2023",
    region=["贵阳国家高新技术产业开发区", "贵阳国家高新区", "贵阳高新区", "高新区"],
)
R("孵化载体【41家】", 41, "家", "level", "各类孵化载体", "incubator", period=YE)
R("孵化器【6家】", 6, "家", "level", "国家级科技企业孵化器", "incubator", period=YE)
R("众创空间【9家】", 9, "家", "level", "国家备案众创空间", "incubator", period=YE)
R("众创空间【17家】", 17, "家", "level", "省级孵化器和众创空间", "incubator", period=YE)
R("面积达到【68.5万平方米】", 68.5 * W, "平方米", "level", "孵化场地总面积", "incubator", period=YE)
R("全省【第一】", 1, "位", "rank", "国家级孵化载体数量", "incubator", period=YE)
R("在孵企业【1863家】", 1863, "家", "level", "在孵企业", ["incubator", "enterprise"])
R("同比增长【14.2%】", 14.2, "%", "growth", "在孵企业", "incubator")
R("在孵企业【427家】", 427, "家", "level", "新增在孵企业", ["incubator", "enterprise"])
R("毕业企业【96家】", 96, "家", "level", "毕业企业", "incubator")
R("发展的企业【81家】", 81, "家", "level", "毕业后留在区内发展的企业", "incubator")
R("留区率【84.4%】", 84.4, "%", "share", "留区率", "incubator")
R(
    "高新技术企业【153家】",
    153,
    "家",
    "level",
    ["在孵企业中有高新技术企业", "高新技术企业"],
    ["high_tech_enterprise", "incubator"],
)
R("科技型中小企业【612家】", 612, "家", "level", ["科技型中小企业", "在孵科技型中小企业"], ["tech_sme", "incubator"])
R("风险投资【11.7亿元】", 11.7 * Y, "元", "level", "获得风险投资", ["investment", "funding", "incubator"])
R("知识产权【2380件】", 2380, "件", "level", "在孵企业申请知识产权", "patent")
R("发明专利【611件】", 611, "件", "level", "发明专利", "patent")
R("各类人才【12.6万人】", 12.6 * W, "人", "level", "各类人才", "talent")
R("博士【1420名】", 1420, "名", "level", "博士", "talent")
R("硕士【1.17万名】", 1.17 * W, "名", "level", "硕士", "talent")
R("创新创业人才【328人】", 328, "人", "level", "新引进高层次创新创业人才", "talent")
R("人才工程”【17人】", 17, "人", "level", "入选省“百千万人才工程”", "talent")
R("从业人员【2.9万人】", 2.9 * W, "人", "level", "孵化载体内从业人员", ["talent", "incubator"])
R("占比达到【71.5%】", 71.5, "%", "share", "大学本科以上学历人员占比", "talent")
R("全国【178个】", 178, "个", "level", "国家高新区", "other", region=["全国", ""])
R("排名【第39位】", 39, "位", "rank", ["国家高新区综合评价", "综合评价"], "other")
R("排名【第28位】", 28, "位", "rank", "知识创造和技术创新能力单项指标", "other")
R(
    "营业收入【突破3000亿元】",
    3000 * Y,
    "元",
    "level",
    ["营业收入", "高新区营业收入"],
    "economy",
    qualifier=["more_than", None],
)
R("工业总产值【1265.4亿元】", 1265.4 * Y, "元", "level", "工业总产值", "economy")
R("同比增长【9.7%】", 9.7, "%", "growth", "工业总产值", "economy")
R("孵化载体【2家】", 2, "家", "level", "新增国家级孵化载体", "incubator", planned=T, period="2024")
R(
    "在孵企业【突破2000家】",
    2000,
    "家",
    "level",
    "在孵企业",
    ["incubator", "enterprise"],
    qualifier=["more_than", None],
    planned=T,
    period="2024",
)
R(
    "毕业企业【100家以上】",
    100,
    "家",
    "level",
    "培育毕业企业",
    "incubator",
    qualifier="at_least",
    planned=T,
    period="2024",
)

# ---------------------------------------------------------------- s07
doc("s07_anshan_zhibiao_2023_1-9yue.txt", region="鞍山市", period="2023-01/2023-09")
SEP = ["2023-09", "2023-01/2023-09"]
R("支出【36.8亿元】", 36.8 * Y, "元", "level", "规模以上工业企业研发费用支出", "rd_expenditure")
R("同比下降【5.2%】", -5.2, "%", "growth", "规模以上工业企业研发费用支出", "rd_expenditure")
R(
    "回升【2.6个百分点】",
    2.6,
    "百分点",
    "growth",
    ["规模以上工业企业研发费用支出增速", "规模以上工业企业研发费用支出"],
    "rd_expenditure",
)
R("加工业研发费用【21.4亿元】", 21.4 * Y, "元", "level", "黑色金属冶炼和压延加工业研发费用", "rd_expenditure")
R("同比减少【3.1亿元】", -3.1 * Y, "元", ["growth", "level"], "黑色金属冶炼和压延加工业研发费用", "rd_expenditure")
R(
    "的比重为【58.2%】",
    58.2,
    "%",
    "share",
    "黑色金属冶炼和压延加工业研发费用占全市规上工业企业研发费用的比重",
    "rd_expenditure",
)
R(
    "下降【4.4个百分点】",
    -4.4,
    "百分点",
    "growth",
    "黑色金属冶炼和压延加工业研发费用占全市规上工业企业研发费用的比重",
    "rd_expenditure",
)
R("比重为【1.38%】", 1.38, "%", "share", "规上工业企业研发费用占营业收入比重", "rd_expenditure")
R("回落【0.07个百分点】", -0.07, "百分点", "growth", "规上工业企业研发费用占营业收入比重", "rd_expenditure")
R("增加值同比增长【7.9%】", 7.9, "%", "growth", "高新技术产业增加值", "high_tech_industry")
R("增速【3.5个百分点】", 3.5, "百分点", ["growth", "level"], "高新技术产业增加值增速", "high_tech_industry")
R("的比重为【38.6%】", 38.6, "%", "share", "高新技术产业增加值占规上工业增加值的比重", "high_tech_industry")
R("提高【1.8个百分点】", 1.8, "百分点", "growth", "高新技术产业增加值占规上工业增加值的比重", "high_tech_industry")
R("增长【1.3倍】", 1.3, "倍", "growth", "高新技术产业投资", ["high_tech_industry", "investment"])
R("全省【第2位】", 2, "位", "rank", ["高新技术产业投资增速", "高新技术产业投资"], ["high_tech_industry", "investment"])
R("技术合同【1526项】", 1526, "项", "level", "登记技术合同", "tech_market")
R("同比增长【9.3%】", 9.3, "%", "growth", "登记技术合同", "tech_market")
R("成交额【45.72亿元】", 45.72 * Y, "元", "level", "技术合同成交额", "tech_market")
R("同比增长【62.3%】", 62.3, "%", "growth", "技术合同成交额", "tech_market")
R("加快【21.4个百分点】", 21.4, "百分点", "growth", ["技术合同成交额增速", "技术合同成交额"], "tech_market")
R("增长【2.1倍】", 2.1, "倍", "growth", "吸纳技术合同成交额", "tech_market")
R("高新技术企业【1027家】", 1027, "家", "level", "有效高新技术企业", "high_tech_enterprise", period=SEP)
R("增加【118家】", 118, "家", ["growth", "level"], "有效高新技术企业", "high_tech_enterprise", period=SEP)
R("评价入库【1685家】", 1685, "家", "level", "科技型中小企业评价入库", "tech_sme", period=SEP)
R("减少【43家】", -43, "家", ["growth", "level"], "科技型中小企业评价入库", "tech_sme", period=SEP)
R("下降【2.5%】", -2.5, "%", "growth", "科技型中小企业评价入库", "tech_sme", period=SEP)
R("授权量【4218件】", 4218, "件", "level", "专利授权量", "patent")
R("降幅为【9.6%】", -9.6, "%", "growth", "专利授权量", "patent")
R("发明专利授权【712件】", 712, "件", "level", "发明专利授权", "patent")
R("同比增长【15.4%】", 15.4, "%", "growth", "发明专利授权", "patent")
R("同期的【81.2%】", 81.2, "%", ["share", "level"], "实用新型专利授权占比", "patent", period="2022-01/2022-09")
R("回落到【76.5%】", 76.5, "%", ["share", "level"], "实用新型专利授权占比", "patent")
R(
    "收窄至【3%以内】",
    -3,
    "%",
    "growth",
    ["研发费用降幅", "研发费用"],
    "rd_expenditure",
    qualifier="at_most",
    planned=T,
    period="2023",
)

# ---------------------------------------------------------------- s08
doc("s08_bishan_qu_2024_gongzuoyaodian.txt", region=["璧山区", "重庆市璧山区"], period="2024", planned=T)
N = None
R("投入强度达到【3.12%】", 3.12, "%", "share", "全社会研发经费投入强度", "rd_expenditure", planned=N, period="2023")
R("高新技术企业达到【428家】", 428, "家", "level", "有效高新技术企业", "high_tech_enterprise", planned=N, period="2023")
R(
    "科技型企业达到【2316家】",
    2316,
    "家",
    "level",
    "科技型企业",
    ["tech_sme", "enterprise", "other"],
    planned=N,
    period="2023",
)
R("成交额达到【16.5亿元】", 16.5 * Y, "元", "level", "技术合同成交额", "tech_market", planned=N, period="2023")
R("奖补资金【3250万元】", 3250 * W, "元", "level", "兑现各类科技奖补资金", "funding", planned=N, period="2023")
R("研发平台【21个】", 21, "个", "level", "新增市级以上研发平台", "rd_institution", planned=N, period="2023")
R("全市【第4位】", 4, "位", "rank", "科技创新综合指数", "other", planned=N, period=["2023", "2022/2023"])
R("投入强度达到【3.3%】", 3.3, "%", "share", "全社会研发经费投入强度", "rd_expenditure")
R("高新技术企业【80家以上】", 80, "家", "level", "新增高新技术企业", "high_tech_enterprise", qualifier="at_least")
R(
    "力争【突破500家】",
    500,
    "家",
    "level",
    ["高新技术企业总数", "总数"],
    "high_tech_enterprise",
    qualifier=["more_than", None],
)
R("总数达到【2600家】", 2600, "家", "level", "科技型企业总数", ["tech_sme", "enterprise", "other"])
R("增长【15%左右】", 15, "%", "growth", "技术合同成交额", "tech_market", qualifier="about")
R("拥有量达到【9.5件】", 9.5, "件", ["level", "share"], "每万人口高价值发明专利拥有量", "patent")
R("培育企业【350家】", 350, "家", "level", "入库培育企业", ["tech_sme", "high_tech_enterprise", "enterprise"])
R("数量【不少于200家】", 200, "家", "level", "高新技术企业申报数量", "high_tech_enterprise", qualifier="at_least")
R(
    "最高【不超过100万元】",
    100 * W,
    "元",
    "level",
    ["研发投入增量奖励", "奖励"],
    "funding",
    qualifier="at_most",
    planned=[True, False],
    period=None,
)
R("后补助资金【4000万元】", 4000 * W, "元", "level", "兑现研发费用后补助资金", "funding")
R("惠及企业【300家左右】", 300, "家", "level", "惠及企业", ["funding", "enterprise"], qualifier="about")
R("研发平台达到【260个】", 260, "个", "level", "市级以上研发平台", "rd_institution", period="2025")
R("研发平台【8个以上】", 8, "个", "level", "国家级研发平台", "rd_institution", qualifier="at_least", period="2025")
R("新型研发机构达到【30家】", 30, "家", "level", "新型研发机构", "rd_institution", period="2025")
R("重点实验室【3个】", 3, "个", "level", "新培育市级重点实验室", "rd_institution")
R("技术创新中心【5个】", 5, "个", "level", "市级技术创新中心", "rd_institution")
R("众创空间【2家】", 2, "家", "level", "新增市级以上科技企业孵化器和众创空间", "incubator")
R("高层次人才【120名】", 120, "名", "level", "引进博士及以上高层次人才", "talent")
R("入选者【20人以上】", 20, "人", "level", "新增市级以上科技人才计划入选者", "talent", qualifier="at_least")
R("科技特派员【60名】", 60, "名", "level", "选派科技特派员", "talent")
R("目标为【3.5%】", 3.5, "%", "share", "全社会研发经费投入强度", "rd_expenditure", period=["2021/2025", "2025"])
R(
    "目标达到【45%以上】",
    45,
    "%",
    "share",
    "高新技术产业产值占规上工业总产值比重",
    "high_tech_industry",
    qualifier="at_least",
    period=["2021/2025", "2025"],
)

# ---------------------------------------------------------------- s09
doc("s09_baoji_kejiju_2023_pdf.txt", region="宝鸡市", period="2023")
ZONE = ["宝鸡高新区", "宝鸡国家高新区"]
R("投入达到【67.35亿元】", 67.35 * Y, "元", "level", "全社会研发经费投入", "rd_expenditure")
R("同比增长【12.8%】", 12.8, "%", "growth", "全社会研发经费投入", "rd_expenditure")
R("强度为【2.56%】", 2.56, "%", "share", "研发投入强度", "rd_expenditure")
R("全省【第3位】", 3, "位", "rank", "研发投入强度", "rd_expenditure")
R("高新技术企业【15\n7家】", 157, "家", "level", "新认定高新技术企业", "high_tech_enterprise")
R("总数达到【612家】", 612, "家", "level", "有效高新技术企业总数", "high_tech_enterprise")
R("同比增长【21.4\n%】", 21.4, "%", "growth", "有效高新技术企业总数", "high_tech_enterprise")
R("科技型中小企业【1486家】", 1486, "家", "level", "评价入库科技型中小企业", "tech_sme")
R("同比增长【33.6%】", 33.6, "%", "growth", "评价入库科技型中小企业", "tech_sme")
R("队伍【42支】", 42, "支", "level", "培育秦创原“科学家+工程师”队伍", "talent")
R("试点单位【18家】", 18, "家", "level", "组建“三项改革”试点单位", "other")
R("技术合同【2764项】", 2764, "项", "level", "登记技术合同", "tech_market")
R("同成交额【142.6亿元】", 142.6 * Y, "元", "level", "技术合同成交额", "tech_market")
R("同比增长【38.9%】", 38.9, "%", "growth", "技术合同成交额", "tech_market")
R("全省【第二】", 2, "位", "rank", ["技术合同成交额总量", "技术合同成交额", "总量"], "tech_market")
R("成交额【88.7亿元】", 88.7 * Y, "元", "level", "吸纳技术合同成交额", "tech_market")
R(
    "交易额【突破50亿元】",
    50 * Y,
    "元",
    "level",
    ["宝鸡高新区技术交易额", "技术交易额"],
    "tech_market",
    qualifier=["more_than", None],
    region=ZONE,
)
R(
    "比重为【3\n6.2%】",
    36.2,
    "%",
    "share",
    ["宝鸡高新区技术交易额占全市的比重", "技术交易额占全市的比重"],
    "tech_market",
    region=ZONE,
)
R("重点实验室【4家】", 4, "家", "level", "新建省级重点实验室", "rd_institution")
R("研究中心【7家】", 7, "家", "level", "省级工程技术研究中心", "rd_institution")
R("累计达到【31\n8家】", 318, "家", "level", "省级以上创新平台", "rd_institution")
R("孵化器【2家】", 2, "家", "level", "新增省级科技企业孵化器", "incubator")
R("业达到【1130家】", 1130, "家", "level", "市级以上孵化载体在孵企业", ["incubator", "enterprise"])
R("立项【215\n项】", 215, "项", "level", "争取国家和省级科技项目立项", "project")
R("科技资金【2.37亿元】", 2.37 * Y, "元", "level", "获得上级科技资金", ["funding", "project"])
R("科技计划项目【132\n项】", 132, "项", "level", "实施市级科技计划项目", "project")
R("科技投入【1.05亿元】", 1.05 * Y, "元", "level", "市级财政科技投入", ["funding", "other", "economy"])
R("同比增长【8%】", 8, "%", "growth", "市级财政科技投入", ["funding", "other", "economy"])
R("强度达到【2.7%】", 2.7, "%", "share", "全社会研发投入强度", "rd_expenditure", planned=T, period="2024")
R(
    "总数【突破700家】",
    700,
    "家",
    "level",
    "高新技术企业总数",
    "high_tech_enterprise",
    qualifier=["more_than", None],
    planned=T,
    period="2024",
)
R("成交额达到【160亿元】", 160 * Y, "元", "level", "技术合同成交额", "tech_market", planned=T, period="2024")
R("创新平台【30个】", 30, "个", "level", "新增省级以上创新平台", "rd_institution", planned=T, period="2024")

# ---------------------------------------------------------------- s10
doc(
    "s10_jimo_qu_tongbao_2024.txt",
    region=["即墨区", "青岛市即墨区"],
    period=["2024", "2024-01/2024-07", "2024-01/2024-06"],
)
R("数量达到【２１６家】", 216, "家", "level", "高新技术企业申报数量", "high_tech_enterprise", period=H1)
R("同比增长【１８．７％】", 18.7, "%", "growth", "高新技术企业申报数量", "high_tech_enterprise", period=H1)
R("入库评价【４２８家】", 428, "家", "level", "科技型中小企业入库评价", "tech_sme", period=H1)
R(
    "增加【百余家】",
    100,
    "家",
    ["growth", "level"],
    "科技型中小企业入库评价",
    "tech_sme",
    qualifier="more_than",
    period=H1,
)
R("增长【百分之二十】", 20, "%", "growth", "规上工业企业研发费用", "rd_expenditure", period=M5)
R(
    "覆盖率达到【七成以上】",
    70,
    "%",
    "share",
    "规上工业企业研发机构覆盖率",
    "rd_institution",
    qualifier="at_least",
    period=M5,
)
R("成交额【１２．４亿元】", 12.4 * Y, "元", "level", "技术合同成交额", "tech_market", period=M5)
R("同比增长【３２．６％】", 32.6, "%", "growth", "技术合同成交额", "tech_market", period=M5)
R("首批【5个】", 5, "个", "level", ["“揭榜挂帅”项目", "揭榜挂帅项目现场签约"], "project")
R("总金额【1.2亿元】", 1.2 * Y, "元", "level", ["“揭榜挂帅”项目总金额", "总金额"], ["project", "investment", "funding"])
R("研究中心【两家】", 2, "家", "level", "新认定省级工程技术研究中心", "rd_institution")
R("专家工作站【十几家】", 10, "家", "level", "市级专家工作站", ["talent", "rd_institution"], qualifier="more_than")
R("在孵企业【１２６家】", 126, "家", "level", "在孵企业", ["incubator", "enterprise"])
R("减免金额【约４８．５万元】", 48.5 * W, "元", "level", "减免金额", "funding", qualifier="about")
R("奖补资金【三千二百万元】", 3200 * W, "元", "level", "兑现各类科技奖补资金", "funding")
R("惠及企业【一百二十余家】", 120, "家", "level", "惠及企业", ["funding", "enterprise"], qualifier="more_than")
R("减免税额【１．８６亿元】", 1.86 * Y, "元", "level", "研发费用加计扣除减免税额", ["funding", "rd_expenditure"])
R("诉求【37件】", 37, "件", "level", "受理科技类诉求", "other")
R("办结率【100%】", 100, "%", ["share", "level"], "办结率", "other")
R("领军人才【两名】", 2, "名", "level", "引进国家级领军人才", "talent")
R("省级人才【十名】", 10, "名", "level", ["省级人才", "引进省级人才"], "talent")
R("关键技术【十几项】", 10, "项", "level", "企业攻克关键技术", ["project", "other"], qualifier="more_than")
R(
    "科技项目【三到五项】",
    3,
    "项",
    "level",
    "组织企业申报省级科技项目",
    "project",
    value_max=5,
    planned=T,
    period="2024-07/2024-12",
)
R(
    "培育【1~3家】",
    1,
    "家",
    "level",
    ["每个镇街培育科技型企业", "科技型企业"],
    ["tech_sme", "enterprise"],
    value_max=3,
    planned=T,
    period="2024-07/2024-12",
)
R("总投资【约２３亿元】", 23 * Y, "元", "level", "项目总投资", "investment", qualifier="about")
R(
    "高新技术企业【１５０家以上】",
    150,
    "家",
    "level",
    "新增高新技术企业",
    "high_tech_enterprise",
    qualifier="at_least",
    planned=T,
    period="2024",
)
R(
    "增长【10%-15%】",
    10,
    "%",
    "growth",
    "高新技术产业产值",
    "high_tech_industry",
    value_max=15,
    planned=T,
    period="2024",
)


def clean(v):
    """Undo float noise from `558.2 * Y`: whole numbers become ints."""
    if isinstance(v, float):
        r = round(v)
        if abs(v - r) <= 1e-9 * max(1.0, abs(v)):
            return int(r)
        return round(v, 6)
    return v


def main():
    RECORDS.sort(key=lambda r: (r["doc"], r["start"]))
    out = os.path.join(HERE, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in RECORDS:
            r["value"] = clean(r["value"])
            r["value_max"] = clean(r["value_max"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(RECORDS)} records to {out}")


if __name__ == "__main__":
    main()
