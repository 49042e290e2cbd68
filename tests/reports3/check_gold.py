#!/usr/bin/env python3
"""Check tests/reports3/gold.jsonl against its documents and the record format.

    python3 check_gold.py [GOLD]

Checks: every line is JSON with exactly the gold fields; doc is a file name
next to this script; text == document[start:end]; spans do not overlap;
value/value_max are numbers (value_max null or > value); unit is non-empty;
qualifier, kind, planned, region, period, indicator, category have the
allowed forms (a list means "any of these"; null means unscored, or for
qualifier/planned "none"/false); for plain Arabic figures the value equals
the number in the text times its multiplier (table cells in 元 take their
multiplier from the column header and are not checked). Exits 1 on any error.
"""
import json
import pathlib
import re
import sys
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = ["doc", "start", "end", "text", "value", "value_max", "unit", "qualifier", "kind",
          "planned", "region", "period", "indicator", "category"]
QUALIFIERS = {"at_least", "more_than", "nearly", "about", "at_most"}
KINDS = {"level", "growth", "share", "rank"}
CATEGORIES = {"rd_expenditure", "high_tech_industry", "high_tech_enterprise", "tech_sme", "rd_institution",
              "incubator", "talent", "innovation_voucher", "funding", "investment", "project", "patent",
              "tech_market", "enterprise", "facility", "economy", "other"}
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
MULT = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
ARABIC = re.compile(r"^(?:不少于|超过)?(-?\d+(?:\.\d+)?)\s*(万亿|万|亿)?")


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.jsonl"
    errs = []
    texts = {}
    spans = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{where}: not JSON: {e}")
            continue
        if list(g) != FIELDS:
            errs.append(f"{where}: fields {list(g)} != {FIELDS}")
            continue
        doc = g["doc"]
        if "/" in doc or not (HERE / doc).is_file():
            errs.append(f"{where}: doc {doc!r} is not a file name next to the gold")
            continue
        t = texts.setdefault(doc, (HERE / doc).read_text(encoding="utf-8"))
        s, e = g["start"], g["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            errs.append(f"{where}: bad span {s}..{e}")
            continue
        if t[s:e] != g["text"]:
            errs.append(f"{where}: text {g['text']!r} != document[{s}:{e}] {t[s:e]!r}")
        for a, b in spans.get(doc, []):
            if s < b and a < e:
                errs.append(f"{where}: span {s}..{e} overlaps {a}..{b}")
        spans.setdefault(doc, []).append((s, e))
        v, vm = g["value"], g["value_max"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            errs.append(f"{where}: value {v!r} is not a number")
        if vm is not None and (isinstance(vm, bool) or not isinstance(vm, (int, float)) or vm <= v):
            errs.append(f"{where}: value_max {vm!r} must be null or a number above value")
        if not isinstance(g["unit"], str) or not g["unit"] or re.search(r"[万亿千]", g["unit"]):
            errs.append(f"{where}: unit {g['unit']!r} must be a base unit")
        for q in alts(g["qualifier"]):
            if q is not None and q not in QUALIFIERS and q != "":
                errs.append(f"{where}: qualifier {q!r}")
        for k in alts(g["kind"]):
            if k not in KINDS:
                errs.append(f"{where}: kind {k!r}")
        for p in alts(g["planned"]):
            if p not in (True, False, None):
                errs.append(f"{where}: planned {p!r}")
        if g["region"] is not None:
            for r in alts(g["region"]):
                if not isinstance(r, str):
                    errs.append(f"{where}: region {r!r}")
        if g["period"] is not None:
            for p in alts(g["period"]):
                if not (isinstance(p, str) and (p == "" or PERIOD.match(p))):
                    errs.append(f"{where}: period {p!r} is not ISO 8601")
        for i in alts(g["indicator"]):
            if not isinstance(i, str) or not i:
                errs.append(f"{where}: indicator {i!r}")
        for c in alts(g["category"]):
            if c not in CATEGORIES:
                errs.append(f"{where}: category {c!r}")
        m = ARABIC.match(g["text"])
        bare_cell = re.fullmatch(r"-?\d+(?:\.\d+)?", g["text"]) and g["unit"] == "元"  # table cell, multiplier in header
        if m and g["unit"] not in ("位",) and not bare_cell:
            want = Decimal(m.group(1)) * MULT[m.group(2) or ""]
            got = Decimal(str(v))
            if g["unit"] == "百分点" or g["kind"] == "growth" or (isinstance(g["kind"], list) and "growth" in g["kind"]):
                ok = abs(got) == abs(want)
            else:
                ok = got == want
            if not ok:
                errs.append(f"{where}: value {v} does not fit text {g['text']!r}")
    for doc, t in texts.items():
        n = len(spans[doc])
        if not 600 <= len(t) <= 1200:
            errs.append(f"{doc}: {len(t)} characters, want 600-1200")
        if not 20 <= n <= 35:
            errs.append(f"{doc}: {n} records, want 20-35")
    for f in sorted(HERE.glob("t0*.txt")):
        if f.name not in texts:
            errs.append(f"{f.name}: no gold records")
    for e in errs:
        print(e)
    total = sum(len(v) for v in spans.values())
    print(f"{path.name}: {total} records in {len(texts)} documents, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
