"""Practices named by the way a field's work is done: 成品油智慧监管, 行政决策合法性审查, 用地用林联动审批.

Governance prose names a standing way of working by its field, a word for how the work is done (智慧, 联动,
一体化, 合法性…) and the kind of work (监管, 审批, 审查…), as the object of a verb that puts it in place or to work
(开展成品油智慧监管, 严格行政决策合法性审查). Without the word for how, the kind of work in a field is no name
(加强食品安全监管); without a field, the way is a kind of work (强化联动审批).

Examples
--------
>>> text = "全面开展成品油智慧监管，严格行政决策合法性审查。"
>>> [text[f.start : f.end] for f in manners(text)]
['成品油智慧监管', '行政决策合法性审查']

A coinage that joins two ways or fields with + (纪检+审计贯通协作, 大数据+监督模式) is a practice's name too, quoted
or not: :func:`joined_coinages`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.anchors import windowed
from kg.pipeline.spans import Found, extend_left

# verbs that put a way of working in place or to work
_VERBS = "开展|实行|推行|实施|推进|深化|严格|强化|加强|探索|健全|建立|落实|推动|优化|创新|完善|实现"
# how the work is done
MANNERS = ("智慧|联动|协同|一体化|合法性|一致性|穿透式|差异化|精准|全生命周期|闭环|网格化"
           "|分级分类|分类分级|非现场|跨部门|跨区域")
# the kinds of work a way is named for
WORK = "监管|审批|审查|评估|管理|管控|监督|执法|服务"
MANNER_NAME = windowed(re.compile(
    rf"(?:{_VERBS})(?P<name>(?:(?!{_VERBS})[^\W\d_的和与及等了]){{2,12}}?(?:{MANNERS})(?:{WORK}))"
    "(?=[，。；、和等]|$)"))


# 提级核查, 交叉执法, 异地审查: a check taken up a level, swapped between or moved to other places (no unit: 交叉检查组)
LEVELLED_WORK = re.compile("(?:提级|交叉|异地)(?:审计|核查|审查|调查|执法|检查|评查|督察|督查|巡察|巡视|办案|监督"
                           "|督办|查办|管辖|互查)(?![组室队员])|提级办理")


# 以巡促改, 以督促改, 以案促治: one kind of work used to drive another
DRIVEN_WORK = re.compile("以(?:巡|督|查|审|评|考|训|案|访|赛)促(?:改|建|治|学|干|用|优|进)(?:促[改建治])?")


# 纳入法治政府建设考评, 平安建设考核, 高质量发展综合绩效考核: the assessment of a named programme
ASSESSED = re.compile("(?:(?<=[\u4e00-\u9fff]{2})建设|高质量发展)(?:综合)?(?:绩效)?(?:考评|考核)")


# 不发通知、不打招呼、不听汇报、直奔基层: a check made unannounced, named by the things it does not do (three or more
# 不… phrases of four characters, a last one of another kind may close it; not 不推诿、不拖延、不敷衍, a style)
_REFUSAL = "不(?!同|断|仅|少|足|良|当|法|正)[\u4e00-\u9fff]{3}"  # (不同地区: no refusal)
UNANNOUNCED = re.compile(rf"(?:{_REFUSAL}、){{2,}}{_REFUSAL}(?:、(?!不)[\u4e00-\u9fff]{{4,6}}(?=[，。；的]))*")


def manners(text: str) -> Iterator[Found]:
    """The practices of ``text`` named by a field, a way and a kind of work, after a verb that puts them in place,
    the checks named by the level or place they are moved to (提级核查, 交叉执法), a kind of work driving another
    (以巡促改), and the assessment of a programme (平安建设考评).

    >>> list(manners("强化联动审批，加强食品安全监管。"))
    []
    >>> text = "实行提级核查和交叉执法，派出交叉检查组，以巡促改，纳入平安建设考评。"
    >>> [text[f.start : f.end] for f in manners(text)]
    ['提级核查', '交叉执法', '以巡促改', '平安建设考评']
    >>> text = "采取不发通知、不打招呼、不听汇报、直奔现场的方式"
    >>> [text[f.start : f.end] for f in manners(text)]
    ['不发通知、不打招呼、不听汇报、直奔现场']
    """
    for m in MANNER_NAME.finditer(text):
        yield Found(m.start("name"), m.end("name"), "MECH", "practice")
    for pattern in (LEVELLED_WORK, DRIVEN_WORK):
        for m in pattern.finditer(text):
            yield Found(m.start(), m.end(), "MECH", "practice")
    for m in UNANNOUNCED.finditer(text):
        yield Found(m.start(), m.end(), "MECH", "practice")
    for m in ASSESSED.finditer(text):
        start = extend_left(text, m.start(), limit=8) if m.group().startswith("建设") else m.start()
        if m.end() - start >= 6:
            yield Found(start, m.end(), "MECH", "practice")


# 探索纪检+审计贯通协作, 运用大数据+监督模式, 推动监督+治理贯通: parts joined by + after a verb that puts them to work,
# up to a head of a way of working or to the clause's end
_PART = r"[^\W_的和与及等了]"
_COINAGE_HEADS = "机制|模式|体系|制度|工作法|格局|协作|联动|贯通|融合"
JOINED_COINAGE = re.compile(
    rf"(?:{_VERBS}|运用|构建|打造)(?P<name>{_PART}{{1,6}}[+＋]{_PART}{{1,6}}?(?:[+＋]{_PART}{{1,6}}?)*"
    rf"(?:(?:{_PART}{{0,6}}?(?:{_COINAGE_HEADS}))+|(?=[，。；、]|$)))")


def joined_coinages(text: str) -> Iterator[Found]:
    """Practices named by parts joined with + after a verb that puts them to work (not quoted: the quote grammar
    finds those).

    >>> text = "探索纪检+审计贯通协作，运用大数据+监督模式，推行1+N。"
    >>> [text[f.start : f.end] for f in joined_coinages(text)]
    ['纪检+审计贯通协作', '大数据+监督模式']
    """
    if "+" not in text and "＋" not in text:
        return
    for m in JOINED_COINAGE.finditer(text):
        name = m.group("name")
        if sum(map(str.isalpha, name.replace("+", "").replace("＋", ""))) >= 4 and not name.isascii():
            yield Found(m.start("name"), m.end("name"), "MECH", "practice")


# 其中“甲”“乙”2项做法被复制推广, “丙”入选最佳实践案例: quoted names a text counts as practices or cases
COUNTED_PRACTICES = re.compile(
    "(?P<run>(?:“[^“”，。]{2,20}”[、和及]?){1,6})(?=(?:等)?[\\d一二三四五六七八九十两]*(?:项|个|条)?"
    "(?:经验做法|做法|经验|创新成果|改革经验|创新案例|典型案例|实践案例|最佳实践案例)"
    "|入选[^，。；]{0,20}?(?:案例|经验|做法))")
QUOTED = re.compile("“[^“”]+”")


def counted_practices(text: str) -> Iterator[Found]:
    """Each quoted name of a run the text counts as practices or cases (“甲”“乙”2项做法, “丙”入选…案例).

    >>> text = "其中“跨境结算便利化”“互市商品落地加工”2项做法被复制推广。"
    >>> [text[f.start : f.end] for f in counted_practices(text)]
    ['“跨境结算便利化”', '“互市商品落地加工”']
    """
    if "”" not in text:
        return
    for m in COUNTED_PRACTICES.finditer(text):
        for q in QUOTED.finditer(text, m.start("run"), m.end("run")):
            yield Found(q.start(), q.end(), "MECH", "practice")

