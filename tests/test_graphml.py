"""Graph → GraphML: read back by networkx with types, the same bytes whatever the destination."""

from __future__ import annotations

import io

import networkx as nx

from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.graphml import graph_to_graphml, write_graphml


def graph(nlp, *texts):
    return build_graph([extract_doc(nlp(t), source=f"{i}.txt") for i, t in enumerate(texts)])


def test_graphml_is_read_by_networkx(nlp, tmp_path):
    G = graph(nlp, "天水市委巡察办印发《甲办法》。")
    write_graphml(G, str(tmp_path / "g.graphml"))
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert H.nodes["ORG:天水市委巡察办"]["aliases"] == "天水市委巡察办"


def test_graphml_round_trips_through_networkx_with_types(nlp, tmp_path):
    G = graph(nlp, "天水市委巡察办印发《甲办法》，建立“乙”机制。\x07定西市委巡察办与天水市委巡察办协作。")
    G.nodes["ORG:天水市委巡察办"]["name"] = "天水市委巡察办\x01<&>"  # characters XML can't hold, and markup
    write_graphml(G, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert sorted(H.nodes) == sorted(G.nodes)
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    org = H.nodes["ORG:天水市委巡察办"]
    assert org["name"] == "天水市委巡察办\ufffd<&>" and org["mentions"] == G.nodes["ORG:天水市委巡察办"]["mentions"]
    assert isinstance(org["generic"], bool) and isinstance(org["mentions"], int)


def test_graphml_written_to_a_path_an_open_file_and_stdout_is_the_same(nlp, tmp_path, capsysbinary):
    G = graph(nlp, "天水市委巡察办印发《甲办法》。")
    write_graphml(G, tmp_path / "g.graphml")
    handle = io.BytesIO()
    write_graphml(G, handle)
    write_graphml(G, "-")
    expected = graph_to_graphml(G).encode("utf-8")
    assert (tmp_path / "g.graphml").read_bytes() == handle.getvalue() == capsysbinary.readouterr().out == expected


def test_graphml_of_an_empty_graph():
    text = graph_to_graphml(nx.MultiDiGraph())
    assert text.endswith('<graph edgedefault="directed">\n</graph>\n</graphml>\n') and "<key " not in text
