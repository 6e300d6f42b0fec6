"""Where a body's name starts when a place stands before its level character (青禾县纪委监委, 会川镇党委, 该县纪委监委),
or before a station it names alone (城关派出所), and where a document known by name starts after a place
(杭州市物业管理条例, 白鹭市2026年政府工作报告).

The gazetteer knows the country's provinces, cities and counties; a name may still start with a place it lacks (a
new district, a town, a fictional county). Two or three characters before a level character are such a place when
they stand at a clean edge and are no word of their own (简称县委巡察办, 向县委报告, 每届市人民代表大会).

Examples
--------
>>> text = "青禾县纪委监委召开会议"
>>> unknown_place_start(text, 2)
0
>>> unknown_place_start("简称县委巡察办", 2)
2
>>> unknown_place_start("中共青禾市委", 4), unknown_place_start("我代表青禾市人民政府", 5)
(2, 3)
>>> demonstrative("该县纪委监委", 1), demonstrative("应该县委决定", 2)
(True, False)
"""

from __future__ import annotations

import re

from kg.pipeline.classes import CLASS_MARKERS, chain_start
from kg.pipeline.companies import CHECKS, COMPANY_NAME_CHARS, NAME_BREAKS, NOT_IN_NAME
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START
from kg.pipeline.lexicons import BOUNDARY_WORDS, LEVEL_ABBREVIATIONS, NOT_LEVEL_BEFORE, NOT_PLACE_WORDS, verb_table
from kg.pipeline.spans import Found, extend_left, has_boundary_word, is_han, stem_start

COUNTY_LEVELS = ("县", "市", "区", "旗", "省")  # levels whose places kg may lack (青禾县, 岱川省: a made-up province)
GOING_TO = set("到赴")  # verbs of going that stand right before a place without being boundary words
# words a place name follows that are no boundary words elsewhere (中共青禾市委, 我代表青禾市人民政府)
BEFORE_PLACE = ("中国共产党", "中共", "代表")
DATE_END = re.compile("[\\d〇零一二三四五六七八九十][年月日]$")  # (2024年3月1日 + 青禾县人大常委会)


_VERB_WORDS = {row.verb for row in verb_table()}


def local_place_start(text: str, masked: str, start: int) -> int:
    """Start of a town, village or street name of 2–3 characters before its level word, if it has a clean edge;
    with the county before it when one is named there (渭源县会川镇人民政府)."""
    for size in (2, 3):
        town = start - size
        placed = town > 0 and masked[town - 1] in (PLACE_START, PLACE_CONT) and is_han(masked[town])
        if placed and text[town:start] not in BOUNDARY_WORDS:
            return chain_start(masked, town)
    if text[start : start + 1] == "镇" and (one := _one_character_town(text, start)) is not None:
        return one  # 壶镇派出所, 壶镇镇党委: a town named by one character, at a clean edge
    if text[start : start + 1] == "村" and (village := _village_town(text, masked, start)) is not None:
        return village  # 芷溪镇桃林村党总支, 白洋街道后陈村党支部, 天荒坪镇余村党支部: a village of a town kg lacks too
    if start > 3 and text[start - 3] in "县区旗" and _two_han(text, start - 2, start) and may_name(
            text[start - 2 : start], "镇"):
        county = unknown_place_start(text, start - 3)  # 青禾县白鹭镇党委: a town of a county kg lacks too
        if county < start - 3:
            return county
    left = stem_start(text, start, limit=3)
    if left is None and text[start - 3 : start - 2] in GOING_TO:
        left = start - 2  # 到会川镇党委调研: a town of two characters one goes to
    if (left is None or start - left > 2) and text[start - 4 : start - 2] in _VERB_WORDS:
        left = start - 2  # 联合城关镇纪委: a town of two characters after a verb the grammar lets into names
    if left is None or start - left < 2 or text[left:start] in BOUNDARY_WORDS or text[left] in "我你他她该本其" \
            or text.endswith("代表", 0, start) or text[left:start] in NOT_PLACE_WORDS:
        return start  # (我代表乡人民政府: the speaker's words, no town's name; 赋予街道党工委…: a verb's object)
    return left


