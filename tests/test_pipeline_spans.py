"""Span helpers: the start-character prefilter must never change what a regex finds."""

from __future__ import annotations

import re
from unittest import mock

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline import spans
from kg.pipeline.lexicons import mechanism_terms
from kg.pipeline.spans import (
    Ent,
    Found,
    add_found,
    entity_spans,
    entity_views,
    fast_start,
    prefix_tree,
    replace_covered,
    set_span_meta,
    trie_regex,
)
from tests.conftest import texts_of


@pytest.mark.parametrize(
    ("pattern", "prefixed"),
    [
        (r"(?:中共)?[省市]委", True),
        (r"(?:第[一二])?组|处", True),
        (r"a*b+", True),
        (r"\w+委", False),  # a category: any character may start it
        (r"[^，。]{2}局", False),  # a negated class
        (r"(?:中共)?", False),  # may match empty
    ],
)
def test_fast_start_prefixes_only_bounded_patterns(pattern, prefixed):
    assert fast_start(re.compile(pattern)).pattern.startswith("(?=[") is prefixed


@pytest.mark.parametrize("kind", ["samples", "real"])
def test_fast_start_finds_what_the_pattern_finds(nlp, kind):
    grammar = nlp.get_pipe("kg_institutions").pattern
    assert grammar.pattern.startswith("(?=[")  # the institution grammar is prefiltered
    plain = re.compile(grammar.pattern.split(")(?:", 1)[1][:-1])
    for text in texts_of(kind):
        assert [m.span() for m in grammar.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_entity_views_mirror_the_spans(nlp):
    doc = nlp("在省委巡视组的指导下，县委巡察办建立“双反馈”机制。")
    views = entity_views(doc)
    assert [(v.text, v.label_, v.start_char, v.end_char) for v in views] == [
        (s.text, s.label_, s.start_char, s.end_char) for s in doc.spans["kg"]]
    assert all(v.span.doc is doc and len(v) == len(v.text) for v in views)


def _kg_patterns(nlp) -> list[re.Pattern[str]]:
    """The compiled patterns of kg's modules and of the pipeline's components (the grammar included)."""
    import sys

    found = [v for name, module in list(sys.modules.items()) if name.startswith("kg.")
             for v in vars(module).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
    return found + [v for _, pipe in nlp.pipeline for v in vars(pipe).values() if isinstance(v, re.Pattern)]


def test_start_chars_read_off_the_text_are_re_parsers(nlp):
    from kg.pipeline.starts import _Unsure, parsed_first, read_first

    patterns = _kg_patterns(nlp)
    assert len(patterns) > 150
    for pattern in patterns:
        try:
            read = read_first(pattern.pattern, pattern.flags)
        except _Unsure:  # left to re's parser (a back reference)
            continue
        assert read == parsed_first(pattern.pattern, pattern.flags), pattern.pattern[:80]


@pytest.mark.parametrize("source", [
    r"[]a]b|[-a]c|[a-]d|[\-x]e|[\u4e00-\u4e05]|\x41|\.", r"(?:a|)?(?P<x>b|c*)d?e", r"\b(?=x)(?<!y)^$z", r"a{0,2}b{,3}c{2}",
    "{}x|{a", r"(?:ab)+?c|\d", r"[^a]", r"[\u4e00-\u9fff]x", "",
])
def test_start_chars_read_off_the_text_of_odd_patterns(source):
    from kg.pipeline.starts import parsed_first, read_first

    assert read_first(source) == parsed_first(source)


def _flat_trie(words: list[str]) -> str:
    """The prefix tree as one alternation per node (trie_regex before it grouped big nodes behind look-aheads)."""
    trie = prefix_tree(words)

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑", min_size=1, max_size=4), min_size=1, max_size=60),
       text=st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑，", max_size=200))
def test_grouped_prefix_tree_finds_what_the_flat_one_finds(words, text):
    with mock.patch.object(spans, "_FLAT_CHILDREN", 3), mock.patch.object(spans, "_GROUPS", 2):  # (12 letters: groups)
        grouped_source = trie_regex(words)
    grouped, flat = re.compile(grouped_source), re.compile(_flat_trie(words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.span() for m in re.finditer(f"(?:{grouped_source})那", text + "那")] == [
        m.span() for m in re.finditer(f"(?:{_flat_trie(words)})那", text + "那")]  # backtracking into the tree


def test_grouped_prefix_tree_on_kg_lexicons():
    terms = mechanism_terms()
    text = "\n".join(texts_of("samples"))
    grouped, flat = re.compile(trie_regex(terms)), re.compile(_flat_trie(terms))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑", min_size=1, max_size=4), min_size=1, max_size=60),
       text=st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑，", max_size=200))
def test_a_trie_scan_finds_what_the_prefix_tree_finds(words, text):
    from kg.pipeline.spans import trie_scan

    scan, flat = trie_scan(words), re.compile(_flat_trie(words))
    assert not scan.pattern.startswith("(?=")  # few first characters: re's own filter, no look-ahead
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_trie_scans_of_kg_lexicons(nlp):
    from kg.pipeline.spans import trie_scan

    text = "\n".join(texts_of("samples"))
    for words in (mechanism_terms(), list(nlp.get_pipe("kg_relations").patterns.types_of)):
        scan, flat = trie_scan(words), re.compile(_flat_trie(words))
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_replace_covered_keeps_what_no_new_span_covers():
    """New spans replace the spans of their label inside them (by stored keys), one per key, in text order."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})
    doc = nlp.make_doc("制定问题清单和整改台账")
    doc._.kg_noise = []
    add_found(doc, [Found(2, 4, "DOC"), Found(2, 6, "MECH"), Found(7, 11, "DOC")])
    text = doc.text

    def ent(start, end, label, subtype):
        span = doc.char_span(start, end, label=label)
        set_span_meta(span, subtype, False)
        return Ent(span, text, {(start, end, label): (subtype, False)})

    replace_covered(doc, [ent(2, 6, "DOC", "a"), ent(7, 11, "DOC", "b"), ent(2, 6, "DOC", "c")])
    assert [(s.start_char, s.end_char, s.label_) for s in entity_spans(doc)] == [
        (2, 6, "MECH"), (2, 6, "DOC"), (7, 11, "DOC")]  # 问题 (DOC) covered; the MECH of another label stays
    assert [(v.text, v.label_, v.subtype) for v in entity_views(doc)] == [
        ("问题清单", "MECH", None), ("问题清单", "DOC", "c"), ("整改台账", "DOC", "b")]
