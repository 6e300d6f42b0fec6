"""Aliases within one document: short forms, numbered and renamed bodies, titles cited by their short names
merged into the one entity they stand for.

Examples
--------
>>> from kg.extract import extract_doc
>>> import kg
>>> record = extract_doc(kg.load()("县委第三巡察组进驻县教育局。巡察组发现问题。"), source="a.txt")
>>> {e.name: sorted(m.text for m in e.mentions) for e in record.entities}["县委第三巡察组"]
['县委第三巡察组', '巡察组']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from kg.pipeline.classes import CLASS_MARKERS
from kg.pipeline.names import (
    COMMISSION_UNITS,
    has_ordinal,
    institution_organ,
    names_a_class,
    unnumbered,
)
from kg.pipeline.spans import marked
from kg.pipeline.titles import title_core
from kg.records import Entity, Mention


def merge_aliases(text: str, entities: dict[str, Entity]) -> None:
    """Merge short forms into the one entity they stand for (in place: ``_merged_into`` links).

    A short name joins a longer one it ends (巡察组 → 县委巡察组) unless it names a class of bodies (有关部门,
    纪检监察机关, 地方金融监督管理部门: every such body, not the one named beside it) or what the longer one adds makes
    it another body (市、区人民政府, 下级人民政府信访工作机构)."""
    index = _AliasIndex(entities.values(), text)
    for entity in list(entities.values()):
        target = _number_target(text, entity, entities) or _alias_target(entity, index)
        if target is not None and target is not entity:
            target.mentions.extend(entity.mentions)
            target.generic = target.generic and entity.generic
            entity.__dict__["_merged_into"] = target
    _merge_renamed(text, entities)
    taken = marked(len(text), [(m.start, m.end) for e in entities.values() for m in e.mentions])
    references = {id(entity): _unmarked_references(text, entity, taken) for entity in entities.values()
                  if entity.type == "DOC" and not _merged(entity) and entity.subtype != "number"}
    claims = Counter((m.start, m.end) for found in references.values() for m in found)
    for entity in entities.values():  # (a stretch two titles end in refers to neither: 政策措施 of three)
        entity.mentions.extend(m for m in references.get(id(entity), ()) if claims[m.start, m.end] == 1)


FIGURES = "一二两三四五六七八九十百千万"
GOVERNMENT = "政府"  # (as keys write 人民政府)
RENAMED = re.compile("(?:正式)?(?:更名|改名|更名设立)为")
# 省人民政府政务数据主管部门（以下简称省数据主管部门）: the short name the text will use for the body before it
SHORT_NAME = re.compile("[（(]((?:以下)?(?:简称|称)[“\"]?)?")


def _merge_renamed(text: str, entities: dict[str, Entity]) -> None:
    """A body renamed (南湖学院更名为南湖科技大学) is one body under both names: the old joins the new; so is a
    body and the short name the text gives it (…主管部门（以下简称省数据主管部门）), or its other name in brackets
    right after it (区卫健委党建办（组织科）): the second joins the first."""
    if not any(word in text for word in ("更名", "改名", "称", "（", "(")):  # what every match holds
        return
    ends = {m.end: e for e in entities.values() if e.type == "ORG" for m in e.mentions}
    starts = {m.start: (e, m.end) for e in entities.values() if e.type == "ORG" for m in e.mentions}
    for end, old in ends.items():
        renamed = RENAMED.match(text, end)
        new = starts.get(renamed.end()) if renamed else None
        if new is not None:
            _join(new[0], old)
        short = SHORT_NAME.match(text, end)
        named = starts.get(short.end()) if short is not None else None
        if short is not None and named is not None and (short.group(1) or text[named[1] : named[1] + 1] in "）)"):
            _join(old, named[0])


def _join(target: Entity, source: Entity) -> None:
    """Merge ``source`` (or what it was merged into) into ``target``'s final entity."""
    target, source = final(target), final(source)
    if target is not source:
        target.mentions.extend(source.mentions)
        target.generic = target.generic and source.generic
        source.__dict__["_merged_into"] = target


