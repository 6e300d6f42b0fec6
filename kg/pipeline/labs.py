"""Laboratories: named by a short brand alone, found where a base of theirs in a place is named after them
(怀柔实验室 + 山西研究院, + 新疆基地): no grammar of descriptions trusts two characters before 实验室, but a lab with
bases is one lab; and labs by a rank, no names (江苏省实验室, 国家级实验室).

>>> from kg.pipeline.gazetteer import mask_places
>>> text = "支持怀柔实验室新疆基地建设"
>>> [(text[f.start : f.end], f.nested) for f in named_labs(text, mask_places(text, [(7, 9)]))]
[('怀柔实验室新疆基地', False), ('怀柔实验室', True)]
"""

from __future__ import annotations

import re

from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START, load_gazetteer
from kg.pipeline.spans import Found, extend_left, is_han

LAB = "实验室"
# a lab's base, institute or branch in a place, named after the lab (怀柔实验室 + 山西研究院, 白鹭实验室 + 湖南创新中心)
BASE = re.compile(f"{PLACE_START}{PLACE_CONT}*(?:[\u4e00-\u9fff]{{0,4}}?(?:创新中心|研究中心)"
                  "|基地|研究院|分中心|分部)(?![长员主副])")
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


def province_lab(name: str) -> bool:
    """Whether ``name`` is a lab by the rank its province or the state gives it (重庆实验室, 江苏省实验室, as
    省实验室; 国家实验室), no name of one; 苏州实验室, a city's, is one.

    >>> province_lab("筹建低碳领域重庆实验室"), province_lab("江苏省实验室"), province_lab("苏州实验室")
    (True, True, False)
    >>> province_lab("国家级实验室"), province_lab("国家实验室"), province_lab("白鹭国家实验室")
    (True, True, False)
    """
    if not name.endswith("实验室"):
        return False
    if name in ("国家实验室", "全国实验室") or name.endswith("级实验室"):
        return True  # (国家级实验室: a rank)
    gazetteer = load_gazetteer()
    places = (gazetteer.places.get(name[-3 - size : -3]) or gazetteer.short_names.get(name[-3 - size : -3])
              for size in range(2, 9))
    return any(place is not None and place.level == "province" for place in places)
