"""Practices named as the object of the verb that makes or enforces them: lists and ledgers a body draws up
(制定…清单, 建立…台账), systems and platforms it sets up (搭建…平台, generic), ways of working named by their style
(拉网式排查) and what 推行/实行 puts in force.

Examples
--------
>>> import re
>>> text = "县纪委建立问题线索台账，开展拉网式排查，推行相对集中行政许可审批服务。"
>>> [text[f.start : f.end] for f in practice_objects(text, [], re.compile("机制|制度"))]
['问题线索台账', '拉网式排查', '相对集中行政许可审批服务']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.pipeline.descriptions import overlaps, strip_front
from kg.pipeline.lexicons import is_generic, verb_table
from kg.pipeline.spans import HAN, Found, fast_start
from kg.pipeline.verbs import read_data, read_rows

_VERBS = verb_table()

# 制定推动作风建设主体责任落实清单, 建立问题台账, 实施乡镇（街道）履职事项清单: a list or ledger made or put in force
# as a practice
# (明确网格员职责清单, 建立城市更新项目储备库: a list drawn up, or a stock of items; not one compiled or added to:
# 编制…目录清单, 纳入…成果清单)
_LIST_STEM = rf"(?:[{HAN}]|（[{HAN}]{{1,4}}）){{2,16}}?"  # what a list is of (乡镇（街道）履职事项)
LIST_OBJECT = re.compile(rf"(?:建立健全|建立完善|制定|建立|形成|实行|推行|明确|实施|执行)了?"
                         "(?:并?(?:出台|印发|发布|下发|公布))?的?"  # (制定并公布…清单: the second verb too; 制定的…)
                         f"(?P<name>{_LIST_STEM}(?:清单|台账|问题库|储备库|项目库|线索库|案例库))"
                         rf"(?=[^{HAN}]|[和与及])")
# 乡镇履职事项清单全面建立: the same list opening a clause that says it has been drawn up
LIST_SUBJECT = re.compile(rf"(?:(?<=[，。；：\n])|^)(?:全[省市县区乡镇]|各级|各地)?"
                          f"(?P<name>{_LIST_STEM}(?:清单|台账))"
                          "(?=(?:已经?|全面|基本|逐步|普遍)?(?:建立|建成|形成|出台|制定|编制完成))")
# 推行相对集中行政许可审批服务: what 推行/实行 puts in force is a practice (searched from 推/实: a look-behind in it)
# (推行以建议书、督办书为主的…: 以…为, what the practice works by, before it, not 以案促改; 实行按周监测: a manner)
PRACTICE_OBJECT = fast_start(rf"(?:推行|(?<![压落])实行)(?!以[^，。；]{{1,40}}?为|按)(?P<name>[{HAN}]{{4,14}})"
                             "(?=[，。；、]|等)")
# 开展拉网式排查, 实行清单式管理, 点穴式督查: a way of checking or managing named by its style (…式), a practice
STYLED = re.compile("(?:开展|实行|推行|采取|采用|实施|进行|通过|强化|探索|坚持|深化|推进|运用|加强|[以对，、。；：”])"
                    "(?P<name>[\u4e00-\u9fff]{2}式(?:排查|督查|检查|监督|巡察|巡查|督导|整改|管理|监管|服务|审查|调研|走访"
                    "|问诊|帮扶|办案|调解|清查|谈话|执法|审计))(?![中站室点组队]|设施)")
# (实行动态管理: a manner of managing anything, no practice named)
NOT_PRACTICE_OBJECT = re.compile("[的等]|(?:政策|战略|教材|成果|计划|方案|要求|标准|试点|改革)$"
                                 "|^动态(?:管理|监管|调整)$")
# 推行养老服务、社会救助等“…”管理模式: the fields a quoted practice serves, listed before 等, are none
FIELDS_OF_QUOTE = re.compile(rf"(?:、[{HAN}]{{2,12}})*等“")
# 搭建政企沟通平台, 建立并完善预算联网监督系统 (建立并运行…平台: the second verb no part of it): a system or
# platform a body sets up is a generic mechanism, only there (创新平台 may be a body, 纪检监察系统 a sector): the
# ``set_up`` rows of mechanism_heads.tsv
SET_UP_HEADS = tuple(head for head, role in read_rows(read_data("mechanism_heads.tsv"), 2) if role == "set_up")
SET_UP_OBJECT = re.compile(rf"(?:{_VERBS.alternation(_VERBS.setting_up('practice'))})了?(?:并|和)?"
                           "(?:完善|健全|优化|运行|维护|管理)?"
                           rf"(?P<name>[{HAN}]{{2,16}}?(?:{'|'.join(SET_UP_HEADS)}))(?=[^{HAN}]|[和与及并])")


# 打造清廉驿站, 设立“家和调解室”, 建成“职工之家”: a named place where a practice is carried on, set up as one
# (quoted, of any such kind; unquoted only of kinds no facility is named by: not 服务站, 之家, 超市)
PRACTICE_PLACE = re.compile(rf"(?:设立|建立|建成|打造|开设|创建|设置)了?(?:“(?P<quoted>[{HAN}·]{{2,10}}?"
                            "(?:驿站|调解室|议事厅|议事会|工作室|说事点|会客厅|服务站|之家|超市))”"
                            rf"|(?P<bare>[{HAN}]{{2,6}}?(?:驿站|调解室|议事厅|说事点|会客厅))(?=[^{HAN}]|[和与及]))")


def practice_objects(text: str, orgs: list[tuple[int, int]], head_word: re.Pattern[str]) -> Iterator[Found]:
    """Lists and ledgers a body draws up (制定…清单), systems and platforms it sets up (搭建…平台), practices
    推行/实行 puts in force."""
    for m in itertools.chain(LIST_OBJECT.finditer(text), LIST_SUBJECT.finditer(text)):
        name = m.group("name")
        if not is_generic(re.sub("(?:清单|台账|[问题储备项目线索案例]{2}库)$", "", name)) and not _binds_body(
                text, m.span("name"), orgs):
            yield Found(m.start("name"), m.end("name"), "MECH", "practice")
    for m in SET_UP_OBJECT.finditer(text):
        name = m.group("name")
        if not (re.search("[的等]", name) or head_word.search(name) or overlaps(m.span("name"), orgs)):
            yield Found(strip_front(text, m.start("name")), m.end("name"), "MECH", "practice", True)
    for m in STYLED.finditer(text):
        if not overlaps(m.span("name"), orgs):
            yield Found(m.start("name"), m.end("name"), "MECH", "practice")
    for m in PRACTICE_PLACE.finditer(text):
        group = "quoted" if m.group("quoted") else "bare"
        if not overlaps(m.span(group), orgs):
            yield Found(m.start(group) - (group == "quoted"), m.end(group) + (group == "quoted"), "MECH", "practice")
    for m in PRACTICE_OBJECT.finditer(text):
        name = m.group("name")
        if not (NOT_PRACTICE_OBJECT.search(name) or head_word.search(name) or is_generic(name)
                or overlaps(m.span("name"), orgs) or FIELDS_OF_QUOTE.match(text, m.end("name"))):
            yield from _joined_practices(m.start("name"), m.end("name"), name)


# 乡镇（街道）, 村（社区）, 村级: the levels of grassroots bodies a list of duties binds (乡镇街道履职事项清单)
GRASSROOTS_LEVEL = re.compile("(?:乡镇|街道|村|社区)(?:（?(?:街道|社区)）?)?级?")


def _binds_body(text: str, span: tuple[int, int], orgs: list[tuple[int, int]]) -> bool:
    """Whether a body is named in or across ``span``: not a list's name, but where it names a level of grassroots
    bodies the list binds (乡镇履职事项清单)."""
    start, end = span
    levels = [(s, e) for s, e in orgs if start <= s and e <= end and GRASSROOTS_LEVEL.fullmatch(text, s, e)]
    return overlaps(span, [org for org in orgs if org not in levels])


# 推行在线立案和在线调解: two practices of four characters or more joined by one 和, each a name
_PART = rf"(?:(?![和及与])[{HAN}]){{4,}}"
TWO_PRACTICES = re.compile(rf"({_PART})[和及与]({_PART})")


def _joined_practices(start: int, end: int, name: str) -> list[Found]:
    """The practice ``name`` (``start``–``end`` of the text), or the two it joins (在线立案和在线调解).

    >>> [(f.start, f.end) for f in _joined_practices(2, 11, "在线立案和在线调解")]
    [(2, 6), (7, 11)]
    """
    if (two := TWO_PRACTICES.fullmatch(name)) is None:
        return [Found(start, end, "MECH", "practice")]
    return [Found(start + s, start + e, "MECH", "practice") for s, e in (two.span(1), two.span(2))]
