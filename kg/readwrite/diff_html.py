"""The page of ``kg diff --html``: the list of changes and a drawing of the changed neighbourhood.

``diff_to_vis_data`` (pure) → ``generate_diff_html`` → ``write_diff_html``, on the same rules as the explorer
(:mod:`kg.readwrite.html`): one offline file with vis-network inlined, the data in a JSON block, and text from
documents written into the page with ``textContent`` only.

The drawing holds every changed entity, both ends of every added or removed relation, and as context their
neighbours in the new graph (up to ``MAX_CONTEXT``); entities are keyed as :class:`kg.diff.Side` identifies them,
so a body of an edited text is one node before and after.

Examples
--------
>>> import kg
>>> from kg.diff import diff_graphs
>>> from kg.graph import build_graph
>>> nlp = kg.load()
>>> old = build_graph([kg.extract_doc(nlp("天水市委印发《巡察规划》。"), source="a.txt")])
>>> new = build_graph([kg.extract_doc(nlp("天水市委建立“三反馈”机制。"), source="a.txt")])
>>> data = diff_to_vis_data(old, new, diff_graphs(old, new))
>>> sorted((n["label"], n["status"]) for n in data["nodes"])
[('三反馈机制', 'added'), ('天水市委', 'context'), ('巡察规划', 'removed')]
"""

from __future__ import annotations

import io
import sys
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.diff import Change, Side
from kg.errors import Errors, KgError
from kg.readwrite.html import TYPES, write_page

MAX_CONTEXT = 200  # unchanged neighbours drawn around the changes
STATUS = {"added": "#2e9e44", "removed": "#d64545", "changed": "#e69b00", "context": "#b8c0cc"}


def diff_to_vis_data(old: nx.MultiDiGraph, new: nx.MultiDiGraph, changes: list[Change], *,
                     title: str = "kg diff") -> dict[str, Any]:
    """Changes, nodes and edges for the page, sorted so output is deterministic."""
    a, b = Side(old), Side(new)
    status: dict[str, str] = {}
    shown: dict[str, tuple[Side, str]] = {}  # identity → the side and node it is drawn from
    edges: dict[tuple[str, str, str], str] = {}
    rows = []
    for change in changes:
        row = asdict(change) | {"summary": change.summary, "nodes": []}
        side = a if change.change == "removed" else b
        if change.kind == "entity":
            ident = side.identity(change.id)
            status[ident] = change.change if status.get(ident, change.change) == change.change else "changed"
            shown[ident] = (side, change.id)
            row["nodes"] = [ident]
        elif change.kind == "relation":
            u, rel, v = change.id.split("|")
            ends = [side.identity(u), side.identity(v)]
            for ident, node in zip(ends, (u, v), strict=True):
                shown.setdefault(ident, (side, node))
            edges[(ends[0], rel, ends[1])] = change.change
            row["nodes"] = ends
        rows.append(row)
    _add_context(b, shown, edges)
    nodes = [_node(ident, side, node, status.get(ident, "context")) for ident, (side, node) in sorted(shown.items())]
    return {"title": title, "types": TYPES, "status": STATUS, "changes": rows, "nodes": nodes,
            "edges": [{"id": f"e{i}", "from": u, "to": v, "relation": rel, "status": st}
                      for i, ((u, rel, v), st) in enumerate(sorted(edges.items()))],
            "options": {"physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 150}},
                        "interaction": {"hover": True}}}


def _add_context(b: Side, shown: dict[str, tuple[Side, str]], edges: dict[tuple[str, str, str], str]) -> None:
    """The new graph's relations of the changed entities, and their other ends, as unchanged context."""
    room = MAX_CONTEXT
    for ident in sorted(shown):
        node = b.entities.get(ident)
        if node is None:
            continue
        for u, v, data in sorted([*b.G.out_edges(node, data=True), *b.G.in_edges(node, data=True)],
                                 key=lambda e: (e[0], e[1], e[2].get("relation", ""))):
            rel = data.get("relation", "MENTIONS")
            if rel == "MENTIONS":
                continue
            ends = (b.identity(u), b.identity(v))
            for end, n in zip(ends, (u, v), strict=True):
                if end not in shown and room > 0:
                    shown[end] = (b, n)
                    room -= 1
            if all(end in shown for end in ends):
                edges.setdefault((ends[0], rel, ends[1]), "context")


def _node(ident: str, side: Side, node: str, status: str) -> dict[str, Any]:
    data = side.G.nodes[node]
    return {"id": ident, "label": data["name"], "type": data["type"], "status": status}


def generate_diff_html(old: nx.MultiDiGraph, new: nx.MultiDiGraph, changes: list[Change], *,
                       title: str = "kg diff") -> str:
    """The page as one string (no external resources)."""
    page = io.StringIO()
    write_page(page, diff_to_vis_data(old, new, changes, title=title), title, template="diff.html")
    return page.getvalue()


def write_diff_html(old: nx.MultiDiGraph, new: nx.MultiDiGraph, changes: list[Change],
                    path: str | Path | IO[str], *, title: str = "kg diff") -> None:
    """Write the page; ``path`` may be a path, an open text file, or ``"-"`` for stdout."""
    data = diff_to_vis_data(old, new, changes, title=title)
    if path == "-":
        write_page(sys.stdout, data, title, template="diff.html")
    elif isinstance(path, (str, Path)):
        try:
            with open(path, "w", encoding="utf-8") as out:
                write_page(out, data, title, template="diff.html")
        except OSError as err:
            raise KgError(Errors.E042.format(path=path, reason=err.strerror or err)) from err
    else:
        write_page(path, data, title, template="diff.html")
