"""Repairs of institution candidates: what the grammar's matches take in that is no part of a name (a count of
bodies, the words introducing a short name, a congress's session), and bodies a verb sets up that hold a body found
at their start.

Examples
--------
>>> text = "青禾市第十四届人民代表大会"
>>> named_without_session(text, Found(0, len(text), "ORG")).name
'青禾市人民代表大会'
"""

from __future__ import annotations

import re

from kg.pipeline.campaigns import BRAND_AIMS
from kg.pipeline.companies import NOT_IN_NAME
from kg.pipeline.lexicons import BOUNDARY_WORDS, INSTITUTION_SHORT_FORMS
from kg.pipeline.names import org_stem
from kg.pipeline.spans import SENTENCE_STOPS, Found, has_boundary_word, is_han, last_of
from kg.pipeline.starts import start_chars

# 交易中心第二开标室, 会议室: a room of a body, no body
NO_BODY_NAMED = re.compile("第[一二三四五六七八九十百\\d]+部$|^组织局.")  # (第一部地方性法规: the first law)
PHASE = re.compile("[一二三四五六七八九十\\d]期")  # 省图书馆二期: a building's phase, no body
NUMBER_PREFIX = re.compile("[\u4e00-\u9fff]{0,2}[〔［\\[]\\d{4}[〕］\\]]")  # 校科字〔2024〕: a document number's prefix
ROOMS = ("开标室", "评标室", "会议室", "接待室", "阅览室", "活动室", "谈话室", "档案室", "资料室", "值班室")
# 包头2个国家级医院, 青禾市中医院等4家医院: a count, no name
COUNT_IN_NAME = re.compile("[\\d一二三四五六七八九十两几多]+(?:个(?!体)|家(?![庭属长乡])|所(?![属有长在]))|一[名位]")


def has_count(text: str, start: int, end: int) -> bool:
    """Whether the span from ``start`` to ``end`` holds a count (3个, 两家) or starts with the classifier of a count
    before it (12|个边境村合作社: how many, no name).

    >>> has_count("与12个边境村合作社", 3, 10), has_count("县纪委监委", 0, 5), has_count("设立“三所联动”调解室", 2, 11)
    (True, False, False)
    """
    after_quote = text.find("”", start, end) if text[start] == "“" else -1  # (“三所联动”调解室: a quoted name's words)
    count = COUNT_IN_NAME.search(text, max(start, after_quote), end)
    return count is not None or (
        text[start : start + 1] in ("个", "家", "所") and text[start - 1 : start].isdigit())


# a count right before a body's description (新建200个乡镇专职消防队); teams, counted, keep their own rule
TEAM_HEADS = ("组", "专班", "队伍")
COUNTED_BEFORE = re.compile("[\\d一二三四五六七八九十百千两几多]+(?:个|家|所|支)(?:[乡镇村街道社区县区市级]{0,4}"
                            "(?:专职|基层|重点|示范|标准化|规范化)?)?$")


def counted_class(text: str, found: Found) -> bool:
    """Whether ``found`` names bodies counted (新建200个乡镇专职消防队: a class of them); teams counted are the
    aliases' (组建3个巡察组: one the text names whole, in the plural).

    >>> text = "新建200个乡镇专职消防队，组建3个巡察组"
    >>> counted_class(text, Found(10, 13, "ORG")), counted_class(text, Found(18, 21, "ORG"))
    (True, False)
    """
    return (not found.generic and not text.endswith(TEAM_HEADS, found.start, found.end)
            and COUNTED_BEFORE.search(text, max(0, found.start - 12), found.start) is not None)


# 市工商联所属商会, 某集团所属子公司, 某局所属各单位: the bodies of a kind a body owns, a class (not …所属的某某中心,
# named)
OWNED_KIND = re.compile("所属(?:各|\\d+家)?[\u4e00-\u9fff]{0,2}?(?:商会|协会|学会|企业|公司|子公司|分公司|单位|直属库"
                        "|学校|医院|煤矿|农场|机构)$")


def owned_kind(text: str, found: Found) -> bool:
    """Whether ``found`` names the bodies of a kind another body owns (市工商联所属商会), a class.

    >>> text = "盐城市工商联所属商会，省水利厅所属灌区管理中心"
    >>> owned_kind(text, Found(0, 10, "ORG")), owned_kind(text, Found(11, 23, "ORG"))
    (True, False)
    """
    return not found.generic and OWNED_KIND.search(text, found.start, found.end) is not None


