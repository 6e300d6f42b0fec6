"""The Dask executor gives the same graph as the local build (2-worker LocalCluster), plus N-Quads shards."""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg.build import build
from kg.io import sample_dir

pytest.importorskip("dask.distributed")
pytestmark = pytest.mark.slow


def test_distributed_dask_build_equals_local_build(tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    build([], local, use_cache=False)
    report = build([], dask, executor="dask", jobs=2)
    for name in ("graph.ttl", "graph.jsonld", "graph.html"):
        assert (dask / name).read_bytes() == (local / name).read_bytes(), name
    shards = sorted((dask / "shards").glob("part-*.nq"))
    assert len(shards) >= 2
    ds = Dataset()
    for shard in shards:
        ds.parse(shard, format="nquads")
    assert len(ds) > 0 and report.summary["sources"] == len(list(sample_dir().glob("*.txt")))
