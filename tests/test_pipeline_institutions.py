"""The institution-name grammar, on sentences written for these tests (places from the gazetteer)."""

from __future__ import annotations

import re

import pytest

from kg.extract import extract_doc
from kg.pipeline.spans import CANONICAL_KEY
from tests.conftest import spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中共兰州市委召开常委会会议。", ["中共兰州市委"]),
        ("天水市纪委监委通报了三起案件。", ["天水市纪委监委"]),
        ("省委第二巡视组进驻定西市。", ["省委第二巡视组"]),
        ("渭源县人大常委会办公室发出通知。", ["渭源县人大常委会办公室"]),
        ("区委巡察工作领导小组办公室牵头。", ["区委巡察工作领导小组办公室"]),
        ("市中级人民法院和市人民检察院联合发文。", ["市中级人民法院", "市人民检察院"]),
        ("市委市政府督查局开展督查。", ["市委市政府督查局"]),
        ("住房和城乡建设局、生态环境局参加会议。", ["住房和城乡建设局", "生态环境局"]),
        ("会议由机关工委主持。", ["机关工委"]),
    ],
)
def test_institutions_grammar_finds_bodies(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委巡察办主任参加会议。", ["市委", "市委巡察办"]),  # a body inside a job title is the body (and its parent)
        ("市委书记主持会议。", ["市委"]),
        ("兰州大学和定西市人民医院签订协议。", ["兰州大学", "定西市人民医院"]),
        ("某某区公安分局东城派出所民警出警。", ["某某区公安分局", "某某区公安分局东城派出所"]),
    ],
)
def test_institutions_bodies_in_titles_and_named_institutions(nlp, text, expected):
    assert spans_of(nlp(text), "ORG", nested=True) == expected


@pytest.mark.parametrize(
    "text",
    [
        "代表团前往兰州市考察。",  # a place acting as a place
        "他在城市管理方面经验丰富。",  # 市 inside 城市 is no level
        "巡察组长由处级干部担任。",  # 组长 is a role
        "各部门要建立工作台账。",  # a class (generic), and 部门 is no head
        "要形成齐抓共管的工作格局。",  # 格局 is not 局
        "研究部署下一步工作，完善监督办法。",  # 部署 and 办法 are no heads
    ],
)
def test_institutions_negatives(nlp, text):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG" and not s._.kg_generic] == []


def test_institutions_class_of_bodies_is_generic(nlp):
    doc = nlp("各级党委和有关市直部门单位要落实责任。")
    generic = {s.text: s._.kg_generic for s in doc.spans["kg"] if s.label_ == "ORG"}
    assert generic == {"市直部门单位": True}


