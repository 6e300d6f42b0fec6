"""Quoted names of practices: “三反馈”机制, “放管服”改革, “纪巡审”联动, “点上改”“面上治”“长久立”.

A quote names a practice when a head follows it (机制, 改革, 工程…), when it is itself a practice's name (a
nationwide term, a coinage with + or ×, a way of handling a matter: “跨省通办”), when a practice verb stands before
it (推行“…”), or when it is one of a chain or list of quotes said to be practices (推广“甲”“乙”等做法). Slogans, goals,
principles and numbered formulas (“四个全面”) are none.

Examples
--------
>>> text = "推行“三反馈”机制，发扬“钉钉子”精神。"
>>> [text[f.start : f.end] for f in QuotedNames(heads=["机制"], terms=frozenset()).find(text)]
['“三反馈”机制']
"""

from __future__ import annotations

import re

from kg.pipeline.lexicons import NOT_SYSTEMS, QUOTED_MECHANISM_HEADS, SLOGANS, is_generic
from kg.pipeline.short_mentions import ALIAS_INTRO
from kg.pipeline.spans import HAN, Found, extend_left, glossary_term, has_boundary_word, is_han

# A quoted name: up to 15 characters, or a list of short parallel phrases (“每周一调度、每旬一督查…”); a quote may
# hold a quote (“‘室组地’片区协作+多部门联动”机制).
ITEM_HEADS = ("工作法", "机制", "制度", "制", "模式")  # what ends each practice a quote lists
QUOTED = re.compile(r"[“「‘\"]((?:[^“”「」‘’\"\n，。；,;]|‘[^“”‘’\n]{1,10}’){1,40})[”」’\"]")
PRACTICE_VERBS = ("推行", "实行", "建立", "探索", "开展", "坚持", "落实", "推进", "深化", "实施", "采用", "采取",
                  "运用", "创新", "构建", "搭建", "推广", "扩大", "强化", "作为", "进行", "试行", "健全", "完善",
                  "倡导", "总结", "提炼", "首创", "施行", "借助", "依托")
# “市县乡”三级联动, “纪巡审”联动, “室组地”联动监督: a quoted name of who works together, then how
PRACTICE_TAIL = re.compile(
    "(?:(?:[一二三四五六七八九十多]级|多方|上下)?(?:(?:联动|协同)(?:监督|执法|办案)?|衔接|融合"
    "|联合(?:办案|执法|监督|检查|督查))"
    "|(?:分级|分类)(?:分类)?(?:管控|管理|监管|处置)|分类定级|(?:[一二三四五]级|分级)预警"
    "|闭环(?:管理|处置|监管))(?![组室队])")  # “红黄绿”分级管控, “受理—办理—反馈”闭环管理; not “室组地”联合监督组
# What a quoted practice may itself end in (“光盘行动”, “千万工程”, “正面清单”, “问题库”, “强基计划”)
SELF_HEADED = re.compile("(?:机制|制度|模式|工作法|体系|格局|行动|工程|改革|清单|台账|问题库|责任制|负责制"
                         "|(?<=..)经验|(?<=..)计划"
                         f"|(?<![{NOT_SYSTEMS}])制)$")  # “包干制”, not “量身定制”; “某地经验”
