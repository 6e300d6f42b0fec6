"""Rules of session 36, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_document_number_before_its_title_is_a_name_of_that_document(nlp):
    names, relations = _extract(nlp, "2025年6月16日，白鹭县人民政府作出白政征决〔2025〕5号《房屋征收决定》，并予以公告。")
    assert names["房屋征收决定"] == ("DOC", ["房屋征收决定", "白政征决〔2025〕5号"])
    assert not any("作出" in name or name.startswith("日") for name in names)
    assert ("白鹭县人民政府", "ISSUED", "房屋征收决定") in relations
    # after 的 too; a number after the title stays the title's (as before)
    names, _ = _extract(nlp, "申请人不服被申请人作出的青市监处罚〔2024〕312号《行政处罚决定书》。")
    assert names["行政处罚决定书"][1] == ["行政处罚决定书", "青市监处罚〔2024〕312号"]
    names, _ = _extract(nlp, "霁川市人民政府印发《霁川市河道管理办法》（霁政发〔2025〕3号）。")
    assert names["霁川市河道管理办法"][1] == ["霁川市河道管理办法", "霁政发〔2025〕3号"]
    # a number alone is a document of its own, its issuer's code without the verb before it
    names, _ = _extract(nlp, "县财政局依据青财预〔2025〕第8号文件拨付资金。")
    assert "青财预〔2025〕第8号" in names


def test_a_court_ruling_by_its_case_number_is_a_document(nlp):
    names, _ = _extract(nlp, "上诉人不服青禾市中级人民法院（2024）青01行初88号行政判决，向本院提起上诉。")
    assert any(kind == "DOC" and "（2024）青01行初88号行政判决" in mentions for kind, mentions in names.values())
    assert "青禾市中级人民法院" in names
    _, relations = _extract(nlp, "上诉人不服长沙市中级人民法院（2023）湘01行初1120号行政判决，向本院提起上诉。")
    assert ("长沙市中级人民法院", "ISSUED", "(2023)湘01行初1120号行政判决") in relations
    # a year in brackets before a plain number is no case
    names, _ = _extract(nlp, "全县（2024）共办理案件88件。")
    assert not any(kind == "DOC" for kind, _ in names.values())


def test_verbs_of_receiving_and_listing_are_no_part_of_a_name(nlp):
    names, relations = _extract(nlp, "全年接待审计署驻济南特派员办事处等单位来访3批。")
    assert "审计署驻济南特派员办事处" in names
    assert not any(name.startswith("接待") for name in names)
    assert ("审计署驻济南特派员办事处", "PART_OF", "审计署") in relations
    names, _ = _extract(nlp, "名录收录中国中车、中国商飞等企业。")
    assert not any(name.startswith("收录") for name in names)


def test_units_the_body_a_text_is_about_lists_as_its_own(nlp):
    text = ("根据市财政局关于做好决算公开工作的要求，现将青禾市林业局2025年度部门决算说明如下。"
            "本局内设办公室、计划财务科、森林防火科等9个科室。")
    names, relations = _extract(nlp, text)
    for unit in ("办公室", "计划财务科", "森林防火科"):
        assert ("青禾市林业局" + unit, "PART_OF", "青禾市林业局") in relations
    assert not any("财政局" in head for head, rel, _ in relations if rel == "PART_OF")
    # the count first, the list after 主要包括; 局机关内设 with no verb inside the unit's name
    text = "青禾市林业局2025年度部门预算说明。本局内设9个科室，主要包括办公室、森林防火科等。局机关内设政策法规科和林政科。"
    names, relations = _extract(nlp, text)
    assert {"青禾市林业局办公室", "青禾市林业局政策法规科", "青禾市林业局林政科"} <= set(names)
    assert not any("内设" in name for name in names)


def test_bodies_listed_as_a_bodys_subordinate_units_are_part_of_it(nlp):
    names, relations = _extract(nlp, "白鹭县水利局下属二级单位包括白鹭县水文站、白鹭县河道管理所和白鹭县节约用水服务中心。")
    for unit in ("白鹭县水文站", "白鹭县河道管理所", "白鹭县节约用水服务中心"):
        assert (unit, "PART_OF", "白鹭县水利局") in relations
    # no verb kept in a name (所属事业单位包括A: A, not 事业单位包括A)
    names, _ = _extract(nlp, "局机关内设办公室、法规科，所属事业单位包括白鹭县水文站和白鹭县水利工程质量监督站。")
    assert not any("包括" in name for name in names)
    assert "白鹭县水利工程质量监督站" in names
    # the text's own body after 本局; the list before its count (所属的A、B 2家事业单位)
    _, relations = _extract(nlp, "青禾市林业局是市政府工作部门。本局内设办公室等8个科室；下属二级单位包括青禾市林业科学研究所和青禾市林业调查规划院。")
    assert ("青禾市林业科学研究所", "PART_OF", "青禾市林业局") in relations
    _, relations = _extract(nlp, "安吉县农业农村局是县政府工作部门。纳入预算编制范围的单位包括局机关本级，以及所属的安吉县农业技术推广中心、"
                                 "安吉县畜牧兽医服务中心2家事业单位。")
    assert ("安吉县畜牧兽医服务中心", "PART_OF", "安吉县农业农村局") in relations
    assert ("安吉县畜牧兽医服务中心", "PART_OF", "安吉县农业技术推广中心") not in relations
    # the units alone: none of them owns the others
    _, relations = _extract(nlp, "以及所属的安吉县农业技术推广中心、安吉县畜牧兽医服务中心2家事业单位。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)
    # two bodies after a partner's 与, no count: not owned by a list
    _, relations = _extract(nlp, "霁川县农业农村局所属的霁川县农业技术推广中心与霁川县气象局建立会商机制。")
    assert ("霁川县气象局", "PART_OF", "霁川县农业农村局") not in relations


def test_each_body_said_to_be_anothers_unit_is_part_of_it(nlp):
    _, relations = _extract(nlp, "长沙市野生动植物保护站、长沙市林业执法大队为市林业局所属事业单位。")
    assert ("长沙市野生动植物保护站", "PART_OF", "长沙市林业局") in relations
    assert ("长沙市林业执法大队", "PART_OF", "长沙市林业局") in relations


def test_a_department_said_to_be_a_governments_working_department_is_part_of_it(nlp):
    names, relations = _extract(nlp, "深圳市市场监督管理局是深圳市人民政府工作部门，负责全市市场监管。")
    assert ("深圳市市场监督管理局", "PART_OF", "深圳市人民政府") in relations
    assert "深圳市人民政府工作部门" not in names
    # the class where it acts is no part of the government
    _, relations = _extract(nlp, "深圳市人民政府工作部门要加强协作。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)


def test_units_a_central_bodys_offices_have(nlp):
    names, relations = _extract(nlp, "国家铁路局机关设安全监察司、运输监督管理司、工程监督管理司。")
    for unit in ("安全监察司", "运输监督管理司", "工程监督管理司"):
        assert ("国家铁路局" + unit, "PART_OF", "国家铁路局") in relations
    assert not any(name.endswith("机关") or "设" in name for name in names)
    names, relations = _extract(nlp, "国家知识产权局机关内设办公室、条法司和公共服务司。")
    assert ("国家知识产权局条法司", "PART_OF", "国家知识产权局") in relations
    assert "国家知识产权局机关" not in names
    # 机关 in a body's own name stays (中央和国家机关工作委员会)
    names, _ = _extract(nlp, "中央和国家机关工作委员会召开会议。")
    assert "中央和国家机关工作委员会" in names


def test_a_unit_said_to_belong_to_the_body_the_text_is_about(nlp):
    _, relations = _extract(nlp, "广州市生态环境局负责全市监管。广州市环境监测中心站为其所属事业单位，承担全市监测。")
    assert ("广州市环境监测中心站", "PART_OF", "广州市生态环境局") in relations
    assert not any(head == "事业单位" for head, _, _ in relations)
    _, relations = _extract(nlp, "洛阳市发展和改革委员会是洛阳市人民政府工作部门。洛阳市价格认证中心为委属事业单位。")
    assert ("洛阳市价格认证中心", "PART_OF", "洛阳市发展和改革委员会") in relations
    # a kind with no 属 and no 其 says no owner
    _, relations = _extract(nlp, "洛阳市发展和改革委员会召开会议。洛阳市价格认证中心为公益一类事业单位。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)


def test_a_zones_departments_by_their_work(nlp):
    names, relations = _extract(nlp, "成都高新区电子信息产业局、成都高新区投资服务局和成都高新区规划和建设局负责推进。"
                                     "合肥经开区经贸发展局推行首问负责制。")
    assert {"成都高新区电子信息产业局", "成都高新区投资服务局", "成都高新区规划和建设局", "合肥经开区经贸发展局"} <= set(names)
    assert ("合肥经开区经贸发展局", "ESTABLISHED", "首问负责制") in relations
    # the zone a text named, for its departments named after 新区 or 园区 alone
    names, relations = _extract(nlp, "重庆两江新区举行签约活动。新区投资促进局会同新区经济运行局建立履约台账。")
    assert ("重庆两江新区投资促进局", "COOPERATES_WITH", "重庆两江新区经济运行局") in relations
    names, _ = _extract(nlp, "苏州工业园区召开巡察动员会，对园区社会事业局开展巡察。")
    assert "苏州工业园区社会事业局" in names
    # a district built is no zone; a verb is no department's work
    names, _ = _extract(nlp, "推进建设新区发展局面。成都高新区召开会议局面稳定。")
    assert not any(name.endswith(("新区发展局", "召开会议局")) for name in names)
    # a district's own bureau after a unit of a city commission is the district's, not the commission's
    names, _ = _extract(nlp, "区城管执法局会同市规划自然资源委平谷分局和区公安分局开展整治。")
    assert not any(name.endswith("委区公安分局") for name in names)


def test_a_room_of_a_body_is_no_body(nlp):
    names, _ = _extract(nlp, "开标地点为苏州市吴中区公共资源交易中心第二开标室。")
    assert "苏州市吴中区公共资源交易中心" in names
    assert not any(name.endswith("开标室") for name in names)
    # a unit whose name ends in 室 stays (监督检查室)
    names, _ = _extract(nlp, "青禾市纪委监委第二监督检查室开展审查调查。")
    assert "青禾市纪委监委第二监督检查室" in names


def test_the_body_whose_official_speaks_a_paragraph_is_its_we(nlp):
    text = ("郑州市人民政府新闻办公室召开防汛工作新闻发布会，市应急管理局、市城市管理局相关负责同志出席。\n"
            "郑州日报记者：地铁站点防汛有哪些措施？\n"
            "市应急管理局局长某某：汛前，我们会同郑州地铁集团建立一站一册防汛台账。\n"
            "市城市管理局副局长某某：今年我局与市气象局联合推行积水点“一点一预案”制度。")
    _, relations = _extract(nlp, text)
    assert ("郑州市应急管理局", "ESTABLISHED", "一站一册防汛台账") in relations
    assert ("郑州市应急管理局", "COOPERATES_WITH", "郑州地铁集团") in relations
    assert ("郑州市城市管理局", "COOPERATES_WITH", "郑州市气象局") in relations
    assert not any(head == "郑州市人民政府" for head, rel, _ in relations if rel != "PART_OF")
    # a reporter's question speaks for no body
    assert not any(head.endswith("日报") for head, _, _ in relations)


def test_a_county_named_without_its_level_right_after_its_city(nlp):
    names, relations = _extract(nlp, "古蔺县人民检察院会同泸州市古蔺生态环境局开展现场勘查。")
    assert "泸州市古蔺生态环境局" in names
    assert ("古蔺县人民检察院", "COOPERATES_WITH", "泸州市古蔺生态环境局") in relations
    # two characters after a city that name none of its counties stay what they are
    names, _ = _extract(nlp, "会同泸州市全面生态环境局开展勘查。")
    assert "泸州市全面生态环境局" not in names


def test_a_zones_authority_by_its_short_form_opening_a_sentence(nlp):
    text = "西安高新技术产业开发区管理委员会近日出台实施方案。市发展改革委对此给予肯定。\n管委会还建立重点项目“首席服务官”制度。"
    _, relations = _extract(nlp, text)
    assert ("西安高新技术产业开发区管理委员会", "ESTABLISHED", "首席服务官制度") in relations
    # no authority named before: a bare 管委会 points to none
    _, relations = _extract(nlp, "管委会建立重点项目“首席服务官”制度。")
    assert not any(rel == "ESTABLISHED" for _, rel, _ in relations)


def test_a_firm_a_text_leaves_unnamed_starts_at_its_mou(nlp):
    names, relations = _extract(nlp, "街道办事处赶赴现场，对该项目施工单位某建设工程有限公司进行了突击检查。")
    assert "某建设工程有限公司" in names
    assert ("街道办事处", "INSPECTS", "某建设工程有限公司") in relations
    names, _ = _extract(nlp, "物业合肥某物业服务有限公司说要动用专项维修资金。")
    assert "合肥某物业服务有限公司" in names
    assert not any(name.startswith(("施工单位", "物业合肥")) for name in names)


def test_a_town_government_opening_its_own_report_is_its_we(nlp):
    text = ("一年来，周庄镇人民政府认真贯彻省政府、苏州市政府部署要求，政务服务效能持续提升。\n"
            "我们会同昆山市消防救援大队、昆山市市场监督管理局开展联合检查，建立景区安全联席会议制度。")
    _, relations = _extract(nlp, text)
    assert ("周庄镇人民政府", "ESTABLISHED", "景区安全联席会议制度") in relations
    assert ("周庄镇人民政府", "COOPERATES_WITH", "昆山市消防救援大队") in relations
    assert not any(head == "苏州市政府" for head, _, _ in relations)
    # in a government's own report, the committee that leads is not who reports
    text = ("五年来，省委团结带领全省人民砥砺前行。\n本届政府坚持依法行政，浙江省人民政府成立行政复议委员会。\n"
            "我们推行行政执法“三项制度”。")
    _, relations = _extract(nlp, text)
    assert not any(head.endswith("省委") for head, rel, _ in relations if rel == "ESTABLISHED")


def test_no_machine_mechanism_and_no_owner_in_a_companys_name(nlp):
    names, _ = _extract(nlp, "在由新中国第一家拖拉机制造厂发展而来的中国一拖集团，他察看生产线。")
    assert not any(kind == "MECH" for kind, _ in names.values())
    names, relations = _extract(nlp, "在中国中车所属中车株洲电力机车有限公司，他走进总装车间。")
    assert "中车株洲电力机车有限公司" in names
    assert ("中车株洲电力机车有限公司", "PART_OF", "中国中车") in relations
    assert not any(name.startswith("中国中车所属") for name in names)
