"""Per-document extraction cache, keyed by the content hash of the text.

Re-running a build after adding or changing files re-extracts only those. A cache entry records the kg
version and a fingerprint of the extraction code and lexicons; an entry written by another version is ignored
(and overwritten), never misread.

Examples
--------
>>> import tempfile, kg
>>> cache = RecordCache(tempfile.mkdtemp())
>>> record = kg.extract_doc(kg.load()("天水市纪委监委印发《监督办法》。"), source="a.txt")
>>> cache.put(record)
>>> [e.name for e in cache.get(record.text_hash, source="b.txt").entities]
['天水市纪委监委', '监督办法']
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.about import __version__
from kg.extract import DocRecord, Entity, Mention, Relation

CACHE_FORMAT = 2  # 2: dates of sources, documents and relations


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the code and data that decide what is extracted (changes when kg's rules change)."""
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    root = resources.files("kg")
    names = ["extract.py", "dates.py", "data/regions.tsv"] + [
        f"pipeline/{p.name}" for p in root.joinpath("pipeline").iterdir() if p.name.endswith(".py")]
    for name in sorted(names):
        digest.update(name.encode())
        digest.update(root.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def record_to_cache(record: DocRecord) -> dict[str, Any]:
    """Everything needed to rebuild the record (mention texts, offsets and sentences included)."""
    return {
        "kg_version": __version__, "fingerprint": pipeline_fingerprint(), "text_hash": record.text_hash,
        "title": record.title, "date": record.date,
        "entities": [{"type": e.type, "key": e.key, "name": e.name, "subtype": e.subtype, "generic": e.generic,
                      "scope": e.scope, "region": e.region, "date": e.date,
                      "mentions": [[m.text, m.start, m.end, m.sentence] for m in e.mentions]}
                     for e in record.entities],
        "relations": [[r.head.id, r.type, r.tail.id, r.evidence, r.start, r.end, r.date] for r in record.relations],
    }


def record_from_cache(data: dict[str, Any], *, source: str) -> DocRecord:
    """The record stored by :func:`record_to_cache`, for the file now at ``source``."""
    entities = {}
    for e in data["entities"]:
        entity = Entity(e["type"], e["key"], e["name"], [Mention(*m) for m in e["mentions"]], e["subtype"],
                        e["generic"], e["scope"], e["region"], e["date"])
        entities[entity.id] = entity
    relations = [Relation(entities[h], rel, entities[t], ev, s, e, date)
                 for h, rel, t, ev, s, e, date in data["relations"]]
    return DocRecord(source, data["text_hash"], list(entities.values()), relations, data["title"], data["date"])


class RecordCache:
    """A folder of cached records: ``<folder>/<hash[:2]>/<hash>.json``."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()

    def _path(self, text_hash: str) -> Path:
        return self.folder / text_hash[:2] / f"{text_hash}.json"

    def get(self, text_hash: str, *, source: str) -> DocRecord | None:
        """The cached record of a text, or None (missing, unreadable, or written by another kg)."""
        path = self._path(text_hash)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("kg_version") != __version__ or data.get("fingerprint") != pipeline_fingerprint():
            return None
        self.used.add(text_hash)
        return record_from_cache(data, source=source)

    def put(self, record: DocRecord) -> None:
        """Store a record (atomically: a killed build never leaves half a file)."""
        path = self._path(record.text_hash)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record_to_cache(record), handle, ensure_ascii=False)
        os.replace(tmp, path)
        self.used.add(record.text_hash)

    def prune(self) -> int:
        """Delete entries not used since this cache object was made; returns how many."""
        removed = 0
        for path in self.folder.glob("*/*.json"):
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
