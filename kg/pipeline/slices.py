"""Whether a regex matches the whole of a stretch of text, remembered by what the regex can see of it.

``pattern.fullmatch(text, start, end)`` reads ``text[start:end]`` and, through its look-behinds, at most
``behind`` characters before ``start``; nothing else (``endpos`` cuts the text, and a pattern without ``^``,
``\\A`` or ``\\b`` cannot tell where the text starts beyond what it reads). So the answer depends on those
characters only, and a name that recurs across a corpus (市委巡察办, its places masked) is matched once. The
institution finder asks this of every cut of every body it looks for a parent in: most answers repeat.

Examples
--------
>>> import re
>>> units = SliceCache(re.compile(r"(?:(?<=委)巡察办|第[一二三]巡察组)+"), behind=1)
>>> units.fullmatches("县委巡察办第一巡察组", 2, 10), units.fullmatches("县政巡察办", 2, 5)
(True, False)
>>> units.fullmatch("市委巡察办", 2, 5).group()  # a match where there is one (found again, not remembered)
'巡察办'
"""

from __future__ import annotations

import re

MAX_ENTRIES = 200_000  # the answers remembered at most (a few dozen MB); beyond, the cache starts afresh


class SliceCache:
    """``pattern``'s full matches of stretches of text, remembered as yes or no; ``behind``: the widest look-behind
    of ``pattern`` (the tests check it against the parsed pattern)."""

    def __init__(self, pattern: re.Pattern[str], *, behind: int) -> None:
        self.pattern = pattern
        self.behind = behind
        self.known: dict[tuple[str, int], bool] = {}

    def fullmatches(self, text: str, start: int, end: int) -> bool:
        """Whether ``pattern.fullmatch(text, start, end)`` matches."""
        seen = max(0, start - self.behind)
        key = (text[seen:end], start - seen)
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= MAX_ENTRIES:
                self.known.clear()
            found = self.known[key] = self.pattern.fullmatch(text, start, end) is not None
        return found

    def fullmatch(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``pattern.fullmatch(text, start, end)``, without running the pattern where it is known to fail."""
        return self.pattern.fullmatch(text, start, end) if self.fullmatches(text, start, end) else None
