"""Names made of a free description before a head (定西师范高等专科学校, 郴州市市政公用设施维护服务中心): where such
a name starts, and when a head with words before it names no body (部分医院, 我们公司, 外贸公司).

Examples
--------
>>> import re
>>> [f.start for f in free_stem_names("联合南湖大学开展合作", re.compile("大学"), limit=10, min_stem=2)]
[2]
>>> subtype("青禾县纪委监委")
'discipline'
"""

from __future__ import annotations

import functools
import re

from kg.pipeline.classes import after_class_marker, chain_start
from kg.pipeline.companies import COUNTED_KIND, OWNED_BY, after_checks, brand_place_start, past_owner
from kg.pipeline.descriptions import overlaps
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START, load_gazetteer
from kg.pipeline.lexicons import QUANTIFIERS, SUBJECT_SHORT_FORMS, VERB_BOUNDARY_WORDS, party_name_length
from kg.pipeline.name_repairs import JOINS_WITH, KIND_ENDINGS
from kg.pipeline.place_edges import named_from_place
from kg.pipeline.spans import HAN, Found, cut_mid_word, extend_left, fast_start, has_boundary_word, is_han, last_match

CHECKED_HEADS = ("公司", "集团", "银行", "医院", "学院", "大学", "学校")  # (巡视整改工作领导小组: 巡视 names a group)
ROLE_BEFORE = re.compile("(?:书记|主任|组长|部长|局长|县长|区长|市长|省长|主席)(?:任|兼任|担任)")
# (这支工作队, 那个专班: one named before, pointed back to; 那曲 is a city's name)
PRONOUNS = ("我们", "你们", "他们", "咱们", "我", "你", "他", "她", "这", "那些", "那个", "那支", "那家")
# 郴州市市政公用设施维护服务中心, 毕节市农业生态环境与资源保护站: a public service unit named from its place
_PUBLIC_UNIT_WORDS = "服务中心|管理中心|保护站|管理站|监测站|管理处|管理所"
_NOT_A_ROLE = "(?![长员副任]|主(?!任))"  # (…中心主体工程: a building; …中心主任: the unit named)
_PUBLIC_UNIT_HEADS = f"(?:{_PUBLIC_UNIT_WORDS}){_NOT_A_ROLE}"
# public institutions named from a place by what they do (天水市养老服务指导中心, 四川省人工智能产业发展促进中心,
# 海南热带雨林国家公园管理局): the words before these heads may hold the verb that names their work
PUBLIC_UNITS = re.compile(f"(?:{_PUBLIC_UNIT_WORDS}|指导中心|促进中心|创新中心|研究中心|发展中心|技术中心|交易中心"
                          "|监督中心|监测中心站|监测中心|检测中心|检验中心|监督站|检测站|推广中心|事务中心|控制中心|检定所|检验所"
                          "|养护中心|信息中心|认证中心|评估中心|保障中心|指挥中心|检疫站|推广站|防治站|勘测中心|测绘中心"
                          "|救援中心|调解中心|维权中心|投诉中心|转化中心|水资源中心|艺术中心|处理中心|发布中心|鉴定中心"
                          "|管理办公室|天气办公室|监督局"  # (市人工影响天气办公室, 市城市管理监督局)
                          f"|管理局|研究院|实验室|仲裁院){_NOT_A_ROLE}")
# 在县行政服务中心设立…, 市生态环境局下设的市生态环境监测站: one named after its level where a word ends before it
# (searched from its level characters: faster than near its heads, windowed, since the look-ahead is re's search
# prefix)
LEVEL_UNITS = fast_start(f"(?:(?<=[在由到向对与和及的了立建，。：\n])|^)(?:自治区|地区|[省市县区州旗乡镇])"
                         "(?![委级市县区乡镇域场])"
                         f"[^\\W\\d_的了在对向把将为以与及和等]{{2,8}}?(?:{_PUBLIC_UNIT_HEADS}"
                         "|(?:指导|促进|发展|交易|检测|检验|监测|勘测|研究|编纂|防御|养护|康复|监管|鉴定|救援)中心"
                         "|管理办公室|监督站|监督局)",
                         re.MULTILINE)
# 三江源国家公园管理局, 某某国家级自然保护区管理局: the authority of a protected area, named by the area
PARK_AUTHORITIES = re.compile("(?:国家公园|国家级自然保护区|自然保护区|风景名胜区|森林公园|地质公园|湿地公园)"
                              "(?:管理局|管理处|管理委员会|管委会)")
