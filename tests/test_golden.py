"""Reports against their gold: the seed, the three sets of reports written for testing
(tests/reports, tests/reports2, tests/reports3), and ../shared/corpus when it is present.

Scored by kjstats.evaluate, which applies the rules of ../shared/score.py (tests/test_eval.py
checks that both give the same figures): a prediction *finds* a gold figure when their spans
overlap in the same doc, *matches* it when value, value_max and unit also agree, and a
*record* is right when it matches and every scored attribute is right.
"""

from __future__ import annotations

import bisect
import itertools
import json
import pathlib

import pytest
import regex

import kjstats
from kjstats.evaluate import ATTRS, load_gold, score
from kjstats.readers import read_text_file

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORTS = ROOT / "tests" / "reports"
REPORTS2 = ROOT / "tests" / "reports2"
REPORTS3 = ROOT / "tests" / "reports3"
REPORTS4 = ROOT / "tests" / "reports4"
REPORTS5 = ROOT / "tests" / "reports5"
REPORTS6 = ROOT / "tests" / "reports6"
REPORTS7 = ROOT / "tests" / "reports7"
REPORTS8 = ROOT / "tests" / "reports8"
REPORTS9 = ROOT / "tests" / "reports9"
REPORTS10 = ROOT / "tests" / "reports10"
REPORTS11 = ROOT / "tests" / "reports11"
REPORTS12 = ROOT / "tests" / "reports12"
REPORTS13 = ROOT / "tests" / "reports13"
REPORTS14 = ROOT / "tests" / "reports14"
REPORTS15 = ROOT / "tests" / "reports15"
REPORTS16 = ROOT / "tests" / "reports16"
REPORTS17 = ROOT / "tests" / "reports17"
REPORTS18 = ROOT / "tests" / "reports18"
REPORTS19 = ROOT / "tests" / "reports19"
REPORTS20 = ROOT / "tests" / "reports20"
REPORTS21 = ROOT / "tests" / "reports21"
REPORTS22 = ROOT / "tests" / "reports22"
CORPUS = ROOT.parent / "shared" / "corpus"


def _score_folder(folder: pathlib.Path):
    gold = load_gold(folder / "gold.jsonl")
    pred = []
    for name in sorted({g["doc"] for g in gold}):
        text = read_text_file(str(folder / name))
        for r in kjstats.extract(text, doc=name):
            assert text[r.start : r.end] == r.text, f"{name}[{r.start}:{r.end}] is not {r.text!r}"
            pred.append(r)
    return score(gold, pred)


