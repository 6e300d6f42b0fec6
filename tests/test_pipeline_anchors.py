"""Windowed scans: a pattern tried only near the words it needs must find what the pattern finds, everywhere."""

from __future__ import annotations

import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.anchors import Anchored, Need, analyse, windowed
from tests.conftest import texts_of


def _kg_patterns(nlp) -> list[re.Pattern[str]]:
    """The compiled patterns of kg's modules and of the pipeline's components (the windowed ones as patterns)."""
    found = [v for name, module in list(sys.modules.items()) if name.startswith("kg.")
             for v in vars(module).values() if isinstance(v, re.Pattern | Anchored)]
    found += [v for _, pipe in nlp.pipeline for v in vars(pipe).values() if isinstance(v, re.Pattern | Anchored)]
    plain = [v.compiled if isinstance(v, Anchored) else v for v in found]
    return [p for p in dict.fromkeys(plain) if isinstance(p.pattern, str)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"[\u4e00-\u9fff]{2,4}?部门", (("部门",), 2, 4)),
        (r"(?<=成立|组建)[\u4e00-\u9fff]{4}联盟", (("联盟",), 4, 4)),  # the longer word first
        (r"(?<=成立|组建)[\u4e00-\u9fff]+联盟", (("成立", "组建"), -2, -2)),  # 联盟 stands anywhere after
        (r"[局院](?:党组|党委)|常委会", (("局党委", "局党组", "常委会", "院党委", "院党组"), 0, 0)),  # spelled out
        (r"(?:[一二三]|十)等(?:部门|单位)", (("一等单位", "一等部门", "三等单位", "三等部门", "二等单位", "二等部门",
                                        "十等单位", "十等部门"), 0, 0)),
        (r"(?=[^，]{0,3}等)[\u4e00-\u9fff]", (("等",), 0, 3)),  # a look-ahead's word counts
    ],
)
def test_needs_are_read_off_the_pattern(pattern, expected):
    needs = analyse(re.compile(pattern))
    assert needs is not None and needs[0][0] == Need(*expected)


@pytest.mark.parametrize("pattern", [r"[\u4e00-\u9fff]+局", r"(?:部门)?", r"部门|[^，]+局", r"(?i)ab"])
def test_patterns_without_a_bounded_need_stay_as_they_are(pattern):
    compiled = re.compile(pattern)
    assert windowed(compiled) is compiled


def _same(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> None:
    scan = windowed(pattern)
    end = len(text) if endpos is None else endpos
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]
    assert [(m.span(), m.groups()) for m in scan.finditer(text, pos, end)] == expected, pattern.pattern
    first = pattern.search(text, pos, end)
    found = scan.search(text, pos, end)
    assert (first and first.span()) == (found and found.span())


@pytest.mark.parametrize("kind", ["samples", "real"])
def test_windowed_scans_find_what_each_kg_pattern_finds(nlp, kind):
    rng = random.Random(7)
    patterns = [p for p in _kg_patterns(nlp) if analyse(p) is not None]
    assert len(patterns) > 50
    for text in texts_of(kind):
        for pattern in patterns:
            _same(pattern, text)
            start = rng.randrange(len(text) + 1)
            _same(pattern, text, start, rng.randrange(start, len(text) + 1))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="部门市县委党组、等联盟成立，\n ", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_windowed_scans_of_made_up_text(text, pos, endpos):
    for pattern in (r"(?<![市县])[\u4e00-\u9fff]{1,3}?部门(?!等)", r"(?:^|、)[^，]{1,3}等$",
                    r"(?<=成立)[^，]{1,6}?联盟", r"(?:(?<![\u4e00-\u9fff])|(?<=[、等]))(?:[市县]委|党组)\b"):
        _same(re.compile(pattern, re.MULTILINE), text, pos, endpos)


@pytest.mark.parametrize(
    "source",
    [r"[^，]{1,4}?(?:医院|中学)", r"(?:(?:市委|县委)[^，]{1,3}?|[^，]{2,5}?)(?:委员会|领导小组)", r"(?<=[省市])[^，]{0,2}部门"],
)
def test_a_guarded_part_matches_where_it_did(source):
    from kg.pipeline.anchors import guarded

    plain, guard = re.compile(source), re.compile(guarded(source))
    assert guard.pattern.startswith("(?=(?s:.){")
    for text in texts_of("samples"):
        assert [m.span() for m in guard.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(0, len(text), 97):
            assert bool(guard.match(text, start)) == bool(plain.match(text, start))


def test_the_grammar_s_guarded_parts_find_what_the_parts_find(nlp):
    """The institution grammar built without the guards finds what it finds (on the samples)."""
    import kg.pipeline.institutions as institutions

    finder = nlp.get_pipe("kg_institutions")
    unguarded = re.compile(re.sub(r"\(\?=\(\?s:\.\)\{\d+,\d+\}\?\(\?:[^()]*\)\)", "", finder.pattern.pattern))
    assert unguarded.pattern != finder.pattern.pattern and institutions.guarded
    for text in texts_of("samples"):
        assert [m.span() for m in finder.pattern.finditer(text)] == [m.span() for m in unguarded.finditer(text)]
