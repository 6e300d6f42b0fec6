"""Departments and offices by their short or internal names, campaigns named in quotes after 开展, and a list of
bodies working with the one after 会同; on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc


def triples(text: str, nlp) -> set[tuple[str, str, str]]:
    """(head, type, tail) of each relation of ``text``'s record, by the mentions' texts."""
    doc = nlp(text)
    return {(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations}


def orgs(text: str, nlp) -> list[str]:
    return [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize("name", ["市林草局", "市规资局", "县政数局", "县投促局", "市金融监管局"])
def test_a_department_by_its_short_domain_is_a_body(nlp, name):
    assert name in orgs(f"青禾市人民政府召开会议。{name}负责同志参加。", nlp)


@pytest.mark.parametrize("name", ["财务处", "基建处", "国有资产管理处", "教务处", "保卫处"])
def test_an_internal_division_of_an_institution_is_a_body(nlp, name):
    assert name in orgs(f"学院纪委会同审计处、{name}开展检查。", nlp)


def test_words_of_a_division_in_running_text_are_no_body(nlp):
    assert orgs("公司财务处理不规范，人事安排不透明，后勤保障处于薄弱状态。", nlp) == []


def test_a_campaign_named_in_quotes_after_its_verb_is_set_up(nlp):
    assert ("县人社局", "ESTABLISHED", "“春风行动”") in triples("县人社局开展“春风行动”，新增就业1200人。", nlp)


def test_a_bare_head_in_quotes_is_no_campaign(nlp):
    assert not any(r == "ESTABLISHED" for _, r, _ in triples("县人社局开展“行动”。", nlp))


def test_a_list_of_bodies_works_with_the_one_after_huitong(nlp):
    found = triples("云岭市纪委监委、市委组织部会同市委巡察办对整改情况开展日常监督。", nlp)
    assert ("云岭市纪委监委", "COOPERATES_WITH", "市委巡察办") in found
    assert ("市委组织部", "COOPERATES_WITH", "市委巡察办") in found
    assert ("云岭市纪委监委", "COOPERATES_WITH", "市委组织部") not in found


def test_a_list_joined_by_no_partner_still_works_together(nlp):
    found = triples("云岭市纪委监委、市委组织部联合开展检查。", nlp)
    assert ("云岭市纪委监委", "COOPERATES_WITH", "市委组织部") in found


def test_two_partners_joined_by_yu_keep_their_pair(nlp):
    found = triples("云岭市纪委监委与市委组织部联合市审计局开展检查。", nlp)
    assert ("云岭市纪委监委", "COOPERATES_WITH", "市委组织部") in found
    assert ("市委组织部", "COOPERATES_WITH", "市审计局") not in found


def test_record_names_the_short_department(nlp):
    record = extract_doc(nlp("云岭市林草局会同市水利局开展“清河”专项行动。"), source="t.txt")
    assert any(e.type == "ORG" and "林草局" in "".join(m.text for m in e.mentions) for e in record.entities)


def test_the_body_before_a_leadership_phrase_is_led_not_the_one_after(nlp):
    found = triples("一年来，省政府在省委坚强领导下，主动接受省人大及其常委会的监督。", nlp)
    assert ("省委", "LEADS", "省政府") in found
    assert ("省委", "LEADS", "省人大") not in found


def test_a_leadership_phrase_opening_the_sentence_leads_the_body_after(nlp):
    found = triples("在市委的领导下，县纪委监委建立了“三色”预警机制。", nlp)
    assert ("市委", "LEADS", "县纪委监委") in found


def test_who_leads_a_group_set_up_is_not_set_up(nlp):
    found = triples("青禾市委常委会召开会议。会议决定，成立由市委、市政府主要负责同志任双组长的督察整改工作领导小组。", nlp)
    assert ("青禾市委常委会", "ESTABLISHED", "督察整改工作领导小组") in found
    assert not any(r == "ESTABLISHED" and t in ("市委", "市政府") for _, r, t in found)


def test_an_office_housed_elsewhere_does_not_become_the_subject(nlp):
    found = triples("青禾市委常委会召开会议。会议决定，成立整改工作领导小组，领导小组办公室设在市生态环境局；"
                    "建立整改销号机制。", nlp)
    assert ("青禾市委常委会", "ESTABLISHED", "整改销号机制") in found
    assert not any(t == "整改销号机制" and h != "青禾市委常委会" for h, _, t in found)


@pytest.mark.parametrize(("text", "title"), [
    ("省政府出台《青禾省行政决策程序规定》配套指引，建立审核机制。", "《青禾省行政决策程序规定》配套指引"),
    ("市政府印发《青禾市物业管理条例》实施细则。", "《青禾市物业管理条例》实施细则"),
    ("省政府制定《中华人民共和国水法》实施办法和《青禾省节水条例》。", "《中华人民共和国水法》实施办法"),
])
def test_a_document_carrying_out_a_titled_one_is_a_document_of_its_own(nlp, text, title):
    doc = nlp(text)
    docs = [s.text for s in doc.spans["kg"] if s.label_ == "DOC"]
    assert title in docs and title[1 : title.index("》")] in docs  # the one it carries out is named too
    issued = [t.text for _, r, t, _ in doc._.kg_relations if r == "ISSUED"]
    assert title in issued and title[1 : title.index("》")] not in issued


def test_a_title_and_a_longer_word_after_it_make_no_document(nlp):
    docs = [s.text for s in nlp("落实《青禾市物业管理条例》实施细则要求。").spans["kg"] if s.label_ == "DOC"]
    assert docs == ["青禾市物业管理条例"]


def test_the_supplementary_document_is_named_without_its_marks(nlp):
    record = extract_doc(nlp("市政府印发《青禾市物业管理条例》实施细则。"), source="t.txt")
    assert "青禾市物业管理条例实施细则" in [e.name for e in record.entities]


def test_two_committees_joined_by_he_are_two_bodies(nlp):
    assert orgs("在自治区党委、云岭市委和旗委的坚强领导下，旗人民政府团结奋斗。", nlp) == [
        "自治区党委", "云岭市委", "旗委", "旗人民政府"]


def test_a_body_a_result_is_sent_to_starts_after_the_verb(nlp):
    assert "市委巡察工作领导小组" in orgs("评估结果报市委巡察工作领导小组。", nlp)
    assert not any(n.startswith("评估") for n in orgs("评估结果报市委巡察工作领导小组。", nlp))


@pytest.mark.parametrize("name", ["计算机与软件学院", "石油与天然气工程学院"])
def test_a_school_named_by_two_fields_keeps_both(nlp, name):
    assert name in orgs(f"学校党委对{name}开展巡察。", nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("市政府与南湖大学软件学院合作。", ["市政府", "南湖大学", "南湖大学软件学院"]),  # two bodies (and the college's university)
    ("增强云岭信息与智慧医学研究院支撑力。", ["云岭信息与智慧医学研究院"]),  # the verb before is no field
])
def test_yu_between_bodies_or_after_a_verb_is_no_field(nlp, text, expected):
    assert orgs(text, nlp) == expected


def test_an_education_commission_by_its_short_name(nlp):
    assert ("区教委", "ISSUED", "关于加强校园食品安全的通知") in triples(
        "区教委向各中小学校下发《关于加强校园食品安全的通知》。", nlp)
    assert orgs("学生在教室里学习。", nlp) == []


def test_a_party_committee_uniting_and_leading_leads(nlp):
    found = triples("过去一年，在党中央坚强领导下，在省委团结带领下，省人民政府奋发进取。", nlp)
    assert ("党中央", "LEADS", "省人民政府") in found and ("省委", "LEADS", "省人民政府") in found
    assert ("党中央", "LEADS", "省委") not in found


def test_jiang_before_the_first_verb_states_each_clause_like_what_was_done(nlp):
    # (session 27: annotators count what a body will do; the sentence is the evidence)
    assert triples("县纪委监委将建立“三色”预警机制，推行“清单制”管理。", nlp) == {
        ("县纪委监委", "ESTABLISHED", "“三色”预警机制"), ("县纪委监委", "ESTABLISHED", "“清单制”")}


def test_jiang_as_a_marker_of_the_object_is_no_plan(nlp):
    found = triples("市纪委将整改情况纳入考核，建立“三色”预警机制。", nlp)
    assert ("市纪委", "ESTABLISHED", "“三色”预警机制") in found


def test_a_joint_title_line_names_each_issuer(nlp):
    found = triples("人力资源社会保障部 住房城乡建设部 交通运输部关于开展2026年根治欠薪冬季专项行动的通知\n"
                    "各省、自治区、直辖市人力资源社会保障厅：", nlp)
    issuers = {h for h, r, _ in found if r == "ISSUED"}
    assert issuers == {"人力资源社会保障部", "住房城乡建设部", "交通运输部"}


def mechs(text: str, nlp) -> list[str]:
    return [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"]


def test_a_quote_of_lists_working_together_is_a_practice(nlp):
    assert "“三单联动”" in mechs("实行问题清单、责任清单、整改清单“三单联动”。", nlp)
    assert mechs("群众说“共治”好。", nlp) == []  # one word of working together names no practice


@pytest.mark.parametrize("name", ["拉网式排查", "清单式管理", "点穴式督查"])
def test_a_way_of_checking_named_by_its_style_is_a_practice(nlp, name):
    assert name in mechs("县纪委监委开展拉网式排查，实行清单式管理，对5个乡镇开展点穴式督查。", nlp)


def test_a_style_inside_a_longer_word_names_no_practice(nlp):
    assert mechs("这种方式管理不够规范。", nlp) == []


def test_the_team_of_a_clause_whose_verb_comes_later_inspects_its_list(nlp):
    found = triples("市委第一巡察组对县教育局、县水务局，第二巡察组对县林业局开展常规巡察。", nlp)
    inspects = {(h, t) for h, r, t in found if r == "INSPECTS"}
    assert inspects == {("市委第一巡察组", "县教育局"), ("市委第一巡察组", "县水务局"), ("第二巡察组", "县林业局")}


def test_a_body_joining_a_team_still_inspects(nlp):
    found = triples("市纪委监委联合市委巡察组对县林业局开展检查。", nlp)
    assert ("市纪委监委", "INSPECTS", "县林业局") in found and ("市委巡察组", "INSPECTS", "县林业局") in found


def test_a_committee_named_with_its_session_first_is_named_from_its_place(nlp):
    assert "兰州市委" in orgs("十届兰州市委第六轮巡察采取提级方式。", nlp)
    assert not any(n.startswith("十届") for n in orgs("十届兰州市委第六轮巡察采取提级方式。", nlp))


def test_what_belongs_is_no_part_of_an_inspection_team(nlp):
    found = triples("青禾县委巡察组对所属乡镇卫生院开展联动巡察。", nlp)
    assert not any(r == "PART_OF" and t == "青禾县委巡察组" for _, r, t in found)


@pytest.mark.parametrize("kind", ["二级单位", "二级学院"])
def test_units_under_an_institution_are_a_class(nlp, kind):
    doc = nlp(f"学校党委对{kind}党组织开展巡察。")
    assert any(s.text.startswith(kind) and s._.kg_generic for s in doc.spans["kg"] if s.label_ == "ORG")


def test_a_clause_opening_with_its_verb_has_no_subject_of_its_own(nlp):
    found = triples("各位代表：2025年，市政府在市委的坚强领导下推动工作。组建青禾市企业服务中心，建立“首席服务专员”制度。", nlp)
    assert ("市政府", "ESTABLISHED", "“首席服务专员”制度") in found


@pytest.mark.parametrize("text", ["实行政府过紧日子评估制度，省级支出压减10%。", "省政府实行政府过紧日子评估制度。"])
def test_a_verb_before_zhengfu_ends_where_the_name_starts(nlp, text):
    assert mechs(text, nlp) == ["政府过紧日子评估制度"]


def test_a_verb_before_xingzheng_still_cuts_no_name(nlp):
    assert mechs("落实行政执法公示制度。", nlp) == ["行政执法公示制度"]


def test_a_body_and_its_departments_both_act(nlp):
    record = extract_doc(nlp("第十二条 青禾市、县（区）人民政府及其有关部门应当建立守信激励和失信惩戒机制。"), source="t.txt")
    names = {e.name for e in record.entities}
    assert any(n.endswith("县(区)人民政府有关部门") for n in names)  # the class named with the governments
    found = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    heads = {h for h, r, t in found if r == "ESTABLISHED" and t == "守信激励和失信惩戒机制"}
    assert len(heads) == 2 and any(h.endswith("有关部门") for h in heads)
    assert any(r == "PART_OF" and h.endswith("有关部门") for h, r, _ in found)


@pytest.mark.parametrize(("text", "name"), [
    ("严格落实中央八项规定及其实施细则精神。", "中央八项规定实施细则"),
    ("贯彻《青禾省物业管理条例》及其实施办法。", "青禾省物业管理条例实施办法"),
])
def test_what_carries_out_a_document_named_before_jiqi_is_a_document(nlp, text, name):
    record = extract_doc(nlp(text), source="t.txt")
    docs = {e.name: [m.text for m in e.mentions] for e in record.entities if e.type == "DOC"}
    assert name in docs and len(docs) == 2


def test_a_supplement_running_into_a_longer_word_is_no_document(nlp):
    record = extract_doc(nlp("严格落实中央八项规定及其配套措施要求。"), source="t.txt")
    assert [e.name for e in record.entities if e.type == "DOC"] == ["中央八项规定"]


def test_a_body_asked_to_act_does_its_own_verb_only(nlp):
    found = triples("青禾省人民政府工作报告。五年来，我们提请省人大常委会审议地方性法规46件、制定省政府规章31件。", nlp)
    assert not any(h == "省人大常委会" and r == "ISSUED" for h, r, _ in found)
    found = triples("青禾省人民政府工作报告。我们提请省人大常委会修订《青禾省科学技术进步条例》。", nlp)
    assert ("省人大常委会", "ISSUED", "青禾省科学技术进步条例") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("区人社局与区公安分局开展数据碰撞。", ["区人社局", "区公安分局"]),
    ("市财政局与市公安交警支队开展检查。", ["市财政局", "市公安交警支队"]),
])
def test_a_body_joined_by_yu_is_no_unit_of_the_one_before(nlp, text, expected):
    assert orgs(text, nlp) == expected


def test_a_units_own_unit_keeps_its_parent(nlp):
    assert orgs("市公安局交警支队开展检查。", nlp) == ["市公安局", "市公安局交警支队"]


def test_lianhe_opening_a_clause_is_the_verb(nlp):
    assert orgs("第二派驻纪检组开展检查；联合集团党委巡察办开展督查。", nlp)[-1] == "集团党委巡察办"
    assert "北京联合大学" in orgs("市政府联合北京联合大学开展研究。", nlp)


def test_zuzhi_before_a_domain_is_the_verb(nlp):
    assert orgs("组织财务处开展自查。", nlp) == ["财务处"]
    assert "县委组织部" in orgs("县委组织部召开会议。", nlp)


def test_research_institutes_are_a_class(nlp):
    doc = nlp("组织科研院所开展攻关。")
    assert [(s.text, s._.kg_generic) for s in doc.spans["kg"]] == [("科研院所", True)]


def test_a_title_line_naming_a_document_in_marks_is_a_title(nlp):
    record = extract_doc(nlp("关于检查《青禾省大气污染防治条例》实施情况的报告\n省人大常委会执法检查组\n"), source="t.txt")
    assert record.title == "关于检查《青禾省大气污染防治条例》实施情况的报告"
    docs = {e.name for e in record.entities if e.type == "DOC"}
    assert docs == {"关于检查青禾省大气污染防治条例实施情况的报告", "青禾省大气污染防治条例"}


def test_a_line_citing_a_document_is_no_title(nlp):
    record = extract_doc(nlp("第一段。\n贯彻《青禾省大气污染防治条例》的报告\n"), source="t.txt")
    assert {e.name for e in record.entities if e.type == "DOC"} == {"青禾省大气污染防治条例"}


def test_a_team_stationed_in_a_department_of_a_level_is_part_of_that_levels_commission(nlp):
    found = triples("云岭市纪委监委召开会议。市纪委监委第三监督检查室与驻市农业农村局纪检监察组组成联合工作组。", nlp)
    assert ("驻市农业农村局纪检监察组", "PART_OF", "云岭市纪委监委") in found or \
        ("驻市农业农村局纪检监察组", "PART_OF", "市纪委监委") in found


def test_a_team_stationed_in_a_company_names_no_commission(nlp):
    found = triples("青禾省纪委监委第七监督检查室与驻青禾农垦集团有限公司纪检监察组联合查办案件。", nlp)
    assert not any(h.startswith("驻") and r == "PART_OF" for h, r, _ in found)


def test_a_companys_commission_is_no_commission_of_a_level(nlp):
    found = triples("青禾省交通投资集团纪委召开会议。驻省国资委纪检监察组建立协作机制。", nlp)
    assert not any(r == "PART_OF" and t == "青禾省交通投资集团纪委" for _, r, t in found)


def test_help_given_and_counted_is_no_campaign_set_up(nlp):
    found = triples("青禾省人民政府工作报告。过去一年，我们实施医疗救助61.3万人次，实施临时救助9万人次。", nlp)
    assert not any(r == "ESTABLISHED" for _, r, _ in found)


def test_bodies_set_up_and_counted_are_still_set_up(nlp):
    found = triples("青禾市中级人民法院召开会议。指导全市基层人民法院在乡镇设立“共享法庭”126个。", nlp)
    assert any(r == "ESTABLISHED" and t == "“共享法庭”" for _, r, t in found)


def test_projects_of_a_programme_are_no_campaign(nlp):
    assert mechs("实施省级重点工程项目超2000个。", nlp) == []
    assert "科技“尖锋”行动" in mechs("实施科技“尖锋”行动重大项目12个。", nlp)


@pytest.mark.parametrize(("text", "name"), [
    ("12家天水化工公司落户青禾。", "天水化工公司"),  # (央企二三级公司 is a class: no name)
    ("青禾学院更名大学。", "青禾学院"),
])
def test_a_count_or_a_verb_before_a_head_is_no_part_of_a_name(nlp, text, name):
    assert orgs(text, nlp) == [name]


def test_a_class_made_part_of_a_group_is_no_body(nlp):
    # (省属企业: the class of enterprises a province owns, no body named)
    assert orgs("6家省属企业完成集团层面重组，公办中小学校纳入集团管理。", nlp) in ([], ["省属企业"])


def test_thanks_for_a_result_of_working_together_is_no_cooperation(nlp):
    assert not any(r == "COOPERATES_WITH" for _, r, _ in triples("这是市人大及其常委会、市政协和社会各界团结协作的结果。", nlp))
    assert ("市人大常委会", "COOPERATES_WITH", "市政协") in triples("市人大常委会与市政协协作开展调研。", nlp)


@pytest.mark.parametrize("name", ["支持乡村富民产业发展20条措施", "民营经济高质量发展“26条”"])
def test_measures_named_with_their_count_are_a_document(nlp, name):
    found = triples(f"青禾省人民政府工作报告。过去一年，我们出台{name}，成效明显。", nlp)
    assert ("青禾省人民政府", "ISSUED", name) in found


def test_a_count_of_measures_is_no_name(nlp):
    docs = [s.text for s in nlp("过去一年，出台稳增长措施近100条。").spans["kg"] if s.label_ == "DOC"]
    assert not any("100条" in d for d in docs)


@pytest.mark.parametrize("name", ["青禾源国家公园管理局", "云岭湖国家级自然保护区管理局"])
def test_a_protected_areas_authority_is_a_body(nlp, name):
    assert orgs(f"县林业局会同{name}开展巡护。", nlp)[-1] == name


def test_a_kind_of_authority_after_a_verb_is_no_body(nlp):
    assert orgs("加强自然保护区管理局建设。", nlp) == []
