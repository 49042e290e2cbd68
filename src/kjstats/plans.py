"""Targets: whether a figure is planned (力争, 计划, 预计, 目标, 拟, 将; 到2025年 in a report of 2023),
and the spans of text under a heading or a list of targets (二、2024年工作打算, 主要目标是：…).
The cue words are data (data/cues.toml, [planned] and [planned_scope])."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Final

from .figures import Figure
from .lexicon import Pattern, alternation, compile_pattern, rx, table
from .rules import Rule, decide
from .timephrases import TARGET_BRACKET, YEAR, TimePhrase

if TYPE_CHECKING:
    from .layout import Paragraph

WINDOW: Final = 200  # how far a cue may stand before its figure
_MAX: Final = 1 << 62  # sorts after any end in a (start, end) pair

DONE: Final = compile_pattern(rf"[,;](?:其中)?(?:{alternation(table('cues')['planned']['done_openers'])})")
PLAN_HEADING: Final = compile_pattern(
    rf"(?:{alternation(table('cues')['planned']['heading_ends'])})$|(?:{alternation(table('cues')['planned']['heading_words'])})"
    rf"|(?:^|[、.．)）\s])(?:{alternation(table('cues')['planned']['heading_alone'])})$"
)
PAST_CLAUSE: Final = compile_pattern(rf"[,;]\s*({YEAR})[ ]?年")


@cache
def future_year() -> Pattern:
    """到2025年, 力争到2027年 (cues.toml [planned] to_year); not 截至2023年底 (as of), nor
    增加到2023年的21.6亿元 (the end of a change)."""
    c = table("cues")["planned"]
    to = alternation(c["to_year"])
    # the look-behind after the first word, not before it: a pattern opening with one is tried
    # at every position of the text
    return compile_pattern(rf"(?:{to})(?<![{c['not_before_to']}](?:{to}))((?:19|20)[0-9]{{2}})[ ]?年(?![底末]?的)")


LIST_ITEM: Final = compile_pattern(
    r"\s*(?:——|—|－－|-|•|·|●|○|▪|[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十0-9]+[)）、.．]|第[一二三四五六七八九十]+[,，、])"
)


@dataclass(frozen=True)
class _PlanCues:
    planned: Pattern
    plan_not_after: Pattern
    plan_noun_before: str
    plan_noun_after: str
    plan_as_noun_after: tuple[str, ...]
    target_noun_after: str
    expect_not_after: Pattern
    clause_only: frozenset
    jiang_future: Pattern


@cache
def cues() -> _PlanCues:
    c = table("cues")
    return _PlanCues(
        planned=compile_pattern(
            alternation(c["planned"]["cues"])
            + rf"|{c['planned']['strive']}(?=(?:{alternation(c['planned']['strive_verbs'])}))"
        ),
        plan_not_after=compile_pattern(rf"(?:{alternation(c['planned']['not_after'])})[\p{{Han}}\d]{{0,6}}$"),
        plan_noun_before=c["planned"]["plan_noun_before"],
        plan_noun_after=c["planned"]["plan_noun_after"],
        plan_as_noun_after=tuple(c["planned"]["plan_as_noun_after"]),
        target_noun_after=c["planned"]["target_noun_after"],
        expect_not_after=compile_pattern(rf"(?:{alternation(c['planned']['expect_not_after'])})$"),
        clause_only=frozenset(c["planned_scope"]["clause_only"]),
        jiang_future=compile_pattern(rf"^(?:{alternation(c['planned_scope']['future_after_jiang'])})"),
    )


def _introduces(t: str, p: Paragraph) -> bool:
    return t[p.start : p.end].rstrip()[-1:] in (":", "：")


@cache
def _block_head() -> Pattern:
    c = table("cues")["planned"]
    return compile_pattern(rf"(?:{alternation(c['block_heads'])})(?:是|为|如下|有)?[:：]")


def plan_blocks(
    t: str, paragraphs: Sequence[Paragraph], carry: str | None = None
) -> tuple[list[tuple[int, int]], str | None]:
    """Spans of text under a heading of targets: after 主要目标是： the list items that follow
    (——研发投入…, 一是…, (一)…) are plans, down to the first paragraph that is not an item;
    a section under a heading like 二、2024年工作打算 is plans down to the next heading.
    `carry` says what the previous piece of the document ended in ("section" or "list"); the
    second value returned says what this text ends in."""
    heads = _block_head()
    out = []
    i = 0
    state = None
    if carry and paragraphs:
        j = 0
        while j < len(paragraphs) and (
            not paragraphs[j].heading if carry == "section" else LIST_ITEM.match(t, paragraphs[j].start)
        ):
            j += 1
        if j:
            out.append((paragraphs[0].start, paragraphs[j - 1].end))
            state = carry if j == len(paragraphs) else None
        i = j
    while i < len(paragraphs):
        p = paragraphs[i]
        text = t[p.start : p.end]
        if p.heading and i > 0 and PLAN_HEADING.search(text):
            # 二、2024年工作打算 / 下一步工作计划: the section under such a heading is plans
            j = i + 1
            # (a short line that introduces what follows, 重点抓好以下几个方面工作：, ends no section)
            while j < len(paragraphs) and not (paragraphs[j].heading and not _introduces(t, paragraphs[j])):
                j += 1
            if j > i + 1:
                out.append((paragraphs[i + 1].start, paragraphs[j - 1].end))
            state = "section" if j == len(paragraphs) else None
            i = j
            continue
        m = None
        for m in heads.finditer(text):  # noqa: B007 - the last match is wanted
            pass
        if m is not None:
            start = p.start + m.end()
            stop = rx(r"[。！？!?]").search(t, start, p.end)
            end = stop.end() if stop else p.end
            j = i + 1
            while j < len(paragraphs) and LIST_ITEM.match(t, paragraphs[j].start):
                end = paragraphs[j].end
                j += 1
            out.append((start, end))
            state = "list" if j == len(paragraphs) else None
            i = j
            continue
        state = None
        i += 1
    return out, state


def merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, those that overlap or touch joined into one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def plan_document(
    t: str,
    paragraphs: Sequence[Paragraph],
    phrases: Sequence[TimePhrase],
    plan_year: int | None,
    titled: bool = True,
) -> list[tuple[int, int]]:
    """The paragraphs of a document that is a plan (太原市科学技术局2025年工作要点): after its
    title all it says is targets, but for a paragraph that opens with an earlier year (2024年，
    全市科技工作取得新进展). titled: the text begins with the title (a later piece of a long
    document does not)."""
    if plan_year is None or not paragraphs:
        return []
    starts = [ph.start for ph in phrases]
    out = []
    for p in paragraphs[1:] if titled else paragraphs:
        k = bisect_left(starts, p.start)
        opening = [ph for ph in phrases[k : k + 3] if ph.start < min(p.end, p.start + PAST_OPENING) and ph.year]
        if any(ph.year < plan_year for ph in opening if ph.year is not None):
            continue
        out.append((p.start, p.end))
    return out


PAST_OPENING: Final = 16  # how far into a paragraph of a plan its earlier year may stand


FRAME_START: Final = compile_pattern(r"\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十0-9]+[)、.．])?\s*")


def later_sections(
    t: str, paragraphs: Sequence[Paragraph], heading_times: Sequence[str | None], reported: str
) -> list[tuple[int, int]]:
    """■ 四季度重点工作 in a bulletin of the third quarter, 三、2025年重点任务 in a summary of 2024:
    a section headed by a time after the one the document reports on (`reported`, ISO 8601) is
    plans, down to the next heading (heading_times: per paragraph, the ISO time a heading gives),
    when the heading names work to do (WORK_HEADS: 重点工作, 重点任务)."""
    if not reported:
        return []
    after = _month_bounds(reported)[1]
    out = []
    for i, p in enumerate(paragraphs):
        when = heading_times[i]
        if i == 0 or not p.heading or not when or _month_bounds(when)[0] <= after:
            continue
        if not t[p.start : p.end].rstrip(" :：").endswith(WORK_HEADS):
            continue  # (a heading of what was done, 二、2024年1-5月情况, heads no plans)
        j = i + 1
        while j < len(paragraphs) and not paragraphs[j].heading:
            j += 1
        if j > i + 1:
            out.append((paragraphs[i + 1].start, paragraphs[j - 1].end))
    return out


WORK_HEADS: Final = tuple(table("cues")["planned"]["work_heads"])


def _month_bounds(iso: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last (year, month) of an ISO 8601 time (2025, 2025-10, 2025-07/2025-09)."""
    first, last = iso.split("/")[0].split("-"), iso.split("/")[-1].split("-")
    return (int(first[0]), int(first[1]) if len(first) > 1 else 1), (
        int(last[0]),
        int(last[1]) if len(last) > 1 else 12,
    )


