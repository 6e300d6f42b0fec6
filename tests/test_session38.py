"""Rules of session 38, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_central_bodys_institute_named_by_a_city_starting_with_chang_is_found_whole(nlp):
    # 长 after 中国科学院 starts 长春 here, not a title (院长)
    names, relations = _extract(nlp, "中国科学院长春光学精密机械与物理研究所（以下简称长春光机所）与吉林大学签约。")
    assert "中国科学院长春光学精密机械与物理研究所" in names
    assert "长春光机所" in names["中国科学院长春光学精密机械与物理研究所"][1]
    assert ("中国科学院长春光学精密机械与物理研究所", "PART_OF", "中国科学院") in relations
    # (a minister during the spring festival, the academy's president: no body past the name)
    names, _ = _extract(nlp, "外交部长春节期间会见来宾，中国科学院院长出席。")
    assert not any(name.startswith(("外交部长", "中国科学院院")) for name in names)


def test_an_action_plan_drawn_up_is_a_document_and_one_carried_out_a_campaign(nlp):
    names, relations = _extract(nlp, "青禾市人民政府制定乡村振兴三年行动计划，制定实施教育强市行动计划。")
    assert names["乡村振兴三年行动计划"][0] == "DOC"
    assert names["教育强市行动计划"][0] == "DOC"  # (no 实施 in the plan's name)
    assert ("青禾市人民政府", "ISSUED", "教育强市行动计划") in relations
    names, _ = _extract(nlp, "青禾市深入实施城市更新行动计划。")
    assert names["城市更新行动计划"][0] == "MECH"
