"""The optional packages of readers and writers, and how to install one that is missing."""

from __future__ import annotations

import sys


def install_hint(*packages: str) -> str:
    """The command that installs packages into the Python running kjstats: right for a
    checkout, a virtualenv or a system install alike (kjstats may not be on any index)."""
    return f"{_quoted(sys.executable or 'python3')} -m pip install {' '.join(packages)}"


def _quoted(path: str) -> str:
    return f'"{path}"' if any(c.isspace() for c in path) else path
