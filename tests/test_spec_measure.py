"""Specification of a record's measure (the standard indicator it reports; records.md
"Measures"), measure by measure of data/measures.toml. A measure is not decided by a list of
Rule functions but by data: the first table whose core word stands in the indicator name, with
one of the words it needs, none it must not have, a fitting unit, and only allowed words (its
lead, the shared lead, places, years) before the core: anything else names a part of the measure,
which has none.

Each case is labelled "table/feature": the measures.toml table that decides it and the feature
of the table it shows (core, needs, not, units, lead, shared lead, needs_lead). Besides the
record's measure, a MUST case checks that this table alone gives the measure for the record's
name and unit, and a MUST NOT case that the feature keeps this table from giving the wrong one.
The tables' shapes are described in tests/spec_common.py. Every sentence is written for these
tests.
"""

from dataclasses import replace

import pytest

import kjstats
from kjstats.lexicon import table as data_table
from kjstats.measures import measure_of, normalise, rules, unit_kind
from spec_common import case, explained, table, xfail

T = "襄阳市科技局2023年工作总结\n\n"
TABLES = dict(zip(data_table("measures")["measures"], rules()))
FEATURES = ("core", "needs", "not", "units", "lead", "shared lead", "needs_lead")

MUST = [
    # --- rd_intensity_enterprise_named: an intensity named by the firms that spend, its ratio to
    # revenue left to a note (规模以上工业企业R&D经费投入强度（与营业收入之比）)
    case(
        T + "全市规模以上工业企业R&D经费投入强度为1.32%，比上年提高0.09个百分点。",
        "1.32%",
        "rd_intensity_enterprise",
        "rd_intensity_enterprise_named/needs_lead",
    ),
    # a county's own spending and the budget's word for it (县级财政科学技术支出, 一般公共预算科学技术支出)
    case(T + "全县县级财政科学技术支出3165万元。", "3165万元", "fiscal_st_spend", "fiscal_st_spend/lead"),
    case(T + "全市一般公共预算科学技术支出5.62亿元。", "5.62亿元", "fiscal_st_spend", "fiscal_st_spend/core"),
    # a time word leading the name (本月全县新增…) is no part (shared lead)
    case(T + "本月全县新增科技型中小企业评价入库23家。", "23家", "tsme_count", "tsme_count/shared lead"),
    # 地方财政科学技术支出 is a city's or a province's own (the 统计公报's word for it)
    case(
        T + "全市地方财政科学技术支出8.76亿元，比上年增长6.5%。", "8.76亿元", "fiscal_st_spend", "fiscal_st_spend/lead"
    ),
    # --- rd_intensity_enterprise: R&D of firms against their revenue (needs 营业收入…)
    case(
        T + "全市规上工业企业研发经费占营业收入比重达到1.8%。",
        "1.8%",
        "rd_intensity_enterprise",
        "rd_intensity_enterprise/needs",
    ),
    case(
        T + "规模以上工业企业研发投入占主营业务收入比重为1.62%。",
        "1.62%",
        "rd_intensity_enterprise",
        "rd_intensity_enterprise/lead",
    ),
    # --- rd_spend_enterprise: the lead must name the firms
    case(T + "全市规上工业企业研发费用增长21%。", "21%", "rd_spend_enterprise", "rd_spend_enterprise/needs_lead"),
    case(T + "全市工业企业R&D经费支出达到86亿元。", "86亿元", "rd_spend_enterprise", "rd_spend_enterprise/lead"),
    case(
        T + "全市规模以上工业企业研究与试验发展经费支出62.3亿元。",
        "62.3亿元",
        "rd_spend_enterprise",
        "rd_spend_enterprise/core",
    ),
    # --- rd_intensity: R&D against GDP (needs 强度, 占GDP…)
    case(T + "全市R&D经费投入强度为2.68%。", "2.68%", "rd_intensity", "rd_intensity/needs"),
    # the share of the place's own output, 占全市生产总值, is the intensity (it was R&D spend)
    case(
        T + "全年研究与试验发展(R&D)经费支出496.2亿元，占全市生产总值的比重为3.91%。",
        "3.91%",
        "rd_intensity",
        "rd_intensity/needs",
    ),
    # 研究开发 is the long spelling of 研发 (data/measures.toml [spellings])
    case(T + "全市研究开发投入强度为2.68%。", "2.68%", "rd_intensity", "rd_intensity/needs"),
    case(T + "全市规上工业企业研究开发费用增长21%。", "21%", "rd_spend_enterprise", "rd_spend_enterprise/needs_lead"),
    case(T + "研发经费增长较快，占GDP比重达2.52%。", "2.52%", "rd_intensity", "rd_intensity/needs"),
    case(T + "全社会研究与试验发展经费与地区生产总值之比达到2.1%。", "2.1%", "rd_intensity", "rd_intensity/needs"),
    case(T + "全市R&D经费投入强度2.56%，居全省第四。", "第四", "rd_intensity", "rd_intensity/units"),
    # --- rd_spend_basic
    case(T + "全市基础研究经费达到12.6亿元。", "12.6亿元", "rd_spend_basic", "rd_spend_basic/core"),
    case(T + "全市基础研究经费占R&D经费比重达到6.5%。", "6.5%", "rd_spend_basic", "rd_spend_basic/core"),
    # --- rd_personnel
    case(T + "全市R&D人员达到6.8万人。", "6.8万人", "rd_personnel", "rd_personnel/core"),
    case(T + "全市研发人员增加1260人。", "1260人", "rd_personnel", "rd_personnel/core"),
    case(T + "每万名就业人员中研发人员达到86人。", "86人", "rd_personnel", "rd_personnel/lead"),
    # --- rd_spend: the region's R&D expenditure
    case(T + "全市R&D经费支出达到486亿元，较上年增长12.6%。", "486亿元", "rd_spend", "rd_spend/core"),
    case(T + "全市R&D经费支出达到486亿元，较上年增长12.6%。", "12.6%", "rd_spend", "rd_spend/units"),
    case(T + "全社会研发投入达到126亿元。", "126亿元", "rd_spend", "rd_spend/shared lead"),
    case(T + "研究与试验发展经费投入较上年增长9.8%。", "9.8%", "rd_spend", "rd_spend/core"),
    case(T + "全县R&D经费支出增长3.2亿元，增幅18%。", "3.2亿元", "rd_spend", "rd_spend/core"),
    # --- fiscal_st_spend
    case(T + "全市财政科技支出达到56亿元。", "56亿元", "fiscal_st_spend", "fiscal_st_spend/core"),
    case(T + "市本级财政科技投入增长15%。", "15%", "fiscal_st_spend", "fiscal_st_spend/lead"),
    case(
        T + "全市财政科学技术支出占一般公共预算支出比重为4.2%。",
        "4.2%",
        "fiscal_st_spend",
        "fiscal_st_spend/core",
    ),
    # --- hti_value_added, hti_output, hti_investment
    case(T + "全市高新技术产业增加值增长12.6%。", "12.6%", "hti_value_added", "hti_value_added/core"),
    case(T + "全区实现高新技术产业增加值92.7亿元。", "92.7亿元", "hti_value_added", "hti_value_added/core"),
    case(T + "高新技术产业增加值占规上工业增加值的比重为45%。", "45%", "hti_value_added", "hti_value_added/core"),
    case(T + "全市高新技术产业产值达到4260亿元。", "4260亿元", "hti_output", "hti_output/core"),
    case(T + "全市规上高新技术产业产值增长16.2%。", "16.2%", "hti_output", "hti_output/lead"),
    case(T + "全市高新技术产业投资增长21.3%。", "21.3%", "hti_investment", "hti_investment/core"),
    # --- hte_new: high-tech firms added (needs 新增, 新认定, 净增, 通过认定…)
    case(T + "全市新增高新技术企业215家。", "215家", "hte_new", "hte_new/needs"),
    case(T + "全市新认定高新技术企业428家。", "428家", "hte_new", "hte_new/needs"),
    case(T + "全市净增高新技术企业126家。", "126家", "hte_new", "hte_new/needs"),
    case(T + "全年通过认定的高新技术企业达到312家。", "312家", "hte_new", "hte_new/needs"),
    case(T + "全市新增高新技术企业215家，较上年增加36家。", "36家", "hte_new", "hte_new/units"),
    # --- hte_count: high-tech firms held
    case(T + "截至2023年底，全市有效高新技术企业达到3200家。", "3200家", "hte_count", "hte_count/lead"),
    case(T + "全省国家高新技术企业总数达到1.5万家。", "1.5万家", "hte_count", "hte_count/core"),
    # any scope word may lead a measure's name (本市, 我省 as 全市)
    case(T + "本市国家高新技术企业总数达到1.5万家。", "1.5万家", "hte_count", "hte_count/core"),
    case(T + "全市高新技术企业数量达到1860家，增速为21%。", "21%", "hte_count", "hte_count/units"),
    case(T + "全市累计培育高新技术企业1260家。", "1260家", "hte_count", "hte_count/lead"),
    # (they had no measure) firms within their certificate's term, and 科小 for 科技型中小企业
    case(T + "全市有效期内高新技术企业达到1203家。", "1203家", "hte_count", "hte_count/lead"),
    case(T + "全年新入库科小企业560家。", "560家", "tsme_count", "tsme_count/core"),
    # (they had no measure) the firms that use vouchers, contracts 经认定登记的, platforms
    # 新增省级以上
    case(T + "全年企业使用创新券2.65亿元。", "2.65亿元", "voucher_used", "voucher_used/lead"),
    case(T + "全年经认定登记的技术合同1186项。", "1186项", "tech_contract_count", "tech_contract_count/lead"),
    case(T + "全年新增省级以上研发平台15个。", "15个", "rd_institutions", "rd_institutions/lead"),
    # an intensity written as what R&D spending amounts to of GDP (相当于地区生产总值的比例: it was
    # rd_spend)
    case(T + "全市R&D经费支出相当于地区生产总值的比例为2.31%。", "2.31%", "rd_intensity", "rd_intensity/needs"),
    # --- tsme_count
    case(T + "全市科技型中小企业评价入库2860家。", "2860家", "tsme_count", "tsme_count/core"),
    case(T + "全市科技型中小微企业达到3160家。", "3160家", "tsme_count", "tsme_count/core"),
    case(T + "2024年一季度，全区新增科技型中小企业156家。", "156家", "tsme_count", "tsme_count/lead"),
    case(T + "全市入库国家科技型中小企业1860家。", "1860家", "tsme_count", "tsme_count/lead"),
    # --- tech_contract_value_absorbed (needs 吸纳)
    case(
        T + "全市吸纳技术合同成交额56亿元。",
        "56亿元",
        "tech_contract_value_absorbed",
        "tech_contract_value_absorbed/needs",
    ),
    # who buys (本地企业, 企业作为买方) may lead: it is what absorbing means (it took no measure)
    case(
        T + "本地企业吸纳技术合同成交额13.05亿元。",
        "13.05亿元",
        "tech_contract_value_absorbed",
        "tech_contract_value_absorbed/lead",
    ),
    # --- tech_contract_value_from_count: a growth of contracts with no amount named
    case(T + "全市登记技术合同增长18.8%。", "18.8%", "tech_contract_count", "tech_contract_value_from_count/core"),
    # --- tech_contract_value
    case(T + "全市技术合同成交额达到156亿元。", "156亿元", "tech_contract_value", "tech_contract_value/core"),
    case(
        T + "截至2024年10月底，全市登记技术合同成交额86亿元。",
        "86亿元",
        "tech_contract_value",
        "tech_contract_value/lead",
    ),
    case(T + "全市输出技术合同成交额达到62亿元。", "62亿元", "tech_contract_value", "tech_contract_value/lead"),
    case(T + "全市技术合同成交额居全省第2位。", "第2位", "tech_contract_value", "tech_contract_value/units"),
    case(T + "全市技术市场交易额增长32%。", "32%", "tech_contract_value", "tech_contract_value/core"),
    # --- tech_contract_count
    case(T + "全市技术合同登记1860项。", "1860项", "tech_contract_count", "tech_contract_count/core"),
    case(T + "全市签订技术合同2860项。", "2860项", "tech_contract_count", "tech_contract_count/lead"),
    # --- patents
    case(
        T + "全市每万人口发明专利拥有量达到24.6件。",
        "24.6件",
        "invention_patents_per_10k",
        "invention_patents_per_10k/needs",
    ),
    case(T + "全市有效发明专利达到1.8万件。", "1.8万件", "invention_patents_held", "invention_patents_held/core"),
    case(T + "全市国内有效发明专利达到1.8万件。", "1.8万件", "invention_patents_held", "invention_patents_held/lead"),
    case(T + "全市发明专利授权量2860件。", "2860件", "invention_patent_grants", "invention_patent_grants/core"),
    case(T + "全市获发明专利授权1260件。", "1260件", "invention_patent_grants", "invention_patent_grants/lead"),
    case(
        T + "全市发明专利申请量6800件。",
        "6800件",
        "invention_patent_applications",
        "invention_patent_applications/core",
    ),
    case(T + "全市专利授权量达到2.6万件。", "2.6万件", "patent_grants", "patent_grants/core"),
    case(T + "全市专利授权量下降6.3%。", "6.3%", "patent_grants", "patent_grants/core"),
    case(T + "全市专利申请量3.6万件。", "3.6万件", "patent_applications", "patent_applications/core"),
    case(T + "全市受理境内外专利申请3.1万件。", "3.1万件", "patent_applications", "patent_applications/lead"),
    # --- incubators, maker_spaces, rd_institutions
    case(T + "全市国家级科技企业孵化器达到26家。", "26家", "incubators", "incubators/lead"),
    case(T + "全市孵化器达到56家。", "56家", "incubators", "incubators/core"),
    case(T + "全市众创空间达到58家。", "58家", "maker_spaces", "maker_spaces/core"),
    case(T + "全市国家级众创空间12家。", "12家", "maker_spaces", "maker_spaces/lead"),
    case(T + "全市新增省级工程技术研究中心12家。", "12家", "rd_institutions", "rd_institutions/lead"),
    case(T + "全市新型研发机构达到36家。", "36家", "rd_institutions", "rd_institutions/core"),
    # (was a strict xfail: a growth written in 倍 had no measure; a percent's table takes a multiple)
    case(T + "全市技术合同成交额同比增长1.2倍。", "1.2倍", "tech_contract_value", "tech_contract_value/core"),
    # R&D platforms are counted as R&D institutions (研发平台, 创新平台: they had no measure)
    case(T + "全市省级以上研发平台总数达到97个。", "97个", "rd_institutions", "rd_institutions/core"),
    case(T + "全年新备案省级新型研发机构4家。", "4家", "rd_institutions", "rd_institutions/lead"),
    # (was a strict xfail: 新认定省级 was no lead word of rd_institutions)
    case(T + "全市新认定省级企业技术中心26家。", "26家", "rd_institutions", "rd_institutions/lead"),
    case(T + "全市新增全国重点实验室2家。", "2家", "rd_institutions", "rd_institutions/core"),
    # --- vouchers: issued (needs 发放), used (needs 兑现, 使用…)
    case(T + "全市发放创新券1860万元。", "1860万元", "voucher_issued", "voucher_issued/needs"),
    case(T + "全市兑现创新券1260万元。", "1260万元", "voucher_used", "voucher_used/needs"),
    case(T + "全市科技创新券使用额达到960万元。", "960万元", "voucher_used", "voucher_used/needs"),
    # --- gdp
    case(T + "全市地区生产总值达到5230亿元。", "5230亿元", "gdp", "gdp/core"),
    case(T + "全市GDP增长5.6%。", "5.6%", "gdp", "gdp/core"),
    # --- innovation_rank: an overall standing (units: rank only)
    case("2022年，宜宾市叙州区综合科技创新水平位居全省第五。", "第五", "innovation_rank", "innovation_rank/core"),
    case(T + "全市区域创新能力排名上升3位。", "3位", "innovation_rank", "innovation_rank/core"),
    case("衡阳高新区综合评价排名全省第三，连续两年进位。", "第三", "innovation_rank", "innovation_rank/units"),
]

