"""Specification of a record's period (the time the figure covers, ISO 8601: 2020, 2020-03,
2020-01/2020-06; records.md "Period scope"), rule by rule of scope.PERIOD_RULES. The tables'
shapes are described in tests/spec_common.py: MUST (value and the rule that decides it), MUST
NOT (a tempting wrong period), BUGS CAUGHT, STRICT XFAIL (wrong today). Every sentence is written
for these tests.
"""

import pytest

from kjstats.scope import PERIOD_RULES
from spec_common import case, check_rule_tables, explained, table, xfail

HUANGSHI = "黄石市科技局2023年工作总结\n\n"  # a report on 2023, its title a heading
GUIYANG = "贵阳市2023年科技工作总结\n\n"

BULLETS_DOC = (
    "上半年科技创新成绩单\n\n原创　某市科技　2025年07月16日\n\n今年以来，全市科技工作稳步推进。\n\n"
    "【研发投入　稳中有进】\n\n▲2024年全市R&D经费投入11.27亿元\n▲同比增长14.8%，增速居全省第3位\n"
    "▲研发投入强度0.69%，比上年提高0.06个百分点\n\n【创新主体】\n\n●新增科技型中小企业124家\n"
    "●选派科技特派员1186名，实现10个区（县）全覆盖\n"
)

INSPECTION = (  # an inspection's report, written in 2025 on 2024's figures
    "某区人大常委会执法检查组的报告\n\n发布时间:2025-09-02\n\n根据常委会2025年监督工作计划，5月至7月，"
    "常委会组成执法检查组开展检查。检查组听取了9个部门的汇报。现将检查情况报告如下。\n\n"
)
REPORT_2022 = "某县2022年政府工作报告\n\n——2022年1月18日在县人民代表大会上\n\n"  # written early in 2022

