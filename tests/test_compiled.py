"""The mypyc-compiled build (setup.py, an ordinary build option): where the install compiled,
the compiled modules give the same records as the sources beside the repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kjstats

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/reports*/*.txt"))

DUMP = """
import json, sys, kjstats
out = {"compiled": kjstats.COMPILED, "records": {}}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    out["records"][path] = [repr(r) for r in kjstats.extract(text, doc=path)]
print(json.dumps(out, ensure_ascii=False))
"""


def _dump(sources: bool) -> dict:
    env = dict(os.environ)
    if sources:  # the repository's sources ahead of the installed package
        env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-c", DUMP, *map(str, TEXTS)], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout)


def _installed_from_a_build() -> bool:
    return not Path(kjstats.__file__).resolve().is_relative_to(ROOT / "src")


@pytest.mark.skipif(
    not (shutil.which("cc") or shutil.which("gcc"))
    or bool(os.environ.get("KJSTATS_PURE"))
    or not _installed_from_a_build(),
    reason="no C compiler here, the pure build was asked for, or the sources run",
)
def test_the_install_compiled_where_it_can():
    # setup.py falls back to pure Python quietly; with a compiler at hand that would only hide a
    # broken build (and cost the speed issue 13 asks for)
    assert kjstats.COMPILED, "the install did not compile: see the pip install output"
    assert Path(kjstats.pipeline.__file__).suffix != ".py"


@pytest.mark.skipif(not kjstats.COMPILED, reason="the package was installed without compiling")
def test_compiled_and_pure_give_the_same_records():
    compiled, pure = _dump(sources=False), _dump(sources=True)
    assert compiled["compiled"] is True and pure["compiled"] is False
    assert len(TEXTS) >= 20
    assert compiled["records"] == pure["records"]
