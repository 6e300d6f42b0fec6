"""Documents (DOC): 《》 titles, unmarked title lines, 关于…的通知 phrases, document numbers, newspapers cited
without 《》 (据甘肃日报报道).

The subtype is the document kind read off the title's ending (规划 → plan, 办法 → measures, 日报 → newspaper).
Back-references (《规划》, 五年监督工作规划) are merged with their full title by :mod:`kg.extract`.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("kg_titles")
>>> doc = nlp("县政府印发《某县河道管理办法(试行)》(某政发〔2024〕3号)和《某县日报》。")
>>> [(s.text, s._.kg_subtype) for s in doc.spans["kg"]]
[('某县河道管理办法(试行)', 'measures'), ('某政发〔2024〕3号', 'number'), ('某县日报', 'newspaper')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.anchors import windowed
from kg.pipeline.cited import acronym_as_modifier, unmarked_newspapers
from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.place_edges import placed_name
from kg.pipeline.regions import doc_places
from kg.pipeline.spans import (
    HAN,
    Found,
    add_found,
    doc_text,
    fast_start,
    has_boundary_word,
    is_han,
    last_match,
    trie_regex,
)
from kg.pipeline.title_lines import LINE_KINDS, heard_reports, title_lines

# Parenthesised notes at the end of a title: (试行), (2022——2026年), （修订稿）.
_TRAILING_NOTE = re.compile(r"[(（][^()（）]{1,20}[)）]$")
_NUMBER_CORE = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,4}号")  # the bracketed year and the serial number
# (…日作出江政征决〔2023〕5号, 被申请人作出的杭余市监处罚〔2024〕312号: the issuer's code starts after the verb)
_BEFORE_CODE = re.compile("(?:作出|发布|印发|下发|下达|出具|核发|制发|依据|根据|依照|按照|不服|撤销|维持|的|日)"
                          "(?=[\u4e00-\u9fff]{2,}$)")
# （2023）湘01行初1120号行政判决: a court case by its number, with the kind of ruling after it
CASE_NUMBER = re.compile(r"[(（]\d{4}[)）][\u4e00-\u9fff]{1,2}\d{0,4}[\u4e00-\u9fff]{1,3}\d{1,6}号"
                         r"(?:(?:行政|民事|刑事|执行)?(?:判决书|判决|裁定书|裁定|调解书|决定书))?")
DOC_NUMBER = re.compile(rf"[{HAN}]{{1,10}}{_NUMBER_CORE.pattern}")  # with its issuer's 1–10 characters
# (落实国务院关于…的意见: a central issuer right before 关于 is the start of the document's name, as in its title)
CENTRAL_ISSUERS = ("中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "中办", "国办", "全国人大常委会",
                   "最高人民法院", "最高人民检察院", "中央纪委", "国家监委", "中央纪委国家监委")
_ISSUERS = "|".join(sorted(CENTRAL_ISSUERS, key=len, reverse=True))
# Kinds an unmarked line may end with and still be a title (a heading "建立两项机制" is not one).
# (未成年人保护法关于入职查询的规定: a provision of the law named before it, no document)
_ABOUT = re.compile(rf"(?:(?<!《)(?:{_ISSUERS})(?:[、和](?:{_ISSUERS}))*)?"
                    rf"(?<![法例典》])关于[^，。；;,、《》“”\n]{{2,40}}?的(?:{'|'.join(LINE_KINDS)})")


def title_core(title: str) -> str:
    """A title without its trailing notes in parentheses (试行, 2022——2026年).

    >>> title_core("某市巡察工作规划(2022——2026年)(试行)")
    '某市巡察工作规划'
    """
    while (m := _TRAILING_NOTE.search(title)) and m.start() > 0:
        title = title[: m.start()]
    return title


def document_kind(title: str, kinds: dict[str, str]) -> str:
    """The kind of a document from the ending of its title (notes in parentheses ignored).

    >>> from kg.pipeline.lexicons import document_kinds
    >>> document_kind("中共某市委巡察工作规划(2022——2026年)", document_kinds())
    'plan'
    """
    core = title_core(title)
    for size in range(min(len(core), 6), 0, -1):
        if core[-size:] in kinds:
            return kinds[core[-size:]]
    return "document"


def doc_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of document numbers (某政发〔2025〕17号): what ``DOC_NUMBER.finditer`` finds, found from the bracketed
    year instead of trying the issuer's characters at every position.

    >>> list(doc_numbers("依据：定政发〔2025〕17号文件"))
    [(3, 15)]
    >>> text = "6月16日作出青政征决〔2025〕5号《房屋征收决定》"
    >>> [text[s:e] for s, e in doc_numbers(text)]
    ['青政征决〔2025〕5号']
    """
    last = 0
    for m in _NUMBER_CORE.finditer(text):
        start = m.start()
        while start > max(last, m.start() - 10) and is_han(text[start - 1]):
            start -= 1
        if (cut := last_match(_BEFORE_CODE, text, start, m.start())) is not None:
            start = cut.end()
        if start < m.start():
            yield start, m.end()
            last = m.end()


