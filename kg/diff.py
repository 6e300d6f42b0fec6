"""What changed between two builds: sources, entities and relations added or removed, and entities whose aliases,
region or sources changed, each with the sentence and the source of the fact.

Identity is kg's stable node ids (the keys of its IRIs), so two builds of the same inputs diff empty. A body
named without its place (a bare 县委巡察办) is keyed by its source text (``ORG:县委巡察办@src:<hash>``); here the
hash stands for the text's path, so editing that text does not make its bodies new. Sources are compared by
path: an edited file is the same source with new content. ``read_graph`` reads what ``kg build`` wrote (a build
folder, its ``graph.graphml``, or one of its RDF files); ``diff_graphs`` compares two graphs in memory.

Examples
--------
>>> import kg
>>> from kg.graph import build_graph
>>> nlp = kg.load()
>>> old = build_graph([kg.extract_doc(nlp("天水市委印发《巡察规划》。"), source="a.txt")])
>>> new = build_graph([kg.extract_doc(nlp("天水市委印发《巡察规划》，建立“三反馈”机制。"), source="a.txt")])
>>> [(c.change, c.type, c.name) for c in diff_graphs(old, new)]
[('edited', 'SOURCE', 'a.txt'), ('added', 'MECH', '三反馈机制'), ('added', 'ESTABLISHED', '天水市委 → 三反馈机制')]
>>> diff_graphs(new, new)
[]
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import Errors, KgError
from kg.graph import ENTITY_TYPES
from kg.store import QueryResult

GRAPH_FILES = ("graph.graphml", "graph.ttl", "graph.nt", "graph.nq", "graph.jsonld", "graph.rdf")
RDF_SUFFIXES = (".ttl", ".nt", ".nq", ".jsonld", ".rdf")
FIELDS = ("aliases", "region", "sources")  # what can change about an entity that stays
SYMBOLS = {"added": "+", "removed": "-", "changed": "~", "edited": "~"}
COLUMNS = ("change", "kind", "type", "id", "name", "field", "added", "removed", "evidence", "source")


@dataclass(frozen=True)
class Change:
    """One difference between two graphs.

    ``change`` is added, removed, changed (an entity's ``field``: aliases, region or sources) or edited (a source
    whose text changed); ``kind`` is source, entity or relation; ``id`` the node id (``head|TYPE|tail`` for a
    relation) in the graph the fact is in (the old one for what was removed); ``evidence`` and ``source`` the
    sentence that states the fact and the path of its text (for a source: its title and path).
    """

    change: str
    kind: str
    type: str
    id: str
    name: str
    field: str = ""
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    evidence: str = ""
    source: str = ""

    @property
    def summary(self) -> str:
        """The change in a few words: ``aliases +巡察办 -市委巡察办``, ``region → 天水市``, ``edited``."""
        if self.change == "edited":
            return "edited"
        if self.field == "region":
            return f"region {(self.removed or ('',))[0]} → {(self.added or ('',))[0]}".replace("  ", " ")
        if self.field:
            return " ".join([self.field, *(f"+{a}" for a in self.added), *(f"-{r}" for r in self.removed)])
        return ""


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """The graph ``kg build`` wrote: a build folder (its ``graph.graphml``, else its RDF file), a ``.graphml``
    file, or an RDF file (``.ttl``, ``.nt``, ``.nq``, ``.jsonld``, ``.rdf``; without mention sentences, which
    only GraphML keeps)."""
    path = Path(path)
    if path.is_dir():
        found = next((path / name for name in GRAPH_FILES if (path / name).is_file()), None)
        if found is None:
            raise KgError(Errors.E040.format(path=path, files=", ".join(GRAPH_FILES)))
        path = found
    if not path.exists():
        raise KgError(Errors.E003.format(path=path))
    if path.suffix == ".graphml":
        return _read_graphml(path)
    if path.suffix in RDF_SUFFIXES:
        from kg.readwrite.rdf_graph import rdf_to_graph

        return rdf_to_graph(path)
    raise KgError(Errors.E041.format(path=path, options=", ".join((".graphml", *RDF_SUFFIXES))))


_LISTS = {"aliases", "sources"}


def _read_graphml(path: Path) -> nx.MultiDiGraph:
    """A GraphML file of :func:`kg.graph.write_graphml` as kg's graph (``|``-joined lists split again)."""
    try:
        G = nx.read_graphml(path, force_multigraph=True)
    except Exception as err:  # networkx raises XML and value errors of several kinds
        raise KgError(Errors.E010.format(path=path, reason=err, fmt="GraphML")) from err
    for _, data in G.nodes(data=True):
        for name in _LISTS & data.keys():
            data[name] = [v for v in str(data[name]).split("|") if v]
    for *_, data in G.edges(data=True):
        if "sentences" in data:
            data["sentences"] = tuple(s for s in str(data["sentences"]).split("|") if s)
    return nx.MultiDiGraph(G)


