"""Sentence boundaries for Chinese text on character tokens.

A sentence ends at 。！？；!?; or a line break (headings and list items are lines of their own), but not
inside 《》 titles or “” quotations.

Examples
--------
>>> sentence_bounds("市委印发《规划》。巡察办建立机制；\\n下一行")
[(0, 9), (9, 17), (18, 21)]
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.spans import doc_text

ENDS = set("。！？；!?;\n")
OPEN, CLOSE = "《“「『", "》”」』"
SENTENCES_KEY = "kg_sentences"  # doc.user_data[SENTENCES_KEY] = (length of the text, its sentence bounds)
_EVENTS = re.compile("[" + re.escape("".join(sorted(ENDS)) + OPEN + CLOSE) + "]")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text`` (without surrounding whitespace)."""
    bounds: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in _EVENTS.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        if ch in ENDS and (depth == 0 or ch == "\n"):
            depth = 0
            _append_trimmed(bounds, text, start, i + (ch != "\n"))
            start = i + 1
    _append_trimmed(bounds, text, start, len(text))
    return bounds


def _append_trimmed(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        bounds.append((start, end))


def doc_sentences(doc: Doc) -> list[tuple[int, int]]:
    """:func:`sentence_bounds` of a Doc, computed once and kept with it."""
    text = doc_text(doc)
    cached = doc.user_data.get(SENTENCES_KEY)
    if cached is None or cached[0] != len(text):
        cached = doc.user_data[SENTENCES_KEY] = (len(text), sentence_bounds(text))
    return cached[1]


@Language.component("kg_sentences", assigns=["token.is_sent_start"])
def set_sentences(doc: Doc) -> Doc:
    """Set ``token.is_sent_start`` from :func:`sentence_bounds`."""
    if not len(doc):
        return doc
    starts = numpy.array([start for start, _ in doc_sentences(doc)], dtype="int64")
    # one array write: setting token.is_sent_start one by one re-checks the whole Doc each time
    if len(doc) == len(doc_text(doc)):  # a token per character: the starts are token indexes
        flags = numpy.full(len(doc), -1, dtype="int64")
        flags[starts] = 1
    else:
        flags = numpy.where(numpy.isin(doc.to_array("IDX"), starts), 1, -1).astype("int64")
    flags[0] = 1
    array = flags.astype("uint64").reshape(-1, 1)  # -1 is stored as its uint64 bit pattern
    doc.from_array([SENT_START], array)  # type: ignore[arg-type]
    return doc