_PROPER_START = ("中国", "中华", "国家", "全国")
CLASSIFIERS = set("所家个名座条项批次位支")
WHOLE_PLACE = re.compile("全[省市县区州盟旗]")
# what ends the owner in a party school's name (县委党校, 省直机关党校; 县级党校: a class)
SCHOOL_OWNERS = ("委", "机关", "中央", "级")
EVENT_WORDS = ("协商会", "会商会")  # meetings (专题协商会, 片区会商会), though 商会 ends a chamber's name


# heads that alone point back to an institution named before (学院 for 白鹭市技师学院)
SHORT_HEADS = frozenset([*SUBJECT_SHORT_FORMS, "大学"])


def free_stem_names(text: str, head: re.Pattern[str], *, limit: int, min_stem: int, masked: str | None = None,
                placed: bool = False, class_heads: frozenset[str] = frozenset(), quoted: bool = False) -> list[Found]:
    """Names made of a free description before ``head``; with ``masked`` (places masked), an institution
    named from a place starts at the place (定西师范高等专科学校), and with
    ``placed`` only such names count (郴州市市政公用设施维护服务中心); with ``quoted``, a quoted description counts
    (“接诉即办”工作专班)."""
    found = []
    for m in head.finditer(text):
        if text.endswith(EVENT_WORDS, 0, m.end()) and not text.endswith("协会商会", 0, m.end()):
            continue  # 专题协商会 is a meeting, not a chamber of commerce (商会)
        start = extend_left(text, m.start(), limit=limit)
        if masked is not None and (branded := brand_place_start(masked, start)) is not None:
            start = branded  # 北京协和医院: the brand's 和, no joiner
        if quoted and start == m.start() and text[m.start() - 1 : m.start()] == "”":
            opening = text.rfind("“", max(0, start - 17), start - 1)
            start = opening if opening >= 0 else start
        start = _joined_fields(text, start, m)
        if joint := JOINS_WITH.search(text, start, m.start() - 2):
            start = joint.end()  # 白鹭县纪委联合县餐饮业协会, 联合国网某供电公司: whom a body joins, before its place
        if masked is not None:
            cut = cut_mid_word(text, start, m.start(), limit=limit)
            from_place = named_from_place(text, masked, start, m.start(), cut=cut)
            if from_place is None or (placed and masked[from_place] != PLACE_START):
                continue
            start = from_place
        if role := ROLE_BEFORE.search(text, start, m.start()):
            start = role.end()  # 市委书记任乡村振兴工作领导小组组长: the role and its holder are not the name
        if joint := JOINS_WITH.search(text, start, m.start() - 2):
            start = joint.end()  # 市政府联合南湖大学: whom a body joins (北京联合大学 keeps its 联合)
        elif JOINS_WITH.match(text, m.start() - 2) and (_body_before(text, m.start() - 2)
                                                          or not is_han(text[m.start() - 3 : m.start() - 2] or "。")):
            continue  # 集团纪委（还）联合集团审计部, …；联合集团党委巡察办: the verb joining a body, no name in 集团
        if directed := last_match(DIRECTS, text, start, m.start()):
            if directed.end() == m.start():
                continue  # 省国资委指导集团, 督促集团公司: a body told by its head alone, no name
            start = directed.end()
        if m.group().endswith(CHECKED_HEADS):
            start = after_checks(text, start, m.start())  # (重点检查润泽燃气有限公司: the company checked)
        if sends := last_match(SENDS, text, start, m.start()):
            start = sends.end()  # (评估结果报市委巡察工作领导小组: to whom a result goes, the group named after 报)
        about = text[start] == "余"  # (80余家央企: about a count)
        if start + about < m.start() and text[start + about] in CLASSIFIERS and text[start - 1 : start].isdigit():
            start += 1 + about  # 32所中小学: the count is no part of the name
        start, owned = past_owner(text, start, m.start())  # (海口海关)所属洋浦海关, 区属国企…公司
        if (span := YEARS_SPAN.match(text, start, m.start())) is not None:
            start = span.end()  # 近三年市社会主义学院…: how long, no part of the name
        if text[start] == "年" and text[start - 1 : start].isdigit():
            start += 2 if text.startswith("年度", start) else 1  # 召开2024年某工作领导小组会议: the year, no name
        party = party_name_length(text, start)
        if party and "委" not in text[start : m.end()] and not text.startswith("委员会", m.end()):
            start += party  # 中共某某集团有限公司党组: the party's name, not the company's (not 中共某某大学委员会,
            # 中共某市委党校, 中共某市委巡察工作领导小组: the party committee's)
        if text[start] == "原" and m.start() - start >= 3 and (masked is None or masked[start] == "原"):
            start += 1  # 将原甲乙投资集团整合: the body as it was named, 原 saying it is gone (not 原平市)
        if _listed_before(text, start, m.start()):
            continue  # 某区实验小学等优质学校, 某市分行等合作银行: a class the bodies listed before 等 are of
        if text.startswith(QUANTIFIERS, start) or COUNTED_KIND.match(text, start) or text.startswith(
                PRONOUNS, start) or (text[m.start() - 1] == "该" and text[m.start() - 2 : m.start() - 1] != "应"):
            continue  # 部分医院, 一些学校, 一家外贸公司: some of a kind; 我们公司: whose, not which; (…检察院就)该公司:
            # the body named before, pointed back at
        if m.start() - start < min_stem or text.endswith(KIND_ENDINGS, 0, m.end()):
            continue
        if m.group() in SHORT_HEADS and text[start : m.start()] in VERB_BOUNDARY_WORDS:
            continue  # 走进学院, 来到医院: a verb and the short form of a body named before, no name
        if masked is not None and m.group() in class_heads and not _proper(text, masked, start, m.start(), m.end()):
            continue  # 请致电银行, 外贸公司: a kind of institution, not one named
        if m.group() == "党校" and not text.endswith(SCHOOL_OWNERS, 0, m.start()):
            continue  # 协调党校, 参加党校: a verb before the kind; a party school is its committee's (市委党校)
        if text.endswith("党校（", 0, start) and text[start : m.end()] == "行政学院":
            continue  # 党校（行政学院）: a party school's second name, bare as its first (a kind of school)
        if text.find("关于", start, m.start()) >= 0 or text.startswith(RANKINGS, m.end()):
            continue  # 省司法厅关于推进派出所…: a title's words; 软科中国大学排名: a ranking's name, no body's
        described = DESCRIBED_INSTITUTIONS.fullmatch(text, start, m.start()) is not None  # (国内高水平大学)
        if described and text.startswith(GRADUATES, m.end()):
            continue  # 优秀大学毕业生: graduates described, no university
        marked = after_class_marker(text, start) and not owned and not text.endswith(OWNED_BY, 0, start)
        # (全省党校: the schools of all the province, a class)
        generic = marked or described or WHOLE_PLACE.fullmatch(text, start, m.start()) is not None
        found.append(Found(start, m.end(), "ORG", subtype(text[start : m.end()]), generic))
    return found


