"""kg diff: two builds of folders that differ by one added and one edited file give exactly the expected changes;
a rebuild of the same inputs gives none; the page is offline and holds document text as data only."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.diff import Change, diff_graphs, read_graph
from kg.extract import extract_doc
from kg.graph import build_graph
from kg.readwrite.diff_html import diff_to_vis_data, generate_diff_html

runner = CliRunner()
NOTICE = "青禾县人民政府关于印发《青禾县河长制工作方案》的通知\n青禾县人民政府印发《青禾县河长制工作方案》。"
OLD = {"a.txt": NOTICE + "县水利局建立“河长+检察长”协作机制。\n",
       "b.txt": "天水市卫生健康委员会建立“三反馈”机制。天水市纪委监委印发《天水市监督工作办法》。\n"}
NEW = {"a.txt": NOTICE + "县水利局会同县人民检察院开展联合巡河。\n",  # edited: one relation out, one in
       "b.txt": OLD["b.txt"],
       "c.txt": "定西市纪委监委建立“三反馈”机制。天水市卫健委印发《天水市健康乡村建设方案》。\n"}  # added
EXPECTED = """\
±  type             name                                           change                 evidence                                              source
-  ---------------  ---------------------------------------------  ---------------------  ----------------------------------------------------  ------
~  SOURCE           a.txt                                          edited                 青禾县人民政府关于印发《青禾县河长制工作方案》的通知  a.txt
+  SOURCE           c.txt                                                                 定西市纪委监委建立“三反馈”机制                        c.txt
+  ORG              县人民检察院                                                          县水利局会同县人民检察院开展联合巡河。                a.txt
~  ORG              天水市卫生健康委员会                           aliases +天水市卫健委  天水市卫健委印发《天水市健康乡村建设方案》。          c.txt
~  ORG              天水市卫生健康委员会                           sources +c.txt         天水市卫健委印发《天水市健康乡村建设方案》。          c.txt
+  ORG              定西市纪委监委                                                        定西市纪委监委建立“三反馈”机制。                      c.txt
+  DOC              天水市健康乡村建设方案                                                天水市卫健委印发《天水市健康乡村建设方案》。          c.txt
~  MECH             三反馈机制                                     sources +c.txt         定西市纪委监委建立“三反馈”机制。                      c.txt
-  MECH             河长+检察长协作机制                                                   县水利局建立“河长+检察长”协作机制。                   a.txt
+  COOPERATES_WITH  县水利局 → 县人民检察院                                               县水利局会同县人民检察院开展联合巡河。                a.txt
-  ESTABLISHED      县水利局 → 河长+检察长协作机制                                        县水利局建立“河长+检察长”协作机制。                   a.txt
+  ESTABLISHED      定西市纪委监委 → 三反馈机制                                           定西市纪委监委建立“三反馈”机制。                      c.txt
+  ISSUED           天水市卫生健康委员会 → 天水市健康乡村建设方案                         天水市卫健委印发《天水市健康乡村建设方案》。          c.txt
"""


def _write(folder, files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("diff")
    for name, files in (("old", OLD), ("new", NEW)):
        result = runner.invoke(app, ["build", str(_write(root / f"{name}-texts", files)), "-o", str(root / name), "-q"])
        assert result.exit_code == 0, result.output
    return root / "old", root / "new"


def test_diff_added_and_edited_file_give_exactly_the_expected_lines(builds):
    result = runner.invoke(app, ["diff", str(builds[0]), str(builds[1])])
    assert (result.exit_code, result.stdout) == (0, EXPECTED)


def test_diff_rebuild_of_the_same_inputs_is_empty(builds, tmp_path):
    again = runner.invoke(app, ["build", str(_write(tmp_path / "texts", NEW)), "-o", str(tmp_path / "again"), "-q"])
    assert again.exit_code == 0
    result = runner.invoke(app, ["diff", str(builds[1]), str(tmp_path / "again")])
    assert (result.exit_code, result.stdout) == (0, "no changes\n")


def test_diff_json_and_csv_hold_ids_fields_and_the_new_fact(builds):
    changes = json.loads(runner.invoke(app, ["diff", *map(str, builds), "--format", "json"]).stdout)
    alias = next(c for c in changes if c["field"] == "aliases")
    assert alias == {"change": "changed", "kind": "entity", "type": "ORG", "id": "ORG:天水市卫生健康委员会",
                     "name": "天水市卫生健康委员会", "field": "aliases", "added": ["天水市卫健委"], "removed": [],
                     "evidence": "天水市卫健委印发《天水市健康乡村建设方案》。", "source": "c.txt"}
    csv = runner.invoke(app, ["diff", *map(str, builds), "--format", "csv"]).stdout.splitlines()
    assert csv[0] == "change,kind,type,id,name,field,added,removed,evidence,source"
    assert "removed,relation,ESTABLISHED," in csv[-3] and len(csv) == len(changes) + 1


def test_diff_a_body_of_an_edited_text_keeps_its_identity(builds):
    old, new = read_graph(builds[0]), read_graph(builds[1])
    assert any(n.startswith("ORG:县水利局@src:") for n in old) and any(n.startswith("ORG:县水利局@src:") for n in new)
    assert set(old) != set(new)
    assert not [c for c in diff_graphs(old, new) if c.name == "县水利局"]


def test_diff_reads_the_rdf_files_a_build_writes(builds):
    from_graphml = diff_graphs(*(read_graph(b / "graph.graphml") for b in builds))
    from_turtle = diff_graphs(*(read_graph(b / "graph.ttl") for b in builds))
    assert [(c.change, c.type, c.name, c.summary) for c in from_turtle] == \
        [(c.change, c.type, c.name, c.summary) for c in from_graphml]


@pytest.mark.parametrize(("name", "code"), [("empty-folder", "E040"), ("graph.csv", "E041"), ("missing", "E003")])
def test_diff_what_is_no_graph_is_one_coded_line(tmp_path, name, code):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "graph.csv").write_text("a,b\n", encoding="utf-8")
    result = runner.invoke(app, ["diff", str(tmp_path / name), str(tmp_path / name)])
    assert result.exit_code == 1 and result.stderr.startswith(f"kg: [{code}]")
    assert len(result.stderr.splitlines()) == 1


def test_diff_html_page_is_written_and_offline(builds, tmp_path):
    page = tmp_path / "changes.html"
    result = runner.invoke(app, ["diff", *map(str, builds), "--html", str(page)])
    assert result.exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert "https://" not in text.split("<script>")[0] and "天水市健康乡村建设方案" in text


def test_diff_html_draws_the_changed_neighbourhood(builds):
    old, new = read_graph(builds[0]), read_graph(builds[1])
    data = diff_to_vis_data(old, new, diff_graphs(old, new))
    status = {n["label"]: n["status"] for n in data["nodes"]}
    assert status["定西市纪委监委"] == "added" and status["河长+检察长协作机制"] == "removed"
    assert status["天水市卫生健康委员会"] == "changed" and status["县水利局"] == "context"
    edges = {(e["relation"], e["status"]) for e in data["edges"]}
    assert {("ESTABLISHED", "removed"), ("COOPERATES_WITH", "added"), ("ESTABLISHED", "context")} <= edges


def test_diff_html_hostile_names_stay_inside_the_json(nlp):
    old = build_graph([extract_doc(nlp("天水市委印发《甲办法》。"), source="a.txt")])
    new = build_graph([extract_doc(nlp("天水市委印发《<img src=x onerror=alert(1)>办法》。"), source="a.txt")])
    page = generate_diff_html(old, new, diff_graphs(old, new))
    block = page.split('<script id="kg-data" type="application/json">')[1].split("</script>")[0]
    assert "<" not in block and "\\u003cimg" in block


def test_diff_change_summaries():
    assert Change("changed", "entity", "ORG", "x", "x", "region", ("天水市",), ()).summary == "region → 天水市"
    assert Change("changed", "entity", "ORG", "x", "x", "aliases", ("a",), ("b",)).summary == "aliases +a -b"
