"""Rules of session 26, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_list_of_duties_keeps_the_grassroots_level_it_binds_but_no_named_body(nlp):
    names, _ = _extract(nlp, "泓川县政府全面建立乡镇街道履职事项清单。")
    assert any(name.startswith("乡镇") and name.endswith("履职事项清单") for name in _mechanisms(names))
    # a named body before the list is who keeps it, no part of its name
    names, _ = _extract(nlp, "县纪委建立县委巡察办问题清单。")
    assert "问题清单" in _mechanisms(names)
    assert not any(name.startswith("县委巡察办") for name in _mechanisms(names))


def test_a_list_opening_a_clause_that_says_it_is_drawn_up_is_named(nlp):
    names, _ = _extract(nlp, "全县涉企检查事项清单全面建立，各项整改有序推进。")
    assert "涉企检查事项清单" in _mechanisms(names)
    # no list named where the clause says nothing of its making, nor a bare 清单
    for sentence in ("村级事务清单张贴上墙。", "清单建立后逐项销号。"):
        names, _ = _extract(nlp, sentence)
        assert not any(name.endswith("清单") for name in _mechanisms(names)), sentence


def test_pilots_counted_or_listed_at_a_clause_start_or_named_nationwide_are_named(nlp):
    names, _ = _extract(nlp, "岱川市实施12处矿山生态修复试点，成为3个海事仲裁中心建设试点地区之一。")
    assert {"矿山生态修复试点", "海事仲裁中心建设试点"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪区完成耕地质量提升全国试点，支持国家低碳社区试点建设。")
    assert {"耕地质量提升全国试点", "国家低碳社区试点"} <= _mechanisms(names)
    names, _ = _extract(nlp, "城乡养老服务统筹试点、县域医共体改革试点扎实推进，群众获得感增强。")
    assert {"城乡养老服务统筹试点", "县域医共体改革试点"} <= _mechanisms(names)
    # a count of pilots of a level, or of no kind, names none
    names, _ = _extract(nlp, "全市建成3个省级试点，确定10个试点单位，将5个村列为试点。")
    assert not any(name.endswith("试点") for name in _mechanisms(names))


def test_a_campaign_or_model_creation_said_to_bear_fruit_is_named(nlp):
    names, _ = _extract(nlp, "岱川市全年办结民生实事12件。乡村文明示范创建成效明显，边境村寨振兴行动取得新成效。")
    assert {"乡村文明示范创建", "边境村寨振兴行动"} <= _mechanisms(names)
    names, _ = _extract(nlp, "各项行动取得明显成效。")
    assert not any(name.endswith("行动") for name in _mechanisms(names))


def test_a_quoted_programme_named_plan_is_a_mechanism(nlp):
    names, _ = _extract(nlp, "澄溪职业学院入选省级“匠心计划”，市里编制“十五五”规划。")
    assert "匠心计划" in _mechanisms(names)
    assert "十五五" not in _mechanisms(names)


def test_nationwide_campaigns_and_policies_of_housing_border_areas_and_clean_ups_are_named(nlp):
    names, _ = _extract(nlp, "桂巷县深入实施兴边富民行动，完成保交房任务，推进群众身边不正之风和腐败问题深化整治。")
    assert {"兴边富民行动", "保交房", "群众身边不正之风和腐败问题深化整治"} <= _mechanisms(names)
