"""The standard measure of a figure (records.md "Measures"), from its indicator name and unit.

The rules are data (data/measures.toml): the first measure whose core word stands in the name,
with what it needs, without what it must not have, and of a fitting unit, is the figure's; when
the words before the core name something narrower than the measure (技术开发合同成交额,
高技术制造业R&D经费), the figure is a part of it and has no measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from .folding import to_simplified
from .gazetteer import gazetteer
from .lexicon import Memo, Pattern, alternation, compile_pattern, scope_words, table

MONEY_UNITS: Final = frozenset(("元", "美元", "欧元"))
PERCENT_UNITS: Final = frozenset(("%", "‰", "百分点"))
AMOUNT_UNITS: Final = frozenset(("money", "count"))  # the unit kinds of measures that are amounts


def unit_kind(unit: str, kind: str) -> str:
    """The kind of a figure's unit, as measure rules name it."""
    if kind == "rank" or unit == "位":
        return "rank"
    if unit in PERCENT_UNITS:
        return "percent"
    if unit in MONEY_UNITS:
        return "money"
    if unit == "倍":
        return "times"
    return "count"


@dataclass(frozen=True)
class Rule:
    measure: str
    core: tuple[str, ...]  # longest first
    needs: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    units: frozenset[str] = frozenset()
    lead: tuple[str, ...] = ()  # longest first, the shared lead words included
    needs_lead: bool = False
    categories: frozenset[str] = frozenset()
    pattern: Pattern | None = None  # the core words as one pattern: leftmost, longest there


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@cache
def rules() -> tuple[Rule, ...]:
    data = table("measures")
    return rules_from(data)


def rules_from(data: dict, extra: dict | None = None) -> tuple[Rule, ...]:
    """The rules of a measures table (and of a user's, whose entries come first)."""
    shared = _shared_lead(data)
    never = list(data.get("shared", {}).get("not", []))
    tables = dict((extra or {}).get("measures", {}))
    for mid, spec in data["measures"].items():
        tables.setdefault(mid, spec)
    out = []
    for mid, spec in tables.items():
        out.append(
            Rule(
                spec.get("measure", mid),
                _longest_first(spec["core"]),
                _longest_first(spec.get("needs", ())),
                _longest_first(list(spec.get("not", ())) + never),
                frozenset(spec.get("units", ())),
                # what a rule needs may lead the name (净增高新技术企业)
                _longest_first(list(spec.get("lead", ())) + list(spec.get("needs", ())) + list(shared)),
                bool(spec.get("needs_lead", False)),
                frozenset(spec.get("categories", ())),
                compile_pattern(alternation(spec["core"])),
            )
        )
    return tuple(out)


def _shared_lead(data: dict) -> list[str]:
    """The words that may lead any measure's name: [shared] lead and the scope words (全市, 本省)."""
    return list(data.get("shared", {}).get("lead", [])) + list(scope_words())


def normalise(name: str) -> str:
    """The name as the rules read it: simplified characters, R&D and GDP in capitals, other
    spellings of the same words as one (data/measures.toml [spellings]), no scope word after 占
    (占全市生产总值 as 占生产总值), no spaces, without the
    light verb inside a name (高新技术产业实现增加值)."""
    s = to_simplified(name).replace("r&d", "R&D").replace("gdp", "GDP").replace("＆", "&")
    for spelt, read in _spellings():
        s = s.replace(spelt, read)
    s = _whole_of_scope().sub("", s)  # 占全市生产总值: the whole of the place the text is about
    return "".join(s.split()).replace("实现", "")


@cache
def _whole_of_scope() -> Pattern:
    before = alternation(table("measures")["shared"]["whole_after"])
    return compile_pattern(rf"(?<={before})(?:{alternation(scope_words())})")


@cache
def _national_parts() -> tuple[str, ...]:
    return tuple(table("measures")["shared"].get("national_parts", ()))


@cache
def _spellings() -> tuple[tuple[str, str], ...]:
    return tuple(table("measures").get("spellings", {}).items())


# What may lead any name without narrowing it: a bracketed source (【湖南省科技厅】) or note, a
# year (2019年, 202x年), a count of places (3市), a place or a zone (金义新区(金东区)).
@lru_cache(maxsize=1)
def _noise() -> re.Pattern:
    zones = alternation(table("placewords")["zones"]["suffixes"])
    return re.compile(
        r"^(?:【[^】]*】|\([^)]*\)|(?:19|20)[0-9xX]{2}年度?|[0-9一二三四五六七八九十两]+[市县区省个]"
        rf"|[\u4e00-\u9fff]{{2,6}}(?:{zones}))"
    )


