"""A system a body sets up, named by the clauses it lists before 的 (建立企业出题、院所答题、政府助题的协同攻关机制),
and the cases that name none; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import relations_of


def mechs(doc) -> list[str]:
    """The named MECH spans of ``doc``."""
    return [s.text for s in doc.spans["kg"] if s.label_ == "MECH" and not s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾市政府建立企业出题、院所答题、政府助题的协同攻关机制。", "企业出题、院所答题、政府助题的协同攻关机制"),
        ("县审计局与县纪委监委建立问题线索双向移送、整改结果共同督办的常态化协作机制。",
         "问题线索双向移送、整改结果共同督办的常态化协作机制"),
        ("推动形成“一家牵头、多方联动、同向发力”的监督格局。", "“一家牵头、多方联动、同向发力”的监督格局"),
        ("各级政府应当建立与乡村振兴需要相适应的财政投入机制。", "与乡村振兴需要相适应的财政投入机制"),
    ],
)
def test_the_clauses_a_verb_sets_up_name_the_system(nlp, text, name):
    assert name in mechs(nlp(text))


def test_the_body_sets_up_the_whole_system(nlp):
    doc = nlp("青禾市政府建立企业出题、院所答题、政府助题的协同攻关机制。")
    assert relations_of(doc) == [("青禾市政府", "ESTABLISHED", "企业出题、院所答题、政府助题的协同攻关机制")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("逐步形成系统集成、协同高效的监督格局。", "系统集成、协同高效的监督格局"),  # two qualities, no name
        ("建立由青禾县人民政府主导、乡镇分级负责的生态补偿机制。", "由青禾县人民政府主导、乡镇分级负责的生态补偿机制"),
        ("加强监督检查、审计监督的贯通机制。", "监督检查、审计监督的贯通机制"),  # no verb sets it up
    ],
)
def test_no_system_named_by_qualities_an_agent_or_without_a_setting_up_verb(nlp, text, absent):
    assert absent not in mechs(nlp(text))


def test_the_agent_of_a_system_stays_a_body(nlp):
    doc = nlp("在县委统一领导下，建立由青禾县人民政府主导、乡镇分级负责的生态补偿机制。")
    assert "青禾县人民政府" in [s.text for s in doc.spans["kg"] if s.label_ == "ORG"]


def test_fields_listed_before_a_quoted_practice_are_no_practices(nlp):
    doc = nlp("青禾县推行养老服务、社会救助等“线上网格化+线下包户”管理模式。")
    assert "养老服务" not in mechs(doc)
    assert "“线上网格化+线下包户”管理模式" in mechs(doc)


def test_practices_listed_before_a_generic_head_stay_practices(nlp):
    assert {"首问负责", "限时办结"} <= set(mechs(nlp("青禾县推行首问负责、限时办结等制度。")))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县级以上地方人民政府应当建立政务服务热线与应急救援热线的联动机制。", "政务服务热线与应急救援热线的联动机制"),
        ("青禾省健全以国家公园为主体的自然保护地体系。", "以国家公园为主体的自然保护地体系"),
    ],
)
def test_two_things_joined_or_a_centre_name_the_system_a_verb_sets_up(nlp, text, name):
    assert name in mechs(nlp(text))


def test_a_system_is_named_only_by_its_centre(nlp):
    names = mechs(nlp("青禾县建立覆盖全人群、全生命周期的人口服务体系。"))
    assert "覆盖全人群、全生命周期的人口服务体系" not in names


def test_items_counted_after_etc_are_each_a_practice(nlp):
    doc = nlp("两地纪委监委建立线索移送、异地协助调查、信息共享等3项工作机制。")
    assert {"线索移送", "异地协助调查", "信息共享"} <= set(mechs(doc))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("青禾县医疗保障局开展医保基金“穿透式”筛查。", "“穿透式”"),
        ("青禾县医疗保障局建立医保基金智能监控“两库一平台”。", "“两库一平台”"),
        ("全面推广基层网格治理“多格共治”。", "“多格共治”"),
    ],
)
def test_a_quote_after_a_setting_up_verb_and_the_field_it_serves_is_a_practice(nlp, text, quote):
    assert quote in mechs(nlp(text))


@pytest.mark.parametrize("text", ["青禾市打造对接大湾区“桥头堡”。", "青禾市全力建设西部“数据之都”的目标。"])
def test_a_goal_in_quotes_after_a_field_is_no_practice(nlp, text):
    assert mechs(nlp(text)) == []


@pytest.mark.parametrize("text", ["全面实施“两重”“两新”政策。", "推进“一地多证”、“一地多补”问题整改。"])
def test_quotes_in_a_row_said_to_be_policies_or_problems_name_no_practice(nlp, text):
    assert mechs(nlp(text)) == []


def test_quotes_in_a_row_put_in_force_are_practices(nlp):
    assert mechs(nlp("推行“集成办”“就近办”。")) == ["“集成办”", "“就近办”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院农业农村主管部门负责制定全国农村集体资产监督管理的指导性规范。", []),  # 负责 + 制定: no 负责制
        ("青禾县政务服务中心实行首问负责制。", ["首问负责制"]),
        ("省财政厅会同有关部门制订资产管理办法。", []),  # 制订: a verb, no 制
    ],
)
def test_a_system_head_never_starts_a_verb(nlp, text, expected):
    assert mechs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚决防止“纸面整改”“虚假整改”。", []),  # problems to be rid of
        ("杜绝“一刀切”“简单化”，推行“接诉即办”。", ["“接诉即办”"]),
        ("进一步扩充检视整治“问题库”。", ["“问题库”"]),  # 整治 of 检视整治 rids the text of nothing here
    ],
)
def test_quotes_after_what_is_to_be_rid_of_are_problems(nlp, text, expected):
    assert mechs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who does what, twice, in quotes, before a system's head: one name
        ("全面推行街道“吹哨”、部门“报到”机制。", ["街道“吹哨”、部门“报到”机制"]),
        # a list of campaigns sharing a head stays a list
        ("开展烟花爆竹“打非治违”、货运企业“三上门”行动。", ["“打非治违”", "“三上门”行动"]),
    ],
)
def test_paired_quoted_roles_before_a_head_name_one_system(nlp, text, expected):
    assert mechs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 实行 ends where 行政 starts, 规范 + 性 is a quality: neither cuts the name
        ("全面落实行政规范性文件备案审查制度。", ["行政规范性文件备案审查制度"]),
        ("县政府建立规范性文件备案审查制度。", ["规范性文件备案审查制度"]),
        # a five-year period in quotes names no practice
        ("制定实施“九五”普法规划，推行“三反馈”。", ["“三反馈”"]),
    ],
)
def test_names_across_verbs_and_periods_in_quotes(nlp, text, expected):
    assert mechs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("为妇女免费开展“两癌”筛查，推进“两久”项目处置。", []),  # a count and one word: labels
        ("深化“三医”协同，推行“三反馈”。", ["“三医”协同", "“三反馈”"]),  # but how the counted ones work together
    ],
)
def test_a_count_and_one_word_in_quotes_is_a_label(nlp, text, expected):
    assert mechs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全面建立市、县（区）、乡（镇）三级湖长体系。", "市、县（区）、乡（镇）三级湖长体系"),
        ("构建市、区县、街道三级联动机制。", "市、区县、街道三级联动机制"),
        ("完善市、区两级重大项目调度机制。", "市、区两级重大项目调度机制"),
        ("县委巡察办建立巡察干部人才库。", "巡察干部人才库"),
        ("省国资委组建省属企业纪检干部人才库。", "省属企业纪检干部人才库"),
    ],
)
def test_practices_named_by_the_levels_they_join_and_talent_pools(nlp, text, name):
    doc = nlp(text)
    assert [(s.text, s._.kg_generic) for s in doc.spans["kg"] if s.label_ == "MECH"] == [(name, False)]
    assert not [s for s in doc.spans["kg"] if s.label_ == "ORG" and s.text.endswith("干部")]  # cadres, no body


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县纪委监委与县审计局建立信息共享、线索互移、成果互用机制。", ["信息共享、线索互移、成果互用机制"]),
        ("建立健全节点监督检查、典型案例通报机制。", ["节点监督检查", "典型案例通报机制"]),  # each its own
        ("建立约谈提醒、督办通报机制。", ["约谈提醒", "督办通报机制"]),  # two phrases: two practices
    ],
)
def test_parallel_four_character_phrases_before_one_head_name_one_practice(nlp, text, names):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == names
