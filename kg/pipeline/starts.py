"""Where a regex match can start: the look-ahead :func:`fast_start` puts in front of kg's big alternations.

:func:`start_class` reads the characters a match can start with off the pattern's text (:func:`read_first`: one
scan of its parentheses, bars and classes, then the first atoms of each alternative only), about 20x faster than
parsing it with ``re``'s own parser, which is what it falls back to (:func:`parsed_first`) for any construct the
reader does not know (flags, back references, atomic groups, unusual escapes). Both give the same answer: the
tests compare them on every pattern kg builds.

>>> source = "(?:中共)?[省市]委|第[一二]组"
>>> read_first(source) == parsed_first(source) == ({"中", "市", "省", "第"}, False)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kg.pipeline.compiled import compile_regex, first_items

try:  # the regex parser: public as sre_parse up to 3.10, re._parser after (sre_parse warns there)
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre
    import sre_parse

First = tuple[set[str], bool]  # the characters a match can start with, and whether it can be empty

# What the reader's structure scan stops at: an escape, a whole character class, a parenthesis, a bar
_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.S)
_CLASS = re.compile(r"\[(\^?)(\]?(?:\\.|[^\]\\])*)\]", re.S)
_QUANTIFIER = re.compile(r"(?:([?*+])|\{(?!\})(\d*)(?:,\d*)?\})[?+]?")  # ({} is two characters)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_CODE_ESCAPES = {"x": 2, "u": 4, "U": 8}  # \xhh, \uhhhh, \Uhhhhhhhh
_ANCHORS = ("b", "B", "A", "Z")  # \b \B \A \Z: zero-width, as ^ and $
_CATEGORIES = ("d", "D", "s", "S", "w", "W")


def fast_start(pattern: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` with a look-ahead on the characters a match can start with, so ``re`` skips other positions.

    ``re`` tries every alternative of a big alternation at every position of the text; a one-character class
    in front fails at once where no match can start (about 3x faster scans of the institution grammar). The
    pattern is returned unchanged when a match may start with any character or be empty. A small pattern gains
    when it starts with a look-behind or a class (``re`` then tries it at every position: 3-6x faster scans), and
    loses when it starts with a word, which ``re`` already looks for by itself (about 2x slower scans).

    >>> fast_start(re.compile(r"(?:中共)?[省市]委|第[一二]组")).pattern
    '(?=[中市省第])(?:(?:中共)?[省市]委|第[一二]组)'
    >>> fast_start(re.compile(r"\\w+委")).pattern
    '\\\\w+委'
    """
    if isinstance(pattern, str):  # given as a string, the (big) pattern is compiled once, not twice
        return compile_regex(pattern, flags, rewrite=with_start_class)
    head = start_class(pattern.pattern, pattern.flags)
    return pattern if head is None else compile_regex(f"(?=[{head}])(?:{pattern.pattern})", pattern.flags)


def with_start_class(source: str, flags: int = 0) -> str:
    """``source`` with the look-ahead on its start characters in front; unchanged if any character may start it.

    >>> with_start_class("市委|第[一二]组")
    '(?=[市第])(?:市委|第[一二]组)'
    """
    head = start_class(source, flags)
    return source if head is None else f"(?=[{head}])(?:{source})"


def start_class(source: str, flags: int = 0) -> str | None:
    """The characters a match of regex ``source`` can start with, as the inside of a character class; None if
    any character can start one or a match may be empty.

    >>> start_class("市委|县委|第[一二]组")
    '县市第'
    """
    try:
        chars = read_first(source, flags)
    except _Unsure:
        chars = parsed_first(source, flags)
    if chars is None or chars[1] or not chars[0]:
        return None
    return "".join(re.escape(c) for c in sorted(chars[0]))


