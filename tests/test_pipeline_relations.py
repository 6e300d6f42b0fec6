"""Relations from verbs and clause patterns, with dropped subjects carried over."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from tests.conftest import extracted


def relations(doc) -> list[tuple[str, str, str]]:
    """The relations of ``doc``, but for a unit PART_OF the body its name starts with (tested on its own)."""
    return [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations if not _named_parent(h, rel, t)]


def _named_parent(head, rel, tail) -> bool:
    return rel == "PART_OF" and head.start_char == tail.start_char and tail.end_char < head.end_char


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("天水市纪委监委制定出台《天水市监督检查工作办法》。",
         [("天水市纪委监委", "ISSUED", "天水市监督检查工作办法")]),
        ("县委组织部成立干部监督专项检查组。", [("县委组织部", "ESTABLISHED", "干部监督专项检查组")]),
        ("县委组织部选派52名干部组建驻村工作队。", [("县委组织部", "ESTABLISHED", "驻村工作队")]),
        ("县委设置巡察机构。", [("县委", "ESTABLISHED", "巡察机构")]),  # 设置 a body, as 设立
        ("市中院会签《行政争议化解协作意见》。", [("市中院", "ISSUED", "行政争议化解协作意见")]),
        ("县人大常委会表决通过《关于加强生态环境保护的决定》。",
         [("县人大常委会", "ISSUED", "关于加强生态环境保护的决定")]),
        ("区委巡察办探索建立“双反馈”机制。", [("区委巡察办", "ESTABLISHED", "“双反馈”机制")]),
        ("在市委的坚强领导下，市委巡察办扎实工作。", [("市委", "LEADS", "市委巡察办")]),
        ("在县委的统一领导下，县纪委监委、县委组织部扎实工作。",
         [("县委", "LEADS", "县纪委监委"), ("县委", "LEADS", "县委组织部")]),
        ("省委第一巡视组对兰州市进行了巡视。", []),  # no 兰州市委 in the text to stand for the place
        ("省委第一巡视组对兰州市委开展巡视。", [("省委第一巡视组", "INSPECTS", "兰州市委")]),
        ("市委第一督察组对县委开展督察。", [("市委第一督察组", "INSPECTS", "县委")]),
    ],
)
def test_relations_from_one_sentence(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("定西市公安局交警支队开展整治。", [("定西市公安局交警支队", "PART_OF", "定西市公安局")]),
        ("青禾县纪委监委第二监督检查室约谈了有关负责人。", [("青禾县纪委监委第二监督检查室", "PART_OF", "青禾县纪委监委")]),
        ("云岭市人大常委会党组召开会议。",
         [("云岭市人大常委会", "PART_OF", "云岭市人大"), ("云岭市人大常委会党组", "PART_OF", "云岭市人大常委会")]),
        ("县政府办公室印发通知。", [("县政府办公室", "PART_OF", "县政府")]),
        ("市纪委监委通报了三起案件。", []),  # one body of two names, not a commission inside a commission
        # a national agency's office in a place: its name holds the agency, whose own (所属) office it is
        ("国家税务总局定西市税务局开展检查。", [("国家税务总局定西市税务局", "PART_OF", "国家税务总局")]),
    ],
)
def test_relations_a_unit_is_part_of_the_body_its_name_starts_with(nlp, text, expected):
    found = [(h.text, rel, t.text) for h, rel, t, _ in nlp(text)._.kg_relations if rel == "PART_OF"]
    assert sorted(found) == sorted(expected)


def test_relations_list_of_actors_and_cooperation(nlp):
    doc = nlp("县财政局与县审计局、县统计局建立协作配合机制，加强协作。")
    assert relations(doc) == [("县财政局", "COOPERATES_WITH", "县审计局"), ("县财政局", "COOPERATES_WITH", "县统计局")]


def test_relations_actor_is_the_subject_of_the_latest_clause_that_has_one(nlp):
    doc = nlp("县委巡察组反馈问题后，县政府压实责任，推行“明厨亮灶”模式。")
    assert relations(doc) == [("县政府", "ESTABLISHED", "“明厨亮灶”模式")]
    doc = nlp("县委巡察办认真履职，压实责任，探索建立“双反馈”机制。")
    assert relations(doc) == [("县委巡察办", "ESTABLISHED", "“双反馈”机制")]


def test_relations_body_in_charge_is_an_actor(nlp):
    doc = nlp("县乡村振兴局负责日常工作，并会同县财政局开展督导。县委巡察办负责同志参加会议，联合县审计局开展检查。")
    assert relations(doc) == [("县乡村振兴局", "COOPERATES_WITH", "县财政局"),  # 负责 a task, not 负责同志
                              ("县乡村振兴局", "COOPERATES_WITH", "县审计局")]


def test_relations_subject_before_an_adverb_and_yu(nlp):
    doc = nlp("此前，县法院已与县司法局建立府院联动机制。")
    assert set(relations(doc)) == {("县法院", "ESTABLISHED", "府院联动机制"), ("县司法局", "ESTABLISHED", "府院联动机制"),
                                   ("县法院", "COOPERATES_WITH", "县司法局")}


def test_relations_those_told_to_act_are_not_the_subject(nlp):
    doc = nlp("县委印发《意见》，要求各乡镇建立“双报告”机制。")
    assert relations(doc) == [("县委", "ISSUED", "意见")]
    doc = nlp("县委巡察办认真履职，推动建立“双报告”机制。")  # the subject pushes its own
    assert relations(doc) == [("县委巡察办", "ESTABLISHED", "“双报告”机制")]


def test_relations_lead_and_helpers(nlp):
    doc = nlp("由县政务服务中心牵头，县发展改革委、县司法局配合，推行证明事项告知承诺制。")
    assert set(relations(doc)) == {("县发展改革委", "COOPERATES_WITH", "县政务服务中心"),  # (配合's subjects first)
                                   ("县司法局", "COOPERATES_WITH", "县政务服务中心"),
                                   ("县政务服务中心", "ESTABLISHED", "证明事项告知承诺制")}


def test_relations_each_item_of_an_enumeration_carries_the_subject_before_it(nlp):
    text = ("县政府深化改革。\n一是深化“一网通办”。县数据局牵头建设平台。\n二是推行“承诺制”审批。\n"
            "县纪委监委开展监督，同时建立“双报告”制度。")
    assert relations(nlp(text)) == [("县政府", "ESTABLISHED", "“承诺制”"),  # not 县数据局 of the first item
                                    ("县纪委监委", "ESTABLISHED", "“双报告”制度")]  # after the enumeration


def test_relations_a_section_does_not_carry_the_subject_of_the_section_before(nlp):
    text = ("县政府印发方案。\n一、重点任务\n（一）优化服务。县法院建立“绿色通道”机制。\n二、保障措施\n"
            "成立县营商环境工作领导小组。")
    assert relations(nlp(text)) == [("县法院", "ESTABLISHED", "“绿色通道”机制"),
                                    ("县政府", "ESTABLISHED", "县营商环境工作领导小组")]


def test_relations_an_institution_by_its_short_form_is_a_subject_of_its_own(nlp):
    text = "校党委巡察办开展巡察。学校建立整改台账。"
    assert relations(nlp(text)) == []  # not the inspection office of the sentence before


def test_relations_a_later_clause_with_partners_of_its_own_is_about_the_subject_alone(nlp):
    text = "市信访局与市司法局建立诉访分离协作机制，与市公安局建立涉访违法行为处置联动机制。"
    got = set(relations(nlp(text)))
    assert ("市信访局", "ESTABLISHED", "涉访违法行为处置联动机制") in got
    assert ("市公安局", "ESTABLISHED", "涉访违法行为处置联动机制") in got
    assert ("市司法局", "ESTABLISHED", "涉访违法行为处置联动机制") not in got  # a partner of the first clause only


def test_relations_a_place_acting_in_a_later_clause_is_its_subject(nlp):
    text = "区信访局创新“信访代办”工作法，镇原县建立“一站式”接访中心。"
    assert relations(nlp(text)) == [("区信访局", "ESTABLISHED", "“信访代办”工作法")]


@pytest.mark.parametrize(("text", "expected"), [
    ("检查组指出，市政府要坚持问题导向，推行“双报告”制度。", [("市政府", "ESTABLISHED", "“双报告”制度")]),
    ("省委、省政府表示，将制定《整改方案》。", [("省委", "ISSUED", "整改方案"), ("省政府", "ISSUED", "整改方案")]),
    ("下一步，市审计局拟进一步建立“双报告”制度。", [("市审计局", "ESTABLISHED", "“双报告”制度")]),
])
def test_relations_what_a_body_is_told_or_means_to_do_is_stated_like_what_it_did(nlp, text, expected):
    # (annotators count a relation a sentence states whatever its tense: the sentence is the evidence)
    assert relations(nlp(text)) == expected


def test_relations_a_document_a_body_presses_for_is_not_its_own(nlp):
    assert not any(r[1] == "ISSUED" for r in relations(nlp("省人大常委会推动出台《岱川省河湖保护条例》。")))


def test_relations_words_with_yao_are_no_duty(nlp):
    text = "市委主要负责同志出席会议。市纪委监委根据会议纪要建立“双报告”制度。"
    assert relations(nlp(text)) == [("市纪委监委", "ESTABLISHED", "“双报告”制度")]


def test_relations_an_organ_of_a_body_is_part_of_it(nlp):
    doc = nlp("县委巡察办是县委巡察工作领导小组的日常办事机构，设在县纪委监委。")
    assert set(relations(doc)) == {("县委巡察办", "PART_OF", "县委巡察工作领导小组"),
                                   ("县委巡察办", "PART_OF", "县纪委监委")}
    assert relations(nlp("县委巡察办为县委工作机关。")) == [("县委巡察办", "PART_OF", "县委")]
    assert relations(nlp("县委巡察办是县委的“千里眼”。")) == []


def test_relations_subject_carried_to_next_sentence(nlp):
    doc = nlp("市委巡察办认真履行职责。同时，探索建立“回访评估”机制。")
    assert relations(doc) == [("市委巡察办", "ESTABLISHED", "“回访评估”机制")]


def test_relations_title_issuer_beats_carried_subject(nlp):
    doc = nlp("市委巡察办认真履行职责。2023年制定出台《中共天水市委巡察工作规划》。")
    assert relations(doc) == [("中共天水市委", "ISSUED", "中共天水市委巡察工作规划")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a body the title is about is not its issuer when the clause names one
        ("天水市卫生健康委印发《天水市人民医院绩效考核办法》。",
         [("天水市卫生健康委", "ISSUED", "天水市人民医院绩效考核办法")]),
        ("定西市教育局制定《定西市第一中学安全管理办法》。", [("定西市教育局", "ISSUED", "定西市第一中学安全管理办法")]),
        # …关于…: the body before 关于 wrote it, whoever passes it on
        ("天水市政府办公室印发《天水市人民政府关于加强河湖管理的意见》。",
         [("天水市人民政府", "ISSUED", "天水市人民政府关于加强河湖管理的意见"),
          ("天水市政府办公室", "ISSUED", "天水市人民政府关于加强河湖管理的意见")]),
    ],
)
def test_relations_body_named_in_a_title(nlp, text, expected):
    assert sorted(relations(nlp(text))) == sorted(expected)


NOTICE = """各县区人民政府，市政府各部门：
现将《天水市城市更新行动实施方案》印发给你们，请认真贯彻执行。
天水市人民政府办公室
2024年3月5日
"""


def test_relations_notice_forwarding_a_title_is_issued_by_its_signatory(nlp):
    # the addressees are not the subject; 将 puts the title before 印发; the body signing above the date issues it
    assert relations(nlp(NOTICE)) == [("天水市人民政府办公室", "ISSUED", "天水市城市更新行动实施方案")]
    unsigned = NOTICE.replace("2024年3月5日\n", "")
    assert relations(nlp(unsigned)) == []


def test_relations_notice_forwarding_a_title_named_in_the_clause_before(nlp):
    notice = NOTICE.replace("现将《天水市城市更新行动实施方案》印发给你们",
                            "《天水市城市更新行动实施方案》已经市政府同意，现印发给你们")
    assert set(relations(nlp(notice))) == {("天水市人民政府办公室", "ISSUED", "天水市城市更新行动实施方案"),
                                           ("市政府", "ISSUED", "天水市城市更新行动实施方案")}  # approved by it


def test_relations_title_moved_before_the_verb(nlp):
    doc = nlp("市委办公室将《天水市巡察工作规程》《天水市巡察整改办法》印发各地。")
    assert relations(doc) == [("市委办公室", "ISSUED", "天水市巡察工作规程"),
                              ("市委办公室", "ISSUED", "天水市巡察整改办法")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委第二巡察组进驻县教育局开展为期一个月的常规巡察。", [("县委第二巡察组", "INSPECTS", "县教育局")]),
        ("县委第一巡察组对县卫健局、县医保局党组开展“机动式”巡察。",
         [("县委第一巡察组", "INSPECTS", "县卫健局"), ("县委第一巡察组", "INSPECTS", "县医保局党组")]),
    ],
)
def test_relations_inspects_each_body_named(nlp, text, expected):
    assert relations(nlp(text)) == expected


def test_relations_modifier_is_not_an_actor(nlp):
    doc = nlp("市委组织部认真研究。结合十届市委第一轮巡察成立选人用人检查组。")
    assert relations(doc) == [("市委组织部", "ESTABLISHED", "选人用人检查组")]


def test_relations_evidence_is_the_sentence(nlp):
    text = "前言。区纪委印发《监督办法》。后记。"
    (_, _, _, (start, end)), = nlp(text)._.kg_relations
    assert text[start:end] == "区纪委印发《监督办法》。"


def test_relations_partner_clause_keeps_the_subject(nlp):
    doc = nlp("渭源县委巡察办推行“巡审联动”机制，与县审计局建立线索移送机制。")
    assert ("渭源县委巡察办", "ESTABLISHED", "线索移送机制") in relations(doc)
    assert ("县审计局", "ESTABLISHED", "线索移送机制") in relations(doc)


def test_relations_joint_action_with_lianhe(nlp):
    doc = nlp("县市场监管局联合县公安局组成联合执法组。")
    assert set(relations(doc)) == {("县市场监管局", "ESTABLISHED", "联合执法组"), ("县公安局", "ESTABLISHED", "联合执法组"),
                                   ("县市场监管局", "COOPERATES_WITH", "县公安局")}


def test_relations_every_body_listed_after_huitong_or_lianhe(nlp):
    doc = nlp("县生态环境局会同县自然资源局、县水务局开展排查。")
    assert relations(doc) == [("县生态环境局", "COOPERATES_WITH", "县自然资源局"),
                              ("县生态环境局", "COOPERATES_WITH", "县水务局")]
    doc = nlp("县应急管理局召开会议，联合县公安局、县交通运输局开展整治。")
    assert relations(doc) == [("县应急管理局", "COOPERATES_WITH", "县公安局"),
                              ("县应急管理局", "COOPERATES_WITH", "县交通运输局")]


def test_relations_partner_after_a_modal_of_duty(nlp):
    # a regulation's duty: 应当/负责 between the subject and 会同 keep both partners and both issuers
    doc = nlp("省水利厅应当会同省财政厅编制全省农村供水规划。")
    assert set(relations(doc)) == {("省水利厅", "COOPERATES_WITH", "省财政厅"),
                                   ("省水利厅", "ISSUED", "全省农村供水规划"), ("省财政厅", "ISSUED", "全省农村供水规划")}
    doc = nlp("市民政局负责会同市公安局开展排查。")
    assert relations(doc) == [("市民政局", "COOPERATES_WITH", "市公安局")]
    doc = nlp("省水利厅应当向省财政厅报送年度计划。")  # no verb of working together
    assert relations(doc) == []


def test_relations_bodies_setting_up_a_joint_mechanism_cooperate(nlp):
    doc = nlp("县检察院与县生态环境局建立“生态检察+行政执法”协作机制。")
    assert set(relations(doc)) == {("县检察院", "ESTABLISHED", "“生态检察+行政执法”协作机制"),
                                   ("县生态环境局", "ESTABLISHED", "“生态检察+行政执法”协作机制"),
                                   ("县检察院", "COOPERATES_WITH", "县生态环境局")}
    doc = nlp("县检察院与县生态环境局建立“双报告”制度。")  # nothing joint in its name
    assert ("县检察院", "COOPERATES_WITH", "县生态环境局") not in relations(doc)
    doc = nlp("职能部门与检察机关建立联动协作机制。")  # classes named as partners cooperate too
    assert [r for r in relations(doc) if r[1] == "COOPERATES_WITH"] == [("职能部门", "COOPERATES_WITH", "检察机关")]
    doc = nlp("职能部门、检察机关应当建立联动协作机制。")  # classes listed as each one that may: no partners
    assert [r for r in relations(doc) if r[1] == "COOPERATES_WITH"] == []


def test_relations_numbered_office_is_one_actor(nlp):
    doc = nlp("省纪委监委第三监督检查室对定西市委开展专项督查。")
    assert relations(doc) == [("省纪委监委第三监督检查室", "INSPECTS", "定西市委")]


def test_relations_setting_up_a_titled_document_is_issuing_it(nlp):
    doc = nlp("县审计局建立《县审计局与县财政局协作机制》。")
    assert relations(doc) == [("县审计局", "ISSUED", "县审计局与县财政局协作机制")]


def test_relations_approving_body_issues_the_document(nlp):
    doc = nlp("《渭源县河道管理办法》已经县政府同意，现印发给你们。")
    assert relations(doc) == [("县政府", "ISSUED", "渭源县河道管理办法")]


def test_relations_signatory_issues_the_document_whose_title_is_its_first_line(nlp):
    text = "关于第三季度营商环境督查情况的通报\n各县区人民政府：\n现将情况通报如下。\n定西市人民政府办公室\n2025年10月8日\n"
    assert relations(nlp(text)) == [("定西市人民政府办公室", "ISSUED", "关于第三季度营商环境督查情况的通报")]
    assert relations(nlp(text.replace("2025年10月8日", "（此件公开发布）"))) == []  # no signature block


@pytest.mark.parametrize("second", ["据了解，该县探索推行“接诉即办”机制。", "定西市坚持推行“接诉即办”机制。"])
def test_relations_place_as_subject_takes_nothing_over(nlp, second):
    doc = nlp("县审计局完成审计。" + second)
    assert relations(doc) == []


def test_relations_class_as_object_does_not_block_the_carried_subject(nlp):
    doc = nlp("县委巡察办认真履职。向有关职能部门提出建议5项，下发《巡察建议书》。")
    assert relations(doc) == [("县委巡察办", "ISSUED", "巡察建议书")]


def test_relations_anaphor_points_back_to_a_body_of_its_kind(nlp):
    _, named = extracted(nlp, "县审计局完成审计。该局制定了《审计整改办法》。")
    assert named == {("县审计局", "ISSUED", "审计整改办法")}
    doc = nlp("县纪委监委完成检查。该局制定了《审计整改办法》。")
    assert relations(doc) == []


def test_relations_noun_made_of_a_verb_is_no_verb(nlp):
    assert relations(nlp("市人大常委会组成人员、市人大代表参加视察。")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委巡察办对十届市委第五轮巡察的被巡察党组织开展督查。", []),  # 十届市委 names a round
        ("省委第一巡视组巡视省交通厅党组、省水利厅党组。",  # the verb alone between team and targets
         [("省委第一巡视组", "INSPECTS", "省交通厅党组"), ("省委第一巡视组", "INSPECTS", "省水利厅党组")]),
        ("市委巡察办巡察市水务局。", []),  # an office runs inspections; its teams inspect
        ("检查组对定西市第五中学食堂、渭源县会川镇菜市场等12家单位进行了检查。",
         [("检查组", "INSPECTS", "定西市第五中学")]),  # a long list of targets
        ("市委巡察办对各单位整改质效开展后评估,实现对巡察结果全流程监督。", []),  # the verb is in the next clause
    ],
)
def test_relations_inspection_targets(nlp, text, expected):
    assert relations(nlp(text)) == expected


def test_relations_team_stationed_in_a_body_inspects_it(nlp):
    doc = nlp("市委第一巡察组进驻市水务局开展巡察。")
    assert relations(doc) == [("市委第一巡察组", "INSPECTS", "市水务局")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在省纪委监委的指导下，市纪委监委开展专项整治。", [("省纪委监委", "LEADS", "市纪委监委")]),
        ("市委巡察办指导县委巡察办开展工作。", [("市委巡察办", "LEADS", "县委巡察办")]),
        ("巡察工作由市委统一领导。", []),  # nobody led is named
        # the one led is the subject before the phrase
        ("市审计局聚焦审计整改，在市委审计委员会的坚强领导下，建立长效机制。",
         [("市委审计委员会", "LEADS", "市审计局")]),
        ("区法院在区委政法委的指导下，与区司法局建立诉调对接机制。",  # 区司法局 is the court's partner
         [("区委政法委", "LEADS", "区法院"), ("区法院", "ESTABLISHED", "诉调对接机制"),
          ("区司法局", "ESTABLISHED", "诉调对接机制")]),
    ],
)
def test_relations_leads(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委巡察工作领导小组办公室设在市纪委监委。", [("市委巡察工作领导小组办公室", "PART_OF", "市纪委监委")]),
        ("县委下设巡察办。", [("巡察办", "PART_OF", "县委")]),
        ("专项工作专班下设6个工作组。", [("工作组", "PART_OF", "专项工作专班")]),  # a count before the units
    ],
)
def test_relations_housed_bodies_are_part_of_their_host(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regulation's duty is the relation it states (要: what a body is told to do, stays none)
        ("县级以上人民政府应当建立信访工作制度。", [("县级以上人民政府", "ESTABLISHED", "信访工作制度")]),
        ("审计署应当对海关总署开展审计。", [("审计署", "INSPECTS", "海关总署")]),
        ("市人民政府有关部门负责。", [("市人民政府有关部门", "PART_OF", "市人民政府")]),
        ("海关总署印发《口岸管理办法》。", [("海关总署", "ISSUED", "口岸管理办法")]),
        ("县政府应当制定《实施办法》。", [("县政府", "ISSUED", "实施办法")]),
    ],
)
def test_relations_duties_audits_and_national_bodies(nlp, text, expected):
    assert [(h.text, r, t.text) for h, r, t, _ in nlp(text)._.kg_relations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县纪委监委深入开展“清风护苗”专项行动。", [("青禾县纪委监委", "ESTABLISHED", "“清风护苗”专项行动")]),
        ("青禾县纪委监委深入开展违规吃喝专项整治。", []),  # described by its target: the kind, no name
        ("县政府实施“稻香青禾”提质行动。", [("县政府", "ESTABLISHED", "“稻香青禾”提质行动")]),
        ("县政府要开展专项整治。", []),  # a bare kind of campaign names none, and 要 is a duty told
        # a work report: 我们 is the government that reports
        ("省人民政府工作报告。过去五年，我们扎实开展党史学习教育，推行首问负责制。",
         [("省人民政府", "ESTABLISHED", "党史学习教育"), ("省人民政府", "ESTABLISHED", "首问负责制")]),
        ("我们推行首问负责制。", []),  # no government named: no one to stand for
    ],
)
def test_relations_campaigns_and_the_reporting_government(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县纪委监委制定易发多发问题清单。", [("县纪委监委", "ESTABLISHED", "易发多发问题清单")]),  # a list is set up
        ("县审计局印发青禾县审计整改工作规范。", [("县审计局", "ISSUED", "青禾县审计整改工作规范")]),
        ("县政府编制国土空间总体规划。", [("县政府", "ISSUED", "国土空间总体规划")]),
        ("县政府印发了通知。", [("县政府", "ISSUED", "通知")]),  # a bare 通知 right after the verb: a generic DOC
        ("《最高人民法院、最高人民检察院关于办理某类案件的规定》公布施行。",
         [("最高人民法院", "ISSUED", "最高人民法院、最高人民检察院关于办理某类案件的规定"),
          ("最高人民检察院", "ISSUED", "最高人民法院、最高人民检察院关于办理某类案件的规定")]),
    ],
)
def test_relations_lists_untitled_documents_and_co_issuers(nlp, text, expected):
    assert relations(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("审计署应当出具审计意见书，作出审计决定。",
         [("审计署", "ISSUED", "审计意见书"), ("审计署", "ISSUED", "审计决定")]),
        ("县民政厅印发市、县两级的文件。", [("县民政厅", "ISSUED", "文件")]),  # the kind after the description
        ("上级人民政府信访工作机构指导下级人民政府信访工作机构。",
         [("上级人民政府信访工作机构", "LEADS", "下级人民政府信访工作机构")]),
    ],
)
def test_relations_issued_decisions_and_classes_that_lead(nlp, text, expected):
    assert relations(nlp(text)) == expected


def test_relations_a_heading_of_issuers_over_a_title_line_issues_it(nlp):
    text = "云岭市中级人民法院 云岭市人民检察院\n关于办理某类公益诉讼案件若干问题的规定\n为正确审理案件，制定本规定。"
    record = extract_doc(nlp(text), source="t.txt")  # (本规定 is the title: one document)
    assert sorted((r.head.name, r.type, r.tail.name) for r in record.relations) == [
        ("云岭市中级人民法院", "ISSUED", "关于办理某类公益诉讼案件若干问题的规定"),
        ("云岭市人民检察院", "ISSUED", "关于办理某类公益诉讼案件若干问题的规定")]
    assert relations(nlp("云岭市人民检察院召开会议\n关于办理某类案件的规定\n")) == []  # a sentence, not a heading


def test_relations_a_named_system_put_into_effect_is_established(nlp):
    assert relations(nlp("县纪委监委探索实施“双报告”制度。")) == [
        ("县纪委监委", "ESTABLISHED", "“双报告”制度")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县纪委监委、县法院联合印发关于收受礼品构成受贿的指导性案例，对问题作出规定。",
         [("县纪委监委", "ISSUED", "关于收受礼品构成受贿的指导性案例"), ("县法院", "ISSUED", "关于收受礼品构成受贿的指导性案例")]),
        ("县政府办公室制发的农田防护林建设工作方案、整改工作实施方案等文件，",
         [("县政府办公室", "ISSUED", "农田防护林建设工作方案"), ("县政府办公室", "ISSUED", "整改工作实施方案")]),
        ("县应急局组织制定安全生产标准、管理规范并督促落实。",
         [("县应急局", "ISSUED", "安全生产标准"), ("县应急局", "ISSUED", "管理规范")]),
        ("重点监管的化学品目录由市应急管理局会同公安机关制定并向社会公布。",
         [("市应急管理局", "ISSUED", "重点监管的化学品目录"), ("公安机关", "ISSUED", "重点监管的化学品目录"),
          ("市应急管理局", "COOPERATES_WITH", "公安机关")]),
        ("县政府办公室由县政府领导。", []),  # no document before 由
    ],
)
def test_relations_untitled_documents_listed_or_before_you(nlp, text, expected):
    assert relations(nlp(text)) == expected


def test_relations_a_work_report_paragraph_is_the_reporting_governments(nlp):
    text = ("省人民政府工作报告\n过去一年，我们推行首问负责制。青禾研究院正式成立。\n"
            "实施稻米提质工程，推行限时办结制。")
    got = relations(nlp(text))
    assert ("省人民政府", "ESTABLISHED", "稻米提质工程") in got and ("省人民政府", "ESTABLISHED", "限时办结制") in got
    assert not [r for r in got if r[0] == "青禾研究院"]  # the body named in the paragraph before is not the subject


def test_relations_an_untitled_document_does_not_start_with_a_verb(nlp):
    assert relations(nlp("县政府出台实施青禾同城化发展行动方案。")) == [("县政府", "ISSUED", "青禾同城化发展行动方案")]


@pytest.mark.parametrize(
    "text", ["县政府推进稻米提质专项行动。", "县政府推动出台《青禾县优化营商环境条例》。", "县政府争取出台青禾振兴规划。"])
def test_relations_pushing_on_or_pressing_for_is_no_relation(nlp, text):
    assert [r for r in relations(nlp(text)) if r[1] != "PART_OF"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾市纪委监委驻市卫健委纪检监察组加强与市纪委监委第四监督检查室、柳溪县纪委监委的协作配合。",
         [("青禾市纪委监委驻市卫健委纪检监察组", "市纪委监委第四监督检查室"),
          ("青禾市纪委监委驻市卫健委纪检监察组", "柳溪县纪委监委")]),
        ("县审计局加强与县财政局的沟通协作。", [("县审计局", "县财政局")]),
        ("县审计局与县财政局的协作不断加强。", [("县审计局", "县财政局")]),
    ],
)
def test_relations_work_together_named_as_a_noun_after_yu(nlp, text, expected):
    assert [(h, t) for h, rel, t in relations(nlp(text)) if rel == "COOPERATES_WITH"] == expected



def test_relations_a_numbered_case_names_the_body_that_gaiju_points_back_to(nlp):
    text = "3.柳溪县水利局违规发文增加基层负担问题。该局印发《关于推行河湖日巡工作的通知》，要求各乡镇每日上报。"
    _, named = extracted(nlp, text)
    assert ("柳溪县水利局", "ISSUED", "关于推行河湖日巡工作的通知") in named



def test_relations_a_clause_opening_with_peihe_helps_for_the_carried_subject_not_a_later_one(nlp):
    text = ("青禾市人民政府工作报告\n一、2025年工作回顾\n"
            "配合市委巡察机构完成对市属国有企业的巡察，市审计局对12个市直部门开展经济责任审计。")
    found = relations(nlp(text))
    assert ("青禾市人民政府", "COOPERATES_WITH", "市委巡察机构") in found
    assert ("市审计局", "COOPERATES_WITH", "市委巡察机构") not in found


@pytest.mark.parametrize(
    ("text", "cooperate"),
    [
        ("县审计局与县财政局签订合作协议。", False),  # an agreement signed: joint signing alone is no cooperation
        ("县审计局与县财政局签署合作备忘录。", False),
        ("县审计局与县财政局开展合作。", True),
    ],
)
def test_relations_hezuo_naming_an_agreement_is_no_verb(nlp, text, cooperate):
    found = ("县审计局", "COOPERATES_WITH", "县财政局") in relations(nlp(text))
    assert found is cooperate


@pytest.mark.parametrize("verb", ["联合印发", "联合编制", "联合制定", "联合修订"])
def test_relations_bodies_drawing_up_a_document_together_issue_it_and_no_more(nlp, verb):
    doc = nlp(f"省市场监管局、省司法厅{verb}《轻微违法行为不予处罚清单》。")
    assert sorted(relations(doc)) == [("省司法厅", "ISSUED", "轻微违法行为不予处罚清单"),
                                      ("省市场监管局", "ISSUED", "轻微违法行为不予处罚清单")]
