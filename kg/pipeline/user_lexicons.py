"""User lexicons: the bodies, documents, practices and verbs of a researcher's own field, taught without code.

A lexicon is a UTF-8 TSV file with the columns ``type``, ``term``, ``role`` and ``canonical``; a first line starting
with ``type`` is the header, ``#`` lines are comments, blank lines are skipped:

- ``ORG``, ``DOC``, ``MECH``: ``term`` is found verbatim, before kg's own grammar (where they overlap, the term
  wins, as spaCy's entity ruler before a recogniser). ``role`` is its subtype (default ``organisation``, the
  document kind its title ends with, ``practice``); ``canonical``, if given, is its key and name, and is found
  verbatim too, so the term and its canonical name are one entity in every document (华东督察局 = 生态环境部华东督察局).
- ``VERB``: ``term`` is a verb stating the relation types in ``role`` (comma-separated: ISSUED, ESTABLISHED,
  COOPERATES_WITH, LEADS). It joins the relation verbs of ``kg_relations``; it does not end names the way the
  boundary verbs of ``kg/data/verbs.tsv`` do, so a verb names may run into belongs there. INSPECTS (and PART_OF)
  are found by phrases the rules build from ``kg/data/verbs.tsv`` when they are imported, so a user lexicon can't
  add their verbs yet: such a row is error E035 rather than a verb that silently does nothing.

``kg.load(lexicons=[path, ...])`` (``kg build/extract --lexicon FILE``) adds the ``kg_user_lexicon`` component
and the verbs; both live in the pipeline's config, so ``nlp.to_disk`` saves them with the pipeline.

Examples
--------
>>> lexicon = UserLexicon.from_tsv("ORG\\t华东督察局\\tinspection\\t生态环境部华东督察局\\n"
...                                "VERB\\t签发\\tISSUED\\n")
>>> [row.term for row in lexicon.terms], lexicon.relation_verbs({"ISSUED": ["印发"]})
(['华东督察局'], {'ISSUED': ['印发', '签发']})
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg.errors import Errors, KgError
from kg.pipeline.lexicons import document_kinds, relation_verbs
from kg.pipeline.spans import CANONICAL_KEY, Found, add_found, doc_text, trie_scan
from kg.pipeline.titles import document_kind
from kg.pipeline.verbs import RELATION_TYPES, numbered_rows

TYPES = ("ORG", "DOC", "MECH", "VERB")
VERB_RELATIONS = ("ISSUED", "ESTABLISHED", "COOPERATES_WITH", "LEADS")  # those kg_relations finds by its verbs


@dataclass(frozen=True)
class LexiconRow:
    """One row of a user lexicon."""

    type: str
    term: str
    role: str = ""
    canonical: str = ""


@dataclass(frozen=True)
class UserLexicon:
    """The rows of one or more user lexicon files."""

    rows: tuple[LexiconRow, ...] = ()

    @classmethod
    def from_tsv(cls, text: str, *, source: str = "lexicon") -> UserLexicon:
        """The rows of a lexicon's text; a bad row is a :class:`~kg.errors.KgError` naming ``source`` and line."""
        first = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
        header = first.split("\t")[0].strip().lower() == "type"
        rows = []
        try:
            for number, cells in numbered_rows(text, 4, source=source, header=header):
                rows.append(_row(cells, source, number))
        except ValueError as err:  # a row too wide (E031)
            raise KgError(str(err)) from err
        return cls(tuple(rows))

    @classmethod
    def read(cls, paths: Iterable[str | Path]) -> UserLexicon:
        """The rows of the lexicon files at ``paths``, in order."""
        rows: list[LexiconRow] = []
        for path in map(Path, paths):
            try:
                text = path.read_text(encoding="utf-8-sig")
            except FileNotFoundError as err:
                raise KgError(Errors.E003.format(path=path)) from err
            except (OSError, UnicodeDecodeError) as err:
                raise KgError(Errors.E001.format(path=path, reason=err)) from err
            rows += cls.from_tsv(text, source=str(path)).rows
        return cls(tuple(rows))

    @property
    def terms(self) -> list[LexiconRow]:
        """The ORG, DOC and MECH rows."""
        return [row for row in self.rows if row.type != "VERB"]

    @property
    def verbs(self) -> list[LexiconRow]:
        return [row for row in self.rows if row.type == "VERB"]

    @property
    def fingerprint(self) -> str:
        """A hash of the rows (a cache of records made without them, or with others, is not reused)."""
        return hashlib.sha256(repr(self.rows).encode("utf-8")).hexdigest()[:16] if self.rows else ""

    def relation_verbs(self, verbs: dict[str, list[str]]) -> dict[str, list[str]]:
        """``verbs`` (relation type → verbs) with the lexicon's verbs added."""
        out = {rel: list(words) for rel, words in verbs.items()}
        for row in self.verbs:
            for rel in row.role.split(","):
                if row.term not in out.setdefault(rel, []):
                    out[rel].append(row.term)
        return out


