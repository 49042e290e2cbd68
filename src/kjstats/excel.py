"""What Excel does to cells, and how kjstats keeps it from changing them (no openpyxl here).

    >>> from decimal import Decimal
    >>> excel_number(Decimal("2.59E+9")), number_format(Decimal("2.59E+9"))
    (2590000000, '#,##0')
    >>> excel_number(Decimal("3.80")), number_format(Decimal("3.80"))
    (3.8, '#,##0.0')
    >>> excel_number(Decimal("12345678901234567"))   # past a double's 15 digits: exact text
    '12345678901234567'
    >>> inert("=SUM(A1)"), csv_period("2020-01")
    ("'=SUM(A1)", '="2020-01"')

Excel holds numbers as IEEE doubles and shows them with 15 significant digits; in the General
format a number of 12 digits or more is shown as 1.55E+12. A value is an Excel number only when
the double holds it exactly, with a number format that shows each of its digits.

In CSV (Excel has no cell types there) a text cell beginning with = + - @ tab or CR is run as a
formula: it gets a leading ' (the OWASP advice; Excel shows it). An ISO period (2020-01) is
turned into a date: it is written as the formula ="2020-01", a constant string Excel shows as
typed. An xlsx cell has a type, so its text is stored as text as it is (see xlsxfile).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

__all__ = ["FORMULA_LEADS", "MAX_ROWS", "display_width", "excel_number", "number_format", "inert", "csv_period"]

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
MAX_ROWS = 1_048_576  # rows of one Excel sheet, its header included
MAX_CELL = 32_767  # characters of one Excel cell

_DIGITS = 15  # what a double holds exactly and Excel shows
_MIN, _MAX = Decimal("1E-307"), Decimal("9.99999999999999E+307")


def excel_number(d: Decimal) -> int | float | str:
    """d as an Excel number when a double holds it exactly, else its exact text."""
    if not d.is_finite():
        return str(d)
    significant = "".join(map(str, d.as_tuple().digits)).strip("0")
    size = d.copy_abs()  # exact (abs() would round to the context's 28 digits)
    if d == 0 or (len(significant) <= _DIGITS and _MIN <= size <= _MAX):
        if d == d.to_integral_value() and size < 10**_DIGITS:
            return int(d)
        return float(d)  # <= 15 significant digits round-trip through a double
    from .records import plain

    return plain(d)


def number_format(d: Decimal) -> str:
    """An Excel number format that shows every digit of d, grouped: '#,##0', '#,##0.00'."""
    exponent = d.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


def inert(text: str) -> str:
    """A CSV text cell Excel shows instead of running: ' before a formula lead."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def csv_period(period: str) -> str:
    """A period as a CSV cell Excel keeps as text (it reads 2020-01 as a date, 2020 as a number)."""
    return '="' + period.replace('"', '""') + '"' if period else ""


def display_width(text: str) -> int:
    """Columns a string takes in a spreadsheet: CJK (wide/fullwidth) characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
