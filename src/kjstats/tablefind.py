"""Tables in a text, of any shape: rows of cells (``a | b | c``, as HTML, Word and PDF tables are
read), and tables flattened to one cell per line (copied from a web page: 地区, 产值(亿元),
增长(%), 福州市, 122.46, 24.0, …), with their title and header rows.

A table is given as a grid: header rows, then data rows of a label and value cells. Headers
split over two lines are joined (成交额 | 成交额 over 同比增长率 | 排名: the second line completes
the repeated columns); a first header row of one cell is the table's title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import islice
from typing import Final

from .lexicon import Pattern, alternation, compile_pattern, last_chars, table
from .lines import LATIN_STOP
from .timephrases import YEAR, ZH_YEAR

NUMBER_CELL: Final = re.compile(r"^([-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|‰)?$")
SCALE: Final = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}
# The units a table may give its values in: every unit of units.toml (元人民币, 个百分点, 人次,
# 平方米), after a multiplier or not (亿元), or a bare multiplier (亿).
TABLE_UNITS: Final = {
    w: base
    for group in ("percent", "money", "count", "measure", "score")
    for w, base in table("units")[group].items()
    if w and not w.isspace()
}
UNIT_WORD: Final = rf"(?:{alternation(list(SCALE))})?(?:{alternation(list(TABLE_UNITS))})|{alternation(list(SCALE))}"
UNIT_LAST: Final = last_chars(TABLE_UNITS)  # (the pattern is tried only where a unit could end)
# A cell that is one figure with its own unit, and maybe a sign before it (| ≥25项 | 28项 | 1.62亿元 |):
# (sign, number, unit word)
_SIGNS: Final = [w for w in table("qualifiers")["prefix"] if not w.isalpha()]  # (≥, ≤, >: no words)
# ... or a verb of change (| 增加0.63个百分点 |: a change, negative after a verb of decrease)
CELL_CHANGES: Final = table("cues")["kind"]["growth_verbs"]
CELL_DECREASES: Final = frozenset(CELL_CHANGES) & frozenset(table("cues")["sign"]["decrease"])
FIGURE_CELL: Final = compile_pattern(
    rf"^({alternation(_SIGNS + CELL_CHANGES)})?\s*([-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*((?:{alternation(list(SCALE))})?(?:{alternation(list(TABLE_UNITS))}))$"
)
EMPTY_CELL: Final = compile_pattern(r"^(?:—+|-{1,3}|－+|/|\.\.\.|…+|无|空)$")
ROW_NUMBER_HEADERS: Final = ("序号", "编号", "No", "NO", "No.")
RANK_FIRST: Final = frozenset(table("cues")["table"]["rank_first_headers"])
# A line of a flattened table: short, no sentence punctuation.
ITEM_MAX: Final = 30
SENTENCE_MARK: Final = re.compile(r"[。；;!?！？]|[,，]$|" + LATIN_STOP)
MIN_ROWS: Final = 2
# The most cells a row of a table has: a longer run of gapped numbers is no table (a report's
# widest tables have some twenty columns), and the cap keeps a 1 MB line of them cheap.
MAX_CELLS: Final = 64
PERIOD_CELL: Final = compile_pattern(rf"^(?:{YEAR}|{ZH_YEAR})\s*年")
# A header cell that is only a unit: (亿元), （%）.
COLUMN_NUMBER: Final = compile_pattern(r"[(（]\s*[0-9]{1,2}\s*[)）]")
UNIT_HEADER: Final = compile_pattern(r"[(（]\s*[^()（）\s0-9]{1,4}\s*[)）]")  # (not a column's number, (1))


@dataclass(frozen=True)
class Cell:
    text: str  # stripped, inner spaces kept
    start: int
    end: int


@dataclass
class Table:
    start: int
    end: int
    title: str = ""  # the lines before it that name it (表1 全省R&D经费投入情况, (2016年))
    super_header: str = ""  # a header spanning every value column (现价工业产值)
    columns: list[str] = field(default_factory=list)  # header text of each value column
    corner: str = ""  # the header over the row labels (地区, 行业)
    periods: list[str] = field(default_factory=list)  # header cells naming a time (2014年上半年)
    units: list[str] = field(default_factory=list)  # the units a 单位 line lists, in column order (项、亿元)
    rows: list[tuple[Cell | None, list[Cell | None]]] = field(default_factory=list)
    supers: list[str] = field(default_factory=list)  # a merged header over each column ("" none)

    @property
    def unit(self) -> str:
        """The unit a 单位 line gives the table's level columns (亿元, 家), "" for none."""
        return self.units[0] if self.units else ""


