"""The main job: input files → records → graph → graph.ttl, graph.jsonld, graph.graphml, graph.html.

A file that can't be read is skipped and reported, never fatal for the rest. Every output is written to a
temporary file and all are renamed into place once all are complete, so a build killed midway (or out of disk
space) leaves the previous outputs intact; what such a build left behind is removed by the next one. A lock on the
output folder keeps a second build from writing into it at the same time.

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

import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.cache import RecordCache
from kg.corpus import Progress, available_cores, extract_files
from kg.errors import Errors, KgError, Warnings
from kg.extract import EMPTY_TEXT_HASH
from kg.graph import finish_graph, graph_summary, merge_record
from kg.io import InputFile, input_files, sample_dir
from kg.pipeline.user_lexicons import UserLexicon
from kg.readwrite.graphml import write_graphml
from kg.readwrite.html import write_html
from kg.readwrite.rdf import DEFAULT_BASE_IRI, FORMATS, check_base_iri, rdf_format, write_rdf

CACHE_DIR = ".kg-cache"
LOCK_FILE = ".kg-lock"
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
    workers; ``jobs=0``: one per core, as for local processes, see :func:`kg.corpus.extract_files`), which also
    writes per-partition N-Quads shards into ``output_dir/shards``. ``lexicons``: user lexicon files
    (docs/extending.md) the pipeline is loaded with.

    One build at a time writes into a folder (another one meanwhile is :class:`KgError` E024), and the outputs
    change all together or not at all: a full disk (E025) or a killed build leaves the previous ones as they were.
    """
    rdf_format(rdf_format_name)
    check_base_iri(base_iri)
    if executor not in ("local", "dask"):
        raise KgError(Errors.E016.format(name=executor))
    files = list(input_files(list(inputs) or [sample_dir()]))
    if not files:
        raise KgError(Errors.E008.format(path=", ".join(map(str, inputs))))
    out = _output_dir(Path(output_dir))
    lexicon = UserLexicon.read(lexicons)  # a bad row fails here, before any extraction
    with output_lock(out):
        remove_stale_temporaries(out)
        cache = RecordCache(out / CACHE_DIR, lexicon=lexicon.fingerprint) if use_cache else None
        report = _extract_and_merge(files, out, cache, Progress(len(files), report_progress), executor=executor,
                                    jobs=jobs, scheduler=scheduler, base_iri=base_iri, lexicons=lexicons)
        report.outputs = write_outputs(report.graph, out, rdf_format_name, base_iri)
        if cache is not None:
            cache.prune()
    return report


def _extract_and_merge(files: list[InputFile], out: Path, cache: RecordCache | None, progress: Progress, *,
                       executor: str, jobs: int, scheduler: str | None, base_iri: str,
                       lexicons: Sequence[str | Path] = ()) -> BuildReport:
    G = nx.MultiDiGraph()  # records are merged as they come: a big corpus is never held as records and graph
    skipped: list[Skipped] = []
    warnings: list[str] = []
    if executor == "dask":
        from kg.distributed import extract_with_dask

        results = extract_with_dask(files, shard_dir=out / "shards", base_iri=base_iri, scheduler=scheduler,
                                    workers=max(jobs or available_cores(), 2), lexicons=lexicons)
    else:
        results = extract_files(files, jobs=jobs, cache=cache, progress=progress, on_warning=warnings.append,
                                lexicons=lexicons)
    for path, result in results:
        if isinstance(result, KgError):
            skipped.append(Skipped(path, str(result)))
        else:
            if result.text_hash == EMPTY_TEXT_HASH:
                warnings.append(Warnings.W001.format(path=path))
            merge_record(G, result)
    finish_graph(G)
    return BuildReport(G, graph_summary(G), skipped=skipped, warnings=warnings)


def write_outputs(G: nx.MultiDiGraph, out: Path, fmt: str, base_iri: str) -> list[Path]:
    """Write the RDF file in ``fmt``, graph.jsonld, graph.graphml and graph.html into ``out``, all or none: each is
    written to a temporary file beside it, and they are renamed into place only once all are complete."""
    rdf_name = "graph." + FORMATS[fmt]
    writers: list[tuple[str, Callable[[str], None]]] = [
        (rdf_name, lambda p: write_rdf(G, p, format=fmt, base_iri=base_iri)),
        *([("graph.jsonld", lambda p: write_rdf(G, p, format="json-ld", base_iri=base_iri))] if fmt != "json-ld"
          else []),
        ("graph.graphml", lambda p: write_graphml(G, p)),
        ("graph.html", lambda p: write_html(G, p)),
    ]
    staged: list[tuple[str, Path]] = []
    try:
        for name, write in writers:
            staged.append((_temporary(out / name), out / name))
            write(staged[-1][0])
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as err:
        raise _write_error(err, staged[-1][1] if staged else out) from err
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [path for _, path in staged]


def _temporary(path: Path) -> str:
    """A new empty file beside ``path`` named like kg's own temporaries (``.graph.ttl.XXXX.tmp``)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600 files; outputs are for sharing
    return tmp


def _write_error(err: OSError, path: Path) -> KgError:
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return KgError(Errors.E025.format(path=path))
    return KgError(Errors.E006.format(path=path, reason=err.strerror or err))


def _output_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".kg-probe-"):
            pass
    except OSError as err:
        raise KgError(Errors.E006.format(path=path, reason=err.strerror or err)) from err
    return path


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder's lock (``.kg-lock``, a lock the system drops when its holder dies however it
    dies) for one build; :class:`KgError` E024, naming the holder, if another build has it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks here
        yield
        return
    fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666 & ~_UMASK)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise KgError(Errors.E024.format(pid=holder, path=out)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # no holder named once the build is over (the file stays: others may hold it open)
    finally:
        os.close(fd)  # and the lock goes with it


def remove_stale_temporaries(out: Path) -> list[Path]:
    """Delete what killed builds left in ``out``: kg's own temporary outputs and cache entries (call it holding
    the folder's lock, so that no build is writing them). Returns what was deleted."""
    found = [*out.glob(".graph.*.tmp"), *out.glob(".kg-probe-*"), *(out / CACHE_DIR).glob("*/*.tmp")]
    removed = []
    for path in found:
        try:
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed.append(path)
        except OSError:
            pass  # not ours to insist on
    return removed
