"""Cheap checks tried before a pattern asked at every figure: each must answer exactly as the
pattern alone would (a check that says no where the pattern matches would drop a qualifier, a
category or a kind without any error).

The texts are drawn from the words of the very tables the patterns are built from, run together
with digits, punctuation and filler, so that matches are frequent.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kjstats import kinds, nameparts, regionrules
from kjstats.categories import GRANT, GRANT_FIRST, GRANT_WORDS
from kjstats.figurewords import figure_words
from kjstats.lexicon import table

L = figure_words()
QUALS, CUES = table("qualifiers"), table("cues")
WORDS = sorted(
    set(QUALS["verb"])
    | set(QUALS["linked"]["words"])
    | set(QUALS["linked"]["links"])
    | set(CUES["page"]["counters"])
    | set(CUES["page"]["print_run"])
    | set(CUES["kind"]["done"])
    | set(CUES["name"]["target_nouns"])
    | set(CUES["kind"]["growth"])
    | set(CUES["kind"]["growth_attributive"])
    | set(table("placewords")["average"]["words"])
    | set(table("placewords")["average"]["between"])
    | set(GRANT_WORDS)
    | {"了", "全市", "全省", "分之", "三分之一", "年度", "最高", "企业"}
)
PIECES = st.one_of(st.sampled_from(WORDS), st.sampled_from(list("0123456789%,;:：。 \n的为是达到元家")))
# (a word of the tables, then what may follow it, at the end: where most of the patterns end)
ENDS = st.sampled_from(["", "了", ":", "：", " ", "的", "(", "为"])
TEXTS = st.tuples(st.lists(PIECES, max_size=6).map("".join), st.sampled_from(WORDS), ENDS).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_figure_words_checks_answer_as_their_patterns(left):
    assert bool(L.verb_before(left)) == bool(L.verb_re.search(left))
    assert bool(L.linked_before(left)) == bool(L.linked_re.search(left))
    assert L.after_counter(left) == bool(L.counter_re.search(left))


@settings(max_examples=400, deadline=None)
@given(TEXTS, TEXTS)
def test_kind_and_name_checks_answer_as_their_patterns(before, after):
    t = before + after
    pos = len(before)
    m = kinds._share_of_after().match(t, pos)
    grown = kinds._growth_after().match(t, pos, pos + 8)
    assert kinds.share_noun_at(t, pos) == (m.end() if m is not None and grown is None else -1)
    assert kinds._growth_after_at(t, pos) == (grown is not None)
    m = nameparts._completion().search(before)
    assert nameparts.completion_name(before) == (before[m.start() : m.end("noun")] if m else "")


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_grant_and_average_checks_answer_as_their_patterns(window):
    end = len(window)
    grant = not GRANT_FIRST.isdisjoint(window) and GRANT.search(window, 0, end) is not None
    assert grant == (GRANT.search(window, 0, end) is not None)
    lo = max(0, end - 24)
    checked = window.endswith(regionrules._average_between(), lo, end)
    assert checked or regionrules._average_of().search(window, lo, end) is None