# 《某某条例》实施细则, 《某某规定》配套指引: a document of its own that carries out the one named in 《》
SUPPLEMENT = re.compile("(?:实施条例|实施细则|实施办法|实施意见|实施方案|配套指引|配套措施|配套政策|配套制度|配套文件"
                        "|补充规定|补充通知|操作指引|操作规程|解读|释义)(?=[^\u4e00-\u9fff]|[和与及等、]|精神|$)")


def bracketed(text: str, open_: str = "《", close: str = "》") -> list[tuple[int, int]]:
    """Inner character ranges of outermost bracket pairs, nesting respected; an unclosed bracket is ignored."""
    ranges = []
    stack: list[int] = []
    for m in re.finditer(f"[{re.escape(open_)}{re.escape(close)}\n]", text):
        i, ch = m.start(), m.group()
        if ch == open_:
            stack.append(i)
        elif ch == close and stack:
            start = stack.pop()
            if not stack:
                ranges.append((start + 1, i))
        elif ch == "\n":
            stack.clear()
    return ranges


# 电视剧《…》, 歌曲《…》, 《…》文艺节目: works of art and shows in 《》, no written documents
_ART = ("电视剧|连续剧|电影|影片|微电影|纪录片|专题片|宣传片|动画片|话剧|歌剧|舞剧|音乐剧|歌舞剧|杂技剧|儿童剧"
        "|戏曲|京剧|越剧|黄梅戏|豫剧|川剧|粤剧|小品|相声|歌曲|歌|舞蹈|节目|栏目|综艺|晚会")
ART_BEFORE = re.compile(f"(?:{_ART})》?$")
# (《雪豹》《高原之羚》等作品, 《甲》《乙》等精品鲁剧: each title of the list)
ART_AFTER = re.compile(f"》(?:《[^》\n]{{1,30}}》)*(?:等)?[^，。；《]{{0,4}}?"
                       f"(?:{_ART}|剧|作品|剧目|文艺演出|演出|展演)")


def work_of_art(text: str, start: int, end: int) -> bool:
    """Whether the title in 《》 from ``start`` to ``end`` (inner range) names a work of art or a show.

    >>> text = "观看电视剧《青山》，演出《春到南湖》文艺节目，印发《南湖条例》"
    >>> [work_of_art(text, s, e) for s, e in bracketed(text)]
    [True, True, False]
    """
    return ART_BEFORE.search(text, max(0, start - 5), start - 1) is not None or \
        ART_AFTER.match(text, end) is not None


INNER_TITLE = re.compile("〈([^〈〉《》\n]{2,60})〉")
ISSUED_INSIDE = re.compile(r"关于(?:印发|转发|发布|公布)(?P<inner>[^《》〈〉\n，。、]{4,40}?"
                           r"(?:实施方案|行动方案|工作方案|方案|规划|办法|细则|规定|意见|条例|规则|指引|计划|清单)"
                           r"(?:[（(][^）)]{1,8}[）)])?)的(?:通知|决定|公告)")
