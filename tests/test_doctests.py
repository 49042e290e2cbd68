"""The examples in the library's docstrings run and give what they show (issue 13: doctests
run). The installed modules are tested, compiled or not: mypyc keeps docstrings."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "kjstats",
    "kjstats.api",
    "kjstats.excel",
    "kjstats.highlight",
    "kjstats.numerals",
    "kjstats.series",
    "kjstats.summary",
    "kjstats.writers",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder()
    tests = [t for t in finder.find(module) if t.examples]
    assert tests, f"{name} has no examples any more: take it off the list"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for t in tests:
        runner.run(t)
    assert runner.failures == 0, f"{runner.failures} failing example(s) in {name}"