def university_parents(text: str, found: list[Found]) -> list[Found]:
    """The universities whose units ``found`` names after them (华南农业大学资源与环境学院: 华南农业大学), nested.

    >>> text = "岚川农业大学资源与环境学院参加"
    >>> [text[f.start : f.end] for f in university_parents(text, [Found(0, 13, "ORG")])]
    ['岚川农业大学']
    >>> text = "岚川大学口腔医院白鹭医院开诊"
    >>> [text[f.start : f.end] for f in university_parents(text, [Found(0, 12, "ORG")])]
    ['岚川大学', '岚川大学口腔医院']
    """
    out = []
    for f in found:
        cut = text.find("大学", f.start + 2, f.end - 2)
        if cut > 0 and not f.generic and text[cut + 2] != "生":  # (青禾大学生创业中心: students, no university)
            out.append(Found(f.start, cut + 2, "ORG", "education", nested=True))
            if (branch := BRANCH_AFTER.search(text, cut + 4, f.end)) is not None and branch.end() == f.end:
                out.append(Found(f.start, branch.start(), "ORG", "health", nested=True))  # (…口腔医院 + 白鹭医院)
    return out


# 岚川大学口腔医院白鹭医院: a university hospital's branch named by a place, the hospital its parent
BRANCH_AFTER = re.compile("(?<=医院)[\u4e00-\u9fff]{2,3}(?:医院|分院|院区)")


RANKINGS = ("排名", "排行")


