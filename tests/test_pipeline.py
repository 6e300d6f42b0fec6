"""The pipeline as a whole: what a Doc carries and who registers it; no import runs back up to the records."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

from spacy.tokens import Doc

from kg.pipeline.regions import PLACES_KEY
from kg.pipeline.sentences import SENTENCES_KEY
from kg.pipeline.spans import META_KEY, SPAN_LIST_KEY, TEXT_KEY, VIEWS_KEY
from tests.conftest import texts_of


def test_pipeline_user_data_keys_are_the_declared_constants(nlp):
    doc = nlp("天水市委巡察办印发《巡察工作办法》。\n市委建立“双反馈”机制。")
    keys = {key for key in doc.user_data if isinstance(key, str)}  # extensions are kept under tuple keys
    assert keys <= {PLACES_KEY, SENTENCES_KEY, TEXT_KEY, META_KEY, SPAN_LIST_KEY, VIEWS_KEY}


def test_pipeline_doc_extensions_are_registered_by_the_components_that_set_them(nlp):
    for name in nlp.pipe_names:
        module = nlp.get_pipe(name).__module__  # a component function's, or its class's
        source = inspect.getsource(importlib.import_module(module))
        for attr in nlp.get_pipe_meta(name).assigns:
            if attr.startswith("doc._."):
                assert f'Doc.set_extension("{attr[6:]}"' in source, (name, attr)


def test_pipeline_never_imports_the_record_builder():
    code = "import sys, kg.pipeline; kg.pipeline.load(); assert 'kg.extract' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_char_tokenizer_docs_are_those_of_the_words(nlp):
    """Tokens made from string ids are the tokens made from the characters (spaCy's Doc from words)."""
    for text in [*texts_of("samples")[:3], "市委 巡察办\n\n  印发 ", " 前导\t空白\u3000。"]:
        doc = nlp.make_doc(text)
        words = [t.text for t in doc]
        plain = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        assert doc.to_bytes(exclude=["user_data"]) == plain.to_bytes(exclude=["user_data"])
        assert doc.text == text
