"""Lists: figures joined by 、和及 take the matching items of their subject list
(基础研究、应用研究和试验发展经费所占比重分别为6.0%、11.3%和82.7%); a list of places gives
their regions (郑州、洛阳、新乡三市…分别为), a list of places sharing a zone word their zones."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from .cleaning import (
    LIST_SEP,
    RANK_SCOPE,
    RELATION_LEAD,
    _light,
    _strip_place_lead,
    _strip_relation_lead,
    clause_start,
    clean,
    cues,
    is_cue_only,
)
from .figures import Figure
from .lexicon import alternation, compile_pattern, rx, table
from .nameparts import overlap_join
from .places import expand, find_places, names

if TYPE_CHECKING:
    from .namestate import SentenceState as _State

ORG_ENDS: Final = tuple(table("cues")["name"]["proper_name_ends"])  # (what ends a firm's name)
# The zone a list of places shares (郑州、洛阳4家高新区): each place's zone.
ZONE_LEAD: Final = compile_pattern(r"^(?:国家级)?(?:高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|自创区)")
LIST_INTRO: Final = compile_pattern(r"^(.*?)(?:依次|分别)?(?:是|为)[:]?([^是为]+)$")
RANKED_BY: Final = compile_pattern(r"^(.+?)(?:位居|位列|排名|居|排|列)")
_RESPECTIVELY: Final = alternation(table("cues")["name"]["respectively"])
RESPECTIVELY: Final = compile_pattern(_RESPECTIVELY)  # 分别, 依次: spread over the items
RESPECTIVE_LEAD: Final = compile_pattern(rf"^(?:{_RESPECTIVELY})(?:为|是|达到?)?")
# the kind of item a list's count names (三类主体的): followed by what the items share
COUNTED_CLASS: Final = compile_pattern(
    rf"^(?:{alternation(table('cues')['name']['list_class_nouns'])})\u7684?(?=\p{{Han}}{{2}})"
)
DISTRICT_SHAPE: Final = compile_pattern(r"[^和及与的等各全本我该]{2,4}[区县市]")


class ListNames:
    """The list rules of the namer (names.Namer inherits them)."""

    t: str

    def _evaluation(self, lo: int, pos: int) -> str:
        raise NotImplementedError

    def _run(self, lo: int, figs: list[Figure], i: int, st: _State, lists: dict, done: set) -> bool:
        """Name the run of figures starting at i that are joined only by 、和及与 (with or without
        分别): each takes the matching item of a subject list; place items give the region."""
        t = self.t
        run = [i]
        j = i + 1
        while j < len(figs) and not t[figs[j - 1].end : figs[j].start].strip(" " + LIST_SEP):
            run.append(j)
            j += 1
        done.update(run)
        if len(run) < 2:
            return False
        n = len(run)
        f = figs[i]
        lo_i = figs[i - 1].end if i else lo
        c_lo = clause_start(t, lo_i, f.start)
        raw = t[c_lo : f.start]
        k = max((m.start() for m in RESPECTIVELY.finditer(raw)), default=-1)
        subject, predicate = (raw[:k], raw[k:]) if k >= 0 else ("", raw)
        predicate = clean(RESPECTIVE_LEAD.sub("", predicate), rank=f.rank)
        split = _split_items(_light(subject), n) if subject.strip() else None
        measure = ""
        here = ""  # the measure this clause names, when its items stand in a clause before it
        if split is None:
            split, measure = self._items_before(lo, lo_i, c_lo, n, figs, i)
            here = clean(subject) if split is not None and subject.strip() else ""
        if split is None and st.list_items is not None and len(st.list_items[0]) == n:
            # the items of the list before (长沙市、株洲市…经费分别为…，投入强度分别为…): this
            # clause may name a measure of its own
            split = st.list_items
            here = clean(subject) if subject.strip() else ""
        regions: list[str | None] = [None] * n
        own_measure = False
        prev_names = st.list_names if st.list_names and len(st.list_names) == n else None
        if split is not None:
            own, shared = split
            places = [_as_place(o) for o in own]
            if all(places):
                # 郑州、洛阳、新乡三市…分别为: the items are the figures' places, not their names;
                # 郑州、洛阳4家高新区: the zones of those places
                zone = ZONE_LEAD.match(shared)
                regions = [o.strip() + zone.group() for o in own] if zone else places
                # 沈阳、大连“双核”引领作用突出，两市技术合同成交额分别为…: this clause's measure
                own_measure = bool(here) and not is_cue_only(here) and not RELATION_LEAD.match(here)
                items = [here if own_measure else shared + measure] * n
            elif here and not is_cue_only(here) and all(o.strip().endswith(ORG_ENDS) for o in own):
                # 前三位的是华辉科技股份有限公司、晋鸿鞋服集团…，研发投入分别为…: the firms are who,
                # this clause names what
                items = [here] * n
            else:
                # (高新技术企业和科技型中小企业数量: 企业 is written once where an item ends with it)
                items = [overlap_join(o, shared) + measure if shared else o + measure for o in _share_stem(own)]
        else:
            items = None
        if (
            items is None
            and prev_names is None
            and (RELATION_LEAD.match(predicate) or (k >= 0 and is_cue_only(predicate)))
            and len(st.levels) >= n
        ):
            # 省外合同1791项，成交额220.7亿元，分别占全部吸纳技术合同的22.3%和51.5% (分别增长…):
            # each is of the level named in the same place before it (ranks between left out)
            prev_names = st.levels[-n:]
            items = prev_names
        if items is None:
            if not (is_cue_only(predicate) and prev_names):
                return False
            names = prev_names
        elif RELATION_LEAD.match(predicate) or raw.lstrip(",、 ").startswith(("占", "与")):
            base = prev_names or items
            rel = predicate if RELATION_LEAD.match(predicate) else _strip_relation_lead(clean(raw.lstrip(",、 ")))
            names = [b + rel for b in base]
        elif is_cue_only(predicate) or (f.rank and not predicate):
            names = items if own_measure else (prev_names or items)
        else:
            names = [it if predicate in it else it + predicate for it in items]
        # 长安镇、虎门镇分别发放586万元和471万元: a bare verb repeats the measure named before it
        base_name = st.base or st.subject or st.carry
        names = [_elliptic(nm, predicate, base_name) or base_name for nm in names]
        # 比重分别为41.90%、41.01% after 累计占规模以上工业比重前三名: a share of what the sentence is about
        names = [base_name + nm if base_name and RELATION_LEAD.match(nm) else nm for nm in names]
        if all(not nm for nm in names) and not any(regions):
            return False
        if f.rank:
            # 郑州、洛阳…分别位列第17、37位 in 国家高新区总体排名: the ranking named in the sentence
            evaluation = self._evaluation(lo, f.start)
            names = [evaluation or nm for nm in names]
        for idx, name, region in zip(run, names, regions):
            lists[idx] = (name, region)
        st.list_names, st.list_items = names, split
        return True

    def _items_before(self, lo: int, lo_i: int, c_lo: int, n: int, figs: list[Figure], i: int):
        """A list of n items in an earlier clause of the sentence (its subject), and a shared
        measure when the list follows a rank (孵化数量排前5位的是A、B、C…)."""
        t = self.t
        end = c_lo - 1
        for _ in range(3):
            if end <= lo_i:
                break
            s = clause_start(t, lo_i, end)
            text = t[s:end]
            measure = ""
            m = rx(r"^(?:的)?(?:分别)?(?:是|为)").match(text)
            if m and i > 0 and figs[i - 1].rank and s == figs[i - 1].end:
                text = text[m.end() :]
                measure = self._rank_measure(lo, figs[i - 1])
            quoted = rx(r"“([^”]{1,20})”").findall(text)
            if len(quoted) == n:
                return ([_light(q) for q in quoted], ""), measure
            intro = LIST_INTRO.match(text)
            if intro:
                # 成交金额居前三位的设区市依次是厦门、福州和泉州: places after 依次是, and the
                # measure they were ranked by
                split = _split_items(_light(intro.group(2)), n)
                if split is not None and all(_as_place(o) for o in split[0]):
                    if i > 0 and figs[i - 1].rank and s == figs[i - 1].end:
                        return split, self._rank_measure(lo, figs[i - 1])
                    ranked = RANKED_BY.match(intro.group(1))
                    return split, clean(ranked.group(1)) if ranked else ""
            split = _split_items(_light(text), n)
            if split is not None:
                return split, measure
            end = s - 1
        # 郑州、洛阳、新乡三市高新技术企业数量居前三位，分别为…: the list stands before the rank
        if i > 0 and figs[i - 1].rank and not t[figs[i - 1].end : c_lo].strip(",;: 的是为"):
            r = figs[i - 1]
            split = _split_items(_light(RANK_SCOPE.sub("", t[clause_start(t, lo, r.start) : r.start])), n)
            if split is not None:
                return split, ""
        return None, ""

    def _rank_measure(self, lo: int, rank: Figure) -> str:
        c = clause_start(self.t, lo, rank.start)
        return clean(self.t[c : rank.start], rank=True)


def _split_items(subject: str, n: int) -> tuple[list[str], str] | None:
    """基础研究、应用研究和试验发展经费所占比重 -> (基础研究, 应用研究, 试验发展), 经费所占比重:
    the items' own parts and the part they share."""
    if n < 2 or not subject:
        return None
    parts = [p for p in subject.split("、")]
    if len(parts) == n - 1:
        m = rx(r"^(.+?)(?:和|及|与)(.+)$").match(parts[-1])
        if m:
            parts = parts[:-1] + [m.group(1), m.group(2)]
    if len(parts) != n or not all(parts):
        return None
    last = parts[-1]
    # 技术服务两类合同成交额遥遥领先 / 新乡三市高新技术企业数量: the list ends at 两类 / 三市
    m = rx(r"[0-9两二三四五六七八九十几多]+(?:类|个|项|种|大|家|市|县|区|省|地)").search(last)
    if m and m.start() >= 2:
        rest = COUNTED_CLASS.sub("", last[m.end() :], count=1)  # 三类主体的经费占比: 经费占比
        zone = ZONE_LEAD.match(rest)  # 平顶山4家高新区: the zone word stays with what they share
        shared = zone.group() + clean(rest[zone.end() :]) if zone else clean(rest)
        return parts[:-1] + [last[: m.start()]], shared
    if all(_as_place(p) for p in parts[:-1]):
        if _as_place(last):
            return parts, ""  # 精武镇、西青经济技术开发区分别以…: places (a zone too), nothing shared
        # 南阳、许昌两市 / 诸暨市、越城区增速: places, then what they share
        tail = _strip_place_lead(last)
        if tail != last and tail:
            head = last[: len(last) - len(tail)]
            zone = rx(r"(?:国家级)?(?:高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|自创区)$").search(head)
            if zone and zone.start() >= 2:
                # 安阳、南阳、焦作高新区: the zone word belongs to every place of the list
                return parts[:-1] + [head[: zone.start()]], zone.group() + tail
            return parts[:-1] + [head], tail
    # Split the last item where its shared head noun begins (经费, 技术合同成交额 …): what
    # follows is shared by all items.
    best = None
    for h in cues().heads:
        at = last.find(h)
        if at >= 2 and (best is None or at < best):
            best = at
    mods = _level_modifiers()
    if all(p in mods for p in parts[:-1]) and (lead := next((m for m in mods if last.startswith(m)), None)):
        # 国家级、省级引智示范基地: levels of one noun (not 国家级、省级引 by the first's length)
        return parts[:-1] + [lead], last[len(lead) :]
    lengths = {len(p) for p in parts[:-1]}
    if len(lengths) == 1 and (k := min(lengths)) >= 2 and len(last) - k >= 3 and (best is None or best > 2 * k):
        # 城镇和农村常住居民人均可支配收入: items are parallel, so a last one much longer than the
        # others ends where their length does, and the rest is what they share
        return parts[:-1] + [last[:k]], last[k:]
    amounts = cues().measure_heads
    if best is None or any(p.endswith(last[best:]) or p.endswith(amounts) for p in parts[:-1]):
        # 高新技术企业和科技型中小企业, 研发经费和技术合同成交额: each item names its own head
        return parts, ""
    return parts[:-1] + [last[:best]], last[best:]