# Heads a quoted name takes here besides the mechanism heads (“放管服”改革, “企业家接待日”活动, “廉润青禾”系列活动);
# a brand (“某某”品牌) names no practice.
AFTER_BARE_HEAD = re.compile("(?:工作)?(?:机制|制度|模式|工作法|体系)")
# heads of a quoted way of working only right after the quote (“三色”评估, “快立快审”通道, “保回迁”项目), not of a
# longer word (“两重”项目资金)
BARE_HEADS = ("评估", "预警", "督办", "通道")
ROUTE_VERBS = ("畅通", "打通", "贯通", "建设", "拓展")  # before a quoted 通道 that is a route (畅通“西煤东运”通道)
# what a body carries out under a quoted name (开展“企业家接待日”活动, 开展“技能青禾”专项培训)
ACTIVITIES = ("活动", "专项培训")
QUOTED_HEADS = tuple(h for h in (*QUOTED_MECHANISM_HEADS, "改革", *ACTIVITIES, "窗口", *BARE_HEADS) if h != "品牌")
LIST_AFTER_QUOTE = "清单(?!制度|机制|管理|工作)"  # “甲、乙”清单; but “首违不罚”清单制度 is the system
# “…”服务平台, 服务体系, 服务功能, 服务企业: a longer word or a verb's object goes on (a service ends a clause)
SERVICE_GOES_ON = re.compile(f"(?![等和及与的])[{HAN}]")
TOOL_HEADS = ("平台", "系统")  # the heads of a tool the work is done with (the annotation counts each generic)
CARRIED_OUT = re.compile("(?:开展|实施|推行)$")  # 开展“企业家接待日”活动
# What follows a quoted pilot's head when the words name where it runs (“四库”联动试点区, “某某”试点单位)
PILOT_UNIT = re.compile("[区县市省镇乡村校院园]|单位|地区|城市|企业|项目")
# What quoted items listed before 等 are said to be (推广“甲”“乙”等做法, “334”“622”等联农带农机制)
LISTED_AS = ("机制", "制度", "模式", "做法", "经验", "举措", "工作法", "改革", "行动", "工程")
# A brand of a kind a quote names a programme by (“彩云汇”科创品牌, “某某”服务品牌, “甲”“乙”等品牌; not its
# 品牌效应 or 品牌建设, nor a brand of goods, “某某礼物”品牌, written bare)
BRAND_AFTER = re.compile(f"[{HAN}]{{1,4}}?品牌(?!建设|效应|影响|价值|形象|培育|打造|[化力])")
# A coinage ending in how a matter is handled (“集成办”, “跨省通办”, “六水共治”, “一网监管”): a way of working
HANDLED = re.compile(rf"^[^不怎没难][{HAN}]+(?:办|治|管|批|改)$")
# What a quoted name is said to be that makes it a practice (“四下基层”的做法, “千万工程”经验)
PRINCIPLE_AFTER = re.compile("的?重大原则")
PRACTICE_AFTER = re.compile("的?(?:方式|方法|做法|举措|经验|路子|打法|(?:服务|工作|管理)?模式)")
# A quote that says how bodies or lists work together (“三单联动”, “多审合一”, “两法贯通”): a practice by itself
WORKING_TOGETHER = re.compile("(?:联动|协同|联办|联审|联查|共治|共管|合一|贯通)$")
# One per unit (“一村一档”, “一河（湖）一策”, “一企一方案”); not an idiom (“一心一意”)
ONE_PER = re.compile(rf"^一[{HAN}]{{1,3}}(?:（[{HAN}]{{1,3}}）)?一[{HAN}]{{1,3}}$")
IDIOMS = frozenset("一心一意 一点一滴 一言一行 一草一木 一举一动 一朝一夕 一模一样 一丝一毫 一针一线 一砖一瓦".split())
# A coinage joined by + or × (“线上+线下”, “人工智能+”, “数据要素×”)
COINAGE = re.compile(rf"[{HAN}A-Za-z][+＋×]|[+＋×][{HAN}A-Za-z]")
# Numbered formulas (“四个全面”, “两个屏障”, “三个全覆盖”), figures (“3个95%”, “117”), periods (“九五”), a count and
# one word (“两癌”筛查, “两久”项目): a name only with a head
NUMBER_FORMULA = re.compile(r"^(?:[一二两三四五六七八九十\d]+个|[\d+＋×.%％NnXx个、]+$|[一二三四五六七八九十]+$)"
                            r"|[率%％]$")
# a quoted name of what is built (“四好农村路”建设, three characters or more) or of a counted way of managing
# (“三单”管理, “三统一”管理): a practice with its head
BUILT_OR_MANAGED = re.compile("(?:建设|管理)(?![的成为了者员])")
COUNTED_START = re.compile("[一二两双三四五六七八九十]")
COUNT_LABEL = re.compile(r"^[一二两双三四五六七八九十][\u4e00-\u9fff]$")  # (but “三医”协同 names how they work)
# Numbered sets of tasks (“三大支撑、八项重点”, “七大攻坚”): names only when they end in a head (“八大行动”)
NUMBERED = re.compile(r"^[一二两三四五六七八九十百千\d]+[大项](?!目一)")  # (“一项目一档案”: one per project)
# Nouns that say a quoted phrase is a goal, principle, brand or problem, not a practice (“四水四定”原则)
GOAL_AFTER = re.compile("(?:等[\u4e00-\u9fff]{0,2})?的?(?:工作|发展|总体|战略)?"
                        "(?:政策|原则|理念|思路|思维|目标|定位|战略|品牌|称号|口号|愿景|标准|效应|现象|问题|难题|倾向|心态|困境|怪圈|顽疾|乱象|陋习"
                        "|奇迹|突破"
                        "|(?:文化|文艺|文体|体育|群众性)活动|赛事|节会|展会"  # (“甲”“乙”等文化活动: events)
                        "|[\u4e00-\u9fff]{0,4}?(?:联赛|大赛|运动会|锦标赛|马拉松)"  # (“某村超”全省足球联赛)
                        "|[\u4e00-\u9fff]{0,6}?基金(?!会))")  # (“三化”等政府投资基金: funds)
