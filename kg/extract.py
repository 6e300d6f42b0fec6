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
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from kg.dates import date_record
from kg.pipeline.classes import CLASS_MARKERS
from kg.pipeline.gazetteer import Place, load_gazetteer
from kg.pipeline.names import (
    BARE_BODIES,
    COMMISSION_UNITS,
    LocalRegions,
    document_key,
    has_ordinal,
    institution_organ,
    mech_key,
    names_a_class,
    normalise,
    org_key,
    region_of,
    spelled_out,
    surface_forms,
    unnumbered,
)
from kg.pipeline.regions import doc_places
from kg.pipeline.sentences import doc_sentences
from kg.pipeline.spans import Ent, doc_text, entity_views, marked
from kg.pipeline.titles import DOC_NUMBER, source_title, title_core
from kg.pipeline.user_lexicons import canonical_names

EVIDENCE_SENTENCES = 5  # per entity and source


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
            forms |= surface_forms(m.text)
        return sorted(f for f in forms if f)

    def to_json(self) -> dict[str, Any]:
        mentions = self.mentions
        texts = [mentions[0].text] if len(mentions) == 1 else list(dict.fromkeys([m.text for m in mentions]))
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
    local = LocalRegions(text, doc_places(doc) or [], regions)
    by_span: dict[tuple[int, int, str], Entity] = {}
    by_object: dict[int, Entity] = {}  # by the span object's id: the relations hold the very spans the views wrap
    entities: dict[str, Entity] = {}
    seen: dict[tuple[str, str, int], Entity] = {}  # a name repeated in the text (in the same regions) is keyed once
    canonical = canonical_names(doc)  # a user lexicon's term is keyed and named by its canonical name
    for span in entity_views(doc):
        here = local.at(span.start_char, span.text) if span.label_ == "ORG" else regions
        named = canonical.get((span.start_char, span.end_char, span.label_)) if canonical else None
        memo = (span.label_, span.text, id(here))
        entity = _entity(entities, span, here, named) if named else seen.get(memo)
        if entity is None:
            entity = seen[memo] = _entity(entities, span, here, None)
        entity.mentions.append(Mention(span.text, span.start_char, span.end_char))
        entity.subtype = entity.subtype or span.subtype
        entity.generic = entity.generic or span.generic
        by_span[(span.start_char, span.end_char, span.label_)] = by_object[id(span.span)] = entity
    merge_aliases(text, entities)
    sentences = _fill_sentences(text, doc_sentences(doc), entities.values())
    relations = _relations(doc, text, by_span, by_object, sentences)
    used = {id(r.head) for r in relations} | {id(r.tail) for r in relations}
    kept = [e for e in dict.fromkeys(_final(e) for e in entities.values())
            if not e.generic or id(e) in used]
    for entity in kept:
        entity.name = entity.name or canonical_name(entity, local)
        entity.region = _region_of(entity)
    kept.sort(key=lambda e: min(m.start for m in e.mentions))
    title = source_title(text, doc._.kg_noise)
    return date_record(DocRecord(source, text_hash(text), kept, relations, title=title), text)


def _entity(entities: dict[str, Entity], span: Ent, here: dict[str, Place], named: str | None) -> Entity:
    """The entity of ``entities`` a mention names (added on first sight), keyed in the regions ``here``; ``named``:
    its canonical name, if a user lexicon gives one."""
    if named and span.label_ == "ORG":  # 市人大及其常委会: 市人大常委会, keyed and spelled out like any body
        key, scope = org_key(normalise(named), here)
        named = spelled_out(normalise(named), here)
    else:
        key, scope = (normalise(named), "global") if named else span_key(span, here)
    entity_id = f"{span.label_}:{key}"
    return entities.get(entity_id) or entities.setdefault(entity_id, Entity(span.label_, key, scope=scope,
                                                                            name=named or ""))


def _fill_sentences(text: str, bounds: list[tuple[int, int]], entities: Iterable[Entity]
                    ) -> dict[tuple[int, int], str]:
    """Give the first mentions of each entity the sentence they stand in (their evidence; offsets are kept for
    all, sentences for the first EVIDENCE_SENTENCES only, so a huge text does not copy itself per mention)."""
    starts = [s for s, _ in bounds]
    shared: dict[tuple[int, int], str] = {}  # one string per sentence, however many mentions stand in it
    for entity in entities:
        mentions = entity.mentions if len(entity.mentions) < 2 else sorted(entity.mentions, key=_start)
        for m in mentions[:EVIDENCE_SENTENCES]:
            bound = bounds[max(0, bisect.bisect_right(starts, m.start) - 1)] if bounds else (0, 0)
            sentence = shared.get(bound)
            if sentence is None:  # (the text is cut once per sentence)
                sentence = shared[bound] = text[bound[0] : bound[1]]
            m.sentence = sentence
    return shared


def _start(mention: Mention) -> int:
    return mention.start


