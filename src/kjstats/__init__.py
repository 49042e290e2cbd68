"""kjstats: every numeric indicator in a Chinese S&T report, as a typed record grounded in the text.

    >>> import kjstats
    >>> [r.value for r in kjstats.extract("全区高新技术产业增加值34.9亿元，增幅3.8%。")]
    [Decimal('3490000000'), Decimal('3.8')]
"""
from ._compiled import choose as _choose

COMPILED = _choose()      # True when the mypyc-compiled extraction modules are in use

from .numerals import parse_number  # noqa: E402  (after _choose: it routes the imports)
from .pipeline import extract  # noqa: E402
from .records import FIELDS, OUTPUT_FIELDS, Indicator  # noqa: E402

__all__ = ["extract", "parse_number", "Indicator", "FIELDS", "OUTPUT_FIELDS"]
__version__ = "0.1.0"
