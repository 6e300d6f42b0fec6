"""The main job: input files → records → graph → graph.ttl, graph.jsonld, graph.graphml, graph.html.

A file that can't be read is skipped and reported, never fatal for the rest; every output is written to a
temporary file and renamed into place, so a build killed midway leaves the previous outputs intact.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("市委巡察办建立“三反馈”机制。", encoding="utf-8")
>>> report = build([folder], folder / "out")
>>> sorted(p.name for p in report.outputs)
['graph.graphml', 'graph.html', 'graph.jsonld', 'graph.ttl']
>>> report.summary["entities"]
{'ORG': 2, 'DOC': 0, 'MECH': 1}
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.cache import RecordCache
from kg.corpus import Progress, extract_files
from kg.errors import Errors, KgError, Warnings
from kg.extract import EMPTY_TEXT_HASH
from kg.graph import finish_graph, graph_summary, merge_record
from kg.io import input_files, sample_dir
from kg.pipeline.user_lexicons import UserLexicon
from kg.readwrite.graphml import write_graphml
from kg.readwrite.html import write_html
from kg.readwrite.rdf import DEFAULT_BASE_IRI, FORMATS, rdf_format, write_rdf

CACHE_DIR = ".kg-cache"
_UMASK = os.umask(0)
os.umask(_UMASK)


@dataclass
class Skipped:
    """A file that was not used, and why."""

    path: Path
    reason: str


@dataclass
class BuildReport:
    """What a build read, skipped and wrote."""

    graph: nx.MultiDiGraph
    summary: dict[str, Any]
    outputs: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build(inputs: Iterable[str | Path] = (), output_dir: str | Path = "output", *, rdf_format_name: str = "turtle",
          base_iri: str = DEFAULT_BASE_IRI, jobs: int = 1, use_cache: bool = True,
          report_progress: Callable[[Progress], None] | None = None, executor: str = "local",
          scheduler: str | None = None, lexicons: Sequence[str | Path] = ()) -> BuildReport:
    """Build the graph of ``inputs`` (files or folders; none = the bundled samples) into ``output_dir``.

    Sources are named as :func:`kg.io.input_files` names them (relative to the folder given, never absolute), so
    the same inputs in two places give byte-identical outputs.

    Per-document results are cached in ``output_dir/.kg-cache`` by content hash: a rebuild re-extracts only
    new or changed files, and files no longer among the inputs leave the graph (and the cache). With
    ``executor="dask"`` extraction runs on a Dask cluster (``scheduler`` address, or a LocalCluster of ``jobs``
    workers), which also writes per-partition N-Quads shards into ``output_dir/shards``. ``lexicons``: user
    lexicon files (docs/extending.md) the pipeline is loaded with.
    """
    rdf_format(rdf_format_name)
    if executor not in ("local", "dask"):
        raise KgError(Errors.E016.format(name=executor))
    files = list(input_files(list(inputs) or [sample_dir()]))
    if not files:
        raise KgError(Errors.E008.format(path=", ".join(map(str, inputs))))
    out = _output_dir(Path(output_dir))
    lexicon = UserLexicon.read(lexicons)  # a bad row fails here, before any extraction
    cache = RecordCache(out / CACHE_DIR, lexicon=lexicon.fingerprint) if use_cache else None
    progress = Progress(len(files), report_progress)
    G = nx.MultiDiGraph()  # records are merged as they come: a big corpus is never held as records and graph
    skipped, warnings = [], []
    if executor == "dask":
        from kg.distributed import extract_with_dask

        results = extract_with_dask(files, shard_dir=out / "shards", base_iri=base_iri, scheduler=scheduler,
                                    workers=max(jobs, 2), lexicons=lexicons)
    else:
        results = extract_files(files, jobs=jobs, cache=cache, progress=progress, lexicons=lexicons)
    for path, result in results:
        if isinstance(result, KgError):
            skipped.append(Skipped(path, str(result)))
        else:
            if result.text_hash == EMPTY_TEXT_HASH:
                warnings.append(Warnings.W001.format(path=path))
            merge_record(G, result)
    finish_graph(G)
    report = BuildReport(G, graph_summary(G), skipped=skipped, warnings=warnings)
    report.outputs += _write_rdf_outputs(G, out, rdf_format_name, base_iri)
    report.outputs.append(_atomic_write_with(out / "graph.graphml", lambda p: write_graphml(G, p)))
    report.outputs.append(_atomic_write_with(out / "graph.html", lambda p: write_html(G, p)))
    if cache is not None:
        cache.prune()
    return report




def _write_rdf_outputs(G: nx.MultiDiGraph, out: Path, fmt: str, base_iri: str) -> list[Path]:
    """The RDF file in ``fmt``, and graph.jsonld; both streamed from the graph, whatever its size."""
    written = [_atomic_write_with(out / ("graph." + FORMATS[fmt]),
                                  lambda p: write_rdf(G, p, format=fmt, base_iri=base_iri))]
    if fmt != "json-ld":
        written.append(_atomic_write_with(out / "graph.jsonld",
                                          lambda p: write_rdf(G, p, format="json-ld", base_iri=base_iri)))
    return written


def _output_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".kg-probe-"):
            pass
    except OSError as err:
        raise KgError(Errors.E006.format(path=path, reason=err.strerror or err)) from err
    return path


def _atomic_write_with(path: Path, write: Callable[[str], None]) -> Path:
    """Write through ``write(tmp_path)`` then rename into place (atomic on one file system)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600 files; outputs are for sharing
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
