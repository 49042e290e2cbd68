"""parse_number: one whole numeral expression -> exact Decimal, or ValueError."""

import pathlib
import subprocess
import sys
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjstats.numerals import MAX_LEN, parse_number

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"

MUST_PARSE = [
    # Arabic
    ("7", "7"),
    ("0", "0"),
    ("-0", "0"),
    ("007", "7"),
    ("3.1416", "3.1416"),
    (".75", "0.75"),
    ("-.25", "-0.25"),
    ("6.500", "6.5"),
    ("+12", "12"),
    ("2,345,678", "2345678"),
    ("98,765.4321", "98765.4321"),
    ("１２．７５", "12.75"),  # full-width digits and point
    ("3，456", "3456"),  # full-width comma in thousands position
    ("−8", "-8"),  # U+2212 minus sign
    ("负42", "-42"),
    ("負0.7", "-0.7"),
    ("3e4", "30000"),
    ("-2.5e3", "-2500"),
    ("4.2E-2", "0.042"),
    ("7.1e+2", "710"),
    ("3^4", "81"),
    ("0.5^3", "0.125"),
    ("4^-2", "0.0625"),
    ("-2^+3", "-8"),
    ("10^--2", "100"),  # a run of signs in a power's exponent multiplies out
    ("1.5^2", "2.25"),
    ("7/4", "1.75"),
    ("-9/8", "-1.125"),
    ("12k", "12000"),
    ("2.5K", "2500"),
    # Chinese digits and units
    ("零", "0"),
    ("两", "2"),
    ("九", "9"),
    ("十", "10"),
    ("十七", "17"),
    ("三十", "30"),
    ("八十六", "86"),
    ("三百零七", "307"),
    ("六千零二十", "6020"),
    ("七千零九", "7009"),
    ("两万零三百", "20300"),
    ("三千六", "3600"),  # a last bare digit is one unit below: 三千六百
    ("八百八", "880"),
    ("百五", "150"),
    ("千八", "1800"),
    ("六万七", "67000"),
    ("三十二万五", "325000"),
    ("零十五", "15"),
    ("二百零十万", "2100000"),
    ("八万万", "800000000"),
    ("三兆零五万", "3000000050000"),
    ("六万亿", "6000000000000"),
    ("两万五千亿", "2500000000000"),
    ("十二亿零三十万零八", "1200300008"),
    ("一百一十", "110"),
    ("二〇一九", "2019"),  # three or more digits, or a zero: place by place
    ("一九四九", "1949"),
    ("负 一九四九", "-1949"),
    # traditional and financial forms
    ("貳仟零壹拾", "2010"),
    ("叁萬陸仟", "36000"),
    ("玖佰玖拾玖", "999"),
    ("參億", "300000000"),
    ("兩百", "200"),
    ("倆千", "2000"),
    ("柒拾捌萬", "780000"),
    # dozens and halves
    ("半千", "500"),
    ("三打", "36"),
    ("两打", "24"),
    ("二十打", "240"),
    # mixed Arabic and Chinese
    ("16.4亿", "1640000000"),
    ("3.27万亿", "3270000000000"),
    ("0.8万", "8000"),
    ("2,500万", "25000000"),
    ("3,200.5亿", "320050000000"),
    ("6万3000", "63000"),
    ("12万8千", "128000"),
    ("9 万 2 千 1 百", "92100"),
    ("5千零60万", "50600000"),
    ("300   亿", "30000000000"),
    ("12000万", "120000000"),
    ("3千5", "3500"),
    ("1亿2.5万", "100025000"),
    ("20万万", "2000000000"),
    # 点
    ("三点一四", "3.14"),
    ("零点零五", "0.05"),
    ("负二点五", "-2.5"),
    ("二十点零八", "20.08"),
    ("六千三点二", "6300.2"),
    ("五百万点二五", "5000000.25"),
    ("一万零三点七", "10003.7"),
    ("三点五万", "35000"),
    ("十二点五亿", "1250000000"),
    ("七 千 二 百 万 点 五", "72000000.5"),
    ("八點八", "8.8"),
    # approximation words give the base value
    ("三十余", "30"),
    ("两百多", "200"),
    ("二十余万", "200000"),
    ("六千多亿", "600000000000"),
    ("300余万", "3000000"),
    ("50多", "50"),
    ("四十几", "40"),
    ("三百几十", "300"),
    ("五十几万", "500000"),
    ("两千零几万", "20000000"),
    ("八 百 余 万", "8000000"),
    ("十来万", "100000"),
    ("一千餘萬", "10000000"),
    # fractions
    ("四分之一", "0.25"),
    ("百分之三十五", "0.35"),
    ("百分之五点五", "0.055"),
    ("千分之七", "0.007"),
    ("万分之二", "0.0002"),
    ("八分之三", "0.375"),
    ("三分之二", "0.666666666666667"),
    ("七分之一", "0.142857142857143"),
    ("二又四分之三", "2.75"),
    ("负三又八分之一", "-3.125"),
    ("十又10分之3", "10.3"),
    ("一千又二十万分之五十", "1000.00025"),
    ("四 分 之 三", "0.75"),
    ("五十分之二十五", "0.5"),
    ("一百二十五分之一千", "8"),
    ("6又百分之50", "6.5"),
    ("负九分之一", "-0.111111111111111"),
]

