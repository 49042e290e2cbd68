"""What the blind-written sets' build_gold.py scripts share (tests/reports17-22): the allowed field
values of shared/records.md, the record's fields in order, the figures' locating and self-checks,
and the build loop. Each script keeps its annotations, its tables (CODES, PREV, NOT_INDICATORS,
CONSISTENCY) and what differs between sets and passes them to `build` (reports17, 18: their own
Chinese-numeral reader, field checks and list of numbers that are no figures) or to `write_gold`
(reports19-22: the shared reader `cn_number`, checks `validate` and `uncovered` below)."""

import json
import re
import sys
import unicodedata
from decimal import Decimal

import check_gold

MULT = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
NUM = re.compile(r"-?\d+(?:\.\d+)?")

# the allowed values of shared/records.md, as tests/check_gold.py reads them, and the measure ids
KINDS = check_gold.KINDS
QUALS = {None, *check_gold.QUALIFIERS}
CATS = check_gold.CATEGORIES
MEASURES = {
    "",
    "rd_spend",
    "rd_intensity",
    "rd_spend_enterprise",
    "rd_intensity_enterprise",
    "rd_spend_basic",
    "rd_personnel",
    "fiscal_st_spend",
    "hti_output",
    "hti_value_added",
    "hti_investment",
    "hte_count",
    "hte_new",
    "tsme_count",
    "tech_contract_value",
    "tech_contract_value_absorbed",
    "tech_contract_count",
    "patent_applications",
    "patent_grants",
    "invention_patent_applications",
    "invention_patent_grants",
    "invention_patents_held",
    "invention_patents_per_10k",
    "incubators",
    "maker_spaces",
    "rd_institutions",
    "voucher_issued",
    "voucher_used",
    "gdp",
    "innovation_rank",
}


PERIOD = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2]))?(/\d{4}(-(0[1-9]|1[0-2]))?)?)?$")


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
    "measure",
    "region_code",
]


def V(num, mult=""):
    d = Decimal(num) * MULT[mult]
    return int(d) if d == d.to_integral_value() else float(d)


def as_list(x):
    return x if isinstance(x, list) else [x]


def pct(a, b, nd=1):
    """a / b in percent, rounded half-up to nd decimals."""
    q = Decimal(1).scaleb(-nd)
    return (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding="ROUND_HALF_UP")


def growth(new, old, nd=1):
    return pct(Decimal(str(new)) - Decimal(str(old)), old, nd)


def rnd(x, nd=1):
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding="ROUND_HALF_UP")


def cagr(new, old, years, nd=1):
    """average annual growth in percent, rounded half-up"""
    r = (float(new) / float(old)) ** (1 / years) - 1
    return rnd(Decimal(repr(r * 100)), nd)


def times(new, old, nd=1):
    """new / old as a multiple, rounded half-up to nd decimals (是…的X倍)."""
    return rnd(Decimal(str(new)) / Decimal(str(old)), nd)


def code_of(region, codes):
    """The GB/T 2260 code of a region (a name or a list of acceptable names) from `codes`: one
    code, or a list when the names are different units, None when the region is not scored."""
    if region is None:
        return None
    names = region if isinstance(region, list) else [region]
    found = []
    for n in names:
        c = "" if n is None else codes.get(n, "")
        if c not in found:
            found.append(c)
    return found[0] if len(found) == 1 else found


