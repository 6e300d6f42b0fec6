"""Mechanisms: quoted names with heads, quoted practices after verbs, headed descriptions, set phrases."""

from __future__ import annotations

import pytest

from kg.pipeline.lexicons import is_generic
from tests.conftest import spans_of


def named(doc) -> list[str]:
    """The mechanisms kg names (not generic), in text order."""
    return [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and not s._.kg_generic]


def generic(doc) -> list[str]:
    """The generic mechanisms (kinds of work, descriptions of a 体系 or 格局), in text order."""
    return [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区纪委探索建立“双交办”机制。", ["“双交办”机制"]),
        ("推行“一码通查”模式。", ["“一码通查”模式"]),
        ("全面推行“马上办”“网上办”。", ["“马上办”", "“网上办”"]),
        ("坚持边巡边改，推动立行立改。", ["边巡边改", "立行立改"]),
        ("建立巡审联动工作制度。", ["巡审联动工作制度"]),
        ("落实意识形态工作责任制。", ["意识形态工作责任制"]),
        ("采取“看、听、查”的方法。", ["“看、听、查”"]),
        ("推行“一次告知、一表申请”。", ["“一次告知、一表申请”"]),  # parallel four-character phrases may be practices
        ("建立防止返贫动态监测和帮扶机制。", ["防止返贫动态监测和帮扶机制"]),  # 和 inside the object of 建立
        ("推行“马上就办”工作机制。", ["“马上就办”工作机制"]),  # a slogan named as a mechanism is one
        ("全面推行河湖长制，落实林长制。", ["河湖长制", "林长制"]),
        ("推动形成“大监督”格局。", ["“大监督”格局"]),  # quoted: a name though most of it is a generic word
        ("建立劳动争议诉调对接机制。", ["劳动争议诉调对接机制"]),  # 对 starts 对接 here, no boundary
        ("完善以案促改制度。", ["以案促改制度"]),
        ("完善矛盾纠纷排查和化解机制。", ["矛盾纠纷排查和化解机制"]),
        ("建立约谈提醒、督办通报、挂牌整改等工作机制。", ["约谈提醒", "督办通报", "挂牌整改"]),
    ],
)
def test_mechanisms_found(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize(
    "text",
    [
        "完善工作机制和管理制度。",  # bare generic words
        "建立协作配合机制。",  # only generic words before the head
        "切实扛起“第一责任人”责任。",  # a role in quotes
        "做好“后半篇文章”。",  # a metaphor after a verb that puts nothing to work
        "抓铁有痕，踏石留印。",  # a slogan
        "坚持“抓铁有痕、踏石留印”，推动整改落地。",  # nationwide slogans in quotes, after a practice verb
        "坚持“钉钉子”精神。",  # said to be a spirit
        "强化“一竿子插到底”的韧劲。",
    ],
)
def test_mechanisms_negatives(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


def test_mechanisms_inside_a_title_belong_to_the_title(nlp):
    doc = nlp("印发《市审计局与市财政局协作机制》。")
    assert spans_of(doc, "MECH") == []


def test_mechanisms_title_that_sets_one_up_names_it_only_where_the_text_names_it_again(nlp):
    # (the annotated texts name the document, not the mechanism inside its title: 21 of 28 such titles)
    assert spans_of(nlp("印发《关于建立“双随机”抽查机制的通知》。"), "MECH") == []
    doc = nlp("印发《关于建立“双随机”抽查机制的通知》，全面推行“双随机”抽查机制。")
    assert spans_of(doc, "MECH") == ["“双随机”抽查机制"]


@pytest.mark.parametrize(("stem", "generic"), [("工作联系", True), ("长效管理", True), ("河湖长", False)])
def test_mechanisms_generic_stems(stem, generic):
    assert is_generic(stem) is generic


@pytest.mark.parametrize("text", ["探索新的发展模式。", "健全党和国家治理体系。", "建立长效管理机制。"])
def test_mechanisms_descriptions_made_of_generic_words_are_not_names(nlp, text):
    assert named(nlp(text)) == []


@pytest.mark.parametrize(("text", "expected"), [("建立健全工程项目管理制度。", ["工程项目管理制度"]),
                                                ("完善数据共享机制。", ["数据共享机制"])])
def test_mechanisms_descriptions_keep_words_with_function_characters(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委建立巡察成果运用协作机制。", ["巡察成果运用协作机制"]),
        ("县纪委建立信息通报会商机制。", ["信息通报会商机制"]),
        ("市政府建立重大事项研究部署机制。", ["重大事项研究部署机制"]),
        ("区委巡察办建立巡察与审计协作配合机制。", ["巡察与审计协作配合机制"]),
        ("区委巡察办与区审计局建立协作配合机制。", []),  # 与 joins the bodies; the rest is generic
        ("会议研究部署巡察整改机制。", ["巡察整改机制"]),  # nothing between the verbs: 研究部署 is the verb
    ],
)
def test_mechanisms_descriptions_run_across_verbs_used_as_nouns(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize("text", ["推动监督工作法治化。", "坚持制度治党。", "完善工作法规。"])
def test_mechanisms_head_starting_another_word_is_no_head(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各单位坚持边查边改、立行立改。", ["边查边改", "立行立改"]),
        ("青禾县推行首问负责制和限时办结制。", ["首问负责制", "限时办结制"]),
        ("持续开展明察暗访。", ["明察暗访"]),
    ],
)
def test_mechanisms_nationwide_terms_from_the_lexicon(nlp, text, expected):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们扎实开展群众身边不正之风集中整治。", ["群众身边不正之风集中整治"]),  # a body's own account
        ("县政府实施稻米提质工程，", ["稻米提质工程"]),
        ("开展校园安全专项整治工作方案的编制。", ["专项整治"]),  # the plan is no campaign (only the lexicon's kind)
    ],
)
def test_mechanisms_named_campaigns_after_the_verb_that_starts_them(nlp, text, expected):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == expected


