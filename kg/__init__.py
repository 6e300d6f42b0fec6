"""kg: knowledge graphs of organisations, documents and mechanisms from Chinese governance text.

The public API, re-exported here (loaded on first use, so ``kg`` starts fast):

>>> import kg
>>> doc = kg.load()("天水市纪委监委印发《监督办法》。")
>>> [e.name for e in kg.extract_doc(doc).entities]
['天水市纪委监委', '监督办法']
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from kg import lazy_spacy, native
from kg.about import __version__

__path__ = native.extend(__path__, "kg")  # the compiled build first, when it is the sources' (kg.native)
lazy_spacy.install()  # spaCy, once imported, without its command line (0.3 s of start-up)

_EXPORTS = {
    "load": "kg.corpus", "extract_doc": "kg.extract", "DocRecord": "kg.extract",
    "build": "kg.build", "extract_files": "kg.build", "build_graph": "kg.graph", "graph_summary": "kg.graph",
    "write_graphml": "kg.readwrite.graphml", "graph_to_graphml": "kg.readwrite.graphml",
    "graph_to_rdf": "kg.readwrite.rdf", "write_rdf": "kg.readwrite.rdf",
    "read_rdf": "kg.readwrite.rdf", "graph_to_vis_data": "kg.readwrite.html", "generate_html": "kg.readwrite.html",
    "write_html": "kg.readwrite.html", "load_store": "kg.store", "query": "kg.store", "read_text": "kg.io",
    "iter_inputs": "kg.io", "sample_dir": "kg.io", "KgError": "kg.errors",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        # kept: importing the submodule kg.build made ``kg.build`` that module, and a second call would fail
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
