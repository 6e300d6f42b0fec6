"""The graph as one self-contained, offline HTML explorer built on pyvis/vis-network.

``graph_to_vis_data`` (pure, testable) → ``generate_html`` (renders the page) → ``write_html``.
pyvis builds the node and edge records; the page inlines the vis-network script and styles that ship inside
the pyvis package, so it makes no network request. Text from documents is data, never markup: it travels as
JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page's own
script writes it with ``textContent`` only.

The page: search (arrow keys and Enter walk the results), filters by type, source and year (undated items on a
toggle) that compose with the focus on a node, a reset for both, a sortable table of mechanisms (regions,
bodies, sources, first seen; a row focuses its mechanism), labels of the best-connected nodes at low zoom and of
the rest as you zoom in, and a panel with the evidence, each source by its title and file name. A big graph
draws its nodes first and its edges right after (``graph.html#all-at-once`` draws everything in one frame).

Examples
--------
>>> import kg
>>> from kg.extract import extract_doc
>>> from kg.graph import build_graph
>>> G = build_graph([extract_doc(kg.load()("市委巡察办建立“三反馈”机制。"), source="a.txt")])
>>> data = graph_to_vis_data(G)
>>> sorted(n["label"] for n in data["nodes"])
['三反馈机制', '市委', '市委巡察办']
>>> "https://" in generate_html(G).split("<script>")[0]
False
"""

from __future__ import annotations

import html
import io
import json
import math
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import IO, Any

import networkx as nx
from pyvis.network import Network
from pyvis.node import Node

from kg.graph import ENTITY_TYPES, graph_summary
from kg.spread import entity_years, mechanism_spread

TYPES = {
    "ORG": {"label": "组织 ORG", "color": "#4e79a7", "shape": "dot"},
    "DOC": {"label": "文件 DOC", "color": "#f28e2b", "shape": "square"},
    "MECH": {"label": "机制 MECH", "color": "#59a14f", "shape": "diamond"},
}
MAX_EVIDENCE = 5  # sentences per entity and source shown in the side panel
MAX_NODE_EVIDENCE = 40  # sentences per entity in all
LAYOUT_IN_PYTHON_ABOVE = 300  # nodes; above this, physics is off and networkx computes the layout
MAX_EXPLORER_NODES = 10_000  # entities on one page (the size benchmarks/explorer.py draws)
_MARKERS = ("__TITLE__", "__VIS_CSS__", "__VIS_JS__", "__DATA__")


def graph_to_vis_data(G: nx.MultiDiGraph, *, title: str = "kg — 知识图谱", seed: int = 7,
                      max_nodes: int = MAX_EXPLORER_NODES) -> dict[str, Any]:
    """Nodes, edges, sources, evidence and options for the page, sorted so output is deterministic.

    A graph of more than ``max_nodes`` entities shows its ``max_nodes`` best-connected ones (relations, then
    mentions) and the relations among them; ``counts`` still describes the whole graph, and ``counts["shown"]``
    says how many entities the page holds. All of them are in graph.ttl and graph.graphml.
    """
    sources = sorted((n for n, d in G.nodes(data=True) if d["type"] == "SOURCE"), key=lambda n: (G.nodes[n]["name"], n))
    src_index = {s: i for i, s in enumerate(sources)}
    degree: Counter[str] = Counter()
    for u, v, rel in G.edges(data="relation"):
        if rel != "MENTIONS":
            degree.update((u, v))
    entities = [n for n, d in G.nodes(data=True) if d["type"] in ENTITY_TYPES]
    total = len(entities)
    if total > max_nodes:
        entities.sort(key=lambda n: (-degree[n], -G.nodes[n]["mentions"], n))
        del entities[max_nodes:]
    entities.sort()
    shown = set(entities)
    positions = _layout(G, entities, shown, seed) if len(entities) > LAYOUT_IN_PYTHON_ABOVE else {}
    net = _Network(directed=True)
    years = entity_years(G, entities)
    for n in entities:
        d = G.nodes[n]
        extra: dict[str, Any] = {"x": positions[n][0], "y": positions[n][1]} if n in positions else {}
        net.add_node(n, label=d["name"], type=d["type"], subtype=d["subtype"], region=d["region"],
                     aliases=[a for a in d["aliases"] if a != d["name"]],
                     sources=sorted(src_index[s] for s in d["sources"] if s in src_index),
                     value=round(1 + math.log1p(degree[n] + d["mentions"]), 3), date=d.get("date", ""),
                     years=years[n], **extra)
    _add_relation_edges(net, G, src_index, shown)
    nodes, edges, *_ = net.get_network_data()
    for node in nodes:  # pyvis's own colour, shape and arrows: the page's options style them all at once
        del node["color"], node["shape"]
    for edge in edges:
        edge.pop("arrows", None)
    summary = graph_summary(G)
    span = sorted({y for node in nodes for y in node["years"]})
    return {"title": title, "types": TYPES, "type_order": list(TYPES), "nodes": nodes, "edges": edges,
            "sources": [{"name": G.nodes[s]["name"], "path": G.nodes[s]["path"], "date": G.nodes[s].get("date", "")}
                        for s in sources],
            "evidence": _evidence(G, src_index, shown), "options": _options(bool(positions)),
            "mechanisms": [m for m in mechanism_spread(G) if m["id"] in shown],
            "years": [span[0], span[-1]] if span else None,
            "edge_labels": "all" if len(entities) <= LAYOUT_IN_PYTHON_ABOVE else "focus",
            "counts": {"sources": summary["sources"], "entities": summary["entities"],
                       "relations": sum(summary["relations"].values()),
                       "shown": len(entities) if total > max_nodes else None}}


