"""Which format a command writes, from -f, the suffix of -o's file and --excel, and whether a
progress bar may show: the choices and their usage errors, before any input is read.

Library code: no click. Whether stdout and stderr are terminals is given by the caller (cli.py
asks); a usage error is a FormatError, which cli.py turns into click's.
"""

from __future__ import annotations

from pathlib import Path

from .writers import BINARY_FORMATS

__all__ = [
    "TABLE",
    "SUFFIX_FORMATS",
    "REFUSED_SUFFIXES",
    "EXCEL_FORMATS",
    "FormatError",
    "pick_format",
    "check_output",
    "html_output",
    "to_stdout",
    "progress_wanted",
    "isatty",
]

TABLE = "table"
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
}
# Suffixes of formats kjstats does not write, with what to use instead.
REFUSED_SUFFIXES = {".xls": "xlsx", ".xlsm": "xlsx", ".xlsb": "xlsx", ".ods": "xlsx"}
EXCEL_FORMATS = ("csv", "tsv")  # --excel shapes CSV/TSV; an xlsx is always made for Excel
HTML_SUFFIXES = (".html", ".htm")


class FormatError(ValueError):
    """A usage error of -f, -o, --excel or --html (status 2)."""


def pick_format(fmt: str | None, output: str | None, excel: bool, stdout_tty: bool) -> str:
    """The output format: as asked, else from the output file's suffix, else CSV for --excel,
    a table on a terminal and CSV in a pipe. A suffix of a format kjstats does not write
    (.xls), or of another format than -f asks for, is a usage error."""
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    if suffix in REFUSED_SUFFIXES:
        better = REFUSED_SUFFIXES[suffix]
        raise FormatError(
            f"kjstats does not write {suffix} files: use -o {Path(output or '').stem}.{better} "
            f"({better}, which Excel opens), or --excel -o NAME.csv"
        )
    named = SUFFIX_FORMATS.get(suffix)
    if fmt:
        if named and named != fmt:
            raise FormatError(
                f"-o {output} has the suffix of {named}, but -f asks for {fmt}: drop -f, or name the file for {fmt}"
            )
        return fmt
    if output and output != "-":
        return named or "csv"
    if excel:
        return "csv"
    return TABLE if stdout_tty else "csv"


def check_output(fmt: str, output: str | None, excel: bool, stdout_tty: bool) -> None:
    """Usage errors of a format/output pair, raised before any input is read."""
    if excel and fmt not in EXCEL_FORMATS:
        because = ": an xlsx is always made for Excel, drop --excel" if fmt == "xlsx" else ""
        raise FormatError(f"--excel applies to csv and tsv output, not {fmt}{because}")
    if fmt in BINARY_FORMATS and to_stdout(output) and stdout_tty:
        raise FormatError(f"refusing to write binary {fmt} to a terminal; use -o FILE or a pipe")


def html_output(fmt: str | None, output: str | None, excel: bool, html_file: str | None) -> str | None:
    """The file of a summary's HTML page: --html FILE, or -o FILE.html without -f; None for
    the other formats. --html with -o, -f or --excel, or --excel for a page, is a usage error."""
    if html_file and (output or fmt or excel):
        raise FormatError("--html FILE writes the page alone: leave out -o, -f and --excel")
    if not fmt and output and Path(output).suffix.lower() in HTML_SUFFIXES:
        if excel:
            raise FormatError("--excel applies to csv and tsv output, not html")
        return output
    return html_file


def to_stdout(output: str | None) -> bool:
    return not output or output == "-"


def progress_wanted(fmt: str | None, output: str | None, stderr_tty: bool, stdout_tty: bool) -> bool:
    """A progress bar goes to stderr only on a terminal, and never while records stream to that
    same terminal on stdout (a table is printed once reading is over, so it does not count)."""
    if not stderr_tty:
        return False
    return not (to_stdout(output) and fmt != TABLE and stdout_tty)


def isatty(stream) -> bool:
    """Whether stream is a terminal; False for a replaced or closed stream."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # replaced or closed stream
        return False
