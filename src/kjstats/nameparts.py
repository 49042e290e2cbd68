"""The parts of a name the namer takes from around a figure: a part of a whole counted before
it (其中省级3家), the topic of a clause before it (高新技术产业发展态势良好), the noun after an
amount given (获得1422万元后补助), the region word that is no part of a name (鼓励区内), the
rest a short name shares with the name before it (申请量…，授权量…), what a count counts
(noun_of) and the head words that stand for a measure (指数)."""

from __future__ import annotations

from functools import cache
from typing import Final

from .cleaning import (
    LIST_MARK,
    aspect_words,
    clean,
    economic_measure,
    generic_nouns,
    is_cue_only,
)
from .folding import SOFT_BREAK
from .home import scope_word_kind
from .kinds import attributive_words
from .lexicon import Pattern, alternation, compile_pattern, region_words, scope_word_pattern, table
from .places import is_place_name


@cache
def _parts() -> tuple[Pattern, frozenset[str], Pattern, Pattern, Pattern]:
    n = table("cues")["name"]
    modifiers = alternation(n["part_modifiers"])
    return (
        compile_pattern(rf"^(?:{alternation(n['part_lead'])})[,:]?"),
        frozenset(n["part_modifiers"]),
        compile_pattern(rf"^.*(?:{alternation(n['examples_end'])})"),
        # 省级以上科技企业孵化器: the whole's own level goes when a part names its level
        compile_pattern(rf"^\p{{Han}}{{0,3}}?(?:{modifiers})(?:{alternation(n['level_tails'])})?"),
        compile_pattern(rf"^\p{{Han}}{{0,3}}(?:{alternation(n['part_measure_ends'])})$"),
    )


_REL: Final = table("cues")["name"]["relative_mark"]


def is_part(core: str) -> bool:
    """Whether a clause names a part of what was counted before it (其中省级3家)."""
    return bool(_parts()[0].match(core))


def part_name(name: str, whole: str) -> str:
    """A part named short takes the rest of its whole's name: 省级 of 创新平台 -> 省级创新平台,
    新认定 of 高新技术企业 -> 新认定高新技术企业, 发明专利 of 专利授权数 -> 发明专利授权数 (the
    noun they share, then the whole's measure)."""
    _, modifiers, examples, level, measure = _parts()
    head = examples.sub("", whole)  # 工程技术研究中心等创新平台: the whole's own noun
    if is_counting_verb(name) and len(head) >= 2:
        # 其中新认定486家 of 高新技术企业 (or of 新认定高新技术企业): the new ones of what it counts
        noun = noun_of(head)
        return name + noun if noun != head or name not in head else whole
    if len(head) < 2 or not name or name in head:
        return name
    if name in modifiers:
        head = level.sub("", head)
        return name + head if len(head) >= 2 else name
    rel = _REL
    kinds = (*generic_nouns(), *table("cues")["name"]["part_kinds"])
    if rel not in name and name.endswith(kinds) and any(head.endswith(rel + g) for g in generic_nouns()):
        # 有R&D活动的单位728个，其中企业563个: the ones among them of that kind (有R&D活动的企业)
        return head[: head.rindex(rel) + 1] + name
    for k in range(len(name) - 1, 1, -1):
        i = head.find(name[-k:])
        if i >= 0 and measure.match(head[i + k :]):
            return name + head[i + k :]
    return name


def stands_bare(core: str, name: str) -> bool:
    """Whether a measure word stands in its clause with nothing but an adverb before it (累计成交额;
    争取项目资金达3030万元 has a verb of its own)."""
    bare = core.replace(SOFT_BREAK, "")
    k = bare.rfind(name)
    return k >= 0 and bare[:k].strip(",、 ") in _adverbs()


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(["", *table("cues")["name"]["adverbs"]])


def subject_of_measure(name: str) -> str:
    """The subject of an economic measure's name (高新技术产业 of 高新技术产业当月完成产值), or ""."""
    if not economic_measure().search(name):
        return ""
    subject = economic_measure().sub("", name)
    return subject if len(subject) >= 2 and not is_cue_only(subject) else ""


@cache
def _members() -> tuple[Pattern, Pattern]:
    n = table("cues")["name"]
    examples, proper = alternation(n["examples_end"]), alternation(n["proper_name_ends"])
    return compile_pattern(rf"、[^,;:。]*(?:{examples})$"), compile_pattern(rf"、[^、,;:。]*(?:{proper})$")


