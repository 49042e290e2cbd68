"""Terminal rendering with rich, for the CLI only (the library never imports rich)."""

from __future__ import annotations

import contextlib
import errno
import io
import sys
from collections.abc import Iterator

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .highlight import QUALIFIER_SIGNS, visible
from .records import plain

# The one-line table's columns, in order; a column no record fills is left out.
COLUMNS = ("doc", "text", "value", "unit", "kind", "region", "period", "indicator", "category")
SIGNS = {"≥": "at least", ">": "more than", "≲": "nearly", "≈": "about", "≤": "at most", "*": "a target"}


class _Console(Console):
    """A rich Console that lets a broken pipe propagate (rich itself would exit with status 1),
    so the CLI ends every broken pipe the same way."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def grouped(d) -> str:
    """A value with its digits grouped, exactly: 2590000000 -> '2,590,000,000', 0.0000005 stays."""
    text = plain(d)
    whole, dot, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return sign + f"{int(whole.lstrip('-') or 0):,}" + dot + fraction


def _value(r) -> str:
    """The value as the table shows it: grouped, a range as 1~3, the qualifier's sign before it
    (as summary writes it) and * after a target."""
    text = grouped(r.value) + (f"~{grouped(r.value_max)}" if r.value_max is not None else "")
    return QUALIFIER_SIGNS.get(r.qualifier or "", "") + text + ("*" if r.planned else "")


def short_names(names: list[str]) -> dict[str, str]:
    """Each document's name as the table shows it: its file name, or as many of its last
    path components as tell it from the others."""
    out: dict[str, str] = {}
    for name in names:
        parts = name.replace("\\", "/").split("/")
        for k in range(1, len(parts) + 1):
            tail = "/".join(parts[-k:])
            if not any(o != name and "/".join(o.replace("\\", "/").split("/")[-k:]) == tail for o in names):
                break
        out[name] = tail
    return out


def records_view(records, width: int) -> list:
    """The renderables of the records' table at this width: a rich table of one line per
    record when that fits, else lines grouped under each document, region and period, one per
    record but where a long indicator wraps in its column. Columns no record fills are left
    out, doc is shortened to its file name, values are grouped (2,590,000,000)."""
    recs = list(records)
    docs = list(dict.fromkeys(r.doc or "" for r in recs))
    names = short_names(docs)
    rows = [
        {
            "doc": names[r.doc or ""],
            "text": r.text,
            "value": _value(r),
            "unit": r.unit,
            "kind": r.kind,
            "region": r.region,
            "period": r.period,
            "indicator": r.indicator,
            "category": r.category,
        }
        for r in recs
    ]
    rows = [{k: visible(v) for k, v in row.items()} for row in rows]
    single = len(docs) <= 1
    title = Text(visible(docs[0])) if single and docs and docs[0] else None
    used = [c for c in COLUMNS if any(row[c] for row in rows) and not (c == "doc" and single)]
    n = len(rows)
    signs = sorted({ch for row in rows for ch in row["value"] if ch in SIGNS}, key=list(SIGNS).index)
    caption = f"{n} figure{'' if n == 1 else 's'}" + "".join(f" · {c} {SIGNS[c]}" for c in signs)
    wide = _one_line_table(rows, used, title, caption)
    if not rows or _natural_width(wide) <= width:
        return [wide]
    return ([title] if title else []) + _grouped(rows, used, width) + [Text(caption, style="dim")]


def _one_line_table(rows, used, title, caption) -> Table:
    table = Table(header_style="bold", title=title, caption=caption, box=box.HEAVY_HEAD)
    for name in used:
        table.add_column(
            name,
            no_wrap=name in ("text", "value", "unit", "kind", "period", "category"),
            overflow="fold",
            justify="right" if name == "value" else "left",
        )
    for row in rows:  # Text, not str: a "[" in a report is not rich markup
        table.add_row(*(Text(row[c]) for c in used))
    return table


def _natural_width(table: Table) -> int:
    """The width the table takes when no column wraps."""
    return Console(width=10_000, file=io.StringIO()).measure(table).maximum


_GROUP = ("doc", "region", "period")  # a heading line whenever one of these changes
_NARROW = ("text", "value", "unit", "kind", "indicator", "category")
_MIN_INDICATOR = 12  # columns: six Chinese characters a line


def _grouped(rows, used, width: int) -> list[Text]:
    """A header, then one line per record (text, value, unit, kind, indicator, category) under
    a heading for each run of records of one document, region and period; a long indicator
    wraps in its column. Too narrow for that, each record takes two lines: its figure, then
    its indicator and category."""
    columns = [c for c in _NARROW if c in used]
    widths = {c: max([cell_len(c)] + [cell_len(row[c]) for row in rows]) for c in columns}
    fixed = sum(w for c, w in widths.items() if c != "indicator") + len(columns) - 1
    if "indicator" in widths:
        widths["indicator"] = min(widths["indicator"], width - fixed)
    if fixed > width or widths.get("indicator", _MIN_INDICATOR) < _MIN_INDICATOR:
        return _stacked(rows, used, width, [c for c in columns if c not in ("indicator", "category")])
    wrapper = Console(width=width, file=io.StringIO())
    keys = [g for g in _GROUP if g in used]
    lines = [Text(" ".join(_pad(c, widths[c], c == "value") for c in columns).rstrip(), style="bold")]
    group = None
    for row in rows:
        key = tuple(row[g] for g in keys)
        if keys and key != group:
            group = key
            heading = Text(" · ".join(k or "—" for k in key), style="bold cyan")
            lines.extend(heading.wrap(wrapper, width, overflow="fold"))
        parts = {c: [row[c]] for c in columns}
        if "indicator" in columns:
            wrapped = Text(row["indicator"]).wrap(wrapper, widths["indicator"], overflow="fold")
            parts["indicator"] = [line.plain for line in wrapped] or [""]
        for k in range(max(len(p) for p in parts.values())):
            cells = [_pad(parts[c][k] if k < len(parts[c]) else "", widths[c], c == "value") for c in columns]
            lines.append(Text(" ".join(cells).rstrip()))
    return lines


def _stacked(rows, used, width: int, columns: list[str]) -> list[Text]:
    """Each record on two lines (or more where they wrap): text, value, unit, kind; then,
    indented, indicator · category."""
    widths = {c: max([cell_len(c)] + [cell_len(row[c]) for row in rows]) for c in columns}
    wrapper = Console(width=width, file=io.StringIO())
    keys = [g for g in _GROUP if g in used]
    head = " ".join(_pad(c, widths[c], c == "value") for c in columns).rstrip() + "\n  indicator · category"
    lines = list(Text(head, style="bold").wrap(wrapper, width, overflow="fold"))
    group = None
    for row in rows:
        key = tuple(row[g] for g in keys)
        if keys and key != group:
            group = key
            lines.extend(
                Text(" · ".join(k or "—" for k in key), style="bold cyan").wrap(wrapper, width, overflow="fold")
            )
        first = Text(" ".join(_pad(row[c], widths[c], c == "value") for c in columns).rstrip())
        lines.extend(first.wrap(wrapper, width, overflow="fold"))
        second = " · ".join(x for x in (row["indicator"], row["category"]) if x)
        if second:
            lines.extend(Text("  " + second, style="dim").wrap(wrapper, width, overflow="fold"))
    return list(lines)


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - cell_len(text))
    return gap + text if right else text + gap


def print_table(records, output: str | None = None) -> int:
    """The records' table, to stdout (fitted to the terminal) or to a text file (200 wide)."""
    records = list(records)
    n = len(records)
    if output and output != "-":
        with open(output, "w", encoding="utf-8") as f:
            console = _Console(file=f, width=200)
            for view in records_view(records, console.width):
                console.print(view)
        return n
    console = _Console()
    views = records_view(records, console.width)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced sys.stdout (tests)
        for view in views:
            console.print(view)
        return n
    with console.capture() as captured:
        for view in views:
            console.print(view)
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
