"""Specification of a record's planned flag (true for targets and plans: 力争, 计划, 预计, 目标,
拟, 将; records.md), rule by rule of plans.PLANNED_RULES. The tables' shapes are described in
tests/spec_common.py: MUST (value and the rule that decides it), MUST NOT (a tempting wrong
flag), BUGS CAUGHT, STRICT XFAIL (wrong today). Every sentence is written for these tests.
"""

import pytest

import kjstats
from kjstats.plans import PLANNED_RULES
from spec_common import case, check_rule_tables, explained, table, xfail

SUMMARY_2023 = "长沙市科技局2023年工作总结\n\n"  # a report on 2023: its year is known
HUANGSHI = "黄石市科技局2023年工作总结\n\n一、工作成效\n\n全市新增高新技术企业126家。\n\n"

MUST = [
    # --- bracketed target: the figure in brackets after a target's noun; target after: 的目标
    case("评价入库科技型中小企业86家，完成全年目标（120家）的71.7%。", "120家", True, "bracketed target"),
    case("已完成2025年目标（100亿元）的96.5%。", "100亿元", True, "bracketed target"),
    case("全县技术合同成交额完成年度任务(3亿元)的88%。", "3亿元", True, "bracketed target"),
    case("研发机构覆盖率为31.5%，距2025年40%的目标仍有差距。", "40%", True, "target after"),
    case("离实现每万人口发明专利6件的目标还差1.4件。", "6件", True, "target after"),
    case("到2025年，全县高新技术企业达到120家。", "120家", True, "year to come"),
    case(SUMMARY_2023 + "到2025年，全市R&D经费投入强度达到3%。", "3%", True, "year to come"),
    case("至2027年，全省技术合同成交额突破3000亿元。", "3000亿元", True, "year to come"),
    case("力争到2026年，全区科技型中小企业达到800家。", "800家", True, "year to come"),
    case("争取到2025年培育国家高新技术企业1000家。", "1000家", True, "year to come"),
    case("预计到2024年底，全市有效发明专利达到2.8万件。", "2.8万件", True, "year to come"),
    # --- plan cue: 力争, 预计, 计划, 目标, 拟, 确保, 有望, 规划, 可达, 将 before the figure
    case("力争全年技术合同成交额突破100亿元。", "100亿元", True, "plan cue"),
    case("预计全年研发投入强度达到2.5%。", "2.5%", True, "plan cue"),
    case("计划引进高层次人才50名，已落地32名。", "50名", True, "plan cue"),
    case("拟新建省级重点实验室3家。", "3家", True, "plan cue"),
    case("确保规上工业企业研发机构覆盖率达到50%以上。", "50%以上", True, "plan cue"),
    case("有望实现高新技术产业产值1500亿元。", "1500亿元", True, "plan cue"),
    case("目标是新增国家高新技术企业100家。", "100家", True, "plan cue"),
    case("明年将新增省级以上研发机构20家。", "20家", True, "plan cue"),
    case("全年规划建设众创空间12家。", "12家", True, "plan cue"),
    case("今年全市技术合同成交额可达150亿元。", "150亿元", True, "plan cue"),
    case("预计今年一季度全市技术合同成交额同比增长20%。", "20%", True, "plan cue"),
    case("截至目前，全市有效高新技术企业达到1200家，将于年底前突破1300家。", "1300家", True, "plan cue"),
    case("确保完成全年新增高新技术企业150家的目标。", "150家", True, "target after"),
    # --- plan section: under a heading of plans, or the items after 主要目标是：
    case(
        "2024年，全县科技工作的主要目标任务是：\n——新认定高新技术企业160~180家；\n——新增省级研发机构8~10家。",
        "8~10家",
        True,
        "plan section",
    ),
    case(
        "2024年主要预期目标：\n1.全社会研发投入增长10%以上；\n2.技术合同成交额达到200亿元。",
        "200亿元",
        True,
        "plan section",
    ),
    case("贵阳市2023年科技工作总结\n\n二、2024年工作计划\n\n新增高新技术企业300家。", "300家", True, "plan section"),
    case(HUANGSHI + "二、下一步工作安排\n\n全市技术合同成交额突破60亿元。", "60亿元", True, "plan section"),
    case(
        "黄石市科技局2024年工作要点\n\n一、主要目标\n\n全年新增高新技术企业150家，技术合同成交额达到80亿元。",
        "80亿元",
        True,
        "plan section",
    ),
    # a document that is a plan (its title: 2025年工作要点) says targets in every paragraph after
    # its title, under any heading (a section heading that names no plan left them done)
    case(
        "太原市科学技术局2025年工作要点\n\n2024年，全市高新技术企业达到2315家。\n\n一、实施高企扩容提质行动\n\n"
        "全年组织申报高新技术企业不少于700家。",
        "不少于700家",
        True,
        "plan section",
    ),
    # (strict xfail until a plan's title made its document targets)
    case("黄石市科技局2024年工作要点\n\n全年新增高新技术企业150家。", "150家", True, "plan section"),
    # --- done: everything else is a result
    case(HUANGSHI + "二、下一步工作安排\n\n全市技术合同成交额突破60亿元。", "126家", False, "done"),
    case("计划引进高层次人才50名，已落地32名。", "32名", False, "done"),
    case("全市争取省级以上科技专项资金5600万元。", "5600万元", False, "done"),
    case("重点科技项目投资超预期，投资完成率达到132.6%。", "132.6%", False, "done"),
    case("全区完成全年目标任务的112%。", "112%", False, "done"),
    case("全年完成投资额为年度计划的56%。", "56%", False, "done"),
    case("实施省重点研发计划项目23项。", "23项", False, "done"),
    case("全市组织实施火炬计划项目16项。", "16项", False, "done"),
    case("将科技创新券适用范围覆盖到12个县区。", "12个", False, "done"),
    case("按照全年工作目标，全市新增高新技术企业260家。", "260家", False, "done"),
    case("黄石市科技局2024年工作要点\n\n2023年，全市高新技术企业总数达到1126家。", "1126家", False, "done"),
    # ... but for a paragraph that opens with an earlier year
    case(
        "太原市科学技术局2025年工作要点\n\n2024年，全市高新技术企业达到2315家。\n\n一、实施高企扩容提质行动\n\n"
        "全年组织申报高新技术企业不少于700家。",
        "2315家",
        False,
        "done",
    ),
    case(SUMMARY_2023 + "截至2023年底，全市有效高新技术企业达到3200家。", "3200家", False, "done"),
    case("全市目标完成率达到105%。", "105%", False, "done"),
    case("今年以来，全市已兑现创新券1260万元，预计全年兑现2000万元。", "1260万元", False, "done"),
    case("评价入库科技型中小企业86家，完成全年目标（120家）的71.7%。", "71.7%", False, "done"),
]