def is_number(text: str) -> bool:
    """A cell of a number, bare (28.6, 12%) or with its own unit (28项, ≥1.5亿元)."""
    return bool(NUMBER_CELL.match(text)) or (text[-1:] in UNIT_LAST and FIGURE_CELL.match(text) is not None)


def is_blank(text: str) -> bool:
    return not text or bool(EMPTY_CELL.match(text))


def find_tables(folded: str, aligned_rows: dict[int, list[Cell]] | None = None) -> list[Table]:
    """Every table of the text, in order; `aligned_rows` is the text's layout's (Layout.aligned),
    when the caller has it."""
    lines = _lines(folded)
    # once a line (each is asked up to three times below): its cells if aligned by gaps, and
    # whether it is a row
    barred = ["|" in folded[s:e] for s, e in lines]
    if aligned_rows is None:
        aligned = [None if bar else aligned_row(folded, s, e) for bar, (s, e) in zip(barred, lines)]
    else:
        aligned = [None if bar else aligned_rows.get(s) for bar, (s, e) in zip(barred, lines)]
    _spaced_runs(folded, lines, barred, aligned)
    rows = [bar or a is not None for bar, a in zip(barred, aligned)]  # (a line with bars, or aligned by gaps)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_is_item(folded, lines[j], rows[j]) or _is_blank_line(folded, lines[j])):
            j += 1
        filled = [k for k in range(i, j) if not _is_blank_line(folded, lines[k])]
        run = [lines[k] for k in filled]
        bars = sum(1 for k in filled if rows[k])
        if (bars >= 2 and len(run) >= 2) or len(run) >= 2 * (MIN_ROWS + 1):
            out.extend(_tables_in_run(folded, run, [aligned[k] for k in filled]))
        i = max(j, i + 1)
    return out


@cache
def _unit_labels() -> frozenset[str]:
    return frozenset(table("cues")["table"]["unit_labels"])


def _unit_label_piece() -> str:
    """单位：亿元 as a pattern: a unit label, a colon, the units listed (group 1)."""
    labels = alternation(table("cues")["table"]["unit_labels"])
    return rf"(?:{labels})\s*[:：]\s*([^)）]{{1,12}}?)\s*"


@cache
def _unit_line() -> Pattern:
    return compile_pattern(rf"^[(（]?{_unit_label_piece()}[)）]?$")


# a second labelled field on a unit line (　币种：人民币)
OTHER_FIELD: Final = compile_pattern(r"\s+\p{Han}{2,4}\s*[:：]\s*\S+$")
# a unit line's words: 家、%, 亿元/%
UNIT_WORDS_SEP: Final = re.compile(r"[、,，/;；\s]+")


@cache
def _unit_tail() -> Pattern:
    return compile_pattern(rf"[(（]{_unit_label_piece()}[)）]\s*$")


def _unit_words(listed: str) -> list[str]:
    return [w for w in UNIT_WORDS_SEP.split(listed) if w and w not in ("%", "‰")]


def units_of_line(text: str) -> list[str] | None:
    """The units a line such as 单位：亿元 or 单位：项、亿元 gives a table's level columns, in
    their order ([] for % alone), or None when the line is no unit line. (A second field after
    it, 单位：万元　币种：人民币, is no unit.)"""
    m = _unit_line().match(OTHER_FIELD.sub("", text.strip()))
    return _unit_words(m.group(1)) if m else None


