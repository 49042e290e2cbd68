"""Specification of a record's region (the administrative unit the figure describes, as the text
first names it; 全区/全市 resolved; records.md), rule by rule of regionrules.REGION_RULES, and of the
"list item" rule of pipeline.py (郑州、洛阳分别… gives each figure its place). The tables'
shapes are described in tests/spec_common.py: MUST (value and the rule that decides it), MUST
NOT (a tempting wrong region), BUGS CAUGHT, STRICT XFAIL (wrong today). Every sentence is written
for these tests.

Most cases open with the title of a city's report (WUXI, CHENGDU, …), which makes the city the
document's home: what 全市 means and what a sentence naming no place is about.
"""

import pytest

from kjstats.document import read_document
from kjstats.lexicon import default_categories
from kjstats.regionrules import REGION_RULES
from kjstats.scope import Scope
from spec_common import case, check_rule_tables, explained, table, xfail

WUXI = "无锡市科技局2023年工作总结\n\n"
CHENGDU = "成都市科技局2023年工作总结\n\n"
HEFEI = "合肥市科技局2023年工作总结\n\n"
SUZHOU = "苏州市科技局2023年工作总结\n\n"

# the rules of the pipeline that come before REGION_RULES
PIPELINE_RULES = ("list item",)

MUST = [
    # a group of regions named as a whole (中西部地区, 东北地区) is the region of its figures (it was
    # 全国, of the sentence before)
    case(
        "全国技术市场快报\n\n全国技术合同成交额6.8万亿元。中西部地区技术合同成交额合计2.31万亿元。",
        "2.31万亿元",
        "中西部地区",
        "own clause",
    ),
    # --- a place's average: a figure of an average (全省平均水平（3.54%）) is its place's, though
    # the place stands as what the subject is compared with
    case(WUXI + "全市R&D经费投入强度为3.05%，低于全省平均水平（3.54%）。", "3.54%", "江苏省", "a place's average"),
    case(WUXI + "全市R&D经费投入强度为3.05%，全国平均为2.55%。", "2.55%", "全国", "a place's average"),
    # the field of a rank before the figure (在全省13个设区市中居第4位) is no region of what follows
    case(
        WUXI + "每万人口发明专利拥有量18.3件，在江苏13个设区市中居第4位，高于全省平均水平（9.8件）8.5件。",
        "8.5件",
        "无锡市",
        "section",
    ),
    # --- list item: places listed before 分别 give each figure its own
    case(WUXI + "江阴市、宜兴市分别新增高新技术企业186家和132家。", "132家", "宜兴市", "list item"),
    case(WUXI + "江阴市、宜兴市分别新增高新技术企业186家和132家。", "186家", "江阴市", "list item"),
    case(CHENGDU + "双流区、郫都区技术合同成交额分别增长38%和26%。", "26%", "郫都区", "list item"),
    case(HEFEI + "肥西县、长丰县技术合同成交额增速居全市前两位，分别增长46%和38%。", "38%", "长丰县", "list item"),
    case(SUZHOU + "吴江区、吴中区分别新增高新技术企业326家和298家。", "298家", "吴中区", "list item"),
    # --- bracketed item: 成都(1523.6亿元), the place right before the bracket, as written
    case(
        "2023年全省技术合同成交额前三位分别是成都(1523.6亿元)、绵阳(186.2亿元)和德阳(72.4亿元)。",
        "186.2亿元",
        "绵阳",
        "bracketed item",
    ),
    case(
        "2023年全省技术合同成交额前三位分别是成都(1523.6亿元)、绵阳(186.2亿元)和德阳(72.4亿元)。",
        "72.4亿元",
        "德阳",
        "bracketed item",
    ),
    case(
        CHENGDU + "各区（市）县中，技术合同成交额前三位分别是武侯区(126.3亿元)、高新区(98.6亿元)和锦江区(56.2亿元)。",
        "126.3亿元",
        "武侯区",
        "bracketed item",
    ),
    case(
        "2023年各省份研发投入前三位为广东(4802亿元)、江苏(3835亿元)、北京(2947亿元)。",
        "3835亿元",
        "江苏",
        "bracketed item",
    ),
    # the whole of a unit in brackets after 占 (占全市（16.5亿元）, 占全市高新技术企业总数（402家）) is
    # that unit's figure, not the subject's (both were the county's or the zone's)
    case(
        "临泽县科技局2024年工作总结\n\n全县技术合同成交额2.36亿元，占全市（16.5亿元）的14.3%。",
        "16.5亿元",
        "张掖市",
        "bracketed item",
    ),
    case(
        "南京市科技局2024年工作总结\n\n江宁区有效高新技术企业1860家，占全市高新技术企业总数（9600家）的19.4%。",
        "9600家",
        "南京市",
        "bracketed item",
    ),
    # 全市 in a province's report, after a city named in its sentence, is that city (it was empty:
    # the home, a province, has no city)
    case(
        "辽宁日报\n\n本报讯 我省高新技术企业快速增长。盘锦市依托高校院所开展校地合作，全市高新技术企业达到498家。",
        "498家",
        "盘锦市",
        "own clause",
    ),
    # --- no place in the sentence: the section's region (the home's, without a heading)
    case(CHENGDU + "新增高新技术企业1268家。", "1268家", "成都市", "no place in the sentence"),
    case(CHENGDU + "全年新认定国家级科技企业孵化器6家。", "6家", "成都市", "no place in the sentence"),
    case(WUXI + "技术合同成交额达到86亿元，居全省第一。", "86亿元", "无锡市", "no place in the sentence"),
    case(WUXI + "新增高新技术企业1268家，约占江苏省的15%。", "1268家", "无锡市", "no place in the sentence"),
    case(
        WUXI + "梁溪区\n\n新增高新技术企业86家。\n\n滨湖区\n\n新增高新技术企业126家。",
        "126家",
        "滨湖区",
        "no place in the sentence",
    ),
    case(
        WUXI + "一、江阴市\n\n新增高新技术企业186家。\n\n二、宜兴市\n\n新增高新技术企业132家。",
        "186家",
        "江阴市",
        "no place in the sentence",
    ),
    case(WUXI + "天津大学与我市共建研发机构3家。", "3家", "无锡市", "no place in the sentence"),
    case(HEFEI + "中国科学技术大学新增发明专利授权1260件。", "1260件", "合肥市", "no place in the sentence"),
    # a zone the headline names is home though the source line names its city (来源:株洲日报)
    case(
        "株洲高新区上半年高新技术企业突破600家\n来源：株洲日报\n\n今年上半年，株洲市科技局介绍，全区研发投入增长12.5%。",
        "12.5%",
        "株洲高新区",
        "own clause",
    ),
    # a town or subdistrict the title names is home, and 全镇 stands for it
    case("柳市镇2023年科技工作总结\n\n全镇新增高新技术企业32家。", "32家", "柳市镇", "own clause"),
    case(
        "圣城街道2024年上半年科技工作小结\n\n新增科技型中小企业18家。", "18家", "圣城街道", "no place in the sentence"
    ),
    # ... also when written after the county it lies in (乐清市柳市镇)
    case("乐清市柳市镇：2023年科技工作总结\n\n新增高新技术企业32家。", "32家", "柳市镇", "no place in the sentence"),
    # 苏州工业园区 is a zone (工业园区 is a zone word now: it was the strict xfail "the home's city is
    # taken")
    case(
        SUZHOU + "其中，苏州工业园区新增高新技术企业512家，张家港市新增185家。", "512家", "苏州工业园区", "own clause"
    ),
    # ... but a kind of park is no zone's name (省级大学科技园, 新建工业园区: the home's figures)
    case(SUZHOU + "全市新增省级大学科技园3家。", "3家", "苏州市", "own clause"),
    # a zone named after a place with a park's suffix (大学科技园) is the home of its own brief, and
    # 园区 alone is that zone whatever its name ends in (both were the district)
    case("荣昌区大学科技园2025年三季度运行简报\n\n园区入驻企业达到186家。", "186家", "荣昌区大学科技园", "own clause"),
    case(
        "荣昌区大学科技园2025年三季度运行简报\n\n在孵企业92家。", "92家", "荣昌区大学科技园", "no place in the sentence"
    ),
    # a town after 在 opening its clause (在高沙窝镇，…) is a place, as one opening the clause is; a
    # zone's name after 在 is not (在中部地区国家高新区中: a rank's field)
    case(
        "盐池县科技特派员工作情况\n\n在高沙窝镇，特派员帮助村集体建起的羊场已出栏滩羊四千六百只。",
        "四千六百只",
        "高沙窝镇",
        "earlier in the sentence",
    ),
    # --- places summed: a sum over a list of places (三市合计, …5市，合计) is of the unit they are in
    case(SUZHOU + "昆山市、张家港市、常熟市三市合计新增高新技术企业860家。", "860家", "苏州市", "places summed"),
    case(
        SUZHOU + "昆山市、张家港市两市居前两位，合计成交额达到120亿元，占全市的46%。", "46%", "苏州市", "places summed"
    ),
    case(SUZHOU + "昆山市、太仓市共有省级研发机构320家。", "320家", "苏州市", "places summed"),
    # the unit they are in is their parent, not the report's home (a county's report on two others)
    case("昆山市科技局2023年工作总结\n\n张家港、太仓两地共新增高新技术企业300家。", "300家", "苏州市", "places summed"),
    case("湖南日报\n\n长沙、株洲、湘潭三市合计成交1580.2亿元。", "1580.2亿元", "湖南省", "places summed"),
    # ... and so is one a later clause counts (…分别以36家、35家位列第二、第三，三地合计112家: it
    # was the first place's)
    case(
        SUZHOU + "昆山市以41家居全市首位，张家港市、常熟市分别以36家、35家位列第二、第三，三地合计112家。",
        "112家",
        "苏州市",
        "places summed",
    ),
    # --- counted in: a place written right before the number is what it counts in
    case(CHENGDU + "在全国169家国家高新区中，成都高新区综合排名第3位。", "169家", "全国", "counted in"),
    case(CHENGDU + "成都高新区1012家、武侯区318家、金牛区206家。", "318家", "武侯区", "counted in"),
    case(HEFEI + "蜀山区新增高新技术企业268家、包河区196家。", "196家", "包河区", "counted in"),
    case(
        WUXI + "全市共有国家级孵化器26家，占全省总数的18%，在全省13个设区市中居第2位。", "13个", "江苏省", "counted in"
    ),
    # --- after the previous figure: a place since the figure before it in the sentence
    case(HEFEI + "蜀山区新增高新技术企业268家，包河区新增196家。", "196家", "包河区", "after the previous figure"),
    case(
        CHENGDU + "武侯区新增高新技术企业318家，金牛区新增206家，青羊区新增185家。",
        "185家",
        "青羊区",
        "after the previous figure",
    ),
    case(WUXI + "江阴市高新技术产业产值增长12.6%，宜兴市增长9.8%。", "9.8%", "宜兴市", "after the previous figure"),
    case(
        CHENGDU + "在全国169家国家高新区中，成都高新区综合排名第3位。",
        "第3位",
        "成都高新区",
        "after the previous figure",
    ),
    # --- own clause: a place in the figure's own clause
    case(HEFEI + "全市新增高新技术企业1268家。", "1268家", "合肥市", "own clause"),
    case(WUXI + "江阴市高新技术产业产值增长12.6%，宜兴市增长9.8%。", "12.6%", "江阴市", "own clause"),
    case(WUXI + "宜兴市新增高新技术企业132家，增幅全市第一。", "132家", "宜兴市", "own clause"),
    case(SUZHOU + "昆山市高新技术产业产值占规上工业总产值比重达到55.3%。", "55.3%", "昆山市", "own clause"),
    case(CHENGDU + "新都区规上工业企业研发费用增长26.3%，增速居全市第一。", "26.3%", "新都区", "own clause"),
    case("2022年，宜宾市叙州区综合科技创新水平位居全省第五。", "第五", "叙州区", "own clause"),
    case("芜湖高新区在全国169家国家高新区中排名第39位，较上年前移7位。", "第39位", "芜湖高新区", "own clause"),
    case(
        WUXI + "梁溪区\n\n全区新增高新技术企业86家。\n\n滨湖区\n\n全区新增高新技术企业126家。",
        "126家",
        "滨湖区",
        "own clause",
    ),
    case("雄安新区2023年科技工作总结\n\n全区新增高新技术企业86家。", "86家", "雄安新区", "own clause"),
    case(WUXI + "江苏省\n\n全省技术合同成交额达到3800亿元。", "3800亿元", "江苏省", "own clause"),
    # --- earlier in the sentence: a place in an earlier clause
    case(WUXI + "宜兴市新增高新技术企业132家，增幅全市第一。", "第一", "宜兴市", "earlier in the sentence"),
    case(CHENGDU + "温江区围绕生物医药产业，新增省级研发机构12家。", "12家", "温江区", "earlier in the sentence"),
    case(WUXI + "江阴市作为全国百强县之首，R&D经费支出达到186亿元。", "186亿元", "江阴市", "earlier in the sentence"),
    case(
        CHENGDU + "简阳市作为新兴增长极，全年新增科技型中小企业326家，同比增长42%。",
        "42%",
        "简阳市",
        "earlier in the sentence",
    ),
    case(
        WUXI + "全市研发投入强度达到3.4%，高于江苏省平均水平0.5个百分点。",
        "0.5个百分点",
        "无锡市",
        "earlier in the sentence",
    ),
    case(
        WUXI + "全市共有国家级孵化器26家，占全省总数的18%，在全省13个设区市中居第2位。",
        "第2位",
        "无锡市",
        "earlier in the sentence",
    ),
    # --- section: places in the sentence, none of them before the figure (or only excluded ones)
    case(
        "杭州市科技局2023年工作总结\n\n全年技术合同成交额达到1600亿元，辐射带动湖州、嘉兴等周边城市。",
        "1600亿元",
        "杭州市",
        "section",
    ),
    case(
        CHENGDU + "新都\n\n新增省级研发机构6家，新都区连续三年居全市前列。\n\n温江\n\n新增研发机构4家。",
        "6家",
        "新都区",
        "section",
    ),
    # a paragraph that opens with a place is about it to its end (not into the next paragraph)
    case(
        "江苏省科技厅2023年工作综述\n\n在无锡市，集成电路产业加快集聚。全市新增高新技术企业1268家。\n\n全省新增研发机构52家。",
        "1268家",
        "无锡市",
        "own clause",
    ),
    case(
        "内蒙古2023年科技工作综述\n\n呼和浩特市建设国家乳业技术创新中心。中心已汇聚创新主体48家。",
        "48家",
        "呼和浩特市",
        "no place in the sentence",
    ),
    case(
        "江苏省科技厅2023年工作综述\n\n在无锡市，集成电路产业加快集聚。\n\n新增研发机构52家。",
        "52家",
        "江苏省",
        "no place in the sentence",
    ),
    # --- places ranked: the places a top rank is followed by hold it
    case(WUXI + "技术合同成交额前三名为江阴市、宜兴市、新吴区。", "前三名", "江阴市", "places ranked"),
    case(CHENGDU + "高新技术企业数量居前两位的是武侯区和锦江区。", "前两位", "武侯区", "places ranked"),
]

