"""What the benchmarks share: the report texts they run on and a description of the machine."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"
CORPUS = ROOT.parent / "shared" / "corpus"  # present in the project's workspace only
TEST_REPORTS = ROOT / "tests" / "reports"
KJSTATS = [sys.executable, "-c", "import sys; from kjstats.cli import main; sys.exit(main())"]


def report_paths(with_test_reports: bool = False) -> list[Path]:
    """The seed report, the corpus reports when ../shared/corpus exists, and optionally the
    twelve reports of tests/reports."""
    paths = [SEED]
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    if with_test_reports:
        paths += sorted(TEST_REPORTS.glob("*.txt"))
    return paths


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def machine() -> str:
    return (
        f"{cpu_model()}, {usable_cores()} cores, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.release()}, "
        f"load average {load_average()}"
    )
