"""Rules of session 37, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_county_by_its_full_name_after_its_city_is_not_read_by_its_short_name(nlp):
    # 潞城区 is 长治市's (once 潞城市): the district's full name, no place 潞城 and no name shifted past the verb
    names, _ = _extract(nlp, "长治市潞城区公安局开展检查，长治市潞城区应急管理局在对企业检查时未提出要求。")
    assert {"长治市潞城区公安局", "长治市潞城区应急管理局"} <= set(names)
    assert not any(name.endswith(("开展", "在对")) for name in names)
    # the short name right after the city still names the county (成都市武侯生态环境局)
    names, _ = _extract(nlp, "会同成都市武侯生态环境局开展检查。")
    assert "成都市武侯生态环境局" in names


def test_staffing_verbs_and_adverbs_before_a_body_are_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "青禾市人民政府决定，核减县发展和改革局行政编制2名，其职责划入市农业农村局。")
    assert not any(name.startswith(("核减", "划入")) for name in names)
    assert any(name.endswith("市农业农村局") for name in names)  # (划入市: a verb, no word 入市)
    names, _ = _extract(nlp, "国家税务总局青禾市税务局将本轮巡察与此前省局开展的巡视贯通。")
    assert not any(name.startswith("此前") for name in names)
    # 代表 inside a name stays: 人民代表大会, 代表团
    names, _ = _extract(nlp, "青海省人民代表大会常务委员会听取报告，河南代表团参加审议。")
    assert {"青海省人民代表大会常务委员会", "河南代表团"} <= set(names)


def test_the_safety_and_staffing_commissions_by_their_short_names_are_one_body_each(nlp):
    names, relations = _extract(nlp, "江西省安全生产委员会办公室印发通报，考核结果纳入省安委会年度考核，由省安委办统筹。")
    assert names["江西省安全生产委员会"][1] == ["江西省安全生产委员会", "省安委会"]
    assert "省安委办" in names["江西省安全生产委员会办公室"][1]
    assert ("江西省安全生产委员会办公室", "PART_OF", "江西省安全生产委员会") in relations
    names, _ = _extract(nlp, "咸宁市委机构编制委员会办公室负责解释，市委编办负责督促。")
    assert "市委编办" in names["咸宁市委机构编制委员会办公室"][1]
    assert not any(name.endswith("编办") for name in names)


def test_a_decision_headed_by_its_authoritys_name_is_issued_by_it(nlp):
    text = ("白鹭县市场监督管理局行政处罚决定书\n白市监罚〔2025〕37号\n当事人：白鹭县佳惠商贸有限公司。\n"
            "当事人应当自收到本决定书之日起十五日内缴纳罚款。")
    names, relations = _extract(nlp, text)
    kind, mentions = names["白鹭县市场监督管理局行政处罚决定书"]
    assert kind == "DOC" and {"白市监罚〔2025〕37号", "本决定书"} <= set(mentions)
    assert ("白鹭县市场监督管理局", "ISSUED", "白鹭县市场监督管理局行政处罚决定书") in relations
    # a decision cited in a sentence, or one in 《》 that names a body, is no heading of the text
    names, relations = _extract(nlp, "当事人对白鹭县市场监督管理局行政处罚决定书不服，可以申请行政复议。")
    assert not any(rel == "ISSUED" for _, rel, _ in relations)
