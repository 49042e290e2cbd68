#!/usr/bin/env python3
"""Validate tests/reports2/gold.jsonl against the report texts beside it.

    python3 tests/reports2/check_gold.py [GOLD.jsonl]

Checks, for every record:
  - exactly the gold fields of records.md (doc, start, end, text, value,
    value_max, unit, qualifier, kind, planned, region, period, indicator,
    category; no `sentence`), `doc` a bare file name of a .txt next to the gold;
  - the decoded document's text[start:end] equals `text`, and the span does
    not cut a number in two (no digit right outside either end);
  - value / value_max are finite numbers, value_max > value when present;
  - the number written in `text` gives |value| (and value_max): Arabic digits
    (half- or full-width, line breaks inside a figure ignored) with 万/亿
    multipliers, a bare table cell under a header in 万元 (any power 10^0,
    10^4, 10^8 accepted for bare cells), Chinese numerals (三千二百万, 一百二十,
    两, 十几, 七成, 百分之二十, 三到五);
  - qualifier in {at_least, more_than, nearly, about, at_most} or null;
    kind in {level, growth, share, rank}; planned true/false/null; category
    from records.md; each may be a non-empty list of such values;
  - period null, "" or ISO 8601 (YYYY, YYYY-MM, or A/B of those), or a list;
  - region / indicator null, a string, or a non-empty list of strings;
  - rank records use unit 位, percentage points use 百分点, growth with a
    negative value only comes with kind growth;
  - per document: spans in text order and not overlapping; 20-40 records;
    700-1500 characters.
Exit status 0 if all holds, else 1 with one line per problem.
"""
import json
import math
import os
import re
import sys
import unicodedata

FIELDS = ["doc", "start", "end", "text", "value", "value_max", "unit", "qualifier",
          "kind", "planned", "region", "period", "indicator", "category"]
QUALIFIERS = {"at_least", "more_than", "nearly", "about", "at_most"}
KINDS = {"level", "growth", "share", "rank"}
CATEGORIES = {"rd_expenditure", "high_tech_industry", "high_tech_enterprise", "tech_sme",
              "rd_institution", "incubator", "talent", "innovation_voucher", "funding",
              "investment", "project", "patent", "tech_market", "enterprise", "facility",
              "economy", "other"}
ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?(/\d{4}(-(0[1-9]|1[0-2]))?)?$")
DIG = "0123456789０１２３４５６７８９"
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}


def cn_int(s):
    """Value of a Chinese numeral such as 三千二百万, 一百二十, 十, 百."""
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_SMALL:
            section += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit = 0, None
        else:
            raise ValueError(ch)
    return total + section + (digit or 0)


def written_values(text):
    """(low, high, exact_scale) read from a figure's text; None if unreadable."""
    t = unicodedata.normalize("NFKC", text).replace("\n", "").replace(" ", "")
    t = re.sub(r"^(约|近|超过|超|突破|不少于|不超过|最高)", "", t)
    if t.startswith("首位"):
        return 1, None, True
    t = re.sub(r"^[第前后]", "", t)
    m = re.match(r"^百分之(.+)$", t)
    if m:
        return cn_int(m.group(1)), None, True
    m = re.match(r"^([一二两三四五六七八九十]+)成", t)
    if m:
        return cn_int(m.group(1)) * 10, None, True
    m = re.match(r"^([一二两三四五六七八九])到([一二两三四五六七八九])", t)
    if m:
        return cn_int(m.group(1)), cn_int(m.group(2)), True
    m = re.match(r"^([零〇一二两三四五六七八九十百千万亿]+?)(几|余|多)?([万亿]?)[^\d零〇一二两三四五六七八九十百千万亿]*$", t)
    if m and not re.match(r"^\d", t):
        base = cn_int(m.group(1))
        return base * (CN_BIG.get(m.group(3), 1)), None, True
    m = re.match(r"^(-?\d+(?:\.\d+)?)(?:%?[~\-—至到](\d+(?:\.\d+)?))?", t)
    if not m:
        return None
    rest = t[m.end():].lstrip("余多%")
    scale, exact = 1, False
    for word, k in (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)):
        if rest.startswith(word):
            scale, exact = k, True
            break
    if m.end() == len(t):           # a bare table cell: the header gives the unit
        exact = False
    elif not exact:
        exact = True
    lo = abs(float(m.group(1))) * scale
    hi = float(m.group(2)) * scale if m.group(2) else None
    return lo, hi, exact


