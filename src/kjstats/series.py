"""One standard measure followed across reports: a table of regions × periods per (measure, kind).

    >>> from decimal import Decimal
    >>> from kjstats.records import Indicator
    >>> def fig(v, region, code, period, doc):
    ...     return Indicator(0, 4, f"{v}%", Decimal(v), unit="%", kind="share", region=region,
    ...                      period=period, measure="rd_intensity", region_code=code, doc=doc)
    >>> [s] = series([fig("2.9", "江苏", "320000", "2020", "a.txt"), fig("3.1", "江苏省", "320000", "2021", "b.txt"),
    ...               fig("2.5", "浙江省", "330000", "2020", "b.txt")])
    >>> s.periods, [(r.region, r.region_code) for r in s.rows]
    (['2020', '2021'], [('江苏省', '320000'), ('浙江省', '330000')])
    >>> s.text(s.rows[0], "2021"), s.sources(s.rows[0], "2021")
    ('3.1', 'b.txt:0-4')

Rows are regions, grouped by ``region_code`` (江苏 and 江苏省 are one row), labelled with the
fullest name the reports give (the longest; the first seen of equal length); a region without
a code is a row of its own name (or joins the coded row that has that name), and figures with
no region come last in the row ``(none)``. Coded rows are in code order (GB/T 2260 puts
provinces, then their cities and counties, in the standard order), the others as first seen.
Columns are the periods in time order (by the month they end, then the month they begin:
2020-03, 2020-01/2020-06, 2020, 2021), then any period that is not ISO text, then ``(none)``.

A cell holds every figure of its region and period, from any report: its text is the
distinct values in the order read, joined with "; ", each written as ``summary`` writes it
(``1~3``, ``≥180``, ``2.9*`` for a target), followed by its unit when that is not the
table's (the unit most of its figures have). ``sources`` lists every figure of the cell, in
the same order, as ``DOC:START-END`` joined with "; " (``parse_sources`` reads it back; in
DOC, % ; and control characters are %-escaped), so each value leads back to its document
and offsets. ``point`` is the one number a chart draws for the cell: its first achieved
figure in the table's unit, else its first target.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import unquote

from .extras import install_hint
from .highlight import value_text
from .records import KINDS, MEASURE_NAMES, MEASURES, Indicator, plain

__all__ = [
    "NONE",
    "SERIES_FORMATS",
    "Series",
    "SeriesRow",
    "series",
    "period_key",
    "parse_sources",
    "source_text",
    "write_series",
]

NONE = "(none)"
SERIES_FORMATS = ("csv", "tsv", "json", "jsonl", "xlsx")
HEAD = ["measure", "kind", "unit", "region", "region_code"]


@dataclass
class SeriesRow:
    region: str  # the label: the fullest name the reports give this region
    region_code: str
    names: list[str] = field(default_factory=list)  # every name given to it, first seen first
    cells: dict[str, list[Indicator]] = field(default_factory=dict)


@dataclass
class Series:
    measure: str
    kind: str
    unit: str
    periods: list[str]
    rows: list[SeriesRow]

    @property
    def name(self) -> str:
        """The measure's standard name (records.md), or its id when it is not in the table."""
        return MEASURE_NAMES.get(self.measure, self.measure)

    @property
    def title(self) -> str:
        return f"{self.name} ({self.measure}) · {self.kind}" + (f" · {self.unit}" if self.unit else "")

    def figures(self, row: SeriesRow, period: str) -> list[Indicator]:
        return row.cells.get(period, [])

    def text(self, row: SeriesRow, period: str) -> str:
        seen: list[str] = []
        for r in self.figures(row, period):
            t = figure_text(r) + ("" if r.unit == self.unit else f" {r.unit}".rstrip())
            if t not in seen:
                seen.append(t)
        return "; ".join(seen)

    def sources(self, row: SeriesRow, period: str) -> str:
        return "; ".join(source_text(r) for r in self.figures(row, period))

    def value(self, row: SeriesRow, period: str) -> Decimal | str | None:
        """The cell as one number when it is one plain value in the table's unit, else its text."""
        figs = self.figures(row, period)
        if not figs:
            return None
        text, r = self.text(row, period), figs[0]
        if text == plain(r.value) and r.value_max is None and not r.qualifier and not r.planned:
            return r.value
        return text

    def point(self, row: SeriesRow, period: str) -> Indicator | None:
        """The figure a chart draws for the cell: the first achieved one in the table's unit,
        else the first target in it; None when the cell has none in that unit."""
        figs = [r for r in self.figures(row, period) if r.unit == self.unit]
        achieved = [r for r in figs if not r.planned]
        return (achieved or figs)[0] if figs else None

    def header(self) -> list[str]:
        """The text table's header: the keys, then each period followed by its sources."""
        return HEAD + [h for p in self.periods for h in (p, f"{p} source")]

    def table(self) -> list[list[str]]:
        out = [self.header()]
        for row in self.rows:
            cells = [self.measure, self.kind, self.unit, row.region, row.region_code]
            for p in self.periods:
                cells += [self.text(row, p), self.sources(row, p)]
            out.append(cells)
        return out