# what makes a cited name part of a longer title (监察法实施条例 is another document than 监察法)
# (市场准入负面清单制度: a system of working by the document, a practice)
# (刑法有关规定, 某法的各项规定: the provisions of the law, no longer title; 有限公司法定代表人, 法院: no 公司法;
# 某法规定期限, 某法实施情况: what the law says, how it is carried out)
_LONGER_TITLE = ("(?![修草释若细条办律院]|实(?!施(?:情况|以来|中|后|的|过程))|规(?!定)|定代表|人代表"
                 "|(?!有关|相关|的)(?:(?![及和与])[\u4e00-\u9fff]){1,4}(?:条例|规定|细则|办法|解释|决定)"
                 "|(?:条例|细则|办法|解释|决定)|(?:管理)?(?:制度|机制))")


# 本条例, 本办法: the document the text is (merged with its title when the text starts with it)
SELF_REFERENCE = fast_start("(?<![基根日资成版样文剧课账脚读原])本(?:实施细则|实施办法|实施意见|条例|规定|办法|细则"
                            "|决定书|处罚决定|决定|意见|通知|方案|规划|准则|规则|章程|指引|纲要|公告)(?![\u4e00-\u9fff]?[法则])")


# 制定出台青禾县数字乡村建设实施方案, 推动出台农贸市场管理条例, 实施全域旅游行动方案（2027版）: a document named
# by what it is about (six characters or more before its kind) as the whole object of a verb that issues, presses
# for or puts it in force; not a kind with a pronoun or class word before it (本方案, 配套政策, 有关规定)
_STEM = r"[^，。；、：:的等和及\d“”《》\s（(]"
PERIOD = "“(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”"  # (编制“十五五”…规划: the plan's five-year period)
_KINDS = "实施方案|行动方案|工作方案|方案|规划|地方性法规|条例|办法|意见|细则|指引|纲要|规定|负面清单|目录|应急预案"
_RULE_KINDS = "标准|规范|导则|指南|应急预案|预案|示范文本|年度计划|工作计划|实施计划|行动计划|公约|规程"
NAMED_AFTER_VERB = re.compile(
    # (审议…条例草案, 批准…条例, 起草…办法: a legislature's readings and approvals, a draft's drafting)
    r"(?:制定|出台|印发|颁布|修订|编制|实施|落实|执行|施行|推动|审议通过|表决通过|审议|批准|起草)[了好]?"
    r"(?:新版|新修订的?|新一轮|(?:全国|大陆)?首部)?"
    r"(?P<name>(?!本|该|各|有关|相关|配套|系列|具体|上述|其他|若干|工作|出台|制定|印发|修订|编制|实施|落实|执行|完成|修改|废止|研究|推动|好|了"
    r"|通过)"
    rf"(?:{PERIOD}(?!专项|各类|各级|相关|有关|部门|行业|村庄|区域){_STEM}{{2,30}}?|{_STEM}{{6,30}}?)(?<!有关)(?<!相关)"
    rf"(?:{_KINDS})(?:[（(]\d{{4}}(?:年)?版?[）)])?)(?=[，。；、：和及等]|[（(]?草案|(?:有关|相关)(?:规定|要求)|$)")
# 青禾市数字经济发展规划正式印发, …实施方案获批: a document named by what it is about (eight characters or more before
# its kind) opening a clause whose verb issues or approves it
NAMED_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[，。；：\n]))(?P<name>(?!本|该|各|有关|相关|配套|系列|具体|上述|其他|若干|工作|新一轮|全[省市县区])"
    rf"{_STEM}{{8,30}}?(?:{_KINDS}))(?:（试行）)?(?=(?:正式|近日|日前|已)?(?:印发|出台|发布|颁布|获批|批复|施行))",
    re.MULTILINE)
NOT_IN_TITLE = frozenset("将在对向把被由从为是了本该其")
# standards, norms and plans a body draws up (制定物业服务标准和物业服务合同示范文本, 编制…年度计划, 修订…导则): four
# characters before them are enough, after a verb that makes them (执行最低工资标准 names a level, no document)
_NOT_RULE = ("本|该|各|有关|相关|配套|系列|具体|上述|其他|若干|工作|行业|国家|地方"
             "|提高|降低|调整|统一|完善|健全|加强|规范")