def _one_character_town(text: str, start: int) -> int | None:
    """Start of a town named by one character before the 镇 at ``start`` (壶镇派出所; 壶镇镇党委, the town's own 镇
    after its name), where a sentence or clause starts before it; None for a word (乡镇, 城镇, 各镇).

    >>> text = "。壶镇派出所与壶镇镇党委共建，各镇派出所参加"
    >>> [_one_character_town(text, i) for i in (2, 9, 18)]
    [1, 7, None]
    """
    at = start - 1 if text[start - 1 : start] == "镇" else start  # (壶镇 + 镇党委)
    char = text[at - 1 : at]
    if not char or not is_han(char) or char in LEVEL_ABBREVIATIONS or char in NOT_LEVEL_BEFORE or char in "各每该本全" \
            or char in BOUNDARY_WORDS or char in TOWN_EDGE:  # (由镇安全生产监督管理站: the town's, named by its level)
        return None
    return at - 1 if at - 1 == 0 or not is_han(text[at - 2]) or text[at - 2] in TOWN_EDGE else None


TOWN_EDGE = "与和及同在对向由把将给跟"  # (…与壶镇镇党委: a joiner or preposition before a town's name)


def _village_town(text: str, masked: str, start: int) -> int | None:
    """Start of the town before a village's name of one or two characters ending at ``start`` (its 村), if a town
    (…镇, …乡, …街道) stands right before it.

    >>> text = "天荒坪镇余村党支部"
    >>> _village_town(text, text, 5), _village_town("全镇各村党支部", "全镇各村党支部", 3)
    (0, None)
    """
    for size in (2, 1):
        name = start - size
        named = _two_han(text, name, start) if size == 2 else is_han(text[name]) and text[name] not in NOT_VILLAGE
        if not named:
            continue
        level = next((w for w in ("街道", "镇", "乡") if text.endswith(w, 0, name)), None)
        if level is None:
            continue
        town = local_place_start(text, masked, name - len(level))
        if town < name - len(level):
            return town
    return None


NOT_VILLAGE = frozenset("各每全该本两多驻和与及在到对为向从和、所个等新老")  # (全镇各村, 乡镇驻村: no village's name)


def unknown_place_start(text: str, start: int, masked: str | None = None) -> int:
    """Start of a two-character place name the gazetteer lacks before a level character (青禾 + 县纪委), when the two
    characters stand at a clean edge (after punctuation, a boundary word, the text's start or, given ``masked``, a
    place kg knows: 河南省 + 泓川 + 市人民政府).

    >>> text = "河南省泓川市人民政府"
    >>> unknown_place_start(text, 5), unknown_place_start(text, 5, "\ue000\ue001\ue001" + text[3:])
    (5, 0)
    """
    if start <= 0 or not is_han(text[start - 1]):
        return start  # (a third of the calls: no name of Han characters ends right before the level)
    two = text[start - 2 : start]
    if (masked is not None and start > 2 and masked[start - 3] in (PLACE_START, PLACE_CONT)
            and masked[start - 2] not in (PLACE_START, PLACE_CONT) and text.endswith(("省", "自治区"), 0, start - 2)
            and _two_han(text, start - 2, start) and may_name(two, text[start : start + 1])):
        return chain_start(masked, start - 2)  # 河南省泓川市: a city of a province kg knows (not 天水市纪委 + 市监委)
    if start > 3 and text[start - 3] in "市州盟" and _two_han(text, start - 2, start) and may_name(two):
        outer = unknown_place_start(text, start - 3)  # 汀湄市云岭区: a district of a city it lacks too
        if outer < start - 3:
            return outer
    left = stem_start(text, start, limit=3)
    if (left is None or start - left == 3) and (text.endswith(BEFORE_PLACE, 0, start - 2)
                                                or text[start - 4 : start - 2] in _VERB_WORDS
                                                or (DATE_END.search(text, max(0, start - 6), start - 2)
                                                    and text[start - 2] not in "内前后起")):  # (15日内交市…)
        # 中共青禾市委: the party's name, not part of the place's; 联合澄溪区住建局: a verb's; 3月1日青禾县…: a date's
        left = start - 2
    if left is None or start - left != 2 or not is_han(text[left]):
        return start
    return left if may_name(text[left:start], text[start : start + 1]) else start


