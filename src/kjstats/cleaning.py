"""Cleaning an indicator's name: what of a clause is not the name (time and place, connectives,
the verb before the number, comparisons), clause boundaries, and the cue words of names.
The word lists are data (data/cues.toml, [name] and [kind])."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from regex import escape as regex_escape

from .folding import SOFT_BREAK
from .layout import BULLETS
from .lexicon import Memo, Pattern, alternation, compile_pattern, first_chars, region_words, rx, scope_words, table
from .places import ends_with_place, find_places, is_place_name, place_count

CLAUSE_STOP: Final = ",;:。!?；"
# No look-back or look-ahead goes further than this from a figure, so time stays linear even in a
# "sentence" of a megabyte with no punctuation.
WINDOW: Final = 200
LIST_SEP: Final = "、和及与"
MAX_NAME: Final = 40


@dataclass(frozen=True)
class _Cues:
    lead: Pattern
    tail: Pattern
    region_lead: Pattern
    growth: Pattern
    growth_verbs: frozenset
    share: Pattern
    growth_to: frozenset
    compare: Pattern
    heads: tuple
    measure_heads: tuple  # the heads that are amounts (经费, 成交额), not classes (企业)
    cue_only: Pattern


@cache
def cues() -> _Cues:
    c = table("cues")
    name = c["name"]
    growth, share = c["kind"]["growth"], c["kind"]["share"]
    return _Cues(
        lead=compile_pattern(rf"^(?!{alternation(name['lead_words'])})(?:{alternation(name['lead'])})"),
        tail=compile_pattern(
            "".join(f"(?<!{regex_escape(w[:-1])})" for w in name["tail_whole"])
            + rf"(?:{alternation(name['tail'] + c['kind']['rank_change'])})$"
        ),
        region_lead=compile_pattern(rf"^(?:{alternation(name['region_before'])})?(?:{alternation(region_words())})"),
        growth=compile_pattern(alternation(growth)),
        growth_verbs=frozenset(c["kind"]["growth_verbs"]),
        share=compile_pattern(alternation(share)),
        growth_to=frozenset(c["kind"]["growth_to"]),
        compare=compile_pattern(alternation(c["kind"]["compare"])),
        heads=tuple(sorted(name["measure_heads"] + name["class_heads"], key=len, reverse=True)),
        measure_heads=tuple(name["measure_heads"]),
        cue_only=compile_pattern(
            rf"^(?:{comparison()}|{alternation(growth + share + name['fillers'] + name['value_types'])})+$"
        ),
    )


@cache
def economic_measure() -> Pattern:
    """A bare economic measure at the end of a name (当月完成产值, 出口交货值, 营业收入)."""
    c = table("cues")["name"]
    return compile_pattern(rf"(?:{alternation(c['measure_leads'])})*(?:{alternation(c['economic_measures'])})$")


@cache
def aspect_words() -> frozenset[str]:
    """Names of an aspect of a measure (总量, 增幅, 位次): alone, of the measure named before."""
    return frozenset(table("cues")["name"]["aspects"])


@cache
def rank_scopes() -> str:
    """The field a rank is taken in (全国, 本省, 中部地区, 同类城市), as a pattern source."""
    return alternation(table("cues")["rank"]["scopes"] + list(scope_words()))


@cache
def past_comparison() -> Pattern:
    """A clause opening with a comparison with the figure's own past (比三季度提高, 较上年)."""
    return compile_pattern(rf"^(?:{comparison()})")


def _body(p) -> str:
    """A pattern's source without its ^ or $ anchor, to join it with others."""
    src = p.pattern
    if src.startswith("^"):
        src = src[1:]
    if src.endswith("$") and not src.endswith("\\$"):
        src = src[:-1]
    return src


@cache
def _place_comparison() -> str:  # 比全国, 较全省平均水平: the gap after it is of what is named before
    w, p = table("cues")["comparison"]["with"], table("placewords")
    wholes = alternation(list(scope_words()) + p["national"]["words"])
    return rf"(?:{alternation(w)})(?:{wholes})(?:{alternation(p['average']['words'])})?"


