"""Every command's --help works and tells every option; the README lists every command, and
its table of commands is the one made from --help (scripts/readme_commands.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import click
import pytest

from clirun import KJSTATS, invoke
from kjstats.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMANDS = list(cli.commands)


def readme_commands():
    spec = importlib.util.spec_from_file_location("readme_commands", ROOT / "scripts" / "readme_commands.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_commands():
    assert COMMANDS == ["extract", "text", "show", "eval", "summary"]


def test_top_level_help_lists_every_command():
    code, out, err = invoke("--help")
    assert code == 0, err
    text = out.decode("utf-8")
    for name in COMMANDS:
        assert f"  {name} " in text, name
    code, out, _ = invoke("-h")
    assert code == 0 and out.decode("utf-8") == text


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_help_lists_its_options(name):
    code, out, err = invoke(name, "--help")
    assert code == 0, err
    text = out.decode("utf-8")
    assert text.startswith(f"Usage: kjstats {name} [OPTIONS]")
    cmd = cli.commands[name]
    ctx = click.Context(cmd, info_name=name)
    for p in cmd.get_params(ctx):
        if isinstance(p, click.Option):
            for opt in p.opts + p.secondary_opts:
                assert opt in text, (name, opt)
            assert p.help, (name, p.name)  # every option says what it does
        else:
            assert p.human_readable_name in text, (name, p.name)
    assert "Examples:" in text
    assert invoke(name, "-h")[1].decode("utf-8") == text


def test_help_of_a_real_process():
    res = subprocess.run([*KJSTATS, "summary", "--help"], capture_output=True, text=True, encoding="utf-8")
    assert res.returncode == 0 and "--measure" in res.stdout and "--html" in res.stdout
    assert res.stderr == ""


def test_readme_lists_every_command():
    text = README.read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"kjstats {name}" in text, name


def test_readme_commands_table_is_made_from_help():
    mod = readme_commands()
    text = README.read_text(encoding="utf-8")
    assert mod.current(text) == mod.block(), "README.md is out of date: run python scripts/readme_commands.py"
    for name in COMMANDS:
        assert f"| `kjstats {name} [OPTIONS]" in mod.block()
    assert "`--measure`" in mod.block() and "`-h/--help`" in mod.block()


def test_readme_commands_check_fails_on_a_stale_table(tmp_path, monkeypatch):
    mod = readme_commands()
    stale = tmp_path / "README.md"
    text = README.read_text(encoding="utf-8")
    block = mod.current(text)
    stale.write_text(text.replace(block, block.replace("`--measure`", "`--meaure`")), encoding="utf-8")
    monkeypatch.setattr(mod, "README", stale)
    assert mod.main(["--check"]) == 1
    assert mod.main([]) == 0 and mod.main(["--check"]) == 0
    assert stale.read_text(encoding="utf-8") == README.read_text(encoding="utf-8")


def test_readme_commands_script_runs():
    res = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme_commands.py"), "--check"], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stderr
