"""The field a rank is taken in (在广西14个设区市中排名第2): where it opens, what a count inside it
counts, and the measure of places counted by a threshold (投入强度在全省平均水平以上的市)."""

from __future__ import annotations

from functools import cache
from typing import Final

from .cleaning import CLAUSE_STOP_FWD
from .figures import Figure
from .lexicon import Pattern, alternation, compile_pattern, table


@cache
def _field_opener() -> Pattern:
    """在 opening the field of a rank (在…中), not inside a word (在孵, 所在)."""
    n, r = table("cues")["name"], table("cues")["rank"]
    return compile_pattern(rf"(?!{alternation(r['not_field'])}){n['frame_open']}(?<!{alternation(r['not_field'])})")


FIELD_MAX: Final = 40  # how far before a rank its field may open (在全国各省（区、市）中继续位居)


@cache
def _field_count() -> Pattern:
    r = table("cues")["rank"]
    closes, after = alternation(r["field_close"]), alternation(r["rank_verbs"] + r["rank_openers"])
    # (group 2: …评价中，我区位列第15位, the one ranked named in a short clause of its own)
    return compile_pattern(rf"(\p{{Han}}[\p{{Han}}()、]{{0,16}}?)(?:{closes})(,?\p{{Han}}{{1,6}}?)??(?:{after})")


@cache
def _places_evaluated() -> Pattern:
    """A field's places before the evaluation they are ranked in (县(市、区)科技创新指数评价)."""
    ends, heads = table("categories")["places_counted"]["ends"], table("cues")["rank"]["evaluations"]
    return compile_pattern(
        rf"(\p{{Han}}{{0,4}}(?:{alternation(ends)})(?:\([\p{{Han}}、]+\))?)\p{{Han}}+(?:{alternation(heads)})$"
    )


def field_count_noun(t: str, f: Figure, lo: int) -> str:
    """What a count inside the field of a rank counts (在广西14个设区市中排名第2: 设区市), or "":
    the field's noun, one character or more."""
    at = field_at(t, max(lo, f.start - FIELD_MAX), f.start) if f.unit_kind == "count" else -1
    if at < 0 or CLAUSE_STOP_FWD.search(t, at, f.start):
        return ""
    m = _field_count().match(t, f.end, f.end + 22)
    if not m:
        return ""
    places = _places_evaluated().match(m.group(1))
    if places:
        return places.group(1)  # 县(市、区) of 县(市、区)科技创新指数评价
    return "" if m.group(2) else m.group(1)  # (在参评的178家国家高新区中，合肥高新区位列: not the field's)


def field_at(t: str, lo: int, hi: int) -> int:
    """Where the last field opener in t[lo:hi] stands, or -1."""
    found = [m.start() for m in _field_opener().finditer(t, lo, hi)]
    return found[-1] if found else -1


@cache
def _places_by_threshold() -> Pattern:
    verbs = alternation(table("cues")["rank"]["threshold_verbs"])
    w = table("categories")["places_counted"]
    ends, of = alternation(w["ends"]), alternation(w["clause_ends"])
    counted = table("cues")["figure"]["threshold_counted"]
    # (…的市; …的有南宁、柳州和桂林: the places named after 有)
    return compile_pattern(rf"(\S{{2,}}?)(?:{verbs})\S{{1,16}}?(?:{of})(?:{ends}|{counted}\S*)")


def threshold_measure(name: str) -> str:
    """The measure of places counted by a threshold (投入强度在全省平均水平以上的市, 投入强度高于全区平均
    水平的有南宁、柳州: 投入强度), or ""."""
    m = _places_by_threshold().fullmatch(name)
    return m.group(1) if m else ""