@dataclass
class Side:
    """One graph seen by identity: sources by path, entities and relations by ids that do not depend on content
    hashes."""

    G: nx.MultiDiGraph
    paths: dict[str, str] = field(default_factory=dict)  # source node → path
    entities: dict[str, str] = field(default_factory=dict)  # identity → node
    relations: dict[tuple[str, str, str], list[tuple[str, str, str, dict]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for n, data in self.G.nodes(data=True):
            if data.get("type") == "SOURCE":
                self.paths[n] = str(data.get("path") or data.get("name") or n)
        for n, data in self.G.nodes(data=True):
            if data.get("type") in ENTITY_TYPES:
                self.entities[self.identity(n)] = n
        grouped = defaultdict(list)
        for u, v, data in self.G.edges(data=True):
            if data.get("relation", "MENTIONS") != "MENTIONS":
                grouped[(self.identity(u), data["relation"], self.identity(v))].append((u, v, self.path(data), data))
        self.relations = dict(grouped)

    def identity(self, node: str) -> str:
        """``node``, with the source a document-scoped key ends with (``@src:<hash>``) named by its path."""
        base, at, source = node.partition("@src:")
        return f"{base}@{self.paths.get('src:' + source, source)}" if at else node

    def path(self, data: dict) -> str:
        return self.paths.get(str(data.get("source", "")), "")

    def by_path(self) -> dict[str, str]:
        return {p: n for n, p in sorted(self.paths.items(), reverse=True)}

    def entity_sources(self, node: str) -> set[str]:
        return {self.paths[s] for s in self.G.nodes[node].get("sources", []) if s in self.paths}

    def evidence(self, node: str, prefer: set[str], alias: str | None = None) -> tuple[str, str]:
        """A sentence that mentions ``node`` (containing ``alias`` when given) and its source's path, from the
        sources in ``prefer`` where there is one there. Without mention sentences (RDF input), the sentence of
        one of its relations; without that, no sentence but the source."""
        found = [(path not in prefer, path, i, s) for path, i, s in self._mention_sentences(node)
                 if alias is None or alias in s]
        found += [(self.path(d) not in prefer, self.path(d), 1 << 30, d.get("sentence", ""))
                  for _, _, d in [*self.G.in_edges(node, data=True), *self.G.out_edges(node, data=True)]
                  if d.get("relation", "MENTIONS") != "MENTIONS"]
        sources = self.entity_sources(node)
        if not found or (found and min(found)[0] and sources & prefer):  # nothing said where the new fact is
            return "", min(sources & prefer or sources or {""})
        _, path, _, sentence = min(found)
        return sentence, path

    def _mention_sentences(self, node: str) -> Iterator[tuple[str, int, str]]:
        for source, _, data in self.G.in_edges(node, data=True):
            if data.get("relation") == "MENTIONS" and source in self.paths:
                yield from ((self.paths[source], i, s) for i, s in enumerate(data.get("sentences", ())))


def diff_graphs(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> list[Change]:
    """What changed from ``old`` to ``new``: sources, then entities, then relations, each sorted."""
    a, b = Side(old), Side(new)
    sources = list(_source_changes(a, b))
    fresh = {c.name for c in sources if c.change != "removed"}  # texts the new facts come from
    gone = {c.name for c in sources if c.change != "added"}
    return sources + list(_entity_changes(a, b, fresh, gone)) + list(_relation_changes(a, b, fresh, gone))


def _source_changes(a: Side, b: Side) -> Iterator[Change]:
    old, new = a.by_path(), b.by_path()
    for path in sorted(old.keys() | new.keys()):
        if path not in old:
            yield Change("added", "source", "SOURCE", new[path], path, evidence=_title(b, new[path]), source=path)
        elif path not in new:
            yield Change("removed", "source", "SOURCE", old[path], path, evidence=_title(a, old[path]), source=path)
        elif a.G.nodes[old[path]].get("sha256") != b.G.nodes[new[path]].get("sha256"):
            yield Change("edited", "source", "SOURCE", new[path], path, evidence=_title(b, new[path]), source=path)


def _title(side: Side, node: str) -> str:
    return str(side.G.nodes[node].get("name", ""))


def _entity_changes(a: Side, b: Side, fresh: set[str], gone: set[str]) -> Iterator[Change]:
    found = []
    for ident in a.entities.keys() | b.entities.keys():
        if ident not in a.entities:
            found.append(_entity_change("added", b, b.entities[ident], fresh))
        elif ident not in b.entities:
            found.append(_entity_change("removed", a, a.entities[ident], gone))
        else:
            found += _field_changes(a, b, a.entities[ident], b.entities[ident], fresh, gone)
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    yield from sorted(found, key=lambda c: (order[c.type], c.name, c.id, FIELDS.index(c.field) if c.field else -1))


def _entity_change(change: str, side: Side, node: str, prefer: set[str]) -> Change:
    data = side.G.nodes[node]
    sentence, path = side.evidence(node, prefer)
    return Change(change, "entity", data["type"], node, data["name"], evidence=sentence, source=path)


def _field_changes(a: Side, b: Side, old: str, new: str, fresh: set[str], gone: set[str]) -> Iterator[Change]:
    before, after = a.G.nodes[old], b.G.nodes[new]
    values = {"aliases": (set(before.get("aliases", [])), set(after.get("aliases", []))),
              "region": ({before.get("region") or ""} - {""}, {after.get("region") or ""} - {""}),
              "sources": (a.entity_sources(old), b.entity_sources(new))}
    for name in FIELDS:
        was, now = values[name]
        if was == now:
            continue
        added, removed = tuple(sorted(now - was)), tuple(sorted(was - now))
        if added:  # the new fact: where the new alias is used, or what the new source says
            sentence, path = b.evidence(new, set(added) if name == "sources" else fresh,
                                        added[0] if name == "aliases" else None)
        else:
            sentence, path = a.evidence(old, set(removed) if name == "sources" else gone)
        yield Change("changed", "entity", after["type"], new, after["name"], name, added, removed, sentence, path)


def _relation_changes(a: Side, b: Side, fresh: set[str], gone: set[str]) -> Iterator[Change]:
    found = []
    for key in a.relations.keys() | b.relations.keys():
        if key not in a.relations:
            found.append(_relation_change("added", b, b.relations[key], fresh))
        elif key not in b.relations:
            found.append(_relation_change("removed", a, a.relations[key], gone))
    yield from sorted(found, key=lambda c: (c.type, c.name, c.id))


def _relation_change(change: str, side: Side, edges: list[tuple[str, str, str, dict]], prefer: set[str]) -> Change:
    u, v, path, data = min(edges, key=lambda e: (e[2] not in prefer, e[2], e[3].get("start", 0)))
    rel = data["relation"]
    name = f"{side.G.nodes[u]['name']} → {side.G.nodes[v]['name']}"
    return Change(change, "relation", rel, f"{u}|{rel}|{v}", name, evidence=str(data.get("sentence", "")),
                  source=path)


def changes_table(changes: Iterable[Change]) -> QueryResult:
    """The changes as rows for people (``+``/``-``/``~``, type, name, what changed, evidence, source)."""
    rows = [[SYMBOLS[c.change], c.type, c.name, c.summary, c.evidence, c.source] for c in changes]
    return QueryResult(["±", "type", "name", "change", "evidence", "source"], rows)


def changes_csv(changes: Iterable[Change]) -> str:
    """The changes as CSV, one column per field (lists ``|``-joined)."""
    rows = [["|".join(v) if isinstance(v, tuple) else v for v in asdict(c).values()] for c in changes]
    return QueryResult(list(COLUMNS), rows).to_csv()


def changes_json(changes: Iterable[Change]) -> str:
    """The changes as a JSON list of objects."""
    return json.dumps([asdict(c) for c in changes], ensure_ascii=False, indent=1)
