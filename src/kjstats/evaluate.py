"""Score records against gold annotations, by the rules of the project's score.py.

Gold and predictions are dicts in the fields of records.md (``load_gold`` reads a gold JSON
Lines file; ``record_dict`` turns an Indicator into the dict its JSON line would give).

A prediction *finds* a gold figure when their [start, end) spans overlap in the same doc
(docs compared by their last path component); it *matches* it when, besides, value,
value_max (relative tolerance 1e-6) and unit agree; each gold figure takes the unused matching
prediction that overlaps it most (the later one on a tie). On matched pairs each attribute is
scored against the gold value: a gold list means any of its values, a gold null is not scored
(except qualifier and planned, where null means none / false); indicator names agree when
their longest common substring covers 60% of the gold name and 40% of the predicted one. A
*record* is right when it matches and every scored attribute is right.

``extra`` attributes (``EXTRA``: ``measure``) are scored as score.py's ``--extra`` scores
them: on the matched pairs whose gold gives them (a list: any of its ids; ``""``: none),
after the other attributes, and outside the records figure.

``score`` returns an ``Evaluation`` whose ``summary`` is the very object ``score.py --json``
prints (``as_json``), with the same figures per document and every mistake.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .records import Indicator

__all__ = [
    "ATTRS",
    "EXTRA",
    "GoldError",
    "Mistake",
    "Counts",
    "Evaluation",
    "doc_key",
    "load_gold",
    "parse_gold",
    "record_dict",
    "score",
]

ATTRS = ["qualifier", "kind", "planned", "region", "period", "indicator", "category"]
# Attributes scored only when asked (score.py --extra), never part of the records figure.
EXTRA = ("measure",)
# Attributes whose gold null is scored (as "none" / false) rather than skipped.
NULL_SCORED = ("qualifier", "planned")


class GoldError(ValueError):
    """A gold file that cannot be read: '<path>:<line>: not JSON: …'."""


def doc_key(doc) -> str:
    """The name docs are compared by: the last component of the path, / or \\ separated."""
    return str(doc or "").replace("\\", "/").rsplit("/", 1)[-1]


def parse_gold(lines: Iterable[str], source: str = "gold") -> list[dict]:
    """Gold records from JSON Lines (blank lines skipped), each with ``doc`` made a doc_key."""
    rows = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{source}:{n}: not JSON: {e}") from None
        if not isinstance(r, dict):
            raise GoldError(f"{source}:{n}: not a JSON object")
        for k in ("start", "end"):
            if not isinstance(r.get(k), int) or isinstance(r.get(k), bool):
                raise GoldError(f"{source}:{n}: {k} must be an integer offset")
        for k in ("value", "unit"):
            if k not in r:
                raise GoldError(f"{source}:{n}: no {k}")
        r["doc"] = doc_key(r.get("doc"))
        rows.append(r)
    return rows


def load_gold(path) -> list[dict]:
    """``parse_gold`` of a file (UTF-8, a BOM allowed)."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            return parse_gold(f, str(path))
    except UnicodeDecodeError as e:
        raise GoldError(f"{path}: not UTF-8: {e}") from None
    except OSError as e:
        raise GoldError(f"{path}: {e.strerror or e}") from None


def record_dict(rec: Indicator) -> dict:
    """The record as the scorer reads its JSON line: the fields of records.md, doc a doc_key."""
    d = rec.to_dict()
    d["doc"] = doc_key(rec.doc)
    return d


# ---------------------------------------------------------------------------
# The rules (score.py's, to the letter)


def _num(x):
    if x is None or x == "":
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def same_number(a, b) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def norm(x) -> str:
    if x is None:
        return ""
    if isinstance(x, bool):
        return "true" if x else "false"
    s = str(x).strip()
    if s.lower() in ("true", "false"):
        return s.lower()
    return re.sub(r"[\s\u3000]", "", s)


def _lcs_len(a: str, b: str) -> int:
    """Length of the longest common substring."""
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


_NAME_NOISE = re.compile(r"[\s\u3000()（）、，,“”\"]")


def indicator_ok(pred, gold) -> bool:
    p = _NAME_NOISE.sub("", norm(pred))
    g = _NAME_NOISE.sub("", norm(gold))
    if not p or not g:
        return p == g
    n = _lcs_len(p, g)
    return n >= 0.6 * len(g) and n >= 0.4 * len(p)


def attr_ok(attr: str, pred, gold) -> bool:
    for g in gold if isinstance(gold, list) else [gold]:
        if attr == "indicator":
            if indicator_ok(pred, g):
                return True
        elif attr == "planned":
            if norm(pred or False) == norm(g or False):
                return True
        elif norm(pred) == norm(g):
            return True
    return False


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


# ---------------------------------------------------------------------------
# Results


@dataclass
class Mistake:
    """One error: kind is 'missed', 'spurious', 'wrong value/unit' or 'wrong <attr>'."""

    kind: str
    doc: str
    gold: dict | None
    pred: dict | None

    @property
    def attr(self) -> str | None:
        return self.kind[6:] if self.kind.startswith("wrong ") and self.kind != "wrong value/unit" else None