RULES_AFTER_VERB = re.compile(  # (启动…应急预案: a contingency plan put to work, named; not 启动…行动计划, a campaign)
    r"(?:制定|出台|印发|颁布|修订|编制|发布|启动(?=[^，。；]{4,30}?预案))(?:并?实施)?[了好]?"  # (制定实施…: the plan)
    rf"(?P<name>(?!{_NOT_RULE}){_STEM}{{4,30}}?(?:{_RULE_KINDS}))"
    r"(?=[，。；、：和及等]|$)")


# 根据市人大常委会2025年度监督工作计划, 列入2026年度立法计划: a body's plan for a year, cited by its year and kind
ANNUAL_PLAN = re.compile(r"(?:根据|按照|依据|列入|纳入|对照)(?P<name>(?:[^\W\d_的了在对向把将等和及]{2,12}?)?\d{4}年度?"
                         r"[^\W\d_的了在对向把将等和及]{0,8}?(?:工作计划|立法计划|监督计划|工作要点))(?=[，。；、的和及]|$)")
# a law cited by its name after a verb that puts it in force (实施海南自由贸易港法, 贯彻落实中医药法): three characters
# or more before 法, none of the words that end in 法 and name no law (办法, 执法, 依法, 工作法…), no verb opening it
_LAW = (rf"(?!本|该|各|有关|相关|配套|上述|其他|落实|执行|实施|遵守|宣传){_STEM}{{3,20}}?"
        "(?<![方办做说想用手司执立依违守普合非宪作])法")
LAW_AFTER_VERB = re.compile(rf"(?:实施|贯彻落实|贯彻|落实|执行|施行|遵守|学习宣传|宣传|修订|修改|制定)[了好]?"
                            rf"(?P<name>{_LAW})(?=[，。；、：和及等]|$)")
# a law or regulation cited as the ground of an act (依据农村集体经济组织法, 按照森林防火条例和…, 违反…条例第十二条):
# four characters or more before 法 or 条例; none of 有关 or 相关 inside (根据国家有关法律)
# (or the act it grounds: 依据宗教事务条例对…开展检查, …给予处分)
_CITED_END = r"(?=[，。；、：和及等]|(?:有关|相关|的)?规定|第|要求|对|开展|进行|给予|予以|作出|处以|$)"
_CITED_STEM = r"(?:(?!有关|相关)[^，。；、：:的等及\d“”《》\s（(])"  # (和 inside: 防范和处置非法集资条例)
_CITED = (rf"(?!本|该|各|有关|相关|上述|其他|国家|这|此|和)(?:{_CITED_STEM}{{4,20}}?"
          "(?:(?<![方办做说想用手司执立依违守普合非宪])法|实施条例|条例|实施细则|若干规定|暂行规定|程序规定|管理办法"
          "|实施办法|暂行办法))")
_BASIS = "(?:依据|依照|根据|按照|违反|对照|参照|执行|遵守)"
CITED_AFTER_BASIS = re.compile(rf"{_BASIS}(?P<name>{_CITED}){_CITED_END}")
CITED_NEXT = re.compile(rf"(?:以及|[、和及])(?P<name>{_CITED}){_CITED_END}")
# (贯彻落实中医药法和某省中医药条例: a law, then a law or a regulation)
LAW_NEXT = re.compile(rf"[、和及](?P<name>{_LAW}(?=[，。；、：和及等]|$)|{_CITED}{_CITED_END})")
# 依据《某某法》和某省审计条例, 依照《民法典》以及某某管理办法等规定: a bare one listed after a cited title
CITED_AFTER_TITLE = re.compile(rf"{_BASIS}(?:《[^》\n]{{2,40}}》[、和及]?)+(?:以及|[、和及])"
                               rf"(?P<name>{_CITED}){_CITED_END}")


# 出台支持民营经济发展壮大的若干措施, 印发加快建设数字青禾的实施意见: a document named by what it is about with 的
# before its kind, after a verb that issues it (落实群众反映的意见 names opinions, no document)
_DE_KINDS = "实施意见|指导意见|若干意见|意见|若干措施|决定|规定"
DE_AFTER_VERB = re.compile(
    r"(?:制定出台|出台|印发|制定|颁布)了?"
    rf"(?P<name>(?!本|该|各|有关|相关|配套|关于){_STEM}{{6,30}}?的(?:{_DE_KINDS}))(?=[，。；、：和及等]|$)")