MUST = [
    # a year's value in brackets right after it (是2012年(19家)的6.6倍) is of that year, and the
    # multiple of the figure's own time (both were 2012's, the year taken for a frame)
    case("截至2021年底,全市有效期内高新技术企业126家,是2012年(19家)的6.6倍。", "19家", "2012", "attributive"),
    case("截至2021年底,全市有效期内高新技术企业126家,是2012年(19家)的6.6倍。", "6.6倍", "2021", "phrase in force"),
    # --- start of a change: the value after 由/从 that a change over the years in force starts
    # from is of the year before them; the value it reaches, of the years
    case(REPORT_2022 + "过去五年，全县研发经费投入强度由1.02%提高到1.86%。", "1.02%", "2016", "start of a change"),
    # --- end of a change: the level a change over years counted back reaches (由…提高到1.86%,
    # 五年来…达到2.43%) is of the last of them (it was 2017/2021, the years)
    case(REPORT_2022 + "过去五年，全县研发经费投入强度由1.02%提高到1.86%。", "1.86%", "2021", "end of a change"),
    case(REPORT_2022 + "五年来，全县研发经费投入强度达到2.43%，年均增长17.4%。", "2.43%", "2021", "end of a change"),
    # (an average over the years stays of them all)
    case(
        REPORT_2022 + "五年来，全县研发经费投入强度达到2.43%，年均增长17.4%。", "17.4%", "2017/2021", "phrase in force"
    ),
    case("2023年，全市高新技术企业从512家增加至640家。", "512家", "2022", "start of a change"),
    case(REPORT_2022 + "一、过去五年工作回顾\n\n高新技术企业由12家增加到61家。", "12家", "2016", "start of a change"),
    case(REPORT_2022 + "一、过去五年工作回顾\n\n高新技术企业由12家增加到61家。", "61家", "2021", "end of a change"),
    case(REPORT_2022 + "一、过去五年工作回顾\n\n累计登记技术合同3250项。", "3250项", "2017/2021", "section"),
    # --- attributive: a time phrase right before 的 and the number is that figure's own
    case("全区研发投入由2019年的12.3亿元增加到2023年的21.6亿元。", "12.3亿元", "2019", "attributive"),
    case("全区研发投入由2019年的12.3亿元增加到2023年的21.6亿元。", "21.6亿元", "2023", "attributive"),
    case(HUANGSHI + "技术合同登记机构由2021年的4家增加到7家。", "4家", "2021", "attributive"),
    case("全市高新技术企业数量从2018年的326家增长到2023年的1126家。", "326家", "2018", "attributive"),
    case(
        "2024年上半年，全区技术合同成交额同比增长18%，与2023年同期的6.2亿元相比增长明显。",
        "6.2亿元",
        "2023-01/2023-06",
        "attributive",
    ),
    case("1-9月，全区技术合同成交额同比增长18%，2023年同期的6.2亿元。", "6.2亿元", "2023-01/2023-09", "attributive"),
    # 去年同期: the months in force a year before; when no phrase is in force, its section's or
    # the document's months (it was the months of this year, or the whole of last year)
    case(
        "平遥县2024年上半年科技工作总结\n\n上半年登记技术合同47项，成交额6380万元，较去年同期的4856万元增长31.4%。",
        "4856万元",
        "2023-01/2023-06",
        "attributive",
    ),
    case(
        "平遥县2024年上半年科技工作总结\n\n评价入库科技型中小企业86家，较去年同期的70家增长22.9%。",
        "70家",
        "2023-01/2023-06",
        "attributive",
    ),
    # a base year's value (2020年基期值) and a year's target in brackets (2025年目标（100亿元）)
    case("全市R&D经费2020年基期值42.6亿元，2023年达到61.8亿元。", "42.6亿元", "2020", "attributive"),
    case("高新技术企业由2020年基期的312家增至2023年的598家。", "312家", "2020", "attributive"),
    case("2023年成交额96.5亿元，是2020年基期值（28.4亿元）的3.4倍。", "28.4亿元", "2020", "attributive"),
    case("2023年成交额96.5亿元，已完成2025年目标（100亿元）的96.5%。", "100亿元", "2025", "attributive"),
    # --- phrase in force: the last time phrase before the figure in its sentence, or the one
    # an earlier sentence of the paragraph opened with
    case("2023年，全市技术合同成交额达到86.5亿元，比2022年增长23%。", "23%", "2023", "phrase in force"),
    case("截至2024年10月底，全市登记技术合同成交额86亿元。", "86亿元", "2024-01/2024-10", "phrase in force"),
    case("截至2024年10月底，全市累计拥有有效发明专利2.3万件。", "2.3万件", "2024-10", "phrase in force"),
    case("2024年一季度，全区新增科技型中小企业156家。", "156家", "2024-01/2024-03", "phrase in force"),
    # since a year, with a short clause before 以来 (2019年实施创新券政策以来): it was 2019 alone
    case(HUANGSHI + "2019年实施创新券政策以来，全市累计兑现1486万元。", "1486万元", "2019/2023", "phrase in force"),
    # a range of quarters spans its first to its last (it was the last quarter alone)
    case("2024年1-3季度，全区新增科技型中小企业156家。", "156家", "2024-01/2024-09", "phrase in force"),
    case("2024年，一至三季度全区技术合同成交额12亿元。", "12亿元", "2024-01/2024-09", "phrase in force"),
    case("2024年前三季度，全区规上工业企业研发费用同比增长21%。", "21%", "2024-01/2024-09", "phrase in force"),
    case("2023年1-11月，全市高新技术产业投资增长15.6%。", "15.6%", "2023-01/2023-11", "phrase in force"),
    case("发布时间：2024-03-20\n\n去年，全市新增高新技术企业860家。", "860家", "2023", "phrase in force"),
    # a month later than a story's date, in a story of no year of its own: the year before it
    case("发布时间：2024-01-18\n\n截至11月底，全市有效发明专利达到3.2万件。", "3.2万件", "2023-11", "phrase in force"),
    case("发布时间：2024-05-18\n\n截至4月底，全市有效发明专利达到3.2万件。", "3.2万件", "2024-04", "phrase in force"),
    # so is a span of months that had not ended by the story's date (1-10月 in a January)
    case(
        "发布时间：2024-01-18\n\n1-10月，全市技术合同成交额达到86亿元。", "86亿元", "2023-01/2023-10", "phrase in force"
    ),
    # and a whole year in a story written before April (only the year before can be summed up)
    case("发布时间：2024-02-06\n\n全年，全市技术合同成交额达到86亿元。", "86亿元", "2023", "phrase in force"),
    case(
        "发布时间：2024-01-20\n\n全年技术合同成交额比去年增长20%。", "20%", "2023", "phrase in force"
    ),  # (was a strict xfail)
    case("发布时间：2024-06-06\n\n全年，全市技术合同成交额力争达到90亿元。", "90亿元", "2024", "phrase in force"),
    case(
        "发布时间：2024-03-20\n\n去年全市新增高新技术企业860家，今年一季度新增科技型中小企业1200家。",
        "1200家",
        "2024-01/2024-03",
        "phrase in force",
    ),
    case(
        "贵阳市科技工作总结\n\n2023年，全市科技工作取得新进展。全市新增高新技术企业260家。",
        "260家",
        "2023",
        "phrase in force",
    ),
    case(GUIYANG + "1-10月，全市技术合同成交额达到86亿元。", "86亿元", "2023-01/2023-10", "phrase in force"),
    case(
        GUIYANG + "截至10月底，全市技术合同成交额86亿元，有效高新技术企业达到1860家。",
        "1860家",
        "2023-10",
        "phrase in force",
    ),
    case(
        "黄石市科技局2024年工作要点\n\n2022年，全市科技工作稳步推进，全年兑现科技奖补资金2860万元。",
        "2860万元",
        "2022",
        "phrase in force",
    ),
    case(
        HUANGSHI + "上半年，全市技术合同成交额达到36亿元。下半年，全市技术合同成交额达到52亿元。",
        "52亿元",
        "2023-07/2023-12",
        "phrase in force",
    ),
    case(HUANGSHI + "今年以来，全市新增科技型中小企业560家。", "560家", "2023", "phrase in force"),
    case(HUANGSHI + "2022年全市新增高新技术企业90家，2023年新增126家。", "90家", "2022", "phrase in force"),
    case(HUANGSHI + "全市新增高新技术企业126家，2022年为90家。", "90家", "2022", "phrase in force"),
    case("到2025年，全县高新技术企业达到120家。", "120家", "2025", "phrase in force"),
    # --- section: the time a heading gives its section (the title, 二、2024年工作计划)
    case(GUIYANG + "二、2024年工作计划\n\n新增高新技术企业300家。", "300家", "2024", "section"),
    # a list's lines (▲, ●) are one list: its first line's time holds for the lines after it
    # that give none (▲同比增长14.8% was the document's half year; the lines were also joined as
    # a wrapped paragraph, and a short one taken for a heading)
    case(BULLETS_DOC, "14.8%", "2024", "section"),
    case(BULLETS_DOC, "0.69%", "2024", "section"),
    # a heading's part of the year without a year of its own: of the document's year (the plan
    # items under 下半年工作计划 were dated the first half, the title's)
    case(
        "某区科技局2024年上半年工作总结及下半年工作计划\n\n二、下半年工作计划\n\n1.新建研发平台25个。",
        "25个",
        "2024-07/2024-12",
        "section",
    ),
    case("2023年上半年贵阳市科技工作情况\n\n全市新增高新技术企业160家。", "160家", "2023-01/2023-06", "section"),
    case("合肥市科技局2023年工作总结\n\n全市新增高新技术企业1268家。", "1268家", "2023", "section"),
    case(HUANGSHI + "与2022年相比，全市技术合同成交额增长26%。", "26%", "2023", "section"),
    case(HUANGSHI + "技术合同登记机构由2021年的4家增加到7家。", "7家", "2023", "section"),
    # --- document's time: the document's leading time phrase
    case(GUIYANG + "一、主要成效\n\n全市新增高新技术企业260家。", "260家", "2023", "document's time"),
    case(
        "2023年上半年，全市科技工作稳步推进。\n\n全市新增高新技术企业160家。",
        "160家",
        "2023-01/2023-06",
        "document's time",
    ),
    case("某区2024年科技工作总结和2025年工作计划\n\n全区新增高新技术企业86家。", "86家", "2024", "document's time"),
    # an issuer's date line with a month and no day (某市科学技术局　　2024年9月) dates the text: it
    # frames no figure (they took 2024-09)
    case(
        "某市科技创新规划中期评估报告\n某市科学技术局　　2024年9月\n\n　　2023年全市技术合同成交额6.7亿元。\n\n"
        "　　一、总体完成情况\n\n　　规划确定的12项主要指标中，7项达到序时进度。",
        "12项",
        "2023",
        "document's time",
    ),
    # 截至目前 early in a year is the month of writing (its year has barely begun: it was 2022)
    case(
        "尧都区高企认定再创新高\n\n发布时间：2022-01-12\n\n截至目前，全区处于有效期内的高新技术企业共68家。",
        "68家",
        "2022-01",
        "phrase in force",
    ),
    # a story's dateline (中评社哈密8月9日电/) and source clause before 今年上半年 leave it the
    # time of the story: its later paragraphs take the half-year (they took the year alone)
    case(
        "新疆哈密研发费用加计扣除为企业减税\n\n2024-08-09 00:15:23\n\n"
        "中评社哈密8月9日电/记者从哈密市税务局获悉,今年上半年,哈密市共有218户企业享受了加计扣除政策。\n\n"
        "从区域看,伊州区有126户企业享受政策,加计扣除金额4.08亿元。",
        "4.08亿元",
        "2024-01/2024-06",
        "document's time",
    ),
    case(
        "新疆哈密研发费用加计扣除为企业减税\n\n2024-08-09 00:15:23\n\n"
        "中评社哈密8月9日电/记者从哈密市税务局获悉,今年上半年,哈密市共有218户企业享受了加计扣除政策,同比增长31.3%。",
        "31.3%",
        "2024-01/2024-06",
        "phrase in force",
    ),
    # a date in numerals after 截至 (截至2024.06.30) is a time up to which a figure is counted, and
    # a 今年 after it names that date's year, no frame of its own (the firms took 2024)
    case(
        "某省科技型中小企业入库\n\n2024.07.16 来源:省科技厅\n\n"
        "记者从省科技厅了解到,截至2024.06.30,今年全省共有5862家企业通过评价入库。",
        "5862家",
        "2024-06",
        "phrase in force",
    ),
    # a five-year plan's name (实施“十四五”规划) frames no figure: the targets after 今年是… are
    # this year's (they took 2021/2025)
    case(
        "2022年某县政府工作报告\n\n二、2022年工作安排\n\n今年是实施“十四五”规划承上启下的关键之年。"
        "全县主要预期目标是:地区生产总值增长7%左右。",
        "7%左右",
        "2022",
        "phrase in force",
    ),
    # a month's part (7月中旬，…) dates the story's scene, not the months reported on (the town
    # figures took 2024-07)
    case(
        "郁南科技特派员下沉田头\n\n发布时间:2024-07-16 09:12\n\n7月中旬,郁南无核黄皮进入采收尾声。\n\n"
        "在建城镇,全镇无核黄皮种植面积约2.8万亩。",
        "约2.8万亩",
        "2024",
        "document's year",
    ),
    # a 去年 in someone's quoted words is the speaker's: it names no year of the text, which is
    # the year of its date (1-7月 took 2023 from the quote's 去年)
    case(
        "小小创新券撬动研发大投入\n\n2024-08-21 08:42:15 来源：某市日报\n\n"
        "本报讯 “这套检测要花两万多元。去年我们用了6万元创新券。”企业负责人说。\n\n"
        "1-7月，全市认定登记技术合同286项。",
        "286项",
        "2024-01/2024-07",
        "phrase in force",
    ),
    # a title's half-year with no year (上半年…成绩单) is of the year of a date after the first
    # quarter, whatever year the body names first (it took 2024, the year of last year's R&D)
    case(
        "上半年某市科技创新成绩单\n\n发布时间：2025年07月22日\n\n2024年全市R&D经费投入9.74亿元。\n\n全市新增科技型中小企业74家。\n",
        "74家",
        "2025-01/2025-06",
        "document's time",
    ),
    # --- document's year: the year of the document, else nothing
    case("全市新增高新技术企业160家。", "160家", "", "document's year"),
    # a story whose title names no year reports on the year its lead names before a noun
    # (对2024年度企业所得税汇算清缴…进行了梳理), not its date's (it was 2025)
    case(
        "研发费用加计扣除红利持续释放\n\n发布时间：2025-06-05\n\n日前，市税务局对2024年度企业所得税汇算清缴中"
        "科技创新类税收优惠的落实情况进行了梳理。数据显示，全市共有1386户企业享受研发费用加计扣除。",
        "1386户",
        "2024",
        "document's year",
    ),
    case("发布时间：2024-04-26\n\n全市新增高新技术企业12家。", "12家", "2024", "document's year"),
    case("全县新增科技型中小企业38家。\n\n县科技局\n2024年8月6日", "38家", "2024", "document's year"),
    case("县科技局  2024年2月3日\n\n全县新增科技型中小企业38家。", "38家", "", "document's year"),
    # a year written with 年度 that opens its clause, or stands by 我省, frames it (as 2015年 does)
    case("全省知识产权指数2013年在第14位，2015年度上升至第11位。", "第11位", "2015", "phrase in force"),
    case("截至4月底，有效发明专利5万件。我省2017年度实现专利权质押融资529笔。", "529笔", "2017", "phrase in force"),
    # a signature dated in numerals, as official documents date them
    case("全县新增科技型中小企业38家。\n\n县科技局\n二〇二四年八月六日", "38家", "2024", "document's year"),
    case("全县新增科技型中小企业38家。\n\n县科技局\n二〇二四年十二月十日", "38家", "2024", "document's year"),
    case("全县新增科技型中小企业38家。\n\n县科技局\n二〇二四年二月三日", "38家", "", "document's year"),
    # --- target after writing: a target with no time of its own, in a text written after the
    # year it reports on, is of the year of writing (a reply of 2025 on 2023's figures)
    case(
        "锦州市科学技术局关于第0217号提案的答复\n\n张委员：\n\n　　全市2023年R&D经费总支出为15.86亿元。\n\n"
        "　　我局正会同市财政局修订后补助办法，拟将补助比例由10%提高到15%。\n\n锦州市科学技术局\n2025年6月18日\n",
        "15%",
        "2025",
        "target after writing",
    ),
    # a heading's 过去一年 (充分肯定过去一年取得的成绩) is the time its section speaks of, not a
    # comparison base (it was, and the section took the speech's 今年: 2019)
    case(
        "在全县科技创新大会上的讲话\n\n发布时间：2019-02-22\n\n同志们：\n\n今天，县委、县政府召开大会，部署今年科技创新工作。"
        "\n\n一、充分肯定过去一年取得的成绩\n\n新建省级重点实验室1家。",
        "1家",
        "2018",
        "section",
    ),
    # January to December of one year is that year (截至12月底 for a flow; it was 2024-01/2024-12)
    case("截至2024年12月底，全市技术合同成交额120亿元。", "120亿元", "2024", "phrase in force"),
    case("2024年1-12月，全市技术合同成交额120亿元。", "120亿元", "2024", "phrase in force"),
    # what has been built up to a date (已建, 建有率) is a stock counted then (it was Jan to Sep)
    case("截至2021年9月底，全市规上工业企业已建研发机构2049家，建有率64.3%。", "2049家", "2021-09", "phrase in force"),
    case("截至2021年9月底，全市规上工业企业已建研发机构2049家，建有率64.3%。", "64.3%", "2021-09", "phrase in force"),
    # an estimate (预计达到) in a summary is of the year it reports on, though that had passed when
    # it was written (it was 2020, the year of writing, as a target's)
    case(
        "某县科学技术局局长2019年度述职报告\n\n发布时间：2020-01-16\n\n2019年，本人认真履行职责。\n\n"
        "全县R&D经费投入预计达到4.62亿元。",
        "4.62亿元",
        "2019",
        "document's time",
    ),
    # a stock's change since an earlier time (比上年末增加1147件，增长14.7%) accrued over the months:
    # the year here (it was 2024-12, the stock's moment); the stock itself and a share after the
    # change stay of the moment
    case(
        "截至2024年12月底，全市有效发明专利8936件，比上年末增加1147件，增长14.7%。", "1147件", "2024", "phrase in force"
    ),
    case(
        "截至2024年12月底，全市有效发明专利8936件，比上年末增加1147件，增长14.7%。", "14.7%", "2024", "phrase in force"
    ),
    case(
        "截至2024年12月底，全市有效发明专利8936件，比上年末增加1147件，增长14.7%。",
        "8936件",
        "2024-12",
        "phrase in force",
    ),
    case(
        "截至2025年6月底，全区有效期内高新技术企业达到63家，较去年同期增加9家，占全市总数的28.8%。",
        "28.8%",
        "2025-06",
        "phrase in force",
    ),
    # (review) a sum or an average over years counted back stays of them all, though 达到 stands
    # before it (it was the last year); a stock's level reached (增加至) is of the moment
    case(
        "某市科学技术局2023年工作总结\n\n五年来，全市累计投入财政科技资金达到35亿元。",
        "35亿元",
        "2019/2023",
        "phrase in force",
    ),
    case(
        "某市科学技术局2023年工作总结\n\n五年来，全市研发经费年均增长达到15%。", "15%", "2019/2023", "phrase in force"
    ),
    case(
        "某市科学技术局2023年工作总结\n\n截至6月底，全市有效发明专利较上年末增加至1.5万件。",
        "1.5万件",
        "2023-06",
        "phrase in force",
    ),
    # (review) what is added or traded in its own clause is a flow, whatever stock the sentence
    # counted before (it was 2023-11, after 已建)
    case(
        "截至2023年11月底，全市已建研发机构2049家，新增技术合同登记1500项。",
        "1500项",
        "2023-01/2023-11",
        "phrase in force",
    ),
    case("截至2023年11月底，全市已建研发机构2049家，新增技术合同登记1500项。", "2049家", "2023-11", "phrase in force"),
    # a turnover (成交, a flow word in its own clause) reached by a month's end is January to then,
    # though 达到 is a stock word (it was October alone; a strict xfail until now)
    case(GUIYANG + "截至10月底，全市技术合同成交额达到86亿元。", "86亿元", "2023-01/2023-10", "phrase in force"),
    # (review 2) 共 and 平均 inside words (公共, 平均研发投入强度) make no sum over the years
    case("某市科学技术局2023年工作总结\n\n五年来，全市公共技术服务平台增加到32家。", "32家", "2023", "end of a change"),
    # (review 2) a stock word in the figure's own clause wins over a flow word there (登记在册), but
    # 达到 does not (成交额达到86亿元 is a flow)
    case(
        "某市科学技术局2023年工作总结\n\n截至9月底，全市现有登记在册的科技型中小企业4500家。",
        "4500家",
        "2023-09",
        "phrase in force",
    ),
    # (review) a plan carried out (2024年超额完成工作计划) is that year's work, no plan's name
    case(
        "在2025年全市科技创新大会上的讲话\n\n2024年超额完成工作计划，全市新增高新技术企业120家。",
        "120家",
        "2024",
        "phrase in force",
    ),
    # --- the report's work: the work a report is on (5月至7月…开展检查。…现将检查情况报告如下) was
    # done in the year of writing, whatever year the figures it reports are of
    case(INSPECTION + "2024年，全区R&D经费投入14.9亿元。", "9个", "2025", "the report's work"),
    # a plan named by its work (2025年监督工作计划) is no time of the figures: the body's year is
    # the document's (it was 2025, the plan's)
    case(
        INSPECTION + "2024年，全区R&D经费投入14.9亿元。\n\n全区基础研究经费2680万元。",
        "2680万元",
        "2024",
        "document's time",
    ),
]

