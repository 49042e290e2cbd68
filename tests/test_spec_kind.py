"""Specification of a record's kind (level, growth, share, rank; records.md), rule by rule of
kinds.KIND_RULES. The tables' shapes are described in tests/spec_common.py: MUST (value and the
rule that decides it), MUST NOT (a tempting wrong kind), BUGS CAUGHT, STRICT XFAIL (wrong today).
Every sentence is written for these tests.
"""

import pytest

from kjstats.kinds import KIND_RULES
from spec_common import case, check_rule_tables, explained, table, xfail

MUST = [
    # --- those among a whole: a percent after "X中…的" is the share of X that does it
    case("小型和微型企业中开展研发活动的不足10%。", "不足10%", "share", "those among a whole"),
    case("大型企业中有研发活动的为61.5%。", "61.5%", "share", "those among a whole"),
    # --- rank: 第二, 前三位, 首位
    case("2022年，宜宾市叙州区综合科技创新水平位居全省第五。", "第五", "rank", "rank"),
    case("全县科技型中小企业入库数量居全市首位。", "首位", "rank", "rank"),
    case("芜湖高新区在全国169家国家高新区中排名第39位，较上年前移7位。", "第39位", "rank", "rank"),
    case("全省技术合同成交额排名全国前十。", "前十", "rank", "rank"),
    case("全市技术合同成交额居全省第2位。", "第2位", "rank", "rank"),
    case("衡阳高新区综合评价排名全省第三，连续两年进位。", "第三", "rank", "rank"),
    case("全市专利授权量位居全省第3位，比上年提升2位。", "第3位", "rank", "rank"),
    case("在2023年全国科技创新百强市中，济南市排名第21位。", "第21位", "rank", "rank"),
    # the level a share or intensity reached (由2020年的0.63%提高到0.86%) is a share (it was a level)
    case("R&D经费投入强度由2020年的0.63%提高到0.86%。", "0.86%", "share", "percent"),
    case("R&D经费投入强度由2020年的0.63%提高到0.86%。", "0.63%", "share", "percent"),
    # a count's change after 比上年末提高 (was a level: 提高 was no change verb of counts)
    case("每万人口发明专利拥有量17.6件，比上年末提高2.1件。", "2.1件", "growth", "compared change"),
    # --- fraction: a part of a whole (超全省三分之二 was a level); 百分之二十 is no fraction
    case("全市合计成交额289.8亿元，超全省三分之二。", "三分之二", "share", "fraction"),
    # --- rate applied: a percent right after 按 is the rate a subsidy or a tax is given at (it
    # was a strict xfail: 增量 before it read as a growth cue)
    case("对企业上年度研发投入增量按10%给予补助。", "10%", "share", "rate applied"),
    case("全市312户高新技术企业按15%的优惠税率申报缴纳企业所得税。", "15%", "share", "rate applied"),
    # --- score change: a score in 分 right after a growth cue is the score's change (it was a level)
    case("综合科技创新水平指数为52.36分，比上年提高2.14分。", "2.14分", "growth", "score change"),
    case("海东市为47.90分，比上年下降0.82分。", "0.82分", "growth", "score change"),
    # --- percentage points: a change of a rate
    case("全区高新技术产业增加值占规上工业增加值比重提高1.8个百分点。", "1.8个百分点", "growth", "percentage points"),
    case("研发投入强度达到2.41%，较上年提升0.12个百分点。", "0.12个百分点", "growth", "percentage points"),
    case("技术合同成交额同比下降12.4%，降幅较一季度收窄3个百分点。", "3个百分点", "growth", "percentage points"),
    case("科技进步贡献率比上年提高1.5个百分点。", "1.5个百分点", "growth", "percentage points"),
    case("高新技术产业投资增速回落4.2个百分点。", "4.2个百分点", "growth", "percentage points"),
    # --- doubling: 翻番, 翻两番, a growth written as a word
    case("全市高新技术企业数量比2020年翻一番。", "翻一番", "growth", "doubling"),
    case("新能源产业当月完成产值33.8亿元，增速实现翻番。", "翻番", "growth", "doubling"),
    # --- decrease: 下降, 减少, 回落, 降幅 make a negative change
    case("专利授权量下降6.3%。", "6.3%", "growth", "decrease"),
    case("全市规上工业企业研发费用减少1.2亿元。", "1.2亿元", "growth", "decrease"),
    case("技术合同成交额同比下降12.4%，降幅较一季度收窄3个百分点。", "12.4%", "growth", "decrease"),
    case("高新技术产品出口额同比回落8.6%。", "8.6%", "growth", "decrease"),
    case("受外部环境影响，新增科技型中小企业数量同比减少126家。", "126家", "growth", "decrease"),
    case("全区专利申请量降幅为14.1%。", "14.1%", "growth", "decrease"),
    case("规上工业企业研发费用下降2~3%。", "2~3%", "growth", "decrease"),
    case("全市科技型中小企业比上年少12家。", "12家", "growth", "decrease"),
    # --- percent: growth or share by the cue nearest the number, else what it is listed with
    case("有效发明专利拥有量同比增长18.6%。", "18.6%", "growth", "percent"),
    case("全省高新技术企业数量达到1.2万家，增速为21%。", "21%", "growth", "percent"),
    case("全市R&D经费支出年均增长12.3%。", "12.3%", "growth", "percent"),
    # a percent before 的 and a noun is the share that noun is (it was a level); before a growth
    # phrase (35%以上的高速增长) it stays a growth
    case("国家高新区贡献了全省28.4%的高新技术企业。", "28.4%", "share", "percent"),
    case("全市研发投入保持35%以上的高速增长。", "35%以上", "growth", "percent"),
    # a percent before 的 and a growth word is that growth rate (the cue follows the number)
    case("全市高新技术产业投资保持了35%以上的高速增长。", "35%以上", "growth", "percent"),
    case("研发投入实现了15%的增长。", "15%", "growth", "percent"),
    case("全市R&D经费投入强度为2.68%。", "2.68%", "share", "percent"),
    # a bracketed whole (占…（78家）) between the share's cue and its percent
    case("有研发活动的规上工业企业45家，占全县规上工业企业（78家）的57.7%。", "57.7%", "share", "percent"),
    # the part of a target done (完成年度目标任务的65.8%) is a share of it (it was a level)
    case("全区科技型中小企业评价入库537家，完成年度目标的41.3%。", "41.3%", "share", "percent"),
    case("高新技术产业增加值占规上工业比重达到47.3%。", "47.3%", "share", "percent"),
    case("科技进步贡献率达到63.5%。", "63.5%", "share", "percent"),
    case("科技成果转化率提高至45%。", "45%", "share", "percent"),
    # (restated: the part of a target done is a share, as 目标完成率 is; it was a level)
    case("全区完成全年目标任务的112%。", "112%", "share", "percent"),
    case("高新技术产业增加值同比增长12.6%、15.1%和9.4%。", "15.1%", "growth", "percent"),
    case("全市高新技术企业营业收入增长15.2%，高于全国平均水平(9.8%)。", "9.8%", "growth", "percent"),
    case("研发费用增长较快，达到31.2%。", "31.2%", "growth", "percent"),
    case("七成以上规上工业企业设立了研发机构。", "七成以上", "share", "percent"),
    case("高新技术企业数量是上年的1.3倍。", "1.3倍", "level", "percent"),
    # --- places gained: 较上年提升5位
    case("芜湖高新区在全国169家国家高新区中排名第39位，较上年前移7位。", "7位", "growth", "places gained"),
    case("全市专利授权量位居全省第3位，比上年提升2位。", "2位", "growth", "places gained"),
    case("区域创新能力排名上升3位。", "3位", "growth", "places gained"),
    case("综合排名较上年后退2位。", "2位", "growth", "places gained"),
    # --- compared change: money or a count after a comparison and a change verb
    case("全市技术合同成交额比上年增加38.6亿元。", "38.6亿元", "growth", "compared change"),
    case("高新技术企业数量较上年增加126家。", "126家", "growth", "compared change"),
    case("全区R&D经费支出较去年同期多出2.3亿元。", "2.3亿元", "growth", "compared change"),
    case("全市高新技术企业比上年新增126家。", "126家", "growth", "compared change"),
    case("有效发明专利同比增加1260件。", "1260件", "growth", "compared change"),
    case("全市新增高新技术企业215家，较上年增加36家。", "36家", "growth", "compared change"),
    # --- change verb: 增加/增长 right before money or a count (not 新增)
    case("技术合同成交额增加31.76亿元。", "31.76亿元", "growth", "change verb"),
    case("全县专利授权量增加了356件。", "356件", "growth", "change verb"),
    case("全县R&D经费支出增长3.2亿元，增幅18%。", "3.2亿元", "growth", "change verb"),
    case("全市研发人员增加1260人。", "1260人", "growth", "change verb"),
    # --- level: everything else
    case("全市新增高新技术企业215家。", "215家", "level", "level"),
    case("全年净增科技型中小企业300家。", "300家", "level", "level"),
    case("全县规上工业增加值达到186.3亿元。", "186.3亿元", "level", "level"),
    case("全区实现高新技术产业增加值92.7亿元。", "92.7亿元", "level", "level"),
    case("全市拥有有效发明专利1.8万件，每万人口发明专利拥有量达到24.6件。", "24.6件", "level", "level"),
    case("全市专利授权量达到2.6万件。", "2.6万件", "level", "level"),
    case("研发人员不少于50人。", "不少于50人", "level", "level"),
    case("全市高新技术企业数量增至1860家。", "1860家", "level", "level"),
    case("全市高新技术企业数量增长到1860家。", "1860家", "level", "level"),
    case("芜湖高新区在全国169家国家高新区中排名第39位，较上年前移7位。", "169家", "level", "level"),
    # --- list of changes: an item after a change, same unit, joined by 、和及 only
    case("全市三家高新区位次明显提升，分别提升了5位、2位和7位。", "2位", "growth", "list of changes"),
    case("研发投入分别增加12亿元、8亿元和3亿元。", "3亿元", "growth", "list of changes"),
]

