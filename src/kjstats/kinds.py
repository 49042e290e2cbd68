"""A figure's kind: level, growth, share or rank, from the cue words before it (data/cues.toml,
[kind]): 增长3.8% is a growth, 占比30% a share, 第二 a rank, 比上年增加2465.7亿元 a change."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from .cleaning import CLAUSE_STOP, LIST_SEP, clause_start, clean, comparison, cues, is_cue_only
from .figures import DOUBLING, Figure
from .lexicon import Memo, Pattern, alternation, compile_pattern, rx, table
from .rules import Rule, decide

PERCENT_KINDS: Final = Memo(4096)
DONE: Final = rx(rf"(?:{alternation(table('cues')['kind']['done'])})$")


def percent_kind(raw: str) -> str | None:
    """growth / share from the cue nearest the number in the clause before a percent figure."""
    if raw in PERCENT_KINDS.answers:
        return PERCENT_KINDS.answers[raw]
    return PERCENT_KINDS.put(raw, _percent_kind(raw))


def _percent_kind(raw: str) -> str | None:
    C = cues()
    if raw.endswith("从") or raw.endswith("由"):
        return "level"  # 从30%提高到60%: both ends are levels
    if DONE.search(raw):
        return "share"  # the part of a task done (cues.toml [kind] done)
    # 占规上工业增加值的: what follows 占 names the whole, its words are not cues
    k = raw.rfind("占")
    if (
        k >= 0
        and C.growth.search(raw, k + 1) is not None
        and not rx(r"(?:比重|的|之比)[^占]*(?:增长|提高|下降|增加)").search(raw[k:])
    ):
        return "share"
    best: tuple[int, int, str] | None = None
    for pat, kind in ((C.growth, "growth"), (C.share, "share")):
        for m in pat.finditer(raw):
            if best is None or m.end() > best[0] or (m.end() == best[0] and m.start() < best[1]):
                got = kind
                if (
                    kind == "growth"
                    and m.group() in C.growth_verbs
                    and raw[m.end() : m.end() + 1] in C.growth_to
                    and raw[m.end() : m.end() + 1]
                ):
                    # 提高至100%: the level reached; 投入强度提升至2.15%: a share reached
                    got = "share" if C.share.search(raw, 0, m.start()) else "level"
                best = (m.end(), m.start(), got)
    return best[2] if best else None


@dataclass(init=False)
class KindContext:
    """What a figure's kind is decided from."""

    t: str  # the folded text
    f: Figure
    raw: str  # the clause before the figure
    comparison: bool  # the figure stands in brackets after 高于/低于…
    lo: int  # where its sentence begins
    c_lo: int  # where its clause begins
    last_pct_kind: str  # the kind of the last percent figure of the sentence
    prev_kind: str  # the kind of the figure before it

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted
    # and, frozen, sets each field through object.__setattr__); one is built per figure
    def __init__(
        self, t: str, f: Figure, raw: str, comparison: bool, lo: int, c_lo: int, last_pct_kind: str, prev_kind: str
    ) -> None:
        self.t, self.f, self.raw, self.comparison, self.lo, self.c_lo = t, f, raw, comparison, lo, c_lo
        self.last_pct_kind, self.prev_kind = last_pct_kind, prev_kind


def share_noun_at(t: str, pos: int) -> int:
    """Where the noun begins that a percent ending at pos is the share of (28.4%的高新技术企业),
    or -1: none follows, or what follows is the figure's growth (35%以上的高速增长)."""
    if not t.startswith(attributive_words(), pos):
        return -1  # (both patterns open with the word: asked at every percent figure)
    m = _share_of_after().match(t, pos)
    return m.end() if m is not None and not _growth_after_at(t, pos) else -1


@cache
def attributive_words() -> tuple[str, ...]:
    """The words that join a figure to a noun said of it (28.4%的高新技术企业: 的)."""
    return tuple(table("cues")["kind"]["growth_attributive"])


def _growth_after_at(t: str, pos: int) -> bool:
    """Whether a growth said of the figure follows it at pos (35%以上的高速增长)."""
    return t.startswith(attributive_words(), pos) and _growth_after().match(t, pos, pos + 8) is not None


