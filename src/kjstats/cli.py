"""kjstats command line: extract, text (and more), with one shared set of output options."""

from __future__ import annotations

import codecs
import contextlib
import errno
import functools
import gc
import io
import os
import signal
import sys
from pathlib import Path

import click

from . import __version__
from .escape import printable
from .evaluate import EXTRA
from .lexicon import load_lexicon
from .outfile import OutputFile, OutputIsInput
from .parallel import Formatted, WorkerError, crash_message, make_runner
from .pipeline import extract as extract_records
from .readers import ReadError, iter_inputs, read_path, read_stdin
from .records import CATEGORIES, KINDS, MEASURES
from .summary import PIVOT_FORMATS
from .writers import BINARY_FORMATS, FORMATS, RecordRefused, WriterError, open_writer, record_unit

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
PROGRESS_MIN_INPUTS = 5  # fewer inputs than this finish before a progress bar would help

# Exit statuses (besides 0), each in the README's table: 1 an input or the output failed,
# 2 usage error, 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP (128 + the signal, as a shell
# reports death by it), 141 the reader of stdout went away (SIGPIPE), 70 internal error.
EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_INTERNAL = 1, 2, 130, 141, 70
EXIT_TERMINATED, EXIT_HANGUP = 128 + 15, 128 + 1
# The signals that end a run as Ctrl-C does (output removed, one line), and their words.
STOP_SIGNALS = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGHUP": "hung up"}


class LineError(click.ClickException):
    """A failure shown as the single line "kjstats: message" (no usage text)."""

    def __init__(self, message: str, exit_code: int = EXIT_INPUT):
        super().__init__(printable(" ".join(str(message).split())))
        self.exit_code = exit_code  # type: ignore[misc]  # click reads it from the instance

    def show(self, file=None) -> None:
        click.echo(f"kjstats: {self.format_message()}", err=True)


class _PipeClosed(Exception):
    """stdout's reader went away; not an OSError, so click does not swallow it."""


class _Interrupted(Exception):
    """Ctrl-C (or SIGTERM, SIGHUP) inside a command; reported by main() without click's extra
    blank line."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signum)
        self.signum = signum


class _Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the run is so that it ends as Ctrl-C does: writers
    stop, workers are stopped, a partial output file is removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_MAIN_PID = 0  # the process that installed the handlers (a forked worker is another)


def _stop_on(signum, frame) -> None:
    if os.getpid() != _MAIN_PID:  # a worker forked from us: end as the signal would end it
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise _Stopped(signum)


def _install_stop_handlers() -> None:
    """SIGTERM and SIGHUP end the run like Ctrl-C (a signal someone ignores, as nohup does
    SIGHUP, stays ignored)."""
    global _MAIN_PID
    _MAIN_PID = os.getpid()
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _stop_on)


class _ClosedBinary(io.RawIOBase):
    """The binary side of a standard output that was closed when kjstats started (>&-)."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


class _ClosedStdout(io.TextIOBase):
    """sys.stdout when the process started with it closed (Python makes it None): writing
    fails with an OSError, reported as any output failure is (one line, status 1)."""

    encoding = "utf-8"

    def __init__(self) -> None:
        super().__init__()
        self.buffer = _ClosedBinary()

    def writable(self) -> bool:
        return True

    def write(self, s) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


class Failures:
    """Counts inputs that could not be read; each gets one line on stderr."""

    def __init__(self):
        self.count = 0
        self.echo = functools.partial(click.echo, err=True)  # a progress bar swaps in its own

    def report(self, message: str) -> None:
        self.count += 1
        self.echo(f"kjstats: {printable(message)}")  # a file name must not forge a line or drive the terminal


def pick_format(fmt: str | None, output: str | None, excel: bool = False) -> str:
    """The output format: as asked, else from the output file's suffix, else CSV for --excel,
    a table on a terminal and CSV in a pipe. A suffix of a format kjstats does not write
    (.xls), or of another format than -f asks for, is a usage error."""
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    if suffix in REFUSED_SUFFIXES:
        better = REFUSED_SUFFIXES[suffix]
        raise click.UsageError(
            f"kjstats does not write {suffix} files: use -o {Path(output or '').stem}.{better} "
            f"({better}, which Excel opens), or --excel -o NAME.csv"
        )
    named = SUFFIX_FORMATS.get(suffix)
    if fmt:
        if named and named != fmt:
            raise click.UsageError(
                f"-o {output} has the suffix of {named}, but -f asks for {fmt}: drop -f, or name the file for {fmt}"
            )
        return fmt
    if output and output != "-":
        return named or "csv"
    if excel:
        return "csv"
    return TABLE if sys.stdout.isatty() else "csv"


