"""Rules of session 16, on sentences written for these tests (made-up events; 岱川, 泓川 are made-up places)."""

from __future__ import annotations

from kg.corpus import extract_texts
from tests.conftest import extracted as _extract


def test_a_special_administrative_regions_short_name_is_a_place(nlp):
    names, _ = _extract(nlp, "香港特区政府发表声明。澳门特区立法会当天审议了一项法案。")
    assert names["香港特区政府"] == ("ORG", ["香港特区政府"])
    assert names["澳门特区立法会"] == ("ORG", ["澳门特区立法会"])


def test_the_bodies_of_a_special_administrative_region(nlp):
    names, _ = _extract(nlp, "香港特别行政区廉政公署公布了一宗案件，终审法院此前已作出裁决。")
    assert "香港特别行政区廉政公署" in names
    # a head of these bodies needs a place before it: no body from a bare 立法会议 or a 市人大 meeting's name
    names, _ = _extract(nlp, "市人大立法会议召开。")
    assert not any("立法会" in name for name in names)


def test_the_central_governments_offices_in_the_regions(nlp):
    names, relations = _extract(nlp, "中央人民政府驻香港特别行政区联络办公室负责人表示支持。外交部驻港公署发言人作出回应。")
    assert "中央人民政府驻香港特别行政区联络办公室" in names
    assert ("外交部驻港公署", "PART_OF", "外交部") in relations


def test_laws_cited_as_the_ground_of_an_act(nlp):
    names, _ = _extract(nlp, "县执法大队依据农村集体经济组织法和《岱川县村级小微权力清单》开展检查。"
                             "县公安局依据防范和处置非法集资条例和刑法有关规定侦破一起案件。"
                             "该企业违反大气污染防治法第十八条规定。")
    for law in ("农村集体经济组织法", "防范和处置非法集资条例", "刑法", "大气污染防治法"):
        assert names[law][0] == "DOC", law
    # no law named by a class or a pronoun
    names, _ = _extract(nlp, "根据国家有关法律法规，依照相关条例处理。按照工作方法执行。")
    assert not [n for n, (kind, _) in names.items() if kind == "DOC"]


def test_no_verb_inside_a_bodys_name(nlp):
    names, _ = _extract(nlp, "泓川海关依据海关法对企业开展检查。市生态环境局要求各分局开展排查。"
                             "引导集团从治病向防病转变。市领导每月至少1次到市信访局接访。")
    assert "泓川海关" in names and not any("依据" in n for n in names)
    assert "市生态环境局" in names and not any("要求" in n for n in names)
    assert "引导集团" not in names
    assert "市信访局" in names and "次到市信访局" not in names


def test_units_named_by_a_place_below_their_body(nlp):
    names, relations = _extract(nlp, "北京市公安局朝阳分局民警出警。云南省森林消防总队普洱支队在林区驻防。"
                                     "国家税务总局深圳市税务局南山区税务局召开会议。")
    assert ("北京市公安局朝阳分局", "PART_OF", "北京市公安局") in relations
    assert ("云南省森林消防总队普洱支队", "PART_OF", "云南省森林消防总队") in relations
    assert ("国家税务总局深圳市税务局南山区税务局", "PART_OF", "国家税务总局深圳市税务局") in relations
    assert ("国家税务总局深圳市税务局", "PART_OF", "国家税务总局") in relations
    # two bodies of a list stay two
    names, _ = _extract(nlp, "市公安局、区公安分局联合行动。")
    assert {"市公安局", "区公安分局"} <= set(names)


def test_a_numbered_inspection_bureau_ends_before_the_verb(nlp):
    names, relations = _extract(nlp, "国家税务总局北京市税务局第一稽查局查处一起案件。")
    assert ("国家税务总局北京市税务局第一稽查局", "PART_OF", "国家税务总局北京市税务局") in relations
    assert not any(n.endswith("查处") for n in names)


def test_a_free_trade_zones_authority_and_its_bureau(nlp):
    names, relations = _extract(nlp, "中国（泓川）自由贸易试验区岱港片区管理委员会产业促进局负责人介绍了情况。")
    zone = "中国(泓川)自由贸易试验区岱港片区管理委员会"
    assert names[zone] == ("ORG", ["中国（泓川）自由贸易试验区岱港片区管理委员会"])
    assert (zone + "产业促进局", "PART_OF", zone) in relations
    names, _ = _extract(nlp, "中国（泓川）自由贸易港建设取得成效。")
    assert not [n for n, (kind, _) in names.items() if kind == "ORG"]


