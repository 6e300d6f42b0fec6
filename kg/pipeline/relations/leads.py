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

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.relations.actors import actors_of, before_partners, chain, group_of, listed_after, outermost
from kg.pipeline.relations.bracketed import before_alias
from kg.pipeline.relations.clauses import PARTNER_MARK, set_up_before, who_acts
from kg.pipeline.relations.context import VERBS, Context, Sentence, Triple, VerbAt
from kg.pipeline.spans import Ent

# verbs that stand in a series with a LEADS verb (组织、指导、协调…), and adverbs between a body and the series
_SERIES_VERBS = ["组织", "指导", "协调", "督促", "检查", "统筹", "领导", "推动", "帮助", "支持", "部署", "监督"]
_SERIES = f"(?:{VERBS.alternation(_SERIES_VERBS)})"  # (each has a row of the verb table)
SERIES_BEFORE = re.compile(f"(?:{_SERIES}[、和]?)+$")  # 组织、指导; 督促指导
SERIES_AFTER = re.compile(f"(?:[、和]{_SERIES})+")
ADVERBS = re.compile("(?:负责|牵头|具体|统一|全面|加强|积极|主动|切实|认真|依法|应当|并|同时"
                     "|则|也|还|又|再|均|都|分别|共同|先后|及时|定期|全程|全力|直接|重点|专门|精心|跟踪|靠前"
                     "|将|拟|要|已经?|继续|进一步|持续|下一步|下步|今后)*$")  # (下一步将指导…: what it will do)
ITEM_MARK = re.compile(r"\s*[（(][一二三四五六七八九十\d]+[）)]\s*")  # （二）对…进行指导: an item of duties
LEADING = ("领导小组", "专班", "委员会", "指挥部")  # bodies set up to lead others
CLASS_GAP = re.compile("(?:安排)?"  # (统筹安排4个巡察组)
                       "(?:全系统|全[省市县区]|各级|各|所属|下级|下属|有关|相关|[\\d一二三四五六七八九十百千]+个)*")
DIRECTED = re.compile("对[^，。；]{2,30}?(?:的[^，。；]{0,12})?(?:进行|实施|加强)(?:业务)?$"
                      "|(?<=加强)对[^，。；]{2,30}?的(?:业务)?$")  # (加强对市委巡察办的业务指导)
WE_AFTER = re.compile(r"[，,]?(?:让)?我们")
WE_BEFORE = re.compile(r"我们(?:在[^。；]{2,40}?下[，,])*[^，。；,;]{0,6}$")  # 我们在党中央…领导下，在省委…领导下
# 我们坚决贯彻…部署，在省委坚强领导下，以…: 我们 opening an earlier clause of the sentence, no body after the phrase
WE_EARLIER = re.compile(r"(?:^|(?<=[，,：:。！？\n]))我们[^。；！？]{2,40}[，,]$")
# (在省委坚强领导下，全省上下…, 2000多万干部群众…, 各族人民…: the people of a place act, no body)
PEOPLE_AFTER = re.compile(r"[，,]?(?:全[省市县区州国]|各族|[\d.]+多?万)?[^，。；,;]{0,6}?"
                          "(?:人民|干部群众|儿女|上下|同胞|各族群众)")
