"""Rules of session 23, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 白鹭, 青禾 are
made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def _mechanisms(names: dict[str, tuple[str, list[str]]]) -> set[str]:
    return {name for name, (kind, _) in names.items() if kind == "MECH"}


def test_a_programme_before_he_leaves_the_campaigns_after_it_named(nlp):
    names, relations = _extract(nlp, "岱川市人民政府实施居民增收计划和稳岗扩容提质行动、技能提升培训行动。")
    assert {"稳岗扩容提质行动", "技能提升培训行动"} <= _mechanisms(names)
    assert ("岱川市人民政府", "ESTABLISHED", "稳岗扩容提质行动") in relations
    # the programme itself is no campaign, and a campaign's own head before 和 still ends the first name
    assert "居民增收计划和稳岗扩容提质行动" not in names
    names, _ = _extract(nlp, "岱川市人民政府实施城乡供水提升工程和数字乡村建设行动。")
    assert {"城乡供水提升工程", "数字乡村建设行动"} <= _mechanisms(names)


def test_pushes_carried_on_by_qianghua_and_signature_battles_are_campaigns(nlp):
    names, _ = _extract(nlp, "泓川市强化大气污染防治攻坚，打好柴油货车污染治理标志性战役。")
    assert {"大气污染防治攻坚", "柴油货车污染治理标志性战役"} <= _mechanisms(names)
    # 强化 before a head with no aim names nothing
    names, _ = _extract(nlp, "泓川市强化专项行动。")
    assert not _mechanisms(names)


def test_a_programme_of_deeds_counted_with_da_is_named(nlp):
    names, _ = _extract(nlp, "澄溪县“十大重点民生实事”全面完成，三大民生实事进展顺利。")
    assert {"十大重点民生实事", "三大民生实事"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪县加大民生实事投入。")
    assert not _mechanisms(names)


def test_nationwide_social_insurance_systems_are_named(nlp):
    names, _ = _extract(nlp, "青禾县推动长期护理保险扩面，稳妥推进基本医疗保险省级统筹，打赢脱贫攻坚战。")
    assert {"长期护理保险", "基本医疗保险省级统筹", "脱贫攻坚战"} <= _mechanisms(names)


def test_a_power_plant_named_by_its_place_is_a_body(nlp):
    names, _ = _extract(nlp, "泉州电厂完成机组改造，关停小电厂。")
    assert names["泉州电厂"][0] == "ORG"
    assert not any(name.endswith("小电厂") for name in names)
