"""The graph as RDF in standard vocabularies: ``iter_triples`` / ``write_rdf`` / ``graph_to_rdf`` / ``read_rdf``.

``iter_triples`` makes the triples as pyoxigraph terms, one at a time; ``write_rdf`` streams them into
pyoxigraph's serializers (or kg's JSON-LD writer), so nothing the size of the graph is built twice;
``graph_to_rdf`` collects them in an rdflib Graph for Python use on graphs that fit.

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
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from kg.dates import xsd_type
from kg.errors import Errors, KgError
from kg.graph import mention_spans, sorted_edges
from kg.io import INVISIBLE
from kg.vocab import DEFAULT_BASE_IRI, KG, ORG, prefixes

# kg:Mention nodes per entity and source: every mention of an ordinary article, the first ones of a huge text
# (a 50 MB file would otherwise add millions of nodes); GraphML keeps all offsets.
MAX_MENTION_NODES = 50
FORMATS = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "json-ld": "jsonld", "xml": "rdf"}
RELATION_PREDICATES = {"ISSUED": KG.issued, "ESTABLISHED": KG.established, "INSPECTS": KG.inspects,
                       "LEADS": KG.leads, "PART_OF": ORG.subOrganizationOf, "COOPERATES_WITH": KG.cooperatesWith}
TYPE_PATHS = {"ORG": "org", "DOC": "doc", "MECH": "mechanism", "src": "source"}
_ASCII_KEPT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")
# the non-ASCII characters an IRI path may hold as they are (RFC 3987 ucschar)
_SURROGATE = re.compile("[\ud800-\udfff]")
_UCS_RANGES = ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF),
               *((plane << 16, (plane << 16) + 0xFFFD) for plane in range(1, 14)), (0xE1000, 0xEFFFD))


def iri_for(base: str, node: str) -> URIRef:
    """A stable IRI for a graph node: ``{base}{org|doc|mechanism|source}/{key}`` (key kept readable; characters
    an IRI may not hold, percent-encoded as UTF-8).

    >>> str(iri_for("http://example.org/", "ORG:定西市/委\x7f"))
    'http://example.org/org/定西市%2F委%7F'
    """
    kind, _, key = node.partition(":")
    safe = "".join(c if c in _ASCII_KEPT or _ucschar(c) else _percent(c) for c in key)
    return URIRef(f"{base}{TYPE_PATHS.get(kind, kind.lower())}/{safe}")


def _ucschar(c: str) -> bool:
    code = ord(c)
    return code >= 0xA0 and any(lo <= code <= hi for lo, hi in _UCS_RANGES) and not INVISIBLE.match(c)


def check_base_iri(iri: str) -> str:
    """``iri`` if it can be the base of kg's IRIs (absolute, ending in / or #), else :class:`KgError` E026.

    >>> check_base_iri("https://example.org/id/")
    'https://example.org/id/'
    """
    reason = None
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri):
        reason = "it is not an absolute IRI (it needs a scheme such as https:)"
    elif not iri.endswith(("/", "#")):
        reason = "it must end in / or #, or the names run into it"
    elif bad := re.search(rf"[\x00-\x20<>\"{{}}|\\^`\x7f]|{INVISIBLE.pattern}", iri):
        reason = f"an IRI can't hold {bad.group()!r}"
    else:
        try:
            ox.NamedNode(iri + "x")
        except ValueError as err:
            reason = str(err)
    if reason is not None:
        shown = INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", iri)  # a message must not be reordered either
        raise KgError(Errors.E026.format(iri=shown, reason=reason))
    return iri


def bind_prefixes(g: Graph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """Bind the prefixes kg's RDF uses, so Turtle reads well."""
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, Namespace(ns), override=True)
    return g


def _terms(*names: Any) -> list[ox.NamedNode]:
    return [ox.NamedNode(str(n)) for n in names]


# The vocabulary as pyoxigraph terms, made once: triples are built with them and streamed to a serializer.
(_TYPE, _LABEL, _PREF, _ALT, _IN_SCHEME, _CONCEPT_SCHEME, _CONCEPT, _TITLE, _IDENTIFIER, _ISSUED, _CREATOR,
 _DERIVED, _ENTITY, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT, _ORGANIZATION, _DOCUMENT) = _terms(
    RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.inScheme, SKOS.ConceptScheme, SKOS.Concept,
    DCTERMS.title, DCTERMS.identifier, DCTERMS.issued, DCTERMS.creator, PROV.wasDerivedFrom, PROV.Entity,
    RDF.Statement, RDF.subject, RDF.predicate, RDF.object, ORG.Organization, FOAF.Document)