# (在水利部和省委的领导下，全厅上下…: the staff of the body whose account it is)
STAFF_AFTER = re.compile(r"[，,]?全[厅局委院办署](?:上下|系统|干部职工)")
WHEN_CLAUSE = re.compile(r"[，,][^，。；,;]{2,12}?(?:后|时|期间|以来)(?=[，,])")
NEAR_AFTER = re.compile(r"[，,]?[^，。；,;]{0,8}")  # the subject of the clause right after the phrase
OTHER_UNDER = re.compile(r"[，,]?在[^，。；]{2,40}?(?:监督|支持|帮助|关心|指引|引领)下")
# (团结在…党中央周围，在省委坚强领导下: the phrase never reaches over a comma or another 在)
# (在市委的坚强领导下和省医保局的精心指导下: the second phrase after 和 leads the same subject;
# 在市委坚强领导、市人大有力监督和省高院监督指导下: the bodies before 领导 and 指导 lead, not those before 监督)
LEADS_UNDER = re.compile(r"(?:在|(?<=下)和)(?P<org>[^，。；,;在]{2,60}?)(?:领导|指导|统筹|指挥|带领|组织)下")
LEADS_AFTER = re.compile("的?(?:坚强|统一|正确|直接|具体|业务|精心|有力|监督|统筹|团结|双重)?"
                         "(?:领导|指导|统筹|指挥|带领|组织)(?:[、和]|下)")  # (在省委团结带领下, 在省厅统一组织下)
OPENING = re.compile(r"\s*(?:\d{4}年(?:\d{1,2}月)?(?:以来)?[，,]?)?")  # before a phrase that opens a sentence
# 省政府(始终)在省委领导下, 各片区管委会要在…领导下: the phrase's subject
SUBJECT_GAP = re.compile("(?:则|也|还|均|始终|一直|坚持|全面|都)?(?:要|应当|应|须|必须|将)?")
NEXT_UNDER = re.compile(f"[，,]?{LEADS_UNDER.pattern}")


