"""Doc → plain records: entities with their aliases merged, relations with evidence. Pure functions.

Within one document, mentions of one thing become one entity: 中共天水市委 / 天水市委 / 市委 (a bare 市委
takes its region from the document), 《规划》 / 五年监督工作规划 / the full plan title, “三反馈”机制 / 三反馈.
Each entity carries a ``key``: equal keys mean the same thing across documents too, and a key that still
depends on the document (a 县委巡察办 in a text that never says which county) is marked ``scope="document"``.

Examples
--------
>>> import kg
>>> record = extract_doc(kg.load()("中共天水市委印发《巡察规划》。市委巡察办……"), source="a.txt")
>>> [(e.type, e.name) for e in record.entities]
[('ORG', '中共天水市委'), ('DOC', '巡察规划'), ('ORG', '天水市委巡察办')]
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from kg.dates import date_record
from kg.pipeline.gazetteer import Place, load_gazetteer, repeated_level
from kg.pipeline.lexicons import (
    CPPCC_PREFIXES,
    INSTITUTION_SHORT_FORMS,
    PARTY_PREFIXES,
    YOUTH_LEAGUE_SHORT,
    document_names,
    mechanism_heads,
    national_aliases,
    national_bodies,
)
from kg.pipeline.regions import elsewhere
from kg.pipeline.sentences import doc_sentences
from kg.pipeline.spans import Ent, doc_text, entity_views, marked
from kg.pipeline.titles import DOC_NUMBER, title_core

BODY_SYNONYMS = (("人民政府", "政府"), ("人民检察院", "检察院"), ("人民法院", "法院"), ("纪委监委机关", "纪委"),
                 ("纪委监委", "纪委"), ("人大机关", "人大"), ("政协机关", "政协"))
# the official short forms of departments and courts, keyed by the full name (市市场监管局 = 市市场监督管理局;
# courts after BODY_SYNONYMS made 中级人民法院 中级法院)
SHORT_FORMS = {
    "中级法院": "中院", "高级法院": "高院",
    "市场监督管理": "市场监管(?=局|厅|总局|所)", "卫生健康委员会": "卫健委|卫生健康委(?!员会)",
    "发展和改革委员会": "发改委|发展改革委(?:员会)?", "人力资源和社会保障": "(?:人社|人力资源社会保障)(?=局|厅|部)",
    "住房和城乡建设": "(?:住建|住房城乡建设)(?=局|厅|部)", "文化和旅游": "文旅(?=局|厅|部)",
    "工业和信息化": "工信(?=局|厅|部)",
    "应急管理局": "应急局", "医疗保障局": "医保局", "退役军人事务局": "退役军人局", "国有资产监督管理委员会": "国资委",
}
_SHORT_FORM = re.compile("|".join(f"({short})" for short in SHORT_FORMS.values()))  # group i+1: the i-th form
_FULL_FORMS = list(SHORT_FORMS)
EVIDENCE_SENTENCES = 5  # per entity and source
TERM_PREFIX = re.compile(r"^(?:[一二三四五六七八九十]{1,3}届)")
ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}")
NATIONAL = {"中央": "党中央", "党中央": "党中央"}
NATIONAL_NAMES = national_aliases(national_bodies())
DOCUMENT_NAMES = document_names()
QUOTED_NAME = re.compile(r"[“「‘\"]([^“”「」‘’\"]+)[”」’\"]")
# Words that start with a level character without being one (市场监管局 is not 市 + 场监管局).
NOT_LEVEL_WORDS = re.compile("市场|市民(?!政)|市容|县域|区域|州府")  # but 市民政局 is 市 + 民政局
# head words a mechanism is named with or without (三反馈机制 = “三反馈”); 责任制, 台账 stay part of the name
_MECH_HEADS = sorted((h for h in mechanism_heads() if h.endswith(("机制", "制度", "模式", "体系", "格局"))), key=len,
                     reverse=True)
YOUTH_LEAGUE = re.compile(YOUTH_LEAGUE_SHORT)
_MECH_KEY_TAIL = re.compile("(?:工作新|工作|新|的|监督|管理)$")


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in the text."""

    text: str
    start: int
    end: int
    sentence: str = ""


