"""Campaigns and pilots named after the verbs that carry them on or win them, on sentences written for these tests
(青禾, 云岭 and 白鹭 are made-up places)."""

from __future__ import annotations

import pytest


def mechanisms(doc) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and not s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 高等 is a word, not the 等 of a list
        ("青禾市深入实施高等教育学科专业设置调整优化三年行动，新增专业12个。", "高等教育学科专业设置调整优化三年行动"),
        # two aims joined by 和 before one head
        ("我们实施科技企业培育和高质量发展行动，新增上市企业5家。", "科技企业培育和高质量发展行动"),
        # verbs that carry on or finish a campaign
        ("云岭市深化重点产业科技创新行动，攻克关键技术30项。", "重点产业科技创新行动"),
        ("全面完成营商环境优化提升三年行动任务。", "营商环境优化提升三年行动"),
        ("白鹭区落实促进民营经济发展七大行动，民间投资增长6%。", "促进民营经济发展七大行动"),
        ("打好城乡污水治理攻坚战，新建管网200公里。", "城乡污水治理攻坚战"),
        # the count before it is no part of the name
        ("青禾县开展一批农贸市场环境卫生集中整治，我们整改问题40个。", "农贸市场环境卫生集中整治"),
    ],
)
def test_a_campaign_carried_on_or_finished_is_named(nlp, text, name):
    assert name in mechanisms(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "开展巡察和专项检查。",  # two short kinds of work, no name
        "深化改革，完成任务。",  # no campaign's head
        "落实专项行动部署要求。",  # the bare head
    ],
)
def test_no_campaign_without_a_name_and_a_head(nlp, text):
    assert not any(name.endswith(("行动", "攻坚战", "专项检查")) for name in mechanisms(nlp(text)))


def test_two_campaigns_joined_by_and_stay_two(nlp):
    names = mechanisms(nlp("我们开展党纪学习教育和农村集体资产管理专项整治。"))
    assert "党纪学习教育" in names and "农村集体资产管理专项整治" in names
    assert not any("和" in name for name in names)


def test_a_plan_and_a_project_joined_by_and_are_not_one_campaign(nlp):
    names = mechanisms(nlp("我们实施城乡居民增收计划和稳岗扩容提质行动。"))
    assert "城乡居民增收计划和稳岗扩容提质行动" not in names


def test_a_list_before_deng_names_no_campaign(nlp):
    assert not any(name.endswith("国家试点") for name in mechanisms(nlp("推进零售业创新提升等消费领域国家试点。")))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾市入选国家碳达峰试点城市。", "国家碳达峰试点"),
        ("云岭、白鹭入选全国居家和社区基本养老服务提升行动试点。", "全国居家和社区基本养老服务提升行动试点"),
    ],
)
def test_a_nationwide_pilot_a_place_wins_is_named(nlp, text, name):
    assert name in mechanisms(nlp(text))


@pytest.mark.parametrize("text", ["青禾县获批国家级试点。", "白鹭市成为全国首批试点城市。", "云岭市入选国家试点。"])
def test_a_pilot_of_no_kind_is_no_name(nlp, text):
    assert not any(name.endswith("试点") for name in mechanisms(nlp(text)))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("青禾县司法局与县法院建立联席会议、信息共享、案件线索双向移送三项机制。", "联席会议、信息共享、案件线索双向移送三项机制"),
        ("白鹭区纪委监委建立约谈提醒、督办通报两项工作制度。", "约谈提醒、督办通报两项工作制度"),
    ],
)
def test_items_counted_before_a_head_are_one_numbered_group(nlp, text, group):
    # (session 27: annotators name the counted group, as 城市生命线、全域水患治理、城乡安居三大工程; fields counted
    # into a head, 问题、任务、责任“三张清单”, leave the group its count alone)
    doc = nlp(text)
    assert mechanisms(doc) == [group]
    assert [r[2].text for r in doc._.kg_relations if r[1] == "ESTABLISHED"][:1] == [group]


