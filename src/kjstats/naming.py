"""What a figure measures: its indicator name, kind, planned flag and category.

The name is read from the clause before the figure (or the noun after it, in 8家外国专家工作站),
stripped of time phrases, place and region words, connectives and the verb before the number.
A growth rate, share or rank without a name of its own takes the name of what it describes:
the figure before it in the sentence (34.9亿元，增幅3.8%), else the subject of an earlier clause
(增加值完成xx亿元，增速26.6%). A list gives each figure the matching item of its subject list
(基础研究、应用研究和试验发展经费所占比重分别为6.0%、11.3%和82.7%), and a bracketed list its
item and the shared measure (前五位分别是广东(69.27亿元)、北京(56.61亿元)).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

from .figures import Figure
from .folding import SOFT_BREAK
from .lexicon import Categories, KeywordIndex, Pattern, alternation, compile_pattern, rx, table
from .places import ends_with_place, find_places
from .plans import cues as plan_cues
from .plans import planned_at

if TYPE_CHECKING:
    from .document import Doc

CLAUSE_STOP: Final = ",;:。!?；"
# No look-back or look-ahead goes further than this from a figure, so time stays linear even in a
# "sentence" of a megabyte with no punctuation.
WINDOW: Final = 200
LIST_SEP: Final = "、和及与"
MAX_NAME: Final = 40


@dataclass(slots=True, init=False)
class Naming:
    indicator: str
    kind: str
    planned: bool
    category: str
    region: str | None  # a place item of a list (郑州、洛阳分别为…) names the figure's region

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(self, indicator: str, kind: str, planned: bool, category: str, region: str | None = None) -> None:
        self.indicator, self.kind, self.planned, self.category = indicator, kind, planned, category
        self.region = region


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
    cue_only: Pattern


@cache
def cues() -> _Cues:
    c = table("cues")
    name = c["name"]
    growth = c["kind"]["growth"]
    share = c["kind"]["share"]
    fillers = [
        "比上年同期",
        "较上年同期",
        "比去年同期",
        "较去年同期",
        "比上年",
        "较上年",
        "同比",
        "比去年",
        "较去年",
        "去年",
        "上年",
        "同期",
        "分别",
        "的",
        "其中",
        "为",
        "是",
        "达到",
        "达",
        "到",
        "至",
        "了",
        "从",
        "年平均",
        "年均",
        "平均",
        "及",
        "和",
        "、",
        "均",
        "总数",
        "全年",
        "可",
        "预计",
        "比上年末",
        "较上年末",
        "比年初",
        "较年初",
        "较",
        "比",
        "相比于",
        "相比",
        "多出",
        "多",
        "少",
        "年",
        "年增长",
        "逆势",
        "微降",
        "略降",
        "上浮",
        "下浮",
        "去年底",
        "上年底",
        "年底",
        "年初",
        "去年末",
        "上年末",
        "年末",
    ]
    return _Cues(
        lead=compile_pattern(rf"^(?:{alternation(name['lead'])})"),
        tail=compile_pattern(rf"(?:{alternation(name['tail'])})$"),
        region_lead=compile_pattern(rf"^(?:{alternation(name['region_words'])})"),
        growth=compile_pattern(alternation(growth)),
        growth_verbs=frozenset(
            ["增长", "增加", "提高", "提升", "上升", "下降", "降低", "减少", "回落", "下滑", "下跌", "扩大", "缩小"]
        ),
        share=compile_pattern(alternation(share)),
        growth_to=frozenset(c["kind"]["growth_to"]),
        compare=compile_pattern(alternation(c["kind"]["compare"])),
        heads=tuple(sorted(name["heads"], key=len, reverse=True)),
        cue_only=compile_pattern(rf"^(?:{alternation(growth + share + fillers)})+$"),
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
            j = t.rfind("(", lo, k)  # skip the bracketed group
            if j < 0:
                return lo
            i = j
            continue
        return k + 1  # a stop, or the bracket the figure stands in
    return lo


# Searched from the right ((?r)): the nearest mark is found without scanning the window.
CLAUSE_MARK_BACK: Final = compile_pattern(r"(?r)[,;:。!?；()]")
CLAUSE_STOP_FWD: Final = compile_pattern(r"[,;:。!?；]")


_M: Final = r"[0-9一二三四五六七八九十]{1,2}"
TIME_ANY: Final = compile_pattern(
    rf"(?:19|20)[0-9]{{2}}[ ]?[~\-—–至到][ ]?(?:19|20)[0-9]{{2}}[ ]?年|(?:(?:19|20)[0-9]{{2}}|(?:二〇|一九)[〇零一二三四五六七八九]{{2}})[ ]?年(?:度)?(?:底|末)?"
    rf"|{_M}[ ]?[~\-—–至到][ ]?{_M}[ ]?月份?|(?<![0-9]){_M}[ ]?月份?(?:底|末)?|前{_M}个?月|上半年|下半年|前三季度"
    rf"|第?[一二三四]季度|十[一二三四五]五(?:期间|以来)?"
)
TIME_LEAD: Final = compile_pattern(
    r"^(?:全年|今年以来|今年|当年|本年|年内|年底|年末|截至|截止|目前|当前|近年来|疫情期间|期间|"
    r"提前\p{Han}{1,4}(?:季度|个月|年|天)|连续\p{Han}{1,2}(?:个月|年)|近?[一二三四五六七八九十两]年|[一二三四五六七八九十两]年来)"
)
LIST_MARK: Final = compile_pattern(
    r"^(?:(?:从|分)\p{Han}{1,6}看[,:]?|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\(?[0-9一二三四五六七八九十]+\)|[0-9]+[.、]\s*|其中[,:]?)"
)
BRACKET_NOTE: Final = compile_pattern(
    r"\((?:与|占|按|含|不含|其中|包括|以|即|详见|下同)[^()]*\)|\[[0-9]+\]|\([^()]{7,}\)|【[^】]*】"
)
SPACE_IN_NAME: Final = compile_pattern(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
RESIDUE: Final = compile_pattern(r"(?:完成|实现|达到?|为|是)?(?:[Xx×]+|[0-9.]+)\s*(?:万亿|亿|万)?元?$")
# A rank's own clause that only names the field ranked in (…国家高新区中位列).
RANK_FIELD_END: Final = compile_pattern(r"\p{Han}(?:中|之中)$")
# A ranking by name: 在…综合评价中, 公布…评价结果.
EVALUATION: Final = compile_pattern(
    r"(?:在|公布|发布|的)了?“?((?:(?!公布|发布|的|在|“)[^,;:。”]){2,24}?"
    r"(?:综合评价|评价|排名|排行榜|榜单|指数|评估|考核))(?:结果)?”?(?=中|,|显示|表明|和)"
)
# The zone a list of places shares (郑州、洛阳4家高新区): each place's zone.
ZONE_LEAD: Final = compile_pattern(r"^(?:国家级)?(?:高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|自创区)")
RANK_SCOPE: Final = compile_pattern(
    r"(?:进入|跻身|跃居|跃升至|升至|上升至|分别位居|分别列|分列|分居|位居|位列|名列|排名|排在|居于|居|列|排|为)[^,;]{0,8}$"
)
WHOLE_OF: Final = compile_pattern(r"(?:全国|全省|全市|全区|全县)$")
LONG_NAME_VERB: Final = compile_pattern(
    r".*(共建|筹建|获得|获|达成|建成|引进|培育|申报|认定|新增|签订|登记|发放|使用|兑现|举办|开展)(?!额度|量|额|率)"
)
# 另为民营孵化器、众创空间等补助房租: who benefits is not what is measured.
BENEFICIARY: Final = compile_pattern(r"^(?:另|并|还|同时)?(?:为|向|给)[^,]{1,24}?等(?=\p{Han}{2})")
# Nouns that end a list item and recur in the measure (电子信息领域 / 先进制造领域技术合同成交额).
CLASS_END: Final = compile_pattern(r"(领域|行业|产业|地区|企业|高校|院所)$")
GROWTH_THEN_COMPARE: Final = compile_pattern(r"^(?:增速|增幅|增长)((?:高于|低于|快于|慢于|超过|超出|比|较))")
# 是全国平均水平的: the standard a multiple is taken of.
_TIMES_OF: Final = r"(?:是|为|相当于)[^,;]{1,20}?的"
COMPARE_LEAD: Final = compile_pattern(
    rf"^(?:{_TIMES_OF}(?=$)|高于|低于|快于|慢于|超过|超出|超|不及|相当于|"
    r"(?:比|较)\p{Han}{1,8}?(?:高出|低出|高|低|多|少|快|慢|回升|加快|提高|提升|下降|回落|放缓))"
)
RELATION_LEAD: Final = compile_pattern(r"^(?:占|与|所占)")
# 是全国平均水平的1.3倍: a multiple of a standard is a multiple of the measure named before.
TIMES_OF: Final = compile_pattern(rf"^{_TIMES_OF}$")
# A comparison with the measure's own past (比上年提高) names nothing beyond the measure.
SINCE_BEFORE: Final = compile_pattern(
    r"^(?:比|较)(?:上年同期|去年同期|上年末|上年|去年|上半年|上季度|上月|年初)"
    r"(?:高出|提高|提升|增加|增长|上升|回升|加快|下降|降低|减少|回落|放缓|多|少|高|低)?(?:了)?$"
)
CLASS_NOUN: Final = compile_pattern(
    r"^\p{Han}{0,2}(?:院校|高校|企业|城市|省份|省市|地区|单位|机构|行业)(?=\p{Han}{3,})"
)
THRESHOLD_CLAUSE: Final = compile_pattern(
    r"(?:超过|高于|低于|达到?|在)[^,]*?的\p{Han}{1,4}(?:\([^)]*\))?(?:有|共|达)?$"
)
BARE_MEASURES: Final = frozenset(("成交额", "金额", "总额", "合同额", "交易额", "产值", "投资额", "规模"))
DIGIT: Final = compile_pattern(r"[0-9]")
PERSON_UNITS: Final = frozenset(("人", "名", "人次", "人年"))
GIVE: Final = compile_pattern(r"(?:拿出|安排|投入|筹集|下达|落实|统筹)$")
GENERIC_NOUNS: Final = frozenset(("企业", "单位", "人", "项目", "户", "机构"))
HEADLINE_GAP: Final = compile_pattern(r"(?<=\p{Han}|”)[ \u3000]+(?=\p{Han})")
GRANT_AFTER: Final = compile_pattern(r"(?:的)?(?:补助|奖励|资助|补贴|奖补|扶持资金|贴息)")
DISTRICT_SHAPE: Final = compile_pattern(r"[^和及与的等各全本我该]{2,4}[区县市]")
# 工作要点 plans a year; 政策要点 only sums up a policy in force.
GRANT: Final = compile_pattern(
    r"(?:给予|奖励|补助|资助|补贴|扶持|奖补|贴息|一次性)(?:最高|不超过|最多|每家|每项|了)?\p{Han}{0,2}$"
)
EVALUATIVE: Final = compile_pattern(
    r"(?:增速|增长|增幅)?(?:较快|较大|较高|明显|显著|迅速|最高|最快|最多|最大|居首|强劲|平稳|超预期|超出预期)$"
)


@cache
def _strippers() -> tuple[Pattern, Pattern, Pattern]:
    """One pattern for all that may lead a name and one for all that may end it, so a name is
    cleaned by a couple of substitutions instead of a loop over a dozen patterns."""
    C = cues()
    lead_parts = [
        r"[,、 的)]",
        _body(LIST_MARK),
        _body(TIME_ANY),
        _body(BENEFICIARY),
        _body(TIME_LEAD),
        _body(C.region_lead),
        _body(C.lead),
    ]
    tail_parts = [r"[、 的(]", _body(EVALUATIVE), _body(C.tail), _body(TIME_ANY)]
    lead = compile_pattern("^(?:" + "|".join(f"(?:{p})" for p in lead_parts) + ")++")
    tail = compile_pattern("(?:" + "|".join(f"(?:{p})" for p in tail_parts) + ")+$")
    rank_tail = compile_pattern(
        "(?:" + "|".join(f"(?:{p})" for p in [_body(WHOLE_OF), _body(RANK_SCOPE)] + tail_parts) + ")+$"
    )
    return lead, tail, rank_tail


def _body(p) -> str:
    """A pattern's source without its ^ or $ anchor, to join it with others."""
    src = p.pattern
    if src.startswith("^"):
        src = src[1:]
    if src.endswith("$") and not src.endswith("\\$"):
        src = src[:-1]
    return src