@dataclass(eq=False)
class Entity:
    """An organisation, document or mechanism of one source document."""

    type: str
    key: str
    name: str = ""
    mentions: list[Mention] = field(default_factory=list)
    subtype: str | None = None
    generic: bool = False
    scope: str = "global"
    region: str | None = None
    date: str | None = None  # a document's, as precise as the text gives it (kg.dates)

    @property
    def id(self) -> str:
        return f"{self.type}:{self.key}"

    @property
    def aliases(self) -> list[str]:
        """Every surface form, plus each without quote marks and the quoted name alone (“三反馈”机制 → 三反馈)."""
        forms = set()
        for m in self.mentions:
            forms |= {m.text, normalise(m.text), *QUOTED_NAME.findall(m.text)}
        return sorted(f for f in forms if f)

    def to_json(self) -> dict[str, Any]:
        texts = list(dict.fromkeys(m.text for m in self.mentions))
        return {"id": self.id, "type": self.type, "name": self.name, "mentions": texts,
                "subtype": self.subtype, "generic": self.generic, "scope": self.scope, "region": self.region,
                "date": self.date, "spans": [[m.start, m.end] for m in self.mentions]}


@dataclass
class Relation:
    """A stated relation, with the sentence that states it."""

    head: Entity
    type: str
    tail: Entity
    evidence: str
    start: int
    end: int
    date: str | None = None  # its sentence's, else its source's (kg.dates)

    def to_json(self) -> dict[str, Any]:
        return {"head": self.head.name, "type": self.type, "tail": self.tail.name, "evidence": self.evidence,
                "head_id": self.head.id, "tail_id": self.tail.id, "start": self.start, "end": self.end,
                "date": self.date}


@dataclass
class DocRecord:
    """What kg extracted from one source document."""

    source: str
    text_hash: str
    entities: list[Entity]
    relations: list[Relation]
    title: str = ""
    date: str | None = None  # the date the text states for itself (kg.dates)

    @property
    def id(self) -> str:
        return "src:" + self.text_hash[:16]

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "id": self.id, "title": self.title, "sha256": self.text_hash,
                "date": self.date, "entities": [e.to_json() for e in self.entities],
                "relations": [r.to_json() for r in self.relations]}


def merge_records(parts: list[tuple[int, DocRecord]], *, source: str, full_text: str) -> DocRecord:
    """One record from the records of consecutive pieces of one text (``(offset, record)`` pairs).

    Entities with one id become one entity; offsets are shifted to the whole text.
    """
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], Relation] = {}
    for offset, record in parts:
        for e in record.entities:
            moved = [Mention(m.text, m.start + offset, m.end + offset, m.sentence) for m in e.mentions]
            kept = entities.setdefault(e.id, Entity(e.type, e.key, e.name, [], e.subtype, e.generic, e.scope, e.region))
            kept.mentions.extend(moved)
            kept.name = max(kept.name, e.name, key=lambda n: (len(n), n))
            kept.generic = kept.generic and e.generic
        for r in record.relations:
            key = (r.head.id, r.type, r.tail.id)
            if key not in relations:
                relations[key] = Relation(entities[r.head.id], r.type, entities[r.tail.id], r.evidence,
                                          r.start + offset, r.end + offset)
    title = parts[0][1].title if parts else ""
    return date_record(DocRecord(source, text_hash(full_text), list(entities.values()), list(relations.values()),
                                 title), full_text)


EMPTY_TEXT_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of ""


