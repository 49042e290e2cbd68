"""The run of a command over its inputs: every input read in order (one that cannot be read
is one failure line, and the others go on), extracted by a runner (parallel.make_runner), its
records filtered and written.

Library code: no click, no rich. The caller gives the echo of failure lines and, when a
progress bar is wanted, a factory ``bar(total)`` of a context manager whose value has
``step(name)`` and ``echo(line)`` (terminal.progress_bar).
"""

from __future__ import annotations

import codecs
import contextlib
from collections.abc import Callable

from .escape import printable
from .lexicon import load_lexicon
from .parallel import Formatted, crash_message
from .readers import ReadError, iter_inputs, read_path, read_stdin
from .textread import is_text_codec
from .writers import RecordRefused, open_writer

__all__ = [
    "PROGRESS_MIN_INPUTS",
    "Failures",
    "check_encoding",
    "load_categories",
    "read_documents",
    "iter_outcomes",
    "iter_records",
    "extract_documents",
    "make_filter",
    "write_records",
]

PROGRESS_MIN_INPUTS = 5  # fewer inputs than this finish before a progress bar would help

Bar = Callable | None  # bar(total) -> a context manager of the progress bar, or no bar


class Failures:
    """Counts inputs that could not be read; each gets one line, "kjstats: message", through
    echo (a progress bar swaps in its own while it runs)."""

    def __init__(self, echo: Callable[[str], object]):
        self.count = 0
        self.echo = echo

    def report(self, message: str) -> None:
        self.count += 1
        self.echo(f"kjstats: {printable(message)}")  # a file name must not forge a line or drive the terminal


def check_encoding(name: str) -> str:
    """name, or ValueError unless it is a text codec (--encoding: a usage error, not a
    failure of every input)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if not is_text_codec(info.name):
        raise ValueError(f"{name!r} is not a text encoding")
    return name


def load_categories(lexicon: str | None):
    """The categories of a --lexicon file (lexicon.load_lexicon), None without one. A file
    that cannot be read or names an unknown category raises ValueError, in one line."""
    if not lexicon:
        return None
    return load_lexicon(lexicon)


def read_documents(paths, encoding, failures: Failures, bar: Bar = None, skip=None):
    """(doc name, text) for every input, in order; unreadable inputs are reported and skipped.

    With a bar and at least PROGRESS_MIN_INPUTS inputs, the bar runs until the last input is read.
    """
    inputs, shows = _inputs_with_bar(paths, bar, skip)
    with shows as shown, _echo_through(failures, shown):
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
                failures.report(crash_message(name, "reading", e))
                continue
            yield name, text


def _inputs_with_bar(paths, bar: Bar, skip=None):
    """The inputs, and the progress bar to show while they are worked through: a null context
    unless a bar is given and there are at least PROGRESS_MIN_INPUTS inputs (to count them,
    the inputs are listed first)."""
    if bar is None:
        return iter_inputs(paths, skip), contextlib.nullcontext()
    inputs = list(iter_inputs(paths, skip))
    if len(inputs) < PROGRESS_MIN_INPUTS:
        return inputs, contextlib.nullcontext()
    return inputs, bar(len(inputs))


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


def iter_outcomes(paths, runner, failures: Failures, bar: Bar = None, skip=None):
    """The Outcome (name, records, error) of every readable input, in order, extracted by
    the runner (parallel.make_runner, entered); a failed input gets its one line and is skipped.

    The records of a large text file stream as they are iterated: iterate them before asking
    for the next document, and a failure part-way sets the outcome's error (and is reported)
    once they are spent. The progress bar is as in read_documents.
    """
    inputs, shows = _inputs_with_bar(paths, bar, skip)
    with shows as shown, _echo_through(failures, shown):
        outcomes = runner.outcomes(inputs, started=shown.step if shown else None)
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                if outcome.error is None:
                    yield outcome
                if outcome.error is not None:  # a large file's failure is known once it is read
                    failures.report(outcome.error)


def iter_records(paths, runner, failures: Failures, keep=None, bar: Bar = None, skip=None):
    """Every record kept by keep(category, kind, region, measure) (all without it), document
    after document, as they are extracted; a worker's Formatted records come as they are."""
    with contextlib.closing(iter_outcomes(paths, runner, failures, bar, skip)) as documents:
        for outcome in documents:
            for rec in outcome.records:
                if isinstance(rec, Formatted):
                    yield rec if keep is None else rec.only(keep)
                elif keep is None or keep(rec.category, rec.kind, rec.region, rec.measure):
                    yield rec


def extract_documents(paths, encoding, cats, failures: Failures, extract: Callable, bar: Bar = None, skip=None):
    """(doc name, text, records) for every readable input, extract(text, doc=, categories=)
    giving the records in this process; an extraction crash is one failure."""
    with contextlib.closing(read_documents(paths, encoding, failures, bar, skip)) as documents:
        for name, body in documents:
            try:
                records = extract(body, doc=name, categories=cats)
            except Exception as e:  # noqa: BLE001 - one document's crash must not sink the rest
                failures.report(crash_message(name, "extracting", e))
                continue
            yield name, body, records


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


def write_records(records, fmt: str, output: str | None, excel: bool, failures: Failures | None = None) -> int:
    """Write records in a file format (writers.open_writer) to output ("-" or None: stdout);
    returns how many were written. A record the format cannot hold (RecordRefused) is one
    failure line when failures is given, and the rest go on."""
    with open_writer(fmt, output or "-", excel=excel) as w:
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
