"""A team named in full once and then by the end of its name (青澜河联合执法队 …联合执法队对…开展检查): each later
short mention is a mention of the team.

Examples
--------
>>> text = "两局组建青澜河联合执法队。联合执法队开展检查，执法队队长表示……"
>>> [(text[f.start : f.end], f.name) for f in short_mentions(text, [Found(4, 12, "ORG", "team")])]
[('联合执法队', '青澜河联合执法队')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.pipeline.companies import OWNED_BY
from kg.pipeline.free_names import subtype
from kg.pipeline.spans import Found, extend_left, fast_start, has_boundary_word, is_han, last_match, marked

TEAM_ENDS = ("组", "队", "专班", "指挥部")
MIN_TAIL = 3  # 执法队, not 法队
NOT_AFTER = "长员"  # 队长, 组员: a person of the team


def short_mentions(text: str, found: list[Found]) -> list[Found]:
    """Later mentions of the teams of ``found`` by the end of their name, where no other team's name ends so too
    and no other span stands; and of a university's hospitals and institutes by their own part of the name."""
    return _team_mentions(text, found) + university_unit_mentions(text, found)


# 中国人民银行安徽省分行…省分行党委: the branch named by its level alone (not 各市分行: which ones)
BARE_BRANCH = re.compile("(?<![\u4e00-\u9fff])[省市州县]分行|(?<=[对向与和及由经在将把、])[省市州县]分行")


