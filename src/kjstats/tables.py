"""Pipe tables (rows like ``a | b | c``): one record per numeric cell.

A cell is named from its row and column headers, takes its unit from the header (产值(亿元) ->
value in 元) or from a unit cell of its row, and its region from a row that names a place.
Headers flattened from merged cells rarely line up with the data, so numeric cells are matched
to the value columns in order rather than by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Final

from .figures import Figure
from .gazetteer import NATION_CODE
from .home import scope_word_kind
from .lexicon import Categories, Pattern, alternation, compile_pattern, table
from .measures import measure_of
from .numerals import exact_product
from .places import expand, find_places, names
from .records import Indicator
from .scope import Scope
from .tablefind import (
    CELL_CHANGES,
    CELL_DECREASES,
    FIGURE_CELL,
    PERIOD_CELL,
    SCALE,
    TABLE_UNITS,
    UNIT_WORD,
    Cell,
    Table,
    is_number,
)
from .timephrases import HEADING_NUMBER, YEAR, ZH_YEAR, TimePhrase, find_time_phrases

NUMBER_CELL: Final = re.compile(r"^([-−+]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|‰)?$")  # (+2: a change)
EMPTY_CELL: Final = compile_pattern(r"^(?:—+|-{1,3}|－+|/|\.\.\.|…+|无|空)?$")
SIGN_QUALIFIER: Final = {w: q for w, q in table("qualifiers")["prefix"].items() if not w.isalpha()}
HEADER_UNIT: Final = compile_pattern(rf"[(（]\s*({UNIT_WORD})\s*[)）]")
UNIT_CELL: Final = compile_pattern(rf"^({UNIT_WORD})$")
GROWTH_WORDS: Final = compile_pattern(r"同比|增长|增速|增幅|变化|比上年|较上年|涨幅")
CURRENT_HEADERS: Final = frozenset(table("cues")["table"]["current_headers"])
SCORE_HEADER: Final = compile_pattern(rf"(?:{alternation(table('cues')['table']['score_headers'])})$")
SCORE_UNIT: Final = next(iter(table("units")["score"]))  # (分)
SHARE_WORDS: Final = compile_pattern(
    rf"{alternation(table('cues')['table']['share_headers'])}|(?:{alternation(table('cues')['table']['share_header_ends'])})$"
)
TITLE_NOISE: Final = compile_pattern(
    r"^(?:附?表\s*[0-9一二三四五六七八九十.\-]*[:：]?\s*)|(?:情况|一览表?|汇总表?|统计表?|分布|总体|表)$"
)
TOPIC_NOISE: Final = compile_pattern(
    rf"^(?:(?:{YEAR}|{ZH_YEAR})\s*年(?:度)?(?:[0-9一二三四]+[—\-~至]?[0-9]*月|上半年|下半年|[一二三四]季度|前三季度)?"
    r"|\p{Han}{2,6}?[省市区县](?=各)|各县[(（][^)）]*[)）]"
    rf"|各(?:{alternation(table('placewords')['groups']['words'])}|地)|{alternation(table('cues')['table']['breakdowns'])}|全省|全市|全区|主要)"
    r"|(?:行业|地区|各市|完成|指标|主要指标|完成情况)$"
)
# Measure words that end a table's topic (…产值及增加值): what remains is its subject.
TOPIC_MEASURE: Final = compile_pattern(
    rf"(?:{alternation(table('cues')['table']['topic_measure_joins'])})?"
    rf"(?:{alternation(table('cues')['table']['topic_measures'])})$"
)
# Column headers that only say "the value" (数值, 金额, 实际值) name nothing (data/cues.toml [table]).
VALUE_HEADER: Final = compile_pattern(rf"^(?:{alternation(table('cues')['table']['value_headers'])})$")
# A column whose header ends saying it holds targets (2025年目标值), not what was done of them
# (目标完成率, 完成年度计划): its figures are planned.
TARGET_HEADER: Final = compile_pattern(rf"(?:{alternation(table('cues')['table']['target_headers'])})$")
DONE_HEADER: Final = compile_pattern(alternation(table("cues")["table"]["done_headers"]))
# A row label shaped like a place name (高新区, 樊城区, 长安镇) names the region of its row.
PLACE_LABEL: Final = compile_pattern(r"^\p{Han}{0,6}(?:高新区|开发区|经开区|新区|镇|乡|街道|区|县|市|州|省)$")
# Rows that total the table: their region is the document's. (A row named by a word like 全省,
# 我市 or 全国 has the region that word stands for in prose: Scope.resolve.)
TOTAL_ROWS: Final = ("合计", "总计", "总体", "全部")


def _unit_of(word: str) -> tuple[str, Decimal]:
    """亿元 -> (元, 1e8); % -> (%, 1); 万人 -> (人, 1e4)."""
    if word in ("%", "‰"):
        return word, Decimal(1)
    if word == "个百分点":
        return "百分点", Decimal(1)
    for prefix, factor in SCALE.items():
        if word.startswith(prefix) and len(word) > len(prefix) and word[len(prefix) :] in TABLE_UNITS:
            return TABLE_UNITS[word[len(prefix) :]], factor
    if word in SCALE:
        return "", SCALE[word]
    return TABLE_UNITS.get(word, word), Decimal(1)


BRACKETED: Final = compile_pattern(r"[(（][^)）]*[)）]")


def _topic(title: str) -> str:
    """What a table is about, from its title (表1 全省R&D经费投入情况 (2016年) -> R&D经费投入)."""
    s = BRACKETED.sub("", title).strip()
    if number := HEADING_NUMBER.match(s):
        s = s[number.end() :]  # 二、评价结果分布: the heading's number is no part of the topic
    for _ in range(3):
        s = TITLE_NOISE.sub("", s).strip()
        s = TOPIC_NOISE.sub("", s).strip()
        # 浙江省2023年研发经费情况: the place a title opens with is the records' region, no name
        first = find_places(s)[:1]
        if first and first[0].start == 0 and first[0].end < len(s):
            s = s[first[0].end :].strip()
    return s


def table_records(
    tb: Table, text: str, scope: Scope, cats: Categories, doc: str | None, prose: list[Figure]
) -> list[Indicator]:
    """One record per number cell of a table."""
    supers = tb.supers or [tb.super_header] * len(tb.columns)
    columns = [_column(h, sup or tb.super_header) for h, sup in zip(tb.columns, supers)]
    width = max((len(v) for _, v in tb.rows), default=0)
    columns += [_column("", tb.super_header)] * max(0, width - len(columns))
    _name_growth_columns(columns)
    _listed_units(columns, tb.units)
    _units_from_prose(columns, tb, prose)
    topic = _topic(tb.title)
    # the title's time (表1 2023年…, 表1 1~9月…: months in the document's year)
    title_period = (_cell_period(tb.title) or _title_months(tb.title, scope.doc_year)) if tb.title else ""
    # a column's own time (2023年实际值, 1-6月累计), in the title's year when it names none
    base = int(title_period[:4]) if title_period[:4].isdigit() else scope.doc_year
    column_periods = [_column_period(c.header, base, title_period) for c in columns]
    # a column whose measure names its own subject (专利授权量, not 产值)
    named = [cats.best_in(_bare(c.name_header)) not in (None, "economy") for c in columns]
    period_cells = tb.periods
    # a table of an evaluation's scores (2024年（分）) and their ranks measures no category
    scored = any(_score_header().search(c.header) for c in columns)
    out: list[Indicator] = []
    above: dict[int, str] = {}  # each column's last level name: a growth row below takes it
    for first, cells in tb.rows:
        # the row's label, a unit cell (家, 亿元) and its value cells in column order
        row = [c for c in [first, *cells] if c is None or c.text]
        labels = [c for c in row if c is not None and not _is_value(c.text) and not UNIT_CELL.match(c.text)]
        unit_cell = next((c for c in row if c is not None and UNIT_CELL.match(c.text)), None)
        label_cell = labels[0] if labels else None
        after = row[row.index(label_cell) + 1 :] if label_cell is not None else row
        values = [c for c in after if c is None or _is_value(c.text)]
        label = label_cell.text if label_cell else ""
        word = label.replace(" ", "")
        whole = word in TOTAL_ROWS or bool(scope_word_kind(word))
        place = (
            (scope.resolve(word, label_cell.start) or scope.doc_region) if whole and label_cell else _row_place(label)
        )
        if whole:
            label = ""
        row_level = ""
        row_names: dict[str, str] = {}  # the names the row's level cells took, by their header
        for k, cell in enumerate(values):
            col = columns[k] if k < len(columns) else _column("", "")
            if cell is None or not _is_value(cell.text):
                continue
            m = NUMBER_CELL.match(cell.text)
            written = FIGURE_CELL.match(cell.text) if m is None else None  # (| ≥25项 | 1.62亿元 |: its own unit)
            unit, factor, kind = _cell_unit(
                label,
                col.header,
                written.group(3) if written else (unit_cell.text if unit_cell else col.unit_word),
                cell.text,
                "" if written else tb.unit,
                written is not None,
            )
            if col.rank:
                unit, factor, kind = "位", Decimal(1), "rank"
            if unit is None:
                continue
            header = col.name_header
            # a growth or rank column names what its level column's cell in this row is called
            # (成交额 同比增长率 beside 成交额(亿元) in a table of 吸纳技术合同: 吸纳技术合同成交额)
            of_level = row_names.get(col.level_name) or col.level_name
            own = named[k] if k < len(named) else False
            name = _cell_name(label, header, topic, place, kind, of_level or row_level or above.get(k, ""), own)
            if kind == "level":
                row_level = above[k] = row_names[_bare(TRAILING_UNIT.sub("", col.header.replace(" ", "")))] = name
            number = written.group(2) if written else m.group(1) if m else "0"
            value = exact_product(Decimal(number.replace(",", "").replace("−", "-")), factor)
            if written and written.group(1) in CELL_DECREASES:
                value = -value  # | 下降1.2个百分点 |
            if col.ratio and unit == "%" and m is not None and not m.group(2):
                value = exact_product(value, Decimal(100))  # 0.371 in a column of ratios: 37.1%
            region = place or scope.region(cell.start)
            timed = column_periods[k] if k < len(column_periods) else ""
            if not timed and kind == "growth":
                # | 2022年 | 2023年 | 增长 |, | 本期数 | 上年同期数 | 变化幅度 |: a growth of no time of
                # its own is of the latest time before it
                timed = _latest(column_periods[:k])
            period = timed or _period_of(period_cells) or title_period or scope.period(cell.start)
            category = NO_CATEGORY if scored else _category(cats, name, topic or tb.title, scope.doc.title_category)
            code = scope.region_code(region)
            # (| 提高0.12个百分点 |: the figure is the number and its unit, the verb no part of it)
            start = cell.start + written.start(2) if written and written.group(1) in CELL_CHANGES else cell.start
            out.append(
                Indicator(
                    start,
                    cell.end,
                    text[start : cell.end],
                    _norm(value),
                    None,
                    unit,
                    SIGN_QUALIFIER.get(written.group(1) or "") if written else None,  # (≥25项: at_least)
                    kind,
                    col.planned,
                    region,
                    period,
                    scope.doc.as_written(name),
                    category,
                    _row_sentence(text, [c for c in row if c is not None], cell),
                    doc,
                    measure_of(name, unit, kind, category, cats.measure_rules, code == NATION_CODE),
                    code,  # region_code
                )
            )
    return out


ROW_SENTENCE_MAX: Final = 200  # a record's sentence is its row, cut around the cell in a wide one


def _row_sentence(text: str, cells: list[Cell], cell: Cell) -> str:
    lo, hi = cells[0].start, cells[-1].end
    if hi - lo > ROW_SENTENCE_MAX:
        lo = max(lo, cell.start - ROW_SENTENCE_MAX // 2)
        hi = min(hi, cell.end + ROW_SENTENCE_MAX // 2)
    return " ".join(text[lo:hi].split())


@dataclass
class Column:
    """What a value column holds, from its header (and, when the header says nothing of it,
    from the prose that gives the same numbers)."""

    header: str
    unit_word: str = ""  # 亿元, %, 项: a unit the header (or the prose) gives
    rank: bool = False  # 排名: the cells are ranks
    ratio: bool = False  # 0.371 stands for 37.1%
    level_name: str = ""  # a growth or rank column's measure: the level column it belongs to
    name_header: str = ""  # the header as a name (本月 under 现价工业产值: 现价工业产值)
    planned: bool = False  # 2025年目标值: the column holds targets


RANK_HEADER: Final = compile_pattern(r"(?:排名|排位|名次|位次)$")


def _column(header: str, super_header: str) -> Column:
    h = header.replace(" ", "")
    m = HEADER_UNIT.search(h) or TRAILING_UNIT.search(h)
    # (2024年位次（位）: the unit in brackets after the rank's word)
    col = Column(header, unit_word=m.group(1) if m else "", rank=bool(RANK_HEADER.search(HEADER_UNIT.sub("", h))))
    col.planned = bool(TARGET_HEADER.search(_bare(TRAILING_UNIT.sub("", h)))) and not DONE_HEADER.search(h)
    bare = _untimed(_bare(TRAILING_UNIT.sub("", h)))
    # a header that only says which value (本月, 累计, 增长) names the measure over it
    if super_header and (not bare or VALUE_HEADER.match(bare) or GROWTH_WORDS.fullmatch(bare)):
        col.name_header = super_header + (f"({col.unit_word})" if col.unit_word else "")
        if GROWTH_WORDS.search(h):
            col.name_header += "增长"
    else:
        col.name_header = header
    return col


def _listed_units(columns: list[Column], units: list[str]) -> None:
    """单位：项、亿元 over 合同数 | 成交额: the units a unit line lists go to the level columns
    that give none of their own, in order, when there are as many of them."""
    if len(units) < 2:
        return
    levels = []
    for col in columns:
        bare = _bare(TRAILING_UNIT.sub("", col.header.replace(" ", "")))
        if not (col.unit_word or col.rank or GROWTH_WORDS.search(bare) or SHARE_WORDS.search(bare)):
            levels.append(col)
    if len(levels) == len(units):
        for col, unit in zip(levels, units):
            col.unit_word = unit


def _name_growth_columns(columns: list[Column]) -> None:
    """增长(%) after R&D经费投入(亿元), 成交额排名 after 成交额(亿元): the measure of the level
    column before."""
    level = ""
    for col in columns:
        bare = _bare(TRAILING_UNIT.sub("", col.header.replace(" ", "")))
        is_change = bool(GROWTH_WORDS.search(bare)) or col.rank
        if not is_change and not SHARE_WORDS.search(bare):
            level = RANK_HEADER.sub("", bare)
            if VALUE_HEADER.match(level):
                level = ""  # 数值(亿元): the rows name the measures
            continue
        rest = RANK_HEADER.sub("", GROWTH_REST.sub("", bare))
        if is_change and (not rest or (level and level.startswith(rest))):
            col.level_name = level


GROWTH_REST: Final = compile_pattern(r"(?:同比|增长率?|增速|增幅|比上年|较上年|累计)")
TRAILING_UNIT: Final = compile_pattern(r"(%|‰)$")
# Values written with fewer digits than the prose that gives them: 444.8亿元 for 4448189 (万元).
FACTORS: Final = (Decimal(1), Decimal(10) ** 4, Decimal(10) ** 8, Decimal(1000))
PROSE_TOLERANCE: Final = Decimal("0.0005")


def _units_from_prose(columns: list[Column], tb: Table, prose: list[Figure]) -> None:
    """A column whose header gives no unit takes the unit of the prose figure that states one
    of its numbers (合计 8024 and 吸纳技术合同8024项: 项; 4448189 and 444.8亿元: 万元); a column of
    rates without % holds ratios when the prose writes its number as a percentage."""
    if not prose:
        return
    for k, col in enumerate(columns):
        if col.rank or col.unit_word == "%" or col.unit_word == "‰":
            continue
        numbers = []
        for label, values in tb.rows:
            if label is not None and HEADER_UNIT.search(label.text):
                continue  # (研发投入总额占营业收入比例（%） | 9.47: the row's unit, not the column's)
            cell = values[k] if k < len(values) else None
            m = NUMBER_CELL.match(cell.text) if cell is not None else None
            if m:
                numbers.append(Decimal(m.group(1).replace(",", "")))
        rate = bool(GROWTH_WORDS.search(col.header) or SHARE_WORDS.search(col.header))
        if rate and not col.unit_word:
            if _stated(numbers, prose, Decimal(100), "%"):
                col.ratio = True
            continue
        if col.unit_word:
            continue
        for factor in FACTORS:
            unit = _stated(numbers, prose, factor, None)
            if unit:
                col.unit_word = _unit_word(unit, factor)
                break


def _stated(numbers: list[Decimal], prose: list[Figure], factor: Decimal, unit: str | None) -> str:
    """The unit of a prose figure equal to one of the numbers times factor (to its precision)."""
    for n in numbers:
        if abs(n) < 10 and factor == 1 and unit is None:
            continue  # a small count matches by chance
        target = n * factor
        for f in prose:
            if unit is not None and f.unit != unit:
                continue
            if f.unit in ("位", "") or f.value == 0:
                continue
            if abs(f.value - target) <= abs(f.value) * PROSE_TOLERANCE:
                return f.unit
    return ""


def _unit_word(unit: str, factor: Decimal) -> str:
    prefix = {Decimal(10) ** 4: "万", Decimal(10) ** 8: "亿", Decimal(1000): "千"}.get(factor, "")
    return prefix + unit


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


def _is_value(text: str) -> bool:
    """A value cell: a number (+2: a change), or a figure with its own unit (28项)."""
    return NUMBER_CELL.match(text) is not None or is_number(text)


def _cell_unit(label: str, col: str, unit_cell: str, cell: str, table_unit: str = "", own: bool = False):
    """(unit, factor, kind) of a cell from its row label, column header and unit cell, else
    (for a level) the unit the table's 单位 line gives; with own, unit_cell is the unit the cell
    writes itself, before any header's."""
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
    elif own:
        unit_word = unit_cell
    else:
        for src in (label, col):
            m = HEADER_UNIT.search(src)
            if m:
                unit_word = m.group(1)
                break
        if not unit_word and unit_cell:
            unit_word = unit_cell
        if not unit_word and table_unit and kind == "level":
            unit_word = table_unit
        if not unit_word and kind == "level":
            unit_word = _counter(col) or _counter(label) or (SCORE_UNIT if SCORE_HEADER.search(_bare(col)) else "")
    if not unit_word:
        return ("%", Decimal(1), kind) if kind in ("growth", "share") else (None, None, kind)
    unit, factor = _unit_of(unit_word)
    if unit == "%" and kind == "level":
        kind = "share"
    return unit, factor, kind


