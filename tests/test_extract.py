"""Doc → records: alias merging, region-qualified keys, canonical names, generic entities."""

from __future__ import annotations

import json

import pytest

from kg.extract import extract_doc


def entities(nlp, text):
    record = extract_doc(nlp(text), source="t.txt")
    return {(e.type, e.name): {m.text for m in e.mentions} for e in record.entities}


def test_extract_party_committee_aliases_merge_under_fullest_name(nlp):
    text = "中共天水市委召开会议。天水市委常委会听取汇报。十届市委第一轮巡察启动，市委要求从严。"
    got = entities(nlp, text)
    assert got[("ORG", "中共天水市委")] == {"中共天水市委", "十届市委", "市委", "天水市委"}  # 天水市委 in 天水市委常委会
    assert got[("ORG", "天水市委常委会")] == {"天水市委常委会"}


def test_extract_bare_body_takes_region_from_the_document(nlp):
    got = entities(nlp, "天水市纪委监委通报情况。市委巡察办参加。")
    assert ("ORG", "天水市委巡察办") in got


def test_extract_bare_body_takes_the_place_its_paragraph_names(nlp):
    text = ("渭源县人民政府办公室印发方案。渭源县委部署工作。\n"
            "督察组进驻陇西县。督察组指出，县委、县政府要落实河湖长制。\n"
            "县委巡察办通报情况。")
    got = entities(nlp, text)
    assert got[("ORG", "陇西县委")] == {"县委"} and got[("ORG", "陇西县政府")] == {"县政府"}
    assert ("ORG", "渭源县委巡察办") in got  # no county named in its paragraph: the document's


def test_extract_autonomous_prefecture_short_name_is_the_prefecture(nlp):
    got = entities(nlp, "临夏州委政法委召开会议。州委政法委要求落实。州公安局参加。")
    # (one body; named with the place as the text writes it, keyed by the prefecture: see test_session39)
    assert got[("ORG", "临夏州委政法委")] == {"临夏州委政法委", "州委政法委"}
    assert ("ORG", "临夏州公安局") in got
    got = entities(nlp, "临夏回族自治州委政法委召开会议。州委政法委要求落实。")
    assert got[("ORG", "临夏回族自治州委政法委")] == {"临夏回族自治州委政法委", "州委政法委"}


def test_extract_organ_of_an_institution_by_its_short_form_is_the_institutions(nlp):
    got = entities(nlp, "兰州大学党委召开会议。校党委成立领导小组。酒钢集团公司纪委参加，集团公司纪委表态。医院纪委发言。")
    assert got[("ORG", "兰州大学党委")] == {"兰州大学党委", "校党委"}
    assert got[("ORG", "酒钢集团公司纪委")] == {"酒钢集团公司纪委", "集团公司纪委"}
    assert ("ORG", "医院纪委") in got  # no hospital named in the text


def test_extract_youth_league_committee_by_its_short_form(nlp):
    got = entities(nlp, "共青团定西市委联合市民政局印发方案。团市委建立机制。定西市委参加。")
    assert got[("ORG", "共青团定西市委")] == {"共青团定西市委", "团市委"}
    assert got[("ORG", "定西市民政局")] == {"市民政局"}  # 市 + 民政局, not 市民
    assert got[("ORG", "定西市委")] == {"定西市委"}


def test_extract_committees_by_their_full_names(nlp):
    got = entities(nlp, "政协天水市委员会召开会议。市政协经济委员会参加。市政协表态。市人力资源社会保障局、市人社局参加。")
    assert got[("ORG", "政协天水市委员会")] == {"政协天水市委员会", "市政协"}
    assert got[("ORG", "天水市人力资源社会保障局")] == {"市人力资源社会保障局", "市人社局"}
    got = entities(nlp, "中共甘肃省天水市委员会办公室印发通知。市委办公室参加。中共天水市委员会要求落实。市委表态。")
    assert got[("ORG", "中共甘肃省天水市委员会办公室")] == {"中共甘肃省天水市委员会办公室", "市委办公室"}
    # the party's full name; the fullest, with the province, is the one inside the office's
    assert got[("ORG", "中共甘肃省天水市委员会")] == {"中共甘肃省天水市委员会", "中共天水市委员会", "市委"}


