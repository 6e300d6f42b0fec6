"""Shapes of real work reports that name documents, pilots and practices without 《》; on sentences written for
these tests (青禾, 云岭 and 白鹭 are made-up places)."""

from __future__ import annotations

import pytest


def named(doc, label: str) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == label and not s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("全面实施白鹭营商环境80项提升举措，企业满意度提升。", ["白鹭营商环境80项提升举措"]),
        ("出台推动省属企业提质增效15项重点举措，成效明显。", ["推动省属企业提质增效15项重点举措"]),
        ("推动优化农业用水价格机制9条举措落地见效。", ["优化农业用水价格机制9条举措"]),
        ("青禾港口贸易便利化总体方案“45条”基本落地，通关时间压减。", ["青禾港口贸易便利化总体方案“45条”"]),
        ("推动出台支持民营企业发展“18条”，", ["支持民营企业发展“18条”"]),
    ],
)
def test_measures_named_with_their_count_are_documents(nlp, text, docs):
    assert named(nlp(text), "DOC") == docs


@pytest.mark.parametrize(
    "text",
    [
        "出台稳就业措施近60条。",  # a count of measures, not their name
        "落实30项任务，完成15项改革。",  # tasks are no measures
        "青禾市政府出台“18条”。",  # too short to name what they are about
        "全年新增就业“12万”人，",  # a quoted number that is no count of articles
    ],
)
def test_counts_that_name_no_document(nlp, text):
    assert named(nlp(text), "DOC") == []


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("青禾自由贸易港法颁布实施。", ["青禾自由贸易港法"]),
        ("全国首张云岭跨境服务贸易负面清单出台实施，外资准入放宽。", ["云岭跨境服务贸易负面清单"]),
        ("青禾市物业管理条例正式施行。", ["青禾市物业管理条例"]),
    ],
)
def test_a_document_opening_a_clause_that_puts_it_in_force(nlp, text, docs):
    assert named(nlp(text), "DOC") == docs


@pytest.mark.parametrize("text", ["该办法颁布实施。", "依法行政颁布实施。", "相关规定施行。"])
def test_no_document_opens_a_clause_without_a_name(nlp, text):
    assert named(nlp(text), "DOC") == []


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("发布首批云岭数据出境负面清单及操作指引，推动数据流动。", ["云岭数据出境负面清单及操作指引"]),
        ("编制实施新一轮青禾市中长期青年发展规划，", ["青禾市中长期青年发展规划"]),
        ("出台首个青禾茶产业支持措施，", ["青禾茶产业支持措施"]),
    ],
)
def test_the_batch_or_round_is_no_part_of_a_documents_name(nlp, text, docs):
    assert named(nlp(text), "DOC") == docs


@pytest.mark.parametrize(
    ("text", "pilots"),
    [
        ("白鹭市获批国家服务业扩大开放综合试点城市。", ["国家服务业扩大开放综合试点"]),
        ("青禾要素市场化配置综合改革试点获批，", ["青禾要素市场化配置综合改革试点"]),
        ("云岭增值电信业务扩大对外开放试点落地。", ["云岭增值电信业务扩大对外开放试点"]),
        ("成功争创青禾港口集结中心、跨境经贸专用通道国家试点，", ["跨境经贸专用通道国家试点"]),
        ("青禾全域纳入国家要素市场化配置综合改革试点。", ["国家要素市场化配置综合改革试点"]),
        ("白鹭获批新一轮服务业扩大开放综合试点，", ["服务业扩大开放综合试点"]),
    ],
)
def test_a_named_reform_pilot_is_a_practice(nlp, text, pilots):
    assert named(nlp(text), "MECH") == pilots


@pytest.mark.parametrize("text", ["部分地区先行试点，积累经验。", "科技企业并购贷款等国家试点落地。", "试点工作稳步推进。"])
def test_pilots_of_no_kind_or_summed_up_are_no_names(nlp, text):
    assert named(nlp(text), "MECH") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾市深入开展“八五”普法，", "八五普法"),
        ("扎实推进“九五”普法，完善法律咨询体系。", "九五普法"),
        ("推进“三公”经费公开，", "三公经费公开"),
        ("“12345”热线受理诉求80万件。", "12345热线"),
    ],
)
def test_a_nationwide_term_with_its_first_part_quoted_is_named_without_the_marks(text, name):
    from kg.corpus import extract_texts, load

    record = extract_texts(load(), [("t", text)])[0]
    assert name in [e.name for e in record.entities if e.type == "MECH"]


