"""Packaging: every folder of kg/ is a declared package and its data files are package data, so setuptools builds
kg without "Package 'kg.data' is absent from the `packages` configuration" warnings and installs every file."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from setuptools.config.setupcfg import read_configuration

ROOT = Path(__file__).resolve().parent.parent


def test_setup_every_folder_of_kg_is_a_package_with_its_data_declared(monkeypatch):
    monkeypatch.chdir(ROOT)  # packages are found from the folder of setup.cfg
    options = read_configuration("setup.cfg")["options"]
    built = ("__pycache__", "_native")  # (kg/_native: make's compiled build, kg.native)
    folders = [ROOT / "kg", *sorted(p for p in (ROOT / "kg").rglob("*") if p.is_dir() and not set(built) & set(p.parts))]
    for folder in folders:
        package = ".".join(folder.relative_to(ROOT).parts)
        assert package in options["packages"], package
        patterns = options.get("package_data", {}).get(package, [])
        for data in (p for p in folder.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc")):
            assert any(fnmatch.fnmatch(data.name, pattern) for pattern in patterns), data.relative_to(ROOT)
    assert not any("__pycache__" in p or "_native" in p for p in options["packages"])
