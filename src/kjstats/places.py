"""Places written in a text: administrative units in every form (gazetteer.py), zones and towns
the division table lacks (松山湖高新区, 长安镇), groups of places (长三角地区) and the nation,
told apart from the organisations and parks whose names hold a place (武汉理工大学, 大连科技创新园).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Final

from .gazetteer import AMBIGUOUS, COUNTY, FULL, SHORT, STEM, gazetteer
from .lexicon import Pattern, alternation, compile_pattern, first_chars, last_chars, rx, scope_word_pattern, table


@dataclass(slots=True, init=False)
class Place:
    name: str  # as written
    full: str  # full name (越城 -> 越城区), or the name as written when not a unit
    adcode: str  # GB/T 2260 code; "" for zones, towns, groups and the nation
    start: int
    end: int

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(self, name: str, full: str, adcode: str, start: int, end: int) -> None:
        self.name, self.full, self.adcode, self.start, self.end = name, full, adcode, start, end


@dataclass(frozen=True)
class Names:
    """The lookups of the name finders (built once from the gazetteer)."""

    full: dict[str, str]  # full name -> code (the highest level bearing it)
    short: dict[str, str]  # short form of a province or prefecture -> full name
    county_short: dict[str, str]  # stem of exactly one county -> its full name
    stems: frozenset[str]  # every county and prefecture stem: 临安 (临安市, now 临安区)
    longest: int
    lengths: dict[str, list[int]]  # last character -> lengths of the names that end in it, longest first
    one_char: frozenset[str]  # counties with a one-character stem (郫县, since 郫都区)
    # last two characters (or the one of a one-character name) -> bit k set for each full or
    # national name of length k ending in them: most lengths need no lookup of their own
    tails: dict[str, int]
    stem_last: frozenset[str]  # the last characters of the stems


@cache
def names() -> Names:
    g = gazetteer()
    words = table("placewords")
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    county_short: dict[str, str] = {}
    stems: set[str] = set()
    for form, codes in g.forms.items():
        kind = g.form_kind[form]
        units = [g.units[c] for c in codes]
        if kind == FULL:
            full[form] = min(units, key=lambda u: u.level).code
        elif kind in (SHORT, AMBIGUOUS):
            best = min(units, key=lambda u: u.level)
            if form not in full:
                short[form] = best.name
            stems.add(form)
        elif kind == STEM:
            stems.add(form)
            if len(units) == 1:
                county_short[form] = units[0].name
    lengths: dict[str, set] = {}
    for name in list(full) + list(national_words()):
        lengths.setdefault(name[-1], set()).add(len(name))
    for macro in words["macro"]["names"]:  # 苏南五市, 长三角地区
        for suffix in ("市", "区"):
            lengths.setdefault(suffix, set()).update((len(macro) + 2, len(macro) + 1))
    by_last = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
    tails: dict[str, int] = {}
    for name in list(full) + list(national_words()):
        tails[name[-2:]] = tails.get(name[-2:], 0) | (1 << len(name))
    stem_last = last_chars(stems)
    return Names(full, short, county_short, frozenset(stems), g.longest, by_last, g.one_char, tails, stem_last)


@cache
def national_words() -> tuple[str, ...]:
    return tuple(table("placewords")["national"]["words"])


@cache
def _patterns():
    w = table("placewords")
    zones = w["zones"]
    dev = zones["suffixes"] + zones["named_suffixes"]  # (a development zone's, not a town's)
    return {
        "org": compile_pattern(alternation(w["organisation"]["words"])),
        "verbs": compile_pattern(alternation(w["organisation"]["verbs"])),
        "agency": compile_pattern(alternation(w["agency"]["words"])),
        "zone": compile_pattern(
            rf"(?!{alternation(zones['not_first'])})(?:\p{{Han}}{{2,6}}(?:{alternation(zones['suffixes'])})"
            rf"|\p{{Han}}{{1,3}}(?:{alternation(zones['town_suffixes'])})(?<!{alternation(zones['town_words'])}))"
        ),
        "zone_tail": compile_pattern(rf"(?:{alternation(dev + zones['town_suffixes'])})$"),
        "zone_only_tail": compile_pattern(rf"(?:{alternation(dev)})$"),
        # (it begins with a group's name: _macro_starts finds where one may match)
        "macro": compile_pattern(rf"(?:{alternation(w['macro']['names'])})(?:地区|片区|[一二三四五六七八九十两]市|)$"),
        # the short forms of provinces and prefectures (江苏, 苏州, 黔东南州), scanned as one
        # pattern with the groups of places, which are not short forms (苏南平均 holds no 南平)
        "short": compile_pattern(alternation(list(names().short) + w["macro"]["names"])),
        "short_scan": WordScan(list(names().short) + w["macro"]["names"]),
        "macro_names": frozenset(w["macro"]["names"]),
        "macro_any": compile_pattern(alternation(w["macro"]["names"])),
        "national": frozenset(national_words()),
        # first characters of the agency words, last ones of the zone suffixes: where neither
        # stands, their patterns need not be tried
        "agency_first": first_chars(w["agency"]["words"]),
        "zone_last": last_chars(dev + zones["town_suffixes"]),
    }


PLACE_PREPOSITIONS: Final = frozenset(table("placewords")["zones"]["prepositions"])  # 在高沙窝镇，…


def _opens(text: str, lo: int, j: int) -> bool:
    return j == lo or text[j - 1] in CLAUSE_START


def _ends_unit(text: str, lo: int, j: int, n: Names) -> bool:
    """Whether a unit's full name ends at j (乐清市 in 乐清市柳市镇)."""
    return any(text[j - k : j] in n.full for k in range(2, min(n.longest, j - lo) + 1))


