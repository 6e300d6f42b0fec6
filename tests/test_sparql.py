"""Query text: the checks before any engine sees a query, bundled queries by name, --bind, query files."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.sparql import bind, bundled_queries, check_query, read_query, uses_service, with_prefixes


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z .SERVICE<http://127.0.0.1:9/sparql>{ ?s ?p ?o } }",
    "PREFIX r: <http://127.0.0.1:9/>\nSELECT * WHERE { # a comment\n SERVICE r:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
])
def test_sparql_service_is_refused_by_default(sparql):
    with pytest.raises(KgError, match=r"E018.*--allow-service"):
        check_query(sparql)
    check_query(sparql, allow_service=True)


@pytest.mark.parametrize("sparql", [
    "SELECT ?service WHERE { ?service ?p 'SERVICE <urn:x> {}' }",
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o } # SERVICE <urn:x>",
    "PREFIX ex: <urn:x#> SELECT * WHERE { ?s ex:SERVICE ?o }",
    'SELECT * WHERE { ?s ?p """a SERVICE\nb""" }',
])
def test_sparql_service_as_a_name_or_in_text_is_no_service(sparql):
    assert not uses_service(sparql)
    check_query(sparql)


@pytest.mark.parametrize(("sparql", "says"), [
    ("SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000, "nested 3000 brackets deep"),
    ("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 10000 + "1" + ")" * 10000 + ") }", "nested 10002 brackets deep"),
    ("SELECT * WHERE { ?s ?p ?o FILTER(" + "+".join(["1"] * 10000) + ") }", "a chain of 10,000 operators"),
    ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 5000) + " }", "a chain of 5,000 operators"),
    ("ASK { ?s ?p '" + "x" * 1_000_001 + "' }", "1,000,017 characters long"),
])
def test_sparql_queries_past_the_engines_depth_or_size_are_refused(sparql, says):
    with pytest.raises(KgError, match=rf"E019.*{says}"):
        check_query(sparql)


def test_sparql_deep_but_reasonable_queries_pass():
    check_query("SELECT * WHERE " + "{" * 50 + "?s ?p ?o" + "}" * 50)
    check_query("SELECT * WHERE { VALUES ?x { " + " ".join(f'"名{i}"' for i in range(20000)) + " } }")


@pytest.mark.parametrize("sparql", ["", "   \n", "# only a comment\n", "PREFIX ex: <urn:x#>\n"])
def test_sparql_empty_query_is_one_clear_error(sparql):
    with pytest.raises(KgError, match=r"E020.*issued"):
        check_query(sparql)


def test_sparql_query_file_that_is_not_utf8_is_one_clear_error(tmp_path):
    path = tmp_path / "q.rq"
    path.write_bytes("SELECT ?x WHERE { ?x rdfs:label '市委' }".encode("gb18030"))
    with pytest.raises(KgError, match=r"E021.*q\.rq.*byte 33 is not UTF-8 \(0xCA\)"):
        read_query(str(path))


def test_sparql_bundled_query_by_name_with_or_without_rq():
    assert read_query("issued") == read_query("issued.rq")
    assert read_query("issued").startswith("# Which body issued")
    assert "issued" in bundled_queries() and "evidence" in bundled_queries()


def test_sparql_unknown_bare_name_lists_the_bundled_queries():
    with pytest.raises(KgError, match=r"E029.*'isued'.*cooperation, documents_by_sources"):
        read_query("isued")


def test_sparql_bind_of_a_variable_the_query_lacks_is_an_error():
    with pytest.raises(KgError, match=r"E017.*no variable \?heda"):
        bind("SELECT ?head WHERE { ?head ?p ?o }", {"heda": "市委"})
    with pytest.raises(KgError, match=r"E017.*no variable \?x"):
        bind("SELECT ?head WHERE { ?head ?p '?x' }", {"x": "市委"})  # in a string it is no variable
    assert "VALUES ?head" in bind("SELECT $head WHERE { $head ?p ?o }", {"head": "市委"})


def test_sparql_prefixes_go_on_the_first_line_and_yield_to_the_querys_own():
    text = with_prefixes("PREFIX skos: <urn:mine#>\nSELECT * { ?s skos:x ?o }", {"skos": "urn:s#", "kg": "urn:k#"})
    assert text == "PREFIX kg: <urn:k#> PREFIX skos: <urn:mine#>\nSELECT * { ?s skos:x ?o }"
