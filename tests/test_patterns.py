"""compile_pattern: the standard engine where it reads a pattern as `regex` does, `regex` elsewhere."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kjstats.lexicon import compile_pattern

SAMPLES = [
    "全区高新技术企业达到356家，同比增长12.5%，研发投入占比3.2%。",
    "2024年1-6月，技术合同成交额达到38.2亿元（同比增长21%）。",
    "杭州市临平区科技局：发放创新券 1,200 万元；惠及企业 300 余家。",
    "R&D经费投入强度为2.15%，居全省第3位；〇七年、々、𠀀字。",
    "",
]

# pattern -> the engine compile_pattern must choose
ENGINE = [
    (r"(?:家|个|项|亿元|万元)", re.Pattern),
    (r"[省市区县州盟旗国镇道]", re.Pattern),
    (r"\p{Han}{2,6}(?:镇|街道)", regex.Pattern),  # \p{Han}: costly for re to compile
    (r"^(?:占|与|所占)", re.Pattern),
    (r"[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])", re.Pattern),  # possessive: re reads it since 3.11
    (r"(?r)[,;:。]", regex.Pattern),  # searched from the right
    (r"(?<=(?:居|列|排名?)\p{Han}{0,6}?)首位", regex.Pattern),  # variable-width look-behind
    (r"\P{Han}+", regex.Pattern),
    (r"[[a-z]--[aeiou]]", regex.Pattern),  # a set operation re would misread
]


@pytest.mark.parametrize("pattern,engine", ENGINE)
def test_the_engine_chosen(pattern, engine):
    compiled = compile_pattern(pattern)
    if engine is re.Pattern:
        assert isinstance(compiled, re.Pattern)
    else:
        assert not isinstance(compiled, re.Pattern)


@pytest.mark.parametrize("pattern", [p for p, _ in ENGINE])
def test_both_engines_find_the_same(pattern):
    fast, reference = compile_pattern(pattern), regex.compile(pattern)
    for text in SAMPLES:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_folding_is_one_step_and_keeps_offsets():
    # fold() replaces each distinct character throughout, one after another: that equals a
    # one-step translation only while no character folds into another that folds again
    from kjstats.folding import _table, fold

    table = _table()
    assert all(table.get(target, target) == target for target in table.values())
    text = "全区，Ｒ＆Ｄ经费２５.９億元（增長１２％）；幅度"
    assert fold(text) == "全区,R&D经费25.9亿元(增长12%);幅度"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text,folded",
    [
        ("研究與試驗發展(R&D)經費30782.9億元", "研究与试验发展(R&D)经费30782.9亿元"),  # traditional
        ("高新技術企業總數", "高新技术企业总数"),
        ("1\u00ad234万元", "1\u200b234万元"),  # a soft hyphen inside a number: transparent
        ("12\u200d34家", "12\u200b34家"),  # a zero-width joiner
        ("plain ascii 2024", "plain ascii 2024"),
        # straight quotes around Chinese words, paired left to right within a line
        ('推进"科创10条"落实,"雏鹰计划"', "推进“科创10条”落实,“雏鹰计划”"),
        ('尺寸12" 与 "ab"', '尺寸12" 与 "ab"'),  # no Chinese inside: not a quotation
        ('"一行\n另一行"', '"一行\n另一行"'),  # a quote is not paired across lines
        # a year in Chinese numerals is read in digits, as the time grammar reads years
        ("到二〇二七年,二零二三年", "到2027年,2023年"),
        ("三二〇二三年", "三二〇二三年"),  # five digits: no year
        ("二〇二三个", "二〇二三个"),  # no 年 after it
        # Hong Kong wording of a comparison before a change: the mainland word (same length)
        ("經費按年增長11.6%,按年跌3.4%", "经费同比增长11.6%,同比跌3.4%"),
        ("按年度兑现", "按年度兑现"),  # no change after it: 按年度 (by year) stays
    ],
)
def test_folding_simplifies_and_hides_invisible_characters(text, folded):
    from kjstats.folding import fold

    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "2011年大連市科技創新園區引進企業152個",
        "研究與試驗發展經費",
        "乾隆年間的著作",
        "全市高新技术企业1860家",
        "後來发展",
    ],
)
def test_simplifying_skips_only_texts_the_converter_leaves_as_they_are(text):
    # to_simplified converts only a text holding a character t2s changes (folding._traditional):
    # it must give what converting every text would
    from kjstats.folding import _converter, to_simplified

    assert to_simplified(text) == _converter().convert(text)


# Time phrases are looked for only in windows around their anchor characters (timephrases.py):
# a speed-up that must find what a scan of the whole text finds.
TIME_PIECES = [
    "2023年",
    "2012 - 2016年",
    "2012 - 2016 年",
    "2012-2016年度",
    "1-6月",
    "1 - 12 月份",
    "上半年",
    "去年同期",
    "十四五期间",
    "前三季度",
    "一季度",
    "3月份",
    "年底",
    "今年以来",
    "截至目前",
    "二〇二三年",
    "前两个月",
    "2023",
    "年",
    "月",
    "季度",
    "-",
    "至",
    " ",
    "，",
    "。",
    "全区",
    "增长",
    "12.5%",
    "38亿元",
    "的",
    "比",
    "同比",
    "1",
    "20",
    "十",
    "五",
    "上",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TIME_PIECES), max_size=14).map("".join))
def test_time_phrase_windows_find_what_a_whole_scan_finds(text):
    from kjstats import timephrases

    whole = timephrases._joined_lists(text, timephrases._phrases_in_window(text, 0, len(text), 0, len(text)))
    windowed = timephrases.find_time_phrases(text, 0, len(text))
    assert [(p.start, p.end, p.iso(2024)) for p in windowed] == [(p.start, p.end, p.iso(2024)) for p in whole]


# --- lookups that stand in for word-list patterns (places.WordScan, the unit after a number,
# the sentence ends): the same spans as the pattern, at every position ---------------------

PLACE_PIECES = [
    "江苏",
    "苏州",
    "州",
    "苏",
    "黔东南州",
    "长三角",
    "长三角地区",
    "南平",
    "苏南",
    "平均",
    "鼓楼区",
    "鼓楼",
    "市",
    "区",
    "县",
    "、",
    "和",
    "高新区",
    "大湾区",
    "粤港澳大湾区",
    "临安",
    "临安区",
    "中",
    " ",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=12).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_word_scan_finds_what_the_alternation_finds(text, cut_lo, cut_hi):
    from kjstats import home, places
    from kjstats.gazetteer import gazetteer
    from kjstats.lexicon import alternation, table

    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    short = list(places.names().short) + table("placewords")["macro"]["names"]
    pattern = compile_pattern(alternation(short))
    assert places.WordScan(short).spans(text, lo, hi) == [m.span() for m in pattern.finditer(text, lo, hi)]
    forms = [f for f in gazetteer().forms if len(f) >= 2]
    assert home._forms_in(text, lo, hi) == [
        m.span() for m in compile_pattern(alternation(forms)).finditer(text, lo, hi)
    ]


def test_word_scan_with_a_one_character_word_asks_the_pattern():
    from kjstats.lexicon import alternation
    from kjstats.places import WordScan

    words = ["市", "市场", "场"]
    pattern = compile_pattern(alternation(words))
    assert WordScan(words).spans("市场场市", 0, 4, pattern) == [(0, 2), (2, 3), (3, 4)]


UNIT_PIECES = [
    "5",
    "12.5",
    "万",
    "亿",
    "元",
    "亿元",
    "%",
    "个百分点",
    "件",
    "/",
    "万人",
    "平方米",
    " ",
    "\u3000",
    "\u200b",
    "家",
    "年",
    "月",
    "吨",
    "倍",
    "成",
    "G",
    "、",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(UNIT_PIECES), max_size=10).map("".join))
def test_the_unit_looked_up_is_the_one_the_pattern_matches(text):
    from kjstats import figures, figurewords

    scanner = figures._Scanner(text)
    unit_re = figurewords.figure_words().unit_re
    for i in range(len(text) + 1):
        m = unit_re.match(text, i, len(text))
        assert scanner._unit_word(i) == ((m.group(1), m.start(1), m.end()) if m else (None, i, i)), i


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["中", "文", ".", "。", "；", "!", "?", "1", "a", " ", "(", ")", "%", "\n"]), max_size=14
    ).map("".join)
)
def test_sentence_ends_as_written_before(text):
    from kjstats import layout

    # (the Latin stop after a Chinese character, a % or a closing bracket, as written plainly)
    before = re.compile(f"[{layout.SENTENCE_END}]" + r"|(?<=[\u4e00-\u9fff%）)])\.(?=[\s\u4e00-\u9fff(]|$)")
    for lo in range(len(text) + 1):
        assert [m.span() for m in layout.ENDS.finditer(text, lo)] == [m.span() for m in before.finditer(text, lo)]


def test_a_media_outlet_is_read_where_its_place_ends():
    # home asks the media pattern with a position (media.match(text, place.end)); a pattern
    # written with ^ matches there only at the text's start, so 福建日报 was never an outlet
    from kjstats.home import _patterns

    media = _patterns()[1]
    assert media.match("据福建日报报道", 3) is not None
    assert media.match("据福建省科技厅", 3) is None