@dataclass
class Counts:
    """The tallies behind the figures; they add up over documents. ``extra``: the EXTRA
    attributes scored besides ATTRS, in the order asked."""

    gold: int = 0
    pred: int = 0
    found_g: int = 0
    found_p: int = 0
    match_g: int = 0
    match_p: int = 0
    records: int = 0
    extra: tuple[str, ...] = ()
    attr_n: dict = field(default_factory=dict)
    attr_ok: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        for a in self.attrs:
            self.attr_n.setdefault(a, 0)
            self.attr_ok.setdefault(a, 0)

    @property
    def attrs(self) -> list[str]:
        """The attributes scored: ATTRS, then the extra ones."""
        return [*ATTRS, *self.extra]

    def add(self, other: Counts) -> None:
        for k in ("gold", "pred", "found_g", "found_p", "match_g", "match_p", "records"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for a in self.attrs:
            self.attr_n[a] += other.attr_n.get(a, 0)
            self.attr_ok[a] += other.attr_ok.get(a, 0)

    def summary(self) -> dict:
        """score.py's result object (tuples where its JSON has arrays)."""
        return {
            "gold": self.gold,
            "pred": self.pred,
            "found": prf(self.found_p, self.pred, self.found_g, self.gold),
            "matched": prf(self.match_p, self.pred, self.match_g, self.gold),
            "records": prf(self.records, self.pred, self.records, self.gold),
            "attrs": {
                a: (self.attr_ok[a] / self.attr_n[a] if self.attr_n[a] else None, self.attr_n[a]) for a in self.attrs
            },
        }


@dataclass
class Evaluation:
    totals: Counts
    docs: dict[str, Counts]  # gold docs, sorted by name
    errors: list[Mistake]

    @property
    def summary(self) -> dict:
        return self.totals.summary()

    def as_json(self, by_doc: bool = False, errors: int = 0) -> dict:
        """score.py --json's object; by_doc adds "docs" (the same object per document), errors
        adds "errors" (the first N mistakes as {kind, doc, gold, pred})."""
        out = self.summary
        if by_doc:
            out["docs"] = {d: c.summary() for d, c in self.docs.items()}
        if errors:
            out["errors"] = [
                {"kind": m.kind, "doc": m.doc, "gold": m.gold, "pred": m.pred} for m in self.errors[:errors]
            ]
        return out


def _score_doc(doc: str, gs: list[dict], ps: list[dict], errors: list[Mistake], extra: tuple[str, ...]) -> Counts:
    c = Counts(gold=len(gs), pred=len(ps), extra=extra)
    c.found_p = sum(any(_overlap(p, g) > 0 for g in gs) for p in ps)
    used: set[int] = set()
    for g in sorted(gs, key=lambda r: r["start"]):
        cands = [(_overlap(p, g), i) for i, p in enumerate(ps) if _overlap(p, g) > 0]
        if not cands:
            errors.append(Mistake("missed", doc, g, None))
            continue
        c.found_g += 1
        exact = [
            (o, i)
            for o, i in cands
            if i not in used
            and same_number(ps[i].get("value"), g["value"])
            and same_number(ps[i].get("value_max"), g.get("value_max"))
            and norm(ps[i].get("unit")) == norm(g["unit"])
        ]
        if not exact:
            errors.append(Mistake("wrong value/unit", doc, g, ps[max(cands)[1]]))
            continue
        i = max(exact)[1]
        used.add(i)
        p = ps[i]
        c.match_g += 1
        good = True
        for a in ATTRS:
            gv = g.get(a)
            if gv is None and a not in NULL_SCORED:
                continue
            c.attr_n[a] += 1
            if attr_ok(a, p.get(a), gv):
                c.attr_ok[a] += 1
            else:
                good = False
                errors.append(Mistake(f"wrong {a}", doc, g, p))
        c.records += good
        for a in extra:  # after the record's verdict: an extra attribute never enters it
            gv = g.get(a)
            if gv is None:
                continue
            c.attr_n[a] += 1
            if attr_ok(a, p.get(a), gv):
                c.attr_ok[a] += 1
            else:
                errors.append(Mistake(f"wrong {a}", doc, g, p))
    c.match_p = len(used)
    for p in ps:
        if not any(_overlap(p, g) > 0 for g in gs):
            errors.append(Mistake("spurious", doc, None, p))
    return c


def score(gold: Iterable[dict], pred: Iterable[dict | Indicator], extra: Iterable[str] = ()) -> Evaluation:
    """Score predictions against gold. Only gold docs are scored: predictions of other docs
    are ignored, gold docs without predictions count every figure missed. Records are
    compared per doc (doc_key) in the order given. ``extra``: EXTRA attributes to score
    too (score.py's --extra), outside the records figure."""
    asked = tuple(dict.fromkeys(extra))  # score.py would count a repeated --extra twice
    unknown = [a for a in asked if a not in EXTRA]
    if unknown:
        raise ValueError(f"extra attributes are {', '.join(EXTRA)}, not {', '.join(unknown)}")
    by_doc: dict[str, tuple[list[dict], list[dict]]] = {}
    for g in gold:
        g = dict(g, doc=doc_key(g.get("doc")))
        by_doc.setdefault(g["doc"], ([], []))[0].append(g)
    for p in pred:
        p = record_dict(p) if isinstance(p, Indicator) else dict(p, doc=doc_key(p.get("doc")))
        if p["doc"] in by_doc:
            p["start"], p["end"] = int(p["start"]), int(p["end"])
            by_doc[p["doc"]][1].append(p)
    totals, docs, errors = Counts(extra=asked), {}, []  # type: tuple[Counts, dict, list]
    for doc, (gs, ps) in sorted(by_doc.items()):
        docs[doc] = _score_doc(doc, gs, ps, errors, asked)
        totals.add(docs[doc])
    return Evaluation(totals, docs, errors)
