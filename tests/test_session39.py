"""Rules of session 39, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of


def test_a_titles_tail_is_its_mention_only_where_it_stands_as_a_name(nlp):
    text = ("青禾市出台《青禾市生态保护高地建设标准》和《青禾市防汛应急预案》。按照防汛应急预案，"
            "完善旅游目的地建设标准。")
    names, _ = _extract(nlp, text)
    assert "防汛应急预案" in names["青禾市防汛应急预案"][1]  # (the tail after a verb: the plan named again)
    assert "地建设标准" not in names["青禾市生态保护高地建设标准"][1]  # (目的地: mid-word)
    # counted, or followed by the character that makes 法 a 法规: a class of documents, not the one titled
    text = "《霁川省地方性法规制定条例》施行。省人大常委会审议地方性法规9件，推动出台海岛保护法规。"
    names, _ = _extract(nlp, text)
    mentions = next(m for n, (t, m) in names.items() if n.endswith("地方性法规制定条例"))
    assert "地方性法规" not in mentions
    names, _ = _extract(nlp, "《霁川海岛保护法》施行以来，推动出台海岛保护法规。")
    assert "海岛保护法" not in next(m for n, (t, m) in names.items() if n.endswith("海岛保护法"))


def test_companies_listed_before_a_kind_of_platform_or_specialist_firm_are_bodies(nlp):
    names, _ = _extract(nlp, "青禾市支持星桥云、白鹭数科等平台经济企业做大做强，云帆、霁川智造等专精特新企业加快成长。")
    assert {"星桥云", "白鹭数科", "云帆", "霁川智造"} <= set(names)
    # (industries listed before a kind of firm are no companies)
    names, _ = _extract(nlp, "培育电子信息、生物医药等平台经济企业。")
    assert not {"电子信息", "生物医药"} & set(names)


def test_national_academies_and_institutes_are_found_by_their_short_names(nlp):
    names, _ = _extract(nlp, "中国农科院、中国地科院专家和国防科大团队到青禾市调研，中汽中心、中国信通院参加。")
    assert {"中国农科院", "中国地科院", "国防科大", "中汽中心", "中国信通院"} <= set(names)
    # (a short name and the full name in one text are one body)
    names, _ = _extract(nlp, "中国农业科学院（以下简称中国农科院）在青禾市设站。中国农科院专家驻站。")
    assert "中国农科院" in names["中国农业科学院"][1]


def test_an_autonomous_prefectures_bodies_are_named_with_the_place_as_the_text_writes_it(nlp):
    text = "黔东南州委组织部发布公示。州财政局、州人民医院参加。"
    names, _ = _extract(nlp, text)
    assert {"黔东南州委组织部", "黔东南州财政局", "黔东南州人民医院"} <= set(names)
    # (the full name written once: the full name throughout)
    text = "黔东南苗族侗族自治州人民政府召开会议。州财政局参加。"
    names, _ = _extract(nlp, text)
    assert "黔东南苗族侗族自治州财政局" in names


def test_a_firms_name_leaves_out_its_role_and_keeps_its_partnership_form(nlp):
    text = "年审机构湖南白鹭会计师事务所（特殊普通合伙）出具审计报告，财务顾问霁川证券股份有限公司进行核查。"
    names, _ = _extract(nlp, text)
    assert "湖南白鹭会计师事务所(特殊普通合伙)" in names  # (the brackets as the key writes them)
    assert "霁川证券股份有限公司" in names
    assert not any(name.startswith(("年审机构", "财务顾问")) for name in names)


def test_a_company_after_another_that_works_with_it_and_one_named_by_two_joined_fields(nlp):
    names, _ = _extract(nlp, "广西石油会同白鹭炼化有限责任公司建立协同机制。")
    assert "白鹭炼化有限责任公司" in names
    assert not any("会同" in name for name in names)
    names, _ = _extract(nlp, "成立宜宾市文化和旅游投资集团有限公司、宜宾市城市和交通建设投资集团有限公司。")
    assert {"宜宾市文化和旅游投资集团有限公司", "宜宾市城市和交通建设投资集团有限公司"} <= set(names)
    names, _ = _extract(nlp, "宜宾市政府和白鹭投资有限公司签约。")  # (a government and a company: two)
    assert {"宜宾市政府", "白鹭投资有限公司"} <= set(names)


def test_places_listed_before_a_counted_kind_of_branch_name_no_branch(nlp):
    names, _ = _extract(nlp, "广西石油对所属柳州、百色、钦州等14个地市分公司全面实行经理层成员任期制和契约化管理。")
    assert not any("等14个" in name or name.endswith("分公司") for name in names)


def test_a_unit_named_by_the_firms_it_oversees_is_the_bodys_and_no_class(nlp):
    names, relations = _extract(nlp, "深圳证券交易所上市公司管理一部向白鹭股份发出关注函，中国证监会上市公司监管司参加。")
    assert ("深圳证券交易所上市公司管理一部", "PART_OF", "深圳证券交易所") in relations
    assert ("中国证监会上市公司监管司", "PART_OF", "中国证监会") in relations
    assert not any(name.endswith("上市公司") for name in names)
    names, _ = _extract(nlp, "督促上市公司规范运作。")  # (the class alone: no body)
    assert not any(t == "ORG" and not name.startswith("上市公司") for name, (t, _m) in names.items())


def test_the_outlet_whose_reporter_asks_at_a_press_conference_is_a_body_and_no_paper(nlp):
    text = "【问】青禾日报记者：今年有何安排？\n霁川晚报记者问：如何推进？\n据白鹭日报报道，会议召开。"
    names, _ = _extract(nlp, text)
    assert names["青禾日报"][0] == "ORG" and names["霁川晚报"][0] == "ORG"
    assert names["白鹭日报"][0] == "DOC"  # (a paper cited: a document)
    names, _ = _extract(nlp, "局长告诉记者：今年将推进改革。")
    assert not any(t == "ORG" for t, _m in names.values())


def test_a_bodys_party_organ_is_named_with_the_bodys_full_name(nlp):
    text = "江门市归国华侨联合会（以下简称市侨联）召开会议。市侨联党组书记黄某表示支持。"
    _, relations = _extract(nlp, text)
    assert ("江门市归国华侨联合会党组", "PART_OF", "江门市归国华侨联合会") in relations
    text = "国家发展和改革委员会召开会议，国家发展改革委党组成员出席。"
    _, relations = _extract(nlp, text)
    assert ("国家发展和改革委员会党组", "PART_OF", "国家发展和改革委员会") in relations
    # (a party committee's department keeps the committee's short name, as the annotated texts write it)
    _, relations = _extract(nlp, "中共天水市委召开会议，市委组织部参加。")
    assert ("天水市委组织部", "PART_OF", "中共天水市委") in relations


def test_a_democratic_partys_committee_ends_before_a_partner_or_a_verb_of_working_together(nlp):
    names, _ = _extract(nlp, "九三学社阜阳市委与阜阳师范大学共建工作站。九三学社亳州市委会同亳州市卫生健康委员会开展调研。")
    assert {"九三学社阜阳市委", "阜阳师范大学", "九三学社亳州市委"} <= set(names)
    assert not any("与" in name or name.endswith("委会") for name in names)


def test_a_foreign_ministrys_office_and_an_associations_office_are_theirs_not_chinas(nlp):
    text = "黑龙江省外事办公室、俄罗斯联邦外交部驻布拉戈维申斯克代表处负责人出席，青禾学院与德国手工业协会成都代表处签署协议。"
    names, relations = _extract(nlp, text)
    assert ("俄罗斯联邦外交部驻布拉戈维申斯克代表处", "PART_OF", "俄罗斯联邦外交部") in relations
    assert ("德国手工业协会成都代表处", "PART_OF", "德国手工业协会") in relations
    assert "外交部" not in names  # (no Chinese ministry is named)
    assert not any(name.endswith("签署") for name in names)


def test_the_bodies_a_policys_note_makes_responsible_for_a_task_do_it(nlp):
    text = ("各省、自治区、直辖市人民政府：\n（一）推动物流中心改造升级。支持有条件的县整合资源，推行“统仓共配”模式。"
            "（商务部牵头，国家邮政局按职责分工负责）\n（二）建立健全农村客货邮融合发展机制。（交通运输部、国家邮政局负责）")
    _, relations = _extract(nlp, text)
    assert {("商务部", "ESTABLISHED", "统仓共配模式"), ("国家邮政局", "ESTABLISHED", "统仓共配模式"),
            ("交通运输部", "ESTABLISHED", "农村客货邮融合发展机制")} <= relations
    # (a bracket saying more than who is responsible is no note: 由…负责解释)
    text = "第二条 各地建立健全联络员制度。（本办法由青禾市人民政府办公室负责解释）"
    _, relations = _extract(nlp, text)
    assert ("青禾市人民政府办公室", "ESTABLISHED", "联络员制度") not in relations


def test_places_listed_and_counted_before_a_head_name_one_class_of_their_bodies(nlp):
    names, relations = _extract(nlp, "九江、南昌、上饶三市检察院建立跨区划协作机制。")
    assert ("九江、南昌、上饶三市检察院", "ESTABLISHED", "跨区划协作机制") in relations
    assert not any(name.startswith("三市") for name in names)
    names, _ = _extract(nlp, "遵义市政府指导湄潭、凤冈、正安三县农业农村局组建遵义茶产业联盟。")
    assert not any(name.startswith(("三县", "指导")) for name in names)


def test_well_known_companies_are_found_by_their_short_names_and_common_words_are_not(nlp):
    text = "特斯拉上海超级工厂投产，中科曙光推出智能体，台积电、宇树科技参加。大众创业万众创新，苹果种植面积扩大，三星堆博物馆开放。"
    names, _ = _extract(nlp, text)
    assert {"特斯拉", "中科曙光", "台积电", "宇树科技"} <= set(names)
    assert not {"大众", "苹果", "三星"} & set(names)


def test_a_treatys_latin_acronym_before_a_noun_names_no_document(nlp):
    names, _ = _extract(nlp, "打造RCEP国际教育合作区，拓展RCEP成员国市场。")
    assert not any("RCEP" in mentions for _t, mentions in names.values())
    names, _ = _extract(nlp, "青禾市召开会议。RCEP生效以来，青禾市用好RCEP规则。")
    assert any(t == "DOC" and "RCEP" in mentions for t, mentions in names.values())


def test_a_committee_before_its_five_year_plans_proposals_issued_them(nlp):
    text = "省政府根据中共青禾省委“十五五”规划《建议》，编制了《青禾省“十五五”规划纲要（草案）》。"
    _, relations = _extract(nlp, text)
    assert ("中共青禾省委", "ISSUED", "建议") in relations


def test_an_academys_institute_by_its_short_name_is_part_of_the_academy(nlp):
    _, relations = _extract(nlp, "中科院白鹭煤化所牵头攻关，中国地科院物化探所整体迁入。")
    assert ("中科院白鹭煤化所", "PART_OF", "中国科学院") in relations or (
        "中科院白鹭煤化所", "PART_OF", "中科院") in relations
    assert any(h == "中国地科院物化探所" and r == "PART_OF" for h, r, _t in relations)
    # (a company's name then 所 is no institute of it: 奇瑞汽车走进青禾会所)
    names, _ = _extract(nlp, "奇瑞汽车走进青禾会所。教育部直属高校所在地召开会议。")
    assert not any(name.endswith("所") for name in names)


def test_a_national_labs_centre_in_a_province_is_part_of_the_lab(nlp):
    _, relations = _extract(nlp, "白鹭国家实验室湖南创新中心落地，怀柔实验室新疆基地建成。")
    assert ("白鹭国家实验室湖南创新中心", "PART_OF", "白鹭国家实验室") in relations
    assert ("怀柔实验室新疆基地", "PART_OF", "怀柔实验室") in relations


def test_quotes_naming_a_demand_an_aim_an_event_or_a_fund_are_no_practices(nlp):
    text = ("落实“并行”“并进”重要要求。坚持在“创精品”上下功夫。开展“白鹭村超”全省足球联赛。"
            "在“高效办成一件事”上持续发力，落实“管行业必须管安全”要求。")
    names = mechanisms_of(_extract(nlp, text)[0])
    assert not {"并行", "并进", "创精品", "白鹭村超"} & names
    assert {"高效办成一件事", "管行业必须管安全"} <= names  # (a term; a principle of work)


def test_a_places_government_work_is_no_body(nlp):
    names, _ = _extract(nlp, "我们要做好江西政府工作，让群众更满意。")
    assert "江西政府" not in names
    names, _ = _extract(nlp, "江西省政府工作部门要协作。")
    assert any(name.startswith("江西省") and name.endswith("政府") for name in names)


def test_a_body_whose_named_official_speaks_acts_in_what_the_official_says(nlp):
    _, relations = _extract(nlp, "青禾市市场监管局局长张三表示，将建立食品安全追溯机制。")
    assert ("青禾市市场监管局", "ESTABLISHED", "食品安全追溯机制") in relations
    _, relations = _extract(nlp, "青禾市市场监管局局长张三在会上听取汇报，会议建立食品安全追溯机制。")
    assert ("青禾市市场监管局", "ESTABLISHED", "食品安全追溯机制") not in relations  # (no saying: the post only)


def test_a_zone_acting_with_a_partner_is_no_body_and_the_report_does_not_act_for_it(nlp):
    text = "辽宁省人民政府工作报告\n各位代表：\n过去一年，青禾综保区与霁川港区合作实施“管运分离”改革。"
    _, relations = _extract(nlp, text)
    assert not any(t == "管运分离改革" for _h, _r, t in relations)


def test_museums_named_from_their_place_and_the_national_ones_are_bodies(nlp):
    names, _ = _extract(nlp, "山西博物院与故宫博物院、国家博物馆开展合作，国家图书馆参加。")
    assert {"山西博物院", "故宫博物院", "国家博物馆", "国家图书馆"} <= set(names)


def test_central_enterprises_by_their_everyday_short_names(nlp):
    names, _ = _extract(nlp, "支持鞍钢做强做优，华润、中粮在青禾市投资，南网、首钢参加。")
    assert {"华润", "中粮", "南网", "首钢"} <= set(names)
    assert any("鞍钢" in mentions for _t, mentions in names.values())


def test_a_speakers_words_are_no_towns_name_and_a_pointed_schools_college_is_the_universitys(nlp):
    names, _ = _extract(nlp, "现在，我代表乡人民政府，向大会报告工作。")
    assert not any(name.startswith("我") for name in names)
    _, relations = _extract(nlp, "合作社与四川农业大学开展校地合作，由该校动物科技学院专家到村指导。")
    assert ("四川农业大学动物科技学院", "PART_OF", "四川农业大学") in relations


def test_an_autonomous_prefecture_whose_name_has_no_zu_is_known_by_its_short_name(nlp):
    names, _ = _extract(nlp, "伊犁州友谊医院与镇卫生院签约。克孜勒苏州人民政府召开会议。")
    assert {"伊犁州友谊医院", "克孜勒苏州人民政府"} <= set(names)


def test_bodies_of_a_university_and_a_company_from_the_university_set(nlp):
    text = ("兰州大学印发《管理办法》，对收益分配作出系统规定。学校化学化工学院、资源环境学院组成联合团队。"
            "双方共同组建“有色金属资源绿色开发联合研究院”，金川集团镍钴研究设计院参加。")
    names, relations = _extract(nlp, text)
    assert "系统规定" not in names  # (provisions made, no document)
    assert ("兰州大学资源环境学院", "PART_OF", "兰州大学") in relations  # (the next of a list after 学校…学院)
    assert names["有色金属资源绿色开发联合研究院"][0] == "ORG"  # (set up under a quoted name)
    assert ("金川集团镍钴研究设计院", "PART_OF", "金川集团") in relations  # (研究设计院 a head: 研究 no verb here)


def test_departments_of_higher_education_and_planning_and_words_that_go_on(nlp):
    _, relations = _extract(nlp, "云南省教育厅高等教育处负责人表示，将开展评估。")
    assert ("云南省教育厅高等教育处", "PART_OF", "云南省教育厅") in relations
    names, _ = _extract(nlp, "要主动对接清华大学。哈尔滨工业大学校长刘振宇说，要加强合作。科研经费和校办企业存在风险。组建校属科研机构。")
    assert {"清华大学", "哈尔滨工业大学"} <= set(names)
    assert not {"对接清华大学", "哈尔滨工业大学校", "校办", "校属科"} & set(names)


def test_an_enforcement_bureau_and_ministries_research_institutes(nlp):
    _, relations = _extract(nlp, "湖南省市场监督管理局执法稽查局负责。应急管理部所属中国安全生产科学研究院派出专家。")
    assert ("湖南省市场监督管理局执法稽查局", "PART_OF", "湖南省市场监督管理局") in relations
    assert ("中国安全生产科学研究院", "PART_OF", "应急管理部") in relations


def test_a_township_reports_first_line_is_its_title(nlp):
    names, _ = _extract(nlp, "白鹭镇关于2025年上半年工作情况的汇报\n尊敬的各位领导：\n上半年，我镇建立网格化管理机制。")
    assert names["白鹭镇关于2025年上半年工作情况的汇报"][0] == "DOC"
    names, _ = _extract(nlp, "白鹭镇2025年上半年重点工作开展情况\n今年以来，白鹭镇党委推行积分制管理。")
    assert names["白鹭镇2025年上半年重点工作开展情况"][0] == "DOC"
