"""Companies: named from a place (甘肃天水电气传动研究所有限责任公司) or by a brand at a clean edge (中储粮集团公司),
never one of a kind (一家外贸有限公司)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START, place_end
from kg.pipeline.lexicons import BOUNDARY_WORDS
from kg.pipeline.spans import HAN, Found, extend_left, fast_start, has_boundary_word, is_han, last_match, stem_start
from kg.pipeline.verbs import read_data, read_rows

# characters a name from a place to its head never spans (等 may: 高等专科学校)
NOT_IN_NAME = set("的在到对与和及或向把将被由从为是了")
NOT_FROM_PLACE = NOT_IN_NAME | {"就"}  # (吴忠市…人民检察院就该公司: a preposition between the place and the company)
COMPANY = fast_start("(?:[（(]集团[）)])?(?:有限责任公司|有限公司)|股份有限公司|集团有限公司|集团公司")
COUNTED_KIND = re.compile("[一二两三几多某每各数\\d]+[家个所]|某")
COMPANY_NAME_CHARS = 24  # the longest stretch before the head searched for the place a company is named from
BODY_IS = re.compile("(?:公司|集团|厂|局|院|中心)(?:系|为|是)(?![统列])")  # (the copula after a body's head)
OWNED_BY = ("所属", "下属", "直属", "旗下", "控股")
# whose and what kind of enterprise, written before a company's name (市属国企, 区属, 民营企业, 子公司)
OWNERSHIP = re.compile("(?:[省市县区]属|央属)?(?:国有企业|国企|民营企业|民企)|(?:全资|控股|[二三]级)?子公司"
                       "|[省市县区]属(?![\u4e00-\u9fff]{0,2}单位)")
NAME_BREAKS = "，。；、,;：:（(）)\n 《》“”"


# 泉州城投, 岱川市交投: a place's investment company by the short name every city gives its own (城市建设投资 -> 城投)
SHORT_NAMES = re.compile(f"{PLACE_START}{PLACE_CONT}*[省市县区]?"
                         "(?:城投|交投|产投|国投|文投|水投|农投|建投|能投|旅投|金控)(?![债券平台公集])")


def short_named(masked: str) -> list[Found]:
    """The investment companies a place owns, by their short names (泉州城投; not 城投债, 城投平台).

    >>> from kg.pipeline.gazetteer import mask_places
    >>> text = "泉州城投发行城投债"
    >>> [text[f.start : f.end] for f in short_named(mask_places(text, [(0, 2)]))]
    ['泉州城投']
    """
    return [Found(m.start(), m.end(), "ORG", "enterprise", False) for m in SHORT_NAMES.finditer(masked)]


def companies(text: str, masked: str, kind: Callable[[str], str]) -> list[Found]:
    """Companies named from a place, whatever words follow it (甘肃天水电气传动研究所有限责任公司: 研究 and 所有
    would end a free description anywhere else); ``kind`` gives a name's subtype.

    >>> from kg.pipeline.gazetteer import mask_places
    >>> text = "甘肃天水电气传动研究所有限责任公司"
    >>> [text[f.start : f.end] for f in companies(text, mask_places(text), lambda name: "enterprise")]
    ['甘肃天水电气传动研究所有限责任公司']
    """
    found = []
    for m in COMPANY.finditer(text):
        if (bracketed := _bracketed_place_start(text, masked, m.start())) is not None:
            found.append(Found(bracketed, m.end(), "ORG", kind(text[bracketed : m.end()]), False))
            continue
        floor = max(0, m.start() - COMPANY_NAME_CHARS)
        floor = max([floor] + [masked.rfind(ch, floor, m.start()) + 1 for ch in NAME_BREAKS])
        if (said := last_match(BODY_IS, masked, floor, m.start())) is not None:
            floor = said.end()  # …煤业有限责任公司系四川…集团有限公司: a body said to be a company, two names
        start = masked.find(PLACE_START, floor, m.start())
        joined = _after_joining(text, m.start()) or 0  # (…联合青禾农业投资集团: the name starts after the verb)
        if start >= 0 and (NOT_FROM_PLACE.intersection(without_brand_he(masked, start, m.start())) or joined > start):
            start = -1  # 伊春市监委联合查办了…有限公司: not one name from the place (研究, 所有 may be in it; the
            # place's own characters may be any: 从江县); 广西石油会同…炼化有限责任公司: two bodies
        if start < 0:  # 中储粮集团公司, 北大荒农垦集团有限公司: a brand name of 2–8 characters at a clean edge
            # (还联合中国邮政集团有限公司: the name starts after the verb the stem takes in)
            start = max(stem_start(text, m.start(), limit=8) or 0, joined) or m.start()
            brand_he = (branded := brand_place_start(masked, start)) is not None
            if branded is not None:  # 余杭区佳和物业管理有限公司: the brand's 和, no joiner; named from its place
                start = branded
            if text[start - 2 : start] in COMPANY_WORDS:  # 申禾建设投资集团有限公司: 建设 a word of its trade
                start = _brand_start(text, m.start())
                if BODY_CHARS.intersection(text[start : m.start()]):
                    continue  # 省国资委约谈青禾发展…: a body and a verb before it, no clean edge
            start = after_checks(text, start, m.start())
            words = text[start : m.start()]
            if (len(words) < 2 or _past_verbs(text, start, m.start()) > start
                    or NOT_IN_NAME.intersection(without_brand_he(masked, start, m.start()) if brand_he else words)
                    or COUNTED_KIND.match(words)):
                continue  # 一家外贸有限公司: one of a kind
        start, _ = past_owner(text, start, m.start())
        start -= next((len(brand) for brand in BRAND_PARENTS if text.endswith(brand, 0, start)), 0)  # 国网江苏省…公司
        start += 2 if text.startswith("中共", start) else 0  # 中共中国…集团有限公司党组: the party's name, no company's
        found.append(Found(start, m.end(), "ORG", kind(text[start : m.end()]), False))
    return found + short_named(masked) + listed_by_kind(text, masked) + listed_brands(text)


def brand_he_at(masked: str, place: int) -> int | None:
    """Where the 和 of a brand stands, one character after the place starting at ``place`` (余杭区 + 佳和 + 物业…,
    北京 + 协和 + 医院), or the 和 joining two fields two characters after it (宜宾市 + 文化和旅游 + 投资…), if one
    does; ``masked``: the text with its places masked.

    >>> masked = PLACE_START + PLACE_CONT * 2 + "佳和物业管理有限公司"
    >>> brand_he_at(masked, 0), brand_he_at(PLACE_START + PLACE_CONT + "委和市政府", 0)
    (4, None)
    >>> brand_he_at(PLACE_START + PLACE_CONT * 2 + "文化和旅游投资集团", 0)
    5
    """
    end = place_end(masked, place)
    for size in (1, 2):
        if masked[end + size : end + size + 1] == "和" and all(
                is_han(ch) and ch not in BODY_CHARS for ch in masked[end : end + size]) \
                and is_han(masked[end + size + 1 : end + size + 2] or "。"):
            return end + size
    return None


def brand_place_start(masked: str, start: int) -> int | None:
    """The start of the place whose brand's 和 stands right before ``start`` (余杭区佳和 + 物业…), if one does."""
    for size in (3, 4):
        if start >= size and masked[start - size] in (PLACE_START, PLACE_CONT):
            place = masked.rfind(PLACE_START, 0, start - size + 1)
            if brand_he_at(masked, place) == start - 1:
                return place
    return None


