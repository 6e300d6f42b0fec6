"""Campaigns: named after the verb that starts them (开展…专项整治, 实施…行动), each of a list after one verb, and
items counted into one named group (城市生命线、全域水患治理、城乡安居三大工程)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.pipeline.anchors import windowed
from kg.pipeline.lexicons import CAMPAIGN_HEADS, CAMPAIGN_VERBS, verb_table
from kg.pipeline.spans import HAN, Found, extend_left

_VERBS = verb_table()
# Verbs that start a campaign name by mistake (启动实施…行动): cut from its front
LEADING_VERBS = ("实施", "开展", "推进", "启动", "展开", "组织", "部署", "推动", "落实", "深化", "打好", "抓好", "拓展")
# and the words that count one (一批…集中整治, 全国首个…试点; not 新一轮, part of many a name)
LEADING_COUNTS = ("一批", "首批", "全国首个", "全国首批")
# 开展群众身边不正之风和腐败问题集中整治, 实施提振消费专项行动: a named campaign after the verb that starts it
# (开展园区项目“全链条”专项检查: a quote inside; 发展3年行动, 提速2025行动计划: its span or end year)
# 及 and 和 inside a word, no joint of a list (普及, 和美乡村, 和谐)
_IN_WORD = "(?<=普)及|和(?=美|谐)"
_NAME_CHAR = rf"(?:[^\W\d_，。；、：的了和与及]|{_IN_WORD}|[“”]|(?<![\d.])(?:\d{{1,2}}(?=年)|20\d\d)(?!\d))"
# (治本攻坚三年行动, 政务服务攻坚年活动: a push that names a campaign of years ends with it)
_HEADS = "|".join(h if h != "攻坚" else "攻坚(?![一二三四五六七八九十两]?年行动|年活动)" for h in CAMPAIGN_HEADS)
# (实施上市企业培育和高质量发展行动, 开展城乡燃气管网隐患动态排查和查处违规经营行为专项行动: two aims joined by 和
# before one head, each of four characters or more; not
# 开展A学习教育和B专项整治, two campaigns, where a head comes before 和)
_JOINED = rf"(?:(?:(?!{_HEADS}|计划|改革|战略){_NAME_CHAR}){{4,14}}和)?"
# (a head is no head before 师: 实施…工程师队伍建设行动 names the whole)
# (实施城乡居民增收计划和稳岗扩容提质行动: a programme before 和 is passed over, the campaign after it named)
_PROGRAMME = rf"(?:(?:(?!{_HEADS}){_NAME_CHAR}){{2,16}}?(?:计划|战略)[和及、])?"
CAMPAIGN = re.compile(rf"(?<!查)(?:{_VERBS.alternation(list(CAMPAIGN_VERBS))})[了好]?{_PROGRAMME}"
                      rf"(?P<name>(?!\d)(?:{_NAME_CHAR}{{2,4}}、){{0,3}}{_JOINED}{_NAME_CHAR}{{2,18}}?"
                      rf"(?:{_HEADS}))(?![\u4e00-\u9fff]{{0,2}}(?:机制|制度|工作|方案|计划))(?!项目|师|量|款)")
# (查实施工方虚报工程量: 查实 + 施工方, no verb 实施; 工程量, 工程款: a quantity and a payment, no programme)
# 实施农民工技能提升计划, 深入实施科技企业梯次培育计划: a programme carried out (a plan of work drawn up, 年度审计项目
# 计划, is a document)
_PROGRAMME_NAME = rf"(?P<name>(?:[^\W\d_，。；、：的了和与及“”]|{_IN_WORD}){{4,14}}?计划)"
_NOT_PROGRAMME_AFTER = r"(?![\u4e00-\u9fff]{0,2}(?:书|表|单|草案|任务|项目|资金))"
PROGRAMME = re.compile(rf"(?:实施|启动|推进)(?:实施)?{_PROGRAMME_NAME}{_NOT_PROGRAMME_AFTER}")
# (实施A计划、B计划和C计划: each of a list of programmes after the verb)
NEXT_PROGRAMME = re.compile(f"[、和]{_PROGRAMME_NAME}{_NOT_PROGRAMME_AFTER}")
# (实施国民经济和社会发展计划: the plan a congress approves, a document; 实施各族青年互助成长计划: a programme)
WORK_PLAN = re.compile("(?:工作|年度|项目|实施|行动|招生|投资|资金|采购|审计|检查|抽查|监督|培训|生产|用地|建设"
                       "|社会发展|"
                       "推进|改革|立法|攻坚)计划$|^(?:实施|推进|落实)")
# 深化重点产业科技创新行动, 完成营商环境优化提升三年行动任务, 落实促进民营经济发展七大行动: verbs that carry on or
# finish a campaign name one only before a head that is a campaign's alone (not 工程, 试点, 学习教育…)
CARRIED_ON = re.compile(r"(?:深化|完成|落实|打好|打赢|强化)"
                        rf"(?P<name>(?!\d){_JOINED}{_NAME_CHAR}{{4,18}}?(?:专项行动|攻坚行动|行动|攻坚战|标志性战役|年活动|攻坚(?!克难|成果|[一二三四五六七八九十两]?年行动|年活动)|专项整治|集中整治))"
                        r"(?![\u4e00-\u9fff]{0,2}(?:机制|制度|工作|方案|计划))(?!项目)")
# 等 of a list (违规吃喝、违规收礼等专项整治, 零售业创新提升等消费领域国家试点), not of a word (高等教育, 平等)
LIST_DENG = re.compile("(?<![高平同对均初中])等(?!级)")
# a campaign's head the name goes on after (实施城市地下管网工程提升行动, 推进建筑垃圾综合治理行动)
LATER_HEAD = re.compile("(?:提升|攻坚|专项|综合治理|示范)?(?:行动|试点)"
                        "(?![\u4e00-\u9fff]{0,2}(?:机制|制度|工作|方案|计划|项目|资金))")
# the next campaign of a list after one: 开展A学习教育和B专项整治
CAMPAIGN_NEXT = re.compile(rf"[和及、](?P<name>(?!\d){_NAME_CHAR}{{2,18}}?(?:{'|'.join(CAMPAIGN_HEADS)}))"
                           rf"(?![\u4e00-\u9fff]{{0,2}}(?:机制|制度|工作|方案|计划))(?!项目)")
# 城市生命线、全域水患治理、城乡安居三大工程: items counted into one named group
# (A、B、C等六项制度, 甲清单、乙清单、丙清单“三张清单”: a group of systems or lists too)
NUMBERED_HEAD = re.compile("[两二三四五六七八九十](?:[大项](?:工程|专项行动|攻坚行动|行动|改革)"
                           "|(?P<rules>项(?:工作)?(?:制度|机制)|张清单”?))")
# (问题、任务、责任“三张清单”, 劳动、人事、分配三项制度改革: fields, the group named by its count alone)
FIELD_ITEM = re.compile(f"“?[{HAN}]{{2,3}}[等“”]*")
VERB_BEFORE_COUNT = re.compile("(?:深化|推进|推动|实施|落实|完善|健全|建立|推行|开展|实行)$")
NUMBERED_GROUP = re.compile(rf"(?:[{HAN}]{{2,10}}、){{1,6}}[{HAN}]{{2,10}}?(?:等|“)?$")
# 平安云南建设, 法治山西, 智慧海南, 平安中国: a province's or city's (or the nation's) programme named by its aim and
# its short name
BRAND_AIMS = ("平安", "法治", "美丽", "智慧", "诚信", "数字", "清廉", "健康", "幸福", "书香")
BRAND_AFTER = re.compile("建设|创建")
NATION_BRAND = re.compile(f"(?:{'|'.join(BRAND_AIMS)})中国(?:建设)?(?!先行|示范)")  # (美丽中国先行区: a zone)

def place_brands(text: str, places: list[tuple[int, int]]) -> Iterator[Found]:
    """Programmes named by an aim and a place's short name (平安云南建设); ``places``: the place names found.

    >>> text = "推进平安云南建设和法治云南，建设健康中国"
    >>> [text[f.start : f.end] for f in place_brands(text, [(4, 6), (11, 13)])]
    ['平安云南建设', '法治云南', '健康中国']
    """
    for start, end in places:
        if text[start - 2 : start] in BRAND_AIMS and text[end - 1] not in "省市县区州旗":
            after = BRAND_AFTER.match(text, end)
            yield _brand(text, start - 2, after.end() if after else end)
    for m in NATION_BRAND.finditer(text):
        yield _brand(text, m.start(), m.end())


def _brand(text: str, start: int, end: int) -> Found:
    """A programme's name, named with 建设 where the text names it so too (平安天津 … 平安天津建设: one)."""
    name = text[start:end]
    whole = None if name.endswith("建设") or name + "建设" not in text else name + "建设"
    return Found(start, end, "MECH", "campaign", name=whole)


