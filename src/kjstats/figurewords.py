"""The words figures are read by (units, qualifiers, the cues around a number), compiled once
from data/units.toml, qualifiers.toml and cues.toml into the patterns and sets figures.py asks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from .lexicon import Pattern, alternation, compile_pattern, first_chars, last_chars, scope_words, table

SPACE: Final = " \t\u3000\u200b"  # \u200b: an invisible character the folding marked (folding.SOFT_BREAK)
RANGE_SEP: Final = "~-—–至到"
LIST_SEP: Final = "、和及与"


PERFECTIVE: Final = "了"  # the aspect mark a verb before a number may take (突破了, 新增了)


@dataclass(frozen=True)
class FigureWords:
    unit_of: dict  # word -> base unit
    unit_kind: dict  # word -> group (percent, money, count …)
    unit_re: re.Pattern  # anchored: optional space, then the longest unit or never-word
    follow: frozenset  # what may stand right after a figure's number: a unit's first
    # character, a range sign, a multiplier after a space, 分(之)
    never: frozenset
    session_units: frozenset  # never-words that count sessions after a verb of holding (18期)
    session_re: re.Pattern  # ... that verb, ending the clause before the number
    session_not_before: tuple  # ... but not a phase of works (二期工程)
    grade_re: re.Pattern
    words_from_unit: tuple  # a unit and what follows it making a word (部门)
    tenths_not_before: str
    prefix_re: re.Pattern  # qualifier word ending right before the number
    prefix_q: dict
    # Last characters of the words before a number and first of those after a unit: a regex is
    # tried only when the character next to the figure could begin or end one.
    prefix_last: frozenset
    verb_re: re.Pattern  # a verb of passing a mark right before the number (突破)
    linked_re: re.Pattern  # an approximation before a link to the number (约为…的2.8倍)
    verb_q: dict
    verb_last: frozenset  # (the last characters of verb_re's words, of linked_re's first ones,
    linked_first: frozenset  # and what counter_re's match ends in, before any space)
    counter_last: frozenset
    before_last: frozenset  # anaphora, decrease words
    suffix_first: frozenset
    grade_first: frozenset
    suffix_re: re.Pattern
    suffix_q: dict
    multiple_units: frozenset  # the units of a multiple, after which after_multiple_re is tried
    after_multiple_re: re.Pattern
    after_multiple_q: dict
    decrease_re: Pattern
    rank_cue_re: Pattern
    rank_after: tuple  # what may follow 前N for a rank: 强, 水平
    ranking_re: Pattern  # a ranking spoken of: a number of 名 after it is a rank
    before_ranked: frozenset  # ... right after one of these
    rank_units: dict  # 位, 名 -> their unit as a rank (位)
    ordinal_after: str
    count_verb_re: Pattern
    anaphora_re: Pattern
    # (these two end where the number begins)
    counter_re: Pattern  # a web page's counter and its colon (浏览次数：), a document's print run (共印)
    money_name_re: Pattern  # names of amounts of money
    goes_on_from_money_re: Pattern  # what stands between an amount in 元 and one without it
    index_re: Pattern
    # unit_re's words by their first character, lengths longest first: the word at a position
    # is looked up, not matched (an alternation of them tries every first character in turn);
    # None when a word would need the pattern (one beginning with a space)
    unit_lengths: dict[str, tuple[int, ...]] | None
    unit_words: frozenset[str]
    score_units: dict[str, str]  # 分: a score's unit, where it is no time's minute
    back_to_measures: Pattern  # 两项指标均…: a count of the measures just named
    score_not_before: str  # (分钟, 分之, 分别: 分 begins another word)
    score_not_after: str  # (9时30分: a minute)
    threshold_re: Pattern  # after a threshold amount: 的, or (money only) a noun of things counted
    threshold_of: str  # 的
    # after a threshold share or rate: 的 and what is counted by it (超过1%的有6个, 的县, 的企业)
    share_threshold_re: Pattern
    # a measure of the thing named after the threshold (设立规模不低于2亿元的基金: the fund's size)
    sized_re: Pattern

    # The patterns that end where a number begins are tried only when the last characters of
    # the text before it could end a match (they are asked at every figure).
    def verb_before(self, left: str) -> re.Match | None:
        """The verb of passing a mark that ends `left` (突破, 超过了), if any."""
        if left[-1:] in self.verb_last or (left.endswith(PERFECTIVE) and left[-2:-1] in self.verb_last):
            return self.verb_re.search(left)
        return None

    def linked_before(self, left: str) -> re.Match | None:
        """An approximation linked to the number (约为…的2.8倍) in `left`, if any."""
        return None if self.linked_first.isdisjoint(left) else self.linked_re.search(left)

    def counts_sessions(self, unit: str, left: str, t: str, end: int) -> bool:
        """Whether a number of 期 ending at end (a never-word: a period, a phase) counts sessions:
        after a verb of holding in its clause (举办培训班18期), not before works or another phase
        (开展二期工程建设, 二期、三期标准厂房)."""
        return (
            unit in self.session_units
            and not t.startswith(self.session_not_before, end)
            and self.session_re.search(left) is not None
        )

    def after_counter(self, left: str) -> bool:
        """Whether `left` ends in a web page's counter (点击量：) or a print run (共印): the
        number after it is the page's, not the report's."""
        last = left.rstrip()[-1:]
        return last in self.counter_last and self.counter_re.search(left) is not None


@cache
def figure_words() -> FigureWords:
    units = table("units")
    unit_of: dict[str, str] = {}
    unit_kind: dict[str, str] = {}
    for group in ("percent", "tenths", "money", "count", "measure"):
        for word, base in units[group].items():
            unit_of.setdefault(word, base)
            unit_kind.setdefault(word, group)
    for word in units["score"]:
        unit_kind.setdefault(word, "measure")  # (a unit only where figures.py reads it as a score)
    never = frozenset(units["never"]["time"])
    words = list(unit_of) + list(never)
    lengths: dict[str, set[int]] = {}
    for w in words:
        if w:
            lengths.setdefault(w[0], set()).add(len(w))
    plain = all(w[0] not in SPACE for w in words if w)
    quals = table("qualifiers")
    cues = table("cues")
    return FigureWords(
        unit_of=unit_of,
        unit_kind=unit_kind,
        unit_re=re.compile(rf"[{SPACE}]?({alternation(words)})"),
        follow=frozenset({w[0] for w in words} | set(RANGE_SEP) | set("万亿分/") | set(LIST_SEP) | {"以", "强"}),
        never=never,
        session_units=frozenset(units["never"]["sessions"]),
        session_re=re.compile(rf"(?:{alternation(units['never']['session_verbs'])})[^,;:。，；：第]*$"),
        session_not_before=tuple(units["never"]["session_not_before"]),
        grade_re=re.compile(alternation(units["never"]["grade"])),
        words_from_unit=tuple(units["never"]["starts_word"]),
        tenths_not_before=units["never"]["tenths_not_before"],
        prefix_re=re.compile(rf"(?:{alternation(quals['prefix'])})$"),
        prefix_q=quals["prefix"],
        prefix_last=last_chars(quals["prefix"]),
        verb_re=re.compile(rf"({alternation(quals['verb'])})(?:{PERFECTIVE})?$"),
        linked_re=re.compile(
            rf"({alternation(quals['linked']['words'])})(?:{alternation(quals['linked']['links'])})[^,;。，；0-9]{{0,16}}$"
        ),
        verb_q=quals["verb"] | quals["linked"]["words"],
        verb_last=last_chars(quals["verb"]),
        linked_first=first_chars(quals["linked"]["words"]),
        counter_last=frozenset(":：") | last_chars(cues["page"]["print_run"]),
        before_last=frozenset(
            w[-1]
            for w in cues["figure"]["anaphora"]
            + cues["sign"]["decrease"]
            + [w + x for w in cues["sign"]["decrease_link"] for x in ("为", "是", "达", "到", "至", "在")]
        )
        | {PERFECTIVE},
        suffix_first=first_chars(quals["suffix"]) | frozenset(SPACE),
        grade_first=first_chars(units["never"]["grade"]),
        suffix_re=re.compile(rf"[{SPACE}]?({alternation(quals['suffix'])})"),
        suffix_q=quals["suffix"],
        multiple_units=frozenset(quals["multiple"]["units"]),
        after_multiple_re=re.compile(f"(?:{alternation(quals['after_multiple'])})"),
        after_multiple_q=quals["after_multiple"],
        # ending where the number begins ($ at the window's end); only whether they match matters
        decrease_re=compile_pattern(
            rf"(?:(?:{alternation(cues['sign']['decrease'])})(?:{PERFECTIVE})?|(?:{alternation(cues['sign']['decrease_link'])})(?:为|是|达到?|至|到|在))$"
        ),
        rank_cue_re=compile_pattern(alternation(cues["rank"]["cues"] + list(scope_words()))),
        rank_after=tuple(sorted(cues["rank"]["rank_after"], key=len, reverse=True)),
        ordinal_after=cues["rank"]["ordinal_after"],
        ranking_re=compile_pattern(alternation(cues["rank"]["ranking_nouns"])),
        before_ranked=frozenset(cues["rank"]["before_ranked"]),
        rank_units=dict(units["rank"]),
        count_verb_re=compile_pattern(rf"(?:{alternation(cues['figure']['count_verbs'])})(?:{PERFECTIVE})?$"),
        anaphora_re=compile_pattern(rf"(?:{alternation(cues['figure']['anaphora'])})$"),
        counter_re=compile_pattern(
            rf"(?:{alternation(cues['page']['counters'])})[:：]\s*$|(?:{alternation(cues['page']['print_run'])})[:：]?$"
        ),
        money_name_re=compile_pattern(rf"(?:{alternation(units['money_names']['words'])})[^,;。,:]{{0,6}}$"),
        goes_on_from_money_re=_goes_on_from_money(cues),
        index_re=compile_pattern(rf"(?:{alternation(units['index_names']['words'])})[^,;。]{{0,6}}$"),
        unit_lengths={c: tuple(sorted(ks, reverse=True)) for c, ks in lengths.items()} if plain else None,
        unit_words=frozenset(w for w in words if w),
        score_units=dict(units["score"]),
        back_to_measures=compile_pattern(
            rf"{cues['figure']['measures_noun']}(?:{alternation(cues['figure']['said_of_all'])})"
        ),
        score_not_before=units["never"]["score_not_before"],
        score_not_after=units["never"]["score_not_after"],
        threshold_re=compile_pattern(
            rf"{cues['figure']['threshold_after']}|(?:{alternation(cues['figure']['threshold_nouns'])})"
        ),
        threshold_of=cues["figure"]["threshold_after"],
        sized_re=compile_pattern(rf"(?:{alternation(cues['figure']['size_words'])})$"),
        share_threshold_re=compile_pattern(
            rf"{cues['figure']['threshold_after']}(?:{cues['figure']['threshold_counted']}|"
            rf"{alternation(cues['figure']['threshold_nouns'] + table('categories')['places_counted']['ends'])})"
        ),
    )


def place_before(text: str) -> bool:
    """A place's name ending text, right before an ordinal: it marks a rank, as a rank's scope
    word does (a city's name, then the ordinal)."""
    from .places import ends_with_place  # late import: places loads the gazetteer

    return ends_with_place(text)


def numeral_places(numerals: str) -> tuple[str, ...]:
    """The names of places that open with one of `numerals` (七台河, 九台区, 三台县): a number
    read there is the place's name. Short forms only of three characters or more (三台 is also
    三台设备)."""
    from .gazetteer import FULL, gazetteer

    g = gazetteer()
    return tuple(sorted(f for f, kind in g.form_kind.items() if f[:1] in numerals and (kind == FULL or len(f) >= 3)))


def _goes_on_from_money(cues: dict) -> Pattern:
    """The text between an amount in 元 and a bare 亿/万 amount that goes on from it, up to the
    bare one (data/cues.toml [figure] money_change): a clause break or a breakdown word, then an
    optional comparison and change verb, then an optional place."""
    f = cues["figure"]
    compare = alternation(cues["kind"]["compare"])
    level = f["place_level"]
    return compile_pattern(
        rf"(?:^|[,、:(]|{alternation(f['breakdown'])})(?:{compare})?(?:{alternation(f['money_change'])})?"
        rf"(?:\p{{Han}}{{1,6}}?[{level}]|\p{{Han}}{{2,6}}[(])?$"
    )
