"""A bureau's or department's own units named after its one-character short form (局办公室, 厅党组), and papers a
page cites as its source; on sentences written for these tests (岱川, 泓川, 桐岭 are made-up places)."""

from __future__ import annotations

import pytest

from kg.corpus import extract_texts


def test_a_bureaus_units_after_its_short_form_are_its_own(nlp):
    (record,) = extract_texts(nlp, [("t.txt", "岱川市财政局召开会议，局办公室负责同志参加。局党组研究部署。")])
    names = {e.name: [m.text for m in e.mentions] for e in record.entities if e.type == "ORG"}
    assert names["岱川市财政局办公室"] == ["局办公室"]
    assert names["岱川市财政局党组"] == ["局党组"]
    assert {(r.head.name, r.type, r.tail.name) for r in record.relations} >= {
        ("岱川市财政局办公室", "PART_OF", "岱川市财政局"), ("岱川市财政局党组", "PART_OF", "岱川市财政局")}


def test_a_departments_units_after_its_short_form_are_found(nlp):
    names = [s.text for s in nlp("省公安厅召开会议，厅党委书记出席，厅科技信息中心负责同志参加。").spans["kg"]]
    assert "厅党委" in names and "厅科技信息中心" in names


@pytest.mark.parametrize("text", ["局长主持会议。局面稳定。", "这是全局工作。", "局部地区出现降雨。"])
def test_words_starting_with_ju_are_no_units(nlp, text):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "paper"),
    [("来源：桐岭日报  2024-06-03", "桐岭日报"), ("据钟岚晚报报道，青禾县召开会议。", "钟岚晚报")],
)
def test_a_cited_paper_of_a_place_kg_lacks_is_a_document(nlp, text, paper):
    assert (paper, "DOC") in [(s.text, s.label_) for s in nlp(text).spans["kg"]]


def test_a_papers_office_is_no_document(nlp):
    assert [s.text for s in nlp("据桐岭日报社消息，会议召开。").spans["kg"] if s.label_ == "DOC"] == []