# 获批国家服务业扩大开放综合试点, 青禾要素市场化配置综合改革试点获批, …对外开放试点落地: a reform or opening-up pilot
# named by what it tries, where a clause or a verb that wins or runs it starts the name (a pilot started by 开展 is
# a campaign above); not a pilot of no kind (部分地区先行试点)
_PILOT_VERBS = "获批|争创|入选|承担|创建|申报|争取|开展|推进|深化|实施|推动|启动|纳入|抓好|加快|完成|做好|加强"
_PILOT_STARTS = f"{_PILOT_VERBS}|扩大"
NAMED_PILOT = windowed(re.compile(
    rf"(?:(?<=[，。；：、\n的])|^|(?<={_PILOT_STARTS.replace('|', ')|(?<=')}))"
    "(?:全国首个|新一轮|一批|首批)?"
    rf"(?P<name>(?:(?!{_PILOT_VERBS})[^\W\d_，。；、：的了和与及等“”]){{4,24}}?"
    "(?:综合改革试点|改革试点|综合试点|国家试点|全国试点|开放试点|创新(?:发展)?试点|示范试点))"
    "(?=城市|地区|[，。；、]|落地|获批|建设|工作|扎实|$)"))  # (scanned near 试点 only)


# 青禾依法行政能力提升行动深入开展, 规范涉企行政执法专项行动成效显著, 法治政府示范创建取得新成效: a campaign named
# as the subject of a clause that says it is carried out or works
CAMPAIGN_OPENING = windowed(re.compile(
    rf"(?:(?<=[，。；：\n])|^)(?!{_PILOT_VERBS}|开展|持续|深入|扎实|全面)"
    rf"(?P<name>[^\W\d_，。；、：的了和与及等“”]{{4,18}}?(?:专项行动|攻坚行动|提升行动|行动|专项整治|集中整治|专项治理"
    "|示范创建))"
    "(?=(?:深入|扎实|全面|持续|有序|稳步|有力)(?:开展|推进|实施)|成效(?:显著|明显)|取得(?:新的?|明显|积极|显著)?成效)"))


