"""What a figure measures: its indicator name, kind, planned flag and category.

The name is read from the clause before the figure (or the noun after it, in 8家外国专家工作站),
stripped of time phrases, place and region words, connectives and the verb before the number.
A growth rate, share or rank without a name of its own takes the name of the figure before it
in the sentence (34.9亿元，增幅3.8%). A 分别 list gives each figure the matching item of the
subject list (基础研究、应用研究和试验发展经费所占比重分别为6.0%、11.3%和82.7%).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .figures import Figure
from .lexicon import Categories, alternation, table

CLAUSE_STOP = ",;:。!?；\n"
LIST_SEP = "、和及与"
MAX_NAME = 40


@dataclass(frozen=True)
class Naming:
    indicator: str
    kind: str
    planned: bool
    category: str


@dataclass(frozen=True)
class _Cues:
    lead: regex.Pattern
    tail: regex.Pattern
    region_lead: regex.Pattern
    growth: regex.Pattern
    share: regex.Pattern
    growth_to: str
    compare: regex.Pattern
    rank_scope: regex.Pattern
    planned: regex.Pattern
    plan_not_after: regex.Pattern
    plan_noun_before: str
    plan_noun_after: str
    clause_only: frozenset
    jiang_future: regex.Pattern
    heads: tuple
    cue_only: regex.Pattern
    decrease: regex.Pattern


@cache
def cues() -> _Cues:
    c = table("cues")
    name = c["name"]
    growth = c["kind"]["growth"]
    share = c["kind"]["share"]
    return _Cues(
        lead=regex.compile(rf"^(?:{alternation(name['lead'])})"),
        tail=regex.compile(rf"(?:{alternation(name['tail'])})$"),
        region_lead=regex.compile(rf"^(?:{alternation(name['region_words'])})"),
        growth=regex.compile(alternation(growth)),
        share=regex.compile(alternation(share)),
        growth_to=c["kind"]["growth_to"],
        compare=regex.compile(alternation(c["kind"]["compare"])),
        rank_scope=regex.compile(
            r"(?:位居|位列|名列|排名|居|列|排)(?:全国|全省|全市|全区|全县|\p{Han}{0,4}?[省市区县])?(?:的)?$"
            r"|(?:全国|全省|全市|全区|全县)$"),
        planned=regex.compile(alternation(c["planned"]["cues"])),
        plan_not_after=regex.compile(rf"(?:{alternation(c['planned']['not_after'])})\p{{Han}}{{0,6}}$"),
        plan_noun_before=c["planned"]["plan_noun_before"],
        plan_noun_after=c["planned"]["plan_noun_after"],
        clause_only=frozenset(c["planned_scope"]["clause_only"]),
        jiang_future=regex.compile(rf"^(?:{alternation(c['planned_scope']['future_after_jiang'])})"),
        heads=tuple(sorted(name["heads"], key=len, reverse=True)),
        cue_only=regex.compile(rf"^(?:{alternation(growth + share + ['比上年', '较上年', '同比', '比去年', '较去年', '分别', '的', '其中'])})+$"),
        decrease=regex.compile(alternation(c["sign"]["decrease"])),
    )


# --- clauses ---------------------------------------------------------------------------------

def clause_start(t: str, lo: int, pos: int) -> int:
    """Where the clause ending at pos begins: after a comma, colon or semicolon, or after the
    opening bracket the figure stands in; a closed bracket group (R&D) stays in the clause."""
    depth = 0
    i = pos
    while i > lo:
        c = t[i - 1]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and c in CLAUSE_STOP:
            break
        i -= 1
    return i


TIME_LEAD = regex.compile(
    r"^(?:(?:19|20)[0-9]{2}[ ]?年(?:度)?|[0-9一二三四五六七八九十]{1,2}[ ]?[~\-—–至到][ ]?[0-9一二三四五六七八九十]{1,2}[ ]?月份?"
    r"|[0-9一二三四五六七八九十]{1,2}[ ]?月份?(?:底|末)?|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|"
    r"全年|今年|当年|本年|年内|年底|年末|截至|截止|目前|当前|近年来|今年以来|疫情期间|期间)")
LIST_MARK = regex.compile(r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\(?[0-9一二三四五六七八九十]+\)|[0-9]+[.、]\s*|其中[,:]?)")
BRACKET_NOTE = regex.compile(r"\((?:与|占|按|含|不含|其中|包括|以|即|详见|下同)[^()]*\)|\[[0-9]+\]|\([^()]{7,}\)")
SPACE_IN_NAME = regex.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")


def clean(name: str, places_re=None) -> str:
    """Strip what is not the indicator's name: time and place, connectives, the verb."""
    C = cues()
    s = BRACKET_NOTE.sub("", name)
    s = SPACE_IN_NAME.sub("", s).strip(" \t\"'“”‘’")
    for _ in range(8):
        before = s
        s = LIST_MARK.sub("", s)
        s = TIME_LEAD.sub("", s)
        s = C.region_lead.sub("", s)
        if places_re is not None:
            s = places_re(s)
        s = C.lead.sub("", s)
        s = s.lstrip(",、 的")
        if s == before:
            break
    for _ in range(8):
        before = s
        s = C.rank_scope.sub("", s)
        s = C.tail.sub("", s)
        s = s.rstrip("、 的")
        if s == before:
            break
    return s[-MAX_NAME:]


