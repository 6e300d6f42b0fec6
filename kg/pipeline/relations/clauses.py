"""The grammar every relation family reads: sentences, subjects and what a verb makes.

A clause runs between commas and colons. An *actor* is an organisation that can act: not inside a title or
mechanism, not a modifier (九届市委第二轮巡察) nor a person (市委主要负责同志). The actor of a verb is, in order:
the organisation (or the list ``A、B与C``) nearest before the verb in its clause; the subject of the sentence; the
subject carried over from earlier sentences (the *topic*), since Chinese drops subjects, unless the clause starts
with a subject kg did not recognise as a body (a place, a class of bodies).

Each function reads a :class:`~kg.pipeline.relations.context.Sentence` with the full text (or the
:class:`~kg.pipeline.relations.context.Context` of the call).

Examples
--------
>>> [unrecognised_subject(prefix) for prefix in ("该县探索", "县镇两级工作部门与检察机关", "同时")]
[True, True, False]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.lexicons import SUBJECT_SHORT_FORMS
from kg.pipeline.relations.actors import (
    CLAUSE_BREAKS,
    PARTNER_ADVERBS,
    actors_between,
    actors_of,
    before_partners,
    clause_of,
    group_of,
    listed_after,
    within,
)
from kg.pipeline.relations.context import Context, Sentence, Triple, VerbAt
from kg.pipeline.relations.modality import RELATION_VERB
from kg.pipeline.sentences import doc_sentences
from kg.pipeline.spans import Ent, marked

NEIGHBOURING = "(?:相邻的|相关的|有关的|周边的|毗邻的)?"  # (与相邻的A、B组成…: which partners, no part of them)
PARTNER_MARK = re.compile(rf"(?:与|同|和|会同){NEIGHBOURING}$")
ADVERB_PARTNER = re.compile(rf"{PARTNER_ADVERBS}(?:与|同|和|会同)(?:同级|本级|上级|下级)?")
# what may stand before a clause's subject: 由/经…, a date, a regulation's article number (第六条　县级以上…), an
# item's number (3.某县水利局违规发文问题: a case a bulletin lists), its owner (集团所属A公司)
SUBJECT_PREFIX = re.compile(r"^(?:以|由|经|[\d]{4}年(?:\d{1,2}月)?|第[一二三四五六七八九十百零〇\d]+条[\s　]*"
                            r"|\d{1,2}[.．、](?!\d)|[^，。；]{2,24}?(?:所属|下属)的?)?$")  # (集团所属A公司: A)
CLASS_SUBJECT = re.compile(r"^[^向对为把将给从在与和同]{0,10}?(?:部门|机关|单位|企业|组织|政府|机构|党委|支部"
                           r"|(?<![记作读学或再])者)")  # (平台经营者应当建立…: those the rule binds)
PLACE_SUBJECT = re.compile(r"^(?:该|我|本|全|各)[省市县区州乡镇村]")
# 白鹭村探索建立…, 村里推行…, 城南社区率先…: a village, quarter or town acting (a place, no body), whether or not the
# gazetteer knows it
LOCAL_SUBJECT = re.compile(r"^(?![在对向于从与和为把将由])[\u4e00-\u9fff]{0,6}?(?:村|社区|镇|乡|街道)里?"
                           r"(?=率先|首次|先行|建立|推行|探索|实行|创新|构建|推广|$)")
EACH_SUBJECT = re.compile(r"^各(?![项类种])[\u4e00-\u9fff]")  # 各学校要…, 各成员单位…: each of a class acts
# 青禾产业园率先建立…: a zone acting (not its 管委会, a body kg names)
# (青禾综保区与霁川港区合作实施…: a zone and its partner)
ZONE_SUBJECT = re.compile(r"^(?![在对向于从与和为把将])[\u4e00-\u9fff]{2,12}?"
                          r"(?:产业园|工业园|科技园|园区|开发区|高新区|经开区|新区|示范区|试验区|自贸区|综保区|保税区)"
                          r"(?=率先|首次|先行|建立|推行|探索|实行|成立|设立|出台|制定|印发|创新|构建|与|联合|携手)")
# 学校制定…, 公司建立…, 学院与…签订: the institution the text is about acts, by its short form
INSTITUTION_SUBJECT = re.compile("^(?:该|本|全)?(?:" + "|".join(w for w in SUBJECT_SHORT_FORMS if len(w) > 1)
                                 + ")(?!城区|任务|工作|组|环节)")  # (中心城区, 中心任务: no centre)
# (该行, 本行: a bank's branch, never 该行业, 此行)
ANAPHOR = re.compile(r"(?:该|本|此)(局|委|院|部|厅|办|中心|组|(?<=[该本])行(?![业为动政使列长员])"
                     r"|(?<=[该本])(?:集团|公司)(?![长员]))")
# 该院还联合B…: a partner joined by a body the clause points back to
# (A牵头，联合B…: the partner of the lead; …，并联合B: of the sentence's subject)
JOINED_LEAD = re.compile(rf"并?{PARTNER_ADVERBS}(?:联合|会同|协同)")
# (该院还联合B…, …。同时，将联合B、C…: the body of the text, or its carried subject, with B and C)
JOINED_MARK = re.compile(rf"^(?:{ANAPHOR.pattern})?{JOINED_LEAD.pattern}$")
# 我们 at a clause's start; 我局, 我院, 我委: the body whose report or summary it is
WE = re.compile(r"(?:^|(?<=[，,：:。\n]))(?:[^，,。]{0,8}，)?让?(?:我们|本届政府|我(?P<kind>[局委院厅办部署]))")
SALUTATION = re.compile(r"\s*(?=[^。！？；\n]*各)[^。！？；\n]{2,80}[：:]\s*")  # addressees: 各…，…：
ASKING = ("提请", "报请", "呈请")  # a body asked to act (提请省人大常委会审议…)
# …someone to do (要求各市州建立M); 要求实行M with no one named: those it is asked of, not the body asking (按…的要求
# 编制M: a noun)
DIRECTIVE = re.compile("(?:(?:要求|督促|责令|指导|引导|推动|帮助|鼓励|支持)[^，。；]{2,}"
                       "|(?<![的照按])(?:要求|督促|责令))$")
HELPERS = re.compile(r"(?:等单位|等部门)?(?:共同|积极|密切|全力)?(?:配合|协助|参与)")  # the rest of a helpers' clause


def sentences(ctx: Context) -> Iterator[Sentence]:
    """The sentences of the doc outside noise, each with its entities and its subject."""
    text, spans = ctx.text, ctx.views
    span_starts = [s.start_char for s in spans]
    noise = marked(len(text) + 1, ctx.doc._.kg_noise)
    for start, end in doc_sentences(ctx.doc):
        if noise[start]:
            continue
        first, last = bisect.bisect_left(span_starts, start), bisect.bisect_left(span_starts, end)
        inside = [s for s in spans[first:last] if s.end_char <= end]
        sent = Sentence(start, end, inside, speaker=paragraph_speaker(ctx, start))
        sent.subject = subject(ctx, sent)
        yield sent


def subject(ctx: Context, sent: Sentence) -> list[Ent]:
    """The organisation(s) a sentence is about: an actor at the start of one of its clauses."""
    text = ctx.text
    if text[sent.start] in "(（":
        return []  # a parenthetical note (牵头单位：…) is not what the text goes on about
    if (text.find("各", sent.start, sent.end) >= 0 and SALUTATION.fullmatch(text, sent.start, sent.end)
            and not ctx.verbs.any.search(text, sent.start, sent.end)):
        return []  # 各县区人民政府，市政府各部门：the bodies a notice is sent to
    reporter = sent.speaker or ctx.reporter  # 市城市管理局副局长某某：…我局…: the body that answers
    we = WE.search(text, sent.start, sent.end) if reporter is not None and _may_say_we(text, sent) else None
    if we is not None and we["kind"] and reporter is not None and not reporter.text.endswith(we["kind"]):
        we = None  # 我局 in a text a 委 reports: another body
    # (…，中国某集团总部落户某市，我们会同A组建M: no verb of a relation before 我们, so it is 我们 who acts)
    we_first = we is not None and not ctx.verbs.any.search(text, sent.start, we.start())
    for span in actors_of(text, sent):
        if we is not None and (we.start() < span.start_char or we_first):
            break
        clause_start, _ = clause_of(text, sent, span.start_char)
        if SUBJECT_PREFIX.match(text[clause_start : span.start_char]):
            group = group_of(text, sent, span, forward=True)
            # 办公室设在Y: where it is, not what goes on; but 机构设在Y，履行下列职责：the items are its duties
            if not text.startswith(HOUSED, group[-1].end_char) or LIST_HEAD.search(text, sent.start, sent.end):
                return group
    return [reporter] if we is not None and reporter is not None else []


# 市城市管理局副局长某某：, 省市场监管局负责同志：: a paragraph a body's official speaks (an answer at a press
# conference, an interview), its post and name between the body and the colon
SPEAKER_AFTER = re.compile("[^，,。；：:\n“”]{0,16}?(?:局长|厅长|主任|部长|书记|院长|负责人|负责同志|委员|主席"
                           "|关长|行长|司长|处长|科长|会长|总经理|董事长)[^，,。；：:\n]{0,6}[：:]")


def paragraph_speaker(ctx: Context, at: int) -> Ent | None:
    """The body whose official opens the paragraph of ``at`` and speaks in it (市应急管理局局长某某：…我们…), if any."""
    text = ctx.text
    start = text.rfind("\n", 0, at) + 1
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    if text.find("：", start, start + 40) < 0 and text.find(":", start, start + 40) < 0:
        return None  # (most paragraphs: no colon near their start)
    at = bisect.bisect_left(ctx.views, start, key=lambda v: v.start_char)  # (views in text order: no scan)
    opening = next((v for v in ctx.views[at : at + 8] if v.start_char == start and v.label_ == "ORG"
                    and not v.generic), None)
    if opening is None or SPEAKER_AFTER.match(text, opening.end_char) is None:
        return None
    return opening


def _after_preposition(text: str, span: Ent) -> bool:
    """Whether ``span`` stands after 向 (not 面向), 对 or 在, or between 以 and 为: what the verb makes goes to it
    (向市医保局制发建议书, 对某公司作出处罚决定), or it is where or under whom it is made (在县看守所设立…中心,
    在县委政法委指导下建立M), or what it is made of (以县医院为龙头组建…), or what 将 moves (将A整合组建C), or what the
    work is done through (依托市技师学院开展培训)."""
    start = span.start_char
    before = text[start - 1 : start]
    if (before in ("向", "对") and text[start - 2 : start - 1] != "面") or before == "在":
        return True
    if text[start - 2 : start] in RELIED_ON:
        return True  # 依托市技师学院开展培训: what the work is done through, not who does it
    if (before in ("将", "把") or text[start - 2 : start] in ("将原", "把原")) and MERGED.match(text, span.end_char):
        return True  # 将原A、B整合组建C: what is merged, not who merges (将A已印发的文件转发: A issued it)
    if before == "以" and text.startswith("为", span.end_char):
        return True  # 以县人民医院为龙头，组建…: what the body is made the head of, not who acts
    # 向区水务局、区城管局等行政机关制发…, 向有关行政机关…: the class that sums up those addressed
    return before in "等关各" and ADDRESSED_LIST.search(text, max(0, start - 32), start) is not None


RELIED_ON = frozenset(("依托", "借助", "利用", "凭借", "通过"))
MERGED = re.compile("[^，。；]{0,30}?(?:整合|合并|重组|并入|划入|划转|撤并|改组)")
ADDRESSED_LIST = re.compile("(?<!面)向[^，。；向]{0,30}(?:等|有关|相关|各)$")


def _may_say_we(text: str, sent: Sentence) -> bool:
    """Whether ``sent`` holds the words :data:`WE` needs (a cheap test before its scan)."""
    return text.find("我", sent.start, sent.end) >= 0 or text.find("本届政府", sent.start, sent.end) >= 0


SUMMED_UP = re.compile("等(?:[\\d一二三四五六七八九十]+[个家所项])?$")  # 等, 等9个: a class sums up a list


def who_acts(text: str, sent: Sentence, topic: list[Ent], pos: int, clause_start: int) -> list[Ent]:
    """The actor(s) of a verb at ``pos`` in the clause from ``clause_start``; ``topic`` if the sentence has none."""
    near = actors_between(text, sent, clause_start, pos)
    if len(near) > 1 and near[-1].generic and SUMMED_UP.search(text, max(0, near[-1].start_char - 6),
                                                                near[-1].start_char):
        near = near[:-1]  # 会同A、B等(9个)成员单位建立M: the bodies listed, not the class that sums them up
    group = group_of(text, sent, near[-1]) if near else []
    while group and _after_preposition(text, group[0]):  # 向B制发D: B receives it; 在B设立Y: B houses it
        near = [s for s in near if s.start_char < group[0].start_char]  # (向A、B等机关: the class, then A and B)
        group = group_of(text, sent, near[-1]) if near else []
    if group and text.endswith(ASKING, 0, group[0].start_char) and group[-1].end_char < pos:
        return []  # 提请省人大常委会审议法规、制定规章: the body asked acts in its own verb only (提请B修订D: B does)
    if near and DIRECTIVE.search(text, group[-1].end_char, pos):
        return []  # 纪检监察组推动各医院成立M: those it presses (no body kg names), not the group, set it up
    if near:
        own = subjects_before_partner(text, sent, clause_start, group[0])
        if own:  # 市中院已与市司法局建立M: the subject stands in the clause, an adverb before 与
            return group_of(text, sent, own[-1]) + group
        joining = JOINED_LEAD.fullmatch(text, clause_start, group[0].start_char)
        if joining and (leader := lead_of(text, sent, clause_start)) is not None:
            return [leader] + [s for s in group if s is not leader]  # A牵头，联合B组成M: both, A leading
        # “…，与B建立M”, “A针对…，联合B开展M”: B is a partner of the subject the clause leaves out
        if joining or PARTNER_MARK.search(text[clause_start : group[0].start_char]):
            lead = sent.subject if sent.subject and sent.subject[0].end_char <= clause_start else topic
            return [s for s in before_partners(text, lead) if s not in group] + group
        return group
    if DIRECTIVE.search(text[clause_start:pos]):
        return []  # 要求各市州建立M: those told to, not the subject, set it up (推动建立M is the subject's)
    if (told := TOLD_IT.search(text, sent.start, pos)) is not None:
        return addressee(text, sent, told.start())  # 向B制发建议书，督促其修订D，建立M: B does both
    if named_together(text[clause_start:pos], topic):
        return topic  # A与B签署协议。双方建立M: the bodies named before, each of them
    if text.startswith(GOES_ON, clause_start) and (pressed := _pressed_before(text, sent, clause_start)):
        return pressed  # 督促县农业局建立M，并在全县推行N: the body pressed does both
    if pointed := institution_pointed(text[clause_start:pos], topic) or institution_pointed(
            text[clause_start:pos], actors_between(text, sent, sent.start, clause_start)[::-1]):
        return pointed  # 南湖大学…。学校成立M; 共建A研究院，研究院实行M: the one named before, by its short form
    if unrecognised_subject(text[clause_start:pos]):
        return []  # …，镇原县建立M: a place (or a class of bodies) of its own acts in this clause
    if organised := organised_before(text, sent, clause_start):
        return organised  # A组织B、C，对D开展交叉检查: the bodies organised do it
    if sent.subject and sent.subject[0].end_char <= pos:
        subject = latest_subject(text, sent, pos) or sent.subject
        joined = joined_partners(text, sent, subject[-1].end_char, clause_start)
        return subject + [s for s in joined if s not in subject]
    return topic


# 第五监督检查室组织A、B，对…开展交叉检查; 纪检监察组组织A、B开展M，对…开展检查: the bodies one directs (组织: LEADS)
# act in the clauses after, where no body of their own stands
ORGANISES = re.compile("组织(?!部|开展|实施|召开|力量|专班|领导)")


def organised_before(text: str, sent: Sentence, clause_start: int) -> list[Ent]:
    """The bodies an earlier clause of ``sent`` organises (…组织A、B，), as the actors of a clause from
    ``clause_start``."""
    at = text.rfind("组织", sent.start, clause_start)
    m = ORGANISES.match(text, at) if at >= 0 else None
    if m is None:
        return []
    group = listed_after(text, sent, m.end())
    return group if group and text.find("，", group[-1].end_char, clause_start) >= 0 else []


# ，联合B和C，: a clause of nothing but the partners the subject joins for what the next clause says
PARTNER_CLAUSE = re.compile("[，,](?:联合|会同|协同)")
PARTNERS_END = re.compile("(?:等单位|等部门|等)?[，,]")


# 督促其, 推动其: what follows, to the end of the sentence, the body told does (the one the advice went to)
DIRECTIVE_VERB = re.compile("要求|督促|责令|指导|推动|促使")  # …a body to do (the body right after it)
TOLD_IT = re.compile(f"(?:{DIRECTIVE_VERB.pattern}|帮助|推进)其(?=[^。；]*$)")
GOES_ON = ("并", "同时")  # a clause going on with what the clause before says


def _pressed_before(text: str, sent: Sentence, clause_start: int) -> list[Ent]:
    """The bodies the clause right before ``clause_start`` tells to act (督促县农业农村局建立M: 县农业农村局)."""
    if clause_start - 1 <= sent.start:
        return []
    before_start, _ = clause_of(text, sent, clause_start - 2)
    directive = DIRECTIVE_VERB.search(text, before_start, clause_start)
    return listed_after(text, sent, directive.end()) if directive is not None else []


def addressee(text: str, sent: Sentence, before: int) -> list[Ent]:
    """The bodies ``sent`` addresses before ``before`` (向B提出建议，督促其…: B); none if it addresses none."""
    told = [s for s in actors_between(text, sent, sent.start, before) if _after_preposition(text, s)
            and text[s.start_char - 1] == "向"]
    return group_of(text, sent, told[-1], forward=True) if told else []


def joined_partners(text: str, sent: Sentence, start: int, clause_start: int) -> list[Ent]:
    """The bodies of a clause of partners before the clause from ``clause_start`` (A牵头，联合B和C，组建X: B and C;
    A牵头，会同B，会签D，建立M: B too), none if there is no such clause (会同B开展检查，…: B joins that verb only)."""
    m = PARTNER_CLAUSE.search(text, start, clause_start)
    if m is None:
        return []
    partners = listed_after(text, sent, m.end())
    if not partners or not PARTNERS_END.match(text, partners[-1].end_char):
        return []
    return partners


def subjects_before_partner(text: str, sent: Sentence, clause_start: int, partner: Ent) -> list[Ent]:
    """The bodies of the clause from ``clause_start`` that stand before ``partner`` with only adverbs and 与/同/和/会同
    between (市中院已与市司法局…, 公安派出所应当与居民委员会…): the clause's own subject, partner of ``partner``."""
    return [s for s in actors_between(text, sent, clause_start, partner.start_char)
            if ADVERB_PARTNER.fullmatch(text, s.end_char, partner.start_char)]


