"""A figure's category (records.md): from the indicator's own name first, then the words near
it in its sentence, the paragraph, and the document's title only as fallbacks (data/categories.toml)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Final

from .cleaning import WINDOW, clause_start
from .figures import Figure
from .lexicon import Categories, KeywordIndex, Pattern, alternation, compile_pattern, rx, table

PERSON_UNITS: Final = frozenset(("人", "名", "人次", "人年"))
GRANT_AFTER: Final = compile_pattern(r"(?:的)?(?:补助|奖励|资助|补贴|奖补|扶持资金|贴息)")
GRANT: Final = compile_pattern(
    r"(?:给予|奖励|补助|资助|补贴|扶持|奖补|贴息|一次性)(?:最高|不超过|最多|每家|每项|了)?\p{Han}{0,2}$"
)


class Categorizer:
    """Gives the figures of one document their categories."""

    def __init__(self, folded: str, categories: Categories, title_category: str | None) -> None:
        self.t = folded
        self.cats = categories
        self.title_category = title_category
        self._idx_para: tuple[int, int] | None = None
        self._idx: KeywordIndex | None = None

    def category(self, name: str, lo: int, hi: int, f: Figure, para: tuple[int, int], comparison: bool) -> str:
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


@cache
def _not_talent() -> Pattern:
    return compile_pattern(alternation(table("categories")["not_talent"]["words"]))


@lru_cache(maxsize=4096)
def _part_of(name: str) -> str:
    return rx(r"占|与(?=\p{Han}*之比)|之比|所占").split(name)[0] or name