def _number_target(text: str, entity: Entity, entities: dict[str, Entity]) -> Entity | None:
    """The document a document number (某政发〔2025〕17号) belongs to: the title right before it, or else the
    title in 《》 right after it (作出青政征决〔2025〕5号《房屋征收决定》)."""
    if entity.type != "DOC" or entity.subtype != "number":
        return None
    start, end = entity.mentions[0].start, entity.mentions[0].end
    best, after = None, None
    for other in entities.values():
        if other.type != "DOC" or other.subtype == "number" or _merged(other):
            continue
        for m in other.mentions:
            gap = text[m.end : start]
            if m.end <= start and re.fullmatch(r"[》\s(（]*", gap) and (best is None or m.end > best[0]):
                best = (m.end, other)
            elif m.start == end + 1 and text[end] == "《":
                after = other
    return best[1] if best else after


class _AliasIndex:
    """The entities of one document by type, by the last one and two characters of their key, by key without
    ordinals, and a government's departments by key without the government (省人民政府数据主管部门: 省数据主管部门)."""

    def __init__(self, entities: Iterable[Entity], text: str = "") -> None:
        self.text = text
        self.by_type: dict[str, list[Entity]] = {}
        self.by_tail: dict[tuple[str, str], list[Entity]] = {}
        self.by_unnumbered: dict[str, list[Entity]] = {}
        self.by_place_department: dict[str, list[Entity]] = {}
        for e in entities:
            self.by_type.setdefault(e.type, []).append(e)
            for tail in {e.key[-1:], e.key[-2:]}:
                self.by_tail.setdefault((e.type, tail), []).append(e)
            if e.type == "ORG":
                self.by_unnumbered.setdefault(unnumbered(e.key), []).append(e)
                if (at := e.key.find(GOVERNMENT)) > 0 and len(e.key) > at + len(GOVERNMENT):
                    # (省人民政府数据主管部门 is the 省数据主管部门 the text goes on with: the department of the place)
                    self.by_place_department.setdefault(e.key[:at] + e.key[at + len(GOVERNMENT) :], []).append(e)

    def longer(self, entity: Entity) -> list[Entity]:
        """Unmerged entities of the same type whose key ends with ``entity``'s key and is longer; for an organ of
        an institution by its short form (校党委), the organ of an institution of that kind (兰州大学党委)."""
        key = entity.key
        group = self.by_tail.get((entity.type, key[-2:]), ())
        organ_of = institution_organ(key) if entity.type == "ORG" else None
        if organ_of is not None:
            organ, kinds = organ_of
            return [e for e in group if len(e.key) > len(key) and e.key.endswith(organ)
                    and e.key[: -len(organ)].endswith(kinds) and not _merged(e)]
        return [e for e in group if len(e.key) > len(key) and e.key.endswith(key) and not _merged(e)
                and e.key[: -len(key)] != "共青团"]  # 定西市委 is the party's, 共青团定西市委 the Youth League's


def _alias_target(entity: Entity, index: _AliasIndex) -> Entity | None:
    key = entity.key
    if entity.type == "ORG":
        if entity.generic or names_a_class(key):
            return None  # 有关部门 is every such body, not the 政务服务有关部门 named beside it
        plural = _counted(entity, index.text)  # (组织5个巡察组: none of the numbered teams)
        candidates = [e for e in index.longer(entity) if (entity.scope == "document" or e.scope == "global")
                      and not _qualified(e.key[: -len(key)]) and not (plural and has_ordinal(e.key))]
        candidates = candidates or [e for e in index.by_place_department.get(key, ()) if not _merged(e)]
        # (a commission has several offices of a kind: its 监督检查室 named alone is none of them)
        if not candidates and not has_ordinal(key) and not key.endswith(COMMISSION_UNITS) and not plural:
            candidates = [e for e in index.by_unnumbered.get(key, ()) if e is not entity and not _merged(e)]
            if len({e.key for e in candidates}) > 1:
                return None  # 巡察组 beside 第三巡察组 and 第五巡察组: the teams together, neither of them
    elif entity.type == "DOC":
        if entity.subtype == "number":
            return None
        if entity.subtype == "self":
            return _own_title(entity, index)
        core = title_core(key)
        candidates = [e for e in index.by_type["DOC"] if len(core) <= 4 and e is not entity and not _merged(e)
                      and (title_core(e.key).endswith(core) or _ends_with_its_note(e.key, key)) and e.key != key]
    else:
        # (百千万工程 is no longer name of 千万工程: a figure before a figure makes another number)
        # (nor is 现代化产业体系 of “1188”现代化产业体系: a formula before a general term makes a plan of its own)
        candidates = [e for e in index.longer(entity) if not (key[0] in FIGURES and e.key[-len(key) - 1] in FIGURES)
                      and not FORMULA_PREFIX.fullmatch(e.key[: -len(key)])] if len(key) >= 3 else []
        if entity.generic and (len({e.key for e in candidates}) > 1 or _after_etc(entity, index.text)):
            return None  # 专项行动 beside two named ones, or 等专项行动: the kind of those listed, none of them
        candidates = candidates or _quoted_with_head(entity, index)
    if not candidates:
        return None
    return max(candidates, key=lambda e: (len(e.mentions), -len(e.key), e.key))


