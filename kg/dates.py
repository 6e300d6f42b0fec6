"""Dates a text states, as precise as it states them: ``2024``, ``2024-03`` or ``2024-03-08``.

Pure functions over a text and the character spans of what kg found in it:

- a **source text** is dated by a 发布时间 / 发布日期 / 时间 / 日期 line, else a date in its title line, else a
  line that is a date alone near its top or bottom (a dateline, a signature date under a notice), else the line
  under its title (——2025年1月9日在…会议上, （2024年9月26日…通过）);
- a **document** (DOC) by the date before the verb that issued it in one clause (2022年3月制定出台《…》), or just
  after its title (《…》于2023年5月印发), else, when it is the text's own headline, by the text's date, else by
  the year of its number (〔2023〕12号);
- a **relation** by the first date its sentence states, else it inherits its source's.

Dates are written 2024年3月8日, 二〇二四年三月八日 or 2024-03-08 (also with ``.`` or ``/``). A month and day
without a year (7月12日) take the year last stated before them in the text, or the source's; 今年 and 去年 count
from the source's year. A year after a dash, 至 or 到 ends a period or names a target (2024—2028年, 到2035年)
and dates nothing.

Examples
--------
>>> [d.value() for d in find_dates("2022年3月制定出台，二〇二四年三月八日印发，2025-10-08发布，规划期2024—2028年")]
['2022-03', '2024-03-08', '2025-10-08']
>>> notice = "关于印发《青禾县巡察办法》的通知\\n正文。\\n中共青禾县委\\n2024年3月8日\\n"
>>> source_date(notice, notice.split("\\n")[0])
'2024-03-08'
>>> xsd_type("2024-03"), xsd_type("2024")
('gYearMonth', 'gYear')
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.pipeline.anchors import windowed

if TYPE_CHECKING:
    from kg.records import DocRecord, Entity

_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
# What may stand before a date: the lookbehinds are checked after a match (see _starts_a_date), since a pattern
# that opens with them is tried character by character and would take three times as long.
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?)?"
    r"|(?P<iy>(?:19|20)\d{2})(?P<sep>[-./])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?![\d.])"
    r"|(?P<cy>[〇零一二三四五六七八九]{4})年(?:(?P<cm>[一二三四五六七八九十]{1,2})月(?:(?P<cd>[一二三四五六七八九十]{1,3})日)?)?"
    r"|(?P<rel>今年|本年|去年|上年|前年)(?:(?P<rm>\d{1,2})月(?:(?P<rd>\d{1,2})[日号])?)?"
    r"|(?P<mm>\d{1,2})月(?:(?P<md>\d{1,2})[日号])?"
)
_ANCHOR = re.compile(r"[年月\-./]")  # a dash, dot or slash counts between digits only (checked after)
# a year after these ends a period (2024—2028年, 2024年4月至2025年3月) or names a target (到2035年)
_PERIOD_END = re.compile(r"(?:\d|[\d年月日][—\-–~～至]|到)\Z")
_YEARS_BACK = {"今年": 0, "本年": 0, "去年": 1, "上年": 1, "前年": 2}
_LABEL = windowed(re.compile(
    r"(?:^|[\s|｜丨])[【\[]?(?:发布|发文|成文|印发|公开|公布|更新)?(?:时间|日期)[】\]]?\s*[:：]\s*", re.MULTILINE))
_TIME = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_DATE_ONLY = re.compile(rf"[\s（(【\[]*(?:{_DATE.pattern}){_TIME}[\s）)】\]]*")
_ISSUE_VERBS = re.compile("制定|出台|印发|发布|颁布|公布|修订|通过|施行|实施|签订|签署|会签|编制|下发|审议")
_AFTER_TITLE = re.compile(r"[》\s]*(?:已?于|自)?\s*$")
_AFTER_DATE = re.compile(r"\s*起?(?:正式)?(?:印发|发布|颁布|公布|施行|实施|出台|通过|下发)")
_CLAUSE_END = re.compile("[。；;！!？?\n]")
_HEADLINE_VERB = re.compile(r"(?:印发|发布|出台|转发|颁布)\s*《?$")
_NOTES = re.compile(r"[(（][^()（）]*[)）]")
EDGE_LINES = 6  # non-empty lines at the top and at the bottom of a text where a dateline or signature stands
TOP_LINES = 12  # (a saved page's: its title, the site's path and a source line above the dateline)
SUBTITLE_LINES = 3  # lines under the title where its subtitle may stand (a second title line above it)


@dataclass(frozen=True, slots=True)
class Stated:
    """A date as written: year, month and day as far as given; ``back`` years before the source's (今年 0)."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    back: int | None = None

    def value(self, year: int | None = None, source_year: int | None = None) -> str | None:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a date without its year takes ``year`` (一月八日 after 2024年),
        a relative one counts back from ``source_year``; None when that is unknown or the date does not exist."""
        y = self.year
        if self.back is not None:
            y = source_year - self.back if source_year is not None else None
        elif y is None:
            y = year if year is not None else source_year
        if y is None:
            return None
        try:
            datetime.date(y, self.month or 1, self.day or 1)
        except ValueError:
            return None
        return f"{y:04d}" + (f"-{self.month:02d}" if self.month else "") + (f"-{self.day:02d}" if self.day else "")


def _cn_number(text: str | None) -> int | None:
    """二〇二四 → 2024, 十二 → 12, 二十八 → 28."""
    if not text:
        return None
    if len(text) == 4:
        return int("".join(str(_CN[c]) for c in text))
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _CN[text]
    return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[Stated]:
    """Every date stated in ``text[start:end]`` that has its year, in order (see :func:`find_all` for all)."""
    return [d for d in find_all(text, start, end) if d.year is not None]


def find_all(text: str, start: int = 0, end: int | None = None) -> list[Stated]:
    """Every date written in ``text[start:end]``, with or without its year, in order.

    >>> [(d.year, d.month, d.day, d.back) for d in find_all("今年3月，7月12日召开会议")]
    [(None, 3, None, 0), (None, 7, 12, None)]
    """
    found: list[Stated] = []
    for m in _matches(text, start, len(text) if end is None else end):
        g = m.groupdict()
        if g["y"]:
            found.append(Stated(m.start(), m.end(), int(g["y"]), _int(g["m"]), _int(g["d"])))
        elif g["iy"]:
            found.append(Stated(m.start(), m.end(), int(g["iy"]), int(g["im"]), int(g["id"])))
        elif g["cy"]:
            found.append(Stated(m.start(), m.end(), _cn_number(g["cy"]), _cn_number(g["cm"]), _cn_number(g["cd"])))
        elif g["rel"]:
            found.append(Stated(m.start(), m.end(), None, _int(g["rm"]), _int(g["rd"]), _YEARS_BACK[g["rel"]]))
        else:
            found.append(Stated(m.start(), m.end(), None, int(g["mm"]), _int(g["md"])))
    return [d for d in found if d.value(2000, 2000)]  # 2月30日 is no date (2000: a leap year)


def _matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The date patterns' matches in ``text[start:end]``, tried only around a 年, a 月 or a dash between digits
    (every date has one, at most 6 characters after its start and 16 before its end): most of a text has none,
    and the pattern is slow to try at every character."""
    lo = hi = -1
    for anchor in _ANCHOR.finditer(text, start, end):
        at = anchor.start()
        if text[at] in "-./" and not (text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()):
            continue
        if at - 6 > hi >= 0:
            yield from _matches_in(text, lo, hi)
            lo = -1
        lo = max(start, at - 6) if lo < 0 else lo
        hi = min(end, at + 17)
    if lo >= 0:
        yield from _matches_in(text, lo, hi)