# what a body does to a committee or group, so never inside its name (深化, 改革 may be: 全面深化改革委员会)
ACTS_ON_BODIES = ("成立", "组建", "设立", "组成", "建立", "召开", "印发", "制定", "出台", "部署", "牵头",
                  "应当", "指导", "督促", "协助", "支持", "要求",  # (…应当指导居民委员会: a duty towards one)
                  "会同", "配合", "协同",  # (乡镇纪委会同村务监督委员会: two bodies working together)
                  "下设", "内设", "设有",  # (市委下设巡察工作领导小组: the committee's own body, named after it)
                  "达到", "实现", "成为", "获评", "入选",  # (县医院达到三级医院: a level a body reaches)
                  "依托", "整合", "依据", "依照", "按照", "根据",  # (区委两新工委依托区党群服务中心: two bodies)
                  # (镇综治中心统筹澄溪派出所, 信访办联动司法所: one body moving another)
                  "统筹", "联动", "带动", "承担", "负责",
                  "推选", "选派",  # (村民会议推选村民选举委员会: a meeting choosing a committee)
                  "调整充实", "调整")  # (县政府调整充实…领导小组: the group the government reshapes)
# before a name of two characters or more: the verb, not the name (联合国儿童基金会: the United Nations, no verb;
# 联合国网…, 联合国家…: 联合 + 国网, 国家…)
JOINS_WITH = re.compile("联合(?!国(?![网家内资企有投]))|会同|协同")
# a body's head, then a verb of acting with another body (社区居委会联合业主委员会; not 妇女联合会, 创新联合体)
# (局党组组织局财务审计科开展审计: the group has the section do it; not 党委组织部, 组织人事处)
JOINED_AFTER_BODY = re.compile("(?<=[委会局院所队])(?:联合|会同|协同|配合)(?![会体])[\u4e00-\u9fff]{2}"
                               "|(?<=党组|党委)组织(?!部|人事|委员|员|工作)[\u4e00-\u9fff]{2}")
KIND_ENDINGS = ("中小学", "中小学校", "重点实验室", "省实验室", "市实验室",
                # (市重点学校, 县民办学校: schools of a kind, no school named)
                "重点学校", "民办学校", "公办学校", "寄宿制学校", "农村学校", "乡村学校", "薄弱学校", "普通学校",
                "各类学校", "所属学校", "中等学校", "高等学校")  # (全国重点实验室, 省实验室: ranks labs are given)
# the verb before a level's body (联合街道纪工委)
JOINED_LEVEL = re.compile(f"(?:{JOINS_WITH.pattern})(?=街道|社区|乡镇|[省市县区镇乡州])")
ALIAS_INTRO = re.compile("(?:下简称|简称|下称)(?=[\u4e00-\u9fff]{2})")
# the characters either starts with: most names start with none, which one set look-up tells (two regex calls at
# every candidate of the institution finder otherwise)
_INTRO_FIRSTS = start_chars(ALIAS_INTRO, JOINED_LEVEL)


SESSION = re.compile("第?[一二三四五六七八九十]{1,3}届")


def named_without_session(text: str, found: Found) -> Found:
    """A congress named with its session (山西省第十四届人民代表大会) is named without it: one body over its
    sessions.

    >>> text = "山西省第十四届人民代表大会"
    >>> named_without_session(text, Found(0, len(text), "ORG")).name
    '山西省人民代表大会'
    >>> text = "十届青禾市委"
    >>> text[named_without_session(text, Found(0, len(text), "ORG")).start :]
    '青禾市委'
    """
    session = SESSION.search(text, found.start, found.end) if found.name is None else None
    if session is None:
        return found
    if session.start() == found.start:  # 十届青禾市委第六轮巡察: a place's committee, named from its place
        local = found.end - session.end() >= 3 and not text.startswith(("全国", "中央", "中共中央"), session.end())
        return found._replace(start=session.end()) if local else found  # (十四届全国人大 as the grammar has it)
    return found._replace(name=text[found.start : session.start()] + text[session.end() : found.end])


