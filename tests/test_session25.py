"""Rules of session 25, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places; real place names appear only where the rule is about the gazetteer's levels)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_lab_named_after_a_city_is_an_institution_a_province_s_is_a_rank(nlp):
    names, _ = _extract(nlp, "绵阳实验室上月投入运营。")
    assert names.get("绵阳实验室", ("",))[0] == "ORG"
    # a province's lab, the rank of national and provincial key labs, a level's lab: kinds, no names
    for sentence in ("筹建新材料领域湖北实验室。", "江西省实验室增至5家。", "新增全国重点实验室2家。",
                     "今年新建省实验室3家。"):
        names, _ = _extract(nlp, sentence)
        assert not any(name.endswith("实验室") for name in names), sentence


def test_an_activity_listed_before_a_shared_campaign_head_keeps_its_own_name(nlp):
    names, _ = _extract(nlp, "泓川县政府开展入户走访群众活动、帮扶困难家庭专项行动。")
    assert {"入户走访群众活动", "帮扶困难家庭专项行动"} <= _mechanisms(names)
    assert "入户走访群众活动行动" not in names
    # items with no head of their own still share the one after them
    names, _ = _extract(nlp, "泓川县政府实施乡村工匠培育、家庭农场提升工程。")
    assert {"乡村工匠培育工程", "家庭农场提升工程"} <= _mechanisms(names)


def test_a_verb_s_last_character_starting_a_noun_is_no_verb_before_a_joined_description(nlp):
    # 落实 + 行政…: no 实行 there, so the system's name does not start at 政
    names, _ = _extract(nlp, "沄水县政府全面落实行政执法全过程记录公示和重大执法决定法制审核制度。")
    assert not any(name.startswith("政") for name in _mechanisms(names))
    assert "重大执法决定法制审核制度" in _mechanisms(names)


def test_a_plan_named_after_its_five_year_period_is_a_document(nlp):
    names, relations = _extract(nlp, "岱川市人民政府编制实施“十五五”节水行动方案，制定“九五”普法规划。")
    assert names.get("十五五节水行动方案", ("",))[0] == "DOC"
    assert names.get("九五普法规划", ("",))[0] == "DOC"
    assert ("岱川市人民政府", "ISSUED", "九五普法规划") in relations
    assert "十五五节水行动" not in names
    # a period alone names no plan
    names, _ = _extract(nlp, "岱川市人民政府落实“十五五”时期重点任务。")
    assert not any(kind == "DOC" for kind, _ in names.values())


def test_fields_of_work_listed_before_a_shared_head_are_no_practices(nlp):
    names, _ = _extract(nlp, "泓川县国资委督促企业建立健全招商引资、要素保障等机制，完善主责主业、收入分配等制度。")
    assert not {"招商引资", "要素保障", "主责主业", "收入分配"} & _mechanisms(names)
    # practices listed the same way still are
    names, _ = _extract(nlp, "澄溪区纪委监委建立提前介入、案件会商等工作机制。")
    assert {"提前介入", "案件会商"} <= _mechanisms(names)


def test_a_field_of_work_and_a_goal_are_no_set_phrases(nlp):
    names, _ = _extract(nlp, "沄水县做好国防动员、双拥共建、退役军人事务等工作，推动惠企政策直达快享。")
    assert not {"双拥共建", "直达快享"} & _mechanisms(names)


def test_words_holding_a_function_character_do_not_cut_a_description(nlp):
    # 横向 and 参与 hold 向 and 与, no prepositions there
    names, _ = _extract(nlp, "泓川县深化沄水流域横向生态保护补偿机制，建立群众参与评议机制。")
    assert {"沄水流域横向生态保护补偿机制", "群众参与评议机制"} <= _mechanisms(names)
    # the preposition itself still ends a description
    names, _ = _extract(nlp, "泓川县向社会公开监督举报机制。")
    assert not any(name.startswith(("向", "县向")) for name in _mechanisms(names))


def test_counted_groups_listed_together_are_each_their_own(nlp):
    names, _ = _extract(nlp, "岱川市统筹推进稳外贸四大工程、城管五大攻坚行动和物业服务提升。")
    assert {"稳外贸四大工程", "城管五大攻坚行动"} <= _mechanisms(names)
    assert not any("、" in name for name in _mechanisms(names))
    # a list of fields before one count and head stays one group
    names, _ = _extract(nlp, "岱川市实施老旧管网更新、背街小巷整治、口袋公园建设三大工程。")
    assert "老旧管网更新、背街小巷整治、口袋公园建设三大工程" in _mechanisms(names)


def test_a_programme_counted_after_its_name_is_a_kind(nlp):
    names, _ = _extract(nlp, "岱川市政府推进重点产业工程18项，实施城市更新示范工程。")
    assert "重点产业工程" not in names
    assert "城市更新示范工程" in _mechanisms(names)


def test_nationwide_housing_energy_and_land_terms_are_practices(nlp):
    names, _ = _extract(nlp, "泓川县坚持因城施策，推进煤电机组上大压小和绿电直连，开展家电以旧换新，推行工业用地“标准地”出让。")
    assert {"因城施策", "上大压小", "绿电直连", "以旧换新"} <= _mechanisms(names)
    assert any(name.startswith("标准地") for name in _mechanisms(names))


def test_a_verb_that_sets_work_up_is_never_inside_a_committee_s_name(nlp):
    names, _ = _extract(nlp, "泓川县推行村务监督委员会主任列席村民议事会议制度。")
    assert not any("推行" in name for name in names)
    # a committee named after its work, right after the place, still is one
    names, _ = _extract(nlp, "泓川县安全生产委员会印发通知。")
    assert names.get("泓川县安全生产委员会", ("",))[0] == "ORG"


def test_two_departments_of_one_kind_listed_are_two_classes(nlp):
    names, relations = _extract(nlp, "国务院水行政主管部门会同国务院交通运输主管部门、国务院气象主管部门建立联席会议制度。")
    assert "国务院交通运输主管部门" in names and "国务院气象主管部门" in names
    assert not any("、" in name for name in names)
    assert ("国务院水行政主管部门", "COOPERATES_WITH", "国务院气象主管部门") in relations
    # owners listed before a class they share still make one class
    names, _ = _extract(nlp, "国家税务总局、海关总署所属机构开展自查。")
    assert "国家税务总局、海关总署所属机构" in names


def test_a_formula_of_long_clauses_before_de_names_the_mechanism_after_it(nlp):
    names, _ = _extract(nlp, "泓川县实行政府统一领导、部门分工负责、企业具体落实的工作机制。")
    assert "政府统一领导、部门分工负责、企业具体落实的工作机制" in _mechanisms(names)
    names, _ = _extract(nlp, "岱川市政府建立健全就业帮扶、技能培训、岗位推荐相衔接的援助机制。")
    assert "就业帮扶、技能培训、岗位推荐相衔接的援助机制" in _mechanisms(names)


def test_an_office_ending_in_suo_before_zai_and_a_level_is_a_body(nlp):
    names, relations = _extract(nlp, "司法所在县司法局的指导下组织村（居）民委员会开展调解。")
    assert names.get("司法所", ("",))[0] == "ORG"
    assert ("县司法局", "LEADS", "司法所") in relations
    # 所在 + a place word is where someone lives, no office
    names, _ = _extract(nlp, "申请人可到户籍所在县的政务服务中心办理。")
    assert not any(name.endswith("所") for name in names)


def test_teams_a_group_sets_up_are_whole_when_a_head_character_ends_a_word_inside(nlp):
    # 调处 ends in 处, a head too: the team's name goes on to 组
    names, relations = _extract(nlp, "澄溪区成立综合治理工作领导小组，下设纠纷调处组、网格服务组、平安创建组。")
    assert {"纠纷调处组", "网格服务组", "平安创建组"} <= set(names)
    assert ("纠纷调处组", "PART_OF", "综合治理工作领导小组") in relations


def test_bodies_moved_by_jiang_into_a_merger_are_no_actors_and_lose_yuan(nlp):
    names, relations = _extract(nlp, "泓川县国资委牵头将原泓川水务投资集团、泓川旅游发展集团整合组建为泓川城乡发展集团有限公司。")
    assert "泓川水务投资集团" in names and "原泓川水务投资集团" not in names
    assert ("泓川县国资委", "ESTABLISHED", "泓川城乡发展集团有限公司") in relations
    assert ("泓川旅游发展集团", "ESTABLISHED", "泓川城乡发展集团有限公司") not in relations
    # a body after 将 that issued what is moved still issued it
    _, relations = _extract(nlp, "岱川市政府办公室将省交通运输厅已印发的《通知》再次转发。")
    assert ("省交通运输厅", "ISSUED", "通知") in relations


def test_a_quoted_practice_opening_a_clause_with_what_it_has_done_is_named(nlp):
    names, _ = _extract(nlp, "一年来，“能人回乡”新注册企业86家，“智能管采购”实现全覆盖。")
    assert {"能人回乡", "智能管采购"} <= _mechanisms(names)
    # a quoted word opening a clause with no such account is none
    names, _ = _extract(nlp, "一年来，“美好生活”深入人心。")
    assert "美好生活" not in _mechanisms(names)


def test_a_plan_s_quoted_principles_are_named_with_or_without_de(nlp):
    names, _ = _extract(nlp, "岱川市贯彻“八个坚持”重大原则，把“四个统筹”的重大原则贯穿发展全过程。")
    assert {"八个坚持重大原则", "四个统筹重大原则"} <= _mechanisms(names)
    # a numbered quote alone stays a slogan
    names, _ = _extract(nlp, "岱川市坚持“八个坚持”。")
    assert not _mechanisms(names)


def test_an_unannounced_check_is_named_by_what_it_does_not_do(nlp):
    names, _ = _extract(nlp, "泓川县纪委监委采取不发通知、不打招呼、不听汇报、直插现场的方式，对景区开展暗访。")
    assert "不发通知、不打招呼、不听汇报、直插现场" in _mechanisms(names)
    # words of 不 that are no refusal (不同…), and a style of three-character phrases, are none
    for sentence in ("针对不同地区、不同部门、不同层级的特点制定清单。", "窗口人员做到不推诿、不拖延、不敷衍。"):
        names, _ = _extract(nlp, sentence)
        assert not any(name.startswith("不") for name in _mechanisms(names)), sentence


def test_kinds_of_plans_and_labs_by_rank_are_no_names(nlp):
    names, _ = _extract(nlp, "岱川市高质量编制“十五五”专项规划，力争国家级实验室再增加2家。")
    assert not names.keys() & {"十五五专项规划", "国家级实验室"}
    names, _ = _extract(nlp, "岱川市推进白鹭国家实验室建设。")
    assert names.get("白鹭国家实验室", ("",))[0] == "ORG"


def test_a_pilot_opening_a_clause_with_what_has_come_of_it_is_named(nlp):
    names, _ = _extract(nlp, "一年来，智慧口岸建设试点成效明显，数据资产入表试点通过验收，试点工作有序推进。")
    assert {"智慧口岸建设试点", "数据资产入表试点"} <= _mechanisms(names)
    assert "试点工作" not in names
    # a kind of pilot named with what opens it is none
    names, _ = _extract(nlp, "一年来，各类试点稳步推进。")
    assert not _mechanisms(names)


def test_nationwide_ecological_programmes_are_practices(nlp):
    names, _ = _extract(nlp, "一年来，三北工程六期完成年度任务，沄水山水工程基本完工。")
    assert "三北工程" in _mechanisms(names)
    assert any(name.endswith("山水工程") for name in _mechanisms(names))


def test_a_place_s_investment_company_by_its_level_is_one_body(nlp):
    names, _ = _extract(nlp, "岱川市政府将市城投公司整合。")
    assert names.get("市城投公司", ("",))[0] == "ORG"


def test_an_award_won_makes_no_quoted_practice_and_a_batch_is_no_part_of_a_pilot_s_name(nlp):
    names, _ = _extract(nlp, "一年来，“海蓝一号”获评国家首批智能工厂，新一轮数字贸易综合试点获批。")
    assert "海蓝一号" not in names
    assert "数字贸易综合试点" in _mechanisms(names)
    assert "新一轮数字贸易综合试点" not in names
