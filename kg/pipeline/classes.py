"""Classes of bodies: expressions that name a kind of body, not one (有关部门, 县级人民政府, 市直部门单位).

They are generic ORG entities: the guideline neither rewards nor penalises them, but their relations count
(县级以上人民政府应当建立…制度). A class may name the place or body it belongs to (黑龙江省各级纪检监察机关,
市人民政府所属有关部门), and several governments at once (市、县人民政府).

Examples
--------
>>> bool(LEVEL_GOVERNMENTS.fullmatch("市、县（市、区）人民政府")), bool(CLASS_NAMES.match("职能部门"))
(True, True)
>>> after_class_marker("指导各级", 4)
True
"""

from __future__ import annotations

import re

from kg.pipeline.anchors import Scan, windowed
from kg.pipeline.descriptions import overlaps
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START
from kg.pipeline.lexicons import BOUNDARY_WORDS, GOVERNMENT_COMPOUNDS, LEVEL_ABBREVIATIONS, QUANTIFIERS, domain_stems
from kg.pipeline.spans import HAN, Found, fast_start, start_class, trie_regex

# Words in front of a body name that make it a class of bodies (各级党委, 有关部门), not one body.
CLASS_MARKERS = ("各级", "各", "全", "有关", "相关", "所属", "下属", "其他", "其它", "同级", "上级", "下级", "历届",
                 "每个", "各个", "多个", "本级", *QUANTIFIERS)


# Classes of bodies (市直部门单位, 被巡察党组织): kept as generic entities, useful as relation arguments.
# (部机关各司局, 各处室: the offices of a body the text is about)
_CLASS_NAMES = (r"[省市县区]直(?:各)?(?:有关)?(?:部门单位|部门|单位|机关)|被巡[察视](?:党组织|单位)|成员单位|职能部门"
                r"|(?:[部局厅委署]机关各?|各)(?:司局|处室|科室|内设机构)(?![长级])"
                r"|(?:(?:业务|行业)?主管)?(?:检察|审判|政法|纪检监察|行政执法|司法行政|行政|监管|审批|主管)(?:机关|部门)")
# 全国法院, 全国公安机关: every such body of the country (a class, though 全国 anchors 全国人大); 全市法院, 各地公安机关
# too: every such body of the place or of every place
NATIONWIDE_CLASSES = re.compile("(?:全国|全[省市县区州盟]|各地)(?:各级)?(?:人民)?"
                                "(?:法院|检察院|(?:公安|检察|审计|税务|纪检监察)机关)(?:系统)?")
# the look-ahead lets re skip positions where none can start (fast_start can't see through the look-behind)
CLASS_NAMES = re.compile(rf"(?=[{start_class(_CLASS_NAMES)}]|(?<=两级))"
                         rf"(?:{_CLASS_NAMES}|(?<=两级)[{HAN}]{{2,6}}工作部门)")


def chain_start(masked: str, end: int, floor: int = 0) -> int:
    """Start of the last chain of places before ``end`` in ``masked`` (甘肃省定西市渭源县), from ``floor`` on;
    -1 if none."""
    place = masked.rfind(PLACE_START, floor, end)
    while place > floor and masked[place - 1] == PLACE_CONT:
        place = masked.rfind(PLACE_START, floor, place)
    return place


# 县级人民政府, 市、县（市、区）人民政府: the governments of a level, or of several
# (省、自治区、直辖市人民政府, 设区的市、县级人民政府: the levels by their full names)
# (各州（市）、县（市、区）人民政府, 州、县（市）人民政府: a level with those it stands for in brackets, each)
_LEVEL = "(?:自治区|直辖市|自治州|自治县|设区的?市|县级|[省市县区乡镇州旗])(?:（[省市县区州旗、]+）)?"
LEVEL_GOVERNMENTS = fast_start(re.compile(  # (its first characters: 4× faster scans)
    rf"(?:[省市县区乡镇]级(?:地方)?(?:各级)?人民政府|(?:各)?设区的?市(?:人民)?政府"
    rf"|各?{_LEVEL}(?:[、和及]{_LEVEL})+"
    "(?:人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|人民法院|人民检察院|政府))"))