def table_rows(text, name, tb):
    """{lead: (line, offset, lead length)} of a table's rows, after checking
    its layout: the title is once a line, the header lines follow it, every
    row starts with its lead and the separator and holds exactly the listed
    numbers after it, and a blank line follows the last row."""
    lines = text.split("\n")
    if lines.count(tb["title"]) != 1:
        sys.exit(f"{name}: table title {tb['title']!r} is not once a line")
    i = lines.index(tb["title"]) + 1
    for h in tb["head"]:
        if lines[i] != h:
            sys.exit(f"{name}: table header line is {lines[i]!r}")
        i += 1
    out = {}
    for k, (label, cells) in enumerate(tb["rows"]):
        ln = lines[i + k]
        lead = label + tb["sep"]
        if not ln.startswith(lead) or [m.group() for m in NUM.finditer(ln, len(lead))] != cells:
            sys.exit(f"{name}: table row {k} is {ln!r}")
        if sum(x.startswith(lead) for x in lines) != 1:
            sys.exit(f"{name}: row lead {label!r} starts more than one line")
        out[label] = (ln, sum(len(x) + 1 for x in lines[: i + k]), len(lead))
    if lines[i + len(tb["rows"])] != "":
        sys.exit(f"{name}: the table does not end after its last row")
    return out


def locate(text, name, r, rows):
    """(start, end) of a record's figure in its document."""
    a, fig = r["anchor"], r["fig"]
    if "cell" in r:
        line, off, skip = rows[a]
        cells = list(NUM.finditer(line, skip))
        k = r["cell"]
        if cells[k].group() != fig:
            sys.exit(f"{name}: row {a!r} cell {k} is not {fig!r}")
        return off + cells[k].start(), off + cells[k].end()
    n = text.count(a)
    if n != 1:
        sys.exit(f"{name}: anchor {a!r} occurs {n} times")
    i = text.index(a)
    if a.count(fig) != 1:
        sys.exit(f"{name}: figure {fig!r} is not once in anchor {a!r}")
    start = i + a.index(fig)
    return start, start + len(fig)


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("[" + "".join(CN_DIGIT) + "".join(CN_UNIT) + "点万]+")


def cn_number(t):
    """a Chinese numeral (五十六, 一百二十七, 一点二万, 八, 一万四千五百) as a Decimal (the reader of
    reports19-22; reports17 and 18 pass their own to `written_value`)"""
    if "万" in t[:-1]:
        high, _, low = t.partition("万")
        return cn_number(high) * 10**4 + (cn_number(low) if low else 0)
    big = 1
    if t.endswith("万"):
        t, big = t[:-1], 10**4
    whole, _, frac = t.partition("点")
    total, digit = 0, None
    for c in whole:
        if c in CN_DIGIT:
            digit = CN_DIGIT[c]
        elif c in CN_UNIT:
            total += (1 if digit is None else digit) * CN_UNIT[c]
            digit = None
        else:
            raise ValueError(t)
    n = Decimal(total + (digit or 0))
    if frac:
        n += Decimal("0." + "".join(str(CN_DIGIT[c]) for c in frac))
    return n * big


def written_value(r, cn_number=cn_number, cn_run=CN_RUN):
    """(|value|, value_max) as the figure's text writes it: NFKC-folded,
    whitespace ignored, a range `1-2家` giving both ends, Chinese numerals
    read (点, 万, 成 = 10 %, 首位 = 1), 余/多 skipped, 万/亿 folded in."""
    t = unicodedata.normalize("NFKC", r["fig"])
    t = re.sub(r"\s", "", t).replace(",", "")
    nums = list(re.finditer(r"\d+(?:\.\d+)?", t))
    if nums:
        m = nums[0]
        n, rest = Decimal(m.group()), t[m.end() :]
        hi = None
        if len(nums) == 2 and rest.startswith("-"):
            hi, rest = Decimal(nums[1].group()), t[nums[1].end() :]
        elif len(nums) > 1:
            sys.exit(f"more than one number in {t!r}")
    elif t == "首位":
        return Decimal(1), None
    else:
        run = cn_run.search(t)
        if not run:
            sys.exit(f"no number in {t!r}")
        n, rest, hi = cn_number(run.group()), t[run.end() :], None
        if rest.startswith("成"):
            n *= 10
    rest = rest.lstrip("余多")
    mult = next((w for w in ("万亿", "亿", "万") if rest.startswith(w)), "")
    return n * MULT[mult], (None if hi is None else hi * MULT[mult])


