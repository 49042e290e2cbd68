"""Time phrases: 2023年, 1—5月, 上半年, 截至11月底, 去年, 十四五 — what time each names, and
whether it sets the time of the figures after it (not a comparison base 比上年, a plan year
到2025年, a batch 2024年度第一批, a dateline 7月15日).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from .home import scope_word_kind
from .lexicon import alternation, compile_pattern, rx, table

# A year written in digits (2023): the one piece every pattern of a year is built from; and in
# numerals (二〇二三, as a signature or a formal title writes it).
YEAR: Final = r"(?:19|20)[0-9]{2}"
ZH_YEAR: Final = "(?:二〇|一九)[〇零一二三四五六七八九]{2}"

ZH_MONTH: Final = "一二三四五六七八九十"
FIVE_YEAR_PLANS: Final = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}


def zh_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + digits.get(s[1], 0)
    if s.endswith("十"):
        return digits.get(s[0], 0) * 10
    if "十" in s:
        a, b = s.split("十")
        return digits.get(a, 0) * 10 + digits.get(b, 0)
    return digits.get(s, 0)


# --- time phrases ---------------------------------------------------------------------------


@dataclass(slots=True, init=False)
class TimePhrase:
    start: int
    end: int
    year: int | None  # written year, if any
    months: tuple | None  # (first, last) month, or None for a whole year
    year_end: int | None  # for a span of years (2012-2016年, 十三五)
    relative: int  # 去年 = -1
    sets_period: bool  # False for a comparison base, a plan year, a batch name
    why: str  # why it does not set the period (compare, plan, batch), or sets it only so (since, target, earlier, evaluation)
    document_level: bool  # may stand for the whole document (not 十三五 in a title)
    now: bool  # 今年, 年内, 今年一季度: the year of writing
    to_date: bool
    years_back: int  # 五年来: the last five full years before the time of writing
    moment: bool  # 目前, 截至目前: the moment of writing
    # iso() is asked for every figure the phrase governs: its last answer, and for which base year
    _iso_base: int | None = field(init=False, repr=False, compare=False)
    _iso_text: str = field(init=False, repr=False, compare=False)

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(
        self,
        start: int,
        end: int,
        year: int | None,
        months: tuple | None,
        year_end: int | None = None,
        relative: int = 0,
        sets_period: bool = True,
        why: str = "",
        document_level: bool = True,
        now: bool = False,
        to_date: bool = False,
        years_back: int = 0,
        moment: bool = False,
    ) -> None:
        self.start, self.end, self.year, self.months = start, end, year, months
        self.year_end, self.relative, self.sets_period, self.why = year_end, relative, sets_period, why
        self.document_level, self.now = document_level, now
        self.to_date = to_date  # 截至11月: reported as from January, or at that month for a stock
        self.years_back = years_back
        self.moment = moment
        self._iso_base, self._iso_text = None, ""

    def iso(self, doc_year: int | None, now_year: int | None = None, now_month: int | None = None) -> str:
        if self.moment and now_year and now_month and now_month < REPORTING_FROM_MONTH:
            # 截至目前 early in a year: the month of writing (its year has barely begun; later on,
            # the year of writing, as 今年)
            return f"{now_year}-{now_month:02d}"
        # the year of writing for 今年 and 去年, else the document's (or, without one, its date's)
        base = now_year if (self.now and now_year) else (doc_year or now_year)
        if self.years_back and now_year and now_month and now_month < REPORTING_FROM_MONTH:
            base = now_year - 1  # 过去五年 in a text of early 2023: 2018 to 2022
        if self._iso_text and self._iso_base == base:
            return self._iso_text
        self._iso_base, self._iso_text = base, self._iso(base)
        return self._iso_text

    def _iso(self, base: int | None) -> str:
        if self.years_back:
            return f"{base - self.years_back + 1}/{base}" if base else ""
        year = self.year if self.year is not None else (base + self.relative if base else None)
        if self.year_end is not None and self.year is not None:
            if self.why == "since" and base and base >= self.year:
                return f"{self.year}/{base}"  # 十四五以来 in a report on 2023: 2021 to 2023 (十三五以来: 2016 to 2023)
            return f"{self.year}/{self.year_end}"
        if year is None:
            return ""
        if self.why == "since" and self.months is None and base and base > year:
            return f"{year}/{base}"  # 2017年以来 in a report on 2023: the years 2017 to 2023
        if self.months is None:
            return str(year)
        a, b = self.months
        if (a, b) == (1, 12):
            return str(year)  # 1-12月, 截至12月底 for a flow: the whole year
        return f"{year}-{a:02d}" if a == b else f"{year}-{a:02d}/{year}-{b:02d}"


@cache
def _relative() -> dict[str, int]:
    tw = table("timewords")["relative"]
    return {**tw["now"], **tw["text"]}


# The time pattern's named groups in order; _phrases_in_window reads them by these indexes.
DAY: Final = "日"  # 8月15日: a date (截至8月15日: the time up to its month)
TIME_GROUPS: Final = tuple(
    "plan pe y1 y2 y yz du q1 q2 span m1 m2 mo me ye q3 q4 span2 m3 m4 n rel relspan yw mo2 me2 ny ny2".split()
)
G_PLAN: Final = 0
G_PE: Final = 1
G_Y1: Final = 2
G_Y2: Final = 3
G_Y: Final = 4
G_YZ: Final = 5
G_DU: Final = 6
G_Q1: Final = 7
G_Q2: Final = 8
G_SPAN: Final = 9
G_M1: Final = 10
G_M2: Final = 11
G_MO: Final = 12
G_ME: Final = 13
G_YE: Final = 14
G_Q3: Final = 15
G_Q4: Final = 16
G_SPAN2: Final = 17
G_M3: Final = 18
G_M4: Final = 19
G_N: Final = 20
G_REL: Final = 21
G_RELSPAN: Final = 22
G_YW: Final = 23
G_MO2: Final = 24
G_ME2: Final = 25
G_NY: Final = 26
G_NY2: Final = 27


@cache
def _time_pattern() -> re.Pattern:
    tw = table("timewords")
    spans = alternation(tw["spans"])
    year_words = alternation(tw["words"]["year"] + tw["words"]["now"] + tw["words"]["year_end"])
    m = rf"(?:[0-9]{{1,2}}|[{ZH_MONTH}]{{1,2}})"
    quarters = tw["quarters"]
    q = "[" + "".join(quarters["numerals"]) + "]"  # 一至三季度, 1-3季度: its first to its last
    quarter = alternation(quarters["word"])
    # 五年来, 过去五年, 近3年: the years up to the last before the time of writing
    span_before, span_after = (alternation(tw["words"][k]) for k in ("span_before", "span_after"))
    years = rf"(?:[0-9]{{1,2}}|[{ZH_MONTH}两]{{1,2}})"
    sep = r"[ ]?[~\-—–至到][ ]?"
    # How a phrase can begin, a necessary condition of the branches below (a year, a month
    # numeral before a range sign or 月, 十X五, 二〇/一九, 前N, 去年/上年/前年, the first two
    # characters of a span or year word), its first character tested alone before: most
    # positions of a window fail there at once instead of trying every branch.
    words = list(tw["spans"]) + tw["words"]["year"] + tw["words"]["now"] + tw["words"]["year_end"]
    heads = {w[:2] for w in words}
    rel = {**tw["relative"]["now"], **tw["relative"]["text"]}
    spans_of_years = tw["words"]["span_before"]
    first = "".join(
        sorted(
            set("0123456789" + ZH_MONTH) | {w[0] for w in words + spans_of_years} | {w[0] for w in rel} | {"前", "两"}
        )
    )
    gate = "|".join(
        [
            YEAR,
            rf"[0-9{ZH_MONTH}]{{1,2}}[ ]?[~\-—–至到月]",
            ZH_YEAR,
            rf"(?:{span_before})?{years}年",
            r"十[一二三四五]五",
            rf"前[0-9{ZH_MONTH}两]",
            alternation(rel),
            alternation(heads),
        ]
    )
    end = "底|末"  # (11月底, 年末; 二季度末: a span's end is of the span)
    src = rf"""
    (?=[{re.escape(first)}])(?=(?:{gate}))
    (?:
      (?P<plan>十[一二三四五]五)(?:(?P<pe>”?(?:末期|期末|末))|期间|时期)?
    | (?P<y1>{YEAR})年?{sep}(?P<y2>{YEAR})[ ]?年
    | (?:(?:(?P<y>{YEAR})|(?P<yz>{ZH_YEAR}))[ ]?年(?P<du>度)?[ ]?)
      (?:(?P<q1>{q}){sep}(?P<q2>{q})[ ]?(?:{quarter})|(?P<span>{spans})(?:{end})?|(?P<m1>{m}){sep}(?P<m2>{m})[ ]?月份?|(?P<mo>{m})[ ]?月份?(?P<me>{end})?|(?P<ye>{end}))?
    | (?P<q3>{q}){sep}(?P<q4>{q})[ ]?(?:{quarter})
    | (?P<span2>{spans})(?:{end})?
    | (?P<m3>{m}){sep}(?P<m4>{m})[ ]?月份?
    | 前(?P<n>{m}|两)个月
    | (?P<rel>{alternation(rel)})(?P<relspan>{spans})?
    | (?P<yw>{year_words})
    | (?P<mo2>{m})[ ]?月份?(?:(?P<me2>{end})(?![0-9])|(?![0-9])|(?=[0-9]{{1,2}}{DAY}))
    | (?:{span_before})(?P<ny>{years})[ ]?年(?:{span_after})? | (?P<ny2>{years})[ ]?年(?:{span_after})
    )"""
    # the standard library engine runs this many-branched pattern about twice as fast
    pattern = re.compile(src, re.VERBOSE)
    if tuple(pattern.groupindex) != TIME_GROUPS:
        raise RuntimeError(f"time pattern's groups {tuple(pattern.groupindex)} are not {TIME_GROUPS}")
    return pattern


@cache
def _modal_plan() -> re.Pattern:
    # 计划 or 目标 as what is planned for the year (计划新增, 目标实现), not a plan's name
    # (2025年工作计划, 计划：, 计划和目标): a plan word then a Chinese character that goes on the clause
    tw = table("timewords")["words"]
    words, joins = alternation(tw["plan_for"]), alternation(tw["plan_name_joins"])
    return re.compile(rf"[ ]?(?:{words})(?!{joins})[\u4e00-\u9fff]")


def _plans_for(folded: str, e: int, hi: int) -> bool:
    return bool(_modal_plan().match(folded, e, min(hi, e + 6)))


@cache
def _evaluation_after():
    words = alternation(table("timewords")["words"]["evaluation_after"])
    return compile_pattern(rf"[^，。；,;:：\n]{{0,12}}?(?:{words})")


def _names_evaluation(folded: str, e: int, hi: int) -> bool:
    """Whether the noun a year stands before is an evaluation or a ranking (2023年度国家高新区
    综合评价结果): the figures read from it are of that year, so the year is no batch's."""
    return _evaluation_after().match(folded, e, hi) is not None


