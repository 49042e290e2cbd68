"""The document's home: the unit a report is about, and what 全市, 我省, 全区 stand for in it.

Evidence, strongest first: a place in the title or headline (苏州前九月发明专利授权增七成,
宣城旌德:…), in a source or byline line (来源:福建日报, 四川在线), in the name of the report
(《福州市2015年科技工作总结》), as the seat of the issuing agency (黔东南州科技系统, 福州市科学技术局),
then every other mention. The words a report uses for itself (县科技局, 全县, 我市) say the level of
its home: a named place of that level is preferred. A place that is the field of a ranking
(居绍兴第2) contains the home rather than being it. A word like 全省 then stands for the home's
unit of that level, or the unit above it (全省 in a city's report is the city's province); it
stands for nothing when the document names no such unit.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from .gazetteer import COUNTY, PREFECTURE, PROVINCE, STEM, Unit, gazetteer
from .lexicon import alternation, compile_pattern, scope_word_pattern, scope_words, table
from .lines import FULL_STOP
from .places import LIST_JOIN, Place, WordScan, find_places, is_org, is_town, is_zone_name

TITLE_MAX: Final = 60  # a leading line this short is a title, headline or byline
LEAD_LINES: Final = 6  # the lines before the body that may hold title, source and date
TITLE, SOURCE, NAMED, AGENCY, BODY = 8.0, 6.0, 5.0, 4.0, 1.0
ORG: Final = "org"
PARTNER: Final = compile_pattern(r"(?:与|同|赴|到|来自|对接|流向|联合|携手|和)$")
HAN: Final = compile_pattern(r"\p{Han}")
WEAK: Final = 0.5  # a mention the finders refuse in running text (an organisation's, a stem)


@dataclass(frozen=True)
class Home:
    """The unit the document is about (None when it names none) and the level it speaks at."""

    unit: Unit | None = None
    zone: str = ""  # a zone or town named as home (潍坊高新区, 柳市镇), which 全区 or 全镇 stands for
    level: str = ""  # the level of the words it uses for itself: province, region, city, county...
    nation: bool = False  # a report on the whole country (统计公报 of the nation)
    named: tuple[str, ...] = field(default_factory=tuple)  # codes of every unit the text names

    @property
    def name(self) -> str:
        """The region of a figure that names none."""
        if self.zone:
            return self.zone
        if self.nation:
            return "全国"
        return self.unit.name if self.unit else ""

    @property
    def near(self) -> tuple[str, ...]:
        """Codes that disambiguate a short form: the home's chain, then the units named."""
        chain = tuple(u.code for u in gazetteer().chain(self.unit.code)) if self.unit else ()
        return chain + self.named

    def resolve(self, word: str) -> str:
        """What a word like 全市 or 我省 stands for: the full name of the home's unit of that
        level (or of the unit above it), 全国 for the nation, "" when the text names none."""
        kind = scope_word_kind(word)
        if kind == "nation":
            return "全国"
        if self.zone and kind == ("town" if is_town(self.zone) else "region"):
            return self.zone  # 全区 in a zone's report, 全镇 in a town's
        for unit in gazetteer().chain(self.unit.code) if self.unit else ():
            if _fits(unit, kind):
                return unit.name
        return ""


def _fits(unit: Unit, kind: str) -> bool:
    name = unit.name
    if kind == "province":
        return unit.level == PROVINCE
    if kind == "region":
        return name.endswith("区") and not name.endswith("地区")
    if kind == "city":
        return name.endswith("市")
    if kind == "county":
        return name.endswith(("县", "旗"))
    if kind == "prefecture":
        return unit.level == PREFECTURE and name.endswith(("州", "盟"))
    return False


def scope_word_kind(word: str) -> str:
    return scope_words().get(word, "")


@cache
def _patterns():
    w = table("placewords")["source"]
    return (
        compile_pattern(rf"(?:{alternation(w['markers'])})"),
        # (asked with a position: match() anchors it there; a ^ would match only at the text's start)
        compile_pattern(rf"(?:{alternation(w['media'])})"),
        # the level a report speaks at, by its agency written without a name (县科技局, 省科技厅)
        compile_pattern(rf"(?<![\p{{Han}}])([省市区县州])(?:{ISSUERS})"),
        compile_pattern(ISSUERS),
    )


