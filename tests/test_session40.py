"""Rules of session 40, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川 are made-up places;
real central bodies and companies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_verb_before_an_institutions_short_form_makes_no_name(nlp):
    names, _ = _extract(nlp, "白鹭市技师学院举办开放日。走进学院实训车间，学生正在拆装发动机。")
    assert "走进学院" not in names
    names, _ = _extract(nlp, "来到医院门诊大厅，志愿者正在引导患者。")
    assert "来到医院" not in names


def test_a_college_the_text_is_about_acts_by_its_short_form(nlp):
    text = "白鹭市技师学院入选国家级高技能人才培训基地。学院与青禾重工股份有限公司签订校企合作协议。"
    _, relations = _extract(nlp, text)
    assert ("白鹭市技师学院", "ISSUED", "校企合作协议") in relations
    # a university's school is not what 学院 alone points to when the university is named before it
    text = "白鹭大学党委召开会议，白鹭大学机械学院参加。学院要建立学生导师制。"
    _, relations = _extract(nlp, text)
    assert not any(h == "白鹭大学机械学院" and t == "ESTABLISHED" for h, t, _ in relations)


def test_a_listed_company_is_no_unit_of_a_group_by_its_own_short_name(nlp):
    names, relations = _extract(nlp, "2024年，青禾技师学院与潍柴动力股份有限公司签订校企合作协议。")
    assert "潍柴动力股份有限公司" in names
    assert not any(h == "潍柴动力股份有限公司" and t == "PART_OF" for h, t, _ in relations)


def test_a_body_that_then_works_with_others_cooperates_with_each(nlp):
    # (则 between the body and 与: an adverb, as 还 or 也)
    _, relations = _extract(nlp, "市红十字会则与市卫生健康委、市教育局联合开展“急救知识进社区”行动。")
    assert {("市红十字会", "COOPERATES_WITH", "市卫生健康委"), ("市红十字会", "COOPERATES_WITH", "市教育局"),
            ("市红十字会", "ESTABLISHED", "急救知识进社区行动")} <= relations


def test_bodies_opening_a_clause_that_hold_a_joint_inspection_cooperate(nlp):
    _, relations = _extract(nlp, "县委督查室、县政府督查室将对各乡镇春耕工作开展情况进行联合督查。")
    assert ("县委督查室", "COOPERATES_WITH", "县政府督查室") in relations
    # the kinds a joint inspection is aimed at (after 对) are inspected, not partners of each other
    _, relations = _extract(nlp, "市城管局应当对物业服务企业、供水管理单位开展联合检查。")
    assert not any(t == "COOPERATES_WITH" for _, t, _ in relations)
    assert ("市城管局", "INSPECTS", "供水管理单位") in relations


def test_a_body_after_yuan_is_the_body_as_it_was(nlp):
    # 原 before a level character says former (原省交通运输厅副处长, 将原县教育局…): the body is found without it
    names, relations = _extract(nlp, "经查，原省交通运输厅公路建设管理处副处长张某违规收受礼金。")
    assert "省交通运输厅公路建设管理处" in names
    assert ("省交通运输厅公路建设管理处", "PART_OF", "省交通运输厅") in relations
    names, _ = _extract(nlp, "县委编委批复将原县教育局与县教师进修学校整合。")
    assert {"县教育局", "县教师进修学校"} <= set(names)
    # (a place whose name ends in 原 keeps it)
    names, _ = _extract(nlp, "平原县人民政府印发通知。")
    assert "平原县人民政府" in names


def test_units_listed_after_a_departments_office_are_that_departments(nlp):
    # the department named inside its office's name owns the units listed after it
    names, relations = _extract(nlp, "青海省水利厅办公室、规划计划处、河湖管理处负责同志参加会议。")
    assert {("青海省水利厅规划计划处", "PART_OF", "青海省水利厅"),
            ("青海省水利厅河湖管理处", "PART_OF", "青海省水利厅")} <= relations
    # (a word ending in 处 is no unit: 多处)
    names, _ = _extract(nlp, "青海省水利厅办公室、多处负责同志参加会议。")
    assert not [n for n in names if n.endswith("多处")]


def test_a_ministrys_unit_by_the_ministrys_short_form_is_named_once(nlp):
    names, _ = _extract(nlp, "水利部部署专项检查。该司会同部规划计划司赴青禾市调研。")
    assert "水利部规划计划司" in names and "水利部部规划计划司" not in names


def test_a_village_or_town_acting_is_a_place_and_takes_no_bodys_relation(nlp):
    # (a village, quarter or town at a clause's start, whether or not kg knows it, is the subject: a place)
    for clause in ("白鹭村探索建立“积分制”管理。", "村里推行“积分制”管理。", "镇里建立“积分制”管理。"):
        _, relations = _extract(nlp, "青禾镇人民政府召开会议，部署人居环境整治。" + clause)
        assert not any(t == "ESTABLISHED" for _, t, _ in relations), clause
    # (a body of the village is a body: 村党支部, 驻村工作队)
    _, relations = _extract(nlp, "青禾镇党委召开会议。驻村工作队建立“积分制”管理。")
    assert ("驻村工作队", "ESTABLISHED", "积分制管理") in relations


def test_a_place_said_to_have_a_practice_takes_no_bodys_relation(nlp):
    _, relations = _extract(nlp, "县教育局召开会议。这是临泽县推行“教研员驻校”制度以来的常态。")
    assert not any(t == "ESTABLISHED" for _, t, _ in relations)


def test_a_practice_a_body_requires_is_not_its_own(nlp):
    text = "市委社会工作部印发《青禾市产业链党建工作指引》，明确组建程序，要求实行“双向服务”机制。"
    _, relations = _extract(nlp, text)
    assert ("市委社会工作部", "ISSUED", "青禾市产业链党建工作指引") in relations
    assert not any(t == "ESTABLISHED" for _, t, _ in relations)
    # (按…的要求建立M: 要求 a noun, the body's own; 推动建立M: the body's own)
    _, relations = _extract(nlp, "市委社会工作部按照上级的要求建立“双向服务”机制。")
    assert ("市委社会工作部", "ESTABLISHED", "双向服务机制") in relations


def test_a_body_whose_guidance_another_accepts_leads_it(nlp):
    _, relations = _extract(nlp, "县医疗保障中心接受县医保局的业务指导。")
    assert ("县医保局", "LEADS", "县医疗保障中心") in relations
    # (supervision is no leading: 接受人大的监督指导)
    _, relations = _extract(nlp, "县政府接受县人大的监督指导。")
    assert not any(t == "LEADS" for _, t, _ in relations)


def test_a_double_leadership_names_both_leaders(nlp):
    _, relations = _extract(nlp, "镇纪委在县纪委监委和镇党委的双重领导下，聚焦主责主业。")
    assert {("县纪委监委", "LEADS", "镇纪委"), ("镇党委", "LEADS", "镇纪委")} <= relations


def test_the_body_led_may_follow_a_clause_of_time(nlp):
    text = "在省纪委监委统筹指导下，该案查结后，西宁市纪委监委向市卫生健康委制发纪检监察建议书。"
    _, relations = _extract(nlp, text)
    assert ("青海省纪委监委", "LEADS", "西宁市纪委监委") in relations


def test_the_bodies_a_team_goes_to_and_checks_are_inspected(nlp):
    text = "市人大常委会执法检查组先后赴市科学技术局、市工业和信息化局等单位实地检查。"
    _, relations = _extract(nlp, text)
    assert {("市人大常委会执法检查组", "INSPECTS", "市科学技术局"),
            ("市人大常委会执法检查组", "INSPECTS", "市工业和信息化局")} <= relations
    # (a place gone to is no body)
    _, relations = _extract(nlp, "省农业农村厅赴青禾县检查春耕备耕。")
    assert not any(t == "INSPECTS" for _, t, _ in relations)


def test_a_committees_round_of_inspections_is_the_committees(nlp):
    _, relations = _extract(nlp, "市委第三轮巡察对市水利局党组、市交通局党组开展了常规巡察。")
    assert {("市委", "INSPECTS", "市水利局党组"), ("市委", "INSPECTS", "市交通局党组")} <= relations


def test_a_body_said_to_be_anothers_is_part_of_it(nlp):
    _, relations = _extract(nlp, "组建临泽县教师发展中心，作为县教育体育局所属公益一类事业单位。")
    assert ("临泽县教师发展中心", "PART_OF", "临泽县教育体育局") in relations
    _, relations = _extract(nlp, "作为青岛海关隶属海关，临沂海关全面推广跨境电商监管模式。")
    assert ("临沂海关", "PART_OF", "青岛海关") in relations
    _, relations = _extract(nlp, "市信访局调整为市政府直属机构。")
    assert ("市信访局", "PART_OF", "市政府") in relations


def test_an_office_pointed_back_to_is_housed_where_it_is_set(nlp):
    text = "市公安局与市检察院共同设立侦查监督与协作配合办公室，该办公室设在市公安局法制支队。"
    _, relations = _extract(nlp, text)
    assert ("侦查监督与协作配合办公室", "PART_OF", "市公安局法制支队") in relations
    text = "县侨联联合县人民法院成立涉侨纠纷调解工作室，工作室设在县法院诉讼服务中心。"
    _, relations = _extract(nlp, text)
    assert ("涉侨纠纷调解工作室", "PART_OF", "县法院诉讼服务中心") in relations


def test_more_heads_every_county_or_city_has_name_bodies(nlp):
    names, _ = _extract(nlp, "潍坊市艺术馆、阆中市植保植检站和柳州供电局参加了活动。")
    assert {"潍坊市艺术馆", "阆中市植保植检站", "柳州供电局"} <= set(names)


def test_a_body_that_comes_into_being_is_no_subject_the_text_goes_on_with(nlp):
    text = ("过去一年，创新能力持续提升。白鹭大学技术转移中心投入运行，青禾省人工智能研究院正式成立。"
            "组建青禾省农业融资担保集团，实施“数字+”行动。")
    _, relations = _extract(nlp, text)
    assert not any(h in ("青禾省人工智能研究院", "白鹭大学技术转移中心") for h, t, _ in relations if t != "PART_OF")
    # (in its own sentence the body still acts: 青禾市科技局成立，建立M)
    _, relations = _extract(nlp, "青禾市科技局成立，建立“揭榜挂帅”机制。")
    assert ("青禾市科技局", "ESTABLISHED", "揭榜挂帅机制") in relations


def test_a_university_hospitals_branch_in_a_place_is_the_hospitals(nlp):
    # (a real university, as kg finds it by its name; 白鹭 a made-up place)
    _, relations = _extract(nlp, "北京大学口腔医院白鹭医院建成开诊。")
    assert {("北京大学口腔医院白鹭医院", "PART_OF", "北京大学口腔医院"),
            ("北京大学口腔医院", "PART_OF", "北京大学")} <= relations
    # (a numbered hospital is the university's own: no branch)
    _, relations = _extract(nlp, "北京大学第一医院召开会议。")
    assert ("北京大学第一医院", "PART_OF", "北京大学") in relations