def without_brand_he(masked: str, start: int, end: int) -> str:
    """``masked[start:end]`` without the 和 of a brand right after its place (see :func:`brand_he_at`)."""
    he = brand_he_at(masked, start) if masked[start : start + 1] == PLACE_START else None
    return masked[start:end] if he is None or he >= end else masked[start:he] + masked[he + 1 : end]


# verbs of working with a body, right before its name (市气象局联合青禾农业投资集团有限公司)
JOINING = ("联合", "会同", "协同", "配合", "携手", "委托")


def _after_joining(text: str, head: int) -> int | None:
    """The start of a company's name of up to 8 characters before ``head`` that a verb of working with it opens
    (…联合青禾农业投资集团 + 有限公司), else None.

    >>> text = "市气象局联合青禾农业投资集团有限公司"
    >>> _after_joining(text, 14), _after_joining("联合体有限公司", 3)
    (6, None)
    """
    left = extend_left(text, head, limit=8)
    verbs = [i + 2 for i in range(max(0, left - 2), head - 3) if text[i : i + 2] in JOINING
             and text[i + 2] != "县"]  # (会同县: a county)
    return verbs[-1] if verbs else None


# words of a company's trade that are verbs elsewhere (建设, 发展, 投资: 城市建设投资集团有限公司)
COMPANY_WORDS = frozenset({"建设", "发展", "投资", "开发", "建筑", "工程", "服务", "管理", "运营", "经营", "贸易",
                           "保障", "供应", "设计", "咨询", "检测", "运输", "生产", "制造", "控股", "实业"})
