"""Records → one networkx ``MultiDiGraph``: source documents, entities, relations, mentions.

Nodes are keyed by stable ids: ``src:<sha256 prefix>`` for a source document, ``ORG:<key>``,
``DOC:<key>``, ``MECH:<key>`` for entities (a name whose region the text never gives, like a bare 县委巡察办,
gets its source's id appended, so 县委 of two counties never merge). Every edge carries its evidence and
``source`` (the source node): a relation its ``sentence`` with ``start``/``end`` (the sentence's character
offsets); a MENTIONS edge (source → entity) the offsets of every mention (``spans``, see :func:`mention_spans`)
and the first few distinct sentences they stand in (``sentences``). Sources, documents and relations carry the
``date`` their text states (:mod:`kg.dates`; ``""`` when it states none).

Examples
--------
>>> import kg
>>> from kg.extract import extract_doc
>>> nlp = kg.load()
>>> G = build_graph([extract_doc(nlp("天水市委巡察办印发《巡察工作办法》。"), source="a.txt")])
>>> sorted(G.nodes)[:3]
['DOC:巡察工作办法', 'ORG:天水市委', 'ORG:天水市委巡察办']
>>> [(u, d["relation"], v) for u, v, d in G.edges(data=True) if d["relation"] == "ISSUED"]
[('ORG:天水市委巡察办', 'ISSUED', 'DOC:巡察工作办法')]
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from kg.dates import earlier
from kg.extract import DocRecord, Entity
from kg.pipeline.titles import DOC_NUMBER

MAX_SENTENCES = 5  # distinct evidence sentences kept per entity and source on its MENTIONS edge
RELATION_TYPES = ("ISSUED", "ESTABLISHED", "INSPECTS", "LEADS", "PART_OF", "COOPERATES_WITH")
ENTITY_TYPES = ("ORG", "DOC", "MECH")


def node_id(entity: Entity, record: DocRecord) -> str:
    """The graph node of an entity: global for full names, per source for names that need their text."""
    base = entity.id
    return base if entity.scope == "global" else f"{base}@{record.id}"


def build_graph(records: Iterable[DocRecord]) -> nx.MultiDiGraph:
    """One graph from many documents' records (order of records does not change the result)."""
    G = nx.MultiDiGraph()
    for record in sorted(records, key=lambda r: (r.id, r.source)):
        merge_record(G, record)
    return finish_graph(G)


def finish_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Make attributes merged by :func:`merge_record` plain sorted lists again; returns ``G``."""
    for _, data in G.nodes(data=True):  # sets while merging (a hub body is in thousands of sources), lists after
        if data["kind"] == "entity":
            data["aliases"] = sorted(data["aliases"])
            data["sources"] = sorted(data["sources"])
    return G


def merge_record(G: nx.MultiDiGraph, record: DocRecord) -> None:
    """Add one source document, its entities, MENTIONS edges and relations to ``G`` (any order of records gives
    the same graph up to insertion order, which the writers do not depend on; call :func:`finish_graph` after)."""
    rid = record.id  # one string for every edge, key and source list of this record (big graphs hold millions)
    seen = G.nodes[rid]["path"] if rid in G else None  # the same text in two files is one source
    path = min(seen, record.source) if seen else record.source
    G.add_node(rid, kind="source", type="SOURCE", name=record.title or path, path=path, sha256=record.text_hash,
               date=record.date or "")
    mentions_key = f"MENTIONS|{rid}"
    for entity in record.entities:
        _add_entity(G, node_id(entity, record), entity, rid, mentions_key)
    for rel in record.relations:
        head, tail = node_id(rel.head, record), node_id(rel.tail, record)
        G.add_edge(head, tail, key=f"{rel.type}|{rid}|{rel.start}", relation=rel.type, source=rid,
                   sentence=rel.evidence, start=rel.start, end=rel.end, date=rel.date or "")


def sorted_edges(G: nx.MultiDiGraph, key: Callable[[str, dict[str, Any]], Any] = lambda k, d: k,
                 ) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """``(u, v, key, data)`` of every edge, ordered by u, v, then ``key(edge_key, data)``: what sorting all edges
    gives, one node's edges at a time (a graph of a million edges is never copied into a list).

    >>> G = nx.MultiDiGraph([("b", "a", "k2", {}), ("a", "b", "k1", {}), ("a", "b", "k0", {})])
    >>> [(u, v, k) for u, v, k, _ in sorted_edges(G)]
    [('a', 'b', 'k0'), ('a', 'b', 'k1'), ('b', 'a', 'k2')]
    """
    succ = G.succ
    for u in sorted(succ):
        for v in sorted(succ[u]):
            keyed = succ[u][v]
            for k in sorted(keyed, key=lambda k: key(k, keyed[k])):
                yield u, v, k, keyed[k]


def mention_spans(data: dict[str, Any]) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of a MENTIONS edge (kept as one flat array of integers: big graphs have
    hundreds of thousands of these edges).

    >>> mention_spans({"spans": array("I", [3, 7, 12, 16])})
    [(3, 7), (12, 16)]
    """
    spans = data["spans"]
    return list(zip(spans[::2], spans[1::2], strict=True))


