"""Rules of session 16, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

from kg.corpus import extract_texts


def _extract(nlp, text: str) -> tuple[dict[str, tuple[str, list[str]]], set[tuple[str, str, str]]]:
    (record,) = extract_texts(nlp, [("t.txt", text)])
    names = {e.name: (e.type, sorted({m.text for m in e.mentions})) for e in record.entities}
    return names, {(r.head.name, r.type, r.tail.name) for r in record.relations}


def test_a_special_administrative_regions_short_name_is_a_place(nlp):
    names, _ = _extract(nlp, "香港特区政府发表声明。澳门特区立法会当天审议了一项法案。")
    assert names["香港特区政府"] == ("ORG", ["香港特区政府"])
    assert names["澳门特区立法会"] == ("ORG", ["澳门特区立法会"])


def test_the_bodies_of_a_special_administrative_region(nlp):
    names, _ = _extract(nlp, "香港特别行政区廉政公署公布了一宗案件，终审法院此前已作出裁决。")
    assert "香港特别行政区廉政公署" in names
    # a head of these bodies needs a place before it: no body from a bare 立法会议 or a 市人大 meeting's name
    names, _ = _extract(nlp, "市人大立法会议召开。")
    assert not any("立法会" in name for name in names)


def test_the_central_governments_offices_in_the_regions(nlp):
    names, relations = _extract(nlp, "中央人民政府驻香港特别行政区联络办公室负责人表示支持。外交部驻港公署发言人作出回应。")
    assert "中央人民政府驻香港特别行政区联络办公室" in names
    assert ("外交部驻港公署", "PART_OF", "外交部") in relations
