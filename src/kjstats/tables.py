"""Pipe tables (rows like ``a | b | c``): one record per numeric cell.

A cell is named from its row and column headers, takes its unit from the header (产值(亿元) ->
value in 元) or from a unit cell of its row, and its region from a row that names a place.
Headers flattened from merged cells rarely line up with the data, so numeric cells are matched
to the value columns in order rather than by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Final

from .context import Layout, Scope, find_time_phrases
from .lexicon import Categories, compile_pattern
from .measures import measure_of
from .places import expand, find_places, names
from .records import Indicator

NUMBER_CELL: Final = re.compile(r"^([-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|‰)?$")
EMPTY_CELL: Final = compile_pattern(r"^(?:—+|-{1,3}|－+|/|\.\.\.|…+|无|空)?$")
HEADER_UNIT: Final = compile_pattern(
    r"[(（]\s*(万亿元|亿元|万元|千元|元|亿美元|万美元|美元|%|‰|个百分点|家|个|项|件|人|万人|人次|亿|万)\s*[)）]"
)
UNIT_CELL: Final = compile_pattern(r"^(万亿元|亿元|万元|千元|元|亿美元|万美元|美元|%|‰|家|个|项|件|人|万人|人次)$")
ROW_NUMBER_HEADERS: Final = ("序号", "编号", "排名", "名次", "No", "NO")
GROWTH_WORDS: Final = compile_pattern(r"同比|增长|增速|增幅|变化|比上年|较上年|涨幅")
SHARE_WORDS: Final = compile_pattern(r"比重|占比|份额|强度|之比")
TITLE_NOISE: Final = compile_pattern(
    r"^(?:附?表\s*[0-9一二三四五六七八九十.\-]*[:：]?\s*)|(?:情况|一览表?|汇总表?|统计表?|分布|总体|表)$"
)
TOPIC_NOISE: Final = compile_pattern(
    r"^(?:(?:19|20)[0-9]{2}\s*年(?:度)?(?:[0-9一二三四]+[—\-~至]?[0-9]*月|上半年|下半年|[一二三四]季度|前三季度)?"
    r"|\p{Han}{2,6}?[省市区县](?=各)|各县[(（][^)）]*[)）]|各[市区县地]|分地区|分行业|全省|全市|全区|主要)"
    r"|(?:行业|地区|各市|完成|指标|主要指标|完成情况)$"
)
# Measure words that end a table's topic (…产值及增加值): what remains is its subject.
TOPIC_MEASURE: Final = compile_pattern(
    r"(?:及|和|与|、)?(?:产值|增加值|营业收入|收入|投资|数量|规模|金额|总额|情况|登记|认定|运行|发展|完成)$"
)
# Column headers that only say "the value" (数值, 金额) name nothing.
VALUE_HEADER: Final = compile_pattern(
    r"^(?:数值|数量|金额|完成值|完成数|完成情况|本期|本年|累计|绝对值|总量|合计|指标值|实际|本月|当月|值|数|总额|规模)$"
)
PERIOD_CELL: Final = compile_pattern(r"^(?:19|20)[0-9]{2}\s*年")
# A row label shaped like a place name (高新区, 樊城区, 长安镇) names the region of its row.
PLACE_LABEL: Final = compile_pattern(r"^\p{Han}{0,6}(?:高新区|开发区|经开区|新区|镇|乡|街道|区|县|市|州|省)$")
# Rows that total the table: their region is the document's (全省 -> 浙江省).
WHOLE_ROWS: Final = ("全省", "全市", "全区", "全县", "全国", "合计", "总计", "总体", "全部")

SCALE: Final = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}


def _unit_of(word: str) -> tuple[str, Decimal]:
    """亿元 -> (元, 1e8); % -> (%, 1); 万人 -> (人, 1e4)."""
    if word in ("%", "‰"):
        return word, Decimal(1)
    if word == "个百分点":
        return "百分点", Decimal(1)
    for prefix, factor in SCALE.items():
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix) :], factor
    if word in ("亿", "万"):
        return "", SCALE[word]
    return word, Decimal(1)


@dataclass(init=False)
class Cell:
    text: str
    start: int
    end: int

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted)
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end


@dataclass
class Table:
    start: int
    end: int
    title: str
    rows: list[list[Cell]] = field(default_factory=list)

    def records(self, text: str, scope: Scope, cats: Categories, doc: str | None) -> list[Indicator]:
        return _table_records(self, text, scope, cats, doc)


def _split_row(t: str, s: int, e: int) -> list[Cell]:
    cells = []
    i = s
    for part in t[s:e].split("|"):
        j = i + len(part)
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        cells.append(Cell(body, i + lead, i + lead + len(body)))
        i = j + 1
    # a leading empty cell is kept (a row label left blank), trailing empties dropped
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def find_tables(folded: str, lay: Layout) -> list[Table]:
    """Runs of two or more lines holding '|' cells."""
    tables: list[Table] = []
    lines = []
    pos = 0
    for line in folded.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if folded.count("|", s, e) >= 1 and _is_row(folded[s:e]):
            j = i
            while j + 1 < len(lines) and _is_row(folded[lines[j + 1][0] : lines[j + 1][1]]):
                j += 1
            if j > i:
                title = _title_before(folded, lines, i)
                tb = Table(lines[i][0], lines[j][1], title)
                for k in range(i, j + 1):
                    tb.rows.append(_split_row(folded, *lines[k]))
                tables.append(tb)
            i = j + 1
        else:
            i += 1
    return tables


def _is_row(line: str) -> bool:
    return line.count("|") >= 1 and len(line.strip()) > 1 and not line.strip().startswith("http")


def _title_before(t: str, lines: list[tuple[int, int]], i: int) -> str:
    for k in range(i - 1, max(-1, i - 3), -1):
        s, e = lines[k]
        line = t[s:e].strip()
        if not line:
            continue
        if len(line) <= 40 and line[-1] not in "。；;!！?？":
            return line
        break
    return ""


def _is_number(cell: str) -> bool:
    return bool(NUMBER_CELL.match(cell))


def _topic(title: str) -> str:
    s = title
    for _ in range(3):
        s = TITLE_NOISE.sub("", s).strip()
        s = TOPIC_NOISE.sub("", s).strip()
    return s


def _table_records(tb: Table, text: str, scope: Scope, cats: Categories, doc: str | None) -> list[Indicator]:
    rows = tb.rows
    # header rows: before the first row that holds a number outside a row-number column
    first_data = None
    for r, row in enumerate(rows):
        nums = [c for c in row if _is_number(c.text)]
        label_like = [c for c in row if c.text and not _is_number(c.text) and not EMPTY_CELL.match(c.text)]
        if nums and not (len(nums) == 1 and row and row[0] is nums[0] and len(label_like) >= len(row) - 1):
            first_data = r
            break
    if first_data is None:
        return []
    headers = rows[:first_data]
    period_cells = [c.text for h in headers for c in h if PERIOD_CELL.match(c.text)]
    row_number_col = any(c.text in ROW_NUMBER_HEADERS for h in headers for c in h[:1])
    # value columns: header cells that are neither row labels, periods nor blanks
    value_cols: list[str] = []
    for h in headers:
        cols = [c.text for c in h if c.text and not PERIOD_CELL.match(c.text)]
        unit_cols = [c for c in cols if HEADER_UNIT.search(c)]
        if unit_cols:
            value_cols = cols if len(unit_cols) == len(cols) else unit_cols
            break
    if not value_cols and headers:
        cols = [c.text for c in headers[0] if c.text and not PERIOD_CELL.match(c.text)]
        value_cols = cols[1:] if len(cols) > 1 else cols
    topic = _topic(tb.title)
    out: list[Indicator] = []
    prev_names: dict[int, str] = {}
    for row in rows[first_data:]:
        cells = [c for c in row if c.text]
        if not cells:
            continue
        if row_number_col and row and row[0].text and _is_number(row[0].text):
            cells = [c for c in row[1:] if c.text]
        labels = [
            c for c in cells if not _is_number(c.text) and not EMPTY_CELL.match(c.text) and not UNIT_CELL.match(c.text)
        ]
        unit_cell = next((c for c in cells if UNIT_CELL.match(c.text)), None)
        values = [c for c in cells if _is_number(c.text) or EMPTY_CELL.match(c.text)]
        # leading blanks before the label are not values
        if labels:
            values = [c for c in values if c.start > labels[0].start]
        label = labels[0].text if labels else ""
        place = "" if label.replace(" ", "") in WHOLE_ROWS else _row_place(label)
        if not place and label.replace(" ", "") in WHOLE_ROWS:
            place = scope.doc_region or ""
            label = ""
        row_level = ""
        for k, cell in enumerate(values):
            if not _is_number(cell.text):
                continue
            col = value_cols[k] if k < len(value_cols) else ""
            unit, factor, kind = _cell_unit(label, col, unit_cell.text if unit_cell else "", cell.text)
            if unit is None:
                continue
            name = _cell_name(label, col, topic, place, kind, row_level or prev_names.get(k, ""))
            if kind == "level":
                prev_names[k] = name
                row_level = name
            m = NUMBER_CELL.match(cell.text)
            if m is None:
                continue
            number = m.group(1).replace(",", "").replace("−", "-")
            value = Decimal(number) * factor
            region = place or scope.region(cell.start)
            period = _period_of(period_cells) or scope.period(cell.start)
            category = _category(cats, name, topic or tb.title)
            out.append(
                Indicator(
                    cell.start,
                    cell.end,
                    text[cell.start : cell.end],
                    _norm(value),
                    None,
                    unit,
                    None,
                    kind,
                    False,
                    region,
                    period,
                    name,
                    category,
                    " ".join(text[row[0].start : row[-1].end].split()),
                    doc,
                    measure=measure_of(name, unit, kind, category),
                    region_code=scope.region_code(region),
                )
            )
    return out


def _norm(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() and abs(d) < Decimal(10) ** 20 else d


def _row_place(label: str) -> str:
    """The region a row label names (杭州市 -> 杭州市, 全省 -> the document's)."""
    if not label:
        return ""
    clean = label.replace(" ", "")
    g = names()
    if clean in g.full or clean in g.short or clean in g.county_short:
        return expand(clean)
    ps = find_places(clean)
    if ps and ps[0].start == 0 and ps[0].end == len(clean):
        return ps[0].full
    if PLACE_LABEL.match(clean):
        return clean
    return ""


def _cell_unit(label: str, col: str, unit_cell: str, cell: str):
    """(unit, factor, kind) of a cell from its row label, column header and unit cell."""
    kind = "level"
    for src in (label, col):
        if GROWTH_WORDS.search(src):
            kind = "growth"
            break
        if SHARE_WORDS.search(src):
            kind = "share"
    unit_word = ""
    if cell.endswith(("%", "‰")):
        unit_word = cell[-1]
    else:
        for src in (label, col):
            m = HEADER_UNIT.search(src)
            if m:
                unit_word = m.group(1)
                break
        if not unit_word and unit_cell:
            unit_word = unit_cell
    if not unit_word:
        return ("%", Decimal(1), kind) if kind in ("growth", "share") else (None, None, kind)
    unit, factor = _unit_of(unit_word)
    if unit == "%" and kind == "level":
        kind = "share"
    return unit, factor, kind


def _cell_name(label: str, col: str, topic: str, place: str, kind: str, prev: str) -> str:
    """A cell's indicator from its row label and column header:
    - a growth cell names what grew (the row's level figure, or the one above it);
    - rows of places under measure columns (产值(亿元)): the table's subject and the measure;
    - rows of items under value columns (数值(亿元), 金额(万元)): the row label;
    - rows of items under measure columns (企业数(家), 产值(亿元)): row label and measure;
    - rows of measures under subject columns (产值 under 高新技术产业): column and row."""
    col_name = _bare(col)
    label_name = _bare(label)
    if kind == "growth" and (GROWTH_WORDS.search(label) or GROWTH_WORDS.search(col)):
        return prev or (col_name if GROWTH_WORDS.search(label) else label_name) or topic
    col_is_value = not col_name or bool(VALUE_HEADER.match(col_name)) or bool(PERIOD_CELL.match(col))
    if place or not label_name:
        measure = "" if col_is_value else col_name
        subject = _topic_subject(topic, measure)
        if measure and subject and measure not in subject and subject not in measure:
            return subject + measure
        return measure or subject or topic
    if col_is_value:
        return label_name
    if HEADER_UNIT.search(col):
        return label_name if col_name in label_name else label_name + col_name
    return col_name + label_name


def _category(cats: Categories, name: str, topic: str) -> str:
    """A cell's category: its name's, unless that is only an economic measure (食品制造业产值)
    in a table about something more specific (高新技术产业产值)."""
    own = cats.best_in(name)
    about = cats.best_in(topic)
    if (own is None or own == "economy" and not cats.whole_economy(name)) and about not in (None, "economy"):
        return about
    return own or about or "other"


def _bare(header: str) -> str:
    return HEADER_UNIT.sub("", header).replace(" ", "")


def _topic_subject(topic: str, measure: str) -> str:
    """高新技术产业产值及增加值 -> 高新技术产业: the topic without its measure words."""
    s = topic
    for _ in range(4):
        before = s
        if measure and s.endswith(measure):
            s = s[: -len(measure)]
        s = TOPIC_MEASURE.sub("", s)
        if s == before:
            break
    return s


def _period_of(cells: list[str]) -> str:
    return _cell_period(cells[0]) if cells else ""


@lru_cache(maxsize=1024)
def _cell_period(t: str) -> str:
    """The time a header cell names (2023年, 1-6月); every row asks again for the same cell."""
    ps = find_time_phrases(t, 0, len(t))
    return ps[0].iso(None) if ps else ""