# The phrases that frame their own clause only: an earlier event (继2020年…后), the year of a noun
# (上年度研发费用), the months of the work a report is on (5月至7月，…开展检查。现将检查情况报告如下).
REPORTS_WORK: Final = "the report's work"
# (过去一年 is the time spoken of, wherever it stands: 充分肯定过去一年取得的成绩; no base)
SPAN_OPEN: Final = tuple(table("timewords")["words"]["span_before"])
CLAUSE_ONLY: Final = frozenset(("earlier", "of noun", REPORTS_WORK))
WHOLE_BEFORE: Final = tuple(table("timewords")["words"]["whole_before"])
REPORT_FOLLOWS: Final = tuple(table("timewords")["words"]["report_follows"])
INSPECTIONS: Final = tuple(table("timewords")["words"]["inspections"])
REPORT_REACH: Final = 200  # (how far after the months the lead says so: no scan to a long text's end)


@cache
def _of_noun() -> re.Pattern:
    tw = table("timewords")["words"]
    return re.compile(rf"(?:{alternation(tw['of_noun'])})(?!{alternation(tw['compare_after'])})[\u4e00-\u9fff]")


@cache  # built once: the filters are read for every window of every document
def _time_filters():
    tw = table("timewords")["words"]
    cues = table("cues")
    compare_before = cues["comparison"]["with"] + cues["name"]["compared_with"]
    named = rf"(?:(?!{alternation(tw['plan_named_not'])})\p{{Han}}){{1,4}}?(?:{alternation(tw['plan_named'])})"
    return (
        compile_pattern(rf"(?:{alternation(compare_before)})[上同]?$"),
        compile_pattern(rf"^(?:{alternation(tw['compare_after'])})"),
        compile_pattern(rf"^[ ]?(?:{alternation(tw['plan_after'])}|{named})"),
        frozenset(tw["year_end"]),
        compile_pattern(rf"(?:{alternation(tw['earlier_before'])})$"),
    )


