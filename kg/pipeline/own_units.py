"""The departments of a body named bare, after the body itself (水利部…。监督司负责暗访督查; 县人民检察院…第三检察部;
市财政局…预算科党支部): each is the department of that body, the one of its kind the text names before it.

A ministry's 司, a procuratorate's 检察部, a court's 庭, a bureau's 科 and a department's 处 belong to one kind of
body each; a bare one is named with the body of that kind named before it, only when every such body before it is
the same one (after 财政部 and 人力资源社会保障部, a bare 社会保险司 is nobody's).

Examples
--------
>>> text = "水利部部署专项行动。监督司负责暗访督查，水资源管理司、水土保持司配合。"
>>> [(text[f.start : f.end], f.name) for f in own_units(text, [Found(0, 3, "ORG", "national")])]
[('监督司', '水利部监督司'), ('水资源管理司', '水利部水资源管理司'), ('水土保持司', '水利部水土保持司')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from kg.pipeline.free_names import subtype
from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.short_mentions import occurrences
from kg.pipeline.spans import SENTENCE_STOPS, Found, is_han, last_match, last_of
from kg.pipeline.unit_lists import listed_units, owned_bodies


class UnitKind(NamedTuple):
    """A kind of department: its last character, the stems it refuses, what follows it that is no department, and
    the ends of its parents' names."""

    head: str
    not_stem: re.Pattern[str]
    not_after: str
    parents: tuple[str, ...]
    national: bool  # whether the parent is a central body (a ministry's 司)
    follow: str = ""  # the characters that may follow it, if not all (科创, 科技, 处理: words that go on)
    reach: int = 0  # how far back its parent may be named (0: anywhere before; a section's bureau, nearby)


INSTITUTIONS = ("大学", "学院", "医院", "公司", "集团")  # (a university's 地方合作处: not a bureau's named nearby)
OFFICE_OWNERS = ("厅", "局", "部", "委")  # (the bodies whose units are 处, 科, 司)
REACH = 400  # (a list of companies far after a 招商局: no section of it)
FOLLOW = "和与及等党负牵会联的对向要在按主作配协参设"  # 预算科党支部, 人事处负责, 法规处会同, 法规处按职责
# (公司, 官司; 学科, 本科, 专科; 好处, 之处, 住处: words, no departments; 司长, 科长, 处长: persons; 司法, 司机,
# 处理, 处罚, 处置: words after them)
KINDS = (
    UnitKind("司", re.compile("[公官上]$|^[各该本其有相]"), "长法机令", ("部", "委", "委员会", "总局", "署", "局"),
             True),
    UnitKind("科", re.compile("[学本专全文理工产诊外内儿眼骨牙]$|^[各该本其有相]|学"), "长学技研普室协",
             ("局", "医院"), False, FOLLOW, REACH),
    UnitKind("处", re.compile("[之好坏难住出长短到各此一二三两多何深近远相共独善随别害益用]$"
                              "|^[各该本其有相一两多每此]"),
             "长理罚置分于在境事", ("厅", "局", *INSTITUTIONS), False, FOLLOW, REACH),
)
# a phrase, not a department's name: a function word, a place's level, a verb that takes 处 (查处, 惩处, 判处)
# (纪委联合审计处: a verb of joining, the body before it a partner)
NOT_IN_STEM = re.compile("[的在对把将从向为了着过省市县区乡镇村全等]|[查惩判论办]$|联合|会同|协同|配合|牵头")
BOUNDARY = "，。；、：:（(）)\n和与及由同在"  # what a bare department's name starts after (会同, 由…牵头)
MAX_STEM = 9
SETTING_WORDS = frozenset(("内设", "下设", "设有"))
STANDING = "常委会"
UNIT_ENDS = "部庭会室组"  # the last characters of the units below (a quick test before the patterns)
# a court's and a procuratorate's numbered or named departments, found by the grammar without their body
NUMBERED_UNITS = (
    (re.compile("第[一二三四五六七八九十]{1,3}检察部|检察[一二三四五六七八九十]{1,3}部"), ("人民检察院", "检察院")),
    (re.compile("(?:立案|(?:刑事|民事|行政)审判第?[一二三四五六七八九十]{0,2})庭"), ("人民法院", "法院")),
    # 常委会法制工作委员会, 常委会办公室: a congress standing committee's working bodies, after the committee
    (re.compile(f"{STANDING}.+"), ("人大常委会", "人民代表大会常务委员会")),
)


