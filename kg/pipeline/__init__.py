"""The spaCy pipeline: ``spacy.blank("zh")`` with kg's character tokenizer, plus kg's registered components.

Importing this package registers the factories; :func:`load` assembles them in order:
``kg_noise`` → ``kg_regions`` → ``kg_sentences`` → ``kg_titles`` → ``kg_institutions`` → ``kg_mechanisms``
→ ``kg_relations``.

Examples
--------
>>> nlp = load()
>>> nlp.pipe_names
['kg_noise', 'kg_regions', 'kg_sentences', 'kg_titles', 'kg_institutions', 'kg_mechanisms', 'kg_relations']
>>> [(s.text, s.label_) for s in nlp("市纪委监委印发《某办法》。").spans["kg"]]
[('市纪委监委', 'ORG'), ('某办法', 'DOC')]
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from kg.pipeline import (  # noqa: F401  (registers the factories)
    institutions,
    mechanisms,
    noise,
    regions,
    relations,
    sentences,
    titles,
    tokenizer,
)
from kg.pipeline.spans import SPAN_KEY, entity_spans

PIPE_NAMES = ("kg_noise", "kg_regions", "kg_sentences", "kg_titles", "kg_institutions", "kg_mechanisms",
              "kg_relations")

__all__ = ["PIPE_NAMES", "SPAN_KEY", "entity_spans", "load"]


def load() -> Language:
    """A fresh kg pipeline: blank Chinese with character segmentation and the kg components."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp
