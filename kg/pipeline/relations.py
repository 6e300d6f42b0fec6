"""Relations between the entities of a sentence, from verb lexicons and a few clause patterns.

For each relation verb in a sentence, the actor is, in order: the organisation (or the list
``A、B与C``) nearest before the verb in its clause; the subject of the sentence; the issuer named at the
start of a title (《中共某市委巡察工作规划》); the subject carried over from earlier sentences, since Chinese
drops subjects. Organisations used as modifiers (九届市委第二轮巡察, 市委主要负责同志) are not actors.

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

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.lexicons import INSTITUTION_SHORT_FORMS, SETS_UP_BODY, SETS_UP_PRACTICE, verb_table
from kg.pipeline.mechanisms import CAMPAIGN_HEADS, CAMPAIGN_VERBS
from kg.pipeline.sentences import doc_sentences
from kg.pipeline.spans import (
    HAN,
    Ent,
    doc_text,
    entity_spans,
    entity_views,
    fast_start,
    marked,
    set_entity_spans,
    set_span_meta,
    trie_regex,
)

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=[])

CLAUSE_BREAKS = re.compile(r"[，,：:]")
CONNECTORS = re.compile(r"^(?:、|与|和|及|以及|同|会同|联合|协同|，)$")
PARTNER_MARK = re.compile(r"(?:与|同|和|会同)$")
ADVERB_PARTNER = re.compile(r"(?:已经?|还|也|将|先后|分别|积极|主动|共同|首次)(?:与|同|和|会同)")
# The verb alone between an inspection team and its targets (省委第一巡视组巡视省水利厅党组).
_VERBS = verb_table()
DIRECT_INSPECTION = re.compile(f"(?:{_VERBS.alternation(_VERBS.direct_object('INSPECTS'))})了?")
# A会同B, A协助B: the verb alone between two bodies that work together
JOINT_WITH = re.compile(_VERBS.alternation(_VERBS.direct_object("COOPERATES_WITH")))
_ROUND = r"第[^，。；]{0,6}?轮"  # 十届市委第五轮巡察: the body names a round of inspections
ROUND_AFTER = re.compile(_ROUND)
# After an organisation, words that make it a modifier or a person, not an actor.
NOT_ACTOR_AFTER = re.compile(rf"^(?:{_ROUND}|[一二三四五六七八九十\d]+届|的(?!坚强|统一)|主要"
                             r"|负责(?:同志|人)|书记|副书记|领导|主任|组长|副组长|常委|委员|名义下|分管|工作要求|决策|部署|精神|要求|有关)")
SUBJECT_PREFIX = re.compile(r"^(?:以|由|经|[\d]{4}年(?:\d{1,2}月)?)?$")
LEADS_UNDER = re.compile(r"在(?P<org>.{2,20}?)的?(?:坚强|统一|正确|直接|具体|业务)?(?:领导|指导)下")
UNMARKED_DOC = re.compile(rf"^(?!如下)[{HAN}、]{{2,28}}?"
                          r"(?:规定|办法|意见|方案|细则|措施|规则|指引|指南|目录|标准|规范|预案|规划|纲要|报告表|决定|意见书|规章"
                          r"|草案|文件|通知)$")
UNMARKED_LIST = re.compile(rf"^(?!如下)[{HAN}、]{{2,24}}?(?:清单|台账|制度)$")
UNMARKED_DESCRIBED = re.compile(UNMARKED_DOC.pattern.replace(f"[{HAN}、]", f"[{HAN}、的]"))
ISSUED_BY = re.compile("(?:^|(?<=[，。；：\n]))(?P<object>[^，。；：由\n]{2,30}?)由(?P<by>[^，。；]{2,60}?)"
                       f"(?:负责)?(?:组织)?(?:{_VERBS.alternation(_VERBS.by_relation()['ISSUED'])})")
UNMARKED_HEAD = re.compile(r"(?:[了的]|[、和及]?(?:修改|修订|废止|发布|出台|印发|实施|公布|落实|执行))+")
# …等文件, 规章45件, …并督促落实: what follows the names
UNMARKED_TAIL = re.compile(r"(?:等(?:文件|制度|规定)?|[\d一二三四五六七八九十百]+[件部项个]|并[^、，。]*)$")
ABOUT_PHRASE = re.compile(r"^关于[^，。；]{4,40}$")
DRAWN_UP = ("清单", "制度", "机制")  # 制定…清单 sets up a way of working (ESTABLISHED), not a document
INSPECT_PHRASE = re.compile(
    r"(?:对|进驻)(?P<target>[^，。；,;]{2,40}?)(?:开展|进行|实施)了?[^，。；,;]{0,12}?"
    f"(?:{_VERBS.alternation(_VERBS.by_relation()['INSPECTS'])})")
APPROVED_BY = re.compile(r"》?(?:已经|已由|经|由)")
APPROVAL = re.compile(r"同意|批准|审议通过|审定|研究同意")
CLASS_SUBJECT = re.compile(r"^[^向对为把将给从在与和同]{0,10}?(?:部门|机关|单位|企业|组织|政府|机构|党委|支部)")
PLACE_SUBJECT = re.compile(r"^(?:该|我|本|全|各)[省市县区州乡镇村]")
# 学校制定…, 公司建立…: the institution the text is about acts, by its short form
INSTITUTION_SUBJECT = re.compile("^(?:该|本|全)?(?:" + "|".join(w for w in INSTITUTION_SHORT_FORMS if len(w) > 1) + ")")
ANAPHOR = re.compile(r"(?:该|本|此)(局|委|院|部|厅|办|中心|组)")
# A verb character pair that starts a noun instead: 组成人员 (members), 建立健全 is a verb and stays
NOT_A_VERB = re.compile(r"人员|部分|情况")
CAMPAIGN_VERB = re.compile(f"(?:{'|'.join(CAMPAIGN_VERBS)})了?$")
REPORTER = re.compile(r"(?:省|自治区|市|[\u4e00-\u9fff]{2,9}(?:省|自治区|市))(?:人民)?政府")
WORK_REPORT = re.compile("政府工作报告|本届政府|我们")  # a government speaking of itself
WE = re.compile(r"(?:^|(?<=[，,：:。\n]))(?:[^，,。]{0,8}，)?(?:我们|本届政府)")  # 我们 at a clause's start
COUNTED = re.compile(r"[\d一二三四五六七八九十两]+个")


@dataclass
class _Sentence:
    start: int
    end: int
    spans: list[Ent]
    subject: list[Ent] = field(default_factory=list)
    _by_labels: dict[tuple[str, ...], list[Ent]] = field(default_factory=dict)
    _actors: list[Ent] | None = None
    _breaks: list[int] | None = None  # positions of the clause breaks (one character each)

    def of(self, *labels: str) -> list[Ent]:
        """The entities of the sentence with one of ``labels`` (kept until :meth:`add`)."""
        found = self._by_labels.get(labels)
        if found is None:
            found = self._by_labels[labels] = [s for s in self.spans if s.label_ in labels]
        return found

    def add(self, spans: list[Ent]) -> None:
        self.spans.extend(spans)
        self._by_labels.clear()
        self._actors = None


class RelationFinder:
    """Find ISSUED, ESTABLISHED, INSPECTS, LEADS, PART_OF and COOPERATES_WITH relations."""

    def __init__(self, *, verbs: dict[str, list[str]]) -> None:
        self.verbs = verbs
        self._types_of = {v: tuple(r for r, vs in verbs.items() if v in vs) for vs in verbs.values() for v in vs}
        self.verb_re = fast_start(trie_regex(self._types_of))  # the longest verb at a position
        self.joint_re = fast_start(trie_regex(verbs["COOPERATES_WITH"]))

    def __call__(self, doc: Doc) -> Doc:
        relations: list[tuple[Ent, str, Ent, tuple[int, int]]] = []
        topic: list[Ent] = []
        text = doc_text(doc)
        # per-call state: party committees by name (for 巡视 of a place) and untitled documents found on the way
        views = entity_views(doc)
        self._committees = {s.text: s for s in views if s.label_ == "ORG" and s.text.endswith("委")}
        self._new_docs: list[Ent] = []
        self._signatories = _signatories(text, views)
        # in a work report, 我们 is the government that reports (省政府, 自治区人民政府 named in it)
        self._reporter = next((v for v in views if v.label_ == "ORG" and REPORTER.fullmatch(v.text)), None)
        # a work report: each paragraph's dropped subject is the government that reports, not the last body named
        report = [self._reporter] if self._reporter is not None and WORK_REPORT.search(text) else None
        before_items: list[Ent] | None = None  # the topic before an enumeration (一是…二是…) started
        before_headings: list[Ent] | None = None  # the topic before the first numbered heading (一、 （一） 1.)
        for sent in self._sentences(doc, text, views):
            if report is not None and text[sent.start - 1 : sent.start] in ("", "\n"):
                topic = report
            if text[sent.start - 1 : sent.start] in ("", "\n") and HEADING.match(text, sent.start):
                before_headings = topic if before_headings is None else before_headings
                topic = before_headings  # a section's subject is never the last one of the section before
            if ITEM.match(text, sent.start):  # each item goes back to what the text was about before the first
                before_items = topic if before_items is None else before_items
                topic = before_items
            elif before_items is not None and text[sent.start - 1 : sent.start] == "\n":
                before_items = None  # a new paragraph ends the enumeration
            for head, rel, tail in self._relations(doc, text, sent, topic):
                if head is not tail and head.text != tail.text:
                    relations.append((head, rel, tail, (sent.start, sent.end)))
            topic = [s for s in sent.subject if not s.generic] or topic
        relations += self._signed_headline(text, views, relations) + _issuer_lines(text, views)
        seen = set()
        unique: list[tuple[Span, str, Span, tuple[int, int]]] = []
        for head, rel, tail, bounds in relations:
            key = (head.start_char, head.end_char, rel, tail.start_char, tail.end_char)
            if key not in seen:
                seen.add(key)
                unique.append((head.span, rel, tail.span, bounds))
        doc._.kg_relations = unique
        if self._new_docs:  # what a clause names whole replaces a shorter name found inside it (问题清单)
            new = list({(d.start_char, d.end_char, d.label_): d.span for d in self._new_docs}.values())
            kept = [s for s in entity_spans(doc) if not any(
                n.label_ == s.label_ and n.start_char <= s.start_char and s.end_char <= n.end_char for n in new)]
            set_entity_spans(doc, [*kept, *new])
        return doc

    def _signed_headline(self, text: str, views: list[Ent], found: list[tuple[Ent, str, Ent, tuple[int, int]]]
                         ) -> list[tuple[Ent, str, Ent, tuple[int, int]]]:
        """A document whose first line is its own title and that is signed at the end (关于…的通报 …
        渭源县人民政府办公室 / 2025年10月8日): the signatory issues it, unless the title names its issuer."""
        if not self._signatories:
            return []
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        line_end = start + len(text[start : end if end >= 0 else len(text)].rstrip())
        titles = [s for s in views if s.label_ == "DOC" and s.start_char == start and s.end_char == line_end]
        if not titles or any(rel == "ISSUED" and tail is titles[0] for _, rel, tail, _ in found):
            return []
        return [(self._signatories[-1], "ISSUED", titles[0], (titles[0].start_char, titles[0].end_char))]

    def _sentences(self, doc: Doc, text: str, spans: list[Ent]) -> Iterator[_Sentence]:
        span_starts = [s.start_char for s in spans]
        noise = marked(len(text) + 1, doc._.kg_noise)
        for start, end in doc_sentences(doc):
            if noise[start]:
                continue
            first, last = bisect.bisect_left(span_starts, start), bisect.bisect_left(span_starts, end)
            inside = [s for s in spans[first:last] if s.end_char <= end]
            sent = _Sentence(start, end, inside)
            sent.subject = self._subject(text, sent)
            yield sent

    def _relations(self, doc: Doc, text: str, sent: _Sentence, topic: list[Ent]
                   ) -> Iterator[tuple[Ent, str, Ent]]:
        if sent.spans:  # these need an entity of the sentence
            yield from self._title_relations(text, sent)
            yield from self._approved(text, sent)
            yield from self._part_of(sent)
            yield from self._housed(text, sent)
            yield from self._leads(text, sent)
        yield from self._inspects(doc, text, sent, topic)
        yield from self._campaigns(text, sent, topic)
        yield from self._issued_by(doc, text, sent)
        for m in self.verb_re.finditer(text, sent.start, sent.end):
            if _inside(m.start(), sent.of("DOC", "MECH")) or NOT_A_VERB.match(text, m.end()):
                continue
            if MODAL.search(text, sent.start, m.start()) or FUTURE.search(text, sent.start, m.start()):
                continue  # 检查组指出，市政府要……推行M, 省委表示将制定D: what a body is told or means to do
            for rel in self._types_of[m.group()]:
                yield from self._verb_relation(doc, text, sent, topic, rel, m.start(), m.end())

    def _verb_relation(self, doc: Doc, text: str, sent: _Sentence, topic: list[Ent], rel: str, vstart: int,
                       vend: int) -> Iterator[tuple[Ent, str, Ent]]:
        if rel == "INSPECTS" or (rel not in ("ISSUED", "ESTABLISHED") and not _actors(text, sent)):
            return  # INSPECTS has its own phrase (_inspects); the others relate organisations of the sentence
        clause_start, clause_end = _clause(text, sent, vstart)
        if rel in ("ISSUED", "ESTABLISHED"):
            label = "DOC" if rel == "ISSUED" else "MECH"
            orgs = sent.of("ORG")
            tails = [s for s in sent.of(label) if vend <= s.start_char < clause_end
                     and s.subtype != "number" and not _within(s, orgs)]
            heads = self._actor(text, sent, [], vstart, clause_start)
            if rel == "ISSUED":
                tails += _moved_titles(text, sent, clause_start, vstart) or _forwarded_titles(text, sent, clause_start,
                                                                                              vend)
            if rel == "ESTABLISHED" and SETS_UP_BODY.match(text, vstart, vend):
                # 组建8个巡察组 sets up teams in the plural, not one named body
                tails += [s for s in _actors(text, sent) if vend <= s.start_char < clause_end
                          and not COUNTED.search(text[vend : s.start_char])][:1]
            if not tails and rel == "ISSUED":  # 出台具体协作配合规定, 制定易发多发问题清单: named by their kind only
                tails = (_unmarked(doc, text, vend, clause_end, "DOC", UNMARKED_DOC)
                         or _unmarked(doc, text, vend, clause_end, "MECH", UNMARKED_LIST))
                sent.add(tails)
                self._new_docs.extend(tails)
            if rel == "ISSUED":  # 制定…清单, 出台…制度: what is drawn up is a way of working, set up
                tails += [s for s in sent.of("MECH") if s.start_char == vend and s.text.endswith(DRAWN_UP)]
            if not heads:
                # a carried subject, unless the title names its own issuer or the clause has a subject of its own
                tails = [t for t in tails if not _issuer_in_title(t, orgs)]
                heads = _carried(text[sent.start : vstart], topic)
                if not heads and rel == "ISSUED" and FORWARDING.match(text, clause_start):
                    # 现将《…》印发给你们 in a notice: the body that signs it, below
                    heads = [s for s in self._signatories if s.start_char > vend][:1]
            # 建立《某某协作机制》: setting up a titled document is issuing it
            titled = [s for s in sent.of("DOC") if s.start_char == vend + 1 and text[vend] == "《"]
            set_up = titled if rel == "ESTABLISHED" else []
            for head in heads:
                for tail in tails:
                    yield head, "ESTABLISHED" if tail.label_ == "MECH" else rel, tail
                for title in set_up:
                    yield head, "ISSUED", title
            if (len(heads) > 1 and not any(h.generic for h in heads)
                    and any(t.label_ == "MECH" and self.joint_re.search(t.text) for t in tails)):
                # A与B建立协作机制: named bodies that set up a way of working together work together
                for partner in heads[1:]:
                    yield heads[0], "COOPERATES_WITH", partner
        elif rel == "COOPERATES_WITH":
            yield from self._cooperates(text, sent, topic, vstart, clause_start)
        elif rel == "LEADS":  # 市委巡察办指导县委巡察办…: an organisation right before and right after the verb
            led = [s for s in _actors(text, sent) if vend <= s.start_char <= vend + 1]
            before = [s for s in _actors(text, sent) if clause_start <= s.start_char and s.end_char == vstart]
            for head in before[-1:]:
                for tail in led[:1]:
                    yield head, "LEADS", tail

    def _actor(self, text: str, sent: _Sentence, topic: list[Ent], pos: int, clause_start: int) -> list[Ent]:
        near = _actors_between(text, sent, clause_start, pos)
        if near:
            group = _group(text, sent, near[-1])
            own = [s for s in near if ADVERB_PARTNER.fullmatch(text, s.end_char, group[0].start_char)]
            if own:  # 市中院已与市司法局建立M: the subject stands in the clause, an adverb before 与
                return _group(text, sent, own[-1]) + group
            if PARTNER_MARK.search(text[clause_start : group[0].start_char]):
                # “…，与B建立M”: B is a partner of the subject the clause leaves out
                lead = sent.subject if sent.subject and sent.subject[0].end_char <= clause_start else topic
                return [s for s in _before_partners(text, lead) if s not in group] + group
            return group
        if DIRECTIVE.search(text[clause_start:pos]):
            return []  # 要求各市州建立M: those told to, not the subject, set it up (推动建立M is the subject's)
        if _unrecognised_subject(text[clause_start:pos]):
            return []  # …，镇原县建立M: a place (or a class of bodies) of its own acts in this clause
        if sent.subject and sent.subject[0].end_char <= pos:
            return _latest_subject(text, sent, pos) or sent.subject
        return topic

    def _subject(self, text: str, sent: _Sentence) -> list[Ent]:
        """The organisation(s) a sentence is about: an actor at the start of one of its clauses."""
        if text[sent.start] in "(（":
            return []  # a parenthetical note (牵头单位：…) is not what the text goes on about
        if SALUTATION.fullmatch(text, sent.start, sent.end) and not self.verb_re.search(text, sent.start, sent.end):
            return []  # 各县区人民政府，市政府各部门：the bodies a notice is sent to
        we = WE.search(text, sent.start, sent.end) if self._reporter is not None else None
        for span in _actors(text, sent):
            if we is not None and we.start() < span.start_char:
                break
            clause_start, _ = _clause(text, sent, span.start_char)
            if SUBJECT_PREFIX.match(text[clause_start : span.start_char]):
                return _group(text, sent, span, forward=True)
        return [self._reporter] if we is not None and self._reporter is not None else []

    def _title_relations(self, text: str, sent: _Sentence) -> Iterator[tuple[Ent, str, Ent]]:
        """A title that starts with its issuer (某市人民政府关于…的意见): ISSUED, and verbs inside it."""
        for title in sent.of("DOC"):
            issuers: list[Ent] = []
            pos = title.start_char
            for org in _outermost(sent.of("ORG")):  # 最高人民法院、最高人民检察院关于…: each co-signer
                at = pos + 1 if issuers and text[pos] in "与和、及" else pos
                if org.start_char == at and org.end_char < title.end_char:
                    issuers.append(org)
                    pos = org.end_char
            if not issuers or text[pos] in "与和、及":
                continue
            clause_start = _clause(text, sent, title.start_char)[0]
            if not text.startswith("关于", pos) and _actors_between(text, sent, clause_start, title.start_char):
                continue  # 市卫健委印发《市人民医院绩效考核办法》: the title names what it is about, not its issuer
            for issuer in issuers:
                yield issuer, "ISSUED", title
                for mech in sent.of("MECH"):
                    inside = title.start_char <= mech.start_char and mech.end_char <= title.end_char
                    if inside and SETS_UP_PRACTICE.search(text, pos, mech.start_char):
                        yield issuer, "ESTABLISHED", mech

    @staticmethod
    def _approved(text: str, sent: _Sentence) -> Iterator[tuple[Ent, str, Ent]]:
        """《某办法》已经县政府同意 / 经市委批准: the approving body issues the document."""
        for title in sent.of("DOC"):
            after = text[title.end_char : title.end_char + 6]
            m = APPROVED_BY.match(after)
            if not m:
                continue
            start = title.end_char + m.end()
            body = [s for s in _actors(text, sent) if s.start_char == start]
            if body and APPROVAL.match(text, body[0].end_char):
                yield body[0], "ISSUED", title

    @staticmethod
    def _housed(text: str, sent: _Sentence) -> Iterator[tuple[Ent, str, Ent]]:
        """领导小组办公室设在市纪委监委 (PART_OF the host), 市委下设巡察办 (the unit PART_OF the parent)."""
        orgs = _actors(text, sent)
        if text.find("设", sent.start, sent.end) >= 0:  # most sentences house nothing
            for left, right in itertools.pairwise(orgs):
                between = text[left.end_char : right.start_char]
                if between in ("设在", "设于"):
                    yield left, "PART_OF", right
                elif between in ("下设", "内设"):
                    yield right, "PART_OF", left
            subject = sent.subject[0] if sent.subject else None
            for host in orgs:  # 县委巡察办是……机构，设在县纪委监委: the subject is housed there
                housed = HOUSED_IN.fullmatch(text, max(0, host.start_char - 3), host.start_char)
                if housed and subject is not None and subject.end_char < host.start_char:
                    yield subject, "PART_OF", host
        if ORGAN.search(text, sent.start, sent.end):
            for left, right in itertools.pairwise(_outermost(sent.of("ORG"))):  # the parent is a modifier (…的) here
                between = text[left.end_char : right.start_char]
                if ORGAN_OF.fullmatch(between) and ORGAN.match(text, right.end_char) and left in orgs:
                    yield left, "PART_OF", right  # 县农办是县委农村工作领导小组的日常办事机构

    @staticmethod
    def _part_of(sent: _Sentence) -> Iterator[tuple[Ent, str, Ent]]:
        by_start: dict[int, list[Ent]] = {}
        for org in sent.of("ORG"):
            by_start.setdefault(org.start_char, []).append(org)
        for same_start in by_start.values():  # 省纪委监委第七监督检查室 PART_OF 省纪委监委 (not the 省… inside that)
            ordered = sorted(same_start, key=lambda s: s.end_char)
            for parent, child in itertools.pairwise(ordered):
                if parent.end_char < child.end_char:
                    yield child, "PART_OF", parent

    @staticmethod
    def _leads(text: str, sent: _Sentence) -> Iterator[tuple[Ent, str, Ent]]:
        for m in LEADS_UNDER.finditer(text, sent.start, sent.end):
            leaders = [s for s in _outermost(sent.of("ORG")) if m.start() < s.start_char and s.end_char <= m.end()]
            after = [s for s in _actors(text, sent) if s.start_char >= m.end()][:1]
            if after and PARTNER_MARK.search(text, m.end(), after[0].start_char):
                after = []  # 在…指导下，与B建立M: B is a partner of the one led
            if after:
                led = _listed_after(text, sent, after[0].start_char)  # 在…领导下，A、B…: each of them
            else:  # A……，在…领导下，聚焦…: the subject before
                led = [s for s in sent.subject if s.end_char <= m.start()]
            for leader in leaders[:1]:
                for follower in led:
                    yield leader, "LEADS", follower

    def _inspects(self, doc: Doc, text: str, sent: _Sentence, topic: list[Ent]
                  ) -> Iterator[tuple[Ent, str, Ent]]:
        for team, first in itertools.pairwise(_actors(text, sent)):  # 省委第一巡视组巡视省水利厅党组: the verb alone
            if DIRECT_INSPECTION.fullmatch(text, team.end_char, first.start_char) and team.text.endswith("组"):
                for inspected in _listed_after(text, sent, first.start_char):
                    yield team, "INSPECTS", inspected
        for m in INSPECT_PHRASE.finditer(text, sent.start, sent.end):
            start = m.start("target")
            target = [s for s in sent.of("ORG") if s.start_char >= start and s.end_char <= m.end("target")]
            if target and target[0] in _actors(text, sent):  # 对县卫健局、县医保局党组开展巡察: each one
                targets = [s for s in _group(text, sent, target[0], forward=True) if s.end_char <= m.end("target")]
            elif target and ROUND_AFTER.match(text, target[0].end_char):
                continue  # 对十届市委第五轮巡察的被巡察党组织开展督查: the body names a round of inspections
            else:
                targets = target[:1] or self._committee_of_place(m.group("target"))
            if not targets:
                continue
            clause_start, _ = _clause(text, sent, m.start())
            teams = [s for s in _actors(text, sent) if s.end_char <= m.start() and s.text.endswith("组")]
            heads = self._actor(text, sent, [], m.start(), clause_start) or teams[-1:] or topic
            for head in heads:
                for inspected in targets:
                    yield head, "INSPECTS", inspected

    def _issued_by(self, doc: Doc, text: str, sent: _Sentence) -> Iterator[tuple[Ent, str, Ent]]:
        """X由A（会同B）制定: the document before 由 is issued by the bodies between 由 and the verb."""
        for m in ISSUED_BY.finditer(text, sent.start, sent.end):
            bodies = [s for s in _actors(text, sent) if m.start("by") <= s.start_char and s.end_char <= m.end("by")]
            if not bodies:
                continue
            start = m.start("object")
            titles = [s for s in sent.of("DOC") if start <= s.start_char and s.end_char <= m.end("object")]
            if not titles:
                titles = _unmarked(doc, text, start, m.end("object"), "DOC", UNMARKED_DESCRIBED, described=True)
                sent.add(titles)
                self._new_docs.extend(titles)
            for body in bodies:
                for title in titles:
                    yield body, "ISSUED", title

    def _campaigns(self, text: str, sent: _Sentence, topic: list[Ent]) -> Iterator[tuple[Ent, str, Ent]]:
        """开展/实施 a named campaign (…专项整治, …行动): the body that starts it ESTABLISHED it."""
        mechs = sent.of("MECH")
        for i, mech in enumerate(mechs):
            verb = CAMPAIGN_VERB.search(text, max(sent.start, mech.start_char - 6), mech.start_char)
            if verb is None or MODAL.search(text, sent.start, verb.start()) or FUTURE.search(text, sent.start,
                                                                                                 verb.start()):
                continue
            clause_start, _ = _clause(text, sent, verb.start())
            heads = self._actor(text, sent, topic, verb.start(), clause_start)
            for item in _chain(text, mechs[i:]):  # 开展A、B和C: each item
                if item.text.endswith(CAMPAIGN_HEADS) and item.text not in CAMPAIGN_HEADS:
                    for head in heads:
                        yield head, "ESTABLISHED", item

    def _committee_of_place(self, target: str) -> list[Ent]:
        """巡视 of a place means its party committee (中央巡视组对湖北省进行巡视 → 湖北省委)."""
        place = target.rstrip("进行开展了")
        found = self._committees.get(place + "委") or self._committees.get("中共" + place + "委")
        return [found] if found is not None else []

    def _cooperates(self, text: str, sent: _Sentence, topic: list[Ent], vstart: int,
                    clause_start: int) -> Iterator[tuple[Ent, str, Ent]]:
        before = _actors_between(text, sent, clause_start, vstart)
        if not before:
            # “（并）联合/会同B开展…”: B works with the subject the clause leaves out
            lead = sent.subject or topic
            joint = JOINT_WITH.match(text, vstart)
            if lead and joint:
                for partner in _listed_after(text, sent, joint.end()):
                    yield lead[0], "COOPERATES_WITH", partner
            return
        group = _group(text, sent, before[-1])
        leader = _lead(text, sent, clause_start) if HELPING.match(text, vstart) else None
        if leader is not None:  # 由A牵头，B、C配合: the helpers work with the lead
            for partner in group:
                yield leader, "COOPERATES_WITH", partner
            return
        first = group[0]
        partners = group[1:]
        if not partners and text[clause_start : first.start_char].endswith(("与", "和", "同")):
            preceding = [s for s in _actors(text, sent) if s.end_char <= clause_start]
            if preceding:
                first, partners = preceding[-1], [first]
        verb = JOINT_WITH.match(text, first.end_char)
        if not partners and verb:
            partners = _listed_after(text, sent, verb.end())
        for partner in partners:
            yield first, "COOPERATES_WITH", partner

def _issuer_lines(text: str, views: list[Ent]) -> list[tuple[Ent, str, Ent, tuple[int, int]]]:
    """A heading of issuers over a title line (最高人民法院 最高人民检察院 / 关于…的规定): each issues the title."""
    out: list[tuple[Ent, str, Ent, tuple[int, int]]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:400])]
    for (start, end), (next_start, next_end) in itertools.pairwise(lines):
        line = text[start:end]
        bodies = [v for v in views if v.label_ == "ORG" and start <= v.start_char and v.end_char <= end]
        bodies = _outermost(bodies)
        rest = line
        for body in bodies:
            rest = rest.replace(body.text, "", 1)
        if not bodies or rest.strip(" \t\u3000、"):
            continue  # a line of bodies only (and spaces)
        title_line = text[next_start:next_end].strip()
        titles = [v for v in views if v.label_ == "DOC" and v.text.strip("《》") == title_line.strip("《》")]
        out += [(body, "ISSUED", title, (start, next_end)) for title in titles[:1] for body in bodies]
    return out


def _chain(text: str, spans: list[Ent]) -> list[Ent]:
    """The first of ``spans`` and those listed right after it (A、B和C), outer spans only."""
    chain = spans[:1]
    for span in spans[1:]:
        gap = text[chain[-1].end_char : span.start_char]
        if span.start_char < chain[-1].end_char:
            continue  # inside the last one
        if gap not in ("、", "和", "及", "与", "以及"):
            break
        chain.append(span)
    return chain


def _unmarked(doc: Doc, text: str, start: int, end: int, label: str, pattern: re.Pattern[str], *,
              described: bool = False) -> list[Ent]:
    """Entities named by the rest of a clause after a verb, when ``pattern`` matches each whole: untitled documents
    (出台具体协作配合规定; 制发A方案、B方案等文件; 制定省政府规章45件; 联合印发关于…的指导性案例) or a list or
    system drawn up (制定易发多发问题清单)."""
    head = UNMARKED_HEAD.match(text, start, end)  # 了, 的 (制发的…), more verbs (制定、修改…), 有关
    offset = head.end() if head else start
    phrase = UNMARKED_TAIL.sub("", text[offset:end].rstrip("。！？；;!? \n"))
    if label == "DOC" and ABOUT_PHRASE.match(phrase):  # 关于…的指导性案例: a title by its 关于 phrase
        items = [(offset, phrase)]
    else:
        items = []
        for part in phrase.split("、"):
            if not pattern.match(part) or ("的" in part and not described) or "或" in part:
                return []  # 两级的文件, 出具审计意见书或者作出审计决定: a description or two clauses, not names
            items.append((offset, part))
            offset += len(part) + 1
    out = []
    meta = ("document", True) if label == "DOC" else ("practice", False)
    for at, part in items:
        span = doc.char_span(at, at + len(part), label=label, alignment_mode="expand")
        if span is not None:
            set_span_meta(span, *meta)
            out.append(Ent(span, text, {(span.start_char, span.end_char, label): meta}))
    return out


def _forwarded_titles(text: str, sent: _Sentence, clause_start: int, vend: int) -> list[Ent]:
    """Titles a notice forwards in a clause of its own: 《某某方案》已经市政府同意，现印发给你们."""
    if not (FORWARDED.match(text, clause_start) and FORWARDED_END.match(text, vend)):
        return []
    return [s for s in sent.of("DOC") if s.end_char < clause_start and s.subtype != "number"]


SALUTATION = re.compile(r"\s*(?=[^。！？；\n]*各)[^。！？；\n]{2,80}[：:]\s*")  # addressees: 各…，…：
# 要 before a verb: what a body is told to do (要 of 要求, 重要, 主要, 纪要… is none). 应当/必须 stay: a regulation's
# duties (县级以上人民政府应当建立…制度) are the relations the guideline counts
MODAL = re.compile("(?<![重主需纪只必摘提首概简扼])要(?![求点闻素件害领])")
# 将, 拟, 计划 right before a verb: it states an intention
FUTURE = re.compile("(?:将|拟|计划|准备)(?:进一步|继续|持续|加快|积极|全面|深入|着力|逐步|适时|研究)?$")
DIRECTIVE = re.compile("(?:要求|督促|责令|指导|引导|推动|帮助|鼓励|支持)[^，。；]{2,}$")  # …someone to do
HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))")
ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十][，,、]|第[一二三四五六七八九十]+[，,、])")
HOUSED_IN = re.compile("[，,]设[在于]")
ORGAN_OF = re.compile("是|为|系|作为")
ORGAN = re.compile("的?(?:日常办事|办事|常设|派出|直属|内设|工作|职能)(?:机构|机关|部门)")
HELPING = re.compile("配合|协助|参与")
HELPERS = re.compile(r"(?:等单位|等部门)?(?:共同|积极|密切|全力)?(?:配合|协助|参与)")  # the rest of a helpers' clause
_FORWARDED = r"现予?(?=印发|下发|转发)"  # the clause starts with the verb: its object came first
FORWARDED = re.compile(rf"\s*{_FORWARDED}")
FORWARDING = re.compile(rf"\s*(?:现将|现予|特将|{_FORWARDED})")
FORWARDED_END = re.compile(r"给你们|[，。,]|$")
_NUMERAL = r"[\d〇零一二三四五六七八九十]"
DATE_LINE = re.compile(rf"^[ \t\u3000]*{_NUMERAL}{{4}}年{_NUMERAL}{{1,2}}月{_NUMERAL}{{1,3}}日[ \t\u3000]*$", re.M)


def _moved_titles(text: str, sent: _Sentence, clause_start: int, vstart: int) -> list[Ent]:
    """Titles put before the verb by 将: 现将《天水市城市更新行动实施方案》印发给你们."""
    moved: list[Ent] = []
    pos = vstart
    for title in reversed(sent.of("DOC")):
        if title.end_char + 1 == pos and text[title.end_char] == "》" and title.start_char > clause_start:
            moved.append(title)
            pos = title.start_char - 1
            if text[pos - 1 : pos] in ("、", "和", "及"):
                pos -= 1
    return moved[::-1] if "将" in text[clause_start:pos] else []


def _signatories(text: str, spans: list[Ent]) -> list[Ent]:
    """The bodies that sign the text: alone on a line, a date on the next (渭源县人民政府办公室 / 2024年3月5日)."""
    dates = list(DATE_LINE.finditer(text))
    if not dates:
        return []  # most texts: no signature block, and no index of their bodies to build
    by_start = {s.start_char: s for s in spans if s.label_ == "ORG" and not s.generic}
    signed = []
    for date in dates:
        if date.start() == 0:
            continue  # no line above
        end = date.start() - 1  # the line break before the date
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        span = by_start.get(start + len(line) - len(line.lstrip()))
        if span is not None and span.text == line.strip():
            signed.append(span)
    return signed


def _latest_subject(text: str, sent: _Sentence, pos: int) -> list[Ent]:
    """The subject of the latest clause before ``pos`` that has one (检查组指出，市政府要……，推行M: 市政府), but
    not of a clause of helpers (由A牵头，B配合，推行M: A)."""
    for span in reversed(_actors_between(text, sent, sent.start, pos)):
        clause_start, clause_end = _clause(text, sent, span.start_char)
        if SUBJECT_PREFIX.match(text[clause_start : span.start_char]):
            group = _group(text, sent, span, forward=True)
            if not HELPERS.fullmatch(text, group[-1].end_char, clause_end):
                return group
    return []


def _lead(text: str, sent: _Sentence, before: int) -> Ent | None:
    """The body that leads (A in 由A牵头) in a clause of ``sent`` before ``before``."""
    leads = [s for s in _actors_between(text, sent, sent.start, before) if text.startswith("牵头", s.end_char)]
    return leads[-1] if leads else None


def _actors_between(text: str, sent: _Sentence, start: int, end: int) -> list[Ent]:
    """The organisations of ``sent`` that can act and stand within ``start``–``end``."""
    return [s for s in _actors(text, sent) if start <= s.start_char and s.end_char <= end]


def _issuer_in_title(title: Ent, orgs: list[Ent]) -> bool:
    return title.label_ == "DOC" and any(o.start_char == title.start_char for o in orgs)


def _carried(prefix: str, topic: list[Ent]) -> list[Ent]:
    """The carried subject for a verb whose clause names none: 该局/本委 point back to a body of that kind."""
    anaphor = ANAPHOR.search(prefix)
    if anaphor:
        return [s for s in topic if s.text.endswith(anaphor.group(1))][:1]
    return [] if _unrecognised_subject(prefix) else topic


def _unrecognised_subject(prefix: str) -> bool:
    """True if a clause before a verb starts with a subject we did not recognise: a class of bodies
    (县镇两级工作部门与检察机关建立…) or a place acting (该县探索推行…, 定西市坚持…); no organisation is carried
    over to such a verb, nor to an institution by its short form (学校制定…). A class after a preposition
    (向有关职能部门提出…) is an object, not a subject."""
    for clause in CLAUSE_BREAKS.split(prefix):
        if CLASS_SUBJECT.match(clause) or PLACE_SUBJECT.match(clause) or INSTITUTION_SUBJECT.match(clause):
            return True
        places = load_gazetteer().find(clause[:8])
        if places and places[0][0] == 0:
            return True
    return False


def _within(span: Ent, others: list[Ent]) -> bool:
    """True if ``span`` lies inside a longer span of ``others``."""
    return any(o.start_char <= span.start_char and span.end_char <= o.end_char and len(o) > len(span) for o in others)


def _inside(pos: int, spans: list[Ent]) -> bool:
    return any(s.start_char <= pos < s.end_char for s in spans)


def _clause(text: str, sent: _Sentence, pos: int) -> tuple[int, int]:
    """The clause (between commas/colons) of ``sent`` that contains ``pos``."""
    if sent._breaks is None:
        sent._breaks = [m.start() for m in CLAUSE_BREAKS.finditer(text, sent.start, sent.end)]
    i = bisect.bisect_left(sent._breaks, pos)  # the first break at or after pos ends the clause
    return (sent._breaks[i - 1] + 1 if i else sent.start), (sent._breaks[i] if i < len(sent._breaks) else sent.end)


def _actors(text: str, sent: _Sentence) -> list[Ent]:
    """Organisations of ``sent`` that can act: not inside a title or mechanism, not a modifier."""
    if sent._actors is None:
        sent._actors = _find_actors(text, sent)
    return sent._actors


def _outermost(spans: list[Ent]) -> list[Ent]:
    """``spans`` but those inside a longer one of them (the 省纪委监委 inside 省纪委监委第七监督检查室), in their order.

    One sweep in order of start (longest first at a start): a span is inside another when a span that started
    before it, or at its start and is longer, ends at or after its end.
    """
    inside = set()
    reach = -1  # the furthest end of the spans seen so far
    for span in sorted(spans, key=lambda s: (s.start_char, -s.end_char)):
        if span.end_char <= reach:
            inside.add(id(span))
        reach = max(reach, span.end_char)
    return [s for s in spans if id(s) not in inside]


def _find_actors(text: str, sent: _Sentence) -> list[Ent]:
    covers = sent.of("DOC", "MECH")
    out = []
    for span in _outermost(sent.of("ORG")):
        if any(c.start_char <= span.start_char and span.end_char <= c.end_char for c in covers):
            continue
        if NOT_ACTOR_AFTER.match(text[span.end_char : span.end_char + 4]):
            continue
        out.append(span)
    return out


def _listed_after(text: str, sent: _Sentence, pos: int) -> list[Ent]:
    """The organisations listed from ``pos`` on (会同B、C: B and C), none if none starts there."""
    first = [s for s in _actors(text, sent) if s.start_char == pos]
    if not first:
        return []
    group = _group(text, sent, first[0], forward=True)
    return group[group.index(first[0]) :]


def _before_partners(text: str, group: list[Ent]) -> list[Ent]:
    """The members of a subject group before its partners (A、B of A、B与C、D): who a later clause's 与 is about."""
    for i in range(1, len(group)):
        if re.search("与|同|会同", text[group[i - 1].end_char : group[i].start_char]):
            return group[:i]
    return group


def _group(text: str, sent: _Sentence, anchor: Ent, *, forward: bool = False) -> list[Ent]:
    """``anchor`` with the organisations listed with it (A、B与C等单位)."""
    actors = _actors(text, sent)
    index = actors.index(anchor)
    group = [anchor]
    i = index
    while i > 0 and CONNECTORS.match(text[actors[i - 1].end_char : actors[i].start_char]):
        i -= 1
        group.insert(0, actors[i])
    if forward:
        j = index
        while j + 1 < len(actors) and CONNECTORS.match(text[actors[j].end_char : actors[j + 1].start_char]):
            j += 1
            group.append(actors[j])
    return group


@Language.factory("kg_relations", default_config={"verbs": {"@misc": "kg.relation_verbs.v1"}},
                  assigns=["doc._.kg_relations"])
def make_relations(nlp: Language, name: str, *, verbs: dict[str, list[str]]) -> RelationFinder:
    """Factory of the ``kg_relations`` component."""
    return RelationFinder(verbs=verbs)