def text_hash(text: str) -> str:
    """SHA-256 of the text (identifies a source document by content)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract_doc(doc: Doc, *, source: str = "") -> DocRecord:
    """Turn a processed Doc into a :class:`DocRecord` (entities merged, relations deduplicated)."""
    regions = doc._.kg_regions
    text = doc_text(doc)
    local = LocalRegions(text, doc.user_data.get("kg_places") or [], regions)
    by_span: dict[tuple[int, int, str], Entity] = {}
    entities: dict[str, Entity] = {}
    keys: dict[tuple[str, str, int], tuple[str, str]] = {}  # a name repeated in the text is keyed once
    for span in entity_views(doc):
        here = local.at(span.start_char, span.text) if span.label_ == "ORG" else regions
        memo = (span.label_, span.text, id(here))
        key, scope = keys.get(memo) or keys.setdefault(memo, span_key(span, here))
        entity_id = f"{span.label_}:{key}"
        entity = entities.get(entity_id) or entities.setdefault(entity_id, Entity(span.label_, key, scope=scope))
        entity.mentions.append(Mention(span.text, span.start_char, span.end_char))
        entity.subtype = entity.subtype or span.subtype
        entity.generic = entity.generic or span.generic
        by_span[(span.start_char, span.end_char, span.label_)] = entity
    merge_aliases(text, entities)
    sentences = _fill_sentences(text, doc_sentences(doc), entities.values())
    relations = _relations(doc, text, by_span, sentences)
    used = {id(r.head) for r in relations} | {id(r.tail) for r in relations}
    kept = [e for e in dict.fromkeys(_final(e) for e in entities.values())
            if not e.generic or id(e) in used]
    for entity in kept:
        entity.name = canonical_name(entity, local)
        entity.region = _region_of(entity)
    kept.sort(key=lambda e: min(m.start for m in e.mentions))
    return date_record(DocRecord(source, text_hash(text), kept, relations, title=_doc_title(text, doc._.kg_noise)),
                       text)


def _fill_sentences(text: str, bounds: list[tuple[int, int]], entities: Iterable[Entity]
                    ) -> dict[tuple[int, int], str]:
    """Give the first mentions of each entity the sentence they stand in (their evidence; offsets are kept for
    all, sentences for the first EVIDENCE_SENTENCES only, so a huge text does not copy itself per mention)."""
    starts = [s for s, _ in bounds]
    shared: dict[tuple[int, int], str] = {}  # one string per sentence, however many mentions stand in it
    for entity in entities:
        for i, m in enumerate(sorted(entity.mentions, key=lambda m: m.start)):
            if i >= EVIDENCE_SENTENCES:
                break
            s, e = bounds[max(0, bisect.bisect_right(starts, m.start) - 1)] if bounds else (0, 0)
            m.sentence = shared.setdefault((s, e), text[s:e])
    return shared


class LocalRegions:
    r"""The place a bare level character stands for at one point of a text that names several places of that level:
    the nearest named before it in its paragraph (陇西县……县委 → 陇西县委), else the document's (``regions``).

    >>> from kg.pipeline.gazetteer import load_gazetteer
    >>> text = "渭源县召开会议。\n督察组进驻陇西县。县委表态。\n县委巡察办通报。"
    >>> places = load_gazetteer().find(text)
    >>> regions = {"县": load_gazetteer().places["渭源县"]}
    >>> local = LocalRegions(text, places, regions)
    >>> local.at(text.index("县委表态"), "县委")["县"].name, local.at(text.index("县委巡察办"), "县委巡察办")["县"].name
    ('陇西县', '渭源县')
    """

    def __init__(self, text: str, places: list[tuple[int, int]], regions: dict[str, Place]) -> None:
        gaz = load_gazetteer()
        named: dict[str, list[tuple[int, Place]]] = {}
        for start, end in places:
            place = gaz.places.get(text[start:end])  # spelled out in full: 陇西县, not 陇西
            if place is not None and not elsewhere(text, start):
                named.setdefault(place.level_char, []).append((start, place))
        self.text = text
        self.regions = regions
        self.named = {level: found for level, found in named.items() if len({p for _, p in found}) > 1}
        self.starts = {level: [s for s, _ in found] for level, found in self.named.items()}
        self._variants: dict[str, dict[str, Place]] = {}

    def at(self, start: int, name: str) -> dict[str, Place]:
        """The regions for the bare name ``name`` at ``start``."""
        if not self.named:
            return self.regions  # the common case: one place per level
        level = _org_stem(normalise(name))[0][:1]
        found = self.named.get(level)
        if not found:
            return self.regions
        i = bisect.bisect_left(self.starts[level], start) - 1
        if i < 0 or found[i][0] < self.text.rfind("\n", 0, start) + 1:
            return self.regions  # no place of that level named before it in its paragraph
        return self.with_place(found[i][1])

    def with_place(self, place: Place) -> dict[str, Place]:
        """The document's regions with ``place`` at its level (the same dict when it is the document's own)."""
        if self.regions.get(place.level_char) == place:
            return self.regions
        return self._variants.setdefault(place.code, {**self.regions, place.level_char: place})


def span_key(span: Ent | Span, regions: dict[str, Place]) -> tuple[str, str]:
    """The merge key of a mention and whether it holds beyond its document (``global``/``document``)."""
    text = normalise(span.text)
    if span.label_ == "ORG":
        return org_key(text, regions)
    if span.label_ == "DOC":  # 宪法 = 中华人民共和国宪法, 八项规定 = 中央八项规定
        return DOCUMENT_NAMES.get(text, text), "global"
    return mech_key(text), "global"


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """NFKC, no quotes or spaces, one kind of dash (as the scorer compares names)."""
    text = unicodedata.normalize("NFKC", text).replace("——", "-").replace("—", "-")
    return re.sub(r"[《》〈〉“”‘’\"'「」『』\s]", "", text)


def org_key(text: str, regions: dict[str, Place]) -> tuple[str, str]:
    """Key of an organisation name: region spelled out, party prefix and term dropped, synonyms folded.

    >>> from kg.pipeline.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> org_key("九届市委", {"市": gaz.places["天水市"]})
    ('天水市委', 'global')
    >>> org_key("县委巡察办", {})
    ('县委巡察办', 'document')
    """
    if text in NATIONAL_NAMES:  # 国家监委 = 国家监察委员会, 市场监管总局 = 国家市场监督管理总局
        return NATIONAL_NAMES[text], "global"
    stem, national = _org_stem(text)
    if national:
        return stem, "global"
    if YOUTH_LEAGUE.match(stem):  # 团市委 = 共青团定西市委
        stem = "共青团" + stem[1:]
    league = stem.startswith("共青团")
    text = expand_region(stem[3:] if league else stem, regions)
    if league:
        return "共青团" + text, "global" if _starts_with_place(text) or text == "中央" else "document"
    scope = "global" if _starts_with_place(text) or text.startswith(("中央", "国家", "国务院", "全国")) else "document"
    return text, scope


@functools.lru_cache(maxsize=65536)
def _org_stem(text: str) -> tuple[str, bool]:
    """The part of :func:`org_key` that does not depend on the document: the name and whether it is national."""
    if text.startswith("共青团"):
        return "共青团" + _org_stem(text[3:])[0], False
    if text.startswith(CPPCC_PREFIXES):  # 政协天水市委员会 = 天水市政协
        rest = _without_prefixes(text, CPPCC_PREFIXES)
        if (end := _places_before_committee(rest)) > 0:
            return _org_stem(rest[:end] + "政协" + rest[end + 3 :])
    text = TERM_PREFIX.sub("", _without_prefixes(text, PARTY_PREFIXES))
    if (end := _places_before_committee(text)) > 0:  # 中共天水市委员会 = 天水市委
        text = text[:end] + "委" + text[end + 3 :]
    if text in NATIONAL:
        return NATIONAL[text], True
    for long, short in BODY_SYNONYMS:
        text = text.replace(long, short)
    text = _SHORT_FORM.sub(lambda m: _FULL_FORMS[(m.lastindex or 1) - 1], text)
    return _lowest_place(text), False


def _without_prefixes(text: str, prefixes: tuple[str, ...]) -> str:
    """``text`` without the ``prefixes`` it starts with, tried in order (中国共产党, 中共)."""
    for prefix in prefixes:
        text = text.removeprefix(prefix)
    return text


def _places_before_committee(text: str) -> int:
    """The end of the places ``text`` starts with when 委员会 follows them (天水市委员会: 3), else -1."""
    end = _place_chain(text)[1]
    return end if end > 0 and text.startswith("委员会", end) else -1


def _place_chain(text: str) -> tuple[int, int]:
    """Where the last place of the chain of places ``text`` starts with begins, and where the chain ends
    (甘肃省定西市人民法院: 3, 6); (0, 0) when it starts with none.

    >>> _place_chain("甘肃省定西市人民法院"), _place_chain("市委")
    ((3, 6), (0, 0))
    """
    gaz, last, end = load_gazetteer(), 0, 0
    while (after := gaz.prefix(text, end)) > 0:
        last, end = end, after
    return last, end


@functools.lru_cache(maxsize=65536)
def _starts_with_place(text: str) -> bool:
    return load_gazetteer().prefix(text) > 0


def expand_region(text: str, regions: dict[str, Place]) -> str:
    """Spell out a leading level character with the document's place (市纪委 → 天水市纪委)."""
    if text[:1] in regions and not _starts_with_place(text) and not NOT_LEVEL_WORDS.match(text):
        return regions[text[0]].name + text[1:]
    return text