MUST_REJECT = [
    "",
    "   ",
    "-",
    "负",
    "xyz",
    "3五",
    "4.5.6",
    "1.",
    ".",
    "1,23",
    "12,3456",
    ",123",
    "0,123",
    "1,234,56",
    "1 2",  # two numbers, not one
    "3, 456",
    "2019年",
    "第五",
    "2~4",
    "7-9",
    "6+1",
    "3%",
    "--3",
    "负-3",
    "万",
    "亿",
    "兆",
    "万亿",
    "余",
    "多",
    "几",
    "余多",
    "几十万",  # a leading 几 has no base value
    "半",
    "十半",
    "打",
    "三打打",
    "三四",  # "three or four"
    "一 九 四 九",  # no place-by-place reading across spaces
    "七八万",
    "十十",
    "一百十",  # a bare 十 only leads the numeral or follows 零: 一百一十
    "八百两",  # 两 counts hundreds and up; here it is taels
    "两十",
    "〇千一",  # 零 leads only 零点五 and 零十
    "零零五万",
    "一万三亿",
    "九十二万四点五",
    "6点七万六",
    "半千二",
    "十余万三千",
    "3.6百53",
    "1千20",  # 1020 or 1200? 1千零20 is clear
    "8万64",
    "9千0",
    "亿兆",
    "七亿兆",
    "百千",
    "三万四万",
    "五千零",
    "一千零3000",
    "6万70000",
    "15千",
    "0千",
    "一百2.5",
    "1万2.5",
    "亿万",
    "一亿万",
    "3.5万4亿",
    "点五",
    "十点",
    "三点五十",
    "三点一点四",
    "十几多",
    "二十多三",
    "分之一",
    "五分之",
    "又三分之一",
    "零分之三",
    "3/0",
    "1/2/3",
    "2^1.5",
    "0^-2",
    "2^^3",
    "e5",
    "1e",
    "1e5.5",
    "k",
    "万k",
    "1e1001",
    "1e-1001",
    "2^99999999",
    "1e999999999",
    "9" * 1001,  # more than MAX_DIGITS digits
]


@pytest.mark.parametrize(("text", "want"), MUST_PARSE)
def test_must_parse(text, want):
    got = parse_number(text)
    assert isinstance(got, Decimal)
    assert got == Decimal(want)
    assert str(got) == want  # canonical form: no trailing zeros, no exponent for these


@pytest.mark.parametrize("text", MUST_REJECT)
def test_must_reject(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_exact_not_float():
    assert parse_number("16.4亿") == Decimal(1640000000)
    assert parse_number("0.1") + parse_number("0.2") == Decimal("0.3")
    # a power is exact: 1.1^23 terminates, so nothing is rounded
    assert parse_number("1.1^23") == Decimal("8.95430243255237372246531")


def test_non_string_is_type_error():
    with pytest.raises(TypeError):
        parse_number(12)


NUMERAL_CHARS = list("0123456789.,-+^eEk/ 　０１．，") + list(
    "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億兩倆貳陸幾點负負余多几半打又分之来"
)


@settings(max_examples=1500, deadline=None)
@given(st.text())
def test_arbitrary_text_is_decimal_or_value_error(text):
    try:
        assert isinstance(parse_number(text), Decimal)
    except ValueError:
        pass


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet=st.sampled_from(NUMERAL_CHARS), max_size=30))
def test_numeral_text_is_decimal_or_value_error(text):
    try:
        assert isinstance(parse_number(text), Decimal)
    except ValueError:
        pass


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=-(10**30), max_value=10**30), st.integers(min_value=0, max_value=12))
def test_arabic_round_trip(n, places):
    text = str(Decimal(n).scaleb(-places))
    if "E" in text:
        return
    assert parse_number(text) == Decimal(text)
    grouped = f"{abs(n):,}"
    assert parse_number(("-" if n < 0 else "") + grouped) == n


@pytest.mark.parametrize(
    "text",
    [
        "7" * 200_000,
        "万" * 200_000,
        "一" * 200_000,
        "1," * 100_000,
        "1." * 100_000,
        "一万" * 100_000,
        "十" * 200_000,
        " " * 200_000 + "5",
        "1^" + "-" * 200_000 + "2",
        "九" + "万" * 200_000,
        "1" * 100_000 + "e5",
        "2^" + "9" * 200_000,
        # just under MAX_LEN, so that the parser itself (not the length cap) does the work
        "7" * (MAX_LEN - 1),
        "1," * (MAX_LEN // 2 - 1),
        "1." * (MAX_LEN // 2 - 1),
        "万" * (MAX_LEN - 1),
        "九" + "万" * (MAX_LEN - 2),
        "一" * (MAX_LEN - 1),
        "一万" * (MAX_LEN // 2 - 1),
        "三点" + "五" * (MAX_LEN - 3),
        "1^" + "-" * (MAX_LEN - 8) + "1000",
        "9" * 999 + "^1000",
    ],
)
def test_pathological_inputs_are_fast(text):
    start = time.perf_counter()
    try:
        parse_number(text)
    except ValueError:
        pass
    assert time.perf_counter() - start < 1.0


@pytest.mark.skipif(not (SHARED / "rt_numbers.py").exists(), reason="../shared not present")
def test_recognizers_text_suite():
    run = subprocess.run(
        [sys.executable, str(SHARED / "rt_numbers.py"), "--min", "90"], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr
