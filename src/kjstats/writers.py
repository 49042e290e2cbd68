"""Write a stream of Indicator records as CSV, TSV, JSON Lines, JSON, XLSX or Parquet.

    >>> import io
    >>> out = io.StringIO()
    >>> with open_writer("csv", out) as w:
    ...     w.write(Indicator(0, 6, "25.9亿元", Decimal("2.59E+9"), unit="元", doc="a.txt"))
    >>> out.getvalue().splitlines()[1]
    'a.txt,0,6,25.9亿元,2590000000,,元,,level,false,,,,other,,,'

Every writer streams: a record is written (or, for xlsx and parquet, handed to the
format's own streaming writer) as it comes, so memory does not grow with the input.

Numbers are exact everywhere: Decimals are printed with ``plain()`` in the text
formats at any number of digits, stored as decimal128(38, 10) in Parquet (a value
past it is refused: ``RecordRefused``), and as Excel numbers in XLSX only when Excel
can hold them exactly (``xlsxfile.XlsxWriter``, ``excel``).

The library never imports click or rich; openpyxl and pyarrow are imported only by
the writer that needs them.
"""

from __future__ import annotations

import csv
import errno
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import IO, Any

from .excel import FORMULA_LEADS, csv_period, excel_number, inert
from .records import NUMERIC_FIELDS, OUTPUT_FIELDS, Indicator, plain

__all__ = [
    "FORMATS",
    "BINARY_FORMATS",
    "WriterError",
    "RecordRefused",
    "RecordWriter",
    "record_row",
    "open_writer",
    "read_jsonl_records",
    "read_csv_records",
]

FORMATS = ("csv", "tsv", "jsonl", "json", "xlsx", "parquet")
BINARY_FORMATS = ("xlsx", "parquet")

# Cells that are not text: never prefixed against formula injection.
_TYPED_FIELDS = NUMERIC_FIELDS + ("planned",)
# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_LEADS = FORMULA_LEADS
# Kept under their old names for the modules that import them (summary).
_inert, _excel_number = inert, excel_number


class WriterError(Exception):
    """A writer cannot do what was asked (missing dependency, binary to a terminal, …)."""


class RecordRefused(WriterError):
    """One record the format cannot hold exactly (a value past parquet's decimal128): it is
    not written, the writer stays usable and the caller says so and goes on."""


def record_row(rec: Indicator) -> dict[str, object]:
    """The record as a dict in OUTPUT_FIELDS order, with typed values.

    start/end are ints, value/value_max Decimals (value_max None when absent),
    qualifier None when absent, planned a bool, other strings as they are.
    """
    row = {k: getattr(rec, k) for k in OUTPUT_FIELDS}
    row["start"], row["end"] = int(rec.start), int(rec.end)
    row["value"] = Decimal(rec.value)
    row["value_max"] = None if rec.value_max is None else Decimal(rec.value_max)
    row["qualifier"] = rec.qualifier or None
    row["planned"] = bool(rec.planned)
    return row


def _text_cell(field: str, value: object) -> str:
    """A row value as a CSV/TSV cell: numbers exact, planned true/false, empty for None."""
    if value is None:
        return ""
    if field == "planned":
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return _exact(value)
    return str(value)


def _exact(d: Decimal) -> str:
    if not d.is_finite():  # NaN/Infinity are not numbers in CSV or JSON
        raise WriterError(f"cannot write non-finite value {d}")
    return plain(d)


# ---------------------------------------------------------------------------
# Targets


def _is_path(target) -> bool:
    return isinstance(target, (str, os.PathLike))


def _open_text(target) -> tuple[IO[str], Callable[[], object] | None]:
    """(stream, how to let go of it). We write our own line ends, so files use newline=''."""
    if _is_path(target) and os.fspath(target) == "-":
        buf = getattr(sys.stdout, "buffer", None)
        if buf is None:  # a replaced sys.stdout (e.g. a StringIO in tests)
            return sys.stdout, None
        sys.stdout.flush()  # keep order with anything already printed
        # UTF-8 whatever the locale; detached at the end so sys.stdout stays open.
        wrapper = io.TextIOWrapper(buf, encoding="utf-8", newline="")
        return wrapper, wrapper.detach
    if _is_path(target):
        stream = open(target, "w", encoding="utf-8", newline="")
        return stream, stream.close
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)):
        raise WriterError("text formats need a text stream, got a binary one")
    return target, None  # borrowed: flushed, never closed