# 入选国家碳达峰试点, 获批全国居家和社区基本养老服务提升行动试点: a nationwide pilot a place wins, of any kind
# (列入首批城市全域数字化转型试点: a batch names a nationwide pilot without 国家 too; 争取国家数据产权登记试点,
# 完成国家…综合改革试点任务: one sought or run)
WON_PILOT = windowed(re.compile(
    r"(?<=入选|入围|获批|纳入|列入|成为|获评|争取|承担|完成|推进|深化|实施|抓好|做好|支持)"
    r"(?:首批|新一轮|第[一二三四五六七八九十]批)?"
    r"(?P<name>(?:(?<=首批|[一二三四五六七八九十]批|一轮)(?!国家|全国)|(?:国家|全国)(?!首批|首个|级|第|性))"
    r"[^\W\d_，。；、：的了与及等“”]{3,24}?试点)(?=城市|地区|县|省|任务|工作|建设|[，。；、]|$)"))


_PILOT_CHAR = rf"(?:[^\W\d_，。；、：的了和与及等“”]|{_IN_WORD})"  # a character of a pilot's or a zone's name
# 建设16处工业固废回填试点, 5个商事仲裁中心建设试点地区之一: pilots counted, each of one kind
COUNTED_PILOT = windowed(re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|处|项|家|所)(?!省级|市级|县级|国家级|试点)"
    rf"(?P<name>(?:(?!纳入|列入|列为|作为|确定|选取|开展|获批|入选|成为|为){_PILOT_CHAR}){{4,20}}?试点)"
    "(?=城市|地区|县|单位|项目|[，。；、]|$)"))  # (三个乡镇纳入试点: the places taken in, no pilot's name)


