"""Rules of session 19, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

import pytest

from tests.conftest import extracted as _extract


def _of_type(names: dict[str, tuple[str, list[str]]], kind: str) -> set[str]:
    return {name for name, (k, _) in names.items() if k == kind}


def test_a_count_before_a_level_is_no_place(nlp):
    names, _ = _extract(nlp, "县委常委会每季度至少听取一次县纪委监委的专题汇报，两次市人大代表视察。")
    assert "县纪委监委" in names
    assert not any(name.startswith(("一次", "两次")) for name in names)
    # a place whose name starts with a numeral keeps it
    names, _ = _extract(nlp, "六安市纪委监委通报了典型问题。")
    assert "六安市纪委监委" in names


@pytest.mark.parametrize("body", ["市药品监督管理局", "市房管局", "市扫黑办", "县老龄办", "县外办", "市计生委",
                                  "县国土资源局", "市委政策研究室", "区双拥办", "市物价局", "县农机局", "市征兵办",
                                  "县水利和湖泊局", "市贸促会", "县妇儿工委", "市人民政府新闻办公室"])
def test_nationwide_domains_name_departments(nlp, body):
    names, _ = _extract(nlp, f"岱川{body}召开专题会议。")
    assert f"岱川{body}" in names


def test_anti_corruption_coordination_groups_and_their_offices(nlp):
    text = ("在中央反腐败协调小组国际追逃追赃工作办公室统筹下，岱川市追逃追赃工作办公室（以下简称市追逃办）"
            "开展专项行动。市反腐败协调小组办公室通报情况。")
    names, relations = _extract(nlp, text)
    assert ("中央反腐败协调小组国际追逃追赃工作办公室", "PART_OF", "中央反腐败协调小组") in relations
    assert "市追逃办" in names["岱川市追逃追赃工作办公室"][1]
    assert "市反腐败协调小组办公室" in names or "岱川市反腐败协调小组办公室" in names
    names, _ = _extract(nlp, "中央追逃办公布了外逃人员名单。")
    assert "中央追逃办" in str(names)


def test_an_unnamed_place_keeps_its_mark(nlp):
    names, _ = _extract(nlp, "在查办某区城市管理委员会原主任赵某某案中，某街道办事处也被通报。")
    assert {"某区城市管理委员会", "某街道办事处"} <= _of_type(names, "ORG")
    assert "区城市管理委员会" not in names and "街道办事处" not in names


def test_a_practice_named_after_teams_is_no_team(nlp):
    names, _ = _extract(nlp, "州纪委监委推行“一案一专班、一人一方案”安全管理模式，建立“县领导挂点+专班推进”服务机制。")
    assert "一案一专班" not in names and "专班" not in names
    assert any(name.startswith("一案一专班") for name in _of_type(names, "MECH"))
    # a team set up is still one
    names, relations = _extract(nlp, "泓川县政府成立项目推进专班。")
    assert ("泓川县人民政府", "ESTABLISHED", "项目推进专班") in relations or (
        "泓川县政府", "ESTABLISHED", "项目推进专班") in relations


def test_verbs_of_relying_and_merging_end_a_name(nlp):
    names, _ = _extract(nlp, "远安县综治中心整合县法院诉讼服务中心，县委两新工委依托县党群服务中心开展工作。")
    orgs = _of_type(names, "ORG")
    assert {"远安县综治中心", "远安县法院诉讼服务中心", "远安县委两新工委", "远安县党群服务中心"} <= orgs
    assert not any("整合" in name or "依托" in name for name in orgs)


def test_a_regulation_cited_before_the_act_it_grounds(nlp):
    names, _ = _extract(nlp, "市民族宗教事务局依据宗教事务条例对宗教活动场所开展检查，依照纪律处分条例给予处分。")
    assert {"宗教事务条例", "纪律处分条例"} <= _of_type(names, "DOC")
    names, _ = _extract(nlp, "按照有关规定对其进行处理。")
    assert not _of_type(names, "DOC")


def test_democratic_parties_committees_and_branches(nlp):
    text = "民盟岱川市委、九三学社泓川市委和民革岱川市支部参加，岱川市委统战部主持。"
    names, relations = _extract(nlp, text)
    assert {"民盟岱川市委", "九三学社泓川市委", "民革岱川市支部", "岱川市委统战部"} <= _of_type(names, "ORG")
    assert ("民盟岱川市委", "PART_OF", "中国民主同盟") in relations
    assert "泓川市委" not in names  # the party committee of the place is not named here


def test_grassroots_centres_and_the_new_social_strata_association(nlp):
    text = "远安县新时代文明实践中心、县党群服务中心和县新的社会阶层人士联谊会联合开展活动。"
    orgs = _of_type(_extract(nlp, text)[0], "ORG")
    assert {"远安县新时代文明实践中心", "远安县党群服务中心", "远安县新的社会阶层人士联谊会"} <= orgs
    # a class of them is no body
    orgs = _of_type(_extract(nlp, "依托党群服务中心开展活动。")[0], "ORG")
    assert "党群服务中心" not in orgs


def test_a_committee_leading_a_campaign_named_after_its_place(nlp):
    names, _ = _extract(nlp, "市委平安绵阳建设领导小组办公室设在市委政法委。")
    orgs = _of_type(names, "ORG")
    assert "绵阳市委平安绵阳建设领导小组办公室" in orgs
    assert "绵阳建设领导小组" not in orgs


def test_an_inspection_office_and_a_penalty(nlp):
    names, relations = _extract(nlp, "陕西证监局稽查处负责人提醒投资者。会计师事务所被陕西证监局没收业务收入并处以罚款。")
    orgs = _of_type(names, "ORG")
    assert ("陕西证监局稽查处", "PART_OF", "陕西证监局") in relations
    assert not any(name.endswith("并处") for name in orgs)


def test_courts_and_procuratorates_of_a_field(nlp):
    text = "兰州铁路运输检察院与甘肃矿区人民检察院开展协作，上海金融法院、广州海事法院发布案例。"
    orgs = _of_type(_extract(nlp, text)[0], "ORG")
    assert {"兰州铁路运输检察院", "甘肃矿区人民检察院", "上海金融法院", "广州海事法院"} <= orgs


def test_central_departments_named_by_what_they_do(nlp):
    text = "国家知识产权局知识产权运用促进司和农业农村部农村合作经济指导司负责人介绍情况。"
    _, relations = _extract(nlp, text)
    assert ("国家知识产权局知识产权运用促进司", "PART_OF", "国家知识产权局") in relations
    assert ("农业农村部农村合作经济指导司", "PART_OF", "农业农村部") in relations
    # a verb before a department is still no part of its name
    names, _ = _extract(nlp, "国家卫健委纪检监察组督促指导人事司整改。")
    assert not any(name.endswith("督促指导人事司") for name in names)


def test_the_rural_revitalisation_bureau_is_not_the_ministry(nlp):
    names, relations = _extract(nlp, "农业农村部、财政部和国家乡村振兴局联合印发通知。")
    assert {"农业农村部", "国家乡村振兴局"} <= _of_type(names, "ORG")
    assert ("国家乡村振兴局", "ISSUED", "通知") in relations


def test_a_universitys_centre(nlp):
    _, relations = _extract(nlp, "泓川大学就业指导中心推出求职辅导。")
    assert ("泓川大学就业指导中心", "PART_OF", "泓川大学") in relations


def test_a_quoted_practice_one_per_project(nlp):
    names, _ = _extract(nlp, "市公管办推行“一项目一档案”全程留痕，抓好“八项重点”。")
    mechanisms = _of_type(names, "MECH")
    assert "一项目一档案" in mechanisms
    assert "八项重点" not in mechanisms


def test_whose_unit_it_is_names_no_place(nlp):
    names, _ = _extract(nlp, "局属市农业综合行政执法队组建4个片区执法中队。")
    assert "局属市农业综合行政执法队" not in names
    assert any(name.endswith("市农业综合行政执法队") for name in _of_type(names, "ORG"))


@pytest.mark.parametrize("body", ["市急救中心", "市法律援助中心", "市人才交流中心", "市社会福利院", "市殡仪馆",
                                  "市文化市场综合行政执法支队", "市劳动保障监察支队", "市城乡规划局",
                                  "市住房保障和房产管理局", "市人民政府研究室", "市国家安全局"])
def test_more_departments_and_public_units(nlp, body):
    names, _ = _extract(nlp, f"青岛{body}召开专题会议。")
    assert f"青岛{body}" in names


def test_a_survey_team_of_the_statistics_bureau(nlp):
    _, relations = _extract(nlp, "国家统计局青岛调查队发布数据。")
    assert ("国家统计局青岛调查队", "PART_OF", "国家统计局") in relations


def test_a_centres_short_name_given_in_brackets(nlp):
    names, relations = _extract(nlp, "四川省公路工程质量监督中心（以下简称质监中心）召开会议。质监中心发布通知。")
    assert names["四川省公路工程质量监督中心"][1] == ["四川省公路工程质量监督中心", "质监中心"]
    assert ("四川省公路工程质量监督中心", "ISSUED", "通知") in relations


def test_a_term_before_a_persons_role_is_no_practice(nlp):
    names, _ = _extract(nlp, "由网格党建指导员上门服务。社区推进网格党建。")
    assert "网格党建" in names
    names, _ = _extract(nlp, "由网格党建指导员上门服务。")
    assert "网格党建" not in names


def test_a_quote_said_to_be_a_standard_is_no_practice(nlp):
    names, _ = _extract(nlp, "要坚持“好干部”标准，推行“好差评”制度。")
    assert "好干部" not in names
    assert "好差评制度" in names


def test_practices_joined_with_a_plus_unquoted(nlp):
    names, _ = _extract(nlp, "县纪委监委探索纪检+审计贯通协作，运用大数据+监督模式。")
    assert {"纪检+审计贯通协作", "大数据+监督模式"} <= _of_type(names, "MECH")
    # a formula of figures alone names nothing
    names, _ = _extract(nlp, "推行1+N。")
    assert not _of_type(names, "MECH")


def test_nationwide_terms_added_this_session(nlp):
    names, _ = _extract(nlp, "该市推行AB岗工作制，推进综窗改革，落实双告知，实行专班推进。")
    assert {"AB岗工作制", "综窗改革", "双告知", "专班推进"} <= _of_type(names, "MECH")


def test_a_first_line_heading_a_part_of_a_report(nlp):
    for text, title in [("岱川市政府工作报告（节选）：乡村振兴和生态建设\n我们坚持农业农村优先发展。", "岱川市政府工作报告"),
                        ("【泓川县政府工作报告】用心办好民生实事\n我们办好十件民生实事。", "泓川县政府工作报告"),
                        ("岱川县人民政府工作报告（摘登）\n过去一年，我们攻坚克难。", "岱川县人民政府工作报告")]:
        names, _ = _extract(nlp, text)
        assert title in _of_type(names, "DOC")
    # a line with a colon in the middle of a text heads nothing
    names, _ = _extract(nlp, "我们的做法\n主要做法：建立三项机制\n一是完善制度。")
    assert not _of_type(names, "DOC")


def test_the_parties_of_an_agreement(nlp):
    text = ("岱川市人民检察院　岱川市自然资源局\n关于建立耕地保护“检察+行政”协作机制的意见\n\n"
            "岱川市人民检察院与岱川市自然资源局经协商，形成如下意见。\n\n"
            "第一条 双方建立联席会议制度，由市检察院第八检察部和市局耕地保护科负责联络。\n\n"
            "第二条 双方建立信息共享平台。")
    names, relations = _extract(nlp, text)
    title = next(name for name in _of_type(names, "DOC") if name.startswith("关于建立耕地保护"))
    for body in ("岱川市人民检察院", "岱川市自然资源局"):
        assert (body, "ISSUED", title) in relations
        assert (body, "ESTABLISHED", "联席会议制度") in relations
        assert (body, "ESTABLISHED", "信息共享平台") in relations
    assert not any(head.endswith("耕地保护科") and rel == "ESTABLISHED" for head, rel, _ in relations)


def test_a_regulation_promulgated_by_a_decree(nlp):
    text = ("甘肃省人民政府令\n第312号\n\n《甘肃省废弃矿井地热资源利用管理办法》已经2026年3月6日省人民政府第六十三次常务会议"
            "通过，现予公布，自2026年5月1日起施行。\n\n省长 某某\n2026年3月18日")
    _, relations = _extract(nlp, text)
    assert ("甘肃省人民政府", "ISSUED", "甘肃省废弃矿井地热资源利用管理办法") in relations
    text = "邮轮港口服务管理办法\n（2026年2月14日交通运输部令2026年第3号公布）\n第一条 为了规范邮轮港口服务。"
    _, relations = _extract(nlp, text)
    assert ("交通运输部", "ISSUED", "邮轮港口服务管理办法") in relations
    # a decree's number far above the title (another text's header) is no decree of it
    text = "甘肃省人民政府令\n第312号\n" + "。" * 60 + "\n《甘肃省物业管理办法》现予公布。"
    _, relations = _extract(nlp, text)
    assert ("甘肃省人民政府", "ISSUED", "甘肃省物业管理办法") not in relations


def test_a_places_rules_carrying_out_a_law(nlp):
    text = ("四川省《农田水利条例》实施细则\n（2026年3月12日四川省人民政府令第361号发布）\n\n"
            "第一条 根据国务院《农田水利条例》，结合本省实际，制定本细则。")
    names, relations = _extract(nlp, text)
    assert "四川省农田水利条例实施细则" in _of_type(names, "DOC")
    assert ("四川省人民政府", "ISSUED", "四川省农田水利条例实施细则") in relations
    assert ("四川省人民政府", "ISSUED", "农田水利条例") not in relations


def test_a_headline_about_a_report_is_no_title(nlp):
    names, _ = _extract(nlp, "代表委员热议政府工作报告：岱川代表团审议侧记\n代表们认为，报告实事求是。")
    assert "代表委员热议政府工作报告" not in names


def test_the_kinds_of_operators_a_rule_binds(nlp):
    text = "第五条 港口行政管理部门应当对邮轮港口经营人进行监督检查。邮轮港口经营人应当建立旅客投诉处理制度。"
    _, relations = _extract(nlp, text)
    assert ("港口行政管理部门", "INSPECTS", "邮轮港口经营人") in relations
    assert ("邮轮港口经营人", "ESTABLISHED", "旅客投诉处理制度") in relations


def test_departments_of_public_utilities(nlp):
    names, relations = _extract(nlp, "第五条 市供水主管部门应当会同市卫生健康局建立供水水质联合抽检制度。")
    assert "市供水主管部门" in str(names)
    assert not any(head == "主管部门" for head, _, _ in relations)


def test_a_unit_said_to_be_whose_it_is(nlp):
    _, relations = _extract(nlp, "交通运输部主管全国邮轮港口工作，其所属的中国海事局负责靠泊安全的监督管理。")
    assert ("中国海事局", "PART_OF", "交通运输部") in relations
    _, relations = _extract(nlp, "第六条 省水利厅所属的川中灌区建设管理中心负责灌区骨干工程的运行管理。")
    assert any(head == "川中灌区建设管理中心" and rel == "PART_OF" and tail.endswith("省水利厅")
               for head, rel, tail in relations)


def test_a_verb_of_owing_is_no_part_of_a_name(nlp):
    names, _ = _extract(nlp, "这些年岱川的每一步进展，都离不开中央西藏工作协调小组的关心和指导。")
    assert "中央西藏工作协调小组" in names
    assert not any(name.startswith("离不开") for name in names)


def test_a_placed_reports_title_before_a_colon(nlp):
    names, _ = _extract(nlp, "湖北省人民政府工作报告：奋力推进现代化建设\n各位代表：")
    assert "湖北省人民政府工作报告" in _of_type(names, "DOC")


def test_a_commissions_offices_named_bare_in_its_text(nlp):
    text = "第二条 岱川市纪委监委对问题线索实行集中管理，由信访室统一受理，案件监督管理室负责归口登记，案件审理室审核把关。"
    _, relations = _extract(nlp, text)
    for office in ("信访室", "案件监督管理室", "案件审理室"):
        assert (f"岱川市纪委监委{office}", "PART_OF", "岱川市纪委监委") in relations
    # no commission named before: the office stays bare, no one's
    names, _ = _extract(nlp, "信访室统一受理来信。")
    assert not any(name.endswith("纪委监委信访室") for name in names)


def test_two_practices_put_in_force_together(nlp):
    names, _ = _extract(nlp, "岱川市中级人民法院依托平台推行在线立案和在线调解，减少当事人诉累。")
    assert {"在线立案", "在线调解"} <= _of_type(names, "MECH")
    assert "在线立案和在线调解" not in names


def test_a_quoted_way_to_assess_warn_or_press(nlp):
    names, relations = _extract(nlp, "岱川市委巡察办推行“三色”评估，建立“红黄绿”预警，对重点问题实行“挂牌”督办。")
    assert {"三色评估", "红黄绿预警", "挂牌督办"} <= _of_type(names, "MECH")
    assert ("岱川市委巡察办", "ESTABLISHED", "三色评估") in relations
    # an assessment of a quoted practice is no way to assess
    names, _ = _extract(nlp, "开展“好差评”结果运用专项评估。")
    assert not any(name.endswith("专项评估") for name in names)


def test_a_schools_committee_by_its_short_form(nlp):
    names, _ = _extract(nlp, "岱川市委党校召开会议。校委会研究决定，新设两个教学基地。")
    assert "校委" not in names
    assert any(name.endswith("校委会") for name in _of_type(names, "ORG"))


def test_a_campaign_for_engineers_and_a_zone_named_after_a_brand(nlp):
    names, _ = _extract(nlp, "实施省卓越工程师队伍建设行动，实施省级民生实事人大代表票决制。")
    assert {"省卓越工程师队伍建设行动", "民生实事人大代表票决制"} <= _of_type(names, "MECH")
    assert "省卓越工程" not in names
    names, _ = _extract(nlp, "携手共建长三角美丽中国先行区。")
    assert "美丽中国" not in names


def test_kinds_listed_together_are_no_organ_of_a_school(nlp):
    names, _ = _extract(nlp, "推进校院企高层次人才互聘。")
    assert "校院" not in names
    names, _ = _extract(nlp, "校办、校党委和校纪委参加会议。")
    assert {"校办", "校党委", "校纪委"} <= _of_type(names, "ORG")


def test_facilities_hubs_and_figures_are_no_names(nlp):
    names, _ = _extract(nlp, "新增200个家门口养老服务站，建设具有岱川特色的人才中心，推进“117项目”司法出清。")
    assert not {"养老服务站", "人才中心", "117项目"} & set(names)
    names, _ = _extract(nlp, "创新优化防汛“1262”预警叫应机制。")
    assert "1262预警" not in names
    names, _ = _extract(nlp, "岱川市人才办召开会议。")
    assert "岱川市人才办" in names