def test_a_count_with_no_list_before_it_is_part_of_the_name(nlp):
    assert mechanisms(nlp("云岭市建立健全巡察整改三项机制。")) == ["巡察整改三项机制"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("严格落实地方政府举债终身问责制。", "地方政府举债终身问责制"),
        ("青禾县推行问题整改销号制。", "问题整改销号制"),
        ("白鹭区全面推行涉企检查备案制。", "涉企检查备案制"),
        ("建立领导干部包保制。", "领导干部包保制"),
    ],
)
def test_systems_named_by_their_kind_of_rule(nlp, text, name):
    assert name in mechanisms(nlp(text))


def test_a_kind_of_rule_alone_names_no_system(nlp):
    assert mechanisms(nlp("实行备案制管理。")) == []


@pytest.mark.parametrize(
    "text", ["青禾县委坚持党建引领，推动基层治理。", "支部党员重温入党誓词。", "村民委员会修订村规民约。"])
def test_a_principle_a_routine_and_a_villages_rules_are_no_mechanisms(nlp, text):
    assert mechanisms(nlp(text)) == []


def test_a_clean_up_campaign_keeps_its_whole_head(nlp):
    text = "云岭市市场监管局、公安局联合部署开展农村假冒伪劣食品专项整治行动。"
    assert mechanisms(nlp(text)) == ["农村假冒伪劣食品专项整治行动"]


def test_an_articles_subject_is_not_carried_into_the_next_article(nlp):
    doc = nlp("第六条 青禾县财政局、青禾县水利局按照各自职责实施监督。\n第七条 公共资源交易推行远程异地评标。")
    assert [(h.text, t.text) for h, rel, t, _ in doc._.kg_relations if rel == "ESTABLISHED"] == []


@pytest.mark.parametrize("text", ["抓好中央生态环保督察反馈问题整改。", "配合中央环保督察开展工作。"])
def test_the_centres_environmental_inspections_by_their_short_names(nlp, text):
    assert any(name.startswith("中央") and name.endswith("督察") for name in mechanisms(nlp(text)))


@pytest.mark.parametrize("text", ["青禾县搭建“青禾智治”平台。", "白鹭区迭代“一键游白鹭”平台。"])
def test_a_quoted_platform_is_a_kind_of_tool(nlp, text):
    (platform,) = [s for s in nlp(text).spans["kg"] if s.label_ == "MECH"]
    assert platform._.kg_generic


def test_a_quoted_mechanism_is_no_tool(nlp):
    assert mechanisms(nlp("青禾县建立“三书两函”机制。")) == ["“三书两函”机制"]


def test_a_lead_working_with_partners_after_yu_comes_first(nlp):
    doc = nlp("青禾市税务局牵头建立打击骗税工作机制，与市公安局、青禾海关协作配合，实行线索互移。")
    pairs = [(h.text, t.text) for h, rel, t, _ in doc._.kg_relations if rel == "COOPERATES_WITH"]
    assert pairs == [("青禾市税务局", "市公安局"), ("青禾市税务局", "青禾海关")]


def test_helpers_named_before_peihe_work_with_the_lead(nlp):
    doc = nlp("由青禾县水利局牵头，县发展改革局、县财政局配合，推进供水一体化。")
    pairs = {(h.text, t.text) for h, rel, t, _ in doc._.kg_relations if rel == "COOPERATES_WITH"}
    assert pairs == {("县发展改革局", "青禾县水利局"), ("县财政局", "青禾县水利局")}


def test_a_company_and_the_one_it_owns_are_both_inspected(nlp):
    doc = nlp("省审计厅今年3月对青禾交投集团及所属青禾高速公路运营管理有限公司开展了经济责任审计。")
    assert {(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations} == {
        ("省审计厅", "INSPECTS", "青禾交投集团"), ("省审计厅", "INSPECTS", "青禾高速公路运营管理有限公司"),
        ("青禾高速公路运营管理有限公司", "PART_OF", "青禾交投集团")}


def test_lingdao_before_a_body_leads_it(nlp):
    doc = nlp("青禾县委领导县人大开展立法工作。")
    assert [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations] == [("青禾县委", "LEADS", "县人大")]


@pytest.mark.parametrize("text", ["青禾县委领导到村调研。", "青禾县委领导班子召开会议。"])
def test_a_bodys_leaders_lead_nothing(nlp, text):
    assert [rel for _, rel, _, _ in nlp(text)._.kg_relations if rel == "LEADS"] == []