# what ends a word with 区 (湾区, 港区, 山区, 园区, 片区, 校区…): no place's name before 区, but one before 县 or 市
# (芦湾县, 石港市)
AREA_BEFORE_DISTRICT = frozenset("湾港山林矿园片景校社牧库坝")


def ends_other_word(before: str, level: str) -> bool:
    """Whether the character ``before`` a level character makes a word with it (城市, 全县, 大湾区), so that no
    place's name ends there; a character of an area word does before 区 only (芦湾县).

    >>> ends_other_word("城", "市"), ends_other_word("湾", "区"), ends_other_word("湾", "县")
    (True, True, False)
    """
    return before in LEVEL_ABBREVIATIONS or (
        before in NOT_LEVEL_BEFORE and (level == "区" or before not in AREA_BEFORE_DISTRICT))


def may_name(two: str, level: str = "区") -> bool:
    """Whether two characters before a level may be a place's name: no word (简称县委巡察办, 指导县委巡察办) and no
    joiner or preposition at its end (赤峰市委和旗委: 委和; 每月1次到市信访局: 次到).

    >>> may_name("芦湾", "县"), may_name("大湾", "区"), may_name("指导", "县")
    (True, False, False)
    """
    if two in BOUNDARY_WORDS or two in _VERB_WORDS or two in NOT_PLACE_WORDS or two[-1] in NOT_NAME_ENDS:
        return False
    if two[0] in COUNTS and two[1] in MEASURES:
        return False  # 听取一次市纪委监委…, 每批县…: a count, no place (七台河, 六安 have no measure word)
    # (瀛州 + 市: 州 ends many a city's name, 徐州, 郑州; 各州市, 全州 are a class and a whole, by their first)
    ends_word = ends_other_word(two[-1], level) and not (two[-1] == "州" and is_han(two[0]))
    return not (two[0] in NOT_LEVEL_BEFORE or two[0] in LEVEL_ABBREVIATIONS or ends_word)


# (委和, 次到, 局属: a joiner, preposition or owner; 该案系县…: a copula; 另据省…, 后报市…: a source cited, a verb of
# sending)
NOT_NAME_ENDS = frozenset("和与及到赴在向对从给为于至属系是据报经由")
# a number and its measure word before a level character (一次市纪委监委, 两批县…)
COUNTS = frozenset("一二两三四五六七八九十几每多")
MEASURES = frozenset("次个批项名件起轮届年")


# 雄安新区, 西海岸新区, 苏州工业园区, 天水经济技术开发区: a zone is named by a place's name and what kind of zone it is
ZONE_KINDS = ("经济技术开发", "高新技术产业开发", "经济开发", "高新", "经开", "综保", "农高", "开发", "工业园",
              "产业园", "新", "保税", "综合保税", "合作", "试验", "示范", "自贸", "实验")
ZONE_HEADS = tuple(kind + "区" for kind in ZONE_KINDS)


def zone_kind_at(text: str, start: int) -> str | None:
    """The kind of zone named at ``start`` with its 区 (新 of 新区纪委监委), if any; most names start with none,
    which one ``startswith`` tells.

    >>> zone_kind_at("高新区管委会", 0), zone_kind_at("市委", 0)
    ('高新', None)
    """
    if not text.startswith(ZONE_HEADS, start):
        return None
    return next(kind for kind in ZONE_KINDS if text.startswith(kind + "区", start))


def zone_start(text: str, level: int) -> int | None:
    """Start of a zone's name ending right before its 区 at ``level`` (青岛西海岸新区纪委监委: 0), when a name of two
    characters or more stands before the kind of zone at a clean edge, or a class marker (各开发区: the class of
    them); None otherwise (建设新区).

    >>> zone_start("青岛西海岸新区纪委监委", 6), zone_start("推进建设新区", 5), zone_start("各开发区纪委监委", 3)
    (0, None, 0)
    """
    kind = next((k for k in ZONE_KINDS if text.endswith(k, 0, level)), None)
    if kind is None:
        return None
    left = extend_left(text, level - len(kind), limit=10)
    name = text[left : level - len(kind)]
    marker = next((m for m in CLASS_MARKERS if text.endswith(m, 0, left)), None) if not name else None
    if marker is not None:
        return left - len(marker)
    return None if len(name) < 2 or name.startswith(CLASS_MARKERS) else left


