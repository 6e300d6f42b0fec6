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
        for cut in range(len(name) - MIN_TAIL + 1):  # (cut 0: the name itself again, where only a verb found it)
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
        whole = unique[m.group()]
        out.append(Found(m.start(), m.end(), "ORG", "team", name=None if whole == m.group() else whole))
    return out


OFFICE = "办公室"
OFFICE_OF = ("领导小组", "指挥部", "专班", "委员会")  # the teams and committees that have an office of their own
NOT_OFFICE_AFTER = "主副"  # 办公室主任: a person


BARE_OFFICE = re.compile("(?<=下设)办公室|(?<=[，；])办公室(?=设在)")


def team_offices(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each team's office: named after it (省防汛抗旱指挥部办公室: the office, its team nested as its
    parent), or bare after it (…领导小组，领导小组办公室设在省水利厅: that group's office).

    >>> text = "成立省供水保障工作领导小组，领导小组办公室设在省水利厅"
    >>> [(text[f.start : f.end], f.name, f.nested) for f in team_offices(text, [Found(2, 13, "ORG", "team")])]
    [('省供水保障工作领导小组', None, False), ('领导小组办公室', '省供水保障工作领导小组办公室', False)]
    """
    out = []
    teams = []
    for f in found:
        name = text[f.start : f.end]
        if f.generic or f.nested or f.name or not name.endswith(OFFICE_OF):
            out.append(f)
            continue
        if text.startswith(OFFICE, f.end) and text[f.end + 3 : f.end + 4] not in NOT_OFFICE_AFTER:
            out += [f._replace(nested=True), Found(f.start, f.end + 3, "ORG", "government")]
        else:
            out.append(f)
        if len(name) > 4:
            teams.append((f.end, name))
    for end, name in teams:  # 领导小组下设办公室，办公室设在…: the office by its head alone, in the team's sentence
        stop = text.find("。", end)
        for m in BARE_OFFICE.finditer(text, end, len(text) if stop < 0 else stop):
            out = [f for f in out if (f.start, f.end) != m.span()]
            out.append(Found(m.start(), m.end(), "ORG", "government", name=name + OFFICE))
    for end, name in teams:  # (the head alone names the team named in full before it)
        head = next(h for h in OFFICE_OF if name.endswith(h))
        bare = text.find(head + OFFICE, end)
        after = bare + len(head) + len(OFFICE)
        if bare > 0 and not is_han(text[bare - 1]) and text[after : after + 1] not in NOT_OFFICE_AFTER:
            out = [f for f in out if (f.start, f.end) != (bare, after)]  # (the same words found unnamed)
            out.append(Found(bare, after, "ORG", "government", name=name + OFFICE))
    return out
