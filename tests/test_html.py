"""The explorer page: self-contained, deterministic, and document text never becomes markup."""

from __future__ import annotations

import html.parser
import re

from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.html import generate_html, graph_to_vis_data


class _Refs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        self.refs += [v for k, v in attrs if k in ("src", "href", "action", "data") and v]


def graph(nlp, text):
    return build_graph([extract_doc(nlp(text), source="t.txt")])


def test_html_has_no_external_resource(nlp):
    page = generate_html(graph(nlp, "天水市委巡察办印发《甲办法》。"))
    parser = _Refs()
    parser.feed(page)
    assert parser.refs == []
    assert not re.search(r"@import|url\((?!\"?data:)", page.split("<script>")[0])


def test_html_is_deterministic(nlp):
    G = graph(nlp, "天水市委巡察办印发《甲办法》，建立“乙”机制。")
    assert generate_html(G) == generate_html(G)


def test_html_hostile_names_stay_inside_the_json(nlp):
    G = graph(nlp, "天水市委巡察办印发《<img src=x onerror=alert(1)>办法》，建立“</script><b>x”机制。")
    page = generate_html(G)
    data_block = page.split('<script id="kg-data" type="application/json">')[1].split("</script>")[0]
    assert "<" not in data_block and "\\u003cimg" in data_block
    parser = _Refs()
    parser.feed(page)
    assert parser.scripts == 3  # vis-network, the data block, the page's own script


def test_html_vis_data_has_nodes_edges_and_evidence(nlp):
    data = graph_to_vis_data(graph(nlp, "天水市委巡察办印发《甲办法》。"))
    assert sorted(n["label"] for n in data["nodes"]) == ["天水市委", "天水市委巡察办", "甲办法"]
    assert sorted((e["relation"], e["evidence"][0]["sentence"]) for e in data["edges"]) == [
        ("ISSUED", "天水市委巡察办印发《甲办法》。"), ("PART_OF", "天水市委巡察办印发《甲办法》。")]
    assert data["evidence"]["ORG:天水市委巡察办"][0]["mention"] == "天水市委巡察办"


def test_html_big_graph_shows_its_best_connected_entities(nlp):
    G = graph(nlp, "天水市委巡察办印发《甲办法》。定西市委巡察办印发《丙办法》。定西市委巡察办与天水市委巡察办协作。临洮县委召开会议。")
    data = graph_to_vis_data(G, max_nodes=2)
    assert sorted(n["id"] for n in data["nodes"]) == ["ORG:天水市委巡察办", "ORG:定西市委巡察办"]  # 2 relations each
    assert [(e["from"], e["to"]) for e in data["edges"]] == [("ORG:定西市委巡察办", "ORG:天水市委巡察办")]
    assert set(data["evidence"]) <= {"ORG:天水市委巡察办", "ORG:定西市委巡察办"}
    assert data["counts"]["shown"] == 2 and sum(data["counts"]["entities"].values()) > 2
    assert graph_to_vis_data(G)["counts"]["shown"] is None


_LAYOUT = """
import json, networkx as nx
from kg.readwrite.html import graph_to_vis_data
G = nx.MultiDiGraph()
G.add_node("src:0", kind="source", type="SOURCE", name="s", path="s.txt", sha256="0")
for c in range(40):  # 40 small components: more than 300 entities, laid out in Python
    names = [f"ORG:机构{c}-{i}" for i in range(9)]
    for n in names:
        G.add_node(n, kind="entity", type="ORG", name=n[4:], subtype="", region="", aliases=[n[4:]],
                   sources=["src:0"], mentions=1, generic=False)
    for u, v in zip(names, names[1:] + names[:1]):
        G.add_edge(u, v, key=u + v, relation="LEADS", source="src:0", sentence="句", start=0, end=1)
print(json.dumps({n["id"]: (n["x"], n["y"]) for n in graph_to_vis_data(G)["nodes"]}, sort_keys=True))
"""


def test_html_layout_of_a_big_graph_is_the_same_in_every_process():
    import os
    import subprocess
    import sys

    layouts = {subprocess.run([sys.executable, "-c", _LAYOUT], capture_output=True, text=True, check=True,
                              env=os.environ | {"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(layouts) == 1 and len(layouts.pop()) > 1000


def test_html_file_name_that_is_not_utf8_is_written(nlp, tmp_path):
    import os

    from kg.readwrite.html import write_html

    G = build_graph([extract_doc(nlp("天水市委巡察办印发《甲办法》。"), source=os.fsdecode(b"\xb8\xe6.txt"))])
    write_html(G, tmp_path / "g.html")
    assert "%B8%E6.txt" in (tmp_path / "g.html").read_text(encoding="utf-8")


def test_html_vis_data_has_years_dates_and_the_mechanisms_table(nlp):
    G = build_graph([extract_doc(nlp("青禾县巡察工作动态\n发布时间：2024-03-08\n2023年5月，天水市纪委监委建立“三反馈”机制。"),
                                 source="a.txt")])
    data = graph_to_vis_data(G)
    assert data["years"] == [2023, 2024]
    assert [(e["relation"], e["years"], e["evidence"][0]["date"]) for e in data["edges"]] == [("ESTABLISHED", [2023], "2023-05")]
    assert data["sources"] == [{"name": "青禾县巡察工作动态", "path": "a.txt", "date": "2024-03-08"}]
    assert data["mechanisms"] == [{"id": "MECH:三反馈", "name": "三反馈机制", "regions": ["天水市"], "bodies": 1,
                                   "sources": 1, "first_seen": "2023-05"}]
    assert all("tooltip" not in n and "color" not in n for n in data["nodes"])  # the page builds them
