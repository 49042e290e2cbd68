"""Place names: the gazetteer of data/places.toml, found in text, told apart from organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from .lexicon import compile_pattern, rx, table

# Suffixes stripped to get the short form a text may use (浙江省 -> 浙江, 越城区 -> 越城).
PROVINCE_SUFFIXES: Final = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
PREFECTURE_SUFFIXES: Final = ("自治州", "地区", "市", "盟")
COUNTY_SUFFIXES: Final = ("自治县", "自治旗", "林区", "特区", "区", "县", "市", "旗")
NOT_PLACES: Final = {"市辖区", "省直辖县级行政区划", "县", "自治区直辖县级行政区划"}
# Names that are national rather than administrative units.
NATIONAL: Final = ("全国", "我国", "中华人民共和国")
# Groups of places often reported as one region (苏南五市, 长三角地区).
MACRO: Final = (
    "长三角",
    "珠三角",
    "京津冀",
    "粤港澳大湾区",
    "大湾区",
    "成渝",
    "苏南",
    "苏中",
    "苏北",
    "浙东",
    "浙西",
    "浙南",
    "浙北",
    "皖南",
    "皖北",
    "豫东",
    "鲁西",
    "胶东",
)
MACRO_SUFFIX: Final = r"(?:地区|片区|[一二三四五六七八九十两]市|)"
# A place followed by these within its run of Chinese characters names an organisation (武汉理工大学,
# 浙江精工碳纤维有限公司), which says nothing about the region of a figure.
ORG_WORDS: Final = compile_pattern(
    r"大学|学院|学校|中学|小学|公司|集团|银行|医院|研究院|研究所|中心|实验室|协会|学会|商会|"
    r"基金会|工厂|厂|有限|股份|报社|电视台|出版社|博物馆|图书馆|酒店|宾馆"
)
# A place followed by these is the agency of that place, which speaks for it (越城区科技局).
VERBS: Final = compile_pattern(
    r"新增|新认定|认定|引进|建成|建设|新建|实现|完成|达到|发放|使用|申报|获批|共有|拥有|"
    r"累计|培育|组建|入选|推进|开展|加快|支持|投入|获得|设立|成立"
)
AGENCY_WORDS: Final = compile_pattern(
    r"(?:人民)?政府|科技局|科技厅|科学技术局|科学技术厅|科技委|统计局|科协|党委|区委|市委|县委|委员会"
)


@dataclass(slots=True, init=False)
class Place:
    name: str  # as written
    full: str  # full administrative name (越城 -> 越城区)
    adcode: str  # 6 digits; "" for national and macro regions
    start: int
    end: int

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(self, name: str, full: str, adcode: str, start: int, end: int) -> None:
        self.name, self.full, self.adcode, self.start, self.end = name, full, adcode, start, end


def _strip(name: str, suffixes) -> str:
    for suf in suffixes:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)]
    return name


@dataclass(frozen=True)
class _Gazetteer:
    full: dict  # full name -> adcode (best level)
    short: dict  # short form -> full name (provinces and prefectures)
    county_short: dict  # unambiguous county short form -> full name (headings only)
    stems: frozenset  # every county and prefecture stem: 临安 (临安市, now 临安区)
    longest: int
    lengths: dict  # last character -> lengths of the names that end in it, longest first
    one_char: frozenset  # counties with a one-character stem (郫县, since renamed 郫都区)


LEVEL_RANK: Final = {"provinces": 0, "prefectures": 1, "counties": 2}


@cache
def gazetteer() -> _Gazetteer:
    return _Gazetteer(*_build_gazetteer())


def _build_gazetteer() -> tuple:
    """The _Gazetteer's fields, from data/places.toml."""
    data = table("places")
    full: dict[str, tuple[int, str]] = {}
    short: dict[str, tuple[int, str]] = {}
    county_short: dict[str, list[str]] = {}
    one_char: set[str] = set()
    for level, items in data.items():
        rank = LEVEL_RANK[level]
        for item in items:
            code, name = item.split(" ", 1)
            if name in NOT_PLACES:
                continue
            suffixes = {0: PROVINCE_SUFFIXES, 1: PREFECTURE_SUFFIXES, 2: COUNTY_SUFFIXES}[rank]
            stem = _strip(name, suffixes)
            # One-character stems (城区, 郊区, 和县) are ordinary words in running text.
            if len(stem) < 2:
                if rank == 2 and name.endswith("县"):
                    one_char.add(stem)
                continue
            if name not in full or full[name][0] > rank:
                full[name] = (rank, code)
            if rank < 2:
                if stem not in short or short[stem][0] > rank:
                    short[stem] = (rank, name)
            else:
                county_short.setdefault(stem, []).append(name)
    full_names = {n: c for n, (_, c) in full.items()}
    short_names = {s: n for s, (_, n) in short.items() if s not in full_names}
    counties = {s: ns[0] for s, ns in county_short.items() if len(ns) == 1}
    longest = max(map(len, full_names))
    stems = frozenset(county_short) | frozenset(short_names)
    lengths: dict[str, set] = {}
    for name in list(full_names) + list(NATIONAL):
        lengths.setdefault(name[-1], set()).add(len(name))
    for macro in MACRO:  # 苏南五市, 长三角地区
        for suffix in ("市", "区"):
            lengths.setdefault(suffix, set()).update((len(macro) + 2, len(macro) + 1))
    by_last = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
    return (full_names, short_names, counties, stems, longest, by_last, frozenset(one_char))


