"""SliceCache: the full matches it remembers are those the pattern gives, for the patterns it is used with."""

from __future__ import annotations

import random
import re

from kg.pipeline.gazetteer import mask_places
from kg.pipeline.regions import doc_places
from kg.pipeline.slices import SliceCache
from kg.pipeline.starts import sre, sre_parse
from tests.conftest import texts_of

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _sight(items, behind: list[int], anchors: list[object]) -> None:
    """The widths of the look-behinds of a parsed pattern (into ``behind``), and its anchors (^, \\b…)."""
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            if av[0] < 0:
                behind.append(av[1].getwidth()[1])
            _sight(av[1], behind, anchors)
        elif op == sre.SUBPATTERN:
            _sight(av[-1], behind, anchors)
        elif op == sre.BRANCH:
            for branch in av[1]:
                _sight(branch, behind, anchors)
        elif op in _REPEATS:
            _sight(av[2], behind, anchors)
        elif op == sre.AT:
            anchors.append(av)


def test_the_parent_search_sees_no_further_than_its_caches_remember(nlp):
    finder = nlp.get_pipe("kg_institutions")
    for cache in (finder.unit_cuts, finder.whole):
        behind: list[int] = []
        anchors: list[object] = []
        _sight(sre_parse.parse(cache.pattern.pattern, cache.pattern.flags), behind, anchors)
        assert max(behind) <= cache.behind and not anchors


def test_remembered_answers_are_the_patterns(nlp):
    finder = nlp.get_pipe("kg_institutions")
    rng = random.Random(4)
    for text in texts_of("samples")[:6]:
        masked = mask_places(text, doc_places(nlp(text)))
        fresh = [SliceCache(c.pattern, behind=c.behind) for c in (finder.unit_cuts, finder.whole)]
        for end in rng.sample(range(2, len(masked)), 150):
            for start in (end - 2, end - 3, end - 5, max(0, end - 9)):
                for cache in fresh * 2:  # once to learn, once remembered
                    expected = cache.pattern.fullmatch(masked, start, end)
                    assert cache.fullmatches(masked, start, end) is (expected is not None)
                    got = cache.fullmatch(masked, start, end)
                    assert (got and got.span()) == (expected and expected.span())


def test_a_full_cache_starts_afresh(monkeypatch):
    monkeypatch.setattr("kg.pipeline.slices.MAX_ENTRIES", 2)
    cache = SliceCache(re.compile("市委"), behind=0)
    assert [cache.fullmatches(t, 0, 2) for t in ("市委", "县委", "市委", "省委")] == [True, False, True, False]
    assert len(cache.known) <= 2
