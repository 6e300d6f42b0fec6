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
from kg.pipeline.spans import Found, extend_left, is_han, last_match

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


# a centre's or an institute's branch in a place, named right after it (…技术创新中心江西中心, …超算中心长沙分中心)
PLACED_BRANCH = re.compile(f"{PLACE_START}{PLACE_CONT}*(?:分中心|中心|分院|基地|分所)(?![长员主副任])")
BRANCHED = ("中心", "实验室", "研究院", "研究所")


def placed_branches(masked: str, found: list[Found]) -> list[Found]:
    """``found`` and the branch in a place named right after each centre, lab or institute of it (某创新中心 + 安徽中心:
    the branch, the centre its parent); ``masked``: the text with its places masked.

    >>> from kg.pipeline.gazetteer import mask_places
    >>> text = "国家某创新中心安徽中心挂牌"
    >>> masked = mask_places(text, [(7, 9)])
    >>> [text[f.start : f.end] for f in placed_branches(masked, [Found(0, 7, "ORG")])]
    ['国家某创新中心', '国家某创新中心安徽中心', '国家某创新中心']
    """
    branches = [(Found(f.start, m.end(), "ORG", "organisation"), f._replace(nested=True)) for f in found
                if f.label == "ORG" and not f.generic and masked.endswith(BRANCHED, f.start, f.end)
                and (m := PLACED_BRANCH.match(masked, f.end)) is not None]
    return found + [f for pair in branches for f in pair]  # (the parent kept inside its branch)


# where a province's lab by its short name is the lab the province named so (辽宁实验室集聚…, 、湖北实验室): at the
# start of a clause or an item of a list, not after a field or a count (海洋材料领域重庆实验室, 3个湖北实验室: a rank)
CLAUSE_OPENS = "，。；：、“（\n"


def ranked_lab(text: str, start: int, end: int) -> bool:
    """Whether the lab at ``start``–``end`` is a rank (:func:`province_lab`), not the name of one lab: a province's
    short name before 实验室 names a lab where the span opens a clause or an item of a list.

    >>> text = "辽宁实验室汇聚人才团队，筹建海洋材料领域重庆实验室，江苏省实验室、国家实验室"
    >>> [ranked_lab(text, s, s + n) for s, n in ((0, 5), (20, 5), (26, 6), (33, 5))]
    [False, True, True, True]
    """
    name = text[start:end]
    if not province_lab(name):
        return False
    opens = start == 0 or text[start - 1] in CLAUSE_OPENS
    return not opens or not is_han(name[0]) or name[:2] in ("国家", "全国") or "省" in name or "自治区" in name


# 白鹭茶国家技术创新中心, 浮法玻璃新技术国家重点实验室: a national platform named by its field (a field that ends
# in 领域 names a kind of them: 高原农业领域国家技术创新中心)
PLATFORM = re.compile("(?:国家|全国)(?:重点实验室|技术创新中心|制造业创新中心|工程研究中心|工程技术研究中心"
                      "|临床医学研究中心|产业创新中心)")
PLATFORM_VERBS = ("依托", "建设", "加快", "组建", "支持", "推进", "获批", "建成", "新建", "创建", "布局", "争创",
                  "打造", "培育", "做强", "发挥", "筹建", "重组", "认定", "成立", "新增", "共建", "落地", "挂牌",
                  "入选", "争取", "建好", "用好", "引进", "申建", "高标准", "高水平", "形成", "拥有", "达到", "设立")
FIELD_BREAKS = frozenset("，。；、：的和及或等在了为是\n")
FIELD_CHARS = 16  # the longest field searched before the platform's rank
COUNTED = re.compile("[一二两三四五六七八九十百多几数\\d]+[个家所项批]|若干|一批|首批|一些|部分|更多|各类|一流")
VERB_INSIDE = re.compile("|".join(verb for verb in PLATFORM_VERBS if verb != "建设"))  # (城市建设: a field)
SCOPE = re.compile("[全本我该各][省市县区州国]")
OTHER_BODY = re.compile("实验室|中心|研究院|研究所|公司|集团|跻身|成为|列入|入选|获评")
COUNT_AFTER = re.compile("[\\d一二两三四五六七八九十]+[个家所项]")  # (拥有全国重点实验室9个: how many, no field)


def field_platforms(text: str) -> list[Found]:
    """National labs and centres named by their field before their rank; the rank alone (全国重点实验室) or after
    a count (新建两个国家重点实验室) names none here.

    >>> text = "加快白鹭茶国家技术创新中心建设，新建两个国家重点实验室，建设高原农业领域国家技术创新中心，"
    >>> text += "某实验室跻身全国重点实验室"
    >>> [(text[f.start : f.end], f.generic) for f in field_platforms(text)]
    [('白鹭茶国家技术创新中心', False), ('高原农业领域国家技术创新中心', True)]
    """
    found = []
    for m in PLATFORM.finditer(text):
        start = m.start()
        while m.start() - start < FIELD_CHARS and is_han(text[start - 1 : start] or "，") and (
                text[start - 1] not in FIELD_BREAKS):
            start -= 1
        if text[start - 1 : start + 1] in PLATFORM_VERBS:
            start += 1  # (组建…: the field's limit reached inside the verb)
        if (verb := last_match(VERB_INSIDE, text, start, m.start() - 2)) is not None:
            start = verb.end()  # (某省组建…: who builds it and the verb, no part of the name)
        while text.startswith(PLATFORM_VERBS, start) and m.start() - start >= 2:
            start += 2
        if m.start() - start < 2 or COUNTED.match(text, start) or OTHER_BODY.search(text, start, m.start()) or (
                SCOPE.fullmatch(text, start, m.start())) or COUNT_AFTER.match(text, m.end()):
            continue  # (…大学某实验室跻身全国重点实验室: a rank a body named before wins, no field's name; 全省全国
            # 重点实验室: how many a province has)
        kind = text.endswith("领域", start, m.start())
        found.append(Found(start, m.end(), "ORG", "class" if kind else "organisation", kind))
    return found
