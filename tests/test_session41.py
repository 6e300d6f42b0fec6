"""Rules of session 41, on sentences written for these tests (made-up events; real places stand where a rule is
about the place a bare body belongs to, which kg finds in its gazetteer)."""

from __future__ import annotations

import pytest

from tests.conftest import extracted as _extract

COUNTY_REPORT = ("这一年，临泽县人民政府稳住了增长。我们接受县人大和它的常委会监督，也接受政协民主监督。"
                 "政府带头过紧日子，政府工作人员改进作风。")


def test_a_bare_government_in_its_own_report_is_the_government_that_reports(nlp):
    names, _ = _extract(nlp, COUNTY_REPORT)
    assert "政府" in names["临泽县人民政府"][1]


@pytest.mark.parametrize("body", ["临泽县人民代表大会", "临泽县政协", "临泽县人民政府"])
def test_a_county_reports_bare_bodies_are_the_countys_not_its_provinces(nlp, body):
    names, _ = _extract(nlp, COUNTY_REPORT)
    assert body in names
    assert not any(name.startswith("甘肃省") for name in names)


def test_a_bare_government_gives_the_reports_relations_their_subject(nlp):
    text = ("各位代表！这一年里，我们抓政府自身建设，开展“八五”普法，推行“一网通办”。"
            "政府要主动向甘肃省人大常委会报告工作。")
    _, relations = _extract(nlp, text)
    assert ("甘肃省人民政府", "ESTABLISHED", "一网通办") in relations


@pytest.mark.parametrize(
    "text",
    [
        # kinds of government and words 政府 begins are no body
        "这一年，我们建设法治政府和服务型政府，规范政府采购，让有为政府与有效市场同向发力。",
        # a saying in quotes names no body
        "这一年，我们按照“企业出题、政府立题、人才破题”的思路组织攻关。",
        # the committees and governments of a class of places are a class
        "我们要求各县（区）党委、政府要切实扛起属地责任。",
    ],
)
def test_kinds_of_government_sayings_and_classes_name_no_government(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(name.endswith("政府") and "各" not in name for name in names)


def test_a_bare_government_outside_an_own_account_is_no_body(nlp):
    names, _ = _extract(nlp, "记者从临泽县获悉，该县将政府工作重心放在乡村振兴上。")
    assert "临泽县人民政府" not in names


def test_places_named_once_each_leave_the_bare_government_to_the_province(nlp):
    text = ("这一年，我们抓政府自身建设。支持酒泉市、张掖市、武威市创建示范城市。"
            "甘肃省人大常委会批准法规3部。")
    names, _ = _extract(nlp, text)
    assert "甘肃省人民政府" in names
    assert not any(name in names for name in ("酒泉市人民政府", "张掖市人民政府", "武威市人民政府"))


def test_a_body_named_after_a_ministrys_suoshu_is_a_body_of_its_own(nlp):
    names, relations = _extract(nlp, "自然资源部所属中国地质调查局承担全国地质灾害调查评价工作。")
    assert "自然资源部所属中国地质调查局" not in names
    assert ("中国地质调查局", "PART_OF", "自然资源部") in relations


def test_a_list_a_body_made_is_named_without_the_de_before_it(nlp):
    names, _ = _extract(nlp, "各监狱要对照省局制定的隐患排查责任清单，逐监区开展排查。")
    assert "的隐患排查责任清单" not in names
    assert "隐患排查责任清单" in names


def test_a_counted_report_of_a_ledger_names_no_ledger(nlp):
    names, _ = _extract(nlp, "青禾县纪委监委每季度通报一次台账推进情况。")
    assert "一次台账" not in names
    # a formula of one ledger for each body is a practice
    names, _ = _extract(nlp, "青禾县对重点企业实行一企一台账管理。")
    assert "一企一台账管理" in names


def test_what_a_practice_works_by_is_no_practice_put_in_force(nlp):
    names, relations = _extract(nlp, "青禾县纪委监委推行以纪检监察建议书、提醒督办书、整改通知书为主的“三书”督办机制。")
    assert not any(name.startswith("以") for name in names)
    assert ("青禾县纪委监委", "ESTABLISHED", "三书督办机制") in relations


def test_the_bodies_a_body_organises_act_in_the_clauses_after(nlp):
    text = ("白鹭市纪委监委第三监督检查室组织青禾县纪委监委、霁川县纪委监委，"
            "对青禾县人民医院、霁川县中医医院开展交叉检查。")
    _, relations = _extract(nlp, text)
    teams = ("青禾县纪委监委", "霁川县纪委监委")
    assert {(t, "INSPECTS", h) for t in teams for h in ("青禾县人民医院", "霁川县中医医院")} <= relations
    assert {("白鹭市纪委监委第三监督检查室", "LEADS", t) for t in teams} <= relations
    assert not any(h == "白鹭市纪委监委第三监督检查室" and r == "INSPECTS" for h, r, _ in relations)


def test_a_body_that_organises_work_without_naming_bodies_still_acts(nlp):
    _, relations = _extract(nlp, "青禾县纪委监委组织开展交叉检查，对青禾县人民医院开展专项检查。")
    assert ("青禾县纪委监委", "INSPECTS", "青禾县人民医院") in relations


def test_a_clause_going_on_with_and_joining_partners_keeps_its_subject(nlp):
    text = "青禾县司法局指导县人民调解委员会开展工作，并联合青禾县公安局、青禾县人民法院建立“警调对接”机制。"
    _, relations = _extract(nlp, text)
    assert {(body, "ESTABLISHED", "警调对接机制") for body in ("青禾县司法局", "青禾县公安局", "青禾县人民法院")} <= relations
    assert ("青禾县司法局", "COOPERATES_WITH", "青禾县公安局") in relations


def test_a_verb_of_joining_is_no_part_of_a_units_name(nlp):
    text = "白鹭大学纪委深化监督。学校纪委联合审计处、财务处建立联动监督机制。"
    names, relations = _extract(nlp, text)
    assert not any("联合" in name for name in names)
    assert {("白鹭大学纪委", "ESTABLISHED", "联动监督机制"), ("白鹭大学纪委", "COOPERATES_WITH", "财务处")} <= relations


def test_the_centres_inspections_name_the_central_committee(nlp):
    names, _ = _extract(nlp, "这一年，我们全力配合中央巡视，逐项落实中央巡视整改。")
    assert names["中共中央"][1] == ["中央"]
    # its teams and office are bodies of their own, whole
    names, _ = _extract(nlp, "中央第三巡视组进驻白鹭集团。中央巡视办负责同志出席会议。")
    assert {"中央第三巡视组", "中央巡视办"} <= set(names)


def test_a_bureau_of_administrative_review_is_a_department(nlp):
    names, relations = _extract(nlp, "霁川市行政复议局设在霁川市司法局，全年收到行政复议申请900件。")
    assert "霁川市行政复议局" in names
    assert ("霁川市行政复议局", "PART_OF", "霁川市司法局") in relations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a quoted name that ends in a body's head, set up (建立 too, where the quote ends the object)
        ("青禾区司法局联合区工商联建立“律商联络站”，为企业提供法律咨询。", "律商联络站"),
        ("青禾区司法局联合区工商联组建“民营企业法治体检”律师服务团。", "民营企业法治体检律师服务团"),
        # a count inside the quotes is part of the name, no count of bodies
        ("白鹭街道司法所与白鹭派出所联合设立“三所联动”调解室，化解纠纷412件。", "三所联动调解室"),
    ],
)
def test_a_quoted_body_set_up_is_a_body(nlp, text, body):
    names, relations = _extract(nlp, text)
    assert names[body][0] == "ORG"
    assert not any(name == body and kind == "MECH" for name, (kind, _) in names.items())
    assert any(r == "ESTABLISHED" and t == body for _, r, t in relations)


