"""RDF benchmark: a graph of about a million triples from repeated real extractions.

Measures, in one run: turning the kg graph into RDF, writing N-Triples, loading them into pyoxigraph and into
rdflib's memory store, and every example query in ``kg/queries/`` on both (target on pyoxigraph: ≤ 50 ms each,
best of 3), with the rdflib / pyoxigraph time ratios. A query whose header says ``--bind VAR=NAME`` lists
something for one body: it is run as meant, bound to the body with the most relations, and also unbound (the
whole graph's listing); the bound run takes the name with the most rows, the slowest to look up.

Run: ``.venv/bin/python benchmarks/rdf.py [--triples 1000000]``
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explorer import big_graph

from kg.readwrite.rdf import write_rdf
from kg.store import PREFIXES, bind, load_store, query, read_query

QUERIES = sorted((Path(__file__).resolve().parent.parent / "kg" / "queries").glob("*.rq"))


def timed(func):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def best_of(n, func):  # type: ignore[no-untyped-def]
    """The result and the best time of ``n`` runs (as ``timeit`` reports)."""
    runs = [timed(func) for _ in range(n)]
    return runs[0][0], min(t for _, t in runs)


RDFLIB_BUDGET = 60  # seconds per query on rdflib's store: some take many minutes there


def rdflib_time(rg: Graph, sparql: str) -> float | None:
    """Seconds rdflib takes for ``sparql`` (in a forked process, stopped after RDFLIB_BUDGET), or None."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def run() -> None:
        start = time.perf_counter()
        list(rg.query(sparql))
        send.send(time.perf_counter() - start)

    child = context.Process(target=run)
    child.start()
    done = receive.poll(RDFLIB_BUDGET)
    elapsed = receive.recv() if done else None
    child.kill()
    child.join()
    return elapsed




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    nodes = max(1000, args.triples // 38)  # about 38 triples per entity with its mentions and statements
    G, t_graph = timed(lambda: big_graph(nodes, nodes * 2))
    rows = [("graph", f"{len(G):,} nodes, {G.number_of_edges():,} edges, built in {t_graph:.1f} s")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.nt"
        _, t_write = timed(lambda: write_rdf(G, path, format="nt"))
        triples = sum(1 for _ in path.open("rb"))
        rows.append(("write N-Triples (kg, streamed)", f"{triples:,} triples in {t_write:.1f} s, "
                                                       f"{path.stat().st_size / 1e6:.0f} MB"))
        _, t_ttl = timed(lambda: write_rdf(G, Path(tmp) / "graph.ttl"))
        rows.append(("write Turtle (kg, streamed)", f"{t_ttl:.1f} s"))
        store, t_ox = timed(lambda: load_store(path))
        rg, t_rl = timed(lambda: Graph().parse(path, format="nt"))
    rows.append(("load: pyoxigraph", f"{t_ox:.2f} s"))
    rows.append(("load: rdflib", f"{t_rl:.2f} s  (ratio {t_rl / t_ox:.0f}x)"))
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for q in QUERIES:
        sparql = read_query(str(q))
        variable = re.search(r"--bind (\w+)=NAME", sparql)
        bindings = None
        if variable:  # bound to the name with the most rows: the slowest one to look up
            whole, t_all = best_of(3, lambda sparql=sparql: query(store, sparql))
            column = whole.variables.index(variable.group(1))
            busiest = Counter(row[column] for row in whole.rows).most_common(1)[0][0]
            bindings = {variable.group(1): busiest}
        result, t_q = best_of(3, lambda sparql=sparql, b=bindings: query(store, sparql, b))
        bound = bind(sparql, bindings) if bindings else sparql
        t_rq = rdflib_time(rg, header + bound)
        label = f"query {q.stem}" + (f" --bind {variable.group(1)}" if variable else "")
        versus = (f"rdflib {t_rq * 1000:.0f} ms (ratio {t_rq / max(t_q, 1e-9):.0f}x)" if t_rq is not None
                  else f"rdflib > {RDFLIB_BUDGET} s (stopped)")
        rows.append((label, f"pyoxigraph {t_q * 1000:.0f} ms ({len(result.rows)} rows), {versus}"))
        if variable:
            rows.append((f"query {q.stem}, unbound", f"pyoxigraph {t_all * 1000:.0f} ms ({len(whole.rows)} rows: the "
                                                      f"whole graph); bound to {busiest}"))
    print("\n".join(f"{k:<36} {v}" for k, v in rows))


if __name__ == "__main__":
    main()
