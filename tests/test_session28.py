"""Rules of session 28, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places; real provinces stand where a rule is about a place the gazetteer knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_campus_institute_or_base_named_by_a_known_place_is_part_of_its_institution(nlp):
    names, relations = _extract(nlp, "岱川医科大学海南校区实现招生，推动澄溪大学贵州研究院落地，紫云山实验室云南基地建成。")
    assert ("岱川医科大学海南校区", "PART_OF", "岱川医科大学") in relations
    assert ("澄溪大学贵州研究院", "PART_OF", "澄溪大学") in relations
    assert ("紫云山实验室云南基地", "PART_OF", "紫云山实验室") in relations
    # a base is no lab's when a role or member follows (实验室基地长: no body)
    names, _ = _extract(nlp, "紫云山实验室云南基地主任出席。")
    assert "紫云山实验室云南基地主任" not in names
