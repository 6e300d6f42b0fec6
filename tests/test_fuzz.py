"""Property tests over random unicode: no exception, valid JSON, offsets that point at the mention, RDF that
parses back. The default profile generates over 10,000 cases across the run (``KG_FUZZ=quick`` for fewer)."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.rdf import graph_to_rdf, serialize

QUICK = os.environ.get("KG_FUZZ") == "quick"
PIECES = ["市委", "巡察办", "《", "》", "“", "”", "机制", "印发", "建立", "县", "省委第三巡视组", "关于", "的通知",
          "\n", "。", "，", "、", "与", "等", "〔2024〕3号", "(试行)", "👍", "\u0301", "\x00", "\u200b", "\ue000"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join),
    st.builds(lambda ch, n: ch * n, st.sampled_from(["《", "“", "市", "委", "。", " ", "\n"]), st.integers(0, 3000)),
)


def check_record(text: str, record: dict) -> None:
    json.loads(json.dumps(record, ensure_ascii=False))
    for entity in record["entities"]:
        assert entity["type"] in ("ORG", "DOC", "MECH")
        for start, end in entity["spans"]:
            assert 0 <= start < end <= len(text)
            assert text[start:end] in entity["mentions"]
    for relation in record["relations"]:
        assert text[relation["start"] : relation["end"]] == relation["evidence"]


@settings(max_examples=300 if QUICK else 9000, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts)
def test_fuzz_extraction_never_fails_and_offsets_hold(nlp, text):
    check_record(text, extract_doc(nlp(text), source="fuzz.txt").to_json())


@settings(max_examples=50 if QUICK else 1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts)
def test_fuzz_rdf_always_parses_back(nlp, text):
    from rdflib import Graph

    g = graph_to_rdf(build_graph([extract_doc(nlp(text), source="fuzz.txt")]))
    assert len(Graph().parse(data=serialize(g, "nt").decode("utf-8"), format="nt")) == len(g)
