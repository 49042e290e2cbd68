"""Running kjstats from the tests: in-process through main() (fast, no terminal), or as a
subprocess command line (KJSTATS) where a real process is what is tested."""

from __future__ import annotations

import sys

from click.testing import CliRunner

from kjstats import cli

KJSTATS = [sys.executable, "-c", "import sys; from kjstats.cli import main; sys.exit(main())"]


def invoke(*args, input: bytes | None = None) -> tuple[int, bytes, str]:
    """kjstats ARGS through main(), in-process: (status, stdout, stderr); stdout and stderr
    are not terminals. A traceback (or an exception Python ignored) on stderr fails the test
    at once."""
    with CliRunner().isolation(input=input) as streams:
        try:
            cli.main([str(a) for a in args])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = streams[0].getvalue(), streams[1].getvalue().decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    return code, out, err