def test_quoted_words_naming_a_mechanism_after_jianli_are_no_body(nlp):
    names, _ = _extract(nlp, "青禾县建立“链长+链主+专班”工作机制，联盟建立“共享实验室”和专家库。")
    assert not any(kind == "ORG" and ("专班" in name or name == "链长+链主+专班") for name, (kind, _) in names.items())


def test_practices_put_in_force_that_open_with_a_preposition_like_word(nlp):
    # 在线…, 以案促改: names of practices; 按周…: a manner, no practice named
    names, _ = _extract(nlp, "霁川市中级人民法院推行在线调解，白鹭县纪委监委推行以案促改，县财政局实行按周监测。")
    mechanisms = {name for name, (kind, _) in names.items() if kind == "MECH"}
    assert {"在线调解", "以案促改"} <= mechanisms
    assert "按周监测" not in mechanisms


def test_a_chain_of_steps_joined_by_dashes_names_the_mechanism_whole(nlp):
    names, _ = _extract(nlp, "霁川市健全就业—专业—招生联动机制。")
    assert "就业-专业-招生联动机制" in names
    assert "招生联动机制" not in names


def test_a_bare_campaign_head_after_a_list_names_none_of_the_campaigns(nlp):
    names, _ = _extract(nlp, "青禾市实施夜间经济提振专项行动。开展校外培训乱象清理等专项行动。")
    assert names["夜间经济提振专项行动"][1] == ["夜间经济提振专项行动"]


def test_an_institution_set_up_acts_by_its_short_form_in_the_clause_after(nlp):
    text = "青禾县人民政府与白鹭工业大学共建青禾羊绒产业技术研究院，研究院实行“企业出题、院所答题”模式。"
    _, relations = _extract(nlp, text)
    assert ("青禾羊绒产业技术研究院", "ESTABLISHED", "企业出题、院所答题模式") in relations
    assert ("青禾县人民政府", "ESTABLISHED", "企业出题、院所答题模式") not in relations


