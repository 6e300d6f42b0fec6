"""Rules of session 34, on sentences written for these tests (made-up events; 岱川, 霁川, 沧浔, 青禾, 蔺溪 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_numbered_meeting_that_passed_a_regulation_issued_it(nlp):
    _, relations = _extract(nlp, "《霁川市古树名木保护条例》已由霁川市第十六届人民代表大会常务委员会第九次会议于2025年6月3日"
                                 "通过，经岱川省第十四届人民代表大会常务委员会第八次会议于2025年7月30日批准，现予公布。")
    assert ("霁川市人民代表大会常务委员会", "ISSUED", "霁川市古树名木保护条例") in relations
    # the approving province's committee is named after a second 经, not right after the title: it issued nothing
    assert not any(rel == "ISSUED" and head.startswith("岱川") for head, rel, _ in relations)
    _, relations = _extract(nlp, "《城镇燃气安全管理条例》已经2025年4月9日国务院第61次常务会议通过，现予公布，自2025年9月1日起施行。")
    assert ("国务院", "ISSUED", "城镇燃气安全管理条例") in relations
    # a meeting that only discussed it passed nothing
    _, relations = _extract(nlp, "《城镇燃气安全管理条例》已经国务院第61次常务会议讨论，尚待修改。")
    assert not any(rel == "ISSUED" for _, rel, _ in relations)


def test_a_province_kg_lacks_keeps_its_name(nlp):
    names, relations = _extract(nlp, "近日，岱川省委机构编制委员会办公室通报检查情况。中共岱川省委、岱川省人民政府印发《岱川省机构改革方案》。")
    assert {"岱川省委机构编制委员会办公室", "中共岱川省委", "岱川省人民政府"} <= set(names)
    assert ("岱川省人民政府", "ISSUED", "岱川省机构改革方案") in relations
    assert not any(name.startswith("省") for name in names)
    # a verb or a span of years before 省政府 names no province
    names, _ = _extract(nlp, "过去五年省政府新闻办发布信息一千余条。会议决定废止省政府规章三件。")
    assert "省政府新闻办" in names
    assert not any(name.startswith(("五年", "废止")) for name in names)


def test_a_long_team_name_starts_with_the_whole_place(nlp):
    names, relations = _extract(nlp, "近日，湖南省突发公共卫生事件应急指挥部办公室组织开展全省应急演练。")
    assert "湖南省突发公共卫生事件应急指挥部办公室" in names
    assert not any(name.startswith("南省") for name in names)
    assert ("湖南省突发公共卫生事件应急指挥部办公室", "PART_OF", "湖南省突发公共卫生事件应急指挥部") in relations


def test_a_law_after_a_verb_of_force_with_three_characters_and_what_follows_it(nlp):
    names, _ = _extract(nlp, "为贯彻落实中医药法和岱川省中医药条例，霁川市人民政府办公室印发实施方案。")
    assert {"中医药法", "岱川省中医药条例"} <= set(names)
    assert not any(name.startswith(("落实", "贯彻")) for name in names)
    names, _ = _extract(nlp, "全面贯彻公务员法、监察法和岱川省信访条例。")
    assert {"公务员法", "监察法", "岱川省信访条例"} <= set(names)
    # a way of working named 工作法 is no law
    names, _ = _extract(nlp, "各社区推广落实枫桥工作法。")
    assert "枫桥工作法" in names
    assert names["枫桥工作法"][0] == "MECH"


def test_an_adverb_of_time_or_a_verb_of_pressing_is_no_part_of_a_name(nlp):
    names, _ = _extract(nlp, "青禾县地处山区，过去乡镇卫生院留不住人。实行打包付费，倒逼集团转变服务方式。以往县医院承担全部任务。")
    assert not any(name.startswith(("过去", "倒逼", "以往")) for name in names)


def test_a_company_joined_by_a_verb_is_named_after_it(nlp):
    names, _ = _extract(nlp, "省商务厅还联合中国邮政集团有限公司岱川省分公司推行“邮快合作”。")
    assert "中国邮政集团有限公司" in names
    assert not any(name.startswith("联合") for name in names)
    names, _ = _extract(nlp, "国家粮食和物资储备局制定年度轮换计划，并联合下达中储粮集团公司。")
    assert not any(name.startswith(("联合", "下达")) for name in names)
    # a name with 联合 of its own keeps it
    names, _ = _extract(nlp, "北京联合大学与市教委签订协议。")
    assert "北京联合大学" in names


def test_the_central_banks_shanghai_head_office_is_a_body_of_its_own(nlp):
    _, relations = _extract(nlp, "中国人民银行上海总部、上海市民政局近日联合印发《关于养老金融服务的通知》。")
    assert ("中国人民银行上海总部", "PART_OF", "中国人民银行") in relations
    assert ("中国人民银行上海总部", "ISSUED", "关于养老金融服务的通知") in relations


def test_first_time_says_when_no_unit_is_numbered(nlp):
    names, relations = _extract(nlp, "集团公司党组第一时间成立由党组书记任组长的巡视整改工作领导小组。")
    assert not any("第一时间" in name for name in names)
    assert ("集团公司党组", "ESTABLISHED", "巡视整改工作领导小组") in relations
    names, _ = _extract(nlp, "县委第一巡察组进驻青禾镇。")
    assert "县委第一巡察组" in names


def test_a_state_grid_company_after_a_verb_keeps_the_brand(nlp):
    names, relations = _extract(nlp, "驻点监督组指导国网湖北省电力有限公司纪委开展专项治理。")
    assert ("国网湖北省电力有限公司纪委", "PART_OF", "国网湖北省电力有限公司") in relations
    assert "湖北省电力有限公司" not in names


def test_laws_named_by_no_name_are_no_part_of_a_listed_document(nlp):
    names, relations = _extract(nlp, "第一条 为了推进诚信建设，根据国务院印发的社会信用体系建设规划纲要和有关法律、行政法规，结合本省实际，制定本条例。")
    assert ("国务院", "ISSUED", "社会信用体系建设规划纲要") in relations
    assert not any("有关法律" in name for name in names)
    # documents named by their kinds alone stay one list
    names, _ = _extract(nlp, "省政府发布的财政规章、制度和办法具有同等效力。")
    assert "财政规章、制度和办法" in names


def test_numbered_institutes_listed_after_their_group(nlp):
    _, relations = _extract(nlp, "省政府支持中国电子科技集团有限公司第十研究所、第二十九研究所在川扩大科研布局。")
    assert ("中国电子科技集团有限公司第二十九研究所", "PART_OF", "中国电子科技集团有限公司") in relations
    assert ("中国电子科技集团有限公司第十研究所", "PART_OF", "中国电子科技集团有限公司") in relations


def test_a_party_committee_of_an_institution_and_its_bare_name(nlp):
    names, relations = _extract(nlp, "中共青禾大学委员会召开常委会会议。党委修订《青禾大学科研经费管理规定》。")
    assert ("中共青禾大学委员会", "ISSUED", "青禾大学科研经费管理规定") in relations
    assert not any(head == "青禾大学" and rel == "ISSUED" for head, rel, _ in relations)
    assert "中共青禾大学" not in names
    assert ("中共青禾大学委员会", "PART_OF", "青禾大学") in relations
    names, relations = _extract(nlp, "中共青禾能源集团有限公司党组研究部署整改工作。")
    assert ("青禾能源集团有限公司党组", "PART_OF", "青禾能源集团有限公司") in relations
    assert not any(name.startswith("中共青禾能源") for name in names)
    # the party committee of a city keeps the party's name with its school
    names, _ = _extract(nlp, "中共青禾市委党校举办培训班。")
    assert "中共青禾市委党校" in names


def test_when_and_verbs_of_asking_or_reading_are_no_part_of_a_name(nlp):
    text = ("方案将于9月底前全部印发，届时市委编办会同市委组织部开展评估。同时商请县公安局协助核查。"
            "检查组调阅村务监督委员会台账。近三年市社会主义学院举办培训班十期。")
    names, _ = _extract(nlp, text)
    assert {"市委编办", "县公安局", "市社会主义学院"} <= set(names)
    assert not any(name.startswith(("届时", "商请", "调阅", "近三年")) for name in names)


def test_fragments_of_a_clause_are_no_mechanisms(nlp):
    text = ("领导小组召开全体会议，部署今年地震监测预报、震灾预防和应急救援三大体系建设任务。"
            "省公共资源交易中心负责专家库的日常运行维护。教育部确定青禾大学等15所高校为首批试点单位。"
            "核查组查实施工方虚报工程量造成多付工程款。")
    names, _ = _extract(nlp, text)
    assert "地震监测预报" in names
    assert not any(name.startswith(("部署", "省公共资源交易中心负责")) or name.endswith("为首批试点")
                   or "虚报" in name for name in names)
    # a pool a body sets up keeps its name; a system named with its duty too
    names, _ = _extract(nlp, "市发展改革委建立评标专家库。县纪委监委推行首问负责制。")
    assert {"评标专家库", "首问负责制"} <= set(names)


def test_the_body_that_coordinates_leads_those_who_act_after(nlp):
    text = "武侯区委探索开展提级巡察，由区委巡察工作领导小组统筹调度，区委第一巡察组、区委第二巡察组分别对4个乡镇开展巡察。"
    _, relations = _extract(nlp, text)
    assert ("武侯区委巡察工作领导小组", "LEADS", "武侯区委第一巡察组") in relations
    assert ("武侯区委巡察工作领导小组", "LEADS", "武侯区委第二巡察组") in relations
    # coordinating a piece of work leads no one named after it in another clause's own words
    _, relations = _extract(nlp, "由区委巡察工作领导小组统筹调度巡察力量，区委第一巡察组对乡镇开展巡察。")
    assert not any(rel == "LEADS" for _, rel, _ in relations)


def test_a_universitys_hospital_and_a_central_institute_of_joined_fields(nlp):
    _, relations = _extract(nlp, "确定四川大学华西医院、中南大学湘雅医院为首批试点医院。兰州大学第一医院开展义诊。")
    assert {("四川大学华西医院", "PART_OF", "四川大学"), ("中南大学湘雅医院", "PART_OF", "中南大学"),
            ("兰州大学第一医院", "PART_OF", "兰州大学")} <= relations
    _, relations = _extract(nlp, "中国科学院岱川纳米技术与纳米仿生研究所与青禾市签约。")
    assert ("中国科学院岱川纳米技术与纳米仿生研究所", "PART_OF", "中国科学院") in relations
    # a partner the academy joins is none of its institutes
    names, _ = _extract(nlp, "中国科学院与南湖大学研究所签约。")
    assert not any(name.startswith("中国科学院与") for name in names)


def test_a_verb_before_a_provinces_committee_names_no_province(nlp):
    names, _ = _extract(nlp, "未来五年，锚定省委确定的发展目标，细化举措。")
    assert "锚定省委" not in names
    # a list's first item keeps a word of rank, no verb
    names, _ = _extract(nlp, "健全完善重点产业链特聘专家团、顾问科学家等制度。")
    assert "重点产业链特聘专家团" in names


def test_a_regulation_named_without_its_place_is_each_sources_own(nlp):
    from kg.extract import extract_doc
    from kg.graph import build_graph

    texts = ["青禾省人民政府工作报告。全面落实民营经济促进法和民营经济促进条例，优化营商环境。",
             "霁川市人民政府工作报告。认真实施民营经济促进法和民营经济促进条例，支持企业发展。"]
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])
    assert len([n for n in G if n.startswith("DOC:") and n.split("@")[0].endswith("民营经济促进条例")]) == 2
    # the national law both cite, and a national regulation, stay one node each
    assert len([n for n in G if n.startswith("DOC:") and n.split("@")[0].endswith("民营经济促进法")]) == 1
    texts = ["全面落实民营经济促进法和优化营商环境条例。", "认真实施民营经济促进法和优化营商环境条例。"]
    G = build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])
    assert len([n for n in G if n.startswith("DOC:") and n.split("@")[0].endswith("优化营商环境条例")]) == 1


def test_we_after_a_clause_with_no_act_is_the_reporting_government(nlp):
    text = ("过去一年，青禾市人民政府坚持稳中求进。稀土产业链加快延伸，南方稀土集团有限公司总部落户青禾，"
            "我们会同南湖理工大学组建稀土新材料创新联合体。")
    _, relations = _extract(nlp, text)
    assert ("青禾市人民政府", "ESTABLISHED", "稀土新材料创新联合体") in relations
    assert ("青禾市人民政府", "COOPERATES_WITH", "南湖理工大学") in relations
    assert not any(head.startswith("南方稀土") for head, rel, _ in relations if rel != "PART_OF")
    # a body that acts before 我们 in the sentence keeps its act
    _, relations = _extract(nlp, "过去一年，青禾市人民政府坚持稳中求进。市科技局印发《青禾市科技创新方案》，我们推动政策落地。")
    assert any(head.endswith("市科技局") and rel == "ISSUED" and tail == "青禾市科技创新方案" for head, rel, tail in relations)
