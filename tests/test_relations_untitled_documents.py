"""ISSUED with documents named by their kind only (印发通知, 出台稳增长措施近100条): generic DOC objects."""

from __future__ import annotations

import pytest

from kg.pipeline.relations.untitled import UNMARKED_DOC, named_parts


def issued(doc) -> list[tuple[str, str, str]]:
    """The ISSUED and ESTABLISHED relations of ``doc``."""
    return [(h.text, rel, t.text) for h, rel, t, _ in doc._.kg_relations if rel in ("ISSUED", "ESTABLISHED")]


def generic_docs(doc) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == "DOC" and s._.kg_generic]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾县民政局印发通知，部署开展专项整治。", [("青禾县民政局", "ISSUED", "通知")]),
        ("柳溪县财政局下发文件。", [("柳溪县财政局", "ISSUED", "文件")]),
        ("柳溪县财政局印发的通知要求各乡镇开展自查。", [("柳溪县财政局", "ISSUED", "通知")]),  # what it says: no name
        ("柳溪县财政局印发方案。", []),  # other kinds need a name before them
        ("柳溪县财政局发布公告。", []),
    ],
)
def test_relations_untitled_documents_a_bare_notice_or_file(nlp, text, expected):
    assert issued(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("云岭市政府出台稳增长措施近100条。", [("云岭市政府", "ISSUED", "稳增长措施")]),
        ("云岭市政府制定支持政策文件12件。", [("云岭市政府", "ISSUED", "支持政策文件")]),
        ("云岭市政府出台措施近100条。", []),  # a bare kind, counted
        ("云岭市政府编制完成国土空间规划。", [("云岭市政府", "ISSUED", "国土空间规划")]),  # 完成: no part of it
    ],
)
def test_relations_untitled_documents_without_their_count_or_complement(nlp, text, expected):
    assert issued(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依法行政深入推进，制定修改废止省政府规章6件。", [("省政府", "ISSUED", "省政府规章")]),
        ("依法行政深入推进，出台省政府支持措施。", []),  # a description after the body, not its own kind
    ],
)
def test_relations_untitled_documents_of_the_body_they_name(nlp, text, expected):
    assert issued(nlp(text)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("安全生产标准和管理规范", [(0, "安全生产标准"), (7, "管理规范")]),
        ("审计意见书或者审计决定书", [(0, "审计意见书"), (7, "审计决定书")]),
        ("预算外资金收支计划和决算", [(0, "预算外资金收支计划和决算")]),  # 决算 alone is no name: kept whole
        ("财政规章、制度和办法", [(0, "财政规章、制度和办法")]),
        ("和谐社区建设", []),
    ],
)
def test_relations_untitled_documents_split_only_into_names(phrase, expected):
    assert named_parts(phrase, UNMARKED_DOC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县审计局出具审计意见书或者作出审计决定。",
         [("县审计局", "ISSUED", "审计意见书"), ("县审计局", "ISSUED", "审计决定")]),
        ("县纪委监委每逢节点专门印发通知、作出部署。", [("县纪委监委", "ISSUED", "通知")]),
        ("县财政局编制预算外资金收支计划和决算。", [("县财政局", "ISSUED", "预算外资金收支计划和决算")]),
        ("县审计局制定审计监督和检查办法。", [("县审计局", "ISSUED", "审计监督和检查办法")]),  # no kind before 和
    ],
)
def test_relations_untitled_documents_end_before_the_next_verb(nlp, text, expected):
    assert issued(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县市场监管局应当加强规划，组织、指导有关地方标准的制定。", [("县市场监管局", "ISSUED", "地方标准")]),
        ("县市场监管局负责地方标准的修订。", [("县市场监管局", "ISSUED", "地方标准")]),
        ("县市场监管局负责项目的制定。", []),  # no kind of document
    ],
)
def test_relations_untitled_documents_before_a_verb_used_as_a_noun(nlp, text, expected):
    assert issued(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柳溪县商务局印发党政机关商务接待、招商引资正面清单。",
         [("柳溪县商务局", "ISSUED", "党政机关商务接待、招商引资正面清单")]),
        ("县政府编制政务服务事项目录清单。", [("县政府", "ISSUED", "政务服务事项目录清单")]),
        ("县商务局研究制定出台正面清单。", [("县商务局", "ISSUED", "正面清单")]),  # the last verb decides
        ("县纪委监委制定易发多发问题清单。", [("县纪委监委", "ESTABLISHED", "易发多发问题清单")]),
        ("乡镇、街道政务服务事项清单由县政府组织编制。", [("县政府", "ISSUED", "乡镇、街道政务服务事项清单")]),
        ("易发多发问题清单由县纪委监委制定。", []),  # drawn up: a way of working, not a document
    ],
)
def test_relations_untitled_documents_a_list_is_published_or_drawn_up(nlp, text, expected):
    assert issued(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县财政局和县税务局发布的财政规章、制度和办法有同法律相抵触之处，应当纠正。",
         [("县财政局", "ISSUED", "财政规章、制度和办法"), ("县税务局", "ISSUED", "财政规章、制度和办法")]),
        ("县财政局印发差旅费、会议费、培训费等3类管理正面清单。", [("县财政局", "ISSUED", "3类管理正面清单")]),
    ],
)
def test_relations_untitled_documents_described_or_summed_up(nlp, text, expected):
    assert issued(nlp(text)) == expected