# the heads a quoted name is written with (“送解优”行动, “清源”机制)
QUOTED_NAME_HEADS = frozenset(("行动", "专项行动", "机制", "工作机制", "制度", "模式", "工程", "改革", "试点", "工作法",
                               "活动", "计划", "行动计划", "品牌", "平台", "服务"))


def _quoted_with_head(entity: Entity, index: _AliasIndex) -> list[Entity]:
    """The mechanisms named by ``entity``'s key in quotes and a head after them (“送解优”行动 for a bare 送解优).

    >>> headed = Entity("MECH", "送解优行动", mentions=[Mention("“送解优”行动", 2, 10)])
    >>> [e.key for e in _quoted_with_head(Entity("MECH", "送解优"), _AliasIndex([headed]))]
    ['送解优行动']
    """
    key = entity.key
    return [e for e in index.by_type.get("MECH", ()) if e.key.startswith(key) and e.key[len(key):] in QUOTED_NAME_HEADS
            and not _merged(e) and any(m.text.startswith(f"“{key}”") for m in e.mentions)]


FORMULA_PREFIX = re.compile(r"[\dA-Za-z+＋×.·]+")  # 1188, 4+N: a numbered formula before a term
COUNT_BEFORE = re.compile(r"(?:[\d一二三四五六七八九十两几多]+个|各)$")  # 组织5个巡察组, 各巡察组: the teams together


def _after_etc(entity: Entity, text: str) -> bool:
    """Whether each mention of ``entity`` stands right after 等 (…乱象清理等专项行动: the kind of the items listed)."""
    return bool(text) and all(text[m.start - 1 : m.start] == "等" for m in entity.mentions)


def _counted(entity: Entity, text: str) -> bool:
    """Whether each mention of ``entity`` stands after a count (组织5个巡察组): teams in the plural, none of the
    numbered ones named beside them."""
    return bool(text) and all(COUNT_BEFORE.search(text, max(0, m.start - 4), m.start) for m in entity.mentions)


TITLE_AREA = 120  # where a text's own title stands (its first lines)


def _own_title(entity: Entity, index: _AliasIndex) -> Entity | None:
    """The title 本条例 (本办法…) refers to: a document of that kind named at the top of the text, if any."""
    kind = entity.key[1:]
    candidates = [e for e in index.by_type["DOC"] if e is not entity and not _merged(e) and e.subtype != "self"
                  and title_core(e.key).endswith(kind) and min(m.start for m in e.mentions) < TITLE_AREA
                  and not _cited_as_basis(index.text, min(m.start for m in e.mentions))]
    return min(candidates, key=lambda e: min(m.start for m in e.mentions), default=None)


BASIS = re.compile("根据|依据|按照|依照|遵照")  # 根据《…条例》…，制定本条例: the basis of the text, not its title


