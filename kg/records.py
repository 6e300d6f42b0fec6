"""The plain records kg extracts: a document's entities with their mentions, relations with evidence.

Examples
--------
>>> mention = Mention("市委", 0, 2)
>>> (mention.text, mention.end - mention.start)
('市委', 2)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from kg.pipeline.names import surface_forms


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in the text."""

    text: str
    start: int
    end: int
    sentence: str = ""


@dataclass(eq=False)
class Entity:
    """An organisation, document or mechanism of one source document."""

    type: str
    key: str
    name: str = ""
    mentions: list[Mention] = field(default_factory=list)
    subtype: str | None = None
    generic: bool = False
    scope: str = "global"
    region: str | None = None
    date: str | None = None  # a document's, as precise as the text gives it (kg.dates)

    @property
    def id(self) -> str:
        return f"{self.type}:{self.key}"

    @property
    def aliases(self) -> list[str]:
        """Every surface form, plus each without quote marks and the quoted name alone (“三反馈”机制 → 三反馈)."""
        forms = set()
        for m in self.mentions:
            forms |= surface_forms(m.text)
        return sorted(f for f in forms if f)

    def to_json(self) -> dict[str, Any]:
        mentions = self.mentions
        texts = [mentions[0].text] if len(mentions) == 1 else list(dict.fromkeys([m.text for m in mentions]))
        return {"id": self.id, "type": self.type, "name": self.name, "mentions": texts,
                "subtype": self.subtype, "generic": self.generic, "scope": self.scope, "region": self.region,
                "date": self.date, "spans": [[m.start, m.end] for m in self.mentions]}


@dataclass
class Relation:
    """A stated relation, with the sentence that states it."""

    head: Entity
    type: str
    tail: Entity
    evidence: str
    start: int
    end: int
    date: str | None = None  # its sentence's, else its source's (kg.dates)

    def to_json(self) -> dict[str, Any]:
        return {"head": self.head.name, "type": self.type, "tail": self.tail.name, "evidence": self.evidence,
                "head_id": self.head.id, "tail_id": self.tail.id, "start": self.start, "end": self.end,
                "date": self.date}


@dataclass
class DocRecord:
    """What kg extracted from one source document."""

    source: str
    text_hash: str
    entities: list[Entity]
    relations: list[Relation]
    title: str = ""
    date: str | None = None  # the date the text states for itself (kg.dates)

    @property
    def id(self) -> str:
        return "src:" + self.text_hash[:16]

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "id": self.id, "title": self.title, "sha256": self.text_hash,
                "date": self.date, "entities": [e.to_json() for e in self.entities],
                "relations": [r.to_json() for r in self.relations]}


EMPTY_TEXT_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of ""


def text_hash(text: str) -> str:
    """SHA-256 of the text (identifies a source document by content)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