def is_zone_name(name: str) -> bool:
    """Whether a name is a development zone's or a town's (松山湖高新区, 柳市镇, 圣城街道)."""
    return _patterns()["zone_tail"].search(name) is not None


def is_development_zone(name: str) -> bool:
    """Whether a name is a development zone's (松山湖高新区, 荣昌区大学科技园), not a town's."""
    return _patterns()["zone_only_tail"].search(name) is not None


GENERIC_ZONE: Final = table("placewords")["zones"]["generic"]  # (园区 alone: the zone a text is about)


def is_town(name: str) -> bool:
    """Whether a name is a town's or a subdistrict's (柳市镇, 圣城街道): below a county."""
    return name.endswith(TOWN_SUFFIXES)


TOWN_SUFFIXES: Final = tuple(table("placewords")["zones"]["town_suffixes"])


NOT_FIRST: Final = tuple(table("placewords")["zones"]["not_first"])  # (what opens no place's name)
LOCAL_ZONES: Final = frozenset(table("placewords")["zones"]["local"])  # 高新区 alone: the home city's
LOCAL_ZONE_WORDS: Final = tuple(sorted(LOCAL_ZONES, key=lambda z: (-len(z), z)))  # (longest first)
# Every administrative name ends in one of these, and they are rare enough in running text that
# looking back from each of them is much faster than trying thousands of names at every position.
# (and the zones' suffixes: 荣昌区大学科技园 ends in 园)
_ZONES: Final = table("placewords")["zones"]
SUFFIX_CHARS: Final = compile_pattern(
    "["
    + "".join(
        sorted(
            set("省市区县州盟旗国镇道")
            | {z[-1] for z in _ZONES["suffixes"] + _ZONES["named_suffixes"] + _ZONES["local"]}
        )
    )
    + "]"
)
HAN_CHAR: Final = compile_pattern(r"\p{Han}")
CLAUSE_START: Final = set(",，、;；:：。!?！？()（）“”\"' \t\n|《》")
WHOLE_OF: Final = ("全省", "全市", "全区", "全县")  # 湖北全省 names 湖北省
LIST_JOIN: Final = "、和及与"
ORG_RUN: Final = compile_pattern("[\u4e00-\u9fff]{1,24}")


