"""LEADS: which body leads or guides another.

A body named in 在…领导下 leads the bodies after it (or the subject before it); a body right before a LEADS verb
leads the body right after it (市委巡察办指导县委巡察办).

Examples
--------
>>> import kg
>>> doc = kg.load()("在县委的坚强领导下，县纪委监委建立“双反馈”机制。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations]
[('县委', 'LEADS', '县纪委监委'), ('县纪委监委', 'ESTABLISHED', '“双反馈”机制')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.relations.clauses import PARTNER_MARK, actors_of, listed_after, outermost
from kg.pipeline.relations.context import Context, Sentence, Triple, VerbAt
from kg.pipeline.spans import Ent

LEADS_UNDER = re.compile(r"在(?P<org>.{2,20}?)的?(?:坚强|统一|正确|直接|具体|业务)?(?:领导|指导)下")


def under(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """在…领导下: the body named there leads those the clause goes on about."""
    text = ctx.text
    for m in LEADS_UNDER.finditer(text, sent.start, sent.end):
        leaders = [s for s in outermost(sent.of("ORG")) if m.start() < s.start_char and s.end_char <= m.end()]
        after = [s for s in actors_of(text, sent) if s.start_char >= m.end()][:1]
        if after and PARTNER_MARK.search(text, m.end(), after[0].start_char):
            after = []  # 在…指导下，与B建立M: B is a partner of the one led
        if after:
            led = listed_after(text, sent, after[0].start_char)  # 在…领导下，A、B…: each of them
        else:  # A……，在…领导下，聚焦…: the subject before
            led = [s for s in sent.subject if s.end_char <= m.start()]
        for leader in leaders[:1]:
            for follower in led:
                yield leader, "LEADS", follower


def by_verb(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> Iterator[Triple]:
    """市委巡察办指导县委巡察办…: an organisation right before and right after the verb."""
    actors = actors_of(ctx.text, sent)
    led = [s for s in actors if verb.end <= s.start_char <= verb.end + 1]
    before = [s for s in actors if verb.clause_start <= s.start_char and s.end_char == verb.start]
    for head in before[-1:]:
        for tail in led[:1]:
            yield head, "LEADS", tail
