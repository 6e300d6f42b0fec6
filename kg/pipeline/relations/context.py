"""What the rules of every relation family read: the state of one call, a sentence, a verb found in it.

The component holds its config only (:class:`VerbPatterns`); each call builds a :class:`Context` for the doc, and
the rules read a :class:`Sentence` at a time with the context, adding what they name on the way to
``ctx.new_spans``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.pipeline.lexicons import verb_table
from kg.pipeline.spans import Ent, trie_scan

Triple = tuple[Ent, str, Ent]  # head, relation type, tail: what a rule finds in a sentence
VERBS = verb_table()  # the verb patterns of the families are views of it


@dataclass(frozen=True)
class VerbPatterns:
    """The relation verbs of a finder's config, as the regexes the rules scan with."""

    types_of: dict[str, tuple[str, ...]]  # verb -> its relation types, in the config's order
    any: re.Pattern[str]  # the longest relation verb at a position
    joint: re.Pattern[str]  # a verb of working together (协作, 联动…) inside a mechanism's name

    @classmethod
    def from_config(cls, verbs: dict[str, list[str]]) -> VerbPatterns:
        types_of = {v: tuple(r for r, vs in verbs.items() if v in vs) for vs in verbs.values() for v in vs}
        return cls(types_of, trie_scan(types_of), trie_scan(verbs["COOPERATES_WITH"]))


@dataclass
class Context:
    """The state of one call of the relation component, shared by the rules of all families."""

    doc: Doc
    text: str
    views: list[Ent]  # the entities of the doc, in order
    verbs: VerbPatterns
    committees: dict[str, Ent]  # party committees by name: 巡视 of a place means its committee
    signatories: list[Ent]  # the bodies that sign the text
    reporter: Ent | None  # the government a work report speaks for (我们)
    new_spans: list[Ent] = field(default_factory=list)  # entities a rule named on the way (untitled documents)


@dataclass(frozen=True)
class VerbAt:
    """A relation verb found in a sentence, and the clause it stands in."""

    start: int
    end: int
    clause_start: int
    clause_end: int


@dataclass
class Sentence:
    """A sentence (``start``–``end`` of the text), its entities and its subject; clause breaks and actors once."""

    start: int
    end: int
    spans: list[Ent]
    subject: list[Ent] = field(default_factory=list)
    speaker: Ent | None = None  # the body whose official opens the sentence's paragraph and speaks (…局长某某：)
    labels: set[str] = field(init=False)  # the labels of its entities (a test per rule family: no list built)
    _by_labels: dict[tuple[str, ...], list[Ent]] = field(default_factory=dict)
    _actors: list[Ent] | None = None
    _breaks: list[int] | None = None  # positions of the clause breaks (one character each)

    def __post_init__(self) -> None:
        self.labels = {s.label_ for s in self.spans}

    def of(self, *labels: str) -> list[Ent]:
        """The entities of the sentence with one of ``labels`` (kept until :meth:`add`)."""
        found = self._by_labels.get(labels)
        if found is None:
            found = self._by_labels[labels] = [s for s in self.spans if s.label_ in labels]
        return found

    def add(self, spans: list[Ent]) -> None:
        self.spans.extend(spans)
        self.labels.update(s.label_ for s in spans)
        self._by_labels.clear()
        self._actors = None