@cache
def _growth_after() -> Pattern:
    k = table("cues")["kind"]
    return compile_pattern(
        rf"(?:{alternation(k['growth_attributive'])})\p{{Han}}{{0,4}}?(?:{alternation(k['growth'])})"
    )


def _percent(c: KindContext) -> str | None:
    """A percent figure: growth or share by the cue nearest the number in its clause, else that
    of the figure it is compared with or listed after, else a growth cue in the clause before;
    else a level (a share for tenths: 七成农户)."""
    f, raw = c.f, c.raw
    if f.unit_kind not in ("percent", "tenths"):
        return None
    k = percent_kind(raw)
    if k:
        return k
    if _growth_after_at(c.t, f.end):
        return "growth"  # 保持了35%以上的高速增长
    if c.comparison and c.last_pct_kind in ("growth", "share"):
        return c.last_pct_kind
    if not raw.strip(" 、和及与") and c.prev_kind in ("growth", "share"):
        return c.prev_kind
    bare = is_cue_only(clean(raw))
    if bare and c.prev_kind == "share":
        return "share"  # 研发投入强度首次突破2%，达到2.17%: the same share
    # 增速较快，达到161.47% / 两个领域占比较小，分别为1.2%: the cue stands in the clause before
    if bare and c.c_lo - 1 > c.lo and c.t[c.c_lo - 1] in CLAUSE_STOP:
        s = clause_start(c.t, c.lo, c.c_lo - 1)
        before = percent_kind(c.t[s : c.c_lo - 1])
        if before in ("growth", "share"):
            return before
    if share_noun_at(c.t, f.end) >= 0:
        return "share"  # 贡献了全省28.4%的高新技术企业: the part of the noun after it
    return "share" if f.unit_kind == "tenths" else "level"


@cache
def _share_of_after() -> Pattern:
    return compile_pattern(rf"(?:{alternation(table('cues')['kind']['growth_attributive'])})(?=\p{{Han}}{{2}})")


# 比上年, 较2022年同期: a comparison with the figure's own past (cues.toml [kind] compare, [comparison])
COMPARED: Final = rx(rf"{alternation(table('cues')['kind']['compare'])}|{comparison()}")
RANK_CHANGE: Final = rx(rf"(?:{alternation(table('cues')['kind']['rank_change'])})(?:了)?$")
CHANGE_VERB: Final = rx(rf"(?:{alternation(table('cues')['kind']['change_verbs'])})\u4e86?$")
BARE_CHANGE: Final = rx(rf"(?:{alternation(table('cues')['kind']['bare_change'])})\u4e86?$")
COUNTS_NEW: Final = rx(r"(?:新增|净增)$")
# 比上年提高2.14分: a score right after a growth cue is the score's change, as 个百分点 is a rate's
SCORE_CHANGE: Final = rx(rf"(?:{alternation(table('cues')['kind']['growth'])})\u4e86?$")
SCORES: Final = frozenset(table("units")["score"].values())
# 超全省三分之二 (not 百分之二十 or 千分之五, a percent or permille written in words)
FRACTION_MARKS: Final = tuple(table("cues")["kind"]["fraction_marks"])
FRACTION: Final = rx(rf"(?<![\u767e\u5343])(?:{alternation(table('cues')['kind']['fraction_marks'])})")
RATE_APPLIED: Final = rx(rf"(?:{alternation(table('cues')['kind']['rate_applied'])})$")  # 按10%给予补助


# (rules as typed functions, not lambdas: compiled, they read the context's attributes natively)
def _rank(c: KindContext) -> str | None:
    return "rank" if c.f.rank else None


def _doubling(c: KindContext) -> str | None:
    return "growth" if c.t[c.f.start : c.f.end] in DOUBLING else None


def _points(c: KindContext) -> str | None:
    return "growth" if c.f.unit == "百分点" else None


