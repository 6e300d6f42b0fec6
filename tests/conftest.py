"""Shared fixtures: one pipeline per test session (building it compiles the grammar once)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg


@pytest.fixture(scope="session")
def nlp() -> Language:
    return kg.load()


def spans_of(doc, label: str, *, nested: bool = False) -> list[str]:
    """Texts of the entity spans of one label, in order; with ``nested``, also those inside another of the label
    (the parent 省纪委监委 inside 省纪委监委第七监督检查室)."""
    spans = [s for s in doc.spans["kg"] if s.label_ == label]
    return [s.text for s in spans if nested or not any(
        o is not s and o.start_char <= s.start_char and s.end_char <= o.end_char and len(o) > len(s) for o in spans)]