def without_alias_intro(text: str, found: Found) -> Found:
    """``found`` without the words that introduce a short name at its start (（以下简称开发区纪检监察工委）), or the
    verb by which a body joins it (联合街道纪工委: 街道纪工委; 联合国 keeps its name).

    >>> text = "（以下简称开发区纪工委）联合街道纪工委"
    >>> without_alias_intro(text, Found(2, 11, "ORG")).start, without_alias_intro(text, Found(12, 19, "ORG")).start
    (5, 14)
    """
    if _INTRO_FIRSTS is not None and found.start >= 0 and text[found.start : found.start + 1] not in _INTRO_FIRSTS:
        return found
    intro = ALIAS_INTRO.match(text, found.start, found.end) or JOINED_LEVEL.match(text, found.start, found.end)
    return found if intro is None else found._replace(start=intro.end())


def with_set_up_bodies(found: list[Found], set_up: list[Found]) -> list[Found]:
    """``found`` with each body a verb sets up that overlaps none of them but those it holds (组建省政府涉企行政检查
    监督中心: 省政府 inside it, its parent).

    >>> [(f.start, f.end, f.nested) for f in with_set_up_bodies([Found(2, 5, "ORG")], [Found(2, 15, "ORG")])]
    [(2, 5, True), (2, 15, False)]
    """
    for body in set_up:
        overlapping = [f for f in found if f.start < body.end and body.start < f.end]
        if all(body.start <= f.start and f.end <= body.end and (f.start, f.end) != (body.start, body.end)
               for f in overlapping):
            found = [f._replace(nested=True) if f in overlapping else f for f in found] + [body]
    return found  # 青禾市中小学校: a kind of institution by its head, a place before it no name


_COMPANY_ENDS = ("公司", "集团")


def named_after_institution(text: str, found: list[Found], organs: list[Found]) -> list[Found]:
    """Each organ named after the short form of an institution (集团党委, 校党委) named with the first institution of
    that kind the text names before it (青禾投资集团有限公司党委), where there is one.

    >>> text = "青禾投资集团有限公司召开会议。集团党委研究部署。"
    >>> named_after_institution(text, [Found(0, 10, "ORG")], [Found(15, 19, "ORG")])[0].name
    '青禾投资集团有限公司党委'
    """
    out = []
    for organ in organs:
        short = next((s for s in sorted(INSTITUTION_SHORT_FORMS, key=len, reverse=True)
                      if text.startswith(s, organ.start)), None)
        if short is None or organ.nested or organ.generic or organ.name is not None or organ.end - organ.start < len(
                short) + 2:  # (校院: no organ of two characters)
            out.append(organ)
            continue
        kinds = INSTITUTION_SHORT_FORMS[short]
        # (the institution inside its organ's name too: 青禾集团纪委 names 青禾集团; not a party's 中共…公司)
        before = [f for f in found if f.end <= organ.start and not f.generic and not text.startswith("中共", f.start)
                  and "驻" not in text[f.start : f.end] and _of_kind(text[f.start : f.end], kinds)]
        if not before or (len(short) == 1 and not _one_body([text[f.start : f.end] for f in before])):
            out.append(organ)  # (局办公室 after two bureaus: which one's is not said)
            continue
        # the one named earlier in the organ's sentence (…交通投资集团纪委还联合集团审计部), else the one the text is
        # about: it names it first
        sentence = last_of(text, SENTENCE_STOPS, organ.start)
        here = [f for f in before if f.start > sentence]
        body = max(here, key=lambda f: f.start) if here else min(before, key=lambda f: f.start)
        out.append(organ._replace(name=text[body.start : body.end] + text[organ.start + len(short) : organ.end]))
    return out


def _one_body(names: list[str]) -> bool:
    """Whether ``names`` all name one body: the same words, or one a short form of another written from its level
    (绵阳市住房和城乡建设局, 市住建局).

    >>> _one_body(["绵阳市住房和城乡建设局", "市住建局"]), _one_body(["市住建局", "市财政局"])
    (True, False)
    """
    stems = sorted({org_stem(name)[0] for name in names}, key=len)
    longest = stems[-1]
    return all(longest.endswith(stem) or (stem[0] in LEVELS and longest.endswith(stem[1:])
                                          and longest[: len(longest) - len(stem) + 1].endswith(stem[0]))
               for stem in stems)


LEVELS = "省市县区州"


# (校, 局: organs only, InstitutionOrgans.of_short_forms)
LONG_SHORT_FORMS = tuple(s for s in INSTITUTION_SHORT_FORMS if len(s) > 1)


