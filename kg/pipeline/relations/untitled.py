"""Documents named by their kind only (印发通知, 出台稳增长措施近100条, 地方标准的制定), and the lists a verb
publishes or draws up: the untitled half of ISSUED (:mod:`kg.pipeline.relations.issued`).

A document named by its kind only is a generic DOC: the verb's object up to the end of its clause (or up to the
next verb after a kind: 出具审计意见书或者作出审计决定), when it ends in a kind of document; it is split at
、/和/或者 only into parts that are each a name. A list (清单) is a document when a verb publishes it (印发, 出台,
编制) and a way of working when one draws it up (制定: ESTABLISHED).

Examples
--------
>>> [part for _, part in named_parts("安全生产标准和管理规范", UNMARKED_DOC)]
['安全生产标准', '管理规范']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.pipeline.lexicons import is_generic, untitled_kinds
from kg.pipeline.relations.actors import actors_between
from kg.pipeline.relations.context import VERBS, Context, Sentence, VerbAt
from kg.pipeline.spans import HAN, Ent, set_span_meta
from kg.pipeline.titles import BATCH

# the kinds an untitled document is named by (出台具体协作配合规定), after a name of 2–28 characters
_UNMARKED_KINDS = f"(?:{'|'.join(untitled_kinds())})"  # the untitled rows of kg/data/document_kinds.tsv
# a kind alone names a document right after the verb (印发通知, 制发监察建议)
_BARE_KINDS = "通知|文件|检察建议|司法建议|纪检监察建议|监察建议"
_COUNT = r"[\d一二三四五六七八九十]+[类项个份]"
_COUNTED = rf"(?:{_COUNT})?"  # 6类管理正面清单: a count before the name
COUNTED_AFTER_ETC = re.compile(rf"等(?={_COUNT})")  # A、B等6类清单: the name is what 等 sums up
# 支持民营经济发展20条措施, G60科创走廊…支持措施: a count before the kind, Latin letters and digits in the name
_QUOTED_COUNT = "“[\\d一二三四五六七八九十]+条”"  # 民营经济高质量发展“26条”: a document named by its count of articles
_NAME_CHARS = rf"[{HAN}、A-Za-z\d]"
# 作出具体规定, 作出16条细化规定, 作出更具操作性的规定, 作出系统规定: provisions a document makes, no document
_PROVISIONS = (r"(?:[\d一二三四五六七八九十]+条)?"
               r"(?:具体|明确|细化|详细|专门|相应|相关|原则性|严格|更具操作性|更加具体|更为明确|系统|全面|统一"
               r"|清晰|精细化|针对性)的?规定$")
UNMARKED_DOC = re.compile(rf"^(?!如下|\d{{4}}|{_PROVISIONS})"
                          rf"{_COUNTED}(?:{_NAME_CHARS}{{2,28}}?(?:{_UNMARKED_KINDS}|{_QUOTED_COUNT})"
                          rf"|{_BARE_KINDS})$")
# X由A制定: the X before 由 may be a description with 的 (重点监管的化学品目录)
UNMARKED_DESCRIBED = re.compile(rf"^(?!如下)[{HAN}、的]{{2,28}}?(?:{_UNMARKED_KINDS}|清单)$")
UNMARKED_LIST = re.compile(rf"^(?!如下)[{HAN}、]{{2,24}}?(?:清单|台账|制度)$")
# a list a verb publishes is a document (印发…正面清单, 编制…事项清单); one drawn up (制定…清单) is a way of working
PUBLISHED_LIST = re.compile(rf"^(?!如下){_COUNTED}[{HAN}、]{{2,28}}?清单$")
LIST_SET_UP_BY = re.compile(VERBS.alternation(["制定", "研究制定"]))
ENDS_IN_KIND = re.compile(rf"(?:{_UNMARKED_KINDS}|清单|台账|制度)$")
KIND_AFTER = re.compile(rf"(?:{_UNMARKED_KINDS})(?![{HAN}])")
TABLE_VERB = re.compile(VERBS.alternation([row.verb for row in VERBS]))  # any verb of the table (组织, 要求, 督促…)
# 、, 和, 或者… between two names, or before a verb that ends the object (出具意见书或者作出决定)
CONNECTOR = re.compile("以及|或者|[、和及或]")
BEFORE_VERB = re.compile("(?:以及|或者|并且|[、和及或并])$")
SAYS = re.compile("要求|明确|提出|指出|强调")  # what a document says (印发通知要求…): no part of its name
UNMARKED_HEAD = re.compile(r"(?:[了的]|有关|完成"
                           r"|[、和及]?(?:修改|修订|废止|发布|出台|印发|实施|公布|落实|执行|完善|健全))*"
                           f"{BATCH}?(?:[\\d一二三四五六七八九十百]+份)?")  # the batch and copies are no part of it
# …等文件, 规章45件, 措施近100条, …并督促落实: what follows the names
_QUANTITY = r"(?:近|约|共|累计)?[\d一二三四五六七八九十百千]+[余多]?[件部项个条类份批套]"
UNMARKED_TAIL = re.compile(rf"(?:等(?:文件|制度|规定)?|{_QUANTITY}|并[^、，。]*)$")
# 地方标准的制定: what stands before the object of a verb used as a noun (组织、指导有关…的制定)
NOMINAL_LEAD = re.compile("(?:对|有关|关于|加强对?)+")
OWN_KIND = re.compile(rf"(?:规范性)?{_UNMARKED_KINDS}")  # 县政府规章, 县政府规范性文件: the body's own kind
ABOUT_PHRASE = re.compile(r"^关于[^，。；]{4,40}$")


def untitled(ctx: Context, sent: Sentence, verb: VerbAt) -> tuple[list[Ent], int]:
    """The documents (or lists drawn up) the verb's clause names by their kind only, added to the sentence:
    after the verb (印发通知, 出台稳增长措施近100条; 发布的…办法有同…: up to the kind), or before it when the verb
    is a noun (地方标准的制定). A verb of issuing right after this one (研究制定出台…清单) says what its object
    is, not this one. Also where the verbs of the actor start."""
    text = ctx.text
    acts_at = verb.start
    if text[verb.start - 1 : verb.start] == "的":
        acts_at, start, end = nominal_object(ctx, sent, verb)
        found = kind_named(ctx, verb, start, end, nominal=True)
    else:
        start, end = verb.end, object_end(ctx, verb.end, verb.clause_end)
        head = UNMARKED_HEAD.match(text, start, end)
        if head and any("ISSUED" in ctx.verbs.types_of.get(m.group(), ())
                        for m in ctx.verbs.any.finditer(head.group())):
            return [], acts_at
        found = kind_named(ctx, verb, start, end)
        if not found and text.startswith("的", start):
            found = kind_named(ctx, verb, start, relative_end(ctx, start, end))
    # (制定完善巡察整改台账: the practice already named around the list is the one drawn up)
    known = sent.of("MECH")
    found = [next((k for k in known if k.start_char <= f.start_char and f.end_char <= k.end_char), f)
             if f.label_ == "MECH" else f for f in found]
    new = [f for f in found if f not in known]
    sent.add(new)
    ctx.new_spans.extend(new)
    return found, acts_at


def kind_named(ctx: Context, verb: VerbAt, start: int, end: int, *, nominal: bool = False) -> list[Ent]:
    """The documents ``start``–``end`` names by their kind; a list is one unless the verb draws it up
    (制定…清单), then it is a way of working (MECH) like a ledger or a system, but not before a verb as a noun."""
    found = unmarked(ctx.doc, ctx.text, start, end, "DOC", UNMARKED_DOC)
    if not found and not LIST_SET_UP_BY.fullmatch(ctx.text, verb.start, verb.end):
        found = unmarked(ctx.doc, ctx.text, start, end, "DOC", PUBLISHED_LIST)
    if not found and not nominal:
        found = unmarked(ctx.doc, ctx.text, start, end, "MECH", UNMARKED_LIST)
    return found


def object_end(ctx: Context, start: int, end: int) -> int:
    """Where the object of a verb ends: at the clause end, or before a connector and another verb that follow a
    kind of document (出具审计意见书或者作出审计决定, 印发通知、作出部署, 制定…规范并督促落实), or before what
    the document says (印发通知要求…)."""
    text = ctx.text
    for m in TABLE_VERB.finditer(text, start + 1, end):
        if KIND_AFTER.match(text, m.end()):
            continue  # 审计报告和审计决定: 审计 names the second document's kind, no verb
        before = BEFORE_VERB.search(text, start, m.start())
        if before and ENDS_IN_KIND.search(text, start, before.start()):
            return before.start()
    for m in SAYS.finditer(text, start + 1, end):
        if ENDS_IN_KIND.search(text, start, m.start()):
            return m.start()
    return end


def relative_end(ctx: Context, start: int, end: int) -> int:
    """Where the object of a verb that describes it (发布的…) ends: at the last kind of document before ``end``
    with no verb before it (发布的财政规章、制度和办法有同…: 办法; 印发的通知要求各地制定方案: 通知)."""
    found = start
    for pos in range(start + 3, end + 1):  # the first kind that ends the list (…和办法有同…行政法规: 办法)
        if TABLE_VERB.search(ctx.text, start, pos):
            break
        if ENDS_IN_KIND.search(ctx.text, start, pos):
            found = pos
            if ctx.text[pos : pos + 1] not in ("、", "和", "及", "或", "与"):
                break
    return found


def nominal_object(ctx: Context, sent: Sentence, verb: VerbAt) -> tuple[int, int, int]:
    """The object of a verb used as a noun (组织、指导有关安全生产地方标准的制定): from the last verb (or body) before
    it in the clause, but 对/有关, to the 的; and where the verbs before it start (组织), their actor's."""
    text = ctx.text
    end = verb.start - 1
    actors = actors_between(text, sent, verb.clause_start, end)
    acts_at = actors[-1].end_char if actors else verb.clause_start
    verbs = list(TABLE_VERB.finditer(text, acts_at, end))
    start = verbs[-1].end() if verbs else acts_at
    lead = NOMINAL_LEAD.match(text, start, end)
    return (verbs[0].start() if verbs else start), (lead.end() if lead else start), end


