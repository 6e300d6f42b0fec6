"""Where the description of a mechanism's name starts: across joints, lists, formulas and verbs used as nouns.

The helpers of :class:`~kg.pipeline.mechanisms.MechanismFinder` that read the words before a head (建立健全A、B机制,
党委领导、政府负责、社会协同的治理格局, 闭环落实机制) and decide where the name begins.
"""

from __future__ import annotations

import re

from kg.pipeline.lexicons import BOUNDARY_WORDS, OBJECT_VERBS, SETS_UP_PRACTICE
from kg.pipeline.spans import HAN, extend_left, is_han

CLASSIFIERS = "项个条套种类批"  # 12项省级制度: a count of measures before a description

# Words a description of a mechanism runs across when it is the object of a verb before it: 和 and verbs used as
# nouns (信息通报会商机制, 巡察成果运用协作机制, 重大事项研究部署机制).
JOINTS = frozenset("和 与 运用 通报 会商 研究 部署 协调 联系 征求 督促".split())


def across_joint(text: str, start: int) -> int:
    """The start of a description joined by a word of JOINTS (防止返贫动态监测和帮扶机制) when the part
    before it is right after a verb that takes a mechanism (建立, 健全…): the whole is that verb's object.
    Else ``start``; also when the part before ends in a head of its own (巡察制度和整改机制 are two).

    >>> text, other = "建立防止返贫动态监测和帮扶机制", "以及其他监督和帮扶机制"
    >>> text[across_joint(text, 11):], other[across_joint(other, 7):]
    ('防止返贫动态监测和帮扶机制', '帮扶机制')
    >>> text = "建立巡察成果运用协作机制"
    >>> text[across_joint(text, 8):]
    '巡察成果运用协作机制'
    >>> text = "建立巡察制度和整改机制"
    >>> text[across_joint(text, 7):]
    '整改机制'
    """
    for size in (1, 2):
        joint = start - size
        if joint >= 2 and text[joint:start] in JOINTS:
            left = extend_left(text, joint, limit=10)
            if text.endswith(("机制", "制度", "体系", "格局", "模式"), left, joint):
                return start
            if joint - left >= 2 and text[max(0, left - 2) : left] in OBJECT_VERBS:
                return left
    return start


def four_character_list(text: str, at: int) -> list[tuple[int, int]]:
    """The items of a list of four-character phrases joined by 、 around the one starting at ``at``; each item
    stands between 、 and a boundary (punctuation, 等, a verb before the first).

    >>> text = "坚持边查边改、立行立改、严查严改，"
    >>> [text[s:e] for s, e in four_character_list(text, 7)]
    ['边查边改', '立行立改', '严查严改']
    """

    def clean_start(s: int) -> bool:
        return not is_han(text[s - 1 : s] or "，") or text[s - 2 : s] in BOUNDARY_WORDS or text[s - 1 : s] == "、"

    def clean_end(e: int) -> bool:
        return not is_han(text[e : e + 1] or "，") or text[e : e + 1] in "、等"

    if not (clean_start(at) and clean_end(at + 4)):
        return []
    start = at
    while text[start - 1 : start] == "、" and start >= 5 and all_han(text[start - 5 : start - 1], 4):
        if not clean_start(start - 5):
            break
        start -= 5
    end = at + 4
    while text[end : end + 1] == "、" and all_han(text[end + 1 : end + 5], 4) and clean_end(end + 5):
        end += 5
    return [(s, s + 4) for s in range(start, end, 5)]


def verb_after_body(text: str, verb: re.Match[str], orgs: list[tuple[int, int]], limit: int) -> re.Match[str] | None:
    """``verb``, or when it starts inside a body's name (构建 of 机构建立) the verb right after the name, if any."""
    end = next((e for s, e in orgs if s < verb.start() < e), None)
    return verb if end is None else SETS_UP_PRACTICE.match(text, end, limit)


def all_han(chars: str, size: int) -> bool:
    return len(chars) == size and all(map(is_han, chars))


def strip_front(text: str, start: int) -> int:
    """``start`` past a classifier after a figure (12项省级制度) or a suffix cut from its word (创新型企业…体系).

    >>> text = "制定12项省级制度"
    >>> text[strip_front(text, 4):]
    '省级制度'
    """
    if text[start : start + 1] in CLASSIFIERS and text[start - 1 : start].isdigit():
        return start + 1
    if m := re.match(f"[一二两三四五六七八九十几多数]+[{CLASSIFIERS}]", text[start : start + 4]):
        return start + m.end()  # 一批制度创新成果, 两项制度
    if text[start : start + 1] in ("型", "性", "式"):
        return start + 1
    return start


def item_start(text: str, end: int, start: int) -> int:
    """The start of a list item ending at ``end``: right after the 、 before it when one stands within ten
    characters (选题选人、经费支持: 经 is no boundary inside an item), else ``start``.

    >>> text = "完善选题选人、经费支持、成果评价等机制"
    >>> text[item_start(text, 11, 8):11]
    '经费支持'
    """
    sep = text.rfind("、", max(0, end - 10), end)
    if sep < 0 or sep + 1 >= start or re.search(r"[^\u4e00-\u9fff]", text[sep + 1 : start]):
        return start
    if text[start - 1] in "和与及或":
        return start  # 财务和会计: two items joined, as the list reads them
    return sep + 1


def formula_start(text: str, de: int) -> int | None:
    """Start of a formula of four-character phrases before the 的 at ``de`` (党委领导、政府负责、社会协同的…),
    which names the mechanism after it; None if there is none.

    >>> text = "形成党委领导、政府负责、社会协同的治理格局"
    >>> text[formula_start(text, 16):16]
    '党委领导、政府负责、社会协同'
    >>> text = "构建不敢骗、不能骗、不想骗的长效机制"
    >>> text[formula_start(text, 13):13]
    '不敢骗、不能骗、不想骗'
    """
    floor = max(0, de - 60)
    last = len(text[floor:de].rsplit("、", 1)[-1].rsplit("，", 1)[-1])
    m = FORMULAS[last].search(text[floor:de]) if last in FORMULAS else None  # phrases as long as the last
    if m is None:
        return None
    start = floor + m.start()
    # the first phrase must start the formula: after punctuation or a verb (形成…), not inside 以人民为中心，…
    while is_han(text[start - 1 : start] or "，") and text[start - 2 : start] not in BOUNDARY_WORDS:
        start = PHRASE_BREAK.search(text, start, de).end()  # type: ignore[union-attr]  # (the formula has two)
        if len(PHRASE_BREAK.findall(text, start, de)) < 2:
            return None
    return start


# a formula of three or more parallel phrases of three or four characters each (不敢腐、不能腐、不想腐)
FORMULAS = {n: re.compile(rf"(?:[{HAN}]{{{n}}}[、，]){{2,}}[{HAN}]{{{n}}}$") for n in (3, 4)}
PHRASE_BREAK = re.compile("[、，]")


def verb_as_noun(text: str, head: int, orgs: list[tuple[int, int]]) -> int | None:
    """Start of a description ending in an object verb right before the head (闭环落实机制), when a description
    of two or more characters that is no body stands before that verb; else None (建立落实机制, 部门新建制度)."""
    if text[head - 2 : head] in OBJECT_VERBS:
        left = extend_left(text, head - 2, limit=8)
        if head - 2 - left >= 2 and text[left : head - 2] not in BOUNDARY_WORDS and not overlaps((left, head), orgs):
            return left
    return None


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``others`` (character ranges)."""
    return any(s < span[1] and span[0] < e for s, e in others)