# -- kinds of work, units, campaign heads ----------------------------------------------------------------------


def test_mechanisms_kinds_of_work_are_generic(nlp):
    doc = nlp("县纪委监委加强日常监督，依法办理行政复议案件。")
    assert (named(doc), generic(doc)) == ([], ["日常监督", "行政复议"])


@pytest.mark.parametrize("text", ["县纪委监委党风政风监督室主任介绍。", "县纪委成立专项督查组。"])
def test_mechanisms_field_of_a_unit_is_no_mechanism(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县扎实开展学习贯彻青禾精神主题教育。", ["学习贯彻青禾精神主题教育"]),
        ("我们推动全县违规吃喝问题专项整治。", ["违规吃喝问题专项整治"]),  # the scope word is no part of the name
    ],
)
def test_mechanisms_bare_campaign_head_takes_its_description(nlp, text, expected):
    assert named(nlp(text)) == expected


# -- quotes ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "坚持“四个放在”，实现“三个全覆盖”。",  # numbered formulas
        "严格落实“四水四定”原则。",  # a principle
        "打响“青禾礼物”品牌。",  # a brand
        "坚持“稳、进、高、新”工作思路。",  # a line of thinking
        "全力推进“七大攻坚”。",  # a numbered set of tasks
        "防艾工作实现“3个95%”。",  # a target
        "跑出令人瞩目的创新“加速度”。",  # 创新 after 的 is a noun
    ],
)
def test_mechanisms_quoted_goals_formulas_brands_are_not_practices(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县倡导“光盘行动”，持续推进“五项惠民行动”。", ["“光盘行动”", "“五项惠民行动”"]),  # a head inside
        ("县纪委制定政商交往“正面清单”和“负面清单”。", ["“正面清单”", "“负面清单”"]),  # lists, joined by 和
        ("织密“线上+线下”监督网络。", ["“线上+线下”"]),  # a coinage with +
        ("推广“135”“246”等联农带农机制。", ["“135”", "“246”"]),  # figures listed as mechanisms
        ("深入实施“揭榜挂帅”、“赛马制”等攻关模式。", ["“揭榜挂帅”", "“赛马制”"]),
        ("线下运用“‘室组地’片区协作+多部门联动”机制。", ["“‘室组地’片区协作+多部门联动”机制"]),  # a quote inside
        ("青禾县实行“每周一调度、每旬一督查、每月一通报、每季一考评”。",
         ["“每周一调度、每旬一督查、每月一通报、每季一考评”"]),  # a long list of short phrases
        ("通过‘纪巡审’优势互补、‘市县乡’三级联动提升质效。", ["‘市县乡’三级联动"]),
        ("发挥“室组地”联合办案优势。", ["“室组地”联合办案"]),
        ("“综合查一次”改革、“无证明城市”建设深入推进。", ["“综合查一次”改革", "“无证明城市”建设"]),  # a chain
    ],
)
def test_mechanisms_quoted_practices(nlp, text, expected):
    assert named(nlp(text)) == expected


