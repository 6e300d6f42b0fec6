"""Gazetteer and the document's region context."""

from __future__ import annotations

import pytest

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.regions import MAIN, document_regions
from tests.conftest import texts_of


def test_gazetteer_knows_every_level():
    gaz = load_gazetteer()
    assert (gaz.places["甘肃省"].level, gaz.places["天水市"].level, gaz.places["渭源县"].level) == (
        "province", "city", "county")
    assert gaz.parent(gaz.places["渭源县"]).name == "定西市"


def test_regions_county_text_fills_city_and_province():
    regions = document_regions("渭源县委巡察办在渭源县开展工作。", [], load_gazetteer())
    assert {k: p.name for k, p in regions.items()} == {"省": "甘肃省", "市": "定西市", "县": "渭源县", MAIN: "渭源县"}


def test_regions_main_place_is_the_one_named_most_and_none_on_a_tie():
    # (the place a bare 政府, 人大 or 政协 belongs to: a county's report is about the county, not its province)
    text = "临泽县人民政府召开会议。临泽县委书记讲话。甘肃省政府派员参加。"
    assert document_regions(text, [], load_gazetteer())[MAIN].name == "临泽县"
    assert MAIN not in document_regions("支持酒泉市、张掖市创建示范城市。", [], load_gazetteer())


def test_regions_most_mentioned_wins_and_noise_counts_less():
    text = "兰州市委。天水市委。天水市政府。"
    assert document_regions(text, [], load_gazetteer())["市"].name == "天水市"
    assert document_regions(text, [(5, 16)], load_gazetteer())["市"].name == "兰州市"


def test_regions_a_place_one_goes_to_or_learns_from_counts_less():
    text = "天水市委巡察办赴兰州市学习，借鉴兰州市经验。市委巡察办表示……"
    assert document_regions(text, [], load_gazetteer())["市"].name == "天水市"
    assert document_regions(text.replace("赴", "在").replace("借鉴", "在"), [], load_gazetteer())["市"].name == "兰州市"


def test_gazetteer_county_named_like_a_verb_is_the_verb_inside_a_sentence():
    gaz = load_gazetteer()
    text = "县应急管理局会同县消防救援大队检查。会同县人民政府召开会议。湖南省怀化市会同县委"
    assert [text[s:e] for s, e in gaz.find(text)] == ["会同县", "湖南省", "怀化市", "会同县"]
    # at a clause's start, the verb too, unless the text names the county again
    text = "柳溪县财政局加强监管。会同县农业农村局开展排查。"
    assert gaz.find(text) == []
    text = "会同县人民政府召开会议。会同县农业农村局开展排查。"
    assert [text[s:e] for s, e in gaz.find(text)] == ["会同县", "会同县"]


@pytest.mark.parametrize("kind", ["samples", "real"])
def test_gazetteer_prefix_is_the_longest_name_the_regex_matches(kind):
    gaz = load_gazetteer()
    texts = [text[:3000] for text in texts_of(kind)]
    texts += ["甘肃省定西市渭源县", "定西", "内蒙古自治区", "市委", ""]
    for text in texts:
        for pos in range(len(text) + 1):
            m = gaz.pattern.match(text, pos)
            assert gaz.prefix(text, pos) == (m.end() if m else -1), (text[pos : pos + 10], pos)


def test_gazetteer_autonomous_divisions_by_their_running_text_names():
    gaz = load_gazetteer()
    assert gaz.resolve("临夏州").name == "临夏回族自治州" and gaz.resolve("甘南").name == "甘南藏族自治州"
    assert gaz.resolve("积石山县").name == "积石山保安族东乡族撒拉族自治县"
    assert gaz.resolve("临夏市").name == "临夏市" and gaz.resolve("海南").name == "海南省"  # the fuller name first
    assert gaz.resolve("积石山") is None  # a county's bare name is too short to be sure of


@pytest.mark.parametrize("name", ["岚川省", "云岭市", "青禾县", "柳溪县", "鹤鸣市", "兰泽县"])
def test_gazetteer_does_not_know_the_samples_fictional_places(name):
    gaz = load_gazetteer()
    assert gaz.resolve(name) is None and gaz.prefix(name + "纪委监委", 0) == -1


def test_regions_a_bare_city_in_a_municipality_text_is_the_municipality():
    from kg.pipeline.gazetteer import load_gazetteer
    from kg.pipeline.regions import document_regions

    text = "北京市人民政府印发通知。市政府要求，南京路商户加强自查。北京市人大常委会审议。"
    regions = document_regions(text, [], load_gazetteer())
    assert regions["市"].name == "北京市"
    text = "天水市委召开会议。天水市纪委通报，北京市专家参加。市政府要求落实。"
    assert document_regions(text, [], load_gazetteer())["市"].name == "天水市"  # a city the text is about


@pytest.mark.parametrize("kind", ["samples", "real"])
def test_gazetteer_find_is_the_name_regex_scan(kind):
    gaz = load_gazetteer()
    for text in [*texts_of(kind), "甘肃省定西市渭源县", "定西", "市委和县委", ""]:
        spans = [m.span() for m in gaz.pattern.finditer(text)]
        expected = [(s, e) for i, (s, e) in enumerate(spans)
                    if not gaz._word_not_place(text, s, e, spans[i - 1] if i else None)]
        assert gaz.find(text) == expected