def _listed_before(text: str, start: int, head: int) -> bool:
    """Whether a body named before a 等 inside ``text[start:head]`` makes the rest a class (某区实验小学等优质学校),
    not a name (中等职业学校, 高等学校: 等 of a word).

    >>> _listed_before("岱川实验小学等优质学校", 0, 9), _listed_before("岱川中等职业学校", 0, 6)
    (True, False)
    """
    deng = text.rfind("等", start, head)
    return deng > start and (text[deng - 1] in BODY_ENDS or text.endswith(LISTED_ENDS, start, deng))


LISTED_ENDS = ("大学", "公司", "集团", "银行", "医院", "中心", "小学", "中学", "分行", "支行", "学校")

# 国内高水平大学, 境外知名企业集团: institutions described by where they are and how good, a class of them
DESCRIBED_INSTITUTIONS = re.compile("(?:国内外?|国外|境内外?|境外|海内外|省内外?|省外|国际|知名|高水平|一流|顶尖|优质"
                                    "|重点|骨干|龙头|头部|大型|中小|民营|外资|合资|优秀|著名|名牌|普通)+")
GRADUATES = ("毕业生", "学生", "毕业")
BODY_ENDS = set("委局部厅办院组府署站所队会社")  # the last character of a body's name
# (…学院, …研究院: 院 above; 洋浦海关与…管理委员会: two bodies)
INSTITUTION_ENDS = ("大学", "公司", "集团", "银行", "医院", "研究所", "中心", "海关", "机关")
# heads of a school, centre or committee named by two fields (A与B学院, 薪酬与考核委员会)
FIELD_HEADS = ("学院", "研究院", "研究所", "实验室", "中心", "站", "委员会")


def joined_field_start(text: str, start: int) -> int:
    """The start of a name whose description at ``start`` is the second of two fields joined by 与 (薪酬与考核委员会),
    or ``start`` (市政府与考核委员会: two bodies).

    >>> text = "设立薪酬与考核委员会"
    >>> text[joined_field_start(text, 5):]
    '薪酬与考核委员会'
    """
    if text[start - 1 : start] != "与":
        return start
    left = extend_left(text, start - 1, limit=4)
    left = max([left] + [i + len(end) for end in INSTITUTION_ENDS if (i := text.rfind(end, left, start - 1)) >= 0])
    if start - 1 - left < 2 or text[start - 2] in BODY_ENDS or text.endswith(INSTITUTION_ENDS, 0, start - 1):
        return start  # (清华大学与中国科学院: two institutions; 集团公司薪酬与…: the company's committee)
    if text.endswith("大学", 0, left):  # 华南农业大学资源与环境学院: the university's school, named with it
        return extend_left(text, left, limit=12)
    return left


def _joined_fields(text: str, start: int, m: re.Match[str]) -> int:
    """The start of a school or centre named by two fields joined by 与 (计算机与软件学院, 招标与采购管理中心), or
    ``start`` (市政府与南湖大学: two bodies).

    >>> head = re.compile("学院")
    >>> text = "对计算机与软件学院，市政府与软件学院"
    >>> [_joined_fields(text, m.start() - 2, m) for m in head.finditer(text)]
    [1, 14]
    """
    if text[start - 1 : start] == "和" and m.group().endswith(GROUP_ENDS):
        return _joined_aims(text, start)
    if not m.group().endswith(FIELD_HEADS) or m.start() - start > 8:
        return start
    return joined_field_start(text, start)


GROUP_ENDS = ("领导小组", "指挥部")


def _joined_aims(text: str, start: int) -> int:
    """The start of a leading group named by two aims joined by 和 (县医疗保障和医药卫生体制改革领导小组), or ``start``
    (县委和县政府…, 在市纪委监委领导和…小组指导下: a body's; 县长和副县长…; a first aim of less than four characters).

    >>> text = "成立县医疗保障和医药卫生体制改革领导小组"
    >>> text[_joined_aims(text, 8):]
    '县医疗保障和医药卫生体制改革领导小组'
    """
    left = extend_left(text, start - 1, limit=10)
    aim = text[left + (text[left] in LEVEL_CHARS) : start - 1]
    if len(aim) < 4 or any(ch in "委局厅府署办" for ch in aim) or has_boundary_word(aim):
        return start
    return left


