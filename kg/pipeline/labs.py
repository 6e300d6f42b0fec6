"""Laboratories named by a short brand alone, found where a base of theirs in a place is named after them
(怀柔实验室 + 山西研究院, + 新疆基地): no grammar of descriptions trusts two characters before 实验室, but a lab with
bases is one lab.

>>> from kg.pipeline.gazetteer import mask_places
>>> text = "支持怀柔实验室新疆基地建设"
>>> [(text[f.start : f.end], f.nested) for f in named_labs(text, mask_places(text, [(7, 9)]))]
[('怀柔实验室新疆基地', False), ('怀柔实验室', True)]
"""

from __future__ import annotations

import re

from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START
from kg.pipeline.spans import Found, extend_left, is_han

LAB = "实验室"
# a lab's base, institute or branch in a place, named after the lab (怀柔实验室 + 山西研究院)
BASE = re.compile(f"{PLACE_START}{PLACE_CONT}*(?:基地|研究院|分中心|分部)(?![长员主副])")
BRAND_CHARS = 4  # the longest brand before 实验室 trusted where a base names it


def named_labs(text: str, masked: str) -> list[Found]:
    """The labs named by a brand of two to four characters with a base in a known place after them (the base, and
    the lab as its parent); ``masked``: the text with its places masked. A brand the length limit cuts, or no base
    after the lab, names none here.

    >>> from kg.pipeline.gazetteer import mask_places
    >>> text = "推进重点实验室建设，支持材料科学怀柔实验室山西研究院"
    >>> [text[f.start : f.end] for f in named_labs(text, mask_places(text, [(21, 23)]))]
    []
    """
    found = []
    at = text.find(LAB)
    while at >= 0:
        end = at + len(LAB)
        base = BASE.match(masked, end)
        if base is not None and (start := extend_left(text, at, limit=BRAND_CHARS)) <= at - 2 and (
                start == 0 or not is_han(text[start - 1]) or at - start < BRAND_CHARS):
            found += [Found(start, base.end(), "ORG", "organisation"),
                      Found(start, end, "ORG", "organisation", nested=True)]
        at = text.find(LAB, end)
    return found