@cache
def _counters() -> tuple[Pattern, dict[str, str]]:
    words = table("units")["counters"]
    ends = alternation(table("cues")["table"]["count_suffixes"])
    return compile_pattern(rf"({alternation(list(words))})\p{{Han}}{{0,4}}?(?:{ends})$"), words


def _counter(header: str) -> str:
    """企业数 -> 家, 专利申请量 -> 件: the counter of the noun a header without a unit counts."""
    pattern, words = _counters()
    m = pattern.search(header.replace(" ", ""))
    return words[m.group(1)] if m else ""


def _cell_name(label: str, col: str, topic: str, place: str, kind: str, prev: str, own: bool = False) -> str:
    """A cell's indicator from its row label and column header:
    - a growth cell names what grew (the row's level figure, or the one above it), a rank cell
      under a header of ranks (成交额排名) what was ranked;
    - rows of places under measure columns (产值(亿元)): the table's subject and the measure,
      unless the measure names its own (专利授权量 in a table on 专利授权及有效发明专利, `own`);
    - rows of items under value columns (数值(亿元), 金额(万元)): the row label;
    - rows of items under measure columns (企业数(家), 产值(亿元)): row label and measure;
    - rows of measures under subject columns (产值 under 高新技术产业): column and row."""
    col_name = _bare(col)
    label_name = _bare(label)
    if kind == "growth" and (GROWTH_WORDS.search(label) or GROWTH_WORDS.search(col)):
        return prev or (col_name if GROWTH_WORDS.search(label) else label_name) or topic
    if kind == "rank" and prev and RANK_HEADER.search(col_name):
        return prev
    col_is_value = not col_name or bool(VALUE_HEADER.match(col_name)) or bool(PERIOD_CELL.match(col))
    if place or not label_name:
        measure = "" if col_is_value else col_name
        subject = _topic_subject(topic, measure)
        # (规上工业企业数 in a table on 规上工业企业研发机构建设: a measure opening with the
        # topic's subject names its own)
        repeats = len(measure) > SHARED_OPEN and subject.startswith(measure[:SHARED_OPEN])
        if measure and subject and not own and not repeats and measure not in subject and subject not in measure:
            return _joined(subject, measure)
        return measure or subject or topic
    if col_is_value:
        return label_name
    if HEADER_UNIT.search(col):
        return label_name if col_name in label_name else label_name + col_name
    return col_name + label_name