MUST_NOT = [
    # A与B的差距: B is what A is compared with (the pair 青海与全国 was left out as a list whose last
    # place is no subject, and 全国 of the clause before was taken)
    case(
        "青海省科技监测报告\n\n全国综合科技创新水平指数为75.42分，青海与全国的差距由23.46分缩小到23.06分。",
        "23.06分",
        "全国",
        "",
    ),
    # a whole before 位次 (全国位次再前移1至2位) is the field of the rank, no subject
    case("青海省科技监测报告\n\n力争到2025年，全省R&D经费投入强度达到1%，全国位次再前移1至2位。", "1至2位", "全国", ""),
    # a place inside the quoted name of an event (“全国科普日”) is no region (it was 全国)
    case(WUXI + "全年举办“科技活动周”“全国科普日”等各类科普活动386场次。", "386场次", "全国", ""),
    # ... and so it is unquoted: a nationwide event's name (全国科普日期间) is no subject
    case(WUXI + "科技活动周和全国科普日期间，各单位共开展活动135项。", "135项", "全国", ""),
    # a level's agency written without a name (自治区科技厅) is no place named 自治区
    case("宁夏回族自治区科技厅\n\n自治区科技厅负责人介绍，全年技术合同成交额确保突破80亿元。", "80亿元", "自治区", ""),
    # a gap to an average written right after it is the subject's (高于全国平均0.7个百分点)
    case(WUXI + "全市R&D经费投入强度为3.05%，高于全国平均0.7个百分点。", "0.7个百分点", "全国", ""),
    # a county's stem in a report on its city names it (昆山 -> 昆山市; it was the city); a
    # county's stem that is an ordinary word (绿水青山) does not
    case(SUZHOU + "昆山新增高新技术企业300家，太仓新增120家。", "300家", "苏州市", ""),
    case(SUZHOU + "昆山新增高新技术企业300家，太仓新增120家。", "120家", "苏州市", ""),
    case("武汉市科技局2023年工作总结\n\n践行绿水青山理念，全市新增高新技术企业300家。", "300家", "青山区", ""),
    # one place of a list, then its own figure, is no sum (合计 is absent)
    case(SUZHOU + "昆山市、张家港市分别新增高新技术企业300家和200家。", "300家", "苏州市", ""),
    # a zone named alone (高新区将…) in a report on such a zone is that zone (it was 高新区)
    case(
        "合肥高新区2021年上半年经济运行情况分析\n\n下半年，高新区将确保全年营业收入突破6000亿元。",
        "6000亿元",
        "高新区",
        "",
    ),
    # 城镇 and 乡镇 are words, no town's name
    case("温州市2023年科技工作总结\n\n全市乡镇企业新增研发机构45家。", "45家", "乡镇", ""),
    # a zone the headline names beside the city it lies in, both in the title, is not home alone
    case("株洲市：株洲高新区上半年新增高企85家\n\n今年上半年，全市新增高企300家。", "300家", "株洲高新区", ""),
    # a unit's suffix that begins a word (湖北区域创新能力: 区域) ends no unit (it was 湖北区)
    case("湖北省科技厅2024年新闻发布会\n\n湖北区域创新能力居全国第7位。", "第7位", "湖北区", ""),
    # ... a short name there may be a zone's own (吉林国家高新区 is 吉林市's)
    case(
        "吉林省科技厅2023年工作总结\n\n吉林国家高新区全年技术合同成交额10亿元。",
        "10亿元",
        "吉林省",
        "",
    ),
    # ... and only there: 朝阳 (辽宁) in a report on 浙江 is a word (朝阳产业)
    case("浙江省科技厅2020年工作总结\n\n全省朝阳产业投资增长12%。", "12%", "朝阳市", ""),
    # 全国 in 向全国50强挺进 is where the city aims, not the region
    case(WUXI + "全市高新技术企业向全国50强挺进，总数达到6800家。", "6800家", "全国", ""),
    # a place inside an organisation's name (天津大学, 中国科学技术大学, 江南大学) is not the region
    case(WUXI + "天津大学与我市共建研发机构3家。", "3家", "天津市", ""),
    case(HEFEI + "中国科学技术大学新增发明专利授权1260件。", "1260件", "全国", ""),
    case(WUXI + "江南大学新增国家级科研平台3个。", "3个", "", ""),
    # the standard of a comparison (全国平均水平, 江苏省平均水平) is not the subject
    case(SUZHOU + "全市每万人口发明专利拥有量达到98.6件，是全国平均水平的4.1倍。", "4.1倍", "全国", ""),
    case(WUXI + "全市研发投入强度达到3.4%，高于江苏省平均水平0.5个百分点。", "0.5个百分点", "江苏省", ""),
    case(
        "安徽省科技厅2024年工作要点\n\n2024年将推动芜湖高新区进入全国前30位，力争全省国家高新区营业收入突破3万亿元。",
        "3万亿元",
        "力争全省国家高新区",
        "",
    ),
    # the place of a dateline is where the story was filed (it was the region of the figures)
    case(
        "前三季度我省技术合同成交额突破3000亿元\n\n来源：大众日报\n\n本报济南10月15日讯（记者 王晓丽）记者从山东省科技厅获悉，"
        "1-9月，全省共登记技术合同5.86万项，成交额3126.4亿元。",
        "3126.4亿元",
        "济南市",
        "",
    ),
    # ... nor what a gap is taken over, written 高出 (高出江苏省1.2个百分点: it was the region)
    case(WUXI + "全市高新技术产业投资增长15.2%，高出江苏省1.2个百分点。", "1.2个百分点", "江苏省", ""),
    # the scope of a rank (居全省第一) is not who ranks
    case(WUXI + "技术合同成交额增速居全省第一，达到42%。", "第一", "江苏省", ""),
    case(WUXI + "技术合同成交额增速居全省第一，达到42%。", "42%", "江苏省", ""),
    # where people or contracts come from or go to (来自, 与…合作, 流向, 赴) is not the subject
    case(WUXI + "引进来自上海、杭州等地的科技人才团队36个。", "36个", "上海市", ""),
    case(WUXI + "与上海合作共建创新平台12个。", "12个", "上海市", ""),
    case(WUXI + "流向北京的技术合同成交额达到26亿元。", "26亿元", "北京市", ""),
    case(WUXI + "赴深圳招商，引进科技项目12个。", "12个", "深圳市", ""),
    case(WUXI + "北京、上海等地高校院所在我市设立研发机构26家。", "26家", "北京市", ""),
    # places a figure radiates to (辐射带动湖州、嘉兴等) are not its region
    case(
        "杭州市科技局2023年工作总结\n\n全年技术合同成交额达到1600亿元，辐射带动湖州、嘉兴等周边城市。",
        "1600亿元",
        "湖州市",
        "",
    ),
    # 全国 in 全国重点实验室 names a kind of laboratory
    case(WUXI + "全市新增全国重点实验室2家。", "2家", "全国", ""),
    # the field counted in (在全国169家…中) is not the region of the rank
    case(CHENGDU + "在全国169家国家高新区中，成都高新区综合排名第3位。", "第3位", "全国", ""),
    # the share's whole (占江苏省的15%) is not its region
    case(WUXI + "新增高新技术企业1268家，约占江苏省的15%。", "15%", "江苏省", ""),
    # a province's total before 其中 is not the first county's
    case(WUXI + "全市共有国家级孵化器26家，占全省总数的18%，在全省13个设区市中居第2位。", "18%", "江苏省", ""),
]

