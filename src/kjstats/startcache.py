"""What every start would otherwise redo, kept on disk: the compiled patterns and parsed tables.

A run begins by parsing the data/*.toml tables and compiling about 160 patterns from them: some
80 ms, about half of what a short run costs in all, and paid again by every process. Both
results are the same at every start, so the first run saves them in a cache file and the next
ones load them (a few ms).

- Patterns are kept as what each engine builds them into (the engine's own code list): `regex`
  pickles its patterns that way (Pattern._pickled_data); for `re` the same list is made by its
  own parser and code generator, and kept only when the pattern rebuilt from it compares equal
  to `re.compile`'s (Pattern equality compares the compiled code).
- Tables are kept with the CRC-32 of their file: an edited table is parsed again. What is built
  from them (the gazetteer) is kept with the CRC-32 of the table and of the code building it
  (both through memo()).
- The file is marshal data (never pickle: loading runs no code) for this exact interpreter and
  `regex` build; any other, or a damaged file, is ignored and rewritten. Patterns are looked up
  by their text, so an edited pattern simply misses.

Where: $KJSTATS_CACHE_DIR; else the package's own __pycache__ when it may be written (as Python
does with bytecode); else the user cache directory ($XDG_CACHE_HOME or ~/.cache, or
%LOCALAPPDATA% on Windows), under kjstats/. KJSTATS_CACHE=0 turns it off. A cache that cannot be
read or written costs only the time it would have saved.

Interpreted on purpose (not in _compiled.COMPILED): it runs once per start.
"""
from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path

import regex

try:  # the pieces of `re` that build a pattern's code (CPython); without them `re` is not cached
    import _sre
    from re import _compiler as _re_compiler, _parser as _re_parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = _re_compiler = _re_parser = None

try:
    from regex import _regex
except ImportError:  # pragma: no cover - regex is a dependency, but its layout is not ours
    _regex = None

FORMAT = 2
MAGIC = b"kjstats-start\0"  # then the CRC-32 of the body (4 bytes), then the body
# Entries beyond this many are dropped at a save, keeping those this process used: edits to
# the patterns must not grow the file without end.
MAX_ENTRIES = 2000

_KEY = repr((FORMAT, sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None),
             getattr(_sre, "CODESIZE", None), regex.__version__))


def cache_path() -> Path | None:
    """The cache file, or None when caching is off."""
    if os.environ.get("KJSTATS_CACHE", "1").strip().lower() in ("0", "no", "off", "false"):
        return None
    where = os.environ.get("KJSTATS_CACHE_DIR")
    base = Path(where) if where else (_beside_the_package() or _user_cache_dir())
    if base is None:
        return None
    # one file per interpreter build: two Pythons sharing a directory do not overwrite each other's
    return base / f"start-{sys.implementation.cache_tag}-{zlib.crc32(_KEY.encode()):08x}.marshal"


def _beside_the_package() -> Path | None:
    """The package's own __pycache__, where Python keeps its bytecode, when this process may
    write there (a virtualenv's install, a checkout): the cache then lives and goes with the
    install, whatever the home directory is."""
    pycache = Path(__file__).resolve().parent / "__pycache__"
    writable = pycache if pycache.is_dir() else pycache.parent
    return pycache if os.access(writable, os.W_OK) else None


def _user_cache_dir() -> Path | None:
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "kjstats" / "Cache"
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "kjstats"
    try:
        return Path.home() / ".cache" / "kjstats"
    except (RuntimeError, KeyError, OSError):  # no HOME and no password entry
        return None


class _Store:
    """The entries loaded from the file, the ones this process used and the new ones."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries: dict = {}
        self.used: set = set()
        self.dirty = False
        if path is not None:
            self.entries = _load(path)

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.used.add(key)
        return entry

    def put(self, key, entry) -> None:
        if self.path is None:
            return
        self.entries[key] = entry
        self.used.add(key)
        if not self.dirty:
            self.dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the entries (atomically: runs at once may both write) if any are new."""
        if not self.dirty or self.path is None:
            return
        self.dirty = False
        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            body = marshal.dumps((_KEY, entries))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)
            os.replace(tmp, self.path)
        except BaseException:  # noqa: BLE001 - a read-only home, a full disk, Ctrl-C at exit:
            with contextlib.suppress(OSError):  # the next start compiles again
                tmp.unlink(missing_ok=True)