def test_institutions_sub_unit_gets_its_parent_as_nested_span(nlp):
    doc = nlp("定西市交通运输局第一大队开展执法。")
    assert spans_of(doc, "ORG", nested=True) == ["定西市交通运输局", "定西市交通运输局第一大队"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("召开城关镇党委会议。", ["城关镇党委"]),  # a town the gazetteer does not list, cut at the verb
        ("渭源县会川镇人民政府", ["渭源县会川镇人民政府"]),  # with the county named before it
        ("县委书记到会川镇党委调研。", ["县委", "会川镇党委"]),  # after a verb of going
        # the organs of an institution named by its name, and by its short form in a text about it
        ("兰州大学党委组织部、县人民医院纪委", ["兰州大学党委组织部", "县人民医院纪委"]),
        ("酒钢集团公司党委巡察组进驻。", ["酒钢集团公司党委巡察组"]),
        ("校党委成立领导小组，集团公司审计部参加。", ["校党委", "领导小组", "集团公司审计部"]),
        ("市法院党组召开会议。", ["市法院党组"]),  # 院 is no short form
        ("定西市安定区凤翔街道办事处", ["定西市安定区凤翔街道办事处"]),
        ("东城街道办事处和南湖社区居委会参加。", ["东城街道办事处", "南湖社区居委会"]),
        ("递铺镇人民政府开展工作。", ["递铺镇人民政府"]),
        ("市直机关工委组织学习。", ["市直机关工委"]),
        ("各乡镇党委要落实。", ["各乡镇党委"]),  # a class of bodies (generic), no town named
    ],
)
def test_institutions_towns_villages_and_streets(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省纪委监委驻省教育厅纪检监察组督促落实。", ["省纪委监委驻省教育厅纪检监察组"]),
        ("渭源县纪委监委派驻第三纪检监察组开展监督检查。", ["渭源县纪委监委派驻第三纪检监察组"]),
        ("县委派出巡察组进驻县水务局。", ["县委", "巡察组", "县水务局"]),  # 派驻, 派出: what bodies do
        ("受组织委派，他到县里工作。", []),  # 委派 stays a word: no body 组织委
        ("全县32所中小学参与。", []),
    ],
)
def test_institutions_stationed_teams_and_counted_schools(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委成立巡视整改工作领导小组，统筹推进整改。", ["市委", "巡视整改工作领导小组"]),  # no name across 成立
        ("天水市委成立了巡视整改工作领导小组。", ["天水市委", "巡视整改工作领导小组"]),
        ("县委常委会研究成立县委全面深化改革委员会。", ["县委常委会", "县委全面深化改革委员会"]),
        ("市委深改委审议通过方案，省委财经委听取汇报。", ["市委深改委", "省委财经委"]),  # committees by abbreviation
        ("市公安局交通警察支队开展整治。", ["市公安局交通警察支队"]),
        ("市委书记任巡视整改工作领导小组组长。", ["市委", "巡视整改工作领导小组"]),  # the role is no part of it
    ],
)
def test_institutions_leading_groups_and_committees(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a company is named from its place, whatever words follow (研究, 所有, 建设 end other descriptions)
        ("甘肃天水电气传动研究所有限责任公司党委召开会议。", ["甘肃天水电气传动研究所有限责任公司党委"]),  # its party committee
        ("巡察组对天水城市建设投资（集团）有限公司开展巡察。", ["巡察组", "天水城市建设投资（集团）有限公司"]),
        ("市总工会、团市委、市妇联共同开展活动。", ["市总工会", "团市委", "市妇联"]),  # the Youth League's
        ("共青团定西市委、共青团中央", ["共青团定西市委", "共青团中央"]),  # not 定西市委, the party's
        ("政协天水市委员会召开专题协商会。", ["政协天水市委员会"]),  # a meeting is no chamber of commerce
        ("人力资源社会保障部、财政部", ["人力资源社会保障部", "财政部"]),
        # the offices of a discipline commission and a department, named by what they do
        ("市纪委监委党风政风监督室、市委组织部干部监督科", ["市纪委监委党风政风监督室", "市委组织部干部监督科"]),
    ],
)
def test_institutions_companies_and_the_youth_league(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("定西师范高等专科学校与陇西县第一中学结对。", ["定西师范高等专科学校", "陇西县第一中学"]),  # 等 in the name
        ("县税务局联合国网定西供电公司开展宣传。", ["县税务局", "国网定西供电公司"]),  # after 联合: the brand's
        ("中国移动定西分公司参加。", ["中国移动定西分公司"]),  # not cut: the whole description
        ("国家税务总局定西市税务局发布公告。", ["国家税务总局定西市税务局"]),  # a national agency's local office
        ("中国人民银行定西市中心支行、定西海关、定西市戒毒所", ["中国人民银行定西市中心支行", "定西海关", "定西市戒毒所"]),
    ],
)
def test_institutions_named_from_a_place(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


def test_institutions_institution_of_a_place(nlp):
    assert spans_of(nlp("市中医院、县第一人民医院参加。"), "ORG") == ["市中医院", "县第一人民医院"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委全面深化改革委员会第五次会议召开。", ["市委全面深化改革委员会"]),
        ("市委网络安全和信息化委员会办公室", ["市委网络安全和信息化委员会办公室"]),
        ("中共中央、国务院印发意见。", ["中共中央", "国务院"]),
        ("市委书记任巡察工作领导小组组长。", ["市委", "巡察工作领导小组"]),  # 书记任… is a role, not a committee name
        ("市委要求各委员会认真履职。", ["市委"]),
        ("中央第三生态环境保护督察组进驻定西市。", ["中央第三生态环境保护督察组"]),
        ("市委和县委联合召开会议。", ["市委", "县委"]),  # 和县 is a county only where a place name can start
        ("安徽省和县人民政府发布通知。", ["安徽省和县人民政府"]),
        ("定西市市委巡察办和渭源县县政府", ["定西市市委巡察办", "渭源县县政府"]),
        # a place's own committee, by a free description or its nationwide abbreviation
        ("成立由县长任主任的县安全生产委员会。", ["县安全生产委员会"]),
        ("市食品安全委员会办公室设在市场监管局。", ["市食品安全委员会办公室", "市场监管局"]),
        ("县安委会办公室和县文明办联合通报。", ["县安委会办公室", "县文明办"]),
        ("市政府和县防震减灾委员会", ["市政府", "县防震减灾委员会"]),  # never starting with 和
        ("县召开安全生产委员会全体会议。", []),  # 召开 is what a place does to it
        # merged departments: up to four domains, the last one after 和
        ("县文化体育广电和旅游局、县农业农村和水利局", ["县文化体育广电和旅游局", "县农业农村和水利局"]),
        ("对新区教育卫生体育局开展巡察", ["新区教育卫生体育局"]),
        ("州河湖长制办公室印发要点。", ["州河湖长制办公室"]),  # an office named after the system it runs
        ("检查组指出，部分医院、一些学校、辖区学校存在问题。", ["检查组"]),  # some of a kind is no body
        ("市委第一巡察组进驻市城投集团。", ["市委第一巡察组", "市城投集团"]),
    ],
)
def test_institutions_committees_and_national_bodies(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize("kind", ["samples", "real"])
def test_institutions_class_names_prefilter_changes_no_match(kind):
    from kg.pipeline.classes import _CLASS_NAMES, CLASS_NAMES
    from tests.conftest import texts_of

    plain = re.compile(rf"{_CLASS_NAMES}|(?<=两级)[\u4e00-\u9fff]{{2,6}}工作部门")
    texts = texts_of(kind)
    texts.append("县镇两级工作部门与检察机关建立联系，市直部门单位和被巡察党组织、成员单位")
    for text in texts:
        assert [m.span() for m in CLASS_NAMES.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县纪委监委召开会议。", ["青禾县纪委监委"]),  # a county the gazetteer lacks keeps its name
        ("云岭市人大常委会审议通过决定。", ["云岭市人大常委会"]),
        ("，青禾县委巡察办牵头。", ["青禾县委巡察办"]),
        ("推进全县工作，县委召开会议。", ["县委"]),  # 全县 is no place name
        ("会议要求县委巡察办牵头。", ["县委巡察办"]),  # 要求 is a verb, not a place
    ],
)
def test_institutions_unknown_place_before_a_level_stays_in_the_name(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县纪委监委第二监督检查室约谈干部。", ["青禾县纪委监委", "青禾县纪委监委第二监督检查室"]),
        ("县人大常委会党组召开会议。", ["县人大", "县人大常委会", "县人大常委会党组"]),
        ("市纪委监委通报了三起案件。", ["市纪委监委"]),  # one body of two names: no 市纪委 inside it
    ],
)
def test_institutions_a_unit_carries_its_parents_as_nested_spans(nlp, text, expected):
    assert spans_of(nlp(text), "ORG", nested=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外交部发布了通知。", ["外交部"]),  # a central body needs no place
        ("中央纪委国家监委公开通报三起案件。", ["中央纪委国家监委"]),  # one body of two names
        ("银监会和保监会合并。", ["银监会", "保监会"]),  # former bodies by their short names
        ("美国商务部宣布新规。", ["美国商务部"]),
        ("省财政部门和县财政局参加。", ["县财政局"]),  # 财政部门 is a class, not 财政部
    ],
)
def test_institutions_national_bodies_by_any_of_their_names(nlp, text, expected):
    assert [s for s in spans_of(nlp(text), "ORG") if not s.endswith("部门")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县级以上人民政府应当加强领导。", {"县级以上人民政府": True}),
        ("市人民政府有关部门按照职责负责。", {"市人民政府": False, "市人民政府有关部门": True}),
        ("区人民政府所属有关部门配合。", {"区人民政府": False, "区人民政府所属有关部门": True}),
        ("审计机关依法审计。", {"审计机关": True}),
    ],
)
def test_institutions_classes_of_bodies_are_generic(nlp, text, expected):
    doc = nlp(text)
    assert {s.text: s._.kg_generic for s in doc.spans["kg"] if s.label_ == "ORG"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市地方金融监督管理部门负责监管。", {"市地方金融监督管理部门": False}),  # a place's department by its domain
        ("市人民政府审计部门开展审计。", {"市人民政府": False, "市人民政府审计部门": False}),
        ("市场监管部门加强检查。", {"市场监管部门": True}),  # no place: the class of such departments
        ("甘肃省各级纪检监察机关加强监督。", {"甘肃省各级纪检监察机关": True}),  # a class in a place
    ],
)
def test_institutions_departments_by_domain_and_classes_in_a_place(nlp, text, expected):
    doc = nlp(text)
    assert {s.text: s._.kg_generic for s in doc.spans["kg"] if s.label_ == "ORG"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中央有关部门和中央其他部门应当配合。", ["中央有关部门", "中央其他部门"]),
        ("县级人民政府编制清单，市、县（市、区）人民政府公布目录。", ["县级人民政府", "市、县（市、区）人民政府"]),
        ("政务服务有关部门制定指南。", ["政务服务有关部门"]),
        ("上级人民政府信访工作机构指导下级人民政府信访工作机构。", ["上级人民政府信访工作机构", "下级人民政府信访工作机构"]),
        ("县政府组织有关部门开展检查。", ["县政府", "有关部门"]),  # 组织 is a verb, not an owner
    ],
)
def test_institutions_classes_with_what_they_belong_to(nlp, text, expected):
    doc = nlp(text)
    orgs = [s for s in doc.spans["kg"] if s.label_ == "ORG"]
    assert [s.text for s in orgs] == expected
    assert all(s._.kg_generic for s in orgs if s.text != "县政府")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请致电银行咨询。", []),  # a kind of institution, not one named
        ("大部分银行已开通。", []),
        ("一家外贸有限公司被查处。", []),  # one of a kind
        ("中国工商银行青禾支行开展自查。", ["中国工商银行青禾支行"]),
        ("青禾县第一中学举办活动。", ["青禾县第一中学"]),
        ("中储粮集团公司纪检监察组认真落实。", ["中储粮集团公司纪检监察组"]),  # a brand before the company's form
        ("全国人代会代表审议报告。", ["全国人代会"]),
    ],
)
def test_institutions_kinds_need_a_proper_name_brands_do_not_need_a_place(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国科学院青禾生态研究所正式成立。", ["中国科学院青禾生态研究所"]),  # a central body's institute
        ("审计署应当对海关总署开展审计。", ["审计署", "海关总署"]),  # no institute across a modal verb
    ],
)
def test_institutions_institutes_of_central_bodies(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建好教育部青禾高等研究院等平台。", ["教育部", "教育部青禾高等研究院"]),  # the institute and its parent
        ("云岭市监委联合查办了青禾粮食集团有限公司原负责人案。", ["云岭市监委", "青禾粮食集团有限公司"]),
        ("查处县处级干部问题。", []),  # 处级 is a rank
        ("省政府筹建云岭生物制造研究院，", ["省政府", "云岭生物制造研究院"]),
        ("区、县人民代表大会常务委员会审查预算。", ["区、县人民代表大会常务委员会"]),
        ("安全生产监督管理部门和政府其他有关部门应当建立制度。", ["安全生产监督管理部门", "政府其他有关部门"]),
    ],
)
def test_institutions_institutes_companies_ranks_and_classes(nlp, text, expected):
    assert spans_of(nlp(text), "ORG", nested=True) == expected


