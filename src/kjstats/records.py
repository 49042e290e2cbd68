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

# The standard indicators of records.md's table "Measures": id -> standard name, in the table's
# order. The one list of measure ids: the CLI's --measure choices, the series tables and the
# measure rules (data/measures.toml may only name these ids) all read it here.
MEASURE_NAMES = {
    "rd_spend": "R&D经费",
    "rd_intensity": "R&D经费投入强度",
    "rd_spend_enterprise": "企业研发经费",
    "rd_intensity_enterprise": "企业研发投入强度",
    "rd_spend_basic": "基础研究经费",
    "rd_personnel": "R&D人员",
    "fiscal_st_spend": "财政科学技术支出",
    "hti_output": "高新技术产业产值",
    "hti_value_added": "高新技术产业增加值",
    "hti_investment": "高新技术产业投资",
    "hte_count": "高新技术企业数",
    "hte_new": "新增高新技术企业",
    "tsme_count": "科技型中小企业数",
    "tech_contract_value": "技术合同成交额",
    "tech_contract_value_absorbed": "吸纳技术合同成交额",
    "tech_contract_count": "技术合同数",
    "patent_applications": "专利申请量",
    "patent_grants": "专利授权量",
    "invention_patent_applications": "发明专利申请量",
    "invention_patent_grants": "发明专利授权量",
    "invention_patents_held": "有效发明专利",
    "invention_patents_per_10k": "每万人口发明专利拥有量",
    "incubators": "科技企业孵化器",
    "maker_spaces": "众创空间",
    "rd_institutions": "研发机构",
    "voucher_issued": "创新券发放额",
    "voucher_used": "创新券使用额",
    "gdp": "地区生产总值",
    "innovation_rank": "区域创新能力排名",
}
MEASURES = tuple(MEASURE_NAMES)


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

    def at(self, start: int, end: int, text: str) -> Indicator:
        """The same record with another span (a copy: records are frozen). Positional, as
        dataclasses.replace is not: replace looks up every field by name, a few times the cost."""
        return Indicator(
            start,
            end,
            text,
            self.value,
            self.value_max,
            self.unit,
            self.qualifier,
            self.kind,
            self.planned,
            self.region,
            self.period,
            self.indicator,
            self.category,
            self.sentence,
            self.doc,
            self.measure,
            self.region_code,
        )

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
