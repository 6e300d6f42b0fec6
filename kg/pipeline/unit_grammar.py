"""The grammar of a body's units: what follows a body's name to name one of its offices, teams or branches.

市委巡察办第一巡察组, 省委组织部干部三处, 市纪委监委第二监督检查室, 县公安局交警大队, 北京市公安局朝阳分局,
南湖大学附属第一医院, 驻省教育厅纪检监察组: :func:`unit_grammar` gives the regular expressions (as source) that
:class:`~kg.pipeline.institutions.InstitutionFinder` joins into its grammar.

Examples
--------
>>> import re
>>> grammar = unit_grammar({"unit": ["巡察办", "巡察组"]}, place="(?:天水市)", stems_seq="(?:财政)",
...                        units="(?:巡察办|巡察组)", weak="(?:局)")
>>> units = re.compile(f"(?:{grammar.segment})+")
>>> units.match("省委组织部干部三处", 5).group(), units.match("市委巡察办第一巡察组", 5).group()
('干部三处', '第一巡察组')
"""

from __future__ import annotations

from typing import NamedTuple

from kg.pipeline.anchors import guarded
from kg.pipeline.lexicons import BOUNDARY_WORDS
from kg.pipeline.name_repairs import ACTS_ON_BODIES
from kg.pipeline.names import ORDINAL
from kg.pipeline.spans import HAN, trie_regex

# Units that are sub-units of a government agency: they give PART_OF edges (第一大队 → 交通运输局).
SUB_UNITS = ("中队", "大队", "支队", "分局", "派出所", "科", "处", "所", "站")
# the ones named by a place or number in front (会川中队, 城东派出所, 枣林司法所)
AGENCY_SUB_UNITS = (*SUB_UNITS[:5], "司法所", "财政所", "税务所", "市场监管所", "自然资源所", "供电所")
# 水利厅厅属单位: a head after the same head is the owner's word (厅属, 局属), no unit of its own
REPEAT = "(?![厅局部委办署](?<=厅厅|局局|部部|委委|办办|署署))"

# what a body finds in, or does to, another (市审计局发现该中心, 检查组检查市…医院): never inside a name
WHAT_BODIES_DO = "发现|支援|检查(?![组室处科站队])|通报(?![组室处科站队中])"
# verbs that set work up (推行, 建立…): never inside a body's free description
SETS_UP_WORK = ("推行", "实行", "建立", "健全", "探索", "开展", "出台", "印发")


class UnitGrammar(NamedTuple):
    """Sources of the unit grammar's regular expressions."""

    segment: str  # one unit after a body (or a meeting, a campus, a stationed team…)
    numbered_unit: str  # a numbered office or team with its description (…监督检查室)
    court_unit: str  # a court's numbered tribunal (民事审判第一庭)
    department: str  # a place's department by its domain (…审计部门)
    free: str  # a character of a free description (no verb on a body, no particle)
    free_and: str  # the same, 和 allowed inside (农业与农村委员会)


