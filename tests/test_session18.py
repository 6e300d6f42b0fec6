"""Rules of session 18, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_verbs_complement_is_no_part_of_the_system_after_it(nlp):
    names, relations = _extract(nlp, "岱川市政府实施好高层次人才特殊津贴制度，落实好河长制。")
    assert "高层次人才特殊津贴制度" in _mechanisms(names)
    assert ("岱川市政府", "ESTABLISHED", "高层次人才特殊津贴制度") in relations
    assert not any(name.startswith("好") for name in names)
    # a name that starts with 好 keeps it
    names, _ = _extract(nlp, "泓川市政府推行政务服务好差评制度。")
    assert "政务服务好差评制度" in _mechanisms(names)


def test_a_field_alone_before_a_head_names_no_mechanism(nlp):
    names, _ = _extract(nlp, "岱川市健全市场和价格机制，建立优化服务企业机制，完善政策制度和监管机制。")
    assert not _mechanisms(names) & {"价格机制", "企业机制", "政策制度", "监管机制"}
    names, _ = _extract(nlp, "岱川市国资委推动市属企业建立现代企业制度。")
    assert "现代企业制度" in _mechanisms(names)


def _orgs(names: dict[str, tuple[str, list[str]]]) -> set[str]:
    return {name for name, (kind, _) in names.items() if kind == "ORG"}


def test_a_company_named_after_what_it_is_to_the_case(nlp):
    text = ("省交通运输厅对所属企业吉林通达路桥有限公司监管不到位。王某收受供应商长春顺远物流有限公司所送礼品，"
            "接受管理服务对象通化宏达建材有限公司安排的宴请。专案组查办延边恒盛贸易有限公司原经理李某违纪案。")
    names, relations = _extract(nlp, text)
    companies = {name for name in _orgs(names) if name.endswith("公司")}
    assert companies == {"吉林通达路桥有限公司", "长春顺远物流有限公司", "通化宏达建材有限公司", "延边恒盛贸易有限公司"}
    assert ("吉林通达路桥有限公司", "PART_OF", "吉林省交通运输厅") in relations
    # a brand before the place keeps it
    names, _ = _extract(nlp, "国网白山供电公司和华润通化燃气有限公司参加会议。")
    assert {"国网白山供电公司", "华润通化燃气有限公司"} <= _orgs(names)


def test_a_companys_legal_representative_cites_no_law(nlp):
    names, _ = _extract(nlp, "对鞍山恒通建设工程有限公司法定代表人刘某立案调查。")
    assert "公司法" not in names
    names, _ = _extract(nlp, "市场监管局依据公司法处理。")
    assert names["公司法"][0] == "DOC"


def test_the_governments_of_a_class_of_places_are_a_class(nlp):
    names, _ = _extract(nlp, "潍坊市纪委监委向有关县市区党委、政府下发督办函17份。")
    assert not any(name.endswith("人民政府") or name == "政府" for name in names)
    names, _ = _extract(nlp, "广西壮族自治区党委、政府高度重视营商环境建设。")
    assert "广西壮族自治区人民政府" in names


def test_the_party_committees_rule_of_law_offices(nlp):
    names, relations = _extract(nlp, "县委依法治县办会同县司法局开展执法检查。省委依法治省办牵头督察。")
    assert "县委依法治县办" in names and "县办" not in names
    assert ("县委依法治县办", "PART_OF", "县委") in relations
    assert any(name.endswith("省委依法治省办") for name in names)


def test_two_classes_listed_are_not_one(nlp):
    names, _ = _extract(nlp, "各县区政府、市政府各部门主要负责人年终述法实现全覆盖。")
    assert not any("、" in name for name in names)


def test_units_of_one_kind_listed_after_the_first(nlp):
    names, relations = _extract(nlp, "湖州市生态环境局德清分局、安吉分局和长兴分局应当加强监测。")
    for unit in ("湖州市生态环境局德清分局", "湖州市生态环境局安吉分局", "湖州市生态环境局长兴分局"):
        assert (unit, "PART_OF", "湖州市生态环境局") in relations, unit
    # a body of another kind after the unit is no sibling
    names, _ = _extract(nlp, "县公安局城关派出所和县市场监管局联合执法。")
    assert "县公安局县市场监管局" not in names and not any(n.endswith("监管局") and "公安" in n for n in names)


def test_a_list_and_a_ledger_set_up_together_are_two(nlp):
    names, _ = _extract(nlp, "县纪委监委查摆问题36个，建立问题清单和整改台账。")
    assert {"问题清单", "整改台账"} <= _mechanisms(names)
    assert "问题清单和整改台账" not in names


def test_a_class_of_provincial_governments_is_named_no_province(nlp):
    names, _ = _extract(nlp, "省级人民政府农业农村主管部门负责本行政区域内的种子管理工作。来源：内蒙古自治区农牧厅")
    assert "省级人民政府农业农村主管部门" in names
    assert not any(name.startswith("内蒙古自治区级") for name in names)


def test_nationwide_systems_of_thinner_domains(nlp):
    names, _ = _extract(nlp, "岱川市医保局落实按床日付费，县里的合同节水管理走在前列。")
    assert {"按床日付费", "合同节水管理"} <= _mechanisms(names)
    # a prosecutor's recommendation is a paper sent, no practice
    names, _ = _extract(nlp, "岱川县人民检察院向县农业农村局发出诉前检察建议3份。")
    assert not _mechanisms(names)


def test_firms_and_exam_authorities_by_their_heads(nlp):
    names, relations = _extract(nlp, "县政府聘请四川涪江律师事务所等3家律师事务所担任法律顾问。驻市教育局纪检监察组对市教育考试院开展监督检查。")
    assert {"四川涪江律师事务所"} <= _orgs(names)
    assert not any(name.endswith("律师事务所") and name != "四川涪江律师事务所" for name in names)  # (3家…: a count)
    assert any(head == "驻市教育局纪检监察组" and rel == "INSPECTS" and tail.endswith("市教育考试院")
               for head, rel, tail in relations)


def test_a_post_held_is_no_county(nlp):
    names, _ = _extract(nlp, "聘请律师担任县政府法律顾问。")
    assert not any(name.startswith("任县") for name in names)


def test_a_companys_ownership_is_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "锦园小区引入区属国企栖凤城市服务有限公司，县属国有企业白鹭文旅集团有限公司和民营企业德昌科技有限公司参加。")
    companies = {name for name in _orgs(names) if name.endswith("公司")}
    assert companies == {"栖凤城市服务有限公司", "白鹭文旅集团有限公司", "德昌科技有限公司"}


def test_a_universitys_hospital_and_school(nlp):
    names, relations = _extract(nlp, "支持市妇幼保健院、三峡大学附属仁和医院开办托育机构，华中师范大学附属中学和郑州大学第一附属医院参加。")
    for unit, university in (("三峡大学附属仁和医院", "三峡大学"), ("华中师范大学附属中学", "华中师范大学"),
                             ("郑州大学第一附属医院", "郑州大学")):
        assert (unit, "PART_OF", university) in relations, unit
    names, _ = _extract(nlp, "医院附属设施完善。")
    assert not _orgs(names)


def test_a_headlines_co_signers_with_a_space_between(nlp):
    text = "中共广东省委办公厅　广东省人民政府办公厅印发《关于推进基层应急管理能力提升的实施意见》的通知\n各地级以上市党委和人民政府："
    _, relations = _extract(nlp, text)
    for body in ("中共广东省委办公厅", "广东省人民政府办公厅"):
        assert (body, "ISSUED", "关于推进基层应急管理能力提升的实施意见") in relations, body


def test_a_rule_passed_at_a_numbered_meeting_is_that_bodys(nlp):
    _, relations = _extract(nlp, "《农作物种子生产经营信用管理办法》已于2025年12月12日经农业农村部第16次部常务会议审议通过，现予公布。")
    assert ("农业农村部", "ISSUED", "农作物种子生产经营信用管理办法") in relations


def test_partners_after_with_work_with_the_subject_not_each_other(nlp):
    _, relations = _extract(nlp, "省法院已与省司法厅、省人力资源社会保障厅和省总工会联合建立劳动争议“一站式”联调机制。")
    cooperation = {(h, t) for h, rel, t in relations if rel == "COOPERATES_WITH"}
    assert cooperation == {("省法院", "省司法厅"), ("省法院", "省人力资源社会保障厅"), ("省法院", "省总工会")}


def test_a_post_after_a_unit_is_no_unit(nlp):
    names, _ = _extract(nlp, "德兴市人力资源和社会保障局劳动保障监察大队原副大队长赵某某失职。")
    assert "德兴市人力资源和社会保障局劳动保障监察大队" in names
    assert not any(name.endswith("副大队") for name in names)


def test_a_penalty_imposed_names_no_office(nlp):
    names, _ = _extract(nlp, "该公司被寿光市市场监督管理局处以罚款32万元。")
    assert _orgs(names) == {"寿光市市场监督管理局"}


def test_each_places_branch_of_a_domain_is_a_class(nlp):
    names, _ = _extract(nlp, "各县（市、区）生态环境分局要抓好落实。")
    assert not [name for name in _orgs(names) if name == "生态环境分局"]


def test_a_recommendation_names_no_place(nlp):
    names, _ = _extract(nlp, "（一）建议市人民政府健全协调机制。（二）建议市财政局加大支持。岱川市人大常委会执法检查组")
    assert not any(name.startswith("建议") for name in names)


def test_what_a_law_says_and_how_it_is_carried_out_cite_the_law(nlp):
    names, _ = _extract(nlp, "行政机关未按行政诉讼法规定期限提交答辩材料。执法检查组检查黑土地保护法实施情况。")
    assert {"行政诉讼法", "黑土地保护法"} <= {name for name, (kind, _) in names.items() if kind == "DOC"}
    names, _ = _extract(nlp, "依据监察法实施条例处理。")
    assert "监察法" not in names


def test_a_verb_right_before_a_heads_short_form_is_no_name(nlp):
    names, _ = _extract(nlp, "由县人民医院院长兼任集团院长。县农业农村局明确集团与各分院的权责边界。")
    assert not any("兼任" in name or "明确" in name for name in names)


def test_the_cppcc_committee_of_a_place(nlp):
    names, _ = _extract(nlp, "在政协湖南省第十三届委员会第四次会议上，省政协委员提交提案。")
    assert "湖南省委员会" not in names
    assert any(name.startswith("政协湖南省") for name in names)


def test_a_company_that_belongs_to_a_group_named_before_it(nlp):
    _, relations = _extract(nlp, "在陕西秦岳能源化工集团所属陕西秦岳煤业有限公司，公司党委牵头推行改革。")
    assert ("陕西秦岳煤业有限公司", "PART_OF", "陕西秦岳能源化工集团") in relations


def test_a_committee_named_by_two_fields(nlp):
    names, _ = _extract(nlp, "董事会下设战略委员会、审计与风险委员会和薪酬与考核委员会。集团公司薪酬与考核委员会召开会议。")
    assert {"审计与风险委员会", "薪酬与考核委员会"} <= _orgs(names)
    assert "考核委员会" not in names and "公司薪酬与考核委员会" not in names


def test_two_laws_cited_together(nlp):
    names, _ = _extract(nlp, "县人民检察院依据水法和河道管理条例有关规定发出检察建议。")
    assert {"水法", "河道管理条例"} <= {name for name, (kind, _) in names.items() if kind == "DOC"}


def test_the_staff_of_the_reporting_body_are_led(nlp):
    text = ("吉林省水利厅2024年工作总结\n作者：厅办公室　日期：2025-01-20\n\n"
            "一年来，在水利部和省委、省政府的坚强领导下，全厅上下围绕防汛抗旱推动工作取得新进展。")
    _, relations = _extract(nlp, text)
    assert ("水利部", "LEADS", "吉林省水利厅") in relations
    # the people of a place are no body
    _, relations = _extract(nlp, "在省委坚强领导下，全省上下团结奋斗。")
    assert not [r for r in relations if r[1] == "LEADS"]


def test_this_body_is_not_the_one_guiding_it(nlp):
    text = "陆良县人民检察院开展公益诉讼。在曲靖市人民检察院（以下简称曲靖市检察院）指导下，该院先后与县水务局开展诉前磋商。"
    names, _ = _extract(nlp, text)
    assert "该院" not in names["曲靖市人民检察院"][1]


def test_a_team_with_a_long_name_set_up_jointly(nlp):
    _, relations = _extract(nlp, "石嘴山市生态环境局与乌海市生态环境局联合组建黄河生态环境联合执法大队，执法大队下设水环境执法中队。")
    assert ("石嘴山市生态环境局", "ESTABLISHED", "黄河生态环境联合执法大队") in relations
    assert ("乌海市生态环境局", "ESTABLISHED", "黄河生态环境联合执法大队") in relations


def test_a_campaign_named_by_what_it_investigates_keeps_its_verb(nlp):
    names, _ = _extract(nlp, "县应急管理局开展查处违规用火行为专项行动。")
    assert "查处违规用火行为专项行动" in _mechanisms(names)


def test_a_companys_branch_by_its_legal_name(nlp):
    _, relations = _extract(nlp, "经查，中国农业银行股份有限公司利川支行存在违规问题。")
    assert ("中国农业银行股份有限公司利川支行", "PART_OF", "中国农业银行股份有限公司") in relations
    names, _ = _extract(nlp, "证监局对南粤证券股份有限公司江门建设路证券营业部开展检查。")
    assert "南粤证券股份有限公司江门建设路证券营业部" in names
    names, _ = _extract(nlp, "县投资集团有限公司成立分公司。")
    assert not any(name.endswith("分公司") for name in names)


def test_a_unit_after_by_is_no_part_of_the_body_before(nlp):
    names, _ = _extract(nlp, "在湖北监管局指导下，恩施监管分局由检查科牵头开展检查。")
    assert not any("由" in name for name in names)


def test_a_body_that_belongs_to_another_named_before_it(nlp):
    _, relations = _extract(nlp, "日前，海口海关所属洋浦海关在洋浦港口岸开展查验。")
    assert ("洋浦海关", "PART_OF", "海口海关") in relations


def test_a_youth_league_committee_by_its_short_name(nlp):
    names, _ = _extract(nlp, "团宝鸡市委组建青年突击队。在团陕西省委的指导下开展工作。")
    assert {"团宝鸡市委", "团陕西省委"} <= _orgs(names)
    assert not {"宝鸡市委", "陕西省委"} & _orgs(names)


def test_bodies_of_every_place_of_a_level_are_a_class(nlp):
    names, _ = _extract(nlp, "新建7个省级卓越工程师学院，提高县级中医院服务能力。")
    assert not _orgs(names)  # (classes with no relation are not listed; no 高县 from 提高县级)


def test_a_nationwide_practice_named_inside_a_zones_name_is_none(nlp):
    names, _ = _extract(nlp, "推进边民互市贸易区建设，发展边民互市贸易。")
    assert names["边民互市贸易"][1] == ["边民互市贸易"]


def test_grassroots_units_and_expert_teams(nlp):
    names, _ = _extract(nlp, "郸城县农村公路养护中心开展巡查。江西省应急管理厅专家组对信丰县华鑫化工有限公司开展指导服务。"
                             "许家湖镇敬老院转型为区域性养老服务中心。监察大队接到投诉，反映盐城瑞丰建筑工程有限公司拖欠工资。")
    assert {"郸城县农村公路养护中心", "江西省应急管理厅专家组", "许家湖镇敬老院", "盐城瑞丰建筑工程有限公司"} <= _orgs(names)
    assert not any(name.startswith("反映") for name in names)


def test_a_banks_offices_after_its_branch(nlp):
    _, relations = _extract(nlp, "常德市分行征信管理科会同市发展改革委建立服务机制。湖北巴东农村商业银行股份有限公司溪丘湾支行违规发放贷款。")
    assert ("常德市分行征信管理科", "PART_OF", "常德市分行") in relations
    assert ("湖北巴东农村商业银行股份有限公司溪丘湾支行", "PART_OF", "湖北巴东农村商业银行股份有限公司") in relations


def test_districts_created_after_2018_are_places(nlp):
    names, _ = _extract(nlp, "潞州区委组织部、区住建局联合开展考评。杭州市临平区人民政府召开会议。重庆市梁平区纪委监委开展检查。")
    assert {"潞州区委组织部", "杭州市临平区人民政府", "重庆市梁平区纪委监委"} <= _orgs(names)
    assert not any(name.startswith("州区") for name in names)


def test_a_quoted_campaign_with_its_field_after_the_quote(nlp):
    names, relations = _extract(nlp, "望奎县市场监督管理局联合县教育局，在全县部署开展“护苗守味”校园及周边食品安全专项整治行动。")
    assert "护苗守味校园及周边食品安全专项整治行动" in _mechanisms(names)
    assert ("望奎县市场监督管理局", "ESTABLISHED", "护苗守味校园及周边食品安全专项整治行动") in relations
    # a clause that holds the quote is no campaign's name
    names, _ = _extract(nlp, "市司法局对市直部门通过“属地管理”向乡镇转嫁责任问题开展集中整治。")
    assert not any(name.startswith("属地管理向") for name in names)


def test_a_governments_inspection_office(nlp):
    _, relations = _extract(nlp, "遂昌县人民政府教育督导室对遂昌县实验小学开展挂牌督导。")
    assert ("遂昌县人民政府教育督导室", "PART_OF", "遂昌县人民政府") in relations
    assert ("遂昌县人民政府教育督导室", "INSPECTS", "遂昌县实验小学") in relations