def _cited_as_basis(text: str, start: int) -> bool:
    """Whether the title at ``start`` is cited in its line after 根据/依据… (the law a regulation rests on)."""
    return BASIS.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def _ends_with_its_note(title: str, short: str) -> bool:
    """Whether ``short`` is the end of ``title`` with its notes out of their brackets (纲要草案 for
    …规划纲要(草案)): a short name that takes the note in."""
    core = title_core(title)
    notes = re.sub(r"[()]", "", title[len(core) :])
    return bool(notes) and len(short) > len(notes) and (core + notes).endswith(short)


_COORDINATORS = ("、", "和", "及", "与", "或")


def _qualified(prefix: str) -> bool:
    """Whether what a longer name adds in front of a shorter one makes it another body: a coordination (市、区人民政府
    is two levels of governments, not 区人民政府) or a class marker (各级, 下级, 本级, 有关)."""
    return "、" in prefix or prefix.endswith(_COORDINATORS + CLASS_MARKERS)


def _unmarked_references(text: str, entity: Entity, taken: bytearray) -> list[Mention]:
    """Mentions of a titled document without its marks (五年监督工作规划 for 《某市巡察工作规划》).

    ``taken`` marks the characters already inside a mention.
    """
    core = title_core(entity.key)
    if len(core) < 5:
        return []
    # every occurrence of a longer suffix ends with one of the last four characters: look only there
    anchors = list(_occurrences(text, core[-4:]))
    for size in range(len(core) - 1, 4, -1):  # (four characters are a kind: 实施方案, 发展规划, 政策措施)
        suffix = core[-size:]
        hits, end = [], 0
        for anchor in anchors:  # non-overlapping occurrences, left to right, as str.find would give them
            start = anchor - (size - 4)
            if start >= end and text.startswith(suffix, start):
                end = start + size
                whole = start - (len(core) - size)  # (the whole title there: left out on purpose, as noise)
                if not taken[start] and not (whole >= 0 and text.startswith(core, whole)) \
                        and _reads_as_title(text, start, end):
                    hits.append(start)
        if hits:
            return [Mention(suffix, h, h + len(suffix)) for h in hits]
    return []


# a count after the words makes them a class (地方性法规12件, 某某标准8项); 法 + 规 is 法规 (…保护法规)
_NOT_AFTER_REFERENCE = re.compile(f"[0-9０-９{FIGURES}余多几]|(?<=法)规")

# two-character words whose second character can open a title's tail: the tail read there starts mid-word
# (旅游目的地建设标准 is no mention of 《…高地建设标准》; 全市国土空间总体规划 reads 国土空间总体规划)
_WORDS_ENDING_IN_ONE = frozenset(
    "的地 基地 高地 各地 本地 全市 本市 全省 本省 全县 本县 全区 本区 城市 地区 山区 园区 社区 城区 辖区 "
    "产业 企业 行业 农业 工业 商业".split())


def _reads_as_title(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` (a titled document's tail) stand there as its name: not counted
    (审议地方性法规12件), not the start or end of a longer word (…海岛保护法规, 目的地建设标准), not a generic
    kind after a few words and 的 (实施情况的报告).

    >>> _reads_as_title("审议青禾地方性法规12件。", 4, 9), _reads_as_title("推动出台海岛保护法规。", 4, 9)
    (False, False)
    >>> _reads_as_title("研究处理情况的报告。", 4, 9), _reads_as_title("修订防汛应急预案。", 2, 8)
    (False, True)
    >>> _reads_as_title("完善旅游目的地建设标准。", 6, 11)
    False
    """
    if _NOT_AFTER_REFERENCE.match(text, end) or text[start - 1:start + 1] in _WORDS_ENDING_IN_ONE:
        return False
    return text.find("的", start, start + 4) < 0


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Starts of all occurrences of ``word`` in ``text`` (overlapping ones too), left to right."""
    pos = text.find(word)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + 1)


def _merged(entity: Entity) -> bool:
    return "_merged_into" in entity.__dict__


def final(entity: Entity) -> Entity:
    """The entity ``entity`` is merged into, in the end (itself if none)."""
    while _merged(entity):
        entity = entity.__dict__["_merged_into"]
    return entity
