"""ISSUED: who issues a document.

A body issues a document it names at the start of its title (某市人民政府关于…的意见), that it approves
(《某办法》已经县政府同意), that is made by it (X由A制定), that follows one of its verbs (印发《…》, 出台…规定:
also a document named by its kind only), that it signs at the end of the text, or whose title line stands under
a line of its name (最高人民法院 最高人民检察院 / 关于…的规定).

Examples
--------
>>> import kg
>>> doc = kg.load()("《县巡察工作办法》已经县委同意。县纪委监委制定问题清单。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations]
[('县委', 'ISSUED', '县巡察工作办法'), ('县纪委监委', 'ESTABLISHED', '问题清单')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.pipeline.lexicons import SETS_UP_PRACTICE
from kg.pipeline.relations.clauses import (
    actors_between,
    actors_of,
    carried,
    clause_of,
    made,
    objects_after,
    outermost,
    who_acts,
)
from kg.pipeline.relations.context import VERBS, Context, Sentence, Triple, VerbAt
from kg.pipeline.spans import HAN, Ent, set_span_meta

# the kinds an untitled document is named by (出台具体协作配合规定), after a name of 2–28 characters
_UNMARKED_KINDS = ("(?:规定|办法|意见|方案|细则|措施|规则|指引|指南|目录|标准|规范|预案|规划|纲要|报告表|决定"
                   "|意见书|规章|草案|文件|通知)$")
UNMARKED_DOC = re.compile(rf"^(?!如下)[{HAN}、]{{2,28}}?{_UNMARKED_KINDS}")
# X由A制定: the X before 由 may be a description with 的 (重点监管的化学品目录)
UNMARKED_DESCRIBED = re.compile(rf"^(?!如下)[{HAN}、的]{{2,28}}?{_UNMARKED_KINDS}")
UNMARKED_LIST = re.compile(rf"^(?!如下)[{HAN}、]{{2,24}}?(?:清单|台账|制度)$")
ISSUED_BY = re.compile("(?:^|(?<=[，。；：\n]))(?P<object>[^，。；：由\n]{2,30}?)由(?P<by>[^，。；]{2,60}?)"
                       f"(?:负责)?(?:组织)?(?:{VERBS.alternation(VERBS.by_relation()['ISSUED'])})")
UNMARKED_HEAD = re.compile(r"(?:[了的]|[、和及]?(?:修改|修订|废止|发布|出台|印发|实施|公布|落实|执行))+")
# …等文件, 规章45件, …并督促落实: what follows the names
UNMARKED_TAIL = re.compile(r"(?:等(?:文件|制度|规定)?|[\d一二三四五六七八九十百]+[件部项个]|并[^、，。]*)$")
ABOUT_PHRASE = re.compile(r"^关于[^，。；]{4,40}$")
DRAWN_UP = ("清单", "制度", "机制")  # 制定…清单 sets up a way of working (ESTABLISHED), not a document
APPROVED_BY = re.compile(r"》?(?:已经|已由|经|由)")
APPROVAL = re.compile(r"同意|批准|审议通过|审定|研究同意")
_FORWARDED = r"现予?(?=印发|下发|转发)"  # the clause starts with the verb: its object came first
FORWARDED = re.compile(rf"\s*{_FORWARDED}")
FORWARDING = re.compile(rf"\s*(?:现将|现予|特将|{_FORWARDED})")
FORWARDED_END = re.compile(r"给你们|[，。,]|$")
_NUMERAL = r"[\d〇零一二三四五六七八九十]"
DATE_LINE = re.compile(rf"^[ \t\u3000]*{_NUMERAL}{{4}}年{_NUMERAL}{{1,2}}月{_NUMERAL}{{1,3}}日[ \t\u3000]*$", re.M)


def in_titles(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A title that starts with its issuer (某市人民政府关于…的意见): ISSUED, and verbs inside it."""
    text = ctx.text
    for title in sent.of("DOC"):
        issuers: list[Ent] = []
        pos = title.start_char
        for org in outermost(sent.of("ORG")):  # 最高人民法院、最高人民检察院关于…: each co-signer
            at = pos + 1 if issuers and text[pos] in "与和、及" else pos
            if org.start_char == at and org.end_char < title.end_char:
                issuers.append(org)
                pos = org.end_char
        if not issuers or text[pos] in "与和、及":
            continue
        clause_start = clause_of(text, sent, title.start_char)[0]
        if not text.startswith("关于", pos) and actors_between(text, sent, clause_start, title.start_char):
            continue  # 市卫健委印发《市人民医院绩效考核办法》: the title names what it is about, not its issuer
        for issuer in issuers:
            yield issuer, "ISSUED", title
            for mech in sent.of("MECH"):
                inside = title.start_char <= mech.start_char and mech.end_char <= title.end_char
                if inside and SETS_UP_PRACTICE.search(text, pos, mech.start_char):
                    yield issuer, "ESTABLISHED", mech