# Every time phrase holds one of these; scanning only the windows around them is much faster
# than trying the whole pattern at every position.
_ANCHORS: Final = "年月季五"
# (a word of the time of writing without one, 目前, 当前, is anchored by its last character)
TIME_ANCHOR: Final = re.compile(
    "["
    + _ANCHORS
    + "".join(sorted({w[-1] for w in table("timewords")["words"]["now"] if not set(w) & set(_ANCHORS)}))
    + "]"
)
# A phrase begins at most 12 characters before its first anchor ("2012 - 2016 年"); the test
# of the windows against a whole scan (tests/test_patterns.py) fails at 11.
ANCHOR_BEFORE, ANCHOR_AFTER = 12, 8


def _time_windows(folded: str, lo: int, hi: int):
    """Merged [start, end) windows around the anchors: any phrase lies inside one of them."""
    w0 = w1 = None
    for m in TIME_ANCHOR.finditer(folded, lo, hi):
        a, b = max(lo, m.start() - ANCHOR_BEFORE), min(hi, m.end() + ANCHOR_AFTER)
        if w1 is not None and a <= w1:
            w1 = b
            continue
        if w1 is not None:
            yield w0, w1
        w0, w1 = a, b
    if w1 is not None:
        yield w0, w1


def find_time_phrases(folded: str, lo: int, hi: int) -> list[TimePhrase]:
    out = []
    for a, b in _time_windows(folded, lo, hi):
        out.extend(_phrases_in_window(folded, a, b, lo, hi))
    if "." in folded or "/" in folded or "-" in folded:
        # 截至2024.06.30: a date written in numerals only, up to which a figure is counted
        dated = [
            TimePhrase(m.start("y"), m.end(), int(m["y"]), (int(m["m"]),) * 2, to_date=True)
            for m in _UP_TO_DATE.finditer(folded, lo, hi)
            if 1 <= int(m["m"]) <= 12
        ]
        if dated:
            out = sorted(out + dated, key=lambda p: p.start)
    return _joined_lists(folded, out)