MUST_NOT = [
    # the share of firms that do R&D is no intensity (not)
    case(T + "全市有研发活动的规上工业企业占比为46.5%。", "46.5%", "rd_intensity", "rd_intensity/not"),
    # words before the core that name a part: no measure (lead)
    case(T + "全市技术开发合同成交额42.3亿元。", "42.3亿元", "tech_contract_value", "tech_contract_value/lead"),
    case(T + "全市高技术制造业R&D经费支出86亿元。", "86亿元", "rd_spend", "rd_spend/lead"),
    case(T + "全市高新技术企业研发费用达到86亿元。", "86亿元", "rd_spend_enterprise", "rd_spend_enterprise/lead"),
    case(
        T + "中国科学技术大学新增发明专利授权1260件。",
        "1260件",
        "invention_patent_grants",
        "invention_patent_grants/lead",
    ),
    # (bug) a bare 成交额 after a count of a kind of contract took the measure of the whole
    case(
        T + "其中，技术服务合同1860项，成交额38.6亿元。", "38.6亿元", "tech_contract_value", "tech_contract_value/lead"
    ),
    # 研发经费 alone is the region's, not the firms' (needs_lead)
    case(T + "全市研发经费达到86亿元。", "86亿元", "rd_spend_enterprise", "rd_spend_enterprise/needs_lead"),
    # what a table must not have (not)
    case(T + "全市人均R&D经费支出达到2.6万元。", "2.6万元", "rd_spend", "rd_spend/not"),
    case(T + "全市研发人员人均经费达到36万元。", "36万元", "rd_personnel", "rd_personnel/not"),
    case(T + "全市吸纳技术合同成交额56亿元。", "56亿元", "tech_contract_value", "tech_contract_value/not"),
    case(T + "全市每项技术合同成交额平均达到86万元。", "86万元", "tech_contract_value", "tech_contract_value/not"),
    case(T + "全市高新技术企业营业收入增长12.6%。", "12.6%", "hte_count", "hte_count/not"),
    case(T + "全市新增高新技术企业研发费用8.6亿元。", "8.6亿元", "hte_new", "hte_new/units"),
    case(T + "全市高新技术企业培育入库860家。", "860家", "hte_count", "hte_count/not"),
    case(T + "全市孵化器在孵企业1863家。", "1863家", "incubators", "incubators/not"),
    case(T + "全市众创空间面积达到12万平方米。", "12万平方米", "maker_spaces", "maker_spaces/not"),
    case(T + "全市人均地区生产总值达到9.6万元。", "9.6万元", "gdp", "gdp/not"),
    case(T + "研发经费增长较快，占GDP比重达2.52%。", "2.52%", "gdp", "gdp/not"),
    case(T + "全市科技型中小企业营业收入增长18%。", "18%", "tsme_count", "tsme_count/not"),
    case(T + "单家企业创新券使用额度上限为30万元。", "30万元", "voucher_used", "voucher_used/not"),
    # a target's completion rate (or progress) is no aspect of any measure (shared not)
    case(T + "全市高新技术企业数目标完成进度达到80.5%。", "80.5%", "hte_count", "hte_count/not"),
    case(T + "全市规上工业企业研发费用年度任务完成率107%。", "107%", "rd_spend_enterprise", "rd_spend_enterprise/not"),
    case(T + "全市科技型中小企业评价入库目标完成率120%。", "120%", "tsme_count", "tsme_count/not"),
    case(T + "全市技术合同交易总额增长18.7%。", "18.7%", "tech_contract_count", "tech_contract_value_from_count/not"),
    case(T + "全市基础研究项目数达到54项。", "54项", "rd_spend_basic", "rd_spend_basic/units"),
    case(T + "全市科技创新平台建设项目23项。", "23项", "rd_institutions", "rd_institutions/not"),
    # what a table needs (needs): an intensity needs 强度/占GDP, new firms 新增…, vouchers a verb
    case(T + "全市R&D经费支出达到486亿元，较上年增长12.6%。", "12.6%", "rd_intensity", "rd_intensity/needs"),
    case(T + "全省国家高新技术企业总数达到1.5万家。", "1.5万家", "hte_new", "hte_new/needs"),
    case(T + "全市兑现创新券1260万元。", "1260万元", "voucher_issued", "voucher_issued/needs"),
    case(T + "全市规上工业企业研发费用增长21%。", "21%", "rd_intensity_enterprise", "rd_intensity_enterprise/needs"),
    case(T + "全市众创空间获得投融资12亿元。", "12亿元", "maker_spaces", "maker_spaces/units"),
    case(T + "全市区域创新能力评价得分增长6.2%。", "6.2%", "innovation_rank", "innovation_rank/units"),
    case(T + "全市新增省级重点实验室获得资助1200万元。", "1200万元", "rd_institutions", "rd_institutions/units"),
    # a percentage is the level of no count: a count's table takes % for its growth and share only
    case(T + "全市高新技术企业数量为全省的12.5%。", "12.5%", "hte_count", "hte_count/units"),
    # (完成全年目标114.9% was this row: a target's part done is now named 完成全年目标)
    case(T + "全市新认定科技型中小企业为上年的114.9%。", "114.9%", "tsme_count", "tsme_count/units"),
]

