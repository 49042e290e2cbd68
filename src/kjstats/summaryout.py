"""What `kjstats summary` writes: its format (a table, a file format, or an HTML page) and
its outputs other than the terminal table.

Library code: no click. A usage error is an outputformat.FormatError.
"""

from __future__ import annotations

from .outputformat import TABLE, FormatError, check_output, html_output, pick_format
from .stdio import write_page

__all__ = ["summary_format", "write_summary"]


def summary_format(
    fmt: str | None,
    output: str | None,
    excel: bool,
    html_file: str | None,
    by_given: bool,
    measures,
    stdout_tty: bool,
) -> tuple[str | None, str | None]:
    """(format, HTML file) of a summary: the file of its page (--html FILE or -o FILE.html),
    else the format picked as extract picks it, which must be one of summary.PIVOT_FORMATS or
    the table.
    --by (by_given) with --measure shapes nothing and is refused, but for a page."""
    html_out = html_output(fmt, output, excel, html_file)
    if measures and not html_out and by_given:
        raise FormatError("--by shapes the indicator table; a --measure table is always regions × periods")
    if html_out:
        return fmt, html_out
    from .summary import PIVOT_FORMATS

    fmt = pick_format(fmt, output, excel, stdout_tty)
    if fmt not in (TABLE,) + PIVOT_FORMATS:
        raise FormatError(f"a summary is written as html, {', '.join((TABLE,) + PIVOT_FORMATS)}, not {fmt}")
    check_output(fmt, output, excel, stdout_tty)
    return fmt, None


def write_summary(kept, tables, measures, by: str, fmt: str | None, target: str | None, excel: bool, title: str):
    """The summary of the records kept to target (None: stdout): with fmt None the HTML page
    (the series tables, then without measures the indicator table), else a file format of
    the series tables (with measures) or of the indicator table."""
    from .summary import pivot, write_pivot

    if fmt is None:
        from .seriespage import summary_page

        write_page(summary_page(tables, None if measures else pivot(kept, by), title), target)
    elif measures:
        from .series import write_series

        write_series(tables, fmt, target or "-", excel=excel)
    else:
        write_pivot(pivot(kept, by), fmt, target or "-", excel=excel)