@cache
def _month_parts() -> tuple[str, ...]:
    return tuple(table("timewords")["words"]["month_parts"])


SIGNATURE: Final = compile_pattern(r"[ \u3000]*\p{Han}{2,24}[ \u3000]+")


def _signed(folded: str, s: int, e: int) -> bool:
    """Whether the phrase at folded[s:e] ends a line that holds only a name before it (an
    issuer's date line, 迁安市科学技术局　　2024年9月)."""
    start = folded.rfind("\n", 0, s) + 1
    end = folded.find("\n", e)
    rest = folded[e : len(folded) if end < 0 else end]
    return not rest.strip() and SIGNATURE.fullmatch(folded, start, s) is not None


def _joined_lists(folded: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """上半年和下半年, 一季度、二季度: parts of one year joined together cover what they span."""
    out = list(phrases)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.months
            and b.months
            and a.year_end is None
            and b.year_end is None
            and (b.year is None or b.year == a.year)
            and folded[a.end : b.start] in ("和", "及", "、", "与", "至")
            and a.sets_period
            and b.sets_period
        ):
            span = (min(a.months[0], b.months[0]), max(a.months[1], b.months[1]))
            months = None if span == (1, 12) else span
            whole = replace(b, months=months, year=a.year if a.year is not None else b.year)
            out[k] = replace(a, sets_period=False, why="list")
            out[k + 1] = whole
    return out


