"""Where the description of a mechanism's name starts: across joints, lists, formulas and verbs used as nouns.

The helpers of :class:`~kg.pipeline.mechanisms.MechanismFinder` that read the words before a head (建立健全A、B机制,
党委领导、政府负责、社会协同的治理格局, 闭环落实机制) and decide where the name begins.
"""

from __future__ import annotations

import re

from kg.pipeline.lexicons import BOUNDARY_WORDS, NOT_SYSTEMS, OBJECT_VERBS, SETS_UP_PRACTICE, VERB_BOUNDARY_WORDS
from kg.pipeline.spans import HAN, NOUNS_ACROSS, Found, extend_left, is_han

CLASSIFIERS = "项个条套种类批"  # 12项省级制度: a count of measures before a description

# Words a description of a mechanism runs across when it is the object of a verb before it: 和 and verbs used as
# nouns (信息通报会商机制, 巡察成果运用协作机制, 重大事项研究部署机制).
JOINTS = frozenset("和 与 运用 通报 会商 研究 部署 协调 联系 征求 督促".split())


def bracket_before(text: str, head: int) -> int:
    """The start of a bracketed alternative of two to four characters right before ``head`` (食品安全校长（园长）
    负责制: the description goes on before it), else ``head``; a level in brackets (县（区）) is none.

    >>> text = "落实食品安全校长（园长）负责制"
    >>> text[bracket_before(text, 12) :]
    '（园长）负责制'
    >>> text = "建立县（区）河长制"
    >>> text[bracket_before(text, 6) :]
    '河长制'
    """
    if text[head - 1 : head] != "）":
        return head
    opening = text.rfind("（", max(0, head - 6), head - 1)
    inner = text[opening + 1 : head - 1]
    if opening < 0 or not 2 <= len(inner) <= 4 or not all(is_han(ch) for ch in inner) or inner in LEVEL_WORDS:
        return head
    return opening


LEVEL_WORDS = frozenset({"街道", "乡镇", "市区", "县区", "县市区", "社区", "园区", "区县"})


def across_joint(text: str, start: int) -> int:
    """The start of a description joined by a word of JOINTS (防止返贫动态监测和帮扶机制) when the part
    before it is right after a verb that takes a mechanism (建立, 健全…): the whole is that verb's object.
    Else ``start``; also when the part before ends in a head of its own (巡察制度和整改机制, 问题清单和整改台账
    are two).

    >>> text, other = "建立防止返贫动态监测和帮扶机制", "以及其他监督和帮扶机制"
    >>> text[across_joint(text, 11):], other[across_joint(other, 7):]
    ('防止返贫动态监测和帮扶机制', '帮扶机制')
    >>> text = "建立巡察成果运用协作机制"
    >>> text[across_joint(text, 8):]
    '巡察成果运用协作机制'
    >>> text = "建立巡察制度和整改机制"
    >>> text[across_joint(text, 7):]
    '整改机制'
    >>> text = "推行院长年薪制和医务人员目标年薪制"
    >>> text[across_joint(text, 8):]
    '医务人员目标年薪制'
    """
    for size in (1, 2):
        joint = start - size
        if joint >= 2 and text[joint:start] in JOINTS:
            left = extend_left(text, joint, limit=10)
            if text.endswith(("机制", "制度", "体系", "格局", "模式", "清单", "台账"), left, joint) or (
                    text[joint - 1] == "制" and text[joint - 2] not in NOT_SYSTEMS):
                return start  # (院长年薪制和…目标年薪制: a system's …制 too; not 管理体制和…机制)
            if joint - left >= 2 and text[max(0, left - 2) : left] in OBJECT_VERBS and (
                    text[left - 1 : left + 1] not in NOUNS_ACROSS):  # (落实行政…: 实行 no verb there)
                return left
    return start