# 落实“并行”“并进”重要要求: a leader's demand the quotes name, right after them (“管行业必须管安全”要求, “甲”“乙”等
# 工作要求: practices)
DEMAND_AFTER = re.compile("的?重要(?:要求|指示|批示)")
# 对照“六个是否”开展检视, 对标“五个必须”: a counted list of questions or demands work is checked against
CHECKED_AGAINST = re.compile("(?:对照|对标)$")
COUNTED_CHECKS = re.compile(f"^[一二两三四五六七八九十]个[{HAN}]{{2,4}}$")
# A year of a campaign (“作风建设年”, “某某提质增效年”): a practice, though a year is none (“丰收年”)
CAMPAIGN_YEAR = re.compile("(?<=..(?:建设|提升|增效|攻坚|服务|突破|优化|落实|深化|创新|规范))年$")
# (“夜间经济”, “票根经济”: a sector of the economy, no practice)
NOT_PRACTICE = re.compile(
    r"(?:一把手|责任人|书记|组长|领导|月|日|年|思路|意识|维护|效应|现象|文章|答卷|任务书|路线图|千里眼|顺风耳|经济)$")
# What a slogan in quotes is said to be (以“钉钉子”精神, “抓铁有痕、踏石留印”的劲头): a spirit, not a practice.
SPIRIT_AFTER = re.compile(
    "的?(?:劲头|韧劲|干劲|精神|决心|作风|态度|气魄|恒心|毅力|勇气|担当|定力|主基调|基调|状态|姿态|势头)")
QUOTE_RUN = re.compile(r"(?:[、和及]?“[^“”\n]{1,15}”)*")  # the quotes right after a quote
_ENUMERATION = re.compile(rf"^[{HAN}](?:、[{HAN}]){{2,}}$")
CHAIN_JOINT = re.compile("(?:改革|建设|行动|工程|试点)?[、和及与]?")
_PRACTICE_VERB = re.compile("|".join(PRACTICE_VERBS))


# a body's short name given in a note (（以下简称“市链长办”）), by the heads bodies end with
BODY_ENDS = ("办", "委", "局", "厅", "组", "中心", "院", "会", "所", "站", "队", "公司", "集团", "部", "处", "科", "室")


