"""Rules of session 43, on sentences written for these tests (made-up places and events)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract

# -- a subject and its partner over an adverb of time ---------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["正", "正在", "目前正", "近期", "持续", "多次"])
def test_an_adverb_between_the_subject_and_huitong_keeps_both_bodies(nlp, adverb):
    _, rels = _extract(nlp, f"滨溪省科技厅{adverb}会同滨溪省财政厅修订《滨溪省科研项目管理办法》。")
    assert ("滨溪省科技厅", "COOPERATES_WITH", "滨溪省财政厅") in rels
    assert ("滨溪省科技厅", "ISSUED", "滨溪省科研项目管理办法") in rels
    assert ("滨溪省财政厅", "ISSUED", "滨溪省科研项目管理办法") in rels


def test_an_adverb_before_a_joint_campaign_keeps_both_bodies(nlp):
    _, rels = _extract(nlp, "滨溪县林业局正在会同滨溪县人民检察院开展“护林”专项行动。")
    assert ("滨溪县林业局", "ESTABLISHED", "护林专项行动") in rels
    assert ("滨溪县人民检察院", "ESTABLISHED", "护林专项行动") in rels


# -- 共建 as a noun or a slogan sets nothing up ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["六合社区党委联合共建单位滨溪市第二人民医院开展健康义诊12场。",
                                  "石桥街道党工委与结对共建单位滨溪县税务局开展主题党日活动。"])
def test_a_partner_unit_is_not_set_up(nlp, text):
    _, rels = _extract(nlp, text)
    assert not any(r == "ESTABLISHED" for _, r, _ in rels)


def test_gongjian_as_a_verb_still_sets_up_a_body(nlp):
    _, rels = _extract(nlp, "滨溪大学与滨溪市人民政府共建滨溪低碳技术研究院。")
    assert ("滨溪大学", "ESTABLISHED", "滨溪低碳技术研究院") in rels


# -- a province's lab by its short name, and a centre's branch in a place -------------------------------------------


@pytest.mark.parametrize("text", ["辽宁实验室汇聚人才团队30余个。", "支持嘉陵江实验室、湖北实验室等平台承担国家任务。"])
def test_a_provinces_lab_opening_a_clause_or_an_item_is_a_name(nlp, text):
    names, _ = _extract(nlp, text)
    lab = "辽宁实验室" if text.startswith("辽宁") else "湖北实验室"
    assert names.get(lab, ("",))[0] == "ORG"


@pytest.mark.parametrize("text", ["筹建海洋材料领域重庆实验室。", "新建3个湖北实验室。", "支持江苏省实验室建设。",
                                  "国家实验室、大科学装置加快布局。"])
def test_a_provinces_lab_after_a_field_or_a_count_or_by_rank_is_no_name(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n in names if n in ("重庆实验室", "湖北实验室", "江苏省实验室", "国家实验室")]


def test_a_centres_branch_in_a_place_is_a_body_of_the_centre(nlp):
    names, rels = _extract(nlp, "挂牌成立白鹭湖国家技术创新中心江西中心，首批入驻团队12个。")
    assert names.get("白鹭湖国家技术创新中心江西中心", ("",))[0] == "ORG"
    assert ("白鹭湖国家技术创新中心江西中心", "PART_OF", "白鹭湖国家技术创新中心") in rels


def test_a_place_after_a_centre_with_no_branch_head_names_no_branch(nlp):
    names, _ = _extract(nlp, "白鹭湖国家技术创新中心江西片区建设加快推进。")
    assert not [n for n in names if "片区" in n or n.endswith("安徽")]


# -- verbs and pointers before a body are no part of its name -------------------------------------------------------


@pytest.mark.parametrize(("text", "body", "not_name"), [
    ("市委、市政府授权其代表市政府履行出资人职责。", "市政府", "代表市政府"),
    ("推行“街道吹哨”机制，赋予街道党工委对派驻力量的统筹指挥权。", "街道党工委", "赋予街道党工委"),
    ("依法查处后，白鹭区人民检察院就该公司造成的损害提起公益诉讼。", "白鹭区人民检察院", "白鹭区人民检察院就该公司"),
    ("学员在县委党校集中培训，其间赴滨溪干部学院开展现场教学。", "滨溪干部学院", "间赴滨溪干部学院"),
    ("学员走进滨溪干部学院接受党性教育。", "滨溪干部学院", "学员走进滨溪干部学院"),
])
def test_a_verb_or_a_pointer_before_a_body_is_no_part_of_its_name(nlp, text, body, not_name):
    names, _ = _extract(nlp, text)
    assert not_name not in names
    assert any(name.endswith(body) for name in names)


@pytest.mark.parametrize("text", ["东城街道党工委召开会议。", "青禾县人大常委会代表工作委员会召开座谈会。",
                                  "白鹭市交通投资集团有限公司完成改制。"])
def test_a_name_with_such_words_inside_keeps_them(nlp, text):
    names, _ = _extract(nlp, text)
    assert text[: text.index("召开") if "召开" in text else text.index("完成")] in names


def test_yinggai_before_a_kind_of_body_is_no_pointer_and_names_nothing(nlp):
    names, _ = _extract(nlp, "白鹭县应该公司化运营的单位共12家。")
    assert not [n for n in names if n.endswith("公司")]


# -- the military's political work offices, a year before a group, a county that has become a city ------------------


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("会上，临沧军分区政治工作处有关负责同志通报了全市双拥工作情况。", "临沧军分区政治工作处", "临沧军分区"),
    ("县人民法院与湛江警备区政治工作处会签《关于建立涉军维权协作机制的意见》。", "湛江警备区政治工作处", "湛江警备区"),
])
def test_a_military_bodys_political_work_office_is_its_unit(nlp, text, unit, parent):
    names, rels = _extract(nlp, text)
    assert names.get(unit, ("",))[0] == "ORG"
    assert (unit, "PART_OF", parent) in rels


def test_the_year_before_a_groups_name_is_no_part_of_it(nlp):
    names, _ = _extract(nlp, "白鹭县召开2024年双拥工作领导小组（扩大）会议。")
    assert not [n for n in names if n.startswith("年")]
    assert any(n.endswith("双拥工作领导小组") for n in names)


@pytest.mark.parametrize("text", ["此外，库车市国防动员委员会印发工作方案。", "库车市人民政府印发工作方案。"])
def test_a_county_that_has_become_a_city_keeps_its_name(nlp, text):
    names, _ = _extract(nlp, text)
    assert [n for n in names if n.startswith("库车市")]
    assert not [n for n in names if n.startswith("市")]


# -- a quoted way of working right before 通道; 风腐同治 --------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [("白鹭县人民法院开通破产审判“快立快审”通道。", "快立快审通道"),
                                            ("搭建校企之间的“握手”通道。", "握手通道")])
def test_a_quote_right_before_tongdao_names_a_practice(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert names.get(name, ("",))[0] == "MECH"


@pytest.mark.parametrize("text", ["打通“两重”通道建设堵点。", "拓宽“绿色”通道建设资金来源。", "畅通“西煤东运”通道。"])
def test_a_count_or_a_longer_word_after_the_quote_names_none(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n in names if n.endswith("通道")]


def test_fengfu_tongzhi_is_a_nationwide_practice(nlp):
    names, _ = _extract(nlp, "青禾县纪委监委坚持风腐同治，深化作风建设。")
    assert names.get("风腐同治", ("",))[0] == "MECH"


def test_the_national_local_chronicles_group_and_its_office(nlp):
    _, rels = _extract(nlp, "白鹭县积极争取中国地方志指导小组办公室支持，推动名村志编纂。")
    assert ("中国地方志指导小组办公室", "PART_OF", "中国地方志指导小组") in rels


def test_bingdi_liandong_is_a_practice(nlp):
    names, _ = _extract(nlp, "白鹭地区地震局积极探索兵地联动，与兵团有关师市签订应急联动协议。")
    assert names.get("兵地联动", ("",))[0] == "MECH"


# -- public service units named by their level alone ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["县地方志编纂中心", "省水旱灾害防御中心", "市公路养护中心", "县残疾人康复中心",
                                  "自治区生态环境监测中心", "镇农业综合服务中心", "地区公共就业人才服务中心"])
def test_a_public_service_unit_named_by_its_level_alone_is_a_body(nlp, name):
    names, _ = _extract(nlp, f"白鹭县政府工作动态\n{name}开展专题培训。")
    assert any(n.endswith(name) and kind == "ORG" for n, (kind, _) in names.items())


@pytest.mark.parametrize("text", ["各县残疾人康复中心开展专题培训。", "推进县地方志编纂中心建设。"])
def test_a_class_or_a_units_construction_is_no_body_named_by_its_level(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n, (kind, _) in names.items() if kind == "ORG" and not n.startswith("各")]


@pytest.mark.parametrize("name", ["县政务服务监督管理办公室", "自治区政务服务监督管理办公室"])
def test_a_management_office_named_by_its_level_alone_is_a_body(nlp, name):
    names, _ = _extract(nlp, f"{name}印发工作要点。")
    assert any(n.endswith(name) for n in names)


# -- a long group's name keeps the level the length limit cut off ---------------------------------------------------


@pytest.mark.parametrize("name", ["县生态环境保护督察整改工作领导小组", "省农村饮水安全巩固提升工作领导小组",
                                  "自治区生态环境保护督察整改工作领导小组"])
def test_a_long_groups_name_keeps_its_level(nlp, name):
    names, _ = _extract(nlp, f"白鹭县政府工作动态\n{name}召开全体会议。")
    assert any(n.endswith(name) and kind == "ORG" for n, (kind, _) in names.items())


def test_a_verb_before_a_long_groups_name_stays_out_of_it(nlp):
    names, _ = _extract(nlp, "推进生态环境保护督察整改工作领导小组办公室建设。")
    assert not [n for n in names if n.startswith("推进")]


# -- supply cooperatives and supervision stations by their level ----------------------------------------------------


@pytest.mark.parametrize("name", ["县供销社", "县供销合作社", "市建设工程质量安全监督站", "东兴市城市管理监督局"])
def test_supply_cooperatives_and_supervision_units_are_bodies(nlp, name):
    names, _ = _extract(nlp, f"{name}开展专项检查。")
    assert any(n.endswith(name) and kind == "ORG" for n, (kind, _) in names.items())


def test_a_provinces_supply_cooperative_union_keeps_its_whole_name(nlp):
    names, _ = _extract(nlp, "安徽省供销合作社联合社党组开展自查。")
    assert "安徽省供销合作社联合社" in names
    assert "安徽省供销合作社" not in names


# -- a county-level city named in passing in its city's text --------------------------------------------------------


def _named_at(nlp, text: str, mention: str) -> str:
    """The name of the entity whose mention starts where ``mention`` first stands in ``text``."""
    (record,) = extract_texts(nlp, [("t.txt", text)])
    return {m.start: e.name for e in record.entities for m in e.mentions}[text.index(mention)]


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("齐齐哈尔市纪委监委第三监督检查室牵头查办此案，讷河市纪委监委抽调骨干参与。案件查结后，市纪委监委向市卫生健康委发出监察建议。",
     "市纪委监委向", "齐齐哈尔市纪委监委"),
    ("渭源县召开会议。\n督察组进驻陇西县。县委表态。", "县委表态", "陇西县委"),  # (a county in its own paragraph: its own)
])
def test_a_bare_body_after_a_county_level_city_named_in_passing_is_the_citys(nlp, text, mention, name):
    assert _named_at(nlp, text, mention) == name


# -- the issuers a title line opens with say which place the text is about ------------------------------------------


@pytest.mark.parametrize(("issuers", "name"), [
    ("中共陇南市委办公室 陇南市人民政府办公室关于印发《协作工作要点》的通知\n", "陇南市财政局"),
    ("", "青岛市财政局"),  # (no issuers: the place named most)
])
def test_the_issuers_place_is_the_texts_though_a_partner_city_is_named_more(nlp, issuers, name):
    text = issuers + "青岛市援建项目进展顺利，青岛市企业投资增加，青岛市专家到陇南开展指导。\n市财政局要加强资金监管。"
    assert _named_at(nlp, text, "市财政局") == name


def test_the_centres_no_1_document_is_a_document_named_without_marks(nlp):
    names, _ = _extract(nlp, "白鹭县认真落实2025年中央一号文件部署。")
    assert names.get("中央一号文件", ("",))[0] == "DOC"
    assert "中央" not in names


# -- bodies named whole in quotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [("提升“岱川企业出海联盟”效能。", "岱川企业出海联盟"),
                                            ("由退役复学大学生组成的“蓝盾宣讲团”开展宣讲。", "蓝盾宣讲团"),
                                            ("组建“银杏劝导队”和“石桥调解队”。", "石桥调解队")])
def test_a_body_named_whole_in_quotes_is_a_body(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert names.get(name, ("",))[0] == "ORG"


@pytest.mark.parametrize("text", ["在乡镇妇联设立“巾帼调解工作室”65个。", "公司党委探索“码头党建联盟”模式。",
                                  "以“园区+基地+联盟”模式推动产业集聚。"])
def test_a_quoted_kind_counted_or_a_practice_named_after_a_body_is_no_body(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n, (kind, _) in names.items() if kind == "ORG" and n.endswith(("工作室", "联盟"))]


def test_a_county_named_like_a_conjunction_after_a_lists_comma_is_the_county(nlp):
    names, _ = _extract(nlp, "指导左权县人民医院、和顺县人民医院开展医养结合服务。")
    assert "和顺县人民医院" in names
    assert "顺县人民医院" not in names


@pytest.mark.parametrize("text", ["关于做好2026年度选调优秀大学毕业生工作的通知", "面向高校招聘优秀大学毕业生。"])
def test_graduates_a_body_recruits_name_no_university(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n, (kind, _) in names.items() if kind == "ORG"]


@pytest.mark.parametrize(("text", "name"), [("白鹭市制定鼓励低空经济发展十条政策。", "鼓励低空经济发展十条政策"),
                                            ("白鹭市出台支持科技创新二十条。", "支持科技创新二十条")])
def test_measures_counted_in_chinese_numerals_are_a_document(nlp, text, name):
    names, _ = _extract(nlp, text)
    assert names.get(name, ("",))[0] == "DOC"


def test_a_count_of_measures_in_chinese_numerals_names_none(nlp):
    names, _ = _extract(nlp, "白鹭市出台稳增长措施近十条。")
    assert not [n for n, (kind, _) in names.items() if kind == "DOC"]


# -- courts' filing divisions and police units named bare by their work ---------------------------------------------


@pytest.mark.parametrize(("text", "unit", "court"), [("中心设在市中院立案庭。", "市中院立案庭", "市中院"),
                                                     ("县人民法院立案庭受理案件。", "县人民法院立案庭", "县人民法院")])
def test_a_courts_filing_division_is_its_unit(nlp, text, unit, court):
    _, rels = _extract(nlp, text)
    assert any(h.endswith(unit) and r == "PART_OF" and t.endswith(court) for h, r, t in rels)


def test_police_units_named_bare_after_their_bureau_are_its_units(nlp):
    _, rels = _extract(nlp, "白鹭市公安局刑侦支队会同网安支队、技侦支队开展集中攻坚。")
    assert ("白鹭市公安局网安支队", "PART_OF", "白鹭市公安局") in rels
    assert ("白鹭市公安局技侦支队", "PART_OF", "白鹭市公安局") in rels


def test_a_police_unit_with_no_bureau_named_is_no_body(nlp):
    names, _ = _extract(nlp, "经侦大队破获一起案件。")
    assert not names


# -- a county's rural bank by the county's short name; a regional railway group --------------------------------------


@pytest.mark.parametrize("name", ["镇远农商银行", "永丰村镇银行"])
def test_a_countys_rural_bank_by_its_short_name_is_a_body(nlp, name):
    names, _ = _extract(nlp, f"{name}发放创业担保贷款1.2亿元。")
    assert names.get(name, ("",))[0] == "ORG"


def test_a_rural_bank_after_a_word_that_is_no_county_is_no_body(nlp):
    names, _ = _extract(nlp, "时间农商银行发放贷款。")
    assert not names


def test_a_regional_railway_group_keeps_the_state_railways_name(nlp):
    names, _ = _extract(nlp, "中国铁路南宁局集团有限公司加开旅客列车。")
    assert "中国铁路南宁局集团有限公司" in names
    assert "南宁局集团有限公司" not in names


# -- a university's schools named bare after it ---------------------------------------------------------------------


def test_a_universitys_schools_named_bare_after_it_are_its_units(nlp):
    _, rels = _extract(nlp, "白鹭大学召开会议，医学院、农学院负责同志参加。")
    assert ("白鹭大学医学院", "PART_OF", "白鹭大学") in rels
    assert ("白鹭大学农学院", "PART_OF", "白鹭大学") in rels


@pytest.mark.parametrize("text", ["白鹭大学党委对部分学院讲座审批情况开展检查。", "白鹭大学党委委员以及各学院负责人参加。"])
def test_some_schools_or_a_kind_of_school_is_no_unit(nlp, text):
    _, rels = _extract(nlp, text)
    assert not [r for r in rels if r[1] == "PART_OF" and r[0].endswith("学院")]


def test_a_count_of_national_labs_names_no_field(nlp):
    names, _ = _extract(nlp, "白鹭省拥有全国重点实验室9个。")
    assert not [n for n in names if n.endswith("全国重点实验室")]


def test_the_verb_that_sets_up_a_national_lab_is_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "白鹭省设立高寒草地生态修复全国重点实验室。")
    assert "高寒草地生态修复全国重点实验室" in names


@pytest.mark.parametrize("name", ["西安碑林博物馆", "延安革命纪念馆"])
def test_a_museum_named_from_its_place_by_what_it_keeps_is_a_body(nlp, name):
    names, _ = _extract(nlp, f"{name}新馆建成开放，年接待游客80万人次。")
    assert names.get(name, ("",))[0] == "ORG"


@pytest.mark.parametrize("text", ["组织学生参观博物馆和纪念馆，建设一批乡村美术馆。", "岳阳市非国有博物馆发展迅速。"])
def test_museums_with_no_place_or_of_a_kind_name_no_body(nlp, text):
    names, _ = _extract(nlp, text)
    assert not [n for n, (kind, _) in names.items() if kind == "ORG"]


@pytest.mark.parametrize("name", ["国家药械审评检查华东分中心", "东南亚智慧农业创新中心"])
def test_a_centre_named_by_the_state_or_a_region_of_states_is_a_body(nlp, name):
    names, _ = _extract(nlp, f"{name}挂牌运行。")
    assert names.get(name, ("",))[0] == "ORG"


def test_a_national_centres_bare_rank_names_none(nlp):
    names, _ = _extract(nlp, "建设国家技术创新中心和国家制造业创新中心。")
    assert not names


# -- a law's implementing regulation after 及其 --------------------------------------------------------------------


def test_a_laws_implementing_regulation_after_jiqi_is_a_document(nlp):
    names, _ = _extract(nlp, "各级统计机构要严格执行《中华人民共和国统计法》及其实施条例。")
    assert names.get("中华人民共和国统计法实施条例", ("",))[0] == "DOC"


def test_a_notice_that_issues_a_document_is_still_a_title_line(nlp):
    names, _ = _extract(nlp, "白鹭县人民政府办公室关于印发白鹭县物业管理办法的通知\n各乡镇：")
    assert "白鹭县人民政府办公室关于印发白鹭县物业管理办法的通知" in names


# -- co-signers side by side on the lines above the date ------------------------------------------------------------


def test_co_signers_on_the_lines_above_the_date_each_issue_the_text(nlp):
    text = ("关于开展2025年白鹭湖水上安全专项行动的通知\n各县区：\n现将有关事项通知如下。\n"
            "共青团岳阳市委　　岳阳市教育局\n岳阳市公安局　　岳阳市应急管理局\n2025年6月20日")
    _, rels = _extract(nlp, text)
    issuers = {h for h, r, t in rels if r == "ISSUED" and t.startswith("关于开展2025年白鹭湖")}
    assert issuers == {"共青团岳阳市委", "岳阳市教育局", "岳阳市公安局", "岳阳市应急管理局"}


def test_a_sentence_above_a_single_signatory_signs_nothing(nlp):
    text = "关于开展安全检查的通知\n各县区：\n请白鹭市公安局做好保障。\n白鹭市应急管理局\n2025年6月20日"
    _, rels = _extract(nlp, text)
    assert {h for h, r, _ in rels if r == "ISSUED"} == {"白鹭市应急管理局"}


@pytest.mark.parametrize("name", ["晋陕国家区域科技创新中心", "京津冀国家技术创新中心"])
def test_a_national_centre_of_several_provinces_is_named_with_them(nlp, name):
    names, _ = _extract(nlp, f"白鹭市积极参与创建{name}。")
    assert names.get(name, ("",))[0] == "ORG"
