"""kjstats eval: the figures of ../shared/score.py, from the same rules, on the seed, the corpus
and small hand-made gold files."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

import kjstats.cli
from kjstats import extract
from kjstats.cli import cli
from kjstats.evaluate import (
    ATTRS,
    GoldError,
    attr_ok,
    doc_key,
    indicator_ok,
    load_gold,
    parse_gold,
    record_dict,
    score,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_a87d58a2556ee7bf.txt"
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "score.py"
CORPUS = SHARED / "corpus"
TOLERANCE = 0.005

needs_score_py = pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/score.py not present")

TWO_REGIONS = "2020年，越城区新增高新技术企业68家，同比增长12%。柯桥区新增高新技术企业75家，同比增长8%。"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def score_py_module():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_score_py(gold: Path, docs: list[Path], tmp_path: Path, *extra) -> str:
    """score.py on what `kjstats extract -f jsonl` writes for docs."""
    res = run("extract", "-f", "jsonl", *docs)
    assert res.exit_code == 0, res.output
    pred = tmp_path / "pred.jsonl"
    pred.write_text(res.stdout, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(pred), *extra],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return out.stdout


def assert_close(ours, theirs, path="$"):
    """Same keys and structure everywhere, every number within TOLERANCE."""
    if isinstance(theirs, dict):
        assert isinstance(ours, dict) and list(ours) == list(theirs), path
        for k in theirs:
            assert_close(ours[k], theirs[k], f"{path}.{k}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and len(ours) == len(theirs), path
        for i, (a, b) in enumerate(zip(ours, theirs)):
            assert_close(a, b, f"{path}[{i}]")
    elif isinstance(theirs, (int, float)) and not isinstance(theirs, bool):
        assert isinstance(ours, (int, float)) and abs(ours - theirs) <= TOLERANCE, (path, ours, theirs)
    else:
        assert ours == theirs, path


def error_kinds(score_py_text: str) -> list[str]:
    return [line[:18].strip() for line in score_py_text.splitlines() if line[18:25] == " gold: "]


def compare_with_score_py(gold: Path, docs: list[Path], tmp_path: Path, *extra: str):
    """kjstats eval --json against score.py --json (extra: options both take, --extra measure)."""
    ours = run("eval", gold, *docs, "--json", *extra)
    assert ours.exit_code == 0, ours.output
    ours_obj = json.loads(ours.stdout)
    theirs_obj = json.loads(run_score_py(gold, docs, tmp_path, "--json", *extra))
    assert_close(ours_obj, theirs_obj)
    assert ours_obj == theirs_obj  # in fact identical
    theirs_errors = error_kinds(run_score_py(gold, docs, tmp_path, "--errors", "100000", *extra))
    ours_errors = json.loads(run("eval", gold, *docs, "--json", "--errors", "100000", *extra).stdout)["errors"]
    assert [e["kind"] for e in ours_errors] == theirs_errors
    return ours_obj


@needs_score_py
def test_agrees_with_score_py_on_the_seed(tmp_path):
    obj = compare_with_score_py(SEEDS / "gold.jsonl", [SEED], tmp_path)
    assert obj["gold"] == 47


@needs_score_py
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_agrees_with_score_py_on_the_corpus(tmp_path):
    docs = sorted(CORPUS.glob("*.txt"))
    assert docs
    obj = compare_with_score_py(CORPUS / "gold.jsonl", docs, tmp_path)
    assert obj["gold"] == sum(1 for line in (CORPUS / "gold.jsonl").open(encoding="utf-8") if line.strip())
    # A directory gives the same figures as its files.
    by_dir = json.loads(run("eval", CORPUS / "gold.jsonl", CORPUS, "--json").stdout)
    assert by_dir == obj


@needs_score_py
def test_agrees_with_score_py_on_measure_on_the_seed(tmp_path):
    obj = compare_with_score_py(SEEDS / "gold.jsonl", [SEED], tmp_path, "--extra", "measure")
    assert list(obj["attrs"]) == [*ATTRS, "measure"]
    assert obj["attrs"]["measure"][1] > 0  # the seed's gold gives measures
    plain = json.loads(run("eval", SEEDS / "gold.jsonl", SEED, "--json").stdout)
    assert plain["records"] == obj["records"]  # measure stays out of the records figure


@needs_score_py
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_agrees_with_score_py_on_measure_on_the_corpus(tmp_path):
    obj = compare_with_score_py(CORPUS / "gold.jsonl", sorted(CORPUS.glob("*.txt")), tmp_path, "--extra", "measure")
    assert obj["attrs"]["measure"][1] > 0


def guess_measure(text, doc=None, categories=None):
    """The real extraction, with a measure of its own making (the lead writes the real rules):
    some right, some wrong, so that both kinds of verdict are compared."""
    guesses = {("rd_expenditure", "share"): "rd_intensity", ("rd_expenditure", "level"): "rd_spend"}
    guesses[("high_tech_industry", "level")] = "hti_value_added"
    guesses[("high_tech_industry", "growth")] = "hti_output"
    return [
        replace(r, measure=guesses.get((r.category, r.kind), "")) for r in extract(text, doc=doc, categories=categories)
    ]


@needs_score_py
def test_agrees_with_score_py_on_predicted_measures(tmp_path, monkeypatch):
    """Predictions that carry measures (right and wrong): kjstats eval --extra measure and
    score.py --extra measure on kjstats extract's JSON Lines give the same object."""
    monkeypatch.setattr(kjstats.cli, "extract_records", guess_measure)
    obj = compare_with_score_py(SEEDS / "gold.jsonl", [SEED], tmp_path, "--extra", "measure")
    acc, n = obj["attrs"]["measure"]
    assert n > 0 and 0 < acc < 1
    res = run("eval", SEEDS / "gold.jsonl", SEED, "--extra", "measure", "--errors", "50")
    assert "measure (not in records)" in res.stdout and f"{acc:.3f}" in res.stdout
    assert "wrong measure" in res.stdout


