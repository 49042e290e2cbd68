"""text -> sentences -> figures -> records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Final

from .cleaning import LIST_SEP
from .document import Doc, DocContext, read_document
from .figures import Figure, find_figures
from .layout import Layout
from .lexicon import Categories, default_categories
from .measures import measure_of
from .names import Namer
from .records import Indicator
from .scope import Scope
from .tables import table_records
from .textread import iter_string_chunks


def extract(text: str, doc: str | None = None, categories: Categories | None = None) -> list[Indicator]:
    """Every figure of ``text`` as an Indicator, in document order.

    ``doc`` is copied into each record; ``categories`` replaces the packaged category lexicon
    (see lexicon.load_lexicon).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs str, not {type(text).__name__}")
    if len(text) > LARGE_TEXT_CHARS:
        # a long text is read in pieces, cut where no figure or table is: its Doc then takes a
        # few times a piece's size in memory, not many times the whole text's
        return list(extract_pieces(iter_string_chunks(text, PIECE_CHARS), doc, categories))
    return _extract(text, doc, categories, 0, None)[0]


LARGE_TEXT_CHARS: Final = 4_000_000
PIECE_CHARS: Final = 1_000_000


def extract_pieces(
    pieces: Iterable[tuple[int, str]], doc: str | None = None, categories: Categories | None = None
) -> Iterator[Indicator]:
    """Records of a long document read in pieces (offset, text), each ending at a paragraph
    break (readers.iter_text_chunks): offsets are the document's, and what the first piece
    says of the whole document (its year, its place, its title) holds for the rest."""
    context = None
    for offset, text in pieces:
        records, context = _extract(text, doc, categories, offset, context)
        yield from records


def _extract(
    text: str, doc: str | None, categories: Categories | None, offset: int, context: DocContext | None
) -> tuple[list[Indicator], DocContext | None]:
    if not text:
        return [], context
    cats = categories or default_categories()
    document = read_document(text, cats, context)
    table_lines = [(tb.start, tb.end) for tb in document.tables]
    figs = _prose_figures(document.folded, document.layout, table_lines)
    scope = Scope(document)
    records = _prose_records(document, scope, figs, cats, doc)
    for tb in document.tables:
        records.extend(table_records(tb, text, scope, cats, doc, figs))
    records.sort(key=lambda r: (r.start, r.end))
    if offset:
        records = [replace(r, start=r.start + offset, end=r.end + offset) for r in records]
    return records, document.next_context()


TITLE_MAX: Final = 60  # a first paragraph no longer than this is a headline
MAX_SENTENCE: Final = 400  # a longer "sentence" (no punctuation) is quoted as a window around the figure


def _around(text: str, start: int, end: int, width: int = 120) -> str:
    return " ".join(text[max(0, start - width) : end + width].split())


def _prose_figures(folded: str, lay: Layout, skip: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = []
    for p in lay.paragraphs:
        if any(a <= p.start < b for a, b in skip):
            continue
        out.extend(find_figures(folded, p.start, p.end))
    return out


def _prose_records(
    document: Doc, scope: Scope, figs: list[Figure], cats: Categories, doc: str | None
) -> list[Indicator]:
    text, folded, lay = document.text, document.folded, document.layout
    namer = Namer(document, cats)
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(lay.sentence_index(f.start), []).append(f)
    out = []
    carry, carry_para = "", -1
    # A headline that names a figure (技术合同成交额突破千亿元) names what the story is about:
    # the last resort of a figure whose paragraph never says what it measures.
    topic = ""
    for si, group in by_sentence.items():
        sent = lay.sentences[si]
        para = lay.paragraphs[sent.para]
        if sent.para != carry_para:
            carry, carry_para = topic, sent.para
        names = namer.name_sentence(sent.start, sent.end, group, (para.start, para.end), carry)
        carry = next((n.indicator for n in reversed(names) if n.indicator), carry)
        if sent.para == 0 and para.end - para.start <= TITLE_MAX and not topic:
            topic = next((n.indicator for n in names if n.indicator), "")
        long_sentence = sent.end - sent.start > MAX_SENTENCE
        sentence_text = "" if long_sentence else " ".join(text[sent.start : sent.end].split())
        prev = None
        prev_end = 0
        for f, n in zip(group, names):
            negative = f.negative or (
                prev is not None
                and prev[1]
                and prev[0].unit == f.unit
                and not folded[prev[0].end : f.start].strip(" " + LIST_SEP)
            )
            value, value_max = f.value, f.value_max
            if negative and value > 0 and n.kind == "growth":
                # 下降2~3%: -3 to -2, the range still runs upwards
                value, value_max = (-value, None) if value_max is None else (-value_max, -value)
            prev = (f, negative)
            region = n.region or scope.region(f.start, prev_end, f.rank)
            prev_end = f.end
            out.append(
                Indicator(
                    f.start,
                    f.end,
                    text[f.start : f.end],
                    value,
                    value_max,
                    f.unit,
                    f.qualifier,
                    n.kind,
                    n.planned,
                    region,
                    scope.period(f.start),
                    n.indicator,
                    n.category,
                    sentence_text or _around(text, f.start, f.end),
                    doc,
                    measure=measure_of(n.indicator, f.unit, n.kind, n.category),
                    region_code=scope.region_code(region),
                )
            )
    return out
