"""Rules of session 32, on sentences written for these tests (made-up events; 岱川, 霁川, 泓川, 澄溪, 青禾 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_central_agencys_office_in_a_place_kg_lacks(nlp):
    names, relations = _extract(nlp, "国家税务总局霁川市税务局与霁川市财政局建立联席会议制度。")
    assert "国家税务总局霁川市税务局" in names
    assert "市税务局" not in names
    assert ("国家税务总局霁川市税务局", "PART_OF", "国家税务总局") in relations
    assert ("国家税务总局霁川市税务局", "COOPERATES_WITH", "霁川市财政局") in relations
    # a county's office and its branch: each up its chain
    _, relations = _extract(nlp, "国家税务总局青禾县税务局第一税务分局开展纳税服务检查。")
    assert ("国家税务总局青禾县税务局第一税务分局", "PART_OF", "国家税务总局青禾县税务局") in relations
    assert ("国家税务总局青禾县税务局", "PART_OF", "国家税务总局") in relations
    # the agency's own bureau is no office in a place
    names, relations = _extract(nlp, "国家税务总局稽查局开展专项检查。")
    assert ("国家税务总局稽查局", "PART_OF", "国家税务总局") in relations


def test_a_central_bodys_branch_named_by_a_province(nlp):
    names, relations = _extract(nlp, "新华社江西分社联合人民日报社福建分社开展蹲点采访。")
    assert {"新华社江西分社", "人民日报社福建分社"} <= set(names)
    assert not any("联合" in name for name in names)
    assert ("新华社江西分社", "PART_OF", "新华社") in relations
    assert ("人民日报社福建分社", "PART_OF", "人民日报社") in relations
    assert ("新华社江西分社", "COOPERATES_WITH", "人民日报社福建分社") in relations
    # a place that is no province or city of kg's names no branch
    names, _ = _extract(nlp, "新华社记者分社采访。")
    assert "新华社记者分社" not in names


def test_a_partner_verb_never_stands_in_a_central_institutes_description(nlp):
    names, _ = _extract(nlp, "中国科学院联合岱川大学研究院开展攻关。")
    assert "中国科学院" in names
    assert not any("联合" in name for name in names)


def test_heritage_bodies_every_county_has(nlp):
    names, relations = _extract(nlp, "余杭区文化和旅游局设立余杭区非物质文化遗产保护中心。余杭区文物保护中心与区公安局联动协作。")
    assert ("余杭区文化和旅游局", "ESTABLISHED", "余杭区非物质文化遗产保护中心") in relations
    assert ("余杭区文物保护中心", "COOPERATES_WITH", "余杭区公安局") in relations
    # the work of protecting relics is no body
    names, _ = _extract(nlp, "加强文物保护中心城区的古建筑。")
    assert "文物保护中心" not in names


def test_an_events_organising_committee(nlp):
    names, relations = _extract(nlp, "县委、县政府专门成立旅游节组委会，组委会下设办公室。")
    assert "旅游节组委会" in names
    assert "旅游节组" not in names
    assert ("县委", "ESTABLISHED", "旅游节组委会") in relations


def test_a_word_starting_with_tong_stands_inside_a_mechanisms_name(nlp):
    names, relations = _extract(nlp, "市民政局与市委社会工作部建立社会组织党建工作同步审查机制。")
    assert "党建工作同步审查机制" in names
    assert "步审查机制" not in names
    assert ("市民政局", "ESTABLISHED", "党建工作同步审查机制") in relations
    # 同 before a body is still the partner's mark: both set the mechanism up
    _, relations = _extract(nlp, "市公安局同市检察院建立线索移送机制。")
    assert ("市检察院", "ESTABLISHED", "线索移送机制") in relations


def test_petitions_under_the_rule_of_law_is_a_named_practice(nlp):
    names, _ = _extract(nlp, "岱川市信访局深入推进信访工作法治化，完善人民建议征集机制。")
    assert "信访工作法治化" in names


def test_laizi_is_no_part_of_a_name(nlp):
    names, _ = _extract(nlp, "来自省农业科学院茶叶研究所的特派团已在白鹭镇蹲点三年。")
    assert not any(name.startswith("来自") for name in names)
    assert any(name.endswith("省农业科学院茶叶研究所") for name in names)


def test_a_universitys_administrative_office(nlp):
    names, relations = _extract(nlp, "浙江大学科学技术处制定《浙江大学科技成果转化办法》。")
    assert ("浙江大学科学技术处", "PART_OF", "浙江大学") in relations
    assert ("浙江大学科学技术处", "ISSUED", "浙江大学科技成果转化办法") in relations
    _, relations = _extract(nlp, "岱川大学审计处对各学院开展审计。")
    assert ("岱川大学审计处", "PART_OF", "岱川大学") in relations
    # a science park is no office, and 处理 is a verb
    names, _ = _extract(nlp, "浙江大学科技园开园，岱川大学及时处理投诉。")
    assert "浙江大学科技园" not in names
    assert not any(name.endswith("处") for name in names)


def test_a_ministrys_bureau_named_by_the_yangtze(nlp):
    names, relations = _extract(nlp, "交通运输部长江航务管理局对泓川港务集团有限公司开展安全检查。")
    assert ("交通运输部长江航务管理局", "PART_OF", "交通运输部") in relations
    assert ("交通运输部长江航务管理局", "INSPECTS", "泓川港务集团有限公司") in relations
    _, relations = _extract(nlp, "水利部长江水利委员会稽察组对岱川水库工程开展稽察。")
    assert ("水利部长江水利委员会稽察组", "PART_OF", "水利部长江水利委员会") in relations
    # a minister is no ministry
    names, _ = _extract(nlp, "财政部长出席会议。")
    assert "财政部长" not in names


def test_the_four_systems_of_a_construction_project(nlp):
    names, _ = _extract(nlp, "岱川水库工程全面推行项目法人责任制、招标投标制、建设监理制和合同管理制。")
    assert {"项目法人责任制", "招标投标制", "建设监理制", "合同管理制"} <= set(names)


def test_an_ordinal_before_bu_counts_works(nlp):
    names, _ = _extract(nlp, "这是杭州市第一部地方性法规，由市人大常委会审议通过。")
    assert not any(name.endswith("第一部") for name in names)


def test_a_universitys_college(nlp):
    _, relations = _extract(nlp, "湖南师范大学地理科学学院参与编制规划。")
    assert ("湖南师范大学地理科学学院", "PART_OF", "湖南师范大学") in relations


def test_survey_and_design_institutes(nlp):
    names, relations = _extract(nlp, "湖南省第三测绘院配合开展调查。国家林业和草原局中南调查规划院签订技术服务协议。")
    assert "湖南省第三测绘院" in names
    assert ("国家林业和草原局中南调查规划院", "PART_OF", "国家林业和草原局") in relations
    # one of a kind named by a class noun is no body
    names, _ = _extract(nlp, "一家设计院中标。")
    assert not any(name.endswith("设计院") for name in names)


def test_a_central_bodys_offices_as_a_class(nlp):
    names, _ = _extract(nlp, "财政部有关司局负责人出席会议。")
    assert "财政部有关司" not in names
    assert "财政部有关司局" in names


def test_the_regional_bureaus_of_the_natural_resources_inspectorate(nlp):
    _, relations = _extract(nlp, "国家自然资源督察成都局对县政府落实耕地保护责任情况开展督察。")
    assert ("国家自然资源督察成都局", "INSPECTS", "县政府") in relations


def test_two_classes_joined_by_he_after_jiguan(nlp):
    _, relations = _extract(nlp, "各级检察机关和应急管理部门建立线索移送机制。检察机关和公安机关建立侦查协作机制。")
    assert ("应急管理部门", "ESTABLISHED", "线索移送机制") in relations
    assert ("公安机关", "ESTABLISHED", "侦查协作机制") in relations
    assert ("检察机关", "ESTABLISHED", "侦查协作机制") in relations
    assert not any(head.startswith("机关和") for head, _, _ in relations)


def test_a_places_weather_observatory(nlp):
    _, relations = _extract(nlp, "泓川市气象台联合国家气象中心、浙江省气象台开展滚动会商。")
    assert ("泓川市气象台", "COOPERATES_WITH", "浙江省气象台") in relations


def test_a_team_named_for_the_work_of_a_verb(nlp):
    names, relations = _extract(nlp, "县政府成立棚户区改造工作领导小组。杭州市城中村改造工作指挥部召开会议。")
    assert ("县政府", "ESTABLISHED", "棚户区改造工作领导小组") in relations
    assert "杭州市城中村改造工作指挥部" in names
    # the verb that sets the team up stays out of its name
    names, _ = _extract(nlp, "市委成立工作领导小组。")
    assert not any(name.startswith("成立") for name in names)


def test_a_centre_that_mediates_disputes(nlp):
    names, relations = _extract(nlp, "余杭区在区住建局设立物业服务投诉调处中心，与热线联动。")
    assert ("物业服务投诉调处中心", "PART_OF", "余杭区住建局") in relations
    assert "物业服务投诉调处" not in names


def test_a_sectors_party_committee(nlp):
    _, relations = _extract(nlp, "区委组织部成立物业行业党委。")
    assert any(rel == "ESTABLISHED" and tail.endswith("物业行业党委") for _, rel, tail in relations)


def test_a_programme_carried_out(nlp):
    names, relations = _extract(nlp, "浙江省政府实施农民工技能提升计划和就业帮扶攻坚行动。县政府启动实施乡村工匠培育计划。")
    assert ("浙江省政府", "ESTABLISHED", "农民工技能提升计划") in relations
    assert ("浙江省政府", "ESTABLISHED", "就业帮扶攻坚行动") in relations
    assert "乡村工匠培育计划" in names
    # a plan of work drawn up is a document, no programme
    _, relations = _extract(nlp, "市审计局实施年度审计项目计划。")
    assert not any(rel == "ESTABLISHED" for _, rel, _ in relations)


def test_a_name_hung_on_an_institution(nlp):
    names, relations = _extract(nlp, "市政府挂牌浙江大学未来能源学院。")
    assert not any("挂牌" in name for name in names)
    assert ("浙江大学未来能源学院", "PART_OF", "浙江大学") in relations
    # 挂牌督办 is a way of working, 挂牌成立 a body set up
    names, _ = _extract(nlp, "县检察院对该案实行挂牌督办。")
    assert "挂牌督办" in names


def test_a_universitys_short_form_points_back_to_it(nlp):
    text = ("岱川大学与泓川光学研究所签署合作协议。双方将联合组建实验室。\n"
            "在成果转化上，学校成立技术转移中心，统一负责成果披露。学校还率先开展职务科技成果赋权改革试点。")
    _, relations = _extract(nlp, text)
    assert ("岱川大学", "ESTABLISHED", "技术转移中心") in relations
    assert ("岱川大学", "ESTABLISHED", "职务科技成果赋权改革试点") in relations
    # a regulation's schools are each school, no university named
    _, relations = _extract(nlp, "第五条 学校应当建立安全管理制度。")
    assert not relations


def test_a_lead_joining_partners_after_a_clause_of_its_own(nlp):
    text = "泓川市城管局针对夜市占道经营问题，联合市公安局、市市场监管局开展“净街”联合执法行动。"
    _, relations = _extract(nlp, text)
    assert ("泓川市城管局", "ESTABLISHED", "净街联合执法行动") in relations
    assert ("市公安局", "ESTABLISHED", "净街联合执法行动") in relations
    assert ("泓川市城管局", "COOPERATES_WITH", "市公安局") in relations


def test_a_long_description_of_the_inspection(nlp):
    text = "国务院安委会第五考核巡查组对江西省人民政府开展2025年度安全生产和消防工作考核巡查。"
    _, relations = _extract(nlp, text)
    assert ("国务院安委会第五考核巡查组", "INSPECTS", "江西省人民政府") in relations
    # a clause break ends what the inspection may be
    _, relations = _extract(nlp, "省审计厅对省科技厅提出意见，开展了资金管理情况审计。")
    assert ("省审计厅", "INSPECTS", "省科技厅") not in relations


def test_a_centres_short_form_points_back_to_it(nlp):
    text = "泓川市融媒体中心成立于2020年。\n改革后，中心实行“中央厨房”式采编模式。"
    _, relations = _extract(nlp, text)
    assert ("泓川市融媒体中心", "ESTABLISHED", "中央厨房式采编模式") in relations
    # the centre of a city is no body
    _, relations = _extract(nlp, "泓川市融媒体中心成立于2020年。\n中心城区推行“街长制”。")
    assert not any(tail == "街长制" for _, _, tail in relations)


def test_a_company_another_owns_and_a_universitys_one_character_college(nlp):
    _, relations = _extract(nlp, "泓川港务集团有限公司是岱川交通投资集团有限公司的控股子公司。")
    assert ("泓川港务集团有限公司", "PART_OF", "岱川交通投资集团有限公司") in relations
    _, relations = _extract(nlp, "泓川银行是岱川交通投资集团有限公司的合作单位。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)
    _, relations = _extract(nlp, "市林业局与中南林业科技大学林学院联合组建监测实验室。")
    assert ("中南林业科技大学林学院", "PART_OF", "中南林业科技大学") in relations


def test_a_housing_fund_centre_by_its_short_names(nlp):
    _, relations = _extract(nlp, "省住建厅对泓川市公积金中心进行资金安全专项检查。")
    assert ("省住建厅", "INSPECTS", "泓川市公积金中心") in relations


def test_a_brand_holding_he_after_its_place(nlp):
    names, relations = _extract(nlp, "余杭区住建局对余杭区佳和物业管理有限公司开展专项检查。北京协和医院参加会诊。")
    assert ("余杭区住建局", "INSPECTS", "余杭区佳和物业管理有限公司") in relations
    assert "北京协和医院" in names
    # 和 after a body joins two bodies
    names, _ = _extract(nlp, "杭州市委和市政府召开会议。")
    assert not any("委和" in name for name in names)


def test_each_document_named_by_its_count_in_a_list(nlp):
    text = "市政府制定实施产业升级“18条”、扩大内需“15条”。省政府出台促消费惠民生16条、科技支持小微企业发展9条。"
    _, relations = _extract(nlp, text)
    assert ("市政府", "ISSUED", "扩大内需15条") in relations
    assert ("省政府", "ISSUED", "科技支持小微企业发展9条") in relations
    # a count of measures is no name
    names, _ = _extract(nlp, "市政府出台稳增长措施近100条、各项政策。")
    assert not any(name.endswith("100条") for name in names)


def test_central_leading_groups_for_regions(nlp):
    names, relations = _extract(nlp, "粤港澳大湾区建设领导小组召开全体会议。京津冀协同发展领导小组办公室印发通知。")
    assert "粤港澳大湾区建设领导小组" in names
    assert ("京津冀协同发展领导小组办公室", "PART_OF", "京津冀协同发展领导小组") in relations
