"""The start-up cache (startcache.py): what it keeps is what the engines would build, it is
used, and nothing it holds can change a record."""
from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import fixtures_build as fb
from kjstats import startcache

ROOT = Path(__file__).resolve().parent.parent

# Patterns of the kinds kjstats compiles: word tries, classes, groups (named too), flags,
# look-arounds, possessive runs; and regex's own (\p{Han}, a reverse search, a variable
# look-behind).
RE_PATTERNS = [
    (r"(?:全国|全省|全(?:市|区|县))", 0),
    (r"(?P<y>(?:19|20)[0-9]{2})年(?P<m>[0-9]{1,2})月", 0),
    (r"[0-9零〇一二两三四五六七八九十百千](?<![0-9.].)[0-9.,]*+", 0),
    (r"""(?x) [ \t]? ( 亿元 | 万元 | 家 )   # a verbose pattern""", 0),
    (r"r&d|gdp", re.IGNORECASE),
]
REGEX_PATTERNS = [
    (r"\p{Han}{2,6}(?:区|县)$", 0),
    (r"(?r)[,;:]", 0),
    (r"(?<=(?:居|列|排名?)(?:全国|\p{Han}{0,6}?)?)首位", 0),
]
TEXTS = ["2023年12月全区R&D经费占GDP的2.5%，居全省首位", "一千二百三十四亿元, 全县;家", ""]


def _fresh(tmp_path: Path) -> Path:
    path = tmp_path / "start.marshal"
    startcache.reset(path)
    return path


@pytest.fixture(autouse=True)
def _restore():
    yield
    startcache.reset()  # later tests load the configured cache again


def _same_behaviour(a, b) -> None:
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


def _same_pattern_re(fresh, cached, pattern, flags) -> None:
    assert cached == re.compile(pattern, flags)  # equal patterns: the same compiled code
    assert (cached.groupindex, cached.groups, cached.flags) == (fresh.groupindex, fresh.groups, fresh.flags)


def _same_pattern_regex(fresh, cached, pattern, flags) -> None:
    assert (cached.pattern, cached.flags, cached.groups) == (fresh.pattern, fresh.flags, fresh.groups)


@pytest.mark.parametrize("compile_, patterns, same", [
    (startcache.re_compile, RE_PATTERNS, _same_pattern_re),
    (startcache.regex_compile, REGEX_PATTERNS, _same_pattern_regex),
], ids=["re", "regex"])
def test_patterns_come_back_as_their_engine_builds_them(tmp_path, compile_, patterns, same):
    path = _fresh(tmp_path)
    first = [compile_(p, f) for p, f in patterns]
    startcache.save()
    startcache.reset(path)
    again = [compile_(p, f) for p, f in patterns]
    assert not startcache._store.dirty  # every one came from the file
    for (p, f), a, b in zip(patterns, first, again):
        same(a, b, p, f)
        _same_behaviour(a, b)


def test_an_edited_table_is_parsed_again(tmp_path):
    path = _fresh(tmp_path)
    table = tmp_path / "t.toml"
    table.write_text('words = ["甲"]\n', encoding="utf-8")
    assert startcache.load_toml(table) == {"words": ["甲"]}
    startcache.save()
    startcache.reset(path)
    assert startcache.load_toml(table) == {"words": ["甲"]} and not startcache._store.dirty
    table.write_text('words = ["乙"]\n', encoding="utf-8")
    assert startcache.load_toml(table) == {"words": ["乙"]}


