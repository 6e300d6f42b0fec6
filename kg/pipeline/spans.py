"""Helpers shared by the components: regex building, left boundaries, adding spans to a Doc.

Components work on character offsets of ``doc.text`` (fast ``re`` scans) and turn the result into spaCy
spans in ``doc.spans["kg"]``, labelled ``ORG``, ``DOC`` or ``MECH``.

Examples
--------
>>> import re
>>> bool(re.fullmatch(trie_regex(["市委", "市政府", "县委"]), "市政府"))
True
>>> text = "市委宣传部成立安全生产责任制专项检查组"
>>> text[extend_left(text, text.index("专项检查组"), limit=12):text.index("专项检查组")]
'安全生产责任制'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kg.pipeline.lexicons import BOUNDARY_WORDS, OBJECT_VERBS

SPAN_KEY = "kg"
HAN = "\u4e00-\u9fff"
_BOUNDARY_LENGTHS = sorted({len(w) for w in BOUNDARY_WORDS}, reverse=True)
_FIRST_STOPS = OBJECT_VERBS | {w for w in BOUNDARY_WORDS if len(w) == 1}

if not Span.has_extension("kg_subtype"):
    Span.set_extension("kg_subtype", default=None)
    Span.set_extension("kg_generic", default=False)
if not Doc.has_extension("kg_noise"):
    Doc.set_extension("kg_noise", default=[])
    Doc.set_extension("kg_relations", default=[])
    Doc.set_extension("kg_regions", default={})


class Found(NamedTuple):
    """A candidate entity found by a component, in character offsets."""

    start: int
    end: int
    label: str
    subtype: str | None = None
    generic: bool = False
    nested: bool = False  # may sit inside another span of its label (the 交通运输局 in 交通运输局第一大队)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once: spaCy rebuilds it from the tokens on every access (slow on long texts)."""
    cached = doc.user_data.get("kg_text")
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if cached is None or len(cached) != length:  # none yet, or the Doc was retokenized since
        cached = doc.user_data["kg_text"] = doc.text
    return cached


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation over ``words`` shaped as a prefix tree (fast in ``re``, longest match first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff"


def extend_left(text: str, start: int, *, limit: int, floor: int = 0, strict: bool = True) -> int:
    """Move ``start`` left over Han characters until a boundary word, a non-Han character or ``limit``.

    Right at ``start`` (and everywhere if not ``strict``) only object verbs and one-character function words
    stop, so a name may end in a word like 通报 (督办通报).
    """
    left = start
    while left > floor and start - left < limit and is_han(text[left - 1]):
        words = BOUNDARY_WORDS if strict and left < start else _FIRST_STOPS
        if any(text[left - k : left] in words for k in _BOUNDARY_LENGTHS if left - k >= floor):
            break
        left -= 1
    return left


def stem_start(text: str, start: int, *, limit: int) -> int | None:
    """Like :func:`extend_left`, but None when ``limit`` cuts a description mid-word (no clean boundary).

    >>> print(stem_start("加快形成政府和检察机关共建共治共享联动工作新格局", 23, limit=8))
    None
    """
    left = extend_left(text, start, limit=limit)
    cut = start - left >= limit and left > 0 and is_han(text[left - 1])
    if cut and not any(text[left - k : left] in BOUNDARY_WORDS for k in _BOUNDARY_LENGTHS if left - k >= 0):
        return None
    return left


def marked(size: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per character of a text of ``size`` characters, non-zero inside any of ``ranges``.

    >>> list(marked(5, [(1, 3)]))
    [0, 1, 1, 0, 0]
    """
    marks = bytearray(size)
    for start, end in ranges:
        marks[start:end] = b"\x01" * (end - start)
    return marks


def add_found(doc: Doc, found: Iterable[Found]) -> None:
    """Add candidates to ``doc.spans["kg"]``: outside noise, longest first, no overlap within one label."""
    existing = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    size = len(doc_text(doc)) + 1
    noise = marked(size, doc._.kg_noise)
    taken: dict[str, bytearray] = {}
    exact: set[tuple[int, int, str]] = set()
    found = list(found)
    labels = {f.label for f in found}
    for span in existing:
        exact.add((span.start_char, span.end_char, span.label_))
        if span.label_ in labels:
            _mark(taken, span.label_, size, span.start_char, span.end_char)
    for item in sorted(found, key=lambda f: (f.nested, f.start - f.end, f.start)):
        if item.end <= item.start or any(noise[item.start : item.end]):
            continue
        busy = taken.get(item.label)
        if (item.start, item.end, item.label) in exact or (
            not item.nested and busy is not None and any(busy[item.start : item.end])
        ):
            continue
        span = doc.char_span(item.start, item.end, label=item.label, alignment_mode="expand")
        if span is None:
            continue
        span._.kg_subtype = item.subtype
        span._.kg_generic = item.generic
        existing.append(span)
        exact.add((item.start, item.end, item.label))
        if not item.nested:
            _mark(taken, item.label, size, item.start, item.end)
    doc.spans[SPAN_KEY] = sorted(existing, key=lambda s: (s.start_char, s.end_char))


def _mark(taken: dict[str, bytearray], label: str, size: int, start: int, end: int) -> None:
    taken.setdefault(label, bytearray(size))[start:end] = b"\x01" * (end - start)


def entity_spans(doc: Doc, label: str | None = None) -> list[Span]:
    """The entity spans of ``doc`` (optionally of one label), in text order."""
    spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    return [s for s in spans if label is None or s.label_ == label]
