"""The bodies named inside others as their parents, each up its chain (省纪委监委 in 省纪委监委第七监督检查室, 市人大 in
市人大常委会, 国家税务总局 in 国家税务总局广东省税务局): nested spans, for PART_OF. :class:`ParentFinder` is the part of
:class:`kg.pipeline.institutions.InstitutionFinder` that finds them with the finder's own grammar.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.pipeline.free_names import subtype
from kg.pipeline.gazetteer import PLACE_START
from kg.pipeline.heads import blockers, ends_here
from kg.pipeline.name_repairs import OVERSEEING_FIRMS
from kg.pipeline.slices import SliceCache
from kg.pipeline.spans import Found

STATIONED_TEAMS = ("纪检监察组", "纪检组", "监察专员办公室")
STATIONED_BEFORE = re.compile("派?驻$")
CENTRAL_TEAMS = ("巡视组", "督察组", "生态环境保护督察组")  # 中央第五巡视组: the Centre's (中央 its short name)

# (…法院审判委员会; 县委全面深化改革委员会: a party committee's committee named freely)
COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "旗委")
CHAMBERS = ("政协", "人大", "常委会", "人民代表大会", "常务委员会", "法院", "检察院", *COMMITTEES)
CHAMBER_COMMITTEE = re.compile("[^\\W\\d_的和及与、][^\\W\\d_的和及、]{1,11}?委员会|主席会议|主任会议")
INSTITUTION_KINDS = frozenset({"education", "enterprise", "health", "media"})  # (see free_names.subtype)
UNKNOWN_PLACE = re.compile("[\u4e00-\u9fff]{2}[市县区旗]")  # a place kg lacks, after a central agency
PARENT_CONTEXT = 12  # the characters before a name its parent's grammar looks at, at most (中国共产党 + 青禾 + 县委)


class ParentFinder:
    """Finds the parents of bodies with the grammar of the finder it is part of: its ``units`` after a body
    (``unit_cuts``), its whole ``pattern`` (``whole``), its central bodies (``national``, ``national_names``) and
    its ``_grammar_match``."""

    unit_cuts: SliceCache
    whole: SliceCache
    national: re.Pattern[str]
    national_names: frozenset[str]
    parents_known: dict[tuple[str, str, int], tuple[int, int, str | None, str | None] | None]

    def __call__(self, doc: Doc) -> Doc:
        """The finder's component (InstitutionFinder's). Declared here for mypyc (kg.native): a compiled subclass
        adding ``__call__`` gets a call slot before the attributes this class reads, unless this class has it too."""
        raise NotImplementedError

    def _grammar_match(self, text: str, m: re.Match[str]) -> Found | None:
        """The body the finder's grammar match ``m`` names, if any."""
        raise NotImplementedError

    def _stationed(self, text: str, masked: str, found: Found) -> list[Found]:
        """A discipline team named after the body it is stationed in, with 驻 (驻市住建局纪检监察组), and that body
        as a span of its own inside it (no parent: it starts after 驻)."""
        stationed = STATIONED_BEFORE.search(text, max(0, found.start - 2), found.start)
        if stationed is None and not found.nested and (host := self._host(text, masked, found)) is not None:
            return [found, host]  # 市纪委监委驻市卫健委纪检监察组: the host named inside, a body of its own
        if stationed is None or found.nested or not text.endswith(STATIONED_TEAMS, found.start, found.end):
            return [found]
        inner = self._parent(text, masked, found)
        return [found._replace(start=stationed.start()), *([inner] if inner is not None else [])]

    def _host(self, text: str, masked: str, found: Found) -> Found | None:
        """The body a discipline team named with its sender is stationed in (国务院国资委 of 中央纪委国家监委驻国务院
        国资委纪检监察组), nested, if the words between 驻 and the team's head name one."""
        at = text.rfind("驻", found.start, found.end)  # (most bodies: none, the one test)
        team = next((t for t in STATIONED_TEAMS if text.endswith(t, found.start, found.end)), None) if at >= 0 else None
        if team is None:
            return None
        start, end = at + 1, found.end - len(team)
        named = self.whole.fullmatch(masked, start, end) or self.national.fullmatch(text, start, end)
        if end - start < 2 or not named:
            return None
        return Found(start, end, "ORG", subtype(text[start:end]), found.generic, nested=True)

    def _parents(self, text: str, masked: str, found: list[Found]) -> list[Found]:
        """The bodies named inside others as their parents, each up its chain: 省纪委监委 in 省纪委监委第七监督检查室,
        市人大 in 市人大常委会, 交通运输局 in 渭源县交通运输局第一大队 (nested spans, for PART_OF)."""
        parents: list[Found] = []
        # (国家监委驻…纪检监察组 inside 中央纪委国家监委驻…纪检监察组: only the longer name's parent)
        first: dict[int, int] = {}
        for f in found:
            first[f.end] = min(first.get(f.end, f.start), f.start)
        todo = [f for f in found if not f.generic and first[f.end] == f.start]
        while todo:
            parent = self._remembered_parent(text, masked, todo.pop())
            if parent is not None:
                parents.append(parent)
                todo.append(parent)
        return parents

    def _remembered_parent(self, text: str, masked: str, child: Found) -> Found | None:
        """:meth:`_parent`, remembered by the child's words and the ``PARENT_CONTEXT`` characters before them (a text
        names its bodies again and again: the parent's end and kind are the same each time)."""
        seen = max(0, child.start - PARENT_CONTEXT)
        key = (text[seen : child.end], masked[seen : child.end], child.start - seen)
        if key not in self.parents_known:
            if len(self.parents_known) >= 100_000:
                self.parents_known.clear()
            parent = self._parent(text, masked, child)
            self.parents_known[key] = None if parent is None else (parent.start - child.start,
                                                                   parent.end - child.start, parent.subtype,
                                                                   parent.name)
        known = self.parents_known[key]
        if known is None:
            return None
        return Found(child.start + known[0], child.start + known[1], "ORG", known[2], child.generic, nested=True,
                     name=known[3])

    def _parent(self, text: str, masked: str, child: Found) -> Found | None:
        """The longest body at the start of ``child`` that is followed by units only (市委 + 巡察办 + 第一巡察组),
        or the central body whose office in a place it is (国家税务总局 + 广东省税务局; the office first when the
        child is its unit: 国家税务总局深圳市税务局 + 南山区税务局)."""
        if (parent := self._unit_parent(text, masked, child)) is not None:
            return parent
        if text.startswith("中央第", child.start) and text.endswith(CENTRAL_TEAMS, child.start, child.end):
            return Found(child.start, child.start + 2, "ORG", "national", child.generic, nested=True, name="中共中央")
        for cut in range(child.start + 2, child.end - 2):  # (国务院 + 食品安全委员会: a committee it sets up)
            if text[child.start : cut] in self.national_names and (
                    masked[cut] == PLACE_START or CHAMBER_COMMITTEE.fullmatch(masked, cut, child.end)
                    or (text.endswith("总局", 0, cut) and UNKNOWN_PLACE.match(masked, cut))):  # (+ 青禾县税务局)
                return Found(child.start, cut, "ORG", "national", child.generic, nested=True)
        return None

    def _unit_parent(self, text: str, masked: str, child: Found) -> Found | None:
        """The longest body at the start of ``child`` that is followed by units only."""
        oversees = OVERSEEING_FIRMS.search(text, child.start, child.end)  # (交易所 + 上市公司管理一部)
        whole = oversees is not None and oversees.end() == child.end
        cuts = [oversees.start()] if oversees is not None and whole else range(child.end - 2, child.start + 1, -1)
        for cut in cuts:
            if text.endswith("机关", child.start, cut):
                continue  # 市财政局机关 + 党委: the bureau's offices are no body of their own
            if "驻" in text[child.start : cut] and text.endswith(STATIONED_TEAMS, cut, child.end):
                continue  # 市纪委监委驻市卫生健康委员会 + 纪检监察组: the commission's team, no unit of the host
            if not self.unit_cuts.fullmatches(masked, cut, child.end) and not whole and not (
                    text.endswith(CHAMBERS, child.start, cut) and CHAMBER_COMMITTEE.fullmatch(masked, cut, child.end)
            ) and not (cut + 2 == child.end and text.startswith("党校", cut) and text.endswith(COMMITTEES, 0, cut)):
                continue  # (市政协 + 提案委员会, 省人大常委会 + 法制工作委员会: a chamber's committee named
                # freely; 市委 + 党校: the committee's school; 交易所 + 上市公司管理一部: a unit by what it oversees)
            # from the place, or the level after one kg lacks (青禾县), or after the party's name too (中共茗岗县委)
            for start in (child.start, child.start + 2, *((child.start + 4,) if text.startswith("中共", child.start)
                                                          else ())):
                m = self.whole.fullmatch(masked, start, cut)
                parent = self._grammar_match(text, m) if m is not None else None
                if (parent is None and self.national.fullmatch(text, start, cut)  # 国务院 in 国务院办公厅
                        and (whole or text[cut] not in blockers(text[start:cut]))):  # (no 中国银行 in 中国银行业协会)
                    parent = Found(start, cut, "ORG", "national")
                if parent is not None and parent.start == child.start and (whole or ends_here(text, start, cut)):
                    if text.startswith("中共", start) and parent.subtype in INSTITUTION_KINDS:
                        parent = parent._replace(start=start + 2)  # 中共兰州大学委员会: the university's, no 中共's
                    return parent._replace(nested=True, generic=child.generic)  # (not 执法办 before 案管理中心)
        return None