def check_output(fmt: str, output: str | None, excel: bool) -> None:
    """Usage errors of a format/output pair, raised before any input is read."""
    if excel and fmt not in EXCEL_FORMATS:
        because = ": an xlsx is always made for Excel, drop --excel" if fmt == "xlsx" else ""
        raise click.UsageError(f"--excel applies to csv and tsv output, not {fmt}{because}")
    if fmt in BINARY_FORMATS and _to_stdout(output) and _isatty(sys.stdout):
        raise click.UsageError(f"refusing to write binary {fmt} to a terminal; use -o FILE or a pipe")


def _to_stdout(output: str | None) -> bool:
    return not output or output == "-"


def progress_wanted(fmt: str | None, output: str | None) -> bool:
    """A progress bar goes to stderr only on a terminal, and never while records stream to that
    same terminal on stdout (a table is printed once reading is over, so it does not count)."""
    if not _isatty(sys.stderr):
        return False
    return not (_to_stdout(output) and fmt != TABLE and _isatty(sys.stdout))


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


def _check_encoding(ctx, param, value):
    """--encoding must name a text codec: a usage error, not a failure of every input."""
    if value is None:
        return None
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise click.BadParameter(f"{value!r} is not a text encoding")
    return value


encoding_option = click.option(
    "--encoding",
    metavar="NAME",
    callback=_check_encoding,
    help="Decode text inputs with this encoding (e.g. gbk, big5, utf-16-le) [default: BOM, else UTF-8, else GB18030].",
)


def _options(*decorators):
    """One decorator applying several click options (shared by the commands that take them)."""

    def apply(f):
        for d in reversed(decorators):
            f = d(f)
        return f

    return apply


def output_options_for(formats: tuple[str, ...]):
    """The options every command that writes records shares; -f offers the formats given."""
    return _options(
        click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(formats),
            help="Output format [default: table on a terminal, csv in a pipe, or from -o's suffix].",
        ),
        *_OUTPUT_OPTIONS,
    )


_OUTPUT_OPTIONS = (
    click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Write to FILE instead of standard output.",
    ),
    click.option(
        "--excel", is_flag=True, help="CSV for Excel: UTF-8 BOM, CRLF, and cells starting with = + - @ made inert."
    ),
    click.option(
        "--category",
        "categories",
        multiple=True,
        type=click.Choice(CATEGORIES),
        help="Keep only this category (repeatable).",
    ),
    click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Keep only this kind (repeatable)."),
    click.option(
        "--region", "regions", multiple=True, metavar="NAME", help="Keep only figures of this region (repeatable)."
    ),
)
output_options = output_options_for((TABLE,) + FORMATS)

# --measure: extract and summary filter by the standard measure (records.py MEASURES).
measure_option = click.option(
    "--measure",
    "measures",
    multiple=True,
    type=click.Choice(MEASURES),
    help="Keep only figures of this standard measure (repeatable; the ids of records.md's Measures).",
)

# Options every command that reads reports shares.
input_options = _options(
    encoding_option,
    click.option(
        "--lexicon",
        type=click.Path(dir_okay=False),
        help='TOML file of extra category words: [words] funding = ["奖补"].',
    ),
)

# How the documents are extracted: -j worker processes or a Dask cluster.
parallel_options = _options(
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Extract with N worker processes (0: one per core) [default: 1, in this "
        "process]. The output is the same as with -j 1, in the same order.",
    ),
    click.option(
        "--dask",
        "dask",
        metavar="ADDRESS|local",
        help="Extract on the Dask cluster whose scheduler is at ADDRESS "
        "(tcp://host:8786), or on a local cluster of -j processes [all cores]; "
        "needs dask.distributed (python -m pip install 'dask[distributed]').",
    ),
)