# 交通强国建设试点成效显著, 国家数据知识产权试点通过验收: a pilot opening a clause with what has come of it (甲试点、
# 乙试点扎实推进: each of a list of pilots)
_PILOT_NAME = f"{_PILOT_CHAR}{{4,20}}?试点"
PILOT_AT_WORK = windowed(re.compile(
    rf"(?:(?<=[，。；：\n])|(?<=试点、)|^)(?!{_PILOT_STARTS}|开展|持续|深入|扎实|全面|各类|相关|有关|部分|一批|多个)"
    rf"(?:新一轮|首批|全国首个)?(?P<name>{_PILOT_NAME})(?=(?:、{_PILOT_NAME})*"
    "(?:成效|通过验收|扩面|扩围|落地|获批|启动|全面(?:铺开|推开|展开)|取得|有序|稳步|(?:加快|深入|扎实)推进))"))


# 加快国家数据要素综合试验区建设, 创建中国（青禾）自由贸易试验区: a zone a nation names for a reform or an
# experiment, a pilot of a place (not 农业高新技术产业示范区, 自主创新示范区: a park; 生态文明建设示范区: a title won)
NAMED_ZONE = windowed(re.compile(
    r"(?P<name>(?:(?<!全)国家|中国（[^\W\d_，。；）]{2,8}）)"
    rf"{_PILOT_CHAR}{{0,16}}?(?:改革|试验|创新|自由贸易|生态文明|综合)"
    rf"{_PILOT_CHAR}{{0,8}}?(?:试验区|先行区|(?<=改革)示范区))"))


# 开展先进制造业与现代服务业融合试点, 开展甲技术改造、乙数字化转型试点: a pilot a body runs, named by what it
# tries (five characters or more; each of a list sharing the head; not 开展改革试点, nor 试点工作, 试点城市)
_RUN_CHAR = r"[^\W\d_，。；、：的了等“”]"
_RUN_NAME = rf"(?![和与及]|国家|全国|各类|相关|有关|部分|一批|多个){_RUN_CHAR}{{5,22}}?"
RUN_PILOT = windowed(re.compile(
    rf"(?<=开展|实施|推进|启动|深化|推动|抓好|做好)好?(?:首批|新一轮)?(?P<items>(?:{_RUN_NAME}、){{0,4}}){_RUN_NAME}试点"
    "(?=[，。；]|$)"))


def run_pilots(text: str) -> Iterator[Found]:
    """Pilots a body runs, named by what they try, each of a list sharing the head.

    >>> text = "开展制造业技术改造、中小企业数字化转型试点，开展改革试点"
    >>> [(text[f.start : f.end], f.name) for f in run_pilots(text)]
    [('制造业技术改造', '制造业技术改造试点'), ('中小企业数字化转型试点', None)]
    """
    for m in RUN_PILOT.finditer(text):
        pos = m.start("items")
        for item in m["items"].split("、")[:-1]:
            yield Found(pos, pos + len(item), "MECH", "campaign", name=item + "试点")
            pos += len(item) + 1
        yield Found(m.end("items"), m.end(), "MECH", "campaign")


def pilots(text: str) -> Iterator[Found]:
    """Named reform and opening-up pilots.

    >>> text = "白鹭市获批国家服务业扩大开放综合试点城市，青禾要素市场化配置综合改革试点获批"
    >>> [text[f.start : f.end] for f in pilots(text)]
    ['国家服务业扩大开放综合试点', '青禾要素市场化配置综合改革试点']
    >>> text = "云岭市入选国家碳达峰试点城市，列入首批城市全域数字化转型试点，纳入试点"
    >>> [text[f.start : f.end] for f in pilots(text)]
    ['国家碳达峰试点', '城市全域数字化转型试点']
    """
    patterns = (NAMED_PILOT, WON_PILOT, COUNTED_PILOT, PILOT_AT_WORK, NAMED_ZONE)
    spans = {m.span("name") for pattern in patterns for m in pattern.finditer(text)}
    for start, end in sorted(spans):
        yield Found(start, end, "MECH", "campaign")
    yield from (f for f in run_pilots(text) if (f.start, f.end) not in spans)