def names_members(core: str, noun_after: str) -> bool:
    """Whether a clause ends with a list of the things a count after it counts: named ones
    (湖南盛世电线电缆有限公司、衡阳恒裕轻质保温材料有限责任公司) or examples of the noun after
    the count (京东云创新空间、NodeSpace加速器等21家载体; examples with no noun after may be
    classes, 技术开发、技术转让等1200项, which then name the count)."""
    examples, named = _members()
    return named.search(core) is not None or (bool(noun_after) and examples.search(core) is not None)


@cache
def _topic_patterns() -> tuple[Pattern, Pattern]:
    heads = alternation(table("cues")["name"]["topic_heads"])
    return (
        compile_pattern(rf"^(.*(?:{heads}))(?!看)\p{{Han}}{{2}}"),
        # 五大产业中新能源产业: the group it is one of goes
        compile_pattern(rf"^\p{{Han}}{{0,6}}?(?:{heads})中(?=\p{{Han}}{{2}})"),
    )


def clause_topic(clause: str) -> str:
    """What a clause without a figure says is doing well or badly (高新技术产业发展态势良好 ->
    高新技术产业), or ""."""
    head, group = _topic_patterns()
    m = head.match(clause)
    if not m:
        return ""
    topic = clean(group.sub("", m.group(1)))
    # 全力支撑我省高新技术产业发展: a region word inside means a verb stood before the noun,
    # which is then its object, not what the clause is about
    inside = _region_word().search(topic)
    return topic if 2 <= len(topic) <= 16 and not inside and not is_cue_only(topic) else ""


@cache
def _region_word() -> Pattern:
    return compile_pattern(alternation(region_words()))


@cache
def give_verbs() -> Pattern:
    """A verb right before an amount of money whose noun follows it (拿出450万元设立…, 获得1422万元后补助)."""
    return compile_pattern(rf"(?:{alternation(table('cues')['name']['give_verbs'])})$")


@cache
def _region_tail() -> Pattern:
    before = alternation(table("cues")["name"]["region_before"])
    return compile_pattern(rf"(?:{before})?(?:{_region_word().pattern})$")  # 鼓励(在)全市…


def strip_region_tail(name: str) -> str:
    """鼓励区内 -> 鼓励: a region word ending a clause says where what follows is."""
    return _region_tail().sub("", name)


@cache
def count_verbs() -> frozenset[str]:
    """The verbs that count (新增, 新认定, 净增): a figure after one is a count of what follows."""
    return frozenset(table("cues")["figure"]["count_verbs"])


@cache
def _noun_patterns() -> tuple[Pattern, Pattern]:
    n = table("cues")
    # (verbs of one character, 有 and 达, begin words too: 有效, 达标)
    every = (*n["figure"]["count_verbs"], *n["name"]["object_verbs"], *n["name"]["intake_verbs"])
    verbs = [v for v in every if len(v) > 1]
    return (
        compile_pattern(rf"^(?:{alternation(verbs)})+"),
        compile_pattern(rf"(?:{alternation(sorted(aspect_words()))})$"),
    )


@cache
def _count_and_intake_verbs() -> frozenset[str]:
    n = table("cues")
    return frozenset((*n["figure"]["count_verbs"], *n["name"]["intake_verbs"]))


def is_counting_verb(name: str) -> bool:
    """Whether a name is only a verb that counts or registers (新增, 评价入库): it names no thing."""
    return name in _count_and_intake_verbs()


def noun_of(name: str) -> str:
    """What a measure's name counts, without the verb that counts it or the aspect it gives:
    新认定高新技术企业 and 高新技术企业总数 -> 高新技术企业, 评价入库科技型中小企业 -> 科技型中小企业."""
    verbs, aspects = _noun_patterns()
    noun = aspects.sub("", verbs.sub("", name))
    return noun if len(noun) >= 2 else name


@cache
def _verb_end() -> Pattern:
    return compile_pattern(rf"(?:{alternation(count_verbs())})+$")


@cache
def _stock_aspects() -> frozenset[str]:
    return frozenset(table("cues")["name"]["stock_aspects"])


def aspect_in(raw: str) -> str:
    """The stock aspect a clause before a figure names, with nothing but a place before it and
    a verb after it (涧西区总数达 -> 总数), else ""."""
    s = _verb_end().sub("", raw.strip(" ,;:、"))
    for k in range(min(len(s), 4), 1, -1):
        if s[-k:] in _stock_aspects() and (k == len(s) or is_place_name(s[:-k])):
            return s[-k:]
    return ""