def test_measure_rules_by_hand():
    gold = [
        g(0, 3, 68, "家", measure="hte_new"),  # right
        g(5, 8, 12, "%", measure=["hte_new", "hte_count"]),  # right: any of the list
        g(10, 13, 5, "家", measure=""),  # wrong: must be empty
        g(20, 23, 7, "家", measure=None),  # not scored
        g(30, 33, 9, "家"),  # not scored
        g(40, 43, 2, "家", measure="incubators", kind="level"),  # wrong measure, right record
    ]
    pred = [
        g(0, 3, 68, "家", measure="hte_new"),
        g(5, 8, 12, "%", measure="hte_count"),
        g(10, 13, 5, "家", measure="maker_spaces"),
        g(20, 23, 7, "家", measure="gdp"),
        g(30, 33, 9, "家", measure="gdp"),
        g(40, 43, 2, "家", measure="maker_spaces", kind="level"),
    ]
    ev = score(gold, pred, ["measure"])
    s = ev.summary
    assert s["attrs"]["measure"] == (0.5, 4)
    assert s["records"] == (1.0, 1.0, 1.0)  # a wrong measure does not make a record wrong
    assert [m.kind for m in ev.errors] == ["wrong measure", "wrong measure"]
    assert ev.errors[0].attr == "measure"
    assert "measure" not in score(gold, pred).summary["attrs"]
    assert ev.as_json(by_doc=True)["docs"]["a.txt"]["attrs"]["measure"] == (0.5, 4)
    with pytest.raises(ValueError, match="extra"):
        score(gold, pred, ["region_code"])
    if SCORE_PY.exists():
        assert score_py_module().score(gold, [dict(p) for p in pred], ("measure",))[0] == s


@needs_score_py
def test_same_results_as_score_py_function_on_the_seed():
    """The library against score.py's own score(): figures and the mistakes, in order."""
    sp = score_py_module()
    text = SEED.read_text(encoding="utf-8")
    records = extract(text, doc=str(SEED))
    gold = load_gold(SEEDS / "gold.jsonl")
    theirs, theirs_errors = sp.score(
        sp.load(str(SEEDS / "gold.jsonl")), [json.loads(json.dumps(record_dict(r), default=float)) for r in records]
    )
    ev = score(gold, records)
    assert ev.summary == theirs
    assert [(m.kind, m.doc, m.gold and m.gold["start"], m.pred and m.pred["start"]) for m in ev.errors] == [
        (k, d, g and g["start"], p and p["start"]) for k, d, g, p in theirs_errors
    ]


# ---------------------------------------------------------------------------
# The rules, on hand-made records


def g(start, end, value, unit, **kw):
    return {"doc": "a.txt", "start": start, "end": end, "text": "", "value": value, "unit": unit, **kw}


