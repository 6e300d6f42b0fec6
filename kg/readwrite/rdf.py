"""The graph as RDF in standard vocabularies: ``graph_to_rdf`` / ``write_rdf`` / ``read_rdf``.

Model (see docs/rdf-model.md): organisations are ``org:Organization``; documents ``foaf:Document`` with
``dcterms:title`` and ``dcterms:creator`` (ISSUED); mechanisms ``skos:Concept`` in the ``kg:Mechanisms``
scheme; PART_OF is ``org:subOrganizationOf``; names are ``skos:prefLabel``/``skos:altLabel``/``rdfs:label``
tagged ``@zh``. Sources are ``prov:Entity``; every relation is also an ``rdf:Statement`` (standard
reification, which every store and SPARQL engine reads) with ``prov:wasDerivedFrom`` its source and the
evidence sentence with offsets; every mention is a ``kg:Mention`` node with offsets.
IRIs are made from type + key (no blank nodes), so two runs give the same triples.

Examples
--------
>>> import kg, networkx as nx
>>> from kg.extract import extract_doc
>>> from kg.graph import build_graph
>>> G = build_graph([extract_doc(kg.load()("天水市委巡察办印发《巡察工作办法》。"), source="a.txt")])
>>> g = graph_to_rdf(G)
>>> q = "SELECT ?t WHERE { ?d dcterms:creator ?o . ?d dcterms:title ?t }"
>>> [str(row.t) for row in g.query(q, initNs={"dcterms": DCTERMS})]
['巡察工作办法']
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import IO, Any, Protocol

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from kg.errors import Errors, KgError
from kg.vocab import KG, ORG

DEFAULT_BASE_IRI = "https://w3id.org/kg-zh/id/"
# kg:Mention nodes per entity and source: every mention of an ordinary article, the first ones of a huge text
# (a 50 MB file would otherwise add millions of nodes); GraphML keeps all offsets.
MAX_MENTION_NODES = 50
FORMATS = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "json-ld": "jsonld", "xml": "rdf"}
RELATION_PREDICATES = {"ISSUED": KG.issued, "ESTABLISHED": KG.established, "INSPECTS": KG.inspects,
                       "LEADS": KG.leads, "PART_OF": ORG.subOrganizationOf, "COOPERATES_WITH": KG.cooperatesWith}
TYPE_PATHS = {"ORG": "org", "DOC": "doc", "MECH": "mechanism", "src": "source"}
_UNSAFE = set(' <>"{}|\\^`#%?/')


def iri_for(base: str, node: str) -> URIRef:
    """A stable IRI for a graph node: ``{base}{org|doc|mechanism|source}/{key}`` (key kept readable)."""
    kind, _, key = node.partition(":")
    safe = "".join(f"%{ord(c):02X}" if c in _UNSAFE or ord(c) < 32 else c for c in key)
    return URIRef(f"{base}{TYPE_PATHS.get(kind, kind.lower())}/{safe}")


def bind_prefixes(g: Graph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """Bind the prefixes kg's RDF uses, so Turtle reads well."""
    for prefix, ns in (("org", ORG), ("dcterms", DCTERMS), ("skos", SKOS), ("prov", PROV), ("foaf", FOAF),
                       ("kg", Namespace(str(KG._NS))), ("kgid", Namespace(base))):
        g.bind(prefix, ns, override=True)
    return g


class _Sink(Protocol):
    def add(self, triple: tuple[Any, Any, Any]) -> Any: ...


class LineSink:
    """Takes triples like an rdflib Graph (``add``) and writes them straight out as N-Triples or N-Quads lines,
    so a big graph is never held twice in memory."""

    def __init__(self, handle: IO[bytes], *, graph: URIRef | None = None) -> None:
        self.handle = handle
        self.suffix = f" {graph.n3()} .\n" if graph is not None else " .\n"

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        s, p, o = triple
        self.handle.write(f"{s.n3()} {p.n3()} {o.n3()}{self.suffix}".encode())


