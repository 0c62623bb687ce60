"""Mutated PDFs through the embedded pipeline: every one must come back as an answer.

usage (from the project root, with its venv):
  .venv/bin/python -m bench.fuzz.run [--seed 29] [--count 150] [--timeout 120]
Takes the shared corpus's and the fixtures' PDFs (under 3 MB), damages a copy of one at random
(bytes flipped, the file cut short, a chunk copied elsewhere, digits replaced by extreme numbers,
a run zeroed) and runs `stukken.embedded.process_bytes` on it in a child process with a time
limit. An answer is an EnrichedDocument or a DocRejected; anything else (an exception, a dead
child, the time limit) is a finding, kept under bench/fuzz/findings/. Bounded in count and time,
local only. Writes bench/fuzz/report.md.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SOURCES = [ROOT.parent / "shared" / "corpus", ROOT / "tests" / "fixtures"]
LARGEST = 3_000_000

# The child: one file, one answer on its last line.
_CHILD = """
import sys
from stukken.embedded import process_bytes
answer = process_bytes(open(sys.argv[1], "rb").read(), "fuzz.pdf")
print("ANSWER", type(answer).__name__, getattr(answer, "reason", ""))
"""


def damaged(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """A copy of `data` damaged one way, and the way's name."""
    b = bytearray(data)
    how = rng.choice(["flip", "cut", "copy", "numbers", "zero"])
    if how == "flip":
        for _ in range(rng.randint(1, 40)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif how == "cut":
        b = b[: rng.randrange(len(b) // 4, len(b))]
    elif how == "copy":
        at = rng.randrange(len(b))
        chunk = b[at : at + rng.randint(10, 5000)]
        to = rng.randrange(len(b))
        b[to:to] = chunk
    elif how == "numbers":
        for _ in range(rng.randint(1, 30)):
            at = rng.randrange(len(b))
            if 48 <= b[at] <= 57:
                b[at : at + 1] = rng.choice([b"9999999", b"-1", b"0", b"1e30", b"NaN"])
    else:
        at = rng.randrange(len(b))
        size = rng.randint(10, 3000)
        b[at : at + size] = bytes(size)
    return bytes(b), how


def outcome(path: Path, timeout: float) -> str:
    try:
        run = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)],
            capture_output=True,
            timeout=timeout,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    last = (run.stdout.decode(errors="replace").strip().splitlines() or [""])[-1]
    if run.returncode == 0 and last.startswith("ANSWER "):
        return " ".join(last.split()[1:])
    tail = run.stderr.decode(errors="replace").strip().splitlines()[-1:]
    return f"exit {run.returncode}: {tail[0] if tail else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    files = sorted(p for root in SOURCES for p in root.rglob("*.pdf") if p.stat().st_size < LARGEST)
    findings = HERE / "findings"
    case = HERE / "case.pdf"
    outcomes: Counter[str] = Counter()
    ways: Counter[str] = Counter()
    bad: list[str] = []
    started = time.monotonic()
    for n in range(args.count):
        source = rng.choice(files)
        data, how = damaged(source.read_bytes(), rng)
        case.write_bytes(data)
        result = outcome(case, args.timeout)
        ways[how] += 1
        outcomes[result] += 1
        if not (result.startswith("EnrichedDocument") or result.startswith("DocRejected")):
            findings.mkdir(exist_ok=True)
            kept = findings / f"{args.seed}-{n}-{how}-{source.stem}.pdf"
            kept.write_bytes(data)
            bad.append(f"| {n} | {how} | {source.name} | {result} |")
    case.unlink(missing_ok=True)
    lines = [
        "# Damaged PDFs through the embedded pipeline",
        "",
        f"Written by `bench/fuzz/run.py --seed {args.seed} --count {args.count}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{time.monotonic() - started:.0f} s); {len(files)} source PDFs.",
        "",
        "| damage | cases |",
        "|---|---:|",
        *(f"| {how} | {k} |" for how, k in sorted(ways.items())),
        "",
        "| outcome | cases |",
        "|---|---:|",
        *(f"| {what} | {k} |" for what, k in outcomes.most_common()),
        "",
        f"Findings (no answer): {len(bad)}",
    ]
    if bad:
        lines += ["", "| case | damage | source | outcome |", "|---|---|---|---|", *bad]
    (HERE / "report.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
