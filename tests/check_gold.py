#!/usr/bin/env python3
"""Check a folder's hand-written gold records against the report texts beside them.

    python3 tests/check_gold.py tests/reports2      # or tests/reports, tests/reports3

The folder holds `gold.jsonl` (one record per line, the fields of records.md,
no `sentence`) and the `*.txt` reports it annotates.  Prints one line per
problem, then a summary line; exits 1 if there is any problem, else 0.

Checks, per record:
  * the line is a JSON object with exactly the gold fields, in records.md order
    (then measure and region_code, when the set gives them);
  * `doc` is the bare name of a .txt file in the folder;
  * `start`/`end` are valid offsets, document[start:end] == `text`, and no
    digit (half- or full-width) touches either end of the span;
  * `value` is a finite number, `value_max` null or a finite number above it;
  * the figure written in `text` gives |value| and value_max exactly: Arabic
    digits (full-width, line breaks inside a figure, 万/萬/亿/億/万亿, ranges
    such as 300万—500万元) or Chinese numerals (三千二百万, 十几, 两, 一点二亿,
    七成, 一成五, 百分之二十, 四分之一, 三到五, 第二, 首位); a bare table cell in
    money (元, 美元, …) may take a header multiplier (×10^4, ×10^8); a written minus sign
    needs a negative value;
  * `unit` is a non-empty base unit (no 万/亿/千 left in it);
  * qualifier, kind, planned, region, period, indicator, category are of the
    allowed form: a value, a non-empty list of values (any is accepted), or
    null (not scored; none/false for qualifier and planned); kind is never
    null, and a null inside a list ("empty is also acceptable") only for
    qualifier, planned, region and period;
  * periods are ISO 8601: YYYY, YYYY-MM, or A/B of those;
  * a rank has unit 位; 个百分点 has unit 百分点, and unit 百分点 is a change
    (kind allows growth); a negative value is a change (kind allows growth).
Per document: spans in text order without overlap; every .txt has records;
length and record count within the bounds its folder was written to.
"""

import json
import math
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

FIELDS = [
    "doc",
    "start",
    "end",
    "text",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "kind",
    "planned",
    "region",
    "period",
    "indicator",
    "category",
]
# records.md's fields a gold set may add after these (the corpus gold gives measure)
OPTIONAL = ["measure", "region_code"]
QUALIFIERS = {"at_least", "more_than", "nearly", "about", "at_most"}
KINDS = {"level", "growth", "share", "rank"}
CATEGORIES = {
    "rd_expenditure",
    "high_tech_industry",
    "high_tech_enterprise",
    "tech_sme",
    "rd_institution",
    "incubator",
    "talent",
    "innovation_voucher",
    "funding",
    "investment",
    "project",
    "patent",
    "tech_market",
    "enterprise",
    "facility",
    "economy",
    "other",
}
# ISO 8601 as records.md uses it: a year, a month (01-12), or an interval of those.
PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?(/\d{4}(-(0[1-9]|1[0-2]))?)?$")
DIGITS = set("0123456789０１２３４５６７８９")

# (min chars, max chars, min records, max records) per document: the sizes each
# set was written to (reports, reports3: their README; reports2: its first
# checker), keyed by folder name; any other folder gets the widest of them.
BOUNDS = {"reports": (600, 1500, 20, 41), "reports2": (700, 1500, 20, 40), "reports3": (600, 1200, 20, 35)}
DEFAULT_BOUNDS = (600, 1500, 20, 41)

MULT = [("万亿", 10**12), ("亿", 10**8), ("万", 10**4)]
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
CN = "零〇一二两三四五六七八九十百千万亿点"
PREFIX = re.compile(r"^(大约|约|将近|接近|近|超过|超|突破|不少于|不低于|不超过|最高)")


def normalize(text):
    """Full-width to half-width, traditional 萬億個點 to simplified, and no line
    breaks or spaces (PDF text breaks lines inside figures: 15⏎7家)."""
    t = unicodedata.normalize("NFKC", text)
    t = t.translate(str.maketrans("萬億個點", "万亿个点"))
    return re.sub(r"\s", "", t)


def cn_number(s):
    """Value of a Chinese numeral: 三千二百万, 一百二十, 十, 百, 一点二."""
    whole, _, frac = s.partition("点")
    total, section, digit = 0, 0, None
    for ch in whole:
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
    n = Decimal(total + section + (digit or 0))
    if frac:
        if any(ch not in CN_DIGIT for ch in frac):
            raise ValueError(frac)
        n += Decimal("0." + "".join(str(CN_DIGIT[ch]) for ch in frac))
    return n


