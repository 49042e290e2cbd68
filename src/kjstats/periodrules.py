"""The rules of a figure's period (records.md "Period scope"), in order: its own time (a phrase
right before 的 and the number), the phrase in force in its sentence or paragraph, its section's
heading, the document's leading time, the document's year. scope.Scope decides with them; each
has its specification table in tests/test_spec_period.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from .cleaning import WINDOW
from .layout import Sentence
from .lexicon import alternation, compile_pattern, table
from .rules import Rule
from .timephrases import ATTRIBUTIVE_GAP, REPORTS_WORK, TimePhrase

_W = table("timewords")["words"]
BRACKETS_OPEN: Final = "(\uff08"
CHANGE_FROM: Final = frozenset(_W["change_from"])
# (the figure's number and unit, then a verb of change and 到: 1.02%提高到, 86家增加到; not a
# range, 从5万元到20万元)
CHANGE_TO: Final = compile_pattern(
    rf"[^,;。]{{1,12}}?(?:{alternation(table('cues')['kind']['growth_verbs'])})(?:{alternation(_W['change_to'])})"
)

# (截至11月底，全市已建研发机构2049家，新增技术合同登记1500项: what is added or traded in its own
# clause is a flow, whatever stock the sentence counted before it)
FLOW_WORDS: Final = compile_pattern(alternation(_W["flow"]))
STRONG_STOCK: Final = compile_pattern(alternation([w for w in _W["stock"] if w not in _W["weak_stock"]]))
REPORT_REACH: Final = 2 * WINDOW  # (how far back a report's work is looked for in its paragraph)
CLAUSE_MARK: Final = compile_pattern(r"[,;:，；：]")
GROWTH_OPENS: Final = compile_pattern(rf"(?:{alternation(table('cues')['kind']['growth_verbs'])})")
SPAN_SUMS: Final = compile_pattern(alternation(_W["span_sums"]))
ESTIMATE: Final = compile_pattern(alternation(table("cues")["planned"]["estimates"]))
# what reaches a level: 达到, 增加到, 提高至
REACHED: Final = compile_pattern(rf"(?:{alternation(_W['change_to'])})$")

if TYPE_CHECKING:
    from .scope import Scope


class PeriodContext:
    """What a figure's period is decided from."""

    # A plain class, no dataclass: a compiled dataclass whose field is typed with a class imported
    # only for type checking (Scope) crashes on import (mypyc issue 1209). One is built per
    # figure. What the rules share is computed here or remembered by hand: mypyc compiles a
    # cached_property as a plain property, run again at each use.
    def __init__(self, s: Scope, pos: int, si: int = -1, planned: bool = False) -> None:
        self.s: Scope = s
        self.pos: int = pos
        self.planned = planned
        lay = s.lay
        self.sentence: tuple[int, Sentence] | None = None
        self.lo = pos  # where the rules look back to: the sentence's start within the window
        if lay.sentences:
            si = si if si >= 0 else lay.sentence_index(pos)
            self.sentence = si, lay.sentences[si]
            self.lo = max(lay.sentences[si].start, pos - WINDOW)
        self._in_force: TimePhrase | None = None
        self._in_force_known = False

    @property
    def in_force(self) -> TimePhrase | None:
        if not self._in_force_known:
            self._in_force = self.s._in_force(self.sentence[0], self.lo, self.pos) if self.sentence else None
            self._in_force_known = True
        return self._in_force


def _section_phrase(s: Scope, para: int) -> TimePhrase | None:
    """The time its section's heading gives a paragraph (二、2024年工作打算), or None."""
    return s._para_period[para] if para < len(s._para_period) else None


