"""Rules of session 25, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places; real place names appear only where the rule is about the gazetteer's levels)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_lab_named_after_a_city_is_an_institution_a_province_s_is_a_rank(nlp):
    names, _ = _extract(nlp, "绵阳实验室上月投入运营。")
    assert names.get("绵阳实验室", ("",))[0] == "ORG"
    # a province's lab, the rank of national and provincial key labs, a level's lab: kinds, no names
    for sentence in ("筹建新材料领域湖北实验室。", "江西省实验室增至5家。", "新增全国重点实验室2家。",
                     "今年新建省实验室3家。"):
        names, _ = _extract(nlp, sentence)
        assert not any(name.endswith("实验室") for name in names), sentence
