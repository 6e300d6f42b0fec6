"""A body's internal units listed after 内设机构 (a department's page of its functions): each is a unit of that
body, named with it, whether the list runs one unit a line (1.办公室：负责…) or on one line (内设机构：办公室、法规科);
and units of one kind listed after the first, named with its body (市公安局交警支队、治安支队: both the bureau's).

The body is the one the text is about: the first body named whose kind the list's sentence names (局机关设下列6个
内设机构: the first 局), or the text's first body when the sentence names none.

Examples
--------
>>> text = "白鹭县水利局机构职能\\n局机关设下列2个内设机构：\\n1.办公室：负责日常运转。\\n2.河湖管理科：负责河湖管理。"
>>> [(text[f.start : f.end], f.name) for f in listed_units(text, [Found(0, 6, "ORG")])]
[('办公室', '白鹭县水利局办公室'), ('河湖管理科', '白鹭县水利局河湖管理科')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from kg.pipeline.free_names import subtype
from kg.pipeline.gazetteer import PLACE_START, load_gazetteer, place_end
from kg.pipeline.spans import Found, is_han

# 局机关设下列6个内设机构, 市住建局设下列内设机构: the kind of the body whose units follow (the body named right before,
# else the first of that kind); a bare 内设机构 (内设机构：…) names none
SETTING_UP = "(?:机关)?(?:内设|下设|设)"  # (局机关设, 市局内设: the verb after the body whose units follow)
SETS_UNITS_KIND = re.compile(SETTING_UP)
KIND_OPENING = re.compile(f"(?P<kind>[局厅委部院署办]){SETTING_UP}[^。\n]{{0,12}}?内设机构")
LIST_OPENING = re.compile("内设机构(?![和及、])")  # (…职能配置、内设机构和人员编制规定: a title's words, no list)
_UNIT = "[\u4e00-\u9fff]{1,14}?(?:办公室|科|处|室|股|局|司|厅|中心|大队|支队|部|所)"
# 1.办公室：, （二）规划科，, 三、财务室: one unit opening a line, before a colon or a comma
_ENUMERATOR = r"(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
LINE_ITEM = re.compile(rf"[ \t　]*{_ENUMERATOR}[ \t　]*(?P<name>{_UNIT})(?=[：:，,。])")
INLINE_ITEM = re.compile(rf"(?<=[：:、，,和及])(?P<name>(?![和及]){_UNIT})(?=[、，,和及。；;]|$)")
# 市生态环境局内设办公室、法规处…，另设机关党委; 市公安局机关设有指挥中心、政治部…等部门: units right after their body
SETS_UNITS = re.compile("(?:机关)?(?:内设|下设|设有)(?=[\u4e00-\u9fff])|机关设(?![立置计])")  # (局机关设综合司、…)
DIRECT_ITEM = re.compile(rf"(?P<name>(?![和及等]){_UNIT}|机关党委)(?=[、，,和及。；;等]|$)")
# 本局内设, 局机关内设, 本局内设13个处室，主要包括: the body the text is about lists its own units
OWN_BODY_SETS = re.compile("(?:本|(?<![\u4e00-\u9fff])|[，,。；;：:\n])(?P<kind>[局厅委部院署])(?:机关)?"
                           "(?:内设|下设|设有)(?:[\\d一二三四五六七八九十]+个[\u4e00-\u9fff]{1,4}(?:（[^）]{1,8}）)?[，,]?(?:主要)?"
                           "(?:包括|有|分别为|为)[：:]?)?")
OTHERS = re.compile("等[^，,。；;\n]{0,8}[，,]另设|[，,]另设")
MAX_LINES = 20
# 下属二级单位包括A、B和C; 所属事业单位2个，分别为A和B: the bodies a body owns, listed
OWNED_LIST = re.compile("(?:所属|下属|直属)的?(?:二级|三级)?(?:事业单位|单位|企业|机构)"
                        "(?:[\\d一二三四五六七八九十两]+[个家])?[，,]?(?:主要)?(?:包括|有|分别为|分别是|为)[：:]?")
_OWNED_HEADS = ("站", "所", "中心", "院", "馆", "队", "处", "室", "科", "局", "学校", "中学", "小学", "医院", "公司",
                "集团", "台", "场", "园", "社", "会")
OWNED_ITEM = re.compile(f"(?P<name>[^\\W\\d_、，。；;：:等的]{{3,20}}?(?:{'|'.join(_OWNED_HEADS)}))"
                        "(?=[、，,。；;和及等]|$)")


def listed_units(text: str, found: list[Found]) -> list[Found]:
    """The units listed after each 内设机构 in ``text``, or right after a body and 内设/下设/设有, named with the body
    ``found`` they belong to.

    >>> text = "市公安局机关设有指挥中心、政治部等部门，另设交通警察支队。"
    >>> [(text[f.start : f.end], f.name) for f in listed_units(text, [Found(0, 4, "ORG")])]
    [('指挥中心', '市公安局指挥中心'), ('政治部', '市公安局政治部'), ('交通警察支队', '市公安局交通警察支队')]
    """
    if "内设" not in text and "设有" not in text and "下设" not in text and "机关设" not in text:
        return []
    bodies = [f for f in found if not f.generic and not f.nested]
    out: list[Found] = []
    for body in bodies:
        if (verb := SETS_UNITS.match(text, body.end)) is not None:
            parent = _without_offices(_full_name(text, bodies, body))
            items = list(_direct_items(text, verb.end()))
            if len(items) > 1:  # (市局下设指挥中心: one unit a body's own name may hold; a list is the body's)
                out += _named_units(text, parent, items)
    for m in OWN_BODY_SETS.finditer(text):  # 本局内设办公室、财务处等9个处室: the units of the body the text is about
        of_kind = [f for f in bodies if f.end <= m.start() and text[f.end - 1] == m.group("kind")]
        at = text_body(text, [(f.start, f.end, f.name or text[f.start : f.end]) for f in of_kind])
        items = list(_direct_items(text, m.end())) if at is not None else []
        if at is not None and len(items) > 1:
            parent = _full_name(text, bodies, of_kind[at])
            out += _named_units(text, parent, items)
    kinds = {m.end(): m.group("kind") for m in KIND_OPENING.finditer(text)}
    for opening in LIST_OPENING.finditer(text):
        kind = kinds.get(opening.end())
        owner = _owner(text, bodies, opening.start(), kind)
        if owner is None:
            continue
        parent = _full_name(text, bodies, owner)
        out += _named_units(text, parent, _items(text, opening.end()))
    return out


def _named_units(text: str, parent: str, items: Iterable[tuple[int, int]]) -> list[Found]:
    """The units at ``items`` (their spans), each named with its body ``parent`` (办公室: 市林业局办公室)."""
    return [Found(start, end, "ORG", subtype(text[start:end]), name=parent + text[start:end]) for start, end in items]


CITED_AFTER = ("根据", "按照", "依据", "依照", "受")  # (根据市财政局要求，现将市林业局…: an authority cited)


def text_body(text: str, bodies: list[tuple[int, int, str]]) -> int | None:
    """The index in ``bodies`` (start, end, name) of the one the text is about: the name said most often, of its
    mentions the first; one cited as an authority (根据市财政局要求) only when there is no other.

    >>> text = "根据市财政局要求，现将市林业局决算说明如下。"
    >>> text_body(text, [(2, 6, "市财政局"), (11, 15, "市林业局")])
    1
    """
    counts = Counter(name for _, _, name in bodies)
    ranked = [(counts[name], not text.endswith(CITED_AFTER, 0, start), -i) for i, (start, _, name) in enumerate(bodies)]
    return -max(ranked)[2] if ranked else None


def owned_bodies(text: str) -> list[Found]:
    """The bodies listed after 下属二级单位包括 or 所属事业单位分别为, each by its own name (the relations step makes
    them part of their owner).

    >>> text = "县水利局下属二级单位包括县水文站、县河道管理所和县节约用水服务中心。"
    >>> [text[f.start : f.end] for f in owned_bodies(text)]
    ['县水文站', '县河道管理所', '县节约用水服务中心']
    """
    out: list[Found] = []
    if "属" not in text:
        return out
    for m in OWNED_LIST.finditer(text):
        pos = m.end()
        while (item := OWNED_ITEM.match(text, pos)) is not None:
            out.append(Found(item.start(), item.end(), "ORG", subtype(item.group())))
            pos = item.end() + (text[item.end() : item.end() + 1] in ("、", "和", "及"))
            if pos == item.end():
                break
    return out


def _full_name(text: str, bodies: list[Found], body: Found) -> str:
    """``body``'s name, in full when it is a short form (市生态环境局) of a body named before it (霁川市生态环境局).

    >>> text = "霁川市生态环境局召开会议。市生态环境局内设办公室"
    >>> _full_name(text, [Found(0, 8, "ORG"), Found(13, 19, "ORG")], Found(13, 19, "ORG"))
    '霁川市生态环境局'
    """
    name = body.name or text[body.start : body.end]
    if name[:1] not in SHORT_LEVELS:
        return name
    fuller = [full for f in bodies if f.end <= body.start
              and len(full := f.name or text[f.start : f.end]) > len(name) and full.endswith(name)]
    return fuller[-1] if fuller else name


SHORT_LEVELS = frozenset("省市县区州旗")


def _without_offices(name: str) -> str:
    """A body's name without 机关 (市公安局机关 设有…: the bureau's units).

    >>> _without_offices("市公安局机关"), _without_offices("市公安局")
    ('市公安局', '市公安局')
    """
    return name[:-2] if name.endswith("机关") and len(name) > 4 else name


def _owner(text: str, bodies: list[Found], named_at: int, kind: str | None) -> Found | None:
    """The body whose units a list opening at ``named_at`` names: the body of ``kind`` named right before the verb
    in its sentence, else the first body of that kind named before it (any kind when ``kind`` is None)."""
    before = [f for f in bodies if f.end <= named_at and (kind is None or text[f.end - 1] == kind)]
    sentence_start = max(text.rfind("。", 0, named_at), text.rfind("\n", 0, named_at))
    close = [f for f in before if f.start > sentence_start and SETS_UNITS_KIND.match(text, f.end)]
    return max(close, key=lambda f: f.end) if close else next(iter(before), None)



def _direct_items(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The spans of the units listed from ``pos`` (内设 A、B和C，另设D): names of units joined by 、和及."""
    while (m := DIRECT_ITEM.match(text, pos)) is not None:
        yield m.span("name")
        pos = m.end()
        if text[pos : pos + 1] in ("、", "和", "及"):
            pos += 1
        elif (others := OTHERS.match(text, pos)) is not None:
            pos = others.end()
        else:
            return