SHARED_OPEN: Final = 4  # characters of a noun of two words (规上工业, 高新技术)
NO_CATEGORY: Final = "other"


@cache
def _score_header() -> Pattern:
    return compile_pattern(rf"[(（](?:{alternation(list(table('units')['score']))})[)）]")


def _category(cats: Categories, name: str, topic: str, document: str | None = None) -> str:
    """A cell's category: its name's, unless that is only an economic measure (食品制造业产值)
    in a table about something more specific (高新技术产业产值); a table whose title names no
    category (or that has none) is about what the document's title is (技术合同登记情况表 over
    合同数, 成交额)."""
    own = cats.best_in(name)
    if own == "economy":
        own = cats.generic_head(name) or own  # 规上工业企业数: firms counted, not the economy
    about = cats.best_in(topic) or document
    if (own is None or own == "economy" and not cats.whole_economy(name)) and about not in (None, "economy"):
        return about
    return own or about or "other"


def _bare(header: str) -> str:
    return HEADER_UNIT.sub("", header).replace(" ", "")


def _joined(a: str, b: str) -> str:
    """a then b, a word they share written once (吸纳技术合同 + 合同数 -> 吸纳技术合同数)."""
    for k in range(min(len(a), len(b)) - 1, 1, -1):
        if a.endswith(b[:k]):
            return a + b[k:]
    return a + b


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


