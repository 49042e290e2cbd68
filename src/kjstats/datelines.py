"""A document's own dates: the publication date or dateline it carries (发布时间：2024-04-18,
2024年7月12日, 二〇二三年一月十日), and the year of the plan its title names (2024年工作要点).
document.py dates the document with them; the time phrases its figures are read with are
timephrases.py's."""

from __future__ import annotations

import re
from typing import Final

from .lexicon import compile_pattern
from .timephrases import YEAR, ZH_MONTH, ZH_YEAR, zh_int, zh_year

# A publication date or a dateline: 发布时间：2024-04-18, 2024年7月12日.
# (a signature writes its date in numerals: 二〇二三年一月十日, read as 2023年一月十日 once folded)
PUB_DATE: Final = compile_pattern(
    rf"({YEAR})(?:[-/.]([0-9]{{1,2}})[-/.][0-9]{{1,2}}|年([0-9]{{1,2}})月[0-9]{{1,2}}日)"
    rf"|({YEAR}|{ZH_YEAR})年([{ZH_MONTH}]{{1,2}})月[{ZH_MONTH}]{{1,3}}日"
)
# A title naming the year a plan is for: 璧山区科学技术局2024年工作要点.
PLAN_TITLE: Final = compile_pattern(
    rf"({YEAR}|{ZH_YEAR})年(?:度)?(?:科技|科技创新)?(?:工作)?(?:要点|计划|思路|打算|安排)"
)


def year_value(written: str) -> int:
    """A year as written in digits or in numerals (2025, 二〇二五)."""
    return int(written) if written.isdigit() else zh_year(written)


def date_of(m: re.Match[str]) -> tuple[int, int]:
    """Year and month of a PUB_DATE match."""
    if m.group(4):
        return year_value(m.group(4)), zh_int(m.group(5))  # (folding writes its year in digits)
    return int(m.group(1)), int(m.group(2) or m.group(3))
