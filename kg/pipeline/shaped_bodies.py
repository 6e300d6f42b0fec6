"""Bodies of fixed shapes the grammar leaves alone: the office that runs a hotline (…12345…管理中心), the authority
of a free-trade zone (中国（湖南）自由贸易试验区长沙片区管理委员会), a named estate's owners' committee, a
university's hospital or school (三峡大学附属仁和医院) and the outlet a reporter at a press conference works for.

Examples
--------
>>> text = "中国（岱川）自由贸易试验区东港片区管委会联合锦苑小区业委会开展活动。"
>>> [text[f.start : f.end] for f in shaped_bodies(text, text)]
['中国（岱川）自由贸易试验区东港片区管委会', '锦苑小区业委会']
"""

from __future__ import annotations

import re

from kg.pipeline.classes import chain_start
from kg.pipeline.free_names import free_stem_names
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START
from kg.pipeline.name_repairs import without_office_verbs
from kg.pipeline.place_edges import ZONE_KINDS, unknown_place_start, zone_start
from kg.pipeline.spans import HAN, Found, fast_start, has_boundary_word, is_han

CLASS_OF_ESTATES = re.compile("[各该本全每]|(?:住宅|居民|商品房|老旧)小区")  # (住宅小区业主委员会: a class)
OWNERS_COMMITTEES = re.compile("(?<=小区|花园|家园)(?:业主委员会|业委会)")  # a named estate's owners' committee
# 中国（湖南）自由贸易试验区长沙片区管理委员会: the authority of a free-trade zone or of one of its areas, by the zone's
# full name (its units after it: …管理委员会产业促进局)
FREE_TRADE_ZONES = fast_start(f"(?P<zone>中国[（(][{HAN}]{{2,3}}[）)]自由贸易(?:试验区|港)(?:[{HAN}]{{2,8}}?片区)?"
                              "(?:管理委员会|管委会))(?:[^\\W\\d_的了在对向把将为以与和及等]{2,6}?局(?![长级]))?")
# 12345政务服务便民热线管理中心: the office that runs a hotline, named by its number (a place before it: placed later)
HOTLINE_OFFICES = fast_start(r"(?<!\d)(?:12345|12315|12369|12388)[\u4e00-\u9fff]{0,12}?"
                             r"(?:管理中心|服务中心|中心|办公室)(?![\u4e00-\u9fff]{0,2}(?:建设|平台))")

# 三峡大学附属仁和医院, 师范大学附属中学: a university's hospital or school, named by it (its own name may be free)
AFFILIATED = re.compile(f"(?<=大学|学院)(?:第[一二三四五六七八九十]{{1,2}})?附属[{HAN}]{{0,6}}?"
                        "(?:医院|中学|小学|实验学校|学校|幼儿园)(?![长副])")


# 国资科技母基金, 未来科技发展基金, 省现代农业引导基金, 科创子基金: an investment fund a government sets up, named
# by what it invests in (a body in law; not 医保基金, 社会保险基金, 专项基金: money, nor 政府投资基金, 产业基金: kinds)
FUND_HEADS = re.compile("(?:母|子|产业|引导|发展|投资)基金(?![会长])")
# (设立50亿元产业发展基金, 一支产业基金: its size, a count)
NOT_FUNDS = re.compile("(?:各级|各类|相关|有关|人才|[亿万]?元|[一二两三四五六七八九十\\d]+[支只个家]).*"
                       "|.*(?:政府|医保|医疗保障|社会保险|养老保险|保障|专项|科学).*")


def funds(text: str) -> list[Found]:
    """The investment funds a government sets up, named (see FUND_HEADS), a description of two characters or more
    before the head.

    >>> text = "国资科技母基金开始运作，用好政府投资基金，设立未来科技发展基金。"
    >>> [text[f.start : f.end] for f in funds(text)]
    ['国资科技母基金', '未来科技发展基金']
    """
    return [f for f in free_stem_names(text, FUND_HEADS, limit=10, min_stem=2)
            if not NOT_FUNDS.fullmatch(text, f.start, f.end - 2)]


# 成都高新区电子信息产业局, 两江新区经济运行局, 苏州工业园区社会事业局: a zone's department named by its work after the
# zone's name (its authority 管委会 between or not), words no department lexicon lists
_DEPT_CHAR = "(?:(?!管委会|管理委员会)[^\\W\\d_的了在对向把将为以与及等])"
ZONE_DEPARTMENT = fast_start(f"(?<=区)(?:管委会|管理委员会)?(?P<dept>{_DEPT_CHAR}{{2,8}}?(?:局|委员会|办公室|工作部))"
                             "(?![长级])")


