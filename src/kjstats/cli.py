"""kjstats command line: extract, text (and more), with one shared set of output options."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from . import __version__
from .lexicon import load_lexicon
from .pipeline import extract as extract_records
from .readers import ReadError, iter_inputs, read_path, read_stdin
from .records import KINDS, CATEGORIES, OUTPUT_FIELDS
from .writers import FORMATS, WriterError, open_writer

TABLE = "table"
SUFFIX_FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                  ".json": "json", ".xlsx": "xlsx", ".parquet": "parquet"}


class Failures:
    """Counts inputs that could not be read; each gets one line on stderr."""

    def __init__(self):
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        click.echo(f"kjstats: {message}", err=True)


def pick_format(fmt: str | None, output: str | None) -> str:
    """The output format: as asked, else from the output file's suffix, else a table on a
    terminal and CSV in a pipe."""
    if fmt:
        return fmt
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        if suffix in SUFFIX_FORMATS:
            return SUFFIX_FORMATS[suffix]
        return "csv"
    return TABLE if sys.stdout.isatty() else "csv"


def output_options(f):
    """Options every command that writes records shares."""
    @click.option("-f", "--format", "fmt", type=click.Choice((TABLE,) + FORMATS),
                  help="Output format [default: table on a terminal, csv in a pipe, or from -o's suffix].")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                  help="Write to FILE instead of standard output.")
    @click.option("--excel", is_flag=True,
                  help="CSV for Excel: UTF-8 BOM, CRLF, and cells starting with = + - @ made inert.")
    @click.option("--category", "categories", multiple=True, type=click.Choice(CATEGORIES),
                  help="Keep only this category (repeatable).")
    @click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                  help="Keep only this kind (repeatable).")
    @click.option("--region", "regions", multiple=True, metavar="NAME",
                  help="Keep only figures of this region (repeatable).")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


def input_options(f):
    """Options every command that reads reports shares."""
    @click.option("--encoding", metavar="NAME", help="Decode text inputs with this encoding.")
    @click.option("--lexicon", type=click.Path(exists=True, dir_okay=False),
                  help="TOML file of extra category words: [words] funding = [\"奖补\"].")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


def _categories(lexicon):
    if not lexicon:
        return None
    try:
        return load_lexicon(lexicon)
    except ValueError as e:
        raise click.UsageError(str(e)) from None


def read_documents(paths, encoding, failures: Failures):
    """(doc name, text) for every input, in order; unreadable inputs are reported and skipped."""
    for name, path, error in iter_inputs(paths):
        if error is not None:
            failures.report(str(error))
            continue
        try:
            text = read_stdin(encoding) if path == "-" else read_path(path, encoding)
        except ReadError as e:
            failures.report(str(e))
            continue
        yield name, text


def iter_records(paths, encoding, cats, failures, keep):
    for name, text in read_documents(paths, encoding, failures):
        for rec in extract_records(text, doc=name, categories=cats):
            if keep(rec):
                yield rec


def make_filter(categories, kinds, regions):
    cats, ks, regs = set(categories), set(kinds), set(regions)

    def keep(rec) -> bool:
        return ((not cats or rec.category in cats) and (not ks or rec.kind in ks)
                and (not regs or rec.region in regs))
    return keep


def write_output(records, fmt: str, output: str | None, excel: bool) -> int:
    """Write records in the chosen format; returns how many were written."""
    if fmt == TABLE:
        from .terminal import print_table
        return print_table(records, output)
    target = output or "-"
    with open_writer(fmt, target, excel=excel) as w:
        for rec in records:
            w.write(rec)
        return w.count


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kjstats")
def cli():
    """Every numeric indicator in Chinese science-and-technology reports, as records."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@output_options
def extract(paths, encoding, lexicon, fmt, output, excel, categories, kinds, regions):
    """Extract every figure of the reports PATHS (files, directories, or - for stdin).

    \b
    Examples:
      kjstats extract report.txt
      kjstats extract reports/ -f jsonl -o figures.jsonl
      kjstats extract report.docx --excel -o figures.csv
    """
    failures = Failures()
    cats = _categories(lexicon)
    fmt = pick_format(fmt, output)
    records = iter_records(paths, encoding, cats, failures, make_filter(categories, kinds, regions))
    try:
        write_output(records, fmt, output, excel)
    except WriterError as e:
        raise click.ClickException(str(e)) from None
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            raise
        raise click.ClickException(f"{output or 'stdout'}: {e.strerror or e}") from None
    sys.exit(1 if failures.count else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--encoding", metavar="NAME", help="Decode text inputs with this encoding.")
def text(paths, encoding):
    """Print the text kjstats reads from PATHS: every span's offsets refer to it."""
    failures = Failures()
    for name, body in read_documents(paths, encoding, failures):
        click.echo(body, nl=not body.endswith("\n"))
    sys.exit(1 if failures.count else 0)


def main(argv=None):
    """Entry point: never lets a traceback reach the user."""
    try:
        cli.main(args=argv, prog_name="kjstats", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("kjstats: interrupted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("kjstats: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (kjstats extract … | head -1): stop quietly with the status a
        # shell gives a program ended by SIGPIPE; point stdout at devnull so the final flush
        # at exit cannot raise again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        sys.exit(141)
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no traceback
        click.echo(f"kjstats: internal error: {type(e).__name__}: {e}", err=True)
        sys.exit(70)
