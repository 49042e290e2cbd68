"""Every figure shown where it stands: the text cut into marks, as plain text or one HTML page.

    >>> from decimal import Decimal
    >>> from kjstats.records import Indicator
    >>> r = Indicator(4, 10, "25.9亿元", Decimal("2.59E+9"), unit="元", category="rd_expenditure")
    >>> print(mark_plain("经费支出25.9亿元。", [r]), end="")
    经费支出【25.9亿元】¹。
      ¹ 25.9亿元 = 2590000000 元 | level | — | — | — | rd_expenditure

The pieces (``pieces``/``blocks``) are shared by every renderer: the plain marks here, the
self-contained HTML page here, and the coloured terminal view (the CLI's ``views`` module,
the only one that uses rich). A mark covers exactly ``text[start:end]`` of one record. A record
whose span overlaps an earlier record's, or whose ``text`` is not what the document holds at
its offsets, is numbered and listed but not marked (the extractor emits neither).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .records import CATEGORIES, Indicator, plain

__all__ = [
    "CATEGORY_COLOURS",
    "LISTINGS",
    "Piece",
    "colour",
    "number_records",
    "pieces",
    "blocks",
    "superscript",
    "value_text",
    "describe",
    "mark_plain",
    "html_page",
    "visible",
]

# Light backgrounds (black text reads on every one), by category; the terminal view uses them too.
CATEGORY_COLOURS = {
    "rd_expenditure": "#ffb3ba",
    "high_tech_industry": "#ffdfba",
    "high_tech_enterprise": "#ffffa8",
    "tech_sme": "#baffc9",
    "rd_institution": "#bae1ff",
    "incubator": "#d7baff",
    "talent": "#ffbaf2",
    "innovation_voucher": "#b8f2ef",
    "funding": "#e3f59c",
    "investment": "#f5c77e",
    "project": "#9fe2c4",
    "patent": "#cfc4ff",
    "tech_market": "#ffcfa8",
    "enterprise": "#cde8b0",
    "facility": "#c0c8ea",
    "economy": "#eee08a",
    "other": "#dddddd",
}
UNKNOWN_COLOUR = "#dddddd"

LISTINGS = ("inline", "table", "none")  # where a rendering puts the records

QUALIFIER_SIGNS = {"at_least": "≥", "more_than": ">", "nearly": "≲", "about": "≈", "at_most": "≤"}

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


# A document's control characters as symbols a terminal shows instead of obeying (an escape
# sequence could retitle the window, clear the screen or worse): one character for one, so
# offsets into the text still hold. C0 (but tab and newline) as its Control Pictures symbol
# (ESC -> ␛), DEL as ␡, C1 (CSI, OSC, … U+0080-U+009F) as U+FFFD.
_VISIBLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_VISIBLE[0x7F] = 0x2421
_VISIBLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """text with its control characters (but tab and newline) as visible symbols, one each."""
    return text.translate(_VISIBLE)


def superscript(n: int) -> str:
    """12 -> '¹²'."""
    return str(n).translate(_SUPERSCRIPT)


def colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, UNKNOWN_COLOUR)


@dataclass(frozen=True)
class Piece:
    """text[start:end]: plain text (record None) or one record's mark, numbered from 1."""

    start: int
    end: int
    record: Indicator | None = None
    number: int = 0


def number_records(records: Iterable[Indicator]) -> list[Indicator]:
    """The records in document order: the mark of records[i] is number i + 1."""
    return sorted(records, key=lambda r: (r.start, r.end))


def pieces(text: str, records: Sequence[Indicator]) -> list[Piece]:
    """``text`` cut into plain pieces and marks; the pieces' text joined is ``text``.

    ``records`` must be in document order (``number_records``); mark i + 1 is records[i].
    """
    out: list[Piece] = []
    pos = 0
    for i, r in enumerate(records, 1):
        if r.start < pos or r.end > len(text) or r.start >= r.end or text[r.start : r.end] != r.text:
            continue  # overlaps an earlier mark, or does not stand at its offsets: listed only
        if r.start > pos:
            out.append(Piece(pos, r.start))
        out.append(Piece(r.start, r.end, r, i))
        pos = r.end
    if pos < len(text):
        out.append(Piece(pos, len(text)))
    return out


