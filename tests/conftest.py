"""Shared test set-up: the tests import the installed kjstats (make test installs it)."""

import signal

# The signal tests send SIGINT and SIGHUP to kjstats in a subprocess. A suite started in the
# background (`./.ci/run &`, nohup) inherits both ignored, and an ignored signal stays ignored
# across exec, so kjstats would never see them: give the children the dispositions a terminal does.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
if signal.getsignal(signal.SIGHUP) is signal.SIG_IGN:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
