"""RDF benchmark: a graph of about a million triples from repeated real extractions.

Measures, in one run: turning the kg graph into RDF, writing N-Triples, loading them into pyoxigraph and into
rdflib's memory store, and every example query in ``kg/queries/`` on both (target on pyoxigraph: ≤ 50 ms each),
with the rdflib / pyoxigraph time ratios.

Run: ``.venv/bin/python benchmarks/rdf.py [--triples 1000000]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explorer import big_graph

from kg.readwrite.rdf import graph_to_rdf, serialize
from kg.store import PREFIXES, load_store, query, read_query

QUERIES = sorted((Path(__file__).resolve().parent.parent / "kg" / "queries").glob("*.rq"))


def timed(func):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    nodes = max(1000, args.triples // 38)  # about 38 triples per entity with its mentions and statements
    G, t_graph = timed(lambda: big_graph(nodes, nodes * 2))
    g, t_rdf = timed(lambda: graph_to_rdf(G))
    rows = [("graph", f"{len(G):,} nodes, {G.number_of_edges():,} edges, built in {t_graph:.1f} s"),
            ("graph_to_rdf", f"{len(g):,} triples in {t_rdf:.1f} s")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.nt"
        data, t_ser = timed(lambda: serialize(g, "nt"))
        path.write_bytes(data)
        rows.append(("write N-Triples (rdflib)", f"{t_ser:.1f} s, {len(data) / 1e6:.0f} MB"))
        store, t_ox = timed(lambda: load_store(path))
        rg, t_rl = timed(lambda: Graph().parse(path, format="nt"))
    rows.append(("load: pyoxigraph", f"{t_ox:.2f} s"))
    rows.append(("load: rdflib", f"{t_rl:.2f} s  (ratio {t_rl / t_ox:.0f}x)"))
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for q in QUERIES:
        sparql = read_query(str(q))
        result, t_q = timed(lambda sparql=sparql: query(store, sparql))
        _, t_rq = timed(lambda sparql=sparql: list(rg.query(header + sparql)))
        rows.append((f"query {q.stem}", f"pyoxigraph {t_q * 1000:.0f} ms ({len(result.rows)} rows), "
                                        f"rdflib {t_rq * 1000:.0f} ms (ratio {t_rq / max(t_q, 1e-9):.0f}x)"))
    print("\n".join(f"{k:<30} {v}" for k, v in rows))


if __name__ == "__main__":
    main()
