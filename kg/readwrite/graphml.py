"""The graph as GraphML, for Gephi, yEd, Cytoscape and ``networkx.read_graphml``.

``generate_graphml`` yields the document a piece at a time (networkx's name for it), ``graph_to_graphml`` joins it
into one string, ``write_graphml`` writes it to a path, an open binary file, or ``"-"`` (stdout). Unlike
networkx's writer, nothing copies the graph first: nodes and edges are written as they come, sorted, so one graph
always gives the same file. List attributes become ``|``-joined strings, mention offsets ``[start, end]`` pairs;
characters XML 1.0 can't hold become U+FFFD.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("ORG:天水市委", name="天水市委", mentions=2)
>>> _ = G.add_edge("src:1", "ORG:天水市委", key="MENTIONS|src:1", relation="MENTIONS")
>>> print(graph_to_graphml(G).split("<graph ")[1])
edgedefault="directed">
<node id="ORG:天水市委"><data key="d0">2</data><data key="d1">天水市委</data></node>
<node id="src:1"></node>
<edge source="src:1" target="ORG:天水市委" id="MENTIONS|src:1"><data key="d2">MENTIONS</data></edge>
</graph>
</graphml>
<BLANKLINE>
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from kg.graph import sorted_edges

_GRAPHML_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation='
                 '"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
# characters XML 1.0 can't hold (control characters, non-characters, lone surrogates)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WRITE_CHARS = 1 << 16  # characters gathered before one encode and write


def generate_graphml(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML document of ``G``, a line at a time."""
    node_keys = _graphml_keys("node", (d for _, d in G.nodes(data=True)))
    edge_keys = _graphml_keys("edge", (d for *_, d in G.edges(data=True)), start=len(node_keys))
    yield _GRAPHML_HEAD
    for kind, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, (key_id, attr_type) in keys.items():
            yield f'<key id="{key_id}" for="{kind}" attr.name={_attr(name)} attr.type="{attr_type}"/>\n'
    yield '<graph edgedefault="directed">\n'
    for n in sorted(G):
        yield f"<node id={_attr(n)}>{_graphml_data(G.nodes[n], node_keys)}</node>\n"
    for u, v, k, data in sorted_edges(G):
        yield f"<edge source={_attr(u)} target={_attr(v)} id={_attr(k)}>{_graphml_data(data, edge_keys)}</edge>\n"
    yield "</graph>\n</graphml>\n"


def graph_to_graphml(G: nx.MultiDiGraph) -> str:
    """The GraphML document of ``G`` as one string (for small graphs; :func:`write_graphml` streams)."""
    return "".join(generate_graphml(G))


def write_graphml(G: nx.MultiDiGraph, path: str | Path | IO[bytes]) -> None:
    """Write ``G`` as GraphML (UTF-8); ``path`` may be a path, an open binary file, or ``"-"`` for stdout.

    The document is written as it is made, so a graph of millions of edges is never one string.
    """
    if path == "-":
        _write(G, sys.stdout.buffer)
    elif isinstance(path, (str, Path)):
        with open(path, "wb") as handle:
            _write(G, handle)
    else:
        _write(G, path)


def _write(G: nx.MultiDiGraph, handle: IO[bytes]) -> None:
    pending: list[str] = []
    size = 0
    for piece in generate_graphml(G):
        pending.append(piece)
        size += len(piece)
        if size >= _WRITE_CHARS:
            handle.write("".join(pending).encode("utf-8"))
            pending, size = [], 0
    handle.write("".join(pending).encode("utf-8"))


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
