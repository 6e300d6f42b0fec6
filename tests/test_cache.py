"""The per-document cache: hits, misses, invalidation by version, removal of deleted files."""

from __future__ import annotations

import json
import shutil

import pytest

from kg import cache as cache_module
from kg.build import build
from kg.cache import RecordCache
from kg.corpus import extract_files
from kg.io import sample_dir


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(sample_dir().glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def extracted(folder, cache, monkeypatch):
    """Which files were really extracted (not served from the cache)."""
    seen = []
    real = cache_module.RecordCache.put

    def spy(self, record):
        seen.append(record.source.rsplit("/", 1)[-1])
        real(self, record)

    monkeypatch.setattr(cache_module.RecordCache, "put", spy)
    records = [r for _, r in extract_files(sorted(folder.glob("*.txt")), cache=cache)]
    monkeypatch.undo()
    return seen, records


def test_cache_hit_miss_and_changed_file(corpus, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    first, records1 = extracted(corpus, RecordCache(cache_dir), monkeypatch)
    assert len(first) == 3
    again, records2 = extracted(corpus, RecordCache(cache_dir), monkeypatch)
    assert again == []
    assert [r.to_json() for r in records1] == [r.to_json() for r in records2]
    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n县审计局建立“审计回访”机制。", encoding="utf-8")
    third, _ = extracted(corpus, RecordCache(cache_dir), monkeypatch)
    assert third == [changed.name]


def test_cache_from_another_version_is_ignored(corpus, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    extracted(corpus, RecordCache(cache_dir), monkeypatch)
    for path in cache_dir.glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["kg_version"] = "0.0.0"
        data["entities"] = []  # what an old kg wrote must never be read
        path.write_text(json.dumps(data), encoding="utf-8")
    redone, records = extracted(corpus, RecordCache(cache_dir), monkeypatch)
    assert len(redone) == 3 and all(r.entities for r in records)


def test_cache_deleted_file_leaves_graph_and_cache(corpus, tmp_path):
    out = tmp_path / "out"
    full = build([corpus], out)
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.unlink()
    rebuilt = build([corpus], out)
    assert rebuilt.summary["sources"] == full.summary["sources"] - 1
    assert len(list((out / ".kg-cache").glob("*/*.json"))) == 2