def _phrases_in_window(folded: str, a: int, b: int, lo: int, hi: int) -> list[TimePhrase]:
    spans = table("timewords")["spans"]
    before_re, after_re, plan_re, year_end_words, earlier_re = _time_filters()
    out = []
    for m in _time_pattern().finditer(folded, a, b):
        s, e = m.span()
        if s > 0 and folded[s - 1].isdigit():
            continue
        g = m.groups()  # by index: a group looked up by name costs a dict lookup
        year = int(g[G_Y]) if g[G_Y] else (zh_year(g[G_YZ]) if g[G_YZ] else None)
        months = None
        year_end = None
        relative = 0
        years_back = 0
        if g[G_PLAN]:
            year, year_end = FIVE_YEAR_PLANS[g[G_PLAN]]
            if g[G_PE]:
                year, year_end = year_end, None  # 十二五末: the plan's last year
        elif g[G_Y1]:
            year, year_end = int(g[G_Y1]), int(g[G_Y2])
        elif g[G_Q1] or g[G_Q3]:
            months = (3 * zh_int(g[G_Q1] or g[G_Q3]) - 2, 3 * zh_int(g[G_Q2] or g[G_Q4]))
        elif g[G_SPAN] or g[G_SPAN2]:
            months = tuple(spans[g[G_SPAN] or g[G_SPAN2]])
        elif g[G_M1] or g[G_M3]:
            months = (zh_int(g[G_M1] or g[G_M3]), zh_int(g[G_M2] or g[G_M4]))
        elif g[G_MO] or g[G_MO2]:
            month = zh_int(g[G_MO] or g[G_MO2])
            months = (month, month)
        elif g[G_N]:
            months = (1, zh_int(g[G_N]))
        elif g[G_NY] or g[G_NY2]:
            years_back = zh_int(g[G_NY] or g[G_NY2])
            # (not 未来五年间, a plan; not 3年来首次下降 or 连续5年来, said of one year's figure)
            if not 2 <= years_back <= 10 or _not_a_span(folded, s, e):
                continue
        elif g[G_REL]:
            relative = _relative()[g[G_REL]]
            if g[G_RELSPAN]:
                months = tuple(spans[g[G_RELSPAN]])
        if months and not (1 <= months[0] <= months[1] <= 12):
            continue
        if year_end is not None and year is not None and year_end < year:
            continue
        text_before = folded[max(lo, s - 4) : s]
        after = folded[e : e + 8]  # (the longest after-word: 数据作为基期)
        why = ""
        from_before = folded[max(lo, s - 2) : s].rstrip("“")[-1:] in ("由", "从")
        multiple_of = RATIO_OF.match(folded, e, min(hi, e + 16))  # 是2018年的2.6倍
        if BASE_VALUE.match(folded, e, min(hi, e + 8)):
            why = "attributive"  # 2020年基期值42.6亿元, 2025年目标（100亿元）: that figure's only
        elif (
            (
                ATTRIBUTIVE.match(folded, e, min(hi, e + 6))
                # 由“十二五”末的全国第22位升至第16位: the start of a change, that figure only
                or (from_before and ATTRIBUTIVE_FROM.match(folded, e, min(hi, e + 10)))
            )
            # (去年 and 上年 only as a base: 由去年的, 较上年同期的55家)
            and (not g[G_REL] or folded[max(lo, s - 1) : s] in ("由", "从") or before_re.search(text_before))
            and not multiple_of
            and not rx(r"(?:是|为|相当于)$").search(folded, max(lo, s - 3), s)
        ):
            why = "attributive"  # 从2017年的0.28亿元, 相比于2019年同期的68.96亿元: this figure only
        elif multiple_of:
            why = "compare"  # 是2018年的2.6倍: the base a multiple is taken of, not the figure's time
        elif year and not months and rx(r"(?:到|至|力争到|争取到|预计到)$").search(folded, max(lo, s - 4), s):
            why = "target"  # 到2025年: a target's year, not the report's
        elif SINCE_AFTER.match(folded, e, min(hi, e + 16)) and (year or g[G_YW]):
            why = "since"  # 2023年以来: the year so far
        elif text_before.endswith(WHOLE_BEFORE) and not months:
            why = "compare"  # 占全年预算的31.4%: the time of the whole a share is of, not the share's
        elif before_re.search(text_before) or after_re.match(after):
            why = "compare"  # 相比于2020年上半年, 2017年以来, 比上年
        elif earlier_re.search(text_before):
            why = "earlier"  # 继2020年突破300亿元后: an earlier event, its own clause only
        elif g[G_PLAN] and not g[G_PE] and plan_re.match(after.lstrip('\u201d"')):
            why = "plan"  # 实施“十四五”规划: the plan's name, no time of the figures
        elif (g[G_Y] or g[G_YW]) and not months and plan_re.match(after):
            why = "plan"  # 2025年度工作计划, 2020年度第一批, 完成全年目标
            if (g[G_Y] or g[G_YW] in NOW_WORDS) and _plans_for(folded, e, hi):
                why = "target"  # 2024年计划新增300家, 今年计划再建5个: the year a plan is for, the figure's
        elif (
            g[G_DU]
            and not months
            and rx(r"\p{Han}").match(after[:1] or " ")
            and not scope_word_kind(after[:2])
            and not _opens_clause(folded, lo, s)
            and not scope_word_kind(folded[max(lo, s - 2) : s])
        ):
            # 申报2024年度省“尖兵”项目: a year naming a batch (one that opens its clause, or
            # stands by 全省 or 我省, frames it: ，2015年度上升至第11位, 我省2017年度实现…)
            # 公布2023年度…评价结果，…排名第21位: the year of an evaluation dates the figures read
            # from it, in its own sentence only
            why = "evaluation" if _names_evaluation(folded, e, hi) else "batch"
        elif g[G_REL] and not g[G_RELSPAN] and not _opens_clause(folded, lo, s) and not folded.startswith(SPAN_OPEN, s):
            # 去年/上年 inside a clause is a comparison base; 去年,全省… frames it, and so does
            # 上年度 before a noun (上年度研发费用合计7.01亿元: that year's)
            why = "of noun" if _of_noun().match(after) else "compare"
        elif months and rx(rf"^[0-9一二三四五六七八九十]{{1,3}}{DAY}").match(after) and not UP_TO.search(text_before):
            why = "date"  # 2024年7月15日: a dateline, not the time of the figures (截至8月15日 is)
        elif year and months and months[0] == months[1] and _signed(folded, s, e):
            why = "date"  # 迁安市科学技术局　　2024年9月: an issuer's date line
        elif months and months[0] == months[1] and folded.startswith(_month_parts(), e):
            why = "date"  # 7月中旬，…进入采收尾声: the date of an event, not the months reported on
        elif months and year is None and _reports_on(folded, e, hi):
            why = REPORTS_WORK  # 6月至8月，…开展专题调研…现将调研情况报告如下: not the figures' months
        now = (
            (g[G_YW] in NOW_WORDS)
            # 去年 counts from the time of writing; 上年 from the year the text speaks of
            or (year is None and g[G_REL] in table("timewords")["relative"]["now"])
            or (year is None and folded[max(lo, s - 2) : s] in ("今年", "本年"))
        )
        phrase = TimePhrase(
            s,
            e,
            year,
            months,
            year_end,
            relative,
            why in ("", "since", "target", "evaluation") or why in CLAUSE_ONLY,
            why,
            not g[G_PLAN] and why not in CLAUSE_ONLY and why != "evaluation" and not years_back,
            now,
            years_back=years_back,
            moment=g[G_YW] in MOMENT_WORDS,
        )
        # 截至11月底: the months from January to it (a stock counted then is told at period())
        phrase.to_date = bool(months and months[0] == months[1] and UP_TO.search(folded, max(lo, s - 4), s))
        out.append(phrase)
    return out


