"""kg: knowledge graphs of organisations, documents and mechanisms from Chinese governance text."""

from kg.about import __version__
from kg.pipeline import load

__all__ = ["__version__", "load"]