# 组建…检查组，重点检查了A; 成立X领导小组，统筹A、B: the body a clause sets up (or a team it sends: 统筹安排4个巡察组，
# 对A开展巡察) acts in the clauses after it
SET_UP_BEFORE = re.compile(r"(?:成立|组建|组成|抽调[^，。；]{0,12}?组成|派出|选派|安排|组织)"
                           r"(?:了|的)?[^，。；]{0,24}?$")


def set_up_before(text: str, sent: Sentence, pos: int, ends: tuple[str, ...]) -> list[Ent]:
    """The body whose name ends in one of ``ends`` set up earlier in ``sent`` than ``pos``, in a clause before the
    one of ``pos`` (组建执法检查组，重点检查了…: 执法检查组)."""
    clause_start, _ = clause_of(text, sent, pos)
    bodies = [s for s in actors_of(text, sent) if s.end_char <= clause_start and s.text.endswith(ends)]
    if bodies and SET_UP_BEFORE.search(text, sent.start, bodies[-1].start_char):
        return bodies[-1:]
    return []


HOUSED = ("设在", "挂靠")
LIST_HEAD = re.compile(r"(?:下列|以下|如下)[^，。；：:]{0,8}[：:]\s*$")  # …履行下列职责：a list of duties follows
# 双方, 三机关, 两部门: the bodies the text has just named together
BOTH = re.compile("(?:(?P<n>[双两三四五])方|各方|(?P<k>[两三四五])(?:家|机关|部门|单位|院))")
_COUNTS = {"双": 2, "两": 2, "三": 3, "四": 4, "五": 5}