def own_units(text: str, found: list[Found]) -> list[Found]:
    """The bare departments in ``text`` of the bodies ``found`` before them, named with their body; and the
    numbered departments ``found`` unnamed (第三检察部) named so.

    >>> text = "县人民检察院召开会议。第三检察部制发检察建议。"
    >>> [(text[f.start : f.end], f.name) for f in own_units(text, [Found(0, 6, "ORG"), Found(11, 16, "ORG")])]
    [('第三检察部', '县人民检察院第三检察部')]
    """
    # (人事处 the grammar found unnamed: renamed; 财政部预算司 it found as a central body's: its own)
    taken = {(f.start, f.end) for f in found if f.name or f.generic or f.subtype == "national"}
    candidates = [(kind, unit) for kind in KINDS for pos, _ in occurrences(text, [kind.head])
                  if (unit := _bare_unit(text, pos, kind, taken)) is not None]
    numbered = [(f, parents) for f in found
                if f.name is None and not f.generic and text[f.end - 1 : f.end] in UNIT_ENDS
                for pattern, parents in NUMBERED_UNITS if pattern.fullmatch(text, f.start, f.end)]
    listed = listed_units(text, found) + party_departments(text, found)  # (内设机构: 1.办公室…; 党委组织部)
    listed += [f for f in owned_bodies(text)  # (下属二级单位包括A、B: those the grammar missed)
               if not any(g.start < f.end and f.start < g.end for g in found)]
    listed += county_branches(text, found)  # 玉林市公安局…玉州分局: the city bureau's in that county
    listed += police_units(text, found) if "公安" in text else []  # 市公安局…会同网安支队: the bureau's
    listed += university_schools(text, found) if "大学" in text else []  # 某大学…医学院、农学院: the university's
    if not candidates and not numbered:
        return listed  # most texts: no bare department (the bodies are sorted only for those that have one)
    bodies = [f for f in found if not f.generic and not f.nested]
    bodies += [f for f in found if f.nested and text.endswith(("大学",), f.start, f.end)]  # (青禾大学 of its 党委)
    # (省水利厅办公室、规划计划处: the department named inside its office's name owns the units listed after)
    bodies += [f for f in found if f.nested and not f.generic and text.endswith(OFFICE_OWNERS, f.start, f.end)
               and any(g.start == f.start and g.end > f.end and not g.generic for g in found)]
    out = listed
    for kind, (start, end) in candidates:
        owners = [f for f in bodies if text.endswith(kind.parents, f.start, f.end)]
        if parent := _parent(text, owners, start, kind.national, start - kind.reach if kind.reach else 0):
            out += _with_branch(text, start, end, parent, subtype(kind.head))
    for f, parents in numbered:
        if parent := _parent(text, [b for b in bodies if text.endswith(parents, b.start, b.end)], f.start):
            own = text[f.start + len(STANDING) : f.end] if text.startswith(STANDING, f.start) else text[f.start : f.end]
            out.append(f._replace(name=parent + own))
    return out


# 网安支队, 经侦大队: a police bureau's units by the short name of their work (named bare after the bureau)
POLICE_UNIT = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[、和与及同]))(?:刑侦|经侦|网安|技侦|治安|交警|禁毒|特警|巡特警"
                         "|食药环侦|反诈|网侦)(?:支队|大队|中队)")  # (at a clause's start, in a list, after 会同)
POLICE_BUREAU = ("公安局", "公安分局", "分局")


def police_units(text: str, found: list[Found]) -> list[Found]:
    """The units a police bureau named before them has, named bare by their work (市公安局刑侦支队会同网安支队:
    市公安局网安支队), each with the bureau's name.

    >>> text = "白鹭市公安局刑侦支队会同网安支队、技侦支队开展攻坚。"
    >>> [(text[f.start : f.end], f.name) for f in police_units(text, [Found(0, 6, "ORG"), Found(0, 10, "ORG")])]
    [('网安支队', '白鹭市公安局网安支队'), ('技侦支队', '白鹭市公安局技侦支队')]
    """
    return _named_after_parents(text, POLICE_UNIT, POLICE_BUREAU, found, "police")


