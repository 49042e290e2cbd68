"""The parts of a name the namer takes from around a figure: a part of a whole counted before
it (其中省级3家), the topic of a clause before it (高新技术产业发展态势良好), the noun after an
amount given (获得1422万元后补助), the region word that is no part of a name (鼓励区内), the
rest a short name shares with the name before it (申请量…，授权量…)."""

from __future__ import annotations

from functools import cache

from .cleaning import clean, is_cue_only
from .lexicon import Pattern, alternation, compile_pattern, region_words, table


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


def is_part(core: str) -> bool:
    """Whether a clause names a part of what was counted before it (其中省级3家)."""
    return bool(_parts()[0].match(core))


def part_name(name: str, whole: str) -> str:
    """A part named short takes the rest of its whole's name: 省级 of 创新平台 -> 省级创新平台,
    新认定 of 高新技术企业 -> 新认定高新技术企业, 发明专利 of 专利授权数 -> 发明专利授权数 (the
    noun they share, then the whole's measure)."""
    _, modifiers, examples, level, measure = _parts()
    head = examples.sub("", whole)  # 工程技术研究中心等创新平台: the whole's own noun
    if len(head) < 2 or not name or name in head:
        return name
    if name in modifiers:
        head = level.sub("", head)
        return name + head if len(head) >= 2 else name
    if name in _count_verbs():
        return name + head  # 其中新认定486家 of 高新技术企业: the new ones of the whole
    for k in range(len(name) - 1, 1, -1):
        i = head.find(name[-k:])
        if i >= 0 and measure.match(head[i + k :]):
            return name + head[i + k :]
    return name


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
def _count_verbs() -> frozenset[str]:
    return frozenset(table("cues")["figure"]["count_verbs"])


@cache
def _object_verbs() -> tuple[str, ...]:
    return tuple(sorted(table("cues")["name"]["object_verbs"], key=len, reverse=True))


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