# 各县区纪委监委, 县（区）纪委监委, 县（市）区政府, 各市州党委, 市县政府, 各县区委巡察办: the bodies of several
# levels, or of a level written with the levels it stands for, as one class
_LEVELS = "省市县区州旗盟乡镇"
_NO_DOUBLE = "(?!" + "|".join(c * 2 for c in _LEVELS) + ")"  # (壶镇镇党委: a town's own, no class)
_LEVEL_LIST = (rf"(?:{_NO_DOUBLE}[{_LEVELS}]{{2,3}}(?:（[{_LEVELS}、街道]+）)?"
               rf"|[{_LEVELS}]（[{_LEVELS}、街道]+）[{_LEVELS}]?|乡镇（街道）)")
_LEVEL_HEADS = ("纪委监委", "纪委", "监委", "党委", "人民政府", "政府", "人大常委会", "人大", "政协", "人民法院",
                "法院", "人民检察院", "检察院", "委巡察办", "委巡察机构", "委组织部", "委宣传部", "委政法委", "巡察办",
                "党组织",
                # (县（区）科协, 各县（市、区）供销社: the people's organisations of each place)
                "科协", "工商联", "侨联", "妇联", "总工会", "残联", "供销社", "供销合作社",
                # (各乡镇财政所, 乡镇卫生院: the stations each township has)
                "财政所", "司法所", "派出所", "卫生院", "税务所", "市场监管所", "自然资源所", "供电所", "便民服务中心",
                # (各乡镇（街道）人民调解委员会, 各县区综治中心: the committees and centres of grassroots governance)
                "人民调解委员会", "综治中心", "矛调中心", "社会治理中心", "党群服务中心", "新时代文明实践所",
                "退役军人服务站")
# (各县（市、区）河长办, 各县区财政局: a department of each place, by its domain)
_DEPARTMENT_HEADS = rf"(?:{trie_regex(domain_stems())})(?:主管部门|部门|分局|局|委员会|委|办公室|办)(?![长员主副])"
# (指导县（区）司法局: a level written with the levels it stands for is no place's name, whatever stands before)
_BRACKETED_LEVEL = rf"[{_LEVELS}]（[{_LEVELS}、街道]+）[{_LEVELS}]?"
# (not 瀛州市人民政府, 在霁州市…: 州 after one character at an edge ends a city's name the gazetteer lacks; 督促州市
# 纪委监委 is the class)
LEVEL_BODIES = fast_start(rf"(?<![{PLACE_START}{PLACE_CONT}设])(?!(?<=[^{HAN}][{HAN}])州|(?<=^[{HAN}])州"
                          rf"|(?<=[和与及对向在由经将把同][{HAN}])州)"
                          rf"(?:(?:各级|各)?{_LEVEL_LIST}(?:{'|'.join(_LEVEL_HEADS)})"
                          rf"|(?:各级|各|(?<![{HAN}])){_LEVEL_LIST}{_DEPARTMENT_HEADS}"  # (not 霁州市财政局)
                          rf"|{_BRACKETED_LEVEL}{_DEPARTMENT_HEADS})")
# 自治区党委、政府: the government paired with the place's party committee, by its bare name
PAIRED_GOVERNMENT = fast_start(f"(?<=委、)政府(?!{'|'.join(GOVERNMENT_COMPOUNDS)})")
# the scope written before a class with no place: 全系统各级纪检监察机构, 各有关部门, 全省各级党组织
SCOPE_BEFORE = re.compile("(?:全系统|全[省市县区])(?:各级|各)?$|(?:各级|各)$")
_CLASS_OF_PLACE = ("各级", "各", "全", "")  # 黑龙江省各级纪检监察机关: the class in a place


def with_place(masked: str, cls: Found, *, bare: bool = True) -> Found:
    """A class of bodies with the place named before it (黑龙江省各级纪检监察机关, 青禾县有关部门); right after the
    place only if ``bare`` (a department by its domain right after a place is that place's: 北京市审计部门)."""
    for marker in _CLASS_OF_PLACE if bare else _CLASS_OF_PLACE[:-1]:
        end = cls.start - len(marker)
        if end > 0 and masked.startswith(marker, end) and masked[end - 1] in (PLACE_START, PLACE_CONT):
            start = chain_start(masked, end)
            if 0 <= start < end:
                return cls._replace(start=start)
    scope = SCOPE_BEFORE.search(masked, max(0, cls.start - 5), cls.start)
    return cls._replace(start=scope.start()) if scope else cls  # 全系统各级纪检监察机构: the class as written


