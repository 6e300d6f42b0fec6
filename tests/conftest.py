"""Shared fixtures: one pipeline per test session (building it compiles the grammar once)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg


@pytest.fixture(scope="session")
def nlp() -> Language:
    return kg.load()


def spans_of(doc, label: str) -> list[str]:
    """Texts of the entity spans of one label, in order."""
    return [s.text for s in doc.spans["kg"] if s.label_ == label]