# Every administrative name ends in one of these, and they are rare enough in running text that
# looking back from each of them is much faster than trying thousands of names at every position.
SUFFIX_CHARS: Final = re.compile(r"[省市区县州盟旗国镇道]")
# Units below a county, and development zones, are not in the gazetteer: 长安镇, 松山湖高新区.
# They count when written at the start of a clause (no Chinese character before them).
HAN_CHAR: Final = compile_pattern(r"\p{Han}")
ZONE: Final = compile_pattern(
    r"(?!全|各|每|本|该|我|区内|县内|市内|辖区|国家|省级|市级|县级|区级|所有|其他|相关|重点|结合|围绕|依托|推进|推动|加快|"
    r"打造|建设|支持|服务|对接|做强|实施|落实|深化|包括|其中|位于|地处|带动|引领|深入|走进|覆盖|辐射|各)"
    r"\p{Han}{2,6}(?<!乡)(?:国家自主创新示范区|自主创新示范区|自创区|高新技术产业开发区|经济技术开发区|"
    r"高新区|开发区|经开区|新区|示范区|片区|镇|街道)"
)
LOCAL_ZONES: Final = frozenset(("高新区", "经开区", "开发区", "保税区", "自贸区"))
ZONE_TAIL: Final = compile_pattern(r"(?:高新区|开发区|经开区|新区|示范区|自创区|片区|镇|街道)$")
MACRO_FIRST: Final = frozenset(m[0] for m in MACRO)
CLAUSE_START: Final = set(",，、;；:：。!?！？()（）“”\"' \t\n|")
WHOLE_OF: Final = ("全省", "全市", "全区", "全县")  # 湖北全省 names 湖北省
MACRO_RE: Final = compile_pattern(rf"(?:{'|'.join(MACRO)}){MACRO_SUFFIX}$")


def _org_run(text: str, end: int) -> str:
    """The run of Chinese characters right after a place (where an organisation name would go)."""
    j = end
    while j < len(text) and j - end < 24 and "\u4e00" <= text[j] <= "\u9fff":
        j += 1
    return text[end:j]


def find_places(text: str, lo: int = 0, hi: int | None = None) -> list[Place]:
    """Place mentions in text[lo:hi], without those inside organisation names."""
    g = gazetteer()
    hi = len(text) if hi is None else hi
    out: list[Place] = []
    for m in SUFFIX_CHARS.finditer(text, lo, hi):
        i = m.end()
        if text[i : i + 1] == "级":
            continue  # 市级, 县级: a level of government, not a place
        place = _place_ending_at(text, lo, i, g)
        if place is None or (out and place.start < out[-1].end and place.end <= out[-1].end):
            continue
        if _is_org(text, i, near=place.full == "全国") or _in_org_parens(text, place.start, i):
            continue
        out.append(place)
    return out