def _lowest_place(text: str) -> str:
    """甘肃省定西市人民法院 → 定西市人民法院: a chain of places keeps its last (and its level once, see
    :func:`single_level`), spelled in full where running text shortens it (临夏州委 → 临夏回族自治州委).

    >>> _lowest_place("甘肃省临夏州委政法委")
    '临夏回族自治州委政法委'
    """
    last, pos = _place_chain(text)
    if not pos:
        return text
    place = load_gazetteer().short_names.get(text[last:pos])
    if place is not None and text[pos - 1] == place.level_char:
        text = text[:last] + place.name + text[pos:]
    return single_level(text[last:])


@functools.lru_cache(maxsize=65536)
def single_level(text: str) -> str:
    """The name with a level character written twice after its place written once (news writes both).

    >>> single_level("渭源县县委"), single_level("定西市市场监管局")
    ('渭源县委', '定西市市场监管局')
    """
    end = _place_chain(text)[1]  # after the whole chain of places (鄂尔多斯市伊金霍洛旗旗委)
    return text[:end] + text[end + 1 :] if end > 0 and repeated_level(text, end) else text


@functools.lru_cache(maxsize=65536)
def mech_key(text: str) -> str:
    """Key of a mechanism name: the name without its head word and the generic words before it
    (三反馈机制 → 三反馈, “室组地”联动监督机制 → 室组地联动, as the practice “室组地”联动 is written).

    >>> mech_key("室组地联动监督机制"), mech_key("清单式管理"), mech_key("监督机制")
    ('室组地联动', '清单式', '监督')
    """
    for _ in range(2):
        for head in _MECH_HEADS:
            if text.endswith(head) and len(text) > len(head) + 1:
                text = text[: -len(head)]
                break
        stripped = _MECH_KEY_TAIL.sub("", text)
        text = stripped if len(stripped) >= 2 else text
    return text


