"""text -> sentences -> figures -> records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from .cleaning import LIST_SEP, compared_with, is_cue_only
from .document import Doc, DocContext, read_document, title_paragraph
from .figures import Figure, find_figures
from .gazetteer import NATION_CODE
from .layout import Layout
from .lexicon import Categories, compile_pattern, default_categories
from .measures import measure_of
from .nameparts import heading_topic
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


@dataclass(frozen=True)
class Explained:
    """A record and the named rules that decided its attributes (rules.py): what
    ``kjstats.explain`` gives, for the tests' specification tables and for a user asking why."""

    record: Indicator
    rules: tuple[tuple[str, str], ...]  # (attribute, rule name), e.g. ("region", "section")

    def rule(self, attribute: str) -> str:
        return dict(self.rules).get(attribute, "")


def explain(text: str, doc: str | None = None, categories: Categories | None = None) -> list[Explained]:
    """Every record of ``text`` (as extract gives them) with the rules that decided it."""
    if not isinstance(text, str):
        raise TypeError(f"explain() needs str, not {type(text).__name__}")
    pieces = iter_string_chunks(text, PIECE_CHARS) if len(text) > LARGE_TEXT_CHARS else [(0, text)]
    out: list[Explained] = []
    context = None
    for offset, piece in pieces:
        whys: list[Why] = []
        records, context = _extract(piece, doc, categories, offset, context, whys)
        out.extend(Explained(r, why) for r, why in zip(records, whys))
    return out


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


Why = tuple[tuple[str, str], ...]
TABLE_WHY: Final[Why] = (("source", "table"),)


def _extract(
    text: str,
    doc: str | None,
    categories: Categories | None,
    offset: int,
    context: DocContext | None,
    whys: list[Why] | None = None,
) -> tuple[list[Indicator], DocContext | None]:
    """The records of text in document order, and what it leaves for the next piece; with
    ``whys``, the rules that decided each record are put there, in the records' order (only
    explain asks: a document of many figures would otherwise keep a tuple per record)."""
    if not text:
        return [], context
    cats = categories or default_categories()
    document = read_document(text, cats, context)
    table_lines = [(tb.start, tb.end) for tb in document.tables]
    figs = _prose_figures(document.folded, document.layout, table_lines)
    scope = Scope(document)
    records = _prose_records(document, scope, figs, cats, doc, whys)
    for tb in document.tables:
        cells = table_records(tb, document.text, scope, cats, doc, figs)
        records.extend(cells)
        if whys is not None:
            whys.extend([TABLE_WHY] * len(cells))
    if whys is None:
        records.sort(key=_span)
    else:
        order = sorted(range(len(records)), key=lambda i: _span(records[i]))
        records, whys[:] = [records[i] for i in order], [whys[i] for i in order]
    if document.shifts or offset:
        records = [_as_read(r, document, text, offset) for r in records]
    return records, document.next_context()


def _span(r: Indicator) -> tuple[int, int]:
    return r.start, r.end


def _as_read(r: Indicator, document: Doc, text: str, offset: int) -> Indicator:
    """r with its span in the whole text as read: back through the lines the document joined,
    then past the pieces before this one (offset)."""
    start, end = document.source_offset(r.start), document.source_offset(r.end - 1) + 1
    return r.at(start + offset, end + offset, text[start:end])