def units_named(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the units named from a body's short name named from its full name (:func:`alias_units`) and a
    bank's branch named by its level alone named in full (:func:`with_branch_names`)."""
    return with_branch_names(text, alias_units(text, found))


def with_branch_names(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a bank's branch named in full before and later by its level alone (…安徽省分行…省分行) named
    with that name, and its units so too (省分行党委), where the text names one branch of that level only.

    >>> text = "中国人民银行安徽省分行召开会议，省分行党委书记出席。"
    >>> found = [Found(0, 11, "ORG"), Found(16, 19, "ORG"), Found(16, 21, "ORG")]
    >>> [f.name for f in with_branch_names(text, found)]
    [None, '中国人民银行安徽省分行', '中国人民银行安徽省分行党委']
    """
    if "分行" not in text:
        return found
    full: dict[int, tuple[int, str]] = {}
    for m in BARE_BRANCH.finditer(text):
        longest: dict[int, Found] = {}  # (by where each ends: 中国人民银行安徽省分行, not the 安徽省分行 inside it)
        for f in found:
            if not f.generic and f.end <= m.start() and text.endswith(m.group(), f.start, f.end) and \
                    f.end - f.start > len(m.group()) + 1 and (f.end not in longest or f.start < longest[f.end].start):
                longest[f.end] = f
        named = {f.name or text[f.start : f.end] for f in longest.values()}
        if len(named) == 1:
            full[m.start()] = (m.end(), named.pop())
    return [f._replace(name=full[f.start][1] + text[full[f.start][0] : f.end])
            if f.start in full and f.name is None and not f.generic else f for f in found]


def _team_mentions(text: str, found: list[Found]) -> list[Found]:
    tails: dict[str, set[str]] = {}
    for f in found:
        if f.generic or f.nested or f.name or f.end - f.start < MIN_TAIL + 2 or not text.endswith(TEAM_ENDS, 0, f.end):
            continue
        name = text[f.start : f.end]
        for cut in range(len(name) - MIN_TAIL + 1):  # (cut 0: the name itself again, where only a verb found it)
            if is_han(name[cut]) and not name[cut].isdigit():
                tails.setdefault(name[cut:], set()).add(name)
    # (执法队队长: the head again, then the person: no mention)
    return [Found(start, start + len(tail), "ORG", "team", name=None if whole == tail else whole)
            for start, tail, whole in _later_mentions(text, found, tails)
            if not (after := text[start + len(tail) : start + len(tail) + 1]) or after not in NOT_AFTER + tail[-1]]


def _later_mentions(text: str, found: list[Found], tails: dict[str, set[str]]) -> Iterator[tuple[int, str, str]]:
    """Where each ``tail`` that ends one whole name only stands in ``text`` on its own: start, tail and that whole
    name, where no span of ``found`` stands and no word runs into it.

    >>> list(_later_mentions("执法队开展检查", [], {"执法队": {"青澜河联合执法队"}}))
    [(0, '执法队', '青澜河联合执法队')]
    """
    unique = {tail: names.pop() for tail, names in tails.items() if len(names) == 1}
    if not unique:
        return
    taken = marked(len(text) + 1, ((f.start, f.end) for f in found))
    for start, tail in occurrences(text, unique):
        if not any(taken[start : start + len(tail)]) and extend_left(text, start, limit=1) == start:
            yield start, tail, unique[tail]  # (not inside a longer word)


# 四川大学华西医院 … 华西医院: a university's hospital or institute named later without the university
UNIVERSITY_UNIT = re.compile("(?:大学|学院)(?P<tail>(?!附属|第)[\u4e00-\u9fff]{2,6}?(?:医院|研究院|研究生院))$")


def university_unit_mentions(text: str, found: list[Found]) -> list[Found]:
    """Later mentions of a university's hospital or institute by its own part of the name (四川大学华西医院 …
    华西医院), where no span stands and no word runs into it.

    >>> text = "岚川大学华西医院召开会议。华西医院组建专科联盟。"
    >>> [(text[f.start : f.end], f.name) for f in university_unit_mentions(text, [Found(0, 8, "ORG")])]
    [('华西医院', '岚川大学华西医院')]
    """
    if "大学" not in text and "学院" not in text:
        return []
    tails: dict[str, set[str]] = {}
    for f in found:
        if not f.generic and (m := UNIVERSITY_UNIT.search(text, f.start, f.end)) is not None:
            tails.setdefault(m["tail"], set()).add(f.name or text[f.start : f.end])
    return [Found(start, start + len(tail), "ORG", subtype(tail), name=whole)
            for start, tail, whole in _later_mentions(text, found, tails)]


ALIAS_INTRO = ("以下简称", "以下统称", "简称")


def alias_mentions(text: str, found: list[Found]) -> list[Found]:
    """Later mentions of the short names a text gives bodies in brackets (…有限公司（以下简称集团公司）…集团公司建立…),
    where no other span stands and no word goes on from the name; each is a mention of the body the name was given
    to (the bracketed name joins it: kg.aliases).

    >>> text = "白鹭港航集团有限公司（以下简称集团公司）成立。集团公司建立台账。"
    >>> [(f.start, f.end) for f in alias_mentions(text, [Found(0, 10, "ORG"), Found(15, 19, "ORG")])]
    [(23, 27)]
    """
    out = unfound_short_names(text, found)
    given = {text[f.start : f.end]: f for f in found + out
             if not f.generic and f.end - f.start >= 2 and text.endswith(ALIAS_INTRO, 0, f.start)}
    if not given:
        return out
    taken = marked(len(text) + 1, ((f.start, f.end) for f in found + out))
    for start, name in occurrences(text, given):
        end = start + len(name)
        if start < given[name].end or any(taken[start:end]) or extend_left(text, start, limit=1) != start \
                or text.startswith(OWNED_BY, end) or text.rfind("《", 0, start) > text.rfind("》", 0, start):
            continue  # (before it is given, inside a longer name, word or title, or whose unit is meant: 集团公司所属…)
        out.append(Found(start, end, "ORG", given[name].subtype))
        if (unit := UNIT_AFTER_SHORT_NAME.match(text, end)) and not has_boundary_word(unit["desc"] or "") and (
                body := _given_to(text, given[name], found)) is not None:
            # 白鹭焦化安全环保部: the unit of the body the short name was given to
            out.append(Found(start, unit.end(), "ORG", "unit", name=(body.name or text[body.start : body.end])
                             + unit.group()))
    return out


def _given_to(text: str, short: Found, found: list[Found]) -> Found | None:
    """The longest body ending at the bracket that gives it ``short`` as its name
    (青禾市白鹭焦化有限公司（以下简称白鹭焦化）)."""
    bracket = _intro_before(text, short.start)
    bodies = [f for f in found if f.end == bracket and not f.generic]
    return min(bodies, key=lambda f: f.start) if bodies else None


# 白鹭焦化安全环保部, 白鹭焦化煤气净化车间: a unit named after a body's short name
# (凯里城投党委: its party committee, by the organ's word alone)
UNIT_AFTER_SHORT_NAME = re.compile("(?P<desc>[^\\W\\d_的了在对向把将与及和等各未已虽但也均]{2,8}?)"
                                   "(?:项目部|车间|办公室|分公司|部(?![门署分长])|科(?![技学研])|室(?!内外))"
                                   "|(?P<organ>党委|党组|纪委|党支部|党总支|工会|团委)(?![书委员])")


# 某县人民法院（以下简称某法院）: a short name no rule found, given to the body right before its bracket
GIVEN_NAME = re.compile("[（(](?:以下简称|简称)[“\"]?(?P<name>[\u4e00-\u9fff]{2,10})[”\"]?[）)]")
BODY_END = (*"院局委厅办部署会所队组站府", "中心", "公司", "集团")


def unfound_short_names(text: str, found: list[Found]) -> list[Found]:
    """The short names in brackets after a body (…人民法院（以下简称某法院）) that no rule found, ending like a
    body's name: each a mention of that body (kg.aliases joins the bracketed name to it).

    >>> text = "白鹭县人民法院（以下简称白鹭法院）召开会议。"
    >>> [text[f.start : f.end] for f in unfound_short_names(text, [Found(0, 7, "ORG")])]
    ['白鹭法院']
    """
    if "简称" not in text:
        return []
    ends = {f.end: f for f in found if not f.generic}
    starts = {f.start for f in found}
    return [Found(m.start("name"), m.end("name"), "ORG", ends[m.start()].subtype) for m in GIVEN_NAME.finditer(text)
            if m.start() in ends and m.start("name") not in starts and (
                m["name"].endswith(BODY_END) or _drawn_from(m["name"], text[ends[m.start()].start : m.start()]))]


def _drawn_from(short: str, full: str) -> bool:
    """Whether ``short`` is made of characters of ``full`` in their order (通达客运 of 河池市通达旅游客运有限公司).

    >>> _drawn_from("通达客运", "河池市通达旅游客运有限公司"), _drawn_from("该公司", "河池市通达旅游客运有限公司")
    (True, False)
    """
    chars = iter(full)
    return all(char in chars for char in short)


# 市局, 省厅, 申禾集团, 岱川公司: a short name that says only what kind of body it is (a unit named from it is named
# from the full name); 省妇联, 陕西证监局 are names of their own, kept
BARE_SHORT = re.compile("[省市县区州]?(?:局|厅)|[\u4e00-\u9fff]{0,5}(?:集团|公司)")


def alias_units(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the units named from a body's short name (岱川市公安局（以下简称市局）…市局指挥中心) named from
    its full name (岱川市公安局指挥中心): the short name stands for that body only.

    >>> text = "白鹭市公安局（以下简称市局）成立。市局指挥中心负责调度。"
    >>> found = [Found(0, 6, "ORG"), Found(11, 13, "ORG"), Found(17, 23, "ORG")]
    >>> [f.name for f in alias_units(text, found)]
    [None, None, '白鹭市公安局指挥中心']
    """
    full: dict[int, Found] = {}
    for f in found:  # (the whole body before the bracket, not a company's brand inside it)
        if not f.generic and not f.nested and (f.end not in full or f.start < full[f.end].start):
            full[f.end] = f
    given = {text[f.start : f.end]: body for f in found if not f.generic and BARE_SHORT.fullmatch(text, f.start, f.end)
             and text[f.end : f.end + 1] in ("）", ")")  # (the whole short name: not 省委 in 省委农办)
             and (intro := _intro_before(text, f.start)) is not None and (body := full.get(intro)) is not None}
    if not given:
        return found
    out = []
    for f in found:
        short = next((s for s in given if text.startswith(s, f.start) and f.end - f.start >= len(s) + 2), None)
        if short is None or f.name or f.generic or f.start < given[short].end:
            out.append(f)
            continue
        body = given[short]
        out.append(f._replace(name=(body.name or text[body.start : body.end]) + text[f.start + len(short) : f.end]))
    return out


def _intro_before(text: str, start: int) -> int | None:
    """Where the body ends whose short name starts at ``start`` after its bracket's 以下简称, or None."""
    for intro in ALIAS_INTRO:
        if text.endswith(intro, 0, start):
            bracket = start - len(intro) - 1
            return bracket if bracket >= 0 and text[bracket] in "（(" else None
    return None


def occurrences(text: str, words: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(start, word)`` where the alternation of ``words``, longest first, matches by ``finditer``: the longest
    word at each leftmost position, none overlapping. Found with ``str.find``: the texts' teams differ, so a regex
    of their tails was compiled anew for nearly every text (``re``'s parser, about 2 % of extraction).

    >>> list(occurrences("执法队联合执法队", ["执法队", "联合执法队", "合执法队"]))
    [(0, '执法队'), (3, '联合执法队')]
    """
    longest: dict[int, str] = {}
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            if len(word) > len(longest.get(pos, "")):
                longest[pos] = word
            pos = text.find(word, pos + 1)
    end = 0
    for pos in sorted(longest):
        if pos >= end:
            yield pos, longest[pos]
            end = pos + len(longest[pos])


OFFICE = "办公室"
OFFICE_OF = ("领导小组", "指挥部", "专班", "委员会")  # the teams and committees that have an office of their own
NOT_OFFICE_AFTER = "主副"  # 办公室主任: a person


BARE_OFFICE = fast_start("(?<=下设)办公室|(?<=[，；])办公室(?=设在)")  # (searched from 办, not at each position)


def team_offices(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each team's office: named after it (省防汛抗旱指挥部办公室: the office, its team nested as its
    parent), or bare after it (…领导小组，领导小组办公室设在省水利厅: that group's office).

    >>> text = "成立省供水保障工作领导小组，领导小组办公室设在省水利厅"
    >>> [(text[f.start : f.end], f.name, f.nested) for f in team_offices(text, [Found(2, 13, "ORG", "team")])]
    [('省供水保障工作领导小组', None, False), ('领导小组办公室', '省供水保障工作领导小组办公室', False)]
    """
    out = []
    teams = []
    for f in found:
        name = text[f.start : f.end]
        if f.generic or f.nested or f.name or not name.endswith(OFFICE_OF):
            out.append(f)
            continue
        if text.startswith(OFFICE, f.end) and text[f.end + 3 : f.end + 4] not in NOT_OFFICE_AFTER:
            out += [f._replace(nested=True), Found(f.start, f.end + 3, "ORG", "government")]
        else:
            out.append(f)
        if len(name) > 4:
            teams.append((f.end, name))
    # (one team found twice, ending at one place: its longest name, 云南省中央生态环境保护督察整改工作领导小组)
    teams = sorted({end: name for end, name in sorted(teams, key=lambda t: (t[0], len(t[1])))}.items())
    for m in BARE_OFFICE.finditer(text, teams[0][0]) if teams else ():
        # 领导小组下设办公室，办公室设在…: the office by its head alone, of the team of its sentence or, later, of the
        # last team whose head the sentence names before it (…成立某领导小组。领导小组下设办公室)
        if (team := _team_of_office(text, teams, m.start())) is not None:
            out = [f for f in out if (f.start, f.end) != m.span()]
            out.append(Found(m.start(), m.end(), "ORG", "government", name=team + OFFICE))
    for end, name in teams:  # (the head alone names the team named in full before it)
        head = next(h for h in OFFICE_OF if name.endswith(h))
        bare = text.find(head + OFFICE, end)
        after = bare + len(head) + len(OFFICE)
        if bare > 0 and not is_han(text[bare - 1]) and text[after : after + 1] not in NOT_OFFICE_AFTER:
            out = [f for f in out if (f.start, f.end) != (bare, after)]  # (the same words found unnamed)
            out.append(Found(bare, after, "ORG", "government", name=name + OFFICE))
    return out


def _team_of_office(text: str, teams: list[tuple[int, str]], at: int) -> str | None:
    """The team whose bare office stands at ``at``: the last one named in its sentence, else the last one named before
    whose head the sentence names before the office."""
    sentence = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    before = [(end, name) for end, name in teams if end <= at]
    if not before:
        return None
    end, name = before[-1]
    if end > sentence:
        return name
    heads = text[sentence:at]
    return next((n for _, n in reversed(before) if n.endswith(OFFICE_OF) and
                 any(n.endswith(h) and h in heads for h in OFFICE_OF)), None)


# 建立…联席会议制度。联席会议办公室设在…: the office of the joint meeting a text has set up, by its bare name
MEETING_OFFICE = fast_start("(?<![\u4e00-\u9fff])联席会议办公室(?![主副])")
MEETING_START = re.compile("(?:建立健全|建立|设立|实行|健全|完善|调整|成立|组建)(?:了)?(?:[省市县区]级)?")


def meeting_offices(text: str) -> list[Found]:
    """The bare 联席会议办公室 after the text has named a joint meeting (建立红树林保护联席会议制度。联席会议办公室设在
    市林业局), named after that meeting.

    >>> text = "建立红树林保护联席会议制度。联席会议办公室设在市林业局。"
    >>> [(text[f.start : f.end], f.name) for f in meeting_offices(text)]
    [('联席会议办公室', '红树林保护联席会议办公室')]
    """
    out = []
    for m in MEETING_OFFICE.finditer(text):
        start, verb = m.start(), None
        for _ in range(3):  # (…联席会议制度（以下简称联席会议）: the meeting named in full before its short name)
            start = text.rfind("联席会议", 0, start)
            verb = None if start < 0 else last_match(MEETING_START, text, max(0, start - 24), start)
            if verb is not None or start < 0:
                break
        if verb is None or start < 0:
            continue
        out.append(Found(m.start(), m.end(), "ORG", "government", name=text[verb.end() : start] + "联席会议办公室"))
    return out
