"""What earlier figures of a sentence leave for the naming of later ones (names.Namer), and
what naming gives each figure."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .figures import Figure


@dataclass(slots=True, init=False)
class Naming:
    indicator: str
    kind: str
    planned: bool
    category: str
    region: str | None  # a place item of a list (郑州、洛阳分别为…) names the figure's region
    why: tuple[tuple[str, str], ...]  # (attribute, the rule that decided it)

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted
    # and, frozen, sets each field through object.__setattr__); one is built per figure
    def __init__(
        self,
        indicator: str,
        kind: str,
        planned: bool,
        category: str,
        region: str | None = None,
        why: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.indicator, self.kind, self.planned, self.category = indicator, kind, planned, category
        self.region, self.why = region, why


class SentenceState:
    """What earlier figures of the sentence leave for later ones (a plain class: mypyc compiles
    its __init__)."""

    def __init__(
        self,
        carry: str = "",
        whole: tuple[str, str] = ("", ""),
        lo: int = 0,
        hi: int = 0,
        para: tuple[int, int] = (0, 0),
        cue_hits: list[tuple[int, int, str]] | None = None,
        figs: list[Figure] | None = None,
    ) -> None:
        self.lo, self.hi, self.para = lo, hi, para  # the sentence, and its paragraph
        self.figs = figs or []  # the sentence's figures, in order
        self.fig_starts = [f.start for f in self.figs]
        self.cue_hits = cue_hits or []  # the plan cues of the sentence: (start, end, word)
        self.lists: dict[int, tuple[str, str | None]] = {}  # figure index -> (name, place) of a list's item
        self.done_runs: set[int] = set()  # the figures where a list was looked for
        # the first amount or count the previous sentence named, and its unit's kind (其中… is of it)
        self.whole, self.whole_kind = whole
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
        self.last_pct_name = ""
        self.growth_seen = False  # a growth rate came before in the sentence
        self.last_growth_name = ""  # the name of the last growth rate in the sentence
        self.measure_seen = False  # a figure that is no count came before in the sentence
        self.levels: list[str] = []  # the names of the sentence's levels so far, in order
        self.prev_lo = -1  # where the previous figure's clause began (a bracketed one's: before the bracket)

    def holds_figure(self, lo: int, hi: int) -> bool:
        """Whether a figure of the sentence begins in [lo, hi) (a clause whose name is known)."""
        k = bisect_left(self.fig_starts, lo)
        return k < len(self.fig_starts) and self.fig_starts[k] < hi
