"""Find the figures of a text: number, multiplier, unit, approximation and range, valued exactly.

One compiled pattern finds numeral runs; each run is then read in place by looking at a few
characters on either side (its unit, a qualifier, a range, 第/前 for ranks), so nothing
re-scans the document and the time stays linear in its length. The text is matched in a folded,
same-length copy (full-width and traditional characters read as their plain forms), so offsets
into the original stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from .figurewords import LIST_SEP, RANGE_SEP, SPACE, figure_words, numeral_places, place_before
from .lexicon import Memo, alternation, compile_pattern, first_chars, table
from .lines import FULL_STOP
from .numerals import exact_product, parse_number, ratio
from .quoted import in_a_name

ZH_DIGITS: Final = "零〇一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖"
ZH_POWERS: Final = "十百千拾佰仟"
ZH_BIG: Final = "万亿兆"
APPROX: Final = "余多几"

# A numeral run: Arabic (with real thousands groups only, so 2019,2020 is two numbers) or
# Chinese, then more Arabic / Chinese / multiplier / approximation characters. Possessive
# quantifiers and disjoint character classes keep it linear on any input.
ARABIC: Final = r"(?:[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])(?:\.[0-9]+)?+|[0-9]++(?:\.[0-9]+)?+)"
CORE: Final = re.compile(
    rf"(?<![0-9.])(?:{ARABIC}|[{ZH_DIGITS}{ZH_POWERS}])"
    rf"(?:{ARABIC}|[{ZH_DIGITS}{ZH_POWERS}{ZH_BIG}点{APPROX}])*+"
)
# The scan itself uses a plain run of numeral characters (as fast as a bare digit scan); the
# rare runs holding "," or several "." are split into numbers by CORE afterwards. The pattern
# opens with its class and looks back over it ("not after a digit or a point"), so that the
# engine can skip to the next numeral character instead of trying every position.
RUN: Final = re.compile(
    rf"[0-9{ZH_DIGITS}{ZH_POWERS}{ZH_BIG}](?<![0-9.].)[0-9.,{ZH_DIGITS}{ZH_POWERS}{ZH_BIG}点{APPROX}\u200b]*+"
)
ARABIC_ONLY: Final = re.compile(r"[0-9.,]+")
MAX_CORE: Final = 32  # a longer run is a code, an OCR artefact or a phone list, not a figure
LEFT_WINDOW: Final = 12  # characters looked at before a figure (qualifiers, 第, cue verbs)
BOUNDARY: Final = set(",.;:!?()[]、。，；：！？（）【】“”\"'《》<>|/ \t\u3000\n") | {""}
LATIN: Final = compile_pattern(r"[A-Za-z]")
ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
DIGIT_CHARS: Final = frozenset("0123456789" + ZH_DIGITS + ZH_POWERS)
NUMERAL_PLACES: Final = numeral_places(ZH_DIGITS + ZH_POWERS)  # (七台河市, 九台区: no figure)
NUMERAL_FIRST: Final = first_chars(NUMERAL_PLACES)
APPROX_SET: Final = frozenset(APPROX)
OPEN_QUOTES: Final = "\u201c\u2018\"'"  # (好比一张‘科技消费卡’: a quoted noun after a lone digit)
GIVEN: Final = compile_pattern(r"奖励|补助|资助|补贴|支持|奖补|扶持|贴息")
# 分列第二、三位, 第17、37、66和88位: the later numbers of a list of ranks are ranks too
SECOND_RANK: Final = compile_pattern(
    r"第[0-9一二三四五六七八九十]{1,3}(?:[、和及][0-9一二三四五六七八九十]{1,3})*[、和及]$"
)
# 近百家, 逾千人, 近万人: a lone 百, 千 or 万 is a number after a word of approximation (not 上百家,
# 千家万户, 上万人)
APPROX_POWER: Final = frozenset(("近", "将近", "接近", "约", "逾", "超", "超过", "近一"))
TENTH_DIGITS: Final = "一二三四五六七八九"
TENTH_END: Final = BOUNDARY | {"左", "以", "多", "的", "上", "之"}
NUMERAL_CHARS: Final = frozenset(ZH_DIGITS + ZH_POWERS + ZH_BIG + "%)）")
# Measure words for things that are counted, not for manners or kinds (个, 种, 批, 次 are both).
SPECIFIC_MEASURES: Final = frozenset("家名项件所座人位台套支颗只篇部场")
# 居全市首位 / 位列全省榜首 / 居各县(市、区)首位: a rank of 1 written without a numeral (cues.toml
# [rank] first_place).
FIRST_PLACE_WORDS: Final = tuple(table("cues")["rank"]["first_place"])
FIRST_PLACE: Final = compile_pattern(
    rf"(?<=(?:居|列|排名?|位于)(?:全国|全省|全市|全区|全县|同类城市|[\p{{Han}}()、]{{0,10}}?)?)(?:{alternation(FIRST_PLACE_WORDS)})"
)
# 增速实现翻番, 翻两番: a growth in percent written as a word (cues.toml [figure.doubling]).
DOUBLING: Final = {w: Decimal(v) for w, v in table("cues")["figure"]["doubling"].items()}
DOUBLING_WORDS: Final = compile_pattern(alternation(list(DOUBLING)))
HAN: Final = compile_pattern(r"\p{Han}")
# Where one sentence's amounts stop sharing their unit (figurewords' goes_on_from_money_re).
MONEY_GAP: Final = 40  # how far an amount without 元 may stand from the amount in 元 it goes on from
SENTENCE_END: Final = compile_pattern(rf"[;!?\n]|{FULL_STOP.pattern}")  # (folded: ；！？ read as ;!?)


@dataclass(slots=True, init=False)
class Figure:
    """A figure's place and value; naming and scoping come later."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str | None
    rank: bool
    negative: bool  # a decrease verb stood before it (下降3.2%)
    unit_kind: str  # percent, tenths, money, count, measure, rank

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(
        self,
        start: int,
        end: int,
        value: Decimal,
        value_max: Decimal | None,
        unit: str,
        qualifier: str | None,
        rank: bool = False,
        negative: bool = False,
        unit_kind: str = "",
    ) -> None:
        self.start, self.end, self.value, self.value_max = start, end, value, value_max
        self.unit, self.qualifier, self.rank, self.negative = unit, qualifier, rank, negative
        self.unit_kind = unit_kind