@pytest.mark.parametrize("damage", [
    b"",                                    # empty
    b"\x00garbage",                         # not marshal data
    "truncated",
    "flipped byte",
    "another interpreter",
    "a giant tuple declared",
])
def test_a_damaged_or_foreign_file_is_ignored(tmp_path, damage):
    path = _fresh(tmp_path)
    startcache.re_compile(*RE_PATTERNS[1])
    startcache.save()
    good = path.read_bytes()
    if damage == "truncated":
        data = good[: len(good) // 2]
    elif damage == "flipped byte":
        data = bytearray(good)
        data[-10] ^= 0xFF
        data = bytes(data)
    elif damage == "another interpreter":
        _, entries = marshal.loads(good[len(startcache.MAGIC) + 4:])
        body = marshal.dumps(("another key", entries))
        data = startcache.MAGIC + zlib.crc32(body).to_bytes(4, "little") + body
    elif damage == "a giant tuple declared":
        # what marshal would try to allocate (16 GB) were it read before the checksum
        data = good[:len(startcache.MAGIC) + 4] + b"(" + (2**31 - 1).to_bytes(4, "little")
    else:
        data = damage
    path.write_bytes(data)
    startcache.reset(path)
    assert startcache._store.entries == {}
    assert startcache.re_compile(*RE_PATTERNS[1]) == re.compile(*RE_PATTERNS[1])
    startcache.save()  # and it is written anew
    startcache.reset(path)
    assert startcache._store.entries


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KJSTATS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("KJSTATS_CACHE", "0")
    assert startcache.cache_path() is None
    startcache.reset()
    assert startcache.re_compile(*RE_PATTERNS[0]) == re.compile(*RE_PATTERNS[0])
    startcache.save()
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_costs_nothing_but_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    startcache.reset(blocker / "sub" / "start.marshal")  # under a file: cannot be made
    assert startcache.re_compile(*RE_PATTERNS[0]) == re.compile(*RE_PATTERNS[0])
    startcache.save()  # no error


def test_growth_is_bounded(tmp_path, monkeypatch):
    path = _fresh(tmp_path)
    monkeypatch.setattr(startcache, "MAX_ENTRIES", 3)
    for i in range(5):
        startcache.re_compile(f"a{i}")
    startcache.save()
    startcache.reset(path)
    startcache.re_compile("b")  # this run uses only b and a0
    startcache.re_compile("a0")
    startcache.save()
    startcache.reset(path)
    assert {k[1] for k in startcache._store.entries} == {"a0", "b"}


def _extract_in_a_process(cache_dir: Path, on: bool) -> tuple[str, dict]:
    env = dict(os.environ, KJSTATS_CACHE_DIR=str(cache_dir), KJSTATS_CACHE="1" if on else "0")
    code = ("import json, sys, kjstats; from kjstats import startcache;"
            "recs = kjstats.extract(open(sys.argv[1], encoding='utf-8').read());"
            "s = startcache._the_store();"
            "print(json.dumps({'n': len(s.entries), 'used': len(s.used), 'new': s.dirty}));"
            "print('\\n'.join(repr(r) for r in recs))")
    out = subprocess.run([sys.executable, "-c", code, str(fb.SEED)], env=env, capture_output=True,
                         text=True, check=True).stdout
    head, _, records = out.partition("\n")
    return records, json.loads(head)


def test_the_second_start_compiles_nothing_and_the_records_are_the_same(tmp_path):
    cold, stats_cold = _extract_in_a_process(tmp_path, on=True)
    warm, stats_warm = _extract_in_a_process(tmp_path, on=True)
    off, _ = _extract_in_a_process(tmp_path / "unused", on=False)
    assert stats_cold["new"] and stats_cold["n"] > 100  # the tables and every pattern, kept
    # nothing compiled or parsed again (the places table is not even read: the gazetteer is kept)
    assert not stats_warm["new"] and 100 < stats_warm["used"] <= stats_cold["used"]
    assert cold == warm == off and cold.count("Indicator(") > 40
    assert not (tmp_path / "unused").exists()


def test_what_is_built_from_a_table_is_built_again_when_its_sources_change(tmp_path):
    path = _fresh(tmp_path)
    table, code = tmp_path / "t.toml", tmp_path / "builder.py"
    table.write_text("a = 1\n", encoding="utf-8")
    code.write_text("# v1\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return {"built": len(builds), "set": frozenset({"甲"})}

    assert startcache.memo("thing", (table, code), build) == {"built": 1, "set": frozenset({"甲"})}
    startcache.save()
    startcache.reset(path)
    assert startcache.memo("thing", (table, code), build)["built"] == 1  # kept
    code.write_text("# v2\n", encoding="utf-8")
    assert startcache.memo("thing", (table, code), build)["built"] == 2  # the code changed
    table.write_text("a = 2\n", encoding="utf-8")
    assert startcache.memo("thing", (table, code), build)["built"] == 3  # the table changed
    assert startcache.memo("thing", (tmp_path / "gone.py",), build)["built"] == 4  # no source: built


def test_the_kept_gazetteer_is_the_one_built():
    from kjstats import places

    assert places.gazetteer() == places._Gazetteer(*places._build_gazetteer())


def test_where_the_file_goes(monkeypatch, tmp_path):
    monkeypatch.delenv("KJSTATS_CACHE", raising=False)
    monkeypatch.setenv("KJSTATS_CACHE_DIR", str(tmp_path / "here"))
    assert startcache.cache_path().parent == tmp_path / "here"
    monkeypatch.delenv("KJSTATS_CACHE_DIR")
    # beside the package, when it may be written there (this checkout)
    package = Path(startcache.__file__).resolve().parent
    if os.access(package, os.W_OK):
        assert startcache.cache_path().parent == package / "__pycache__"
    # else the user's cache directory
    monkeypatch.setattr(startcache, "_beside_the_package", lambda: None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert startcache.cache_path().parent == tmp_path / "xdg" / "kjstats"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert startcache.cache_path().parent == tmp_path / "home" / ".cache" / "kjstats"
    # two interpreter builds never share a file
    assert startcache.cache_path().name.startswith(f"start-{sys.implementation.cache_tag}-")


def test_without_a_writable_package_or_a_home_there_is_no_cache_and_no_error(monkeypatch):
    for name in ("KJSTATS_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(startcache.Path, "home", staticmethod(no_home))
    monkeypatch.setattr(startcache.os, "access", lambda path, mode: False)
    assert startcache.cache_path() is None