def _report(ev, limit=25) -> str:
    res = ev.summary
    lines = [f"gold {res['gold']}  predicted {res['pred']}"]
    for k in ("found", "matched", "records"):
        p, r, f = res[k]
        lines.append(f"{k:10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for a, (acc, n) in res["attrs"].items():
        lines.append(f"{a:10} {'-' if acc is None else f'{acc:.3f}'}  (n={n})")
    for m in ev.errors[:limit]:
        g, p = m.gold, m.pred
        gs = f"{g['doc']}[{g['start']}:{g['end']}] {g['text']} {g['value']} {g['unit']}" if g else "-"
        ps = (
            ""
            if p is None
            else (
                f" | pred {p.get('text')} {p.get('value')} {p.get('unit')} "
                + json.dumps({a: str(p.get(a)) for a in ATTRS}, ensure_ascii=False)
            )
        )
        lines.append(f"{m.kind:18} gold {gs}{ps}")
    return "\n".join(lines)


# (folder, matched F1 at least, records F1 at least): a ratchet, what each set measured at
# its last change, cut to three decimals (2026-12-08; the corpus at 0.997 / 0.932, first measured at 0.919 / 0.513), raised
# as the extractor improves and never set below a measurement.
FOLDERS = [
    pytest.param(SEEDS, 1.0, 1.0, id="seed"),
    pytest.param(REPORTS, 1.0, 0.976, id="reports"),
    pytest.param(REPORTS2, 0.998, 0.96, id="reports2"),
    pytest.param(REPORTS3, 0.997, 0.951, id="reports3"),
    pytest.param(REPORTS4, 0.998, 0.978, id="reports4"),  # first sight 0.986 / 0.949, 2026-12-06
    pytest.param(REPORTS5, 1.0, 0.92, id="reports5"),  # first sight 0.997 / 0.635, 2026-12-06
    pytest.param(REPORTS6, 0.994, 0.936, id="reports6"),  # first sight 0.995 / 0.593, 2026-12-06
    pytest.param(REPORTS7, 0.997, 0.939, id="reports7"),  # first sight 0.998 / 0.575, 2026-12-07
    pytest.param(REPORTS8, 0.992, 0.914, id="reports8"),  # first sight 0.993 / 0.822, 2026-12-07
    pytest.param(REPORTS9, 0.997, 0.896, id="reports9"),  # first sight 0.925 / 0.442, 2026-12-07
    pytest.param(REPORTS10, 0.994, 0.913, id="reports10"),  # first sight 0.987 / 0.876, 2026-12-07
    pytest.param(REPORTS11, 1.0, 0.905, id="reports11"),  # first sight 0.991 / 0.704, 2026-12-07
    pytest.param(REPORTS12, 0.997, 0.905, id="reports12"),  # first sight 0.921 / 0.581, 2026-12-07
    pytest.param(REPORTS13, 1.0, 0.937, id="reports13"),  # first sight 0.9948 / 0.8333, 2026-12-07
    pytest.param(REPORTS14, 0.997, 0.862, id="reports14"),  # first sight 0.9880 / 0.6313, 2026-12-07
    pytest.param(REPORTS15, 1.0, 0.877, id="reports15"),  # first sight 0.9955 / 0.6682, 2026-12-07
    pytest.param(REPORTS16, 0.997, 0.937, id="reports16"),  # first sight 0.9654 / 0.7898, 2026-12-07
    pytest.param(REPORTS17, 0.997, 0.901, id="reports17"),  # first sight 0.9972 / 0.7233, 2026-12-07
    pytest.param(REPORTS18, 1.0, 0.933, id="reports18"),  # first sight 0.9952 / 0.8902, 2026-12-07
    pytest.param(REPORTS19, 0.997, 0.83, id="reports19"),  # first sight 0.9634 / 0.7016, 2026-12-07
    pytest.param(REPORTS20, 0.994, 0.874, id="reports20"),  # first sight 0.9947 / 0.6957, 2026-12-08
    pytest.param(REPORTS21, 0.997, 0.863, id="reports21"),  # first sight 0.9971 / 0.7246, 2026-12-08
    pytest.param(REPORTS22, 0.977, 0.751, id="reports22"),  # first sight 0.8508 / 0.5231, 2026-12-08
    pytest.param(
        CORPUS,
        0.997,
        0.932,
        id="corpus",
        marks=pytest.mark.skipif(not (CORPUS / "gold.jsonl").is_file(), reason="../shared/corpus is not present"),
    ),
]


@pytest.mark.parametrize("folder,matched,records", FOLDERS)
def test_reports_against_gold(folder, matched, records):
    ev = _score_folder(folder)
    report = _report(ev, limit=60)
    assert ev.summary["matched"][2] >= matched, report
    assert ev.summary["records"][2] >= records, report


# The corpus as other typesetting gives the same reports: a space between Chinese and every
# number (as some web editors and PDFs set text), a page's number every 20 lines (text from a
# PDF), a web page's navigation, counters and buttons around the text, the prose cut into lines
# of 30 characters, years in Chinese numerals (二〇二三年: 0.9058 before folding read them as
# digits, 2026-12-06), curly quotes set straight (0.9066 before straight pairs were read as curly
# ones, 2026-12-06; a PDF's narrow page: 0.896 before a line cut after ； and a byline line as
# long as the others were read as such, 2026-12-04). The meaning is the
# same, so the records must be: each floor is what the corpus scores as it is, less 0.001
# (measured 2026-12-03: 0.991 / 0.885 for each, 0.991 / 0.892 with the corpus at 0.893, 0.994 / 0.893 with it at 0.9945 / 0.8934,
# 0.994 / 0.895 or more with it at 0.9945 / 0.8960, 0.9945 / 0.9062 each with it at 0.9945 / 0.9062; 0.9974 / 0.9192 each, pdf lines
# 0.9167, with it at 0.9974 / 0.9192 on 2026-12-06; before the typesetting was read as such,
# 0.954 / 0.775, 0.972 / 0.858 and 0.951 / 0.814).
SPACED = regex.compile(r"(?<=\p{Han})(?=[0-9])|(?<=[0-9%])(?=\p{Han})|(?<=[0-9])(?=%)")
WEB_TOP = "当前位置：首页 > 新闻中心 > 工作动态\n浏览次数：1528  字号：[大 中 小]  点击量：356次\n"
WEB_END = "\n\n【打印本页】【关闭窗口】\n分享到：微信 微博\n阅读量：2.3万次  点赞 12\n上一篇：关于开展科技政策宣讲活动的通知\n下一篇：市科技局召开2024年党风廉政建设工作会议\n"


def _wrap_points(text: str, width: int) -> list[int]:
    """Where a PDF's page of `width` characters a line cuts the prose lines (a table's rows,
    with their cells set apart by tabs, runs of spaces or bars, are laid out, not wrapped)."""
    points, at = [], 0
    for line in text.split("\n"):
        if not ("\t" in line or "|" in line or "  " in line.strip()):
            points += [at + k for k in range(width, len(line), width)]
        at += len(line) + 1
    return points


def _insertions(text: str, how: str) -> list[tuple[int, str]]:
    if how == "pdf lines":
        return [(at, "\n") for at in _wrap_points(text, 30)]
    if how == "spaces":
        return [(m.start(), " ") for m in SPACED.finditer(text)]
    if how == "page numbers":
        breaks = [i + 1 for i, c in enumerate(text) if c == "\n"]
        return [(b, f"- {k + 1} -\n") for k, b in enumerate(breaks[19::20])]
    return [(0, WEB_TOP), (len(text), WEB_END)]


def _straight_quotes(text: str) -> str:
    """text with its curly double quotes set straight, as many web pages and exports do."""
    return text.replace("\u201c", '"').replace("\u201d", '"')


ZH_DIGITS = "〇一二三四五六七八九"


def _chinese_years(text: str) -> str:
    """text with its years written in Chinese numerals (二〇二三年), as official documents date
    themselves."""
    return regex.sub(r"(?<![0-9.])((?:19|20)[0-9]{2})(?=年)", lambda m: "".join(ZH_DIGITS[int(c)] for c in m[1]), text)


def _typeset(text: str, how: str):
    """text with the insertions of `how`, and where an offset of text moved to."""
    inserts = _insertions(text, how)
    out, last = [], 0
    for at, s in inserts:
        out += [text[last:at], s]
        last = at
    out.append(text[last:])
    starts = [at for at, _ in inserts]
    sizes = list(itertools.accumulate(len(s) for _, s in inserts))

    def moved(pos: int) -> int:  # (an insertion at pos goes before the character at pos)
        k = bisect.bisect_right(starts, pos)
        return pos + (sizes[k - 1] if k else 0)

    return "".join(out), moved


@pytest.mark.skipif(not (CORPUS / "gold.jsonl").is_file(), reason="../shared/corpus is not present")
@pytest.mark.parametrize(
    "how,floor",
    [
        ("spaces", 0.918),
        ("page numbers", 0.918),
        ("web page", 0.918),
        ("pdf lines", 0.916),
        ("straight quotes", 0.918),
        ("chinese years", 0.919),
    ],
)
def test_the_corpus_typeset_otherwise_gives_the_same_records(how, floor):
    gold, pred = [], []
    by_doc: dict[str, list[dict]] = {}
    for g in load_gold(CORPUS / "gold.jsonl"):
        by_doc.setdefault(g["doc"], []).append(g)
    for name, records in sorted(by_doc.items()):
        text = read_text_file(str(CORPUS / name))
        if how in ("straight quotes", "chinese years"):  # one for one: no offset moves
            text, moved = (_straight_quotes if how == "straight quotes" else _chinese_years)(text), (lambda pos: pos)
        else:
            text, moved = _typeset(text, how)
        for g in records:
            start, end = moved(g["start"]), moved(g["end"] - 1) + 1
            gold.append({**g, "start": start, "end": end, "text": text[start:end]})
        pred += kjstats.extract(text, doc=name)
    ev = score(gold, pred)
    assert ev.summary["matched"][2] >= 0.99, _report(ev, limit=40)
    assert ev.summary["records"][2] >= floor, _report(ev, limit=40)
