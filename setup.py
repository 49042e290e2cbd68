"""Compiles kjstats's extraction modules with mypyc when it can; the package works without.

Everything else about the package is in pyproject.toml. Set KJSTATS_PURE=1 to skip the
compilation (and, at run time, to ignore compiled copies). When mypyc or a C compiler is missing
or the build fails, the install goes on with the pure-Python modules, which give the same output.
"""
import importlib.util
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

PACKAGE = Path(__file__).resolve().parent / "src" / "kjstats"
_spec = importlib.util.spec_from_file_location("_kjstats_compiled", PACKAGE / "_compiled.py")
compiled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compiled)

# Generating C runs mypy over the sources (about 10 s): only for the commands that build.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def ext_modules():
    if os.environ.get("KJSTATS_PURE") or not BUILDS & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
        # relative paths: setuptools wants them, and the module names come from them
        os.chdir(Path(__file__).resolve().parent)
        # the modules it does not compile (numerals, records) are only read for their types
        return mypycify([f"src/kjstats/{m}.py" for m in compiled.COMPILED]
                        + ["--follow-imports=silent", "--ignore-missing-imports"],
                        opt_level="3", verbose=False)
    except (Exception, SystemExit) as exc:  # no mypyc, or a type error it refuses: stay pure
        print(f"kjstats: not compiling ({exc.__class__.__name__}: {exc}); using pure Python",
              file=sys.stderr)
        return []


class OptionalBuildExt(build_ext):
    """Builds the compiled modules and stamps them with their sources' hash; on any failure
    removes what it built, so that the pure-Python modules are used."""

    def run(self):
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as exc:
            print(f"kjstats: compiling failed ({exc}); using pure Python", file=sys.stderr)
            for path in self.get_outputs():
                Path(path).unlink(missing_ok=True)
            return
        stamp = compiled.sources_hash(PACKAGE) + "\n"
        # beside the built modules (a wheel), and in the sources for an in-place or editable build
        dirs = {Path(self.get_ext_fullpath("kjstats.pipeline")).parent}
        if self.inplace or getattr(self, "editable_mode", False):
            dirs.add(PACKAGE)
        for out_dir in dirs:
            if out_dir.is_dir():
                (out_dir / compiled.STAMP).write_text(stamp, encoding="ascii")


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
