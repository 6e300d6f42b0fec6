"""Departments named bare after their body (监督司 after 水利部, 第三检察部 after a procuratorate, 预算科 after a bureau);
on sentences written for these tests (岱川, 泓川, 柘川, 青禾 are made-up places)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts


def _orgs(nlp, text: str) -> tuple[dict[str, list[str]], set[tuple[str, str, str]]]:
    (record,) = extract_texts(nlp, [("t.txt", text)])
    names = {e.name: sorted({m.text for m in e.mentions}) for e in record.entities if e.type == "ORG"}
    return names, {(r.head.name, r.type, r.tail.name) for r in record.relations}


def test_a_ministrys_departments_named_bare_are_its_own(nlp):
    names, relations = _orgs(nlp, "水利部部署专项行动。监督司负责组织暗访，水资源管理司、水土保持司按职责配合。")
    assert names["水利部监督司"] == ["监督司"]
    assert names["水利部水资源管理司"] == ["水资源管理司"]
    assert names["水利部水土保持司"] == ["水土保持司"]
    assert ("水利部监督司", "PART_OF", "水利部") in relations


def test_a_department_of_two_ministries_is_nobodys(nlp):
    names, _ = _orgs(nlp, "财政部、人力资源社会保障部联合印发通知。社会保险司负责解读。")
    assert "社会保险司" not in names and not any(n.endswith("部社会保险司") for n in names)


def test_a_procuratorates_numbered_department_is_its_own(nlp):
    names, relations = _orgs(nlp, "柘川县人民检察院召开党组会议。第三检察部向县林业局制发检察建议。")
    assert names["柘川县人民检察院第三检察部"] == ["第三检察部"]
    assert ("柘川县人民检察院第三检察部", "PART_OF", "柘川县人民检察院") in relations


def test_a_bureaus_sections_and_their_party_branch(nlp):
    names, relations = _orgs(nlp, "岱川市财政局召开会议。预算科、国库科负责同志参加。预算科党支部开展主题党日活动。")
    assert names["岱川市财政局预算科"] == ["预算科"]
    assert names["岱川市财政局国库科"] == ["国库科"]
    assert names["岱川市财政局预算科党支部"] == ["预算科党支部"]
    assert ("岱川市财政局预算科党支部", "PART_OF", "岱川市财政局预算科") in relations
    assert ("岱川市财政局预算科党支部", "PART_OF", "岱川市财政局") not in relations  # (through its section)


def test_a_provincial_departments_divisions(nlp):
    names, _ = _orgs(nlp, "青禾省交通运输厅召开会议。人事处、综合规划处负责同志参加。")
    assert any(n.endswith("交通运输厅人事处") for n in names)
    assert any(n.endswith("交通运输厅综合规划处") for n in names)


@pytest.mark.parametrize("text", [
    "岱川市财政局召开会议。市属国有公司负责同志参加。",  # a company
    "岱川市财政局召开会议，推动科技创新。做优科技服务。",  # 科 starting a word
    "青禾省交通运输厅召开会议。在全省查处违法车辆。",  # a verb taking 处
    "青禾省交通运输厅召开会议。这是一个难处。各处室参加。",  # words ending in 处
    "岱川市财政局召开会议。学生报考本科。",  # 本科
])
def test_words_ending_like_departments_are_none(nlp, text):
    names, _ = _orgs(nlp, text)
    assert not any(n.endswith(("司", "科", "处")) for n in names), names


def test_a_section_far_from_any_bureau_is_nobodys(nlp):
    text = "岱川市招商局召开会议。" + "全年经济平稳运行，各项指标向好。" * 30 + "华海科、东岭科等企业上市。"
    names, relations = _orgs(nlp, text)
    # (listed before 等企业 they are companies by short names: no section of the bureau's)
    assert not any(n.endswith("科") and n.startswith("岱川") for n in names), names
    assert not any(r[1] == "PART_OF" for r in relations), relations


def test_a_committees_study_group_is_its_unit(nlp):
    names, relations = _orgs(nlp, "中共茗岗县委理论学习中心组开展集体学习。")
    assert "中共茗岗县委理论学习中心组" in names
    assert ("中共茗岗县委理论学习中心组", "PART_OF", "中共茗岗县委") in relations
    assert not any(n.endswith("理论学习中心") for n in names)


def test_a_body_whose_name_ends_in_zuzhi_leads_the_bodies_after_it(nlp):
    _, relations = _orgs(nlp, "社区党组织领导业主委员会和物业服务企业。")
    assert {("社区党组织", "LEADS", "业主委员会"), ("社区党组织", "LEADS", "物业服务企业")} <= relations


def test_the_leaders_of_a_body_lead_nothing(nlp):
    _, relations = _orgs(nlp, "县委领导班子召开会议，研究部署工作。")
    assert not any(r[1] == "LEADS" for r in relations)


@pytest.mark.parametrize("cls", ["校外培训机构", "定点零售药店", "物业服务企业"])
def test_institutions_of_a_kind_are_inspected_as_a_class(nlp, cls):
    (record,) = extract_texts(nlp, [("t.txt", f"青禾市教育局会同市公安局对全市{cls}开展联合检查。")])
    inspected = {r.tail.name for r in record.relations if r.type == "INSPECTS"}
    assert any(n.endswith(cls) for n in inspected), inspected
    assert all(e.generic for e in record.entities if e.name.endswith(cls))


def test_a_congress_delegation_is_part_of_the_congress_named_before(nlp):
    _, relations = _orgs(nlp, "衢州市第十七届人民代表大会第四次会议开幕。在开化县代表团，代表们审议了政府工作报告。")
    assert any(h == "开化县代表团" and r == "PART_OF" and t.startswith("衢州市") for h, r, t in relations), relations


def test_a_delegation_named_after_the_national_congress_spans_both(nlp):
    names, relations = _orgs(nlp, "他参加了全国人代会西藏代表团的审议。")
    assert "全国人代会西藏代表团" in names and "西藏代表团" not in names
    assert any(h == "全国人代会西藏代表团" and r == "PART_OF" for h, r, _ in relations)


def test_a_unit_after_the_short_form_of_a_university_is_the_universitys(nlp):
    names, relations = _orgs(nlp, "浙江大学与衢州市人民政府签署合作协议。学校机械工程学院与衢州市经信局联合组建创新中心。")
    assert names["浙江大学机械工程学院"] == ["学校机械工程学院"]
    assert ("浙江大学机械工程学院", "PART_OF", "浙江大学") in relations


def test_a_division_after_a_bureau_and_a_university_is_nobodys(nlp):
    names, _ = _orgs(nlp, "浙江大学与衢州市经信局签署协议。地方合作处负责人参加。")
    assert not any(n.endswith("经信局地方合作处") for n in names), names


def test_xianei_is_no_part_of_a_branchs_name(nlp):
    names, _ = _orgs(nlp, "农行衢州分行在辖内开化县支行、常山县支行设立金融服务站。")
    assert "开化县支行" in names and not any(n.startswith("辖内") for n in names)


@pytest.mark.parametrize("text", ["上海市浦东新区人民法院依法判决。", "滨海新区人民检察院提起公诉。"])
def test_a_court_of_a_new_district_is_a_body_not_a_class(nlp, text):
    (record,) = extract_texts(nlp, [("t.txt", text)])
    courts = [e for e in record.entities if e.type == "ORG" and e.name.endswith(("法院", "检察院"))]
    assert courts and not any(e.generic for e in courts)


def test_two_institutions_joined_by_yu_are_two(nlp):
    names, _ = _orgs(nlp, "清华大学与中国科学院签署合作协议。")
    assert "清华大学" in names and not any("与" in n for n in names)


def test_a_college_of_two_fields_keeps_its_yu(nlp):
    names, _ = _orgs(nlp, "浙江大学数学与应用数学学院召开会议。")
    assert any(n.endswith("数学与应用数学学院") for n in names), names


@pytest.mark.parametrize("name", ["应急管理部安全执法和工贸监管局", "国家发展改革委就业收入分配和消费司"])
def test_a_ministrys_department_of_two_fields_joined_by_he(nlp, name):
    names, relations = _orgs(nlp, f"{name}负责人介绍有关情况。")
    assert name in names and any(h == name and r == "PART_OF" for h, r, _ in relations)


def test_two_ministries_joined_by_he_stay_two(nlp):
    names, _ = _orgs(nlp, "水利部和财政部联合印发通知。财政部预算司和国库司负责人出席。")
    assert {"水利部", "财政部", "财政部预算司"} <= set(names) and not any("和" in n for n in names)


def test_the_source_named_after_the_date_on_a_pages_line_is_a_body(nlp):
    names, _ = _orgs(nlp, "标题\n发布时间：2024-10-25　来源：衢州市政协办公室\n10月24日，衢州市政协召开专题协商会。")
    assert "衢州市政协办公室" in names


def test_a_national_delegation_is_no_part_of_the_provincial_congress(nlp):
    # (the provincial congress named before the delegation, as in a report of the province)
    _, relations = _orgs(nlp, "西藏自治区人民代表大会召开会议。他参加了全国人代会西藏代表团的审议。")
    parents = {t for h, r, t in relations if h == "全国人代会西藏代表团" and r == "PART_OF"}
    assert parents and not any(t.startswith("西藏") for t in parents), parents


def test_a_grade_a_hospital_reaches_is_no_branch_of_it(nlp):
    names, _ = _orgs(nlp, "云岭市8家县医院已达到三级医院标准。")
    assert not any("达到" in n for n in names), names


def test_the_people_under_a_committees_leadership_are_no_body_it_leads(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "现在，我代表安徽省人民政府，向大会报告工作。"
                                              "一年来，在省委坚强领导下，全省2000多万干部群众攻坚克难，各项工作取得新成效。")])
    assert not any(r.type == "LEADS" for r in record.relations)
    (record,) = extract_texts(nlp, [("t.txt", "现在，我代表安徽省人民政府，向大会报告工作。"
                                              "一年来，在省委坚强领导下，我们攻坚克难，各项工作取得新成效。")])
    assert [(r.head.name, r.tail.name) for r in record.relations if r.type == "LEADS"] == [("安徽省委", "安徽省人民政府")]


def test_a_body_named_after_the_leadership_phrase_is_led_even_with_renmin_in_a_name(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "在市委政法委统筹下，市公安局与市人民检察院建立协作机制。")])
    assert any(r.type == "LEADS" and r.tail.name.endswith("公安局") for r in record.relations)


def test_a_bank_branchs_organs_after_its_short_form_are_its_own(nlp):
    names, relations = _orgs(nlp, "农行衢州分行召开推进会。分行内控合规部建立贷后三查制度，分行纪委开展专项监督。")
    assert names["农行衢州分行内控合规部"] == ["分行内控合规部"] and names["农行衢州分行纪委"] == ["分行纪委"]
    assert ("农行衢州分行内控合规部", "ESTABLISHED", "贷后三查制度") in relations


def test_the_organs_of_each_branch_are_a_class_not_one(nlp):
    names, _ = _orgs(nlp, "农行衢州分行召开推进会，要求各分行党委落实责任。")
    assert not any(n.endswith("衢州分行党委") for n in names), names


def test_a_body_named_again_by_its_kind_is_that_body(nlp):
    # in a later clause of its sentence, a mention of it; in a later sentence, the carried subject
    names, relations = _orgs(nlp, "县市场监管局负责同志介绍，该局联合县公安局查处案件3起。")
    assert "该局" in names["县市场监管局"] and ("县市场监管局", "COOPERATES_WITH", "县公安局") in relations
    _, relations = _orgs(nlp, "县市场监管局开展专项检查。该局联合县公安局查处案件3起。")
    assert ("县市场监管局", "COOPERATES_WITH", "县公安局") in relations


def test_a_body_working_with_each_of_a_class_acts_with_it(nlp):
    _, relations = _orgs(nlp, "市纪委监委案件监督管理室会同各派驻纪检监察组建立以案促改工作台账。")
    assert {h for h, r, t in relations if r == "ESTABLISHED"} >= {"市纪委监委案件监督管理室"}


def test_an_anaphor_with_no_body_of_its_kind_before_is_none(nlp):
    names, _ = _orgs(nlp, "该局联合县公安局查处案件3起。")
    assert not any("该局" in ms for ms in names.values())