@lru_cache(maxsize=1024)
def _header_time(header: str) -> TimePhrase | None:
    """The time phrase a header opens with (2023年实际值, 1-6月累计, 截至6月底), if any."""
    ps = find_time_phrases(header, 0, len(header))
    return ps[0] if ps and ps[0].start <= 2 else None


def _untimed(header: str) -> str:
    """A header without the time it opens with (1-6月累计 -> 累计, 截至6月底 -> "")."""
    p = _header_time(header)
    return header[p.end :] if p else header


def _column_period(header: str, base: int | None, title_period: str = "") -> str:
    """The time a column's header names, else "" (a target's year too, 2025年目标值; not a
    comparison's base, 比2022年增长)."""
    if base and _bare(header) in CURRENT_HEADERS:
        return title_period or str(base)  # | 本期数 | 上年同期数 |: this period's, the table's time
    p = _header_time(header)
    if p and p.why == "compare" and p.start == 0 and p.relative and not GROWTH_WORDS.search(header):
        # | 本期数 | 上年同期数 |: a header opening with 上年 is of that year (its months the title's)
        if title_period[:4].isdigit():
            return YEAR_DIGITS.sub(lambda m: str(int(m.group()) + p.relative), title_period)
        return p.iso(base)
    return p.iso(base) if p and p.why != "compare" else ""