# The offices that issue S&T reports: the place before one is the report's author (福州市科学技术局).
ISSUERS: Final = "科技局|科技厅|科学技术局|科学技术厅|科技系统|科工信局|科技和工业信息化局|科委|科协|统计局"
SELF: Final = 4.0  # 我市, 本县: a report speaking of itself
FITS: Final = 4.0  # the bonus of a unit of the level a report speaks at
KIND_OF_AGENCY: Final = {"省": "province", "市": "city", "区": "region", "县": "county", "州": "prefecture"}
AGENCY_WORD: Final = compile_pattern(rf"[{''.join(KIND_OF_AGENCY)}](?:{ISSUERS})")


def find_home(
    folded: str,
    paragraphs: list[tuple[int, int]],
    places: list[Place] | None = None,
    row_labels: list[tuple[int, int]] | None = None,
) -> Home:
    """The home of a document, from its folded text, its paragraphs' (start, end) and the
    places found in it. Names inside organisations and county stems are looked for in the
    lead lines, and in the whole text only when the places found there name no home. Places
    that label the rows of a table (row_labels: their spans) are its parts, as places listed
    beside each other are."""
    if places is None:
        places = find_places(folded)
    parts = _row_places(places, row_labels or [])
    levels = _levels(folded, paragraphs)  # (the same for both readings)
    home, sure = _find_home(folded, paragraphs, places, everywhere=False, levels=levels, parts=parts)
    if not sure:
        home, _ = _find_home(folded, paragraphs, places, everywhere=True, levels=levels, parts=parts)
    return home


def _row_places(places: list[Place], labels: list[tuple[int, int]]) -> set[str]:
    """The units that label two or more rows of tables (袁州区, 樟树市 under 全市)."""
    starts = [p.start for p in places]
    found = set()
    for a, b in labels:
        k = bisect_left(starts, a)
        if k < len(places) and places[k].start == a and places[k].end == b and places[k].adcode:
            found.add(places[k].adcode)
    return found if len(found) >= 2 else set()


def _levels(folded: str, paragraphs: list[tuple[int, int]]) -> dict[str, float]:
    """The levels the text speaks at, with their weights: its words for itself (全市, 我省)
    and its agencies written without a name (县科技局)."""
    _, _, agency_level, _ = _patterns()
    levels: dict[str, float] = defaultdict(float)
    if not paragraphs:
        return levels
    # Both kinds of words are found in one scan of the text (no word spans the blanks between
    # paragraphs), then counted paragraph by paragraph as before: the order the levels are
    # first met in breaks ties. (`regex` runs agency_level, slowly: only where the `re` pattern
    # it implies finds a hit.)
    lo, hi = min(s for s, _ in paragraphs), max(e for _, e in paragraphs)
    words = [(m.start(), m.end()) for m in scope_word_pattern().finditer(folded, lo, hi)]
    agencies = [m.span() for m in agency_level.finditer(folded, lo, hi)] if AGENCY_WORD.search(folded, lo, hi) else []
    word_starts = [a for a, _ in words]
    agency_starts = [a for a, _ in agencies]
    for s, e in paragraphs:
        for a, b in words[bisect_left(word_starts, s) : bisect_left(word_starts, e)]:
            if b > e:
                continue
            word = folded[a:b]
            if not is_org(folded, b, near=True) and not _ranking_field(folded, Place(word, "", "", a, b)):
                levels[scope_word_kind(word)] += SELF if word.startswith(("我", "本")) else 1
        for a, b in agencies[bisect_left(agency_starts, s) : bisect_left(agency_starts, e)]:
            if b <= e:
                levels[KIND_OF_AGENCY[folded[a]]] += 3
    return levels