BUGS_CAUGHT = [
    # (these three were strict xfails) a target's lead (目标是), a list's dash (——) and a year to
    # come with its modal (明年将) stayed in the name, which made it a part of no measure
    case("目标是新增国家高新技术企业100家。", "100家", "hte_new", "hte_new/needs"),
    case(
        "2024年，全县科技工作的主要目标任务是：\n——新认定高新技术企业160~180家；\n——新增省级研发机构8~10家。",
        "160~180家",
        "hte_new",
        "hte_new/needs",
    ),
    case(T + "明年将新增省级以上研发机构20家。", "20家", "rd_institutions", "rd_institutions/lead"),
    # the name was only 数量: the subject of the clause before (高新技术企业) did not reach it
    case(T + "全市高新技术企业发展迅速，数量达到1860家。", "1860家", "hte_count", "hte_count/core"),
    # a growth of contracts with no amount named is of their number, not their turnover
    case(
        T + "全年共登记技术合同3260项，增长18.83%。",
        "18.83%",
        "tech_contract_count",
        "tech_contract_value_from_count/core",
    ),
    # a light verb inside a name (高新技术产业实现增加值) hid the measure
    case(T + "全市高新技术产业实现增加值386亿元。", "386亿元", "hti_value_added", "hti_value_added/core"),
    # 规模以上 before 高新技术产业增加值 was read as a part (a 统计公报's own scope for it)
    case(T + "全市规模以上高新技术产业增加值增长9.8%。", "9.8%", "hti_value_added", "hti_value_added/lead"),
    # 新 before 获批 (新获批国家级众创空间) was read as a part
    case(T + "全市新获批国家级众创空间2家。", "2家", "maker_spaces", "maker_spaces/shared lead"),
    # an autonomous region's level (自治区重点实验室) as a province's (省级)
    case(T + "全市新建自治区重点实验室6个。", "6个", "rd_institutions", "rd_institutions/shared lead"),
    # 有效期内 after 净增: the net addition to the stock held
    case(T + "全市净增有效期内高新技术企业21家。", "21家", "hte_new", "hte_new/lead"),
    # a count named by its aspect alone in a paragraph on high-tech firms counts them
    case(
        "全市高新技术企业认定工作成效明显。新认定数量依次为：株洲市301家、湘潭市257家。",
        "301家",
        "hte_new",
        "hte_new/core",
    ),
    # 国家 before 高新区 (国家高新区创新能力) was read as a part
    case("贵阳高新区在国家高新区创新能力评价中居第25位。", "第25位", "innovation_rank", "innovation_rank/lead"),
    # 交易总额 is an amount: it took the count of contracts (技术合同交易总额 … 增长18.7%)
    case(
        T + "全市技术合同交易总额增长18.7%。",
        "18.7%",
        "tech_contract_value",
        "tech_contract_value/core",
    ),
    # traditional characters are folded before the rules read the name
    case(T + "全市研究與試驗發展(R&D)經費支出達到126億元。", "126億元", "rd_spend", "rd_spend/core"),
    # a year leading the name (2023年R&D经费) is noise, not a part
    case(T + "2023年全社会R&D经费投入强度达到2.75%。", "2.75%", "rd_intensity", "rd_intensity/needs"),
    # 吸纳 took the turnover of contracts sold
    case(
        T + "全市吸纳技术合同成交额增长46%。",
        "46%",
        "tech_contract_value_absorbed",
        "tech_contract_value_absorbed/needs",
    ),
]

