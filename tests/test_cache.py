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


def _corrupt(path, how):
    data = json.loads(path.read_text(encoding="utf-8"))
    if how == "directory":
        path.unlink()
        (path / "x").mkdir(parents=True)
        return
    if how == "bytes":
        path.write_bytes(b"\xff\xfe{not json")
        return
    bad = {"list": [], "empty": {}, "no entities": {k: v for k, v in data.items() if k != "entities"},
           "negative offset": data | {"entities": [e | {"mentions": [[m[0], -5, m[2], m[3]] for m in e["mentions"]]}
                                                   for e in data["entities"]]},
           "offset past the text": data | {"entities": [e | {"mentions": [[m[0], m[1], 10**9, m[3]]
                                                                          for m in e["mentions"]]}
                                                        for e in data["entities"]]},
           "unknown entity": data | {"relations": [["ORG:没有", "ISSUED", "DOC:没有", "句", 0, 1]]},
           "wrong type": data | {"title": 5}}[how]
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("how", ["list", "empty", "no entities", "negative offset", "offset past the text",
                                 "unknown entity", "wrong type", "directory", "bytes"])
def test_cache_bad_entry_is_a_miss_and_rewritten(corpus, tmp_path, monkeypatch, how):
    cache_dir = tmp_path / "cache"
    _, good = extracted(corpus, RecordCache(cache_dir), monkeypatch)
    victim = sorted(cache_dir.glob("*/*.json"))[0]
    _corrupt(victim, how)
    redone, records = extracted(corpus, RecordCache(cache_dir), monkeypatch)
    assert len(redone) == 1 and [r.to_json() for r in records] == [r.to_json() for r in good]
    assert victim.is_file() and json.loads(victim.read_text(encoding="utf-8"))["entities"]


def test_cache_entry_linked_to_dev_zero_is_not_read(tmp_path):
    import os
    import subprocess
    import sys

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    text_hash = "ab" * 32
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / f"{text_hash}.json").symlink_to("/dev/zero")
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
            "from kg.cache import RecordCache\n"
            f"print(RecordCache(sys.argv[1]).get('{text_hash}', source='a.txt'))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "None\n"), done.stderr[-300:]


def test_cache_no_cache_never_reads_the_cache(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([corpus], out)
    for path in (out / ".kg-cache").glob("*/*.json"):
        path.write_text("[]", encoding="utf-8")

    def never(*args, **kwargs):
        raise AssertionError("the cache was read")

    monkeypatch.setattr(cache_module, "_read_entry", never, raising=False)
    monkeypatch.setattr(cache_module.RecordCache, "get", never)
    assert build([corpus], out, use_cache=False).summary["sources"] == 3


def test_cache_full_disk_is_no_error(corpus, tmp_path, monkeypatch):
    import errno

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module.json, "dump", full)
    cache = RecordCache(tmp_path / "cache")
    records = [r for _, r in extract_files(sorted(corpus.glob("*.txt")), cache=cache)]
    assert len(records) == 3 and not list((tmp_path / "cache").rglob("*.tmp"))
