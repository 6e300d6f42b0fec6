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