def test_mechanisms_quote_with_a_clause_before_the_head_names_no_head(nlp):
    assert "“扩中”为重点的收入分配制度" not in named(nlp("深化以“扩中”为重点的收入分配制度改革。"))


# -- heads and descriptions --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_generic"),
    [
        ("完善住房供应体系，加快构建开放格局。", ["住房供应体系", "开放格局"]),
        ("构建“1+N”政策体系和人才政策体系。", ["人才政策体系"]),
    ],
)
def test_mechanisms_system_described_only_by_its_field_is_generic(nlp, text, expected_generic):
    assert generic(nlp(text)) == expected_generic


@pytest.mark.parametrize(("text", "expected"), [("构建“1+N”政策体系。", ["“1+N”政策体系"]),
                                                ("构建1+N人才政策体系。", ["1+N人才政策体系"])])
def test_mechanisms_system_with_a_figure_is_named(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "完善良性市场机制。",  # an evaluative word and a field
        "深化主流媒体系统性变革。",  # 体系 inside 媒体系统
        "推进制度型开放。",
        "把权力关进制度笼子。",
        "推进一批制度创新。",
        "完善防治作风问题的制度机制。",  # two generic heads
        "督促有关部门新建制度。",  # a body and a verb
        "支持保税维修、再制造、二手车出口等新业态新模式。",  # a list of businesses, not of practices
    ],
)
def test_mechanisms_head_words_that_name_nothing(nlp, text):
    assert named(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委建立3项巡察整改制度。", ["巡察整改制度"]),  # a figure and its classifier are no part of it
        ("建立巡察制度和整改机制。", ["巡察制度", "整改机制"]),  # two heads: two mechanisms
        ("建立健全节点监督检查、典型案例通报机制。", ["节点监督检查", "典型案例通报机制"]),  # items share the head
        ("建立闭环落实机制。", ["闭环落实机制"]),  # a verb used as a noun before the head
    ],
)
def test_mechanisms_boundaries_of_headed_names(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县人大常委会建立预算审查前听取代表和群众意见的机制。", ["预算审查前听取代表和群众意见的机制"]),
        ("建立完善绩效评价结果与预算安排和政策调整挂钩机制。", ["绩效评价结果与预算安排和政策调整挂钩机制"]),
        ("省委建立违反工作纪律问题查处情况季度通报制度。", ["违反工作纪律问题查处情况季度通报制度"]),
        ("完善促进消费长效机制。", ["促进消费长效机制"]),
        ("推动建立实施巡审联动工作机制。", ["巡审联动工作机制"]),  # 实施 puts it to work, no part of the name
    ],
)
def test_mechanisms_whole_object_of_a_verb_that_sets_one_up(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("形成党委领导、政府负责、社会协同、公众参与的基层治理格局。", ["党委领导、政府负责、社会协同、公众参与的基层治理格局"]),
        ("坚持以人民为中心，教育优先、就业优先、健康优先的民生格局。", ["教育优先、就业优先、健康优先的民生格局"]),
    ],
)
def test_mechanisms_formula_of_four_character_phrases_names_the_head(nlp, text, expected):
    assert named(nlp(text)) == expected


