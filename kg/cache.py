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
import shutil
import stat
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.about import __version__
from kg.extract import DocRecord, Entity, Mention, Relation

CACHE_FORMAT = 2  # 2: dates of sources, documents and relations


@lru_cache(maxsize=8)
def pipeline_fingerprint(lexicon: str = "") -> str:
    """A hash of the code and data that decide what is extracted (changes when kg's rules or lexicons change), and
    of the user lexicon given (its :attr:`~kg.pipeline.user_lexicons.UserLexicon.fingerprint`)."""
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    root = Path(str(resources.files("kg")))
    names = ["extract.py", "dates.py", *(str(p.relative_to(root)) for folder in ("pipeline", "data")
                             for p in (root / folder).rglob("*") if p.suffix in (".py", ".tsv"))]
    for name in sorted(names):
        digest.update(name.encode())
        digest.update((root / name).read_bytes())
    if lexicon:
        digest.update(f"lexicon|{lexicon}".encode())
    return digest.hexdigest()[:16]


def record_to_cache(record: DocRecord, *, fingerprint: str | None = None) -> dict[str, Any]:
    """Everything needed to rebuild the record (mention texts, offsets and sentences included)."""
    return {
        "kg_version": __version__, "fingerprint": fingerprint or pipeline_fingerprint(), "text_hash": record.text_hash,
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


MAX_ENTRY_BYTES = 256 * 2**20  # an entry is a few kilobytes per page of text; anything this big is not one of ours
_TYPES = ("ORG", "DOC", "MECH")


def valid_entry(data: Any, text_hash: str, length: int | None = None, *, fingerprint: str | None = None) -> bool:
    """Whether ``data`` has the shape :func:`record_to_cache` gives, for this kg, this text (of ``length``
    characters, if known): offsets within it, relations between its entities.

    >>> valid_entry([], "ab"), valid_entry({"kg_version": __version__}, "ab")
    (False, False)
    """
    if not isinstance(data, dict) or data.get("kg_version") != __version__ \
            or data.get("fingerprint") != (fingerprint or pipeline_fingerprint()) or data.get("text_hash") != text_hash:
        return False
    entities, relations = data.get("entities"), data.get("relations")
    if not isinstance(data.get("title"), (str, type(None))) or not isinstance(entities, list) \
            or not isinstance(relations, list) or not all(_valid_entity(e, length) for e in entities):
        return False
    ids = {f"{e['type']}:{e['key']}" for e in entities}
    return all(isinstance(r, list) and len(r) == 7 and r[0] in ids and isinstance(r[1], str) and r[2] in ids
               and isinstance(r[3], str) and _span(r[4], r[5], length) and isinstance(r[6], (str, type(None)))
               for r in relations) and isinstance(data.get("date"), (str, type(None)))


def _valid_entity(e: Any, length: int | None) -> bool:
    return (isinstance(e, dict) and e.get("type") in _TYPES and all(isinstance(e.get(k), str) for k in
            ("key", "name", "scope"))
            and all(isinstance(e.get(k), (str, type(None))) for k in ("subtype", "region", "date"))
            and isinstance(e.get("generic"), bool) and isinstance(e.get("mentions"), list)
            and all(isinstance(m, list) and len(m) == 4 and isinstance(m[0], str) and _span(m[1], m[2], length)
                    and isinstance(m[3], str) for m in e["mentions"]))


def _span(start: Any, end: Any, length: int | None) -> bool:
    return (type(start) is int and type(end) is int and 0 <= start <= end
            and (length is None or end <= length))


class RecordCache:
    """A folder of cached records: ``<folder>/<hash[:2]>/<hash>.json``.

    An entry that is not what kg wrote (not a regular file, too big, not JSON of the right shape, written by another
    kg) is a miss, and the build writes it anew; the cache is only ever a shortcut, so failing to write it (a full
    disk) is no error.
    """

    def __init__(self, folder: str | Path, *, lexicon: str = "") -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()
        self.fingerprint = pipeline_fingerprint(lexicon)  # entries made with another user lexicon are not reused

    def _path(self, text_hash: str) -> Path:
        return self.folder / text_hash[:2] / f"{text_hash}.json"

    def get(self, text_hash: str, *, source: str, length: int | None = None) -> DocRecord | None:
        """The cached record of a text (of ``length`` characters, if known), or None: missing, unreadable, or not
        an entry of this kg for this text."""
        data = _read_entry(self._path(text_hash))
        if not valid_entry(data, text_hash, length, fingerprint=self.fingerprint):
            return None
        try:
            record = record_from_cache(data, source=source)
        except (KeyError, TypeError, ValueError):  # pragma: no cover - valid_entry has seen to it
            return None
        self.used.add(text_hash)
        return record

    def put(self, record: DocRecord) -> None:
        """Store a record (atomically: a killed build never leaves half a file), in place of whatever is there."""
        path = self._path(record.text_hash)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(record_to_cache(record, fingerprint=self.fingerprint), handle, ensure_ascii=False)
            _clear(path)
            os.replace(tmp, path)
        except OSError:
            return  # no cache entry this time (a full disk, a read-only folder): the build goes on without it
        finally:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
        self.used.add(record.text_hash)

    def prune(self) -> int:
        """Delete entries not used since this cache object was made; returns how many."""
        removed = 0
        for path in self.folder.glob("*/*.json"):
            if path.stem not in self.used:
                try:
                    _clear(path)
                except OSError:
                    continue
                removed += 1
        return removed


def _read_entry(path: Path) -> Any:
    """The JSON of a cache entry, or None unless it is a regular file (no link, device or pipe) of at most
    MAX_ENTRY_BYTES."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
        os.close(fd)
        return None
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(MAX_ENTRY_BYTES + 1)
    try:
        return json.loads(raw) if len(raw) <= MAX_ENTRY_BYTES else None
    except ValueError:  # not JSON, not UTF-8
        return None


def _clear(path: Path) -> None:
    """Remove whatever is at ``path`` (a file, a link, a folder); nothing there is fine."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
