"""Rules of session 17, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract


def _mentions(names: dict[str, tuple[str, list[str]]]) -> set[str]:
    return {m for _, ms in names.values() for m in ms}


def test_nationwide_enterprises_and_banks_by_their_common_names(nlp):
    names, relations = _extract(nlp, "岱川市与恒丰银行、中联重科和宁德时代签署合作协议。招商银行岱川分行当天开业。")
    found = _mentions(names)
    for body in ("恒丰银行", "中联重科", "宁德时代", "招商银行岱川分行"):
        assert body in found, body
    assert ("招商银行岱川分行", "PART_OF", "招商银行") in relations
    names, _ = _extract(nlp, "国泰海通证券在岱川设立分支机构。")
    assert "国泰海通证券" in names  # (the merged firm whole, not the name of one of the two it merged)


def test_an_enterprises_short_name_inside_other_words_is_none(nlp):
    names, _ = _extract(nlp, "岱川市培育1万科技型企业，组建中美团队开展研究，互联网易受攻击的环节得到加固。")
    found = _mentions(names)
    assert not found & {"万科", "美团", "网易"}


def test_a_development_zone_by_its_short_kind(nlp):
    names, _ = _extract(nlp, "岱川高新区管委会与泓川经开区管委会共建产业园，泓川综保区管委会参加。")
    for body in ("岱川高新区管委会", "泓川经开区管委会", "泓川综保区管委会"):
        assert names[body][0] == "ORG", body


def test_a_public_unit_named_before_its_heads_title(nlp):
    names, _ = _extract(nlp, "溧阳市岱兴镇农业综合服务中心主任钱某违规发放津补贴。")  # (named from a real place)
    assert "溧阳市岱兴镇农业综合服务中心" in names
    # a building's main works are no unit's
    names, _ = _extract(nlp, "推进溧阳市物流服务中心主体工程建设。")
    assert not any(name.endswith("服务中心") for name in names)


def test_an_office_whose_name_ends_in_a_verb(nlp):
    names, relations = _extract(nlp, "岱川市农业农村局农村合作经济指导科负责人介绍了情况。")
    assert ("岱川市农业农村局农村合作经济指导科", "PART_OF", "岱川市农业农村局") in relations
    # the verb itself still ends a name: the bureau guides the schools, it names no office
    names, _ = _extract(nlp, "岱川县教育局指导各学校开展工作，指导科学研究。")
    assert set(names) == {"岱川县教育局"}


def test_the_departments_of_peoples_organisations(nlp):
    _, relations = _extract(nlp, "岱川市总工会劳动和经济工作部、岱川市妇联权益部和团市委青年发展部联合开展活动。")
    assert ("岱川市总工会劳动和经济工作部", "PART_OF", "岱川市总工会") in relations
    assert ("岱川市妇联权益部", "PART_OF", "岱川市妇联") in relations
    assert ("团市委青年发展部", "PART_OF", "团市委") in relations
    names, _ = _extract(nlp, "岱川县妇联全部参加，岱川县残联组织部分残疾人参加活动。")
    assert not any(name.endswith("部") for name in names)


def test_no_mechanism_named_by_whoever_sets_a_system_up(nlp):
    names, _ = _extract(nlp, "岱川市国资委督促企业完善制度，指导集团公司建立制度。")
    assert not [name for name, (kind, _) in names.items() if kind == "MECH"]
    names, _ = _extract(nlp, "岱川市纪委监委推进闭环落实机制。")
    assert names["闭环落实机制"][0] == "MECH"


def test_nationwide_terms_of_supervision_health_and_inspection(nlp):
    names, _ = _extract(nlp, "岱川县市场监管局提高“双随机”抽查频次，县卫健委推进医养结合，县教育局对学校开展挂牌督导，"
                             "县医保局全面实施按病组（DRG）付费。")
    found = _mentions(names)
    for term in ("“双随机”抽查", "医养结合", "挂牌督导", "按病组（DRG）付费"):
        assert term in found, term


def test_verbs_that_end_a_name(nlp):
    names, relations = _extract(nlp, "县人民政府印发《关于调整县人民政府领导同志工作分工的通知》。督办单已抄送市政府督查室。"
                                     "集团法务部负责起草合规管理制度。")
    assert not [name for name in names if name.startswith(("调整", "抄送", "起草"))]
    assert ("市政府督查室", "PART_OF", "市政府") in relations
    assert names["合规管理制度"][0] == "MECH"


def test_public_units_named_from_their_place(nlp):
    names, _ = _extract(nlp, "衡阳市农业技术推广中心、衡阳市动物疫病预防控制中心、衡阳市计量检定所和祁东县国有资产事务中心"
                             "参加检查，祁东县供销合作社联合社作了发言。")
    for body in ("衡阳市农业技术推广中心", "衡阳市动物疫病预防控制中心", "衡阳市计量检定所", "祁东县国有资产事务中心",
                 "祁东县供销合作社联合社"):
        assert names[body][0] == "ORG", body
    # the heads alone, or after no place, name nothing
    names, _ = _extract(nlp, "推进推广中心建设，做好事务中心工作。")
    assert not names


def test_a_document_numbers_prefix_is_no_body(nlp):
    names, _ = _extract(nlp, "白鹭理工大学科研诚信管理办法\n校科字〔2024〕58号\n第一条 为规范科研行为，制定本办法。")
    assert "校科" not in names
    assert "校科字〔2024〕58号" in _mentions(names)  # (the number of the document the page holds)


def test_laws_cited_bare_after_a_cited_title(nlp):
    names, _ = _extract(nlp, "依据《中华人民共和国审计法》和岱川省审计条例规定，省审计厅开展审计。"
                             "依照《中华人民共和国民法典》以及农村土地经营权流转管理办法等规定处理纠纷。")
    for law in ("岱川省审计条例", "农村土地经营权流转管理办法"):
        assert names[law][0] == "DOC", law
    names, _ = _extract(nlp, "依据《中华人民共和国审计法》和有关规定处理。")
    assert set(names) == {"中华人民共和国审计法"}


def test_a_hotline_office_after_its_level_is_the_places(nlp):
    names, _ = _extract(nlp, "芜湖市政务服务便民热线运行情况\n市12345热线管理办公室设在市数据资源管理局。")
    assert "市12345热线管理办公室" in names["芜湖市12345热线管理办公室"][1]


def test_the_units_a_departments_page_lists(nlp):
    text = ("白鹭县水利局机构职能\n白鹭县水利局是县人民政府工作部门。局机关设下列3个内设机构：\n1.办公室：负责日常运转。\n"
            "2.河湖管理科：负责河湖管理。\n3.水旱灾害防御股：负责防汛抗旱。\n三、直属单位\n县水文站。")
    _, relations = _extract(nlp, text)
    for unit in ("办公室", "河湖管理科", "水旱灾害防御股"):
        assert ("白鹭县水利局" + unit, "PART_OF", "白鹭县水利局") in relations, unit
    _, relations = _extract(nlp, "白鹭县审计局内设机构：办公室、财政审计股和经济责任审计股。")
    assert ("白鹭县审计局财政审计股", "PART_OF", "白鹭县审计局") in relations
    assert ("白鹭县审计局经济责任审计股", "PART_OF", "白鹭县审计局") in relations


def test_a_courts_numbered_tribunal(nlp):
    _, relations = _extract(nlp, "岱川市中级人民法院印发指导意见。执行中遇到问题，请及时报告本院民事审判第一庭。")
    assert ("岱川市中级人民法院民事审判第一庭", "PART_OF", "岱川市中级人民法院") in relations


def test_a_short_name_given_in_brackets_names_the_body_later(nlp):
    names, relations = _extract(nlp, "白鹭港航投资集团有限公司（以下简称集团公司）依法经营。集团公司建立合规风险识别预警机制。")
    assert names["白鹭港航投资集团有限公司"][1] == ["白鹭港航投资集团有限公司", "集团公司"]
    assert ("白鹭港航投资集团有限公司", "ESTABLISHED", "合规风险识别预警机制") in relations
    # the owner of a unit named after it is no actor: the unit is (集团公司所属…)
    _, relations = _extract(nlp, "白鹭港航投资集团有限公司（以下简称集团公司）依法经营。纪检监察组对集团公司所属白鹭物流有限公司"
                                 "开展专项监督检查。")
    assert not [r for r in relations if r[1] == "INSPECTS" and r[2] == "白鹭港航投资集团有限公司"]


def test_the_class_of_intermediate_and_high_courts(nlp):
    names, relations = _extract(nlp, "各中级人民法院应当建立诉调对接机制。")
    assert names["各中级人民法院"] == ("ORG", ["各中级人民法院"])
    assert ("各中级人民法院", "ESTABLISHED", "诉调对接机制") in relations
    # a place's court is that place's, no class
    names, _ = _extract(nlp, "苏州市中级人民法院建立诉调对接机制。")
    assert names["苏州市中级人民法院"] == ("ORG", ["苏州市中级人民法院"])


def test_a_quoted_service_is_a_practice_but_not_a_slogans(nlp):
    names, _ = _extract(nlp, "岱川县政府采购科党支部推出“采购一点通”服务。街道为居民提供“一老一小”服务。")
    assert names["采购一点通服务"][0] == "MECH"
    assert not [name for name in names if "一老一小" in name]


def test_party_branches_joint_study_and_the_last_to_speak(nlp):
    names, _ = _extract(nlp, "岱川县财政局机关党支部与社区党委开展联学共建。局党组会议讨论重大事项实行末位表态。")
    assert names["联学共建"][0] == "MECH"
    assert names["末位表态"][0] == "MECH"


def test_each_villages_committees_are_one_class(nlp):
    names, relations = _extract(nlp, "岱川镇纪委对各村村务监督委员会开展专项督查。")
    assert names["各村村务监督委员会"] == ("ORG", ["各村村务监督委员会"])
    assert ("岱川镇纪委", "INSPECTS", "各村村务监督委员会") in relations


def test_a_stationed_team_belongs_to_the_commission_not_its_host(nlp):
    names, relations = _extract(nlp, "鞍山市纪委监委驻市卫生健康委员会纪检监察组开展检查。")
    assert ("鞍山市纪委监委驻市卫生健康委员会纪检监察组", "PART_OF", "鞍山市纪委监委") in relations
    assert "鞍山市纪委监委驻市卫生健康委员会" not in names
    names, relations = _extract(nlp, "中央纪委国家监委驻白鹭能源集团有限公司纪检监察组通报了案件。")
    assert ("中央纪委国家监委驻白鹭能源集团有限公司纪检监察组", "PART_OF", "中央纪委国家监委") in relations
    assert "国家监委" not in names  # (one body named by both its names)


def test_a_team_with_a_long_description_after_its_body(nlp):
    names, relations = _extract(nlp, "玉溪市人民政府环境保护督察整改工作专班于9月开展现场核查。")
    assert ("玉溪市人民政府环境保护督察整改工作专班", "PART_OF", "玉溪市人民政府") in relations
    assert "人民政府环境保护督察整改工作专班" not in names


def test_a_courts_committee_and_a_unit_named_after_an_appointment(nlp):
    names, relations = _extract(nlp, "赵某，现任天水市中级人民法院审判委员会委员，拟任天水市公路事业发展中心主任。"
                                     "县人民检察院检察委员会研究决定。")
    assert ("天水市中级人民法院审判委员会", "PART_OF", "天水市中级人民法院") in relations
    assert ("县人民检察院检察委员会", "PART_OF", "县人民检察院") in relations
    assert "天水市公路事业发展中心" in names


def test_no_mechanism_inside_a_title_that_improves_one(nlp):
    names, _ = _extract(nlp, "会议审议通过了《关于健全县域医疗卫生服务一体化运行机制的意见》。")
    assert [kind for kind, _ in names.values()] == ["DOC"]
    names, _ = _extract(nlp, "县法院与县司法局会签《关于建立诉调对接工作机制的实施办法》。")
    assert "诉调对接工作机制" not in names  # (nor one that sets one up: session 36, the document is named)


def test_a_word_ending_in_ju_is_no_bureau(nlp):
    names, _ = _extract(nlp, "建设自由贸易港是党中央着眼全局作出的重大决策，各部门要服务大局。")
    assert set(names) == {"党中央"}


def test_a_central_bodys_department_named_with_its_own_body(nlp):
    _, relations = _extract(nlp, "公安部经济犯罪侦查局、财政部预算司参加会议。")
    assert ("财政部预算司", "PART_OF", "财政部") in relations
    assert ("公安部经济犯罪侦查局", "PART_OF", "公安部") in relations


def test_a_campaign_term_takes_no_body_or_verb_before_it(nlp):
    names, _ = _extract(nlp, "水利部部署专项行动。岱川县政府部署河湖清四乱专项行动。")
    assert not [name for name in names if name.startswith(("水利部部署", "部署", "岱川县政府部署"))]
    assert names["河湖清四乱专项行动"][0] == "MECH"


def test_a_company_with_its_place_bracketed_after_its_brand(nlp):
    names, _ = _extract(nlp, "去年组建华耀（广西）新能源有限公司，集中布局海上风电。")
    assert "华耀（广西）新能源有限公司" in _mentions(names)
    assert "新能源有限公司" not in _mentions(names)


def test_no_team_from_a_meetings_count_or_a_practice_named_after_teams(nlp):
    names, _ = _extract(nlp, "部省合作工作专班召开第一次专班会议。各州（市）工信部门建立“一链一专班”推进机制。")
    assert "部省合作工作专班" in names
    assert not [name for name, (kind, _) in names.items() if kind == "ORG" and ("第一次" in name or "一链" in name)]


def test_questions_priority_labels_and_a_courts_new_tribunal(nlp):
    names, relations = _extract(nlp, "《规定》主要有哪些制度设计？营商环境是全市改革的“头号工程”。"
                                     "沈阳市中级人民法院设立破产审判庭，集中审理案件。")
    assert not [name for name, (kind, _) in names.items() if kind == "MECH"]
    assert not [name for name in names if "设立" in name]
    assert ("沈阳市中级人民法院", "ESTABLISHED", "破产审判庭") in relations


def test_big_fields_of_joined_up_work_and_the_bracketed_river_chief_system(nlp):
    names, _ = _extract(nlp, "各级统战部门落实大统战工作格局。县委政法委完善大调解工作格局。各乡镇全面落实河（湖）长制。")
    for term in ("大统战工作格局", "大调解工作格局", "河（湖）长制"):
        assert term in _mentions(names), term
    names, _ = _extract(nlp, "构建大城市发展格局。医养结合机构增至191家。")
    assert not [name for name, (kind, _) in names.items() if kind == "MECH"]


def test_a_team_named_after_its_body_and_a_zone_authoritys_bureau(nlp):
    _, relations = _extract(nlp, "国家医疗保障局飞行检查组对宝鸡市开展检查，岱川县政府督查组开展督查。"
                                 "芜湖经济技术开发区管委会经济发展局开展走访。")
    assert ("国家医疗保障局飞行检查组", "PART_OF", "国家医疗保障局") in relations
    assert ("岱川县政府督查组", "PART_OF", "岱川县政府") in relations
    assert ("芜湖经济技术开发区管委会经济发展局", "PART_OF", "芜湖经济技术开发区管委会") in relations


def test_the_ethnic_and_religious_affairs_bureau_by_its_short_name(nlp):
    _, relations = _extract(nlp, "岱川市委统战部联合市民宗局、市工商联开展“同心助企”系列活动。")
    assert ("岱川市委统战部", "COOPERATES_WITH", "市民宗局") in relations


def test_no_nationwide_government_but_the_nationwide_congress_and_cppcc(nlp):
    names, _ = _extract(nlp, "全国政府总法律顾问试点推进。全国人大常委会、全国政协和全国总工会参加。")
    assert not [name for name in names if "政府" in name]
    assert {"全国人大常委会", "全国政协", "全国总工会"} <= set(names)


def test_the_centres_departments_of_a_field_are_a_class(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "省政府加强与中央金融管理部门沟通协作。市金融管理部门参加。")])
    kinds = {e.name: e.generic for e in record.entities if e.type == "ORG"}
    assert kinds.get("中央金融管理部门", True) is True  # (a class, if it is kept at all)
    assert kinds["市金融管理部门"] is False  # a place's department is that place's


def test_a_named_place_where_a_practice_is_carried_on(nlp):
    names, relations = _extract(nlp, "岱川县退役军人服务中心设立“老兵调解室”。白鹭镇打造清廉驿站。")
    # (a mediation room set up under a quoted name is a body, as every annotated set has it: session 41)
    assert names["老兵调解室"][0] == "ORG"
    assert names["清廉驿站"][0] == "MECH"
    assert ("岱川县退役军人服务中心", "ESTABLISHED", "老兵调解室") in relations
    # unquoted, a facility's common kind names none
    names, _ = _extract(nlp, "白鹭镇建立工作室，开设超市。")
    assert not [name for name, (kind, _) in names.items() if kind == "MECH"]


def test_a_bureaus_organ_after_its_full_and_short_names(nlp):
    _, relations = _extract(nlp, "绵阳市住房和城乡建设局2024年政府信息公开工作年度报告\n2024年，市住建局认真落实各项要求。"
                                 "局党组调整了工作领导小组。")
    assert ("绵阳市住房和城乡建设局党组", "PART_OF", "绵阳市住房和城乡建设局") in relations
    # two bureaus named before: whose 局党组 is not said
    names, _ = _extract(nlp, "岱川市财政局和岱川市住建局召开会议。局党组研究部署。")
    assert "局党组" in names


def test_the_citys_ethnic_and_religious_affairs_bureau_is_the_citys(nlp):
    names, _ = _extract(nlp, "盐城市委统战部联合市民宗局开展活动，市民积极参与。")
    assert names["盐城市民宗局"] == ("ORG", ["市民宗局"])


def test_deputies_auditors_and_unannounced_visitors_teams(nlp):
    _, relations = _extract(nlp, "沂南县人大常委会视察组到县卫生健康局实地视察。省审计厅审计组进驻岱川县财政局。"
                                 "山东省纪委监委暗访组发现问题。")
    assert ("沂南县人大常委会视察组", "PART_OF", "沂南县人大常委会") in relations
    assert any(r[0].endswith("省审计厅审计组") and r[1] == "PART_OF" for r in relations)
    assert ("山东省纪委监委暗访组", "PART_OF", "山东省纪委监委") in relations
    names, _ = _extract(nlp, "审计组长王某表示。")
    assert not names