@lru_cache(maxsize=8192)
def clean(name: str, rank: bool = False) -> str:
    """Strip what is not the indicator's name: time and place, connectives, the verb."""
    lead, tail, rank_tail = _strippers()
    s = name.replace(SOFT_BREAK, "") if SOFT_BREAK in name else name
    if " " in s or "\u3000" in s or "\n" in s or "\t" in s:
        # 东莞创新券“含金量”持续提升 上半年兑现金额: a space between words parts a headline
        parts = HEADLINE_GAP.split(s)
        s = parts[-1] if len(parts[-1]) >= 2 else s
        s = SPACE_IN_NAME.sub("", s)
    if "(" in s or "[" in s or "【" in s:
        s = BRACKET_NOTE.sub("", s)
    s = _inner_words(s)
    if "“" in s or "”" in s or '"' in s:
        s = s.replace("“", "").replace("”", "").replace('"', "")
    for _ in range(4):
        s = lead.sub("", s, count=1)
        stripped = _strip_place_lead(s)
        if stripped == s:
            break
        s = stripped
    end = rank_tail if rank else tail
    for _ in range(4):
        s = end.sub("", s, count=1)
        if not rank:
            break
        stripped = _strip_place_tail(s)
        if stripped == s:
            break
        s = stripped
    if rank and 0 < len(s) <= 2 and s + "排名" in name:
        s += "排名"  # 综合排名进入全国前20位: 排名 is the measure here, not the verb
    if len(s) > 20 and not rx(r"占|比重|之比").search(s):
        m = LONG_NAME_VERB.match(s)
        if m and len(s) - m.start(1) >= 3:
            s = s[m.start(1) :]
    return s[-MAX_NAME:]