class QuotedNames:
    """The quote grammar of :class:`~kg.pipeline.mechanisms.MechanismFinder`: ``heads`` are the mechanism heads,
    ``terms`` the nationwide terms (a quote that is one names a practice)."""

    def __init__(self, *, heads: list[str], terms: frozenset[str]) -> None:
        quoted_re = "(?:" + "|".join([*sorted([*heads, *QUOTED_HEADS], key=len, reverse=True), LIST_AFTER_QUOTE]) + ")"
        self.after_quote = re.compile(rf"(?P<de>的)?(?P<stem>[{HAN}]{{0,8}}?){quoted_re}(?![化性型态度])")
        self.listed_as = re.compile(rf"等[{HAN}]{{0,8}}?(?:{'|'.join(LISTED_AS)})")
        self.term_set = terms
        # 街道“吹哨”、部门“报到”机制: who does what, twice, in quotes, then a head: one name
        # (a list of campaigns sharing a head, 甲“打非治违”、乙“三上门”行动, stays two)
        self.paired = re.compile(rf"[{HAN}]{{1,4}}“[{HAN}]{{1,6}}”(?:、[{HAN}]{{1,4}}“[{HAN}]{{1,6}}”)+"
                                 "(?:工作)?(?:机制|制度|模式|工作法|格局|体系)")
        # “清单工作法、一线工作法、专班工作法”: a quote listing practices, each named with its own head
        self.headed_item = re.compile(rf"[{HAN}]{{2,12}}?(?:{'|'.join(ITEM_HEADS)})")

    def find(self, text: str) -> list[Found]:
        """The practices named by quotes in ``text``."""
        quotes = [m for m in QUOTED.finditer(text) if _quotable(m.group(1))]
        listed = self._listed_quotes(text, quotes)
        found = [Found(_after_verbs(text, m.start()), m.end(), "MECH", "mechanism") for m in self.paired.finditer(text)]
        quotes = [q for q in quotes if not any(f.start <= q.start() < f.end for f in found)]
        chain_end = -1
        for m in quotes:
            if items := self._headed_items(m):
                found += items
                continue
            item = self._quote(text, m, in_chain=m.start() == chain_end, listed=m.start() in listed)
            if item is None:
                chain_end = -1
                continue
            found.append(item)
            chain_end = _chain_end(text, max(m.end(), item.end))
        return _sharing_the_head(text, quotes, found)

    def _headed_items(self, m: re.Match[str]) -> list[Found]:
        """Each practice a quote lists with its own head (“清单工作法、一线工作法”), or none if any item has none."""
        parts = m.group(1).split("、")
        if len(parts) < 2 or not all(self.headed_item.fullmatch(p) for p in parts):
            return []
        out, start = [], m.start(1)
        for part in parts:
            out.append(Found(start, start + len(part), "MECH", "mechanism"))
            start += len(part) + 1
        return out

    def _quote(self, text: str, m: re.Match[str], *, in_chain: bool, listed: bool) -> Found | None:
        """The mechanism a quote names (with its head, if any), or None; a nationwide term the quote begins
        unless the quote's own name is longer (“室组地”联动监督机制, not the term 室组地联动)."""
        found = self._quote_name(text, m, in_chain=in_chain, listed=listed)
        if found is not None and m.group(1) == "回头看" and found.start == m.start():
            # 督察整改“回头看”, 清产核资“回头看”: a follow-up check is named by the work it checks again
            field = extend_left(text, m.start(), limit=6)
            found = found._replace(start=field) if m.start() - field >= 2 else found
        joined = self._term_across(text, m)
        return joined if joined is not None and (found is None or found.end < joined.end) else found

    def _quote_name(self, text: str, m: re.Match[str], *, in_chain: bool, listed: bool) -> Found | None:
        inner, after = m.group(1), m.end()
        if inner.endswith(BODY_ENDS) and text.endswith(ALIAS_INTRO, 0, m.start()):
            return None  # （以下简称“市链长办”）: a body's short name, no practice
        if text.startswith("服务", after) and not SERVICE_GOES_ON.match(text, after + 2):  # (“…”服务，…)
            # “采购一点通”服务: a way of serving; “一老一小”服务 serves a slogan's groups, no practice named
            return None if _slogan(inner, text, after) else Found(m.start(), after + 2, "MECH", "mechanism")
        if text[m.start() - 1 : m.start()] == "在" and text.startswith("上", after) and inner not in self.term_set:
            return None  # 在“创精品”上下功夫: where effort goes, no practice (在“高效办成一件事”上发力: the term's)
        if (principle := PRINCIPLE_AFTER.match(text, after)) is not None:  # “七个坚持”(的)重大原则: a plan's
            return Found(m.start(), principle.end(), "MECH", "practice", name=inner + "重大原则")  # own principles
        end = self._headed_quote_end(text, inner, after, m.start())
        if end is not None:  # (“青禾智治”平台: a platform, as every platform, a kind of tool: generic)
            return Found(m.start(), end, "MECH", "mechanism", generic=text.endswith(TOOL_HEADS, m.start(), end))
        said = _run_end(text, after)  # (what the quotes are said to be, after the last of them: “两重”“两新”政策)
        if BRAND_AFTER.match(text, said) and not inner.endswith(BODY_ENDS):
            return Found(m.start(), after, "MECH", "practice")  # “企业之家”服务品牌: a programme run under a brand
        if listed or self._list_of_terms(inner):  # “一案一总结、一案一整改”: one name of the known practices
            return Found(m.start(), after, "MECH", "practice")
        if CHECKED_AGAINST.search(text, max(0, m.start() - 2), m.start()) and COUNTED_CHECKS.match(inner) and not (
                _slogan(inner, text, after) or inner in self.term_set or GOAL_AFTER.match(text, after)):
            return Found(m.start(), after, "MECH", "practice")  # 对照“六个是否”检视: a checklist held up to work
        if _parallel_rules(inner, text, m.start(), after):
            return Found(m.start(), after, "MECH", "practice")  # 按照“谁主管、谁负责”原则, 做到“一号受理、限时反馈”
        goal = GOAL_AFTER.match(text, said) or DEMAND_AFTER.match(text, said)
        # “马上就办”工作机制 is one, “马上就办” alone a slogan; “四个全面”, “三大支撑”, “四水四定”原则, “第一责任人”
        # none; “企业服务年”行动 is one
        if _slogan(inner, text, after) or goal or (NUMBER_FORMULA.search(inner) and not _steps(inner)) or (
            NUMBERED.match(inner) and not SELF_HEADED.search(inner)
        ) or (NOT_PRACTICE.search(inner) and not CAMPAIGN_YEAR.search(inner)):
            return None
        if tail := PRACTICE_TAIL.match(text, after):
            return Found(m.start(), tail.end(), "MECH", "practice")
        if (work := BUILT_OR_MANAGED.match(text, after)) and (
                len(inner) >= 3 if work.group() == "建设" else COUNTED_START.match(inner)):
            return Found(m.start(), work.end(), "MECH", "practice")  # “清廉财政”建设, “三统一”管理
        if COUNT_LABEL.match(inner):
            return None
        if PROBLEM_BEFORE.search(text, max(0, (first := _chain_start(text, m.start())) - 6), first):
            return None  # 防止“纸面整改”“虚假整改”: problems to be rid of, no practices
        named = bool(inner in self.term_set or SELF_HEADED.search(inner) or COINAGE.search(inner)
                     or CAMPAIGN_YEAR.search(inner)
                     or (ONE_PER.match(inner) and inner not in IDIOMS)
                     or HANDLED.search(inner) or PRACTICE_AFTER.match(text, after) or _subject_at_work(text, m)
                     or (len(inner) >= 4 and WORKING_TOGETHER.search(inner)) or glossary_term(text, m.start(), m.end()))
        if named or _ENUMERATION.match(inner) or (len(inner) >= 2 and (in_chain or _after_verb(text, m.start()))):
            return Found(m.start(), after, "MECH", "practice")
        return None

    def _term_across(self, text: str, m: re.Match[str]) -> Found | None:
        """A nationwide term whose first part is quoted (“八五”普法, “三公”经费公开), named without the marks.

        >>> finder = QuotedNames(heads=["机制"], terms=frozenset({"八五普法"}))
        >>> [(f.start, f.end, f.name) for f in finder.find("深入开展“八五”普法。")]
        [(4, 10, '八五普法')]
        """
        inner, after = m.group(1), m.end()
        for size in range(min(8, len(text) - after), 0, -1):
            if (term := inner + text[after : after + size]) in self.term_set:
                if TERM_PART_OF.match(text, after + size):  # “九五”普法规划: a plan, “八五”普法工作: its work
                    return None
                return Found(m.start(), after + size, "MECH", "practice", name=term)
        return None

    def _list_of_terms(self, inner: str) -> bool:
        """Whether a quote lists short parallel phrases, a known practice among them (一窗受理、集成服务)."""
        parts = inner.split("、")
        return len(parts) > 1 and all(2 <= len(p) <= 10 for p in parts) and any(p in self.term_set for p in parts)

    def _headed_quote_end(self, text: str, inner: str, after: int, start: int) -> int | None:
        """End of “X”机制 / “X”联合执法机制 (the whole), or of “X” in “X”的工作格局 and “X”等…机制 (the quote);
        else None. An activity (“X”活动) only where a body carries it out (开展“企业家接待日”活动), not one held
        (举办“某某消费季”活动, “某某”等文体活动)."""
        if (campaign := CAMPAIGN_AFTER_QUOTE.match(text, after)) is not None and not has_boundary_word(
                campaign.group()):  # (not “属地管理”向乡镇转嫁责任问题开展集中整治: a clause, the quote in it)
            return campaign.end()  # “护苗守味”校园及周边食品安全专项整治行动: the campaign with its field
        tail = self.after_quote.match(text, after)
        if tail is None:
            return None
        if tail.group().endswith(ACTIVITIES) and (
                "等" in tail.group("stem") or not CARRIED_OUT.search(text, 0, start)):
            return None
        if tail.group().endswith(("试点", "事项", "清单", "计划")) and _no_practice(inner, text, after):
            return None  # “十五五”试点, “四风”事项, “四风”问题清单: a period or a problem names no pilot or list
        if tail.group().endswith("试点") and PILOT_UNIT.match(text, tail.end()):
            return None  # “四库”联动试点区: a pilot area or unit, not the pilot
        if tail.group().endswith("事项"):
            return after  # “一次不用跑”事项, “高效办成一件事”重点事项: the matters the quoted practice covers
        if tail.group().endswith(BARE_HEADS):
            if tail.group("stem"):
                return None  # “三色”评估 names a way to assess, “好差评”结果运用专项评估 an assessment of it
            if (more := AFTER_BARE_HEAD.match(text, tail.end())) is not None:
                return more.end()  # “三色”预警机制: the mechanism, with its head
            if is_han(text[tail.end() : tail.end() + 1] or "，"):
                return None  # “1262”预警叫应: the head is the start of a longer word
            if tail.group().endswith("通道") and (COUNT_LABEL.match(inner) or text.endswith(ROUTE_VERBS, 0, start)):
                return None  # “两重”通道: a kind by its count; 畅通“西煤东运”通道: a route for goods, no practice
        if tail.group("de"):
            return after if not tail.group("stem").strip("工作") else None
        if "等" in tail.group("stem"):  # “甲”等…机制, “乙”建设等改革: the quote is one of those listed
            return after
        if re.search("[的和与及]", tail.group("stem")) or tail.group("stem").startswith(("实现", "为", "作为", "成为")):
            return None  # “甲”为重点的收入分配制度, “乙”实现工程建设全覆盖: the quote is no name of the head
        return tail.end() if not is_generic(inner + tail.group("stem"), quoted=True) else None

    def _listed_quotes(self, text: str, quotes: list[re.Match[str]]) -> set[int]:
        """Starts of quotes in a run that ends in 等…机制 or 等做法 (“334”“622”等联农带农机制): each names one."""
        out: set[int] = set()
        run: list[int] = []
        for i, m in enumerate(quotes):
            if run and m.start() not in (quotes[run[-1]].end(), _chain_end(text, quotes[run[-1]].end())):
                run = []
            run.append(i)
            if self.listed_as.match(text, m.end()):
                out.update(quotes[j].start() for j in run)
                run = []
        return out


