"""A figure's category (records.md): from the indicator's own name first, then the words near
it in its sentence, the paragraph, and the document's title only as fallbacks (data/categories.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from .cleaning import WINDOW, clause_start
from .figures import Figure
from .lexicon import Categories, KeywordIndex, Memo, Pattern, alternation, compile_pattern, first_chars, rx, table
from .rules import Rule, decide

GRANT_AFTER: Final = compile_pattern(r"(?:的)?(?:补助|奖励|资助|补贴|奖补|扶持资金|贴息)")
GRANT_WORDS: Final = ("给予", "奖励", "补助", "资助", "补贴", "扶持", "奖补", "贴息", "一次性")
GRANT: Final = compile_pattern(rf"(?:{alternation(GRANT_WORDS)})(?:最高|不超过|最多|每家|每项|了)?\p{{Han}}{{0,2}}$")
GRANT_FIRST: Final = first_chars(GRANT_WORDS)  # (GRANT is tried only where one stands)


class Categorizer:
    """Gives the figures of one document their categories."""

    def __init__(self, folded: str, categories: Categories, title_category: str | None) -> None:
        self.t = folded
        self.cats = categories
        self.title_category = title_category
        # a department's budget or final accounts (…2024年度部门决算公开说明): its lines are funding
        self.budget = _budget_title().search(folded, 0, TITLE_HEAD) is not None
        self._idx_para: tuple[int, int] | None = None
        self._idx: KeywordIndex | None = None
        self.last_money: tuple[int, str] = (-1, "")
        self.last_people = -1
        # (end, category) of the paragraph's figures so far: the whole a part (其中…) is of
        self.history: list[tuple[int, str]] = []
        self._history_para = -1

    def category(
        self, name: str, lo: int, hi: int, f: Figure, para: tuple[int, int], comparison: bool
    ) -> tuple[str, str]:
        """The figure's category and the rule that decided it."""
        if para[0] != self._history_para:
            self.history, self._history_para = [], para[0]
        head = part_of(name)
        if head.startswith(_method_opens()):
            head = _method().sub("", head, count=1) or head  # 按R&D人员全时工作量计算的人均经费
        head = _after_proper_name(head, self.cats)
        best = self.cats.best_in(head)
        # (享受研发费用加计扣除的企业: the head word of what they do, before 的 and the generic noun)
        said = head[: head.rindex(REL)] if REL in head and self.cats.generic_head(head) else head
        own = best if best in self.cats.over_head else (self.cats.head_of(said) or best)
        if own == "economy" and f.unit_kind == "count" and self.cats.whole_economy(head):
            # 3186家规上工业企业: firms counted, the economy's class says which (not 营业收入超过
            # 1亿元的企业, of the whole before it)
            own = self.cats.generic_head(head) or own
        if own == "talent" and f.unit_kind == "money" and (word := self.cats.word_of(head, "talent")):
            # R&D人员人均经费: money spent per person is of what the rest of its name says (人才经费
            # says nothing else: talent)
            own = self.cats.best_in(head.replace(word, "", 1)) or own
        got = decide(CATEGORY_RULES, CategoryContext(self, name, head, own, lo, hi, f, para, comparison))
        self.history.append((f.end, got[0]))
        if f.unit_kind == "money":
            self.last_money = (f.end, got[0])  # (what 户均, 惠及企业 after it are of)
        if f.unit in _person_units():
            self.last_people = f.end  # (具有高级职称的占42%: a share of them)
        return got

    def _index(self, para: tuple[int, int]) -> KeywordIndex:
        if self._idx_para != para:
            self._idx = KeywordIndex(self.cats, self.t, *para)
            self._idx_para = para
        assert self._idx is not None
        return self._idx


@cache
def _proper_name_end() -> Pattern:
    return compile_pattern(alternation(table("cues")["name"]["proper_name_ends"]))


def _after_proper_name(head: str, cats: Categories) -> str:
    """A name's words after the last organisation named in it (…研究院有限公司孵化科技型中小企业
    数量: 孵化科技型中小企业数量), when they have a category of their own: the words of an
    organisation's name (研究院) say who, not what is counted."""
    if len(head) < 3:
        return head  # (no organisation's name and two words of its own after it)
    last = None
    for m in _proper_name_end().finditer(head):
        last = m
    if last is None or len(head) - last.end() < 2:
        return head
    rest = head[last.end() :]
    return rest if cats.best_in(rest) else head


