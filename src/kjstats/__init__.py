"""kjstats: every numeric indicator in a Chinese S&T report, as a typed record grounded in the text.

>>> import kjstats
>>> [r.value for r in kjstats.extract("全区高新技术产业增加值34.9亿元，增幅3.8%。")]
[Decimal('3490000000'), Decimal('3.8')]

``explain`` gives the same records with the named rule that decided each attribute:

>>> e = kjstats.explain("全区高新技术产业增加值34.9亿元，增幅3.8%。")[1]
>>> e.record.kind, e.rule("kind")
('growth', 'percent')
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from . import figures as _figures
from .api import extract_file, to_dataframe
from .numerals import parse_number
from .pipeline import Explained, explain, extract
from .readers import ReadError
from .records import FIELDS, MEASURE_NAMES, MEASURES, OUTPUT_FIELDS, Indicator

# True when the install compiled the extraction modules with mypyc (setup.py).
COMPILED = not _figures.__file__.endswith(".py")

try:
    __version__ = _version("kjstats")
except PackageNotFoundError:  # the sources run without an install
    __version__ = "0+unknown"

__all__ = [
    "extract",
    "explain",
    "Explained",
    "extract_file",
    "to_dataframe",
    "parse_number",
    "Indicator",
    "ReadError",
    "FIELDS",
    "OUTPUT_FIELDS",
    "MEASURES",
    "MEASURE_NAMES",
    "COMPILED",
]
