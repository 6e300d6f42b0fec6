"""Rules of session 28, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places; real provinces stand where a rule is about a place the gazetteer knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_campus_institute_or_base_named_by_a_known_place_is_part_of_its_institution(nlp):
    names, relations = _extract(nlp, "岱川医科大学海南校区实现招生，推动澄溪大学贵州研究院落地，紫云山实验室云南基地建成。")
    assert ("岱川医科大学海南校区", "PART_OF", "岱川医科大学") in relations
    assert ("澄溪大学贵州研究院", "PART_OF", "澄溪大学") in relations
    assert ("紫云山实验室云南基地", "PART_OF", "紫云山实验室") in relations
    # a base is no lab's when a role or member follows (实验室基地长: no body)
    names, _ = _extract(nlp, "紫云山实验室云南基地主任出席。")
    assert "紫云山实验室云南基地主任" not in names


def test_a_city_the_gazetteer_lacks_keeps_its_name_after_a_province_and_with_zhou(nlp):
    names, _ = _extract(nlp, "河南省泓川市人民政府与安徽省沄州市纪委监委签署协议。")
    assert names.get("河南省泓川市人民政府", ("",))[0] == "ORG"  # with the province, as a known chain is named
    assert names.get("安徽省沄州市纪委监委", ("",))[0] == "ORG"
    assert not {"市人民政府", "州市纪委监委"} & set(names)
    names, relations = _extract(nlp, "沄州市人民政府办公室印发工作要点。")
    assert ("沄州市人民政府办公室", "PART_OF", "沄州市人民政府") in relations
    # 州市 after a class marker or a verb is still the class of prefectures and cities
    finder = nlp.get_pipe("kg_institutions")
    for text, span in (("指导各州市人民政府开展工作。", "各州市人民政府"), ("督促州市纪委监委落实。", "州市纪委监委")):
        assert [(text[f.start : f.end], f.generic) for f in finder.find(text)] == [(span, True)]


def test_the_cppcc_and_party_committees_of_a_place_the_gazetteer_lacks(nlp):
    names, relations = _extract(nlp, "政协澄溪区委员会组织九三学社澄溪区基层委员会开展协商。")
    assert names.get("政协澄溪区委员会", ("",))[0] == "ORG"
    assert ("九三学社澄溪区基层委员会", "PART_OF", "九三学社") in relations
    assert not {"区委员会", "区基层委员会"} & set(names)
    # a member of the CPPCC is no committee
    names, _ = _extract(nlp, "政协委员澄溪区委员会议")
    assert not any(name.startswith("政协委员") for name in names)


def test_the_working_bodies_of_a_standing_committee_named_after_it(nlp):
    names, relations = _extract(nlp, "岱川市人大常委会开展执法检查，常委会法制工作委员会、常委会办公室配合。常委会党组研究部署。")
    for unit in ("法制工作委员会", "办公室", "党组"):
        assert ("岱川市人大常委会" + unit, "PART_OF", "岱川市人大常委会") in relations, unit
    # the standing committee of a party committee has no such bodies
    names, _ = _extract(nlp, "青禾县委常委会召开会议，常委会办公室通报情况。")
    assert not any(name.startswith("青禾县委常委会办公室") for name in names)


def test_a_company_or_a_county_body_right_after_a_verb_of_working_with_it(nlp):
    names, relations = _extract(nlp, "市气象局联合沄州农业投资集团有限公司建立服务机制，消防大队联合澄溪区住建局开展检查。")
    assert ("市气象局", "COOPERATES_WITH", "沄州农业投资集团有限公司") in relations
    assert names.get("澄溪区住建局", ("",))[0] == "ORG"
    assert "区住建局" not in names
    # 联合 inside a company's own name stays there
    names, _ = _extract(nlp, "青禾联合体有限公司中标。")
    assert not any(name == "体有限公司" for name in names)


def test_what_an_office_is_charged_with_names_no_body(nlp):
    names, _ = _extract(nlp, "县防指办公室设在县应急管理局，负责指挥部日常工作；领导小组办公室负责领导小组日常工作。")
    assert not any(name.startswith("负责") for name in names)


def test_a_centre_named_with_the_province_it_serves_in_brackets_is_a_body(nlp):
    names, _ = _extract(nlp, "高质量建设国家碳计量中心（福建），建好高校区域技术转移转化中心（云南）。")
    assert names.get("国家碳计量中心(福建)", ("",))[0] == "ORG"
    assert names.get("高校区域技术转移转化中心(云南)", ("",))[0] == "ORG"
    assert not any(name.startswith(("建设", "建好")) for name in names)
    # a hub a place builds, with no province in brackets, stays no body; nor does a bracket that is no place
    names, _ = _extract(nlp, "建设国际金融中心，建好数据中心（试行）。")
    assert not any(name.endswith(("金融中心", "(试行)")) for name in names)


def test_departments_of_regional_cooperation_and_paired_support(nlp):
    names, relations = _extract(nlp, "沄州市委第二巡察组对沄州市区域合作局党组开展巡察，省发展改革委对口合作处到沄州调研。")
    assert ("沄州市区域合作局党组", "PART_OF", "沄州市区域合作局") in relations
    assert ("沄州市委第二巡察组", "INSPECTS", "沄州市区域合作局党组") in relations
    assert ("省发展改革委对口合作处", "PART_OF", "省发展改革委") in relations
    # the work itself is no body
    names, _ = _extract(nlp, "推进区域合作，深化对口合作和对口支援。")
    assert not {"区域合作", "对口合作", "对口支援"} & {n for n, (t, *_) in names.items() if t == "ORG"}


def test_a_party_committees_committee_and_an_offices_sections_are_part_of_them(nlp):
    _, relations = _extract(nlp, "青禾县委全面深化改革委员会印发方案，青禾县委办公室法规室审核文件。")
    assert ("青禾县委全面深化改革委员会", "PART_OF", "青禾县委") in relations
    assert ("青禾县委办公室法规室", "PART_OF", "青禾县委办公室") in relations
    # a room of the office is no section; the committee of a place's whole party is not inside its 县委
    names, relations = _extract(nlp, "县委办公室会议室内，中共青禾县委员会召开全会。")
    assert not any(name.endswith("会议室") for name in names)
    assert not any(r[0] == "中共青禾县委员会" and r[1] == "PART_OF" for r in relations)


def test_the_peoples_organisations_of_each_place_and_no_section_in_a_science_association(nlp):
    names, relations = _extract(nlp, "市科协指导县（区）科协在园区组建企业科协，市妇联指导县区妇联开展活动。")
    assert ("市科协", "LEADS", "县(区)科协") in relations
    assert ("市妇联", "LEADS", "县区妇联") in relations
    assert names["县(区)科协"][0] == "ORG"
    assert not any(name.endswith("企业科") for name in names)  # 科协 is no 科 (a section)


def test_a_bodys_spokesman_speaks_for_it_and_a_modal_before_its_partner(nlp):
    _, relations = _extract(nlp, "岱川市纪委监委有关负责人介绍，今年推行了“室组地”联合监督机制。")
    assert ("岱川市纪委监委", "ESTABLISHED", "室组地联合监督机制") in relations
    # what the spokesman says others must do is theirs
    _, relations = _extract(nlp, "岱川市纪委监委主要负责同志指出，各级纪检监察机关要建立“室组地”联合监督机制。")
    assert ("岱川市纪委监委", "ESTABLISHED", "室组地联合监督机制") not in relations
    _, relations = _extract(nlp, "泓川市住房和城乡建设局要会同市市场监管局建立燃气经营企业“红黑名单”制度。")
    assert ("泓川市住房和城乡建设局", "ESTABLISHED", "红黑名单制度") in relations
    assert ("泓川市住房和城乡建设局", "COOPERATES_WITH", "市市场监管局") in relations


def test_a_mechanism_set_up_by_the_body_after_you_and_a_body_that_mainly_acts(nlp):
    _, relations = _extract(nlp, "票决制由泓川县人大常委会在全县推行，联席会议制度由县发展改革委牵头建立。")
    assert ("泓川县人大常委会", "ESTABLISHED", "票决制") in relations
    assert ("县发展改革委", "ESTABLISHED", "联席会议制度") in relations
    _, relations = _extract(nlp, "岱川市应急管理局主要采取了三项措施：一是建立矿山企业“包保责任人”制度；二是推行驻矿安全员制度。")
    assert ("岱川市应急管理局", "ESTABLISHED", "驻矿安全员制度") in relations
    # its main leaders are persons, no actor
    _, relations = _extract(nlp, "泓川县委主要领导主持会议，建立联系点制度。")
    assert not any(r[0] == "泓川县委" and r[1] == "ESTABLISHED" for r in relations)


def test_the_class_summing_up_inspected_bodies_and_the_unit_a_body_owns_are_inspected(nlp):
    _, relations = _extract(nlp, "省审计厅对岱川矿业集团有限公司、沄水港务集团有限公司等6户省属企业开展专项审计。")
    assert ("省审计厅", "INSPECTS", "岱川矿业集团有限公司") in relations
    assert ("省审计厅", "INSPECTS", "省属企业") in relations
    _, relations = _extract(nlp, "市委第三巡察组对市数据局党组开展常规巡察，并对市数据局所属的市大数据中心进行了延伸巡察。")
    assert ("市委第三巡察组", "INSPECTS", "市大数据中心") in relations
    assert ("市委第三巡察组", "INSPECTS", "市数据局") not in relations


def test_a_body_that_helps_under_zaixia_works_with_the_one_helped(nlp):
    _, relations = _extract(nlp, "泓川县公安局在泓川县人民检察院的积极配合下侦破案件。")
    assert ("泓川县人民检察院", "COOPERATES_WITH", "泓川县公安局") in relations
    # support is no working together
    _, relations = _extract(nlp, "在泓川县财政局的大力支持下，泓川县教育局建成食堂。")
    assert not any(r[1] == "COOPERATES_WITH" for r in relations)


def test_a_place_school_named_by_what_it_teaches_and_no_kind_of_school(nlp):
    names, relations = _extract(nlp, "县人社局联合沄水县职业技术学校开展培训，县实验学校开学。")
    assert ("县人社局", "COOPERATES_WITH", "沄水县职业技术学校") in relations
    assert names["县实验学校"][0] == "ORG"
    names, _ = _extract(nlp, "市中小学校开学，县民办学校和市重点学校名单公布。")
    assert not {"市中小学校", "县民办学校", "市重点学校"} & set(names)


def test_a_class_whose_spokesman_speaks_is_no_subject_and_a_schools_head_is_no_school(nlp):
    _, relations = _extract(nlp, "证监会有关部门负责人表示，证监会会同公安部完善行政执法与刑事司法衔接机制。")
    assert ("证监会", "COOPERATES_WITH", "公安部") in relations
    assert not any(r[0] == "证监会有关部门" and r[1] == "COOPERATES_WITH" for r in relations)
    names, _ = _extract(nlp, "泓川县白鹭镇中学校长介绍情况。")
    assert "泓川县白鹭镇中学" in names and "泓川县白鹭镇中学校" not in names