def _evidence(G: nx.MultiDiGraph, src_index: dict[str, int], shown: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The sentences each shown entity stands in, by source (a body named in thousands of sources shows a sample)."""
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mentions = sorted(((u, v, e) for u, v, e in G.edges(data=True) if e["relation"] == "MENTIONS" and v in shown),
                      key=lambda edge: (edge[0], edge[1]))
    for u, v, e in mentions:
        room = MAX_NODE_EVIDENCE - len(evidence[v])
        for sentence in e["sentences"][: min(MAX_EVIDENCE, max(room, 0))]:
            evidence[v].append({"source": src_index[u], "sentence": sentence, "mention": _mention(G, v, sentence)})
    return dict(sorted(evidence.items()))


class _Network(Network):
    """pyvis's Network with constant-time node lookups (pyvis scans lists: quadratic on 10k-node graphs)."""

    def get_nodes(self) -> Any:
        return self.node_map.keys()

    def add_node(self, n_id: str | int, label: str | None = None, shape: str = "dot", color: str = "#97c2fc",
                 **options: Any) -> None:
        """pyvis's ``add_node``, with the "already there?" test on the id map instead of the id list."""
        if n_id in self.node_map:
            return
        if "group" not in options:
            options["color"] = color
        node = Node(n_id, shape, label=label or n_id, font_color=self.font_color, **options)
        self.nodes.append(node.options)
        self.node_ids.append(n_id)
        self.node_map[n_id] = node.options


def _add_relation_edges(net: Network, G: nx.MultiDiGraph, src_index: dict[str, int], shown: set[str]) -> None:
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, e in G.edges(data=True):
        if e["relation"] != "MENTIONS" and u in shown and v in shown:
            grouped[(u, v, e["relation"])].append({"source": src_index[e["source"]], "sentence": e["sentence"],
                                                   "date": e.get("date", "")})
    for i, ((u, v, rel), ev) in enumerate(sorted(grouped.items())):
        ev.sort(key=lambda x: (x["source"], x["sentence"]))
        sample = ev[:MAX_NODE_EVIDENCE]  # a relation stated in thousands of sources shows a sample (and says so)
        net.add_edge(u, v, id=f"e{i}", relation=rel, evidence=sample, stated=len(ev),
                     years=sorted({int(x["date"][:4]) for x in ev if x["date"]}))


def _mention(G: nx.MultiDiGraph, node: str, sentence: str) -> str:
    aliases = sorted(G.nodes[node]["aliases"], key=len, reverse=True)
    return next((a for a in aliases if a in sentence), "")


def _layout(G: nx.MultiDiGraph, entities: list[str], shown: set[str], seed: int) -> dict[str, tuple[float, float]]:
    """A seeded layout computed in Python for big graphs (the browser then draws without physics).

    Each connected component is laid out on its own (a spring layout up to SPRING_MAX nodes, concentric BFS
    layers around its best-connected node beyond), then the components are packed in rows, largest first.
    Linear in the graph's size apart from the small spring layouts, and needs no SciPy.
    """
    H = nx.Graph()
    H.add_nodes_from(entities)
    H.add_edges_from((u, v) for u, v, rel in G.edges(data="relation")
                     if rel != "MENTIONS" and u in shown and v in shown)
    components = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    placed: dict[str, tuple[float, float]] = {}
    row_width = 120 * math.sqrt(len(entities))
    x = y = row_height = 0.0
    for nodes in components:
        radius = 60 * math.sqrt(len(nodes))
        if x + 2 * radius > row_width and x > 0:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in _component_layout(_component(H, nodes), seed, radius).items():
            placed[n] = (round(x + radius + px, 1), round(y + radius + py, 1))
        x += 2 * radius + 40
        row_height = max(row_height, 2 * radius + 40)
    return placed


def _component(H: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The component of ``H`` on ``nodes`` (sorted) as a graph of its own, nodes and edges in sorted order: a
    subgraph view would list them in the order of a set, which changes with PYTHONHASHSEED, and so would the layout.
    """
    C = nx.Graph()
    C.add_nodes_from(nodes)
    C.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in H.edges(nodes)))
    return C


SPRING_MAX = 150  # nodes; larger components get concentric BFS layers (spring layouts are quadratic)


def _component_layout(C: nx.Graph, seed: int, radius: float) -> dict[str, tuple[float, float]]:
    if len(C) == 1:
        return {next(iter(C)): (0.0, 0.0)}
    if len(C) <= SPRING_MAX:
        pos = nx.spring_layout(C, seed=seed, iterations=50, scale=radius)
        return {n: (float(px), float(py)) for n, (px, py) in pos.items()}
    hub = max(sorted(C), key=C.degree)
    layers = [sorted(layer) for layer in nx.bfs_layers(C, [hub])]
    pos = nx.shell_layout(C, nlist=layers, scale=radius)
    return {n: (float(px), float(py)) for n, (px, py) in pos.items()}


def _options(precomputed: bool) -> dict[str, Any]:
    """vis-network's options: one set for all nodes and edges (per-item options cost time on 10,000 nodes)."""
    physics: dict[str, Any] = {"enabled": not precomputed, "solver": "forceAtlas2Based",
                               "stabilization": {"iterations": 200, "fit": True}}
    return {"physics": physics, "layout": {"improvedLayout": not precomputed},
            "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": precomputed},
            "groups": {t: {"color": v["color"], "shape": v["shape"]} for t, v in TYPES.items()},
            "nodes": {"scaling": {"min": 8, "max": 36}, "physics": not precomputed,
                      "font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif"}},
            "edges": {"smooth": not precomputed, "arrows": "to", "color": {"color": "#98a2b3", "inherit": False},
                      "font": {"size": 11, "color": "#667085", "strokeWidth": 0}}}


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath(f"templates/lib/vis-9.1.2/{name}").read_text(encoding="utf-8")


