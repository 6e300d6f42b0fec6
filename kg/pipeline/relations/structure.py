"""PART_OF: the units of a body.

A unit named after its parent is part of it (省纪委监委第七监督检查室 PART_OF 省纪委监委); so is an office
housed in a body (市委巡察工作领导小组办公室设在市纪委监委 PART_OF 市纪委监委), a unit a body sets up inside
(市委下设巡察办), and a body's organ (县农办是县委农村工作领导小组的日常办事机构: 县农办 PART_OF the group).

Examples
--------
>>> import kg
>>> doc = kg.load()("县委下设巡察办。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations]
[('巡察办', 'PART_OF', '县委')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.pipeline.lexicons import party_name_length
from kg.pipeline.own_units import DELEGATION, NATIONAL_CONGRESS, as_committee
from kg.pipeline.relations.actors import actors_of, chain, group_of, listed_after, outermost
from kg.pipeline.relations.bracketed import HOUSING_NOTE, is_given_name, past_alias
from kg.pipeline.relations.context import Context, Sentence, Triple
from kg.pipeline.spans import CANONICAL_KEY, Ent
from kg.pipeline.unit_lists import OWNED_LIST, text_body

BELONGING = ("所属", "下属")
# between a body and one it has: 市人大及其常委会, 县法院所属…法庭, 集团及所属…公司
OWNS = frozenset(("及其", "所属", "下属", "直属", "及所属", "及其所属", "和所属", "及下属", "及其下属"))
BELONGING_INSIDE = re.compile("|".join(BELONGING))
HOUSED_IN = re.compile("[，,]设[在于]")
HOUSED_AT = ("设在", "设于", "，设在", "，设于")  # between a body and its host
HOUSED_WITH_US = re.compile("设[在于][我本][局委厅办院](?![\u4e00-\u9fff])")  # 办公室设在我局
# (下设6个工作委员会; 市医保局下设的市医疗保障基金监管中心: the unit named after 的)
SET_UP_INSIDE = re.compile("[，,]?(?:下设|内设)(?:了|有|的)?(?:[\\d一二三四五六七八九十两]+个)?")
ORGAN_OF = re.compile("是|为|系|作为")
SUBORDINATE_TO = re.compile("隶属于?|归属于?|直属于")  # 市税务局隶属于国家税务总局
OWNED_KINDS = ("企业", "单位", "机构")  # 省水利厅所属企业岱川…公司: the company, by its kind first
ITS_OWN = re.compile("其(?:所属|下属|直属)的?$")  # …，其所属的中国海事局: the body named before 其 owns it
BELONGING_AFTER = re.compile("(?:所属|下属|直属|隶属)的?")  # 兰州海关是海关总署所属的直属海关
# A是B所属的…, A，作为B所属…单位, A调整为B直属机构: A is said to be B's
ORGAN_OF_GAP = re.compile(f"[，,]?(?:调整|改|明确|定)?(?:{ORGAN_OF.pattern})")
AS_OWNED = re.compile(f"{BELONGING_AFTER.pattern}[^，。；,;]{{0,8}}[，,]")  # 作为B隶属海关，A…
# 泓阳港务集团有限公司是通衢集团的控股子公司: a company another owns
SUBSIDIARY_AFTER = re.compile("的(?:全资|控股|参股|直属|下属)?(?:子公司|子企业|分公司|二级单位|二级企业)")
# (是市人民政府负责信访工作的行政机构: what it does, said between; …的议事协调机构: a body it coordinates by)
ORGAN = re.compile("的?(?:负责[^，。；的]{2,16}的)?"
                   "(?:日常办事|办事|常设|派出|直属|内设|工作|职能|行政|组成|议事协调)(?:机构|机关|部门)")


def named_parts(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """Of the bodies named from one character on, each is part of the next shorter one."""
    by_start: dict[int, list[Ent]] = {}
    text = ctx.text
    for org in sent.of("ORG"):
        # (中共青禾大学委员会 PART_OF 青禾大学: the party's name before the institution's)
        by_start.setdefault(org.start_char + party_name_length(text, org.start_char), []).append(org)
    for same_start in by_start.values():  # 省纪委监委第七监督检查室 PART_OF 省纪委监委 (not the 省… inside that)
        ordered = sorted(same_start, key=lambda s: s.end_char)
        for parent, child in itertools.pairwise(ordered):
            if parent.end_char < child.end_char:
                yield child, "PART_OF", parent


def named_by_sibling(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A numbered unit named bare after a sibling (…第一巡察组…，第二巡察组) is part of the sibling's body; an
    organ named by its institution's short form (集团党委) is part of the institution."""
    names = ctx.doc.user_data.get(CANONICAL_KEY)
    if not names:
        return
    for org in sent.of("ORG"):
        name = names.get((org.start_char, org.end_char, "ORG"))
        if not name or name == org.text or any(o.start_char == org.start_char and o.end_char < org.end_char
                                               for o in sent.of("ORG")):
            continue  # (预算科党支部: part of the 预算科 inside it, named_parts')
        # the body the name starts with, what follows it the end of the unit's own words (集团党委 named
        # 青禾投资集团有限公司党委: PART_OF 青禾投资集团有限公司)
        # (党委组织部 named 青禾大学党委组织部: PART_OF 中共青禾大学委员会, the party committee by its full name)
        body = next((o for o in reversed(ctx.views) if o.label_ == "ORG" and o.end_char <= org.start_char
                     and len(short := as_committee(o.text)) < len(name) and name.startswith(short)
                     and org.text.endswith(name[len(short) :])), None)
        if body is not None:
            yield org, "PART_OF", body