def test_fire_brigades_and_illegal_fundraising_offices(nlp):
    names, _ = _extract(nlp, "四川省消防救援总队召开会议。县处非办将全县划分为网格。"
                             "泓川市生态环境保护综合行政执法支队开展检查。")
    assert {"四川省消防救援总队", "县处非办", "泓川市生态环境保护综合行政执法支队"} <= set(names)


def test_an_alternate_member_names_no_committee(nlp):
    names, _ = _extract(nlp, "出席全会的有县委委员27名，候补县委委员5名。")
    assert not any(n.startswith("候补") for n in names)


def test_a_village_of_a_town_the_gazetteer_lacks(nlp):
    names, _ = _extract(nlp, "岱溪镇桃湾村党总支书记介绍了经验。")
    assert "岱溪镇桃湾村党总支" in names and "村党总支" not in names


def test_a_named_estates_owners_committee(nlp):
    names, _ = _extract(nlp, "街道党工委指导锦苑小区业主委员会（以下简称业委会）召开业主大会。")
    assert names["锦苑小区业主委员会"] == ("ORG", ["业委会", "锦苑小区业主委员会"])
    names, _ = _extract(nlp, "住宅小区业主委员会应当依法履职。")
    assert not [n for n in names if n.endswith("业主委员会")]


def test_one_practice_named_before_its_field_is_a_mechanism(nlp):
    names, _ = _extract(nlp, "在人民建议征集方面，市信访局设立专窗。")
    assert names["人民建议征集"][0] == "MECH"
    names, _ = _extract(nlp, "两院在线索移送、诉前磋商等方面加强协作。")
    assert "线索移送" not in names and "诉前磋商" not in names


def test_a_quoted_name_of_what_is_built_or_a_counted_way_of_managing(nlp):
    names, _ = _extract(nlp, "县里将路长制与“四好农村路”建设结合起来。市河长办实行“三单”管理。局里推动“清廉财政”建设。")
    assert names["四好农村路建设"] == ("MECH", ["“四好农村路”建设"])
    assert names["三单管理"] == ("MECH", ["“三单”管理"])
    assert "清廉财政建设" in names
    # a numbered formula or a two-character label is no name with 建设; a quoted style is none with 管理 here
    names, _ = _extract(nlp, "坚持“四个全面”建设。做好“两新”建设。")
    assert not [n for n, (kind, _) in names.items() if kind == "MECH"]


def test_rules_cited_by_their_kind_after_a_verb_of_basis(nlp):
    names, _ = _extract(nlp, "上述问题违反整治形式主义为基层减负若干规定。依照岱川市政府采购管理办法有关规定处理。")
    assert names["整治形式主义为基层减负若干规定"][0] == "DOC"
    assert names["岱川市政府采购管理办法"][0] == "DOC"
    names, _ = _extract(nlp, "按照属地管理办法执行。")
    assert not [n for n, (kind, _) in names.items() if kind == "DOC"]


def test_a_campaign_that_runs_for_a_while_is_set_up_by_its_bodies(nlp):
    _, relations = _extract(nlp, "市人社局会同市交通运输局开展为期三个月的根治欠薪冬季攻坚行动。")
    assert ("市人社局", "ESTABLISHED", "根治欠薪冬季攻坚行动") in relations
    assert ("市交通运输局", "ESTABLISHED", "根治欠薪冬季攻坚行动") in relations


def test_a_body_after_dui_is_what_the_verb_acts_on(nlp):
    _, relations = _extract(nlp, "6月3日，岱川市生态环境局东城分局对岱川恒泰化工有限公司排污一案作出行政处罚决定。")
    assert ("岱川市生态环境局东城分局", "ISSUED", "行政处罚决定") in relations
    assert not any(head == "岱川恒泰化工有限公司" for head, _, _ in relations)


