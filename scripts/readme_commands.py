"""The README's table of commands, made from the commands' own --help (click's definitions).

    python scripts/readme_commands.py          # rewrite the table in README.md
    python scripts/readme_commands.py --check  # exit 1 if README.md is out of date

tests/test_help.py runs the check, so a command or option added without the README fails.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from kjstats.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"
BEGIN = "<!-- BEGIN commands: made from each command's --help by scripts/readme_commands.py -->"
END = "<!-- END commands -->"


def _first_sentence(text: str) -> str:
    para = " ".join((text or "").split("\n\n")[0].split())
    return para.replace("|", "\\|")


def _option(p: click.Parameter) -> str:
    return "`" + "/".join(p.opts + p.secondary_opts) + "`"


def table() -> str:
    """The Markdown table: one row per command, with its usage, summary and options."""
    rows = ["| command | what it does | options |", "| --- | --- | --- |"]
    ctx = click.Context(cli, info_name="kjstats", **cli.context_settings)
    for name in sorted(cli.list_commands(ctx), key=list(cli.commands).index):
        cmd = cli.commands[name]
        sub = click.Context(cmd, info_name=name, parent=ctx)
        usage = " ".join(["kjstats", name, *cmd.collect_usage_pieces(sub)])
        options = [_option(p) for p in cmd.get_params(sub) if isinstance(p, click.Option)]
        rows.append(f"| `{usage}` | {_first_sentence(cmd.help or '')} | {', '.join(options)} |")
    return "\n".join(rows)


def block() -> str:
    return f"{BEGIN}\n{table()}\n{END}"


def current(readme: str) -> str | None:
    """The block as it stands in the README text (None when it has none)."""
    m = re.search(re.escape(BEGIN) + r".*?" + re.escape(END), readme, re.S)
    return m.group(0) if m else None


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    old = current(text)
    if old is None:
        print(f"{README}: no block between {BEGIN!r} and {END!r}", file=sys.stderr)
        return 1
    if "--check" in argv:
        if old != block():
            print(f"{README}: the commands table is out of date: run python {__file__}", file=sys.stderr)
            return 1
        return 0
    README.write_text(text.replace(old, block()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
