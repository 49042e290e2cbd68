"""A figure's kind: level, growth, share or rank, from the cue words before it (data/cues.toml,
[kind]): 增长3.8% is a growth, 占比30% a share, 第二 a rank, 比上年增加2465.7亿元 a change."""

from __future__ import annotations

from functools import lru_cache

from .cleaning import CLAUSE_STOP, clause_start, clean, cues, is_cue_only
from .figures import Figure
from .lexicon import rx


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


def figure_kind(
    t: str, f: Figure, raw: str, comparison: bool, lo: int, c_lo: int, last_pct_kind: str, prev_kind: str
) -> str:
    """A figure's kind: rank, growth (a change), share, or level."""
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
        if comparison and last_pct_kind in ("growth", "share"):
            return last_pct_kind
        if not raw.strip(" 、和及与") and prev_kind in ("growth", "share"):
            return prev_kind
        # 增速较快，达到161.47%: the cue stands in the clause before
        if is_cue_only(clean(raw)) and c_lo - 1 > lo and t[c_lo - 1] in CLAUSE_STOP:
            s = clause_start(t, lo, c_lo - 1)
            k = percent_kind(t[s : c_lo - 1])
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
