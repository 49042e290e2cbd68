"""Rich views for the CLI's show, eval and summary commands (the library never imports rich).

What comes from a document or a file name goes through ``visible`` first: its control
characters are shown as symbols, so an escape sequence in a report never reaches the terminal.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.columns import Columns
from rich.console import Console, Group
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from .evaluate import ATTRS, Evaluation, Mistake
from .highlight import blocks, colour, describe, number_records, superscript, value_text, visible
from .records import CATEGORIES, Indicator
from .series import Series
from .summary import Pivot
from .terminal import _Console


def stdout_console(**kwargs) -> Console:
    """The CLI's Console (a broken pipe propagates, so the CLI ends it like any other)."""
    return _Console(**kwargs)


# On a terminal of 16 colours the pastel backgrounds would fall to two or three greys.
STYLES_16 = {
    "rd_expenditure": "black on bright_red",
    "high_tech_industry": "black on bright_yellow",
    "high_tech_enterprise": "black on yellow",
    "tech_sme": "black on bright_green",
    "rd_institution": "black on bright_blue",
    "incubator": "black on bright_magenta",
    "talent": "black on magenta",
    "innovation_voucher": "black on bright_cyan",
    "funding": "black on green",
    "investment": "black on red",
    "project": "black on cyan",
    "patent": "bright_white on blue",
    "tech_market": "underline black on bright_red",
    "enterprise": "underline black on bright_green",
    "facility": "underline black on bright_blue",
    "economy": "black on white",
    "other": "black on bright_black",
}


def few_colours(console: Console) -> bool:
    """Whether the console has too few colours for the pastel backgrounds."""
    return console.color_system in ("standard", "windows")


def figure_style(category: str, few: bool = False) -> str:
    """A figure's style: black on its category's colour (one of 16 when few)."""
    if few:
        return STYLES_16.get(category, STYLES_16["other"])
    return f"black on {colour(category)}"


def legend(records: list[Indicator], few: bool = False) -> Columns:
    """One swatch per category present, with its count."""
    counts: dict[str, int] = {}
    for r in records:
        counts[r.category] = counts.get(r.category, 0) + 1
    order = [c for c in CATEGORIES if c in counts] + sorted(set(counts) - set(CATEGORIES))
    return Columns([Text.assemble((f" {visible(c)} {counts[c]} ", figure_style(c, few))) for c in order])


def document_text(text: str, records, inline: bool = True, few: bool = False) -> Text:
    """The text with each figure in its category's colour and its number raised after it;
    inline: after each line, its records, one per line."""
    recs = number_records(records)
    out = Text()
    for line, numbered in blocks(text, recs):
        for p in line:
            if p.record is None:
                out.append(visible(text[p.start : p.end]))
            else:
                out.append(visible(p.record.text), style=figure_style(p.record.category, few))
                out.append(superscript(p.number), style="bold")
        if inline and numbered:
            if not out.plain.endswith("\n"):
                out.append("\n")
            for n, r in numbered:
                out.append("  ")
                out.append(f"{superscript(n)}", style="bold")
                out.append(" ")
                out.append("  ", style=figure_style(r.category, few))
                out.append(f" {visible(describe(r))}\n", style="dim")
    return out


def records_table(records, few: bool = False) -> Table:
    table = Table(header_style="bold", show_lines=False)
    for name in ("#", "text", "value", "unit", "kind", "region", "period", "indicator", "category"):
        table.add_column(name, overflow="fold", justify="right" if name in ("#", "value") else "left")
    for n, r in enumerate(number_records(records), 1):
        kind = r.kind + ("*" if r.planned else "")
        table.add_row(
            str(n),
            Text(visible(r.text), style=figure_style(r.category, few)),
            *(
                Text(visible(cell))
                for cell in (value_text(r), r.unit, kind, r.region, r.period, r.indicator, r.category)
            ),
        )
    return table


def print_document(console: Console, doc: str | None, text: str, records, listing: str = "inline") -> None:
    """The document in colour; its records after each line, in a table after it, or not."""
    records = list(records)
    inline = listing == "inline"
    few = few_colours(console)
    if doc:
        n = len(records)
        console.print(Rule(Text(f"{visible(doc)} · {n} figure{'' if n == 1 else 's'}"), align="left"))
    if records:
        console.print(legend(records, few))
        console.print()
    console.print(document_text(text, records, inline, few), end="" if text.endswith("\n") else "\n", soft_wrap=False)
    if listing == "table" and records:
        console.print(records_table(records, few))


# ---------------------------------------------------------------------------
# eval