def _runner(jobs, dask, encoding, cats, unit=None):
    """The runner of -j/--dask (parallel.make_runner), calling extract through _extract_one."""
    return make_runner(jobs, dask, encoding, cats, extractor=_extract_one, unit=unit)


def _extract_one(text, doc=None, categories=None):
    """What every runner calls for one document: extract_records, looked up when called."""
    return extract_records(text, doc=doc, categories=categories)


def _categories(lexicon):
    if not lexicon:
        return None
    try:
        cats = load_lexicon(lexicon)
    except ValueError as e:  # a bad lexicon is a usage error, told in one line
        raise LineError(str(e), EXIT_USAGE) from None
    unknown = [c for c in cats.order if c not in CATEGORIES]
    if unknown:
        raise LineError(
            f"{lexicon}: unknown categor{'y' if len(unknown) == 1 else 'ies'} "
            f"{', '.join(unknown)}; choose from {', '.join(CATEGORIES)}",
            EXIT_USAGE,
        )
    return cats


_crash = crash_message


def read_documents(paths, encoding, failures: Failures, progress: bool = False, skip=None):
    """(doc name, text) for every input, in order; unreadable inputs are reported and skipped.

    With progress=True and at least PROGRESS_MIN_INPUTS inputs, a progress bar runs on stderr
    (see progress_wanted) until the last input is read.
    """
    inputs, bar = _inputs_with_bar(paths, progress, skip)
    with bar as shown, _echo_through(failures, shown):
        for name, path, error in inputs:
            if shown:
                shown.step(name)
            if error is not None:
                failures.report(str(error))
                continue
            try:
                text = read_stdin(encoding) if path == "-" else read_path(path, encoding)
            except ReadError as e:
                failures.report(str(e))
                continue
            except Exception as e:  # noqa: BLE001 - a reader bug must not sink the other inputs
                failures.report(_crash(name, "reading", e))
                continue
            yield name, text


def _inputs_with_bar(paths, progress: bool, skip=None):
    """The inputs, and the progress bar to show while they are worked through: a null context
    unless progress is wanted and there are at least PROGRESS_MIN_INPUTS of them (to count
    them, the inputs are listed first)."""
    if not progress:
        return iter_inputs(paths, skip), contextlib.nullcontext()
    inputs = list(iter_inputs(paths, skip))
    if len(inputs) < PROGRESS_MIN_INPUTS:
        return inputs, contextlib.nullcontext()
    from .terminal import progress_bar

    return inputs, progress_bar(len(inputs))


@contextlib.contextmanager
def _echo_through(failures: Failures, bar):
    """While a progress bar runs, failure lines print above it."""
    if bar is None:
        yield
        return
    saved, failures.echo = failures.echo, bar.echo
    try:
        yield
    finally:
        failures.echo = saved


def iter_outcomes(paths, runner, failures: Failures, progress: bool = False, skip=None):
    """The Outcome (name, records, error) of every readable input, in order, extracted by
    the runner (parallel.make_runner, entered); a failed input gets its one line and is skipped.

    The records of a large text file stream as they are iterated: iterate them before asking
    for the next document, and a failure part-way sets the outcome's error (and is reported)
    once they are spent. The progress bar is as in read_documents.
    """
    inputs, bar = _inputs_with_bar(paths, progress, skip)
    with bar as shown, _echo_through(failures, shown):
        outcomes = runner.outcomes(inputs, started=shown.step if shown else None)
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                if outcome.error is None:
                    yield outcome
                if outcome.error is not None:  # a large file's failure is known once it is read
                    failures.report(outcome.error)


def iter_records(paths, runner, failures, keep=None, progress: bool = False, skip=None):
    """Every record kept by keep(category, kind, region, measure) (all without it), document
    after document, as they are extracted; a worker's Formatted records come as they are."""
    with contextlib.closing(iter_outcomes(paths, runner, failures, progress, skip)) as documents:
        for outcome in documents:
            for rec in outcome.records:
                if isinstance(rec, Formatted):
                    yield rec if keep is None else rec.only(keep)
                elif keep is None or keep(rec.category, rec.kind, rec.region, rec.measure):
                    yield rec


