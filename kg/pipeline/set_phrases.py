"""Set phrases: the nationwide practices of the lexicon (立行立改, 河长制, 府院联动) as a text names them.

A term is no practice where it names the field of a unit (党风政风监督室), a person's role (网格党建指导员), a
thing it yields (出庭应诉率), a document (纪检监察建议书) or a check done to a body (巡察该镇6个村); a meeting held is
no practice of holding it (召开联席会议3次). A bare campaign head takes the description before it (…思想主题教育),
items listed before a shared ending keep their whole names (府院、府检联动), and four-character phrases listed with
known practices are practices too (边查边改、立行立改、严查严改).

Examples
--------
>>> phrases = SetPhrases(["立行立改", "边查边改", "联席会议"])
>>> text = "坚持边查边改、立行立改、即知即改，每月召开联席会议，召开联席会议3次。"
>>> sorted(text[f.start : f.end] for f in phrases.find(text, []))
['即知即改', '立行立改', '联席会议', '边查边改']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.util import registry

from kg.pipeline.campaigns import COUNTED, LEADING_VERBS
from kg.pipeline.descriptions import four_character_list, levels_ending, strip_front
from kg.pipeline.spans import HAN, Found, is_han, last_match, stem_start, trie_scan
from kg.pipeline.verbs import read_data, read_rows

# A unit named after its field of work follows (党风政风监督室, 专项督查组): the field is no mechanism there.
UNIT_AFTER = re.compile("(?:室|组(?![织成建合])|处(?![理置罚分])|科(?![技学研协])|股(?![份权])|办公室|专班"
                        "|机构|服务机构|服务中心|委员会|中心|站|庭|点(?![对题名])|区(?![县域别块间]))")
# (医养结合机构: institutions; 边民互市贸易区: a zone; 人民调解委员会, 巡回审判点: a body or the place it works)
# practices that are also what is held (A、B召开联席会议, 召开联席会议3次: meetings; 每月召开联席会议: the practice)
MEETINGS = frozenset({"联席会议"})
HELD_TIMES = re.compile("[\\d一二两三四五六七八九十]+次")  # 召开联席会议3次: meetings held
HELD = re.compile("(?:召开|举行|主持|参加|出席)(?:了|过)?"
                  "(?P<count>首次|第[一二三四五六七八九十\\d]+次|[一二两三\\d]+次)?$")
# 每月召开联席会议: the practice
REGULARLY = re.compile("(?:定期|每[年季月周旬]度?|常态化)[^，。；]{0,6}?(?:召开|举行)$")
# (在线索移送、诉前磋商等方面: fields listed; 在人民建议征集方面: one named practice stays one)
FIELD_AFTER = re.compile("(?:、[^，。；、]{2,10})+等?(?:方面|领域|环节)|等(?:方面|领域|环节)|领域|环节")
# (网格党建指导员, 首问责任人: a person)
ROLES_AFTER = ("指导员", "联络员", "协管员", "监督员", "信息员", "辅导员", "专员", "专干", "责任人", "人", "员", "官")
# 村务公开栏, 公示牌, 举报箱, 立案监督线索, 出庭应诉率: a thing the practice uses or yields, not the practice
THINGS_AFTER = ("栏", "牌", "箱", "墙", "线索", "率")
PAPER_AFTER = ("书", "函", "单")  # what makes a practice's name a document's (…建议书, …提示函, …通知单)
# Terms that end like a campaign take the description before them (习近平…思想主题教育, 形式主义问题专项监督).
CAMPAIGN_TERM_ENDS = ("主题教育", "学习教育", "专项整治", "集中整治", "专项监督", "专项巡察", "专项巡视", "专项检查",
                      "专项治理", "专项行动", "攻坚行动")
# a count right before a bare campaign head (七个专项行动, 三大攻坚行动, “十项”专项整治)
COUNTED_GROUP = re.compile(COUNTED.pattern + "”?$")
# 专项整治工作方案: a plan, not the campaign
NOT_CAMPAIGN_AFTER = re.compile(rf"[{HAN}]{{0,2}}(?:机制|制度|工作|方案|计划)")
CHECKS = ("巡察", "巡视", "督察", "督查", "检查", "审计")
CARRIED_OUT = re.compile("进行|开展|实施|予以")  # (the verb that carries out a clean-up, inside its description)
# what a check is done to (延伸巡察该镇6个村党组织)
CHECKED_OBJECT = re.compile("(?:该|各|本|全[市县区镇乡省])|[\\d一二三四五六七八九十]+[个家所]")
KIND_OF_WORK = "kind_of_work"


@registry.misc("kg.kinds_of_work.v1")
def kinds_of_work() -> list[str]:
    """Terms of ``kg/data/mechanism_terms.tsv`` whose domain is ``kind_of_work``: kinds of work and duties
    (日常监督, 行政复议, 主体责任) that the guideline counts as generic mechanisms."""
    return [term for term, domain in read_rows(read_data("mechanism_terms.tsv"), 2) if domain == KIND_OF_WORK]


FINDINGS_AFTER = re.compile("反馈|发现|指出|交办|移交")  # after an inspection: what it found
KINDS_OF_INSPECTION = frozenset(("例行督察", "专项督察"))


class SetPhrases:
    """Find the lexicon's set phrases in a text; ``kinds_of_work`` are generic where they stand alone."""

    def __init__(self, terms: Iterable[str], kinds_of_work: Iterable[str] = ()) -> None:
        self.term_set = frozenset(terms)
        self.terms = trie_scan(sorted(self.term_set))
        self.kinds_of_work = frozenset(kinds_of_work)

    def find(self, text: str, orgs: list[tuple[int, int]]) -> list[Found]:
        """Nationwide set phrases, except where one names the field of a unit (党风政风监督室); a kind of work is
        generic, and a bare campaign head takes the description before it (…思想主题教育)."""
        found = []
        in_org = [0] * (len(text) + 1)  # which body (1, 2…) each character is part of
        for number, (s, e) in enumerate(orgs, start=1):
            in_org[s:e] = [number] * (e - s)
        for m in self.terms.finditer(text):
            inside = in_org[m.start()] != 0 and in_org[m.start()] == in_org[m.end() - 1]
            if inside or UNIT_AFTER.match(text, m.end()) or text.startswith(PAPER_AFTER, m.end()):
                continue  # (纪检监察建议书: the document, not the practice)
            if FIELD_AFTER.match(text, m.end()) or text.startswith(ROLES_AFTER + THINGS_AFTER, m.end()):
                continue  # 在线索移送、诉前磋商等方面协作: fields of work; 网格党建指导员: a person's role
            if m.group() in KINDS_OF_INSPECTION and FINDINGS_AFTER.match(text, m.end()):
                continue  # 土地例行督察反馈问题整改方案: a kind of inspection in another thing's name (not
                # 中央生态环保督察反馈问题: the Centre's inspection, named by what it found)
            if m.group().endswith(CHECKS) and CHECKED_OBJECT.match(text, m.end()):
                continue  # 同步延伸巡察该镇6个村党组织: the check done to a body, a verb here
            if m.group() in MEETINGS and (_held(text, m.start()) or HELD_TIMES.match(text, m.end())):
                continue  # 召开联席会议3次: meetings held, not the practice of holding them
            if m.group() in CAMPAIGN_TERM_ENDS and COUNTED_GROUP.search(text, max(0, m.start() - 5), m.start()):
                continue  # 攻坚“七个专项行动”, 三大攻坚行动: a group of campaigns counted, none of them named
            start = m.start()
            if m.group() in CAMPAIGN_TERM_ENDS and not NOT_CAMPAIGN_AFTER.match(text, m.end()):
                left = stem_start(text, start, limit=18)
                left = None if left is None else strip_front(text, left)  # not 七个 in 七个专项行动
                if left is not None:  # 水利部部署专项行动: not who starts it, nor the verb
                    left = max([left, *(e for s, e in orgs if left < e <= start)])
                    if (verb := last_match(CARRIED_OUT, text, left, start)) is not None:
                        left = verb.end()  # 对…通道进行集中整治: what it is done to, then the verb, no name
                    while text.startswith(LEADING_VERBS, left) and left < start:
                        left += 2
                if left is not None and start - left >= 2:
                    start = left + (2 if re.match("全[省市县区国州]", text[left : left + 2]) else 0)
            if start == m.start() and (levels := levels_ending(text, start)) is not None:
                start = levels  # 县乡村三级田长制: the levels the system joins name it
            generic = start == m.start() and m.group() in self.kinds_of_work
            kind = "campaign" if start < m.start() and m.group() in CAMPAIGN_TERM_ENDS else "practice"
            found.append(Found(start, m.end(), "MECH", kind, generic))
            found += self._shared_ending(text, m)
        return found + self._parallel(text, found)

    def _shared_ending(self, text: str, m: re.Match[str]) -> list[Found]:
        """Terms listed before the term ``m`` and named without the ending they share with it (府院、府检联动:
        府院 is 府院联动).

        >>> phrases = SetPhrases(["府院联动", "府检联动"])
        >>> text = "深化府院、府检联动"
        >>> [(text[f.start : f.end], f.name) for f in phrases._shared_ending(text, phrases.terms.search(text))]
        [('府院', '府院联动')]
        """
        found, end = [], m.start()
        stem, ending = m.group()[:2], m.group()[2:]
        while len(ending) >= 2 and text[end - 1 : end] == "、":
            start = end - 1 - len(stem)
            name = text[start : end - 1] + ending
            if name not in self.term_set or not is_han(text[start:start + 1] or "，"):
                break
            found.append(Found(start, end - 1, "MECH", "practice", name in self.kinds_of_work, name=name))
            end = start
        return found

    def _parallel(self, text: str, terms: list[Found]) -> list[Found]:
        """Four-character phrases listed with known practices (坚持边查边改、立行立改、严查严改): when at least
        half the items of such a list are named practices of the lexicon, the others are practices too."""
        out: list[Found] = []
        known = {(f.start, f.end) for f in terms if not f.generic and f.end - f.start == 4}
        done: set[int] = set()
        for start, _ in sorted(known):
            if start in done:
                continue
            items = four_character_list(text, start)
            done.update(s for s, _ in items)
            if len(items) >= 3 and 2 * sum(item in known for item in items) >= len(items):
                out += [Found(s, e, "MECH", "practice") for s, e in items if (s, e) not in known]
        return out


def _held(text: str, start: int) -> bool:
    """Whether the meeting named at ``start`` is one held (召开联席会议), not the practice of holding it regularly
    (每月召开联席会议; but 每年召开一次联席会议 counts the meetings)."""
    held = HELD.search(text, max(0, start - 6), start)
    if held is None:
        return False
    return held.group("count") is not None or REGULARLY.search(text, max(0, start - 14), held.start() + 2) is None
