"""The mechanism lexicon by domain: nationwide set phrases are named mechanisms, kinds of work are generic, and a
term is no mechanism inside a longer word (a lawsuit, a permit, a meeting) or as a manner of working."""

from __future__ import annotations

import pytest

from kg.pipeline.verbs import read_data, read_rows


def mechanisms(doc) -> list[tuple[str, bool]]:
    """(text, generic) of each mechanism, in text order."""
    return [(s.text, s._.kg_generic) for s in doc.spans["kg"] if s.label_ == "MECH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named systems of courts, procuratorates, public security and inspection tours (the lexicon's last block)
        ("柳溪县人民检察院推行捕诉合一，落实检察官办案责任制。", ["捕诉合一", "检察官办案责任制"]),
        ("青禾县公安局推行河湖警长制，县委开展政治巡察。", ["河湖警长制", "政治巡察"]),
        # discipline inspection and petitions: principles and steps of handling reports
        ("青禾县信访局坚持分级负责、分工处理，加强检查督办。", ["分级负责", "分工处理", "检查督办"]),
        ("柳溪县纪委监委开展案件评查，推进教育整顿。", ["案件评查", "教育整顿"]),
        ("青禾县信访局落实初信初访首办责任，推行领导干部阅批群众来信、带案下访。",
         ["初信初访", "领导干部阅批群众来信", "带案下访"]),
        # people's congress supervision
        ("云岭市人大常委会对政府债务进行专题审查，组织专题调查或者进行专题审议。", ["专题审查", "专题调查", "专题审议"]),
        # audit
        ("岚川省审计厅推动审计查出问题整改，开展预算执行审计和专项审计调查。",
         ["审计查出问题整改", "预算执行审计", "专项审计调查"]),
        # courts and procuratorates
        ("柳溪县人民法院推进审执分离，规范羁押必要性审查，推行类案检索。", ["审执分离", "羁押必要性审查", "类案检索"]),
        # government administration
        ("云岭市政府推行无差别受理，推动高频事项跨域通办。", ["无差别受理", "跨域通办"]),
        # ecology: a river's own plan, and the three battles named as one
        ("岚川省坚持一河一策，深入打好蓝天、碧水、净土保卫战。", ["一河一策", "蓝天、碧水、净土保卫战"]),
        # emergency and safety
        ("青禾县应急管理局落实领导带班和分级响应，开展安全生产大检查。", ["领导带班", "分级响应", "安全生产大检查"]),
        # budgets and finance
        ("云岭市财政局推进预算管理一体化，实行乡财县管。", ["预算管理一体化", "乡财县管"]),
        # grassroots governance, party building, rural revitalisation
        ("柳溪县推行一约四会，探索五社联动。", ["一约四会", "五社联动"]),
        ("青禾县委落实五级书记抓乡村振兴，推行双培双带。", ["五级书记抓乡村振兴", "双培双带"]),
        # campaigns named as a movement or a people's war; practices of lean government and shared results
        ("云岭市深入开展爱国卫生运动，打好禁毒人民战争。", ["爱国卫生运动", "禁毒人民战争"]),
        ("柳溪县持续精文减会，推行检查检验结果互认。", ["精文减会", "检查检验结果互认"]),
        # items named before the ending they share (府院 is 府院联动)
        ("青禾县深化府院、府检联动。", ["府院", "府检联动"]),
        # opening-up, fiscal, education, health and science systems (the session-13 block)
        ("岚川自贸片区推行一线放开、二线管住，试行合格境外有限合伙人试点。",
         ["一线放开、二线管住", "合格境外有限合伙人试点"]),
        ("云岭市深化省以下财政体制改革，开展专项债券自审自发。", ["省以下财政体制改革", "专项债券自审自发"]),
        ("青禾县推进三医协同，落实新时代教育评价改革。", ["三医协同", "新时代教育评价改革"]),
        ("柳溪县开展职务科技成果赋权改革，推行标准地出让。", ["职务科技成果赋权改革", "标准地出让"]),
    ],
)
def test_vocabulary_terms_named_by_domain(nlp, text, expected):
    assert mechanisms(nlp(text)) == [(name, False) for name in expected]