def make_filter(categories, kinds, regions, measures=()):
    """keep(category, kind, region, measure): whether a record matches every given filter (one
    of its values each), or None without filters; a region may be given short (越城 matches
    越城区)."""
    if not (categories or kinds or regions or measures):
        return None
    from .places import expand

    cats, ks, ms = set(categories), set(kinds), set(measures)
    regs = set(regions) | {expand(r) for r in regions}

    def keep(category: str, kind: str, region: str, measure: str = "") -> bool:
        return (
            (not cats or category in cats)
            and (not ks or kind in ks)
            and (not regs or region in regs)
            and (not ms or measure in ms)
        )

    return keep


def output_file(output: str | None, paths) -> OutputFile:
    """The command's output file, refused (usage error) when it is one of the inputs."""
    out = OutputFile(output)
    try:
        out.check_inputs(paths)
    except OutputIsInput as e:
        raise LineError(str(e), EXIT_USAGE) from None
    return out


@contextlib.contextmanager
def _output_errors(where: str | None):
    """What stops a command's output (a file, or stdout for None or "-"), as its one line: a
    writer's or the workers' error, or an output the system cannot write. A closed pipe goes
    on up: main() ends quietly."""
    where = "stdout" if where in (None, "-") else where
    try:
        yield
    except (WriterError, WorkerError) as e:
        raise LineError(str(e)) from None
    except BrokenPipeError:
        raise
    except OSError as e:
        raise LineError(f"{where}: {e.strerror or e}") from None


def write_output(records, fmt: str, output: str | None, excel: bool, failures: Failures | None = None) -> int:
    """Write records in the chosen format; returns how many were written. A record the format
    cannot hold (RecordRefused) is one failure line when failures is given, and the rest go on."""
    if fmt == TABLE:
        from .terminal import print_table

        return print_table(records, output)
    target = output or "-"
    with open_writer(fmt, target, excel=excel) as w:
        for rec in records:
            if isinstance(rec, Formatted):  # a document written by a worker (-j, --dask)
                w.write_units(rec.units)
                continue
            try:
                w.write(rec)
            except RecordRefused as e:
                if failures is None:
                    raise
                failures.report(str(e))
        return w.count


class _Group(click.Group):
    """Turns a broken stdout pipe and Ctrl-C inside any command into exceptions click leaves
    alone, so main() can end quietly (click would exit 1 on EPIPE and add a blank line on ^C)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise _PipeClosed() from None
        except KeyboardInterrupt as e:
            raise _Interrupted(getattr(e, "signum", signal.SIGINT)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kjstats")
def cli():
    """Every numeric indicator in Chinese science-and-technology reports, as records."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options
@measure_option
@parallel_options
def extract(paths, encoding, lexicon, fmt, output, excel, categories, kinds, regions, measures, jobs, dask):
    """Extract every figure of the reports PATHS (files, directories, or - for stdin).

    Directories are searched recursively for .txt .html .htm .docx .pdf files. Output goes
    to stdout (a table on a terminal, CSV in a pipe) or to -o FILE, in the format of its
    suffix unless -f says otherwise. An input that cannot be read gets one line on stderr;
    the others are still written. Exit status: 0 all inputs read, 1 some input (or the
    output) failed, 2 usage error.

    \b
    Examples:
      kjstats extract report.txt
      kjstats extract reports/ -f jsonl -o figures.jsonl
      kjstats extract report.docx --excel -o figures.csv
      kjstats extract a.html b.pdf --category rd_expenditure --kind growth
      cat report.txt | kjstats extract - -f json
      kjstats extract reports/ -j 0 -f parquet -o figures.parquet
      kjstats extract reports/ --dask tcp://scheduler:8786 -f jsonl -o figures.jsonl
    """
    failures = Failures()
    cats = _categories(lexicon)
    fmt = pick_format(fmt, output, excel)
    check_output(fmt, output, excel)
    out = output_file(output, paths)
    with _output_errors(output), out.writing() as target:
        with _runner(jobs, dask, encoding, cats, record_unit(fmt, excel)) as runner:
            records = iter_records(
                paths,
                runner,
                failures,
                make_filter(categories, kinds, regions, measures),
                progress=progress_wanted(fmt, output),
                skip=out.is_output,
            )
            with contextlib.closing(records):
                write_output(records, fmt, target, excel, failures)
    sys.exit(EXIT_INPUT if failures.count else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@encoding_option
def text(paths, encoding):
    """Print the text kjstats reads from PATHS: every span's offsets refer to it.

    The text is written as UTF-8, so `kjstats text r.docx > r.txt` gives a file whose
    characters [start:end] are each record's text. A line "==> NAME <==" heads each
    document when there are several inputs (or a directory).

    \b
    Examples:
      kjstats text report.html
      kjstats text report.pdf > report.txt
    """
    failures = Failures()
    headed = len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)
    out = sys.stdout
    # On a terminal a document's control characters are shown, not obeyed (one for one, so
    # offsets hold); into a file or a pipe the text goes as it is.
    shown = _terminal_safe if _isatty(out) else str
    progress = progress_wanted(None, None)  # never while the text streams to the same terminal
    with _output_errors("stdout"):
        out.flush()
        target = getattr(out, "buffer", None)
        if target is not None:
            from .terminal import write_all

            write = functools.partial(write_all, target)
        else:  # a replaced sys.stdout

            def write(data: bytes) -> None:
                out.write(data.decode("utf-8"))

        with contextlib.closing(read_documents(paths, encoding, failures, progress)) as documents:
            for name, body in documents:
                if headed:
                    write(f"==> {_terminal_safe(name)} <==\n".encode("utf-8", "replace"))
                if body:
                    write(shown(body if body.endswith("\n") else body + "\n").encode("utf-8", "replace"))
                if target is not None:
                    target.flush()
    sys.exit(EXIT_INPUT if failures.count else 0)


