"""The tests keep kjstats' start-up cache (startcache.py) in a directory of their own, not in
the user's cache directory; processes they start inherit it."""
from __future__ import annotations

import os
import shutil
import tempfile

_made: list[str] = []


def pytest_configure(config):
    if "KJSTATS_CACHE_DIR" not in os.environ:
        _made.append(tempfile.mkdtemp(prefix="kjstats-test-cache-"))
        os.environ["KJSTATS_CACHE_DIR"] = _made[0]


def pytest_unconfigure(config):
    for d in _made:
        shutil.rmtree(d, ignore_errors=True)