def future_frames(t: str, paragraphs: Sequence[Paragraph], year: int | None) -> list[tuple[int, int]]:
    """Paragraphs that open with a year still to come (到2027年，力争…): all they say is
    targets, in each of their sentences (year: the latest year the document is dated or
    reports on; unknown, any 到…年 opening a paragraph is taken as one)."""
    out = []
    for p in paragraphs:
        lead = FRAME_START.match(t, p.start, p.end)
        m = future_year().match(t, lead.end() if lead else p.start, p.end)
        if m and (year is None or int(m.group(1)) > year):
            out.append((m.end(), p.end))
    return out


class PlanContext:
    """What the planned rules read: the folded text, the figure, where its sentence (within the
    window) and clause begin, the sentence's plan cues, the document's year and plan spans.
    (A plain class with its own __init__, which mypyc compiles: one is built per figure.)"""

    def __init__(
        self,
        t: str,
        sent_lo: int,
        fig: Figure,
        clause_lo: int,
        cue_hits: list[tuple[int, int, str]],
        doc_year: int | None,
        plan_spans: Sequence[tuple[int, int]],
    ) -> None:
        self.t, self.sent_lo, self.fig, self.clause_lo = t, sent_lo, fig, clause_lo
        self.cue_hits, self.doc_year, self.plan_spans = cue_hits, doc_year, plan_spans


