"""Names and their merge keys: every form of one body, document or mechanism has one key."""

from __future__ import annotations

import pytest

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.names import (
    LocalRegions,
    document_key,
    expand_region,
    institution_organ,
    mech_key,
    names_a_class,
    org_key,
    org_stem,
    place_chain,
    region_of,
    spelled_out,
    surface_forms,
    unnumbered,
)


@pytest.fixture(scope="module")
def tianshui():
    gaz = load_gazetteer()
    return {"省": gaz.places["甘肃省"], "市": gaz.places["天水市"]}


@pytest.mark.parametrize("forms", [
    ("中共天水市委", "天水市委员会", "九届市委", "市委", "天水市市委", "甘肃省天水市委"),
    ("天水市人民政府", "天水市政府", "市人民政府"),
    ("政协天水市委员会", "天水市政协"),
    ("团市委", "共青团天水市委"),
    ("市市场监管局", "天水市市场监督管理局"),
    ("市纪委监委", "天水市纪委监委", "市纪委监委机关"),
    ("国家监委", "国家监察委员会"),
    ("二十届中央纪委", "中央纪委", "中共中央纪委"),  # a central body with its term is still the central body
])
def test_names_forms_of_one_body_have_one_key(forms, tianshui):
    keys = {org_key(form, tianshui) for form in forms}
    assert len(keys) == 1 and next(iter(keys))[1] == "global"


def test_names_a_discipline_commission_and_the_joint_organ_stay_apart(tianshui):
    # 市纪委 (the party's commission, whose plenary a communiqué reports) and 市纪委监委 (it with the supervisory
    # commission) are named apart, as annotators keep them
    assert org_key("市纪委", tianshui) != org_key("市纪委监委", tianshui)


@pytest.fixture(scope="module")
def ningxia():
    return {"省": load_gazetteer().places["宁夏回族自治区"]}


@pytest.mark.parametrize("forms", [
    ("自治区党委", "中共宁夏回族自治区委员会", "宁夏回族自治区党委", "宁夏回族自治区委"),
    ("自治区党委办公厅", "中共宁夏回族自治区委员会办公厅"),
    ("自治区人民政府", "宁夏回族自治区政府"),
])
def test_names_bare_autonomous_region_and_its_party_committee(forms, ningxia):
    keys = {org_key(form, ningxia) for form in forms}
    assert len(keys) == 1 and next(iter(keys))[1] == "global"


@pytest.mark.parametrize("name", ["自治区党委", "自治区人民政府"])
def test_names_bare_autonomous_region_elsewhere_stays_the_documents(name, tianshui):
    assert org_key(name, tianshui)[1] == "document"  # a text about a province has no 自治区 to spell out


@pytest.mark.parametrize(("name", "key"), [("兰州大学党委", "兰州大学党委"), ("县党委", "县党委"),
                                           ("天水市党委", "天水市委")])
def test_names_party_committee_of_a_place_only(name, key):
    assert org_key(name, {})[0] == key


@pytest.mark.parametrize(("key", "is_class"), [
    ("地方金融监督管理部门", True), ("纪检监察机关", True), ("成员单位", True), ("市场监管部门", True),
    ("市地方金融监督管理部门", False), ("天水市审计部门", False), ("区有关部门", False),
    ("巡察组", False), ("交通运输局", False),
])
def test_names_a_class_by_its_head(key, is_class):
    assert names_a_class(key) is is_class


def test_names_key_without_a_place_is_the_documents(tianshui):
    assert org_key("县委巡察办", tianshui) == ("县委巡察办", "document")
    assert org_key("团县委", tianshui) == ("共青团县委", "document")


def test_names_stem_does_not_depend_on_the_document():
    assert org_stem("中共天水市委员会") == ("天水市委", False)
    assert org_stem("甘肃省临夏州委政法委") == ("临夏回族自治州委政法委", False)
    assert org_stem("党中央") == ("党中央", True)


@pytest.mark.parametrize(("text", "chain"), [("甘肃省定西市人民法院", (3, 6)), ("定西市委", (0, 3)), ("市委", (0, 0))])
def test_names_place_chain(text, chain):
    assert place_chain(text) == chain


@pytest.mark.parametrize(("name", "expanded"), [("市纪委", "天水市纪委"), ("市场监管局", "市场监管局"),
                                                ("市民政局", "天水市民政局"), ("定西市委", "定西市委"), ("县委", "县委")])
def test_names_expand_region_spells_out_a_level_character(name, expanded, tianshui):
    assert expand_region(name, tianshui) == expanded


def test_names_spelled_out_drops_the_term_and_the_repeated_level(tianshui):
    assert spelled_out("九届市市委", tianshui) == "天水市委"


def test_names_region_of_a_key():
    assert (region_of("天水市委巡察办"), region_of("县委巡察办")) == ("天水市", None)


def test_names_unnumbered_drops_ordinals():
    assert unnumbered("天水市委第三巡察组") == "天水市委巡察组"
    assert unnumbered("天水市委巡察组") == "天水市委巡察组"


@pytest.mark.parametrize(("key", "organ"), [("校党委", ("党委", ("大学", "学院", "学校", "党校"))),
                                           ("集团公司纪委", ("纪委", ("集团公司", "集团"))), ("学校", None),
                                           ("兰州大学党委", None)])
def test_names_institution_organ_by_short_form(key, organ):
    assert institution_organ(key) == organ


def test_names_document_key_is_the_full_name_of_a_cited_document():
    assert document_key("八项规定") == "中央八项规定"
    assert document_key("某某工作办法") == "某某工作办法"


def test_names_mech_key_strips_head_words():
    assert [mech_key(t) for t in ("三反馈机制", "上下联动工作格局", "府检联动工作新格局", "机制")] == [
        "三反馈", "上下联动", "府检联动", "机制"]


def test_names_surface_forms_of_a_quoted_name():
    assert surface_forms("“三反馈”机制") == {"“三反馈”机制", "三反馈机制", "三反馈"}


def test_names_local_regions_take_the_place_named_before_in_the_paragraph():
    gaz = load_gazetteer()
    text = "渭源县召开会议。\n督察组进驻陇西县。县委表态。\n县委巡察办通报。"
    local = LocalRegions(text, gaz.find(text), {"县": gaz.places["渭源县"]})
    assert local.at(text.index("县委表态"), "县委")["县"].name == "陇西县"
    assert local.at(text.index("县委巡察办"), "县委巡察办")["县"].name == "渭源县"