BUGS_CAUGHT = [
    # a customs district named after its seat (海口海关) is an office, not the figures' place
    case(
        "海口海关发布\n\n据海口海关统计，前三季度海南省货物贸易进出口1766.3亿元，同比增长18.1%。",
        "18.1%",
        "海南省",
        "earlier in the sentence",
    ),
    # 园区 alone in a document about no zone is a park of the home: the figures are the home's
    # (they were the region 园区, a word)
    case(
        "田东县融媒体中心\n\n田东县农业科技园区建设成效显著。园区核心区面积一万二千亩，入驻企业四十六家。",
        "四十六家",
        "田东县",
        "no place in the sentence",
    ),
    # (review) the partners after 与 are others, the place before it stays the subject (宁波市与上海、
    # 苏州等12个城市…: it was left out with its partners, examples of a count)
    case(
        "浙江省科技厅2023年工作总结\n\n宁波市与上海、苏州等12个城市签订科技合作协议，引进项目35个。",
        "35个",
        "宁波市",
        "earlier in the sentence",
    ),
    # places named as examples before 等 and a count (肥西县、长丰县等5个县的…) are the field
    # counted: the figures after them are the home's (they were 肥西县's)
    case(
        HEFEI + "本月选派科技特派员42名，深入肥西县、长丰县等5个县的36个村开展服务，举办培训班18期。",
        "18期",
        "合肥市",
        "no place in the sentence",
    ),
    # the place a prize is named after gives it, the figure is not of that place (获江苏省科学技术奖
    # 12项 in a report on 无锡: it was 江苏省)
    case(WUXI + "全市企业获江苏省科学技术奖12项，其中一等奖3项。", "12项", "无锡市", "own clause"),
    case(WUXI + "全市企业获江苏省科学技术奖12项，其中一等奖3项。", "3项", "无锡市", "earlier in the sentence"),
    # a chain of places names its last unit (重庆市永川区…人民代表大会), and 第四届 after a place
    # is an event's ordinal, no ranking the place stands in: 全区 was 重庆市
    case(
        "关于2024年度区级科技专项资金预算执行情况的审计报告\n"
        "——2025年6月24日在重庆市永川区第四届人民代表大会常务委员会第二十次会议上\n区审计局局长　刘晓峰\n\n"
        "主任、各位副主任、各位委员：\n根据区人大常委会年度监督工作计划，区审计局对区级科技专项资金进行了专项审计。\n\n"
        "一、预算安排和执行情况\n全区科技专项资金预算18650万元。",
        "18650万元",
        "永川区",
        "own clause",
    ),
    # a heading of two characters (二、商标) with 全市 after it in a city's report is a topic, not
    # a city the gazetteer lacks: the region was 商标市
    case(
        "桂林市2024年知识产权简报\n\n一、专利\n全市专利授权量5862件。\n\n二、商标\n年末全市有效注册商标7.82万件。",
        "7.82万件",
        "桂林市",
        "own clause",
    ),
    # 全市 after 领跑 is who is led, not the figure's place: the share was 无锡市's (after the
    # previous figure)
    case(WUXI + "宜兴市以121.6亿元的成交额领跑全市，占全市的31.8%。", "31.8%", "宜兴市", "earlier in the sentence"),
    # (a strict xfail until 振兴 was listed as a stem that is an ordinary word)
    case(WUXI + "振兴县域经济，全年培育科技型中小企业860家。", "860家", "无锡市", "no place in the sentence"),
    # a unit the title lines name is the home though a sentence ranks it within a field, and 新建
    # (build new) is no county stem (新建区 of 南昌): 全市 was 南昌市, then nothing
    case(
        "政府工作报告（摘要）\n——2024年1月9日在太原市第十六届人民代表大会第四次会议上\n太原市人民政府\n\n"
        "一、2023年工作回顾\n\n全市新建省级以上研发平台45个。在国家创新型城市创新能力评价中，太原市位列第42位。\n",
        "45个",
        "太原市",
        "own clause",
    ),
    # a zone named after a place is a zone wherever it stands (推动芜湖高新区: it was 芜湖市), and
    # a run of words before 国家高新区 that holds a scope word is no zone's name
    case(
        "安徽省科技厅2024年工作要点\n\n2024年将推动芜湖高新区进入全国前30位，力争全省国家高新区营业收入突破3万亿元。",
        "前30位",
        "芜湖高新区",
        "own clause",
    ),
    # a province's full name before 国家高新区 names its zones, not one zone (河南省国家高新区 was
    # taken for a zone's name, which has no code)
    case(
        "江苏省科技厅关于2020年国家高新区评价结果的通报\n\n2020年，河南省国家高新区进步明显，4家高新区排名上升。",
        "4家",
        "河南省",
        "earlier in the sentence",
    ),
    # a word for the unit itself before 位居 names who ranks (我市位居全省第二 was 河南省: only the
    # words of the whole, 全市排名第2, name the field)
    case(
        "洛阳市科技局2023年工作总结\n\n在全省综合科技创新水平评价中，我市位居全省第二。",
        "第二",
        "洛阳市",
        "own clause",
    ),
    # (a strict xfail until a unit named before 排名 was read as who ranks)
    case("在2023年全国科技创新百强市中，济南市排名第21位。", "第21位", "济南市", "own clause"),
    # a zone named before 排名 is who ranks (it was left out as the field of a rank, and the
    # sentence's first zone taken); 全市排名 stays a field
    case(
        "安徽省国家高新区综合评价成绩亮眼\n\n在参评的178家国家高新区中，合肥高新区位列全国第6位，芜湖高新区排名第38位。",
        "第38位",
        "芜湖高新区",
        "after the previous figure",
    ),
    # a short form that is also a word (大庆) names its place in a report on its province
    case(
        "黑龙江省科技厅2020年工作总结\n\n哈尔滨新增高新技术企业360家。大庆47家科技企业孵化器在孵企业超过2500家。",
        "47家",
        "大庆市",
        "counted in",
    ),
    # a heading in short form names the district in the form the text writes it (新都 -> 新都区)
    case(
        CHENGDU + "新都\n\n上半年，全区新认定研发机构6家。\n\n温江\n\n上半年，全区新认定研发机构4家。",
        "4家",
        "温江区",
        "own clause",
    ),
    # a chain of places written together: the most specific (宜宾市叙州区 -> 叙州区)
    case("2023年上半年，宜宾市叙州区科技局扎实推进工作。全区新增科技型中小企业56家。", "56家", "叙州区", "own clause"),
    # 雄安新区 was read as 安新县
    case("雄安新区2023年科技工作总结\n\n全区新增高新技术企业86家。", "86家", "雄安新区", "own clause"),
    # the field a rank is taken in (在全国230家…中) was the region of who ranks
    case("宁乡经济技术开发区在全国230家国家级经开区中位列第12位。", "第12位", "宁乡经济技术开发区", "own clause"),
    case("宁乡经济技术开发区在全国230家国家级经开区中位列第12位。", "230家", "全国", "counted in"),
    # each place of a run of figures takes its own (成都高新区1012家、武侯区318家)
    case(CHENGDU + "成都高新区1012家、武侯区318家、金牛区206家。", "206家", "金牛区", "counted in"),
    # the standard of a comparison was the subject (是全省平均水平的2.1倍)
    case("诸城市每万人口发明专利拥有量是全省平均水平的1.8倍。", "1.8倍", "诸城市", "own clause"),
    # a list of places sharing one zone word names each zone
    case("襄阳、宜昌两市高新技术企业数量分别为2960家和1480家。", "1480家", "宜昌市", "list item"),
    # one county named in the body (其中昆山市) became the home over the title's city
    case(SUZHOU + "全市技术合同成交额达到865亿元，其中昆山市126亿元。", "865亿元", "苏州市", "own clause"),
    # the counties named after 其中 became the home: the city's total went to 江阴市
    case(WUXI + "新增高新技术企业1268家，其中江阴市186家、宜兴市132家。", "1268家", "无锡市", "section"),
    # districts ranked in a bracketed list made the home 武侯区 with zone 高新区
    case(
        CHENGDU + "各区（市）县中，技术合同成交额前三位分别是武侯区(126.3亿元)、高新区(98.6亿元)和锦江区(56.2亿元)。"
        "\n\n新增高新技术企业1268家。",
        "1268家",
        "成都市",
        "no place in the sentence",
    ),
    # 全州 (the whole prefecture) was read as 全州县 of 广西: with one 我省, the home became 广西
    case(
        "今年以来，黔东南州科技系统工作取得积极成效。一季度，全州立项科技计划项目19项，立项资金980万元；"
        "全州科技型企业备案14家；可持续发展实验区项目为2018年我省仅立项一个。",
        "14家",
        "黔东南苗族侗族自治州",
        "own clause",
    ),
]

