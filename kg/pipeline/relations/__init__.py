"""Relations between the entities of a sentence, from verb lexicons and a few clause patterns.

For each relation verb in a sentence, the actor is, in order: the organisation (or the list
``A、B与C``) nearest before the verb in its clause; the subject of the sentence; the issuer named at the
start of a title (《中共某市委巡察工作规划》); the subject carried over from earlier sentences, since Chinese
drops subjects. Organisations used as modifiers (九届市委第二轮巡察, 市委主要负责同志) are not actors.

One module per relation family (:mod:`~kg.pipeline.relations.issued`, ``established``, ``inspects``, ``leads``,
``structure`` for PART_OF, ``cooperates``), all reading who can act (:mod:`~kg.pipeline.relations.actors`), the
sentence grammar of :mod:`~kg.pipeline.relations.clauses` and the state of one call
(:mod:`~kg.pipeline.relations.context`).
:data:`FAMILIES` lists the rules a sentence goes through, :data:`BY_VERB` the rule of each relation type for a
verb of that type.

Each relation is stored in ``doc._.kg_relations`` as ``(head_span, type, tail_span, (start, end))``
where the last pair is the evidence sentence's character range.

Examples
--------
>>> import kg
>>> doc = kg.load()("天水市委巡察办印发《天水市巡察工作办法》。同时建立“双反馈”机制。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t != "PART_OF"]  # 天水市委巡察办 PART_OF 天水市委 too
[('天水市委巡察办', 'ISSUED', '天水市巡察工作办法'), ('天水市委巡察办', 'ESTABLISHED', '“双反馈”机制')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.pipeline.bare_bodies import SPEAKS_FOR_ITSELF, own_account
from kg.pipeline.relations import cooperates, decrees, established, groups, inspects, issued, leads, structure
from kg.pipeline.relations.actors import before_partners, clause_of, inside
from kg.pipeline.relations.clauses import (
    ANAPHOR,
    BOTH,
    DIRECTIVE,
    HOUSED,
    INSTITUTION_SUBJECT,
    LIST_HEAD,
    WE,
    institution_pointed,
    sentences,
)
from kg.pipeline.relations.context import Context, Sentence, Triple, VerbAt, VerbPatterns
from kg.pipeline.relations.cooperates import HELPING
from kg.pipeline.relations.inspects import DIRECT_INSPECTION, INSPECT_PHRASE
from kg.pipeline.relations.issued import APPROVAL
from kg.pipeline.relations.modality import NOT_MODAL_AFTER, unreal
from kg.pipeline.relations.responsible import responsible
from kg.pipeline.relations.untitled import UNMARKED_DOC
from kg.pipeline.spans import HAN, Ent, doc_text, entity_views, quoted_at, replace_covered

if not Doc.has_extension("kg_relations"):  # registered by the component that sets it
    Doc.set_extension("kg_relations", default=[])

__all__ = ["APPROVAL", "BY_VERB", "DIRECTIVE", "DIRECT_INSPECTION", "FAMILIES", "HELPING", "INSPECT_PHRASE",
           "UNMARKED_DOC", "Context", "RelationFinder", "make_relations"]

# A verb character pair that starts a noun instead: 组成人员 (members), 建立健全 is a verb and stays
NOT_A_VERB = re.compile(r"人员|部分|情况")
# 创新发展“…经验”, 创新驱动: 创新 as the manner of another verb or a noun, creating nothing
# (签订合作协议, 合作备忘录: the agreement's name, no working together; signing alone is none; 共建单位: a partner
# unit, 共建共治共享: a slogan, nothing set up)
NOT_A_VERB_AFTER = {"创新": ("发展", "驱动", "能力", "成果", "活力", "创造", "型"),
                    "合作": ("协议", "备忘录", "框架", "意向书", "协定"),
                    "共建": ("单位", "共治", "共享")}
# (a bare 政府 is the place's: 党委、政府, 制定政府规章)
_LEVEL = "(?:自治区|自治州|[省市县区州旗镇乡])"  # (周庄镇人民政府: a town's own report too)
REPORTER = re.compile(rf"(?:{_LEVEL}|[{HAN}]{{2,9}}{_LEVEL})?(?:人民)?政府")
WORK_REPORT = re.compile(f"{SPEAKS_FOR_ITSELF.pattern}|我[局委院厅办]")  # a body speaking of itself
HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))")
# a line that goes on with a list: （六）…, 2. …, 二是… (the subject it had, not the text's); an article of a rule
# (第七条 …) does not: a subject it leaves out is none of the article's before
ITEM_LINE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)|[一二三四五六七八九十]+是)")
ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十][，,、]|第[一二三四五六七八九十]+[，,、])")

Rule = Callable[[Context, Sentence, list[Ent]], Iterator[Triple]]
VerbRule = Callable[[Context, Sentence, list[Ent], VerbAt], Iterator[Triple]]

# The rule of a relation type for each verb of that type. INSPECTS has its own phrases (inspects.relations) and
# PART_OF its names and 设在/下设 (structure): a verb of theirs alone relates nothing.
BY_VERB: dict[str, VerbRule] = {
    "ISSUED": issued.by_verb,
    "ESTABLISHED": established.by_verb,
    "LEADS": leads.by_verb,
    "COOPERATES_WITH": cooperates.by_verb,
}


def verb_relations(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """The relations of each relation verb of ``sent`` (the longest at a position), by :data:`BY_VERB`."""
    text = ctx.text
    pos = sent.start
    while (m := ctx.verbs.any.search(text, pos, sent.end)) is not None:
        pos = m.end()
        if inside(m.start(), sent.of("DOC", "MECH", "ORG")):
            pos = m.start() + 1  # 纪检监察组建立M: 组建 starts in a name, 建立 after it is the verb
            continue
        if NOT_A_VERB.match(text, m.end()) or text.startswith(NOT_A_VERB_AFTER.get(m.group(), ()), m.end()):
            continue
        if unreal(text, sent, m.start()):
            continue  # 推动出台…条例: what another body issues, pressed for
        verb = VerbAt(m.start(), m.end(), *clause_of(text, sent, m.start()))
        for rel in ctx.verbs.types_of[m.group()]:
            rule = BY_VERB.get(rel)
            if rule is not None:
                yield from rule(ctx, sent, topic, verb)


# The rules each sentence goes through, in this order: the order of the relations found (the output keeps it, and
# a relation found twice keeps the evidence it was found with first).
FAMILIES: tuple[Rule, ...] = (
    issued.in_titles,  # 某市人民政府关于…的意见
    issued.before_titles,  # 落实市纪委监委《关于…的意见》
    issued.approved,  # 《某办法》已经县政府同意
    decrees.promulgated,  # （…市人民政府令第15号公布）under a regulation's title
    decrees.decreed,  # 某省人民政府令 / 第312号 / 《…办法》…现予公布
    structure.named_parts,  # 省纪委监委第七监督检查室 PART_OF 省纪委监委
    structure.named_by_sibling,  # …第一巡察组…，第二巡察组 PART_OF the first's body
    structure.stationed,  # 驻市农业农村局纪检监察组 PART_OF 市纪委监委
    structure.housed,  # 设在, 下设, …的日常办事机构
    structure.delegations,  # 在青禾县代表团 PART_OF the congress named before
    leads.under,  # 在…领导下
    cooperates.helped_under,  # 在…配合下
    inspects.relations,  # 巡视组巡视…, 对…开展巡察
    established.campaigns,  # 开展…专项整治
    issued.by_phrase,  # X由A制定
    verb_relations,  # 印发, 建立, 会同, 指导…
)
# The label of the entities a family's rules start from (each goes through those of the sentence, or needs one to
# act): a sentence without any is not handed to the family, which would find nothing (a call per family and
# sentence was a third of the component's time). The others may act on what earlier sentences named.
NEEDS: dict[Rule, str] = {
    issued.in_titles: "DOC", issued.before_titles: "DOC", issued.approved: "DOC",
    decrees.promulgated: "ORG", decrees.decreed: "DOC",
    structure.named_parts: "ORG", structure.named_by_sibling: "ORG", structure.stationed: "ORG",
    structure.housed: "ORG", structure.delegations: "ORG",
    leads.under: "ORG", cooperates.helped_under: "ORG", established.campaigns: "MECH", issued.by_phrase: "ORG",
}


class RelationFinder:
    """Find ISSUED, ESTABLISHED, INSPECTS, LEADS, PART_OF and COOPERATES_WITH relations.

    The component holds its config only; what one call finds on the way lives in a :class:`Context`.
    """

    def __init__(self, *, verbs: dict[str, list[str]]) -> None:
        self.verbs = verbs
        self.patterns = VerbPatterns.from_config(verbs)

    def context(self, doc: Doc) -> Context:
        """The state of one call on ``doc``."""
        text = doc_text(doc)
        views = entity_views(doc)
        return Context(
            doc, text, views, self.patterns,
            committees={s.text: s for s in views if s.label_ == "ORG" and s.text.endswith("委")},
            signatories=(signed := issued.signatories(text, views)),
            # in a work report, 我们 is the body whose report it is (…人民法院工作报告), else the government that
            # reports (省政府, 自治区人民政府 named in it)
            reporter=_titled_reporter(text, views) or _self_named(text, views, signed) or _opening_body(text, views)
            or _reporting_government(text, views))

    def __call__(self, doc: Doc) -> Doc:
        ctx = self.context(doc)
        text = ctx.text
        relations: list[tuple[Ent, str, Ent, tuple[int, int]]] = []
        topic: list[Ent] = []
        # a work report: each paragraph's dropped subject is the government that reports, not the last body named
        # (or an account a body titles as its own: …关于…情况的通报; or one whose government is its bare 政府:
        # 出台政府规章2件)
        titled = ctx.reporter is not None and _titled_reporter(text, [ctx.reporter]) is ctx.reporter
        reporter = ctx.reporter
        own = reporter is not None and (titled or reporter.text == "政府" or _speaks_for_itself(text)
                                        or (reporter.text.endswith("政府") and OWN_PLAN.match(text, reporter.end_char)))
        report = [reporter] if reporter is not None and own else None
        # a work report whose government goes unnamed (a passage of one): its subjectless sentences are that
        # government's, never a body named sentences before (…大学进入…排名。…率先实施…制度)
        unnamed_reporter = report is None and own_account(doc)
        before_items: list[Ent] | None = None  # the topic before an enumeration (一是…二是…) started
        before_headings: list[Ent] | None = None  # the topic before the first numbered heading (一、 （一） 1.)
        host: Ent | None = None  # the body whose meeting the text reports (省政府第四十七次常务会议)
        issuers = issued.issuer_lines(ctx)
        pair = _parties(ctx.signatories or [head for head, _, _, _ in issuers])  # who 双方 are
        for sent in sentences(ctx):
            if report is not None and text[sent.start - 1 : sent.start] in ("", "\n"):
                topic = report
            elif text[sent.start - 1 : sent.start] == "\n" and not _goes_on(text, sent.start):
                # a dropped subject is carried within its paragraph only; but 学校 opening one is still the
                # university the text named (…大学…\n在成果转化上，学校成立…)
                topic = _institution_opening(ctx, sent)
            elif text[sent.start] not in "该本" and not institution_pointed(text[sent.start : sent.end], topic) and (
                    opening := _institution_opening(ctx, sent)):
                topic = opening  # 某大学附属医院党委…。医院成立M: the hospital whose committee the topic is
            host = _meeting_host(ctx, sent) or host
            if host is not None and MEETING_SAYS.match(text, sent.start):
                topic = [host]  # 会议决定，成立…: the body that met
            if text[sent.start - 1 : sent.start] in ("", "\n") and HEADING.match(text, sent.start):
                before_headings = topic if before_headings is None else before_headings
                topic = before_headings  # a section's subject is never the last one of the section before
            if ITEM.match(text, sent.start):  # each item goes back to what the text was about before the first
                before_items = topic if before_items is None else before_items
                topic = before_items
            elif before_items is not None and text[sent.start - 1 : sent.start] == "\n":
                before_items = None  # a new paragraph ends the enumeration
            if text[sent.start - 1 : sent.start] in ("", "\n") and (named := responsible(text, sent.start, ctx.views)):
                topic = named  # （二）建立…机制。…。（A牵头，B负责）: the task's, those the note names
            if pair and len(topic) != 2 and (both := text.find("双方", sent.start, sent.end)) >= 0 and (
                    both == sent.start or text[both - 1] in CLAUSE_OPENERS):
                topic = pair  # 第一条 双方建立M: the two parties of an agreement, named lines or paragraphs before
            speaker = sent.speaker  # 市城市管理局副局长某某：…我局…: that bureau's 我
            said_by = ctx if speaker is None else replace(ctx, reporter=speaker)
            if speaker is not None and report is not None and topic is report:
                topic = [speaker]  # (its subjectless sentences too, not the government holding the conference)
            for family in FAMILIES:  # (a report's plans too: what a body means to do is stated like what it did)
                if (need := NEEDS.get(family)) is not None and need not in sent.labels:
                    continue
                for head, rel, tail in family(said_by, sent, topic):
                    if head is not tail and head.text != tail.text and not issued.not_its_law(rel, head, tail):
                        relations.append((head, rel, tail, (sent.start, sent.end)))
            subject = [s for s in sent.subject  # (办公室设在Y: where it is, not who acts)
                       if not s.generic and not text.startswith(HOUSED, s.end_char)]
            if any(TOLD_TO.match(text, s.end_char) for s in subject):  # (A要会同B…: A told, with B)
                subject = []  # 市工信局要会同…。组建…: a body told what to do is no subject the text goes on with
            if subject and HONOURED.match(text, subject[-1].end_char):
                subject = []  # A、B等6家企业入选…。开展…: bodies an honour goes to, no subject the text goes on with
            if subject and text[subject[0].start_char - 1 : subject[0].start_char] != "由":
                pair = _parties(subject) or pair  # (由A和B负责联络: who does it, not the parties)
            if report is not None and not (subject and BOTH.match(text, sent.end)):
                topic = report  # a report's subjectless sentence is the reporter's, but 双方… after A与B…
            else:
                # (A与B召开座谈会。…提出建立M: the sentence after goes on with A, its partner B joined that act only;
                # but 随后，两院分别…: both, counted)
                counted = BOTH.search(text, sent.end, sent.end + 8) is not None  # (not ``both``: an int above)
                topic = (subject if counted else before_partners(text, subject)) or _list_head(text, sent) or (
                    [] if unnamed_reporter else topic)
        relations += issued.signed_headline(ctx, relations) + issuers
        doc._.kg_relations = _unique(groups.with_members(ctx, relations))
        if ctx.new_spans:  # what a clause names whole replaces a shorter name found inside it (问题清单)
            replace_covered(doc, ctx.new_spans)
        return doc


def _institution_opening(ctx: Context, sent: Sentence) -> list[Ent]:
    """The institution first named before ``sent`` of the kind the short form opening it stands for (学校 for a
    university, 集团 for a group), right at its start or after an opening phrase (在成果转化上，学校…)."""
    text = ctx.text
    comma = text.find("，", sent.start, sent.end)
    for start in (sent.start, *((comma + 1,) if comma > 0 else ())):
        if INSTITUTION_SUBJECT.match(text[start : sent.end]) is not None:  # (its ^: the slice)
            named = [v for v in ctx.views if v.end_char <= sent.start and v.label_ == "ORG" and not v.generic]
            return institution_pointed(text[start : sent.end], named)
    return []


POINTED_BACK = re.compile(f"\\s*{ANAPHOR.pattern}")  # a pointer opening a paragraph (该行, 该局, 本院)


def _goes_on(text: str, start: int) -> bool:
    """Whether the line at ``start`` goes on with the subject before it: an item of a list (（二）…, 二是…),
    a heading, or the first line under a section's heading (二、保障措施), whose subject is the text's before its
    sections."""
    if ITEM_LINE.match(text, start) or HEADING.match(text, start):
        return True  # (a heading itself: the section's subject is settled where headings are)
    if POINTED_BACK.match(text, start):
        return True  # 该行会同…, 该局还…: a paragraph that opens pointing back to the body before
    before = text.rfind("\n", 0, start - 1) + 1
    heading = text[before : start - 1].strip()
    return len(heading) <= 20 and "。" not in heading and HEADING.match(heading) is not None


# what a body is chosen for or given, right after it (等6家企业入选…, 获评…, 被评为…)
# (…研究所正式成立, …中心投入运行: a body come into being, no one acting that the text goes on with)
HONOURED = re.compile("(?:等[^，。；、]{0,8})?(?:成功|先后|分别|均|都|首次|再次|还|也|正式)?"
                      "(?:入选|获评|获批|荣获|被评为"
                      "|被确定为|被列为|列入|上榜|位列|跻身|获得|挂牌成立|揭牌成立|成立[，。；]|揭牌[，。；]|投入运行"
                      "|投入使用|建成投用|建成运行|落户|开业|启用)")
TOLD_TO = re.compile(f"(?:还|也|都|则|均)?要{NOT_MODAL_AFTER}")  # right after a sentence's subject: what it is told


# the title line of a report (…工作报告, …工作总结), after blank lines and an editor's note in brackets
_FIRST_LINE = r"(?:\s*[（(][^\n]*[）)][ \t\u3000]*\n)?\s*"
REPORT_TITLE = re.compile(rf"{_FIRST_LINE}(?:\d{{4}}年)?(?P<body>[^\n，。]{{2,30}}?)(?:\d{{4}}年)?"
                          r"(?:年度)?(?:上半年)?工作(?:报告|总结)")


# …关于巡察整改进展情况的通报: a body's account of its own work, in its title line
ACCOUNT_TITLE = re.compile(rf"{_FIRST_LINE}[^\n]{{2,30}}?(?P<about>关于)[^\n]{{2,60}}?"
                           r"(?:情况的?|工作的?)(?:通报|报告|总结)[ \t\u3000]*\n")


# 关于…的审计工作报告（摘要）\n——在…会议上\n某省审计厅: the body on the line after a report's title (and occasion)
BYLINE = re.compile(r"\s*[^\n]{4,80}?(?:报告|总结|通报)(?:[（(][^）)\n]{1,8}[）)])?[ \t\u3000]*\n"
                    r"(?:[ \t\u3000]*——[^\n]{2,60}\n)?[ \t\u3000]*(?P<body>[^\n，。：]{2,30}?)[ \t\u3000]*\n")


# 在省委、省政府和市委的坚强领导下，市政府…: a government named among those the reporter works under
UNDER_LEADERS = re.compile("[^，。；在\\n]{0,24}?领导下")
PARTNER_BEFORE = re.compile("(?:与|同|和|向|对|会同|联合)$")  # 与福建省人民政府联合印发: a partner, not the reporter


# 市政府将在…领导下，重点抓好以下工作：: a government naming itself as the one whose plan the text sets out
OWN_PLAN = re.compile("[^。；\n]{0,60}?(?:重点|着力|全力|切实)?(?:抓好|做好|落实|推进|开展)以下"
                      "(?:[几\\d一二三四五六七八九十]+个?方面)?(?:重点)?工作")


def _speaks_for_itself(text: str) -> bool:
    """Whether the text speaks of itself as 我们, 本届政府, 我局… outside quoted speech (an article quoting an
    official's “我们…” is no body's own report).

    >>> _speaks_for_itself("我们建立了机制。"), _speaks_for_itself("组长说：“我们不是陪跑者。”")
    (True, False)
    """
    return any(not quoted_at(text, m.start()) for m in WORK_REPORT.finditer(text))


def _reporting_government(text: str, views: list[Ent]) -> Ent | None:
    """The first government the text names that is not among those it works under (在省委、省政府和市委的坚强领导下，
    市政府…: 市政府) nor a partner or addressee (与福建省人民政府联合印发), else the first it names; no class of
    governments (各设区市人民政府)."""
    governments = [v for v in views if v.label_ == "ORG" and not v.generic  # (each ends in 政府: the test first)
                   and (name := v.text).endswith("政府") and REPORTER.fullmatch(name)]
    return next((v for v in governments if not UNDER_LEADERS.match(text, v.end_char)
                 and not PARTNER_BEFORE.search(text, max(0, v.start_char - 2), v.start_char)),
                governments[0] if governments else None)


def _titled_reporter(text: str, views: list[Ent]) -> Ent | None:
    """The body a report's title line names as the one reporting (青禾市中级人民法院工作报告: the court; 县自然资源局
    党组关于巡察整改进展情况的通报: the party group), or the body on the line after its title (a byline)."""
    byline = BYLINE.match(text)
    if byline is not None:
        start, end = byline.span("body")  # (the body's whole name, or its end where a place kg lacks leads it)
        by = next((v for v in views if v.label_ == "ORG" and v.end_char == end and v.start_char <= start + 2), None)
        if by is not None:
            return by
    m = REPORT_TITLE.match(text)
    if m is not None:
        return next((v for v in views if v.label_ == "ORG" and v.start_char == m.start("body")
                     and v.end_char == m.end("body")), None)
    m = ACCOUNT_TITLE.match(text)
    if m is None:
        return None
    return max((v for v in views if v.label_ == "ORG" and v.end_char == m.start("about")),
               key=lambda v: v.end_char - v.start_char, default=None)


# 省政府第四十七次常务会议, 县委常委会会议: a body's meeting; 会议决定/会议研究…: what that meeting did
MEETING_OF = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+次)?(?:常务|全体|党组|主任|专题)?(?:会议|全会)")
MEETING_SAYS = re.compile(r"\s*(?:会议|全会)(?:还|并|同时)?(?:研究)?(?:决定|部署)")
HOLDS = re.compile("(?:召开|举行)了?")  # a body that holds its meeting, not one whose meeting is studied
# 中共某市委十五届十一次全会12月20日召开: the committee's plenary session, held (its session, then 召开 after)
PLENUM_HELD = re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全(?:体)?会(?:议)?"
                         r"[^。，]{0,12}?(?:召开|举行)")


def _meeting_host(ctx: Context, sent: Sentence) -> Ent | None:
    """The body whose meeting ``sent`` says is held (召开省政府第四十七次常务会议; the last one)."""
    text = ctx.text
    if text.find("会", sent.start, sent.end) < 0:
        return None
    hosts = [o for o in sent.of("ORG") if (MEETING_OF.match(text, o.end_char)
             and HOLDS.search(text, max(sent.start, o.start_char - 3), o.start_char))
             or PLENUM_HELD.match(text, o.end_char)]
    return hosts[-1] if hosts else None


SELF_NAMED = re.compile("(?<=[，。：:\n由经])我([局厅委院办部署])(?![”\"])")


# 过去一年，在县委和市纪委监委的坚强领导下，某县纪委监委坚持…: an account that opens on the body giving it (a line of
# title before it at most), when it goes on to say 我们
OPENING = re.compile(r"(?:[^\n。]{2,40}\n)?(?:[^\n，。我]{0,10}(?:年|以来|年来|期间)，)?"
                     r"(?:在[^\n。]{2,40}?(?:领导|指导|支持)下，)?")


def _opening_body(text: str, views: list[Ent]) -> Ent | None:
    """The body a text of 我们 opens on as its subject: who 我们 is in its account of its own work."""
    if WE.search(text) is None:
        return None
    opening = OPENING.match(text)
    start = opening.end() if opening is not None else 0  # (it matches the empty string: always)
    body = next((v for v in views if v.label_ == "ORG" and not v.generic and v.start_char == start
                 and not UNDER_LEADERS.match(text, v.end_char)), None)
    if body is not None and LEADING_ALL.match(text, body.end_char) and _reporting_government(text, views):
        return None  # 五年来，省委团结带领全省人民…: in a government's report the committee leads, not reports
    return body


LEADING_ALL = re.compile("(?:团结)?带领")


def _self_named(text: str, views: list[Ent], signed: Sequence[Ent] = ()) -> Ent | None:
    """The body that speaks of itself as 我厅, 我局, 我部…: the body of that kind that signs the text (a ministry's
    reply), else the first of that kind the text names (an interview with a department's head, a bureau's
    summary)."""
    m = None
    at = text.find("我")  # every match starts at a 我: tried there only (re tries the look-behind everywhere)
    while at >= 0 and m is None:
        m = SELF_NAMED.match(text, at)
        at = text.find("我", at + 1)
    if m is None:
        return None
    return next((v for v in [*signed, *views] if v.label_ == "ORG" and not v.generic and v.text.endswith(m.group(1))
                 and not v.text.endswith("政府办")), None)  # (我办 of a government's office, not the government)


def _list_head(text: str, sent: Sentence) -> list[Ent]:
    """The subject of a sentence that opens a list of duties (县级以上人民政府信访工作机构履行下列职责：), even a
    class of bodies: the items after it (（一）…) are what it does."""
    return sent.subject if LIST_HEAD.search(text, sent.start, sent.end) else []


def _unique(relations: list[tuple[Ent, str, Ent, tuple[int, int]]]) -> list[tuple[Span, str, Span, tuple[int, int]]]:
    """``relations`` as spans, each once (with the evidence it was found with first)."""
    seen = set()
    unique: list[tuple[Span, str, Span, tuple[int, int]]] = []
    for head, rel, tail, bounds in relations:
        key = (head.start_char, head.end_char, rel, tail.start_char, tail.end_char)
        if key not in seen:
            seen.add(key)
            unique.append((head.span, rel, tail.span, bounds))
    return unique


@Language.factory("kg_relations", default_config={"verbs": {"@misc": "kg.relation_verbs.v1"}},
                  assigns=["doc._.kg_relations"])
def make_relations(nlp: Language, name: str, *, verbs: dict[str, list[str]]) -> RelationFinder:
    """Factory of the ``kg_relations`` component."""
    return RelationFinder(verbs=verbs)


CLAUSE_OPENERS = frozenset("，。；：\n 　条")  # (第一条 双方…: an article's number before the clause)


def _parties(bodies: list[Ent]) -> list[Ent]:
    """``bodies`` when they are two distinct ones (the parties 双方 refers to later), else none."""
    distinct = list({id(b): b for b in bodies}.values())
    return distinct if len(distinct) == 2 and distinct[0].text != distinct[1].text else []