# Names with no core word of any table: no measure, however near a table's words come.
NO_CORE = [
    # 高技术产业 (the statistical bureau's high-technology industry) is not 高新技术产业
    (T + "全省规模以上高技术产业增加值增长19.4%。", "19.4%"),
    # a count of places by their output, in a paragraph on high-tech industry (a bare 产值 once
    # took hti_output, a measure of money)
    ("2023年全市高新技术产业产值2865亿元。分县看，产值超过百亿元的县（市、区）有7个。", "7个"),
]


@pytest.mark.parametrize("text,figure", NO_CORE)
def test_a_name_with_no_tables_core_has_no_measure(text, figure):
    assert explained(text, figure).record.measure == ""


XFAIL = [
    xfail(
        T + "全年净增科技型中小企业300家。",
        "300家",
        "tsme_count",
        "净增 is no lead word of tsme_count (新增 is), so the count of firms added has no measure",
    ),
    xfail(
        T + "全市新增发明专利授权3260件。",
        "3260件",
        "invention_patent_grants",
        "新增 before 发明专利授权 is read as a part of the measure (no lead word of the table)",
    ),
    xfail(
        "芜湖高新区在全国169家国家高新区中排名第39位，较上年前移7位。",
        "第39位",
        "innovation_rank",
        "a zone ranked as a whole is its overall standing (measures.toml's own comment), but the "
        "rank gets an empty name and so no measure",
    ),
]