# 签订城际公交一体化运营协议, 签署医疗联合体共建备忘录: an agreement named by what it is about after the verb that
# signs it (four characters or more: not 签订合作协议)
_AGREEMENTS = "战略合作框架协议|战略合作协议|框架协议|合作协议|协议书|协议|备忘录|协定"
AGREEMENT_AFTER_VERB = windowed(re.compile(
    r"(?:签订|签署|续签)了?"
    rf"(?P<name>(?!本|该|各|有关|相关|一份|一批|多项|战略|合作|框架){_STEM}{{4,30}}?(?:{_AGREEMENTS}))"
    r"(?=[，。；、：和及等]|$)"))
AGREEMENT_NEXT = re.compile(rf"[、和及](?P<name>{_STEM}{{4,30}}?(?:{_AGREEMENTS}))(?=[，。；、：和及等]|$)")


# the next document of a list after one: 落实A条例、B办法
NAMED_NEXT = re.compile(
    r"[、和及](?P<name>(?!本|该|各|有关|相关|配套|系列|具体|上述|其他|若干|工作)"
    rf"{_STEM}{{4,30}}?(?:{_KINDS}|{_RULE_KINDS})"
    r"(?:[（(]\d{4}(?:年)?版?[）)])?)(?=[，。；、：和及等]|$)")


# the next of a list of standards and norms (制定安全生产标准、管理规范): a short one too
RULES_NEXT = re.compile(rf"[、和及](?P<name>(?!{_NOT_RULE}){_STEM}{{2,30}}?(?:{_KINDS}|{_RULE_KINDS}))"
                        r"(?=[，。；、：和及等并]|$)")


# measures named by what they are about and how many they are (出台支持乡村富民产业发展20条措施, 制定实施民营经济
# 高质量发展“26条”, 实施营商环境100项提升举措), after a verb that issues, presses for or puts them in force, or, with
# the count quoted, opening a clause (制度型开放总体方案“80条”基本落地); not a count of measures (出台稳增长措施近100条)
_COUNTED_KINDS = "政策措施|若干措施|措施|举措|意见|政策"
_COUNT = r"(?:\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?)"  # (20条, 十条, 二十六条)
# (a quoted count may be new or double: 家居建材“新八条”政策措施, …“双10条”政策)
_QUOTED_COUNT = rf"“[新双]?[一二三四五六七八九]条”|“[新双]{_COUNT}条”"
_COUNTED = (rf"(?<![近超约共达施策])(?:(?:{_QUOTED_COUNT}|“?{_COUNT}条”?)"
            rf"(?:(?:重点|提升|升级|支持|具体)?(?:{_COUNTED_KINDS}))?"
            rf"|{_COUNT}项(?:重点|提升|升级|支持|具体)?(?:政策措施|措施|举措))")
_ISSUING = "制定实施|制定|出台|印发|推出|发布|实施|落实|推动"
_COUNTED_END = r"(?=[，。；、：和及等]|(?:基本|全面)?落地|见效|$)"
MEASURES_AFTER_VERB = re.compile(
    rf"(?:{_ISSUING})[了好]?"
    rf"(?P<name>(?!本|该|各|有关|相关|配套|具体|上述|其他|出台|制定|印发|实施|落实){_STEM}{{4,24}}?{_COUNTED})"
    rf"{_COUNTED_END}")
# (制定实施甲“30条”、乙“20条”: each of a list after the verb)
MEASURES_NEXT = re.compile(rf"[、和及](?P<name>(?!本|该|各|有关|相关|配套|具体|上述|其他){_STEM}{{4,24}}?{_COUNTED})"
                           rf"{_COUNTED_END}")
QUOTED_COUNT_OPENING = windowed(re.compile(
    rf"(?:(?<=[，。；：\n])|^)(?P<name>(?!本|该|各|有关|相关|配套|具体|上述|其他)(?:(?!{_ISSUING}){_STEM}){{4,24}}?"
    rf"“\d{{1,3}}条”){_COUNTED_END}"))