def _strip_place_lead(s: str) -> str:
    from .places import find_places
    ps = find_places(s, 0, min(len(s), 16))
    if ps and ps[0].start == 0:
        end = ps[0].end
        for p in ps[1:]:
            if p.start == end:
                end = p.end
        if s[end:end + 2] in ("全省", "全市", "全区", "全县"):
            end += 2
        return s[end:]
    return s


def _is_cue_only(s: str) -> bool:
    return not s or bool(cues().cue_only.match(s))


# --- kind, sign, planned -------------------------------------------------------------------

def percent_kind(raw: str) -> str | None:
    """growth / share from the last cue in the clause before a percent figure, or None."""
    C = cues()
    best = None
    for pat, kind in ((C.growth, "growth"), (C.share, "share")):
        for m in pat.finditer(raw):
            if best is None or m.end() > best[0] or (m.end() == best[0] and m.start() < best[1]):
                nxt = raw[m.end():m.end() + 1]
                k = "level" if kind == "growth" and nxt and nxt in C.growth_to else kind
                best = (m.end(), m.start(), k)
    return best[2] if best else None


def planned_at(t: str, sent_lo: int, fig: Figure, clause_lo: int) -> bool:
    C = cues()
    span = t[sent_lo:fig.start]
    for m in C.planned.finditer(span):
        word = m.group()
        at = sent_lo + m.start()
        if word in C.clause_only and at < clause_lo:
            continue
        if word == "目标" and C.plan_not_after.search(t[max(sent_lo, at - 8):at]):
            continue
        if word == "计划":
            if (at > 0 and t[at - 1] in C.plan_noun_before) or t[at + 2:at + 3] in C.plan_noun_after:
                continue
        if word == "将":
            if not C.jiang_future.match(t[at + 1:at + 4]):
                continue
            # 将继续鼓励区内8家外国专家工作站: a count of what exists, inside a future clause.
            if regex.match(r"\p{Han}", t[fig.end:fig.end + 1] or " ") and fig.unit_kind == "count":
                continue
        return True
    return False


# --- the namer ---------------------------------------------------------------------------

