"""What a clause says is to be done, not what was done: 要, 将, 拟, 计划 before a verb (市政府要……推行M, 省委表示将
制定D), and a document another body is pressed to issue (推动出台《…条例》).

Examples
--------
>>> from kg.pipeline.relations.context import Sentence
>>> text = "省委表示将制定规划。"
>>> unreal(text, Sentence(0, len(text), []), text.index("制定"))
True
"""

from __future__ import annotations

import re

from kg.pipeline.relations.context import VERBS, Sentence
from kg.pipeline.spans import fast_start

# 要 before a verb: what a body is told to do (要 of 要求, 重要, 主要, 纪要… is none). 应当/必须 stay: a regulation's
# duties (县级以上人民政府应当建立…制度) are the relations the guideline counts
NOT_MODAL_AFTER = "(?![求点闻素件害领])"  # 要求, 要点, 要闻…: words 要 starts, no modal
MODAL = fast_start(f"(?<![重主需纪只必摘提首概简扼])要{NOT_MODAL_AFTER}")
FUTURE_ADVERBS = "进一步|继续|持续|加快|积极|全面|深入|着力|逐步|适时|研究"
# 2026年，我们将编制D，探索建立M: 将 before the first verb of a sentence states what each of its clauses intends
_RELATION_VERBS = VERBS.alternation([v.verb for v in VERBS if v.relations])
RELATION_VERB = re.compile(f"(?:{_RELATION_VERBS})")
FUTURE_OPENING = re.compile(rf"(?:[^，。；：]{{0,12}}[，,])?[^，。；：将]{{0,16}}?将"
                            rf"(?:{FUTURE_ADVERBS})?(?:{_RELATION_VERBS})")
# 将, 拟, 计划 right before a verb: it states an intention
FUTURE = re.compile(f"(?:将|拟|计划|准备)(?:{FUTURE_ADVERBS})?"
                    "(?:(?:会同|联合|与|同)[^，。；]{2,40}?)?$")  # (将会同A、B建立M: also said of what is to come)
# 推动出台《…条例》, 争取出台…: another body issues what this one presses for (推动建立M stays the subject's own)
PRESSING = re.compile("(?:推动|争取|提请|促成|推进|配合|协助|参与)$")  # (配合出台…条例: another body issues it)
ISSUING = ("出台", "制定", "印发", "颁布", "发布", "修订")


def unreal(text: str, sent: Sentence, pos: int) -> bool:
    """True if a verb at ``pos`` states what a body is told or means to do (检查组指出，市政府要……推行M;
    省委表示将制定D), not what it did."""
    modal = text.find("要", sent.start, pos) >= 0 and MODAL.search(text, sent.start, pos)  # the scan where 要 is
    return bool(modal or FUTURE.search(text, sent.start, pos)
                or (text.startswith(ISSUING, pos) and PRESSING.search(text, sent.start, pos))
                or (text.find("将", sent.start, pos) >= 0 and FUTURE_OPENING.match(text, sent.start) is not None))