def measure_of(
    indicator: str, unit: str, kind: str, category: str = "", table_rules=None, national: bool = False
) -> str:
    """The measure id of a figure, "" when none fits (most figures). For the nation (`national`),
    a name led by 中央 or 地方 ([shared] national_parts) is a part of its whole: the nation's
    地方财政科学技术支出 is the provinces' share, a province's or a city's is its own spending."""
    if not indicator:
        return ""
    if table_rules is None:
        return _measure_cached(indicator, unit, kind, category, national)
    return _measure_by(indicator, unit, kind, category, table_rules, national)  # a --lexicon's: not cached


MEASURED: Final = Memo(8192)


def _measure_cached(indicator: str, unit: str, kind: str, category: str, national: bool) -> str:
    key = (indicator, unit, kind, category, national)
    got = MEASURED.answers.get(key)
    return (
        got if got is not None else MEASURED.put(key, _measure_by(indicator, unit, kind, category, rules(), national))
    )


def _measure_by(indicator: str, unit: str, kind: str, category: str, table_rules, national: bool = False) -> str:
    if national and normalise(indicator).startswith(_national_parts()):
        return ""  # (its answer is remembered with the rest: normalise is not cheap)
    found = _measure(indicator, unit, kind, category, table_rules)
    if not found:
        # 产值 in a paragraph on high-tech industry, 成交额 in one on technology contracts: a bare
        # measure word is the measure of what its category is about
        subject = _category_subject(indicator, category)
        if subject:
            found = _measure(subject + indicator, unit, kind, category, table_rules)
    return found


def _category_subject(indicator: str, category: str) -> str:
    t = table("measures").get("subjects", {})
    subject = t.get("of_category", {}).get(category, "")
    name = normalise(indicator)
    # (入库国家科技型中小企业 names its subject already: no second one)
    if subject and subject not in name and name.startswith(tuple(t.get("bare", ()))):
        return subject
    return ""


def _measure(indicator: str, unit: str, kind: str, category: str, table_rules) -> str:
    name = normalise(indicator)
    uk = unit_kind(unit, kind)
    for rule in table_rules:
        # any measure may be ranked, and grow by a multiple (增长2.6倍) as by a percentage
        if rule.units and uk not in rule.units and uk != "rank" and not (uk == "times" and "percent" in rule.units):
            continue
        # a percentage is the level of no amount or count (完成全年目标114.9% is a completion rate)
        if uk == "percent" and kind == "level" and not AMOUNT_UNITS.isdisjoint(rule.units):
            continue
        if rule.categories and category not in rule.categories:
            continue
        m = rule.pattern.search(name) if rule.pattern is not None else None
        if m is None:
            continue
        at = m.start()
        if rule.needs and not any(w in name for w in rule.needs):
            continue
        if any(w in name for w in rule.not_):
            continue
        lead = _drop_noise(name[:at])
        rest, named_lead = _strip_lead(lead, rule.lead)
        if rule.needs_lead and not named_lead:
            continue
        if rest:
            return ""  # a part of the measure: 技术开发合同成交额
        return rule.measure
    return ""


def _strip_lead(lead: str, words: tuple[str, ...]) -> tuple[str, bool]:
    """What is left of the words before the core once allowed lead words are taken off, and
    whether a measure's own (not shared) word was among them."""
    named = False
    shared = set(_shared_lead(table("measures")))
    changed = True
    while lead and changed:
        changed = False
        for w in words:
            if lead.startswith(w):
                lead = lead[len(w) :]
                named = named or w not in shared
                changed = True
                break
        else:
            for w in words:
                if lead.endswith(w):
                    lead = lead[: -len(w)]
                    named = named or w not in shared
                    changed = True
                    break
    lead = lead.strip("的、和及与,()")
    return lead, named


def _drop_noise(lead: str) -> str:
    """The words before a core without the brackets, years and places that lead it."""
    g = gazetteer()
    while lead:
        m = _noise().match(lead)
        if m:
            lead = lead[m.end() :]
            continue
        for k in range(min(len(lead), g.longest), 1, -1):
            if lead[:k] in g.forms:
                lead = lead[k:]
                break
        else:
            break
    return lead