def _f(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def score_tables(ev: Evaluation) -> Group:
    s, c = ev.summary, ev.totals
    main = Table(title=f"gold {s['gold']} · predicted {s['pred']}", header_style="bold")
    for name in ("", "P", "R", "F1", "right (pred / gold)"):
        main.add_column(name, justify="left" if not name else "right")
    rights = {"found": (c.found_p, c.found_g), "matched": (c.match_p, c.match_g), "records": (c.records, c.records)}
    for k in ("found", "matched", "records"):
        p, r, f = s[k]
        main.add_row(
            k, _f(p), _f(r), Text(_f(f), style="bold" if k == "records" else ""), f"{rights[k][0]} / {rights[k][1]}"
        )
    attrs = Table(title="attributes of matched figures", header_style="bold")
    for name in ("attribute", "accuracy", "right", "n"):
        attrs.add_column(name, justify="left" if name == "attribute" else "right")
    for a in c.attrs:  # ATTRS, then the --extra ones, which the records figure leaves out
        acc, n = s["attrs"][a]
        attrs.add_row(a if a in ATTRS else f"{a} (not in records)", _f(acc), str(c.attr_ok[a]), str(n))
    return Group(main, attrs)


def doc_table(ev: Evaluation) -> Table:
    t = Table(title="by document", header_style="bold")
    for name in ("doc", "gold", "pred", "found F1", "matched F1", "records P", "R", "F1"):
        t.add_column(name, justify="left" if name == "doc" else "right", overflow="fold")
    for doc, c in ev.docs.items():
        s = c.summary()
        t.add_row(
            Text(visible(doc)),
            str(s["gold"]),
            str(s["pred"]),
            _f(s["found"][2]),
            _f(s["matched"][2]),
            _f(s["records"][0]),
            _f(s["records"][1]),
            _f(s["records"][2]),
        )
    return t


def _attr_text(v) -> str:
    """A gold or predicted attribute: a gold list as its choices, null and empty spelt out."""
    if isinstance(v, list):
        return " | ".join(_attr_text(x) for x in v)
    if v is None:
        return "(none)"
    if isinstance(v, bool):
        return "true" if v else "false"
    return visible(str(v)) if str(v) != "" else "(empty)"


def _side(r: dict | None, attr: str | None) -> Text:
    if r is None:
        return Text("—", style="dim")
    value = f"{r.get('value')}" + (f"~{r['value_max']}" if r.get("value_max") not in (None, "") else "")
    out = Text(visible(f"{r.get('text', '')}"), style="bold")
    out.append(f" [{r.get('start')}:{r.get('end')}] = {value} {r.get('unit') or ''}".rstrip())
    if attr:
        out.append(f"\n{attr}: ")
        out.append(_attr_text(r.get(attr)), style="yellow")
    else:
        extra = " · ".join(
            _attr_text(r.get(k))
            for k in ("kind", "region", "period", "indicator", "category")
            if r.get(k) not in (None, "")
        )
        if extra:
            out.append(f"\n{extra}", style="dim")
    return out


def errors_table(mistakes: list[Mistake], total: int) -> Table:
    t = Table(title=f"errors: {len(mistakes)} of {total}", header_style="bold", show_lines=True)
    for name in ("#", "error", "doc", "gold", "predicted"):
        t.add_column(name, overflow="fold", justify="right" if name == "#" else "left")
    for i, m in enumerate(mistakes, 1):
        t.add_row(str(i), m.kind, Text(visible(m.doc)), _side(m.gold, m.attr), _side(m.pred, m.attr))
    return t


# ---------------------------------------------------------------------------
# summary


def pivot_table(p: Pivot) -> Table:
    """The pivot as a rich table. A value column is never narrower than its longest value, so
    a number is never split across lines (a cell of several values wraps between them); a
    period header breaks after its "/". A table wider than the terminal is cropped at the
    right, which ``fits`` tells."""
    t = Table(title=f"indicators × {visible(p.by)}", header_style="bold", show_lines=False)
    t.add_column("indicator", overflow="fold", min_width=10)
    t.add_column("unit", no_wrap=True)
    t.add_column("kind", no_wrap=True)
    cells = {c: [visible(p.text(row, c)) for row in p.rows] for c in p.columns}
    for c in p.columns:
        header = visible(c).replace("/", "/\n")
        words = [w for text in cells[c] for w in text.split()] + header.split()
        t.add_column(header, justify="right", overflow="fold", min_width=max(map(cell_len, words), default=1))
    for i, row in enumerate(p.rows):
        indicator = Text(visible(row.indicator)) if row.indicator else Text("—", style="dim")
        t.add_row(indicator, visible(row.unit), visible(row.kind), *[Text(cells[c][i]) for c in p.columns])
    return t


def series_table(s: Series) -> Group:
    """One measure's regions × periods under its title (the sources are in the file formats
    and --html); the title is a line of its own, as a narrow table would wrap it."""
    t = Table(header_style="bold", show_lines=False)
    t.add_column("region", overflow="fold", min_width=6)
    t.add_column("code", no_wrap=True)
    for p in s.periods:
        t.add_column(p, justify="right", overflow="fold", min_width=min(len(p), 10))
    for row in s.rows:
        t.add_row(row.region, row.region_code, *[s.text(row, p) for p in s.periods])
    return Group(Text(s.title, style="bold"), t)


def fits(console: Console, renderable) -> bool:
    """Whether the renderable shows whole in the console's width (rich crops a table whose
    columns cannot narrow enough)."""
    lines = Segment.split_lines(console.render(renderable, console.options))
    return all(Segment.get_line_length(line) <= console.width for line in lines)