def _org_run(text: str, end: int) -> str:
    """The run of Chinese characters right after a place (where an organisation name would go)."""
    m = ORG_RUN.match(text, end)
    return m.group() if m else ""


def find_places(text: str, lo: int = 0, hi: int | None = None, province: str = "", city: str = "") -> list[Place]:
    """Place mentions in text[lo:hi], in order, without those inside organisation names.
    province (the first two digits of a code): short forms that are also words (大庆) name
    their place in a report on their province, not only beside another place; city (the first
    four digits of a code, two for a municipality): its counties' stems name them (昆山)."""
    n = names()
    hi = len(text) if hi is None else hi
    out: list[Place] = []
    macro_starts = _macro_starts(text, lo, hi)
    for m in SUFFIX_CHARS.finditer(text, lo, hi):
        i = m.end()
        if text[i : i + 1] == "级":
            continue  # 市级, 县级: a level of government, not a place
        place = _place_ending_at(text, lo, i, n, macro_starts)
        if place is None or (out and place.start < out[-1].end and place.end <= out[-1].end):
            continue
        if is_org(text, i, near=place.full == "全国") or _in_org_parens(text, place.start, i):
            continue
        while out and place.start <= out[-1].start:
            out.pop()  # 景德镇高新技术产业开发区 after 景德镇 (read at its 镇): the whole name is the place
        out.append(place)
    shorts = _short_forms(text, lo, hi, out, province)
    if shorts:
        out = sorted(out + shorts, key=lambda p: p.start)
    stems = _county_stems(text, lo, hi, out, city) if city else []
    return sorted(out + stems, key=lambda p: p.start) if stems else out


def _county_stems(text: str, lo: int, hi: int, found: list[Place], city: str) -> list[Place]:
    """昆山, 江阴, 鼎城: a county by its stem alone, in a report on its city (or a county of it),
    where no other place was read there; not a stem that is an ordinary word (placewords
    [ambiguous] county_stems) nor the start of a full name or an organisation's."""
    out = []
    for form, unit in city_county_stems(city).items():
        at = text.find(form, lo, hi)
        while at >= 0:
            e = at + len(form)
            if (
                SUFFIX_CHARS.match(text, e) is None
                and not any(p.start < e and at < p.end for p in found)
                and not is_org(text, e)
                and not _in_org_parens(text, at, e)
            ):
                out.append(Place(form, unit.name, unit.code, at, e))
            at = text.find(form, e, hi)
    return out


@cache
def city_county_stems(city: str) -> dict:
    """The stems of the counties under a city (the first four digits of its code; two for a
    municipality, 11 for 北京) that name one county there and are no other place's short form."""
    g, n = gazetteer(), names()
    refused = frozenset(table("placewords")["ambiguous"]["county_stems"])
    out = {}
    for form, codes in g.forms.items():
        if g.form_kind[form] != STEM or len(form) < 2 or form in refused or form in n.short or form in n.full:
            continue
        units = [g.units[c] for c in codes if c.startswith(city) and g.units[c].level == COUNTY]
        if len(units) == 1:
            out[form] = units[0]
    return out


def _short_forms(text: str, lo: int, hi: int, found: list[Place], province: str = "") -> list[Place]:
    """江苏, 苏州, 黔东南州: provinces and prefectures by their short form, where no full name
    was found; a form that is also a word (大庆) only beside another place (哈尔滨、大庆)."""
    g = gazetteer()
    pats = _patterns()
    # a form overlaps a place found when one of the places ending after its start begins
    # before its end: the earliest start among the places ending after each end, by bisection
    taken = sorted((p.end, p.start) for p in found)
    ends = [b for b, _ in taken]
    first_start = [a for _, a in taken]
    for k in range(len(first_start) - 2, -1, -1):
        first_start[k] = min(first_start[k], first_start[k + 1])
    out: list[Place] = []
    for s, e in pats["short_scan"].spans(text, lo, hi, pats["short"]):
        k = bisect_right(ends, s)
        if k < len(ends) and first_start[k] < e:
            continue
        form = text[s:e]
        if form in pats["macro_names"] or text[e : e + 1] in "省市区县州盟":
            continue  # a group of places; or the short form of a full name refused (南通市级)
        unit = g.lookup(form)
        if unit is None:
            continue
        if (
            g.form_kind.get(form) == AMBIGUOUS
            and not (province and unit.code.startswith(province))
            and not _beside_a_place(text, s, e, found + out)
        ):
            continue
        if is_org(text, e) or _in_org_parens(text, s, e):
            continue
        out.append(Place(form, unit.name, unit.code, s, e))
    return out