@cache
def _economy_owners() -> frozenset[str]:
    return frozenset(table("categories")["economy_owners"]["categories"])


@cache
def _method_opens() -> tuple[str, ...]:
    return tuple(table("categories")["method"]["opens"])


@cache
def _method() -> Pattern:
    m = table("categories")["method"]
    return compile_pattern(rf"^(?:{alternation(m['opens'])})[^,;。]{{1,24}}?(?:{alternation(m['closes'])})")


@cache
def _person_units() -> frozenset[str]:
    return frozenset(table("categories")["talent_units"]["people"])


@cache
def _talent_units() -> frozenset[str]:
    units = table("categories")["talent_units"]
    return frozenset(units["people"] + units["groups"])


def _fits(category: str | None, x: CategoryContext) -> str | None:
    """category, unless the word near the figure that gives it makes it what the figure cannot
    be (talent for a count of things: 57箱, 5户): then no word farther away decides either."""
    if category == "talent" and not _people_counted(x.f) and not _share_of_people(x):
        return _fallback(x)
    return category


def _share_of_people(x: CategoryContext) -> bool:
    # …县级520余名；具有高级职称的占42%: a share right after people counted in its sentence
    at = x.c.last_people
    return (
        x.f.unit_kind in ("percent", "tenths")
        and x.para[0] <= at <= x.f.start
        and FULL_STOP not in x.c.t[at : x.f.start]
    )


@cache
def _not_talent() -> Pattern:
    return compile_pattern(alternation(table("categories")["not_talent"]["words"]))


REL: Final = table("cues")["name"]["relative_mark"]
PARTS: Final = Memo(4096)


def part_of(name: str) -> str:
    """The part a share's name is of (甲占乙的比重: 甲), the name itself when it is no share."""
    got = PARTS.answers.get(name)
    return got if got is not None else PARTS.put(name, _part_of_uncached(name))


def _part_of_uncached(name: str) -> str:
    return rx(r"占|与(?=\p{Han}*之比)|之比|所占").split(name)[0] or name


@dataclass(init=False)
class CategoryContext:
    """What a figure's category is decided from."""

    c: Categorizer
    name: str  # the indicator's name
    head: str  # its part before 占/之比 (in 甲占乙的比重 the category is 甲's)
    own: str | None  # the category of the words of head
    lo: int  # where its sentence (within the window) begins
    hi: int
    f: Figure
    para: tuple[int, int]
    comparison: bool

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted
    # and, frozen, sets each field through object.__setattr__); one is built per figure
    def __init__(
        self,
        c: Categorizer,
        name: str,
        head: str,
        own: str | None,
        lo: int,
        hi: int,
        f: Figure,
        para: tuple[int, int],
        comparison: bool,
    ) -> None:
        self.c, self.name, self.head, self.own, self.lo, self.hi = c, name, head, own, lo, hi
        self.f, self.para, self.comparison = f, para, comparison

    @property
    def whole(self) -> int:
        """Where the 占 of a share whose part is not named stands, or -1."""
        return self.c.t.rfind("占", self.lo, self.f.start) if not self.own and "占" in self.name else -1


TITLE_HEAD: Final = 80  # where a document's title stands
FULL_STOP: Final = "\u3002"


@cache
def _budget_title() -> Pattern:
    return compile_pattern(alternation(table("categories")["budget"]["title_words"]))


def _budget_line(x: CategoryContext) -> str | None:
    # 项目支出968.21万元, 科普活动（2060702）决算35.80万元 in a 部门决算: money of the budget,
    # whatever its line is for
    return "funding" if x.c.budget and x.f.unit_kind in ("money", "percent") else None


@cache
def _breakdown() -> Pattern:
    b = table("categories")["breakdown"]
    return compile_pattern(
        rf"\s*(?:[0-9{b['numbering']}]+[、.])?(?:{alternation(b['openers'])})\p{{Han}}{{0,6}}?(?:{alternation(b['dimensions'])})"
    )


