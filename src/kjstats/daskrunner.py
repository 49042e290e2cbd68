"""Documents extracted on a Dask distributed cluster (``--dask ADDRESS|local``): the runner
of parallel.py's shape whose workers are a cluster's. dask is imported only here, and only
when a run asks for it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from .extras import install_hint
from .parallel import WINDOW_PER_WORKER, WorkerError, _WindowRunner, cpu_count, work_batch
from .pipeline import extract

DASK_MISSING = f"--dask needs dask.distributed: {install_hint('dask[distributed]')}"


class DaskRunner(_WindowRunner):
    """Documents extracted on a Dask distributed cluster: ``address`` of its scheduler, or
    "local" for a LocalCluster of ``jobs`` worker processes on this machine (all cores when
    0). This process reads the inputs and sends their text, so the workers need kjstats
    installed but no access to the files."""

    read_here = True

    def __init__(
        self,
        address: str,
        jobs: int = 0,
        encoding: str | None = None,
        categories=None,
        extractor: Callable = extract,
        unit: Callable | None = None,
    ):
        super().__init__(encoding, categories, extractor)
        self.address, self.jobs, self.unit = address, jobs, unit
        self._client = self._cluster = self._categories = None

    def __enter__(self):
        try:
            import logging

            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise WorkerError(DASK_MISSING) from None
        try:
            if self.address == "local":
                workers = self.jobs or cpu_count()
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.address, timeout="10s")
        except Exception as e:  # noqa: BLE001 - connection refused, timeout, bad address
            self._close()
            where = (
                "start a local Dask cluster"
                if self.address == "local"
                else f"connect to the Dask scheduler at {self.address}"
            )
            raise WorkerError(f"cannot {where}: {' '.join(str(e).split()) or type(e).__name__}") from None
        workers = max(1, len(self._client.scheduler_info().get("workers", {})) or self.jobs or 1)
        self.window = workers * WINDOW_PER_WORKER
        if self.categories is not None:  # a --lexicon: sent to every worker once
            self._categories = self._client.scatter(self.categories, broadcast=True)
        return self

    def __exit__(self, *exc) -> None:
        self._close()

    def _close(self) -> None:
        for thing in (self._client, self._cluster):
            if thing is not None:
                with contextlib.suppress(Exception):
                    thing.close()
        self._client = self._cluster = None

    def _submit(self, batch):
        future = self._client.submit(
            work_batch, batch, self.encoding, self._categories, self.extractor, self.unit, pure=False
        )

        def wait():
            try:
                return future.result()
            except Exception as e:  # noqa: BLE001 - a worker died, the scheduler went away
                raise WorkerError(f"dask: {type(e).__name__}: {' '.join(str(e).split())}") from None

        return wait
