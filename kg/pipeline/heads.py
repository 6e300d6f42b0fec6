"""How a head word of a body's name refuses to end inside a longer word (组 in 组长, 部 in 部门), as regex.

The institution grammar writes its heads with :func:`alternation`: longest first, each with the look-ahead of the
characters that may not follow it (``kg.pipeline.lexicons.HEAD_BLOCKERS``).
"""

from __future__ import annotations

import functools
import re

from kg.pipeline.lexicons import BLOCKER_EXCEPTIONS, HEAD_BLOCKERS
from kg.pipeline.spans import trie_regex


def blockers(head: str) -> str:
    """The characters that may not follow ``head``: it refuses to end inside a longer word (组 in 组长, 部 in 部门)."""
    for tail, refused in HEAD_BLOCKERS.items():
        if head.endswith(tail):
            return refused
    return ""


def alternation(words: list[str]) -> str:
    """Longest head first, each refusing to end inside a longer word.

    One prefix tree over the heads, each word's end behind the look-ahead of its own blockers: where heads of
    several lengths start at a position (局, 局长办), the tree tries the longest first and falls back to the shorter,
    the order of an alternation sorted by length, so the same matches; but a position is refused at the tree's
    first characters instead of once per run of heads of one length and one set of blockers (the institution
    grammar scans about 12 % faster).

    >>> alternation(["市委", "局"])
    '(?:(?:局(?![面势限级]|长(?![期效远足])|部(?![署]))|市委(?![员托屈婉任]|派(?![驻出员遣])|实(?![行施现]))))'
    """
    return "(?:" + trie_regex(set(words), end=lambda word: refuse(blockers(word))) + ")"


def refuse(refused: str) -> str:
    """The look-ahead refusing the characters ``refused`` after a head, but for the words of BLOCKER_EXCEPTIONS.

    >>> refuse("员派")
    '(?![员]|派(?![驻出员遣]))'
    """
    if not refused:
        return ""
    plain = "".join(b for b in refused if b not in BLOCKER_EXCEPTIONS)
    excepted = [f"{b}(?![{BLOCKER_EXCEPTIONS[b]}])" for b in refused if b in BLOCKER_EXCEPTIONS]
    return "(?!" + "|".join(([f"[{plain}]"] if plain else []) + excepted) + ")"


@functools.cache
def _refusal(refused: str) -> re.Pattern[str]:
    return re.compile(refuse(refused))


def ends_here(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` may end at ``end``: its head ends no longer word there (市公安局执法办
    refused before 案管理中心: 办 of 办案).

    >>> ends_here("市公安局执法办案管理中心", 0, 7), ends_here("市公安局执法办案管理中心", 0, 4)
    (False, True)
    """
    refused = blockers(text[start:end])
    return not refused or _refusal(refused).match(text, end) is not None
