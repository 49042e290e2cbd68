"""Rules of records.md as tables of sentences written for these tests: input -> expected.

Each case names the rule it pins down. Indicator names are compared with the scorer's
tolerance (longest common substring), since they are read from free text.
"""

from decimal import Decimal

import pytest
import regex

import kjstats
from kjstats.evaluate import indicator_ok
from kjstats.layout import layout


def _rec(text: str, figure: str):
    recs = [r for r in kjstats.extract(text) if r.text == figure]
    assert recs, f"{figure!r} not found in {[r.text for r in kjstats.extract(text)]}"
    return recs[0]


# --- regions ------------------------------------------------------------------------------

REGIONS = [
    # a heading in short form names the district in the form the text writes it
    ("新津\n\n上半年，全区申报高新技术企业112家。\n\n郫都\n\n上半年，全区新认定研发机构3家。", "112家", "新津区"),
    ("新津\n\n上半年，全区申报高新技术企业112家。\n\n郫都\n\n上半年，全区新认定研发机构3家。", "3家", "郫都区"),
    # a place's full name written around a shorter one (景德镇…开发区 holds 景德镇, a name ending in 镇)
    # is the place: the zone is the home, not the city's bare short form
    ("景德镇高新技术产业开发区2024年度发展报告\n\n年末园区有效发明专利1912件。", "1912件", "景德镇高新技术产业开发区"),
    # a zone named at a document title's start (《包头稀土高新区…办法》) is that zone, not the city its
    # name opens with (it was 包头市); a plan's verbs open no zone's name (拟安排高新区: the home zone)
    (
        "包头稀土高新区科技局\n\n根据《包头稀土高新区科技计划项目管理办法》，拟对62个项目予以立项支持。",
        "62个",
        "包头稀土高新区",
    ),
    ("包头稀土高新区科技局\n\n拟安排高新区财政科技资金2860万元。", "2860万元", "包头稀土高新区"),
    # a heading of a verb (二、建议) is no place's short name, though the text writes 建议市本级 (it
    # was 建议市)
    ("南宁市政协提案\n\n二、建议\n\n建议市本级财政科技支出年均增长15%以上。", "15%以上", "南宁市"),
    # a place right before a quoted name (四川省“千人计划”) names the programme, not the figure
    # (it was 四川省)
    ("绵阳市科技局\n\n全年新引进海外高层次人才43名，其中入选四川省“千人计划”11名。", "11名", "绵阳市"),
    # (review 2) a place's own programme (新昌县“天姥英才”计划) keeps its region; only after a verb of
    # joining (入选…) is the place the programme's name
    ("绍兴市2023年人才工作总结\n\n2023年，新昌县“天姥英才”计划引进高层次人才120名。", "120名", "新昌县"),
    ("绵阳市科技局\n\n其中入选国家“千人计划”3名、四川省“千人计划”11名。", "11名", "绵阳市"),
    # a chain of places: the most specific
    ("2021年上半年，绍兴市上虞区科技局扎实推进工作。全区新增高新技术企业12家。", "12家", "上虞区"),
    # the agency of a district the gazetteer does not know yet
    ("临平区科技局2023年工作总结\n\n全年新认定国家高新技术企业215家。", "215家", "临平区"),
    # places listed before 分别 give each figure its own region
    ("郑州、洛阳两市高新技术企业数量分别为4985家和1326家。", "1326家", "洛阳市"),
    ("长安镇、虎门镇分别发放创新券586万元和471万元。", "471万元", "虎门镇"),
    # full place names in a list, with a shared measure that holds a head noun (企业)
    ("新津区、简阳市高新技术企业数量同比分别增长42.3%和37.8%。", "37.8%", "简阳市"),
    # a development zone at the start of a clause
    ("其中，松山湖高新区发放创新券1230万元，居全市第1。", "1230万元", "松山湖高新区"),
    # the scope of a rank or an adjective is not the subject
    ("全市R&D经费支出增长12%，增速在全国排名第16位。", "第16位", ""),
    # a place inside an organisation's name is not the region
    ("武汉理工大学技术合同成交额6.35亿元。", "6.35亿元", ""),
    # 全国 before 重点实验室 names a kind of laboratory
    ("争创全国重点实验室1个。", "1个", ""),
    # a place written right before the number is what it counts in
    ("青州经济开发区在全国230家国家级经开区中位列第9位。", "230家", "全国"),
    # the field a rank is taken in is not the region of who ranks
    ("青州经济开发区在全国230家国家级经开区中位列第9位。", "第9位", "青州经济开发区"),
    # the standard of a comparison is not the subject
    ("寿光市人均技术合同成交额是全省平均水平的2.1倍。", "2.1倍", "寿光市"),
    ("菏泽市高新技术产业\n\n我市占比位居全省第6位，高于末位的枣庄12.5个百分点。", "12.5个百分点", "菏泽市"),
    # of two counties named once each, home is the one inside the city the text names
    (
        "2022年，县科技局坚持把科技创新作为发展的关键路径，集聚优质服务资源，布局各类创新服务平台，"
        "相关研究获温州市委肯定。全县研发费用增长25%。全省仅3个县获批(另外两个为缙云县、仙居县)，"
        "平阳县科技特派团组建完成。",
        "25%",
        "平阳县",
    ),
]


@pytest.mark.parametrize("text,figure,region", REGIONS)
def test_region_rules(text, figure, region):
    assert _rec(text, figure).region == region


# --- periods ------------------------------------------------------------------------------

PERIODS = [
    # a time phrase opening a sentence reaches the parts joined by ；
    (
        "2020年上半年，全区工作稳步推进。\n\n1~4月，全区产值34.9亿元；全区投资额13.58亿元。",
        "13.58亿元",
        "2020-01/2020-04",
    ),
    # a paragraph that switched time frames: an unmarked sentence takes the document's time
    (
        "2024年上半年工作情况\n\n上半年，全区申报高新技术企业112家。1—5月，全区研发费用7.86亿元。全区新引进企业9家。",
        "9家",
        "2024-01/2024-06",
    ),
    # (bug: the second figure of such a sentence took the frame the first one had refused)
    (
        "2024年上半年工作情况\n\n上半年，全区申报高新技术企业112家。1—5月，全区研发费用7.86亿元。"
        "全区技术合同登记额12.4亿元，其中技术交易额6.7亿元。",
        "6.7亿元",
        "2024-01/2024-06",
    ),
    # a time phrase right before 的 and a number dates that number alone
    ("2020年技术市场\n\n技术合同登记机构由2019年的6家增加到9家。", "6家", "2019"),
    ("2020年技术市场\n\n技术合同登记机构由2019年的6家增加到9家。", "9家", "2020"),
    # 今年 is the year of the publication date
    (
        "发布时间：2024-04-18\n\n2023年，全县研发投入28.6亿元。今年一季度，全县新增高新技术企业12家。",
        "12家",
        "2024-01/2024-03",
    ),
    # a plan's title gives the document its year
    ("璧山区科学技术局2024年工作要点\n\n全年新增高新技术企业80家以上。", "80家以上", "2024"),
    # 全年 takes the year written before it in the paragraph
    (
        "璧山区科学技术局2024年工作要点\n\n2023年，全区科技工作取得进展，全年兑现科技奖补资金3250万元。",
        "3250万元",
        "2023",
    ),
    # a dateline after the first quarter dates a text that names no year; an earlier one may
    # sum up the year before, so it dates nothing
    ("全区新增高新技术企业12家。\n\n区科技局\n2024年7月15日", "12家", "2024"),
    ("区科技局  2024年7月15日\n\n上半年，全区新增高新技术企业12家。", "12家", "2024-01/2024-06"),
    ("全区新增高新技术企业12家。\n\n区科技局\n2024年1月15日", "12家", ""),
    # years written in Chinese numerals
    ("到二〇二五年，全县农业科技进步贡献率达到百分之六十以上。", "百分之六十以上", "2025"),
    # a figure before the document's first time phrase takes the document's year, not that phrase
    ("11月27日，科技厅公布2018年度省级众创空间42家。\n\n截至11月底，全市已拥有众创空间143家。", "42家", "2018"),
    # 上年 counts from the year the text speaks of, 去年 from the time of writing
    ("2020年全省研发投入强度差距缩小，由上年的差0.36个百分点缩小到0.23个百分点。", "0.36个百分点", "2019"),
    # the end of a five-year plan is its last year; 由…的 gives the start of a change its own time
    ("2019年，我省区域创新能力由“十二五”末的全国第22位升至第16位。", "第22位", "2015"),
    ("2019年，我省区域创新能力由“十二五”末的全国第22位升至第16位。", "第16位", "2019"),
]


@pytest.mark.parametrize("text,figure,period", PERIODS)
def test_period_rules(text, figure, period):
    assert _rec(text, figure).period == period


# --- planned ------------------------------------------------------------------------------

PLANNED = [
    # a heading of only 建议 (二、建议) heads a proposal's plans (they were done); 二、人大代表建议 does not
    (
        "南宁市政协提案\n\n一、基本情况\n\n全市研发经费35.74亿元。\n\n二、建议\n\n建议市本级财政科技支出年均增长15%以上。",
        "15%以上",
        True,
    ),
    ("某区科技局2024年工作总结\n\n二、人大代表建议\n\n办理人大代表建议12件。", "12件", False),
    # the list of targets under 主要目标是：
    ("2023年，全区科技工作的主要目标是：\n——新认定高新技术企业300~350家；\n——新增上市科技企业1~3家。", "1~3家", True),
    # the section under a heading of plans
    (
        "一、2023年工作成效\n\n全年新认定高新技术企业215家。\n\n二、2024年工作打算\n\n新建省级重点实验室1-2家。",
        "1-2家",
        True,
    ),
    (
        "一、2023年工作成效\n\n全年新认定高新技术企业215家。\n\n二、2024年工作打算\n\n新建省级重点实验室1-2家。",
        "215家",
        False,
    ),
    # a report line is no plan even under a title naming one
    ("武进区2023年科技创新工作要点\n\n2022年，全区高新技术企业总数达到1486家。", "1486家", False),
    # 超预期 reports a result
    ("项目投资超预期，实现投资完成率165.5%。", "165.5%", False),
    # 争取 in a summary reports money secured
    ("全区争取上级科技资金3200万元。", "3200万元", False),
    # ... and before a verb of making or reaching, a target
    ("争取建成省级重点企业研究院2家，市级重点实验室3家。", "3家", True),
    # a paragraph opening with a year to come is targets throughout
    (
        "2023年8月30日\n\n到2027年，力争全社会研发经费支出占地区生产总值比重3.4%以上。实现区域科技创新指数达到160以上。",
        "160以上",
        True,
    ),
    # a programme's name holds 计划
    ("开展科技型企业三年行动计划专项督查，全年新增高新技术企业682家。", "682家", False),
    # a clause on a past year after a plan cue reports the past
    ("2018年工作总结\n\n预计全年新增高企达6家，2017年我县新增高企3家。", "3家", False),
]


@pytest.mark.parametrize("text,figure,planned", PLANNED)
def test_planned_rules(text, figure, planned):
    assert _rec(text, figure).planned is planned


# --- figures and their values ---------------------------------------------------------------

# Lines of one width, as a PDF's text comes out: a paragraph runs on across them.
PDF_TEXT = (
    "宝鸡市科学技术局2023年工作总结\n\n"
    "全市持续优化创新生态，培育壮大创新主体，新增国家高新技术企业15\n"
    "7家，有效高新技术企业总数达到612家，同比增长21.4%，各项科技工\n"
    "作稳步推进，创新生态进一步优化，科技成果转化成效明显，技术合同\n"
    "成交额达到142.6亿元，同比增长38.9%，总量居全省第二位，科技服\n"
    "务能力进一步提升，全市科技工作取得新的成效，创新活力不断增强，\n"
    "企业创新主体地位更加突出，科技人才队伍不断壮大，全年完成目标。\n"
)