def blocks(text: str, records: Sequence[Indicator]) -> list[tuple[list[Piece], list[tuple[int, Indicator]]]]:
    """The text line by line: (pieces of the line, its numbered records), lines keeping their "\\n".

    A line's records are those starting in it (marked or not); a mark never straddles two lines.
    """
    out: list[tuple[list[Piece], list[tuple[int, Indicator]]]] = []
    line: list[Piece] = []
    for p in pieces(text, records):
        if p.record is not None:
            line.append(p)
            continue
        a = p.start
        while True:
            nl = text.find("\n", a, p.end)
            if nl < 0:
                if a < p.end:
                    line.append(Piece(a, p.end))
                break
            line.append(Piece(a, nl + 1))
            out.append((line, []))
            line = []
            a = nl + 1
    if line:
        out.append((line, []))
    # Records by the line their start falls in.
    ends = [blk[-1].end for blk, _ in out]
    k = 0
    for i, r in enumerate(records, 1):
        while k < len(ends) - 1 and r.start >= ends[k]:
            k += 1
        if out:
            out[k][1].append((i, r))
    return out


def value_text(r: Indicator) -> str:
    """The value as the record holds it: '1~3', '-3.2', with a sign for its qualifier ('≥180')."""
    v = plain(r.value) + (f"~{plain(r.value_max)}" if r.value_max is not None else "")
    return QUALIFIER_SIGNS.get(r.qualifier or "", "") + v


def describe(r: Indicator) -> str:
    """One line of the record: text = value unit | kind | region | period | indicator | category."""
    value = plain(r.value) + (f"~{plain(r.value_max)}" if r.value_max is not None else "")
    head = f"{r.text} = {value} {r.unit}".rstrip()
    if r.qualifier:
        head += f" ({r.qualifier})"
    kind = r.kind + (", planned" if r.planned else "")
    rest = [kind, r.region or "—", r.period or "—", r.indicator or "—", r.category]
    return " | ".join([head] + rest)


def mark_plain(text: str, records: Iterable[Indicator], *, listing: str = "inline") -> str:
    """The text with every figure as 【figure】ⁿ, and its records (``describe``).

    listing: "inline" puts each line's records after the line, one per line; "table" puts
    them all after the text; "none" leaves them out. Without records the text comes back
    unchanged.
    """
    if listing not in LISTINGS:
        raise ValueError(f"listing must be one of {', '.join(LISTINGS)}, not {listing!r}")
    recs = number_records(records)
    out: list[str] = []
    listed: list[tuple[int, Indicator]] = []
    for line, numbered in blocks(text, recs):
        for p in line:
            out.append(text[p.start : p.end] if p.record is None else f"【{p.record.text}】{superscript(p.number)}")
        if listing == "inline" and numbered:
            if not out[-1].endswith("\n"):
                out.append("\n")
            out.extend(f"  {superscript(n)} {describe(r)}\n" for n, r in numbered)
        elif listing == "table":
            listed.extend(numbered)
    if listed:
        if out and not out[-1].endswith("\n"):
            out.append("\n")
        out.append("\n")
        out.extend(f"{superscript(n)} {describe(r)}\n" for n, r in listed)
    return "".join(out)


# ---------------------------------------------------------------------------
# HTML

# The record's fields carried by each mark (data-*) and shown in the table, in this order.
TABLE_FIELDS = (
    "text",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "kind",
    "planned",
    "region",
    "period",
    "indicator",
    "category",
    "start",
    "end",
)


def _esc(s: object) -> str:
    """Text or attribute value, escaped: & < > " ' and CR (so it survives HTML's CRLF folding)."""
    return html.escape(str(s), quote=True).replace("\r", "&#13;")


def _field(r: Indicator, name: str) -> str:
    v = getattr(r, name)
    if name in ("value", "value_max"):
        return plain(v)
    if name == "planned":
        return "true" if v else "false"
    return "" if v is None else str(v)


def _title(r: Indicator, n: int) -> str:
    lines = [f"#{n} {r.text}", f"value: {value_text(r)} {r.unit}".rstrip()]
    lines += [
        f"{k}: {_field(r, k)}"
        for k in ("qualifier", "kind", "region", "period", "indicator", "category")
        if _field(r, k)
    ]
    if r.planned:
        lines.insert(3, "planned: true")
    return "\n".join(lines)


def _mark(r: Indicator, n: int, d: int) -> str:
    attrs = [f'id="d{d}f{n}"', f'data-n="{n}"', f'data-start="{r.start}"', f'data-end="{r.end}"']
    attrs += [
        f'data-{k.replace("_", "-")}="{_esc(_field(r, k))}"' for k in TABLE_FIELDS if k not in ("start", "end", "text")
    ]
    attrs.append(f'title="{_esc(_title(r, n)).replace(chr(10), "&#10;")}"')
    return f"<mark {' '.join(attrs)}>{_esc(r.text)}</mark>"


