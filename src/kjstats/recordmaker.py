"""Indicator records built in compiled code.

An Indicator is a frozen dataclass: its generated __init__ sets each of its 15 fields with an
interpreted object.__setattr__ call, about 8% of extract's time. This module is compiled by
mypyc (kjstats._compiled), so the same assignments here cost a fraction of that. The record is
the same object either way; tests/test_records.py checks the two agree field for field.
"""
from __future__ import annotations

from dataclasses import fields
from decimal import Decimal
from typing import Final

from .records import Indicator

_NEW: Final = object.__new__
# The slots' own setters, in field order: object.__setattr__ would look each name up first.
_SETTERS: Final = tuple(Indicator.__dict__[f.name].__set__ for f in fields(Indicator))


def new_record(start: int, end: int, text: str, value: Decimal, value_max: Decimal | None, unit: str,
               qualifier: str | None, kind: str, planned: bool, region: str, period: str,
               indicator: str, category: str, sentence: str, doc: str | None) -> Indicator:
    """Indicator(start, end, …, doc) with every field given, in declaration order."""
    r = _NEW(Indicator)
    s = _SETTERS
    s[0](r, start)
    s[1](r, end)
    s[2](r, text)
    s[3](r, value)
    s[4](r, value_max)
    s[5](r, unit)
    s[6](r, qualifier)
    s[7](r, kind)
    s[8](r, planned)
    s[9](r, region)
    s[10](r, period)
    s[11](r, indicator)
    s[12](r, category)
    s[13](r, sentence)
    s[14](r, doc)
    return r
