"""Rules of session 30, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄州 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_class_qualified_by_youguan_ends_a_list_of_partners(nlp):
    text = "由司法行政部门会同公安机关、人民检察院和有关行政执法机关建立“两法衔接”信息共享平台。"
    _, relations = _extract(nlp, text)
    for body in ("司法行政部门", "公安机关", "人民检察院", "行政执法机关"):
        assert (body, "ESTABLISHED", "两法衔接信息共享平台") in relations, body
    assert ("司法行政部门", "COOPERATES_WITH", "行政执法机关") in relations
    # 有关 before a noun that is no body ends nothing
    _, relations = _extract(nlp, "县水利局会同县农业农村局和有关专家建立“河湖共治”机制。")
    assert ("县水利局", "ESTABLISHED", "河湖共治机制") in relations
    assert ("县农业农村局", "ESTABLISHED", "河湖共治机制") in relations
    assert not any(head.endswith("专家") for head, _, _ in relations)


def test_an_inspection_of_a_bodys_work_with_the_verb_right_after_it(nlp):
    _, relations = _extract(nlp, "市检察院第五检察部每半年对各县区司法局的社区矫正执法活动检查一次。")
    assert ("市检察院第五检察部", "INSPECTS", "各县区司法局") in relations
    _, relations = _extract(nlp, "泓川县审计局对县交通运输局的资金使用情况审计后，提出建议。")
    assert ("泓川县审计局", "INSPECTS", "县交通运输局") in relations
    # the body's problems, not its work, and no verb of inspection: nothing
    _, relations = _extract(nlp, "泓川县审计局对县交通运输局的资金使用情况表示关注。")
    assert not any(rel == "INSPECTS" for _, rel, _ in relations)


def test_a_team_inspecting_a_body_when_it_found_something(nlp):
    _, relations = _extract(nlp, "县委第二巡察组在巡察县水利局时发现，该局存在违规发放补贴问题。")
    assert ("县委第二巡察组", "INSPECTS", "县水利局") in relations
    _, relations = _extract(nlp, "县委第二巡察组在县水利局召开动员会。")
    assert not any(rel == "INSPECTS" for _, rel, _ in relations)


def test_huitong_after_a_subject_is_the_verb_even_twice(nlp):
    # 会同县 is a county of Hunan; in a text about another county, 会同 after its subject is the verb each time
    text = ("泓川县纪委监委随即成立专案组，会同县审计局对全县征地补偿资金发放情况进行核查。\n"
            "县委巡察办还会同县纪委监委党风政风监督室开展督查，会同县财政局核对账目。")
    names, relations = _extract(nlp, text)
    assert not any(name.startswith("会同") for name in names)
    assert ("泓川县纪委监委", "COOPERATES_WITH", "县审计局") in relations
    # named as a place (at a line's start, after its city) it is the county
    names, _ = _extract(nlp, "怀化市会同县人民政府召开会议。\n会同县纪委监委开展督查，会同县审计局参与。")
    assert "怀化市会同县人民政府" in names
    assert "会同县纪委监委" in names


def test_each_body_listed_after_suoshu_belongs_to_the_owner(nlp):
    text = "岱川市消防救援支队组织开展夜查。支队所属澄溪区消防救援大队、泓川县消防救援大队同步开展夜间检查。"
    _, relations = _extract(nlp, text)
    assert ("澄溪区消防救援大队", "PART_OF", "岱川市消防救援支队") in relations
    assert ("泓川县消防救援大队", "PART_OF", "岱川市消防救援支队") in relations
    # 及其 names the body's own organ once, the rest of the list is no part of it
    _, relations = _extract(nlp, "县人大及其常委会、县政府开展调研。")
    assert ("县政府", "PART_OF", "县人大") not in relations


def test_bodies_summed_up_as_the_actors_own_companies(nlp):
    text = "岱川交投集团党委派出2个巡察组，对岱川交投路桥建设有限公司、岱川交投置业有限公司等3家所属企业开展巡察。"
    _, relations = _extract(nlp, text)
    assert ("岱川交投路桥建设有限公司", "PART_OF", "岱川交投集团") in relations
    assert ("岱川交投置业有限公司", "PART_OF", "岱川交投集团") in relations
    # summed up as a kind alone (等3家企业), they are no one's own
    text = "岱川交投集团党委派出2个巡察组，对岱川交投路桥建设有限公司、岱川交投置业有限公司等3家企业开展巡察。"
    _, relations = _extract(nlp, text)
    assert not any(rel == "PART_OF" and head.endswith("有限公司") for head, rel, _ in relations)


def test_a_team_sent_out_is_not_named_with_the_sending_words(nlp):
    names, relations = _extract(nlp, "泓川市委组织部要适时组织督导组，对各县（市、区）委开展督导。")
    assert not any("要适时" in name for name in names)
    assert names["督导组"][0] == "ORG"
    # a team named by its body keeps the body's name (组织 of 组织部 is no verb)
    names, relations = _extract(nlp, "泓川市委组织部督导组开展督导。")
    assert ("泓川市委组织部督导组", "PART_OF", "泓川市委组织部") in relations


def test_a_team_pointed_back_to_is_no_name(nlp):
    names, _ = _extract(nlp, "省财政厅派出驻村工作队。这支工作队由省财政厅牵头，那个专班由省委牵头。")
    assert not any(name.startswith(("这", "那")) for name in names)
    names, _ = _extract(nlp, "那曲市人民医院开展义诊。")
    assert "那曲市人民医院" in names


def test_graduates_described_name_no_university(nlp):
    names, _ = _extract(nlp, "全年引进选调生和优秀大学毕业生146名，重点大学毕业生占六成。")
    assert not any(name.endswith("大学") for name in names)
    names, _ = _extract(nlp, "岱川大学毕业生就业率提高。")
    assert "岱川大学" in names


def test_a_chiefs_office_by_its_short_name_is_the_same_office(nlp):
    text = "泓川县河长制办公室设在县水利局。县河长办还推行“一河一策”，县林长办开展巡林。"
    names, relations = _extract(nlp, text)
    assert "县河长办" in names["泓川县河长制办公室"][1]
    assert ("泓川县河长制办公室", "ESTABLISHED", "一河一策") in relations
    assert not any(name.endswith("河长办") for name in names)
    # a mayor's office meeting is no chief's office
    names, _ = _extract(nlp, "市长办公会研究了河长制办公室的工作。")
    assert not any("长办公会" in name for name in names)


def test_a_party_committees_school_is_part_of_the_committee(nlp):
    _, relations = _extract(nlp, "泓川市委党校举办中青年干部培训班，澄溪县委党校开设“田埂课堂”。")
    assert ("泓川市委党校", "PART_OF", "泓川市委") in relations
    assert ("澄溪县委党校", "PART_OF", "澄溪县委") in relations
    # a college's party school is the college's own, no committee's
    _, relations = _extract(nlp, "岱川学院党校开班。")
    assert not any(rel == "PART_OF" and tail.endswith("委") for _, rel, tail in relations)


def test_classes_of_courts_units_and_departments_by_their_level(nlp):
    text = ("市中级人民法院指导全市各基层法院建立诉前调解分流机制，督导组对各基层检察院开展专项检查。"
            "县委督查室对县直相关部门落实情况开展专项督查，对办理不力的承办单位开展专项督查。")
    names, relations = _extract(nlp, text)
    for name in ("全市各基层法院", "各基层检察院", "县直相关部门", "承办单位"):
        assert names[name][0] == "ORG", name
    assert ("县委督查室", "INSPECTS", "县直相关部门") in relations
    assert ("督导组", "INSPECTS", "各基层检察院") in relations


def test_shops_and_works_are_firms_and_pointed_back_to(nlp):
    text = ("定西市康仁堂大药房有限公司被群众举报。县市场监管局会同县卫生健康局对该药房开展突击检查。"
            "定西市鑫旺副食品商行、定西市永丰肉类加工厂被立案调查。")
    names, relations = _extract(nlp, text)
    assert ("县市场监管局", "INSPECTS", "定西市康仁堂大药房有限公司") in relations
    assert names["定西市鑫旺副食品商行"][0] == "ORG"
    assert names["定西市永丰肉类加工厂"][0] == "ORG"
    # a kind of shop with no proper name is no firm
    names, _ = _extract(nlp, "请到附近药店购买，辖区内超市和商行接受检查。")
    assert not any(name.endswith(("药店", "超市", "商行")) for name in names)


def test_a_document_pointed_back_to_is_issued_by_the_bodies_after_you(nlp):
    text = ("《岱川省河湖保护督察工作规定》明确了督察程序。该规定由甘肃省委办公厅、甘肃省人民政府办公厅印发，"
            "是开展督察的基本遵循。")
    _, relations = _extract(nlp, text)
    assert ("甘肃省委办公厅", "ISSUED", "岱川省河湖保护督察工作规定") in relations
    assert ("甘肃省人民政府办公厅", "ISSUED", "岱川省河湖保护督察工作规定") in relations
    # a pointer to another kind of document points to none
    _, relations = _extract(nlp, "《岱川省河湖保护督察工作规定》明确了程序。该方案由甘肃省委办公厅印发。")
    assert not any(rel == "ISSUED" for _, rel, _ in relations)


def test_cosigners_with_an_adverb_before_the_partner(nlp):
    _, relations = _extract(nlp, "泓川市人民检察院据此与市审计局会签了《泓川市公益诉讼检察与审计监督衔接工作办法》。")
    assert ("泓川市人民检察院", "ISSUED", "泓川市公益诉讼检察与审计监督衔接工作办法") in relations


def test_partners_after_yu_of_an_unknown_subject_are_not_each_others(nlp):
    text = "驻组牵头实行“室组地”联合办案模式，与省纪委监委第六监督检查室、泓川市纪委监委协作配合，查清主要事实。"
    _, relations = _extract(nlp, text)
    assert not any(rel == "COOPERATES_WITH" for _, rel, _ in relations)
    # a body named after 在 is where something is set up, not who works with the partners
    text = "泓川县人民法院在县综治中心派驻速裁团队，与县司法局、县信访局协作推进“访调诉”一体化化解。"
    _, relations = _extract(nlp, text)
    assert not any(head == "县综治中心" and rel == "COOPERATES_WITH" for head, rel, _ in relations)
    assert ("泓川县人民法院", "COOPERATES_WITH", "县信访局") in relations


def test_verbs_and_phrases_that_end_or_break_a_name(nlp):
    text = ("督察组走访问询市发展改革委、市生态环境局等12个市直部门。有的企业未履行集团决策程序。"
            "泓川市审计局与邻近市州审计机关互派审计组。市人大常委会第十九次会议举行联组会议。"
            "该案系县市场监管局与县公安局在联合执法中发现。按照省司法厅关于推进派出所矛盾纠纷调处工作的要求推进。")
    names, relations = _extract(nlp, text)
    for bad in ("问询", "未履行", "互派", "举行", "案系", "关于"):
        assert not any(bad in name for name in names), bad
    assert ("督察组", "INSPECTS", "市发展改革委") in relations
    assert {"县市场监管局", "省司法厅", "审计组"} <= set(names)


def test_provisions_a_document_makes_are_no_document(nlp):
    text = ("县司法局会同县公安局对整改督促等方面作出16条具体规定，对修复效果评估等环节作出细化规定，"
            "对装卸环节的责任作了明确规定，还出台具体协作配合规定。")
    names, relations = _extract(nlp, text)
    assert not any(name in ("具体规定", "细化规定", "明确规定", "16条具体规定") for name in names)
    assert ("县司法局", "ISSUED", "具体协作配合规定") in relations


def test_a_rankings_name_is_no_university(nlp):
    names, _ = _extract(nlp, "岱川大学进入软科中国大学排名百强，泓川师范学院进入某某大学排行榜。")
    assert "岱川大学" in names
    assert not any(name.endswith("中国大学") for name in names)


def test_a_bare_numbered_office_is_the_one_named_in_full_before(nlp):
    text = ("该案由中央纪委国家监委第十四监督检查室牵头办理。\n"
            "湖北省纪委监委在线索核查等环节密切协作。第十四监督检查室还指导督促整改。")
    names, _ = _extract(nlp, text)
    assert "第十四监督检查室" in names["中央纪委国家监委第十四监督检查室"][1]
    assert "湖北省纪委监委第十四监督检查室" not in names
    # with no office named in full, the nearest commission's
    names, _ = _extract(nlp, "湖北省纪委监委召开会议。第十四监督检查室还指导督促整改。")
    assert "湖北省纪委监委第十四监督检查室" in names


def test_a_body_named_for_its_people_or_its_owner_does_not_act(nlp):
    text = ("在查办岱川能源集团所属煤电公司原总经理受贿案中，驻组牵头实行“室组地”联合办案模式，"
            "与省纪委监委第六监督检查室、泓川市纪委监委协作配合。")
    _, relations = _extract(nlp, text)
    assert not any(rel == "COOPERATES_WITH" for _, rel, _ in relations)
    _, relations = _extract(nlp, "岱川交投集团所属岱川交投置业有限公司开展自查，建立“一企一策”机制。")
    assert ("岱川交投置业有限公司", "ESTABLISHED", "一企一策机制") in relations
    assert ("岱川交投集团", "ESTABLISHED", "一企一策机制") not in relations
    # a head speaking for the body: the body acts
    _, relations = _extract(nlp, "市民政局局长表示，将会同市卫生健康委推行医养结合“签约服务”模式。")
    assert ("市民政局", "ESTABLISHED", "医养结合签约服务模式") in relations


def test_regulations_named_bare_in_a_legislatures_readings_and_approvals(nlp):
    text = ("省人大常委会今年将继续审议甘肃省乡村振兴促进条例等4件法规草案，批准兰州市城市绿化条例。"
            "市司法局起草兰州市物业管理条例草案，常委会审议兰州市养犬管理条例（草案）和政府工作报告。")
    names, relations = _extract(nlp, text)
    for name in ("甘肃省乡村振兴促进条例", "兰州市城市绿化条例", "兰州市物业管理条例", "兰州市养犬管理条例"):
        assert names[name][0] == "DOC", name
    assert not any(rel == "ISSUED" for _, rel, _ in relations)  # reading and approving issue nothing
    names, _ = _extract(nlp, "提请市人大常委会审议通过城市更新条例。")
    assert not any(name.startswith("通过") for name in names)


def test_a_class_of_banks_and_a_foreign_customs_administration_are_no_bank_or_customs_office(nlp):
    names, _ = _extract(nlp, "截至9月末，全国银行机构通过该机制走访企业。海关总署与沙特阿拉伯王国海关总局签署互认安排。")
    assert not any(name.endswith("银行") for name in names)
    assert "沙特阿拉伯王国海关总局" in names
    assert not any(name.endswith("王国海关") for name in names)
    names, _ = _extract(nlp, "海口海关开展专项行动。")
    assert "海口海关" in names


def test_a_body_pointed_back_to_before_joining_a_partner_acts_with_it(nlp):
    text = ("泓川县人民法院召开新闻发布会。该院还联合县司法局出台了《诉前调解工作规程》，"
            "并联合县司法局建立“诉调对接”机制。")
    _, relations = _extract(nlp, text)
    assert ("泓川县人民法院", "ISSUED", "诉前调解工作规程") in relations
    assert ("县司法局", "ISSUED", "诉前调解工作规程") in relations
    # a pointer of another kind (该局) points to no court
    text = "泓川县人民法院召开新闻发布会。该局还联合县司法局出台了《诉前调解工作规程》。"
    _, relations = _extract(nlp, text)
    assert ("泓川县人民法院", "ISSUED", "诉前调解工作规程") not in relations