MUST_NOT = [
    # a year already reported on is no target (到2023年底 in a report on 2023)
    case("黄石市科技局2023年工作总结\n\n到2023年底，全市高新技术企业达到1200家。", "1200家", True, "year to come"),
    case(SUMMARY_2023 + "全市研发投入由2019年的12.3亿元增加到2023年的21.6亿元。", "21.6亿元", True, ""),
    # 计划 in a programme's name (重点研发计划, 火炬计划) is a noun
    case("全市实施国家重点研发计划项目12项，省科技计划项目86项。", "12项", True, "plan cue"),
    case("全市实施国家重点研发计划项目12项，省科技计划项目86项。", "86项", True, "plan cue"),
    # 规划 before 确定的/明确的 is the plan itself (a count of its indicators is no target); a
    # clause opening with 目前 or 完成度 after a target reports what is done
    case("规划确定的15项主要指标中，9项快于序时进度。", "15项", True, "plan cue"),
    case("规划确定的15项主要指标中，9项快于序时进度。", "9项", True, "plan cue"),
    case("规划提出到2025年达到80亿元，目前完成度为77.3%。", "77.3%", True, "plan cue"),
    case("规划目标为到2025年达到2.5%，完成度86.8%。", "86.8%", True, "plan cue"),
    # a completion ratio after a bracketed target is what is done; so is a count in brackets
    # after a word that is no target's noun
    case("已完成2025年目标（100亿元）的96.5%，预计可提前完成。", "96.5%", True, ""),
    case("全市高新技术企业（1260家）数量居全省第3位。", "1260家", True, "bracketed target"),
    # 目标 after 完成/超额完成 reports an achievement
    case("全市已完成年度目标的95%。", "95%", True, ""),
    case("全市超额完成目标任务，新增高新技术企业126家。", "126家", True, ""),
    # 将 before a count of what exists (将继续支持6家院士工作站)
    case("将继续支持区内6家院士工作站建设。", "6家", True, ""),
    # what is done after the plan is no plan
    case("计划新建研发平台10个，目前已建成7个。", "7个", True, ""),
    # a result line in a summary that names the coming year's plan in its title
    case("黄石市科技局2024年工作要点\n\n2023年，全市高新技术企业总数达到1126家。", "1126家", True, ""),
    # the first paragraph of a document is the results, a later heading the plans
    case(HUANGSHI + "二、下一步工作安排\n\n全市技术合同成交额突破60亿元。", "126家", True, "plan section"),
]

