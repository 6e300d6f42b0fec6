"""Public bodies beyond party and government departments (museums, archives, a government's counsellors' office),
congresses with their standing committees, and the verbs and words that are no part of a body's name; on sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from tests.conftest import spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市档案馆、市图书馆和县文化馆联合举办展览。", ["市档案馆", "市图书馆", "县文化馆"]),
        ("省政府参事室、省文史研究馆围绕中心建言献策。", ["省政府参事室", "省文史研究馆"]),
        ("市红十字会开展应急救护培训。", ["市红十字会"]),
        ("市地方志办公室编纂年鉴，县史志办公室协助。", ["市地方志办公室", "县史志办公室"]),
        # what a department does with its domain between the domain and the head
        ("市机关事务管理局、市社会保险事业管理局参加会议。", ["市机关事务管理局", "市社会保险事业管理局"]),
        ("加强城市管理工作。", []),  # a domain with no head names no body
        # hospitals and schools named by what they are, and their campuses (PART_OF: tested below)
        ("市口腔医院、县实验小学和市第三中心医院参加。", ["市口腔医院", "县实验小学", "市第三中心医院"]),
        ("建成市口腔医院梅江院区。", ["市口腔医院梅江院区"]),
        ("推进县级医院和省外三甲医院合作。", []),  # a class, a place's outside: no hospital named
        # mass organisations by their short names, in a list
        ("发挥工会、共青团、妇联等人民团体作用。", ["工会", "共青团", "妇联", "人民团体"]),
        ("听取民主党派、工商联、无党派人士意见。", ["民主党派", "工商联"]),
        ("加强工会组织建设，工会会员达到10万人。", []),
        # an alliance a verb sets up
        ("组建“1+5”农业科技创新联盟，成立南湖先进制造业集群联盟。",
         ["“1+5”农业科技创新联盟", "南湖先进制造业集群联盟"]),
        ("企业加入产业联盟。", []),
    ],
)
def test_public_bodies_by_their_heads(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主动接受县人大的监督。", ["县人大"]),  # 接受 is a verb, not a county the gazetteer lacks
        ("及时约谈县政府有关负责人。", ["县政府"]),
        ("青禾县纪委监委开展监督。", ["青禾县纪委监委"]),  # a county it lacks keeps its name
        ("汀湄市云岭区人民检察院开展公益诉讼。", ["汀湄市云岭区人民检察院"]),  # and a district of a city it lacks
        ("力争南湖理工大学进入一流行列。", ["南湖理工大学"]),  # no verb inside a name
        ("南湖大学进入全国百强。", ["南湖大学"]),
        ("设立青禾政府投资基金，规范政府采购。", []),  # what a government does: no body
        ("自觉接受人大、政协、纪检监察和司法监督。", ["人大", "政协"]),  # a list of those who supervise
        ("我代表自治区人民政府，向大会报告工作。", ["自治区人民政府", "大会"]),  # 自治 + 区: the level, not 区
        ("我自治州人民政府高度重视。", ["自治州人民政府"]),
        ("食品药品安全总体形势稳定。", []),  # 全总 of 安全总体 is no short name of a national body
        ("设立中国—东盟产业合作区。", []),  # one of a pair of regions
        ("东盟秘书处发布报告。", ["东盟"]),
    ],
)
def test_verbs_before_a_body_are_no_part_of_it(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建成市口腔医院梅江院区。", [("市口腔医院梅江院区", "PART_OF", "市口腔医院")]),
        ("南湖大学东湖校区启用。", [("南湖大学东湖校区", "PART_OF", "南湖大学")]),
        ("南湖大学湿地生态大数据应用实验室建成。", [("南湖大学湿地生态大数据应用实验室", "PART_OF", "南湖大学")]),
        ("南湖大学建设研究院。", []),  # a verb before the head: the university builds one
        ("校党委巡察办、校纪委办公室开展工作。", [("校党委巡察办", "PART_OF", "校党委"), ("校纪委办公室", "PART_OF", "校纪委")]),
        # a court's tribunals and divisions, and a body named after what it belongs to
        ("市中院清算与破产审判庭审理案件。", [("市中院清算与破产审判庭", "PART_OF", "市中院")]),
        ("市中级人民法院执行局开展行动。", [("市中级人民法院执行局", "PART_OF", "市中级人民法院")]),
        ("柳溪县人民法院所属桐溪人民法庭被评为先进。", [("桐溪人民法庭", "PART_OF", "柳溪县人民法院")]),
        ("审计署驻岚川特派员办事处开展审计。", [("审计署驻岚川特派员办事处", "PART_OF", "审计署")]),  # stationed
        ("市政府驻京办事处做好服务。", [("市政府驻京办事处", "PART_OF", "市政府")]),
        ("入选国务院减负办十佳案例。", [("国务院减负办", "PART_OF", "国务院")]),  # a central office by short name
        ("公安部办理案件。", []),
    ],
)
def test_a_campus_or_lab_is_part_of_its_hospital_or_university(nlp, text, expected):
    assert [(h.text, r, t.text) for h, r, t, _ in nlp(text)._.kg_relations] == expected


def test_a_congress_and_its_standing_committee_named_by_jiqi(nlp):
    record = extract_doc(nlp("我们自觉接受市人大及其常委会的法律监督。"), source="t.txt")
    names = {e.name: sorted(m.text for m in e.mentions) for e in record.entities if e.type == "ORG"}
    assert names == {"市人民代表大会": ["市人大"], "市人大常委会": ["常委会"]}  # (the congress by its full name)
    assert [(r.head.name, r.type, r.tail.name) for r in record.relations] == [("市人大常委会", "PART_OF", "市人民代表大会")]
    record = extract_doc(nlp("河北省人民政府工作报告\n我们自觉接受省人大及其常委会的法律监督。"), source="t.txt")
    assert "河北省人大常委会" in {e.name for e in record.entities}  # spelled out with the place, as 省人大 is
    record = extract_doc(nlp("市人大常委会及其办事机构加强自身建设。"), source="t.txt")  # no congress before 及其
    assert sorted(e.name for e in record.entities if e.type == "ORG") == ["市人大常委会", "市人民代表大会"]


def test_in_a_work_report_an_institution_leaves_the_next_sentence_to_the_government(nlp):
    text = ("青海省人民政府工作报告\n"
            "科技创新加快推进。中国科学院青海盐湖研究所新建实验平台3个。出台科技金融10条措施。\n"
            "文化事业繁荣发展。青禾矿业集团有限公司营业收入增长12%，入选全国百强。实施文旅融合发展行动，建立文旅消费券发放机制。\n"
            "省发展改革委牵头推进项目建设。建立重大项目调度机制。\n")
    record = extract_doc(nlp(text), source="t.txt")
    heads = {r.tail.name: r.head.name for r in record.relations if r.type == "ESTABLISHED"}
    assert heads["文旅消费券发放机制"] == "青海省人民政府"  # not the company of the sentence before
    assert [r.head.name for r in record.relations if r.type == "ISSUED"] == ["青海省人民政府"]  # nor the institute
    # a government organ's sentence leaves the next one to the government too (five annotated sets read it so)
    assert heads["重大项目调度机制"] == "青海省人民政府"


def test_a_work_report_names_its_government_by_the_rules_it_makes(nlp):
    text = "过去一年，我们坚决落实河北省委决策部署。\n制定修改废止政府规章12部。扎实开展党纪学习教育。\n"
    record = extract_doc(nlp(text), source="t.txt")
    got = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    assert ("河北省人民政府", "ISSUED", "政府规章") in got
    assert ("河北省人民政府", "ESTABLISHED", "党纪学习教育") in got
    government = next(e for e in record.entities if e.name == "河北省人民政府")
    assert [m.text for m in government.mentions] == ["政府"]


def test_a_bare_government_beside_its_party_committee_is_the_places(nlp):
    record = extract_doc(nlp("广西壮族自治区党委、政府高度重视。"), source="t.txt")
    assert sorted(e.name for e in record.entities) == ["广西壮族自治区人民政府", "广西壮族自治区党委"]
    record = extract_doc(nlp("推进地方政府规章清理。"), source="t.txt")  # a class of rules: no government
    assert [e.name for e in record.entities if e.type == "ORG"] == []


def test_the_centre_named_by_its_eight_rules_in_a_report_of_a_governments_own_work(nlp):
    record = extract_doc(nlp("我们深入贯彻中央八项规定精神，持续改进作风。"), source="t.txt")
    centre = next(e for e in record.entities if e.type == "ORG")
    assert (centre.name, [m.text for m in centre.mentions]) == ("中共中央", ["中央"])
    assert record.relations == []  # the rules cited by name: no title line, so no ISSUED
    record = extract_doc(nlp("县纪委监委严查违反中央八项规定精神问题。"), source="t.txt")  # cited as a standard
    assert [e.name for e in record.entities if e.type == "ORG"] == ["县纪委监委"]


def test_a_body_renamed_is_one_body_under_both_names(nlp):
    record = extract_doc(nlp("南湖学院更名为南湖科技大学。南湖学院原有学生2万人。"), source="t.txt")
    assert [(e.name, sorted({m.text for m in e.mentions})) for e in record.entities] == [
        ("南湖科技大学", ["南湖学院", "南湖科技大学"])]


def test_a_reports_title_names_the_body_that_says_we(nlp):
    text = ("青禾市中级人民法院工作报告\n"
            "过去一年，我们制定《关于深入推进诉源治理的实施意见》，与市人民政府建立府院联动机制。\n")
    record = extract_doc(nlp(text), source="t.txt")
    issued = [(r.head.name, r.tail.name) for r in record.relations if r.type == "ISSUED"]
    assert issued == [("青禾市中级人民法院", "关于深入推进诉源治理的实施意见")]  # not the government named later


def test_a_verb_before_a_company_is_no_part_of_its_name(nlp):
    assert spans_of(nlp("成功挽救青禾机床集团有限公司。"), "ORG") == ["青禾机床集团有限公司"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body a verb sets up or houses is one body, named by what it does
        ("集团公司成立合规委员会，下设合规管理办公室。", ["合规委员会", "合规管理办公室"]),
        ("专班下设综合协调组和线索督办组。", ["专班", "综合协调组", "线索督办组"]),
        ("市纪委监委组成3个联合监督组。", ["市纪委监委", "联合监督组"]),
        ("局内设的信用监督管理科负责日常工作。", ["信用监督管理科"]),
        ("领导小组下设办公室。", ["领导小组"]),  # a head alone names no unit
        ("未设立纪律检查委员会的基层党委。", []),  # none set up
        ("组建运行省政府参事室。", ["省政府", "省政府参事室"]),  # the grammar's name stands
    ],
)
def test_a_body_set_up_by_a_verb(nlp, text, expected):
    assert spans_of(nlp(text), "ORG", nested=True) == expected


def test_a_county_reports_title_after_an_editors_note_names_the_reporter(nlp):
    text = ("（虚构示例文本）\n柳溪县人民政府工作报告\n"
            "过去一年，在云岭市委、市政府和县委的坚强领导下，我们出台《柳溪县优化营商环境若干措施》。\n")
    record = extract_doc(nlp(text), source="t.txt")
    got = sorted((r.head.name, r.type, r.tail.name) for r in record.relations)
    assert ("柳溪县人民政府", "ISSUED", "柳溪县优化营商环境若干措施") in got  # not the city's government
    # each body the leadership is credited to (places the gazetteer lacks: their bodies keep the names written)
    assert {r[0] for r in got if r[1] == "LEADS" and r[2] == "柳溪县人民政府"} == {"云岭市委", "市政府", "县委"}


def test_a_bureaus_summary_says_wo_ju_for_itself(nlp):
    text = ("青禾市市场监督管理局2023年工作总结\n"
            "我局推行包容审慎监管。我局联合市税务局、市人社局等18个部门开展跨部门联合抽查。\n")
    record = extract_doc(nlp(text), source="t.txt")
    got = sorted((r.head.name, r.type, r.tail.name) for r in record.relations)
    assert got == [("青禾市市场监督管理局", "COOPERATES_WITH", "市人社局"),
                   ("青禾市市场监督管理局", "COOPERATES_WITH", "市税务局"),
                   ("青禾市市场监督管理局", "ESTABLISHED", "包容审慎监管")]  # the partners with it, not each other


def test_the_organ_of_the_body_a_text_is_about_by_its_short_form(nlp):
    text = "县委巡察组对柳溪县自然资源局党组开展巡察。局党组制定《机关财务报销管理规定》。"
    record = extract_doc(nlp(text), source="t.txt")
    issued = [(r.head.name, [m.text for m in r.head.mentions]) for r in record.relations if r.type == "ISSUED"]
    assert issued == [("柳溪县自然资源局党组", ["柳溪县自然资源局党组", "局党组"])]  # one body, by both names
    assert spans_of(nlp("常委会组织开展执法检查。"), "ORG") == ["常委会"]
    assert spans_of(nlp("常委会组成人员参加会议。"), "ORG") == []  # its members


def test_a_sentence_opening_with_yu_keeps_its_dropped_subject(nlp):
    text = ("青禾市中级人民法院工作报告\n"
            "我们制定《实施意见》。与市司法局、市总工会联合建立劳动争议诉调对接机制。\n")
    record = extract_doc(nlp(text), source="t.txt")
    got = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    assert {("青禾市中级人民法院", "ESTABLISHED", "劳动争议诉调对接机制"),
            ("青禾市中级人民法院", "COOPERATES_WITH", "市司法局"),
            ("青禾市中级人民法院", "COOPERATES_WITH", "市总工会")} <= got
    assert ("市司法局", "COOPERATES_WITH", "市总工会") not in got  # partners of the court, not of each other


def test_signing_together_alone_is_no_working_together(nlp):
    doc = nlp("市纪委监委联合市委组织部印发《青禾市干部监督办法》。")
    assert [r for _, r, _, _ in doc._.kg_relations if r == "COOPERATES_WITH"] == []
    doc = nlp("市纪委监委联合市委组织部开展专项检查。")
    assert [(h.text, t.text) for h, r, t, _ in doc._.kg_relations if r == "COOPERATES_WITH"] == [
        ("市纪委监委", "市委组织部")]


def test_a_bodys_account_of_its_own_work_names_it_in_the_title(nlp):
    text = ("青禾县自然资源局党组关于巡察整改进展情况的通报\n"
            "一、强化组织领导\n会同县农业农村局、县财政局开展耕地“非农化”问题专项整治。\n")
    record = extract_doc(nlp(text), source="t.txt")
    got = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    assert ("青禾县自然资源局党组", "COOPERATES_WITH", "县农业农村局") in got  # (a county the gazetteer lacks)


def test_a_passage_that_names_its_government_by_its_bare_name_is_its_account(nlp):
    text = ("重庆工业职业技术大学获批设立，重庆三峡学院更名为重庆三峡科技大学。开展国家数字中医药试点。"
            "出台政府规章2件。\n")
    record = extract_doc(nlp("重庆市" + text), source="t.txt")
    heads = {r.head.name for r in record.relations if r.tail.name == "国家数字中医药试点"}
    assert heads == {"重庆市人民政府"}  # not the universities of the sentence before


def test_a_body_before_the_companies_it_oversees_is_no_subject(nlp):
    text = "广西壮族自治区人民政府工作报告\n国资委监管企业战略性新兴产业投资增长19.6%。组建广西国控集团。\n"
    record = extract_doc(nlp(text), source="t.txt")
    assert [(r.head.name, r.tail.name) for r in record.relations if r.type == "ESTABLISHED"] == [
        ("广西壮族自治区人民政府", "广西国控集团")]


def test_institutions_listed_before_the_head_they_share(nlp):
    record = extract_doc(nlp("持续支持金凤、嘉陵江、明月湖实验室发展，建成青禾、柳溪等博物馆。"), source="t.txt")
    assert sorted(e.name for e in record.entities if e.type == "ORG") == [
        "嘉陵江实验室", "明月湖实验室", "柳溪博物馆", "金凤实验室", "青禾博物馆"]
    assert spans_of(nlp("新组建省实验室、产业创新研究院。"), "ORG") == []  # items with heads of their own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places the gazetteer knows, and places it does not (two to four characters ending in a level character)
        ("指导武都区、文县、宕昌县人民政府开展工作。", ["宕昌县人民政府", "文县人民政府", "武都区人民政府"]),
        ("会同柳溪县、桐安区纪委监委开展交叉检查。", ["柳溪县纪委监委", "桐安区纪委监委"]),
        ("兰州市、白银市市场监管局联合执法。", ["兰州市市场监管局", "白银市市场监管局"]),
        ("市、县纪委监委开展检查。", ["县纪委监委"]),  # a level alone is no place: no 市纪委监委
        ("推进呼和浩特、包头2个国家级医院建设。", []),  # no level character; a count is no part of a name
    ],
)
def test_places_listed_before_a_body_share_its_head(nlp, text, expected):
    record = extract_doc(nlp(text), source="t.txt")
    assert sorted(e.name for e in record.entities if e.type == "ORG" and not e.generic) == sorted(expected)


def test_a_body_own_discipline_team_by_its_short_form(nlp):
    record = extract_doc(nlp("院党组配合驻院纪检监察组开展专项整治。"), source="t.txt")
    assert {(r.head.name, r.type, r.tail.name) for r in record.relations} == {
        ("院党组", "COOPERATES_WITH", "驻院纪检监察组")}


def test_the_lead_of_a_joint_task_works_with_those_named_after_hui_tong(nlp):
    text = "市纪委监委部署整治，由第三监督检查室牵头，会同驻市民政局纪检监察组和柳溪县、桐安区纪委监委组成3个联合监督组。"
    record = extract_doc(nlp(text), source="t.txt")
    cooperating = {(r.head.name, r.tail.name) for r in record.relations if r.type == "COOPERATES_WITH"}
    # (the office named bare is named with the commission before it)
    office = "市纪委监委第三监督检查室"
    assert cooperating == {(office, "驻市民政局纪检监察组"), (office, "柳溪县纪委监委"),
                           (office, "桐安区纪委监委")}  # not 市纪委监委; 联合 inside 联合监督组 is no verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party's newer departments and offices, after the committee they belong to
        ("区委社会工作部召开会议。", [("区委社会工作部", "PART_OF", "区委")]),
        ("市委改革办、县委编委办参加会议。", [("市委改革办", "PART_OF", "市委"), ("县委编委办", "PART_OF", "县委")]),
        # a department's party committee, and a unit named after 所属 (one body, not a class)
        ("县公安局党委召开会议。", [("县公安局党委", "PART_OF", "县公安局")]),
        ("县自然资源局所属不动产登记中心整改。", [("不动产登记中心", "PART_OF", "县自然资源局")]),
    ],
)
def test_organs_and_units_named_with_their_body(nlp, text, expected):
    assert [(h.text, t, d.text) for h, t, d, _ in nlp(text)._.kg_relations] == expected


def test_a_class_after_suo_shu_stays_a_class(nlp):
    assert [s.text for s in nlp("督促所属企业和下属单位整改。").spans["kg"] if not s._.kg_generic] == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("此前，人民银行指导各省级分行建立制度。", "人民银行指导各省级分行"),  # no name across 指导
        ("建立县域商业体系建设部际协调机制。", "建设部"),  # 部际 is inter-ministerial: no 建设部 in it
        ("蕖州海关是南津海关所属的隶属海关。", "隶属海关"),
        ("协同处置上市公司及重点企业风险。", "处置上市公司"),  # 处置 a verb
        ("推进省部共建国家大学科技园。", "省部"),  # 省部共建: province and ministry build together
        ("推进省部共建国家大学科技园。", "国家大学"),  # 大学科技园: a park, no university
        ("资助困难残疾人大学生120名。", "资助困难残疾人大学"),  # 大学生: students
    ],
)
def test_no_body_name_across_a_verb_or_inside_a_word(nlp, text, absent):
    assert absent not in [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


def test_a_town_body_right_after_a_verb_names_the_town(nlp):
    # 联合 and 会同 may stand inside a name (联合监督组), so the town's two characters start after them
    assert [s.text for s in nlp("联合城关镇纪委开展检查。").spans["kg"] if s.label_ == "ORG"] == ["城关镇纪委"]


@pytest.mark.parametrize(
    "name",
    ["青禾市政务服务和数字化建设管理局", "青禾市政务服务和数据管理局", "青禾市政务服务和大数据管理局"],
)
def test_government_service_and_data_bureaus_by_their_joined_domains(nlp, name):
    doc = nlp(f"{name}党组研究部署。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG"] == [name, f"{name}党组"]


@pytest.mark.parametrize(
    "name", ["黑龙江省建设投资集团", "北京城市建设投资集团有限公司", "四川路桥建设集团股份有限公司"])
def test_a_company_named_from_a_place_may_hold_jianshe(nlp, name):
    # 建设 names what the company does here, no verb ending the name
    doc = nlp(f"{name}纪委开展检查。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG"] == [name, f"{name}纪委"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾市数据资源管理局负责建立平台。", "青禾市数据资源管理局"),
        ("省大数据发展管理局印发通知。", "省大数据发展管理局"),
        ("由市数据资源开发中心承担运维。", "市数据资源开发中心"),
        ("县政务服务管理局牵头办理。", "县政务服务管理局"),
    ],
)
def test_a_department_after_a_place_may_name_what_it_does_with_its_domain(nlp, text, name):
    assert name in [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("加快数据资源开发中心建设。", "数据资源开发中心"),  # no place or level: a facility as often as a body
        ("推动大数据发展管理局改革。", "大数据发展管理局"),
    ],
)
def test_a_longer_domain_needs_a_place_or_level(nlp, text, absent):
    assert absent not in [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市卫生健康委员会党组成立整改工作专班。", "市卫生健康委员会党组"),  # 组 + 成立: no 组成 there
        ("县委巡察办成立专班。", "县委巡察办"),
        ("省海洋与渔业局会同有关部门开展执法。", "省海洋与渔业局"),  # two domains joined by 与
        ("宁波海事局、浙江海警局开展联合巡航。", "宁波海事局"),
        ("宁波海事局、浙江海警局开展联合巡航。", "浙江海警局"),
    ],
)
def test_more_department_names(nlp, text, name):
    assert name in [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


def test_a_class_of_bodies_is_never_joined_by_yu(nlp):
    orgs = [s.text for s in nlp("纪检监察机关与公安机关建立协作机制。").spans["kg"] if s.label_ == "ORG"]
    assert "纪检监察机关与公安机关" not in orgs and "公安机关" in orgs


def test_zucheng_still_joins_bodies_into_a_team(nlp):
    doc = nlp("由县纪委监委、县审计局组成联合检查组。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG"] == ["县纪委监委", "县审计局", "联合检查组"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("淄博市企业服务中心成立。", "淄博市企业服务中心"),  # a place and four characters before its head
        ("市养老服务指导中心承担具体工作。", "市养老服务指导中心"),
        ("由县农产品交易中心负责。", "县农产品交易中心"),
    ],
)
def test_public_service_units_by_level_or_place(nlp, text, name):
    assert name in [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


def test_quyu_is_no_district_starting_a_units_name(nlp):
    orgs = [s.text for s in nlp("成立省民营经济和区域经济发展中心。").spans["kg"] if s.label_ == "ORG"]
    assert "区域经济发展中心" not in orgs
