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
