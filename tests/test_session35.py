"""Rules of session 35, on sentences written for these tests (made-up events; 岚川, 霁川, 沧浔, 青禾, 蔺溪 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_bare_office_of_an_institutions_party_committee_is_its_own(nlp):
    names, relations = _extract(nlp, "岚川大学党委召开常委会。会议决定，由党委办公室、党委组织部牵头，党委巡察办配合，开展专项检查。")
    assert {"岚川大学党委办公室", "岚川大学党委组织部", "岚川大学党委巡察办"} <= set(names)
    assert ("岚川大学党委办公室", "PART_OF", "岚川大学党委") in relations
    # a committee of no institution: no office named after one
    names, _ = _extract(nlp, "霁川市委召开常委会。会议决定，由党委办公室牵头开展检查。")
    assert not any(name.endswith("党委办公室") for name in names)
    # a verb before 党委: still the bare committee's office
    names, _ = _extract(nlp, "岚川大学党委召开常委会，要求党委办公室抓好落实。")
    assert "岚川大学党委办公室" in names


def test_units_listed_right_after_their_body(nlp):
    names, relations = _extract(nlp, "霁川市生态环境局是市政府工作部门。市生态环境局内设办公室、法规与标准处、大气环境处，另设机关党委。")
    for unit in ("办公室", "法规与标准处", "大气环境处", "机关党委"):
        assert ("霁川市生态环境局" + unit, "PART_OF", "霁川市生态环境局") in relations
    # 机关 before the verb: the bureau's units, not its offices'; 等部门 then 另设 goes on
    _, relations = _extract(nlp, "岚川市公安局机关设有指挥中心、政治部、法制支队等部门，另设交通警察支队。")
    assert ("岚川市公安局交通警察支队", "PART_OF", "岚川市公安局") in relations
    assert ("岚川市公安局政治部", "PART_OF", "岚川市公安局") in relations
    # one unit after 下设 is no list (the text names it in full elsewhere or not at all)
    names, _ = _extract(nlp, "岚川市公安局下设指挥中心，负责全天候值守。")
    assert "岚川市公安局指挥中心" not in names


def test_a_list_of_internal_units_belongs_to_the_body_right_before_the_verb(nlp):
    _, relations = _extract(nlp, "中共霁川市委办公室、霁川市人民政府办公室印发《霁川市住房和城乡建设局职能配置、内设机构和人员编制规定》。"
                                 "规定明确，霁川市住房和城乡建设局设下列内设机构：办公室、政策法规处、住房保障处。")
    assert ("霁川市住房和城乡建设局政策法规处", "PART_OF", "霁川市住房和城乡建设局") in relations
    assert not any(tail.startswith("中共霁川市委") and head.endswith("处") for head, rel, tail in relations
                   if rel == "PART_OF")


def test_a_village_after_its_town_keeps_its_name(nlp):
    names, _ = _extract(nlp, "蔺溪街道青石村党支部、村委会设立村务监督委员会。云岭镇余村党支部推行积分制。")
    assert {"蔺溪街道青石村党支部", "云岭镇余村党支部"} <= set(names)
    assert "村党支部" not in names
    # 各村 after a town is every village, no village named 各
    names, _ = _extract(nlp, "全镇各村党支部开展主题党日活动。")
    assert not any(name.endswith("各村党支部") for name in names)


def test_village_meetings_are_bodies_and_a_choosing_verb_stands_in_no_name(nlp):
    names, _ = _extract(nlp, "经青石村村民代表会议两次表决通过。余庄村两委召开会议。")
    assert {"青石村村民代表会议", "余庄村两委"} <= set(names)
    names, _ = _extract(nlp, "青石村党支部组织村民会议推选村民选举委员会。")
    assert "村民选举委员会" in names
    assert not any("推选" in name for name in names)


def test_central_groups_companies_by_their_short_names(nlp):
    names, relations = _extract(nlp, "中建八局党委对中建八局第一建设有限公司开展巡察。中铁二局纪委建立供应商廉洁档案。"
                                     "签约次日，国网江苏电力党委召开专题会议，广东移动党委也作出部署。")
    assert {"中建八局", "中建八局第一建设有限公司", "中铁二局纪委", "国网江苏电力党委", "广东移动党委"} <= set(names)
    assert ("中建八局党委", "INSPECTS", "中建八局第一建设有限公司") in relations
    assert ("中铁二局纪委", "PART_OF", "中铁二局") in relations
    # a service, a post, a rank: no company
    names, _ = _extract(nlp, "推广广东移动支付经验，浙江移动互联网用户增长。中建八局局长到场，享受中铁二局级待遇。")
    assert not any(name in ("广东移动", "浙江移动") for name in names)


def test_a_universitys_graduate_school_and_department(nlp):
    names, relations = _extract(nlp, "岚川大学深圳国际研究生院与深圳市科技创新局联合举办发布会。岚川大学水利水电工程系参加。"
                                     "岚川大学持续完善治理体系。")
    assert {"岚川大学深圳国际研究生院", "深圳市科技创新局", "岚川大学水利水电工程系"} <= set(names)
    assert ("岚川大学深圳国际研究生院", "PART_OF", "岚川大学") in relations
    assert ("岚川大学深圳国际研究生院", "COOPERATES_WITH", "深圳市科技创新局") in relations
    assert not any(name.endswith("体系") for name in names)
    # a port and logistics office: a domain with 与 inside
    names, _ = _extract(nlp, "任命刘某某为霁川市口岸与物流办公室副主任。")
    assert "霁川市口岸与物流办公室" in names
    # a centre as a goal is no body of a place's science bureau
    names, _ = _extract(nlp, "建设具有全国影响力的科技创新中心。")
    assert not names


def test_a_verb_or_a_going_before_a_places_institution_is_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "岚川大学持续帮扶青海大学，先后选派80余名管理骨干到青海大学挂职。")
    assert {"岚川大学", "青海大学"} <= set(names)
    assert not any(name.startswith(("帮扶", "管理骨干")) for name in names)
    # 帮扶 ends no mechanism's description (…结对合作帮扶山区县机制: not cut to 山区县机制)
    names, _ = _extract(nlp, "深化岚川霁川两市结对合作帮扶山区县机制，支持建设产业园区。")
    assert not any(name == "山区县机制" for name in names)


def test_a_short_form_opening_a_sentence_points_to_the_institution_whose_organ_was_the_subject(nlp):
    _, relations = _extract(nlp, "今年以来，岚川大学附属医院党委认真落实《工作要点》，持续深化集中整治。"
                                 "医院成立由党委书记任组长的集中整治工作领导小组。医院还修订了《医药代表接待管理办法》。")
    assert ("岚川大学附属医院", "ESTABLISHED", "集中整治工作领导小组") in relations
    assert ("岚川大学附属医院", "ISSUED", "医药代表接待管理办法") in relations
    # 该公司 points to the company named last, never back to the first company of the text
    _, relations = _extract(nlp, "青禾建设集团有限公司召开会议。巡察组在青禾建设集团第二工程有限公司发现问题。"
                                 "该公司党委实行整改销号，修订《分包商管理办法》。")
    assert not any(head == "青禾建设集团有限公司" for head, rel, _ in relations if rel in ("ISSUED", "ESTABLISHED"))


def test_a_universitys_hospital_named_later_without_the_university(nlp):
    names, relations = _extract(nlp, "今年以来，青海大学华西医院党委认真落实《工作要点》。"
                                     "华西医院依托远程医学网络，印发《县级医院帮扶工作方案》。")
    assert ("青海大学华西医院", "ISSUED", "县级医院帮扶工作方案") in relations
    assert "华西医院" not in names  # a mention of the university's hospital, no body of its own


def test_a_plenum_held_is_its_committees_meeting(nlp):
    _, relations = _extract(nlp, "中共霁川市委十五届十一次全会12月20日召开。全会审议通过了有关文件。"
                                 "全会还决定，成立市委城市治理委员会，委员会办公室设在市城管局。")
    assert any(head == "中共霁川市委" and rel == "ESTABLISHED" and tail.endswith("市委城市治理委员会")
               for head, rel, tail in relations)
    # a plenum only named (not held) hosts nothing
    _, relations = _extract(nlp, "霁川市委宣传部学习中共霁川市委十五届十一次全会精神。会议决定，成立宣讲团。")
    assert not any(head == "中共霁川市委" and rel == "ESTABLISHED" for head, rel, _ in relations)


def test_a_class_of_every_place_of_the_levels_in_brackets_takes_no_place(nlp):
    names, _ = _extract(nlp, "国务院安委会对31个省（区、市）人民政府开展考核巡查，其中对广东省人民政府开展了明查暗访。")
    assert "广东省人民政府" in names
    assert not any(name.startswith("广东省(") or name.startswith("广东省（") for name in names)


def test_an_appointment_names_no_person_in_a_body(nlp):
    names, _ = _extract(nlp, "王某某同志任霁川市城投集团有限公司党委书记、董事长。任命刘某某为霁川市发展和改革委员会副主任。")
    assert {"霁川市城投集团有限公司", "霁川市城投集团有限公司党委", "霁川市发展和改革委员会"} <= set(names)
    assert not any(name.startswith(("志任", "任", "命")) for name in names)


def test_special_tribunals_and_numbered_basic_courts_of_a_place(nlp):
    names, _ = _extract(nlp, "上海破产法庭推行预重整。南京环境资源法庭、苏州知识产权法庭受理案件。东莞市第一人民法院设立调解工作室。")
    assert {"上海破产法庭", "南京环境资源法庭", "苏州知识产权法庭", "东莞市第一人民法院"} <= set(names)
    # a court's own tribunal stays its unit
    names, relations = _extract(nlp, "霁川县人民法院民事审判庭审理此案。")
    assert ("霁川县人民法院民事审判庭", "PART_OF", "霁川县人民法院") in relations


def test_border_inspection_stations_and_a_customs_anti_smuggling_bureau(nlp):
    names, relations = _extract(nlp, "蔺溪出入境边防检查站加强查验。云南出入境边防检查总站部署行动。蔺溪海关缉私局查办案件。")
    assert {"蔺溪出入境边防检查站", "云南出入境边防检查总站", "蔺溪海关缉私局"} <= set(names)
    assert ("蔺溪海关缉私局", "PART_OF", "蔺溪海关") in relations


def test_the_party_committee_and_discipline_committee_of_a_bodys_offices(nlp):
    names, relations = _extract(nlp, "财政部机关纪委同步跟进监督。水利部直属机关纪委与驻水利部纪检监察组建立协作机制。"
                                     "霁川市发改委机关党委开展活动。")
    assert ("财政部机关纪委", "PART_OF", "财政部") in relations
    assert ("水利部直属机关纪委", "PART_OF", "水利部") in relations
    assert "霁川市发改委机关党委" in names
    assert not any(name.endswith("机关") for name in names)


def test_a_ministry_speaking_as_wo_bu_is_the_one_that_signs(nlp):
    text = ("关于第1234号建议的答复\n王某某代表：\n您提出的建议收悉，经商财政部，现答复如下：\n"
            "近年来，我部会同人力资源社会保障部实施“乡村教师支持计划”。我们将会同有关部门研究建立县中教师补充长效机制。\n"
            "教育部\n2024年7月15日")
    _, relations = _extract(nlp, text)
    assert ("教育部", "COOPERATES_WITH", "人力资源社会保障部") in relations
    assert ("教育部", "ESTABLISHED", "乡村教师支持计划") in relations
    assert ("教育部", "ESTABLISHED", "县中教师补充长效机制") in relations
    assert not any(head == "财政部" for head, rel, _ in relations if rel == "ESTABLISHED")


def test_a_notices_title_line_and_a_replys_first_line_are_documents(nlp):
    names, _ = _extract(nlp, "霁川市人民政府关于调整中心城区禁止燃放烟花爆竹区域的通告\n为保障公共安全，现就有关事项通告如下：")
    assert any(name.endswith("关于调整中心城区禁止燃放烟花爆竹区域的通告") for name in names)
    names, _ = _extract(nlp, "关于第3187号建议的答复\n王某某代表：\n您提出的建议收悉，现答复如下。")
    assert "关于第3187号建议的答复" in names
    # a reply named inside a sentence's line is no title line
    names, _ = _extract(nlp, "市政府办公室已作出答复")
    assert not any(name.endswith("答复") for name in names)


def test_a_town_a_bulletin_leaves_unnamed_keeps_the_place_it_is_in(nlp):
    names, _ = _extract(nlp, "潍坊市寿光市某镇政府干部被处分。梅州市梅县区某镇财政所原所长被处分。")
    assert {"潍坊市寿光市某镇政府", "梅州市梅县区某镇财政所"} <= set(names) or {"寿光市某镇政府", "梅县区某镇财政所"} <= set(names)
    assert "某镇政府" not in names
    names, _ = _extract(nlp, "某镇党委书记被处分。")
    assert "某镇党委" in names


def test_an_office_named_by_two_fields_joined_by_he(nlp):
    names, relations = _extract(nlp, "霁川市发展改革委资源节约和环境保护处处长陈某某介绍情况。")
    assert ("霁川市发展改革委资源节约和环境保护处", "PART_OF", "霁川市发展改革委") in relations
    # 和 before another place's body joins two bodies, no office's fields
    names, _ = _extract(nlp, "霁川县财政局和县审计局督查处联合检查。")
    assert not any("和" in name for name in names)