@cache
def _inner_patterns() -> tuple[Pattern, Pattern, Pattern, Pattern]:
    n = table("cues")["name"]
    return (
        # 高新技术产业实现增加值, 区本级完成高新技术产业投资: a light verb inside a name
        # (智汇芯城完成投资 keeps it: the verb and a bare measure name the figure together)
        compile_pattern(rf"(?<=\p{{Han}})(?:{alternation(n['light_verbs'])})(?=\p{{Han}}{{3}})(?!率|值|数|情况)"),
        # 技术合同共登记, 专利技术合同共成交: an adverb before the verb of a name
        compile_pattern(rf"(?:{alternation(n['adverbs'])})(?=(?:{alternation(n['name_verbs'])}))"),
        # 投入研究与试验发展(R&D)经费, 实现技术合同成交额: a verb before a name (not 投入强度)
        compile_pattern(rf"^(?:{alternation(n['verbs_before'])})(?=\p{{Han}}{{3}})(?!强度|率|占|比)"),
        compile_pattern(alternation(n["never"])),
    )


def _inner_words(s: str) -> str:
    light, adverb, verb, never = _inner_patterns()
    s = never.sub("", verb.sub("", s))
    s = adverb.sub("", s)
    return light.sub("", s)


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


@lru_cache(maxsize=8192)
def is_cue_only(s: str) -> bool:
    if s and TIME_ANY.search(s):
        s = TIME_ANY.sub("", s)  # 较2021年同期
    return not s or bool(cues().cue_only.match(s))


