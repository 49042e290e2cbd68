"""The rules of a figure's region (records.md, `region`), in order: the place right before its
bracket, the places a top rank is followed by, a text without sentences, a place's average, a
sentence naming no place,
places summed, the field a count is taken in, a place since the figure before, its own clause,
earlier in its sentence, its section's. scope.Scope decides with them; each has its specification
table in tests/test_spec_region.py.
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import TYPE_CHECKING, Final

from .lexicon import Pattern, alternation, compile_pattern, scope_word_pattern, table
from .places import Place, common_parent, names, sums_places
from .rules import Rule

if TYPE_CHECKING:
    from .scope import Scope

# A bracket that holds a figure of the place before it: 合肥(142.5亿元), 铜陵(增长45.0%), 亳州(-69.1%).
BRACKET_ITEM: Final = compile_pattern(r"\((?:同比)?(?:增长|下降|增速|增幅|约|为|达)?[-−+]?[0-9]")


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


class RegionContext:
    """What a figure's region is decided from: the scope, where the figure begins (pos), where the
    figure before it in its sentence ends (after; 0: none), whether it is a rank."""

    # A plain class, no dataclass: a compiled dataclass whose field is typed with a class imported
    # only for type checking (Scope) crashes on import (mypyc issue 1209). One is built per figure.
    def __init__(self, s: Scope, pos: int, after: int, rank: bool, si: int = -1) -> None:
        self.s: Scope = s
        self.pos, self.after, self.rank = pos, after, rank
        self.si = si if si >= 0 else s.lay.sentence_index(pos)  # the figure's sentence (asked by most rules)
        self._placed: tuple[list[Place], int] | None = None

    # Remembered by hand: mypyc compiles a cached_property as a plain property, run at each use.
    @property
    def placed(self) -> tuple[list[Place], int]:
        """The subject places before the figure in its sentence, and where its clause begins."""
        if self._placed is None:
            self._placed = self.s._in_sentence(self)
        return self._placed

    @property
    def section(self) -> str:
        para = self.s.lay.sentences[self.si].para
        return self.s._para_region[para] if para < len(self.s._para_region) else self.s.doc_region


@cache
def _whole_of_scope() -> Pattern:
    # 占全市(16.5亿元)的14.3%, 占全省规上工业企业(78家): the bracket holds the whole of that unit
    share = alternation(table("cues")["name"]["whole_before"])
    return compile_pattern(
        rf"(?:(?:{share})({scope_word_pattern().pattern})\p{{Han}}{{0,12}}|({scope_word_pattern().pattern}))$"
    )


def _bracketed(x: RegionContext) -> str | None:
    # 广东(3098.5亿元): the place right before the bracket, as written
    t, pos = x.s.folded, x.pos
    b = t.rfind("(", max(0, pos - 6), pos)
    if b > 0 and ")" not in t[b:pos] and BRACKET_ITEM.match(t, b):
        g = names()
        for k in range(6, 1, -1):
            name = t[b - k : b]
            if name in g.full or name in g.short:
                return name
        m = _whole_of_scope().search(t, max(0, b - 16), b)
        if m:
            return x.s.resolve(m.group(1) or m.group(2), pos) or None
    return None


# 产值总量前三名为烟台、青岛、东营: the places a top rank is followed by are who holds it.
RANKED_PLACES: Final = compile_pattern(r"(?:的\p{Han}{0,4}?)?(?:分别|依次)?(?:为|是)[:]?")


def _ranked_places(x: RegionContext) -> str | None:
    if not x.rank:
        return None
    t = x.s.folded
    k = next((i for i in range(x.pos, min(len(t), x.pos + 8)) if t[i] in "位名强"), -1)
    if k < 0:
        return None
    m = RANKED_PLACES.match(t, k + 1)
    if not m or m.end() == k + 1:
        return None
    k = bisect.bisect_left(x.s._place_starts, m.end())
    found = x.s._all_places[k] if k < len(x.s._all_places) else None
    return found.name if found is not None and found.start == m.end() else None


def _no_sentence(x: RegionContext) -> str | None:
    return x.s.doc_region if not x.s.lay.sentences else None


def _no_place(x: RegionContext) -> str | None:
    # a sentence naming no place: the region its section is about (the home's, without a heading)
    return x.section if not x.s._sentence_places(x.si) else None


def _summed_places(x: RegionContext) -> str | None:
    # 长沙、株洲、湘潭三市合计成交1580.2亿元: a sum over places is of the unit they are in
    before = x.placed[0]
    return (common_parent(before[-2:]) or x.section) if sums_places(x.s.folded, before, x.pos) else None


def _counted_in(x: RegionContext) -> str | None:
    # 在全国178家国家高新区: a place written right before the number is what it counts in
    if x.rank:
        return None
    before, _ = x.placed
    last = before[-1] if before else None
    if last is None or last.end != x.pos or last.start < x.after:
        return None
    if len(before) > 1 and x.s.folded[before[-2].end : last.start] in ("、", "和", "及", "与"):
        return x.section  # 郑州、洛阳、新乡、平顶山4家高新区: the places are what is counted
    return last.full


def _after_previous(x: RegionContext) -> str | None:
    # 成都高新区1012家、武侯区318家: a place since the figure before it in the sentence
    if not x.after:
        return None
    places = [p for p in x.placed[0] if p.start >= x.after]
    return _most_specific(places) if places else None


@cache
def _average_of() -> Pattern:
    average = table("placewords")["average"]
    words, between = alternation(average["words"]), alternation(average["between"])
    return compile_pattern(rf"({scope_word_pattern().pattern})[^,;:。]{{0,11}}?(?:{words})(?:{between})$")


@cache
def _average_between() -> tuple[str, ...]:
    return tuple(table("placewords")["average"]["between"])


def _average(x: RegionContext) -> str | None:
    # 低于全省平均水平(3.54%), 全国平均为2.55%: the figure of an average is the average's place's
    # (高于全国平均0.7个百分点, written with no bracket or verb between, is the subject's gap)
    t, lo = x.s.folded, max(0, x.pos - 24)
    # (the pattern ends in one of the words between: tried only where one ends the window)
    m = _average_of().search(t, lo, x.pos) if t.endswith(_average_between(), lo, x.pos) else None
    return (x.s.resolve(m.group(1), x.pos) or None) if m else None


def _own_clause(x: RegionContext) -> str | None:
    # 新昌县、嵊州市增速居后两位: a place in the figure's own clause
    before, clause = x.placed
    places = [p for p in before if p.start >= clause]
    return _most_specific(places) if places else None


def _in_sentence(x: RegionContext) -> str | None:
    # a place earlier in the sentence (the most specific of the first chain written together)
    before, _ = x.placed
    return _most_specific(before) if before else None


def _section_region(x: RegionContext) -> str:
    return x.section


REGION_RULES: Final[tuple[Rule, ...]] = (
    Rule("bracketed item", _bracketed),
    Rule("places ranked", _ranked_places),
    Rule("no sentence", _no_sentence),
    Rule("a place's average", _average),
    Rule("no place in the sentence", _no_place),
    Rule("places summed", _summed_places),
    Rule("counted in", _counted_in),
    Rule("after the previous figure", _after_previous),
    Rule("own clause", _own_clause),
    Rule("earlier in the sentence", _in_sentence),
    Rule("section", _section_region),
)
