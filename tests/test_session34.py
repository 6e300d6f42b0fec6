"""Rules of session 34, on sentences written for these tests (made-up events; 岱川, 霁川, 沧浔, 青禾, 蔺溪 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_numbered_meeting_that_passed_a_regulation_issued_it(nlp):
    _, relations = _extract(nlp, "《霁川市古树名木保护条例》已由霁川市第十六届人民代表大会常务委员会第九次会议于2025年6月3日"
                                 "通过，经岱川省第十四届人民代表大会常务委员会第八次会议于2025年7月30日批准，现予公布。")
    assert ("霁川市人民代表大会常务委员会", "ISSUED", "霁川市古树名木保护条例") in relations
    # the approving province's committee is named after a second 经, not right after the title: it issued nothing
    assert not any(rel == "ISSUED" and head.startswith("岱川") for head, rel, _ in relations)
    _, relations = _extract(nlp, "《城镇燃气安全管理条例》已经2025年4月9日国务院第61次常务会议通过，现予公布，自2025年9月1日起施行。")
    assert ("国务院", "ISSUED", "城镇燃气安全管理条例") in relations
    # a meeting that only discussed it passed nothing
    _, relations = _extract(nlp, "《城镇燃气安全管理条例》已经国务院第61次常务会议讨论，尚待修改。")
    assert not any(rel == "ISSUED" for _, rel, _ in relations)


def test_a_province_kg_lacks_keeps_its_name(nlp):
    names, relations = _extract(nlp, "近日，岱川省委机构编制委员会办公室通报检查情况。中共岱川省委、岱川省人民政府印发《岱川省机构改革方案》。")
    assert {"岱川省委机构编制委员会办公室", "中共岱川省委", "岱川省人民政府"} <= set(names)
    assert ("岱川省人民政府", "ISSUED", "岱川省机构改革方案") in relations
    assert not any(name.startswith("省") for name in names)
    # a verb or a span of years before 省政府 names no province
    names, _ = _extract(nlp, "过去五年省政府新闻办发布信息一千余条。会议决定废止省政府规章三件。")
    assert "省政府新闻办" in names
    assert not any(name.startswith(("五年", "废止")) for name in names)
