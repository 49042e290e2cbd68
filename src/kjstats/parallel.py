"""How the documents of one run are extracted: one after another in this process, in worker
processes (``-j N``), or on a Dask cluster (``--dask ADDRESS|local``).

Every runner turns the inputs of ``readers.iter_inputs`` into Outcomes in input order, with
the same records and the same failure lines, so the output never depends on how it was
computed. Memory stays flat however many inputs there are: documents are handed out in
small batches, at most a few batches per worker are in flight, and the caller writes each
Outcome's records before the next is asked for. A large plain-text file (over
LARGE_TEXT_BYTES) is never read whole: it is extracted in paragraph-aligned pieces
(readers.iter_text_chunks + pipeline.extract_pieces) in this process, its records streamed
as they come, with the document's own offsets.

Library code: no click. dask is imported only by daskrunner.DaskRunner.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from .pipeline import extract, extract_pieces
from .readers import ReadError, iter_text_chunks, read_path, read_stdin
from .textread import iter_string_chunks

__all__ = [
    "Outcome",
    "Formatted",
    "WorkerError",
    "SerialRunner",
    "ProcessRunner",
    "make_runner",
    "cpu_count",
    "crash_message",
    "is_large_text",
    "LARGE_TEXT_BYTES",
    "PIECE_CHARS",
]

LARGE_TEXT_BYTES = 4 << 20  # plain-text files bigger than this are streamed in pieces
LARGE_TEXT_CHARS = 4_000_000  # standard input longer than this is extracted in pieces too
PIECE_CHARS = 1_000_000  # characters per piece of a large file (~50 MB peak while extracting one)
BATCH_DOCS = 8  # documents per task sent to a worker
BATCH_BYTES = 1 << 20  # ... or fewer, when they add up to this many bytes
WINDOW_PER_WORKER = 4  # tasks in flight per worker: enough to keep it busy, not to pile up
_NOT_PLAIN = (".html", ".htm", ".xhtml", ".docx", ".pdf", ".doc")  # read_path's other readers
_WARM_UP = "2020年全区R&D经费支出25.9亿元，增长3.8%；新增高新技术企业68家。"

Inputs = Iterable[tuple[str, "str | None", "ReadError | None"]]
Started = Callable[[str], None] | None


class WorkerError(Exception):
    """The workers cannot go on (a worker process died, the cluster is unreachable)."""


class Outcome(NamedTuple):
    """One input's records (in document order) or the one-line reason it failed."""

    name: str
    records: Iterable = ()
    error: str | None = None


class Formatted(NamedTuple):
    """A document's records as a worker wrote them (writers.record_unit), with what the
    filters look at: the output's text is made in parallel, and a few lists of strings come
    back instead of records to rebuild and write here. The units come UTF-8 encoded, as they
    are written: this process then neither decodes nor encodes them."""

    units: list
    categories: list
    kinds: list
    regions: list
    measures: list

    @classmethod
    def of(cls, records, unit: Callable) -> Formatted:
        return cls(
            [unit(r).encode("utf-8") for r in records],
            [r.category for r in records],
            [r.kind for r in records],
            [r.region for r in records],
            [r.measure for r in records],
        )

    def only(self, keep: Callable[[str, str, str, str], bool]) -> Formatted:
        """The units whose (category, kind, region, measure) keep() accepts."""
        picked = [
            i for i, key in enumerate(zip(self.categories, self.kinds, self.regions, self.measures)) if keep(*key)
        ]
        return Formatted(*([column[i] for i in picked] for column in self))