NAMED_DOCUMENT = re.compile(r"(?!本|该|各|有关|相关|配套|系列|具体|上述|其他|若干|一揽子|一系列|一批|多项|\d)"
                            r"(?:(?!等)[^的]){6,}"
                            r"(?:方案|规划|条例|办法|意见|细则|指引|须知|纲要|计划|规定|准则|规则|措施|“\d+条”)")


def unmarked(doc: Doc, text: str, start: int, end: int, label: str, pattern: re.Pattern[str], *,
             described: bool = False) -> list[Ent]:
    """Entities named by ``start``–``end`` (the rest of a clause after a verb), when ``pattern`` matches each whole:
    untitled documents (出台具体协作配合规定; 制发A方案、B方案等文件; 制定省政府规章45件; 联合印发关于…的指导性案例;
    印发市、县两级的文件: the kind after the description) or a list or system drawn up (制定易发多发问题清单)."""
    head = UNMARKED_HEAD.match(text, start, end)  # 了, 的 (制发的…), more verbs (制定、修改…), 有关
    offset = head.end() if head else start
    phrase = UNMARKED_TAIL.sub("", text[offset:end].rstrip("。！？；;!? \n"))
    if label == "DOC" and ABOUT_PHRASE.match(phrase):  # 关于…的指导性案例: a title by its 关于 phrase
        items = [(offset, phrase)]
    else:
        counted = [m.start() for m in COUNTED_AFTER_ETC.finditer(phrase)]
        cut = max([phrase.rfind("的") if not described else -1, *counted])
        if cut >= 0 and pattern.match(phrase[cut + 1 :]):  # …两级的文件, …费等6类管理正面清单: the name after
            offset, phrase = offset + cut + 1, phrase[cut + 1 :]
        items = [(offset + at, part) for at, part in named_parts(phrase, pattern)]
    out = []
    for at, part in items:
        meta = ("document", not NAMED_DOCUMENT.fullmatch(part)) if label == "DOC" else ("practice", is_generic(part))
        span = doc.char_span(at, at + len(part), label=label, alignment_mode="expand")
        if span is not None:
            set_span_meta(span, *meta)
            out.append(Ent(span, text, {(span.start_char, span.end_char, label): meta}))
    return out


