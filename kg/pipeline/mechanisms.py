"""Mechanisms (MECH): named, institutionalised ways of working.

Four signals, all from closed lexicons: a quoted name with a mechanism head (“三反馈”机制, “510”模式); a
quoted name a practice verb puts to work (开展“后评估”, 推行“集成办”“就近办”); a free description before a
mechanism head (建立 + 监督工作台账, 建立 + 市委巡察工作联席会议制度) unless it is only generic words
(工作机制, 协作配合机制); and nationwide set phrases (立行立改, 上下联动, 民主集中制) including the 纪巡联动
family of abbreviated compounds. Lists before 等…机制 give one mechanism per item.

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

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.lexicons import OBJECT_VERBS, QUOTED_MECHANISM_HEADS, SETS_UP_PRACTICE, SLOGANS
from kg.pipeline.spans import HAN, Found, add_found, doc_text, entity_spans, extend_left, stem_start, trie_regex

QUOTED = re.compile(r"[“「‘\"]([^“”「」‘’\"\n，。；,;]{1,15})[”」’\"]")
PRACTICE_VERBS = ("推行", "实行", "建立", "探索", "开展", "坚持", "落实", "推进", "深化", "实施", "采用", "采取",
                  "运用", "创新", "构建", "搭建", "推广", "实现", "扩大", "强化", "作为", "进行", "试行", "健全",
                  "完善")
PRACTICE_TAILS = ("衔接", "联动", "协同", "融合")
# Words that say nothing about which mechanism: a stem made only of them is a generic mention.
GENERIC_WORDS = ("工作", "协作", "配合", "协调", "长效", "管理", "监督", "体制", "运行", "保障", "相关", "有关", "各项",
                 "常态化", "规章", "内部", "对接", "联系", "安全", "治理", "制度", "机制", "考核", "评价", "激励",
                 "约束", "责任", "日常", "相应", "一系列", "一整套", "完整", "科学", "有效", "健全", "完善", "现代",
                 "这一", "这项", "该项", "此项", "各类", "多种", "新的", "一项", "两项", "三项", "长期", "发展",
                 "服务", "经营", "传统", "现有", "原有", "全新", "新型", "一种", "这种", "多元", "常态", "新", "国家",
                 "社会", "基层", "全面")
NOT_PRACTICE = re.compile(
    r"(?:一把手|责任人|书记|组长|领导|月|日|年|思路|意识|维护|效应|文章|答卷|任务书|路线图|千里眼|顺风耳)$")
# What a slogan in quotes is said to be (以“钉钉子”精神, “抓铁有痕、踏石留印”的劲头): a spirit, not a practice.
SPIRIT_AFTER = re.compile(
    "的?(?:劲头|韧劲|干劲|精神|决心|作风|态度|气魄|恒心|毅力|勇气|担当|定力|主基调|基调|状态|姿态|势头)")
# 纪巡联动, 巡审协同, 组巡协调: two bodies abbreviated to one character each, then how they work together.
ABBREVIATED_COMPOUND = re.compile(
    r"(?:[纪组宣审财督监][巡察视]|巡[审纪组宣财])(?:融合|联动|协调|协作|贯通|协同|结合|衔接|联合)")
_ENUMERATION = re.compile(rf"^[{HAN}](?:、[{HAN}]){{2,}}$")
_GENERIC_LONGEST_FIRST = sorted(GENERIC_WORDS, key=len, reverse=True)


@functools.lru_cache(maxsize=16384)
def is_generic(stem: str, *, quoted: bool = False) -> bool:
    """True if ``stem`` is made only of generic words (协作配合, 常态化工作联系), leaving less than two
    characters; a ``quoted`` stem is a name unless nothing at all is left (“大监督”格局).

    >>> is_generic("协作配合"), is_generic("三反馈"), is_generic("大监督"), is_generic("大监督", quoted=True)
    (True, False, True, False)
    """
    rest = stem
    for word in _GENERIC_LONGEST_FIRST:
        rest = rest.replace(word, "")
    return len(rest) < (1 if quoted else 2)


# 开展群众身边不正之风和腐败问题集中整治, 实施提振消费专项行动: a named campaign after the verb that starts it
CAMPAIGN_VERBS = ("部署开展", "组织开展", "集中开展", "深入开展", "扎实开展", "开展", "实施", "启动", "推进")
CAMPAIGN_HEADS = ("专项行动", "攻坚行动", "行动计划", "行动", "工程", "专项整治", "集中整治", "专项治理", "综合治理",
                  "学习教育", "主题教育", "专项监督", "专项检查", "专项巡察", "试点")
CAMPAIGN = re.compile(rf"(?:{'|'.join(CAMPAIGN_VERBS)})了?(?P<name>[^\W\d_，。；、：的了和与及]{{2,18}}?"
                      rf"(?:{'|'.join(CAMPAIGN_HEADS)}))(?![\u4e00-\u9fff]{{0,2}}(?:机制|制度|工作|方案|计划))")


class MechanismFinder:
    """Find mechanism names in a Doc."""

    def __init__(self, *, heads: list[str], terms: list[str]) -> None:
        head_re = "(?:" + "|".join(sorted(heads, key=len, reverse=True)) + ")"
        quoted_re = "(?:" + "|".join(sorted([*heads, *QUOTED_MECHANISM_HEADS], key=len, reverse=True)) + ")"
        self.heads = re.compile(head_re + r"(?![化性上治律规])")  # 制度化, 工作法治, 工作法规: another word
        self.after_quote = re.compile(rf"(?P<de>的)?(?P<stem>[{HAN}]{{0,8}}?){quoted_re}(?![化性])")
        self.terms = re.compile(trie_regex(terms))

    def __call__(self, doc: Doc) -> Doc:
        titles = [(s.start_char, s.end_char) for s in entity_spans(doc, "DOC")]
        text = doc_text(doc)
        add_found(doc, [f for f in self.find(text) if not _inside_title(text, f, titles)])
        return doc

    def find(self, text: str) -> list[Found]:
        """All mechanism candidates in ``text``."""
        found = self._quoted(text)
        quoted_spans = [(f.start, f.end) for f in found]
        found += [f for f in self._headed(text) if not any(s <= f.start < e for s, e in quoted_spans)]
        found += [Found(m.start(), m.end(), "MECH", "practice") for m in self.terms.finditer(text)]
        found += [Found(m.start(), m.end(), "MECH", "practice") for m in ABBREVIATED_COMPOUND.finditer(text)]
        found += [Found(m.start("name"), m.end("name"), "MECH", "campaign") for m in CAMPAIGN.finditer(text)]
        return found

    def _quoted(self, text: str) -> list[Found]:
        found = []
        chain_end = -1
        for m in QUOTED.finditer(text):
            inner = m.group(1)
            if NOT_PRACTICE.search(inner) or (inner.isdigit() and len(inner) < 2):
                continue
            end = self._headed_quote_end(text, inner, m.end())
            if end is not None:
                found.append(Found(m.start(), end, "MECH", "mechanism"))
            elif _slogan(inner, text, m.end()):  # “马上就办”工作机制 is one, “马上就办” alone a slogan
                continue
            elif text.startswith(PRACTICE_TAILS, m.end()):
                found.append(Found(m.start(), m.end() + 2, "MECH", "practice"))
            elif _ENUMERATION.match(inner) or (
                len(inner) >= 2 and (m.start() == chain_end or self._after_verb(text, m.start()))
            ):
                found.append(Found(m.start(), m.end(), "MECH", "practice"))
            else:
                continue
            chain_end = m.end() + (1 if text[m.end() : m.end() + 1] == "、" else 0)
        return found

    def _headed_quote_end(self, text: str, inner: str, after: int) -> int | None:
        """End of “X”机制 / “X”联合执法机制 (the whole), or of “X” in “X”的工作格局 (the quote); else None."""
        tail = self.after_quote.match(text, after)
        if tail is None:
            return None
        if tail.group("de"):
            return after if not tail.group("stem").strip("工作") else None
        return tail.end() if not is_generic(inner + tail.group("stem"), quoted=True) else None

    @staticmethod
    def _after_verb(text: str, start: int) -> bool:
        window = text[max(0, start - 6) : start]
        for verb in PRACTICE_VERBS:
            at = window.rfind(verb)
            if at >= 0 and len(window) - at - len(verb) <= 3 and not re.search(r"[，。；,;：:、]", window[at:]):
                return True
        return False

    def _headed(self, text: str) -> list[Found]:
        found = []
        for m in self.heads.finditer(text):
            start = stem_start(text, m.start(), limit=12)
            if start is None:
                continue
            start = _across_joint(text, start)
            stem = text[start : m.start()]
            if text[start - 1 : start] == "等" and start > 1:
                found += self._listed(text, start - 1)
                continue
            named = len(stem) >= 2 and (not is_generic(stem) or m.group() == "台账")
            # 承诺制, 责任制 name a system even without a description in front
            self_naming = m.group() in ("责任制", "负责制", "承诺制") and text[m.start() - 1 : m.start()] != "”"
            if named or self_naming:
                found.append(Found(start, m.end(), "MECH", "mechanism"))
        return found

    @staticmethod
    def _listed(text: str, deng: int) -> list[Found]:
        """Items of a list 'A、B、C等…机制' ending at the 等 at ``deng``."""
        items, end = [], deng
        while (start := extend_left(text, end, limit=10, strict=False)) <= end - 2:
            items.append(Found(start, end, "MECH", "practice"))
            if text[start - 1 : start] != "、":
                break
            end = start - 1
        return items if len(items) >= 2 else []


# Words a description of a mechanism runs across when it is the object of a verb before it: 和 and verbs used as
# nouns (信息通报会商机制, 巡察成果运用协作机制, 重大事项研究部署机制).
JOINTS = frozenset("和 与 运用 通报 会商 研究 部署 协调 联系 征求 督促".split())


def _across_joint(text: str, start: int) -> int:
    """The start of a description joined by a word of JOINTS (防止返贫动态监测和帮扶机制) when the part
    before it is right after a verb that takes a mechanism (建立, 健全…): the whole is that verb's object.
    Else ``start``.

    >>> text, other = "建立防止返贫动态监测和帮扶机制", "以及其他监督和帮扶机制"
    >>> text[_across_joint(text, 11):], other[_across_joint(other, 7):]
    ('防止返贫动态监测和帮扶机制', '帮扶机制')
    >>> text = "建立巡察成果运用协作机制"
    >>> text[_across_joint(text, 8):]
    '巡察成果运用协作机制'
    """
    for size in (1, 2):
        joint = start - size
        if joint >= 2 and text[joint:start] in JOINTS:
            left = extend_left(text, joint, limit=10)
            if joint - left >= 2 and text[max(0, left - 2) : left] in OBJECT_VERBS:
                return left
    return start


def _slogan(inner: str, text: str, after: int) -> bool:
    """A slogan in quotes: said to be a spirit (“钉钉子”精神), or made only of nationwide slogans (抓铁有痕、踏石留印).

    >>> _slogan("抓铁有痕、踏石留印", "“抓铁有痕、踏石留印”，", 11), _slogan("一次告知、一表申请", "", 0)
    (True, False)
    """
    return SPIRIT_AFTER.match(text, after) is not None or all(part in SLOGANS for part in re.split("[、，,]", inner))


def _inside_title(text: str, found: Found, titles: list[tuple[int, int]]) -> bool:
    """A mechanism inside a title is part of the title, unless the title says it is set up (关于建立X机制)."""
    for start, end in titles:
        if start <= found.start and found.end <= end:
            return not SETS_UP_PRACTICE.search(text, start, found.start)
    return False


@Language.factory(
    "kg_mechanisms",
    default_config={"heads": {"@misc": "kg.mechanism_heads.v1"}, "terms": {"@misc": "kg.mechanism_terms.v1"}},
    assigns=["doc.spans"],
)
def make_mechanisms(nlp: Language, name: str, *, heads: list[str], terms: list[str]) -> MechanismFinder:
    """Factory of the ``kg_mechanisms`` component."""
    return MechanismFinder(heads=heads, terms=terms)