def start_chars(*patterns: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of any of ``patterns`` can start with (a superset: escapes are kept), for a set
    look-up before calling them at a position; None if a match of one may start with any character or be empty.

    >>> sorted(start_chars(re.compile("简称|下称"), re.compile("联合")))
    ['下', '简', '联']
    >>> print(start_chars(re.compile("简称"), re.compile(r"\\w+")))
    None
    """
    classes = [start_class(p.pattern, p.flags) for p in patterns]
    return None if None in classes else frozenset("".join(c for c in classes if c is not None))


def parsed_first(source: str, flags: int = 0) -> First | None:
    """The first characters of ``source`` and whether it matches empty, from ``re``'s parse; None if unbounded."""
    return _first_chars(sre_parse.parse(source, flags).data)


def _first_chars(items: Iterable) -> First | None:
    """The characters a parsed regex can start with and whether it can match empty; None if unbounded."""
    found = first_items(items, _leaf_chars)
    return None if found is None else (set(found[0]), found[1])


def _leaf_chars(op: Any, av: Any) -> list[str] | None:
    """A first literal's character, or a first class's characters (None: a class of no bound)."""
    if op is sre.LITERAL:
        return [chr(av)]
    chars = _class_chars(av)
    return None if chars is None else list(chars)


def _class_chars(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 256:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated or wide class: no gain
    return chars


def read_first(source: str, flags: int = 0) -> First | None:
    """The first characters of ``source`` and whether it matches empty, read off its text; None if unbounded.
    Raises :class:`_Unsure` where only ``re``'s parser can tell (case-blind and verbose patterns too)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        raise _Unsure
    reader = _Reader(source)
    return reader.alternatives(0, len(source), reader.bars[-1])


class _Unsure(Exception):
    """A construct :func:`read_first` leaves to ``re``'s parser."""


class _Reader:
    """The groups of a pattern (where each closes, the bars directly inside it) and its first atoms."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.closes: dict[int, int] = {}  # "(" → its ")"
        self.bars: dict[int, list[int]] = {-1: []}  # "(" (-1: the whole pattern) → the "|" directly inside
        stack = [-1]
        for m in _TOKENS.finditer(source):
            c = source[m.start()]
            if c == "(":
                stack.append(m.start())
                self.bars[m.start()] = []
            elif c == ")":
                if len(stack) == 1:
                    raise _Unsure  # unbalanced: re will say what is wrong
                self.closes[stack.pop()] = m.start()
            elif c == "|":
                self.bars[stack[-1]].append(m.start())
        if len(stack) != 1:
            raise _Unsure

    def alternatives(self, start: int, end: int, bars: list[int]) -> First | None:
        """The union of the alternatives between ``start`` and ``end`` cut at ``bars``."""
        out: set[str] = set()
        nullable = False
        for a, b in zip([start, *(bar + 1 for bar in bars)], [*bars, end], strict=True):
            sub = self.sequence(a, b)
            if sub is None:
                return None
            out |= sub[0]
            nullable |= sub[1]
        return out, nullable

    def sequence(self, pos: int, end: int) -> First | None:
        """The first characters of the atoms from ``pos``, up to the first that can't be empty."""
        out: set[str] = set()
        while pos < end:
            atom, pos = self.atom(pos)
            if isinstance(atom, str):  # zero-width
                continue
            low, pos = self.quantifier(pos)
            if atom is None:
                return None
            out |= atom[0]
            if low > 0 and not atom[1]:
                return out, False
        return out, True

    def atom(self, pos: int) -> tuple[First | str | None, int]:
        """The atom at ``pos`` (its first characters, None if any, "zero-width") and where it ends."""
        source = self.source
        c = source[pos]
        if c == "(":
            close = self.closes[pos]
            if source.startswith(("(?=", "(?!", "(?<=", "(?<!"), pos):
                return "zero-width", close + 1
            if source.startswith("(?:", pos):
                inner = pos + 3
            elif source.startswith("(?P<", pos):
                inner = source.index(">", pos) + 1
            elif source.startswith("(?", pos):
                raise _Unsure  # flags, a back reference, an atomic group, a condition, a comment
            else:
                inner = pos + 1
            return self.alternatives(inner, close, self.bars[pos]), close + 1
        if c == "[":
            m = _CLASS.match(source, pos)
            if m is None:
                raise _Unsure
            chars = None if m.group(1) else _class_chars_read(m.group(2))
            return (None if chars is None else (chars, False)), m.end()
        if c == "\\":
            if source[pos + 1 : pos + 2] in _ANCHORS:
                return "zero-width", pos + 2
            char, end = _escape(source, pos)
            return (None if char is None else ({char}, False)), end
        if c in "^$":
            return "zero-width", pos + 1
        if c == ".":
            return None, pos + 1
        if c in "*+?)|" or (c == "{" and _QUANTIFIER.match(source, pos)):
            raise _Unsure  # nothing to repeat: re will say so
        return ({c}, False), pos + 1

    def quantifier(self, pos: int) -> tuple[int, int]:
        """The least repeat count of the quantifier at ``pos`` (1 if none) and where it ends."""
        m = _QUANTIFIER.match(self.source, pos)
        if m is None:
            return 1, pos
        if m.group(1):
            return (1 if m.group(1) == "+" else 0), m.end()
        return int(m.group(2) or 0), m.end()



def _escape(source: str, pos: int) -> tuple[str | None, int]:
    """The character an escape at ``pos`` stands for (None for a category: \\d, \\w…) and where it ends."""
    c = source[pos + 1 : pos + 2]
    if c in _CODE_ESCAPES:
        digits = source[pos + 2 : pos + 2 + _CODE_ESCAPES[c]]
        if len(digits) != _CODE_ESCAPES[c] or not all(d in "0123456789abcdefABCDEF" for d in digits):
            raise _Unsure
        return chr(int(digits, 16)), pos + 2 + len(digits)
    if c in _CATEGORIES:
        return None, pos + 2
    if c in _ESCAPES:
        return _ESCAPES[c], pos + 2
    if not c or c.isalnum() or c == "_":
        raise _Unsure  # octal, back references, \\N{…}, and what re refuses
    return c, pos + 2


def _class_chars_read(body: str) -> set[str] | None:
    """The characters of a class body (no brackets, no ^); None if a category or a wide range is in it."""
    items: list[tuple[str | None, bool]] = []  # each character (None: a category), and whether escaped
    pos = 0
    while pos < len(body):
        if body[pos] == "\\":
            if body[pos + 1 : pos + 2] == "b":
                raise _Unsure  # a backspace in a class, an anchor outside: left to re
            char, pos = _escape(body, pos)
            items.append((char, True))
        else:
            items.append((body[pos], False))
            pos += 1
    chars: set[str] = set()
    i = 0
    while i < len(items):
        low = items[i][0]
        if low is None:
            return None
        if i + 2 < len(items) and items[i + 1] == ("-", False):  # a range (a "-" first or last is itself)
            high = items[i + 2][0]
            if high is None or ord(high) < ord(low):
                raise _Unsure
            if ord(high) - ord(low) >= 256:
                return None
            chars.update(chr(k) for k in range(ord(low), ord(high) + 1))
            i += 3
        else:
            chars.add(low)
            i += 1
    return chars