# 驻市农业农村局纪检监察组: a team the commission of that level stations in a department named by its level
STATIONED_BARE = re.compile("驻[省市县区州旗][^，。；、]{2,20}?(?:纪检监察组|纪检组)$")
COMMISSION_ENDS = ("纪委监委", "纪委", "监委")


def stationed(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A discipline team named by 驻 and the department it is stationed in is part of the commission of the
    department's level the text names (驻市农业农村局纪检监察组: 市纪委监委); one stationed in a company names no
    level (驻某集团有限公司纪检监察组), nor its commission."""
    for team in sent.of("ORG"):
        if not STATIONED_BARE.match(team.text):
            continue
        level = team.text[1]
        commissions = [o for o in ctx.views if o.label_ == "ORG" and not o.generic and o.start_char < team.start_char
                       and "驻" not in o.text and _place_of_commission(o.text).endswith(level)]
        if commissions:
            yield team, "PART_OF", commissions[-1]


def _owned_list(text: str, listed: list[Ent]) -> list[Ent]:
    """The bodies listed after the first one owned, up to a partner's 与 (市人社局所属支队与市公安局建立…: the bureau
    works with the police, it does not own them)."""
    owned = []
    for before, unit in itertools.pairwise(listed):
        if text[before.end_char : unit.start_char] == "与":
            break
        owned.append(unit)
    return owned


def _place_of_commission(name: str) -> str:
    """The place part of a discipline commission's name (兰州市 of 兰州市纪委监委; 某集团 of a company's 纪委), or ""
    for another body."""
    end = next((e for e in COMMISSION_ENDS if name.endswith(e)), None)
    return name[: -len(end)] if end is not None else ""


# 成立X办公室，该办公室设在Y: the body of that kind named last before
# (…，工作室设在Y: the kind alone opening the clause)
POINTED_HOUSED = re.compile("(?:(?<=[，,；;])|该|此)(?P<kind>办公室|中心|工作室|专班|小组|办)设[在于]$")


def _pointed_housed(ctx: Context, sent: Sentence, orgs: list[Ent]) -> Iterator[Triple]:
    """该办公室设在Y: the last body of that kind named before it is housed in Y."""
    for host in orgs:
        pointed = POINTED_HOUSED.search(ctx.text, max(sent.start, host.start_char - 8), host.start_char)
        if pointed is None:
            continue
        named = [v for v in ctx.views if v.label_ == "ORG" and not v.generic and v.end_char <= pointed.start()
                 and v.text.endswith(pointed.group("kind"))]
        if named and named[-1].text != host.text:
            yield named[-1], "PART_OF", host


def housed(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """领导小组办公室设在市纪委监委 (PART_OF the host), 市委下设巡察办 (the unit PART_OF the parent)."""
    text = ctx.text
    orgs = actors_of(text, sent)
    # (what belongs to a body says 属, or 及其, or that it is another's subsidiary)
    belongs = text.find("属", sent.start, sent.end) >= 0 or SUBSIDIARY_AFTER.search(text, sent.start, sent.end)
    if belongs or text.find("及其", sent.start, sent.end) >= 0:
        for left, right in itertools.pairwise(outermost(sent.of("ORG"))):  # 市人大及其常委会: the congress's committee
            between = text[left.end_char : right.start_char]
            if (between in OWNS or (between.endswith(OWNED_KINDS) and between[:-2] in OWNS)) and not right.generic:
                yield right, "PART_OF", left  # 县人民法院所属桐溪人民法庭: a body it has
                if between != "及其":  # 支队所属A大队、B大队: each one listed
                    after = [o for o in outermost(sent.of("ORG")) if o.start_char >= right.start_char]
                    yield from ((unit, "PART_OF", left) for unit in _owned_list(text, chain(text, after)))
    if text.find("设", sent.start, sent.end) >= 0:  # most sentences house nothing
        for left, right in itertools.pairwise(orgs):  # (A（以下简称“B”）设在C: past the note)
            if text[past_alias(text, left.end_char) : right.start_char].lstrip("”）)") in HOUSED_AT:
                yield left, "PART_OF", right  # (组建X中心，设在省司法厅: the body just set up)
        for left, right in itertools.pairwise(outermost(sent.of("ORG"))):
            if text[left.end_char : right.start_char] in HOUSING_NOTE:
                yield left, "PART_OF", right  # 省河长制办公室（设在省水利厅）
        yield from _set_up_inside(text, sent, orgs)
        yield from _set_up_at(text, sent, orgs)
        yield from _each_housed(text, sent, orgs)
        if ctx.reporter is not None:  # 市安委会办公室设在我局: in the body's own account, in that body
            for left in orgs:
                if HOUSED_WITH_US.match(text, left.end_char) and ctx.reporter.text.endswith(text[left.end_char + 3]):
                    yield left, "PART_OF", ctx.reporter
        yield from _pointed_housed(ctx, sent, orgs)
        subject = sent.subject[0] if sent.subject else None
        for host in orgs:  # 县委巡察办是……机构，设在县纪委监委: the subject is housed there
            set_in = HOUSED_IN.fullmatch(text, max(0, host.start_char - 3), host.start_char)
            if set_in and subject is not None and subject.end_char < host.start_char and not SET_UP_INSIDE.search(
                    text, subject.end_char, host.start_char):  # (领导小组下设办公室，设在Y: the office is housed)
                yield subject, "PART_OF", host
    if belongs:
        yield from _belonging(ctx, sent)
    if belongs or text.find("部门", sent.start, sent.end) >= 0:  # (工作部门包括：…: a government's, listed)
        yield from _owned_listed(ctx, sent)
    if len(sent.of("ORG")) > 1 and BELONGING_CLASS_SAID.search(text, sent.start, sent.end):
        yield from _as_belonging(text, sent)
    if len(sent.of("ORG")) > 1 and ORGAN.search(text, sent.start, sent.end):  # two bodies at least, then the scan
        for left, right in itertools.pairwise(outermost(sent.of("ORG"))):  # the parent is a modifier (…的) here
            between = text[left.end_char : right.start_char]
            if ORGAN_OF.fullmatch(between) and ORGAN.match(text, right.end_char) and left in orgs:
                yield left, "PART_OF", right  # 县农办是县委农村工作领导小组的日常办事机构


def _belonging(ctx: Context, sent: Sentence) -> Iterator[Triple]:
    """Bodies named as belonging to another, in a sentence that says 属: 市人民政府对所属有关部门 (of the actor before
    them), 海关总署所属机构 (of the body in their name), A隶属于B."""
    for org in sent.of("ORG"):  # 市人民政府对所属有关部门: what belongs to the actor before it
        if org.text.startswith(BELONGING) and (owner := _actor_before(ctx, sent, org)) is not None:
            institution = _institution_of(ctx, owner)  # 集团纪委对所属子公司: the group's, not its commission's
            if not owner.text.endswith("组") and not institution.text.endswith(ORGANS):
                yield org, "PART_OF", institution  # (县委巡察组对所属乡镇卫生院: the county's, not the team's)
        elif "属" in org.text and (inner := BELONGING_INSIDE.search(org.text, 1)) is not None:
            # 国家税务总局、海关总署所属机构: of each
            end = org.start_char + inner.start()
            for owner in outermost([o for o in sent.of("ORG") if org.start_char <= o.start_char and o.end_char <= end]):
                yield org, "PART_OF", owner
        elif not org.generic and (its := ITS_OWN.search(ctx.text, max(sent.start, org.start_char - 4),
                                                        org.start_char)) is not None:  # (为其所属事业单位: a kind)
            owners = [a for a in actors_of(ctx.text, sent) if a.end_char <= its.start() and not a.generic]
            if owners:  # 交通运输部主管…，其所属的中国海事局负责…: the ministry's
                yield org, "PART_OF", _institution_of(ctx, owners[-1])
        elif _owned_after_actor(ctx.text, org.start_char) \
                and (owner := _actor_before(ctx, sent, org) or next(iter(sent.subject), None)) is not None \
                and not owner.text.endswith("组"):
            # 集团纪委对所属A公司、B公司开展检查: each belongs to the institution whose organ acts (the 集团)
            institution = _institution_of(ctx, owner)
            for unit in listed_after(ctx.text, sent, org.start_char):
                if unit is not institution:
                    yield unit, "PART_OF", institution
    yield from _summed_up_as_owned(ctx, sent)
    yield from _said_owned(ctx, sent)
    if len(sent.of("ORG")) > 1:
        yield from _belongs_to(ctx.text, sent)


# 对A公司、B公司等3家所属企业开展巡察: the list summed up as the actor's own
SUMMED_UP_OWNED = re.compile("等(?:[\\d一二三四五六七八九十两几]+[家个户所])?(?:所属|下属)的?(?:二级|三级)?"
                             "(?:子公司|企业|公司|单位)")


def _summed_up_as_owned(ctx: Context, sent: Sentence) -> Iterator[Triple]:
    """The bodies listed before 等N家所属企业 belong to the institution of the body acting before them."""
    text = ctx.text
    for m in SUMMED_UP_OWNED.finditer(text, sent.start, sent.end):
        last = [s for s in actors_of(text, sent) if s.end_char == m.start()]
        if not last:
            continue
        listed = group_of(text, sent, last[0])
        owner = _actor_before(ctx, sent, listed[0]) or next(iter(sent.subject), None)
        if owner is None or owner.text.endswith("组"):
            continue
        institution = _institution_of(ctx, owner)
        yield from ((unit, "PART_OF", institution) for unit in listed if unit is not institution)


# 所属的A、B和C 3家事业单位: the list before its count and kind
OWNED_COUNTED = re.compile("(?:所属|下属)的?")
# 市政府主要工作部门包括：A、B和C: a government's departments, listed
DEPARTMENTS_LISTED = re.compile("(?:主要)?(?:工作部门|组成部门)(?:[\\d一二三四五六七八九十两]+个)?[，,]?(?:主要)?"
                                "(?:包括|有|分别为|分别是|为)[：:]")
COUNTED_KIND = re.compile("(?:等)?[\\d一二三四五六七八九十两]+[家个](?:事业单位|单位|企业)")
# 本局内设…；下属二级单位包括…: the body the text is about speaks of its own units
OWN_BODY = re.compile("本[局厅委部院署办]|[局厅委部院署办]机关")


def _owned_listed(ctx: Context, sent: Sentence) -> Iterator[Triple]:
    """The bodies listed after 下属二级单位包括, 所属事业单位分别为 or 工作部门包括 are part of the body whose units
    they are: the actor before in the clause, else the sentence's subject, else the body the text is about when
    the sentence speaks of 本局 or 局机关.

    >>> import kg
    >>> doc = kg.load()("白鹭县水利局下属二级单位包括白鹭县水文站和白鹭县河道管理所。")
    >>> [h.text for h, t, d, _ in doc._.kg_relations if t == "PART_OF" and d.text == "白鹭县水利局"]
    ['白鹭县水利局下属二级单位', '白鹭县水文站', '白鹭县河道管理所']
    """
    text = ctx.text
    for m in itertools.chain(OWNED_LIST.finditer(text, sent.start, sent.end),
                             OWNED_COUNTED.finditer(text, sent.start, sent.end),
                             DEPARTMENTS_LISTED.finditer(text, sent.start, sent.end)):
        units = listed_after(text, sent, m.end())
        if not units or (m.re is OWNED_COUNTED and not COUNTED_KIND.match(text, units[-1].end_char)):
            continue  # (所属的A、B 2家事业单位: the count and kind after the list)
        start = max(sent.start, text.rfind("，", sent.start, m.start()) + 1)  # (白鹭县水利局下属二级单位: the bureau)
        owners = [a for a in sent.of("ORG") if start <= a.start_char and a.end_char <= m.start() and not a.generic]
        owner = owners[-1] if owners else next((s for s in sent.subject if s not in units), None)
        said_at = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start()))  # (本局内设…；下属…: one said)
        if owner is None and (own := OWN_BODY.search(text, said_at + 1, m.start())) is not None:
            owner = _text_body(ctx, own.group()[-1] if own.group().startswith("本") else own.group()[:1])
        elif owner is None and m.re is OWNED_COUNTED:
            owner = _text_body(ctx, "", units)  # (纳入预算的单位包括局机关本级，以及所属的A、B 2家事业单位: the text's)
        if owner is not None and not owner.text.endswith("组"):
            yield from ((unit, "PART_OF", owner) for unit in units if unit is not owner)


# A为其所属事业单位, A为委属事业单位, A等为其派出机构: A is a unit of the body the text is about
SAID_OWNED = re.compile("(?:等)?(?:为|是|系|作为)(?P<owner>其|本[局厅委部院署]|[局厅委部院署])"
                        "(?:(?:所属|下属|直属|属)的?)?(?:事业单位|单位|机构|企业|派出机构)")


def _said_owned(ctx: Context, sent: Sentence) -> Iterator[Triple]:
    """The bodies said to be units of the body the text is about (A、B为委属事业单位: of the commission it names
    most; A为其所属事业单位: of the body it is most about), each PART_OF it.

    >>> import kg
    >>> doc = kg.load()("广州市生态环境局负责全市监管。广州市环境监测中心站为其所属事业单位。")
    >>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t == "PART_OF"]
    [('广州市环境监测中心站', 'PART_OF', '广州市生态环境局')]
    """
    text = ctx.text
    for m in SAID_OWNED.finditer(text, sent.start, sent.end):
        last = [a for a in actors_of(text, sent) if a.end_char == m.start() and not a.generic]
        if not last or (m.group("owner") != "其" and "属" not in m.group()):
            continue  # (A为局派出机构: no 属, no owner said)
        units = group_of(text, sent, last[0])
        kind = "" if m.group("owner") == "其" else m.group("owner")[-1]
        if (owner := _text_body(ctx, kind, units)) is not None:
            yield from ((unit, "PART_OF", owner) for unit in units)


def _text_body(ctx: Context, kind: str, besides: Sequence[Ent] = ()) -> Ent | None:
    """The body of ``kind`` (局, 委…) the text is about: of those named, the one named most often (the first of
    them), not one cited in passing (根据市财政局要求，现将市林业局…: the 林业局)."""
    names = ctx.doc.user_data.get(CANONICAL_KEY) or {}
    ends = ("委", "委员会") if kind == "委" else kind  # (委属: of a commission named in full)
    bodies = [o for o in ctx.views if o.label_ == "ORG" and not o.generic and o.text.endswith(ends)
              and o not in besides]
    at = text_body(ctx.text, [(o.start_char, o.end_char, names.get((o.start_char, o.end_char, "ORG"), o.text))
                              for o in bodies])
    return bodies[at] if at is not None else None


def _owned_after_actor(text: str, start: int) -> bool:
    """Whether a body at ``start`` follows 对所属 or 对下属, its kind between (对所属企业A公司)."""
    kind = next((k for k in OWNED_KINDS if text.endswith(k, 0, start)), "")
    return text[start - len(kind) - 3 : start - len(kind)] in ("对所属", "对下属")


BELONGING_CLASS_SAID = re.compile("(?:所属|下属|直属)的?(?:事业单位|单位|机构)")  # (a scan before the pairs)
BELONGING_CLASS = re.compile(BELONGING_CLASS_SAID.pattern + "$")  # 市民政部门所属事业单位


def _as_belonging(text: str, sent: Sentence) -> Iterator[Triple]:
    """A body said to be one of another's (中心作为市民政部门所属事业单位, 中心是县人社局所属事业单位): PART_OF that
    other."""
    orgs = sent.of("ORG")
    actors = actors_of(text, sent)
    for body in orgs:
        for kind in orgs:
            if text[_past_aside(text, body.end_char) : kind.start_char] not in ("作为", "是", "系", "为") \
                    or BELONGING_CLASS.search(kind.text) is None:
                continue
            owners = [o for o in orgs if o.start_char == kind.start_char and o.end_char < kind.end_char]
            for owner in owners[-1:]:  # (A、B为市林业局所属事业单位: each of them)
                yield from ((each, "PART_OF", owner) for each in group_of(text, sent, body)
                            if each in actors) if body in actors else [(body, "PART_OF", owner)]


def _past_aside(text: str, end: int) -> int:
    """Past an alias note (（以下简称B）) or another name bracketed (市儿童福利院（市未成年人救助保护中心）) after a
    body's name ending at ``end``.

    >>> _past_aside("甲院（乙中心）是", 2), _past_aside("甲院是", 2)
    (7, 2)
    """
    end = past_alias(text, end)
    if text.startswith(("（", "("), end) and (close := text.find("）", end, end + 22)) > 0:
        return close + 1
    return end


ORGANS = ("纪委", "党委", "党组", "纪检监察组", "巡察办")  # a body's organs that act for it


def _institution_of(ctx: Context, body: Ent) -> Ent:
    """The body whose organ ``body`` is (集团纪委 named 青禾投资集团有限公司纪委: that company), else ``body``."""
    if not body.text.endswith(ORGANS):
        return body
    names = ctx.doc.user_data.get(CANONICAL_KEY) or {}
    name = names.get((body.start_char, body.end_char, "ORG"), body.text)
    parent = next((o for o in reversed(ctx.views) if o.label_ == "ORG" and not o.generic and o.end_char <= body.end_char
                   and o is not body and len(o.text) < len(name) and name.startswith(o.text)
                   and not o.text.endswith(ORGANS)), None)
    return parent or body


def _actor_before(ctx: Context, sent: Sentence, org: Ent) -> Ent | None:
    """The body acting in ``org``'s clause before it (市人民政府 of 市人民政府对所属有关部门)."""
    start = max(sent.start, ctx.text.rfind("，", sent.start, org.start_char) + 1)
    before = [a for a in actors_of(ctx.text, sent) if start <= a.start_char and a.end_char <= org.start_char]
    return before[-1] if before else None


