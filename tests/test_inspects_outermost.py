"""Lists of bodies as inspection targets and as the owners of a class (国家税务总局、海关总署所属机构)."""

from __future__ import annotations

from kg.extract import extract_doc


def relations(nlp, text):
    return sorted((r.head.name, r.type, r.tail.name) for r in extract_doc(nlp(text), source="t.txt").relations)


def test_the_class_of_what_listed_bodies_have_is_part_of_each_and_inspected_whole(nlp):
    assert relations(nlp, "审计署对国家税务总局、海关总署所属机构进行审计。") == [
        ("国家税务总局、海关总署所属机构", "PART_OF", "国家税务总局"),
        ("国家税务总局、海关总署所属机构", "PART_OF", "海关总署"),
        ("审计署", "INSPECTS", "国家税务总局、海关总署所属机构"),
    ]


def test_a_body_inside_a_listed_target_is_not_the_target(nlp):
    got = [r for r in relations(nlp, "县委第一巡察组对县卫健局、县医保局党组开展巡察。") if r[1] == "INSPECTS"]
    assert got == [("县委第一巡察组", "INSPECTS", "县医保局党组"), ("县委第一巡察组", "INSPECTS", "县卫健局")]


def test_coordinated_levels_of_government_are_one_class(nlp):
    doc = nlp("乡、镇人民政府应当按照规定办理。")
    assert [(s.text, s._.kg_generic) for s in doc.spans["kg"]] == [("乡、镇人民政府", True)]


def test_a_bank_head_is_not_read_inside_a_word(nlp):
    assert [s.text for s in nlp("违反国家规定的财政收支行为。").spans["kg"]] == []
    assert [s.text for s in nlp("中国银行业协会发布报告。").spans["kg"]] == ["中国银行业协会"]


def test_a_local_body_named_by_当地(nlp):
    assert relations(nlp, "县纪委监委联合当地邮政管理局开展检查。") == [
        ("县纪委监委", "COOPERATES_WITH", "当地邮政管理局")]