def four_character_list(text: str, at: int) -> list[tuple[int, int]]:
    """The items of a list of four-character phrases joined by 、 around the one starting at ``at``; each item
    stands between 、 and a boundary (punctuation, 等, a verb before the first).

    >>> text = "坚持边查边改、立行立改、严查严改，"
    >>> [text[s:e] for s, e in four_character_list(text, 7)]
    ['边查边改', '立行立改', '严查严改']
    """

    def clean_start(s: int) -> bool:
        return not is_han(text[s - 1 : s] or "，") or text[s - 2 : s] in BOUNDARY_WORDS or text[s - 1 : s] == "、"

    def clean_end(e: int) -> bool:
        return not is_han(text[e : e + 1] or "，") or text[e : e + 1] in "、等"

    if not (clean_start(at) and clean_end(at + 4)):
        return []
    start = at
    while text[start - 1 : start] == "、" and start >= 5 and all_han(text[start - 5 : start - 1], 4):
        if not clean_start(start - 5):
            break
        start -= 5
    end = at + 4
    while text[end : end + 1] == "、" and all_han(text[end + 1 : end + 5], 4) and clean_end(end + 5):
        end += 5
    return [(s, s + 4) for s in range(start, end, 5)]


def verb_after_body(text: str, verb: re.Match[str], orgs: list[tuple[int, int]], limit: int) -> re.Match[str] | None:
    """``verb``, or when it starts inside a body's name (构建 of 机构建立) the verb right after the name, if any."""
    at = verb.start()
    for start, end in orgs:  # (a loop, the verb's start read once: the bodies are all the text's)
        if start < at < end:
            return SETS_UP_PRACTICE.match(text, end, limit)
    return verb


def all_han(chars: str, size: int) -> bool:
    return len(chars) == size and all(map(is_han, chars))


def strip_front(text: str, start: int) -> int:
    """``start`` past a classifier after a figure (12项省级制度) or a suffix cut from its word (创新型企业…体系).

    >>> text = "制定12项省级制度"
    >>> text[strip_front(text, 4):]
    '省级制度'
    """
    if text[start : start + 1] in CLASSIFIERS and text[start - 1 : start].isdigit():
        return start + 1
    if m := re.match(f"[一二两三四五六七八九十几多数]+[{CLASSIFIERS}]", text[start : start + 4]):
        return start + m.end()  # 一批制度创新成果, 两项制度
    if text[start : start + 1] in ("型", "性", "式"):
        return start + 1
    return start


def item_start(text: str, end: int, start: int) -> int:
    """The start of a list item ending at ``end``: right after the 、 before it when one stands within ten
    characters (选题选人、经费支持: 经 is no boundary inside an item), else ``start``.

    >>> text = "完善选题选人、经费支持、成果评价等机制"
    >>> text[item_start(text, 11, 8):11]
    '经费支持'
    """
    sep = text.rfind("、", max(0, end - 10), end)
    if sep < 0 or sep + 1 >= start or re.search(r"[^\u4e00-\u9fff]", text[sep + 1 : start]):
        return start
    if text[start - 1] in "和与及或":
        return start  # 财务和会计: two items joined, as the list reads them
    return sep + 1


# fields of work a firm or a government keeps systems for, not practices (完善招商引资、要素保障等机制)
FIELDS_OF_WORK = frozenset("""招商引资 要素保障 主责主业 收入分配 选人用人 财务管理 资产管理 人事管理 项目管理
合同管理 招标投标 招投标 债务管理 预算管理 绩效管理 薪酬管理 投资管理 安全生产 质量管理 档案管理 公车管理 公务接待
会议费 差旅费""".split())


def listed_before_etc(text: str, deng: int) -> list[Found]:
    """Items of a list 'A、B、C等…机制' ending at the 等 at ``deng``; a quoted item (整改成效“双评议”) is left to
    the quote grammar but counts as an item.

    >>> text = "建立问题线索联合研判、整改成效“双评议”等制度"
    >>> [text[f.start:f.end] for f in listed_before_etc(text, text.index("等"))]
    ['问题线索联合研判']
    """
    items, end, quoted = [], deng, 0
    while True:
        if text[end - 1 : end] == "”" and (opening := text.rfind("“", max(0, end - 16), end - 1)) > 0:
            start, quoted = extend_left(text, opening, limit=8, strict=False), quoted + 1
        elif (start := item_start(text, end, extend_left(text, end, limit=14, strict=False))) <= end - 2:
            items.append(Found(start, end, "MECH", "practice"))
        else:
            break
        if text[start - 1 : start] != "、" and not (len(items) + quoted == 1 and text[start - 1 : start] in "和及"):
            break  # (A、B和C等制度: the last item after 和)
        end = start - 1
    # (财政、预算和会计等规章制度, 项目谋划、储备等机制, 招商引资、要素保障等机制: fields of work, no practices)
    if len(items) + quoted < 2 or not items or all(text[f.start : f.end] in FIELDS_OF_WORK for f in items):
        return []
    items[-1] = items[-1]._replace(start=past_leading_words(text, items[-1].start, items[-1].end))
    shortest = 4 if text[items[0].start - 1] in "和及" else 3
    return items if min(f.end - f.start for f in items) >= shortest else []


