"""Terminal rendering with rich, for the CLI only (the library never imports rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .records import plain

COLUMNS = ("doc", "text", "value", "unit", "qualifier", "kind", "planned", "region", "period",
           "indicator", "category")


def print_table(records, output: str | None = None) -> int:
    """A rich table of the records, to stdout or to a text file."""
    table = Table(show_lines=False, header_style="bold")
    for name in COLUMNS:
        table.add_column(name, overflow="fold", no_wrap=name in ("value", "unit", "kind"),
                         justify="right" if name == "value" else "left")
    n = 0
    for r in records:
        value = plain(r.value) + (f"~{plain(r.value_max)}" if r.value_max is not None else "")
        table.add_row(r.doc or "", r.text, value, r.unit, r.qualifier or "", r.kind,
                      "yes" if r.planned else "", r.region, r.period, r.indicator, r.category)
        n += 1
    if output and output != "-":
        with open(output, "w", encoding="utf-8") as f:
            Console(file=f, width=200).print(table)
    else:
        Console().print(table)
    return n