def test_extract_level_written_twice_is_the_same_body(nlp):
    got = entities(nlp, "渭源县县委书记参加会议。县委要求落实。渭源县委印发方案。定西市市场监管局检查。")
    assert got[("ORG", "渭源县委")] == {"渭源县县委", "县委", "渭源县委"}
    assert ("ORG", "定西市市场监管局") in got  # 市场 is no second 市
    got = entities(nlp, "鄂尔多斯市伊金霍洛旗旗委巡察办开展工作。旗纪委监委参加。锡林郭勒盟盟委、盟行政公署")
    assert set(got) == {("ORG", "鄂尔多斯市伊金霍洛旗委巡察办"), ("ORG", "鄂尔多斯市伊金霍洛旗委"),
                        ("ORG", "伊金霍洛旗纪委监委"), ("ORG", "锡林郭勒盟委"),
                        ("ORG", "锡林郭勒盟行政公署")}  # banners and leagues are levels too


def test_extract_official_short_forms_of_departments_merge(nlp):
    got = entities(nlp, "天水市市场监督管理局、市卫生健康委员会召开会议。市市场监管局和市卫健委参加。市场监管所")
    assert got[("ORG", "天水市市场监督管理局")] == {"天水市市场监督管理局", "市市场监管局"}
    assert got[("ORG", "天水市卫生健康委员会")] == {"市卫生健康委员会", "市卫健委"}
    got = entities(nlp, "天水市中级人民法院召开会议。市中院院长讲话。")
    assert got[("ORG", "天水市中级人民法院")] == {"天水市中级人民法院", "市中院"}


def test_extract_bare_unit_merges_into_the_full_body(nlp):
    got = entities(nlp, "县委巡察组进驻。巡察组听取汇报。")
    assert got == {("ORG", "县委巡察组"): {"县委巡察组", "巡察组"}, ("ORG", "县委"): {"县委"}}  # 县委: its parent


def test_extract_unnumbered_team_merges_only_into_the_one_numbered_team(nlp):
    got = entities(nlp, "天水市委第三巡察组进驻。天水市委巡察组听取汇报。")
    assert got[("ORG", "天水市委第三巡察组")] == {"天水市委第三巡察组", "天水市委巡察组"}
    # beside two numbered teams, the unnumbered name is the teams together, neither of them
    got = entities(nlp, "天水市委第三巡察组进驻。天水市委第五巡察组进驻。天水市委巡察组听取汇报。")
    assert got[("ORG", "天水市委巡察组")] == {"天水市委巡察组"}


def test_extract_a_commissions_office_named_by_its_kind_is_none_of_its_numbered_ones(nlp):
    got = entities(nlp, "天水市纪委监委由案件审理室牵头、监督检查室和审查调查室协同。天水市纪委监委第三监督检查室督促整改。")
    assert got[("ORG", "天水市纪委监委监督检查室")] == {"监督检查室"}
    assert got[("ORG", "天水市纪委监委审查调查室")] == {"审查调查室"}
    assert got[("ORG", "天水市纪委监委第三监督检查室")] == {"天水市纪委监委第三监督检查室"}


def test_extract_short_title_merges_with_full_title(nlp):
    got = entities(nlp, "印发《天水市巡察工作规划(2023——2027年)》。落实《规划》和五年巡察工作规划。")
    assert got == {("DOC", "天水市巡察工作规划(2023-2027年)"): {
        "天水市巡察工作规划(2023——2027年)", "规划", "巡察工作规划"}}


def test_extract_document_number_is_an_alias_of_its_title(nlp):
    got = entities(nlp, "印发《渭源县河长制工作规则》(渭政发〔2024〕12号)。")
    assert got == {("DOC", "渭源县河长制工作规则"): {"渭源县河长制工作规则", "渭政发〔2024〕12号"}}