def written_scaled(r):
    """(|value|, value_max) as written (`written_value`), a bare table cell multiplied by the unit
    its table's header gives (the record's `scale`: 万 or 亿)."""
    n, hi = written_value(r)
    k = MULT[r.get("scale", "")]
    return n * k, (None if hi is None else hi * k)


def build(here, docs, tables, codes, written_value, validate, uncovered):
    """The gold records of the documents `docs` (in folder `here`), checked: every figure located
    once, written as its value says (`written_value(r)` gives (|value|, value_max) or |value|),
    cutting no number, valid (`validate`), no Arabic number left out (`uncovered`), no overlap."""
    out = []
    for name, spec in docs.items():
        text = (here / name).read_text(encoding="utf-8")
        rows = table_rows(text, name, tables[name]) if name in tables else {}
        seen = set()
        for r in spec["recs"]:
            start, end = locate(text, name, r, rows)
            if (start, end) in seen:
                sys.exit(f"{name}: duplicate span {r['fig']!r}")
            seen.add((start, end))
            got = written_value(r)
            got, got_max = got if isinstance(got, tuple) else (got, None)
            want_max = r.get("value_max")
            if got != abs(Decimal(str(r["value"]))) or (got_max != (None if want_max is None else Decimal(want_max))):
                sys.exit(f"{name}: {r['fig']!r} is written {got} / {got_max}, value {r['value']} / {want_max}")
            if re.search(r"\d([.,])?$", text[max(0, start - 2) : start]) or re.search(
                r"^([.,])?\d", text[end : end + 2]
            ):
                sys.exit(f"{name}: {r['fig']!r} cuts a number")
            g = {**spec["defaults"]}
            for k in ("region", "period", "category"):
                if k in r:
                    g[k] = r[k]
            rec = {
                "doc": name,
                "start": start,
                "end": end,
                "text": text[start:end],
                "value": r["value"],
                "value_max": r.get("value_max"),
                "unit": r["unit"],
                "qualifier": r.get("qualifier"),
                "kind": r["kind"],
                "planned": r.get("planned"),
                "region": g["region"],
                "period": g["period"],
                "indicator": r["indicator"],
                "category": g["category"],
                "measure": r["measure"],
                "region_code": code_of(g["region"], codes),
            }
            assert list(rec) == FIELDS and rec["text"] == r["fig"]
            validate(rec, text)
            out.append(rec)
        left = uncovered(text, name, sorted(seen))
        if left:
            sys.exit(f"{name}: numbers neither annotated nor listed as non-indicators: {left}")
    out.sort(key=lambda g: (g["doc"], g["start"]))
    for a, b in zip(out, out[1:]):
        if a["doc"] == b["doc"] and b["start"] < a["end"]:
            sys.exit(f"{a['doc']}: spans {a['text']!r} and {b['text']!r} overlap")
    return out


def doc(docs, name, region, period, category):
    """Add document `name` to `docs` with the region, period and category its records take unless
    they say otherwise; returns the list its records (`R`) go to."""
    docs[name] = {"defaults": dict(region=region, period=period, category=category), "recs": []}
    return docs[name]["recs"]


def R(recs, anchor, fig, value, unit, kind, indicator, measure, **kw):
    """Add a record to `recs`: figure `fig`, once inside `anchor`, with its fields."""
    recs.append(
        dict(anchor=anchor, fig=fig, value=value, unit=unit, kind=kind, indicator=indicator, measure=measure, **kw)
    )


def date_line(stamp, reason="date line"):
    """NOT_INDICATORS entries for every number of a `2022-06-28 10:15` stamp."""
    return [(stamp, n, reason) for n in dict.fromkeys(re.findall(r"\d+", stamp))]


