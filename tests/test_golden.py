"""The seed report against its gold, and ../shared/corpus when it is present.

Scored with the rules of ../shared/score.py (copied below so the project stays
self-contained): a prediction *finds* a gold figure when their spans overlap in the same
doc, *matches* it when value, value_max and unit also agree, and a *record* is right when
it matches and every scored attribute is right.
"""
from __future__ import annotations

import json
import math
import pathlib
import re

import pytest

import kjstats
from kjstats.readers import read_text_file

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"

ATTRS = ["qualifier", "kind", "planned", "region", "period", "indicator", "category"]


# --- scoring, as in ../shared/score.py ------------------------------------------------

def _num(x):
    if x is None or x == "":
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _same_number(a, b):
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _norm(x):
    if x is None:
        return ""
    if isinstance(x, bool):
        return "true" if x else "false"
    s = str(x).strip()
    if s.lower() in ("true", "false"):
        return s.lower()
    return re.sub(r"[\s\u3000]", "", s)


def _lcs_len(a, b):
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


def _indicator_ok(pred, gold):
    p = re.sub(r"[\s\u3000()（）、，,“”\"]", "", _norm(pred))
    g = re.sub(r"[\s\u3000()（）、，,“”\"]", "", _norm(gold))
    if not p or not g:
        return p == g
    n = _lcs_len(p, g)
    return n >= 0.6 * len(g) and n >= 0.4 * len(p)


def _attr_ok(attr, pred, gold):
    for g in gold if isinstance(gold, list) else [gold]:
        if attr == "indicator":
            if _indicator_ok(pred, g):
                return True
        elif attr == "planned":
            if _norm(pred or False) == _norm(g or False):
                return True
        elif _norm(pred) == _norm(g):
            return True
    return False


def _prf(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def score(gold, pred):
    """(result, errors) exactly as score.py computes them."""
    by_doc = {}
    for g in gold:
        by_doc.setdefault(g["doc"], ([], []))[0].append(g)
    for p in pred:
        if p["doc"] in by_doc:
            by_doc[p["doc"]][1].append(p)
    n_pred = sum(len(ps) for _, ps in by_doc.values())
    found_g = found_p = match_g = match_p = rec = 0
    attr_n = {a: 0 for a in ATTRS}
    attr_good = {a: 0 for a in ATTRS}
    errors = []
    for doc, (gs, ps) in sorted(by_doc.items()):
        found_p += sum(any(_overlap(p, g) > 0 for g in gs) for p in ps)
        used = set()
        for g in sorted(gs, key=lambda r: r["start"]):
            cands = [(_overlap(p, g), i) for i, p in enumerate(ps) if _overlap(p, g) > 0]
            if not cands:
                errors.append(("missed", g, None))
                continue
            found_g += 1
            exact = [(o, i) for o, i in cands if i not in used
                     and _same_number(ps[i].get("value"), g["value"])
                     and _same_number(ps[i].get("value_max"), g.get("value_max"))
                     and _norm(ps[i].get("unit")) == _norm(g["unit"])]
            if not exact:
                errors.append(("wrong value/unit", g, ps[max(cands)[1]]))
                continue
            i = max(exact)[1]
            used.add(i)
            p = ps[i]
            match_g += 1
            good = True
            for a in ATTRS:
                gv = g.get(a)
                if gv is None and a not in ("qualifier", "planned"):
                    continue
                attr_n[a] += 1
                if _attr_ok(a, p.get(a), gv):
                    attr_good[a] += 1
                else:
                    good = False
                    errors.append((f"wrong {a}", g, p))
            rec += good
        match_p += len(used)
        for p in ps:
            if not any(_overlap(p, g) > 0 for g in gs):
                errors.append(("spurious", None, p))
    res = {
        "gold": len(gold), "pred": n_pred,
        "found": _prf(found_p, n_pred, found_g, len(gold)),
        "matched": _prf(match_p, n_pred, match_g, len(gold)),
        "records": _prf(rec, n_pred, rec, len(gold)),
        "attrs": {a: (attr_good[a] / attr_n[a] if attr_n[a] else None, attr_n[a]) for a in ATTRS},
    }
    return res, errors


# --- running the extractor over a folder with a gold.jsonl -----------------------------

def _load_gold(path: pathlib.Path):
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            r = json.loads(line)
            r["doc"] = str(r.get("doc") or "").replace("\\", "/").rsplit("/", 1)[-1]
            rows.append(r)
    return rows


def _predict(folder: pathlib.Path, names):
    pred = []
    for name in sorted(names):
        text = read_text_file(str(folder / name))
        for r in kjstats.extract(text, doc=name):
            assert text[r.start:r.end] == r.text, f"{name}[{r.start}:{r.end}] is not {r.text!r}"
            d = r.to_dict()
            d["doc"] = name
            pred.append(d)
    return pred


def _report(res, errors, limit=25) -> str:
    lines = [f"gold {res['gold']}  predicted {res['pred']}"]
    for k in ("found", "matched", "records"):
        p, r, f = res[k]
        lines.append(f"{k:10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for a, (acc, n) in res["attrs"].items():
        lines.append(f"{a:10} {'-' if acc is None else f'{acc:.3f}'}  (n={n})")
    for kind, g, p in errors[:limit]:
        gs = f"{g['doc']}[{g['start']}:{g['end']}] {g['text']} {g['value']} {g['unit']}" if g else "-"
        ps = "" if p is None else (f" | pred {p.get('text')} {p.get('value')} {p.get('unit')} "
                                    + json.dumps({a: str(p.get(a)) for a in ATTRS}, ensure_ascii=False))
        lines.append(f"{kind:18} gold {gs}{ps}")
    return "\n".join(lines)


def _score_folder(folder: pathlib.Path):
    gold = _load_gold(folder / "gold.jsonl")
    pred = _predict(folder, {g["doc"] for g in gold})
    return score(gold, pred)


def test_seed_against_gold():
    res, errors = _score_folder(SEEDS)
    report = _report(res, errors)
    assert res["matched"][2] >= 0.98, report
    assert res["records"][2] >= 0.90, report


@pytest.mark.skipif(not (CORPUS / "gold.jsonl").is_file(), reason="../shared/corpus is not present")
def test_corpus_against_gold():
    res, errors = _score_folder(CORPUS)
    report = _report(res, errors, limit=60)
    assert res["matched"][2] >= 0.93, report
    assert res["records"][2] >= 0.75, report


def test_scorer_copy_agrees_with_its_rules():
    """The copied scorer: overlap finds, value+unit matches, lists and nulls in gold."""
    gold = [{"doc": "a.txt", "start": 0, "end": 4, "text": "3.8%", "value": 3.8, "value_max": None,
             "unit": "%", "qualifier": None, "kind": "growth", "planned": None,
             "region": ["越城区", "绍兴市越城区"], "period": None, "indicator": "高新技术产业增加值",
             "category": "high_tech_industry"}]
    pred = [{"doc": "a.txt", "start": 0, "end": 4, "value": "3.8", "value_max": "", "unit": "%",
             "qualifier": "", "kind": "growth", "planned": False, "region": "绍兴市越城区",
             "period": "2020", "indicator": "全区高新技术产业增加值", "category": "high_tech_industry"}]
    res, _ = score(gold, pred)
    assert res["records"][2] == 1.0
    pred[0]["unit"] = "百分点"
    res, _ = score(gold, pred)
    assert res["found"][2] == 1.0 and res["matched"][2] == 0.0
