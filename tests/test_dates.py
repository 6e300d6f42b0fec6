"""Dates: each way a text states one, for documents, sources and relations; their RDF datatypes and shapes; the
timeline query."""

from __future__ import annotations

import pytest
from rdflib import XSD, Literal
from rdflib.namespace import DCTERMS

from kg.cache import record_from_cache, record_to_cache
from kg.dates import earlier, find_all, find_dates, source_date
from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.rdf import graph_to_rdf, iri_for
from kg.store import load_store_from_string, query, read_query
from kg.validate import validate_graph

BASE = "https://w3id.org/kg-zh/id/"
NOTICE = ("青禾县人民政府关于印发《青禾县河长制工作方案》的通知\n各乡镇人民政府，县直各部门：\n"
          "现将《青禾县河长制工作方案》印发给你们，请认真贯彻落实。\n青禾县人民政府\n2025年10月8日\n")


@pytest.mark.parametrize(("text", "values"), [
    ("2022年3月制定出台", ["2022-03"]),
    ("2025年10月8日", ["2025-10-08"]),
    ("二〇二四年十二月三十一日", ["2024-12-31"]),
    ("发布于2025-10-08 09:30", ["2025-10-08"]),
    ("2025.10.8 与 2025/1/9", ["2025-10-08", "2025-01-09"]),
    ("2023年度工作要点", ["2023"]),
    ("发布时间：2024-03-08\n2023年5月", ["2024-03-08", "2023-05"]),  # a line break is no digit before a year
    ("规划期为2024—2028年，到2035年基本实现", []),  # a period and a target
    ("2024年4月至2025年3月", ["2024-04"]),
    ("2025年2月30日", []),  # no such day
    ("第3.5条，共12.8万元", []),
])
def test_dates_each_written_form(text, values):
    found = [d.value() for d in find_dates(text)]
    assert found == values


def test_dates_month_and_day_take_the_year_stated_before_them_and_relative_years_the_sources(nlp):
    text = "2024年4月，天水市委第二巡察组对中共甘谷县委开展常规巡察。7月12日，天水市委第三巡察组对中共武山县委开展常规巡察。"
    assert [(d.year, d.month, d.day) for d in find_all(text)] == [(2024, 4, None), (None, 7, 12)]
    record = extract_doc(nlp(text), source="a.txt")
    assert sorted(r.date for r in record.relations if r.type == "INSPECTS") == ["2024-04", "2024-07-12"]
    dated = extract_doc(nlp("青禾县巡察工作情况\n发布时间：2025-01-09\n今年3月，青禾县委建立“巡纪联动”机制。"),
                        source="b.txt")
    assert [r.date for r in dated.relations if r.type == "ESTABLISHED"] == ["2025-03"]


@pytest.mark.parametrize(("text", "title", "date"), [
    ("青禾县召开巡察工作会议\n发布时间：2025-01-09 来源：青禾县人民政府网\n正文。", "青禾县召开巡察工作会议", "2025-01-09"),
    ("青禾县召开巡察工作会议\n时间：2025年1月9日\n正文。", "青禾县召开巡察工作会议", "2025-01-09"),
    ("青禾县召开巡察工作会议（2024年12月30日）\n正文。", "青禾县召开巡察工作会议（2024年12月30日）", "2024-12-30"),
    (NOTICE, "青禾县人民政府关于印发《青禾县河长制工作方案》的通知", "2025-10-08"),
    ("青禾县人民政府工作报告\n——2025年1月9日在青禾县第十八届人民代表大会第五次会议上\n各位代表：", "青禾县人民政府工作报告",
     "2025-01-09"),
    ("青禾县2023年度工作要点\n一、总体要求。", "青禾县2023年度工作要点", None),  # a year in a title names a period
    ("青禾县召开巡察工作会议\n会议时间：2025年1月9日。", "青禾县召开巡察工作会议", None),  # no dateline
])
def test_dates_of_a_source_text(text, title, date):
    assert source_date(text, title) == date


