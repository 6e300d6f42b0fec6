"""Scale-out on Dask: the same per-document extraction mapped over a dask.distributed cluster.

Map: files are cut into partitions of similar size in bytes; each worker extracts its partition and writes an
N-Quads shard of the partition's graph (``OUTPUT/shards/part-00000.nq``, ready to bulk-load into an Oxigraph
server). Reduce: the records come back to the driver, where :func:`kg.graph.build_graph` merges aliases across
partitions (keys are region-qualified, so the merge is by key), giving the same graph as a local build.
With no scheduler address, a LocalCluster of ``workers`` processes is started and stopped.

Needs the ``dask`` extra: ``pip install 'kg[dask]'``; the workers of a remote cluster need kg installed too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.errors import Errors, KgError
from kg.extract import DocRecord
from kg.io import InputFile

_NLP: Any = None


def partition_by_bytes(paths: list[Path], parts: int) -> list[list[Path]]:
    """Consecutive groups of files of about equal total size (order kept).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name, size in [("a", 10), ("b", 1), ("c", 1), ("d", 10)]:
    ...     _ = (folder / name).write_bytes(b"x" * size)
    >>> [[p.name for p in g] for g in partition_by_bytes(sorted(folder.iterdir()), 2)]
    [['a', 'b'], ['c', 'd']]
    """
    sizes = [p.stat().st_size if p.exists() else 0 for p in paths]
    target = sum(sizes) / max(parts, 1)
    groups: list[list[Path]] = [[]]
    total = 0
    for path, size in zip(paths, sizes, strict=True):
        if groups[-1] and total + size / 2 > target and len(groups) < parts:
            groups.append([])
            total = 0
        groups[-1].append(path)
        total += size
    return groups


def _extract_partition(index: int, files: list[tuple[str, str]], shard_dir: str, base_iri: str,
                       lexicons: tuple[str, ...] = ()) -> list[tuple[str, DocRecord | KgError]]:
    """Runs on a worker: extract the files, write the partition's N-Quads shard, return the records."""
    global _NLP
    from kg.corpus import extract_files
    from kg.graph import build_graph
    from kg.pipeline import load
    from kg.readwrite.rdf import write_rdf

    if _NLP is None or _NLP[0] != lexicons:  # one pipeline per worker, as long as the lexicons stay the same
        _NLP = (lexicons, load(lexicons=lexicons))
    results = [(str(p), r) for p, r in extract_files([InputFile(Path(p), name) for p, name in files], nlp=_NLP[1])]
    records = [r for _, r in results if isinstance(r, DocRecord)]
    shard = Path(shard_dir) / f"part-{index:05d}.nq"
    write_rdf(build_graph(records), shard, format="nquads", base_iri=base_iri)
    return results


def extract_with_dask(files: list[InputFile], *, shard_dir: Path, base_iri: str, scheduler: str | None = None,
                      workers: int = 2, lexicons: Sequence[str | Path] = ()
                      ) -> Iterator[tuple[Path, DocRecord | KgError]]:
    """``(path, record or error)`` for every file, in input order, extracted on a Dask cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise KgError(Errors.E015) from err
    shard_dir.mkdir(parents=True, exist_ok=True)
    for old in shard_dir.glob("part-*.nq"):
        old.unlink()
    cluster = None if scheduler else LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        names = {f.path: f.name for f in files}
        partitions = partition_by_bytes([f.path for f in files], max(1, workers) * 4)
        paths = tuple(str(Path(p).resolve()) for p in lexicons)  # as the workers will find them
        futures = [client.submit(_extract_partition, i, [(str(p), names[p]) for p in part], str(shard_dir), base_iri,
                                 paths, pure=False)
                   for i, part in enumerate(partitions) if part]
        for future in futures:
            for path, result in future.result():
                yield Path(path), result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