def test_a_quote_that_only_begins_a_word_is_no_term(nlp):
    assert named(nlp("“九五”期间，青禾市经济增长较快。"), "MECH") == []


def test_central_enterprises_by_their_short_names_are_bodies(nlp):
    got = named(nlp("青禾市引入国机集团、中国国新、中国五矿等央企，与中国交建签约。"), "ORG")
    assert got == ["国机集团", "中国国新", "中国五矿", "中国交建"]


def test_the_conference_listed_among_who_oversees_a_government(nlp):
    assert named(nlp("主动接受人大、政协及各方面监督。"), "ORG") == ["人大", "政协"]
    assert named(nlp("政协委员和人大代表参加调研。"), "ORG") == []


def test_a_second_verb_before_a_mechanism_is_no_part_of_its_name(nlp):
    assert named(nlp("深化拓展灾害预警响应机制，加强综合救援能力建设。"), "MECH") == ["灾害预警响应机制"]
    assert named(nlp("建立市场拓展机制。"), "MECH") == ["市场拓展机制"]


def test_quoted_campaigns_sharing_one_head_are_each_a_campaign():
    from kg.corpus import extract_texts, load

    record = extract_texts(load(), [("t", "推进“百企出海”“青禾制造”“云岭优品”行动计划，外贸增长。")])[0]
    spans = sorted((m.start, m.end) for e in record.entities if e.type == "MECH" for m in e.mentions)
    # each quote (given without the marks that wrap it whole), the last with the head they share
    assert spans == [(3, 7), (9, 13), (14, 24)]


def test_a_mass_organisation_by_its_short_name_after_fahui_hao(nlp):
    assert named(nlp("发挥好工商联、商会组织桥梁纽带作用。"), "ORG") == ["工商联"]
    assert named(nlp("发挥好工会作用。"), "ORG") == []  # no list: 工会 may be any


@pytest.mark.parametrize(
    ("text", "labs"),
    [
        ("支持紫云山实验室等重大平台发挥作用。", ["紫云山实验室"]),
        ("依托青禾湖实验室开展联合攻关。", ["青禾湖实验室"]),
        ("推动白鹭国家实验室青禾基地建设。", ["白鹭国家实验室", "白鹭国家实验室青禾基地"]),  # its base, a body too
        ("支持云岭、青禾、白鹭3个省实验室高效运营。", ["云岭", "青禾", "白鹭"]),  # each named with the head
        ("推进金沙、紫云山、青禾湖实验室建设。", ["金沙", "紫云山", "青禾湖实验室"]),  # not 推进金沙
    ],
)
def test_laboratories_named_after_a_mountain_lake_or_place(nlp, text, labs):
    assert named(nlp(text), "ORG") == labs


@pytest.mark.parametrize("text", ["新建省级重点实验室。", "建强用好国家实验室。", "争取在青禾国家实验室布局。"])
def test_laboratories_of_no_name(nlp, text):
    assert named(nlp(text), "ORG") == []


def test_quotes_before_a_quoted_name_with_its_head_share_the_head():
    from kg.corpus import extract_texts, load

    record = extract_texts(load(), [("t", "青禾市“府院”“府检”联动机制覆盖率达到100%。")])[0]
    assert sorted(e.name for e in record.entities if e.type == "MECH") == ["府检联动机制", "府院联动机制"]
    record = extract_texts(load(), [("t", "推行“甲乙”机制“丙丁”机制。")])[0]  # each with a head of its own
    assert sorted(e.name for e in record.entities if e.type == "MECH") == ["丙丁机制", "甲乙机制"]


