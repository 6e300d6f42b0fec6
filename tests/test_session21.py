"""Rules of session 21, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 白鹭 are made-up
places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_systems_named_by_their_own_zhi_are_two_when_joined(nlp):
    names, relations = _extract(nlp, "岱川县总医院全面推行院长年薪制和医务人员目标年薪制。")
    assert names["院长年薪制"][0] == "MECH" and names["医务人员目标年薪制"][0] == "MECH"
    assert "院长年薪制和医务人员目标年薪制" not in names
    assert ("岱川县总医院", "ESTABLISHED", "医务人员目标年薪制") in relations
    names, _ = _extract(nlp, "泓川市各部门推行首问首办制，实行村干部积分制管理。")
    assert "首问首办制" in names and "村干部积分制" in names


def test_a_structure_before_zhi_is_no_system(nlp):
    names, _ = _extract(nlp, "岱川县建立健全管理体制和运行机制，严格控制编制。")
    assert not any(name.endswith(("体制", "控制", "编制")) for name in names)
    assert "管理体制和运行机制" not in names


def test_a_quoted_experience_is_a_named_practice(nlp):
    names, _ = _extract(nlp, "澄溪县委深入践行新时代“白鹭经验”，推进信访工作法治化。")
    assert names["白鹭经验"][0] == "MECH"
    names, _ = _extract(nlp, "澄溪县委组织干部学习先进“经验”，认真总结经验。")
    assert not any(name.endswith("经验") for name in names)


def test_a_bracketed_alternative_inside_a_systems_name(nlp):
    names, _ = _extract(nlp, "岱川县教育局督促学校落实食品安全校长（园长）负责制。")
    assert any("食品安全校长（园长）负责制" in mentions for _, mentions in names.values())
    assert "负责制" not in names
    names, _ = _extract(nlp, "泓川市建立市、县（区）两级河长制。")
    assert not any("（区）河长制" in m for _, mentions in names.values() for m in mentions)