BUGS_CAUGHT = [
    # 截至 (as of) was read as a target year: 至 of 截至 matched FUTURE_YEAR
    case("截至2023年底，全市有效高新技术企业达到3200家。", "3200家", False, "done"),
    case("截至2022年底，全市有效高新技术企业达到3200家，到2025年力争突破5000家。", "3200家", False, "done"),
    # 增加到2023年的 (the end of a change) was read as a target year
    case("全区研发投入由2019年的12.3亿元增加到2023年的21.6亿元。", "21.6亿元", False, "done"),
    # the list of targets after 主要目标是： reaches every item, not only the first
    case(
        "2024年，全县科技工作主要目标是：\n——科技型中小企业评价入库420家；\n——技术合同成交额突破25亿元。",
        "25亿元",
        True,
        "plan section",
    ),
    # the section under 二、2025年工作打算 is plans, the one before it results
    case(
        "一、2024年工作成效\n\n全年新认定高新技术企业186家。\n\n二、2025年工作打算\n\n新建市级重点实验室5家。",
        "5家",
        True,
        "plan section",
    ),
    case(
        "一、2024年工作成效\n\n全年新认定高新技术企业186家。\n\n二、2025年工作打算\n\n新建市级重点实验室5家。",
        "186家",
        False,
        "done",
    ),
    # a short line that introduces what follows (重点抓好以下几个方面工作：) ends no section of plans
    # (the figures after it were results)
    case(
        "一、2022年工作回顾\n\n全年新认定高新技术企业86家。\n\n二、2023年工作安排\n\n重点抓好以下几个方面工作：\n\n"
        "（一）坚持创新驱动。全年新认定高新技术企业三十家以上。",
        "三十家以上",
        True,
        "plan section",
    ),
    # 超预期 reports a result (预期 after 超)
    case("全年研发投入增长超预期，增幅达到26.3%。", "26.3%", False, "done"),
    # 争取 in a summary reports money secured, not a target
    case("全县共争取省级以上科技项目资金4860万元。", "4860万元", False, "done"),
    # 完成投资额为年度计划的56%: measured against the plan (计划 after 年度)
    case("重点科技项目完成投资额为年度计划的73%。", "73%", False, "done"),
    # 将 before a noun is 把, it plans nothing
    case("将研发费用加计扣除比例提高到100%。", "100%", False, "done"),
    # (review) a later time's heading of what was done (二、2024年1-5月情况) heads no plans, nor
    # does a heading of the suggestions answered (二、人大代表建议)
    case(
        "某市科技局2023年工作总结\n\n一、2023年工作成效\n\n全年新增企业26家。\n\n二、2024年1-5月情况\n\n"
        "1-5月技术合同成交额12亿元。",
        "12亿元",
        False,
        "done",
    ),
    case("某市科技局2023年工作总结\n\n二、人大代表建议\n\n共办理人大代表建议26件，办结率100%。", "26件", False, "done"),
    # a suggestion (建议将…扩大到, a section headed 意见建议) proposes a target: it was read as done
    case("全县技术合同成交额2.1亿元。建议将科技成果转化引导基金规模扩大到1亿元以上。", "1亿元以上", True, "plan cue"),
    case(
        "县政协调研报告\n\n发布时间:2016-09-18\n\n2015年，全县认定登记技术合同86项。\n\n三、意见建议\n\n"
        "(一)加大资金投入。县财政科技投入年均增长15%以上。",
        "15%以上",
        True,
        "plan section",
    ),
    # a heading that gives a time after the one the document reports on (■ 四季度重点工作 in a
    # bulletin of the third quarter) heads plans, though 重点工作 alone heads results too; a
    # bullet before a heading's words leaves it a heading (it was a list's line, and its time lost)
    case(
        "城南科技园2025年三季度运行简报\n\n■ 总体运行\n\n三季度新增入库企业8家。\n\n■ 四季度重点工作\n\n"
        "1.新增入库科技型中小企业10家以上；\n2.新引进科技型企业15家。",
        "10家以上",
        True,
        "plan section",
    ),
    case(
        "城南科技园2025年三季度运行简报\n\n■ 总体运行\n\n三季度新增入库企业8家。\n\n■ 四季度重点工作\n\n"
        "1.新增入库科技型中小企业10家以上；\n2.新引进科技型企业15家。",
        "8家",
        False,
        "done",
    ),
    case(
        "某县科技局2024年工作总结\n\n一、主要成效\n\n全年新增高新技术企业26家。\n\n二、2025年重点任务\n\n"
        "全年新增高新技术企业30家。",
        "30家",
        True,
        "plan section",
    ),
    # 要 after a time to come marks a target (今年要把…提高到), and 将 before 实施 is the future
    # (both were results: a 政府工作报告's targets)
    case("去年投入强度达到1.72%。今年要把投入强度提高到1.85%以上。", "1.85%以上", True, "plan cue"),
    case("今年将实施科技型企业梯度培育计划，新增高新技术企业不少于12家。", "不少于12家", True, "plan cue"),
]

