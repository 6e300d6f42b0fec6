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
{'ORG': 1, 'DOC': 0, 'MECH': 1}
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from spacy.language import Language

from kg.errors import Errors, KgError, Warnings
from kg.extract import DocRecord, extract_doc, merge_records
from kg.graph import build_graph, graph_summary, write_graphml
from kg.io import iter_inputs, read_text, sample_dir
from kg.pipeline import load
from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.noise import noise_ranges
from kg.pipeline.regions import document_regions
from kg.readwrite.html import write_html
from kg.readwrite.rdf import DEFAULT_BASE_IRI, FORMATS, graph_to_rdf, rdf_format, serialize

BATCH_SIZE = 32
CHUNK_CHARS = 100_000  # longer texts are extracted in pieces (a 50 MB one-line file stays in bounded memory)


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


def extract_files(paths: Iterable[Path], *, nlp: Language | None = None,
                  ) -> Iterator[tuple[Path, DocRecord | KgError]]:
    """Extract each file, in order: ``(path, record)``, or ``(path, error)`` for a file that can't be read."""
    nlp = nlp or load()
    batch: list[tuple[Path, str]] = []
    for path in paths:
        try:
            batch.append((path, read_text(path)))
        except KgError as err:
            yield from _flush(nlp, batch)
            batch = []
            yield path, err
            continue
        if len(batch) >= BATCH_SIZE:
            yield from _flush(nlp, batch)
            batch = []
    yield from _flush(nlp, batch)


def _flush(nlp: Language, batch: list[tuple[Path, str]]) -> Iterator[tuple[Path, DocRecord | KgError]]:
    small = [(path, text) for path, text in batch if len(text) <= CHUNK_CHARS]
    docs = iter(nlp.pipe(text for _, text in small))
    for path, text in batch:
        if len(text) <= CHUNK_CHARS:
            yield path, extract_doc(next(docs), source=str(path))
        else:
            yield path, _extract_long(nlp, path, text)


def _extract_long(nlp: Language, path: Path, text: str) -> DocRecord:
    """A very long text in pieces of about CHUNK_CHARS, cut at sentence ends, so memory stays bounded."""
    noise = noise_ranges(text)
    regions = document_regions(text, noise, load_gazetteer())  # the whole text decides what 市委 means
    parts = []
    for start, end in split_text(text, CHUNK_CHARS):
        doc = nlp.make_doc(text[start:end])
        doc._.kg_noise = [(max(s, start) - start, min(e, end) - start) for s, e in noise if s < end and e > start]
        doc._.kg_regions = regions
        for name, component in nlp.pipeline:
            if name not in ("kg_noise", "kg_regions"):
                doc = component(doc)
        parts.append((start, extract_doc(doc, source=str(path))))
    return merge_records(parts, source=str(path), full_text=text)


def split_text(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` pieces of at most ``size`` characters, cut after a sentence end where there is one.

    >>> list(split_text("一。二三。四五六", 4))
    [(0, 2), (2, 5), (5, 8)]
    """
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(text.rfind(ch, start, end) for ch in "。！？；!?;\n")
            end = cut + 1 if cut > start else end
        yield start, end
        start = end


def build(inputs: Iterable[str | Path] = (), output_dir: str | Path = "output", *, rdf_format_name: str = "turtle",
          base_iri: str = DEFAULT_BASE_IRI, progress: Callable[[Path], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` (files or folders; none = the bundled samples) into ``output_dir``."""
    rdf_format(rdf_format_name)
    paths = list(iter_inputs(list(inputs) or [sample_dir()]))
    if not paths:
        raise KgError(Errors.E008.format(path=", ".join(map(str, inputs))))
    out = _output_dir(Path(output_dir))
    records, skipped, warnings = [], [], []
    for path, result in extract_files(paths):
        if progress:
            progress(path)
        if isinstance(result, KgError):
            skipped.append(Skipped(path, str(result)))
        else:
            if not result.entities and result.text_hash == _EMPTY_HASH:
                warnings.append(Warnings.W001.format(path=path))
            records.append(result)
    G = build_graph(records)
    report = BuildReport(G, graph_summary(G), skipped=skipped, warnings=warnings)
    g = graph_to_rdf(G, base_iri=base_iri)
    rdf_name = "graph." + FORMATS[rdf_format_name]
    report.outputs.append(_atomic_write(out / rdf_name, serialize(g, rdf_format_name)))
    if rdf_format_name != "json-ld":
        report.outputs.append(_atomic_write(out / "graph.jsonld", serialize(g, "json-ld")))
    report.outputs.append(_atomic_write_with(out / "graph.graphml", lambda p: write_graphml(G, p)))
    report.outputs.append(_atomic_write_with(out / "graph.html", lambda p: write_html(G, p)))
    return report


_EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _output_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".kg-probe-"):
            pass
    except OSError as err:
        raise KgError(Errors.E006.format(path=path, reason=err.strerror or err)) from err
    return path


def _atomic_write(path: Path, data: bytes) -> Path:
    def write(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    return _atomic_write_with(path, write)


def _atomic_write_with(path: Path, write: Callable[[str], None]) -> Path:
    """Write through ``write(tmp_path)`` then rename into place (atomic on one file system)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
