"""Where a figure stands: paragraphs, sentences, headings, and the period and region in scope.

Scope rules (records.md): a time phrase governs the figures after it to the end of its sentence;
a phrase that opens a sentence also sets the time of the paragraph's later sentences; a figure
with none takes the document's leading time phrase. A heading or lead naming a place sets the
region until the next one; 全区/全市/我省 mean that region; an explicit place in the sentence
before a figure wins for that figure.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from .gazetteer import gazetteer
from .home import Home, find_home, scope_word_pattern
from .lexicon import alternation, compile_pattern, rx, table
from .places import Place, find_places, heading_place, heading_stem, names

SENTENCE_END: Final = "。！？!?；;"
STRONG_END: Final = "。！？!?"
ENDS: Final = re.compile(f"[{SENTENCE_END}]")
CLAUSE_END: Final = ",，、:：()（）"
WINDOW: Final = 200  # how far scope rules look back from a figure (keeps time linear)
TITLE_MAX: Final = 40  # a paragraph this short is a title, byline or heading
SOFT_BREAK_MIN: Final = 40  # a line at least this long that stops without punctuation runs on
ZH_MONTH: Final = "一二三四五六七八九十"
FIVE_YEAR_PLANS: Final = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}


def _zh_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
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
    why: str  # why it does not set the period: compare, plan, batch
    document_level: bool  # may stand for the whole document (not 十三五 in a title)
    now: bool  # 今年, 年内, 今年一季度: the year of writing
    to_date: bool
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
    ) -> None:
        self.start, self.end, self.year, self.months = start, end, year, months
        self.year_end, self.relative, self.sets_period, self.why = year_end, relative, sets_period, why
        self.document_level, self.now = document_level, now
        self.to_date = to_date  # 截至11月: reported as from January, or at that month for a stock
        self._iso_base, self._iso_text = None, ""

    def iso(self, doc_year: int | None, now_year: int | None = None) -> str:
        # the year of writing for 今年 and 去年, else the document's (or, without one, its date's)
        base = now_year if (self.now and now_year) else (doc_year or now_year)
        if self._iso_text and self._iso_base == base:
            return self._iso_text
        self._iso_base, self._iso_text = base, self._iso(base)
        return self._iso_text

    def _iso(self, base: int | None) -> str:
        year = self.year if self.year is not None else (base + self.relative if base else None)
        if self.year_end is not None and self.year is not None:
            return f"{self.year}/{self.year_end}"
        if year is None:
            return ""
        if self.months is None:
            return str(year)
        a, b = self.months
        return f"{year}-{a:02d}" if a == b else f"{year}-{a:02d}/{year}-{b:02d}"


@cache
def _time_pattern() -> re.Pattern:
    tw = table("timewords")
    spans = alternation(tw["spans"])
    year_words = alternation(tw["words"]["year"] + tw["words"]["year_end"])
    m = rf"(?:[0-9]{{1,2}}|[{ZH_MONTH}]{{1,2}})"
    sep = r"[ ]?[~\-—–至到][ ]?"
    # How a phrase can begin, a necessary condition of the branches below (a year, a month
    # numeral before a range sign or 月, 十X五, 二〇/一九, 前N, 去年/上年/前年, the first two
    # characters of a span or year word), its first character tested alone before: most
    # positions of a window fail there at once instead of trying every branch.
    words = list(tw["spans"]) + tw["words"]["year"] + tw["words"]["year_end"]
    heads = {w[:2] for w in words}
    first = "".join(sorted(set("0123456789" + ZH_MONTH + "前去上") | {w[0] for w in words}))
    gate = "|".join(
        [
            r"(?:19|20)[0-9]{2}",
            rf"[0-9{ZH_MONTH}]{{1,2}}[ ]?[~\-—–至到月]",
            "二〇|一九",
            r"十[一二三四五]五",
            rf"前[0-9{ZH_MONTH}两]",
            "去年|上年|前年",
            alternation(heads),
        ]
    )
    src = rf"""
    (?=[{re.escape(first)}])(?=(?:{gate}))
    (?:
      (?P<plan>十[一二三四五]五)(?:期间|时期|以来)?
    | (?P<y1>(?:19|20)[0-9]{{2}}){sep}(?P<y2>(?:19|20)[0-9]{{2}})[ ]?年
    | (?:(?:(?P<y>(?:19|20)[0-9]{{2}})|(?P<yz>(?:二〇|一九)[〇零一二三四五六七八九]{{2}}))[ ]?年(?P<du>度)?[ ]?)
      (?:(?P<span>{spans})|(?P<m1>{m}){sep}(?P<m2>{m})[ ]?月份?|(?P<mo>{m})[ ]?月份?(?P<me>底|末)?|(?P<ye>底|末))?
    | (?P<span2>{spans})
    | (?P<m3>{m}){sep}(?P<m4>{m})[ ]?月份?
    | 前(?P<n>{m}|两)个月
    | (?P<rel>去年|上年|前年)(?P<relspan>{spans})?
    | (?P<yw>{year_words})
    | (?P<mo2>{m})[ ]?月份?(?P<me2>底|末)?(?![0-9])
    )"""
    # the standard library engine runs this many-branched pattern about twice as fast
    return re.compile(src, re.VERBOSE)


@cache
def _time_filters():
    tw = table("timewords")["words"]
    return (
        compile_pattern(rf"(?:{alternation(tw['compare_before'])})[上同]?$"),
        compile_pattern(rf"^(?:{alternation(tw['compare_after'])})"),
        compile_pattern(rf"^[ ]?(?:{alternation(tw['plan_after'])})"),
        frozenset(tw["year_end"]),
    )


# Every time phrase holds one of these; scanning only the windows around them is much faster
# than trying the whole pattern at every position.
TIME_ANCHOR: Final = re.compile(r"[年月季五]")
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
    return _joined_lists(folded, out)


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
    before_re, after_re, plan_re, year_end_words = _time_filters()
    out = []
    for m in _time_pattern().finditer(folded, a, b):
        s, e = m.span()
        if s > 0 and folded[s - 1].isdigit():
            continue
        g = m.group  # by name, only the groups asked for (groupdict builds all 21)
        year = int(g("y")) if g("y") else (_zh_year(g("yz")) if g("yz") else None)
        months = None
        year_end = None
        relative = 0
        if g("plan"):
            year, year_end = FIVE_YEAR_PLANS[g("plan")]
        elif g("y1"):
            year, year_end = int(g("y1")), int(g("y2"))
        elif g("span") or g("span2"):
            months = tuple(spans[g("span") or g("span2")])
        elif g("m1") or g("m3"):
            months = (_zh_int(g("m1") or g("m3")), _zh_int(g("m2") or g("m4")))
        elif g("mo") or g("mo2"):
            month = _zh_int(g("mo") or g("mo2"))
            months = (month, month)
        elif g("n"):
            months = (1, 2 if g("n") == "两" else _zh_int(g("n")))
        elif g("rel"):
            relative = -2 if g("rel") == "前年" else -1
            if g("relspan"):
                months = tuple(spans[g("relspan")])
        if months and not (1 <= months[0] <= months[1] <= 12):
            continue
        if year_end is not None and year is not None and year_end < year:
            continue
        text_before = folded[max(lo, s - 4) : s]
        after = folded[e : e + 4]
        why = ""
        if (
            ATTRIBUTIVE.match(folded, e, min(hi, e + 6))
            and (not g("rel") or folded[max(lo, s - 1) : s] in ("由", "从"))
            and not RATIO_OF.match(folded, e, min(hi, e + 16))
            and not rx(r"(?:是|为|相当于)$").search(folded, max(lo, s - 3), s)
        ):
            why = "attributive"  # 从2017年的0.28亿元, 相比于2019年同期的68.96亿元: this figure only
        elif year and not months and rx(r"(?:到|至|力争到|争取到|预计到)$").search(folded, max(lo, s - 4), s):
            why = "target"  # 到2025年: a target's year, not the report's
        elif folded.startswith("以来", e) and (year or g("yw")):
            why = "since"  # 2023年以来: the year so far
        elif before_re.search(text_before) or after_re.match(after):
            why = "compare"  # 相比于2020年上半年, 2017年以来, 比上年
        elif (g("y") or g("yw")) and not months and plan_re.match(after):
            why = "plan"  # 2025年度工作计划, 2020年度第一批, 完成全年目标
        elif (
            g("du")
            and not months
            and rx(r"\p{Han}").match(after[:1] or " ")
            and after[:2] not in ("全区", "全市", "全省", "全县", "全国", "我省", "我市", "我区", "我县")
        ):
            why = "batch"  # 申报2024年度省“尖兵”项目: a year naming a batch
        elif g("rel") and not g("relspan") and not _opens_clause(folded, lo, s):
            why = "compare"  # 去年/上年 inside a clause is a comparison base; 去年,全省… frames it
        elif months and rx(r"^[0-9一二三四五六七八九十]{1,3}日").match(after):
            why = "date"  # 2024年7月15日: a dateline, not the time of the figures
        now = (
            (g("yw") in NOW_WORDS)
            or (year is None and bool(g("rel")))
            or (year is None and folded[max(lo, s - 2) : s] in ("今年", "本年"))
        )
        phrase = TimePhrase(
            s, e, year, months, year_end, relative, why in ("", "since", "target"), why, not g("plan"), now
        )
        # 截至11月底: the months from January to it (a stock counted then is told at period())
        phrase.to_date = bool(months and months[0] == months[1] and UP_TO.search(folded, max(lo, s - 4), s))
        out.append(phrase)
    return out


@cache
def _stock_words():
    return compile_pattern(alternation(table("timewords")["words"]["stock"]))


# 截至, 截止到, 到: the time up to a month
UP_TO: Final = compile_pattern(r"(?:截至|截止|截止到|截至到)$")


def _opens_clause(t: str, lo: int, s: int) -> bool:
    """Whether a phrase opens its sentence or clause (去年,全省… / 【…】去年…)."""
    j = s
    while j > lo and t[j - 1] in ' \u3000】”"':
        j -= 1
    return j <= lo or t[j - 1] in "\n。；;!?！？,，:："


# Words for the year of writing: with a publication date, that date's year.
NOW_WORDS: Final = frozenset(("今年", "本年", "年内", "今年以来", "本年度"))
# A publication date or a dateline: 发布时间：2024-04-18, 2024年7月12日.
PUB_DATE: Final = compile_pattern(r"(20[0-9]{2})(?:[-/.]([0-9]{1,2})[-/.][0-9]{1,2}|年([0-9]{1,2})月[0-9]{1,2}日)")
# A text dated after its first quarter reports on its own year (上半年 in a note of 2024年7月15日);
# one dated earlier may sum up the year before, so its date names no year.
REPORTING_FROM_MONTH: Final = 4
# A title naming the year a plan is for: 璧山区科学技术局2024年工作要点.
PLAN_TITLE: Final = compile_pattern(
    r"((?:19|20)[0-9]{2})年(?:度)?(?:科技|科技创新)?(?:工作)?(?:要点|计划|思路|打算|安排)"
)
# 2018年的2.6倍: the time of the base of a ratio, not of the figure
RATIO_OF: Final = compile_pattern(r"(?:同期|年末|年底)?的[0-9.零〇一二两三四五六七八九十百千]+倍")
# A time phrase right before 的 and a number is the time of that figure alone.
ATTRIBUTIVE: Final = compile_pattern(r"(?:同期|年末|年底|末|底)?的(?=[0-9零〇一二两三四五六七八九十百千])")
ZH_DIGIT_VALUE: Final = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _zh_year(s: str) -> int:
    return int("".join(str(ZH_DIGIT_VALUE[c]) for c in s))


# --- the document's structure -----------------------------------------------------------------


@dataclass(init=False)
class Sentence:
    start: int
    end: int
    para: int
    opens: bool  # starts a paragraph or follows 。！？ (not ；)

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(self, start: int, end: int, para: int, opens: bool) -> None:
        self.start, self.end, self.para, self.opens = start, end, para, opens


@dataclass(init=False)
class Paragraph:
    start: int
    end: int
    heading: bool
    region: str  # region a heading or lead sets

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(self, start: int, end: int, heading: bool = False, region: str = "") -> None:
        self.start, self.end, self.heading, self.region = start, end, heading, region


@dataclass
class Layout:
    """Paragraphs and sentences of a text (lines that run on are joined into one paragraph)."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    soft_breaks: list[int] = field(default_factory=list)  # newlines inside a paragraph
    _starts: list[int] = field(default_factory=list)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


