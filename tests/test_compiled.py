"""The mypyc-compiled modules: same output as the sources, used only while current."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kjstats
from kjstats import _compiled

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(kjstats.__file__).resolve().parent
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/reports*/*.txt"))
HAS_COMPILED = any(PACKAGE.glob("pipeline.*.so"))

DUMP = """
import json, sys, kjstats
out = {"compiled": kjstats.COMPILED, "records": {}}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    out["records"][path] = [repr(r) for r in kjstats.extract(text, doc=path)]
print(json.dumps(out, ensure_ascii=False))
"""


def _dump(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "KJSTATS_PURE"}
    if pure:
        env["KJSTATS_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", DUMP, *map(str, TEXTS)], capture_output=True,
                          text=True, env=env, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")) or bool(os.environ.get("KJSTATS_PURE")),
                    reason="no C compiler here, or the pure build was asked for")
def test_the_install_compiled_where_it_can():
    # setup.py falls back to pure Python quietly; with a compiler at hand that would only hide a
    # broken build (and cost the speed issue 6 asks for)
    assert HAS_COMPILED, "no compiled modules beside the sources: see the pip install output"


@pytest.mark.skipif(not HAS_COMPILED or bool(os.environ.get("KJSTATS_PURE")),
                    reason="the package was installed without compiling, or the sources were asked for")
def test_compiled_copies_are_used_when_current():
    # a build that compiled but left no valid stamp would silently run at interpreted speed
    assert kjstats.COMPILED
    assert Path(kjstats.pipeline.__file__).suffix != ".py"


@pytest.mark.skipif(not HAS_COMPILED, reason="the package was installed without compiling")
def test_compiled_and_pure_give_the_same_records():
    compiled, pure = _dump(pure=False), _dump(pure=True)
    assert compiled["compiled"] is True and pure["compiled"] is False
    assert len(TEXTS) >= 20
    for path in compiled["records"]:
        assert compiled["records"][path] == pure["records"][path], path


def test_an_edited_source_makes_the_compiled_copies_stale(tmp_path):
    pkg = tmp_path / "kjstats"
    pkg.mkdir()
    for name in _compiled.COMPILED:
        shutil.copy(PACKAGE / f"{name}.py", pkg / f"{name}.py")
    (pkg / _compiled.STAMP).write_text(_compiled.sources_hash(pkg) + "\n", encoding="ascii")
    assert _compiled.compiled_is_current(pkg)
    edited = pkg / f"{_compiled.COMPILED[-1]}.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert not _compiled.compiled_is_current(pkg)
    (pkg / _compiled.STAMP).unlink()
    assert not _compiled.compiled_is_current(pkg)


def test_sources_first_finder_loads_the_py_file():
    spec = _compiled._SourcesFirst().find_spec("kjstats.figures")
    assert spec is not None and spec.origin.endswith("figures.py")
    assert _compiled._SourcesFirst().find_spec("kjstats.cli") is None
    assert _compiled._SourcesFirst().find_spec("figures") is None