def _run_end(text: str, after: int) -> int:
    """The end of the quotes right after a quote ending at ``after`` (“甲”“乙”等品牌: after “乙”).

    >>> text = "“甲”“乙”等品牌"
    >>> _run_end(text, 3)
    6
    """
    run = QUOTE_RUN.match(text, after)
    return run.end() if run else after


# (“护苗守味”校园及周边食品安全专项整治行动: a quoted campaign, the field it serves, its head: one name)
CAMPAIGN_AFTER_QUOTE = re.compile(r"(?!建设|改革|工程|行动)[^\W\d_的为是在对把将和与]{2,12}?"
                                  r"(?:专项整治行动|专项行动|专项整治|集中整治行动|集中整治)"
                                  r"(?![\u4e00-\u9fff]{0,2}(?:机制|制度|方案|工作))")


# 建立医保基金智能监控“两库一平台”, 开展医保基金“穿透式”筛查: a verb that sets a practice up, the field it serves,
# then the quote
FIELD_THEN_QUOTE = re.compile(r"(?:建立|搭建|构建|推行|实行|开展|推广)(?:[^\W\d_的和与及]){4,10}$")


# what a term is part of when these follow it (“九五”普法规划, “八五”普法领导小组): no practice
TERM_PART_OF = re.compile("规划|方案|计划|纲要|意见|办法|工作|领导小组|办公室|期间")


