"""Specification of a record's category (records.md: rd_expenditure, high_tech_industry, …,
economy, other), rule by rule of categories.CATEGORY_RULES. The tables' shapes are described in
tests/spec_common.py: MUST (value and the rule that decides it), MUST NOT (a tempting wrong
category), BUGS CAUGHT, STRICT XFAIL (wrong today). Every sentence is written for these tests.

Most cases open with a neutral title (T): a text of one short line is its own headline, and a
headline's category is every figure's last resort.
"""

import pytest

from kjstats.categories import CATEGORY_RULES
from spec_common import case, check_rule_tables, explained, table, xfail

T = "洛阳市科技局2023年工作总结\n\n"

MUST = [
    # --- programme's breakdown: the parts of a programme's figures (the title's) are the programme's
    case(
        "临沂市关于第二批科技创新券兑现情况的公示\n\n二、按服务类型\n检验检测服务538.2万元，技术转移服务206.3万元。",
        "206.3万元",
        "innovation_voucher",
        "programme's breakdown",
    ),
    case(
        "船营区创新券工作总结\n\n按服务类别分，技术研发类兑现214.6万元，知识产权类兑现48.1万元。",
        "48.1万元",
        "innovation_voucher",
        "programme's breakdown",
    ),
    # --- budget line: the amounts of a department's budget or final accounts are funding
    case(
        "温宿县科学技术局2024年度部门决算公开说明\n\n本年支出合计1286.47万元，其中：项目支出968.21万元，占75.3%。",
        "968.21万元",
        "funding",
        "budget line",
    ),
    case(
        "温宿县科学技术局2024年度部门决算公开说明\n\n科普活动（2060702）年初预算40.00万元，决算35.80万元。",
        "35.80万元",
        "funding",
        "budget line",
    ),
    # --- of the amount before: what an amount reached, or came to per firm, is of that amount
    case(
        T + "兑现2024年度研发投入奖补资金386万元，惠及企业32家，户均12.1万元。",
        "32家",
        "funding",
        "of the amount before",
    ),
    case(
        T + "兑现2024年度研发投入奖补资金386万元，惠及企业32家，户均12.1万元。",
        "12.1万元",
        "funding",
        "of the amount before",
    ),
    # --- money given: 给予/奖励/补助 before money or a percent, or 补助 after it
    case(T + "对新认定的高新技术企业给予30万元奖励。", "30万元", "funding", "money given"),
    # a tax relieved (减税, 即征即退) is money given, whatever R&D words stand near (it was R&D)
    case(T + "研发费用加计扣除红利持续释放，近1400户企业减税9.21亿元。", "9.21亿元", "funding", "own name"),
    case(T + "兑现研发费用加计扣除奖补资金1.2亿元。", "1.2亿元", "funding", "money given"),
    case(T + "对获批国家级孵化器的，一次性奖励100万元。", "100万元", "funding", "money given"),
    case(T + "对在本市转化科技成果的企业，按技术交易额给予10%的补助。", "10%", "funding", "money given"),
    case(T + "全市为156家科技型中小企业发放研发补助1860万元。", "1860万元", "funding", "money given"),
    case(T + "各级财政兑现高新技术企业奖补资金3.2亿元。", "3.2亿元", "funding", "money given"),
    # --- own name: the words of the indicator's name
    case(T + "全市技术合同成交额达到156亿元。", "156亿元", "tech_market", "own name"),
    # --- part of its whole: a part (其中…) named by an industry or an economic measure only is of
    # the whole its sentence (or, opening the sentence, the sentence before) first named
    case(
        T + "高技术制造业增加值同比增长31.6%。其中,电子及通信设备制造业增长46.2%,医药制造业增长28.9%。",
        "28.9%",
        "high_tech_industry",
        "part of its whole",
    ),
    case(
        T + "全市高新技术企业实现营业收入860亿元，其中电子信息行业320亿元。",
        "320亿元",
        "high_tech_enterprise",
        "part of its whole",
    ),
    # money spent per person is of what the rest of its name says (R&D人员人均经费: it was talent)
    case(T + "R&D人员人均经费(按全时工作量计)为41.3万元。", "41.3万元", "rd_expenditure", "own name"),
    # a special fund of money (专项经费, 科普经费) is funding, not a project (专项 was a project's word)
    case(T + "政府拨款中科普专项经费812万元。", "812万元", "funding", "own name"),
    # matching results with their buyers is the technology market too (they were projects)
    case(T + "全年组织开展科技成果对接活动6场，发布技术需求信息132条。", "132条", "tech_market", "own name"),
    case(T + "全市新增省级工程技术研究中心12家。", "12家", "rd_institution", "own name"),
    # a special fund (专项资金) is money, not a project; paying out (拨付) is funding
    case(T + "区级科技专项资金预算执行率为91.0%。", "91.0%", "funding", "own name"),
    case(T + "全区实际拨付1.7亿元，结余1678万元。", "1.7亿元", "funding", "own name"),
    case(T + "全市科技型中小企业评价入库2860家。", "2860家", "tech_sme", "own name"),
    case(T + "1-10月，全市新认定科技型中小微企业1149家。", "1149家", "tech_sme", "own name"),
    case(T + "全市企业研究开发费用支出86.2亿元。", "86.2亿元", "rd_expenditure", "own name"),
    # a sale total is the economy's; a bare economic measure after a project is the economy's too
    # (a project reports no output: it was project)
    case(T + "上半年，全区实现社会消费品零售总额41.5亿元。", "41.5亿元", "economy", "economic measure"),
    # a government's revenue is the whole economy's measure, whatever industry the sentence
    # named before (it was high_tech_industry)
    case(T + "高新技术产业增加值58.7亿元；一般公共预算收入32.15亿元。", "32.15亿元", "economy", "own name"),
    case(
        T + "全区推进重点项目建设。力争全年实现营业收入突破2700亿元。",
        "2700亿元",
        "economy",
        "economic measure",
    ),
    # how a measure is computed (按R&D人员全时工作量计算的) is not what it is about (it was talent)
    case(T + "按R&D人员全时工作量计算的人均经费38.6万元。", "38.6万元", "rd_expenditure", "own name"),
    case(T + "全市众创空间达到58家。", "58家", "incubator", "own name"),
    # the carriers, platforms and facilities of records.md's categories under other names
    case(T + "全市新增国家大学科技园2家。", "2家", "incubator", "own name"),
    case(T + "全市高技术服务业营业收入增长15%。", "15%", "high_tech_industry", "own name"),
    case(T + "全省建成重大科技基础设施3个。", "3个", "facility", "own name"),
    case(T + "全市新增省级临床医学研究中心3家。", "3家", "rd_institution", "own name"),
    case(T + "全市发放创新券1860万元。", "1860万元", "innovation_voucher", "own name"),
    case(T + "全市新增发明专利授权3260件。", "3260件", "patent", "own name"),
    case(T + "全市高新技术产业投资增长21.3%。", "21.3%", "high_tech_industry", "own name"),
    case(T + "全市揭榜挂帅项目立项26项。", "26项", "project", "own name"),
    case(T + "全市R&D人员达到6.8万人。", "6.8万人", "talent", "own name"),
    case(T + "全市高新技术企业营业收入增长12.6%。", "12.6%", "high_tech_enterprise", "own name"),
    case(T + "市财政安排科技专项资金2.3亿元。", "2.3亿元", "funding", "own name"),
    case(T + "全市大型科研仪器共享服务3600次。", "3600次", "facility", "own name"),
    case(T + "全市工业投资增长8.6%。", "8.6%", "investment", "own name"),
    case(T + "全年走访服务企业1200家。", "1200家", "enterprise", "own name"),
    case(T + "全市专家工作站新增12家。", "12家", "talent", "own name"),
    case(T + "全市研发费用加计扣除额达到56亿元。", "56亿元", "funding", "own name"),
    case(T + "全市新建院士工作站3家。", "3家", "rd_institution", "own name"),
    case(T + "全市地区生产总值达到5230亿元。", "5230亿元", "economy", "own name"),
    case(T + "全市规上工业企业出口交货值126亿元。", "126亿元", "economy", "own name"),
    # --- part of a share: a share whose part is not named is of what the sentence is about
    case(
        T + "全市高新技术产业发展势头良好。累计占规模以上工业比重46.2%。",
        "46.2%",
        "high_tech_industry",
        "part of a share",
    ),
    case(T + "全市科技型中小企业快速成长。累计占全部企业比重5.6%。", "5.6%", "tech_sme", "part of a share"),
    # a title joining two subjects (数字经济和高技术制造业) gives no title category: the first
    # subject's figures are the economy's (they were high_tech_industry), the second's its own
    case(
        "2021年佛山市数字经济和高技术制造业发展统计监测报告\n\n一、数字经济核心产业较快增长\n\n"
        "全市数字经济核心产业增加值1186.52亿元，比上年增长11.3%。",
        "1186.52亿元",
        "economy",
        "economic measure",
    ),
    case(
        "2021年佛山市数字经济和高技术制造业发展统计监测报告\n\n二、高技术制造业支撑有力\n\n"
        "全市规模以上高技术制造业增加值1603.8亿元。",
        "1603.8亿元",
        "high_tech_industry",
        "own name",
    ),
    # the whole economy's measure (货物贸易进出口) is economy whatever the title (it was the title's
    # high_tech_industry); a share of it keeps its part's category
    case(
        "前三季度海南高新技术产品进出口增长23.5%\n\n2023年前三季度，海南省货物贸易进出口1766.3亿元，同比增长18.1%。",
        "1766.3亿元",
        "economy",
        "own name",
    ),
    # --- economic measure: a bare economic measure belongs to the subject or the title
    # (the clause before naming the subject puts it in the name: the name decides)
    case(T + "全市科技型中小企业发展良好，实现营业收入860亿元。", "860亿元", "tech_sme", "own name"),
    case(T + "全市科技型中小企业发展良好。全年实现营业收入860亿元。", "860亿元", "tech_sme", "economic measure"),
    case(
        T + "全市高新技术企业发展良好。全年出口交货值126亿元。", "126亿元", "high_tech_enterprise", "economic measure"
    ),
    case(
        "高新技术企业培育发展情况\n\n全年实现营业收入2860亿元。", "2860亿元", "high_tech_enterprise", "economic measure"
    ),
    # --- word before: a category word earlier in the sentence
    # (数量 alone is an aspect of the subject named before it, so the name decides)
    case(T + "全市高新技术企业发展迅速，数量达到1860家。", "1860家", "high_tech_enterprise", "own name"),
    # an index of a region's standing measures no category (it was the last sentence's firms)
    case(
        T + "其中格尔木市高新技术企业数占全州的六成。海西州综合科技创新水平指数为61.28分。",
        "61.28分",
        "other",
        "own name",
    ),
    # an overall ranking is a region's standing, whatever the clause listed before it (it was
    # the incubator area of the clause before)
    case(T + "新增孵化面积5万平方米，综合排名进入全国前90位。", "前90位", "other", "own name"),
    case(T + "全市建设创新平台，新建86个。", "86个", "rd_institution", "word before"),
    case(T + "全市共吸引海内外博士后进站，新进站186人。", "186人", "talent", "word before"),
    case(T + "全年兑现创新券1860万元，兑现率72.5%。", "72.5%", "innovation_voucher", "word before"),
    # --- designated firms: firms counted by a designation of their own (专精特新, 瞪羚)
    case(T + "全市新增国家级专精特新小巨人企业12家。", "12家", "enterprise", "designated firms"),
    case(T + "全区新认定高新技术企业86家、瞪羚企业9家。", "9家", "enterprise", "designated firms"),
    # --- places counted: administrative units or zones counted are no category's
    case(T + "全县R&D经费增长12%，增速在全市9个县（市、区）中位列第3。", "9个", "other", "places counted"),
    case(T + "南宁高新区在全国178家国家高新区中排名第39位。", "178家", "other", "places counted"),
    case(T + "全市共有7个乡镇被列为科技示范镇。", "7个", "other", "places counted"),
    case(T + "根据考核办法，对全区12个镇街2019年度科技创新工作进行了考核。", "12个", "other", "places counted"),
    # --- instruments: a count in 台(套) counts instruments, whoever holds them
    case(
        "贵州省2020年大型科研仪器开放共享情况报告\n\n其中，高校1027台(套)、企业及其他单位298台(套)。",
        "298台(套)",
        "facility",
        "instruments",
    ),
    # --- people: a count of people is talent, unless it counts pupils, farmers, the public
    case(T + "全年培训基层农技骨干3200人次。", "3200人次", "talent", "people"),
    case(T + "全市选派驻村科技指导员860人。", "860人", "talent", "people"),
    case(T + "全年新认定市级创新型人员320名。", "320名", "talent", "people"),
    # --- generic count: firms counted, unless the document is about a kind of firm
    case(T + "全市规上科技服务业企业105家。", "105家", "enterprise", "generic count"),
    case(T + "全市新增企业1260家。", "1260家", "enterprise", "generic count"),
    case("科技型中小企业评价工作\n\n全年新增企业1260家。", "1260家", "tech_sme", "generic count"),
    case("高新技术企业培育情况\n\n全市新增企业126家。", "126家", "high_tech_enterprise", "generic count"),
    # --- words around: a category word after the figure, or before it in the paragraph
    case(T + "全市组织对接会46场，促成孵化器合作。", "46场", "incubator", "words around"),
    case(T + "全市高新技术企业队伍壮大。全年举办培训会38场。", "38场", "high_tech_enterprise", "words around"),
    case(T + "全市新增88家，其中高新技术企业占比超过六成。", "88家", "high_tech_enterprise", "words around"),
    # a share right after people counted in its sentence is of them (具有高级职称的占42%)
    case(
        "南平市科技特派员工作\n\n全市共有科技特派员二千一百余名，其中县级五百二十余名；具有高级职称的占百分之四十二。",
        "百分之四十二",
        "talent",
        "words around",
    ),
    # --- title or other: the headline's category, else other
    case("高新技术企业培育工作情况\n\n全年举办培训会38场。", "38场", "high_tech_enterprise", "title or other"),
    # a line of the page's own above the title (来源：本站, 发布时间：…) is no title
    case(
        "发布时间：2024-03-15  来源：本站\n\n高新技术企业培育工作情况\n\n全年举办培训会38场。",
        "38场",
        "high_tech_enterprise",
        "title or other",
    ),
    case(T + "举办科技活动周系列活动126场。", "126场", "other", "title or other"),
    case(T + "全年组织活动126场。", "126场", "other", "title or other"),
    case(T + "全年培训农民1.2万人次。", "1.2万人次", "other", "title or other"),
]