@cache
def ambiguous_forms(province: str) -> tuple[str, ...]:
    """The short forms of a province's places that are also words (大庆 in 黑龙江: 23)."""
    g = gazetteer()
    return tuple(
        f
        for f, k in g.form_kind.items()
        if k == AMBIGUOUS and (u := g.lookup(f)) is not None and u.code[:2] == province
    )


class WordScan:
    """The spans of a list's words in a text, leftmost and longest, as an `alternation` of them
    finds them, found faster: a position is tried only where a word's first two characters
    could stand (one class and a look-ahead, which the engine skips along), then by the lengths
    of the words they begin. (An alternation of hundreds of words tries their first characters
    in turn at each position; a lookup at every position costs a string and a hash.)"""

    def __init__(self, words: list[str]) -> None:
        ws = {w for w in words if w}
        self.words = frozenset(ws)
        lengths: dict[str, set[int]] = {}
        for w in ws:
            lengths.setdefault(w[:2], set()).add(len(w))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        first = "".join(re.escape(c) for c in sorted({w[0] for w in ws}))
        second = "".join(re.escape(c) for c in sorted({w[1] for w in ws if len(w) > 1}))
        # (a one-character form would need the pattern itself)
        self.pairs = re.compile(f"[{first}](?=[{second}])") if ws and all(len(w) > 1 for w in ws) else None

    def spans(self, text: str, lo: int, hi: int, pattern: Pattern | None = None) -> list[tuple[int, int]]:
        """The words' spans in text[lo:hi]; `pattern` (their alternation) is asked only when a
        word has one character."""
        if self.pairs is None:
            return [m.span() for m in pattern.finditer(text, lo, hi)] if pattern is not None else []
        out: list[tuple[int, int]] = []
        resume = lo
        for m in self.pairs.finditer(text, lo, hi):
            s = m.start()
            if s < resume:
                continue
            for k in self.lengths.get(text[s : s + 2], ()):
                if s + k <= hi and text[s : s + k] in self.words:
                    out.append((s, s + k))
                    resume = s + k
                    break
        return out


def _beside_a_place(text: str, s: int, e: int, places: list[Place]) -> bool:
    before = s - 1 if s > 0 and text[s - 1] in LIST_JOIN else -1
    after = e if text[e : e + 1] in LIST_JOIN else -1
    # (-1: no joining mark on that side; a place at the text's start is beside nothing)
    return any((before >= 0 and p.end == before) or (after >= 0 and p.start == after + 1) for p in places) or bool(
        after >= 0 and _patterns()["short"].match(text, after + 1)
    )


def _macro_starts(text: str, lo: int, hi: int) -> set[int]:
    """Where the name of a group of places (长三角) begins in text[lo:hi], overlaps included."""
    out: set[int] = set()
    if not _patterns()["macro_any"].search(text, lo, hi):
        return out  # (most texts name none: one scan instead of one per name)
    for name in _patterns()["macro_names"]:
        j = text.find(name, lo, hi)
        while j >= 0:
            out.add(j)
            j = text.find(name, j + 1, hi)
    return out


