"""INSPECTS: who inspects whom.

An inspection team with the verb alone before its targets (省委第一巡视组巡视省水利厅党组), or a body in the phrase
对…开展巡察 (each body listed; 巡视 of a place is of its party committee: 对湖北省进行巡视 → 湖北省委). These two
patterns are the whole family: the verb relations of the finder leave INSPECTS to them.

Examples
--------
>>> import kg
>>> doc = kg.load()("县委第一巡察组对县卫健局、县医保局党组开展巡察。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t != "PART_OF"]
[('县委第一巡察组', 'INSPECTS', '县卫健局'), ('县委第一巡察组', 'INSPECTS', '县医保局党组')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.pipeline.relations.clauses import ROUND, actors_of, clause_of, group_of, listed_after, who_acts
from kg.pipeline.relations.context import VERBS, Context, Sentence, Triple
from kg.pipeline.spans import Ent

# The verb alone between an inspection team and its targets (省委第一巡视组巡视省水利厅党组).
DIRECT_INSPECTION = re.compile(f"(?:{VERBS.alternation(VERBS.direct_object('INSPECTS'))})了?")
INSPECT_PHRASE = re.compile(
    r"(?:对|进驻)(?P<target>[^，。；,;]{2,40}?)(?:开展|进行|实施)了?[^，。；,;]{0,12}?"
    f"(?:{VERBS.alternation(VERBS.by_relation()['INSPECTS'])})")
ROUND_AFTER = re.compile(ROUND)


def relations(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """The bodies a team or a body inspects in ``sent``."""
    text = ctx.text
    for team, first in itertools.pairwise(actors_of(text, sent)):  # 省委第一巡视组巡视省水利厅党组: the verb alone
        if DIRECT_INSPECTION.fullmatch(text, team.end_char, first.start_char) and team.text.endswith("组"):
            for inspected in listed_after(text, sent, first.start_char):
                yield team, "INSPECTS", inspected
    for m in INSPECT_PHRASE.finditer(text, sent.start, sent.end):
        start = m.start("target")
        target = [s for s in sent.of("ORG") if s.start_char >= start and s.end_char <= m.end("target")]
        if target and target[0] in actors_of(text, sent):  # 对县卫健局、县医保局党组开展巡察: each one
            targets = [s for s in group_of(text, sent, target[0], forward=True) if s.end_char <= m.end("target")]
        elif target and ROUND_AFTER.match(text, target[0].end_char):
            continue  # 对十届市委第五轮巡察的被巡察党组织开展督查: the body names a round of inspections
        else:
            targets = target[:1] or _committee_of_place(ctx, m.group("target"))
        if not targets:
            continue
        clause_start, _ = clause_of(text, sent, m.start())
        teams = [s for s in actors_of(text, sent) if s.end_char <= m.start() and s.text.endswith("组")]
        heads = who_acts(text, sent, [], m.start(), clause_start) or teams[-1:] or topic
        for head in heads:
            for inspected in targets:
                yield head, "INSPECTS", inspected


def _committee_of_place(ctx: Context, target: str) -> list[Ent]:
    """巡视 of a place means its party committee (中央巡视组对湖北省进行巡视 → 湖北省委)."""
    place = target.rstrip("进行开展了")
    found = ctx.committees.get(place + "委") or ctx.committees.get("中共" + place + "委")
    return [found] if found is not None else []
