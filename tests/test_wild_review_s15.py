"""Errors a reader found in kg's output on long real reports, on sentences written for these tests: practices listed
in one quote, a team's name as the start of a way of working, a document's name as the start of a system, a hub
inside a word."""

from __future__ import annotations

import pytest


def _spans(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in nlp(text).spans["kg"]]


def test_practices_listed_in_one_quote_are_each_a_mechanism(nlp):
    spans = _spans(nlp, "推广“台账工作法、包联工作法、专班工作法”三种做法。")
    assert [t for t, label in spans if label == "MECH"] == ["台账工作法", "包联工作法", "专班工作法"]
    assert not any(label == "ORG" for _, label in spans)  # (专班 of 专班工作法 is no team)


def test_a_quote_of_phrases_without_heads_stays_one_practice(nlp):
    assert ("“一案一总结、一案一整改”", "MECH") in _spans(nlp, "推行“一案一总结、一案一整改”。")


def test_a_team_set_up_is_still_a_body(nlp):
    assert ("工作专班", "ORG") in _spans(nlp, "成立工作专班，实行专班工作机制。")


@pytest.mark.parametrize(("text", "expected"), [
    ("全面落实市场准入负面清单制度。", [("市场准入负面清单制度", "MECH")]),
    ("国家发展改革委发布市场准入负面清单。", [("国家发展改革委", "ORG"), ("市场准入负面清单", "DOC")]),
])
def test_a_documents_name_starting_a_system_is_the_system(nlp, text, expected):
    assert _spans(nlp, text) == expected


def test_a_centre_inside_a_word_is_no_body(nlp):
    assert _spans(nlp, "提升青禾港区物流和运营组织中心能级。") == []
    assert ("县政务服务中心", "ORG") in _spans(nlp, "县政务服务中心开展延时服务。")


def test_a_nationwide_hotline_is_a_mechanism(nlp):
    # (the real-text annotation counts 12345热线 as a practice, as 接诉即办: a hotline is no mere tool, as platforms)
    hotlines = [s for s in nlp("拨打12345热线反映问题。").spans["kg"] if "热线" in s.text]
    assert [(s.text, s.label_, s._.kg_generic) for s in hotlines] == [("12345热线", "MECH", False)]


@pytest.mark.parametrize(("text", "inner"), [
    ("根据《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》执行。", "政府信息公开信息处理费管理办法"),
    ("会议通过了《青禾市人民代表大会常务委员会关于修改〈青禾市城市绿化条例〉的决定》。", "青禾市城市绿化条例"),
])
def test_a_title_inside_a_title_is_a_document_of_its_own(nlp, text, inner):
    docs = [s.text for s in nlp(text).spans["kg"] if s.label_ == "DOC"]
    assert inner in docs and len(docs) == 2, docs


def test_a_report_a_meeting_hears_is_a_document(nlp):
    docs = [s.text for s in nlp("会议听取了省委依法治省办关于全省法治政府建设情况的报告。").spans["kg"] if s.label_ == "DOC"]
    assert docs == ["关于全省法治政府建设情况的报告"]


@pytest.mark.parametrize("text", ["会议听取了集团法务部关于上半年合规工作情况的汇报。", "他说，关于这个问题的报告还没有写完。"])
def test_a_report_made_in_person_or_not_heard_is_none(nlp, text):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "DOC"] == []


def test_the_office_that_runs_a_hotline_is_a_body_part_of_what_it_belongs_to(nlp):
    from kg.corpus import extract_texts

    (record,) = extract_texts(nlp, [("t.txt", "青禾市12345政务服务便民热线管理中心（以下简称市热线中心）隶属于市政务服务和数据管理局。")])
    triples = {(r.head.name, r.type, r.tail.name) for r in record.relations}
    assert any(h == "青禾市12345政务服务便民热线管理中心" and r == "PART_OF" for h, r, _ in triples), triples


def test_a_hotline_centre_to_be_built_is_no_body(nlp):
    assert not any(s.label_ == "ORG" for s in nlp("市12345热线中心建设加快推进。").spans["kg"])
