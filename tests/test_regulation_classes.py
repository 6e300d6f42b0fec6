"""Classes of bodies in regulations named by the levels they belong to (县级以上地方档案主管部门, 同级医疗保障部门,
县（区）物业管理主管部门) and their relations; on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from tests.conftest import relations_of as relations


def triples(text: str, nlp) -> set[tuple[str, str, str]]:
    """(head, type, tail) of each relation of ``text``'s record, by the entities' names."""
    return {(r.head.name, r.type, r.tail.name) for r in extract_doc(nlp(text), source="t.txt").relations}


def orgs(doc, *, generic: bool) -> list[str]:
    """The ORG spans of ``doc``, generic (classes) or named."""
    return [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and s._.kg_generic is generic]


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        # the levels written before a department's domain belong to the class's name
        ("县级以上地方档案主管部门负责本行政区域内的档案工作。", ["县级以上地方档案主管部门"]),
        ("省级以上各级统计主管部门负责汇总。", ["省级以上各级统计主管部门"]),
        ("县（市、区）教育行政部门负责实施。", ["县（市、区）教育行政部门"]),
        ("设区的市生态环境主管部门负责实施。", ["设区的市生态环境主管部门"]),
        ("由同级医疗保障部门负责复核。", ["同级医疗保障部门"]),
        ("同级保密行政管理部门负责审查。", ["同级保密行政管理部门"]),
        # a domain no lexicon lists, between the levels and 主管部门
        ("县（区）物业管理主管部门负责备案。", ["县（区）物业管理主管部门"]),
        # no levels: the class as before
        ("档案主管部门负责指导。", ["档案主管部门"]),
    ],
)
def test_a_department_class_keeps_the_levels_written_before_it(nlp, text, classes):
    assert orgs(nlp(text), generic=True) == classes


@pytest.mark.parametrize(
    "text",
    [
        "市生态环境主管部门负责实施。",  # a level character alone: the place's own department, a body
        "青禾县生态环境主管部门负责实施。",
    ],
)
def test_a_department_after_a_place_or_its_level_stays_a_body(nlp, text):
    doc = nlp(text)
    assert orgs(doc, generic=True) == []
    assert len(orgs(doc, generic=False)) == 1


def test_no_class_reaches_over_a_government_or_a_class_marker(nlp):
    doc = nlp("县级以上地方人民政府及其有关主管部门应当给予支持。")
    assert orgs(doc, generic=True) == ["县级以上地方人民政府", "有关主管部门"]


def test_the_level_classes_cooperate_and_set_up_what_the_article_names(nlp):
    doc = nlp("第六条 县级以上地方档案主管部门应当会同同级保密行政管理部门建立档案外包服务安全审查制度。")
    assert relations(doc) == [
        ("县级以上地方档案主管部门", "COOPERATES_WITH", "同级保密行政管理部门"),
        ("县级以上地方档案主管部门", "ESTABLISHED", "档案外包服务安全审查制度"),
        ("同级保密行政管理部门", "ESTABLISHED", "档案外包服务安全审查制度"),
    ]


def test_a_department_leads_the_lower_levels_class_it_guides(nlp):
    doc = nlp("第四条 市住房和城乡建设主管部门负责全市物业管理活动的监督管理工作，指导县（区）物业管理主管部门开展工作。")
    assert ("市住房和城乡建设主管部门", "LEADS", "县（区）物业管理主管部门") in relations(doc)


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        ("市纪委监委成立专班，由第四监督检查室牵头。", "第四监督检查室", "市纪委监委"),
        ("青禾县纪委监委坚持严的基调。\n第二审查调查室对该案开展审查调查。", "第二审查调查室", "青禾县纪委监委"),
        # the nearest commission before it
        ("市纪委监委督办，县纪委监委受理，第一纪检监察室核查。", "第一纪检监察室", "县纪委监委"),
    ],
)
def test_a_commissions_numbered_office_named_bare_is_part_of_the_commission_before_it(nlp, text, unit, parent):
    assert (unit, "PART_OF", parent) in relations(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "由第四监督检查室牵头，市纪委监委参与。",  # no commission before it
        "县委巡察办牵头，第二巡察组进驻。",  # a team is no commission's office
    ],
)
def test_a_bare_numbered_office_with_no_commission_before_it_has_no_parent(nlp, text):
    assert [r for r in relations(nlp(text)) if r[1] == "PART_OF" and r[2].endswith("纪委监委")] == []


@pytest.mark.parametrize(
    "text",
    ["青禾市中小学校开展安全教育。", "推动其印发《绵阳市中小学校食堂管理十条措施》。", "青禾县中小学开展安全教育。"],
)
def test_a_place_before_the_schools_of_a_kind_names_no_school(nlp, text):
    assert orgs(nlp(text), generic=False) == []


def test_a_school_named_after_a_place_is_still_a_body(nlp):
    assert orgs(nlp("绵阳市实验小学和青禾县第一中学开展活动。"), generic=False) == ["绵阳市实验小学", "青禾县第一中学"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # 联合/会同 before a name of a university is the verb (whom a body joins), not part of the name
        ("市政府联合南湖大学共建产业研究院。", ["市政府", "南湖大学", "产业研究院"]),
        ("签署合作协议，联合青禾理工大学共建智能制造研究院。", ["青禾理工大学", "智能制造研究院"]),
        ("北京联合大学开展活动。", ["北京联合大学"]),
        # a university's affiliated hospital is a body of its own
        ("市卫健委会同青禾医科大学附属医院开展义诊。", ["市卫健委", "青禾医科大学", "青禾医科大学附属医院"]),
    ],
)
def test_a_verb_joining_a_university_is_no_part_of_its_name(nlp, text, named):
    assert orgs(nlp(text), generic=False) == named


def test_a_body_joining_a_university_cooperates_with_it_and_both_set_up_what_they_build(nlp):
    found = relations(nlp("市政府联合南湖大学共建产业研究院。"))
    assert found == [("市政府", "COOPERATES_WITH", "南湖大学"), ("市政府", "ESTABLISHED", "产业研究院"),
                     ("南湖大学", "ESTABLISHED", "产业研究院")]


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("由省工业和信息化厅指导各设区市人民政府编制方案。", ["各设区市人民政府"]),
        ("设区的市人民政府负责组织实施。", ["设区的市人民政府"]),
        ("设区市、县级人民政府负责组织实施。", ["设区市、县级人民政府"]),
    ],
)
def test_the_governments_of_cities_with_districts_are_one_class(nlp, text, classes):
    assert orgs(nlp(text), generic=True) == classes


def test_a_class_of_governments_never_speaks_for_a_report(nlp):
    doc = nlp("过去一年，在党中央、国务院和省委的坚强领导下，我们统筹推进各项工作。\n"
              "由省工业和信息化厅指导各设区市人民政府编制方案。\n我们出台《青禾省低空经济促进办法》。")
    assert not any(h == "各设区市人民政府" for h, _, _ in relations(doc))


@pytest.mark.parametrize(
    ("text", "body", "parts"),
    [
        # a body a verb sets up keeps the body its name starts with, as its parent
        ("组建省政府涉企行政检查监督中心，设在省司法厅，统筹指导全省工作。", "省政府涉企行政检查监督中心",
         [("省政府涉企行政检查监督中心", "PART_OF", "省政府"), ("省政府涉企行政检查监督中心", "PART_OF", "省司法厅")]),
        # a level of its own (自治区) starts the name; the body just set up is housed where the next clause says
        ("设立自治区营商环境投诉受理中心，设在自治区发展改革委。", "自治区营商环境投诉受理中心",
         [("自治区营商环境投诉受理中心", "PART_OF", "自治区发展改革委")]),
        ("组建自治区儿童医疗中心，推行医共体。", "自治区儿童医疗中心", []),
    ],
)
def test_a_body_set_up_is_named_whole_and_housed_where_the_next_clause_says(nlp, text, body, parts):
    doc = nlp(text)
    assert body in orgs(doc, generic=False)
    assert [r for r in relations(doc) if r[1] == "PART_OF"] == parts


def test_a_clause_between_keeps_the_housing_with_the_subject(nlp):
    found = relations(nlp("县委巡察办是县委工作机构，设在县纪委监委。"))
    assert ("县委巡察办", "PART_OF", "县纪委监委") in found
    assert ("县委", "PART_OF", "县纪委监委") not in found


def test_a_count_of_bodies_after_a_list_is_no_part_of_the_last_name(nlp):
    doc = nlp("纪检监察组对青禾市第一人民医院、青禾市中医医院等4家医院开展专项检查。")
    assert orgs(doc, generic=False) == ["纪检监察组", "青禾市第一人民医院", "青禾市中医医院"]


def test_a_departments_leaders_meeting_is_part_of_it_and_what_it_approves_the_department_issues(nlp):
    doc = nlp("《小型水库安全运行管理办法》已经2025年10月28日水利部部务会议审议通过，现予公布。")
    assert ("水利部部务会议", "PART_OF", "水利部") in relations(doc)
    assert ("水利部", "ISSUED", "小型水库安全运行管理办法") in relations(doc)


@pytest.mark.parametrize("text", ["经省财政厅厅务会议研究决定。", "经市审计局局务会议审议。"])
def test_other_leaders_meetings_too(nlp, text):
    assert any(r == "PART_OF" and h.endswith("务会议") for h, r, _ in relations(nlp(text)))


def test_the_words_introducing_a_short_name_are_no_part_of_it(nlp):
    doc = nlp("设立青禾市纪委监委派驻开发区纪检监察工作委员会（以下简称开发区纪检监察工委），作为派出机构。")
    assert "开发区纪检监察工委" in orgs(doc, generic=False)
    assert not any("简称" in o for o in orgs(doc, generic=False))


def test_levels_in_brackets_with_prefectures_belong_to_the_class(nlp):
    doc = nlp("省卫生健康委指导各市（州）卫生健康部门推进医共体建设。")
    assert orgs(doc, generic=True) == ["各市（州）卫生健康部门"]
    assert ("省卫生健康委", "LEADS", "各市（州）卫生健康部门") in relations(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("居民委员会应当配合街道办事处、乡镇人民政府做好物业管理工作。",
         [("居民委员会", "COOPERATES_WITH", "街道办事处"), ("居民委员会", "COOPERATES_WITH", "乡镇人民政府")]),
        ("乡镇人民政府应当配合县级人民政府水行政主管部门做好巡查。",
         [("乡镇人民政府", "COOPERATES_WITH", "县级人民政府水行政主管部门")]),
    ],
)
def test_a_body_a_rule_tells_to_help_others_works_with_each(nlp, text, expected):
    assert [r for r in relations(nlp(text)) if r[1] == "COOPERATES_WITH"] == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("在县行政服务中心设立“办不成事”反映窗口。", ["县行政服务中心"]),
        ("事项由市政务服务中心统一受理。", ["市政务服务中心"]),
        ("加快建设省、市县托育综合服务中心。", []),  # the centres of several levels: no one named
        ("建设县域医疗服务中心。", []),
    ],
)
def test_a_service_centre_named_after_its_level_where_a_word_ends(nlp, text, named):
    assert orgs(nlp(text), generic=False) == named


def test_a_body_put_into_operation_does_not_go_on_acting(nlp):
    text = "我们推行网格治理，市政务服务中心投入运行，全年办件2万件。深入开展燃气安全专项整治。"
    assert not any(h == "市政务服务中心" for h, _, _ in relations(nlp(text)))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("省国资委指导集团做好整改。", ["省国资委"]),  # not 省国资委指导集团
        ("省国资委督促集团公司建立制度。", ["省国资委"]),
        ("市卫健委指导青禾医科大学开展工作。", ["市卫健委", "青禾医科大学"]),
    ],
)
def test_a_verb_acting_on_a_body_is_no_part_of_its_name(nlp, text, named):
    assert orgs(nlp(text), generic=False) == named


def test_an_organ_named_by_its_institutions_short_form_is_that_institutions(nlp):
    found = triples("省委巡视组进驻青禾投资集团有限公司。集团党委召开会议，集团纪委会同审计部开展检查。南湖大学召开会议。"
                    "校党委研究部署。", nlp)
    assert ("青禾投资集团有限公司党委", "PART_OF", "青禾投资集团有限公司") in found
    assert ("青禾投资集团有限公司纪委", "PART_OF", "青禾投资集团有限公司") in found
    assert ("南湖大学党委", "PART_OF", "南湖大学") in found


def test_an_organ_by_a_short_form_with_no_such_institution_before_it_keeps_its_words(nlp):
    record = extract_doc(nlp("集团党委召开会议。"), source="t.txt")
    assert [e.name for e in record.entities if e.type == "ORG"] == ["集团党委"]


def test_the_armed_forces_by_the_names_a_work_report_thanks_them_with(nlp):
    doc = nlp("向驻疆人民解放军指战员和武警官兵、公安干警表示衷心的感谢！")
    assert orgs(doc, generic=False) == ["人民解放军", "武警"]


def test_two_bodies_joined_by_he_are_no_one_committee(nlp):
    doc = nlp("工委成立后，在市纪委监委领导和市委开发区工作领导小组指导下，探索建立监督网络。")
    assert orgs(doc, generic=False) == ["市纪委监委", "市委", "市委开发区工作领导小组"]
    assert "省人大农业与农村委员会" in orgs(nlp("省人大农业与农村委员会开展调研。"), generic=False)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("今年我们开展清廉机关创建行动。", []),  # 创建行动: no 建行
        ("推进职业教育体系构建行动。", []),
        ("市建行与县农行签署协议。", ["建行", "农行"]),
    ],
)
def test_a_banks_two_character_name_only_where_a_word_starts(nlp, text, named):
    assert orgs(nlp(text), generic=False) == named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # collective economic organisations and their supervision committees are classes, guided and setting up
        ("乡镇人民政府指导农村集体经济组织建立健全财务公开制度。",
         {("乡镇人民政府", "LEADS", "农村集体经济组织"), ("农村集体经济组织", "ESTABLISHED", "财务公开制度")}),
        ("第十条 农村集体经济组织应当设立村务监督委员会。", {("农村集体经济组织", "ESTABLISHED", "村务监督委员会")}),
        # basic-level courts: a class an intermediate court guides (the practice named without its quotes)
        ("云岭市中级人民法院指导全市8个基层人民法院设立“共享法庭”。",
         {("云岭市中级人民法院", "LEADS", "基层人民法院"), ("基层人民法院", "ESTABLISHED", "共享法庭")}),
        # 并 before a LEADS verb in a later clause keeps the clause's subject
        ("街道办事处应当建立网格工作机制，并指导居民委员会做好网格服务。",
         {("街道办事处", "ESTABLISHED", "网格工作机制"), ("街道办事处", "LEADS", "居民委员会")}),
    ],
)
def test_collective_organisations_and_guidance(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_a_practice_for_a_bodys_people_keeps_the_body_in_its_name(nlp):
    doc = nlp("县级审计机关实行农村集体经济组织负责人离任审计制度。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "MECH"] == ["农村集体经济组织负责人离任审计制度"]
    doc = nlp("建立市纪委与审计局协作机制。")  # bodies working together: not a description of people
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG"] == ["市纪委", "审计局"]


def test_classes_named_as_partners_that_set_up_a_joint_mechanism_work_together(nlp):
    doc = nlp("第九条 县级以上人民政府司法行政部门与监察机关应当建立行政执法监督协作机制。")
    found = [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations]
    assert ("县级以上人民政府司法行政部门", "COOPERATES_WITH", "监察机关") in found


def test_classes_listed_as_each_one_that_may_set_up_a_mechanism_are_no_partners(nlp):
    doc = nlp("第十三条 乡镇人民政府、街道办事处实施行政执法的，应当建立行政执法协调联动机制。")
    assert not [rel for _, rel, _, _ in doc._.kg_relations if rel == "COOPERATES_WITH"]


def test_a_practice_named_after_who_runs_it_over_a_comma_is_set_up_by_the_subject(nlp):
    text = ("第八条 县级以上地方人民政府应当建立由农业农村主管部门牵头，财政、审计等部门参加的农村集体资产监管"
            "联席会议制度。")
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "ESTABLISHED"]
    assert found == [("县级以上地方人民政府", "ESTABLISHED", "农村集体资产监管联席会议制度")]


def test_the_office_of_a_joint_meeting_set_up_before_is_a_body_housed_where_the_text_says(nlp):
    text = ("青禾县纪委监委建立惠民资金监督联席会议制度。联席会议办公室设在县纪委监委党风政风监督室，负责日常联络。"
            "同时建立问题线索双向移送机制。")
    doc = nlp(text)
    found = [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations]
    assert ("联席会议办公室", "PART_OF", "县纪委监委党风政风监督室") in found
    assert ("青禾县纪委监委", "ESTABLISHED", "问题线索双向移送机制") in found  # the office says where it is only
    assert not [t for t in found if t[0] == "联席会议办公室" and t[1] == "ESTABLISHED"]


def test_a_bare_meeting_office_with_no_meeting_set_up_is_no_body(nlp):
    doc = nlp("联席会议办公室主任由县长担任。")
    assert not [s for s in doc.spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize("text", ["全省乡镇卫生院全部达标。", "支持村卫生室建设。", "组建城投公司。", "引进项目公司3家。"])
def test_kinds_of_health_centres_and_companies_are_classes_no_bodies(nlp, text):
    assert [s._.kg_generic for s in nlp(text).spans["kg"] if s.label_ == "ORG"] == [True]


def test_a_health_centre_named_by_its_town_is_a_body(nlp):
    doc = nlp("青禾县城关镇卫生院开展义诊。")
    assert [(s.text, s._.kg_generic) for s in doc.spans["kg"] if s.label_ == "ORG"] == [("青禾县城关镇卫生院", False)]
