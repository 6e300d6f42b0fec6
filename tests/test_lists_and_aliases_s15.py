"""Lists broken by an alias in brackets, the youth league's committee by its whole name, and the bodies of a
second audited object joined by 以及; on sentences written for these tests (开化 is a real county, 青禾 made up)."""

from __future__ import annotations

from kg.corpus import extract_texts


def _record(nlp, text: str):
    (record,) = extract_texts(nlp, [("t.txt", text)])
    return record


def _triples(record) -> set[tuple[str, str, str]]:
    return {(r.head.name, r.type, r.tail.name) for r in record.relations}


def test_an_alias_in_brackets_does_not_break_a_list(nlp):
    record = _record(nlp, "开化县总工会、开化县财政局（以下简称县财政局）、开化县妇女联合会联合印发《关于深化劳动竞赛的实施意见》。")
    issuers = {h for h, r, t in _triples(record) if r == "ISSUED"}
    assert issuers == {"开化县总工会", "开化县财政局", "开化县妇女联合会"}


def test_the_youth_leagues_committee_keeps_its_whole_name(nlp):
    record = _record(nlp, "共青团开化县委员会（以下简称团县委）组织开展志愿服务活动。")
    names = {e.name: {m.text for m in e.mentions} for e in record.entities if e.type == "ORG"}
    assert names["共青团开化县委员会"] == {"共青团开化县委员会", "团县委"}


def test_the_short_league_committee_stays_as_written(nlp):
    record = _record(nlp, "共青团开化县委组织开展志愿服务活动。")
    assert [e.name for e in record.entities if e.type == "ORG"] == ["共青团开化县委"]


def test_the_bodies_of_a_second_audited_object_are_audited(nlp):
    record = _record(nlp, "省审计厅重点审计了省财政厅组织的预算执行情况，以及省教育厅、省交通运输厅等38个部门单位的预算执行情况。")
    audited = {t for h, r, t in _triples(record) if r == "INSPECTS" and h.endswith("审计厅")}
    assert len(audited) == 3, audited
    assert {next(k for k in ("财政厅", "教育厅", "交通运输厅") if t.endswith(k)) for t in audited} == {
        "财政厅", "教育厅", "交通运输厅"}


def test_a_second_object_without_bodies_adds_none(nlp):
    record = _record(nlp, "省审计厅重点审计了省财政厅组织的预算执行情况，以及省级专项资金的管理使用情况。")
    audited = {t for h, r, t in _triples(record) if r == "INSPECTS"}
    assert len(audited) == 1 and next(iter(audited)).endswith("财政厅")


def test_guiding_and_supervising_leads_each_body_after_it(nlp):
    record = _record(nlp, "街道办事处、乡镇人民政府应当指导和监督业主大会、业主委员会依法履职。")
    assert {("街道办事处", "LEADS", "业主大会"), ("乡镇人民政府", "LEADS", "业主委员会")} <= _triples(record)


def test_supervising_alone_leads_nothing(nlp):
    record = _record(nlp, "县纪委监委监督县财政局落实整改。")
    assert not any(r == "LEADS" for _, r, _ in _triples(record))


def test_a_body_with_its_alias_in_brackets_leads_and_works_with_others(nlp):
    led = _triples(_record(nlp, "青禾区政务服务和数据管理局（以下简称区数据局）统筹区市场监管局、区税务局压减申请材料。"))
    assert {r for r in led if r[1] == "LEADS"} == {("青禾区政务服务和数据管理局", "LEADS", "区市场监管局"),
                                                 ("青禾区政务服务和数据管理局", "LEADS", "区税务局")}
    joint = _triples(_record(nlp, "青禾区政务服务和数据管理局（以下简称区数据局）会同区市场监管局开展检查。"))
    assert ("青禾区政务服务和数据管理局", "COOPERATES_WITH", "区市场监管局") in joint


def test_a_document_issued_in_the_name_of_bodies_is_theirs(nlp):
    record = _record(nlp, "中共浙江省委常委会召开会议。会议审议通过了《关于支持县域经济发展的若干措施》，同意以省委、省政府名义印发。")
    issuers = {h for h, r, t in _triples(record) if r == "ISSUED"}
    assert issuers == {"中共浙江省委", "浙江省政府"}, issuers


def test_a_meeting_that_adopts_a_document_issues_it_when_no_name_is_lent(nlp):
    record = _record(nlp, "中共浙江省委常委会召开会议。会议审议通过了《关于支持县域经济发展的若干措施》。")
    assert {h for h, r, t in _triples(record) if r == "ISSUED"} == {"中共浙江省委常委会"}


def test_a_bodys_teams_counted_after_it_are_one_body_of_it(nlp):
    record = _record(nlp, "今年3月至5月，浙江省委5个巡视组对省交通运输厅、省水利厅等12家单位党组织开展了常规巡视。")
    triples = _triples(record)
    assert ("浙江省委巡视组", "PART_OF", "浙江省委") in triples
    assert {t for h, r, t in triples if r == "INSPECTS" and h == "浙江省委巡视组"} == {"浙江省交通运输厅", "浙江省水利厅"}


def test_bodies_named_together_by_a_collective_alias_each_act(nlp):
    record = _record(nlp, "第六条 县级以上人民政府工作部门、乡镇人民政府和街道办事处（以下统称承办单位）应当明确负责热线工作的内设机构，"
                          "实行首问负责制。")
    heads = {h for h, r, t in _triples(record) if r == "ESTABLISHED" and t == "首问负责制"}
    assert heads == {"县级以上人民政府工作部门", "乡镇人民政府", "街道办事处"}


def test_law_enforcement_departments_are_a_class_that_acts(nlp):
    triples = _triples(_record(nlp, "市司法局指导各执法部门推行“首违不罚”清单制度。"))
    assert ("市司法局", "LEADS", "各执法部门") in triples and ("各执法部门", "ESTABLISHED", "首违不罚清单制度") in triples


def test_a_body_leads_those_working_under_it(nlp):
    triples = _triples(_record(nlp, "推动社区党组织领导下的居委会、业委会、物业服务企业共同议事。"))
    assert {t for h, r, t in triples if r == "LEADS" and h == "社区党组织"} == {"居委会", "业委会", "物业服务企业"}


def test_under_the_leadership_with_no_body_after_leads_nothing(nlp):
    triples = _triples(_record(nlp, "在市委领导下的各项工作稳步推进。"))
    assert not any(r == "LEADS" for _, r, _ in triples)