MUST_NOT = [
    # (review 2) 台(套) outside a text on instruments counts equipment of any kind
    case(T + "全市实施技改项目320个，完成设备更新改造5600台(套)。", "5600台(套)", "facility", "instruments"),
    # (review 2) an agency's name joined by 和 (科技和知识产权局) is no second subject of its title
    case(
        "某区科技和知识产权局2023年高新技术企业培育工作总结\n\n2023年，全区实现营业收入860亿元。",
        "860亿元",
        "economy",
        "",
    ),
    # (instruments) 台 alone counts machines of any kind, no instruments only
    case(T + "全年新增工业机器人1200台。", "1200台", "facility", "instruments"),
    # (review) a part's whole is the figure right before 其中, not the first of its sentence
    case(T + "全市R&D经费投入增长12%，规上工业增加值增长6.5%，其中装备制造业增长9.1%。", "9.1%", "rd_expenditure", ""),
    # a part that is no industry (其中研究人员) is what its own words say, not its whole's
    case(T + "全市高新技术企业R&D人员2.1万人。其中,研究人员8600人。", "8600人", "high_tech_enterprise", ""),
    # a department's own running costs (“三公”经费支出, 机关运行经费) are no R&D spending: 经费支出 alone
    # was an R&D word (R&D spending is named by R&D, 研发, 科技经费 or 研究与试验发展)
    case(T + "2024年度“三公”经费支出4.86万元，比上年减少1.24万元。", "4.86万元", "rd_expenditure", ""),
    case(T + "机关运行经费支出28.45万元，比上年下降6.1%。", "28.45万元", "rd_expenditure", ""),
    # the next sentence's subject (新增高企) is no word around a figure that names no category
    case(T + "全市本级科技投入12亿元。新增高新技术企业300家。", "12亿元", "high_tech_enterprise", ""),
    # a zone's name holds 高新技术产业 but is no figure of high-tech industry
    case(T + "潍坊高新技术产业开发区新引进企业36家。", "36家", "high_tech_industry", ""),
    # pupils, farmers and the public counted are not talent
    case(T + "全市有在校大学生12.6万人。", "12.6万人", "talent", "people"),
    case(T + "全年培训农民1.2万人次。", "1.2万人次", "talent", "people"),
    case(T + "全市科普活动参与群众达到56万人。", "56万人", "talent", "people"),
    # ... nor a department's own staff (编制人数, 实有人数: they were talent)
    case(T + "2024年末编制人数12人，实有人数11人。", "11人", "talent", "people"),
    # ... nor an audience or visitors counted (受众, 接待参观者: they were talent)
    case(T + "全年举办科普讲座486次，受众6.3万人次。", "6.3万人次", "talent", "people"),
    case(T + "全市科技馆全年接待参观者21.7万人次。", "21.7万人次", "talent", "people"),
    case(T + "全市企业吸纳高校毕业生就业见习岗位上岗4600人。", "4600人", "talent", "people"),
    # (bugs) pupils enrolled, the public taking part: they were talent
    case(T + "全年普通高中招生3126人，毕业生2987人。", "3126人", "talent", "people"),
    case(T + "全区开展科普活动320场次，参与人次48.7万人次。", "48.7万人次", "talent", "people"),
    # 院士工作站 is a platform (rd_institution), though 院士 alone is talent
    case(T + "全市新建院士工作站3家。", "3家", "talent", ""),
    # a grant for high-tech firms is funding, their patents are patents
    case(T + "各级财政兑现高新技术企业奖补资金3.2亿元。", "3.2亿元", "high_tech_enterprise", ""),
    case(T + "全市高新技术企业拥有有效发明专利2.1万件。", "2.1万件", "high_tech_enterprise", ""),
    # 兑现 only says paid out: vouchers paid out are vouchers
    case(T + "全年兑现创新券1860万元，兑现率72.5%。", "1860万元", "funding", ""),
    # 技术合同 wins over 知识产权, 研发机构 over 研发, 高新技术产业投资 over 投资
    case(T + "全市知识产权类技术合同成交额12.6亿元。", "12.6亿元", "patent", ""),
    case(T + "全市规上工业企业研发机构覆盖率达到46%。", "46%", "rd_expenditure", ""),
    case(T + "全市高新技术产业投资完成286亿元。", "286亿元", "investment", ""),
    # the whole a share is taken of is not its category
    case(T + "全市高新技术产业产值达到4260亿元，累计占规模以上工业比重46.2%。", "46.2%", "economy", ""),
    # an economic measure of high-tech firms is theirs, not the economy's
    case(T + "全市高新技术企业营业收入增长12.6%。", "12.6%", "economy", ""),
    # a report titled on talent (科技特派员) gives no talent to what it counts in 亩 or 户
    case("盐池县科技特派员工作情况\n\n全年示范推广面积8.6万亩，辐射带动农户3200余户。", "8.6万亩", "talent", ""),
    # talent counted as teams is talent
    case(T + "全年引进高层次人才创新团队12个。", "12个", "other", ""),
    # a designation names firms counted, not money given to them nor a kind of firm named with it
    case(T + "对专精特新企业给予20万元奖励。", "20万元", "enterprise", ""),
    case(T + "全市专精特新科技型中小企业达到120家。", "120家", "enterprise", ""),
    # R&D personnel are people, not R&D expenditure
    case(T + "全市R&D人员达到6.8万人。", "6.8万人", "rd_expenditure", ""),
    # a breakdown in a report on no programme keeps its parts' own categories, and a programme's
    # report outside a breakdown too (what vouchers brought about is R&D)
    case(T + "二、按合同类型\n技术开发合同成交额12.6亿元。", "12.6亿元", "high_tech_enterprise", ""),
    case(
        "临沂市关于第二批科技创新券兑现情况的公示\n\n四、全年情况\n带动企业新增研发投入约2.1亿元。",
        "约2.1亿元",
        "innovation_voucher",
        "",
    ),
    # a budget named in a work summary's body makes no budget report: its lines keep their own
    case(T + "全市科技专项资金预算执行良好，全年立项科技项目126项、支出1.2亿元。", "1.2亿元", "funding", ""),
    # in a story on 科技特派员, a rate or an income near the word is no talent (they were talent)
    case(
        "盐池县科技特派员扎根田间地头\n\n特派员驻点指导后，羔羊成活率稳定在95%以上，养殖户户均增收约八千元。",
        "95%以上",
        "talent",
        "",
    ),
    case(
        "盐池县科技特派员扎根田间地头\n\n特派员驻点指导后，羔羊成活率稳定在95%以上，养殖户户均增收约八千元。",
        "约八千元",
        "talent",
        "",
    ),
    # the words of the zone a brief is about (荣昌区大学科技园) are no title on incubators: its
    # firms and income are the zone's (they were incubator)
    case("荣昌区大学科技园2025年三季度运行简报\n\n园区实现营业收入23.6亿元。", "23.6亿元", "incubator", ""),
    # firms of places named before the count, and a rank passing a place, count no places
    case(T + "本批次拟入库科技型中小企业120家，其余县（市）36家。", "36家", "other", ""),
    case(T + "全市新增科技型中小企业36家，其中3家来自贫困村。", "36家", "other", ""),
]