LEVEL_CHARS = "省市县区州旗乡镇"
# verbs by which a body acts on another, never part of a name: where a description holds one, the name starts after
DIRECTS = re.compile("指导|督促|要求|推动|带动|统筹|整合|联动|承担|负责|鼓励|支持|吸纳|帮助|协助|配合|约谈|进驻"
                     "|责令|引导|倒逼|促使|激励"
                     "|完成|实现|纳入|更名|吸收合并|合并|入选|获批"  # (青禾学院更名大学: no body named 更名大学)
                     "|依据|依照|按照"  # (海关依据海关法: the law's name, no body named 依据海关)
                     "|提升|规范|壮大|新设"  # (提升商会服务能力, 全省新设商会调解组织: a verb and a kind of body)
                     "|赴|奔赴|前往|来到|走进"  # (其间赴某干部学院: where one goes, the name after the verb)
                     "|选调|招录|招聘")  # (选调优秀大学毕业生: whom a body recruits, no 选调优秀大学)
# a body sending a team (省委派出督导组), a result sent to a body (报市委…领导小组): the name starts after the verb
SENDS = re.compile("选派|派遣|派出(?!所|机构|法庭)|(?:上|呈)?报(?:送|请)?(?=[省市县区州旗乡镇]|中央|国家)"
                   "|(?:分别)?(?:送达|移交|移送|转交|交由|抄送)"  # (分别送达集团党委, 移送集团纪委: to whom it goes)
                   # (市政府挂牌某大学…学院: the name hung on it)
                   "|(?:挂牌|揭牌|授牌)(?!督办|督导|督战|成立|运行|开业|设立)")


def _body_before(text: str, pos: int) -> bool:
    """Whether a body's name ends right before ``pos``, but for adverbs (集团纪委还联合…).

    >>> _body_before("集团纪委还联合", 5), _body_before("北京联合", 2)
    (True, False)
    """
    while pos > 0 and text[pos - 1] in ADVERB_CHARACTERS:
        pos -= 1
    return text[pos - 1 : pos] in BODY_ENDS


ADVERB_CHARACTERS = set("还也又并再均都")


# “清廉医院”, “平安校园”, “文明单位”: an aim and a kind of body in quotes name a campaign's title, no institution
QUOTED_AIMS = ("清廉", "平安", "法治", "美丽", "智慧", "诚信", "数字", "健康", "幸福", "书香", "文明", "和谐", "绿色")


# “时间银行”互助养老模式, “社区银行”服务品牌: a quoted name that a practice's head follows names the practice
QUOTED_PRACTICE = re.compile(f"[”」\"][{HAN}]{{0,8}}?(?:模式|机制|制度|工作法|品牌|体系|平台|服务|项目|行动|活动)")


def _proper(text: str, masked: str, start: int, head: int, end: int) -> bool:
    """Whether the description ``start``–``head`` before a kind's head (ending at ``end``) names one institution.

    >>> text = "推行“时间银行”互助养老模式，与“稻香银行”签约，推行“学分银行”"
    >>> _proper(text, text, 3, 5, 7), _proper(text, text, 17, 19, 21), _proper(text, text, 29, 31, 33)
    (False, True, False)
    """
    words = masked[start:head]
    quoted = text[start - 1 : start] in "“「\"" and start > 0 and not text.startswith(QUOTED_AIMS, start)
    return (PLACE_START in words or PLACE_CONT in words or text.startswith(_PROPER_START, start)
            or (quoted and not QUOTED_PRACTICE.match(text, end) and not text.endswith(PRACTISED, 0, start - 1))
            or (head - start == 2 and text[head:end] in COUNTY_BANKS
                and load_gazetteer().county_by_short_name(text[start:head]) is not None))


# verbs before a quoted kind that make it a practice carried out (推行“学分银行”), no institution (与“稻香银行”签约)
PRACTISED = ("推行", "实行", "探索", "推广", "试行", "开展", "实施")
# the banks of a county named by its short name (镇远农商银行, 永丰村镇银行)
COUNTY_BANKS = frozenset(("农商银行", "农村商业银行", "村镇银行", "农村信用社", "农村信用合作联社", "农信社"))


# the kinds of body by the marks in their names, the first kind whose mark a name holds
SUBTYPE_MARKS = (("discipline", ("纪委", "监委", "纪检")), ("inspection", ("巡察", "巡视")),
                 ("court", ("法院", "检察院")), ("congress", ("人大", "政协")),
                 ("enterprise", ("公司", "集团", "银行", "商行", "厂", "药房", "药店", "超市")),
                 ("media", ("报社", "电视台", "出版社")), ("education", ("学院", "大学", "学校", "党校", "中学")),
                 ("health", ("医院", "卫生院")),
                 # (a government's commissions: 市发展改革委, 卫健委, 自治区国资委; not the party's 政法委)
                 ("government", ("政府", "局", "厅", "办公室", "中心", "发展改革委", "发改委", "卫健委",
                                 "卫生健康委", "国资委", "国有资产监督管理委员会", "民宗委", "教委", "经信委", "工信委",
                                 "住建委", "科委")),
                 ("party", ("委", "部", "党")))
