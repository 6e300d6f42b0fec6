"""Rules of session 27, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪, 沄水, 桂巷 are
made-up places)."""

from __future__ import annotations

from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of as _mechanisms


def test_a_studio_named_after_a_practice_of_docking_is_a_body_set_up(nlp):
    names, relations = _extract(nlp, "泓川县人民法院设立诉调对接工作室，并成立对口帮扶工作组。")
    assert names.get("诉调对接工作室", ("",))[0] == "ORG"
    assert names.get("对口帮扶工作组", ("",))[0] == "ORG"
    assert "诉调对接" not in _mechanisms(names)
    assert ("泓川县人民法院", "ESTABLISHED", "诉调对接工作室") in relations
    # 对 as a preposition still ends what a verb sets up (成立专班对企业…: the team, not 专班对企业…)
    names, _ = _extract(nlp, "泓川县商务局成立工作专班对企业开展走访。")
    assert not any(name.startswith("工作专班对") for name in names)


def test_a_unit_set_up_at_a_body_is_part_of_it(nlp):
    _, relations = _extract(nlp, "泓川县人民法院在县社会治理中心设立诉调对接工作室。")
    assert ("诉调对接工作室", "PART_OF", "县社会治理中心") in relations
    # set up at a place: no body to be part of
    _, relations = _extract(nlp, "泓川县人民法院在白鹭镇设立诉调对接工作室。")
    assert not any(r[1] == "PART_OF" and r[0] == "诉调对接工作室" for r in relations)


def test_units_housed_each_in_its_own_host_are_paired_in_order(nlp):
    _, relations = _extract(nlp, "县安委会下设道路交通安全专业委员会和消防安全专业委员会，"
                                 "分别设在县公安局交通警察大队和县消防救援大队。")
    assert ("道路交通安全专业委员会", "PART_OF", "县公安局交通警察大队") in relations
    assert ("消防安全专业委员会", "PART_OF", "县消防救援大队") in relations
    assert ("道路交通安全专业委员会", "PART_OF", "县消防救援大队") not in relations
    # counts that disagree pair nothing
    _, relations = _extract(nlp, "县安委会下设道路交通安全专业委员会和消防安全专业委员会，分别设在县公安局。")
    assert ("消防安全专业委员会", "PART_OF", "县公安局") not in relations


def test_companies_listed_by_short_names_before_a_kind_of_company_are_bodies(nlp):
    names, _ = _extract(nlp, "信息产业依托星河、云帆、青禾智能等头部企业，推动泓达、碧源等央企业务落地。")
    for name in ("星河", "云帆", "青禾智能", "泓达", "碧源"):
        assert names.get(name, ("",))[0] == "ORG", name
    assert "信息产业依托星河" not in names
    # industries, trades and places listed before 等企业 are none
    names, _ = _extract(nlp, "培育光伏、锂电等龙头企业，吸引卫星研发制造、火箭总装测试等企业集聚，支持广东、江苏等企业。")
    assert not {"光伏", "锂电", "卫星研发制造", "火箭总装测试", "广东", "江苏"} & set(names)


def test_systems_and_lists_counted_into_a_group_are_one_mechanism(nlp):
    names, relations = _extract(nlp, "泓川县政府与县检察院建立线索移送、信息共享、联合督办等三项制度。")
    assert "线索移送、信息共享、联合督办等三项制度" in _mechanisms(names)
    assert not {"线索移送", "信息共享"} & _mechanisms(names)
    assert ("泓川县政府", "ESTABLISHED", "线索移送、信息共享、联合督办等三项制度") in relations
    names, _ = _extract(nlp, "澄溪社区党委建立需求清单、资源清单、项目清单“三张清单”。")
    assert "需求清单、资源清单、项目清单三张清单" in _mechanisms(names)
    # a count with no list before it is no group named
    names, _ = _extract(nlp, "澄溪社区党委建立三项制度。")
    assert not any(name.endswith("三项制度") for name in _mechanisms(names))


def test_what_a_body_will_do_with_a_partner_is_a_relation(nlp):
    _, relations = _extract(nlp, "泓川县政府与县检察院将建立府检联动工作机制，市司法局将会同市财政局制定《公共法律服务事项目录》。")
    assert ("泓川县政府", "ESTABLISHED", "府检联动工作机制") in relations
    assert ("泓川县政府", "COOPERATES_WITH", "县检察院") in relations
    assert ("市司法局", "ISSUED", "公共法律服务事项目录") in relations