def _lines(text: str, lo: int, hi: int):
    i = lo
    while i < hi:
        j = text.find("\n", i, hi)
        j = hi if j < 0 else j
        yield i, j
        i = j + 1


def layout(text: str, lo: int = 0, hi: int | None = None) -> Layout:
    hi = len(text) if hi is None else hi
    out = Layout()
    para_start: int | None = None
    last_end = 0
    width = _wrap_width(text, lo, hi)
    prev_line = (0, 0)
    for s, e in _lines(text, lo, hi):
        line = text[s:e]
        if not line.strip():
            prev_line = (0, 0)
            continue
        # skip leading/trailing blanks of the line
        ls = s + (len(line) - len(line.lstrip()))
        le = s + len(line.rstrip())
        if para_start is not None and (_runs_on(text, para_start, last_end) or _wrapped(text, prev_line, width)):
            out.soft_breaks.extend(i for i in range(last_end, ls) if text[i] == "\n")
            last_end = le
            prev_line = (ls, le)
            continue
        prev_line = (ls, le)
        if para_start is not None:
            out.paragraphs.append(Paragraph(para_start, last_end))
        para_start, last_end = ls, le
    if para_start is not None:
        out.paragraphs.append(Paragraph(para_start, last_end))
    for pi, p in enumerate(out.paragraphs):
        p.heading = p.end - p.start <= 20 and text[p.end - 1] not in SENTENCE_END + "，,"
        s = p.start
        opens = True
        for m in ENDS.finditer(text, p.start, p.end):
            i = m.start()
            out.sentences.append(Sentence(s, i + 1, pi, opens))
            opens = text[i] in STRONG_END
            s = i + 1
        if s < p.end:
            out.sentences.append(Sentence(s, p.end, pi, opens))
    out._starts = [s.start for s in out.sentences]
    return out


