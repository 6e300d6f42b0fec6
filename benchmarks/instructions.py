"""Instructions of kg's steady state: ``kg extract`` counted by valgrind's callgrind on the first N documents of
the speed benchmark's 1 MB corpus, minus the count on the first one (start-up cancels out).

The shared machine's speed drifts by ±20 % from minute to minute; instruction counts do not (two runs of the same
code differ by about 0.3 %), so a change worth a few percent shows here when whole-process timings cannot resolve
it. The two processes run side by side (one per core), under callgrind about 50x slower than natively: about three
minutes for 20 documents.

Run: ``.venv/bin/python benchmarks/instructions.py [--docs 20]`` (needs valgrind). Prints the counts in 10⁹
instructions; docs/performance.md quotes them as "steady state" and "start-up".
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tempfile
from pathlib import Path

from speed import KG, ROOT, make_corpus

CALLGRIND = ["valgrind", "--tool=callgrind"]


def start(files: list[Path], out: Path) -> subprocess.Popen[bytes]:
    """``kg extract`` of ``files`` under callgrind, writing its profile to ``out`` (hash seed fixed: set orders
    then repeat from run to run)."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.Popen([*CALLGRIND, f"--callgrind-out-file={out}", *KG, *map(str, files)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def total(out: Path) -> int:
    """The instructions a callgrind profile counted in all."""
    found = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit(f"no instruction count in {out}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20, help="documents of the 1 MB corpus counted (default 20)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-instr-") as tmp:
        files = make_corpus(Path(tmp) / "x1", 1.0)[: args.docs]
        runs = [(start(files, Path(tmp) / "many.out"), Path(tmp) / "many.out"),
                (start(files[:1], Path(tmp) / "one.out"), Path(tmp) / "one.out")]
        for proc, _ in runs:
            if proc.wait() != 0:
                raise SystemExit(f"kg extract under callgrind failed with status {proc.returncode}")
        many, one = (total(out) for _, out in runs)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in files[1:])
    print(f"steady state  {(many - one) / 1e9:.4f} x10^9 instructions ({args.docs - 1} documents, {chars:,} chars)")
    print(f"start-up      {one / 1e9:.4f} x10^9 instructions (one document)")


if __name__ == "__main__":
    main()
