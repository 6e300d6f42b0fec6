"""Quoted practices named by the pilot or the matters they cover (“某某”试点, “某某”事项), on sentences written for
these tests (青禾, 云岭 and 白鹭 are made-up places)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts


def mechanisms(doc) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and not s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("青禾市启动“先评后建”试点，首批覆盖6个园区。", ["“先评后建”试点"]),
        ("云岭县“校地共育”试点扩大到12所学校。", ["“校地共育”试点"]),
        ("白鹭区开展“一码管地”改革试点。", ["“一码管地”改革试点"]),
    ],
)
def test_a_quoted_pilot_is_a_practice(nlp, text, names):
    assert mechanisms(nlp(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("推出“当场办结”事项40项、“零材料提交”事项120项。", ["“当场办结”", "“零材料提交”"]),
        ("青禾市“跨城通办”重点事项全部上线。", ["“跨城通办”"]),
    ],
)
def test_a_quoted_practice_is_named_without_the_matters_it_covers(nlp, text, names):
    assert mechanisms(nlp(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "青禾县“茶旅融合”试点区建设加快。",  # a pilot area, not the pilot
        "云岭市“十五五”试点项目开工。",  # a period names no pilot
        "白鹭区“四风”问题事项清零。",  # a problem, not a practice
    ],
)
def test_quotes_before_a_pilot_area_or_naming_no_practice(nlp, text):
    assert not any(name.endswith(("试点", "事项")) for name in mechanisms(nlp(text)))


@pytest.mark.parametrize("text", ["云岭市“十五五”试点稳步推进。", "推进“四风”事项整改。", "落实“两个维护”事项。"])
def test_a_period_problem_or_formula_before_a_pilot_or_matters_is_no_practice(nlp, text):
    assert mechanisms(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("开展乡村教师素质提升、县域职业教育扩容等行动，办好特殊教育。",
         ["乡村教师素质提升行动", "县域职业教育扩容行动"]),
        ("实施白鹭湾岸线生态修复、青禾河堤防加固提升等专项行动。", ["白鹭湾岸线生态修复专项行动", "青禾河堤防加固提升专项行动"]),
    ],
)
def test_campaigns_of_any_length_listed_after_the_verb_that_starts_them(nlp, text, names):
    (record,) = extract_texts(nlp, [("t.txt", text)])
    assert [e.name for e in record.entities if e.type == "MECH"] == names


def test_what_a_clean_up_targets_listed_before_its_head_is_no_campaign(nlp):
    assert mechanisms(nlp("开展违规吃喝问题、违规收送礼金问题等专项整治。")) == []


def test_practices_of_up_to_fourteen_characters_listed_before_etc_and_their_head(nlp):
    text = "云岭市第一人民医院建立药品耗材采购双人复核、大型医疗设备购置集体论证决策等制度。"
    assert mechanisms(nlp(text)) == ["药品耗材采购双人复核", "大型医疗设备购置集体论证决策"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("云岭市全面开展成品油智慧监管。", ["成品油智慧监管"]),
        ("青禾县严格重大行政决策合法性审查。", ["重大行政决策合法性审查"]),
        ("白鹭区实现耕地林地占用联动审批。", ["耕地林地占用联动审批"]),
        ("推行涉企经营主体信用分级分类监管，", ["涉企经营主体信用分级分类监管"]),
    ],
)
def test_a_practice_named_by_its_field_and_how_the_work_is_done(nlp, text, names):
    assert mechanisms(nlp(text)) == names


@pytest.mark.parametrize("text", ["强化联动审批。", "加强食品安全监管。", "加强建筑垃圾全链条监管。"])
def test_a_way_without_a_field_or_a_field_without_a_way_is_no_name(nlp, text):
    assert mechanisms(nlp(text)) == []


@pytest.mark.parametrize("text", ["创新发展“票根经济”、“夜间经济”。", "培育“银发经济”。"])
def test_a_sector_of_the_economy_in_quotes_is_no_practice(nlp, text):
    assert mechanisms(nlp(text)) == []


@pytest.mark.parametrize(("text", "names"), [
    ("青禾县纪委监委要求干部对照“五个是否”开展自查。", ["“五个是否”"]),
    ("对标“三个必须”查找差距。", ["“三个必须”"]),
])
def test_a_counted_checklist_work_is_held_up_to_is_a_practice(nlp, text, names):
    assert mechanisms(nlp(text)) == names


@pytest.mark.parametrize("text", ["对照“两个维护”要求查摆问题。", "深刻领悟“两个确立”。", "落实“三个是否”。"])
def test_a_slogan_or_a_formula_not_held_up_to_work_is_no_practice(nlp, text):
    assert mechanisms(nlp(text)) == []


def test_a_counted_goal_held_up_to_is_no_practice(nlp):
    assert mechanisms(nlp("对照“五个更加”的总体目标，编制规划。")) == []


@pytest.mark.parametrize(("text", "names"), [
    ("青禾县对企业诉求实行“2个工作日响应、7个工作日办结”，办理情况纳入考核。", ["“2个工作日响应、7个工作日办结”"]),
    ("云岭市实行“一个项目、一名市领导、一个专班”包联服务。", ["“一个项目、一名市领导、一个专班”"]),
])
def test_a_quote_listing_the_counted_steps_of_a_practice(nlp, text, names):
    assert mechanisms(nlp(text)) == names


@pytest.mark.parametrize("text", ["坚定“两个确立、两个维护”。", "实现“3个95%、2个100%”。"])
def test_a_list_of_slogans_or_figures_is_no_practice(nlp, text):
    assert mechanisms(nlp(text)) == []
