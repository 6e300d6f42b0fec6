"""COOPERATES_WITH: which bodies work together.

Bodies listed before a verb of working together cooperate (A与B联合开展…, A、B共同…); a body with the one named
after 会同/联合 (A会同B开展…); helpers with the body that leads (由A牵头，B、C配合: B and C with A).

Examples
--------
>>> import kg
>>> doc = kg.load()("由县纪委监委牵头，县财政局、县审计局配合。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations]
[('县财政局', 'COOPERATES_WITH', '县纪委监委'), ('县审计局', 'COOPERATES_WITH', '县纪委监委')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.relations.actors import (
    PARTNER_ADVERBS,
    actors_between,
    actors_of,
    before_partners,
    chain,
    clause_of,
    group_of,
    listed_after,
    outermost,
)
from kg.pipeline.relations.bracketed import past_alias
from kg.pipeline.relations.clauses import (
    BOTH,
    NEIGHBOURING,
    PARTNER_MARK,
    SUMMED_UP,
    lead_of,
    named_together,
    subjects_before_partner,
    who_acts,
)
from kg.pipeline.relations.context import VERBS, Context, Sentence, Triple, VerbAt
from kg.pipeline.spans import Ent

# A会同B, A协助B: the verb alone between two bodies that work together
JOINT_WITH = re.compile(PARTNER_ADVERBS + "(?:" + VERBS.alternation(VERBS.direct_object("COOPERATES_WITH")) + ")")
HELPING = re.compile("配合|协助|参与")
ADVERBS = re.compile(PARTNER_ADVERBS)
JOINT_SIGNING = re.compile("(?:等单位|等部门)?(?:共同|联合)?(?:印发|发布|下发|出台|签发|会签|制定|编制|修订)")
ACTIVITY_BEFORE = re.compile("开展|进行|实施|组织|举办")
PRAISE = re.compile("[^，。；]{0,6}的(?:结果|成果)")
PARTNERSHIP_NOUN = re.compile("合作(?:银行|伙伴|单位|企业|机构|医院|协议|框架协议|备忘录|项目)")
PARTNER_WORDS = ("与", "同", "会同")  # right before a partner (not 和: A和B may be a subject)
DRAWN_FROM = ("从", "自", "抽调")  # before the bodies people are drawn from
# 成员由A、B等单位主要负责同志组成: the people of the bodies make up a group, the bodies do not work together
PEOPLE_MAKE_UP = re.compile("(?:负责同志|负责人|同志|人员|干部|骨干|领导)$")
JOINT_ACTIVITY = re.compile("联合(?:抽查|检查|执法|督查|巡查|整治|审查|调研|行动|惩戒)")  # the name of an activity


def by_verb(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> Iterator[Triple]:
    """The bodies before the verb in its clause, or the subject and the bodies after 会同/联合."""
    text = ctx.text
    if PRAISE.match(text, verb.end):
        return  # 是市人大及其常委会、市政协和社会各界团结协作的结果: thanks for a result, no working together stated
    if text.startswith("联合发展", verb.start):
        return  # 引入A、B等央企战略力量联合发展: growing together, no working together stated
    if PARTNERSHIP_NOUN.match(text, verb.start):
        return  # A、B等合作银行, 签署合作协议: 合作 naming a kind of partner or paper, no working together stated
    if (partnered := _partners_in_noun(ctx, sent, topic, verb)) is not None:
        yield from partnered
        return
    before = actors_between(text, sent, verb.clause_start, verb.start)
    if len(before) > 1 and before[-1].generic and SUMMED_UP.search(
            text, max(0, before[-1].start_char - 6), before[-1].start_char):
        before = before[:-1]  # A与B等区县纪委监委协作配合: the bodies named, not the class summing them up
    if not before and (parties := _parties_named(text, sent, verb)):
        for i, party in enumerate(parties):  # A与B、C建立M，三方密切协作: each of the three with each other
            for other in parties[i + 1 :]:
                yield party, "COOPERATES_WITH", other
        return
    if not before:
        # “（并）联合/会同B开展…”: B works with the subject the clause leaves out (A of 由A牵头 before it)
        joint = JOINT_WITH.match(text, verb.start)
        leader = lead_of(text, sent, verb.clause_start) if joint else None
        lead = [leader] if leader is not None else [s for s in sent.subject if s.end_char <= verb.start] or topic
        if lead and joint:
            # (…，与B建立M，联合开展X: B, named as the partner in the clause before)
            partners = listed_after(text, sent, joint.end()) or _partners_before(text, sent, verb)
            for partner in partners:
                if partner is not lead[0]:
                    yield lead[0], "COOPERATES_WITH", partner
        return
    group = group_of(text, sent, before[-1])
    if text.endswith(DRAWN_FROM, 0, group[0].start_char) or (
            text.startswith("组成", verb.start) and text[group[0].start_char - 1] == "由"
            and PEOPLE_MAKE_UP.search(text, group[-1].end_char, verb.start)):
        return  # 从A、B抽调骨干组成巡察组, 由A、B负责同志组成: where the members come from, no working together stated
    if ctx.reporter is not None and WE_WITH.fullmatch(text, verb.clause_start, group[0].start_char):
        for partner in group:  # 我们与中国科学院合作…: the body that reports works with them
            yield ctx.reporter, "COOPERATES_WITH", partner
        return
    lead = topic if verb.clause_start == sent.start else []  # a sentence that opens with 与: its dropped subject
    if lead and PARTNER_MARK.fullmatch(text, verb.clause_start, group[0].start_char) and lead[0] not in group:
        for partner in group:  # “…。与A、B联合建立M”: A and B with the subject the clause leaves out
            yield lead[0], "COOPERATES_WITH", partner
        return
    if verb.start > group[0].start_char and JOINT_WITH.fullmatch(text, verb.clause_start, group[0].start_char):
        return  # “…，会同B和C组成…”: B and C are the partners of the subject 会同 names, not of each other
    if JOINT_ACTIVITY.match(text, verb.start) and ACTIVITY_BEFORE.search(text, group[-1].end_char, verb.start) \
            and group[0].start_char != verb.clause_start:
        return  # 联合A、B开展跨部门联合抽查: 联合抽查 names the activity A and B join, not one working with the other
        # (A、B对…进行联合督查: the two opening the clause hold it together; not 对A、B开展联合检查)
    leader = lead_of(text, sent, verb.clause_start) if HELPING.match(text, verb.start) else None
    if leader is not None:  # 由A牵头，B、C配合: the helpers (the subject of 配合) work with the lead
        with_lead = text[verb.clause_start : group[0].start_char].endswith(("与", "同", "和"))
        for partner in group:  # (A牵头…，与B、C协作配合: A, the subject, with its partners)
            yield (leader, "COOPERATES_WITH", partner) if with_lead else (partner, "COOPERATES_WITH", leader)
        return
    if HELPING.match(text, verb.start) and _listed_helpers(text, verb, group):
        # 村民委员会、居民委员会应当配合开展…: helpers listed, each helping whom the verb names (none: no relation)
        for helper in group:
            for helped in listed_after(text, sent, verb.end):
                yield helper, "COOPERATES_WITH", helped
        return
    if (joined := _listed_joining(text, sent, verb, group)):
        for body in group:  # A、B会同C: each of the listed bodies with C, not with each other
            for other in joined:
                yield body, "COOPERATES_WITH", other
        return
    subjects = before_partners(text, group)
    if 1 < len(subjects) < len(group):  # A、B也主动与C协作: each of A and B with C, not A with B
        for body in subjects:
            for partner in group[len(subjects) :]:
                yield body, "COOPERATES_WITH", partner
        return
    first = group[0]
    partners = group[1:]
    opens = OPENS_WITH_PARTNER.fullmatch(text, verb.clause_start, first.start_char) is not None
    with_partners = PARTNER_MARK.search(text, verb.clause_start, first.start_char) is not None
    if partners and not opens and with_partners and subjects_before_partner(text, sent, verb.clause_start, first):
        opens = True  # 省法院已与A、B和C联合建立…: the subject before 与 with each of them, not they with each other
    if (not partners or opens) and with_partners:
        # 公安派出所应当与A、B联动: the subject before 与 in the clause, else the clause's before (…机制，与A、B联合
        # 查办: both partners of the body before the clause, not of each other)
        own = subjects_before_partner(text, sent, verb.clause_start, first)
        # (A率先与B建立M，并与C、D协作配合: A, not B, a partner in the clause before)
        preceding = own or [s for s in actors_of(text, sent) if s.end_char <= verb.clause_start
                            and not UNDER_WHOM.match(text, s.end_char)
                            and not text.endswith((*PARTNER_WORDS, "在"), 0, s.start_char)] or topic
        if not preceding and opens:
            return  # …，与A、B协作配合 of a subject kg does not know (驻组): A and B its partners, not each other's
        if preceding:
            listed = group_of(text, sent, preceding[-1]) if own else []
            subjects = [s for s in listed if s.start_char >= verb.clause_start]
            first, partners = preceding[-1], group_of(text, sent, first, forward=True)
            for other in subjects[:-1]:  # 县财政局、县农业农村局也主动与县纪委监委协作: each of the listed subjects
                for partner in partners:
                    yield other, "COOPERATES_WITH", partner
    joint = JOINT_WITH.match(text, past_alias(text, first.end_char))  # (A（以下简称B）会同C)
    if not partners and joint:
        partners = listed_after(text, sent, joint.end())
        if partners and joint.group().endswith("联合") and JOINT_SIGNING.match(text, partners[-1].end_char):
            return  # A联合B印发《…》: signed together, which alone is no working together
    for partner in partners:
        yield first, "COOPERATES_WITH", partner


# 加强与A、B的协作配合, 与C的联动: the work together named as a noun, whose partners are the bodies after 与
THEIR_WORK = re.compile("的[^，。；的与]{0,4}")


def _partners_in_noun(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> list[Triple] | None:
    """The clause's actor with each body of 与A、B的(沟通)协作 before the verb; None if the verb stands in no such
    phrase."""
    text = ctx.text
    at = text.rfind("与", verb.clause_start, verb.start)
    if at < 0:
        return None
    partners = chain(text, [s for s in outermost(sent.of("ORG")) if at < s.start_char < verb.start])
    if not partners or partners[0].start_char != at + 1 or not THEIR_WORK.fullmatch(
            text, partners[-1].end_char, verb.start):
        return None
    heads = who_acts(text, sent, topic, at, verb.clause_start)
    return [(head, "COOPERATES_WITH", partner) for head in heads for partner in partners if head is not partner]


UNDER_WHOM = re.compile("[^，。；]{0,8}下[，,]")  # 在市委政法委统筹下，与B…: the body above, no partner of B


WE_WITH = re.compile(f"(?:我们|本届政府|我[局委院厅办]){PARTNER_ADVERBS}(?:与|同|和|会同)")  # 我们与B合作…
OPENS_WITH_PARTNER = re.compile(f"(?:并|还|同时)?(?:与|同){NEIGHBOURING}")


OVER_THEM = re.compile("的?(?:统一|坚强|直接|有力)?(?:领导|指导|统筹|组织|协调)下")  # (在县防指统一领导下)


def _parties_named(text: str, sent: Sentence, verb: VerbAt) -> list[Ent]:
    """The bodies a clause that opens with their count (三方, 双方, 各方) names together: those of the sentence before
    it, but one it works under (在县防指统一领导下)."""
    if BOTH.match(text, verb.clause_start) is None or verb.clause_start <= sent.start:
        return []
    named = [s for s in actors_between(text, sent, sent.start, verb.clause_start)
             if not OVER_THEM.match(text, s.end_char)]
    return named if named_together(text[verb.clause_start : verb.start], named) else []


def _listed_helpers(text: str, verb: VerbAt, group: list[Ent]) -> bool:
    """Whether ``group`` is a plain list of bodies (A、B) before a helping verb, none of them another's partner
    (A与B…配合 is two working together)."""
    if len(group) < 2 or PARTNER_MARK.search(text, verb.clause_start, group[0].start_char):
        return False
    return before_partners(text, group) == group


def _listed_joining(text: str, sent: Sentence, verb: VerbAt, group: list[Ent]) -> list[Ent]:
    """The bodies named right after 会同/联合 when a plain list of bodies joins them (A、B会同C: C), else none."""
    if len(group) < 2 or not text.startswith(("会同", "联合"), verb.start) or not ADVERBS.fullmatch(
            text, group[-1].end_char, verb.start):  # (A、B还联合C)
        return []
    if before_partners(text, group) != group:
        return []  # A与B联合…: two partners already
    return listed_after(text, sent, verb.end)


def _partners_before(text: str, sent: Sentence, verb: VerbAt) -> list[Ent]:
    """The bodies after 与/同/会同 in the clause right before a 联合/共同 that names none (与B建立M，联合开展X)."""
    if not text.startswith(("联合", "共同"), verb.start) or verb.clause_start <= sent.start:
        return []
    start, _ = clause_of(text, sent, verb.clause_start - 1)
    for body in actors_between(text, sent, start, verb.clause_start):
        if PARTNER_MARK.search(text, start, body.start_char) and text[body.start_char - 1] in "与同":
            return [b for b in listed_after(text, sent, body.start_char) if b.end_char <= verb.clause_start]
    return []


# 在县公安局配合下，A捣毁…; A在B的大力协助下…: B works with the body the clause goes on about
HELPED_UNDER = re.compile(r"在(?P<org>[^，。；,;在]{2,40}?)的?(?:大力|积极|密切|全力|通力)?(?:配合|协助|协作)下")


def helped_under(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """在B配合下: B works with the subject of the sentence (before the phrase) or the body right after it."""
    text = ctx.text
    if text.find("下", sent.start, sent.end) < 0:
        return  # most sentences: no 下, nothing for the phrase's scan to find
    for m in HELPED_UNDER.finditer(text, sent.start, sent.end):
        helpers = [s for s in outermost(sent.of("ORG"))
                   if m.start("org") <= s.start_char and s.end_char <= m.end("org")]
        helped = [s for s in sent.subject if s.end_char <= m.start()] or [
            s for s in actors_of(text, sent) if s.start_char >= m.end()][:1]
        for helper in helpers:
            for body in helped:
                if body is not helper:
                    yield helper, "COOPERATES_WITH", body