def test_a_branch_named_by_its_kind_alone_after_the_one_named_before(nlp):
    names, relations = _extract(nlp, "岱川市生态环境局东城分局开展抽查。分局随即会同岱川市生态环境保护综合行政执法支队开展联合调查。"
                                     "支队已将线索移送市公安局。")
    assert names["岱川市生态环境局东城分局"][1] == ["分局", "岱川市生态环境局东城分局"]
    assert "支队" in names["岱川市生态环境保护综合行政执法支队"][1]
    assert ("岱川市生态环境局东城分局", "COOPERATES_WITH", "岱川市生态环境保护综合行政执法支队") in relations
    # two branches named before: a bare one is neither's
    names, _ = _extract(nlp, "市公安局东城分局、市公安局南湖分局开展行动。分局民警随即出警。")
    assert all(mentions.count("分局") == 0 for _, mentions in names.values())


def test_boards_of_a_company(nlp):
    _, relations = _extract(nlp, "岱川交通投资集团有限公司董事会审议了年度预算，公司监事会列席。")
    assert ("岱川交通投资集团有限公司董事会", "PART_OF", "岱川交通投资集团有限公司") in relations


def test_what_a_body_sets_up_under_it_is_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "岱川市委下设巡察工作领导小组办公室。")
    assert "岱川市委" in names and not any("下设" in n for n in names)


def test_the_body_made_the_head_of_a_group_does_not_set_it_up(nlp):
    _, relations = _extract(nlp, "县卫生健康局牵头，以县人民医院为龙头，整合县中医医院和14家乡镇卫生院，组建县医疗健康集团。")
    assert ("县卫生健康局", "ESTABLISHED", "县医疗健康集团") in relations
    assert ("县人民医院", "ESTABLISHED", "县医疗健康集团") not in relations


def test_a_party_group_named_in_its_members_role(nlp):
    _, relations = _extract(nlp, "岱川县农业农村局党组成员、副局长张某受到处分。市委巡察组成员深入走访。")
    assert ("岱川县农业农村局党组", "PART_OF", "岱川县农业农村局") in relations
    assert ("岱川市委巡察组", "PART_OF", "岱川市委") in relations or ("市委巡察组", "PART_OF", "市委") in relations


def test_a_bureaus_section_with_a_long_name(nlp):
    _, relations = _extract(nlp, "潍坊市市场监督管理局食品经营安全监督管理科每周开展视频巡查。")
    assert ("潍坊市市场监督管理局食品经营安全监督管理科", "PART_OF", "潍坊市市场监督管理局") in relations


def test_the_last_practice_of_a_list_after_he(nlp):
    names, _ = _extract(nlp, "各地全面落实农民工工资专用账户、实名制管理、工资保证金和维权信息公示等制度。")
    assert {"工资保证金", "维权信息公示"} <= {n for n, (kind, _) in names.items() if kind == "MECH"}
    # fields of rules listed before 等 are no practices
    names, _ = _extract(nlp, "制定财政、预算、税务、财务和会计等规章制度。")
    assert not {"财务", "会计", "预算"} & set(names)


def test_each_places_department_is_a_class_and_leads_what_it_organises(nlp):
    names, relations = _extract(nlp, "行动中，各县（市、区）河长办牵头组织水利、公安、生态环境等部门组建联合执法队伍。")
    cls = "各县(市、区)河长办"
    assert names[cls] == ("ORG", ["各县（市、区）河长办"])
    assert {(cls, "LEADS", f"{field}部门") for field in ("水利", "公安", "生态环境")} <= relations
    _, relations = _extract(nlp, "岱川市河长办牵头组织岱川市水利局开展联合执法。")
    assert ("岱川市河长办", "LEADS", "岱川市水利局") in relations
    # a city's bureau whose name ends in 州 + 市 is no class of prefectures and cities
    names, _ = _extract(nlp, "学校与霁州市工业和信息化局联合组建创新中心。")
    assert "州市工业和信息化局" not in names


def test_the_document_a_notice_issues_named_unmarked_in_its_title(nlp):
    names, _ = _extract(nlp, "根据《岱川市人民政府办公室关于印发岱川市物业管理办法（试行）的通知》要求，市住建局开展检查。")
    assert names["岱川市物业管理办法(试行)"] == ("DOC", ["岱川市物业管理办法（试行）"])
    # a notice about something else names no document inside
    names, _ = _extract(nlp, "《岱川市人民政府关于调整最低工资标准的通知》已印发。")
    assert [n for n, (kind, _) in names.items() if kind == "DOC"] == ["岱川市人民政府关于调整最低工资标准的通知"]