@cache
def comparison() -> str:
    """The pattern (a source, to compose) of a comparison with the figure's own past:
    较上一年度, 比上年大幅, 与去年同期相比 (data/cues.toml [comparison])."""
    c = table("cues")["comparison"]
    return (
        rf"(?:{alternation(c['with'])})(?:{alternation(c['base'])}|{_body(TIME_ANY)}|(?:19|20)[0-9]{{2}}年)"
        rf"(?:{alternation(c['after'])})*(?:{alternation(c['manner'])})?"
    )


# --- clauses ---------------------------------------------------------------------------------

CLAUSE_REST: Final = compile_pattern(r"[^,;。]*")


def _clause_rest(t: str, lo: int, hi: int) -> str:
    """The text from lo to the end of its clause (at most to hi)."""
    m = CLAUSE_REST.match(t, lo, hi)
    return m.group() if m else ""


def clause_start(t: str, lo: int, pos: int) -> int:
    """Where the clause ending at pos begins: after a comma, colon or semicolon, or after the
    opening bracket the figure stands in; a closed bracket group (R&D) stays in the clause.
    (Searched with str.rfind, which runs in C: this is called for every figure.)"""
    lo = max(lo, pos - WINDOW)
    i = pos
    while i > lo:
        m = CLAUSE_MARK_BACK.search(t, lo, i)
        if m is None:
            return lo
        k = m.start()
        c = t[k]
        if c == ")":
            j = _opening(t, lo, k)  # skip the bracketed group, brackets inside it too
            if j < 0:
                return lo
            i = j
            continue
        return k + 1  # a stop, or the bracket the figure stands in
    return lo


NESTED: Final = compile_pattern(r"(\([^()]*)\([^()]*\)")


def _flat_brackets(s: str) -> str:
    """(与地区生产总值(初步核算数据)之比) -> (与地区生产总值之比): a bracket inside a bracket goes."""
    for _ in range(3):
        flat = NESTED.sub(r"\1", s)
        if flat == s:
            break
        s = flat
    return s


def _opening(t: str, lo: int, close: int) -> int:
    """Where the bracket closed at close opens (投入强度(与地区生产总值(初步核算数据)之比)), or -1."""
    depth = 0
    j = close
    while True:
        j = max(t.rfind("(", lo, j), t.rfind(")", lo, j))
        if j < 0:
            return -1
        if t[j] == ")":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return j


# Searched from the right ((?r)): the nearest mark is found without scanning the window.
CLAUSE_MARK_BACK: Final = compile_pattern(r"(?r)[,;:。!?；()]")
CLAUSE_STOP_FWD: Final = compile_pattern(r"[,;:。!?；]")

_M: Final = r"[0-9一二三四五六七八九十]{1,2}"
_Q: Final = "[" + "".join(table("timewords")["quarters"]["numerals"]) + "]"  # (timephrases reads the same)
_QUARTER: Final = alternation(table("timewords")["quarters"]["word"])
_END: Final = "(?:底|末)"  # (11月底, 2023年末; 二季度末, 上半年末: the end of the span)
_TO: Final = r"[ ]?[~\-—–至到][ ]?"  # (2021—2023年, 1至5月: between the ends of a span)
# 1-8月, 1至5月份, 11月底, 前10个月
_MONTHS: Final = rf"{_M}[ ]?{_TO}{_M}[ ]?月份?|(?<![0-9]){_M}[ ]?月份?{_END}?|前{_M}个?月"
TIME_ANY: Final = compile_pattern(
    rf"(?:19|20)[0-9]{{2}}{_TO}(?:19|20)[0-9]{{2}}[ ]?年|(?:(?:19|20)[0-9]{{2}}|(?:二〇|一九)[〇零一二三四五六七八九]{{2}})[ ]?年(?:度)?{_END}?"
    rf"|{_MONTHS}|(?:上半年|下半年|前三季度){_END}?"
    rf"|{_Q}{_TO}{_Q}[ ]?(?:{_QUARTER})|第?{_Q}(?:{_QUARTER}){_END}?|[“\"]?十[一二三四五]五[”\"]?(?:期间|以来|末期|末)?"
)
# The words of the year of writing (今年, 年内: timewords.toml now): no part of a name, after it either.
NOW_WORDS: Final = alternation(table("timewords")["words"]["now"])
TIME_LEAD: Final = compile_pattern(
    r"^(?:全年|今年以来|今年|当年|本年|年内|年底|年末|截至|截止|目前|当前|近年来|疫情期间|期间|"
    r"提前\p{Han}{1,4}(?:季度|个月|年|天)|连续(?:\p{Han}{1,2}|[0-9]{1,2})(?:个月|年)|近?[一二三四五六七八九十两]年|[一二三四五六七八九十两]年来)"
)
LIST_MARK: Final = compile_pattern(
    r"^(?:(?:从|分)\p{Han}{1,6}看[,:]?|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\(?[0-9一二三四五六七八九十]+\)|[0-9]+[.、]\s*|其中[,:]?"
    rf"|[{regex_escape(BULLETS)}]\s*)"
)
# 从吸纳成交额增速看，…: what the sentence goes on to break down (unless it is a dimension, 分市看).