# 医学院, 农学院, 研究生院: a university's schools named bare after it (a field of one to four characters)
SCHOOL = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[、和与及同对]))"
                    "(?:(?:(?![的和与及等各该本其对在向为把将由从])[\u4e00-\u9fff]){1,4}学院|研究生院)"
                    "(?![\u4e00-\u9fff]{0,2}(?:建设|毕业|学生|学子))")
NOT_A_SCHOOL = ("部分", "各", "有关", "相关", "一些", "所有", "全部", "其他", "其它", "二级", "多个", "多所", "本")


def university_schools(text: str, found: list[Found]) -> list[Found]:
    """The schools a university named before them has, named bare (某大学召开会议，医学院、农学院参加: 某大学医学院),
    each with the university's name.

    >>> text = "白鹭大学召开会议，医学院、农学院负责同志参加。"
    >>> [(text[f.start : f.end], f.name) for f in university_schools(text, [Found(0, 4, "ORG")])]
    [('医学院', '白鹭大学医学院'), ('农学院', '白鹭大学农学院')]
    """
    return _named_after_parents(text, SCHOOL, ("大学",), found, "education", not_before=NOT_A_SCHOOL)


def _named_after_parents(text: str, unit: re.Pattern[str], parent_heads: tuple[str, ...], found: list[Found],
                         kind: str, *, not_before: tuple[str, ...] = ()) -> list[Found]:
    """Each match of ``unit`` outside the bodies ``found``, named with the nearest body of ``found`` ending in one of
    ``parent_heads`` before it (within :data:`REACH`); none where it starts with one of ``not_before`` (some of a
    kind) or no such body stands before it."""
    parents = [f for f in found if not f.generic and text.endswith(parent_heads, f.start, f.end)]
    out = []
    for m in unit.finditer(text):
        if any(f.start <= m.start() < f.end for f in found) or text.startswith(not_before, m.start()):
            continue  # (白鹭市公安局刑侦支队, 白鹭大学医学院: named with the body already; 部分学院: some of them)
        before = [p for p in parents if p.end <= m.start() and m.start() - p.end <= REACH]
        if before:
            parent = max(before, key=lambda p: p.end)
            out.append(Found(m.start(), m.end(), "ORG", kind, name=text[parent.start : parent.end] + m.group()))
    return out


# 玉州分局, 秦州分局七里墩派出所: a city bureau's branch in a county named by its short name
COUNTY_BRANCH = re.compile("(?P<short>[\u4e00-\u9fff]{2})分局")


def county_branches(text: str, found: list[Found]) -> list[Found]:
    """The branches named by a county's short name alone (玉州分局), each named with the bureau of that county's
    city the text names before it (玉林市公安局: 玉林市公安局玉州分局), with what follows in its name.

    >>> text = "玉林市公安局部署行动。玉州分局参加。"
    >>> [(text[f.start : f.end], f.name) for f in county_branches(text, [Found(0, 6, "ORG"), Found(11, 15, "ORG")])]
    [('玉州分局', '玉林市公安局玉州分局')]
    """
    if "分局" not in text:
        return []
    gazetteer = load_gazetteer()
    out = []
    for f in found:
        if f.name or f.generic or (m := COUNTY_BRANCH.match(text, f.start)) is None or m.end() > f.end:
            continue
        county = gazetteer.county_by_short_name(m.group("short"))
        city = gazetteer.parent(county) if county is not None else None
        if city is None:
            continue
        if (bureau := last_match(re.compile(re.escape(city.name) + CITY_BUREAU), text, 0, f.start)) is not None:
            out.append(f._replace(name=bureau.group() + text[f.start : f.end]))
    return out


CITY_BUREAU = "[\u4e00-\u9fff]{1,6}?(?<!分)局"  # (玉林市 + 公安局: the city's bureau, no branch of it)


BRANCH = re.compile("党总支|党支部|支部")  # 预算科党支部: the department's party branch