@cache
def _level_modifiers() -> tuple[str, ...]:
    """The level words a list of levels names (国家级, 省级), longest first."""
    return tuple(sorted(table("cues")["name"]["part_modifiers"], key=len, reverse=True))


def _share_stem(own: list[str]) -> list[str]:
    """发明专利申请量、授权量: a short item written as the last word of the first one (授权量 as
    申请量) shares what comes before that word (发明专利)."""
    first = own[0]
    out = [first]
    for item in own[1:]:
        k = len(item)
        if 2 <= k <= 4 and len(first) > k + 1 and first[-1] == item[-1] and first[-k:] != item:
            out.append(first[:-k] + item)
        else:
            out.append(item)
    return out


def _as_place(s: str) -> str | None:
    """The place an item names (郑州 -> 郑州, 长安镇 -> 长安镇), or None."""

    s = s.strip()
    g = names()
    if s in g.full or s in g.short:
        return expand(s)
    ps = find_places(s)
    if ps and ps[0].start == 0 and ps[0].end == len(s):
        return ps[0].full
    if DISTRICT_SHAPE.fullmatch(s):
        return s  # 红谷滩区, an item of a list of places the gazetteer does not know
    return None


def _elliptic(name: str, predicate: str, base: str) -> str:
    """A name that is only a verb (发放) takes the measure named before that starts with it."""
    if base and name and len(name) <= 3 and base.startswith(name) and len(base) > len(name):
        return base
    return name


def _head_only(s: str) -> str:
    """合同成交额遥遥领先 -> 合同成交额: the head nouns at the start of s."""
    out = ""
    rest = s
    while rest:
        for h in cues().heads:
            if rest.startswith(h):
                out += h
                rest = rest[len(h) :]
                break
        else:
            break
    return out or s