YEAR_DIGITS: Final = compile_pattern(r"(?:19|20)[0-9]{2}")


def _latest(periods: list[str]) -> str:
    """Of the columns' times, the nearest one whose last year is the latest (| 11月 | 1-11月累计 |
    增长 |: 1-11月; | 本期数 | 上年同期数 | 变化 |: this period's), "" for none."""
    timed = [p for p in periods if p]
    if not timed:
        return ""

    def end(p: str) -> str:
        years = YEAR_DIGITS.findall(p)
        return years[-1] if years else ""

    last = max(end(p) for p in timed)
    return next(p for p in reversed(timed) if end(p) == last)


def _title_months(title: str, year: int | None) -> str:
    """The months a table's title names without a year (表1 1~9月园区分产业运行情况), in the
    document's year; "" for none."""
    p = next((p for p in find_time_phrases(title, 0, len(title)) if p.sets_period and p.months), None)
    return p.iso(year) if p is not None else ""


def _period_of(cells: list[str]) -> str:
    return _cell_period(cells[0]) if cells else ""


@lru_cache(maxsize=1024)
def _cell_period(t: str) -> str:
    """The time a header cell names (2023年, 1-6月); every row asks again for the same cell."""
    ps = find_time_phrases(t, 0, len(t))
    return ps[0].iso(None) if ps else ""