def _attributive(x: PeriodContext) -> str | None:
    # 从2017年的0.28亿元, 2019年同期的68.96亿元: a time phrase right before 的 and the number is
    # that figure's own (同期: the months in force, that year)
    if x.sentence is None:
        return None
    s, pos = x.s, x.pos
    near = s._phrases_in(max(x.lo, pos - 12), pos)
    if near and near[-1].end + 1 == pos and s.folded[near[-1].end] in BRACKETS_OPEN:
        return s._iso(near[-1])  # 是2012年(19家)的6.6倍: that year's value, in brackets after it
    own = near[-1] if near and near[-1].why == "attributive" else None
    # 由“十二五”末的全国第22位: a few words (the field) may stand between 的 and the figure
    if own is None or not ATTRIBUTIVE_GAP.fullmatch(s.folded, own.end, pos):
        return None
    if own.months is None and s.folded.startswith("同期", own.end):
        # (the months in force, else its section's or the document's: 上半年…较去年同期的70家)
        frames = (x.in_force, _section_phrase(s, x.sentence[1].para), s.doc_period)
        months = next((p for p in frames if p is not None and p.months), None)
        if months is not None:
            year = own.year
            if year is None and months.year is not None:
                year = months.year + own.relative  # 去年同期 in a text on 2024年上半年: 2023
            return s._iso(replace(months, year=year, relative=0 if year is not None else own.relative))
    return s._iso(own)


def _start_of_change(x: PeriodContext) -> str | None:
    # 过去五年…投入强度由1.02%提高到1.86%: the value a change over years starts from is of the
    # year before them (2016 for 2017/2021; 2022 for 2023), the value it reaches of the years
    if x.sentence is None or x.planned or x.pos < 1 or x.s.folded[x.pos - 1] not in CHANGE_FROM:
        return None
    years = x.in_force or _section_phrase(x.s, x.sentence[1].para)  # (一、过去五年工作回顾)
    if years is None or CHANGE_TO.match(x.s.folded, x.pos) is None:
        return None
    first = x.s._iso(years).split("/")[0]
    return str(int(first) - 1) if first.isdigit() else None


def _end_of_change(x: PeriodContext) -> str | None:
    # 五年来…投入强度达到2.43%, 高新技术企业从132家增加到286家: the level reached over years
    # counted back is of the last of them (a sum or an average over them stays of them all)
    if x.sentence is None or x.planned or not REACHED.search(x.s.folded, max(x.lo, x.pos - 2), x.pos):
        return None
    years = x.in_force or _section_phrase(x.s, x.sentence[1].para)
    if (
        years is None
        or not years.years_back
        or SPAN_SUMS.search(x.s.folded, _own_clause(x.s.folded, x.lo, x.pos), x.pos)
    ):
        return None  # (五年来累计投入…达到35亿元, 年均增长达到15%: a sum or an average, of the years)
    last = x.s._iso(years).split("/")[-1]
    return last if last.isdigit() else None


def _own_clause(t: str, lo: int, pos: int) -> int:
    """Where the clause of the figure at pos begins (after its sentence's last comma before it)."""
    marks = [m.end() for m in CLAUSE_MARK.finditer(t, lo, pos)]
    return marks[-1] if marks else lo


def _changed_since(s: Scope, lo: int, pos: int) -> bool:
    """Whether the figure at pos is a stock's change since an earlier time, accrued over the
    months (截至12月底…比上年末增加1147件，增长14.7%): a time compared with in its own clause, or in
    the clause before when its own opens with a verb of change."""
    t = s.folded
    marks = [m.end() for m in CLAUSE_MARK.finditer(t, lo, pos)]
    own = marks[-1] if marks else lo
    before = marks[-2] if len(marks) > 1 else lo
    reach = before if GROWTH_OPENS.match(t, own) else own
    return any(p.why == "compare" and p.start >= reach for p in s._phrases_in(lo, pos))


def _flow(s: Scope, current: TimePhrase, sent: Sentence, pos: int) -> bool:
    """Whether the figure at pos, up to a date (截至11月底), is a flow since January: no stock word
    in its sentence, or what is added or traded in its own clause, or a stock's change since an
    earlier time (比上年末增加1147件; not the level reached, 增加至1.5万件: a stock still)."""
    lo = max(sent.start, pos - WINDOW)  # (as far back as the other rules look: a list of 50 000
    # counts in one sentence stays linear)
    if not s._stock(lo, pos):
        return True
    own = _own_clause(s.folded, lo, pos)
    if FLOW_WORDS.search(s.folded, own, pos) and not STRONG_STOCK.search(s.folded, own, pos):
        return True  # (现有登记在册的…4500家: a stock word in the clause itself wins)
    return _changed_since(s, max(current.end, lo), pos) and not REACHED.search(s.folded, pos - 2, pos)


