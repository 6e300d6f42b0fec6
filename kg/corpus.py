"""Extracting many files: in order, in batches, from a cache, on several processes, with progress.

Texts are read and extracted a window at a time (never the whole corpus in memory); a text longer than
``CHUNK_CHARS`` is extracted in pieces cut at sentence ends and merged back into one record. With ``jobs > 1``
the window's texts are cut into tasks of similar size in characters (not file count) and extracted by worker
processes that each load the pipeline once (where processes fork, they inherit the parent's). ``jobs=0`` (the
command line's default) takes one process per core this process may use, for a window with text enough to pay
for them (``PARALLEL_CHARS``); a small input is extracted here.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("天水市纪委监委印发《监督办法》。", encoding="utf-8")
>>> [(p.name, [e.name for e in r.entities]) for p, r in extract_files([folder / "a.txt"])]
[('a.txt', ['天水市纪委监委', '监督办法'])]
>>> from kg.io import input_files
>>> [r.source for _, r in extract_files(input_files([folder]))]  # named as below the folder given
['a.txt']
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import re
import signal
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.cache import RecordCache
from kg.errors import Errors, KgError, Warnings
from kg.extract import DocRecord, extract_doc, merge_records, text_hash
from kg.io import InputFile, read_text, source_name
from kg.pipeline import load as load_pipeline
from kg.pipeline.bare_bodies import is_own_account
from kg.pipeline.gazetteer import Place, load_gazetteer
from kg.pipeline.noise import noise_ranges
from kg.pipeline.regions import document_regions
from kg.process import die_with_parent

CHUNK_CHARS = 100_000  # longer texts are extracted in pieces (a 50 MB one-line file stays in bounded memory)
WINDOW_CHARS = 2_000_000  # characters read ahead per process before extracting
WINDOW_FILES = 512
PARALLEL_CHARS = 150_000  # with jobs=0: a smaller window is extracted here (starting workers would cost more)
TASK_CHARS = 100_000  # about a third of a second of one worker: small tasks keep both busy to the end of a window


@dataclass
class _Item:
    path: Path
    name: str  # the source's name in the outputs
    chars: int = 0
    text: str | None = None
    result: Any = None  # a DocRecord (or what encode made of it), or the KgError that kept the file out


def available_cores() -> int:
    """The cores this process may run on (its affinity where the system tells it, else all of them).

    >>> available_cores() >= 1
    True
    """
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def load(*, lexicons: Iterable[str | Path] = ()) -> Language:
    """kg's spaCy pipeline (:func:`kg.pipeline.load`), safe for any Python string: lone surrogates (which no text
    read from a file holds, but ``bytes.decode(..., "surrogateescape")`` makes) are replaced by U+FFFD, one for
    one so offsets hold, with a warning (W005), where spaCy would fail on them. ``lexicons``: user lexicon files.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as said:
    ...     warnings.simplefilter("always")
    ...     doc = load()("天水市委\\udcb8印发《监督办法》。")
    >>> doc.text, str(said[0].message)[:6]
    ('天水市委\ufffd印发《监督办法》。', '[W005]')
    """
    nlp = load_pipeline(lexicons=lexicons)
    nlp.tokenizer = _SurrogateSafe(nlp.tokenizer)
    # what is loaded so far (spaCy, the lexicons, the compiled grammar) lives as long as the process: frozen, the
    # cyclic collector stops walking it at each full collection (about 0.2 s per MB of text extracted)
    gc.freeze()
    return nlp


_SURROGATES = re.compile("[\ud800-\udfff]")


class _SurrogateSafe:
    """A tokenizer that cleans lone surrogates out of a text first (see :func:`load`); the rest is the tokenizer's."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        first = _SURROGATES.search(text) if not text.isascii() else None
        if first is not None:
            count = len(_SURROGATES.findall(text))
            warnings.warn(Warnings.W005.format(count=count, offset=first.start()), stacklevel=3)
            text = _SURROGATES.sub("\ufffd", text)
        return self.tokenizer(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


class Progress:
    """Counts files and characters done; ``report`` is called with itself after every file."""

    def __init__(self, total_files: int, report: Callable[[Progress], None] | None = None) -> None:
        self.total_files = total_files
        self.files = 0
        self.chars = 0
        self.started = time.monotonic()
        self._report = report

    def add(self, chars: int) -> None:
        self.files += 1
        self.chars += chars
        if self._report is not None:
            self._report(self)

    @property
    def chars_per_second(self) -> float:
        return self.chars / max(time.monotonic() - self.started, 1e-9)

    @property
    def eta_seconds(self) -> float:
        rate = self.files / max(time.monotonic() - self.started, 1e-9)
        return (self.total_files - self.files) / rate if rate else 0.0


def extract_files(paths: Iterable[Path | InputFile], *, nlp: Language | None = None, jobs: int = 1,
                  cache: RecordCache | None = None, progress: Progress | None = None,
                  encode: Callable[[DocRecord], Any] | None = None,
                  on_warning: Callable[[str], None] | None = None,
                  lexicons: Sequence[str | Path] = ()) -> Iterator[tuple[Path, Any]]:
    """Extract each file, in order: ``(path, record)``, or ``(path, error)`` for a file that can't be read.

    A record's ``source`` is the file's name from :func:`kg.io.input_files` (a bare path names itself, through
    :func:`kg.io.source_name`: a name that is not UTF-8 percent-encoded).

    ``encode`` (a module-level function, so workers can receive it) turns each record into what is yielded
    instead, where the record is made: worker processes then send back, say, a JSON line rather than the
    record's many objects, which the parent would spend a good part of a core unpickling. ``on_warning`` hears
    what reading a file had to replace (see :func:`kg.io.read_text`).
    """
    if encode is not None and cache is not None:
        raise ValueError("extract_files: the cache stores records; give encode or cache, not both")
    runner = _Runner(nlp, jobs, encode, tuple(lexicons))
    try:
        window: list[_Item] = []
        pending_chars = 0
        for path in paths:
            item = _read(path, cache, on_warning)
            window.append(item)
            pending_chars += len(item.text or "")
            if pending_chars >= WINDOW_CHARS * runner.jobs or len(window) >= WINDOW_FILES:
                yield from _finish(runner, window, cache, progress)
                window, pending_chars = [], 0
        yield from _finish(runner, window, cache, progress)
    finally:
        runner.close()


def _read(file: Path | InputFile, cache: RecordCache | None,
          on_warning: Callable[[str], None] | None = None) -> _Item:
    path, name = file if isinstance(file, InputFile) else (file, source_name(file))
    try:
        text = read_text(path, name=name, on_warning=on_warning)
    except KgError as err:
        return _Item(path, name, result=err)
    except (OSError, UnicodeError, ValueError) as err:  # a reader's own failure: this file is skipped, not the rest
        return _Item(path, name, result=KgError(Errors.E001.format(path=name, reason=err)))
    cached = cache.get(text_hash(text), source=name, length=len(text)) if cache is not None else None
    if cached is not None:
        return _Item(path, name, len(text), result=cached)
    return _Item(path, name, len(text), text=text)


def _finish(runner: _Runner, window: list[_Item], cache: RecordCache | None,
            progress: Progress | None) -> Iterator[tuple[Path, Any]]:
    todo = [item for item in window if item.text is not None]
    records = runner.extract([(i.name, i.text or "") for i in todo])
    for item in window:
        if item.text is not None:  # extracted now (in order), else read from the cache or failed
            item.result, item.text = next(records), None
            if cache is not None:
                cache.put(item.result)
        if progress is not None:
            progress.add(item.chars)
        assert item.result is not None
        yield item.path, item.result


class _Runner:
    """Extracts (source, text) pairs here or on a pool of worker processes."""

    def __init__(self, nlp: Language | None, jobs: int, encode: Callable[[DocRecord], Any] | None = None,
                 lexicons: tuple[str | Path, ...] = ()) -> None:
        self.nlp = nlp
        self.auto = jobs == 0  # one worker per core, where the text pays for them
        self.jobs = available_cores() if self.auto else max(1, jobs)
        self.encode = encode
        self.lexicons = lexicons
        self.pool: ProcessPoolExecutor | None = None

    def extract(self, items: list[tuple[str, str]]) -> Iterator[Any]:
        """Records (or what ``encode`` makes of them) in order; with a pool, yielded as tasks finish so the
        caller's work overlaps the workers'."""
        if not items:
            return
        small = self.auto and sum(len(text) for _, text in items) < PARALLEL_CHARS
        if self.jobs == 1 or small or (len(items) == 1 and len(items[0][1]) <= CHUNK_CHARS):
            self.nlp = self.nlp or load(lexicons=self.lexicons)
            records = extract_texts(self.nlp, items)
            yield from records if self.encode is None else map(self.encode, records)
            return
        if self.pool is None:
            global _WORKER_NLP
            methods = multiprocessing.get_all_start_methods()
            forking = "fork" in methods
            if forking:  # loaded once here, the workers inherit it instead of each building its own
                _WORKER_NLP = self.nlp = self.nlp or load(lexicons=self.lexicons)
            context = multiprocessing.get_context("fork" if forking else "spawn")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                            initargs=(os.getpid(), self.lexicons))
        parts = max(self.jobs * 4, sum(len(text) for _, text in items) // TASK_CHARS)
        for chunk in self.pool.map(functools.partial(_worker, encode=self.encode), split_by_chars(items, parts=parts)):
            yield from chunk

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


_WORKER_NLP: Language | None = None


def _init_worker(parent: int, lexicons: tuple[str | Path, ...] = ()) -> None:
    global _WORKER_NLP
    die_with_parent(signal.SIGKILL, parent)  # a worker never outlives its build, even one killed with -9
    _WORKER_NLP = _WORKER_NLP or load(lexicons=lexicons)


def _worker(items: list[tuple[str, str]], encode: Callable[[DocRecord], Any] | None = None) -> list[Any]:
    assert _WORKER_NLP is not None
    records = extract_texts(_WORKER_NLP, items)
    return records if encode is None else [encode(r) for r in records]


def split_by_chars(items: list[tuple[str, str]], *, parts: int) -> list[list[tuple[str, str]]]:
    """Consecutive groups of about equal total text length (order kept).

    >>> [len(g) for g in split_by_chars([("a", "x" * 10), ("b", "x"), ("c", "x"), ("d", "x" * 10)], parts=2)]
    [2, 2]
    """
    target = sum(len(t) for _, t in items) / max(parts, 1)
    groups: list[list[tuple[str, str]]] = [[]]
    size = 0
    for item in items:
        if groups[-1] and size + len(item[1]) / 2 > target:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += len(item[1])
    return groups


def extract_texts(nlp: Language, items: list[tuple[str, str]]) -> list[DocRecord]:
    """Records of ``(source, text)`` pairs, in order; short texts go through ``nlp.pipe`` together."""
    short = iter(nlp.pipe(text for _, text in items if len(text) <= CHUNK_CHARS))
    with fewer_collections():
        return [extract_dropped(next(short), source) if len(text) <= CHUNK_CHARS
                else extract_long(nlp, source, text) for source, text in items]


def extract_dropped(doc: Doc, source: str) -> DocRecord:
    """The record of ``doc``, whose own data (``user_data``: its spans, their views, the components' results) is
    cleared after: they refer to the Doc, so without this only the cyclic collector frees a Doc and what it holds
    (its collections then walked each document's objects: about 4 % of extraction, and memory held longer). The
    Doc is freed as soon as it is dropped; nothing is left for the collector.
    """
    record = extract_doc(doc, source=source)
    doc.user_data.clear()
    return record


@contextlib.contextmanager
def fewer_collections(young: int = 10_000) -> Iterator[None]:
    """The cyclic garbage collector run after ``young`` new objects instead of Python's 700, then as before.

    Extraction makes and drops hundreds of thousands of small objects per MB (spans, matches, candidates), few of
    them in cycles: at 700, the young generation's collections took about 4 % of extraction's time.

    >>> with fewer_collections():
    ...     gc.get_threshold()[0]
    10000
    """
    before = gc.get_threshold()
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


# A long text's pieces go through the pipeline without these two: a piece's boilerplate and regions are the whole
# text's (a bare 市委 on page 90 is the city the text is about), worked out once before it is cut and set on each
# piece's Doc, where the components that would recompute them from the piece alone are left out.
WHOLE_TEXT_PIPES = ("kg_noise", "kg_regions")


def extract_long(nlp: Language, source: str, text: str) -> DocRecord:
    """A very long text in pieces of about CHUNK_CHARS, cut at sentence ends, so memory stays bounded."""
    noise = noise_ranges(text)
    regions = document_regions(text, noise, load_gazetteer())  # the whole text decides what 市委 means
    own = is_own_account(text)  # and whether it is a body's account of its own work
    pieces = ((_piece(nlp, text, start, end, noise, regions, own), start)
              for start, end in split_text(text, CHUNK_CHARS))
    done = nlp.pipe(pieces, as_tuples=True, batch_size=1, disable=WHOLE_TEXT_PIPES)  # one piece in memory at a time
    parts = [(start, extract_dropped(doc, source)) for doc, start in done]
    return merge_records(parts, source=source, full_text=text)


def _piece(nlp: Language, text: str, start: int, end: int, noise: list[tuple[int, int]],
           regions: dict[str, Place], own: bool) -> Doc:
    """The Doc of ``text[start:end]`` with the whole text's noise (moved to the piece's offsets), regions and
    kind (a body's account of its own work or not)."""
    doc = nlp.make_doc(text[start:end])
    doc._.kg_own_account = own
    doc._.kg_noise = [(max(s, start) - start, min(e, end) - start) for s, e in noise if s < end and e > start]
    doc._.kg_regions = regions
    return doc


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