def test_a_clause_joining_partners_with_its_subject_left_out_keeps_the_carried_one(nlp):
    text = "白鹭市交通运输局印发通知。同时，将联合白鹭市发展改革委、白鹭市住房和城乡建设局对失信企业实施联合惩戒。"
    _, relations = _extract(nlp, text)
    assert {(body, "ESTABLISHED", "联合惩戒") for body in ("白鹭市交通运输局", "白鹭市发展改革委")} <= relations


def test_organising_a_bureaus_unit_is_no_bureau_of_organisation(nlp):
    names, _ = _extract(nlp, "青禾县卫生健康局召开会议。局党组组织局财务审计科对县人民医院开展专项审计。")
    assert not any(name.startswith("组织局") for name in names)


@pytest.mark.parametrize(
    ("text", "funds", "not_funds"),
    [
        ("甘肃省设立未来科技发展基金，推动省现代农业引导基金扩容。", ["未来科技发展基金", "甘肃省现代农业引导基金"], []),
        # money and kinds of fund are no bodies
        ("追回违规使用医保基金，用好政府投资基金，设立50亿元产业发展基金，组建一支产业基金。", [],
         ["医保基金", "政府投资基金", "亿元产业发展基金", "一支产业基金"]),
    ],
)
def test_a_fund_a_government_sets_up_is_a_body(nlp, text, funds, not_funds):
    names, _ = _extract(nlp, text)
    assert all(names[fund][0] == "ORG" for fund in funds)
    assert not any(name in names for name in not_funds)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("益阳市水文水资源勘测中心预测，资江将出现洪峰。", "益阳市水文水资源勘测中心"),
        ("检查组实地检查了县农产品质量安全检测中心。", "县农产品质量安全检测中心"),
        # a verb between two bodies is no part of either's name
        ("由市住建局通报市公共资源交易中心，在招标投标中予以限制。", "市公共资源交易中心"),
    ],
)
def test_public_units_named_from_their_place_or_level(nlp, text, body):
    names, _ = _extract(nlp, text)
    assert body in names
    assert not any("通报" in name for name in names)


def test_a_governments_executive_meeting_is_a_body_of_it(nlp):
    _, relations = _extract(nlp, "经临泽县人民政府常务会议研究，县政府办公室印发实施方案。")
    assert ("临泽县人民政府常务会议", "PART_OF", "临泽县人民政府") in relations


@pytest.mark.parametrize("body", ["渭南市人工影响天气办公室", "盐城市通信发展管理办公室"])
def test_offices_named_by_their_work_from_their_place(nlp, body):
    names, _ = _extract(nlp, f"{body}部署开展专项工作。")
    assert body in names


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("白鹭县“5·12”烟花仓库爆炸事故调查报告", "白鹭县5·12烟花仓库爆炸事故调查报告"),  # an accident's date in quotes
        ("青禾市第三批援疆工作队半年工作小结", "青禾市第三批援疆工作队半年工作小结"),
        ("汛期工作简报", "汛期工作简报"),
        ("白鹭市市场监督管理局关于5批次食品抽检不合格情况的通告（2026年第3期）",
         "白鹭市市场监督管理局关于5批次食品抽检不合格情况的通告(2026年第3期)"),  # the number with it
    ],
)
def test_a_texts_first_line_of_a_kind_of_document_is_its_title(nlp, first_line, title):
    names, _ = _extract(nlp, first_line + "\n近日，有关部门开展了工作。")
    assert names[title][0] == "DOC"


def test_a_headline_with_a_quoted_name_is_no_title(nlp):
    names, _ = _extract(nlp, "白鹭县推行“接诉即办”工作简报\n近日，有关部门开展了工作。")
    assert not any(kind == "DOC" for kind, _ in names.values())


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("依据青禾县人大常委会2026年度工作要点，常委会开展专题询问。", "青禾县人大常委会2026年度工作要点"),
        ("相关法规已列入2027年度立法计划。", "2027年度立法计划"),
        # a plan's provisions: the plan
        ("各单位要严格执行白鹭市森林火灾应急预案有关规定。", "白鹭市森林火灾应急预案"),
        ("白鹭市第一时间启动城区内涝应急预案。", "城区内涝应急预案"),
    ],
)
def test_plans_cited_without_marks(nlp, text, document):
    names, _ = _extract(nlp, text)
    assert names[document][0] == "DOC"
    assert not any(name.endswith("有关规定") for name in names)


def test_a_campaign_started_is_no_document(nlp):
    names, _ = _extract(nlp, "白鹭市启动城市更新三年行动计划。")
    assert not any(kind == "DOC" for kind, _ in names.values())