(_SOURCE, _MECHANISM, _MENTION, _MENTIONS, _KIND, _REGION, _GENERIC, _OF_ENTITY, _SENTENCE, _START, _END, _PATH,
 _SHA256) = _terms(KG.Source, KG.Mechanism, KG.Mention, KG.mentions, KG.kind, KG.region, KG.generic, KG.entity,
                   KG.sentence, KG.start, KG.end, KG.path, KG.sha256)
_INTEGER, _BOOLEAN, _DATE = _terms(XSD.integer, XSD.boolean, DCTERMS.date)
_DATE_TYPES = {name: ox.NamedNode(str(XSD[name])) for name in ("date", "gYearMonth", "gYear")}
_STRING = str(XSD.string)
_CLASSES = dict(zip(("ORG", "DOC", "MECH"), (_ORGANIZATION, _DOCUMENT, _CONCEPT), strict=True))
_PREDICATES = {rel: ox.NamedNode(str(p)) for rel, p in RELATION_PREDICATES.items()}


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _plain(text: str) -> ox.Literal:
    """A literal of a text that may hold lone surrogates (a file name that is not UTF-8): they are percent-encoded."""
    return ox.Literal(text if text.isascii() else _SURROGATE.sub(lambda m: _percent(m.group()), text))


def _percent(c: str) -> str:
    try:
        data = c.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = c.encode("utf-8", "surrogatepass")
    return "".join(f"%{b:02X}" for b in data)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


def _date(value: str) -> ox.Literal:
    """``2024-03-08`` as xsd:date, ``2024-03`` as xsd:gYearMonth, ``2024`` as xsd:gYear."""
    return ox.Literal(value, datatype=_DATE_TYPES[xsd_type(value)])


