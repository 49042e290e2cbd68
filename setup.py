"""Compiles kjstats's extraction modules with mypyc when it can; the package works without.

Everything else about the package is in pyproject.toml. An ordinary build option: a wheel or a
plain `pip install .` holds compiled modules beside the sources they were built from; an
editable install (`pip install -e .`) and KJSTATS_PURE=1 keep the pure-Python modules, which
give the same records (tests/test_compiled.py). When mypyc or a C compiler is missing or the
build fails, the install goes on with the pure-Python modules.
"""
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules on the per-figure path. The CLI, readers and writers stay interpreted: their time
# is spent in I/O and in other libraries.
COMPILED = ("figures", "figurewords", "names", "cleaning", "kinds", "categories", "lists", "timephrases", "layout", "scope", "periodrules", "regionrules", "document", "places", "lexicon", "pipeline", "tables", "home", "gazetteer", "folding", "measures", "plans", "tablefind", "rules", "nameparts", "afterfigure", "namestate", "quoted", "rankfields", "linelists")

# Generating C runs mypy over the sources (about 10 s): only for the commands that build a
# wheel or install; never for an editable install, whose sources must stay what runs.
BUILDS = {"build", "build_ext", "bdist_wheel", "install"}


def ext_modules():
    if os.environ.get("KJSTATS_PURE") or not BUILDS & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
        # relative paths: setuptools wants them, and the module names come from them
        os.chdir(Path(__file__).resolve().parent)
        # the modules it does not compile (numerals, records) are only read for their types
        return mypycify([f"src/kjstats/{m}.py" for m in COMPILED]
                        + ["--follow-imports=silent", "--ignore-missing-imports"],
                        opt_level="3", verbose=False)
    except (Exception, SystemExit) as exc:  # no mypyc, or a type error it refuses: stay pure
        print(f"kjstats: not compiling ({exc.__class__.__name__}: {exc}); using pure Python",
              file=sys.stderr)
        return []


class OptionalBuildExt(build_ext):
    """Builds the compiled modules; on any failure removes what it built, so that the
    pure-Python modules are used."""

    def run(self):
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as exc:
            print(f"kjstats: compiling failed ({exc}); using pure Python", file=sys.stderr)
            for path in self.get_outputs():
                Path(path).unlink(missing_ok=True)


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