# Most figures are plain Arabic numbers with a multiplier: read them directly (parse_number,
# which handles every numeral, is much slower).
SIMPLE: Final = compile_pattern(r"([0-9]{1,15}(?:\.[0-9]{1,12})?)(万亿|亿|万|千)?")
SCALE: dict[str | None, Decimal] = {
    None: Decimal(1),
    "千": Decimal(1000),
    "万": Decimal(10) ** 4,
    "亿": Decimal(10) ** 8,
    "万亿": Decimal(10) ** 12,
}
SINGLE: Final = {c: Decimal(i) for i, c in enumerate("零一二三四五六七八九")} | {
    "两": Decimal(2),
    "俩": Decimal(2),
    "〇": Decimal(0),
    "十": Decimal(10),
    "百": Decimal(100),
    "千": Decimal(1000),
}
VALUES: Final = Memo(8192)  # _value's answers


def _value(core: str) -> Decimal | None:
    return VALUES.answers[core] if core in VALUES.answers else VALUES.put(core, _value_of(core))


def _value_of(core: str) -> Decimal | None:
    """The value of a numeral run, or None when it is not one number."""
    if core in SINGLE:
        return SINGLE[core]
    m = SIMPLE.fullmatch(core)
    if m:
        d = Decimal(m.group(1)) * SCALE[m.group(2)]
        return d.normalize() if d != d.to_integral_value() else d.quantize(Decimal(1))
    try:
        return parse_number(core)
    except (ValueError, ArithmeticError):
        return None


