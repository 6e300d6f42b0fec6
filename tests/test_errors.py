"""Coded messages: every code is documented in docs/errors.md, and so is every exit code of the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import cli
from kg.errors import Errors, Warnings

DOCS = Path(__file__).resolve().parent.parent / "docs"
CODES = sorted(name for cls in (Errors, Warnings) for name in vars(cls) if re.fullmatch(r"[EW]\d{3}", name))


def _rows(page: str) -> set[str]:
    """The first cells of the page's table rows."""
    return {m.group(1) for m in re.finditer(r"^\| *([^|]+?) *\|", page, re.M)}


def test_errors_codes_are_formatted_with_their_code():
    assert Errors.E003.format(path="x").startswith("[E003] No such file or folder: x.")


@pytest.mark.parametrize("code", CODES)
def test_errors_every_code_is_documented(code):
    assert code in _rows((DOCS / "errors.md").read_text(encoding="utf-8"))


def test_errors_every_exit_code_is_documented():
    codes = {0, cli.EXIT_ERROR, 2, cli.EXIT_SKIPPED, cli.EXIT_INVALID, 130}
    assert {str(c) for c in codes} <= _rows((DOCS / "errors.md").read_text(encoding="utf-8"))
    assert len(codes) == 6  # no two meanings share a code


def test_errors_page_is_linked_from_the_readme():
    assert "(docs/errors.md)" in (DOCS.parent / "README.md").read_text(encoding="utf-8")
