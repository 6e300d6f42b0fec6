"""INSPECTS: who inspects whom.

An inspection team with the verb alone before its targets (省委第一巡视组巡视省水利厅党组: ``direct_object`` is
``body``), any body with a verb that takes the body it acts on right after it, whoever acts
(县纪委监委实地走访县政务服务中心: ``direct_object`` is ``body_any`` or ``body_only``),
or a body in the phrase 对…开展巡察 (each body listed, also after a colon: 对以下单位开展巡察：A、B; 巡视 of a place is
of its party committee: 对湖北省进行巡视 → 湖北省委). A verb whose ``direct_object`` is ``body_only`` (排查, 清查,
核查) is aimed more often at a thing than at a body (排查安全隐患, 对县卫健局反映的问题开展核查): it inspects only
bodies that are its whole object. These patterns are the whole family: the verb relations of the finder leave
INSPECTS to them.

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

from kg.pipeline.classes import KIND_COUNT, KINDS_JOINED
from kg.pipeline.relations.actors import (
    ROUND,
    actors_between,
    actors_of,
    chain,
    clause_of,
    group_of,
    listed_after,
    outermost,
)
from kg.pipeline.relations.clauses import set_up_before, who_acts
from kg.pipeline.relations.context import VERBS, Context, Sentence, Triple
from kg.pipeline.spans import Ent, fast_start, trie_scan

# The verb alone between an inspection team and its targets (省委第一巡视组巡视省水利厅党组).
# (县委第二巡察组在巡察县水利局时: the tour under way)
DIRECT_INSPECTION = re.compile(f"在?(?:{VERBS.alternation(VERBS.direct_object('INSPECTS'))})了?")
INSPECT_PHRASE = re.compile(
    # (对照, 对标, 对接: no 对 of a target)
    # (对各县司法局的执法活动检查一次: the verb right after the work of the body it inspects)
    r"(?:对(?![照标接于应表])|进驻)(?P<target>[^，。；,;]{2,60}?)(?:(?:开展|进行|实施)了?[^，。；,;]{0,20}?|(?<=情况|活动|工作))"
    f"(?P<verb>指导|{VERBS.alternation(VERBS.by_relation()['INSPECTS'])})")  # (对…开展业务指导: LEADS)
ROUND_AFTER = re.compile(ROUND)
ROUND_OF = re.compile("(?:第[一二三四五六七八九十\\d]+轮|本轮|新一轮)(?:常规|专项|机动|提级)?(?:巡视|巡察)(?:工作)?$")
# Verbs that take the body they act on right after them, whoever the subject (县纪委监委实地走访县政务服务中心),
# after a word saying how (实地, 随机…); ``body_only`` verbs inspect nothing but a body. 巡视 and 巡察 (``body``)
# are a team's: 市委巡察办巡察市水务局 says an office runs inspections.
_ON_BODIES = [row.verb for row in VERBS
              if "INSPECTS" in row.relations and row.direct_object in ("body_any", "body_only")]
BODY_ONLY = frozenset(row.verb for row in VERBS if "INSPECTS" in row.relations and row.direct_object == "body_only")
VERB_BEFORE_BODY = fast_start(
    f"(?:实地|随机|全面|深入|逐一|逐个|先后|重点|集中|再次|专门|明察)?(?P<verb>{VERBS.alternation(_ON_BODIES)})了?")
# the party committees whose inspections their teams carry out (省委巡视岳阳市委: the committee's tour)
INSPECTING_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "旗委", "党委", "党组")
TEAMS = ("组", "队")  # (组建执法检查组，重点检查了A: the team set up inspects)
# What may follow the bodies a body_only verb inspects in 对…开展排查 (对县卫健局等单位开展排查)
BODIES_END = re.compile(r"(?:等|及其)?(?:[\d一二三四五六七八九十几多]+[个家所])?(?:单位|部门|机构)?(?:的?党组织)?$")


# Every pattern of the family needs an inspection verb or one of the nouns its phrases name an inspection by
# (LISTED_TARGETS, COMPLETED): most sentences have none, and one scan for them spares their four rules
INSPECTION_WORDS = trie_scan([*VERBS.by_relation()["INSPECTS"], "巡察", "巡视", "检查", "督察", "审计", "督查",
                              "指导"])


def relations(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """The bodies a team or a body inspects in ``sent``."""
    text = ctx.text
    if INSPECTION_WORDS.search(text, sent.start, sent.end) is None:
        return
    for team, first in itertools.pairwise(actors_of(text, sent)):  # 省委第一巡视组巡视省水利厅党组: the verb alone
        if DIRECT_INSPECTION.fullmatch(text, team.end_char, first.start_char) and (
                team.text.endswith("组") or (team.text.endswith(INSPECTING_COMMITTEES) and text.startswith(
                    ("巡视", "巡察"), team.end_char))):
            for inspected in listed_after(text, sent, first.start_char):
                yield team, "INSPECTS", inspected
    yield from _verb_before_bodies(ctx, sent, topic)
    yield from _visited(ctx, sent, topic)
    yield from _also_inspected(ctx, sent)
    yield from listed_targets(ctx, sent, topic)
    yield from _completed(ctx, sent, topic)
    if text.find("对", sent.start, sent.end) < 0 and text.find("进驻", sent.start, sent.end) < 0:
        return  # most sentences: no 对 nor 进驻, nothing for the phrase's scan to find
    yield from _gapped(ctx, sent)
    for m in INSPECT_PHRASE.finditer(text, sent.start, sent.end):
        start = m.start("target")
        target = outermost([s for s in sent.of("ORG") if s.start_char >= start and s.end_char <= m.end("target")])
        if len(target) > 1 and OWNED_AFTER.fullmatch(text, target[0].end_char, target[1].start_char) \
                and target[1].end_char == m.end("target"):
            target = target[1:]  # 对市数据局所属的市大数据中心进行延伸巡察: the unit it owns
        if target and target[0] in actors_of(text, sent):  # 对县卫健局、县医保局党组开展巡察: each one
            targets = [s for s in group_of(text, sent, target[0], forward=True) if s.end_char <= m.end("target")]
            if len(listed := _classes_listed(text, target)) > len(targets):
                targets = listed  # 对全市3家燃气企业、46家液化气站开展检查: the kinds listed with their counts
        elif target and ROUND_AFTER.match(text, target[0].end_char):
            continue  # 对十届市委第五轮巡察的被巡察党组织开展督查: the body names a round of inspections
        else:
            targets = _classes_listed(text, target) or _committee_of_place(ctx, m.group("target")) or _pointed_back(
                ctx, sent, m)
        if len(listed := chain(text, target)) > len(targets) and text.startswith("的", listed[-1].end_char):
            targets = listed  # 对A和B的工作进行督查: each body whose work it is (none of them acts, 的 after the last)
        targets += _summed_up(text, sent, targets[-1:], m.end("target"))
        if not targets or (m.group("verb") in BODY_ONLY and not _whole_object(text, targets, m.end("target"))):
            continue  # 对县卫健局反映的问题开展排查: the problems, not the body
        clause_start, _ = clause_of(text, sent, m.start())
        teams = [s for s in actors_of(text, sent) if s.end_char <= m.start() and s.text.endswith("组")]
        own = [t for t in teams[-1:] if t.end_char == m.start()  # (…，第四巡察组对C开展巡察: that team alone)
               and not actors_between(text, sent, clause_start, t.start_char)]
        rounds = ROUND_OF.search(text, clause_start, m.start())  # 市委第三轮巡察对A开展巡察: the committee's round
        by_round = [s for s in sent.of("ORG") if rounds is not None and s.end_char == rounds.start()
                    and s.text.endswith(INSPECTING_COMMITTEES)][-1:]
        heads = own or by_round or set_up_before(text, sent, m.start(), TEAMS) or who_acts(
            text, sent, [], m.start(), clause_start) or teams[-1:] or topic
        kind = "LEADS" if m.group("verb") == "指导" else "INSPECTS"  # 对…开展指导督导, 开展业务指导: guidance
        if len(heads) == len(targets) > 1 and text.endswith("分别", 0, m.start()):
            yield from ((head, kind, inspected) for head, inspected in zip(heads, targets, strict=True))
            continue  # A、B分别对X、Y开展巡察: each its own
        for head in heads:
            for inspected in targets:
                yield head, kind, inspected


# 对全市3家燃气企业、46家液化气站和餐饮单位开展检查: the kinds listed, each with its count
CLASS_JOINT = re.compile(f"(?:{KINDS_JOINED})(?:{KIND_COUNT})?")


def _classes_listed(text: str, target: list[Ent]) -> list[Ent]:
    """The first span of a 对 phrase's target and, when it is a class, the classes listed right after it."""
    listed = target[:1]
    for after in target[1:]:
        if not (listed[-1].generic and after.generic and CLASS_JOINT.fullmatch(text, listed[-1].end_char,
                                                                              after.start_char)):
            break
        listed.append(after)
    return listed