MUST_T = table("must", MUST)
MUST_NOT_T = table("not", MUST_NOT)
BUGS_T = table("bug", BUGS_CAUGHT)
XFAIL_T = table("xfail", XFAIL)


SHARED_LEAD = tuple(data_table("measures")["shared"]["lead"])


def _give(record, rule):
    return measure_of(record.indicator, record.unit, record.kind, record.category, table_rules=(rule,))


def _own_lead(key):
    spec = data_table("measures")["measures"][key]
    return tuple(spec.get("lead", ())) + tuple(spec.get("needs", ()))


def _lead_text(record, rule):
    """The words of the normalised name before the table's core word."""
    name = normalise(record.indicator)
    m = rule.pattern.search(name)
    assert m is not None, f"no core word of the table in {name!r}"
    return name[: m.start()]


def _feature_lets_it(record, key, feature, measure):
    """The table's feature is what lets it give the measure: without it, it would not."""
    rule = TABLES[key]
    if feature == "needs":
        return _give(record, replace(rule, needs=("\0",))) != measure
    if feature in ("lead", "needs_lead"):
        return _give(record, replace(rule, lead=SHARED_LEAD)) != measure
    if feature == "shared lead":
        return _give(record, replace(rule, lead=_own_lead(key))) != measure
    if feature == "units":
        return unit_kind(record.unit, record.kind) in rule.units or record.kind == "rank"
    return feature == "core"