FIGURES = [
    # text from a PDF: a full-width line that stops without punctuation runs on, even inside a number
    (PDF_TEXT, "15\n7家", Decimal("157")),
    # 首位 is a rank of 1
    ("研发投入强度3.65%，均位居全市首位。", "首位", Decimal("1")),
    # 前N before 水平 or 行列 is a rank as before 强 (前3 was no figure)
    ("研发人员达到209人年以上，达到全市前3水平。", "前3", Decimal("3")),
    ("全县综合科技创新水平位居全国前10行列。", "前10", Decimal("10")),
    # doubling is a growth in percent (翻番 was no figure): +100%, 翻两番 (four times) +300%
    ("新能源产业当月完成产值33.8亿元，增速实现翻番。", "翻番", Decimal("100")),
    ("力争到2027年高新技术企业数量翻两番。", "翻两番", Decimal("300")),
    # 榜首 and 之首 after 居 and the field are first place too (they were no figure)
    ("全市高新技术企业数量位居全省榜首。", "榜首", Decimal("1")),
    ("全县技术合同成交额居全市之首。", "之首", Decimal("1")),
    # 第二、三位: the second number is a rank too
    ("经开区、江北区分别为21.5亿元和13.6亿元，分列第二、三位。", "三位", Decimal("3")),
    # 十 alone counts ten
    ("引进国家级领军人才两名、省级人才十名。", "十名", Decimal("10")),
    # a cap given as a reward is a figure
    ("对研发投入增量给予最高不超过100万元的奖励。", "不超过100万元", Decimal("1000000")),
    # a narrowing decrease is still a decrease
    ("研发费用降幅收窄至3%以内。", "3%以内", Decimal("-3")),
]


@pytest.mark.parametrize("text,figure,value", FIGURES)
def test_figure_rules(text, figure, value):
    r = _rec(text, figure)
    assert r.value == value
    assert text[r.start : r.end] == r.text


# A paragraph of a statistical bulletin, written for this test, hard-wrapped at every width a
# page or a PDF gives: a wrap that cuts a word (增⏎加), a number (1⏎86.43亿元, 4802⏎.6亿元) or
# a list after its mark (75.12%⏎、29.99%), a sentence after its ； (…118.1%；⏎累计完成产值) changes
# no record, and the page's byline above the text stays a line of its own however near the
# width it is.
WRAP_TITLE = "广东省2023年科技经费投入统计公报\n\n来源：广东省统计局 发布时间：2024-03-15\n"
WRAP_PARAGRAPHS = (
    "2023年，全省共投入研究与试验发展经费4802.6亿元，比上年增加391.2亿元，增长8.9%；研究与试验发展"
    "经费投入强度为3.54%，比上年提高0.12个百分点。全省地方财政科学技术支出186.43亿元，比上年下降2.1%。"
    "深圳、广州两市研发经费合计占广东全省的比重为71.2%。",
    "全省技术合同成交额4452.3亿元，增长2.6%；其中技术开发合同成交额1563.4亿元、技术服务合同成交额"
    "2615.9亿元，分别增长75.12%、29.99%。年末全省有效发明专利59.5万件，高新技术企业7.5万家。",
    "新能源产业增长势头快，当月完成产值33.8亿元，同比增长18.1%；累计完成产值273.1亿元，同比增长61.3%。",
)


def _wrapped_at(width: int) -> str:
    return WRAP_TITLE + "\n\n".join(
        "\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in WRAP_PARAGRAPHS
    )


def _facts(text: str):
    return [
        (r.value, r.unit, r.kind, r.region, r.period, r.indicator, r.category, r.planned) for r in kjstats.extract(text)
    ]


@pytest.mark.parametrize("width", range(16, 61, 3))
def test_a_hard_wrap_changes_no_record(width):
    text = _wrapped_at(width)
    assert _facts(text) == _facts(WRAP_TITLE + "\n\n".join(WRAP_PARAGRAPHS))
    # each record still points at its figure in the text as read, line break and all
    for r in kjstats.extract(text):
        assert text[r.start : r.end] == r.text


@pytest.mark.parametrize("width", [16, 22, 28])
def test_a_byline_as_long_as_a_wrapped_line_stands_alone(width):
    # 发布时间：2024-03-15 ran on into the text below it (2024-03-152023年，…)
    text = _wrapped_at(width)
    byline = text.index("来源")
    assert byline > 0
    paragraphs = [(p.start, p.end) for p in layout(text).paragraphs]
    assert (byline, text.index("\n", byline)) in paragraphs


def test_a_wrapped_figure_keeps_its_line_break():
    # cut at 22 characters, 4802.6亿元 stands as 48⏎02.6亿元
    r = _rec(_wrapped_at(22), "48\n02.6亿元")
    assert r.value == Decimal("480260000000")
    assert indicator_ok(r.indicator, "研究与试验发展经费"), r.indicator


# The same paragraphs as some web editors and PDFs set them: a space between Chinese and every
# number (在 2023 年, 4802.6 亿元, 7.5 万家, 8.9 %). The spaces change no record.
def _spaced(text: str) -> str:
    text = regex.sub(r"(?<=\p{Han})(?=[0-9])|(?<=[0-9%])(?=\p{Han})", " ", text)
    return regex.sub(r"(?<=[0-9])(?=%)", " ", text)


def test_typeset_spaces_change_no_record():
    plain = WRAP_TITLE + "\n\n".join(WRAP_PARAGRAPHS)
    spaced = _spaced(plain)
    assert "4802.6 亿元" in spaced and "2023 年" in spaced and "8.9 %" in spaced
    assert _facts(spaced) == _facts(plain)
    for r in kjstats.extract(spaced):
        assert spaced[r.start : r.end] == r.text


@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("全县高新技术产业产值 27.6 亿，增长 12%。", "27.6 亿", Decimal("2760000000")),  # 亿 without 元, spaced
        ("累计服务创业者 4.5 万余位。", "4.5 万余位", Decimal("45000")),
    ],
)
def test_a_spaced_multiplier_is_the_figures_own(text, figure, value):
    r = _rec(text, figure)
    assert r.value == value


def test_a_spaced_count_is_no_zone_name():
    # 4 家高新区: the zone after a count is what is counted, not a zone named 家高新区
    records = kjstats.extract("共有2家高新区进入前50名，4 家高新区进入前100名。")
    assert [r.region for r in records] == ["", "", "", ""]


# The same paragraphs from a PDF: wrapped, with a page's number between two lines of a
# paragraph and between two paragraphs. A page's number is no text: it changes no record.
@pytest.mark.parametrize("page", ["- 2 -", "— 2 —", "第2页", "第 2 页 共 5 页"])
def test_a_pages_number_changes_no_record(page):
    lines = _wrapped_at(30).split("\n")
    lines.insert(5, page)  # inside the first paragraph
    lines.insert(len(lines) - 4, page)
    text = "\n".join(lines)
    assert _facts(text) == _facts(WRAP_TITLE + "\n\n".join(WRAP_PARAGRAPHS))
    for r in kjstats.extract(text):
        assert text[r.start : r.end] == r.text


@pytest.mark.parametrize("page", ["- 2 -", "第2页"])
def test_a_running_head_changes_no_record(page):
    # a PDF's running head (the title again at each page's top) after a page's number, inside a
    # paragraph: it is no text (it ran into the name of the figure after it)
    title = "广东省2023年科技经费投入统计公报"
    lines = _wrapped_at(30).split("\n")
    lines[6:6] = [page, title]
    text = "\n".join(lines)
    assert _facts(text) == _facts(WRAP_TITLE + "\n\n".join(WRAP_PARAGRAPHS))


def test_a_running_head_repeating_a_title_under_a_breadcrumb_changes_no_record():
    # a web page's breadcrumb comes before the title: the title is one of the first lines, and
    # its repeat after a page's number is no text either (it ran into 当年毕业企业7家's name)
    title = "广东省2023年科技经费投入统计公报"
    lines = _wrapped_at(30).split("\n")
    lines[6:6] = ["- 2 -", title]
    text = "首页 > 信息公开 > 统计数据\n\n" + "\n".join(lines)
    assert _facts(text) == _facts("首页 > 信息公开 > 统计数据\n\n" + WRAP_TITLE + "\n\n".join(WRAP_PARAGRAPHS))


def test_a_wrapped_line_is_measured_as_the_page_sets_it():
    # digits are half as wide as a Chinese character: a line of Chinese that ends short of the
    # count of a line of figures still fills the page's width (研发经费⏎投入 stood apart: 投入)
    text = (
        "二、2024年主要工作成效\n（一）研发投入稳步增加。全年全社会研发经费\n投入14.2亿元，同比增长11.3%，研发投入强\n"
        "度达到2.18%，较上年提高0.15个百分点，居\n全市第2位。规上工业企业研发费用11.6亿元，\n占营业收入的1.9%；规上工业企业中开展研发活\n"
        "动的占41.5%。区级财政科技支出2.67亿元，占全\n区一般公共预算支出的4.2%。\n"
    )
    assert _rec(text, "14.2亿元").indicator == "全社会研发经费投入"


def test_a_pages_number_between_cells_of_a_flattened_table():
    cells = ["地区", "R&D经费(亿元)", "增长(%)", "福州市", "122.46", "24.0", "- 3 -", "厦门市", "117.66", "13.8"]
    records = kjstats.extract("\n".join(cells))
    assert [(r.region, r.text) for r in records if r.unit == "元"] == [("福州市", "122.46"), ("厦门市", "117.66")]


# The same report as a web page holds it: the page's counters and buttons above the title and
# below the text are the page's, not the report's.
WEB_TOP = "当前位置：首页 > 新闻中心 > 工作动态\n浏览次数：1528  字号：[大 中 小]  点击量：356次\n"
WEB_END = "\n\n【打印本页】【关闭窗口】\n分享到：微信 微博\n阅读量：2.3万次  点赞 12\n上一篇：关于开展科技政策宣讲活动的通知\n下一篇：市科技局召开2024年党风廉政建设工作会议\n扫一扫在手机打开当前页\n"


def test_a_web_pages_furniture_changes_no_record():
    plain = WRAP_TITLE + "\n\n".join(WRAP_PARAGRAPHS)
    page = WEB_TOP + plain + WEB_END
    assert _facts(page) == _facts(plain)
    # a counter inside a line that says more is no figure either
    dated = "发布时间：2024-05-06  阅读量：2.3万次  来源：广东省科技厅\n" + plain
    assert all(r.text != "2.3万次" for r in kjstats.extract(dated))
    # a navigation line of a site's own sections, with or without a word that opens it: the
    # title after it is still the title (what its figures are about)
    titled = "高新技术企业发展情况\n\n全区新增86家，增长12%。"
    for nav in ("当前位置：首页 > 新闻中心 > 工作动态", "广东科技网 >> 统计数据 >> 正文"):
        assert _facts(nav + "\n" + titled) == _facts(titled)


def test_a_word_of_a_counter_inside_the_text_is_no_counter():
    r = _rec("全市共开展科普阅读活动120场次，点击量较上年增长12%。", "120场次")
    assert r.value == 120


def test_a_percent_named_by_its_heading_is_of_the_headings_kind():
    # 2020年基期值1.94% says nothing of its kind; its name, R&D经费投入强度, is a share's
    r = _rec("（二）R&D经费投入强度。2020年基期值1.94%，2023年为2.17%。", "1.94%")
    assert (r.indicator, r.kind) == ("R&D经费投入强度", "share")


def test_a_documents_print_run_is_no_figure():
    # an official document ends with whom it goes to and how many copies were printed
    body = "全区新增高新技术企业86家。\n\n"
    for end in ("报：市委、市政府　　送：区内各部门　　（共印30份）", "抄送：各镇街。共印：40份"):
        assert [r.text for r in kjstats.extract(body + end)] == ["86家"]
    # (印 alone, as in 印发, keeps its figure)
    assert [r.text for r in kjstats.extract("印发宣传资料3000份。")] == ["3000份"]