# a Markdown table's rule under its header: |---|:---:|
RULE_LINE: Final = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _lines(t: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in t.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_blank_line(t: str, line: tuple[int, int]) -> bool:
    text = t[line[0] : line[1]]
    return not text.strip() or bool(RULE_LINE.match(text))


def _is_item(t: str, line: tuple[int, int], row: bool) -> bool:
    """A line that can belong to a table: a row of cells (row: bars or aligned by gaps), or one short cell."""
    s = t[line[0] : line[1]].strip()
    if not s or s.startswith("http"):
        return False
    if row:
        return True
    return len(s) <= ITEM_MAX and not SENTENCE_MARK.search(s)


# Cells set apart by tabs or by runs of spaces (a table typed in a text file, or from a PDF or
# a Word document saved as text): 城关区    45.2    3.41.
GAP: Final = re.compile(r"\t|[ \u3000]{2,}")
LONE_HAN: Final = re.compile(r"^[\u4e00-\u9fff]$")
GAP_OR_SPACE: Final = re.compile(r"[ \t\u3000]+")
TABLE_NUMBER: Final = re.compile(r"^\S{1,3}?[0-9]{1,2}[:：.]?$")


def _aligned_cells(t: str, s: int, e: int) -> list[Cell]:
    """The cells of a line aligned by gaps; a lone character spaced out from the next is padding
    inside a label (全  市, 地  区), not a cell of its own."""
    cells: list[Cell] = []
    pos = s
    for m in [*GAP.finditer(t, s, e), None]:
        end = m.start() if m else e
        body = t[pos:end].strip(" \u3000\t")
        if body:
            lead = pos + t[pos:end].index(body[0])
            if cells and LONE_HAN.match(cells[-1].text) and not is_number(body):
                prev = cells.pop()
                joined = GAP_OR_SPACE.sub("", t[prev.start : lead + len(body)])
                cells.append(Cell(joined, prev.start, lead + len(body)))
            else:
                cells.append(Cell(body, lead, lead + len(body)))
        pos = m.end() if m else e
    if len(cells) == 2 and TABLE_NUMBER.match(cells[0].text) and not is_number(cells[1].text):
        # 表1  2023年各县R&D经费情况: a table's number and its title are one line of text
        cells = [Cell(t[cells[0].start : cells[1].end], cells[0].start, cells[1].end)]
    return cells


def aligned_row(t: str, s: int, e: int) -> list[Cell] | None:
    """The cells of a line of two or more set apart by gaps, each short and no sentence, one a
    number or all of them short words (a header); None for any other line."""
    if not GAP.search(t, s, e) or len(list(islice(GAP.finditer(t, s, e), MAX_CELLS))) >= MAX_CELLS:
        return None
    cells = _aligned_cells(t, s, e)
    if len(cells) < 2 or any(len(c.text) > ITEM_MAX or SENTENCE_MARK.search(c.text) for c in cells):
        return None
    if any(is_number(c.text) or is_blank(c.text) for c in cells) or all(len(c.text) <= 16 for c in cells):
        return cells
    return None


SPACED_MIN_ROWS: Final = 3
# A row of a table typed with single spaces (南宁市 98.6 1.62): a label, then two or more
# numbers; its spaces set cells apart and are no typeset spaces.
SPACED_ROW: Final = compile_pattern(
    r"(?m)^[ \u3000]*[^\s0-9][^ \n]*(?:[ \u3000]+[-−]?[0-9][0-9,.]*[%‰]?){2,}[ \u3000]*$"
)
# (layout.typeset_spaces leaves such a row's spaces as they are; _spaced_runs reads its cells)


def _spaced(t: str, s: int, e: int) -> list[Cell] | None:
    """The cells of a line split by single spaces (南宁市 98.6 1.62): a label, then numbers only."""
    if not GAP_OR_SPACE.search(t, s, e):
        return None
    cells: list[Cell] = []
    pos = s
    for m in [*islice(GAP_OR_SPACE.finditer(t, s, e), MAX_CELLS), None]:
        end = m.start() if m else e
        if end > pos:
            cells.append(Cell(t[pos:end], pos, end))
        pos = m.end() if m else e
    return cells if len(cells) >= 2 else None


def _spaced_runs(t: str, lines: list[tuple[int, int]], barred: list[bool], aligned: list[list[Cell] | None]) -> None:
    """Rows split by single spaces (a table typed with one space between its cells): a run of at
    least SPACED_MIN_ROWS lines of a label and the same number of number cells, with the line
    above it as their header when it splits into as many cells. Their cells go into `aligned`."""
    k = 0
    while k < len(lines):
        run: list[list[Cell]] = []
        j = k
        while j < len(lines) and not barred[j] and aligned[j] is None:
            s, e = lines[j]
            end = t[s:e].rstrip()[-1:]  # (most lines: prose, which ends in no number)
            cells = _spaced(t, s, e) if end.isdigit() or end in "%‰" and end else None
            if cells is None or not all(is_number(c.text) for c in cells[1:]) or is_number(cells[0].text):
                break
            if run and len(cells) != len(run[0]):
                break
            run.append(cells)
            j += 1
        if len(run) >= SPACED_MIN_ROWS:
            for n, cells in enumerate(run):
                aligned[k + n] = cells
            head = _spaced(t, *lines[k - 1]) if k > 0 and not barred[k - 1] and aligned[k - 1] is None else None
            if head is not None and len(head) == len(run[0]):
                aligned[k - 1] = head
        k = max(j, k + 1)


def _cells(t: str, s: int, e: int, aligned: list[Cell] | None) -> list[Cell]:
    """The cells of a row a | b | c, or of a row aligned by gaps (`aligned`, its aligned_row; a
    line without either is one cell); trailing empties dropped."""
    if aligned is not None:
        return aligned
    cells = []
    i = s
    for part in t[s:e].split("|"):
        j = i + len(part)
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        cells.append(Cell(body, i + lead, i + lead + len(body)))
        i = j + 1
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def _tables_in_run(t: str, run: list[tuple[int, int]], aligned: list[list[Cell] | None]) -> list[Table]:
    rows = [_cells(t, s, e, a) for (s, e), a in zip(run, aligned)]
    wide = [r for r in rows if sum(1 for c in r if c.text) >= 2]
    if len(wide) >= len(rows) / 2:
        grid = _grid(t, rows, [s for s, _ in run])
        return [grid] if grid else []
    # one cell a line: read the cells in order and find the rows in them
    items = [c for r in rows for c in r if c.text]
    return _flattened(t, items)


# --- rows of cells ---------------------------------------------------------------------


def _grid(t: str, rows: list[list[Cell]], starts: list[int]) -> Table | None:
    first_data = next((r for r, row in enumerate(rows) if _is_data_row(row)), None)
    if first_data is None:
        return None
    # each header cell with the column it stands in (None where the line does not say)
    headers = [_placed(t, row, starts[r]) for r, row in enumerate(rows[:first_data])]
    data = [r for r in rows[first_data:] if any(c.text for c in r)]
    if len(data) < 1:
        return None
    title = ""
    units: list[str] = []
    kept = []
    for h in headers:
        # 单位：家、% (alone, or as the last cell of the title's line): the table's unit
        found = units_of_line(h[-1][0].text) if h else None
        filled = len([c for c, _ in h if c.text])
        if found is None and filled == 1:
            # 2023年各区技术合同情况（单位：亿元）: a title that ends in its table's unit
            c, k = h[-1]
            tail = _unit_tail().search(c.text)
            if tail and tail.start() > 0:
                units = _unit_words(tail.group(1))
                cut = c.text[: tail.start()].rstrip()
                kept.append([*h[:-1], (Cell(cut, c.start, c.start + len(cut)), k)])
                continue
        if found is None:
            kept.append(h)
            continue
        units = found
        if filled > 1:
            kept.append(h[:-1])
    headers = kept
    while headers and sum(1 for c, _ in headers[0] if c.text) == 1 and len(headers) > 1:
        # 2022年上半年各市吸纳技术合同情况 | | | |: of the lines above the header, the one nearest
        # it (a document's own title may stand above the table's)
        title = next(c.text for c, _ in headers[0] if c.text)
        headers = headers[1:]
    # (the first cell with text: a row set between bars begins with an empty one)
    numbered = any(next((c.text for c, _ in h if c.text), "") in ROW_NUMBER_HEADERS for h in headers)
    # a row of header cells that only name times (2014年上半年 over the columns) says when, not
    # what: kept apart (a time in a column's own header, 2023年实际值, is that column's)
    periods = [c.text for h in headers if _only(h, PERIOD_CELL.match) for c, _ in h if c.text]
    # the header of a column of units (单位) names no value column; a row that only numbers the
    # columns ((1) | (2)) says nothing of them
    labels = _unit_labels()
    headers = [
        [(c, k) for c, k in h if c.text not in labels]
        for h in headers
        if not _only(h, PERIOD_CELL.match) and not _only(h, COLUMN_NUMBER.fullmatch)
    ]
    headers = [h for h in _with_units(headers) if any(c.text for c, _ in h)]
    n = _value_count(data, numbered)
    corner, columns = _header([[c for c, _ in h] for h in headers], n, numbered)
    ranked = _ranked_first(headers, data)
    if ranked is not None:
        corner, columns = ranked
    table = Table(rows[0][0].start if rows[0] else 0, data[-1][-1].end if data[-1] else 0, title)
    table.corner, table.columns, table.periods, table.units = corner, columns, periods, units
    table.supers = _supers(headers, n) if len(columns) == n else []
    for row in data:
        cells = [c for c in row if c.text]
        if numbered and cells and is_number(cells[0].text) and len(cells) > 1:
            cells = cells[1:]  # the row's number
        if ranked is not None:
            cells = [cells[1], cells[0], *cells[2:]]  # | 1 | 柳青街道 | 96.2 |: the rank is a value
        label = cells[0] if cells and not is_number(cells[0].text) and not is_blank(cells[0].text) else None
        values: list[Cell | None] = [c if not is_blank(c.text) else None for c in cells[1 if label else 0 :]]
        if not columns and not any(v is not None and is_number(v.text) for v in values):
            continue
        table.rows.append((label, values))
    return table


Placed = list[tuple[Cell, int | None]]


def _ranked_first(headers: list[Placed], data: list[list[Cell]]) -> tuple[str, list[str]] | None:
    """| 名次 | 镇街 | 得分 | 等次 | over | 1 | 柳青街道 | 96.2 | 优秀 |: a first column of ranks before
    the rows' labels, every row a cell under each header; the corner and the value columns'
    headers (名次 first), else None."""
    if len(headers) != 1:
        return None
    texts = [c.text for c, _ in headers[0] if c.text]
    if len(texts) < 3 or texts[0] not in RANK_FIRST:
        return None
    for row in data:
        cells = [c.text for c in row if c.text]
        if len(cells) != len(texts) or not is_number(cells[0]) or is_number(cells[1]):
            return None
    return texts[1], [texts[0], *texts[2:]]


def _placed(t: str, row: list[Cell], start: int) -> Placed:
    """A header row's cells with the column each stands in: its place among the cells of a
    | b | c row (empty ones too), the tabs before it in a row set apart by tabs, else None."""
    line = t[start : row[-1].end if row else start]
    if "|" in line:
        return [(c, k) for k, c in enumerate(row)]
    if "\t" in line:
        return [(c, t.count("\t", start, c.start)) for c in row]
    return [(c, None) for c in row]


def _only(row: Placed, test: Callable[[str], object]) -> bool:
    """Whether a header row has cells and the test holds for each (a pattern's match)."""
    cells = [c for c, _ in row if c.text]
    return bool(cells) and all(test(c.text) for c in cells)


def _with_units(headers: list[Placed]) -> list[Placed]:
    """A header row of units only ((亿元) | (%) under R&D经费 | 投入强度) completes the row above,
    cell by cell, rather than naming the columns."""
    out: list[Placed] = []
    for h in headers:
        above = out[-1] if out else None
        units = [(c, k) for c, k in h if c.text]
        named = [(c, k) for c, k in above or [] if c.text]
        if above is not None and _only(h, UNIT_HEADER.fullmatch) and len(named) >= len(units):
            if all(k is not None for _, k in units + named):
                # by column (县区 | R&D经费 | 强度 | 企业数 over | (亿元) | (%) |: none under 企业数)
                at = {k: u for u, k in units}
                pairs = [(c, at[k]) for c, k in named if k in at]
            else:
                pairs = list(zip([c for c, _ in named[len(named) - len(units) :]], [u for u, _ in units]))
            joined = {id(c): Cell(c.text + u.text, c.start, u.end) for c, u in pairs}
            out[-1] = [(joined.get(id(c), c), k) for c, k in above]
            continue
        out.append(h)
    return out


def _supers(headers: list[Placed], n: int) -> list[str]:
    """For each of the n value columns named by the lowest header row, the cell over it in the
    row above when that row has fewer cells, each written once over the columns it spans
    (专利授权量 over 本月 | 1-6月累计); [] when the rows do not say where their cells stand."""
    if len(headers) < 2:
        return []
    low = [(c, k) for c, k in headers[-1] if c.text][-n:]
    up = [(c, k) for c, k in headers[-2] if c.text]
    if len(low) != n or len(up) >= len(low) or any(k is None for _, k in low + up):
        return []
    first = low[0][1] or 0
    spans = [(c.text, j or 0) for c, j in up if (j or 0) >= first]  # (not the corner's)
    out = []
    for _, k in low:
        over = [text for text, j in spans if j <= (k or 0)]
        out.append(over[-1] if over else "")
    return out if any(out) else []


def _is_data_row(row: list[Cell]) -> bool:
    """A row holding a number that is not only its row number."""
    nums = [c for c in row if is_number(c.text)]
    if not nums:
        return False
    labels = [c for c in row if c.text and not is_number(c.text) and not is_blank(c.text)]
    return not (len(nums) == 1 and row[0] is nums[0] and len(labels) >= len(row) - 1)


def _value_count(data: list[list[Cell]], numbered: bool) -> int:
    """How many value cells the data rows have after their label."""
    counts = []
    for row in data:
        cells = [c for c in row if c.text]
        if numbered and cells and is_number(cells[0].text):
            cells = cells[1:]
        labels = [c for c in cells if not is_number(c.text) and not is_blank(c.text)]
        after = cells[cells.index(labels[0]) + 1 :] if labels else cells
        counts.append(sum(1 for c in after if is_number(c.text) or is_blank(c.text)))
    return max(counts, default=0)


def _header(headers: list[list[Cell]], n: int, numbered: bool) -> tuple[str, list[str]]:
    """The corner and the value columns' headers. The lowest header row with as many cells as
    there are values (with the corner, and the row-number header, before them) names them, and
    a row below it with fewer cells completes them; else the rows are merged column by column."""
    for r in range(len(headers) - 1, -1, -1):
        texts = [c.text for c in headers[r] if c.text]
        lead = len(texts) - n
        if n and 0 <= lead <= (2 if numbered else 1):
            corner = texts[lead - 1] if lead else (headers[r - 1][0].text if r else "")
            base = texts[lead:]
            for below in headers[r + 1 :]:
                _complete(base, [c.text for c in below if c.text])
            return corner, base
    merged = _merge_headers(headers)
    if numbered and merged and merged[0] in ROW_NUMBER_HEADERS:
        merged = merged[1:]
    return (merged[0], merged[1:]) if merged else ("", [])


def _complete(base: list[str], extra: list[str]) -> None:
    """成交额, 成交额 + 同比增长率, 排名: a shorter row below completes the columns named alike,
    else the last ones."""
    if not extra or len(extra) >= len(base):
        return
    repeated = [k for k, b in enumerate(base) if b and base.index(b) != k]
    targets = repeated if len(repeated) == len(extra) else list(range(len(base) - len(extra), len(base)))
    for k, e in zip(targets, extra):
        base[k] = base[k] + e


def _merge_headers(headers: list[list[Cell]]) -> list[str]:
    """One header text per column. A later row with fewer cells completes the columns the row
    above names alike (成交额, 成交额 + 同比增长率, 排名), else the last columns."""
    if not headers:
        return []
    base = [c.text for c in headers[0]]
    for row in headers[1:]:
        extra = [c.text for c in row if c.text]
        if not extra:
            continue
        if len(extra) >= len([b for b in base if b]):
            base = [f"{b}{e}" if b and e != b else (e or b) for b, e in zip(base + [""] * len(extra), extra)]
            continue
        repeated = [k for k, b in enumerate(base) if b and base.index(b) != k]
        targets = repeated if len(repeated) == len(extra) else list(range(len(base) - len(extra), len(base)))
        for k, e in zip(targets, extra):
            base[k] = base[k] + e
    return base


# --- one cell a line ---------------------------------------------------------------------


def _flattened(t: str, items: list[Cell]) -> list[Table]:
    """Tables in a sequence of one-cell lines: runs of a label and k values, at least twice."""
    kinds = ["v" if is_number(c.text) or is_blank(c.text) else "l" for c in items]
    out: list[Table] = []
    i = 0
    while i < len(items):
        if kinds[i] != "l":
            i += 1
            continue
        k = 0
        while i + 1 + k < len(items) and kinds[i + 1 + k] == "v":
            k += 1
        if not k:
            i += 1
            continue
        n = 0
        while _group_at(kinds, i + n * (k + 1), k):
            n += 1
        if n < MIN_ROWS or not any(is_number(c.text) for c in items[i + 1 : i + 1 + k]):
            i += 1
            continue
        out.append(_flat_table(items, i, k, n))
        i += n * (k + 1)
    return out


def _group_at(kinds: list[str], at: int, k: int) -> bool:
    return at + k < len(kinds) and kinds[at] == "l" and all(kinds[at + 1 + m] == "v" for m in range(k))


def _flat_table(items: list[Cell], start: int, k: int, n: int) -> Table:
    # the k labels before the first row are the column headers, a label before them the
    # corner (地区), what comes before that the title and a header over all columns
    head = items[max(0, start - k) : start]
    columns = [c.text for c in head] if len(head) == k else [""] * k
    lead = items[: max(0, start - k)]
    corner = lead[-1].text if lead and len(lead[-1].text) <= 6 else ""
    above = lead[:-1] if corner else lead
    # 单位：家、% on a line of its own between title and header: the table's units, no title
    listed = [u for c in above[-3:] if (u := units_of_line(c.text)) is not None]
    above = [c for c in above[-3:] if units_of_line(c.text) is None]
    super_header = above[-1].text.replace(" ", "") if above and len(above[-1].text) <= 12 else ""
    title = " ".join(c.text for c in above)
    last = items[start + n * (k + 1) - 1]
    table = Table((head[0] if head else items[start]).start, last.end, title, super_header, columns, corner)
    table.units = listed[-1] if listed else []
    for g in range(n):
        at = start + g * (k + 1)
        values: list[Cell | None] = [c if not is_blank(c.text) else None for c in items[at + 1 : at + 1 + k]]
        table.rows.append((items[at], values))
    return table