TEAM_ENDS = ("组", "专班", "指挥部")  # (a team by the end of its name: 省委组织部 is no team)


@functools.lru_cache(maxsize=1 << 16)  # about 17,000 calls per MB, on names a text repeats (市委, 县纪委监委)
def subtype(name: str) -> str:
    """A coarse kind of body, from its head: party, discipline, government, congress, court, ...

    >>> subtype("省委组织部"), subtype("卫健委"), subtype("市委政法委")
    ('party', 'government', 'party')
    >>> subtype("县委第一巡察组"), subtype("联合检查组")
    ('inspection', 'team')
    """
    for kind, marks in SUBTYPE_MARKS:
        if kind == "enterprise" and name.endswith(TEAM_ENDS):
            return "team"  # (after the kinds a team's owner gives it: 县委第一巡察组, 市人大常委会调研组)
        for mark in marks:
            if mark in name:
                return kind
    return "organisation"


def teams_of_bodies(teams: list[Found], found: list[Found]) -> list[Found]:
    """``teams`` named by a free description, each whose description starts with, inside or right after a body
    ``found`` named from its start with that body (玉溪市人民政府 + 环境保护督察整改工作专班: the description's limit
    cut the name inside the body), with the body as its parent (nested).

    >>> text = "玉溪市人民政府环境保护督察整改工作专班"
    >>> [(f.start, f.end, f.nested) for f in teams_of_bodies([Found(3, 19, "ORG", "team")], [Found(0, 7, "ORG")])]
    [(0, 19, False), (0, 7, True)]
    """
    bodies = [f for f in found if not f.generic and not f.nested]
    out = []
    for team in teams:
        body = next((b for b in bodies if b.start <= team.start <= b.end < team.end), None)
        out += [team] if body is None else [team._replace(start=body.start), body._replace(nested=True)]
    return out


PRACTICE_HEADS = ("工作法", "工作机制", "机制", "制度", "模式")
# 专班工作法, “一链一专班”推进机制: a way of working named after a team, no team
NO_TEAM = re.compile(f"”?[{HAN}]{{0,4}}?(?:{'|'.join(PRACTICE_HEADS)})")
PER_EACH = re.compile(f"一[{HAN}]{{1,3}}一")  # “一案一专班”, 一企一专班: a team for each, a way of working
YEARS_SPAN = re.compile("近?[一二三四五六七八九十两\\d]{1,3}年来?")  # (近三年, 五年来: a span of years)
TIMES = re.compile("第[一二三四五六七八九十\\d]{1,3}次")  # (召开第一次专班会议: the meeting's count, no team's name)


def named_teams(text: str, head: re.Pattern[str], found: list[Found], masked: str | None = None) -> list[Found]:
    """Teams named by a free description before a team's ``head`` (选人用人专项检查组, “接诉即办”工作专班), not a way of
    working named after teams (专班工作法, “一案一专班”, “挂点+专班推进”) nor a meeting's count (第一次专班会议); each
    whose description starts at or inside a body of ``found`` named with that body (:func:`teams_of_bodies`), and,
    given ``masked`` (places masked), each whose long description starts inside a place's name with all that name
    (湖南省突发公共卫生事件应急指挥部, not 南省…).

    >>> head = re.compile("专班")
    >>> text = "成立招商引资工作专班，推行“一企一专班”和专班工作法"
    >>> [text[f.start : f.end] for f in named_teams(text, head, [])]
    ['招商引资工作专班']
    """
    teams = [_past_sender(text, _past_work(text, f)) for f in free_stem_names(text, head, limit=12, min_stem=0,
                                                                            quoted=True)
             if not NO_TEAM.match(text, f.end) and not TIMES.match(text, f.start) and not PER_EACH.match(text, f.start)
             and text[f.start - 1 : f.start] not in ("+", "＋") and not text.startswith("会议", f.end)]
    if masked is not None:
        teams = [f._replace(start=chain_start(masked, f.start)) if masked[f.start] == PLACE_CONT else f for f in teams]
    return teams_of_bodies([_with_cut_level(text, f) for f in teams], found)  # (举行联组会议: a meeting)