def test_a_table_row_named_by_a_scope_word_is_that_region():
    # 全国 is the nation, not the province the report is about; 我省 is the province
    text = (
        "浙江省2023年研发经费情况\n\n地区 | R&D经费(亿元) | 强度(%)\n全国 | 33357.1 | 2.65\n"
        "我省 | 2640.2 | 3.20\n杭州市 | 800.1 | 3.90\n合计 | 3440.3 | 3.30"
    )
    regions = {r.text: r.region for r in kjstats.extract(text)}
    assert regions == {
        "33357.1": "全国",
        "2.65": "全国",
        "2640.2": "浙江省",
        "3.20": "浙江省",
        "800.1": "杭州市",
        "3.90": "杭州市",
        "3440.3": "浙江省",
        "3.30": "浙江省",
    }
    # the place and year a table's title opens with are the records' region and period, no name
    assert all(not r.indicator.startswith("浙江省") for r in kjstats.extract(text))


# The same report typed with the Latin "." for 。 (as some PDFs and converters give it), a table
# and a note after its prose: the stops still end sentences, paragraphs and tables.
def test_a_latin_full_stop_changes_no_record():
    plain = (
        WRAP_TITLE + "\n".join(WRAP_PARAGRAPHS) + "\n表1 各市研发经费\n地区 | 经费(亿元) | 增长(%)\n"
        "广州市 | 988.4 | 12.1\n深圳市 | 1880.5 | 9.6\n注：部分数据因四舍五入，分项与合计不等。\n"
        "表2 各市技术合同\n地区 | 成交额(亿元)\n广州市 | 2413.1\n深圳市 | 1627.2"
    )
    dotted = plain.replace("。", ".")
    assert _facts(dotted) == _facts(plain)


def test_corner_quotes_read_as_curly_quotes():
    # traditional text quotes with 「」: the same records as with “”
    curly = "从行业看，“医药制造业”“专用设备制造业”的高新技术产业产值增长较快，增幅分别为13.68%和11.38%。"
    corner = curly.replace("“", "「").replace("”", "」")
    assert _facts(corner) == _facts(curly)


def test_pdf_lines_run_on_into_one_name():
    r = _rec(PDF_TEXT, "142.6亿元")
    assert indicator_ok(r.indicator, "技术合同成交额"), r.indicator
    assert r.category == "tech_market"


QUALIFIERS = [
    # the signs a table or a list of targets writes (≥25项, ≤50万元, >10家)
    ("年度指标值为≥25项。", "≥25项", "at_least"),
    ("单个项目资助≤50万元。", "≤50万元", "at_most"),
    # a verb of passing a mark gives the qualifier without joining the figure's text
    ("全省技术合同成交额首次突破1000亿元。", "1000亿元", "more_than"),
    ("株洲市成为第二个技术合同成交额跨入100亿元的市州。", "100亿元", "at_least"),
    ("研发经费投入超过2000亿元。", "超过2000亿元", "more_than"),
    # a PDF's space between the word and the number
    ("其中基地取蜜约 500 斤，养蜂收益接近 9 万元。", "约 500 斤", "about"),
    ("其中基地取蜜约 500 斤，养蜂收益接近 9 万元。", "接近 9 万元", "nearly"),
]


@pytest.mark.parametrize("text,figure,qualifier", QUALIFIERS)
def test_qualifier_rules(text, figure, qualifier):
    assert _rec(text, figure).qualifier == qualifier


REGIONS_OF_LISTS = [
    # a bracketed figure is the place's before it; a total after the list is not the first place's
    (
        "安徽省技术合同\n\n分市看，成交额前两位是：合肥(142.5亿元)、安庆(48亿元)2市，合计成交额190.5亿元。",
        "48亿元",
        "安庆",
    ),
    (
        "安徽省技术合同\n\n分市看，成交额前两位是：合肥(142.5亿元)、安庆(48亿元)2市，合计成交额190.5亿元。",
        "190.5亿元",
        "安徽省",
    ),
    ("安徽省技术合同\n\n从成交额增速看，芜湖(增长45.0%)、滁州(增长6.9%)居前。", "6.9%", "滁州"),
    (
        "福建省技术合同\n\n成交金额居前三位的设区市依次是厦门、福州和泉州，占全省的比例分别为59.3%、33.2%和2.9%。",
        "33.2%",
        "福州市",
    ),
    # the places a top rank is followed by hold it
    ("山东省高新技术产业\n\n产值总量前三名为烟台、青岛、东营。", "前三名", "烟台"),
    # a count right after a list of places counts them: their province's figure
    ("河南省科技厅通报\n\n其中郑州、洛阳、新乡、平顶山4家高新区进入全国前100名。", "4家", "河南省"),
    # a town has a short name
    ("东莞市创新券\n\n长安镇、虎门镇分别发放创新券586万元和471万元。", "471万元", "虎门镇"),
]


@pytest.mark.parametrize("text,figure,region", REGIONS_OF_LISTS)
def test_regions_of_bracketed_lists(text, figure, region):
    assert _rec(text, figure).region == region


NOT_FIGURES = [
    ("连续三年保持两位数增长。", "两位"),
    ("实施年产5万台（套）智能装备项目。", "5万台（套）"),
    ("新能源汽车及零部件产值增长12%。", "零部"),
    ("为企业提供7×24小时线上咨询服务。", "24小时"),
    # a unit's character that begins a word (三部门, 三位一体) counts nothing: they were counts
    ("经科技、税务、财政三部门联合审查，认定高新技术企业12家。", "三部"),
    ("打造研发、产业、金融三位一体的特色小镇。", "三位"),
    # a number opening a quoted name (“八项重点工作”) or inside a document's title is part of
    # the name: they were counts
    ("做好科技创新“八项重点工作”，新增企业12家。", "八项"),
    ("出台了《关于支持100家企业上市的意见》，全年新增上市企业5家。", "100家"),
    ("研发投入“三年翻番”目标提前实现。", "翻番"),
    # a band of a ranking (前1%, 后10%) is no figure: 1% was a level
    ("全市高校有12个学科进入ESI全球前1%。", "1%"),
    ("研发投入强度排名全省前10%。", "10%"),
]


@pytest.mark.parametrize("text,figure", NOT_FIGURES)
def test_not_figures(text, figure):
    assert figure not in [r.text for r in kjstats.extract(text)]


# --- indicators and categories --------------------------------------------------------------

