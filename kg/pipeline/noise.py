"""Boilerplate of scraped pages: image captions, share buttons, disclaimers, bylines, "来源" lines, page headers
and footers (发布时间…浏览次数, 版权所有, ICP备, breadcrumbs).

Marks their character ranges in ``doc._.kg_noise``; the entity components skip anything inside them, so a
caption repeated twelve times creates no entity and no duplicate evidence.

Examples
--------
>>> noise_ranges("标题(1)\\n正文。\\n标题(2)\\n分享\\n来源:某网")
[(0, 5), (10, 15), (16, 18), (19, 24)]
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.spans import doc_text
from kg.pipeline.verbs import read_data, read_rows

if not Doc.has_extension("kg_noise"):
    Doc.set_extension("kg_noise", default=[])

# Lines that carry page furniture, not article text: the rows of kg/data/noise_lines.tsv, addresses and filing
# numbers (ICP备), breadcrumbs
_ROWS = list(read_rows(read_data("noise_lines.tsv"), 2))
FURNITURE = re.compile(
    rf"^(?:{'|'.join(text for text, kind in _ROWS if kind == 'line')})[:：]?$"
    rf"|^(?:{'|'.join(text for text, kind in _ROWS if kind == 'label')})\s*[:：]"
    r"|@[A-Za-z0-9.-]+\.[a-z]{2,}|https?://|ICP备|公网安备|^首页\s*[>›»]"
)
MAX_FURNITURE = 300  # characters; disclaimers are long, articles on one line are longer
_CAPTION_NUMBER = re.compile(r"\s*[(（]\d+[)）]\s*$")
_CAPTION_ENDS = (")", "）")  # how a stripped line with a caption number ends: the test before the regex's scan


_ARROWS = frozenset(">›»")  # a line of its own between a breadcrumb's items
_BUTTON_BREAKS = re.compile(r"[\s|｜/／·•【】\[\]：:]+")


def _buttons(line: str) -> bool:
    """Whether a short line is a row of page buttons, each of them furniture (下载 打印 【字号：大 中 小】).

    >>> _buttons("下载 打印 【字号：大 中 小】"), _buttons("青禾县 打印 文件")
    (True, False)
    """
    if len(line) > 60:
        return False  # (before the split: most lines are longer)
    words = [w for w in _BUTTON_BREAKS.split(line) if w]
    return len(words) > 1 and all(FURNITURE.fullmatch(w) for w in words)


def furniture(line: str) -> bool:
    """Whether a stripped line is page furniture (a button, a breadcrumb, a labelled byline), whatever repeats.

    >>> furniture("全屏"), furniture("来源：青禾日报"), furniture("青禾县2026年政府工作报告")
    (True, True, False)
    """
    return len(line) <= MAX_FURNITURE and bool(FURNITURE.search(line) or _buttons(line))


def _line_key(line: str) -> str:
    """What a stripped line is repeated as: without its caption number and spaces (图为会议现场（2） → 图为会议现场)."""
    return "".join((_CAPTION_NUMBER.sub("", line) if line.endswith(_CAPTION_ENDS) else line).split())  # (as \s+)


def noise_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of boilerplate lines: furniture, and short lines repeated as captions."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    keys = {line: _line_key(line) for _, _, line in lines if line}
    repeated = Counter(keys[line] for _, _, line in lines if line)
    ranges = []
    shown = [line for _, _, line in lines if line]
    arrows = {i for i, line in enumerate(shown) if line in _ARROWS}
    crumbs = {shown[i] for a in arrows for i in (a - 1, a + 1) if 0 <= i < len(shown) and len(shown[i]) <= 20}
    for start, end, line in lines:
        if not line:
            continue
        if line in crumbs:  # 首页 > 政务公开 > …, one item a line: a breadcrumb
            ranges.append((start, end))
            continue
        caption = repeated[keys[line]] > 1 and len(line) <= 60
        numbered = len(line) <= 40 and line.endswith(_CAPTION_ENDS) and _CAPTION_NUMBER.search(line)
        if caption or numbered:
            ranges.append((start, end))
        elif furniture(line):
            ranges += _without_source(text, start, end)
    return ranges


# 来源：青禾县纪委监委　2025-03-01: the body or paper a page names as its source is a mention (the rest is furniture)
SOURCE_LABEL = re.compile(r"(?:^|(?<=\s))\s*(?:信息来源|稿件来源|来源)\s*[:：]\s*")
SOURCE_VALUE = re.compile(r"[\u4e00-\u9fff《》（）()]{4,40}")


def _without_source(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The furniture ranges of the line ``start``–``end``: the whole line, but the name after a 来源 label.

    >>> text = "来源：青禾县纪委监委　2025-03-01"
    >>> [text[s:e] for s, e in _without_source(text, 0, len(text))]
    ['来源：', '　2025-03-01']
    >>> text = "发布时间：2024-10-25　来源：青禾县政协办公室"
    >>> [text[s:e] for s, e in _without_source(text, 0, len(text))]
    ['发布时间：2024-10-25　来源：']
    """
    label = SOURCE_LABEL.search(text, start, end)  # (发布时间：2024-10-25　来源：…: anywhere in the line)
    value = SOURCE_VALUE.match(text, label.end(), end) if label else None
    if label is None or value is None:
        return [(start, end)]
    return [r for r in ((start, value.start()), (value.end(), end)) if r[0] < r[1]]


@Language.component("kg_noise", assigns=["doc._.kg_noise"])
def mark_noise(doc: Doc) -> Doc:
    """Mark boilerplate lines of ``doc`` (see :func:`noise_ranges`)."""
    doc._.kg_noise = noise_ranges(doc_text(doc))
    return doc