def _row(r: Indicator, n: int, d: int, marked: bool) -> str:
    cells = [f'<td class="n">{n}</td>']
    for k in TABLE_FIELDS:
        v = value_text(r) if k == "value" else _field(r, k)
        cls = ' class="num"' if k in ("value", "value_max", "start", "end") else ""
        if k == "category":
            v = f'<span class="sw" style="background:{colour(r.category)}"></span>{_esc(v)}'
        else:
            v = _esc(v)
        cells.append(f"<td{cls}>{v}</td>")
    target = f' data-target="d{d}f{n}"' if marked else ""
    return f'<tr data-category="{_esc(r.category)}" data-kind="{_esc(r.kind)}"{target}>' + "".join(cells) + "</tr>"


# The page is an application layout: a one-line header, then the documents and the record
# panel side by side, each scrolling on its own, so the panel is always in view and nothing
# covers it; below 900 px the panel is a strip at the bottom of the window. A records table
# scrolls sideways inside its own box rather than spilling over the panel.
_CSS = """
html,body{height:100%}
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#fafafa;display:flex;flex-direction:column;overflow:hidden}
header{flex:none;display:flex;align-items:center;gap:1em;background:#fff;border-bottom:1px solid #ddd;padding:.4em 1em;white-space:nowrap;min-width:0}
header h1{font-size:1em;margin:0;flex:0 1 auto;min-width:4em;max-width:45%;overflow:hidden;text-overflow:ellipsis}
#filters{flex:1 1 0;min-width:0;overflow-x:auto;overflow-y:hidden;white-space:nowrap}
#filters label{display:inline-block;margin:0 .6em 0 0;cursor:pointer}
#filters button{margin-right:.4em}
.sw{display:inline-block;width:.9em;height:.9em;border:1px solid #999;vertical-align:-.1em;margin-right:.25em}
main{flex:1 1 auto;min-height:0;display:flex}
.docs{flex:1 1 auto;min-width:0;overflow:auto;padding:1em}
section.report{background:#fff;border:1px solid #ddd;padding:1em;margin-bottom:1.5em;min-width:0}
section.report h2{font-size:1em;margin:0 0 .6em;color:#555;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;font-size:1.02em}
mark{color:#000;border-radius:3px;padding:0 1px;cursor:pointer}
mark::after{content:attr(data-n);font-size:.65em;vertical-align:super;color:#555;margin-left:1px}
mark.off{background:transparent!important;cursor:auto}
mark.off::after{content:""}
mark.sel{outline:2px solid #d33}
mark.off.sel{outline:none}
.tablewrap{max-width:100%;overflow-x:auto;margin-top:1em}
table{border-collapse:collapse;font-size:.9em;width:100%}
th,td{border:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top}
th{background:#f0f0f0;white-space:nowrap}
td{overflow-wrap:anywhere;min-width:2.5em}
td.num,td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.off{display:none}
tr.sel{background:#fff3c4}
tbody tr{cursor:pointer}
aside{flex:none;width:20em;overflow:auto;background:#fff;border-left:1px solid #ddd}
#panel{padding:.8em 1em;font-size:.9em}
#panel dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.2em .6em}
#panel dt{color:#777}
#panel dd{margin:0;overflow-wrap:anywhere}
@media (max-width:900px){main{flex-direction:column}aside{width:auto;max-height:38vh;border-left:none;border-top:2px solid #ccc}}
@media print{html,body{height:auto;overflow:visible;display:block}main{display:block}.docs{overflow:visible}aside{display:none}}
"""

