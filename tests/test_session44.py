"""Rules of session 44, on sentences written for these tests (made-up places and events)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract

# -- a verb of punishing ends a name: whom a regulator fines is no unit of it ----------------------------------------


@pytest.mark.parametrize(("text", "body"), [("中国证监会处罚公司。", "中国证监会"),
                                            ("国家外汇管理局处罚银行两家。", "国家外汇管理局"),
                                            ("滨溪县人民检察院起诉公司。", "滨溪县人民检察院"),
                                            ("滨溪市市场监管局吊销公司执照。", "滨溪市市场监管局")])
def test_a_verb_of_punishing_ends_the_name_before_it(nlp, text, body):
    names, rels = _extract(nlp, text)
    assert names.get(body, ("",))[0] == "ORG"
    assert [n for n in names if n.startswith(body) and n != body] == []
    assert not any(r == "PART_OF" for _, r, _ in rels)


# -- measures counted in quotes as new or double ones --------------------------------------------------------------


@pytest.mark.parametrize(("text", "doc"), [
    ("滨溪市人民政府出台家居建材“新八条”政策措施。", "家居建材新八条政策措施"),
    ("滨溪市人民政府出台稳订单拓市场“双10条”政策。", "稳订单拓市场双10条政策"),
    ("滨溪县人民政府制定实施乡村旅游“九条”措施。", "乡村旅游九条措施"),
    ("滨溪省人民政府出台安商惠企“新二十条”。", "安商惠企新二十条")])
def test_measures_counted_in_quotes_as_new_or_double_ones_are_documents(nlp, text, doc):
    names, rels = _extract(nlp, text)
    assert names.get(doc, ("",))[0] == "DOC"
    issuer = text[: text.index("人民政府") + 4]
    assert (issuer, "ISSUED", doc) in rels


@pytest.mark.parametrize("text", ["严格落实安全生产法第九条，强化企业主体责任。", "出台稳增长措施近九条。"])
def test_an_article_or_an_approximate_count_is_no_measures_document(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n in names if "九条" in n]


def test_a_provinces_union_of_rural_credit_cooperatives_keeps_its_whole_name(nlp):
    names, _ = _extract(nlp, "广西壮族自治区农村信用社联合社召开年度工作会议。")
    assert names.get("广西壮族自治区农村信用社联合社", ("",))[0] == "ORG"
    assert "广西壮族自治区农村信用社" not in names


# -- a task's note labelled with who leads it: the label is no body -------------------------------------------------

TASKS = """2026年滨溪市民生实事
1.开展校园周边交通秩序整治行动。（牵头单位：市交通运输局、市公安局）
2.推行“先看病后付费”服务模式。（责任单位：市卫生健康委；配合单位：市医保局）"""


def test_a_labelled_note_names_who_carries_out_the_task(nlp):
    _, rels = _extract(nlp, TASKS)
    assert ("市公安局", "ESTABLISHED", "校园周边交通秩序整治行动") in rels
    assert ("市卫生健康委", "ESTABLISHED", "先看病后付费服务模式") in rels


def test_a_notes_label_is_no_body_that_carries_out_the_task(nlp):
    _, rels = _extract(nlp, TASKS)
    assert not [r for r in rels if r[0] in ("牵头单位", "责任单位", "配合单位")]


# -- the terms a report's glossary explains -----------------------------------------------------------------------

GLOSSARY = """2026年滨溪市人民政府工作报告
名词解释
17.“厂房一张图”：把全市闲置厂房和可用地块集中上图。
18.“百企联链”：组织百家企业上下游对接。
19.“十五五”：第十五个五年规划时期。
20.“两个维护”：一句政治要求，不是一种做法。"""


def test_a_quoted_term_a_numbered_glossary_item_explains_is_a_practice(nlp):
    names, _ = _extract(nlp, GLOSSARY)
    assert names.get("厂房一张图", ("",))[0] == "MECH"
    assert names.get("百企联链", ("",))[0] == "MECH"


def test_a_glossarys_periods_and_slogans_stay_no_practices(nlp):
    names, _ = _extract(nlp, GLOSSARY)
    assert "十五五" not in names and "两个维护" not in names


def test_a_quote_before_a_colon_inside_a_sentence_is_no_glossary_term(nlp):
    names, _ = _extract(nlp, "他说，“厂房一张图”：这是我们的新尝试。")
    assert "厂房一张图" not in names


# -- public service centres named from their place by more kinds of work --------------------------------------------


@pytest.mark.parametrize("name", ["郴州市应急救援中心", "昭通市商会调解中心", "安顺市外商投资企业投诉中心",
                                  "定西市文化艺术中心", "郴州市突发事件预警信息发布中心", "昭通市水文水资源中心"])
def test_a_centre_named_from_its_place_by_its_work_is_a_body(nlp, name):
    names, _ = _extract(nlp, f"{name}开展年度工作。")
    assert names.get(name, ("",))[0] == "ORG"


def test_a_centre_a_place_means_to_become_is_no_body(nlp):
    names, _ = _extract(nlp, "把郴州市建设成为区域科技成果转化中心。")
    assert not [n for n in names if n.endswith("中心")]


# -- a verb of reporting back, a body sending its people, a school's second name, a whole level's schools --------


def test_a_result_reported_back_to_a_body_leaves_the_verb_out_of_its_name(nlp):
    names, rels = _extract(nlp, "考评结果及时反馈省委组织部干部一处和学员所在单位。")
    assert "省委组织部干部一处" in names
    assert not [n for n in names if n.startswith("反馈")]
    assert ("省委组织部干部一处", "PART_OF", "省委组织部") in rels


@pytest.mark.parametrize(("text", "body"), [("市纪委监委派员讲授警示教育课。", "市纪委监委"),
                                            ("县委派遣工作组进驻滨溪村。", "县委")])
def test_a_body_sending_its_people_keeps_its_whole_name(nlp, text, body):
    names, _ = _extract(nlp, text)
    assert body in names
    assert not [n for n in names if n.startswith(("遣", "市纪委监委派")) or n == "市纪委"]


def test_a_party_schools_bare_second_name_is_no_body(nlp):
    names, _ = _extract(nlp, "县委组织部统筹党校（行政学院）、干部学院和高校等培训机构。")
    assert "行政学院" not in names


def test_the_schools_of_a_whole_province_are_a_class(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "全省党校系统开展集体备课。全市党校要加强师资建设。")])
    assert [e.name for e in record.entities if e.name in ("全省党校", "全市党校") and not e.generic] == []


# -- a report's plan whose government names itself once and leaves itself out after -------------------------------

PLAN = """二、明年的重点任务
市政府将围绕年度目标任务，着力抓好以下三个方面工作，具体是：
（一）做强产业，壮大实体经济
组建滨溪市招商服务中心，建立“链长+链主”工作机制。
（二）聚力城乡融合
编制《滨溪市城乡融合发展规划（2026—2030年）》，健全县镇村三级联动推进机制。
（三）聚力改革攻坚
深化“放管服”改革，推行“一件事一次办”。"""


def test_a_plans_subjectless_sentences_are_the_government_that_names_itself(nlp):
    names, rels = _extract(nlp, PLAN)
    government = next(n for n in names if n.endswith("市政府"))
    assert (government, "ESTABLISHED", "链长+链主工作机制") in rels
    assert (government, "ISSUED", "滨溪市城乡融合发展规划(2026-2030年)") in rels
    assert (government, "ESTABLISHED", "一件事一次办") in rels


def test_an_article_naming_a_government_gives_it_no_subjectless_sentences(nlp):
    text = ("近日，滨溪市纪委监委会同市政府办公室开展专项检查。\n检查发现，部分单位台账不全、整改迟缓。\n"
            "建立“企安码”监管机制。")
    _, rels = _extract(nlp, text)
    assert not [r for r in rels if r[0].endswith("市政府") and r[2] == "企安码监管机制"]


def test_a_quoted_bank_a_body_puts_into_practice_is_a_practice(nlp):
    names, _ = _extract(nlp, "滨溪县教育局推行“学分银行”，与“稻香银行”签约合作。")
    assert names.get("学分银行", ("",))[0] == "MECH"
    assert names.get("稻香银行", ("",))[0] == "ORG"


@pytest.mark.parametrize("text", ["在“常德机关党建”微信公众号开设专栏。", "“郴州市政府发布”客户端推送消息。"])
def test_a_quoted_outlets_title_holds_no_body(nlp, text):
    names, _ = _extract(nlp, text)
    assert [n for n, (kind, _) in names.items() if kind == "ORG"] == []


# -- a party organ of a class of committees ------------------------------------------------------------------------


def test_an_office_housed_in_the_party_organ_of_its_level(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "平安建设领导小组办公室设在同级党委政法委员会，承担日常工作。")])
    names = {e.name: e.generic for e in record.entities}
    assert names.get("同级党委政法委员会") is True
    assert "政法委员会" not in names
    assert ("平安建设领导小组办公室", "PART_OF", "同级党委政法委员会") in {
        (r.head.name, r.type, r.tail.name) for r in record.relations}


def test_the_office_of_a_coordination_mechanism_is_a_body(nlp):
    names, rels = _extract(nlp, "乡村振兴工作协调机制办公室设在同级农业农村主管部门，承担日常工作。")
    assert names.get("乡村振兴工作协调机制办公室", ("",))[0] == "ORG"
    assert ("乡村振兴工作协调机制办公室", "PART_OF", "同级农业农村主管部门") in rels


@pytest.mark.parametrize("levels", ["市、县（区）", "市、县", "省、市、县（市、区）"])
def test_a_domains_departments_of_listed_levels_are_a_class_led_by_the_province(nlp, levels):
    (record,) = extract_texts(nlp, [("t.txt", f"滨溪省数据局负责指导、监督{levels}数据主管部门开展工作。")])
    cls = next(e for e in record.entities if e.name.endswith("数据主管部门"))
    assert cls.generic and cls.name.startswith(levels[0])
    assert ("滨溪省数据局", "LEADS", cls.name) in {(r.head.name, r.type, r.tail.name) for r in record.relations}


def test_a_governments_department_and_its_short_form_without_the_government_are_one_body(nlp):
    names, _ = _extract(nlp, "省人民政府数据主管部门负责全省数据工作。省数据主管部门应当编制公共数据目录。")
    assert "省数据主管部门" not in names
    assert "省数据主管部门" in names["省人民政府数据主管部门"][1]


def test_a_government_and_a_body_of_its_place_stay_two(nlp):
    names, _ = _extract(nlp, "市人民政府办公室印发通知。市政府召开常务会议。")
    assert "市人民政府办公室" in names and "市人民政府" in names


# -- a report's congress by its bare name; a unit set up by its level ----------------------------------------------


def test_the_congress_a_county_government_reports_to_is_the_countys(nlp):
    text = ("政府工作报告\n——在青禾县人民代表大会年度会议上\n各位代表：\n"
            "下面我代表县人民政府向大会报告一年来的工作。")
    names, _ = _extract(nlp, text)
    assert "大会" not in names
    assert "大会" in names["青禾县人民代表大会"][1]


def test_a_plan_submitted_to_the_congress_names_it(nlp):
    names, _ = _extract(nlp, "《郴州市“十五五”发展纲要（草案）》提交大会审查。")
    assert [n for n, (kind, mentions) in names.items() if kind == "ORG" and "大会" in mentions]


@pytest.mark.parametrize(("text", "unit"), [("设立市营商环境监督局。", "市营商环境监督局"),
                                            ("组建县农业综合服务中心。", "县农业综合服务中心")])
def test_a_unit_set_up_by_its_level_alone_is_a_body(nlp, text, unit):
    names, _ = _extract(nlp, "2026年滨溪县人民政府工作报告。" + text)
    assert any(n.endswith(unit[1:]) for n in names)


@pytest.mark.parametrize(("text", "name"), [("“亮码检查”全面推广应用。", "亮码检查"), ("“白鹭贷”推广应用到12个领域。", "白鹭贷")])
def test_a_quoted_practice_rolled_out_is_named(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert names.get(name, ("",))[0] == "MECH"


def test_a_quoted_period_rolled_out_is_no_practice(nlp):
    names, _ = _extract(nlp, "“十五五”规划纲要全面推广宣传。")
    assert "十五五" not in names


# -- the bodies of a kind in a whole place, in every place, of listed levels ----------------------------------------


@pytest.mark.parametrize(("text", "leader", "cls"), [
    ("郴州市中级人民法院指导全市法院开展执行攻坚。", "郴州市中级人民法院", "全市法院"),
    ("滨溪省公安厅统筹各地公安机关开展夏季治安打击整治行动。", "滨溪省公安厅", "各地公安机关"),
    ("滨溪省林草局指导各盟市林草部门开展防火检查。", "滨溪省林草局", "各盟市林草部门"),
    ("滨溪省林草局指导各市县林业部门开展防火检查。", "滨溪省林草局", "各市县林业部门")])
def test_a_class_of_bodies_in_a_whole_place_or_of_listed_levels_is_led(nlp, text, leader, cls):
    (record,) = extract_texts(nlp, [("t.txt", text)])
    assert [e.generic for e in record.entities if e.name == cls] == [True]
    assert (leader, "LEADS", cls) in {(r.head.name, r.type, r.tail.name) for r in record.relations}


@pytest.mark.parametrize("text", ["统筹协调党校（行政学院）、干部学院等培训机构。", "干部5年内参加党校（行政学院）培训。"])
def test_a_verb_before_a_bare_party_school_names_no_school(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n in names if n.endswith("党校")]


@pytest.mark.parametrize(("text", "school"), [("县委党校开展宣讲。", "县委党校"), ("中共中央党校举办培训班。", "中共中央党校")])
def test_a_committees_party_school_is_a_body(nlp, text, school):
    names, _ = _extract(nlp, text)
    assert names.get(school, ("",))[0] == "ORG"


@pytest.mark.parametrize(("text", "cls"), [("郴州市公立医院全面推行检查结果互认。", "郴州市公立医院"),
                                           ("全市民办学校开展安全自查。", "民办学校")])
def test_public_hospitals_and_private_schools_of_a_place_are_a_class(nlp, text, cls):
    (record,) = extract_texts(nlp, [("t.txt", text)])
    assert [e.name for e in record.entities if e.name.endswith(cls) and not e.generic] == []


@pytest.mark.parametrize(("text", "body"), [("其涉嫌犯罪问题由大同市监委移送检察机关。", "大同市监委"),
                                            ("省委巡视组对大同市纪委监委开展巡视。", "大同市纪委监委")])
def test_a_city_named_like_a_word_after_a_preposition_is_the_city(nlp, text, body):
    names, _ = _extract(nlp, text)
    assert body in names


def test_a_county_named_like_a_verb_inside_a_clause_stays_the_verb(nlp):
    _, rels = _extract(nlp, "县应急管理局会同县消防救援大队开展检查。")
    assert ("县应急管理局", "COOPERATES_WITH", "县消防救援大队") in rels


# -- the body before a verb that describes a title issued it, whatever stands before the body -------------------


@pytest.mark.parametrize(("text", "issuers", "title"), [
    ("滨溪州委出台实施细则，对中共中央办公厅印发的《推进领导干部能上能下规定》逐项细化。", ["中共中央办公厅"],
     "推进领导干部能上能下规定"),
    ("按照郴州市委、郴州市人民政府联合印发的《郴州市乡村振兴实施方案》要求，开展工作。",
     ["郴州市委", "郴州市人民政府"], "郴州市乡村振兴实施方案")])
def test_the_body_before_a_verb_describing_a_title_issued_it(nlp, text, issuers, title):
    _, rels = _extract(nlp, text)
    assert {h for h, r, t in rels if r == "ISSUED" and t == title} == set(issuers)


@pytest.mark.parametrize("text", ["其中粮食仓储设施新增12处。", "集中建设一批重点项目。", "高中建设提速。"])
def test_a_word_ending_in_zhong_holds_no_central_firm(nlp, text):
    names, _ = _extract(nlp, text)
    assert [n for n, (kind, _) in names.items() if kind == "ORG"] == []


def test_a_central_firm_by_its_short_name_after_a_verb_is_still_found(nlp):
    names, _ = _extract(nlp, "与中建三局签约，携手中粮建设粮食产业园。")
    assert "中建三局" in names and "中粮" in names
