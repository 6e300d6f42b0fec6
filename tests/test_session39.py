"""Rules of session 39, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_titles_tail_is_its_mention_only_where_it_stands_as_a_name(nlp):
    text = ("青禾市出台《青禾市生态文明高地建设标准》和《青禾市防汛应急预案》。按照防汛应急预案，"
            "完善旅游目的地建设标准。")
    names, _ = _extract(nlp, text)
    assert "防汛应急预案" in names["青禾市防汛应急预案"][1]  # (the tail after a verb: the plan named again)
    assert "地建设标准" not in names["青禾市生态文明高地建设标准"][1]  # (目的地: mid-word)
    # counted, or followed by the character that makes 法 a 法规: a class of documents, not the one titled
    text = "《霁川省地方性法规制定条例》施行。省人大常委会审议地方性法规12件，推动出台自由贸易港法规。"
    names, _ = _extract(nlp, text)
    mentions = next(m for n, (t, m) in names.items() if n.endswith("地方性法规制定条例"))
    assert "地方性法规" not in mentions
    names, _ = _extract(nlp, "《霁川自由贸易港法》施行以来，推动出台自由贸易港法规。")
    assert "自由贸易港法" not in next(m for n, (t, m) in names.items() if n.endswith("自由贸易港法"))


def test_companies_listed_before_a_kind_of_platform_or_specialist_firm_are_bodies(nlp):
    names, _ = _extract(nlp, "青禾市支持星桥云、白鹭数科等平台经济企业做大做强，云帆、霁川智造等专精特新企业加快成长。")
    assert {"星桥云", "白鹭数科", "云帆", "霁川智造"} <= set(names)
    # (industries listed before a kind of firm are no companies)
    names, _ = _extract(nlp, "培育电子信息、生物医药等平台经济企业。")
    assert not {"电子信息", "生物医药"} & set(names)


def test_national_academies_and_institutes_are_found_by_their_short_names(nlp):
    names, _ = _extract(nlp, "中国农科院、中国地科院专家和国防科大团队到青禾市调研，中汽中心、中国信通院参加。")
    assert {"中国农科院", "中国地科院", "国防科大", "中汽中心", "中国信通院"} <= set(names)
    # (a short name and the full name in one text are one body)
    names, _ = _extract(nlp, "中国农业科学院（以下简称中国农科院）在青禾市设站。中国农科院专家驻站。")
    assert "中国农科院" in names["中国农业科学院"][1]


def test_an_autonomous_prefectures_bodies_are_named_with_the_place_as_the_text_writes_it(nlp):
    text = "黔东南州委组织部发布公示。州财政局、州人民医院参加。"
    names, _ = _extract(nlp, text)
    assert {"黔东南州委组织部", "黔东南州财政局", "黔东南州人民医院"} <= set(names)
    # (the full name written once: the full name throughout)
    text = "黔东南苗族侗族自治州人民政府召开会议。州财政局参加。"
    names, _ = _extract(nlp, text)
    assert "黔东南苗族侗族自治州财政局" in names