# what a text sets out to be rid of: a quote right after names a problem (防止“纸面整改”, 破解“熟人社会”难题)
PROBLEM_BEFORE = re.compile("(?:防止|杜绝|避免|破解|纠治|纠正|克服|反对|警惕|遏制|防范|严防|根治|摒弃|打破|存在)了?$")


LEADING_VERBS = re.compile(f"(?:全面|深入|积极|持续)?(?:{'|'.join(PRACTICE_VERBS)})")


def _sharing_the_head(text: str, quotes: list[re.Match[str]], found: list[Found]) -> list[Found]:
    """``found``, where the quotes right before a quoted name with its head share the head (“府院”“府检”联动机制:
    府院联动机制 too) each named with it; a quote with a head of its own (“甲”机制“乙”机制) stays as it is, and
    quotes of one character each are parts of one name (“园”“地”融合发展机制).

    >>> finder = QuotedNames(heads=["机制"], terms=frozenset())
    >>> [(f.start, f.end, f.name) for f in finder.find("推行“府院”“府检”联动机制。")]
    [(2, 6, '府院联动机制'), (6, 14, None)]
    """
    out = list(found)
    at = {f.start: i for i, f in enumerate(out)}
    for i, q in enumerate(quotes):
        last = out[at[q.start()]] if q.start() in at else None
        if last is None or last.subtype != "mechanism" or text[last.end - 1 : last.end] == "”":
            continue
        head = text[q.end() : last.end]
        first = i
        while first > 0 and quotes[first - 1].end() == quotes[first].start():
            first -= 1
        if first < i and any(len(quotes[k].group(1)) == 1 for k in range(first, i + 1)):
            out[at[q.start()]] = last._replace(start=quotes[first].start())  # “园”“地”融合发展机制: one name
            continue
        j = i - 1
        while j >= 0 and quotes[j].end() == quotes[j + 1].start():
            shared = Found(quotes[j].start(), quotes[j].end(), "MECH", "mechanism", name=quotes[j].group(1) + head)
            if quotes[j].start() not in at:
                at[shared.start] = len(out)
                out.append(shared)
            elif out[at[quotes[j].start()]].end == quotes[j].end():
                out[at[quotes[j].start()]] = shared  # found bare: named with the head now
            else:
                break  # (a head of its own)
            j -= 1
    return out