# …组对A进行了巡视，同步巡视了B、C / 并延伸巡察了B: the team's tour, extended to the bodies of a later clause
ALSO_INSPECTED = re.compile("[，,](?:并|同时|还)?(?:同步|延伸|一并)(?:巡视|巡察)了?")


def _also_inspected(ctx: Context, sent: Sentence) -> Iterator[Triple]:
    """The bodies a clause after a team's tour says it also toured (同步巡视了B、C), each inspected by that team."""
    text = ctx.text
    if text.find("巡", sent.start, sent.end) < 0:
        return
    for m in ALSO_INSPECTED.finditer(text, sent.start, sent.end):
        teams = [s for s in actors_of(text, sent) if s.end_char <= m.start() and s.text.endswith(("巡视组", "巡察组"))]
        first = [s for s in actors_of(text, sent) if s.start_char == m.end()]
        if teams and first:
            yield from ((teams[-1], "INSPECTS", body) for body in listed_after(text, sent, first[0].start_char))


OWNED_AFTER = re.compile("(?:所属|下属|直属)的?")
SUMMED_UP = re.compile("等(?:[\\d一二三四五六七八九十两几]+[个家户所])?")


def _summed_up(text: str, sent: Sentence, last: list[Ent], end: int) -> list[Ent]:
    """The class a list of inspected bodies ends with, summing them up (对A、B等6户省属企业开展审计: the 省属企业
    too, as inspected as the two named), none if the list has no such end."""
    return [s for s in sent.of("ORG") if last and s.generic and last[0].end_char < s.start_char and s.end_char <= end
            and SUMMED_UP.fullmatch(text, last[0].end_char, s.start_char)][:1]