def merge_aliases(text: str, entities: dict[str, Entity]) -> None:
    """Merge short forms into the one entity they stand for (in place: ``_merged_into`` links)."""
    index = _AliasIndex(entities.values())
    for entity in list(entities.values()):
        target = _number_target(text, entity, entities) or _alias_target(entity, index)
        if target is not None and target is not entity:
            target.mentions.extend(entity.mentions)
            target.generic = target.generic and entity.generic
            entity.__dict__["_merged_into"] = target
    taken = marked(len(text), [(m.start, m.end) for e in entities.values() for m in e.mentions])
    for entity in list(entities.values()):
        if entity.type == "DOC" and not _merged(entity) and entity.subtype != "number":
            entity.mentions.extend(_unmarked_references(text, entity, taken))


def _number_target(text: str, entity: Entity, entities: dict[str, Entity]) -> Entity | None:
    """The document a document number (某政发〔2025〕17号) belongs to: the title right before it."""
    if entity.type != "DOC" or entity.subtype != "number":
        return None
    start = entity.mentions[0].start
    best = None
    for other in entities.values():
        if other.type != "DOC" or other.subtype == "number" or _merged(other):
            continue
        for m in other.mentions:
            gap = text[m.end : start]
            if m.end <= start and re.fullmatch(r"[》\s(（]*", gap) and (best is None or m.end > best[0]):
                best = (m.end, other)
    return best[1] if best else None