def uncovered(text, name, spans, not_indicators, year):
    """Arabic numbers in `text` that lie in no record span, are no year before
    年 (`year`) and are not listed in `not_indicators` (a check that no figure was forgotten). Where
    the listed number occurs more than once in its anchor, every occurrence is allowed."""
    allowed = []
    for a, num, _reason in not_indicators.get(name, []):
        if text.count(a) != 1:
            sys.exit(f"{name}: NOT_INDICATORS anchor {a!r} occurs {text.count(a)} times")
        i = text.index(a)
        hits = [m for m in re.finditer(r"\d+(?:\.\d+)?", a) if m.group() == num]
        if not hits:
            sys.exit(f"{name}: {num!r} is not in NOT_INDICATORS anchor {a!r}")
        allowed += [(i + h.start(), i + h.end()) for h in hits]
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in spans) or (s, e) in allowed or year.match(text, s):
            continue
        out.append(m.group() + " @" + str(s))
    return out


def validate(rec, text, codes, points="个百分点"):
    """Exit unless the record's fields take allowed values: text is its slice of the document; kind,
    qualifier, category, measure, period and planned are allowed values; region_code is six digits
    and one of `codes`; a rank is in 位, a 百分点 figure is a growth and a text matching `points`
    (a regex) is in 百分点; value is a number, negative only for a growth, below value_max."""
    where = f"{rec['doc']} {rec['text']!r}"
    bad = []
    if text[rec["start"] : rec["end"]] != rec["text"]:
        bad.append("text != slice")
    if not all(k in KINDS for k in as_list(rec["kind"])):
        bad.append("kind")
    if not all(q in QUALS for q in as_list(rec["qualifier"])):
        bad.append("qualifier")
    if not all(c in CATS for c in as_list(rec["category"])):
        bad.append("category")
    if not all(m in MEASURES for m in as_list(rec["measure"])):
        bad.append("measure")
    if not all(p is None or PERIOD.match(p) for p in as_list(rec["period"])):
        bad.append("period")
    if not all(p in (True, False, None) for p in as_list(rec["planned"])):
        bad.append("planned")
    if not all(c in ("", None) or re.fullmatch(r"\d{6}", c) for c in as_list(rec["region_code"])):
        bad.append("region_code")
    if not all(c in ("", None) or c in codes.values() for c in as_list(rec["region_code"])):
        bad.append("region_code not in CODES")
    if "rank" in as_list(rec["kind"]) and rec["unit"] != "位":
        bad.append("rank unit")
    if rec["unit"] == "百分点" and "growth" not in as_list(rec["kind"]):
        bad.append("百分点 kind")
    if re.search(points, rec["text"]) and rec["unit"] != "百分点":
        bad.append("个百分点 unit")
    if not isinstance(rec["value"], (int, float)):
        bad.append("value")
    if isinstance(rec["value"], (int, float)) and rec["value"] < 0 and "growth" not in as_list(rec["kind"]):
        bad.append("negative value kind")
    if rec["value_max"] is not None and not rec["value_max"] > rec["value"]:
        bad.append("value_max")
    if bad:
        sys.exit(f"{where}: bad {', '.join(bad)}")


def write_gold(here, docs, tables, codes, not_indicators, year, consistency, written=written_value, points="个百分点"):
    """Exit unless every (computed, printed) pair of `consistency` agrees, then print the checked gold
    records of `docs` (`build` with `validate` and `uncovered` above) as JSON lines. `written` reads
    a figure's value from its text; `points` is the regex of the 个百分点 check."""
    for i, (got, want) in enumerate(consistency):
        if got != want:
            sys.exit(f"consistency check {i}: computed {got}, text says {want}")
    recs = build(
        here,
        docs,
        tables,
        codes,
        written,
        lambda rec, text: validate(rec, text, codes, points),
        lambda text, name, spans: uncovered(text, name, spans, not_indicators, year),
    )
    for g in recs:
        print(json.dumps(g, ensure_ascii=False))
