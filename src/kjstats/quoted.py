"""Whether a span of text stands inside a document's title (《2020年全国科技经费投入统计公报》) or a
quoted name (“科技新政40条”): what stands there names the document or the thing, not a figure's
place or a figure."""

from __future__ import annotations

from typing import Final

TITLE_SPAN: Final = 40  # how far a title's brackets may stand from what is inside it


def in_title(t: str, pos: int, end: int = -1) -> bool:
    """Whether pos stands after a document's title opens (发布《2020年全国科技经费投入统计公报》:
    a place there names the document), and, given end, the title closes after end."""
    lo = max(0, pos - TITLE_SPAN)
    opened = t.rfind("《", lo, pos) > t.rfind("》", lo, pos)
    return opened and (end < 0 or "》" in t[end : end + TITLE_SPAN])


def in_a_name(t: str, lo: int, start: int, end: int) -> bool:
    """Whether t[start:end] stands inside a quoted name (“科技新政40条”) or a document's title."""
    q = t.rfind("“", max(lo, start - 12), start)
    if q >= 0 and "”" not in t[q:start] and "”" in t[end : end + 6]:
        return True
    return in_title(t, start, end)


def in_quotation(t: str, pos: int) -> bool:
    """Whether pos stands inside a quotation opened earlier in its line (“…去年我们用了6万元…”:
    someone's words, whose times are the speaker's), with curly or straight quotes."""
    start = t.rfind("\n", 0, pos) + 1
    line = t[start:pos]
    return line.rfind("\u201c") > line.rfind("\u201d") or line.count('"') % 2 == 1