def _is_lone_power(core: str) -> bool:
    """百 / 千 alone (上百家, 千家万户): a manner of speaking, not a count (十名 is ten)."""
    return len(core) == 1 and core in ZH_POWERS and core not in "十拾"


def _is_single_zh_digit(core: str) -> bool:
    return len(core.rstrip(APPROX)) == 1 and core[0] in ZH_DIGITS


def _has_digit(core: str) -> bool:
    return not DIGIT_CHARS.isdisjoint(core)


class _Scanner:
    """Reads the figures of one folded text; `original` supplies nothing but offsets' meaning."""

    def __init__(self, folded: str, lo: int = 0, hi: int | None = None):
        self.t = folded
        self.lo = lo
        self.hi = len(folded) if hi is None else hi
        self.L = figure_words()
        self.money_end = -1  # the end of the last amount of money read, -1 before any
        self.money_unit = ""  # and its unit

    def char(self, i: int) -> str:
        return self.t[i] if self.lo <= i < self.hi else ""

    def is_in(self, i: int, chars: str) -> bool:
        """Whether the character at i is one of chars (False outside the text: '' is in every str)."""
        return self.lo <= i < self.hi and self.t[i] in chars

    def left(self, i: int, n: int = LEFT_WINDOW) -> str:
        return self.t[max(self.lo, i - n) : i]

    def prefix_in(self, left: str) -> str:
        """The qualifier word that ends `left` (约, 超过, 近 …), with the space a PDF may put
        between it and the number (约 500 斤), or ""."""
        bare = left.rstrip(" ") if left.endswith(" ") else left
        if bare[-1:] not in self.L.prefix_last or len(left) - len(bare) > 1:
            return ""
        m = self.L.prefix_re.search(bare)
        return m.group() + left[len(bare) :] if m else ""

    # --- pieces to the right of a number -------------------------------------------------
    def unit_at(self, i: int) -> tuple[str | None, int]:
        """(word, end) of the unit or never-word starting at i (after one optional space)."""
        word, start, end = self._unit_word(i)
        if word is None:
            return None, i
        if word in self.L.unit_of and end < self.hi and self.t[end] == "/":
            # A compound rate unit: 件/万人, 元/平方米 (the 万 belongs to the denominator).
            at = end + 1
            word2, start2, end2 = self._unit_word(at) if self.char(end) == "/" else (None, 0, 0)
            if word2 is None and self.char(end) == "/" and self.is_in(end + 1, "万千百"):
                at = end + 2
                word2, start2, end2 = self._unit_word(at)
            # (the match must not begin with a space: 元/ 吨 is no unit)
            if word2 is not None and word2 in self.L.unit_of and not self.t[at].isspace():
                return self.t[start:end2], end2
        return word, end

    def _unit_word(self, i: int) -> tuple[str | None, int, int]:
        """What unit_re matches at i: the word, where it starts, where the match ends."""
        L = self.L
        if L.unit_lengths is None:
            m = L.unit_re.match(self.t, i, self.hi)
            return (m.group(1), m.start(1), m.end()) if m else (None, i, i)
        j = i + 1 if self.is_in(i, SPACE) else i  # (no word begins with a space)
        if j >= self.hi:
            return None, i, i
        for k in L.unit_lengths.get(self.t[j], ()):
            if j + k <= self.hi and self.t[j : j + k] in L.unit_words:
                return self.t[j : j + k], j, j + k
        return None, i, i

    def list_unit(self, e: int) -> str | None:
        """The unit after the last number of the list that goes on at e (、0.85、0.81个百分点)."""
        j = e
        for _ in range(8):
            if not self.is_in(j, LIST_SEP):
                return None
            core, e2 = self.core_at(j + 1)
            if not core or not _has_digit(core):
                return None
            unit, _ = self.unit_at(e2)
            if unit is not None:
                return unit if unit in self.L.unit_of else None
            j = e2
        return None

    def suffix_at(self, i: int) -> tuple[str | None, int]:
        m = self.L.suffix_re.match(self.t, i, self.hi)
        return (self.L.suffix_q[m.group(1)], m.end()) if m else (None, i)

    def core_at(self, i: int) -> tuple[str | None, int]:
        m = CORE.match(self.t, i, self.hi)
        return self._unit_begun(m.group(), m.end()) if m else (None, i)

    def _unit_begun(self, core: str, e: int) -> tuple[str, int]:
        """The run core ending at e without a last 百 or 千 that begins a unit word after an
        Arabic number (0.3百分点: no multiplier, 百分点 is the unit)."""
        if core[-1] in ZH_POWERS and ARABIC_ONLY.fullmatch(core, 0, len(core) - 1) and self._unit_word(e - 1)[0]:
            return core[:-1], e - 1
        return core, e

    # --- the scan ---------------------------------------------------------------------------
    def figures(self) -> list[Figure]:
        out: list[Figure] = []
        consumed = self.lo
        t, hi, follow = self.t, self.hi, self.L.follow
        for m in RUN.finditer(t, self.lo, hi):
            s, e = m.span()
            core = m.group()
            # (a run holding a comma is split first: 27.6亿, ends before its comma)
            if s < consumed or ("," not in core and not self._may_be_figure(s, e, follow)):
                continue
            if "\u200b" in core:
                core = core.rstrip("\u200b")
                e = s + len(core)
                if "\u200b" in core:
                    # 15⏎7家: read as 157家 (the text keeps its line break)
                    fig, used = self.read(s, e, core.replace("\u200b", ""))
                    consumed = max(consumed, used)
                    if fig is not None:
                        self._seen(fig)
                        out.append(fig)
                    continue
            split = "," in core or "." in core[-1] or core.count(".") > 1
            parts = [(p.start(), p.end(), p.group()) for p in CORE.finditer(t, s, e)] if split else [(s, e, core)]
            # (a run read whole, as matched, was checked above)
            checked = not split and e == m.end()
            for ps, pe, pc in parts:
                if not checked and (ps < consumed or not self._may_be_figure(ps, pe, follow)):
                    continue
                fig, used = self.read(ps, pe, pc)
                consumed = max(consumed, used)
                if fig is not None:
                    self._seen(fig)
                    out.append(fig)
        return out

    def _in_ranking(self, s: int) -> bool:
        """Whether the number at s stands where a rank would (在20名, 达到17名) in a sentence that
        speaks of a ranking (位次, 排名)."""
        if self.char(s - 1) not in self.L.before_ranked:  # ("" outside the text: in no set)
            return False
        left = self.left(s, 60)
        stops = [m.end() for m in SENTENCE_END.finditer(left)]
        return self.L.ranking_re.search(left, stops[-1] if stops else 0) is not None

    def _seen(self, fig: Figure) -> None:
        if fig.unit_kind == "money":
            self.money_end, self.money_unit = fig.end, fig.unit

    def _is_score(self, s: int, core: str, ue: int) -> bool:
        """Whether 分 after the number at s is a score's (52.36分, 指数达到55分左右), not a time's
        minute (8时30分) or a word's first character (3分钟, 三分之一, 部分)."""
        L = self.L
        if self.is_in(s - 1, L.score_not_after) or self.is_in(ue, L.score_not_before):
            return False
        return "." in core or L.index_re.search(self.left(s, 16)) is not None

    def _after_money(self, s: int) -> bool:
        m = self.money_end
        if m < 0 or s - m > MONEY_GAP or SENTENCE_END.search(self.t, m, s) is not None:
            return False
        # (searched in the gap itself: its ^ is where the amount in 元 ends, which a search with
        # a start position would never match)
        return self.L.goes_on_from_money_re.search(self.t[m:s]) is not None

    def _may_be_figure(self, s: int, e: int, follow: frozenset) -> bool:
        """Most runs in prose (一体化, 十三五, 5+3) can have no unit: reject them cheaply."""
        t = self.t
        nxt = t[e] if e < self.hi else ""
        if nxt in SPACE and nxt:
            nxt = t[e + 1] if e + 1 < self.hi else ""
        return (nxt in follow) or (s > self.lo and t[s - 1] in "第前后") or t[e - 1] in "亿万"

    def read(self, s: int, e: int, core: str) -> tuple[Figure | None, int]:
        """The figure whose numeral run is t[s:e], and how far it used the text."""
        L, t = self.L, self.t
        if len(core) > MAX_CORE or (core[0] == "0" and core[1:2].isdigit()):
            return None, e  # (06 项目与资金, 0416: a leading zero numbers a heading or a code)
        # 百分之二十 / 千分之三 / 四分之一
        if t.startswith("分之", e):
            return self.read_fraction(s, e, core)
        if core[0] in ZH_BIG:
            # 近万人, 超万亿元: a run opening with 万 or 亿 is one of it after a word of approximation
            left = self.left(s)
            if self.prefix_in(left).rstrip(" ") not in APPROX_POWER and not self.L.verb_before(left):
                return None, e
            core = "1" + core  # (valued as 1万: parse_number refuses 万 alone)
        if not _has_digit(core):
            return None, e
        # A run may end in a multiplier that belongs to the unit (5000千瓦, 120万千瓦, 0.3百分点).
        core, e = self._unit_begun(core, e)
        value = _value(core)
        while value is None and len(core) > 1 and core[-1] in ZH_BIG + ZH_POWERS + "点" + APPROX:
            core, e = core[:-1], e - 1
            value = _value(core)
        if value is None and (k := next((i for i, c in enumerate(core) if c.isascii() and c.isdigit()), 0)):
            # Chinese digits run into Arabic ones are the end of a word (队伍16支: the 伍 of 队伍)
            s, core = s + k, core[k:]
            value = _value(core)
        if value is None:
            return None, e
        # A multiplier after a space ("286.61 亿元") is the core's own (27.6 亿 is money without 元).
        if self.is_in(e, SPACE) and self.is_in(e + 1, "万亿") and core[-1].isdigit():
            j = e + 1
            while self.is_in(j, "万亿"):
                j += 1
            v2 = _value(core + t[e + 1 : j])
            if v2 is not None:
                value, e, core = v2, j, core + t[e + 1 : j]
        used = e
        # A range: 1~3家, 三到五项, 10%-15%, 2万元至5万元 (the unit may stand after both ends).
        value_max = None
        unit, ue = self.unit_at(e)
        after_first = ue if unit in L.unit_of else e
        if self.is_in(after_first, RANGE_SEP):
            j = after_first + 1
            while self.is_in(j, SPACE):
                j += 1
            core2, e2 = self.core_at(j)
            if core2 and core2 != core and len(core2) <= MAX_CORE and _has_digit(core2):
                v2 = _value(core2)
                if v2 is not None:
                    unit2, ue2 = self.unit_at(e2)
                    if (after_first == e or unit2 == unit) and self._ascending(core, value, core2, v2):
                        value, value_max = self._range_scale(core, value, core2, v2)
                        unit, ue = unit2, ue2
                        e = e2
                        used = max(used, ue2)
        used = max(used, e)
        # A negative literal: "| -1.49 |", 同比增长-2.3% (not 1-5, 0571-28978941, 2017-03).
        prev2 = self.char(s - 2)
        negative_literal = (
            self.is_in(s - 1, "-−")
            and value_max is None
            and not (prev2.isdigit() or prev2 in NUMERAL_CHARS or prev2 in ASCII_LETTERS)
        )
        # Rank: 第二, 第4位, 前三位.
        before = self.char(s - 1)
        if unit is None and value_max is None and self.is_in(e, LIST_SEP):
            # 0.87、0.85、0.81个百分点: a list written with its unit once, after the last number
            shared = self.list_unit(e)
            if shared is not None:
                unit, ue = shared, e
        if unit is None and core[-1] in "亿万" and value_max is None:
            # an amount of money written without 元: after the name of one (高新技术产业产值27.6亿),
            # or going on from an amount of the same sentence (成交额142.5亿元，其中A市48亿)
            if L.money_name_re.search(self.left(s, 24)):
                unit, ue = "元", e
            elif self._after_money(s):
                unit, ue = self.money_unit, e
        if unit is None and t.startswith(("以上", "左右", "以下"), e) and L.index_re.search(self.left(s, 16)):
            unit, ue = "", e  # 区域科技创新指数达到160以上: an index has no unit
        score = False  # (分 is a minute elsewhere)
        if unit is not None and unit in L.score_units and self._is_score(s, core, ue):
            unit, score = L.score_units[unit], True
        if unit in ("位", "名") and SECOND_RANK.search(t, max(self.lo, s - 24), s):
            before = "前"  # 分列第二、三位: the 三 is a rank too
        if before == "第" or (before and before in "前后" and unit in ("位", "名")):
            return self.read_rank(s, e, value, before, unit, ue), max(used, ue)
        if unit in L.rank_units and value_max is None and value == value.to_integral_value() and self._in_ranking(s):
            # 在20名的基础上…达到17名, in a sentence on 位次: a rank written without 第
            return Figure(s, ue, value, None, L.rank_units[unit], None, rank=True, unit_kind="rank"), max(used, ue)
        after_rank = t.startswith(L.rank_after, e, self.hi)
        if before == "前" and unit is None and (after_rank or self.char(e) in BOUNDARY):
            # 进入全国前10强, 保持全省前3, 达到全市前3水平: a rank written without 位
            end = e + 1 if self.char(e) == "强" else e
            if L.rank_cue_re.search(self.left(s - 1, 10)) and value == value.to_integral_value() and value > 0:
                return Figure(s - 1, end, value, None, "位", None, rank=True, unit_kind="rank"), end
        if unit == "%" and before in "前后" and before:
            return None, max(used, ue)  # 进入ESI全球前1%: a band of a ranking, not a figure
        if (
            unit is None
            or (unit in L.never and not score and not L.counts_sessions(unit, self.left(s, 16), t, ue))
            or (not unit and ue != e)
            or L.after_counter(self.left(s, 8))
        ):
            return None, max(used, ue)  # (点击量：356次: the web page's count of its readers)
        used = max(used, ue)
        # Latin letters glued to a number name a grade or a model: 5G, 12K, M0, 202x; a product
        # is a formula (7×24小时).
        if self.char(s - 1) in ASCII_LETTERS or self.char(e) in ASCII_LETTERS or self.char(ue) in ASCII_LETTERS:
            return None, used
        if self.is_in(s - 1, "×*＊"):
            return None, used
        if ue < self.hi and t[ue] in L.grade_first and L.grade_re.match(t, ue, self.hi):
            return None, used
        if t.startswith(L.words_from_unit, ue - len(unit), self.hi):
            return None, used  # (the unit begins a word: 三部门, 三位一体)
        kind = L.unit_kind.get(unit.split("/", 1)[0] if "/" in unit else unit, "count")
        extra_tenth = 0
        if kind == "tenths":
            if self.is_in(ue, L.tenths_not_before):
                return None, used
            # 一成五 = 15%: a digit after 成 is the next tenth (not 一成五年, 三成五个)
            d = self.char(ue)
            if d and d in TENTH_DIGITS and value_max is None and self.char(ue + 1) in TENTH_END:
                extra_tenth = TENTH_DIGITS.index(d) + 1
                ue = used = ue + 1
        if core in ("零", "〇") or (
            _is_lone_power(core)
            and self.prefix_in(self.left(s)).rstrip(" ") not in APPROX_POWER
            and not self.L.verb_before(self.left(s))  # (首次突破千家: past a mark, as 超千家)
        ):
            return None, used  # 上百家, 千家万户, 零部件
        if t[s] in NUMERAL_FIRST and t.startswith(NUMERAL_PLACES, s):
            return None, used  # 七台河市, 九台区, 三台县: a place's name
        if unit == "位" and self.is_in(ue, "数"):
            return None, used  # 两位数增长: a manner of speaking
        if t.endswith("年产", max(self.lo, s - 2), s) and HAN.match(self.char(ue) or " "):
            return None, used  # 年产5万台(套)智能装备项目: a capacity in a project's name
        left = self.left(s - (1 if negative_literal else 0))
        last = left[-1:]
        if (last in L.before_last and L.anaphora_re.search(left)) or L.back_to_measures.match(t, ue, self.hi):
            return None, used  # (这9个行业, 两项指标均居首位: what was counted before)
        prefix = self.prefix_in(left)
        qualifier = L.prefix_q[prefix.rstrip(" ")] if prefix else None
        start = s - len(prefix) if prefix else s - (1 if negative_literal else 0)
        if qualifier is None and not APPROX_SET.isdisjoint(core):
            qualifier = "more_than"
        if qualifier is None and (verb := L.verb_before(left) or L.linked_before(left)):
            qualifier = L.verb_q[verb.group(1)]
        sq, end = self.suffix_at(ue) if ue < self.hi and t[ue] in L.suffix_first else (None, ue)
        if sq is None and unit in L.multiple_units and (m := L.after_multiple_re.match(t, ue, self.hi)):
            sq, end = L.after_multiple_q[m.group()], m.end()  # 增长7成多, 3倍多: no infix
        if sq:
            qualifier = qualifier or sq
        # A number inside the quoted name of a policy or slogan (“科技新政40条”, “八项重点工作”) or
        # inside a document's title (《…大众创业万众创新十条措施的实施意见》).
        if in_a_name(t, self.lo, start, end):
            return None, used
        # Thresholds inside a name: 超过500亿元的行业, 1000万元以上的企业, 亿元以上项目.
        if (
            (th := L.threshold_re.match(t, end, self.hi)) is not None
            and (th.group() == L.threshold_of or kind == "money")
            and (prefix or sq)
            and (kind in ("money", "count", "measure") or (kind == "percent" and L.share_threshold_re.match(t, end)))
            and not GIVEN.match(t, end + 1, self.hi)
            and not L.sized_re.search(t, max(0, start - 4), start)
        ):
            return None, used  # (but 最高不超过100万元的奖励 is the reward's cap, 规模不低于2亿元的 a size)
        if _is_single_zh_digit(core) and value_max is None and kind in ("count", "money", "measure"):
            # 两个零的突破, 五个新特点, 一批: a lone Chinese digit before a noun is an article or a
            # manner of speaking; it counts when nothing follows (园区一个。), after a counting
            # verb, or with a measure word only things that are counted take (两家企业).
            attributive = HAN.match(self.char(end) or " ") is not None or self.char(end) in OPEN_QUOTES
            specific = L.unit_of.get(unit) in SPECIFIC_MEASURES and core[0] != "一"
            if attributive and not (prefix or specific or L.count_verb_re.search(left)):
                return None, used
        if negative_literal:
            value = value.copy_negate()  # (exact: unary minus rounds at 28 digits)
        base = L.unit_of.get(unit, unit)
        if kind == "tenths":
            value *= 10
            value_max = value_max * 10 if value_max is not None else None
            value += extra_tenth
        negative = (
            start > self.lo
            and t[start - 1] in L.before_last
            and L.decrease_re.search(t, max(self.lo, start - LEFT_WINDOW), start) is not None
        )
        return Figure(start, end, value, value_max, base, qualifier, negative=negative, unit_kind=kind), max(used, end)

    def read_rank(self, s: int, e: int, value: Decimal, before: str, unit: str | None, ue: int) -> Figure | None:
        """第二 / 第4位 / 前三位 as a rank, or None for an ordinal (第二届, 第一批)."""
        L = self.L
        start = s - 1
        if unit in ("位", "名"):
            end = ue
            if before == "前" and self.char(s - 1) in LIST_SEP:
                start = s
        else:
            nxt = self.char(e)
            # (a word after it makes an ordinal, 第二届; not 和 before the next rank, 第二和第三)
            word = nxt not in BOUNDARY and HAN.match(nxt) and not (nxt in LIST_SEP and self.char(e + 1) == "第")
            if before != "第" or (nxt and nxt in L.ordinal_after) or word:
                return None
            if not L.rank_cue_re.search(self.left(start, 10)) and not place_before(self.left(start, 10)):
                return None
            end = e
        if value != value.to_integral_value() or value <= 0:
            return None
        return Figure(start, end, value, None, "位", None, rank=True, unit_kind="rank")

    def read_fraction(self, s: int, e: int, core: str) -> tuple[Figure | None, int]:
        """百分之二十 -> 20 %, 千分之三 -> 3 ‰, 四分之一 -> 25 %."""
        core2, e2 = self.core_at(e + 2)
        if not core2 or len(core2) > MAX_CORE:
            return None, e + 2
        if self.t.startswith("分之", e2):
            return None, e + 2  # 百分之百分之…: not a number of anything
        v = _value(core2)
        if v is None:
            return None, e2
        if core in ("百", "千"):
            unit = "%" if core == "百" else "‰"
        else:
            # 四分之一 = 25%, 三分之二 = 66.6666666666667%: any other fraction as a percent share
            n = _value(core)
            if n is None or n <= 1 or n != n.to_integral_value() or v > n:
                return None, e2
            v = ratio(v * 100, n)
            unit = "%"
        q, end = self.suffix_at(e2)
        prefix = self.prefix_in(self.left(s))
        if prefix:
            s, q = s - len(prefix), q or self.L.prefix_q[prefix.rstrip(" ")]
        negative = bool(self.L.decrease_re.search(self.left(s)))
        return Figure(s, end, v, None, unit, q, negative=negative, unit_kind="percent"), end

    @classmethod
    def _ascending(cls, core1: str, v1: Decimal, core2: str, v2: Decimal) -> bool:
        """A range runs upwards (1~3家); 8至7家 is two numbers, not a range."""
        low, high = cls._range_scale(core1, v1, core2, v2)
        return low < high

    @staticmethod
    def _range_scale(core1: str, v1: Decimal, core2: str, v2: Decimal) -> tuple[Decimal, Decimal]:
        """2-3亿元: the multiplier written once applies to both ends."""
        if core1[-1].isdigit() or core1[-1] in ZH_DIGITS:
            for mult, factor in (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4)):
                if core2.endswith(mult) and not core1.endswith(mult):
                    return exact_product(v1, factor), v2
        return v1, v2


def find_figures(folded: str, lo: int = 0, hi: int | None = None) -> list[Figure]:
    """All figures in folded[lo:hi], in order. `folded` is lexicon.fold(text)."""
    hi = len(folded) if hi is None else hi
    figs = _Scanner(folded, lo, hi).figures()
    if any(folded.find(w, lo, hi) >= 0 for w in FIRST_PLACE_WORDS):
        firsts = [
            Figure(m.start(), m.end(), Decimal(1), None, "位", None, rank=True, unit_kind="rank")
            for m in FIRST_PLACE.finditer(folded, lo, hi)
        ]
        figs = sorted(figs + firsts, key=lambda f: f.start)
    if any(folded.find(w, lo, hi) >= 0 for w in DOUBLING):
        doubled = [
            Figure(m.start(), m.end(), DOUBLING[m.group()], None, "%", None, unit_kind="percent")
            for m in DOUBLING_WORDS.finditer(folded, lo, hi)
            if not in_a_name(folded, lo, m.start(), m.end())
        ]
        figs = sorted(figs + doubled, key=lambda f: f.start)
    return figs
