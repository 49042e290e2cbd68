"""Indicator records built in compiled code.

An Indicator is a frozen dataclass: its generated __init__ sets each of its 15 fields with an
interpreted object.__setattr__ call, about 8% of extract's time. This module is compiled by
mypyc (kjstats._compiled), so the same assignments here cost a fraction of that. The record is
the same object either way; tests/test_records.py checks the two agree field for field.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Final

from .records import Indicator

_NEW: Final = object.__new__
_SET: Final = object.__setattr__


def new_record(start: int, end: int, text: str, value: Decimal, value_max: Decimal | None, unit: str,
               qualifier: str | None, kind: str, planned: bool, region: str, period: str,
               indicator: str, category: str, sentence: str, doc: str | None) -> Indicator:
    """Indicator(start, end, …, doc) with every field given, in declaration order."""
    r = _NEW(Indicator)
    _SET(r, "start", start)
    _SET(r, "end", end)
    _SET(r, "text", text)
    _SET(r, "value", value)
    _SET(r, "value_max", value_max)
    _SET(r, "unit", unit)
    _SET(r, "qualifier", qualifier)
    _SET(r, "kind", kind)
    _SET(r, "planned", planned)
    _SET(r, "region", region)
    _SET(r, "period", period)
    _SET(r, "indicator", indicator)
    _SET(r, "category", category)
    _SET(r, "sentence", sentence)
    _SET(r, "doc", doc)
    return r