def named_after_short_forms(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the bodies another rule found after an institution's short form of two characters or more
    (学校机械工程学院, 集团审计中心), or after 校 pointed to (该校动物科技学院), named with the institution (see
    :func:`named_after_institution`).

    >>> text = "浙江大学召开会议。学校机械工程学院负责。"
    >>> [f.name for f in named_after_short_forms(text, [Found(0, 4, "ORG"), Found(9, 17, "ORG")])]
    [None, '浙江大学机械工程学院']
    """
    shorts = [f for f in found if f.name is None and not f.nested and not f.generic
              and (text.startswith(LONG_SHORT_FORMS, f.start)
                   or (text.startswith("校", f.start) and text[f.start - 1 : f.start] in ("该", "本", "我")))]
    if not shorts:
        return found
    renamed = dict(zip(map(id, shorts), named_after_institution(text, found, shorts), strict=True))
    by_start = {f.start: f for f in found if f.name is None and not f.nested}
    for short in shorts:  # (学校化学化工学院、资源环境学院: the next of a list after it, of the same head, too)
        named, sibling = renamed[id(short)], by_start.get(short.end + 1)
        if named.name and sibling is not None and text[short.end] == "、" and id(sibling) not in renamed \
                and text[sibling.end - 2 : sibling.end] == text[short.end - 2 : short.end]:
            unit = _common_tail(named.name, text[short.start : short.end])  # (化学化工学院 of both)
            renamed[id(sibling)] = sibling._replace(name=named.name[: len(named.name) - unit]
                                                    + text[sibling.start : sibling.end])
    return [renamed.get(id(f), f) for f in found]


def _common_tail(a: str, b: str) -> int:
    """The length of the longest ending ``a`` and ``b`` share.

    >>> _common_tail("兰州大学化学化工学院", "学校化学化工学院")
    6
    """
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    return size


def _of_kind(name: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``name`` is an institution of one of ``kinds`` (a group's company: 青禾投资集团有限公司)."""
    if "集团" in kinds:
        return "集团" in name and name.endswith(_COMPANY_ENDS)
    return name.endswith(kinds)


PLACE_LEVEL = re.compile("[省市县区州旗盟]")
LEVEL_WORDS = re.compile("城市|地区|区域|城乡|市场|社区")  # (城市建设司, 地区振兴司, 市场秩序司: no place's level)
# what a central department does, named right before its head (知识产权运用促进司, 农村合作经济指导司, 统筹协调司)
OFFICE_VERBS = re.compile("(?:促进|指导|协调|运用|统筹|管理|监督|服务|保护|发展|调查|监测|转化)+(?=[司局署办]$)")


# the fields central departments are named by that are verbs elsewhere (经济建设司, 地区振兴司, 对外投资和经济合作司)
OFFICE_FIELDS = re.compile("(?:经济|城市|村镇|基本|乡村)建设|振兴|创新|(?:经济|国际|区域|对外)?合作|投资|改革|开放|交流"
                           "|规划|评估|对外|高等")


def without_office_verbs(field: str) -> str:
    """``field`` (a department's words with its head) without what the department does before its head, nor the
    fields named by verbs.

    >>> without_office_verbs("知识产权运用促进司"), without_office_verbs("督促指导人事司")
    ('知识产权司', '督促指导人事司')
    >>> without_office_verbs("经济建设司"), without_office_verbs("地区振兴司")
    ('司', '地区司')
    """
    return OFFICE_FIELDS.sub("", OFFICE_VERBS.sub("", field))


SETTING_UP_UNITS = ("机关", "内设", "下设", "设")  # (国家铁路局机关设安全监察司: the units its offices have)
OWNED_BEFORE = ("所属", "下属", "直属", "旗下", "全资", "控股")  # (中国中车所属中车株洲…: a company the SOE owns)


def national_end(text: str, m: re.Match[str]) -> int:
    """The end of a central body's name: with the institute after it only when its description is a name
    (中国科学院工业人工智能研究所, not 审计署应当对海关)."""
    desc = m.group("desc")
    if desc and (has_boundary_word(desc) or NOT_IN_NAME.intersection(_without_fields_joined(desc))
                 or desc.startswith(OWNED_BEFORE)):  # (中国中车所属中车株洲…公司: the company the SOE owns)
        return m.start("institute")
    # 公安部经济犯罪侦查局, not 国家卫健委纪检监察组督促指导人事司 nor 国家税务总局定西市税务局 (a local office)
    bureau = m.group("bureau")
    fields = [without_office_verbs(f) for f in re.split("[和与]", bureau, maxsplit=1)] if bureau else []
    if bureau and (any(map(has_boundary_word, fields)) or NOT_IN_NAME.intersection("".join(fields))
                   or PLACE_LEVEL.search(LEVEL_WORDS.sub("", bureau)) or bureau.startswith(SETTING_UP_UNITS)):
        return m.start("bureau")  # (规划和财务司: fields joined by 和, each no phrase)
    return m.end()


def _without_fields_joined(desc: str) -> str:
    """``desc`` without the 与 or 和 that joins two fields of two characters or more (纳米技术与纳米仿生: an
    institute's name; not 与南湖大学, a partner).

    >>> _without_fields_joined("纳米技术与纳米仿生"), _without_fields_joined("与南湖大学")
    ('纳米技术纳米仿生', '与南湖大学')
    """
    parts = re.split("[与和]", desc)
    return "".join(parts) if len(parts) == 2 and all(len(p) >= 2 for p in parts) else desc


def inside_word(text: str, start: int) -> bool:
    """Whether a department's domain starting at ``start`` is the end of a longer word (检察 + 机关).

    >>> inside_word("检察机关和应急管理部门", 2), inside_word("各机关部门", 1), inside_word("由机关工委主持", 1)
    (True, False, False)
    """
    return (text.startswith("机关", start) and start > 0 and is_han(text[start - 1])
            and text[start - 1] not in "各全" and text[start - 1] not in BOUNDARY_WORDS)  # (由机关工委主持)


# …中学原党支部书记, …公司原总经理: a former post in the body, named after 原 and its unit
FORMER_POST = re.compile("(?:副?书记|副?主任|委员|副?[局校院部科站所组处]长|副?主席|总经理|董事长)")


def before_former_post(text: str, found: Found) -> Found:
    """``found`` without the unit of a former post named after 原 (宁国市第二中学原党支部书记: the school).

    >>> text = "宁国市第二中学原党支部书记在采购中收受回扣"
    >>> f = before_former_post(text, Found(0, 11, "ORG"))
    >>> text[f.start : f.end]
    '宁国市第二中学'
    """
    former = text.rfind("原", found.start + 2, found.end)
    if former < 0 or found.name or not FORMER_POST.match(text, found.end):
        return found
    return found._replace(end=former)


def with_brand_aim(text: str, found: Found) -> Found:
    """A body named after a place's programme, with the aim that names the programme (数字广西建设专家咨询委员会,
    平安青禾建设领导小组: 数字 and 平安 are the programme's, not words before the body).

    >>> text = "建立数字广西建设专家咨询委员会"
    >>> f = with_brand_aim(text, Found(4, 15, "ORG")); text[f.start : f.end]
    '数字广西建设专家咨询委员会'
    """
    if found.name or text[found.start - 2 : found.start] not in BRAND_AIMS or (
            "建设" not in text[found.start + 2 : found.start + 8]):
        return found
    return found._replace(start=found.start - 2)


STATE_FIRMS = frozenset(("国企", "央企", "国有企业", "中央企业"))


OVERSEEING_UNIT = re.compile("(?:管理|监管|监督)[一二三四五六七八九十]?[部司处局室]")  # (上市公司管理一部, …监管司)
OVERSEEING_FIRMS = re.compile("(?:上市公司|企业)" + OVERSEEING_UNIT.pattern)  # (a unit named by the firms it oversees)


def field_of_reform(text: str, m: re.Match[str]) -> bool:
    """Whether the class ``m`` (国企, 央企) is the field a reform or oversight names (国资国企改革, 国企改革…行动), or
    a unit that oversees it (交易所上市公司管理一部, 证监会上市公司监管司)."""
    if OVERSEEING_UNIT.match(text, m.end()):
        return True
    if m.group() not in STATE_FIRMS:
        return False
    return text.endswith("国资", 0, m.start()) or text.startswith(("改革", "监管"), m.end())


# 市林业局是深圳市人民政府工作部门: what the subject is said to be one of, no body of its own (the government is)
SAID_TO_BE = ("是", "为", "系", "作为", "列为")
KINDS_SAID = ("工作部门", "组成部门", "直属机构", "直属事业单位")


def said_to_be_one(text: str, found: Found) -> bool:
    """Whether ``found`` is a class of bodies a sentence says its subject is one of (是深圳市人民政府工作部门).

    >>> text, other = "市林业局是深圳市人民政府工作部门", "深圳市人民政府工作部门要协作"
    >>> said_to_be_one(text, Found(5, 16, "ORG", "class", True)), said_to_be_one(other, Found(0, 11, "ORG"))
    (True, False)
    """
    return text.endswith(KINDS_SAID, found.start, found.end) and text.endswith(SAID_TO_BE, 0, found.start)


def before_unit_list(text: str, found: Found) -> Found:
    """``found`` without 机关 before 设 or 内设 (国家铁路局机关设安全监察司、…: the bureau, whose offices have the
    units listed after).

    >>> text = "国家铁路局机关设安全监察司"
    >>> before_unit_list(text, Found(0, 7, "ORG")).end, before_unit_list("国家机关工委", Found(0, 4, "ORG")).end
    (5, 4)
    """
    if found.end - found.start > 4 and text.endswith("机关", found.start, found.end) \
            and text.startswith(SETTING_UP_UNITS[1:], found.end):
        return found._replace(end=found.end - 2)
    return found


# 做好江西政府工作: the work of government, no body (江西省政府工作报告, 市政府工作部门: the body's)
GOVERNMENT_WORK = re.compile("政府工作(?!报告|部门|人员|机构|规则|规程)")
# 校办企业: enterprises a school runs (not its 校办); 校属科研机构: research (no 科 section)
WORD_GOES_ON = re.compile("(?<=校办)(?:企业|工厂|产业)|(?<=科)(?:研|技|学|普)")


def no_body_here(text: str, found: Found) -> bool:
    """Whether ``found`` is a place's short name and 政府 in a phrase of government work (江西政府工作), or a name
    whose last word goes on into another (校办企业, 校属科研机构): no body.

    >>> no_body_here("做好江西政府工作", Found(2, 6, "ORG")), no_body_here("省政府工作部门", Found(0, 3, "ORG"))
    (True, False)
    >>> no_body_here("科研经费和校办企业", Found(5, 7, "ORG")), no_body_here("校属科研机构", Found(0, 3, "ORG"))
    (True, True)
    """
    if WORD_GOES_ON.match(text, found.end):
        return True
    return (found.end - found.start > 3 and GOVERNMENT_WORK.match(text, found.end - 2) is not None
            and text[found.end - 3] not in "省市县区州旗镇乡民")


ROLE_IN_NAME = re.compile("[原副]")  # (…大队原副大队长, …局副局长: a post named after its unit)
CONGRESS_STATION = re.compile("代表(?:联络站|之家|工作站|联络室)|主席团")


def name_as_said(text: str, name: str, end: int) -> tuple[str, int]:
    """A name the institution grammar found ending at ``end``, and its end, without what the text says after the
    body (a post in it, a verb of acting with another body), with a congress's station or presidium.

    >>> name_as_said("监察大队原副大队长", "监察大队原副大队", 8), name_as_said("镇人大主席团", "镇人大", 3)
    (('监察大队', 4), ('镇人大主席团', 6))
    >>> name_as_said("社区居委会联合业主委员会划定", "社区居委会联合业主委员会", 12)
    ('社区居委会', 5)
    """
    if text.startswith("长", end) and (role := ROLE_IN_NAME.search(name, max(0, len(name) - 6))):
        end -= len(name) - role.start()  # …监察大队原副大队长: a post in the unit, named without it
        name = name[: role.start()]
    if name.endswith("人大") and (station := CONGRESS_STATION.match(text, end)) is not None:
        end, name = station.end(), name + station.group()  # 街道人大代表联络站, 镇人大主席团: bodies of their own
        # (市人大代表建议: the congress, whose deputies they are, as the annotated texts name it)
    if (joined := JOINED_AFTER_BODY.search(name)) is not None:
        end -= len(name) - joined.start()  # 社区居委会联合业主委员会: two bodies, the first acting with the second
        name = name[: joined.start()]
    if name.endswith(("中学校", "小学校", "大学校")) and text.startswith("长", end):
        end, name = end - 1, name[:-1]  # 白鹭镇中学校长, …工业大学校长: the school's head (校长), not a …学校
    return name, end

