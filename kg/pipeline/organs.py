"""The organs named after an institution: after its name (兰州大学 + 党委, 县人民医院 + 纪委, 酒钢集团公司 + 党委巡察组)
or after the short form of the institution a text is about (校党委, 集团公司纪委, 局机关纪委), with the institution or
the organ as the parent of what is named after them (nested spans).

:class:`InstitutionOrgans` is built by :class:`kg.pipeline.institutions.InstitutionFinder` from its grammar's
named heads and unit segments.
"""

from __future__ import annotations

import re

from kg.pipeline.classes import after_class_marker
from kg.pipeline.compiled import compile_regex
from kg.pipeline.free_names import subtype
from kg.pipeline.heads import alternation
from kg.pipeline.lexicons import HEAD_BLOCKERS, INSTITUTION_SHORT_FORMS, party_name_length
from kg.pipeline.spans import Found, extend_left, fast_start, trie_regex

INSTITUTION_ORGANS = ["党委", "纪委", "党总支", "党工委",  # besides the units of the grammar (党组, 工会, 办公室…)
                      # a company's departments (集团审计部, 公司财务部)
                      "审计部", "财务部", "法务部", "纪检监察部", "党群工作部", "人力资源部", "风险管理部", "采购部"]
STATIONED_START = re.compile("派?驻")
JOINING = ("联合", "会同", "协同", "配合", "协助")  # verbs before a body joined by another


KINDS_LISTED = frozenset("院校所企站")  # one character each after another's: kinds listed together (校院企)


class InstitutionOrgans:
    """Finds the organs after an institution's name (``named``: the grammar's alternation of named heads, whose
    list is ``named_heads``; ``segment``: what a unit adds to a body's name)."""

    def __init__(self, named: str, named_heads: list[str], segment: str) -> None:
        # 兰州大学党委, 县人民医院纪委, 酒钢集团公司党委巡察组: the organs of an institution named by its name
        self.named_end = fast_start(f"(?:{named})$")
        self.named_last = frozenset(h[-1] for h in named_heads) | {"\n"}  # what ends one ($: or a line)
        self.organs = compile_regex(f"(?:{alternation(INSTITUTION_ORGANS)})(?:{segment})*|(?:{segment})+")
        self.organ_words = re.compile(alternation(INSTITUTION_ORGANS))
        # 校党委, 集团公司纪委: the organs of the institution the text is about, by the kind of institution
        self.institution_short = compile_regex(trie_regex(INSTITUTION_SHORT_FORMS))

    def of_short_forms(self, text: str, masked: str) -> list[Found]:
        """Organs after the short form of an institution (校党委, 集团公司纪委), where the form starts a word."""
        found = []
        for m in self.institution_short.finditer(text):
            organs = self.organs.match(masked, m.end())
            if len(m.group()) == 1 and text[m.end() : m.end() + 1] in HEAD_BLOCKERS.get(m.group(), ""):
                continue  # 局部, 厅级: no unit of a bureau
            if len(m.group()) == 1 and organs is not None and organs.group() in KINDS_LISTED:
                continue  # 校院企合作: schools, institutes and firms, no organ of a school
            if text.startswith("机关", m.end()):  # 局机关纪委: the organ of the bureau's offices; 局机关 alone none
                organs = self.organ_words.match(masked, m.end() + 2)
            if organs is not None and (extend_left(text, m.start(), limit=1) == m.start()  # not inside a word
                                       or text.endswith(JOINING, 0, m.start())):  # (纪委联合集团审计部)
                generic = after_class_marker(text, m.start())
                end = organs.end() + (organs.group() == "委" and text.startswith("会", organs.end())
                                      and not text.startswith(("会同", "会商", "会议"), organs.end()))  # 校委会
                found.append(Found(m.start(), end, "ORG", subtype(organs.group()), generic))
                found += self._organ_parent(masked, m.start(), m.end(), organs.end(), generic)  # 校党委 + 巡察办
        return found

    def _organ_parent(self, masked: str, start: int, after: int, end: int, generic: bool) -> list[Found]:
        """The organ right ``after`` an institution's name (from ``start``) as the parent of the unit named after it
        up to ``end`` (校党委 of 校党委巡察办, 青禾交投集团党委 of …党委办公室), nested; none if the organ ends the
        name."""
        organ = self.organ_words.match(masked, after)
        if organ is None or organ.end() >= end:
            return []
        return [Found(start, organ.end(), "ORG", subtype(organ.group()), generic, nested=True)]

    def with_organs(self, text: str, masked: str, found: Found) -> list[Found]:
        """``found`` with the organs after it when it is an institution named by its name (兰州大学 + 党委), and
        the institution as the organ's parent (a nested span)."""
        if found.nested or (found.subtype != "enterprise" and (  # (a company by its short name: 中铁二局 + 纪委)
                text[found.end - 1] not in self.named_last or not self.named_end.search(text, found.start, found.end))):
            return [found]
        stationed = STATIONED_START.match(text, found.start)  # 驻…集团公司纪检监察组: the company, not its parent
        # (中共青禾大学 + 委员会: the party's name opens the committee's, not the university's)
        start = stationed.end() if stationed else found.start + party_name_length(text, found.start)
        parent = [found._replace(start=start, nested=True)]
        if not stationed and "驻" in text[found.start : found.end]:
            parent = []  # 省纪委监委驻集团 + 纪检监察组: a team the commission stations, no body named 省纪委监委驻集团
        organs = self.organs.match(masked, found.end)
        if organs is None or organs.end() - found.end < 2:
            return [found]  # (…有限公司所送: one character after a name is no organ)
        if not stationed:  # 青禾交投集团党委 + 办公室: the organ is the unit's parent
            parent += self._organ_parent(masked, found.start, found.end, organs.end(), found.generic)
        return [Found(found.start, organs.end(), "ORG", subtype(organs.group()), found.generic), *parent]