# the levels a department of a class belongs to, written before its domain: 县级以上地方档案主管部门,
# 同级医疗保障部门, 县（市、区）教育行政部门, 设区的市生态环境主管部门
LEVEL_OWNER = re.compile("(?:[省市县]级以上(?:地方)?(?:各级)?|(?:设区的市|[省市县区])(?:（[市县区州旗盟、]+）)|设区的市"
                         # (市、县（区）数据主管部门, 省、市、县: the departments of each level listed)
                         "|(?:设区的市|[省市县区])(?:、(?:设区的市|[省市县区]))+(?:（[市县区州旗盟、]+）)?"
                         "|同级|本级|上级|下级)$")
_LEVEL_OWNERS = LEVEL_OWNER.pattern.removesuffix("$")
# a department of such levels by a domain no lexicon lists (县（区）物业管理主管部门), or the body a system's work
# needs (县级以上河湖长制工作机构): the levels mark its start
LEVEL_DEPARTMENTS = fast_start(f"(?:{_LEVEL_OWNERS})(?:(?!政府|人民|有关|相关)[^\\W\\d_的了和及与其或等各对向在])"
                               "{2,8}?(?:(?:行政主管|主管|行政管理|监督管理)部门|工作机构)")


def with_level(text: str, cls: Found) -> Found:
    """A department class with the levels it belongs to written before it (县级以上地方档案主管部门).

    >>> with_level("指导同级医疗保障部门", Found(4, 10, "ORG", "class", True)).start
    2
    """
    owner = LEVEL_OWNER.search(text, max(0, cls.start - 10), cls.start)
    return cls._replace(start=owner.start()) if owner else cls


_OF_BODY = ("所属", "下属", "")  # 区人民政府所属有关部门, 市人民政府有关部门


def classes_of_bodies(text: str, bodies: list[Found], classes: list[Found]) -> list[Found]:
    """A class of bodies named after the body they belong to (市人民政府有关部门): one generic class of its own."""
    # a body, or a class of governments (县级以上人民政府信访工作机构: the class of their petition offices)
    ends = {f.end: f for f in bodies if not f.generic}
    governments = [c for c in classes if text.endswith("政府", c.start, c.end) and c.end not in ends]
    for c in sorted(governments, key=lambda c: -c.start):  # the longest class ending there (设区的市、县人民政府)
        ends[c.end] = c
    found = []
    for cls in classes:
        for link in _OF_BODY:
            body = ends.get(cls.start - len(link))
            if body is not None and text.startswith(link, cls.start - len(link)):
                listed = [body]  # 国家税务总局、海关总署所属机构: the class of what each of them has
                while text[listed[0].start - 1 : listed[0].start] == "、" and listed[0].start - 1 in ends \
                        and not ends[listed[0].start - 1].generic:  # (各县区政府、市政府各部门: two classes)
                    before = ends[listed[0].start - 1]
                    if text.endswith(text[cls.end - 2 : cls.end], before.start, before.end):
                        break  # (国务院甲部门、国务院乙部门: two items of one kind, no owners listed)
                    listed.insert(0, before)
                found += [Found(listed[0].start, cls.end, "ORG", "class", True)]
                found += [b._replace(nested=True) for b in listed]
                break
            body = ends.get(cls.start - 2)  # 市人民政府及其有关部门: the class of the body's departments
            if not link and body is not None and text.startswith("及其", cls.start - 2):
                found.append(cls._replace(generic=True, name=text[body.start : body.end] + text[cls.start : cls.end]))
                break
            body = ends.get(cls.start - len(link) - 1)  # 市人民政府对所属有关部门: named with the body before 对
            if link and body is not None and text.startswith("对" + link, cls.start - len(link) - 1) \
                    and not text.endswith("组", body.start, body.end):  # (巡察组对所属…: the county's, no team's)
                name = text[body.start : body.end] + text[cls.start - len(link) : cls.end]
                found.append(Found(cls.start - len(link), cls.end, "ORG", "class", True, name=name))
                break
    return found


