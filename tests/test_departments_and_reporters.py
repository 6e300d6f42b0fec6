"""A place's department by its domain (省数据主管部门, 市人民政府教育行政部门), a work report's congress by the
government that reads the report, and the party's name before a place the gazetteer lacks; on sentences written for
these tests (fictional places)."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from tests.conftest import relations_of as relations
from tests.conftest import spans_of


@pytest.mark.parametrize(
    ("text", "named", "generic"),
    [
        # a place's department by its domain, with what it does to it (主管, 行政, 监督管理): one named body
        ("省数据主管部门负责统筹。", ["省数据主管部门"], []),
        ("北京市审计部门和北京市自然资源主管部门负责统筹。", ["北京市审计部门", "北京市自然资源主管部门"], []),
        ("市社会信用工作主管部门负责统筹。", ["市社会信用工作主管部门"], []),
        ("市水行政主管部门会同有关部门编制规划。", ["市水行政主管部门"], ["有关部门"]),
        # without a place, or with a class marker, a class of departments
        ("数据主管部门负责统筹。", [], ["数据主管部门"]),
        ("北京市各级审计部门负责统筹。", [], ["北京市各级审计部门"]),
        ("北京市有关部门负责统筹。", [], ["北京市有关部门"]),
        ("县级以上人民政府卫生健康主管部门负责监督。", [], ["县级以上人民政府", "县级以上人民政府卫生健康主管部门"]),
    ],
)
def test_a_department_by_its_domain_after_a_place_is_that_places(nlp, text, named, generic):
    doc = nlp(text)
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and not s._.kg_generic] == named
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and s._.kg_generic] == generic


def test_a_governments_department_is_part_of_it_and_its_short_name_one_body(nlp):
    text = ("河北省政务数据条例\n第七条 省人民政府政务数据主管部门（以下简称省数据主管部门）负责全省政务数据管理工作。\n"
            "第八条 省数据主管部门应当会同省网信部门建立政务数据安全监测预警机制。")
    record = extract_doc(nlp(text), source="t.txt")
    names = {e.name: sorted(m.text for m in e.mentions) for e in record.entities if e.type == "ORG"}
    department = next(n for n, ms in names.items() if "省数据主管部门" in ms)
    assert "省人民政府政务数据主管部门" in names[department]
    triples = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    assert (department, "PART_OF", "河北省人民政府") in triples
    assert (department, "ESTABLISHED", "政务数据安全监测预警机制") in triples
    assert (department, "COOPERATES_WITH", "河北省网信部门") in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party's name is not part of the county's, but of the committee's (中共青禾县委, as with a known place)
        ("中共青禾县委召开常委会会议。", ["中共青禾县委"]),
        ("在中共青禾市委的坚强领导下，我们完成了任务。", ["中共青禾市委"]),
        ("现在，我代表青禾市人民政府，向大会报告工作。", ["青禾市人民政府", "大会"]),
        ("中共中央印发通知。", ["中共中央"]),  # no place after 中共
        ("人大代表提出建议。", []),  # 代表 before no level character
    ],
)
def test_a_party_or_a_reporter_before_a_place_the_gazetteer_lacks(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


def test_a_work_reports_congress_is_that_of_the_government_reading_it(nlp):
    # a city's report: 大会 and a bare 人大 are the city's congress, not its province's
    text = ("各位代表：\n现在，我代表儋州市人民政府，向大会报告工作。\n我们主动接受人大监督，加强与市政协的联系。")
    names = {e.name for e in extract_doc(nlp(text), source="t.txt").entities if e.type == "ORG"}
    assert {"儋州市人民政府", "儋州市人大", "儋州市政协"} <= names
    assert "海南省人大" not in names
    # a province's report: the province's congress
    text = "各位代表：\n现在，我代表河北省人民政府，向大会报告工作，请予审议。"
    assert "河北省人大" in {e.name for e in extract_doc(nlp(text), source="t.txt").entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind of body a rule binds, at the head of an article or clause, before its modal verb
        ("第九条 供水单位应当建立水质检验制度。", [("供水单位", "ESTABLISHED", "水质检验制度")]),
        ("农村集体经济组织应当建立民主理财制度。", [("农村集体经济组织", "ESTABLISHED", "民主理财制度")]),
        ("信用服务机构应当建立信用信息安全管理制度和内部控制制度。",
         [("信用服务机构", "ESTABLISHED", "信用信息安全管理制度"), ("信用服务机构", "ESTABLISHED", "内部控制制度")]),
        # the subject before 与 and the partner at the same level both set it up
        ("县级以上地方人民政府农业农村主管部门应当与同级纪检监察机关建立问题线索移送机制。",
         [("县级以上地方人民政府农业农村主管部门", "PART_OF", "县级以上地方人民政府"),
          ("县级以上地方人民政府农业农村主管部门", "ESTABLISHED", "问题线索移送机制"),
          ("同级纪检监察机关", "ESTABLISHED", "问题线索移送机制")]),
        # the levels by their full names make one class, and its department the class of theirs
        ("省、自治区、直辖市人民政府农业农村主管部门可以会同财政部门制定规则。",
         [("省、自治区、直辖市人民政府农业农村主管部门", "PART_OF", "省、自治区、直辖市人民政府"),
          ("省、自治区、直辖市人民政府农业农村主管部门", "COOPERATES_WITH", "财政部门")]),
        ("设区的市、县（市、区）人民政府水行政主管部门编制规划。",
         [("设区的市、县（市、区）人民政府水行政主管部门", "PART_OF", "设区的市、县（市、区）人民政府")]),
    ],
)
def test_the_actors_of_a_rule(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各单位应当加强管理。", []),  # a class marker: found as a class, or not at all, never by this rule
        ("经批准的单位可以参加。", []),  # no kind of body at the head of the clause
        ("市供水总公司负责供水。", ["市供水总公司"]),  # a body found there is no class
    ],
)
def test_no_rule_actor_where_a_body_or_no_kind_stands(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause before a nationwide system's name is no part of it; a short qualifier is
        ("统筹解决社会信用体系建设中的重大问题。", ["社会信用体系"]),
        ("监督管理全市社会信用体系建设工作。", ["社会信用体系"]),
        ("健全基层应急管理体系。", ["基层应急管理体系"]),
        # a system one builds is no second head inside a name
        ("建立社会信用体系建设工作协调机制。", ["社会信用体系建设工作协调机制"]),
    ],
)
def test_a_systems_name_after_a_clause(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department's internal office, named after it, is PART_OF it
        ("省委组织部干部三处参加。", [("省委组织部", "PART_OF", "省委"), ("省委组织部干部三处", "PART_OF", "省委组织部")]),
        ("市卫健委医政医管处牵头。", [("市卫健委医政医管处", "PART_OF", "市卫健委")]),
        ("市财政局预算科负责审核。", [("市财政局预算科", "PART_OF", "市财政局")]),
        ("区卫健委党建办负责。", [("区卫健委党建办", "PART_OF", "区卫健委")]),
        # no office: what a body does (处理, 查办, 会同…)
        ("市财政局依法处理。", []),
        ("拓展空中物流、应急处突等应用场景。", []),  # 处突: handling emergencies, no office
        ("市纪委严肃处理。", []),
        ("市纪委与市监委联合查办案件。", [("市纪委", "COOPERATES_WITH", "市监委")]),
        # 学校财务处: the university's finance division, a body of its own working with its commission
        ("南湖大学纪委会同学校财务处建立制度。", [("南湖大学纪委", "PART_OF", "南湖大学"), ("学校财务处", "PART_OF", "南湖大学"),
                                          ("南湖大学纪委", "COOPERATES_WITH", "学校财务处")]),
    ],
)
def test_a_departments_internal_office(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote listing short phrases, a known practice among them: one name
        ("纪检监察组按照“一案一总结、一案一整改”要求督促整改。", ["“一案一总结、一案一整改”"]),
        ("实现“一窗受理、集成服务”。", ["“一窗受理、集成服务”"]),
        ("坚持“抓铁有痕、踏石留印”。", []),  # slogans, no practice
    ],
)
def test_a_quoted_list_with_a_known_practice_is_one_name(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize(
    ("text", "org", "doc"),
    [
        ("北京市第一中级人民法院审理此案。", ["北京市第一中级人民法院"], []),  # an ordinal court of a place
        ("市第一纪委开会。", [], []),  # an ordinal before no court
        ("崇礼县政府召开会议。", ["崇礼县政府"], []),  # the former county of a district, never 礼县
        ("礼县政府召开会议。", ["礼县政府"], []),
        ("市纪委市监委联合开展检查。", ["市纪委市监委"], []),  # the commission by both its names: one body
        ("在人大、政协监督支持下，市政府完成任务。", ["人大", "政协", "市政府"], []),
        # works of art and shows in 《》 are no documents
        ("观看电视剧《青山作证》和歌曲《南湖之歌》。", [], []),
        ("推出《廉洁南湖》文艺节目。", [], []),
        ("印发《南湖市节目管理办法》。", [], ["南湖市节目管理办法"]),
    ],
)
def test_issue_examples_of_bodies_and_titles(nlp, text, org, doc):
    parsed = nlp(text)
    assert (spans_of(parsed, "ORG"), spans_of(parsed, "DOC")) == (org, doc)


def test_a_commission_by_both_names_is_one_entity_with_its_place(nlp):
    record = extract_doc(nlp("天水市纪委市监委发布通报。市纪委市监委要求各地加强监督。"), source="t.txt")
    assert [(e.name, sorted(m.text for m in e.mentions)) for e in record.entities] == [
        ("天水市纪委市监委", ["天水市纪委市监委", "市纪委市监委"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在市委的领导下，县委开展工作。", [("市委", "LEADS", "县委")]),
        ("在县委的领导下，市委开展工作。", []),  # a county's body leads no city's
        ("在省委的坚强领导下，南湖市纪委监委开展工作。", [("省委", "LEADS", "南湖市纪委监委")]),
        ("在中央政治局的领导下，党中央开展工作。", []),  # nothing leads the Centre
        ("市委巡察办指导县委巡察办开展工作。",
         [("市委巡察办", "PART_OF", "市委"), ("县委巡察办", "PART_OF", "县委"), ("市委巡察办", "LEADS", "县委巡察办")]),
        ("县委巡察办指导市委巡察办开展工作。", [("县委巡察办", "PART_OF", "县委"), ("市委巡察办", "PART_OF", "市委")]),
    ],
)
def test_leads_goes_down_the_levels(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "mech"),
    [
        ("采取“县委巡察组+乡镇纪委+村务监督委员会”协作模式。", ["“县委巡察组+乡镇纪委+村务监督委员会”协作模式"]),
        ("推动构建不敢骗、不能骗、不想骗的长效机制。", ["不敢骗、不能骗、不想骗的长效机制"]),  # three-character phrases
        ("形成党委领导、政府负责、社会协同的治理格局。", ["党委领导、政府负责、社会协同的治理格局"]),
        ("推行建筑工地扬尘“红黄绿”分级管控。", ["“红黄绿”分级管控"]),
        ("市纪委监委向市医疗保障局制发纪检监察建议书。", []),  # a document, not the practice of recommendations
    ],
)
def test_mechanisms_by_formula_and_quote(nlp, text, mech):
    assert spans_of(nlp(text), "MECH") == mech


def test_what_is_made_for_a_recipient_is_issued_by_the_maker(nlp):
    doc = nlp("市纪委监委向市医疗保障局制发纪检监察建议书。")
    assert relations(doc) == [("市纪委监委", "ISSUED", "纪检监察建议书")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of nothing but partners joins them to the subject for the next clause
        ("市纪委监委牵头，联合市审计局和市财政局，组建3个联合检查组。",
         [("市纪委监委", "COOPERATES_WITH", "市审计局"), ("市纪委监委", "COOPERATES_WITH", "市财政局"),
          ("市纪委监委", "ESTABLISHED", "联合检查组"), ("市审计局", "ESTABLISHED", "联合检查组"),
          ("市财政局", "ESTABLISHED", "联合检查组")]),
        # ... and for each clause after it in the sentence
        ("县纪委监委牵头，会同县审计局，共同会签《协作办法》，建立“1+1”协作机制。",
         [("县纪委监委", "COOPERATES_WITH", "县审计局"), ("县纪委监委", "ISSUED", "协作办法"),
          ("县审计局", "ISSUED", "协作办法"), ("县纪委监委", "ESTABLISHED", "“1+1”协作机制"),
          ("县审计局", "ESTABLISHED", "“1+1”协作机制")]),
        # a partners' clause with its own verb keeps them to it
        ("市纪委监委牵头，联合市审计局开展检查，组建3个联合检查组。",
         [("市纪委监委", "COOPERATES_WITH", "市审计局"), ("市纪委监委", "ESTABLISHED", "联合检查组")]),
        # a team named with a quote is set up as a body, not a practice
        ("市纪委监委组建4个“室组地”联合监督组。", [("市纪委监委", "ESTABLISHED", "“室组地”联合监督组")]),
        ("推行“室组地”联合监督。", []),
    ],
)
def test_partners_and_teams_set_up(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body built together with a partner, or set up under a level and a description, is set up
        ("南湖市人民政府与中国科学院共建南湖生态环境研究中心。",
         [("南湖市人民政府", "ESTABLISHED", "南湖生态环境研究中心"), ("中国科学院", "ESTABLISHED", "南湖生态环境研究中心")]),
        ("市应急管理局牵头组建市综合应急救援支队。", [("市应急管理局", "ESTABLISHED", "市综合应急救援支队")]),
        ("推进共建共享，共建美丽家园。", []),  # no body built
    ],
)
def test_bodies_built_together_or_by_level(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第六条 县级人民政府可以设立农村供水管理机构，负责运行和维护。",
         [("县级人民政府", "ESTABLISHED", "农村供水管理机构")]),
        # domains listed before one competent-department head: each its own class, the verb before them no domain
        ("县级人民政府应当组织水行政、卫生健康等主管部门编制应急预案。",
         [("县级人民政府", "LEADS", "水行政"), ("县级人民政府", "LEADS", "卫生健康"),
          ("水行政", "ISSUED", "应急预案"), ("卫生健康", "ISSUED", "应急预案")]),
    ],
)
def test_bodies_set_up_and_domains_listed_in_a_rule(nlp, text, expected):
    assert relations(nlp(text)) == expected


def test_domains_listed_before_a_head_are_named_with_it(nlp):
    record = extract_doc(nlp("县级人民政府应当组织水行政、卫生健康等主管部门编制预案。"), source="t.txt")
    assert sorted(e.name for e in record.entities if e.type == "ORG") == ["卫生健康主管部门", "县级人民政府", "水行政主管部门"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body after 在 is where, or under whom, the subject acts: not the actor
        ("县法院在县委政法委指导下建立案件质量共同评查机制。",
         [("县委政法委", "PART_OF", "县委"), ("县委政法委", "LEADS", "县法院"), ("县法院", "ESTABLISHED", "案件质量共同评查机制")]),
        # (what is set up at a body is housed there: 设在, PART_OF)
        ("县公安局在县看守所设立刑事案件执法办案管理中心。",
         [("刑事案件执法办案管理中心", "PART_OF", "县看守所"), ("县公安局", "ESTABLISHED", "刑事案件执法办案管理中心")]),
    ],
)
def test_a_body_after_zai_is_no_actor(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省人大农业与农村委员会提前介入。", [("省人大农业与农村委员会", "PART_OF", "省人大")]),
        ("县检察院派驻检察室、县法院速裁法庭同步入驻。",
         [("县检察院派驻检察室", "PART_OF", "县检察院"), ("县法院速裁法庭", "PART_OF", "县法院")]),
        ("市市场监督管理局稽查局开展检查。", [("市市场监督管理局稽查局", "PART_OF", "市市场监督管理局")]),
        ("市公安局食品药品和环境犯罪侦查支队开展检查。",
         [("市公安局食品药品和环境犯罪侦查支队", "PART_OF", "市公安局")]),
        ("省交通运输厅所属省公路事业发展中心负责养护。",  # (PART_OF by 所属: the centre's own name has no 厅)
         [("省公路事业发展中心", "PART_OF", "省交通运输厅")]),
    ],
)
def test_units_named_after_their_body(nlp, text, expected):
    assert relations(nlp(text)) == expected


def test_a_teams_bare_office_and_where_it_is(nlp):
    text = "局党组成立巡察整改工作领导小组，领导小组下设办公室，办公室设在局办公室，推行“一单三查”模式。"
    record = extract_doc(nlp(text), source="t.txt")
    names = {e.name: sorted(m.text for m in e.mentions) for e in record.entities if e.type == "ORG"}
    assert names["巡察整改工作领导小组办公室"] == ["办公室", "办公室"]
    triples = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    assert ("巡察整改工作领导小组办公室", "PART_OF", "巡察整改工作领导小组") in triples
    assert ("巡察整改工作领导小组办公室", "PART_OF", "局办公室") in triples
    # the office that says where it is does not set up what the next clause sets up
    assert not any(h == "巡察整改工作领导小组办公室" and r == "ESTABLISHED" for h, r, _ in triples)


@pytest.mark.parametrize(
    ("text", "org", "doc", "mech"),
    [
        # a public service unit named from its place, and a bureau's office named after it
        ("湖南省郴州市市政公用设施维护服务中心在审核中搞形式。", ["湖南省郴州市市政公用设施维护服务中心"], [], []),
        ("推动郴州市建设区域性物流服务中心。", [], [], []),  # no unit: what a place builds
        ("湖北省麻城市城管执法局户外广告设置管理办公室违规要求投票。",
         ["湖北省麻城市城管执法局户外广告设置管理办公室"], [], []),  # (the bureau nested: PART_OF)
        ("四川省生态环境厅承担联席会议办公室职责。", ["四川省生态环境厅"], [], []),  # a verb: no office of its
        # the items of a list before a shared head, each whole (经 inside an item is no boundary)
        ("完善选题选人、经费支持、成果评价等机制。", [], [], ["选题选人", "经费支持", "成果评价"]),
        ("财政、预算、税务、财务和会计等规章制度。", [], [], []),  # fields, and two joined: no practices
        # works of art listed in 《》 before what they are
        ("《青山》《南湖谣》等精品剧目热播。", [], [], []),
        ("印发《南湖条例》《南湖办法》等文件。", [], ["南湖条例", "南湖办法"], []),
    ],
)
def test_units_lists_and_works_of_art(nlp, text, org, doc, mech):
    parsed = nlp(text)
    assert (spans_of(parsed, "ORG"), spans_of(parsed, "DOC"), spans_of(parsed, "MECH")) == (org, doc, mech)


def test_leads_under_coordination(nlp):
    doc = nlp("在县委政法委的统筹下，县法院建立了联席会议制度。")
    assert relations(doc) == [
        ("县委政法委", "PART_OF", "县委"), ("县委政法委", "LEADS", "县法院"), ("县法院", "ESTABLISHED", "联席会议制度")]


def test_leads_under_never_reaches_over_a_comma(nlp):
    doc = nlp("我们紧密团结在党中央周围，在县委统一领导下，县政府完成了全年任务。")
    assert relations(doc) == [("县委", "LEADS", "县政府")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause opening with 与 after the subject's clause: each partner works with the subject
        ("纪检监察组用好联合办案机制，与省纪委监委第五监督检查室、青禾市纪委监委联合查办案件。",
         [("省纪委监委第五监督检查室", "PART_OF", "省纪委监委"), ("纪检监察组", "COOPERATES_WITH", "省纪委监委第五监督检查室"),
          ("纪检监察组", "COOPERATES_WITH", "青禾市纪委监委")]),
        ("省审计厅推行审计整改制度，并与省委巡视办、省纪委监委贯通协同。",
         [("省委巡视办", "PART_OF", "省委"), ("省审计厅", "ESTABLISHED", "审计整改制度"),
          ("省审计厅", "COOPERATES_WITH", "省委巡视办"), ("省审计厅", "COOPERATES_WITH", "省纪委监委")]),
        # 对 inside a word is no boundary of a name
        ("省审计厅推行审计整改对账销号制度。", [("省审计厅", "ESTABLISHED", "审计整改对账销号制度")]),
    ],
)
def test_partners_of_a_clause_opening_with_yu(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 三机关, 双方: the bodies just named together, when they are as many
        ("县法院、县检察院、县公安局召开联席会议。三机关建立了案件质量评查机制。",
         [("县法院", "ESTABLISHED", "案件质量评查机制"), ("县检察院", "ESTABLISHED", "案件质量评查机制"),
          ("县公安局", "ESTABLISHED", "案件质量评查机制"), ("县法院", "COOPERATES_WITH", "县检察院"),
          ("县法院", "COOPERATES_WITH", "县公安局")]),
        # three named as two: nobody set it up (the meeting they hold together is their cooperation)
        ("县法院、县检察院召开联席会议。三机关建立了案件质量评查机制。", [("县法院", "COOPERATES_WITH", "县检察院")]),
    ],
)
def test_bodies_named_together_by_their_count(nlp, text, expected):
    assert set(relations(nlp(text))) == set(expected)


def test_terms_listed_as_fields_of_work_name_no_practice(nlp):
    text = "县人民检察院与县河长办在线索移送、调查取证、诉前磋商等方面协作配合。"
    assert spans_of(nlp(text), "MECH") == []
    assert spans_of(nlp("县人民检察院推行诉前磋商。"), "MECH") == ["诉前磋商"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street's, a zone's or the offices' discipline work committee (纪工委), like its party work committee
        ("柳湾街道纪工委开展监督。", ["柳湾街道纪工委"]),
        ("开发区纪工委、机关纪工委开展监督。", ["开发区纪工委", "机关纪工委"]),
        # a province's financial regulator by its local name
        ("河北省地方金融管理局开展检查。", ["河北省地方金融管理局"]),
        ("市地方金融监督管理局开展检查。", ["市地方金融监督管理局"]),
        # no body: a verb before a kind of company, a meeting named like a chamber of commerce
        ("为破解子公司纪检力量薄弱难题开展工作。", []),
        ("每月召开一次会商会。", []),
        ("行业协会商会应当加强自律。", ["行业协会商会"]),
    ],
)
def test_discipline_work_committees_and_financial_regulators(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


def test_a_sources_title_skips_page_buttons_and_a_headings_marks(nlp):
    text = "下载 打印 【字号：大 中 小】\n# 青禾县人民政府关于加强审计整改的实施意见\n县审计局抓好落实。\n"
    record = extract_doc(nlp(text), source="t.txt")
    assert record.title == "青禾县人民政府关于加强审计整改的实施意见"
    assert "青禾县人民政府关于加强审计整改的实施意见" in {e.name for e in record.entities if e.type == "DOC"}
    assert not any("#" in e.name or "打印" in e.name for e in record.entities)


def test_a_pronoun_before_a_kind_of_institution_names_none(nlp):
    assert spans_of(nlp("县委书记说：“我们公司建立了机制，我们学校也建立了。”"), "ORG") == ["县委"]


def test_a_dropped_subject_is_carried_within_its_paragraph_only(nlp):
    doc = nlp("青禾县纪委监委推行“双反馈”机制，建立巡察整改台账。\n建立问题清单制度。\n")
    assert relations(doc) == [
        ("青禾县纪委监委", "ESTABLISHED", "“双反馈”机制"), ("青禾县纪委监委", "ESTABLISHED", "巡察整改台账")]
    # the items of a list on lines of their own go on with the subject that introduced them
    doc = nlp("县信访局履行下列职责：\n（一）建立信访台账制度；\n（二）建立信访督办机制。\n")
    assert relations(doc) == [
        ("县信访局", "ESTABLISHED", "信访台账制度"), ("县信访局", "ESTABLISHED", "信访督办机制")]


def test_a_body_deploying_a_campaign_acts(nlp):
    doc = nlp("今年以来，市纪委监委部署开展“纠风治宴”专项行动。按照市委部署要求，县纪委建立协作机制。")
    assert relations(doc)[:1] == [
        ("市纪委监委", "ESTABLISHED", "“纠风治宴”专项行动")]
    assert not any(h.text == "市委" for h, _, _, _ in doc._.kg_relations)


def test_a_title_that_names_no_place_is_a_node_per_issuer(nlp):
    from kg.graph import build_graph

    texts = ["青禾县人民政府印发《关于加强审计整改的实施意见》。", "柳溪县人民政府印发《关于加强审计整改的实施意见》。",
             "市审计局贯彻《关于加强审计整改的实施意见》。"]
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])
    docs = sorted(n for n in G.nodes if n.startswith("DOC:"))
    assert len(docs) == 3  # each county's own, and the one cited with no issuer
    assert all(G.nodes[n]["name"] == "关于加强审计整改的实施意见" for n in docs)
    # a title naming its place, or a nationwide one, stays one node
    texts = ["青禾县人民政府转发《天水市审计整改办法》。", "柳溪县人民政府转发《天水市审计整改办法》。"]
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])
    assert [n for n in G.nodes if n.startswith("DOC:")] == ["DOC:天水市审计整改办法"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone the gazetteer lacks keeps its name before its body (a new area, a development zone)
        ("青岛西海岸新区纪委监委开展监督。", [("青岛西海岸新区纪委监委", False)]),
        ("苏州工业园区纪工委开展监督。", [("苏州工业园区纪工委", False)]),
        ("雄安新区管理委员会印发方案。", [("雄安新区管理委员会", False)]),
        ("各开发区纪委监委开展监督。", [("各开发区纪委监委", True)]),  # the class of them
        ("推进建设新区纪委监委。", []),  # a verb before the kind of zone: no name
    ],
)
def test_a_zone_keeps_its_name(nlp, text, expected):
    assert [(s.text, s._.kg_generic) for s in nlp(text).spans["kg"] if s.label_ == "ORG"] == expected


def test_a_figure_before_a_figure_names_another_practice(nlp):
    record = extract_doc(nlp("浙江推进“千万工程”，实施乡村人才“百千万”工程。"), source="t.txt")
    # (the campaign is named whole, its quote inside: 乡村人才“百千万”工程)
    assert sorted(e.name for e in record.entities if e.type == "MECH") == ["乡村人才百千万工程", "千万工程"]


def test_a_bodys_other_name_in_brackets_is_one_body(nlp):
    record = extract_doc(nlp("区卫健委党建办（组织科）牵头，区卫健委党建办负责。"), source="t.txt")
    names = {e.name: sorted(m.text for m in e.mentions) for e in record.entities if e.type == "ORG"}
    assert names["区卫健委党建办"] == ["区卫健委党建办", "区卫健委党建办", "组织科"]


def test_a_place_s_court_or_procuratorate_is_one_body_not_a_class(nlp):
    record = extract_doc(nlp("天水市人民检察院开展公益诉讼，定西市中级人民法院审理案件。人民法院应当依法审判。"),
                         source="t.txt")
    kinds = {e.name: e.generic for e in record.entities if e.type == "ORG"}
    assert kinds["天水市人民检察院"] is False and kinds["定西市中级人民法院"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人民检察院开展公益诉讼。", [("市人民检察院", False)]),  # a level's own procuratorate
        ("人民检察院应当依法监督。", [("人民检察院", True)]),  # every procuratorate
        ("县级以上人民检察院应当依法监督。", [("县级以上人民检察院", True)]),  # those of a level and above
    ],
)
def test_procuratorates_one_or_a_class(nlp, text, expected):
    assert [(s.text, s._.kg_generic) for s in nlp(text).spans["kg"] if s.label_ == "ORG"] == expected


def test_titles_listed_after_what_a_body_made_are_issued(nlp):
    doc = nlp("集团党委累计制定修订制度28项，主要包括：《集团公司招标采购管理规定》《子公司业务支出管理办法》。")
    assert relations(doc) == [("集团党委", "ISSUED", "集团公司招标采购管理规定"), ("集团党委", "ISSUED", "子公司业务支出管理办法")]
    # a colon that opens what a notice says lists nothing it made
    doc = nlp("县委印发通知：《关于加强巡察工作的意见》已经审议。")
    assert ("县委", "ISSUED", "关于加强巡察工作的意见") not in relations(doc)


def test_an_inspection_notices_list_after_a_colon(nlp):
    doc = nlp("市委第一巡察组对以下单位开展巡察：市财政局党组、市教育局党组。")
    assert [t for t in relations(doc) if t[1] == "INSPECTS"] == [
        ("市委第一巡察组", "INSPECTS", "市财政局党组"), ("市委第一巡察组", "INSPECTS", "市教育局党组")]
    doc = nlp("市委第一巡察组对以下问题开展巡察：财务管理不规范。")  # no bodies listed: nothing inspected
    assert [t for t in relations(doc) if t[1] == "INSPECTS"] == []


def test_the_reporter_works_with_the_partner_after_we_and_yu(nlp):
    text = "青禾市人民政府工作报告\n各位代表：\n我们与中国科学院合作组建青禾先进材料实验室。"
    found = relations(nlp(text))
    assert ("青禾市人民政府", "COOPERATES_WITH", "中国科学院") in found
    assert ("青禾市人民政府", "ESTABLISHED", "青禾先进材料实验室") in found


def test_a_body_told_what_to_do_is_no_subject_the_text_goes_on_with(nlp):
    text = "市工业和信息化局要会同市投资促进局制定招商方案。组建青禾市产业投资集团。"
    assert not any(r[1] == "ESTABLISHED" for r in relations(nlp(text)))
    # a body that acts is
    text = "市工业和信息化局会同市投资促进局制定招商方案。组建青禾市产业投资集团。"
    assert ("市工业和信息化局", "ESTABLISHED", "青禾市产业投资集团") in relations(nlp(text))


def test_a_reports_subjectless_sentence_after_a_departments_is_the_reporters(nlp):
    text = ("青禾市人民政府工作报告\n各位代表：\n市市场监管局、市司法局联合编制《轻微违法行为不予处罚清单》。"
            "在全市推行“首违不罚”机制。")
    found = relations(nlp(text))
    assert ("青禾市人民政府", "ESTABLISHED", "“首违不罚”机制") in found
    assert ("市市场监管局", "ESTABLISHED", "“首违不罚”机制") not in found


def test_a_reports_sentence_on_both_sides_goes_back_to_the_two_bodies(nlp):
    text = ("青禾市人民政府工作报告\n各位代表：\n市国资委与驻市国资委纪检监察组签署协作协议。"
            "双方对5家市属企业开展专项审计。")
    found = relations(nlp(text))
    assert ("市国资委", "INSPECTS", "市属企业") in found
    assert ("青禾市人民政府", "INSPECTS", "市属企业") not in found


def test_a_work_reports_plans_are_stated_like_what_was_done(nlp):
    # (session 39: what a body means to do is stated like what it did, as kg.pipeline.relations.modality says; the
    # plans' sections once gave no relation, which left a report's second half empty)
    text = ("青禾市人民政府工作报告\n一、2025年工作回顾\n我们建立企业诉求闭环办理机制。\n"
            "二、2026年重点工作\n深入实施“人工智能+”行动，建立数据要素流通机制。\n"
            "市政府编制了《青禾市数字经济发展规划》。\n")
    found = relations(nlp(text))
    assert ("青禾市人民政府", "ESTABLISHED", "企业诉求闭环办理机制") in found  # the review: done
    assert ("青禾市人民政府", "ESTABLISHED", "数据要素流通机制") in found  # the plans: to be done, stated alike
    assert ("市政府", "ISSUED", "青禾市数字经济发展规划") in found


@pytest.mark.parametrize("heading", ["一、主要工作开展情况", "二、“十四五”时期发展成就", "一、过去五年工作回顾"])
def test_a_review_heading_starts_no_plans(nlp, heading):
    text = f"青禾市人民政府工作报告\n{heading}\n我们建立企业诉求闭环办理机制。\n"
    assert ("青禾市人民政府", "ESTABLISHED", "企业诉求闭环办理机制") in relations(nlp(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "我们支持有条件的高校设立科技商学院。",  # those it supports set it up
        "配合出台民营经济促进条例。",  # another body issues it
        "青禾产业园率先建立企业服务专员机制。",  # a zone acts, no body kg names
    ],
)
def test_a_reports_government_is_not_who_acts_where_the_sentence_names_another(nlp, sentence):
    text = f"青禾市人民政府工作报告\n一、2025年工作回顾\n{sentence}\n"
    assert not [r for r in relations(nlp(text)) if r[0] == "青禾市人民政府" and r[1] in ("ESTABLISHED", "ISSUED")]


def test_a_zones_own_committee_acts(nlp):
    text = "青禾市人民政府工作报告\n一、2025年工作回顾\n青禾高新区管委会建立企业服务专员机制。\n"
    assert ("青禾高新区管委会", "ESTABLISHED", "企业服务专员机制") in relations(nlp(text))
