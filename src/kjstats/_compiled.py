"""Which modules mypyc compiles, and whether this process may use the compiled copies.

The extraction path (figures → naming → context → records) is compiled by mypyc at install
time when a C compiler is at hand (setup.py); that makes `extract` about twice as fast. The
pure-Python sources stay the truth: the compiled copies are used only when they were built from
exactly the sources beside them. A stamp written at build time holds a checksum of those sources;
after an edit, a missing stamp or KJSTATS_PURE=1, every module of the list is loaded from its
.py file instead (all of them: compiled modules call each other directly, so mixing an edited
source with a stale compiled neighbour would run old code).

Nothing here imports the rest of the package: setup.py loads this file on its own.
"""
from __future__ import annotations

import os
import sys
import zlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

# The modules on the per-figure path. The CLI, readers and writers stay interpreted: their time
# is spent in I/O and in other libraries.
COMPILED = (
    "figures", "naming", "context", "places", "lexicon", "pipeline", "tables", "recordmaker",
)
STAMP = "_compiled.stamp"
HERE = Path(__file__).resolve().parent


def sources_hash(package_dir: Path) -> str:
    """A checksum of the compiled modules' sources (CRC-32 and length: it only has to notice
    an edit, and hashlib would cost an import at every start)."""
    crc, size = 0, 0
    for name in COMPILED:
        data = name.encode() + b"\0" + (package_dir / f"{name}.py").read_bytes()
        crc, size = zlib.crc32(data, crc), size + len(data)
    return f"{crc:08x}-{size}"


def compiled_is_current(package_dir: Path = HERE) -> bool:
    """Whether the compiled copies in package_dir were built from the sources there."""
    stamp = package_dir / STAMP
    try:
        return stamp.read_text(encoding="ascii").strip() == sources_hash(package_dir)
    except OSError:
        return False


class _SourcesFirst:
    """A meta path finder: loads kjstats.<compiled module> from its .py file, ahead of the
    extension module."""

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in COMPILED:
            return None
        import importlib.util     # only when the sources are used instead
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def choose() -> bool:
    """Route imports to the sources unless the compiled copies are current; True if compiled."""
    # built for this interpreter (another Python's .so beside the sources is not ours to use)
    has_compiled = any((HERE / f"{COMPILED[0]}{suffix}").exists() for suffix in EXTENSION_SUFFIXES)
    if has_compiled and not os.environ.get("KJSTATS_PURE") and compiled_is_current():
        return True
    if has_compiled and not any(isinstance(f, _SourcesFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourcesFirst())
    return False