CLASS_HEAD = "部门|单位|机关|机构"


def after_class_marker(text: str, start: int) -> bool:
    """True if a class marker (各级, 有关…) stands right before ``start``, or before a level word there (有关省级
    河长制办公室).

    >>> after_class_marker("有关省级河长制办公室", 4), after_class_marker("省级河长制办公室", 2)
    (True, False)
    """
    if text.endswith(LEVEL_WORDS, max(0, start - 2), start):
        start -= 2
    return text.endswith(CLASS_MARKERS, max(0, start - _MARKER_LENGTH), start)


LEVEL_WORDS = ("省级", "市级", "县级", "乡级", "区级")

_MARKER_LENGTH = max(map(len, CLASS_MARKERS))


def elided_classes(text: str, lists: Scan, stems: frozenset[str]) -> list[Found]:
    """The domains listed before one head (联合公安、市场监管等部门, 会同财政、民政部门): a generic class each, named
    with the head; ``lists`` finds such lists (its group ``head`` is the head), ``stems`` are the domain stems.

    >>> lists = re.compile("(?:公安|审计|统计|市场监管)(?:、(?:公安|审计|统计|市场监管))+等(?P<head>部门)")
    >>> [f.name for f in elided_classes("联合公安、市场监管等部门", lists, frozenset())]
    ['公安部门', '市场监管部门']
    """
    found = []
    for m in lists.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in LEVEL_ABBREVIATIONS:
            continue  # 省公安、交通等部门: the place's departments, one class (省…部门) kg leaves as it is
        head = m.group("head")
        pos = m.start()
        end = m.start("head") - (text[m.start("head") - 1] == "等")  # (财政、民政部门: no 等 before the head)
        items = text[m.start() : end].split("、")
        if items[0] not in stems and items[0][:2] in BOUNDARY_WORDS and items[0][2:] in stems:
            items[0] = items[0][2:]  # 组织水行政、卫生健康等主管部门: the verb before the list
        for item in items:
            # 住房和城乡建设 is one domain, 审计和统计 two
            parts = [item] if item in stems else re.split("(?<=.)[和及](?=.)", item)
            for part in parts:
                start = text.index(part, pos)
                found.append(Found(start, start + len(part), "ORG", "class", True, name=part + head))
                pos = start + len(part)
    return found


# 两省财政部门, 三省河长制办公室: the bodies of a number of places, a class
COUNTED_PLACES = re.compile("(?<!第)(?:[两二三四五六七八九十]|\\d{1,2})\\Z")
LEVELS = "省市县区"
COUNTED_BODIES = re.compile("(?<!第)(?:[两二三四五六七八九十几多]|\\d{1,3})[家个所]\\Z")


