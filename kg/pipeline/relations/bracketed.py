"""A body's alias in brackets after its name (A（以下简称B）、C; A（以下统称承办单位）应当…): no actor of its own, and
no gap between the body and its verb or the next body of a list."""

from __future__ import annotations

import re

ALIAS_ENDS = frozenset("称：:“\"")  # the last character of what ALIAS_BEFORE finds (a cheap test first)
ALIAS_BEFORE = re.compile("[（(](?:以下简称|以下统称|以下称|下称|简称|统称)[：:“\"]?$")

# (and a note of where a body is housed: A（设在B）会同C…, B no actor)
ALIAS_PAREN = re.compile("[（(](?:以下简称|以下统称|以下称|下称|简称|统称|设在|设于|挂靠)[^（）()，。]{1,20}[）)]")
HOUSING_NOTE = ("（设在", "(设在", "（设于", "(设于", "（挂靠", "(挂靠")
ALIAS_PAREN_END = re.compile(f"{ALIAS_PAREN.pattern}$")


def is_given_name(text: str, start: int) -> bool:
    """Whether a name starting at ``start`` is the short name a bracket gives the body before it (A（以下简称X）), or
    the host a bracket houses it in (A（设在X）): no actor of its own.

    >>> is_given_name("A（以下简称X）", 6), is_given_name("A（设在X）", 4), is_given_name("A和X", 2)
    (True, True, False)
    """
    return (text[start - 1 : start] in ALIAS_ENDS and ALIAS_BEFORE.search(text, max(0, start - 8), start) is not None
            ) or text.endswith(HOUSING_NOTE, 0, start)


def past_alias(text: str, end: int) -> int:
    """Where a body's name ending at ``end`` is followed by its alias in brackets (（以下简称区数据局）), the end of
    that; else ``end``.

    >>> past_alias("A（以下简称B）统筹C", 1), past_alias("A统筹C", 1)
    (8, 1)
    """
    m = ALIAS_PAREN.match(text, end)
    return m.end() if m else end


def before_alias(text: str, pos: int) -> int:
    """The start of an alias in brackets ending at ``pos`` (the words after a body's name before its verb), else
    ``pos``.

    >>> before_alias("A（以下简称B）统筹C", 8), before_alias("A统筹C", 1)
    (1, 1)
    """
    m = ALIAS_PAREN_END.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos
