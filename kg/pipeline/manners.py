"""Practices named by the way a field's work is done: 成品油智慧监管, 行政决策合法性审查, 用地用林联动审批.

Governance prose names a standing way of working by its field, a word for how the work is done (智慧, 联动,
一体化, 合法性…) and the kind of work (监管, 审批, 审查…), as the object of a verb that puts it in place or to work
(开展成品油智慧监管, 严格行政决策合法性审查). Without the word for how, the kind of work in a field is no name
(加强食品安全监管); without a field, the way is a kind of work (强化联动审批).

Examples
--------
>>> text = "全面开展成品油智慧监管，严格行政决策合法性审查。"
>>> [text[f.start : f.end] for f in manners(text)]
['成品油智慧监管', '行政决策合法性审查']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.anchors import windowed
from kg.pipeline.spans import Found

# verbs that put a way of working in place or to work
_VERBS = "开展|实行|推行|实施|推进|深化|严格|强化|加强|探索|健全|建立|落实|推动|优化|创新|完善|实现"
# how the work is done
MANNERS = ("智慧|联动|协同|一体化|合法性|一致性|穿透式|差异化|精准|全生命周期|闭环|网格化"
           "|分级分类|分类分级|非现场|跨部门|跨区域")
# the kinds of work a way is named for
WORK = "监管|审批|审查|评估|管理|管控|监督|执法|服务"
MANNER_NAME = windowed(re.compile(
    rf"(?:{_VERBS})(?P<name>(?:(?!{_VERBS})[^\W\d_的和与及等了]){{2,12}}?(?:{MANNERS})(?:{WORK}))"
    "(?=[，。；、和等]|$)"))


def manners(text: str) -> Iterator[Found]:
    """The practices of ``text`` named by a field, a way and a kind of work, after a verb that puts them in place.

    >>> list(manners("强化联动审批，加强食品安全监管。"))
    []
    """
    for m in MANNER_NAME.finditer(text):
        yield Found(m.start("name"), m.end("name"), "MECH", "practice")
