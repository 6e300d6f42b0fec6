"""Byte-identity check: ``kg extract --format jsonl`` on the dev, wild and sample texts and the speed benchmark's
1 MB corpus, written to one file per set, so the output of two builds of kg (say, compiled and not) can be compared
with ``cmp``/``diff``.

Run: ``.venv/bin/python benchmarks/same_output.py OUT_DIR [--shared ../shared]``; then ``diff -r OUT_A OUT_B``.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from speed import KG, ROOT, make_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the outputs, one .jsonl per set")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (corpus/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-same-") as tmp:
        sets = {
            "dev": sorted((args.shared / "corpus" / "dev").glob("*.txt")),
            "wild": sorted(p for p in (args.shared / "corpus" / "wild").iterdir() if p.name != "README.md"),
            "samples": sorted((ROOT / "kg" / "samples").glob("*.txt")),
            "bench1mb": make_corpus(Path(tmp) / "x1", 1.0),
        }
        for name, files in sets.items():
            with open(args.out / f"{name}.jsonl", "wb") as out:
                proc = subprocess.run([*KG, *map(str, files)], stdout=out, stderr=subprocess.PIPE, cwd=ROOT)
            size = (args.out / f"{name}.jsonl").stat().st_size
            print(f"{name}: {len(files)} files, status {proc.returncode}, {size:,} bytes")


if __name__ == "__main__":
    main()
