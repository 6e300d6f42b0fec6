"""Rules of session 23, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 白鹭, 青禾 are
made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_programme_before_he_leaves_the_campaigns_after_it_named(nlp):
    names, relations = _extract(nlp, "岱川市人民政府实施居民增收计划和稳岗扩容提质行动、技能提升培训行动。")
    assert {"稳岗扩容提质行动", "技能提升培训行动"} <= _mechanisms(names)
    assert ("岱川市人民政府", "ESTABLISHED", "稳岗扩容提质行动") in relations
    # the programme itself is no campaign, and a campaign's own head before 和 still ends the first name
    assert "居民增收计划和稳岗扩容提质行动" not in names
    names, _ = _extract(nlp, "岱川市人民政府实施城乡供水提升工程和数字乡村建设行动。")
    assert {"城乡供水提升工程", "数字乡村建设行动"} <= _mechanisms(names)


def test_pushes_carried_on_by_qianghua_and_signature_battles_are_campaigns(nlp):
    names, _ = _extract(nlp, "泓川市强化大气污染防治攻坚，打好柴油货车污染治理标志性战役。")
    assert {"大气污染防治攻坚", "柴油货车污染治理标志性战役"} <= _mechanisms(names)
    # 强化 before a head with no aim names nothing
    names, _ = _extract(nlp, "泓川市强化专项行动。")
    assert not _mechanisms(names)


def test_a_programme_of_deeds_counted_with_da_is_named(nlp):
    names, _ = _extract(nlp, "澄溪县“十大重点民生实事”全面完成，三大民生实事进展顺利。")
    assert {"十大重点民生实事", "三大民生实事"} <= _mechanisms(names)
    names, _ = _extract(nlp, "澄溪县加大民生实事投入。")
    assert not _mechanisms(names)


def test_nationwide_social_insurance_systems_are_named(nlp):
    names, _ = _extract(nlp, "青禾县推动长期护理保险扩面，稳妥推进基本医疗保险省级统筹，打赢脱贫攻坚战。")
    assert {"长期护理保险", "基本医疗保险省级统筹", "脱贫攻坚战"} <= _mechanisms(names)


def test_a_power_plant_named_by_its_place_is_a_body(nlp):
    names, _ = _extract(nlp, "泉州电厂完成机组改造，关停小电厂。")
    assert names["泉州电厂"][0] == "ORG"
    assert not any(name.endswith("小电厂") for name in names)


def test_a_verb_before_a_level_is_no_place_name(nlp):
    names, _ = _extract(nlp, "县委巡察工作领导小组随即安排县委第二巡察组对该局开展专项巡察。")
    assert "县委第二巡察组" in names and not any(name.startswith("安排") for name in names)
    names, _ = _extract(nlp, "在县委、县政府支持下，泓川县计划年内实现村务监督委员会规范化建设全覆盖。")
    assert not any("实现" in name or "计划" in name for name in names)


def test_a_check_or_a_partner_before_a_company_is_no_part_of_its_name(nlp):
    names, relations = _extract(nlp, "泉州市审计局审计泉州交投集团，重点检查润泽燃气有限公司。")
    assert {"泉州交投集团", "润泽燃气有限公司"} <= set(names)
    assert ("泉州市审计局", "INSPECTS", "泉州交投集团") in relations
    names, _ = _extract(nlp, "会议研究了泉州产投与泉州职业技术学院共建产业学院事宜。")
    assert "泉州职业技术学院" in names and not any("与" in name for name in names)


def test_a_place_s_investment_company_by_its_short_name(nlp):
    names, _ = _extract(nlp, "泉州城投与泉州交投完成重组，城投债发行顺利。")
    assert names["泉州城投"][0] == "ORG" and names["泉州交投"][0] == "ORG"
    assert "城投债" not in names


def test_a_verb_of_disposing_ends_no_office_name(nlp):
    names, relations = _extract(nlp, "会议研究部署企业破产处置工作。县政府成立企业破产处置工作专班。")
    assert "企业破产处" not in names
    assert ("县政府", "ESTABLISHED", "企业破产处置工作专班") in relations


def test_copies_counted_before_a_kind_of_document_are_no_part_of_it(nlp):
    names, _ = _extract(nlp, "县纪委监委制发一份纪检监察建议书。")
    assert "纪检监察建议书" in names and not any(name.startswith("一份") for name in names)


def test_a_reform_named_as_the_subject_of_a_clause_that_says_it_goes_on(nlp):
    names, _ = _extract(nlp, "五年来，我市国资国企改革不断深化，金融机构改革稳妥推进，零基预算改革纵深推进。")
    assert {"国资国企改革", "金融机构改革", "零基预算改革"} <= _mechanisms(names)
    assert "金融机构" not in names  # the field, no body
    # no field, or no clause saying it goes on: no reform named
    names, _ = _extract(nlp, "重大改革稳妥推进，改革取得重大进展。国资国企改革是重点。")
    assert not _mechanisms(names)


def test_pairing_assistance_and_mutual_recognition_of_checks_are_named(nlp):
    names, _ = _extract(nlp, "青禾县密集赴对口援青省市推介招商，推进医疗机构检验检查互认。")
    assert {"对口援青", "检验检查互认"} <= _mechanisms(names)


def test_a_second_verb_after_bing_is_no_part_of_a_list_s_name(nlp):
    names, _ = _extract(nlp, "青禾县市场监管局制定并公布免罚轻罚事项清单。")
    assert "免罚轻罚事项清单" in _mechanisms(names)
    assert not any(name.startswith("并") for name in names)


def test_a_push_of_years_is_named_with_its_years_and_shi_xing_dong_tai_names_no_campaign(nlp):
    names, _ = _extract(nlp, "青禾县安委会统筹推进全县安全生产治本攻坚三年行动。")
    assert any(name.endswith("治本攻坚三年行动") for name in _mechanisms(names))
    assert not any(name.endswith("攻坚") for name in _mechanisms(names))
    names, _ = _extract(nlp, "青禾县对“名特优新”个体工商户实行动态管理，实行收支两条线管理。")
    assert _mechanisms(names) == {"收支两条线管理"}


def test_a_nationwide_pilot_sought_or_run_is_named(nlp):
    names, _ = _extract(nlp, "青禾市积极争取国家数据产权登记试点，完成国家土地节约集约利用综合改革试点任务。")
    assert {"国家数据产权登记试点", "国家土地节约集约利用综合改革试点"} <= _mechanisms(names)
    names, _ = _extract(nlp, "青禾市完成试点任务，推进国家级试点工作。")
    assert not any(name.endswith("试点任务") for name in names)


def test_we_inside_quoted_speech_makes_no_government_the_reporter(nlp):
    text = ("青禾县纪委监委推进派驻监督\n县纪委监委第三派驻纪检监察组监督县教育局。该组建立“一单位一清单”。\n"
            "“我们不是陪跑者。”组长说。\n县委办公室、县政府办公室联合印发《公务接待清单》。\n")
    _, relations = _extract(nlp, text)
    assert ("县纪委监委第三派驻纪检监察组", "ESTABLISHED", "一单位一清单") in relations
    assert not any(head.endswith("政府") and rel == "ESTABLISHED" for head, rel, _ in relations)


def test_partners_described_as_neighbouring_work_with_the_subject(nlp):
    text = "白鹭镇纪委按照片区协作机制，与相邻的棠溪镇纪委、石泷乡纪委组成第二片区协作组。"
    _, relations = _extract(nlp, text)
    assert {("白鹭镇纪委", "COOPERATES_WITH", "棠溪镇纪委"), ("白鹭镇纪委", "COOPERATES_WITH", "石泷乡纪委"),
            ("白鹭镇纪委", "ESTABLISHED", "第二片区协作组")} <= relations
    assert ("棠溪镇纪委", "COOPERATES_WITH", "石泷乡纪委") not in relations


def test_the_body_you_names_leads_the_team_set_up_in_the_clause_before(nlp):
    _, relations = _extract(nlp, "三个镇纪委组成第二片区协作组，由县纪委监委第二监督检查室统筹指导。")
    assert ("县纪委监委第二监督检查室", "LEADS", "第二片区协作组") in relations
    _, relations = _extract(nlp, "县纪委监委出台实施办法，由县委巡察办统筹指导。")
    assert not any(rel == "LEADS" for _, rel, _ in relations)


def test_a_document_passed_by_jing_is_issued_by_the_bodies_after_it(nlp):
    text = "第五派驻纪检监察组牵头起草的《区直单位公务接待清单》经区委办公室、区政府办公室联合印发后，被全区采用。"
    _, relations = _extract(nlp, text)
    assert {("区委办公室", "ISSUED", "区直单位公务接待清单"), ("区政府办公室", "ISSUED", "区直单位公务接待清单")} <= relations
    # 经 of a word (经济) is no such phrase
    _, relations = _extract(nlp, "《青禾县经济发展规划》经济部分由县发展改革局负责。")
    assert not any(rel == "ISSUED" for _, rel, _ in relations)


def test_a_department_of_a_bracketed_level_is_a_class_after_a_verb(nlp):
    names, relations = _extract(nlp, "第二条 青禾市司法局指导县（区）司法局开展行政执法监督。")
    assert names["县(区)司法局"][0] == "ORG"  # (the name with its brackets normalised)
    assert ("青禾市司法局", "LEADS", "县(区)司法局") in relations


def test_a_class_named_by_the_level_above_or_by_whose_place_its_bodies_are(nlp):
    text = "第二条 青禾市审计局在青禾市人民政府和上一级审计机关的领导下，对市属国有企业开展审计。"
    names, relations = _extract(nlp, text)
    assert {"上一级审计机关", "市属国有企业"} <= set(names)
    assert {("青禾市人民政府", "LEADS", "青禾市审计局"), ("上一级审计机关", "LEADS", "青禾市审计局"),
            ("青禾市审计局", "INSPECTS", "市属国有企业")} <= relations


def test_bodies_listed_before_a_class_that_sums_them_up_act_themselves(nlp):
    text = "第四条 青禾市河长办应当会同青禾市生态环境局、青禾市自然资源局等成员单位建立河湖长制联席会议制度。"
    _, relations = _extract(nlp, text)
    assert {("青禾市河长办", "ESTABLISHED", "河湖长制联席会议制度"),
            ("青禾市生态环境局", "ESTABLISHED", "河湖长制联席会议制度")} <= relations
    assert ("成员单位", "ESTABLISHED", "河湖长制联席会议制度") not in relations


def test_the_party_committee_of_a_company_by_both_its_names_is_one_body_part_of_the_company(nlp):
    names, relations = _extract(nlp, "中共泉州城建集团有限公司委员会召开会议。泉州城建集团有限公司党委研究整改。")
    assert "中共泉州城建集团有限公司" not in names  # the party's name is no part of the company's
    committee = "中共泉州城建集团有限公司委员会"
    assert "泉州城建集团有限公司党委" in names[committee][1]  # one body: its mentions
    assert (committee, "PART_OF", "泉州城建集团有限公司") in relations


def test_a_body_said_to_be_another_s_administrative_organ_for_some_work_is_part_of_it(nlp):
    text = "第六条 青禾市信访局是青禾市人民政府负责信访工作的行政机构。青禾市财政局是青禾市人民政府的组成部门。"
    _, relations = _extract(nlp, text)
    assert {("青禾市信访局", "PART_OF", "青禾市人民政府"), ("青禾市财政局", "PART_OF", "青禾市人民政府")} <= relations
    _, relations = _extract(nlp, "青禾市信访局是青禾市人民政府信访工作的重要力量。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)


def test_fields_that_develop_and_govern_together_name_one_mechanism(nlp):
    names, _ = _extract(nlp, "青禾市深化改革，健全医疗、医保、医药协同发展和治理机制。")
    assert "医疗、医保、医药协同发展和治理机制" in _mechanisms(names)


def test_a_work_report_s_plans_still_say_who_issued_a_titled_document(nlp):
    text = ("青禾市人民政府工作报告\n三、今后五年的目标任务\n"
            "市委《关于青禾市未来五年发展的建议》明确方向。我们将实施“数字青禾”行动。\n")
    _, relations = _extract(nlp, text)
    assert [head for head, rel, tail in relations if rel == "ISSUED" and tail.startswith("关于青禾市")] == ["市委"]
    # (the plan itself: since session 39 stated like what was done, as kg.pipeline.relations.modality says)
    assert ("青禾市人民政府", "ESTABLISHED", "数字青禾行动") in relations


def test_a_mechanism_inside_a_body_s_name_is_part_of_that_name(nlp):
    names, relations = _extract(nlp, "青禾市人民政府成立社会信用体系建设领导小组。")
    assert "社会信用体系" not in names
    assert ("青禾市人民政府", "ESTABLISHED", "社会信用体系建设领导小组") in relations
    names, _ = _extract(nlp, "青禾市人民政府加快社会信用体系建设，成立社会信用体系建设领导小组。")
    assert names["社会信用体系"][0] == "MECH"  # named on its own too: kept
