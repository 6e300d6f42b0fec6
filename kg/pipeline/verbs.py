"""The verb table: one row per verb with all its roles, so a verb can't be half-added.

``kg/data/verbs.tsv`` has the columns ``verb``, ``relations`` (comma-separated relation types or ``-``),
``boundary`` (a name never spans it), ``object`` (its object is a mechanism, document or body, so it ends a
name even right before the name's last word), ``sets_up`` (``practice``: 建立 a mechanism; ``body``: 成立 a
body) and ``direct_object`` (``body``: the verb takes the body it acts on right after it, 巡视省水利厅).
Every verb list and verb regex of the rules is a view of this table.

Examples
--------
>>> table = VerbTable.from_tsv("verb\\trelations\\tboundary\\tobject\\tsets_up\\tdirect_object\\n"
...                            "印发\\tISSUED\\tyes\\tyes\\t-\\t-\\n巡察\\tINSPECTS\\tno\\tno\\t-\\tbody\\n")
>>> table.by_relation()
{'ISSUED': ['印发'], 'INSPECTS': ['巡察']}
>>> sorted(table.boundary_words), table.direct_object("INSPECTS")
(['印发'], ['巡察'])
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from kg.errors import Errors

RELATION_TYPES = ("ISSUED", "ESTABLISHED", "INSPECTS", "LEADS", "PART_OF", "COOPERATES_WITH")
_COLUMNS = ("verb", "relations", "boundary", "object", "sets_up", "direct_object")


def read_data(name: str) -> str:
    """The text of a data file shipped in ``kg/data``."""
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


def read_rows(text: str, width: int, *, source: str = "kg/data") -> Iterator[list[str]]:
    """The rows of a TSV text after its header, each padded to ``width`` columns.

    Lines starting with ``#`` and blank lines are skipped; a row with more than ``width`` cells is an error.

    >>> list(read_rows("a\\tb\\n# note\\nx\\ty\\nz\\n", 2))
    [['x', 'y'], ['z', '']]
    """
    for _, cells in numbered_rows(text, width, source=source):
        yield cells


def numbered_rows(text: str, width: int, *, source: str = "kg/data", header: bool = True
                  ) -> Iterator[tuple[int, list[str]]]:
    """``(line number, cells)`` of the rows of a TSV text (after its header, if ``header``), as :func:`read_rows`.

    >>> list(numbered_rows("# note\\nx\\ty\\n\\nz\\n", 2, header=False))
    [(2, ['x', 'y']), (4, ['z', ''])]
    """
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.startswith("#")]
    for number, line in lines[1:] if header else lines:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > width:
            raise ValueError(Errors.E031.format(source=source, line=number, width=width, row=line))
        yield number, cells + [""] * (width - len(cells))


@dataclass(frozen=True)
class Verb:
    """One row of the verb table."""

    verb: str
    relations: tuple[str, ...]
    boundary: bool
    object: bool
    sets_up: str
    direct_object: str


class VerbTable:
    """The verbs of kg's rules, each with its roles; the lists the rules use are views of it."""

    def __init__(self, rows: list[Verb]) -> None:
        self.rows = {row.verb: row for row in rows}

    @classmethod
    def from_tsv(cls, text: str, *, source: str = "kg/data/verbs.tsv") -> VerbTable:
        rows = []
        for verb, relations, boundary, obj, sets_up, direct in read_rows(text, len(_COLUMNS), source=source):
            types = tuple(r for r in relations.split(",") if r and r != "-")
            unknown = [r for r in types if r not in RELATION_TYPES]
            if unknown:
                raise ValueError(Errors.E032.format(source=source, verb=verb, value=unknown[0],
                                                    options=", ".join(RELATION_TYPES)))
            rows.append(Verb(verb, types, boundary == "yes", obj == "yes", sets_up.strip("-"), direct.strip("-")))
        return cls(rows)

    def __getitem__(self, verb: str) -> Verb:
        return self.rows[verb]

    def __contains__(self, verb: object) -> bool:
        return verb in self.rows

    def __iter__(self) -> Iterator[Verb]:
        return iter(self.rows.values())

    def extend(self, rows: list[Verb]) -> VerbTable:
        """A new table with ``rows`` added (a row for a verb already there replaces it)."""
        return VerbTable([*self.rows.values(), *rows])

    def by_relation(self) -> dict[str, list[str]]:
        """Relation type → its verbs, in the table's order."""
        out: dict[str, list[str]] = {}
        for row in self:
            for rel in row.relations:
                out.setdefault(rel, []).append(row.verb)
        return out

    @property
    def boundary_words(self) -> set[str]:
        return {row.verb for row in self if row.boundary}

    @property
    def object_verbs(self) -> set[str]:
        return {row.verb for row in self if row.object}

    def setting_up(self, kind: str) -> list[str]:
        """Verbs that set up a ``practice`` (建立 a mechanism) or a ``body`` (成立 a team)."""
        return [row.verb for row in self if row.sets_up == kind]

    def direct_object(self, relation: str) -> list[str]:
        """Verbs of ``relation`` that take the body they act on right after them (巡视省水利厅)."""
        return [row.verb for row in self if relation in row.relations and row.direct_object == "body"]

    def alternation(self, verbs: list[str]) -> str:
        """A regex alternation of ``verbs``, longest first; each must have a row.

        >>> VerbTable([Verb("建立", (), True, True, "practice", "")]).alternation(["建立"])
        '建立'
        """
        missing = [v for v in verbs if v not in self]
        if missing:
            raise KeyError(f"verbs without a row in the verb table: {missing}")
        return "|".join(sorted(verbs, key=lambda v: (-len(v), v)))
