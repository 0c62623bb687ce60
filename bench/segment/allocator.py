"""`stukken process` and a long segmenting process under glibc's malloc and under jemalloc.

Run from the repository root (bench/segment/jem42.md is its report):
    .venv/bin/python -m bench.segment.allocator [--rounds 10] [--long-rounds 30]

1. Embedded mode: `stukken process FILE --json` on every PDF of the development corpus, run as a
   user (and ../shared/tools/coverage.py) runs it, a fresh process per file, the two allocators
   taking turns file by file, round by round (jemalloc by LD_PRELOAD from the start). Wall
   seconds per round, and the child processes' CPU seconds.
2. A long process: one process per allocator segments the 84-page 'kamervragen x4' document
   round after round (in-process `segment_pdf`, CPU seconds), to see whether pages/s drifts as
   the heap ages. Writes allocator.png beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the repository root

from bench.segment.corpus import shared_dir  # noqa: E402
from stukken.platform.allocator import ALLOCATOR, ALLOCATOR_SWITCH, REEXECUTED  # noqa: E402

ALLOCATORS = {"glibc": "system", "jemalloc": ""}
# The `stukken` console script's entry (pyproject's [project.scripts]), from this tree.
ENTRY = "from stukken.cli import app; app()"

LONG = """
import json, sys, time
from bench.segment.corpus import concatenated, kamervragen
from services.segment.collector import tuned_collector
from services.segment.segmenter import segment_pdf
from stukken.platform.allocator import ALLOCATOR, mapped
sample = concatenated(kamervragen(), 4)
rates = []
with tuned_collector():
    for _ in range(int(sys.argv[1])):
        start = time.process_time()
        segment_pdf(sample.data)
        rates.append(sample.pages / (time.process_time() - start))
print(json.dumps({"mapped": mapped(ALLOCATOR), "rates": rates}))
"""


def environment(name: str) -> dict[str, str]:
    """The environment of a process that starts under allocator `name` (preloaded from the
    start, as the segmenter's worker is)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", REEXECUTED)}
    env[ALLOCATOR_SWITCH] = ALLOCATORS[name]
    if name == "jemalloc":
        env["LD_PRELOAD"] = ALLOCATOR
    return env


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def embedded(files: list[Path], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Wall and child CPU seconds of `stukken process` over all files, per round and allocator."""
    out: dict[str, dict[str, list[float]]] = {n: {"wall": [], "cpu": []} for n in ALLOCATORS}
    order = list(ALLOCATORS)
    for r in range(rounds):
        totals = {n: [0.0, 0.0] for n in ALLOCATORS}
        for f in files:
            for name in order if r % 2 == 0 else order[::-1]:
                cpu, start = child_cpu(), time.perf_counter()
                subprocess.run(
                    [sys.executable, "-c", ENTRY, "process", str(f), "--json"],
                    env=environment(name),
                    cwd=ROOT,
                    capture_output=True,
                    check=True,
                    timeout=600,
                )
                totals[name][0] += time.perf_counter() - start
                totals[name][1] += child_cpu() - cpu
        for name, (wall, cpu) in totals.items():
            out[name]["wall"].append(wall)
            out[name]["cpu"].append(cpu)
        print(f"round {r + 1}: " + ", ".join(f"{n} {t[0]:.2f} s" for n, t in totals.items()))
    return out


def long_process(rounds: int) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name in ALLOCATORS:
        env = environment(name)
        run = subprocess.run(
            [sys.executable, "-c", LONG, str(rounds)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=3600,
        )
        out[name] = json.loads(run.stdout)
    return out


def plot(long: dict[str, dict[str, object]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.5))
    for name, result in long.items():
        rates = result["rates"]
        assert isinstance(rates, list)
        ax.plot(range(1, len(rates) + 1), rates, marker=".", label=name)
    ax.set_xlabel("round (one 84-page document each) in one process")
    ax.set_ylabel("pages/s (CPU)")
    ax.set_ylim(bottom=0)
    ax.legend()
    ax.set_title("segment_pdf in a long process, by allocator")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--long-rounds", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write the raw numbers here")
    args = parser.parse_args()
    corpus = shared_dir() / "corpus"
    files = sorted(corpus.glob("*/*.pdf"))
    result: dict[str, object] = {"files": len(files)}
    if args.rounds:
        result["embedded"] = emb = embedded(files, args.rounds)
        for name, series in emb.items():
            print(
                f"{name}: wall median {statistics.median(series['wall']):.2f} s, "
                f"cpu median {statistics.median(series['cpu']):.2f} s over {len(files)} files"
            )
    if args.long_rounds:
        result["long"] = long = long_process(args.long_rounds)
        plot(long, HERE / "allocator.png")
        for name, r in long.items():
            rates = r["rates"]
            assert isinstance(rates, list)
            print(
                f"{name} (mapped {r['mapped']}): first {rates[0]:.0f}, last {rates[-1]:.0f}, "
                f"median {statistics.median(rates):.0f} pages/s"
            )
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
