"""ISSUED by promulgation: who a regulation's front matter says made it law.

A regulation names its maker around its title, not in a sentence with a verb: in the line under the title
(（…市人民政府令第15号公布）, （…常务委员会第二十三次会议通过）) or in a decree over it (某省人民政府令 / 第312号 /
《…办法》已经…通过，现予公布).

Examples
--------
>>> import kg
>>> doc = kg.load()("渭源县物业管理办法\\n（2026年2月26日渭源县人民政府令第15号公布）\\n第一条 为了规范物业管理。")
>>> [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations]
[('渭源县人民政府', 'ISSUED', '渭源县物业管理办法')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.relations.actors import outermost
from kg.pipeline.relations.context import Context, Sentence, Triple
from kg.pipeline.spans import Ent

_NUMBER = "[\\d一二三四五六七八九十百零〇]+"
# （2026年2月26日某市人民政府令第15号公布 自…起施行）, （2025年2月14日交通运输部令2025年第3号公布）,
# （…省人民代表大会常务委员会第二十三次会议通过）: the line under a regulation's title that says who promulgated or
# adopted it
PROMULGATION = re.compile(r"\s*[（(]\d{4}年\d{1,2}月\d{1,2}日(?P<by>[^（）()\n]{2,60}?)"
                          rf"(?:令(?:\d{{4}}年)?第{_NUMBER}号(?:公布|发布)|第[^（）()\n]{{1,12}}?次会议(?:审议)?通过)")
# 某省人民政府令 / 第312号 (or 2025年第4号) / 《…》已经…通过，现予公布: the decree that promulgates the title
DECREE_HEADER = re.compile(rf"令\s*(?:\d{{4}}年)?第{_NUMBER}号\s*$")
PUBLISHED = re.compile("现予(?:公布|发布)|予以公布")
DECREE_REACH = 40  # the characters a decree's number line and blank lines take at most


def promulgated(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """The body named in the line under a regulation's title as promulgating (…人民政府令第15号公布) or adopting
    (…常务委员会第二十三次会议通过) it issued that title (the whole title line's, not a title cited in it)."""
    text = ctx.text
    m = PROMULGATION.match(text, sent.start)
    if m is None:
        return
    title_end = len(text[: text.rfind("\n", 0, sent.start) + 1].rstrip())  # the title's line, past blank lines
    above = text.rfind("\n", 0, title_end) + 1
    titles = [v for v in ctx.views if v.label_ == "DOC" and above <= v.start_char and v.end_char <= title_end]
    bodies = outermost([o for o in sent.of("ORG") if m.start("by") <= o.start_char and o.end_char <= m.end("by")])
    if titles and bodies:
        yield bodies[-1], "ISSUED", max(titles, key=lambda t: (t.end_char - t.start_char, t.start_char))


def decreed(ctx: Context, sent: Sentence, topic: list[Ent]) -> Iterator[Triple]:
    """A title the decree over it publishes (某省人民政府令 / 第312号 / 《…办法》已经…通过，现予公布): issued by the
    body whose decree it is."""
    text = ctx.text
    if text[sent.start : sent.start + 1] != "《" or not PUBLISHED.search(text, sent.start, sent.end):
        return
    titles = [d for d in sent.of("DOC") if d.start_char <= sent.start + 1]
    header = DECREE_HEADER.search(text, max(0, sent.start - DECREE_REACH), sent.start)
    if not titles or header is None:
        return
    bodies = [o for o in ctx.views if o.label_ == "ORG" and o.end_char == header.start()]
    if bodies:
        yield max(bodies, key=lambda b: b.end_char - b.start_char), "ISSUED", titles[0]


def title_line_issuers(ctx: Context) -> list[Ent]:
    """The bodies a notice's first line names before its 关于 (某县委办公室　某县人民政府办公室关于印发《…》的通知):
    its issuers, who issue what it forwards (现将《…》印发给你们) when no one signs it.

    >>> import kg
    >>> doc = kg.load()("白鹭县委办公室　白鹭县人民政府办公室关于印发《村级规则》的通知\\n现将《村级规则》印发给你们。")
    >>> sorted(h.text for h, t, d, _ in doc._.kg_relations if t == "ISSUED" and d.text == "村级规则")
    ['白鹭县人民政府办公室', '白鹭县委办公室']
    """
    text = ctx.text
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    about = text.find("关于", start, line_end if line_end >= 0 else len(text))
    if about < 0:
        return []
    return [s for s in outermost([v for v in ctx.views if v.label_ == "ORG" and start <= v.start_char
                                  and v.end_char <= about]) if not s.generic]