def _relaxed(record, rule, features):
    """The table without the given features' restrictions (lead: the name's own lead allowed)."""
    for feature in features:
        if feature == "not":
            rule = replace(rule, not_=())
        elif feature == "needs":
            rule = replace(rule, needs=())
        elif feature == "units":
            rule = replace(rule, units=frozenset())
        elif feature == "needs_lead":
            rule = replace(rule, needs_lead=False)
        elif feature == "lead":
            rule = replace(rule, lead=rule.lead + (_lead_text(record, rule),))
    return rule


RESTRICTIONS = ("not", "needs", "units", "needs_lead", "lead")


def _feature_keeps_it(record, key, feature, wrong):
    """The table's feature alone keeps it from giving the wrong measure: with every restriction
    lifted the table would give it, with every one but this lifted it still does not."""
    rule = TABLES[key]
    if _give(record, _relaxed(record, rule, RESTRICTIONS)) != wrong:
        return False
    return _give(record, _relaxed(record, rule, [f for f in RESTRICTIONS if f != feature])) != wrong


@pytest.mark.parametrize("text,figure,measure,label", MUST_T + BUGS_T)
def test_measure_must(text, figure, measure, label):
    r = explained(text, figure).record
    assert r.measure == measure, r.indicator
    key, feature = label.split("/")
    assert _give(r, TABLES[key]) == measure, f"{key} alone does not give {measure!r} for {r.indicator!r}"
    assert _feature_lets_it(r, key, feature, measure), f"{label} is not what gives {measure!r} to {r.indicator!r}"


