"""RDF benchmark: a graph of about a million triples from repeated real extractions.

Measures, in one run: turning the kg graph into RDF, writing N-Triples, loading them into pyoxigraph and into
rdflib's memory store, and every example query in ``kg/queries/`` on both (target on pyoxigraph: ≤ 50 ms each,
best of 7, with the median), with the rdflib / pyoxigraph time ratios. A query whose header says
``--bind VAR=NAME`` lists something for one body: it is run as meant, bound to the body with the most relations,
and also unbound (the whole graph's listing); the bound run takes the name with the most rows, the slowest to
look up.

The pyoxigraph queries run before rdflib's store is loaded into the same process (gigabytes of Python objects).
The same queries are also timed over HTTP from the server behind ``kg serve`` (Oxigraph on RocksDB).

Run: ``.venv/bin/python benchmarks/rdf.py [--triples 1000000] [--data graph.nt of an earlier run]``
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explorer import big_graph

from kg.readwrite.rdf import write_rdf
from kg.server import Endpoint, free_port, prepare_server_store
from kg.store import PREFIXES, bind, load_store, query, read_query

QUERIES = sorted((Path(__file__).resolve().parent.parent / "kg" / "queries").glob("*.rq"))


T = TypeVar("T")
REPEAT = 7  # runs per query: the machine is shared, so single runs vary by up to half


def timed(func: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def runs_of(n: int, func: Callable[[], T]) -> tuple[T, float, float]:
    """The result and the best and the median time of ``n`` runs (``timeit`` reports the best)."""
    runs = [timed(func) for _ in range(n)]
    times = sorted(t for _, t in runs)
    return runs[0][0], times[0], times[len(times) // 2]


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




def write_graph(folder: Path, triples: int) -> tuple[Path, list[tuple[str, str]]]:
    """Build the benchmark graph, write it as N-Triples and Turtle into ``folder``; the file and the timings."""
    nodes = max(1000, triples // 38)  # about 38 triples per entity with its mentions and statements
    G, t_graph = timed(lambda: big_graph(nodes, nodes * 2))
    rows = [("graph", f"{len(G):,} nodes, {G.number_of_edges():,} edges, built in {t_graph:.1f} s")]
    path = folder / "graph.nt"
    _, t_write = timed(lambda: write_rdf(G, path, format="nt"))
    rows.append(("write N-Triples (kg, streamed)", f"{_count_lines(path):,} triples in {t_write:.1f} s, "
                                                   f"{path.stat().st_size / 1e6:.0f} MB"))
    _, t_ttl = timed(lambda: write_rdf(G, folder / "graph.ttl"))
    rows.append(("write Turtle (kg, streamed)", f"{t_ttl:.1f} s"))
    return path, rows


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f)


def time_queries(store: ox.Store) -> list[tuple[str, str, str, int, float, float]]:
    """Each example query as meant (a listing bound to its busiest name) and, for listings, unbound:
    (label, query text, kind, rows, best, median)."""
    timings = []
    for q in QUERIES:
        sparql = read_query(str(q))
        variable = re.search(r"--bind (\w+)=NAME", sparql)
        label = f"query {q.stem}"
        if variable:  # bound to the name with the most rows: the slowest one to look up
            whole, best, median = runs_of(REPEAT, partial(query, store, sparql))
            column = whole.variables.index(variable.group(1))
            busiest = Counter(row[column] for row in whole.rows).most_common(1)[0][0]
            timings.append((f"{label}, unbound", sparql, "whole graph", len(whole.rows), best, median))
            sparql = bind(sparql, {variable.group(1): busiest})
            label += f" --bind {variable.group(1)}={busiest}"
        result, best, median = runs_of(REPEAT, partial(query, store, sparql))
        timings.append((label, sparql, "as meant", len(result.rows), best, median))
    return timings


def time_server(path: Path, folder: Path, timings: list[tuple[str, str, str, int, float, float]]) -> list[float]:
    """Best of 3 for each query meant to be run, over HTTP from ``kg serve``'s Oxigraph server (RocksDB on disk)."""
    import urllib.parse
    import urllib.request

    location = prepare_server_store(path, folder / ".kg-store")
    endpoint = Endpoint(location, port=free_port())  # kg's guard in front, prefixes predeclared, as kg serve runs

    def ask(sparql: str) -> bytes:
        url = endpoint.url + "?" + urllib.parse.urlencode({"query": sparql})
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/csv"})) as response:
            return bytes(response.read())

    endpoint.start()
    try:
        return [runs_of(3, partial(ask, sparql))[1] for _, sparql, kind, *_ in timings if kind == "as meant"]
    finally:
        endpoint.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, help="an N-Triples file of an earlier run (skips building the graph)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, rows = (args.data, []) if args.data else write_graph(Path(tmp), args.triples)
        store, t_ox = timed(lambda: load_store(path))
        rows.append(("load: pyoxigraph", f"{t_ox:.2f} s"))
        timings = time_queries(store)  # before rdflib's graph takes gigabytes of the same process
        del store
        _, t_serve_load = timed(lambda: prepare_server_store(path, Path(tmp) / ".kg-store"))
        served = iter(time_server(path, Path(tmp), timings))  # the store is current now: reused
        rg, t_rl = timed(lambda: Graph().parse(path, format="nt"))
    rows.append(("load: rdflib", f"{t_rl:.2f} s  (ratio {t_rl / t_ox:.0f}x)"))
    rows.append(("load: kg serve's on-disk store", f"{t_serve_load:.2f} s (once per version of the file)"))
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for label, sparql, kind, n, best, median in timings:
        line = f"pyoxigraph {best * 1000:.0f} ms (median {median * 1000:.0f}), {n} rows"
        if kind == "as meant":
            t_rq = rdflib_time(rg, header + sparql)
            line += (f", rdflib {t_rq * 1000:.0f} ms (ratio {t_rq / max(best, 1e-9):.0f}x)" if t_rq is not None
                     else f", rdflib > {RDFLIB_BUDGET} s (stopped)")
            line += f", kg serve over HTTP {next(served) * 1000:.0f} ms"
        rows.append((label, line + ("" if kind == "as meant" else f" ({kind})")))
    print("\n".join(f"{k:<44} {v}" for k, v in rows))


if __name__ == "__main__":
    main()
