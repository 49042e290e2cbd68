"""How a run ends (issue 16, D09/D12/D14/D15): a signal ends it as Ctrl-C does and leaves no
partial output; an output that cannot be written is one line and status 1 for every command;
the statuses are exactly the README's; no control character of a name reaches an error line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clirun import KJSTATS, invoke
from kjstats import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"
GOLD = ROOT / "seeds" / "gold.jsonl"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and devices")


def _wait_reading_stdin(pid: int, timeout: float = 10.0) -> None:
    """Wait until the process sits in a read of its stdin pipe (Linux /proc), else a while."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe" in wchan.read_text():
                return
        except OSError:
            break
        time.sleep(0.01)
    time.sleep(2.0)


@POSIX
@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "SIGINT"])
@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "parquet"])
def test_a_signal_ends_the_run_like_ctrl_c_and_leaves_no_output(tmp_path, fmt, how):
    # the seed's records are written (into the temporary file) while kjstats waits on stdin
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.Popen(
        [*KJSTATS, "extract", str(SEED), "-", "-o", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_reading_stdin(proc.pid)
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # the run is writing
        proc.send_signal(getattr(signal, how))
        stdout, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    word, status = {"SIGTERM": ("terminated", 143), "SIGHUP": ("hung up", 129), "SIGINT": ("interrupted", 130)}[how]
    assert (proc.returncode, err, stdout) == (status, f"kjstats: {word}\n".encode(), b"")
    assert list(tmp_path.iterdir()) == []  # no output, no temporary file


@POSIX
def test_sigterm_with_workers_stops_them_and_leaves_no_output(tmp_path):
    rep = tmp_path / "rep"
    rep.mkdir()
    for i in range(300):
        (rep / f"{i:03d}.txt").write_text("全区高新技术产业增加值34.9亿元，同比增长3.8%。\n" * 40, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([*KJSTATS, "extract", str(rep), "-j", "2", "-o", str(out)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.01)
    # the workers start after the output is opened: wait until they are there (under load the
    # pool may take longer than a fixed pause)
    children: list[str] = []
    while not children and time.monotonic() < deadline:
        time.sleep(0.05)
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run ended before the signal")  # a very fast machine
    assert (proc.returncode, err) == (143, b"kjstats: terminated\n")
    assert [p.name for p in tmp_path.iterdir()] == ["rep"]
    time.sleep(0.5)
    assert children and not [c for c in children if Path(f"/proc/{c}").exists()]  # the workers are gone


COMMANDS = [
    ["text", str(SEED)],
    ["show", str(SEED)],
    ["show", str(SEED), "--html", "-"],
    ["extract", str(SEED)],
    ["extract", str(SEED), "-f", "xlsx"],
    ["extract", str(SEED), "-f", "parquet"],
    ["summary", str(SEED)],
    ["eval", str(GOLD), str(SEED)],
    ["eval", str(GOLD), str(SEED), "--json"],
]


@POSIX
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a full disk)")
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: "-".join(x for x in a if not x.startswith("/")))
def test_a_full_disk_is_one_line_and_status_1(args):
    with open("/dev/full", "wb") as full:
        p = subprocess.run([*KJSTATS, *args], stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert (p.returncode, p.stderr) == (1, b"kjstats: stdout: No space left on device\n")


@POSIX
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: "-".join(x for x in a if not x.startswith("/")))
def test_a_closed_stdout_is_one_line_and_status_1(args):
    p = subprocess.run([*KJSTATS, *args], stderr=subprocess.PIPE, timeout=120, preexec_fn=lambda: os.close(1))
    assert (p.returncode, p.stderr) == (1, b"kjstats: stdout: standard output is closed\n")


def test_a_closed_stdout_does_not_stop_an_output_file(tmp_path):
    out = tmp_path / "out.csv"
    p = subprocess.run(
        [*KJSTATS, "extract", str(SEED), "-o", str(out)], stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1)
    )
    assert (p.returncode, p.stderr) == (0, b"") and out.read_text("utf-8").startswith("doc,")


def test_the_exit_statuses_are_the_readmes():
    table = (ROOT / "README.md").read_text(encoding="utf-8").split("### Errors and exit statuses")[1]
    listed = {int(s) for s in re.findall(r"^\| (\d+) \|", table, flags=re.M)}
    used = {v for k, v in vars(cli).items() if k.startswith("EXIT_")}
    assert listed == used | {0}
    assert {143, 129, 70} <= listed


@pytest.mark.parametrize(
    "name",
    ["nofile\nkjstats: forged line", "a\x1b]0;PWNED\x07b.txt", "c\x1b[2Jd.txt", "e\u202egnp.txt", "f\rg.txt"],
)
def test_error_lines_show_control_characters_escaped(tmp_path, name):
    code, _, err = invoke("extract", tmp_path / name, "-o", os.devnull)
    assert code == 1 and err.count("\n") == 1 and err.endswith(": no such file or directory\n")
    assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202e]", err[:-1])
    assert "\\x1b" in err or "\\n" in err or "\\u202e" in err or "\\r" in err


def test_error_lines_escape_control_characters():
    from kjstats.escape import printable

    assert printable("a\nb\x1b[2J\u202ec\t中文") == "a\\nb\\x1b[2J\\u202ec\\t中文"