def aspect_of(name: str) -> str:
    """How a name that is only an aspect of a measure names it: "aspect" (总量, 完成率), "stock"
    for a count of the noun counted (总数 of what is held; after a verb, what it counted:
    入库数量, 新增数量), else ""."""
    verbs, _ = _noun_patterns()
    rest = verbs.sub("", name)
    if rest in _stock_aspects():
        return "stock"
    return "aspect" if name in aspect_words() else ""


def of_aspect(name: str, base: str) -> tuple[str, bool]:
    """产值1038.82亿元，总量列全省第10位: a name that is only an aspect is of the measure base names;
    a stock, of what that measure counts (新认定高新技术企业356家，总数达到1893家: 高新技术企业总数).
    ("", False) when name is no aspect; the bool: the name is of what base counts."""
    aspect = aspect_of(name)
    noun = noun_of(base) if base and aspect == "stock" else base
    if not aspect or not base or (name not in aspect_words() and noun == base):
        return "", False
    return (base if base.endswith(name) else noun + name), noun != base


@cache
def _object_verbs() -> tuple[str, ...]:
    return tuple(sorted(table("cues")["name"]["object_verbs"], key=len, reverse=True))


# 分别为, 依次是: what opens a list of figures given in the order of their subjects
RESPECTIVELY: Final = compile_pattern(
    rf"(?:{alternation(table('cues')['name']['respectively'])})(?:{alternation(table('cues')['name']['respectively_open'])})"
)


def without_place_item(name: str) -> str:
    """The name before 分别为 when what follows it is the list's first place (新认定数量分别为
    株洲市 of 株洲市301家、湘潭市257家): that place is the figure's region, no part of its name."""
    m = RESPECTIVELY.search(name)
    return name[: m.start()] if m and m.start() >= 2 and is_place_name(name[m.end() :]) else name


@cache
def _counting_verbs() -> Pattern:
    verbs = alternation(table("cues")["name"]["counted_by"])
    return compile_pattern(rf"^(?:{alternation(table('cues')['name']['counted_lead'])})?(?:{verbs})+|(?:{verbs})+$")


def counted_thing(name: str) -> str:
    """What a count's name counts, without the verb it was counted by, before or after it
    (登记技术合同 and 技术合同登记 -> 技术合同): a measure after the count is of those things."""
    thing = _counting_verbs().sub("", name)
    return thing if len(thing) >= 2 else name


def overlap_join(head: str, name: str) -> str:
    """head + name, written once where head ends with the words name starts with: 技术合同成交 and
    成交额 make 技术合同成交额, not 技术合同成交成交额 (an overlap of two characters or more)."""
    for k in range(min(len(head) - 1, len(name)), 1, -1):
        if head.endswith(name[:k]):
            return head[:-k] + name
    return head + name


def shared_rest(before: str, name: str) -> str:
    """The name a short name stands for after the name before it, when it puts another verb
    where that name's verb stood: 授权量 after 发明专利申请量 is 发明专利授权量, 兑现 after
    发放创新券 is 兑现创新券; "" when it stands for nothing more."""
    verbs = _object_verbs()
    verb = next((v for v in verbs if name.startswith(v)), "")
    if not verb or len(name) > len(verb) + 2:
        return ""
    tail = name[len(verb) :]  # 量 of 授权量, "" of 兑现
    if tail:
        for v in verbs:
            if v != verb and before.endswith(v + tail) and len(before) > len(v + tail):
                return before[: -len(v + tail)] + name
        return ""
    lead = next((v for v in verbs if before.startswith(v)), "")
    if lead and lead != verb and len(before) > len(lead) + 1:
        return name + before[len(lead) :]
    return ""


@cache
def _amount_verbs() -> dict[str, str]:
    return dict(table("cues")["name"]["amount_of_verb"])


def amount_named(name: str) -> str:
    """A name ending in the verb of an amount (高校技术合同成交, an amount of money after it) named
    by the amount's noun (成交额)."""
    for verb, noun in _amount_verbs().items():
        if name.endswith(verb) and len(name) > len(verb):
            return name[: -len(verb)] + noun
    return name


@cache
def short_forms() -> frozenset[str]:
    """A measure's head words, which a text writes alone for the measure named before (指数,
    强度): cues.toml [name] heads. (Not 成交额 or 产值: written alone after a breakdown by
    type or performer, the measure named last is often a part, 企业输出技术成交额.)"""
    return frozenset(table("cues")["name"]["heads"])