BRAND_CHARS = 12  # the longest brand and trade before a company's head
BODY_CHARS = set("委局厅府署")  # the last characters of bodies' names, in no brand
# checks a body makes of a company, never part of a brand (重点检查…燃气有限公司, 巡察…城建集团)
# (联合查处…化工有限公司, 依法处罚…: a case made of it)
CHECKS = ("检查", "巡察", "巡视", "审计", "督查", "督察", "抽查", "走访", "约谈", "调研", "进驻", "查处", "查办",
          "处罚", "立案", "曝光")


def after_checks(text: str, start: int, head: int) -> int:
    """The start of a company's name past a check made of it (重点检查润泽燃气有限公司), else ``start``.

    >>> text = "重点检查润泽燃气有限公司"
    >>> text[after_checks(text, 0, 8) :]
    '润泽燃气有限公司'
    """
    return max([start] + [i + 2 for check in CHECKS if (i := text.rfind(check, start, head - 2)) >= 0])


BOUNDARY_SIZES = sorted({len(w) for w in BOUNDARY_WORDS if len(w) > 1}, reverse=True)


def _brand_start(text: str, head: int) -> int:
    """Where a brand and its trade start before ``head`` (申禾建设投资): back to a break or a function word, then
    after the last word that is no word of a trade (通报了…, 约谈…).

    >>> text = "市纪委通报申禾建设投资集团有限公司"
    >>> text[_brand_start(text, 11) : 11]
    '申禾建设投资'
    """
    left = head
    while left > 0 and head - left < BRAND_CHARS and is_han(text[left - 1]) and text[left - 1] not in NOT_IN_NAME:
        left -= 1
    return _past_verbs(text, left, head)


def _past_verbs(text: str, start: int, end: int) -> int:
    """The end of the last boundary word between ``start`` and ``end`` that is no word of a trade, else ``start``.

    >>> _past_verbs("通报申禾建设", 0, 6), _past_verbs("城市建设投资", 0, 6)
    (2, 0)
    """
    return max((i + size for i in range(start, end - 1) for size in BOUNDARY_SIZES
                if i + size <= end and (word := text[i : i + size]) in BOUNDARY_WORDS and word not in COMPANY_WORDS),
               default=start)


# 华耀（广西）新能源有限公司: a brand, the place it works in bracketed, what it does
BRACKETED_PLACE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,8})[）)](?P<what>[\u4e00-\u9fff]{0,12})")


def _bracketed_place_start(text: str, masked: str, head: int) -> int | None:
    """The start of a company's name with a known place bracketed after its brand, before ``head``, if any.

    >>> from kg.pipeline.gazetteer import mask_places
    >>> text = "组建华耀（广西）新能源有限公司"
    >>> _bracketed_place_start(text, mask_places(text, [(5, 7)]), 15)
    2
    """
    opening = max(text.rfind("（", max(0, head - 22), head), text.rfind("(", max(0, head - 22), head))
    m = BRACKETED_PLACE.fullmatch(text, opening, head) if opening > 0 else None
    if m is None or masked[m.start("place")] != PLACE_START or masked[m.start("place") + 1 : m.end("place")].strip(
            PLACE_CONT) or NOT_IN_NAME.intersection(
            m.group("what")):
        return None
    start = stem_start(text, opening, limit=8)
    return start if start is not None and opening - start >= 2 else None