def _terminal_safe(text: str) -> str:
    from .highlight import visible

    return visible(text)


def _utf8_out(data: str) -> None:
    """Write text to stdout as UTF-8 whatever the locale (like `text`)."""
    out = sys.stdout
    out.flush()
    target = getattr(out, "buffer", None)
    if target is None:  # a replaced sys.stdout
        out.write(data)
        return
    from .terminal import write_all

    write_all(target, data.encode("utf-8", "replace"))
    target.flush()


def _extract_documents(paths, encoding, cats, failures, progress: bool = False, skip=None):
    """(doc name, text, records) for every readable input; an extraction crash is one failure."""
    with contextlib.closing(read_documents(paths, encoding, failures, progress, skip)) as documents:
        for name, body in documents:
            try:
                records = extract_records(body, doc=name, categories=cats)
            except Exception as e:  # noqa: BLE001 - one document's crash must not sink the rest
                failures.report(_crash(name, "extracting", e))
                continue
            yield name, body, records


@cli.command("show")
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    metavar="FILE",
    help="Write one self-contained HTML page (marks, records table, category filters) to FILE.",
)
@click.option(
    "--records",
    "records_mode",
    type=click.Choice(("inline", "table", "none")),
    default="inline",
    show_default=True,
    help="Where the records go: after each line, in one table after the text, or nowhere.",
)
@click.option(
    "--color/--no-color",
    "color",
    default=None,
    help="Colour the figures [default: on a terminal, unless NO_COLOR is set]; "
    "without colour each figure is marked 【like this】¹.",
)
def show_command(paths, encoding, lexicon, html_file, records_mode, color):
    """Show the reports PATHS with every figure highlighted and numbered, and its record.

    On a terminal each figure takes its category's colour, with its number raised after it
    and the line's records below the line; with NO_COLOR, --no-color or in a pipe each figure
    is marked 【25.9亿元】¹ instead. --html FILE writes one page that opens offline: hover a
    figure for its record, click it for the side panel, tick categories to filter.

    \b
    Examples:
      kjstats show report.txt
      kjstats show report.docx --color --records table | less -R
      kjstats show reports/ --html figures.html
    """
    failures = Failures()
    cats = _categories(lexicon)
    if html_file:
        from .highlight import html_page

        out = output_file(html_file, paths)
        documents = _extract_documents(
            paths, encoding, cats, failures, progress=progress_wanted("html", html_file), skip=out.is_output
        )
        with contextlib.closing(documents):
            page = html_page(list(documents))
        with _output_errors(html_file), out.writing() as target:
            if target is None:
                _utf8_out(page)
            else:
                with open(target, "w", encoding="utf-8", newline="") as f:
                    f.write(page)
        sys.exit(EXIT_INPUT if failures.count else 0)
    # Never a progress bar while the text streams to the same terminal.
    documents = _extract_documents(paths, encoding, cats, failures, progress=progress_wanted(None, None))
    if color is None:
        color = _isatty(sys.stdout) and not os.environ.get("NO_COLOR")
    headed = len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)
    # A document's control characters (escape sequences) are shown as symbols, never obeyed.
    with contextlib.closing(documents), _output_errors("stdout"):
        if color:
            from .views import print_document, stdout_console

            console = stdout_console(force_terminal=True, no_color=False)
            for name, body, records in documents:
                print_document(console, name if headed else None, body, records, listing=records_mode)
        else:
            from .highlight import mark_plain

            for name, body, records in documents:
                page = mark_plain(body, records, listing=records_mode)
                page = (f"==> {name} <==\n" if headed else "") + page
                _utf8_out(_terminal_safe(page + ("" if not page or page.endswith("\n") else "\n")))
    sys.exit(EXIT_INPUT if failures.count else 0)


