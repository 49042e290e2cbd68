"""The packaged word tables (data/*.toml), loaded once, and helpers to compile them into patterns."""

from __future__ import annotations

import bisect
import re
import tomllib
import warnings
from functools import cache
from pathlib import Path
from typing import Any, Final, TypeAlias

import regex

Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"


def compile_pattern(pattern: str, flags: int = 0) -> Pattern:
    """pattern compiled by the standard `re` when it can run it, else by `regex`.

    Most patterns here are word lists and character classes that both engines match alike
    (backtracking, leftmost alternative, the same classes); `re` runs them 2-3x faster (a
    bitmap per class, a lighter call), which matters for patterns tried at every figure.
    `regex` keeps what only it reads: \\p{Han}, (?r) searches from the right, variable-width
    look-behind, overlapped matches (asked for by name where needed), and any set that `re`
    would read differently (its FutureWarning is taken as a refusal).
    """
    if r"\p{Han}" in pattern:
        # re could run it with the Han ranges spelled out, but compiling such a class costs it
        # a millisecond or two (its compiler walks every code point of the ranges)
        return regex.compile(pattern, flags)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return re.compile(pattern, flags)
        except (re.error, FutureWarning, DeprecationWarning):
            return regex.compile(pattern, flags)


# Patterns written inline are compiled once: an engine's own cache lookup costs more than the match.
rx = cache(compile_pattern)


# The packaged tables sit beside the modules (package data; importlib.resources would cost an
# import of its own at every start).
HERE: Final = Path(__file__).resolve().parent
DATA: Final = HERE / "data"


