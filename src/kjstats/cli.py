"""kjstats command line: every click command, option and decorator, with one shared set of output
options. What needs no click is in the library: outputformat (the format from -f/-o/--excel),
runloop (inputs, failure lines, filters, writing), exits (statuses, stop signals), stdio (stdout)."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import signal
import sys

import click

from . import __version__, exits, outputformat, runloop, stdio
from .escape import printable
from .evaluate import EXTRA
from .exits import EXIT_HANGUP, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERMINATED, EXIT_USAGE
from .outfile import OutputFile, OutputIsInput
from .outputformat import TABLE, FormatError, isatty
from .parallel import WorkerError, make_runner
from .pipeline import extract as extract_records
from .records import CATEGORIES, KINDS, MEASURES
from .runloop import extract_documents, iter_outcomes, iter_records, make_filter, read_documents
from .stdio import utf8_out, write_page
from .summary import PIVOT_FORMATS
from .writers import FORMATS, WriterError, record_unit

# Every status main() can end with is named here (tests/test_exits.py checks the README's table).
STATUSES = (EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_INTERNAL, EXIT_TERMINATED, EXIT_HANGUP)


class LineError(click.ClickException):
    """A failure shown as the single line "kjstats: message" (no usage text)."""

    def __init__(self, message: str, exit_code: int = EXIT_INPUT):
        super().__init__(printable(" ".join(str(message).split())))
        self.exit_code = exit_code  # type: ignore[misc]  # click reads it from the instance

    def show(self, file=None) -> None:
        click.echo(f"kjstats: {self.format_message()}", err=True)


_echo = functools.partial(click.echo, err=True)  # a line on stderr
Failures = functools.partial(runloop.Failures, _echo)  # Failures(): the failure lines of a command
_isatty = isatty  # tests stand in for it: every terminal check of the commands goes through it


@contextlib.contextmanager
def _usage_errors():
    """A FormatError of the library as click's usage error (status 2, with the usage line)."""
    try:
        yield
    except FormatError as e:
        raise click.UsageError(str(e)) from None


def pick_format(fmt: str | None, output: str | None, excel: bool = False) -> str:
    """The output format (outputformat.pick_format): as asked, else from -o's suffix, else CSV
    for --excel, a table on a terminal and CSV in a pipe; its usage errors (check_output)."""
    with _usage_errors():
        fmt = outputformat.pick_format(fmt, output, excel, _isatty(sys.stdout))
        outputformat.check_output(fmt, output, excel, _isatty(sys.stdout))
    return fmt


def progress_wanted(fmt: str | None, output: str | None) -> bool:
    """Whether a progress bar goes to stderr (outputformat.progress_wanted)."""
    return outputformat.progress_wanted(fmt, output, _isatty(sys.stderr), _isatty(sys.stdout))


def _progress(fmt: str | None, output: str | None):
    """The progress bar of the runloop (terminal.progress_bar, rich) when progress_wanted, else None."""
    if not progress_wanted(fmt, output):
        return None
    from . import terminal

    return lambda total: terminal.progress_bar(total)


def _check_encoding(ctx, param, value):
    """--encoding must name a text codec: a usage error, not a failure of every input."""
    try:
        return value if value is None else runloop.check_encoding(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


encoding_option = click.option(
    "--encoding",
    metavar="NAME",
    callback=_check_encoding,
    help="Decode text inputs with this encoding (e.g. gbk, big5, utf-16-le) [default: BOM, else UTF-8, else GB18030].",
)


def _options(*decorators):
    """One decorator applying several click options (shared by the commands that take them)."""
    return lambda f: functools.reduce(lambda g, d: d(g), reversed(decorators), f)


def _keep_only(flag: str, dest: str, help: str, **kw):
    """A repeatable filter option: --category, --kind, --region, --measure."""
    return click.option(flag, dest, multiple=True, help=help, **kw)


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
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True),
            help="Write to FILE instead of standard output.",
        ),
        click.option(
            "--excel", is_flag=True, help="CSV for Excel: UTF-8 BOM, CRLF, and cells starting with = + - @ made inert."
        ),
        _keep_only("--category", "categories", "Keep only this category (repeatable).", type=click.Choice(CATEGORIES)),
        _keep_only("--kind", "kinds", "Keep only this kind (repeatable).", type=click.Choice(KINDS)),
        _keep_only("--region", "regions", "Keep only figures of this region (repeatable).", metavar="NAME"),
    )


