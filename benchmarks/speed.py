"""Speed benchmark: kg extraction against bare jieba.lcut, and how kg scales with corpus size.

Builds corpora of N MB from the sentences of the bundled sample texts (shuffled into new documents of a few
thousand characters), then, in one run and each as a whole process:

- ``kg extract`` as a user runs it (by default one worker per core, for an input big enough to pay for them) vs
  ``jieba.lcut`` over the same files → ratio (target ≥ 1.0: kg no slower than the tokenizer most Chinese pipelines
  start with), on the 1× corpus (start-up included) and on the 10× one;
- ``kg extract --jobs 1`` (one core, as jieba) vs ``jieba.lcut``: the rules' own speed;
- the 1× corpus vs the 10× corpus, one core → time ratio (target ≤ 11: linear);
- ``kg extract`` (every core) vs ``--jobs 1`` on the 10× corpus (target ≥ 1.7 on two cores);
- peak RSS of each process.

Run: ``.venv/bin/python benchmarks/speed.py [--mb 1] [--repeat 3]`` (needs ``pip install jieba``; the dev extra has it).
Prints a table; docs/performance.md keeps the latest figures with the machine they came from.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "kg" / "samples"
KG = [sys.executable, "-m", "kg", "extract", "--format", "jsonl"]
JIEBA = [sys.executable, "-c",
         "import sys, jieba\njieba.initialize()\n"
         "for p in sys.argv[1:]:\n    jieba.lcut(open(p, encoding='utf-8').read())"]


def sentences() -> list[str]:
    """All sentences of the sample texts."""
    out = []
    for path in sorted(SAMPLES.glob("*.txt")):
        out += [s for s in re.findall(r"[^。！？\n]+[。！？]?", path.read_text(encoding="utf-8")) if len(s) > 8]
    return out


def make_corpus(folder: Path, megabytes: float, seed: int = 1) -> list[Path]:
    """Documents of 2,000–6,000 characters of shuffled real sentences, ``megabytes`` of UTF-8 in all."""
    rng = random.Random(seed)
    pool = sentences()
    folder.mkdir(parents=True, exist_ok=True)
    paths, total, i = [], 0, 0
    while total < megabytes * 1_000_000:
        size = rng.randint(2000, 6000)
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(pool))
        text = "\n".join("".join(parts[j : j + 4]) for j in range(0, len(parts), 4))
        path = folder / f"doc{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        total += len(text.encode("utf-8"))
        i += 1
    return paths


def run(cmd: list[str], files: list[Path]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, *map(str, files)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{cmd[:4]} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def race(runs: list[tuple[list[str], list[Path]]], repeat: int) -> list[tuple[float, float]]:
    """Best wall time (as ``timeit`` reports) and peak RSS of each command over ``repeat`` rounds.

    The commands take turns within each round, so a slow spell of a shared machine hits them alike instead of
    deciding a ratio.
    """
    best = [(float("inf"), 0.0)] * len(runs)
    for _ in range(repeat):
        for i, (cmd, files) in enumerate(runs):
            elapsed, rss = run(cmd, files)
            best[i] = (min(best[i][0], elapsed), max(best[i][1], rss))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the 1x corpus in MB (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the best time counts (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        small = make_corpus(Path(tmp) / "x1", args.mb)
        big = make_corpus(Path(tmp) / "x10", args.mb * 10, seed=2)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in small)
        # kg's modules byte-compiled, as any installed package is (pip compiles jieba's): an editable checkout
        # under PYTHONDONTWRITEBYTECODE would otherwise compile kg's source anew at every start
        compileall.compile_dir(ROOT / "kg", quiet=1)
        (kg1, kg1_rss), (one1, one1_rss), (jieba1, jieba_rss) = race(
            [(KG, small), ([*KG, "--jobs", "1"], small), (JIEBA, small)], args.repeat)
        (one10, one10_rss), (jieba10, _), (kg10, kg10_rss) = race(
            [([*KG, "--jobs", "1"], big), (JIEBA, big), (KG, big)], args.repeat)
    compiled = subprocess.run([sys.executable, "-c", "import kg.native as n; print(n.active())"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip() == "True"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = [
        ("machine", f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"),
        ("kg's rules", "compiled (kg.native)" if compiled else "Python (no compiled build of these sources: make)"),
        ("1x corpus", f"{len(small)} files, {args.mb:g} MB, {chars:,} chars; best of {args.repeat} runs each"),
        ("kg extract, 1x", f"{kg1:.2f} s  ({chars / kg1:,.0f} chars/s), peak RSS {kg1_rss:.0f} MB ({cores} cores)"),
        ("kg extract --jobs 1, 1x", f"{one1:.2f} s  ({chars / one1:,.0f} chars/s), peak RSS {one1_rss:.0f} MB"),
        ("jieba.lcut, 1x", f"{jieba1:.2f} s  ({chars / jieba1:,.0f} chars/s), peak RSS {jieba_rss:.0f} MB"),
        ("kg vs jieba speed", f"{jieba1 / kg1:.2f}  (target >= 1.0)"),
        ("kg --jobs 1 vs jieba speed", f"{jieba1 / one1:.2f}  (one core each: the rules' own speed)"),
        ("kg extract --jobs 1, 10x", f"{one10:.2f} s, peak RSS {one10_rss:.0f} MB"),
        ("kg extract, 10x", f"{kg10:.2f} s, peak RSS {kg10_rss:.0f} MB (largest process)"),
        ("jieba.lcut, 10x", f"{jieba10:.2f} s"),
        ("kg vs jieba speed, 10x", f"{jieba10 / kg10:.2f}  (--jobs 1: {jieba10 / one10:.2f})"),
        ("10x / 1x time, --jobs 1", f"{one10 / one1:.2f}  (target <= 11)"),
        ("every core vs --jobs 1, 10x", f"{one10 / kg10:.2f}  (target >= 1.7 on 2 cores)"),
    ]
    width = max(len(k) for k, _ in rows)
    print("\n".join(f"{k:<{width}}  {v}" for k, v in rows))


if __name__ == "__main__":
    main()
