"""Who can act in a sentence: its actors, the clause around a word, and the bodies listed together.

An *actor* is an organisation that can act: not inside a title or mechanism, not a modifier (九届市委第二轮巡察) nor
a person (市委主要负责同志), not a news agency's dateline. Bodies listed together (``A、B与C等单位``) act together;
:func:`group_of` finds such a list around one of them.

Examples
--------
>>> import kg
>>> from kg.pipeline.spans import entity_views
>>> spans = [e for e in entity_views(kg.load()("省纪委监委第七监督检查室开展调研")) if e.label_ == "ORG"]
>>> [e.text for e in spans]
['省纪委监委', '省纪委监委第七监督检查室']
>>> [e.text for e in outermost(spans)], within(spans[0], spans)
(['省纪委监委第七监督检查室'], True)
"""

from __future__ import annotations

import bisect
import re

from kg.pipeline.relations.bracketed import is_given_name
from kg.pipeline.relations.context import Sentence
from kg.pipeline.spans import Ent, is_han

CLAUSE_BREAKS = re.compile(r"[，,：:]")
# adverbs and a regulation's modals between a subject and its partner (市中院已与…, 主管部门应当会同…, 巡察办还联合…,
# …下一步将会同B)
PARTNER_ADVERBS = ("(?:已经?|正在|正|目前|近期|持续|继续|多次|还|也|又|则|再次|随即|随后|此后|同步|率先|将|拟|要"
                   "|先后|分别|积极|主动|共同|首次|应当|应|须|必须|可以|及时|适时|定期|负责|进一步|专门|据此|为此"
                   "|下一步|下步|今后|日前|近日)*")
# (A及其有关部门应当…: both; 集团及所属公司: both)
# (A（以下简称X）、B: the gap after A's alias in brackets; A会同各B, B和有关C: a class, 各/有关 outside its span;
# A　B印发: a headline's co-signers, a full-width space between)
CONNECTORS = re.compile(r"^(?:[（(][^（）()，。]{1,24}[）)])?"
                        rf"(?:、|和|及|及其|以及|{PARTNER_ADVERBS}(?:与|同|会同|联合|协同)|，|\u3000|(?:及其?|和)(?:所属|下属))(?:各|有关|相关|其他)?$")
ROUND = r"第[^，。；]{0,6}?轮"  # 十届市委第五轮巡察: the body names a round of inspections
# After an organisation, words that make it a modifier or a person, not an actor.
# (市应急管理局主要采取了三项措施: 主要 an adverb, the body acts; 市委主要领导: its leaders)
NOT_ACTOR_AFTER = re.compile(rf"^(?:{ROUND}|[一二三四五六七八九十\d]+届|的(?!坚强|统一)|主要(?:领导|负责|同志|成员)"
                             # (县委领导县人大…: a verb before a body, a place's or a class's; 县人民政府领导全县…,
                             # 领导本行政区域…: a government's duty over its place)
                             r"|负责(?:同志|人)|书记|副书记|领导(?![省市县区乡镇村各有相全本])|主任|组长|副组长|常委|委员|名义下"
                             r"|分管|工作要求|决策"
                             # (查办A公司原总经理受贿案, A局局长: the body's people, not the body)
                             r"|原|副?(?:总经理|董事长|经理|局长|厅长|处长|科长|院长|行长|校长|所长|站长)"
                             r"|所属|下属"  # (集团所属煤电公司: the company, not the group, acts)
                             r"|部署(?!开展|推进|实施|启动|召开|建立|组织)|精神|要求|有关"  # (市纪委监委部署开展X acts)
                             r"|(?:监管|出资|控股|所属|直属)企业"  # 国资委监管企业…增长: the companies it oversees
                             # (市政务服务中心投入运行: a body set up, no actor)
                             r"|(?:正式|顺利)?(?:投入(?:运行|使用|运营)|挂牌(?:成立|运行)?|揭牌))")
