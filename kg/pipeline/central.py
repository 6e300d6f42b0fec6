"""Central bodies by any of their names (外交部, 中央纪委国家监委, 公安部经济犯罪侦查局), with the central body a longer
name starts with as its parent (国务院 in 国务院办公厅), found by the pattern :class:`kg.pipeline.institutions.
InstitutionFinder` builds from the lexicon (``kg/data/national_bodies.tsv``).

>>> import re
>>> pattern = re.compile("(?:国务院|审计署|海关总署)(?P<bureau>)(?P<institute>(?P<desc>))")
>>> text = "国务院办公厅和审计署、海关总署"
>>> [(text[f.start : f.end], f.nested) for f in central_bodies(text, pattern, {"国务院", "审计署", "海关总署"})]
[('国务院', False), ('审计署', False), ('海关总署', False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from kg.pipeline.anchors import windowed
from kg.pipeline.foreign import after_country
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START
from kg.pipeline.heads import blockers
from kg.pipeline.lexicons import LONG_PLACE
from kg.pipeline.name_repairs import national_end
from kg.pipeline.spans import Found, is_han

PAIR_DASHES = ("—", "-", "－", "–")
# two-character names that end words elsewhere (创建行动, 集中办理, 办案中办案, 全国办理, 中央行动)
SHORT_WORDS = ("建行", "工行", "农行", "中行", "交行", "中办", "国办", "央行")
# the first characters of words ending in 中 (其中, 集中, 高中): a short name starting with 中 after one is no name
ENDS_IN_ZHONG = frozenset("其集之高初空当从心期居命途正暗适折")


def inside_word(text: str, start: int) -> bool:
    """Whether the character before ``start`` joins a word with what starts there (创|建行), not a level or link.

    >>> inside_word("创建行动", 1), inside_word("市建行", 1)
    (True, False)
    """
    return start > 0 and is_han(text[start - 1]) and text[start - 1] not in "省市县区州旗与和及、对向在由同"


# blocs of countries named as their region as often as as a body
BLOCS = frozenset(("东盟", "欧盟", "东南亚国家联盟", "欧洲联盟", "非盟"))
REGION_AFTER = re.compile("国家|市场|地区|区域|班列|航线|方向|各国|等(?:国家|地区|市场|重点)")
REGIONS_NEARBY = re.compile("东亚|中东|中亚|南亚|东南亚|拉美|非洲|欧洲|北美|日韩|港澳|RCEP|“一带一路”")
REGION_BEFORE = re.compile("(?:面向|开拓|深耕|拓展|出口|进口|对|往|至|来自)$")


def _as_region(text: str, start: int, end: int) -> bool:
    """Whether the bloc named at ``start``–``end`` stands for its region (对东盟出口, 拓展东盟、中亚市场), not the body
    (与欧盟委员会会谈, 东盟秘书处).

    >>> _as_region("拓展东盟、中亚市场", 2, 4), _as_region("东盟班列开行", 0, 2), _as_region("东盟发布声明", 0, 2)
    (True, True, False)
    """
    if REGION_AFTER.match(text, end) or REGION_BEFORE.search(text, max(0, start - 2), start):
        return True
    near = text[max(0, start - 8) : end + 8]
    return "、" in near and REGIONS_NEARBY.search(near) is not None


LONG_PLACE_AT = re.compile(LONG_PLACE)


def central_bodies(text: str, pattern: re.Pattern[str], names: Set[str]) -> Iterator[Found]:
    """The central bodies ``pattern`` finds in ``text`` (with an ``institute`` group for an institute named after
    one), and the central bodies their names start with (nested); ``names``: every name of a central body."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        end = national_end(text, m)
        pos = end  # an institute refused gives its words back (审计署应当对海关总署: 海关总署 too)
        if text[m.start() - 1 : m.start()] in PAIR_DASHES:
            continue  # 中国—东盟自贸区: one of a pair of regions, no body
        if after_country(text, m.start()):
            continue  # 俄罗斯联邦外交部: the country's ministry (kg.pipeline.foreign), not China's
        if text[m.start() : end] in BLOCS and _as_region(text, m.start(), end):
            continue  # 面向东盟, 拓展东盟、中亚市场, 东盟班列: the bloc's countries as a market or a region
        if text[m.start()] == "中" and end - m.start() <= 3 and text[m.start() - 1 : m.start()] in ENDS_IN_ZHONG:
            pos = m.start() + 1
            continue  # 其中粮食, 集中建设: the word 其中 or 集中, no 中粮 or 中建
        if text.startswith(SHORT_WORDS, m.start()) and end == m.start() + 2 and inside_word(text, m.start()):
            pos = m.start() + 1
            continue  # 创建行动, 施工行为, 在办案中办案: no bank, no office (市建行, 与工行, 、国办 are)
        if (m.group("institute") and text[m.start("institute")] in blockers(text[m.start() : m.start("institute")])
                and not LONG_PLACE_AT.match(text, m.start("institute"))):
            pos = m.end()
            continue  # 中国银行业协会: no 中国银行 in it (the grammar finds the association)
        if m.group("institute") and _short_institute(text, m):
            yield Found(m.start(), m.start("institute"), "ORG", "national")
            pos = m.start("institute")
            continue  # 奇瑞汽车走进青禾会所: 所 names an institute after an academy only (中科院山西煤化所)
        yield Found(m.start(), end, "ORG", "national")
        yield from _parent(text, m.start(), end, names)  # 国务院 in 国务院金融稳定发展委员会
        if m.group("institute") and end == m.end():  # the central body as its institute's parent
            yield Found(m.start(), m.start("institute"), "ORG", "national", nested=True)


