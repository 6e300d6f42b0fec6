"""Records → networkx graph: cross-document merging, document-scoped names, evidence on every edge."""

from __future__ import annotations

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
