"""Records → one networkx ``MultiDiGraph``: source documents, entities, relations, mentions.

Nodes are keyed by stable ids: ``src:<sha256 prefix>`` for a source document, ``ORG:<key>``,
``DOC:<key>``, ``MECH:<key>`` for entities (a name whose region the text never gives, like a bare 县委巡察办,
gets its source's id appended, so 县委 of two counties never merge; a title that says nothing of whose it is,
like 关于…的实施意见, gets its issuers' keys, so every city's own 实施意见 is a node of its own). Every edge
carries its evidence and ``source`` (the source node): a relation its ``sentence`` with ``start``/``end`` (the
sentence's character offsets); a MENTIONS edge (source → entity) the offsets of every mention (``spans``, see
:func:`mention_spans`) and the first few distinct sentences they stand in (``sentences``). Sources, documents and
relations carry the ``date`` their text states (:mod:`kg.dates`; ``""`` when it states none).

Examples
--------
>>> import kg
>>> from kg.extract import extract_doc
>>> nlp = kg.load()
>>> G = build_graph([extract_doc(nlp("天水市委巡察办印发《巡察工作办法》。"), source="a.txt")])
>>> sorted(G.nodes)[:3]
['DOC:巡察工作办法（天水市委巡察办）', 'ORG:天水市委', 'ORG:天水市委巡察办']
>>> [(u, d["relation"], v) for u, v, d in G.edges(data=True) if d["relation"] == "ISSUED"]
[('ORG:天水市委巡察办', 'ISSUED', 'DOC:巡察工作办法（天水市委巡察办）')]
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import networkx as nx

from kg.dates import earlier
from kg.extract import DocRecord, Entity
from kg.io import INVISIBLE, source_name
from kg.pipeline.titles import DOC_NUMBER, placeless_title

MAX_SENTENCES = 5  # distinct evidence sentences kept per entity and source on its MENTIONS edge
_VOTED = ("subtype", "region", "number")  # attributes several sources may disagree on: the most mentioned wins
RELATION_TYPES = ("ISSUED", "ESTABLISHED", "INSPECTS", "LEADS", "PART_OF", "COOPERATES_WITH")
ENTITY_TYPES = ("ORG", "DOC", "MECH")


def node_id(entity: Entity, record: DocRecord) -> str:
    """The graph node of an entity: global for full names, per source for names that need their text.

    >>> from kg.extract import Entity, DocRecord
    >>> node_id(Entity("ORG", "巡察\u200d工作", "巡察\u200d工作", []), DocRecord("a.txt", "0" * 64, [], []))
    'ORG:巡察工作'
    """
    base = visible(entity.id)
    return base if entity.scope == "global" else f"{base}@{record.id}"


def visible(text: str) -> str:
    """``text`` without zero-width and bidirectional formatting characters (:data:`kg.io.INVISIBLE`): in a label they
    hide or reorder text (巡察\u202etxt.exe shows as 巡察exe.txt), and 巡察工作 with a zero-width joiner is 巡察工作.

    >>> visible("巡察\u202etxt.exe"), visible("巡察\u200d工作")
    ('巡察txt.exe', '巡察工作')
    """
    return INVISIBLE.sub("", text) if not text.isascii() else text


def build_graph(records: Iterable[DocRecord]) -> nx.MultiDiGraph:
    """One graph from many documents' records (order of records does not change the result)."""
    G = nx.MultiDiGraph()
    for record in sorted(records, key=lambda r: (r.id, r.source)):
        merge_record(G, record)
    return finish_graph(G)


