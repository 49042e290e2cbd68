"""text -> sentences -> figures -> records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Final

from .figures import Figure, find_figures
from .folding import SOFT_BREAK, fold
from .layout import Layout, layout
from .lexicon import Categories, default_categories
from .measures import measure_of
from .naming import LIST_SEP, Namer, plan_blocks
from .records import Indicator
from .scope import DocContext, Scope
from .tablefind import find_tables
from .tables import table_records


def extract(text: str, doc: str | None = None, categories: Categories | None = None) -> list[Indicator]:
    """Every figure of ``text`` as an Indicator, in document order.

    ``doc`` is copied into each record; ``categories`` replaces the packaged category lexicon
    (see lexicon.load_lexicon).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs str, not {type(text).__name__}")
    return _extract(text, doc, categories, 0, None)[0]


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
    folded = fold(text)
    lay = layout(folded)
    if lay.soft_breaks:
        # a line break inside a paragraph (text from a PDF) is invisible to figures and names:
        # 15⏎7家 is 157家, 技术合⏎同成交额 one name
        chars = list(folded)
        for i in lay.soft_breaks:
            chars[i] = SOFT_BREAK
        folded = "".join(chars)
    cats = categories or default_categories()
    tables = find_tables(folded)
    table_lines = [(tb.start, tb.end) for tb in tables]
    figs = _prose_figures(folded, lay, table_lines)
    scope = Scope(text, folded, lay, sorted([f.start for f in figs] + [tb.start for tb in tables]), context)
    if context is None and lay.paragraphs:
        scope.title_category = _title_category(folded, lay, cats)
    records = _prose_records(text, folded, lay, scope, figs, cats, doc)
    for tb in tables:
        records.extend(table_records(tb, text, scope, cats, doc, figs))
    records.sort(key=lambda r: (r.start, r.end))
    if offset:
        records = [replace(r, start=r.start + offset, end=r.end + offset) for r in records]
    return records, scope.context()


def _title_category(folded: str, lay: Layout, cats: Categories) -> str | None:
    """What a document is about by its title (高新技术企业发展情况): only kinds of firms and
    programmes, not broad words like 经济 in 国民经济和社会发展统计公报."""
    first = lay.paragraphs[0]
    title = cats.best_in(folded[first.start : min(first.end, first.start + 60)])
    return None if title in (None, "economy", "other", "enterprise") else title


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
    text: str, folded: str, lay: Layout, scope: Scope, figs: list[Figure], cats: Categories, doc: str | None
) -> list[Indicator]:
    namer = Namer(folded, cats)
    namer.doc_year = scope.doc_year
    namer.plan_spans, scope.plan_state = plan_blocks(folded, lay.paragraphs, scope.plan_state)
    namer.title_category = scope.title_category
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