@pytest.mark.parametrize(
    "text",
    [
        "柳溪县检察院提起生态环境损害赔偿诉讼。",  # a kind of lawsuit, not the system (生态环境损害赔偿制度)
        "县生态环境局核发排污许可证。",  # a permit
        "云岭市医院集中采购药品耗材。",  # buying in bulk, not the procurement system
        "工程化项目化推进重点任务。",  # a manner of working
        "青禾县办好政企恳谈会。",  # a meeting
    ],
)
def test_vocabulary_terms_no_mechanism_inside_other_words(nlp, text):
    assert mechanisms(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 6 domains: health, natural resources, public security, procuratorate, court
        ("青禾县卫健委推行首诊负责制和双向转诊，落实预检分诊。", ["首诊负责制", "双向转诊", "预检分诊"]),
        ("柳溪县自然资源局推进增存挂钩，开展卫片执法，实现交房即交证。", ["增存挂钩", "卫片执法", "交房即交证"]),
        ("云岭市公安局深化警保联动，落实一标三实。", ["警保联动", "一标三实"]),
        ("岚川省人民检察院适用附条件不起诉，落实强制报告制度和入职查询制度。",
         ["附条件不起诉", "强制报告制度", "入职查询制度"]),
        ("青禾县人民法院推进分调裁审，实行一案一账号。", ["分调裁审", "一案一账号"]),
        # safety production, data, education, natural resources and water
        ("柳溪县应急管理局常态化开展打非治违，推行安全生产责任保险。", ["打非治违", "安全生产责任保险"]),
        ("云岭市数据局建立首席数据官制度，开展公共数据授权运营。", ["首席数据官制度", "公共数据授权运营"]),
        ("青禾县教育局推行公民同招，实行校长职级制。", ["公民同招", "校长职级制"]),
        ("岚川省深化集体林权制度改革，实行最严格水资源管理制度。", ["集体林权制度改革", "最严格水资源管理制度"]),
    ],
)
def test_vocabulary_terms_session6_domains(nlp, text, expected):
    assert mechanisms(nlp(text)) == [(name, False) for name in expected]


@pytest.mark.parametrize(
    "text",
    [
        "青禾县公安局成立合成作战中心。",  # a body named after the working method
        "云岭市网络安全审查办公室成立。",  # an office, not the review
        "柳溪县成立综合考核组。",  # a team named after a kind of work
    ],
)
def test_vocabulary_terms_session6_term_inside_a_body_name_is_no_mechanism(nlp, text):
    assert mechanisms(nlp(text)) == []


def test_vocabulary_terms_session6_kind_of_work_is_generic(nlp):
    assert mechanisms(nlp("柳溪县人社局加强劳动保障监察。")) == [("劳动保障监察", True)]


def test_vocabulary_terms_kind_of_work_is_generic(nlp):
    assert mechanisms(nlp("县政府依法规范涉企行政检查。")) == [("涉企行政检查", True)]
    # also when named without the ending it shares with the next item
    assert mechanisms(nlp("推动人大监督与审计、统计监督贯通协调。")) == [("审计", True), ("统计监督", True)]


def test_vocabulary_terms_an_item_before_a_shared_ending_keeps_its_whole_name(nlp):
    from kg.extract import extract_doc

    record = extract_doc(nlp("青禾县人民法院深化府院、府检联动。"), source="t.txt")
    assert sorted((e.name, tuple(m.text for m in e.mentions)) for e in record.entities if e.type == "MECH") == [
        ("府检联动", ("府检联动",)), ("府院联动", ("府院",))]


def test_vocabulary_terms_rows_are_unique_and_no_slogans():
    terms = [term for term, _ in read_rows(read_data("mechanism_terms.tsv"), 2)]
    slogans = {phrase for phrase, _ in read_rows(read_data("not_mechanisms.tsv"), 2)}
    assert len(terms) == len(set(terms))
    assert not set(terms) & slogans


def relations(doc) -> list[tuple[str, str, str]]:
    return [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations if rel != "PART_OF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县人大常委会建立预算联网监督系统。", [("县人大常委会", "ESTABLISHED", "预算联网监督系统")]),
        ("云岭市金融工作局建立并完善地方金融监管信息系统。", [("云岭市金融工作局", "ESTABLISHED", "地方金融监管信息系统")]),
        ("青禾县纪委监委搭建政企沟通平台。", [("青禾县纪委监委", "ESTABLISHED", "政企沟通平台")]),
        ("柳溪县纪委监委开发了电子票据查重系统。", [("柳溪县纪委监委", "ESTABLISHED", "电子票据查重系统")]),
    ],
)
def test_vocabulary_set_up_system_or_platform_is_generic_mechanism(nlp, text, expected):
    doc = nlp(text)
    assert relations(doc) == expected
    assert mechanisms(doc) == [(expected[0][2], True)]