PERSON_AFTER = re.compile("主要(?:领导|负责)")  # the leaders of the bodies listed before
# 市纪委监委有关负责人介绍，（该委）今年推行了…: a body's spokesman speaks of what the body did, so the body acts
# (市市场监管局局长张三表示，将建立M: the official named too)
SPOKESMAN = re.compile("(?:(?:有关|主要)?负责(?:同志|人)|副?(?:局长|厅长|主任|院长|总经理|董事长|行长|部长|书记))"
                       "(?:[\u4e00-\u9fff]{2,3}?)?(?:表示|介绍|说|称|指出|透露)[，,：:]")
# 新华社江宁11月12日电: a news agency's dateline names who reports, not who acts
DATELINE = re.compile(r"[^，。；\n]{0,8}?\d{1,2}月\d{1,2}日(?:电|讯)")


def within(span: Ent, others: list[Ent]) -> bool:
    """True if ``span`` lies inside a longer span of ``others``."""
    return any(o.start_char <= span.start_char and span.end_char <= o.end_char and len(o) > len(span) for o in others)


def inside(pos: int, spans: list[Ent]) -> bool:
    for s in spans:  # noqa: SIM110  (a loop: 3x faster than any() over a generator, at each verb of a sentence)
        if s.start_char <= pos < s.end_char:
            return True
    return False