def test_institutions_a_village_inside_a_word_is_no_level(nlp):
    assert spans_of(nlp("改善农村学校条件。"), "ORG") == []  # 农村: no 村 of a place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自治区党委、政府主要领导挂帅推进。", ["自治区党委", "政府"]),  # the place's government by its bare name
        ("县委、政府部门协同推进。", ["县委"]),  # 政府部门: a kind of department
        ("政府工作报告指出。", []),
    ],
)
def test_institutions_the_government_paired_with_its_party_committee(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委巡察工作领导小组办公室（简称县委巡察办）负责。", ["县委巡察工作领导小组办公室", "县委巡察办"]),
        ("县纪委监委指导县委巡察办开展工作。", ["县纪委监委", "县委巡察办"]),
        ("发现问题及时报告县委巡察办。", ["县委巡察办"]),
    ],
)
def test_institutions_a_word_before_a_level_is_no_unknown_place(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该县纪委监委制定了办法。", ["该县纪委监委"]),
        ("本市人民政府建立了联席会议制度。", ["本市人民政府"]),
        ("岚川省财政厅会同该省审计厅开展检查。", ["岚川省财政厅", "该省审计厅"]),
        ("这件事应该县委决定。", []),  # 应该: no demonstrative
        ("日本市场的行情。", []),  # 日本: a country's name, 市场 no level
    ],
)
def test_institutions_this_places_body(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


def test_institutions_this_places_body_is_the_body_named_before(nlp):
    record = extract_doc(nlp("渭源县纪委监委召开会议。该县纪委监委制定了《约谈办法》。"), source="t.txt")
    assert [(e.name, [m.text for m in e.mentions]) for e in record.entities if e.type == "ORG"] == [
        ("渭源县纪委监委", ["渭源县纪委监委", "该县纪委监委"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县人民代表大会常务委员会印发了办法。",
         [("青禾县人民代表大会常务委员会", "PART_OF", "青禾县人民代表大会")]),
        ("全国人民代表大会常务委员会通过了决定。", [("全国人民代表大会常务委员会", "PART_OF", "全国人民代表大会")]),
        ("青禾县人大常委会主任会议审议了报告。",
         [("青禾县人大常委会", "PART_OF", "青禾县人大"), ("青禾县人大常委会主任会议", "PART_OF", "青禾县人大常委会")]),
        ("渭源县第十八届人民代表大会第三次会议听取了报告。", []),  # a session is an event, no body
    ],
)
def test_institutions_a_congress_and_its_standing_committee_by_their_full_names(nlp, text, expected):
    assert [(h.text, r, t.text) for h, r, t, _ in nlp(text)._.kg_relations if r == "PART_OF"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县纪委监委联合公安、市场监管等部门开展检查。", [("公安", "公安部门"), ("市场监管", "市场监管部门")]),
        ("县纪委监委会同财政、审计和统计等部门开展专项检查。",
         [("财政", "财政部门"), ("审计", "审计部门"), ("统计", "统计部门")]),
        ("住房和城乡建设、交通运输等单位负责。", [("住房和城乡建设", "住房和城乡建设单位"), ("交通运输", "交通运输单位")]),
        ("省公安、交通等部门参加。", []),  # the province's departments: no list of bare domains
        ("公安、市场监管工作取得进展。", []),  # no head after the list
        ("区农业农村局会同财政、民政部门开展检查。", [("财政", "财政部门"), ("民政", "民政部门")]),  # no 等
        ("县财政、民政部门参加。", [("民政部门", None)]),  # the county's departments: 县财政 is no bare domain
    ],
)
def test_institutions_domains_listed_before_one_head_are_classes_each(nlp, text, expected):
    doc = nlp(text)
    names = doc.user_data.get(CANONICAL_KEY, {})
    got = [(s.text, names.get((s.start_char, s.end_char, "ORG"))) for s in doc.spans["kg"] if s._.kg_generic]
    assert got == expected


