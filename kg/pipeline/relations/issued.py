"""ISSUED: who issues a document.

A body issues a document it names at the start of its title (某市人民政府关于…的意见), that it approves
(《某办法》已经县政府同意), that is made by it (X由A制定), that follows one of its verbs (印发《…》, 出台…规定:
also a document named by its kind only), that it signs at the end of the text, or whose title line stands under
a line of its name (最高人民法院 最高人民检察院 / 关于…的规定).

Documents named by their kind only (印发通知, 出台稳增长措施近100条) and lists: :mod:`kg.pipeline.relations.untitled`.

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

from kg.pipeline.lexicons import SETS_UP_PRACTICE
from kg.pipeline.relations.actors import actors_between, actors_of, chain, clause_of, group_of, outermost
from kg.pipeline.relations.clauses import ORGAN_SUBJECT, carried, made, objects_after, who_acts, with_dropped_lead
from kg.pipeline.relations.context import VERBS, Context, Sentence, Triple, VerbAt
from kg.pipeline.relations.decrees import title_line_issuers
from kg.pipeline.relations.untitled import LIST_SET_UP_BY, OWN_KIND, UNMARKED_DESCRIBED, unmarked, untitled
from kg.pipeline.spans import HAN, Ent

# (《…清单》经A、B联合印发: 经 as 由, not of a word: 经济, 已经, 经营)
ISSUED_BY = re.compile("(?:^|(?<=[，。；：\n]))(?P<object>[^，。；：由\n]{2,30}?)"
                       "(?:由|(?<=》)经(?![济营费验历常典过手办理]))(?P<by>[^，。；]{2,60}?)"
                       f"(?:负责)?(?:组织)?(?P<verb>{VERBS.alternation(VERBS.by_relation()['ISSUED'])})")
DRAWN_UP = ("清单", "制度", "机制")  # 制定…清单 sets up a way of working (ESTABLISHED), not a document
# 制定政商交往“正面清单”和“负面清单”: a short field before the list (no verb of issuing: 制定出台正面清单 issues it)
DRAWN_UP_AFTER = re.compile(f"(?!.*(?:出台|印发|颁布|发布))[{HAN}]{{0,6}}")
# (已经2025年10月28日…, 已于2025年12月12日经…)
APPROVED_BY = re.compile(r"》?(?:已于\d{4}年\d{1,2}月\d{1,2}日)?(?:已经|已由|经|由)(?:\d{4}年\d{1,2}月\d{1,2}日)?")
APPROVAL = re.compile(r"同意|批准|审议通过|审定|研究同意")
# (…第16次部常务会议审议通过: the body whose numbered meeting approved it)
NUMBERED_MEETING = re.compile(r"第[\d一二三四五六七八九十百]+次[部局厅委府]?(?:常务|务|全体|主任)?会议")
# (…第33次常务会议通过, …第十九次会议于2024年8月27日通过: a numbered meeting adopts what it passes, 审议 or not)
ADOPTED = re.compile(r"(?:于\d{4}年\d{1,2}月\d{1,2}日)?(?:审议|表决)?通过")
_FORWARDED = r"现予?(?=印发|下发|转发)"  # the clause starts with the verb: its object came first
FORWARDED = re.compile(rf"\s*{_FORWARDED}")
FORWARDING = re.compile(rf"\s*(?:现将|现予|特将|{_FORWARDED})")
FORWARDED_END = re.compile(r"给你们|[，。,]|$")
_NUMERAL = r"[\d〇零一二三四五六七八九十]"
DATE_LINE = re.compile(rf"^[ \t\u3000]*{_NUMERAL}{{4}}年{_NUMERAL}{{1,2}}月{_NUMERAL}{{1,3}}日[ \t\u3000]*$", re.M)


# 国家卫生健康委等部门《…》, 中共青禾省委“十五五”规划《建议》: what may stand between a title's issuers and its 《
ISSUERS_END = re.compile("(?:等(?:部门|单位|机关)?|“[十一二三四五六七八九]{1,2}五”规划)?《")


COURT_CASE = re.compile(r"[(（]\d{4}[)）]")  # a ruling by its case number, its court named right before it


def before_titles(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """The bodies right before a title's 《 (落实市纪委监委《关于…的意见》, A、B等部门《…》) or an unmarked report
    (听取了市人民法院关于…的报告) issued it."""
    text = ctx.text
    if text.find("《", sent.start, sent.end) < 0 and text.find("号", sent.start, sent.end) < 0 and text.find(
            "的报告", sent.start, sent.end) < 0:
        return
    orgs = outermost(sent.of("ORG"))
    for title in sent.of("DOC"):
        if text[title.start_char - 1 : title.start_char] != "《" and not COURT_CASE.match(title.text) and not (
                title.text.startswith("关于") and title.text.endswith("的报告")):
            continue  # (不服某市中级人民法院（2024）某01行初88号行政判决: the court's ruling; 听取了市人民法院
            # 关于…的报告: the court's report)
        last = next((o for o in reversed(orgs) if o.end_char <= title.start_char
                     and (ISSUERS_END.fullmatch(text, o.end_char, title.start_char) or o.end_char == title.start_char)),
                    None)
        if last is None or inside_any(last, sent.of("DOC")):
            continue
        issuers = [last]
        for org in reversed(orgs[: orgs.index(last)]):
            if text[org.end_char : issuers[0].start_char] not in ("、", "和", "与", "及"):
                break
            issuers.insert(0, org)
        for issuer in issuers:
            yield issuer, "ISSUED", title


def inside_any(span: Ent, others: list[Ent]) -> bool:
    """Whether ``span`` lies inside one of ``others``."""
    return any(o.start_char <= span.start_char and span.end_char <= o.end_char for o in others)


def in_titles(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A title that starts with its issuer (某市人民政府关于…的意见): ISSUED, and verbs inside it."""
    text = ctx.text
    for title in sent.of("DOC"):
        issuers: list[Ent] = []
        pos = title.start_char
        for org in outermost(sent.of("ORG")):  # 最高人民法院、最高人民检察院关于…: each co-signer
            at = pos + 1 if issuers and text[pos] in "与和、及 \u3000" else pos  # (A部 B部关于…: a joint title line)
            if org.start_char == at and org.end_char < title.end_char:
                issuers.append(org)
                pos = org.end_char
        if not issuers or text[pos] in "与和、及 \u3000" or any(issuer.generic for issuer in issuers):
            continue  # (《医疗机构工作人员廉洁从业九项准则》: a class the rules are for, no issuer)
        if text[title.start_char - 1 : title.start_char] != "《" and not text.startswith("关于", pos) \
                and not _decision_line(text, title.start_char, title.end_char, pos):
            continue  # 中央八项规定: a name cited bare, with its maker in it, is no title line
        clause_start = clause_of(text, sent, title.start_char)[0]
        if not text.startswith("关于", pos) and (actors_between(text, sent, clause_start, title.start_char)
                                               or ORGAN_SUBJECT.match(text, clause_start)):
            continue  # 市卫健委印发《市人民医院绩效考核办法》: the title names what it is about, not its issuer (nor
            # after 党委修订: the party committee the text is about issues it)
        for issuer in issuers:
            yield issuer, "ISSUED", title
            for mech in sent.of("MECH"):
                inside = title.start_char <= mech.start_char and mech.end_char <= title.end_char
                if inside and SETS_UP_PRACTICE.search(text, pos, mech.start_char):
                    yield issuer, "ESTABLISHED", mech


