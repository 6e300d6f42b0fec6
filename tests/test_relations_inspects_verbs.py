"""INSPECTS by the verbs of checking a body (清查, 排查, 抽查, 走访, 暗访…): a body right after the verb, or the
bodies of 对…开展; 排查, 清查 and 核查 inspect a body only when the body is their whole object."""

from __future__ import annotations

import pytest

from kg.pipeline.lexicons import verb_table


def inspects(doc) -> list[tuple[str, str]]:
    return [(h.text, t.text) for h, rel, t, _ in doc._.kg_relations if rel == "INSPECTS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县纪委监委工作人员实地走访县政务服务中心，与办事群众面对面交流。", [("青禾县纪委监委", "县政务服务中心")]),
        ("云岭市纪委监委全面排查县自然资源局账目。", [("云岭市纪委监委", "县自然资源局")]),
        ("柳溪县纪委监委对县农业农村局、县水利局开展“拉网式”清查。",
         [("柳溪县纪委监委", "县农业农村局"), ("柳溪县纪委监委", "县水利局")]),
        ("云岭市市场监管局对县人民医院开展随机抽查。", [("云岭市市场监管局", "县人民医院")]),
        ("青禾县纪委监委对县住建局进行暗访。", [("青禾县纪委监委", "县住建局")]),
        ("柳溪县纪委监委对县卫健局等单位开展排查。", [("柳溪县纪委监委", "县卫健局")]),
        ("县委第二巡察组巡察县卫健局党组。", [("县委第二巡察组", "县卫健局党组")]),  # the team pattern, once
        ("县委第二检查组抽查县卫健局、县医保局。", [("县委第二检查组", "县卫健局"), ("县委第二检查组", "县医保局")]),
    ],
)
def test_relations_inspects_verbs_aimed_at_bodies(nlp, text, expected):
    assert inspects(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "青禾县应急管理局排查安全隐患。",  # risks, not a body
        "柳溪县纪委监委对县卫健局反映的问题开展排查。",  # the problems a body reported
        "云岭市纪委监委对县水利局移交的问题线索进行核查。",  # the leads a body handed over
        "岚川省应急管理厅组织开展风险隐患大排查。",  # no body at all
    ],
)
def test_relations_inspects_verbs_aimed_at_things_inspect_no_body(nlp, text):
    assert inspects(nlp(text)) == []


def test_relations_inspects_verbs_have_rows():
    table = verb_table()
    for verb in ("清查", "排查", "核查", "抽查", "走访", "暗访", "巡查", "问询"):
        assert "INSPECTS" in table[verb].relations
    assert {v.verb for v in table if v.direct_object == "body_only"} == {"清查", "排查", "核查"}
    assert {v.verb for v in table if v.direct_object == "body_any"} == {"抽查", "走访", "暗访", "巡查", "检查", "审计",
                                                                       "督察", "问询"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省审计厅审计了省交通运输厅。", [("省审计厅", "省交通运输厅")]),
        ("市纪委监委检查了市民政局。", [("市纪委监委", "市民政局")]),
        # the team a body sets up in the sentence inspects
        ("常委会组建由副主任任组长的执法检查组，重点检查了县市场监督管理局、县卫生健康局。",
         [("执法检查组", "县市场监督管理局"), ("执法检查组", "县卫生健康局")]),
        ("市纪委监委组建内部巡查组，对机关各部门开展内部巡查。", [("内部巡查组", "机关各部门")]),
        ("省审计厅检查发现问题12个。", []),  # no body after the verb
    ],
)
def test_relations_inspects_a_body_right_after_a_check_or_audit(nlp, text, expected):
    assert inspects(nlp(text)) == expected


def relation_triples(doc) -> list[tuple[str, str, str]]:
    return [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations if rel != "PART_OF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县委巡察工作领导小组统筹安排4个巡察组，对县农业农村局、县水利局等12个党组织开展巡察。",
         [("巡察组", "INSPECTS", "县农业农村局"), ("巡察组", "INSPECTS", "县水利局"),
          ("青禾县委巡察工作领导小组", "LEADS", "巡察组")]),
        ("云岭市委派出5个巡察组，对市财政局开展巡察。", [("巡察组", "INSPECTS", "市财政局")]),
        ("柳溪县委选派督查组，对县水务局开展督查。", [("督查组", "INSPECTS", "县水务局")]),
    ],
)
def test_the_team_a_body_sends_inspects(nlp, text, expected):
    assert relation_triples(nlp(text)) == expected


def test_a_body_sending_a_team_is_no_part_of_its_name(nlp):
    orgs = [s.text for s in nlp("省委派出督导组进驻市财政局。").spans["kg"] if s.label_ == "ORG"]
    assert "督导组" in orgs and "省委派出督导组" not in orgs


def test_a_police_station_keeps_its_paichu(nlp):
    assert "县公安局城关派出所" in [s.text for s in nlp("县公安局城关派出所民警到场。").spans["kg"]]


def test_the_teams_an_office_organises_inspect(nlp):
    doc = nlp("在市委巡察工作领导小组统筹下，市委巡察办组织5个巡察组，对市教育局、市卫健委开展巡察。")
    assert [t for t in relation_triples(doc) if t[1] == "INSPECTS"] == [
        ("巡察组", "INSPECTS", "市教育局"), ("巡察组", "INSPECTS", "市卫健委")]


def test_an_audit_of_bodies_named_in_a_long_object(nlp):
    text = ("市审计局对市教育委员会、市卫生健康委员会、市交通运输委员会等42个市级部门及其所属216家单位的预算执行情况"
            "进行了审计。")
    assert [t for t in relation_triples(nlp(text)) if t[1] == "INSPECTS"] == [
        ("市审计局", "INSPECTS", "市教育委员会"), ("市审计局", "INSPECTS", "市卫生健康委员会"),
        ("市审计局", "INSPECTS", "市交通运输委员会")]


def test_the_group_pointed_back_to_is_the_group_company_named_before(nlp):
    text = "去年，区委巡察组对青禾区城市运营集团有限公司开展巡察。区委第二巡察组随后对该集团开展专项巡察“回头看”。"
    assert ("区委第二巡察组", "INSPECTS", "青禾区城市运营集团有限公司") in relation_triples(nlp(text))


def test_an_inspection_completed_is_the_helped_teams(nlp):
    text = ("青海省人民政府工作报告\n一、2025年工作回顾\n"
            "配合中央第三生态环境保护督察组完成对省委、省政府的例行督察，督察反馈的问题已整改。")
    found = relation_triples(nlp(text))
    assert ("中央第三生态环境保护督察组", "INSPECTS", "省委") in found
    assert ("中央第三生态环境保护督察组", "INSPECTS", "省政府") in found
    assert not [t for t in found if t[0] == "青海省人民政府" and t[1] == "INSPECTS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委巡察办把审计发现的问题作为巡察重点，在对区交通局的巡察中发现问题12个。", [("区委巡察办", "区交通局")]),
        ("区委巡察办在对区交通局的工作中发现问题。", []),  # no inspection named
        ("区委巡察办对区交通局的巡察发现问题。", []),  # neither done nor under way: what it found
    ],
)
def test_an_inspection_under_way_is_the_actors(nlp, text, expected):
    assert inspects(nlp(text)) == expected
