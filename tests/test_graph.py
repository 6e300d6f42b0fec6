"""Records → networkx graph: cross-document merging, document-scoped names, evidence on every edge."""

from __future__ import annotations

import networkx as nx

from kg.extract import extract_doc
from kg.graph import build_graph, graph_summary, mention_spans


def graph(nlp, *texts):
    return build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])


def test_graph_same_full_name_is_one_node_across_documents(nlp):
    G = graph(nlp, "天水市委巡察办印发《甲办法》。", "天水市委巡察办建立“乙”机制。")
    assert [n for n in G if n.startswith("ORG:")] == ["ORG:天水市委", "ORG:天水市委巡察办"]  # the office and its parent
    assert len(G.nodes["ORG:天水市委巡察办"]["sources"]) == 2


def test_graph_bare_names_of_two_cities_never_merge(nlp):
    G = graph(nlp, "兰州市纪委通报。市委召开会议。", "天水市纪委通报。市委召开会议。")
    assert {"ORG:兰州市委", "ORG:天水市委"} <= set(G)


def test_graph_unresolved_bare_names_stay_per_document(nlp):
    G = graph(nlp, "县委巡察办印发《甲办法》。", "县委巡察办印发《乙办法》。")
    assert len([n for n in G if n.startswith("ORG:县委巡察办@")]) == 2


def test_graph_every_edge_has_evidence(nlp):
    G = graph(nlp, "天水市委巡察办印发《甲办法》。")
    for u, v, d in G.edges(data=True):
        if d["relation"] == "MENTIONS":  # source → entity: where each mention stands, and the sentences
            assert d["source"] == u and d["sentences"] == ("天水市委巡察办印发《甲办法》。",)
            assert [G.nodes[v]["name"] in "天水市委巡察办印发《甲办法》。"[s:e] for s, e in mention_spans(d)] == [True]
        else:
            assert {"relation", "source", "sentence", "start", "end"} <= set(d)
    issued = [d for _, _, d in G.edges(data=True) if d["relation"] == "ISSUED"]
    assert issued[0]["sentence"] == "天水市委巡察办印发《甲办法》。"


def test_graph_summary_counts(nlp):
    G = graph(nlp, "天水市委巡察办印发《甲办法》。")
    assert graph_summary(G) == {"sources": 1, "entities": {"ORG": 2, "DOC": 1, "MECH": 0},
                                "relations": {"ISSUED": 1, "ESTABLISHED": 0, "INSPECTS": 0, "LEADS": 0,
                                              "PART_OF": 1, "COOPERATES_WITH": 0}}


def test_graph_zero_width_and_bidi_characters_leave_names_and_keys(nlp):
    G = graph(nlp, "市委巡察办建立“三反馈”机制。", "市委巡察办建立“三反\u200d馈”机制。", "市委巡察办印发《巡察\u202etxt.exe》。")
    mechanisms = [n for n in G if n.startswith("MECH:")]
    assert mechanisms == ["MECH:三反馈"] and len(G.nodes["MECH:三反馈"]["sources"]) == 2
    assert G.nodes["MECH:三反馈"]["aliases"] == ["“三反馈”机制", "三反馈", "三反馈机制"]
    assert "DOC:巡察txt.exe" in G and G.nodes["DOC:巡察txt.exe"]["name"] == "巡察txt.exe"


def test_graph_two_names_that_differ_in_invisible_characters_keep_all_mentions(nlp):
    text = "市委巡察办建立“三反馈”机制。“三反\u200d馈”机制运行良好。"
    G = graph(nlp, text)
    (mentions,) = [d for _, v, d in G.edges(data=True) if d["relation"] == "MENTIONS" and v == "MECH:三反馈"]
    assert [text[s:e] for s, e in mention_spans(mentions)] == ["“三反馈”机制", "“三反\u200d馈”机制"]


def test_graph_merge_settles_disagreements_whatever_the_order(nlp):
    from kg.graph import finish_graph, merge_record

    records = [extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(
        ["市委巡察办建立上下联动机制。", "坚持上下联动，形成工作合力。", "实行上下联动、左右协同。"])]
    kinds = set()
    for order in (records, records[::-1], [records[1], records[0], records[2]]):
        G = nx.MultiDiGraph()
        for record in order:
            merge_record(G, record)
        finish_graph(G)
        kinds.add(G.nodes["MECH:上下联动"]["subtype"])
        assert "_votes" not in G.nodes["MECH:上下联动"]
    assert kinds == {"practice"}  # said so in two sources of three