@lru_cache(maxsize=4096)
def _subject(raw: str) -> str:
    """The name an earlier clause gives its subject (增加值完成xx亿元 -> 增加值)."""
    s = clean(raw)
    for _ in range(3):
        s = RESIDUE.sub("", s)
        s = clean(s)
    s = rx(r"^(?:完成|实现|达成)").sub("", s)
    return "" if is_cue_only(s) or rx(r"[0-9%]").search(s) else s


# --- kind, planned -----------------------------------------------------------------------


@lru_cache(maxsize=4096)
def percent_kind(raw: str) -> str | None:
    """growth / share from the cue nearest the number in the clause before a percent figure."""
    C = cues()
    if raw.endswith("从") or raw.endswith("由"):
        return "level"  # 从30%提高到60%: both ends are levels
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


# --- the namer ---------------------------------------------------------------------------


class _State:
    """What earlier figures of the sentence leave for later ones (a plain class: mypyc compiles
    its __init__)."""

    def __init__(self, carry: str = "") -> None:
        self.subject = ""  # name of the last figure that was not a comparison
        self.subject_kind = ""
        self.prev_kind = ""
        self.prev: Figure | None = None
        self.prev_name = ""
        self.prev_after = ""
        self.topic = ""  # the part before the verb of an attributive clause
        self.bracket_measure = ""
        self.base = ""  # the last name a figure had of its own (not inherited)
        self.list_names: list | None = None
        self.list_items: tuple | None = None
        self.carry = carry  # the last name of the previous sentence in the paragraph
        self.first_name = ""
        self.last_pct_kind = ""
        self.growth_seen = False  # a growth rate came before in the sentence