# 完成全年目标（120家）的71.7%, 已完成2025年目标（100亿元）的96.5%: the figure in brackets after
# a target's noun is that target, whatever is said of it around the brackets
BRACKETED_TARGET: Final = compile_pattern(rf"{TARGET_BRACKET}$")


# 距2025年40%的目标仍有差距: a figure followed by 的目标 is that target
TARGET_AFTER: Final = compile_pattern(rf"的(?:{alternation(table('cues')['name']['target_nouns'])})")


def _bracketed_target(x: PlanContext) -> bool | None:
    start = x.fig.start
    return True if BRACKETED_TARGET.search(x.t, max(x.sent_lo, start - 8), start) else None


def _target_after(x: PlanContext) -> bool | None:
    return True if TARGET_AFTER.match(x.t, x.fig.end) else None


def _year_to_come(x: PlanContext) -> bool | None:
    # 到2025年，全县高新技术企业达到120家: a year still to come is a target (when the
    # document's own year is unknown, 到…年 before a figure is taken as one)
    t, fig = x.t, x.fig
    if t.find("年", x.sent_lo, fig.start) < 0:
        return None
    done = DONE.search(t, x.sent_lo, fig.start)
    for m in future_year().finditer(t, x.sent_lo, fig.start):
        if (x.doc_year is None or int(m.group(1)) > x.doc_year) and not (done and done.start() > m.end()):
            return True  # (到2025年达到80亿元，目前完成度为77.3%: what is done after it is no target)
    return None


def _plan_cue(x: PlanContext) -> bool | None:
    """A plan cue before the figure in its sentence that governs it."""
    C = cues()
    t, fig, sent_lo = x.t, x.fig, x.sent_lo
    done = DONE.search(t, sent_lo, fig.start) if x.cue_hits else None
    for at, end, word in x.cue_hits:
        if at < sent_lo or end > fig.start:
            continue
        if done and done.start() > end:
            continue  # 计划引进15个，已落地9个: what is done after the plan is no plan
        if x.doc_year is not None and any(
            int(m.group(1)) < x.doc_year for m in PAST_CLAUSE.finditer(t, end, fig.start)
        ):
            continue  # 预计全年新增高企达6家，2017年我县新增高企3家: a clause on a past year
        if word in C.clause_only and at < x.clause_lo:
            continue
        if word == "目标" and (
            C.plan_not_after.search(t[max(sent_lo, at - 8) : at])
            or t[end : end + 1] in C.target_noun_after
            and t[end : end + 1]
        ):
            continue
        if word == "预期" and C.expect_not_after.search(t[max(sent_lo, at - 2) : at]):
            continue
        if word == "规划" and t.startswith(C.plan_as_noun_after, end):
            continue  # 规划确定的15项主要指标中: the plan itself
        if word == "计划":
            if (at > 0 and t[at - 1] in C.plan_noun_before) or (
                t[end : end + 1] and t[end : end + 1] in C.plan_noun_after
            ):
                continue
            if C.plan_not_after.search(t[max(sent_lo, at - 8) : at]):
                continue  # 完成投资额为年度计划的56%: measured against the plan
        if word == "将":
            if not C.jiang_future.match(t[end : end + 4]):
                continue
            # 将继续鼓励区内8家外国专家工作站: a count of what exists, inside a future clause.
            if rx(r"\p{Han}").match(t[fig.end : fig.end + 1] or " ") and fig.unit_kind == "count":
                continue
        return True
    return None


def _plan_section(x: PlanContext) -> bool | None:
    # under 二、2024年工作打算 or after 主要目标是： every figure is a target
    # (the spans are sorted and do not overlap: Doc.plan_spans; one bisection per figure)
    spans, pos = x.plan_spans, x.fig.start
    k = bisect_left(spans, (pos, _MAX)) - 1
    return True if k >= 0 and spans[k][0] <= pos < spans[k][1] else None


PLANNED_RULES: Final[tuple[Rule, ...]] = (
    Rule("bracketed target", _bracketed_target),
    Rule("target after", _target_after),
    Rule("year to come", _year_to_come),
    Rule("plan cue", _plan_cue),
    Rule("plan section", _plan_section),
    Rule("done", lambda x: False),
)


def planned_at(
    t: str,
    sent_lo: int,
    fig: Figure,
    clause_lo: int,
    cue_hits: list[tuple[int, int, str]] | None = None,
    doc_year: int | None = None,
    plan_spans: Sequence[tuple[int, int]] = (),
) -> tuple[bool, str]:
    """Whether the figure is a target, and the rule that decided it (cue_hits: the sentence's
    (start, end, word) plan cues, found once for all its figures)."""
    sent_lo = max(sent_lo, fig.start - WINDOW)
    if cue_hits is None:
        cue_hits = [(m.start(), m.end(), m.group()) for m in cues().planned.finditer(t, sent_lo, fig.start)]
    return decide(PLANNED_RULES, PlanContext(t, sent_lo, fig, clause_lo, cue_hits, doc_year, plan_spans))