def iter_triples(G: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[ox.Triple]:
    """The triples of ``G`` as pyoxigraph terms, in a fixed order, each once, and all triples of one subject
    together: per node (sorted) its description and its relations, then per edge its statement or mentions.

    Nothing is collected: a writer can stream them, so a graph of millions of triples is never held as RDF.

    >>> import kg
    >>> from kg.graph import build_graph
    >>> G = build_graph([kg.extract_doc(kg.load()("天水市委印发《巡察规划》。"), source="a.txt")])
    >>> sum(1 for t in iter_triples(G) if t.predicate.value.endswith("#issued"))
    1
    """
    nodes: dict[str, ox.NamedNode] = {}

    def iri(node: str) -> ox.NamedNode:
        found = nodes.get(node)
        if found is None:
            found = nodes[node] = ox.NamedNode(str(iri_for(base_iri, node)))
        return found

    scheme = ox.NamedNode(base_iri + "scheme/mechanisms")
    yield ox.Triple(scheme, _TYPE, _CONCEPT_SCHEME)
    yield ox.Triple(scheme, _PREF, _zh("机制"))
    for node, data in sorted(G.nodes(data=True), key=lambda item: item[0]):
        yield from _node_triples(iri(node), scheme, node, data)
        yield from _relation_triples(G, iri, node)
    for u, v, _, data in sorted_edges(G, key=lambda _, d: (d["relation"], d.get("start", 0))):
        yield from _edge_triples(base_iri, iri, u, v, data)


def _relation_triples(G: nx.MultiDiGraph, iri: Any, node: str) -> Iterator[ox.Triple]:
    """A node's relations as direct triples with it as subject (a relation stated in many sources once), and
    ``dcterms:creator`` for each body that issued it."""
    s = iri(node)
    for v, edges in sorted(G.succ[node].items(), key=lambda item: item[0]):
        for rel in sorted({d["relation"] for d in edges.values()}):
            yield ox.Triple(s, _MENTIONS if rel == "MENTIONS" else _PREDICATES[rel], iri(v))
    for u, edges in sorted(G.pred[node].items(), key=lambda item: item[0]):
        if any(d["relation"] == "ISSUED" for d in edges.values()):
            yield ox.Triple(s, _CREATOR, iri(u))


def _node_triples(s: ox.NamedNode, scheme: ox.NamedNode, node: str, data: dict) -> Iterator[ox.Triple]:
    name = _zh(data["name"])
    kind = data["type"]
    if kind == "SOURCE":
        yield from (ox.Triple(s, p, o) for p, o in (
            (_TYPE, _SOURCE), (_TYPE, _ENTITY), (_TITLE, name), (_LABEL, name), (_IDENTIFIER, ox.Literal(node)),
            (_PATH, _plain(data["path"])), (_SHA256, ox.Literal(data["sha256"]))))
        if data.get("date"):
            yield ox.Triple(s, _DATE, _date(data["date"]))
        return
    yield ox.Triple(s, _TYPE, _CLASSES[kind])
    if kind == "MECH":
        yield ox.Triple(s, _TYPE, _MECHANISM)
        yield ox.Triple(s, _IN_SCHEME, scheme)
    if kind == "DOC":
        yield ox.Triple(s, _TITLE, name)
        if data.get("number"):
            yield ox.Triple(s, _IDENTIFIER, ox.Literal(data["number"]))
        if data.get("date"):
            yield ox.Triple(s, _ISSUED, _date(data["date"]))
    yield ox.Triple(s, _PREF, name)
    yield ox.Triple(s, _LABEL, name)
    for alias in data["aliases"]:
        if alias != data["name"]:
            yield ox.Triple(s, _ALT, _zh(alias))
    if data.get("subtype"):
        yield ox.Triple(s, _KIND, ox.Literal(data["subtype"]))
    if data.get("region"):
        yield ox.Triple(s, _REGION, _zh(data["region"]))
    if data.get("generic"):
        yield ox.Triple(s, _GENERIC, ox.Literal("true", datatype=_BOOLEAN))


def _edge_triples(base: str, iri: Any, u: str, v: str, data: dict) -> Iterator[ox.Triple]:
    """The nodes an edge stands for: its ``kg:Mention`` nodes, or its relation's ``rdf:Statement``."""
    head, tail = iri(u), iri(v)
    rel = data["relation"]
    if rel == "MENTIONS":
        for start, end in mention_spans(data)[:MAX_MENTION_NODES]:
            m = ox.NamedNode(f"{base}mention/{hashlib.sha1(f'{v}|{u}|{start}|{end}'.encode()).hexdigest()[:20]}")
            yield from (ox.Triple(m, p, o) for p, o in (
                (_TYPE, _MENTION), (_OF_ENTITY, tail), (_DERIVED, head), (_START, _int(start)), (_END, _int(end))))
        return
    digest = hashlib.sha1(f"{u}|{rel}|{v}|{data['source']}|{data['start']}".encode()).hexdigest()[:20]
    st = ox.NamedNode(f"{base}statement/{digest}")
    yield from (ox.Triple(st, p, o) for p, o in (
        (_TYPE, _STATEMENT), (_SUBJECT, head), (_PREDICATE, _PREDICATES[rel]), (_OBJECT, tail),
        (_DERIVED, iri(data["source"])), (_SENTENCE, _zh(data["sentence"])), (_START, _int(data["start"])),
        (_END, _int(data["end"]))))
    if data.get("date"):
        yield ox.Triple(st, _DATE, _date(data["date"]))


def graph_to_rdf(G: nx.MultiDiGraph, *, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """Convert a kg graph to an rdflib Graph (for small graphs and Python use; writers stream instead)."""
    g = bind_prefixes(Graph(), base_iri)
    for t in iter_triples(G, base_iri):
        g.add((URIRef(_value(t.subject)), URIRef(t.predicate.value), _to_rdflib(t.object)))
    return g


def _value(term: Any) -> str:
    """The IRI or lexical form of a term (kg's triples have no blank nodes or quoted triples)."""
    return str(term.value)


def _to_rdflib(term: Any) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _STRING:
        return Literal(term.value)  # a simple literal: rdflib keeps xsd:string implicit
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def rdf_format(fmt: str) -> str:
    """Validate an RDF format name (turtle, nt, nquads, json-ld, xml)."""
    if fmt not in FORMATS:
        raise KgError(Errors.E007.format(fmt=fmt, options=", ".join(FORMATS)))
    return fmt


def write_rdf(G: nx.MultiDiGraph | Graph, path: str | Path | IO[bytes], *, format: str = "turtle",
              base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write the graph as RDF; ``path`` may be a path, an open binary file, or ``"-"`` for stdout.

    A kg graph is streamed (pyoxigraph's serializers; kg's own for JSON-LD), so memory does not grow with the
    number of triples; an rdflib Graph is serialised by rdflib.
    """
    fmt = rdf_format(format)
    if isinstance(G, Graph):
        data = serialize(G, fmt)
        if path == "-":
            sys.stdout.buffer.write(data)
        elif isinstance(path, (str, Path)):
            Path(path).write_bytes(data)
        else:
            path.write(data)
        return
    if path == "-":
        _stream(G, sys.stdout.buffer, fmt, base_iri)
    elif isinstance(path, (str, Path)):
        with open(path, "wb") as handle:
            _stream(G, handle, fmt, base_iri)
    else:
        _stream(G, path, fmt, base_iri)


_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
               "xml": ox.RdfFormat.RDF_XML}


def _stream(G: nx.MultiDiGraph, handle: IO[bytes], fmt: str, base_iri: str) -> None:
    triples = iter_triples(G, base_iri)
    if fmt == "json-ld":
        write_jsonld(triples, handle, prefixes(base_iri))
        return
    if fmt == "nquads":
        graph = ox.NamedNode(base_iri + "graph")  # one named graph, so shards of many builds stay apart
        ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples), handle, _OX_FORMATS[fmt])
        return
    if fmt == "turtle":
        sorted_head = _SortedPrefixes(handle)
        ox.serialize(triples, cast(IO[bytes], sorted_head), _OX_FORMATS[fmt], prefixes=prefixes(base_iri))
        sorted_head.finish()
        return
    ox.serialize(triples, handle, _OX_FORMATS[fmt], prefixes=prefixes(base_iri) if fmt != "nt" else None)


class _SortedPrefixes:
    """A binary handle that writes Turtle's leading ``@prefix`` lines in sorted order, the rest as it comes."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.head: bytes | None = b""  # None once the header is out

    def write(self, data: bytes) -> int:
        if self.head is None:
            return self.handle.write(data)
        self.head += data
        lines = self.head.split(b"\n")
        n = 0
        while n < len(lines) - 1 and lines[n].startswith(b"@prefix "):
            n += 1
        if n < len(lines) - 1:  # a complete line that is no prefix: the header is over
            self._flush(lines, n)
        return len(data)

    def _flush(self, lines: list[bytes], n: int) -> None:
        self.handle.write(b"".join(line + b"\n" for line in sorted(lines[:n])) + b"\n".join(lines[n:]))
        self.head = None

    def flush(self) -> None:
        self.handle.flush()

    def finish(self) -> None:
        """Write what is held back (a graph with no triples is its header alone)."""
        if self.head is not None:
            lines = self.head.split(b"\n")
            self._flush(lines, sum(1 for line in lines[:-1] if line.startswith(b"@prefix ")))


def write_jsonld(triples: Iterable[ox.Triple], handle: IO[bytes], prefixes: dict[str, str]) -> None:
    """JSON-LD with a ``@context`` of ``prefixes``: one node object per run of triples with one subject, written
    as the triples come. :func:`iter_triples` gives each subject's triples in one run, so each subject is one
    node object.

    >>> import io, pyoxigraph as ox
    >>> out = io.BytesIO()
    >>> s = ox.NamedNode("http://example.org/a")
    >>> write_jsonld([ox.Triple(s, ox.NamedNode("http://example.org/v#name"), ox.Literal("市委", language="zh"))],
    ...              out, {"ex": "http://example.org/", "v": "http://example.org/v#"})
    >>> print(out.getvalue().decode())
    {"@context":{"ex":"http://example.org/","v":"http://example.org/v#"},"@graph":[
    {"@id":"ex:a","v:name":[{"@value":"市委","@language":"zh"}]}
    ]}
    <BLANKLINE>
    """
    spaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    by_namespace = {ns: prefix for prefix, ns in prefixes.items()}

    def compact(iri: str) -> str:
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1  # kg's namespaces end in / or #: most IRIs in one look-up
        prefix = by_namespace.get(iri[:cut])
        if prefix is not None and not iri[cut:].startswith("//"):
            return f"{prefix}:{iri[cut:]}"
        for prefix, ns in spaces:
            if iri.startswith(ns) and not iri[len(ns) :].startswith("//"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    vocabulary: dict[str, str] = {}  # predicates, classes and datatypes: few, compacted once each

    def term(iri: str) -> str:
        found = vocabulary.get(iri)
        if found is None:
            found = vocabulary[iri] = compact(iri)
        return found

    def value(obj: Any) -> dict[str, str]:
        if isinstance(obj, ox.NamedNode):
            return {"@id": compact(obj.value)}
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == _STRING:
            return {"@value": obj.value}
        return {"@value": obj.value, "@type": term(obj.datatype.value)}

    handle.write(b'{"@context":' + _json(dict(sorted(prefixes.items()))) + b',"@graph":[')
    node: dict[str, Any] = {}
    subject = None
    first = True
    for t in triples:
        if t.subject != subject:
            if node:
                handle.write((b"\n" if first else b",\n") + _json(node))
                first = False
            subject = t.subject
            node = {"@id": compact(_value(subject))}
        if t.predicate == _TYPE:
            node.setdefault("@type", []).append(term(_value(t.object)))
        else:
            node.setdefault(term(t.predicate.value), []).append(value(t.object))
    if node:
        handle.write((b"\n" if first else b",\n") + _json(node))
    handle.write(b"\n]}\n")


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


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