def clause_of(text: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause (between commas/colons) of ``sent`` that contains ``pos``."""
    if sent._breaks is None:
        sent._breaks = [m.start() for m in CLAUSE_BREAKS.finditer(text, sent.start, sent.end)]
    i = bisect.bisect_left(sent._breaks, pos)  # the first break at or after pos ends the clause
    return (sent._breaks[i - 1] + 1 if i else sent.start), (sent._breaks[i] if i < len(sent._breaks) else sent.end)


def actors_of(text: str, sent: Sentence) -> list[Ent]:
    """Organisations of ``sent`` that can act: not inside a title or mechanism, not a modifier."""
    if sent._actors is None:
        sent._actors = _find_actors(text, sent)
    return sent._actors


def actors_between(text: str, sent: Sentence, start: int, end: int) -> list[Ent]:
    """The organisations of ``sent`` that can act and stand within ``start``–``end``."""
    return [s for s in actors_of(text, sent) if start <= s.start_char and s.end_char <= end]


def outermost(spans: list[Ent]) -> list[Ent]:
    """``spans`` but those inside a longer one of them (the 省纪委监委 inside 省纪委监委第七监督检查室), in their order.

    One sweep in order of start (longest first at a start): a span is inside another when a span that started
    before it, or at its start and is longer, ends at or after its end.
    """
    if len(spans) < 2:
        return list(spans)
    nested = set()
    reach = -1  # the furthest end of the spans seen so far
    for span in sorted(spans, key=_outer_first):
        if span.end_char <= reach:
            nested.add(id(span))
        else:
            reach = span.end_char
    return [s for s in spans if id(s) not in nested] if nested else list(spans)


def _outer_first(span: Ent) -> tuple[int, int]:
    return span.start_char, -span.end_char


def _find_actors(text: str, sent: Sentence) -> list[Ent]:
    covers = sent.of("DOC", "MECH")
    out: list[Ent] = []
    for span in outermost(sent.of("ORG")):
        if covers and any(c.start_char <= span.start_char and span.end_char <= c.end_char for c in covers):
            continue
        if DATELINE.match(text, span.end_char):
            continue
        if is_given_name(text, span.start_char):
            continue  # A（以下简称X）、B: X is A again, no actor between A and B
        if _lends_staff(text, sent, span):
            continue  # 从A、B抽调骨干组成专案组: the bodies staff comes from, not the one setting the team up
        if NOT_ACTOR_AFTER.match(text[span.end_char : span.end_char + 4]) and not _listed_with(text, out, span) \
                and not _leads_body(text, sent, span) and not _speaks_for(text, span):
            continue  # 市委主要负责同志: a person; but in 县委、县政府主要领导 both bodies stand for their leaders
        out.append(span)
    return out


# 从龙潭镇纪委、大源乡纪委抽调办案骨干, 抽调省发展改革委、省自然资源厅等部门业务骨干: where the staff comes from
STAFF_DRAWN_FROM = re.compile("(?:从|抽调|选调|借调)(?:[^，。；从]{0,40}[、和及])?$")
STAFF_DRAWN = re.compile("(?:[、和及][^，。；、]{2,24}?)*?(?:等?(?:[\\d一二三四五六七八九十]+个)?(?:部门|单位))?的?"
                         "(?:抽调|选调|借调)?[^，。；]{0,6}?(?:骨干|干部|人员|力量|专家)")  # (A、B…: each of a list)


def _lends_staff(text: str, sent: Sentence, span: Ent) -> bool:
    """Whether ``span`` is named as where staff is drawn from (从A、B抽调办案骨干…), no actor."""
    if "调" not in text[span.end_char : span.end_char + 12] and "调" not in text[max(sent.start, span.start_char - 42)
                                                                                  : span.start_char]:
        return False  # most bodies: no drawing of staff near them
    start = clause_of(text, sent, span.start_char)[0]
    return (STAFF_DRAWN_FROM.search(text, start, span.start_char) is not None
            and STAFF_DRAWN.match(text, span.end_char) is not None)


def _speaks_for(text: str, span: Ent) -> bool:
    """Whether a spokesman of the body ``span`` speaks right after it (市纪委监委有关负责人介绍，…), so the body acts in
    what follows; a class has no spokesman of its own (证监会有关部门负责人表示: 证监会's)."""
    return not span.generic and SPOKESMAN.match(text, span.end_char) is not None


def _leads_body(text: str, sent: Sentence, span: Ent) -> bool:
    """Whether 领导 after ``span`` is a verb whose object is a body named right after it (社区党组织领导业主委员会),
    not the body's leaders."""
    after = span.end_char + 2
    return text.startswith("领导", span.end_char) and any(o.start_char == after for o in sent.of("ORG"))


def _listed_with(text: str, actors: list[Ent], span: Ent) -> bool:
    """Whether ``span`` ends a list whose previous member is the last of ``actors`` (县委、县政府主要领导)."""
    return (bool(actors) and text[actors[-1].end_char : span.start_char] in ("、", "和")
            and PERSON_AFTER.match(text, span.end_char) is not None)


def listed_after(text: str, sent: Sentence, pos: int) -> list[Ent]:
    """The organisations listed from ``pos`` on (会同B、C: B and C), none if none starts there."""
    first = [s for s in actors_of(text, sent) if s.start_char == pos]
    if not first:
        return []
    group = group_of(text, sent, first[0], forward=True)
    return group[group.index(first[0]) :]


def before_partners(text: str, group: list[Ent]) -> list[Ent]:
    """The members of a subject group before its partners (A、B of A、B与C、D): who a later clause's 与 is about."""
    for i in range(1, len(group)):
        if re.search("与|同|会同|联合|协同", text[group[i - 1].end_char : group[i].start_char]):
            return group[:i]
    return group


def group_of(text: str, sent: Sentence, anchor: Ent, *, forward: bool = False) -> list[Ent]:
    """``anchor`` with the organisations listed with it (A、B与C等单位)."""
    actors = [a for a in actors_of(text, sent) if a is anchor or not _bracketed_name(text, a)]
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


def _bracketed_name(text: str, actor: Ent) -> bool:
    """Whether ``actor`` is another name of the body before it, in brackets (市发展和改革委员会（市粮食和物资储备局）):
    no member of a list of its own."""
    start, end = actor.start_char, actor.end_char
    return start > 1 and text[start - 1] in "（(" and text[end : end + 1] in "）)" and is_han(text[start - 2])


# 开展A、学习贯彻B主题教育: the verb an item of a list of campaigns may keep before its name
LIST_GAP = re.compile("(?:、|和|及|与|以及)(?:学习贯彻|学习宣传贯彻|深入学习贯彻)?")


def chain(text: str, spans: list[Ent]) -> list[Ent]:
    """The first of ``spans`` and those listed right after it (A、B和C), outer spans only."""
    listed = spans[:1]
    for span in spans[1:]:
        gap = text[listed[-1].end_char : span.start_char]
        if span.start_char < listed[-1].end_char:
            continue  # inside the last one
        if not LIST_GAP.fullmatch(gap):
            break
        listed.append(span)
    return listed