def figure_text(r: Indicator) -> str:
    return value_text(r) + ("*" if r.planned else "")


# ---------------------------------------------------------------------------
# Sources

_ESCAPE = {c: f"%{ord(c):02X}" for c in "%;" + "".join(map(chr, range(32))) + "\x7f"}


def source_text(r: Indicator) -> str:
    """Where a figure stands: DOC:START-END (DOC %-escaped where it could be misread)."""
    doc = "".join(_ESCAPE.get(c, c) for c in (r.doc or ""))
    return f"{doc}:{r.start}-{r.end}"


def parse_sources(cell: str) -> list[tuple[str, int, int]]:
    """The (doc, start, end) of every figure of a sources cell, in order."""
    out = []
    for entry in cell.split("; ") if cell else []:
        doc, _, span = entry.rpartition(":")
        start, _, end = span.partition("-")
        out.append((unquote(doc), int(start), int(end)))
    return out


# ---------------------------------------------------------------------------
# Building the tables

_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-\d{2})?")


def _months(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    m = _MONTH.fullmatch(text.strip())
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        return (year, int(m.group(2))), (year, int(m.group(2)))
    return (year, 1), (year, 12)


def period_key(period: str) -> tuple:
    """Sort key of a period in time order: ISO years, months and intervals by their last
    month, then their first (a figure to date is read as of its end); other text after
    them; the empty period (none) last."""
    if not period or period == NONE:
        return (2, "")
    first, _, last = period.partition("/")
    a, b = _months(first), _months(last or first)
    if a is None or b is None:
        return (1, period)
    return (0, b[1], a[0])


def series(records: Iterable[Indicator], measures: Iterable[str] = (), kinds: Iterable[str] = ()) -> list[Series]:
    """The tables of the records that have a measure: one per (measure, kind), in the order of
    ``measures`` if given (only those), else of records.md's table (other ids after, as first
    seen), kinds in the order level, growth, share, rank."""
    wanted, ks = list(dict.fromkeys(measures)), set(kinds)
    groups: dict[tuple[str, str], list[Indicator]] = {}
    for r in records:
        if r.measure and (not wanted or r.measure in wanted) and (not ks or r.kind in ks):
            groups.setdefault((r.measure, r.kind), []).append(r)
    order = wanted or list(MEASURES)
    seen = list(dict.fromkeys(m for m, _ in groups))

    def rank(key: tuple[str, str]) -> tuple[int, int]:
        m, k = key
        mi = order.index(m) if m in order else len(order) + seen.index(m)
        return mi, KINDS.index(k) if k in KINDS else len(KINDS)

    return [_one(m, k, groups[(m, k)]) for m, k in sorted(groups, key=rank)]


def _one(measure: str, kind: str, figures: list[Indicator]) -> Series:
    units = Counter(r.unit for r in figures)
    unit = max(units, key=lambda u: (units[u], -list(units).index(u)))
    coded: dict[str, SeriesRow] = {}
    named: dict[str, SeriesRow] = {}
    for r in figures:
        name = r.region or NONE
        if r.region_code:
            row = coded.setdefault(r.region_code, SeriesRow("", r.region_code))
        else:
            row = named.setdefault(name, SeriesRow(name, ""))
        if name not in row.names:
            row.names.append(name)
        row.cells.setdefault(r.period or NONE, []).append(r)
    for row in coded.values():
        row.region = max(row.names, key=lambda n: (len(n), -row.names.index(n)))
    # A figure whose region has no code joins the coded row that bears its name.
    by_name = {n: row for row in coded.values() for n in row.names}
    rows = sorted(coded.values(), key=lambda row: row.region_code)
    for name, row in named.items():
        home = by_name.get(name)
        if home is None:
            continue
        for p, figs in row.cells.items():
            home.cells.setdefault(p, []).extend(figs)
    rest = [row for name, row in named.items() if name not in by_name]
    rows += [row for row in rest if row.region != NONE] + [row for row in rest if row.region == NONE]
    read = {id(r): i for i, r in enumerate(figures)}
    for row in rows:  # figures in the order read, whichever row they came through
        for figs in row.cells.values():
            figs.sort(key=lambda r: read[id(r)])
    periods = sorted({p for row in rows for p in row.cells}, key=period_key)
    return Series(measure, kind, unit, periods, rows)


# ---------------------------------------------------------------------------
# Output


def _number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def figure_dict(r: Indicator) -> dict:
    """What JSON says of one figure of a cell: where it stands and what it says."""
    return {
        "doc": r.doc,
        "start": r.start,
        "end": r.end,
        "text": r.text,
        "value": _number(r.value),
        "value_max": None if r.value_max is None else _number(r.value_max),
        "unit": r.unit,
        "qualifier": r.qualifier or None,
        "planned": r.planned,
        "region": r.region,
        "period": r.period,
        "indicator": r.indicator,
    }


def row_dict(s: Series, row: SeriesRow) -> dict:
    cells = {}
    for p in s.periods:
        figs = s.figures(row, p)
        if figs:
            v = s.value(row, p)
            cells[p] = {
                "text": s.text(row, p),
                "value": _number(v) if isinstance(v, Decimal) else None,
                "figures": [figure_dict(r) for r in figs],
            }
    return {"region": row.region, "region_code": row.region_code, "names": row.names, "cells": cells}


def series_dict(s: Series) -> dict:
    return {
        "measure": s.measure,
        "name": s.name,
        "kind": s.kind,
        "unit": s.unit,
        "periods": s.periods,
        "rows": [row_dict(s, row) for row in s.rows],
    }


def write_series(tables: list[Series], fmt: str, target, *, excel: bool = False) -> int:
    """Write the tables as csv, tsv (one after another, each with its header, an empty line
    between), json (a list of tables), jsonl (one line per row) or xlsx (a sheet per table)
    to a path or '-' (stdout); returns the number of rows."""
    from .writers import WriterError

    if fmt not in SERIES_FORMATS:
        raise WriterError(f"a series table cannot be written as {fmt}; choose one of {', '.join(SERIES_FORMATS)}")
    if fmt == "xlsx":
        _write_xlsx(tables, target)
    else:
        buf = io.StringIO(newline="")
        if fmt in ("csv", "tsv"):
            _write_delimited(tables, buf, fmt, excel)
        elif fmt == "json":
            buf.write(json.dumps([series_dict(s) for s in tables], ensure_ascii=False, indent=1) + "\n")
        else:
            for s in tables:
                for row in s.rows:
                    line = {"measure": s.measure, "kind": s.kind, "unit": s.unit, **row_dict(s, row)}
                    buf.write(json.dumps(line, ensure_ascii=False) + "\n")
        _put(buf.getvalue(), target)
    return sum(len(s.rows) for s in tables)


def _put(data: str, target) -> None:
    if target in (None, "-"):
        out = getattr(sys.stdout, "buffer", None)
        if out is None:
            sys.stdout.write(data)
        else:
            sys.stdout.flush()
            out.write(data.encode("utf-8"))
            out.flush()
    else:
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(data)


def _write_delimited(tables: list[Series], buf, fmt: str, excel: bool) -> None:
    from .writers import _inert

    newline = "\r\n" if excel else "\n"
    if excel:
        buf.write("\ufeff")
    w = csv.writer(buf, lineterminator=newline)
    blank = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
    for i, s in enumerate(tables):
        if i:
            buf.write(newline)
        for cells in s.table():
            if excel:
                cells = [_inert(c) for c in cells]
            if fmt == "csv":
                w.writerow(cells)
            else:
                buf.write("\t".join(c.translate(blank) for c in cells) + newline)


def sheet_titles(tables: list[Series]) -> list[str]:
    """A distinct sheet name per table: 'measure kind', within Excel's 31 characters."""
    titles: list[str] = []
    for s in tables:
        base = f"{s.measure} {s.kind}"[:31]
        title, n = base, 2
        while title in titles:
            title = f"{base[: 31 - len(str(n)) - 1]}~{n}"
            n += 1
        titles.append(title)
    return titles


def cell_note(s: Series, row: SeriesRow, period: str) -> str:
    """A cell's note in XLSX: each figure as written, its value, its document and offsets."""
    lines = []
    for r in s.figures(row, period):
        lines.append(f"{r.text} = {figure_text(r)} {r.unit}".rstrip())
        lines.append(f"  {r.doc or '-'} [{r.start}:{r.end}] {r.indicator}".rstrip())
    return "\n".join(lines)


def _write_xlsx(tables: list[Series], target) -> None:
    from .writers import WriterError, _excel_number, _inert

    try:
        import openpyxl
        from openpyxl.comments import Comment
        from openpyxl.styles import Font
    except ImportError:
        raise WriterError(f"writing xlsx needs openpyxl: {install_hint('openpyxl')}") from None
    if target in (None, "-"):
        if sys.stdout.isatty():
            raise WriterError("refusing to write binary xlsx to a terminal; use -o FILE or a pipe")
        target = sys.stdout.buffer
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if not tables:
        wb.create_sheet("no measures")
    for s, title in zip(tables, sheet_titles(tables)):
        ws = wb.create_sheet(title)
        ws.append(HEAD + [_inert(p) for p in s.periods])
        for c in ws[1]:
            c.font = Font(bold=True)
        for i, row in enumerate(s.rows, 2):
            ws.append([s.measure, s.kind, s.unit, _inert(row.region), row.region_code])
            for j, p in enumerate(s.periods, len(HEAD) + 1):
                v = s.value(row, p)
                if v is None:
                    continue
                cell = ws.cell(i, j, _excel_number(v) if isinstance(v, Decimal) else _inert(v))
                note = cell_note(s, row, p)
                cell.comment = Comment(note, "kjstats", height=20 + 20 * note.count("\n"), width=320)
        ws.freeze_panes = ws.cell(2, len(HEAD) + 1)
        ws.column_dimensions["D"].width = 16
    if hasattr(target, "flush"):
        sys.stdout.flush()
    wb.save(target)
