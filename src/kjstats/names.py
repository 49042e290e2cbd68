"""What a figure measures: its indicator name, with its kind, planned flag and category.

The name is read from the clause before the figure (or the noun after it, in 8家外国专家工作站),
cleaned of what is not the name (cleaning.py). A growth rate, share or rank without a name of
its own takes the name of what it describes: the figure before it in the sentence (34.9亿元，
增幅3.8%), else the subject of an earlier clause (增加值完成xx亿元，增速26.6%). Lists are named
by lists.py, a bracketed list by its item and the shared measure (前五位分别是广东(69.27亿元)).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from .afterfigure import NEXT_NUMBER, noun_after, sized_name
from .categories import Categorizer, part_of
from .cleaning import (
    BARE_MEASURES,
    CLASS_END,
    CLASS_NOUN,
    CLAUSE_STOP,
    CLAUSE_STOP_FWD,
    COMPARE_LEAD,
    EVALUATION,
    GROWTH_THEN_COMPARE,
    LIST_SEP,
    RANK_FIELD_END,
    RELATION_LEAD,
    SINCE_BEFORE,
    THRESHOLD_CLAUSE,
    TIMES_OF,
    WINDOW,
    _clause_rest,
    _strip_relation_lead,
    _subject,
    _verb_split,
    clause_start,
    clean,
    compared_with,
    cues,
    economic_measure,
    frame_measure,
    is_cue_only,
    past_comparison,
)
from .figures import Figure
from .home import scope_word_kind
from .kinds import figure_kind, percent_kind
from .lexicon import Categories, rx, table
from .lists import ListNames
from .nameparts import (
    GROWTH_ASPECTS,
    RESPECTIVELY,
    ClassMeasures,
    after_actor,
    amount_named,
    around_bracket,
    aspect_in,
    average_measure,
    bracketed_whole,
    clause_topic,
    completion_name,
    count_verbs,
    counted_thing,
    give_verbs,
    is_counting_verb,
    is_part,
    names_a_target,
    names_members,
    noun_of,
    of_aspect,
    only_says,
    overlap_join,
    part_name,
    place_alone,
    points_back,
    shared_rest,
    short_forms,
    stands_bare,
    strip_region_tail,
    subject_of_measure,
    verb_only,
    what_grew,
    without_place_item,
)
from .namestate import Naming
from .namestate import SentenceState as _State
from .places import ends_with_agency, is_place_name, place_count
from .plans import cues as plan_cues
from .plans import planned_at
from .rankfields import FIELD_MAX, field_at, field_count_noun, threshold_measure

if TYPE_CHECKING:
    from .document import Doc


BRACKET_COMPARED: Final = rx(rf"(?:{compared_with()}|相当于)(.+)$")  # 高于营收(24.0%): the other measure
LIST_TAIL: Final = rx(r"\)(?:、\p{Han}{1,8}\([^)]*\))*([^,;。(]{2,20})")
TO_WHOM: Final = rx(r"(?:对|向|为|给)$")  # (these two compiled once: tried for most figures)
NEW_VERB: Final = rx(r"(?:新增|净增)$")
HAN_NOUN: Final = rx(r"\p{Han}{1,4}")  # (a count's noun, between it and the next count)
POINTS: Final = "百分点"  # the unit of a change of a share or rate (个百分点)
PART_LEAD_MAX: Final = 8  # the longest lead of a part standing as a clause (其中，)

# --- the namer ---------------------------------------------------------------------------


@cache
def _light_verbs() -> frozenset[str]:
    return frozenset(table("cues")["name"]["light_verbs"])


@cache
def _qualifying() -> tuple[str, str, str]:
    n = table("cues")["name"]
    return n["qualifier"], n["frame_open"], n["frame_close"]


class Namer(ListNames):
    """Names the figures of one document, sentence by sentence."""

    def __init__(self, doc: Doc, categories: Categories):
        self.t = doc.folded
        self.cats = categories
        self.title_category = doc.title_category  # what the document's title says it is about
        self.doc_year = doc.year
        self.plan_spans = doc.plan_spans
        self._st = _State()  # the sentence's state and figures (begin_sentence makes it)
        self._ending_in: dict[str, str] = {}  # a head word -> the last name given that ends in it
        # the last level's name by its unit, in the paragraph named_para (海西州…61.28分；海东市为47.90分)
        self._by_unit: dict[str, str] = {}
        self._by_unit_para = -1
        self._classes = ClassMeasures()
        self.categorizer = Categorizer(doc.folded, categories, doc.title_category)

    def begin_sentence(
        self,
        lo: int,
        hi: int,
        figs: list[Figure],
        para: tuple[int, int],
        carry: str = "",
        whole: tuple[str, str] = ("", ""),
    ) -> None:
        """Readies the naming of the sentence t[lo:hi] and its figures: name_figure then names
        them one at a time, in order (a sentence may hold thousands)."""
        hits = [(m.start(), m.end(), m.group()) for m in plan_cues().planned.finditer(self.t, lo, figs[-1].start)]
        self._st = _State(carry, whole, lo, hi, para, hits, figs)
        if para[0] != self._by_unit_para:
            self._by_unit, self._by_unit_para = {}, para[0]

    def name_figure(self, i: int) -> Naming:
        """The naming of the sentence's i-th figure (asked for each in order: what earlier
        figures named, the sentence's state, decides later ones)."""
        t, st = self.t, self._st
        figs, f = st.figs, st.figs[i]
        lists, done_runs, lo, hi, para, carry = st.lists, st.done_runs, st.lo, st.hi, st.para, st.carry
        prev_end = st.prev.end if st.prev else lo
        c_lo = clause_start(t, prev_end, f.start)
        if st.prev is not None:  # (占全县规上工业企业(78家)的57.7%: the clause goes on around it)
            c_lo, raw = around_bracket(t, (st.prev.start, st.prev.end, st.prev_lo), c_lo, f.start)
        else:
            raw = t[c_lo : f.start]
        kind_raw = raw
        comparison, whole_lo = False, -1
        after = noun_after(t, f, hi, figs)
        if c_lo > lo and t[c_lo - 1] == "(" and not raw.strip():
            # a figure alone in brackets: 高于营收(24.0%) or 广东(3098.5亿元)
            b_lo = clause_start(t, prev_end, c_lo - 1)
            before = t[b_lo : c_lo - 1].lstrip(")、, ")
            m = BRACKET_COMPARED.search(before)
            if (average := average_measure(before)) is not None:
                # 低于全省平均水平(3.54%): that place's average of the measure compared (or the subject's)
                comparison = not average and bool(st.subject)
                name = kind_raw = average or st.subject or carry
            elif m:
                comparison = True
                # (首次超过呼和浩特市(771家), 高于全省(2.8%): a place's value of the same measure)
                name = clean(m.group(1)) or st.subject or carry
                kind_raw = m.group(1)
            elif whole_name := bracketed_whole(before):
                # 占全县规上工业企业(78家): the whole's value (占全市(16.5亿元): of the measure)
                measure = (st.base or st.subject or carry) if scope_word_kind(whole_name) else ""
                name, whole_lo = whole_name + measure, b_lo
            elif completion_name(before):
                # 完成年度目标(20家)的115.0%: the target's value, no list's item; the clause
                # goes on around it
                name, whole_lo = clean(before) or st.subject or carry, b_lo
            else:
                name = self._bracket_item(before, st, lo, b_lo) or st.subject or carry
                # 亳州(-69.1%)、宣城(-17.4%)为负增长: the list's measure and what is said
                # after it tell a growth from a level
                kind_raw = name + self._list_tail(b_lo)
        elif i in lists or (i not in done_runs and self._run(lo, figs, i, st, lists, done_runs)):
            name = lists[i][0]
        elif (
            st.prev is not None
            and st.prev_name
            and st.prev.unit == f.unit
            and not t[st.prev.end : f.start].strip(" " + LIST_SEP)
        ):
            # 分别占全市的12%和8% (no list of subjects to split): the same measure again
            name = st.prev_name
        else:
            name = self._clause_name(raw, f, st, lo, c_lo, after, carry)
        listed = (  # (asked of ranks only: every figure goes through here)
            next(
                (lists[j][0] for j in sorted(lists, reverse=True) if j < i and (where := lists[j][1]) and where in raw),
                "",
            )
            if f.rank
            else ""
        )
        if listed and is_cue_only(strip_region_tail(clean(raw, rank=True))):
            # 河津市、盐湖区加计扣除金额分别为9.73亿元、8.64亿元，其中河津市居首位: the rank of a
            # place listed before is of the measure the list gave it
            name = listed
        elif f.rank and (
            not name
            or RANK_FIELD_END.search(name)
            or field_at(name, 2, len(name)) >= 2  # 增速在西北五省区排第一: 在 opens the field
            # (…评价中，我区位列第15位: the field's count named its own clause's places)
            or (st.prev is not None and name == st.prev_name == field_count_noun(t, st.prev, lo))
        ):
            # 在全国178家国家高新区中排名第39位: the field ranked in is not what is ranked;
            # the evaluation named before is, else the subject before the field
            field = bool(name)
            k = field_at(name, 0, len(name))
            if field and k >= 2:
                # 创新券兑现金额在杭州市各区、县(市)中位居第二: what stands before the field (总量在全国
                # 排位…: an aspect, of the measure spoken of)
                before = st.base if st.base != name else ""  # (the clause's own name is no measure before)
                name = name[:k]
                name = of_aspect(name, before or st.subject or carry)[0] or name
            else:
                # (the subject, unless its figure counts the field, 在广西14个设区市中: then the level before)
                at = field_at(t, max(lo, f.start - FIELD_MAX), f.start)
                counted = st.prev is not None and at >= 0 and st.prev.start > at
                earlier = (st.levels[-2] or carry) if st.levels[-1:] == [st.prev_name] != st.levels else carry
                # 研发投入强度在全省16个市中位居第3位: what stands before the field in the
                # clause is what is ranked, whatever the field counts
                ranked = clean(t[clause_start(t, lo, at) : at], rank=True) if counted else ""
                ranked = of_aspect(ranked, earlier)[0] or ranked  # (总量在全市9个县区中: of the level)
                name = self._evaluation(lo, f.start) or ranked or (earlier if counted else st.subject or carry)
            st.base = name
        if name in short_forms() and st.prev is None:
            # 苏州市指数为90.12% in a list of lines after 综合科技创新水平指数: a measure's head
            # word alone, opening its sentence, stands for the last name that ended in it
            full = self._ending_in.get(name, name)
            if st.base == name:
                st.base = full  # (what follows in the sentence, 位居第2位, is of it too)
            name = full
        name = self._classes.complete(after_actor(name), para)
        if f.unit_kind == "money":
            name = sized_name(t, f) or amount_named(name)  # 高校技术合同成交21.92亿元: 成交额
        if f.unit_kind != "count" and (measure := threshold_measure(name)):
            name = measure  # …以上的市有3个：阳泉市2.21%: each place's value of that measure
        if "、" not in name:  # (not a list's part: 先进制造、电子信息领域成交额)
            for head in short_forms():
                if name.endswith(head) and name != head:
                    self._ending_in[head] = name
        same_unit = st.prev is not None and st.prev.unit == f.unit
        if st.prev is None and kind_raw is raw and name not in raw and percent_kind(name) == "share":
            kind_raw = name + raw  # (2020年基期值1.94% under （二）R&D经费投入强度: of its name)
        kind, kind_rule = figure_kind(
            t, f, kind_raw, comparison, lo, c_lo, st.last_pct_kind, st.prev_kind if same_unit else ""
        )
        if kind == "growth" and f.unit != POINTS:
            name = what_grew(name)  # (a gap in points is the rate's own change: 增速提高1.0个百分点)
        if kind == "level" and kind_rule == "percent" and percent_kind(name) == "share":
            kind = "share"  # 投入强度由0.63%提高到0.86%: the level a share reached is a share
        planned, planned_rule = planned_at(t, lo, f, c_lo, st.cue_hits, self.doc_year, self.plan_spans)
        category, category_rule = self.categorizer.category(
            name, max(lo, f.start - WINDOW), min(hi, f.end + WINDOW), f, para, comparison
        )
        why = (("kind", kind_rule), ("planned", planned_rule), ("category", category_rule))
        naming = Naming(name, kind, planned, category, lists[i][1] if i in lists else None, why)
        if not comparison and name:
            st.subject, st.subject_kind = name, kind
            st.first_name = st.first_name or name
        if f.unit_kind in ("percent", "tenths") and f.unit != POINTS:
            # (a gap in points is a change of the last share or rate, not one of its own)
            st.last_pct_kind, st.last_pct_name = kind, name
            st.growth_seen = st.growth_seen or (kind == "growth" and f.unit != POINTS)
            if kind == "growth":
                st.last_growth_name = name
        st.prev, st.prev_kind, st.prev_name, st.prev_after, st.prev_lo = f, kind, name, after, whole_lo
        st.measure_seen = st.measure_seen or f.unit_kind != "count"
        if kind == "level":
            st.levels.append(name)
            if name:
                self._by_unit[f.unit] = name
        return naming

    def _clause_name(self, raw: str, f: Figure, st: _State, lo: int, c_lo: int, after: str, carry: str) -> str:
        t = self.t
        core = raw.strip().lstrip(")、,")
        if f.unit_kind in ("percent", "tenths") and (done := completion_name(core)):
            return done  # 完成年度目标(20家)的115.0%: the part done is named by its target
        if counted := field_count_noun(t, f, lo):
            return counted  # 在广西14个设区市中排名第2: the field's units
        name = "" if names_a_target(core) else clean(raw, rank=f.rank)
        if only_says(name) and not after:
            name = ""  # 规划提出到2025年达到80亿元: what the paragraph speaks of, as the plan says it
        if points_back(core) and (st.last_pct_name or st.subject or carry):
            # 鹰潭市、新余市这一比重均超过五成: the measure named before
            pct = f.unit_kind in ("percent", "tenths") and st.last_pct_name
            return st.last_pct_name if pct else st.subject or carry
        if f.unit_kind == "count" and names_members(core, after):
            # 京东云创新空间、NodeSpace加速器等21家载体; …有限公司、…有限责任公司两家顺利通过审核: a
            # list names the members of what is counted; the noun after the count, else what is
            # said of them, names it
            said = after or clean(NEXT_NUMBER.split(_clause_rest(t, f.end, f.end + 24), maxsplit=1)[0])
            if said:
                return said
        if after and f.unit_kind in ("percent", "tenths"):
            if percent_kind(raw) is None:
                return after  # 贡献了全省28.4%的高新技术企业: a share of the noun after it
            after = ""  # 研发投入强度达到2.8%的目标: the clause before names it
        # the noun after the count names what is counted: 8家外国专家工作站, 42个重点专项
        if after:
            # 42个重点专项1163个科技项目; 覆盖7个镇71个行政村 (镇, one character, is no noun after a count)
            attributive = (st.prev_after and core == st.prev_after) or (
                st.prev is not None
                and st.prev.unit_kind == f.unit_kind == "count"
                and c_lo == st.prev.end
                and HAN_NOUN.fullmatch(core) is not None
            )
            if attributive:
                return st.topic + after
            q, frame_open, frame_close = _qualifying()
            if (
                core.endswith(q)
                and name
                and not is_place_name(name)
                and not NEXT_NUMBER.search(core)  # (由2019年的6家: a time's figure, not a clause)
                and not is_cue_only(after)
            ):
                # 在参评的178家国家高新区中: a clause before the count that qualifies the noun after it
                st.topic = ""
                noun = after[: -len(frame_close)] if after.endswith(frame_close) and len(after) > 2 else after
                return name.removeprefix(frame_open) + q + noun
            # 鼓励区内8家外国专家工作站: a region word before the count says where, not what
            name = strip_region_tail(name)
            verb = _verb_split(name)
            # 大庆47家科技企业孵化器: a place before a count is its region (scope.py), not its name
            # (今年我市第一批1144家申报高企; 实现全县26个乡镇全覆盖: a light verb alone says nothing)
            only_cues = (is_cue_only(name) or name in _light_verbs()) and not is_cue_only(after)
            if not name or core.endswith("、") or verb is not None or is_place_name(name) or only_cues:
                # 省科技厅发布了35家省级重点实验室: the agency that acts is no part of the name
                st.topic = verb if verb is not None and not ends_with_agency(verb) else ""
                return (st.topic + after) if st.topic else after
            if TO_WHOM.search(core) and f.unit_kind == "count":
                # (up to the next figure: 为606家企业发放贷款49.68亿元; not who acts for them, 中试基地已为)
                rest = NEXT_NUMBER.split(_clause_rest(t, f.end, f.end + 24), maxsplit=1)[0]
                return clean(rest) or clean(core + rest)
        if f.unit_kind == "money" and give_verbs().search(core):
            # 区里还拿出四百五十万元设立科技成果转化引导资金: what the money is for names it
            m = rx(r"(?:设立|用于|作为|专项用于|建立|组建)?(\p{Han}{2,14}?)(?=[,;。]|$)").match(
                t, f.end, min(len(t), f.end + 20)
            )
            if m and m.group(1):
                return m.group(1)
        if core.endswith("以") and f.unit_kind == "money":
            # 技术服务合同以3684.1亿元成交额居首: the noun after the amount completes the name
            # (郑州市以512.4亿元位居全省第一: a rank after the amount is no noun)
            m = rx(r"的?((?!位居|位列|居|列|排|名列)\p{Han}{2,8}?)(?=居|位居|列|排|领先|领跑|为|,|$)").match(
                t[f.end : f.end + 11]
            )
            if m:
                return clean(core[:-1]) + m.group(1)  # (以121.6亿元的成交额领跑全市)
        if not after and st.prev is not None and st.prev.unit == f.unit and st.prev_kind == "level" and st.subject:
            # 专利授权数448件,其中发明专利79件: a part named short, of the whole counted before
            # (A区新增高新技术企业50家，B区新增30家: the count of B named by its verb alone too)
            verb = verb_only(core) if not name or name in count_verbs() else ""
            if (name and is_part(core)) or verb:
                st.base = part_name(verb or name, st.subject)
                return st.base
        of_whole = st.whole if st.whole_kind == f.unit_kind else ""  # (386亿元 is no part of 7412家)
        if not after and st.prev is None and (carry or of_whole):
            # (其中，涧西区新认定: the lead may be a clause of its own, at the sentence's start)
            opens_part = is_part(core) or is_part(t[lo : min(c_lo, lo + PART_LEAD_MAX)].strip())
            # 新认定高新技术企业356家。其中，涧西区新认定112家；洛龙区新认定87家: a sentence
            # opening with a count named by its verb alone (or a part, 其中…) is of what the
            # sentence before counted: a part of its first amount (有效高新技术企业7412家，较上年
            # 净增1020家。其中，南昌市2386家: of the 7412)
            whole = (of_whole or carry) if opens_part else carry
            if name and whole and (is_counting_verb(name) or (opens_part and is_cue_only(name))):
                st.base = part_name(name, whole)
                return st.base
            if opens_part and not name and of_whole and f.unit_kind in ("count", "money"):
                st.base = of_whole
                return st.base
        # 增速高于规上工业2.1个百分点: the growth of what went before, compared
        of_growth = core.startswith(("增速", "增幅", "增长"))
        if of_growth:
            core = GROWTH_THEN_COMPARE.sub(r"\1", core)
        if not after and (same := self._by_unit.get(f.unit)) and place_alone(core):
            return same  # 海西州指数为61.28分，…；海东市为47.90分: the measure last given in that unit
        relation = (RELATION_LEAD.match(core) or COMPARE_LEAD.match(core)) if core else None
        if relation or is_cue_only(name):
            # what the figure is about: a subject named since the previous figure, else the
            # last name of the sentence, else an earlier clause's subject, else the last sentence's
            # (the rest of the previous figure's own clause, 以…成交额居首, does not count)
            prev_end = st.prev.end if st.prev else lo
            m = CLAUSE_STOP_FWD.search(t, prev_end, c_lo)
            stop = m.start() if m else c_lo
            between = self._earlier_subject(stop + 1, c_lo) if st.prev else ""
            base = between or st.base or st.subject or self._earlier_subject(lo, c_lo)
            base = base or frame_measure(t, lo, c_lo) or carry
            st.base = base
        if (
            relation
            and f.unit == POINTS
            and st.last_pct_kind == "share"
            and st.last_pct_name
            and (SINCE_BEFORE.match(core) or past_comparison().match(core))
        ):
            # 比重为19.3%，比三季度提高0.1个百分点: the share's own change, even after a growth
            return st.last_pct_name
        if relation and f.unit == POINTS and (of_growth or st.growth_seen):
            # 增长13.2%,高于固定资产投资2.1个百分点: a gap between growth rates names the growth
            return base if base.endswith(("增速", "增幅")) else base + "增速"
        if (
            relation
            and f.unit == POINTS
            and COMPARE_LEAD.match(core)
            and st.last_pct_kind == "share"
            and st.last_pct_name
        ):
            # 比重为31.47%，高于末位的枣庄12.48个百分点: a gap between shares names the share
            return st.last_pct_name
        if relation:
            if SINCE_BEFORE.match(core) or (f.unit == "倍" and TIMES_OF.match(core)):
                # 兑现率68.4%，比上年提高5.2个百分点: a change of the same measure (of the share
                # just given, when the change is in points)
                shared = f.unit == POINTS and st.last_pct_kind == "share" and st.last_pct_name
                return st.last_pct_name if shared else base
            return base + _strip_relation_lead(core)
        # 技术开发合同1205项，成交额42.3亿元: a bare measure after a count is the counted thing's
        if (
            name in BARE_MEASURES
            and stands_bare(core, name)
            and st.prev is not None
            and st.prev.unit_kind == "count"
            and st.prev_name
        ):
            st.base = overlap_join(counted_thing(st.prev_name), name)
            return st.base
        # 发明专利申请量5.2万件，授权量2.3万件; 发放创新券1260万元，兑现830万元: a short name
        # where a part of the name before stood shares the rest of it
        if (
            st.prev is not None
            and st.prev.unit == f.unit
            and st.prev_name
            and (shared := shared_rest(st.prev_name, name))
        ):
            st.base = shared
            return shared
        if not st.base and st.prev is None and economic_measure().fullmatch(name):
            # 新能源产业增长势头迅猛，当月完成产值33.8亿元: of what the clause before speaks of
            # (…当月完成产值33.8亿元；累计完成产值273.1亿元: else the subject of the measure the
            # sentence before gave)
            topic = self._earlier_topic(lo, c_lo) or subject_of_measure(carry)
            if topic:
                st.base = topic + name
                return st.base
        # 高新技术产业产值10205.2亿元，同比增长6.15%，出口交货值2303亿元: a bare economic
        # measure after another measure of a subject is that subject's
        if st.base and economic_measure().fullmatch(name):
            subject = subject_of_measure(st.base)
            if subject:
                st.base = subject + name
                return st.base
        new_verb = NEW_VERB.search(core) if is_cue_only(name) and f.unit_kind == "count" else None
        if new_verb:
            # 三年净增13家 after 高新技术企业可达18家: the new ones of what was counted
            verb = new_verb.group()
            base = st.base or st.subject or carry
            return verb + noun_of(base) if base and not rx(r"占|比重|率|比|增").search(base) else verb
        if is_cue_only(name):
            if f.unit == POINTS and st.last_pct_kind == "share" and st.last_pct_name:
                return st.last_pct_name  # 比重32.10%，比年初增加0.71个百分点: the share's change
            # 在…监测中，我市位列第5位: the ranking's, when no measure before it in the sentence is ranked
            if f.rank and not st.measure_seen and (evaluation := self._evaluation(lo, f.start)):
                st.base = evaluation
                return st.base
            if f.rank and base:
                # 增速居全省第2位 / 增速及占比均列全市第2: the rank is of the base's growth or share
                found = rx(r"增速|增幅|占比|比重").findall(raw)
                if found in (["占比"], ["比重"]) and st.last_pct_kind == "share" and st.last_pct_name:
                    return st.last_pct_name  # 比重为31.47%，占比位居全省第6位: that share's rank
                grew = st.last_growth_name if st.last_growth_name != base else ""
                if grew and len(found) == 1 and found[0] in GROWTH_ASPECTS:
                    return grew + found[0]  # …增长18.5%，投入强度为1.71%，增速居第2位: of the growth
                if found:
                    cue = "及".join(dict.fromkeys(found))
                    return base if base.endswith(cue) else base + cue
                if (
                    st.prev is not None
                    and st.prev.unit == "%"
                    and st.prev_kind == "growth"
                    and not base.endswith(("增速", "增幅"))
                ):
                    return base + "增速"
            # 完成率165.5%, 占比30%: a share's name keeps its measure word
            share_word = rx(r"\p{Han}{0,2}(?:率|占比)$").search(clean(raw))
            if share_word and not f.rank and f.unit_kind in ("percent", "tenths") and not cues().share.search(base):
                return base + share_word.group()
            if f.unit_kind in ("money", "count"):
                aspect = aspect_in(raw)
                noun = noun_of(base) if aspect and base else base
                if noun != base:
                    st.base = noun + aspect  # 新认定…112家，总数达621家: of what it counts
                    return st.base
                # 成交额1525.3亿元，占全省的75.5%；绵阳市186.2亿元: an amount is of the measure,
                # never of its share
                return part_of(base)
            return base
        # (of the measure named before in the sentence, else the one the sentence before spoke of)
        named, of_counted = of_aspect(name, st.base or st.subject or self._earlier_subject(lo, c_lo) or carry)
        if named:
            st.base = named if of_counted else st.base  # (高新技术企业总数, which what follows is of)
            return named
        st.base = self._interleaved(raw.strip(), name, st)
        return st.base

    def _interleaved(self, core: str, name: str, st: _State) -> str:
        """分别为城市建设与社会发展领域175.83亿元、电子信息领域141.31亿元: an item of a list
        written between its figures takes the rest of the sentence's measure."""
        name = without_place_item(name)
        if not (core.startswith("、") or RESPECTIVELY.search(core)):
            return name
        m = CLASS_END.search(name)
        first = st.first_name
        if m and first and m.group(1) in first:
            rest = first[first.index(m.group(1)) + len(m.group(1)) :]
            if len(rest) >= 2 and not name.endswith(rest) and not CLASS_END.search(rest):
                return name + rest
        return name

    def _evaluation(self, lo: int, pos: int) -> str:
        """The ranking a sentence reports on (在…国家高新区综合评价中, 公布…评价结果)."""
        last = None
        for last in EVALUATION.finditer(self.t, max(lo, pos - WINDOW), pos):  # noqa: B007 - the last one
            pass
        # 在全国169家高新区排名中: the field's size is no part of the ranking's name
        return clean(rx(r"^\p{Han}{0,4}?[0-9]+[家个所]").sub("", last.group(1))) if last else ""

    def _earlier_subject(self, lo: int, c_lo: int) -> str:
        """The subject of an earlier clause of the sentence (nearest first)."""
        t = self.t
        end = c_lo - 1
        if end < 0 or t[end] not in CLAUSE_STOP:
            return ""  # no earlier clause: the text before is the previous figure's
        for _ in range(3):
            if end <= lo:
                break
            s = clause_start(t, lo, end)
            # a clause that holds a figure: its name is known already
            if not self._st.holds_figure(s, end):
                subj = _subject(t[s:end])
                if subj:
                    return subj
            end = s - 1
        return ""

    def _earlier_topic(self, lo: int, c_lo: int) -> str:
        """The topic of the clause right before (高新技术产业发展态势良好, …), if it holds no figure."""
        t = self.t
        end = c_lo - 1
        if end <= lo or t[end] not in CLAUSE_STOP:
            return ""
        s = clause_start(t, lo, end)
        if self._st.holds_figure(s, end):
            return ""
        return clause_topic(t[s:end])

    def _bracket_item(self, before: str, st: _State, lo: int, b_lo: int) -> str:
        """广东(3098.5亿元): the item before the bracket and the measure of its list."""
        item = rx(r"^.*?(?:分别为|分别是|依次为|依次是|的是|为|是)").sub("", before)
        # 合肥(142.5亿元): a place is the figure's region (scope.py), not part of its name
        item = "" if is_place_name(item.lstrip("、和及与而")) else clean(item)
        if not st.bracket_measure:
            measure = st.prev_name if st.prev is not None else self._earlier_subject(lo, b_lo)
            measure = measure or frame_measure(self.t, lo, b_lo)
            if not measure:
                # 浙江(1520.3亿元)、山东(1368.9亿元)技术合同成交额增长较快: named after the list
                measure = clean(self._list_tail(b_lo))
                if is_cue_only(measure) or len(measure) < 2:
                    measure = ""
            measure = THRESHOLD_CLAUSE.sub("", measure)
            measure = CLASS_NOUN.sub("", measure)
            st.bracket_measure = measure
        return item + st.bracket_measure if item else st.bracket_measure

    def _list_tail(self, b_lo: int) -> str:
        """What follows a list of bracketed items (浙江(1520.3亿元)、山东(1368.9亿元)技术合同成交额…)."""
        m = LIST_TAIL.match(self.t, self.t.find(")", b_lo), b_lo + WINDOW)
        return place_count().sub("", m.group(1)) if m else ""