# 中科院山西煤化所, 中国地科院物化探所: an academy's institute by its short name, 所 after two characters or more
SHORT_INSTITUTE = "(?<=[^\\W\\d_]{2})所(?![属有在得以需致谓长])"


def _short_institute(text: str, m: re.Match[str]) -> bool:
    """Whether the institute ``m`` names by a bare 所 stands after a body that is no academy (奇瑞汽车…所).

    >>> m = re.match("(?:中科院|奇瑞汽车)(?P<institute>.{2,6}所)", "奇瑞汽车走进青禾会所")
    >>> _short_institute("奇瑞汽车走进青禾会所", m)
    True
    """
    end = m.end("institute")
    return text[end - 1] == "所" and not text.endswith("研究所", 0, end) and not text.endswith(
        ("院", "中心"), 0, m.start("institute"))


def _parent(text: str, start: int, end: int, names: Set[str]) -> list[Found]:
    """The longest central body whose name starts a longer central body's name, as its parent (nested).

    >>> [(f.start, f.end) for f in _parent("国务院办公厅", 0, 6, {"国务院", "国务院办公厅"})]
    [(0, 3)]
    """
    for cut in range(end - 1, start + 1, -1):
        if text[start:cut] in names:
            refused = text[cut] in blockers(text[start:cut]) and not LONG_PLACE_AT.match(text, cut)  # (交通运输部 +
            if text[cut:end] in names or refused:  # 长江航务管理局)
                return []  # 中央纪委国家监委: two bodies named as one; 中国银行业协会: no 中国银行 in it
            return [Found(start, cut, "ORG", "national", nested=True)]
    return []


# 民建青禾市委会, 九三学社白鹭市委员会, 民盟青禾市委, 民革白鹭市支部: a democratic party's committee or branch of a
# place (no 市委 inside it; 九三学社白鹭市委会同…: the 市委, working with another)
# (the party's short name alone is a word's end too: 村民建设, 居民进行; so the place and level are needed)
DEMOCRATIC_PARTIES = {"民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会",
                      "民进": "中国民主促进会", "农工党": "中国农工民主党", "致公党": "中国致公党",
                      "九三学社": "九三学社", "台盟": "台湾民主自治同盟"}
PARTY_BRANCH = windowed(re.compile("(?<![村居农市公移人国军选网股渔牧灾难烈城藏侨])"
                                   f"(?P<party>{'|'.join(DEMOCRATIC_PARTIES)})[\u4e00-\u9fff]{{2,6}}?"
                                   "(?:自治区|省|市|区|县|州)(?:基层委员会|委员会|委会(?!同)|委(?!员|会(?!同))|总支部|总支|支部)"))
# 政协澄溪区委员会: the CPPCC committee of a place, whether or not the gazetteer knows the place
CPPCC_OF_PLACE = windowed(re.compile("(?:中国人民政治协商会议|政协)(?!委员)[\u4e00-\u9fff]{2,6}?"
                                     "(?:自治区|省|市|区|县|州|旗)(?:第?[一二三四五六七八九十]{1,3}届)?委员会(?![委员])"))


def party_branches(text: str) -> list[Found]:
    """The committees of the democratic parties in places (民盟青禾市委会), each with its party as the parent, and
    the CPPCC committees of places (政协青禾市委员会).

    >>> text = "民建青禾市委会、九三学社白鹭市委会开展调研"
    >>> [(text[f.start : f.end], f.name) for f in party_branches(text)]
    [('民建青禾市委会', None), ('民建', '中国民主建国会'), ('九三学社白鹭市委会', None), ('九三学社', '九三学社')]
    """
    found = [Found(m.start(), m.end(), "ORG", "organisation") for m in CPPCC_OF_PLACE.finditer(text)]
    for m in PARTY_BRANCH.finditer(text):
        found += [Found(m.start(), m.end(), "ORG", "party"), Found(m.start(), m.end("party"), "ORG", "national",
                                                                   nested=True, name=DEMOCRATIC_PARTIES[m["party"]])]
    return found


# 湖南监管局, 株洲监管分局, 黔东南金融监管分局: the financial regulator's office of a place, named by the place alone
# in a text about finance (not 市场监管局, 煤矿安全监管局: a field before 监管; not after 总局: the full name, found
# whole; 福安市金融监管支局: named with its place's level, a name as written)
REGULATOR = "国家金融监督管理总局"
REGULATOR_OFFICE = re.compile(f"(?<!总局)(?:{PLACE_START}{PLACE_CONT}*)"
                              "(?P<office>(?P<finance>金融)?监管(?:分局|支局|局))(?![长员])")


def regulator_offices(text: str, masked: str) -> list[Found]:
    """The financial regulator's offices named by their place (株洲监管分局), each with the regulator's full name;
    ``masked``: ``text`` with its places masked.

    >>> text = "株洲监管分局开展检查"
    >>> masked = PLACE_START + PLACE_CONT + text[2:]
    >>> [f.name for f in regulator_offices("金融" + text, "金融" + masked)]
    ['国家金融监督管理总局株洲监管分局']
    """
    if "金融" not in text or "监管" not in text:
        return []
    return [Found(m.start(), m.end(), "ORG", "national",
                  name=REGULATOR + text[m.start() : m.start("finance")] + text[m.end("finance") : m.end()]
                  if m.group("finance") else REGULATOR + text[m.start() : m.end()])
            for m in REGULATOR_OFFICE.finditer(masked) if text[m.start("office") - 1] not in "省市县区州旗"]
