"""Two kinds of practice named by a nationwide pattern rather than a head word: an emergency response of a hazard
and level (防汛Ⅳ级应急响应, 防台风应急响应), and the cooperation of two places named by their abbreviations
(苏铜协作, 川渝合作, 青岛·陇南东西部协作).

Examples
--------
>>> text = "省防指启动防汛Ⅲ级应急响应。会议通报了苏铜协作情况，苏州市与铜仁市签订协议。"
>>> places = [(text.index(name), text.index(name) + 3) for name in ("苏州市", "铜仁市")]
>>> [text[f.start : f.end] for f in emergency_responses(text) + paired_cooperation(text, places)]
['防汛Ⅲ级应急响应', '苏铜协作']
"""

from __future__ import annotations

import re

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.spans import HAN, Found

# the hazards a headquarters responds to, longest first (防汛抗旱 before 防汛)
HAZARDS = tuple("""森林草原防灭火 森林防灭火 草原防灭火 低温雨雪冰冻 重污染天气 地质灾害 气象灾害 防汛抗旱 防汛防台风
防汛防台 防台风 防台 防汛 抗旱 防风 防冻 地震 救灾 防疫""".split())
LEVEL = "(?:[ⅠⅡⅢⅣ]|IV|I{1,3}|[一二三四])级"
RESPONSE = re.compile(f"(?:{'|'.join(HAZARDS)})(?:{LEVEL})?(?:应急)?响应|(?<![\\w])(?:{LEVEL})应急响应")

# 京津沪渝…: the one-character names of the provinces (and the second ones some go by: 蜀, 黔, 滇, 秦, 陇)
PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳")
# (普丘协作产业园: a park the pair built, named by it)
COOPERATION = "(?:东西部|对口|劳务|产业|区域)?(?:协作|合作|对口支援|对口帮扶)(?!产业园|园区|示范园|工业园|[园区])"
WORK_TOGETHER = re.compile(COOPERATION)  # (searched for its words, the pair's two characters read before them)
NAMED_PAIR = re.compile(f"(?P<a>[{HAN}]{{2,4}})[·•・](?P<b>[{HAN}]{{2,4}}){COOPERATION}")
# words made of two such characters that are no pair of places (加强协作 has none; 宁新? none in use)
NOT_PAIRS = frozenset(("青年", "新青", "云川"))


def emergency_responses(text: str) -> list[Found]:
    """The emergency responses named in ``text`` by their hazard and level (防汛Ⅳ级应急响应, 抗旱四级应急响应,
    防台风应急响应; a level alone before 应急响应 too).

    >>> [text[f.start : f.end] for text in ["县防指启动抗旱四级应急响应。"] for f in emergency_responses(text)]
    ['抗旱四级应急响应']
    """
    if "响应" not in text:
        return []
    return [Found(m.start(), m.end(), "MECH", "practice") for m in RESPONSE.finditer(text)]


def paired_cooperation(text: str, places: list[tuple[int, int]]) -> list[Found]:
    """The cooperation of two places named by one character each (苏铜协作, 深哈对口合作) or in full joined by a
    dot (青岛·陇南东西部协作): each character a province's short name or the first of a place ``text`` names (its
    place names' spans), the two different.

    >>> text = "深圳市与哈尔滨市推进深哈对口合作，加强协作。"
    >>> [text[f.start : f.end] for f in paired_cooperation(text, [(0, 3), (4, 8)])]
    ['深哈对口合作']
    """
    if "协作" not in text and "合作" not in text and "对口" not in text:
        return []
    firsts = {text[start] for start, _ in places} | PROVINCE_ABBREVIATIONS
    found = []
    for m in WORK_TOGETHER.finditer(text):
        start = m.start() - 2
        a, b = text[start : start + 1], text[start + 1 : m.start()]
        if start >= 0 and a != b and a in firsts and b in firsts and a + b not in NOT_PAIRS \
                and not (start > 0 and text[start - 1] in firsts):  # (京津冀协作: three, no pair)
            found.append(Found(start, m.end(), "MECH", "practice"))
    gazetteer = load_gazetteer()
    for m in NAMED_PAIR.finditer(text):
        if all(gazetteer.prefix(m.group(side)) > 0 or gazetteer.resolve(m.group(side)) for side in "ab"):
            found.append(Found(m.start(), m.end(), "MECH", "practice"))
    return found