def _add_entity(G: nx.MultiDiGraph, nid: str, entity: Entity, rid: str, mentions_key: str) -> None:
    aliases = entity.aliases
    if nid in G:
        data = G.nodes[nid]
        if not isinstance(data["sources"], set):
            data["aliases"], data["sources"] = set(data["aliases"]), set(data["sources"])
        data["aliases"].update(aliases)
        data["sources"].add(rid)
        data["mentions"] += len(entity.mentions)
        data["name"] = max(data["name"], entity.name, key=lambda n: (len(n), n))
        data["generic"] = data["generic"] and entity.generic
        if entity.type == "DOC":
            data["date"] = earlier(data["date"], entity.date) or ""
    else:
        G.add_node(nid, kind="entity", type=entity.type, name=entity.name, aliases=aliases,
                   subtype=entity.subtype or "", generic=entity.generic, region=entity.region or "",
                   sources=[rid], mentions=len(entity.mentions), **_document_number(entity))
        if entity.type == "DOC":
            G.nodes[nid]["date"] = entity.date or ""
    mentions = sorted(entity.mentions, key=lambda m: m.start)
    G.add_edge(rid, nid, key=mentions_key, relation="MENTIONS", source=rid,
               spans=array("I", [offset for m in mentions for offset in (m.start, m.end)]),
               sentences=tuple(dict.fromkeys(m.sentence for m in mentions if m.sentence))[:MAX_SENTENCES])


def _document_number(entity: Entity) -> dict[str, str]:
    """A document's number (某政发〔2025〕17号), when the text cites one (its year is in ``date``, see kg.dates)."""
    if entity.type != "DOC":
        return {}
    for mention in entity.mentions:
        if DOC_NUMBER.fullmatch(mention.text):
            return {"number": mention.text}
    return {}


def graph_summary(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts for people: sources, entities per type, relations per type."""
    types = Counter(d["type"] for _, d in G.nodes(data=True))
    relations = Counter(d["relation"] for _, _, d in G.edges(data=True) if d["relation"] != "MENTIONS")
    return {"sources": types.get("SOURCE", 0), "entities": {t: types.get(t, 0) for t in ENTITY_TYPES},
            "relations": {t: relations.get(t, 0) for t in RELATION_TYPES}}


_GRAPHML_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation='
                 '"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
# characters XML 1.0 can't hold (control characters, non-characters, lone surrogates)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML for Gephi/yEd/Cytoscape, written as it goes (no copy of the graph): list attributes become
    ``|``-joined strings, nodes and edges come sorted, so one graph always gives the same file."""
    node_keys = _graphml_keys("node", (d for _, d in G.nodes(data=True)))
    edge_keys = _graphml_keys("edge", (d for *_, d in G.edges(data=True)), start=len(node_keys))
    with open(path, "w", encoding="utf-8") as out:
        out.write(_GRAPHML_HEAD)
        for kind, keys in (("node", node_keys), ("edge", edge_keys)):
            for name, (key_id, attr_type) in keys.items():
                out.write(f'<key id="{key_id}" for="{kind}" attr.name={_attr(name)} attr.type="{attr_type}"/>\n')
        out.write('<graph edgedefault="directed">\n')
        for n in sorted(G):
            out.write(f"<node id={_attr(n)}>{_graphml_data(G.nodes[n], node_keys)}</node>\n")
        for u, v, k, data in sorted_edges(G):
            out.write(f"<edge source={_attr(u)} target={_attr(v)} id={_attr(k)}>"
                      f"{_graphml_data(data, edge_keys)}</edge>\n")
        out.write("</graph>\n</graphml>\n")


def _graphml_keys(kind: str, items: Iterable[dict[str, Any]], start: int = 0) -> dict[str, tuple[str, str]]:
    """Attribute name → (GraphML key id, type): boolean, long or double if every value is one, else string."""
    types: dict[str, str] = {}
    for data in items:
        for name, value in data.items():
            found = "boolean" if isinstance(value, bool) else "long" if isinstance(value, int) else \
                "double" if isinstance(value, float) else "string"
            seen = types.setdefault(name, found)
            if seen != found:
                types[name] = "double" if {seen, found} == {"long", "double"} else "string"
    return {name: (f"d{start + i}", t) for i, (name, t) in enumerate(sorted(types.items()))}


def _graphml_data(data: dict[str, Any], keys: dict[str, tuple[str, str]]) -> str:
    parts = []
    for name, value in sorted(data.items()):
        if isinstance(value, array):  # mention offsets, as pairs
            value = "|".join(f"[{s}, {e}]" for s, e in zip(value[::2], value[1::2], strict=True))
        elif isinstance(value, (list, set, tuple)):
            value = "|".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        parts.append(f'<data key="{keys[name][0]}">{escape(_xml_text(str(value)))}</data>')
    return "".join(parts)


def _attr(value: str) -> str:
    return quoteattr(_xml_text(value))


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)
