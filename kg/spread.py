"""How far each mechanism spread, and when things happened, from kg's graph (what ``kg/queries/mechanism_spread.rq``
asks of the RDF, for the explorer and Python use).

Examples
--------
>>> import kg
>>> from kg.graph import build_graph
>>> nlp = kg.load()
>>> G = build_graph([kg.extract_doc(nlp("2023年，天水市纪委监委建立“三反馈”机制。"), source="a.txt"),
...                  kg.extract_doc(nlp("定西市纪委监委建立“三反馈”工作机制。"), source="b.txt")])
>>> [(m["name"], m["regions"], m["bodies"], m["sources"], m["first_seen"]) for m in mechanism_spread(G)]
[('三反馈工作机制', ['天水市', '定西市'], 2, 2, '2023')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx


def mechanism_spread(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Per mechanism: ``id``, ``name``, the ``regions`` of the bodies that set it up (by how many of them), the
    number of those ``bodies``, of the ``sources`` that name it, and ``first_seen``: the earliest date of a
    statement that it was set up or of a source that names it (``""`` when none is dated). Most regions first."""
    rows = []
    for node, data in G.nodes(data=True):
        if data.get("type") != "MECH":
            continue
        bodies = {u for u, _, rel in G.in_edges(node, data="relation") if rel == "ESTABLISHED"}
        regions: dict[str, int] = {}
        for body in bodies:
            if region := G.nodes[body].get("region"):
                regions[region] = regions.get(region, 0) + 1
        dates = [d.get("date") for _, _, d in G.in_edges(node, data=True) if d.get("relation") == "ESTABLISHED"]
        dates += [G.nodes[s].get("date") for s in data.get("sources", []) if s in G]
        rows.append({"id": node, "name": data["name"], "regions": sorted(regions, key=lambda r: (-regions[r], r)),
                     "bodies": len(bodies), "sources": len(data.get("sources", [])),
                     "first_seen": min((d for d in dates if d), default="")})
    rows.sort(key=lambda r: (-len(r["regions"]), -r["bodies"], -r["sources"], r["name"], r["id"]))
    return rows


def entity_years(G: nx.MultiDiGraph, nodes: Iterable[str]) -> dict[str, list[int]]:
    """The years each entity is dated in: its own date (a document's), its relations', its sources' (one pass
    over the edges).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("src:1", type="SOURCE", date="2024-03-08")
    >>> G.add_node("DOC:甲", type="DOC", date="2022", sources=["src:1"])
    >>> entity_years(G, ["DOC:甲"])
    {'DOC:甲': [2022, 2024]}
    """
    years: dict[str, set[int]] = {}
    for n in nodes:
        data = G.nodes[n]
        dates = [data.get("date"), *(G.nodes[s].get("date") for s in data.get("sources", []) if s in G)]
        years[n] = {int(d[:4]) for d in dates if d}
    for u, v, d in G.edges(data=True):
        if d.get("relation") != "MENTIONS" and d.get("date"):
            for end in (u, v):
                if end in years:
                    years[end].add(int(d["date"][:4]))
    return {n: sorted(found) for n, found in years.items()}
