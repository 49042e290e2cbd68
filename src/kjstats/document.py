"""One document, read once: its folded text and layout, its time phrases and places, its home
and year, the sections its headings open, its title's topic, the spans of targets and its
tables. Every later stage reads this object; nothing changes it.

A long text read in pieces (pipeline.extract_pieces) reads each piece with the DocContext the
piece before handed on: the document's year, time and home hold for the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final, TypeAlias

import regex

from .datelines import PLAN_TITLE, PUB_DATE, date_of, year_value
from .folding import HAN, fold, has_traditional, to_simplified
from .gazetteer import COUNTY, PREFECTURE
from .home import Home, find_home, scope_word_kind
from .layout import BULLETS, Layout, Paragraph, close_up, layout, typeset_spaces
from .lexicon import Categories, Pattern, alternation, compile_pattern, rx, table
from .linelists import clause_breaks, with_clause_breaks
from .places import (
    GENERIC_ZONE,
    LOCAL_ZONES,
    Place,
    ambiguous_forms,
    city_county_stems,
    ends_with_agency,
    find_places,
    heading_place,
    heading_stem,
    is_development_zone,
)
from .plans import future_frames, later_sections, merged, plan_blocks, plan_document
from .quoted import in_quotation
from .tablefind import Table, find_tables
from .timephrases import REPORTING_FROM_MONTH, TimePhrase, find_time_phrases

Match: TypeAlias = "re.Match[str] | regex.Match[str]"
_MAX: Final = 1 << 62  # sorts after any count in a (position, count) pair
LEAD_MIN: Final = 40  # a paragraph this short after the title is no story's lead (a title's second line)
TITLE_SCAN: Final = 60  # how much of a first paragraph says what the document is about
SUMMARY: Final = "总结"  # a title with a plan's year and this sums up the year before (…总结和2025年工作计划)


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
    now_month: int | None = None
    plan_year: int | None = None  # the year of the plan the document is, by its title


@dataclass(frozen=True)
class Doc:
    text: str  # as read, with the gaps of layout.close_up closed up (see shifts)
    folded: str  # same length: what the rules match (folding.py)
    layout: Layout
    phrases: tuple[TimePhrase, ...]
    places: tuple[Place, ...]
    home: Home
    year: int | None  # the year the document reports on
    now_year: int | None  # the year it was written (its publication date)
    period: TimePhrase | None  # its leading time phrase
    region: str  # the region of a figure that names none
    section_regions: tuple[str, ...]  # per paragraph: the region its heading set
    section_periods: tuple[TimePhrase | None, ...]  # per paragraph: the time its heading gave
    title_category: str | None  # what its title says it is about (高新技术企业发展情况)
    plan_spans: tuple[tuple[int, int], ...]  # text under a heading or list of targets
    plan_state: str | None  # ends inside such a section or list
    tables: tuple[Table, ...]
    now_month: int | None = None  # the month of its publication date
    plan_year: int | None = None  # the year of the plan it is, by its title (2025年工作要点)
    # (offset in text, characters of the text as read removed before it) where lines were
    # joined, ascending; empty when text is as read
    shifts: tuple[tuple[int, int], ...] = ()
    # folded Chinese character -> how this text writes it, where they differ (发 -> 發): names are
    # read from the folded text and given back as the text writes them
    written: tuple[tuple[str, str], ...] = ()

    def as_written(self, name: str) -> str:
        """A name read from the folded text, in the characters the text writes (研發經費)."""
        if not self.written or not name:
            return name
        return name.translate(_translation(self.written))

    def source_offset(self, pos: int) -> int:
        """The offset in the text as read of offset pos of self.text."""
        i = bisect_right(self.shifts, (pos, _MAX)) - 1
        return pos + self.shifts[i][1] if i >= 0 else pos

    def next_context(self) -> DocContext:
        """What the next piece of the same document reads this one with."""
        return DocContext(
            self.year,
            self.period,
            self.region,
            self.section_regions[-1] if self.section_regions else self.region,
            self.title_category,
            self.now_year,
            self.section_periods[-1] if self.section_periods else None,
            self.plan_state,
            self.home,
            self.now_month,
            self.plan_year,
        )


def read_document(text: str, categories: Categories, context: DocContext | None = None) -> Doc:
    """The Doc of a text (or of one piece of a long text, after the piece `context` came from)."""
    folded = fold(text)
    lay = layout(folded)
    shifts: tuple[tuple[int, int], ...] = ()
    gaps = tuple(sorted(lay.joins + lay.furniture + typeset_spaces(folded)))
    if gaps:
        # lines a wrap cut (text from a PDF, a hard-wrapped page) are joined, a page's furniture
        # (its number, a web page's buttons) taken out and spaces typeset between Chinese and
        # numbers closed up, before any rule
        # reads them; records map their offsets back through `shifts` (Doc.source_offset)
        text, shifts = close_up(text, gaps)
        folded = fold(text)
        lay = layout(folded)
    breaks = clause_breaks(folded, lay)
    if breaks:
        # lines of a list set without punctuation (9.74亿元⏎同比增长15.3%) are one sentence's clauses
        text = with_clause_breaks(text, breaks)
        folded = fold(text)
        lay = layout(folded)
    tables = find_tables(folded, lay.aligned)
    phrases = find_time_phrases(folded, 0, len(folded))
    places = find_places(folded)
    paragraphs = [(p.start, p.end) for p in lay.paragraphs]
    if context is None:
        year, now_year, period, now_month = _year(folded, lay, phrases)
        home = find_home(folded, paragraphs, places, [(c.start, c.end) for tb in tables for c, _ in tb.rows if c])
        region = start_region = home.name
        title_category = _title_category(folded, lay, categories, home.zone)
        start_period = None
        plan_state = None
    else:
        year, period, now_year, now_month = context.doc_year, context.doc_period, context.now_year, context.now_month
        if year is None:
            # the pieces before named no year: the first piece that does, names it
            year = _written_year(phrases, now_year)
            period = period or _leading_phrase(phrases)
        home, region, start_region = context.home, context.doc_region, context.section_region
        title_category, start_period, plan_state = context.title_category, context.section_period, context.plan_state
    province = home.unit.code[:2] if home.unit is not None else ""
    city = _home_city(home)
    if (province and any(f in folded for f in ambiguous_forms(province))) or (
        city and any(f in folded for f in city_county_stems(city))
    ):
        places = find_places(folded, province=province, city=city)  # 大庆 in 黑龙江, 昆山 in 苏州
    places = _home_zone(places, home.name)
    spans, plan_state = plan_blocks(folded, lay.paragraphs, plan_state)
    latest = max((y for y in (year, now_year) if y is not None), default=None)
    plan_year = _plan_year(folded, lay) if context is None else context.plan_year
    section_periods = _section_periods(folded, lay, phrases, start_period)
    # (the time the document reports on, and the time each heading gives its section)
    reported = period.iso(year, now_year, now_month) if period is not None else str(year or "")
    heading_times = [
        ph.iso(year, now_year, now_month) if ph is not None and p.heading else None
        for p, ph in zip(lay.paragraphs, section_periods)
    ]
    spans = merged(
        spans
        + future_frames(folded, lay.paragraphs, latest)
        + plan_document(folded, lay.paragraphs, phrases, plan_year, titled=context is None)
        + later_sections(folded, lay.paragraphs, heading_times, reported)
    )
    return Doc(
        text,
        folded,
        lay,
        tuple(phrases),
        tuple(places),
        home,
        year,
        now_year,
        period,
        region,
        tuple(_section_regions(text, folded, lay, start_region, places, home.level, tables)),
        tuple(section_periods),
        title_category,
        tuple(spans),
        plan_state,
        tuple(tables),
        now_month,
        plan_year,
        shifts,
        _written(text, folded),
    )


@lru_cache(maxsize=64)
def _translation(written: tuple[tuple[str, str], ...]) -> dict[int, str]:
    return {ord(a): b for a, b in written}


def _written(text: str, folded: str) -> tuple[tuple[str, str], ...]:
    """Each Chinese character folding changed, with the form the text writes it in most often
    (as written unchanged too: a simplified text quoting one 研發 keeps its 发)."""
    if text == folded or not has_traditional(text):
        return ()  # (most texts: full-width forms folded, no Chinese character changed)
    seen: dict[str, dict[str, int]] = {}
    same: dict[str, int] = {}
    for a, b in zip(folded, text):
        if a != b:
            # (only a character's own simplified form: not a word folding replaced, 按年 -> 同比)
            if HAN.match(b) and to_simplified(b) == a:
                forms = seen.setdefault(a, {})
                forms[b] = forms.get(b, 0) + 1
        elif HAN.match(a):
            same[a] = same.get(a, 0) + 1

    out = []
    for a, forms in seen.items():
        # (a loop, not max with a key: mypyc compiles a lambda closing over a loop variable wrongly)
        best, most = a, same.get(a, 0)  # (a tie keeps the folded form)
        for form, count in forms.items():
            if count > most:
                best, most = form, count
        out.append((a, best))
    return tuple(out)


MUNICIPALITIES: Final = frozenset(("11", "12", "31", "50"))  # 北京, 天津, 上海, 重庆: a city of province rank


def _home_city(home: Home) -> str:
    """The code prefix of the city a report is on (its own, or its county's): where its counties'
    stems name them."""
    u = home.unit
    if u is None:
        return ""
    if u.code[:2] in MUNICIPALITIES:
        return u.code[:2]
    return u.code[:4] if u.level in (PREFECTURE, COUNTY) else ""


def _home_zone(places: list[Place], home: str) -> list[Place]:
    """A zone named alone (高新区将…) in a document about such a zone (合肥高新区) is that zone;
    the generic 园区 in a document about none names no place."""
    kind = next((z for z in LOCAL_ZONES if home.endswith(z) and home != z), None)
    if kind is None and not (home and is_development_zone(home)):
        # 园区 alone in a document about no zone (a county's 农业科技园区 story): a park of the
        # home, whose figures are the home's, no region of its own
        return [p for p in places if p.full != GENERIC_ZONE]
    # (园区 alone, the generic word, is the home zone whatever its name ends in)
    return [Place(p.name, home, "", p.start, p.end) if p.full in (kind, GENERIC_ZONE) else p for p in places]


# --- the document's year --------------------------------------------------------------------


def _year(
    folded: str, lay: Layout, phrases: list[TimePhrase]
) -> tuple[int | None, int | None, TimePhrase | None, int | None]:
    """The year the document reports on, the year it was written, its leading time phrase and
    the month it was written."""
    date = _publication_date(folded, lay)
    now_year = date[0] if date else None
    # a text without a year of its own reports on the year of its date, unless dated so
    # early in the year that it may sum up the year before
    dated = date[0] if date and date[1] >= REPORTING_FROM_MONTH else None
    first = title_paragraph(folded, lay)
    first_end = first.end if first else 0
    # (关于2024年度…的公示 in the title; 对2024年度企业所得税汇算清缴…进行了梳理 in the lead of a
    # story whose title names no year: the year it reports on)
    lead = _lead_paragraph(folded, lay, first) if not _title_year(phrases, first_end) else None
    # (a 去年 in someone's quoted words is the speaker's, no year of the text's)
    spoken = [p for p in phrases if not (p.relative and in_quotation(folded, p.start))]
    year = _written_year(spoken, now_year, lead.end if lead else first_end, dated) or dated
    if dated is not None and any(
        p.months and p.year is None and not p.relative and p.end <= first_end for p in phrases
    ):
        year = dated  # 上半年…成绩单 in a post of 2025年7月: its half-year is 2025's, whatever years follow
    period = _leading_phrase(phrases)
    title, plan = _title_plan(folded, lay)
    if plan and SUMMARY in title and PLAN_TITLE.search(title, 0, plan.start()) is None:
        # 工作总结和2025年工作计划: the summary is of the year before the plan's
        year = year_value(plan.group(1)) - 1
    if plan and SUMMARY not in title:
        # a plan's own year is the document's year and time
        year = year_value(plan.group(1))
        start = (first.start if first else 0) + plan.start()
        period = TimePhrase(start, start + len(plan.group(1)) + 1, year, None)
    return year, now_year, period, (date[1] if date else None)


def _title_year(phrases: list[TimePhrase], first_end: int) -> bool:
    return any(p.year is not None and p.start < first_end for p in phrases)


def _lead_paragraph(folded: str, lay: Layout, title: Paragraph | None) -> Paragraph | None:
    """The first paragraph of the body: after the title and the page's own lines (发布时间, 来源),
    when it is a story's lead, not a second line of a title or an issuer's name."""
    after = title.end if title else 0
    lead = next((p for p in lay.paragraphs if p.start >= after and not _page_line().match(folded, p.start)), None)
    return lead if lead is not None and lead.end - lead.start > LEAD_MIN else None


def _title_plan(folded: str, lay: Layout) -> tuple[str, Match | None]:
    """The document's title and the plan's year it names (2025年工作要点)."""
    first = title_paragraph(folded, lay)
    title = folded[first.start : first.end] if first else ""
    return title, PLAN_TITLE.search(title)


def title_paragraph(folded: str, lay: Layout) -> Paragraph | None:
    """The document's title: its first paragraph, after any line of the page's own before it
    (发布时间：2024-03-15  来源：本站, copied from a web page above the title)."""
    for p in lay.paragraphs[:TITLE_AFTER_META]:
        if not _page_line().match(folded, p.start) and not _issuer_line(folded[p.start : p.end].strip()):
            return p
    return lay.paragraphs[0] if lay.paragraphs else None


def _issuer_line(line: str) -> bool:
    """A line that is only the issuing body's name (天津市西青区科学技术局 above 关于…的公告): the
    letterhead of an official document, its title on the next line."""
    return len(line) <= ISSUER_MAX and ends_with_agency(line) and NO_ISSUER_CHARS.search(line) is None


ISSUER_MAX: Final = 24
NO_ISSUER_CHARS: Final = compile_pattern(r"[0-9,;:。，；：、!?！？\s]")


@cache
def _page_line() -> Pattern:
    w = table("placewords")["source"]
    return compile_pattern(rf"(?:{alternation(w['markers'] + w['date_labels'])})\s*[:：]|{PUB_DATE.pattern}")


# How many lines of a page's own may stand before a title.
TITLE_AFTER_META: Final = 3


def _plan_year(folded: str, lay: Layout) -> int | None:
    """The year of the plan a document is, by its title (2025年工作要点), or None (a summary with
    next year's plan, 2024年工作总结和2025年工作计划, is not one)."""
    title, plan = _title_plan(folded, lay)
    return year_value(plan.group(1)) if plan and SUMMARY not in title else None


def _publication_date(folded: str, lay: Layout) -> tuple[int, int] | None:
    """Year and month of a publication date or dateline near the top or the end of the text."""
    paras = lay.paragraphs
    for p in paras[:6] + paras[-3:]:
        m = PUB_DATE.search(folded, p.start, p.end)
        if m:
            return date_of(m)
    # a signature's date line, above the contact and copy lines of a letter (联系人：…, 抄送：…)
    for p in paras[-8:-3]:
        m = PUB_DATE.fullmatch(folded[p.start : p.end].strip())
        if m:
            return date_of(m)
    return None


def _written_year(
    phrases: list[TimePhrase], now_year: int | None = None, first_end: int = 0, dated: int | None = None
) -> int | None:
    """The year of the first time phrase that speaks for the document: 今年 is the year of a
    date after the first quarter (`dated`: 今年1-9月 in a story dated 2022年10月, before
    2021年，全省… further on; one dated in January may sum up the year before). Of a span of
    years, its last when that had passed when the text was written (a series,
    2012-2016年研究与试验发展经费, in a bulletin of 2017), else its first (a plan for 2023-2027年).
    A batch's year is the document's in its first paragraph (关于2024年度第一批科技创新券兑现…的公示),
    not further on (对2023年度首次通过认定的企业给予奖励)."""
    for p in phrases:
        named = p.why in ("plan", "batch") and p.start < first_end
        if (p.why in NOT_THE_DOCUMENTS and not named) or not p.document_level:
            continue
        if p.year is None and p.now and p.relative == 0 and dated is not None:
            return dated
        if p.year is None and p.now and p.relative and now_year is not None:
            return now_year + p.relative  # 过去一年，… in a speech of 2024年1月: about 2023
        if p.year:
            if p.year_end is not None and now_year is not None and p.year_end < now_year:
                # (a series that had passed by a date after the first quarter is the past of a
                # text about that date's year: 2021年至2023年 in a report of 2024年4月)
                return dated or p.year_end
            return p.year
    return None


# The time phrases that never name the document's year (by TimePhrase.why).
NOT_THE_DOCUMENTS: Final = frozenset(
    ("compare", "plan", "attributive", "target", "date", "batch", "earlier", "of noun")
)


def _leading_phrase(phrases: list[TimePhrase]) -> TimePhrase | None:
    lead = next((k for k, p in enumerate(phrases) if p.sets_period and p.document_level and p.why != "target"), None)
    if lead is None:
        return None
    p = phrases[lead]
    after = phrases[lead + 1] if lead + 1 < len(phrases) else None
    if p.now and p.months is None and after is not None and after.start == p.end and after.months:
        return after  # 今年上半年: the half-year of this year
    return p


TITLE_JOINS: Final = tuple(table("cues")["name"]["noun_joins"])  # (和, 及, 、: two subjects)
# (某区科技和知识产权局…: the joined word ends an agency's name, no second subject)
AGENCY_ENDS: Final = tuple(table("cues")["name"]["agency_ends"])


def _title_category(folded: str, lay: Layout, cats: Categories, zone: str = "") -> str | None:
    """What a document is about by its title (高新技术企业发展情况): only kinds of firms and
    programmes, not broad words like 经济 in 国民经济和社会发展统计公报, nor the words of the
    zone it is about (荣昌区大学科技园三季度运行简报 is no report on incubators)."""
    first = title_paragraph(folded, lay)
    if first is None:
        return None
    head = folded[first.start : min(first.end, first.start + TITLE_SCAN)]
    head = head.replace(zone, "") if zone else head
    title = cats.best_in(head)
    m = cats.scan.search(head) if cats.scan and title else None
    if m and head[: m.start()].endswith(TITLE_JOINS) and not head.startswith(AGENCY_ENDS, m.end()):
        return None  # 数字经济和高技术制造业发展统计监测报告: two subjects, each section its own
    return None if title in (None, "economy", "other", "enterprise") else title


# --- sections ---------------------------------------------------------------------------------


def _section_periods(
    folded: str, lay: Layout, phrases: list[TimePhrase], current: TimePhrase | None
) -> list[TimePhrase | None]:
    """The time a heading gives its section (二、2024年工作打算), until the next heading; and the
    time a list's first line opens with (▲2024年全市R&D经费投入11.27亿元), for the lines of its
    run that give none (▲同比增长14.8%)."""
    out = []
    run: TimePhrase | None = None  # the time the run of bullet lines opened with
    starts = [ph.start for ph in phrases]
    for p in lay.paragraphs:
        if not p.heading and p.end > p.start and folded[p.start] in BULLETS:
            k = bisect_left(starts, p.start)
            ph = phrases[k] if k < len(phrases) else None
            if ph is not None and ph.start <= p.start + 1 and ph.sets_period:
                run = ph
            out.append(run or current)
            continue
        run = None
        if p.heading:
            found = [
                ph
                for ph in phrases
                if p.start <= ph.start < p.end
                # (四、下半年工作计划; 三、明年工作打算, a year counted from the time of writing;
                # 一、过去五年工作回顾, the years before it)
                and (
                    ph.year
                    or (ph.months and ph.relative == 0 and not ph.to_date)
                    or (ph.relative and ph.now)
                    or ph.years_back
                )
                and ph.why not in ("compare", "date", "attributive")
            ]
            current = found[0] if found else None
        out.append(current)
    return out


def _section_regions(
    text: str,
    folded: str,
    lay: Layout,
    current: str,
    places: list[Place],
    level: str = "",
    tables: Sequence[Table] = (),
) -> list[str]:
    """The region in force in each paragraph: headings set it until the next heading, and a
    paragraph that opens with a place (在鄂尔多斯市，…; 呼和浩特市围绕…) is about it to its end.
    A line of a table (a row label 海伦市, flattened one cell per line) is no heading: the
    section around the table stays in force."""
    out = []
    starts = [p.start for p in places]
    spans = sorted((tb.start, tb.end) for tb in tables)
    for pi, p in enumerate(lay.paragraphs):
        k = bisect_right(spans, (p.start, _MAX)) - 1
        if k >= 0 and spans[k][0] <= p.start < spans[k][1]:
            out.append(current)
            continue
        if p.heading:
            name = _heading_region(text, folded, lay, pi, level)
            if name:
                current = name
        out.append(_lead_place(folded, p, places, starts) or current)
    return out


def _lead_place(folded: str, para: Paragraph, places: list[Place], starts: list[int]) -> str | None:
    """The place a paragraph opens with as its subject, alone (not one of a list: 郑州、洛阳…)."""
    before, joins = _lead_words()
    at = next((para.start + len(w) for w in before if folded.startswith(w, para.start)), para.start)
    k = bisect_left(starts, at)
    if k >= len(places) or places[k].start != at or not places[k].adcode:
        return None
    place = places[k]
    if folded.startswith(joins, place.end):
        return None
    return place.full or place.name


@cache
def _lead_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    w = table("placewords")["lead"]
    return tuple(w["before"]), tuple(w["list_joins"])


def _heading_region(text: str, folded: str, lay: Layout, pi: int, level: str = "") -> str | None:
    """The region a heading line names: 新津 -> 新津区 when the text writes 新津区 (or the
    section speaks of 全区, below the level the text speaks at: 二、商标 then 全市 in a city's
    report is the city), else the gazetteer's full name (越城 -> 越城区)."""
    p = lay.paragraphs[pi]
    line = text[p.start : p.end]
    stem = heading_stem(line)
    if stem:  # the first stem followed by a suffix (not a pattern: stems are the text's own)
        i = folded.find(stem)
        while i >= 0:
            after = folded[i + len(stem) : i + len(stem) + 1]
            if after and after in "区县市旗":
                return stem + after
            i = folded.find(stem, i + 1)
    name = heading_place(line)
    if name:
        if stem and name.startswith(stem) and pi + 1 < len(lay.paragraphs):
            nxt = lay.paragraphs[pi + 1]
            whole = rx(r"全([区县市])").search(folded, nxt.start, nxt.end)
            if whole and not name.endswith(whole.group(1)):
                return stem + whole.group(1)  # 新津 (新津县 in an old gazetteer), 全区 -> 新津区
        return name
    if stem and pi + 1 < len(lay.paragraphs):
        nxt = lay.paragraphs[pi + 1]
        whole = rx(r"全([区县市])").search(folded, nxt.start, min(nxt.end, nxt.start + 60))
        if whole and not lay.paragraphs[pi + 1].heading and scope_word_kind(whole.group()) != level:
            return stem + whole.group(1)  # a district the gazetteer does not know
    return None
