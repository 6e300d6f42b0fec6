"""Rules of session 38, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_central_bodys_institute_named_by_a_city_starting_with_chang_is_found_whole(nlp):
    # 长 after 中国科学院 starts 长春 here, not a title (院长)
    names, relations = _extract(nlp, "中国科学院长春光学精密机械与物理研究所（以下简称长春光机所）与吉林大学签约。")
    assert "中国科学院长春光学精密机械与物理研究所" in names
    assert "长春光机所" in names["中国科学院长春光学精密机械与物理研究所"][1]
    assert ("中国科学院长春光学精密机械与物理研究所", "PART_OF", "中国科学院") in relations
    # (a minister during the spring festival, the academy's president: no body past the name)
    names, _ = _extract(nlp, "外交部长春节期间会见来宾，中国科学院院长出席。")
    assert not any(name.startswith(("外交部长", "中国科学院院")) for name in names)


def test_an_action_plan_drawn_up_is_a_document_and_one_carried_out_a_campaign(nlp):
    names, relations = _extract(nlp, "青禾市人民政府制定乡村振兴三年行动计划，制定实施体育强市行动计划。")
    assert names["乡村振兴三年行动计划"][0] == "DOC"
    assert names["体育强市行动计划"][0] == "DOC"  # (no 实施 in the plan's name)
    assert ("青禾市人民政府", "ISSUED", "体育强市行动计划") in relations
    names, _ = _extract(nlp, "青禾市深入实施城市更新行动计划。")
    assert names["城市更新行动计划"][0] == "MECH"


def test_a_company_said_to_be_anothers_subsidiary_is_part_of_it_by_name_or_short_name(nlp):
    text = ("青禾市白鹭客运有限公司（以下简称白鹭客运）成立于2015年。霁川交通集团有限公司（以下简称霁川集团）是市属国有企业。"
            "白鹭客运为霁川集团下属全资子公司。")
    names, relations = _extract(nlp, text)
    assert "白鹭客运" in names["青禾市白鹭客运有限公司"][1]  # (a short name of the full name's characters)
    assert ("青禾市白鹭客运有限公司", "PART_OF", "霁川交通集团有限公司") in relations
    assert "全资子公司" not in names  # (the kind of company it is, no name)
    # 系 between two companies is the copula: two names, no one name across it
    names, relations = _extract(nlp, "岚川县白石煤业有限责任公司系青禾能源集团有限公司所属控股子公司。")
    assert {"岚川县白石煤业有限责任公司", "青禾能源集团有限公司"} <= set(names)
    assert ("岚川县白石煤业有限责任公司", "PART_OF", "青禾能源集团有限公司") in relations
    # (a short name not drawn from the full name, no body's head: not taken as the company's)
    names, _ = _extract(nlp, "青禾市白鹭客运有限公司（以下简称该企业）成立于2015年。")
    assert "该企业" not in names["青禾市白鹭客运有限公司"][1]


def test_a_unit_named_after_a_bodys_given_short_name_is_that_bodys(nlp):
    text = ("青禾市白鹭焦化有限公司（以下简称白鹭焦化）负责生产。白鹭焦化安全环保部未进行安全交底，"
            "白鹭焦化煤气净化车间未制定方案。白鹭焦化主要负责人未履职，白鹭焦化虽建立了制度。")
    names, relations = _extract(nlp, text)
    assert names["青禾市白鹭焦化有限公司安全环保部"][1] == ["白鹭焦化安全环保部"]
    assert ("青禾市白鹭焦化有限公司煤气净化车间", "PART_OF", "青禾市白鹭焦化有限公司") in relations
    assert len(names) == 3  # (its head of staff and a clause after it name no unit)


def test_a_kind_of_work_named_by_a_quote_alone_after_its_verb_is_established(nlp):
    _, relations = _extract(nlp, "丹棱县纪委监委对县教体局党组开展“一案双查”，实施“一湖一策”。")
    assert ("丹棱县纪委监委", "ESTABLISHED", "一案双查") in relations
    assert ("丹棱县纪委监委", "ESTABLISHED", "一湖一策") in relations
    assert ("丹棱县纪委监委", "INSPECTS", "丹棱县教体局党组") in relations  # (the double check aims at the group)
    _, relations = _extract(nlp, "洪雅县委巡察办对县水利局开展“回头看”。")
    assert ("洪雅县委巡察办", "INSPECTS", "洪雅县水利局") in relations
    _, relations = _extract(nlp, "洪雅县审计局开展整改“回头看”。")  # (a follow-up check named by its work)
    assert ("洪雅县审计局", "ESTABLISHED", "整改回头看") in relations
    # (a quote that is a word of a longer name: no kind of work started by the quote)
    _, relations = _extract(nlp, "白鹭县委开展“一把手”监督。")
    assert not any(rel == "ESTABLISHED" for _, rel, _ in relations)


def test_a_banks_branch_named_after_the_bank_is_part_of_it(nlp):
    names, relations = _extract(nlp, "岚川银行白鹭分行、青禾农商银行城南支行率先接入，已有海南银行参加。")
    assert ("岚川银行白鹭分行", "PART_OF", "岚川银行") in relations
    assert ("青禾农商银行城南支行", "PART_OF", "青禾农商银行") in relations
    assert "海南银行" in names and "已有海南银行" not in names  # (a verb before the bank is no part of its name)


def test_a_verb_of_acting_together_after_a_bodys_head_ends_its_name(nlp):
    names, relations = _extract(nlp, "白鹭社区居委会联合业主委员会划定临时停车区域。")
    assert not any("联合" in name for name in names)
    assert any(head == "白鹭社区居委会" and rel == "COOPERATES_WITH" for head, rel, _ in relations)
    names, _ = _extract(nlp, "青海省妇女联合会召开会议。")  # (联合会: the federation's own name)
    assert "青海省妇女联合会" in names


def test_bodies_a_team_also_toured_in_a_later_clause_are_inspected_by_it(nlp):
    text = "甘肃省委第二巡视组对中共天水市委进行了常规巡视，同步巡视了天水市人民政府党组、天水市中级人民法院党组。"
    _, relations = _extract(nlp, text)
    assert {("甘肃省委第二巡视组", "INSPECTS", body) for body in ("中共天水市委", "天水市人民政府党组",
                                                                  "天水市中级人民法院党组")} <= relations
    # (a clause that tours nothing more: no body of it inspected)
    _, relations = _extract(nlp, "甘肃省委第二巡视组对中共天水市委进行了常规巡视，天水市人民政府党组配合。")
    assert ("甘肃省委第二巡视组", "INSPECTS", "天水市人民政府党组") not in relations


def test_a_party_group_organising_a_unit_is_no_part_of_the_units_name(nlp):
    names, _ = _extract(nlp, "松阳县卫生健康局党组组织局财务审计科对县人民医院开展专项审计。")
    assert "松阳县卫生健康局党组" in names and not any("组织局" in name for name in names)
    names, _ = _extract(nlp, "松阳县卫健局党委组织人事科、县委组织部参加。")  # (units of that name)
    assert {"松阳县卫健局党委组织人事科", "松阳县委组织部"} <= set(names)


def test_the_mediation_committees_and_centres_of_each_township_are_a_class(nlp):
    names, relations = _extract(nlp, "洪雅县司法局指导各乡镇（街道）人民调解委员会开展工作，指导各县区综治中心开展工作。")
    assert names["各乡镇(街道)人民调解委员会"][0] == "ORG"
    assert ("洪雅县司法局", "LEADS", "各县区综治中心") in relations
    # (a verb and 各 before a station are no township's name, though 指导各乡镇 stands elsewhere)
    names, _ = _extract(nlp, "市纪委监委指导各派出所开展工作，指导各乡镇司法所开展工作。")
    assert not any(name.startswith("指导") for name in names)


def test_the_financial_regulators_office_named_by_its_place_alone(nlp):
    text = "国家金融监督管理总局湖南监管局召开会议。湖南监管局将指导株洲监管分局和黔东南金融监管分局开展工作。"
    names, relations = _extract(nlp, text)
    assert "湖南监管局" in names["国家金融监督管理总局湖南监管局"][1]
    assert names["国家金融监督管理总局黔东南监管分局"][1] == ["黔东南金融监管分局"]
    assert ("国家金融监督管理总局湖南监管局", "LEADS", "国家金融监督管理总局株洲监管分局") in relations
    # (a text about no finance, and a field before 监管: no regulator's office)
    names, _ = _extract(nlp, "株洲市场监管局、株洲煤矿安全监管局开展检查。")
    assert not any(name.startswith("国家金融") for name in names)


def test_a_banks_branch_named_by_its_level_alone_after_its_full_name(nlp):
    names, relations = _extract(nlp, "中国人民银行安徽省分行召开会议，省分行党委书记出席。")
    assert "省分行" in names["中国人民银行安徽省分行"][1]
    assert ("中国人民银行安徽省分行党委", "PART_OF", "中国人民银行安徽省分行") in relations
    # (two branches of that level named before: which one is unsaid, the place's as before)
    names, _ = _extract(nlp, "中国人民银行安徽省分行、中国工商银行安徽省分行召开会议，省分行党委书记出席。")
    assert "省分行" not in names["中国人民银行安徽省分行"][1]


def test_nationwide_terms_and_the_academys_institutes_by_their_short_names(nlp):
    names, _ = _extract(nlp, "建设清廉机关。全市1200名科技特派员下乡服务。")
    assert "清廉机关" in names and "科技特派员" not in names  # (people, counted)
    names, _ = _extract(nlp, "支持长春光机所、大连化物所建设中试平台。")
    assert names["长春光机所"][0] == "ORG" and names["大连化物所"][0] == "ORG"


def test_a_companys_party_committee_named_after_its_short_name(nlp):
    text = ("青禾市城市建设投资（集团）有限责任公司（以下简称青禾城投）成立。青禾城投党委修订《青禾城投工程变更管理办法》，"
            "推行造价“双审核”制度。")
    names, relations = _extract(nlp, text)
    assert names["青禾市城市建设投资(集团)有限责任公司党委"][1] == ["青禾城投党委"]
    assert ("青禾市城市建设投资(集团)有限责任公司党委", "ESTABLISHED", "双审核制度") in relations
    # (the short name inside a title names no issuer)
    assert ("青禾市城市建设投资(集团)有限责任公司", "ISSUED", "青禾城投工程变更管理办法") not in relations


def test_a_zone_named_by_its_place_and_kind_and_a_customs_office_before_it(nlp):
    text = "清河经济开发区管委会下设企业服务中心。海口海关所属洋浦海关与洋浦经济开发区管理委员会联合推行“一线放开”模式。"
    names, relations = _extract(nlp, text)
    assert {"清河经济开发区管委会", "洋浦海关", "洋浦经济开发区管理委员会"} <= set(names)
    assert ("洋浦海关", "COOPERATES_WITH", "洋浦经济开发区管理委员会") in relations


def test_a_plan_for_emergencies_put_in_force_is_a_document(nlp):
    names, _ = _extract(nlp, "青禾市人民政府落实突发事件总体应急预案。")
    assert names["突发事件总体应急预案"][0] == "DOC"


def test_a_universitys_school_of_two_joined_fields_is_named_with_it_and_part_of_it(nlp):
    names, relations = _extract(nlp, "市农业农村局与东北农业大学资源与环境学院签订合作协议。")
    assert ("东北农业大学资源与环境学院", "PART_OF", "东北农业大学") in relations
    assert "资源与环境学院" not in names
    names, _ = _extract(nlp, "市政府与南湖大学签约，设立薪酬与考核委员会。")  # (two bodies; a committee's two fields)
    assert "薪酬与考核委员会" in names and not any(name.endswith("大学薪酬与考核委员会") for name in names)


def test_a_preposition_between_a_place_and_a_kind_of_body_names_none(nlp):
    names, _ = _extract(nlp, "在推广主体上，梨树县以合作社为依托。")
    assert not any("以合作社" in name for name in names)
    names, _ = _extract(nlp, "建立防止返贫动态监测和帮扶机制。")  # (防止 opens a mechanism's name)
    assert "防止返贫动态监测和帮扶机制" in names


def test_a_body_acting_on_anothers_commission_and_a_deadline_before_a_level(nlp):
    names, _ = _extract(nlp, "会议听取了市审计局受市人民政府委托所作的审计工作报告，审议意见于会后15日内交市人民政府研究处理。")
    assert {"市审计局", "市人民政府"} <= set(names)
    assert not any(name.startswith(("局受", "内交")) for name in names)


def test_a_congresss_deputies_stations_and_a_townships_presidium_are_bodies(nlp):
    text = "在百色市右江区龙景街道人大代表联络站，居民向区人大代表反映问题。泼陂河镇人大主席团票决产生项目。"
    names, _ = _extract(nlp, text)
    assert {"百色市右江区龙景街道人大代表联络站", "泼陂河镇人大主席团"} <= set(names)
    assert "右江区人民代表大会" in names  # (区人大代表: the congress whose deputies they are, as annotated)
    names, _ = _extract(nlp, "松阳县人大常委会首次听取审议县监委专项工作报告。")
    assert not any(name.startswith("审议") for name in names)


def test_shops_clinics_and_farmers_federations_named_from_their_place(nlp):
    # (real counties, made-up shops: a shop's head needs a place the gazetteer knows in front)
    text = "一、临洮县新添镇康泰诊所使用过期药品。二、会宁县鑫源粮油经营部销售不合格食品。三、陇西县文峰镇晨光便利店被查处。"
    names, _ = _extract(nlp, text)
    assert {"临洮县新添镇康泰诊所", "会宁县鑫源粮油经营部", "陇西县文峰镇晨光便利店"} <= set(names)
    names, _ = _extract(nlp, "陇西县鲁沂农业服务专业合作社联合社成立，各便利店参加。")
    assert "陇西县鲁沂农业服务专业合作社联合社" in names and "各便利店" not in names


def test_a_technology_transfer_centre_named_from_its_place_is_a_body(nlp):
    _, relations = _extract(nlp, "柳东新区管理委员会与广西科技大学共建柳州新能源汽车技术转移中心。")
    assert ("广西科技大学", "ESTABLISHED", "柳州新能源汽车技术转移中心") in relations
    names, _ = _extract(nlp, "支持建设国家技术创新中心。")  # (a rank of centre, no centre named)
    assert "国家技术创新中心" not in names


def test_a_platform_named_in_quotes_opening_a_clause_of_its_results(nlp):
    names, _ = _extract(nlp, "开展服务民营企业专项行动。“青惠通”兑现政策资金16亿元，“青执法”推动涉企检查频次压减25%。")
    assert names["青惠通"][0] == "MECH" and names["青执法"][0] == "MECH"
    names, _ = _extract(nlp, "“青超”火爆出圈。")  # (an event in quotes doing no work of a practice)
    assert "青超" not in names


def test_reports_heard_in_a_list_and_a_bureaus_report_made_for_the_government(nlp):
    text = "会议听取了市人民法院关于行政审判工作情况的报告、市人民检察院关于开展公益诉讼检察工作情况的报告，审议了市审计局所作的审计工作报告。"
    names, _ = _extract(nlp, text)
    assert names["关于开展公益诉讼检察工作情况的报告"][0] == "DOC"
    assert "市审计局" in names and "市审计局所" not in names
    names, _ = _extract(nlp, "县司法所作为牵头单位参加。")  # (所 + 作为: the station)
    assert "县司法所" in names


def test_a_body_right_before_an_unmarked_report_it_made_issued_it(nlp):
    _, relations = _extract(nlp, "会议听取了洪雅县人民法院关于行政审判工作情况的报告、洪雅县人民检察院关于公益诉讼工作情况的报告。")
    assert ("洪雅县人民法院", "ISSUED", "关于行政审判工作情况的报告") in relations
    assert ("洪雅县人民检察院", "ISSUED", "关于公益诉讼工作情况的报告") in relations


def test_a_reports_date_under_a_second_title_line_or_below_page_furniture():
    from kg.dates import source_date

    text = "2026年青禾省政府工作报告\n政府工作报告\n——2026年1月27日在青禾省第九届人民代表大会第三次会议上\n各位代表：\n"
    assert source_date(text, "2026年青禾省政府工作报告") == "2026-01-27"
    page = "2026年政府工作报告\n您的位置:\n首页\n>\n青禾要闻\n青禾要闻\n2026年政府工作报告\n来源：青禾日报\n" \
           "2026-02-03 09:02:33\n【字体：\n大\n中\n小\n】\n各位代表：\n现在，我代表省人民政府报告工作。\n" + "正文。\n" * 20
    assert source_date(page, "2026年政府工作报告") == "2026-02-03"


def test_a_document_named_bare_opening_a_clause_that_issues_or_approves_it(nlp):
    names, _ = _extract(nlp, "城市功能持续提升，青禾市国土空间总体规划获批实施。白鹭县文旅融合发展规划正式印发。")
    assert names["青禾市国土空间总体规划"][0] == "DOC" and names["白鹭县文旅融合发展规划"][0] == "DOC"
    names, _ = _extract(nlp, "城市功能持续提升，上述配套实施方案正式印发。")  # (a pointer: no title's words)
    assert not any(name.startswith("上述") for name in names)


def test_a_verb_of_iterating_opens_no_mechanisms_name(nlp):
    names, _ = _extract(nlp, "迭代老城区一体化治理机制。建立技术迭代机制。")
    assert "老城区一体化治理机制" in names and "技术迭代机制" in names
    assert not any(name.startswith("迭代") for name in names)
