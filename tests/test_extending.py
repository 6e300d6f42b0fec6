"""The recipes of docs/extending.md: one row added to one file of kg/data changes what kg finds.

Each test adds its row to the shipped file as it is read (so the rest of the file stays as shipped) and builds a
fresh pipeline: the lexicons are read when a pipeline is built, through their registered functions.
"""

from __future__ import annotations

import pytest

import kg
from kg.pipeline import lexicons
from tests.conftest import spans_of


@pytest.fixture
def add_row(monkeypatch):
    """``add_row(file, row)``: the file ``kg/data/<file>`` as shipped plus ``row``, for pipelines built after."""
    extra: dict[str, str] = {}
    shipped = lexicons.read_data
    monkeypatch.setattr(lexicons, "read_data", lambda name: shipped(name) + extra.get(name, ""))
    return lambda name, row: extra.__setitem__(name, extra.get(name, "") + row + "\n")


def test_extending_a_body_head(add_row):
    text = "青禾县国营林场发布了通知。"
    assert spans_of(kg.load()(text), "ORG") == []
    add_row("org_heads.tsv", "林场\tnamed\tno")
    assert spans_of(kg.load()(text), "ORG") == ["青禾县国营林场"]


def test_extending_a_domain_stem(add_row):
    text = "青禾县茶业局印发了方案。"
    assert spans_of(kg.load()(text), "ORG") == []
    add_row("domain_stems.tsv", "茶业")
    assert spans_of(kg.load()(text), "ORG") == ["青禾县茶业局"]


def test_extending_a_class_head_needs_a_proper_part(add_row):
    add_row("org_heads.tsv", "林场\tnamed\tyes")
    nlp = kg.load()
    assert spans_of(nlp("陇南市国营林场发布了通知。"), "ORG") == ["陇南市国营林场"]
    assert spans_of(nlp("他打算去附近的国营林场看看。"), "ORG") == []


def test_extending_a_document_kind(add_row):
    text = "县委办公室印发《青禾县委常委会会议纪要》。"

    def kinds(doc):
        return {s.text: s._.kg_subtype for s in doc.spans["kg"] if s.label_ == "DOC"}

    assert kinds(kg.load()(text))["青禾县委常委会会议纪要"] != "minutes"
    add_row("document_kinds.tsv", "纪要\tminutes")
    assert kinds(kg.load()(text)) == {"青禾县委常委会会议纪要": "minutes"}


def test_extending_a_mechanism_head(add_row):
    text = "青禾县建立了河湖巡查包保责任链。"
    assert spans_of(kg.load()(text), "MECH") == []
    add_row("mechanism_heads.tsv", "责任链\tnamed")
    assert spans_of(kg.load()(text), "MECH") == ["河湖巡查包保责任链"]


def test_extending_a_line_of_page_furniture(add_row, monkeypatch):
    import importlib

    from kg.pipeline import noise, verbs

    text = "县委召开会议。\n阅读原文\n"
    assert noise.noise_ranges(text) == []
    shipped = verbs.read_data
    monkeypatch.setattr(verbs, "read_data", lambda name: shipped(name) + ("阅读原文\tline\n" if name == "noise_lines.tsv" else ""))
    try:
        reloaded = importlib.reload(noise)
        assert [text[s:e] for s, e in reloaded.noise_ranges(text)] == ["阅读原文"]
    finally:
        monkeypatch.undo()
        importlib.reload(noise)
