"""Rules of session 33, on sentences written for these tests (made-up events; 岱川, 霁川, 沧浔, 青禾, 蔺溪 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_levels_congress_named_with_its_session(nlp):
    names, relations = _extract(nlp, "省十四届人大常委会第十次会议审议通过《河北省物业服务条例》。")
    assert ("河北省人大常委会", "ISSUED", "河北省物业服务条例") in relations
    assert ("河北省人大常委会", "PART_OF", "河北省人大") in relations
    # a county the gazetteer lacks keeps its name; the session is no part of it
    names, relations = _extract(nlp, "青禾县第十八届人民代表大会常务委员会第五次会议决定设立县乡村振兴服务中心。")
    assert "青禾县人民代表大会常务委员会" in names
    assert not any("届" in name for name in names)
    # a session no congress follows names no body (the grammar's level stays a level)
    names, _ = _extract(nlp, "市第十六届运动会在新体育中心开幕。")
    assert not any(name.startswith("市") for name in names)


def test_a_place_kg_lacks_right_after_a_date(nlp):
    names, relations = _extract(nlp, "（2024年3月1日沧浔市第十七届人民代表大会常务委员会第二十次会议通过）")
    assert "沧浔市人民代表大会常务委员会" in names
    assert "市人民代表大会常务委员会" not in names
    names, relations = _extract(nlp, "2025年蔺溪县纪委监委查处群众身边腐败问题一百余件。三月五日蔺溪县人民政府印发《蔺溪县物业管理办法》。")
    assert {"蔺溪县纪委监委", "蔺溪县人民政府"} <= set(names)
    assert ("蔺溪县人民政府", "ISSUED", "蔺溪县物业管理办法") in relations
    # a word before the level is no date: 每日 + a place's level stays as the grammar reads it
    names, _ = _extract(nlp, "这个月县纪委监委开展了专项检查。")
    assert "月县纪委监委" not in names


def test_no_one_leading_a_team_is_part_of_its_name(nlp):
    names, relations = _extract(nlp, "省委副书记带领调研组赴青禾县调研。副市长率领督查组赴县里检查防汛工作。")
    assert not any("带领" in name or "率领" in name for name in names)
    assert ("调研组", "PART_OF", "省委") not in relations
    # a team named by its work keeps its name
    names, _ = _extract(nlp, "市委派出乡村振兴调研组赴各县调研。")
    assert "乡村振兴调研组" in names


def test_a_verb_calling_a_body_stands_in_no_name(nlp):
    names, _ = _extract(nlp, "第十条 鼓励业主委员会组织业主参与小区治理。")
    assert not any(name.startswith("鼓励") for name in names)
    names, _ = _extract(nlp, "尚未实行物业管理的小区，由所在街道办事处组织社区居民委员会实行兜底管理。")
    assert not any("组织社区" in name for name in names)
    # 党组织 and 社会组织 stay inside a committee's name
    names, _ = _extract(nlp, "市社会组织管理委员会召开全体会议。")
    assert "市社会组织管理委员会" in names


def test_a_countrys_mission_and_a_foreign_ministrys_bureau(nlp):
    names, relations = _extract(nlp, "在日本驻广州总领事馆的支持下，霁川市外办与德国驻成都总领事馆建立定期会晤机制。")
    assert {"日本驻广州总领事馆", "德国驻成都总领事馆"} <= set(names)
    assert ("德国驻成都总领事馆", "ESTABLISHED", "定期会晤机制") in relations
    names, _ = _extract(nlp, "中国驻古晋总领事馆提醒在当地的中国公民注意安全。")
    assert "中国驻古晋总领事馆" in names
    names, relations = _extract(nlp, "美国商务部工业与安全局以所谓国家安全为由将两家企业列入实体清单。")
    assert ("美国商务部工业与安全局", "PART_OF", "美国商务部") in relations
    # a verb ending in a head's character is no bureau (签署, 部署)
    names, _ = _extract(nlp, "商务部与日本经济产业省签署合作备忘录。美国国务院部署调查。")
    assert "日本经济产业省" in names
    assert not any(name.endswith(("签署", "部署")) for name in names)


def test_an_international_organisations_office_in_china(nlp):
    names, relations = _extract(nlp, "世界卫生组织驻华代表处指导霁川市卫生健康委员会开展培训。")
    assert ("世界卫生组织驻华代表处", "PART_OF", "世界卫生组织") in relations
    names, relations = _extract(nlp, "联合国儿童基金会驻华办事处与省妇联合作开展儿童保护项目。")
    assert ("联合国儿童基金会驻华办事处", "PART_OF", "联合国儿童基金会") in relations
    assert not any(name.startswith("国儿童") for name in names)
    # 联合 + 国家…: the verb still ends the name before it
    names, relations = _extract(nlp, "市政府联合国家电网公司开展安全检查。")
    assert not any(name.startswith("联合") for name in names)


def test_the_energy_administrations_regional_regulators(nlp):
    names, relations = _extract(nlp, "华中能源监管局将会同湖北省能源局建立电力市场秩序监管协作机制。甘肃能源监管办开展专项监管。")
    assert {"华中能源监管局", "甘肃能源监管办"} <= set(names)
    assert ("华中能源监管局", "ESTABLISHED", "电力市场秩序监管协作机制") in relations
    assert ("华中能源监管局", "COOPERATES_WITH", "湖北省能源局") in relations


def test_a_lead_acting_with_a_partner_later_or_lately(nlp):
    _, relations = _extract(nlp, "工信部下一步将联合国家能源局开展数据中心绿色低碳专项行动。")
    ministry = ("工信部", "工业和信息化部")  # (the name as the text writes it, or in full)
    assert any(h in ministry and r == "ESTABLISHED" and t == "数据中心绿色低碳专项行动" for h, r, t in relations)
    assert any(h in ministry and r == "COOPERATES_WITH" and t == "国家能源局" for h, r, t in relations)
    _, relations = _extract(nlp, "民政部、中央精神文明建设办公室、共青团中央日前联合印发《志愿服务信息系统管理办法》。")
    issuers = {h for h, r, t in relations if r == "ISSUED"}
    assert len(issuers) == 3


def test_a_body_under_anothers_guidance_before_the_phrase(nlp):
    _, relations = _extract(nlp, "芩山县政府则在市经信局的指导下，组建新能源汽车零部件产业专班。")
    assert ("市经信局", "LEADS", "芩山县政府") in relations
    assert ("市经信局", "LEADS", "新能源汽车零部件产业专班") not in relations
    # the people a clause goes on about after the phrase are no subject when the body stands before it
    _, relations = _extract(nlp, "霁川市人民调解员协会在市司法局指导下，每年组织开展人民调解员等级评定。")
    assert ("市司法局", "LEADS", "霁川市人民调解员协会") in relations
    _, relations = _extract(nlp, "在省委坚强领导下，全省人民团结奋斗。")
    assert not any(r == "LEADS" for _, r, _ in relations)


def test_the_taiwan_office_and_a_military_district(nlp):
    names, relations = _extract(nlp, "中共平潭县委台湾工作办公室在市委台办的指导下开展工作。平潭县台湾事务办公室召开会议。")
    assert ("中共平潭县委台湾工作办公室", "PART_OF", "中共平潭县委") in relations
    assert "平潭县台湾事务办公室" in names
    names, relations = _extract(nlp, "在省委、省政府和江西省军区的统一领导下，省国防动员委员会印发《关于深化国防动员体制改革的实施意见》。")
    assert "江西省军区" in names
    assert ("江西省军区", "LEADS", "江西省国防动员委员会") in relations
    assert ("江西省委", "LEADS", "江西省国防动员委员会") in relations


def test_a_body_visiting_another_to_guide_it(nlp):
    _, relations = _extract(nlp, "省民政厅近日到市民政局调研指导，对这一做法给予肯定。市委巡察办负责同志赴县委巡察办指导工作。")
    assert ("省民政厅", "LEADS", "市民政局") in relations
    assert ("市委巡察办", "LEADS", "县委巡察办") in relations
    # a visit that guides no body named there
    _, relations = _extract(nlp, "市纪委监委到基层指导。县委巡察办赴市委巡察办学习。")
    assert not any(r == "LEADS" for _, r, _ in relations)


def test_a_national_councils_council_in_a_place(nlp):
    names, relations = _extract(nlp, "中国国际贸易促进委员会浙江省委员会与省商务厅联合举办对接会。中国贸促会宁波市分会组织企业参展。")
    assert ("中国国际贸易促进委员会浙江省委员会", "PART_OF", "中国国际贸易促进委员会") in relations
    assert ("中国贸促会宁波市分会", "PART_OF", "中国国际贸易促进委员会") in relations
    assert "浙江省委员会" not in names
    # the party's provincial committee is no council of a council
    names, relations = _extract(nlp, "中国共产党浙江省委员会召开全会。")
    assert list(names) == ["中国共产党浙江省委员会"]
    assert not relations


def test_the_state_grids_companies_by_its_short_name(nlp):
    names, relations = _extract(nlp, "国网湖南省电力有限公司与省能源局签署合作协议。")
    assert ("国网湖南省电力有限公司", "PART_OF", "国家电网有限公司") in relations
    # the word 国网 in no company's name names no group
    names, _ = _extract(nlp, "加强全国网络安全工作。")
    assert "国家电网有限公司" not in names


def test_no_body_of_the_phrase_leads_another_of_it(nlp):
    _, relations = _extract(nlp, "会议强调，省委、省政府高度重视自贸试验区建设，各开发区管委会要在省委、省政府的统一领导下，加快推进制度型开放。")
    assert not any(r == "LEADS" and {h, t} <= {"省委", "省政府"} for h, r, t in relations)
    # a subject told what to do under the phrase is led
    _, relations = _extract(nlp, "市商务局要在市委、市政府的统一领导下，抓好外贸稳规模工作。")
    assert ("市委", "LEADS", "市商务局") in relations


def test_bodies_lending_staff_set_nothing_up(nlp):
    _, relations = _extract(nlp, "县纪委监委第二监督检查室从白鹭镇纪委、青石乡纪委抽调办案骨干组成专案组，仅用20天即查清问题。")
    assert ("县纪委监委第二监督检查室", "ESTABLISHED", "专案组") in relations
    assert not any(r == "ESTABLISHED" and h.endswith(("镇纪委", "乡纪委")) for h, r, _ in relations)
    _, relations = _extract(nlp, "市审计局抽调县审计局、县财政局等单位业务骨干组成审计组。")
    assert not any(r == "ESTABLISHED" and h in ("县审计局", "县财政局") for h, r, _ in relations)
    # a body setting a team up with its own staff still does
    _, relations = _extract(nlp, "市审计局抽调业务骨干组成审计组。")
    assert ("市审计局", "ESTABLISHED", "审计组") in relations


def test_a_verb_or_conjunction_stands_in_no_set_up_or_served_name(nlp):
    names, relations = _extract(nlp, "县级以上地方人民政府应当设立或者明确政务服务管理机构，负责本行政区域政务服务工作。")
    assert ("县级以上地方人民政府", "ESTABLISHED", "政务服务管理机构") in relations
    assert not any(name.startswith("或者") for name in names)
    names, _ = _extract(nlp, "县残联联合县交通运输局开通无障碍公交专线3条，覆盖县人民医院、县社会福利中心等场所。")
    assert not any(name.startswith("覆盖") for name in names)


def test_each_governments_own_work_report_is_a_node_of_its_own(nlp):
    from kg.extract import extract_doc
    from kg.graph import build_graph

    texts = ["青禾省人民政府把《政府工作报告》提请大会审议，报告分为三个部分。",
             "霁川市人民政府的政府工作报告回顾了五年来的工作。"]
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])
    reports = [n for n in G if n.startswith("DOC:政府工作报告")]
    assert len(reports) == 2
    # a document every source cites by one nationwide name stays one node
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in
                     enumerate(["各地认真落实中央八项规定。", "全市严格执行中央八项规定。"])])
    assert len([n for n in G if n.startswith("DOC:") and "八项规定" in n]) == 1


def test_a_shows_title_in_book_marks_is_no_mechanism(nlp):
    names, _ = _extract(nlp, "全面推进美丽浙江建设。举办文艺晚会《美丽浙江》，反响热烈。")
    assert "美丽浙江建设" in names
    assert names["美丽浙江建设"] == ("MECH", ["美丽浙江建设"])  # (no mention 美丽浙江 from the title)


def test_a_head_after_a_conjunction_names_no_mechanism(nlp):
    names, _ = _extract(nlp, "要把监督挺在前面，推动问题整改与制度建设同步推进。推动问题整改与制度完善一体推进。")
    assert not any(name.endswith("与制度") for name in names)
    # a name holding 和 before its own words still stands
    names, _ = _extract(nlp, "市审计局建立巡察和审计协作制度。")
    assert "巡察和审计协作制度" in names


def test_a_class_of_several_levels_takes_no_place(nlp):
    names, _ = _extract(nlp, "郑州市委召开会议。省委巡视办加强对市县党委的业务指导。省市场监管局开展检查。")
    assert "市县党委" in names
    assert "郑州市县党委" not in names
    assert "河南省市场监督管理局" in names or "河南省市场监管局" in names


def test_the_reporting_government_led_after_an_earlier_clause_of_we(nlp):
    _, relations = _extract(nlp, "过去一年，我们按照党中央和国务院的部署，在省委坚强领导下，以生态保护为首要任务推进高质量发展。"
                                 "省政府与青海省人民政府签署《共建黄河上游生态屏障合作协议》。")
    assert ("青海省委", "LEADS", "青海省人民政府") in relations  # (the only province the text names)


def test_bodies_before_a_counted_group_are_no_items_of_it(nlp):
    names, _ = _extract(nlp, "推动中国龙江森林工业集团有限公司、龙煤集团深化三项制度改革。")
    assert "三项制度改革" in names
    assert names["龙煤集团"][0] == "ORG"
    assert not any(kind == "MECH" and ("集团" in name or "公司" in name) for name, (kind, _) in names.items())
    names, _ = _extract(nlp, "建立约谈提醒、督办通报等工作机制。")
    assert {"约谈提醒", "督办通报"} <= set(names)


def test_a_comprehensive_experimental_zones_authority(nlp):
    names, relations = _extract(nlp, "郑州航空港经济综合实验区管理委员会与中国民用航空局协同推进枢纽建设。")
    assert "郑州航空港经济综合实验区管理委员会" in names
    assert "区管理委员会" not in names
    assert ("郑州航空港经济综合实验区管理委员会", "COOPERATES_WITH", "中国民用航空局") in relations


def test_a_lead_joining_its_partner_in_due_time(nlp):
    _, relations = _extract(nlp, "县司法局适时会同县委依法治县办对各乡镇司法所建设情况开展督导检查。")
    assert ("县司法局", "COOPERATES_WITH", "县委依法治县办") in relations
    assert any(h == "县司法局" and r == "INSPECTS" for h, r, _ in relations)


def test_a_partner_joins_only_its_own_sentences_act(nlp):
    text = ("霁川市人民检察院近日与霁川市林业局召开座谈会，交流公益诉讼工作。"
            "会上提出建立“线索移送+联席会商”协作机制。")
    _, relations = _extract(nlp, text)
    assert ("霁川市人民检察院", "ESTABLISHED", "线索移送+联席会商协作机制") in relations
    assert ("霁川市林业局", "ESTABLISHED", "线索移送+联席会商协作机制") not in relations
    # both, when the sentence after counts them
    _, relations = _extract(nlp, "霁川市人民检察院与霁川市林业局会签协作协议。随后，两家单位共同建立“林长+检察长”协作机制。")
    assert ("霁川市林业局", "ESTABLISHED", "林长+检察长协作机制") in relations