LIST_START: Final = compile_pattern(
    r"\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十0-9]+[)）、.]|——|第[一二三四五六七八九十]+[章节条])"
)


def _wrap_width(text: str, lo: int, hi: int) -> int:
    """The width text was wrapped at (text from a PDF: many lines of the same length), or 0."""
    lengths = []
    for s, e in _lines(text, lo, hi):
        line = text[s:e]
        n = len(line.strip())
        if n >= 8 and "|" not in line:
            lengths.append(n)
    lengths.sort()
    if len(lengths) < 5:
        return 0
    width = lengths[int(len(lengths) * 0.8)]
    # digits are narrower than characters, so a wrapped line's count varies a little
    near = sum(1 for n in lengths if abs(n - width) <= max(2, width * 0.12))
    # (a PDF page holds 20 to 60 characters a line; longer "lines" are whole paragraphs)
    return width if 16 <= width <= 60 and near >= max(4, len(lengths) // 4) else 0


def _wrapped(text: str, line: tuple[int, int], width: int) -> bool:
    """A full-width line that stops without punctuation goes on in the next line."""
    s, e = line
    return (
        bool(width)
        and e > s
        and e - s >= width * 0.85
        and text[e - 1] not in SENTENCE_END + "：:…)）】]"
        and "|" not in text[s:e]
        and not LIST_START.match(text, e + 1)
    )


def _runs_on(text: str, start: int, end: int) -> bool:
    """A long line cut without punctuation continues on the next line (text from PDFs):
    text[start:end], the paragraph so far, ends without blanks."""
    return (
        end - start >= SOFT_BREAK_MIN
        and text[end - 1] not in SENTENCE_END + "”\"'）)】]:：…"
        and text.find("|", start, end) < 0
    )


# --- scope -----------------------------------------------------------------------------------


@cache
def _region_words():
    return compile_pattern(alternation(table("cues")["name"]["region_words"]))


# 在山东省13家国家高新区中位居第3位: the field a rank is taken in.
RANK_FIELD: Final = compile_pattern(r"在[^,;:。]{1,24}?(?:中|里|内|之中)(?=[^,;:。]{0,6}$)")
CLAUSE_BACK: Final = compile_pattern(r"(?r)[,;:]")
# A place right before these is the scope of a rank or a comparison, not the subject (位居绍兴市第二,
# 是全国高新区平均水平的1.3倍).
NOT_SUBJECT_AFTER: Final = compile_pattern(
    r"^(?:第|前|后|\p{Han}{0,6}?平均(?:水平|值)|平均|均值|同类|之后|之前|以外|省外|以上|排名|排|位居|位列|居|列|"
    r"影响力|性的|领先|一流|范围内?|等地|等省|等市|等城市|等国家|等地区)"
)
NOT_SUBJECT_BEFORE: Final = compile_pattern(
    r"(?:居|列|位居|位列|排名|排|高于|低于|超过|超|比|较|与|占|对接|流向|吸纳|来自|赴)$"
)


def _ends_like(region: str, word: str) -> bool:
    """Whether a region is of the kind a word like 全区 names (by its last character)."""
    return word[-1] in "区市县州" and region.endswith(word[-1])


def _most_specific(places: list[Place], prefer_gazetteer: bool = False) -> str:
    """绍兴市越城区: of the first chain of places written together, the last is the most specific.
    With prefer_gazetteer, a known administrative unit goes before a zone (金义新区(金东区))."""
    if prefer_gazetteer and any(p.adcode for p in places):
        places = [p for p in places if p.adcode]
    first = places[0]
    for nxt in places[1:]:
        if nxt.start != first.end:
            break
        first = nxt
    return first.full


# What may stand before a sentence's opening time phrase: list markers, spaces, connectives.
OPENING: Final = compile_pattern(
    r"(?:\s|[0-9]+[.、]|[一二三四五六七八九十]+[、是]|\(?[一二三四五六七八九十0-9]+\)|其中|同时|今年|此外|另外|[,，])*"
)


@dataclass(frozen=True)
class DocContext:
    """What one piece of a long document hands to the next: the document's year, time and
    place, and the region a heading set last."""

    doc_year: int | None
    doc_period: TimePhrase | None
    doc_region: str
    section_region: str
    title_category: str | None = None
    now_year: int | None = None
    section_period: TimePhrase | None = None  # the time the last heading gave its section
    plan_state: str | None = None  # ended inside a section or list of targets
    home: Home = Home()


class Scope:
    """Answers period and region for positions of one document (or of one piece of it, with
    the DocContext of the pieces before)."""

    def __init__(
        self, text: str, folded: str, lay: Layout, figure_starts: list[int], context: DocContext | None = None
    ):
        self.text, self.folded, self.lay = text, folded, lay
        self.phrases = find_time_phrases(folded, 0, len(folded))
        # the places of the whole text, found once (each sentence and the home read them)
        self._all_places = find_places(folded)
        self._place_starts = [p.start for p in self._all_places]
        self._phrase_starts = [p.start for p in self.phrases]
        self.now_year = None
        if context is None:
            date = self._publication_date()
            self.now_year = date[0] if date else None
            # a text without a year of its own reports on the year of its date, unless dated so
            # early in the year that it may sum up the year before
            dated = date[0] if date and date[1] >= REPORTING_FROM_MONTH else None
            self.doc_year = self._doc_year() or dated
            self.doc_period = next(
                (p for p in self.phrases if p.sets_period and p.document_level and p.why != "target"), None
            )
            title = self.folded[lay.paragraphs[0].start : lay.paragraphs[0].end] if lay.paragraphs else ""
            plan = PLAN_TITLE.search(title)
            if plan and "总结" in title and PLAN_TITLE.search(title, 0, plan.start()) is None:
                # 工作总结和2025年工作计划: the summary is of the year before the plan's
                self.doc_year = int(plan.group(1)) - 1
            if plan and "总结" not in title:
                # a plan's own year is the document's year and time
                self.doc_year = int(plan.group(1))
                start = lay.paragraphs[0].start + plan.start()
                self.doc_period = TimePhrase(start, start + len(plan.group(1)) + 1, self.doc_year, None)
            self.home = find_home(folded, [(p.start, p.end) for p in lay.paragraphs], self._all_places)
            self.doc_region = self.home.name
            start_region = self.doc_region
        else:
            self.doc_year, self.doc_period = context.doc_year, context.doc_period
            self.now_year = context.now_year
            if self.doc_year is None:
                # the pieces before named no year: the first piece that does, names it
                self.doc_year = self._doc_year()
                self.doc_period = self.doc_period or next(
                    (p for p in self.phrases if p.sets_period and p.document_level and p.why != "target"), None
                )
            self.doc_region, start_region = context.doc_region, context.section_region
            self.home = context.home
        self.title_category = context.title_category if context else None
        self.plan_state = context.plan_state if context else None
        self._start_period = context.section_period if context else None
        self._para_region = self._section_regions(start_region)
        self._para_period = self._section_periods()
        self._places_cache: dict[int, list[Place]] = {}
        self._codes: dict[str, str] = {}
        self._carry_cache: dict[int, tuple] = {}
        self._usable: dict[int, TimePhrase | None] = {}

    # period
    def _publication_date(self) -> tuple[int, int] | None:
        """Year and month of a publication date or dateline near the top or the end of the text."""
        paras = self.lay.paragraphs
        for p in paras[:6] + paras[-3:]:
            m = PUB_DATE.search(self.folded, p.start, p.end)
            if m:
                return int(m.group(1)), int(m.group(2) or m.group(3))
        return None

    def _doc_year(self) -> int | None:
        for p in self.phrases:
            if p.year and p.why not in ("compare", "plan", "attributive", "target", "date") and p.document_level:
                return p.year
        return None

    def _phrases_in(self, lo: int, hi: int) -> list[TimePhrase]:
        i = bisect.bisect_left(self._phrase_starts, lo)
        out = []
        while i < len(self.phrases) and self.phrases[i].start < hi:
            out.append(self.phrases[i])
            i += 1
        return out

    def period(self, pos: int) -> str:
        lay = self.lay
        si = lay.sentence_index(pos)
        sent = lay.sentences[si] if lay.sentences else None
        if sent is not None:
            lo = max(sent.start, pos - WINDOW)
            near = self._phrases_in(max(lo, pos - 12), pos)
            attr = near[-1] if near and near[-1].why == "attributive" else None
            m = ATTRIBUTIVE.match(self.folded, attr.end, pos + 1) if attr else None
            if m and m.end() == pos:
                own = near[-1]
                if own.months is None and self.folded.startswith("同期", own.end):
                    # 2019年同期: the months in force, a year earlier
                    current = self._in_force(si, lo, pos)
                    if current is not None and current.months is not None:
                        return replace(current, year=own.year, relative=0).iso(self.doc_year, self.now_year)
                return own.iso(self.doc_year, self.now_year)
            current = self._in_force(si, lo, pos)
            if current is not None and current.to_date and current.months and not self._stock(sent.start, pos):
                # 截至11月底共输出技术10223项: a flow from January; 截至11月底拥有…: the month's stock
                current = replace(current, months=(1, current.months[1]), to_date=False)
            if current is not None:
                if current.year is None and current.relative == 0 and not current.now:
                    # 2023年,…全年兑现…: a year word takes the year written before it in the paragraph
                    written = self._written_year(lay.paragraphs[sent.para].start, current.start)
                    if written is not None:
                        return replace(current, year=written).iso(self.doc_year, self.now_year)
                return current.iso(self.doc_year, self.now_year)
            section = self._para_period[sent.para] if sent.para < len(self._para_period) else None
            if section is not None:
                return section.iso(self.doc_year, self.now_year)
        if self.doc_period:
            return self.doc_period.iso(self.doc_year, self.now_year)
        return str(self.doc_year) if self.doc_year else ""

    def _stock(self, lo: int, pos: int) -> bool:
        """Whether the figure at pos counts what exists then (拥有, 有效, 累计, 总数)."""
        return bool(_stock_words().search(self.folded, max(lo, pos - WINDOW), pos))

    def _written_year(self, lo: int, pos: int) -> int | None:
        """The year of the last explicit year phrase in folded[lo:pos], if any."""
        for p in reversed(self._phrases_in(max(lo, pos - WINDOW), pos)):
            if p.year and p.year_end is None and p.why in ("", "since"):
                return p.year
        return None

    def _in_force(self, si: int, lo: int, pos: int) -> TimePhrase | None:
        """The phrase governing a position: the last one before it in its sentence, else the
        phrase opening an earlier sentence of the paragraph."""
        if True:
            inside = [p for p in self._phrases_in(lo, pos) if p.sets_period and p.end <= pos]
            if inside:
                return inside[-1]
            return self._carried(si)

    def _carried(self, si: int) -> TimePhrase | None:
        """The phrase an earlier sentence of the paragraph opened with, for a sentence with
        none of its own: within one sentence (parts joined by ；) always; across 。 only while
        the paragraph has opened with a single time frame. When it has switched frames
        (上半年… 1—5月…。 X家。), an unmarked sentence is ambiguous and takes the document's.
        Computed once per sentence, in order."""
        cache = self._carry_cache
        if si in cache:
            return self._usable.get(si)  # (cache[si][0] is carried, usable or not)
        lay = self.lay
        start = si
        while start > 0 and start - 1 not in cache and lay.sentences[start - 1].para == lay.sentences[si].para:
            start -= 1
        for j in range(start, si + 1):
            prev = j - 1
            if prev < 0 or lay.sentences[prev].para != lay.sentences[j].para:
                cache[j] = (None, frozenset(), False)
                self._usable[j] = None
                continue
            carried, frames, crossed = cache[prev]
            lead = self._opening_phrase(lay.sentences[prev]) if lay.sentences[prev].opens else None
            if lead is not None:
                carried, frames, crossed = lead, frames | {lead.iso(self.doc_year, self.now_year)}, False
            # crossing a full stop into sentence j
            crossed = crossed or lay.sentences[j].opens
            cache[j] = (carried, frames, crossed)
            self._usable[j] = carried if (not crossed or len(frames) <= 1) else None
        return self._usable.get(si)

    def _opening_phrase(self, sent: Sentence) -> TimePhrase | None:
        """A time phrase in the first clause of a sentence (1~4月，全区…)."""
        text = self.folded
        cut = sent.start
        stop = min(sent.end, sent.start + WINDOW)
        while cut < stop and text[cut] not in CLAUSE_END:
            cut += 1
        # it must open the sentence (after a list marker or 今年/其中), not date an event in it
        head = OPENING.match(text, sent.start, cut)
        limit = (head.end() if head else sent.start) + 4
        found = [p for p in self._phrases_in(sent.start, cut) if p.sets_period and p.start <= limit]
        return found[-1] if found else None

    # region
    def context(self) -> DocContext:
        """The context for the next piece of the same document."""
        last = self._para_region[-1] if self._para_region else self.doc_region
        return DocContext(
            self.doc_year,
            self.doc_period,
            self.doc_region,
            last,
            self.title_category,
            self.now_year,
            self._para_period[-1] if self._para_period else self._start_period,
            self.plan_state,
            self.home,
        )

    def _section_periods(self) -> list[TimePhrase | None]:
        """The time a heading gives its section (二、2024年工作打算), until the next heading."""
        current = self._start_period
        out = []
        for p in self.lay.paragraphs:
            if p.heading:
                found = [
                    ph
                    for ph in self._phrases_in(p.start, p.end)
                    if ph.year and ph.why not in ("compare", "date", "attributive")
                ]
                current = found[0] if found else None
            out.append(current)
        return out

    def _heading_region(self, pi: int) -> str | None:
        """The region a heading line names: 新津 -> 新津区 when the text writes 新津区 (or the
        section speaks of 全区), else the gazetteer's full name (越城 -> 越城区)."""
        p = self.lay.paragraphs[pi]
        line = self.text[p.start : p.end]
        stem = heading_stem(line)
        if stem:  # the first stem followed by a suffix (not a pattern: stems are the text's own)
            folded = self.folded
            i = folded.find(stem)
            while i >= 0:
                after = folded[i + len(stem) : i + len(stem) + 1]
                if after and after in "区县市旗":
                    return stem + after
                i = folded.find(stem, i + 1)
        name = heading_place(line)
        if name:
            if stem and name.startswith(stem) and pi + 1 < len(self.lay.paragraphs):
                nxt = self.lay.paragraphs[pi + 1]
                whole = rx(r"全([区县市])").search(self.folded, nxt.start, nxt.end)
                if whole and not name.endswith(whole.group(1)):
                    return stem + whole.group(1)  # 新津 (新津县 in an old gazetteer), 全区 -> 新津区
            return name
        if stem and pi + 1 < len(self.lay.paragraphs):
            nxt = self.lay.paragraphs[pi + 1]
            whole = rx(r"全([区县市])").search(self.folded, nxt.start, min(nxt.end, nxt.start + 60))
            if whole and not self.lay.paragraphs[pi + 1].heading:
                return stem + whole.group(1)  # a district the gazetteer does not know
        return None

    def _section_regions(self, current: str) -> list[str]:
        """The region in force in each paragraph: headings set it until the next heading."""
        out = []
        for pi, p in enumerate(self.lay.paragraphs):
            if p.heading:
                name = self._heading_region(pi)
                if name:
                    current = name
            out.append(current)
        return out

    def _excluded(self, place: Place) -> bool:
        t = self.folded
        return bool(
            NOT_SUBJECT_AFTER.match(t[place.end : place.end + 12])
            or NOT_SUBJECT_BEFORE.search(t[max(0, place.start - 2) : place.start])
            # 在全市占比超过三成: the whole a share is taken of
            or (t[place.start - 1 : place.start] == "在" and t.startswith(("占比", "所占", "中占"), place.end))
        )

    def region_code(self, region: str) -> str:
        """The GB/T 2260 code of a record's region: the unit the home makes the name mean (鼓楼区
        in a report on 福州), 100000 for the nation, "" for zones, towns and unknowns."""
        code = self._codes.get(region)
        if code is None:
            code = self._codes[region] = gazetteer().code_of(region, self.home.near) if region else ""
        return code

    def _resolve(self, word: str, para: int) -> str:
        """What 全区 or 全省 stands for in a paragraph: the unit its section is about when that is
        of the word's level (a section headed 柯桥: 全区 is 柯桥区), else the unit above it of that
        level, else the home's."""
        section = self._para_region[para] if para < len(self._para_region) else ""
        if section and section != self.home.name:
            found = Home(gazetteer().lookup(section, self.home.near)).resolve(word)
            if not found and _ends_like(section, word):
                return section  # a zone or district the table lacks: 全区 in its own section
            if found:
                return found
        return self.home.resolve(word)

    def _subjects(self, places: list[Place]) -> list[Place]:
        """The places that may be what a figure is about: a list of places (广州、深圳) is left
        out as a whole when its first place is (来自广州、深圳的机构) or its last (上海、江苏等地)."""
        t = self.folded
        out: list[Place] = []
        run: list[Place] = []
        for p in [*places, None]:
            if p is not None and run and t[run[-1].end : p.start] in ("、", "和", "及", "与"):
                run.append(p)
                continue
            if run and not (self._excluded(run[0]) or self._excluded(run[-1])):
                out.extend(q for q in run if len(run) > 1 or not self._excluded(q))
            run = [p] if p is not None else []
        return out

    def _sentence_places(self, si: int) -> list[Place]:
        """Subject places of a sentence, found once per sentence."""
        if si not in self._places_cache:
            sent = self.lay.sentences[si]
            found = self._all_places[
                bisect.bisect_left(self._place_starts, sent.start) : bisect.bisect_left(self._place_starts, sent.end)
            ]
            found = [p for p in found if p.end <= sent.end]
            # 全市, 我省: the home's unit of that level (or nothing known)
            words = [
                Place(m.group(), self._resolve(m.group(), sent.para), "", m.start(), m.end())
                for m in scope_word_pattern().finditer(self.folded, sent.start, sent.end)
                if m.group() not in ("全国", "我国")
            ]
            if words:
                found = sorted(
                    found + [w for w in words if not any(p.start <= w.start < p.end for p in found)],
                    key=lambda p: p.start,
                )
            self._places_cache[si] = self._subjects(found)
        return self._places_cache[si]

    def region(self, pos: int, after: int = 0, rank: bool = False) -> str:
        """Region of the figure starting at pos (after: where the figure before it in the
        sentence ends: 成都高新区1012家、武侯区318家 gives each place its own figure)."""
        lay = self.lay
        t = self.folded
        # 广东(3098.5亿元): the place right before the bracket, as written.
        b = pos - 1
        if b > 0 and t[b] == "(":
            g = names()
            for k in range(6, 1, -1):
                name = t[b - k : b]
                if name in g.full or name in g.short:
                    return name
        if not lay.sentences:
            return self.doc_region
        si = lay.sentence_index(pos)
        sent = lay.sentences[si]
        # A place in the figure's own clause first (新昌县、嵊州市增速居后两位), then in the sentence.
        places = self._sentence_places(si)
        if not places:
            return self._para_region[sent.para] if sent.para < len(self._para_region) else self.doc_region
        lo = max(sent.start, pos - WINDOW)
        mark = CLAUSE_BACK.search(t, lo, pos)
        clause = mark.end() if mark else lo
        k = (
            bisect.bisect_right([p.end for p in places], pos)
            if len(places) < 64
            else bisect.bisect_right(places, pos, key=lambda p: p.end)
        )
        in_sentence = [p for p in places[max(0, k - 16) : k] if p.start >= lo]
        if rank:
            # 在山东省13家国家高新区中位居第3位: the places of the field ranked in are not the
            # region of who ranks
            m = RANK_FIELD.search(t, clause, pos)
            if m:
                in_sentence = [p for p in in_sentence if not m.start() <= p.start < m.end()]
        elif in_sentence and in_sentence[-1].end == pos and in_sentence[-1].start >= after:
            # 在全国178家国家高新区: a place written right before the number is what it counts in
            return in_sentence[-1].full
        places = (
            ([p for p in in_sentence if p.start >= after] if after else [])
            or [p for p in in_sentence if p.start >= clause]
            or in_sentence
        )
        if places:
            return _most_specific(places)
        para = sent.para
        return self._para_region[para] if para < len(self._para_region) else self.doc_region
