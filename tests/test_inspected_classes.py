"""The kind of body an inspection is aimed at (对全县中小学食堂开展检查, 对218家企业进行抽查) as a class of bodies,
with the INSPECTS of each body that inspects it; on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc


def inspections(text: str, nlp) -> set[tuple[str, str]]:
    """(head, tail) of each INSPECTS relation of ``text``'s record, by the entities' names."""
    record = extract_doc(nlp(text), source="t.txt")
    return {(r.head.name, r.tail.name) for r in record.relations if r.type == "INSPECTS"}


def classes(doc) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the scope (全县, 辖区内, a place) and the count (3家, 12个) are no part of the class
        ("青禾县纪委监委对全县中小学食堂开展突击检查。", ["中小学食堂"]),
        ("柳溪县市场监督管理局对辖区内3家二级公立医院开展专项检查。", ["二级公立医院"]),
        ("桐安市纪委监委对北湖区2家定点民营医院开展延伸检查。", ["定点民营医院"]),
        ("市税务局对218家企业进行联合抽查。", ["企业"]),
        ("县审计局对乡镇农村经营管理站的资金使用情况进行审计。", ["乡镇农村经营管理站"]),
        ("集团纪委对所属港口企业开展专项检查。", ["所属港口企业"]),  # what the body has (see the PART_OF below)
        # no class: a body by its name, one pointed back to, an inspection of a kind of work, no inspection verb
        ("青禾县审计局对青禾县人民医院开展审计。", []),
        ("县审计局对该公司开展审计。", []),
        ("县纪委监委对问题线索开展核查。", []),
        ("市商务局对企业开展培训。", []),
        ("市医保局对辖区17家定点医疗机构开展专项检查。", ["定点医疗机构"]),  # not the lexicon's 医疗机构 inside it
        ("县委巡察组对以下单位开展巡察：县水利局党组。", []),  # the units the list after the colon names
    ],
)
def test_inspected_classes_are_found_without_scope_and_count(nlp, text, expected):
    assert classes(nlp(text)) == expected


def test_each_body_of_a_joint_inspection_inspects_the_class(nlp):
    text = "临泽县纪委监委联合县教育局、县市场监督管理局对全县中小学食堂开展交叉检查。"
    assert inspections(text, nlp) == {("临泽县纪委监委", "中小学食堂"), ("临泽县教育局", "中小学食堂"),
                                      ("临泽县市场监督管理局", "中小学食堂")}


def test_a_partner_class_by_its_kind_of_supervision_is_one_class(nlp):
    text = "各级纪检监察机关联合业务主管监管部门对本地供热企业开展起底式检查。"
    assert "业务主管监管部门" in classes(nlp(text))
    assert ("业务主管监管部门", "供热企业") in inspections(text, nlp)


def test_a_body_pointed_back_to_is_inspected(nlp):
    # 对该局开展检查: the last bureau named before
    text = "临泽县水务局原局长违规。临泽县纪委监委联合县审计局对该局开展专项检查。"
    assert inspections(text, nlp) == {("临泽县纪委监委", "临泽县水务局"), ("临泽县审计局", "临泽县水务局")}
    # no body of that kind before: none
    assert inspections("临泽县纪委监委对该站开展专项检查。", nlp) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each kind of a list, with or without its own count, is a class
        ("柳溪县应急管理局对全县4家燃气企业、31家液化气经营单位和600余家餐饮单位开展拉网式检查。",
         ["燃气企业", "液化气经营单位", "餐饮单位"]),
        ("桐安市教育局会同市卫生健康委员会对全市中小学校、幼儿园和校外培训机构逐一开展检查。",
         ["中小学校", "幼儿园", "校外培训机构"]),
        ("青禾市文化和旅游局对辖区内旅行社及民宿开展暗访。", ["旅行社", "民宿"]),
        ("白鹭县市场监督管理局对全县126家农资经营门店逐户排查。", ["农资经营门店"]),
        # 以及 joins kinds as 及 does: the kind before it is one of the list
        ("柳溪县卫生健康局对全县民营医院以及民营诊所开展专项检查。", ["民营医院", "民营诊所"]),
        # some of a kind (部分), or one unnamed place (一家作坊 without its count word), is no class
        ("桐安市税务局对化肥经销商及部分农资门店开展抽查。", ["化肥经销商"]),
        ("青禾县公安局对城南一酒类作坊开展突击检查。", []),
        # a place where bodies work (经营场所) is no body
        ("执法人员对当事人经营场所进行检查。", []),
    ],
)
def test_the_kinds_listed_in_one_inspection_are_classes(nlp, text, expected):
    assert classes(nlp(text)) == expected


def test_each_kind_listed_is_inspected_by_each_body(nlp):
    text = "柳溪县纪委监委联合县教育局对全县12所中学、40所小学和校外供餐企业开展专项检查。"
    kinds = ("中学", "小学", "校外供餐企业")
    assert inspections(text, nlp) == {(body, kind) for body in ("柳溪县纪委监委", "县教育局") for kind in kinds}