def _load(path: Path) -> dict:
    """The entries of the file, or none when it is missing, damaged or another build's. The
    checksum is checked before marshal reads a byte of the body: a damaged length inside it
    must not make marshal build a giant list."""
    try:
        data = path.read_bytes()
        body = data[len(MAGIC) + 4:]
        if data[:len(MAGIC)] != MAGIC or int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "little") != zlib.crc32(body):
            return {}
        key, entries = marshal.loads(body)
        return entries if key == _KEY and isinstance(entries, dict) else {}
    except Exception:  # noqa: BLE001 - whatever is wrong with it, the cache is only a cache
        return {}


_store: _Store | None = None


def _the_store() -> _Store:
    global _store
    if _store is None:
        _store = _Store(cache_path())
    return _store


def reset(path: Path | None = None) -> None:
    """Forget the loaded entries (and save none of them); the next use loads ``path`` (or the
    configured file). For tests."""
    global _store
    if _store is not None:
        _store.dirty = False
    _store = None if path is None else _Store(path)


def save() -> None:
    """Write what this process compiled so far (also done at exit)."""
    if _store is not None:
        _store.save()


# ---------------------------------------------------------------------------
# Patterns


def re_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cache when it holds the pattern."""
    flags = int(flags)
    store = _the_store()
    key = ("re", pattern, flags)
    entry = store.get(key)
    if entry is not None:
        try:
            return _sre.compile(*entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compile it again
            pass
    compiled = re.compile(pattern, flags)
    args = _re_code(pattern, flags)
    if args is not None:
        try:
            same = _sre.compile(*args) == compiled
        except Exception:  # noqa: BLE001 - an interpreter whose _sre.compile differs
            same = False
        if same:
            store.put(key, args)  # what was checked is what is kept
    return compiled


def _re_code(pattern: str, flags: int):
    """The arguments re's compiler gives _sre.compile for pattern (re/_compiler.py, compile()),
    or None where that compiler is not the one we know."""
    if _sre is None or flags & re.DEBUG:
        return None
    try:
        p = _re_parser.parse(pattern, flags)
        code = _re_compiler._code(p, flags)
        groupindex = p.state.groupdict
        indexgroup = [None] * p.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        # the opcodes are int subclasses (named constants), which marshal does not take
        return (pattern, int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1),
                {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another interpreter version's internals
        return None


def regex_compile(pattern: str, flags: int = 0) -> regex.Pattern:
    """regex.compile(pattern, flags), from the cache when it holds the pattern."""
    flags = int(flags)
    store = _the_store()
    key = ("regex", pattern, flags)
    entry = store.get(key)
    if entry is not None and _regex is not None:
        try:
            return _regex.compile(*entry)
        except Exception:  # noqa: BLE001
            pass
    compiled = regex.compile(pattern, flags)
    data = getattr(compiled, "_pickled_data", None)  # what regex's own pickling keeps
    if data is not None:
        try:
            marshal.dumps(data)
        except ValueError:
            return compiled
        store.put(key, data)
    return compiled


# ---------------------------------------------------------------------------
# Tables, and what is built from them


def load_toml(path: Path) -> dict:
    """The parsed TOML file, from the cache while the file is unchanged."""
    return memo(f"toml:{path}", (path,), lambda: _parse_toml(path))


def _parse_toml(path: Path) -> dict:
    import tomllib  # only when the cache misses: its import costs a few ms

    return tomllib.loads(path.read_text(encoding="utf-8"))


def memo(name: str, sources: tuple, build):
    """build(), kept while the files it is made from (its tables and the source of the code
    that builds it) are unchanged; its result must be plain data (marshal: dicts, lists,
    tuples, sets, str, int). Without its sources (a build that ships no .py), it is built."""
    crc = size = 0
    try:
        for path in sources:
            data = Path(path).read_bytes()
            crc, size = zlib.crc32(data, crc), size + len(data)
    except OSError:
        return build()
    store = _the_store()
    key = ("memo", name, crc, size)  # the sources' checksum in the key: two checkouts keep theirs
    entry = store.get(key)
    if entry is not None:
        return marshal.loads(entry)
    value = build()
    try:  # kept marshalled within the file: decoded only when asked for
        store.put(key, marshal.dumps(value))
    except ValueError:  # a value marshal cannot hold (a TOML date): not kept
        pass
    return value
