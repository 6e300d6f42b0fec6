"""The bodies a policy document names as responsible for one of its tasks, in brackets after it (…建立…机制。
（交通运输部牵头，国家邮政局按职责分工负责）): the subject of that task's sentences that name none of their own."""

from __future__ import annotations

import re

from kg.pipeline.spans import Ent

# （A牵头，B、C按职责分工负责）, （A、B负责）, （责任单位：A、B）, （牵头单位：A；配合单位：B）: a note at the
# end of the paragraph
RESPONSIBLE_NOTE = re.compile(r"(?<=[。；;])[（(](?:(?:牵头|责任|主办|配合)单位[：:])?[^（）()\n]{2,120}?"
                              r"(?:牵头|负责|按职责分工负责|按职责负责|参与|配合)?[）)][。；;]?[ \t　]*$")
NOTE_WORDS = re.compile("牵头|负责|责任单位|牵头单位")  # (a bracket with none of them is no note: （试行）, （2025年）)
# what a note holds besides the bodies' names: nothing else (（由市纪委监委负责解释）: no note of who does the task)
NOTE_REST = re.compile(r"[（()）、，,；;：:。\s　和及]|(?:牵头|责任|主办|配合)单位|牵头|按职责分工负责|按职责负责|负责"
                       r"|参与|配合|等")
NOTE_LABEL = re.compile("(?:牵头|责任|主办|配合)单位")
NOTE_CHARS = 140  # the longest note looked for before a paragraph's end


def responsible(text: str, start: int, views: list[Ent]) -> list[Ent]:
    """The bodies the note at the end of the paragraph starting at ``start`` makes responsible for it (none when
    it has no note); ``views``: the document's entities, in order.

    >>> from types import SimpleNamespace as Span
    >>> text = "（二）建立健全协作机制。（交通运输部牵头，国家邮政局负责）\\n其他。"
    >>> views = [Span(label_="ORG", start_char=13, end_char=18), Span(label_="ORG", start_char=21, end_char=26)]
    >>> [text[s.start_char : s.end_char] for s in responsible(text, 0, views)]
    ['交通运输部', '国家邮政局']
    """
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    note = RESPONSIBLE_NOTE.search(text, max(start, end - NOTE_CHARS), end)
    if note is None or NOTE_WORDS.search(text, note.start(), note.end()) is None:
        return []
    bodies = [s for s in views if s.label_ == "ORG" and note.start() < s.start_char and s.end_char < note.end()
              and not NOTE_LABEL.fullmatch(text, s.start_char, s.end_char)]  # (牵头单位：…: the note's label)
    rest, pos = [], note.start()
    for body in bodies:
        rest.append(text[pos : body.start_char])
        pos = max(pos, body.end_char)
    rest.append(text[pos : note.end()])
    return bodies if bodies and not NOTE_REST.sub("", "".join(rest)) else []