XFAIL = [
    xfail(
        "宁波市科技局2023年工作总结\n\n余姚、慈溪两市分别新增高新技术企业126家和143家。",
        "143家",
        "慈溪市",
        "short county names listed before 两市分别 are not read as places (no list item); the "
        "home becomes 余姚市 though it is named beside its sibling",
    ),
    xfail(
        WUXI + "梁溪区\n\n新增高新技术企业86家，居全市第一。",
        "86家",
        "梁溪区",
        "a heading naming 梁溪区 in full whose section says 全市 becomes 梁溪区市 "
        "(document._heading_region appends 全市's 市 to the full name)",
    ),
]

MUST_T = table("must", MUST)
MUST_NOT_T = table("not", MUST_NOT)
BUGS_T = table("bug", BUGS_CAUGHT)
XFAIL_T = table("xfail", XFAIL)


@pytest.mark.parametrize("text,figure,region,rule", MUST_T + BUGS_T)
def test_region_must(text, figure, region, rule):
    e = explained(text, figure)
    assert (e.record.region, e.rule("region")) == (region, rule)


@pytest.mark.parametrize("text,figure,wrong,rule", MUST_NOT_T)
def test_region_must_not(text, figure, wrong, rule):
    e = explained(text, figure)
    assert e.record.region != wrong
    if rule:
        assert e.rule("region") != rule


@pytest.mark.parametrize("text,figure,region,rule", XFAIL_T)
def test_region_xfail(text, figure, region, rule):
    assert explained(text, figure).record.region == region


def test_no_sentence():
    # A text without sentences has no prose figure for explain() to show; a table cell read
    # against it (tables.py asks the scope) takes the document's region.
    doc = read_document(" \n\n ", default_categories(), None)
    assert Scope(doc).region_why(0) == (doc.region, "no sentence")


def test_every_region_rule_is_specified():
    names = [*PIPELINE_RULES, *(r.name for r in REGION_RULES)]
    check_rule_tables(names, MUST, MUST_NOT, BUGS_CAUGHT, extra=["no sentence"])
