#!/usr/bin/env python3
"""Check tests/reports/gold.jsonl against the report texts next to it.

    python3 tests/reports/check_gold.py [GOLD.jsonl]

For every gold record it verifies that
  * the record has exactly the gold fields of records.md (no `sentence`);
  * `doc` names an existing .txt file in the same directory as the gold file;
  * text[start:end] of the decoded document equals the `text` field, and the
    span does not cut through a number (no digit just before or after it);
  * `value` / `value_max` are numbers (value_max > value when given);
  * for figures written in Arabic digits (half- or full-width), the digits
    and the multiplier (万/萬, 亿/億, 万亿; for a bare table cell, a header
    multiplier 万 or 亿) reproduce |value| and value_max;
  * `unit`, `qualifier`, `kind`, `planned`, `region`, `period`, `indicator`
    and `category` are well-formed: a value of the allowed type, a non-empty
    list of such values, or null (qualifier/planned: null means none/false);
  * `period` values are ISO 8601 (YYYY, YYYY-MM, or an interval A/B of those);
  * spans of one document do not overlap and appear in text order.

Exit status 0 when everything holds, 1 otherwise (each problem is printed).
"""
import json
import math
import os
import re
import sys
import unicodedata

FIELDS = ["doc", "start", "end", "text", "value", "value_max", "unit", "qualifier",
          "kind", "planned", "region", "period", "indicator", "category"]
QUALIFIERS = {"", "at_least", "more_than", "nearly", "about", "at_most"}
KINDS = {"level", "growth", "share", "rank"}
CATEGORIES = {"rd_expenditure", "high_tech_industry", "high_tech_enterprise", "tech_sme",
              "rd_institution", "incubator", "talent", "innovation_voucher", "funding",
              "investment", "project", "patent", "tech_market", "enterprise", "facility",
              "economy", "other"}
PERIOD = re.compile(r"^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$")
DIGITS = set("0123456789０１２３４５６７８９")
NUM = re.compile(r"\d+(?:\.\d+)?")
BARE = re.compile(r"^[-+]?\d+(?:\.\d+)?$")
MULT = [("万亿", 10**12), ("萬億", 10**12), ("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)]


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def alts(x):
    return x if isinstance(x, list) else [x]


def check_alts(name, x, ok, problems, allow_null=True):
    if x is None:
        if not allow_null:
            problems.append(f"{name} is null")
        return
    if isinstance(x, list) and not x:
        problems.append(f"{name} is an empty list")
        return
    for v in alts(x):
        if v is None and isinstance(x, list):
            continue  # a null inside a list: "empty is also acceptable"
        if not ok(v):
            problems.append(f"{name} has a bad value {v!r}")


def arabic_values(text):
    """Numbers written in Arabic digits in `text`, scaled by a following multiplier."""
    t = unicodedata.normalize("NFKC", text)
    out = []
    for m in NUM.finditer(t):
        rest = t[m.end():].lstrip("余多")
        scale = 1
        for word, k in MULT:
            if rest.startswith(word):
                scale = k
                break
        out.append((float(m.group()), scale))
    # "300万—500万元": each number carries its own multiplier; "1~3家": none
    # "12.8亿美元" etc. are handled by the loop above.
    if len(out) == 2 and out[0][1] == 1 and out[1][1] != 1:
        out[0] = (out[0][0], out[1][1])  # "3~5亿元" written without the first multiplier
    return [v * k for v, k in out]


def check_record(r, texts, here):
    problems = []
    keys = list(r.keys())
    if set(keys) != set(FIELDS):
        problems.append(f"fields {sorted(set(keys) ^ set(FIELDS))} missing or extra")
        return problems
    doc = r["doc"]
    if not isinstance(doc, str) or "/" in doc or not doc.endswith(".txt"):
        return problems + [f"doc {doc!r} is not a bare .txt file name"]
    if doc not in texts:
        path = os.path.join(here, doc)
        if not os.path.exists(path):
            return problems + [f"doc {doc} does not exist"]
        with open(path, encoding="utf-8") as f:
            texts[doc] = f.read()
    t = texts[doc]
    s, e = r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
        return problems + [f"bad span {s}:{e}"]
    if t[s:e] != r["text"]:
        problems.append(f"text[{s}:{e}] is {t[s:e]!r}, not {r['text']!r}")
    if s > 0 and t[s - 1] in DIGITS and r["text"][0] in DIGITS:
        problems.append("span starts inside a number")
    if e < len(t) and t[e] in DIGITS and r["text"][-1] in DIGITS:
        problems.append("span ends inside a number")
    if not is_num(r["value"]):
        problems.append(f"value {r['value']!r} is not a number")
    vm = r["value_max"]
    if vm is not None and not (is_num(vm) and is_num(r["value"]) and vm > r["value"]):
        problems.append(f"value_max {vm!r} is not a number above value")
    if is_num(r["value"]) and any(c in DIGITS for c in r["text"]):
        nums = arabic_values(r["text"])
        want = [abs(r["value"])] + ([vm] if vm is not None else [])
        # a bare table cell takes its multiplier from the column header ("产值(亿元)")
        scales = (1, 10**4, 10**8) if BARE.match(unicodedata.normalize("NFKC", r["text"])) else (1,)
        if len(nums) != len(want) or not any(all(
                math.isclose(a * k, b, rel_tol=1e-9, abs_tol=1e-9) for a, b in zip(nums, want)) for k in scales):
            problems.append(f"digits in {r['text']!r} give {nums}, gold says {want}")
    if not (isinstance(r["unit"], str) and r["unit"].strip()):
        problems.append(f"unit {r['unit']!r} is not a non-empty string")
    check_alts("qualifier", r["qualifier"], lambda v: v in QUALIFIERS, problems)
    check_alts("kind", r["kind"], lambda v: v in KINDS, problems)
    check_alts("planned", r["planned"], lambda v: isinstance(v, bool), problems)
    check_alts("region", r["region"], lambda v: isinstance(v, str), problems)
    check_alts("period", r["period"], lambda v: isinstance(v, str) and (v == "" or PERIOD.match(v)), problems)
    check_alts("indicator", r["indicator"], lambda v: isinstance(v, str) and v.strip(), problems)
    check_alts("category", r["category"], lambda v: v in CATEGORIES, problems)
    if "rank" in alts(r["kind"]) and r["unit"] != "位":
        problems.append("a rank must have unit 位")
    if r["unit"] == "百分点" and "growth" not in alts(r["kind"]):
        problems.append("个百分点 is a change: kind should allow growth")
    return problems


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    here = os.path.dirname(os.path.abspath(gold))
    texts, bad, rows = {}, 0, []
    with open(gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{gold}:{n}: not JSON: {exc}")
                bad += 1
                continue
            for p in check_record(r, texts, here):
                print(f"{gold}:{n}: {r.get('doc')} {r.get('text')!r}: {p}")
                bad += 1
            rows.append((n, r))
    last = {}
    for n, r in rows:
        d = r.get("doc")
        if d in last and isinstance(r.get("start"), int) and r["start"] < last[d]:
            print(f"{gold}:{n}: {d} span {r['start']} overlaps or precedes the previous record")
            bad += 1
        if isinstance(r.get("end"), int):
            last[d] = r["end"]
    docs = sorted({r["doc"] for _, r in rows if isinstance(r.get("doc"), str)})
    txts = sorted(x for x in os.listdir(here) if x.endswith(".txt"))
    for x in txts:
        if x not in docs:
            print(f"{x}: no gold records")
            bad += 1
    print(f"{len(rows)} records in {len(docs)} documents; {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
