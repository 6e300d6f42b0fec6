"""Alias merging by suffix: a short name joins a longer one only when what the longer adds names whose body it is
(a place, a level, a parent body), never when the short one is a class of bodies, nor when the longer one is a
coordination or a class marked by 各级, 下级, 有关."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc


def entities(nlp, text):
    record = extract_doc(nlp(text), source="t.txt")
    return {(e.type, e.name): {m.text for m in e.mentions} for e in record.entities}


def relations(nlp, text):
    record = extract_doc(nlp(text), source="t.txt")
    return {(r.head.name, r.type, r.tail.name) for r in record.relations}


@pytest.mark.parametrize(("text", "relation"), [
    # a class of bodies keeps its relations: 有关部门 is not the 政务服务有关部门 named before it
    ("政务服务有关部门应当编制办事指南。有关部门印发《青禾县政务服务工作规范》。",
     ("有关部门", "ISSUED", "青禾县政务服务工作规范")),
    ("甘肃省各级纪检监察机关建立问题清单。纪检监察机关印发《青禾县监督工作办法》。",
     ("纪检监察机关", "ISSUED", "青禾县监督工作办法")),
    ("市地方金融监督管理部门应当制定《云岭市金融风险应急预案》。地方金融监督管理部门应当制定《金融风险处置办法》。",
     ("地方金融监督管理部门", "ISSUED", "金融风险处置办法")),
    # a class by its head alone (no place or level says whose), even where the pipeline did not mark it
    ("青禾县林业机关制定《护林办法》。林业机关制定《护林细则》。", ("林业机关", "ISSUED", "护林细则")),
])
def test_merge_classes_a_class_is_not_merged_into_a_longer_name(nlp, text, relation):
    assert relation in relations(nlp, text)


def test_merge_classes_not_into_a_coordination(nlp):
    got = relations(nlp, "市、区人民政府应当建立风险监测机制。区人民政府应当建立金融风险监测预警机制。")
    assert ("区人民政府", "ESTABLISHED", "金融风险监测预警机制") in got
    assert ("市、区人民政府", "ESTABLISHED", "金融风险监测预警机制") not in got


@pytest.mark.parametrize(("text", "name", "mentions"), [
    ("青禾县委巡察工作领导小组印发《青禾县巡察工作方案》。巡察工作领导小组要求落实。",
     "青禾县委巡察工作领导小组", {"青禾县委巡察工作领导小组", "巡察工作领导小组"}),
    ("云岭市交通运输局印发《通行办法》。交通运输局印发《通行细则》。", "云岭市交通运输局", {"云岭市交通运输局", "交通运输局"}),
    ("县委巡察组进驻。巡察组听取汇报。", "县委巡察组", {"县委巡察组", "巡察组"}),
])
def test_merge_classes_one_body_by_its_short_name_still_merges(nlp, text, name, mentions):
    assert entities(nlp, text)[("ORG", name)] == mentions


@pytest.mark.parametrize(("text", "short"), [
    ("下级人民政府信访工作机构接受指导。信访工作机构印发《信访工作规则》。", "信访工作机构"),
    ("有关领导小组印发《工作手册》。领导小组印发《工作细则》。", "领导小组"),  # 有关: which ones is left open
])
def test_merge_classes_not_under_a_class_marker(nlp, text, short):
    assert entities(nlp, text)[("ORG", short)] == {short}


@pytest.mark.parametrize("text", [
    "市里起草了《云岭市城乡融合发展五年规划纲要（草案）》，《纲要草案》已交人代会审议。",
    "市里起草了《云岭市城乡融合发展五年规划纲要(草案)》，《纲要草案》已交人代会审议。",
])
def test_merge_classes_short_title_takes_in_the_note(nlp, text):
    got = entities(nlp, text)
    assert got == {("DOC", "云岭市城乡融合发展五年规划纲要(草案)"): {
        text[text.index("云岭市") : text.index("》")], "纲要草案"}}


def test_merge_classes_full_and_half_width_brackets_are_one_title(nlp):
    got = entities(nlp, "印发《青禾县河长制工作规则（试行）》。落实《青禾县河长制工作规则(试行)》。")
    assert got == {("DOC", "青禾县河长制工作规则(试行)"): {"青禾县河长制工作规则（试行）", "青禾县河长制工作规则(试行)"}}


@pytest.mark.parametrize(("short", "merged"), [("规则试行", True), ("试行", False)])
def test_merge_classes_note_alone_is_no_short_title(nlp, short, merged):
    got = entities(nlp, f"印发《青禾县河长制工作规则(试行)》。《{short}》另行发布。")
    assert (short in got[("DOC", "青禾县河长制工作规则(试行)")]) is merged


@pytest.mark.parametrize(("text", "name", "mentions"), [
    ("二十届中央纪委第三次全会召开。中央纪委要求各地落实。", "中央纪委", {"中央纪委", "二十届中央纪委"}),
    ("中共宁夏回族自治区委员会印发《实施方案》。自治区党委要求各地落实。", "中共宁夏回族自治区委员会",
     {"中共宁夏回族自治区委员会", "自治区党委"}),
])
def test_merge_classes_one_body_by_its_other_names(nlp, text, name, mentions):
    assert entities(nlp, text)[("ORG", name)] == mentions