NAMES = [
    # a count after 为 names whom the clause's act is for, up to the next figure (not 发放贷款12.5亿元)
    ("全市“人才贷”累计为320家科技型企业发放贷款12.5亿元。", "320家", "科技型企业发放贷款"),
    ("今年以来，区财政为45家企业兑现补助资金860万元。", "45家", "企业兑现补助资金"),
    # (who acts for them is no part of it: it was 新建的中试基地已为企业提供中试服务)
    ("开发区新建的中试基地已为19家企业提供中试服务。", "19家", "提供中试服务的企业"),
    # a generic noun after a count (项目, 企业) is named by what it did, 列入 as 纳入 (not 项目列入国家)
    ("全年共有56个项目列入国家、省级科技计划。", "56个", "项目列入国家、省级科技计划"),
    # a bare measure after a count belongs to the counted thing
    ("其中，技术开发合同1205项，成交额42.3亿元。", "42.3亿元", "技术开发合同成交额"),
    # spoken reports: 一共 is an adverb as 共 is (一共发放 kept 一), 现在 no part of the name
    ("上半年一共发放创新券2860万元。", "2860万元", "发放创新券"),
    ("全区各类研发平台现在大概1100个。", "大概1100个", "各类研发平台"),
    ("去年全区研发经费投入是97.3亿元。", "97.3亿元", "研发经费投入"),
    # a list of places after 分别为/依次为 written without a colon: the first place is its
    # figure's region, not a part of the name (新认定数量分别为株洲市)
    ("全省新认定数量依次为株洲市301家、湘潭市257家。", "257家", "新认定数量"),
    ("全省新认定数量分别为株洲市301家、湘潭市257家。", "301家", "新认定数量"),
    # a list of levels (国家级、省级) of one noun splits after the level, not at the first item's
    # length (it was 国家级智示范基地)
    ("全市国家级、省级引智示范基地分别达到3个和9个。", "3个", "国家级引智示范基地"),
    ("全市国家级、省级引智示范基地分别达到3个和9个。", "9个", "省级引智示范基地"),
    # parallel items: a last item much longer than the others ends at their length (城镇收入)
    ("城镇和农村常住居民人均可支配收入分别达到44820元、21370元。", "21370元", "农村常住居民人均可支配收入"),
    ("城镇和农村常住居民人均可支配收入分别达到44820元、21370元。", "44820元", "城镇常住居民人均可支配收入"),
    ("全市省级、市级重点实验室分别达到12家和36家。", "12家", "省级重点实验室"),
    # an item ending with the first word of what the items share writes it once (企业企业数量)
    ("高新技术企业和科技型中小企业数量分别达到120家和360家。", "120家", "高新技术企业数量"),
    # the verb a count's things were counted by goes after them too (技术合同登记…成交额 kept 登记)
    ("全县技术合同登记216项，成交额4.37亿元。", "4.37亿元", "技术合同成交额"),
    # items of a list with a shared head noun
    ("企业、研究机构和高等学校研发经费支出分别为182.5亿元、32.4亿元和17.6亿元。", "32.4亿元", "研究机构研发经费支出"),
    # the class noun after a list's count (三类主体的) says what kind of item the list holds and
    # is no part of what the items share (高等学校主体的经费占比); a noun that is the measure's stays
    ("企业、研究机构和高等学校三类主体的经费占比依次为75.2%、14.3%和10.5%。", "10.5%", "高等学校经费占比"),
    ("基础研究、应用研究和试验发展三类活动经费占比分别为6.1%、12.0%和81.9%。", "6.1%", "基础研究经费占比"),
    ("发明、实用新型和外观设计三种专利分别授权1200件、3400件和800件。", "3400件", "实用新型专利授权"),
    # a count inside the field of a rank is named by the field's noun, one character or more
    # (在广西14个设区市中: it was 在广西; 在全省16个市中: it took the measure ranked), and the
    # rank by what stands before the field (it was empty)
    ("全市高新技术企业1200家，在广西14个设区市中排名第2。", "14个", "设区市"),
    ("全市研发投入强度在全省16个市中位居第3位。", "16个", "市"),
    ("全市研发投入强度在全省16个市中位居第3位。", "第3位", "研发投入强度"),
    ("全县R&D经费增长12%，增速在全市9个县（市、区）中位列第3。", "9个", "县(市、区)"),
    ("全市高新技术企业1200家，在广西14个设区市中排名第2。", "第2", "高新技术企业"),
    # ... and when the field holds the evaluation ranked in, the count is of its places, the rank
    # of the evaluation, whether or not the one ranked is named in a clause of its own (both
    # were the name of the sentence before)
    ("全区专利授权2045件。在全省84个县（市、区）科技创新指数评价中，我区位列第15位。", "84个", "县(市、区)"),
    (
        "全区专利授权2045件。在全省84个县（市、区）科技创新指数评价中，我区位列第15位。",
        "第15位",
        "县(市、区)科技创新指数评价",
    ),
    ("全区专利授权2045件。在全省84个县（市、区）科技创新指数评价中我区位列第15位。", "84个", "县(市、区)"),
    # 按年 (Hong Kong's 同比) and 回升 name nothing (按年 was a name of its own, 回升 left 回)
    ("去年全市研發經費投入達128.7億元，按年增長11.6%。", "11.6%", "研發經費投入"),
    # ... and a name is written back in the text's own characters only where folding changed a
    # character to its simplified form (同 of 同比 was written back as 按: 技術合按成交額)
    ("江門技術合同成交額87.3億元，按年增長26.5%。", "26.5%", "技術合同成交額"),
    ("规模以上工业企业利润总额增长8.1%，增速较上半年回升2.4个百分点。", "2.4个百分点", "规模以上工业企业利润总额"),
    # 约 before the link of a multiple or a share (约为, 约占) is no part of the name, nor is 前年,
    # the year before last, a comparison base
    ("全区研发投入强度达到6.91%，约为全市平均水平的2.8倍。", "2.8倍", "研发投入强度"),
    ("全区高企数量约占全市的30.5%。", "30.5%", "高企数量占全市"),
    ("全市高新技术企业共2618家，较前年增长12.1%。", "12.1%", "高新技术企业"),
    # places counted by a threshold of a measure, then listed with their values: each value is of
    # that measure (they took the count's name, 投入强度在全省平均水平以上的市)
    ("投入强度在全省平均水平以上的市有3个：阳泉市2.21%、太原市2.13%、长治市1.09%。", "2.13%", "投入强度"),
    ("投入强度高于全区平均水平的有南宁、柳州和桂林3个市，其中柳州市以1.89%居全区首位。", "1.89%", "投入强度"),
    # ... and is named as the size of the thing named after it (it was 设立规模)
    ("推动设立规模不低于2亿元的天使投资基金。", "不低于2亿元", "天使投资基金规模"),
    # an amount right after a verb of using or drawing (用了, 申领) is named by the noun after it,
    # and 已经 is an adverb like 已 (it left 经申领)
    ("“去年我们用了6万元创新券，今年已经申领了4万元。”", "6万元", "创新券"),
    ("企业负责人说，今年已经申领了4万元。", "4万元", "申领"),
    # a word pointing back (上述, 前述) opens no name
    ("上述各项科技创新类优惠合计减免税款约13.4亿元。", "约13.4亿元", "各项科技创新类优惠合计减免税款"),
    # a cause after the noun of a count (因未达到…) ends that noun: what the firms did says what is
    # counted (it was 企业因未)
    ("另有4家企业因未达到孵化要求退出。", "4家", "企业未达到孵化要求退出"),
    # a rank's field opened by 在 without 中 (增速在西北五省区排第一) is no part of what is ranked
    ("全区成交额48.6亿元，增长12.5%，增速在西北五省区排第一。", "第一", "增速"),
    # a time in brackets after a label (研发费用(1-8月)：) is no part of the name (it left none)
    ("一、主要指标进展\n\n规上工业企业研发费用(1-8月):18.64亿元,同比增长13.2%", "18.64亿元", "规上工业企业研发费用"),
    # a gap after a comparison with a whole (比全国低, 仍比全国平均水平低) is of the measure before
    # (it was named 低, 仍比全国低)
    ("企业经费占全省的比重为73.1%，但仍比全国低4.6个百分点。", "4.6个百分点", "企业经费占全省的比重"),
    ("全省投入强度达到1.26%，但比全国平均水平(2.65%)低1.39个百分点。", "1.39个百分点", "投入强度"),
    # a light verb alone before a count (实现) yields to the noun after it, and 全覆盖 ends that
    # noun (it was named 实现)
    ("选派科技特派员累计1260人次，实现全县26个乡镇全覆盖。", "26个", "乡镇"),
    # how a figure is computed (按可比价格计算) names nothing: the change is of the level before
    # (it was named 按可比价格计算)
    ("全年完成地区生产总值186.4亿元，按可比价格计算增长7.2%。", "7.2%", "地区生产总值"),
    # a comparison with the end of a written year (较2020年底) names nothing (it left 底)
    ("全区有效期内的高新技术企业共68家，较2020年底净增14家。", "14家", "有效期内的高新技术企业"),
    # the end of a quarter or half-year (较二季度末) is a time, no name (it left 末)
    ("园区入驻企业达到186家，较二季度末增加14家。", "14家", "入驻企业"),
    # a count before a rank (中北镇以41家居全区首位) is of the measure before, its place the
    # region (首位 was no rank verb's: 居全区首位 was its noun); places listed with a zone named
    # after a place (精武镇、西青经济技术开发区分别以36家、35家) are places, nothing shared
    ("全区入库科技型中小企业217家。其中中北镇以41家居全区首位。", "41家", "入库科技型中小企业"),
    (
        "全区入库科技型中小企业217家。精武镇、西青经济技术开发区分别以36家、35家位列第二、第三。",
        "35家",
        "入库科技型中小企业",
    ),
    # a batch's label alone (第一批) is no name: the noun after the count is (it was 第一批); one
    # before a noun stays (第一批高新技术企业申报)
    ("今年我市第一批1144家申报高企通过网络评审。", "1144家", "申报高企"),
    ("2020年度第一批高新技术企业申报128家。", "128家", "2020年度第一批高新技术企业申报"),
    # a figure named by nothing takes the kind of thing its title is about (it was empty)
    ("关于第三批科技型中小企业入库情况的公告\n\n从分布看，中北镇以41家居全区首位。", "41家", "科技型中小企业"),
    # the year of writing inside a name (财政今年安排) is none of it, and 比去年多出 is a change of
    # the measure before (it kept 今年 and 比去年多出)
    ("市本级财政今年安排科技资金3860万元，比去年多出520万元。", "3860万元", "市本级财政安排科技资金"),
    ("市本级财政今年安排科技资金3860万元，比去年多出520万元。", "520万元", "市本级财政安排科技资金"),
    # an amount after the verb of its amount is named by the amount's noun (成交 -> 成交额); a count
    # after it keeps the verb (成交1537项 counts contracts)
    ("高校技术合同成交21.92亿元。", "21.92亿元", "高校技术合同成交额"),
    # 本批, 本次 (this batch) open no name
    ("本批共入库科技型中小企业217家。", "217家", "入库科技型中小企业"),
    # 把 (and 要把) before the object of a target is no part of its name
    ("今年要把投入强度提高到1.85%以上。", "1.85%以上", "投入强度"),
    ("力争把研发投入强度提高到2%。", "2%", "研发投入强度"),
    # a 均 after a unit is "per" (户均), no adverb before the name's verb (it was 户兑现)
    ("全区兑现创新券350万元，户均兑现4.6万元。", "4.6万元", "户均兑现"),
    ("企业均兑现奖补资金12万元。", "12万元", "企业兑现奖补资金"),
    # places and their group word leave the name
    ("南阳、许昌两市增速均超过40%，其中南阳市高新技术企业增长45%。", "45%", "高新技术企业"),
    # 增速比…回升 is the growth of what was named before
    ("规上工业企业研发费用支出增长21.4%，增速比上半年回升2.6个百分点。", "2.6个百分点", "规上工业企业研发费用支出"),
    # what the money is for names it
    ("区里还拿出四百五十万元设立科技成果转化引导资金。", "四百五十万元", "科技成果转化引导资金"),
    # a rank after 以-amount is no noun of the amount (the title's kind of thing is the last resort:
    # restated from "", the name it had when nothing named it)
    ("全年技术合同成交额大幅增长。\n\n分区域看，临沂市以88.6亿元位居全省第二。", "88.6亿元", "技术合同"),
    # a headline's figure names what a paragraph that never says is about
    ("全省技术合同成交额突破五百亿元\n\n分区域看，临沂市以88.6亿元位居全省第二。", "88.6亿元", "技术合同成交额"),
    # a change against the measure's own past is the measure's
    ("全年兑现创新券2917.6万元，兑现率68.4%，比上年提高5.2个百分点。", "5.2个百分点", "兑现率"),
    # the field a rank is taken in is not what is ranked; the evaluation named before is
    (
        "在2023年度国家级经开区综合发展水平考核中，青州经济开发区在全国230家国家级经开区中位列第9位。",
        "第9位",
        "国家级经开区综合发展水平考核",
    ),
    # 排名 is the measure when nothing else is
    ("力争到2025年综合排名进入全国前20位。", "前20位", "综合排名"),
    # a multiple of a standard is a multiple of the measure named before
    ("每万名从业人员拥有发明专利312件，是全国平均水平的1.3倍。", "1.3倍", "每万名从业人员拥有发明专利"),
    # 在 before a place only says where
    ("在山东省13家国家高新区中位居第3位。", "13家", "国家高新区"),
    # 提前…季度 says when, not what
    ("全省技术合同成交额达520.3亿元，提前一个季度突破五百亿元。", "五百亿元", "技术合同成交额"),
    # adverbs and comparisons name nothing: the figure is the subject's
    ("2022年全市技术合同成交额继2021年突破800亿元后，今年又突破千亿元。", "800亿元", "技术合同成交额"),
    ("2022年全市技术合同成交额继2021年突破800亿元后，今年又突破千亿元。", "千亿元", "技术合同成交额"),
    ("全市共登记技术合同2300项，较上年度同期增长15.2%。", "15.2%", "技术合同"),
    ("全县研发投入强度首次突破2.5%。", "2.5%", "研发投入强度"),
    # a place before a bracketed figure is its region, the list's measure its name
    ("分地区看，研发经费超过千亿元的有：广东(3098.5亿元)、江苏(2779.5亿元)。", "2779.5亿元", "研发经费"),
    # 从X看 opens a breakdown of X, item by item
    ("从成交额增速看，芜湖(增长45.0%)、滁州(增长6.9%)居前；而宿州(-9.1%)为负增长。", "6.9%", "成交额"),
    ("从成交额增速看，芜湖(增长45.0%)、滁州(增长6.9%)居前；而宿州(-9.1%)为负增长。", "-9.1%", "成交额"),
    # 分别占 after two figures: each share is of its own figure
    ("其中省外合同1791项，成交额220.7亿元，分别占全部合同的22.3%和51.5%。", "51.5%", "省外合同成交额占全部合同"),
    # items that each end in their head noun share nothing more
    ("高新技术企业和科技型中小企业分别达到120家和300家。", "120家", "高新技术企业"),
    # a comparison with the figure's own past, however written, names nothing
    ("全省共登记技术合同8062项，较上一年增长19.1%。", "19.1%", "登记技术合同"),
    (
        "财政科学技术支出23.4亿元，比上年大幅增长30.4%，占一般公共预算支出的2.4%。",
        "2.4%",
        "财政科学技术支出占一般公共预算支出",
    ),
    # 总量, 增幅 alone are aspects of the measure named before
    ("全市高新技术产业产值实现1038.8亿元，总量列全省第10位，增幅居全省第4位。", "第10位", "高新技术产业产值"),
    ("全市高新技术产业产值实现1038.8亿元，总量列全省第10位，增幅居全省第4位。", "第4位", "高新技术产业产值增幅"),
    # 城镇化率 holds no town
    ("常住人口城镇化率从60.2%提高到65.2%。", "65.2%", "常住人口城镇化率"),
    # places after 依次是 are the items of the figures' list; the measure is what they ranked by
    (
        "成交金额居前三位的设区市依次是厦门、福州和泉州，占全省的比例分别为59.3%、33.2%和2.9%。",
        "33.2%",
        "成交金额占全省的比例",
    ),
    # a bare economic measure after another measure of a subject is that subject's
    (
        "全省高新技术产业产值1020.2亿元，同比增长6.1%，出口交货值230亿元，同比增长5.3%。",
        "5.3%",
        "高新技术产业出口交货值",
    ),
    # a short item written as the first item's last word shares what comes before it
    ("我市发明专利申请量、授权量分别达2.27万件和3007件。", "3007件", "发明专利授权量"),
    # 分别 pairs changes with the levels before, ranks between left out
    (
        "全年实现专利权质押融资529笔，跃居全国第1位，质押金额48.9亿元，居全国第5位，分别较上一年度增长140%和98.5%。",
        "140%",
        "专利权质押融资",
    ),
    # a change in points against an earlier period after a share is the share's, growth before or not
    (
        "全省高新技术产业增加值增长12.2%，占规模以上工业增加值的比重为19.3%，比三季度提高0.1个百分点。",
        "0.1个百分点",
        "高新技术产业增加值占规模以上工业增加值的比重",
    ),
    # the noun a count stands before ends where the ranking it is counted in begins
    ("在全国169家高新区排名中河南省高新区成绩亮眼。", "169家", "高新区"),
    # after a verb the count's noun is what is counted (中小 is no place word)
    ("齐齐哈尔实施“企明星计划”，扶持423家科技型中小企业加快成长。", "423家", "科技型中小企业"),
    ("全年立项23个科技重大专项，其中涉农项目11个。", "23个", "科技重大专项"),
    # the field a rank is taken in is not what ranks
    ("2017年，我省申请发明专利93527件，居全国第5位、中部地区第1位。", "第1位", "申请发明专利"),
    # 分别 after separate figures: each change is of its own figure
    ("全省共登记技术合同12062项，成交金额171.6亿元，分别较上一年增长49.1%和16.6%。", "16.6%", "成交金额"),
    # a rate after a measure whose value the source left blank is the measure's
    (
        "全年全县规上工业企业研发费用亿元，年度任务完成率107%；全市排名第2。",
        "107%",
        "规上工业企业研发费用年度任务完成率",
    ),
    # a place written short before a figure is its region, not its name (长沙 was the name)
    ("2019年全省技术合同成交额710亿元，其中，长沙233.82亿元、株洲105.61亿元。", "105.61亿元", "技术合同成交额"),
    ("2019年全省技术合同成交额710亿元，长沙233.82亿元。", "233.82亿元", "技术合同成交额"),
    # the standard of a comparison may be long; the gap is the subject's growth
    (
        "规模以上高技术产业增加值增长19.4%，比规模以上工业增加值增速高9.6个百分点。",
        "9.6个百分点",
        "规模以上高技术产业增加值增速",
    ),
    # a change in points after a share is the share's; so are the share's rank and its gap to a standard
    (
        "全市高新技术产业产值增长10.2%，累计占规模以上工业比重32.1%，比年初增加0.7个百分点。",
        "0.7个百分点",
        "高新技术产业产值累计占规模以上工业比重",
    ),
    (
        "全市高新技术产业产值增长10.2%；累计占规模以上工业比重为31.5%，占比位居全省第6位，高于末位的枣庄12.5个百分点。",
        "第6位",
        "高新技术产业产值累计占规模以上工业比重",
    ),
    (
        "全市高新技术产业产值增长10.2%；累计占规模以上工业比重为31.5%，占比位居全省第6位，高于末位的枣庄12.5个百分点。",
        "12.5个百分点",
        "高新技术产业产值累计占规模以上工业比重",
    ),
    # a streak written in digits (连续3年) is a time, no name, as 连续三年 is: the rank is of the
    # evaluation the sentence reports on (it was 连续3年)
    (
        "在科技部2022年国家高新区综合评价中，仲恺高新区位列全国第37位，连续3年进入全国前50名。",
        "前50名",
        "国家高新区综合评价",
    ),
    # a gap (差0.23个百分点, 还差) is of the measure named before (it was 缩小到差)
    (
        "全省研发投入强度为2.17%，与全国平均水平差距缩小，由上年的差0.36个百分点缩小到差0.23个百分点。",
        "0.23个百分点",
        "研发投入强度",
    ),
    # (review) a rank after a figure of its sentence ranks that figure's measure, not the
    # evaluation the sentence is in (it was 科技创新考核)
    ("在全省科技创新考核中，我市高新技术产业增加值增长15.2%，增速居全省第2位。", "第2位", "高新技术产业增加值增速"),
    # a rank of 增速 is of the growth given last in the sentence, not of a share named after it
    # (it was 投入强度增速)
    (
        "全县R&D经费投入4.62亿元，增长18.5%，投入强度为1.71%，比上年提高0.16个百分点，增速居全市第2位。",
        "第2位",
        "R&D经费投入增速",
    ),
]