# 第五次全国经济普查, 第三次全国土壤普查, 第三次全国国土调查: a nationwide census, named by its round (not 经济普查数据,
# a census's yield; the round's number starts the name)
CENSUS = re.compile(rf"第[一二三四五六七八九十\d]{{1,2}}次(?:全国)?[{HAN}]{{2,10}}?(?:普查|国土调查)"
                    "(?!数据|公报|资料|结果)")
# 国务院营商环境综合督查, 国务院第十次大督查: the State Council's own inspections, named with it
STATE_COUNCIL_CHECK = re.compile(rf"国务院(?:第[一二三四五六七八九十\d]{{1,3}}次)?(?:[{HAN}]{{2,12}}?综合督查|大督查)")


def national_surveys(text: str) -> Iterator[Found]:
    """A nationwide census by its round and the State Council's inspections, as campaigns.

    >>> text = "完成第三次全国土壤普查，发布经济普查公报，接受国务院稳就业综合督查和国务院第十次大督查"
    >>> [text[f.start : f.end] for f in national_surveys(text)]
    ['第三次全国土壤普查', '国务院稳就业综合督查', '国务院第十次大督查']
    """
    for pattern in (CENSUS, STATE_COUNCIL_CHECK):
        yield from (Found(m.start(), m.end(), "MECH", "campaign") for m in pattern.finditer(text))


# “甲”“乙”“丙”行动计划: quoted campaigns sharing one head, each named with it
QUOTED_RUN = re.compile(rf"(?:“[^“”]{{2,12}}”){{2,6}}(?P<head>{'|'.join(CAMPAIGN_HEADS)})")


# 实施甲乙出海、丙丁上云等行动: campaigns listed before 等 and the head they share, each named with it
# (not 违规吃喝、违规收礼等专项整治: what a clean-up targets, no names)
LISTED_CAMPAIGNS = re.compile(rf"(?!建设|推进|实施)(?P<items>[{HAN}]{{4,10}}(?:、[{HAN}]{{4,10}}){{0,4}})等"
                              "(?P<head>专项行动|攻坚行动|行动计划|行动)")

# 开展基础教育扩优提质、县域普通高中振兴等行动: the same after the verb that starts them, items of any length
LISTED_AFTER_VERB = re.compile(rf"(?:{_VERBS.alternation(list(CAMPAIGN_VERBS))})[了好]?"
                               rf"(?P<items>[{HAN}]{{4,12}}(?:、[{HAN}]{{4,12}}){{1,4}})等"
                               "(?P<head>专项行动|攻坚行动|行动计划|行动)(?![\u4e00-\u9fff]{0,2}(?:机制|制度|工作|方案))")


# 实施技能人才培育、家政品牌提升工程: long items listed right before the head they share, no 等, each its own (short
# ones are fields of one: 山林、河湖、田园提升攻坚战)
COUNT_END = re.compile("[两二三四五六七八九十][大项]$")
COUNT_AFTER = re.compile("(?:\\d+|[一二两三四五六七八九十百]+)[项个批处]")  # (推进重点工程22项: a kind, counted)
COUNTED_HEAD = re.compile("[两二三四五六七八九十][大项][\u4e00-\u9fff]")  # (…六大工程: a group's count and head)
_ITEM = f"(?:[^\\W\\d_，。；、：的了和与及等]|{_IN_WORD})"
# (实施种业振兴、耕地质量提升行动: four characters that end in what the campaign does are one of its own)
_ACTION = "(?:振兴|提升|攻坚|整治|治理|改造|培育|保护|修复|更新)"
_LONG_ITEM = f"(?:{_ITEM}{{5,12}}|{_ITEM}{{2}}{_ACTION})"
SHARED_HEAD = re.compile(rf"(?:{_VERBS.alternation(list(CAMPAIGN_VERBS))})[了好]?"
                         rf"(?P<items>{_LONG_ITEM}(?:、{_LONG_ITEM}){{1,4}})"
                         "(?P<head>专项行动|攻坚行动|行动|工程|攻坚战)(?![\u4e00-\u9fff]{0,2}(?:机制|制度|工作|方案|计划|项目))")