@pytest.mark.parametrize(
    ("text", "campaign"),
    [
        ("我们全力推进各项工作。青禾依法行政能力提升行动深入开展，府院联动覆盖全省。", "青禾依法行政能力提升行动"),
        ("我们狠抓落实。云岭兴边富民行动扎实推进。", "云岭兴边富民行动"),
    ],
)
def test_a_campaign_named_as_the_subject_of_a_clause_that_carries_it_out(nlp, text, campaign):
    assert campaign in named(nlp(text), "MECH")


@pytest.mark.parametrize("text", ["我们要求，持续开展专项行动深入推进。", "我们看到，行动深入开展。"])
def test_no_campaign_opens_a_clause_without_a_name(nlp, text):
    assert named(nlp(text), "MECH") == []


def test_a_five_year_plan_by_its_number_is_a_document_of_its_text():
    from kg.corpus import extract_texts, load

    record = extract_texts(load(), [("t", "“十四五”规划主要目标任务圆满完成，“十四五”时期经济增长较快。")])[0]
    docs = [(e.id, e.name, e.scope) for e in record.entities if e.type == "DOC"]
    # each place's own plan: one node per text, not one for all, and not the nation's plan
    assert docs == [("DOC:十四五规划", "十四五规划", "document")]


def test_a_five_year_plan_inside_a_title_is_no_document_of_its_own(nlp):
    assert named(nlp("印发《青禾市“十四五”规划》。"), "DOC") == ["青禾市“十四五”规划"]


def test_a_national_centre_named_by_its_field_is_a_body(nlp):
    got = named(nlp("争建国家青禾茶技术创新中心、国家儿童眼病医学中心，"), "ORG")
    assert got == ["国家青禾茶技术创新中心", "国家儿童眼病医学中心"]
    assert named(nlp("建设若干国家技术创新中心。"), "ORG") == []  # no field: no name


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        ("推动青禾民营经济促进条例、行政执法监督条例等地方立法。", ["青禾民营经济促进条例", "行政执法监督条例"]),
        ("实施好新版青禾鼓励外商投资产业目录，积极引进外资。", ["青禾鼓励外商投资产业目录"]),
        ("推动出台全国首部促进两岸标准共通地方性法规，", ["促进两岸标准共通地方性法规"]),
        ("全面落实市场准入负面清单，", ["市场准入负面清单"]),
    ],
)
def test_regulations_catalogues_and_lists_named_after_a_verb(nlp, text, docs):
    assert named(nlp(text), "DOC") == docs


@pytest.mark.parametrize("text", ["推动乡村振兴规划落地。", "实施负面清单管理。", "推动出台相关条例。"])
def test_no_document_named_where_the_verb_takes_none(nlp, text):
    assert named(nlp(text), "DOC") == []


def test_growing_together_is_no_working_together():
    from kg.corpus import extract_texts, load

    text = "青禾市引入国机集团、中国国新等央企战略力量联合发展。"
    assert [r.type for r in extract_texts(load(), [("t", text)])[0].relations] == []
    text = "青禾市市场监管局与青禾市公安局联合开展执法检查。"
    assert [r.type for r in extract_texts(load(), [("t", text)])[0].relations] == ["COOPERATES_WITH"]


def test_in_a_report_whose_government_goes_unnamed_no_body_named_before_is_the_subject():
    from kg.corpus import extract_texts, load

    text = "我们办好教育。青禾大学进入全国高校排名百强。学前一年免费教育落地实施。在全国率先实施长期护理保险制度。"
    record = extract_texts(load(), [("t", text)])[0]
    assert [(r.head, r.type) for r in record.relations] == []  # the unnamed government's, not the university's
    text = "青禾市纪委监委加强监督。同时，建立“三反馈”机制。"  # an article: the subject goes on
    record = extract_texts(load(), [("t", text)])[0]
    assert [(r.head.name, r.type) for r in record.relations] == [("青禾市纪委监委", "ESTABLISHED")]


def test_a_mechanism_described_with_de_as_the_whole_object_of_a_verb_that_sets_it_up(nlp):
    doc = nlp("完善集中力量办大事的青禾财政保障机制。")
    assert named(doc, "MECH") == ["集中力量办大事的青禾财政保障机制"]
    doc = nlp("完善防治作风问题的制度机制。")  # a generic one, described
    assert named(doc, "MECH") == []


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        ("青禾集团、云岭控股跻身中国企业500强。", ["青禾集团", "云岭控股"]),
        ("白鹭证券、青禾人寿成功落户，", ["白鹭证券", "青禾人寿"]),
    ],
)
def test_companies_listed_by_their_short_names_as_the_subject_of_an_achievement(nlp, text, companies):
    assert named(nlp(text), "ORG") == companies


