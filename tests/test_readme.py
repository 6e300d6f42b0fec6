"""The README, as a newcomer uses it: it starts with the two set-up commands, and every kg command it shows runs as
shown from the repo root after `make demo` (here: a scratch folder holding links to .venv and kg/)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, re.S | re.M)


def _commands() -> list[str]:
    """Shell lines of the README's code blocks and inline ``.venv/bin/kg …`` spans; synopses (``[OPTION]``) and
    the server (it runs until stopped) left out."""
    lines = [line for lang, body in BLOCKS if lang in ("", "sh", "bash") for line in body.splitlines()]
    lines += re.findall(r"`(\.venv/bin/kg [^`]+)`", README)
    shell = re.compile(r"(\.venv/bin/kg|mkdir|printf|cp) ")
    return [line for line in lines if shell.match(line) and "[" not in line and " serve" not in line]


def test_readme_starts_with_the_two_set_up_commands():
    assert BLOCKS[0] == ("", "make demo\nmake test\n")


def test_readme_shows_kg_as_it_runs_after_make_demo():
    bare = [line for _, body in BLOCKS for line in body.splitlines() if re.match(r"\s*(kg|python3? -m kg) ", line)]
    assert bare == []
    assert len(_commands()) >= 5


@pytest.mark.slow
def test_readme_every_command_works_as_shown(tmp_path):
    venv = ROOT / ".venv"
    if not (venv / "bin" / "kg").exists():
        pytest.skip("needs the .venv that make demo creates")
    (tmp_path / ".venv").symlink_to(venv)
    (tmp_path / "kg").symlink_to(ROOT / "kg")
    demo = subprocess.run([".venv/bin/kg", "build", "--output-dir", "output", "--quiet"], cwd=tmp_path,
                          capture_output=True, text=True)  # what make demo does
    assert demo.returncode == 0, demo.stderr
    for command in _commands():
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        assert "kg:" not in done.stderr, command  # no warning either