def _set_up_inside(text: str, sent: Sentence, orgs: list[Ent]) -> Iterator[Triple]:
    """The units listed after 下设/内设 are part of the body right before it (专班下设A和B; 设立综治中心，下设A、B)."""
    for host in orgs:
        inside = SET_UP_INSIDE.match(text, host.end_char)
        if inside is not None:
            for unit in listed_after(text, sent, inside.end()):
                yield unit, "PART_OF", host


# 在县社会治理中心设立诉调对接工作室: a unit set up at a body is housed there
SET_UP_AT = re.compile("(?:设立|设置|开设|成立|组建)了?(?:[\\d一二三四五六七八九十两]+个)?")
EACH_HOUSED = re.compile("[，,]?分别设[在于]")  # A和B，分别设在X和Y: each in its own host, in order


def _set_up_at(text: str, sent: Sentence, orgs: list[Ent]) -> Iterator[Triple]:
    """The units set up 在 a body (在县社会治理中心设立诉调对接工作室) are part of it.

    >>> import kg
    >>> doc = kg.load()("县人民法院在县社会治理中心设立诉调对接工作室。")
    >>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t == "PART_OF"]
    [('诉调对接工作室', 'PART_OF', '县社会治理中心')]
    """
    for host in orgs:
        if text[host.start_char - 1 : host.start_char] != "在" or host.generic:
            continue
        set_up = SET_UP_AT.match(text, host.end_char)
        if set_up is not None:
            for unit in listed_after(text, sent, set_up.end()):
                yield unit, "PART_OF", host


