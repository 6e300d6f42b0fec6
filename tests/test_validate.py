"""SHACL: the demo graph conforms; broken graphs fail with readable reasons."""

from __future__ import annotations

import pytest
from rdflib import RDF, SKOS, Literal, URIRef
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.readwrite.rdf import read_rdf
from kg.validate import validate_graph
from kg.vocab import KG, ORG


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    build([], out)
    return out / "graph.ttl"


def test_validate_demo_graph_conforms(demo):
    report = validate_graph(read_rdf(demo))
    assert report.conforms, report.to_text()


def test_validate_broken_graph_fails_with_reasons(demo):
    g = read_rdf(demo)
    org = next(g.subjects(RDF.type, ORG.Organization))
    g.remove((org, SKOS.prefLabel, None))
    g.add((org, KG.inspects, Literal("not an organisation")))
    g.add((URIRef("urn:x:statement"), RDF.type, RDF.Statement))
    report = validate_graph(g)
    assert not report.conforms
    paths = {v.path for v in report.violations}
    assert {"skos:prefLabel", "kg:inspects", "prov:wasDerivedFrom"} <= paths


def test_validate_cli_exit_codes(demo, tmp_path):
    ok = CliRunner().invoke(app, ["validate", str(demo)])
    assert (ok.exit_code, ok.stdout.startswith("conforms:")) == (0, True)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> a <http://www.w3.org/ns/org#Organization> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(bad)])
    assert result.exit_code == 4  # 1 is an error in the input or options (a missing file)
    assert result.stdout.splitlines()[0] == "does not conform: 2 violation(s) in 1 triples"