CENTRE = ("党中央", "中共中央", "中国共产党中央委员会")
_CENTRAL = ("中央", "国务院", "全国", "国家", "最高人民")
_LEVEL_RANKS = {"省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "乡": 4, "镇": 4, "街道": 4}
NOT_LEVELS = ("乡村", "区域", "市场", "县域", "省部")  # words a level's character starts
_PLACE_RANKS = {"province": 1, "city": 2, "county": 3}


def rank(name: str) -> int | None:
    """How high a body stands by the place its name starts with (0 the Centre, 1 a province … 4 a township);
    None when its name says nothing of it.

    >>> [rank(n) for n in ("党中央", "甘肃省委", "市委", "定西市纪委监委", "县委巡察办", "巡察组", "甘肃省定西市委")]
    [0, 1, 2, 2, 3, None, 2]
    >>> rank("乡村振兴领导小组"), rank("乡党委"), rank("国家税务总局古田县税务局"), rank("国家税务总局")
    (None, 4, 3, 0)
    """
    name = name.removeprefix("中国共产党").removeprefix("中共")
    gaz = load_gazetteer()
    if name.startswith(_CENTRAL) or name == "党中央":
        # 国家税务总局古田县税务局, 中国人民银行福州市分行: a central body's office in a place ranks as the place
        return next((r for i in range(2, len(name) - 1) if gaz.prefix(name[i:]) > 0
                     and (r := rank(name[i:])) is not None), 0)
    start = end = 0
    while (size := gaz.prefix(name[end:])) > 0:  # 四川省广元市苍溪县纪委监委: the last place of the chain
        start, end = end, end + size
    if end > 0:
        place = gaz.resolve(name[start:end])
        return _PLACE_RANKS.get(place.level) if place is not None else None
    if name.startswith(NOT_LEVELS):
        return None  # 乡村振兴领导小组: no township's
    return next((r for level, r in _LEVEL_RANKS.items() if name.startswith(level)), None)


def may_lead(leader: Ent, follower: Ent) -> bool:
    """Whether ``leader`` may lead ``follower``: nothing leads the Centre, and no body one of a lower place
    (在县委的领导下，市委…)."""
    if follower.text in CENTRE:
        return False
    high, low = rank(leader.text), rank(follower.text)
    return high is None or low is None or high <= low


def under(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """在…领导下: the body named there leads those the clause goes on about."""
    text = ctx.text
    if text.find("下", sent.start, sent.end) < 0:
        return  # most sentences: no 下, nothing for the phrase's scan to find
    yield from _led_below(text, sent)
    for m in LEADS_UNDER.finditer(text, sent.start, sent.end):
        named = [s for s in outermost(sent.of("ORG")) if m.start() < s.start_char and s.end_char <= m.end()]
        leaders = _leading(text, named)
        start = m.end()
        # …领导下，在人大监督下，A…: not the 人大; 在党中央坚强领导下，在省委正确领导下，省政府…: both lead 省政府
        while (other := OTHER_UNDER.match(text, start) or NEXT_UNDER.match(text, start)) is not None:
            start = other.end()
        if (when := WHEN_CLAUSE.match(text, start)) is not None:
            start = when.end()  # 在省纪委监委统筹指导下，该案查结后，市纪委监委…: the subject after the time
        after = [s for s in actors_of(text, sent) if s.start_char >= start][:1]
        if after and (PARTNER_MARK.search(text, m.end(), after[0].start_char)
                      or not NEAR_AFTER.fullmatch(text, start, after[0].start_char)):
            after = []  # 在…指导下，与B建立M: B is a partner of the one led; …领导下，奋力…，完成了市人大…: no subject
        own = [s for s in actors_of(text, sent) if s.end_char <= m.start()
               and SUBJECT_GAP.fullmatch(text, s.end_char, m.start())][-1:]
        staff = STAFF_AFTER.match(text, start) is not None
        if not own and (people := PEOPLE_AFTER.match(text, start)) and not staff and not any(
                start <= s.start_char < people.end() for s in sent.of("ORG")):
            continue  # 在省委坚强领导下，全省人民…, 2000多万干部群众…: the people, no body led
        we = WE_AFTER.match(text, start) or WE_BEFORE.search(text, sent.start, m.start()) or (
            not after and not own and WE_EARLIER.search(text, sent.start, m.start()))
        if (we or staff) and ctx.reporter is not None:
            led = [ctx.reporter]  # 在省委坚强领导下，我们… (全厅上下…): the body that reports
        elif own:  # 省政府在省委坚强领导下，主动接受省人大…监督: the body right before the phrase, not the one after
            led = before_partners(text, group_of(text, sent, own[0]))
        elif after:
            # 在…领导下，A、B…: each of them (not the partners after 与: 在…统筹下，A与B建立…)
            led = before_partners(text, listed_after(text, sent, after[0].start_char))
        elif pointer := [s for s in sent.of("ORG") if s.end_char <= m.start()
                         and text.startswith(("该", "本"), s.start_char)][-1:]:
            led = pointer  # 记者从A获悉，该局…，在B的指导下，…: the body pointed back to
        else:  # A……，在…领导下，聚焦…: the subject before; 在…统筹下，与B…: the subject the sentence leaves out
            led = [s for s in sent.subject if s.end_char <= m.start()] or (topic if OPENING.fullmatch(
                text, sent.start, m.start()) else [])
        named_leaders = {leader.text for leader in leaders}
        for leader in leaders:  # 在市委、市政府的坚强领导下: each of them (none another of them)
            for follower in led:
                if follower.text not in named_leaders and may_lead(leader, follower):
                    yield leader, "LEADS", follower


# 社区党组织领导下的居委会、业委会: the bodies the one before the phrase leads
LED_BELOW = re.compile("的?(?:统一|坚强|直接)?(?:领导|指导)下的")


def _led_below(text: str, sent: Sentence) -> Iterator[Triple]:
    """X领导下的A、B: X leads each of them."""
    actors = actors_of(text, sent)
    for m in LED_BELOW.finditer(text, sent.start, sent.end):
        leaders = [s for s in outermost(sent.of("ORG")) if s.end_char == m.start()]  # (no actor: 领导 after it)
        first = [s for s in actors if s.start_char == m.end()]
        if leaders and first:
            for follower in listed_after(text, sent, first[0].start_char):
                if may_lead(leaders[0], follower):
                    yield leaders[0], "LEADS", follower


def _leading(text: str, named: list[Ent]) -> list[Ent]:
    """The bodies of an 在…下 phrase that lead: each one (or list: 市委、市政府的; 县级人民政府及其有关部门) before
    领导/指导 there."""
    leaders: list[Ent] = []
    listed: list[Ent] = []
    for body, after in zip(named, [*named[1:], None], strict=False):
        listed.append(body)
        if after is not None and text[body.end_char : after.start_char] in ("、", "和", "及", "及其"):
            continue
        if LEADS_AFTER.match(text, body.end_char):
            leaders += listed
        listed = []
    return leaders


def by_verb(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> Iterator[Triple]:
    """市委巡察办指导县委巡察办…: the body before the verb (or the clause's actor, when nothing but adverbs stands
    before it) leads the bodies right after it; the verb may stand in a series (组织、指导、协调有关部门). 对X进行指导:
    X is led."""
    text = ctx.text
    if text[verb.start - 1 : verb.start] in ("与", "和", "、", "同"):
        return  # 与组织、宣传等部门: 组织 names a department here
    actors = actors_of(text, sent)
    if (accepts := ACCEPTS.search(text, verb.clause_start, verb.start)) is not None:
        yield from _accepted(ctx, sent, topic, verb, accepts)  # 县局在业务上接受市局的指导: the 市局 leads
        return
    directed = DIRECTED.search(text, verb.clause_start, verb.start)
    if directed is not None:  # 对下级机构的工作进行指导
        start = directed.start()  # (a body before 的 is no actor, but here it is what is led)
        led = chain(text, [s for s in outermost(sent.of("ORG")) if start < s.start_char < directed.end()])
    else:
        series = SERIES_BEFORE.search(text, verb.clause_start, verb.start)
        if series and any(s.start_char < series.start() < s.end_char for s in actors):
            series = None  # 社区党组织领导: 组织 ends the body's name, no verb of a series
        start = series.start() if series else verb.start
        end = after.end() if (after := SERIES_AFTER.match(text, verb.end)) else verb.end
        gap = scope.end() if (scope := CLASS_GAP.match(text, end)) else end  # 指导全系统各级纪检监察机构
        first = [s for s in actors if end <= s.start_char <= gap + 1][:1]
        led = listed_after(text, sent, first[0].start_char) if first else []
    if not led and (visited := _visited(text, sent, verb)) is not None:
        led, start = [visited[1]], visited[0]  # A到B调研指导: B is guided, A the one who came
        # (A负责同志赴B指导工作: A's official came, A guides)
        visitor = [s for s in outermost(sent.of("ORG")) if s.end_char == start and s.start_char >= verb.clause_start]
        if visitor and visitor[-1] not in actors:
            if may_lead(visitor[-1], led[0]):
                yield visitor[-1], "LEADS", led[0]
            return
    if not led:
        yield from _led_by(text, sent, verb, start)
        return
    pos = adverbs.start() if (adverbs := ADVERBS.search(text, verb.clause_start, start)) else start
    pos = before_alias(text, pos)  # 区政务服务和数据管理局（以下简称区数据局）统筹A、B
    heads = [s for s in actors if verb.clause_start <= s.start_char and s.end_char == pos][-1:]
    if heads:  # 乡镇人民政府、街道办事处指导居民委员会: each of a list
        heads = [s for s in group_of(text, sent, heads[0]) if s.start_char >= verb.clause_start]
    if not heads and pos == verb.clause_start:  # 成立X领导小组，统筹A、B: the group set up
        heads = [s for s in set_up_before(text, sent, pos, LEADING) if text[s.end_char] in "，,"]
    if not heads and (pos == verb.clause_start or ITEM_MARK.fullmatch(text, verb.clause_start, pos)):
        heads = who_acts(text, sent, topic, pos, verb.clause_start)
    for head in heads:
        for tail in led:
            if tail is not head and may_lead(head, tail):
                yield head, "LEADS", tail


# 县局在业务上接受市局的指导, 服从上级…的统一领导: the body after 接受/服从 leads the one that accepts it
ACCEPTS = re.compile("(?:接受|服从)(?P<org>[^，。；]{2,40}?)的?(?:统一|业务)?(?<!监督)$")  # (接受人大的监督指导)


def _accepted(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt, m: re.Match[str]) -> Iterator[Triple]:
    """The bodies named after 接受/服从 lead the clause's actor (the body before the phrase, else who acts)."""
    text = ctx.text
    leaders = [s for s in outermost(sent.of("ORG"))  # (县医保局的: a modifier, no actor, but the leader here)
               if m.start("org") <= s.start_char and s.end_char <= m.end("org")]
    followers = [s for s in actors_of(text, sent) if verb.clause_start <= s.start_char and s.end_char <= m.start()][-1:]
    for follower in followers or who_acts(text, sent, topic, m.start(), verb.clause_start):
        for leader in leaders:
            if leader is not follower and may_lead(leader, follower):
                yield leader, "LEADS", follower


# 省纪委监委第二监督检查室到县纪委监委调研指导: the body visited is guided by the one that came (到楮山 +
# 县纪委监委: a place kg lacks before it)
VISIT = re.compile("(?:(?:有关)?(?:主要)?(?:负责同志|负责人|领导同志|领导)(?:一行)?)?"
                   "(?:近日|日前|先后|专程)?(?:到|赴|深入|前往)(?P<place>[\u4e00-\u9fff]{2,3})?$")
VISIT_WORK = re.compile("(?:调研|检查|督导|实地)?$")


def _visited(text: str, sent: Sentence, verb: VerbAt) -> tuple[int, Ent] | None:
    """The place of 到 before the body a visit guides (A到B调研指导) and that body, when the verb ends the clause."""
    if text[verb.end : verb.end + 1] not in ("", "，", "。", "；", ",", ";") and not text.startswith("工作", verb.end):
        return None
    work = VISIT_WORK.search(text, verb.clause_start, verb.start)
    end = work.start() if work is not None else verb.start
    body = [s for s in outermost(sent.of("ORG")) if s.end_char == end and s.start_char >= verb.clause_start][-1:]
    visit = VISIT.search(text, verb.clause_start, body[0].start_char) if body else None
    if visit is None or (visit.group("place") and not body[0].text.startswith(("县", "区", "市"))):
        return None
    return visit.start(), body[0]


COORDINATION_END = re.compile("(?:调度|协调|安排|部署)?")  # (由A统筹调度，…: nothing else in the clause)
SET_UP_TEAMS = ("组", "专班", "委员会", "指挥部", "中心", "办公室")  # (bodies set up to work under a leader)


def _led_by(text: str, sent: Sentence, verb: VerbAt, start: int) -> Iterator[Triple]:
    """组成第二片区协作组，由县纪委监委第二监督检查室统筹指导: the body 由 names leads the one the clause before
    set up."""
    if text[verb.clause_start : verb.clause_start + 1] != "由":
        return
    pos = adverbs.start() if (adverbs := ADVERBS.search(text, verb.clause_start, start)) else start
    heads = [s for s in actors_of(text, sent) if s.start_char == verb.clause_start + 1 and s.end_char == pos]
    if not heads:
        return
    led = [t for t in set_up_before(text, sent, verb.clause_start, SET_UP_TEAMS) if text[t.end_char] in "，,"]
    if not led and COORDINATION_END.fullmatch(text, verb.end, verb.clause_end):
        # 由区委巡察工作领导小组统筹调度，区委第一巡察组、第二巡察组分别对…: those who act in the clause after
        first = [s for s in actors_of(text, sent) if s.start_char == verb.clause_end + 1][:1]
        led = listed_after(text, sent, first[0].start_char) if first else []
    for tail in led:
        if may_lead(heads[0], tail):
            yield heads[0], "LEADS", tail