# what may open a list's first item and is no part of it: a verb of the table, a word of time (重点, 全面 may be)
LEADING_WORDS = frozenset(VERB_BOUNDARY_WORDS | {"今年", "明年", "今后", "去年", "近期", "当前", "目前", "下一步"})


def past_leading_words(text: str, start: int, end: int) -> int:
    """``start``, or past the verbs and words of time that open the first item of a list (部署今年地震监测预报、
    震灾预防…: 地震监测预报), as long as three characters are left.

    >>> text = "部署今年地震监测预报"
    >>> text[past_leading_words(text, 0, len(text)):]
    '地震监测预报'
    """
    moved = True
    while moved:
        moved = False
        for size in (4, 3, 2):
            if text[start : start + size] in LEADING_WORDS and end - start - size >= 3:
                start, moved = start + size, True
                break
    return start


# the bodies that run a mechanism, said before 的 (…网信等部门参加的; not a formula's 各方参与)
RUN_BY = re.compile("(?:等|部门|单位|机关)(?:参加|参与|组成|牵头)$")


def formula_start(text: str, de: int) -> int | None:
    """Start of a formula of four-character phrases before the 的 at ``de`` (党委领导、政府负责、社会协同的…),
    which names the mechanism after it; None if there is none.

    >>> text = "形成党委领导、政府负责、社会协同的治理格局"
    >>> text[formula_start(text, 16):16]
    '党委领导、政府负责、社会协同'
    >>> text = "构建不敢骗、不能骗、不想骗的长效机制"
    >>> text[formula_start(text, 13):13]
    '不敢骗、不能骗、不想骗'
    >>> text = "实行政府统一领导、部门分工负责、单位具体实施的工作机制"
    >>> text[formula_start(text, 22):22]
    '政府统一领导、部门分工负责、单位具体实施'
    """
    floor = max(0, de - 60)
    if RUN_BY.search(text, floor, de):
        return None  # 公安、市场监管、网信等部门参加的…制度: who takes part, no formula of the mechanism
    last = len(text[floor:de].rsplit("、", 1)[-1].rsplit("，", 1)[-1])
    m = FORMULAS[last].search(text[floor:de]) if last in FORMULAS else None  # phrases as long as the last
    if m is None and last > 4 and (long := LONG_FORMULA.search(text, floor, de)) is not None:
        # 实行政府统一领导、部门分工负责、单位具体实施的工作机制: longer clauses with 、 between, from the verb's end
        first = text.index("、", long.start())
        starts = range(long.start(), first - 3)
        return next((i for i in reversed(starts) if text[i - 2 : i] in OBJECT_VERBS), None) or next(
            (i for i in starts if not is_han(text[i - 1 : i] or "，")), None)
    if m is None:  # 推行主动发现、快速响应的救助机制: two phrases of four, right after the verb that sets it up
        two = TWO_PHRASES.search(text, max(0, de - 9), de)
        return two.start() if two is not None and two.end() == de else None
    start = floor + m.start()
    # the first phrase must start the formula: after punctuation or a verb (形成…), not inside 以人民为中心，…
    while is_han(text[start - 1 : start] or "，") and text[start - 2 : start] not in BOUNDARY_WORDS:
        start = PHRASE_BREAK.search(text, start, de).end()  # type: ignore[union-attr]  # (the formula has two)
        if len(PHRASE_BREAK.findall(text, start, de)) < 2:
            return None
    return start