def named_together(clause: str, topic: list[Ent]) -> bool:
    """Whether ``clause`` opens with the bodies just named together, as many as ``topic`` holds (双方, 三机关).

    >>> two = [None, None]
    >>> named_together("双方商定建立", two), named_together("三机关建立", two)  # type: ignore[arg-type]
    (True, False)
    """
    m = BOTH.match(clause)
    if m is None or len(topic) < 2:
        return False
    count = m.group("n") or m.group("k")
    return count is None or _COUNTS[count] == len(topic)


def latest_subject(text: str, sent: Sentence, pos: int) -> list[Ent]:
    """The subject of the latest clause before ``pos`` that has one (检查组指出，市政府要……，推行M: 市政府), but
    not of a clause of helpers (由A牵头，B配合，推行M: A)."""
    for span in reversed(actors_between(text, sent, sent.start, pos)):
        clause_start, clause_end = clause_of(text, sent, span.start_char)
        if SUBJECT_PREFIX.match(text[clause_start : span.start_char]):
            group = group_of(text, sent, span, forward=True)
            if _after_preposition(text, group[0]):
                continue  # (以县医院为龙头，组建…: what the body is made the head of)
            if not HELPERS.fullmatch(text, group[-1].end_char, clause_end) and not text.startswith(
                    HOUSED, group[-1].end_char):  # (办公室设在Y，推行M: the office says where it is, does nothing)
                return group
    return []


