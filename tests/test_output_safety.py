"""A user's files are never destroyed by an output: -o that names an input is refused, an
output inside a folder being read is not read back, and an output is written whole or not at
all (issue 16, D01 and D02; ../shared/attacks/repro.py reproduces them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from clirun import KJSTATS, invoke
from kjstats.outfile import OutputFile

LINE = "全区高新技术产业增加值34.9亿元，同比增长3.8%，新增高新技术企业120家。\n"
FORMATS = ["csv", "tsv", "jsonl", "json", "xlsx", "parquet", "table"]


def _report(path, lines=20):
    path.write_text(LINE * lines, encoding="utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_naming_the_input_is_refused_and_the_input_kept(tmp_path, fmt):
    f = tmp_path / "r.txt"
    before = _report(f)
    code, out, err = invoke("extract", f, "-f", fmt, "-o", f)
    assert code == 2, err
    assert "is also an input" in err and err.count("\n") == 1
    assert f.read_bytes() == before


def test_output_naming_the_input_through_a_link_is_refused(tmp_path):
    f = tmp_path / "r.txt"
    before = _report(f)
    link = tmp_path / "out.csv"
    link.symlink_to(f)
    code, _, err = invoke("extract", f, "-o", link)
    assert code == 2, err
    assert f.read_bytes() == before and link.is_symlink()


def test_output_naming_the_input_with_workers_is_refused(tmp_path):
    f = tmp_path / "r.txt"
    before = _report(f)
    p = subprocess.run(KJSTATS + ["extract", str(f), "-j", "2", "-o", str(f)], capture_output=True)
    assert p.returncode == 2, p.stderr
    assert f.read_bytes() == before


def test_summary_and_show_refuse_an_input_as_output(tmp_path):
    f = tmp_path / "r.txt"
    before = _report(f)
    assert invoke("summary", f, "-o", f)[0] == 2
    assert invoke("show", f, "--html", f)[0] == 2
    assert f.read_bytes() == before


def test_output_inside_the_folder_read_is_not_read(tmp_path):
    rep = tmp_path / "rep"
    rep.mkdir()
    _report(rep / "a.txt")
    out = rep / "out.txt"
    for _ in range(2):  # the second run finds the first run's output in the folder
        code, _, err = invoke("extract", rep, "-f", "jsonl", "-o", out)
        assert code == 0, err
        docs = {line.split('"doc": "')[1].split('"')[0] for line in out.read_text("utf-8").splitlines()}
        assert docs == {str(rep / "a.txt")}


def test_a_failed_run_leaves_an_existing_output_untouched(tmp_path):
    f = tmp_path / "r.txt"
    _report(f)
    out = tmp_path / "out.csv"
    out.write_text("keep me\n")
    # a missing input makes the run fail only at the end: the output is still complete
    code, _, _ = invoke("extract", f, tmp_path / "missing.txt", "-o", out)
    assert code == 1 and out.read_text("utf-8").startswith("doc,")
    # an output that cannot be finished (pyarrow refuses a value) is never half written
    out.write_text("keep me\n")
    with OutputFile(str(out)).writing() as target:
        pass
    assert os.path.getsize(out) == 0  # an empty block writes an empty file...
    out.write_text("keep me\n")
    with pytest.raises(RuntimeError):
        with OutputFile(str(out)).writing() as target:
            with open(target, "w") as fh:
                fh.write("half")
            raise RuntimeError("failed part-way")
    assert out.read_text() == "keep me\n"  # ...and a failed one leaves the old file
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_new_file_keeps_the_old_ones_mode(tmp_path):
    f = tmp_path / "r.txt"
    _report(f)
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    out.chmod(0o640)
    assert invoke("extract", f, "-o", out)[0] == 0
    assert (out.stat().st_mode & 0o777) == 0o640


def test_a_device_is_written_directly(tmp_path):
    f = tmp_path / "r.txt"
    _report(f)
    code, _, err = invoke("extract", f, "-o", os.devnull)
    assert code == 0, err
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


def test_ctrl_c_leaves_no_output_file(tmp_path):
    rep = tmp_path / "rep"
    rep.mkdir()
    for i in range(400):
        _report(rep / f"{i:03d}.txt", lines=40)
    out = tmp_path / "out.csv"
    p = subprocess.Popen(KJSTATS + ["extract", str(rep), "-o", str(out)], stderr=subprocess.PIPE)
    time.sleep(1.0)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    if p.returncode == 0:
        pytest.skip("the run ended before the interrupt")  # a very fast machine
    assert p.returncode == 130, err
    assert not out.exists()
    assert [x.name for x in tmp_path.iterdir()] == ["rep"]


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("POSIX links and signals")
