"""Rules of session 22, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 白鹭, 青禾 are
made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_quoted_item_of_a_list_before_deng_leaves_the_others_named(nlp):
    names, relations = _extract(nlp, "青禾县纪委监委建立问题线索联合研判、整改成效“双评议”等制度。")
    assert {"问题线索联合研判", "双评议"} <= _mechanisms(names)
    assert ("青禾县纪委监委", "ESTABLISHED", "问题线索联合研判") in relations
    # one item alone before 等 is still no list (a field of work)
    names, _ = _extract(nlp, "青禾县建立“双评议”等制度。")
    assert not any(name.endswith("等制度") for name in names)


def test_kinds_of_work_joined_by_a_word_for_working_together_name_one_mechanism(nlp):
    names, relations = _extract(nlp, "岱川市审计局建立审计监督与巡察监督、财会监督贯通协同机制。")
    whole = "审计监督与巡察监督、财会监督贯通协同机制"
    assert _mechanisms(names) == {whole}
    assert ("岱川市审计局", "ESTABLISHED", whole) in relations
    # without such a word the items keep their own head: two practices
    names, _ = _extract(nlp, "岱川市审计局建立健全巡察整改、成果运用机制。")
    assert "成果运用机制" in names and whole not in names


def test_checks_moved_up_a_level_or_across_places_are_practices(nlp):
    names, _ = _extract(nlp, "泓川市审计局对重大问题实行提级核查，组织县区开展交叉执法和异地审计。")
    assert {"提级核查", "交叉执法", "异地审计"} <= _mechanisms(names)
    names, _ = _extract(nlp, "泓川市纪委监委派出交叉检查组。")
    assert names["交叉检查组"][0] == "ORG" and not _mechanisms(names)


def test_a_counted_programme_of_deeds_is_named(nlp):
    names, _ = _extract(nlp, "澄溪县人民政府今年继续办好12件民生实事，完成“十件惠民实事”。")
    assert {"12件民生实事", "十件惠民实事"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪县人民政府认真办理民生实事。")
    assert not _mechanisms(names)


def test_one_per_unit_in_quotes_is_a_practice(nlp):
    names, _ = _extract(nlp, "白鹭镇为资源性资产建立“一村一档”，按照“一河（湖）一策”要求治理河湖。")
    assert {"一村一档", "一河(湖)一策"} <= _mechanisms(names)
    names, _ = _extract(nlp, "白鹭镇干部“一心一意”为群众办事。")
    assert not _mechanisms(names)


def test_ways_of_working_a_quote_names_before_its_head(nlp):
    names, _ = _extract(nlp, "青禾县信访局实行“红橙黄”三级预警和“受理—交办—办理—反馈”闭环管理，对村党组织实行“五星”分类定级。")
    assert {"红橙黄三级预警", "受理-交办-办理-反馈闭环管理", "五星分类定级"} <= _mechanisms(names)
    assert "闭环管理" not in names


def test_pools_of_needs_resources_and_knowledge_are_named_by_their_field(nlp):
    names, relations = _extract(nlp, "岱川县科技局建立科技特派员服务需求库和专家资源库，岱川县热线中心建立热线知识库。")
    assert {"科技特派员服务需求库", "专家资源库", "热线知识库"} <= _mechanisms(names)
    assert ("岱川县科技局", "ESTABLISHED", "专家资源库") in relations
    names, _ = _extract(nlp, "岱川县科技局把数据存入资源库。")
    assert not _mechanisms(names)


def test_central_inspection_is_a_kind_of_inspection_and_its_groups_are_bodies(nlp):
    names, _ = _extract(nlp, "泓川市委抓好中央巡视反馈意见整改，配合中央巡视组开展工作。")
    assert names["中央巡视"][0] == "MECH" and names["中央巡视组"][0] == "ORG"


def test_a_known_practice_before_a_unit_role_or_clue_is_none(nlp):
    names, _ = _extract(nlp, "澄溪县检察院派驻检察官参与化解，引入澄溪县人民调解委员会，移送立案监督线索。")
    assert not _mechanisms(names) & {"派驻检察", "人民调解", "立案监督"}
    names, _ = _extract(nlp, "澄溪县检察院推行派驻检察，加强立案监督。")
    assert "派驻检察" in names


def test_a_check_named_by_its_style_and_one_kind_of_work_driving_another(nlp):
    names, _ = _extract(nlp, "澄溪县纪委监委坚持蹲点式监督，开展拉网式排查，坚持以督促改、以查促治。")
    assert {"蹲点式监督", "拉网式排查", "以督促改", "以查促治"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪县新建嵌入式服务设施，以学习促进工作。")
    assert not _mechanisms(names)


def test_a_quoted_year_of_a_campaign_is_a_practice_and_a_plain_year_none(nlp):
    names, _ = _extract(nlp, "澄溪县检察院落实“检察建议提质增效年”部署，迎来“丰收年”。")
    assert _mechanisms(names) == {"检察建议提质增效年"}


def test_a_follow_up_check_in_quotes_is_named_by_the_work_it_checks_again(nlp):
    names, _ = _extract(nlp, "泓川市开展城市更新“回头看”。")
    assert "城市更新回头看" in _mechanisms(names)
    names, _ = _extract(nlp, "泓川市委巡察办对被巡察党组织开展“回头看”。")
    assert "回头看" in _mechanisms(names)


def test_a_known_practice_before_a_rate_or_in_the_name_of_a_centre_is_none(nlp):
    names, _ = _extract(nlp, "岱川县行政机关负责人出庭应诉率保持100%，岱川县设立项目帮办代办服务中心。")
    assert not _mechanisms(names)
    names, _ = _extract(nlp, "岱川县推行帮办代办，实行失信惩戒。")
    assert {"帮办代办", "失信惩戒"} <= _mechanisms(names)


def test_what_follows_deng_names_the_mechanism_and_the_items_its_scope(nlp):
    names, relations = _extract(nlp, "泓川市河长办建立白鹭湖、青禾湖等跨界河湖联合巡查机制。")
    assert _mechanisms(names) == {"跨界河湖联合巡查机制"}
    assert ("泓川市河长办", "ESTABLISHED", "跨界河湖联合巡查机制") in relations
    names, _ = _extract(nlp, "泓川市发展保税维修等新业态新模式，完善市场经济、民主法治等体制机制。")
    assert not _mechanisms(names)


def test_the_assessment_of_a_named_programme_is_a_practice(nlp):
    names, _ = _extract(nlp, "白鹭区将诉源治理成效纳入平安建设考评和高质量发展综合绩效考核。")
    assert {"平安建设考评", "高质量发展综合绩效考核"} <= _mechanisms(names)
    names, _ = _extract(nlp, "白鹭区将工作情况纳入年度考核。")
    assert not _mechanisms(names)


def test_nationwide_programmes_of_law_and_safety_are_practices(nlp):
    # (双拥共建, a field of work, is none since session 25: see test_session25)
    names, _ = _extract(nlp, "青禾县持续做好全民普法，深入开展“双拥”共建，深化平安创建，建设人才飞地。")
    assert {"全民普法", "平安创建", "人才飞地"} <= _mechanisms(names)


def test_a_reform_is_named_by_its_field_after_the_verb_that_carries_it_on(nlp):
    names, _ = _extract(nlp, "岱川省深化国资国企改革，稳步推进农信社改革，推进公用事业和公共服务价格改革。")
    assert {"国资国企改革", "农信社改革", "公用事业和公共服务价格改革"} <= _mechanisms(names)
    names, _ = _extract(nlp, "岱川省全面深化改革，深化重点领域和关键环节改革，完成改革任务。")
    assert not _mechanisms(names)


def test_a_list_put_in_force_may_hold_a_level_in_brackets(nlp):
    names, _ = _extract(nlp, "泓川市全面实施乡镇（街道）履行职责事项清单。")
    assert any("乡镇（街道）履行职责事项清单" in mentions for _, mentions in names.values())


def test_reforms_sharing_the_head_and_named_pushes_are_each_named(nlp):
    names, _ = _extract(nlp, "青禾省推进综合交通运输体制、能源管理体制改革，深化零基预算、国资国企改革。")
    assert {"综合交通运输体制改革", "能源管理体制改革", "国资国企改革"} <= _mechanisms(names)
    names, _ = _extract(nlp, "青禾省深化国有资本投资、运营公司改革，深化甲市、乙市国家级金融改革试验区建设。")
    # (the zone is a pilot of its own since session 26; no reform is cut out of it)
    assert _mechanisms(names) - {"国家级金融改革试验区"} == {"国有资本投资、运营公司改革"}
    names, _ = _extract(nlp, "青禾省推进中心城区雨污合流治理攻坚，推进项目攻坚克难，开展集中攻坚。")
    assert _mechanisms(names) == {"中心城区雨污合流治理攻坚"}


def test_the_steps_of_one_mechanism_may_end_in_verbs(nlp):
    names, relations = _extract(nlp, "青禾市委巡察办建立问题线索移交、办理、反馈工作机制。")
    whole = "问题线索移交、办理、反馈工作机制"
    assert _mechanisms(names) == {whole}
    assert ("青禾市委巡察办", "ESTABLISHED", whole) in relations


def test_a_described_mechanism_put_in_force_is_named_and_a_generic_one_is_not(nlp):
    names, _ = _extract(nlp, "岱川市国资委深化落实国资国企协同监管机制。")
    assert "国资国企协同监管机制" in _mechanisms(names)
    names, _ = _extract(nlp, "岱川市国资委完善监督机制，落实协作配合机制。")
    assert not _mechanisms(names)


def test_a_quoted_list_before_qingdan_and_a_problem_list(nlp):
    names, _ = _extract(nlp, "泓川市制定政商交往“正面、负面、倡导”清单。")
    assert "正面、负面、倡导清单" in _mechanisms(names)
    names, _ = _extract(nlp, "泓川市梳理“四风”清单。")
    assert not _mechanisms(names)


def test_a_systematic_clean_up_is_named_in_a_report_and_a_kind_in_an_article(nlp):
    names, _ = _extract(nlp, "我们纵深开展招投标领域突出问题系统整治，有序开展全域土地综合整治。")
    assert {"招投标领域突出问题系统整治", "全域土地综合整治"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪县纪委监委开展招投标领域突出问题系统整治。")
    assert "招投标领域突出问题系统整治" not in names


def test_a_reform_after_deng_is_named_without_its_examples(nlp):
    names, _ = _extract(nlp, "澄溪市稳步推进供热等公用事业价格改革，推进“无证明城市”建设等改革。")
    assert "公用事业价格改革" in _mechanisms(names)
    assert not any(name.endswith("等改革") or name.startswith("供热") for name in names)


def test_quotes_of_what_a_body_is_found_to_have_are_problems(nlp):
    names, _ = _extract(nlp, "巡察发现，部分单位存在“以会议落实会议”“以文件落实文件”、随意要求基层填表报数等情况。")
    assert not _mechanisms(names)
    names, _ = _extract(nlp, "白鹭县纪委监委推行“以案示警”做法。")
    assert "以案示警" in _mechanisms(names)


def test_aims_fields_and_counts_before_gaige_name_no_reform(nlp):
    names, _ = _extract(nlp, "泓川市推动稳增长、促改革，深化经济领域改革，完成三项改革，完成巩固拓展脱贫攻坚成果同乡村振兴有效衔接。")
    assert not _mechanisms(names)
    names, _ = _extract(nlp, "泓川市推进农村综合改革。")
    assert "农村综合改革" in _mechanisms(names)


def test_a_kind_of_check_done_to_a_named_object_is_a_verb_not_a_practice(nlp):
    names, _ = _extract(nlp, "澄溪县委第二巡察组同步延伸巡察该镇6个村党组织。")
    assert not _mechanisms(names)
    names, _ = _extract(nlp, "澄溪县委第二巡察组对白鹭镇党委开展延伸巡察。")
    assert "延伸巡察" in _mechanisms(names)


def test_a_pilot_won_in_a_batch_is_named_without_guojia(nlp):
    names, _ = _extract(nlp, "国家数据局将泓川市列入首批城市全域数字化转型试点。")
    assert "城市全域数字化转型试点" in _mechanisms(names)
    names, _ = _extract(nlp, "泓川市将三个乡镇纳入试点。")
    assert not _mechanisms(names)