@pytest.mark.parametrize("text,figure,name", NAMES)
def test_indicator_rules(text, figure, name):
    got = _rec(text, figure).indicator
    assert indicator_ok(got, name), got


# Names compared exactly: a count's noun after it, and a part (其中…) named by its whole.
EXACT_NAMES = [
    # a plan cue after the measure (力争, 确保) is no part of its name (it was 技术合同成交额力争)
    ("全年技术合同成交额力争达到150亿元。", "150亿元", "技术合同成交额"),
    ("新增专利授权量确保不低于2800件。", "不低于2800件", "新增专利授权量"),
    # the office writing the report, acting (我局将力争…), is no part of the name: it led it
    ("下半年，我局将力争全年新增高新技术企业120家。", "120家", "新增高新技术企业"),
    # the part done of a target (完成全年目标任务的52%) is named 完成 and the target, as reports
    # and the real corpus' gold name it (it was the subject's name, 技术合同登记额, or 目标任务;
    # 完成省定目标135% was 省定目标); a target in brackets between is no part of the name
    ("全区技术合同登记额达23.6亿元，完成全年目标任务的52%。", "52%", "完成全年目标任务"),
    ("全区新认定科技型中小企业420家，完成年度目标的105%。", "105%", "完成年度目标"),
    ("全市技术合同登记额31.2亿元，完成省定目标135%。", "135%", "完成省定目标"),
    ("全县有效高新技术企业达到23家，完成年度目标（20家）的115.0%。", "115.0%", "完成年度目标"),
    ("全市技术合同成交额已完成2025年目标（100亿元）的96.5%。", "96.5%", "已完成2025年目标"),
    # a unit's whole alone in brackets after 占 (占全市（16.5亿元）) is of the sentence's measure, and
    # the share after it is the share in that whole (16.5亿元 was 占全市技术合同成交额, 14.3% a level)
    ("全县技术合同成交额2.36亿元，占全市（16.5亿元）的14.3%。", "16.5亿元", "全市技术合同成交额"),
    ("全县技术合同成交额2.36亿元，占全市（16.5亿元）的14.3%。", "14.3%", "技术合同成交额占全市"),
    # a count right after another count's one-character noun (覆盖7个镇71个行政村) is named by its
    # own noun, like 42个重点专项1163个科技项目 (it was 镇)
    ("选派科技特派员126名，覆盖全县7个镇71个行政村。", "71个", "行政村"),
    # a list's line opening with only a change (▲同比增长14.8%) goes on from the line before: the
    # mark says nothing (it was named for the headline's measure); lines are never joined
    ("▲2024年全市R&D经费投入11.27亿元\n▲同比增长14.8%，增速居全省第3位", "14.8%", "R&D经费投入"),
    ("●选派科技特派员1186名，实现全覆盖\n●柔性引进高层次科技人才42人", "42人", "柔性引进高层次科技人才"),
    # a clause of only a place and 为 (海东市为47.90分) is of the measure the paragraph last gave in
    # that unit, not of the subject just before it (it was 高新技术企业数占全州)
    (
        "海西州综合科技创新水平指数为61.28分，其中格尔木市高新技术企业数占全州的六成以上；海东市为47.90分。",
        "47.90分",
        "综合科技创新水平指数",
    ),
    # an adverbial of when or where after a count's noun (在汇算清缴中) is no part of the name (it
    # was 企业在汇算清缴中, the noun cut at the verb after the adverbial)
    ("全市共有1386户企业在汇算清缴中享受研发费用加计扣除。", "1386户", "享受研发费用加计扣除的企业"),
    # the rank of a place listed before in the sentence is of the measure the list gave it (it was
    # the share between them, 合计占全市); 首位 after a field in brackets is found at all
    (
        "河津市、盐湖区、永济市加计扣除金额分别为9.73亿元、8.64亿元和4.12亿元，三地合计占全市的61.1%，"
        "其中河津市居各县（市、区）首位。",
        "首位",
        "加计扣除金额",
    ),
    # who plans (全市科技系统将力争…, 区科技局将力争…) is no part of the measure after the plan's verb
    ("下一步，全市科技系统将力争全年技术合同成交额达到16亿元。", "16亿元", "技术合同成交额"),
    ("2024年，区科技局将力争新增高新技术企业150家以上。", "150家以上", "新增高新技术企业"),
    # a count named only by how firms enter a register (评价入库892家) under a heading naming them
    # is of them, as a count named by 新增 alone is (it was 评价入库)
    ("（六）科技型中小企业。2023年评价入库892家，较上年下降2.1%。", "892家", "评价入库科技型中小企业"),
    # a document and its verb of saying (规划提出到2025年达到80亿元) name no measure: the one the
    # paragraph speaks of is planned (it was 规划提出)
    (
        "（一）全社会R&D经费投入。2020年基期值42.6亿元，2023年达到61.8亿元。规划提出到2025年达到80亿元。",
        "80亿元",
        "全社会R&D经费投入",
    ),
    # a place's figure in brackets after 超过/高于 (首次超过呼和浩特市（771家）) is its value of the
    # subject's measure (it had no name)
    ("包头市有效期内高新技术企业累计达到786家，首次超过呼和浩特市（771家）。", "771家", "有效期内高新技术企业"),
    # a share's verb 占 without its object, and an evaluation (较小), end no name (生物领域占)
    ("2023年，全市高新技术产业增加值占规上工业的45.0%，其中生物领域占17.3%。", "17.3%", "生物领域"),
    ("2023年，航空航天领域占比较小，为0.3%。", "0.3%", "航空航天领域占比"),
    # a change from a base to a new value (由上年的120家增加到150家): 由 and its base name
    # nothing, the measure before them does (both figures were 高新技术企业数量由上年)
    ("2023年，全市高新技术企业数量由上年的120家增加到150家。", "120家", "高新技术企业数量"),
    ("2023年，全市研发投入强度由上年的2.1%提高到2.3%。", "2.3%", "研发投入强度"),
    # the base a change starts from (在20名的基础上再次提升) names nothing: 3位 was 基础上
    ("全省9家国家高新区有7家位次提升，洛阳高新区在45名的基础上再次提升5位，达到40名。", "5位", "位次提升"),
    # a list of the members a count counts (named firms, examples before 等) is not its name:
    # the noun after the count is, else what is said of them (both took the list)
    ("今年有星河光电科技有限公司、远山新材料有限责任公司两家顺利通过审核。", "两家", "顺利通过审核"),
    ("启明创客空间、西湖青年创业基地等16家载体被纳入市级众创空间备案。", "16家", "载体"),
    # ... a list of classes before 等 with no noun after names the count
    ("全市技术开发、技术转让等合同1200项。", "1200项", "技术开发、技术转让等合同"),
    # what is stripped in front (a place, a time, an adverb) may bare a verb, stripped in turn
    ("2019年，全国共投入研究与试验发展经费22143.6亿元。", "22143.6亿元", "研究与试验发展经费"),
    ("长沙、株洲、湘潭3市全年实现技术合同成交总额405.09亿元。", "405.09亿元", "技术合同成交总额"),
    # a bare economic measure opening a clause of its own is of the subject of the measure before
    (
        "电子信息产业增长较快，当月完成产值33.8亿元，同比增长11.1%；累计完成产值273.1亿元，同比增长6.3%。",
        "273.1亿元",
        "电子信息产业完成产值",
    ),
    # a word that opens with a word stripped in front (其 of 其他) keeps it
    ("企业经费2412.4亿元；其他主体经费677.5亿元。", "677.5亿元", "其他主体经费"),
    # ... but a share keeps a word for what it is of (not 占全省总量)
    ("三市合计占全省总量的64.6%。", "64.6%", "合计占全省总量"),
    # a figure named only by pointing back (这一比重) is of the measure named before (一比重均)
    (
        "2023年全省高新技术产业增加值占规模以上工业增加值的比重为39.5%，比上年提高0.8个百分点；鹰潭市、新余市这一比重均超过五成。",
        "超过五成",
        "高新技术产业增加值占规模以上工业增加值的比重",
    ),
    # (review) a part is of the whole of its own kind of unit: 386亿元 is no part of 7412家
    ("全省有效高新技术企业达到7412家，技术合同成交额1200亿元。其中，南昌市386亿元。", "386亿元", "技术合同成交额"),
    # (review) 在 inside a word (在孵) opens no field of a rank
    ("全市技术合同成交额31亿元。在孵企业320家，全省各市中排名第二。", "第二", "在孵企业"),
    # a second 分别 clause over the same places names its own measure (投入强度 had taken the
    # first clause's, R&D经费)
    (
        "分市州看，长沙市、株洲市、湘潭市研究与试验发展（R&D）经费分别为458.6亿元、126.3亿元、98.7亿元，投入强度分别为3.30%、3.37%、3.52%。",
        "3.37%",
        "投入强度",
    ),
    # a line opening with only a change goes on from the line before (a phone's article sets
    # each clause on a line of its own: 14.0% had no name)
    ("全区科技创新成绩单\n\n有效高新技术企业总数达到318家\n\n同比增长14.0%\n", "14.0%", "有效高新技术企业"),
    # a rank in a field (在全国各省(区、市)中) is of the sentence's subject, or of what stands
    # before the field (it was the field, then the sentence before's name)
    (
        "2022年，全省综合科技创新水平指数为81.36%，比上年提高1.42个百分点，在全国各省（区、市）中继续位居第5位。",
        "第5位",
        "综合科技创新水平指数",
    ),
    ("全区创新券兑现金额在杭州市各区、县（市）中位居第二，仅次于钱塘区。", "第二", "创新券兑现金额"),
    # ... and when a count opens the field (在全省16个地市中), of the level named before that count
    # (it was the sentence before's name)
    (
        "全市有效发明专利9120件。每万人口发明专利拥有量18.3件，在全省16个地市中居第3位。",
        "第3位",
        "每万人口发明专利拥有量",
    ),
    # a paragraph opening with a numbered heading of its own names what its figures measure, and
    # what kind of value a figure is (基期值, 规划目标) names none (they were named 基期值)
    ("（一）全社会R&D经费投入。2020年基期值42.6亿元，2023年达到61.8亿元。", "42.6亿元", "全社会R&D经费投入"),
    ("（一）全社会R&D经费投入。2020年基期值42.6亿元，2023年达到61.8亿元。", "61.8亿元", "全社会R&D经费投入"),
    ("（三）高新技术企业数。规划目标为到2025年达到700家。", "700家", "高新技术企业数"),
    # a clause of cause (受…影响) says what moved the figure, not what it is (it was its name)
    ("全县一般公共预算收入8.6亿元，受减税降费因素影响同比下降2.1%。", "2.1%", "一般公共预算收入"),
    ("受疫情影响全市技术合同成交额下降5.3%。", "5.3%", "技术合同成交额"),
    # a figure in brackets after a place's average is that average of the measure compared, so
    # it takes its name (named 平均水平, a level; then 平均水平差距缩小)
    ("全市R&D经费投入强度仍明显低于全省平均水平（3.54%），差距有所缩小。", "3.54%", "R&D经费投入强度"),
    ("全县研发投入强度达到1.86%。与全国平均水平（2.65%）相比仍有差距。", "2.65%", "研发投入强度"),
    # a measure's head word alone (指数) opening a line stands for the last name ending in it
    (
        "按综合科技创新水平指数排序，各设区市位次如下：\n南京市综合科技创新水平指数为92.47%，位居全省第1位。\n苏州市指数为90.12%，位居第2位。",
        "90.12%",
        "综合科技创新水平指数",
    ),
    (
        "按综合科技创新水平指数排序，各设区市位次如下：\n南京市综合科技创新水平指数为92.47%，位居全省第1位。\n苏州市指数为90.12%，位居第2位。",
        "第2位",
        "综合科技创新水平指数",
    ),
    # a figure in brackets after 占 and a noun is that whole's value, and the share after the
    # bracket reads its clause around it (the count was named 占全县…, the share a level of 有…)
    ("有研发活动的规上工业企业45家，占全县规上工业企业（78家）的57.7%。", "78家", "规上工业企业"),
    (
        "有研发活动的规上工业企业45家，占全县规上工业企业（78家）的57.7%。",
        "57.7%",
        "有研发活动的规上工业企业占全县规上工业企业",
    ),
    # 依次 spreads a list of figures over the items as 分别 does (each was named the whole list);
    # the class noun 主体 is no part of it (restated: tests/reports7's gold names such a share
    # 高等学校经费所占比重)
    (
        "企业、政府属研究机构和高等学校三类主体的经费占比依次为35.2%、39.3%和23.3%。",
        "39.3%",
        "政府属研究机构经费占比",
    ),
    ("基础研究、应用研究和试验发展经费占比依次为13.9%、30.0%和56.1%。", "30.0%", "应用研究经费占比"),
    # a growth after a count is no noun of it (较上年同期的55家增长23.6%: 55家 was named 增长)
    ("我县共有68家企业列入公示名单，较上年同期的55家增长23.6%。", "55家", "列入公示名单的企业"),
    # a count named by its verb alone is of what was counted before (净增 was 净增新认定高新技术企业,
    # 新认定 after a place in a part 其中… stood alone); a stock (总数, 入库数量) is of the noun
    # counted, and what follows it is of the stock (总数 was 新认定高新技术企业)
    ("全年新认定高新技术企业356家，净增168家，总数达到1893家，同比增长9.7%。", "168家", "净增高新技术企业"),
    ("全年新认定高新技术企业356家，净增168家，总数达到1893家，同比增长9.7%。", "1893家", "高新技术企业总数"),
    ("全年新认定高新技术企业356家，净增168家，总数达到1893家，同比增长9.7%。", "9.7%", "高新技术企业总数"),
    ("全年新认定高新技术企业356家。其中，涧西区新认定112家，总数达621家，居全市第一。", "112家", "新认定高新技术企业"),
    ("全年新认定高新技术企业356家。其中，涧西区新认定112家，总数达621家，居全市第一。", "621家", "高新技术企业总数"),
    ("全年新认定高新技术企业356家。其中，涧西区新认定112家，总数达621家，居全市第一。", "第一", "高新技术企业总数"),
    ("全年评价入库科技型中小企业3126家，入库数量位居全省第三位。", "第三位", "科技型中小企业入库数量"),
    # a part (其中…) in the sentence after is of the first amount that sentence named, not of
    # its change (南昌市2386家 was 净增有效高新技术企业); a rank said of a count (以1176家位居第二)
    # is no noun after it (the count was named 位居第二)
    (
        "全省有效高新技术企业达到7412家，较上年净增1020家。其中，南昌市2386家，居全省第一；赣州市以1176家位居第二。",
        "2386家",
        "有效高新技术企业",
    ),
    (
        "全省有效高新技术企业达到7412家，较上年净增1020家。其中，南昌市2386家，居全省第一；赣州市以1176家位居第二。",
        "1176家",
        "有效高新技术企业",
    ),
    # ... but an aspect of the measure itself keeps its verb (新增孵化空间面积 is the measure)
    ("全年新增孵化空间面积3万平方米，年度任务完成率172%。", "172%", "新增孵化空间面积年度任务完成率"),
    # a place before a count is its region, so the noun after the count names it
    ("宁波62家众创空间共服务创业团队1800个。", "62家", "众创空间"),
    # a passive's 被 is what is said of the noun, no part of it (载体被纳入… named 载体被)
    ("全市21家载体被纳入省级众创空间备案。", "21家", "载体"),
    # the verb of a change of rank and a comparison with 往年 are no part of the name (named
    # 创新指数排名前移, 创新指数排名较往年)
    ("全市创新指数排名前移3个位次。", "3个位次", "创新指数排名"),
    ("全市创新指数排名较往年提升3个位次。", "3个位次", "创新指数排名"),
    # a clause before a count that qualifies the noun after it names it with that noun (named
    # 在参评); a time's figure (由2019年的6家) is no such clause
    ("在参评的178家国家高新区中，合肥高新区位列全国第6位。", "178家", "参评的国家高新区"),
    ("全市技术合同登记机构由2019年的6家增加到9家。", "6家", "技术合同登记机构"),
    # ... and its name is that noun (named 贡献了)
    ("国家高新区贡献了全省28.4%的高新技术企业和31.7%的规上工业营业收入。", "28.4%", "高新技术企业"),
    # a name is given as the text writes it (records.md: "as it stands in the text"): in the
    # traditional characters of a traditional text (it was folded to simplified)
    ("2023年，長春市全社會研究與試驗發展經費投入145.6億元，增長8.9%。", "145.6億元", "全社會研究與試驗發展經費投入"),
    ("2023年，長春市全社會研究與試驗發展經費投入145.6億元，增長8.9%。", "8.9%", "全社會研究與試驗發展經費投入"),
    # a list's places in the clause before, its measure in the clause of 分别 (named 双核引领作用突出)
    ("沈阳、大连“双核”引领作用突出，两市技术合同成交额分别为498.3亿元、386.5亿元。", "386.5亿元", "技术合同成交额"),
    # a bare measure after a count takes the count's name, written once where they overlap
    # (named 专利技术合同成交成交额)
    ("全省专利技术合同共成交537项、成交额34.7亿元。", "34.7亿元", "专利技术合同成交额"),
    # the noun after 以 and an amount, with 的 or without (以121.6亿元的成交额领跑全市: named
    # 的成交额领跑全市)
    ("张店区以121.6亿元的成交额领跑全市。", "121.6亿元", "成交额"),
    # a name that opens with its purpose (围绕…) is what it does after its last verb
    ("全年围绕党参、黄芪等中药材种植开展技术培训85场次。", "85场次", "开展技术培训"),
    (
        "联合驻衡银行机构为科技型企业发放“科创贷”8.3亿元。",
        "8.3亿元",
        "发放“科创贷”",
    ),  # a quoted name keeps its quotes, as in gold
    # money written bare after a count is the counted thing's (named 支持资金), but not when its
    # clause has a verb of its own (争取项目资金)
    ("全年争取省级科技重大专项1项，支持资金300万元。", "300万元", "省级科技重大专项支持资金"),
    ("共有119个项目列入省级科技计划，争取项目资金达3030万元。", "3030万元", "项目资金"),
    # 正增长 is a growth word, no part of a name (named 各县市成交额正)
    ("从增速看，各县市成交额均实现正增长，其中阜康市增长52.6%。", "52.6%", "各县市成交额"),
    # (a review of this session's change) a percent before 的 and a noun keeps the name its own
    # clause gives it (named 目标); a soft break inside a bare measure, 在 before a region word,
    # and one traditional word quoted in a simplified text change nothing
    ("研发投入强度达到2.8%的目标。", "2.8%", "研发投入强度"),
    ("技术开发合同1205项，成交\u200b额42.3亿元。", "42.3亿元", "技术开发合同成交额"),
    ("鼓励在全市8家外国专家工作站开展合作。", "8家", "外国专家工作站"),
    ("全市研發中心建设加快。全市研发经费投入12亿元。", "12亿元", "研发经费投入"),
    # 稳居 takes a rank as 位居 does (named 研发投入强度稳)
    ("全市研发投入强度稳居全省第三。", "第三", "研发投入强度"),
    # a dash between words parts a headline, as a space does (the name held the whole headline)
    ("小小创新券撬动企业创新“大能量”——嘉兴市今年以来创新券使用额同比增长近五成", "近五成", "创新券使用额"),
    # a part of a whole named by its verb takes the whole's noun (named 新认定)
    ("全市高新技术企业达到2156家，其中今年新认定486家。", "486家", "新认定高新技术企业"),
    # an amount named by the sentence before takes its measure, not that measure's share
    # (named 技术合同成交额占全省)
    ("成都市技术合同成交额1525.3亿元，占全省的75.5%；绵阳市186.2亿元，居全省第二。", "186.2亿元", "技术合同成交额"),
    # a short name that puts another verb where the name before had one shares its rest (they
    # were named 授权量 and 兑现)
    ("全年发明专利申请量5.2万件，授权量2.3万件。", "2.3万件", "发明专利授权量"),
    ("全年发放创新券1260万元，兑现830万元。", "830万元", "兑现创新券"),
    # ... but not a word that is no such verb (新增数量 after 高新技术企业数量: not 新增高新技术企业
    # 数量; a count after its verb, it is of the noun counted before)
    ("我省高新技术企业数量达到10247家，较上年新增数量超过2000家。", "超过2000家", "高新技术企业新增数量"),
    # a word for the year of writing after the subject is no part of it (named 技术合同成交额今年)
    ("全市技术合同成交额今年达到156.2亿元。", "156.2亿元", "技术合同成交额"),
    pytest.param(
        "宁波62家众创空间服务创业团队1800个。",
        "62家",
        "众创空间",
        marks=pytest.mark.xfail(strict=True, reason="服务 is a verb here, a noun in 服务机构: the noun runs on"),
    ),
    # a verb of announcing before a count names nothing: the noun after it does
    ("省科技厅发布了35家省级重点实验室。", "35家", "省级重点实验室"),
    # the noun after a count ends where its predicate begins (超过, 名单)
    ("全市28家科技企业孵化器超过预期。", "28家", "科技企业孵化器"),
    ("公示了15家省级工程研究中心名单。", "15家", "省级工程研究中心"),
    # a part named by its level alone takes its whole's noun (not the whole's own level)
    ("全县建成省级以上研发机构40家，其中国家级6家。", "6家", "国家级研发机构"),
    ("建有各类重点实验室等科研平台25个，其中省级9个。", "9个", "省级科研平台"),
    # a part that shares its whole's noun takes the whole's measure
    ("全年专利申请量3120件，其中发明专利865件。", "865件", "发明专利申请量"),
    # ... but nothing of the whole that is not its measure
    ("全年制定、修订地方标准42项，其中新制定30项。", "30项", "新制定"),
    ("授权专利500件，其中外观专利120件。", "120件", "外观专利"),
    # an adverb before a share's 占 is no part of what the share is of
    ("全市技术合同成交额40亿元，仅占全省的6%。", "6%", "技术合同成交额占全省"),
    ("全市高新技术企业总数达到310家，约占全省的四分之一。", "四分之一", "高新技术企业占全省"),
    # the places counted before a name are who, not what
    ("两县研发经费共9亿元。", "9亿元", "研发经费"),
    # a figure joined to the one before by 和 alone is of the same measure
    ("全市研发经费共9亿元，分别占全省和全国的12%和1%。", "1%", "研发经费占全省和全国"),
    # items that each end with an amount name their own measures (no head shared)
    ("研发经费和技术合同成交额分别增长12%和8%。", "12%", "研发经费"),
    # a bare economic measure after a clause on how a class of things does is that class's
    ("全市高新技术产业发展态势良好，实现增加值120亿元，增长15%。", "120亿元", "高新技术产业增加值"),
    ("全市高新技术产业发展态势良好，实现增加值120亿元，增长15%。", "15%", "高新技术产业增加值"),
    ("五大产业中新能源产业增长势头快，当月完成产值33亿元。", "33亿元", "新能源产业当月完成产值"),
    ("规上工业企业运行平稳，营业收入增长8%。", "8%", "规上工业企业营业收入"),
    # ... not the object of a verb, nor a dimension
    ("有力支撑全省高新技术产业发展，营业收入近1.9万亿元。", "近1.9万亿元", "营业收入"),
    ("从产业看，产值增长5%。", "5%", "产值"),
    # an amount after a verb of getting or giving is named by the noun after it
    ("全县争取到300万元省级科技专项资金。", "300万元", "省级科技专项资金"),
    ("12家企业获得860万元研发后补助。", "860万元", "研发后补助"),
    # the noun after a count takes what they did, past one figure in it (not how much) and up
    # to a second (it was 企业获得: a verb without its object)
    ("12家企业获得860万元研发后补助。", "12家", "获得研发后补助的企业"),
    ("12家企业获得860万元研发后补助，增长20%。", "12家", "获得研发后补助的企业"),
    ("全市有56家企业获得省级奖励资金300万元。", "56家", "获得省级奖励资金的企业"),
    # a clause on how a measure did names nothing: a growth after it is of the measure before
    ("全市新材料产业产值33亿元，增速实现翻番，同比增长112%。", "112%", "新材料产业产值"),
    # a bracket inside a bracket: the clause runs on before the outer one, whose note goes
    ("全省研发经费投入强度(与地区生产总值(初步核算数)之比)为1.96%。", "1.96%", "研发经费投入强度"),
    # a region word between the verb and the count says where, not what is counted
    ("将继续支持市内12家新型研发机构开展攻关。", "12家", "新型研发机构"),
    # 保持/实现了 before the figure are the verb, no part of the name
    ("全市高新技术产业投资保持了35%以上的高速增长。", "35%以上", "高新技术产业投资"),
    # a member of a breakdown by class named bare (生物医药行业增速较快) is of the measure its
    # class was given before in the paragraph (it was 生物医药行业), not of an aspect of it
    ("分行业看，装备制造行业产值120亿元，增长8%。生物医药行业增速较快，达到25%。", "25%", "生物医药行业产值"),
    ("分领域看，电子信息领域技术合同成交额50亿元。先进制造领域增速较快，为30%。", "30%", "先进制造领域技术合同成交额"),
    ("分行业看，装备制造行业产值增速为8%。生物医药行业增速较快，达到25%。", "25%", "生物医药行业产值"),
    # ... in its own paragraph only
    ("分行业看，装备制造行业产值120亿元。\n\n生物医药行业增速较快，达到25%。", "25%", "生物医药行业"),
    # a year to come (明年将), a target's lead (目标是) and a list's dash (——) open no name
    ("某市科技局2023年工作总结\n\n明年将新增省级以上研发机构20家。", "20家", "新增省级以上研发机构"),
    ("某市科技局2023年工作总结\n\n目标是新增国家高新技术企业100家。", "100家", "新增国家高新技术企业"),
    ("2024年主要目标：\n——技术合同成交额达到20亿元。", "20亿元", "技术合同成交额"),
    # 目标 alone leads a target's name too (2024年目标新增… kept 目标 and so no measure), but not
    # the name of a target's own rate (目标完成率)
    ("某市科技局2023年工作总结\n\n2024年目标新增高新技术企业50家。", "50家", "新增高新技术企业"),
    ("某市科技局2023年工作总结\n\n全县目标完成率为98%。", "98%", "目标完成率"),
    # a second gap in points after a first is of the same share (it took 比全国高 into the name)
    ("全市研发投入强度为2.8%，比全省平均水平高0.5个百分点，比全国高0.2个百分点。", "0.2个百分点", "研发投入强度"),
    # a place and a verb of adding alone count what the clause before added (it was 新增), but a
    # verb of reaching or increasing (达到, 增加) is no part (比上年增加2465.7亿元)
    ("绍兴高新区新增高新技术企业50家，滨海新区新增30家。", "30家", "新增高新技术企业"),
    ("全市新增高新技术企业520家，其中越城区新增86家。", "86家", "新增高新技术企业"),
    ("全国研究与试验发展经费投入19678.9亿元，比上年增加2465.7亿元。", "2465.7亿元", "研究与试验发展经费投入"),
    # the one-character 降 (比上年降7.3%) is a growth cue as 增 is, no name (named 降)
    ("全市技术合同成交额56亿元，比上年降7.3%。", "7.3%", "技术合同成交额"),
    # a range of quarters is a time phrase, no part of a name
    ("全市技术合同成交额86亿元，1至3季度新增专利30件。", "30件", "新增专利"),
    # a part in another unit is not a part of the count
    ("全市专利授权量4500件，其中发明专利增长12%。", "12%", "发明专利"),
    # firms listed before 分别 are who, the clause names what (it was each firm's name)
    (
        "排在前三位的是华辉科技股份有限公司、晋鸿鞋服集团有限公司和闽兴石材装备有限公司，研发投入分别为9.86亿元、7.15亿元和5.42亿元。",
        "7.15亿元",
        "研发投入",
    ),
    # (review) 增长率 ends a term of its own (人口自然增长率), no growth's word to cut
    ("全市人口自然增长率为-1.2‰。", "-1.2‰", "人口自然增长率"),
    # a rank of a growth or a share ranks that aspect (it was 科技型中小企业研发投入, the 增速 taken
    # for a verb's word); a growth named from it is of what grew, a change in points of the rate
    ("全省科技型中小企业研发投入增速位列全国第7位。", "第7位", "科技型中小企业研发投入增速"),
    ("全市高新技术产业增加值占比居全省第3位。", "第3位", "高新技术产业增加值占比"),
    (
        "技术合同成交额增速前3名分别是郴州市、张家界市和永州市，增长率分别为28.6%、19.7%和16.9%。",
        "19.7%",
        "技术合同成交额",
    ),
    ("全市R&D经费增长12%，增速比上年提高1.0个百分点。", "1.0个百分点", "R&D经费增速"),
    # months written inside a name (科技大市场1-8月技术交易额) are the figure's time, no part of its name
    ("芜湖科技大市场1-8月技术交易额突破30亿元。", "30亿元", "科技大市场技术交易额"),
    # a bare measure a subject has, after another of the same subject, is that subject's (授权 after
    # 专利申请: 专利授权; it was 授权)
    ("全年专利申请186件，授权97件，分别增长38.8%、24.4%。", "97件", "专利授权"),
    ("全年专利申请186件，授权97件，分别增长38.8%、24.4%。", "24.4%", "专利授权"),
    # a whole word that ends in a tail word keeps it (专利转让、许可: 可 is no 可达's; it was 专利转让、许)
    ("全年实现专利转让、许可1286件次。", "1286件次", "专利转让、许可"),
    # a suggestion's words and the verb of a change (建议将…扩大到, 上调至) are no part of the name
    ("建议将科技成果转化引导基金规模扩大到1亿元以上。", "1亿元以上", "科技成果转化引导基金规模"),
    ("建议将技术合同成交额目标值上调至150亿元左右。", "150亿元左右", "技术合同成交额目标值"),
    # an aspect alone before a rank's field (总量在全国排位…) is of the measure spoken of (it was 总量)
    ("四川R&D经费总量达到1055.3亿元。总量在全国排位超过湖北省，居全国第七位。", "第七位", "R&D经费总量"),
    ("全县高新技术产业产值达到52亿元，总量在全市9个县区中排名第2位。", "第2位", "高新技术产业产值总量"),
    # a generic noun counted and what is said of it name the ones that do it, as a relative
    # clause (VP的企业); a verb of having or saying ends the noun (it was 企业设有专门, 企业认), an
    # aspect mark (了) and an adverbial of when are no part of it, and the adverbial does not
    # count against the name's length (it was cut at 加计扣除)
    ("全县仅有23家企业设有专门的技术转移机构。", "23家", "设有专门的技术转移机构的企业"),
    ("问卷显示，68.2%的企业认为成果转化资金缺口较大。", "68.2%", "认为成果转化资金缺口较大的企业"),
    # 行业 is a generic noun too, and a measure word (增加值, 增速) ends the noun: what is said of
    # them keeps its verb of change (they were 行业增加值, 行业增速)
    ("在有生产活动的168个行业中，有120个行业增加值实现了增长。", "120个", "增加值实现增长的行业"),
    ("全省87个行业增速超过全省平均水平。", "87个", "增速超过全省平均水平的行业"),
    # a noun ending in a generic one (毕业企业, 科技型中小企业) too: it was 毕业企业成长; a figure of
    # theirs after it (营收达57.58亿元) is nothing they do
    ("累计有21家毕业企业成长为高新技术企业。", "21家", "成长为高新技术企业的毕业企业"),
    ("全区105家规上科技服务业企业营收达57.58亿元。", "105家", "规上科技服务业企业"),
    # a year inside what is said (2023年度) is no figure that ends it (it was 企业符合)
    ("共有147家企业符合2023年度研发投入后补助条件。", "147家", "符合2023年度研发投入后补助条件的企业"),
    (
        "上半年共有218户企业在企业所得税预缴申报时享受了研发费用加计扣除政策。",
        "218户",
        "享受研发费用加计扣除政策的企业",
    ),
    # a rank whose clause names nothing (我市位列第5位) is of the evaluation its sentence reports
    # on, 监测 as 评价 (it was the last sentence's subject, 技术合同成交额); its change is too
    (
        "技术合同成交额达到6.7亿元。在2023年度河北省县域科技创新能力监测中，我市位列第5位，较2020年前移4位。",
        "第5位",
        "县域科技创新能力监测",
    ),
    (
        "技术合同成交额达到6.7亿元。在2023年度河北省县域科技创新能力监测中，我市位列第5位，较2020年前移4位。",
        "4位",
        "县域科技创新能力监测",
    ),
    # a comparison with a base year's value of a kind (比2024年预算数, 比2024年执行数) is with the
    # measure's own past: the change and the base value are of the measure (they were 预算数, 执行数)
    ("2025年部门收入预算4286.5万元，比2024年预算数增加512.3万元，增长13.6%。", "512.3万元", "部门收入预算"),
    ("科学技术支出4052.4万元，比2024年执行数3716.9万元增加335.5万元。", "3716.9万元", "科学技术支出"),
    # a part under 其中 named by a kind of unit, of a whole of units that do something, is the ones
    # of that kind that do it (it was 企业); a part named by a verb keeps its own name
    ("全区有R&D活动的单位728个，其中企业563个，占77.3%。", "563个", "有R&D活动的企业"),
    ("全区有R&D活动的单位728个，其中高等学校25个。", "25个", "有R&D活动的高等学校"),
    ("全区1027家企业获得高新技术企业资格，其中首次认定712家。", "712家", "首次认定"),
    # the whole a clause picks among (3186家规上工业企业中已建…) is the count's noun, without 中
    ("截至9月底，全市3186家规上工业企业中已建研发机构2049家。", "3186家", "规上工业企业"),
    # (review 2) a saying verb ends a named noun too (it was 科技型中小企业表示研发投入将继续)
    ("问卷调查显示，85.3%的科技型中小企业表示研发投入将继续增加。", "85.3%", "科技型中小企业"),
    ("31.5%的规上工业企业认为技术改造资金不足。", "31.5%", "规上工业企业"),
    # (review) what is said of a generic noun is no threshold of theirs cut at its figure (it
    # was 营业收入超过的企业), no noun joined to it (it was 和高校设有研发机构的企业); a verb of having
    # opening the noun is a clause before it (it was 知识产权), and ends no named kind's noun (it
    # was 高新技术企业, a count of high-tech firms)
    ("2023年，全市有15家企业营业收入超过10亿元。", "15家", "企业"),
    ("2023年，全县28家企业和3所高校设有研发机构。", "28家", "企业"),
    ("全市15家拥有自主知识产权的企业获得贷款贴息。", "15家", "拥有自主知识产权的企业"),
    ("全市12家高新技术企业建有省级研发中心。", "12家", "高新技术企业建有省级研发中心"),
    # an ordinal (第6批) is no figure that ends what is said of the count (it was 企业入选第)
    ("全市2家企业入选第6批国家级专精特新企业。", "2家", "入选第6批国家级专精特新企业的企业"),
]