class Namer:
    """Names the figures of one document, sentence by sentence."""

    def __init__(self, doc: Doc, categories: Categories):
        self.t = doc.folded
        self.cats = categories
        self.title_category = doc.title_category  # what the document's title says it is about
        self.doc_year = doc.year
        self.plan_spans = doc.plan_spans
        self._idx_para: tuple[int, int] | None = None
        self._fig_starts: list[int] = []
        self._idx: KeywordIndex | None = None

    def name_sentence(
        self, lo: int, hi: int, figs: list[Figure], para: tuple[int, int], carry: str = ""
    ) -> list[Naming]:
        t = self.t
        out: list[Naming] = []
        st = _State(carry=carry)
        self._fig_starts = [f.start for f in figs]
        lists: dict[int, tuple[str, str | None]] = {}
        done_runs: set[int] = set()
        cue_hits = [(m.start(), m.end(), m.group()) for m in plan_cues().planned.finditer(t, lo, figs[-1].start)]
        for i, f in enumerate(figs):
            prev_end = st.prev.end if st.prev else lo
            c_lo = clause_start(t, prev_end, f.start)
            raw = t[c_lo : f.start]
            kind_raw = raw
            comparison = False
            after = self._noun_after(f, hi)
            if c_lo > lo and t[c_lo - 1] == "(" and not raw.strip():
                # a figure alone in brackets: 高于营收(24.0%) or 广东(3098.5亿元)
                b_lo = clause_start(t, prev_end, c_lo - 1)
                before = t[b_lo : c_lo - 1].lstrip(")、, ")
                m = rx(r"(?:高于|低于|快于|慢于|超过|不及|相当于)(.+)$").search(before)
                if m:
                    comparison = True
                    name = clean(m.group(1))
                    kind_raw = m.group(1)
                else:
                    name = self._bracket_item(before, st, lo, b_lo)
            elif i in lists or (i not in done_runs and self._run(lo, figs, i, st, lists, done_runs)):
                name = lists[i][0]
            else:
                name = self._clause_name(raw, f, st, lo, c_lo, after, carry)
            if f.rank and (not name or RANK_FIELD_END.search(name)):
                # 在全国178家国家高新区中排名第39位: the field ranked in is not what is ranked;
                # the evaluation named before is, else the subject before the field
                field = bool(name)
                name = self._evaluation(lo, f.start) or (carry if field else st.subject or carry)
                st.base = name
            kind = self._kind(f, kind_raw, st, comparison, lo, c_lo)
            planned = planned_at(t, lo, f, c_lo, cue_hits, self.doc_year) or any(
                a <= f.start < b for a, b in self.plan_spans
            )
            category = self._category(name, max(lo, f.start - WINDOW), min(hi, f.end + WINDOW), f, para, comparison)
            out.append(Naming(name, kind, planned, category, lists[i][1] if i in lists else None))
            if not comparison and name:
                st.subject, st.subject_kind = name, kind
                st.first_name = st.first_name or name
            if f.unit_kind in ("percent", "tenths"):
                st.last_pct_kind = kind
                st.growth_seen = st.growth_seen or (kind == "growth" and f.unit != "百分点")
            st.prev, st.prev_kind, st.prev_name, st.prev_after = f, kind, name, after
        return out

    def _clause_name(self, raw: str, f: Figure, st: _State, lo: int, c_lo: int, after: str, carry: str) -> str:
        t = self.t
        core = raw.strip().lstrip(")、,")
        name = clean(raw, rank=f.rank)
        # the noun after the count names what is counted: 8家外国专家工作站, 42个重点专项
        if after:
            attributive = st.prev_after and core == st.prev_after  # 42个重点专项1163个科技项目
            if attributive:
                return st.topic + after
            verb = _verb_split(name)
            if not name or core.endswith("、") or verb is not None:
                st.topic = verb if verb is not None else ""
                return (st.topic + after) if st.topic else after
            if rx(r"(?:对|向|为|给)$").search(core) and f.unit_kind == "count":
                rest = _clause_rest(t, f.end, f.end + 24)
                return clean(core + rest)
        if f.unit_kind == "money" and GIVE.search(core):
            # 区里还拿出四百五十万元设立科技成果转化引导资金: what the money is for names it
            m = rx(r"(?:设立|用于|作为|专项用于|建立|组建)?(\p{Han}{2,14}?)(?=[,;。]|$)").match(
                t, f.end, min(len(t), f.end + 20)
            )
            if m and m.group(1):
                return m.group(1)
        if core.endswith("以") and f.unit_kind == "money":
            # 技术服务合同以3684.1亿元成交额居首: the noun after the amount completes the name
            # (郑州市以512.4亿元位居全省第一: a rank after the amount is no noun)
            m = rx(r"(?!位居|位列|居|列|排|名列)\p{Han}{2,8}?(?=居|位居|列|排|领先|为|,|$)").match(
                t[f.end : f.end + 10]
            )
            if m:
                return clean(core[:-1]) + m.group()
        # 增速高于规上工业2.1个百分点: the growth of what went before, compared
        of_growth = core.startswith(("增速", "增幅", "增长"))
        if of_growth:
            core = GROWTH_THEN_COMPARE.sub(r"\1", core)
        relation = RELATION_LEAD.match(core) or COMPARE_LEAD.match(core)
        if relation or is_cue_only(name):
            # what the figure is about: a subject named since the previous figure, else the
            # last name of the sentence, else an earlier clause's subject, else the last sentence's
            # (the rest of the previous figure's own clause, 以…成交额居首, does not count)
            prev_end = st.prev.end if st.prev else lo
            m = CLAUSE_STOP_FWD.search(t, prev_end, c_lo)
            stop = m.start() if m else c_lo
            between = self._earlier_subject(stop + 1, c_lo) if st.prev else ""
            base = between or st.base or st.subject or self._earlier_subject(lo, c_lo) or carry
            st.base = base
        if relation and f.unit == "百分点" and (of_growth or st.growth_seen):
            # 增长13.2%,高于固定资产投资2.1个百分点: a gap between growth rates names the growth
            return base if base.endswith(("增速", "增幅")) else base + "增速"
        if relation:
            if SINCE_BEFORE.match(core) or (f.unit == "倍" and TIMES_OF.match(core)):
                return base  # 兑现率68.4%，比上年提高5.2个百分点: a change of the same measure
            return base + _strip_relation_lead(core)
        # 技术开发合同1205项，成交额42.3亿元: a bare measure after a count is the counted thing's
        if name in BARE_MEASURES and st.prev is not None and st.prev.unit_kind == "count" and st.prev_name:
            st.base = rx(r"^(?:共|累计)?(?:登记|认定|签订|新增|申报|实施|立项)+").sub("", st.prev_name) + name
            return st.base
        new_verb = rx(r"(?:新增|净增)$").search(core) if is_cue_only(name) and f.unit_kind == "count" else None
        if new_verb:
            # 三年净增13家 after 高新技术企业可达18家: the new ones of what was counted
            verb = new_verb.group()
            base = st.base or st.subject or carry
            return verb + base if base and not rx(r"占|比重|率|比|增").search(base) else verb
        if is_cue_only(name):
            if f.rank and base:
                # 增速居全省第2位 / 增速及占比均列全市第2: the rank is of the base's growth or share
                found = rx(r"增速|增幅|占比|比重").findall(raw)
                if found:
                    cue = "及".join(dict.fromkeys(found))
                    return base if base.endswith(cue) else base + cue
                if (
                    st.prev is not None
                    and st.prev.unit == "%"
                    and st.prev_kind == "growth"
                    and not base.endswith(("增速", "增幅"))
                ):
                    return base + "增速"
            # 完成率165.5%, 占比30%: a share's name keeps its measure word
            share_word = rx(r"\p{Han}{0,2}(?:率|占比)$").search(clean(raw))
            if share_word and not f.rank and f.unit_kind in ("percent", "tenths"):
                return base + share_word.group()
            return base
        st.base = self._interleaved(raw.strip(), name, st)
        return st.base

    def _interleaved(self, core: str, name: str, st: _State) -> str:
        """分别为城市建设与社会发展领域175.83亿元、电子信息领域141.31亿元: an item of a list
        written between its figures takes the rest of the sentence's measure."""
        if not (core.startswith("、") or rx(r"分别(?:为|是)|依次(?:为|是)").search(core)):
            return name
        m = CLASS_END.search(name)
        first = st.first_name
        if m and first and m.group(1) in first:
            rest = first[first.index(m.group(1)) + len(m.group(1)) :]
            if len(rest) >= 2 and not name.endswith(rest) and not CLASS_END.search(rest):
                return name + rest
        return name

    def _evaluation(self, lo: int, pos: int) -> str:
        """The ranking a sentence reports on (在…国家高新区综合评价中, 公布…评价结果)."""
        last = None
        for last in EVALUATION.finditer(self.t, max(lo, pos - WINDOW), pos):  # noqa: B007 - the last one
            pass
        # 在全国169家高新区排名中: the field's size is no part of the ranking's name
        return clean(rx(r"^\p{Han}{0,4}?[0-9]+[家个所]").sub("", last.group(1))) if last else ""

    def _earlier_subject(self, lo: int, c_lo: int) -> str:
        """The subject of an earlier clause of the sentence (nearest first)."""
        t = self.t
        end = c_lo - 1
        if end < 0 or t[end] not in CLAUSE_STOP:
            return ""  # no earlier clause: the text before is the previous figure's
        for _ in range(3):
            if end <= lo:
                break
            s = clause_start(t, lo, end)
            # a clause that holds a figure: its name is known already
            k = bisect.bisect_left(self._fig_starts, s)
            if not (k < len(self._fig_starts) and self._fig_starts[k] < end):
                subj = _subject(t[s:end])
                if subj:
                    return subj
            end = s - 1
        return ""

    def _bracket_item(self, before: str, st: _State, lo: int, b_lo: int) -> str:
        """广东(3098.5亿元): the item before the bracket and the measure of its list."""
        item = rx(r"^.*?(?:分别为|分别是|依次为|依次是|的是|为|是)").sub("", before)
        item = clean(item)
        if not st.bracket_measure:
            measure = st.prev_name if st.prev is not None else self._earlier_subject(lo, b_lo)
            if not measure:
                # 浙江(1520.3亿元)、山东(1368.9亿元)技术合同成交额增长较快: named after the list
                tail = self.t[self.t.find(")", b_lo) :]
                m = rx(r"^\)(?:、\p{Han}{1,8}\([^)]*\))*([^,;。(]{2,20})").match(tail)
                measure = clean(m.group(1)) if m else ""
            measure = THRESHOLD_CLAUSE.sub("", measure)
            measure = CLASS_NOUN.sub("", measure)
            st.bracket_measure = measure
        return item + st.bracket_measure if item else st.bracket_measure

    def _kind(self, f: Figure, raw: str, st: _State, comparison: bool, lo: int, c_lo: int) -> str:
        C = cues()
        if f.rank:
            return "rank"
        if f.unit == "百分点":
            return "growth"
        if f.negative:
            return "growth"
        if f.unit_kind in ("percent", "tenths"):
            k = percent_kind(raw)
            if k:
                return k
            if comparison and st.last_pct_kind in ("growth", "share"):
                return st.last_pct_kind
            if not raw.strip(" 、和及与") and st.prev_kind in ("growth", "share"):
                return st.prev_kind
            # 增速较快，达到161.47%: the cue stands in the clause before
            if is_cue_only(clean(raw)) and c_lo - 1 > lo and self.t[c_lo - 1] in CLAUSE_STOP:
                s = clause_start(self.t, lo, c_lo - 1)
                k = percent_kind(self.t[s : c_lo - 1])
                if k == "growth":
                    return k
            # 七成农户: tenths of a whole are a share
            return "share" if f.unit_kind == "tenths" else "level"
        # 较上年提升5位: places gained in a ranking
        if f.unit == "位" and rx(r"(?:提升|上升|前移|前进|提高|跃升|进位|下降|后退|下滑|回落)(?:了)?$").search(raw):
            return "growth"
        # money and counts: a change only after a comparison (比上年增加2465.7亿元)
        if C.compare.search(raw) and rx(r"(?:增加|减少|增长|下降|新增|多出|多|少)(?:了)?$").search(raw):
            return "growth"
        # a change stated with its verb, comparison or not (成交额增加28.49亿元); 新增 counts new
        # things and stays a level
        if rx(r"(?:增加|减少|多出|增长|下降|减|少)(?:了)?$").search(raw) and not rx(r"(?:新增|净增)$").search(raw):
            return "growth"
        return "level"

    def _noun_after(self, f: Figure, hi: int) -> str:
        """The noun a count stands before: 8家外国专家工作站, 42个重点专项."""
        t = self.t
        if f.unit_kind not in ("count", "measure") or f.rank:
            return ""
        m = rx(r"\p{Han}{2,16}").match(t[f.end : min(hi, f.end + 16)])
        if not m:
            return ""
        noun = m.group()
        cut = rx(
            r"积极|正在|已经|已|成功|全部|均|共|累计|实现|完成|开展|参与|获得|通过|进入|入选|入驻|达|占|是|为|的|等|并|和|与|中|同比|比上年|较上年|营收|营业收入|收入|产值|利润|税收"
        ).search(noun)
        if cut is None:
            return noun
        head = noun[: cut.start()]
        if head in GENERIC_NOUNS:
            # 4127家企业通过高新技术企业认定: what the firms did says what is counted
            rest = _clause_rest(t, f.end, min(hi, f.end + 24))
            return clean(rest) if len(rest) > len(head) + 1 else head
        return head if cut.start() >= 2 else ""

    def _category(self, name: str, lo: int, hi: int, f: Figure, para: tuple[int, int], comparison: bool) -> str:
        cats = self.cats
        t = self.t
        # In 甲占乙的比重 the category is the part's, not the whole's.
        # money given (给予…300万元, 奖励10%, 20万元补助) is funding whatever it is given for
        if f.unit_kind in ("money", "percent") and (
            GRANT.search(t, max(lo, f.start - 6), f.start) or GRANT_AFTER.match(t, f.end, hi)
        ):
            return "funding"
        head = _part_of(name)
        cat = cats.head_of(head) or cats.best_in(head)
        if cat and not (cat == "economy" and not comparison and not cats.whole_economy(head)):
            return cat
        idx = self._index(para)
        whole = t.rfind("占", lo, f.start) if not cat and "占" in name else -1
        if whole >= 0:
            # 累计占规模以上工业比重32.10%: a share whose part is not named is of what the sentence
            # is about, never of the whole it is taken of
            part = idx.nearest_before(max(para[0], f.start - WINDOW), whole, skip=("economy",))
            if part:
                return part
        near = idx.nearest_before(lo, whole if whole >= 0 else f.start)
        if cat == "economy":
            # a bare economic measure (出口交货值, 实现增加值) belongs to the subject of its
            # sentence, or of the sentence before
            subject = idx.nearest_before(
                max(para[0], f.start - WINDOW), clause_start(t, lo, f.start), skip=("economy",)
            )
            return self.title_category or subject or cat
        if near:
            return near
        if f.unit in PERSON_UNITS and not _not_talent().search(name):
            return "talent"  # a count of people: 吸纳科技活动人员近42万人 (not 在校学生47773人)
        generic = cats.generic_in(name)
        if generic and f.unit_kind == "count":
            # 105家规上科技服务业企业: firms counted, unless the document is about a kind of firm
            return self.title_category or generic
        cat = (
            idx.first_in(f.end, hi)
            or idx.nearest_before(max(para[0], lo - WINDOW), lo)
            or idx.first_in(hi, max(hi, min(para[1], hi + WINDOW)))
        )
        return cat or self.title_category or generic or "other"

    def _index(self, para: tuple[int, int]) -> KeywordIndex:
        if self._idx_para != para:
            self._idx = KeywordIndex(self.cats, self.t, *para)
            self._idx_para = para
        assert self._idx is not None
        return self._idx

    def _run(self, lo: int, figs: list[Figure], i: int, st: _State, lists: dict, done: set) -> bool:
        """Name the run of figures starting at i that are joined only by 、和及与 (with or without
        分别): each takes the matching item of a subject list; place items give the region."""
        t = self.t
        run = [i]
        j = i + 1
        while j < len(figs) and not t[figs[j - 1].end : figs[j].start].strip(" " + LIST_SEP):
            run.append(j)
            j += 1
        done.update(run)
        if len(run) < 2:
            return False
        n = len(run)
        f = figs[i]
        lo_i = figs[i - 1].end if i else lo
        c_lo = clause_start(t, lo_i, f.start)
        raw = t[c_lo : f.start]
        k = raw.rfind("分别")
        subject, predicate = (raw[:k], raw[k:]) if k >= 0 else ("", raw)
        predicate = clean(rx(r"^分别(?:为|是|达到?)?").sub("", predicate), rank=f.rank)
        split = _split_items(_light(subject), n) if subject.strip() else None
        measure = ""
        if split is None:
            split, measure = self._items_before(lo, lo_i, c_lo, n, figs, i)
        if split is None and st.list_items is not None and len(st.list_items[0]) == n:
            split = st.list_items
        regions: list[str | None] = [None] * n
        prev_names = st.list_names if st.list_names and len(st.list_names) == n else None
        if split is not None:
            own, shared = split
            places = [_as_place(o) for o in own]
            if all(places):
                # 郑州、洛阳、新乡三市…分别为: the items are the figures' places, not their names;
                # 郑州、洛阳4家高新区: the zones of those places
                zone = ZONE_LEAD.match(shared)
                regions = [o.strip() + zone.group() for o in own] if zone else places
                items = [shared + measure] * n
            else:
                items = [o + shared + measure for o in own]
        else:
            items = None
        if items is None:
            if not (is_cue_only(predicate) and prev_names):
                return False
            names = prev_names
        elif is_cue_only(predicate) or (f.rank and not predicate):
            names = prev_names or items
        elif RELATION_LEAD.match(predicate) or raw.lstrip(",、 ").startswith(("占", "与")):
            base = prev_names or items
            rel = _strip_relation_lead(raw.lstrip(",、 ")) if not RELATION_LEAD.match(predicate) else predicate
            names = [b + rel for b in base]
        else:
            names = [it if predicate in it else it + predicate for it in items]
        # 长安镇、虎门镇分别发放586万元和471万元: a bare verb repeats the measure named before it
        base_name = st.base or st.subject or st.carry
        names = [_elliptic(nm, predicate, base_name) or base_name for nm in names]
        if all(not nm for nm in names) and not any(regions):
            return False
        if f.rank:
            # 郑州、洛阳…分别位列第17、37位 in 国家高新区总体排名: the ranking named in the sentence
            evaluation = self._evaluation(lo, f.start)
            names = [evaluation or nm for nm in names]
        for idx, name, region in zip(run, names, regions):
            lists[idx] = (name, region)
        st.list_names, st.list_items = names, split
        return True

    def _items_before(self, lo: int, lo_i: int, c_lo: int, n: int, figs: list[Figure], i: int):
        """A list of n items in an earlier clause of the sentence (its subject), and a shared
        measure when the list follows a rank (孵化数量排前5位的是A、B、C…)."""
        t = self.t
        end = c_lo - 1
        for _ in range(3):
            if end <= lo_i:
                break
            s = clause_start(t, lo_i, end)
            text = t[s:end]
            measure = ""
            m = rx(r"^(?:的)?(?:分别)?(?:是|为)").match(text)
            if m and i > 0 and figs[i - 1].rank and s == figs[i - 1].end:
                text = text[m.end() :]
                measure = self._rank_measure(lo, figs[i - 1])
            quoted = rx(r"“([^”]{1,20})”").findall(text)
            if len(quoted) == n:
                return ([_light(q) for q in quoted], ""), measure
            split = _split_items(_light(text), n)
            if split is not None:
                return split, measure
            end = s - 1
        # 郑州、洛阳、新乡三市高新技术企业数量居前三位，分别为…: the list stands before the rank
        if i > 0 and figs[i - 1].rank and not t[figs[i - 1].end : c_lo].strip(",;: 的是为"):
            r = figs[i - 1]
            split = _split_items(_light(RANK_SCOPE.sub("", t[clause_start(t, lo, r.start) : r.start])), n)
            if split is not None:
                return split, ""
        return None, ""

    def _rank_measure(self, lo: int, rank: Figure) -> str:
        c = clause_start(self.t, lo, rank.start)
        return clean(self.t[c : rank.start], rank=True)