# a law or document opening a clause whose verb puts it in force (青禾自由贸易港法颁布实施, 全国首张跨境服务贸易负面清单
# 出台实施): the name is the clause's subject
PUT_IN_FORCE = re.compile(
    rf"(?:(?<=[，。；：\n])|^)(?:全国)?(?:首张|首部|首个)?(?P<name>{_LAW}|(?!本|该|各|有关|相关|配套|上述|其他)"
    rf"{_STEM}{{4,24}}?(?:{_KINDS}|负面清单))(?=(?:正式)?(?:颁布实施|颁布|出台实施|印发实施|公布施行|施行)[，。；]|$)")

# 省信访局将结合本规定施行: a clause that acts on a document, not its name (将, 结合, 本规定)
NOT_A_NAME = re.compile("将|结合|本(?:规定|条例|办法|细则)")
_IN_FORCE = re.compile("(?:颁布实施|颁布|出台实施|印发实施|施行)(?=[，。；])")

# 青禾港总体规划获批, 争取甲方案、乙实施方案获批, …转型发展方案获国家批复: documents opening a clause (or pressed for
# with 争取) that a higher body approves, each of a list
_APPROVED_NAME = rf"(?!本|该|各|有关|相关|配套|上述|其他|争取|推动){_STEM}{{4,24}}?(?:{_KINDS})"
APPROVED = re.compile(rf"(?:(?<=[，。；：\n])|^|(?<=争取))(?P<names>{_APPROVED_NAME}(?:、{_APPROVED_NAME}){{0,3}})"
                      "(?=(?:正式)?(?:获批|获(?:得)?(?:国家|国务院)?批复)(?:[，。；]|$))")
_APPROVAL = re.compile("获批|获(?:得)?(?:国家|国务院)?批复")


def put_in_force(text: str) -> list[tuple[int, int]]:
    """The names of :data:`PUT_IN_FORCE` and of :data:`APPROVED`, each searched only before the verbs it needs.

    >>> text = "青禾市物业管理条例正式施行。争取白鹭湾保护规划、云岭港建设方案获批。"
    >>> [text[s:e] for s, e in put_in_force(text)]
    ['青禾市物业管理条例', '白鹭湾保护规划', '云岭港建设方案']
    """
    spans = []
    for verb in _IN_FORCE.finditer(text):
        m = PUT_IN_FORCE.search(text, max(0, verb.start() - 32), verb.end() + 1)
        if m is not None and m.span("name") not in spans and not NOT_A_NAME.search(m["name"]):
            spans.append(m.span("name"))
    for verb in _APPROVAL.finditer(text):
        if (m := APPROVED.search(text, max(0, verb.start() - 110), verb.end() + 1)) is not None:
            start = m.start("names")
            for name in m["names"].split("、"):
                if (start, start + len(name)) not in spans:
                    spans.append((start, start + len(name)))
                start += len(name) + 1
    return spans


# “十四五”规划: a place's five-year plan by its number (not “十四五”时期, a period)
FIVE_YEAR_PLAN = re.compile("(?<!《)“十[一二三四五六七八九]五”(?:规划纲要|规划)(?!》|《)")
# 政府工作报告, 《法院工作报告》: the report every government or court gives, whose the text says (its own, most often)
OWN_REPORT = re.compile("《?(?:政府|人民政府|法院|人民法院|检察院|人民检察院|常委会|人大常委会)?工作报告》?")

# the batch or round a document is of is no part of its name: 首批 and 新一轮 of 发布首批数据出境负面清单
BATCH = "(?:全国)?(?:首批|首张|首部|首个|新一轮|新一批)"
_BATCH = re.compile(BATCH)


def _without_batch(text: str, found: Found) -> Found:
    if found.name is None and (m := _BATCH.match(text, found.start)) is not None and found.end - m.end() >= 4:
        return found._replace(start=m.end())
    return found


