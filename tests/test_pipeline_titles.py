"""Document titles: 《》 titles, title lines, 关于…的通知 phrases, document numbers, kinds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.lexicons import document_kinds
from kg.pipeline.titles import DOC_NUMBER, bracketed, doc_numbers, document_kind
from tests.conftest import spans_of


def test_titles_bracketed_respects_nesting_and_ignores_unclosed():
    text = "印发《关于转发《某某条例》的通知》和《未闭合"
    assert [text[s:e] for s, e in bracketed(text)] == ["关于转发《某某条例》的通知"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("天水市巡察工作规划(2023——2027年)", "plan"),
        ("某县河道管理办法(试行)", "measures"),
        ("关于加强基层监督的实施意见", "opinion"),
        ("甘肃日报", "newspaper"),
        ("中国共产党纪律处分条例", "regulation"),
        ("某某工作指引", "guide"),
        ("渭源县防汛应急预案", "plan"),
        ("无结尾", "document"),
    ],
)
def test_titles_kind_from_ending(title, kind):
    assert document_kind(title, document_kinds()) == kind


def test_titles_marked_titles_and_document_number(nlp):
    doc = nlp("县政府印发《渭源县河长制工作规则》(渭政发〔2024〕12号)。")
    assert spans_of(doc, "DOC") == ["渭源县河长制工作规则", "渭政发〔2024〕12号"]


def test_titles_unmarked_title_line(nlp):
    doc = nlp("关于进一步规范巡察整改工作的意见\n各单位：\n现印发给你们。")
    assert spans_of(doc, "DOC") == ["关于进一步规范巡察整改工作的意见"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's own title, after an editor's note and without its （摘要）
        ("（示例）\n青禾县人民政府工作报告（摘要）\n——在县人民代表大会上\n各位代表：\n", ["青禾县人民政府工作报告"]),
        ("青禾市市场监督管理局2024年工作总结\n一年来，我局……\n", ["青禾市市场监督管理局2024年工作总结"]),
        # a line of the text that ends so is no title
        ("各位代表：\n省长林立作政府工作报告\n", ["政府工作报告"]),
        # a notice forwarding a titled document: the notice and the document
        ("中共青禾县委关于印发《青禾县巡察工作规划》的通知\n各乡镇党委：\n",
         ["中共青禾县委关于印发《青禾县巡察工作规划》的通知", "青禾县巡察工作规划"]),
    ],
)
def test_titles_a_text_own_title_line(nlp, text, expected):
    assert spans_of(nlp(text), "DOC", nested=True) == expected


def test_titles_heading_without_document_kind_is_not_a_title(nlp):
    assert spans_of(nlp("建立三项机制\n正文如下。"), "DOC") == []


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="定政发办字〔〕[]（）(20251７号 a", max_size=40))
def test_titles_doc_numbers_are_what_the_number_regex_finds(text):
    assert list(doc_numbers(text)) == [m.span() for m in DOC_NUMBER.finditer(text)]


def test_titles_doc_numbers_issuer_is_at_most_ten_characters():
    text = "甲乙丙丁戊己庚辛壬癸子丑寅〔2025〕3号与〔2024〕1号"  # 13 characters before the first bracket
    assert list(doc_numbers(text)) == [m.span() for m in DOC_NUMBER.finditer(text)] == [(3, 21), (21, 30)]


def test_titles_newspapers_named_without_marks(nlp):
    doc = nlp("据甘肃日报报道，人民日报、《定西日报》也刊发评论，天水日报社记者采访。")
    assert spans_of(doc, "DOC") == ["甘肃日报", "人民日报", "定西日报"]
    assert spans_of(doc, "ORG") == ["天水日报社"]  # the paper's office is a body
    assert spans_of(nlp("城市日报和市日报"), "DOC") == []  # no place, no national paper


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深入贯彻中央八项规定精神。", ["中央八项规定"]),
        ("依据监察法和监察法实施条例处理。", ["监察法", "监察法实施条例"]),  # the longer title is another document
        ("学习《中华人民共和国宪法》。", ["中华人民共和国宪法"]),
        ("青禾县推进法治建设。", []),
    ],
)
def test_titles_documents_cited_by_name_without_marks(nlp, text, expected):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "DOC"] == expected


def test_titles_a_text_naming_itself_is_its_title(nlp):
    from kg.extract import extract_doc

    text = ("云岭市河道管理条例\n\n第一条 为了加强河道管理，根据《中华人民共和国水法》，制定本条例。\n"
            "第二条 本条例适用于本市行政区域内的河道。基本规定另行公布。")
    docs = {e.name: [m.text for m in e.mentions] for e in extract_doc(nlp(text), source="t.txt").entities
            if e.type == "DOC"}
    assert docs["云岭市河道管理条例"] == ["云岭市河道管理条例", "本条例", "本条例"]
    assert "基本规定" not in str(docs)


def test_titles_a_self_reference_without_a_title_stays_itself(nlp):
    from kg.extract import extract_doc

    text = "各县区：\n根据《岚川省信访条例》，结合实际，制定本办法。本办法自发布之日起施行。"
    docs = {e.name for e in extract_doc(nlp(text), source="t.txt").entities if e.type == "DOC"}
    assert docs == {"岚川省信访条例", "本办法"}
    # a regulation of the same kind cited as its basis near the top is not its title
    text = "第一条 根据《岚川省湿地保护条例》等法规，结合本市实际，制定本条例。\n第二条 本条例适用于本市。"
    docs = {e.name for e in extract_doc(nlp(text), source="t.txt").entities if e.type == "DOC"}
    assert docs == {"岚川省湿地保护条例", "本条例"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全面实施柳溪县全域旅游行动方案（2027版）。", ["柳溪县全域旅游行动方案（2027版）"]),
        ("推动出台青禾县农贸市场管理条例。", ["青禾县农贸市场管理条例"]),
        ("制定出台青禾县数字乡村建设实施方案。", ["青禾县数字乡村建设实施方案"]),
        ("落实好全域土地综合整治方案。", ["全域土地综合整治方案"]),
        ("落实好一揽子化债方案。", []),  # no 好 in a name (and five characters name no document here)
        ("制定工作方案。", []),  # a kind with no name
        ("落实有关规定。", []),
        ("实施城市更新行动。", []),  # a campaign, no document
        # each of a list after the verb
        ("全面落实青禾市平安建设条例、社区工作者管理办法。", ["青禾市平安建设条例", "社区工作者管理办法"]),
        ("全面落实青禾市平安建设条例、有关规定。", ["青禾市平安建设条例"]),
    ],
)
def test_titles_a_document_named_by_what_it_is_about_after_a_verb(nlp, text, expected):
    doc = nlp(text)
    assert [s.text for s in doc.spans["kg"] if s.label_ == "DOC" and not s._.kg_generic] == expected


def test_titles_a_document_cited_by_name_inside_a_title_is_one_too_but_not_issued(nlp):
    doc = nlp("县纪委印发《关于持续落实中央八项规定精神的若干措施》。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "DOC"] == ["关于持续落实中央八项规定精神的若干措施", "中央八项规定"]
    assert [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations] == [
        ("县纪委", "ISSUED", "关于持续落实中央八项规定精神的若干措施")]
