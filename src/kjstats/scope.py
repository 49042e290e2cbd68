"""Where a figure stands in time and place: the period and the region in scope.

Scope rules (records.md): a time phrase governs the figures after it to the end of its sentence;
a phrase that opens a sentence also sets the time of the paragraph's later sentences; a figure
with none takes the document's leading time phrase. A heading or lead naming a place sets the
region until the next one; 全区/全市/我省 mean that region; an explicit place in the sentence
before a figure wins for that figure.
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import TYPE_CHECKING, Final

from regex import escape as regex_escape

from .gazetteer import gazetteer
from .home import Home, scope_word_kind
from .layout import BULLETS, STRONG_END, Sentence
from .lexicon import Pattern, alternation, compile_pattern, scope_word_pattern, table
from .periodrules import PERIOD_RULES, PeriodContext
from .places import Place, national_words
from .plans import DONE
from .quoted import in_title
from .regionrules import BRACKET_ITEM, REGION_RULES, RegionContext
from .rules import decide
from .timephrases import CLAUSE_ONLY, REPORTING_FROM_MONTH, ZH_MONTH, TimePhrase, stock_words

if TYPE_CHECKING:
    from .document import Doc

CLAUSE_END: Final = ",，、:：()（）"
WINDOW: Final = 200  # how far scope rules look back from a figure (keeps time linear)
CLAUSE_BREAK: Final = compile_pattern(r"[,;]")  # (the text is folded: ，；read as ,;)
SENTENCE_STOP: Final = compile_pattern(rf"[{STRONG_END}\n]")  # (a sentence's end, or its line's)
TITLE_MAX: Final = 40  # a paragraph this short is a title, byline or heading


@cache
def _rank_fields() -> tuple[Pattern, Pattern]:
    """The field of a rank ending where the search ends (在山东省13家国家高新区中位居|), and one
    with its rank after it (在江苏13个设区市中居第|4位)."""
    rank = table("cues")["rank"]
    field = rf"{rank['field_open']}[^,;:。]{{1,24}}?(?:{alternation(rank['field_close'])})"
    return (
        compile_pattern(rf"{field}(?=[^,;:。]{{0,6}}$)"),
        compile_pattern(rf"{field}[^,;:。]{{0,6}}?(?:{alternation(rank['rank_openers'])})"),
    )


CLAUSE_BACK: Final = compile_pattern(r"(?r)[,;:]")
# A place right before these is the scope of a rank or a comparison, not the subject (位居绍兴市第二,
# 是全国高新区平均水平的1.3倍).
NOT_SUBJECT_AFTER: Final = compile_pattern(
    r"^(?:第|前|后|\p{Han}{0,6}?平均(?:水平|值)|平均|均值|同类|之后|之前|以外|省外|以上|"
    r"影响力|性的|领先|一流|范围内?|等地|等省|等市|等城市|等国家|等地区)"
)
# 深入彰武县、阜新蒙古族自治县等7个县区: places listed as examples of the ones a count counts
_EXAMPLES: Final = table("placewords")["not_subject"]
EXAMPLES_COUNTED: Final = compile_pattern(
    rf"(?:、\p{{Han}}{{2,12}}?)*(?:{alternation(_EXAMPLES['examples_end'])})[0-9{ZH_MONTH}{_EXAMPLES['numerals']}]+"
)
PARTNER_JOIN: Final = _EXAMPLES["partner_join"]  # (宁波市与上海、苏州等: the places after it are partners)
EXAMPLES_REACH: Final = 48  # (a few places, then 等 and the count)
# 全国排名第5, 全市排名第2: the field of a rank; but 芜湖高新区排名第38位: a unit or zone named
# before 排名 is the subject ranked
FIELD_BEFORE_RANK: Final = compile_pattern(alternation(table("placewords")["not_subject"]["whole_before_rank"]))
# 全国 in a standing or a nationwide event's name (全国50强, 全国科普日) is no subject
NATIONAL_NOT_AFTER: Final = compile_pattern(alternation(table("placewords")["national"]["not_after"]))
NOT_SUBJECT_BEFORE: Final = compile_pattern(
    rf"(?:{alternation(table('placewords')['not_subject']['before'] + table('cues')['name']['compared_with'])})$"
)


@cache
def _wholes() -> frozenset[str]:
    return frozenset(table("placewords")["wholes"]["words"])


# 高于位居末位的滨州8.70个百分点: the place a figure is compared with.
COMPARED_WITH: Final = compile_pattern(rf"(?:{alternation(table('cues')['name']['compared_with'])})[^,;:。]{{0,8}}的$")


def _ends_like(region: str, word: str) -> bool:
    """Whether a region is of the kind a word like 全区 names (by its last character)."""
    return word[-1] in "区市县州" and region.endswith(word[-1])


def _named_before(found: list[Place], start: int, word: str) -> str:
    """全市 in a province's report, after 盘锦市 in its sentence (盘锦市依托…，全市高新技术企业达到
    498家): the unit of that level the sentence named before it, when the home has none."""
    prior = [p for p in found if p.end <= start and _ends_like(p.full or p.name, word)]
    return (prior[-1].full or prior[-1].name) if prior else ""


# What may stand before a sentence's opening time phrase: list markers, spaces, connectives.
# what opens a part of the whole before (其中三季度单季实现…): its time is a part of that frame
PART_LEAD: Final = compile_pattern(alternation(table("cues")["figure"]["breakdown"]))
OPENING: Final = compile_pattern(
    r"(?:\s|[0-9]+[.、]|[一二三四五六七八九十]+[、是]|\(?[一二三四五六七八九十0-9]+\)|其中|同时|今年|此外|另外|[,，]"
    rf"|[{regex_escape(BULLETS)}])*"
)


def _clause_end(text: str, start: int, stop: int) -> int:
    cut = start
    while cut < stop and text[cut] not in CLAUSE_END:
        cut += 1
    return cut


@cache
def _dateline() -> Pattern:
    return compile_pattern(rf"(?:{alternation(table('placewords')['dateline']['by'])})$")


@cache
def _story_dateline() -> Pattern:
    ends = alternation(table("placewords")["dateline"]["ends"])
    return compile_pattern(rf"[^,;。]{{0,20}}?[0-9]{{1,2}}(?:{ends})[/／]?")


@cache
def _reporting() -> Pattern:
    n = table("cues")["name"]
    return compile_pattern(
        rf"(?:{alternation(n['reporting_from'])})[^,;。]{{0,24}}?(?:{alternation(n['reporting_verbs'])})"
        rf"|[^,;。]{{0,24}}?(?:{alternation(n['reporting_shows'])})"
    )


JOIN_VERBS: Final = tuple(table("placewords")["quoted"]["join_verbs"])


def _quoted(t: str, place: Place) -> bool:
    """“全国科普日”, “大连科技周”: a place inside the quoted name of an event, a title or a brand is
    no region of the figures (a quote opens within a few characters before it and closes after);
    nor is one right before such a name (入选四川省“千人计划”11名: the programme's)."""
    if t.startswith(("\u201c", '"'), place.end):
        # (入选国家“千人计划”3名、四川省“千人计划”11名: the verb may stand before the list)
        before = CLAUSE_BREAK.split(t[max(0, place.start - 16) : place.start])[-1]
        if any(v in before for v in JOIN_VERBS):
            return True
    opened = t.rfind("\u201c", max(0, place.start - 8), place.start)
    if opened < 0 or t.rfind("\u201d", opened, place.start) >= 0:
        return False
    closed = t.find("\u201d", place.end, place.end + 12)
    return closed >= 0 and "\u201c" not in t[place.end : closed]


class Scope:
    """Answers period and region for positions of one document (or of one piece of it, read
    with what the pieces before handed on)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # the document's parts the rules read, under short names
        self.text, self.folded, self.lay = doc.text, doc.folded, doc.layout
        self.phrases, self.home = doc.phrases, doc.home
        self.doc_year, self.now_year, self.doc_period, self.doc_region = doc.year, doc.now_year, doc.period, doc.region
        self.now_month = doc.now_month
        # where the document's leading phrase stands in this text (-1: an earlier piece's, or none)
        period = doc.period
        self._doc_period_at = period.start if period is not None and any(p is period for p in doc.phrases) else -1
        self._para_region, self._para_period = doc.section_regions, doc.section_periods
        self._all_places = doc.places
        self._place_starts = [p.start for p in doc.places]
        self._phrase_starts = [p.start for p in doc.phrases]
        # what the rules work out once per sentence or name
        self._places_cache: dict[int, list[Place]] = {}
        self._codes: dict[str, str] = {}
        self._carry_cache: dict[int, tuple] = {}
        self._usable: dict[int, TimePhrase | None] = {}

    def _phrases_in(self, lo: int, hi: int) -> list[TimePhrase]:
        i = bisect.bisect_left(self._phrase_starts, lo)
        out = []
        while i < len(self.phrases) and self.phrases[i].start < hi:
            out.append(self.phrases[i])
            i += 1
        return out

    def period(self, pos: int) -> str:
        return self.period_why(pos)[0]

    def period_why(self, pos: int, si: int = -1, planned: bool = False) -> tuple[str, str]:
        """The period of the figure starting at pos (ISO 8601), and the rule that decided it
        (si: the index of its sentence, when the caller knows it; planned: a target's)."""
        return decide(PERIOD_RULES, PeriodContext(self, pos, si, planned))

    def _iso(self, phrase: TimePhrase) -> str:
        now, month = self.now_year, self.now_month
        if (
            now is not None
            and month is not None
            and self.doc_year is None
            and phrase.year is None
            and not phrase.now
            and not phrase.relative
            and (phrase.months[1] > month if phrase.months is not None else month < REPORTING_FROM_MONTH)
        ):
            # 截至11月底 or 1-10月 in a story written in January 2024 (and so of no year of its
            # own): months that had not ended by then are the year before's; a plan's month
            # (计划9月举办) is in a text that has its year. So is a whole year (全年) in a story
            # written before April, when only the year before can have been summed up
            return phrase.iso(now - 1, now)
        return phrase.iso(self.doc_year, now, month)

    def _stock(self, lo: int, pos: int) -> bool:
        """Whether the figure at pos counts what exists then (拥有, 有效, 累计, 总数)."""
        return bool(stock_words().search(self.folded, max(lo, pos - WINDOW), pos))

    def _written_year(self, lo: int, pos: int) -> int | None:
        """The year of the last phrase naming a year in folded[lo:pos], if any: written out, or
        counted from the date of writing (今年，… 截至2月底 in a story of 2022年3月: 2022)."""
        now = self.now_year
        for p in reversed(self._phrases_in(max(lo, pos - WINDOW), pos)):
            # (a year counted back, 去年一季度…。一季度全省…, frames its own sentence only)
            if p.relative and SENTENCE_STOP.search(self.folded, p.end, pos):
                continue
            if p.year_end is None and p.why in ("", "since", "target") and (p.year or (p.now and now is not None)):
                return p.year or (now or 0) + p.relative
        return None

    def _in_force(self, si: int, lo: int, pos: int) -> TimePhrase | None:
        """The phrase governing a position: the last one before it in its sentence, else the
        phrase opening an earlier sentence of the paragraph."""
        # (from the last phrase before pos backwards: no list of the phrases in between)
        i = bisect.bisect_left(self._phrase_starts, pos) - 1
        while i >= 0 and self.phrases[i].start >= lo:
            p = self.phrases[i]
            if (
                p.sets_period
                and p.end <= pos
                and (p.why not in CLAUSE_ONLY or not CLAUSE_BREAK.search(self.folded, p.end, pos))
                # (到2025年达到2.5%，完成度86.8%: what is done is not of the target's year)
                and (p.why != "target" or not DONE.search(self.folded, p.end, pos))
            ):
                if p.now and p.months is None and not p.relative and i > 0 and self.phrases[i - 1].start >= lo:
                    earlier = self.phrases[i - 1]  # 截至2024.06.30，今年全省…: this year up to that date
                    if earlier.months and earlier.sets_period and earlier.year in (None, self.now_year):
                        return earlier
                return p  # (继2020年突破300亿元后: that year holds in its own clause only)
            i -= 1
        return self._carried(si)

    def _carried(self, si: int) -> TimePhrase | None:
        """The phrase an earlier sentence (or part of one, joined by ；) of the paragraph opened
        with, for a sentence with none of its own: within one sentence always; across 。 only while
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
            lead = self._opening_phrase(lay.sentences[prev])
            if lead is not None and PART_LEAD.search(self.folded, lay.sentences[prev].start, lead.start):
                lead = None  # 其中三季度单季…: a part of the frame before, for its own sentence only
            if lead is not None:
                carried, frames, crossed = lead, frames | {self._iso(lead)}, False
            # crossing a full stop into sentence j
            crossed = crossed or lay.sentences[j].opens
            cache[j] = (carried, frames, crossed)
            self._usable[j] = carried if (not crossed or len(frames) <= 1) else None
        return self._usable.get(si)

    def _opening_phrase(self, sent: Sentence) -> TimePhrase | None:
        """A time phrase in the first clause of a sentence or of a part joined by ；(1~4月，全区…)."""
        text = self.folded
        start = sent.start
        if (dated := _story_dateline().match(text, start, sent.end)) is not None:
            start = dated.end()  # 中评社哈密8月9日电/记者从…获悉，今年上半年，…: after the dateline
        cut = _clause_end(text, start, min(sent.end, start + WINDOW))
        if cut < sent.end and text[cut] == ":" and not self._phrases_in(start, cut):
            # 黄丽萍:2023年全市…: a speaker's name or a label before a colon opens nothing
            start = cut + 1
            cut = _clause_end(text, start, min(sent.end, start + WINDOW))
        if cut < sent.end and _reporting().fullmatch(text, start, cut):
            # 记者从嘉兴市科技局了解到，截至7月底，…: the clause after the source opens it
            start = cut + 1
            cut = _clause_end(text, start, min(sent.end, start + WINDOW))
        # it must open the sentence (after a list marker or 今年/其中), not date an event in it
        head = OPENING.match(text, start, cut)
        limit = (head.end() if head else start) + 4
        found = [
            p
            for p in self._phrases_in(start, cut)
            if p.sets_period and p.start <= limit and p.why not in CLAUSE_ONLY and p.why != "evaluation"
        ]
        return found[-1] if found else None

    # region
    def _excluded(self, place: Place, before: bool = True) -> bool:
        """Whether a place is no subject of the figures after it (before=False: leaving out the
        word right before it, which may be the one joining it to a place before)."""
        t = self.folded
        return bool(
            NOT_SUBJECT_AFTER.match(t[place.end : place.end + 12])
            # 深入彰武县、阜新蒙古族自治县等7个县区: examples of the places a count counts
            or EXAMPLES_COUNTED.match(t, place.end, place.end + EXAMPLES_REACH) is not None
            or (place.full == national_words()[0] and NATIONAL_NOT_AFTER.match(t, place.end) is not None)
            or (place.name in _wholes() and FIELD_BEFORE_RANK.match(t, place.end) is not None)
            or (before and NOT_SUBJECT_BEFORE.search(t[max(0, place.start - 2) : place.start]))
            or COMPARED_WITH.search(t[max(0, place.start - 14) : place.start])
            # 在全市占比超过三成: the whole a share is taken of
            or (t[place.start - 1 : place.start] == "在" and t.startswith(("占比", "所占", "中占"), place.end))
            # 本报济南10月15日讯, 新华社北京3月1日电: where the story was filed
            or _dateline().search(t, max(0, place.start - 3), place.start) is not None
            or _quoted(t, place)
        )

    def region_code(self, region: str) -> str:
        """The GB/T 2260 code of a record's region: the unit the home makes the name mean (鼓楼区
        in a report on 福州), 100000 for the nation, "" for zones, towns and unknowns."""
        code = self._codes.get(region)
        if code is None:
            code = self._codes[region] = gazetteer().code_of(region, self.home.near) if region else ""
        return code

    def resolve(self, word: str, pos: int) -> str:
        """What a word like 全市, 我省 or 全国 stands for at pos ("" for any other word)."""
        if not scope_word_kind(word):
            return ""
        return (
            self._resolve(word, self.lay.sentences[self.lay.sentence_index(pos)].para)
            if self.lay.sentences
            else self.home.resolve(word)
        )

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
            # (each end tested once: a lone place is both, and kept only when not excluded)
            if run and not self._excluded(run[0]) and (len(run) == 1 or not self._excluded(run[-1])):
                out.extend(run)
            elif len(run) == 2 and not self._excluded(run[0]) and not self._excluded(run[-1], before=False):
                # 青海与全国的差距: the place after 与 is what the first is compared with
                out.append(run[0])
            elif len(run) > 2 and t[run[0].end : run[1].start] == PARTNER_JOIN and not self._excluded(run[0]):
                out.append(run[0])  # 宁波市与上海、苏州等12个城市: the partners after 与 are others
            run = [p] if p is not None else []
        return out

    def _sentence_places(self, si: int) -> list[Place]:
        """Subject places of a sentence, found once per sentence."""
        if si not in self._places_cache:
            sent = self.lay.sentences[si]
            lo, hi = (
                bisect.bisect_left(self._place_starts, sent.start),
                bisect.bisect_left(self._place_starts, sent.end),
            )
            # a place whose figure stands in a bracket after it (合肥(142.5亿元)、安庆(48亿元)5市，
            # 合计…) is the region of that figure only (the rule "bracketed item")
            found = [
                p for p in self._all_places[lo:hi] if p.end <= sent.end and not BRACKET_ITEM.match(self.folded, p.end)
            ]
            # 全市, 我省: the home's unit of that level (or nothing known)
            words = [
                Place(
                    m.group(),
                    self._resolve(m.group(), sent.para) or _named_before(found, m.start(), m.group()),
                    "",
                    m.start(),
                    m.end(),
                )
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
        return self.region_why(pos, after, rank)[0]

    def region_why(self, pos: int, after: int = 0, rank: bool = False, si: int = -1) -> tuple[str, str]:
        """Region of the figure starting at pos, and the rule that decided it (after: where the
        figure before it in the sentence ends: 成都高新区1012家、武侯区318家 gives each place its
        own figure; si: the index of its sentence, when the caller knows it)."""
        return decide(REGION_RULES, RegionContext(self, pos, after, rank, si))

    def _in_sentence(self, x: RegionContext) -> tuple[list[Place], int]:
        """The subject places of the figure's sentence written before it (within the window),
        without those of the field a rank is taken in; and where its clause begins."""
        t, pos = self.folded, x.pos
        sent = self.lay.sentences[x.si]
        places = self._sentence_places(x.si)
        lo = max(sent.start, pos - WINDOW)
        mark = CLAUSE_BACK.search(t, lo, pos)
        clause = mark.end() if mark else lo
        k = bisect.bisect_right([p.end for p in places], pos)
        before = [p for p in places[max(0, k - 16) : k] if p.start >= lo]
        # 发布《2020年全国科技经费投入统计公报》,四川…: a place inside a document's title names the
        # document; it is the figure's only when no other place is written before it
        before = [p for p in before if not in_title(t, p.start)] or before
        if x.rank:
            # 在山东省13家国家高新区中位居第3位: the places of the field ranked in are not the
            # region of who ranks
            m = _rank_fields()[0].search(t, clause, pos)
            if m:
                before = [p for p in before if not m.start() <= p.start < m.end()]
        # 在广西14个设区市中居第2位,高于全区平均水平(9.8件)7.8件: nor of the figures after the rank
        for m in _rank_fields()[1].finditer(t, sent.start, clause):
            before = [p for p in before if not m.start() <= p.start < m.end()]
        return before, clause