@cache
def _pointing() -> Pattern:
    n = table("cues")["name"]
    heads = [*n["aspects"], *n["anaphoric_heads"]]
    return compile_pattern(
        rf"(?:{alternation(n['pointing'])})(?:{alternation(heads)})(?:{alternation(n['pointing_tail'])})?$"
    )


@cache
def _done_target() -> Pattern:
    n, k = table("cues")["name"], table("cues")["kind"]
    of = alternation(k["growth_attributive"])  # (完成全年目标任务的52%: the 的 before the figure)
    return compile_pattern(
        rf"^(?:{alternation(k['done'])})(?:{alternation(n['target_years'])})?(?:{alternation(n['target_nouns'])})(?:{of})?$"
    )


@cache
def _completion_ends() -> tuple[str, ...]:
    """What a clause ending in a target done ends in: the target's noun, and 的 after it."""
    nouns = table("cues")["name"]["target_nouns"]
    return tuple(nouns) + tuple(n + w for n in nouns for w in attributive_words())


@cache
def _completion() -> Pattern:
    n, k = table("cues")["name"], table("cues")["kind"]
    of = alternation(k["growth_attributive"])
    done = alternation(sorted(k["done"], key=len, reverse=True))
    # (who set the target and its year may stand between: 完成州政府年度目标任务数, 完成2025年目标)
    return compile_pattern(
        rf"(?:{done})(?P<set>[\p{{Han}}\d]{{0,10}}?)(?P<noun>{alternation(n['target_nouns'])})(?:{of})?$"
    )


def completion_name(core: str) -> str:
    """The name of the part of a target done (完成年度目标的92%, 完成省定目标135%): 完成 and the
    target as written, which is what reports call such a figure; empty when the clause does not
    end in a target done."""
    if not core.removesuffix("\n").endswith(_completion_ends()):
        return ""  # (asked at every percent figure: the pattern's end, before $, is checked first)
    m = _completion().search(core)
    return core[m.start() : m.end("noun")] if m else ""


@cache
def _place_opens() -> tuple[str, ...]:
    return tuple(table("cues")["name"]["respectively_open"])


def place_alone(core: str) -> bool:
    """Whether a clause is only a place and 为/是 before its figure (海东市为47.90分): it names no
    measure of its own."""
    opens = _place_opens()
    return core.endswith(opens) and any(core.endswith(w) and is_place_name(core[: -len(w)]) for w in opens)


@cache
def _says() -> Pattern:
    n = table("cues")["name"]
    return compile_pattern(rf"(?:{alternation(n['says_documents'])})(?:{alternation(n['says_verbs'])})")


def only_says(name: str) -> bool:
    """Whether a name is only a document and its verb of saying (规划提出): it names no measure."""
    return _says().fullmatch(name) is not None


@cache
def _actor() -> Pattern:
    return compile_pattern(alternation(table("cues")["name"]["actor_until"]))


def after_actor(name: str) -> str:
    """A name with a plan's verb inside (科技系统将力争全年技术合同成交额): the measure after it."""
    m = _actor().search(name)
    return clean(name[m.end() :]) if m and m.start() >= 2 and len(name) - m.end() >= 2 else name


def names_a_target(core: str) -> bool:
    """Whether a clause names only the target its figure is the part done of, and that target
    only by its year (完成全年目标任务的52%, not 完成省定目标的135%): the figure is of the subject's
    target, and takes the subject's name."""
    return _done_target().search(core) is not None


def points_back(core: str) -> bool:
    """Whether a clause names its figure only by pointing back (这一比重, 该指标, 上述数量)."""
    return _pointing().search(core) is not None


@cache
def member_classes() -> tuple[str, ...]:
    """Words that make a name one member of a breakdown (先进制造领域, 医药行业): cues.toml
    [name] member_classes."""
    return tuple(table("cues")["name"]["member_classes"])


@cache
def _aspects_longest_first() -> tuple[str, ...]:
    return tuple(sorted(aspect_words(), key=lambda a: (-len(a), a)))