def lead_of(text: str, sent: Sentence, before: int) -> Ent | None:
    """The body that leads (A in 由A牵头) in a clause of ``sent`` before ``before``."""
    leads = [s for s in actors_between(text, sent, sent.start, before) if text.startswith("牵头", s.end_char)]
    return leads[-1] if leads else None


def with_dropped_lead(text: str, clause_start: int, heads: list[Ent], topic: list[Ent]) -> list[Ent]:
    """``heads`` found by :func:`who_acts` with no topic, and the carried subject when they are only partners of a
    subject the clause leaves out (“…。与市司法局建立M”: the text's subject and 市司法局)."""
    prefix = text[clause_start : heads[0].start_char] if heads else ""
    if heads and (PARTNER_MARK.search(prefix) or JOINED_MARK.search(prefix)) and not any(
            s.start_char < heads[0].start_char for s in topic if s.end_char > clause_start):
        if (anaphor := ANAPHOR.search(prefix)) is not None:  # 该院还联合B…: the body of that kind only
            topic = _of_kind(topic, anaphor.group(1))
        return [s for s in before_partners(text, topic) if s not in heads] + heads
    return heads


def carried(prefix: str, topic: list[Ent]) -> list[Ent]:
    """The carried subject for a verb whose clause names none: 该局/本委 point back to a body of that kind."""
    anaphor = ANAPHOR.search(prefix)
    last = CLAUSE_BREAKS.split(prefix)[-1]
    if DIRECTIVE.search(last):
        return []  # 支持有条件的高校设立…: those it supports set it up
    if anaphor:
        return _of_kind(topic, anaphor.group(1))
    if named_together(last, topic):
        return topic  # 三机关建立了M: the bodies named together before
    if pointed := institution_pointed(last, topic):
        return pointed  # 学校还开展M: the university carried, by its short form
    if ORGAN_SUBJECT.match(last) and (organs := [s for s in topic if is_party_organ(s.text)]):
        return organs[:1]  # 中共某某大学委员会…。党委修订《…》: the party committee the text is about
    return [] if unrecognised_subject(prefix) else topic


