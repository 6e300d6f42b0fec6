"""Bodies joined by 会同/配合/协同 are two, and an adverb (则, 也, 还) between a body and a LEADS verb keeps it the
leader; on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from tests.conftest import relations_of


def triples(text: str, nlp) -> set[tuple[str, str, str]]:
    """(head, type, tail) of each relation of ``text``'s record, by the entities' names."""
    return {(r.head.name, r.type, r.tail.name) for r in extract_doc(nlp(text), source="t.txt").relations}


def orgs(doc) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("乡镇纪委会同村务监督委员会逐户核实。", "乡镇纪委", "村务监督委员会"),
        ("县纪委配合县安全生产委员会开展检查。", "县纪委", "县安全生产委员会"),
    ],
)
def test_a_body_working_with_a_committee_is_no_part_of_its_name(nlp, text, first, second):
    names = orgs(nlp(text))
    assert first in names and second in names
    assert not any("会同" in n or "配合" in n for n in names)


def test_a_committee_named_freely_keeps_its_name(nlp):
    assert "青禾市委全面深化改革委员会" in orgs(nlp("青禾市委全面深化改革委员会召开会议。"))


@pytest.mark.parametrize("adverb", ["则", "也", "还"])
def test_an_adverb_before_a_leads_verb_keeps_the_leader(nlp, adverb):
    doc = nlp(f"青禾市纪委监委{adverb}组织市医疗保障局、市卫生健康委开展专项检查。")
    assert [r for r in relations_of(doc) if r[1] == "LEADS"] == [
        ("青禾市纪委监委", "LEADS", "市医疗保障局"), ("青禾市纪委监委", "LEADS", "市卫生健康委")]


@pytest.mark.parametrize("adverb", ["", "还", "也"])
def test_a_body_joining_another_is_no_company_name(nlp, adverb):
    names = orgs(nlp(f"集团纪委{adverb}联合集团审计部对所属企业开展专项检查。"))
    assert "集团纪委" in names and "集团审计部" in names and not any("联合" in n for n in names)


def test_a_companys_department_by_its_short_form_is_named_with_the_company(nlp):
    text = "北山能源集团有限公司纪委还联合集团审计部，对所属项目开展专项审计。"
    assert ("北山能源集团有限公司审计部", "PART_OF", "北山能源集团有限公司") in triples(text, nlp)
    assert ("北山能源集团有限公司纪委", "COOPERATES_WITH", "北山能源集团有限公司审计部") in triples(text, nlp)


@pytest.mark.parametrize("verb", ["实行", "实施"])
def test_a_commission_before_a_verb_starting_with_shi_keeps_its_name(nlp, verb):
    # 委实 (indeed) is no word before 实行/实施
    assert orgs(nlp(f"市纪委监委{verb}以案促改“双评估”制度。")) == ["市纪委监委"]


def test_a_university_named_with_lianhe_keeps_it(nlp):
    assert "青禾联合大学" in orgs(nlp("青禾联合大学召开会议。"))


def test_a_company_named_from_a_place_whose_name_holds_a_preposition(nlp):
    # 从江县: a real county whose first character is also a preposition
    assert "从江县城乡供水有限责任公司" in orgs(nlp("四、从江县城乡供水有限责任公司违规决策问题。"))


@pytest.mark.parametrize("verb", ["建立", "制定"])
def test_a_party_group_before_a_verb_acts_itself(nlp, verb):
    # 党组建立: 党组 + 建立 (组建 is no word here)
    doc = nlp(f"县水利局党组{verb}问题整改台账。")
    assert ("县水利局党组", "PART_OF", "县水利局") in relations_of(doc)
    assert [r[0] for r in relations_of(doc) if r[1] in ("ESTABLISHED", "ISSUED")] == ["县水利局党组"]


def test_a_group_that_sets_up_a_body_is_no_body_name(nlp):
    assert "工作专班" in orgs(nlp("市纪委监委牵头组建工作专班。"))


def test_under_leaders_the_subject_before_the_phrase_is_led_not_a_body_later(nlp):
    doc = nlp("青禾县城关镇党委在县委政法委指导下，以网格化管理为抓手，推动县人大代表联络站建设。")
    leads = [r for r in relations_of(doc) if r[1] == "LEADS"]
    assert not any("人大" in r[2] for r in leads)


def test_under_leaders_the_subject_right_after_the_phrase_is_led(nlp):
    doc = nlp("在县委的坚强领导下，县纪委监委建立“双反馈”机制。")
    assert ("县委", "LEADS", "县纪委监委") in relations_of(doc)


@pytest.mark.parametrize("verb", ["建立", "制定"])
def test_a_numbered_office_before_a_verb_keeps_its_number(nlp, verb):
    doc = nlp(f"县纪委监委与第一审查调查室{verb}协作办法。")
    assert "第一审查调查室" in orgs(doc)
    assert ("第一审查调查室", "PART_OF", "县纪委监委") in relations_of(doc)


def test_a_stationed_team_before_jianli_sets_the_practice_up_itself(nlp):
    doc = nlp("驻市教育局纪检监察组建立“双审核”机制。")
    assert [r for r in relations_of(doc) if r[1] == "ESTABLISHED"] == [
        ("驻市教育局纪检监察组", "ESTABLISHED", "“双审核”机制")]


def test_a_commission_stationing_a_team_in_a_company_names_no_body_before_the_team(nlp):
    names = orgs(nlp("巡视组与省纪委监委驻集团纪检监察组建立协作机制。"))
    assert "省纪委监委驻集团纪检监察组" in names and "省纪委监委驻集团" not in names


def test_a_commissions_stationed_teams_are_one_body_of_it(nlp):
    doc = nlp("青禾市纪委监委派驻纪检监察组开展监督。")
    assert "青禾市纪委监委派驻纪检监察组" in orgs(doc)
    assert ("青禾市纪委监委派驻纪检监察组", "PART_OF", "青禾市纪委监委") in relations_of(doc)


def test_a_body_liandong_with_others_cooperates_with_each(nlp):
    doc = nlp("岳阳市城市运行管理中心联动市城管执法委、市水务局等部门处置问题。")
    assert [r for r in relations_of(doc) if r[1] == "COOPERATES_WITH"] == [
        ("岳阳市城市运行管理中心", "COOPERATES_WITH", "市城管执法委"),
        ("岳阳市城市运行管理中心", "COOPERATES_WITH", "市水务局")]


def test_a_body_named_with_its_chain_of_places_stands_at_the_last(nlp):
    doc = nlp("甘肃省定西市渭源县纪委监委在县委领导下，探索建立“纪检+审计”贯通协作机制。")
    assert ("县委", "LEADS", "甘肃省定西市渭源县纪委监委") in relations_of(doc)


def test_stacked_leaders_after_we_lead_the_reporting_government(nlp):
    text = ("青禾省人民政府工作报告\n过去一年，我们在党中央坚强领导下，在省委的正确领导下，紧紧围绕中心任务，"
            "扎实推进各项工作。省政府建立“一企一策”帮扶机制。")
    leads = [r for r in relations_of(nlp(text)) if r[1] == "LEADS"]
    assert [r[0] for r in leads] == ["党中央", "省委"]
    assert len({r[2] for r in leads}) == 1 and "政府" in leads[0][2]


def test_under_a_guide_the_subject_is_led_not_its_partners(nlp):
    doc = nlp("在市委巡察办指导下，县委巡察办与县纪委监委、县委组织部建立会商机制。")
    assert [r for r in relations_of(doc) if r[1] == "LEADS"] == [("市委巡察办", "LEADS", "县委巡察办")]


@pytest.mark.parametrize("text", ["村民委员会、居民委员会应当配合开展湿地保护。", "乡镇人民政府、街道办事处协助做好巡护工作。"])
def test_helpers_listed_work_with_no_one_the_text_names(nlp, text):
    assert [r for r in relations_of(nlp(text)) if r[1] == "COOPERATES_WITH"] == []


def test_helpers_listed_work_with_the_body_they_help(nlp):
    doc = nlp("县公安局、县财政局配合县纪委监委开展调查。")
    assert [r for r in relations_of(doc) if r[1] == "COOPERATES_WITH"] == [
        ("县公安局", "COOPERATES_WITH", "县纪委监委"), ("县财政局", "COOPERATES_WITH", "县纪委监委")]


def test_partners_after_yu_still_work_together(nlp):
    doc = nlp("检察机关与公安机关、审判机关既分工负责、又互相配合。")
    assert ("检察机关", "COOPERATES_WITH", "公安机关") in relations_of(doc)


def test_each_listed_subject_works_with_the_partner_after_yu(nlp):
    doc = nlp("县财政局、县农业农村局也主动与县纪委监委协作，定期推送数据。")
    assert [r for r in relations_of(doc) if r[1] == "COOPERATES_WITH"] == [
        ("县财政局", "COOPERATES_WITH", "县纪委监委"), ("县农业农村局", "COOPERATES_WITH", "县纪委监委")]


def test_a_count_of_one_person_is_no_part_of_a_name(nlp):
    assert not any("一名" in n for n in orgs(nlp("在查办该县一名卫生院原院长受贿案中，双方共享线索。")))


@pytest.mark.parametrize("text", ["青禾省政府传承弘扬、创新发展“枫林经验”。", "青禾省政府创新发展“夜间经济”。"])
def test_chuangxin_as_the_manner_of_another_verb_sets_nothing_up(nlp, text):
    assert [r for r in relations_of(nlp(text)) if r[1] == "ESTABLISHED"] == []


def test_chuangxin_before_a_practice_sets_it_up(nlp):
    assert ("县纪委监委", "ESTABLISHED", "“三色预警”机制") in relations_of(nlp("县纪委监委创新“三色预警”机制。"))


def test_a_second_phrase_under_a_leader_after_he_leads_the_same_subject(nlp):
    doc = nlp("青禾市医疗保障局在市委、市政府的坚强领导下和省医疗保障局的精心指导下，完成了全年任务。")
    assert [r for r in relations_of(doc) if r[1] == "LEADS"] == [
        ("市委", "LEADS", "青禾市医疗保障局"), ("市政府", "LEADS", "青禾市医疗保障局"),
        ("省医疗保障局", "LEADS", "青禾市医疗保障局")]
    # 和 inside one phrase joins the leaders
    doc = nlp("在省委和市委的坚强领导下，县纪委监委建立“双反馈”机制。")
    assert [r for r in relations_of(doc) if r[1] == "LEADS"] == [("省委", "LEADS", "县纪委监委"), ("市委", "LEADS", "县纪委监委")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委巡察组进驻后，联合街道纪工委召开片区会商会。", ["区委", "区委巡察组", "街道纪工委"]),  # no 联合 in a name
        ("联合国开发计划署发布报告。", ["联合国", "联合国开发计划署"]),  # 联合国 is no verb: not split at 联合 (its parent inside)
        ("青禾市工业行业协会商会召开大会。", ["青禾市工业行业协会商会"]),  # a chamber, not a meeting
    ],
)
def test_a_joined_levels_body_and_meetings_of_consultation(nlp, text, expected):
    assert orgs(nlp(text)) == expected


def test_an_organ_by_its_institutions_short_form_belongs_to_the_one_of_its_sentence(nlp):
    text = "南山能源集团召开会议。北山交通投资集团纪委还联合集团审计部开展专项审计。集团党委研究部署。"
    found = triples(text, nlp)
    assert ("北山交通投资集团审计部", "PART_OF", "北山交通投资集团") in found  # the group named in its sentence
    assert ("南山能源集团党委", "PART_OF", "南山能源集团") in found  # else the group the text is about


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾市政府成立市城市更新工作领导小组，统筹市住建局、市自然资源和规划局等部门推进改造。",
         [("市城市更新工作领导小组", "市住建局"), ("市城市更新工作领导小组", "市自然资源和规划局")]),
        ("柳溪县委组建乡村振兴工作专班，统筹县农业农村局推进示范村建设。", [("乡村振兴工作专班", "县农业农村局")]),
    ],
)
def test_the_group_a_clause_sets_up_leads_those_the_next_clause_names(nlp, text, expected):
    assert [(h.text, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "LEADS"] == expected


def test_a_group_set_up_mid_clause_leads_nothing_after(nlp):
    # the group is not the end of its clause: the government, not the group, does what follows
    doc = nlp("青禾市政府成立领导小组并召开会议，统筹市住建局推进改造。")
    assert ("领导小组", "市住建局") not in [(h.text, t.text) for h, rel, t, _ in doc._.kg_relations if rel == "LEADS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在市委坚强领导、市人大及其常委会有力监督和省高级人民法院监督指导下，青禾市中级人民法院审结案件。",
         [("市委", "青禾市中级人民法院"), ("省高级人民法院", "青禾市中级人民法院")]),
        ("在市委的关心和市纪委监委的指导下，县委巡察办建立机制。", [("市纪委监委", "县委巡察办")]),
        ("在市委、市政府的坚强领导下，县纪委监委建立机制。", [("市委", "县纪委监委"), ("市政府", "县纪委监委")]),
        ("在市纪委监委统筹指导下，县纪委监委开展类案分析。", [("市纪委监委", "县纪委监委")]),
        ("在人大、政协监督支持下，县政府建立机制。", []),
    ],
)
def test_under_a_phrase_of_several_bodies_those_before_lingdao_or_zhidao_lead(nlp, text, expected):
    assert [(h.text, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "LEADS"] == expected


def test_a_sentence_opening_under_a_body_leads_the_subject_it_leaves_out(nlp):
    text = "青禾市中级人民法院工作报告\n各位代表：\n在市委政法委统筹下，与市司法局共同推行“法院+”多元解纷模式。"
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations]
    assert ("市委政法委", "LEADS", "青禾市中级人民法院") in found
    assert ("青禾市中级人民法院", "COOPERATES_WITH", "市司法局") in found
    assert ("市委政法委", "COOPERATES_WITH", "市司法局") not in found  # the body above is no partner
