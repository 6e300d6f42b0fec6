"""Chinese administrative divisions: which strings are places, and which place contains which.

A region prefix is the strongest left boundary an organisation name has (定西市 + 人民政府), and the
containment tree lets a bare 省委 in a text about 天水市 resolve to 甘肃省委. The table covers every province,
prefecture and county of the PRC, so it knows cities no dev text mentions.

Examples
--------
>>> gaz = load_gazetteer()
>>> gaz.places["定西市"].level
'city'
>>> gaz.parent(gaz.places["渭源县"]).name
'定西市'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from kg.pipeline.spans import is_han, trie_regex

LEVEL_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "特别行政区",
                  "地区", "林区", "省", "市", "县", "区", "州", "盟", "旗")


@dataclass(frozen=True)
class Place:
    """One administrative division."""

    code: str
    name: str
    level: str  # province | city | county

    @property
    def short(self) -> str:
        """The name without its level word (甘肃省 → 甘肃); empty when that leaves one character."""
        for suffix in LEVEL_SUFFIXES:
            if self.name.endswith(suffix) and len(self.name) - len(suffix) >= 2:
                return self.name[: -len(suffix)]
        return ""

    @property
    def level_char(self) -> str:
        """The level character a bare reference uses: 市 for 定西市 and 玉门市, 县 for 渭源县."""
        last = self.name[-1]
        return "省" if self.level == "province" else last


@dataclass
class Gazetteer:
    """Places by full name and short name, the name lengths by first two characters, and a regex (longest first)."""

    places: dict[str, Place]
    by_code: dict[str, Place]
    short_names: dict[str, Place]

    def __post_init__(self) -> None:
        self.names = frozenset(self.places) | frozenset(self.short_names)
        heads: dict[str, set[int]] = {}
        for name in self.names:  # every name has two characters or more
            heads.setdefault(name[:2], set()).add(len(name))
        # a name can start only where one of these pairs stands: one look-up rejects most positions of a text
        self._heads = {head: sorted(lengths, reverse=True) for head, lengths in heads.items()}
        # the positions where a pair's first and second characters could stand, found by re (about one in eight)
        firsts, seconds = ("".join(sorted({head[i] for head in heads})) for i in (0, 1))
        self._pair_starts = re.compile(f"(?=[{re.escape(firsts)}][{re.escape(seconds)}])")

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """A regex matching any place name, the longest where several start at one position."""
        return re.compile(trie_regex(self.names))

    def prefix(self, text: str, pos: int = 0) -> int:
        """End of the longest place name starting at ``pos`` in ``text``, or -1 (``pattern.match``, faster).

        >>> gaz = load_gazetteer()
        >>> gaz.prefix("定西市渭源县"), gaz.prefix("定西市渭源县", 3), gaz.prefix("市委"), gaz.prefix("定西", 0)
        (3, 6, -1, 2)
        """
        for length in self._heads.get(text[pos : pos + 2], ()):
            if pos + length <= len(text) and text[pos : pos + length] in self.names:
                return pos + length
        return -1

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of place names in ``text``, leftmost-longest, not overlapping (as ``pattern.finditer`` finds them;
        a pair look-up per position is about twice as fast as an Aho–Corasick automaton, and 3x the regex; where
        no pair's characters stand, re skips the position: 2–3x faster again).

        >>> load_gazetteer().find("甘肃省定西市委和县委")  # 和县 here is 和 + 县委
        [(0, 3), (3, 6)]
        """
        spans, done = [], 0
        heads, names = self._heads, self.names
        for candidate in self._pair_starts.finditer(text):  # the other positions start no name
            pos = candidate.start()
            lengths = heads.get(text[pos : pos + 2]) if pos >= done else None
            end = next((pos + n for n in lengths if text[pos : pos + n] in names and pos + n <= len(text)),
                       -1) if lengths else -1
            if end >= 0:
                spans.append((pos, end))
                done = end
        found = [(s, e) for i, (s, e) in enumerate(spans)
                 if not self._word_not_place(text, s, e, spans[i - 1] if i else None)]
        return [span for s, e in found for span in ((s, e), *self._county_by_short_name(text, s, e))]

    def _county_by_short_name(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A county named without its level right after its city (成都市武侯生态环境局: 武侯 of 武侯区, 成都市's).

        >>> load_gazetteer().find("会同成都市武侯生态环境局")
        [(2, 5), (5, 7)]
        """
        city = self.places.get(text[start:end])
        short = text[end : end + 2]
        if city is None or city.level != "city" or len(short) < 2 or not all(map(is_han, short)):
            return []
        if any(text.startswith(level, end + 2) for level in COUNTY_SUFFIXES):
            return []  # 长治市潞城区: the county by its full name (潞城市 is another name of it)
        return [(end, end + 2)] if self.county_by_short_name(short, within=city, levels=COUNTY_SUFFIXES) else []

    @staticmethod
    def _word_not_place(text: str, start: int, end: int, previous: tuple[int, int] | None) -> bool:
        """会同县 in 县应急管理局会同县消防救援大队: a county named like a common word, inside a sentence, is the
        word."""
        if start > 0 and text[start - 1 : start + 1] in WORDS_INTO_NAMES:
            return True  # 担任县政府法律顾问, 提高县级医院: the word (担任, 提高), no 任县 or 高县
        if end - start == 2 and text[start + 1] in "县旗" and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" \
                and text[start - 1] not in BEFORE_A_PLACE and (previous is None or previous[1] != start):
            return True  # 芷岚县纪委监委: a longer name the gazetteer lacks ends in a one-character county's (岚县)
        if text[start:end - 1] not in WORDLIKE_NAMES or start == 0:
            return False
        if text[end - 1] == "市" and text[start - 1] in BEFORE_A_PLACE:
            return False  # 由大同市监委: a city after a preposition (no word ends in 市 there)
        if previous is not None and previous[1] == start:
            return False  # right after another place (怀化市会同县) it is the county
        if text[start - 1] == "、":
            return False  # 、和顺县人民医院: after a list's comma no conjunction or verb starts an item
        if not ("\u4e00" <= text[start - 1] <= "\u9fff"):
            # at a clause's start (。会同县农业农村局、县财政局开展…) the verb, unless the text names the county where
            # no verb can stand (at the text's start, after its city: 怀化市会同县, after 在/对/赴)
            return not any(i == 0 or text[i - 1] in NAMED_AS_PLACE for i in _occurrences(text, text[start:end]))
        return True

    def county_by_short_name(self, short: str, *, within: Place | None = None,
                             levels: Iterable[str] = "区县市") -> Place | None:
        """The county named ``short`` without its level (玉州 of 玉州区, 秦州 of 秦州区), if any: the first of
        ``levels`` that makes a county's name, of the city ``within`` when one is given.

        >>> gazetteer = load_gazetteer()
        >>> gazetteer.county_by_short_name("秦州").name, gazetteer.county_by_short_name("各州")
        ('秦州区', None)
        >>> gazetteer.county_by_short_name("秦州", within=gazetteer.places["兰州市"])
        """
        return next((p for level in levels if (p := self.places.get(short + level)) is not None
                     and p.level == "county" and (within is None or self.parent(p) is within)), None)

    def parent(self, place: Place) -> Place | None:
        """The division directly containing ``place`` (county → city → province)."""
        code = place.code
        parent_code = code[:2] + "0000" if place.level == "city" else code[:4] + "00"
        if place.level == "province":
            return None
        found = self.by_code.get(parent_code)
        if found is None and place.level == "county":
            return self.by_code.get(code[:2] + "0000")
        return found

    def resolve(self, text: str) -> Place | None:
        """The place a full or short name stands for."""
        return self.places.get(text) or self.short_names.get(text)


COUNTY_SUFFIXES = ("区", "县", "市", "旗")  # the levels a county-level place's name ends with


# what before a word-like county's name makes it the county (怀化市会同县, 在会同县)
NAMED_AS_PLACE = frozenset("省市州盟在对赴驻")


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text``.

    >>> list(_occurrences("会同县，会同县", "会同县"))
    [0, 4]
    """
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


# Counties whose name (without its level character) is an ordinary word of governance text (和县 in 市委和县委).
# words whose last character starts a place's name (任县, 任城, 高县): before a level, the word, not the place
WORDS_INTO_NAMES = frozenset([c + "任" for c in "担现兼出曾历原调转拟时继留连聘"]
                             + ["提高", "最高", "较高", "更高", "不高"])
# what may stand right before a place's name: a preposition, a conjunction, a verb of going or helping, a date
# (2026年威县), a higher level's character
BEFORE_A_PLACE = frozenset("在对向与和及、的是为由经把将给从到至于等各全本该据并赴去往来驻入出访助援帮连同原今即"
                           "年月日号届省市州盟")
WORDLIKE_NAMES = {"和", "会同", "合作", "新建", "前进", "南部", "平安", "东方", "和平", "共和", "安定", "太平", "城关",
                  "新华", "新城", "永安", "康乐", "和顺", "红旗", "长安", "大同", "永和",
                  "城", "郊", "矿"}  # (城区, 郊区, 矿区: districts of several cities, and words: 主城区, 港城区)

# Place names are masked to these private-use characters before the institution grammar runs, so its
# regex matches "a place" with one character class instead of trying thousands of names at every position.
PLACE_START, PLACE_CONT = "\ue000", "\ue001"
DOMAIN_AFTER = re.compile("事务办公室|工作办公室")  # after a place's name: the office of work about it (台湾事务办公室)


def mask_places(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with each place name replaced by PLACE_START + PLACE_CONT… (same length, same offsets).

    >>> mask_places("在甘肃省定西市") == "在" + PLACE_START + PLACE_CONT * 2 + PLACE_START + PLACE_CONT * 2
    True
    """
    if spans is None:
        spans = load_gazetteer().find(text)
    if PLACE_START in text or PLACE_CONT in text:  # the input's own private-use characters are no places
        text = text.replace(PLACE_START, "\ufffd").replace(PLACE_CONT, "\ufffd")
    pieces, pos = [], 0
    for start, end in spans:
        if DOMAIN_AFTER.match(text, end):
            continue  # 台湾事务办公室, 县委台湾工作办公室: a domain of work, no place the body is of
        end += repeated_level(text, end)
        pieces += [text[pos:start], PLACE_START, PLACE_CONT * (end - start - 1)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def place_end(masked: str, start: int) -> int:
    """The end of the masked place name starting at ``start`` in ``masked`` (:func:`mask_places`).

    >>> place_end("在" + PLACE_START + PLACE_CONT * 2 + "市委", 1)
    4
    """
    end = start + 1
    while end < len(masked) and masked[end] == PLACE_CONT:
        end += 1
    return end


# The level characters a place of the table ends with and a bare reference uses (市委, 县政府, 旗纪委).
LEVEL_CHARS = "省市县区州旗盟"
LEVEL_REPEATED_BEFORE = re.compile("委|政府|人民|人大|政协|纪委|监委|党委")


def repeated_level(text: str, end: int) -> int:
    """1 if the place ending at ``end`` repeats its level character before a body (渭源县县委, 定西市市委巡察办:
    the level stands twice, as news often writes it), else 0 (定西市市场监管局 is 定西市 + 市场监管局).

    >>> repeated_level("渭源县县委", 3), repeated_level("定西市市场监管局", 3)
    (1, 0)
    """
    level = text[end - 1 : end]
    if level in LEVEL_CHARS and text[end : end + 1] == level and LEVEL_REPEATED_BEFORE.match(text, end + 1):
        return 1
    return 0


# Peoples named in autonomous divisions (临夏回族自治州, 积石山保安族东乡族撒拉族自治县); 各族: of all of them.
PEOPLES = """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇
柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 普米 塔吉克 怒 鄂温克 保安 裕固 独龙 鄂伦春 各""".split()
AUTONOMOUS = re.compile(rf"(?P<core>[\u4e00-\u9fff]{{2,}}?)(?:(?:{trie_regex(PEOPLES)})族?)+自治(?P<level>[州县旗])")


def autonomous_short_names(place: Place) -> list[str]:
    """How an autonomous prefecture, county or banner is called in running text: its name without the peoples,
    with its level (临夏州, 积石山县), and for a prefecture the bare name too (临夏).

    >>> autonomous_short_names(Place("622900", "临夏回族自治州", "city"))
    ['临夏州', '临夏']
    >>> autonomous_short_names(Place("622927", "积石山保安族东乡族撒拉族自治县", "county"))
    ['积石山县']
    """
    m = AUTONOMOUS.fullmatch(place.name)
    if m is None:
        return []
    return [m["core"] + m["level"]] + ([m["core"]] if place.level == "city" else [])


def as_the_text_names_it(name: str, text: str) -> str:
    """A body's ``name`` spelled out with an autonomous prefecture or county, written with the place as ``text``
    writes it: its short form (黔东南州) when the text never writes the full name (a label, not a key).

    >>> as_the_text_names_it("中共黔东南苗族侗族自治州委", "黔东南州委组织部通报。州委决定…")
    '中共黔东南州委'
    >>> as_the_text_names_it("黔东南苗族侗族自治州财政局", "黔东南苗族侗族自治州财政局（州财政局）")
    '黔东南苗族侗族自治州财政局'
    """
    party = 2 if name.startswith("中共") else 0
    m = AUTONOMOUS.match(name, party)
    if m is None or m.group() in text or (short := m["core"] + m["level"]) not in text:
        return name
    return name[:party] + short + name[m.end():]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the bundled division table (cached: one copy per process)."""
    places: dict[str, Place] = {}
    by_code: dict[str, Place] = {}
    text = resources.files("kg").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, level = line.split("\t")
        place = Place(code, name, level)
        by_code[code] = place
        # a name used twice (朝阳区 in two cities) keeps its first, higher-level entry
        places.setdefault(name, place)
    short_names: dict[str, Place] = {}
    for place in places.values():
        if place.level in ("province", "city") and place.short and place.short not in places:
            short_names.setdefault(place.short, place)
        for short in [*autonomous_short_names(place), *former_county(place), *sar_short_names(place)]:
            if short not in places:
                short_names.setdefault(short, place)
    return Gazetteer(places, by_code, short_names)


def sar_short_names(place: Place) -> list[str]:
    """How a special administrative region is called in running text besides its bare name: 香港特区.

    >>> sar_short_names(Place("810000", "香港特别行政区", "province"))
    ['香港特区']
    >>> sar_short_names(Place("620526", "礼县", "county"))
    []
    """
    return [place.name[: -len("特别行政区")] + "特区"] if place.name.endswith("特别行政区") else []


def former_county(place: Place) -> list[str]:
    """The county a district was before it became one (崇礼区: 崇礼县), as older texts still call it; so a text's
    崇礼县 is that place, never 礼县 after a stray character.

    >>> former_county(Place("130709", "崇礼区", "county")), former_county(Place("620526", "礼县", "county"))
    (['崇礼县'], [])
    """
    core = place.name[:-1]
    if place.level != "county" or not place.name.endswith("区") or len(core) < 2 or core in WORDLIKE_NAMES:
        return []
    return [core + "县"]