MUST_NOT = [
    # ... nor the top one of them (各县区中最高的为35.2%: its own figure)
    case("全市技术合同成交额增长12%，各县区中最高的为35.2%。", "35.2%", "share", ""),
    # ... not when a growth cue names what the percent is (企业中研发投入增长的达到12%)
    case("全市企业中研发投入增长的达到12%。", "12%", "share", ""),
    # a percent written in words (百分之二十) is no fraction: its kind is its clause's
    case("成交额比去年同期增长百分之二十。", "百分之二十", "share", "fraction"),
    # ... not a share before 的 and a noun (占比达到35%的企业)
    case("研发投入占比达到35%的企业。", "35%", "growth", ""),
    # 新增 counts new things: no change verb
    case("全市新增高新技术企业215家，较上年增加36家。", "215家", "growth", "change verb"),
    case("全年新增省级研发机构18家。", "18家", "growth", "change verb"),
    # 增加 inside 增加值 is a noun
    case("全县规上工业增加值达到186.3亿元。", "186.3亿元", "growth", "change verb"),
    case("全区实现高新技术产业增加值92.7亿元。", "92.7亿元", "growth", ""),
    # a rate raised to a level is no growth rate
    case("科技成果转化率提高至45%。", "45%", "growth", ""),
    case("R&D经费投入强度提升至2.35%。", "2.35%", "growth", ""),
    # the growth cue of an earlier clause does not reach past the share cue
    case("研发经费增长较快，占GDP比重达2.52%。", "2.52%", "growth", ""),
    # 不少于 is a bound, not 少 (fewer)
    case("研发人员不少于50人。", "不少于50人", "growth", "change verb"),
    # places in a ranking are no rank themselves, a rank no change
    case("区域创新能力排名上升3位。", "3位", "rank", "rank"),
    case("全市专利授权量位居全省第3位，比上年提升2位。", "第3位", "growth", ""),
    # a score is a level where no growth cue stands right before it (由23.46分缩小到23.06分)
    case("与全国的差距由23.46分缩小到23.06分。", "23.06分", "growth", "score change"),
    case("综合科技创新水平指数为52.36分，比上年提高2.14分。", "52.36分", "growth", "score change"),
    # a change of a share in percentage points is no share
    case("全区高新技术产业增加值占规上工业增加值比重提高1.8个百分点。", "1.8个百分点", "share", ""),
    # the field counted (在全国169家…中) is a level, not the rank that follows
    case("芜湖高新区在全国169家国家高新区中排名第39位，较上年前移7位。", "169家", "rank", "rank"),
    # 增至/增长到 name the level reached
    case("全市高新技术企业数量增至1860家。", "1860家", "growth", ""),
    case("全市高新技术企业数量增长到1860家。", "1860家", "growth", "change verb"),
    # 完成 before a noun and a growth cue: the growth of what was done
    case("五大产业累计完成产值4251.2亿元，同比增长27.1%。", "27.1%", "share", ""),
    # a multiple of the year before is no growth rate
    case("高新技术企业数量是上年的1.3倍。", "1.3倍", "growth", ""),
]

