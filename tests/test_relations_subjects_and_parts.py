"""Relations whose actor is a list with its leaders (县委、县政府主要领导) or whose part is named by what it belongs to
(市人民政府对所属有关部门), on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc


def relations(nlp, text):
    record = extract_doc(nlp(text), source="t.txt")
    return sorted((r.head.name, r.type, r.tail.name) for r in record.relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("渭源县委、县政府主要领导挂帅，建立了河湖长制。",
         [("渭源县委", "ESTABLISHED", "河湖长制"), ("渭源县政府", "ESTABLISHED", "河湖长制")]),
        ("青禾县委、政府主要负责同志带头，建立了林长制。",
         [("政府", "ESTABLISHED", "林长制"), ("青禾县委", "ESTABLISHED", "林长制")]),
        ("青禾县委主要负责同志讲话，强调落实河湖长制。", []),  # a person speaks: no body acts
    ],
)
def test_a_list_of_bodies_before_their_leaders_acts_whole(nlp, text, expected):
    assert relations(nlp, text) == expected


def test_what_belongs_to_the_body_before_it_is_part_of_it(nlp):
    text = "市人民政府对所属有关部门进行考核；区人民政府对下属有关部门进行考核。"
    assert relations(nlp, text) == [("区人民政府下属有关部门", "PART_OF", "区人民政府"),
                                    ("市人民政府所属有关部门", "PART_OF", "市人民政府")]


def test_a_class_named_after_its_body_is_part_of_it(nlp):
    assert relations(nlp, "区人民政府所属有关部门负责实施。") == [("区人民政府所属有关部门", "PART_OF", "区人民政府")]


def test_a_numbered_unit_named_bare_after_its_sibling_belongs_to_the_siblings_body(nlp):
    text = "县纪委监委第一派驻纪检监察组紧盯重点场所；第八派驻纪检监察组会同公安机关开展检查。"
    assert relations(nlp, text) == [
        ("县纪委监委第一派驻纪检监察组", "PART_OF", "县纪委监委"),
        ("县纪委监委第八派驻纪检监察组", "COOPERATES_WITH", "公安机关"),
        ("县纪委监委第八派驻纪检监察组", "PART_OF", "县纪委监委"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委第一巡察组进驻县教育局，第二巡察组进驻县卫健局。", ["市委第一巡察组", "市委第二巡察组"]),
        ("第二巡察组进驻县卫健局。", ["第二巡察组"]),  # no sibling: the unit as written
        ("市委第一巡察组进驻县教育局。\n第二巡察组进驻县卫健局。", ["市委第一巡察组", "第二巡察组"]),  # a new paragraph
        ("用好第二次科考成果。", []),  # 第二次: an event counted
    ],
)
def test_a_numbered_unit_takes_its_siblings_body_in_its_paragraph(nlp, text, expected):
    record = extract_doc(nlp(text), source="t.txt")
    assert [e.name for e in record.entities if e.type == "ORG" and "第" in e.name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人民政府组织、指导、协调相关部门开展工作。", [("市人民政府", "LEADS", "相关部门")]),
        ("省纪委监委指导、督促全系统各级纪检监察机构开展检查。", [("省纪委监委", "LEADS", "全系统各级纪检监察机构")]),
        ("市纪委监委负责指导县纪委监委。", [("市纪委监委", "LEADS", "县纪委监委")]),
        ("市委对县委巡察办的工作进行指导。", [("市委", "LEADS", "县委巡察办")]),
        ("市纪委监委督促指导县纪委监委开展工作。", [("市纪委监委", "LEADS", "县纪委监委")]),  # verbs with no 、
        # the body led comes after another body's supervision (在人大监督下), which leads nobody
        ("在市委坚强领导下，在市人大监督下，市中级人民法院坚持能动司法。", [("市委", "LEADS", "市中级人民法院")]),
        # a report's closing call: 让我们…在省委坚强领导下 (the body that reports is led)
        ("河北省人民政府工作报告\n让我们在省委坚强领导下，接续奋斗。", [("河北省委", "LEADS", "河北省人民政府")]),
        # classes of bodies of several levels, or of a level with those it stands for
        ("市纪委监委指导各县区纪委监委开展工作。", [("市纪委监委", "LEADS", "各县区纪委监委")]),
        ("省纪委监委指导县（市、区）纪委监委开展工作。", [("省纪委监委", "LEADS", "县(市、区)纪委监委")]),  # (names normalised)
        ("市委巡察办统筹指导各县区委巡察办开展工作。", [("市委巡察办", "LEADS", "各县区委巡察办")]),
        # the one guided is the subject, the one after 接受 guides it (not the reverse)
        ("县委巡察办接受市委巡察办指导。", [("市委巡察办", "LEADS", "县委巡察办")]),
        ("市委巡察办要求县委巡察办加强指导。", []),  # told to guide someone: nobody is led here
    ],
)
def test_leads_through_a_series_of_verbs_adverbs_and_对_phrases(nlp, text, expected):
    assert [r for r in relations(nlp, text) if r[1] == "LEADS"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乡镇（街道）党委要建立工作台账。", ["乡镇（街道）党委"]),
        ("市县政府要加强统筹。", ["市县政府"]),
        ("青禾县区位优势明显。", []),  # a place and a word: no levels listed
        # a regulation's bare courts, procuratorates and committees of residents are classes
        ("公安机关、人民检察院、人民法院应当建立信息共享机制。", ["公安机关", "人民检察院", "人民法院"]),
        ("街道办事处应当指导居民委员会设立人民调解委员会。", ["居民委员会", "人民调解委员会"]),
        ("青禾市人民法院、柳溪村村民委员会参加。", []),  # named ones: bodies
    ],
)
def test_bodies_of_several_levels_are_one_class(nlp, text, expected):
    classes = [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG" and s._.kg_generic]
    assert classes == expected


@pytest.mark.parametrize("text", ["纪检监察机构建立了机制。", "全系统各级纪检监察机构建立了工作机制。"])
def test_a_verb_is_never_read_across_the_end_of_a_body(nlp, text):
    doc = nlp(text)  # 机构建立: no 构建 there, so no mechanism 立了机制
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and s.text.startswith("立")] == []


DUTIES = """第六条　县级以上人民政府信访工作机构履行下列职责：
（一）受理、交办、转送信访人提出的信访事项；
（二）对下级人民政府信访工作机构、本级人民政府其他工作部门的有关工作进行指导；
（三）建立信访工作联席会议制度；
（四）制定信访工作规范。
"""


def test_a_list_of_duties_is_what_the_class_before_it_does(nlp):
    assert relations(nlp, DUTIES) == [
        ("县级以上人民政府信访工作机构", "ESTABLISHED", "信访工作联席会议制度"),
        ("县级以上人民政府信访工作机构", "ISSUED", "信访工作规范"),
        ("县级以上人民政府信访工作机构", "LEADS", "下级人民政府信访工作机构"),
        ("县级以上人民政府信访工作机构", "LEADS", "本级人民政府其他工作部门"),
        ("县级以上人民政府信访工作机构", "PART_OF", "县级以上人民政府"),
    ]


def test_a_class_named_as_a_sentence_subject_is_no_topic_without_a_list(nlp):
    text = "县级以上人民政府信访工作机构负责受理信访事项。\n（一）建立信访工作联席会议制度。"
    assert [r for r in relations(nlp, text) if r[1] == "ESTABLISHED"] == []


@pytest.mark.parametrize("text", ["第十二条 市人民政府应当建立联席会议制度。", "第十二条市人民政府应当建立联席会议制度。"])
def test_an_article_number_stands_before_the_subject(nlp, text):
    assert relations(nlp, text) == [("市人民政府", "ESTABLISHED", "联席会议制度")]


def test_a_verb_before_a_body_stays_out_of_its_name(nlp):
    doc = nlp("预算工作委员会承担市人大常委会的日常工作。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and "承担" in s.text] == []


def test_the_organiser_leads_the_bodies_it_organises(nlp):
    text = "区人民政府组织区有关部门、乡镇街道等单位建立预警机制。"
    assert [r for r in relations(nlp, text) if r[1] == "LEADS"] == [
        ("区人民政府", "LEADS", "乡镇街道"), ("区人民政府", "LEADS", "区有关部门")]
    assert relations(nlp, "区人民政府组织开展专项检查。") == []  # 组织开展: no body organised


def test_组织_in_a_list_of_departments_is_no_verb(nlp):
    text = "市委巡察机构与组织、宣传、政法、机关工委等部门贯通协同。"
    assert [r for r in relations(nlp, text) if r[1] == "LEADS"] == []


def test_a_verb_before_a_body_is_no_part_of_its_name(nlp):
    doc = nlp("形成报告，体现市委巡察办的意见。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and s.text.startswith("体现")] == []


def test_a_news_agency_dateline_is_no_subject(nlp):
    text = "新华社青禾11月12日电（记者林晓）两年前，这里建立了跨省协作机制。"
    assert relations(nlp, text) == []
    # the agency acting in a sentence of its own still acts
    assert relations(nlp, "新华社发布《新闻报道规范》。") == [("新华社", "ISSUED", "新闻报道规范")]


def test_a_body_that_calls_itself_wo_ting_is_the_we_of_its_text(nlp):
    text = ("——省农业农村厅负责人答记者问\n问：请介绍起草过程。\n答：省人民政府确定由我厅牵头起草。"
            "我们会同省财政厅建立了农村集体资产监管协作机制。\n")
    got = relations(nlp, text)
    assert ("省农业农村厅", "ESTABLISHED", "农村集体资产监管协作机制") in got
    assert ("省农业农村厅", "COOPERATES_WITH", "省财政厅") in got
    assert not [r for r in got if r[0] == "省人民政府"]  # the government named first is not who speaks


@pytest.mark.parametrize(
    "text",
    [
        "崇岭省委、省政府诚恳接受督察组反馈意见。",  # no 省政府诚恳接受督察组
        "枣林社区党委则组织社区居民委员会召开议事会。",  # no 社区党委则组织社区居民委员会
    ],
)
def test_a_name_does_not_run_across_a_verb_or_an_adverb(nlp, text):
    names = [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]
    assert not [n for n in names if any(w in n for w in ("接受", "则组织"))], names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇党委设立镇综治中心，下设矛盾调处室、心理服务室和视频监控室。",
         [("镇党委", "ESTABLISHED", "镇综治中心"), ("心理服务室", "PART_OF", "镇综治中心"),
          ("矛盾调处室", "PART_OF", "镇综治中心"), ("视频监控室", "PART_OF", "镇综治中心")]),
        ("专班下设综合协调组和线索督办组。",
         [("线索督办组", "PART_OF", "专班"), ("综合协调组", "PART_OF", "专班")]),
        # a township's offices of the county's agencies, named by the township
        ("县司法局枣林司法所、县税务局东关税务所参加。",
         [("县司法局枣林司法所", "PART_OF", "县司法局"), ("县税务局东关税务所", "PART_OF", "县税务局")]),
    ],
)
def test_units_set_up_inside_a_body_are_its_parts(nlp, text, expected):
    assert relations(nlp, text) == sorted(expected)


def test_those_a_rule_binds_are_no_body_carried_over(nlp):
    text = "国家市场监督管理总局发布《直播电商规定》。平台经营者应当建立先行赔付制度。"
    assert relations(nlp, text) == [("国家市场监督管理总局", "ISSUED", "直播电商规定"),
                                    ("平台经营者", "ESTABLISHED", "先行赔付制度")]  # the class bound, not the body
    # 或者 is no 者 (审计署……出具审计意见书或者作出审计决定)
    text = "审计署在职权范围内，出具审计意见书或者印发《审计决定书》。"
    assert relations(nlp, text) == [("审计署", "ISSUED", "审计决定书")]


def test_the_body_on_a_report_byline_is_its_reporter(nlp):
    text = ("关于2025年度省级预算执行的审计工作报告（摘要）\n——在省人民代表大会常务委员会第九次会议上\n甘肃省审计厅\n"
            "\n一、部门预算执行审计情况\n审计了省教育厅、省交通运输厅等38个省级部门。\n")
    got = relations(nlp, text)
    assert ("甘肃省审计厅", "INSPECTS", "甘肃省教育厅") in got  # (省教育厅 of the province the text is about)
    assert ("甘肃省审计厅", "INSPECTS", "甘肃省交通运输厅") in got


def test_a_team_named_in_full_then_by_the_end_of_its_name_is_one_body(nlp):
    text = "两县公安局组建青澜河联合执法队。联合执法队5月检查了鑫源砂石有限公司。"
    assert ("青澜河联合执法队", "INSPECTS", "鑫源砂石有限公司") in relations(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市司法局指导全市1560个人民调解委员会开展排查。", [("市司法局", "LEADS", "人民调解委员会")]),
        ("第十二条　区人民法院、区司法行政部门应当指导人民调解委员会开展调解工作。",
         [("区人民法院", "LEADS", "人民调解委员会"), ("区司法行政部门", "LEADS", "人民调解委员会")]),
        ("第十一条　公安派出所应当与居民委员会联动。", [("公安派出所", "COOPERATES_WITH", "居民委员会")]),
        ("街道办事处应当设立社区治理服务中心。", [("街道办事处", "ESTABLISHED", "社区治理服务中心")]),
    ],
)
def test_a_regulation_duties_of_classes_of_bodies(nlp, text, expected):
    assert relations(nlp, text) == sorted(expected)


def test_what_a_meeting_decides_its_host_does(nlp):
    text = ("5月14日，省长林立主持召开省政府第四十七次常务会议，传达学习国务院常务会议精神。"
            "会议决定，成立由分管副省长任组长的省农村供水保障工作领导小组，领导小组办公室设在省水利厅。")
    got = relations(nlp, text)
    assert ("省政府", "ESTABLISHED", "省农村供水保障工作领导小组") in got  # not 国务院, whose meeting is studied
    assert ("省农村供水保障工作领导小组办公室", "PART_OF", "省农村供水保障工作领导小组") in got
    assert ("省农村供水保障工作领导小组办公室", "PART_OF", "省水利厅") in got


def test_a_body_after_zhao_kai_and_a_team_office(nlp):
    assert relations(nlp, "县委组织召开县委常委会会议。") == [("县委常委会", "PART_OF", "县委")]
    assert relations(nlp, "省防汛抗旱指挥部办公室加强统筹调度。") == [
        ("省防汛抗旱指挥部办公室", "PART_OF", "省防汛抗旱指挥部")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("兰州海关是海关总署所属的直属海关。", [("兰州海关", "PART_OF", "海关总署")]),
        ("市税务局隶属于国家税务总局。", [("市税务局", "PART_OF", "国家税务总局")]),
        ("市税务局与国家税务总局开展合作。", []),
    ],
)
def test_a_body_said_to_belong_to_another(nlp, text, expected):
    assert [r for r in relations(nlp, text) if r[1] == "PART_OF"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政协提案委员会参加。", [("市政协提案委员会", "PART_OF", "市政协")]),
        ("市政协主席会议研究提案。", [("市政协主席会议", "PART_OF", "市政协")]),
        ("省人大常委会法制工作委员会参加。",
         [("省人大常委会", "PART_OF", "省人民代表大会"), ("省人大常委会法制工作委员会", "PART_OF", "省人大常委会")]),
    ],
)
def test_a_chamber_committees_named_freely_are_its_parts(nlp, text, expected):
    assert relations(nlp, text) == sorted(expected)


def test_a_partner_named_with_yu_in_the_clause_before_lian_he(nlp):
    text = "省生态环境厅与省公安厅建立行政执法与刑事司法衔接机制，联合开展专项执法行动。"
    assert ("省生态环境厅", "COOPERATES_WITH", "省公安厅") in relations(nlp, text)
    assert not [r for r in relations(nlp, "省生态环境厅建立衔接机制，联合开展执法。") if r[1] == "COOPERATES_WITH"]


def test_what_is_to_be_done_together_is_stated_like_what_was_done(nlp):
    # (session 27: annotators count what bodies will do together; the sentence is the evidence)
    assert set(relations(nlp, "下一步，商务部将会同中国人民银行建立定期调度机制。")) == {
        ("商务部", "COOPERATES_WITH", "中国人民银行"), ("商务部", "ESTABLISHED", "定期调度机制"),
        ("中国人民银行", "ESTABLISHED", "定期调度机制")}


def test_counted_teams_named_by_more_than_their_bare_head_are_set_up(nlp):
    assert relations(nlp, "县纪委监委组建3个联合监督组。") == [("县纪委监委", "ESTABLISHED", "联合监督组")]
    assert relations(nlp, "县委组建8个巡察组。") == []  # teams by their bare head: a kind, in the plural


def test_companies_an_organ_inspects_as_its_own_belong_to_its_institution(nlp):
    text = ("青禾省交通投资集团有限公司纪委聚焦物资采购开展监督。在具体监督中，集团纪委采取“飞行检查”方式，"
            "对所属青禾路桥建设有限公司、青禾交投物流有限公司开展检查。")
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "PART_OF"]
    assert ("青禾路桥建设有限公司", "PART_OF", "青禾省交通投资集团有限公司") in found
    assert ("青禾交投物流有限公司", "PART_OF", "青禾省交通投资集团有限公司") in found


def test_companies_a_team_visits_belong_to_no_team(nlp):
    text = "巡察组分别对集团所属青禾路桥建设有限公司进行常规巡察，走访下属景区运营公司。"
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "PART_OF"]
    assert not [r for r in found if r[2] == "巡察组"]


def test_an_office_housed_with_us_is_part_of_the_body_whose_account_it_is(nlp):
    text = "云岭市应急管理局2024年工作总结\n一、主要工作\n市安委会办公室设在我局，负责日常工作。\n"
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "PART_OF"]
    assert ("市安委会办公室", "PART_OF", "云岭市应急管理局") in found
    text = "云岭市应急管理局2024年工作总结\n一、主要工作\n市安委会办公室设在我委，负责日常工作。\n"  # another kind
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "PART_OF"]
    assert ("市安委会办公室", "PART_OF", "云岭市应急管理局") not in found


def test_a_body_said_to_be_one_of_anothers_units_is_part_of_it(nlp):
    doc = nlp("市养老服务指导中心作为市民政部门所属事业单位，承担具体工作。")
    found = [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations]
    assert ("市养老服务指导中心", "PART_OF", "市民政部门") in found
    doc = nlp("市养老服务指导中心作为市民政部门的合作伙伴，承担具体工作。")  # no unit of it
    assert not [r for r in doc._.kg_relations if r[0].text == "市养老服务指导中心" and r[1] == "PART_OF"]