output_options = output_options_for((TABLE,) + FORMATS)
# --measure: extract and summary filter by the standard measure (records.py MEASURES).
measure_option = _keep_only(
    "--measure",
    "measures",
    "Keep only figures of this standard measure (repeatable; the ids of records.md's Measures).",
    type=click.Choice(MEASURES),
)

# Options every command that reads reports shares.
input_options = _options(
    encoding_option,
    click.option(
        "--lexicon",
        type=click.Path(dir_okay=False),
        help='TOML file of extra category words ([words] funding = ["奖补"]) and measure wordings '
        "([measures.rd_spend] core = [...]).",
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


@contextlib.contextmanager
def _runner(jobs, dask, encoding, cats, unit=None):
    """The runner of -j/--dask (parallel.make_runner); workers that cannot go on: one line."""
    try:
        with make_runner(jobs, dask, encoding, cats, extractor=_extract_one, unit=unit) as runner:
            yield runner
    except WorkerError as e:
        raise LineError(str(e)) from None


def _extract_one(text, doc=None, categories=None):
    """What every runner calls for one document: extract_records, looked up when called."""
    return extract_records(text, doc=doc, categories=categories)


def _categories(lexicon):
    try:
        return runloop.load_categories(lexicon)
    except ValueError as e:  # a bad lexicon is a usage error, told in one line
        raise LineError(str(e), EXIT_USAGE) from None


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
    """What stops a command's output (a file; stdout for None or "-") as one line: a writer's
    error, or an output the system cannot write. A closed pipe goes on up: main() ends quietly."""
    where = "stdout" if where in (None, "-") else where
    try:
        yield
    except WriterError as e:
        raise LineError(str(e)) from None
    except BrokenPipeError:
        raise
    except OSError as e:
        raise LineError(f"{where}: {e.strerror or e}") from None


def write_output(records, fmt: str, output: str | None, excel: bool, failures: runloop.Failures | None = None) -> int:
    """Write records in the chosen format; returns how many were written. A record the format
    cannot hold (RecordRefused) is one failure line when failures is given, and the rest go on."""
    if fmt == TABLE:
        from .terminal import print_table

        return print_table(records, output)
    return runloop.write_records(records, fmt, output, excel, failures)


class _Group(click.Group):
    """Turns a broken stdout pipe and Ctrl-C inside any command into exceptions click leaves
    alone, so main() can end quietly (click would exit 1 on EPIPE and add a blank line on ^C)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise exits.PipeClosed() from None
        except KeyboardInterrupt as e:
            raise exits.Interrupted(getattr(e, "signum", signal.SIGINT)) from None


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
    out = output_file(output, paths)
    keep, bar = make_filter(categories, kinds, regions, measures), _progress(fmt, output)
    with _output_errors(output), out.writing() as target:
        with _runner(jobs, dask, encoding, cats, record_unit(fmt, excel)) as runner:
            with contextlib.closing(iter_records(paths, runner, failures, keep, bar, out.is_output)) as records:
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
    bar = _progress(None, None)  # never while the text streams to the same terminal
    with _output_errors("stdout"), contextlib.closing(read_documents(paths, encoding, failures, bar)) as documents:
        stdio.write_texts(documents, stdio.headed(paths), _isatty(sys.stdout))
    sys.exit(EXIT_INPUT if failures.count else 0)


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
        bar = _progress("html", html_file)
        documents = extract_documents(paths, encoding, cats, failures, _extract_one, bar, out.is_output)
        with contextlib.closing(documents):
            page = html_page(list(documents))
        with _output_errors(html_file), out.writing() as target:
            write_page(page, target)
        sys.exit(EXIT_INPUT if failures.count else 0)
    # Never a progress bar while the text streams to the same terminal.
    documents = extract_documents(paths, encoding, cats, failures, _extract_one, _progress(None, None))
    if color is None:
        color = _isatty(sys.stdout) and not os.environ.get("NO_COLOR")
    heads = stdio.headed(paths)
    # A document's control characters (escape sequences) are shown as symbols, never obeyed.
    with contextlib.closing(documents), _output_errors("stdout"):
        if not color:
            stdio.write_marked(documents, heads, records_mode)
        else:
            from .views import print_document, stdout_console

            console = stdout_console(force_terminal=True, no_color=False)
            for name, body, records in documents:
                print_document(console, name if heads else None, body, records, listing=records_mode)
    sys.exit(EXIT_INPUT if failures.count else 0)


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
    from .evalrun import gold_to_score, predictions
    from .evaluate import GoldError, load_gold, score

    try:
        gold_rows = load_gold(gold)
    except GoldError as e:
        raise LineError(str(e)) from None
    failures = Failures()
    cats = _categories(lexicon)
    bar = _progress(TABLE, None)  # the figures are printed once all is read
    with _runner(jobs, dask, encoding, cats) as runner:
        with contextlib.closing(iter_outcomes(paths, runner, failures, bar)) as documents:
            preds, read = predictions(documents)
    gold_rows, notes = gold_to_score(gold_rows, read, all_gold)
    for note in notes:
        click.echo(f"kjstats: note: {note}", err=True)
    result = score(gold_rows, preds, extra)
    with _output_errors("stdout"):
        _print_evaluation(result, as_json, by_doc, n_errors)
    sys.exit(EXIT_INPUT if failures.count else 0)


def _print_evaluation(result, as_json: bool, by_doc: bool, n_errors: int) -> None:
    if as_json:
        from .evalrun import json_text

        utf8_out(json_text(result, by_doc, n_errors))
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
    from .series import series
    from .summaryout import summary_format, write_summary

    by_given = ctx.get_parameter_source("by") == click.core.ParameterSource.COMMANDLINE
    with _usage_errors():
        fmt, html_out = summary_format(fmt, output, excel, html_file, by_given, measures, _isatty(sys.stdout))
    out = output_file(html_out or output, paths)
    failures = Failures()
    cats = _categories(lexicon)
    keep, bar = make_filter(categories, kinds, regions, measures), _progress(TABLE, html_out or output)
    with _runner(jobs, dask, encoding, cats) as runner:  # the tables come at the end
        with contextlib.closing(iter_records(paths, runner, failures, keep, bar, out.is_output)) as records:
            kept = list(records)
    tables = series(kept, measures) if html_out or measures else []
    if measures and not tables:
        _echo(f"kjstats: note: no figure of measure {', '.join(measures)} in the inputs")
    with _output_errors(html_out or output or "stdout"), out.writing() as target:
        if fmt == TABLE and not html_out:
            from .summary import pivot
            from .views import pivot_table, series_table

            _print_views([series_table(t) for t in tables] if measures else [pivot_table(pivot(kept, by))], target)
        else:
            title = "kjstats summary: " + " ".join(paths)
            write_summary(kept, tables, measures, by, None if html_out else fmt, target, excel, title)
    sys.exit(EXIT_INPUT if failures.count else 0)


def _print_views(views, target) -> None:
    """Rich tables to a file, or to the terminal, saying so when one is wider than it."""
    from .views import fits, stdout_console

    with open(target, "w", encoding="utf-8") if target else contextlib.nullcontext() as f:
        console = stdout_console(file=f, width=200) if f else stdout_console()
        for view in views:
            console.print(view)
    if not f and not all(fits(console, view) for view in views):
        _echo("kjstats: the table is wider than the terminal: see every column with -f csv or -o summary.xlsx")


def main(argv=None):
    """Entry point: never lets a traceback reach the user. Without ``argv`` (the command line
    of this process), the process ends after it: SIGTERM and SIGHUP then end it as Ctrl-C does."""
    if argv is None:
        exits.install_stop_handlers()
    if sys.stdout is None:  # started with stdout closed (>&-)
        sys.stdout = stdio.ClosedStdout()
    try:
        _main(argv)
    except SystemExit as e:
        if argv is None:
            exits.end_if_stopped(e.code)
        raise
    finally:
        if argv is None:
            # What stdout still holds goes out now, where a failure can be told (at exit Python
            # would print a traceback and end with status 120).
            if (error := stdio.flush_stdout()) is not None:
                with contextlib.suppress(Exception):
                    _echo(f"kjstats: stdout: {printable(error)}")
                sys.exit(EXIT_INPUT)
            # (the last collection at exit would only walk the lexicons, ~15 ms, to free nothing)
            gc.freeze()


def _main(argv):
    try:
        cli.main(args=argv, prog_name="kjstats", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except (exits.Interrupted, click.exceptions.Abort, KeyboardInterrupt) as e:
        signum = getattr(e, "signum", None) or getattr(e.__cause__, "signum", signal.SIGINT)
        sys.exit(exits.report_stop(signum, _echo, _isatty(sys.stderr)))
    except (BrokenPipeError, exits.PipeClosed):
        # The reader went away (kjstats extract … | head -1): stop quietly with the status a
        # shell gives a program ended by SIGPIPE.
        stdio.gone()
        sys.exit(EXIT_PIPE)
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no traceback
        click.echo(f"kjstats: internal error: {type(e).__name__}: {printable(' '.join(str(e).split()))}", err=True)
        sys.exit(EXIT_INTERNAL)