def test_a_quoted_campaign_with_its_field_before_the_quote(nlp):
    names, _ = _extract(nlp, "今年3月，市局联合市教育局开展校园及周边食品安全“护苗”专项行动。")
    assert names["校园及周边食品安全护苗专项行动"] == ("MECH", ["校园及周边食品安全“护苗”专项行动"])
    # a practice of another kind is named by its quote and head
    names, _ = _extract(nlp, "建立拖欠账款投诉线索“直转直办”机制。")
    assert "直转直办机制" in names


def test_one_character_quotes_are_parts_of_one_name(nlp):
    names, _ = _extract(nlp, "探索国家公园“园”“地”融合发展机制。")
    assert names["园地融合发展机制"] == ("MECH", ["“园”“地”融合发展机制"])
    names, _ = _extract(nlp, "推行“府院”“府检”联动机制。")
    assert {"府院联动机制", "府检联动机制"} <= set(names)


def test_short_fields_listed_before_a_head_are_no_practices(nlp):
    names, _ = _extract(nlp, "完善项目谋划、储备等机制。")
    assert "储备" not in names and "项目谋划" not in names
    names, _ = _extract(nlp, "建立首问负责、限时办结、责任追究等制度。")
    assert {"首问负责", "限时办结", "责任追究"} <= set(names)


def test_a_university_town_and_stage_works_are_no_bodies_or_documents(nlp):
    names, _ = _extract(nlp, "加快岱川大学城科创源建设。推出杂技剧《先声》、越剧《青禾谣》。")
    assert not names
    names, _ = _extract(nlp, "岱川大学召开会议。")
    assert "岱川大学" in names


def test_lists_drawn_up_and_stocks_of_items_are_practices(nlp):
    names, relations = _extract(nlp, "市住建局建立城市更新项目储备库。市委社会工作部明确网格员职责清单。")
    assert names["城市更新项目储备库"][0] == "MECH" and names["网格员职责清单"][0] == "MECH"
    assert ("市住建局", "ESTABLISHED", "城市更新项目储备库") in relations
    # a list compiled or one items are added to names no practice
    names, _ = _extract(nlp, "县政府组织有关部门编制本级政务服务事项目录清单。46项成果纳入轮值主席国成果清单。")
    assert not [n for n, (kind, _) in names.items() if kind == "MECH"]


def test_teams_each_inspect_their_own_body_after_fenbie(nlp):
    _, relations = _extract(nlp, "市委第一巡察组、第二巡察组分别对市住房和城乡建设局党组、市医疗保障局党组开展常规巡察。")
    inspects = {(h, t) for h, kind, t in relations if kind == "INSPECTS"}
    assert inspects == {("市委第一巡察组", "市住房和城乡建设局党组"), ("市委第二巡察组", "市医疗保障局党组")}
    # without 分别, each team inspects each body
    _, relations = _extract(nlp, "市委第一巡察组、第二巡察组对市住房和城乡建设局党组、市医疗保障局党组开展常规巡察。")
    assert len({(h, t) for h, kind, t in relations if kind == "INSPECTS"}) == 4


def test_a_station_named_by_two_fields_joined_by_yu(nlp):
    names, _ = _extract(nlp, "定西市农业生态环境与资源保护站搞过度留痕。")  # (a public unit named from a known place)
    assert "定西市农业生态环境与资源保护站" in names
    names, _ = _extract(nlp, "市政府与县林业站开展合作。")
    assert {"市政府", "县林业站"} <= set(names)


def test_the_governments_of_counties_and_districts_written_with_a_bracket(nlp):
    names, relations = _extract(nlp, "督查组对7个县（市）区政府开展实地督查。")
    assert names["县(市)区政府"] == ("ORG", ["县（市）区政府"])
    assert ("督查组", "INSPECTS", "县(市)区政府") in relations


def test_quality_supervision_centres_and_numbered_squads(nlp):
    names, relations = _extract(nlp, "四川省纪委监委对四川省公路工程质量监督中心原主任张某某进行审查调查。"
                                     "建湖县城市管理行政执法大队二中队队员违规收受礼品。")
    assert "四川省公路工程质量监督中心" in names
    assert ("建湖县城市管理行政执法大队二中队", "PART_OF", "建湖县城市管理行政执法大队") in relations