def _place_ending_at(text: str, lo: int, i: int, n: Names, macro_starts: set[int]) -> Place | None:
    """The longest place name ending at i (a suffix character at i - 1)."""
    if text[i - 1 : i + 1] in _suffix_words():
        return None  # 湖北区域创新能力, 浙江市场主体: the suffix begins a word (区域, 市场)
    pats = _patterns()
    national = pats["national"]
    # the lengths of the full and national names ending here (one lookup for all)
    last = text[i - 1]
    tail_bits = n.tails.get(text[i - 2 : i] if i >= 2 else "", 0) | n.tails.get(last, 0)
    for k in n.lengths.get(last, ()):
        if k > i - lo:
            continue
        if not (tail_bits >> k) & 1 and (not macro_starts or i - k not in macro_starts):
            continue  # no name of this length ends here, no group of places begins there
        cand = text[i - k : i]
        if cand in n.full:
            if k == 2 and i - k > lo and HAN_CHAR.match(text[i - k - 1]) and text[i - k - 1] not in "省市州盟":
                continue  # 兴县 in 振兴县域, 和县 in 融和县: a one-character name inside a word
            return Place(cand, cand, n.full[cand], i - k, i)
        if cand in national:
            return Place(cand, "全国", "", i - k, i)
        if pats["macro"].match(cand) and (i - k == lo or text[i - k - 1] in CLAUSE_START):
            return Place(cand, cand, "", i - k, i)  # 长三角地区 as a subject, not in 使用长三角地区服务机构
    # 杭州市临平区: a district the table does not know, written after its city
    if (
        text[i - 1] in "区县市"
        and i - 4 >= lo
        and text[i - 4] in "市州盟"
        and rx(r"[^和及与委的等各全本我该省市区县]{2}[区县市]").fullmatch(text, i - 3, i)
    ):
        for k in range(2, min(n.longest, i - lo - 3) + 1):
            if text[i - 3 - k : i - 3] in n.full:
                return Place(text[i - 3 : i], text[i - 3 : i], "", i - 3, i)
    # 临平区科技局: a place the table does not know, named as the seat of an agency
    if text[i - 1] in "区县市" and text[i : i + 1] in pats["agency_first"] and pats["agency"].match(text, i):
        j = i - 3
        if (
            j >= lo
            and (j == lo or text[j - 1] in CLAUSE_START or text[j - 1].isdigit())
            and rx(r"[^和及与委的等各全本我该省市区县从在于向对据经由被把将记者]{2}[区县市]").fullmatch(text, j, i)
            and rx(r"\p{Han}+").fullmatch(text, j, i)
            and text[j:i] not in _level_suffixes()  # (自治区科技厅: a level's agency, no place)
        ):
            return Place(text[j:i], text[j:i], "", j, i)
    # 高新区成交额38.2亿元: the zone of the city the text is about
    for zone in LOCAL_ZONE_WORDS:
        z = i - len(zone)
        if z >= lo and text.startswith(zone, z) and (z == lo or text[z - 1] in CLAUSE_START):
            return Place(zone, zone, "", z, i)
    if text[i - 1] in pats["zone_last"] and (tail := pats["zone_tail"].search(text, max(lo, i - 9), i)):
        stem_end = tail.start()
        if pats["zone_only_tail"].search(text, stem_end, i):
            # 推动芜湖高新区进入…: a zone (not a town) named after a place, wherever it stands
            for k in range(min(n.longest, stem_end - lo), 1, -1):
                form = text[stem_end - k : stem_end]
                if form in n.full or form in n.short or form in n.county_short:
                    return Place(text[stem_end - k : i], text[stem_end - k : i], "", stem_end - k, i)
        for k in range(3, min(14, i - lo) + 1):
            j = i - k
            # (a town opens a clause, or 在 opening one, or follows the unit it lies in: 乐清市柳市镇)
            # (after 在 a town only: 在中部地区国家高新区中 is a rank's field)
            after_in = text[j - 1] in PLACE_PREPOSITIONS and text.endswith(TOWN_SUFFIXES, j, i)
            opens = _opens(text, lo, j) or (after_in and _opens(text, lo, j - 1))
            if (opens or _ends_unit(text, lo, j, n)) and pats["zone"].fullmatch(text, j, i):
                if scope_word_pattern().search(text, j, stem_end) or _opens_with_province(text[j:stem_end], n):
                    break  # 力争全省国家高新区, 河南国家高新区: the zones of a province, no zone's name
                return Place(text[j:i], text[j:i], "", j, i)
    # A county renamed since (临安市 -> 临安区) keeps its stem; it must not be the tail of a
    # longer name (雄安新区 is not 安新县).
    if text[i - 1] in "区县市" and (text[i - 2 : i - 1] in n.stem_last or text[i - 3 : i - 2] in n.one_char):
        for k in range(min(5, i - lo), 2, -1):
            cand = text[i - k : i]
            j = i - k
            if (
                cand[:-1] in n.stems
                # 郫县 -> 郫都区, 蓟县 -> 蓟州区: a one-character county takes a second character
                or (k == 3 and cand[-1] == "区" and cand[0] in n.one_char and cand[1] not in "新城")
            ) and (j == lo or not HAN_CHAR.match(text[j - 1]) or text[j - 1] in "市省"):
                return Place(cand, cand, "", j, i)
    if text[i - 2 : i] in WHOLE_OF and i - 2 > lo:
        for k in range(min(6, i - 2 - lo), 1, -1):
            stem = text[i - 2 - k : i - 2]
            full = n.short.get(stem) or (stem if stem in n.full else None)
            if full:
                return Place(stem, full, n.full.get(full, ""), i - 2 - k, i - 2)
    return None


