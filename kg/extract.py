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
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.aliases import final, merge_aliases
from kg.dates import date_record
from kg.pipeline.gazetteer import Place, as_the_text_names_it, load_gazetteer
from kg.pipeline.names import (
    BARE_BODIES,
    DOCUMENT_NAMES,
    OFFICES,
    LocalRegions,
    document_key,
    mech_key,
    normalise,
    org_key,
    region_of,
    spelled_out,
)
from kg.pipeline.regions import doc_places
from kg.pipeline.sentences import doc_sentences
from kg.pipeline.spans import Ent, doc_text, entity_views
from kg.pipeline.title_lines import after_issuers, source_title
from kg.pipeline.titles import DOC_NUMBER, FIVE_YEAR_PLAN, OWN_REPORT
from kg.pipeline.user_lexicons import canonical_names
from kg.records import EMPTY_TEXT_HASH, DocRecord, Entity, Mention, Relation, text_hash

__all__ = ["EMPTY_TEXT_HASH", "DocRecord", "Entity", "Mention", "Relation", "extract_doc", "merge_records", "span_key",
           "text_hash"]

EVIDENCE_SENTENCES = 5  # per entity and source


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
        entity.mentions.append(_unmarked(span.text, span.start_char, span.end_char))
        if span.label_ == "DOC" and (about := after_issuers(span.text)):
            entity.mentions.append(_unmarked(span.text[about:], span.start_char + about, span.end_char))
        entity.subtype = entity.subtype or span.subtype
        entity.generic = entity.generic or span.generic
        by_span[(span.start_char, span.end_char, span.label_)] = by_object[id(span.span)] = entity
    merge_aliases(text, entities)
    sentences = _fill_sentences(text, doc_sentences(doc), entities.values())
    relations = _relations(doc, text, by_span, by_object, sentences)
    used = {id(r.head) for r in relations} | {id(r.tail) for r in relations}
    kept = [e for e in dict.fromkeys(final(e) for e in entities.values())
            if not e.generic or id(e) in used]
    for entity in kept:
        entity.name = entity.name or canonical_name(entity, local)
        entity.region = _region_of(entity)
    _organs_named_by_parents(relations)
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


def _unmarked(text: str, start: int, end: int) -> Mention:
    """The mention of ``text`` at ``start``–``end`` without a pair of quotation marks wrapping all of it (the
    guideline's mentions: “千万工程” is 千万工程; “八五”普法 keeps its marks, inside the name).

    >>> _unmarked("“千万工程”", 4, 10), _unmarked("“八五”普法", 0, 6).text
    (Mention(text='千万工程', start=5, end=9, sentence=''), '“八五”普法')
    """
    if len(text) > 2 and text[0] in "“「" and text[-1] in "”」" and text.count(text[0]) == 1:
        return Mention(text[1:-1], start + 1, end - 1)
    return Mention(text, start, end)


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
        key = document_key(text)  # (“十四五”规划: every place has one, the text says whose)
        every_place_has = (FIVE_YEAR_PLAN.fullmatch(span.text) or OWN_REPORT.fullmatch(span.text)
                           or unplaced_local_rule(key))
        return key, "document" if every_place_has else "global"
    return mech_key(text), "global"


NATIONAL_PREFIXES = ("中华人民共和国", "中国", "中央", "国家", "全国", "国务院")


def unplaced_local_rule(key: str) -> bool:
    """Whether a document keyed ``key`` is a regulation named without its place and unknown as a national one
    (民营经济促进条例 in a province's report: that province's own, not every province's one node).

    >>> unplaced_local_rule("民营经济促进条例"), unplaced_local_rule("优化营商环境条例")
    (True, False)
    >>> unplaced_local_rule("天津市民营经济促进条例"), unplaced_local_rule("国家安全条例")
    (False, False)
    """
    return (key.endswith("条例") and key not in DOCUMENT_NAMES and not key.startswith(NATIONAL_PREFIXES)
            and load_gazetteer().prefix(key) < 0)


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
        head, tail = final(head), final(tail)
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
    bare mentions spelled out with the place the key starts with (a 县委 keyed 陇西县委 → 陇西县委); a congress by
    its full name (省人大 → …省人民代表大会); an autonomous prefecture or county's body with the place as the text
    writes it."""
    texts = {normalise(t) for t in {m.text for m in entity.mentions} if not DOC_NUMBER.fullmatch(t)}
    if entity.type == "ORG" and entity.key != "党中央":
        name = _region_of(entity)
        place = load_gazetteer().places.get(name) if name else None
        regions = local.with_place(place) if place is not None else local.regions
        texts = {spelled_out(t, regions) for t in texts}
    best = max(texts or [entity.key], key=lambda t: (not t.endswith(OFFICES) or t == entity.key, len(t), t))
    # (市民政局机关 is 市民政局: the department's name, not its offices')
    if entity.type == "ORG" and best in BARE_BODIES and (region := _region_of(entity)):
        best = region + BARE_BODIES[best]  # 大会, 人大, 政府 of a work report: the place's (青禾县人大)
    if entity.type == "ORG" and best.endswith("人大"):
        best = best[:-2] + "人民代表大会"  # (青禾县人大 → 青禾县人民代表大会: a congress by its full name)
    # (州财政局 in a text that writes 黔东南州: 黔东南州财政局, as the text would write it)
    return as_the_text_names_it(best, local.text) if entity.type == "ORG" else best


PARTY_ORGANS = ("机关党委", "机关纪委", "党组", "党委", "党总支", "党支部", "纪委")


def _organs_named_by_parents(relations: list[Relation]) -> None:
    """A party organ of a body named with the body's name, however the text shortened it (市侨联党组 of
    江门市归国华侨联合会: 江门市归国华侨联合会党组); not a party committee's organ (天水市委组织部 stays)."""
    for r in relations:
        child, parent = r.head, r.tail
        if r.type != "PART_OF" or parent.generic or parent.name.startswith(("中共", "中国共产党")):
            continue
        organ = next((o for o in PARTY_ORGANS if child.name.endswith(o)), None)
        body = child.name[: -len(organ)] if organ else ""
        if organ and body != parent.name and any(len(m.text) > 1 and body.endswith(m.text) for m in parent.mentions):
            child.name = parent.name + organ


def _region_of(entity: Entity) -> str | None:
    return region_of(entity.key) if entity.type == "ORG" else None