def _items(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The spans of the units listed from ``pos``: on the rest of its line after a colon, else one a line on the
    lines that follow (up to the first line that opens with no unit)."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    colon = re.compile("[：:]").search(text, pos, line_end)
    if colon is not None and line_end - colon.end() > 1:
        yield from (m.span("name") for m in INLINE_ITEM.finditer(text, colon.end(), line_end))
        return
    start = line_end + 1
    for _ in range(MAX_LINES):
        if start >= len(text):
            return
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            if (m := LINE_ITEM.match(text, start, end)) is None:
                return
            yield m.span("name")
        start = end + 1


# the kinds of units a body has several of, named each by what or where it serves (德清分局、安吉分局)
SIBLING_HEADS = ("分局", "支队", "大队", "中队", "派出所", "司法所", "法庭", "分院", "分行", "支行", "分公司", "检察室",
                 "管理所", "管理站", "监督站", "财政所", "供电所")
# the kinds of those a town or a quarter names alone (白鹭派出所, 城南司法所, 青石中队)
PLACE_NAMED = frozenset(("派出所", "司法所", "中队", "法庭", "检察室", "财政所", "供电所"))
LIST_MARKS = frozenset("、和及")
_SIBLING = re.compile(f"[、和及](?P<name>[\u4e00-\u9fff]{{1,8}}?(?:{'|'.join(SIBLING_HEADS)}))(?![长员])")


def listed_siblings(text: str, found: list[Found]) -> list[Found]:
    """Units of one kind listed right after a body's unit (湖州市生态环境局德清分局、安吉分局), each named with that
    body: the unit's own name is the body's, then what is listed.

    >>> text = "市公安局交警支队、治安支队和巡特警支队联合整治"
    >>> [(text[f.start : f.end], f.name) for f in listed_siblings(text, [Found(0, 4, "ORG"), Found(0, 8, "ORG")])]
    [('治安支队', '市公安局治安支队'), ('巡特警支队', '市公安局巡特警支队')]
    """
    out: list[Found] = []
    for unit in found:
        if text[unit.end : unit.end + 1] not in LIST_MARKS or unit.generic:
            continue  # (most names: no list after them; checked first)
        head = next((h for h in SIBLING_HEADS if text.endswith(h, unit.start, unit.end)), None)
        if head is None:
            continue
        parents = [f.end for f in found if f.start == unit.start and f.end < unit.end - len(head) and not f.generic]
        if parents:
            body = (unit.name or text[unit.start : unit.end])[: max(parents) - unit.start]
        elif head in PLACE_NAMED and unit.end - unit.start - len(head) in (2, 3) and unit.name is None:
            body = ""  # 白鹭派出所、青石派出所: stations named by their places alone, each a body as written
        else:
            continue
        pos = unit.end
        while (m := _SIBLING.match(text, pos)) is not None and m.group("name").endswith(head) \
                and m.group("name")[0] not in SHORT_LEVELS and load_gazetteer().prefix(m.group("name")) < 0:
            # (…平谷分局和区公安分局, …佳木斯支队和佳木斯市消防救援支队: a body of its own place)
            out.append(Found(m.start("name"), m.end("name"), "ORG", subtype(m.group("name")),
                             name=body + m.group("name")))
            pos = m.end()
    return out


# 凯里、榕江、黎平等监管支局, 沂南、蒙阴、平邑三家农商银行: places by their short names sharing the head after them
SHARED_HEADS = tuple("""农村商业银行 农商银行 村镇银行 农村信用合作联社 监管支局 监管分局 税务分局 公安分局 分局 派出所
人民法庭 法庭 司法所 供电所 供电公司 卫生院 海关""".split())
SHARED_HEAD = re.compile("(?:等|[两三四五六七八九十\\d]+(?:家|个|所))?(?P<head>" + "|".join(SHARED_HEADS) + ")")
PLACES_BEFORE = re.compile("(?:[\u4e00-\u9fff]{2}、){1,8}[\u4e00-\u9fff]{2}$")  # (searched back from the head)


def short_place_lists(text: str) -> list[Found]:
    """The bodies of places listed by their short names before one head (凯里、榕江、黎平等监管支局): each place's
    words a body named with the head (凯里监管支局), when every item is a place the gazetteer knows.

    >>> text = "沂南、蒙阴、平邑三家农商银行推出贷款产品"
    >>> [(text[f.start : f.end], f.name) for f in short_place_lists(text)]
    [('沂南', '沂南农商银行'), ('蒙阴', '蒙阴农商银行'), ('平邑', '平邑农商银行')]
    """
    if "、" not in text:
        return []
    gazetteer = load_gazetteer()
    out = []
    for head in SHARED_HEAD.finditer(text):
        m = PLACES_BEFORE.search(text, max(0, head.start() - 26), head.start())
        if m is None:
            continue
        items = m.group().split("、")
        if m.start() > 0 and is_han(text[m.start() - 1]) and text[m.start() - 1] not in "在对向与和及等由从":
            continue  # (the first item's words would go on before it: no list of places)
        if not all(gazetteer.resolve(item) or gazetteer.county_by_short_name(item) for item in items):
            continue
        pos = m.start()
        for item in items:
            out.append(Found(pos, pos + len(item), "ORG", subtype(head["head"]), name=item + head["head"]))
            pos += len(item) + 1
    return out


# 泸州、自贡、内江三市公共资源交易中心, 湄潭、凤冈、正安三县农业农村局: the bodies of places listed and counted, one
# class of them as the annotated texts name it (no 内江三市…中心, no 三县农业农村局 of its own)
COUNTED_LEVEL = re.compile("[两三四五六七八九十]+[省市县区州旗]")
COUNTED_PLACES = re.compile("(?:[\u4e00-\u9fff]{2,4}、){1,8}[\u4e00-\u9fff]{2,4}$")  # (searched back from the count)


def counted_place_lists(text: str, found: list[Found]) -> list[Found]:
    """Each found body named by a count of places (三市检察院, 内江三市…) after a list of them, as one class named
    with the list (九江、南昌、上饶三市检察院).

    >>> text = "九江、南昌、上饶三市检察院建立机制"
    >>> [(text[f.start : f.end], f.generic) for f in counted_place_lists(text, [Found(6, 13, "ORG")])]
    [('九江、南昌、上饶三市检察院', True)]
    """
    out = []
    for f in found:
        count = COUNTED_LEVEL.search(text, f.start, min(f.end, f.start + 8))
        if count is not None and not f.nested and (
                places := COUNTED_PLACES.search(text, max(0, count.start() - 40), count.start())) is not None \
                and places.start() <= f.start < count.start() + 1 and (start := _places_start(places)) is not None:
            f = f._replace(start=start, generic=True, subtype="class", name=None)
        out.append(f)
    return out


def _places_start(places: re.Match[str]) -> int | None:
    """Where a list of places' names ends the match ``places`` starts (past the words before its first item), if
    every item is a place the gazetteer knows."""
    gazetteer = load_gazetteer()
    items = places.group().split("、")
    if not all(gazetteer.resolve(item) or gazetteer.county_by_short_name(item) for item in items[1:]):
        return None
    first = items[0]
    cut = next((k for k in range(len(first) - 1) if gazetteer.resolve(first[k:]) or gazetteer.county_by_short_name(
        first[k:])), None)
    return None if cut is None else places.start() + cut


# 国家矿山安全监察局山西局吕梁分局: a bureau's branch in a place, named right after the bureau
BRANCH_OFFICE = re.compile("[市县区州旗盟]?(?:监管分局|分局|支局)(?![长])")


def bureau_branches(text: str, masked: str, found: list[Found]) -> list[Found]:
    """The branches a bureau has in a place, named right after it (…山西局吕梁分局), whole, and the bureau as their
    parent (nested); ``masked``: the text with its places masked.

    >>> from kg.pipeline.gazetteer import mask_places
    >>> text = "国家矿山安全监察局山西局吕梁分局开展检查"
    >>> found = bureau_branches(text, mask_places(text, [(12, 14)]), [Found(0, 12, "ORG")])
    >>> [(text[f.start : f.end], f.nested) for f in found]
    [('国家矿山安全监察局山西局吕梁分局', False), ('国家矿山安全监察局山西局', True)]
    """
    out = []
    for bureau in found:
        if bureau.generic or bureau.nested or not text.endswith("局", bureau.start, bureau.end) or (
                masked[bureau.end : bureau.end + 1] != PLACE_START):
            continue
        if (branch := BRANCH_OFFICE.match(text, place_end(masked, bureau.end))) is not None:
            out += [Found(bureau.start, branch.end(), "ORG", bureau.subtype), bureau._replace(nested=True)]
    return out

