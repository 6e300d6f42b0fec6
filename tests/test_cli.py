"""The command line: exact output and exit codes (CliRunner, tmp_path; never output/)."""

from __future__ import annotations

import json
from pathlib import Path

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
    assert sorted(p.name for p in out.iterdir()) == [".kg-cache", ".kg-lock", "graph.graphml", "graph.html", "graph.jsonld",
                                                     "graph.ttl"]


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


@pytest.mark.parametrize(
    ("query_args", "says"),
    [
        (["SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000], "[E019] Refused query: it is nested 3000 brackets"),
        (["SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"], "[E018] Refused query: it uses SERVICE"),
        (["  "], "[E020] The query is empty."),
        (["isued"], "[E029] No bundled query named 'isued'. Choose one of: cooperation,"),
        (["evidence", "--bind", "heda=市委"], "[E017] Bad --bind heda=市委: the query has no variable ?heda."),
    ],
)
def test_cli_query_refused_or_empty_is_one_line(graph, query_args, says):
    result = runner.invoke(app, ["query", "--data", str(graph), *query_args])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: " + says)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_cli_query_file_not_utf8_is_one_line(graph, tmp_path):
    (tmp_path / "q.rq").write_bytes("SELECT ?t WHERE { ?d dcterms:title '监督' }".encode("gb18030"))
    result = runner.invoke(app, ["query", "--data", str(graph), str(tmp_path / "q.rq")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kg: [E021] Can't read the query file {tmp_path / 'q.rq'}: byte 36 is not UTF-8")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_query_bundled_by_name_and_listed_in_help(graph):
    by_name = runner.invoke(app, ["query", "--data", str(graph), "--format", "csv", "issued"])
    assert (by_name.exit_code, by_name.stdout) == (0, "issuer,document\n天水市纪委监委,天水市监督工作办法\n")
    help_text = " ".join(runner.invoke(app, ["query", "--help"]).stdout.split())
    assert "Bundled queries (by name, with or without .rq): cooperation, documents_by_sources, evidence, " in help_text
    assert "--timeout" in help_text and "--allow-service" in help_text
    from kg.cli import _bundled_queries
    from kg.sparql import bundled_queries

    assert _bundled_queries() == ", ".join(bundled_queries())  # listed without importing kg.sparql


def test_cli_imports_no_rdflib_and_no_spacy_cli_for_extract():
    import subprocess
    import sys

    code = ("import sys, kg.cli, kg.corpus; kg.corpus.load()('市委。')\n"
            "print(sorted(m for m in ('rdflib', 'kg.sparql', 'weasel', 'requests') if m in sys.modules))\n"
            "import spacy.cli.info; print(spacy.cli.info.info.__module__, callable(spacy.cli.download))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "[]\nspacy.cli.info True\n"  # spaCy's command line still there when asked for


def test_cli_query_json_streamed_is_the_same_text(graph):
    result = runner.invoke(app, ["query", "--data", str(graph), "--format", "json",
                                 "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"])
    rows = json.loads(result.stdout)
    assert len(rows) > 20 and result.stdout == json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    empty = runner.invoke(app, ["query", "--data", str(graph), "--format", "json", "SELECT ?s WHERE { ?s ?s ?s }"])
    assert empty.stdout == "[]\n"


def test_cli_query_timeout_stops_the_query(graph):
    result = runner.invoke(app, ["query", "--data", str(graph), "--timeout", "0.5",
                                 "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: [E022] The query ran longer than 0.5 s and was stopped.")


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _running(pid: int) -> bool:
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
def test_cli_query_ctrl_c_stops_at_once(graph):
    import signal
    import subprocess
    import sys
    import time

    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc")
    assert Path(graph).stat().st_size > 1000  # a graph of dozens of triples: the cross product below never ends
    # six patterns: (dozens)^6 rows, which no store counts in the seconds a loaded machine may take to get here
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
    # (SIGINT as a terminal delivers it: a runner started in the background, `cmd &` with no job control, hands
    # its children SIGINT ignored, and kg rightly keeps that)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", "--data", str(graph), "--timeout", "0", cross],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 20
        while not _children(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        child = _children(proc.pid)[0]
        time.sleep(1.0)  # loaded and counting
        proc.send_signal(signal.SIGINT)
        started = time.monotonic()
        assert proc.wait(timeout=10) == 130
        assert time.monotonic() - started < 2
        assert proc.stderr.read().strip() == "kg: stopped"
        time.sleep(0.2)
        assert not _running(child)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_cli_extract_unreadable_file_is_reported_and_the_rest_goes_on(corpus, monkeypatch):
    import os

    locked = corpus / "locked.txt"
    locked.mkdir()  # unreadable as a text file, whoever runs the test (root reads files of any mode)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: str(path) != str(locked) and real_access(path, mode))
    result = runner.invoke(app, ["extract", str(locked), str(corpus / "a.txt")])
    assert result.exit_code == 3  # done, an input skipped
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["source"] == "locked.txt" and first["error"].startswith("[E001] Can't read locked.txt")
    assert second["source"] == "a.txt" and second["entities"]


@pytest.mark.parametrize(("iri", "says"), [
    ("not an iri", "it is not an absolute IRI (it needs a scheme such as https:)"),
    ("http://x", "it must end in / or #, or the names run into it"),
])
def test_cli_build_bad_base_iri_is_one_line(corpus, tmp_path, iri, says):
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out"), "--base-iri", iri])
    assert result.exit_code == 1
    assert result.stderr == f"kg: [E026] Bad base IRI '{iri}': {says}. Give an absolute IRI that ends in / or #, " \
        "e.g. --base-iri https://example.org/id/ (or leave it out for kg's own).\n"
    assert not (tmp_path / "out").exists()


def test_cli_extract_warns_of_replaced_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("天水市纪委监委印发《监督办法》。".encode().replace("监督".encode(), b"\xff\xfe"))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0 and json.loads(result.stdout)["entities"]
    assert result.stderr == ("kg: warning: [W004] a.txt: 2 bytes that are not valid UTF-8 (the first at byte 30) "
                             "were replaced by U+FFFD; the rest reads as UTF-8.\n")