BUGS_CAUGHT = [
    # a comparison with a year written out (比2022年) was no compare cue: 多36家 stayed a level
    case(
        "黄石市科技局2023年工作总结\n\n2023年，全市新增高新技术企业126家，比2022年多36家。",
        "36家",
        "growth",
        "compared change",
    ),
    # 占规上工业增加值的比重: the 增加 of the whole after 占 is no growth cue
    case("高新技术产业增加值占规上工业增加值的比重为45%。", "45%", "share", "percent"),
    # a share raised to a level stays a share (提升至 after 投入强度)
    case("R&D经费投入强度提升至2.35%。", "2.35%", "share", "percent"),
    # 从…提高到…: both ends are levels of what is measured, not the first a growth (of a rate, a
    # share: records.md, a part of a whole; this row expected level before shares kept their kind)
    case("规上工业企业研发机构覆盖率从38%提高到52%。", "38%", "share", "percent"),
    # (this was a strict xfail: the 从/由 rule made both ends levels whatever they measured)
    case("研发投入强度从2.1%提高到2.6%。", "2.6%", "share", "percent"),
    # the growth cue in the clause before (增速较快，达到…)
    case("技术合同交易额增速较快，达到126.5%。", "126.5%", "growth", "percent"),
    # places gained in a ranking were levels
    case("全县综合科技创新水平较上年前进4位。", "4位", "growth", "places gained"),
    # a money change after 比上年 was a level
    case("全市财政科技支出比上年增加3.6亿元。", "3.6亿元", "growth", "compared change"),
    # a comparison in brackets (高于全省(8.2%)) takes the kind of the figure it is compared with
    case("全市高新技术产业投资增长16.4%，高于全省(8.2%)。", "8.2%", "growth", "percent"),
    # a percent right after 完成 is the part of a task done: it took the growth cue (新增) of
    # the clause before
    case("2024年目标新增高新技术企业50家，截至目前完成86%。", "86%", "share", "percent"),
    case("全年计划新增孵化面积2万平方米，目前已完成了75%。", "75%", "share", "percent"),
    # a figure at the very start of a text was taken for a rank
    case("5家企业入选国家级专精特新“小巨人”名单。", "5家", "level", "level"),
]