def _with_branch(text: str, start: int, end: int, parent: str, kind: str) -> list[Found]:
    """The department from ``start`` to ``end`` named with ``parent``, and its party branch named after it (as its
    child: the department nested in the branch's span).

    >>> [(f.start, f.end, f.name) for f in _with_branch("预算科党支部", 0, 3, "市财政局", "government")]
    [(0, 6, '市财政局预算科党支部'), (0, 3, '市财政局预算科')]
    >>> [f.name for f in _with_branch("部财务司", 0, 4, "水利部", "national")]
    ['水利部财务司']
    """
    unit = text[start:end]
    if unit[0] == parent[-1] and unit[0] in OFFICE_OWNERS:
        unit = unit[1:]  # 部计划财务司 after 农业农村部: the ministry's short form opens it (农业农村部计划财务司)
    name = parent + unit
    if (branch := BRANCH.match(text, end)) is None:
        return [Found(start, end, "ORG", kind, name=name)]
    return [Found(start, branch.end(), "ORG", "party", name=name + branch.group()),
            Found(start, end, "ORG", kind, nested=True, name=name)]


def _bare_unit(text: str, head: int, kind: UnitKind, taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a bare department ending at the ``head`` character at ``head``: its stem all Han back to a
    boundary, 2 to MAX_STEM characters; None if there is none or another rule found those words.

    >>> _bare_unit("，监督司负责", 3, KINDS[0], set()), _bare_unit("，子公司负责", 3, KINDS[0], set())
    ((1, 4), None)
    >>> _bare_unit("局机关内设法规司", 7, KINDS[0], set())
    (5, 8)
    """
    after = text[head + 1 : head + 2]
    if after and (after in kind.not_after or (kind.follow and is_han(after) and after not in kind.follow)):
        return None
    start = head
    while start > 0 and head - start < MAX_STEM and is_han(text[start - 1]) and text[start - 1] not in BOUNDARY \
            and text[start - 2 : start] not in SETTING_WORDS:
        start -= 1
    opened = text[start - 2 : start] in SETTING_WORDS  # (局机关内设政策法规科: the unit after the verb)
    if head - start < 2 or (start > 0 and text[start - 1] not in BOUNDARY and not opened) \
            or kind.not_stem.search(text, start, head) \
            or NOT_IN_STEM.search(text, start, head):
        return None
    return None if (start, head + 1) in taken else (start, head + 1)


def _parent(text: str, owners: list[Found], before: int, national: bool = False, floor: int = 0) -> str | None:
    """The name of the body of ``owners`` (the bodies of a kind) named between ``floor`` and ``before``, when every
    such body is the same one (a central body's, when ``national``); a university's schools (…学院) give way to it."""
    names = {f.name or text[f.start : f.end] for f in owners
             if floor <= f.start and f.end <= before and (f.subtype == "national") == national}
    names = _over_schools(names)
    return names.pop() if len(names) == 1 else None


def _over_schools(names: set[str], suffix: str = "") -> set[str]:
    """``names`` (each ending with ``suffix``) without the schools (…学院) when a university is among them: its
    schools, whose offices and departments are the university's.

    >>> sorted(_over_schools({"青禾大学党委", "机械学院党委"}, "党委")), sorted(_over_schools({"青禾学院", "白鹭学院"}))
    (['青禾大学党委'], ['白鹭学院', '青禾学院'])
    """
    bare = {name: name[: len(name) - len(suffix)] for name in names}
    if any(owner.endswith("大学") for owner in bare.values()):
        return {name for name, owner in bare.items() if not owner.endswith("学院")}
    return names


# 党委组织部, 党委宣传部: a department of the party committee of the institution a text is about (青禾大学党委)
PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "教师工作部", "学生工作部", "武装部", "保卫部", "办公室",
                     "巡察工作办公室", "巡察办")
PARTY_DEPARTMENT = re.compile("党委(" + "|".join(sorted(PARTY_DEPARTMENTS, key=len, reverse=True)) + ")")


def party_departments(text: str, found: list[Found]) -> list[Found]:
    """The bare departments of a 党委 written after it (党委组织部, 党委办公室), named with the one institution's party
    committee the text names (its university's, when its schools' are named too).

    >>> text = "青禾大学党委召开会议，党委组织部、党委办公室负责落实。"
    >>> [(text[f.start : f.end], f.name) for f in party_departments(text, [Found(0, 6, "ORG"), Found(13, 16, "ORG")])]
    [('组织部', '青禾大学党委组织部'), ('办公室', '青禾大学党委办公室')]
    """
    if "党委" not in text:
        return []
    owners = {as_committee(f.name or text[f.start : f.end]) for f in found if not f.generic}
    owners = _over_schools({o for o in owners if o.endswith("党委") and o[:-2].endswith(INSTITUTIONS)}, "党委")
    # (青禾大学党委 beside 青禾大学附属医院党委: the university's, whose the hospital is too)
    owners = {o for o in owners if not any(p != o and o.startswith(p[:-2]) for p in owners)}
    if len(owners) != 1:
        return []
    owner = owners.pop()
    spans = {(f.start, f.end): f for f in found}
    named_ends = {f.end for f in found}
    out = []
    for m in PARTY_DEPARTMENT.finditer(text):
        start, end = m.span(1)
        if m.start() in named_ends:
            continue  # (青禾大学党委办公室, 学院党委办公室: named whole)
        if (f := spans.get((start, end))) is not None:
            if not f.name:
                out.append(f._replace(name=owner + m.group(1)))
        elif not any(f.start < end and start < f.end for f in found):  # (a longer name found over it: that one)
            out.append(Found(start, end, "ORG", subtype(m.group(1)), name=owner + m.group(1)))
    return out


def as_committee(name: str) -> str:
    """An institution's party committee by its full name (中共青禾大学委员会) as 青禾大学党委; other names as they are.

    >>> as_committee("中共青禾大学委员会"), as_committee("中共青禾县委员会")
    ('青禾大学党委', '中共青禾县委员会')
    """
    for prefix in ("中国共产党", "中共"):
        inner = name.removeprefix(prefix).removesuffix("委员会")
        if name.startswith(prefix) and name.endswith("委员会") and inner.endswith(INSTITUTIONS):
            return inner + "党委"
    return name


DELEGATION = "代表团"
NATIONAL_CONGRESS = ("全国人代会", "全国人大")  # 全国人代会西藏代表团: the congress's delegation of a province


def congress_delegations(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each delegation named after the national congress (全国人代会西藏代表团) spanning both, the
    congress nested in it.

    >>> text = "参加全国人代会西藏代表团审议"
    >>> [(text[f.start : f.end], f.nested) for f in congress_delegations(text, [Found(2, 7, "ORG", "national"),
    ...                                                                      Found(7, 12, "ORG", "congress")])]
    [('全国人代会', True), ('全国人代会西藏代表团', False)]
    """
    if DELEGATION not in text:
        return found  # (most texts)
    congresses = {f.end: f for f in found if text[f.start : f.end] in NATIONAL_CONGRESS}
    joined = {f.start for f in found if f.start in congresses and not f.generic
              and text.endswith(DELEGATION, f.start, f.end)}
    if not joined:
        return found
    out = []
    for f in found:
        if f.start in joined and text.endswith(DELEGATION, f.start, f.end):
            out.append(f._replace(start=congresses[f.start].start))
        elif f.end in joined and f is congresses.get(f.end):
            out.append(f._replace(nested=True))
        else:
            out.append(f)
    return out


# 省委5个巡视组, 市纪委监委3个督查组: a body's teams counted between it and their head, one body of its teams
COUNTED_TEAM = re.compile("[\\d一二两三四五六七八九十]{1,3}个"
                          "(?P<team>巡视组|巡察组|督查组|督导组|检查组|督察组|工作组|调研组)")


def counted_teams(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the teams a body has counted after it (省委5个巡视组) named with it (省委巡视组): the team's own
    words a mention of that body's teams, instead of a bare team.

    >>> text = "省委5个巡视组对12家单位开展巡视"
    >>> found = [Found(0, 2, "ORG"), Found(4, 7, "ORG")]
    >>> [(text[f.start : f.end], f.name) for f in counted_teams(text, found)]
    [('省委', None), ('巡视组', '省委巡视组')]
    """
    if COUNTED_TEAM.search(text) is None:
        return found  # (most texts)
    teams = {(m.start("team"), m.end()): Found(m.start("team"), m.end(), "ORG", "team",
                                               name=text[f.start : f.end] + m["team"])
             for f in found if not f.generic and not f.nested and (m := COUNTED_TEAM.match(text, f.end)) is not None}
    return [f for f in found if (f.start, f.end) not in teams] + list(teams.values()) if teams else found


# 该室会同…, 该局联合…: a body named again by its kind, the last one of that kind named before it
GUIDING = re.compile("[）)]?(?:[（(][^）)]{1,20}[）)])?的?(?:坚强|统一|直接|精心)?"
                     "(?:领导|指导|统筹|监督|支持|帮助|关心)下")
ANAPHOR = re.compile("该(室|科|处|局|委|中心|组|所|站|队|院|行(?![业为动政使列])|集团|公司)(?![长员级])")


def anaphors(text: str, found: list[Found]) -> list[Found]:
    """该室, 该局…: mentions of the last body of that kind ``found`` before them, named with it.

    >>> text = "市纪委监委案件监督管理室负责人介绍，该室会同派驻组建立台账。"
    >>> [(text[f.start : f.end], f.name) for f in anaphors(text, [Found(0, 12, "ORG")])]
    [('该室', '市纪委监委案件监督管理室')]
    """
    bodies = [f for f in found if not f.generic and not f.nested]
    out = list(_bare_branches(text, bodies))
    if "该" not in text:
        return out
    for m in ANAPHOR.finditer(text):
        kind = m.group(1)
        # a body of an earlier clause of the sentence (…管理室负责同志介绍，该室会同…): one of an earlier sentence is
        # the carried subject's (the relations' carried), one of the same clause no antecedent (A联合B对该局…)
        sentence, clause = last_of(text, SENTENCE_STOPS, m.start()), last_of(text, "，,；;：:", m.start())
        before = [f for f in bodies if sentence < f.start and f.end <= clause and text.endswith(kind, f.start, f.end)
                  and not GUIDING.match(text, f.end)]  # (在市检察院指导下，该院…: not the one guiding)
        if not before and sentence > 0 and _opens_clause(text, m.start()):
            before = _one_of_kind_before(text, found, kind, sentence)  # 在建议书的督促下，该局制定…: the sentence
        if before:
            last = max(before, key=lambda f: (f.end, f.end - f.start))
            out.append(Found(m.start(), m.end(), "ORG", last.subtype, name=last.name or text[last.start : last.end]))
    return out


def _opens_clause(text: str, at: int) -> bool:
    """Whether a pointer at ``at`` opens its clause (…。该局制定…, …，该局还…)."""
    return text[at - 1 : at] in ("", "。", "！", "？", "；", "，", "\n")


def _one_of_kind_before(text: str, found: list[Found], kind: str, sentence: int) -> list[Found]:
    """The one body of ``kind`` the sentence before ``sentence`` names (nested ones too: 县自然资源局 in
    县自然资源局党组), or [] if it names none or several."""
    previous = last_of(text, SENTENCE_STOPS, sentence - 1)
    bodies = [f for f in found if not f.generic and previous < f.start and f.end <= sentence
              and text.endswith(kind, f.start, f.end)]
    return bodies if len({f.name or text[f.start : f.end] for f in bodies}) == 1 else []


# 分局随即会同…, 支队已将线索移送…: a branch named by its kind alone, opening a clause, after the one body of that kind
BARE_BRANCH = re.compile("(?:(?<=[，。；：！？\n])|^)(分局|支队|大队)(?=[\u4e00-\u9fff])(?![长员级])", re.MULTILINE)


def _bare_branches(text: str, bodies: list[Found]) -> Iterator[Found]:
    """Each bare 分局, 支队 or 大队 opening a clause, named with the one body of that kind named before it (none if
    two are).

    >>> text = "县生态环境局东城分局开展检查。分局随即会同市执法支队调查，支队已将线索移送。"
    >>> [(text[f.start : f.end], f.name) for f in _bare_branches(text, [Found(0, 10, "ORG"), Found(21, 26, "ORG")])]
    [('分局', '县生态环境局东城分局'), ('支队', '市执法支队')]
    """
    for m in BARE_BRANCH.finditer(text):
        kind = m.group(1)
        before = {text[f.start : f.end]: f for f in bodies
                  if f.end <= m.start() and text.endswith(kind, f.start, f.end)}
        if len({f.name or name for name, f in before.items()}) == 1:
            body = next(iter(before.values()))
            yield Found(m.start(), m.end(), "ORG", body.subtype, name=body.name or text[body.start : body.end])