@pytest.mark.parametrize("text,figure,wrong,label", MUST_NOT_T)
def test_measure_must_not(text, figure, wrong, label):
    r = explained(text, figure).record
    assert r.measure != wrong, r.indicator
    key, feature = label.split("/")
    assert _give(r, TABLES[key]) != wrong, f"{key} alone gives {wrong!r} for {r.indicator!r}"
    assert _feature_keeps_it(r, key, feature, wrong), f"{label} is not what keeps {wrong!r} from {r.indicator!r}"


@pytest.mark.parametrize("text,figure,measure,label", XFAIL_T)
def test_measure_xfail(text, figure, measure, label):
    assert explained(text, figure).record.measure == measure


def _labels(cases):
    return [p.values[3] for p in cases if p.values[3]]


def test_every_measure_is_specified():
    # every table of measures.toml decides a MUST case, and every standard measure is one's value
    must_keys = {label.split("/")[0] for label in _labels(MUST)}
    assert sorted(set(TABLES) - must_keys) == [], "tables without a MUST case"
    assert sorted(set(kjstats.MEASURES) - {p.values[2] for p in MUST}) == [], "measures without a MUST case"
    # every label names a table and a feature it has
    for label in _labels(MUST + MUST_NOT + BUGS_CAUGHT):
        key, feature = label.split("/")
        assert key in TABLES, f"{label}: no table {key!r} in measures.toml"
        assert feature in FEATURES, f"{label}: unknown feature {feature!r}"
        rule = TABLES[key]
        has = {
            "core": bool(rule.core),
            "needs": bool(rule.needs),
            "not": bool(rule.not_),
            "units": bool(rule.units),
            "lead": bool(rule.lead),
            "shared lead": True,
            "needs_lead": rule.needs_lead,
        }
        assert has[feature], f"{label}: table {key!r} has no {feature!r}"
    # every measure a table gives is a standard one
    assert {r.measure for r in TABLES.values()} <= set(kjstats.MEASURES)