class LargeText:
    """The Outcome of a large plain-text file: records are extracted piece by piece while
    they are iterated; a failure ends them, and ``error`` says why once they are spent."""

    def __init__(
        self,
        name: str,
        path: str | None,
        encoding: str | None,
        categories,
        piece_chars: int | None = None,
        text: str | None = None,
    ):
        self.name, self.error = name, None
        self.records = self._stream(path, encoding, categories, piece_chars or PIECE_CHARS, text)

    def _stream(self, path, encoding, categories, piece_chars, text):
        try:
            chunks = (
                iter_text_chunks(path, encoding, piece_chars) if text is None else iter_string_chunks(text, piece_chars)
            )
            pieces = _reading(chunks)
            yield from extract_pieces(pieces, doc=self.name, categories=categories)
        except ReadError as e:
            self.error = str(e)
        except _ReadCrash as e:
            self.error = crash_message(self.name, "reading", e.__cause__)
        except Exception as e:  # noqa: BLE001 - one document's crash must not sink the rest
            self.error = crash_message(self.name, "extracting", e)


class _ReadCrash(Exception):
    """A reader bug (not a ReadError) while a large file is read, told apart from the extractor's."""


def _reading(pieces: Iterator) -> Iterator:
    while True:
        try:
            piece = next(pieces)
        except StopIteration:
            return
        except ReadError:
            raise
        except Exception as e:  # noqa: BLE001
            raise _ReadCrash() from e
        yield piece


def crash_message(name: str, doing: str, e: BaseException) -> str:
    return f"{name}: internal error while {doing} ({type(e).__name__}: {' '.join(str(e).split())}); please report it"


def cpu_count() -> int:
    """The cores this process may run on (what -j 0 uses)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def is_large_text(path: str | None) -> bool:
    """A plain-text file big enough to be extracted in pieces."""
    if not path or path == "-" or os.path.splitext(path)[1].lower() in _NOT_PLAIN:
        return False
    try:
        return os.path.isfile(path) and os.path.getsize(path) > LARGE_TEXT_BYTES
    except OSError:
        return False


def _read(name: str, path: str | None, encoding: str | None) -> str:
    """The text of one input; raises _Failed with its failure line."""
    if path is None:
        raise _Failed(f"{name}: nothing to read")
    try:
        return read_stdin(encoding) if path == "-" else read_path(path, encoding)
    except ReadError as e:
        raise _Failed(str(e)) from None
    except Exception as e:  # noqa: BLE001 - a reader bug must not sink the other inputs
        raise _Failed(crash_message(name, "reading", e)) from None


class _Failed(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def extract_document(
    name: str,
    path: str | None,
    encoding: str | None,
    categories,
    text: str | None = None,
    extractor: Callable = extract,
) -> Outcome:
    """Read (unless ``text`` is given) and extract one document with ``extractor`` (called
    like pipeline.extract); never raises."""
    if text is None:
        try:
            text = _read(name, path, encoding)
        except _Failed as f:
            return Outcome(name, (), f.message)
    try:
        records = extractor(text, doc=name, categories=categories)
    except Exception as e:  # noqa: BLE001 - one document's crash must not sink the rest
        return Outcome(name, (), crash_message(name, "extracting", e))
    return Outcome(name, records)


def work_batch(
    batch: list[tuple[str, str | None, str | None]],
    encoding: str | None,
    categories,
    extractor: Callable = extract,
    unit: Callable | None = None,
) -> list[Outcome]:
    """What a worker does with one task: (name, path, text or None) -> Outcome, in order;
    with ``unit``, a document's records come back as one Formatted."""
    outcomes = [extract_document(name, path, encoding, categories, text, extractor) for name, path, text in batch]
    if unit is None:
        return outcomes
    return [o._replace(records=[Formatted.of(o.records, unit)]) if o.records else o for o in outcomes]


# ---------------------------------------------------------------------------
# Runners