@cache
def _not_talent() -> Pattern:
    return compile_pattern(alternation(table("categories")["not_talent"]["words"]))


@lru_cache(maxsize=4096)
def _part_of(name: str) -> str:
    return rx(r"占|与(?=\p{Han}*之比)|之比|所占").split(name)[0] or name


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
        s = EVALUATIVE.sub("", C.tail.sub("", s)).rstrip("、 的")
        if s == before:
            break
    return s


def _strip_relation_lead(s: str) -> str:
    if not RELATION_LEAD.match(s) and not COMPARE_LEAD.match(s):
        return clean(s)
    s = SPACE_IN_NAME.sub("", s.replace(SOFT_BREAK, ""))
    return rx(r"(?:的|为|达到|达|到)+$").sub("", s)


def _verb_split(name: str) -> str | None:
    """'国家重点研发计划共安排' -> '国家重点研发计划' (topic before the verb), None if no verb ends it."""
    m = rx(
        r"(?:共|累计|已|新|再)?(?:安排|鼓励|设立|签订|建设|建成|新增|培育|认定|共建|拥有|完成|组建|新建|支持|"
        r"资助|对接|召集|上报|引进|发射|受理|授予|组织|举办|开展|实施|支持|服务|带动|吸引|"
        r"有)$"
    ).search(name)
    if not m:
        return None
    return clean(name[: m.start()])


