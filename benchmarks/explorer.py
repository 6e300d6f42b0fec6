"""Explorer benchmark: a 10,000-node / 20,000-edge graph drawn by headless Chromium.

Builds a graph of that size from repeated real extractions (the sample texts, with their place names swapped
for others from the gazetteer so each copy is a new set of bodies), lays it out in Python (seeded), writes the
page, and measures in Chromium (Debian's package, driven by Playwright, network cut) the time from navigation
to the first drawn frame with every node placed (physics is off above a few hundred nodes, so that frame is
the stable layout). Target: ≤ 3 s.

Run: ``.venv/bin/python benchmarks/explorer.py [--nodes 10000]``
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx

import kg
from kg.graph import build_graph
from kg.io import sample_dir
from kg.pipeline.gazetteer import load_gazetteer
from kg.readwrite.html import write_html


def big_graph(nodes: int, edges: int, seed: int = 3) -> nx.MultiDiGraph:
    """Copies of the sample corpus with other cities' names, then random relations up to ``edges``."""
    rng = random.Random(seed)
    nlp = kg.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt"))]
    cities = sorted(p.name for p in load_gazetteer().places.values() if p.level in ("city", "county"))
    records, count = [], 0
    for i, city in enumerate(cities):
        for text in texts:
            swapped = text
            for old in ("岚川", "云岭", "青禾", "柳溪", "鹤鸣", "兰泽"):  # the samples' fictional places
                swapped = swapped.replace(old, city[:-1])
            records.append(kg.extract_doc(nlp(swapped), source=f"{city}-{i}.txt"))
        if i % 10 == 9:
            count = sum(1 for _, d in build_graph(records).nodes(data=True) if d["type"] != "SOURCE")
        if count >= nodes:
            break
    G = build_graph(records)
    entities = sorted(n for n, d in G.nodes(data=True) if d["type"] != "SOURCE")[:nodes]
    G.remove_nodes_from([n for n in list(G) if G.nodes[n]["type"] != "SOURCE" and n not in set(entities)])
    source = next(n for n, d in G.nodes(data=True) if d["type"] == "SOURCE")
    have = sum(1 for *_, d in G.edges(data=True) if d["relation"] != "MENTIONS")
    for j in range(max(0, edges - have)):
        u, v = rng.sample(entities, 2)
        G.add_edge(u, v, key=f"bench{j}", relation="COOPERATES_WITH", source=source, sentence="（基准测试）",
                   start=0, end=0)
    return G


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=20_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    t0 = time.perf_counter()
    G = big_graph(args.nodes, args.edges)
    entities = sum(1 for _, d in G.nodes(data=True) if d["type"] != "SOURCE")
    relations = sum(1 for *_, d in G.edges(data=True) if d["relation"] != "MENTIONS")
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(G, page_path)
        t2 = time.perf_counter()
        size = page_path.stat().st_size
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_path.as_uri())
            page.wait_for_selector("#graph canvas")
            page.wait_for_function("() => window.kgFirstDraw !== undefined", timeout=120_000)
            drawn = page.evaluate("window.kgFirstDraw") / 1000
            placed = page.evaluate("Object.keys(window.kg.network.getPositions()).length")
            browser.close()
    rows = [("graph", f"{entities:,} entities, {relations:,} relations (built in {t1 - t0:.1f} s)"),
            ("page", f"{size / 1e6:.1f} MB, written in {t2 - t1:.2f} s (layout in Python)"),
            ("first frame, all nodes placed", f"{drawn:.2f} s after navigation ({placed:,} nodes)  (target <= 3 s)")]
    print("\n".join(f"{k:<30} {v}" for k, v in rows))


if __name__ == "__main__":
    main()