@pytest.mark.parametrize("text,figure,name", EXACT_NAMES)
def test_exact_names(text, figure, name):
    assert _rec(text, figure).indicator == name


CATEGORIES = [
    ("各级财政兑现高新技术企业认定奖补资金6.8亿元。", "6.8亿元", "funding"),
    # a count of firms named by the economy's class (规上工业企业) counts firms (it was economy);
    # firms picked by an economic measure (营业收入超过…的企业) stay of the whole before them
    ("截至9月底，全市3186家规上工业企业中已建研发机构2049家。", "3186家", "enterprise"),
    ("全区评价入库科技型中小企业4155家，其中年营业收入超过1亿元的企业96家。", "96家", "tech_sme"),
    # 创新型中小企业 is the first step of the 专精特新 ladder, a designation, no 科技型中小企业
    ("截至6月底，全区累计培育创新型中小企业423家。", "423家", "enterprise"),
    # a subsidy paid after R&D spending (研发投入后补助) is money given, no R&D spending (both were
    # rd_expenditure, from 研发投入)
    ("共有147家企业符合2023年度研发投入后补助条件。", "147家", "funding"),
    # a performance evaluation's own indicators (绩效指标) are other (it was project)
    ("项目共设置绩效指标12个，全部完成的10个，部分完成的2个。", "12个", "other"),
    # Hong Kong's words for R&D spending (研發開支, folded to 研发开支) are R&D's (they were other), and
    # permits for foreign talent to work (来华工作许可) are talent's
    ("2021年本地研發總開支為275.6億港元，按年上升6.7%。", "275.6億港元", "rd_expenditure"),
    ("全年共办理外国人来华工作许可326件。", "326件", "talent"),
    # (review) the head word of what they do (加计扣除) gives the category of a relative name, as it
    # gave the name written the other way (企业享受研发费用加计扣除: funding; it was rd_expenditure)
    ("2023年，全市有30家企业享受研发费用加计扣除。", "30家", "funding"),
    # (review) firms visited through a survey (通过问卷调查走访企业120家) are firms, not the survey
    ("2023年，通过问卷调查走访企业120家，收集技术需求85项。", "120家", "enterprise"),
    # an inquiry's own work (座谈会, 问卷) is other, whatever the firms it visited say (it was
    # enterprise, the word before)
    ("调研组先后走访企业16家，召开座谈会4次，发放调查问卷120份。", "4次", "other"),
    ("调研组先后走访企业16家，召开座谈会4次，发放调查问卷120份。", "120份", "other"),
    # of the generic words in a name, the last (its head) says what is counted: 完成兑现的企业
    # counts firms (it was funding, from 兑现)
    ("经审核，共有76家企业完成兑现。", "76家", "enterprise"),
    ("高新技术企业拥有有效发明专利3.1万件。", "3.1万件", "patent"),
    # an emerging industry's output is a high-tech industry's, also in a report titled on patents
    (
        "全市发明专利授权量增长七成\n\n1~10月，全市战略性新兴产业完成产值1.09万亿元，增长11.5%。",
        "1.09万亿元",
        "high_tech_industry",
    ),
    ("全市吸纳科技活动人员近42万人。", "近42万人", "talent"),
    ("在孵企业1863家，毕业企业96家。", "96家", "incubator"),
    ("全区规模以上工业出口交货值5651.4亿元。", "5651.4亿元", "economy"),
    # 兑现 only says paid out: what was paid decides
    ("全年兑现创新券2917.6万元，兑现率68.4%。", "68.4%", "innovation_voucher"),
    # a zone's name holds 高新技术产业 but is no figure of high-tech industry
    ("株洲高新技术产业开发区新落户企业42家。", "42家", "enterprise"),
    # prizes won are not money given
    ("全年获得省级科技奖励35项，其中一等奖6项。", "35项", "other"),
    ("全年有18项科技成果获国家及省市科技进步奖。", "18项", "other"),
    # a region's standing in an index measures no category
    ("2022年，我省区域创新能力由全国第19位提升到第17位。", "第17位", "other"),
    # a share whose part is not named is of what the sentence is about
    ("全市高新技术产业产值增长12%，累计占规模以上工业比重32.1%。", "32.1%", "high_tech_industry"),
    # an economic word nearby says less than the document's subject
    (
        "全省高新技术产业运行情况\n\n分领域看，新能源、新材料两个领域分别增长17.1%和14.0%，拉动增加值增长。",
        "14.0%",
        "high_tech_industry",
    ),
    # Latin abbreviations in either case
    ("我市2016年r&d投入达164.8亿元，占gdp比重2.41%。", "164.8亿元", "rd_expenditure"),
    # voucher money is vouchers, whatever word ends its name
    ("全县4家企业获科技创新券补助资金75万元。", "75万元", "innovation_voucher"),
]


