"""Explorer benchmark: a 10,000-node / 20,000-edge graph drawn by headless Chromium.

Builds a graph of that size from repeated real extractions (the sample texts, with their place names swapped
for others from the gazetteer so each copy is a new set of bodies), lays it out in Python (seeded), writes the
page, and measures in Chromium (Debian's package, driven by Playwright, network cut) the time from navigation
to the first drawn frame with every node placed (physics is off above a few hundred nodes, so that frame is
the stable layout), and to the frame with every edge (a big graph's edges are added right after its first
frame). The same page opened as ``graph.html#all-at-once`` draws every label and edge in its first frame, as the
page did before; the two are loaded in turns and the ratio of their medians printed, so that a busy machine
slows both alike. Target: ≤ 3 s.

Run: ``.venv/bin/python benchmarks/explorer.py [--nodes 10000] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
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


def first_frames(browser, page_path: Path, rounds: int) -> dict[str, list[float]]:
    """Seconds from navigation to the first frame (all nodes placed) and to the frame with every edge, for the page
    as shipped and for ``#all-at-once`` (every label and edge in the first frame, as the page drew before), in
    turns, so that both see the same load on a shared machine."""
    times: dict[str, list[float]] = {"first": [], "edges": [], "before": [], "placed": []}
    for _ in range(rounds):
        for variant in ("", "#all-at-once"):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_path.as_uri() + variant)
            page.wait_for_function("() => window.kgAllEdges !== undefined", timeout=300_000)
            first, edges = page.evaluate("[window.kgFirstDraw / 1000, window.kgAllEdges / 1000]")
            if variant:
                times["before"].append(first)
            else:
                times["first"].append(first)
                times["edges"].append(edges)
                times["placed"].append(page.evaluate("Object.keys(window.kg.network.getPositions()).length"))
            page.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3, help="page loads of each variant, in turns")
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
            times = first_frames(browser, page_path, args.rounds)
            browser.close()
    first, before = statistics.median(times["first"]), statistics.median(times["before"])
    rows = [("graph", f"{entities:,} entities, {relations:,} relations (built in {t1 - t0:.1f} s)"),
            ("page", f"{size / 1e6:.1f} MB, written in {t2 - t1:.2f} s (layout in Python)"),
            ("first frame, all nodes placed", f"{first:.2f} s after navigation ({min(times['placed']):,} nodes)"
                                              "  (target <= 3 s)"),
            ("every edge drawn", f"{statistics.median(times['edges']):.2f} s after navigation"),
            ("first frame of #all-at-once", f"{before:.2f} s (every label and edge at once, as before)"),
            ("ratio", f"{before / first:.2f}x sooner (medians of {args.rounds} loads each, in turns)")]
    print("\n".join(f"{k:<30} {v}" for k, v in rows))


if __name__ == "__main__":
    main()
