"""Rules of session 37, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_county_by_its_full_name_after_its_city_is_not_read_by_its_short_name(nlp):
    # 潞城区 is 长治市's (once 潞城市): the district's full name, no place 潞城 and no name shifted past the verb
    names, _ = _extract(nlp, "长治市潞城区公安局开展检查，长治市潞城区应急管理局在对企业检查时未提出要求。")
    assert {"长治市潞城区公安局", "长治市潞城区应急管理局"} <= set(names)
    assert not any(name.endswith(("开展", "在对")) for name in names)
    # the short name right after the city still names the county (成都市武侯生态环境局)
    names, _ = _extract(nlp, "会同成都市武侯生态环境局开展检查。")
    assert "成都市武侯生态环境局" in names


def test_staffing_verbs_and_adverbs_before_a_body_are_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "青禾市人民政府决定，核减县发展和改革局行政编制2名，其职责划入市农业农村局。")
    assert not any(name.startswith(("核减", "划入")) for name in names)
    assert any(name.endswith("市农业农村局") for name in names)  # (划入市: a verb, no word 入市)
    names, _ = _extract(nlp, "国家税务总局青禾市税务局将本轮巡察与此前省局开展的巡视贯通。")
    assert not any(name.startswith("此前") for name in names)
    # 代表 inside a name stays: 人民代表大会, 代表团
    names, _ = _extract(nlp, "青海省人民代表大会常务委员会听取报告，河南代表团参加审议。")
    assert {"青海省人民代表大会常务委员会", "河南代表团"} <= set(names)


def test_the_safety_and_staffing_commissions_by_their_short_names_are_one_body_each(nlp):
    names, relations = _extract(nlp, "江西省安全生产委员会办公室印发通报，考核结果纳入省安委会年度考核，由省安委办统筹。")
    assert names["江西省安全生产委员会"][1] == ["江西省安全生产委员会", "省安委会"]
    assert "省安委办" in names["江西省安全生产委员会办公室"][1]
    assert ("江西省安全生产委员会办公室", "PART_OF", "江西省安全生产委员会") in relations
    names, _ = _extract(nlp, "咸宁市委机构编制委员会办公室负责解释，市委编办负责督促。")
    assert "市委编办" in names["咸宁市委机构编制委员会办公室"][1]
    assert not any(name.endswith("编办") for name in names)


def test_a_decision_headed_by_its_authoritys_name_is_issued_by_it(nlp):
    text = ("白鹭县市场监督管理局行政处罚决定书\n白市监罚〔2025〕37号\n当事人：白鹭县佳惠商贸有限公司。\n"
            "当事人应当自收到本决定书之日起十五日内缴纳罚款。")
    names, relations = _extract(nlp, text)
    kind, mentions = names["白鹭县市场监督管理局行政处罚决定书"]
    assert kind == "DOC" and {"白市监罚〔2025〕37号", "本决定书"} <= set(mentions)
    assert ("白鹭县市场监督管理局", "ISSUED", "白鹭县市场监督管理局行政处罚决定书") in relations
    # a decision cited in a sentence, or one in 《》 that names a body, is no heading of the text
    names, relations = _extract(nlp, "当事人对白鹭县市场监督管理局行政处罚决定书不服，可以申请行政复议。")
    assert not any(rel == "ISSUED" for _, rel, _ in relations)


def test_a_leading_group_named_by_a_quoted_campaign_is_one_body_with_its_place(nlp):
    names, relations = _extract(nlp, "按照青禾市“扫黄打非”工作领导小组办公室部署，白鹭县“双减”工作领导小组印发方案。")
    assert "青禾市扫黄打非工作领导小组办公室" in names and "白鹭县双减工作领导小组" in names
    assert ("青禾市扫黄打非工作领导小组办公室", "PART_OF", "青禾市扫黄打非工作领导小组") in relations
    assert "工作领导小组办公室" not in names
    # a quoted campaign the body carries out is no part of its name
    names, _ = _extract(nlp, "青禾市文化市场综合行政执法支队开展“净网”专项行动。")
    assert "青禾市文化市场综合行政执法支队" in names


def test_a_governments_listed_departments_are_part_of_it(nlp):
    text = ("海东市人民政府设置工作部门28个。"
            "市政府主要工作部门包括：市政府办公室、市发展和改革委员会（市粮食和物资储备局）、市教育局、市公安局等。")
    _, relations = _extract(nlp, text)
    parts = {head for head, rel, tail in relations if rel == "PART_OF" and tail == "海东市人民政府"}
    assert {"海东市政府办公室", "海东市教育局", "海东市公安局"} <= parts
    assert any("发展和改革委员会" in head or "粮食和物资储备局" in head for head in parts)  # (its second name in brackets)
    # departments a sentence only counts are no list
    _, relations = _extract(nlp, "海东市人民政府设置工作部门28个，市教育局负责全市教育工作。")
    assert not any(rel == "PART_OF" for _, rel, _ in relations)


def test_a_departments_units_listed_one_a_line_after_its_sentence_are_its_units(nlp):
    text = ("白鹭县民政局是县政府工作部门。\n第四条 县民政局设下列内设机构：\n（一）办公室。负责机关文电工作。\n"
            "（二）社会救助股。拟订最低生活保障政策。\n（三）加强队伍建设。\n第五条 县民政局机关行政编制9名。")
    names, relations = _extract(nlp, text)
    for unit in ("白鹭县民政局办公室", "白鹭县民政局社会救助股"):
        assert (unit, "PART_OF", "白鹭县民政局") in relations
    assert not any("队伍建设" in name for name in names)
    # the department's offices (局机关) are the department, named as the department
    assert "县民政局机关" in names["白鹭县民政局"][1]
    assert not any(name.endswith("局机关") for name in names)


def test_party_departments_of_a_university_named_by_its_full_committee_are_the_universitys(nlp):
    text = ("中共青禾大学委员会印发实施细则。校党委负主体责任，学校纪委、党委组织部、党委巡察办牵头督查。"
            "青禾大学附属医院党委结合整改开展自查。")
    names, relations = _extract(nlp, text)
    assert {"青禾大学党委组织部", "青禾大学党委巡察办"} <= set(names)
    assert ("青禾大学党委组织部", "PART_OF", "中共青禾大学委员会") in relations
    assert not any(name.startswith("青禾大学附属医院党委") and name != "青禾大学附属医院党委" for name in names)
    # two institutions of their own: neither's
    names, _ = _extract(nlp, "中共青禾大学委员会和中共白鹭大学委员会召开会议，党委组织部负责落实。")
    assert not any(name.endswith("党委组织部") and len(name) > 5 for name in names)


def test_prepositions_and_counts_before_a_hospital_are_no_part_of_its_name(nlp):
    text = "县级医院每年下派30名以上主治医师到乡镇卫生院坐诊，村民还能跟县医院的大夫视频问诊。"
    names, _ = _extract(nlp, text)
    assert not any(name.startswith(("上主治", "能跟")) or "到" in name for name in names)
    names, _ = _extract(nlp, "8日，平远县召开2025年三防工作会议暨县三防指挥部全体成员会议。")
    assert "平远县三防指挥部" in names
    assert not any(name.startswith("年") or "暨" in name for name in names)
    # words that start with these characters stay inside a name (跟踪, 到位)
    names, _ = _extract(nlp, "白鹭县纪委监委建立问题整改跟踪督办机制。")
    assert "问题整改跟踪督办机制" in names


def test_the_armed_polices_corps_and_a_body_of_its_own_place_listed_after_it(nlp):
    names, relations = _extract(nlp, "武警黑龙江省总队佳木斯支队和佳木斯市消防救援支队共同加固堤防。")
    assert {"武警黑龙江省总队", "武警黑龙江省总队佳木斯支队", "佳木斯市消防救援支队"} <= set(names)
    assert ("武警黑龙江省总队佳木斯支队", "PART_OF", "武警黑龙江省总队") in relations
    assert not any(name.endswith("佳木斯市消防救援支队") and name != "佳木斯市消防救援支队" for name in names)
    # units listed after a bureau's unit, by their place alone, are still the bureau's
    _, relations = _extract(nlp, "湖州市生态环境局德清分局、安吉分局参加检查。")
    assert ("湖州市生态环境局安吉分局", "PART_OF", "湖州市生态环境局") in relations


def test_a_bureau_before_the_verb_it_deploys_with_is_a_name(nlp):
    names, _ = _extract(nlp, "玉林市公安局部署开展夏季治安打击整治行动。")
    assert "玉林市公安局" in names
    names, _ = _extract(nlp, "受强降雨影响，局部地区出现内涝。")
    assert not names  # 局部 is no bureau's


def test_a_city_bureaus_branch_named_by_its_countys_short_name_is_the_bureaus(nlp):
    names, relations = _extract(nlp, "玉林市公安局部署行动。玉州分局、兴业县公安局参加。")
    assert "玉林市公安局玉州分局" in names and "州分局" not in names
    assert ("玉林市公安局玉州分局", "PART_OF", "玉林市公安局") in relations
    names, _ = _extract(nlp, "天水市公安局推进反诈。接到推送后，秦州分局七里墩派出所民警赶到现场。")
    assert "天水市公安局秦州分局七里墩派出所" in names
    # no city bureau named before it: the branch as written
    names, _ = _extract(nlp, "秦州分局民警赶到现场。")
    assert "秦州分局" in names


def test_a_head_before_a_word_that_starts_with_a_blocker_still_ends_a_name(nlp):
    names, _ = _extract(nlp, "青禾市人大常委会同意任命，白鹭县审计局长期坚持审计全覆盖。")
    assert {"青禾市人大常委会", "白鹭县审计局"} <= set(names)
    # the words that make the head a person's title or a verb stay refused (局长, 会同)
    names, _ = _extract(nlp, "白鹭县审计局局长王某说，市纪委监委会同市审计局开展检查。")
    assert not any(name.endswith(("局长", "会同")) for name in names)


def test_an_emergency_response_by_its_hazard_and_level_is_a_practice(nlp):
    text = "青禾县防汛抗旱指挥部启动防汛Ⅳ级应急响应，随后将防台风应急响应提升至Ⅱ级；白鹭县启动抗旱四级应急响应。"
    names, _ = _extract(nlp, text)
    mechs = {name for name, (kind, _) in names.items() if kind == "MECH"}
    assert {"防台风应急响应", "抗旱四级应急响应"} <= mechs
    assert any(name.startswith("防汛") and name.endswith("级应急响应") for name in mechs)
    names, _ = _extract(nlp, "各单位要及时响应群众诉求。")
    assert not names


def test_the_cooperation_of_two_places_named_by_their_abbreviations_is_a_practice(nlp):
    text = "苏州市与铜仁市召开联席会议，通报苏铜协作情况，推进粤桂劳务协作。青岛·陇南东西部协作深化拓展。"
    names, _ = _extract(nlp, text)
    assert {"苏铜协作", "粤桂劳务协作", "青岛·陇南东西部协作"} <= set(names)
    # no pair in ordinary words, nor in a park the pair built, nor inside a list of three
    names, _ = _extract(nlp, "苏州市与铜仁市加强协作，深化合作，共建苏铜协作产业园，推进京津冀协作。")
    assert not any(kind == "MECH" and name.endswith(("协作", "合作")) for name, (kind, _) in names.items())


def test_a_news_datelines_place_is_not_the_place_the_text_is_about(nlp):
    text = "新华社北京4月8日电 公安部近日召开会议，要求各地公安机关在党委、政府统一领导下开展整治。"
    names, _ = _extract(nlp, text)
    assert "北京市人民政府" not in names
    # a place the text names in its body still is
    names, _ = _extract(nlp, "新华社兰州5月3日电 甘肃省天水市委近日召开会议，市政府部署专项行动。")
    assert "天水市政府" in names or "天水市人民政府" in names


def test_every_court_or_police_of_the_country_is_a_class(nlp):
    names, _ = _extract(nlp, "公安部召开全国公安机关电视电话会议，青禾县人民法院被评为全国法院执行工作先进集体。")
    assert "全国公安机关" not in names and "全国法院" not in names
    assert {"公安部", "青禾县人民法院"} <= set(names)


def test_a_joint_meeting_held_once_is_no_practice(nlp):
    for text in ("苏州·铜仁东西部协作第五次联席会议在铜仁市召开。", "青禾市检察院召开涉“两卡”案件联席会议，统一证据标准。"):
        names, _ = _extract(nlp, text)
        assert "联席会议" not in names
    names, _ = _extract(nlp, "白鹭县信访局通过联席会议、建立排查调处机制化解矛盾。")
    assert "联席会议" in names


def test_a_provinces_group_for_the_centres_inspection_is_one_body_with_its_office(nlp):
    text = "成立由省委书记、省长任双组长的云南省中央生态环境保护督察整改工作领导小组，领导小组办公室设在省生态环境厅。"
    names, relations = _extract(nlp, text)
    group = "云南省中央生态环境保护督察整改工作领导小组"
    assert group in names and "中共中央" not in names
    assert (group + "办公室", "PART_OF", group) in relations
    # the verb a government reshapes a group with is no part of its name
    names, _ = _extract(nlp, "夏河县政府调整充实东西部协作工作领导小组。")
    assert not any("调整" in name for name in names)


def test_a_town_named_by_one_character_keeps_it(nlp):
    names, _ = _extract(nlp, "推动警力下沉。壶镇派出所与壶镇镇党委、镇政府共建驿站。")
    assert {"壶镇派出所", "壶镇镇党委"} <= set(names)
    assert "镇派出所" not in names
    # a preposition, a class marker or a word before the level is no town's name
    names, _ = _extract(nlp, "实行网格化包保，由镇安全生产监督管理站具体负责，各镇派出所、城镇社区配合。")
    assert not any(name.startswith(("由镇", "各镇")) for name in names)


def test_prepositions_and_adverbs_before_a_company_or_bureau_are_no_part_of_its_name(nlp):
    text = ("发现柜内摆放的标称白鹭县宝庆乳业有限责任公司生产的牛奶，建议由青禾市城市管理局依法吊销其分公司许可证，"
            "青禾市人民检察院就该公司造成的损害启动磋商。")
    names, _ = _extract(nlp, text)
    assert {"白鹭县宝庆乳业有限责任公司", "青禾市城市管理局", "青禾市人民检察院"} <= set(names)
    assert not any(name.startswith("标称") or "依法" in name or "就该" in name for name in names)
    # words starting with 就 stay inside names
    names, _ = _extract(nlp, "青禾市人社局就业促进科推行就近就业服务机制。")
    assert "就近就业服务机制" in names and any(name.endswith("就业促进科") for name in names)


def test_places_listed_by_short_names_before_one_head_are_a_body_each(nlp):
    names, relations = _extract(nlp, "凯里、榕江、黎平等监管支局牵头组建联合检查组。沂南、蒙阴两家农商银行推出贷款产品。")
    assert {"凯里监管支局", "榕江监管支局", "黎平监管支局", "沂南农商银行", "蒙阴农商银行"} <= set(names)
    assert ("榕江监管支局", "ESTABLISHED", "联合检查组") in relations
    # words that are no places, or a list whose first item goes on a word before it, make none
    names, _ = _extract(nlp, "加强、完善、提升等分局工作，推进青禾、白鹭等派出所建设。")
    assert not any(name.endswith(("分局", "派出所")) for name in names)