HOLDING_NAME = ("集团", "有限", "股份", "公司")  # (…投资控股集团有限责任公司: 控股 a word of the name, no owner)


def past_owner(text: str, start: int, head: int) -> tuple[int, bool]:
    """The start of a name described from ``start`` to its ``head``, past whose it is (…集团所属, 区属国企, 民营企业),
    and whether it was said (a company one names, no class).

    >>> text = "海口海关所属洋浦海关"
    >>> past_owner(text, 0, 8), past_owner("民营企业德昌科技有限公司", 0, 8)
    ((6, True), (4, True))
    >>> past_owner("青禾市城市投资控股集团有限责任公司", 0, 11)
    (0, False)
    """
    said = ((word, text.rfind(word, start, head - 2)) for word in OWNED_BY)
    owned_at = max(at for word, at in said if word != "控股" or not text.startswith(HOLDING_NAME, at + 2))
    owned = owned_at >= 0 and head - owned_at >= 4
    start = owned_at + 2 if owned else start  # (海口海关)所属洋浦海关: the body, not that (or to whom) it belongs
    if (kind := OWNERSHIP.match(text, start)) is not None and head - kind.end() >= 2:
        return kind.end(), True  # 区属国企栖凤城市服务有限公司: the company, not whose kind it is
    return start, owned


# 中国农业银行股份有限公司利川支行, …有限公司江门建设路证券营业部: a company's branch by the company's legal name
BRANCH = re.compile("[\u4e00-\u9fff]{2,10}?(?:分行|支行|分公司|证券营业部|营业部|分理处)(?![长员])")
LEGAL_ENDS = ("有限公司", "有限责任公司")


def branches(text: str, found: list[Found]) -> list[Found]:
    """The branches named right after a company's legal name, each a body of its own, and the company as its
    parent (nested).

    >>> text = "中国农业银行股份有限公司利川支行存在问题"
    >>> [text[f.start : f.end] for f in branches(text, [Found(0, 12, "ORG")])]
    ['中国农业银行股份有限公司利川支行', '中国农业银行股份有限公司']
    """
    out = []
    for company in found:
        if company.generic or not text.endswith(LEGAL_ENDS, company.start, company.end):
            continue
        m = BRANCH.match(text, company.end)
        if m is not None and not NOT_IN_NAME.intersection(m.group()) and m.group()[:2] not in BOUNDARY_WORDS:
            # (建设路证券营业部: 建设 may name a road; 成立分公司: a verb, no branch named)
            out += [Found(company.start, m.end(), "ORG", "enterprise"), company._replace(nested=True)]
    return out



# 四川银行宜宾分行, 安徽马鞍山农村商业银行城南支行: a bank's branch named after the bank, its parent
BANK_BRANCH = re.compile(f"(?P<bank>[{HAN}]{{2,8}}?(?:农村商业银行|农商银行|村镇银行|银行))"
                         f"[{HAN}]{{2,8}}?(?:分行|支行|营业部)")


def bank_parents(text: str, found: list[Found]) -> list[Found]:
    """The banks whose branches ``found`` names after them (四川银行宜宾分行: 四川银行), nested, where no body is found.

    >>> text = "岚川银行白鹭分行参加"
    >>> [text[f.start : f.end] for f in bank_parents(text, [Found(0, 8, "ORG")])]
    ['岚川银行']
    """
    if "银行" not in text:
        return []
    spans = {(f.start, f.end) for f in found if f.nested}  # (四川银行, found on its own: kept inside its branch too)
    return [Found(f.start, m.end("bank"), "ORG", "enterprise", nested=True) for f in found
            if not f.generic and (m := BANK_BRANCH.fullmatch(text, f.start, f.end)) is not None
            and (f.start, m.end("bank")) not in spans]


# 国网湖北省电力有限公司, 国网青禾供电公司: the State Grid's companies by its short name, the group their parent
BRAND_PARENTS = {"国网": "国家电网有限公司"}