# what a practice at a clause's start has done (“乡贤回归”新注册企业120家, “机器管招投标”实现全覆盖); not an award
# won, which a named thing wins too (“某某一号”获评…)
# (“青惠通”兑现政策资金, “某某贷”促成贷款投放: a platform or programme at work)
AT_WORK_AFTER = re.compile("(?:新注册|实现|扩面|惠及|覆盖|走在|全面推开|全面推广|推广应用|在全[国省市]推广|成效"
                           "|经验|改革|兑现|促成|撬动|累计(?:服务|办理|受理|发放|兑现|帮助)|推动[^，。；]{0,6}(?:压减|下降|提升|增长))")


def _subject_at_work(text: str, m: re.Match[str]) -> bool:
    """Whether the quote ``m`` (three characters or more) opens a clause and what follows tells what it has done:
    a practice at work, the clause's subject (“机器管招投标”实现全覆盖).

    >>> text, other = "，“机器管招投标”实现全覆盖", "，“一二三四”字样"
    >>> _subject_at_work(text, QUOTED.search(text)), _subject_at_work(other, QUOTED.search(other))
    (True, False)
    """
    return (len(m.group(1)) >= 3 and text[m.start() - 1 : m.start()] in ("", "，", "。", "；", "\n")
            and AT_WORK_AFTER.match(text, m.end()) is not None)


def _after_verbs(text: str, start: int) -> int:
    """``start`` moved past a verb that sets a practice up (推行街道“吹哨”…: 街道“吹哨”…).

    >>> _after_verbs("全面推行街道", 0), _after_verbs("街道", 0)
    (4, 0)
    """
    verb = LEADING_VERBS.match(text, start)
    return verb.end() if verb is not None else start


def _chain_start(text: str, start: int) -> int:
    """The start of the first quote of the run of quotes that ends with the quote at ``start`` (“甲”“乙”)."""
    while text[start - 1 : start] in ("”", "、") and (opening := text.rfind("“", max(0, start - 18), start)) >= 0:
        start = opening
    return start


def _after_verb(text: str, start: int) -> bool:
    """Whether a practice verb stands right before ``start`` (at most three characters between, no punctuation),
    or a verb that sets one up before the field it serves (建立医保基金智能监控“两库一平台”)."""
    if FIELD_THEN_QUOTE.search(text, max(0, start - 12), start):
        return True
    window = text[max(0, start - 6) : start]
    if not _PRACTICE_VERB.search(window):
        return False
    for verb in PRACTICE_VERBS:
        at = window.rfind(verb)
        if at >= 0 and len(window) - at - len(verb) <= 3 and not re.search(r"[，。；,;：:、]", window[at:]):
            return window[at - 1 : at] != "的"  # 跑出创新“加速度”: after 的, 创新 is a noun
    return False


