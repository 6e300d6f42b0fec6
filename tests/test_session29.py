"""Rules of session 29, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄州 are made-up
places; real provinces and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_report_opened_by_its_speaker_for_the_government_is_the_governments_own(nlp):
    text = ("现在，我代表省人民政府向大会报告工作，请予审议。\n"
            "——经济平稳增长。创新实施项目建设“3+2”工作机制，出台《岱川省稳增长若干措施》。")
    _, relations = _extract(nlp, text)
    assert ("省人民政府", "ESTABLISHED", "3+2工作机制") in relations
    assert ("省人民政府", "ISSUED", "岱川省稳增长若干措施") in relations
    # a government only named, no speaker for it: its sentences stay subjectless
    _, relations = _extract(nlp, "省人民政府召开会议。\n——经济平稳增长。创新实施项目建设“3+2”工作机制。")
    assert ("省人民政府", "ESTABLISHED", "3+2工作机制") not in relations


def test_the_working_body_of_a_system_at_each_level_and_its_list_of_duties(nlp):
    text = ("第五条 县级以上河长制工作机构设在同级水行政主管部门，履行下列职责：\n"
            "（一）对下级河长制工作机构进行业务指导；\n"
            "（二）会同同级人民检察院建立“河长+检察长”协作机制。")
    names, relations = _extract(nlp, text)
    assert names["县级以上河长制工作机构"][0] == "ORG"
    assert ("县级以上河长制工作机构", "PART_OF", "同级水行政主管部门") in relations
    assert ("县级以上河长制工作机构", "LEADS", "下级河长制工作机构") in relations
    assert ("县级以上河长制工作机构", "COOPERATES_WITH", "同级人民检察院") in relations
    assert ("县级以上河长制工作机构", "ESTABLISHED", "河长+检察长协作机制") in relations
    # an office housed elsewhere, no list after it: the next sentences are not its own
    text = "领导小组办公室设在县水利局，负责日常工作。\n建立“河长+检察长”协作机制。"
    _, relations = _extract(nlp, text)
    assert not any(head == "领导小组办公室" and rel == "ESTABLISHED" for head, rel, _ in relations)


def test_drafting_is_no_part_of_what_is_drafted(nlp):
    names, _ = _extract(nlp, "（一）拟订河长制工作制度，拟定岱川市巡河工作制度；")
    assert not any(name.startswith(("拟订", "拟定")) for name in names)


def test_central_departments_named_by_fields_that_are_verbs_elsewhere(nlp):
    for text, unit, parent in (("财政部经济建设司负责人介绍情况。", "财政部经济建设司", "财政部"),
                               ("住房和城乡建设部城市建设司发布通知。", "住房和城乡建设部城市建设司", "住房和城乡建设部"),
                               ("国家发展改革委地区振兴司召开会议。", "国家发展改革委地区振兴司", "国家发展改革委"),
                               ("商务部对外投资和经济合作司发布指南。", "商务部对外投资和经济合作司", "商务部"),
                               ("教育部高等教育司印发通知。", "教育部高等教育司", "教育部"),
                               ("最高人民检察院知识产权检察办公室主任介绍。", "最高人民检察院知识产权检察办公室",
                                "最高人民检察院")):
        names, relations = _extract(nlp, text)
        assert (unit, "PART_OF", parent) in relations, text
    # a place's office after a national agency stays the local office; a verb after the body is no department
    names, _ = _extract(nlp, "国家税务总局定西市税务局召开会议，财政部加强预算管理局面向全国。")
    assert "国家税务总局定西市税务局" in names
    assert not any(name.startswith("财政部加强") for name in names)


def test_the_central_environmental_inspections_bodies_are_no_mention_of_the_centre(nlp):
    names, relations = _extract(nlp, "中央生态环境保护督察办公室设在生态环境部，中央生态环境保护督察工作领导小组组织督察。")
    assert ("中央生态环境保护督察办公室", "PART_OF", "生态环境部") in relations
    assert names["中央生态环境保护督察工作领导小组"][0] == "ORG"
    assert "中共中央" not in names
    # the inspection itself names the Centre that sends it
    names, _ = _extract(nlp, "第三轮中央生态环境保护督察启动。")
    assert "中共中央" in names


def test_foreign_governments_bodies_by_their_country(nlp):
    text = "商务部与哈萨克斯坦共和国贸易和一体化部、日本经济产业省签署备忘录，俄罗斯联邦海关署派员参加。"
    names, _ = _extract(nlp, text)
    for body in ("哈萨克斯坦共和国贸易和一体化部", "日本经济产业省", "俄罗斯联邦海关署"):
        assert names[body][0] == "ORG", body
    names, _ = _extract(nlp, "德国联邦经济和气候保护部部长访华，日本政府表示欢迎。")
    assert {"德国联邦经济和气候保护部", "日本政府"} <= set(names)
    # a post, a country's policy, a country's name inside another word: no body
    for text in ("美国商务部长访华。", "美国对华政策调整。", "严查违法国有资产处置。", "中美国际合作项目启动。"):
        names, _ = _extract(nlp, text)
        assert not any(kind == "ORG" for kind, _ in names.values()), text


def test_joint_signing_is_no_federation(nlp):
    names, _ = _extract(nlp, "北京市人民检察院、北京市公安局、北京市司法局日前联合会签《岱川协作实施细则》。")
    assert "北京市司法局" in names
    assert not any(name.endswith("联合会") for name in names)
    # a federation that signs keeps its name
    names, _ = _extract(nlp, "北京市总工会与北京市工商业联合会签署协议。")
    assert "北京市工商业联合会" in names


def test_a_parent_named_inside_a_unit_ends_no_longer_word(nlp):
    names, relations = _extract(nlp, "市司法局向市公安局执法办案管理中心派驻值班律师。")
    assert ("市公安局执法办案管理中心", "PART_OF", "市公安局") in relations
    assert not any(name.endswith("执法办") for name in names)


def test_bodies_people_are_drawn_from_do_not_work_together(nlp):
    _, relations = _extract(nlp, "县委巡察工作领导小组统筹，从县纪委监委、县委组织部、县审计局抽调骨干组成3个巡察组。")
    assert not any(rel == "COOPERATES_WITH" for _, rel, _ in relations)
    # bodies that form a team together do
    _, relations = _extract(nlp, "县纪委监委、县审计局组成联合检查组。")
    assert ("县纪委监委", "COOPERATES_WITH", "县审计局") in relations


def test_the_stations_each_township_has_are_a_class(nlp):
    _, relations = _extract(nlp, "县纪委监委第二监督检查室联合县审计局对相关乡镇财政所开展专项审计。")
    assert ("县审计局", "INSPECTS", "乡镇财政所") in relations
    assert ("县纪委监委第二监督检查室", "INSPECTS", "乡镇财政所") in relations
    _, relations = _extract(nlp, "县卫健委指导乡镇卫生院开展工作。")
    assert ("县卫健委", "LEADS", "乡镇卫生院") in relations


def test_a_lab_by_its_brand_alone_where_a_base_in_a_place_is_named_after_it(nlp):
    _, relations = _extract(nlp, "支持怀柔实验室新疆基地承担任务，更好发挥怀柔实验室山西研究院作用。")
    assert ("怀柔实验室新疆基地", "PART_OF", "怀柔实验室") in relations
    assert ("怀柔实验室山西研究院", "PART_OF", "怀柔实验室") in relations
    # a province's lab is a kind of lab, with or without a base; a brand a description runs into names none here
    for text in ("支持新疆实验室建设。", "推进材料科学怀柔实验室山西研究院建设。"):
        names, _ = _extract(nlp, text)
        assert not any(name.endswith("实验室") for name in names), text


def test_a_campaign_named_with_its_span_or_end_year(nlp):
    names, _ = _extract(nlp, "全面实施低空经济高质量发展3年行动，实施数字经济提速2025行动计划。")
    assert {"低空经济高质量发展3年行动", "数字经济提速2025行动计划"} <= {n for n, (k, _) in names.items() if k == "MECH"}
    # a year alone before a head names no campaign, nor a reform
    names, _ = _extract(nlp, "开展2024年专项行动，深化2025年国企改革。")
    assert not any(name[:1].isdigit() for name in names)


def test_what_a_body_will_guide_and_the_guidance_it_strengthens(nlp):
    _, relations = _extract(nlp, "国家能源局有关负责同志表示，下一步将指导国家电网有限公司规范使用电池。")
    assert ("国家能源局", "LEADS", "国家电网有限公司") in relations
    _, relations = _extract(nlp, "省委巡视办将加强对市委巡察办的业务指导。")
    assert ("省委巡视办", "LEADS", "市委巡察办") in relations
    # the body a clause is about, not one a partner names, is still what is guided
    _, relations = _extract(nlp, "省委巡视办加强与市委巡察办的沟通。")
    assert not any(rel == "LEADS" for _, rel, _ in relations)


def test_a_party_committee_inspects_with_the_verb_alone(nlp):
    names, relations = _extract(nlp, "湖南省委巡视办结合省委巡视岳阳市委，指导岳阳市委巡察办开展联动巡察。")
    assert "湖南省委巡视办" in names  # (巡视办 + 结合, no 办结)
    assert ("湖南省委", "INSPECTS", "岳阳市委") in relations
    assert ("湖南省委巡视办", "LEADS", "岳阳市委巡察办") in relations
    # an office that runs inspections does not inspect by the verb alone
    _, relations = _extract(nlp, "市委巡察办巡察市水务局。")
    assert not any(rel == "INSPECTS" for _, rel, _ in relations)


def test_compiling_and_printing_a_titled_work_issues_it(nlp):
    _, relations = _extract(nlp, "市纪委监委编印《岱川市典型案例汇编》，发放至各县区。")
    assert ("市纪委监委", "ISSUED", "岱川市典型案例汇编") in relations


def test_a_partner_of_the_clause_before_is_no_subject_of_the_next(nlp):
    text = "岳阳县人民检察院率先与县政府建立“府检联动”工作机制，并与县司法局、县自然资源局在违法占地整治等领域协作配合。"
    _, relations = _extract(nlp, text)
    assert ("岳阳县人民检察院", "COOPERATES_WITH", "岳阳县司法局") in relations
    assert not any(head == "岳阳县政府" and tail == "岳阳县司法局" for head, _, tail in relations)


def test_the_host_of_a_team_named_with_its_sender_is_a_body_of_its_own(nlp):
    names, relations = _extract(nlp, "在中央纪委国家监委驻国务院国资委纪检监察组指导下，集团公司开展整治。")
    assert names["国务院国资委"][0] == "ORG"
    assert ("中央纪委国家监委驻国务院国资委纪检监察组", "PART_OF", "中央纪委国家监委") in relations
    assert not any(head == "中央纪委国家监委驻国务院国资委纪检监察组" and tail == "国务院国资委"
                   for head, _, tail in relations)  # (stationed there, not part of it)
    names, _ = _extract(nlp, "市纪委监委驻市卫健委纪检监察组开展监督。")
    assert names["市卫健委"][0] == "ORG"


def test_words_of_finding_out_end_names_and_a_short_domain(nlp):
    names, _ = _extract(nlp, "市住建局组成联合调查组，查实区住建局违规拨付资金；区纪委监委联合区人力社保局建立机制。")
    assert {"区住建局", "区人力社保局"} <= set(names)
    assert not any(name.startswith("查实") or name == "社保局" for name in names)


def test_bodies_an_honour_goes_to_are_no_subject_the_text_goes_on_with(nlp):
    text = "国企改革深化提升，西部矿业、能源发展集团等6家企业入选卓越单位。开展规范涉企行政执法专项行动。"
    names, relations = _extract(nlp, text)
    assert {"西部矿业", "能源发展集团"} <= set(names)  # (矿业: a trade a brand names, listed before 等6家企业)
    assert not any(rel == "ESTABLISHED" for _, rel, _ in relations)
    # a body that acts goes on being the subject
    _, relations = _extract(nlp, "岱川市纪委监委召开会议。开展规范涉企行政执法专项行动。")
    assert ("岱川市纪委监委", "ESTABLISHED", "规范涉企行政执法专项行动") in relations


def test_the_centres_numbered_inspection_teams_are_part_of_it(nlp):
    _, relations = _extract(nlp, "中央第五巡视组对青禾能源集团有限公司党委进行了常规巡视。")
    assert ("中央第五巡视组", "PART_OF", "中共中央") in relations
    assert ("中央第五巡视组", "INSPECTS", "青禾能源集团有限公司党委") in relations


def test_companies_listed_before_a_batch_of_enterprises(nlp):
    names, _ = _extract(nlp, "推动磷化集团、黔晟国资等一批企业战略性重组，培育采矿业、制造业等企业。")
    assert "黔晟国资" in names
    assert not {"采矿业", "制造业"} & set(names)


def test_a_title_line_that_names_its_issuers_is_also_cited_without_them(nlp):
    from kg.corpus import extract_texts

    text = "岱川市人民政府办公室关于印发《岱川市营商环境实施方案》的通知\n各县区人民政府：现将方案印发给你们。"
    (record,) = extract_texts(nlp, [("t.txt", text)])
    notice = next(e for e in record.entities if e.type == "DOC" and e.name.endswith("的通知"))
    assert {m.text for m in notice.mentions} >= {"关于印发《岱川市营商环境实施方案》的通知"}
    assert ("岱川市人民政府办公室", "ISSUED", notice.name) in {(r.head.name, r.type, r.tail.name)
                                                            for r in record.relations}


def test_a_ministrys_own_offices_by_its_short_form(nlp):
    text = ("中共自然资源部党组关于巡视整改进展情况的通报\n"
            "部党组成立巡视整改工作领导小组，领导小组下设办公室，办公室设在部办公厅。"
            "领导小组统筹部机关各司局和中国地质调查局等直属单位推进整改。")
    names, relations = _extract(nlp, text)
    assert ("自然资源部办公厅", "PART_OF", "自然资源部") in relations
    assert ("巡视整改工作领导小组办公室", "PART_OF", "自然资源部办公厅") in relations
    assert ("巡视整改工作领导小组", "LEADS", "中国地质调查局") in relations
    assert ("巡视整改工作领导小组", "LEADS", "部机关各司局") in relations
    # 部 inside a word names no ministry's office; a rank is no class of offices
    for text in ("清理全部办公室用房。", "干部办公室里。", "司局级干部参加培训。"):
        names, _ = _extract(nlp, text)
        assert not any(kind == "ORG" for kind, _ in names.values()), text


def test_a_body_then_joined_by_another(nlp):
    _, relations = _extract(nlp, "市卫生健康委随后会同市医疗保障局出台《岱川市药品耗材采购监督办法》。")
    assert ("市卫生健康委", "COOPERATES_WITH", "市医疗保障局") in relations
    assert ("市卫生健康委", "ISSUED", "岱川市药品耗材采购监督办法") in relations


def test_each_body_of_a_list_set_up(nlp):
    _, relations = _extract(nlp, "省政府新组建农发集团、纺织集团，组建省国金投资集团、江西农商联合银行。")
    for body in ("农发集团", "纺织集团", "江西农商联合银行"):
        assert any(rel == "ESTABLISHED" and tail == body for _, rel, tail in relations), body
    # a team counted is still no named body
    _, relations = _extract(nlp, "县委组建8个巡察组，对县卫健局开展巡察。")
    assert not any(rel == "ESTABLISHED" for _, rel, _ in relations)


def test_companies_listed_by_a_brand_and_a_trade(nlp):
    names, _ = _extract(nlp, "华清半导、海澄信息、合川生物、云杉数科等快速成长。")
    assert {"华清半导", "海澄信息", "合川生物", "云杉数科"} <= set(names)
    # fields of industry listed are no companies, nor a list with too few brands of a trade
    for text in ("发展生物医药、电子信息、合成生物等产业。", "培育量子信息、人工智能、生物制造等未来产业。",
                 "推动现代物流、高端装备、绿色食品发展。"):
        names, _ = _extract(nlp, text)
        assert not any(kind == "ORG" for kind, _ in names.values()), text


def test_a_body_a_government_coordinates_by_is_part_of_it(nlp):
    _, relations = _extract(nlp, "市数字政府建设领导小组是市政府负责统筹推进数字政府建设的议事协调机构。")
    assert ("市数字政府建设领导小组", "PART_OF", "市政府") in relations
    # a body that only works with another is no part of it
    _, relations = _extract(nlp, "市数字政府建设领导小组是市政府的合作伙伴。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)


def test_bodies_counted_are_a_class(nlp):
    names, _ = _extract(nlp, "新建200个乡镇专职消防队，对5个县纪委监委开展督导。")
    assert not any(kind == "ORG" for kind, _ in names.values())  # (generic: kept only in relations)
    # a team counted keeps its own rule: the team the text names whole
    names, relations = _extract(nlp, "县委组建3个巡察组。县委第一巡察组对县卫健局开展巡察。")
    assert ("县委第一巡察组", "INSPECTS", "县卫健局") in relations


def test_the_named_kinds_of_environmental_and_internal_inspection(nlp):
    names, _ = _extract(nlp, "省生态环境厅对各市开展例行督察，并组织专项督察和督察“回头看”。集团对子企业开展内部巡视。")
    assert {"例行督察", "专项督察", "督察回头看", "内部巡视"} <= {n for n, (k, _) in names.items() if k == "MECH"}
    # what an inspection found, named in another thing's name, names no inspection
    names, _ = _extract(nlp, "制发土地例行督察反馈问题整改工作实施方案。")
    assert "例行督察" not in names


def test_documents_cited_in_regulations(nlp):
    names, _ = _extract(nlp, "行业协会应当制定并组织实施行业服务规范，依照民法典和本条例的规定处理纠纷。")
    docs = {n for n, (k, _) in names.items() if k == "DOC"}
    assert "行业服务规范" in docs and "民法典" in docs
    assert not any(d.startswith("并") or "和本条例" in d for d in docs)
    # a provision of a law named before it is no document of its own
    names, _ = _extract(nlp, "依照未成年人保护法关于入职查询的规定，区检察院建立查询制度。")
    assert "未成年人保护法" in names and "关于入职查询的规定" not in names
    names, _ = _extract(nlp, "国务院关于加强监管的意见印发。")
    assert "国务院关于加强监管的意见" in names