def _each_listed(text: str, listed: re.Match[str]) -> Iterator[Found]:
    """Each campaign of a list before 等 and a shared head (``LISTED_CAMPAIGNS``), named with the head.

    >>> text = "甲乙出海、丙丁上云等行动"
    >>> [(text[f.start : f.end], f.name) for f in _each_listed(text, LISTED_CAMPAIGNS.match(text))]
    [('甲乙出海', '甲乙出海行动'), ('丙丁上云', '丙丁上云行动')]
    """
    yield from _each_of(listed.start("items"), listed.group("items").split("、"), listed.group("head"))


def _each_quoted(text: str, run: re.Match[str]) -> Iterator[Found]:
    """Each quote of a run that shares a head (``QUOTED_RUN``), named with the head.

    >>> text = "“甲乙”“丙丁”行动计划"
    >>> [(text[f.start : f.end], f.name) for f in _each_quoted(text, QUOTED_RUN.match(text))]
    [('“甲乙”', '甲乙行动计划'), ('“丙丁”行动计划', '丙丁行动计划')]
    """
    quotes = list(re.finditer("“([^“”]+)”", text[run.start() : run.start("head")]))
    for i, q in enumerate(quotes):
        end = run.end() if i == len(quotes) - 1 else run.start() + q.end()
        yield Found(run.start() + q.start(), end, "MECH", "campaign", name=q.group(1) + run.group("head"))


def _name_start(text: str, start: int, end: int) -> int:
    """Where a campaign's name starts, past the verbs and counts before it (启动实施…, 一批…).

    >>> text = "实施一批稳外贸专项行动"
    >>> text[_name_start(text, 0, len(text)) :]
    '稳外贸专项行动'
    """
    while True:
        if text.startswith(LEADING_VERBS, start) and end - start > 6:
            start += 2
        elif (count := next((c for c in LEADING_COUNTS if text.startswith(c, start)), None)) and end - start > 6:
            start += len(count)
        else:
            return start


# 办好10件惠民实事, “十件民生实事”, “十大重点民生实事”: a yearly programme of deeds a government counts and
# names by their number
COUNTED_DEEDS = re.compile(r"(?<![\d一二三四五六七八九十百])[\d一二三四五六七八九十]{1,3}(?:件|项|大)(?:重点)?"
                           "(?:民生实事|惠民实事|为民实事|民生工程|惠民工程)")


# 深化国资国企改革, 推进公用事业和公共服务价格改革: a reform named by its field after the verb that carries it on
REFORM = re.compile(r"(?:深化|推进|推动|实施|开展|加快|完成|启动)"
                    rf"(?P<name>(?!\d)(?:(?!深化|推进|推动|实施|加快){_NAME_CHAR}|[、和]){{2,16}}?改革)"
                    "(?!试点|试验|示范|任务|成果|举措|经验|方案|红利|工作|创新|开放|发展|事项|措施|精神|部署|要求|[办委组])")
# 国资国企改革不断深化, 金融机构改革稳妥推进: a reform named as the subject of a clause that says it goes on
REFORM_OPENING = windowed(re.compile(
    r"(?:(?<=[，。；：\n])|^)(?:[我全本][省市县区])?(?!深化|推进|推动|实施|加快|全面|持续|深入)"
    r"(?P<name>[^\W\d_，。；、：的了和与及等“”]{2,16}?改革)"
    "(?=(?:不断|稳妥|稳步|纵深|深入|扎实|全面|有序|加快|持续)(?:深化|推进|推开|实施|落实)"
    "|取得(?:重大|重要|明显)?(?:进展|突破|成效))"))
# what names no field of its own (深化重点领域和关键环节改革, 推进各项改革, 系统集成改革)
NO_FIELD = re.compile("重点领域|关键领域|重要领域|关键环节|重点|关键|重大|各项|各类|相关|一系列|一批|多项|若干"
                      "|系统集成|综合配套|配套|全面|深入|深层次|进一步|持续|纵深|[和、]")