BUGS_CAUGHT = [
    # a course held for farmers or technicians is talent (举办实用技术培训42期 was other)
    case(T + "全年举办实用技术培训42期。", "42期", "talent", "own name"),
    # a category word inside a longer one says less than it: 发明 (patent) in 技术发明奖, a prize
    # (it was patent, by the order of the categories)
    case(T + "其中，自然科学奖46项、技术发明奖19项。", "19项", "other", "own name"),
    # 科技贷, a loan programme, is funding (it was tech_market, from the words around)
    case(T + "科技成果转化加快。“科技贷”单户额度不超过500万元。", "不超过500万元", "funding", "own name"),
    # 转化科技成果, the verb before its object, is 成果转化 (it was rd_institution, from a 研究院 before)
    case(T + "学校与地方共建研究院23个，在市内转化科技成果214项。", "214项", "tech_market", "own name"),
    # the counts of prizes won (获奖项目, 科技成果获奖) are other, as the prizes' names are: they
    # were project (项目) and funding
    case(T + "哈尔滨市获奖项目112项，居全省首位。", "112项", "other", "own name"),
    case(T + "共有185项科技成果获奖，授奖率为30.5%。", "30.5%", "other", "own name"),
    # the words of an organisation named inside the indicator gave its category (研究院 ->
    # rd_institution): what the organisation counts decides
    case(T + "某某生物研究院有限公司累计孵化科技型中小企业23家。", "23家", "incubator", "own name"),
    # a share whose part is not named took its whole (累计占规模以上工业比重 -> economy)
    case(
        T + "全市高技术制造业保持较快发展。累计占规模以上工业比重28.6%。",
        "28.6%",
        "high_tech_industry",
        "part of a share",
    ),
    # a count of people took the category of a word nearby instead of talent
    case(T + "全市科技活动人员达到8.6万人。", "8.6万人", "talent", "own name"),
    # in-school pupils were talent for want of anything better
    case(T + "全市中小学在校学生32.6万人。", "32.6万人", "other", "title or other"),
    # a zone's name (高新技术产业开发区) made its firms high-tech industry
    case(T + "株洲高新技术产业园区新签约企业18家。", "18家", "enterprise", "generic count"),
    # a designated kind of firm took the kind of firm its sentence named before (高新技术企业)
    case(T + "全市新认定高新技术企业101家、技术先进型服务企业22家。", "22家", "enterprise", "designated firms"),
    # 经济 alone is no category word (经济社会发展)
    case(T + "围绕经济社会发展需求，全年组织科技服务活动86场。", "86场", "other", "title or other"),
    # money given is funding whatever it is given for (给予…的奖励)
    case(T + "对首次认定的高新技术企业给予最高50万元的奖励。", "50万元", "funding", "money given"),
    # things counted took talent from a talent word around them (组织技术人员…): talent is
    # people and their teams, and no word farther off decides then
    case(T + "全年采购果苗1200株，分别送给8户农户种植，由科技特派员上门指导。", "1200株", "other", "words around"),
    case(T + "选派科技特派员42名，开展技术服务，发放苗木3000株。", "3000株", "other", "word before"),
    # a count of the units a rank is taken among took the measure ranked (在全市9个县(市、区)中:
    # rd_expenditure; 全省14个市高新技术企业数量: high_tech_enterprise)
    case(T + "全市技术合同成交额增速在全省11个设区市中排名第二。", "11个", "other", "places counted"),
    # an official document's letterhead line (the issuer alone) was taken for its title, so the
    # title's kind of firm was lost (it was enterprise)
    case(
        "天津市西青区科学技术局\n关于2025年第三批科技型中小企业评价入库情况的公告\n\n全区本批入库企业217家。",
        "217家",
        "tech_sme",
        "generic count",
    ),
    # firms counted in a story whose headline is on a measure, not a kind of firm, took the
    # headline's category (注册企业 under 技术合同成交额增长 -> tech_market)
    case("上半年技术合同成交额增长三成\n\n园区累计注册企业1800家。", "1800家", "enterprise", "generic count"),
]

XFAIL = [
    xfail(
        T + "全市新引进各类高层次人员860人。",
        "860人",
        "talent",
        "引进各类 is an enterprise word (引进各类企业) even when people are counted",
    ),
]

MUST_T = table("must", MUST)
MUST_NOT_T = table("not", MUST_NOT)
BUGS_T = table("bug", BUGS_CAUGHT)
XFAIL_T = table("xfail", XFAIL)


@pytest.mark.parametrize("text,figure,category,rule", MUST_T + BUGS_T)
def test_category_must(text, figure, category, rule):
    e = explained(text, figure)
    assert (e.record.category, e.rule("category")) == (category, rule)


@pytest.mark.parametrize("text,figure,wrong,rule", MUST_NOT_T)
def test_category_must_not(text, figure, wrong, rule):
    e = explained(text, figure)
    assert e.record.category != wrong
    if rule:
        assert e.rule("category") != rule


@pytest.mark.parametrize("text,figure,category,rule", XFAIL_T)
def test_category_xfail(text, figure, category, rule):
    assert explained(text, figure).record.category == category


def test_every_category_rule_is_specified():
    check_rule_tables([r.name for r in CATEGORY_RULES], MUST, MUST_NOT, BUGS_CAUGHT)
