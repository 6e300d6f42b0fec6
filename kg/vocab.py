"""kg's RDF terms and prefixes: its own terms in one ``DefinedNamespace`` (a typo raises instead of minting a junk
IRI), and the prefixes its RDF is written and queried with.

Everything else comes from standard vocabularies, as rdflib defines them (W3C ORG, Dublin Core terms, SKOS,
PROV-O, FOAF): ``ORG`` is rdflib's ``DefinedNamespace``, so a misspelt ORG term fails too.

Examples
--------
>>> str(KG.inspects)
'https://w3id.org/kg-zh/vocab#inspects'
>>> KG.inspekts
Traceback (most recent call last):
...
AttributeError: term 'inspekts' not in namespace 'https://w3id.org/kg-zh/vocab#'
>>> ORG.subOrganisationOf
Traceback (most recent call last):
...
AttributeError: term 'subOrganisationOf' not in namespace 'http://www.w3.org/ns/org#'
"""

from __future__ import annotations

from rdflib import RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, DefinedNamespace

__all__ = ["DEFAULT_BASE_IRI", "KG", "ORG", "prefixes"]

DEFAULT_BASE_IRI = "https://w3id.org/kg-zh/id/"


class KG(DefinedNamespace):
    """Terms for what the standard vocabularies do not say."""

    _NS = Namespace("https://w3id.org/kg-zh/vocab#")
    _fail = True

    # classes
    Source: URIRef  # a text kg read (also a prov:Entity)
    Mention: URIRef  # one occurrence of an entity in a source, with offsets
    Mechanism: URIRef  # a named way of working (also a skos:Concept)
    Mechanisms: URIRef  # the skos:ConceptScheme of all mechanisms
    DocumentKinds: URIRef  # the skos:ConceptScheme of document kinds

    # relations between entities
    issued: URIRef  # ORG → DOC (inverse of dcterms:creator)
    established: URIRef  # ORG → MECH or ORG
    inspects: URIRef  # ORG → ORG
    leads: URIRef  # ORG → ORG
    cooperatesWith: URIRef  # ORG → ORG
    mentions: URIRef  # Source → entity

    # attributes
    kind: URIRef  # subtype of an organisation, document or mechanism (a plain literal)
    region: URIRef  # the place an organisation belongs to
    generic: URIRef  # true for a class of bodies/documents rather than one
    entity: URIRef  # Mention → entity
    sentence: URIRef  # the evidence sentence
    start: URIRef  # character offset (inclusive)
    end: URIRef  # character offset (exclusive)
    path: URIRef  # where the source was read from
    sha256: URIRef  # content hash of the source text


def prefixes(base: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes kg's RDF uses: the vocabularies, and one per kind of kg resource under the base IRI
    (``kgorg:天水市委`` for ``{base}org/天水市委``). The writers bind them, ``kg query`` predeclares them.

    >>> prefixes("http://example.org/")["kgdoc"], prefixes()["org"]
    ('http://example.org/doc/', 'http://www.w3.org/ns/org#')
    """
    ids = {"kgid": base} | {f"kg{short}": f"{base}{path}/" for short, path in (
        ("org", "org"), ("doc", "doc"), ("mech", "mechanism"), ("src", "source"), ("st", "statement"),
        ("mention", "mention"))}
    return {"org": str(ORG), "dcterms": str(DCTERMS), "skos": str(SKOS), "prov": str(PROV), "foaf": str(FOAF),
            "kg": str(KG._NS), "rdfs": str(RDFS), "xsd": str(XSD)} | ids