MUST_NOT = [
    # a year word (全年) after a target's year in its sentence (2023年计划…力争全年…) is that year
    # (it was the report's year)
    case(
        "腾冲市科技局2022年工作总结\n\n四、下一步工作\n\n2023年计划安排专项资金450万元，力争全年新增高新技术企业8家以上。",
        "8家以上",
        "2022",
        "",
    ),
    # 全年 after 占 (占全年预算的31.4%) is the time of the whole, not of the share (it was the year)
    case("腾冲市科技局2022年上半年工作总结\n\n截至6月底支出仅占全年预算的31.4%。", "31.4%", "2022", ""),
    # what has been built up to a month's end (截至8月底，累计建成…23个) is a stock counted then, not a
    # flow since January (it was 2024-01/2024-08)
    case(
        "2024年1—8月全省技术市场运行情况\n\n截至8月底，全省已累计建成省级中试基地23个。", "23个", "2024-01/2024-08", ""
    ),
    # (review) 去年 frames its own sentence: its 四季度 is of that year, not of the year of writing
    case(
        "发布时间：2024-05-10\n\n去年，全市技术合同成交额120亿元，四季度成交额45亿元。", "45亿元", "2024-10/2024-12", ""
    ),
    # (review) a range (从5万元到20万元) is no change: its first value is of the year in force
    case("2023年，对新认定的高新技术企业给予从5万元到20万元的奖励。", "5万元到20万元", "2022", ""),
    # (review) a summary that tells of its inspections keeps its months (检查, 督查 are ordinary work)
    case(
        "2024年上半年，我局扎实开展科技安全检查和项目督查，现将有关情况报告如下：\n\n全市新增高新技术企业26家。",
        "26家",
        "",
        "",
    ),
    # a target is of no time that had passed when it was set: not of the document's leading year
    # (2015年，全县… in a survey published in 2016; it was 2015)
    case(
        "县政协调研报告\n\n发布时间:2016-09-18\n\n2015年，全县认定登记技术合同86项。\n\n三、意见建议\n\n"
        "(一)加大资金投入。县财政科技投入年均增长15%以上。",
        "15%以上",
        "2015",
        "",
    ),
    # the months of the inspection or survey a report is on (6月至8月，…开展专题调研。现将调研情况报告
    # 如下) date that work, not the figures: they were 2016-06/2016-08; a summary's 现将…工作状况汇报
    # 如下 keeps its months, its work is what its figures count
    case(
        "县政协关于科技成果转化的调研报告\n\n发布时间:2016-09-18\n\n6月至8月,县政协组织委员开展专题调研,"
        "走访企业16家。现将调研情况报告如下:\n\n全县共认定登记技术合同86项。",
        "86项",
        "2016-06/2016-08",
        "",
    ),
    case(
        "某县科技局2021年上半年工作总结\n\n上半年,县科技局努力抓好重点工作落实。现将半年来工作状况汇报如下:\n\n"
        "全县新增高新技术企业6家。",
        "6家",
        "2021",
        "",
    ),
    # a year counted back (去年一季度) frames its own sentence: a later 一季度 is the document's
    # year's (it was 2020, the year before)
    case(
        "湖南省2021年一季度经济运行新闻发布会\n\n去年一季度受疫情冲击，基数偏低。一季度全省地区生产总值9735.2亿元。",
        "9735.2亿元",
        "2020-01/2020-03",
        "",
    ),
    # a figure after 由 that no change to another value follows starts no change (由企业自筹)
    case("2023年，全市研发资金由企业自筹3.2亿元。", "3.2亿元", "2022", ""),
    # nor does a target's: the value a plan starts from is the present one (拟将补助比例由10%提高到15%)
    case("某区科技局2024年工作总结\n\n2025年，拟将补助比例由10%提高到15%。", "10%", "2024", ""),
    # ... but a figure done, not planned, keeps the year the text reports on
    case(
        "锦州市科学技术局关于第0217号提案的答复\n\n张委员：\n\n　　全市2023年R&D经费总支出为15.86亿元。\n\n"
        "　　全市规上工业企业研发费用4.2亿元。\n\n锦州市科学技术局\n2025年6月18日\n",
        "4.2亿元",
        "2025",
        "",
    ),
    # a list's time ends with its run: the lines under the next heading are the document's
    case(BULLETS_DOC, "124家", "2024", "section"),
    # a year with 年度 inside a noun phrase names a batch, not the figure's time
    case("某市2023年科技工作总结\n\n全市组织企业申报2024年度省“尖兵”项目12项。", "12项", "2024", ""),
    # 去年 inside a comparison is not the period
    case("发布时间：2024-01-20\n\n2023年，全市技术合同成交额达到320亿元，较去年增长20%。", "20%", "2022", ""),
    case("发布时间：2024-03-20\n\n全市技术合同成交额比去年增长20%，达到320亿元。", "20%", "2023", ""),
    # the base year of a comparison is not the figure's
    case("2023年，全市技术合同成交额达到86.5亿元，比2022年增长23%。", "23%", "2022", ""),
    case(HUANGSHI + "与2022年相比，全市技术合同成交额增长26%。", "26%", "2022", ""),
    case(HUANGSHI + "全市技术合同成交额较2022年增长26%，达到88亿元。", "88亿元", "2022", ""),
    case(HUANGSHI + "2023年，全市新增高新技术企业126家，比2022年多36家。", "36家", "2022", ""),
    # an attributive time dates its own figure only, not the one after it
    case("全区研发投入由2019年的12.3亿元增加到2023年的21.6亿元。", "21.6亿元", "2019", ""),
    case(HUANGSHI + "技术合同登记机构由2021年的4家增加到7家。", "7家", "2021", ""),
    # ... nor a base year's value the figures after it (the ratio to it is the later year's)
    case("2023年成交额96.5亿元，是2020年基期值（28.4亿元）的3.4倍，年均增长50.3%。", "3.4倍", "2020", ""),
    case("2023年成交额96.5亿元，是2020年基期值（28.4亿元）的3.4倍，年均增长50.3%。", "50.3%", "2020", ""),
    case("全市R&D经费2020年基期值42.6亿元。规划提出到2025年达到80亿元，目前完成度为77.3%。", "77.3%", "2020", ""),
    # what is done after a target (完成度, 目前) is not of the target's year
    case(HUANGSHI + "2023年强度为2.17%；规划目标为到2025年达到2.5%，完成度86.8%。", "86.8%", "2025", ""),
    case(HUANGSHI + "规划提出到2025年达到80亿元，目前完成度为77.3%。", "77.3%", "2025", ""),
    # a dateline early in the year may sum up the year before: it dates nothing
    case("县科技局  2024年2月3日\n\n全县新增科技型中小企业38家。", "38家", "2024", ""),
    # the plan year in a title (和2025年工作计划) is not the year summed up
    case("某区2024年科技工作总结\n\n2025年计划和目标：新增高企100家。", "100家", "2025", ""),
    case("某区2024年科技工作总结和2025年工作计划\n\n全区新增高新技术企业86家。", "86家", "2025", ""),
    # a stock counted 截至10月底 is the month, not January to October
    case(
        GUIYANG + "截至10月底，全市技术合同成交额86亿元，有效高新技术企业达到1860家。", "1860家", "2023-01/2023-10", ""
    ),
    # the plan's period itself (十四五期间) stays the whole plan
    case(GUIYANG + "“十四五”期间，力争新增孵化器20家。", "20家", "2021/2023", ""),
    # ... and not the sentences after it
    case(
        "高新区科技创新工作简报\n2024年11月8日\n\n1-10月，全区技术合同成交额62.4亿元。"
        "科技部近日公布2023年度国家高新区综合评价结果，本区综合排名第21位。新增研发机构17个。",
        "17个",
        "2023",
        "",
    ),
    # 全年 with no heading's year is the document's year
    case(GUIYANG + "全年新增高新技术企业160家。", "160家", "2024", ""),
    # the date of an event (2023年5月召开大会) is a month, not the year
    case(HUANGSHI + "2023年5月，全市召开科技创新大会，表彰先进企业56家。", "56家", "2023", ""),
]