class _AliasIndex:
    """The entities of one document by type, by the last one and two characters of their key, and by key without
    ordinals."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.by_type: dict[str, list[Entity]] = {}
        self.by_tail: dict[tuple[str, str], list[Entity]] = {}
        self.by_unnumbered: dict[str, list[Entity]] = {}
        for e in entities:
            self.by_type.setdefault(e.type, []).append(e)
            for tail in {e.key[-1:], e.key[-2:]}:
                self.by_tail.setdefault((e.type, tail), []).append(e)
            if e.type == "ORG":
                self.by_unnumbered.setdefault(ORDINAL.sub("", e.key) if "第" in e.key else e.key, []).append(e)

    def longer(self, entity: Entity) -> list[Entity]:
        """Unmerged entities of the same type whose key ends with ``entity``'s key and is longer; for an organ of
        an institution by its short form (校党委), the organ of an institution of that kind (兰州大学党委)."""
        key = entity.key
        group = self.by_tail.get((entity.type, key[-2:]), ())
        short = _institution_short_form(key) if entity.type == "ORG" else None
        if short is not None:
            organ, kinds = key[len(short) :], INSTITUTION_SHORT_FORMS[short]
            return [e for e in group if len(e.key) > len(key) and e.key.endswith(organ)
                    and e.key[: -len(organ)].endswith(kinds) and not _merged(e)]
        return [e for e in group if len(e.key) > len(key) and e.key.endswith(key) and not _merged(e)
                and e.key[: -len(key)] != "共青团"]  # 定西市委 is the party's, 共青团定西市委 the Youth League's


def _institution_short_form(key: str) -> str | None:
    """The short form of an institution (校, 集团公司…) a key starts with, the longest; None if none."""
    return max((s for s in INSTITUTION_SHORT_FORMS if key.startswith(s) and len(key) > len(s)), key=len, default=None)


def _alias_target(entity: Entity, index: _AliasIndex) -> Entity | None:
    key = entity.key
    if entity.type == "ORG":
        candidates = [e for e in index.longer(entity) if entity.scope == "document" or e.scope == "global"]
        if not candidates and ORDINAL.search(key) is None:
            candidates = [e for e in index.by_unnumbered.get(key, ()) if e is not entity and not _merged(e)]
    elif entity.type == "DOC":
        if entity.subtype == "number":
            return None
        core = title_core(key)
        candidates = [e for e in index.by_type["DOC"] if len(core) <= 4 and e is not entity and not _merged(e)
                      and title_core(e.key).endswith(core) and e.key != key]
    else:
        candidates = index.longer(entity) if len(key) >= 3 else []
    if not candidates:
        return None
    return max(candidates, key=lambda e: (len(e.mentions), -len(e.key), e.key))


def _unmarked_references(text: str, entity: Entity, taken: bytearray) -> list[Mention]:
    """Mentions of a titled document without its marks (五年监督工作规划 for 《某市巡察工作规划》).

    ``taken`` marks the characters already inside a mention.
    """
    core = title_core(entity.key)
    if len(core) < 5:
        return []
    # every occurrence of a longer suffix ends with one of the last four characters: look only there
    anchors = list(_occurrences(text, core[-4:]))
    for size in range(len(core) - 1, 3, -1):
        suffix = core[-size:]
        hits, end = [], 0
        for anchor in anchors:  # non-overlapping occurrences, left to right, as str.find would give them
            start = anchor - (size - 4)
            if start >= end and text.startswith(suffix, start):
                end = start + size
                if not taken[start]:
                    hits.append(start)
        if hits:
            return [Mention(suffix, h, h + len(suffix)) for h in hits]
    return []


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Starts of all occurrences of ``word`` in ``text`` (overlapping ones too), left to right."""
    pos = text.find(word)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + 1)