def test_the_nations_central_and_local_parts_have_no_measure():
    # 中央 and 地方 financial S&T spending are the two parts of the nation's; a city's 地方财政
    # 科学技术支出 is its whole (national_parts in measures.toml [shared])
    nation = "2020年全国科技经费投入统计公报\n\n国家财政科学技术支出10095亿元，其中，中央财政科学技术支出3758.2亿元，地方财政科学技术支出6336.8亿元。"
    got = {r.text: r.measure for r in kjstats.extract(nation)}
    assert got == {"10095亿元": "fiscal_st_spend", "3758.2亿元": "", "6336.8亿元": ""}
    assert explained(T + "全市地方财政科学技术支出8.76亿元。", "8.76亿元").record.measure == "fiscal_st_spend"


def test_a_growth_by_a_multiple_has_the_measure_of_what_grew():
    # 增长2.4倍 is a growth of the measure, as 增长24% is (a multiple had no measure)
    r = explained(T + "全市技术合同成交额由2018年的7.8亿元增加到2022年的26.3亿元，增长2.4倍。", "2.4倍").record
    assert (r.kind, r.measure) == ("growth", "tech_contract_value")
    r = explained(T + "全市高新技术企业由118家增加到426家，增长2.6倍。", "2.6倍").record
    assert r.measure == "hte_count"


def test_a_bare_cashing_word_in_a_voucher_paragraph_is_the_vouchers_measure():
    # 兑现金额 named bare, in a sentence on innovation vouchers, is their amount cashed (it had no
    # measure); 单张面额, a voucher's cap, stays without one
    records = kjstats.extract(T + "全区发放科技创新券142张，共有76家企业完成兑现，兑现金额350万元。")
    assert {r.text: r.measure for r in records}["350万元"] == "voucher_used"
    records = kjstats.extract(T + "创新券单张面额最高20万元。")
    assert {r.text: r.measure for r in records}["20万元"] == ""


def test_firms_named_by_their_entry_alone_in_a_paragraph_on_tsmes_are_counted_tsmes():
    # 入库企业, 入库 named bare in a story on 科技型中小企业 count the firms entered in its register
    # (they had no measure); the same words where nothing says which register keep none
    text = "吉林省科技型中小企业评价工作简报\n\n全省科技型中小企业评价入库5862家。白城市入库企业211家，同比增长41.6%。"
    records = {r.text: r for r in kjstats.extract(text)}
    assert records["211家"].measure == "tsme_count"
    assert records["41.6%"].measure == "tsme_count"
    assert {r.text: r.measure for r in kjstats.extract(T + "全市入库企业211家。")}["211家"] == ""
