"""Laws cited by name after a verb that puts them in force (实施海南自由贸易港法), and institutions named from a place
with a verb used as a noun inside (武汉市产业创新发展研究院); on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts


def named(doc, label: str) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == label and not s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        ("全面实施青禾自由贸易港法、青禾省河湖保护法。", ["青禾自由贸易港法", "青禾省河湖保护法"]),
        ("贯彻落实青禾省林长制促进法。", ["青禾省林长制促进法"]),
    ],
)
def test_a_law_cited_by_name_after_a_verb_is_a_document(nlp, text, laws):
    assert named(nlp(text), "DOC") == laws


@pytest.mark.parametrize("text", ["落实好执法办案的方法。", "全面实施依法治国方略。", "严格规范公正文明执法。"])
def test_words_ending_in_fa_that_name_no_law(nlp, text):
    assert named(nlp(text), "DOC") == []


def test_an_institution_named_from_a_place_may_hold_a_verb_used_as_a_noun(nlp):
    assert "武汉市产业创新发展研究院" in named(nlp("支持武汉市产业创新发展研究院建设。"), "ORG")


def test_a_verb_between_a_body_and_a_company_still_ends_the_name(nlp):
    # (联合 + 国网…, not 联合国: the company by the State Grid's brand, as after 会同; the annotated sets name it so)
    assert named(nlp("市政府联合国网定西供电公司开展检查。"), "ORG") == ["市政府", "国网", "国网定西供电公司"]
    assert named(nlp("市政府会同国网定西供电公司开展检查。"), "ORG") == ["市政府", "国网", "国网定西供电公司"]


@pytest.mark.parametrize(
    "name", ["定西市就业创业指导中心", "甘肃省数字经济产业发展促进中心", "海南五指山国家公园管理局"])
def test_a_public_institution_named_from_a_place_by_its_work(nlp, name):
    assert name in named(nlp(f"{name}开展培训。"), "ORG")


def test_a_universitys_centre_is_left_to_the_university(nlp):
    names = named(nlp("北京大学京津冀生物医学前沿创新中心开展研究。"), "ORG")
    assert "北京大学" in names


def test_institutions_listed_each_with_its_head(nlp):
    names = named(nlp("加快青禾湖实验室、紫云山实验室、南湖书院博物馆建设。"), "ORG")
    assert names == ["青禾湖实验室", "紫云山实验室", "南湖书院博物馆"]


def test_kinds_of_institution_a_verb_sets_up_are_no_names(nlp):
    names = named(nlp("完善平台布局，今年新组建省实验室、技术创新研究院等5家。"), "ORG")
    assert not any("组建" in n for n in names)


def test_a_rule_cited_with_its_implementing_rules_is_still_named(nlp):
    # (its implementing rules are a document of their own, named after it: see test_partners_units_campaigns)
    assert named(nlp("持之以恒贯彻中央八项规定及其实施细则精神。"), "DOC") == ["中央八项规定", "实施细则"]


def test_a_law_named_inside_a_longer_title_is_that_title(nlp):
    assert named(nlp("认真学习监察法实施条例。"), "DOC") == ["监察法实施条例"]


def test_documents_summed_up_by_deng_are_a_kind(nlp):
    doc = nlp("省政府出台促进外贸稳增长等措施，出台青禾省促进外贸稳增长若干措施。")
    assert named(doc, "DOC") == ["青禾省促进外贸稳增长若干措施"]


def test_a_congress_by_its_full_and_short_names_is_one_body(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "山西省人民代表大会审议通过条例。山西省人大召开会议。")])
    assert [e.name for e in record.entities if e.type == "ORG"] == ["山西省人民代表大会"]


@pytest.mark.parametrize("text", ["统筹做好民族宗教、工会、老龄、慈善等工作。", "支持工会、共青团、妇女儿童、慈善等事业发展。"])
def test_mass_organisations_in_a_list_of_fields_are_fields(nlp, text):
    assert named(nlp(text), "ORG") == []


def test_mass_organisations_listed_as_bodies_stay_bodies(nlp):
    assert named(nlp("支持工会、共青团、妇联等群团组织更好发挥作用。"), "ORG") == ["工会", "共青团", "妇联"]


@pytest.mark.parametrize("text", ["办好跨国公司总部。", "改造村卫生室120个。", "吸引更多跨国公司落户。", "升格一批职业技术大学。"])
def test_a_verb_or_quantifier_before_a_kind_is_no_part_of_a_name(nlp, text):
    assert not any(n.startswith(("办好", "改造", "更多", "升格", "一批")) for n in named(nlp(text), "ORG"))


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("青禾市出台促进民间投资发展的若干措施。", ["促进民间投资发展的若干措施"]),
        ("市政府印发加快建设数字青禾的实施意见和白鹭湾保护条例。", ["加快建设数字青禾的实施意见", "白鹭湾保护条例"]),
        ("云岭县出台了支持青年人才返乡创业的决定，", ["支持青年人才返乡创业的决定"]),
    ],
)
def test_a_document_named_with_de_before_its_kind_after_an_issuing_verb(nlp, text, docs):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "DOC"] == docs


@pytest.mark.parametrize("text", ["认真落实代表委员提出的意见。", "出台相关部门的规定。", "广泛听取群众对改革的意见。"])
def test_opinions_or_a_class_with_de_name_no_document(nlp, text):
    assert named(nlp(text), "DOC") == []


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("争取白鹭湾生态保护修复方案、云岭港口群协同发展实施方案获批，加快建设。",
         ["白鹭湾生态保护修复方案", "云岭港口群协同发展实施方案"]),
        ("青禾新区产业发展总体规划获国务院批复，首批项目开工。", ["青禾新区产业发展总体规划"]),
    ],
)
def test_documents_a_higher_body_approves(nlp, text, docs):
    assert named(nlp(text), "DOC") == docs


@pytest.mark.parametrize("text", ["青禾港扩建项目获批。", "相关方案获批后实施。", "三个试点获国家批复。"])
def test_approval_of_what_is_no_named_document(nlp, text):
    assert named(nlp(text), "DOC") == []


@pytest.mark.parametrize(("text", "docs"), [
    ("青禾市高水平实施RCEP，积极对接CPTPP。", ["RCEP", "CPTPP"]),
    ("云岭市人大常委会审议通过云岭市民营经济促进条例。", ["云岭市民营经济促进条例"]),
    ("实施优化营商环境21条升级举措，", ["优化营商环境21条升级举措"]),
])
def test_trade_agreements_laws_passed_and_upgraded_measures(nlp, text, docs):
    assert named(nlp(text), "DOC") == docs


def test_a_meeting_passed_through_is_no_document(nlp):
    assert named(nlp("会议审议通过了有关事项。"), "DOC") == []