def span_key(span: Ent | Span, regions: dict[str, Place]) -> tuple[str, str]:
    """The merge key of a mention and whether it holds beyond its document (``global``/``document``)."""
    text = normalise(span.text)
    if span.label_ == "ORG":
        return org_key(text, regions)
    if span.label_ == "DOC":  # 宪法 = 中华人民共和国宪法, 八项规定 = 中央八项规定
        return document_key(text), "global"
    return mech_key(text), "global"


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
    for entity in list(entities.values()):
        if entity.type == "DOC" and not _merged(entity) and entity.subtype != "number":
            entity.mentions.extend(_unmarked_references(text, entity, taken))


FIGURES = "一二两三四五六七八九十百千万"
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
    target, source = _final(target), _final(source)
    if target is not source:
        target.mentions.extend(source.mentions)
        target.generic = target.generic and source.generic
        source.__dict__["_merged_into"] = target


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

    def __init__(self, entities: Iterable[Entity], text: str = "") -> None:
        self.text = text
        self.by_type: dict[str, list[Entity]] = {}
        self.by_tail: dict[tuple[str, str], list[Entity]] = {}
        self.by_unnumbered: dict[str, list[Entity]] = {}
        for e in entities:
            self.by_type.setdefault(e.type, []).append(e)
            for tail in {e.key[-1:], e.key[-2:]}:
                self.by_tail.setdefault((e.type, tail), []).append(e)
            if e.type == "ORG":
                self.by_unnumbered.setdefault(unnumbered(e.key), []).append(e)

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
        candidates = [e for e in index.longer(entity) if not (key[0] in FIGURES and e.key[-len(key) - 1] in FIGURES)
                      ] if len(key) >= 3 else []
    if not candidates:
        return None
    return max(candidates, key=lambda e: (len(e.mentions), -len(e.key), e.key))


COUNT_BEFORE = re.compile(r"(?:[\d一二三四五六七八九十两几多]+个|各)$")  # 组织5个巡察组, 各巡察组: the teams together


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
    for size in range(len(core) - 1, 3, -1):
        suffix = core[-size:]
        hits, end = [], 0
        for anchor in anchors:  # non-overlapping occurrences, left to right, as str.find would give them
            start = anchor - (size - 4)
            if start >= end and text.startswith(suffix, start):
                end = start + size
                whole = start - (len(core) - size)  # (the whole title there: left out on purpose, as noise)
                if not taken[start] and not (whole >= 0 and text.startswith(core, whole)):
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


def _relations(doc: Doc, text: str, by_span: dict[tuple[int, int, str], Entity], by_object: dict[int, Entity],
               sentences: dict[tuple[int, int], str]) -> list[Relation]:
    """The relations of ``doc`` between merged entities, each once; evidence strings shared with the mentions'.

    A relation's spans are looked up by object first (``by_object``), by offsets and label only when the spans
    changed since it was found: each offset or label read off a spaCy Span costs a Token object or a look-up.
    """
    out: dict[tuple[int, str, int], Relation] = {}  # (entities, one object per id: by identity)
    for head_span, rel, tail_span, (start, end) in doc._.kg_relations:
        head = by_object.get(id(head_span)) or _entity_at(head_span, by_span)
        tail = by_object.get(id(tail_span)) or _entity_at(tail_span, by_span)
        if head is None or tail is None:
            continue
        head, tail = _final(head), _final(tail)
        if head is tail:
            continue
        if (id(head), rel, id(tail)) not in out:
            evidence = sentences.get((start, end)) or sentences.setdefault((start, end), text[start:end])
            out[(id(head), rel, id(tail))] = Relation(head, rel, tail, evidence, start, end)
    return list(out.values())


def _entity_at(span: Span, by_span: dict[tuple[int, int, str], Entity]) -> Entity | None:
    """The entity of the mention ``span`` by its offsets and label."""
    return by_span.get((span.start_char, span.end_char, span.label_))


def canonical_name(entity: Entity, local: LocalRegions) -> str:
    """The fullest form: the longest mention, or the key when it spells out more (市委巡察办 → 天水市委巡察办);
    bare mentions spelled out with the place the key starts with (a 县委 keyed 陇西县委 → 陇西县委)."""
    texts = {normalise(t) for t in {m.text for m in entity.mentions} if not DOC_NUMBER.fullmatch(t)}
    if entity.type == "ORG" and entity.key != "党中央":
        name = _region_of(entity)
        place = load_gazetteer().places.get(name) if name else None
        regions = local.with_place(place) if place is not None else local.regions
        texts = {spelled_out(t, regions) for t in texts}
    best = max(texts or [entity.key], key=lambda t: (len(t), t))
    if entity.type == "ORG" and best in BARE_BODIES and (region := _region_of(entity)):
        return region + BARE_BODIES[best]  # 大会, 人大, 政府 of a work report: the place's (河北省人大)
    return best


def _region_of(entity: Entity) -> str | None:
    return region_of(entity.key) if entity.type == "ORG" else None
