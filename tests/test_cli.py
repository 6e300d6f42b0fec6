"""The command line: exact output and exit codes (CliRunner, tmp_path; never output/)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("天水市纪委监委印发《天水市监督工作办法》。", encoding="utf-8")
    (folder / "b.txt").write_text("天水市纪委监委建立“双反馈”机制。", encoding="utf-8")
    return folder


def test_cli_extract_jsonl_one_object_per_file_in_order(corpus):
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(corpus / "b.txt"), str(corpus / "a.txt")])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == ["b.txt", "a.txt"]  # no folders: outputs hold no absolute paths
    assert [(e["type"], e["name"]) for e in lines[1]["entities"]] == [("ORG", "天水市纪委监委"), ("DOC", "天水市监督工作办法")]


def test_cli_extract_table(corpus):
    result = runner.invoke(app, ["extract", "--format", "table", str(corpus / "a.txt")])
    assert result.stdout == ("== a.txt\n  ORG   天水市纪委监委\n  DOC   天水市监督工作办法\n"
                             "  天水市纪委监委 -ISSUED-> 天水市监督工作办法   「天水市纪委监委印发《天水市监督工作办法》。」\n")


def test_cli_build_writes_outputs_and_summary(corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "documents: 2", "entities:  ORG 1, DOC 1, MECH 1 (total 3)",
        "relations: ISSUED 1, ESTABLISHED 1 (total 2)"]
    assert sorted(p.name for p in out.iterdir()) == [".kg-cache", "graph.graphml", "graph.html", "graph.jsonld", "graph.ttl"]


def test_cli_query_csv_prints_header_then_rows(corpus, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["build", str(corpus), "--output-dir", str(out), "--quiet"])
    result = runner.invoke(app, ["query", "--data", str(out / "graph.ttl"), "--format", "csv",
                                 "SELECT ?t WHERE { ?d dcterms:creator ?o ; dcterms:title ?t }"])
    assert (result.exit_code, result.stdout) == (0, "t\n天水市监督工作办法\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--format", "xml", "x.txt"], "kg: [E002] Unknown output format 'xml'. Choose one of: jsonl, table."),
        (["extract", "missing.txt"], "kg: [E003] No such file or folder: missing.txt."),
        (["query", "--data", "missing.ttl", "SELECT * {?s ?p ?o}"], "kg: [E005] No graph at missing.ttl."),
        (["build", "--rdf-format", "csv"], "kg: [E007] Unknown RDF format 'csv'."),
    ],
)
def test_cli_user_errors_one_line_exit_1(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("sparql", "says"),
    [
        ("SELECT ?x WHERE { ?x", 'error at line 1, column 21: expected one of "!", "$", "(", ":", "<", "?", "^", "a"'),
        ("SELECT ?x WHERE {\n  ?x ex:thing ?y }", "error at line 2, column 14: unknown prefix ex: (declare it"),
        ("SELECT ?x WHERE { ?x ?p ?o } ORDER BY", "error at line 1, column 38: expected one of"),
        ("PREFIX ex: <urn:x>\nINSERT DATA { ex:a ex:b ex:c }", "this is a SPARQL UPDATE; kg query only reads"),
    ],
)
def test_cli_bad_query_is_one_line_naming_the_position(corpus, tmp_path, sparql, says):
    out = tmp_path / "out"
    runner.invoke(app, ["build", str(corpus), "--output-dir", str(out), "--quiet"])
    result = runner.invoke(app, ["query", "--data", str(out / "graph.ttl"), sparql])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: [E004] Bad SPARQL query: " + says)
    assert len(result.stderr.strip().splitlines()) == 1 and "\\u{" not in result.stderr


def test_cli_bad_file_is_reported_and_the_rest_goes_on(corpus, tmp_path):
    (corpus / "c.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["extract", str(corpus / "c.txt"), str(corpus / "a.txt")])
    assert result.exit_code == 3
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"source": "c.txt", "error": "[E011] c.txt is a binary file, not text (it contains NUL bytes). "
                                                 "Convert it to text (UTF-8) or leave it out."}
    assert second["entities"]
    build = runner.invoke(app, ["build", str(corpus), "--output-dir", str(tmp_path / "o"), "-q"])
    assert build.exit_code == 3 and "skipped" in build.stderr
    assert (tmp_path / "o" / "graph.ttl").exists()


def test_cli_evaluate_on_bundled_samples_reports_every_type():
    result = runner.invoke(app, ["evaluate", "--json"])
    scores = json.loads(result.stdout)
    assert set(scores) == {"ORG", "DOC", "MECH", "entities", "relations"}


def test_cli_empty_file_is_a_warning_not_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["entities"] == []
    assert result.stderr == f"kg: warning: [W001] {tmp_path / 'empty.txt'} is empty; nothing to extract.\n"


def test_cli_extract_random_bytes_skipped_with_a_coded_warning_naming_the_file(corpus):
    import random

    (corpus / "r.txt").write_bytes(random.Random(7).randbytes(300).replace(b"\x00", b""))
    result = runner.invoke(app, ["extract", str(corpus / "r.txt"), str(corpus / "a.txt")])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"kg: warning: [W002] {corpus / 'r.txt'} skipped: [E011] r.txt is a binary "
                                    "file, not text (")
    assert result.stderr.endswith("). Convert it to text (UTF-8) or leave it out.\n")
    assert len(result.stderr.splitlines()) == 1
    assert json.loads(result.stdout.splitlines()[0])["source"] == "r.txt"


def test_cli_markdown_heading_marks_are_not_in_titles_or_evidence(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text("# 青禾县人民政府关于印发《青禾县河长制工作方案》的通知\n\n## 县水利局建立“河长+检察长”机制\n", encoding="utf-8")
    record = json.loads(runner.invoke(app, ["extract", str(path)]).stdout)
    assert record["title"] == "青禾县人民政府关于印发《青禾县河长制工作方案》的通知"
    evidence = [r["evidence"] for r in record["relations"]]
    assert evidence and not any("#" in e for e in evidence)
    assert "县水利局建立“河长+检察长”机制" in evidence


@pytest.mark.parametrize(("args", "code"), [
    (["frobnicate"], 2),  # usage errors are click's 2
    (["extract"], 2),
    (["query", "--no-such-option", "ASK {}"], 2),
    (["extract", "missing.txt"], 1),  # errors in the input or options are 1
])
def test_cli_exit_codes_usage_2_input_error_1(args, code):
    assert runner.invoke(app, args).exit_code == code


def test_cli_build_skipped_inputs_exit_3_and_are_counted_in_the_summary(corpus, tmp_path):
    (corpus / "c.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["build", str(corpus), "--output-dir", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 3
    assert result.stderr == (f"kg: warning: [W002] {corpus / 'c.txt'} skipped: [E011] c.txt is a binary file, not "
                             "text (it contains NUL bytes). Convert it to text (UTF-8) or leave it out.\n")
    assert result.stdout.splitlines()[:2] == ["documents: 2", "skipped:   1 input file (named above)"]


def test_cli_quiet_silences_progress_not_the_summary(corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--output-dir", str(out), "--quiet"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == "documents: 2"
    assert result.stdout.splitlines()[-1] == f"open {out / 'graph.html'} in a browser to explore the graph"


@pytest.mark.parametrize("args", [["extract", "missing.txt"], ["build", "missing"]])
def test_cli_missing_input_does_not_advise_running_without_arguments(args):
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr) == (1, f"kg: [E003] No such file or folder: {args[1]}. Check the path; "
                                                    "a relative path starts from the folder kg runs in.\n")


@pytest.fixture()
def graph(corpus, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["build", str(corpus), "--output-dir", str(out), "--quiet"])
    return str(out / "graph.ttl")


@pytest.mark.parametrize(("ask", "printed"), [("ASK { ?s dcterms:creator ?o }", "true\n"),
                                              ("ASK { ?s kg:inspects ?o }", "false\n")])
def test_cli_query_ask_json_is_a_json_boolean(graph, ask, printed):
    result = runner.invoke(app, ["query", "--data", graph, "--format", "json", ask])
    assert (result.exit_code, result.stdout) == (0, printed)
    assert json.loads(result.stdout) is (printed == "true\n")


SENTENCES = "SELECT ?s ?sentence WHERE { ?st kg:sentence ?sentence ; rdf:subject ?x . ?x skos:prefLabel ?s }"


def test_cli_query_table_cuts_long_cells_to_the_terminal_width(graph):
    result = runner.invoke(app, ["query", "--data", graph, SENTENCES], env={"COLUMNS": "40"})
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["s               sentence",
                                          "--------------  ------------------------",
                                          "天水市纪委监委  天水市纪委监委建立“双反…",
                                          "天水市纪委监委  天水市纪委监委印发《天…"]


def test_cli_query_csv_and_json_keep_the_full_text(graph):
    csv = runner.invoke(app, ["query", "--data", graph, "--format", "csv", SENTENCES], env={"COLUMNS": "40"})
    assert "天水市纪委监委印发《天水市监督工作办法》。" in csv.stdout
    rows = json.loads(runner.invoke(app, ["query", "--data", graph, "--format", "json", SENTENCES]).stdout)
    assert {r["sentence"] for r in rows} == {"天水市纪委监委建立“双反馈”机制。", "天水市纪委监委印发《天水市监督工作办法》。"}