@cache
def _span_filters() -> tuple[re.Pattern, re.Pattern]:
    w = table("timewords")["words"]
    return (
        compile_pattern(rf"(?:{alternation(w['span_not_before'])})$"),
        compile_pattern(rf"(?:{alternation(w['span_not_after'])})"),
    )


def _not_a_span(folded: str, s: int, e: int) -> bool:
    """Whether a number of years (五年来, 五年间) names no span the figures cover: a future
    one (未来五年间) or the span of a first or a streak (3年来首次下降, 连续5年来)."""
    before, after = _span_filters()
    return before.search(folded, max(0, s - 3), s) is not None or after.match(folded, e, e + 3) is not None


@cache
def stock_words():
    return compile_pattern(alternation(table("timewords")["words"]["stock"]))


# 截至, 截止到, 到: the time up to a month
_UP_TO_WORDS: Final = r"(?:截至|截止|截止到|截至到)"
UP_TO: Final = compile_pattern(rf"{_UP_TO_WORDS}$")
_UP_TO_DATE: Final = compile_pattern(
    rf"{_UP_TO_WORDS}(?P<y>{YEAR})(?P<sep>[./-])(?P<m>[0-9]{{1,2}})(?P=sep)[0-9]{{1,2}}(?![0-9])"
)


def _reports_on(folded: str, e: int, hi: int) -> bool:
    """Whether the paragraph after e tells of an inspection or a survey and says the report that
    follows is on it (…开展检查。现将检查情况报告如下): its time dates that work. (Not a summary's
    现将半年来工作状况汇报如下: its work is what its figures count.)"""
    end = min(hi, e + REPORT_REACH)
    nl = folded.find("\n", e, end)
    end = nl if nl >= 0 else end
    return _any_in(folded, REPORT_FOLLOWS, e, end) and _any_in(folded, INSPECTIONS, e, end)


