"""RDF: standard vocabularies, @zh labels, stable IRIs, round trips in every format."""

from __future__ import annotations

import re

import pytest
from rdflib import RDF, SKOS, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.rdf import FORMATS, graph_to_rdf, iri_for, read_rdf, write_rdf
from kg.vocab import KG, ORG


@pytest.fixture()
def G(nlp):
    texts = ["天水市委巡察办印发《甲办法》，建立“乙”机制。", "定西市交通运输局第一大队开展执法。"]
    return build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])


def test_rdf_uses_standard_classes_and_zh_labels(G):
    g = graph_to_rdf(G)
    org = iri_for("https://w3id.org/kg-zh/id/", "ORG:天水市委巡察办")
    assert (org, RDF.type, ORG.Organization) in g
    assert (org, SKOS.prefLabel, Literal("天水市委巡察办", lang="zh")) in g
    doc = iri_for("https://w3id.org/kg-zh/id/", "DOC:甲办法（天水市委巡察办）")  # a title that names no place: its issuer's
    assert (doc, DCTERMS.creator, org) in g
    unit = iri_for("https://w3id.org/kg-zh/id/", "ORG:定西市交通运输局第一大队")
    assert (unit, ORG.subOrganizationOf, iri_for("https://w3id.org/kg-zh/id/", "ORG:定西市交通运输局")) in g


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_rdf_round_trip_is_isomorphic(G, tmp_path, fmt):
    path = tmp_path / f"g.{FORMATS[fmt]}"
    write_rdf(G, path, format=fmt)
    assert isomorphic(read_rdf(path), graph_to_rdf(G))


def test_rdf_base_iri_is_settable(G):
    g = graph_to_rdf(G, base_iri="http://example.org/x/")
    assert all(str(s).startswith("http://example.org/x/") for s in g.subjects(RDF.type, ORG.Organization))


def test_rdf_same_graph_same_bytes(G, tmp_path):
    write_rdf(G, tmp_path / "a.ttl")
    write_rdf(G, tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_rdf_document_number_gives_identifier_and_issue_year(nlp):
    from rdflib import XSD

    G = build_graph([extract_doc(nlp("县政府印发《渭源县河长制工作规则》(渭政发〔2024〕12号)。"), source="a.txt")])
    doc = iri_for("https://w3id.org/kg-zh/id/", "DOC:渭源县河长制工作规则")
    g = graph_to_rdf(G)
    assert (doc, DCTERMS.identifier, Literal("渭政发〔2024〕12号")) in g
    assert (doc, DCTERMS.issued, Literal("2024", datatype=XSD.gYear)) in g


def test_rdf_turtle_prefixes_sorted_whatever_the_chunks():
    import io

    from kg.readwrite.rdf import _SortedPrefixes

    data = b"@prefix z: <urn:z#> .\n@prefix a: <urn:a#> .\nz:x a:p 1 .\nz:y a:p 2 .\n"
    for size in (1, 5, len(data)):
        out = io.BytesIO()
        handle = _SortedPrefixes(out)
        for i in range(0, len(data), size):
            handle.write(data[i : i + size])
        handle.finish()
        assert out.getvalue() == b"@prefix a: <urn:a#> .\n@prefix z: <urn:z#> .\nz:x a:p 1 .\nz:y a:p 2 .\n"


def test_rdf_iris_hold_only_characters_iris_may_hold(nlp):
    import pyoxigraph as ox

    for key in ("a b", "x\x7fy", "市\ue000委", "〔2024〕(试行)"):
        ox.NamedNode(str(iri_for("https://w3id.org/kg-zh/id/", f"DOC:{key}")))  # raises on an invalid IRI


def test_rdf_jsonld_one_node_object_per_subject(nlp, tmp_path):
    import json

    texts = ["青禾县人民政府印发《青禾县河长制工作方案》，建立“河长+检察长”机制。县水利局与县检察院建立“双反馈”机制。",
             "县委巡察办印发《青禾县河长制工作方案》。"]
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])
    write_rdf(G, tmp_path / "g.jsonld", format="json-ld")
    ids = [node["@id"] for node in json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))["@graph"]]
    assert len(ids) == len(set(ids)) == len(set(graph_to_rdf(G).subjects()))


def test_rdf_iri_escapes_zero_width_and_bidi_characters():
    assert str(iri_for("http://example.org/", "DOC:巡察\u202etxt\u200d.exe")) == \
        "http://example.org/doc/巡察%E2%80%AEtxt%E2%80%8D.exe"


def test_rdf_file_name_that_is_not_utf8_is_written(nlp, tmp_path):
    import os

    source = os.fsdecode(b"in/\xb8\xe6.txt")  # GBK bytes of a name, as Python reads them from the disk
    G = build_graph([extract_doc(nlp("天水市委巡察办印发《甲办法》。"), source=source)])
    write_rdf(G, tmp_path / "g.ttl")
    paths = {str(o) for o in read_rdf(tmp_path / "g.ttl").objects(None, KG.path)}
    assert paths == {"in/%B8%E6.txt"}


@pytest.mark.parametrize(("iri", "says"), [
    ("not an iri", "it is not an absolute IRI"),
    ("http://x", "it must end in / or #"),
    ("http://example.org/a b/", "an IRI can't hold ' '"),
    ("http://example.org/\u202eid/", "'http://example.org/\\u202eid/': an IRI can't hold '\\u202e'"),
])
def test_rdf_bad_base_iri_is_a_clear_error(iri, says):
    from kg.errors import KgError
    from kg.readwrite.rdf import check_base_iri

    with pytest.raises(KgError, match=rf"E026.*{re.escape(says)}"):
        check_base_iri(iri)


@pytest.mark.parametrize("ch", ["\U000e07aa", "\U000e0001", "\U0001fffe", "\ufff0", "\U000e1000"])
def test_rdf_iri_of_any_character_is_a_valid_iri(ch):
    import pyoxigraph as ox

    ox.NamedNode(str(iri_for("http://example.org/", f"ORG:机构{ch}")))  # tag characters (E0000-E0FFF) are no ucschar