def test_extract_mechanism_with_and_without_head_is_one(nlp):
    got = entities(nlp, "探索建立“双反馈”机制，落实“双反馈”要求。")
    # (a mention wrapped whole in quotation marks is given without them, as the guideline's mentions)
    assert got == {("MECH", "双反馈机制"): {"“双反馈”机制", "双反馈"}}


def test_extract_generic_class_only_kept_as_relation_argument(nlp):
    assert entities(nlp, "各职能部门要认真落实。") == {}
    record = extract_doc(nlp("县委巡察组对20个县直部门单位开展常规巡察。"), source="t.txt")
    generic = [e.name for e in record.entities if e.generic]
    assert generic == ["渭源县直部门单位"] or generic == ["县直部门单位"]


def test_extract_json_has_the_contract_keys(nlp):
    out = extract_doc(nlp("区纪委印发《监督办法》。"), source="t.txt").to_json()
    assert set(out) >= {"source", "entities", "relations"}
    assert out["relations"] == [{"head": "区纪委", "type": "ISSUED", "tail": "监督办法", "evidence": "区纪委印发《监督办法》。",
                                 "head_id": "ORG:区纪委", "tail_id": "DOC:监督办法", "start": 0, "end": 12,
                                 "date": None}]
    json.dumps(out, ensure_ascii=False)


def test_extract_practice_and_mechanism_named_by_it_are_one(nlp):
    got = entities(nlp, "深化“室组地”联动监督。市纪委监委健全“室组地”联动监督机制，推行“清单式”管理。")
    assert got[("MECH", "室组地联动监督机制")] == {"“室组地”联动监督", "“室组地”联动监督机制"}


def _references_by_scanning(text, core, taken):
    """What _unmarked_references finds, the slow way: each suffix, longest first, searched in the whole text (but
    where it ends a whole occurrence of the title)."""
    for size in range(len(core) - 1, 4, -1):  # (four characters are a kind, no reference)
        suffix = core[-size:]
        hits, pos = [], text.find(suffix)
        while pos >= 0:
            whole = pos - (len(core) - size)
            if not taken[pos] and not (whole >= 0 and text[whole : pos + size] == core):
                hits.append(pos)
            pos = text.find(suffix, pos + size)
        if hits:
            return [(suffix, h) for h in hits]
    return []


def test_extract_unmarked_references_equal_a_scan_of_every_suffix():
    from kg.aliases import _unmarked_references
    from kg.pipeline.spans import marked
    from kg.records import Entity, Mention

    cases = [("《天水市巡察工作规划》……五年巡察工作规划和巡察工作规划", "天水市巡察工作规划"),
             ("《规划规划规划规划》规划规划规划规划规划", "规划规划规划规划"),
             ("《甲乙丙丁戊》乙丙丁戊乙丙丁戊丙丁戊", "甲乙丙丁戊"), ("《短标题》", "短标题")]
    for text, title in cases:
        start = text.index(title)
        taken = marked(len(text), [(start, start + len(title))])
        entity = Entity("DOC", title, title, [Mention(title, start, start + len(title))])
        got = [(m.text, m.start) for m in _unmarked_references(text, entity, taken)]
        assert got == _references_by_scanning(text, title, taken), text


def test_extract_cited_documents_and_national_bodies_merge_by_any_name(nlp):
    got = entities(nlp, "学习《中华人民共和国宪法》。推进宪法宣传。国家监察委员会通报，国家监委要求落实八项规定和中央八项规定精神。")
    assert got[("DOC", "中华人民共和国宪法")] == {"中华人民共和国宪法", "宪法"}
    assert got[("DOC", "中央八项规定")] == {"中央八项规定", "八项规定"}
    assert got[("ORG", "国家监察委员会")] == {"国家监察委员会", "国家监委"}


def test_extract_title_is_the_first_line_not_a_bracketed_note(nlp):
    text = "（虚构示例文本，地名机构均为虚构）\n某县委关于印发《某县巡察工作规划》的通知\n正文。"
    assert extract_doc(nlp(text), source="t.txt").title == "某县委关于印发《某县巡察工作规划》的通知"
    assert extract_doc(nlp("（一）加强领导。县委部署。"), source="t.txt").title == "（一）加强领导"