# -- campaigns, lists, objects -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("启动实施新一轮民心工程。", ["新一轮民心工程"]),  # a verb in front is cut
        ("启动建设南北通道等工程。", []),  # a list of projects names none
        ("实施转变作风、下沉一线专题行动。", ["转变作风、下沉一线专题行动"]),
        ("全面展开山区公路、城乡供水、老旧小区三大工程。", ["山区公路、城乡供水、老旧小区三大工程"]),
        ("滚动实施好标志性工程。", ["标志性工程"]),
    ],
)
def test_mechanisms_campaign_boundaries(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委制定基层减负事项清单。", ["基层减负事项清单"]),
        ("县委形成工作清单。", []),  # only generic words
        ("研究制定出台正面清单。", ["正面清单"]),  # 出台 is no part of it
        ("推行企业开办全程网上办理。", ["企业开办全程网上办理"]),
        ("推行免费学前教育政策，实行更加积极的开放战略。", []),  # policies and strategies
    ],
)
def test_mechanisms_objects_of_verbs_that_make_or_enforce_them(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚持边查边改、立行立改、严查严改。", ["边查边改", "立行立改", "严查严改"]),
        ("坚持边学边改、学做结合、常抓常新。", []),  # no known practice among them
    ],
)
def test_mechanisms_four_character_phrases_listed_with_known_practices(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动更多关联事项“集成办”、异地事项“跨域办”。", ["“集成办”", "“跨域办”"]),  # how a matter is handled
        ("通过“债贷结合”方式支持项目。", ["“债贷结合”"]),  # said to be a way of working
        ("学习运用“千万工程”经验。", ["“千万工程”"]),
        ("开展“企业服务年”行动。", ["“企业服务年”行动"]),  # a year in a quote is a name with a head
    ],
)
def test_mechanisms_quotes_that_say_how_work_is_done(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize("text", ["少说“不好办”。", "扩围实施“两新”政策。", "迎来“丰收年”。"])
def test_mechanisms_quotes_that_are_no_practice(nlp, text):
    assert named(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进“总校制”和体教融合改革。", ["“总校制”"]),  # the head belongs to what 和 joins
        ("推进“无证明省份”建设等改革。", ["“无证明省份”"]),  # one of those listed before 等
    ],
)
def test_mechanisms_quote_before_a_coordinated_head_is_the_quote_alone(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完善问题收集、办理、反馈闭环管理机制。", ["问题收集、办理、反馈闭环管理机制"]),  # steps of one
        ("健全和落实预警叫应机制。", ["预警叫应机制"]),  # 和 joins the verbs, not the name
        ("健全深化山海协作机制。", ["山海协作机制"]),  # 深化 acts on it
    ],
)
def test_mechanisms_lists_and_verbs_in_front_of_a_head(nlp, text, expected):
    assert named(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "奋力谱写机制活、产业优的新篇章。",  # said to be lively: no head
        "优化在青求学、实习就业等制度安排。",  # 制度安排 is one word
        "完善市场经济、民主法治等体制机制。",  # fields of a system, not practices
        "攻坚“七个专项行动”。",  # a count of campaigns names none
    ],
)
def test_mechanisms_no_named_mechanism(nlp, text):
    assert named(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县政府推行街长制，实行民生实事项目人大代表票决制。", ["街长制", "民生实事项目人大代表票决制"]),
        ("县纪委监委开展交叉互查，推行任前廉政谈话。", ["交叉互查", "任前廉政谈话"]),
        ("县法院深化诉调对接和行政争议实质性化解。", ["诉调对接", "行政争议实质性化解"]),
    ],
)
def test_mechanisms_nationwide_terms_added_by_domain(nlp, text, expected):
    assert named(nlp(text)) == expected


def test_mechanisms_a_list_joined_by_和_before_one_head_distributes(nlp):
    doc = nlp("县纪委监委建立问题线索移送、联合审查和结果反馈机制。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH"] == ["问题线索移送", "联合审查", "结果反馈机制"]
    steps = nlp("完善问题收集、办理和反馈闭环机制。")  # steps of one mechanism: one
    assert [s.text for s in steps.spans["kg"] if s.label_ == "MECH"] == ["问题收集、办理和反馈闭环机制"]


def test_mechanisms_campaigns_listed_after_one_verb_are_each_named(nlp):
    doc = nlp("县委开展党纪学习教育和作风建设专项行动。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH"] == ["党纪学习教育", "作风建设专项行动"]
    assert [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations] == [
        ("县委", "ESTABLISHED", "党纪学习教育"), ("县委", "ESTABLISHED", "作风建设专项行动")]


def test_mechanisms_a_known_system_is_no_generic_kind(nlp):
    doc = nlp("健全社会治安整体防控体系，构建现代化产业体系。")
    assert [(s.text, s._.kg_generic) for s in doc.spans["kg"] if s.label_ == "MECH"] == [
        ("社会治安整体防控体系", False), ("现代化产业体系", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市纪委监委探索“室组地”联动监督。", "“室组地”联动监督"),
        ("县纪委监委深化“纪巡审”协同监督。", "“纪巡审”协同监督"),
        ("推动“市县乡”三级联动。", "“市县乡”三级联动"),
    ],
)
def test_a_quoted_name_of_who_works_together_then_how_and_what_they_do(nlp, text, name):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == [name]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("四家单位定期召开联席会议，通报工作进展。", ["联席会议"]),  # held as a regular practice
        ("每季度召开联席会议研判风险。", ["联席会议"]),
        ("在青禾市召开首次联席会议。", []),  # a meeting held once
        ("每年召开一次联席会议。", []),  # meetings counted
        ("县法院、县检察院召开联席会议。", []),  # a meeting the two hold (their cooperation)
        ("全年召开联席会议3次。", []),  # meetings counted
        ("市长出席联席会议。", []),  # a meeting attended
    ],
)
def test_a_joint_meeting_held_regularly_is_a_practice_one_held_once_a_meeting(nlp, text, found):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == found