_JS = """
(function(){
  var boxes=document.querySelectorAll('#filters input[type=checkbox]');
  function apply(){
    var on={};
    boxes.forEach(function(b){on[b.value]=b.checked;});
    document.querySelectorAll('mark[data-category],tr[data-category]').forEach(function(e){
      e.classList.toggle('off',on[e.getAttribute('data-category')]===false);
    });
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  document.getElementById('all').addEventListener('click',function(){boxes.forEach(function(b){b.checked=true;});apply();});
  document.getElementById('none').addEventListener('click',function(){boxes.forEach(function(b){b.checked=false;});apply();});
  var FIELDS=['text','value','value-max','unit','qualifier','kind','planned','region','period','indicator','category','start','end'];
  function show(m){
    document.querySelectorAll('.sel').forEach(function(e){e.classList.remove('sel');});
    m.classList.add('sel');
    var row=document.querySelector('tr[data-target="'+m.id+'"]');
    if(row){row.classList.add('sel');}
    var dl=document.createElement('dl');
    function add(k,v){
      if(v===null||v===''){return;}
      var dt=document.createElement('dt');dt.textContent=k;
      var dd=document.createElement('dd');dd.textContent=v;
      dl.appendChild(dt);dl.appendChild(dd);
    }
    FIELDS.forEach(function(f){add(f.replace('-','_'),f==='text'?m.textContent:m.getAttribute('data-'+f));});
    var sec=m.closest('section');
    if(sec){add('doc',sec.getAttribute('data-doc'));}
    var p=document.getElementById('panel');
    p.textContent='';
    var h=document.createElement('strong');h.textContent='#'+m.getAttribute('data-n');
    p.appendChild(h);p.appendChild(dl);
  }
  document.querySelectorAll('mark[data-n]').forEach(function(m){
    m.addEventListener('click',function(){if(!m.classList.contains('off')){show(m);}});
  });
  document.querySelectorAll('tr[data-target]').forEach(function(r){
    r.addEventListener('click',function(){
      var m=document.getElementById(r.getAttribute('data-target'));
      if(m){show(m);m.scrollIntoView({block:'center'});}
    });
  });
  apply();
})();
"""


def html_page(documents: Iterable[tuple[str | None, str, Iterable[Indicator]]], title: str | None = None) -> str:
    """One self-contained HTML page (inline CSS and script, nothing fetched) of the documents.

    documents: (doc name, text, records) each. Every figure is a
    ``<mark data-start data-end data-category data-kind … title>`` holding exactly the
    record's text; the text between marks is the document's (escaped, in a pre-wrap block), so
    the page's text of each ``<div class="text">`` is the document. Below each text, the table
    of its records; the header has one checkbox per category to hide or show marks and rows,
    and clicking a mark or a row shows the record in the side panel.
    """
    docs = [(name, text, number_records(recs)) for name, text, recs in documents]
    counts: dict[str, int] = {}
    for _, _, recs in docs:
        for r in recs:
            counts[r.category] = counts.get(r.category, 0) + 1
    order = [c for c in CATEGORIES if c in counts] + sorted(c for c in counts if c not in CATEGORIES)
    if title is None:  # one line: the name of one document, else how many (each heads its section)
        names = [n for n, _, _ in docs if n]
        title = "kjstats: " + (names[0] if len(docs) == 1 and names else f"{len(docs)} documents")
    css_colours = "".join(f'mark[data-category="{c}"]{{background:{colour(c)}}}\n' for c in order if c.isidentifier())
    total = sum(counts.values())
    out = [
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="kjstats">\n<title>{_esc(title)}</title>\n',
        f"<style>{_CSS}{css_colours}</style>\n</head>\n<body>\n<header>\n",
        f'<h1 title="{_esc(title)}">{_esc(title)} — {total} figure{"s" if total != 1 else ""}</h1>\n',
        '<div id="filters"><button type="button" id="all">all</button><button type="button" id="none">none</button>',
    ]
    for c in order:
        out.append(
            f'<label><input type="checkbox" value="{_esc(c)}" checked>'
            f'<span class="sw" style="background:{colour(c)}"></span>{_esc(c)} ({counts[c]})</label>'
        )
    out.append('</div>\n</header>\n<main>\n<div class="docs">\n')
    head = "".join(f"<th>{k}</th>" for k in ("#",) + TABLE_FIELDS)
    for d, (name, text, recs) in enumerate(docs, 1):
        out.append(f'<section class="report" data-doc="{_esc(name or "")}">\n')
        if name:
            out.append(f"<h2>{_esc(name)}</h2>\n")
        out.append('<div class="text">')
        marked = set()
        for p in pieces(text, recs):
            if p.record is None:
                out.append(_esc(text[p.start : p.end]))
            else:
                marked.add(p.number)
                out.append(_mark(p.record, p.number, d))
        out.append("</div>\n")
        out.append(f'<div class="tablewrap"><table class="records">\n<thead><tr>{head}</tr></thead>\n<tbody>\n')
        out.extend(_row(r, n, d, n in marked) + "\n" for n, r in enumerate(recs, 1))
        out.append("</tbody>\n</table></div>\n</section>\n")
    out.append('</div>\n<aside><div id="panel">Click a figure or a row to see its record.</div></aside>\n')
    out.append(f"</main>\n<script>{_JS}</script>\n</body>\n</html>\n")
    return "".join(out)