# 党委, 校党委, 集团党组 opening a clause: the party committee (or group) of the body the text is about (not a class
# listed: 党委（党组）, 党委和政府)
ORGAN_SUBJECT = re.compile(r"(?:校|学校|集团|公司|部|委|局|院)?(?:党委|党组)(?![（(、和与及）)])")


def is_party_organ(name: str) -> bool:
    """Whether ``name`` names a party committee or leading party group (武汉大学党委, 中共某某大学委员会, 某部党组).

    >>> is_party_organ("中共青禾大学委员会"), is_party_organ("青禾集团党组"), is_party_organ("青禾市政府")
    (True, True, False)
    """
    return name.endswith(("党委", "党组")) or (name.startswith("中共") and name.endswith("委员会"))


def institution_pointed(clause: str, topic: list[Ent]) -> list[Ent]:
    """The institution of ``topic`` a clause opening with its short form points back to (学校 for a university the
    text is about, 集团 for a group), none when the topic holds no institution of that kind (学校应当建立…: each
    school, a class)."""
    m = INSTITUTION_SUBJECT.match(clause)
    if m is None:
        return []
    short = m.group().lstrip("该本全")
    kinds = SUBJECT_SHORT_FORMS[short]
    return [s for s in topic if s.text.endswith(kinds) and not (short == "学院" and "大学" in s.text)][:1]


