"""ESTABLISHED: who sets up a mechanism, a campaign or a body.

A body sets up what follows one of its set-up verbs in the clause (建立…机制, 推行…模式, 成立…领导小组), each
campaign it starts (开展A、B和C专项整治); setting up a titled document (建立《某某协作机制》) is issuing it.

Examples
--------
>>> import kg
>>> doc = kg.load()("县委巡察办开展村级巡察专项行动。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t != "PART_OF"]
[('县委巡察办', 'ESTABLISHED', '村级巡察专项行动')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.lexicons import CAMPAIGN_HEADS, CAMPAIGN_VERBS, SETS_UP_BODY
from kg.pipeline.relations.actors import actors_of, chain, clause_of, listed_after
from kg.pipeline.relations.clauses import carried, made, objects_after, who_acts, with_dropped_lead
from kg.pipeline.relations.context import Context, Sentence, Triple, VerbAt
from kg.pipeline.relations.modality import unreal
from kg.pipeline.spans import Ent, is_han

# 推进 names a campaign (推进…专项行动) but says a body pushes on with it, not that it started it
# (开展为期三个月的…行动: how long it runs between the verb and the campaign)
CAMPAIGN_VERB = re.compile(f"(?:{'|'.join(v for v in CAMPAIGN_VERBS if v != '推进')})了?(?:为期[^，。；的]{{1,8}}的)?$")
COUNTED = re.compile(r"[\d一二三四五六七八九十两]+个")
COUNT_AFTER = re.compile(r"(?:超|近|达|共|约)?\d[\d.]*(?:万|亿)?(?:人次|户次|个|项|次|件|户|家|人|场)")
QUOTED_ACTIVITY = re.compile("”[^“”]{0,4}(?:活动|专项培训)$")  # 开展“企业家接待日”活动, “技能青禾”专项培训: named
# 组建8个巡察组: teams in the plural by their bare head (a kind); 组建3个联合监督组 names the teams it sets up
BARE_TEAMS = frozenset({"巡察组", "巡视组", "检查组", "督查组", "督导组", "工作组", "调研组", "指导组", "考核组"})


def campaigns(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """开展/实施 a named campaign (…专项整治, …行动): the body that starts it ESTABLISHED it."""
    text = ctx.text
    mechs = sent.of("MECH")
    for i, mech in enumerate(mechs):
        verb = CAMPAIGN_VERB.search(text, max(sent.start, mech.start_char - 16), mech.start_char)
        if verb is None or unreal(text, sent, verb.start()):
            continue
        clause_start, _ = clause_of(text, sent, verb.start())
        heads = who_acts(text, sent, topic, verb.start(), clause_start)
        if COUNT_AFTER.match(text, mech.end_char):
            continue  # 开展临时救助19万人次: help given, counted, no campaign started
        for item in chain(text, mechs[i:]):  # 开展A、B和C: each item
            name = item.text.rstrip("”")  # 开展“春风行动”: a campaign named in quotes
            bare = name.lstrip("“") in CAMPAIGN_HEADS  # (“行动”: a bare head, no campaign named)
            if (not bare and (name.endswith(CAMPAIGN_HEADS) or _quoted_whole(text, item))) or QUOTED_ACTIVITY.search(
                    item.text):
                for head in heads:
                    yield head, "ESTABLISHED", item


def _quoted_whole(text: str, mech: Ent) -> bool:
    """Whether a mechanism is named by a quote alone, right after its verb (开展“一案双查”, 实施“一湖一策”): a named
    kind of work that is started, not a word of a longer phrase (开展“一把手”监督)."""
    start, end = mech.start_char, mech.end_char
    if text.endswith("“回头看”", start, end) and end - start <= 11:
        start = end - 5  # 开展整改“回头看”, 开展巡察“回头看”: a follow-up check by the work it follows up
    elif text[start : start + 1] != "“":
        start, end = start - 1, end + 1  # (the mention without its marks)
    verb_end = mech.start_char if start >= mech.start_char else start
    return (text[start : start + 1] == "“" and text[end - 1 : end] == "”" and CAMPAIGN_VERB.search(text, 0, verb_end)
            is not None and not is_han(text[end : end + 1] or "。"))


def by_verb(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> Iterator[Triple]:
    """建立, 推行, 成立…: the mechanisms after the verb in its clause, the first body a set-up verb names
    (成立…领导小组), and a title right after it (建立《某某协作机制》, ISSUED)."""
    text = ctx.text
    counting = text.startswith(("实施", "开展"), verb.start)  # 实施医疗救助613.7万人次: help given, counted
    tails = [t for t in objects_after(text, sent, verb, "MECH") or _run_by(text, sent, verb)
             if not (counting and COUNT_AFTER.match(text, t.end_char))]  # (设立“共享法庭”126个: set up)
    if SETS_UP_BODY.match(text, verb.start, verb.end):
        # 组建8个巡察组 sets up teams in the plural, not one named body
        after = _past_whose(text, verb)
        first = [s for s in actors_of(text, sent) if after <= s.start_char < verb.clause_end
                 and not (COUNTED.search(text[verb.end : s.start_char]) and s.text in BARE_TEAMS)][:1]
        if first:  # (新组建农发集团、纺织集团: each body of the list)
            listed = [s for s in listed_after(text, sent, first[0].start_char) if s.end_char <= verb.clause_end]
            tails += listed or first
    tails += _built_body(text, sent, verb)
    titled = [s for s in sent.of("DOC") if s.start_char == verb.end + 1 and text[verb.end] == "《"]
    if not tails and not titled:
        yield from _set_up_by(text, sent, verb)  # 票决制由县人大常委会推行: what is set up named first
        return  # nothing set up (most verbs): no actor to look for
    heads = with_dropped_lead(text, verb.clause_start, who_acts(text, sent, [], verb.start, verb.clause_start), topic)
    if not heads:  # a carried subject, unless the clause has a subject of its own
        heads = carried(text[sent.start : verb.start], topic)
    yield from made(ctx, heads, tails + titled)


# what 建立 sets up as a body of its own, named right after it (建立行政争议协调化解中心)
BUILT_BODIES = ("中心", "工作站", "服务站", "联络站", "工作室", "联盟", "委员会", "专班")


def _built_body(text: str, sent: Sentence, verb: VerbAt) -> list[Ent]:
    """The body 建立 names right after it and sets up (建立行政争议协调化解中心), not one its object is about
    (建立县法院与县检察院的协作机制: a mechanism)."""
    if not text.startswith("建立", verb.start):
        return []
    start = verb.end + (text[verb.end : verb.end + 1] in "了起")
    quoted = text[start : start + 1] == "“"  # (建立“律商联络站”: the body's name quoted)
    return [s for s in actors_of(text, sent) if s.start_char == start + quoted and s.text.endswith(BUILT_BODIES)
            and not s.generic and text[s.end_char + quoted : s.end_char + quoted + 1] in ("，", "。", "；", "、", "")
            and (not quoted or text[s.end_char] == "”")][:1]


def _past_whose(text: str, verb: VerbAt) -> int:
    """Where the name of what a verb sets up may start: past a phrase of who leads it (成立由市委、市政府主要负责同志任
    组长的领导小组: the group, not 市委) or of what it is built around (组建以县人民医院为龙头的县总医院)."""
    if text.startswith(("由", "以"), verb.end) and (whose := text.find("的", verb.end, verb.clause_end)) > 0:
        return whose + 1  # (组建以县人民医院为龙头…的总医院: the new body, not its lead member)
    return verb.end


# 票决制由县人大常委会在全县推行: the mechanism first, who sets it up after 由, where between them and the verb
BY_AGENT = re.compile("(?:在[^，。；由]{1,10}?)?(?:统一|全面|负责|组织|牵头)?$")


def _set_up_by(text: str, sent: Sentence, verb: VerbAt) -> Iterator[Triple]:
    """The mechanism named right before 由 and the body after it that the verb says sets it up (M由A推行)."""
    for org in actors_of(text, sent):
        if org.end_char > verb.start or text[org.start_char - 1 : org.start_char] != "由":
            continue
        if BY_AGENT.fullmatch(text, org.end_char, verb.start):
            yield from ((org, "ESTABLISHED", m) for m in sent.of("MECH") if m.end_char == org.start_char - 1)


# 建立由A牵头，B、C等部门参加的M: who runs the practice, over a comma, before its name
RUN_BY = re.compile("[^，。；]{2,30}?(?:参加|参与|配合|组成|协同)的$")


def _run_by(text: str, sent: Sentence, verb: VerbAt) -> list[Ent]:
    """The mechanism named after the clause that says who runs it (建立由农业农村主管部门牵头，财政、审计等部门参加的
    联席会议制度), when the verb's own clause holds only 由…牵头."""
    if not text.startswith("由", verb.end) or verb.clause_end >= sent.end:
        return []
    _, next_end = clause_of(text, sent, verb.clause_end + 1)
    return [s for s in sent.of("MECH") if verb.clause_end < s.start_char < next_end
            and RUN_BY.search(text, verb.clause_end + 1, s.start_char)][:1]
