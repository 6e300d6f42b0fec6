"""What another body is pressed to do: a document a body pushes for (推动出台《…条例》) is issued by another, if
ever. What a body is told or means to do (市政府要……推行M, 省委表示将制定D) is stated like what it did: the
sentence is the evidence, and annotators count it.

Examples
--------
>>> from kg.pipeline.relations.context import Sentence
>>> text = "省人大常委会推动出台条例。"
>>> unreal(text, Sentence(0, len(text), []), text.index("出台"))
True
>>> text = "省委表示将制定规划。"
>>> unreal(text, Sentence(0, len(text), []), text.index("制定"))
False
"""

from __future__ import annotations

import re

from kg.pipeline.relations.context import VERBS, Sentence

# 要 before a verb: what a body is told to do (要 of 要求, 重要, 主要, 纪要… is none)
NOT_MODAL_AFTER = "(?![求点闻素件害领])"  # 要求, 要点, 要闻…: words 要 starts, no modal
_RELATION_VERBS = VERBS.alternation([v.verb for v in VERBS if v.relations])
RELATION_VERB = re.compile(f"(?:{_RELATION_VERBS})")
# 推动出台《…条例》, 争取出台…: another body issues what this one presses for (推动建立M stays the subject's own)
PRESSING = re.compile("(?:推动|争取|提请|促成|推进|配合|协助|参与)$")  # (配合出台…条例: another body issues it)
ISSUING = ("出台", "制定", "印发", "颁布", "发布", "修订")


def unreal(text: str, sent: Sentence, pos: int) -> bool:
    """True if a verb at ``pos`` issues what the subject only presses another body for (推动出台…条例)."""
    return text.startswith(ISSUING, pos) and PRESSING.search(text, sent.start, pos) is not None