def _write_all(out, data: bytes) -> None:
    """Write all of data to a binary stream. BufferedWriter.write can return a short count
    instead of raising when the pipe or disk fails part-way (shutil.copyfileobj would then
    lose the rest silently); writing the rest raises the real error (EPIPE, ENOSPC)."""
    view = memoryview(data)
    while view:
        n = out.write(view)
        if n is None:  # a non-blocking stream that cannot take more now
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        if n <= 0:
            raise OSError(errno.EIO, "write made no progress")
        view = view[n:]


def _binary_target(fmt: str, target):
    """A path or binary stream for openpyxl/pyarrow; '-' only when stdout is redirected."""
    if _is_path(target) and os.fspath(target) == "-":
        if sys.stdout.isatty():
            raise WriterError(f"refusing to write binary {fmt} to a terminal; use -o FILE or a pipe")
        if getattr(sys.stdout, "buffer", None) is None:
            raise WriterError(f"cannot write binary {fmt}: stdout has no binary buffer")
        sys.stdout.flush()
        return sys.stdout.buffer
    if _is_path(target):
        return os.fspath(target)
    if isinstance(target, io.TextIOBase):
        raise WriterError(f"{fmt} needs a binary stream, got a text one")
    return target


# ---------------------------------------------------------------------------
# Writers


class RecordWriter:
    """Base: counts records, is a context manager; subclasses implement _write/_finish."""

    def __init__(self) -> None:
        self.count = 0
        self.closed = False
        self.interrupted = False

    def write(self, rec: Indicator) -> None:
        if self.closed:
            raise WriterError("writer is closed")
        self._write(self._row(rec))
        self.count += 1

    def write_units(self, units: list) -> None:
        """Write what record_unit made of some records elsewhere (in a worker), in order: as
        text, or UTF-8 encoded (bytes)."""
        if self.closed:
            raise WriterError("writer is closed")
        if units and isinstance(units[0], bytes):
            raw = self._utf8_buffer()
            if raw is not None:
                self._write_encoded(raw, units)
                self.count += len(units)
                return
            units = [u.decode("utf-8") for u in units]
        self._write_many(units)

    def _utf8_buffer(self):
        """The binary stream under this writer's text, when encoded units may go straight to
        it; None otherwise."""
        return None

    def _write_encoded(self, raw, units: list) -> None:
        raise NotImplementedError

    def _write_many(self, units: list) -> None:
        for unit in units:  # one by one: _write may look at the count (JSON's separators)
            self._write(unit)
            self.count += 1

    # what _write takes: a row dict, or a record's text unit
    _row: Callable[[Indicator], Any] = staticmethod(record_row)

    def write_many(self, records: Iterable[Indicator]) -> int:
        """Write every record (lazily consumed); returns the running count."""
        for rec in records:
            self.write(rec)
        return self.count

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._finish()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
            return
        if not issubclass(exc_type, Exception):
            self.interrupted = True  # Ctrl-C: send nothing more to a target that may block
        # Also on error: what was written stays a well-formed file when the target still
        # takes it. If finishing fails too (the pipe broke, the disk is full: pyarrow then
        # says "Operation on closed file"), the first error is the one that explains it.
        try:
            self.close()
        except Exception:  # noqa: BLE001 - never hide the error already on its way out
            pass

    def _write(self, row: Any) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        pass


class _TextWriter(RecordWriter):
    """Base of the text formats: owns (or borrows) a text stream."""

    newline = "\n"

    def __init__(self, target, *, excel: bool = False) -> None:
        super().__init__()
        self.stream, self._release = _open_text(target)
        self.excel = excel

    def _finish(self) -> None:
        self._end()
        self.stream.flush()
        if self._release:
            self._release()

    def _end(self) -> None:
        pass

    def _utf8_buffer(self):
        if self._release is None:
            return None  # a caller's stream: its own newline and errors settings must apply
        raw = getattr(self.stream, "buffer", None)
        encoding = getattr(self.stream, "encoding", None) or ""
        if raw is None or encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
            return None
        self.stream.flush()  # what the text layer holds goes first
        return raw

    def _write_encoded(self, raw, units: list) -> None:
        _write_all(raw, self._join_encoded(units))

    def _join_encoded(self, units: list) -> bytes:
        raise NotImplementedError