def unit_grammar(heads: dict[str, list[str]], *, place: str, stems_seq: str, units: str, weak: str) -> UnitGrammar:
    """The unit grammar for the lexicon's ``heads``, the gazetteer's ``place``, the domains ``stems_seq`` and the
    unit and weak heads ``units``, ``weak`` (regular expression sources)."""
    # 交警支队, 交通警察支队 (not 与区公安分局: another body, joined)
    # (not 市生态环境局要求各分局: a verb or 各 before the units of a class)
    # (县公安局所属白鹭派出所: the station belongs to the bureau, two bodies)
    # (not 县公安局在全县派出所, 县公安局推行派出所…: a preposition or a verb of work before the kind)
    sub_unit = (f"(?:(?![与和及同各还在对向把将为以等的了全]|要求|督促|指导|组织|会同|联合|统筹|联动|整合|带动"
                f"|[所下直]属|{'|'.join(SETS_UP_WORK)})[{HAN}]){{2,4}}?"
                f"(?:{'|'.join(AGENCY_SUB_UNITS)})")
    # 市口腔医院梅江院区, 南湖大学东湖校区: a hospital's or a university's campus; 南湖大学生态大数据实验室: its lab
    # (新疆财经大学阿勒泰校区, 南湖大学岱川研究院, 紫云山实验室青禾基地: a campus, institute or base named by a place)
    campus = (f"(?:(?<=[院校学])(?:{place}|[{HAN}]{{2,4}}?)(?:院区|校区|分院|分校)"
              f"|(?<=大学|学院)(?:{place})研究院|(?<=实验室)(?:{place}|[{HAN}]{{2,4}}?)(?:基地|分中心)(?![{HAN}]?[长员])"
              # 省人民医院南院, …口腔医院白鹭医院: a hospital's branches
              # (not 县医院达到三级医院: a grade a hospital reaches)
              # (not 县中医院为牵头医院: what the hospital serves as)
              f"|(?<=医院)(?:[东南西北]院|(?:(?![与和及同级为是在对向把将的了由]|达到|成为|作为|牵头)[{HAN}]){{2,4}}?医院)"
              # a court's tribunals and its enforcement bureau
              f"|(?<=法院|中院|高院)(?!所属|下属|直属|设立|成立|组建|设置)"
              f"(?:执行局|立案庭|审判管理办公室|[^\\W\\d_的了在对向把将为以等和]{{2,8}}?(?:审判庭|人民法庭|法庭))"
              f"|(?<=察院)(?:派驻)?[^\\W\\d_的了在对向把将为以等和]{{0,6}}?检察室"  # 县检察院派驻检察室
              "|(?<=政府)常务会议"  # 市政府常务会议: the government's executive meeting, a body of it
              f"|(?<=大学|学院)附属[^\\W\\d_的了在对向把将为以等和]{{0,6}}?医院"  # 青禾医科大学附属第一医院
              # 南湖大学白鹭医院, 南湖大学第二医院: a university's hospital named without 附属
              f"|(?<=大学)(?!附属)(?:第[一二三四五六七八九十]|[^\\W\\d_的了在对向把将为以等和与及、]{{2}})医院"
              f"|(?<=大学|学院)(?!联合|会同|协同|配合)(?:{place})?[^\\W\\d_与和及的了在对向把将为以共建设立等]{{2,12}}?"
              f"(?:重点实验室|实验室|研究生院|研究院|研究所|中心(?![城区])|(?:工程|科学|[学文理])系(?![统列数])))"
              # (…大学就业指导中心, …大学深圳国际研究生院, …大学水利水电工程系)
              # 南湖大学科学技术处, …学院审计处: a university's administrative office
              f"|(?<=大学|学院)(?!联合|会同|协同|配合)[^\\W\\d_与和及的了在对向把将为以共建设立等]{{2,6}}?处"
              "(?![理置罚分于在长])"
              # 南湖师范大学地理科学学院: a university's college
              f"|(?<=大学)(?!联合|会同|协同|配合)[^\\W\\d_与和及的了在对向把将为以共建设立等各]{{1,8}}?学院(?![长士])")
    # 第三监督检查室, 第二巡察组: a numbered office or team with a free description (no particle: 第一时间向局党组;
    # 第一时间成立由党组…: 第一时间 says when)
    numbered_unit = (f"(?!时间)(?:(?![的了在对向把将为以与和及等由])[{HAN}]){{0,6}}?"
                     "(?:室|组|(?<![查惩判论相并调])处|科|庭|中队|大队|支部|检察部|检察厅|稽查局|研究所|研究院)"
                     "(?![长员成织]|(?<=组)建(?!立)|(?<=处)[理置罚])")  # (第一时间处置: no office)
    # (执法大队二中队: a brigade's squads numbered without 第)
    court_unit = f"(?:刑事|民事|行政|商事|审判监督)审判{ORDINAL}庭"  # (a court's 民事审判第一庭)
    numbered = f"(?:{ORDINAL}{numbered_unit}|(?<=[大支]队)[一二三四五六七八九十]{{1,2}}中队|{court_unit})"
    # 驻省教育厅纪检监察组: a discipline team stationed in another body belongs to the sending commission (so
    # does an office stationed elsewhere: 审计署驻…特派员办事处)
    stationed_heads = "纪检监察组|纪检组|监察专员办公室|特派员办事处|特派办|办事处|联络处|代表处"  # (…组织驻华代表处)
    stationed = (f"(?:派?驻(?:{place}|[省市县区])?[{HAN}]{{1,12}}?(?:{stationed_heads})|派驻纪检监察组"
                 f"|(?<=审计署)(?:{place})+(?:特派员办事处|特派办))")  # (审计署长沙特派员办事处)
    # (…审计部门, …数据主管部门, …教育行政部门: a place's department by its domain)
    department = f"{stems_seq}(?:行政主管|主管|行政管理|行政|监督管理)?部门"
    # (社区党组织领导居民委员会: 领导 a body is a verb; 领导小组, 领导班子 are names)
    # (县推行村务监督委员会主任列席…制度: a verb setting work up ends the place's clause, no name goes across it)
    no_verb = ("(?!" + trie_regex(sorted(set(ACTS_ON_BODIES) - {"指导"} | set(SETS_UP_WORK)))
               + "|指导(?![科处股司])|领导(?!小组|班子|干部)|(?<![党会])组织(?![部科处股人]))")
    # (业务指导科: an office's name; 街道办事处组织社区居民委员会: a body the office calls, 党组织, 社会组织 names)
    not_free = "的了在对向把将各要是为以及或等书记任长则均都也又还已曾拟被"
    # (经济责任审计科: 任 after 责 is no post taken)
    free = f"(?:{no_verb}(?:(?<=责)任|[^\\W\\d_与和{not_free}]))"
    # (农业与农村委员会; not 和 before another body: 市纪委监委领导和市委…领导小组 is two)
    free_and = f"(?:{no_verb}(?!和[省市县区州]委)(?:(?<=责)任|[^\\W\\d_{not_free}]))"
    # 省委组织部干部三处, 市卫健委医政医管处, 市财政局预算科, 区卫健委党建办: a department's internal office
    # (业务指导科, 组织科: the verb as the office's own last word)
    # (not 市审计局发现该中心, 医保局检查组检查市第二人民医院: what a body finds or checks)
    # (not 县民政局借助县融媒体中心: what a body works through is another body)
    not_in_office = ("(?!会同|联合|配合|协同|会商|督促|(?:指导|协调|组织)(?![科处股])|牵头|要求|推动|所属|下属|直属"
                     "|依托|借助|凭借|通过"
                     f"|承担|负责|作为|设立|成立|建立|对|向|由|该|{WHAT_BODIES_DO})")
    in_office = f"(?:{not_in_office}{free})"
    in_office_and = f"(?:{not_in_office}{free_and})"  # (食品药品和环境犯罪侦查支队)
    # (not 已立案查处, 严肃惩处: what a body does to a case)
    # (资源节约和环境保护处: two fields joined by 和, not 和 before another place's body)
    offices = (f"{in_office}(?:(?![和与及][省市县区州]){in_office_and}){{1,9}}?"
               "(?:[一二三四五六七八九十]?(?<![惩判论相并调])(?<!(?<!稽)查)处"  # (稽查处)
               "(?![理分置罚于在长])"
               f"|科(?![学技研普长员级室协])|股(?![份东票权长]))")  # 干部三处, 预算科
    units_named = (f"稽查局|(?![省市县区与和及]){in_office_and}{{2,12}}?"
                   f"(?:总队|支队|大队|中心(?![城区])|办公室(?![主副]))"  # 食品药品和环境犯罪侦查支队
                   # 县财政局预算绩效管理工作领导小组 (not 县财政局会签乡村振兴工作领导小组: no verb in it)
                   f"|(?:(?!{trie_regex(sorted(w for w in BOUNDARY_WORDS if len(w) > 1))}){in_office_and})"
                   "{2,12}?领导小组")
    # 党建办 (not 查办, 督办: what a body does)
    short_office = f"{in_office}{{2,3}}?(?<![查督承交转主协代合举创开兴包严快即速])办(?![法理公事案学好实结成])"
    # (…分行征信管理科: a bank's; …协调小组国际追逃追赃工作办公室: a group's)
    internal = guarded(f"(?:(?<=[部厅局委办署])|(?<=管委会)|(?<=分行)|(?<=支行)|(?<=小组))"
                       f"(?:{offices}|{units_named}|{short_office})"
                       f"|(?<=管委会){in_office}{{2,8}}?局(?![长级])"  # 开发区管委会经济发展局
                       # 县委办公室法规室, 市政府办公室秘书科: an office's own sections
                       # (not 县委办公室会议室: a room)
                       f"|(?<=办公室){in_office}{{2,6}}?(?:(?<!会议|接待|档案|阅览|值班|谈话|活动|调解)室|科)"
                       "(?![长主副任员学技研普协])"
                       # 集团法律合规部, 公司党群工作部: a company's own department
                       # 市总工会劳动和经济工作部, 市妇联权益部: a people's organisation's department
                       "|(?:(?<=集团|公司|分行|妇联|科协|文联|侨联|残联)|(?<=总工会|联合会|工商联|团市委|团省委|团县委"
                       f"|团区委)){in_office_and}{{2,8}}?(?<![全内外局干总])部(?![门署分长队位件落级际共])")
    # 水利部部务会议, 省财政厅厅务会议: a department's meeting of its leaders, a body of its own (as 主任会议)
    meeting = "(?:(?<=部)部|(?<=局)局|(?<=厅)厅|(?<=署)署|(?<=委)委)务会议"
    # 北京市公安局朝阳分局, 森林消防总队普洱支队, 深圳市税务局南山区税务局: a unit named by a place below its body's
    # (国家统计局青岛调查队: the bureau's survey team in a place)
    placed_unit = (f"(?:(?:(?<=局)|(?<=总队)|(?<=支队))(?:{place})+(?:监管)?(?:分局|支队|大队|派出所|调查队)"
                   "(?![长员])"
                   f"|(?<=税务局)(?:{place})+税务局(?![长员]))")
    segment = (f"(?:{meeting}|(?:{ORDINAL})?{stems_seq}?(?:{units}|(?<=[{HAN}]){REPEAT}{weak})"
               f"|(?:{ORDINAL}){units}"
               f"|{numbered}|{stationed}|{sub_unit}|{placed_unit}|{campus}|{department}|{internal})")
    return UnitGrammar(segment, numbered_unit, court_unit, department, free, free_and)