def _quotable(inner: str) -> bool:
    """A quote that may be a name: not a one-digit figure, and a long one only as
    a list of short parallel phrases (“每周一调度、每旬一督查、每月一通报”).

    >>> _quotable("数据筛查—线索分办—核查反馈—整改销号"), _quotable("我们在调研中发现问题线索明显增多的情况")
    (True, False)
    """
    if inner.isdigit() and len(inner) < 2:
        return False
    if len(inner) <= 15:
        return True
    # (“县委巡察组+乡镇纪委+村务监督委员会”: who works together, by a formula; “数据筛查—线索分办—核查反馈”: the
    # steps of a closed loop)
    parts = re.split("[、+＋—→]+", inner)
    return len(parts) > 1 and all(len(part) <= 10 for part in parts)


def _chain_end(text: str, end: int) -> int:
    """Where the next quote of a chain starts after a quoted practice ending at ``end``: past a short head
    (“A”改革、“B”建设) and a joint (、 和 及)."""
    m = CHAIN_JOINT.match(text, end)
    return m.end() if m else end


def _no_practice(inner: str, text: str, after: int) -> bool:
    """Whether a quote is a slogan, a numbered formula, a period or a count and one word, which no head after it
    makes a practice (“十五五”试点, “四风”事项, “两个维护”事项).

    >>> _no_practice("十五五", "", 0), _no_practice("四风", "", 0), _no_practice("跨城通办", "", 0)
    (True, True, False)
    """
    return bool(_slogan(inner, text, after) or NUMBER_FORMULA.search(inner) or COUNT_LABEL.match(inner)
                or NOT_PRACTICE.search(inner))


def _steps(inner: str) -> bool:
    """Whether a quote lists steps or parts of a practice, counts and all (“1个工作日响应、5个工作日办结”,
    “一个项目、一名县领导、一个专班”): no numbered formula (“四个全面”, “3个95%”; a list of slogans is a slogan).

    >>> _steps("1个工作日响应、5个工作日办结"), _steps("四个全面"), _steps("一个项目、一个专班")
    (True, False, True)
    """
    parts = inner.split("、")
    return len(parts) > 1 and all(4 <= len(part) <= 10 for part in parts)


# A list of parallel rules in quotes, the way work is done: said to be a principle, a line of thought or a demand
# followed (按照“谁主管、谁负责”原则), or done or reached, the clause ending with it (做到“一号受理、限时反馈”);
# not a slogan upheld (坚持“人民至上、生命至上”) nor services a place offers (实现“事故处理、保险理赔”一站式办理)
PARALLEL_PART = re.compile(f"[{HAN}]{{2,6}}")
RULE_AFTER = re.compile("的?(?:原则|思路|要求|工作思路|工作要求|工作原则)")
RULE_VERB_BEFORE = re.compile("(?:做到|实现|推动形成|形成|按照|遵循|实行|推行)$")
CLAUSE_END = re.compile("[，。；、]")  # (推动形成“…”的监督格局: the system named whole, by the clause it sets up)


def _parallel_rules(inner: str, text: str, start: int, after: int) -> bool:
    """Whether a quote lists parallel rules of how work is done, each of two to six characters.

    >>> text = "按照“谁主管、谁负责”原则落实，做到“一号受理、限时反馈”。坚持“人民至上、生命至上”。"
    >>> def rules(inner):
    ...     start = text.index(f"“{inner}”")
    ...     return _parallel_rules(inner, text, start, start + len(inner) + 2)
    >>> rules("谁主管、谁负责"), rules("一号受理、限时反馈"), rules("人民至上、生命至上")
    (True, True, False)
    """
    parts = inner.split("、")
    if len(parts) < 2 or not all(PARALLEL_PART.fullmatch(p) for p in parts) or _slogan(inner, text, after):
        return False
    if RULE_AFTER.match(text, after):
        return True
    verb = RULE_VERB_BEFORE.search(text, max(0, start - 4), start)
    return verb is not None and CLAUSE_END.match(text, after) is not None


def _slogan(inner: str, text: str, after: int) -> bool:
    """A slogan in quotes: said to be a spirit (“钉钉子”精神), or made only of nationwide slogans (抓铁有痕、踏石留印).

    >>> _slogan("抓铁有痕、踏石留印", "“抓铁有痕、踏石留印”，", 11), _slogan("一次告知、一表申请", "", 0)
    (True, False)
    """
    return SPIRIT_AFTER.match(text, after) is not None or all(part in SLOGANS for part in re.split("[、，,]", inner))