def _each_housed(text: str, sent: Sentence, orgs: list[Ent]) -> Iterator[Triple]:
    """Units listed before 分别设在 and hosts listed after it, paired in order when their counts agree (A和B，分别设在
    X和Y: A PART_OF X, B PART_OF Y)."""
    for last in orgs:
        each = EACH_HOUSED.match(text, last.end_char)
        if each is None:
            continue
        units = group_of(text, sent, last)
        hosts = listed_after(text, sent, each.end())
        if len(units) == len(hosts) > 1:
            yield from ((unit, "PART_OF", host) for unit, host in zip(units, hosts, strict=True))


def _belongs_to(text: str, sent: Sentence) -> Iterator[Triple]:
    """A body said to belong to another: A隶属于B, A是B所属的… (A PART_OF B)."""
    bodies = [o for o in outermost(sent.of("ORG")) if not is_given_name(text, o.start_char)]  # (B of A（以下简称B）)
    for left, right in itertools.pairwise(bodies):
        between = text[past_alias(text, left.end_char) : right.start_char]  # (A（以下简称B）隶属于C)
        if text.endswith("作为", 0, left.start_char) and AS_OWNED.fullmatch(between):
            yield right, "PART_OF", left  # 作为青岛海关隶属海关，临沂海关…: the body after the clause
            continue
        if SUBORDINATE_TO.fullmatch(between) or (ORGAN_OF_GAP.fullmatch(between) and (
                BELONGING_AFTER.match(text, right.end_char) or SUBSIDIARY_AFTER.match(text, right.end_char))):
            yield left, "PART_OF", right
        elif BELONGING_AFTER.fullmatch(between) and not right.generic and not ORGAN_OF.fullmatch(
                text, max(0, left.start_char - 1), left.start_char):  # (A是B所属的直属海关: A's kind, said of A)
            yield right, "PART_OF", left  # 省水利厅所属的川中灌区建设管理中心


CONGRESSES = ("人民代表大会", "全国人大", "人代会")


def delegations(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A congress's delegation (在青禾县代表团, 江苏代表团) is part of the congress the text names before it, the
    last one (a session names its congress: 云岭市第十七届人民代表大会第四次会议).

    >>> import kg
    >>> doc = kg.load()("衢州市第十七届人民代表大会第四次会议开幕。在开化县代表团，代表们审议了报告。")
    >>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t == "PART_OF"]
    [('开化县代表团', 'PART_OF', '衢州市第十七届人民代表大会')]
    """
    for org in sent.of("ORG"):
        if org.generic or not org.text.endswith(DELEGATION) or org.text.startswith((*NATIONAL_CONGRESS, "中央")):
            continue  # (全国人代会西藏代表团: the congress named in it, named_parts'; 中央代表团: the Centre's)
        congress = next((v for v in reversed(ctx.views) if v.label_ == "ORG" and not v.generic
                         and v.end_char <= org.start_char and v.text.endswith(CONGRESSES)), None)
        if congress is not None:
            yield org, "PART_OF", congress
