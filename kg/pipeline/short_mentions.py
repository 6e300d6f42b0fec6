"""A team named in full once and then by the end of its name (青澜河联合执法队 …联合执法队对…开展检查): each later
short mention is a mention of the team.

Examples
--------
>>> text = "两局组建青澜河联合执法队。联合执法队开展检查，执法队队长表示……"
>>> [(text[f.start : f.end], f.name) for f in short_mentions(text, [Found(4, 12, "ORG", "team")])]
[('联合执法队', '青澜河联合执法队')]
"""

from __future__ import annotations

import re

from kg.pipeline.spans import Found, extend_left, is_han

TEAM_ENDS = ("组", "队", "专班", "指挥部")
MIN_TAIL = 3  # 执法队, not 法队
NOT_AFTER = "长员"  # 队长, 组员: a person of the team


def short_mentions(text: str, found: list[Found]) -> list[Found]:
    """Later mentions of the teams of ``found`` by the end of their name, where no other team's name ends so too
    and no other span stands."""
    tails: dict[str, set[str]] = {}
    for f in found:
        name = text[f.start : f.end]
        if f.generic or f.nested or f.name or len(name) < MIN_TAIL + 2 or not name.endswith(TEAM_ENDS):
            continue
        for cut in range(1, len(name) - MIN_TAIL + 1):
            if is_han(name[cut]) and not name[cut].isdigit():
                tails.setdefault(name[cut:], set()).add(name)
    unique = {tail: names.pop() for tail, names in tails.items() if len(names) == 1}
    if not unique:
        return []
    taken = bytearray(len(text) + 1)
    for f in found:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    out = []
    pattern = re.compile("|".join(sorted(map(re.escape, unique), key=len, reverse=True)))
    for m in pattern.finditer(text):
        after = text[m.end() : m.end() + 1]
        if any(taken[m.start() : m.end()]) or (after and after in NOT_AFTER + m.group()[-1]):
            continue  # (执法队队长: the head again, then the person)
        if extend_left(text, m.start(), limit=1) != m.start():
            continue  # inside a longer word
        out.append(Found(m.start(), m.end(), "ORG", "team", name=unique[m.group()]))
    return out
