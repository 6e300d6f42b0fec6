"""kg's RDF read back into kg's graph (what :func:`kg.graph.build_graph` makes), for ``kg diff`` on RDF files.

Everything the graph holds comes back except the sentences of mentions, which the RDF keeps as offsets only.

Examples
--------
>>> import io, kg
>>> from kg.graph import build_graph
>>> from kg.readwrite.rdf import write_rdf
>>> G = build_graph([kg.extract_doc(kg.load()("天水市委印发《巡察规划》。"), source="a.txt")])
>>> buf = io.BytesIO(); write_rdf(G, buf, format="nt")
>>> H = store_to_graph(load_store_from_string(buf.getvalue().decode(), format="nt"))
>>> sorted(H.nodes) == sorted(G.nodes), sorted(H.edges) == sorted(G.edges)
(True, True)
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from kg.store import load_store, load_store_from_string, query

__all__ = ["load_store_from_string", "node_of_iri", "rdf_to_graph", "store_to_graph"]

_KINDS = {"org": "ORG", "doc": "DOC", "mechanism": "MECH", "source": "src"}
_RELATIONS = {"issued": "ISSUED", "established": "ESTABLISHED", "inspects": "INSPECTS", "leads": "LEADS",
              "subOrganizationOf": "PART_OF", "cooperatesWith": "COOPERATES_WITH"}
_SOURCES = """SELECT ?s ?title ?path ?sha ?date WHERE { ?s a kg:Source ; dcterms:title ?title ; kg:path ?path ;
  kg:sha256 ?sha . OPTIONAL { ?s dcterms:date ?date } }"""
_ENTITIES = """SELECT ?e ?class ?name ?kind ?region ?generic ?date WHERE {
  VALUES ?class { org:Organization foaf:Document kg:Mechanism } ?e a ?class ; skos:prefLabel ?name .
  OPTIONAL { ?e kg:kind ?kind } OPTIONAL { ?e kg:region ?region } OPTIONAL { ?e kg:generic ?generic }
  OPTIONAL { ?e dcterms:issued ?date } }"""
_ALIASES = "SELECT ?e ?alias WHERE { ?e skos:altLabel|skos:prefLabel ?alias }"
_MENTIONS = "SELECT ?s ?e (COUNT(?m) AS ?n) WHERE { ?s kg:mentions ?e . OPTIONAL { ?m kg:entity ?e ; " \
            "prov:wasDerivedFrom ?s } } GROUP BY ?s ?e"
_STATEMENTS = """SELECT ?sub ?pred ?obj ?src ?sentence ?start ?end ?date WHERE { ?st a rdf:Statement ;
  rdf:subject ?sub ; rdf:predicate ?pred ; rdf:object ?obj ; prov:wasDerivedFrom ?src ; kg:sentence ?sentence ;
  kg:start ?start ; kg:end ?end . OPTIONAL { ?st dcterms:date ?date } }"""
_TYPES = {"Organization": "ORG", "Document": "DOC", "Mechanism": "MECH"}


def node_of_iri(iri: str) -> str:
    """kg's node id for one of its IRIs (the inverse of :func:`kg.readwrite.rdf.iri_for`, whatever the base).

    >>> node_of_iri("https://w3id.org/kg-zh/id/org/定西市%2F委"), node_of_iri("http://x.org/source/ab12")
    ('ORG:定西市/委', 'src:ab12')
    """
    head, _, key = iri.rpartition("/")
    kind = head.rpartition("/")[2]
    return f"{_KINDS.get(kind, kind.upper())}:{unquote(key)}"


def rdf_to_graph(path: str | Path) -> nx.MultiDiGraph:
    """The graph of an RDF file kg wrote (any of its formats)."""
    return store_to_graph(load_store(path))


def store_to_graph(store: ox.Store) -> nx.MultiDiGraph:
    """The graph of kg's RDF in ``store``."""
    G = nx.MultiDiGraph()
    for s, title, path, sha, date in query(store, _SOURCES).rows:
        G.add_node(node_of_iri(s), kind="source", type="SOURCE", name=title, path=path, sha256=sha,
                   **({"date": date} if date else {}))
    for e, cls, name, kind, region, generic, date in query(store, _ENTITIES).rows:
        G.add_node(node_of_iri(e), kind="entity", type=_TYPES[cls.rpartition("#")[2].rpartition("/")[2]],
                   name=name, aliases=[], subtype=kind, generic=generic == "true", region=region, sources=[],
                   mentions=0, **({"date": date} if date else {}))
    for e, alias in query(store, _ALIASES).rows:
        if node_of_iri(e) in G:
            G.nodes[node_of_iri(e)]["aliases"].append(alias)
    for s, e, count in query(store, _MENTIONS).rows:
        source, entity = node_of_iri(s), node_of_iri(e)
        G.nodes[entity]["sources"].append(source)
        G.nodes[entity]["mentions"] += int(count)
        G.add_edge(source, entity, key=f"MENTIONS|{source}", relation="MENTIONS", source=source, sentences=())
    for sub, pred, obj, src, sentence, start, end, date in query(store, _STATEMENTS).rows:
        rel, source = _RELATIONS[pred.rpartition("#")[2]], node_of_iri(src)
        G.add_edge(node_of_iri(sub), node_of_iri(obj), key=f"{rel}|{source}|{start}", relation=rel, source=source,
                   sentence=sentence, start=int(start), end=int(end), **({"date": date} if date else {}))
    for _, data in G.nodes(data=True):
        if data["kind"] == "entity":
            data["aliases"], data["sources"] = sorted(set(data["aliases"])), sorted(data["sources"])
    return G