def _json_number(d):
    """A Decimal of a mistake's record as a JSON number."""
    return int(d) if d == d.to_integral_value() else float(d)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.option("--by-doc", is_flag=True, help="Add the figures of each document.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the figures as the JSON object of score.py --json (with --by-doc, "
    '"docs" too; with --errors N, "errors" too).',
)
@click.option(
    "--errors",
    "n_errors",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="List the first N mistakes, gold beside predicted.",
)
@click.option(
    "--all-gold",
    is_flag=True,
    help="Score every document of GOLD, counting those not among PATHS as all missed "
    "[default: only the gold of the documents read].",
)
@click.option(
    "--extra",
    "extra",
    multiple=True,
    type=click.Choice(EXTRA),
    help="Also score this attribute on the matched figures, as score.py --extra does: listed "
    "after the others, with its mistakes, and not part of the records figure.",
)
@parallel_options
def eval_command(gold, paths, encoding, lexicon, by_doc, as_json, n_errors, all_gold, extra, jobs, dask):
    """Score kjstats on the reports PATHS against the gold records in GOLD (JSON Lines).

    A figure is found when its span overlaps a gold figure's in the same document (compared
    by file name), matched when value, value_max and unit agree too, and a record is right
    when it matches and every scored attribute is right: the rules and figures of
    score.py. See the README for the gold format.

    \b
    Examples:
      kjstats eval gold.jsonl reports/
      kjstats eval gold.jsonl reports/ --by-doc --errors 20
      kjstats eval gold.jsonl a.txt b.txt --json
      kjstats eval gold.jsonl reports/ --extra measure
    """
    from .evaluate import GoldError, doc_key, load_gold, score

    try:
        gold_rows = load_gold(gold)
    except GoldError as e:
        raise LineError(str(e)) from None
    failures = Failures()
    cats = _categories(lexicon)
    preds, read = [], []  # records; the doc_key of every document read
    progress = progress_wanted(TABLE, None)  # the figures are printed once all is read
    try:
        with (
            _runner(jobs, dask, encoding, cats) as runner,
            contextlib.closing(iter_outcomes(paths, runner, failures, progress)) as documents,
        ):
            for outcome in documents:
                records = list(outcome.records)
                if outcome.error is None:  # a large text file that failed part-way is not scored
                    read.append(doc_key(outcome.name))
                    preds.extend(records)
    except WorkerError as e:
        raise LineError(str(e)) from None
    gold_docs, read = {g["doc"] for g in gold_rows}, set(read)
    unread = sorted(gold_docs - read)
    if unread and not all_gold:
        gold_rows = [g for g in gold_rows if g["doc"] in read]
        click.echo(
            f"kjstats: note: {len(unread)} gold document{'s' if len(unread) > 1 else ''} not "
            f"among the inputs, not scored (--all-gold counts them): {', '.join(unread)}",
            err=True,
        )
    ungolded = sorted(read - gold_docs)
    if ungolded:
        click.echo(f"kjstats: note: no gold for {', '.join(ungolded)}: not scored", err=True)
    result = score(gold_rows, preds, extra)
    with _output_errors("stdout"):
        _print_evaluation(result, as_json, by_doc, n_errors)
    sys.exit(EXIT_INPUT if failures.count else 0)


