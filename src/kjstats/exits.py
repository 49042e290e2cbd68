"""How a run ends: its exit statuses and the signals that stop it as Ctrl-C does.

Library code: no click. cli.py prints the one line and exits with the status given here.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

__all__ = [
    "EXIT_INPUT",
    "EXIT_USAGE",
    "EXIT_INTERRUPTED",
    "EXIT_PIPE",
    "EXIT_INTERNAL",
    "EXIT_TERMINATED",
    "EXIT_HANGUP",
    "STOP_SIGNALS",
    "PipeClosed",
    "Interrupted",
    "Stopped",
    "install_stop_handlers",
    "stopped_by",
    "report_stop",
]

# Exit statuses (besides 0), each in the README's table: 1 an input or the output failed,
# 2 usage error, 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP (128 + the signal, as a shell
# reports death by it), 141 the reader of stdout went away (SIGPIPE), 70 internal error.
EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_INTERNAL = 1, 2, 130, 141, 70
EXIT_TERMINATED, EXIT_HANGUP = 128 + 15, 128 + 1
# The signals that end a run as Ctrl-C does (output removed, one line), and their words.
STOP_SIGNALS = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGHUP": "hung up"}
_STATUS = {"SIGINT": EXIT_INTERRUPTED, "SIGTERM": EXIT_TERMINATED, "SIGHUP": EXIT_HANGUP}


class PipeClosed(Exception):
    """stdout's reader went away; not an OSError, so click does not swallow it."""


class Interrupted(Exception):
    """Ctrl-C (or SIGTERM, SIGHUP) inside a command; reported by main() without click's extra
    blank line."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signum)
        self.signum = signum


class Stopped(KeyboardInterrupt):
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
    raise Stopped(signum)


def install_stop_handlers() -> None:
    """SIGTERM and SIGHUP end the run like Ctrl-C (a signal someone ignores, as nohup does
    SIGHUP, stays ignored)."""
    global _MAIN_PID
    _MAIN_PID = os.getpid()
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _stop_on)


def stopped_by(signum: int = signal.SIGINT) -> tuple[str, str, int]:
    """(name, word, exit status) of the signal that stopped the run: SIGINT's "interrupted"
    and 130 for Ctrl-C or any signal not among STOP_SIGNALS."""
    name = signal.Signals(signum).name if signum in set(signal.Signals) else "SIGINT"
    if name not in STOP_SIGNALS:
        return name, STOP_SIGNALS["SIGINT"], EXIT_INTERRUPTED
    return name, STOP_SIGNALS[name], _STATUS[name]


def report_stop(signum: int, echo, stderr_tty: bool) -> int:
    """Tell the stop in one line through echo, and return its exit status: Ctrl-C 130 (on a
    terminal, first ending the line the ^C echo began), SIGTERM 143, SIGHUP 129."""
    name, word, status = stopped_by(signum)
    try:
        if name == "SIGINT" and stderr_tty:
            sys.stderr.write("\n")
        echo(f"kjstats: {word}")
    except (OSError, KeyboardInterrupt):
        pass
    return status


STOPPED = frozenset((EXIT_PIPE, EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_HANGUP))


def end_if_stopped(code) -> None:
    """A run stopped by a signal or a closed pipe ends at once with its status, not through the
    interpreter's exit, which joins the process pool's reader thread: that may wait for ever
    for the rest of a result a terminated worker was sending (the output file is gone already)."""
    if code not in STOPPED:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
