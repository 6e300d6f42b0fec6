"""Title lines: the lines of a text that are titles of documents, and the title of the text itself.

A title often stands on a line of its own, with no 《》: a regulation's or a notice's heading, a report's first line.
:func:`title_lines` finds those lines for :class:`kg.pipeline.titles.TitleFinder`; :func:`source_title` gives a
source document a human title (its first line that is no page furniture).
"""

from __future__ import annotations

import re

from kg.pipeline.anchors import windowed
from kg.pipeline.noise import furniture
from kg.pipeline.spans import HAN

LINE_KINDS = ("实施意见", "意见", "通知", "具体措施", "若干措施", "措施", "办法", "方案", "规定", "细则", "决定",
              "规划", "条例", "决议", "纲要", "通报", "指引", "指南", "准则", "公告", "通告", "公示")
# a text's own title only (…工作报告, …局行政处罚决定书), not a line of it (省长作政府工作报告)
FIRST_LINE_KINDS = ("报告", "总结", "小结", "简报", "名单", "决定书", "汇报", "开展情况", "工作情况")  # (…情况的汇报)
REPLY_LINE = re.compile(r"(?:关于|对)[^\n]{2,70}的答复(?:的函)?$")  # a reply's own title (关于第1234号建议的答复)
_NOTE_LINE = re.compile(r"[（(][^\n]*[）)]")  # an editor's note above a title: （虚构示例文本……）
_FORWARDING_LINE = re.compile(r"关于(?:印发|转发)《[^《》]{2,60}》的通知$")  # a notice that forwards a titled document
_ABOUT_LINE = re.compile(rf"(?:[^\n《》]{{2,30}})?关于[^\n]{{2,70}}的(?:{'|'.join(LINE_KINDS + FIRST_LINE_KINDS)})$")
_PLACED_REPORT = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区州旗盟][^：:]{0,20}报告$")  # 湖北省政府工作报告：…
# 四川省《农田水利条例》实施细则: a place's rules carrying out a law it cites
_PLACE_CITED_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}[省市县区州旗]《[^《》\n]{2,40}》"
                               "(?:实施细则|实施办法|实施意见|若干规定|办法)$")
_ABSTRACT = re.compile(r"[（(](?:摘要|节选|摘编|摘登)[）)]$")  # …审计工作报告（摘要）: the title without the note
_ISSUE = re.compile(r"[（(]\d{4}年第\d{1,3}期[）)]$")  # …的通告（2025年第17期）: an issue's number, part of its title
_EVENT_CODE = re.compile(r"“\d{1,2}[·.]\d{1,2}”")  # 衡南县“4·17”…事故调查报告: an accident's date, no quoted name
# a first line that heads a part of a title (湖州市政府工作报告（节选）：乡村振兴…, 【潍坊市政府工作报告】办好民生实事;
# the note or the brackets say it is one)
_HEADED_LINE = re.compile(r"^(?:【(?P<bracketed>[^【】]{4,40})】|(?P<before>[^：:]{4,40})[：:])")
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


