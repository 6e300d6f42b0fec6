"""Sentence boundaries for Chinese text on character tokens.

A sentence ends at 。！？；!?; or a line break (headings and list items are lines of their own), but not
inside 《》 titles or “” quotations.

Examples
--------
>>> sentence_bounds("市委印发《规划》。巡察办建立机制；\\n下一行")
[(0, 9), (9, 17), (18, 21)]
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.spans import doc_text

ENDS = set("。！？；!?;\n")
OPEN, CLOSE = "《“「『", "》”」』"


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text`` (without surrounding whitespace)."""
    bounds: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
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


@Language.component("kg_sentences", assigns=["token.is_sent_start"])
def set_sentences(doc: Doc) -> Doc:
    """Set ``token.is_sent_start`` from :func:`sentence_bounds`."""
    starts = {start for start, _ in sentence_bounds(doc_text(doc))}
    # one array write: setting token.is_sent_start one by one re-checks the whole Doc each time
    flags = numpy.array([1 if t.i == 0 or t.idx in starts else -1 for t in doc], dtype="int64")
    flags = flags.astype("uint64").reshape(-1, 1)  # spaCy stores -1 (not a start) as its uint64 bit pattern
    if len(doc):
        doc.from_array([SENT_START], flags)  # type: ignore[arg-type]
    return doc
