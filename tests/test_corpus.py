"""Extracting many files: parallel equals serial, progress lines, long texts in pieces."""

from __future__ import annotations

import io

import pytest

from kg.cache import RecordCache
from kg.cli import ProgressPrinter
from kg.corpus import Progress, extract_files, split_by_chars
from kg.io import sample_dir


def test_corpus_jobs_2_gives_the_same_records_in_order():
    paths = sorted(sample_dir().glob("*.txt"))
    serial = [r.to_json() for _, r in extract_files(paths)]
    parallel = [r.to_json() for _, r in extract_files(paths, jobs=2)]
    assert parallel == serial


def _names(record):
    return record.source, [e.name for e in record.entities]


def test_corpus_encode_runs_where_records_are_made_and_keeps_order():
    paths = sorted(sample_dir().glob("*.txt"))
    expected = [_names(r) for _, r in extract_files(paths)]
    assert [r for _, r in extract_files(paths, encode=_names)] == expected
    assert [r for _, r in extract_files(paths, jobs=2, encode=_names)] == expected


def test_corpus_encode_and_cache_do_not_go_together(tmp_path):
    with pytest.raises(ValueError, match="encode or cache"):
        next(extract_files([tmp_path / "a.txt"], cache=RecordCache(tmp_path), encode=_names))


def test_corpus_split_by_chars_keeps_order_and_balances():
    items = [(str(i), "x" * n) for i, n in enumerate([50, 10, 10, 10, 10, 10, 50])]
    groups = split_by_chars(items, parts=3)
    assert [x for g in groups for x in g] == items
    assert max(sum(len(t) for _, t in g) for g in groups) <= 60


def test_corpus_progress_plain_lines_when_not_a_terminal():
    stream = io.StringIO()
    printer = ProgressPrinter(stream, every=3600)
    progress = Progress(3, printer)
    for _ in range(3):
        progress.add(1000)
    printer.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2  # the first file, then the last: nothing in between within the interval
    assert lines[-1].startswith("[########################] 3/3 files,") and "\r" not in stream.getvalue()


def test_corpus_progress_silent_for_a_single_file_off_terminal():
    stream = io.StringIO()
    Progress(1, ProgressPrinter(stream)).add(10)
    assert stream.getvalue() == ""


def test_corpus_public_load_cleans_lone_surrogates():
    import warnings

    import kg

    text = "天水市纪委监委\udcb8印发《监督办法》。"
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        record = kg.extract_doc(kg.load()(text), source="a.txt")
    assert [e.name for e in record.entities] == ["天水市纪委监委", "监督办法"]
    assert record.entities[1].mentions[0].start == text.index("监督办法")  # one for one: offsets hold
    assert [str(w.message)[:66] for w in said] == [
        "[W005] 1 lone surrogate code point(s) in the text (the first at ch"]
