"""The layout of a text: paragraphs (lines that run on joined, as PDF text wraps them), their
sentences, and the short lines that are headings."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from .lexicon import Pattern, alternation, compile_pattern, first_chars, table
from .lines import FULL_STOP, LATIN_STOP, joiner
from .tablefind import SPACED_ROW, Cell, aligned_row

SENTENCE_END: Final = "。！？!?；;"
STRONG_END: Final = "。！？!?"
# Each end of a sentence (its Latin stand-in too, lines.LATIN_STOP), as branches that each
# begin with their character: the engine skips to the next of them, 3x faster.
ENDS: Final = re.compile("|".join(re.escape(c) for c in SENTENCE_END) + "|" + LATIN_STOP)
# Marks that close what comes before them open no line of their own: a line that begins with
# one was cut from the line above by a wrap (增长75.12%⏎、229.99%; 4802⏎.6亿元).
BULLETS: Final = table("cues")["name"]["bullets"]  # (▲, ●: marks opening a list's lines)
OPENS_NO_LINE: Final = re.compile(r"[，,、。；;：:）)%％”’！!？?]|\.\d")
SOFT_BREAK_MIN: Final = 40  # a line at least this long that stops without punctuation runs on
FURNITURE_LINE_MAX: Final = 80  # no line holding a page's number or a web page's buttons alone is longer


@dataclass(slots=True, init=False)
class Sentence:
    start: int
    end: int
    para: int
    opens: bool  # starts a paragraph or follows 。！？ (not ；)

    # init=False and an __init__ of its own: mypyc compiles it (the generated one runs interpreted
    # and, frozen, sets each field through object.__setattr__)
    def __init__(self, start: int, end: int, para: int, opens: bool) -> None:
        self.start, self.end, self.para, self.opens = start, end, para, opens


@dataclass(slots=True, init=False)
class Paragraph:
    start: int
    end: int
    heading: bool  # a short line without a sentence's end: a heading, title or byline

    def __init__(self, start: int, end: int, heading: bool) -> None:
        self.start, self.end, self.heading = start, end, heading


@dataclass(frozen=True)
class Layout:
    """Paragraphs and sentences of a text (lines that run on are joined into one paragraph)."""

    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    joins: tuple[tuple[int, int], ...] = ()  # line breaks inside a paragraph: (end of a line, start of the next)
    # lines between paragraphs that are only a page's number or a web page's buttons (with their line break)
    furniture: tuple[tuple[int, int], ...] = ()
    starts: tuple[int, ...] = ()  # each sentence's start
    # the cells of each line that is a row aligned by gaps, by the line's start: worked out once
    # here, read again by tablefind.find_tables
    aligned: dict[int, list[Cell]] = field(default_factory=dict, hash=False, compare=False)

    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return i if i > 0 else 0


def _lines(text: str, lo: int, hi: int):
    i = lo
    while i < hi:
        j = text.find("\n", i, hi)
        j = hi if j < 0 else j
        yield i, j
        i = j + 1


NUMBER_CHAR: Final = re.compile(r"[0-9０-９%％]")  # (not 一…十: 四季度重点工作)
HEADING_MAX: Final = 20  # a paragraph this short, without a sentence's end, is a heading


def layout(text: str, lo: int = 0, hi: int | None = None) -> Layout:
    hi = len(text) if hi is None else hi
    spans: list[tuple[int, int]] = []
    joins: list[tuple[int, int]] = []
    para_start: int | None = None
    last_end = 0
    # each line with its ends less blanks and whether it is a table's row (城关区    45.2    3.41,
    # 福州市 | 122.46: a line of its own), worked out once for the wrap width and the joins
    lines = []
    aligned: dict[int, list[Cell]] = {}
    for s, e in _lines(text, lo, hi):
        line = text[s:e]
        ls = s + (len(line) - len(line.lstrip()))
        le = s + len(line.rstrip())
        row = False
        if le > ls:
            cells = None if "|" in line else aligned_row(text, ls, le)
            if cells is not None:
                aligned[s] = cells
            row = cells is not None or "|" in line
        lines.append((s, e, ls, le, row))
    width = _wrap_widths(text, lines)
    heads = _running_heads(text, lines)
    prev_line = (0, 0)
    prev_row = prev_byline = prev_labelled = False
    furniture: list[tuple[int, int]] = []
    for s, e, ls, le, row in lines:
        line = text[s:e]
        if le <= ls:
            prev_line = (0, 0)
            continue
        if ls in heads:
            furniture.append((s, min(e + 1, hi)))  # a page's running head: the title again
            continue
        if len(line) <= FURNITURE_LINE_MAX and _may_be_furniture(line):
            stripped = line.strip()
            if _page_number().fullmatch(stripped) or _web_furniture().fullmatch(stripped):
                # a page's number or a web page's buttons are no line of the text: the lines
                # around may run on across it (the join then takes it out) or stand apart
                # (taken out alone)
                furniture.append((s, min(e + 1, hi)))
                continue
        # a page's byline (来源：…, 发布时间：2018-10-29) stands alone however long it is
        byline = byline_at(text, ls)
        # a line opening a list's item (▲, ●, 【…】, （一）, 一、; 万山区：… after 碧江区：…) is a line of
        # its own however wide the line before
        labelled = LABEL_LINE.match(text, ls) is not None
        own_line = (
            text[ls] in BULLETS
            or text[ls] == "\u3010"
            or LIST_START.match(text, ls) is not None
            or (labelled and prev_labelled)
        )
        prev_labelled = labelled
        may_join = not row and not prev_row and not byline and not prev_byline and not own_line
        prev_row, prev_byline = row, byline
        if (
            may_join
            and para_start is not None
            and (
                _runs_on(text, para_start, last_end)
                or _wrapped(text, prev_line, width)
                or (prev_line[1] > 0 and OPENS_NO_LINE.match(text, ls) is not None)
            )
        ):
            joins.append((last_end, ls))
            while furniture and furniture[-1][0] >= last_end:
                furniture.pop()  # inside the join
            last_end = le
            prev_line = (ls, le)
            continue
        prev_line = (ls, le)
        if para_start is not None:
            spans.append((para_start, last_end))
        para_start, last_end = ls, le
    if para_start is not None:
        spans.append((para_start, last_end))
    paragraphs = tuple(
        # (▲同比增长14.8%: a list's line, however short, is no heading; ■ 四季度重点工作, a bullet
        # before words without a number, is one)
        Paragraph(
            a,
            b,
            b - a <= HEADING_MAX
            and text[b - 1] not in SENTENCE_END + "，,"
            and (text[a] not in BULLETS or NUMBER_CHAR.search(text, a, b) is None),
        )
        for a, b in spans
    )
    sentences: list[Sentence] = []
    for pi, p in enumerate(paragraphs):
        s = p.start
        opens = True
        for m in ENDS.finditer(text, p.start, p.end):
            i = m.start()
            sentences.append(Sentence(s, i + 1, pi, opens))
            opens = text[i] in STRONG_END or text[i] == "."
            s = i + 1
        if s < p.end:
            sentences.append(Sentence(s, p.end, pi, opens))
    return Layout(
        paragraphs, tuple(sentences), tuple(joins), tuple(furniture), tuple(s.start for s in sentences), aligned
    )


HEAD_MIN: Final = 8  # a running head is a title: a line shorter than this may repeat by chance
TITLE_LINES: Final = 3  # the lines a title may be: a breadcrumb or a column's name may come first


def _running_heads(text: str, lines: list[tuple[int, int, int, int, bool]]) -> set[int]:
    """Where a line repeats the first line of the text (a PDF's running head, printed on each
    page above its text): those repeats, not the first, which is the title."""
    firsts = [(ls, le) for _, _, ls, le, _ in lines if le > ls]
    if len(firsts) < 3:
        return set()
    titles = [t for ls, le in firsts[:TITLE_LINES] if len(t := text[ls:le]) >= HEAD_MIN and t[-1] not in SENTENCE_END]
    if not titles:
        return set()
    first = text[firsts[0][0] : firsts[0][1]]
    heads = set()
    for k in range(1, len(firsts)):
        ls, le = firsts[k]
        line = text[ls:le]
        if line not in titles or (line != first and k < TITLE_LINES):
            continue
        # the first line again anywhere; a title under a web page's breadcrumb (one of the
        # first lines) only right after a page's number: a heading may repeat a line near the top
        if line == first or _page_number().fullmatch(text[firsts[k - 1][0] : firsts[k - 1][1]].strip()):
            heads.add(ls)
    return heads


def _may_be_furniture(line: str) -> bool:
    """Whether a line could be a page's number or a web page's furniture (a cheap test first:
    most short lines are a table's rows or headings)."""
    first = line.lstrip()[:1]
    return first in _furniture_first() or ">" in line or "»" in line or "＞" in line


@cache
def _furniture_first() -> frozenset[str]:
    """The characters a line of a page's number or a web page's furniture may begin with."""
    w = table("cues")["page"]
    words = [*w["counters"], *w["buttons"], *w["font_labels"], *w["nav_leads"], *w["number_before"], *w["neighbours"]]
    return first_chars(words) | frozenset("-—－–|/、【[(")


@cache
def _byline() -> Pattern:
    """A line of a page's own that names its source or date: 来源：株洲日报, 发布时间：2024-03-15."""
    w = table("placewords")["source"]
    return compile_pattern(rf"(?:{alternation(w['markers'] + w['date_labels'])})\s*[:：]")


def byline_at(text: str, pos: int) -> bool:
    """Whether a page's byline (来源：…, 发布时间：2018-10-29) opens at pos."""
    return _byline().match(text, pos) is not None


@cache
def _web_furniture() -> Pattern:
    """A line of a web page's counters and buttons only (浏览次数：1528 字号：[大 中 小] 【打印】),
    of its navigation, or a link to the page before or after it (上一篇：…)."""
    w = table("cues")["page"]
    sizes = rf"[\s\[【(（]*(?:(?:{alternation(w['font_sizes'])})\s*)*[\]】)）]?"
    item = (
        rf"(?:{alternation(w['counters'])})[:：]?\s*(?:[0-9.]+(?:{alternation(w['counter_units'])})?)?"
        rf"|(?:{alternation(w['buttons'])})[:：]?"
        rf"|(?:{alternation(w['font_labels'])})[:：]?{sizes}"
    )
    part = r"\s*[^>»＞。，,；;\s][^>»＞。，,；;]{0,15}?\s*"
    nav = rf"(?:(?:{alternation(w['nav_leads'])})[:：]?\s*)+(?:[>»＞]+{part})*|{part}(?:[>»＞]+{part}){{2,}}"
    neighbour = rf"(?:{alternation(w['neighbours'])})[:：].*"
    return compile_pattern(rf"{nav}|{neighbour}|(?:[\s|/、【】\[\]()]*(?:{item}))+[\s|/、【】\[\]()]*")


@cache
def _page_number() -> Pattern:
    """A line that is only a page's number: - 2 -, — 3 —, 第2页, 第 2 页 共 10 页."""
    w = table("cues")["page"]
    before, after, pages = (alternation(w[k]) for k in ("number_before", "number_after", "pages_before"))
    n = r"\s*[0-9]{1,3}\s*"
    return compile_pattern(rf"[-—－–]{n}[-—－–]|(?:{before}){n}(?:{after})(?:\s*[/,，]?\s*(?:{pages}){n}(?:{after}))?")


# A space typed between Chinese and a number (在 2023 年, 达到 120 家, 增长 12% 的): how some
# editors and PDFs set text, no break between words. Only a single space: a run of them (or a
# tab) sets a table's cells apart.
TYPESET_SPACE: Final = compile_pattern(r"(?<=\p{Han})[ ](?=[0-9])|(?<=[0-9%‰])[ ](?=\p{Han})|(?<=[0-9])[ ](?=[%‰])")


def typeset_spaces(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the spaces typeset between Chinese and a number, in order."""
    found = tuple(m.span() for m in TYPESET_SPACE.finditer(text))
    if not found:
        return found
    rows = [m.span() for m in SPACED_ROW.finditer(text)]
    if not rows:
        return found
    return tuple(g for g in found if not any(a <= g[0] < b for a, b in rows))


def close_up(text: str, gaps: tuple[tuple[int, int], ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """text with each gap taken out, ascending spans (one inside another goes with it): a line
    break inside a paragraph and the blanks around it (Layout.joins), a line of a page's
    furniture (Layout.furniture) or a typeset space (typeset_spaces). A gap closes as
    lines.joiner joins lines (Chinese with nothing, two Latin words with a space): the words and
    figures a wrap or a space cut (增⏎加, 1⏎86.43亿元, 广⏎东, 120 家) are whole again for every
    rule. Also the shifts back to text's offsets: (position in the closed-up text, characters
    removed before it), ascending."""
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = removed = 0
    for a, b in gaps:
        if a < last:
            continue  # inside the gap before (a space in 第 2 页)
        glue = joiner(text[a - 1 : a], text[b : b + 1])
        pieces += [text[last:a], glue]
        removed += b - a - len(glue)
        shifts.append((b - removed, removed))
        last = b
    pieces.append(text[last:])
    return "".join(pieces), tuple(shifts)


# (a decimal such as 86.43 at a line's start is a figure cut by the wrap, not item 86.)
LABEL_LINE: Final = compile_pattern(r"\p{Han}{2,6}[:：]")  # 万山区：技术合同成交额2.16亿元
LIST_START: Final = compile_pattern(
    r"\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十0-9]+(?:[)）、]|\.(?!\d))|——|第[一二三四五六七八九十]+[章节条])"
)


NARROW: Final = "0123456789.%"  # half as wide as a Chinese character on a page (counted by str.count)


def _visual(text: str, s: int, e: int) -> float:
    """The width of text[s:e] on a page, in Chinese characters (digits count half)."""
    line = text[s:e]
    return (e - s) - 0.5 * sum(line.count(ch) for ch in NARROW)


def _wrap_widths(text: str, lines: list[tuple[int, int, int, int, bool]]) -> tuple[float, float]:
    """The width text was wrapped at, counted in characters (a text file cut at N characters) and
    as a page sets them (a PDF, its digits half as wide), each 0 when lines show none."""
    rows = [(ls, le) for _, _, ls, le, row in lines if le - ls >= 8 and not row]
    return _wrap_width([le - ls for ls, le in rows]), _wrap_width([_visual(text, ls, le) for ls, le in rows])


def _wrap_width(lengths: list[float]) -> float:
    """The width many lines share (text from a PDF: many lines of the same length), or 0."""
    # (a table's rows are laid out, not wrapped: their lengths say nothing of a page's width)
    lengths.sort()
    if len(lengths) < 5:
        return 0
    width = lengths[int(len(lengths) * 0.8)]
    # digits are narrower than characters, so a wrapped line's count varies a little
    near = sum(1 for n in lengths if abs(n - width) <= max(2, width * 0.12))
    # (a PDF page holds 20 to 60 characters a line; longer "lines" are whole paragraphs)
    return width if 16 <= width <= 60 and near >= max(4, len(lengths) // 4) else 0


def _wrapped(text: str, line: tuple[int, int], width: tuple[float, float]) -> bool:
    """A full-width line that stops without a full stop goes on in the next line (a paragraph
    ends with one; a line that ends with ； at the wrap width only happens to)."""
    s, e = line
    return (
        any(width)
        and e > s
        and ((width[0] > 0 and e - s >= width[0] * 0.85) or (width[1] > 0 and _visual(text, s, e) >= width[1] * 0.85))
        and text[e - 1] not in STRONG_END + "：:…"
        and "|" not in text[s:e]
        and not LIST_START.match(text, e + 1)
    )


def _runs_on(text: str, start: int, end: int) -> bool:
    """A long line cut without punctuation continues on the next line (text from PDFs):
    text[start:end], the paragraph so far, ends without blanks."""
    return (
        end - start >= SOFT_BREAK_MIN
        and text[end - 1] not in SENTENCE_END + "”\"'）)】]:：…"
        and not (text[end - 1] == "." and FULL_STOP.match(text, end - 1, end + 1))  # 增长10.2%.⏎
        and text.find("|", start, end) < 0
    )


# --- scope -----------------------------------------------------------------------------------