def test_no_preposition_verb_or_kind_of_company_starts_a_name(nlp):
    names, _ = _extract(nlp, "县公安局在全县派出所推行“一所一庭一室”共建，县公安局推行派出所“两队一室”改革。")
    assert not any(name.startswith("县公安局") and name.endswith("派出所") for name in names)
    names, _ = _extract(nlp, "市司法局党组表示，坚决拥护市委巡察工作领导小组的决定。")
    assert "市委巡察工作领导小组" in names
    assert not any(name.startswith("拥护") for name in names)
    names, _ = _extract(nlp, "问题线索已按程序移送集团纪委。子公司泓川精密制造股份有限公司旗下拥有泓川新材料有限公司。")
    assert not any(name.startswith(("问题线索", "子公司", "拥有")) for name in names)
    assert {"泓川精密制造股份有限公司", "泓川新材料有限公司"} <= set(names)
    # the township station a bureau names stays the bureau's
    names, _ = _extract(nlp, "县公安局城关派出所组建社区警务队。")
    assert "县公安局城关派出所" in names


def test_a_ledger_of_bans_on_working_in_a_trade_keeps_its_whole_name(nlp):
    names, _ = _extract(nlp, "澄溪区检察院建立入职查询、从业禁止台账。")
    assert "从业禁止台账" in _mechanisms(names)


def test_a_pilot_a_body_runs_is_named_by_what_it_tries(nlp):
    names, _ = _extract(nlp, "岱川市开展智能制造与工业设计融合试点，开展中小企业数字化转型、老旧厂房更新利用试点。")
    assert {"智能制造与工业设计融合试点", "中小企业数字化转型试点", "老旧厂房更新利用试点"} <= _mechanisms(names)
    # the work of a pilot is none
    names, _ = _extract(nlp, "岱川市推进城乡养老服务统筹试点工作，开展养老机构评估。")
    assert not any(name.endswith("试点") for name in _mechanisms(names))


def test_a_years_push_names_the_whole_campaign(nlp):
    names, _ = _extract(nlp, "岱川市实施项目攻坚年行动，开展优化营商环境攻坚年行动。")
    assert {"项目攻坚年行动", "优化营商环境攻坚年行动"} <= _mechanisms(names)
    assert "优化营商环境攻坚" not in _mechanisms(names)


def test_enterprises_a_level_owns_are_a_class_that_keeps_its_relations(nlp):
    names, relations = _extract(nlp, "岱川市国资委会同市委组织部指导市属企业全面推行经理层成员任期制和契约化管理。")
    assert names.get("市属企业", ("",))[0] == "ORG"
    assert ("岱川市国资委", "LEADS", "市属企业") in relations
    assert ("市属企业", "ESTABLISHED", "经理层成员任期制和契约化管理") in relations


def test_a_town_of_a_county_kg_lacks_keeps_both_names(nlp):
    names, _ = _extract(nlp, "青禾县白鹭镇党委开展学习，泓川县云岭镇矛盾纠纷调处化解中心受理纠纷。")
    assert {"青禾县白鹭镇党委", "泓川县云岭镇矛盾纠纷调处化解中心"} <= set(names)
    assert not any(name.startswith("镇") for name in names)


def test_no_verb_or_role_a_body_plays_inside_a_name(nlp):
    names, _ = _extract(nlp, "泓川县卫健局以县人民医院、县中医院为牵头医院组建医共体。")
    assert not any("牵头" in name for name in names)
    names, _ = _extract(nlp, "去年国家医保局飞行检查组检查市第二人民医院，市审计局发现该中心违规。")
    assert {"国家医保局飞行检查组", "市第二人民医院"} <= set(names)
    assert not any(name.startswith("去年") or "发现" in name or "检查市" in name for name in names)
    # a hospital's branch named after it stays one
    names, _ = _extract(nlp, "澄溪市口腔医院白鹭医院开诊。")
    assert "澄溪市口腔医院白鹭医院" in names