def test_rules_by_hand():
    gold = [
        g(0, 3, 68, "家", region=["越城区", "绍兴市越城区"], kind="level", period=None),  # right
        g(5, 8, 12, "%", kind="growth"),  # wrong kind
        g(10, 13, 5, "家"),  # missed
        g(30, 33, 75, "家"),  # wrong value
        g(40, 44, 3, "家", qualifier=None, planned=None, value_max=None),  # wrong qualifier
        g(50, 55, 2.59e9, "元", indicator="研究与试验发展经费支出"),  # wrong indicator
        g(60, 63, 1, "家", value_max=3, indicator="研究与试验发展经费支出"),  # right
    ]
    pred = [
        g(1, 3, 68, "家", region="绍兴市越城区", kind="level", period="2020", planned=False),
        g(5, 8, 12.0, "%", kind="level"),
        g(20, 22, 9, "人"),  # spurious
        g(30, 33, 7, "家"),
        g(40, 44, 3, "家", qualifier="about"),
        g(50, 55, Decimal("2590000000.0001"), "元", indicator="经费支出"),
        g(60, 63, 1, "家", value_max=3, indicator="研究与试验发展经费支出总额"),
        {**g(0, 3, 68, "家"), "doc": "other/b.txt"},  # not a gold doc
    ]
    ev = score(gold, pred)
    s = ev.summary
    assert s["gold"] == 7 and s["pred"] == 7
    assert s["found"] == pytest.approx((6 / 7, 6 / 7, 6 / 7))
    assert s["matched"] == pytest.approx((5 / 7, 5 / 7, 5 / 7))
    assert s["records"] == pytest.approx((2 / 7, 2 / 7, 2 / 7))
    assert s["attrs"]["qualifier"] == (4 / 5, 5)  # null gold is scored as "none"
    assert s["attrs"]["region"] == (1.0, 1)  # absent gold is not scored
    assert s["attrs"]["period"][1] == 0 and s["attrs"]["period"][0] is None
    assert s["attrs"]["kind"] == (0.5, 2)
    assert s["attrs"]["indicator"] == (0.5, 2)
    assert [m.kind for m in ev.errors] == [
        "wrong kind",
        "missed",
        "wrong value/unit",
        "wrong qualifier",
        "wrong indicator",
        "spurious",
    ]
    assert ev.errors[0].attr == "kind" and ev.errors[2].attr is None
    assert list(ev.docs) == ["a.txt"]
    if SCORE_PY.exists():
        sp = score_py_module()
        gold2 = [dict(r) for r in gold]
        pred2 = [dict(r, value=float(r["value"])) for r in pred if r["doc"] == "a.txt"]
        assert sp.score(gold2, pred2)[0] == s


def test_attribute_rules():
    assert indicator_ok("研究与试验发展经费支出总额", "研究与试验发展经费支出")
    assert not indicator_ok("经费支出", "研究与试验发展经费支出")
    assert not indicator_ok("研究与试验发展经费支出在全省名列前茅的区县市", "经费支出")
    assert indicator_ok("“R&D”经费（支出）", "R&D经费支出")
    assert indicator_ok("", "") and not indicator_ok("x", "")
    assert attr_ok("planned", False, None) and attr_ok("planned", True, "true")
    assert not attr_ok("planned", True, None)
    assert attr_ok("qualifier", None, None) and attr_ok("qualifier", "", None)
    assert attr_ok("region", "绍兴市越城区", ["越城区", "绍兴市越城区"])
    assert attr_ok("period", "2020 -01", "2020-01") and not attr_ok("period", "2020", "")
    assert attr_ok("region", "", "")


def test_docs_compared_by_file_name():
    assert doc_key("seeds/000_a.txt") == doc_key("C:\\reports\\000_a.txt") == "000_a.txt"
    assert doc_key(None) == ""


def test_gold_errors(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a.txt", "start": 0, "end": 2, "value": 1, "unit": "家"}\n{oops\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold.jsonl:2: not JSON"):
        load_gold(bad)
    with pytest.raises(GoldError, match=r":1: start must be an integer"):
        parse_gold(['{"doc": "a", "start": "0", "end": 2, "value": 1, "unit": ""}'])
    with pytest.raises(GoldError, match=r":1: no unit"):
        parse_gold(['{"doc": "a", "start": 0, "end": 2, "value": 1}'])
    assert (
        parse_gold(["\ufeff"[1:], "", '{"doc": "x/a.txt", "start": 0, "end": 2, "value": 1, "unit": ""}'])[0]["doc"]
        == "a.txt"
    )
    res = run("eval", bad, SEED)
    assert res.exit_code == 1 and "gold.jsonl:2: not JSON" in res.output


# ---------------------------------------------------------------------------
# The command, on a small report of my own