def _opens_with_province(stem: str, n: Names) -> bool:
    """Whether stem begins with a province's full name (河南省, 广西壮族自治区; not a city such as
    上海): 河南省国家高新区 are the province's zones. (A short name may be a zone's own:
    吉林国家高新区 is 吉林市's, 青海国家高新区 one zone in 西宁.)"""
    return any(stem[:k] in n.full and stem[:k].endswith(_province_endings()) for k in range(3, min(len(stem), 10) + 1))


@cache
def _level_suffixes() -> frozenset[str]:
    """The suffixes of units' full names (自治区, 自治州, 特别行政区): alone they name a level."""
    suffixes = table("placewords")["suffixes"]
    return frozenset(w for level in ("province", "prefecture", "county") for w in suffixes[level] if len(w) > 1)


@cache
def _suffix_words() -> frozenset[str]:
    return frozenset(table("placewords")["suffixes"]["in_words"])


@cache
def _province_endings() -> tuple[str, ...]:
    """How a province's full name ends, and no city's (省, 自治区; the municipalities end in 市)."""
    suffixes = table("placewords")["suffixes"]
    return tuple(x for x in suffixes["province"] if x not in suffixes["prefecture"])


def _in_org_parens(text: str, start: int, end: int) -> bool:
    """中国地质大学(武汉): a place in brackets right after an organisation's name is part of it."""
    if start < 1 or text[start - 1] != "(" or text[end : end + 1] != ")":
        return False
    return bool(_patterns()["org"].search(text[max(0, start - 6) : start - 1]))


def is_org(text: str, end: int, near: bool = False) -> bool:
    """Whether the place begins an organisation's name (武汉理工大学; with near, only when the
    organisation word follows at once: 全国重点实验室, not 全国共有产品检测实验室)."""
    pats = _patterns()
    run = _org_run(text, end)
    if not run or pats["agency"].match(run):
        return False
    m = pats["org"].search(run[:5] if near else run)
    # 余姚市新认定省级研发中心12家: a verb before the organisation word makes it a sentence
    # about the place, not the name of an organisation
    return m is not None and not pats["verbs"].search(run, 0, m.start())


def is_agency(text: str, end: int) -> bool:
    """Whether an agency word follows at end (越城区科技局): the place speaks for itself."""
    return bool(_patterns()["agency"].match(text, end))