def _place_ending_at(text: str, lo: int, i: int, g: _Gazetteer) -> Place | None:
    """The longest place name ending at i (a suffix character at i - 1)."""
    for k in g.lengths.get(text[i - 1], ()):
        if k > i - lo:
            continue
        cand = text[i - k : i]
        if cand in g.full:
            return Place(cand, cand, g.full[cand], i - k, i)
        if cand in NATIONAL:
            return Place(cand, "全国", "", i - k, i)
        if cand[0] in MACRO_FIRST and MACRO_RE.match(cand) and (i - k == lo or text[i - k - 1] in CLAUSE_START):
            return Place(cand, cand, "", i - k, i)  # 长三角地区 as a subject, not in 使用长三角地区服务机构
    # 杭州市临平区: a district the gazetteer does not know, written after its city
    if (
        text[i - 1] in "区县市"
        and i - 4 >= lo
        and text[i - 4] in "市州盟"
        and rx(r"[^和及与委的等各全本我该省市区县]{2}[区县市]").fullmatch(text, i - 3, i)
    ):
        for k in range(2, min(g.longest, i - lo - 3) + 1):
            if text[i - 3 - k : i - 3] in g.full:
                return Place(text[i - 3 : i], text[i - 3 : i], "", i - 3, i)
    # 临平区科技局: a place the gazetteer does not know yet, named as the seat of an agency
    if text[i - 1] in "区县市" and AGENCY_WORDS.match(text, i):
        j = i - 3
        if (
            j >= lo
            and (j == lo or text[j - 1] in CLAUSE_START or text[j - 1].isdigit())
            and rx(r"[^和及与委的等各全本我该省市区县从在于向对据经由被把将记者]{2}[区县市]").fullmatch(text, j, i)
            and rx(r"\p{Han}+").fullmatch(text, j, i)
        ):
            return Place(text[j:i], text[j:i], "", j, i)
    # 高新区成交额38.2亿元: the zone of the city the text is about
    if text[i - 3 : i] in LOCAL_ZONES and (i - 3 == lo or text[i - 4] in CLAUSE_START):
        return Place(text[i - 3 : i], text[i - 3 : i], "", i - 3, i)
    if ZONE_TAIL.search(text, max(lo, i - 9), i):
        for k in range(3, min(14, i - lo) + 1):
            j = i - k
            if (j == lo or text[j - 1] in CLAUSE_START) and ZONE.fullmatch(text, j, i):
                return Place(text[j:i], text[j:i], "", j, i)
    # A county renamed since the gazetteer was made (临安市 -> 临安区) keeps its stem; it must
    # not be the tail of a longer name (雄安新区 is not 安新县).
    if text[i - 1] in "区县市":
        for k in range(min(5, i - lo), 2, -1):
            cand = text[i - k : i]
            j = i - k
            if (j == lo or not HAN_CHAR.match(text[j - 1]) or text[j - 1] in "市省") and (
                cand[:-1] in g.stems
                # 郫县 -> 郫都区, 蓟县 -> 蓟州区: a one-character county takes a second character
                or (k == 3 and cand[-1] == "区" and cand[0] in g.one_char and cand[1] not in "新城")
            ):
                return Place(cand, cand, "", j, i)
    if text[i - 2 : i] in WHOLE_OF and i - 2 > lo:
        for k in range(min(6, i - 2 - lo), 1, -1):
            stem = text[i - 2 - k : i - 2]
            full = g.short.get(stem) or (stem if stem in g.full else None)
            if full:
                return Place(stem, full, g.full.get(full, ""), i - 2 - k, i - 2)
    return None


def _in_org_parens(text: str, start: int, end: int) -> bool:
    """中国地质大学(武汉): a place in brackets right after an organisation's name is part of it."""
    if start < 1 or text[start - 1] != "(" or text[end : end + 1] != ")":
        return False
    return bool(ORG_WORDS.search(text[max(0, start - 6) : start - 1]))


def _is_org(text: str, end: int, near: bool = False) -> bool:
    """Whether the place begins an organisation's name (武汉理工大学; with near, only when the
    organisation word follows at once: 全国重点实验室, not 全国共有产品检测实验室)."""
    run = _org_run(text, end)
    if not run or AGENCY_WORDS.match(run):
        return False
    m = ORG_WORDS.search(run[:5] if near else run)
    # 余姚市新认定省级研发中心12家: a verb before the organisation word makes it a sentence
    # about the place, not the name of an organisation
    return m is not None and not VERBS.search(run, 0, m.start())


def ends_with_place(text: str) -> bool:
    """Whether text ends with a place name (居绍兴第2: 绍兴 before 第)."""
    g = gazetteer()
    for k in range(2, min(g.longest, len(text)) + 1):
        tail = text[-k:]
        if tail in g.full or tail in g.short:
            return True
    return False


def heading_place(line: str) -> str | None:
    """The full name of the place a short heading line names (越城 -> 越城区), else None."""
    s = rx(r"^[一二三四五六七八九十]+、|^\(?[0-9一二三四五六七八九十]+[)、.]|[\s:：]+").sub("", line.strip())
    if not s or len(s) > 8:
        return None
    g = gazetteer()
    if s in g.full:
        return s
    if s in g.short:
        return g.short[s]
    if s in g.county_short:
        return g.county_short[s]
    return None


def heading_stem(line: str) -> str | None:
    """The text of a short heading that could be a place's short name (新津, 郫都): two or
    three Chinese characters standing alone, after any list marker."""
    s = rx(r"^[一二三四五六七八九十]+、|^\(?[0-9一二三四五六七八九十]+[)、.]|[\s:：]+").sub("", line.strip())
    return s if rx(r"\p{Han}{2,3}").fullmatch(s) else None


def expand(name: str) -> str:
    """The full form of a place name when the text used a short one (湖北 -> 湖北省)."""
    g = gazetteer()
    if name in g.full:
        return name
    return g.short.get(name) or g.county_short.get(name) or name