def gold_file(tmp_path: Path, rows) -> Path:
    p = tmp_path / "gold.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, default=float) + "\n")
    return p


@pytest.fixture
def small(tmp_path):
    """a.txt, and gold: its records with one region wrong, one left out, one figure added."""
    doc = tmp_path / "reports" / "a.txt"
    doc.parent.mkdir()
    doc.write_text(TWO_REGIONS, encoding="utf-8")
    recs = [record_dict(r) for r in extract(TWO_REGIONS)]
    assert len(recs) == 4
    rows = []
    for r in recs:
        r.pop("sentence")
        r["doc"] = "annotated/a.txt"
        r["value"] = float(r["value"])
        rows.append(r)
    rows[1]["region"] = "柯桥区"  # wrong region
    del rows[3]  # its prediction is spurious
    rows.append(
        {"doc": "a.txt", "start": 0, "end": 5, "text": "2020年", "value": 2020, "unit": "年", "kind": "level"}
    )  # missed
    rows.append({"doc": "other.txt", "start": 0, "end": 2, "text": "5家", "value": 5, "unit": "家"})
    return doc, gold_file(tmp_path, rows)


def test_eval_json(small):
    doc, gold = small
    res = run("eval", gold, doc, "--json")
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    assert list(obj) == ["gold", "pred", "found", "matched", "records", "attrs"]
    assert obj["gold"] == 4 and obj["pred"] == 4
    assert obj["found"] == [0.75, 0.75, 0.75]
    assert obj["matched"] == [0.75, 0.75, 0.75]
    assert obj["records"] == [0.5, 0.5, 0.5]
    assert obj["attrs"]["region"] == [2 / 3, 3]
    assert list(obj["attrs"]) == ATTRS
    assert "1 gold document not among the inputs" in res.stderr and "other.txt" in res.stderr


def test_eval_all_gold_counts_unread_documents(small):
    doc, gold = small
    obj = json.loads(run("eval", gold, doc, "--json", "--all-gold").stdout)
    assert obj["gold"] == 5 and obj["records"][1] == pytest.approx(2 / 5)


def test_eval_by_doc_and_errors_json(small):
    doc, gold = small
    obj = json.loads(run("eval", gold, doc, "--json", "--by-doc", "--errors", "2", "--all-gold").stdout)
    assert list(obj["docs"]) == ["a.txt", "other.txt"]
    assert obj["docs"]["other.txt"]["gold"] == 1 and obj["docs"]["other.txt"]["pred"] == 0
    assert obj["docs"]["a.txt"]["records"] == [0.5, 0.5, 0.5]
    assert [e["kind"] for e in obj["errors"]] == ["missed", "wrong region"]
    assert obj["errors"][1]["gold"]["region"] == "柯桥区" and obj["errors"][1]["pred"]["region"] == "越城区"


def test_eval_tables(small):
    doc, gold = small
    res = run("eval", gold, doc, "--by-doc", "--errors", "10")
    assert res.exit_code == 0, res.output
    out = res.stdout
    for word in (
        "found",
        "matched",
        "records",
        "0.750",
        "0.500",
        "by document",
        "a.txt",
        "errors: 3 of 3",
        "missed",
        "wrong region",
        "spurious",
        "2020年",
        "柯桥区",
        "越城区",
    ):
        assert word in out, word
    for a in ATTRS:
        assert a in out


def test_eval_table_on_the_seed():
    obj = json.loads(run("eval", SEEDS / "gold.jsonl", SEED, "--json").stdout)
    out = run("eval", SEEDS / "gold.jsonl", SEED).stdout
    assert f"gold {obj['gold']} · predicted {obj['pred']}" in out
    assert f"{obj['records'][2]:.3f}" in out and f"{obj['matched'][2]:.3f}" in out
    assert obj["gold"] == 47 and obj["matched"][2] >= 0.9


def test_eval_no_gold_for_an_input(tmp_path, small):
    doc, gold = small
    other = tmp_path / "b.txt"
    other.write_text(TWO_REGIONS, encoding="utf-8")
    res = run("eval", gold, doc, other, "--json")
    assert "no gold for b.txt" in res.stderr
    assert json.loads(res.stdout)["pred"] == 4


def test_eval_missing_input_fails(small, tmp_path):
    doc, gold = small
    res = run("eval", gold, doc, tmp_path / "nope.txt", "--json")
    assert res.exit_code == 1 and "nope.txt" in res.stderr
    assert json.loads(res.stdout)["gold"] == 4
