"""parse_number: one whole numeral expression (Arabic, Chinese or mixed) to an exact Decimal.

    >>> parse_number("16.4亿")
    Decimal('1640000000')
    >>> parse_number("两千四百五"), parse_number("一百万又五十万分之二十五")
    (Decimal('2450'), Decimal('1000000.00005'))

What is accepted (spaces anywhere are ignored, full-width ASCII is read as ASCII):

* Arabic: ``10.233``, ``.5``, ``1,050,000,000`` (commas only in thousands position),
  ``2e5``, ``12.32e+14``, ``2^5``, ``-1.1^--23`` (a run of signs in a power's exponent),
  ``-3/2``, ``40k``.
* Chinese, simplified, traditional and financial: ``两千四百五``, ``千三``, ``一万三``
  (a last bare digit is one unit below the unit before it), ``五兆六十二亿``
  (兆 = 10^12), ``四万万``, ``一万五千亿``, ``半百``, ``五十打``, ``十五点七``,
  ``二〇二〇`` (digits read place by place when there are three or more, or a 〇/零).
* Mixed: ``4.78万亿``, ``3万4000``, ``2千零30万``, ``1,100.9亿``.
* Approximation words give the base value: ``十余万`` = 100000, ``二十几万`` = 200000,
  ``7000余`` = 7000 (the caller records the approximation itself).
* Fractions: ``五分之一``, ``百分之二十`` (= 0.2), ``万分之五``, ``负一又二分之一``.
* A leading ``-``, ``+``, ``负`` or ``負``.

Results are exact; a result that has no finite decimal expansion (1/3, 3/4200) is
rounded to 15 significant digits.  The result is canonical: ``4.800`` gives
``Decimal('4.8')``, ``16.4亿`` gives ``Decimal('1640000000')``.

Everything else raises ``ValueError`` (and only ``ValueError``; a non-``str`` argument
raises ``TypeError``), notably:

* text that is not exactly one number: ``2020年``, ``第二``, ``1~3``, ``5+3``, ``万``;
* two Chinese digits side by side with no unit (``三四``: read as "three or four"),
  and whitespace between two Arabic digits/separators (``1 2``);
* malformed or ambiguous Chinese: units out of order (``十十``, ``三万四万``), a bare
  ``十`` after a unit (``一百十``; write ``一百一十``), ``两`` not before 百/千/万/亿
  (``八百两`` is 800 taels), a leading or doubled ``零`` (``〇千一``, ``一千零零五``),
  a several-digit Arabic number after a unit that does not fill its places (``1千20``:
  1020 or 1200? ``1千零20`` and ``3万4000`` are fine), ``亿万``, ``亿兆``;
* a leading ``几`` (``几十万``: no base value), a lone ``半``, anything after an
  approximation word except a big unit (``十余万三千``);
* percent signs (``3%``): the caller strips them;
* resource limits, so that any input is handled in linear time and bounded memory:
  more than MAX_LEN characters (whitespace aside), an Arabic literal of more than
  MAX_DIGITS digits (so a 200,000-digit string is a ValueError, at once), an exponent
  beyond +-MAX_EXP, a power whose exact value would need more than _POW_DIGITS digits,
  and any result whose magnitude is above 10^MAX_EXP or below 10^-MAX_EXP.
* Powers are computed exactly: ``1.1^23`` is ``8.95430243255237372246531``.  (The
  Recognizers-Text suite expects ``8.95430243255239``, the double-precision value.)
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction
from typing import Any

__all__ = ["parse_number", "MAX_DIGITS", "MAX_EXP", "MAX_LEN"]

MAX_LEN = 4000  # characters after whitespace removal; no real numeral comes close
MAX_DIGITS = 1000  # digits in one Arabic literal, in a 点 fraction, or read place by place
MAX_EXP = 1000  # |exponent| of e/^ notation and of Chinese units; results within 10^+-MAX_EXP
_POW_DIGITS = 4000  # a power's exact numerator/denominator may have at most this many digits
_SIG_DIGITS = 15  # significant digits kept for results with no finite decimal expansion

_TOP = 10**MAX_EXP
_BOTTOM = Fraction(1, _TOP)
# Exact conversions: wide enough for every value the limits above let through.
_EXACT = decimal.Context(prec=4 * (MAX_DIGITS + _POW_DIGITS + MAX_EXP), Emax=10**6, Emin=-(10**6))
_ROUNDED = decimal.Context(prec=_SIG_DIGITS, rounding=decimal.ROUND_HALF_EVEN, Emax=10**6, Emin=-(10**6))

# Full-width ASCII (U+FF01..U+FF5E: "１２３．５", "1，234") is ASCII shifted by 0xFEE0;
# the ideographic space and the minus sign U+2212 are folded too.  No NFKC: it would
# turn "10²" into "102".
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = ord(" ")
_WIDTH[0x2212] = ord("-")

_ARABIC = frozenset("0123456789.,")  # characters of an Arabic literal
_DIGITS = frozenset("0123456789")
_SIGNS = {"-": True, "负": True, "負": True, "+": False}  # leading sign -> negative?

# Every character the Chinese grammar knows, as (kind, value):
#   d digit 1-9, z zero, u small unit (power of ten), b big unit (power of ten),
#   p decimal point, x approximation word (adds nothing), j 几 (an unknown digit, read 0),
#   h 半 (half, only as a multiplier), dz 打 (a dozen, only last).
_CHAR_KIND: dict[str, tuple[str, Any]] = {}
for _chars, _v in (
    ("一壹", 1),
    ("二贰貳两兩俩倆", 2),
    ("三叁參叄", 3),
    ("四肆", 4),
    ("五伍", 5),
    ("六陆陸", 6),
    ("七柒", 7),
    ("八捌", 8),
    ("九玖", 9),
):
    for _c in _chars:
        _CHAR_KIND[_c] = ("d", _v)
_UNITS: tuple[tuple[str, str, Any], ...] = (
    ("零〇", "z", 0),
    ("十拾", "u", 1),
    ("百佰", "u", 2),
    ("千仟", "u", 3),
    ("万萬", "b", 4),
    ("亿億", "b", 8),
    ("兆", "b", 12),
    ("点點", "p", None),
    ("余餘多来來", "x", None),
    ("几幾", "j", 0),
    ("半", "h", Fraction(1, 2)),
    ("打", "dz", 12),
)
for _chars, _kind, _v in _UNITS:
    for _c in _chars:
        _CHAR_KIND[_c] = (_kind, _v)
# Digits that may be read place by place ("二〇二〇", and after 点): not 两/财务 forms.
PLACE_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
PLACE_DIGITS["零"] = 0
_LIANG = frozenset("两兩俩倆")  # 2 only before 百/千/万/亿 (两千), or alone; 八百两 is 800 taels
# What may follow: after 几 only units (二十几万); after 余/多 or 半百 only big units
# (十余万); after a unit with a fractional multiplier big units or 余/多 (1.5万多).
_AFTER_JI = frozenset("ub")
_ONLY_BIG = frozenset("b")
_AFTER_DECIMAL_BIG = frozenset(("b", "x"))
del _chars, _kind, _v, _c


def exact_product(a: Decimal, b: Decimal) -> Decimal:
    """a × b with every digit kept (Decimal's default context rounds at 28 digits)."""
    return _EXACT.multiply(a, b)


def _no(s: str) -> ValueError:
    return ValueError(f"not a number: {s[:80]!r}")


def parse_number(s: str) -> Decimal:
    """Exact value of the one numeral expression `s`; ValueError when `s` is not exactly one number."""
    if not isinstance(s, str):
        raise TypeError(f"parse_number expects str, not {type(s).__name__}")
    try:
        value = _parse(s)
    except ArithmeticError as e:  # belt and braces: an arithmetic failure means "not a number"
        raise _no(s) from e
    return _to_decimal(value)


def _parse(s: str) -> Fraction:
    parts = s.translate(_WIDTH).split()
    if not parts:
        raise _no(s)
    for a, b in zip(parts, parts[1:]):
        if a[-1] in _ARABIC and b[0] in _ARABIC:  # "1 2", "1, 234": two numbers, not one
            raise _no(s)
    body = "".join(parts)
    if len(body) > MAX_LEN:
        raise _no(s)
    negative = _SIGNS.get(body[0])
    spaced = len(parts) > 1  # no place-by-place reading across spaces: "一 二 三"
    if negative is not None:
        body = body[1:]
        spaced = len(parts) > (2 if len(parts[0]) == 1 else 1)
    if not body:
        raise _no(s)
    if "^" in body:
        value = _power(body)
    elif "e" in body or "E" in body:
        value = _scientific(body)
    elif "/" in body:
        num, _, den = body.partition("/")
        d = _literal(den)[0]
        if d == 0:
            raise _no(s)
        value = _literal(num)[0] / d
    elif "分之" in body or "又" in body:
        value = _fraction(body, spaced)
    else:
        value = _numeral(body, spaced)
    if value and not _BOTTOM <= abs(value) <= _TOP:
        raise _no(s)
    return -value if negative else value


def ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    """numerator / denominator as parse_number gives a fraction: exact when its expansion
    terminates, else to 15 significant digits (三分之二 of a whole: 66.6666666666667%)."""
    return _to_decimal(Fraction(numerator) / Fraction(denominator))


def _to_decimal(value: Fraction) -> Decimal:
    """Exact when the decimal expansion terminates, else 15 significant digits; canonical form."""
    n, d = value.numerator, value.denominator
    twos = (d & -d).bit_length() - 1
    rest = d >> twos
    fives = 0
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest == 1:
        k = max(twos, fives)
        result = Decimal(n * (10**k // d)).scaleb(-k, _EXACT)
    else:
        result = _ROUNDED.divide(Decimal(n), Decimal(d))
    result = result.normalize(_EXACT)
    if int(result.as_tuple().exponent) > 0:  # 1.64E+9 -> 1640000000 (finite: never n, N or F)
        result = result.quantize(Decimal(1), context=_EXACT)
    return result


def _literal(s: str) -> tuple[Fraction, bool]:
    """An Arabic literal "1,234.5" -> (value, is_integer).  Commas only in thousands position."""
    whole, dot, frac = s.partition(".")
    if not whole and not frac or dot and not frac:  # "", ".", "1."
        raise _no(s)
    if not set(frac) <= _DIGITS:  # "1.2.3", "1.2,3"
        raise _no(s)
    if "," in whole:
        groups = whole.split(",")
        if not 1 <= len(groups[0]) <= 3 or groups[0][0] == "0" or any(len(g) != 3 for g in groups[1:]):
            raise _no(s)
        whole = "".join(groups)
    if not set(whole) <= _DIGITS or len(whole) + len(frac) > MAX_DIGITS:
        raise _no(s)
    scale = 10 ** len(frac)
    return Fraction(int(whole or "0") * scale + int(frac or "0"), scale), not dot


def _exponent(s: str, sign_run: bool) -> int:
    """Signed integer exponent; `sign_run` allows "--23" (signs multiply)."""
    i, negative = 0, False
    while i < len(s) and s[i] in "+-" and (sign_run or i == 0):
        negative ^= s[i] == "-"
        i += 1
    digits = s[i:]
    if not digits or len(digits) > 6 or not set(digits) <= _DIGITS:
        raise _no(s)
    n = int(digits)
    if n > MAX_EXP:
        raise _no(s)
    return -n if negative else n


def _power(body: str) -> Fraction:
    base_s, _, exp_s = body.partition("^")
    base = _literal(base_s)[0]
    n = _exponent(exp_s, sign_run=True)
    if base == 0 and n <= 0:
        raise _no(body)
    size = max(base.numerator.bit_length(), base.denominator.bit_length()) * abs(n)
    if size > _POW_DIGITS * 3.33:  # bits; 1 digit ~ 3.32 bits
        raise _no(body)
    return base**n


def _scientific(body: str) -> Fraction:
    mant, _, exp_s = body.replace("E", "e").partition("e")
    return _literal(mant)[0] * Fraction(10) ** _exponent(exp_s, sign_run=False)


def _fraction(body: str, spaced: bool) -> Fraction:
    """[W又]A分之B = W + B/A."""
    whole, has_whole, rest = body.partition("又")
    if not has_whole:
        whole, rest = "", body
    den_s, sep, num_s = rest.partition("分之")
    if not sep or has_whole and not whole or "又" in rest or "分之" in num_s:
        raise _no(body)
    den = _numeral(den_s, spaced, bare_unit=True)
    if den == 0:
        raise _no(body)
    value = _numeral(num_s, spaced) / den
    return value + _numeral(whole, spaced) if whole else value


def _numeral(body: str, spaced: bool, bare_unit: bool = False) -> Fraction:
    """Chinese, Arabic or mixed integer/decimal; `bare_unit` lets "万" stand for 10^4 (in 万分之五)."""
    if not body:
        raise _no(body)
    if body[-1] in "kK":
        return _literal(body[:-1])[0] * 1000
    if len(body) > 1 and all(c in PLACE_DIGITS for c in body):
        return _place_value(body, spaced)
    toks: list[tuple[str, Any, str]] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c in _ARABIC:
            j = i + 1
            while j < n and body[j] in _ARABIC:
                j += 1
            value, is_int = _literal(body[i:j])
            kind = ("a1" if j - i == 1 else "a") if is_int else "ad"
            toks.append((kind, value, body[i:j]))
            i = j
            continue
        tok = _CHAR_KIND.get(c)
        if tok is None:
            raise _no(body)
        toks.append((*tok, c))
        i += 1
    factor = 1
    if toks[-1][0] == "dz":
        factor = 12
        toks.pop()
    return _units(toks, body, bare_unit) * factor


def _place_value(body: str, spaced: bool) -> Fraction:
    """二〇二〇 = 2020.  Two digits without a zero (三四) read as "three or four": rejected."""
    if spaced or len(body) > MAX_DIGITS or len(body) == 2 and "零" not in body and "〇" not in body:
        raise _no(body)
    return Fraction(int("".join(str(PLACE_DIGITS[c]) for c in body)))


def _units(toks: list[tuple[str, Any, str]], body: str, bare_unit: bool) -> Fraction:
    """Evaluate a token list of digits, units and Arabic literals, left to right.

    groups holds [value, power, last unit's power, multiplier had a fraction] for each big
    unit (万/亿/兆, or a compound like 万亿) seen, powers strictly decreasing.  sec is the
    value built from 十/百/千 since the last big unit; pend is the digit or literal not yet
    bound to a unit: (kind, value, after a 零, power of the unit just before it or None, text).
    """
    bad = _no(body)
    groups: list[list] = []
    sec: Fraction | int = 0
    sec_unit: int | None = None  # power of the last small unit in this section
    pend: tuple | None = None
    zero = False  # a 零 since the last unit
    prev = ""  # kind of the previous token
    prev_pow: int | None = None  # its power, when it was a unit
    definite = False  # a digit, 零 or unit seen (几 and 余/多 do not count)
    approx = False  # 几 or 余/多 seen (at most once)
    point = False
    allowed: frozenset | None = None  # token kinds that may still follow (None: any)

    def narrow(kinds: frozenset) -> frozenset:
        return kinds if allowed is None else allowed & kinds

    def resolve(before: str) -> Fraction | int:
        """Value of the current section, binding the pending digit; `before` is b, p or end."""
        if pend is None:
            x = sec
        else:
            kind, v, after_zero, ppow, text = pend
            if kind == "h":
                raise bad  # a lone 半
            bare = kind in ("d", "a1", "j") and not after_zero and ppow is not None and ppow >= 2
            if bare and ppow >= 4 and before == "p":
                raise bad  # 九十二万四点五
            if bare and not (ppow >= 4 and before == "b"):  # 5亿1万: the 1 counts 万
                c = v * 10 ** (ppow - 1)  # 两千四百五: the 五 is 五十; 一万三 is 13000
            else:
                if kind == "ad" and (sec_unit is not None or before != "b" and groups):
                    raise bad  # 一百2.5, 1万2.5
                if kind == "a" and ppow is not None and not after_zero and len(text) - text.count(",") != ppow:
                    raise bad  # 3万4000 fills the places below 万; 1千20 and 8万64 are unclear
                if sec_unit is not None and v >= 10**sec_unit:
                    raise bad  # 一千零2000
                c = v
            x = sec + c
        if groups and x >= 10 ** groups[-1][1]:
            raise bad  # 3万40000
        return x

    i, n = 0, len(toks)
    while i < n:
        kind, v, text = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if allowed is not None and kind not in allowed:
            raise bad
        if kind in ("d", "a", "a1", "ad", "j", "h"):
            if pend is not None:
                raise bad  # 三四, 12三
            if kind == "j":
                if approx or not definite:
                    raise bad  # 几十万: no base value
                approx = True
                allowed = narrow(_AFTER_JI)
            elif kind == "h" and (definite or nxt is None or nxt[0] != "u"):
                raise bad  # 半 only as a leading multiplier: 半百
            elif text in _LIANG and (
                nxt is None and definite or nxt is not None and not (nxt[0] == "b" or nxt[0] == "u" and nxt[1] >= 2)
            ):
                raise bad  # 两 counts hundreds and up: 八百两 is taels, 两十 is wrong
            elif kind == "a1" and v == 0 and definite:
                raise bad  # 9千0, 8万亿〇0
            if kind != "j":
                definite = True
            pend = (kind, v, zero, prev_pow if prev in ("u", "b") else None, text)
            prev, prev_pow = "v", None
        elif kind == "z":
            if pend is not None or zero or prev_pow == 1:
                raise bad  # 一零, 零零, 十零八
            if not definite and nxt is not None and nxt[0] != "p" and nxt[2] not in ("十", "拾"):
                raise bad  # 〇千一: a leading 零 only in 零点五 and 零十
            zero = definite = True
            prev, prev_pow = "z", None
        elif kind == "u":
            if pend is None:
                if definite and not (v == 1 and zero):
                    raise bad  # a bare 十/百/千 leads the numeral, or 十 follows 零
                mult = 1
            else:
                pk, mult = pend[0], pend[1]
                if pk in ("a", "pt") or pk in ("a1", "ad") and not 0 < mult < 10:
                    raise bad  # 15千, 0千
                if pk == "h":
                    allowed = narrow(_ONLY_BIG)  # 半百, 半百万; not 半千二
                elif pk == "ad":
                    allowed = narrow(_AFTER_DECIMAL_BIG)  # 1.5千, 1.5千万; not 3.6百53
            if sec_unit is not None and v >= sec_unit:
                raise bad  # 十十, 百千
            sec += mult * 10**v
            sec_unit, pend, zero, definite = v, None, False, True
            prev, prev_pow = "u", v
        elif kind == "b":
            if prev == "b":  # 万亿, 万万: one compound unit
                top = groups[-1]
                if v < top[2] or v > 8:
                    raise bad  # 万万, 万亿, 亿亿 only: 亿万 and 亿兆 are idioms for "countless"
                top[0] *= 10**v
                top[1] += v
                top[2] = v
                if top[1] > MAX_EXP:
                    raise bad
                if len(groups) > 1 and (groups[-2][1] <= top[1] or top[0] >= 10 ** groups[-2][1]):
                    raise bad
            else:
                if groups and groups[-1][1] < v and pend is not None and pend[3] is not None and pend[3] >= 4:
                    raise bad  # 一万三亿, 28万7兆
                y = resolve("b")
                while groups and groups[-1][1] < v:  # 一万五千亿: the 一万 is under the 亿
                    if groups[-1][3]:
                        raise bad  # 3.5万4亿
                    y += groups.pop()[0]
                if y == 0:
                    if not (bare_unit and not definite and not groups):
                        raise bad  # 万 alone, 零万, 几万
                    y = 1  # 万分之五
                if groups and groups[-1][1] == v:
                    raise bad  # 一万二万
                val = y * 10**v
                if groups and val >= 10 ** groups[-1][1]:
                    raise bad
                groups.append([val, v, v, y.denominator != 1])
                sec, sec_unit, pend, zero = 0, None, None, False
                if y.denominator != 1:
                    allowed = narrow(_AFTER_DECIMAL_BIG)  # 1.5万, 1.5万亿, 1.5万多; not 6.7万6
            definite = True
            prev, prev_pow = "b", groups[-1][1]
        elif kind == "p":
            if point or not definite or pend is not None and pend[0] in ("ad", "h"):
                raise bad
            x = resolve("p")
            j = i + 1
            while j < n and toks[j][2] in PLACE_DIGITS:  # 点五五四四: digits read place by place
                j += 1
            if j == i + 1 and j < n and toks[j][0] in ("a", "a1") and "," not in toks[j][2]:
                j += 1  # 十点25: Arabic digits after 点
            digits = "".join(str(PLACE_DIGITS.get(t[2], t[2])) for t in toks[i + 1 : j])
            if not digits or len(digits) > MAX_DIGITS:
                raise bad
            pend = ("pt", x + Fraction(int(digits), 10 ** len(digits)), False, None, "")
            sec, sec_unit, zero, point = 0, None, False, True
            # 两千万点五: nothing may follow; 三点五万(多): a big unit, as after 3.5
            allowed = narrow(frozenset() if groups else _AFTER_DECIMAL_BIG)
            prev, prev_pow = "pt", None
            i = j
            continue
        elif kind == "x":
            if approx or not (prev in ("u", "b") or prev == "v" and pend is not None and pend[0] in ("a", "a1")):
                raise bad  # 三多, 余 alone
            approx = True
            allowed = narrow(_ONLY_BIG)  # 十余万, 一千多万; not 十余三
            prev, prev_pow = "x", None
        else:  # 打 not in last place
            raise bad
        i += 1
    if prev == "z" and (groups or sec_unit is not None):
        raise bad  # 一千零: unfinished
    x = resolve("end")
    if not definite:
        raise bad
    return sum((g[0] for g in groups), Fraction(0)) + x
