"""What stands after a figure and names it: the noun a count stands before (8家外国专家工作站),
what a generic noun counted is said to do (23家企业设有…机构: 设有…机构的企业), and the thing whose
size an amount gives (设立规模不低于2亿元的天使投资基金)."""

from __future__ import annotations

from functools import cache
from typing import Final

from .cleaning import RANK_TAKEN, _clause_rest, generic_nouns, noun_stops
from .figures import Figure
from .figurewords import figure_words
from .kinds import share_noun_at
from .lexicon import Pattern, alternation, compile_pattern, table

# (an ordinal is no figure: 2家企业入选第6批国家级专精特新"小巨人")
NEXT_NUMBER: Final = compile_pattern(rf"(?<!{table('cues')['rank']['ordinal_mark']})[0-9]")
# (a year is no figure either: 147家企业符合2023年度研发投入后补助条件)
FIGURE_NUMBER: Final = compile_pattern(
    rf"(?<!{table('cues')['rank']['ordinal_mark']})(?<![0-9.])[0-9][0-9.]*+(?!{table('timewords')['words']['year_char'][0]})"
)
NOUN_RUN: Final = compile_pattern(r"\p{Han}{2,16}")


@cache
def _adverbial() -> Pattern:
    n = table("cues")["name"]
    return compile_pattern(
        rf"(?:{alternation(n['adverbial_open'])})\p{{Han}}{{1,10}}?(?:{alternation(n['adverbial_close'])})"
    )


@cache
def _aspect() -> Pattern:
    return compile_pattern(alternation(table("cues")["name"]["aspect_marks"]))


_REL: Final = table("cues")["name"]["relative_mark"]
_EXISTS: Final = compile_pattern(rf"(?:{alternation(table('cues')['name']['exists_before'])})$")
_SAYING: Final = tuple(table("cues")["name"]["saying_verbs"])
_JOINS: Final = tuple(table("cues")["name"]["noun_joins"])
_LINKS: Final = tuple(table("cues")["name"]["threshold_links"])
_AMONG: Final = tuple(table("cues")["kind"]["among"]["within"])


def _said_of(head: str, f: Figure, t: str) -> bool:
    """Whether what is said after a count's noun names the count: the noun is generic (企业, 单位),
    or ends in one after "there are N" (累计有21家毕业企业成长为…)."""
    return head in generic_nouns() or (
        f.unit_kind == "count"
        and head.endswith(tuple(generic_nouns()))
        and _EXISTS.search(t, max(0, f.start - 4), f.start) is not None
    )


def _what_is_said(t: str, f: Figure, hi: int, figs: list[Figure], head: str) -> str:
    """4127家企业通过高新技术企业认定 -> 通过高新技术企业认定的企业: the ones that do what the clause
    after the count says, as a relative clause; the head alone when nothing is said of them."""
    rest = _clause_rest(t, f.end, min(hi, f.end + 40))
    # 58家企业获得1422万元后补助: what they got, not how much (企业获得后补助); the
    # clause goes on past the one figure in it, and no farther than a second
    stop = f.end + len(rest)
    inner = next((g for g in figs if f.end < g.start < stop), None)
    if inner is not None and inner.end < stop:
        rest = t[f.end : inner.start] + t[inner.end : stop]
    elif inner is not None and head not in generic_nouns():
        return head  # 105家规上科技服务业企业营收达57.58亿元: a figure of theirs, nothing they do
    # (the adverbial is cut before the length: 企业在企业所得税预缴申报时享受了…政策; not cleaned as
    # a name before a figure is: 增加值实现增长 keeps its verb of change)
    parts = FIGURE_NUMBER.split(_adverbial().sub("", rest, count=1), maxsplit=1)
    said = _aspect().sub("", parts[0][:24]).strip().lstrip(_REL)  # (68.2%的企业认为…: 的 first)
    if len(said) <= len(head) + 1 or not said.startswith(head):
        return head
    body = said[len(head) :].lstrip(_REL)
    if body.startswith(_JOINS) or (len(parts) > 1 and body.endswith(_LINKS)):
        # 28家企业和3所高校设有…: another noun, not what they do; 15家企业营业收入超过10亿元: a
        # threshold of theirs, cut from the clause
        return head
    return body + _REL + head


@cache
def _said_verbs() -> Pattern:
    return compile_pattern(alternation(table("cues")["name"]["said_verbs"]))


def noun_after(t: str, f: Figure, hi: int, figs: list[Figure]) -> str:
    """The noun a count stands before (8家外国专家工作站, 42个重点专项), or a share before 的
    (28.4%的高新技术企业)."""
    start = f.end
    if f.unit_kind in ("percent", "tenths") and not f.rank:
        start = share_noun_at(t, f.end)  # 全省28.4%的高新技术企业: the share of that noun
        if start < 0:
            return ""
    elif f.unit_kind not in ("count", "measure") or f.rank:
        return ""
    window = t[start : min(hi, start + 16)]
    # (1386户企业在汇算清缴中享受研发费用加计扣除: the adverbial is no part of the noun)
    m = NOUN_RUN.match(_adverbial().sub("", window, count=1))
    if not m or RANK_TAKEN.match(t, start, min(hi, start + 16)):
        return ""  # (以1176家位居第二: a rank is said of the count, no noun)
    noun = m.group()
    cut = noun_stops().search(noun)
    said_at = _said_verbs().search(noun)
    if said_at is not None and said_at.start() == 0 and _REL in noun:
        # 15家拥有自主知识产权的企业获得…: a clause before the noun, then the noun (拥有…的企业)
        k = noun.index(_REL) + 1
        after = noun_stops().search(noun, k)
        return noun[: after.start() if after else len(noun)]
    if said_at is not None and (cut is None or said_at.start() < cut.start()):
        head = noun[: said_at.start()]
        if _said_of(head, f, t):
            return _what_is_said(t, f, hi, figs, head)
        if noun.startswith(_SAYING, said_at.start()) and len(head) >= 2:
            return head  # 85.3%的科技型中小企业表示…: what they say is no part of their noun
        # (12家高新技术企业建有省级研发中心: a verb of having ends no named kind's noun)
    if cut is None:
        return noun
    head = noun[: cut.start()]
    if _said_of(head, f, t):
        return _what_is_said(t, f, hi, figs, head)
    # 3186家规上工业企业中已建…: the whole the clause picks among is the noun, not its 中
    for among in _AMONG:
        if head.endswith(among) and len(head) - len(among) >= 2:
            head = head[: -len(among)]
    return head if len(head) >= 2 else ""


@cache
def _sized_after() -> Pattern:
    return compile_pattern(rf"{table('cues')['figure']['threshold_after']}(\p{{Han}}{{2,12}}?)(?=[,;:。]|$)")


def sized_name(t: str, f: Figure) -> str:
    """The size of the thing named after an amount (设立规模不低于2亿元的天使投资基金: 天使投资基金规模),
    or ""."""
    b = figure_words().sized_re.search(t, max(0, f.start - 8), f.start)  # (the size word before)
    a = _sized_after().match(t, f.end) if b else None
    return a.group(1) + b.group() if a and b else ""