class SerialRunner:
    """Everything in this process, one document after another."""

    def __init__(self, encoding: str | None = None, categories=None, extractor: Callable = extract):
        self.encoding, self.categories, self.extractor = encoding, categories, extractor

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def outcomes(self, inputs: Inputs, started: Started = None) -> Iterator:
        """Outcomes in input order; ``started(name)`` is called as each input is begun."""
        for name, path, error in inputs:
            if started:
                started(name)
            if error is not None:
                yield Outcome(name, (), str(error))
            elif path and is_large_text(path):
                yield LargeText(name, path, self.encoding, self.categories)
            elif path == "-":
                got = self._stdin(name)
                yield (
                    extract_document(name, "-", self.encoding, self.categories, text=got, extractor=self.extractor)
                    if isinstance(got, str)
                    else got
                )
            else:
                yield extract_document(name, path, self.encoding, self.categories, extractor=self.extractor)

    def _stdin(self, name: str) -> Outcome | LargeText | str:
        """Standard input, read whole: its text, or the outcome of a long one (its records
        come piece by piece) or of one that cannot be read."""
        try:
            text = _read(name, "-", self.encoding)
        except _Failed as f:
            return Outcome(name, (), f.message)
        if len(text) > LARGE_TEXT_CHARS:
            return LargeText(name, None, self.encoding, self.categories, text=text)
        return text


class _WindowRunner(SerialRunner):
    """Batches of documents run elsewhere, at most ``window`` of them in flight; the
    Outcomes come back in input order. Subclasses give _submit(batch) -> wait()."""

    window = 1
    read_here = False  # True: this process reads the inputs and sends their text

    def _submit(self, batch) -> Callable[[], list]:
        raise NotImplementedError

    def outcomes(self, inputs: Inputs, started: Started = None) -> Iterator:
        pending: deque[Callable[[], list]] = deque()
        work = self._work(inputs)
        more = True
        while True:
            while more and len(pending) < self.window:
                item = next(work, None)
                if item is None:
                    more = False
                elif isinstance(item, list):
                    pending.append(self._submit(item))
                else:
                    pending.append(functools.partial(list, (item,)))  # known here: no wait
            if not pending:
                return
            yield from _started(pending.popleft()(), started)

    def _work(self, inputs: Inputs) -> Iterator:
        """The inputs as work, in input order and read as it is asked for: a batch (a list of
        (name, path, text or None)) for the workers, or an Outcome already known here (a
        failure, a LargeText extracted in this process)."""
        batch: list[tuple[str, str | None, str | None]] = []
        size = 0
        for name, path, error in inputs:
            done: Outcome | LargeText | None = None
            if error is not None:
                done = Outcome(name, (), str(error))
            elif path and is_large_text(path):
                done = LargeText(name, path, self.encoding, self.categories)
            elif path == "-":
                got = self._stdin(name)
                if isinstance(got, str):
                    batch.append((name, None, got))
                    size += 3 * len(got)
                else:
                    done = got  # a long text is extracted here, piece by piece
            elif self.read_here:
                try:
                    text = _read(name, path, self.encoding)
                    batch.append((name, None, text))
                    size += 3 * len(text)
                except _Failed as f:
                    done = Outcome(name, (), f.message)
            else:
                batch.append((name, path, None))
                size += _file_size(path or "")
            if done is not None:
                if batch:  # what came before it goes first
                    yield batch
                    batch, size = [], 0
                yield done
            elif len(batch) >= BATCH_DOCS or size >= BATCH_BYTES:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch


def _started(outcomes: list, started: Started) -> Iterator:
    for outcome in outcomes:
        if started:
            started(outcome.name)
        yield outcome


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# Worker processes: the categories, the extractor and the unit come once, with the initializer.
_worker_categories, _worker_extractor, _worker_unit = None, extract, None
_warm = False


def _warm_up(categories) -> None:
    """Build the lexicon and compile the patterns once (before forking, the workers inherit them)."""
    global _warm
    if not _warm:
        extract(_WARM_UP, categories=categories)
        _warm = True


def _init_worker(categories, extractor, unit) -> None:
    global _worker_categories, _worker_extractor, _worker_unit
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_categories, _worker_extractor, _worker_unit = categories, extractor, unit
    _warm_up(categories)


