"""Ordered lists of named rules: each attribute of a record (kind, category, planned, region,
period) is decided by the first rule of its list that applies. A rule is a function of what the
attribute's decision reads, returning the value or None when it does not apply; its name is
what the tests (tests/test_spec_*.py) and kjstats.explain() call it by.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Rule:
    """A named rule: ``apply`` gives the attribute's value, or None when the rule does not apply.
    (A plain class, not a generic dataclass: mypyc compiles it, and decide runs per attribute
    of every figure.)"""

    __slots__ = ("name", "apply")

    def __init__(self, name: str, apply: Callable[[Any], Any]) -> None:
        self.name = name
        self.apply = apply

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"


def decide(rules: tuple[Rule, ...], context: Any) -> tuple[Any, str]:
    """The value of the first rule that applies, and its name (the last rule must always apply)."""
    for rule in rules:
        value = rule.apply(context)
        if value is not None:
            return value, rule.name
    raise ValueError(f"no rule applies (the last of {[r.name for r in rules]} must)")
