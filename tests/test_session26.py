"""Rules of session 26, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places)."""

from __future__ import annotations

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_list_of_duties_keeps_the_grassroots_level_it_binds_but_no_named_body(nlp):
    names, _ = _extract(nlp, "泓川县政府全面建立乡镇街道履职事项清单。")
    assert any(name.startswith("乡镇") and name.endswith("履职事项清单") for name in _mechanisms(names))
    # a named body before the list is who keeps it, no part of its name
    names, _ = _extract(nlp, "县纪委建立县委巡察办问题清单。")
    assert "问题清单" in _mechanisms(names)
    assert not any(name.startswith("县委巡察办") for name in _mechanisms(names))


def test_a_list_opening_a_clause_that_says_it_is_drawn_up_is_named(nlp):
    names, _ = _extract(nlp, "全县涉企检查事项清单全面建立，各项整改有序推进。")
    assert "涉企检查事项清单" in _mechanisms(names)
    # no list named where the clause says nothing of its making, nor a bare 清单
    for sentence in ("村级事务清单张贴上墙。", "清单建立后逐项销号。"):
        names, _ = _extract(nlp, sentence)
        assert not any(name.endswith("清单") for name in _mechanisms(names)), sentence


def test_pilots_counted_or_listed_at_a_clause_start_or_named_nationwide_are_named(nlp):
    names, _ = _extract(nlp, "岱川市实施12处矿山生态修复试点，成为3个海事仲裁中心建设试点地区之一。")
    assert {"矿山生态修复试点", "海事仲裁中心建设试点"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪区完成耕地质量提升全国试点，支持国家低碳社区试点建设。")
    assert {"耕地质量提升全国试点", "国家低碳社区试点"} <= _mechanisms(names)
    names, _ = _extract(nlp, "城乡养老服务统筹试点、县域医共体改革试点扎实推进，群众获得感增强。")
    assert {"城乡养老服务统筹试点", "县域医共体改革试点"} <= _mechanisms(names)
    # a count of pilots of a level, or of no kind, names none
    names, _ = _extract(nlp, "全市建成3个省级试点，确定10个试点单位，将5个村列为试点。")
    assert not any(name.endswith("试点") for name in _mechanisms(names))


def test_a_campaign_or_model_creation_said_to_bear_fruit_is_named(nlp):
    names, _ = _extract(nlp, "岱川市全年办结民生实事12件。乡村文明示范创建成效明显，边境村寨振兴行动取得新成效。")
    assert {"乡村文明示范创建", "边境村寨振兴行动"} <= _mechanisms(names)
    names, _ = _extract(nlp, "各项行动取得明显成效。")
    assert not any(name.endswith("行动") for name in _mechanisms(names))


def test_a_quoted_programme_named_plan_is_a_mechanism(nlp):
    names, _ = _extract(nlp, "澄溪职业学院入选省级“匠心计划”，市里编制“十五五”规划。")
    assert "匠心计划" in _mechanisms(names)
    assert "十五五" not in _mechanisms(names)


def test_nationwide_campaigns_and_policies_of_housing_border_areas_and_clean_ups_are_named(nlp):
    names, _ = _extract(nlp, "桂巷县深入实施兴边富民行动，完成保交房任务，推进群众身边不正之风和腐败问题深化整治。")
    assert {"兴边富民行动", "保交房", "群众身边不正之风和腐败问题深化整治"} <= _mechanisms(names)


def test_a_county_s_armed_forces_department_by_its_short_name_is_a_body(nlp):
    names, relations = _extract(nlp, "泓川县应急管理局会同县人武部组建应急救援队伍。")
    assert names.get("县人武部", ("",))[0] == "ORG"
    assert ("泓川县应急管理局", "COOPERATES_WITH", "县人武部") in relations
    names, _ = _extract(nlp, "泓川县人民武装部开展民兵训练。县人武部还组织了演练。")
    assert set(names["泓川县人民武装部"][1]) == {"泓川县人民武装部", "县人武部"}


def test_an_adverb_before_a_partner_word_keeps_both_bodies_in_the_subject(nlp):
    _, relations = _extract(nlp, "泓川县委巡察办还联合县委组织部制定《巡察整改评估办法》。")
    assert {("泓川县委巡察办", "ISSUED", "巡察整改评估办法"), ("县委组织部", "ISSUED", "巡察整改评估办法")} <= relations
    _, relations = _extract(nlp, "泓川县农业农村局随即会同县公安局、县市场监管局制定本县农资打假实施细则。")
    assert ("泓川县农业农村局", "COOPERATES_WITH", "县公安局") in relations
    assert ("县公安局", "COOPERATES_WITH", "县市场监管局") not in relations


def test_a_quoted_name_before_a_system_keeps_the_whole_head(nlp):
    names, _ = _extract(nlp, "澄溪区市场监管局推行“红黑榜”公示制度，实行“首违不罚”公示制。")
    assert {"红黑榜公示制度", "首违不罚公示制"} <= _mechanisms(names)


def test_a_station_that_belongs_to_a_bureau_is_a_body_of_its_own_part_of_it(nlp):
    names, relations = _extract(nlp, "泓川县市场监管局所属白鹭市场监管所推行“红黑榜”公示制度。")
    assert names.get("白鹭市场监管所", ("",))[0] == "ORG"
    assert not any("所属" in name or name.endswith("局所") for name in names)
    assert ("白鹭市场监管所", "PART_OF", "泓川县市场监管局") in relations


def test_listed_subjects_joined_to_a_partner_by_an_adverb_each_work_with_the_partner_not_each_other(nlp):
    _, relations = _extract(nlp, "泓川县财政局、县审计局还联合县纪委监委开展协作，定期通报线索。")
    cooperation = {r for r in relations if r[1] == "COOPERATES_WITH"}
    assert cooperation == {("泓川县财政局", "COOPERATES_WITH", "县纪委监委"), ("县审计局", "COOPERATES_WITH", "县纪委监委")}


def test_a_county_the_gazetteer_lacks_keeps_its_name_over_a_one_character_county_it_ends_in(nlp):
    # 芷岚县 is made up; 岚县 is a real county the longer name ends in
    names, _ = _extract(nlp, "在市纪委监委的坚强领导下，芷岚县纪委监委坚持稳中求进。")
    assert "芷岚县纪委监委" in names
    assert not any(name.startswith("岚县") for name in names)
    # after a preposition or another place the one-character county is still the place
    names, _ = _extract(nlp, "在岚县调研期间，吕梁市岚县纪委监委汇报了工作。")
    assert any(name.endswith("岚县纪委监委") for name in names)


def test_leading_firms_that_set_up_a_kind_of_innovation_consortium_are_classes_with_their_relation(nlp):
    names, relations = _extract(nlp, "岱川市支持骨干企业牵头组建任务型创新联合体，开展关键技术攻关。")
    assert names.get("骨干企业", ("",))[0] == "ORG"
    assert names.get("任务型创新联合体", ("",))[0] == "ORG"
    assert ("骨干企业", "ESTABLISHED", "任务型创新联合体") in relations
    (record,) = extract_texts(nlp, [("t.txt", "岱川市支持骨干企业牵头组建任务型创新联合体。")])
    assert {"骨干企业", "任务型创新联合体"} <= {e.name for e in record.entities if e.generic}


def test_campaigns_listed_before_a_shared_head_include_four_character_items_ending_in_an_action(nlp):
    names, _ = _extract(nlp, "泓川县实施茶业振兴、林地质量提升、新一轮水稻产能提升行动。")
    assert {"茶业振兴行动", "林地质量提升行动", "新一轮水稻产能提升行动"} <= _mechanisms(names)
    # short fields of one campaign stay one
    names, _ = _extract(nlp, "泓川县实施山林、河湖、田园提升攻坚战。")
    assert "山林攻坚战" not in _mechanisms(names)


def test_a_central_issuer_before_guanyu_starts_an_unmarked_document_s_name_and_issued_it(nlp):
    names, relations = _extract(nlp, "泓川县认真落实国务院关于支持澄溪流域生态保护的意见。")
    assert names.get("国务院关于支持澄溪流域生态保护的意见", ("",))[0] == "DOC"
    assert ("国务院", "ISSUED", "国务院关于支持澄溪流域生态保护的意见") in relations
    names, _ = _extract(nlp, "贯彻中共中央、国务院关于加快建设沄水经济带的意见。")
    assert "中共中央、国务院关于加快建设沄水经济带的意见" in names


def test_audited_and_inspected_bodies_and_public_institutions_are_classes_that_keep_their_relations(nlp):
    _, relations = _extract(nlp, "第九条　被审计单位应当建立审计整改台账。被督察对象应当编制整改方案。")
    assert ("被审计单位", "ESTABLISHED", "审计整改台账") in relations
    assert ("被督察对象", "ISSUED", "整改方案") in relations
    _, relations = _extract(nlp, "第十条　国有企业和事业单位应当依法设立内部审计机构。")
    assert {("国有企业", "ESTABLISHED", "内部审计机构"), ("事业单位", "ESTABLISHED", "内部审计机构")} <= relations


def test_leading_firms_of_an_industry_are_a_class(nlp):
    _, relations = _extract(nlp, "澄溪区支持行业领军企业牵头组建创新联合体。")
    assert ("行业领军企业", "ESTABLISHED", "创新联合体") in relations


def test_a_zone_the_nation_names_for_a_reform_or_experiment_is_a_pilot(nlp):
    names, _ = _extract(nlp, "加快国家数据要素综合试验区建设，创建中国（青禾）自由贸易试验区，推进国家中医药综合改革示范区建设。")
    assert {"国家数据要素综合试验区", "国家中医药综合改革示范区"} <= _mechanisms(names)
    assert any(name.endswith("自由贸易试验区") for name in _mechanisms(names))
    # parks and titles a place wins are no pilots
    names, _ = _extract(nlp, "建设国家农业高新技术产业示范区，创建国家生态文明建设示范区，支持国家自主创新示范区发展。")
    assert not any(name.endswith("示范区") for name in _mechanisms(names))


def test_the_united_nations_by_its_bare_name_is_a_body(nlp):
    names, relations = _extract(nlp, "澄溪林场荣获联合国“土地生命奖”，联合国大会通过决议。")
    assert names.get("联合国", ("",))[0] == "ORG"
    assert ("联合国大会", "PART_OF", "联合国") in relations


def test_a_case_made_of_a_company_is_no_part_of_its_name(nlp):
    text = "泓川县生态环境分局与县公安局建立联动机制，联合查处澄溪化工有限公司（以下简称澄溪化工）废水超标排放案件，对澄溪化工处以罚款。"
    names, _ = _extract(nlp, text)
    assert "澄溪化工有限公司" in names
    assert not any(name.startswith(("联合", "查处")) for name in names)


def test_an_account_that_opens_on_a_body_makes_it_the_we_of_its_paragraphs(nlp):
    text = ("过去一年，在县委和市纪委监委的坚强领导下，澄溪县纪委监委坚持稳中求进工作总基调。\n"
            "我们聚焦政治监督，建立政治监督活页清单，推行“清单+督办”工作法。")
    _, relations = _extract(nlp, text)
    assert ("澄溪县纪委监委", "ESTABLISHED", "政治监督活页清单") in relations
    # a text whose opening subject is no body, or that never says 我们, has no such speaker
    _, relations = _extract(nlp, "过去一年，澄溪县纪委监委坚持稳中求进。\n县审计局建立政治监督活页清单。")
    assert ("澄溪县纪委监委", "ESTABLISHED", "政治监督活页清单") not in relations


def test_a_clause_opening_with_the_count_of_the_bodies_named_before_makes_each_work_with_each(nlp):
    text = "泓川县应急管理局在县防指统一领导下，与县消防救援大队、县人武部建立联勤机制，三方密切协作，开展演练。"
    _, relations = _extract(nlp, text)
    cooperation = {r for r in relations if r[1] == "COOPERATES_WITH"}
    assert cooperation == {("泓川县应急管理局", "COOPERATES_WITH", "县消防救援大队"),
                           ("泓川县应急管理局", "COOPERATES_WITH", "县人武部"), ("县消防救援大队", "COOPERATES_WITH", "县人武部")}
    # a count that is not the number of bodies named names none of them
    _, relations = _extract(nlp, "县法院、县检察院和县公安局召开座谈会，双方加强协作。")
    assert not {r for r in relations if r[1] == "COOPERATES_WITH"}
