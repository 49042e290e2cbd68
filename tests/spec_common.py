"""Shared pieces of the specification tables (tests/test_spec_*.py).

Each attribute of a record is decided by an ordered list of named rules (src/kjstats/rules.py);
its spec file holds, for every rule of the list, tables of sentences written for these tests:

- MUST: (text, figure, expected value, the rule that must decide it); both are asserted.
- MUST NOT: (text, figure, a tempting wrong value, a rule that must not fire or ""): the value
  must not come out (and that rule must not decide it).
- BUGS CAUGHT: cases of the MUST shape pinned for defects fixed before, each with a comment
  naming the defect.
- STRICT XFAIL: cases the rules get wrong today that a person would expect right, marked
  ``pytest.mark.xfail(strict=True)``; only the value is asserted, so a fix shows up as XPASS
  (whatever rule makes it right) and the case must then move into MUST.

A meta-test in each file checks that every rule of the list has at least one MUST case (a new
rule without a spec fails) and that every rule named in a table exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

import kjstats

Case = object  # a pytest.param(...) ParameterSet


def explained(text: str, figure: str, nth: int = 0) -> kjstats.Explained:
    """The record (with its rules) whose text is ``figure`` in ``kjstats.explain(text)``; its
    ``nth`` occurrence when the figure is written more than once."""
    found = kjstats.explain(text)
    hits = [e for e in found if e.record.text == figure]
    if len(hits) <= nth:
        pytest.fail(
            f"no figure {figure!r} (occurrence {nth}) in {text!r}; figures found: {[e.record.text for e in found]}",
            pytrace=False,
        )
    return hits[nth]


def case(text: str, figure: str, expected: object, rule: str = "") -> Case:
    return pytest.param(text, figure, expected, rule)


def xfail(text: str, figure: str, expected: object, reason: str) -> Case:
    """A case the rules get wrong today: expected is what a person would expect."""
    return pytest.param(text, figure, expected, "", marks=pytest.mark.xfail(strict=True, reason=reason))


def table(prefix: str, cases: Sequence) -> list:
    """The cases with readable ids (prefix, position, rule), since the texts are Chinese."""
    out = []
    for i, p in enumerate(cases, 1):
        rule = p.values[3]
        ident = f"{prefix}{i}" + (f"-{rule.replace(' ', '_')}" if rule else "")
        out.append(pytest.param(*p.values, marks=p.marks, id=ident))
    return out


def rules_of(cases: Iterable) -> set[str]:
    return {p.values[3] for p in cases if p.values[3]}


def check_rule_tables(names: Sequence[str], must: Iterable, *others: Iterable, extra: Iterable[str] = ()) -> None:
    """Every rule of the list has a MUST case (or is covered by a named direct test in
    ``extra``); every rule named in any table is one of the list."""
    must = list(must)
    covered = rules_of(must) | set(extra)
    missing = [n for n in names if n not in covered]
    assert not missing, f"rules without a MUST case: {missing}"
    named = rules_of(must).union(*(rules_of(t) for t in others))
    unknown = sorted(named - set(names))
    assert not unknown, f"rules named in the tables but not in the list: {unknown} (list: {list(names)})"
