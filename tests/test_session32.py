"""Rules of session 32, on sentences written for these tests (made-up events; 岱川, 霁川, 泓川, 澄溪, 青禾 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_central_agencys_office_in_a_place_kg_lacks(nlp):
    names, relations = _extract(nlp, "国家税务总局霁川市税务局与霁川市财政局建立联席会议制度。")
    assert "国家税务总局霁川市税务局" in names
    assert "市税务局" not in names
    assert ("国家税务总局霁川市税务局", "PART_OF", "国家税务总局") in relations
    assert ("国家税务总局霁川市税务局", "COOPERATES_WITH", "霁川市财政局") in relations
    # a county's office and its branch: each up its chain
    _, relations = _extract(nlp, "国家税务总局青禾县税务局第一税务分局开展纳税服务检查。")
    assert ("国家税务总局青禾县税务局第一税务分局", "PART_OF", "国家税务总局青禾县税务局") in relations
    assert ("国家税务总局青禾县税务局", "PART_OF", "国家税务总局") in relations
    # the agency's own bureau is no office in a place
    names, relations = _extract(nlp, "国家税务总局稽查局开展专项检查。")
    assert ("国家税务总局稽查局", "PART_OF", "国家税务总局") in relations
