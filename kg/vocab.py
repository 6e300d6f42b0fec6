"""kg's own RDF terms, in one ``DefinedNamespace`` (a typo raises instead of minting a junk IRI).

Everything else comes from standard vocabularies: W3C ORG, Dublin Core terms, SKOS, PROV-O, FOAF.

Examples
--------
>>> str(KG.inspects)
'https://w3id.org/kg-zh/vocab#inspects'
>>> KG.inspekts
Traceback (most recent call last):
...
AttributeError: term 'inspekts' not in namespace 'https://w3id.org/kg-zh/vocab#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ORG = Namespace("http://www.w3.org/ns/org#")


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