# Text from documents stays data inside the page's JSON block: no character of it can close the <script>.
# (Lone surrogates, from a file name that is not UTF-8, are written as JSON escapes: UTF-8 can't hold them.)
_SAFE_JSON = str.maketrans({"&": "\\u0026", "<": "\\u003c", ">": "\\u003e",
                            **{chr(c): f"\\u{c:04x}" for c in range(0xD800, 0xE000)}})
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def generate_html(G: nx.MultiDiGraph, *, title: str = "kg — 知识图谱") -> str:
    """The explorer page for ``G`` as one string (no external resources)."""
    page = io.StringIO()
    write_page(page, graph_to_vis_data(G, title=title), title)
    return page.getvalue()


def write_html(G: nx.MultiDiGraph, path: str | Path | IO[str], *, title: str = "kg — 知识图谱") -> None:
    """Write the explorer page; ``path`` may be a path, an open text file, or ``"-"`` for stdout.

    The page's data is written as it is encoded, so a page of a hundred megabytes is never one string.
    """
    data = graph_to_vis_data(G, title=title)
    if path == "-":
        write_page(sys.stdout, data, title)
    elif isinstance(path, (str, Path)):
        with open(path, "w", encoding="utf-8") as out:
            write_page(out, data, title)
    else:
        write_page(path, data, title)


def write_page(out: IO[str], data: dict[str, Any], title: str, *, template: str = "explorer.html") -> None:
    """The page ``template`` (a file beside this module) with vis-network, the title and ``data`` filled in."""
    page = resources.files("kg").joinpath("readwrite", template).read_text(encoding="utf-8")
    values = {"__VIS_CSS__": _asset("vis-network.css"), "__VIS_JS__": _asset("vis-network.min.js"),
              "__TITLE__": html.escape(title)}
    rest = page
    for marker in _MARKERS:
        before, _, rest = rest.partition(marker)
        out.write(before)
        if marker == "__DATA__":
            chunks: list[str] = []  # the encoder yields tiny pieces: escape and write them a few thousand at a time
            for chunk in _ENCODER.iterencode(data):
                chunks.append(chunk)
                if len(chunks) >= 4096:
                    out.write("".join(chunks).translate(_SAFE_JSON))
                    chunks.clear()
            out.write("".join(chunks).translate(_SAFE_JSON))
        else:
            out.write(values[marker])
    out.write(rest)