def _merged(entity: Entity) -> bool:
    return "_merged_into" in entity.__dict__


def _final(entity: Entity) -> Entity:
    while _merged(entity):
        entity = entity.__dict__["_merged_into"]
    return entity


def _relations(doc: Doc, text: str, by_span: dict[tuple[int, int, str], Entity],
               sentences: dict[tuple[int, int], str]) -> list[Relation]:
    """The relations of ``doc`` between merged entities, each once; evidence strings shared with the mentions'."""
    out: dict[tuple[str, str, str], Relation] = {}
    for head_span, rel, tail_span, (start, end) in doc._.kg_relations:
        head = by_span.get((head_span.start_char, head_span.end_char, head_span.label_))
        tail = by_span.get((tail_span.start_char, tail_span.end_char, tail_span.label_))
        if head is None or tail is None:
            continue
        head, tail = _final(head), _final(tail)
        if head is tail:
            continue
        if (head.id, rel, tail.id) not in out:
            evidence = sentences.get((start, end)) or sentences.setdefault((start, end), text[start:end])
            out[(head.id, rel, tail.id)] = Relation(head, rel, tail, evidence, start, end)
    return list(out.values())


def canonical_name(entity: Entity, local: LocalRegions) -> str:
    """The fullest form: the longest mention, or the key when it spells out more (市委巡察办 → 天水市委巡察办);
    bare mentions spelled out with the place the key starts with (a 县委 keyed 陇西县委 → 陇西县委)."""
    texts = {normalise(t) for t in {m.text for m in entity.mentions} if not DOC_NUMBER.fullmatch(t)}
    if entity.type == "ORG" and entity.key != "党中央":
        name = _region_of(entity)
        place = load_gazetteer().places.get(name) if name else None
        regions = local.with_place(place) if place is not None else local.regions
        texts = {single_level(expand_region(TERM_PREFIX.sub("", t), regions)) for t in texts}
    return max(texts or [entity.key], key=lambda t: (len(t), t))


def _region_of(entity: Entity) -> str | None:
    if entity.type != "ORG":
        return None
    end = load_gazetteer().prefix(entity.key)
    return entity.key[:end] if end > 0 else None


_NOTE_LINE = re.compile(r"（[^（）]*）|\([^()]*\)")


def _doc_title(text: str, noise: list[tuple[int, int]]) -> str:
    """The first non-noise line, as a human title for the source document.

    A line wholly in brackets is an editor's note (（虚构示例文本）, （此件公开发布）), not a title.
    """
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if line.strip() and not _NOTE_LINE.fullmatch(line.strip()) and not any(s <= start < e for s, e in noise):
            title = re.split(r"[。！？!?；;]", line.strip())[0]
            return title if len(title) <= 60 else title[:59] + "…"
    return ""