# 由第二巡察组对A、B，第四巡察组对C开展巡察: the verb of the second clause left out of the first
GAPPED = re.compile(r"对(?P<target>[^，。；,;对]{2,60}?)[，,]"
                    r"(?=[^，。；,;对]{2,20}?对[^，。；,;]{2,60}?(?:开展|进行)了?"
                    rf"[^，。；,;]{{0,12}}?(?:{VERBS.alternation(VERBS.by_relation()['INSPECTS'])}))")


def _gapped(ctx: Context, sent: Sentence) -> Iterator[Triple]:
    """The team of a clause whose inspection verb only the next clause states inspects the bodies of its 对 list."""
    text = ctx.text
    for m in GAPPED.finditer(text, sent.start, sent.end):
        teams = [s for s in actors_between(text, sent, clause_of(text, sent, m.start())[0], m.start())
                 if s.text.endswith(TEAMS)]
        targets = [s for s in actors_of(text, sent)
                   if m.start("target") <= s.start_char and s.end_char <= m.end("target")]
        if teams and targets and targets[0].start_char == m.start("target"):
            for inspected in group_of(text, sent, targets[0], forward=True):
                if inspected.end_char <= m.end("target"):
                    yield teams[-1], "INSPECTS", inspected


# 对以下单位开展巡察：A、B、C (an inspection notice's list): the bodies listed after the colon
LISTED_TARGETS = re.compile(r"对(?:以下|下列|如下)[^，。；：:]{0,12}?(?:开展|进行)了?[^，。；：:]{0,6}?"
                            r"(?:巡察|巡视|检查|督察|审计|督查)[^。；：:]{0,8}[：:]")