def _find_home(
    folded: str,
    paragraphs: list[tuple[int, int]],
    places: list[Place],
    everywhere: bool,
    levels: dict[str, float],
    parts: set[str],
) -> tuple[Home, bool]:
    """The home, and whether the evidence is sure (a strong mention, or a unit of the level the
    text speaks at)."""
    markers, media, _, issuing = _patterns()
    starts = [p.start for p in places]
    score: dict[str, float] = defaultdict(float)
    strong: set[str] = set()  # units named in a title, source, report name or by their agency
    titled: set[str] = set()  # units named in the title lines themselves
    # units named beside a sibling (诸暨市、越城区) or labelling rows of a table: parts of the home
    listed: set[str] = set(parts)
    zones: dict[str, float] = defaultdict(float)
    within: dict[str, str] = {}  # zones the lead lines write right after the unit they lie in
    fields: set[str] = set()
    named: list[str] = []

    lead = _lead_lines(folded, paragraphs)
    for i, (s, e) in enumerate(paragraphs):
        in_lead = i in lead
        line = folded[s:e]
        is_source = in_lead and bool(markers.search(line))
        found = places[bisect_left(starts, s) : bisect_left(starts, e)]
        mentions = _mentions(folded, s, e, found, everywhere or in_lead)
        for (a, _), (b, _) in zip(mentions, mentions[1:]):
            if a.adcode and b.adcode and folded[a.end : b.start] in LIST_JOIN and _siblings(a.adcode, b.adcode):
                listed.update((a.adcode, b.adcode))
        prev_end, prev_code = -1, ""
        chained = _chained(mentions)
        carried = 0.0
        for i, (p, how) in enumerate(mentions):
            after_place, prev_end = p.start == prev_end, p.end
            after_code, prev_code = (prev_code if after_place else ""), p.adcode
            if PARTNER.search(folded, max(s, p.start - 3), p.start):
                continue  # 与上海科技合作, 赴杭州: a partner or a destination, not the home
            if (
                how == STEM
                and not after_place
                and p.start > s
                and HAN.match(folded, p.start - 1)
                and folded[p.start - 1] not in "的在从、"
            ):
                continue  # 以上高新: a stem inside a run of words
            weight = WEAK if how == ORG else BODY
            if in_lead and not is_source and how != ORG:
                weight = TITLE
            if is_source or media.match(folded, p.end):
                weight = max(weight, SOURCE)  # 来源:福建日报, 贵州广播电视台
            if _in_report_name(folded, s, p.start):
                weight = max(weight, NAMED)
            elif issuing.match(folded, p.end):
                weight = max(weight, AGENCY)
            if p.adcode in parts:
                weight = min(weight, BODY)  # a table's row, however near the top: a part
            weight, carried = max(weight, carried), 0.0
            if i in chained:
                # 重庆市永川区第四届人民代表大会: a chain names its last unit, the ones before it
                # say where that lies (the organisation is the last one's)
                carried = weight
                continue
            if _ranking_field(folded, p):
                fields.add(p.adcode)
                continue
            if p.adcode:
                score[p.adcode] += weight
                if weight > BODY:
                    strong.add(p.adcode)
                if in_lead and weight >= TITLE and e - s <= TITLE_MAX:
                    titled.add(p.adcode)
                named.append(p.adcode)
            elif p.full and p.full != "全国" and is_zone_name(p.full):
                zones[p.full] += weight
                if after_code and in_lead:
                    within[p.full] = after_code  # 乐清市柳市镇: the zone of the unit before it
    level = max(levels, key=lambda k: levels[k]) if levels else ""
    # (a unit the title lines name is the home's candidate even where a sentence ranks others
    # within it: 太原市人民政府 over 在…城市中，太原市位列第42位)
    unit = _pick({c: v for c, v in score.items() if c in strong or c not in listed}, level, fields - titled)
    if unit is None and level and level != "nation":
        # 全省 over a table of 南京市, 苏州市, 无锡市 (parts, no home named): the unit of the text's
        # level they all lie in
        unit = _common_unit([c for c in score if c in listed and c not in fields], level)
    sure = unit is not None and (unit.code in strong or not level or _fits(unit, level))
    if unit is not None and level and unit.code not in strong and not _fits(unit, level):
        # 我省 in a text naming only its cities: the province they lie in
        unit = next((u for u in gazetteer().chain(unit.code) if _fits(u, level)), unit)
    zone = ""
    if zones:
        best_zone = max(zones, key=lambda z: zones[z])
        # the zone lies in the place it is named after (潍坊高新区: 潍坊市)
        named_after = next(
            (u for k in range(len(best_zone) - 1, 1, -1) if (u := gazetteer().lookup(best_zone[:k])) is not None),
            None,
        ) or gazetteer().units.get(within.get(best_zone, ""))
        # a zone is home only when the title names it (潍坊高新区2023年…), not in passing; the
        # place it lies in, named by the source or in the body (来源:株洲日报), is no rival
        # unless the title names that place too
        if zones[best_zone] >= TITLE and (
            unit is None
            or zones[best_zone] >= score.get(unit.code, 0)
            or (
                named_after is not None
                and (unit.code not in titled or within.get(best_zone) == unit.code)
                and _contains(unit, named_after)
            )
        ):
            zone = best_zone
            unit = named_after or unit
    nation = level == "nation" and not zone and (unit is None or unit.code not in strong)
    home = Home(None if nation else unit, zone, level, nation=nation, named=tuple(dict.fromkeys(named)))
    return home, sure or bool(zone) or nation


def _chained(mentions: list[tuple[Place, str]]) -> set[int]:
    """The mentions written right before a unit that lies in them (the 重庆市 of 重庆市永川区)."""
    g = gazetteer()
    return {
        i
        for i, ((a, _), (b, _)) in enumerate(zip(mentions, mentions[1:]))
        if b.start == a.end and a.adcode and b.adcode and any(u.code == a.adcode for u in g.chain(b.adcode)[1:])
    }


