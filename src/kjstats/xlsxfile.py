"""XLSX output made for Excel: typed cells, every digit shown, a filter on the header.

openpyxl is imported only here, and only when an xlsx is written (``writers.open_writer``).
"""

from __future__ import annotations

import tempfile
from decimal import Decimal

from .excel import MAX_CELL, MAX_ROWS, display_width, excel_number, number_format
from .extras import install_hint
from .records import OUTPUT_FIELDS
from .writers import RecordWriter, WriterError, _binary_target, _write_all

_VALUE_FIELDS = ("value", "value_max")


class XlsxWriter(RecordWriter):
    """Sheets "records", "records 2", … in openpyxl write-only mode (rows go straight to a
    temporary file), each with the header row: bold, frozen (A2) and an AutoFilter over it.

    start/end are integer cells, planned a boolean. value/value_max are Excel numbers when a
    double holds them exactly (at most 15 significant digits within Excel's range: every real
    figure), with a number format that shows every digit ("#,##0", "#,##0.00": never
    1.55E+12); any other Decimal is written as its exact text, so no value is ever rounded.
    Text is stored as text: an xlsx string cell is never a formula, so "=SUM(A1)" or "-1.49"
    stays what it is, with no ' before it; periods (2020-01) stay text too. Characters XML
    cannot hold become U+FFFD, and cells are cut at Excel's 32,767 characters.

    A sheet holds MAX_ROWS - 1 records (Excel's 1,048,576 rows less the header); the next
    records go on the next sheet. Column widths come from the header and the first SAMPLE
    records, held back until then because write-only sheets need widths before any row.
    """

    SAMPLE = 200
    MAX_WIDTH = 60
    MAX_CELL = MAX_CELL
    MAX_ROWS = MAX_ROWS
    SHEET = "records"

    def __init__(self, target, *, excel: bool = False) -> None:
        super().__init__()
        try:
            import openpyxl
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
            from openpyxl.styles import Font
        except ImportError:
            raise WriterError(f"writing xlsx needs openpyxl: {install_hint('openpyxl')}") from None
        self._target = _binary_target("xlsx", target)
        # A path is opened now, as the text writers do, so a bad one fails before any work.
        self._owned = open(self._target, "wb") if isinstance(self._target, str) else None
        self._illegal = ILLEGAL_CHARACTERS_RE
        self._Cell, self._bold = WriteOnlyCell, Font(bold=True)
        self._wb = openpyxl.Workbook(write_only=True)
        self._sheets: list = []
        self._rows = 0  # records on the current sheet
        self._widths: list[float] | None = None
        self._pending: list[list] | None = []  # the width sample; None once flushed
        self._abandoned = False
        self._new_sheet()

    def _new_sheet(self) -> None:
        """The next sheet: widths (once known), the header, the filter and the frozen row."""
        from openpyxl.utils import get_column_letter

        n = len(self._sheets) + 1
        ws = self._wb.create_sheet(self.SHEET if n == 1 else f"{self.SHEET} {n}")
        ws.freeze_panes = "A2"
        self._sheets.append(ws)
        self._ws, self._rows = ws, 0
        if self._widths is not None:
            for i, width in enumerate(self._widths):
                ws.column_dimensions[get_column_letter(i + 1)].width = width
            self._append_header()

    def _append_header(self) -> None:
        header = []
        for name in OUTPUT_FIELDS:
            cell = self._Cell(self._ws, value=name)
            cell.font = self._bold
            header.append(cell)
        self._ws.append(header)

    def _cell(self, field: str, value: object) -> object:
        if value is None or isinstance(value, (bool, int)):
            return value
        if isinstance(value, Decimal):
            number = excel_number(value)
            if field not in _VALUE_FIELDS or isinstance(number, str):
                return number
            cell = self._Cell(self._ws, value=number)
            cell.number_format = number_format(value)
            return cell
        text = self._illegal.sub("\ufffd", str(value))[: self.MAX_CELL]
        if text.startswith(("=", "#")):
            # openpyxl would store "=…" as a formula and "#N/A" as an error: text is text.
            cell = self._Cell(self._ws, value=text)
            cell.data_type = "s"
            return cell
        return text

    def _write(self, row):
        cells = [self._cell(f, v) for f, v in row.items()]
        try:
            if self._pending is None:
                self._append(cells)
            else:
                self._pending.append(cells)
                if len(self._pending) >= self.SAMPLE:
                    self._flush_sample()
        except _xml_write_errors() as e:
            raise self._failed(e) from None

    def _append(self, cells: list) -> None:
        if self._rows >= self.MAX_ROWS - 1:
            self._new_sheet()
        self._ws.append(cells)
        self._rows += 1

    def _failed(self, e: BaseException) -> Exception:
        """openpyxl could not write its temporary files (disk full, file too large): close
        its half-done sheet writers now, or they raise again, as "Exception ignored"
        tracebacks, when they are garbage-collected; return the error to raise."""
        self._abandoned = True
        for ws in self._sheets:
            try:
                ws.close()  # (public: ends its row and XML writers)
            except Exception:  # noqa: BLE001 - the same failure once more
                pass
        if isinstance(e, OSError):
            return e
        return WriterError(f"cannot write xlsx: temporary file: {' '.join(str(e).split())}")

    def _flush_sample(self) -> None:
        from openpyxl.utils import get_column_letter

        assert self._pending is not None
        self._widths = []
        for i, name in enumerate(OUTPUT_FIELDS):
            widest = max([len(name) + 2] + [_width(r[i]) for r in self._pending if r[i] is not None])
            self._widths.append(min(widest + 2, self.MAX_WIDTH))
            self._ws.column_dimensions[get_column_letter(i + 1)].width = self._widths[-1]
        self._append_header()
        pending, self._pending = self._pending, None
        for cells in pending:
            self._append(cells)

    def _finish(self) -> None:
        from openpyxl.utils import get_column_letter

        out = self._owned or self._target
        try:
            if self._abandoned:
                return
            try:
                if self._pending is not None:
                    self._flush_sample()
                last = get_column_letter(len(OUTPUT_FIELDS))
                for ws in self._sheets:  # every sheet but the last is full
                    rows = self._rows + 1 if ws is self._ws else self.MAX_ROWS
                    ws.auto_filter.ref = f"A1:{last}{rows}"
            except _xml_write_errors() as e:
                raise self._failed(e) from None
            # openpyxl builds the zip into a temporary file and only then is it copied to the
            # target: a target that fails mid-write (disk full, closed pipe) gives one clean
            # OSError, instead of half-written zip and XML writers that raise again, with
            # "Exception ignored" tracebacks, when they are garbage-collected.
            with tempfile.TemporaryFile() as tmp:
                try:
                    self._wb.save(tmp)
                except _xml_write_errors() as e:
                    raise self._failed(e) from None
                tmp.seek(0)
                while block := tmp.read(1 << 16):
                    _write_all(out, block)
            out.flush()
        finally:
            if self._owned is not None:
                self._owned.close()


def _width(cell) -> int:
    """A cell's width in characters as Excel shows it (a number with its group separators)."""
    value = getattr(cell, "value", cell)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:,}"
        return len(text) + 1
    return display_width(str(value))


def _xml_write_errors() -> tuple[type[BaseException], ...]:
    """What openpyxl raises when its output cannot be written: OSError, or lxml's
    SerialisationError (IO_ENOSPC, IO_EFBIG) when lxml does the writing."""
    try:
        from lxml.etree import LxmlError
    except ImportError:
        return (OSError,)
    return (OSError, LxmlError)
