"""China's administrative units (data/places.toml): each with its code, level and parent, and
every form a report writes it in (江苏省 and 江苏, 黔东南苗族侗族自治州 and 黔东南州, 鼎城区 and 鼎城).

A written form can name several units (鼓楼区 is a district of four cities, 吉林 a province and a
city): `lookup` picks the one under the units a document is about, else the highest level, and
gives up (None) when that still leaves two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Final, NamedTuple

from .lexicon import table

PROVINCE, PREFECTURE, COUNTY = 0, 1, 2
NATION_CODE: Final = "100000"
# Lines of the division table that are not places (市辖区: the districts' grouping in a city).
NOT_PLACES: Final = frozenset(("市辖区", "省直辖县级行政区划", "县", "自治区直辖县级行政区划"))


class Unit(NamedTuple):
    code: str  # GB/T 2260, six digits
    name: str  # full name
    level: int  # PROVINCE, PREFECTURE or COUNTY
    parent: str  # code of the unit above, "" for a province


# How a form names its unit: full name, a short form a province or prefecture goes by, a short
# form that is also a word (大庆), a county's stem (鼎城): the later, the more it needs context.
FULL, SHORT, AMBIGUOUS, STEM = "full", "short", "ambiguous", "stem"


@dataclass
class Gazetteer:
    units: dict[str, Unit] = field(default_factory=dict)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # form -> unit codes
    form_kind: dict[str, str] = field(default_factory=dict)  # form -> FULL, SHORT, AMBIGUOUS, STEM
    one_char: frozenset[str] = frozenset()  # counties of one-character stem (郫县, since 郫都区)
    longest: int = 0

    def unit(self, code: str) -> Unit | None:
        return self.units.get(code)

    def chain(self, code: str) -> list[Unit]:
        """The unit and the units above it, nearest first (越城区, 绍兴市, 浙江省)."""
        out = []
        unit = self.units.get(code)
        while unit is not None:
            out.append(unit)
            unit = self.units.get(unit.parent)
        return out

    def lookup(self, form: str, near: tuple[str, ...] = ()) -> Unit | None:
        """The unit a written form names: one under (or equal to) a unit of `near` first, else
        the only one of the highest level; None when it stays ambiguous or is unknown."""
        codes = self.forms.get(form)
        if not codes:
            return None
        if len(codes) == 1:
            return self.units[codes[0]]
        if near:
            inside = [c for c in codes if any(_within(c, n) for n in near)]
            if len(inside) == 1:
                return self.units[inside[0]]
            if inside:
                codes = tuple(inside)
        top = min(self.units[c].level for c in codes)
        best = [c for c in codes if self.units[c].level == top]
        return self.units[best[0]] if len(best) == 1 else None

    def code_of(self, name: str, near: tuple[str, ...] = ()) -> str:
        """The region_code of a region as written: 100000 for the nation, "" when not a unit."""
        if name in ("全国", "我国", "中国", "全國"):
            return NATION_CODE
        unit = self.lookup(name, near)
        return unit.code if unit else ""

    def full_name(self, form: str, near: tuple[str, ...] = ()) -> str:
        """The full name of the unit a form names (越城 -> 越城区), else the form itself."""
        unit = self.lookup(form, near)
        return unit.name if unit else form


def _within(code: str, other: str) -> bool:
    """Whether unit `code` lies inside unit `other` (or is it)."""
    if code == other:
        return True
    if other.endswith("0000"):
        return code[:2] == other[:2]
    if other.endswith("00"):
        return code[:4] == other[:4]
    return False


def within(code: str, other: str) -> bool:
    return _within(code, other)


def _strip(name: str, suffixes: list[str]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _strip_peoples(stem: str, peoples: list[str]) -> str:
    """黔东南苗族侗族 -> 黔东南: the names of the peoples an autonomous unit is named for."""
    changed = True
    while changed:
        changed = False
        for p in peoples:
            for written in (p, p[:-1] if p.endswith("族") and len(p) > 2 else p):
                if stem.endswith(written) and len(stem) > len(written) + 1:
                    stem = stem[: -len(written)]
                    changed = True
    return stem


def _parent_code(code: str, level: int, present: set[str]) -> str:
    if level == PROVINCE:
        return ""
    prefecture = code[:4] + "00"
    if level == COUNTY and prefecture in present:
        return prefecture
    return code[:2] + "0000"  # a municipality's district, a county the province governs directly


@cache
def gazetteer() -> Gazetteer:
    places = table("places")
    words = table("placewords")
    suffixes = words["suffixes"]
    peoples = list(words["ethnic"]["groups"])
    ambiguous = set(words["ambiguous"]["short"])
    # (a word a report uses for its own unit, 全州, is no county's stem either: 全州县)
    bad_stems = set(words["ambiguous"]["county_stems"]).union(*words["scope_words"].values())
    rows = []
    for level_name, level in (("provinces", PROVINCE), ("prefectures", PREFECTURE), ("counties", COUNTY)):
        for item in places[level_name]:
            code, name = item.split(" ", 1)
            if name not in NOT_PLACES:
                rows.append((code, name, level))
    present = {code for code, _, _ in rows}
    g = Gazetteer()
    one_char: set[str] = set()
    kinds_rank = {FULL: 0, SHORT: 1, AMBIGUOUS: 2, STEM: 3}

    def add(form: str, code: str, kind: str) -> None:
        codes = g.forms.get(form, ())
        if code not in codes:
            g.forms[form] = codes + (code,)
        old = g.form_kind.get(form)
        if old is None or kinds_rank[kind] < kinds_rank[old]:
            g.form_kind[form] = kind

    for code, name, level in rows:
        g.units[code] = Unit(code, name, level, _parent_code(code, level, present))
        add(name, code, FULL)
    for code, name, level in rows:
        key = ("province", "prefecture", "county")[level]
        stem = _strip(name, suffixes[key])
        autonomous = name.endswith(("自治州", "自治县", "自治旗"))
        if autonomous:
            stem = _strip_peoples(stem, peoples)
        if len(stem) < 2:
            if level == COUNTY and name.endswith("县"):
                one_char.add(stem)
            continue
        if level == COUNTY:
            if stem not in bad_stems and g.form_kind.get(stem, STEM) == STEM:
                add(stem, code, STEM)
            if autonomous:
                add(stem + "县", code, SHORT)
            continue
        add(stem, code, AMBIGUOUS if stem in ambiguous else SHORT)
        if autonomous:
            add(stem + "州", code, SHORT)  # 黔东南州
    # a stem some full name also has (吉林 the province, 吉林 the city) keeps the full reading
    g.one_char = frozenset(one_char)
    g.longest = max(map(len, g.forms))
    return g
