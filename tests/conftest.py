"""Shared fixtures: one pipeline per test session (building it compiles the grammar once); real texts when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import kg
from kg.corpus import extract_texts
from kg.io import sample_dir

# The project's corpus of real (third-party) texts lives beside the checkout, never in it.
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return kg.load()


def extracted(nlp: Language, text: str) -> tuple[dict[str, tuple[str, list[str]]], set[tuple[str, str, str]]]:
    """The entities of ``text`` by name (type, sorted mention texts) and its relations as name triples."""
    (record,) = extract_texts(nlp, [("t.txt", text)])
    names = {e.name: (e.type, sorted({m.text for m in e.mentions})) for e in record.entities}
    return names, {(r.head.name, r.type, r.tail.name) for r in record.relations}


def mechanisms_of(names: dict[str, tuple[str, list[str]]]) -> set[str]:
    """The names of the mechanisms among :func:`extracted`'s entities."""
    return {name for name, (kind, _) in names.items() if kind == "MECH"}


def spans_of(doc, label: str, *, nested: bool = False) -> list[str]:
    """Texts of the entity spans of one label, in order; with ``nested``, also those inside another of the label
    (the parent 省纪委监委 inside 省纪委监委第七监督检查室)."""
    spans = [s for s in doc.spans["kg"] if s.label_ == label]
    return [s.text for s in spans if nested or not any(
        o is not s and o.start_char <= s.start_char and s.end_char <= o.end_char and len(o) > len(s) for o in spans)]


def relations_of(doc) -> list[tuple[str, str, str]]:
    """(head, type, tail) of each relation of ``doc`` by the text of its ends, in the order found."""
    return [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations]


def texts_of(kind: str) -> list[str]:
    """The bundled samples (``"samples"``), or the real texts of ``../shared/corpus/dev`` (``"real"``).

    The real texts are not part of the repo: where they are absent (a bare clone), the test is skipped.
    """
    if kind == "samples":
        return [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    paths = sorted((SHARED_CORPUS / "dev").glob("*.txt"))
    if not paths:
        pytest.skip("needs the real texts of ../shared/corpus/dev beside the checkout (they are not part of the repo)")
    return [p.read_text(encoding="utf-8") for p in paths]