def _in_force(x: PeriodContext) -> str | None:
    # the last time phrase before the figure in its sentence, or the one an earlier sentence of
    # its paragraph opened with; 截至11月底 is January to November for a flow, November for a
    # stock (拥有, 有效, 累计); a year word (全年) takes the year written before it
    s, current = x.s, x.in_force
    if current is None or x.sentence is None:
        return None
    sent = x.sentence[1]
    if current.year is not None and any(
        p.why == "compare" and p.year == current.year for p in s._phrases_in(current.end, x.pos)
    ):
        return None  # 2017年新增3家，较2017年增长100%: what is compared with a year is not of it
    if current.to_date and current.months and _flow(s, current, sent, x.pos):
        current = replace(current, months=(1, current.months[1]), to_date=False)
    if current.year is None and current.relative == 0 and not current.now:
        written = s._written_year(s.lay.paragraphs[sent.para].start, current.start)
        if written is None:  # else the year its section's heading gives (二、2024年工作计划)
            section = _section_phrase(s, sent.para)
            written = section.year if section is not None else None
        if written is not None:
            return s._iso(replace(current, year=written))
    return s._iso(current)


def _section(x: PeriodContext) -> str | None:
    # 二、2024年工作打算: the time a heading gives its section
    if x.sentence is None:
        return None
    section = _section_phrase(x.s, x.sentence[1].para)
    return x.s._iso(section) if section is not None else None


def _reports_work(x: PeriodContext) -> str | None:
    # 5月至7月，…开展检查。检查组听取了9个部门的汇报… (现将检查情况报告如下): the work a report is
    # on was done in the year it is written, whatever year the figures it reports are of
    s = x.s
    if x.sentence is None or s.now_year is None:
        return None
    start = max(s.lay.paragraphs[x.sentence[1].para].start, x.pos - REPORT_REACH)
    return str(s.now_year) if any(p.why == REPORTS_WORK for p in s._phrases_in(start, x.pos)) else None


def _target_after_writing(x: PeriodContext) -> str | None:
    # 拟将补助比例提高到15% in a letter of 2025 on 2023's figures: a target with no time of its
    # own is not of a year that had passed when it was set, but of the year of writing
    # (nor of the document's leading time, when that had passed: 2015年，全县… in a survey of 2016)
    s = x.s
    if not x.planned or s.now_year is None or ESTIMATE.search(s.folded, x.lo, x.pos):
        return None
    lead = s._iso(s.doc_period)[:4] if s.doc_period is not None else ""
    before = int(lead) if lead.isdigit() else s.doc_year
    return str(s.now_year) if before is not None and before < s.now_year else None


def _document(x: PeriodContext) -> str | None:
    # the document's leading time phrase (2020年上半年，绍兴市…), for the figures after it or
    # when it stands in the title: a figure written before it (11月27日，…公布了42家 … 截至11月底)
    # takes the document's year
    s = x.s
    if s.doc_period is None:
        return None
    at = s._doc_period_at
    if at > x.pos and s.lay.sentences[s.lay.sentence_index(at)].para != 0:
        return None
    return s._iso(s.doc_period)


def _document_year(x: PeriodContext) -> str:
    return str(x.s.doc_year) if x.s.doc_year else ""


PERIOD_RULES: Final[tuple[Rule, ...]] = (
    Rule("attributive", _attributive),
    Rule("start of a change", _start_of_change),
    Rule("end of a change", _end_of_change),
    Rule("phrase in force", _in_force),
    Rule("section", _section),
    Rule("the report's work", _reports_work),
    Rule("target after writing", _target_after_writing),
    Rule("document's time", _document),
    Rule("document's year", _document_year),
)
