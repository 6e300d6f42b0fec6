"""Scans that skip the stretches of text where a regex cannot match: only near the words each match needs.

``re`` tries a pattern at every position whose character may start a match, and a pattern that starts with a
look-behind or a wide class at every position of the text. But most of kg's rules need a word in or around every
match (部门 in 市场监管部门, 、 in a list, 联盟 in an alliance) at a bounded distance from the match's start.
:func:`needs` reads those words off the parsed pattern, and :class:`Anchored` tries the pattern only at the
positions within that distance before an occurrence of one of them (found by ``str.find``): the same matches, in
the same order, as the pattern's own ``finditer`` and ``search``.

Why they are the same: a match at a position reads the text from there on (and before it, through look-behinds)
whatever position the scan started from, so a scan that starts past positions where no match can start finds what
a scan from the start finds; and a scan whose ``endpos`` lies beyond everything a match may read (:func:`reach`)
decides each position as a scan to the text's end does.

>>> import re
>>> pattern = re.compile(r"(?<![市县])[\\u4e00-\\u9fff]{2,4}?部门")
>>> units = windowed(pattern)
>>> units.needs
(Need(words=('部门',), low=2, high=4),)
>>> text = "市场监管部门和文化部门，县教育部门"
>>> [m.group() for m in units.finditer(text)]
['市场监管部门', '和文化部门', '县教育部门']
>>> [m.span() for m in units.finditer(text, 3)] == [m.span() for m in pattern.finditer(text, 3)]
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from kg.pipeline.compiled import remember
from kg.pipeline.starts import _class_chars, sre, sre_parse

MAX_WORDS = 16  # a need of more words is not worth looking for
UNBOUNDED = 1 << 31  # a width at least this large is unbounded (re's own unbounded is MAXREPEAT)
SPARSE = 0.5  # the windows are scanned when they cover at most this share of the text (else the whole text)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class Need(NamedTuple):
    """One of ``words`` stands at ``low`` to ``high`` characters after the start of every match (before it, when
    negative: a look-behind's)."""

    words: tuple[str, ...]
    low: int
    high: int


class Anchored:
    """A compiled pattern whose ``finditer`` and ``search`` try it only near the words of one of its ``needs``;
    anything else (``match``, ``fullmatch``, ``pattern``, ``groupindex``…) is the pattern's own."""

    def __init__(self, pattern: re.Pattern[str], needs: tuple[Need, ...], reach: int | None) -> None:
        self.compiled = pattern
        self.needs = needs
        self.reach = reach  # how far past a match's start the pattern may read (None: unbounded)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"windowed({self.compiled!r})"

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``: the same matches."""
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        windows = self._windows(text, pos, end) if pos < end else []
        if windows is None:
            yield from self.compiled.finditer(text, pos, end)
            return
        done = pos  # where the last match ended
        for low, high in windows:
            for m in self._in_window(text, max(low, done), high, end):
                yield m
                done = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``: the same match."""
        return next(self.finditer(text, pos, endpos), None)

    def _windows(self, text: str, pos: int, end: int) -> list[tuple[int, int]] | None:
        """The stretches (first and last position) where a match may start, in order; None to scan it all."""
        best = _rarest(self.needs, text, pos, end)
        if best is None or best[0] * (best[1].high - best[1].low + 1) > SPARSE * (end - pos):
            return None
        count, need, found = best
        if not count:
            return []  # (most texts hold none of a rare construct's words: no second pass over the text)
        starts = []
        for word in found:
            at = text.find(word, max(0, pos + need.low), end)
            while at >= 0:
                starts.append(at)
                at = text.find(word, at + 1, end)
        windows: list[tuple[int, int]] = []
        for at in sorted(starts):
            low, high = max(pos, at - need.high), min(end - 1, at - need.low)
            if low > high:
                continue
            if windows and low <= windows[-1][1] + 1:
                windows[-1] = (windows[-1][0], max(windows[-1][1], high))
            else:
                windows.append((low, high))
        return windows

    def _in_window(self, text: str, low: int, high: int, end: int) -> Iterator[re.Match[str]]:
        """The matches that start from ``low`` to ``high``, left to right without overlap, in text read to ``end``."""
        if self.reach is None:  # a match may read any length: the pattern is tried at each position
            pos = low
            while pos <= high:
                m = self.compiled.match(text, pos, end)
                if m is None:
                    pos += 1
                    continue
                yield m
                pos = m.end()
            return
        limit = min(end, high + self.reach + 2)  # beyond anything a match from the window reads (and $ sees)
        while low <= high:
            m = self.compiled.search(text, low, limit)
            if m is None or m.start() > high:
                return
            yield m
            low = m.end()


def _rarest(needs: tuple[Need, ...], text: str, pos: int, end: int) -> tuple[int, Need, list[str]] | None:
    """The need whose words stand least often in ``text[pos:end]`` (the first of the fewest), how often, and
    those of its words that stand there at all. A need is counted only until it reaches the best count so far: it
    cannot be fewer then (a rare first need spares the others' scans of the whole text: the counts are most of a
    scan's cost on texts without the words)."""
    best: tuple[int, Need, list[str]] | None = None
    for need in needs:
        floor = max(0, pos + need.low)
        count, found = 0, []
        for word in need.words:
            if best is not None and count >= best[0]:
                break
            if (n := text.count(word, floor, end)) > 0:
                count += n
                found.append(word)
        else:
            if best is None or count < best[0]:
                best = (count, need, found)
    return best


Scan = re.Pattern[str] | Anchored  # what scans a text: a pattern, or one tried near its words only


def windowed(pattern: re.Pattern[str]) -> Scan:
    """``pattern``, scanned near the words it needs when it has any (:func:`needs`); else ``pattern`` itself."""
    found = analyse(pattern)
    return pattern if found is None else Anchored(pattern, *found)


def guarded(source: str, flags: int = 0) -> str:
    """``source`` behind a look-ahead for the words its matches need (:func:`needs`), for a part of a bigger pattern
    that ``re`` tries at many positions and that fails at most: ``(?=(?s:.){low,high}?(?:words))`` fails in a few
    steps where no word is near, and the part matches where it did (the look-ahead holds wherever the part
    matches). Unchanged when no need of words of two characters or more is found.

    >>> guarded("[^，]{1,4}?(?:医院|中学)")
    '(?=(?s:.){1,4}?(?:中学|医院))(?:[^，]{1,4}?(?:医院|中学))'
    """
    found = remember(source, flags, _guard)
    if found is None:
        return source
    words, low, high = found
    return f"(?=(?s:.){{{low},{high}}}?(?:{words}))(?:{source})"


def _guard(source: str, flags: int) -> tuple[str, int, int] | None:
    """The words (as an alternation) and the window of :func:`guarded`'s look-ahead; None for none."""
    analysed = _analysed(source, flags)
    if analysed is None:
        return None
    usable = [(words, low, high) for words, low, high in analysed[0] if low >= 0 and min(map(len, words)) >= 2]
    if not usable:
        return None
    words, low, high = usable[0]
    return "|".join(re.escape(w) for w in words), low, high


def analyse(pattern: re.Pattern[str]) -> tuple[tuple[Need, ...], int | None] | None:
    """The needs of ``pattern`` and its reach; None when it has no need, may match empty, or ignores case.

    Worked out from ``re``'s parse of the pattern (pure Python: milliseconds for a big one), so kept on disk with
    the compiled patterns (:func:`kg.pipeline.compiled.remember`).
    """
    if not isinstance(pattern.pattern, str):
        return None
    found = remember(pattern.pattern, pattern.flags, _analysed)
    if found is None:
        return None
    kept, extent = found
    return tuple(Need(tuple(words), low, high) for words, low, high in kept), extent


def _analysed(source: str, flags: int) -> tuple[tuple[tuple[tuple[str, ...], int, int], ...], int | None] | None:
    """What :func:`analyse` gives, as plain tuples (what ``marshal`` stores)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(source, flags)
        if parsed.getwidth()[0] == 0:
            return None  # empty matches: finditer's own rules for them are not worth repeating
        found = needs(parsed.data)
        extent = reach(parsed.data)
    except (_Unknown, re.error, IndexError, TypeError):
        return None
    if not found:
        return None
    ranked = sorted(set(found), key=_cost)[:4]
    return tuple((n.words, n.low, n.high) for n in ranked), extent


class _Unknown(Exception):
    """A construct whose width the analysis does not follow (back references, conditions)."""


def needs(items: list, low: int = 0, high: int = 0) -> list[Need]:
    """The needs of a parsed sequence whose start stands ``low`` to ``high`` characters after the match's.

    Literals in a row, and alternations of literals among them, spell words together (等部门, 等单位 of
    ``等(?:部门|单位)``): the longer the words, the rarer.
    """
    out: list[Need] = []
    run: set[str] = set()  # the words spelled by the literals in a row so far
    run_at = (low, high)
    for op, av in items:
        spelled = _spelled(op, av)
        if spelled is not None and len(run or {""}) * len(spelled) <= MAX_WORDS:
            if not run:
                run, run_at = {""}, (low, high)
            run = {w + s for w in run for s in spelled}
        else:
            if run:
                out.append(Need(tuple(sorted(run)), *run_at))
            run = set()
            if spelled is not None and len(spelled) <= MAX_WORDS:
                run, run_at = set(spelled), (low, high)
            else:
                out += _item_needs(op, av, low, high)
        width = _width(op, av)
        low, high = low + width[0], min(UNBOUNDED, high + width[1])
    if run:
        out.append(Need(tuple(sorted(run)), *run_at))
    return [n for n in out if n.high < UNBOUNDED and len(n.words) <= MAX_WORDS and all(n.words)]


def _spelled(op: Any, av: Any) -> set[str] | None:
    """The words a parsed item spells when it is literals only (a literal, a small class, an alternation or group
    of literals); None for anything else."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        chars = _class_chars(av)
        return chars if chars and len(chars) <= MAX_WORDS else None
    if op is sre.SUBPATTERN:
        return _spelled_sequence(av[-1].data)
    if op is sre.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            spelled = _spelled_sequence(alternative.data)
            if spelled is None or len(words | spelled) > MAX_WORDS:
                return None
            words |= spelled
        return words
    return None


def _spelled_sequence(items: list) -> set[str] | None:
    """The words a parsed sequence of literals only spells; None if anything else is in it."""
    words = {""}
    for op, av in items:
        spelled = _spelled(op, av)
        if spelled is None or len(words) * len(spelled) > MAX_WORDS:
            return None
        words = {w + s for w in words for s in spelled}
    return words


def _item_needs(op: Any, av: Any, low: int, high: int) -> list[Need]:
    """The needs of one parsed item (not a literal) starting ``low`` to ``high`` after the match's start."""
    if op is sre.IN:
        chars = _class_chars(av)
        return [Need(tuple(sorted(chars)), low, high)] if chars and len(chars) <= MAX_WORDS else []
    if op is sre.SUBPATTERN:
        return needs(av[-1].data, low, high)
    if op is sre.ATOMIC_GROUP:
        return needs(av.data, low, high)
    if op in _REPEATS:
        return needs(av[2].data, low, high) if av[0] >= 1 else []
    if op is sre.ASSERT:
        direction, sub = av
        back = 0 if direction == 1 else sub.getwidth()[0]  # a look-behind's words end where it stands
        return needs(sub.data, low - back, high - back)
    if op is sre.BRANCH:
        each = [min(needs(alt.data, low, high), key=_cost, default=None) for alt in av[1]]
        if not each or any(n is None for n in each):
            return []
        words = tuple(sorted({w for n in each if n is not None for w in n.words}))
        return [Need(words, min(n.low for n in each if n), max(n.high for n in each if n))]
    return []


def _cost(need: Need) -> tuple[int, int, int]:
    """The order in which needs are preferred: long words, few of them, a narrow window."""
    return (-min(len(w) for w in need.words), len(need.words), need.high - need.low)


def _width(op: Any, av: Any) -> tuple[int, int]:
    """The least and most characters one parsed item consumes."""
    if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
        raise _Unknown
    lo, hi = sre_parse.SubPattern(sre_parse.State(), [(op, av)]).getwidth()
    return lo, min(hi, UNBOUNDED)


def reach(items: list) -> int | None:
    """How many characters from where ``items`` start a match of them may read, look-aheads included; None if
    unbounded."""
    read = _reach(items)[1]
    return None if read >= UNBOUNDED else read


def _reach(items: list) -> tuple[int, int]:
    """The most characters ``items`` consume and the furthest they read, from where they start."""
    pos = read = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            _, sub_read = _reach(sub.data)
            back = 0 if direction == 1 else sub.getwidth()[0]
            read = max(read, pos - back + sub_read)
            continue
        if op is sre.AT:
            read = max(read, pos + 1)  # $ and \b look at the character at their position
            continue
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            width, sub_read = _reach((av[-1] if op is sre.SUBPATTERN else av).data)
        elif op is sre.BRANCH:
            both = [_reach(alt.data) for alt in av[1]]
            width, sub_read = max(w for w, _ in both), max(r for _, r in both)
        elif op in _REPEATS:
            one, one_read = _reach(av[2].data)
            if av[1] >= UNBOUNDED or one >= UNBOUNDED:
                return UNBOUNDED, UNBOUNDED
            width = one * av[1]
            sub_read = one * max(av[1] - 1, 0) + one_read if av[1] else 0
        else:
            width = sub_read = _width(op, av)[1]
        read = max(read, pos + sub_read)
        pos = min(UNBOUNDED, pos + width)
        if pos >= UNBOUNDED:
            return UNBOUNDED, UNBOUNDED
    return pos, max(read, pos)
