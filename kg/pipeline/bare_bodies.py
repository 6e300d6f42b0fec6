"""Bodies named by a bare or elided name: the congress a work report is read to, mass organisations by their short
names in a list, alliances a verb sets up, a congress's standing committee named by 及其.

Examples
--------
>>> text = "发挥工会、妇联等人民团体作用，成立南湖制造业联盟"
>>> [text[f.start : f.end] for f in bare_bodies(text)]
['工会', '妇联', '南湖制造业联盟']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.pipeline.anchors import windowed
from kg.pipeline.gazetteer import LEVEL_CHARS, PLACE_CONT, PLACE_START
from kg.pipeline.set_up import after_verbs
from kg.pipeline.spans import HAN, Found, doc_text, fast_start, has_boundary_word, is_han, quoted_at, stem_start

# doc._.kg_own_account: whether the text is a body's account of its own work (我们…), decided on the whole text
# where a long one goes through the pipeline in pieces (None: decide on the Doc's own text)
if not Doc.has_extension("kg_own_account"):
    Doc.set_extension("kg_own_account", default=None)

# a work report's 向大会报告 (the people's congress it is read to), 接受人大监督、政协民主监督: the place's bodies
BARE_CONGRESS = fast_start("(?<=向)大会(?=报告)|(?<=提交|提请)大会(?=审查|审议)"
                           "|(?:(?<![\u4e00-\u9fff])|(?<=[和及、在]))(?:人大|政协)"
                           "(?=依法监督|监督|民主监督|的监督|及其常委会|[、及和][^，。；]{0,16}监督)"
                           "|(?<=接受)(?:人大|政协)")
# 工会、共青团、妇联等人民团体; 民主党派、工商联、无党派人士: mass organisations by their short names, in a list
_MASS = "总工会|工会|共青团|妇联|工商联|科协|侨联|残联|文联|红十字会"
BARE_MASS_ORGANISATIONS = fast_start(f"(?:(?<=[、和及，,：:])|(?<=发挥)|(?<=发挥好)|(?<=支持))(?:{_MASS})(?=[、和及等])"
                                     f"|(?<=[、和及])(?:{_MASS})(?=[等的]?(?:人民团体|群团组织|组织|作用|意见|，|。))")
# 工会、妇女儿童、慈善等事业: fields of work listed, no bodies
FIELDS_LISTED = re.compile(f"(?:[、和及][{HAN}]{{1,8}})*等(?:事业|工作)")


# 成立长三角先进制造业集群联盟, 组建“1+5”农业科技创新联盟: an alliance a verb sets up is named whole
# (成立了…联盟: the name starts after 了)
ALLIANCE_SET_UP = windowed(re.compile(f"{after_verbs('成立', '组建', '设立', '发起')}(?!了)"
                                      f"(?:“[^”]{{1,12}}”)?[{HAN}]{{4,16}}?联盟(?![{HAN}])"))


# 制定修改废止政府规章, 加强政府立法: the rules a government makes name it (a work report's own government)
OWN_RULES = fast_start(f"(?:(?<![{HAN}])|(?<=制定|修改|废止|出台|修订|颁布|改废)|(?<=[、和]))政府(?=规章|立法)")
# 加强政府自身建设, 政府系统廉政建设, 对政府工作有新要求, 政府要接受监督: in a government's account of its
# own work, a bare 政府 is the government that reports (not a kind of government: 法治政府, 服务型政府, 有为政府; not
# a word 政府 begins: 政府投资, 政府采购, 政府债务)
OWN_GOVERNMENT = re.compile(
    "(?<!法治|数字|有为|廉洁|清廉|诚信|创新|透明|阳光|效能|责任|智慧|整体|地方|各级|基层|人民|党委)"
    "(?<![型省市县区州旗乡镇村级国‘])(?<!党委[、和])"
    "政府(?!规章|立法|投资|采购|债|隐性|专项|引导|性|和社会资本|购买|信息公开|网站|数据|法律顾问|部门|办公|机关"
    "|工作报告|质量奖|融资|立项|诚信|机构改革|数字化|履约|守信|失信|补贴|定价|指导价|主导|间|之间|[与和]市场|资金"
    "|基金|补助|热线|主办|出资|[、，和与]?(?:商协会|企业|社会|市场|银行))")


# 局党组, 院党组, 常委会, 驻院纪检监察组: the organ of the body a text is about, by its short form at a clause's
# start or after a preposition (merged with the body's full name where the text gives it: 县自然资源局党组,
# 县人大常委会)
OWN_ORGAN = fast_start(f"(?:(?<![{HAN}])|(?<=[对向与和及由经在将把配合同]))"
                       # 常委会法制工作委员会, 常委会办公室: the standing committee's own working bodies
                       f"(?:常委会(?:(?:法制|预算|代表|选举任免|监察和司法|社会建设|环境资源|农业农村|教育科学文化卫生"
                       f"|华侨外事民族宗教|民族宗教侨务外事|财政经济)工作委员会|法工委|预工委|办公室|研究室)"
                       f"|[局院委厅办](?:党组|党委|机关党委|办公室)|常委会(?:党组)?"
                       f"|派?驻[局院委厅办校](?:纪检监察组|纪检组))"
                       f"(?!委员|组成|会议|副|主任|书记|成员|工作|[{HAN}]?[会议])")
# 金凤、嘉陵江、明月湖实验室; 凌家滩、双墩遗址博物馆: institutions listed before the head they share
_LISTED_HEADS = "实验室|博物馆|研究院|纪念馆|图书馆"
_LIST_VERBS = "支持|建设|建成|推动|推进|依托|加快|新建|组建|争建|打造|布局"  # verbs right before such a list
SHARED_HEAD = windowed(re.compile(f"(?:(?<![{HAN}])|(?<={_LIST_VERBS}))"
                         f"(?!{_LIST_VERBS})"
                         f"(?P<items>(?:(?:(?!{_LISTED_HEADS}|等)[{HAN}]){{2,4}}、)+)"
                         f"(?P<last>(?:(?!等)[{HAN}]){{2,6}}?)(?P<etc>等|[\\d一二三四五六七八九十]+个(?:省|国家|市)?)?"
                         f"(?P<head>{_LISTED_HEADS})(?![{HAN}]?[长员])"))
# 紫云山实验室, 青禾湖实验室: a laboratory named after a mountain, river or lake (as provincial ones are);
# 白鹭国家实验室: a national one named after its place
NAMED_LAB = windowed(re.compile(f"(?:(?<![{HAN}])|(?<={_LIST_VERBS}))(?!{_LIST_VERBS})"
                                f"(?P<name>[{HAN}]{{1,3}}[山江湖河海岭湾峰]实验室|(?:(?!在|等|完善|建强|用好)[{HAN}]){{2,3}}国家实验室)"
                                f"(?![{HAN}]?[长员])"))


# 天府兴隆湖实验室、天府永兴实验室: institutions listed each with the head, named by a proper part before it
_HEADED_ITEM = f"(?:(?!{_LISTED_HEADS}|等)[{HAN}]){{2,6}}"
EACH_HEADED = windowed(re.compile(f"(?:(?<![{HAN}])|(?<={_LIST_VERBS}))(?!{_LIST_VERBS}|新组建)"
                                  f"(?P<list>(?:{_HEADED_ITEM}(?:{_LISTED_HEADS})、)+"
                                  f"{_HEADED_ITEM}?(?:{_LISTED_HEADS}))(?![{HAN}]?[长员])"))
HEAD_AT_END = re.compile(f"(?:{_LISTED_HEADS})$")


def each_headed(text: str) -> list[Found]:
    """Each institution of a list whose items repeat their head (天府甲实验室、天府乙实验室).

    >>> text = "加快青禾湖实验室、紫云山实验室建设"
    >>> [text[f.start : f.end] for f in each_headed(text)]
    ['青禾湖实验室', '紫云山实验室']
    """
    found = []
    for m in EACH_HEADED.finditer(text):
        pos = m.start("list")
        items = m.group("list").split("、")
        if any(has_boundary_word(HEAD_AT_END.sub("", item)) for item in items):
            continue  # 今年新组建省实验室、…: what a verb sets up, no names
        found += listed_items(pos, items, "organisation")
    return found


def listed_items(start: int, items: list[str], subtype: str) -> list[Found]:
    """A body for each of ``items``, listed from ``start`` with 、 between them.

    >>> [(f.start, f.end) for f in listed_items(2, ["甲乙", "丙丁戊"], "company")]
    [(2, 4), (5, 8)]
    """
    found = []
    for item in items:
        found.append(Found(start, start + len(item), "ORG", subtype))
        start += len(item) + 1
    return found


def shared_head(text: str) -> list[Found]:
    """Each institution of a list that shares its head (金凤、嘉陵江、明月湖实验室: 金凤实验室 named 金凤, …).

    >>> text = "持续支持金凤、嘉陵江、明月湖实验室发展，建设紫金山、太湖等实验室"
    >>> [(text[f.start : f.end], f.name) for f in shared_head(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('金凤', '金凤实验室'), ('嘉陵江', '嘉陵江实验室'), ('明月湖实验室', None), ('紫金山', '紫金山实验室'),
     ('太湖', '太湖实验室')]
    """
    found = []
    for m in SHARED_HEAD.finditer(text):
        pos = m.start("items")
        for item in m.group("items").split("、")[:-1]:
            found.append(Found(pos, pos + len(item), "ORG", "organisation", name=item + m.group("head")))
            pos += len(item) + 1
        if m.group("etc"):  # 紫金山、太湖、云龙湖等实验室, 甲、乙3个省实验室: the last is named without the head too
            found.append(Found(m.start("last"), m.end("last"), "ORG", "organisation", name=m["last"] + m["head"]))
        else:
            found.append(Found(m.start("last"), m.end("head"), "ORG", "organisation"))
    return found


# 中央八项规定: the rules name the party's Central Committee that made them, in a government's report of its own
# work (where the Centre is one of the bodies the report speaks of; a discipline article cites the rules as a
# standard, by name only)
CENTRAL_RULES = re.compile("中央(?=八项规定)")
# 中央生态环境保护督察, 中央巡视, 中央经济工作会议: the Centre's inspections and work conferences name it in any text
# (not 中央生态环境保护督察办公室, 中央巡视组, 中央巡视办, …工作领导小组: bodies of their own)
CENTRAL_WORK = re.compile("中央(?=(?:生态环境保护督察|生态环保督察)(?!办公室|工作领导小组|组|整改工作)"
                          "|巡视(?![组办]|工作领导小组|机构|工作[^，。；、]{0,2}(?:会议|规划))|(?:经济|城市|农村)工作会议)")
# (我代表省人民政府向大会报告工作: a report's opening, its speaker for the body that reports)
SPEAKS_FOR_ITSELF = re.compile("政府工作报告|本届政府|我们|我代表[^，。；\n]{1,16}?(?:政府|委员会|法院|检察院)"
                               "(?:向[^，。；\n]{1,12})?(?:报告|作)")


# A work report leaves out its own subject: most of its sentences open with what the government did or will do
# (深化…改革。实施…行动。), where articles and rules name who acts (市纪委监委…, 县级以上人民政府应当…)
REPORT_OPENING = re.compile("(?:全面|深入|持续|积极|大力|加快|进一步|扎实|稳步|统筹|着力)?"
                            "(?:推进|深化|实施|加快|完善|健全|加强|落实|开展|推动|支持|扩大|提升|优化|培育|建设|打造"
                            "|构建|统筹|坚持|强化|实现|出台|建立|制定|引导|促进|发展|提高|保障|抓好|做好|创新|探索|组建"
                            "|新增|启动)")
SENTENCE_BREAK = re.compile("[。；！\n]")
REPORT_SHARE = 0.35  # of the sentences; the development articles and rules open 0-20 % of theirs so
MIN_SENTENCES = 5


def is_own_account(text: str) -> bool:
    """Whether ``text`` is a body's account of its own work: a work report, by its words (我们, 本届政府) or by
    the share of its sentences that open with a verb.

    >>> is_own_account("过去一年，我们坚持稳中求进。"), is_own_account("市纪委监委通报。")
    (True, False)
    >>> is_own_account("深化财税改革。实施青禾行动。推进白鹭湾建设。健全监督机制。市政府召开会议。")
    True
    """
    if SPEAKS_FOR_ITSELF.search(text) is not None:
        return True
    sentences = [s for s in SENTENCE_BREAK.split(text) if len(s.strip()) > 4]
    if len(sentences) < MIN_SENTENCES:
        return False
    return sum(1 for s in sentences if REPORT_OPENING.match(s.strip())) >= REPORT_SHARE * len(sentences)


def own_account(doc: Doc) -> bool:
    """Whether ``doc`` is a body's account of its own work (a work report: 我们…), as the whole text says.

    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> own_account(nlp("过去一年，我们坚持稳中求进。")), own_account(nlp("市纪委监委通报。"))
    (True, False)
    """
    if doc._.kg_own_account is None:  # (decided once a Doc: every component asks)
        doc._.kg_own_account = is_own_account(doc_text(doc))
    return bool(doc._.kg_own_account)


def bare_bodies(text: str, *, own: bool = False) -> list[Found]:
    """The bodies of ``text`` named bare: a work report's congress and conference, mass organisations in a list,
    alliances set up; with ``own`` (a body's account of its own work), the Centre its eight rules name."""
    return (bare_congress(text)
            + [Found(m.start(), m.end(), "ORG", "organisation") for m in BARE_MASS_ORGANISATIONS.finditer(text)
               if not FIELDS_LISTED.match(text, m.end())]
            + [Found(m.start(), m.end(), "ORG", "organisation") for m in ALLIANCE_SET_UP.finditer(text)]
            + [Found(m.start(), m.end(), "ORG", "government") for m in OWN_RULES.finditer(text)]
            + ([Found(m.start(), m.end(), "ORG", "government") for m in OWN_GOVERNMENT.finditer(text)
                if not quoted_at(text, m.start())] if own else [])  # (“企业出题、政府立题”: a saying)
            + [Found(m.start(), m.end(), "ORG", _organ_kind(m.group())) for m in OWN_ORGAN.finditer(text)]
            + [Found(m.start(), m.end(), "ORG", "national", nested=True, name="中共中央")
               for m in CENTRAL_RULES.finditer(text) if own]
            + [Found(m.start(), m.end(), "ORG", "national", nested=True, name="中共中央")
               for m in CENTRAL_WORK.finditer(text)]
            + shared_head(text) + each_headed(text)
            + [Found(m.start("name"), m.end("name"), "ORG", "organisation") for m in NAMED_LAB.finditer(text)]
            + [Found(m.start("name"), m.end("name"), "ORG", "organisation") for m in NATIONAL_CENTRE.finditer(text)
               if m["name"][2:] not in RANKED_CENTRES]  # (国家技术创新中心: the rank, no centre's name)
            + listed_companies(text) + township_units(text)
            + [Found(m.start(), m.end(), "ORG", "organisation") for m in ARMED_POLICE_UNIT.finditer(text)])


# 武警云南省总队, 武警某某支队: the armed police's corps of a place, one body (not 武警 and a bare 省总队)
ARMED_POLICE_UNIT = fast_start("武警(?:[^\\W\\d_的了在对向把将和与及等各]){2,8}?(?:总队|支队|大队|中队)(?![长员])")


# 澄溪司法所, 岱岭派出所, 泓安人民法庭: a township's station named by the township's name without 镇 or 乡
TOWNSHIP_UNITS = ("派出所", "司法所", "人民法庭", "财政所", "自然资源所", "国土所", "市场监管所", "税务所", "供电所",
                  "中心卫生院", "卫生院", "中心学校", "兽医站", "农技站", "水利站", "文化站")
TOWNSHIP_UNIT = fast_start("|".join(TOWNSHIP_UNITS))


def township_units(text: str) -> list[Found]:
    """The stations named by a township that the text names as one elsewhere (澄溪镇…澄溪司法所): the township's
    name is the name's proper part, whatever stands before it.

    >>> text = "澄溪镇建立调解室，镇综治中心统筹澄溪派出所、澄溪司法所联调。"
    >>> [text[f.start : f.end] for f in township_units(text)]
    ['澄溪派出所', '澄溪司法所']
    """
    if not any(level in text for level in ("镇", "乡", "街道", TRIBUNAL)):
        return []
    out = []
    for m in TOWNSHIP_UNIT.finditer(text):
        start = next((m.start() - size for size in (4, 3, 2) if m.start() >= size
                      and _township(text, text[m.start() - size : m.start()])), None)
        if start is None and m.group() == TRIBUNAL:  # (泓安人民法庭和和平人民法庭: every tribunal is named so)
            start = next((m.start() - size for size in (3, 2) if _tribunal_name(text, m.start() - size, m.start())),
                         None)
        if start is not None:
            out.append(Found(start, m.end(), "ORG", "government"))
    return out + _one_character_townships(text)


def _one_character_townships(text: str) -> list[Found]:
    """The body of a township named by one character (与沣镇人民政府: 沣镇人民政府)."""
    out = []
    for m in ONE_CHARACTER_TOWNSHIP.finditer(text):
        head = next((h for h in ("人民政府", "政府", "党委", "人大") if text.startswith(h, m.end())), "")
        out.append(Found(m.start(), m.end() + len(head), "ORG", "government"))
    return out


# 与沣镇人民政府: a township of one character before its level (not 各镇, 乡镇, 该镇: which ones)
ONE_CHARACTER_TOWNSHIP = fast_start(f"(?:(?<![{HAN}])|(?<=[与和及、同由对向在经]))"
                                    f"[^\\W\\d_各全该本每乡城市县区省州村两三多一这那此其经由报对向在从被将把给与和及同为以至到交送请于即属归]"
                                    "[镇乡](?=(?:人民)?政府|党委|人大)")
TRIBUNAL = "人民法庭"
NOT_IN_TRIBUNAL = set("的了在对向把将各该本其设立派出等个所家式型")  # (枫桥式人民法庭: a model)


def _tribunal_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a tribunal's name: Han, no function word in it, after a boundary."""
    before = text[start - 1 : start] if start > 0 else ""
    return start >= 0 and all(is_han(c) and c not in NOT_IN_TRIBUNAL for c in text[start:end]) and (
        not before or not is_han(before) or before in "和与及、")


def _township(text: str, name: str) -> bool:
    """Whether ``name`` (all Han, no level, 各 or verb in it: not 指导各 of 指导各派出所) is named as a township in
    ``text`` (澄溪镇, 岱岭乡, 东城街道)."""
    return all(is_han(c) for c in name) and not any(c in "镇乡省市县区各全该本每" for c in name) and any(
        name + level in text for level in ("镇", "乡", "街道")) and not has_boundary_word(name)


# 国家碳计量中心（福建）, 高校区域技术转移转化中心（广东）: a centre named with the province it serves in brackets, the
# branch set up there (a body, not a hub a place builds)
PLACED_CENTRE = re.compile(f"中心（{PLACE_START}{PLACE_CONT}*）")


def placed_centres(masked: str) -> list[Found]:
    """The centres named with the place they serve in brackets (国家碳计量中心（福建）); ``masked``: the text with its
    places masked.

    >>> masked = "高质量建设国家碳计量中心（" + PLACE_START + PLACE_CONT + "）"
    >>> [masked[f.start : f.end - 4] for f in placed_centres(masked)]
    ['国家碳计量中心']
    """
    found = []
    for m in PLACED_CENTRE.finditer(masked):
        start = stem_start(masked, m.start(), limit=14)
        if start is not None and m.start() - start >= 4:
            found.append(Found(start, m.end(), "ORG", "organisation"))
    return found


# (晋陕国家区域科技创新中心, 京津冀国家技术创新中心: a national centre of the provinces it serves together)
_REGION_OF_PROVINCES = ("长三角|粤港澳大湾区|粤港澳|京津冀|成渝"
                        "|[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新]{2,3}(?=国家)")
# 国家青禾湖技术创新中心, 国家血液病医学中心, 国家药械审评检查某分中心: a national centre named by its field (each
# is a body of its own); 东北亚某某创新中心: a centre named by the region of states it serves
NATIONAL_CENTRE = windowed(re.compile(
    f"(?:(?<![{HAN}])|(?<={_LIST_VERBS}|参与|争创|获批|入选|创建))(?P<name>(?:{_REGION_OF_PROVINCES})?"
    f"(?:国家|东北亚|东南亚|中亚|东盟|上合|金砖国家)"
    f"(?!级)(?:(?!等|和|与|及)[{HAN}]){{2,12}}?(?:技术创新中心|医学中心|制造业创新中心|产业创新中心|工程研究中心"
    f"|区域医疗中心|创新中心|研究中心|分中心))(?![{HAN}]?[长员])"))


RANKED_CENTRES = frozenset(("技术创新中心", "制造业创新中心", "产业创新中心", "工程研究中心", "医学中心",
                            "区域医疗中心", "临床医学研究中心", "工程技术研究中心"))


# 青禾集团、云岭控股、白鹭证券等: companies by their short names, listed (two or more), none a class (省属集团)
_CLASS_FRONT = "国有|国企|民营|大型|中小|龙头|骨干|重点|省属|市属|区属|县属|央企|地方|各|一批|链主|外资|企业|平台"
_COMPANY = f"(?:(?!{_CLASS_FRONT}|等|和|与|及)[{HAN}]){{2,4}}(?:集团|控股|国资|证券|人寿|财险)"
COMPANY_LIST = windowed(re.compile(f"(?:(?<=[，。；：\n])|^)(?!{_LIST_VERBS}|组建|引进|完成)"
                                   f"(?P<list>{_COMPANY}(?:、{_COMPANY})+)(?=跻身|成功|稳健|实现|入选|获评|获批)"))


def listed_companies(text: str) -> list[Found]:
    """Companies listed by their short names (青禾集团、云岭控股跻身…).

    >>> text = "青禾集团、云岭控股跻身中国企业500强"
    >>> [text[f.start : f.end] for f in listed_companies(text)]
    ['青禾集团', '云岭控股']
    """
    return [f for m in COMPANY_LIST.finditer(text)
            for f in listed_items(m.start("list"), m["list"].split("、"), "company")]


# 青禾市交通局原党组书记、局长: the party organ a former secretary or member of a body led, named with that body
FORMER_ORGAN = re.compile("原(?P<organ>党组|党委)(?=副?书记|委员|成员)")


def former_organs(text: str, found: list[Found]) -> list[Found]:
    """The party organs named by their former secretaries or members (…有限公司原党委书记: the company's 党委),
    each with the name of the longest body ``found`` right before.

    >>> text = "青禾市交通局原党组书记、局长张某"
    >>> [(text[f.start : f.end], f.name) for f in former_organs(text, [Found(0, 6, "ORG", "government")])]
    [('党组', '青禾市交通局党组')]
    """
    starts: dict[int, int] = {}
    for f in found:
        if f.label == "ORG" and not f.generic:
            starts[f.end] = min(f.start, starts.get(f.end, f.start))
    out = []
    for end, start in starts.items():
        if (m := FORMER_ORGAN.match(text, end)) is not None:
            out.append(Found(m.start("organ"), m.end("organ"), "ORG", "party", name=text[start:end] + m["organ"]))
    return out


# 我代表青禾市人民政府，向大会报告工作: the place whose government reads the report
REPORTER = re.compile(f"代表(?P<place>[{HAN}]{{0,12}}?[{LEVEL_CHARS}])人民政府[，,]?向")


def bare_congress(text: str) -> list[Found]:
    """A work report's congress and conference by their bare names; those of the place whose government reports,
    when the report has said which before them (a city's report: its own congress, not its province's).

    >>> text = "我代表青禾市人民政府，向大会报告工作，请市政协委员提出意见。接受人大监督。"
    >>> [(text[f.start : f.end], f.name) for f in bare_congress(text)]
    [('大会', '青禾市人大'), ('人大', '青禾市人大')]
    """
    found = []
    reporters = [(r.start(), r["place"]) for r in REPORTER.finditer(text)] if "代表" in text else []
    for m in BARE_CONGRESS.finditer(text):
        place = next((p for start, p in reversed(reporters) if start < m.start()), None)  # the latest before it
        # (代表省人民政府: the province's congress by its full name, the place resolved as the text's)
        kind = "政协" if m.group() == "政协" else "人民代表大会" if place is not None and len(place) == 1 else "人大"
        found.append(Found(m.start(), m.end(), "ORG", "congress", name=None if place is None else place + kind))
    return found


def _organ_kind(organ: str) -> str:
    """The subtype of a body's own organ: its discipline team, party group or congress committee."""
    return "discipline" if "纪检" in organ else "party" if "党" in organ else "congress"


STANDING_COMMITTEE = re.compile("及其(常委会|常务委员会)")


def standing_committees(text: str, found: list[Found]) -> list[Found]:
    """The standing committee named by 及其 after a congress (市人大及其常委会: 市人大常委会).

    >>> text = "接受市人大及其常委会监督"
    >>> [text[f.start : f.end] + " " + str(f.name) for f in standing_committees(text, [Found(2, 5, "ORG")])]
    ['常委会 市人大常委会']
    """
    out = []
    for f in found:
        if not f.nested and text.endswith(("人大", "人民代表大会"), f.start, f.end):
            m = STANDING_COMMITTEE.match(text, f.end)
            if m is not None:
                name = text[f.start : f.end] + m.group(1)
                out.append(Found(m.start(1), m.end(), "ORG", "congress", name=name))
    return out


# 柳溪县、桐安区纪委监委: places listed before one body's name share its head (柳溪县纪委监委 named 柳溪县)
# (梁家墩镇、新墩镇便民服务中心: towns too)
_LISTED_LEVELS = LEVEL_CHARS + "乡镇"
_PLACE = f"[{HAN}]{{1,5}}?[{_LISTED_LEVELS}]"
_PLACE_ITEM = re.compile(f"(?:(?<![{HAN}])|(?<=[和与及同对由在、把将向到从]))(?![各全该本我两三城把将向到从])"
                         f"(?![{_LISTED_LEVELS}]+、)"
                         f"(?P<place>{_PLACE})、")
_KNOWN_ITEM = re.compile("(?P<place>[^、]+)、")
_LEADING_PLACE = re.compile(f"{_PLACE}(?=[{HAN}]{{2}})")


def places_sharing_head(text: str, found: list[Found], places: list[tuple[int, int]] | None = None) -> list[Found]:
    """The bodies of the places listed before a body's name, each named with that name's head.

    ``places`` are the place names the gazetteer found; a place it does not know is two to four characters ending
    in a level character.

    >>> text = "会同柳溪县、桐安区纪委监委开展检查"
    >>> [(text[f.start : f.end], f.name) for f in places_sharing_head(text, [Found(6, 13, "ORG")])]
    [('柳溪县', '柳溪县纪委监委')]
    """
    known = {start: end for start, end in places or ()}
    known_ends = {end: start for start, end in places or ()}
    out = []
    for f in found:
        if f.nested or f.generic or text[f.start - 1 : f.start] != "、":
            continue
        lead = _LEADING_PLACE.match(text, f.start, f.end)
        cut = known.get(f.start) or (lead.end() if lead else None)
        if cut is None or f.end - cut < 2 or text[cut - 1] not in _LISTED_LEVELS or not is_han(text[cut]) \
                or text[cut] == "等":  # (柳州、百色、钦州等14个分公司: counted, a class)
            continue
        head = text[cut : f.end]
        pos = f.start
        while (item := _listed_place(text, pos, known_ends)) is not None:
            out.append(Found(item.start("place"), item.end("place"), "ORG", f.subtype, name=item["place"] + head))
            pos = item.start("place")
            if text[pos - 1 : pos] != "、":
                break
    return out


def _listed_place(text: str, pos: int, known_ends: dict[int, int]) -> re.Match[str] | None:
    """The place that ends a list item right before ``pos`` (its 、): one the gazetteer knows, else the shortest
    of two to four characters, starting a word or after a connective."""
    known = known_ends.get(pos - 1)
    if known is not None:
        return _KNOWN_ITEM.match(text, known, pos)
    for start in range(pos - 3, max(-1, pos - 6), -1):
        item = _PLACE_ITEM.match(text, start, pos)
        if item is not None and item.end() == pos:
            return item
    return None
