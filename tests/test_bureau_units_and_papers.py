"""A bureau's or department's own units named after its one-character short form (局办公室, 厅党组), and papers a
page cites as its source; on sentences written for these tests (岱川, 泓川, 桐岭 are made-up places)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts


def test_a_bureaus_units_after_its_short_form_are_its_own(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "岱川市财政局召开会议，局办公室负责同志参加。局党组研究部署。")])
    names = {e.name: [m.text for m in e.mentions] for e in record.entities if e.type == "ORG"}
    assert names["岱川市财政局办公室"] == ["局办公室"]
    assert names["岱川市财政局党组"] == ["局党组"]
    assert {(r.head.name, r.type, r.tail.name) for r in record.relations} >= {
        ("岱川市财政局办公室", "PART_OF", "岱川市财政局"), ("岱川市财政局党组", "PART_OF", "岱川市财政局")}


def test_a_departments_units_after_its_short_form_are_found(nlp):
    names = [s.text for s in nlp("省公安厅召开会议，厅党委书记出席，厅科技信息中心负责同志参加。").spans["kg"]]
    assert "厅党委" in names and "厅科技信息中心" in names


@pytest.mark.parametrize("text", ["局长主持会议。局面稳定。", "这是全局工作。", "局部地区出现降雨。"])
def test_words_starting_with_ju_are_no_units(nlp, text):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "paper"),
    [("来源：桐岭日报  2024-06-03", "桐岭日报"), ("据钟岚晚报报道，青禾县召开会议。", "钟岚晚报")],
)
def test_a_cited_paper_of_a_place_kg_lacks_is_a_document(nlp, text, paper):
    assert (paper, "DOC") in [(s.text, s.label_) for s in nlp(text).spans["kg"]]


def test_a_papers_office_is_no_document(nlp):
    assert [s.text for s in nlp("据桐岭日报社消息，会议召开。").spans["kg"] if s.label_ == "DOC"] == []


def test_a_bureaus_organ_of_its_offices_is_part_of_the_bureau(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "岱川市财政局机关党委开展主题党日活动。")])
    assert [e.name for e in record.entities if e.type == "ORG"] == ["岱川市财政局", "岱川市财政局机关党委"]
    assert [(r.head.name, r.type, r.tail.name) for r in record.relations] == [
        ("岱川市财政局机关党委", "PART_OF", "岱川市财政局")]


def test_agreements_named_after_signing_are_issued_by_each_signer(nlp):
    text = "钟岚市交通运输局与桐岭市交通运输局签订城际公交一体化运营协议，两市卫健委签署医疗联合体共建备忘录。"
    (record,) = extract_texts(nlp, [("t.txt", text)])
    assert {e.name for e in record.entities if e.type == "DOC"} == {"城际公交一体化运营协议", "医疗联合体共建备忘录"}
    assert {(r.head.name, r.type, r.tail.name) for r in record.relations} == {
        ("钟岚市交通运输局", "ISSUED", "城际公交一体化运营协议"), ("桐岭市交通运输局", "ISSUED", "城际公交一体化运营协议"),
        ("两市卫健委", "ISSUED", "医疗联合体共建备忘录")}  # (the bodies of two places: a class, no carried subject)


@pytest.mark.parametrize("text", ["两市签订合作协议。", "双方签署战略合作框架协议。", "签订协议后，项目开工。"])
def test_an_agreement_of_no_name_is_no_document(nlp, text):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "DOC" and not s._.kg_generic] == []


@pytest.mark.parametrize(("text", "bodies"), [("两市卫健委签署备忘录。", "两市卫健委"), ("各县政府联合印发通知。", "各县政府")])
def test_the_bodies_of_each_or_several_places_are_a_class(nlp, text, bodies):
    assert (bodies, True) in [(s.text, s._.kg_generic) for s in nlp(text).spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize("text", ["十三市开展评比。", "全市各县区开展评比。"])
def test_counts_of_places_name_no_bodies(nlp, text):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"] == []


def relations_of(nlp, text: str) -> set[tuple[str, str, str]]:
    (record,) = extract_texts(nlp, [("t.txt", text)])
    return {(r.head.name, r.type, r.tail.name) for r in record.relations}


def test_a_companys_party_committee_is_the_parent_of_its_office(nlp):
    assert relations_of(nlp, "青禾交投集团党委办公室印发通知。") >= {
        ("青禾交投集团党委办公室", "PART_OF", "青禾交投集团党委"), ("青禾交投集团党委", "PART_OF", "青禾交投集团")}


def test_a_ministrys_department_with_a_long_name_is_part_of_it(nlp):
    assert ("市场监管总局食品经营安全监督管理司", "PART_OF", "市场监管总局") in relations_of(
        nlp, "市场监管总局食品经营安全监督管理司负责人表示，将加强监管。")


@pytest.mark.parametrize("place", ["甘谷县", "青禾县"])  # one the gazetteer knows, one it lacks
def test_a_bureaus_leading_group_keeps_the_place_and_is_part_of_the_bureau(nlp, place):
    group = f"{place}财政局预算绩效管理工作领导小组"
    assert (group, "PART_OF", f"{place}财政局") in relations_of(nlp, f"{group}召开会议。")


def test_a_body_inside_a_class_of_levels_is_no_body(nlp):
    names = [s.text for s in nlp("区、县人民代表大会常务委员会审查监督本级预算。").spans["kg"] if not s._.kg_generic]
    assert "县人民代表大会" not in names


def test_the_organ_of_a_bureaus_offices_after_its_short_form(nlp):
    relations = relations_of(nlp, "岱川市财政局机关党委开展活动。局机关纪委同步开展廉政风险排查，局机关党建工作得到肯定。")
    assert relations == {("岱川市财政局机关党委", "PART_OF", "岱川市财政局"), ("岱川市财政局机关纪委", "PART_OF", "岱川市财政局")}


def test_a_bureaus_unit_after_two_bureaus_is_nobodys_in_particular(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "白鹭市公安局、白鹭市财政局召开会议。局党组研究部署，厅党组书记讲话。")])
    names = [e.name for e in record.entities if e.type == "ORG"]
    assert not any(name.endswith("局党组") and name != "局党组" for name in names)
    assert "厅党组" not in names  # (no department named at all)


@pytest.mark.parametrize(
    ("text", "office", "centre"),
    [("国家税务总局广东省税务局发布公告。", "国家税务总局广东省税务局", "国家税务总局"),
     ("海关总署广东分署查获走私案件。", "海关总署广东分署", "海关总署")],
)
def test_a_central_bodys_office_in_a_place_is_part_of_it(nlp, text, office, centre):
    assert (office, "PART_OF", centre) in relations_of(nlp, text)


def test_a_central_bodys_bureau_named_with_a_city_is_no_bureau_of_it(nlp):
    assert [s.text for s in nlp("海关总署广州分署查获走私案件。").spans["kg"]] == ["海关总署"]  # (a place's office)


def test_a_committee_the_state_council_sets_up_is_part_of_it(nlp):
    assert relations_of(nlp, "国务院食品安全委员会办公室通报情况。") == {
        ("国务院食品安全委员会办公室", "PART_OF", "国务院食品安全委员会"), ("国务院食品安全委员会", "PART_OF", "国务院")}


def test_a_commissions_supervision_advice_is_a_document_it_issues(nlp):
    assert relations_of(nlp, "白鹭市纪委监委向市交通运输局党组制发监察建议，要求整改。") >= {
        ("白鹭市纪委监委", "ISSUED", "监察建议")}
    assert [s.text for s in nlp("督促落实纪检监察建议。").spans["kg"] if s.label_ == "MECH"] == []


@pytest.mark.parametrize("text", ["全市城区面积扩大，郊区农民增收。", "青港城区纪委监委组成联合办案组。"])
def test_urban_and_suburban_areas_are_no_places(nlp, text):
    assert [s for s in nlp(text).spans["kg"] if "大同" in s.text or s.text.startswith(("城区", "郊区"))] == []


def test_a_district_named_urban_after_its_city_is_a_place():
    from kg.pipeline.gazetteer import load_gazetteer

    text = "阳泉市城区人民政府召开会议"
    assert [text[s:e] for s, e in load_gazetteer().find(text)] == ["阳泉市", "城区"]


def test_river_basin_commissions_are_the_water_ministrys(nlp):
    names = [s.text for s in nlp("水利部在七大流域设有长江水利委员会、黄河水利委员会等派出机构。").spans["kg"] if s.label_ == "ORG"]
    assert "长江水利委员会" in names and "黄河水利委员会" in names and "水利委员会" not in names
    assert ("水利部珠江水利委员会", "PART_OF", "水利部") in relations_of(nlp, "水利部珠江水利委员会召开会议。")


def test_a_body_after_a_class_marker_and_a_level_is_a_class(nlp):
    spans = [(s.text, s._.kg_generic) for s in nlp("联合有关省级河长制办公室开展巡查。").spans["kg"] if s.label_ == "ORG"]
    assert spans and all(generic for _, generic in spans)


def test_a_cup_named_after_a_body_is_no_body(nlp):
    assert [s.text for s in nlp("青禾队勇夺2025中国足协杯冠军。").spans["kg"] if s.label_ == "ORG"] == []
    assert [s.text for s in nlp("中国足协发布通知。").spans["kg"] if s.label_ == "ORG"] == ["中国足协"]


def test_a_groups_short_name_after_yixia_jiancheng_leaves_no_debris(nlp):
    text = "8月20日，云岭交通投资集团有限公司（以下简称交投集团）召开会议。"
    (record,) = extract_texts(nlp, [("t.txt", text)])
    assert [(e.name, [m.text for m in e.mentions]) for e in record.entities] == [
        ("云岭交通投资集团有限公司", ["云岭交通投资集团有限公司", "交投集团"])]


def test_a_democratic_partys_committee_of_a_place_is_one_body_part_of_the_party(nlp):
    relations = relations_of(nlp, "市政协经济委员会联合民建青禾市委会、九三学社白鹭市委会组成调研组。")
    names = [s.text for s in nlp("民建青禾市委会开展调研。").spans["kg"] if not s._.kg_generic]
    assert "市委" not in names and "民建青禾市委会" in names
    assert ("民建青禾市委会", "PART_OF", "中国民主建国会") in relations  # (the party by its full name)


@pytest.mark.parametrize("text", ["村民建设管理委员会开展工作。", "居民进行登记，市民建言献策。"])
def test_a_partys_short_name_inside_a_word_is_no_party(nlp, text):
    assert not any(s.text.startswith(("民建", "民进")) for s in nlp(text).spans["kg"])


def test_a_body_after_ge_is_a_class_whichever_rule_finds_it(nlp):
    text = "青禾市纪委监委案件监督管理室会同各派驻纪检监察组建立以案促改工作台账。"
    teams = [s for s in nlp(text).spans["kg"] if s.text == "派驻纪检监察组"]
    assert teams and all(s._.kg_generic for s in teams)


@pytest.mark.parametrize("text", ["村党组织领导村民委员会开展工作。", "社区党组织领导居民委员会开展工作。"])
def test_lingdao_before_a_body_is_no_part_of_a_name(nlp, text):
    assert not any("领导" in s.text for s in nlp(text).spans["kg"])


def test_leading_groups_keep_lingdao_in_their_names(nlp):
    assert "青禾县委巡察工作领导小组" in [s.text for s in nlp("青禾县委巡察工作领导小组召开会议。").spans["kg"]]
