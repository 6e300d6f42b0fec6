"""Rules of session 20, on sentences written for these tests (made-up events; 岱川, 泓川, 澄溪 are made-up places,
申禾, 远衡 made-up brands)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract


def test_a_short_central_name_is_no_part_of_a_word(nlp):
    names, _ = _extract(nlp, "岱川县法院坚持在办案中监督、在监督中办案，集中办理积案。")
    assert "中办" not in names and "中共中央办公厅" not in names
    names, relations = _extract(nlp, "中办、国办印发《关于加强基层治理的意见》。")
    assert {"中办", "国办"} <= {name for name in names} | {m for _, ms in names.values() for m in ms}
    assert len([r for r in relations if r[1] == "ISSUED"]) == 2


def test_an_aspect_mark_opens_no_name(nlp):
    names, _ = _extract(nlp, "岱川市人民医院牵头成立了泓川区域胸痛救治联盟。")
    assert "泓川区域胸痛救治联盟" in names
    assert not any(name.startswith("了") for name in names)
    names, _ = _extract(nlp, "经查，当事人违反了药品管理法第五十三条规定。")
    assert "药品管理法" in names and "了药品管理法" not in names
    names, _ = _extract(nlp, "岱川县政府每年编制并公布重大行政决策事项目录。")
    assert "重大行政决策事项目录" in names
    assert not any(name.startswith("并") for name in names)


def test_verbs_that_move_bodies_end_names(nlp):
    names, _ = _extract(nlp, "机械工程学院党委带动学院毕业生就业。")
    assert "机械工程学院党委" in names and not any("带动" in name for name in names)
    names, _ = _extract(nlp, "澄溪镇信访办联动司法所开展调解，镇政府还整合派出所力量。")
    assert not any("联动" in name or "整合" in name for name in names)


@pytest.mark.parametrize(("sentence", "body"), [
    ("岱川县农业技术推广中心负责技术指导。", "岱川县农业技术推广中心"),
    ("泓川市医保经办中心负责审核。", "泓川市医保经办中心"),
    ("岱川市房屋征收经办中心负责征收。", "岱川市房屋征收经办中心"),
    ("泓川区城运分中心负责处置工单。", "泓川区城运分中心"),
    ("岱川县社保经办中心办理业务。", "岱川县社保经办中心"),
])
def test_domains_of_public_service_units(nlp, sentence, body):
    names, _ = _extract(nlp, sentence)
    assert body in names


@pytest.mark.parametrize(("sentence", "term"), [
    ("岱川市坚持边督边改、立行立改。", "边督边改"),
    ("会上通报了全市暗查暗访发现的问题。", "暗查暗访"),
    ("问题已全部建立台账、逐项销号。", "逐项销号"),
    ("县市场监管局推行信用承诺制。", "信用承诺制"),
    ("校党委通报了年度“书记项目”立项情况。", "书记项目"),
])
def test_nationwide_terms(nlp, sentence, term):
    names, _ = _extract(nlp, sentence)
    assert term in names


def test_a_unit_named_from_a_bare_short_name_takes_the_full_name(nlp):
    text = ("岱川市公安局（以下简称市局）推进警务改革。市局指挥中心会同市大数据局建立联动机制。"
            "市局党委研究部署工作。")
    names, _ = _extract(nlp, text)
    assert "岱川市公安局指挥中心" in names and "岱川市公安局党委" in names
    assert not any(name.startswith("岱川市局") for name in names)
    # a short name's first part (省委 of 省委农办) names nothing else; the party group of 省妇联 is the federation's,
    # named with its full name since session 39, its mention as written
    text = ("岱川省妇女联合会（以下简称省妇联）召开会议。省妇联党组书记讲话。"
            "中共岱川省委农村工作领导小组办公室（以下简称省委农办）统筹推进。省委组织部选派干部。")
    names, _ = _extract(nlp, text)
    assert not any(name.endswith("组织部") and "农村工作" in name for name in names)
    assert "省妇联党组" in names["岱川省妇女联合会党组"][1]


def test_stations_named_by_their_township(nlp):
    text = "澄溪镇建立调解室，镇综治中心统筹澄溪派出所、澄溪司法所开展联调。"
    names, _ = _extract(nlp, text)
    assert {"澄溪派出所", "澄溪司法所"} <= set(names)
    assert not any("统筹" in name for name in names)
    # no township of that name in the text: no station named from words before the head
    names, _ = _extract(nlp, "县司法局依托司法所开展普法。")
    assert "依托司法所" not in names


def test_tribunals_are_named_by_their_place(nlp):
    names, relations = _extract(nlp, "泓安人民法庭和和平人民法庭是岱川县法院在乡镇设立的派出法庭。")
    assert {"泓安人民法庭", "和平人民法庭"} <= set(names)
    assert "派出法庭" not in names and not relations
    names, _ = _extract(nlp, "岱川县法院深化“枫桥式人民法庭”创建。")
    assert names.get("枫桥式人民法庭", ("MECH", []))[0] != "ORG"


def test_a_township_of_one_character(nlp):
    names, _ = _extract(nlp, "县检察院与侯镇人民政府联合建立“检调对接”工作机制。")
    assert "侯镇人民政府" in names
    names, _ = _extract(nlp, "方案经镇党委研究后，上报镇人民政府。")
    assert "经镇党委" not in names and "报镇人民政府" not in names


def test_a_company_named_by_brand_and_trade(nlp):
    names, _ = _extract(nlp, "近日，岱川市纪委监委通报了申禾建设投资集团有限公司原党委副书记问题。")
    assert "申禾建设投资集团有限公司" in names
    names, _ = _extract(nlp, "市国资委监管的岱川城市建设投资集团有限公司召开会议。")
    assert "岱川城市建设投资集团有限公司" in names
    names, _ = _extract(nlp, "省国资委约谈远衡发展集团有限公司。")
    assert "远衡发展集团有限公司" in names and not any("约谈" in name for name in names)


def test_departments_of_an_institutions_party_committee_and_its_offices(nlp):
    text = ("岱川理工大学党委召开会议，党委组织部、党委宣传部负责落实，人事处、财务处配合。"
            "校纪委会同党委组织部开展检查，机械工程学院党委参加。")
    names, relations = _extract(nlp, text)
    assert {"岱川理工大学党委组织部", "岱川理工大学党委宣传部", "岱川理工大学人事处", "岱川理工大学财务处"} <= set(names)
    assert ("岱川理工大学党委组织部", "PART_OF", "岱川理工大学党委") in relations
    assert "组织部" not in names
    # two institutions' committees: whose department it is is not said
    names, _ = _extract(nlp, "岱川理工大学党委和泓川集团有限公司党委签订协议，党委组织部负责落实。")
    assert not any(name.endswith("党委组织部") for name in names)


def test_no_section_before_a_word_it_starts(nlp):
    names, _ = _extract(nlp, "岱川社保科创基金落地，县社保局社保科负责对接。")
    assert not any(name.endswith("社保科创基金") or name == "岱川社保科" for name in names)
    assert "县社保局社保科" in names or "岱川县社保局社保科" in names


def test_rules_genre_fixes(nlp):
    names, _ = _extract(nlp, "成员单位包括省应急厅、省消防救援总队和武警岱川省总队等。")
    assert "武警岱川省总队" in names and "岱川省总队" not in names
    names, _ = _extract(nlp, "领导小组办公室设在省农业农村厅，承担领导小组日常工作。")
    assert not any(name.startswith("承担") for name in names)
    names, _ = _extract(nlp, "实行首问负责制和限时办结制。首问责任人对职责范围内的事项应当受理。")
    assert "首问负责制" in names and "首问责任" not in names
    names, _ = _extract(nlp, "市政府严格执行《重大行政决策程序暂行条例》和岱川省重大行政决策程序规定，履行公众参与程序。")
    assert "岱川省重大行政决策程序规定" in names
    names, _ = _extract(nlp, "省国资委设立专职外部董事管理办公室，负责外部董事管理。")
    assert "专职外部董事管理办公室" in names and "专职外部" not in names


def test_only_a_legislature_issues_a_law(nlp):
    text = "根据中共中央办公厅、国务院办公厅印发的《乡村振兴责任制实施办法》和乡村振兴促进法，结合本省实际，制定本细则。"
    _, relations = _extract(nlp, text)
    assert ("国务院办公厅", "ISSUED", "乡村振兴责任制实施办法") in relations
    assert not any(tail == "乡村振兴促进法" for _, rel, tail in relations if rel == "ISSUED")
    _, relations = _extract(nlp, "全国人大常委会修订了畜牧法。")
    assert ("全国人大常委会", "ISSUED", "畜牧法") in relations


def test_work_report_titles_keep_their_place_and_year(nlp):
    names, _ = _extract(nlp, "筑牢生态屏障\n——白银市2026年政府工作报告生态文明建设部分\n过去一年，我们坚持生态优先。")
    assert "白银市2026年政府工作报告" in names
    names, _ = _extract(nlp, "2026年威县政府工作报告（民生保障部分）\n过去一年，我们坚持民生优先。")
    assert "2026年威县政府工作报告" in names
    names, _ = _extract(nlp, "深入学习贯彻省政府工作报告精神。")
    assert "政府工作报告" in names


def test_more_boundaries(nlp):
    names, _ = _extract(nlp, "（编者注：据悉，省信访局将结合本规定施行，在全省推广“阳光信访”。）")
    assert not any("将结合" in name for name in names)
    names, _ = _extract(nlp, "第十一条 鼓励行业协会商会建立会员信用档案。")
    assert not any(name.startswith("鼓励") for name in names)
    names, _ = _extract(nlp, "省科技厅组建岱江生态保护与修复创新联合体，吸纳岱川大学、泓川师范大学等高校参与。")
    assert "岱江生态保护与修复创新联合体" in names and "岱川大学" in names
    assert not any(name.startswith("吸纳") for name in names)
    names, _ = _extract(nlp, "修订《河北省水利厅厅属单位工程项目廉洁风险防控办法》。")
    assert "河北省水利厅" in names and "河北省水利厅厅" not in names
    names, _ = _extract(nlp, "村民指着村务公开栏说，镇里全面推行村务公开。")
    assert names.get("村务公开", ("", ["村务公开栏"]))[1] == ["村务公开"]
    names, _ = _extract(nlp, "推行“院坝会”议事机制和乡村治理积分制。")
    assert "乡村治理积分制" in names


def test_a_provinces_congress_makes_no_national_law(nlp):
    _, relations = _extract(nlp, "岱川省人民代表大会常务委员会公布《岱川省实施〈中华人民共和国湿地保护法〉办法》。")
    assert not any(tail.endswith("湿地保护法") for _, rel, tail in relations if rel == "ISSUED")


def test_full_leadership_is_leadership(nlp):
    _, relations = _extract(nlp, "第三条 村党组织全面领导村民委员会、村务监督委员会和村集体经济组织。")
    assert {("村党组织", "LEADS", "村民委员会"), ("村党组织", "LEADS", "村务监督委员会")} <= set(relations)


def test_a_short_name_given_in_brackets_is_the_bodys(nlp):
    text = ("白银县人民法院（以下简称白银法院）召开会议。白银法院与县司法局、县妇联联合印发《关于加强诉调对接工作的实施意见》。")
    names, relations = _extract(nlp, text)
    assert "白银法院" in names["白银县人民法院"][1]
    assert ("白银县人民法院", "ISSUED", "关于加强诉调对接工作的实施意见") in relations


def test_a_housing_note_between_a_body_and_its_verb(nlp):
    _, relations = _extract(nlp, "省河长制办公室（设在省水利厅）会同省生态环境厅、省公安厅建立“河长+警长”协作机制。")
    assert ("省河长制办公室", "PART_OF", "省水利厅") in relations
    assert ("省河长制办公室", "ESTABLISHED", "河长+警长协作机制") in relations
    assert ("省河长制办公室", "COOPERATES_WITH", "省公安厅") in relations
    assert ("省水利厅", "ESTABLISHED", "河长+警长协作机制") not in relations


def test_joint_conferences_sent_documents_and_quoted_teams(nlp):
    names, _ = _extract(nlp, "2项做法被国务院自由贸易试验区工作部际联席会议办公室复制推广。")
    assert "国务院自由贸易试验区工作部际联席会议办公室" in names
    names, _ = _extract(nlp, "形成问题清单和整改建议书，分别送达集团党委和集团下属的岱川康泰医院。")
    assert not any(name.startswith(("分别", "送达")) for name in names)
    names, relations = _extract(nlp, "市纪委监委案件审理室牵头组建“审理片区协作组”，开展交叉评查。")
    assert ("市纪委监委案件审理室", "ESTABLISHED", "审理片区协作组") in relations


def test_checking_against_a_document_inspects_no_body(nlp):
    _, relations = _extract(nlp, "市纪委监委党风政风监督室对照市委办公室印发的《年度督查检查考核计划》开展督查检查。")
    assert not any(tail.endswith("市委办公室") for _, rel, tail in relations if rel == "INSPECTS")
    _, relations = _extract(nlp, "县委第一巡察组对县卫健局开展巡察。")
    assert ("县委第一巡察组", "INSPECTS", "县卫健局") in relations


def test_quoted_names_counted_as_practices(nlp):
    names, _ = _extract(nlp, "全年形成制度创新成果36项，其中“跨境结算便利化”“互市商品落地加工”2项做法被复制推广。")
    assert {"跨境结算便利化", "互市商品落地加工"} <= set(names)
    names, _ = _extract(nlp, "“海外仓退货集约办理”入选商务部最佳实践案例。")
    assert "海外仓退货集约办理" in names
    names, _ = _extract(nlp, "“岱川红”入选全国农产品品牌。")
    assert "岱川红" not in names


def test_two_parallel_phrases_describe_a_mechanism_set_up(nlp):
    names, relations = _extract(nlp, "县级以上人民政府应当推行主动发现、快速响应的救助机制。")
    assert ("县级以上人民政府", "ESTABLISHED", "主动发现、快速响应的救助机制") in relations
    names, _ = _extract(nlp, "逐步形成系统集成、协同高效的监督格局。")
    assert "系统集成、协同高效的监督格局" not in names
    names, _ = _extract(nlp, "坚持公开透明、公平公正的原则。")
    assert not names


def test_a_kind_of_consortium_is_no_named_body(nlp):
    # (session 26: a generic class of bodies, as the annotation counts its relation to the firms that set it up)
    (record,) = extract_texts(nlp, [("t.txt", "支持企业组建体系化任务型创新联合体，支持骨干企业牵头组建紧密型创新联合体。")])
    assert not any(e.name.endswith("创新联合体") and not e.generic for e in record.entities)


@pytest.mark.parametrize("body", ["市交投公司", "岱川城投集团", "泓川交投集团"])
def test_local_investment_companies(nlp, body):
    names, _ = _extract(nlp, f"{body}负责项目融资。")
    assert any(name.endswith(body) for name in names)


def test_a_notice_without_signature_issues_what_it_forwards_by_its_title_lines_issuers(nlp):
    text = ("中共白鹭县委办公室　白鹭县人民政府办公室关于印发《白鹭县村级组织运行规则（试行）》的通知\n"
            "各乡镇党委、人民政府，县级有关部门：\n现将《白鹭县村级组织运行规则（试行）》印发给你们，请认真贯彻执行。")
    _, relations = _extract(nlp, text)
    assert ("中共白鹭县委办公室", "ISSUED", "白鹭县村级组织运行规则(试行)") in relations
    assert ("白鹭县人民政府办公室", "ISSUED", "白鹭县村级组织运行规则(试行)") in relations


def test_no_group_in_group_run_schooling_and_no_customs_in_a_kind_of_zone(nlp):
    names, _ = _extract(nlp, "推进跨市域集团化办学，实现全国首票海关特殊监管区域外保税再制造。")
    assert not any(name.endswith(("集团", "海关")) for name in names)
    names, _ = _extract(nlp, "岱川海关开展查验，岱川教育集团配合。")
    assert {"岱川海关", "岱川教育集团"} <= set(names)


def test_the_centres_delegation_is_no_congress_delegation(nlp):
    text = "甘肃省第十四届人民代表大会第四次会议开幕。中央代表团出席庆祝大会。在白银市代表团，代表们审议了报告。"
    _, relations = _extract(nlp, text)
    assert not any(head == "中央代表团" for head, rel, _ in relations if rel == "PART_OF")
    assert any(head.endswith("白银市代表团") for head, rel, _ in relations if rel == "PART_OF")
