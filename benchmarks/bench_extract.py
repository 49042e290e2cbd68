"""Throughput of kjstats.extract next to a bare regex scan for numeral runs, same text, same run.

    python benchmarks/bench_extract.py            # seed + corpus reports, 5 rounds
    python benchmarks/bench_extract.py --rounds 9 --min-time 1

The texts are the seed report and, when ../shared/corpus exists, every corpus report. The
bare scan is what issue 6 measures against: one `regex` pattern for runs of numerals,

    [0-9０-９.．]+|[零〇一二两三四五六七八九十百千万亿]+

iterated with finditer over each text. extract is called as a user would, kjstats.extract(
text, doc=name), on each whole text. Both are timed with time.perf_counter over enough
repetitions to last --min-time seconds, in alternating rounds; the figures are the medians
over the rounds (min and max shown too). The machine-independent figure is the ratio
extract / scan; issue 6 asks it to be at least 1/30. A scaling check follows: the seed
repeated 1, 8 and 64 times as one document must keep its chars/s (nothing quadratic).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kjstats  # noqa: E402
from _common import SEED, machine, report_paths  # noqa: E402

NUMERAL_RUNS = regex.compile(r"[0-9０-９.．]+|[零〇一二两三四五六七八九十百千万亿]+")
TARGET = 1 / 30


def scan(texts) -> int:
    n = 0
    for _, text in texts:
        for _ in NUMERAL_RUNS.finditer(text):
            n += 1
    return n


def run_extract(texts) -> int:
    n = 0
    for name, text in texts:
        n += len(kjstats.extract(text, doc=name))
    return n


def chars_per_second(fn, texts, min_time: float) -> float:
    """Characters per second of fn over texts, repeated until min_time has passed."""
    chars = sum(len(t) for _, t in texts)
    reps, elapsed = 0, 0.0
    start = time.perf_counter()
    while elapsed < min_time:
        fn(texts)
        reps += 1
        elapsed = time.perf_counter() - start
    return reps * chars / elapsed


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):,.0f} chars/s (min {min(values):,.0f}, max {max(values):,.0f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--min-time", type=float, default=0.5, help="seconds per measurement [0.5]")
    args = ap.parse_args()

    paths = report_paths()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    chars = sum(len(t) for _, t in texts)
    print(f"machine: {machine()}")
    print(
        f"kjstats {kjstats.__version__} ({'mypyc-compiled' if kjstats.COMPILED else 'pure Python'}), "
        f"regex {regex.__version__}"
    )
    print(
        f"text: {len(texts)} reports ({'seed + corpus' if len(texts) > 1 else 'seed only'}), "
        f"{chars:,} chars; {run_extract(texts)} records, {scan(texts)} numeral runs"
    )

    ext, bare, ratios = [], [], []
    for r in range(args.rounds):
        pair = [("extract", run_extract), ("scan", scan)]
        if r % 2:
            pair.reverse()
        got = {name: chars_per_second(fn, texts, args.min_time) for name, fn in pair}
        ext.append(got["extract"])
        bare.append(got["scan"])
        ratios.append(got["extract"] / got["scan"])
    ratio = statistics.median(ratios)
    print(f"kjstats.extract: {summary(ext)}")
    print(f"bare regex scan: {summary(bare)}")
    print(
        f"ratio extract/scan: {ratio:.4f} = 1/{1 / ratio:.1f} (median of {args.rounds} rounds; "
        f"range 1/{1 / max(ratios):.1f} to 1/{1 / min(ratios):.1f}); "
        f"target >= 1/30 ({TARGET:.4f}): {'met' if ratio >= TARGET else 'NOT met'}"
    )

    seed = SEED.read_text(encoding="utf-8").strip() + "\n\n"
    print("scaling (seed repeated as one document):")
    for k in (1, 8, 64):
        doc = [("seed", seed * k)]
        print(f"  x{k:<3} {len(doc[0][1]):>9,} chars: {chars_per_second(run_extract, doc, args.min_time):,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