def _pool_batch(batch, encoding) -> list[Outcome]:
    return work_batch(batch, encoding, _worker_categories, _worker_extractor, _worker_unit)


def _noop() -> None:
    return None


class _LocalPool(_WindowRunner):
    """Base of the runners with ``jobs`` worker processes on this machine: the lexicons are
    built here first (a forked worker inherits them), and the workers are started before any
    output. Subclasses give _start() and _stop(kill)."""

    def __init__(
        self,
        jobs: int,
        encoding: str | None = None,
        categories=None,
        extractor: Callable = extract,
        unit: Callable | None = None,
    ):
        super().__init__(encoding, categories, extractor)
        self.jobs, self.unit = jobs, unit
        self.window = jobs * WINDOW_PER_WORKER

    def __enter__(self):
        _warm_up(self.categories)
        # Nothing buffered may be inherited by a forked worker (it would flush it again).
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        try:
            self._start()
        except BaseException:
            self._stop(kill=True)
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._stop(kill=exc_type is not None)

    def _start(self) -> None:
        raise NotImplementedError

    def _stop(self, kill: bool) -> None:
        raise NotImplementedError


class ProcessRunner(_LocalPool):
    """``jobs`` worker processes of the standard library's ProcessPoolExecutor; each reads
    and extracts whole batches of documents."""

    _executor = None

    def _start(self) -> None:
        from concurrent.futures import ProcessPoolExecutor

        context = None
        if hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() > 1:
            # the platform's default would fork this threaded process: a lock another thread
            # holds would stay held in the workers. A fork server's workers start clean (and
            # import kjstats anew: slower to start, never stuck).
            import multiprocessing

            context = multiprocessing.get_context("forkserver")
        self._executor = ProcessPoolExecutor(
            self.jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.categories, self.extractor, self.unit),
        )
        self._executor.submit(_noop).result()  # start the workers now, before any output

    def _stop(self, kill: bool) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if not kill:
            executor.shutdown(wait=True, cancel_futures=True)
            return
        # Ctrl-C, a closed pipe, an error: do not wait for the batches in flight. The pool's
        # workers are this process's children (multiprocessing's public list of them).
        import multiprocessing

        executor.shutdown(wait=False, cancel_futures=True)
        workers = multiprocessing.active_children()
        for process in workers:
            with contextlib.suppress(Exception):
                process.terminate()
        for process in workers:  # gone before this process ends (cli.main may end it at once)
            with contextlib.suppress(Exception):
                process.join(2)

    def _submit(self, batch):
        from concurrent.futures.process import BrokenProcessPool

        future = self._executor.submit(_pool_batch, batch, self.encoding)

        def wait():
            try:
                return future.result()
            except BrokenProcessPool:
                raise WorkerError("a worker process died (out of memory?); try fewer jobs (-j)") from None
            except Exception as e:  # noqa: BLE001 - work_batch never raises: the results did not travel
                raise WorkerError(crash_message("worker", "sending results", e)) from None

        return wait


def make_runner(
    jobs: int | None = None,
    dask: str | None = None,
    encoding: str | None = None,
    categories=None,
    extractor: Callable = extract,
    unit: Callable | None = None,
):
    """The runner for -j/--dask: a context manager whose outcomes(inputs, started) gives an
    Outcome per input, in order. jobs None or 1: this process; 0: one worker per core.
    ``extractor`` (pipeline.extract or a module-level stand-in) must pickle for the workers.
    ``unit`` (writers.record_unit): workers send their records Formatted by it; in this
    process, and for large files read here, records stay records."""
    if dask:
        from .daskrunner import DaskRunner  # (it reads this module's runners)

        return DaskRunner(dask, jobs or 0, encoding, categories, extractor, unit)
    n = cpu_count() if jobs == 0 else (jobs or 1)
    if n <= 1:
        return SerialRunner(encoding, categories, extractor)
    return ProcessRunner(n, encoding, categories, extractor, unit)