def demonstrative(text: str, level: int) -> bool:
    """Whether 该 or 本 before the level character at ``level`` points at the place the text is about (该县纪委监委,
    本市人民政府), not ending another word (应该, 日本, 成本)."""
    before = text[level - 1]
    if before == "该":
        return text[level - 2 : level - 1] != "应"
    return before == "本" and not is_han(text[level - 2 : level - 1] or "，")


def _two_han(text: str, start: int, end: int) -> bool:
    return end - start == 2 and all(is_han(ch) for ch in text[start:end]) and not (
        text[start:end] in BOUNDARY_WORDS or text[start:end] in _VERB_WORDS or text[start:end] in NOT_PLACE_WORDS)


# verbs that institutions' names use as nouns between their place and their head (产业创新发展研究院, 科技创新中心,
# 政务服务中心): no boundary there
NAMING_VERBS = re.compile("创新|发展|服务|促进|保护|监测|交易|研究"
                          "|建设(?=投资|工程|集团|发展|开发|控股|银行|股份|实业|有限)")  # (建设投资集团)


def _dots(m: re.Match[str]) -> str:
    return "·" * len(m.group())


def named_from_place(text: str, masked: str, start: int, head: int, *, cut: bool) -> int | None:
    """Where an institution named from a place starts: the last place before its head (a chain of them whole)
    when the words between are a name; ``start`` when no place is there; None when the description was ``cut``
    by the length limit mid-word and no place starts it."""
    lowest = max(0, head - COMPANY_NAME_CHARS)  # (a break before it counts no more than none: no full-text scan)
    floor = max([lowest] + [masked.rfind(ch, lowest, head) + 1 for ch in NAME_BREAKS])
    place = chain_start(masked, head, floor)  # 甘肃天水…: the chain's first place
    if cut:
        return place if place >= start else None  # 务局联合国网定西供电公司: only from the place on
    # (武汉市产业创新发展研究院: 创新 names here; 建设 before what follows it, up to the head: 建设投资集团)
    words = NAMING_VERBS.sub(_dots, text[place:head])[: max(0, start - place)]
    if 0 <= place < start and not NOT_IN_NAME.intersection(words) and not has_boundary_word(words) and not (
            "以" in words and "以工代赈" not in text[place:head]):  # (梨树县以合作社为依托: 以, no name)
        return place  # 定西师范高等专科学校: the description stopped at 等 inside the name
    if start < place < head and (text[place - 1] in JOINERS or text[place - 1] in GOING_TO
                                 or text.endswith(NOT_OF_THE_NAME, start, place) or _verb_before(text, start, place)):
        return place  # 重点检查泉州…有限公司, 泉州产投与泉州…学院, 中共泉州…公司委员会: checked, joined, the party's
        # (帮扶青海大学, 骨干到青海大学: whom a body helps, where people go)
    if (place == start + 1 and is_han(text[start - 1 : start] or "，") and text[start] not in LEVEL_ABBREVIATIONS) \
            or text.endswith(PARTY_KINDS, start, place):
        return place  # 服务对象鞍山…公司: the end of the word before (对象; not 某县浙江商会); 供应商鞍山…公司
    return start


def _verb_before(text: str, start: int, place: int) -> bool:
    """Whether a verb of the verb table ends at ``place`` (after ``start``)."""
    return any(text[i:place] in _VERB_WORDS for i in range(max(start, place - 4), place - 1))


# what stands before a place that starts an institution's name but is no part of it: a check made of it, the party
# whose committee it has (中共泉州城建集团有限公司委员会)
NOT_OF_THE_NAME = (*CHECKS, "中共", "中国共产党")
JOINERS = "与和及同、"  # (泉州产投与泉州职业技术学院: two bodies)


# what a company is to a case or a contract, named right before its name (供应商岱川…有限公司)
PARTY_KINDS = ("供应商", "企业", "单位", "对象", "客户", "商户", "承包商", "经销商", "开发商", "中标人", "投标人",
               "当事人", "服务商", "运营商", "合作方", "施工方", "中介机构", "涉事")