@pytest.mark.parametrize(("text", "name", "date"), [
    ("2022年3月，青禾县委制定出台《青禾县巡察工作办法》。", "青禾县巡察工作办法", "2022-03"),
    ("县政府印发《渭源县河长制工作规则》(渭政发〔2023〕12号)。", "渭源县河长制工作规则", "2023"),
    ("《青禾县巡察工作办法》于2023年5月印发，现已施行。", "青禾县巡察工作办法", "2023-05"),
    (NOTICE, "青禾县河长制工作方案", "2025-10-08"),  # issued by the headline signed on that day
    ("中共青禾县委关于巡察整改进展情况的通报\n正文。\n中共青禾县委\n2024年10月8日", "中共青禾县委关于巡察整改进展情况的通报",
     "2024-10-08"),  # the headline itself
    ("2022年3月召开会议。青禾县委学习《青禾县巡察工作办法》。", "青禾县巡察工作办法", None),  # another sentence
])
def test_dates_of_a_document(nlp, text, name, date):
    record = extract_doc(nlp(text), source="a.txt")
    assert {e.name: e.date for e in record.entities if e.type == "DOC"}[name] == date


def test_dates_a_relation_inherits_its_sources_date_unless_its_sentence_states_one(nlp):
    text = NOTICE.replace("请认真贯彻落实。", "请认真贯彻落实。2024年6月，县水利局建立“河长+检察长”协作机制。")
    record = extract_doc(nlp(text), source="a.txt")
    dates = {(r.type, r.tail.name): r.date for r in record.relations}
    assert dates[("ESTABLISHED", "河长+检察长协作机制")] == "2024-06"
    assert dates[("ISSUED", "青禾县河长制工作方案")] == "2025-10-08"
    assert record.date == "2025-10-08" and record.to_json()["date"] == "2025-10-08"


def test_dates_of_one_document_in_two_sources_are_the_more_precise_or_earlier():
    assert earlier("2025", "2025-10-08") == "2025-10-08"
    assert earlier("2025-10-08", "2023-01") == "2023-01"


def test_dates_survive_the_cache(nlp):
    record = extract_doc(nlp(NOTICE), source="a.txt")
    again = record_from_cache(record_to_cache(record), source="a.txt")
    assert again.to_json() == record.to_json()


@pytest.fixture()
def dated_graph(nlp):
    text = NOTICE.replace("请认真贯彻落实。", "请认真贯彻落实。2024年6月，县水利局建立“河长+检察长”协作机制。")
    records = [extract_doc(nlp(text), source="a.txt"),
               extract_doc(nlp("县政府印发《渭源县河长制工作规则》(渭政发〔2023〕12号)。"), source="b.txt")]
    return build_graph(records)


def test_dates_rdf_datatypes_are_as_precise_as_the_text(dated_graph):
    g = graph_to_rdf(dated_graph)
    doc = iri_for(BASE, "DOC:青禾县河长制工作方案")
    assert (doc, DCTERMS.issued, Literal("2025-10-08", datatype=XSD.date)) in g
    assert (iri_for(BASE, "DOC:渭源县河长制工作规则"), DCTERMS.issued, Literal("2023", datatype=XSD.gYear)) in g
    source = next(n for n, d in dated_graph.nodes(data=True) if d["type"] == "SOURCE" and d["path"] == "a.txt")
    assert (iri_for(BASE, source), DCTERMS.date, Literal("2025-10-08", datatype=XSD.date)) in g
    stated = {str(o) for o in g.objects(None, DCTERMS.date) if o.datatype == XSD.gYearMonth}
    assert stated == {"2024-06"}  # the statement whose sentence says 2024年6月


def test_dates_graph_conforms_to_the_shapes_and_a_bad_date_does_not(dated_graph):
    g = graph_to_rdf(dated_graph)
    assert validate_graph(g).conforms
    doc = iri_for(BASE, "DOC:渭源县河长制工作规则")
    g.remove((doc, DCTERMS.issued, None))
    g.add((doc, DCTERMS.issued, Literal("2023年")))
    report = validate_graph(g)
    assert not report.conforms and [v.path for v in report.violations] == ["dcterms:issued"]


def test_dates_timeline_lists_documents_by_date(dated_graph, tmp_path):
    from kg.readwrite.rdf import write_rdf

    write_rdf(dated_graph, tmp_path / "g.nt", format="nt")
    store = load_store_from_string((tmp_path / "g.nt").read_text(encoding="utf-8"), format="nt")
    rows = query(store, read_query("timeline.rq")).rows
    assert rows == [["2023", "渭源县河长制工作规则", "渭源县政府", "1"],  # (the notice, dated, and the plan it forwards)
                    ["2025-10-08", "青禾县人民政府关于印发青禾县河长制工作方案的通知", "青禾县人民政府", "1"],
                    ["2025-10-08", "青禾县河长制工作方案", "青禾县人民政府", "1"]]