def arabic_values(t):
    """Every Arabic number in normalized `t`, scaled by the multiplier after it."""
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", t):
        rest = t[m.end() :].lstrip("余多")
        scale = next((k for w, k in MULT if rest.startswith(w)), 1)
        out.append([Decimal(m.group()), scale])
    # "3~5亿元": the first number of a range shares the second's multiplier
    if len(out) == 2 and out[0][1] == 1 and out[1][1] != 1:
        out[0][1] = out[1][1]
    return [v * k for v, k in out]


def chinese_values(t):
    """[low] or [low, high] read from a figure written in Chinese numerals;
    None if the text is not one of the known forms."""
    t = PREFIX.sub("", t)
    if t.startswith(("首位", "榜首", "之首")):
        return [Decimal(1)]
    t = re.sub(r"^[第前后]", "", t)
    m = re.match(rf"^百分之([{CN}]+)", t)  # 百分之二十, 百分之八点六
    if m:
        return [cn_number(m.group(1))]
    m = re.match(r"^([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)", t)
    if m:  # 四分之一 -> 25 (%)
        return [cn_number(m.group(2)) * 100 / cn_number(m.group(1))]
    m = re.match(r"^([一二两三四五六七八九十]+)成([一二三四五六七八九]?)", t)
    if m:  # 七成 -> 70, 一成五 -> 15
        return [cn_number(m.group(1)) * 10 + (cn_number(m.group(2)) if m.group(2) else 0)]
    m = re.match(r"^([一二两三四五六七八九])到([一二两三四五六七八九])", t)
    if m:  # 三到五项
        return [cn_number(m.group(1)), cn_number(m.group(2))]
    m = re.match(rf"^([{CN}]+?)(几|余|多)?([万亿]?)[^\d{CN}]*$", t)
    if m:  # 三千二百万元, 百余家, 十几项
        return [cn_number(m.group(1)) * CN_BIG.get(m.group(3), 1)]
    return None


def alts(x):
    return x if isinstance(x, list) else [x]


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def check_field(name, x, ok, null_inside, bad):
    """A field is null, a valid value, or a non-empty list of valid values; a
    null inside a list ("empty is also acceptable") only where null_inside."""
    if x is None:
        return
    if x == []:
        bad(f"{name} is an empty list")
        return
    for v in alts(x):
        if v is None and isinstance(x, list) and null_inside:
            continue
        if not ok(v):
            bad(f"{name} has a bad value {v!r}")


def check_value(r, bad):
    """The figure written in `text` must give |value| and value_max."""
    v, vm, t = r["value"], r["value_max"], normalize(r["text"])
    want = [abs(Decimal(str(v)))] + ([Decimal(str(vm))] if vm is not None else [])
    if any(c.isdigit() for c in t):
        got = arabic_values(t)
        # a bare table cell takes its multiplier from the column header
        # ("成交额(万元)"); only money cells in the gold have one
        bare = re.fullmatch(r"[-+]?\d+(?:\.\d+)?", t)
        scales = (1, 10**4, 10**8) if bare and r["unit"] in ("元", "美元", "欧元", "港元", "日元", "英镑") else (1,)
        if t.startswith("-") and v >= 0:
            bad(f"text {r['text']!r} is negative, value {v} is not")
    else:
        try:
            got = chinese_values(t)
        except (ValueError, InvalidOperation):
            got = None
        if got is None:
            bad("cannot read the number in text")
            return
        scales = (1,)
    if len(got) != len(want) or not any(all(a * k == b for a, b in zip(got, want)) for k in scales):
        bad(f"text {r['text']!r} gives {[str(g) for g in got]}, gold says {[str(w) for w in want]}")