def _any_in(t: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    for w in words:
        if t.find(w, lo, hi) >= 0:
            return True
    return False


def _opens_clause(t: str, lo: int, s: int) -> bool:
    """Whether a phrase opens its sentence or clause (去年,全省… / 【…】去年…)."""
    j = s
    while j > lo and t[j - 1] in ' \u3000】”"':
        j -= 1
    if j <= lo or t[j - 1] in "\n。；;!?！？,，:：":
        return True
    # 三、明年工作打算, (二)今年…: a heading's number before it opens its line too
    line = t.rfind("\n", lo, j) + 1 if t.rfind("\n", lo, j) >= 0 else lo
    return HEADING_NUMBER.fullmatch(t, line, j) is not None


HEADING_NUMBER: Final = compile_pattern(rf"\s*(?:[{ZH_MONTH}]+、|\([{ZH_MONTH}0-9]+\)|[0-9]+[.、])\s*")


# A text dated after its first quarter reports on its own year (上半年 in a note of 2024年7月15日);
# one dated earlier may sum up the year before, so its date names no year.
REPORTING_FROM_MONTH: Final = 4
# Words for the year of writing: with a publication date, that date's year.
NOW_WORDS: Final = frozenset(table("timewords")["words"]["now"])
MOMENT_WORDS: Final = frozenset(table("timewords")["words"]["moment"])
# A time phrase and 的 before a figure (2017年的0.28亿元, 同期的, 年末的): its own time.
_OF_TIME: Final = r"(?:同期|年末|年底|末|底)?的"
_NUMERAL: Final = "0-9零〇一二两三四五六七八九十百千"
# A time phrase right before 的 and a number is the time of that figure alone.
ATTRIBUTIVE: Final = compile_pattern(rf"{_OF_TIME}(?=[{_NUMERAL}])")
# 由“十二五”末的全国第22位: with 由/从 before it, a few words (the field) may come between.
ATTRIBUTIVE_FROM: Final = compile_pattern(rf"{_OF_TIME}(?=\p{{Han}}{{0,4}}?[第{_NUMERAL}])")
_BASE_VALUE: Final = alternation(table("timewords")["words"]["base_value_after"])
# 2020年基期值42.6亿元, 2020年基期值（28.4亿元）: the base year's value, that figure's own time
_TARGET_NOUNS: Final = alternation(table("cues")["name"]["target_nouns"])
# ... and 2025年目标（100亿元）, 全年目标（120家）: the value a year's target is, in brackets
# 2023年以来, “十四五”以来, 2019年实施创新券政策以来: since then (a short clause may stand between)
SINCE_AFTER: Final = compile_pattern(r"\u201d?[^,;:.!?\u3002\uff0c\uff1b\u201c\u201d()0-9]{0,12}?以来")
_OPEN: Final = r"[\uff08(]"  # an opening bracket, full or half width
# 2018年的2.6倍: the time of the base of a ratio, not of the figure (a base's own value may
# stand between: 是2012年(19家)的6.6倍)
RATIO_OF: Final = compile_pattern(rf"(?:{_OPEN}[^()（）]{{1,12}}[)）])?{_OF_TIME}[.{_NUMERAL}]+倍")
# a target's noun and the bracket its value stands in (plans.py reads it too: that value is a target)
TARGET_BRACKET: Final = rf"(?:{_TARGET_NOUNS}){_OPEN}"
BASE_VALUE: Final = compile_pattern(rf"(?:(?:{_BASE_VALUE}){_OPEN}?|{TARGET_BRACKET})(?=[{_NUMERAL}])")
ATTRIBUTIVE_GAP: Final = compile_pattern(rf"{_OF_TIME}\p{{Han}}{{0,4}}|(?:{_BASE_VALUE}){_OPEN}?|{TARGET_BRACKET}")
ZH_DIGIT_VALUE: Final = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def zh_year(s: str) -> int:
    return int("".join(str(ZH_DIGIT_VALUE[c]) for c in s))