def _fraction(c: KindContext) -> str | None:
    t, f = c.t, c.f
    # (the marks are looked for first, in a plain loop: asked at every figure, and the pattern's
    # look-behind costs)
    for w in FRACTION_MARKS:
        if t.find(w, f.start, f.end) >= 0:
            return "share" if FRACTION.search(t, f.start, f.end) else None
    return None


_AMONG: Final = table("cues")["kind"]["among"]
_AMONG_IN: Final = _AMONG["within"][0]
# 小型和微型企业中开展研发活动的不足10%, 大型企业中有研发活动的为61.5%: those of a whole that do
# something, as a percent of it
AMONG: Final = compile_pattern(
    rf"\p{{Han}}{{2}}(?:{alternation(_AMONG['within'])})(?![{_AMONG['not_before']}])[^,;:。]{{1,20}}"
    rf"(?:{alternation(_AMONG['those'])})"
    rf"(?:{alternation(_AMONG['verbs'])})?$"
)


def _among(c: KindContext) -> str | None:
    # (the 中 looked for first: asked of every percent without a cue; not 各县区中最高的为35.2%, the
    # top one's figure)
    raw = c.raw
    if c.f.unit_kind != "percent" or _AMONG_IN not in raw or percent_kind(raw) is not None:
        return None
    m = AMONG.search(raw)
    return "share" if m is not None and _AMONG["not_in"] not in m.group() else None


def _rate_applied(c: KindContext) -> str | None:
    return "share" if c.f.unit == "%" and RATE_APPLIED.search(c.raw) else None


def _score_change(c: KindContext) -> str | None:
    return "growth" if c.f.unit in SCORES and SCORE_CHANGE.search(c.raw) else None


def _decrease(c: KindContext) -> str | None:
    return "growth" if c.f.negative else None


def _list_of_changes(c: KindContext) -> str | None:
    return "growth" if c.prev_kind == "growth" and not c.raw.strip(" " + LIST_SEP) else None


def _places_gained(c: KindContext) -> str | None:
    return "growth" if c.f.unit == "位" and RANK_CHANGE.search(c.raw) else None


def _compared_change(c: KindContext) -> str | None:
    return "growth" if COMPARED.search(c.raw) and CHANGE_VERB.search(c.raw) else None


def _change_verb(c: KindContext) -> str | None:
    return "growth" if BARE_CHANGE.search(c.raw) and not COUNTS_NEW.search(c.raw) else None


def _level(c: KindContext) -> str:
    return "level"


KIND_RULES: Final[tuple[Rule, ...]] = (
    # 第二, 前三位, 居全市首位
    Rule("rank", _rank),
    # 提高0.09个百分点: a change of a rate
    Rule("percentage points", _points),
    # 比上年提高2.14分: a change of a score
    Rule("score change", _score_change),
    # 翻番, 翻两番: a growth written as a word
    Rule("doubling", _doubling),
    # 下降3.2%, 减少622.4亿元: a decrease
    Rule("decrease", _decrease),
    # 三分之二: a fraction of a whole
    Rule("fraction", _fraction),
    # 按10%给予补助: a rate applied
    Rule("rate applied", _rate_applied),
    # 小型和微型企业中开展研发活动的不足10%: those of a whole that do something
    Rule("those among a whole", _among),
    Rule("percent", _percent),
    # 分别提升了4位、3位和8位: an item of a list of changes is a change too (prev_kind is
    # given only when the figure before has the same unit)
    Rule("list of changes", _list_of_changes),
    # 较上年提升5位: places gained in a ranking
    Rule("places gained", _places_gained),
    # 比上年增加2465.7亿元: money or a count after a comparison and a change verb
    Rule("compared change", _compared_change),
    # 成交额增加28.49亿元 (not 新增, which counts new things)
    Rule("change verb", _change_verb),
    Rule("level", _level),
)


def figure_kind(
    t: str, f: Figure, raw: str, comparison: bool, lo: int, c_lo: int, last_pct_kind: str, prev_kind: str
) -> tuple[str, str]:
    """A figure's kind (rank, growth, share or level) and the rule that decided it."""
    return decide(KIND_RULES, KindContext(t, f, raw, comparison, lo, c_lo, last_pct_kind, prev_kind))