def named_after_verb(text: str) -> list[tuple[int, int]]:
    """The documents named by what they are about after a verb, each of a list after one (落实A条例、B办法).

    >>> text = "全面落实青禾市平安建设条例、社区工作者管理办法。"
    >>> [text[s:e] for s, e in named_after_verb(text)]
    ['青禾市平安建设条例', '社区工作者管理办法']
    """
    spans = [m.span("name") for m in QUOTED_COUNT_OPENING.finditer(text)]
    spans += [m.span("name") for m in ANNUAL_PLAN.finditer(text)]
    spans += [m.span("name") for m in NAMED_BEFORE_VERB.finditer(text)  # (省信访局将结合本规定施行: a clause)
              if not NOT_IN_TITLE.intersection(m["name"]) and not has_boundary_word(m["name"])]
    pairs = ((MEASURES_AFTER_VERB, MEASURES_NEXT), (NAMED_AFTER_VERB, NAMED_NEXT), (DE_AFTER_VERB, NAMED_NEXT),
             (RULES_AFTER_VERB, RULES_NEXT),
             (LAW_AFTER_VERB, LAW_NEXT), (CITED_AFTER_BASIS, CITED_NEXT), (CITED_AFTER_TITLE, CITED_NEXT),
             (AGREEMENT_AFTER_VERB, AGREEMENT_NEXT))
    for pattern, following in pairs:
        for m in pattern.finditer(text):
            spans += _two_laws(text, *m.span("name"))
            end = m.end("name")
            while (more := following.match(text, end)) is not None:
                spans += _two_laws(text, *more.span("name"))
                end = more.end("name")
    return [(_after_particle(text, start, end), end) for start, end in spans]


# 违反了药品管理法, 编制并公布重大行政决策事项目录: an aspect mark or a second verb before the name is no part of it
PARTICLE = re.compile("了|[并和及](?:组织)?(?:公布|发布|印发|实施|执行|落实|修订|制定)")  # (制定并组织实施…规范)


def _after_particle(text: str, start: int, end: int) -> int:
    """``start``, or past an aspect mark or a joined verb that opens the name (了药品管理法 -> 药品管理法).

    >>> _after_particle("违反了药品管理法", 2, 8), _after_particle("编制并公布事项目录", 2, 9)
    (3, 5)
    """
    m = PARTICLE.match(text, start, end)
    return m.end() if m is not None and end - m.end() >= 2 else start


LAW_JOINED = re.compile("(?<=法|例|典)[和及](?=[\u4e00-\u9fff]{2})")  # (依据水法和河道管理条例, 民法典和本条例: two)