def _cells(rec: Indicator, excel: bool) -> list[str]:
    cells = []
    for field, value in record_row(rec).items():
        cell = _text_cell(field, value)
        if excel and field == "period":
            cell = csv_period(cell)  # Excel would make 2020-01 a date
        elif excel and field not in _TYPED_FIELDS:
            cell = inert(cell)
        cells.append(cell)
    return cells


# The csv module quotes a cell only for characters of its lineterminator, so a lone "\r" would
# go out bare with "\n" and split the row when read back. Each row is formatted with "\r\n"
# (which quotes any \r or \n) and the writer puts its own line end on it.
_CSV_BUFFER = io.StringIO()
_CSV = csv.writer(_CSV_BUFFER, lineterminator="\r\n")


def _csv_line(cells: Iterable[str]) -> str:
    _CSV.writerow(cells)
    line = _CSV_BUFFER.getvalue()[:-2]
    _CSV_BUFFER.seek(0)
    _CSV_BUFFER.truncate()
    return line


_TSV_BLANK = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _tsv_line(cells: Iterable[str]) -> str:
    return "\t".join(c.translate(_TSV_BLANK) for c in cells)


def csv_unit(rec: Indicator, excel: bool = False) -> str:
    return _csv_line(_cells(rec, excel))


def tsv_unit(rec: Indicator, excel: bool = False) -> str:
    return _tsv_line(_cells(rec, excel))


class _LineWriter(_TextWriter):
    """Base of the formats that write one line per record, each ended by self.newline."""

    def _write(self, line: str) -> None:
        self.stream.write(line + self.newline)

    def _write_many(self, lines: list) -> None:
        if lines:
            self.stream.write(self.newline.join(lines) + self.newline)
            self.count += len(lines)

    def _join_encoded(self, lines: list) -> bytes:
        newline = self.newline.encode()
        return newline.join(lines) + newline


class CsvWriter(_LineWriter):
    """Comma-separated, header = OUTPUT_FIELDS, RFC 4180 quoting (newlines stay inside quotes).

    With excel=True: UTF-8 BOM, CRLF, and text cells starting with = + - @ tab CR
    get a leading ' so Excel does not run them; periods are written ="2020-01" so that
    Excel keeps them as text (not a date); numeric columns are left alone.
    """

    format = "csv"
    line = staticmethod(_csv_line)

    def __init__(self, target, *, excel: bool = False) -> None:
        super().__init__(target, excel=excel)
        self.newline = "\r\n" if excel else "\n"
        if excel:
            self.stream.write("\ufeff")  # Excel guesses the encoding from the BOM
        self._row = record_unit(self.format, excel)
        self._write(self.line(OUTPUT_FIELDS))


class TsvWriter(CsvWriter):
    """Tab-separated without quoting: tabs and line breaks inside cells become spaces."""

    format = "tsv"
    line = staticmethod(_tsv_line)


# What json.dumps(s, ensure_ascii=False) gives for a str, without building an encoder per
# call (which made JSON Lines the slowest writer, and the serial part of `extract -j N`).
_json_str = json.encoder.encode_basestring


# One record as a JSON object: keys in OUTPUT_FIELDS order, each value formatted for the type
# record_row gives its field (Decimals as exact number literals, which json can't write). Filled
# straight from the record: JSON output is what `extract -j N` writes serially.
_JSON_OBJECT = "{" + ", ".join(f"{json.dumps(k)}: %s" for k in OUTPUT_FIELDS) + "}"


def _json_opt(s: str | None) -> str:
    return "null" if s is None else _json_str(s)


def _json_object(rec: Indicator) -> str:
    vm, q = rec.value_max, rec.qualifier
    return _JSON_OBJECT % (
        _json_opt(rec.doc),
        int(rec.start),
        int(rec.end),
        _json_opt(rec.text),
        _exact(Decimal(rec.value)),
        "null" if vm is None else _exact(Decimal(vm)),
        _json_opt(rec.unit),
        _json_str(q) if q else "null",
        _json_opt(rec.kind),
        "true" if rec.planned else "false",
        _json_opt(rec.region),
        _json_opt(rec.period),
        _json_opt(rec.indicator),
        _json_opt(rec.category),
        _json_opt(rec.measure),
        _json_opt(rec.region_code),
        _json_opt(rec.sentence),
    )