def ends_with_place(text: str) -> bool:
    """Whether text ends with a place name (居绍兴第2: 绍兴 before 第)."""
    n = names()
    for k in range(2, min(n.longest, len(text)) + 1):
        tail = text[-k:]
        if tail in n.full or tail in n.short:
            return True
    return False


@cache
def _agency_end() -> Pattern:
    return compile_pattern(rf"(?:{alternation(table('placewords')['agency']['words'])})$")


def ends_with_agency(text: str) -> bool:
    """Whether text ends with an agency's word (省科技厅, 市政府): who acts, not what is counted."""
    return bool(_agency_end().search(text))


def is_place_name(text: str) -> bool:
    """Whether text is nothing but a place name, full or short (合肥, 黔东南州, 江苏省)."""
    n = names()
    return text in n.full or text in n.short or text in n.county_short


@cache
def place_count() -> Pattern:
    """5市, 4个市, 两省: a number of places taken together, at the start of a text."""
    groups = alternation(table("placewords")["groups"]["words"])
    return compile_pattern(rf"^[0-9一二三四五六七八九十两]+个?(?:{groups})(?:均|都|也|共)?")


def sums_places(t: str, places: list[Place], pos: int) -> bool:
    """Whether a figure at pos is the sum over the list of places ending its `places` (placewords
    [sums]): the last two are joined as a list, and after the last, a count of them may stand
    (三市), then a word of summing, or one opening a later clause before the figure."""
    if len(places) < 2 or t[places[-2].end : places[-1].start] not in _list_joins():
        return False
    rest = t[places[-1].end : min(pos, places[-1].end + 24)]
    m = place_count().match(rest)
    sums = _sum_words()
    if (m is not None and m.group().endswith(sums)) or rest[m.end() if m else 0 :].lstrip(",").startswith(sums):
        return True
    if any("," + w in rest for w in sums):
        return True  # (…宣城5市居后五位,合计成交额31.4亿元: a clause on)
    # (…分别以36家、35家位列第二、第三，三地合计112家: a later clause counting the places)
    for clause in rest.split(",")[1:]:
        c = place_count().match(clause)
        if c is not None and (c.group().endswith(sums) or clause.startswith(sums, c.end())):
            return True
    return False


def common_parent(places: list[Place]) -> str:
    """The full name of the unit all of places are in (亳州、黄山 -> 安徽省), or ""."""
    g = gazetteer()
    parents = {g.units[p.adcode].parent if p.adcode in g.units else "" for p in places}
    parent = parents.pop() if len(parents) == 1 else ""
    return g.units[parent].name if parent in g.units else ""


@cache
def _sum_words() -> tuple[str, ...]:
    return tuple(table("placewords")["sums"]["words"])


@cache
def _list_joins() -> frozenset[str]:
    return frozenset(table("placewords")["lead"]["list_joins"])


LIST_MARKER: Final = r"^[一二三四五六七八九十]+、|^\(?[0-9一二三四五六七八九十]+[)、.]|[\s:：]+"


def heading_place(line: str) -> str | None:
    """The full name of the place a short heading line names (越城 -> 越城区), else None."""
    s = rx(LIST_MARKER).sub("", line.strip())
    if not s or len(s) > 8:
        return None
    n = names()
    if s in n.full:
        return s
    if s in n.short:
        return n.short[s]
    if s in n.county_short:
        return n.county_short[s]
    return None


def heading_stem(line: str) -> str | None:
    """The text of a short heading that could be a place's short name (新津, 郫都): two or
    three Chinese characters standing alone, after any list marker (not a verb: 二、建议)."""
    s = rx(LIST_MARKER).sub("", line.strip())
    return s if rx(r"\p{Han}{2,3}").fullmatch(s) and not s.startswith(NOT_FIRST) else None


def expand(name: str) -> str:
    """The full form of a place name when the text used a short one (湖北 -> 湖北省)."""
    n = names()
    if name in n.full:
        return name
    return n.short.get(name) or n.county_short.get(name) or name


def is_county(code: str) -> bool:
    unit = gazetteer().unit(code)
    return unit is not None and unit.level == COUNTY