def listed_targets(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """对以下单位开展巡察：A、B、C: the team (or body) before the phrase inspects each body listed after the colon."""
    text = ctx.text
    if text.find("以下", sent.start, sent.end) < 0 and text.find("下列", sent.start, sent.end) < 0 \
            and text.find("如下", sent.start, sent.end) < 0:
        return  # most sentences: no such phrase
    for m in LISTED_TARGETS.finditer(text, sent.start, sent.end):
        first = [s for s in actors_of(text, sent) if s.start_char >= m.end()][:1]
        if not first or text[m.end() : first[0].start_char].strip():
            continue
        clause_start, _ = clause_of(text, sent, m.start())
        for head in who_acts(text, sent, topic, m.start(), clause_start):
            for inspected in listed_after(text, sent, first[0].start_char):
                yield head, "INSPECTS", inspected


# 配合中央督察组完成对自治区党委、政府的例行督察: the inspection done, by the team the subject helps (or the subject)
_INSPECTION_NOUN = "的(?:例行|常规|专项|机动|提级)?(?:巡视|巡察|督察|检查|审计)"
# (在对区交通局的巡察中: the inspection under way, by the clause's actor)
COMPLETED = (re.compile(f"完成(?:了)?对(?P<target>[^，。；]{{2,30}}?){_INSPECTION_NOUN}"),
             re.compile(f"在对(?P<target>[^，。；]{{2,30}}?){_INSPECTION_NOUN}(?=中|期间|过程中)"))
HELPED = re.compile("(?:配合|协助)$")


def _completed(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """完成对A、B的督察, 在对A的巡察中: who does it inspects each body named in the target."""
    text = ctx.text
    if text.find("对", sent.start, sent.end) < 0:
        return
    for m in (m for pattern in COMPLETED for m in pattern.finditer(text, sent.start, sent.end)):
        targets = outermost([s for s in sent.of("ORG") if m.start("target") <= s.start_char
                             and s.end_char <= m.end("target")])
        clause_start, _ = clause_of(text, sent, m.start())
        helped = [s for s in actors_of(text, sent) if clause_start <= s.start_char and s.end_char <= m.start()
                  and HELPED.search(text, clause_start, s.start_char)]
        yield from _each_inspects(helped[-1:] or who_acts(text, sent, topic, m.start(), clause_start), targets)


def _committee_of_place(ctx: Context, target: str) -> list[Ent]:
    """巡视 of a place means its party committee (中央巡视组对湖北省进行巡视 → 湖北省委)."""
    place = target.rstrip("进行开展了")
    found = ctx.committees.get(place + "委") or ctx.committees.get("中共" + place + "委")
    return [found] if found is not None else []


# 对该站开展检查: the last body of that kind named before (青禾县农业技术推广站)
# kinds of shop or works a firm's registered name holds before its 公司 (康仁堂大药房有限公司 is 该药房)
SHOP_KINDS = ("厂", "店", "药房", "商行", "商场", "超市", "酒店")
POINTED_BACK = re.compile(r"(?:该|此)(?P<kind>站|所|局|委|院|中心|公司|集团|医院|学校|企业|单位|办|队"
                          f"|{'|'.join(SHOP_KINDS)})(?:的[^，。；]{{0,12}})?")


GROUP_COMPANY = ("集团有限公司", "集团股份有限公司", "集团有限责任公司")  # 该集团: a group by its company's name


def _pointed_back(ctx: Context, sent: Sentence, m: re.Match[str]) -> list[Ent]:
    """The body 该站, 该公司… points back to: the last non-generic body of an earlier sentence whose name ends in
    that kind (not one acting in this sentence: 县纪委监委联合县审计局对该局…)."""
    back = POINTED_BACK.fullmatch(m.group("target"))
    if back is None:
        return []
    kind = back.group("kind")
    named = [v for v in ctx.views if v.label_ == "ORG" and v.end_char <= sent.start and not v.generic
             and (v.text.endswith(kind) or (kind == "集团" and v.text.endswith(GROUP_COMPANY))
                  or (kind in SHOP_KINDS and kind in v.text))]
    return named[-1:]


# (审计了A…的预算执行情况，以及B、C的…: the bodies of a second object joined by 以及)
ALSO_AFTER = re.compile("[^，。；,;]{0,30}?[，,]以及")


def _verb_before_bodies(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A body that 走访/抽查/排查 the bodies right after the verb (县纪委监委实地走访县政务服务中心)."""
    text = ctx.text
    orgs = sent.of("ORG")
    for m in VERB_BEFORE_BODY.finditer(text, sent.start, sent.end):
        inspected = listed_after(text, sent, m.end())
        if not inspected or any(s.start_char <= m.start("verb") < s.end_char for s in orgs):
            continue
        if (more := ALSO_AFTER.match(text, inspected[-1].end_char, sent.end)) is not None:
            inspected += listed_after(text, sent, more.end())  # 审计了A的…情况，以及B、C等部门的…情况
        clause_start, _ = clause_of(text, sent, m.start())
        heads = set_up_before(text, sent, m.start(), TEAMS) or who_acts(text, sent, topic, m.start(), clause_start)
        yield from _each_inspects(heads, inspected)


# 执法检查组先后赴A、B等单位实地检查, 到县纪委监委督导检查: the bodies gone to are inspected by who goes
VISITED = re.compile("(?:赴|到|深入|前往)(?P<target>[^，。；,;]{2,60}?)(?:等(?:单位|部门))?"
                     "(?:实地|现场|开展|进行)*(?:检查|督查|督导|督察|暗访|抽查|巡查)")


def _visited(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """The bodies a body goes to and checks (赴A、B等单位实地检查): each inspected by the clause's actor."""
    text = ctx.text
    for m in VISITED.finditer(text, sent.start, sent.end):
        first = [s for s in actors_of(text, sent) if s.start_char == m.start("target")]
        if not first:
            continue  # 赴青禾县检查: a place, no body
        visited = [s for s in listed_after(text, sent, first[0].start_char) if s.end_char <= m.end("target")]
        clause_start, _ = clause_of(text, sent, m.start())
        yield from _each_inspects(who_acts(text, sent, topic, m.start(), clause_start), visited)


def _each_inspects(heads: list[Ent], bodies: list[Ent]) -> Iterator[Triple]:
    """Each of ``heads`` inspects each of ``bodies`` but itself."""
    return ((head, "INSPECTS", body) for head in heads for body in bodies if head is not body)


def _whole_object(text: str, targets: list[Ent], end: int) -> bool:
    """Whether the bodies are the whole target of 对…开展 (对县卫健局、县医保局开展排查), not the owners of what is
    inspected (对县卫健局反映的问题开展排查)."""
    return BODIES_END.fullmatch(text, max(t.end_char for t in targets), end) is not None
