"""Figures side by side: a pivot of indicators × regions (or × periods).

    >>> from decimal import Decimal
    >>> from kjstats.records import Indicator
    >>> rs = [Indicator(0, 3, "68家", Decimal(68), unit="家", region="越城区", indicator="高新技术企业"),
    ...       Indicator(9, 12, "75家", Decimal(75), unit="家", region="柯桥区", indicator="高新技术企业")]
    >>> p = pivot(rs)
    >>> p.columns, p.table()[1]
    (['越城区', '柯桥区'], ['高新技术企业', '家', 'level', '68', '75'])

Rows are (indicator, unit, kind), in the order they first appear; columns are the regions in
the order they first appear, or with ``by="period"`` the periods in time order (ISO text sorts
so); figures with no region (period) fall in the column ``(none)``, last.

A cell holds every figure of its row and column. Its text is their distinct values in
document order joined with "; " — no figure is dropped, so two figures of different periods in
one region (or a figure repeated with a different value) stay visible side by side; a value
that repeats is shown once. When the figures of a cell differ in the other dimension (two
periods in a region's cell, two regions in a period's cell), each value is followed by its
period (region) in brackets: ``2000000000 (2019); 2590000000 (2020)``. Each value is written as ``value_text`` writes it: a range as
``1~3``, a qualifier as a sign before it (≥ at_least, > more_than, ≲ nearly, ≈ about,
≤ at_most), and a ``*`` after a planned figure (a target, not an achievement).
``cell_value`` is the cell as one number when it holds exactly one plain figure (what XLSX
stores as a number), else its text.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .extras import install_hint
from .highlight import value_text
from .records import Indicator, plain

__all__ = ["BY", "NONE", "PIVOT_FORMATS", "Pivot", "PivotRow", "pivot", "cell_text", "cell_value", "write_pivot"]

BY = ("region", "period")
NONE = "(none)"
KEY_FIELDS = ("indicator", "unit", "kind")
PIVOT_FORMATS = ("csv", "tsv", "json", "jsonl", "xlsx")


def _figure(r: Indicator) -> str:
    return value_text(r) + ("*" if r.planned else "")


def cell_text(figures: list[Indicator], other: str | None = None) -> str:
    """The distinct values of the figures, in order, joined with '; '; each followed by its
    ``other`` field ("period" or "region") in brackets when the figures differ in it."""
    tag = other is not None and len({getattr(r, other) for r in figures}) > 1
    seen: list[str] = []
    for r in figures:
        t = _figure(r) + (f" ({getattr(r, other or '') or NONE})" if tag else "")
        if t not in seen:
            seen.append(t)
    return "; ".join(seen)


def cell_value(figures: list[Indicator], other: str | None = None) -> Decimal | str | None:
    """One number when the cell is a single plain value (no range, qualifier or plan), else the
    cell's text; None when empty."""
    if not figures:
        return None
    text = cell_text(figures, other)
    r = figures[0]
    if text == plain(r.value) and r.value_max is None and not r.qualifier and not r.planned:
        return r.value
    return text


@dataclass
class PivotRow:
    indicator: str
    unit: str
    kind: str
    cells: dict[str, list[Indicator]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.cells.values())


@dataclass
class Pivot:
    by: str
    columns: list[str]
    rows: list[PivotRow]

    @property
    def header(self) -> list[str]:
        return list(KEY_FIELDS) + self.columns

    @property
    def other(self) -> str:
        """The dimension that is not the columns'."""
        return "period" if self.by == "region" else "region"

    def text(self, row: PivotRow, column: str) -> str:
        return cell_text(row.cells.get(column, []), self.other)

    def value(self, row: PivotRow, column: str) -> Decimal | str | None:
        return cell_value(row.cells.get(column, []), self.other)

    def table(self) -> list[list[str]]:
        """Header and rows as text (empty cells '')."""
        out = [self.header]
        for row in self.rows:
            out.append([row.indicator, row.unit, row.kind] + [self.text(row, c) for c in self.columns])
        return out


def pivot(records: Iterable[Indicator], by: str = "region") -> Pivot:
    """The records pivoted: rows (indicator, unit, kind) × columns (regions or periods)."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    rows: dict[tuple[str, str, str], PivotRow] = {}
    columns: list[str] = []
    for r in records:
        col = getattr(r, by) or NONE
        if col not in columns:
            columns.append(col)
        key = (r.indicator, r.unit, r.kind)
        row = rows.get(key)
        if row is None:
            row = rows[key] = PivotRow(*key)
        row.cells.setdefault(col, []).append(r)
    named = [c for c in columns if c != NONE]
    if by == "period":
        named.sort()
    if NONE in columns:
        named.append(NONE)
    return Pivot(by, named, list(rows.values()))


# ---------------------------------------------------------------------------
# Output


def write_pivot(p: Pivot, fmt: str, target, *, excel: bool = False) -> int:
    """Write the pivot as csv, tsv, json, jsonl or xlsx to a path or '-' (stdout); returns the
    number of rows. excel (csv/tsv): UTF-8 BOM, CRLF and formula-like text made inert."""
    from .writers import WriterError

    if fmt not in PIVOT_FORMATS:
        raise WriterError(f"a summary cannot be written as {fmt}; choose one of {', '.join(PIVOT_FORMATS)}")
    if fmt == "xlsx":
        _write_xlsx(p, target)
        return len(p.rows)
    buf = io.StringIO(newline="")
    if fmt in ("csv", "tsv"):
        _write_delimited(p, buf, fmt, excel)
    else:
        objs: list[dict[str, str | None]] = [dict(zip(p.header, cells)) for cells in p.table()[1:]]
        for o in objs:
            for c in p.columns:
                o[c] = o[c] or None
        if fmt == "json":
            buf.write(json.dumps(objs, ensure_ascii=False, indent=1) + "\n")
        else:
            buf.writelines(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    data = buf.getvalue()
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
    return len(p.rows)


def _write_delimited(p: Pivot, buf, fmt: str, excel: bool) -> None:
    from .writers import _inert

    newline = "\r\n" if excel else "\n"
    if excel:
        buf.write("\ufeff")
    if fmt == "csv":
        w = csv.writer(buf, lineterminator=newline)
    rows = p.table()
    for cells in rows:
        if excel:
            cells = [_inert(c) for c in cells]
        if fmt == "csv":
            w.writerow(cells)
        else:
            blank = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
            buf.write("\t".join(c.translate(blank) for c in cells) + newline)


def _write_xlsx(p: Pivot, target) -> None:
    from .writers import WriterError, _excel_number, _inert

    try:
        import openpyxl
        from openpyxl.styles import Font
    except ImportError:
        raise WriterError(f"writing xlsx needs openpyxl: {install_hint('openpyxl')}") from None
    if target in (None, "-"):
        if sys.stdout.isatty():
            raise WriterError("refusing to write binary xlsx to a terminal; use -o FILE or a pipe")
        target = sys.stdout.buffer
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"by {p.by}"
    ws.append([_inert(h) for h in p.header])
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in p.rows:
        cells: list[object] = [_inert(row.indicator), row.unit, row.kind]
        for col in p.columns:
            v = p.value(row, col)
            cells.append(_excel_number(v) if isinstance(v, Decimal) else (None if v is None else _inert(v)))
        ws.append(cells)
    ws.freeze_panes = "D2"
    ws.column_dimensions["A"].width = 40
    if hasattr(target, "flush"):
        sys.stdout.flush()
    wb.save(target)
