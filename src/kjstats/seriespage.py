"""The HTML summary: each measure's series as a small inline SVG chart and its table.

One self-contained page (inline CSS, no script, nothing fetched). Per (measure, kind) a
section: a chart with one line per region across the periods (with one period, one bar per
region), each point titled with its region, period, value and sources; the regions' colours
in a legend; then the table of regions × periods, every cell with a tooltip (``title``) that
gives each figure's text, document and offsets, and ``data-sources`` in the form
``series.parse_sources`` reads. Optionally the indicator pivot (``summary.pivot``) follows,
its cells titled the same way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from .records import Indicator
from .series import Series, SeriesRow, figure_text, source_text
from .summary import Pivot

__all__ = ["PALETTE", "summary_page", "chart_svg"]

# Tableau 10: distinct on white and for most colour-blind readers.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 64, 12, 12, 44

_CSS = """
body{font:14px/1.45 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:2em}
section{margin-bottom:2.5em}
.chart{display:flex;gap:1.5em;align-items:flex-start;flex-wrap:wrap}
svg{background:#fcfcfc;border:1px solid #ddd}
svg text{font-size:11px;fill:#444}
svg .axis{stroke:#999;stroke-width:1}svg .grid{stroke:#eee;stroke-width:1}
ul.legend{list-style:none;padding:0;margin:0}
ul.legend li{margin:.15em 0}
.sw{display:inline-block;width:.9em;height:.9em;margin-right:.4em;vertical-align:-.1em;border-radius:2px}
table{border-collapse:collapse;margin-top:.8em}
th,td{border:1px solid #ccc;padding:.2em .5em;text-align:right;white-space:nowrap}
th{background:#f2f2f2}td.region,th.region{text-align:left}
td[title]{cursor:help}
.note{color:#666}
"""


def _esc(s: object) -> str:
    return escape(str(s), quote=True)


def _short(x: float) -> str:
    """An axis label: 2590000000 -> 25.9亿, 35000 -> 3.5万, 2.5 -> 2.5."""
    a = abs(x)
    if a >= 1e8:
        return f"{x / 1e8:.4g}亿"
    if a >= 1e4:
        return f"{x / 1e4:.4g}万"
    return f"{x:.4g}"


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    """Round tick values (1, 2, 5 × 10^k apart) covering lo..hi."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    t = start
    while t < hi + step * 0.999:
        ticks.append(round(t, 12))
        t += step
    return ticks


def _tip(figures: Sequence[Indicator]) -> str:
    """Each figure of a cell on its own line: value, text as written, document [offsets], name."""
    return "\n".join(
        f"{figure_text(r)} {r.unit} ← {r.text} · {r.doc or '-'} [{r.start}:{r.end}] {r.indicator}".strip()
        for r in figures
    )


def chart_svg(s: Series, colours: Sequence[str]) -> str:
    """The series as an inline SVG: lines across the periods, or bars with one period."""
    points: list[tuple[int, int, Indicator]] = []  # (row, period index, figure drawn)
    for i, row in enumerate(s.rows):
        for j, p in enumerate(s.periods):
            r = s.point(row, p)
            if r is not None:
                points.append((i, j, r))
    if not points:
        return f'<p class="note">No figure in {_esc(s.unit or "the table’s unit")} to draw.</p>'
    values = [float(r.value) for _, _, r in points]
    n = len(s.periods)
    if n == 1:  # bars start at zero
        ticks = _ticks(min(0.0, *values), max(0.0, *values))
    else:  # lines show the change: the axis spans the values
        ticks = _ticks(min(values), max(values))
    lo, hi = ticks[0], ticks[-1]
    slanted = max(len(p) for p in s.periods) * 6.5 > (WIDTH - LEFT - RIGHT) / n  # labels would collide
    bottom = BOTTOM + (20 if slanted else 0)
    height = HEIGHT + (20 if slanted else 0)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y(v: float) -> float:
        return TOP + plot_h * (hi - v) / (hi - lo)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{_esc(s.title)}">'
    ]
    for t in ticks:
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{_esc(_short(t))}</text>')
    if lo <= 0 <= hi:
        out.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    slot = plot_w / n
    for j, p in enumerate(s.periods):
        x, ly = LEFT + slot * (j + 0.5), height - bottom + 16
        turn = f' transform="rotate(-20 {x:.1f} {ly})"' if slanted else ""
        anchor = "end" if slanted else "middle"
        out.append(f'<text x="{x:.1f}" y="{ly}" text-anchor="{anchor}"{turn}>{_esc(p)}</text>')

    def title(row: SeriesRow, p: str) -> str:
        return f"<title>{_esc(f'{row.region} {p}: {s.text(row, p)}')}\n{_esc(_tip(s.figures(row, p)))}</title>"

    if n == 1:  # one period: a bar per region
        p = s.periods[0]
        width = min(plot_w / (len(s.rows) + 1), 48.0)
        x0 = LEFT + (plot_w - width * len(s.rows)) / 2  # the bars centred over the period
        for i, _, r in points:
            row, v = s.rows[i], float(r.value)
            x = x0 + width * (i + 0.1)
            top, base = sorted((y(v), y(0)))
            fill = colours[i] if not r.planned else "none"
            out.append(
                f'<rect x="{x:.1f}" y="{top:.1f}" width="{width * 0.8:.1f}" height="{base - top:.1f}" '
                f'fill="{fill}" stroke="{colours[i]}">{title(row, p)}</rect>'
            )
    else:  # a line per region: solid between neighbouring periods, dashed across a gap
        for i, row in enumerate(s.rows):
            mine = {j: r for k, j, r in points if k == i}
            colour = colours[i]
            js = sorted(mine)
            for a, b in zip(js, js[1:]):
                dash = "" if b == a + 1 else ' stroke-dasharray="4 3"'
                xa, xb = LEFT + slot * (a + 0.5), LEFT + slot * (b + 0.5)
                ya, yb = y(float(mine[a].value)), y(float(mine[b].value))
                out.append(
                    f'<line class="seg" x1="{xa:.1f}" y1="{ya:.1f}" x2="{xb:.1f}" y2="{yb:.1f}" '
                    f'stroke="{colour}" stroke-width="2"{dash}/>'
                )
            for j, r in mine.items():
                p = s.periods[j]
                fill = "#fff" if r.planned else colour  # a target: a hollow point
                out.append(
                    f'<circle cx="{LEFT + slot * (j + 0.5):.1f}" cy="{y(float(r.value)):.1f}" r="3.5" '
                    f'fill="{fill}" stroke="{colour}" stroke-width="1.5">{title(row, p)}</circle>'
                )
    out.append("</svg>")
    return "".join(out)


def _legend(s: Series, colours: Sequence[str]) -> str:
    items = "".join(
        f'<li><span class="sw" style="background:{c}"></span>{_esc(r.region)}'
        + (f' <span class="note">{_esc(r.region_code)}</span>' if r.region_code else "")
        + "</li>"
        for r, c in zip(s.rows, colours)
    )
    return f'<ul class="legend">{items}</ul>'


def _cell(text: str, figures: Sequence[Indicator]) -> str:
    if not figures:
        return "<td></td>"
    sources = "; ".join(source_text(r) for r in figures)
    return f'<td title="{_esc(_tip(figures))}" data-sources="{_esc(sources)}">{_esc(text)}</td>'


def _series_section(s: Series) -> str:
    colours = [PALETTE[i % len(PALETTE)] for i in range(len(s.rows))]  # by row: two rows may share a name
    head = '<th class="region">region</th><th>region_code</th>' + "".join(f"<th>{_esc(p)}</th>" for p in s.periods)
    rows = []
    for row in s.rows:
        cells = "".join(_cell(s.text(row, p), s.figures(row, p)) for p in s.periods)
        rows.append(f'<tr><td class="region">{_esc(row.region)}</td><td>{_esc(row.region_code)}</td>{cells}</tr>')
    return (
        f'<section class="series" data-measure="{_esc(s.measure)}" data-kind="{_esc(s.kind)}">\n'
        f"<h2>{_esc(s.title)}</h2>\n"
        f'<div class="chart">{chart_svg(s, colours)}{_legend(s, colours)}</div>\n'
        f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n</section>\n"
    )


def _pivot_section(p: Pivot) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in p.header)
    rows = []
    for row in p.rows:
        keys = "".join(f'<td class="region">{_esc(v)}</td>' for v in (row.indicator, row.unit, row.kind))
        cells = "".join(_cell(p.text(row, c), row.cells.get(c, [])) for c in p.columns)
        rows.append(f"<tr>{keys}{cells}</tr>")
    return (
        f'<section class="pivot">\n<h2>All figures: indicators × {_esc(p.by)}</h2>\n'
        f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n</section>\n"
    )


def summary_page(tables: list[Series], pivot: Pivot | None = None, title: str = "kjstats summary") -> str:
    """The page: a section per series table (chart, legend, table), then the pivot if given."""
    out = [
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="kjstats">\n<title>{_esc(title)}</title>\n',
        f"<style>{_CSS}</style>\n</head>\n<body>\n<h1>{_esc(title)}</h1>\n",
    ]
    if tables:
        out.append(
            '<p class="note">Hover a point or a cell for its figures and where they stand '
            "(document [start:end]); a hollow point or bar is a target.</p>\n"
        )
    else:
        out.append('<p class="note">No figure with a standard measure.</p>\n')
    out.extend(_series_section(s) for s in tables)
    if pivot is not None:
        out.append(_pivot_section(pivot))
    out.append("</body>\n</html>\n")
    return "".join(out)