@pytest.mark.parametrize("text", ["国有证券、民营人寿稳健发展。", "金穗证券成功落户。", "推动金穗证券、白鹭人寿重组。"])
def test_no_companies_listed_where_a_class_a_single_name_or_an_object_stands(text):
    from kg.pipeline.bare_bodies import listed_companies

    assert listed_companies(text) == []


def test_campaigns_listed_before_deng_and_their_head_are_each_named_with_it():
    from kg.corpus import extract_texts, load

    record = extract_texts(load(), [("t", "深入实施青货出海、云岭优品等行动，建好平台。")])[0]
    assert sorted(e.name for e in record.entities if e.type == "MECH") == ["云岭优品行动", "青货出海行动"]
    record = extract_texts(load(), [("t", "开展违规吃喝、违规收礼等专项整治。")])[0]  # targets of a clean-up
    assert [e.name for e in record.entities if e.type == "MECH" and not e.generic] == []


def test_a_hospitals_and_a_universitys_branches_are_part_of_them():
    from kg.corpus import extract_texts, load

    text = "省人民医院南院、白鹭市口腔医院青禾医院等投入使用，青禾大学白鹭分校开学。"
    record = extract_texts(load(), [("t", text)])[0]
    parts = sorted((r.head.name, r.tail.name) for r in record.relations if r.type == "PART_OF")
    assert parts == [("白鹭市口腔医院青禾医院", "白鹭市口腔医院"), ("省人民医院南院", "省人民医院"),
                     ("青禾大学白鹭分校", "青禾大学")]
    text = "青禾市中医医院和市人民医院联合义诊。"  # two hospitals, neither a branch of the other
    record = extract_texts(load(), [("t", text)])[0]
    assert [r.type for r in record.relations] == ["COOPERATES_WITH"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("联合国开发计划署与青禾市签署协议。", "联合国开发计划署"),
        ("欧盟与中方举行对话。", "欧盟"),
        ("上合组织成员国元首理事会会议在白鹭召开。", "上合组织"),
        ("亚投行批准青禾项目贷款。", "亚投行"),
    ],
)
def test_international_organisations_by_full_and_short_names(nlp, text, body):
    assert body in named(nlp(text), "ORG")


def test_the_party_organ_a_former_secretary_led_is_a_body_part_of_its_own():
    from kg.corpus import extract_texts, load

    text = "青禾市纪委监委查处了青禾粮食集团有限公司原党委书记、董事长张某案。"
    record = extract_texts(load(), [("t", text)])[0]
    organ = next(e for e in record.entities if e.name == "青禾粮食集团有限公司党委")
    assert [m.text for m in organ.mentions] == ["党委"]
    assert ("青禾粮食集团有限公司党委", "PART_OF", "青禾粮食集团有限公司") in [
        (r.head.name, r.type, r.tail.name) for r in record.relations]
    record = extract_texts(load(), [("t", "青禾市交通局原局长王某接受审查。")])[0]  # no organ named
    assert [e.name for e in record.entities] == ["青禾市交通局"]


def test_a_law_cited_by_name_is_none_inside_falv(nlp):
    assert named(nlp("提供融资租赁、会计法律咨询等服务。"), "DOC") == []  # 会计 + 法律咨询
    assert named(nlp("严格执行会计法。"), "DOC") == ["会计法"]


def test_a_phrase_of_guidance_between_leads_under_and_the_subject_is_skipped():
    from kg.corpus import extract_texts, load

    text = ("回望一年来的工作，青禾取得的成绩，是在党中央的坚强领导下，"
            "在改革精神的正确指引下，省委团结带领广大干部群众苦干实干得来的。")
    record = extract_texts(load(), [("t", text)])[0]
    assert [(r.head.name, r.type, r.tail.name) for r in record.relations] == [("党中央", "LEADS", "省委")]
