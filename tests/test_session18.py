"""Rules of session 18, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

from kg.corpus import extract_texts


def _extract(nlp, text: str) -> tuple[dict[str, tuple[str, list[str]]], set[tuple[str, str, str]]]:
    (record,) = extract_texts(nlp, [("t.txt", text)])
    names = {e.name: (e.type, sorted({m.text for m in e.mentions})) for e in record.entities}
    return names, {(r.head.name, r.type, r.tail.name) for r in record.relations}


def _mechanisms(names: dict[str, tuple[str, list[str]]]) -> set[str]:
    return {name for name, (kind, _) in names.items() if kind == "MECH"}


def test_a_verbs_complement_is_no_part_of_the_system_after_it(nlp):
    names, relations = _extract(nlp, "岱川市政府实施好高层次人才特殊津贴制度，落实好河长制。")
    assert "高层次人才特殊津贴制度" in _mechanisms(names)
    assert ("岱川市政府", "ESTABLISHED", "高层次人才特殊津贴制度") in relations
    assert not any(name.startswith("好") for name in names)
    # a name that starts with 好 keeps it
    names, _ = _extract(nlp, "泓川市政府推行政务服务好差评制度。")
    assert "政务服务好差评制度" in _mechanisms(names)


def test_a_field_alone_before_a_head_names_no_mechanism(nlp):
    names, _ = _extract(nlp, "岱川市健全市场和价格机制，建立优化服务企业机制，完善政策制度和监管机制。")
    assert not _mechanisms(names) & {"价格机制", "企业机制", "政策制度", "监管机制"}
    names, _ = _extract(nlp, "岱川市国资委推动市属企业建立现代企业制度。")
    assert "现代企业制度" in _mechanisms(names)
