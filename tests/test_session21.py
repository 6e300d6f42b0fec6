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



def test_a_class_after_listed_bodies_is_no_name(nlp):
    names, _ = _extract(nlp, "兰山区教育局以兰山区第二中学、兰山区实验小学等优质学校为龙头。")
    assert "兰山区实验小学" in names and not any("等" in name for name in names)
    names, _ = _extract(nlp, "临沂中等职业学校和临沂高等专科学校联合办学。")
    assert "临沂高等专科学校" in names


def test_a_kind_of_partner_is_no_working_together(nlp):
    _, relations = _extract(nlp, "中国建设银行临沂分行、中国农业银行临沂分行等合作银行将做好开户。")
    assert not [r for r in relations if r[1] == "COOPERATES_WITH"]
    _, relations = _extract(nlp, "岱川市卫健委与岱川市医保局合作开展试点。")
    assert ("岱川市卫健委", "COOPERATES_WITH", "岱川市医保局") in relations


def test_a_numbered_unit_holds_no_particle(nlp):
    names, relations = _extract(nlp, "案件查结后，驻局纪检监察组第一时间向局党组制发纪检监察建议书。")
    assert "局党组" in names and not any("第一时间" in name for name in names)
    assert ("驻局纪检监察组", "ISSUED", "纪检监察建议书") in relations
    names, _ = _extract(nlp, "岱川市纪委监委第六监督检查室会同岱川市公安局第一分局开展工作。")
    assert "岱川市纪委监委第六监督检查室" in names and "岱川市公安局第一分局" in names


def test_a_leading_group_named_by_two_aims(nlp):
    names, relations = _extract(nlp, "岱川县委、县政府成立县医疗保障和医药卫生体制改革领导小组，由县长任组长。")
    assert "岱川县医疗保障和医药卫生体制改革领导小组" in names or "县医疗保障和医药卫生体制改革领导小组" in names
    assert not any(name == "医药卫生体制改革领导小组" for name in names)
    assert any(r[1] == "ESTABLISHED" and r[2].endswith("县医疗保障和医药卫生体制改革领导小组") for r in relations)
    names, _ = _extract(nlp, "成立疫情防控和经济社会发展工作指挥部。由县长和副县长任领导小组组长。")
    assert "疫情防控和经济社会发展工作指挥部" in names
    assert not any(name.startswith("县长") for name in names)