class ClassMeasures:
    """The measure a paragraph's breakdown by class gives its members (电子信息领域技术合同成交额:
    技术合同成交额 of 领域), so that a member named bare later in the paragraph (先进制造领域增速较快)
    is of that measure too."""

    def __init__(self) -> None:
        self._measure: dict[str, tuple[str, tuple[int, int]]] = {}  # class word -> (measure, paragraph)

    def complete(self, name: str, para: tuple[int, int]) -> str:
        """name with the measure its class was given in the paragraph, when it names none; and
        what a name with a measure after its class word gives that class."""
        if "、" in name:
            return name  # (a list's members share the measure written after them)
        for word in member_classes():
            k = name.rfind(word)
            if k < 2:
                continue
            rest = name[k + len(word) :]
            if not rest:
                got = self._measure.get(word)
                return name + got[0] if got is not None and got[1] == para else name
            # (the measure, not an aspect of it the name ends in: 增加值增速 gives 增加值)
            # (a loop, not next() over a generator: mypyc compiles a closure over a loop variable wrongly)
            for aspect in _aspects_longest_first():
                if rest.endswith(aspect) and len(rest) > len(aspect):
                    rest = rest[: -len(aspect)]
                    break
            if len(rest) >= 2:
                self._measure[word] = (rest, para)
        return name


@cache
def _adding_verbs() -> tuple[str, ...]:
    """cues.toml [name] adding_verbs, longest first."""
    return tuple(sorted(table("cues")["name"]["adding_verbs"], key=lambda v: (-len(v), v)))


def verb_only(core: str) -> str:
    """The verb of adding a clause ends in when nothing but a place or a lead stands before it
    (滨海新区新增, 其中越城区新增 -> 新增), else ""."""
    for verb in _adding_verbs():
        if core.endswith(verb) and not clean(core[: -len(verb)]):
            return verb
    return ""


@cache
def _average_end() -> tuple[Pattern, Pattern]:
    words = alternation(table("placewords")["average"]["words"])
    n = table("cues")["name"]
    verbs = alternation([*n["compared_with"], *n["compared_as"]])
    return (
        compile_pattern(rf"(?:{scope_word_pattern().pattern})[^,;:。()]{{0,6}}?(?:{words})$"),
        compile_pattern(rf"(?:{alternation(n['comparison_adverbs'])})*(?:{verbs})$"),
    )


def average_measure(before: str) -> str | None:
    """The measure compared with a place's average that `before` ends with, a bracketed figure
    after it being that average (全市R&D经费投入强度仍低于全省平均水平(3.54%): R&D经费投入强度);
    "" when the clause names none (与全国平均水平(2.4%)差距缩小), None when there is no average."""
    end, comparing = _average_end()
    m = end.search(before)
    return None if m is None else clean(comparing.sub("", before[: m.start()]))


HEADING_NOISE: Final = compile_pattern(r"[0-9,;!?。]")


def heading_topic(text: str) -> str:
    """The measure a paragraph's numbered heading names when it opens the paragraph as a sentence
    of its own ((一)全社会R&D经费投入。2020年基期值42.6亿元 -> 全社会R&D经费投入), or ""."""
    s = text.strip()
    m = LIST_MARK.match(s)
    body = s[m.end() :].rstrip("。:") if m else ""
    if not 2 <= len(body) <= 20 or HEADING_NOISE.search(body):
        return ""
    topic = clean(body)
    return topic if len(topic) >= 2 and not is_cue_only(topic) else ""


@cache
def _whole_before() -> Pattern:
    return compile_pattern(rf"^(?:{alternation(table('cues')['name']['whole_before'])})(.{{2,}})$")


def bracketed_whole(before: str) -> str:
    """The whole a bracketed figure is the value of (占全县规上工业企业(78家) -> 全县规上工业企业), or
    "" when `before` is no 占 and a noun."""
    m = _whole_before().match(before)
    if not m:
        return ""
    # (占全市(16.5亿元): a unit's whole alone, of the measure the sentence speaks of)
    return clean(m.group(1)) or (m.group(1) if scope_word_kind(m.group(1)) else "")


def around_bracket(t: str, prev: tuple[int, int, int], c_lo: int, pos: int) -> tuple[int, str]:
    """The clause of a figure at pos that goes on after a bracketed whole (占全县规上工业企业(78家)的
    57.7%): read around the bracket, from where the bracketed figure's clause began. prev: the
    bracketed figure's start and end and its clause's start (-1 when it was no bracketed whole)."""
    start, end, lo = prev
    if lo < 0 or not t.startswith(")", end) or c_lo > end + 1:
        return c_lo, t[c_lo:pos]
    return lo, t[lo : start - 1] + t[end + 1 : pos]


GROWTH_ASPECTS: Final = tuple(table("cues")["name"]["growth_aspects"])


def what_grew(name: str) -> str:
    """A growth's name without the word that says it is a growth (研发投入增速 -> 研发投入)."""
    for w in GROWTH_ASPECTS:
        if name.endswith(w) and len(name) - len(w) >= 2:
            return name[: -len(w)]
    return name
