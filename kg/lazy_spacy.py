"""Importing spaCy without its command line (``spacy.cli``: requests, httpx, weasel, jinja2; 0.3 s of start-up).

spaCy's ``__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``; nothing else of spaCy's runtime
uses ``spacy.cli``. :func:`install` puts a finder before the others that, when ``spacy`` is first imported, runs
spaCy's ``__init__`` with a stand-in for ``spacy.cli.info`` (whose ``info`` imports the real one when called) and
then makes ``spacy.cli`` a lazily loaded module: the first use of any of its attributes, or an import of one of
its submodules, loads it as if it had been imported all along.

>>> import spacy
>>> callable(spacy.info), spacy.cli.__name__
(True, 'spacy.cli')
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec
from typing import Any


def install() -> None:
    """Import spaCy without ``spacy.cli`` from now on (nothing happens if spaCy is imported already)."""
    if "spacy" not in sys.modules and not any(isinstance(f, _SpacyFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SpacyFinder())


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported with spaCy's command line when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _SpacyFinder(MetaPathFinder):
    """Finds ``spacy`` as the other finders do, with :class:`_SpacyLoader` to run it; then steps aside."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None,
                  ) -> ModuleSpec | None:
        if fullname != "spacy":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _SpacyLoader(spec.loader)
        return spec


class _SpacyLoader(Loader):
    """Runs spaCy's ``__init__`` with a stand-in ``spacy.cli.info``, then leaves ``spacy.cli`` to load lazily."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__loader__ = module.__spec__.loader = self.loader  # type: ignore[union-attr]
        stand_in = types.ModuleType("spacy.cli.info")
        stand_in.info = _info  # type: ignore[attr-defined]
        sys.modules["spacy.cli.info"] = stand_in
        try:
            self.loader.exec_module(module)
        finally:
            if sys.modules.get("spacy.cli.info") is stand_in:
                del sys.modules["spacy.cli.info"]
        if "spacy.cli" not in sys.modules:
            _lazy("spacy.cli", module)


def _lazy(name: str, parent: types.ModuleType) -> None:
    """Module ``name`` registered and set on ``parent``, to be loaded at its first use (importlib's recipe)."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    setattr(parent, name.rpartition(".")[2], module)