BUGS_CAUGHT = [
    # since a five-year plan began (十四五以来) runs to the report's year, as 2019年以来 does: it
    # was the whole plan (2021/2025), also quoted (“十四五”以来) and for a plan ended (十三五以来)
    case(GUIYANG + "“十四五”以来，累计新增国家级科技企业孵化器12家。", "12家", "2021/2023", "phrase in force"),
    case(GUIYANG + "十三五以来，全市累计新增孵化器20家。", "20家", "2016/2023", "phrase in force"),
    # 全年 under a heading that gives a year (二、2024年工作计划) is that year: it took the
    # document's (2023)
    case(GUIYANG + "二、2024年工作计划\n\n力争全年新增高新技术企业500家以上。", "500家以上", "2024", "phrase in force"),
    case(GUIYANG + "2024年工作计划：\n力争全年技术合同成交额达到80亿元。", "80亿元", "2024", "phrase in force"),
    # the year a multiple is taken of (是2018年的2.6倍) is its base, not its time: it was 2018
    case(HUANGSHI + "全市高新技术企业达到1086家，是2018年的2.6倍。", "2.6倍", "2023", "section"),
    # a year before 计划 or 目标 that go on with what is planned (计划新增) is the year planned
    # for, not a plan's name (2025年工作计划): it was the document's year
    case("某市科技局2023年工作总结\n\n2024年计划新增科技型中小企业300家。", "300家", "2024", "phrase in force"),
    case("某市科技局2023年工作总结\n\n2025年目标新增高新技术企业80家。", "80家", "2025", "phrase in force"),
    # (a strict xfail) a count since a year (2017年以来) covers that year to the document's: it was 2017
    case(HUANGSHI + "2017年以来，全市累计培育高新技术企业1260家。", "1260家", "2017/2023", "phrase in force"),
    case(HUANGSHI + "2023年以来，全市新增高新技术企业126家。", "126家", "2023", "phrase in force"),
    # (these two were strict xfails) the base year of a multiple was the figure's period, and
    # became the document's leading time
    case("2023年，全省高新技术企业总数达到1.5万家，是2018年的2.3倍。", "2.3倍", "2023", "phrase in force"),
    case("全省高新技术企业总数达到1.5万家，是2018年的2.3倍。", "1.5万家", "", "document's year"),
    # what is compared with a year is not of that year, though the year opens its clause: 100%
    # was 2022
    case(
        "平江县科技局2023年工作总结\n\n全年新增高新技术企业12家，2022年新增高新技术企业6家，较2022年增长100%。",
        "100%",
        "2023",
        "section",
    ),
    # 累计 after 截至X月底 sums the months since January, as 共 does (it was a stock at the month)
    case(
        "正定县科学技术局工作简报（2025年第5期）\n\n截至5月底，累计登记技术合同176项，成交额2.87亿元。",
        "176项",
        "2025-01/2025-05",
        "phrase in force",
    ),
    # (review) a first in years (3年来首次下降), a streak (连续5年来) or a plan's years (未来五年间)
    # is no span the figures cover
    case("某市2023年工作总结\n\n全市研发投入3年来首次下降，降幅2%。", "2%", "2023", "section"),
    case("某市2024年工作要点\n\n未来五年间，力争新增高企500家。", "500家", "2024", "section"),
    # a heading of the years before the time of writing (一、过去五年工作回顾) sets its section's
    # period (its figures took the report's 2022)
    case(
        "2022年某县政府工作报告\n\n发布时间:2022-01-24\n\n一、过去五年工作回顾\n\n五年累计登记技术合同3250项。",
        "3250项",
        "2017/2021",
        "section",
    ),
    # a series of years that had passed by a date after the first quarter is the past of a text
    # about that date's year (the inspection of 2024年4月 became one of 2023)
    case(
        "关于检查科学技术进步法实施情况的报告\n——2024年4月25日在市人大常委会会议上\n\n"
        "检查组深入18家企业进行实地检查。\n\n2021年至2023年，市本级财政科学技术支出累计达到11.4亿元。",
        "18家",
        "2024",
        "document's year",
    ),
    # the figure of a comparison's base named by 上年 (较上年同期的55家) is of that year (it took
    # the document's)
    case(
        "缙云县2022年度高新技术企业公示情况分析\n\n我县共有68家企业列入公示名单，较上年同期的55家增长23.6%。",
        "55家",
        "2021",
        "attributive",
    ),
    # a span of years written with 年 after each (2021年至2023年) was two phrases: 2021年 named
    # the document's year, 至2023年 a target
    case(
        "关于检查科学技术进步法实施情况的报告\n——2024年4月25日\n\n2021年至2023年，市本级财政科学技术支出累计达到11.4亿元。",
        "11.4亿元",
        "2021/2023",
        "phrase in force",
    ),
    # the years counted back from the time of writing (五年来, 过去五年, 近两年) were no time
    # phrase: the document's year was taken
    case(
        "遵义市科技创新这五年\n发布时间：2023-03-10\n\n五年来，全市累计引进各类科技人才3200余名。2022年，全市研发经费38.7亿元。",
        "3200余名",
        "2018/2022",
        "phrase in force",
    ),
    case(
        "某市政府工作报告\n2023年1月10日\n\n过去五年，全市新增高新技术企业320家，年均增长18%。",
        "320家",
        "2018/2022",
        "phrase in force",
    ),
    # 今年 in a story dated after its first quarter is the date's year: the first year written
    # (2021年，全省… further on) was taken for the document's
    case(
        "前三季度我省技术合同成交额同比增长超两成\n来源：南方日报　发布时间：2022年10月20日\n\n"
        "本报讯 记者19日从广东省科技厅获悉，今年1-9月，全省共登记技术合同3.56万项。"
        "省科技厅有关负责人介绍，2021年，全省技术合同成交额4291.9亿元，居全国第二位。",
        "超两成",
        "2022-01/2022-09",
        "phrase in force",
    ),
    # a batch's year further on (对2023年度首次通过认定的企业) was taken for the document's; the
    # batch the title names is the document's year
    case(
        "南京市江宁区科学技术局关于2024年度第一批科技创新券兑现情况的公示\n\n"
        "对2023年度首次通过国家高新技术企业认定的35家企业给予培育奖励，合计700万元。",
        "700万元",
        "2024",
        "document's year",
    ),
    # 明年 was no time phrase: the title's year was taken
    case(HUANGSHI + "明年，全市力争新增高新技术企业200家。", "200家", "2024", "phrase in force"),
    # a sentence's second figure took the time frame the first had refused (the carry cache)
    case(
        "2023年上半年工作情况\n\n上半年，全区新认定科技型中小企业86家。1—5月，全区研发费用5.26亿元。"
        "全区技术合同登记额9.8亿元，其中技术开发合同4.1亿元。",
        "4.1亿元",
        "2023-01/2023-06",
        "section",
    ),
    # a paragraph that switched frames: an unmarked sentence takes the document's time
    case(
        "2023年上半年工作情况\n\n上半年，全区新认定科技型中小企业86家。1—5月，全区研发费用5.26亿元。全区新引进企业12家。",
        "12家",
        "2023-01/2023-06",
        "section",
    ),
    # 今年 is the year of the publication date
    case(
        "发布时间：2023-05-10\n\n2022年，全县研发投入18.6亿元。今年一季度，全县新增科技型中小企业36家。",
        "36家",
        "2023-01/2023-03",
        "phrase in force",
    ),
    # a plan's title gives the document its year
    case("江津区科学技术局2024年工作要点\n\n全年新增科技型中小企业300家以上。", "300家以上", "2024", "phrase in force"),
    # 截至11月底 is January to November for a flow
    case("截至2023年11月底，全市共输出技术合同成交额56.2亿元。", "56.2亿元", "2023-01/2023-11", "phrase in force"),
    # years written in Chinese numerals
    case("到二〇二七年，全市科技进步贡献率达到百分之六十五。", "百分之六十五", "2027", "phrase in force"),
    # 工作总结和2025年工作计划 sums up 2024
    case("区科技局2024年工作总结和2025年工作计划\n\n全年新增高新技术企业56家。", "56家", "2024", "phrase in force"),
    # the year of an earlier event (继2022年…后) holds in its own clause only: it was the
    # document's year, and 今年 and the clauses after it took it
    case(
        "发布时间：2023-06-01\n\n继2022年突破百亿元后，全市技术合同成交额再创新高，达到156.2亿元。",
        "156.2亿元",
        "2023",
        "document's year",
    ),
    case("继2022年突破百亿元后，全市技术合同成交额今年达到156.2亿元。", "百亿元", "2022", "phrase in force"),
    case("继2022年突破百亿元后，全市技术合同成交额今年达到156.2亿元。", "156.2亿元", "", "phrase in force"),
    # a span of years that had passed when the text was written (a series' caption) gives the
    # document its last year: its first was taken (2019)
    case(
        "全市科技经费投入统计公报\n发布时间：2024-03-15\n\n全年研究与试验发展(R&D)经费支出86.5亿元，比上年增长9.4%。"
        "\n\n2019-2023年研究与试验发展经费支出及其增长速度\n\n全市共有高新技术企业1860家。",
        "1860家",
        "2023",
        "document's time",
    ),
    # 截至 a day of a month is the time up to that month (8月15日 was no time phrase: a date)
    case(
        "发布时间：2024-08-19\n\n截至8月15日，全市共有2316家企业通过评价入库。截至8月15日，全市登记技术合同成交额28.6亿元。",
        "28.6亿元",
        "2024-01/2024-08",
        "phrase in force",
    ),
    # a sentence that opens by its source (记者从…了解到，) opens, for its time, with the clause
    # after it: the part after ； took 今年以来 of the sentence before
    case(
        "发布时间：2024-08-22\n\n今年以来，嘉兴市深化创新券改革。记者从嘉兴市科技局了解到，截至7月底，全市共发放创新券1.68亿元；"
        "企业使用创新券9826.5万元，同比增长47.3%。",
        "9826.5万元",
        "2024-01/2024-07",
        "phrase in force",
    ),
    # 目前 names the time of writing, as 今年 does: a letter signed in 2025 on 2024's results
    # (its date above its contact lines) counts its firms 目前 in 2025 (it took 2024, the year
    # of the sentence before)
    case(
        "北辰区科学技术局关于第0126号建议的答复\n\n王立新代表：\n\n　　2024年全区科技型企业贷款余额126.4亿元。"
        "目前，全区评价入库科技型中小企业1652家。\n\n北辰区科学技术局\n2025年6月20日\n\n联系人：刘晓梅\n\n"
        "联系电话：022-26395817\n\n抄送：区人大常委会代表工作室。\n",
        "1652家",
        "2025",
        "phrase in force",
    ),
    # ... as does a speaker's turn (黄丽萍：) and a source's data (根据省里反馈的数据，): the part
    # after ； took the year the paragraph before opened with
    case(
        "抚州市新闻发布会\n\n时间：2025年4月23日\n\n周建华：2024年，全市研发费用31.7亿元。\n\n"
        "黄丽萍：根据省里反馈的数据，2023年全市研发经费投入36.8亿元，增长12.4%；其中企业研发经费29.1亿元。",
        "29.1亿元",
        "2023",
        "phrase in force",
    ),
    # ... as does one that opens by whose figures follow (统计显示，): the part after ； took the
    # month of the paragraph before
    case(
        "截至5月底，全市有效发明专利达到1.2万件。\n\n统计显示，2023年，全市申请发明专利8800件；获授权发明专利2100件。",
        "2100件",
        "2023",
        "phrase in force",
    ),
    # a speech given early in a year reviews the year before as 过去一年 (it was not read as a
    # time phrase, and the plan's heading gave the document its year)
    case(
        "县人民政府工作报告\n——2024年1月16日在县人民代表大会上\n\n一、过去一年工作回顾\n\n"
        "过去一年，全县新认定高新技术企业36家。\n\n二、2024年工作安排\n（略）",
        "36家",
        "2023",
        "phrase in force",
    ),
    # the base year of an evaluation (以2020年为基期) is no time of its figures: it was the
    # document's year
    case(
        "某市科技创新规划实施中期评估报告\n\n评估以2020年为基期、2023年为评估时点，规划目标年为2025年。\n\n"
        "创新主体明显壮大。评价入库科技型中小企业312家。",
        "312家",
        "2023",
        "document's time",
    ),
    # (also written 以2020年数据作为基期值)
    case(
        "某市科技创新规划中期评估报告\n\n以2020年数据作为基期值、以2023年数据作为评估值开展了中期评估。\n\n"
        "规划确定的15项主要指标中，9项快于序时进度。",
        "9项",
        "2023",
        "document's time",
    ),
    # ... and the document's year is the one reviewed, for 全年 further on
    case(
        "县人民政府工作报告\n——2024年1月16日在县人民代表大会上\n\n过去一年，全县经济稳中有进。"
        "开发区全年新引进企业412家。\n\n二、2024年工作安排\n（略）",
        "412家",
        "2023",
        "phrase in force",
    ),
    # months without a year after 今年 in a story about last year are this year's months
    case(
        "2022-03-18 来源：日报\n\n去年，全省共登记技术合同16320项。\n\n"
        "今年，全省继续推进技术市场建设。截至2月底，泉州市共认定登记技术合同83项。",
        "83项",
        "2022-01/2022-02",
        "phrase in force",
    ),
    # the year of an evaluation dates the figures read from it, in its sentence (it was read as
    # a batch's, and the rank took the brief's months)
    case(
        "高新区科技创新工作简报\n\n1-10月，全区技术合同成交额62.4亿元。"
        "科技部近日公布2023年度国家高新区综合评价结果，本区综合排名第21位。",
        "第21位",
        "2023",
        "phrase in force",
    ),
    # a time phrase opening a part of a sentence joined by ；, as one opening a sentence, holds for
    # the parts after it: the later parts took the document's year
    case(
        GUIYANG + "科技型企业培育有序推进；1-10月，全市新认定科技型中小企业1149家；其中高新区新认定326家。",
        "326家",
        "2023-01/2023-10",
        "phrase in force",
    ),
    # 今年计划 is the year a plan is for, as 2024年计划 is: the figure's year (it took the
    # document's year, the year before the work report's date)
    case(
        "通海县人民政府工作报告\n2025年1月9日\n\n去年研发平台达到27个。今年计划再建研发平台5个。",
        "5个",
        "2025",
        "phrase in force",
    ),
    # 上年度 before a noun dates its own clause (上年度研发费用: the year before), not the clauses
    # after it (it was a comparison base, and the figure took the document's year)
    case(
        "关于2025年第三批科技型中小企业入库情况的公告\n\n本批入库企业上年度研发费用合计7.01亿元；其中首次入库的企业129家。",
        "7.01亿元",
        "2024",
        "phrase in force",
    ),
    case(
        "关于2025年第三批科技型中小企业入库情况的公告\n\n本批入库企业上年度研发费用合计7.01亿元；其中首次入库的企业129家。",
        "129家",
        "2025",
        "document's year",
    ),
    # a heading's year counted from the time of writing (三、明年工作打算) sets its section: it was
    # a comparison base (the heading's number before it opened no clause), and the targets took
    # the document's year
    case(
        "七台河市科技局2024年工作总结\n\n一、今年工作成效\n全市新增高新技术企业12家。\n\n三、明年工作打算\n"
        "力争有效期内高新技术企业突破80家。",
        "80家",
        "2025",
        "section",
    ),
    # a time after 其中 is a part of the frame before (其中三季度单季…): its sentence's own, and the
    # sentences after it keep the paragraph's frame (7家 took the brief's 三季度: frames had switched)
    case(
        "荣昌区大学科技园2025年三季度运行简报\n\n1~9月，园区实现营业收入23.6亿元。其中三季度单季实现营业收入9.2亿元。"
        "营业收入超亿元的企业有7家。",
        "7家",
        "2025-01/2025-09",
        "phrase in force",
    ),
]

