"""Parquet output: exact decimals, typed columns, row groups streamed out.

pyarrow is imported only here, and only when a parquet file is written (``writers.open_writer``).
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation

from .extras import install_hint
from .records import OUTPUT_FIELDS, plain
from .writers import RecordRefused, RecordWriter, WriterError, _binary_target, _write_all


class ParquetWriter(RecordWriter):
    """Parquet via pyarrow.parquet.ParquetWriter, one row group per ROW_GROUP records.

    Columns in OUTPUT_FIELDS order. start/end int64, planned bool, strings utf8
    (doc and qualifier nullable). value/value_max are decimal128(38, 10): exact for
    up to 28 integer and 10 fractional digits, which covers every figure (money in
    元, percentages with a few decimals) and every tool that reads Parquet (pandas, DuckDB,
    Polars, Spark) reads it as a decimal. The type is fixed up front because rows stream
    out, so a record whose value lies outside it (more digits than any real figure) is
    refused with RecordRefused instead of being rounded: it is not written, the file goes
    on with the next records (JSON Lines and CSV keep every digit of it).
    Readers get Decimals back with scale 10 (3.8 -> Decimal('3.8000000000')).
    """

    ROW_GROUP = 10_000
    _SCALE = Decimal("1E-10")
    _CTX = Context(prec=38)

    def __init__(self, target, *, excel: bool = False) -> None:
        super().__init__()
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise WriterError(f"writing parquet needs pyarrow: {install_hint('pyarrow')}") from None
        self._pa = pa
        dec = pa.decimal128(38, 10)
        types = {"start": pa.int64(), "end": pa.int64(), "value": dec, "value_max": dec, "planned": pa.bool_()}
        self._schema = pa.schema(
            [
                pa.field(f, types.get(f, pa.string()), nullable=f in ("doc", "value_max", "qualifier"))
                for f in OUTPUT_FIELDS
            ]
        )
        sink = _binary_target("parquet", target)
        # A stream (stdout) gets the bytes from Python, row group by row group: pyarrow's own
        # writes to a pipe that is full cannot be interrupted (Ctrl-C would hang) and fail
        # with its own errors; Python's give KeyboardInterrupt and BrokenPipeError.
        self._out = None if isinstance(sink, str) else sink
        self._spool = None if self._out is None else _Spool()
        self._writer = pq.ParquetWriter(sink if self._spool is None else self._spool, self._schema)
        self._columns: dict[str, list] = {f: [] for f in OUTPUT_FIELDS}
        self._rows = 0

    def _decimal(self, d: Decimal | None, row: dict) -> Decimal | None:
        if d is None:
            return None
        try:
            q = d.quantize(self._SCALE, context=self._CTX)  # InvalidOperation past 38 digits
        except InvalidOperation:
            q = None
        if q is None or q != d:
            shown = plain(d) if len(plain(d)) <= 40 else f"{d:.6E}"
            raise RecordRefused(
                f"{row['doc'] or '-'}: {row['text']!r} at {row['start']}: value {shown} does not fit parquet "
                "decimal128(38, 10) exactly; record left out (-f jsonl or csv keeps every digit)"
            )
        return q

    def _write(self, row):
        row = dict(row, value=self._decimal(row["value"], row), value_max=self._decimal(row["value_max"], row))
        for field, value in row.items():
            self._columns[field].append(value)
        self._rows += 1
        if self._rows >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pydict(self._columns, schema=self._schema))
            self._columns = {f: [] for f in OUTPUT_FIELDS}
            self._rows = 0
            self._drain()

    def _drain(self) -> None:
        if self._spool is not None and not self.interrupted:
            self._spool.drain_into(self._out)

    def _finish(self) -> None:
        self._flush()
        self._writer.close()
        self._drain()


class _Spool:
    """A write-only file that holds what pyarrow writes until it is drained into the target."""

    closed = False

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:  # pyarrow may close its sink; the real target stays open
        pass

    def drain_into(self, out) -> None:
        parts, self._parts = self._parts, []
        for part in parts:
            _write_all(out, part)
        out.flush()
