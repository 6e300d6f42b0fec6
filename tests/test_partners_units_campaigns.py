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
