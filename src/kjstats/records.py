"""The Indicator record: one figure and everything records.md says about it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

# Output order of records.md (doc first), then the sentence, which every output carries.
FIELDS = (
    "doc",
    "start",
    "end",
    "text",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "kind",
    "planned",
    "region",
    "period",
    "indicator",
    "category",
    "measure",
    "region_code",
)
OUTPUT_FIELDS = FIELDS + ("sentence",)
NUMERIC_FIELDS = ("start", "end", "value", "value_max")

KINDS = ("level", "growth", "share", "rank")
QUALIFIERS = ("at_least", "more_than", "nearly", "about", "at_most")
CATEGORIES = (
    "rd_expenditure",
    "high_tech_industry",
    "high_tech_enterprise",
    "tech_sme",
    "rd_institution",
    "incubator",
    "talent",
    "innovation_voucher",
    "funding",
    "investment",
    "project",
    "patent",
    "tech_market",
    "enterprise",
    "facility",
    "economy",
    "other",
)


@dataclass(frozen=True, slots=True)
class Indicator:
    """One figure of a document. ``document[start:end] == text`` always holds."""

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None = None
    unit: str = ""
    qualifier: str | None = None
    kind: str = "level"
    planned: bool = False
    region: str = ""
    period: str = ""
    indicator: str = ""
    category: str = "other"
    sentence: str = ""
    doc: str | None = None
    measure: str = ""  # the standard indicator (data/measures.toml), "" when none fits
    region_code: str = ""  # GB/T 2260 code of region, 100000 for 全国; "" if not a unit

    def to_dict(self) -> dict:
        """The record as a plain dict in output order (values stay Decimal)."""
        d = asdict(self)
        return {k: d[k] for k in OUTPUT_FIELDS}


def plain(d: Decimal | None) -> str:
    """A Decimal as plain digits, exactly: 2.59E+9 -> '2590000000', 8.0 -> '8'."""
    if d is None:
        return ""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s
