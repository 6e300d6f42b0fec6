"""Words a body does, rules improved and notices by title, on sentences written for these tests (青禾, 云岭 and
白鹭 are made-up places)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts


def spans(doc, label: str) -> list[tuple[str, bool]]:
    return [(s.text, s._.kg_generic) for s in doc.spans["kg"] if s.label_ == label]


@pytest.mark.parametrize(
    "text",
    ["白鹭区纪委监委、白鹭区公安分局已立案查处5起。", "对违纪问题，云岭市市场监管局严肃惩处。"],
)
def test_a_case_handled_is_no_internal_office(nlp, text):
    assert not any(name.endswith("处") for name, _ in spans(nlp(text), "ORG"))


@pytest.mark.parametrize(
    ("text", "office"),
    [("省委组织部干部三处参加会议。", "省委组织部干部三处"), ("云岭市卫健委医政医管处负责解答。", "云岭市卫健委医政医管处")],
)
def test_internal_offices_keep_their_names(nlp, text, office):
    assert office in [name for name, _ in spans(nlp(text), "ORG")]


@pytest.mark.parametrize("text", ["青禾县审计局制定完善规章制度12项。", "各部门修订完善制度30项。"])
def test_rules_made_and_improved_name_no_practice(nlp, text):
    assert [name for name, generic in spans(nlp(text), "MECH") if not generic] == []


def test_a_practice_drawn_up_after_two_verbs_keeps_one_name(nlp):
    doc = nlp("青禾县纪委制定完善巡察整改台账。")
    (ledger,) = spans(doc, "MECH")  # one, not a second inside it
    assert ledger[0].endswith("巡察整改台账")
    assert [(r[0].text, r[1], r[2].text) for r in doc._.kg_relations] == [("青禾县纪委", "ESTABLISHED", ledger[0])]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("白鹭区审计局关于2025年度区本级预算执行审计查出问题整改情况的公告\n根据规定，现将整改情况公告如下。",
         "白鹭区审计局关于2025年度区本级预算执行审计查出问题整改情况的公告"),
        ("云岭市政府发布关于白鹭湾禁渔期管理的公告。", "关于白鹭湾禁渔期管理的公告"),
    ],
)
def test_a_notice_by_its_title_is_a_document(nlp, text, title):
    assert (title, False) in spans(nlp(text), "DOC")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("青禾县公共法律服务中心开展法律咨询。", "青禾县公共法律服务中心"),
        ("云岭市中级人民法院与市司法局共同设立云岭市行政争议调解中心。", "云岭市行政争议调解中心"),
        ("白鹭区矛盾纠纷调处化解中心受理群众诉求。", "白鹭区矛盾纠纷调处化解中心"),
        ("柳塘镇便民服务中心办理社保业务。", "柳塘镇便民服务中心"),
    ],
)
def test_public_service_and_dispute_settling_institutions_of_a_place_are_bodies(nlp, text, body):
    assert (body, False) in spans(nlp(text), "ORG")


def test_such_an_institution_without_a_place_is_no_named_body(nlp):
    assert [name for name, generic in spans(nlp("推进公共法律服务中心建设。"), "ORG") if not generic] == []


def test_a_class_at_the_start_of_a_title_issues_nothing(nlp):
    doc = nlp("全院学习《医疗机构工作人员廉洁从业九项准则》。")
    assert [r[1] for r in doc._.kg_relations] == []


def test_at_first_hand_handled_is_no_numbered_office(nlp):
    assert spans(nlp("实现群众诉求第一时间发现、第一时间处置。"), "ORG") == []


@pytest.mark.parametrize("text", ["探索建立“清廉医院”监督体系。", "深化“平安校园”创建。"])
def test_an_aim_and_a_kind_of_body_in_quotes_is_no_institution(nlp, text):
    assert spans(nlp(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [("桐湾县委巡察办参加反馈会。", "桐湾县委巡察办"), ("芦湾县纪委监委通报3起典型问题。", "芦湾县纪委监委")],
)
def test_a_county_the_gazetteer_lacks_may_end_in_a_character_of_an_area_word(nlp, text, body):
    assert (body, False) in spans(nlp(text), "ORG")


@pytest.mark.parametrize("text", ["建设粤港澳大湾区。", "深入山区县乡调研。", "对所辖县区开展督导。", "对青禾县所辖乡镇开展督导。"])
def test_area_words_and_what_a_county_governs_name_no_body(nlp, text):
    assert [name for name, generic in spans(nlp(text), "ORG") if not generic] == []


@pytest.mark.parametrize("text", ["办好跨国公司领导人峰会。", "支持境内上市公司并购重组。", "推动三级子公司压减。", "组建运营公司。"])
def test_a_class_of_companies_is_no_named_company(nlp, text):
    assert [name for name, generic in spans(nlp(text), "ORG") if not generic] == []


@pytest.mark.parametrize(
    ("text", "company"),
    [("天水供电公司开展抢修。", "天水供电公司"), ("云岭交通投资集团有限公司召开会议。", "云岭交通投资集团有限公司")],
)
def test_a_company_named_with_its_place_or_its_legal_form(nlp, text, company):
    assert (company, False) in spans(nlp(text), "ORG")


def test_a_system_is_no_alias_of_the_mechanism_of_its_field():
    from kg.pipeline.names import mech_key

    assert mech_key("应急管理体系") != mech_key("应急管理机制")
    assert mech_key("三反馈机制") == mech_key("三反馈")  # a head it is named with or without


@pytest.mark.parametrize(("text", "team"), [
    ("柳塘镇建立“接诉即办”工作专班，对群众来电实行闭环管理。", "“接诉即办”工作专班"),
    ("青禾县成立“双减”工作领导小组。", "“双减”工作领导小组"),
])
def test_a_team_named_by_a_quoted_practice(nlp, text, team):
    assert (team, False) in spans(nlp(text), "ORG")


def triples(doc) -> list[tuple[str, str, str]]:
    return [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations]


@pytest.mark.parametrize(("text", "expected"), [
    ("青禾县人民检察院向区水务局、区城市管理局等行政机关制发诉前检察建议12件。",
     [("青禾县人民检察院", "ISSUED", "诉前检察建议")]),
    ("云岭市中级人民法院向有关单位发送司法建议5份。", [("云岭市中级人民法院", "ISSUED", "司法建议")]),
    ("白鹭区人民检察院发出检察建议。", [("白鹭区人民检察院", "ISSUED", "检察建议")]),
])
def test_recommendations_a_procuratorate_or_court_sends_are_documents_it_issues(nlp, text, expected):
    assert triples(nlp(text)) == expected


@pytest.mark.parametrize("text", ["抓好中央生态环境保护督察反馈问题整改。", "深入贯彻中央城市工作会议精神。"])
def test_the_centre_its_inspections_and_work_conferences_name(nlp, text):
    (record,) = extract_texts(nlp, [("t.txt", text)])
    assert [(e.name, [m.text for m in e.mentions]) for e in record.entities if e.type == "ORG"] == [
        ("中共中央", ["中央"])]


def test_the_eight_rules_cited_in_an_article_name_no_body(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "某县纪委监委通报3起违反中央八项规定精神问题。")])
    assert "中共中央" not in [e.name for e in record.entities]


@pytest.mark.parametrize(("text", "unit"), [
    ("云岭交通投资集团有限公司法律合规部参加检查。", "云岭交通投资集团有限公司法律合规部"),
    ("集团纪委联合集团党群工作部开展专项检查。", "集团党群工作部"),
])
def test_a_companys_own_department(nlp, text, unit):
    assert (unit, False) in spans(nlp(text), "ORG")


@pytest.mark.parametrize("text", ["青禾集团全部完成改制。", "青禾集团干部大会召开。", "加强公司内部管理。"])
def test_words_ending_in_bu_after_a_company_name_no_department(nlp, text):
    assert not any(name.endswith("部") for name, _ in spans(nlp(text), "ORG"))


REPORT_PASSAGE = ("深化青禾财税体制改革，推进预算管理一体化。实施白鹭湾生态修复行动。开展青禾河流域违法排污问题集中整治。"
                  "健全政企沟通机制。加快云岭新区建设。全年新增就业3万人。")


def test_a_report_passage_that_never_says_we_is_still_an_own_account(nlp):
    from kg.pipeline.bare_bodies import is_own_account

    assert is_own_account(REPORT_PASSAGE)
    # (a clean-up a report says it carried out is named, not the kind of work an article describes)
    assert ("青禾河流域违法排污问题集中整治", False) in spans(nlp(REPORT_PASSAGE), "MECH")


def test_an_article_naming_who_acts_is_no_own_account():
    from kg.pipeline.bare_bodies import is_own_account

    article = ("青禾县纪委监委日前通报3起典型问题。县纪委监委要求各级党组织引以为戒。"
               "该县持续开展违规吃喝问题专项整治。县委巡察办会同县审计局开展检查。各乡镇均已完成整改。")
    assert not is_own_account(article)


def test_what_belongs_to_a_companys_commission_belongs_to_the_company(nlp):
    found = triples(nlp("青禾投资集团有限公司纪委对所属子公司开展专项检查。"))
    assert ("所属子公司", "PART_OF", "青禾投资集团有限公司") in found
    assert not any(r == "PART_OF" and t.endswith("纪委") for h, r, t in found if h == "所属子公司")
    assert not any(r == "PART_OF" for h, r, t in triples(nlp("集团纪委对所属子公司开展专项检查。")))


@pytest.mark.parametrize(("text", "cls"), [
    ("青禾投资集团有限公司纪委对所属8家子公司开展专项检查。", "子公司"),
    ("云岭市第一人民医院纪委对全院32个临床科室开展专项检查。", "临床科室"),
])
def test_the_kind_of_unit_an_inspection_is_aimed_at_after_belonging_or_a_whole_institution(nlp, text, cls):
    assert (cls, True) in spans(nlp(text), "ORG")
    assert any(r == "INSPECTS" and t == cls for _, r, t in triples(nlp(text)))


@pytest.mark.parametrize(("text", "bank"), [("吉林农商行正式挂牌运营。", "吉林农商行"), ("天水农信社完成改制。", "天水农信社")])
def test_rural_banks_and_credit_cooperatives_named_by_their_place(nlp, text, bank):
    assert (bank, False) in spans(nlp(text), "ORG")


@pytest.mark.parametrize("text", ["支持农商行发展。", "推动农村信用社改革。"])
def test_rural_banks_without_a_place_are_no_named_body(nlp, text):
    assert [name for name, generic in spans(nlp(text), "ORG") if not generic] == []


@pytest.mark.parametrize("text", ["全力打好云岭工业经济“头号工程”攻坚战。", "实施青禾碳达峰“十大行动”。"])
def test_no_name_opens_a_quote_it_does_not_close(nlp, text):
    assert all(s.text.count("“") == s.text.count("”") for s in nlp(text).spans["kg"])


def test_a_kind_two_titles_end_in_refers_to_neither(nlp):
    text = ("印发《青禾县乡村振兴重点任务政策措施》和《青禾县稳就业促增收政策措施》。各部门落实上述政策措施。"
            "《白鹭湾生态保护修复实施方案》印发后，生态保护修复实施方案全面落地。")
    (record,) = extract_texts(nlp, [("t.txt", text)])
    docs = {e.name: sorted(m.text for m in e.mentions) for e in record.entities if e.type == "DOC"}
    assert all("政策措施" not in mentions for mentions in docs.values())  # (a kind, and two titles end in it)
    assert "生态保护修复实施方案" in docs["白鹭湾生态保护修复实施方案"]


def test_a_law_with_and_without_the_states_name_is_one_document(nlp):
    text = "学习《中华人民共和国青禾湾保护法》。严格执行青禾湾保护法。"
    (record,) = extract_texts(nlp, [("t.txt", text)])
    docs = [sorted(m.text for m in e.mentions) for e in record.entities if e.type == "DOC"]
    assert docs == [["中华人民共和国青禾湾保护法", "青禾湾保护法"]]


@pytest.mark.parametrize(("text", "cls"), [
    ("云岭市卫健委推进改革，建成5家市疾控中心。", "市疾控中心"),
    ("3个县纪委监委联合开展交叉检查。", "县纪委监委"),
])
def test_bodies_of_a_level_counted_are_a_class_not_the_places_own(nlp, text, cls):
    assert (cls, True) in spans(nlp(text), "ORG")
    assert (cls, False) not in spans(nlp(text), "ORG")


@pytest.mark.parametrize(("text", "cls"), [("争取国家部委支持。", "国家部委"), ("与中央部委加强对接。", "中央部委")])
def test_the_central_ministries_as_a_whole_are_a_class(nlp, text, cls):
    assert spans(nlp(text), "ORG") == [(cls, True)]
