"""Rules of session 17, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

from kg.corpus import extract_texts


def _extract(nlp, text: str) -> tuple[dict[str, tuple[str, list[str]]], set[tuple[str, str, str]]]:
    (record,) = extract_texts(nlp, [("t.txt", text)])
    names = {e.name: (e.type, sorted({m.text for m in e.mentions})) for e in record.entities}
    return names, {(r.head.name, r.type, r.tail.name) for r in record.relations}


def _mentions(names: dict[str, tuple[str, list[str]]]) -> set[str]:
    return {m for _, ms in names.values() for m in ms}


def test_nationwide_enterprises_and_banks_by_their_common_names(nlp):
    names, relations = _extract(nlp, "岱川市与恒丰银行、中联重科和宁德时代签署合作协议。招商银行岱川分行当天开业。")
    found = _mentions(names)
    for body in ("恒丰银行", "中联重科", "宁德时代", "招商银行岱川分行"):
        assert body in found, body
    assert ("招商银行岱川分行", "PART_OF", "招商银行") in relations


def test_an_enterprises_short_name_inside_other_words_is_none(nlp):
    names, _ = _extract(nlp, "岱川市培育1万科技型企业，组建中美团队开展研究，互联网易受攻击的环节得到加固。")
    found = _mentions(names)
    assert not found & {"万科", "美团", "网易"}


def test_a_development_zone_by_its_short_kind(nlp):
    names, _ = _extract(nlp, "岱川高新区管委会与泓川经开区管委会共建产业园，泓川综保区管委会参加。")
    for body in ("岱川高新区管委会", "泓川经开区管委会", "泓川综保区管委会"):
        assert names[body][0] == "ORG", body


def test_a_public_unit_named_before_its_heads_title(nlp):
    names, _ = _extract(nlp, "溧阳市岱兴镇农业综合服务中心主任钱某违规发放津补贴。")  # (named from a real place)
    assert "溧阳市岱兴镇农业综合服务中心" in names
    # a building's main works are no unit's
    names, _ = _extract(nlp, "推进溧阳市物流服务中心主体工程建设。")
    assert not any(name.endswith("服务中心") for name in names)


def test_an_office_whose_name_ends_in_a_verb(nlp):
    names, relations = _extract(nlp, "岱川市农业农村局农村合作经济指导科负责人介绍了情况。")
    assert ("岱川市农业农村局农村合作经济指导科", "PART_OF", "岱川市农业农村局") in relations
    # the verb itself still ends a name: the bureau guides the schools, it names no office
    names, _ = _extract(nlp, "岱川县教育局指导各学校开展工作，指导科学研究。")
    assert set(names) == {"岱川县教育局"}


def test_the_departments_of_peoples_organisations(nlp):
    _, relations = _extract(nlp, "岱川市总工会劳动和经济工作部、岱川市妇联权益部和团市委青年发展部联合开展活动。")
    assert ("岱川市总工会劳动和经济工作部", "PART_OF", "岱川市总工会") in relations
    assert ("岱川市妇联权益部", "PART_OF", "岱川市妇联") in relations
    assert ("团市委青年发展部", "PART_OF", "团市委") in relations
    names, _ = _extract(nlp, "岱川县妇联全部参加，岱川县残联组织部分残疾人参加活动。")
    assert not any(name.endswith("部") for name in names)


def test_no_mechanism_named_by_whoever_sets_a_system_up(nlp):
    names, _ = _extract(nlp, "岱川市国资委督促企业完善制度，指导集团公司建立制度。")
    assert not [name for name, (kind, _) in names.items() if kind == "MECH"]
    names, _ = _extract(nlp, "岱川市纪委监委推进闭环落实机制。")
    assert names["闭环落实机制"][0] == "MECH"


def test_nationwide_terms_of_supervision_health_and_inspection(nlp):
    names, _ = _extract(nlp, "岱川县市场监管局提高“双随机”抽查频次，县卫健委推进医养结合，县教育局对学校开展挂牌督导，"
                             "县医保局全面实施按病组（DRG）付费。")
    found = _mentions(names)
    for term in ("“双随机”抽查", "医养结合", "挂牌督导", "按病组（DRG）付费"):
        assert term in found, term