def _two_laws(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of a name cited, or of the two laws it joins (水法和河道管理条例: 水法, 河道管理条例).

    >>> text = "依据水法和河道管理条例"
    >>> [text[s:e] for s, e in _two_laws(text, 2, 11)]
    ['水法', '河道管理条例']
    """
    joint = LAW_JOINED.search(text, start, end)
    if joint is None or joint.start() - start < 2:
        return [(start, end)]
    return [(start, joint.start()), (joint.end(), end)]


class TitleFinder:
    """Find document titles in a Doc."""

    def __init__(self, *, kinds: dict[str, str], names: dict[str, str]) -> None:
        self.kinds = kinds
        # 中央八项规定, 监察法: documents everyone cites by name without 《》
        self.names = fast_start(f"(?<!《)(?:{trie_regex(names)}){_LONGER_TITLE}") if names else None

    def __call__(self, doc: Doc) -> Doc:
        add_found(doc, self.find(doc_text(doc), places=doc_places(doc)))
        return doc

    def find(self, text: str, *, places: list[tuple[int, int]] | None = None) -> list[Found]:
        """Titles, title lines, 关于…的通知 phrases, document numbers and newspapers named without 《》 in
        ``text``; ``places``: known place-name spans."""
        lines = self._title_lines(text)
        titles = bracketed(text)  # (once: the cited names below are tested against them too)
        # (a title inside a title line is a document of its own: 关于印发《…》的通知)
        found = [self._title(text, s, e)._replace(nested=any(t.start < s and e < t.end for t in lines)
                                                  or SUPPLEMENT.match(text, e + 1) is not None)
                 for s, e in titles if e - s >= 2 and not work_of_art(text, s, e)]
        found += [self._title(text, s - 1, m.end())._replace(name=text[s:e] + m.group())
                  for s, e in titles if (m := SUPPLEMENT.match(text, e + 1)) is not None]
        found += lines
        # 《…关于印发〈某办法〉的通知》: the title inside a title is a document of its own
        found += [self._title(text, m.start(1), m.end(1))._replace(nested=True)
                  for s, e in titles if "〈" in text[s:e] for m in INNER_TITLE.finditer(text, s, e)]
        found += [self._title(text, m.start(), m.end()) for m in _ABOUT.finditer(text)]
        # 关于印发青禾市物业管理办法的通知: the document issued, named unmarked inside the notice's title
        found += [self._title(text, m.start("inner"), m.end("inner"))._replace(nested=True)
                  for f in found if f.end - f.start > 12 for m in ISSUED_INSIDE.finditer(text, f.start, f.end)]
        # (听取了省政府关于…的报告: a report a meeting hears or reviews, named by what it is about)
        found += [self._title(text, start, end) for start, end in heard_reports(text)]
        found += [Found(start, end, "DOC", "number") for start, end in doc_numbers(text)]
        found += [Found(m.start(), m.end(), "DOC", "number" if text[m.end() - 1] == "号" else "ruling")
                  for m in CASE_NUMBER.finditer(text)]
        found += [Found(m.start(), m.end(), "DOC", "self") for m in SELF_REFERENCE.finditer(text)]
        found += [self._title(text, start, end) for start, end in named_after_verb(text)]
        found += [Found(start, end, "DOC", "newspaper") for start, end in unmarked_newspapers(text, places)]
        if self.names is not None:  # (a name cited inside a title is one too: 《关于…落实中央八项规定精神…的措施》)
            found += [self._title(text, (start := placed_name(text, m, places or [])), m.end())._replace(
                nested=any(s <= start and m.end() < e for s, e in titles)) for m in self.names.finditer(text)
                if not acronym_as_modifier(text, m)]
        found += [self._title(text, start, end) for start, end in put_in_force(text)]
        found += [self._title(text, m.start(), m.end()) for m in FIVE_YEAR_PLAN.finditer(text)]
        return [_without_batch(text, f) for f in found + list(self._its_supplements(text, found))]

    def _its_supplements(self, text: str, found: list[Found]) -> Iterator[Found]:
        """What carries out a document named right before 及其 (中央八项规定及其实施细则: the 实施细则 of the
        规定), named after that document."""
        for doc in found:
            end = doc.end + (text[doc.end : doc.end + 1] == "》")
            if text.startswith("及其", end) and (kind := SUPPLEMENT.match(text, end + 2)) is not None:
                name = (doc.name or text[doc.start : doc.end].strip("《》")) + kind.group()
                yield self._title(text, kind.start(), kind.end())._replace(name=name)

    def _title(self, text: str, start: int, end: int) -> Found:
        return Found(start, end, "DOC", document_kind(text[start:end], self.kinds))

    def _title_lines(self, text: str) -> list[Found]:
        return [self._title(text, start, end) for start, end in title_lines(text)]

NATIONWIDE = ("中华人民共和国", "中国共产党", "中共中央", "中央", "国务院", "全国", "国家")


_LEVELLED = re.compile(r"[\u4e00-\u9fff]{2}[省市县区州旗]")  # a place the gazetteer may lack (青禾县)


def placeless_title(title: str) -> bool:
    """Whether a title says nothing of whose it is (关于…的实施意见, 实施方案): many places issue one of that title.

    >>> placeless_title("关于加强审计整改的实施意见"), placeless_title("关于青禾县加强审计整改的实施意见")
    (True, False)
    >>> placeless_title("中共中央关于党的建设的决定"), placeless_title("青禾县优化营商环境若干措施")
    (False, False)
    """
    if title.startswith(NATIONWIDE) or not (title.startswith("关于") or len(title) <= 8):
        return False
    return not load_gazetteer().find(title) and not _LEVELLED.search(title)


@Language.factory("kg_titles", default_config={"kinds": {"@misc": "kg.document_kinds.v1"},
                                               "names": {"@misc": "kg.document_names.v1"}}, assigns=["doc.spans"])
def make_titles(nlp: Language, name: str, *, kinds: dict[str, str], names: dict[str, str]) -> TitleFinder:
    """Factory of the ``kg_titles`` component."""
    return TitleFinder(kinds=kinds, names=names)