GROWTH_OF: Final = compile_pattern(r"(?<=\p{Han}{2})(?:累计)?(?:增速|增幅|增长率|(?:年度)?(?:任务|目标)?完成率)$")
COMPARED: Final = compile_pattern(compared_with())  # 增速高于全市: a comparison
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
    document: Doc, scope: Scope, figs: list[Figure], cats: Categories, doc: str | None, whys: list[Why] | None
) -> list[Indicator]:
    text, folded, lay = document.text, document.folded, document.layout
    namer = Namer(document, cats)
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(lay.sentence_index(f.start), []).append(f)
    out: list[Indicator] = []
    carry, carry_para = "", -1
    whole: tuple[str, str] = ("", "")  # the name and unit kind of the last sentence's first amount
    # A headline that names a figure (技术合同成交额突破千亿元) names what the story is about:
    # the last resort of a figure whose paragraph never says what it measures.
    topic = ""
    # ... and a figure named by nothing at all takes the kind of thing the title is about
    # (关于第三批科技型中小企业评价入库情况的公告: 科技型中小企业)
    title = title_paragraph(folded, lay) if document.title_category else None
    unnamed = cats.word_of(folded[title.start : title.end], document.title_category or "") if title else ""
    for si, group in by_sentence.items():
        sent = lay.sentences[si]
        para = lay.paragraphs[sent.para]
        if sent.para != carry_para:
            # 有效高新技术企业总数达到318家⏎同比增长14.0%: a paragraph opening with only a change
            # (or a share, a rank) goes on from the one before, as lines of a phone's article do
            lead = folded[sent.start : group[0].start].strip()
            goes_on = bool(carry and lead) and is_cue_only(lead)
            carry_para = sent.para
            # (一)全社会R&D经费投入。2020年基期值42.6亿元: the paragraph's heading names its measure
            heading = heading_topic(folded[para.start : sent.start])
            if heading or not goes_on:
                carry, whole = heading or topic, ("", "")
        long_sentence = sent.end - sent.start > MAX_SENTENCE
        sentence_text = "" if long_sentence else " ".join(text[sent.start : sent.end].split())
        # (named as the records are made, one at a time: a sentence of many figures keeps no
        # list of its names)
        namer.begin_sentence(sent.start, sent.end, group, (para.start, para.end), carry, whole)
        # what a part in the next sentence (其中…) is of: the first amount or count named here
        next_whole: tuple[str, str] | None = None
        named: list[str] = []  # the sentence's names, for what the next sentence speaks of
        prev = None
        prev_end = 0
        for i, f in enumerate(group):
            n = namer.name_figure(i)
            negative = f.negative or (
                prev is not None
                and prev[1]
                and prev[0].unit == f.unit
                and not folded[prev[0].end : f.start].strip(" " + LIST_SEP)
            )
            value, value_max = f.value, f.value_max
            if negative and value > 0 and n.kind == "growth":
                # 下降2~3%: -3 to -2, the range still runs upwards
                # (copy_negate: exact, where unary minus rounds at 28 digits)
                value, value_max = (
                    (value.copy_negate(), None) if value_max is None else (value_max.copy_negate(), value.copy_negate())
                )
            prev = (f, negative)
            region, region_rule = (
                (n.region, "list item") if n.region else scope.region_why(f.start, prev_end, f.rank, si)
            )
            period, period_rule = scope.period_why(f.start, si, n.planned is True)
            prev_end = f.end
            code = scope.region_code(region)
            record = Indicator(
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
                period,
                document.as_written(n.indicator or unnamed),
                n.category,
                sentence_text or _around(text, f.start, f.end),
                doc,
                measure_of(n.indicator, f.unit, n.kind, n.category, cats.measure_rules, code == NATION_CODE),
                code,  # region_code (positional: a keyword costs a dict)
            )
            out.append(record)
            if whys is not None:
                whys.append((*n.why, ("region", region_rule), ("period", period_rule)))
            if n.indicator:
                named.append(n.indicator)
                if next_whole is None and n.kind == "level":
                    next_whole = (n.indicator, f.unit_kind)
        whole = next_whole or ("", "")
        # what the next sentence may speak of: the last measure named (its growth is not a measure)
        carry = next((GROWTH_OF.sub("", n) or n for n in reversed(named) if not COMPARED.search(n)), carry)
        if sent.para == 0 and para.end - para.start <= TITLE_MAX and not topic:
            topic = named[0] if named else ""
    return out