BARE_LEVELS = ("自治区", "自治州", "省", "市", "县", "区", "州", "旗")
BODY_ENDING = re.compile("[局厅委办府院]")  # (a body's last character between a level and a team's name)


def _with_cut_level(text: str, team: Found) -> Found:
    """``team`` with the bare level its long description starts with, which the length limit cut off (县 +
    生态环境保护督察整改工作领导小组: the county's group), where the level stands at a clean edge.

    >>> text = "。省农村饮水安全巩固提升工作领导小组"
    >>> f = _with_cut_level(text, Found(5, 21, "ORG", "team"))
    >>> text[f.start : f.end]
    '省农村饮水安全巩固提升工作领导小组'
    """
    left = extend_left(text, team.start, limit=6)
    if left == team.start or not text.startswith(BARE_LEVELS, left) or (is_han(text[left - 1 : left] or "，")
                                                                        and team.start - left >= 6):
        return team
    if any(p.search(text, left, team.start) for p in (ROLE_BEFORE, DIRECTS, SENDS, JOINS_WITH)) or has_boundary_word(
            text[left : team.start]) or BODY_ENDING.search(text, left + 1, team.start):
        return team  # (市委书记任…组长: the role's holder; 县财政局会签…: a body and its verb, cut off on purpose)
    return team._replace(start=left)


# the work a team is named for, a verb used as a noun before 工作 (城中村改造工作指挥部, 棚户区改造工作领导小组)
WORK_DONE = re.compile("(?:改造|建设|整治|治理|保护|开发|攻坚|推进|创建|整改|监管|安置|拆迁|征收|搬迁|提升|防控|"
                       "清理|修复|重建|振兴)工作$")


def _past_work(text: str, team: Found) -> Found:
    """``team`` with the words of the work it is named for, when the description stopped at its verb (城中村 +
    改造工作指挥部).

    >>> text = "成立城中村改造工作指挥部"
    >>> f = _past_work(text, Found(7, 12, "ORG", "team"))
    >>> text[f.start : f.end]
    '城中村改造工作指挥部'
    """
    if not text.startswith("工作", team.start) or not WORK_DONE.search(text, 0, team.start + 2):
        return team
    start = extend_left(text, team.start - 2, limit=8)
    return team._replace(start=start) if start < team.start - 2 else team


# 市委组织部要适时组织督导组: the body's verb of sending out a team (not the 组织 of 组织部)
SENDS_OUT = re.compile("(?:要|将|应当|应|须|拟)?(?:适时|及时|定期|随机|统一|另行)?"
                       "(?:组织|派出|互派|委派|组建|成立|抽调|选派)(?![部局处科办])了?")


def _past_sender(text: str, team: Found) -> Found:
    """``team`` without the words of whoever sends it out (市委组织部要适时组织督导组: 督导组).

    >>> text = "市委组织部要适时组织督导组"
    >>> f = _past_sender(text, Found(2, 13, "ORG", "team"))
    >>> text[f.start : f.end]
    '督导组'
    """
    ends = [m.end() for m in SENDS_OUT.finditer(text, team.start, team.end - 1)]
    return team if not ends or ends[-1] >= team.end else team._replace(start=ends[-1])


# 省水利厅所属的川中灌区建设管理中心负责…: a unit named freely after whose it is, up to its head and what it does next
OWNED_UNIT = re.compile(r"(?:(?<=所属)|(?<=下属)|(?<=直属)|(?<=所属的)|(?<=下属的)|(?<=直属的))"
                        r"(?P<name>[^\W\d_的了在对向把将与及和等各]{2,12}?(?:中心|站|所|院|队|处|局))"
                        r"(?=负责|承担|应当|具体|[，。、；])")


def owned_units(text: str, found: list[Found]) -> list[Found]:
    """Units named after whose they are (…所属的川中灌区建设管理中心), where no body is found at the same place.

    >>> text = "省水利厅所属的川中灌区建设管理中心负责运行管理。"
    >>> [text[f.start : f.end] for f in owned_units(text, [])]
    ['川中灌区建设管理中心']
    """
    if "属" not in text:
        return []
    taken = [(f.start, f.end) for f in found]
    return [Found(m.start("name"), m.end("name"), "ORG", subtype(m.group("name"))) for m in OWNED_UNIT.finditer(text)
            if not overlaps(m.span("name"), taken)]