def alts(x):
    return x if isinstance(x, list) else [x]


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check_record(r, docs, problems):
    where = f"{r.get('doc')}[{r.get('start')}:{r.get('end')}] {r.get('text')!r}"

    def bad(msg):
        problems.append(f"{where}: {msg}")

    if list(r) != FIELDS:
        bad(f"fields {list(r)} are not {FIELDS}")
        return
    d = r["doc"]
    if "/" in d or d not in docs:
        bad("doc is not a .txt file beside the gold")
        return
    body = docs[d]
    s, e = r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(body)):
        bad("bad offsets")
        return
    if body[s:e] != r["text"]:
        bad(f"text[start:end] is {body[s:e]!r}")
    if s > 0 and body[s - 1] in DIG or e < len(body) and body[e] in DIG:
        bad("span cuts a number")
    v, vm = r["value"], r["value_max"]
    for name, x in (("value", v), ("value_max", vm)):
        if x is not None and not (isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)):
            bad(f"{name} is not a number")
            return
    if v is None:
        bad("value is null")
        return
    if vm is not None and not vm > v:
        bad("value_max is not above value")
    try:
        got = written_values(r["text"])
    except ValueError:
        got = None
    if got is None:
        bad("cannot read the number in text")
    else:
        lo, hi, exact = got
        scales = [1] if exact else [1, 10**4, 10**8]
        if not any(close(lo * k, abs(v)) for k in scales):
            bad(f"value {v} does not agree with the text ({lo})")
        if (hi is None) != (vm is None) or hi is not None and not close(hi, vm):
            bad(f"value_max {vm} does not agree with the text ({hi})")
    if not isinstance(r["unit"], str) or not r["unit"]:
        bad("unit must be a non-empty string")
    kinds = alts(r["kind"])
    if not all(k in KINDS for k in kinds):
        bad(f"kind {r['kind']!r}")
    if "rank" in kinds and r["unit"] != "位":
        bad("rank with unit other than 位")
    if "个百分点" in r["text"] and r["unit"] != "百分点":
        bad("percentage points must have unit 百分点")
    if v < 0 and "growth" not in kinds:
        bad("negative value outside kind growth")
    q = r["qualifier"]
    if q is not None and not all(x is None or x in QUALIFIERS for x in alts(q)):
        bad(f"qualifier {q!r}")
    p = r["planned"]
    if p is not None and not all(x is None or isinstance(x, bool) for x in alts(p)):
        bad(f"planned {p!r}")
    for name in ("region", "indicator"):
        x = r[name]
        if x is not None and (x == [] or not all(isinstance(y, str) for y in alts(x))):
            bad(f"{name} {x!r}")
    per = r["period"]
    if per is not None and (per == [] or not all(y == "" or isinstance(y, str) and ISO.match(y) for y in alts(per))):
        bad(f"period {per!r} is not ISO 8601")
    c = r["category"]
    if c is not None and (c == [] or not all(y in CATEGORIES for y in alts(c))):
        bad(f"category {c!r}")


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    here = os.path.dirname(os.path.abspath(gold))
    docs = {}
    for name in sorted(os.listdir(here)):
        if name.endswith(".txt"):
            with open(os.path.join(here, name), encoding="utf-8") as f:
                docs[name] = f.read()
    problems, rows = [], []
    with open(gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    problems.append(f"line {n}: not JSON: {e}")
    for r in rows:
        check_record(r, docs, problems)
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r.get("doc"), []).append(r)
    for d, body in docs.items():
        rs = by_doc.get(d, [])
        if not 20 <= len(rs) <= 40:
            problems.append(f"{d}: {len(rs)} records (want 20-40)")
        if not 700 <= len(body) <= 1500:
            problems.append(f"{d}: {len(body)} characters (want 700-1500)")
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{d}: records at {a['start']} and {b['start']} overlap or are out of order")
    for p in problems:
        print(p)
    print(f"{len(rows)} records in {len(by_doc)} documents; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