def _of_kind(topic: list[Ent], kind: str) -> list[Ent]:
    """The body of ``topic`` that 该局, 该院… points back to: the first whose name ends in that kind."""
    return [s for s in topic if s.text.endswith(kind) or (kind == "集团" and "集团" in s.text)][:1]


def unrecognised_subject(prefix: str) -> bool:
    """True if a clause before a verb starts with a subject we did not recognise: a class of bodies
    (县镇两级工作部门与检察机关建立…) or a place acting (该县探索推行…, 定西市坚持…); no organisation is carried
    over to such a verb, nor to an institution by its short form (学校制定…). A class after a preposition
    (向有关职能部门提出…) is an object, not a subject."""
    for clause in CLAUSE_BREAKS.split(prefix):
        if RELATION_VERB.match(clause):
            continue  # 组建济南市企业服务中心，建立M: a clause that opens with its verb has no subject of its own
        if CLASS_SUBJECT.match(clause) or PLACE_SUBJECT.match(clause) or INSTITUTION_SUBJECT.match(clause) \
                or ZONE_SUBJECT.match(clause) or EACH_SUBJECT.match(clause) or LOCAL_SUBJECT.match(clause):
            return True
        said = 2 if clause.startswith("这是") else 0  # (这是青禾县推行M以来…: the place, said to have)
        if load_gazetteer().prefix(clause[said : said + 8]) >= 0:  # a place starts it (find's first span, no scan)
            return True
    return False


