"""-j 1 against -j N: `kjstats extract DIR -f jsonl -o FILE` over a directory of report files.

    python benchmarks/bench_jobs.py                  # 400 files, -j 1 vs -j 2, 5 rounds
    python benchmarks/bench_jobs.py --files 2000 --jobs 4 --rounds 3

The files are the seed report, the corpus reports (../shared/corpus, when present) and
tests/reports, copied round-robin under distinct names. Each round runs both settings as a
user would (a fresh process each, wall time including start-up), alternating which goes
first; in every round the two outputs must be byte-identical. Printed: best and median wall time of
each, the speed-ups, whether -j N reaches 1.4x, and the machine's own parallel capacity
right now (the same pure-Python loop in 1 process and in N at once): on a shared machine
whose other cores are busy no program can beat that ceiling. Exit status 1 if any output
differs.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import KJSTATS, machine, report_paths  # noqa: E402

TARGET = 1.4


def build_corpus(directory: Path, n_files: int) -> int:
    """n_files report files in directory; returns their total size in bytes."""
    sources = report_paths(with_test_reports=True)
    total = 0
    for i in range(n_files):
        src = sources[i % len(sources)]
        dst = directory / f"{i:05d}_{src.name}"
        shutil.copyfile(src, dst)
        total += dst.stat().st_size
    return total


def run(directory: Path, out: Path, jobs: int) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(
        [*KJSTATS, "extract", str(directory), "-f", "jsonl", "-o", str(out), "-j", str(jobs)], capture_output=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"kjstats -j {jobs} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return elapsed, hashlib.sha256(out.read_bytes()).hexdigest()


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def parallel_capacity(workers: int, n: int = 3_000_000) -> float:
    """How many times faster `workers` equal CPU-bound tasks finish in `workers` processes
    than one after another: `workers` on an idle machine, less when its cores are shared."""
    with ProcessPoolExecutor(workers) as ex:
        list(ex.map(_spin, [1000] * workers))  # start the workers
        start = time.perf_counter()
        for _ in range(workers):
            _spin(n)
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(ex.map(_spin, [n] * workers))
        parallel = time.perf_counter() - start
    return serial / parallel


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=400)
    ap.add_argument("--jobs", type=int, default=2, help="compared with -j 1 [2]")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="kjstats-bench-") as tmp:
        directory = Path(tmp) / "reports"
        directory.mkdir()
        size = build_corpus(directory, args.files)
        print(f"input: {args.files} files, {size / 1e6:.1f} MB")
        capacity = []
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        differ, outputs = 0, set()
        for r in range(args.rounds):
            capacity.append(parallel_capacity(args.jobs))
            order = (1, args.jobs) if r % 2 == 0 else (args.jobs, 1)
            digests = {}
            for jobs in order:
                times[jobs].append(0.0)
                times[jobs][-1], digests[jobs] = run(directory, Path(tmp) / f"out-{jobs}.jsonl", jobs)
            differ += digests[1] != digests[args.jobs]
            outputs.add(digests[1])
            print(
                f"round {r + 1}: -j 1 {times[1][-1]:.2f}s, -j {args.jobs} {times[args.jobs][-1]:.2f}s, "
                f"machine capacity {capacity[-1]:.2f}x, "
                f"output {'identical' if digests[1] == digests[args.jobs] else 'DIFFERENT'}"
            )
        records = sum(1 for _ in open(Path(tmp) / "out-1.jsonl", encoding="utf-8"))

    one, many = times[1], times[args.jobs]
    best = min(one) / min(many)
    median = statistics.median(one) / statistics.median(many)
    identical = differ == 0
    print(
        f"records: {records} per run; -j {args.jobs} output identical to -j 1 in "
        f"{args.rounds - differ} of {args.rounds} rounds"
        + ("" if len(outputs) == 1 else " (kjstats itself changed between rounds)")
    )
    print(f"-j 1: best {min(one):.2f}s, median {statistics.median(one):.2f}s")
    print(f"-j {args.jobs}: best {min(many):.2f}s, median {statistics.median(many):.2f}s")
    print(
        f"speed-up -j {args.jobs} vs -j 1: {best:.2f}x (best), {median:.2f}x (median); "
        f"target >= {TARGET}x: {'met' if best >= TARGET else 'NOT met'}"
    )
    print(
        f"machine parallel capacity for {args.jobs} processes: best {max(capacity):.2f}x, "
        f"median {statistics.median(capacity):.2f}x (an idle machine gives ~{args.jobs}x)"
    )
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
