"""Figure finding: which figures a sentence holds, and their exact value, unit and qualifier.

Specification tables for issue 2 and ../shared/records.md ("What counts as an indicator",
"One record per figure"). Every sentence here was written for these tests.

Each MUST_FIND case lists the exact set of figures the sentence must give, as
(text, value, value_max, unit, qualifier); values are exact decimals in base units
(money in 元, percentages in percent points, multipliers folded in). A qualifier given
or unit given as a tuple accepts any of its members (the gold allows either reading of
前三位; ㎡ may be kept as written or spelled 平方米).
Every record must also satisfy document[start:end] == text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import kjstats

# Either reading is acceptable for "前N位" (gold lists both at_most and none).
AT_MOST_OR_NONE = ("at_most", None)


def _records(document: str):
    recs = kjstats.extract(document)
    for r in recs:
        assert document[r.start : r.end] == r.text, f"span [{r.start}:{r.end}] is not {r.text!r}"
        assert isinstance(r.value, Decimal), f"{r.text}: value {r.value!r} is not a Decimal"
        assert r.value_max is None or isinstance(r.value_max, Decimal)
    return recs


def _row(r):
    return (r.text, r.value, r.value_max, r.unit, r.qualifier or None)


def _same(got, want) -> bool:
    text, value, value_max, unit, qualifier = want
    quals = qualifier if isinstance(qualifier, tuple) else (qualifier,)
    units = unit if isinstance(unit, tuple) else (unit,)
    return (
        got[0] == text
        and got[1] == Decimal(value)
        and (got[2] is None if value_max is None else got[2] == Decimal(value_max))
        and got[3] in units
        and got[4] in quals
    )


def assert_figures(document: str, expected: list[tuple]) -> None:
    got = [_row(r) for r in _records(document)]
    left = list(got)
    missing = []
    for want in expected:
        hit = next((g for g in left if _same(g, want)), None)
        if hit is None:
            missing.append(want)
        else:
            left.remove(hit)
    assert not missing and not left, (
        f"\n  input:    {document!r}\n  expected: {expected}\n  got:      {got}"
        f"\n  missing:  {missing}\n  extra:    {left}"
    )


def _ids(cases, prefix):
    # ASCII ids (pytest escapes non-ASCII ones): the failure message shows the input.
    return [f"{prefix}{i:02d}" for i in range(len(cases))]


# ---------------------------------------------------------------------------
# Figures that must be found, each with its exact value
# ---------------------------------------------------------------------------

MUST_FIND = [
    # Arabic numbers with 万 / 亿 / 千 / 万亿 folded into the value
    ("全市技术合同成交额达到86.7亿元。", [("86.7亿元", "8670000000", None, "元", None)]),
    ("年末全省科技贷款余额1.2万亿元。", [("1.2万亿元", "1200000000000", None, "元", None)]),
    ("企业研发补助资金共计4千万元。", [("4千万元", "40000000", None, "元", None)]),
    ("全区科技活动人员达到3.5万人。", [("3.5万人", "35000", None, "人", None)]),
    ("高新园区完成出口额2.6亿美元。", [("2.6亿美元", "260000000", None, "美元", None)]),
    ("科创基金首期规模0.35亿元。", [("0.35亿元", "35000000", None, "元", None)]),
    # exactness: 16.4亿 is 1640000000, never 1639999999.99
    ("规上工业企业研发费用16.4亿元。", [("16.4亿元", "1640000000", None, "元", None)]),
    ("技术服务收入0.07亿元。", [("0.07亿元", "7000000", None, "元", None)]),
    # thousands separators, ASCII and full-width comma
    ("科技保险保费收入2,345.6万元。", [("2,345.6万元", "23456000", None, "元", None)]),
    ("全县认定登记技术合同1,234项。", [("1,234项", "1234", None, "项", None)]),
    ("全年专利授权1，208件。", [("1，208件", "1208", None, "件", None)]),
    # Chinese numerals
    ("全年引进高层次人才百余人。", [("百余人", "100", None, "人", "more_than")]),
    ("全区共有科技型中小企业三千二百家。", [("三千二百家", "3200", None, "家", None)]),
    ("新建两个省级重点实验室。", [("两个", "2", None, "个", None)]),
    ("累计培训科技人员一万五千人次。", [("一万五千人次", "15000", None, "人次", None)]),
    ("新增十几家众创空间。", [("十几家", "10", None, "家", "more_than")]),
    ("组建产业技术创新联盟一百零五个。", [("一百零五个", "105", None, "个", None)]),
    ("申报省级科技项目二十三项。", [("二十三项", "23", None, "项", None)]),
    # full-width digits and ％
    ("研发经费投入强度达到２．８５％。", [("２．８５％", "2.85", None, "%", None)]),
    ("新增入库企业１２０家。", [("１２０家", "120", None, "家", None)]),
    # traditional characters
    ("全年技術合同成交額12.5億元。", [("12.5億元", "1250000000", None, "元", None)]),
    ("累計引進各類人才3萬人。", [("3萬人", "30000", None, "人", None)]),
    ("研發投入強度比上年提高0.3個百分點。", [("0.3個百分點", "0.3", None, "百分点", None)]),
    # approximation words
    ("兑现各类奖励资金3000余万元。", [("3000余万元", "30000000", None, "元", "more_than")]),
    ("走访服务企业200多家。", [("200多家", "200", None, "家", "more_than")]),
    ("项目建成后带动就业近5000人。", [("近5000人", "5000", None, "人", "nearly")]),
    ("孵化器在孵企业接近600家。", [("接近600家", "600", None, "家", "nearly")]),
    ("全市科技型中小企业总数超2万家。", [("超2万家", "20000", None, "家", "more_than")]),
    ("全年技术交易额超过10亿元。", [("超过10亿元", "1000000000", None, "元", "more_than")]),
    ("培育国家高新技术企业50家以上。", [("50家以上", "50", None, "家", "at_least")]),
    ("研发投入强度保持在2.5%左右。", [("2.5%左右", "2.5", None, "%", "about")]),
    ("新增就业岗位约3000个。", [("约3000个", "3000", None, "个", "about")]),
    ("全区科技服务机构大约150家。", [("大约150家", "150", None, "家", "about")]),
    ("全区各类研发平台现在大概1100个。", [("大概1100个", "1100", None, "个", "about")]),
    ("财政科技支出增幅不低于15%。", [("不低于15%", "15", None, "%", "at_least")]),
    ("单个项目资助额度在50万元以下。", [("50万元以下", "500000", None, "元", "at_most")]),
    ("单个项目补助不超过200万元。", [("不超过200万元", "2000000", None, "元", "at_most")]),
    # ranges: one record, value and value_max
    ("计划新建科技企业孵化器2~4家。", [("2~4家", "2", "4", "家", None)]),
    ("高新技术产业增加值年均增长10%-15%。", [("10%-15%", "10", "15", "%", None)]),
    ("每年新增1至3个省级企业研发中心。", [("1至3个", "1", "3", "个", None)]),
    ("组织实施重大科技专项三到五项。", [("三到五项", "3", "5", "项", None)]),
    ("对认定的企业给予20~50万元奖励。", [("20~50万元", "200000", "500000", "元", None)]),
    # percentages, per mille, times, 成
    ("高新技术产业增加值占规上工业比重达到百分之六十。", [("百分之六十", "60", None, "%", None)]),
    ("研发投入强度比上年提高0.12个百分点。", [("0.12个百分点", "0.12", None, "百分点", None)]),
    # 百分点 without 个: 百 after an Arabic number begins the unit, it multiplies nothing
    ("研发投入强度比上年提高0.12百分点。", [("0.12百分点", "0.12", None, "百分点", None)]),
    (
        "增幅分别为0.87、0.81百分点。",
        [("0.87", "0.87", None, "百分点", None), ("0.81百分点", "0.81", None, "百分点", None)],
    ),
    ("科技人员占从业人员比例为8.6‰。", [("8.6‰", "8.6", None, "‰", None)]),
    ("技术合同成交额增长2.3倍。", [("2.3倍", "2.3", None, "倍", None)]),
    ("规上工业企业研发活动覆盖率达到七成。", [("七成", "70", None, "%", None)]),
    ("技术合同成交额同比增长近三成。", [("近三成", "30", None, "%", "nearly")]),
    # a digit after 成 is the next tenth; any other fraction is a percent share
    ("试点村茶农人均收入提高一成五。", [("一成五", "15", None, "%", None)]),
    ("省级以上研发平台占全市总数的四分之一。", [("四分之一", "25", None, "%", None)]),
    # (a fraction with no finite expansion to 15 significant digits, as parse_number gives it:
    # the gold's 66.66666666666667 for 三分之二; 33.33 was 1e-4 off)
    ("技术合同成交额占全省近三分之一。", [("近三分之一", "33.3333333333333", None, "%", "nearly")]),
    ("成交额超全省三分之二。", [("三分之二", "66.6666666666667", None, "%", None)]),
    # growth with its sign
    ("全市登记技术合同数同比下降4.7%。", [("4.7%", "-4.7", None, "%", None)]),
    ("财政科技支出比上年减少18.6亿元。", [("18.6亿元", "-1860000000", None, "元", None)]),
    # ranks joined by 和 (位列第二和第三): the first is a rank too, not an ordinal before a word
    (
        "集安市、通化县分别为213件和171件，位列第二和第三。",
        [
            ("213件", "213", None, "件", None),
            ("171件", "171", None, "件", None),
            ("第二", "2", None, "位", None),
            ("第三", "3", None, "位", None),
        ],
    ),
    # 约 before a link to the figure (约为…的2.8倍, 约占) approximates it, outside its text
    ("研发投入强度约为全市平均水平的2.8倍。", [("2.8倍", "2.8", None, "倍", "about")]),
    ("全区高企数量约占全市的30.5%。", [("30.5%", "30.5", None, "%", "about")]),
    # 跌 alone is a fall (按年跌3.4%, Hong Kong's 同比下降3.4%)
    ("全市專利授權量按年跌3.4%。", [("3.4%", "-3.4", None, "%", None)]),
    (
        "技术转让合同成交额同比增长12.5%，技术咨询合同成交额同比下降6.8%。",
        [("12.5%", "12.5", None, "%", None), ("6.8%", "-6.8", None, "%", None)],
    ),
    (
        "全区规上工业研发费用58.3亿元，同比增长21.7%。",
        [("58.3亿元", "5830000000", None, "元", None), ("21.7%", "21.7", None, "%", None)],
    ),
    # ranks: value is the place, unit 位
    ("全区研发投入强度位居全市第二。", [("第二", "2", None, "位", None)]),
    ("高新技术企业数量居全省前三位。", [("前三位", "3", None, "位", AT_MOST_OR_NONE)]),
    ("综合科技创新水平指数列全国第4位。", [("第4位", "4", None, "位", None)]),
    ("企业技术创新能力排名全市第1。", [("第1", "1", None, "位", None)]),
    # counts with their measure words
    ("全县新增省级企业研发中心23家。", [("23家", "23", None, "家", None)]),
    ("建成市级以上创新平台46个。", [("46个", "46", None, "个", None)]),
    ("全年获省科学技术奖12项。", [("12项", "12", None, "项", None)]),
    ("全年授权发明专利568件。", [("568件", "568", None, "件", None)]),
    ("全年选派科技特派员86名。", [("86名", "86", None, "名", None)]),
    ("全年柔性引进海外工程师38人次。", [("38人次", "38", None, "人次", None)]),
    ("开放共享大型科研仪器215台次。", [("215台次", "215", None, "台次", None)]),
    ("科技特派员上门服务410户次。", [("410户次", "410", None, "户次", None)]),
    ("专家团队走访服务企业360企次。", [("360企次", "360", None, "企次", None)]),
    ("开展技术对接活动12批次。", [("12批次", "12", None, "批次", None)]),
    # a number of 期 after a verb of holding counts sessions (it was read as a period, no figure)
    ("全年举办实用技术培训42期。", [("42期", "42", None, "期", None)]),
    ("全县举办培训班九十八期。", [("九十八期", "98", None, "期", None)]),
    # ... not a phase of works, nor an issue named with 第
    ("今年开展二期工程建设。", []),
    ("园区组织开展二期、三期标准厂房招商。", []),
    ("全市举办第3期科技沙龙。", []),
    ("新购置科研仪器设备120台(套)。", [("120台(套)", "120", None, "台(套)", None)]),
    ("全年共下达科技计划项目4批。", [("4批", "4", None, "批", None)]),
    ("组建科技创新服务团队15支。", [("15支", "15", None, "支", None)]),
    ("建成科研用房3.2万平方米。", [("3.2万平方米", "32000", None, "平方米", None)]),
    ("新建现代农业科技示范基地1500亩。", [("1500亩", "1500", None, "亩", None)]),
    ("项目投产后年产碳纤维原丝1.2万吨。", [("1.2万吨", "12000", None, "吨", None)]),
    # several figures in one sentence, each its own record
    (
        "全区发放创新券520.6万元，使用创新券312.4万元，同比增长65.3%。",
        [
            ("520.6万元", "5206000", None, "元", None),
            ("312.4万元", "3124000", None, "元", None),
            ("65.3%", "65.3", None, "%", None),
        ],
    ),
    ("企业创新券抵用比例从30%提高到60%。", [("30%", "30", None, "%", None), ("60%", "60", None, "%", None)]),
    # figures next to things that must be ignored
    ("全社会研发经费投入25.3亿元[2]。", [("25.3亿元", "2530000000", None, "元", None)]),
    ("2021年9月，全区新认定高新技术企业132家。", [("132家", "132", None, "家", None)]),
    ("1~5月，全县技术合同成交额9.6亿元。", [("9.6亿元", "960000000", None, "元", None)]),
    ("举办第三届创新创业大赛，吸引参赛项目312个。", [("312个", "312", None, "个", None)]),
    # a number of 名 where a rank stands, in a sentence on a ranking, is a rank (it was a count
    # of 名); a count of people in such a sentence stays one
    (
        "全省高新区位次提升，郑州高新区在20名的基础上提升3位，达到17名。",
        [("20名", "20", None, "位", None), ("3位", "3", None, "位", None), ("17名", "17", None, "位", None)],
    ),
    ("在全国排名中，全市引进院士3名。", [("3名", "3", None, "名", None)]),
    # a change of rank counted in 位次 (提升1个位次: no figure)
    ("全市创新指数排名较上年提升1个位次。", [("1个位次", "1", None, "位", None)]),
    # a rank after any scope word (本省第四 as 全省第四)
    (
        "全市规上工业企业研发费用支出186.4亿元，本省第四。",
        [("186.4亿元", "18640000000", None, "元", None), ("第四", "4", None, "位", None)],
    ),
    ("对入驻企业减免3个月房租，减免金额86万元。", [("86万元", "860000", None, "元", None)]),
    # an amount without 元 that goes on from an amount in 元 of its sentence: its change, or
    # the next items of its breakdown by place
    (
        "全县研发经费投入12.6亿元，比上年增加1.8亿，增长16.7%。",
        [
            ("12.6亿元", "1260000000", None, "元", None),
            ("1.8亿", "180000000", None, "元", None),
            ("16.7%", "16.7", None, "%", None),
        ],
    ),
    (
        "研发经费22143.6亿元比上年增加2465.7亿。",
        [("22143.6亿元", "2214360000000", None, "元", None), ("2465.7亿", "246570000000", None, "元", None)],
    ),
    (
        "全省技术交易额320亿元，其中，南平市45亿、三明市38.5亿。",
        [
            ("320亿元", "32000000000", None, "元", None),
            ("45亿", "4500000000", None, "元", None),
            ("38.5亿", "3850000000", None, "元", None),
        ],
    ),
]


# an amount of a tax relieved or refunded, in 万 without 元 (it was no figure)
MUST_FIND += [("软件企业增值税即征即退约6800万。", [("约6800万", "68000000", None, "元", "about")])]

# a score of an evaluation in 分: after a decimal number, or in a clause naming an index or score
MUST_FIND += [
    (
        "综合科技创新水平指数为52.36分，比上年提高2.14分。",
        [("52.36分", "52.36", None, "分", None), ("2.14分", "2.14", None, "分", None)],
    ),
    ("力争综合科技创新水平指数达到55分左右。", [("55分左右", "55", None, "分", "about")]),
    (
        "与全国的差距由23.46分缩小到23.06分。",
        [("23.46分", "23.46", None, "分", None), ("23.06分", "23.06", None, "分", None)],
    ),
    # a count with 以上 before a noun is a target, no threshold (only amounts of money set one)
    ("全年培育100家以上企业。", [("100家以上", "100", None, "家", "at_least")]),
    ("全年签约亿元以上项目42个。", [("42个", "42", None, "个", None)]),
    # an amount after a threshold word and before 的 is a size when the size is named before it
    # (设立规模不低于2亿元的基金: it was a threshold, no figure)
    ("推动设立规模不低于2亿元的天使投资基金。", [("不低于2亿元", "200000000", None, "元", "at_least")]),
    # a share after a threshold word and 的 stays a figure when a change follows (超过20%的增长)
    ("全年实现了超过20%的增长。", [("超过20%", "20", None, "%", "more_than")]),
]


@pytest.mark.parametrize("sentence,expected", MUST_FIND, ids=_ids(MUST_FIND, "find"))
def test_must_find(sentence, expected):
    assert_figures(sentence, expected)


# ---------------------------------------------------------------------------
# Inputs whose numbers are all not indicators: nothing may be extracted
# ---------------------------------------------------------------------------

MUST_NOT_FIND = [
    # dates and time spans
    "2021年，全区科技创新工作稳中有进。",
    "9月，区科技局召开全区科技创新大会。",
    "1~5月，全区科技工作有序推进。",
    "受疫情影响，2~4月部分企业复工延迟。",
    "截至10月底，各项重点工作进展顺利。",
    "2023年第二季度，全区科技工作平稳推进。",
    "区科技局发布2022年度科技创新白皮书。",
    # a duration that describes a policy
    "对入驻孵化器的小微企业减免3个月房租。",
    # ordinals and batch names
    "成功举办第二届长三角科技成果交易会。",
    "举办首届青年科技人才沙龙。",
    "公布第一批省级重点实验室名单。",
    "建成全省首个数字孪生工厂。",
    # numbers inside names, slogans and product grades
    "围绕“2+6+X”现代产业体系开展精准招商。",
    "加快打造“一园两区三中心”创新格局。",
    "深入推进“三服务”活动，当好企业服务员。",
    "奋力争创全省科技创新十强县。",
    "在全市科技考核中力争保二争一。",
    "坚持疫情防控和科技服务两手抓。",
    "“十四五”期间，全区深入实施创新驱动发展战略。",
    "产品覆盖12K、48K等规格的大丝束碳纤维。",
    "建成2000吨级碳纤维原丝生产线。",
    "加快5G基站建设和工业互联网应用。",
    "推进M0新型产业用地改革试点。",
    "行业分类执行GB/T 4754-2017标准。",
    # 分 as a minute, or beginning another word, is no score (9时30分, 40分钟)
    "会议于9时30分开始，历时40分钟。",
    "全体会议10点15分召开。",
    # a count of the measures just named, said of them together (两项指标均居全州首位)
    "库尔勒市高新技术企业数量和技术合同成交额两项指标均居全州前列。",
    "两项指标的增速在东北三省中均排在前列。",
    # ordinals joined by 和 before a word stay ordinals (第二届和第三届)
    "举办第二届和第三届科技活动周。",
    # a place whose name opens with a numeral (七台河市, 九台区) holds no figure (七台 was 7 machines)
    "七台河市科技局2024年工作总结",
    "九台区新增高新技术企业。",
    # a lone Chinese digit before a quoted noun is an article (好比一张‘科技消费卡’: it was 1张)
    "创新券好比一张‘科技消费卡’，企业拿着它去高校院所。",
    # a threshold amount naming a class (超过1亿元的, 亿元以上项目, 超亿元企业) is no figure
    "重点培育营业收入超过1亿元的企业。",
    "加快推进亿元以上项目建设。",
    "积极引进单体10亿元以上项目和超亿元企业。",
    # ... and so is a threshold share or rate before 的 and what it counts (超过1%的有, 的县)
    "全市投入强度超过1%的有多个县区。",
    "增速超过20%的县区数量明显增加。",
    # a section's number with a leading zero, or a code, is no figure (06 项 was a count)
    "06 项目与资金",
    # phone numbers, e-mail addresses
    "联系电话：0575-88123456",
    "投稿邮箱：kjj2021@163.com",
    # footnote marks
    "研发投入持续增加[1]，创新能力不断提升。",
    # section and list numbers
    "一、主要指标完成情况",
    "1. 加强创新平台建设",
    "（一）强化企业创新主体地位",
    "(二) 优化创新创业生态",
    "一是强化平台支撑；二是优化人才服务。",
    # table row numbers
    "序号 | 项目名称 | 承担单位\n1 | 高性能纤维制备技术 | 某新材料公司\n2 | 智能检测装备研发 | 某装备公司",
    # stray page numbers and footers
    "全区科技工作有序推进。\n\n23\n\n下一步将继续加强创新平台建设。",
    "— 5 —",
    "科技简报 2022年第3期",
]


@pytest.mark.parametrize("document", MUST_NOT_FIND, ids=_ids(MUST_NOT_FIND, "none"))
def test_must_not_find(document):
    assert_figures(document, [])


# ---------------------------------------------------------------------------
# Regression cases: inputs that failed when these tests were first run
# ---------------------------------------------------------------------------

BUGS_CAUGHT: list[tuple[str, list[tuple]]] = [
    # A range with the unit on both ends is still one record (records.md: a range is one
    # record); it came out as two figures, 2万元 and 5万元.
    ("每家企业给予2万元至5万元不等的补助。", [("2万元至5万元", "20000", "50000", "元", None)]),
    # An explicit minus sign is part of the figure: growth of -2.3 (text lost the "-",
    # value came out +2.3).
    ("全区工业投资同比增长-2.3%。", [("-2.3%", "-2.3", None, "%", None)]),
    # a lone 百 or 千 after a verb of passing a mark is a number, as after 超 (首次突破千家 was
    # no figure; 上百家 and 千家万户 stay none)
    ("全市科技型中小企业首次突破千家。", [("千家", "1000", None, "家", "more_than")]),
    ("全县高新技术企业突破百家。", [("百家", "100", None, "家", "more_than")]),
    # 近万人, 超万亿元: a run that opens with 万 or 亿 was no figure at all, even after a word of
    # approximation; 上万人 and 万众创新 stay none
    ("全市共有科技人员近万人。", [("近万人", "10000", None, "人", "nearly")]),
    ("全区技术合同成交额超万亿元。", [("超万亿元", "1000000000000", None, "元", "more_than")]),
    ("全市科技型中小企业首次突破万家。", [("万家", "10000", None, "家", "more_than")]),
    ("带动就业上万人。", []),
    ("推动大众创业、万众创新。", []),
    ("惠及千家万户。", []),
    # Area written with the ㎡ sign: the figure was not found at all.
    ("全区科技企业孵化器共有孵化面积12万㎡。", [("12万㎡", "120000", None, ("平方米", "㎡"), None)]),
    # Numbers inside slogans and names of policies are not indicators; 24小时 and 40条
    # were emitted.
    ("为企业提供7×24小时线上咨询服务。", []),
    ("认真落实“科技新政40条”各项措施。", []),
    # A bare 万 after an amount in 元 is not money when the words between name something else
    # (带动就业1.2万: people), nor in the next sentence.
    ("新建项目总投资50亿元，带动就业1.2万。", [("50亿元", "5000000000", None, "元", None)]),
    ("全区安排科技资金3000万元。服务人次达2万。", [("3000万元", "30000000", None, "元", None)]),
    # Chinese digits run into Arabic ones end a word: 队伍16支 was no figure (伍16 is no number)
    ("组建科研队伍16支。", [("16支", "16", None, "支", None)]),
    # an amount given (奖励, 兑付) or a voucher's, in 万 or 亿 without 元, is money: not found
    ("对新认定的国家级孵化器给予一次性奖励100万。", [("100万", "1000000", None, "元", None)]),
    (
        "全年发放科技创新券1.26亿，实际兑付约8600万。",
        [("1.26亿", "126000000", None, "元", None), ("约8600万", "86000000", None, "元", "about")],
    ),
    # 多 or 有余 after a multiple (倍, 成) is more than it: 7成多 was read as 7成, exactly 70%.
    ("全省技术合同成交额增长7成多。", [("7成多", "70", None, "%", "more_than")]),
    ("研发投入是五年前的3倍多。", [("3倍多", "3", None, "倍", "more_than")]),
    ("专利授权量增长一倍有余。", [("一倍有余", "1", None, "倍", "more_than")]),
]


@pytest.mark.parametrize("sentence,expected", BUGS_CAUGHT, ids=_ids(BUGS_CAUGHT, "bug"))
def test_bugs_caught(sentence, expected):
    assert_figures(sentence, expected)


# D17: a value past 28 significant digits stays exact through the sign of a decrease, a
# multiplier written once for a range and a table's unit (Decimal's default context rounds)
@pytest.mark.parametrize(
    "text, value, value_max",
    [
        ("利润下降1234567890123456789012345.6789%。", "-1234567890123456789012345.6789", None),
        ("增幅为-1234567890123456789012345.6789%。", "-1234567890123456789012345.6789", None),
        ("投入12345678901234567890123456789亿元。", "1234567890123456789012345678900000000", None),
        (
            "投入2-12345678901234567890123456789亿元。",
            "200000000",
            "1234567890123456789012345678900000000",
        ),
        (
            "| 地区 | 产值(亿元) |\n| 南昌市 | 1234567890123456789012345.6789 |\n| 赣州市 | 1.5 |\n",
            "123456789012345678901234567890000",
            None,
        ),
    ],
)
def test_values_past_28_digits_stay_exact(text, value, value_max):
    r = kjstats.extract(text)[0]
    assert r.value == Decimal(value)
    assert r.value_max == (None if value_max is None else Decimal(value_max))