def check_record(r, texts, bad):
    extra = list(r)[len(FIELDS) :] if isinstance(r, dict) else []
    if not isinstance(r, dict) or list(r)[: len(FIELDS)] != FIELDS or extra != [f for f in OPTIONAL if f in extra]:
        bad(f"fields {list(r) if isinstance(r, dict) else r!r} are not {FIELDS} (then, optionally, {OPTIONAL})")
        return
    for f in extra:
        for v in r[f] if isinstance(r[f], list) else [r[f]]:
            if not isinstance(v, str) or (f == "region_code" and v and not (len(v) == 6 and v.isdigit())):
                bad(f"{f} {v!r} is not a string" + (" of six digits" if f == "region_code" else ""))
    doc = r["doc"]
    if not isinstance(doc, str) or "/" in doc or doc not in texts:
        bad(f"doc {doc!r} is not a .txt file in the folder")
        return
    t = texts[doc]
    s, e = r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
        bad(f"bad span {s!r}:{e!r}")
        return
    if t[s:e] != r["text"]:
        bad(f"document[{s}:{e}] is {t[s:e]!r}")
    # a span must take the whole number: no digit right outside it
    if s > 0 and t[s - 1] in DIGITS or e < len(t) and t[e] in DIGITS:
        bad("span cuts a number")

    v, vm = r["value"], r["value_max"]
    if not is_num(v):
        bad(f"value {v!r} is not a number")
    if vm is not None and not (is_num(vm) and is_num(v) and vm > v):
        bad(f"value_max {vm!r} is not a number above value")
    if is_num(v) and (vm is None or is_num(vm)):
        check_value(r, bad)

    # records.md: a base unit, multipliers folded into value
    unit = r["unit"]
    if not (isinstance(unit, str) and unit.strip()) or re.search(r"[万亿千萬億]", unit or ""):
        bad(f"unit {unit!r} is not a non-empty base unit")
    # kind is always scored: never null; kind/category/indicator have no
    # "empty" value, so no null inside their lists either
    if r["kind"] is None:
        bad("kind is null")
    check_field("kind", r["kind"], lambda x: x in KINDS, False, bad)
    check_field("qualifier", r["qualifier"], lambda x: x in QUALIFIERS, True, bad)
    check_field("planned", r["planned"], lambda x: isinstance(x, bool), True, bad)
    check_field("region", r["region"], lambda x: isinstance(x, str), True, bad)
    check_field("period", r["period"], lambda x: isinstance(x, str) and (x == "" or PERIOD.match(x)), True, bad)
    check_field("indicator", r["indicator"], lambda x: isinstance(x, str) and x.strip(), False, bad)
    check_field("category", r["category"], lambda x: x in CATEGORIES, False, bad)

    # conventions of records.md that tie fields together
    kinds = alts(r["kind"])
    if "rank" in kinds and unit != "位":
        bad("a rank must have unit 位")
    if "个百分点" in normalize(r["text"]) and unit != "百分点":
        bad("个百分点 must have unit 百分点")
    if unit == "百分点" and "growth" not in kinds:
        bad("百分点 is a change: kind should allow growth")
    if is_num(v) and v < 0 and "growth" not in kinds:
        bad("a negative value is a change: kind should allow growth")


def main(argv):
    if len(argv) != 2:
        print("usage: python3 tests/check_gold.py FOLDER", file=sys.stderr)
        return 2
    folder = argv[1]
    gold = folder if os.path.isfile(folder) else os.path.join(folder, "gold.jsonl")
    folder = os.path.dirname(os.path.abspath(gold))
    texts = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts[name] = f.read()
    problems, rows = [], []
    with open(gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{gold}:{n}: not JSON: {exc}")
                continue
            where = f"{gold}:{n}"
            if isinstance(r, dict):
                where += f": {r.get('doc')} {r.get('text')!r}"
            check_record(r, texts, lambda msg, where=where: problems.append(f"{where}: {msg}"))
            if isinstance(r, dict):
                rows.append((n, r))

    # spans of one document in text order and not overlapping
    by_doc = {}
    for n, r in rows:
        by_doc.setdefault(r.get("doc"), []).append((n, r))
    for d, rs in by_doc.items():
        for (_, a), (n, b) in zip(rs, rs[1:]):
            if all(isinstance(x, int) for x in (a.get("end"), b.get("start"))) and b["start"] < a["end"]:
                problems.append(
                    f"{gold}:{n}: {d} span at {b['start']} overlaps or precedes the previous record (ends {a['end']})"
                )
    # every text is annotated, within the folder's size bounds
    lo_c, hi_c, lo_r, hi_r = BOUNDS.get(os.path.basename(folder), DEFAULT_BOUNDS)
    for d, body in texts.items():
        k = len(by_doc.get(d, []))
        if k == 0:
            problems.append(f"{d}: no gold records")
        elif not lo_r <= k <= hi_r:
            problems.append(f"{d}: {k} records (want {lo_r}-{hi_r})")
        if not lo_c <= len(body) <= hi_c:
            problems.append(f"{d}: {len(body)} characters (want {lo_c}-{hi_c})")
    for p in problems:
        print(p)
    print(f"{len(rows)} records in {len(by_doc)} documents; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