def test_the_kind_of_a_body_from_its_head(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "省委组织部、省卫健委和省委第一巡察组召开联席会议，联合检查组随后进驻。")])
    kinds = {e.name: e.subtype for e in record.entities if e.type == "ORG"}
    assert kinds["省委组织部"] == "party"  # (组织部: no team)
    assert kinds["省卫健委"] == "government"  # (a government's commission)
    assert kinds["联合检查组"] == "team"


def test_a_general_term_is_no_alias_of_a_numbered_plan(nlp):
    names, _ = _extract(nlp, "加快构建“1188”现代化产业体系。建设现代化产业体系，完善产业体系。")
    assert names["1188现代化产业体系"] == ("MECH", ["“1188”现代化产业体系"])
    names, _ = _extract(nlp, "推行“三反馈”机制。三反馈机制运行良好。")
    assert names["三反馈机制"][1] == ["“三反馈”机制", "三反馈机制"]


def test_the_anti_corruption_formula_is_a_principle_not_a_mechanism(nlp):
    names, _ = _extract(nlp, "市纪委监委一体推进不敢腐、不能腐、不想腐，坚持稳中求进、提质增效。")
    assert not [n for n, (kind, _) in names.items() if kind == "MECH"]


def test_a_buildings_phase_and_routine_work(nlp):
    names, _ = _extract(nlp, "省图书馆二期、省文化馆建成。镇里切实抓好矛盾纠纷排查化解。")
    assert "省文化馆" in names and not any(n.endswith("图书馆") for n in names)
    assert "矛盾纠纷排查化解" not in names  # (a kind of work: generic, and without a relation not listed)


def test_institutions_described_by_where_and_how_good_are_a_class(nlp):
    names, _ = _extract(nlp, "省政府与国内高水平大学合作数量增加至12所。")
    assert names["国内高水平大学"] == ("ORG", ["国内高水平大学"])
    (record,) = extract_texts(nlp, [("t.txt", "省政府与国内高水平大学合作数量增加至12所。")])
    assert [e.generic for e in record.entities if e.name == "国内高水平大学"] == [True]
    names, _ = _extract(nlp, "岱川大学召开会议。")
    assert "岱川大学" in names


def test_brands_and_cultural_events_in_quotes_are_no_practices(nlp):
    names, _ = _extract(nlp, "深化“青禾四季”等品牌培育。大力开展“雅韵青禾”“欢乐岱川”等文化活动。")
    assert not [n for n, (kind, _) in names.items() if kind == "MECH"]
    names, _ = _extract(nlp, "推广“枫桥经验”等做法。")
    assert "枫桥经验" in names


def test_a_package_of_measures_is_a_kind_of_document(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "省政府果断出台一揽子超常规政策措施，推动经济回升。")])
    assert [e.generic for e in record.entities if e.type == "DOC"] == [True]


def test_national_units_and_brigades(nlp):
    names, relations = _extract(nlp, "公安部挂牌督办一批案件。河南省公安厅刑事侦查总队牵头开展行动。"
                                     "最高人民检察院第八检察厅负责人介绍。省审计厅与审计署长沙特派员办事处协同配合。")
    assert "公安部挂牌督办" not in names and names["挂牌督办"][0] == "MECH"
    assert ("河南省公安厅刑事侦查总队", "PART_OF", "河南省公安厅") in relations
    assert ("最高人民检察院第八检察厅", "PART_OF", "最高人民检察院") in relations
    assert "审计署长沙特派员办事处" in names


def test_who_leads_a_joint_meeting_is_no_part_of_its_name(nlp):
    names, _ = _extract(nlp, "双方建立由两市市长牵头的联席会议制度。")
    assert "联席会议制度" in names and not any(n.startswith("由") for n in names)


def test_more_national_laws_cited_bare(nlp):
    names, _ = _extract(nlp, "会议强调，要把黑土地保护法的各项规定落到田间地头。依照旅游法、公路法处理。")
    assert {"黑土地保护法", "旅游法", "公路法"} <= {n for n, (kind, _) in names.items() if kind == "DOC"}
    names, _ = _extract(nlp, "落实监察法实施条例。")
    assert "监察法实施条例" in names and "监察法" not in names
