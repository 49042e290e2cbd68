"""Terminal rendering with rich, for the CLI only (the library never imports rich)."""

from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .records import plain

COLUMNS = ("doc", "text", "value", "unit", "qualifier", "kind", "planned", "region", "period", "indicator", "category")


class _Console(Console):
    """A rich Console that lets a broken pipe propagate (rich itself would exit with status 1),
    so the CLI ends every broken pipe the same way."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def print_table(records, output: str | None = None) -> int:
    """A rich table of the records, to stdout or to a text file."""
    rows: list[tuple] = []
    docs: list[str] = []
    for r in records:
        value = plain(r.value) + (f"~{plain(r.value_max)}" if r.value_max is not None else "")
        rows.append(
            (
                r.doc or "",
                r.text,
                value,
                r.unit,
                r.qualifier or "",
                r.kind,
                "yes" if r.planned else "",
                r.region,
                r.period,
                r.indicator,
                r.category,
            )
        )
        if not docs or docs[-1] != rows[-1][0]:
            docs.append(rows[-1][0])
    n = len(rows)
    # One document: its name goes in the title rather than on every row.
    single = len(set(docs)) <= 1
    columns = COLUMNS[1:] if single else COLUMNS
    table = Table(
        show_lines=False,
        header_style="bold",
        title=Text(docs[0]) if single and docs else None,
        caption=f"{n} figure{'' if n == 1 else 's'}",
    )
    for name in columns:
        table.add_column(
            name,
            overflow="fold",
            no_wrap=name in ("value", "unit", "kind"),
            justify="right" if name == "value" else "left",
        )
    for row in rows:  # Text, not str: a "[" in a report is not rich markup
        table.add_row(*(Text(cell) for cell in (row[1:] if single else row)))
    if output and output != "-":
        with open(output, "w", encoding="utf-8") as f:
            _Console(file=f, width=200).print(table)
        return n
    console = _Console()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced sys.stdout (tests)
        console.print(table)
        return n
    with console.capture() as captured:
        console.print(table)
    sys.stdout.flush()
    write_all(buffer, captured.get().encode(sys.stdout.encoding or "utf-8", "replace"))
    buffer.flush()
    return n


def write_all(buffer, data: bytes) -> None:
    """Write every byte to a binary stream. A big write into a pipe whose reader has gone can
    come back short without an error (CPython's BufferedWriter reports the count); writing
    the rest then raises BrokenPipeError, as it should."""
    view = memoryview(data)
    while view:
        n = buffer.write(view)
        view = view[n if n is not None else 0 :]


class _Bar:
    """What progress_bar yields: step(name) as each input starts; echo(line) for a message
    (a failure) printed above the bar."""

    def __init__(self, progress: Progress, task) -> None:
        self._progress, self._task, self._started = progress, task, 0

    def step(self, name: str) -> None:
        if self._started:
            self._progress.advance(self._task)
        self._started += 1
        self._progress.update(self._task, description=escape(_short(name)))

    def echo(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)


@contextlib.contextmanager
def progress_bar(total: int) -> Iterator[_Bar]:
    """A transient progress bar on stderr for `total` inputs. Nothing is redirected: stdout
    never passes through rich, and messages go through the yielded bar's echo()."""
    console = _Console(file=sys.stderr)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    task = progress.add_task("reading", total=total)
    with progress:
        yield _Bar(progress, task)
        progress.update(task, completed=total)


def _short(name: str, width: int = 30) -> str:
    """The tail of a long path, so the bar keeps its place."""
    return name if len(name) <= width else "…" + name[-(width - 1) :]