def _matches_in(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    return (m for m in _DATE.finditer(text, lo, hi) if _starts_a_date(text, m))


def _starts_a_date(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 2) : m.start()]
    if m.group("y") or m.group("iy"):
        return not _PERIOD_END.search(before)
    if m.group("mm"):
        return not before[-1:].isdigit() and before[-1:] not in ("年", "月")
    return True


def xsd_type(value: str) -> str:
    """The XML Schema type a date of that precision has: ``date``, ``gYearMonth`` or ``gYear``."""
    return {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")


def earlier(a: str | None, b: str | None) -> str | None:
    """Of two dates of one thing, the more precise when they agree (2024 and 2024-03-08), else the earlier.

    >>> earlier("2024", "2024-03-08"), earlier("2023-05", "2024-01-02"), earlier(None, "2024")
    ('2024-03-08', '2023-05', '2024')
    """
    if not a or not b:
        return a or b
    if a.startswith(b) or b.startswith(a):
        return max(a, b, key=len)
    return min(a, b)


def title_span(text: str, title: str) -> tuple[int, int]:
    """The line of ``text`` that holds its title (the record's ``title``), or (0, 0)."""
    start = text.find(title.rstrip("…")) if title else -1
    if start < 0:
        return 0, 0
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end < 0 else line_end


def source_date(text: str, title: str) -> str | None:
    """The date of a source text (see the module's rules), or None."""
    for m in _LABEL.finditer(text):
        found = find_dates(text, m.end(), min(len(text), m.end() + 24))
        if found and found[0].start == m.end() and (value := found[0].value()):
            return value
    start, end = title_span(text, title)
    in_title = [d for d in find_dates(text, start, end) if d.month]
    if in_title and (value := in_title[0].value()):
        return value
    return _dateline(text) or _subtitle_date(text, end)


def _dateline(text: str) -> str | None:
    """A line that is a date alone (a time may follow) among the first and last few lines of the text."""
    lines = [line for line in text.split("\n") if line.strip()]
    edge = lines[:TOP_LINES] + lines[-EDGE_LINES:] if len(lines) > TOP_LINES + EDGE_LINES else lines
    for line in edge:
        if _DATE_ONLY.fullmatch(line):
            dates = find_dates(line)
            if dates and (value := dates[0].value()):
                return value
    return None


def _subtitle_date(text: str, title_end: int) -> str | None:
    """The first date of a line just under the title (its subtitle: 政府工作报告 / ——2026年1月27日在…会议上),
    when that line opens with it or with —— or a bracket.

    >>> _subtitle_date("2026年青禾省政府工作报告\\n政府工作报告\\n——2026年1月27日在青禾省人民代表大会上", 13)
    '2026-01-27'
    """
    if not title_end:
        return None
    start = title_end + 1
    for _ in range(SUBTITLE_LINES):  # (line by line: no copy of the rest of the text)
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        dates = find_dates(line)
        if dates and re.fullmatch(r"[\s—–\-（(【\[]*", line[: dates[0].start]):
            return dates[0].value()
        if end < 0:
            return None
        start = end + 1
    return None


class _Resolver:
    """Values of the dates stated in one text, each resolved against the year last stated before it."""

    def __init__(self, text: str, source: str | None) -> None:
        self.all = find_all(text)
        self.starts = [d.start for d in self.all]
        self.source_year = int(source[:4]) if source else None
        years = [(d.start, d.year) for d in self.all if d.year is not None]
        self.year_starts, self.years = [s for s, _ in years], [y for _, y in years]

    def value(self, d: Stated) -> str | None:
        i = bisect.bisect_left(self.year_starts, d.start) - 1
        return d.value(self.years[i] if i >= 0 else None, self.source_year)

    def first(self, start: int, end: int) -> str | None:
        """The first date stated in ``[start, end)`` that resolves."""
        for d in self.all[bisect.bisect_left(self.starts, start) :]:
            if d.start >= end:
                break
            if d.end <= end and (value := self.value(d)):
                return value
        return None

    def before(self, pos: int, floor: int) -> list[Stated]:
        """The dates between ``floor`` and ``pos``, nearest first."""
        lo, hi = bisect.bisect_left(self.starts, floor), bisect.bisect_left(self.starts, pos)
        return [d for d in reversed(self.all[lo:hi]) if d.end <= pos]


def document_date(text: str, entity: Entity, resolver: _Resolver, headline: tuple[int, int],
                  source: str | None) -> str | None:
    """The date of one document (see the module's rules), or None."""
    for m in sorted(entity.mentions, key=lambda m: m.start):
        if (value := _issued_in_clause(text, m.start, m.end, resolver)) is not None:
            return value
    if entity.subtype != "newspaper" and source and any(_is_headline(text, m.start, m.end, headline)
                                                        for m in entity.mentions):
        return source
    for m in entity.mentions:
        if entity.subtype == "number" or re.search(r"[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$", m.text):
            year = re.search(r"\d{4}", m.text)
            return year.group() if year else None
    return None


def _issued_in_clause(text: str, start: int, end: int, resolver: _Resolver) -> str | None:
    """A date issuing the title at ``[start, end)``: 2022年3月制定出台《…》, or 《…》于2023年5月印发."""
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    for d in resolver.before(start, clause):
        between = text[d.end : start]
        if _ISSUE_VERBS.search(between) and not _CLAUSE_END.search(between):
            return resolver.value(d)
    i = bisect.bisect_left(resolver.starts, end)
    after = resolver.all[i] if i < len(resolver.all) else None
    if after and after.start - end <= 6 and _AFTER_TITLE.fullmatch(text[end : after.start]) \
            and _AFTER_DATE.match(text, after.end):
        return resolver.value(after)
    return None


def _is_headline(text: str, start: int, end: int, headline: tuple[int, int]) -> bool:
    """Whether a title is the text's own headline (the title line ends with it, bar notes in brackets), or a
    document the headline issues (关于印发《…》的通知)."""
    line_start, line_end = headline
    if not (line_start <= start and end <= line_end and line_end > line_start):
        return False
    before, after = text[line_start:start].strip(), text[end:line_end].strip()
    return not before.strip("《") or bool(_HEADLINE_VERB.search(before)) or not _NOTES.sub("", after.lstrip("》"))


def date_record(record: DocRecord, text: str) -> DocRecord:
    """Give ``record`` (of ``text``) its dates: the source's, each document's, each relation's; returns it."""
    record.date = source_date(text, record.title)
    resolver = _Resolver(text, record.date)
    headline = title_span(text, record.title)
    for entity in _documents(record.entities):
        entity.date = document_date(text, entity, resolver, headline, record.date)
    for relation in record.relations:
        relation.date = resolver.first(relation.start, relation.end) or record.date
    return record


def _documents(entities: Iterable[Entity]) -> Iterable[Entity]:
    return (e for e in entities if e.type == "DOC")
