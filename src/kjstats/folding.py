"""The folded text every rule reads: same length as the document, so offsets stay valid.

Full-width forms become ASCII; years in Chinese numerals (二〇二三年) become digits; straight double quotes around Chinese words become “”; traditional characters become
simplified (OpenCC's t2s, a well-kept converter, used character for character where a phrase
conversion would change the length); invisible format characters (a soft hyphen, a zero-width
space or joiner inside a number) become SOFT_BREAK, which numbers and names look through.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Final

# Stands for a line break inside a paragraph, or an invisible character: transparent to
# numbers and names.
SOFT_BREAK: Final = "\u200b"
# Text outside these ranges never changes under t2s: skipping it keeps folding cheap.
HAN: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def _converter():
    import opencc  # imported on first use: ~20 ms, paid only by texts with Chinese characters

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplified_char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


@cache
def _traditional() -> re.Pattern:
    """The characters t2s changes, found once by converting every character of HAN's ranges
    (a few milliseconds): a text with none of them needs no conversion, which most texts,
    written in simplified characters, are spared."""
    chars = [chr(c) for lo, hi in ((0x3400, 0x9FFF), (0xF900, 0xFAFF)) for c in range(lo, hi + 1)]
    # one per line, so that no two neighbours are read as a phrase
    out = _converter().convert("\n".join(chars)).split("\n")
    changed = [a for a, b in zip(chars, out) if a != b] if len(out) == len(chars) else chars
    return re.compile("[" + re.escape("".join(changed)) + "]")


def has_traditional(text: str) -> bool:
    """Whether text holds a character t2s changes (a traditional text, or one quoting one)."""
    return bool(HAN.search(text)) and _traditional().search(text) is not None


def to_simplified(text: str) -> str:
    """text in simplified characters, of the same length (a phrase whose conversion would
    change the length is converted character by character)."""
    if not has_traditional(text):
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    return "".join(_simplified_char(c) if HAN.match(c) else c for c in text)


@cache
def _table() -> dict[int, int]:
    """One-for-one folds: the full-width forms of ASCII (Ｒ＆Ｄ, ２５．９, ％), the ideographic
    space, and the corner quotes of traditional text (「」『』) as the curly quotes (“”‘’) the
    rules read."""
    out = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    out[0x3000] = 0x20
    out |= {0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x2018, 0x300F: 0x2019}
    return out


@cache
def _invisible() -> re.Pattern:
    chars = [chr(c) for c in range(0x2000, 0x2070) if unicodedata.category(chr(c)) == "Cf"]
    chars += ["\u00ad", "\ufeff", "\u180e", "\u034f", "\u061c"]
    return re.compile("[" + re.escape("".join(chars)) + "]")


@cache
def _foldable() -> re.Pattern:
    return re.compile("[" + re.escape("".join(chr(c) for c in _table())) + "]")


# A pair of straight double quotes around Chinese words, as web pages and plain-text exports
# set “科创10条”: read as the curly pair every rule knows (paired left to right within a line).
# A quotation neither opens nor closes on a space (12" 与 "ab" is an inch mark and a word).
STRAIGHT_QUOTED: Final = re.compile(r'"(?=[^"\n]*[\u3400-\u9fff])([^"\s](?:[^"\n]*[^"\s])?)"')


@cache
def _zh_year() -> re.Pattern:
    """A year written digit by digit in Chinese numerals (二〇二三年, 二零二四年): four digits, the
    first of them one or two, before the character for year."""
    from .lexicon import table
    from .numerals import PLACE_DIGITS

    digits = "".join(PLACE_DIGITS)
    first = "".join(c for c, v in PLACE_DIGITS.items() if v in (1, 2))
    year = table("timewords")["words"]["year_char"][0]
    return re.compile(f"(?<![{digits}])[{first}][{digits}]{{3}}(?={year})")


def _digits(m: re.Match) -> str:
    from .numerals import PLACE_DIGITS

    return "".join(str(PLACE_DIGITS[c]) for c in m.group())


def _curly(m: re.Match) -> str:
    return "\u201c" + m.group(1) + "\u201d"


@cache
def _regional() -> tuple[re.Pattern, dict[str, str]]:
    """Hong Kong, Macao and Taiwan words for a comparison (按年增長 = 同比增长) before the change
    they compare: the mainland word of the same length (data/cues.toml [regional])."""
    from .lexicon import alternation, table

    r = table("cues")["regional"]
    words = {k: v for k, v in r["comparisons"].items() if len(k) == len(v)}
    return re.compile(f"(?:{alternation(words)})(?=[{r['change_after']}])"), words


def _mainland(m: re.Match) -> str:
    return _regional()[1][m.group()]


def fold(text: str) -> str:
    """The folded copy of text (same length). Each distinct character that folds is replaced
    throughout at once (str.translate would look up every character)."""
    fold_map = _table()
    for ch in set(_foldable().findall(text)):
        text = text.replace(ch, chr(fold_map[ord(ch)]))
    if '"' in text:
        text = STRAIGHT_QUOTED.sub(_curly, text)
    if _zh_year().search(text):
        text = _zh_year().sub(_digits, text)  # the time grammar reads years in digits
    if _invisible().search(text):
        text = _invisible().sub(SOFT_BREAK, text)
    text = to_simplified(text)
    regional, _ = _regional()
    return regional.sub(_mainland, text) if regional.search(text) else text
