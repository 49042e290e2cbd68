"""Ordered lists of named rules: each attribute of a record (kind, category, planned, region,
period) is decided by the first rule of its list that applies. A rule is a function of what the
attribute's decision reads, returning the value or None when it does not apply; its name is
what the tests (tests/test_spec_*.py) and kjstats.explain() call it by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

C = TypeVar("C")
T = TypeVar("T")


@dataclass(frozen=True)
class Rule(Generic[C, T]):
    name: str
    apply: Callable[[C], T | None]


def decide(rules: Sequence[Rule[C, T]], context: C) -> tuple[T, str]:
    """The value of the first rule that applies, and its name (the last rule must always apply)."""
    for rule in rules:
        value = rule.apply(context)
        if value is not None:
            return value, rule.name
    raise ValueError(f"no rule applies (the last of {[r.name for r in rules]} must)")