UNNAMED = ("有关", "相关")


def named_parts(phrase: str, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
    """The names of ``phrase`` with their offsets: its parts between 、, 和, 或者… if ``pattern`` matches each
    (安全生产标准、管理规范), else the phrase whole if it matches (预算外资金收支计划和决算, 财政规章、制度和办法).

    >>> named_parts("安全生产标准和管理规范", UNMARKED_DOC)
    [(0, '安全生产标准'), (7, '管理规范')]
    >>> named_parts("财政规章、制度和办法", UNMARKED_DOC)
    [(0, '财政规章、制度和办法')]

    What a connector joins to the names with 有关 or 相关 goes unnamed (…规划纲要和有关法律、行政法规: the plan).

    >>> named_parts("社会信用体系建设规划纲要和有关法律、行政法规", UNMARKED_DOC)
    [(0, '社会信用体系建设规划纲要')]
    """
    parts, pos = [], 0
    for m in CONNECTOR.finditer(phrase):
        if phrase.startswith(UNNAMED, m.end()):
            phrase = phrase[: m.start()]  # (…和有关法律、行政法规: the laws named by no name)
            break
        parts.append((pos, phrase[pos : m.start()]))
        pos = m.end()
    parts.append((pos, phrase[pos:]))
    if len(parts) > 1 and all(pattern.match(part) for _, part in parts):
        return parts
    return [(0, phrase)] if pattern.match(phrase) else []
