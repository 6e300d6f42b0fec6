"""Bodies a text counts after naming them (两市政府, 三部门, 四家单位): each of those it named just before.

A relation found for the count (两市政府联合印发《…》) is a relation of each body it counts: the last ones of that kind
the text named before it, in its paragraph or the one before; a count of bodies the text did not name relates
nothing.

Examples
--------
>>> import kg
>>> doc = kg.load()("岱川市人民政府与泓川市人民政府签署协议。两市政府联合印发《协同发展行动计划》。")
>>> sorted((h.text, t.text) for h, r, t, _ in doc._.kg_relations if r == "ISSUED")
[('岱川市人民政府', '协同发展行动计划'), ('泓川市人民政府', '协同发展行动计划')]
"""

from __future__ import annotations

import re

from kg.pipeline.relations.actors import outermost
from kg.pipeline.relations.context import Context
from kg.pipeline.spans import Ent

# 两市政府, 两省政府, 三部门, 四家单位, 两局: a count, maybe a level, and the kind of the bodies counted
COUNTED_GROUP = re.compile(r"(?P<n>[两二三四五六七八九十])(?:个|家)?(?P<level>[省市县区])?"
                           r"(?P<kind>政府|党委|部门|单位|机关|局)")
COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
ANY_KIND = ("部门", "单位", "机关")

Relation = tuple[Ent, str, Ent, tuple[int, int]]


def counted_members(ctx: Context, group: Ent) -> list[Ent]:
    """The bodies ``group`` counts (两市政府: the two city governments named last before it, in its paragraph or
    the one before), or [] if the text named fewer of that kind there.

    >>> import kg
    >>> nlp = kg.load()
    >>> doc = nlp("岱川市人民政府与泓川市人民政府签署协议。两市政府联合印发《计划》。")
    >>> ctx = nlp.get_pipe("kg_relations").context(doc)
    >>> [m.text for m in counted_members(ctx, [e for e in ctx.views if e.text == "两市政府"][0])]
    ['岱川市人民政府', '泓川市人民政府']
    """
    m = COUNTED_GROUP.fullmatch(group.text)
    if m is None:
        return []
    text = ctx.text
    count = COUNTS[m["n"]]
    paragraph = text.rfind("\n", 0, group.start_char) + 1
    for since in (paragraph, text.rfind("\n", 0, max(0, paragraph - 1)) + 1):  # its paragraph, then the one before
        named = outermost([e for e in ctx.views if e.label_ == "ORG" and not e.generic
                           and since <= e.start_char and e.end_char <= group.start_char])
        members: list[Ent] = []
        for body in reversed(named):
            if _of_kind(body.text, m) and not any(_same(body.text, other.text) for other in members):
                members.append(body)
        if len(members) >= count:
            return members[count - 1 :: -1]  # the last ones named, in their order
    return []


def _of_kind(name: str, group: re.Match[str]) -> bool:
    """Whether a body named ``name`` is of the kind ``group`` counts (两市政府: a city's government)."""
    kind, level = group["kind"], group["level"]
    if kind not in ANY_KIND and not name.endswith(kind):
        return False
    return level is None or level in name[: -len(kind)]


def _same(name: str, other: str) -> bool:
    """Whether two names may be one body, one the end of the other (岱川市人民政府, 市人民政府)."""
    return name.endswith(other) or other.endswith(name)


def with_members(ctx: Context, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each one of a counted group (as head or tail) made each of its members', and none of a
    group whose members the text did not name."""
    groups = {(e.start_char, e.end_char): counted_members(ctx, e) for e in ctx.views
              if e.generic and COUNTED_GROUP.fullmatch(e.text)}
    if not groups:
        return relations
    out: list[Relation] = []
    for head, rel, tail, evidence in relations:  # (a count whose bodies the text did not name: none of its own)
        heads = groups.get((head.start_char, head.end_char), [head])
        tails = groups.get((tail.start_char, tail.end_char), [tail])
        out += [(h, rel, t, evidence) for h in heads for t in tails if h is not t]
    return out