def test_institutions_domains_listed_before_one_head_keep_their_relations(nlp):
    record = extract_doc(nlp("县纪委监委联合公安、市场监管等部门开展检查。"), source="t.txt")
    assert sorted((r.head.name, r.type, r.tail.name) for r in record.relations) == [
        ("县纪委监委", "COOPERATES_WITH", "公安部门"), ("县纪委监委", "COOPERATES_WITH", "市场监管部门")]


def test_institutions_partners_listed_before_one_head_share_what_the_subject_sets_up(nlp):
    record = extract_doc(nlp("市自然资源主管部门应当会同生态环境、水务部门建立信息共享机制。"), source="t.txt")
    assert sorted((r.head.name, r.type, r.tail.name) for r in record.relations) == [
        ("市自然资源主管部门", "COOPERATES_WITH", "水务部门"), ("市自然资源主管部门", "COOPERATES_WITH", "生态环境部门"),
        ("市自然资源主管部门", "ESTABLISHED", "信息共享机制"), ("水务部门", "ESTABLISHED", "信息共享机制"),
        ("生态环境部门", "ESTABLISHED", "信息共享机制")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北山粮食集团有限公司党委召开会议。", [("北山粮食集团有限公司党委", "PART_OF", "北山粮食集团有限公司")]),
        ("国务院金融稳定发展委员会召开会议。", [("国务院金融稳定发展委员会", "PART_OF", "国务院")]),
        ("公安部经济犯罪侦查局发布通知。", [("公安部经济犯罪侦查局", "PART_OF", "公安部")]),
        ("青岛市人民代表大会财政经济委员会开展初审。", [("青岛市人民代表大会财政经济委员会", "PART_OF", "青岛市人民代表大会")]),
        ("中央纪委国家监委召开会议。", []),  # two bodies named as one: neither is part of the other
        ("驻北山集团有限公司纪检监察组开展监督。", []),  # stationed there: part of the commission that sends it
        ("驻市水务局纪检监察组开展监督。", []),
        ("县纪委监委驻县卫健局纪检监察组开展监督。", [("县纪委监委驻县卫健局纪检监察组", "PART_OF", "县纪委监委")]),
        ("国家卫健委纪检监察组督促指导人事司开展自查。", [("国家卫健委纪检监察组", "PART_OF", "国家卫健委")]),
    ],
)
def test_institutions_a_named_institution_or_central_body_is_its_units_parent(nlp, text, expected):
    assert [(h.text, r, t.text) for h, r, t, _ in nlp(text)._.kg_relations if r == "PART_OF"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("驻北山集团有限公司纪检监察组开展监督。", ["驻北山集团有限公司纪检监察组", "北山集团有限公司"]),
        ("市纪委监委联合驻市水务局纪检监察组开展监督。", ["市纪委监委", "驻市水务局纪检监察组", "市水务局"]),
    ],
)
def test_institutions_a_stationed_team_keeps_zhu_and_the_body_it_is_stationed_in(nlp, text, expected):
    assert spans_of(nlp(text), "ORG", nested=True) == expected


@pytest.mark.parametrize("text", ["邀请市人民代表大会代表参加。", "每届市人民代表大会第一次会议选举产生。"])
def test_institutions_a_verb_or_a_term_word_is_no_unknown_place(nlp, text):
    assert spans_of(nlp(text), "ORG") == ["市人民代表大会"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建设国际金融中心。", []),  # a hub, no body
        ("打造区域性金融中心和汽车总装基地。", []),  # 总装: a word here, not a former central body's short name
        ("修建人行道。", []),
        ("县金融中心负责受理。", ["县金融中心"]),
        ("由政务服务中心受理。", ["政务服务中心"]),
    ],
)
def test_institutions_hubs_and_short_words_are_no_bodies(nlp, text, expected):
    assert spans_of(nlp(text), "ORG") == expected


def test_institutions_a_procuratorates_numbered_department(nlp):
    doc = nlp("青禾县人民检察院第二检察部办理此案。")
    assert [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations] == [
        ("青禾县人民检察院第二检察部", "PART_OF", "青禾县人民检察院")]
