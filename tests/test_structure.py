"""The shape of the package (issue 13): the library imports neither click nor rich, and no
module is past 600 lines. Read from the sources with ast, so nothing here depends on what
is installed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "kjstats"
MODULES = sorted(PACKAGE.glob("*.py"))
# The command line: click and rich belong to these alone (the views and the progress bar use rich).
CLI_SIDE = {"cli.py", "terminal.py", "views.py"}
UI_PACKAGES = {"click", "rich"}
MAX_LINES = 600
# Modules allowed past MAX_LINES, by name, each at most the lines it had when it was let in:
# the exemption holds a module where it is until it is split, then goes (and cannot come back
# as a new module). readers.py and writers.py were exempt until they were split (the readers'
# modules; parquetfile.py out of writers.py); none is now.
LONG: dict[str, int] = {}


def _imports(tree: ast.AST) -> set[str]:
    """Every module a tree imports, anywhere (a lazy import inside a function counts):
    absolute names, and relative ones as ".name"."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if node.module:
                    out.add("." + node.module)
                else:  # from . import a, b
                    out.update("." + alias.name for alias in node.names)
            elif node.module:
                out.add(node.module)
    return out


def test_the_package_has_modules():
    assert len(MODULES) > 20 and PACKAGE.joinpath("cli.py") in MODULES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_the_library_imports_neither_click_nor_rich(path):
    if path.name in CLI_SIDE:
        return
    imported = _imports(ast.parse(path.read_text(encoding="utf-8")))
    ui = sorted(name for name in imported if name.split(".")[0] in UI_PACKAGES)
    assert not ui, f"{path.name} imports {', '.join(ui)}: only {', '.join(sorted(CLI_SIDE))} may"
    # nor through the modules that do
    cli_side = sorted(name for name in imported if name.lstrip(".") in {m[:-3] for m in CLI_SIDE})
    assert not cli_side, f"{path.name} imports {', '.join(cli_side)}, which import click or rich"


def test_the_import_check_sees_lazy_and_relative_imports():
    tree = ast.parse("def f():\n    import rich.table\nfrom . import terminal, x\nfrom .views import y\n")
    assert _imports(tree) == {"rich.table", ".terminal", ".x", ".views"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_is_past_600_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    limit = max(MAX_LINES, LONG.get(path.name, 0))
    assert lines <= limit, f"{path.name} has {lines} lines: split it by job (the limit is {MAX_LINES})"


def test_every_exemption_names_a_module():
    assert set(LONG) <= {p.name for p in MODULES}


def test_the_readme_lists_every_module():
    readme = (PACKAGE.parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("Every module of `src/kjstats`")
    table = readme[start : readme.index("\n\n", readme.index("| module |", start))]
    listed = set(re.findall(r"^\| `([\w.]+\.py)`(?:, `([\w.]+\.py)`)?", table, flags=re.M))
    names = {name for pair in listed for name in pair if name}
    assert names == {p.name for p in MODULES}, "README.md's module table (How it works) lists each module once"