def test_relations_untitled_documents_keep_a_phrase_with_etc_whole_without_a_count(nlp):
    doc = nlp("县政府制定智能终端、商业航天等领域产业培育方案。")  # (named by its fields: no generic kind)
    assert [s.text for s in doc.spans["kg"] if s.label_ == "DOC"] == ["智能终端、商业航天等领域产业培育方案"]


def test_relations_untitled_regulations_and_the_end_of_a_described_list(nlp):
    assert issued(nlp("市政府配合市人大常委会出台地方性法规5件。")) == [("市人大常委会", "ISSUED", "地方性法规")]
    doc = nlp("县政府各部门发布的收费规章、制度和办法有与上位法规相冲突的，县审计局应当提出处理意见。")
    assert "收费规章、制度和办法" in [s.text for s in doc.spans["kg"] if s.label_ == "DOC"]


def test_relations_a_verb_of_pressing_stays_out_of_a_name(nlp):
    doc = nlp("市政府提请市人大常委会审议城市更新条例草案。")
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG" and s.text.startswith("提请")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document named by its count of articles, in quotes: a name of its own
        ("云岭市政府制定实施民营经济高质量发展“26条”。", [("云岭市政府", "ISSUED", "民营经济高质量发展“26条”")]),
        ("云岭市政府制定支持乡村产业发展15条措施。", [("云岭市政府", "ISSUED", "支持乡村产业发展15条措施")]),
        ("云岭市政府制定实施G60走廊建设支持措施。", [("云岭市政府", "ISSUED", "G60走廊建设支持措施")]),
        ("云岭市政府制定2026年度工作方案。", []),  # a year before a kind: no name
    ],
)
def test_relations_untitled_documents_named_with_counts_and_letters(nlp, text, expected):
    doc = nlp(text)
    assert issued(doc) == expected
    assert generic_docs(doc) == []  # named by what they are about, not kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("为贯彻落实国家卫生健康委等部门《关于推进资源整合的指导意见》，制定本方案。",
         [("国家卫生健康委", "ISSUED", "关于推进资源整合的指导意见")]),
        ("落实省委办公厅、省政府办公厅《关于加强监督的意见》。",
         [("省委办公厅", "ISSUED", "关于加强监督的意见"), ("省政府办公厅", "ISSUED", "关于加强监督的意见")]),
        ("学习《加强市纪委监委建设的意见》。", []),  # a body named only inside a title did not issue it
        ("市纪委监委会同市财政局，按照《预算法》开展检查。", []),  # a body before a clause break is no issuer
    ],
)
def test_bodies_right_before_a_title_issued_it(nlp, text, expected):
    doc = nlp(text)
    assert [(h.text, t, d.text) for h, t, d, _ in doc._.kg_relations if t == "ISSUED"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县审计局已依法出具审计报告和审计决定。",
         [("县审计局", "ISSUED", "审计报告"), ("县审计局", "ISSUED", "审计决定")]),  # 审计 names a kind, no verb
        ("市委巡察办形成专题报告。", []),  # 形成 issues nothing
    ],
)
def test_relations_untitled_reports_and_decisions(nlp, text, expected):
    assert issued(nlp(text)) == expected
