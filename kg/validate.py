"""SHACL validation of kg's RDF against the shapes shipped in ``kg/shapes/``.

Examples
--------
>>> from rdflib import Graph
>>> report = validate_graph(Graph())
>>> report.conforms, report.violations
(True, [])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    """One SHACL result, in words."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}: {self.message}"


@dataclass
class ValidationReport:
    """Whether a graph conforms, and what is wrong if not."""

    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    def to_text(self) -> str:
        if self.conforms:
            return f"conforms: {self.triples} triples checked against the kg shapes"
        lines = [f"does not conform: {len(self.violations)} violation(s) in {self.triples} triples"]
        return "\n".join(lines + [f"  {v}" for v in self.violations])


def shapes() -> Graph:
    """The SHACL shapes graph of kg's RDF model."""
    data = resources.files("kg").joinpath("shapes/kg-shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=data, format="turtle")


def validate_graph(g: Graph) -> ValidationReport:
    """Validate ``g`` with pySHACL (no inference: the shapes check what is written)."""
    from pyshacl import validate

    conforms, results, _ = validate(g, shacl_graph=shapes(), inference="none", allow_warnings=True)
    violations = []
    for result in sorted(results.subjects(RDF.type, SH.ValidationResult)):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(str(focus), _short(g, path), str(message or "")))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), len(g), violations)


def _short(g: Graph, term: object) -> str:
    if term is None:
        return "-"
    try:
        return g.namespace_manager.normalizeUri(term)  # type: ignore[arg-type]
    except Exception:  # a blank-node path or an unbound namespace
        return str(term)
