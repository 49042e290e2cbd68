"""Lists of short lines written without punctuation, one figure or label per line, as social
media posts set their figures (2024年全市全社会R&D经费⏎9.74亿元⏎同比增长15.3%): each line
break of such a block is a clause break, so the block reads as one sentence (the line before a
bare amount names it, a time line holds for the lines after it)."""

from __future__ import annotations

from typing import Final

from .layout import BULLETS, LABEL_LINE, LIST_START, Layout, byline_at
from .lexicon import compile_pattern, table
from .tablefind import SPACED_ROW

LINE_MAX: Final = 30  # a line of such a list is short: longer lines are prose that wraps
LINES_MIN: Final = 3  # ... and a list has at least this many
CLAUSE_COMMA: Final = "\uff0c"  # what each line break becomes (folded to ",")
BLOCK_END: Final = "\u3002"  # ... and the one after the block's last line, when a blank line follows
# A line ending in one of these ends a sentence or a clause itself: no list of bare lines.
ENDS_ITSELF: Final = "。！？!?；;，,、：:"
# A line that is only a number is a table's cell (a table flattened to one cell per line), and
# one opening with a section's number (01 研发投入, 一、) heads the lines after it.
BARE_NUMBER: Final = compile_pattern(r"[-+]?[0-9][0-9.,]*%?")
FIGURE_DIGIT: Final = compile_pattern(
    rf"[0-9](?![0-9.]*[{''.join(table('timewords')['words']['date_chars'])}])"
)  # of no date
NUMBERED_HEAD: Final = compile_pattern(r"(?:0[1-9][ \u3000]*|[0-9]{1,2}[ \u3000]+)\p{Han}")


def clause_breaks(text: str, lay: Layout) -> tuple[int, ...]:
    """The positions of the line breaks (text[i] == "\\n") that are clause breaks: inside a block
    of at least LINES_MIN lines, none past LINE_MAX characters, no blank line between, where no
    line but the last ends in punctuation, none is a table's row or a bare number, none opens
    with a bullet, and one holds a digit. The title's block is left alone, and a block's first
    line that numbers a section stays its heading."""
    out: list[int] = []
    block: list[tuple[int, int]] = []
    for k, p in enumerate(lay.paragraphs):
        if block and text.count("\n", block[-1][1], p.start) == 1 and not text[block[-1][1] : p.start].strip():
            block.append((p.start, p.end))
            continue
        out += _block_breaks(text, lay, block)
        block = [(p.start, p.end)] if k > 0 else []
    out += _block_breaks(text, lay, block)
    return tuple(out)


def _block_breaks(text: str, lay: Layout, block: list[tuple[int, int]]) -> list[int]:
    if block and (NUMBERED_HEAD.match(text, block[0][0]) or LIST_START.match(text, block[0][0])):
        block = block[1:]
    if len(block) < LINES_MIN:
        return []
    for i, (s, e) in enumerate(block):
        line, line_start = text[s:e], text.rfind("\n", 0, s) + 1
        if (
            e - s > LINE_MAX
            or (i < len(block) - 1 and line[-1] in ENDS_ITSELF)
            or line[0] in BULLETS
            or LABEL_LINE.match(text, s)  # (来源：…, 万山区：…: labelled lines stand alone)
            or byline_at(text, s)
            or BARE_NUMBER.fullmatch(line.strip())
            or line_start in lay.aligned
            or "|" in line
            or "\t" in line
            or SPACED_ROW.match(text, line_start)  # (南宁市 98.6 1.62: a table's row)
        ):
            return []
    if not any(FIGURE_DIGIT.search(text, s, e) for s, e in block):
        return []  # (2025年上半年⏎…交出一份亮眼答卷: a lead's lines, no list of figures)
    out = [text.index("\n", e) for (_, e) in block[:-1]]
    # (the block ends its sentence: the lines after a blank line do not run on from it)
    end = text.find("\n", block[-1][1])
    if 0 <= end < len(text) - 1 and text[end + 1] == "\n" and text[block[-1][1] - 1] not in ENDS_ITSELF:
        out.append(end)
    return out


def with_clause_breaks(text: str, breaks: tuple[int, ...]) -> str:
    """text with each of those line breaks written as a comma (one character for one: offsets
    stay)."""
    chars = list(text)
    for i in breaks:
        # (between two digits a comma would be read as a thousands separator: 元1⏎100.00元)
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        chars[i] = BLOCK_END if text.startswith("\n\n", i) or between_digits else CLAUSE_COMMA
    return "".join(chars)