XFAIL = [
    xfail(
        "全市计划总投资86亿元的重大科技项目12个已全部开工。",
        "12个",
        False,
        "the projects have started (已全部开工): 计划 qualifies their investment, not the count",
    ),
    xfail(
        "全区计划引进的15个项目已落地9个。",
        "9个",
        False,
        "已落地 after the plan is done even without a comma before 已 (DONE needs [,;])",
    ),
]

MUST_T = table("must", MUST)
MUST_NOT_T = table("not", MUST_NOT)
BUGS_T = table("bug", BUGS_CAUGHT)
XFAIL_T = table("xfail", XFAIL)


@pytest.mark.parametrize("text,figure,planned,rule", MUST_T + BUGS_T)
def test_planned_must(text, figure, planned, rule):
    e = explained(text, figure)
    assert (e.record.planned, e.rule("planned")) == (planned, rule)


@pytest.mark.parametrize("text,figure,wrong,rule", MUST_NOT_T)
def test_planned_must_not(text, figure, wrong, rule):
    e = explained(text, figure)
    assert e.record.planned is not wrong
    if rule:
        assert e.rule("planned") != rule


@pytest.mark.parametrize("text,figure,planned,rule", XFAIL_T)
def test_planned_xfail(text, figure, planned, rule):
    assert explained(text, figure).record.planned is planned


def test_every_planned_rule_is_specified():
    check_rule_tables([r.name for r in PLANNED_RULES], MUST, MUST_NOT, BUGS_CAUGHT)


def test_a_plan_read_in_pieces_is_a_plan_in_every_piece():
    # the title of a plan (2025年工作要点) makes the whole document targets, also in the pieces
    # after the first when a long text is read in pieces (the first piece only, before)
    from kjstats.pipeline import extract_pieces
    from kjstats.textread import iter_string_chunks

    text = "某市科技局2025年工作要点\n\n" + "\n\n".join(["全年新增高新技术企业500家。"] * 3)
    whole = [r.planned for r in kjstats.extract(text)]
    pieces = [r.planned for r in extract_pieces(iter_string_chunks(text, 20))]
    assert whole == pieces == [True, True, True]