def _reforms(text: str) -> Iterator[Found]:
    """Reforms named by their field after the verb that carries them on (no field: 深化各项改革).

    >>> text = "深化国资国企改革，推进公用事业和公共服务价格改革，深化重点领域和关键环节改革，全面深化改革。"
    >>> [text[f.start : f.end] for f in _reforms(text)]
    ['国资国企改革', '公用事业和公共服务价格改革']
    >>> [f.name for f in _reforms("推进综合交通运输体制、能源管理体制改革，深化国有资本投资、运营公司改革")]
    ['综合交通运输体制改革', '能源管理体制改革', None]
    >>> text = "国资国企改革不断深化，重大改革稳妥推进，改革取得进展"
    >>> [text[f.start : f.end] for f in _reforms(text)]
    ['国资国企改革']
    >>> text = "稳步推进供热等公用事业价格改革，推进“无证明省份”建设等改革"
    >>> [text[f.start : f.end] for f in _reforms(text)]
    ['公用事业价格改革']
    """
    for m in REFORM_OPENING.finditer(text):
        if _names_a_field(m.group("name")[:-2], [m.group("name")[:-2]], after_etc=False):
            yield Found(m.start("name"), m.end("name"), "MECH", "campaign")
    for m in REFORM.finditer(text):
        name, start = m.group("name"), m.start("name")
        if "等" in name:  # 推进供热等公用事业价格改革: the reform after 等, the items its examples
            start += name.rindex("等") + 1
            name = text[start : m.end("name")]
        items = name[:-2].split("、")
        if not _names_a_field(name[:-2], items, after_etc=start > m.start("name")):
            continue
        if len(items) > 1 and all(len(item) == 4 or (len(item) > 4 and item.endswith(SYSTEMS)) for item in items):
            yield from _each_of(start, items, "改革")  # 推进甲乙体制、丙丁体制改革: each a reform
        else:
            yield Found(start, m.end("name"), "MECH", "campaign")


def _names_a_field(field: str, items: list[str], *, after_etc: bool) -> bool:
    """Whether the words before 改革 name a field of its own: not a quote's (推进“总校制”和体教融合改革: the quote
    grammar reads those), nor only generic words (重点领域和关键环节; four characters left after 等), aims (稳增长、促),
    a field word (经济领域) or a count (三项).

    >>> _names_a_field("国资国企", ["国资国企"], after_etc=False)
    True
    >>> _names_a_field("稳增长、促", ["稳增长", "促"], after_etc=False)
    False
    """
    return not ("”" in field or len(NO_FIELD.sub("", field)) < (4 if after_etc else 2) or min(map(len, items)) <= 2
                or field.endswith(("领域", "方面")) or COUNTED.fullmatch(field))


SYSTEMS = ("体制", "制度", "机制", "体系")
COUNTED = re.compile("[一二两三四五六七八九十\\d]+[项个大类批]")


def _each_of(start: int, items: list[str], head: str) -> Iterator[Found]:
    """Each item of a list starting at ``start`` that shares ``head``, named with it.

    >>> [(f.start, f.end, f.name) for f in _each_of(2, ["零基预算", "国资国企"], "改革")]
    [(2, 6, '零基预算改革'), (7, 11, '国资国企改革')]
    >>> [f.name for f in _each_of(0, ["走访企业活动", "服务企业专项"], "行动")]
    ['走访企业活动', '服务企业专项行动']
    """
    for item in items:  # (走访企业活动、服务企业专项行动: an activity is a campaign of its own, without the head)
        yield Found(start, start + len(item), "MECH", "campaign", name=item if item.endswith("活动") else item + head)
        start += len(item) + 1


def _scoped(text: str, after: int, end: int) -> bool:
    """Whether the campaign named from ``after`` (right after 等) to ``end`` is one whose scope the list before 等
    gives (候鸟等 + 珍稀动物保护三年攻坚战), not a kind of campaign the items are (零售业创新提升等消费领域国家试点)."""
    name = text[after:end]
    return len(name) >= 8 and "、" not in name and "领域" not in name and not name.endswith("试点")


