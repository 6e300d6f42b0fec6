"""Mechanisms (MECH): named, institutionalised ways of working.

Five signals, all from closed lexicons and the grammar of governance prose: a quoted name with a mechanism head
(“三反馈”机制, “510”模式) or one a practice verb puts to work (开展“后评估”, 推行“集成办”“就近办”); a free
description before a mechanism head (建立 + 监督工作台账, 建立 + 市委巡察工作联席会议制度) unless it is only
generic words (工作机制, 协作配合机制); the object of a verb that sets a practice up (建立 + …的机制, 制定 + …清单,
推行 + …); named campaigns (开展 + …专项整治); and nationwide set phrases (立行立改, 民主集中制) including the
纪巡联动 family of abbreviated compounds. Lists before 等…机制 give one mechanism per item.

A 体系, 格局 or 模式 described only by what it is about (住房供应体系, 开放格局) and a kind of work from the lexicon
(日常监督, 行政复议) are generic mechanisms: kept only where a relation needs them.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("kg_mechanisms")
>>> doc = nlp("县审计局探索建立“双报告”机制，开展“回访评”，坚持立行立改，建立会商通报、联合约谈等工作机制。")
>>> [s.text for s in doc.spans["kg"]]
['“双报告”机制', '“回访评”', '立行立改', '会商通报', '联合约谈']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.bare_bodies import is_own_account, own_account
from kg.pipeline.campaigns import campaigns, national_surveys, pilots, place_brands
from kg.pipeline.compiled import compile_regex
from kg.pipeline.descriptions import (
    across_joint,
    bracket_before,
    clauses_start,
    formula_start,
    levels_before,
    listed_before_etc,
    overlaps,
    parallel_items,
    step_start,
    strip_front,
    verb_after_body,
    verb_as_noun,
    without_who_leads,
)
from kg.pipeline.lexicons import (
    BOUNDARY_WORDS,
    CAMPAIGN_HEADS,
    SETS_UP_PRACTICE,
    is_generic,
    verb_table,
)
from kg.pipeline.manners import counted_practices, joined_coinages, manners
from kg.pipeline.named_work import emergency_responses, paired_cooperation
from kg.pipeline.objects import practice_objects
from kg.pipeline.quotes import QuotedNames
from kg.pipeline.regions import doc_places
from kg.pipeline.set_phrases import SetPhrases
from kg.pipeline.set_up import QUOTED_SET_UP_VERBS
from kg.pipeline.spans import (
    HAN,
    NOUNS_ACROSS,
    Found,
    add_found,
    doc_text,
    entity_spans,
    extend_left,
    is_han,
    marked,
    stem_start,
)

_VERBS = verb_table()

# 纪巡联动, 巡审协同, 组巡协调: two bodies abbreviated to one character each, then how they work together.
ABBREVIATED_COMPOUND = re.compile(
    r"(?:[纪组宣审财督监][巡察视]|巡[审纪组宣财])(?:融合|联动|协调|协作|贯通|协同|结合|衔接|联合)")
# the kinds of check and clean-up a discipline article names by what they target (违规吃喝问题专项整治)
QUESTION = re.compile("哪|什么|何种|怎样|如何")
# (what such a check targets: 违规吃喝问题, 领导干部利用职权为亲友牟利, 不正之风和腐败问题)
MISCONDUCT = re.compile("违规|违纪|违法|问题|腐败|不正之风|牟利|吃喝|收送|礼品|礼金|作风|形式主义|官僚主义|不作为"
                        "|乱作为"
                        "|顽瘴痼疾|公款|超标|插手|侵害|骗取|套取|挪用|侵占|滥用|失职|渎职|歪风|陋习|利益")
DESCRIBED_KIND = re.compile("专项整治|集中整治|系统整治|综合整治|专项治理|专项监督|专项检查|专项巡察|专项巡视"
                            "|专项督查|专项巡查")
# Heads that need a proper name to make a name: 住房供应体系, 开放格局, 城市更新模式 are kinds, not names.
DESCRIPTIVE_HEADS = ("体系", "格局", "工作格局", "模式")
# 大调解工作格局, 大统战工作格局: a "big" field of work joined up across bodies, a coinage of its own
BIG_WORK = re.compile("大(?:调解|统战|监督|宣传|综治|安全|应急|治理|党建|警务|执法|信访|政法|巡察|审计)")
# Verbs that put a mechanism to work: they start no object of 建立 (建立实施…机制), where 促进, 规范 may
# (完善促进消费长效机制)
PUTS_TO_WORK = ("实施", "落实", "执行", "推进", "推行", "实行", "运行", "用好", "建立", "健全", "完善", "探索", "深化",
                "优化", "拓展", "加强", "强化", "创新", "改进", "巩固")
COUNT_AFTER_ETC = re.compile("等[\\d一二两三四五六七八九十]+[项个类种条]$")
COUNT_BEFORE_HEAD = re.compile("[\\d一二两三四五六七八九十]+[项个类种条大](?:工作)?$")


# the people of a body (村集体经济组织负责人, 党组成员): a description of a practice for them may start with the body
# people a practice is for, listed before the head they share (青年人才、紧缺技能人才引进机制)
PEOPLE_LISTED = re.compile("(?:人才|人员|干部|群众|职工|农民工|老年人|儿童|学生|青年|妇女|残疾人)$")
PEOPLE_OF = re.compile("(?:主要)?(?:负责人|成员|干部|工作人员|职工|党员)")

PUTS_IN_FORCE = re.compile("落实|深化|完善|健全|优化|强化|用好|执行")  # verbs that put an existing practice to work
# ledgers and pools: a practice only where a verb of the clause sets one up (建立问题线索台账, 建立专家资源库)
KEPT_RECORDS = frozenset("台账 问题库 资源库 需求库 知识库 培育库 案例库 线索库 档案库".split())
LISTED_HEAD = re.compile("(?:清单|台账)[和及、]")  # a list or ledger before another of a list: two things set up

class MechanismFinder:
    """Find mechanism names in a Doc."""

    def __init__(self, *, heads: list[str], terms: list[str], kinds_of_work: Iterable[str] = ()) -> None:
        head_re = "(?:" + "|".join(sorted(heads, key=len, reverse=True)) + ")"
        # 制度化, 工作法治, 工作法规, 制度型开放, 主流媒体系统性, 制度笼子, 制度创新, 制度安排, 机制活: the head
        # starts another word or is said to be so; 制度机制, 制度体系: two heads make one generic compound
        # (制度漏洞, 机制短板: a gap in a system, no system named)
        # (拖拉机制造厂: 机 of a machine, 制造 a verb)
        self.heads = compile_regex(head_re + r"(?![化性上治律规型统笼活定订度态造]|创新|机制|体系|安排|集成"
                                   r"|漏洞|缺陷|短板|空白|盲区|缺失)")
        # (社会信用体系建设工作协调机制: a system one builds is no second head in a name)
        self.head_word = compile_regex("(?:" + "|".join(h for h in heads if h != "台账") + ")(?!建设)")
        self.phrases = SetPhrases(terms, kinds_of_work)
        self.term_set = self.phrases.term_set
        self.quotes = QuotedNames(heads=heads, terms=self.term_set)

    def __call__(self, doc: Doc) -> Doc:
        titles = sorted((s.start_char, s.end_char) for s in entity_spans(doc, "DOC"))
        orgs = sorted((s.start_char, s.end_char) for s in entity_spans(doc, "ORG"))
        text = doc_text(doc)
        found = self.find(text, orgs=orgs, own=own_account(doc), places=doc_places(doc))
        reach = _reach(orgs)
        title_reach = _reach(titles)
        quoted_bodies = {(s - 1, e + 1) for s, e in orgs if text[s - 1 : s] == "“" and text[e : e + 1] == "”"
                         and SETS_UP_BODY_BEFORE.search(text, max(0, s - 4), s - 1) and not is_han(text[e + 1 : e + 2])}
        add_found(doc, [f for f in found if not _inside_title(text, f, titles, title_reach)
                        and not _inside_body(f, orgs, reach) and not _whole_title(text, f)
                        and (f.start, f.end) not in quoted_bodies])  # (建立“律商联络站”: the body set up, quoted)
        return doc

    def find(self, text: str, *, orgs: list[tuple[int, int]] | None = None, own: bool | None = None,
             places: list[tuple[int, int]] | None = None) -> list[Found]:
        """All mechanism candidates in ``text``; ``orgs`` are the bodies found in it (their spans, in order);
        ``own``: whether the text is a body's account of its own work (None: as the text says); ``places``: its
        place names."""
        orgs = orgs or []
        found = self.quotes.find(text)
        quoted = marked(len(text) + 1, [(f.start, f.end) for f in found])
        found += [f for f in self._headed(text, orgs) if not quoted[f.start]]
        found += self.phrases.find(text, orgs)
        found += [Found(m.start(), m.end(), "MECH", "practice") for m in ABBREVIATED_COMPOUND.finditer(text)]
        found += campaigns(text)
        found += pilots(text)
        found += national_surveys(text)  # 第五次全国经济普查, 国务院…综合督查
        found += manners(text)
        found += [f for f in joined_coinages(text) if not quoted[f.start]]
        found += counted_practices(text)
        found += place_brands(text, places or [])
        found += emergency_responses(text) + paired_cooperation(text, places or [])  # 防汛Ⅳ级应急响应, 苏铜协作
        found += practice_objects(text, orgs, self.head_word)
        found = [f for f in _with_field_before_quote(text, found) if not _meeting_held(text, f)]
        found = [without_who_leads(text, self._with_description(text, f, orgs)) for f in found]
        own = is_own_account(text) if own is None else own
        return found if own else [self._as_kind(text, f) for f in found]

    def _with_description(self, text: str, found: Found, orgs: list[tuple[int, int]]) -> Found:
        """A quoted campaign with the field it serves written between the verb and the quote, one name
        (开展校园及周边食品安全“护苗”专项行动); not a nationwide term's quote, nor a practice of other kinds
        (建立拖欠账款投诉线索“直转直办”机制: the annotations name the quote and its head).

        >>> import spacy
        >>> finder = spacy.blank("zh").add_pipe("kg_mechanisms")
        >>> text = "开展校园及周边食品安全“护苗”专项行动。"
        >>> [text[f.start : f.end] for f in finder.find(text) if f.start < 11]  # (the bare head too, resolved later)
        ['校园及周边食品安全“护苗”专项行动']
        """
        if text[found.start : found.start + 1] != "“" or found.name or not text.endswith(
                CAMPAIGN_HEADS, 0, found.end):
            return found
        m = DESCRIBED_QUOTE.search(text, max(0, found.start - 16), found.start)
        if m is None or text[found.start + 1 : text.find("”", found.start)] in self.term_set or any(
                s < found.start and m.start("desc") < e for s, e in orgs):
            return found
        return found._replace(start=m.start("desc"))

    def _as_kind(self, text: str, found: Found) -> Found:
        """A check or clean-up an article describes by what it targets (开展违规吃喝、违规收送礼品礼金专项整治): the
        kind of work (专项整治, generic), not a name, but where a body gives an account of its own work (我们…) or
        the name is quoted or nationwide.

        >>> import spacy
        >>> finder = spacy.blank("zh").add_pipe("kg_mechanisms")
        >>> text = "省纪委监委开展违规吃喝问题专项整治"
        >>> sorted({(text[f.start : f.end], f.generic) for f in finder.find(text) if f.end == len(text)})
        [('专项整治', True)]
        """
        kind = DESCRIBED_KIND.search(text, found.start, found.end)
        name = text[found.start : found.end]
        if kind is None or kind.end() != found.end or kind.start() == found.start:
            return found
        if "”" in name or text[found.start - 1 : found.start] == "”" or name in self.term_set:
            return found  # a quoted name before the kind names it
        if kind.group().endswith(("整治", "治理")) and not MISCONDUCT.search(text, found.start, kind.start()):
            return found  # 城镇燃气安全专项整治: a clean-up named by the field it makes safe, not by misconduct it
            # targets (a check named by its fields is still its kind: 党建、财经纪律专项检查)
        return found._replace(start=kind.start(), generic=True)

    # -- a description before a head ---------------------------------------------------------------------------

    def _headed(self, text: str, orgs: list[tuple[int, int]]) -> list[Found]:
        found = []
        for m in self.heads.finditer(text):  # (建立了哪些制度？: a question names none)
            found += [f for f in self._described(text, m, orgs) if not QUESTION.search(text, f.start, f.end)]
        return found

    def _described(self, text: str, m: re.Match[str], orgs: list[tuple[int, int]]) -> list[Found]:
        """The mechanism the head ``m`` names with the description before it, and the items listed with it."""
        head = m.start()
        if text[head - 1 : head] in ("与", "和", "及"):
            return []  # 推动问题整改与制度建设: the head a word of its own after a conjunction, no name's
        clauses = clauses_start(text, head)  # 建立企业出题、院所答题…的协同攻关机制: one name (holding no body)
        if clauses is not None and not overlaps((clauses, head), orgs):
            return [Found(clauses, m.end(), "MECH", "mechanism")]
        start = stem_start(text, bracketed := bracket_before(text, head), limit=12)
        start = head if start == bracketed else start  # (（园长）负责制 with no description before it: none)
        if start is None:  # a description of more than 12 characters: only as the whole object of 建立…
            whole = self._set_up_object(text, extend_left(text, head, limit=32), head, orgs, min_gap=0)
            if whole is None:
                return []
            generic = m.group() in DESCRIPTIVE_HEADS and not self._proper(text[whole : m.end()])
            return [Found(whole, m.end(), "MECH", "mechanism", generic)]
        start = dash_chain_start(text, strip_front(text, across_joint(text, start)))
        if figure := re.search(r"[\dA-Za-z]+(?:[+＋×][\dA-Za-z]+)+$", text[max(0, start - 12) : start]):
            start -= len(figure.group())  # 1+N人才政策体系
        before = text[start - 1 : start]
        deng = start - 1
        if counted := COUNT_AFTER_ETC.search(text, max(0, start - 6), start):
            before, deng = "等", counted.start()  # A、B、C等4项工作机制: the count of the items listed
        elif (counted := COUNT_BEFORE_HEAD.search(text, max(0, head - 6), head)) and "、" in text[
                max(0, counted.start() - 15) : counted.start()]:
            before, deng, start = "等", counted.start(), counted.end()  # A、B、C三项机制: each item, as after 等
        if before == "等" and deng > 0:  # 约谈提醒、督办通报等工作机制; not 保税维修等新业态新模式
            stem = text[start:head]  # not 市场经济、民主法治等体制机制: fields of a system
            if "体制" in stem:
                return []
            if is_generic(stem):  # (A公司、B集团深化三项制度改革: bodies before the count, no items of it)
                return [f for f in listed_before_etc(text, deng) if not overlaps((f.start, f.end), orgs)]
            # 建立甲湖、乙湖等跨界河湖联合巡查机制: what follows 等 names the mechanism, the items its scope; not
            # the bodies' (等部门协作机制) nor new kinds (等新业态新模式)
            # (“甲”“乙”等联农带农机制: the quotes are the mechanisms, the words after 等 their kind)
            scoped = len(stem) >= 4 and not stem.startswith(("部门", "单位", "机关", "机构", "新"))
            scoped = scoped and text[deng - 1 : deng] != "”"
            return [Found(start, m.end(), "MECH", "mechanism")] if scoped else []
        if before == "的" and (formula := formula_start(text, start - 1)) is not None:
            return [Found(formula, m.end(), "MECH", "mechanism")]  # 统一领导、部门协调…的信访工作格局
        if before == "的" and head - start >= 2 and (whole := self._set_up_object(text, start, head, orgs,
                                                                                min_gap=5)) is not None:
            # 完善集中力量办大事的财政保障机制: the object whole; …的制度机制 describes a generic one
            return [Found(whole, m.end(), "MECH", "mechanism", is_generic(text[start : m.end()]))]
        if start == head and (verb_end := verb_as_noun(text, head, orgs)) is not None:
            start = verb_end  # 闭环落实机制
        # (省交易中心负责专家库的日常运维: the body and what it does, no part of the pool's name)
        between = orgs[bisect_left(orgs, (start, -1)) : bisect_left(orgs, (head, -1))]  # (orgs: in order)
        start = max([start] + [end + 2 for _, end in between
                               if end + 2 <= head and text[end : end + 2] in BOUNDARY_WORDS])
        stem = text[start:head]
        if m.group() in KEPT_RECORDS and not self._ledger_set_up(text, start, stem):
            return []  # 核对资金台账, 台账登记不完整, 存入资源库: a ledger or pool kept or used, no practice named
        named = len(stem) >= 2 and (not is_generic(stem) or m.group() in KEPT_RECORDS)
        # 承诺制, 责任制 name a system even without a description in front
        self_naming = m.group() in ("责任制", "负责制", "承诺制") and text[head - 1 : head] != "”"
        if not (named or self_naming):  # 建立…听取意见建议的机制 names one; 防治…的制度机制 is two generic heads
            whole = None
            if stem not in ("制度", "体制"):  # (深化落实国资国企协同监管机制: one put in force)
                whole = self._set_up_object(text, start, head, orgs)
                if whole is None:
                    whole = self._set_up_object(text, start, head, orgs, verbs_of=PUTS_IN_FORCE)
            if whole is None or is_generic(text[whole:head]):
                return []
            generic = m.group() in DESCRIPTIVE_HEADS and not self._proper(text[whole:m.end()])
            return [Found(whole, m.end(), "MECH", "mechanism", generic)]
        if before != "的" and (whole := self._set_up_object(text, start, head, orgs)) is not None:
            start = whole  # not after 的: 与…相适应的财政投入机制 keeps its name
        if m.group() in DESCRIPTIVE_HEADS:
            start = self._term_start(text, start, m.end())
        generic = m.group() in DESCRIPTIVE_HEADS and not self._proper(text[start:m.end()])
        if (levels := levels_before(text, start, head)) is not None:
            start, generic = levels, False  # 市、县（区）、乡（镇）三级湖长体系: the levels it joins name it
        items = self._set_up_list(text, start - 1) if text[start - 1 : start] in ("、", "和", "及") else []
        people = any(PEOPLE_LISTED.search(text, item.start, item.end) for item in items)
        if people or any(item.end - item.start < 4 for item in items) or parallel_items(items, head - start):
            # 完善问题收集、办理、反馈闭环机制: one, with its steps; 信息共享、线索互移、成果互用机制: a formula;
            # 完善青年人才、紧缺技能人才引进机制: one, for the people listed
            start, items = min(item.start for item in items), []
        items = [item._replace(generic=generic) for item in items]
        return [*items, Found(start, m.end(), "MECH", "mechanism", generic)]

    @staticmethod
    def _ledger_set_up(text: str, start: int, stem: str) -> bool:
        """Whether a ledger (…台账) named from ``start`` is a practice: quoted, a formula (一企一台账; not
        通报一次台账…), or what a verb of its clause sets up (建立问题线索台账)."""
        if (text[start - 1 : start] == "“" and "”" in stem[-1:]) or stem[:1] == stem[2:3] == "一":
            return True  # (说：“我们每周调度一次整改台账: a quote opening speech, no quoted name)
        clause = max(text.rfind(p, 0, start) for p in "，。；：\n")
        return SETS_UP_PRACTICE.search(text, clause + 1, start) is not None

    def _term_start(self, text: str, start: int, end: int) -> int:
        """The start of the longest known practice ending at ``end`` inside ``text[start:end]`` after four characters
        or more (统筹解决社会信用体系: 社会信用体系), else ``start``: a clause before a nationwide system's name is no
        part of it (a short qualifier is: 基层应急管理体系)."""
        return next((s for s in range(start + 4, end - 3) if text[s:end] in self.term_set), start)

    def _proper(self, stem: str) -> bool:
        """Whether a description holds a proper part: a figure or coinage (1+N政策体系), a known practice."""
        return bool(re.search(r"[\dA-Za-z+＋×]", stem)) or BIG_WORK.match(stem) is not None or any(
            stem[i:j] in self.term_set for i in range(len(stem)) for j in range(i + 4, len(stem) + 1))

    def _set_up_object(self, text: str, start: int, head: int, orgs: list[tuple[int, int]], *,
                       min_gap: int = 2, verbs_of: re.Pattern[str] = SETS_UP_PRACTICE) -> int | None:
        """The start of the whole object of a verb that sets a practice up (建立, 健全…), when the description
        in front of the head stopped short of it inside the clause (…结果与预算安排和政策调整挂钩机制); else None.
        The object holds no other head (建立巡察制度和整改机制 is two), no body and no punctuation."""
        joined = JOINED_WORK.search(text, start, head) is not None
        if start < 1 or not (is_han(text[start - 1]) or (joined and text[start - 1] == "、")):
            return None
        verbs = [v for v in verbs_of.finditer(text, max(0, head - 32), start)
                 if text[v.end() - 1 : v.end() + 1] not in NOUNS_ACROSS]  # (落实行政…: no 实行)
        last = verb_after_body(text, verbs[-1], orgs, start) if verbs else None
        if last is None:
            return None
        begin = last.end()
        begin += text[begin] == "了"
        if text.startswith(PUTS_TO_WORK, begin) or text[begin] in "和与及并":  # 建立实施…机制, 健全和落实…机制
            return None
        # (建立纪检监察监督、审计监督贯通协同机制: the kinds of work a list names work together, one mechanism)
        outside = rf"[^{HAN}、]" if joined or JOINED_WORK.search(text, begin, head) else rf"[^{HAN}]"
        if start - begin < min_gap or re.search(outside, text[begin:head]):
            return None
        if self.head_word.search(text, begin, start) or LISTED_HEAD.search(text, begin, start):
            return None  # (建立问题清单和整改台账: two)
        # 建立市纪委与审计局协作机制: the bodies; but 建立村集体经济组织负责人离任审计制度 names the people it is for
        return None if any(s == begin and not PEOPLE_OF.match(text, e) for s, e in orgs) else begin

    @staticmethod
    def _set_up_list(text: str, comma: int) -> list[Found]:
        """Items before the last one of '建立健全A、B机制' (the items share the head): A, when the list
        starts right after a verb that sets a practice up."""
        items, end = [], comma
        while (start := step_start(text, end)) <= end - 2:
            items.append(Found(start, end, "MECH", "practice"))
            if text[start - 1 : start] != "、":
                return items if SETS_UP_PRACTICE.search(text, max(0, start - 4), start) else []
            end = start - 1
        return []


def dash_chain_start(text: str, start: int) -> int:
    """The start of a chain of steps joined by dashes that ends in the description at ``start`` (健全就业—专业—招生联动
    机制: the whole chain names it), else ``start``.

    >>> text = "健全就业—专业—招生联动机制"
    >>> text[dash_chain_start(text, 8) :]
    '就业—专业—招生联动机制'
    """
    while text[start - 1 : start] == "—" and start >= 3 and is_han(text[start - 2]):
        left = extend_left(text, start - 1, limit=6)
        if start - 1 - left < 2:
            break
        start = left
    return start


SETS_UP_BODY_BEFORE = re.compile(f"(?:{'|'.join(QUOTED_SET_UP_VERBS)})了?$")  # (建立“律商联络站”。)

# How the parts a description lists work together (A与B、C贯通协同机制: one mechanism, A, B and C its parties)
JOINED_WORK = re.compile("(?:贯通|协同|协调|衔接|联动|协作|融合)(?:发展)?(?:[和与](?:治理|监管|管理))?$")

# 开展校园及周边食品安全“护苗”专项行动: the field of a quoted campaign between the verb and the quote
DESCRIBED_QUOTE = re.compile("(?:推行|实行|开展|建立|实施|推进|探索|构建|打造|健全|启动)"
                             "(?P<desc>(?:(?![开推实建]|全面|持续)[^\\W\\d_的和与、，。“”]){2,10})$")


# a joint meeting held once (第五次联席会议, 召开涉“两卡”案件联席会议), not the practice of meeting (召开一次联席会议)
MEETINGS = ("联席会议",)
SESSION = re.compile("第[\\d一二三四五六七八九十]+次$")
REGULARLY = ("一次", "定期", "每月", "每季度", "每年", "每半年", "每周")


def _meeting_held(text: str, found: Found) -> bool:
    """Whether ``found`` is a meeting's name right after its session (第五次) or a description of its own
    (对口合作联席会议): one meeting held, not a practice; kept after a verb or a frequency (通过联席会议,
    每季度召开一次联席会议).

    >>> text = "召开第五次联席会议，通过联席会议协调，召开对口合作联席会议"
    >>> [_meeting_held(text, Found(i, i + 4, "MECH")) for i in (5, 12, 25)]
    [True, False, True]
    """
    if text[found.start : found.end] not in MEETINGS or found.start == 0:
        return False
    before = text[max(0, found.start - 6) : found.start]
    if SESSION.search(before):
        return True
    return is_han(before[-1]) and not before.endswith(REGULARLY) and not any(
        before.endswith(w) for w in BOUNDARY_WORDS if len(w) <= len(before))


def _with_field_before_quote(text: str, found: list[Found]) -> list[Found]:
    """A known practice right before a quoted practice with its head is the field the quote's system is for, one
    name with it (推行涉企行政检查“扫码入企”制度: 涉企行政检查“扫码入企”制度).

    >>> text = "推行涉企行政检查“扫码入企”制度"
    >>> [text[f.start : f.end] for f in _with_field_before_quote(text, [Found(2, 8, "MECH"), Found(8, 16, "MECH")])]
    ['涉企行政检查“扫码入企”制度']
    """
    starts = {f.start: f for f in found if text.startswith("“", f.start) and not text.endswith("”", 0, f.end)}
    joined = {id(f): starts[f.end] for f in found if f.end in starts and f.start < f.end - 1
              and not text.endswith("”", 0, f.end) and not text.startswith("“", f.start)}  # (“甲”“乙”行动: two)
    if not joined:
        return found
    absorbed = {id(q) for q in joined.values()}
    return [f._replace(end=joined[id(f)].end, generic=False) if id(f) in joined else f
            for f in found if id(f) not in absorbed]


def _reach(orgs: list[tuple[int, int]]) -> list[int]:
    """The furthest end among ``orgs`` (sorted) up to each: what a span starting there may lie inside.

    >>> _reach([(0, 9), (3, 5), (12, 14)])
    [9, 9, 14]
    """
    reach, furthest = [], -1
    for _start, end in orgs:
        furthest = max(furthest, end)
        reach.append(furthest)
    return reach


def _inside_body(found: Found, orgs: list[tuple[int, int]], reach: list[int]) -> bool:
    """A mechanism inside a body's name is part of that name (社会信用体系 of 社会信用体系建设领导小组); ``orgs``
    sorted, ``reach`` their :func:`_reach`.

    >>> orgs = [(0, 13), (20, 26)]
    >>> [_inside_body(Found(a, b, "MECH"), orgs, _reach(orgs)) for a, b in [(0, 6), (20, 26), (14, 18)]]
    [True, False, False]
    """
    return any(start <= found.start and found.end <= end and end - start > found.end - found.start
               for start, end in _reaching(found, orgs, reach))


def _reaching(found: Found, spans: list[tuple[int, int]], reach: list[int]) -> list[tuple[int, int]]:
    """The ``spans`` (sorted) that start where ``found`` does or before, when one of them reaches past its end; none
    when no span starting before it does (bisect: no scan of every span)."""
    last = bisect_right(spans, (found.start, 1 << 30)) - 1
    return spans[: last + 1] if last >= 0 and reach[last] >= found.end else []


def _whole_title(text: str, found: Found) -> bool:
    """Whether ``found`` is the whole of a title in 《》 kg found no document in (文艺晚会《美丽新疆》: a show's).

    >>> _whole_title("晚会《美丽青禾》", Found(3, 7, "MECH")), _whole_title("美丽青禾建设", Found(0, 4, "MECH"))
    (True, False)
    """
    return text[found.start - 1 : found.start] == "《" and text[found.end : found.end + 1] == "》"


def _inside_title(text: str, found: Found, titles: list[tuple[int, int]], reach: list[int]) -> bool:
    """A mechanism inside a title is part of the title, also where the title says it is set up (《关于建立X机制的
    意见》: the annotations name the document, not the mechanism, unless the text names it again outside);
    ``titles`` sorted, ``reach`` their :func:`_reach`."""
    return any(start <= found.start and found.end <= end for start, end in _reaching(found, titles, reach))


@Language.factory(
    "kg_mechanisms",
    default_config={"heads": {"@misc": "kg.mechanism_heads.v1"}, "terms": {"@misc": "kg.mechanism_terms.v1"},
                    "kinds_of_work": {"@misc": "kg.kinds_of_work.v1"}},
    assigns=["doc.spans"],
)
def make_mechanisms(nlp: Language, name: str, *, heads: list[str], terms: list[str],
                    kinds_of_work: list[str]) -> MechanismFinder:
    """Factory of the ``kg_mechanisms`` component."""
    return MechanismFinder(heads=heads, terms=terms, kinds_of_work=kinds_of_work)