@pytest.mark.parametrize("text,figure,category", CATEGORIES)
def test_category_rules(text, figure, category):
    assert _rec(text, figure).category == category


KINDS = [
    # a percent figure after a share, with no cue of its own, is the same share
    ("全省研发投入强度首次突破2%，达到2.17%。", "2.17%", "share"),
    # the cue may stand in the clause before
    ("环保产业和航空航天两个领域占比较小，分别为1.2%和0.3%。", "0.3%", "share"),
]


@pytest.mark.parametrize("text,figure,kind", KINDS)
def test_kind_rules(text, figure, kind):
    assert _rec(text, figure).kind == kind


def test_a_latin_full_stop_after_chinese_ends_a_sentence():
    text = "2018年，全区共建设示范基地12个. 全区扶持贫困户35户."
    lay = kjstats.explain(text)
    assert [e.record.text for e in lay] == ["12个", "35户"]
    assert lay[0].record.sentence != lay[1].record.sentence
    assert kjstats.extract("研发经费增长3.8%。")[0].value == Decimal("3.8")  # a decimal point is none


# --- tables ---------------------------------------------------------------------------------

SPLIT_HEADER_TABLE = (
    "2023年各区高新技术产业产值情况 | ||||\n"
    "序号 | 区域 | 企业数 | 产值(亿元) | 产值 | 产值 |\n"
    "同比增长率 | 排名 | ||||\n"
    "1 | 南湖区 | 138 | 92.5 | 0.121 | 2 |\n"
    "2 | 秀洲区 | 159 | 85.8 | 0.067 | 3 |"
)