def finish_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Make attributes merged by :func:`merge_record` plain sorted lists again, and settle the ones sources
    disagreed on; returns ``G``."""
    for _, data in G.nodes(data=True):  # sets while merging (a hub body is in thousands of sources), lists after
        if data["kind"] == "entity":
            data["aliases"] = sorted(data["aliases"])
            data["sources"] = sorted(data["sources"])
            data.pop("_votes", None)
    return G


def merge_record(G: nx.MultiDiGraph, record: DocRecord) -> None:
    """Add one source document, its entities, MENTIONS edges and relations to ``G`` (any order of records gives
    the same graph up to insertion order, which the writers do not depend on; call :func:`finish_graph` after)."""
    rid = record.id  # one string for every edge, key and source list of this record (big graphs hold millions)
    source = source_name(record.source)  # a file name that is not UTF-8 percent-encoded: every writer takes it
    seen = G.nodes[rid]["path"] if rid in G else None  # the same text in two files is one source
    path = min(seen, source) if seen else source
    G.add_node(rid, kind="source", type="SOURCE", name=visible(record.title or path), path=path,
               sha256=record.text_hash, date=record.date or "")
    mentions_key = f"MENTIONS|{rid}"
    ids = _node_ids(record)
    for entity in record.entities:
        _add_entity(G, ids[entity.id], entity, rid, mentions_key)
    for rel in record.relations:
        head = ids.get(rel.head.id) or node_id(rel.head, record)
        tail = ids.get(rel.tail.id) or node_id(rel.tail, record)
        G.add_edge(head, tail, key=f"{rel.type}|{rid}|{rel.start}", relation=rel.type, source=rid,
                   sentence=rel.evidence, start=rel.start, end=rel.end, date=rel.date or "")


def _node_ids(record: DocRecord) -> dict[str, str]:
    """The graph node of each entity of ``record`` by its id; a title that says nothing of whose it is (关于…的实施
    意见) is its issuers' document: a node per issuer, so every city's own 实施意见 is a node of its own (a title
    cited with no issuer stays one node by its title)."""
    ids = {e.id: node_id(e, record) for e in record.entities}
    issuers: dict[str, set[str]] = {}
    for rel in record.relations:
        tail = rel.tail
        if rel.type == "ISSUED" and tail.subtype not in ("self", "number") and placeless_title(tail.key):
            issuers.setdefault(tail.id, set()).add(rel.head.key)
    for doc, heads in issuers.items():
        ids[doc] = f"{ids[doc]}（{'、'.join(sorted(heads))}）"
    return ids


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
    aliases = sorted({visible(a) for a in entity.aliases})
    name = visible(entity.name)
    found = {"subtype": entity.subtype or "", "region": entity.region or ""} | _document_number(entity)
    if nid in G:
        data = G.nodes[nid]
        if not isinstance(data["sources"], set):
            data["aliases"], data["sources"] = set(data["aliases"]), set(data["sources"])
        data["aliases"].update(aliases)
        data["sources"].add(rid)
        _vote(data, found, len(entity.mentions))
        data["mentions"] += len(entity.mentions)
        data["name"] = max(data["name"], name, key=lambda n: (len(n), n))
        data["generic"] = data["generic"] and entity.generic
        if entity.type == "DOC":
            data["date"] = earlier(data["date"], entity.date) or ""
    else:
        G.add_node(nid, kind="entity", type=entity.type, name=name, aliases=aliases, generic=entity.generic,
                   sources=[rid], mentions=len(entity.mentions), **found)
        if entity.type == "DOC":
            G.nodes[nid]["date"] = entity.date or ""
    mentions = sorted(entity.mentions, key=lambda m: m.start)
    spans = [offset for m in mentions for offset in (m.start, m.end)]
    sentences = tuple(dict.fromkeys(m.sentence for m in mentions if m.sentence))
    if G.has_edge(rid, nid, key=mentions_key):  # two names of one text that differ only in invisible characters
        edge = G.edges[rid, nid, mentions_key]
        pairs = sorted(set(mention_spans(edge)) | set(zip(spans[::2], spans[1::2], strict=True)))
        spans = [offset for pair in pairs for offset in pair]
        sentences = tuple(dict.fromkeys(edge["sentences"] + sentences))
    G.add_edge(rid, nid, key=mentions_key, relation="MENTIONS", source=rid, spans=array("I", spans),
               sentences=sentences[:MAX_SENTENCES])


def _vote(data: dict[str, Any], found: dict[str, str], weight: int) -> None:
    """Settle an attribute sources disagree on by mentions, whatever the order the sources come in: the value
    with the most mentions, a given value before none, then the greatest."""
    for name in _VOTED:
        value, current = found.get(name, ""), data.get(name, "")
        votes = data.get("_votes", {}).get(name)
        if votes is None:
            if value == current:
                continue
            votes = data.setdefault("_votes", {})[name] = {current: data["mentions"]}  # all so far agreed
        votes[value] = votes.get(value, 0) + weight
        data[name] = max(votes, key=lambda v: (v != "", votes[v], v))
        if name == "number":
            year = re.search(r"\d{4}", data[name])
            data["issued"] = year.group() if year else ""


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
