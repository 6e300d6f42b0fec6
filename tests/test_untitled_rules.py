"""Standards, norms, plans and model texts a body draws up, named without 《》 (制定物业服务标准和物业服务合同示范文本,
修订…建设导则, 编制…年度计划); on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc


def docs(doc) -> list[str]:
    """The named DOC spans of ``doc`` (no kinds of document: 服务标准)."""
    return [s.text for s in doc.spans["kg"] if s.label_ == "DOC" and not s._.kg_generic]


def issued(doc) -> list[tuple[str, str]]:
    """(issuer, document) of each ISSUED relation of ``doc``."""
    return [(h.text, t.text) for h, r, t, _ in doc._.kg_relations if r == "ISSUED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市住房和城乡建设主管部门应当会同市市场监督管理部门制定物业服务标准和物业服务合同示范文本，并向社会公布。",
         ["物业服务标准", "物业服务合同示范文本"]),
        ("省发展改革委会同省住房和城乡建设厅修订山区宜居村建设导则。", ["山区宜居村建设导则"]),
        ("水库管理单位应当制定水库调度运用方案和大坝安全管理应急预案。", ["水库调度运用方案", "大坝安全管理应急预案"]),
        ("县水行政主管部门应当编制小型水库监督检查年度计划。", ["小型水库监督检查年度计划"]),
    ],
)
def test_a_standard_or_plan_a_body_draws_up_is_a_document(nlp, text, expected):
    assert [d for d in docs(nlp(text)) if d in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        "用人单位应当执行最低工资标准。",  # a level it applies, no document it makes
        "自治区制定提高城乡低保标准的办法。",  # what it raises, no standard's name
        "县民政局制定服务标准。",  # too short to name one (a kind of document at most)
    ],
)
def test_a_level_or_a_bare_kind_is_no_document(nlp, text):
    assert not any(d.endswith("标准") for d in docs(nlp(text)))


def test_each_body_that_draws_it_up_together_issues_it(nlp):
    doc = nlp("市民政部门应当会同市卫生健康部门制定居家养老服务规范和服务质量评价标准。")
    assert ("市民政部门", "服务质量评价标准") in issued(doc)
    assert ("市卫生健康部门", "服务质量评价标准") in issued(doc)


def mechs(doc) -> list[str]:
    """The MECH spans of ``doc``."""
    return [s.text for s in doc.spans["kg"] if s.label_ == "MECH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建立涉粮腐败问题线索台账，逐条跟踪。", ["涉粮腐败问题线索台账"]),
        ("实行“一企一台账”管理。", ["“一企一台账”管理"]),  # a counted way of managing, with its head
        ("推行一户一台账。", ["一户一台账"]),
        # a ledger kept, checked or incomplete is no practice
        ("逐项核对资金台账和项目档案。", []),
        ("补贴发放台账登记不完整。", []),
        ("要求企业每次均提供纸质台账。", []),
    ],
)
def test_a_ledger_is_a_practice_only_where_it_is_set_up_quoted_or_a_formula(nlp, text, expected):
    assert [m for m in mechs(nlp(text)) if "台账" in m] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县工商联常态化开展“企业家接待日”活动。", ["“企业家接待日”活动"]),
        ("校纪委组织开展“廉润师大”系列活动。", ["“廉润师大”系列活动"]),
        # an activity held, or one of several listed, is no practice
        ("办好“双创汇”等活动。", []),
        ("举办“春季消费季”活动500场。", []),
    ],
)
def test_a_quoted_activity_a_body_carries_out_is_a_campaign(nlp, text, expected):
    assert [m for m in mechs(nlp(text)) if "活动" in m] == expected


def test_the_body_carrying_out_a_quoted_activity_sets_it_up(nlp):
    doc = nlp("县工商联常态化开展“企业家接待日”活动。")
    assert [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations] == [
        ("县工商联", "ESTABLISHED", "“企业家接待日”活动")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("通过联席会议、建立排查调处机制等方式化解矛盾。", ["联席会议", "排查调处机制"]),
        ("召开联席会议3次，化解纠纷12件。", []),  # meetings held: no practice named
        ("三省召开首次联席会议。", []),
    ],
)
def test_joint_meetings_are_a_practice_unless_held(nlp, text, expected):
    assert mechs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("天水市社区养老服务管理办法\n（2026年2月26日天水市人民政府令第15号公布 自2026年4月1日起施行）\n第一条 为了规范服务，制定本办法。",
         ("天水市人民政府", "天水市社区养老服务管理办法")),
        ("农村供水保障条例\n（2026年3月20日中华人民共和国国务院令第826号公布　自2026年7月1日起施行）",
         ("中华人民共和国国务院", "农村供水保障条例")),
        ("山西省煤矿采空区治理条例\n（2025年11月27日山西省第十四届人民代表大会常务委员会第二十三次会议通过）",
         ("山西省第十四届人民代表大会常务委员会", "山西省煤矿采空区治理条例")),
    ],
)
def test_the_line_under_a_regulations_title_says_who_issued_it(nlp, text, expected):
    assert expected in issued(nlp(text))


def test_a_line_of_dates_alone_issues_nothing(nlp):
    assert issued(nlp("天水市社区养老服务管理办法\n（2026年2月26日起施行）")) == []


def test_a_congress_named_with_its_session_is_the_congress(nlp):
    record = extract_doc(nlp("——2026年1月20日在山西省第十四届人民代表大会第四次会议上\n山西省人民代表大会审议。"),
                         source="t.txt")
    names = [e.name for e in record.entities if e.type == "ORG"]
    assert names == ["山西省人民代表大会"]


def test_a_blank_line_between_the_title_and_the_promulgation_line_changes_nothing(nlp):
    doc = nlp("机关档案数字化转型管理办法\n\n（2026年3月10日国家档案局令第25号公布　自2026年6月1日起施行）")
    assert issued(doc) == [("国家档案局", "机关档案数字化转型管理办法")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县纪委监委开展园区项目“全链条”专项检查。", ["园区项目“全链条”专项检查"]),
        ("市政府实施公共资源“一网交易”改革三年行动。", ["公共资源“一网交易”改革三年行动"]),
    ],
)
def test_a_campaign_named_with_a_quote_inside_is_named_whole(nlp, text, expected):
    doc = nlp(text)
    assert mechs(doc) == expected
    assert [r for _, r, t, _ in doc._.kg_relations if t.text == expected[0]] == ["ESTABLISHED"]


@pytest.mark.parametrize("text", ["督促其查找制度漏洞。", "堵塞管理制度漏洞。", "补齐机制短板。"])
def test_a_gap_in_a_system_names_no_system(nlp, text):
    assert mechs(nlp(text)) == []


@pytest.mark.parametrize("text", ["督促其压实行业监管责任。", "要求各地落实行业主管责任。"])
def test_shi_xing_inside_ya_shi_or_luo_shi_puts_nothing_in_force(nlp, text):
    assert mechs(nlp(text)) == []


@pytest.mark.parametrize("text", ["巡察组随即将该线索移交区纪委监委。", "推进紧密型县域医共体建设。", "全年完成用水权交易2.6亿立方米。"])
def test_kinds_of_work_and_sectors_are_no_named_practice(nlp, text):
    assert not any(not s._.kg_generic for s in nlp(text).spans["kg"] if s.label_ == "MECH")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全面推行涉企行政检查“扫码入企”制度。", ["涉企行政检查“扫码入企”制度"]),
        ("深化集体林权制度“三多”改革。", ["集体林权制度“三多”改革"]),
        ("推行“一窗受理”模式。", ["“一窗受理”模式"]),
        ("实施“人工智能+”“数据要素×”行动。", ["“人工智能+”", "“数据要素×”行动"]),  # two quotes: two names
    ],
)
def test_a_known_practice_before_a_quoted_system_is_its_field(nlp, text, expected):
    assert mechs(nlp(text)) == expected