def _print_evaluation(result, as_json: bool, by_doc: bool, n_errors: int) -> None:
    if as_json:
        import json

        obj = result.as_json(by_doc=by_doc, errors=n_errors)
        _utf8_out(json.dumps(obj, ensure_ascii=False, default=_json_number) + "\n")
        return
    from .views import doc_table, errors_table, score_tables, stdout_console

    console = stdout_console()
    console.print(score_tables(result))
    if by_doc:
        console.print(doc_table(result))
    if n_errors:
        console.print(errors_table(result.errors[:n_errors], len(result.errors)))


@cli.command("summary")
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options_for((TABLE,) + PIVOT_FORMATS)
@measure_option
@click.option(
    "--by",
    type=click.Choice(("region", "period")),
    default="region",
    show_default=True,
    help="Columns of the indicator table: one per region, or one per period.",
)
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    metavar="FILE",
    help="Write one self-contained HTML page to FILE (as -o FILE.html does): each measure's "
    "series as a chart and a table, then (without --measure) the indicator table.",
)
@parallel_options
@click.pass_context
def summary_command(
    ctx, paths, encoding, lexicon, fmt, output, excel, categories, kinds, regions, measures, by, html_file, jobs, dask
):
    """Compare figures side by side: indicators × regions (or × periods with --by period),
    or with --measure one measure's regions × periods across the reports.

    Rows are (indicator, unit, kind), columns the regions (or periods) of the figures of
    PATHS; a cell holds the distinct values of its figures in document order, joined with
    "; " (≥ > ≲ ≈ ≤ before a value give its qualifier, * after it marks a target). Written
    as a table on a terminal, CSV in a pipe, or csv/tsv/json/jsonl/xlsx with -f or -o.

    --measure ID gives one table per (measure, kind) instead: rows the regions, grouped by
    region code (江苏 and 江苏省 are one row), columns the periods in time order; beside
    each period its sources (DOC:START-END of every figure; in xlsx a note per cell, in
    json each figure). --html FILE (or -o FILE.html) draws each measure's series.

    \b
    Examples:
      kjstats summary reports/
      kjstats summary reports/ --by period --category rd_expenditure
      kjstats summary reports/ -o summary.xlsx
      kjstats summary reports/ --measure rd_intensity
      kjstats summary reports/ --measure rd_spend --kind level -o rd.xlsx
      kjstats summary reports/ --html summary.html
    """
    from .summary import PIVOT_FORMATS, pivot, write_pivot

    html_out = html_file
    if html_file and (output or fmt or excel):
        raise click.UsageError("--html FILE writes the page alone: leave out -o, -f and --excel")
    if not fmt and output and Path(output).suffix.lower() in (".html", ".htm"):
        if excel:
            raise click.UsageError("--excel applies to csv and tsv output, not html")
        html_out = output
    if measures and not html_out and ctx.get_parameter_source("by") == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--by shapes the indicator table; a --measure table is always regions × periods")
    if not html_out:
        fmt = pick_format(fmt, output, excel)
        if fmt not in (TABLE,) + PIVOT_FORMATS:
            raise click.UsageError(f"a summary is written as html, {', '.join((TABLE,) + PIVOT_FORMATS)}, not {fmt}")
        check_output(fmt, output, excel)
    out = output_file(html_out or output, paths)
    failures = Failures()
    cats = _categories(lexicon)
    try:
        with _runner(jobs, dask, encoding, cats) as runner:
            records = iter_records(
                paths,
                runner,
                failures,
                make_filter(categories, kinds, regions, measures),
                progress=progress_wanted(TABLE, html_out or output),  # the tables come at the end
                skip=out.is_output,
            )
            with contextlib.closing(records):
                kept = list(records)
    except WorkerError as e:
        raise LineError(str(e)) from None
    if html_out or measures:
        from .series import series

        tables = series(kept, measures)
        if measures and not tables:
            click.echo(f"kjstats: note: no figure of measure {', '.join(measures)} in the inputs", err=True)
    with _output_errors(html_out or output or "stdout"), out.writing() as target:
        if html_out:
            from .seriespage import summary_page

            page = summary_page(tables, None if measures else pivot(kept, by), "kjstats summary: " + " ".join(paths))
            if target is None:
                _utf8_out(page)
            else:
                with open(target, "w", encoding="utf-8", newline="") as f:
                    f.write(page)
        elif fmt == TABLE:
            from .views import pivot_table, series_table

            views = [series_table(t) for t in tables] if measures else [pivot_table(pivot(kept, by))]
            _print_views(views, target)
        elif measures:
            from .series import write_series

            write_series(tables, fmt, target or "-", excel=excel)
        else:
            write_pivot(pivot(kept, by), fmt, target or "-", excel=excel)
    sys.exit(EXIT_INPUT if failures.count else 0)