def _row(cells: list[str], source: str, line: int) -> LexiconRow:
    kind, term, role, canonical = cells
    if kind not in TYPES:
        raise KgError(Errors.E033.format(source=source, line=line, value=kind, options=", ".join(TYPES)))
    if not term:
        raise KgError(Errors.E034.format(source=source, line=line))
    if kind == "VERB":
        types = role.split(",")
        unknown = [r for r in types if r not in RELATION_TYPES]
        if unknown:
            raise KgError(Errors.E032.format(source=source, verb=term, value=unknown[0],
                                             options=", ".join(VERB_RELATIONS)))
        if fixed := [r for r in types if r not in VERB_RELATIONS]:
            raise KgError(Errors.E035.format(source=source, line=line, verb=term, value=fixed[0],
                                             options=", ".join(VERB_RELATIONS)))
    return LexiconRow(kind, term, role, canonical)


class LexiconMatcher:
    """Find the terms of user lexicons verbatim, the longest where several start at one position."""

    def __init__(self, terms: list[list[str]]) -> None:
        rows = [LexiconRow(*cells) for cells in terms]
        # a term listed twice: its last row; a canonical name is found as itself, unless it is a term of its own
        self.rows = {row.canonical: row for row in rows if row.canonical} | {row.term: row for row in rows}
        self.pattern = trie_scan(self.rows) if self.rows else None
        self.kinds = document_kinds()

    def __call__(self, doc: Doc) -> Doc:
        if self.pattern is None:
            return doc
        found = []
        for m in self.pattern.finditer(doc_text(doc)):
            row = self.rows[m.group()]
            subtype = row.role or self._subtype(row)
            found.append(Found(m.start(), m.end(), row.type, subtype, name=row.canonical or None))
        add_found(doc, found)
        return doc

    def _subtype(self, row: LexiconRow) -> str:
        if row.type == "DOC":
            return document_kind(row.term, self.kinds)
        return "organisation" if row.type == "ORG" else "practice"


@registry.misc("kg.user_relation_verbs.v1")
def user_relation_verbs(verbs: list[list[str]]) -> dict[str, list[str]]:
    """kg's relation verbs (``kg.relation_verbs.v1``) with a user lexicon's: ``verbs`` are ``[verb, types]`` rows."""
    return UserLexicon(tuple(LexiconRow("VERB", verb, types) for verb, types in verbs)).relation_verbs(relation_verbs())


def canonical_names(doc: Doc) -> dict[tuple[int, int, str], str]:
    """The canonical names user lexicons give the terms found in ``doc``, by ``(start_char, end_char, label)``."""
    return doc.user_data.get(CANONICAL_KEY, {})


@Language.factory("kg_user_lexicon", default_config={"terms": []}, assigns=["doc.spans"])
def make_user_lexicon(nlp: Language, name: str, *, terms: list[list[str]]) -> LexiconMatcher:
    """Factory of the ``kg_user_lexicon`` component: ``terms`` are ``[type, term, role, canonical]`` rows."""
    return LexiconMatcher(terms)