def test_a_verb_opening_a_list_of_companies_is_no_part_of_the_first(nlp):
    names, _ = _extract(nlp, "鼓励栖梧重工、湘泰电子等龙头企业开放场景，带动恒锂科技、澄溪精工等上下游配套企业落户。")
    assert {"栖梧重工", "湘泰电子", "恒锂科技", "澄溪精工"} <= set(names)
    assert not any(name.startswith(("鼓励", "带动")) for name in names)


def test_a_body_said_to_be_one_of_a_departments_units_is_part_of_it(nlp):
    _, relations = _extract(nlp, "泓川县公共就业服务中心是县人社局所属事业单位。")
    assert ("泓川县公共就业服务中心", "PART_OF", "县人社局") in relations
    names, relations = _extract(nlp, "澄溪市儿童福利院（市未成年人救助保护中心）是市民政局所属事业单位。")
    (home,) = [name for name, (_, mentions) in names.items() if "澄溪市儿童福利院" in mentions]  # (one body, two names)
    assert (home, "PART_OF", "市民政局") in relations
    # one that only works with a department is none of its units
    _, relations = _extract(nlp, "泓川县公共就业服务中心是县人社局的合作单位。")
    assert ("泓川县公共就业服务中心", "PART_OF", "县人社局") not in relations


def test_practices_of_attracting_investment_are_mechanisms(nlp):
    names, _ = _extract(nlp, "泓川县各乡镇围绕主导产业开展以商招商、以企引企，澄溪区推行以投带引。")
    assert {"以商招商", "以企引企", "以投带引"} <= _mechanisms(names)


def test_a_chain_leaders_office_is_a_body_housed_past_its_short_name(nlp):
    names, relations = _extract(nlp, "岱川市产业链链长制工作办公室（以下简称“市链长办”）设在市工业和信息化局。"
                                     "市链长办牵头建立协同推进机制。")
    office = "岱川市产业链链长制工作办公室"
    assert names.get(office, ("", []))[1] == sorted([office, "市链长办"])
    assert "市链长办" not in _mechanisms(names)
    assert (office, "PART_OF", "市工业和信息化局") in relations
    assert (office, "ESTABLISHED", "协同推进机制") in relations


def test_a_quoted_project_pool_and_service_classes_of_regulations(nlp):
    _, relations = _extract(nlp, "泓川县商务局建立“双招双引”项目库。")
    assert ("泓川县商务局", "ESTABLISHED", "双招双引项目库") in relations
    _, relations = _extract(nlp, "地方人民法院、公安机关应当与社区矫正机构建立交付衔接机制。")
    assert ("社区矫正机构", "ESTABLISHED", "交付衔接机制") in relations
    _, relations = _extract(nlp, "岱川市住建局配合消防救援机构和供电企业开展应急处置。")
    assert {("岱川市住建局", "COOPERATES_WITH", "消防救援机构"), ("岱川市住建局", "COOPERATES_WITH", "供电企业")} <= relations


def test_a_quoted_programme_of_a_kind_of_work_is_named(nlp):
    names, _ = _extract(nlp, "岱川市实施“泓川工匠”培育计划和“银发人才”支持计划。")
    assert {"泓川工匠培育计划", "银发人才支持计划"} <= _mechanisms(names)
    # a plan named by a period is none
    names, _ = _extract(nlp, "岱川市落实“十五五”发展计划。")
    assert not any(name.endswith("计划") for name in _mechanisms(names))


def test_a_pilot_after_a_verb_with_hao_or_a_count_that_won_it_keeps_only_its_name(nlp):
    names, _ = _extract(nlp, "岱川市开展好城乡产业协同发展县域试点，家政服务等5个项目获批国家标准化试点。")
    assert {"城乡产业协同发展县域试点", "国家标准化试点"} <= _mechanisms(names)
    assert not any(name.startswith(("好", "项目")) for name in _mechanisms(names))


def test_an_office_a_group_sets_up_and_houses_leaves_the_group_where_it_is(nlp):
    _, relations = _extract(nlp, "泓川县招商引资工作领导小组下设办公室（以下简称县招商办），设在县商务局。")
    assert ("泓川县招商引资工作领导小组", "PART_OF", "县商务局") not in relations
    # a body said to be housed is
    _, relations = _extract(nlp, "泓川县委巡察办是县委的工作机构，设在县纪委监委。")
    assert ("泓川县委巡察办", "PART_OF", "县纪委监委") in relations
