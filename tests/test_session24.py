"""Rules of session 24, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_quoted_name_a_practice_head_follows_is_no_institution(nlp):
    names, relations = _extract(nlp, "桂巷街道办事处推行“时间银行”互助养老模式。")
    assert "时间银行" not in names
    assert ("桂巷街道办事处", "ESTABLISHED", "时间银行互助养老模式") in relations
    # a quoted bank that signs is one
    names, _ = _extract(nlp, "泓川县农商行与“稻香银行”签约。")
    assert names.get("稻香银行", ("",))[0] == "ORG"


def test_the_levels_a_system_joins_name_it_with_two_character_levels_and_groups(nlp):
    names, _ = _extract(nlp, "沄水县建立县、乡、村、组四级田长体系，全面实行田长制。")
    assert "县、乡、村、组四级田长体系" in _mechanisms(names)
    names, _ = _extract(nlp, "岱川市建立市、县（区）、乡镇（街道）、村（社区）四级河湖长体系。")
    assert "市、县(区)、乡镇(街道)、村(社区)四级河湖长体系" in _mechanisms(names)
    assert not any(name.startswith("镇") for name in _mechanisms(names))
    # a system that names no levels stays a generic description
    names, _ = _extract(nlp, "沄水县建立田长体系。")
    assert "田长体系" not in _mechanisms(names)


def test_a_government_s_inspection_office_is_a_unit_of_it(nlp):
    names, relations = _extract(nlp, "岱川市人民政府督察室对县（区）人民政府河湖长制落实情况开展督察。")
    assert names.get("岱川市人民政府督察室", ("",))[0] == "ORG"
    assert ("岱川市人民政府督察室", "PART_OF", "岱川市人民政府") in relations


def test_credit_blacklists_are_named_systems(nlp):
    names, _ = _extract(nlp, "市中级人民法院将失信被执行人名单信息推送至市公共信用信息中心；对列入严重失信主体名单的，有关部门依法惩戒。")
    assert {"失信被执行人名单", "严重失信主体名单"} <= _mechanisms(names)


def test_a_committee_s_description_may_hold_a_bracketed_aside(nlp):
    names, relations = _extract(nlp, "岱川市委全面从严治党（党的建设）工作领导小组办公室转发了该通知。")
    group, office = "岱川市委全面从严治党(党的建设)工作领导小组", "岱川市委全面从严治党(党的建设)工作领导小组办公室"
    assert names.get(office, ("",))[0] == "ORG"
    assert (office, "PART_OF", group) in relations
    assert "工作领导小组办公室" not in names


def test_an_office_named_by_a_responsibility_it_audits_is_the_bureau_s(nlp):
    names, relations = _extract(nlp, "市纪委监委第二监督检查室会同市审计局经济责任审计科开展审计。")
    assert ("市审计局经济责任审计科", "PART_OF", "市审计局") in relations
    assert "审计科" not in names
    # 任 as a post taken still ends a name
    names, _ = _extract(nlp, "市委组织部部长任市委常委。")
    assert not any("部长" in name for name in names)


def test_a_government_that_leads_its_whole_place_acts_in_the_clauses_after(nlp):
    _, relations = _extract(nlp, "第二条 泓川县人民政府领导全县食品安全工作，建立健全食品安全风险信息共享机制。")
    assert ("泓川县人民政府", "ESTABLISHED", "食品安全风险信息共享机制") in relations
    # the leaders of two bodies are people, no actors
    _, relations = _extract(nlp, "岱川市委领导、市政府领导出席会议，建立联席会议制度。")
    assert not any(head == "岱川市委" and kind == "ESTABLISHED" for head, kind, _ in relations)


def test_an_information_centre_named_from_its_place_is_a_body(nlp):
    names, _ = _extract(nlp, "杭州市公共信用信息中心负责建立并运行市公共信用信息平台。")
    assert names.get("杭州市公共信用信息中心", ("",))[0] == "ORG"
    # the second verb of 建立并运行 is no part of what is set up
    assert not any(name.startswith("运行") for name in names)


def test_people_listed_before_a_shared_head_make_one_mechanism(nlp):
    names, _ = _extract(nlp, "澄溪区完善青年人才、紧缺技能人才引进机制。")
    assert "青年人才" not in names
    assert "青年人才、紧缺技能人才引进机制" in _mechanisms(names)
    # practices listed before a shared head stay each their own
    names, _ = _extract(nlp, "澄溪区纪委监委建立约谈提醒、督办通报机制。")
    assert "约谈提醒" in _mechanisms(names)


def test_guidance_given_to_a_body_leads_it(nlp):
    _, relations = _extract(nlp, "岱川市委巡察办对泓川县委巡察办开展业务指导。")
    assert ("岱川市委巡察办", "LEADS", "泓川县委巡察办") in relations
    _, relations = _extract(nlp, "岱川市委巡察办对泓川县委巡察办开展指导督导。")
    assert ("岱川市委巡察办", "LEADS", "泓川县委巡察办") in relations
    assert ("岱川市委巡察办", "INSPECTS", "泓川县委巡察办") not in relations
    # a check stays a check
    _, relations = _extract(nlp, "岱川市委巡察办对泓川县委巡察办开展督导。")
    assert ("岱川市委巡察办", "INSPECTS", "泓川县委巡察办") in relations


def test_a_unit_a_body_has_set_up_named_after_de_is_part_of_it(nlp):
    names, relations = _extract(nlp, "岱川市生态环境局下设的市生态环境监测站负责断面水质按月监测。")
    assert names.get("市生态环境监测站", ("",))[0] == "ORG"
    assert ("市生态环境监测站", "PART_OF", "岱川市生态环境局") in relations
    # 市场 after 的 is no city's unit
    names, _ = _extract(nlp, "岱川市推进全国统一的市场监管服务中心建设。")
    assert not any(name.startswith("市场") for name in names)


def test_state_firms_by_their_short_name_are_a_class_but_not_in_a_reform(nlp):
    _, relations = _extract(nlp, "岱川市审计局对13家市属国企开展专项审计。")
    assert ("岱川市审计局", "INSPECTS", "市属国企") in relations
    names, _ = _extract(nlp, "岱川市完善国资国企协同监督机制，推进国企改革深化提升行动。")
    assert {"国资国企协同监督机制", "国企改革深化提升行动"} <= _mechanisms(names)
    assert not any(kind == "ORG" for kind, _ in names.values())


def test_a_body_set_up_around_a_lead_member_is_the_one_set_up(nlp):
    _, relations = _extract(nlp, "县卫生健康局牵头组建以宁国市人民医院为龙头、14家乡镇卫生院为成员单位的宁国市总医院。")
    assert ("县卫生健康局", "ESTABLISHED", "宁国市总医院") in relations
    assert ("县卫生健康局", "ESTABLISHED", "宁国市人民医院") not in relations


def test_utilities_listed_before_their_class_set_up_what_it_must(nlp):
    text = "国网宁国市供电公司（以下简称县供电公司）、宁国市自来水有限公司等公用事业单位应当建立应急抢修保障制度。"
    _, relations = _extract(nlp, text)
    assert {("国网宁国市供电公司", "ESTABLISHED", "应急抢修保障制度"),
            ("宁国市自来水有限公司", "ESTABLISHED", "应急抢修保障制度")} <= relations
    assert not any(head == "事业单位" for head, _, _ in relations)


def test_speech_that_opens_a_quote_is_no_quoted_ledger(nlp):
    names, _ = _extract(nlp, "监督室主任说：“我们每周调度一次问题台账，问题不清零不销号。”")
    assert not any(name.startswith("我们") for name in names)
    names, _ = _extract(nlp, "泓川县委建立“一项一档”台账。")
    assert "一项一档台账" in _mechanisms(names)


def test_a_closed_loop_named_by_its_steps_in_quotes_is_one_mechanism(nlp):
    names, relations = _extract(nlp, "澄溪区纪委监委建立“数据筛查—线索分办—核查反馈—整改销号”闭环机制。")
    name = "数据筛查-线索分办-核查反馈-整改销号闭环机制"
    assert name in _mechanisms(names) and ("澄溪区纪委监委", "ESTABLISHED", name) in relations
    assert "闭环机制" not in names


def test_campaigns_of_two_long_aims_lists_of_short_fields_and_a_scope_before_deng(nlp):
    text = "过去一年，我们开展城乡燃气管网隐患动态排查和查处违规经营行为专项行动，统筹推进山林、河湖、田园提升攻坚战，推进候鸟等珍稀动物保护三年攻坚战。"
    names, _ = _extract(nlp, "泓川县政府工作报告\n" + text)
    assert {"城乡燃气管网隐患动态排查和查处违规经营行为专项行动", "山林、河湖、田园提升攻坚战",
            "珍稀动物保护三年攻坚战"} <= _mechanisms(names)
    assert "查处违规经营行为专项行动" not in names
    # a programme before 和 is one of its own (session 32), never joined to the campaign after it, and items before
    # 等 of a campaign kind are none
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们实施城乡居民增收计划和稳岗扩容提质行动，开展违规吃喝、违规收礼等专项整治。")
    assert "稳岗扩容提质行动" in _mechanisms(names)
    assert not any(name.startswith(("城乡居民增收计划和", "违规吃喝")) for name in names)


def test_the_nationwide_clean_up_of_misconduct_near_the_people_is_named(nlp):
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们在全县开展群众身边的不正之风和腐败问题集中整治。")
    assert "群众身边的不正之风和腐败问题集中整治" in _mechanisms(names)


def test_a_former_post_named_after_yuan_ends_the_body_s_name(nlp):
    names, _ = _extract(nlp, "宁国市第二中学原党支部书记、校长在食材采购中收受回扣。")
    assert "宁国市第二中学" in names
    assert not any("原" in name for name in names)


def test_the_levels_before_a_chief_system_name_it_without_marks_between(nlp):
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们建立县乡村三级田长制，全面推行河长制。")
    assert {"县乡村三级田长制", "河长制"} <= _mechanisms(names)
    assert "田长制" not in names


def test_special_supervision_and_patrols_a_body_runs_are_its_campaigns(nlp):
    text = "泓川县政府工作报告\n我们推动县委农办会同县农业农村局开展高标准农田建设专项督查，开展安全生产专项巡查。"
    names, _ = _extract(nlp, text)
    assert {"高标准农田建设专项督查", "安全生产专项巡查"} <= _mechanisms(names)
    # in an article that describes them by their target, they are the kind of work
    names, _ = _extract(nlp, "纪检简讯\n泓川县纪委监委开展高标准农田建设专项督查。")
    assert "高标准农田建设专项督查" not in names


def test_long_items_listed_before_a_shared_campaign_head_are_each_a_campaign(nlp):
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们实施技能人才培育、家政品牌提升工程，扩大就业。")
    assert {"技能人才培育工程", "家政品牌提升工程"} <= _mechanisms(names)
    # short fields before the head are one campaign's, and a count before the head groups them
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们实施城市生命线、全域水患治理、城乡安居三大工程。")
    assert "城市生命线、全域水患治理、城乡安居三大工程" in _mechanisms(names)
    assert "城市生命线工程" not in names


def test_a_year_of_a_campaign_is_one(nlp):
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们深化政务服务攻坚年活动，开展干部作风转变年活动。")
    assert {"政务服务攻坚年活动", "干部作风转变年活动"} <= _mechanisms(names)
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们开展全年活动。")
    assert not _mechanisms(names)


def test_a_class_that_sums_up_a_counted_list_of_partners_does_not_act(nlp):
    text = "今年以来，宁国市纪委监委会同市农业农村局、市民政局等9个职能部门建立“纪委牵头、部门联动”工作机制。"
    _, relations = _extract(nlp, text)
    assert ("宁国市纪委监委", "ESTABLISHED", "纪委牵头、部门联动工作机制") in relations
    assert not any(head == "职能部门" for head, _, _ in relations)


def test_mentions_wrapped_whole_in_quotation_marks_are_given_without_them(nlp):
    text = "泓川县推进“千万工程”，高质量完成“八五”普法。"
    names, _ = _extract(nlp, text)
    assert names["千万工程"][1] == ["千万工程"]
    assert names["八五普法"][1] == ["“八五”普法"]  # marks inside a name stay
    from kg.corpus import extract_texts

    (record,) = extract_texts(nlp, [("t.txt", text)])
    mention = next(m for e in record.entities if e.name == "千万工程" for m in e.mentions)
    assert text[mention.start : mention.end] == mention.text


def test_a_bloc_of_countries_named_as_its_region_is_no_body(nlp):
    names, _ = _extract(nlp, "岱川市开行东盟班列，面向欧盟、中亚等地区招商引资，扩大与东盟国家的经贸往来。")
    assert "东盟" not in names and "欧盟" not in names
    names, _ = _extract(nlp, "东盟发布联合声明，岱川市表示欢迎。")
    assert names.get("东盟", ("",))[0] == "ORG"


def test_a_counted_group_of_campaigns_is_no_alias_of_a_named_one(nlp):
    text = "泓川县政府工作报告\n我们实施提振消费专项行动。我们攻坚“五个专项行动”，扩大有效投资。"
    names, _ = _extract(nlp, text)
    assert names["提振消费专项行动"][1] == ["提振消费专项行动"]
    # a bare head alone still refers back to the campaign named before it
    names, _ = _extract(nlp, "泓川县政府工作报告\n我们实施提振消费专项行动。专项行动开展以来，消费回升。")
    assert "专项行动" in names["提振消费专项行动"][1]
