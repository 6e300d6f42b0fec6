"""How a head word of a body's name refuses to end inside a longer word (组 in 组长, 部 in 部门), as regex.

The institution grammar writes its heads with :func:`alternation`: longest first, each with the look-ahead of the
characters that may not follow it (``kg.pipeline.lexicons.HEAD_BLOCKERS``).
"""

from __future__ import annotations

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

    Heads of one length that share their blockers form one prefix tree with one look-ahead: the same matches as
    one alternative per head (equal-length literals never match at one position together), a fraction of the
    regex to compile and to try.

    >>> alternation(["市委", "县委", "局"])
    '(?:(?:(?:县委|市委))(?![员托屈婉任]|派(?![驻出])|实(?![行施现]))|(?:局)(?![长面势限部级]))'
    """
    runs: dict[tuple[int, str], list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), blockers(w), w)):
        runs.setdefault((len(word), blockers(word)), []).append(word)
    return "(?:" + "|".join(f"(?:{trie_regex(run)})" + refuse(refused) for (_, refused), run in runs.items()) + ")"


def refuse(refused: str) -> str:
    """The look-ahead refusing the characters ``refused`` after a head, but for the words of BLOCKER_EXCEPTIONS.

    >>> refuse("员派")
    '(?![员]|派(?![驻出]))'
    """
    if not refused:
        return ""
    plain = "".join(b for b in refused if b not in BLOCKER_EXCEPTIONS)
    excepted = [f"{b}(?![{BLOCKER_EXCEPTIONS[b]}])" for b in refused if b in BLOCKER_EXCEPTIONS]
    return "(?!" + "|".join(([f"[{plain}]"] if plain else []) + excepted) + ")"