def brand_parents(text: str, found: list[Found]) -> list[Found]:
    """The group a company's name starts with by its short name (国网…公司: 国家电网有限公司), nested.

    >>> text = "国网青禾供电公司负责施工"
    >>> [(text[f.start : f.end], f.name) for f in brand_parents(text, [Found(0, 8, "ORG")])]
    [('国网', '国家电网有限公司')]
    """
    return [Found(f.start, f.start + len(brand), "ORG", "enterprise", nested=True, name=parent)
            for f in found if not f.generic and f.end - f.start > 4 and text.endswith("公司", f.start, f.end)
            for brand, parent in BRAND_PARENTS.items() if text.startswith(brand, f.start)]


# 依托星河、云帆等头部企业; 华润、招商局等央企; 云帆、星桥等平台经济企业: companies by their short names, listed
# before 等 and a kind of company (not the industries of 汽车、电子等龙头企业: kg/data/industries.tsv; not trades:
# 卫星研发制造、…等企业)
INDUSTRIES = frozenset(word for word, _ in read_rows(read_data("industries.tsv"), 2))
_OF_A_KIND = ("(?:[\\d一二三四五六七八九十百]+[家个批])?(?:上下游|配套|本地|本土|省内|市内|县内)*"
              "(?:头部|龙头|链主|领军|骨干|重点|知名|优质|外资|民营|国有|中央|上市|科技型?|配套)?"
              "(?:平台经济|数字经济|高新技术|专精特新|独角兽|瞪羚|创新型|总部)?"
              "(?:企业|外企|央企|民企|国企|车企|药企|公司)")
KIND_AFTER = re.compile(f"等(?={_OF_A_KIND})")  # searched first: the list is matched only before one
LISTED_BEFORE = re.compile(f"(?P<list>(?:[{HAN}]{{2,14}}、)+[{HAN}]{{2,6}})$")
# verbs and words that open a list of companies (鼓励甲、乙等龙头企业; 已有甲、乙等87家企业)
LEADING = re.compile("(?:鼓励|支持|推动|促进|带动|引导|引进|吸引|依托|包括|其中|已有|还有|联合|携手|服务|培育|扶持"
                     "|助力|帮助)+")
# (西部矿业, 华夏药业: a trade a brand names, unlike 产业, 制造业)
NOT_A_BRAND = re.compile("(?<!矿|实|置|药|纸|钢|铝|铜|煤|乳|酒)业$|[类型品区地省市县乡镇村园]$"
                         "|(?:制造|测试|应用|研发|服务|生产|加工|开发|运营|设计|检测|维修|销售|配套)$"
                         "|^[各该本其等]|企业|公司|产业|行业|领域|部门|单位|机构|项目")


def listed_by_kind(text: str, masked: str) -> list[Found]:
    """Companies listed by their short names before 等 and a kind of company (依托星河、云帆等头部企业), none an
    industry, a place or a class; the first item starts past the verb before it.

    >>> text = "依托星河、云帆等头部企业，培育汽车、电子等龙头企业"
    >>> from kg.pipeline.gazetteer import mask_places
    >>> [text[f.start : f.end] for f in listed_by_kind(text, mask_places(text))]
    ['星河', '云帆']
    """
    found = []
    for kind in KIND_AFTER.finditer(text):
        m = LISTED_BEFORE.search(text, max(0, kind.start() - 90), kind.start())
        if m is None:
            continue
        spans = _item_spans(text, m.start("list"), m.end("list"))
        if all(_brand(text[start:end], masked[start:end]) for start, end in spans):
            found += [Found(start, end, "ORG", "enterprise", False) for start, end in spans]
    return found