def _split_items(subject: str, n: int) -> tuple[list[str], str] | None:
    """基础研究、应用研究和试验发展经费所占比重 -> (基础研究, 应用研究, 试验发展), 经费所占比重:
    the items' own parts and the part they share."""
    if n < 2 or not subject:
        return None
    parts = [p for p in subject.split("、")]
    if len(parts) == n - 1:
        m = rx(r"^(.+?)(?:和|及|与)(.+)$").match(parts[-1])
        if m:
            parts = parts[:-1] + [m.group(1), m.group(2)]
    if len(parts) != n or not all(parts):
        return None
    last = parts[-1]
    # 技术服务两类合同成交额遥遥领先 / 新乡三市高新技术企业数量: the list ends at 两类 / 三市
    m = rx(r"[0-9两二三四五六七八九十几多]+(?:类|个|项|种|大|家|市|县|区|省|地)").search(last)
    if m and m.start() >= 2:
        rest = last[m.end() :]
        zone = ZONE_LEAD.match(rest)  # 平顶山4家高新区: the zone word stays with what they share
        shared = zone.group() + clean(rest[zone.end() :]) if zone else clean(rest)
        return parts[:-1] + [last[: m.start()]], shared
    if all(_as_place(p) for p in parts[:-1]):
        # 南阳、许昌两市 / 诸暨市、越城区增速: places, then what they share
        tail = _strip_place_lead(last)
        if tail != last and tail:
            head = last[: len(last) - len(tail)]
            zone = rx(r"(?:国家级)?(?:高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|自创区)$").search(head)
            if zone and zone.start() >= 2:
                # 安阳、南阳、焦作高新区: the zone word belongs to every place of the list
                return parts[:-1] + [head[: zone.start()]], zone.group() + tail
            return parts[:-1] + [head], tail
    # Split the last item where its shared head noun begins (经费, 技术合同成交额 …): what
    # follows is shared by all items.
    best = None
    for h in cues().heads:
        at = last.find(h)
        if at >= 2 and (best is None or at < best):
            best = at
    if best is None:
        return parts, ""
    return parts[:-1] + [last[:best]], last[best:]


def _as_place(s: str) -> str | None:
    """The place an item names (郑州 -> 郑州, 长安镇 -> 长安镇), or None."""
    from .places import expand, find_places, names

    s = s.strip()
    g = names()
    if s in g.full or s in g.short:
        return expand(s)
    ps = find_places(s)
    if ps and ps[0].start == 0 and ps[0].end == len(s):
        return ps[0].full
    if DISTRICT_SHAPE.fullmatch(s):
        return s  # 红谷滩区, an item of a list of places the gazetteer does not know
    return None


def _elliptic(name: str, predicate: str, base: str) -> str:
    """A name that is only a verb (发放) takes the measure named before that starts with it."""
    if base and name and len(name) <= 3 and base.startswith(name) and len(base) > len(name):
        return base
    return name


def _head_only(s: str) -> str:
    """合同成交额遥遥领先 -> 合同成交额: the head nouns at the start of s."""
    out = ""
    rest = s
    while rest:
        for h in cues().heads:
            if rest.startswith(h):
                out += h
                rest = rest[len(h) :]
                break
        else:
            break
    return out or s