class JsonlWriter(_LineWriter):
    """JSON Lines: one object per line, keys in OUTPUT_FIELDS order, UTF-8 unescaped."""

    _row = staticmethod(_json_object)


class JsonWriter(_TextWriter):
    """One JSON array, written incrementally: '[\\n', objects joined by ',\\n', '\\n]\\n'."""

    _row = staticmethod(_json_object)

    def _write(self, obj):
        self.stream.write(("[\n" if self.count == 0 else ",\n") + obj)

    def _join_encoded(self, objs: list) -> bytes:
        return (b"[\n" if self.count == 0 else b",\n") + b",\n".join(objs)

    def _end(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")


def record_unit(fmt: str, excel: bool = False):
    """What a text format writes for one record, as a picklable function of the record (None
    for the formats that need the records themselves). `extract -j N` runs it in the workers,
    so that writing the output is not the serial part of the run."""
    if fmt in ("jsonl", "json"):
        return _json_object
    if fmt in ("csv", "tsv"):
        return functools.partial(csv_unit if fmt == "csv" else tsv_unit, excel=excel)
    return None


def _xlsx_writer(target, *, excel: bool = False) -> RecordWriter:
    return _xlsx().XlsxWriter(target, excel=excel)


def _parquet_writer(target, *, excel: bool = False) -> RecordWriter:
    from . import parquetfile  # imports writers: loaded once this module is

    return parquetfile.ParquetWriter(target, excel=excel)


_WRITERS: dict[str, Callable[..., RecordWriter]] = {
    "csv": CsvWriter,
    "tsv": TsvWriter,
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "xlsx": _xlsx_writer,
    "parquet": _parquet_writer,
}


def _xlsx():
    from . import xlsxfile  # imports writers: loaded once this module is

    return xlsxfile


def __getattr__(name: str):
    if name == "XlsxWriter":  # writers.XlsxWriter, as before it had a module of its own
        return _xlsx().XlsxWriter
    if name == "ParquetWriter":
        from . import parquetfile

        return parquetfile.ParquetWriter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_writer(fmt: str, target, *, excel: bool = False) -> RecordWriter:
    """A streaming writer of ``fmt`` (one of FORMATS) to ``target``.

    target: a path, "-" for stdout, or an open stream (text for csv/tsv/jsonl/json,
    binary for xlsx/parquet; a borrowed stream is flushed, never closed). Lines end
    in "\\n" (written as-is, so pass streams opened with newline=""). excel=True
    (CSV/TSV for Excel) adds a UTF-8 BOM, CRLF line ends and formula-inert text
    cells; the other formats ignore it (xlsx cells are always made inert).
    """
    try:
        cls = _WRITERS[fmt]
    except KeyError:
        raise WriterError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return cls(target, excel=excel)


# ---------------------------------------------------------------------------
# Reading our own output back (round-trip tests, tools)


def _typed(row: dict) -> dict:
    """Our text output's fields back to record_row() types."""
    row["start"], row["end"] = int(row["start"]), int(row["end"])
    row["value"] = Decimal(row["value"])
    row["value_max"] = Decimal(row["value_max"]) if row["value_max"] not in (None, "") else None
    return row


def read_jsonl_records(lines) -> list[dict]:
    """Parse our JSON Lines (a str or an iterable of lines) into dicts with Decimal values."""
    if isinstance(lines, str):
        lines = lines.split("\n")  # not splitlines(): U+2028 may sit raw inside strings
    return [_typed(json.loads(line, parse_float=Decimal)) for line in lines if line.strip()]


def read_csv_records(text: str) -> list[dict]:
    """Parse our CSV (plain or --excel, BOM and CRLF accepted) into dicts like record_row().

    Empty optional cells (doc, value_max, qualifier) read back as None. The ' that
    --excel puts before formula-like text is not removed (it cannot be told apart); its
    ="…" around a period is.
    """
    text = text.removeprefix("\ufeff")
    rows = []
    for row in csv.DictReader(io.StringIO(text, newline="")):
        row = _typed(row)
        period = row["period"]
        if period.startswith('="') and period.endswith('"') and len(period) > 2:
            row["period"] = period[2:-1].replace('""', '"')
        row["doc"] = row["doc"] or None
        row["qualifier"] = row["qualifier"] or None
        row["planned"] = row["planned"] == "true"
        rows.append(row)
    return rows
