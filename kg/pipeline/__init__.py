"""The spaCy pipeline: ``spacy.blank("zh")`` with kg's character tokenizer, plus kg's registered components.

Importing this package registers the factories; :func:`load` assembles them in order:
``kg_noise`` → ``kg_regions`` → ``kg_sentences`` → ``kg_titles`` → ``kg_institutions`` → ``kg_mechanisms``
→ ``kg_relations``.

What a processed Doc carries, each registered or named by the module that sets it:

- ``doc.spans["kg"]``: the entities (ORG, DOC, MECH), with ``span._.kg_subtype`` / ``span._.kg_generic``
  (:mod:`~kg.pipeline.spans`);
- ``doc._.kg_noise`` (:mod:`~kg.pipeline.noise`), ``doc._.kg_regions`` (:mod:`~kg.pipeline.regions`),
  ``doc._.kg_relations`` (:mod:`~kg.pipeline.relations`);
- in ``doc.user_data``, under key constants: ``PLACES_KEY`` (regions: the place names' spans), ``SENTENCES_KEY``
  (sentences), ``TEXT_KEY``, ``META_KEY``, ``SPAN_LIST_KEY``, ``VIEWS_KEY`` (spans: caches and span attributes).

Examples
--------
>>> nlp = load()
>>> nlp.pipe_names
['kg_noise', 'kg_regions', 'kg_sentences', 'kg_titles', 'kg_institutions', 'kg_mechanisms', 'kg_relations']
>>> [(s.text, s.label_) for s in nlp("市纪委监委印发《某办法》。").spans["kg"]]
[('市纪委监委', 'ORG'), ('某办法', 'DOC')]
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from kg import native

__path__ = native.extend(__path__, "kg.pipeline")  # the compiled build first, when it is the sources' (kg.native)

from kg.pipeline import compiled

with compiled.serving_imports():  # the modules' own regexes compiled from stored code too (kg.pipeline.compiled)
    from kg.pipeline import (  # noqa: F401  (registers the factories)
        institutions,
        mechanisms,
        noise,
        regions,
        relations,
        sentences,
        titles,
        tokenizer,
        user_lexicons,
    )
    from kg.pipeline.spans import SPAN_KEY, entity_spans
    from kg.pipeline.user_lexicons import UserLexicon

PIPE_NAMES = ("kg_noise", "kg_regions", "kg_sentences", "kg_titles", "kg_institutions", "kg_mechanisms",
              "kg_relations")

__all__ = ["PIPE_NAMES", "SPAN_KEY", "entity_spans", "load"]


def load(*, lexicons: Iterable[str | Path] = ()) -> Language:
    """A fresh kg pipeline: blank Chinese with character segmentation and the kg components.

    ``lexicons``: user lexicon files (:mod:`kg.pipeline.user_lexicons`); their terms are found by a
    ``kg_user_lexicon`` component before the grammar, their verbs join ``kg_relations``'.
    """
    lexicon = UserLexicon.read(lexicons)
    configs = {}
    if lexicon.verbs:
        verbs = [[row.term, row.role] for row in lexicon.verbs]
        configs["kg_relations"] = {"verbs": {"@misc": "kg.user_relation_verbs.v1", "verbs": verbs}}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})
    for name in PIPE_NAMES:
        if name == "kg_titles" and lexicon.terms:
            terms = [[row.type, row.term, row.role, row.canonical] for row in lexicon.terms]
            nlp.add_pipe("kg_user_lexicon", config={"terms": terms})
        nlp.add_pipe(name, config=configs.get(name, {}))
    compiled.save()  # the grammars' compiled regexes, for the next process (kg.pipeline.compiled)
    return nlp