def with_place_before(masked: str, found: Found) -> Found:
    """``found`` from the known place its level character belongs to, where a rule started it at that character
    (甘谷 + 县财政局预算绩效管理工作领导小组: the county's); ``masked``: the text with its places masked
    (:func:`kg.pipeline.gazetteer.mask_places`). A place kg lacks is left as the rule found it.

    >>> masked = "\ue000\ue001县财政局预算绩效管理工作领导小组"  # (甘谷 masked as a place)
    >>> with_place_before(masked, Found(2, len(masked), "ORG")).start
    0
    """
    if found.generic or found.start < 2 or found.nested:
        return found
    if masked[found.start] not in COUNTY_LEVELS:
        return found
    if masked[found.start - 1] not in (PLACE_START, PLACE_CONT):
        return found  # (its edge would be a guess)
    return found._replace(start=chain_start(masked, found.start))


# a police station or a justice office named by the town or quarter it serves (城关派出所, 城南司法所)
STATION = re.compile("(?<=[\u4e00-\u9fff])(?:派出所|司法所)(?![长员])")
TOWN_QUARTERS = frozenset(("城关", "城东", "城南", "城西", "城北", "城中", "城郊"))  # (城 starts 城市 elsewhere)


def stations(text: str, masked: str, found: list[Found]) -> list[Found]:
    """The stations named by a place of two or three characters kg lacks, at a clean edge (组织城关派出所开展…),
    none inside a body already found nor after a count or a verb (每个派出所, 吵到派出所)."""
    if "派出所" not in text and "司法所" not in text:
        return []
    out = []
    for m in STATION.finditer(text):
        if any(f.start < m.start() < f.end for f in found):
            continue  # (县公安局城关派出所: a unit of the bureau, found with it)
        start = local_place_start(text, masked, m.start())
        name = text[start : m.start()]
        if start < m.start() and (may_name(name[-2:], "所") or name[-2:] in TOWN_QUARTERS) and not any(
                f.start <= start < f.end for f in found):
            out.append(Found(start, m.end(), "ORG", "government"))
    return out


# -- documents named after a place ----------------------------------------------------------------------------

YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年$")
WORK_REPORT = "政府工作报告"


def placed_name(text: str, m: re.Match[str], places: list[tuple[int, int]]) -> int:
    """Where a document known by name starts when a place is written before it: a work report's place and year
    (see :func:`placed_report`), a local regulation's place (杭州市物业管理条例, 澄州市物业管理条例: the city's own, not
    the State Council's); else where ``m`` starts.

    >>> text = "对安全生产法、澄州市物业管理条例开展执法检查"
    >>> text[placed_name(text, re.search("物业管理条例", text), []) :]
    '澄州市物业管理条例开展执法检查'
    """
    start = m.start()
    if m.group() == WORK_REPORT or text[start - 1 : start] not in LOCAL_LEVELS:
        return placed_report(text, m, places)
    if (known := next((s for s, e in places if e == start), None)) is not None:
        return known
    two = text[start - 3 : start - 1]
    return start - 3 if len(two) == 2 and all(map(is_han, two)) and may_name(two, text[start - 1]) else start


LOCAL_LEVELS = "省市县区州"


def placed_report(text: str, m: re.Match[str], places: list[tuple[int, int]]) -> int:
    """Where a government work report's name starts: at the place and year written before it (汉中市2026年政府工作报告,
    2026年某县政府工作报告); else where ``m`` starts. ``places``: the text's place-name spans.

    >>> text = "——白鹭市2026年政府工作报告（节选）"
    >>> text[placed_report(text, re.search("政府工作报告", text), [(2, 5)]) :]
    '白鹭市2026年政府工作报告（节选）'
    """
    start = m.start()
    if m.group() != WORK_REPORT:
        return start
    year = YEAR_BEFORE.search(text, max(0, start - 5), start)
    at = year.start() if year else start - 2 * text.endswith("人民", 0, start)
    place = next((s for s, e in places if e == at), None)
    if place is None:
        return start
    year = YEAR_BEFORE.search(text, max(0, place - 5), place)
    return year.start() if year else place
