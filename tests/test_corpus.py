"""Extracting many files: parallel equals serial, progress lines, long texts in pieces."""

from __future__ import annotations

import io

import pytest

from kg.cache import RecordCache
from kg.cli import ProgressPrinter
from kg.corpus import Progress, available_cores, extract_files, split_by_chars
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


def test_corpus_jobs_0_extracts_a_small_input_here_without_workers():
    from kg.corpus import _Runner

    runner = _Runner(None, 0)
    paths = sorted(sample_dir().glob("*.txt"))[:3]
    items = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    assert runner.jobs == available_cores()
    records = list(runner.extract(items))
    runner.close()
    assert runner.pool is None  # starting workers for a few thousand characters would cost more than it saves
    assert [r.source for r in records] == [p.name for p in paths]


def test_corpus_jobs_0_uses_every_core_for_a_big_input_with_the_same_records(tmp_path):
    from kg.corpus import PARALLEL_CHARS, _Runner

    if available_cores() < 2:
        pytest.skip("one core: jobs=0 means no workers")
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt")))
    items = [(f"{i}.txt", text) for i in range(PARALLEL_CHARS // len(text) + 2)]
    runner = _Runner(None, 0)
    parallel = [r.to_json() for r in runner.extract(items)]
    assert runner.pool is not None
    runner.close()
    serial = [r.to_json() for r in _Runner(None, 1).extract(items)]
    assert parallel == serial


def test_corpus_cli_extract_defaults_to_one_worker_per_core(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import kg.corpus
    from kg.cli import app

    seen = []

    def spy(paths, **kwargs):
        seen.append(kwargs["jobs"])
        return iter([])

    monkeypatch.setattr(kg.corpus, "extract_files", spy)
    (tmp_path / "a.txt").write_text("市委巡察办印发《办法》。", encoding="utf-8")
    CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt")])
    CliRunner().invoke(app, ["extract", "-j", "1", str(tmp_path / "a.txt")])
    assert seen == [0, 1]