def _programme_breakdown(x: CategoryContext) -> str | None:
    # 二、按服务类型⏎本批创新券用于购买检验检测服务的金额为538.2万元: the parts of a programme's
    # figures (the title's) are the programme's
    title = x.c.title_category
    if title not in x.c.cats.over_head:
        return None
    t, start = x.c.t, x.para[0]
    line = t.rfind("\n", 0, start)  # (the line before the paragraph's own: its heading, if any)
    heading = t.rfind("\n", 0, max(0, line)) + 1 if line > 0 else start
    return title if _breakdown().match(t, start) or _breakdown().match(t, heading, start) else None


@cache
def _of_amount() -> Pattern:
    return compile_pattern(alternation(table("categories")["of_amount_before"]["leads"]))


def _of_amount_before(x: CategoryContext) -> str | None:
    # 兑现研发投入奖补资金386万元，惠及企业32家，户均12.1万元: the firms it reached and the
    # amount per firm are of the amount before them in the sentence
    end, category = x.c.last_money
    if end < x.lo or end > x.f.start or not category or not _of_amount().match(x.name):
        return None
    return category


def _grant(x: CategoryContext) -> str | None:
    # money given (给予…300万元, 奖励10%, 20万元补助) is funding whatever it is given for
    t, f = x.c.t, x.f
    if f.unit_kind not in ("money", "percent"):
        return None  # (tested first: the patterns cost more)
    if x.own in x.c.cats.over_head:
        return None  # 获科技创新券补助资金75万元: voucher money
    before = max(x.lo, f.start - 6)
    given = GRANT_AFTER.match(t, f.end, x.hi)
    if given is None and not GRANT_FIRST.isdisjoint(t[before : f.start]):
        given = GRANT.search(t, before, f.start)
    return "funding" if given else None


def _own_name(x: CategoryContext) -> str | None:
    # the indicator's own words, unless only an economic measure of something (出口交货值)
    if x.own and not (x.own == "economy" and not x.comparison and not x.c.cats.whole_economy(x.head)):
        return x.own
    return None


PART_LEADS: Final = tuple(table("cues")["name"]["part_lead"])
INDUSTRIES: Final = tuple(table("categories")["industries"]["ends"])


def _part_of_whole(x: CategoryContext) -> str | None:
    # 高技术制造业增加值增长31.6%，其中电子及通信设备制造业增长46.2%: a part whose own name is an
    # industry or an economic measure is of its whole, the figure right before the 其中 that
    # opens the parts (in its sentence, or ending the sentence before)
    if x.own not in (None, "economy") or x.c.cats.whole_economy(x.head):
        return None
    if x.own is None and not x.head.endswith(INDUSTRIES):
        return None  # (其中研究人员…: a part that is no industry may be of anything)
    t, f = x.c.t, x.f
    k = -1
    for w in PART_LEADS:
        k = max(k, t.rfind(w, x.lo, f.start))
    if k < 0 or (k > x.lo and t[k - 1] not in ",;:"):
        return None
    whole = ""
    for end, category in reversed(x.c.history):
        if end <= k:
            whole = category
            break
    return whole if whole not in ("", "economy", "other") else None


@cache
def _place_end() -> tuple[Pattern, Pattern]:
    w = table("categories")["places_counted"]
    ends, bracket = alternation(w["ends"]), r"(?:\([^()]*\))?$"
    clause = f"(?:{alternation(w['clause_ends'])})(?:{ends})|{alternation(w['zones'])}"
    return compile_pattern(f"(?:{ends}){bracket}"), compile_pattern(f"(?:{clause}){bracket}")


def _places_counted(x: CategoryContext) -> str | None:
    # 在全市9个县(市、区)中, 全省14个市, R&D经费超过10亿元的市州有4个: places counted are no
    # category's (not 其余县(市)36家: firms of those places; not 排位超过湖北省)
    if x.f.unit_kind != "count":
        return None
    ends, named = _place_end()
    counted = ends.search(x.name) is not None and (
        x.c.t.startswith(x.name, x.f.end) or named.search(x.name) is not None
    )
    return "other" if counted else None


def _share_part(x: CategoryContext) -> str | None:
    # 累计占规模以上工业比重32.10%: a share whose part is not named is of what the sentence is
    # about before 占, never of the whole it is taken of
    if x.whole < 0:
        return None
    return x.c._index(x.para).nearest_before(max(x.para[0], x.f.start - WINDOW), x.whole, skip=("economy",))