XFAIL = [
    xfail(
        "全区高新技术产业增加值比上年增长了12.4%。预计全年能达到20%。",
        "20%",
        "growth",
        "a percent the next sentence expects (预计全年能达到20%) goes on from the growth rate before it",
    ),
]

MUST_T = table("must", MUST)
MUST_NOT_T = table("not", MUST_NOT)
BUGS_T = table("bug", BUGS_CAUGHT)
XFAIL_T = table("xfail", XFAIL)


@pytest.mark.parametrize("text,figure,kind,rule", MUST_T + BUGS_T)
def test_kind_must(text, figure, kind, rule):
    e = explained(text, figure)
    assert (e.record.kind, e.rule("kind")) == (kind, rule)


@pytest.mark.parametrize("text,figure,wrong,rule", MUST_NOT_T)
def test_kind_must_not(text, figure, wrong, rule):
    e = explained(text, figure)
    assert e.record.kind != wrong
    if rule:
        assert e.rule("kind") != rule


@pytest.mark.parametrize("text,figure,kind,rule", XFAIL_T)
def test_kind_xfail(text, figure, kind, rule):
    assert explained(text, figure).record.kind == kind


def test_every_kind_rule_is_specified():
    check_rule_tables([r.name for r in KIND_RULES], MUST, MUST_NOT, BUGS_CAUGHT)


def test_the_meta_check_can_fail():
    # a rule added to a list without a MUST case, or a table naming a rule the list lacks, fails
    names = [r.name for r in KIND_RULES]
    with pytest.raises(AssertionError, match="without a MUST case"):
        check_rule_tables([*names, "a new rule"], MUST)
    with pytest.raises(AssertionError, match="not in the list"):
        check_rule_tables(names, MUST, [case("x", "1家", "level", "no such rule")])