class Namer:
    """Names the figures of one document, sentence by sentence."""

    def __init__(self, folded: str, categories: Categories):
        self.t = folded
        self.cats = categories

    def name_sentence(self, lo: int, hi: int, figs: list[Figure], para: tuple[int, int]) -> list[Naming]:
        t = self.t
        C = cues()
        out: list[Naming] = []
        prev: Figure | None = None
        prev_name = ""
        prev_kind = ""
        lists = self._distributed(lo, figs)
        for i, f in enumerate(figs):
            c_lo = clause_start(t, max(lo, prev.end if prev else lo), f.start)
            raw = t[c_lo:f.start]
            # bracketed figure right after a name: 高于营收(24.0%), 武汉理工大学(6.35亿元)
            in_bracket = c_lo > lo and t[c_lo - 1] == "(" and not raw.strip()
            if in_bracket:
                b_lo = clause_start(t, max(lo, prev.end if prev else lo), c_lo - 1)
                raw = t[b_lo:c_lo - 1]
                raw = regex.sub(r"^.*?(?:高于|低于|超过|快于|慢于|分别为|分别是|为)", "", raw)
            name = clean(raw, _strip_place_lead)
            after = self._noun_after(f, hi)
            kind = self._kind(f, raw, prev_kind, t[max(lo, f.start - 6):f.start])
            if i in lists:
                name = lists[i]
            elif _is_cue_only(name) or (name.startswith(("占", "与", "所占")) and prev_name):
                base = prev_name
                if f.rank and prev is not None and prev.unit == "%" and prev_kind == "growth":
                    base = prev_name + "增速" if not prev_name.endswith(("增速", "增幅")) else prev_name
                name = (base + name) if name.startswith(("占", "与", "所占")) else (base or name)
            if after and (not name or _ends_with_verb(name)):
                name = (name + after) if name else after
            if f.rank and not name and prev_name:
                name = prev_name
            planned = planned_at(t, lo, f, c_lo)
            category = self._category(name, lo, hi, f, para)
            out.append(Naming(name, kind, planned, category))
            prev, prev_kind = f, kind
            if name:
                prev_name = name
        return out

    def _kind(self, f: Figure, raw: str, prev_kind: str, near: str) -> str:
        C = cues()
        if f.rank:
            return "rank"
        if f.unit == "百分点":
            return "growth"
        if f.negative:
            return "growth"
        if f.unit_kind in ("percent", "tenths"):
            k = percent_kind(raw)
            if k:
                return k
            if not raw.strip(" 、和及与") and prev_kind in ("growth", "share"):
                return prev_kind
            return "level"
        # money and counts: a change only after a comparison (比上年增加2465.7亿元)
        if C.compare.search(raw) and regex.search(r"(?:增加|减少|增长|下降|新增|多|少)(?:了)?$", raw):
            return "growth"
        if not raw.strip(" 、和及与") and prev_kind == "growth" and f.unit_kind != "percent":
            return "growth" if C.compare.search(near) else "level"
        return "level"

    def _noun_after(self, f: Figure, hi: int) -> str:
        """The noun a count stands before: 8家外国专家工作站, 42个重点专项."""
        t = self.t
        if f.unit_kind not in ("count", "measure") or f.rank:
            return ""
        m = regex.match(r"\p{Han}{2,16}", t[f.end:min(hi, f.end + 16)])
        if not m:
            return ""
        noun = m.group()
        # stop at a verb that follows the noun (积极对接, 成功投产)
        cut = regex.search(r"积极|正在|已经|已|成功|全部|均|共|累计|实现|完成|开展|参与|获得|通过|进入|入选|入驻|达到|占|是|为|的|,", noun)
        return noun[:cut.start()] if cut and cut.start() >= 2 else (noun if not cut else "")

    def _category(self, name: str, lo: int, hi: int, f: Figure, para: tuple[int, int]) -> str:
        cats = self.cats
        t = self.t
        cat = cats.best_in(name)
        if cat:
            return cat
        cat = cats.nearest_before(t[lo:f.start]) or cats.first_in(t[f.end:hi])
        if cat:
            return cat
        cat = cats.generic_in(name)
        if cat:
            return cat
        cat = cats.nearest_before(t[para[0]:lo]) or cats.first_in(t[hi:para[1]])
        return cat or "other"

    def _distributed(self, lo: int, figs: list[Figure]) -> dict[int, str]:
        """Names for the figures of 分别 lists: item i of the subject list for figure i."""
        t = self.t
        out: dict[int, str] = {}
        i = 0
        while i < len(figs):
            f = figs[i]
            c_lo = clause_start(t, lo, f.start)
            raw = t[c_lo:f.start]
            k = raw.rfind("分别")
            if k < 0:
                i += 1
                continue
            # the run of figures joined only by 、和及与
            run = [i]
            j = i + 1
            while j < len(figs) and not t[figs[j - 1].end:figs[j].start].strip(" " + LIST_SEP + "以"):
                run.append(j)
                j += 1
            subject = raw[:k]
            predicate = clean(raw[k:].replace("分别", "", 1))
            subject_clean = clean(subject, _strip_place_lead) if subject.strip() else ""
            items = _split_items(subject_clean, len(run))
            if items:
                for idx, item in zip(run, items):
                    out[idx] = item + predicate if predicate and not _is_cue_only(predicate) else item
            i = j
        return out


def _split_items(subject: str, n: int) -> list[str] | None:
    """基础研究、应用研究和试验发展经费所占比重 -> 基础研究经费所占比重, 应用研究经费所占比重, …"""
    if n < 2 or not subject:
        return None
    parts = subject.split("、")
    if len(parts) == n - 1:
        m = regex.match(r"^(.+)(?:和|及|与)(.+)$", parts[-1])
        if m:
            parts = parts[:-1] + [m.group(1), m.group(2)]
    if len(parts) != n:
        return None
    last = parts[-1]
    avg = sum(len(p) for p in parts[:-1]) / (n - 1)
    # Split the last item where its shared head noun begins (经费, 技术合同成交额 …), near the
    # length of the other items; what follows is shared by all.
    best = None
    for h in cues().heads:
        at = last.find(h)
        while at > 0:
            score = abs(at - avg)
            if score <= 2.5 and (best is None or score < best[0]):
                best = (score, at)
            at = last.find(h, at + 1)
    if best is None:
        return parts
    shared = last[best[1]:]
    return [p + shared for p in parts[:-1]] + [last]


def _ends_with_verb(name: str) -> bool:
    return bool(regex.search(r"(?:引进|鼓励|安排|设立|签订|建设|建成|新增|培育|认定|共建|拥有|有|完成|发射|资助|对接|召集|上报)$", name))