@cache
def table(name: str) -> dict:
    """The parsed data/<name>.toml."""
    with open(DATA / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


@cache
def scope_words() -> dict[str, str]:
    """The words that stand for a unit by its level (全市, 我省, 本县: data/placewords.toml
    [scope_words]), each with that level."""
    return {w: kind for kind, ws in table("placewords")["scope_words"].items() for w in ws}


@cache
def scope_word_pattern() -> Pattern:
    """The scope words as one pattern (any of them, the longest where several match)."""
    return compile_pattern(alternation(scope_words()))


@cache
def region_words() -> tuple[str, ...]:
    """The words that name the place a section is about and are no part of a name: the scope
    words (全区, 我省, 全镇)."""
    return tuple(scope_words())


def first_chars(words) -> frozenset[str]:
    """The characters the words begin with: where none of them stands, none of the words (nor a
    pattern that must begin with one) can begin, so the pattern need not be tried there.

    >>> sorted(first_chars(["增长", "提高", ""]))
    ['增', '提']
    """
    return frozenset(w[0] for w in words if w)


def last_chars(words) -> frozenset[str]:
    """The characters the words end with (the same cheap check before a pattern anchored at $).

    >>> sorted(last_chars(["达到", "为"]))
    ['为', '到']
    """
    return frozenset(w[-1] for w in words if w)


def alternation(words) -> str:
    """A regex matching any of the literal words, the longest when several match. Built as a
    trie (增长(?:率)?|…): the engine then tests one character per step instead of trying
    every word in turn, which matters for lists of hundreds of words."""
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(trie) or "(?!)"


def _trie(node: dict) -> str:
    branches = [regex.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


NO_CATEGORY: Final = ""
CACHE_MAX: Final = 20000  # entries per remembered answer table: bounded memory on any input


class Memo:
    """The answers of a pure function by argument, up to `limit` of them (then forgotten at once
    and gathered again). For functions called per figure: read from compiled code it costs a
    dict lookup, where functools.lru_cache costs a call through its wrapper, a key tuple and
    the upkeep of its order."""

    __slots__ = ("answers", "limit")

    def __init__(self, limit: int) -> None:
        self.answers: dict[Any, Any] = {}
        self.limit = limit

    def put(self, key: Any, value: Any) -> Any:
        if len(self.answers) >= self.limit:
            self.answers.clear()
        self.answers[key] = value
        return value


class Categories:
    """Category word lists, in priority order; extendable with a user TOML lexicon."""

    def __init__(self, extra: dict | None = None, measure_rules: tuple | None = None):
        # a user's [measures.ID] tables, composed with the packaged ones (measures.rules_from);
        # None: the packaged rules
        self.measure_rules = measure_rules
        data = table("categories")
        self.order: list[str] = list(data["order"])
        words = {k: list(v) for k, v in data["words"].items()}
        generic = {k: list(v) for k, v in data.get("generic", {}).items()}
        if extra:
            for cat, ws in extra.get("words", {}).items():
                words.setdefault(cat, [])[:0] = list(ws)  # user words first
                if cat not in self.order:
                    self.order.insert(0, cat)
            for cat, ws in extra.get("generic", {}).items():
                generic.setdefault(cat, []).extend(ws)
            if "order" in extra:
                self.order = list(extra["order"]) + [c for c in self.order if c not in extra["order"]]
        rank = {c: i for i, c in enumerate(self.order)}
        # One pattern for all words; the category of a hit is looked up from the matched word.
        self.word_cat: dict[str, str] = {}
        for cat in sorted(words, key=lambda c: rank.get(c, len(rank))):
            for w in words[cat]:
                self.word_cat.setdefault(w, cat)
                # r&d, gdp: reports write Latin abbreviations in either case
                if w.lower() != w:
                    self.word_cat.setdefault(w.lower(), cat)
        # Words that hold a category word but name nothing of it (潍坊高新技术产业开发区 is a
        # place, not 高新技术产业): matched like the others so they shadow it, then ignored.
        for w in data.get("not_words", {}).get("words", []):
            self.word_cat.setdefault(w, NO_CATEGORY)
        self.rank = rank
        any_word = alternation(self.word_cat) if self.word_cat else None
        # best_in matches overlapped words, which only `regex` does; the other scans use `re`
        self.pattern = regex.compile(any_word) if any_word else None
        self.scan = re.compile(any_word) if any_word else None
        self.generic_cat = {w: c for c, ws in generic.items() for w in ws}
        self.generic = compile_pattern(alternation(self.generic_cat)) if self.generic_cat else None
        # a generic word that ends a name, a counter's suffix after it at most (规上工业企业数)
        suffixes = alternation(table("cues")["table"]["count_suffixes"])
        self.generic_end = (
            compile_pattern(rf"({alternation(self.generic_cat)})(?:{suffixes})?$") if self.generic_cat else None
        )
        # names and windows repeat within and across documents: their answers, remembered
        self._best: dict[str, str | None] = {}
        self._head: dict[str, str | None] = {}
        self.head_cats = frozenset(data.get("head", ())) | frozenset((extra or {}).get("head", ()))
        self.over_head = frozenset(data.get("over_head", ())) | frozenset((extra or {}).get("over_head", ()))
        words_econ = data.get("economy_subjects", {}).get("words", [])
        self.economy_subject = compile_pattern(alternation(words_econ)) if words_econ else None

    def whole_economy(self, name: str) -> bool:
        """Whether an economic measure is of the whole economy (规上工业增加值, GDP)."""
        return bool(self.economy_subject and self.economy_subject.search(name))

    def best_in(self, text: str) -> str | None:
        """The highest-priority category with a word in text (names repeat: remembered)."""
        if not self.pattern or not text:
            return None
        if text in self._best:
            return self._best[text]
        found = [m.span() for m in self.pattern.finditer(text, overlapped=True)]
        # a word inside a longer one found there says less than it (发明 in 技术发明奖, a prize)
        cats = {
            self.word_cat[text[a:b]] for a, b in found if not any(c <= a and b <= d and d - c > b - a for c, d in found)
        }
        cats.discard(NO_CATEGORY)
        best = min(cats, key=lambda c: self.rank.get(c, 99)) if cats else None
        if len(self._best) < CACHE_MAX:
            self._best[text] = best
        return best

    def word_of(self, text: str, category: str) -> str:
        """The first word of category in text (高新技术企业 in 2023年高新技术企业发展情况), or ""."""
        if not self.pattern or not text:
            return ""
        return next((m.group() for m in self.pattern.finditer(text) if self.word_cat[m.group()] == category), "")

    def head_of(self, name: str) -> str | None:
        """The category of the word that ends a name, when it is one of the head categories
        (…认定奖补资金 -> funding)."""
        if not self.scan or not name:
            return None
        if name in self._head:
            return self._head[name]
        last = None
        for m in self.scan.finditer(name):
            last = m
        cat = self.word_cat[last.group()] if last and len(name) - last.end() <= 2 else None
        head = cat if cat in self.head_cats else None
        if len(self._head) < CACHE_MAX:
            self._head[name] = head
        return head

    def nearest_before(self, text: str) -> str | None:
        """The category of the last word in text (the one nearest to what follows); of words
        written together (高新技术产业产值) the one of highest priority."""
        if not self.scan or not text:
            return None
        group: list[str] = []
        end = -1
        for m in self.scan.finditer(text):
            if self.word_cat[m.group()] == NO_CATEGORY:
                continue
            if m.start() != end:
                group = []
            group.append(self.word_cat[m.group()])
            end = m.end()
        return min(group, key=lambda c: self.rank.get(c, 99)) if group else None

    def first_in(self, text: str) -> str | None:
        if not self.scan or not text:
            return None
        for m in self.scan.finditer(text):
            if self.word_cat[m.group()] != NO_CATEGORY:
                return self.word_cat[m.group()]
        return None

    def generic_head(self, text: str) -> str | None:
        """The category of the generic word a name ends in (规上工业企业 -> enterprise), or None."""
        m = self.generic_end.search(text) if self.generic_end and text else None
        return self.generic_cat[m.group(1)] if m else None

    def generic_in(self, text: str) -> str | None:
        if not self.generic or not text:
            return None
        found = self.generic.findall(text)  # the last: a name's head ends it (完成兑现的企业)
        return self.generic_cat[found[-1]] if found else None


class KeywordIndex:
    """Category words of one stretch of text, found once; queries by position then cost a
    bisection instead of a new scan (figures share their sentence and paragraph)."""

    def __init__(self, cats: Categories, text: str, lo: int, hi: int):
        self.cats = cats
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.cat: list[str] = []
        for m in cats.scan.finditer(text, lo, hi) if cats.scan else ():
            cat = cats.word_cat[m.group()]
            if cat != NO_CATEGORY:
                self.starts.append(m.start())
                self.ends.append(m.end())
                self.cat.append(cat)

    def nearest_before(self, a: int, b: int, skip=()) -> str | None:
        """Like Categories.nearest_before on text[a:b] (passing over categories in skip)."""
        k = bisect.bisect_right(self.ends, b) - 1
        while k >= 0 and self.cat[k] in skip and self.starts[k] >= a:
            k -= 1
        if k < 0 or self.starts[k] < a:
            return None
        group = [self.cat[k]]
        while k > 0 and self.ends[k - 1] == self.starts[k] and self.starts[k - 1] >= a:
            k -= 1
            group.append(self.cat[k])
        return min(group, key=lambda c: self.cats.rank.get(c, 99))

    def first_in(self, a: int, b: int) -> str | None:
        k = bisect.bisect_left(self.starts, a)
        return self.cat[k] if k < len(self.starts) and self.ends[k] <= b else None


@cache
def default_categories() -> Categories:
    return Categories()


def _word_lists(values) -> bool:
    """Whether every value is a list of non-empty strings (a lexicon table's shape)."""
    return all(isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in values)


def load_lexicon(path: str | Path) -> Categories:
    """Categories extended by a user TOML file; ValueError with a one-line reason if it is bad."""
    import tomllib  # here: the packaged tables come parsed from the start-up cache

    try:
        with open(path, "rb") as f:
            extra = tomllib.load(f)
    except OSError as e:
        raise ValueError(f"{path}: cannot read lexicon: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"{path}: not valid TOML: {e}") from None
    from .measures import rules_from  # (measures reads this module's tables)
    from .records import CATEGORIES, MEASURES

    words = extra.get("words", {})
    if not isinstance(words, dict) or not _word_lists(words.values()):
        raise ValueError(f'{path}: expected [words] with lists of strings, e.g. funding = ["奖补"]')
    unknown = [c for c in words if c not in CATEGORIES]
    if unknown:
        raise ValueError(
            f"{path}: unknown categor{'y' if len(unknown) == 1 else 'ies'} "
            f"{', '.join(unknown)}; choose from {', '.join(CATEGORIES)}"
        )
    measures = extra.get("measures", {})
    if not isinstance(measures, dict):
        raise ValueError(f"{path}: expected [measures.ID] tables, e.g. [measures.rd_spend] with core = [...]")
    for key, spec in measures.items():
        mid = spec.get("measure", key) if isinstance(spec, dict) else key
        if mid not in MEASURES:
            raise ValueError(f"{path}: unknown measure {mid}; choose from {', '.join(MEASURES)}")
        lists = {k: v for k, v in spec.items() if k != "measure"}
        if not lists.get("core") or not _word_lists(lists.values()):
            raise ValueError(f"{path}: [measures.{key}] needs core, a list of words")
    rules = rules_from(table("measures"), extra) if measures else None
    return Categories(extra, rules)