def _common_unit(codes: list[str], level: str) -> Unit | None:
    """The unit of `level` that every one of codes lies in, if there is one."""
    found = {next((u.code for u in gazetteer().chain(c) if _fits(u, level)), "") for c in codes}
    return gazetteer().units[found.pop()] if len(found) == 1 and "" not in found else None


def _contains(outer: Unit, inner: Unit) -> bool:
    return any(u.code == outer.code for u in gazetteer().chain(inner.code))


def _pick(score: dict[str, float], level: str, fields: set[str]) -> Unit | None:
    g = gazetteer()
    # one mention inside an organisation's name (武汉理工大学) is not enough
    candidates = {c: s for c, s in score.items() if c not in fields and s >= BODY}
    if not candidates:
        return None
    if level and level != "nation":
        candidates = {c: s + (FITS if _fits(g.units[c], level) else 0) for c, s in candidates.items()}
    top = max(candidates.values())
    best = [c for c, s in candidates.items() if s == top]
    # of equal evidence, the one inside a unit the text also names (平阳县 in a report that names
    # 温州市委, beside 缙云县 in passing), then the most specific of a chain (宣城旌德: 旌德县)
    best.sort(key=lambda c: (-sum(score.get(u.code, 0.0) for u in g.chain(c)[1:]), -g.units[c].level))
    choice = best[0]
    return g.units[choice]


def _lead_lines(folded: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """The indexes of the title, headline and byline lines: short lines before the body."""
    out = set()
    for i, (s, e) in enumerate(paragraphs[:LEAD_LINES]):
        if e - s > TITLE_MAX or FULL_STOP.search(folded, s, e):
            break  # a sentence ended by 。 is body text, however short
        out.add(i)
    if not out and paragraphs:
        out.add(0)  # a first line that runs long is still the headline of a news story
    return out


def _mentions(folded: str, s: int, e: int, found: list[Place], scan: bool) -> list[tuple[Place, str]]:
    """Places of a paragraph with how they were found: "" by the place finder, ORG inside an
    organisation's or media outlet's name (福建日报, 大连科技创新园: evidence of home though not
    regions), STEM by a county's stem (鼎城发明专利申请量)."""
    out = [(p, "") for p in found]
    if not scan:
        return out
    taken = [(p.start, p.end) for p, _ in out]
    g = gazetteer()
    for a, b in _forms_in(folded, s, e):
        if any(x < b and a < y for x, y in taken):
            continue
        form = folded[a:b]
        unit = g.lookup(form)
        if unit is None:
            continue
        if g.form_kind[form] == STEM and unit.level == COUNTY and folded[b : b + 1] in "区县市":
            continue  # 鼎城区 itself was found as a full name, or refused
        how = ORG if is_org(folded, b) or g.form_kind[form] != STEM else STEM
        out.append((Place(form, unit.name, unit.code, a, b), how))
    out.sort(key=lambda pw: pw[0].start)
    return out


def _forms_in(t: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of every written form of a unit (of two characters or more) in t[s:e],
    leftmost-longest (a pattern of all 6,000 forms would try them in turn)."""
    return _form_scan().spans(t, s, e)


@cache
def _form_scan() -> WordScan:
    return WordScan([form for form in gazetteer().forms if len(form) >= 2])


def _siblings(a: str, b: str) -> bool:
    g = gazetteer()
    ua, ub = g.units.get(a), g.units.get(b)
    return ua is not None and ub is not None and ua.level == ub.level and ua.parent == ub.parent


def _in_report_name(folded: str, line_start: int, pos: int) -> bool:
    """Whether pos stands inside 《…》 (the name of a report or document)."""
    open_ = folded.rfind("《", line_start, pos)
    return open_ >= 0 and folded.find("》", open_, pos) < 0


def _ranking_field(folded: str, p: Place) -> bool:
    """居绍兴第2, 位列全省第四, 全市首位, 全省前三: a place ranked in, not the ranking one."""
    return bool(RANKED_IN.match(folded, p.end))


RANKED_IN: Final = compile_pattern(
    rf"(?:第(?![0-9\p{{Han}}]{{1,3}}?[{table('cues')['rank']['session_after']}])"
    r"|前[0-9一二三四五六七八九十两]+(?:名|位|强)|首位|末位|前列|之首|排名|排位|排序|\s?[0-9]+强|百强|十强|有名|知名|一流)"
)