def zone_departments(text: str, masked: str) -> list[Found]:
    """The departments of a zone named after it (成都高新区投资服务局: of 成都高新区), the zone's name whole before
    them; none where a verb or a word of time stands inside.

    >>> text = "两江新区经济运行局、合肥经开区规划建设局建立台账，推进建设新区发展局。"
    >>> [text[f.start : f.end] for f in zone_departments(text, text)]
    ['两江新区经济运行局', '合肥经开区规划建设局']
    """
    found = []
    for m in ZONE_DEPARTMENT.finditer(text):
        kind = next((k for k in (*ZONE_KINDS, "园") if text.endswith(k + "区", 0, m.start())), "")
        words = BUILDING.sub("", without_office_verbs(m.group("dept")))  # (规划和建设局: a field, no verb)
        if not kind or has_boundary_word(words):
            continue
        named_at = m.start() - 1 - len(kind)
        start = _zone_start(text, masked, kind, m.start() - 1)
        if start is None and _at_word_edge(text, named_at):
            zone = _zone_named_before(text, masked, kind, named_at)  # 新区经济运行局: the zone the text named
            if zone:
                name = zone + text[m.start() : m.end()]
                found.append(Found(named_at, m.end(), "ORG", "government", name=name))
        elif start is not None and text[start] not in CLASS_START:
            found.append(Found(start + (text[start] in BEFORE_NAMES), m.end(), "ORG", "government"))
    return found


def _at_word_edge(text: str, at: int) -> bool:
    """Whether a name may start at ``at``: after punctuation, a text's start, a conjunction or preposition, or a
    partner's verb (会同新区经济运行局; not 建设新区: a district built)."""
    before = text[at - 1 : at] or "，"
    return not is_han(before) or before in "和及与由对" or text[max(0, at - 2) : at] in PARTNERS


def _zone_named_before(text: str, masked: str, kind: str, before: int) -> str | None:
    """The name of the last zone of ``kind`` named in full before ``before`` (重庆两江新区 for a later 新区…局)."""
    at = text.rfind(kind + "区", 0, before)
    while at > 0:
        if (start := _zone_start(text, masked, kind, at + len(kind))) is not None:
            return text[start + (text[start] in BEFORE_NAMES) : at + len(kind) + 1]
        at = text.rfind(kind + "区", 0, at)
    return None


def _zone_start(text: str, masked: str, kind: str, level: int) -> int | None:
    """The start of the name of a zone of ``kind`` whose 区 stands at ``level``: a known place's chain before the
    kind (成都高新区), else a name the gazetteer lacks (两江新区, see :func:`zone_start`); None if none."""
    named_at = level - len(kind)
    if masked[named_at - 1 : named_at] in (PLACE_START, PLACE_CONT):
        start = chain_start(masked, named_at)
        return start if start >= 0 else None
    return zone_start(text, level)


CLASS_START = frozenset("各全该本")
BUILDING = re.compile("和?建设(?=局|委员会)")
PARTNERS = frozenset(("会同", "联合", "配合", "协同", "指导", "督促"))
BEFORE_NAMES = frozenset("据由对向在经从与和及")  # (据河北雄安新区…: the zone's name after the preposition)


def _university(text: str, hospital: Found) -> Found:
    """The university whose hospital or school ``hospital`` is, named at its start: its parent (nested)."""
    ordinal = re.compile("(?:第[一二三四五六七八九十]{1,2})?附属").search(text, hospital.start, hospital.end)
    end = ordinal.start() if ordinal is not None else hospital.end
    return Found(hospital.start, end, "ORG", "institution", nested=True)


def _hotline_start(text: str, masked: str, start: int) -> int:
    """The start of a hotline's office with the place before its number, one the gazetteer lacks too (青禾市12345…);
    a known place is added later, as to every body (with_place_before)."""
    level = start - 1
    if text[level : start] in ("市", "县", "区") and masked[level - 1 : level] not in (PLACE_START, PLACE_CONT):
        place = unknown_place_start(text, level)
        return place if place < level else level  # (市12345热线管理办公室: the city's, as 市财政局 is)
    return start


