"""Names of bodies, documents and mechanisms: their forms, and the merge keys that say two forms are one thing.

A body is written many ways: 中共天水市委, 天水市委员会, 九届市委 and a bare 市委 are one committee; 市市场监管局 is
市市场监督管理局; 团市委 is 共青团天水市委; 国家监委 is 国家监察委员会. :func:`org_key` reduces each form to one key:
the party prefix and the term dropped, a leading level character spelled out with the document's place, a chain of
places cut to its last, long and short forms folded. Equal keys mean one body, in one document and across
documents; a key that still needs its document (a 县委巡察办 in a text that never names its county) has the scope
``document``. Documents (:func:`document_key`) and mechanisms (:func:`mech_key`) have keys too.

The components find names (:mod:`kg.pipeline.institutions`); this module says which found names are the same
body. Nothing here depends on :mod:`kg.extract`, which builds records with these keys.

Adding a kind of body
---------------------
1. Its head: a word in ``kg.org_heads.v1`` (:mod:`kg.pipeline.lexicons`) under the list saying how much context it
   needs — ``body`` (市委, 县政府), ``unit`` (巡察办), ``weak`` (局 after a domain), ``named`` (大学 after a
   proper name), ``group`` (检查组 after a description); a domain it names departments by in
   ``kg.domain_stems.v1`` (市场监管 + 局). A central body is one row of ``kg/data/national_bodies.tsv`` with its
   short and former names, which all get its full name as their key (:data:`NATIONAL_NAMES`).
2. Its other forms, if it has any: a long and a short form of the head (人民政府 = 政府) in :data:`BODY_SYNONYMS`; an
   official short form of a department (市场监管局, 卫健委) in :data:`SHORT_FORMS`; a prefix its full name starts
   with (中国共产党, 政协) in ``PARTY_PREFIXES`` / ``CPPCC_PREFIXES``; how a text names an institution in front of
   its organs (校 for 大学) in ``INSTITUTION_SHORT_FORMS`` (both in :mod:`kg.pipeline.lexicons`).
3. A test in ``tests/test_pipeline_names.py`` giving the key of each form (they must be equal), and one in
   ``tests/test_extract.py`` seeing the forms of one text merged into one entity.

Examples
--------
>>> gaz = load_gazetteer()
>>> regions = {"市": gaz.places["天水市"]}
>>> {org_key(name, regions) for name in ("中共天水市委", "天水市委员会", "九届市委", "市委")}
{('天水市委', 'global')}
>>> document_key("八项规定"), mech_key("三反馈机制")
('中央八项规定', '三反馈')
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

from kg.pipeline.gazetteer import Place, load_gazetteer, repeated_level
from kg.pipeline.lexicons import (
    CPPCC_PREFIXES,
    INSTITUTION_SHORT_FORMS,
    LEVEL_ABBREVIATIONS,
    NATIONAL_ANCHORS,
    PARTY_PREFIXES,
    YOUTH_LEAGUE_SHORT,
    document_names,
    mechanism_heads,
    national_aliases,
    national_bodies,
)
from kg.pipeline.regions import MAIN, elsewhere
from kg.pipeline.spans import Found

# An ordinal (第三巡视组) and a committee's term (九届市委), as regex pieces for the grammar and the keys
ORDINAL = r"第[一二三四五六七八九十百零〇\d]{1,4}"
TERM = r"(?:(?<!新)[一二三四五六七八九十]{1,3}届)"
_ORDINAL = re.compile(ORDINAL)
_TERM_PREFIX = re.compile("^" + TERM)
_DEMONSTRATIVE = re.compile(f"[该本][{LEVEL_ABBREVIATIONS}]")

# A long form of a head and the short form it folds into (天水市人民政府 = 天水市政府)
BODY_SYNONYMS = (("人民政府", "政府"), ("人民检察院", "检察院"), ("人民法院", "法院"), ("纪委监委机关", "纪委监委"),
                 ("人大机关", "人大"), ("政协机关", "政协"),
                 ("人民代表大会常务委员会", "人大常委会"), ("人民代表大会", "人大"))  # 山西省人民代表大会 = 山西省人大
# the official short forms of departments and courts, keyed by the full name (市市场监管局 = 市市场监督管理局;
# courts after BODY_SYNONYMS made 中级人民法院 中级法院)
SHORT_FORMS = {
    "中级法院": "中院", "高级法院": "高院",
    "市场监督管理": "市场监管(?=局|厅|总局|所)", "卫生健康委员会": "卫健委|卫生健康委(?!员会)",
    "发展和改革委员会": "发改委|发展改革委(?:员会)?", "人力资源和社会保障": "(?:人社|人力资源社会保障)(?=局|厅|部)",
    "住房和城乡建设": "(?:住建|住房城乡建设)(?=局|厅|部)", "文化和旅游": "文旅(?=局|厅|部)",
    "工业和信息化": "工信(?=局|厅|部)",
    "应急管理局": "应急局", "人民武装部": "人武部", "医疗保障局": "医保局", "退役军人事务局": "退役军人局",
    "国有资产监督管理委员会": "国资委", "安全生产委员会办公室": "安委办", "安全生产委员会": "安委会",
    "机构编制委员会办公室": "(?<=委)编办",  # 省安委会, 市委编办: the commissions and offices every place has
    "长制办公室": "(?<=[河湖林田])长办(?!公)",  # 县河长办 = 县河长制办公室 (and 湖长, 林长, 田长)
}
_SHORT_FORM = re.compile("|".join(f"({short})" for short in SHORT_FORMS.values()))  # group i+1: the i-th form
_FULL_FORMS = list(SHORT_FORMS)
NATIONAL = {"中央": "党中央", "党中央": "党中央"}  # the party's centre by its bare names
NATIONAL_NAMES = national_aliases(national_bodies())  # 国家监委 → 国家监察委员会
DOCUMENT_NAMES = document_names()  # 八项规定 → 中央八项规定
QUOTED_NAME = re.compile(r"[“「‘\"]([^“”「」‘’\"]+)[”」’\"]")
# Words that start with a level character without being one (市场监管局 is not 市 + 场监管局).
NOT_LEVEL_WORDS = re.compile("市场|市民(?!政|宗)|市容|县域|区域|州府|[省市县区州乡镇](?:级|[（(])"
                             "|(?:省市|市县|县区|县市|市州|州市)(?!场)")
# (but 市民政局 is 市 + 民政局, 市民宗局 too); 省级人民政府: the class of every province's; 市县党委: of each city and
# county, a class; 省（区、市）人民政府: of every place of the levels listed
# Heads of a kind of body: 组织部门, 审计机关, 成员单位 name every body of that kind until a place says whose
CLASS_HEADS = ("部门", "机关", "单位")
# An autonomous place named by its level word alone (自治区党委 in a text about one autonomous region)
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
YOUTH_LEAGUE = re.compile(YOUTH_LEAGUE_SHORT)
# head words a mechanism is named with or without (三反馈机制 = “三反馈”); 责任制, 台账 stay part of the name
_MECH_HEADS = sorted((h for h in mechanism_heads() if h.endswith(("机制", "制度", "模式", "格局"))), key=len,
                     reverse=True)
_MECH_KEY_TAIL = re.compile("(?:工作新|工作|新|的|监督|管理)$")


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """NFKC, no quotes or spaces, one kind of dash (as the scorer compares names).

    >>> normalise("“三反馈” 机制——试行")
    '三反馈机制-试行'
    """
    text = unicodedata.normalize("NFKC", text).replace("——", "-").replace("—", "-")
    return re.sub(r"[《》〈〉“”‘’\"'「」『』\s]", "", text)


def surface_forms(text: str) -> set[str]:
    """The forms a mention gives an entity: as written, normalised, and the quoted name alone (“三反馈”机制 → 三反馈).

    >>> sorted(surface_forms("“三反馈”机制"))
    ['“三反馈”机制', '三反馈', '三反馈机制']
    """
    return {text, normalise(text), *QUOTED_NAME.findall(text)}


# bodies a text names bare, meaning those of the place it is about (a work report's 大会, 人大监督, 政协民主监督)
# (党委、政府, 制定政府规章: the place's government)
BARE_BODIES = {"大会": "人大", "人大": "人大", "政协": "政协", "政府": "人民政府"}


def _top_region(regions: dict[str, Place]) -> Place | None:
    """The place the document is about: the one it names most (a county's report: the county, not its province),
    else its highest-level place (its province before its city)."""
    if MAIN in regions:
        return regions[MAIN]
    return next((regions[level] for level in ("省", "自治区", "市", "州", "县", "区") if level in regions), None)


def org_key(text: str, regions: dict[str, Place]) -> tuple[str, str]:
    """Key of an organisation name: region spelled out, party prefix and term dropped, synonyms folded.

    >>> gaz = load_gazetteer()
    >>> org_key("九届市委", {"市": gaz.places["天水市"]})
    ('天水市委', 'global')
    >>> org_key("县委巡察办", {})
    ('县委巡察办', 'document')
    """
    if text in NATIONAL_NAMES:  # 国家监委 = 国家监察委员会, 市场监管总局 = 国家市场监督管理总局
        return NATIONAL_NAMES[text], "global"
    if text in BARE_BODIES and (place := _top_region(regions)) is not None:  # 向大会报告: the place's congress
        return org_key(place.name + BARE_BODIES[text], {})[0], "global"
    stem, national = org_stem(text)
    if national:
        return stem, "global"
    if YOUTH_LEAGUE.match(stem):  # 团市委 = 共青团定西市委
        stem = "共青团" + stem[1:]
    league = stem.startswith("共青团")
    text = party_committee(expand_region(stem[3:] if league else stem, regions))
    if league:
        return "共青团" + text, "global" if starts_with_place(text) or text == "中央" else "document"
    scope = "global" if starts_with_place(text) or text.startswith(NATIONAL_ANCHORS) else "document"
    return text, scope


@functools.lru_cache(maxsize=65536)
def org_stem(text: str) -> tuple[str, bool]:
    """The part of :func:`org_key` that does not depend on the document: the name and whether it is national.

    >>> org_stem("中共天水市委员会"), org_stem("中央"), org_stem("中共青禾大学委员会")
    (('天水市委', False), ('党中央', True), ('青禾大学党委', False))
    """
    if text.startswith("共青团"):
        return "共青团" + org_stem(text[3:])[0], False
    if text.startswith(CPPCC_PREFIXES):  # 政协天水市委员会 = 天水市政协
        rest = _without_prefixes(text, CPPCC_PREFIXES)
        if (end := _places_before_committee(rest)) > 0:
            return org_stem(rest[:end] + "政协" + rest[end + 3 :])
    party = text.startswith(PARTY_PREFIXES)
    text = _TERM_PREFIX.sub("", _without_prefixes(text, PARTY_PREFIXES))
    if party and text.endswith("委员会") and text[:-3].endswith(INSTITUTION_HEADS):
        text = text[:-3] + "党委"  # 中共泉州城建集团有限公司委员会 = 泉州城建集团有限公司党委
    if _DEMONSTRATIVE.match(text):  # 该县纪委监委 = 县纪委监委: the body of the place the text is about
        text = text[1:]
    if (end := _places_before_committee(text)) > 0:  # 中共天水市委员会 = 天水市委
        text = text[:end] + "委" + text[end + 3 :]
    if text in NATIONAL:
        return NATIONAL[text], True
    if text in NATIONAL_NAMES:  # 二十届中央纪委 = 中央纪委: a central body by its name once the term is gone
        return NATIONAL_NAMES[text], True
    for long, short in BODY_SYNONYMS:
        text = text.replace(long, short)
    if text.endswith(OFFICES) and len(text) > 5 and text[-3] in "局厅部委办署":
        text = text[:-2]  # 市民政局机关 = 市民政局: a department's offices are the department
    text = _SHORT_FORM.sub(lambda m: _FULL_FORMS[(m.lastindex or 1) - 1], text)
    return party_committee(lowest_place(text)), False


OFFICES = "机关"
INSTITUTION_HEADS = ("公司", "集团", "大学", "学院", "医院", "银行")  # whose party committee a 中共…委员会 may be


def party_committee(text: str) -> str:
    """A place's 党委 as its 委 (新疆维吾尔自治区党委 = 新疆维吾尔自治区委, as 中共…自治区委员会 is keyed): the party
    committee of a place is one body however the text names it.

    >>> party_committee("宁夏回族自治区党委办公厅"), party_committee("兰州大学党委")
    ('宁夏回族自治区委办公厅', '兰州大学党委')
    """
    end = place_chain(text)[1]
    return text[:end] + text[end + 1 :] if end > 0 and text.startswith("党委", end) else text


def _without_prefixes(text: str, prefixes: tuple[str, ...]) -> str:
    """``text`` without the ``prefixes`` it starts with, tried in order (中国共产党, 中共)."""
    for prefix in prefixes:
        text = text.removeprefix(prefix)
    return text


def _places_before_committee(text: str) -> int:
    """The end of the places ``text`` starts with when 委员会 follows them (天水市委员会: 3), else -1."""
    end = place_chain(text)[1]
    return end if end > 0 and text.startswith("委员会", end) else -1


def place_chain(text: str) -> tuple[int, int]:
    """Where the last place of the chain of places ``text`` starts with begins, and where the chain ends
    (甘肃省定西市人民法院: 3, 6); (0, 0) when it starts with none.

    >>> place_chain("甘肃省定西市人民法院"), place_chain("市委")
    ((3, 6), (0, 0))
    """
    gaz, last, end = load_gazetteer(), 0, 0
    while (after := gaz.prefix(text, end)) > 0:
        last, end = end, after
    return last, end


def names_a_class(key: str) -> bool:
    """Whether an organisation's key names a class of bodies by its head (财政部门, 纪检监察机关, 有关单位): a
    部门, 机关 or 单位 with no place or level in front to say whose, as the guideline's 组织部门 is one.

    >>> [names_a_class(k) for k in ("地方金融监督管理部门", "市场监管部门", "市财政部门", "天水市财政部门", "市委")]
    [True, True, False, False, False]
    """
    return key.endswith(CLASS_HEADS) and not starts_with_place(key) and not (
        key[:1] in LEVEL_ABBREVIATIONS and not NOT_LEVEL_WORDS.match(key))


@functools.lru_cache(maxsize=65536)
def starts_with_place(text: str) -> bool:
    """Whether ``text`` starts with a place of the gazetteer (天水市委: yes; 市委: no)."""
    return load_gazetteer().prefix(text) > 0


def expand_region(text: str, regions: dict[str, Place]) -> str:
    """Spell out a leading level character with the document's place (市纪委 → 天水市纪委).

    >>> expand_region("市纪委", {"市": load_gazetteer().places["天水市"]}), expand_region("市场监管局", {})
    ('天水市纪委', '市场监管局')
    """
    if text.startswith(AUTONOMOUS) and (place := _autonomous_region(text, regions)) is not None:
        return place.name + text[3:]  # 自治区人民政府 → 宁夏回族自治区人民政府
    if text[:1] in regions and not starts_with_place(text) and not NOT_LEVEL_WORDS.match(text):
        return regions[text[0]].name + text[1:]
    return text


def _autonomous_region(text: str, regions: dict[str, Place]) -> Place | None:
    """The document's place a bare 自治区 / 自治州 / 自治县 / 自治旗 at the start of ``text`` stands for."""
    return next((p for p in regions.values() if p.name.endswith(text[:3])), None)


def lowest_place(text: str) -> str:
    """甘肃省定西市人民法院 → 定西市人民法院: a chain of places keeps its last (and its level once, see
    :func:`single_level`), spelled in full where running text shortens it (临夏州委 → 临夏回族自治州委).

    >>> lowest_place("甘肃省临夏州委政法委")
    '临夏回族自治州委政法委'
    """
    last, pos = place_chain(text)
    if not pos:
        return text
    place = load_gazetteer().short_names.get(text[last:pos])
    if place is not None and text[pos - 1] == place.level_char:
        text = text[:last] + place.name + text[pos:]
    return single_level(text[last:])


@functools.lru_cache(maxsize=65536)
def single_level(text: str) -> str:
    """The name with a level character written twice after its place written once (news writes both).

    >>> single_level("渭源县县委"), single_level("定西市市场监管局")
    ('渭源县委', '定西市市场监管局')
    """
    end = place_chain(text)[1]  # after the whole chain of places (鄂尔多斯市伊金霍洛旗旗委)
    return text[:end] + text[end + 1 :] if end > 0 and repeated_level(text, end) else text


def spelled_out(name: str, regions: dict[str, Place]) -> str:
    """A body's name as a label: without its term, its level character spelled out, its level written once.

    >>> spelled_out("九届县县委", {"县": load_gazetteer().places["渭源县"]})
    '渭源县委'
    """
    return single_level(expand_region(_TERM_PREFIX.sub("", name), regions))


def region_of(key: str) -> str | None:
    """The place an organisation's key starts with (天水市委巡察办 → 天水市), None if none.

    >>> region_of("天水市委巡察办"), region_of("县委巡察办")
    ('天水市', None)
    """
    end = load_gazetteer().prefix(key)
    return key[:end] if end > 0 else None


def unnumbered(key: str) -> str:
    """The key without its ordinals (第三巡察组 → 巡察组), to find a body named once with and once without one.

    >>> unnumbered("天水市委第三巡察组"), has_ordinal("天水市委巡察组")
    ('天水市委巡察组', False)
    """
    return _ORDINAL.sub("", key) if "第" in key else key


def has_ordinal(key: str) -> bool:
    """Whether the key holds an ordinal (第三巡察组)."""
    return _ORDINAL.search(key) is not None


@functools.lru_cache(maxsize=65536)
def institution_organ(key: str) -> tuple[str, tuple[str, ...]] | None:
    """For an organ named after the short form of the institution a text is about (校党委, 集团公司纪委): the organ
    and the heads of the institutions the short form stands for; None for any other key.

    >>> institution_organ("校党委"), institution_organ("学校")
    (('党委', ('大学', '学院', '学校', '党校')), None)
    """
    short = max((s for s in INSTITUTION_SHORT_FORMS if key.startswith(s) and len(key) > len(s)), key=len, default=None)
    return None if short is None else (key[len(short) :], INSTITUTION_SHORT_FORMS[short])


class LocalRegions:
    r"""The place a bare level character stands for at one point of a text that names several places of that level:
    the nearest named before it in its paragraph (陇西县……县委 → 陇西县委), else the document's (``regions``).

    >>> text = "渭源县召开会议。\n督察组进驻陇西县。县委表态。\n县委巡察办通报。"
    >>> places = load_gazetteer().find(text)
    >>> regions = {"县": load_gazetteer().places["渭源县"]}
    >>> local = LocalRegions(text, places, regions)
    >>> local.at(text.index("县委表态"), "县委")["县"].name, local.at(text.index("县委巡察办"), "县委巡察办")["县"].name
    ('陇西县', '渭源县')
    """

    def __init__(self, text: str, places: list[tuple[int, int]], regions: dict[str, Place]) -> None:
        gaz = load_gazetteer()
        named: dict[str, list[tuple[int, Place]]] = {}
        for start, end in places:
            place = gaz.places.get(text[start:end])  # spelled out in full: 陇西县, not 陇西
            if place is not None and not elsewhere(text, start):
                named.setdefault(place.level_char, []).append((start, place))
        self.text = text
        self.regions = regions
        self.named = {level: found for level, found in named.items() if len({p for _, p in found}) > 1}
        self.starts = {level: [s for s, _ in found] for level, found in self.named.items()}
        self._variants: dict[str, dict[str, Place]] = {}

    def at(self, start: int, name: str) -> dict[str, Place]:
        """The regions for the bare name ``name`` at ``start``."""
        if not self.named:
            return self.regions  # the common case: one place per level
        level = org_stem(normalise(name))[0][:1]
        found = self.named.get(level)
        if not found:
            return self.regions
        i = bisect.bisect_left(self.starts[level], start) - 1
        if i < 0 or found[i][0] < self.text.rfind("\n", 0, start) + 1:
            return self.regions  # no place of that level named before it in its paragraph
        if self._inside_own_city(found[i][1]):
            return self.regions  # 讷河市纪委监委… 市纪委: a county-level city of the text's city, named in passing
        return self.with_place(found[i][1])

    def _inside_own_city(self, place: Place) -> bool:
        """Whether ``place`` is a county-level city inside the city the document is about (讷河市 in 齐齐哈尔市's)."""
        own = self.regions.get(place.level_char)
        return own is not None and own.level == "city" and place.level == "county" and (
            load_gazetteer().parent(place) == own)

    def with_place(self, place: Place) -> dict[str, Place]:
        """The document's regions with ``place`` at its level (the same dict when it is the document's own)."""
        if self.regions.get(place.level_char) == place:
            return self.regions
        return self._variants.setdefault(place.code, {**self.regions, place.level_char: place})


def document_key(text: str) -> str:
    """Key of a document name: a document cited by name without 《》 is keyed by its full name (宪法 =
    中华人民共和国宪法, 八项规定 = 中央八项规定); a law with or without the state's name by one key (中华人民共和国
    海南自由贸易港法 = 海南自由贸易港法); any other title by itself.

    >>> document_key("中华人民共和国青禾湾保护法") == document_key("青禾湾保护法")
    True
    """
    if (known := DOCUMENT_NAMES.get(text)) is not None:
        return known
    if text.startswith(STATE_NAME) and text.endswith("法") and len(text) > len(STATE_NAME) + 2:
        return DOCUMENT_NAMES.get(text[len(STATE_NAME) :], text[len(STATE_NAME) :])
    return text


STATE_NAME = "中华人民共和国"


@functools.lru_cache(maxsize=65536)
def mech_key(text: str) -> str:
    """Key of a mechanism name: the name without its head word and the generic words before it
    (三反馈机制 → 三反馈, “室组地”联动监督机制 → 室组地联动, as the practice “室组地”联动 is written).

    >>> mech_key("室组地联动监督机制"), mech_key("清单式管理"), mech_key("监督机制")
    ('室组地联动', '清单式', '监督')
    """
    for _ in range(2):
        for head in _MECH_HEADS:
            if text.endswith(head) and len(text) > len(head) + 1:
                text = text[: -len(head)]
                break
        stripped = _MECH_KEY_TAIL.sub("", text)
        text = stripped if len(stripped) >= 2 else text
    return text


NUMBERED = re.compile(ORDINAL)
SIBLING_DISTANCE = 300  # how far back a numbered unit's sibling may stand (within its paragraph)


def named_by_sibling(text: str, found: list[Found]) -> list[Found]:
    """A numbered unit named bare after a sibling with its body (市委第一巡察组…，第二巡察组…): named with that body.

    >>> text = "市委第一巡察组进驻，第二巡察组进驻。"
    >>> [f.name for f in named_by_sibling(text, [Found(0, 7, "ORG"), Found(10, 15, "ORG")])]
    [None, '市委第二巡察组']
    """
    out = list(found)
    for i, f in enumerate(found):
        if text[f.start : f.end] in BARE_COMMISSION_UNITS and f.name is None:
            out[i] = _of_commission(text, found, f, -1)  # 监督检查室和审查调查室协同: the commission's offices
            continue
        if not text.startswith("第", f.start) or (number := NUMBERED.match(text, f.start)) is None:
            continue
        tail = text[number.end() : f.end]  # 派驻纪检监察组 of 第八派驻纪检监察组
        floor = max(text.rfind("\n", 0, f.start), f.start - SIBLING_DISTANCE)
        siblings = [g for g in found if floor < g.start and g.end <= f.start and g.start < g.end - len(tail)
                    and text.endswith(tail, 0, g.end) and (m := NUMBERED.search(text, g.start, g.end - len(tail)))
                    and m.end() == g.end - len(tail) and m.start() > g.start]
        if siblings:
            sibling = max(siblings, key=lambda g: (g.end, g.end - g.start))
            if (own := NUMBERED.search(text, sibling.start, sibling.end - len(tail))) is not None:
                out[i] = f._replace(name=text[sibling.start : own.start()] + text[f.start : f.end])
        elif tail.endswith(COMMISSION_UNITS):
            bare = text[f.start : f.end]  # (中央纪委国家监委第十四监督检查室 … 第十四监督检查室: the one named in full)
            full = [g for g in found if g.end <= f.start and g.end - g.start > len(bare) and text.endswith(
                bare, g.start, g.end) and text.endswith(COMMISSIONS, g.start, g.end - len(bare))]
            named = f._replace(name=text[full[-1].start : full[-1].end]) if full else None
            out[i] = named or _of_commission(text, found, f, -1)
    return out


# the numbered offices only a discipline commission has: 第四监督检查室 alone is the commission's last named
COMMISSION_UNITS = ("监督检查室", "审查调查室", "纪检监察室", "派驻纪检监察组")
COMMISSIONS = ("纪委监委", "纪委", "监委")
# the offices a discipline commission has one of each: named bare in its text, the commission's (信访室 受理)
COMMISSION_OFFICES = ("信访室", "案件监督管理室", "案管室", "案件审理室", "党风政风监督室", "干部监督室")
BARE_COMMISSION_UNITS = frozenset(COMMISSION_UNITS + COMMISSION_OFFICES)  # named with the commission before them


def _of_commission(text: str, found: list[Found], unit: Found, floor: int) -> Found:
    """A commission's numbered office named bare (由第四监督检查室牵头) after a commission, from ``floor`` on:
    named with the nearest.

    >>> text = "市纪委监委成立专班，由第四监督检查室牵头。"
    >>> _of_commission(text, [Found(0, 5, "ORG"), Found(11, 18, "ORG")], Found(11, 18, "ORG"), -1).name
    '市纪委监委第四监督检查室'
    """
    bodies = [g for g in found if floor < g.start and g.end <= unit.start and not g.generic
              and text.endswith(COMMISSIONS, g.start, g.end)]
    if not bodies:
        return unit
    body = max(bodies, key=lambda g: (g.end, g.end - g.start))
    return unit._replace(name=text[body.start : body.end] + text[unit.start : unit.end])
