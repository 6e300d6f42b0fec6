"""The main job on the bundled samples: outputs, labels, determinism, bad files, atomic writes."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from rdflib import RDFS, SKOS, Literal

from kg.build import build
from kg.errors import KgError
from kg.io import sample_dir
from kg.readwrite.rdf import read_rdf

OUTPUTS = ("graph.ttl", "graph.jsonld", "graph.html")


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return build([], out), out


def test_build_samples_graph_has_the_labels_people_look_for(sample_build):
    _, out = sample_build
    g = read_rdf(out / "graph.ttl")
    labels = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel, RDFS.label) for o in g.objects(None, p)}
    assert {"县委巡察办", "巡纪联动", "云岭日报", "市卫健委"} <= labels
    assert Literal("市卫健委", lang="zh") in set(g.objects(None, SKOS.altLabel))  # = 市卫生健康委员会


def test_build_summary_counts_every_sample(sample_build):
    report, _ = sample_build
    assert report.summary["sources"] == len(list(sample_dir().glob("*.txt"))) == 7
    assert all(n > 0 for n in report.summary["entities"].values())


def test_build_is_deterministic_in_any_input_order(tmp_path):
    files = sorted(sample_dir().glob("*.txt"))[:4]
    a, b = tmp_path / "a", tmp_path / "b"
    build(files, a)
    build(list(reversed(files)), b)
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_build_skips_bad_file_and_keeps_the_rest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sorted(sample_dir().glob("*.txt"))[0], src / "good.txt")
    (src / "bad.txt").write_bytes(b"\x00\xff\x00binary")
    report = build([src], tmp_path / "out")
    assert [s.path.name for s in report.skipped] == ["bad.txt"]
    assert report.summary["sources"] == 1 and (tmp_path / "out" / "graph.ttl").exists()


def test_build_unwritable_output_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KgError, match=r"E006.*file"):
        build([], blocker / "out")


def test_build_failed_write_leaves_previous_output(tmp_path, monkeypatch):
    files = sorted(sample_dir().glob("*.txt"))[:1]
    build(files, tmp_path)
    before = (tmp_path / "graph.html").read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("killed midway")

    monkeypatch.setattr("kg.build.write_html", broken)
    with pytest.raises(RuntimeError):
        build(files, tmp_path)
    assert (tmp_path / "graph.html").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_build_long_text_in_pieces_same_entities_and_offsets(nlp, tmp_path, monkeypatch):
    from kg import corpus as build_module
    from kg.corpus import extract_files

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt")))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    whole = next(extract_files([path]))[1]
    monkeypatch.setattr(build_module, "CHUNK_CHARS", 500)
    pieces = next(extract_files([path]))[1]
    assert {e.id for e in pieces.entities} >= {e.id for e in whole.entities if not e.generic}
    for entity in pieces.entities:
        assert all(text[m.start : m.end] == m.text for m in entity.mentions)
    for rel in pieces.relations:
        assert text[rel.start : rel.end] == rel.evidence
    assert pieces.text_hash == whole.text_hash


def test_build_streams_turtle_with_prefixes_and_jsonld_with_a_context(tmp_path):
    import json

    from rdflib.compare import isomorphic

    from kg.readwrite.rdf import graph_to_rdf

    report = build(sorted(sample_dir().glob("*.txt"))[:2], tmp_path)
    expected = graph_to_rdf(report.graph)
    turtle = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix skos: <http://www.w3.org/2004/02/skos/core#> ." in turtle and "\tskos:prefLabel " in turtle
    assert isomorphic(read_rdf(tmp_path / "graph.ttl"), expected)
    jsonld = json.loads((tmp_path / "graph.jsonld").read_text(encoding="utf-8"))
    assert jsonld["@context"]["org"] == "http://www.w3.org/ns/org#" and jsonld["@graph"]
    assert isomorphic(read_rdf(tmp_path / "graph.jsonld"), expected)


def test_build_same_inputs_in_two_places_give_identical_files_without_their_paths(tmp_path):
    texts = {"notice.txt": "青禾县人民政府印发《青禾县河长制工作方案》。", "sub/report.md": "# 巡察报告\n县委巡察办建立“三反馈”机制。"}
    outputs = []
    for place in ("one", "two/deeper"):
        folder = tmp_path / place / "texts"
        for name, text in texts.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
        build([folder], tmp_path / place / "out")
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / place / "out").glob("graph.*")})
    assert sorted(outputs[0]) == ["graph.graphml", "graph.html", "graph.jsonld", "graph.ttl"]
    assert outputs[0] == outputs[1]
    for data in outputs[0].values():
        assert str(tmp_path).encode() not in data and b"sub/report.md" in data


def test_build_file_given_alone_is_named_by_its_file_name(tmp_path):
    (tmp_path / "a.txt").write_text("县委巡察办建立“三反馈”机制。", encoding="utf-8")
    report = build([tmp_path / "a.txt"], tmp_path / "out")
    assert [d["path"] for _, d in report.graph.nodes(data=True) if d["type"] == "SOURCE"] == ["a.txt"]


def test_build_samples_are_named_without_the_install_folder(sample_build):
    report, _ = sample_build
    paths = [d["path"] for _, d in report.graph.nodes(data=True) if d["type"] == "SOURCE"]
    assert paths and all("/" not in p and p.endswith(".txt") for p in paths)


def test_build_second_build_into_the_same_folder_is_refused(tmp_path):
    from kg.build import output_lock

    files = sorted(sample_dir().glob("*.txt"))[:1]
    out = tmp_path / "out"
    build(files, out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    with output_lock(out), pytest.raises(KgError, match=rf"E024.*pid {os.getpid()}.*{out.name}"):
        build(sorted(sample_dir().glob("*.txt"))[1:3], out)  # as if another process were building there now
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    build(files, out)  # the lock went with its holder
    assert (out / ".kg-lock").read_text() == ""  # and names no holder once the build is over


def test_build_removes_what_killed_builds_left(tmp_path):
    out = tmp_path / "out"
    build(sorted(sample_dir().glob("*.txt"))[:1], out)
    left = [out / ".graph.ttl.k3j2h1.tmp", out / ".graph.html.a8b7c6.tmp", out / ".kg-probe-x1y2",
            out / ".kg-cache" / "ab" / "tmpq1w2e3.tmp"]
    for path in left:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"half a file")
    mine = out / "notes.tmp"
    mine.write_text("not kg's")
    build(sorted(sample_dir().glob("*.txt"))[:1], out)
    assert not any(path.exists() for path in left) and mine.exists()


def test_build_merge_does_not_depend_on_input_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("市委巡察办建立上下联动机制。", encoding="utf-8")
    (folder / "b.txt").write_text("坚持上下联动，形成工作合力。", encoding="utf-8")
    build([folder / "a.txt", folder / "b.txt"], tmp_path / "ab")
    build([folder / "b.txt", folder / "a.txt"], tmp_path / "ba")
    for name in OUTPUTS:
        assert (tmp_path / "ab" / name).read_bytes() == (tmp_path / "ba" / name).read_bytes(), name


def test_build_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xc9\xf3\xbc\xc6.txt")  # 审计.txt in GBK, as an old Windows share names it
    (folder / name).write_text("天水市纪委监委印发《监督办法》。", encoding="utf-8")
    report = build([folder], tmp_path / "out")
    assert report.summary["sources"] == 1 and not report.skipped
    assert "%C9%F3%BC%C6.txt" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def _tmpfs(path):
    import subprocess

    if os.geteuid() != 0 or not sys.platform.startswith("linux"):
        pytest.skip("mounting a small tmpfs needs root on Linux")
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")


def test_build_full_disk_is_one_clear_error_and_keeps_the_previous_outputs(tmp_path):
    import subprocess

    disk = tmp_path / "disk"
    _tmpfs(disk)
    try:
        out = disk / "out"
        build(sorted(sample_dir().glob("*.txt"))[:1], out)
        before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"x" * (free - 300_000))  # room for the new Turtle, not for the page
        with pytest.raises(KgError, match=rf"^\[E025\] No space left on the device while writing {out}/graph\."):
            build(sorted(sample_dir().glob("*.txt"))[:4], out)
        assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
        assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
        (disk / "filler").unlink()
        assert build(sorted(sample_dir().glob("*.txt"))[:4], out).summary["sources"] == 4
    finally:
        subprocess.run(["umount", str(disk)], check=False)


@pytest.mark.slow
def test_build_jobs_workers_die_with_a_killed_build(tmp_path):
    import signal
    import subprocess
    import time

    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc")
    folder = tmp_path / "in"
    folder.mkdir()
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(sample_dir().glob("*.txt")))
    for i in range(40):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "out"), "-j", "2",
                             "-q", "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            workers = [int(c) for t in Path(f"/proc/{proc.pid}/task").iterdir()
                       for c in (t / "children").read_text().split()]
        assert len(workers) >= 2, "the build ended before its workers were seen"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(2)
        alive = [w for w in workers if Path(f"/proc/{w}").exists()
                 and Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
        assert alive == []
    finally:
        proc.kill()


def test_build_kg_build_stays_the_function_after_its_first_call():
    import subprocess
    import sys

    code = "import kg, types; kg.build; import kg.build; assert not isinstance(kg.build, types.ModuleType)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