def objects_after(text: str, sent: Sentence, verb: VerbAt, label: str) -> list[Ent]:
    """The entities labelled ``label`` after ``verb`` in its clause, but numbers and those inside a body's name:
    what the verb makes (印发《…》, 建立…机制)."""
    orgs = sent.of("ORG")
    end = verb.clause_end
    if label == "DOC" and LISTING.match(text, end):
        end = sent.end  # 制定修订制度28项，主要包括：《A》《B》: the titles the list after the colon names
    return [s for s in sent.of(label) if verb.end <= s.start_char < end
            and s.subtype != "number" and not within(s, orgs)]


def _partners(text: str, heads: list[Ent]) -> bool:
    """Whether the second of ``heads`` is named as the first's partner (A与B, A会同B), not listed with it (A、B)."""
    first, second = heads[0], heads[1]
    if first.end_char > second.start_char:
        return False
    return PARTNER_WORD.search(text, first.end_char, second.start_char) is not None


PARTNER_WORD = re.compile("与|同|会同|联合")
LISTING = re.compile("[，,]?(?:主要|具体|分别)?(?:包括|有|是|为)[：:]")


def made(ctx: Context, heads: list[Ent], tails: list[Ent]) -> Iterator[Triple]:
    """Each of ``heads`` made each of ``tails`` (or each its own, as many as there are, after 分别): a document is
    ISSUED, a way of working or a body ESTABLISHED.

    Named bodies that set up a way of working together work together (A与B建立协作机制: A COOPERATES_WITH B); so do
    classes of bodies named as partners (司法行政部门与监察机关建立衔接机制), not classes listed as each one that may
    (乡镇人民政府、街道办事处…建立联动机制).
    """
    if 1 < len(heads) == len(tails) and "分别" in ctx.text[heads[-1].end_char : tails[0].start_char]:
        pairs = list(zip(heads, tails, strict=True))  # A、B分别组建X和Y: each its own
    else:
        pairs = [(head, tail) for head in heads for tail in tails]
    for head, tail in pairs:
        yield head, "ISSUED" if tail.label_ == "DOC" else "ESTABLISHED", tail
    if (len(heads) > 1 and (not any(h.generic for h in heads) or _partners(ctx.text, heads))
            and any(t.label_ == "MECH" and ctx.verbs.joint.search(t.text) for t in tails)):
        for partner in heads[1:]:
            yield heads[0], "COOPERATES_WITH", partner