def counted(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each body named after a count of places (两省财政部门) as that class, the count in its name.

    >>> text = "两省财政部门联合印发"
    >>> [(text[f.start : f.end], f.generic) for f in counted(text, [Found(1, 6, "ORG", "class", True)])]
    [('两省财政部门', True)]
    """
    out = []
    for f in found:
        at = f.start if text[f.start : f.start + 1] in LEVELS else None  # 两 + 省财政厅
        if at is None and f.start and text[f.start - 1] in LEVELS:
            at = f.start - 1  # 两省 + 财政部门
        count = COUNTED_PLACES.search(text, max(0, at - 2), at) if at is not None else None
        if count is not None:
            out.append(f._replace(start=count.start(), generic=True))
        elif at == f.start and COUNTED_BODIES.search(text, max(0, f.start - 4), f.start):
            out.append(f._replace(generic=True))  # 建成5家市疾控中心: bodies of that kind, no place's own
        else:
            out.append(f)
    return out


# 三部门联合发布…, 四家单位会签了…: the bodies named before, counted at a clause's start (a class until they are
# found: relations.groups)
COUNT_OPENING = re.compile("(?:^|(?<=[，。；：\n]))[两二三四五六七八九十](?:个|家)?(?:部门|单位)(?![长员])",
                           re.MULTILINE)


def counted_groups(text: str) -> list[Found]:
    """The counts of bodies opening a clause (，三家单位会签了…), each a class.

    >>> text = "A与B召开座谈会，两家单位会签了意见。"
    >>> [text[f.start : f.end] for f in counted_groups(text)]
    ['两家单位']
    """
    if "部门" not in text and "单位" not in text:
        return []
    return [Found(m.start(), m.end(), "ORG", "class", True) for m in COUNT_OPENING.finditer(text)]


# 供水单位应当建立…, 信用服务机构不得…, 农村集体经济组织应当…: in a rule, the kind of body it binds, at the head of
# an article or clause and before the modal verb, is a class of bodies (the actor of what the rule says it does).
# (The break before it is matched, not looked behind at: re's scan tests each position 2x faster; a match ends
# before 应当…, never at a break, so the same names are found. Scanned near its modal words only: 2× faster.)
RULE_ACTOR = windowed(re.compile(
    r"(?:^|[\n。；：，]|条[ 　])"
    r"(?P<cls>[^\W\d_的了在对向把将各要是为以与及或等和由被使]{2,10}?"
    r"(?:单位|机构|组织|企业|协会商会|协会|商会|队伍|经营人|经营者|运营人|运营者))"  # (邮轮港口经营人应当…)
    r"(?=应当|应|可以|负责|不得|必须|须)", re.MULTILINE))


def rule_actors(text: str, found: list[Found]) -> list[Found]:
    """The kinds of bodies a rule binds, where no body is found at the same place: generic classes.

    >>> text = "第九条 供水单位应当建立水质检验制度。有关单位可以参加。"
    >>> [text[f.start : f.end] for f in rule_actors(text, [])]
    ['供水单位']
    """
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in RULE_ACTOR.finditer(text):
        start, end = m.span("cls")
        if text.startswith(CLASS_MARKERS, start) or overlaps((start, end), taken):
            continue  # 有关单位: a class found as such; 市供水单位: a body found there
        out.append(Found(start, end, "ORG", "class", True))
    return out


# 对全县中小学食堂开展检查, 对218家企业进行抽查, 对辖区内3家二级公立医院开展专项检查, 对所属8家子公司开展专项检查,
# 对全院32个临床科室开展检查, 对全市3家燃气企业、46家液化气站和1.2万余家餐饮单位开展检查: the kinds of body an
# inspection is aimed at, after their scope and counts, are classes (a named body there is found by its name)
_INSPECTED_HEADS = ("企业|公司|子公司|医院|卫生院|卫生室|机构|学校|中小学校?|中学|小学|院校|高校|幼儿园|食堂|站所"
                    "|经营管理站|经销商|商户|经营户|零售户|门店|网点|药店|超市|酒店|饭店|餐馆|民宿|旅行社|景区|作坊"
                    "|档口|主体|合作社|单位|党组织|党委|党支部|党组（党委）|窗口|科室|经营人|经营者|煤矿|矿山|加油站"
                    "|实验室|市场|敬老院|福利院|博物馆|工坊|诊所|网吧")
# a count of bodies (12家, 1.2万余家, 100所以上), or a vague one (部分: some of a kind, no class)
KIND_COUNT = "(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千两几多]+)万?余?[家个所座处户](?:以上)?"
VAGUE_COUNTS = ("部分", "个别", "少数")
_KIND_CHAR = "[^\\W\\d_的了在对向把将与及或等和由被使各个家所该此其本一]"
# (“九小场所”: a kind named in quotes; 场所 is a place, but the quotes make it the kind of business they name)
_KIND = f"(?:所属|下属)?(?:“?{_KIND_CHAR}{{0,10}}?(?:{_INSPECTED_HEADS})”?|“{_KIND_CHAR}{{1,6}}场所”)"
_COUNTED_KIND = f"(?:{KIND_COUNT}|{'|'.join(VAGUE_COUNTS)})?{_KIND}"
KINDS_JOINED = "、|和|及|以及|与"  # between the kinds of a list
INSPECTED_CLASS = windowed(re.compile(
    r"对(?!以下|下列|如下|上述|这些)(?:全[省市县区州院校]|辖区内?|该[省市县区]|本[省市县区地]|各"
    r"|(?:所属|下属)(?=\d|[一二三四五六七八九十两几多]+[家个所])"
    r"|[^\W\d_的了在对向把将与及或等和由被使各]{1,6}?[市县区旗镇乡](?=\d|[一二三四五六七八九十两几多]+[家个所]))?"
    rf"(?P<cls>{_COUNTED_KIND}(?:(?:{KINDS_JOINED}){_COUNTED_KIND})*)"
    r"(?:的[^，。；、]{1,16}?情况)?(?:(?:逐[一户家个所校园]|全面|集中|同步|联合|分别)?(?:开展|进行|实施)了?"
    "[^，。；]{0,12}?(?:检查|督查|督察|督导|巡察|巡视|审计|抽查|抽检|清查|排查|核查|暗访|巡查|评估|考核|年审)"
    "|逐[一户家个所校园]?(?:检查|排查|核查|抽查))"))
INSPECTED_ITEM = re.compile(
    f"(?P<count>{KIND_COUNT}|{'|'.join(VAGUE_COUNTS)})?(?P<item>{_KIND})(?=(?:{KINDS_JOINED})|$)")


def inspected_classes(text: str, found: list[Found]) -> list[Found]:
    """The kinds of bodies an inspection is aimed at, where no body is found there: generic classes, each of a list.

    >>> text = "县纪委监委对全县中小学食堂开展突击检查，对3家县属企业的财务情况进行审计。"
    >>> [text[f.start : f.end] for f in inspected_classes(text, [])]
    ['中小学食堂', '县属企业']
    >>> text = "市应急局对全市3家燃气企业、46家液化气经营单位和1.2万余家餐饮单位开展拉网式检查。"
    >>> [text[f.start : f.end] for f in inspected_classes(text, [])]
    ['燃气企业', '液化气经营单位', '餐饮单位']
    """
    # (a class of the lexicon inside the kind named is no body found there: 定点医疗机构 holds 医疗机构)
    taken = [(f.start, f.end) for f in found if not f.generic]
    inside = [(f.start, f.end) for f in found if f.generic]
    out = []
    for listed in INSPECTED_CLASS.finditer(text):
        for m in INSPECTED_ITEM.finditer(text, *listed.span("cls")):
            start, end = m.span("item")
            if m.group("count") in VAGUE_COUNTS:
                continue  # 对门店及部分药店开展抽查: some of a kind, not the kind
            crossed = any(s < start or e > end for s, e in inside if overlaps((s, e), [(start, end)]))
            if overlaps((start, end), taken) or crossed:
                continue  # 对县卫健局开展检查: a body found there; a class reaching out of the kind named
            out.append(Found(start, end, "ORG", "class", True))
    return out


# a party committee's organ right after a class of committees (设在同级党委政法委员会): the organ of each of them
PARTY_ORGANS = re.compile("政法委员会|政法委|组织部|宣传部|统战部|统一战线工作部|社会工作部"
                          "|机构编制委员会办公室|编办|网信办")


def organs_of_classes(text: str, found: list[Found]) -> list[Found]:
    """``found`` with a class of party committees and the organ named right after it (同级党委 + 政法委员会) made one
    class, the organ's.

    >>> text = "办公室设在同级党委政法委员会"
    >>> [text[f.start : f.end] for f in organs_of_classes(text, [Found(5, 9, "ORG", "class", True),
    ...                                                          Found(9, 14, "ORG", "party")])]
    ['同级党委政法委员会']
    """
    classes = {f.end: f for f in found if f.generic and text.endswith("党委", 0, f.end)}
    if not classes:
        return found
    merged = {(cls.start, cls.end): Found(cls.start, f.end, "ORG", "class", True) for f in found if not f.generic
              and (cls := classes.get(f.start)) is not None and PARTY_ORGANS.fullmatch(text, f.start, f.end)}
    if not merged:
        return found
    organs = {(end, m.end) for (_, end), m in merged.items()}
    return [merged.get((f.start, f.end), f) for f in found if (f.start, f.end) not in organs]