TABLE_CELLS = [
    # a growth column names what the row's level cell of its measure is called (title + header)
    (SPLIT_HEADER_TABLE, "0.067", "growth", "高新技术产业产值"),
    (SPLIT_HEADER_TABLE, "3", "rank", "高新技术产业产值"),
]


@pytest.mark.parametrize("text,figure,kind,name", TABLE_CELLS)
def test_table_cell_names(text, figure, kind, name):
    r = _rec(text, figure)
    assert r.kind == kind
    assert indicator_ok(r.indicator, name), r.indicator


# --- measures -------------------------------------------------------------------------------

MEASURE_CASES = [
    # a bare measure word is the measure of what its category is about
    (
        "菏泽市高新技术产业运行情况\n\n1-6月份，全市高新技术产业增长较快，产值总量前三名为牡丹区、曹县、单县。",
        "前三名",
        "hti_output",
    ),
    ("全省技术合同登记情况\n\n从吸纳成交额增速看，铜陵(增长45.0%)居前。", "45.0%", "tech_contract_value_absorbed"),
    # the batch or the state a new firm is counted in leads its measure
    ("全年新增国家高新技术企业120家。", "120家", "hte_new"),
    ("第一批评审通过国家高新技术企业90家。", "90家", "hte_new"),
    # a year and a zone before the name narrow nothing
    ("2022年金义新区(金东区)全社会R&D占比3.21%。", "3.21%", "rd_intensity"),
]


@pytest.mark.parametrize("text,figure,measure", MEASURE_CASES)
def test_measure_rules(text, figure, measure):
    assert _rec(text, figure).measure == measure


def test_a_lists_lines_are_never_joined_as_a_wrap():
    # lines of a list (▲…, 【…】 after a line ending without a stop, 万山区：… after 碧江区：…) stand
    # alone however wide the line before: joined, 思南县 and 江口县 became the region of the
    # figures after them
    text = (
        "铜仁科技创新成绩单\n\n今年以来，全市科技系统主要科技指标实现时间过半任务过半，一组数据带你看↓\n\n【研发投入】\n\n"
        "▲2024年全市R&D经费投入11.27亿元\n▲同比增长14.8%，增速居全省第3位\n\n【区县亮点】\n\n"
        "碧江区：高新技术企业47家，居全市首位\n万山区：技术合同成交额2.16亿元，同比增长41.2%\n"
        "思南县：新增科技型中小企业23家，增速全市第一\n\n下一步，全市将力争新增高新技术企业30家以上。\n"
    )
    paragraphs = [text[p.start : p.end] for p in layout(text).paragraphs]
    assert "【研发投入】" in paragraphs
    assert "万山区：技术合同成交额2.16亿元，同比增长41.2%" in paragraphs
    assert _rec(text, "30家以上").region == "铜仁市"
    assert _rec(text, "2.16亿元").region == "万山区"
