"""Where a body the institution grammar matched starts, when it opens with a level character or an anchor (县纪委监委,
该县纪委监委, 某区城管委, 瀛州市人民政府, 西海岸新区纪委监委, 各市卫健委), and whether it is a class.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("kg_institutions")
>>> [s.text for s in nlp("我代表自治区人民政府报告工作。该县纪委监委通报。").spans["kg"]]
['自治区人民政府', '该县纪委监委']
"""

from __future__ import annotations

import re

from kg.pipeline.classes import CLASS_MARKERS, after_class_marker, chain_start
from kg.pipeline.companies import OWNED_BY
from kg.pipeline.free_names import joined_field_start, subtype
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START, load_gazetteer
from kg.pipeline.lexicons import BOUNDARY_WORDS, LEVEL_ABBREVIATIONS, NOT_LEVEL_BEFORE
from kg.pipeline.place_edges import (
    COUNTY_LEVELS,
    demonstrative,
    ends_other_word,
    local_place_start,
    unknown_place_start,
    zone_kind_at,
    zone_start,
)
from kg.pipeline.spans import Found, is_han

PARTY_PREFIX = "中共"
CPPCC = ("中国人民政治协商会议", "政协")  # before a place's 委员会: that place's CPPCC committee
LOCAL_LEVELS = ("镇", "乡", "村", "街道", "社区")
COUNTED_LEVELS = frozenset("各两三四五六七八九十多")  # before a level character: the bodies of each or several places


def level_body(text: str, m: re.Match[str], start: int, end: int, name: str) -> Found | None:
    """The body a grammar match ``m`` names from ``start`` to ``end`` (``name``: as said, places masked), its start
    moved to the place, zone or pointer before it, or made a class of several places; None where the level
    character ends another word (城市管理局, 全市)."""
    masked = m.string
    level_start = m.group("anchored") and name[0] in LEVEL_ABBREVIATIONS and start > 0
    if level_start and name[0] in "区州县旗" and text.endswith("自治", 0, start):
        return Found(start - 2, end, "ORG", subtype(text[start:end]), False)  # 我代表自治区人民政府: the level
    if level_start and demonstrative(text, start):
        return Found(start - 1, end, "ORG", subtype(text[start:end]), False)  # 该县纪委监委: this county's
    if (text[start - 1 : start] == "某" and text[start - 2 : start - 1] != "某"  # (某某区: a name, the grammar's)
            and (level_start or (m.group("anchored") and name.startswith(LOCAL_LEVELS)))):
        unnamed = start - 1  # 某区城管委: one left unnamed; 寿光市某镇政府: with the place it is in
        placed = unnamed > 0 and masked[unnamed - 1] in (PLACE_START, PLACE_CONT)
        return Found(chain_start(masked, unnamed) if placed else unnamed, end, "ORG", subtype(text[start:end]))
    before = text[start - 1] if start else ""
    if (before in NOT_LEVEL_BEFORE and text[start - 2 : start] in BOUNDARY_WORDS) or (
            before == "原" and masked[start - 2 : start - 1] not in (PLACE_START, PLACE_CONT)):
        before = "，"  # 召开县委…, 划入市…: a verb's end (not 开县, 入市); 原省交通运输厅…: the body as it was
    if level_start and name[0] == "州" and is_han(before) and load_gazetteer().county_by_short_name(before + "州"):
        return Found(start - 1, end, "ORG", subtype(name))  # 玉州分局: 玉州区's (a county by its short name)
    kind = zone_kind_at(text, start)
    if kind is not None and (zone := zone_start(text, start + len(kind))) is not None and zone < start:
        start = zone  # 雄安新区管理委员会: the zone's name before the 新区 the grammar starts with
    if level_start and name[0] == "区" and (zone := zone_start(text, start)) is not None:
        # 西海岸新区纪委监委: a zone's; 各开发区纪委监委: the class of them
        return Found(zone, end, "ORG", subtype(text[start:end]), text.startswith(CLASS_MARKERS, zone))
    if level_start and before in COUNTED_LEVELS and name[0] in "省市县区州":
        return Found(start - 1, end, "ORG", subtype(text[start:end]), True)  # 各市卫健委, 两市政府: a class
    if level_start and ends_other_word(before, name[0]) and not (before == name[0] == "镇"):  # (壶镇镇党委)
        if before != "州" or (named := unknown_place_start(text, start, masked)) == start:
            return None  # 城市管理局, 省市委, 全市: the level character belongs to another word (not 芦湾县委)
        start = named  # 瀛州市人民政府: a city the gazetteer lacks, named with 州
    if m.group("anchored") and name.startswith(LOCAL_LEVELS):
        start = local_place_start(text, masked, start)  # 城关镇党委, 东城街道办事处: towns the gazetteer lacks
    elif level_start and name.startswith(COUNTY_LEVELS) and masked[start - 1] not in (PLACE_START, PLACE_CONT):
        # 青禾县纪委监委: a county the gazetteer lacks keeps its name
        start = unknown_place_start(text, start, masked)
        if text.endswith(PARTY_PREFIX, 0, start):
            start -= len(PARTY_PREFIX)  # 中共茗岗县委: the party's name with the place's
    if name.endswith("委员会") and (cppcc := next((p for p in CPPCC if text.endswith(p, 0, start)), None)):
        start -= len(cppcc)  # 政协湖南省第十三届委员会: the committee of the CPPCC, not the province's own
    elif name.endswith("委员会") and not m.group("anchored"):
        start = joined_field_start(text, start)  # 薪酬与考核委员会: named by two fields
    # (县自然资源局所属不动产登记中心: a unit the grammar names after 所属 is one body, not a class)
    generic = after_class_marker(text, start) and not text.endswith(OWNED_BY, 0, start)
    return Found(start, end, "ORG", subtype(text[start:end]), generic)
