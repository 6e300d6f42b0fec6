"""Rules of session 42, on sentences written for these tests (made-up places and events)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract
from tests.conftest import mechanisms_of


def _generic(nlp, text: str) -> dict[str, bool]:
    """Whether each entity of ``text`` is generic, by name."""
    (record,) = extract_texts(nlp, [("t.txt", text)])
    return {e.name: e.generic for e in record.entities}


# -- censuses and the State Council's inspections ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["第五次全国经济普查", "第三次全国土壤普查", "第三次全国国土调查", "第七次人口普查"])
def test_a_census_by_its_round_is_a_campaign(nlp, name):
    names, _ = _extract(nlp, f"青禾县高质量完成{name}任务，数据质量位居前列。")
    assert names.get(name, ("",))[0] == "MECH"


@pytest.mark.parametrize("text", ["发布经济普查公报，做好普查数据的开发利用。", "第五次全国经济普查数据显示，产业结构持续优化。"])
def test_a_censuss_yield_or_a_bare_census_names_no_campaign(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any("普查" in name for name in mechanisms_of(names))


@pytest.mark.parametrize("name", ["国务院营商环境综合督查", "国务院稳就业综合督查", "国务院第十次大督查"])
def test_the_state_councils_inspections_are_named_with_it(nlp, name):
    names, _ = _extract(nlp, f"我们自觉接受审计监督、{name}等各方面监督。")
    assert names.get(name, ("",))[0] == "MECH"
    assert "国务院" in names  # (the council named too)


def test_a_bare_inspection_of_a_field_is_no_state_council_inspection(nlp):
    names, _ = _extract(nlp, "省政府办公厅开展安全生产综合督查，督查组由国务院参事带队。")
    assert not any(name.startswith("国务院") for name in mechanisms_of(names))


# -- campaign names: 普及, 和美 inside them; programmes listed ---------------------------------------------------------


def test_a_campaign_name_may_hold_a_word_with_ji(nlp):
    names, _ = _extract(nlp, "白鹭县实施普通话普及提升工程，成效明显。")
    assert "普通话普及提升工程" in mechanisms_of(names)


def test_ji_between_two_campaigns_still_parts_them(nlp):
    names, _ = _extract(nlp, "白鹭县实施山林修复工程及河湖提升工程。")
    assert {"山林修复工程", "河湖提升工程"} <= mechanisms_of(names)
    assert not any("及" in name for name in mechanisms_of(names))


def test_each_programme_of_a_list_after_one_verb_is_named(nlp):
    names, _ = _extract(nlp, "青禾市实施各族青年互助成长计划、青少年研学交流计划和银发人才回流计划。")
    assert {"各族青年互助成长计划", "青少年研学交流计划", "银发人才回流计划"} <= mechanisms_of(names)


@pytest.mark.parametrize("text", ["青禾市认真实施国民经济和社会发展计划。", "青禾市实施技能提升计划和年度工作计划。"])
def test_the_plan_a_congress_approves_and_a_work_plan_are_no_programmes(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(name.endswith(("社会发展计划", "工作计划")) for name in mechanisms_of(names))


# -- companies: the kind written before the name ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["新央企", "央企", "民企"])
def test_the_kind_of_firm_written_before_its_name_is_no_part_of_it(nlp, kind):
    names, _ = _extract(nlp, f"{kind}白鹭长风汽车集团有限公司落户青禾市。")
    assert "白鹭长风汽车集团有限公司" in names
    assert not any(name.startswith(kind) and name.endswith("公司") for name in names)


# -- national platforms named by their field ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["稀土功能材料国家技术创新中心", "浮法玻璃新技术国家重点实验室",
                                  "高原作物育种与综合利用全国重点实验室"])
def test_a_national_platform_is_named_by_its_field(nlp, name):
    generic = _generic(nlp, f"青禾省组建{name}，加快成果转化。")
    assert generic.get(name) is False


def test_a_platform_of_a_field_that_ends_in_lingyu_is_a_kind(nlp):
    doc = nlp("青禾省争创高原农机领域国家技术创新中心。")
    assert [(s.text, s._.kg_generic) for s in doc.spans["kg"]] == [("高原农机领域国家技术创新中心", True)]


@pytest.mark.parametrize(
    "text",
    [
        "青禾省新建两个国家重点实验室。",  # a count, no field
        "青禾大学某实验室跻身全国重点实验室。",  # a rank won, the lab named before
        "全省全国重点实验室达到12家。",  # the rank alone, counted for a province
    ],
)
def test_a_count_a_rank_won_or_a_bare_rank_names_no_platform(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(name.endswith(("国家重点实验室", "全国重点实验室")) and len(name) > 7 for name in names)


# -- clean-ups named by the field they make safe ---------------------------------------------------------------------


def test_a_clean_up_in_news_named_by_its_field_keeps_its_name(nlp):
    names, _ = _extract(nlp, "白鹭县住建局、县消防救援大队开展城镇燃气和高层建筑消防安全专项整治，排查用户5.6万户。")
    assert "城镇燃气和高层建筑消防安全专项整治" in mechanisms_of(names)


@pytest.mark.parametrize("text", ["青禾省纪委监委开展公职人员违规收受礼品专项整治。",
                                  "青禾市纪委监委开展群众身边腐败问题专项治理。",
                                  "青禾市委组织部开展选人用人、党建专项检查。"])
def test_a_clean_up_of_misconduct_or_a_check_by_fields_is_its_kind(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(len(name) > 4 and name.endswith(("专项整治", "专项治理", "专项检查")) for name in mechanisms_of(names))


# -- no source cited, verb of sending or rank won inside a name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("另据省人民检察院消息，省检察院已会同省河长办开展巡河。", "省人民检察院"),
        ("督办单位审核同意后报市安委办销号。", "市安委办"),
        ("整改完成后报县应急管理局备案。", "县应急管理局"),
    ],
)
def test_a_source_cited_or_a_verb_of_sending_is_no_part_of_the_body(nlp, text, body):
    names, _ = _extract(nlp, text)
    assert any(name.endswith(body) for name in names)
    assert not any(word in name for name in names for word in ("另据", "后报"))


def test_a_rank_won_is_no_part_of_a_labs_name(nlp):
    names, _ = _extract(nlp, "青禾大学某实验室跻身全国重点实验室。")
    assert not any("跻身" in name for name in names)


# -- a quoted name and its head; a campaign's last head ---------------------------------------------------------------


def test_a_quoted_name_alone_is_the_campaign_named_with_its_head(nlp):
    names, _ = _extract(nlp, "白鹭县深化“送解优”行动，“送解优”成效明显。")
    assert names.get("送解优行动") == ("MECH", ["“送解优”行动", "送解优"])
    assert "送解优" not in names


def test_a_bare_name_the_quotes_never_hold_stays_its_own(nlp):
    names, _ = _extract(nlp, "白鹭县开展“清源”行动，清源街道办事处参与。")
    assert names.get("清源行动") == ("MECH", ["“清源”行动"])


@pytest.mark.parametrize(("text", "name"), [("白鹭市实施城市地下管网工程提升行动。", "城市地下管网工程提升行动"),
                                            ("白鹭市推进建筑垃圾综合治理行动。", "建筑垃圾综合治理行动")])
def test_a_campaign_name_runs_to_its_last_head(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert name in mechanisms_of(names)


def test_a_campaigns_plan_or_funds_after_it_end_its_name(nlp):
    names, _ = _extract(nlp, "白鹭市实施城市地下管网工程，行动资金足额到位。")
    assert "城市地下管网工程" in mechanisms_of(names)


# -- verbs of following a lead before a level; supervision and inspection campaigns ----------------------------------


@pytest.mark.parametrize("verb", ["紧扣", "紧盯", "立足", "瞄准"])
def test_a_verb_of_following_a_lead_is_no_place_before_a_level(nlp, verb):
    names, _ = _extract(nlp, f"在县政府的支持下，{verb}县委“项目年”部署，白鹭县政协认真履行职能。")
    assert "县委" in names or any(name.endswith("县委") and verb not in name for name in names)
    assert not any(verb in name for name in names)


@pytest.mark.parametrize(("text", "name"), [("青禾市政协开展沙河流域生态保护专项民主监督。", "沙河流域生态保护专项民主监督"),
                                            ("青禾市应急管理局对煤矿开展汛期安全专项监察。", "汛期安全专项监察")])
def test_supervision_and_inspection_campaigns_are_named_by_their_field(nlp, text, name):
    names, relations = _extract(nlp, text)
    assert name in mechanisms_of(names)
    assert any(r[1:] == ("ESTABLISHED", name) for r in relations)


@pytest.mark.parametrize("text", ["白鹭市工商联持续提升商会服务能力。", "全省新设商会调解组织41家。"])
def test_a_verb_before_a_kind_of_body_names_none(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(name.startswith(("提升", "新设")) for name in names)


# -- towns listed before one head; 控股 in a company's name; a programme's aim before a body ------------------------


def test_towns_listed_before_one_head_each_share_it(nlp):
    names, _ = _extract(nlp, "青禾县把浦阳镇、溪口镇便民服务中心打造成示范点。")
    assert {"浦阳镇便民服务中心", "溪口镇便民服务中心"} <= set(names)
    assert not any(name.startswith("把") for name in names)


def test_kong_gu_before_a_companys_head_is_part_of_its_name(nlp):
    names, _ = _extract(nlp, "市数据局与柳州市城市投资控股集团有限责任公司合作建设平台。")
    assert "柳州市城市投资控股集团有限责任公司" in names


def test_kong_gu_before_another_name_says_who_owns_it(nlp):
    names, _ = _extract(nlp, "白鹭集团控股的青禾能源有限公司参与建设。")
    assert "青禾能源有限公司" in names


def test_a_body_named_after_a_places_programme_keeps_its_aim(nlp):
    names, _ = _extract(nlp, "自治区大数据发展局联合高校建立数字广西建设专家咨询委员会。")
    assert "数字广西建设专家咨询委员会" in names


# -- a kind of business named in quotes among the kinds inspected -----------------------------------------------------


def test_a_quoted_kind_of_premises_is_inspected_with_the_kinds_before_it(nlp):
    _, relations = _extract(nlp, "白鹭市应急管理局组成检查组，对中小学校、养老机构和“九小场所”开展检查。")
    assert {("检查组", "INSPECTS", kind) for kind in ("中小学校", "养老机构", "九小场所")} <= relations


def test_premises_unquoted_are_no_body_inspected(nlp):
    names, _ = _extract(nlp, "白鹭县文旅局对当事人经营场所进行检查，提取了菜单。")
    assert not any(name.endswith("场所") for name in names)


# -- programmes run under a quoted brand -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [("白鹭市打造“企业之家”服务品牌。", "企业之家"),
                                            ("青禾省持续打造“彩云集”科创品牌。", "彩云集"),
                                            ("青禾省做强“人到青禾好风光”“智汇青禾”等品牌。", "智汇青禾")])
def test_a_programme_run_under_a_quoted_brand_is_a_mechanism(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert name in mechanisms_of(names)


@pytest.mark.parametrize("text", ["“好客青禾”品牌效应持续凸显。", "加强“白鹭茶”品牌建设。", "设立“白鹭服务中心”品牌窗口。"])
def test_a_brands_effect_or_its_building_or_a_bodys_name_is_no_programme(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(name in mechanisms_of(names) for name in ("好客青禾", "白鹭茶", "白鹭服务中心"))


def test_a_body_joined_after_a_long_name_is_found_after_the_verb(nlp):
    names, relations = _extract(nlp, "白鹭县纪委联合县餐饮业协会倡导光盘行动。")
    assert any(name.endswith("县餐饮业协会") and "联合" not in name for name in names)
    assert any(r[1] == "COOPERATES_WITH" and r[2].endswith("县餐饮业协会") for r in relations)


# -- follow-ups and help are no named practices; the verb inside a clean-up's description ----------------------------


@pytest.mark.parametrize("text", ["县委办公室做好诉求收集和跟踪问效，定期向县委报告。",
                                  "为挂钩企业提供项目审批全程帮办服务。"])
def test_following_up_and_helping_throughout_are_no_named_practices(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any(name in ("跟踪问效", "全程帮办") for name in mechanisms_of(names))


def test_the_verb_that_carries_out_a_clean_up_is_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "白鹭县消防救援大队对辖区12个老旧小区的消防车通道进行集中整治。")
    assert not any("进行" in name for name in names)


@pytest.mark.parametrize(("text", "name"), [("青禾市青年商会作为市工商联所属商会，承担培训。", "市工商联所属商会"),
                                            ("青禾市科协所属学会开展科普活动。", "青禾市科协所属学会")])
def test_the_bodies_of_a_kind_a_body_owns_are_a_class(nlp, text, name):
    doc = nlp(text)
    assert [s._.kg_generic for s in doc.spans["kg"] if s.text == name] == [True]


def test_a_body_named_after_its_owner_is_no_class(nlp):
    doc = nlp("四川省水利厅所属川中灌区建设管理中心开展自查。")
    assert any(s.text.endswith("川中灌区建设管理中心") and not s._.kg_generic for s in doc.spans["kg"])


@pytest.mark.parametrize(("text", "name"), [
    ("各州（市）、县（市、区）人民政府要结合实际制定本地区实施方案。", "各州(市)、县(市、区)人民政府"),
    ("州、县（市）人民政府应当制定本地区实施方案。", "州、县(市)人民政府"),
])
def test_levels_each_with_the_levels_it_stands_for_are_one_class(nlp, text, name):
    _, relations = _extract(nlp, text)
    assert (name, "ISSUED", "本地区实施方案") in relations


# -- quoted lists of parallel rules -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("白鹭县按照“谁主管、谁负责”原则明确责任。", "谁主管、谁负责"),
    ("青禾市热线做到“一号受理、分类转办、限时反馈”。", "一号受理、分类转办、限时反馈"),
    ("两地推动形成“一方发现、双方联办”。", "一方发现、双方联办"),
])
def test_a_quoted_list_of_parallel_rules_is_a_practice(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert name in mechanisms_of(names)


@pytest.mark.parametrize("text", ["一些地方存在“重发展、轻保护”倾向。",
                                  "中心实现“事故处理、保险理赔”一站式办理。"])
def test_a_problem_or_services_listed_in_quotes_are_no_rules(nlp, text):
    names, _ = _extract(nlp, text)
    assert not any("、" in name for name in mechanisms_of(names))


def test_a_bureaus_branch_in_a_place_named_after_it_is_one_body_of_it(nlp):
    _, relations = _extract(nlp, "国家矿山安全监察局山西局吕梁分局联合吕梁市能源局开展检查。")
    assert ("国家矿山安全监察局山西局吕梁分局", "PART_OF", "国家矿山安全监察局山西局") in relations
    assert ("国家矿山安全监察局山西局吕梁分局", "COOPERATES_WITH", "吕梁市能源局") in relations