def frame_measure(t: str, lo: int, hi: int) -> str:
    """The measure a sentence opening 从X看 breaks down, when X is a measure, not a dimension."""
    while lo < hi and t[lo].isspace():
        lo += 1
    openers, frame = _frame()
    if lo >= hi or t[lo] not in openers:
        return ""  # most sentences: no pattern run over a text that may be megabytes long
    m = frame.match(t, lo, hi)
    if not m or dimensions().search(m.group(1)):
        return ""
    return clean(m.group(1))


@cache
def _frame() -> tuple[frozenset[str], Pattern]:
    """The words that open a breakdown (从, 分) and the pattern of 从X看 / 分X来看."""
    c = table("cues")["name"]
    openers = first_chars(c["frame_openers"])
    after = alternation(c["frame_after"])
    return openers, compile_pattern(rf"(?:{alternation(c['frame_openers'])})(\p{{Han}}{{2,12}}?)(?:{after})?看[,:]")


@cache
def dimensions() -> Pattern:
    return compile_pattern(rf"(?:{alternation(table('cues')['name']['frame_dimensions'])})$")


BRACKET_NOTE: Final = compile_pattern(  # (a time in brackets too: 研发费用(1-8月))
    r"\((?:与|占|按|含|不含|其中|包括|以|即|详见|下同)[^()]*\)|\[[0-9]+\]|\([^()]{7,}\)|【[^】]*】"
    rf"|\((?:{_body(TIME_ANY)})\)"
)
SPACE_IN_NAME: Final = compile_pattern(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
# What is left of a figure in a clause: 实现xx亿元, a unit whose number the source blanked (增速%).
RESIDUE: Final = compile_pattern(
    r"(?:完成|实现|达到?|为|是)?(?:(?:[Xx×]+|[0-9.]+)\s*(?:万亿|亿|万)?元?|(?:万亿|亿|万)元|万平方米|%)$"
)
# A rank's own clause that only names the field ranked in (…国家高新区中位列).
RANK_FIELD_END: Final = compile_pattern(r"[\p{Han})](?:中|之中)$")  # (各省(区、市)中)
# A ranking by name: 在…综合评价中, 公布…评价结果.
EVALUATION: Final = compile_pattern(
    r"(?:在|公布|发布|的)了?“?((?:(?!公布|发布|的|在|“)[^,;:。”]){2,24}?"
    rf"(?:{alternation(table('cues')['rank']['evaluations'])}))(?:结果)?”?(?=中|,|显示|表明|和)"
)
RANK_SCOPE: Final = compile_pattern(rf"(?:{alternation(table('cues')['rank']['rank_verbs'])})[^,;]{{0,8}}$")
# A rank taken after a count (赣州市以1176家位居第二): what follows the count is no noun of it.
_ORDINAL: Final = table("cues")["rank"]["ordinal_mark"]
RANK_TAKEN: Final = compile_pattern(
    rf"(?:{alternation(table('cues')['rank']['rank_verbs'])})(?:(?!{alternation([_ORDINAL])})[^,;]){{0,6}}"
    + f"(?:{alternation([_ORDINAL] + table('cues')['rank']['first_place'])})"  # (中北镇以41家居全区首位)
)
LONG_NAME_VERB: Final = compile_pattern(
    rf".*({alternation(table('cues')['name']['long_name_verbs'])})(?!额度|量|额|率)"
)
FRAMED: Final = compile_pattern(rf"(?:{alternation(table('cues')['name']['framing'])})")
# 另为民营孵化器、众创空间等补助房租: who benefits is not what is measured.
BENEFICIARY: Final = compile_pattern(r"^(?:另|并|还|同时)?(?:为|向|给)[^,]{1,24}?等(?=\p{Han}{2})")
# Nouns that end a list item and recur in the measure (电子信息领域 / 先进制造领域技术合同成交额).
CLASS_END: Final = compile_pattern(r"(领域|行业|产业|地区|企业|高校|院所)$")


def compared_with() -> str:
    """The verbs of comparing with another measure (data/cues.toml [name] compared_with), a
    pattern source to compose."""
    return alternation(table("cues")["name"]["compared_with"])


def _after_comparison(kind: str) -> str:
    return alternation(table("cues")["name"][f"{kind}_after_comparison"])


GROWTH_THEN_COMPARE: Final = compile_pattern(rf"^(?:增速|增幅|增长)((?:{compared_with()}|比|较))")
# 是全国平均水平的: the standard a multiple is taken of.
_TIMES_OF: Final = rf"(?:{alternation(table('cues')['name']['relation_adverbs'])})?(?:是|为|相当于)[^,;]{{1,20}}?的"
COMPARE_LEAD: Final = compile_pattern(
    rf"^(?:{_TIMES_OF}(?=$)|{compared_with()}|超|相当于|"
    rf"(?:{comparison()})(?:{_after_comparison('gap')})|(?:比(?![重例率])|较)\p{{Han}}{{1,16}}?(?:{_after_comparison('gap')}))"
)
RELATION_LEAD: Final = compile_pattern(
    rf"^(?:累计|合计|共|{alternation(table('cues')['name']['relation_adverbs'])})?(?:占(?!比)|与|所占)"
)
# 是全国平均水平的1.3倍: a multiple of a standard is a multiple of the measure named before.
TIMES_OF: Final = compile_pattern(rf"^{_TIMES_OF}$")
# A comparison with the measure's own past (比上年提高) names nothing beyond the measure.
SINCE_BEFORE: Final = compile_pattern(rf"^(?:{comparison()})(?:{_after_comparison('change')})?(?:了)?$")
CLASS_NOUN: Final = compile_pattern(
    r"^\p{Han}{0,2}(?:院校|高校|企业|城市|省份|省市|地区|单位|机构|行业)(?=\p{Han}{3,})"
)
THRESHOLD_CLAUSE: Final = compile_pattern(
    r"(?:超过|高于|低于|达到?|在)[^,]*?的\p{Han}{1,4}(?:\([^)]*\))?(?:有|共|达)?$"
)
BARE_MEASURES: Final = frozenset(table("cues")["name"]["bare_measures"])
DASH: Final = "——"
HEADLINE_GAP: Final = compile_pattern(rf"(?<=\p{{Han}}|”)(?:[ \u3000]+|{DASH})(?=\p{{Han}})")


@cache
def _strippers() -> tuple[Pattern, Pattern, Pattern]:
    """One pattern for all that may lead a name and one for all that may end it, so a name is
    cleaned by a couple of substitutions instead of a loop over a dozen patterns."""
    C = cues()
    n = table("cues")["name"]
    cause = rf"(?:{alternation(n['cause_open'])})[^,;。]{{1,16}}?(?:{alternation(n['cause_close'])})"
    m = table("categories")["method"]  # (按可比价格计算: how it is computed, no part of it)
    method = rf"(?:{alternation(m['opens'])})[^,;。]{{1,12}}?(?:{alternation(m['closes'])})"
    lead_parts = [cause, method, r"[,、 的)]", _body(LIST_MARK), _body(TIME_ANY), _body(BENEFICIARY)]
    lead_parts += [_body(TIME_LEAD), _body(C.region_lead), comparison(), _body(C.lead), _place_comparison()]
    ends = [_body(evaluative()), _body(C.tail), _body(TIME_ANY), NOW_WORDS]
    tail_parts = [r"[、 的(]", cause, method, comparison(), *ends]
    lead = compile_pattern("^(?:" + "|".join(f"(?:{p})" for p in lead_parts) + ")++")
    tail = compile_pattern("(?:" + "|".join(f"(?:{p})" for p in tail_parts) + ")+$")
    rank_tail = compile_pattern(
        "(?:" + "|".join(f"(?:{p})" for p in [rank_scopes(), _body(RANK_SCOPE)] + tail_parts) + ")+$"
    )
    return lead, tail, rank_tail


CLEANED: Final = (Memo(8192), Memo(8192))  # clean's answers, without and with rank


def clean(name: str, rank: bool = False) -> str:
    """Strip what is not the indicator's name: time and place, connectives, the verb."""
    memo = CLEANED[1] if rank else CLEANED[0]
    got = memo.answers.get(name)
    return got if got is not None else memo.put(name, _clean(name, rank))


SHARE_OF: Final = "占"
RANKED_ASPECTS: Final = tuple(table("cues")["rank"]["ranked_aspects"])


def _quotes_paired(s: str) -> bool:
    """Whether every “ in s is closed by a ” before the next opens, and nothing else is quoted."""
    depth = 0
    for c in s:
        if c == "“":
            if depth:
                return False
            depth = 1
        elif c == "”":
            if not depth:
                return False
            depth = 0
        elif c == '"':
            return False
    return depth == 0


def _clean(name: str, rank: bool) -> str:
    lead, tail, rank_tail = _strippers()
    s = name.replace(SOFT_BREAK, "") if SOFT_BREAK in name else name
    if " " in s or "\u3000" in s or "\n" in s or "\t" in s or DASH in s:
        # 东莞创新券“含金量”持续提升 上半年兑现金额, …“大能量”——嘉兴市今年以来创新券使用额: a space
        # or a dash between words parts a headline
        parts = HEADLINE_GAP.split(s)
        s = parts[-1] if len(parts[-1]) >= 2 else s
        s = SPACE_IN_NAME.sub("", s)
    if "(" in s or "[" in s or "【" in s:
        s = BRACKET_NOTE.sub("", _flat_brackets(s))
    s = _inner_words(s)
    if ("“" in s or "”" in s or '"' in s) and not _quotes_paired(s):
        # a quoted name inside the indicator stays (省“尖兵”“领雁”立项); a quote cut from its
        # pair by the name's bounds does not
        s = s.replace("“", "").replace("”", "").replace('"', "")
    verb = _inner_patterns()[2]
    for _ in range(4):
        # (each strip may bare another: 3市全年实现…, 全国共投入研究与试验发展经费)
        before = s
        s = lead.sub("", s, count=1)
        # 两县研发经费, 5市合计成交额: the places counted are who, not what
        counted = place_count().sub("", s, count=1)
        s = counted if len(counted) >= 2 else s
        s = verb.sub("", _strip_place_lead(s), count=1)
        if s.startswith(SHARE_OF) and not before.startswith(SHARE_OF):
            s = before  # 三市合计占全省总量: a share keeps a word for what it is of
        if s == before:
            break
    end = rank_tail if rank else tail
    whole = s
    for _ in range(4):
        s = end.sub("", s, count=1)
        if not rank:
            break
        stripped = _strip_place_tail(s)
        if stripped == s:
            break
        s = stripped
    if rank and s and whole.startswith(RANKED_ASPECTS, len(s)) and whole.startswith(s):
        # 研发投入增速位列全国第7位: the growth is what is ranked, not a verb's word
        s += next(w for w in RANKED_ASPECTS if whole.startswith(w, len(s)))
    if rank and 0 < len(s) <= 2 and s + "排名" in name:
        s += "排名"  # 综合排名进入全国前20位: 排名 is the measure here, not the verb
    if (len(s) > 20 or FRAMED.match(s)) and not rx(r"占|比重|之比").search(s):
        m = LONG_NAME_VERB.match(s)
        if m and len(s) - m.start(1) >= 3:
            s = s[m.start(1) :]
    if is_place_name(s):
        return ""  # 其中长沙233.82亿元: a place written short is the figure's region (scope.py), no name
    return s[-MAX_NAME:]


@cache
def _inner_patterns() -> tuple[Pattern, Pattern, Pattern, Pattern]:
    n = table("cues")["name"]
    return (
        # 高新技术产业实现增加值, 区本级完成高新技术产业投资: a light verb inside a name
        # (智汇芯城完成投资 keeps it: the verb and a bare measure name the figure together)
        compile_pattern(rf"(?<=\p{{Han}})(?:{alternation(n['light_verbs'])})(?=\p{{Han}}{{3}})(?!率|值|数|情况)"),
        # 技术合同共登记, 专利技术合同共成交: an adverb before the verb of a name (a per-unit
        # word, 户均兑现, is matched first and kept whole)
        compile_pattern(
            rf"({alternation(n['per_unit'])})|(?:{alternation(n['adverbs'])})(?=(?:{alternation(n['name_verbs'])}))"
            # 高企数量约占全市: an adverb before a share's 占 (仅占, 约占) is no part of its name
            rf"|(?<=\p{{Han}})(?:{alternation(n['relation_adverbs'])})(?=(?:{alternation(n['whole_before'])}))"
        ),
        # 投入研究与试验发展(R&D)经费, 实现技术合同成交额: a verb before a name (not 投入强度)
        compile_pattern(rf"^(?:{alternation(n['verbs_before'])})(?=\p{{Han}}{{3}})(?!强度|率|占|比)"),
        # (…财政今年安排科技资金, 科技大市场1-8月技术交易额: the year of writing or months inside a
        # name, as at its ends)
        compile_pattern(
            alternation(n["never"] + table("timewords")["words"]["now_inside"])
            + rf"|(?<=\p{{Han}})(?<!前)(?:{_MONTHS})(?=\p{{Han}}{{2}})"
        ),
    )


def _inner_words(s: str) -> str:
    light, adverb, verb, never = _inner_patterns()
    s = never.sub("", verb.sub("", s))
    s = adverb.sub(_kept_per_unit, s)
    return light.sub("", s)


def _kept_per_unit(m: Any) -> str:  # (re or regex: either engine's match)
    return m.group(1) or ""


def _strip_place_lead(s: str) -> str:
    """越城区R&D… / 诸暨市、越城区增速… / 湖北全省共认定… / 南阳、许昌两市增速…: drop the
    places in front."""
    short = _short_place_run(s)
    if short:
        return s[short:]
    ps = find_places(s, 0, min(len(s), 24))
    # 在山东省13家: 在 before a place only says where
    end = 1 if s[:1] in ("在", "于") and ps and ps[0].start == 1 else 0
    for p in ps:
        if p.start != end and not (p.start == end + 1 and s[end] in "、和及与"):
            break
        end = p.end
    if end and s[end : end + 2] in ("全省", "全市", "全区", "全县"):
        end += 2
    return s[end:] if end else s


def _short_place_run(s: str) -> int:
    """Length of a leading list of places written short (南阳、许昌两市), or 0."""
    from .places import names

    g = names()
    i = 0
    count = 0
    while i < len(s):
        for k in (4, 3, 2):
            cand = s[i : i + k]
            if len(cand) == k and (cand in g.short or cand in g.full):
                i += k
                count += 1
                break
        else:
            break
        if i < len(s) and s[i] in "、和及与":
            i += 1
            continue
        break
    if count >= 2:
        m = rx(r"[两二三四五六七八九十几]+[市县区省地]").match(s, i)
        return m.end() if m else i
    return 0


def _strip_place_tail(s: str) -> str:
    g = 0
    for k in range(min(8, len(s)), 1, -1):
        if ends_with_place(s[-k:]) and ends_with_place(s) and _is_place(s[-k:]):
            g = k
            break
    return s[:-g] if g else s


def _is_place(s: str) -> bool:
    from .places import names

    g = names()
    return s in g.full or s in g.short


CUE_ONLY: Final = Memo(8192)


def is_cue_only(s: str) -> bool:
    got = CUE_ONLY.answers.get(s)
    return got if got is not None else CUE_ONLY.put(s, _is_cue_only(s))


def _is_cue_only(s: str) -> bool:
    s = LIST_MARK.sub("", s)  # (▲同比增长: a list's mark says nothing)
    if s and TIME_ANY.search(s):
        s = TIME_ANY.sub("", s)  # 较2021年同期
    return not s or bool(cues().cue_only.match(s))


SUBJECTS: Final = Memo(4096)


def _subject(raw: str) -> str:
    """The name an earlier clause gives its subject (增加值完成xx亿元 -> 增加值)."""
    got = SUBJECTS.answers.get(raw)
    return got if got is not None else SUBJECTS.put(raw, _subject_of(raw))


def _subject_of(raw: str) -> str:
    s = clean(raw)
    for _ in range(3):
        s = RESIDUE.sub("", s)
        s = clean(s)
    s = rx(r"^(?:完成|实现|达成)").sub("", s)
    return "" if is_cue_only(s) or rx(r"[0-9%]").search(s) else s


def _light(s: str) -> str:
    """Light cleaning for list text: lead and tail words, not places or long-name trimming."""
    C = cues()
    s = SPACE_IN_NAME.sub("", BRACKET_NOTE.sub("", s.replace(SOFT_BREAK, ""))).replace("“", "").replace("”", "")
    for _ in range(6):
        before = s
        s = LIST_MARK.sub("", s.lstrip(",、 的)"))
        s = TIME_ANY.sub("", s, count=1) if TIME_ANY.match(s) else s
        s = TIME_LEAD.sub("", C.region_lead.sub("", s))
        s = C.lead.sub("", s)
        s = evaluative().sub("", C.tail.sub("", s)).rstrip("、 的")
        if s == before:
            break
    return s


def _strip_relation_lead(s: str) -> str:
    if not RELATION_LEAD.match(s) and not COMPARE_LEAD.match(s):
        return clean(s)
    s = SPACE_IN_NAME.sub("", s.replace(SOFT_BREAK, ""))
    s = _relation_adverb().sub("", s)
    return rx(r"(?:的|为|达到|达|到)+$").sub("", s)


@cache
def _relation_adverb() -> Pattern:
    return compile_pattern(rf"^(?:{alternation(table('cues')['name']['relation_adverbs'])})(?=占|与|所占)")


def _verb_split(name: str) -> str | None:
    """'国家重点研发计划共安排' -> '国家重点研发计划' (topic before the verb), None if no verb ends it."""
    m = _verb_before_count().search(name)
    if not m:
        return None
    return clean(name[: m.start()])


@cache
def _verb_before_count() -> Pattern:
    """A verb ending the clause before a count whose noun follows it (扶持423家科技型中小企业)."""
    return compile_pattern(rf"(?:共|累计|已|新|再)?(?:{alternation(table('cues')['name']['verbs_before_count'])})$")


@cache
def generic_nouns() -> frozenset[str]:
    """Nouns after a count that say only what kind of unit is counted (企业, 单位)."""
    return frozenset(table("cues")["name"]["generic_nouns"])


@cache
def noun_stops() -> Pattern:
    """Where the noun after a count ends (8家外国专家工作站正在…): words of the predicate."""
    return compile_pattern(alternation(table("cues")["name"]["noun_stops"]))


@cache
def evaluative() -> Pattern:
    """How a measure did, at the end of a clause (增速较快, 增长势头迅猛, 实现翻番): no part of a name."""
    n = table("cues")["name"]
    return compile_pattern(rf"(?:{alternation(n['evaluated'])})?(?:{alternation(n['evaluations'])})$")
