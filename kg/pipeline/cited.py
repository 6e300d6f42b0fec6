"""Documents cited by name without 《》: newspapers (据甘肃日报报道, 人民日报), and the guard on a treaty's Latin
acronym used as a modifier (RCEP成员国). Parts of :mod:`kg.pipeline.titles`."""

from __future__ import annotations

import re

from kg.pipeline.anchors import windowed
from kg.pipeline.gazetteer import load_gazetteer

# National papers everyone cites without 《》; a place's own paper is found from the place (甘肃日报, 定西日报).
NATIONAL_PAPERS = re.compile("人民日报|光明日报|经济日报|法治日报|工人日报|农民日报|科技日报|中国青年报|解放军报"
                             "|中国纪检监察报|学习时报|中国日报")
PAPER_AFTER_PLACE = re.compile("(?:日报|晚报|都市报)(?!社)")
# 来源：桐岭日报, 据钟岚晚报报道: a paper a page cites as its source, of a place kg may not know
CITED_PAPER = windowed(re.compile(
    "(?:(?<=来源：)|(?<=来源:)|(?<=来源 )|(?<=据))[\u4e00-\u9fff]{2,4}(?:日报|晚报|都市报)(?!社)"))  # (near 报 only)


def unmarked_newspapers(text: str, places: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of newspapers named without 《》: a national paper, or a place's daily (据甘肃日报报道); not their
    offices (甘肃日报社), not a title already in 《》, not the outlet a reporter works for (人民日报记者).

    >>> text = "据甘肃日报报道，人民日报、《定西日报》和甘肃日报社。来源：桐岭晚报"
    >>> [text[s:e] for s, e in unmarked_newspapers(text)]
    ['甘肃日报', '人民日报', '桐岭晚报']
    """
    if places is None:
        places = load_gazetteer().find(text)
    spans = [m.span() for m in NATIONAL_PAPERS.finditer(text) if not text.startswith("社", m.end())]
    spans += [(start, m.end()) for start, end in places if (m := PAPER_AFTER_PLACE.match(text, end))]
    spans += [m.span() for m in CITED_PAPER.finditer(text) if (m.start(), m.end()) not in spans]
    return sorted((s, e) for s, e in spans if text[s - 1 : s] != "《" and not text.startswith("记者", e))


# RCEP成员国, RCEP示范项目集聚区: a treaty's Latin acronym before a noun names what it concerns, no document (RCEP
# 生效, 落实RCEP规则: the treaty)
ACRONYM_NOUN_AFTER = re.compile("(?!协定|规则|生效|实施|框架|条款|的)[\u4e00-\u9fff]")


def acronym_as_modifier(text: str, m: re.Match[str]) -> bool:
    """Whether the cited name ``m`` is a Latin acronym a noun follows (RCEP国际教育合作区: no document)."""
    return m.group().isascii() and ACRONYM_NOUN_AFTER.match(text, m.end()) is not None