def _economic_measure(x: CategoryContext) -> str | None:
    # a bare economic measure (出口交货值, 实现增加值) belongs to the subject of its sentence, or
    # of the sentence before, or of the document's title
    if x.own != "economy":
        return None
    t, f = x.c.t, x.f
    idx = x.c._index(x.para)
    subject = idx.nearest_before(max(x.para[0], f.start - WINDOW), clause_start(t, x.lo, f.start), skip=("economy",))
    if subject not in _economy_owners():
        subject = None  # 重点项目…，实现营业收入: a project has no output of its own to report
    return x.c.title_category or subject or x.own


def _nearest_before(x: CategoryContext) -> str | None:
    # a category word before the figure in its sentence
    whole = x.whole
    return _fits(x.c._index(x.para).nearest_before(x.lo, whole if whole >= 0 else x.f.start), x)


@cache
def _designations() -> Pattern:
    return compile_pattern(alternation(table("categories")["designations"]["words"]))


def _designated_firms(x: CategoryContext) -> str | None:
    # 技术先进型服务企业22家: firms counted by a designation of their own are enterprise, not the
    # kind of firm another clause of the sentence named
    return "enterprise" if x.f.unit_kind == "count" and _designations().search(x.name) else None


def _instruments(x: CategoryContext) -> str | None:
    # 企业及其他单位298台(套): instruments counted, not the firms that hold them
    # (only in a text on instruments: 设备更新改造5600台(套) is no facility)
    return "facility" if x.f.unit in _instrument_units() and x.c.title_category == "facility" else None


@cache
def _instrument_units() -> frozenset[str]:
    return frozenset(table("categories")["facility_units"]["units"])


def _people(x: CategoryContext) -> str | None:
    # a count of people: 吸纳科技活动人员近42万人 (not 在校学生47773人)
    return "talent" if x.f.unit in _person_units() and not _not_talent().search(x.name) else None


def _generic_count(x: CategoryContext) -> str | None:
    # 105家规上科技服务业企业: firms counted, unless the document is about a kind of firm (a
    # story on 技术合同 counts 注册企业 as firms, not as contracts)
    generic = x.c.cats.generic_in(x.name)
    if not generic or x.f.unit_kind != "count":
        return None
    title = x.c.title_category
    return title if title in _economy_owners() else generic


def _around(x: CategoryContext) -> str | None:
    # a category word after the figure in its sentence, or before it in the paragraph (not in
    # the sentences after it: they name figures of their own)
    f, hi, para = x.f, x.hi, x.para
    idx = x.c._index(para)
    found = idx.first_in(f.end, hi) or idx.nearest_before(max(para[0], x.lo - WINDOW), x.lo)
    # an economic word nearby (增加值) says less than what the document is about
    return x.c.title_category if found == "economy" and x.c.title_category else _fits(found, x)


def _fallback(x: CategoryContext) -> str:
    title = x.c.title_category
    if title == "talent" and not _people_counted(x.f):
        title = None  # a report on 科技特派员: its 8.6万亩, 3200户, 成活率95% and 增收8000元 are no talent
    return title or x.c.cats.generic_in(x.name) or "other"


def _people_counted(f: Figure) -> bool:
    """Whether a figure counts people or their teams: what a talent word near it, not in its own
    name, can make talent (money or a share is talent only by its own name: 人才经费, 人才占比)."""
    return f.unit in _talent_units()


CATEGORY_RULES: Final[tuple[Rule, ...]] = (
    Rule("programme's breakdown", _programme_breakdown),
    Rule("budget line", _budget_line),
    Rule("of the amount before", _of_amount_before),
    Rule("money given", _grant),
    Rule("own name", _own_name),
    Rule("part of its whole", _part_of_whole),
    Rule("places counted", _places_counted),
    Rule("instruments", _instruments),
    Rule("part of a share", _share_part),
    Rule("economic measure", _economic_measure),
    Rule("designated firms", _designated_firms),
    Rule("word before", _nearest_before),
    Rule("people", _people),
    Rule("generic count", _generic_count),
    Rule("words around", _around),
    Rule("title or other", _fallback),
)