XFAIL = [
    xfail(
        HUANGSHI + "全年技术合同成交额达到88亿元，上半年和下半年分别为36亿元和52亿元。",
        "36亿元",
        "2023-01/2023-06",
        "上半年和下半年分别为… pairs each half with its figure; the joined span (the year) is given to both",
    ),
]

MUST_T = table("must", MUST)
MUST_NOT_T = table("not", MUST_NOT)
BUGS_T = table("bug", BUGS_CAUGHT)
XFAIL_T = table("xfail", XFAIL)


@pytest.mark.parametrize("text,figure,period,rule", MUST_T + BUGS_T)
def test_period_must(text, figure, period, rule):
    e = explained(text, figure)
    assert (e.record.period, e.rule("period")) == (period, rule)


@pytest.mark.parametrize("text,figure,wrong,rule", MUST_NOT_T)
def test_period_must_not(text, figure, wrong, rule):
    e = explained(text, figure)
    assert e.record.period != wrong
    if rule:
        assert e.rule("period") != rule


@pytest.mark.parametrize("text,figure,period,rule", XFAIL_T)
def test_period_xfail(text, figure, period, rule):
    assert explained(text, figure).record.period == period


def test_every_period_rule_is_specified():
    check_rule_tables([r.name for r in PERIOD_RULES], MUST, MUST_NOT, BUGS_CAUGHT)


def test_a_plans_title_may_write_its_year_in_numerals():
    # 二〇二五年工作要点 is a plan for 2025, as 2025年工作要点 is (it was no plan's title)
    from kjstats.document import read_document
    from kjstats.lexicon import default_categories

    for title in ("某县科技局二〇二五年工作要点", "某县科技局2025年工作要点"):
        doc = read_document(title + "\n\n力争新增高新技术企业20家。", default_categories(), None)
        assert doc.plan_year == 2025, title