def _print_views(views, target) -> None:
    """Rich tables to a file, or to the terminal, saying so when one is wider than it."""
    from .views import fits, stdout_console

    if target is not None:
        with open(target, "w", encoding="utf-8") as f:
            console = stdout_console(file=f, width=200)
            for view in views:
                console.print(view)
        return
    console = stdout_console()
    for view in views:
        console.print(view)
    if not all(fits(console, view) for view in views):
        click.echo(
            "kjstats: the table is wider than the terminal: see every column with -f csv or -o summary.xlsx",
            err=True,
        )


def main(argv=None):
    """Entry point: never lets a traceback reach the user. Without ``argv`` (the command line
    of this process), the process ends after it: SIGTERM and SIGHUP then end it as Ctrl-C does."""
    if argv is None:
        _install_stop_handlers()
    if sys.stdout is None:  # started with stdout closed (>&-)
        sys.stdout = _ClosedStdout()
    try:
        _main(argv)
    finally:
        if argv is None:
            _flush_stdout()
            # Everything left is freed at exit anyway: the interpreter's last collection would
            # only walk the lexicons' objects (~15 ms, a tenth of a short run) to free nothing.
            gc.freeze()


def _main(argv):
    try:
        cli.main(args=argv, prog_name="kjstats", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except _Interrupted as e:
        _interrupted(e.signum)
    except (click.exceptions.Abort, KeyboardInterrupt) as e:
        _interrupted(getattr(e, "signum", None) or getattr(e.__cause__, "signum", signal.SIGINT))
    except (BrokenPipeError, _PipeClosed):
        # The reader went away (kjstats extract … | head -1): stop quietly with the status a
        # shell gives a program ended by SIGPIPE; point stdout at devnull so the final flush
        # at exit cannot raise again, and silence the "Exception ignored" notes of writer
        # objects (openpyxl's) that try to finish their output when they are collected.
        sys.unraisablehook = lambda unraisable: None
        _stdout_to_devnull()
        sys.exit(EXIT_PIPE)
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no traceback
        click.echo(f"kjstats: internal error: {type(e).__name__}: {printable(' '.join(str(e).split()))}", err=True)
        sys.exit(EXIT_INTERNAL)


def _stdout_to_devnull() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _flush_stdout() -> None:
    """What stdout still holds goes out now, where a failure can be told (a full disk, a
    closed pipe): at exit Python would print a traceback and end with status 120."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_to_devnull()
    except (OSError, ValueError) as e:
        _stdout_to_devnull()
        with contextlib.suppress(Exception):
            click.echo(f"kjstats: stdout: {printable(getattr(e, 'strerror', None) or str(e))}", err=True)
        sys.exit(EXIT_INPUT)


def _interrupted(signum: int = signal.SIGINT):
    """Ctrl-C: one line, status 130 (on a terminal, first end the line the ^C echo began);
    SIGTERM and SIGHUP the same with their own word and status (143, 129)."""
    name = signal.Signals(signum).name if signum in set(signal.Signals) else "SIGINT"
    try:
        if name == "SIGINT" and _isatty(sys.stderr):
            sys.stderr.write("\n")
        click.echo(f"kjstats: {STOP_SIGNALS.get(name, 'interrupted')}", err=True)
    except (OSError, KeyboardInterrupt):
        pass
    sys.exit({"SIGTERM": EXIT_TERMINATED, "SIGHUP": EXIT_HANGUP}.get(name, EXIT_INTERRUPTED))