@pytest.mark.parametrize(
    "furniture",
    [
        "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】",  # a page's buttons under its title
        "分享:",
        "首页\n>\n政务公开\n>",  # a breadcrumb
    ],
)
def test_extract_title_of_a_saved_page_is_its_title_not_its_buttons(nlp, furniture):
    text = f"青禾县2026年政府工作报告\n{furniture}\n青禾县2026年政府工作报告\n各位代表：\n现在，我代表县人民政府报告工作。"
    assert extract_doc(nlp(text), source="t.txt").title == "青禾县2026年政府工作报告"
    # a page whose first lines are all buttons: the first line after them
    text = f"{furniture}\n青禾县2026年政府工作报告\n各位代表："
    assert extract_doc(nlp(text), source="t.txt").title == "青禾县2026年政府工作报告"


def test_extract_a_work_reports_bare_congress_and_cppcc_are_the_places(nlp):  # (the congress by its full name)
    text = ("河北省人民政府工作报告\n现在，我代表省人民政府，向大会报告政府工作。"
            "自觉接受人大依法监督和政协民主监督。省人大常委会审议通过。")
    got = entities(nlp, text)
    assert got[("ORG", "河北省人民代表大会")] == {"大会", "人大", "省人大"}
    assert got[("ORG", "河北省政协")] == {"政协"}
    assert ("ORG", "大会") not in got and not any(name == "人大" for _, name in got)


def test_extract_a_bare_congress_needs_its_context(nlp):
    got = entities(nlp, "人大代表建议办理。大会闭幕。")
    assert not any(t == "ORG" for t, _ in got)


def test_extract_no_mention_cut_from_a_title_left_in_a_page_header(nlp):
    text = ("2026年青禾县政府工作报告\n下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年青禾县政府工作报告\n"
            "——2026年1月9日在青禾县第十八届人民代表大会第五次会议上\n来源：青禾日报\n"
            "县长林立代表县人民政府向大会作政府工作报告。\n各位代表：\n")
    record = extract_doc(nlp(text), source="t.txt")
    mentions = {m.text for e in record.entities if e.type == "DOC" for m in e.mentions}
    assert "府工作报告" not in mentions


@pytest.mark.parametrize("verb", ["更名为", "正式改名为", "更名设立为"])
def test_every_way_of_renaming_passes_the_pre_test(nlp, verb):
    """_merge_renamed looks for renames only in texts with 更名 or 改名: each wording of RENAMED has one."""
    record = extract_doc(nlp(f"南湖学院{verb}南湖科技大学。南湖学院原有学生2万人。"), source="t.txt")
    assert [e.name for e in record.entities] == ["南湖科技大学"]


def test_relations_found_before_spans_were_replaced_still_join_their_entities(nlp):
    """A relation's spans are looked up by object, and by offsets when the span list was rebuilt since."""
    doc = nlp("县委印发《巡察工作办法》。")
    doc.spans["kg"] = list(doc.spans["kg"])  # new Span objects: the lookup by object misses
    record = extract_doc(doc, source="t.txt")
    assert [(r.head.name, r.type, r.tail.name) for r in record.relations] == [("县委", "ISSUED", "巡察工作办法")]


def test_extract_teams_counted_in_the_plural_are_none_of_the_numbered_ones(nlp):
    text = "柳溪县委巡察办组织5个巡察组，对县教育局开展巡察。县委第三巡察组联合县审计局开展延伸检查。"
    got = entities(nlp, text)
    assert got[("ORG", "县委第三巡察组")] == {"县委第三巡察组"}  # 5个巡察组 is the teams together
    text = "县委第三巡察组进驻县教育局。巡察组发现问题12个。"  # one team named, then by its head alone: the same
    assert entities(nlp, text)[("ORG", "县委第三巡察组")] == {"县委第三巡察组", "巡察组"}