def _decision_line(text: str, start: int, end: int, pos: int) -> bool:
    """Whether the title from ``start`` to ``end`` is a line of its own naming its maker (before ``pos``) and a kind
    of decision (青禾县市场监督管理局行政处罚决定书): an authority's decision headed by its name.

    >>> text = "青禾县市场监督管理局行政处罚决定书\\n青市监罚〔2025〕3号"
    >>> _decision_line(text, 0, 17, 10), _decision_line("《某局行政处罚决定书》", 1, 10, 3)
    (True, False)
    """
    return (start == 0 or text[start - 1] == "\n") and text.startswith("\n", end) \
        and DECISION_KIND.fullmatch(text, pos, end) is not None


DECISION_KIND = re.compile(r"[\u4e00-\u9fff]{0,10}决定书")  # 行政处罚决定书, 责令改正违法行为决定书


def approved(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """《某办法》已经县政府同意 / 经市委批准: the approving body issues the document."""
    text = ctx.text
    for title in sent.of("DOC"):
        m = APPROVED_BY.match(text, title.end_char, title.end_char + 20)
        if not m:
            continue
        body = sorted((s for s in actors_of(text, sent) if s.start_char == m.end()), key=lambda s: -s.end_char)
        meeting = NUMBERED_MEETING.match(text, body[0].end_char) if body else None
        if body and (APPROVAL.match(text, meeting.end() if meeting else body[0].end_char)
                     or (meeting and ADOPTED.match(text, meeting.end()))):
            # 已经水利部部务会议审议通过: the department whose meeting approved it; 已由某市人大常委会第十九次会议
            # 于…通过: the standing committee whose session adopted it
            yield _meeting_owner(sent, body[0]), "ISSUED", title


def _meeting_owner(sent: Sentence, body: Ent) -> Ent:
    """The body a leaders' meeting (水利部部务会议) belongs to, named at its start; else ``body``."""
    if not body.text.endswith("务会议"):
        return body
    owners = [s for s in sent.of("ORG") if s.start_char == body.start_char and s.end_char < body.end_char]
    return max(owners, key=lambda s: s.end_char, default=body)


def by_phrase(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """X由A（会同B）制定, 《X》经A印发: the document before 由 is issued by the bodies between 由 and the verb."""
    text = ctx.text
    if text.find("由", sent.start, sent.end) < 0 and text.find("》经", sent.start, sent.end) < 0:
        return  # most sentences: no 由, nothing for the phrase's scan to find
    for m in ISSUED_BY.finditer(text, sent.start, sent.end):
        bodies = [s for s in actors_of(text, sent) if m.start("by") <= s.start_char and s.end_char <= m.end("by")]
        if not bodies:
            continue
        start = m.start("object")
        titles = [s for s in sent.of("DOC") if start <= s.start_char and s.end_char <= m.end("object")] or \
            _pointed_back(ctx, sent, m.group("object"))
        if not titles and not (LIST_SET_UP_BY.fullmatch(m.group("verb")) and text.endswith("清单", 0, m.end("object"))):
            titles = unmarked(ctx.doc, text, start, m.end("object"), "DOC", UNMARKED_DESCRIBED, described=True)
            sent.add(titles)
            ctx.new_spans.extend(titles)
        for body in bodies:
            for title in titles:
                yield body, "ISSUED", title


# 该规定由A、B印发: the document of that kind named before
POINTED_DOCUMENT = re.compile("(?:该|此|这一|上述)"
                              "(?P<kind>规定|办法|条例|意见|方案|通知|细则|规划|决定|准则|计划|指引|措施|规程)")


def _pointed_back(ctx: Context, sent: Sentence, phrase: str) -> list[Ent]:
    """The document 该规定, 该办法… points back to: the last one of that kind named before ``sent``."""
    pointer = POINTED_DOCUMENT.fullmatch(phrase.strip())
    if pointer is None:
        return []
    kind = pointer.group("kind")
    return [v for v in ctx.views if v.label_ == "DOC" and v.end_char <= sent.start
            and v.text.rstrip("》").endswith(kind)][-1:]


def by_verb(ctx: Context, sent: Sentence, topic: list[Ent], verb: VerbAt) -> Iterator[Triple]:
    """印发, 制定, 出台…: the documents after the verb in its clause, those a notice puts before it (现将《…》印发)
    or forwards (《…》已经市政府同意，现印发给你们), else those the rest of the clause names by their kind only
    (出台具体协作配合规定, 印发通知; 地方标准的制定); a list or system drawn up (制定…清单) is set up, ESTABLISHED."""
    text = ctx.text
    if text[verb.start : verb.end] in ADOPTING and NAMED_ISSUE.search(text, verb.end, sent.end):
        return  # 会议审议通过了《…》，同意以省委、省政府名义印发: issued by those it names, not the meeting
    tails = objects_after(text, sent, verb, "DOC")
    tails += (moved_titles(text, sent, verb.clause_start, verb.start)
              or forwarded_titles(text, sent, verb.clause_start, verb.end))
    lenders = named_for(text, sent, verb)
    if lenders and not tails:  # (…《…》，同意以省委、省政府名义印发: the title of the clause before)
        tails = [t for t in sent.of("DOC") if t.end_char <= verb.clause_start and not t.generic][-1:]
    acts_at = verb.start  # where the verbs of the actor start (组织、指导…的制定: at 组织)
    if not tails:  # 出台具体协作配合规定, 制定易发多发问题清单: named by their kind only
        tails, acts_at = untitled(ctx, sent, verb)
    tails += _drawn_up(text, sent, verb, tails)
    if not tails:
        return  # nothing issued (most verbs): no actor to look for
    # (该院还联合县司法局出台《…》: the partner and the subject the clause leaves out, as for what is set up)
    heads = lenders or _relative_issuer(text, sent, verb) or with_dropped_lead(
        text, verb.clause_start, who_acts(text, sent, [], acts_at, verb.clause_start), topic)
    if not heads and ORGAN_SUBJECT.match(text, verb.clause_start):
        heads = carried(text[sent.start : verb.start], topic)  # 党委修订《某大学…规定》: the committee, named before
    if not heads:
        # a carried subject, unless the title names its own issuer (制定省政府规章: 省政府) or the clause has a
        # subject of its own
        orgs = sent.of("ORG")
        named = [(issuer, t) for t in tails if (issuer := _issuer_in_title(t, orgs)) is not None]
        yield from ((issuer, "ISSUED", t) for issuer, t in named
                    if t.generic and not issuer.generic and OWN_KIND.fullmatch(t.text, len(issuer.text)))
        dropped = {id(t) for _, t in named}
        tails = [t for t in tails if id(t) not in dropped]
        heads = carried(text[sent.start : verb.start], topic)
        if not heads and FORWARDING.match(text, verb.clause_start):
            # 现将《…》印发给你们 in a notice: the body that signs it, below
            heads = [s for s in ctx.signatories if s.start_char > verb.end][:1] or title_line_issuers(ctx)
    # not a name cited inside a title (《关于…落实中央八项规定精神…的措施》)
    tails = [t for t in tails if t.label_ != "DOC" or not any(
        o.label_ == "DOC" and o.start_char <= t.start_char and t.end_char <= o.end_char
        and o.end_char - o.start_char > t.end_char - t.start_char for o in tails)]
    yield from made(ctx, heads, tails)


def _relative_issuer(text: str, sent: Sentence, verb: VerbAt) -> list[Ent]:
    """The body right before a verb that describes the title after it (对中共中央办公厅印发的《…》: the office, not
    the clause's subject, whatever preposition stands before it).

    >>> from types import SimpleNamespace as Span
    >>> text = "对某某办公厅印发的《规定》"
    >>> office = Span(label_="ORG", start_char=1, end_char=6, generic=False)
    >>> sent = Sentence(0, len(text), [office])
    >>> [s.start_char for s in _relative_issuer(text, sent, VerbAt(6, 8, 0, len(text)))]
    [1]
    """
    if not text.startswith("的《", verb.end):
        return []
    near = actors_between(text, sent, verb.clause_start, verb.start)
    if not near or near[-1].end_char != verb.start or near[-1].generic:
        return []
    return group_of(text, sent, near[-1])  # (市委、市政府联合印发的《…》: both)


# 同意以省委、省政府名义印发: the bodies in whose name a document is issued issue it
IN_THE_NAME_OF = re.compile("以(?P<who>[^，。；]{2,40}?)的?名义(?:联合)?$")
NAMED_ISSUE = re.compile("以[^，。；]{2,40}?的?名义(?:联合)?(?:印发|下发|发布|出台)")
ADOPTING = frozenset({"审议通过", "审议并通过", "研究通过", "表决通过"})


def named_for(text: str, sent: Sentence, verb: VerbAt) -> list[Ent]:
    """The bodies in whose name the verb issues (以省委、省政府名义印发), else none."""
    m = IN_THE_NAME_OF.search(text, verb.clause_start, verb.start)
    if m is None:
        return []
    return [s for s in outermost(sent.of("ORG")) if m.start("who") <= s.start_char and s.end_char <= m.end("who")]


def _drawn_up(text: str, sent: Sentence, verb: VerbAt, titles: list[Ent]) -> list[Ent]:
    """The lists or systems the verb draws up (制定…清单, 制定政商交往“正面清单”和“负面清单”: each of the list), not
    the practice a document of that name is (出台…清单 already a title)."""
    mechs = sent.of("MECH")
    first = next((s for s in mechs if s.text.rstrip("”").endswith(DRAWN_UP)
                  and DRAWN_UP_AFTER.fullmatch(text, verb.end, s.start_char)
                  and not any(t.label_ == "DOC" and t.end_char == s.end_char for t in titles)), None)
    return [] if first is None else chain(text, [s for s in mechs if s.start_char >= first.start_char])


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
    block = [ctx.signatories[-1]]  # the last signature block: its bodies with only spaces and line breaks between
    for body in reversed(ctx.signatories[:-1]):
        if text[body.end_char : block[0].start_char].strip(" \u3000\n"):
            break
        block.insert(0, body)
    return [(body, "ISSUED", titles[0], (titles[0].start_char, titles[0].end_char)) for body in block]


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
    """The bodies that sign the text: alone on a line, a date on the next (渭源县人民政府办公室 / 2024年3月5日), or
    side by side on the lines above the date (甲厅　乙厅 / 丙局　丁局 / 2025年6月3日), in the text's order."""
    dates = list(DATE_LINE.finditer(text))
    if not dates:
        return []  # most texts: no signature block, and no index of their bodies to build
    by_start: dict[int, Ent] = {}
    for span in spans:  # (the longest at a start: 共青团天水市委, not 共青团 inside it)
        if span.label_ == "ORG" and not span.generic and (span.start_char not in by_start or len(span.text) > len(
                by_start[span.start_char].text)):
            by_start[span.start_char] = span
    signed = []
    for date in dates:
        block: list[Ent] = []
        end = date.start() - 1  # the line break before the date
        while end > 0 and (line_bodies := _signing_line(text, text.rfind("\n", 0, end) + 1, end, by_start)):
            block = line_bodies + block
            end = text.rfind("\n", 0, end)
            if len(line_bodies) == 1:
                break  # (one signatory: the line above is the text's last sentence, no co-signer)
        signed += block
    return signed


def _signing_line(text: str, start: int, end: int, by_start: dict[int, Ent]) -> list[Ent]:
    """The bodies that make up the line ``start``–``end`` whole (one, or several with spaces between), else none."""
    line = text[start:end]
    names = [name for name in re.split(r"[\s\u3000]+", line.strip()) if name]
    bodies = [by_start.get(start + line.find(name)) for name in names]
    if not names or not all(b is not None and b.text == name for b, name in zip(bodies, names, strict=True)):
        return []
    return [b for b in bodies if b is not None]


# An untitled document named by what it is about, not its kind alone (制定出台青禾县数字乡村建设实施方案): a name of
# its own, kept even where no body is said to issue it; 本市…预案, 配套政策措施, 有关…的规定, 一揽子…措施 stay generic
# kinds, and so does what 等 sums up (促进外贸稳增长等措施)


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


def _issuer_in_title(title: Ent, orgs: list[Ent]) -> Ent | None:
    """The body a document's name starts with (省政府规章: 省政府), if any."""
    if title.label_ != "DOC":
        return None
    return next((o for o in outermost(orgs) if o.start_char == title.start_char), None)


LAWMAKERS = ("全国人大", "全国人民代表大会")  # the bodies that make laws (a province's congress makes 条例)
NOT_LAWS = ("办法", "方法", "做法", "执法", "司法", "立法", "依法")


def not_its_law(rel: str, head: Ent, tail: Ent) -> bool:
    """Whether ``head`` ISSUED ``tail`` would make a body that makes no laws the maker of a law (…印发的《某办法》和
    乡村振兴促进法: the offices issued the measures, not the law cited beside them; 某省实施《…湿地保护法》办法: the
    province's congress issued the measures).

    >>> from types import SimpleNamespace as S
    >>> not_its_law("ISSUED", S(text="国务院办公厅"), S(text="乡村振兴促进法"))
    True
    >>> not_its_law("ISSUED", S(text="全国人大常委会"), S(text="乡村振兴促进法"))
    False
    """
    law = tail.text.endswith("法") and not tail.text.endswith(NOT_LAWS)
    return rel == "ISSUED" and law and not any(word in head.text for word in LAWMAKERS)