def campaigns(text: str) -> Iterator[Found]:
    """Named campaigns after the verb that starts them, numbered groups (A、B、C三大工程) and counted programmes
    (10件民生实事).

    >>> text = "开展违规吃喝问题专项整治，实施城市生命线、全域水患治理、城乡安居三大工程，办好10件民生实事"
    >>> [text[f.start : f.end] for f in campaigns(text)]
    ['违规吃喝问题专项整治', '城市生命线、全域水患治理、城乡安居三大工程', '10件民生实事']
    """
    for m in CAMPAIGN.finditer(text):
        short_push = m.group("name").endswith("攻坚") and len(m.group("name")) < 6
        if text.startswith(("克难", "成果"), m.end("name")) or short_push or COUNT_AFTER.match(text, m.end("name")):
            continue  # (推进…攻坚克难: a set phrase for working hard; 开展集中攻坚: a kind of effort, no campaign)
        start = _name_start(text, m.start("name"), m.end("name"))
        if (run := QUOTED_RUN.fullmatch(text, start, m.end("name"))) is not None:
            yield from _each_quoted(text, run)
        elif (listed := LISTED_CAMPAIGNS.fullmatch(text, start, m.end("name"))) is not None:
            yield from _each_listed(text, listed)
        elif (deng := LIST_DENG.search(text[start : m.end("name")])) is None:
            more = LATER_HEAD.match(text, m.end("name"))  # (城市地下管网工程提升行动: the last head ends the name)
            yield Found(start, more.end() if more else m.end("name"), "MECH", "campaign")
        elif _scoped(text, start + deng.end(), m.end("name")):
            yield Found(start + deng.end(), m.end("name"), "MECH", "campaign")  # 推进候鸟等珍稀动物保护三年攻坚战
        end = m.end("name")
        while (more := CAMPAIGN_NEXT.match(text, end)) is not None:  # 开展A学习教育和B专项整治: B too
            yield Found(more.start("name"), more.end("name"), "MECH", "campaign")
            end = more.end("name")
    for m in CARRIED_ON.finditer(text):
        if not LIST_DENG.search(m.group("name")):
            yield Found(_name_start(text, m.start("name"), m.end("name")), m.end("name"), "MECH", "campaign")
    for m in LISTED_AFTER_VERB.finditer(text):  # (items too long for CAMPAIGN's list)
        yield from _each_listed(text, m)
    for m in SHARED_HEAD.finditer(text):  # (not …、城乡安居三大工程: a numbered group, above)
        items = m.group("items").split("、")
        if not any(item.startswith(LEADING_VERBS) or COUNTED_HEAD.search(item) for item in items) and not (
                COUNT_END.search(items[-1])):  # (扩消费六大工程、城建六大攻坚 + 行动: two groups of their own)
            yield from _each_listed(text, m)
    for m in CAMPAIGN_OPENING.finditer(text):  # (…行动深入开展: the clause's subject, no verb before it)
        yield Found(m.start("name"), m.end("name"), "MECH", "campaign")
    for count in NUMBERED_HEAD.finditer(text):  # the list is searched only before a count and its head
        items = NUMBERED_GROUP.search(text, max(0, count.start() - 80), count.start())
        if items is None or COUNTED_HEAD.search(items.group()) or VERB_BEFORE_COUNT.search(items.group()) or (
                count["rules"] and any(FIELD_ITEM.fullmatch(item) for item in items.group().split("、"))):
            continue  # (扩消费六大工程、城建六大攻坚行动: the group before is one of its own, no item; A、B深化三项制度
            # 改革: a verb before the count, the list its subjects)
        start = extend_left(text, text.index("、", items.start()), limit=10)
        while text.startswith(LEADING_VERBS, start):
            start += 2
        yield Found(start, count.end(), "MECH", "campaign")
    for m in COUNTED_DEEDS.finditer(text):
        yield Found(m.start(), m.end(), "MECH", "campaign")
    yield from _programmes(text)
    yield from _reforms(text)


def _programmes(text: str) -> Iterator[Found]:
    """Programmes carried out, each of a list after one verb; no plan of work.

    >>> text = "实施农民工技能提升计划、银发人才回流计划和年度工作计划"
    >>> [text[f.start : f.end] for f in _programmes(text)]
    ['农民工技能提升计划', '银发人才回流计划']
    """
    for m in PROGRAMME.finditer(text):
        if WORK_PLAN.search(m.group("name")):
            continue
        yield Found(_name_start(text, m.start("name"), m.end("name")), m.end("name"), "MECH", "campaign")
        end = m.end()
        while (more := NEXT_PROGRAMME.match(text, end)) is not None:
            end = more.end()
            if not WORK_PLAN.search(more.group("name")):
                yield Found(more.start("name"), more.end("name"), "MECH", "campaign")