def approved(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """《某办法》已经县政府同意 / 经市委批准: the approving body issues the document."""
    text = ctx.text
    for title in sent.of("DOC"):
        after = text[title.end_char : title.end_char + 6]
        m = APPROVED_BY.match(after)
        if not m:
            continue
        start = title.end_char + m.end()
        body = [s for s in actors_of(text, sent) if s.start_char == start]
        if body and APPROVAL.match(text, body[0].end_char):
            yield body[0], "ISSUED", title


def by_phrase(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """X由A（会同B）制定: the document before 由 is issued by the bodies between 由 and the verb."""
    text = ctx.text
    for m in ISSUED_BY.finditer(text, sent.start, sent.end):
        bodies = [s for s in actors_of(text, sent) if m.start("by") <= s.start_char and s.end_char <= m.end("by")]
        if not bodies:
            continue
        start = m.start("object")
        titles = [s for s in sent.of("DOC") if start <= s.start_char and s.end_char <= m.end("object")]
        if not titles:
            titles = unmarked(ctx.doc, text, start, m.end("object"), "DOC", UNMARKED_DESCRIBED, described=True)
            sent.add(titles)
            ctx.new_spans.extend(titles)
        for body in bodies:
            for title in titles:
                yield body, "ISSUED", title


def by_verb(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> Iterator[Triple]:
    """印发, 制定, 出台…: the documents after the verb in its clause, those a notice puts before it (现将《…》印发)
    or forwards (《…》已经市政府同意，现印发给你们), else those the rest of the clause names by their kind only
    (出台具体协作配合规定); a list or system drawn up (制定…清单) is set up, ESTABLISHED."""
    text = ctx.text
    tails = objects_after(text, sent, verb, "DOC")
    heads = who_acts(text, sent, [], verb.start, verb.clause_start)
    tails += (moved_titles(text, sent, verb.clause_start, verb.start)
              or forwarded_titles(text, sent, verb.clause_start, verb.end))
    if not tails:  # 出台具体协作配合规定, 制定易发多发问题清单: named by their kind only
        tails = (unmarked(ctx.doc, text, verb.end, verb.clause_end, "DOC", UNMARKED_DOC)
                 or unmarked(ctx.doc, text, verb.end, verb.clause_end, "MECH", UNMARKED_LIST))
        sent.add(tails)
        ctx.new_spans.extend(tails)
    tails += [s for s in sent.of("MECH") if s.start_char == verb.end and s.text.endswith(DRAWN_UP)]
    if not heads:
        # a carried subject, unless the title names its own issuer or the clause has a subject of its own
        orgs = sent.of("ORG")
        tails = [t for t in tails if not _issuer_in_title(t, orgs)]
        heads = carried(text[sent.start : verb.start], topic)
        if not heads and FORWARDING.match(text, verb.clause_start):
            # 现将《…》印发给你们 in a notice: the body that signs it, below
            heads = [s for s in ctx.signatories if s.start_char > verb.end][:1]
    yield from made(ctx, heads, tails)


def signed_headline(ctx: Context, found: list[tuple[Ent, str, Ent, tuple[int, int]]]
                    ) -> list[tuple[Ent, str, Ent, tuple[int, int]]]:
    """A document whose first line is its own title and that is signed at the end (关于…的通报 …
    渭源县人民政府办公室 / 2025年10月8日): the signatory issues it, unless the title names its issuer."""
    if not ctx.signatories:
        return []
    text = ctx.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line_end = start + len(text[start : end if end >= 0 else len(text)].rstrip())
    titles = [s for s in ctx.views if s.label_ == "DOC" and s.start_char == start and s.end_char == line_end]
    if not titles or any(rel == "ISSUED" and tail is titles[0] for _, rel, tail, _ in found):
        return []
    return [(ctx.signatories[-1], "ISSUED", titles[0], (titles[0].start_char, titles[0].end_char))]


def issuer_lines(ctx: Context) -> list[tuple[Ent, str, Ent, tuple[int, int]]]:
    """A heading of issuers over a title line (最高人民法院 最高人民检察院 / 关于…的规定): each issues the title."""
    text, views = ctx.text, ctx.views
    out: list[tuple[Ent, str, Ent, tuple[int, int]]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:400])]
    for (start, end), (next_start, next_end) in itertools.pairwise(lines):
        line = text[start:end]
        bodies = [v for v in views if v.label_ == "ORG" and start <= v.start_char and v.end_char <= end]
        bodies = outermost(bodies)
        rest = line
        for body in bodies:
            rest = rest.replace(body.text, "", 1)
        if not bodies or rest.strip(" \t\u3000、"):
            continue  # a line of bodies only (and spaces)
        title_line = text[next_start:next_end].strip()
        titles = [v for v in views if v.label_ == "DOC" and v.text.strip("《》") == title_line.strip("《》")]
        out += [(body, "ISSUED", title, (start, next_end)) for title in titles[:1] for body in bodies]
    return out


def signatories(text: str, spans: list[Ent]) -> list[Ent]:
    """The bodies that sign the text: alone on a line, a date on the next (渭源县人民政府办公室 / 2024年3月5日)."""
    dates = list(DATE_LINE.finditer(text))
    if not dates:
        return []  # most texts: no signature block, and no index of their bodies to build
    by_start = {s.start_char: s for s in spans if s.label_ == "ORG" and not s.generic}
    signed = []
    for date in dates:
        if date.start() == 0:
            continue  # no line above
        end = date.start() - 1  # the line break before the date
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        span = by_start.get(start + len(line) - len(line.lstrip()))
        if span is not None and span.text == line.strip():
            signed.append(span)
    return signed


def unmarked(doc: Doc, text: str, start: int, end: int, label: str, pattern: re.Pattern[str], *,
             described: bool = False) -> list[Ent]:
    """Entities named by the rest of a clause after a verb, when ``pattern`` matches each whole: untitled documents
    (出台具体协作配合规定; 制发A方案、B方案等文件; 制定省政府规章45件; 联合印发关于…的指导性案例) or a list or
    system drawn up (制定易发多发问题清单)."""
    head = UNMARKED_HEAD.match(text, start, end)  # 了, 的 (制发的…), more verbs (制定、修改…), 有关
    offset = head.end() if head else start
    phrase = UNMARKED_TAIL.sub("", text[offset:end].rstrip("。！？；;!? \n"))
    if label == "DOC" and ABOUT_PHRASE.match(phrase):  # 关于…的指导性案例: a title by its 关于 phrase
        items = [(offset, phrase)]
    else:
        items = []
        for part in phrase.split("、"):
            if not pattern.match(part) or ("的" in part and not described) or "或" in part:
                return []  # 两级的文件, 出具审计意见书或者作出审计决定: a description or two clauses, not names
            items.append((offset, part))
            offset += len(part) + 1
    out = []
    meta = ("document", True) if label == "DOC" else ("practice", False)
    for at, part in items:
        span = doc.char_span(at, at + len(part), label=label, alignment_mode="expand")
        if span is not None:
            set_span_meta(span, *meta)
            out.append(Ent(span, text, {(span.start_char, span.end_char, label): meta}))
    return out


def forwarded_titles(text: str, sent: Sentence, clause_start: int, vend: int) -> list[Ent]:
    """Titles a notice forwards in a clause of its own: 《某某方案》已经市政府同意，现印发给你们."""
    if not (FORWARDED.match(text, clause_start) and FORWARDED_END.match(text, vend)):
        return []
    return [s for s in sent.of("DOC") if s.end_char < clause_start and s.subtype != "number"]


def moved_titles(text: str, sent: Sentence, clause_start: int, vstart: int) -> list[Ent]:
    """Titles put before the verb by 将: 现将《天水市城市更新行动实施方案》印发给你们."""
    moved: list[Ent] = []
    pos = vstart
    for title in reversed(sent.of("DOC")):
        if title.end_char + 1 == pos and text[title.end_char] == "》" and title.start_char > clause_start:
            moved.append(title)
            pos = title.start_char - 1
            if text[pos - 1 : pos] in ("、", "和", "及"):
                pos -= 1
    return moved[::-1] if "将" in text[clause_start:pos] else []


def _issuer_in_title(title: Ent, orgs: list[Ent]) -> bool:
    return title.label_ == "DOC" and any(o.start_char == title.start_char for o in orgs)