@pytest.mark.parametrize(
    "text",
    [
        "青禾县纪委监委在纪检监察系统开展督查。",  # a sector, after no set-up verb
        "县政府搭建平台。",  # no description: no name
        "云岭市建设开发开放平台。",  # 开发 alone is no set-up verb (开发区, 大开发)
        "岚川省推进西部大开发形成新格局。",
    ],
)
def test_vocabulary_system_or_platform_elsewhere_is_no_mechanism(nlp, text):
    doc = nlp(text)
    assert mechanisms(doc) == []
    assert relations(doc) == []


def test_vocabulary_platform_after_a_count_drops_the_count(nlp):
    assert mechanisms(nlp("岚川省打造一批创新平台。")) == [("创新平台", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole object of a verb that sets a practice up, however long its description
        ("建立招商引资项目全生命周期服务体系。", [("招商引资项目全生命周期服务体系", True)]),
        ("县医保局建立临床急需药品进口便利化服务机制。", [("临床急需药品进口便利化服务机制", False)]),
        ("推动招商引资项目全生命周期服务体系建设。", []),  # no verb that sets it up
    ],
)
def test_vocabulary_long_description_as_the_whole_object_of_a_set_up_verb(nlp, text, expected):
    assert mechanisms(nlp(text)) == expected


def test_vocabulary_a_check_described_by_its_target_is_a_kind_in_an_article(nlp):
    from kg.extract import extract_doc

    article = extract_doc(nlp("省纪委监委在全省部署开展违规吃喝问题专项整治。"), source="t.txt")
    assert [(e.name, e.generic) for e in article.entities if e.type == "MECH"] == []  # 专项整治: a kind, unrelated
    assert article.relations == []
    report = extract_doc(nlp("河北省人民政府工作报告\n我们开展违规吃喝问题专项整治。"), source="t.txt")
    assert [r.tail.name for r in report.relations if r.type == "ESTABLISHED"] == ["违规吃喝问题专项整治"]


def test_vocabulary_terms_a_question_names_no_mechanism(nlp):
    assert [s.text for s in nlp("《条例》建立了哪些制度？建立了什么机制？").spans["kg"] if s.label_ == "MECH"] == []


def test_vocabulary_terms_kinds_of_inspection_from_the_nationwide_lexicon(nlp):
    doc = nlp("督察组组织下沉督察，省委巡视组开展提级巡视。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH"] == ["下沉督察", "提级巡视"]


def test_vocabulary_terms_a_place_programme_named_by_its_aim(nlp):
    doc = nlp("推进平安云南建设和法治山西，建设健康中国。云南省平安建设成效明显。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and not s._.kg_generic] == [
        "平安云南建设", "法治山西", "健康中国"]  # (平安建设 of a province: the kind of work)


def test_vocabulary_terms_disciplinary_measures_are_kinds_of_work(nlp):
    # 约谈, 诫勉谈话, 留置 are measures taken on persons, 检察建议 a kind of document: no named practice
    doc = nlp("对3人进行约谈、诫勉谈话，对1人采取留置措施，发出检察建议2份。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and not s._.kg_generic] == []


def test_vocabulary_terms_a_head_before_jicheng_is_no_head(nlp):
    assert [s.text for s in nlp("完成制度集成创新三年行动。").spans["kg"] if s.text.endswith("制度")] == []


def test_vocabulary_terms_a_quoted_system_ending_in_zhi_names_one(nlp):
    doc = nlp("实行科研经费“包干制”，推行“一单制”，为企业“量身定制”方案。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH"] == ["“包干制”", "“一单制”"]


def test_vocabulary_terms_a_verb_before_a_described_mechanism_is_no_part_of_it(nlp):
    doc = nlp("重构农业投资农民受益机制，畅通诉求快速响应机制。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH"] == ["农业投资农民受益机制", "诉求快速响应机制"]
