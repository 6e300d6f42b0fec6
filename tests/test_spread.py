"""Mechanism spread and dates in Python agree with kg/queries/mechanism_spread.rq on the RDF."""

from __future__ import annotations

import io

from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.rdf import write_rdf
from kg.spread import entity_years, mechanism_spread
from kg.store import load_store_from_string, query, read_query

TEXTS = {"a.txt": "天水市建立巡察反馈机制\n发布时间：2023-03-08\n天水市纪委监委建立“三反馈”机制。\n",
         "b.txt": "定西市纪委监委工作动态\n发布时间：2024-05-10\n定西市纪委监委探索建立“三反馈”工作机制。"
                  "2024年4月，定西市纪委监委建立“双反馈”机制。\n",
         "c.txt": "陇西县巡察工作动态\n陇西县纪委监委建立“三反馈”机制。\n"}


def test_spread_agrees_with_the_sparql_query(nlp):
    G = build_graph([extract_doc(nlp(text), source=name) for name, text in TEXTS.items()])
    out = io.BytesIO()
    write_rdf(G, out, format="nt")
    sparql = query(load_store_from_string(out.getvalue().decode(), format="nt"), read_query("mechanism_spread.rq")).rows
    python = mechanism_spread(G)
    assert [[m["name"], str(len(m["regions"])), str(m["bodies"]), str(m["sources"]), m["first_seen"]] for m in python] \
        == [row[:5] for row in sparql]
    assert python[0]["regions"] == ["天水市", "定西市", "陇西县"]


def test_spread_entity_years_come_from_its_date_relations_and_sources(nlp):
    G = build_graph([extract_doc(nlp(text), source=name) for name, text in TEXTS.items()])
    assert entity_years(G, ["MECH:双反馈", "ORG:陇西县纪委监委"]) == {"MECH:双反馈": [2024], "ORG:陇西县纪委监委": []}