def graph_to_rdf(G: nx.MultiDiGraph, *, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """Convert a kg graph to an rdflib Graph."""
    g = bind_prefixes(Graph(), base_iri)
    add_triples(g, G, base_iri)
    return g


def stream_rdf(G: nx.MultiDiGraph, handle: IO[bytes], *, format: str = "nt", base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write ``G`` as N-Triples (``nt``) or N-Quads (``nquads``, one named graph) without building an rdflib Graph."""
    add_triples(LineSink(handle, graph=URIRef(base_iri + "graph") if format == "nquads" else None), G, base_iri)


def add_triples(g: _Sink, G: nx.MultiDiGraph, base_iri: str) -> None:
    """Add the triples of ``G`` to ``g`` (an rdflib Graph or a :class:`LineSink`)."""
    scheme = URIRef(base_iri + "scheme/mechanisms")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("机制", lang="zh")))
    for node, data in sorted(G.nodes(data=True), key=lambda item: item[0]):  # streamed lines stay deterministic
        _add_node(g, base_iri, scheme, node, data)
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"], e[2]["start"])):
        _add_edge(g, base_iri, u, v, data)


def _add_node(g: _Sink, base: str, scheme: URIRef, node: str, data: dict) -> None:
    s = iri_for(base, node)
    name = Literal(data["name"], lang="zh")
    kind = data["type"]
    if kind == "SOURCE":
        g.add((s, RDF.type, KG.Source))
        g.add((s, RDF.type, PROV.Entity))
        g.add((s, DCTERMS.title, name))
        g.add((s, RDFS.label, name))
        g.add((s, DCTERMS.identifier, Literal(node)))
        g.add((s, KG.path, Literal(data["path"])))
        g.add((s, KG.sha256, Literal(data["sha256"])))
        return
    cls = {"ORG": ORG.Organization, "DOC": FOAF.Document, "MECH": SKOS.Concept}[kind]
    g.add((s, RDF.type, cls))
    if kind == "MECH":
        g.add((s, RDF.type, KG.Mechanism))
        g.add((s, SKOS.inScheme, scheme))
    if kind == "DOC":
        g.add((s, DCTERMS.title, name))
        if data.get("number"):
            g.add((s, DCTERMS.identifier, Literal(data["number"])))
        if data.get("issued"):
            g.add((s, DCTERMS.issued, Literal(data["issued"], datatype=XSD.gYear)))
    g.add((s, SKOS.prefLabel, name))
    g.add((s, RDFS.label, name))
    for alias in data["aliases"]:
        if alias != data["name"]:
            g.add((s, SKOS.altLabel, Literal(alias, lang="zh")))
    if data.get("subtype"):
        g.add((s, KG.kind, Literal(data["subtype"])))
    if data.get("region"):
        g.add((s, KG.region, Literal(data["region"], lang="zh")))
    if data.get("generic"):
        g.add((s, KG.generic, Literal(True)))


def _add_edge(g: _Sink, base: str, u: str, v: str, data: dict) -> None:
    head, tail, source = iri_for(base, u), iri_for(base, v), iri_for(base, data["source"])
    rel = data["relation"]
    digest = hashlib.sha1(f"{u}|{rel}|{v}|{data['source']}|{data['start']}".encode()).hexdigest()[:20]
    if rel == "MENTIONS":
        g.add((head, KG.mentions, tail))
        for start, end in data["spans"][:MAX_MENTION_NODES]:
            m = URIRef(f"{base}mention/{hashlib.sha1(f'{v}|{u}|{start}'.encode()).hexdigest()[:20]}")
            g.add((m, RDF.type, KG.Mention))
            g.add((m, KG.entity, tail))
            g.add((m, PROV.wasDerivedFrom, head))
            g.add((m, KG.start, Literal(start, datatype=XSD.integer)))
            g.add((m, KG.end, Literal(end, datatype=XSD.integer)))
        return
    predicate = RELATION_PREDICATES[rel]
    g.add((head, predicate, tail))
    if rel == "ISSUED":
        g.add((tail, DCTERMS.creator, head))
    st = URIRef(f"{base}statement/{digest}")
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, head))
    g.add((st, RDF.predicate, predicate))
    g.add((st, RDF.object, tail))
    g.add((st, PROV.wasDerivedFrom, source))
    g.add((st, KG.sentence, Literal(data["sentence"], lang="zh")))
    g.add((st, KG.start, Literal(data["start"], datatype=XSD.integer)))
    g.add((st, KG.end, Literal(data["end"], datatype=XSD.integer)))


def rdf_format(fmt: str) -> str:
    """Validate an RDF format name (turtle, nt, nquads, json-ld, xml)."""
    if fmt not in FORMATS:
        raise KgError(Errors.E007.format(fmt=fmt, options=", ".join(FORMATS)))
    return fmt


def write_rdf(G: nx.MultiDiGraph | Graph, path: str | Path | IO[bytes], *, format: str = "turtle",
              base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write the graph as RDF; ``path`` may be a path, an open binary file, or ``"-"`` for stdout."""
    if not isinstance(G, Graph) and rdf_format(format) in ("nt", "nquads") and isinstance(path, (str, Path)) \
            and path != "-":
        with open(path, "wb") as handle:
            stream_rdf(G, handle, format=format, base_iri=base_iri)
        return
    g = G if isinstance(G, Graph) else graph_to_rdf(G, base_iri=base_iri)
    data = serialize(g, rdf_format(format))
    if path == "-":
        sys.stdout.buffer.write(data)
    elif isinstance(path, (str, Path)):
        Path(path).write_bytes(data)
    else:
        path.write(data)


def serialize(g: Graph, fmt: str) -> bytes:
    """Serialise deterministically (sorted lines for N-Triples/N-Quads)."""
    if fmt == "json-ld":
        context = {p: str(ns) for p, ns in g.namespaces() if p in ("org", "dcterms", "skos", "prov", "foaf", "kg",
                                                                     "rdfs", "xsd")}
        return g.serialize(format="json-ld", context=context, sort_keys=True, indent=1).encode("utf-8")
    if fmt == "nquads":
        ds = Dataset()
        named = ds.graph(URIRef(str(dict(g.namespaces()).get("kgid", DEFAULT_BASE_IRI)) + "graph"))
        for triple in g:
            named.add(triple)
        g = ds
    out = g.serialize(format=fmt, encoding="utf-8")
    if fmt in ("nt", "nquads"):
        out = b"".join(sorted(set(out.splitlines(keepends=True))))
    return out


def read_rdf(path: str | Path, *, format: str | None = None) -> Graph:
    """Parse an RDF file written by :func:`write_rdf` (format guessed from the suffix)."""
    path = Path(path)
    if not path.exists():
        raise KgError(Errors.E005.format(path=path, folder=path.parent))
    g = Graph()
    try:
        fmt = format or _guess_format(path)
        if fmt == "nquads":
            ds = Dataset()
            ds.parse(path, format=fmt)
            for s, p, o, _ in ds.quads():
                g.add((s, p, o))
            return bind_prefixes(g)
        g.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(Errors.E010.format(path=path, reason=err, fmt=format or path.suffix)) from err
    return g


def _guess_format(path: Path) -> str:
    by_suffix = {v: k for k, v in FORMATS.items()}
    return by_suffix.get(path.suffix.lstrip("."), "turtle")