# 人民日报记者：, 【问】青禾晚报记者问：: the outlet whose reporter asks, at a line's or a question's start (a paper
# that acts, no paper cited: see kg.pipeline.cited.unmarked_newspapers)
REPORTERS_OUTLET = re.compile(r"(?:^|(?<=[\n】：:]))[ \t　]*(?P<outlet>[\u4e00-\u9fff\d]{1,10}?"
                              r"(?:报|新闻|网|社|台|报道|传媒|周刊|杂志|客户端|财经|时报|频道|之声|电视|广播))记者"
                              r"(?:问|追问|提问)?[：:]", re.MULTILINE)  # (局长告诉记者: no outlet)


def reporters_outlets(text: str) -> list[Found]:
    r"""The media outlets whose reporters ask questions at a press conference (人民日报记者：…).

    >>> text = "【问】青禾晚报记者：今年有何安排？\n21世纪经济报道记者问：如何推进？告诉记者：好"
    >>> [text[f.start : f.end] for f in reporters_outlets(text)]
    ['青禾晚报', '21世纪经济报道']
    """
    if "记者" not in text:
        return []
    return [Found(m.start("outlet"), m.end("outlet"), "ORG", "media") for m in REPORTERS_OUTLET.finditer(text)
            if not has_boundary_word(m["outlet"])]


# “云企出海联盟”, “橄榄绿宣讲团”, “检察护苗工作站”: a body named whole in quotes, by a head of a team or a platform of
# bodies (a quote that is a practice, “企业出题、高校答题”, ends in none of these)
QUOTED_BODY = re.compile(f"(?<=“)(?:[{HAN}A-Za-z0-9—·]{{2,14}}?)"  # (no formula: “园区+基地+联盟”)
                         "(?:联盟|研究院|研究中心|创新中心|工作室|工作站|服务站|联络站|宣讲团|帮扶团|特派团|服务团"
                         "|服务队|调解队|劝导队|宣讲队|调解室|产业学院)(?=”)")

# 西安碑林博物馆, 延安革命纪念馆: a museum or memorial hall named from its place by what it keeps
MUSEUMS = re.compile("(?:博物馆|纪念馆|美术馆|科技馆|艺术馆)(?![长员])")
KIND_OF_MUSEUM = re.compile("国有|民办|民营|私人|行业|各类|类|级")  # (某市非国有博物馆: a kind of them, no name)

# after the quote: a count (“巾帼调解工作室”65个: a kind set up many times) or a practice's head (“码头党建联盟”模式)
KIND_AFTER_QUOTE = re.compile(f"[\\d一二三四五六七八九十百两多]+[个家支所处]|[{HAN}]{{0,2}}?"
                              "(?:模式|机制|制度|工作法|品牌|体系|经验|做法|建设|创建)")


def quoted_bodies(text: str) -> list[Found]:
    """The bodies named whole in quotes (发挥“某某企业联盟”作用, 组建“某某宣讲团”).

    >>> text = "发挥“岱川企业出海联盟”作用，推行“企业出题、高校答题”，设立“巾帼调解工作室”65个，“码头党建联盟”模式"
    >>> [text[f.start : f.end] for f in quoted_bodies(text)]
    ['岱川企业出海联盟']
    """
    return [Found(m.start(), m.end(), "ORG", "organisation") for m in QUOTED_BODY.finditer(text)
            if not has_boundary_word(m.group()[:-2]) and not KIND_AFTER_QUOTE.match(text, m.end() + 1)]


def shaped_bodies(text: str, masked: str) -> list[Found]:
    """The bodies of these shapes in ``text`` (``masked``: the text with its known places masked); a zone's
    authority is found with the bureau of it named right after (…管理委员会产业促进局), as a body of its own."""
    found = [Found(_hotline_start(text, masked, m.start()), m.end(), "ORG", "government")
             for m in HOTLINE_OFFICES.finditer(text)] + zone_departments(text, masked) + reporters_outlets(text)
    found += [Found(m.start(), end, "ORG", "government", nested=end < m.end())
              for m in FREE_TRADE_ZONES.finditer(text) for end in sorted({m.end("zone"), m.end()})]
    found += [g for f in free_stem_names(text, AFFILIATED, limit=12, min_stem=2, masked=masked)
              for g in (f, _university(text, f))]
    found += funds(text) if "基金" in text else []
    found += quoted_bodies(text) if "“" in text else []
    found += [f for f in free_stem_names(text, MUSEUMS, limit=10, min_stem=3, masked=masked, placed=True)
              if not KIND_OF_MUSEUM.search(text, f.start, f.end)] if "馆" in text else []
    return found + [f for f in free_stem_names(text, OWNERS_COMMITTEES, limit=8, min_stem=4)
                    if not CLASS_OF_ESTATES.match(text, f.start)]
