"""The compiled build (kg.native): used only when it is the sources' own, and its output is the Python's, byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import native
from kg.io import sample_dir
from tests.conftest import SHARED_CORPUS


def _folder(tmp_path: Path, digest: str) -> Path:
    folder = tmp_path / "build"
    folder.mkdir()
    (folder / native.DIGEST_FILE).write_text(digest + "\n", encoding="utf-8")
    return folder


def test_a_build_of_these_sources_goes_first_on_the_path(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_NATIVE", "1")
    folder = _folder(tmp_path, native.digest(native.MODULES))
    assert native.extend(["src/kg/pipeline"], "kg.pipeline", folder=folder) == [
        str(folder / "kg" / "pipeline"), "src/kg/pipeline"]


def test_a_build_of_other_sources_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_NATIVE", "1")
    folder = _folder(tmp_path, "0123456789abcdef")  # (an edit since the build)
    assert native.extend(["src/kg"], "kg", folder=folder) == ["src/kg"]
    assert native.extend(["src/kg"], "kg", folder=tmp_path / "none") == ["src/kg"]  # no build at all


def test_kg_native_0_turns_a_good_build_off(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_NATIVE", "0")
    folder = _folder(tmp_path, native.digest(native.MODULES))
    assert native.extend(["src/kg"], "kg", folder=folder) == ["src/kg"]


def test_the_digest_follows_every_byte_of_the_sources(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    before = native.digest(["a.py"], root=tmp_path)
    (tmp_path / "a.py").write_text("x = 2\n", encoding="utf-8")
    assert native.digest(["a.py"], root=tmp_path) != before


def test_the_compiled_modules_are_the_pipelines_and_the_extractions():
    assert "kg/pipeline/names.py" in native.MODULES and "kg/extract.py" in native.MODULES
    assert "kg/pipeline/relations/issued.py" in native.MODULES
    assert not set(native.KEPT_AS_PYTHON) & set(native.MODULES)


def _kg(files: list[Path], setting: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_NATIVE": setting}
    return subprocess.run([sys.executable, "-m", "kg", "extract", "--format", "jsonl", *map(str, files)],
                          capture_output=True, text=True, encoding="utf-8", env=env, check=True)


@pytest.mark.slow
def test_the_compiled_build_extracts_exactly_what_the_python_does():
    env = {**os.environ, "KG_NATIVE": "1"}
    probe = subprocess.run([sys.executable, "-c", "import kg.native as n; print(n.active())"],
                           capture_output=True, text=True, env=env, check=True)
    if probe.stdout.strip() != "True":
        pytest.skip("no compiled build of these sources (make builds it; it needs a C compiler)")
    files = sorted(sample_dir().glob("*.txt"))
    for corpus in ("dev", "wild"):  # long real texts, when they are beside the checkout
        files += sorted((SHARED_CORPUS / corpus).glob("*.txt"))
    compiled, python = _kg(files, "1"), _kg(files, "0")
    assert compiled.stdout.count("\n") == len(files)
    assert compiled.stdout == python.stdout


def test_a_build_is_marked_with_the_sources_it_compiled_not_those_edited_meanwhile(tmp_path, monkeypatch):
    source = tmp_path / "src" / "kg"
    source.mkdir(parents=True)
    (source / "a.py").write_text("x = 1\n", encoding="utf-8")
    compiled = native.digest(["kg/a.py"], root=tmp_path / "src")

    def compile_while_edited(*args, **kwargs):  # (the compiler runs; someone saves an edit meanwhile)
        (source / "a.py").write_text("x = 2\n", encoding="utf-8")

    monkeypatch.setattr(native, "PACKAGE", source)
    monkeypatch.setattr(native, "MODULES", ["kg/a.py"])
    monkeypatch.setattr(subprocess, "run", compile_while_edited)
    folder = native.build(tmp_path / "build")
    assert (folder / native.DIGEST_FILE).read_text(encoding="utf-8").strip() == compiled
    assert compiled != native.digest(["kg/a.py"], root=tmp_path / "src")