# a formula of three or more parallel phrases of three or four characters each (不敢腐、不能腐、不想腐)
FORMULAS = {n: re.compile(rf"(?:[{HAN}]{{{n}}}[、，]){{2,}}[{HAN}]{{{n}}}$") for n in (3, 4)}
LONG_FORMULA = re.compile(rf"(?:[{HAN}]{{4,8}}、){{2,}}[{HAN}]{{5,8}}$")
PHRASE_BREAK = re.compile("[、，]")
TWO_PHRASES = re.compile(f"(?<=推行|建立|健全|实行)[{HAN}]{{4}}、[{HAN}]{{4}}")


SETS_UP_NOT_NOUN = frozenset(("完善", "健全", "建立", "构建", "推行", "实行", "加强", "强化", "搭建"))


def verb_as_noun(text: str, head: int, orgs: list[tuple[int, int]]) -> int | None:
    """Start of a description ending in an object verb right before the head (闭环落实机制), when a description
    of two or more characters that is no body stands before that verb; else None (建立落实机制, 部门新建制度,
    企业完善制度: a verb that sets a system up is never its name's last word).

    >>> verb_as_noun("推进闭环落实机制", 6, []), verb_as_noun("督促企业完善制度", 6, [])
    (2, None)
    """
    if text[head - 2 : head] in OBJECT_VERBS and text[head - 2 : head] not in SETS_UP_NOT_NOUN:
        left = extend_left(text, head - 2, limit=8)
        if head - 2 - left >= 2 and text[left : head - 2] not in BOUNDARY_WORDS and not overlaps((left, head), orgs):
            return left
    return None


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``others`` (character ranges)."""
    start, end = span
    for s, e in others:  # noqa: SIM110  (a loop: 3x faster than any() over a generator)
        if s < end and start < e:
            return True
    return False


# what a verb that sets a practice up (or 形成) takes before 的 + a system's head: parallel clauses, each of a few
# words (企业出题、院所答题、政府助题; quoted or not), or a measure it fits (与经济社会发展水平相适应)
_SETS_UP_OR_FORMS = f"(?:{SETS_UP_PRACTICE.pattern}|形成)[起了]?"
_CLAUSES = rf"(?:[{HAN}]{{2,12}}、){{1,5}}[{HAN}]{{2,12}}"
_FITS = rf"与[{HAN}]{{2,20}}相(?:适应|衔接|匹配|协调)"
_JOINED = rf"[{HAN}]{{2,12}}与[{HAN}]{{2,12}}"  # 便民热线与紧急服务热线(的联动机制)
_CENTRED = rf"以[{HAN}]{{2,12}}为(?:主体|核心|重点|基础|导向|支撑|引领|纽带)"  # 以国家公园为主体(的…体系)
CLAUSES_OBJECT = re.compile(rf"{_SETS_UP_OR_FORMS}(?P<object>{_CLAUSES}|“{_CLAUSES}”|{_FITS}|{_JOINED}|{_CENTRED})$")
SYSTEM_HEADS = ("机制", "格局", "体系")


def clauses_start(text: str, head: int) -> int | None:
    """Start of the clauses a verb sets up as a system (建立企业出题、院所答题、政府助题的协同攻关机制: the whole
    object names it), when ``head`` is a system's head after 的 and a short description; else None.

    >>> text = "建立企业出题、院所答题、政府助题的协同攻关机制"
    >>> text[clauses_start(text, len(text) - 2):]
    '企业出题、院所答题、政府助题的协同攻关机制'
    >>> text = "推动形成“一家牵头、多方联动、同向发力”的监督格局"
    >>> text[clauses_start(text, len(text) - 2):]
    '“一家牵头、多方联动、同向发力”的监督格局'
    >>> text = "建立与发展水平相适应的投入机制"
    >>> text[clauses_start(text, len(text) - 2):]
    '与发展水平相适应的投入机制'
    >>> clauses_start("加强监督、检查的工作机制", 10) is None  # no verb sets it up
    True
    """
    if not text.startswith(SYSTEM_HEADS, head):
        return None
    de = text.rfind("的", max(0, head - 7), head)
    if de < 0 or not all(is_han(ch) for ch in text[de + 1 : head]) or text[de + 1 : head] in ("体制", "制度"):
        return None
    m = CLAUSES_OBJECT.search(text, max(0, de - 80), de)
    if m is None or m.group("object").startswith("由"):
        return None  # 由省政府主导、市县分级负责的…机制: who runs it, not its name
    centred = m.group("object").startswith("以")
    if (text.startswith("体系", head) and not centred) or SETS_UP_PRACTICE.match(m["object"]):
        return None  # a system (体系) only as what it is centred on; 完善以…: the verb is no item
    items = m.group("object").strip("“”").split("、")
    if len(items) == 2 and max(map(len, items)) <= 4:
        return None  # 系统集成、协同高效的监督格局: two qualities
    return m.start("object")


_LEVEL = "(?:省|市|县|区|乡镇|乡|镇|村|组|街道|社区|区县|县区|县市区|州|盟|旗)(?:[（(][^）)]{1,6}[）)])?"
# 市、区县、街道三级; 县、乡、村、组四级 (a village's groups); 乡镇（街道）: a two-character level with its alternative
LEVELS_COUNT = re.compile(f"(?:{_LEVEL}[、和]?)+{_LEVEL}[二两三四五六]级")  # (县乡村三级: no marks between)


def levels_before(text: str, start: int, head: int) -> int | None:
    """The start of a list of levels and their count (市、县（区）、乡（镇）三级) that names a practice whose
    description starts at ``start`` (or inside the list: 街道三级联动机制 of 市、区县、街道三级联动机制), else None.

    >>> text = "构建市、区县、街道三级联动机制"
    >>> levels_before(text, text.index("街道"), text.index("机制"))
    2
    >>> text = "建立市、县（区）、乡镇（街道）、村（社区）四级河湖长体系"
    >>> levels_before(text, text.index("村"), text.index("体系"))
    2
    """
    for m in LEVELS_COUNT.finditer(text, max(0, start - 30), head):
        if m.start() <= start < m.end():
            return m.start()
    return None


LEVELS_ENDING = re.compile(LEVELS_COUNT.pattern + "$")  # (``$`` at the search's end position)


def levels_ending(text: str, end: int) -> int | None:
    """The start of a list of levels and their count ending at ``end`` (县乡村三级 before 田长制), else None.

    >>> text = "建立县乡村三级田长制"
    >>> levels_ending(text, text.index("田长制"))
    2
    """
    m = LEVELS_ENDING.search(text, max(0, end - 30), end)
    return None if m is None else m.start()


def without_who_leads(text: str, found: Found) -> Found:
    """``found`` without a clause on who leads it before 的 (建立由两市市长牵头的联席会议制度: 联席会议制度).

    >>> text = "建立由两市市长牵头的联席会议制度"
    >>> f = without_who_leads(text, Found(2, 16, "MECH"))
    >>> text[f.start : f.end]
    '联席会议制度'
    """
    if text[found.start : found.start + 1] != "由" or (de := text.rfind("的", found.start, found.end)) < 0:
        return found
    return found._replace(start=de + 1) if found.end - de > 4 else found


LAST_WORD = re.compile(f"[{HAN}]{{2}}$")  # (the last two characters: the verb a step may end in)


def step_start(text: str, end: int) -> int:
    """The start of an item ending at ``end`` of a list after a verb that sets a practice up: back to a boundary
    word, or over a verb it ends in (问题线索移交、办理、反馈工作机制: the steps of one) up to a verb that sets up.

    >>> text = "建立问题线索移交、办理、反馈工作机制"
    >>> text[step_start(text, 8) : 8]
    '问题线索移交'
    """
    start = extend_left(text, end, limit=12)
    if start == end and (verb := LAST_WORD.search(text, max(0, end - 4), end)) is not None:
        start = extend_left(text, verb.start(), limit=10)
        start = end if SETS_UP_PRACTICE.search(text, start, end) else start
    return start


def parallel_items(items: list[Found], last: int) -> bool:
    """Whether two items or more and the last description (``last`` characters) are four characters each: parallel
    phrases that name one practice (信息共享、线索互移、成果互用机制), not several (节点监督检查、典型案例通报机制)."""
    return len(items) >= 2 and last == 4 and all(item.end - item.start == 4 for item in items)