def _item_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of a list ``text[start:end]`` split at 、, the first past the verb before it
    (依托星河、云帆: 星河, 云帆).

    >>> _item_spans("依托星河、云帆", 0, 7)
    [(2, 4), (5, 7)]
    """
    items, pos, spans = text[start:end].split("、"), start, []
    first = _past_verbs(text, pos, pos + len(items[0]))
    first += len(m0.group()) if (m0 := LEADING.match(text, first, pos + len(items[0]))) else 0
    for i, item in enumerate(items):
        spans.append((first if i == 0 else pos, pos + len(item)))
        pos += len(item) + 1
    return spans


def _brand(name: str, masked: str) -> bool:
    """Whether a listed ``name`` may be a company's short name: 2–6 characters, no function word, place, industry
    or class (a place's name alone is a place)."""
    return 2 <= len(name) <= 6 and not (NOT_IN_NAME.intersection(name) or name in INDUSTRIES or NOT_A_BRAND.search(name)
                                        or set(masked) <= {PLACE_START, PLACE_CONT})  # (广东、江苏: places)


# 海光信息、合源生物、吉林化纤: companies listed by a brand and the trade their short names end in (each item a
# brand of two to four characters and a trade; a list of fields (生物医药、电子信息) or of one word's kinds is none)
TRADES = ("化学", "电气", "化纤", "石化", "生物", "信息", "科技", "医药", "制药", "药业", "电工", "动力", "数科",
          "电子", "光电", "重工", "钢铁", "矿业", "机电", "通信", "物流", "传媒", "食品", "乳业", "股份", "控股")
TRADED_ITEM = re.compile(f"(?:{'|'.join(TRADES)})、")
BRAND_RUN = re.compile(f"(?<![{HAN}、])(?:[{HAN}]{{2,10}}、)+[{HAN}]{{2,8}}")
NOT_BRANDS = re.compile("^(?:新一代|新兴|现代|高端|绿色|智能|数字|传统|战略性?|未来|先进|重点|龙头|民营"
                        "|国有|中小|大型|本地|省内|合成|海洋|航空|航天|信息|生物|医疗|电子|通信|能源|化工|新型|特色|优势)")
FIELDS_AFTER = re.compile(f"等?[{HAN}]{{0,4}}?(?:产业|行业|领域|板块|赛道|集群|技术|方向|专业|学科|业态|产品|服务)")


def listed_brands(text: str) -> list[Found]:
    """Companies listed by their short names, a brand and a trade each (海光信息、合源生物), when every item of the
    list is one; the first item starts past the verb before it.

    >>> text = "支持海光信息、合源生物、吉林化纤做大做强，发展生物医药、电子信息等产业"
    >>> [text[f.start : f.end] for f in listed_brands(text)]
    ['海光信息', '合源生物', '吉林化纤']
    """
    found: list[Found] = []
    done = 0  # where the last list looked at ended
    for hit in TRADED_ITEM.finditer(text):  # (a list holds a trade before or after a 、: most texts none)
        if hit.start() < done:
            continue
        low, high = max(done, hit.start() - 70), min(len(text), hit.end() + 80)
        while (m := BRAND_RUN.search(text, low, high)) is not None and m.end() < hit.end():
            low = m.end()  # (华润、招商局等央企，合源生物、瑞普生物等民企: the list that holds the trade)
        if m is None or m.start() > hit.start():
            continue
        done = m.end()
        end = m.end()
        while end > m.start() and not text.endswith(TRADES, 0, end):
            end -= 1  # (…吉林化纤做大做强: the list ends at its last trade)
        spans = _item_spans(text, m.start(), end)
        names = [text[s:e] for s, e in spans]
        traded = sum(map(_traded, names))
        # (华海清科、海光信息、合源生物: most items a brand and a trade, the rest brands of their own)
        if traded >= 2 and traded * 3 >= len(names) * 2 and not FIELDS_AFTER.match(text, end) and all(
                _traded(name) or _brand_alone(name) for name in names):
            found += [Found(s, e, "ORG", "enterprise", False) for s, e in spans]
    return found


def _traded(name: str) -> bool:
    """Whether a listed ``name`` is a brand of two to four characters and a trade, no field of industry."""
    trade = next((t for t in TRADES if name.endswith(t)), None)
    if trade is None or not 2 <= len(name) - len(trade) <= 4:
        return False
    brand = name[: -len(trade)]
    return not (name in INDUSTRIES or brand in INDUSTRIES or NOT_BRANDS.match(name) or NOT_IN_NAME.intersection(name))


def _brand_alone(name: str) -> bool:
    """Whether a listed ``name`` may be a brand with no trade (华海清科): two to six characters, no word of a
    description or a field."""
    return (2 <= len(name) <= 6 and name not in INDUSTRIES and not NOT_BRANDS.match(name)
            and not NOT_IN_NAME.intersection(name) and not has_boundary_word(name))