def title_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that are titles: a line that ends in a kind of document (…实施意见, …通知)
    and holds no sentence punctuation, a title cited in one only as a notice forwards it or a place's rules carry it
    out; the first line also when it ends in 报告/总结 (its own title), or where it heads a part of a report
    (…政府工作报告（节选）：…, 【…工作报告】…). A markdown heading's marks and an abstract's note are left out.

    >>> text = "青禾县人民政府工作报告（摘要）\\n一、过去一年工作回顾\\n青禾县物业管理办法\\n我们坚持。"
    >>> [text[s:e] for s, e in title_lines(text)]
    ['青禾县人民政府工作报告', '青禾县物业管理办法']
    """
    found: list[tuple[int, int]] = []
    pos = 0
    first = True
    for line in text.split("\n"):
        stripped = line.strip()
        start = pos + line.find(stripped) if stripped else pos
        if heading := MARKDOWN_HEADING.match(stripped):  # # 青禾县…实施意见: the title without its marks
            stripped, start = stripped[heading.end() :], start + heading.end()
        pos += len(line) + 1
        is_first, first = first, first and (not stripped or bool(_NOTE_LINE.fullmatch(stripped)))
        if not 6 <= len(stripped) <= 80 or _LIST_MARK.match(stripped):
            continue
        if is_first and (headed := _HEADED_LINE.match(stripped)) is not None and (
                headed.group("bracketed") or _ABSTRACT.search(headed.group("before"))
                or _PLACED_REPORT.match(headed.group("before"))):
            part = headed.lastgroup or "before"  # (not 代表委员热议政府工作报告：…, a headline)
            stripped, start = headed.group(part), start + headed.start(part)  # (the title, not what it heads)
        quoted = "《" in stripped or "“" in _EVENT_CODE.sub("", stripped)
        if any(p in stripped for p in "。，,；;：:！!？?") or (quoted and not (
                _FORWARDING_LINE.search(stripped) or _ABOUT_LINE.match(stripped)
                or _PLACE_CITED_LINE.match(stripped))):
            continue  # (关于检查《…条例》实施情况的报告, 关于建立“甲+乙”协作机制的意见: a title line still)
        if (note := _ABSTRACT.search(stripped)) is not None:
            stripped = stripped[: note.start()]
        kind = stripped[: issue.start()] if (issue := _ISSUE.search(stripped)) else stripped
        if kind.endswith(LINE_KINDS) or (is_first and (kind.endswith(FIRST_LINE_KINDS) or REPLY_LINE.search(kind))):
            found.append((start, start + len(stripped)))
    return found


# the issuers a title line opens with (某市人民政府办公室关于印发…的通知, 中共某市委办公室 某市人民政府办公室关于…):
# bodies' names, each ending in a body's last character, spaces or 、 between
_ISSUER = "[^《》“”，。；：\\s]{2,40}?[委局厅办府院部署室组会司]"
ISSUERS = re.compile(f"{_ISSUER}(?:[\\s、]{_ISSUER})*\\s*(?=关于)")


def after_issuers(title: str) -> int:
    """Where a title that names its issuers before 关于 goes on without them (the title as cited: 关于印发…的通知),
    or 0.

    >>> title = "岱川市人民政府办公室关于印发《岱川市营商环境实施方案》的通知"
    >>> title[after_issuers(title) :], after_issuers("关于加强监督的意见"), after_issuers("工作规划关于巡察")
    ('关于印发《岱川市营商环境实施方案》的通知', 0, 0)
    """
    m = ISSUERS.match(title)
    return m.end() if m is not None else 0


MARKDOWN_HEADING = re.compile(r"#{1,6}\s*")  # a markdown heading's marks (# 青禾县…实施意见)
BRACKETED_LINE = re.compile(r"（[^（）]*）|\([^()]*\)")  # a line wholly in brackets: an editor's note


def source_title(text: str, noise: list[tuple[int, int]]) -> str:
    """The first line that may be a title, as a human title for the source document: not page furniture (下载,
    全屏, 【字号：, 来源：…), nor a line of noise unless it ends like a title (a page repeats its title under its
    buttons: the title, not a caption), nor one with fewer than two Chinese characters (>).

    A line wholly in brackets is an editor's note (（虚构示例文本）, （此件公开发布）), not a title.

    >>> source_title("（虚构示例文本）\\n青禾县人民政府工作报告\\n各位代表：", [])
    '青禾县人民政府工作报告'
    >>> text = "青禾县政府工作报告\\n下载\\n全屏\\n青禾县政府工作报告\\n各位代表："
    >>> source_title(text, [(0, 9), (10, 12), (16, 25)])
    '青禾县政府工作报告'
    """
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = MARKDOWN_HEADING.sub("", line.strip(), count=1)
        if (not stripped or BRACKETED_LINE.fullmatch(stripped) or furniture(stripped)
                or len(re.findall(f"[{HAN}]", stripped)) < 2):
            continue
        if any(s <= start < e for s, e in noise) and not stripped.endswith(LINE_KINDS + SOURCE_KINDS):
            continue
        title = re.split(r"[。！？!?；;]", stripped)[0]
        return title if len(title) <= 60 else title[:59] + "…"
    return ""


SOURCE_KINDS = ("报告", "总结", "讲话", "公报", "通报", "纪要", "条例", "法")  # what else a repeated title line ends in


# (…的汇报: a report made in person, no document)
HEARD_REPORT = windowed(re.compile(r"(?:听取|审议|审查)(?:了|并通过了?)?[^，。；《》\n]{0,30}?"
                                   r"(?P<title>关于[^，。；;,、《》“”\n]{2,40}?的报告)"))


# (…的报告、市人民检察院关于…的报告: the next report the meeting heard, after a list mark and its maker)
NEXT_REPORT = re.compile(r"(?:、|和|以及)[^，。；《》\n、]{0,20}?(?P<title>关于[^，。；;,、《》“”\n]{2,40}?的报告)")


def heard_reports(text: str) -> list[tuple[int, int]]:
    """The spans of the reports a meeting hears or reviews, named by what they are about, each of a list.

    >>> text = "听取了市法院关于审判工作的报告、市检察院关于检察工作的报告"
    >>> [text[s:e] for s, e in heard_reports(text)]
    ['关于审判工作的报告', '关于检察工作的报告']
    """
    spans = []
    for m in HEARD_REPORT.finditer(text):
        spans.append((m.start("title"), m.end()))
        while (more := NEXT_REPORT.match(text, spans[-1][1])) is not None:
            spans.append((more.start("title"), more.end()))
    return spans
