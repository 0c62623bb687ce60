"""matrix30 on the current code: three documents written blind, typeset by the seven producers.

Run from the repository root:
    .venv/bin/python -m bench.producers.matrix30 [--save FILE] [--before FILE]
Scores every tests/fixtures/matrix30/pdf/<doc>.<producer>.pdf with the producer matrix's scoring
(tests/fixtures/producers/score.py) and prints the per-cell body precision / recall and the
structure counts as markdown; `--save` keeps the numbers as JSON, `--before` puts a saved run's
numbers beside this one's (the "before / after" of bench/producers/report-matrix30.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

from bench.producers.run import TARGET, _cell, _structure  # noqa: E402
from tests.fixtures.matrix30.build import DOCS  # noqa: E402
from tests.fixtures.matrix30.build import HERE as ROOT  # noqa: E402
from tests.fixtures.producers.score import PRODUCERS, Score, score  # noqa: E402


def numbers(scores: dict[tuple[str, str], Score]) -> dict[str, dict[str, str]]:
    return {
        f"{d}/{p}": {"body": _cell(s), "structure": _structure(s), "ok": str(at_target(s))}
        for (d, p), s in scores.items()
    }


def at_target(s: Score) -> bool:
    g = s.gold
    return (
        s.error is None
        and s.precision >= TARGET
        and s.recall >= TARGET
        and s.questions == g["questions"]
        and s.answers == g["answers"]
        and s.footnotes_ok()
        and not s.leaks
    )


def markdown(now: dict[str, dict[str, str]], before: dict[str, dict[str, str]] | None) -> str:
    lines = [f"cells at the target: {sum(v['ok'] == 'True' for v in now.values())} of {len(now)}"]
    if before:
        was = sum(v["ok"] == "True" for v in before.values())
        lines[0] += f" (before: {was})"
    lines += ["", "| document | producer | body P / R | structure |", "|---|---|---|---|"]
    if before:
        lines[-2:] = [
            "| document | producer | body P / R before | after | structure before | after |",
            "|---|---|---|---|---|---|",
        ]
    for key, v in now.items():
        doc, producer = key.split("/")
        if before:
            b = before[key]
            cells = [doc, producer, b["body"], v["body"], b["structure"], v["structure"]]
            lines.append("| " + " | ".join(cells) + " |")
        else:
            lines.append(f"| {doc} | {producer} | {v['body']} | {v['structure']} |")
    return "\n".join(lines)


def run_round(doc: str | None, docs: list[str], root: Path) -> None:
    """A blind round's scoring from the command line (matrix30's and every later round's)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--words", action="store_true", help="words lost and added per cell")
    args = parser.parse_args()
    scores = {(d, p): score(d, p, root) for d in docs for p in PRODUCERS}
    now = numbers(scores)
    if args.save:
        args.save.write_text(json.dumps(now, indent=1) + "\n", encoding="utf-8")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    print(markdown(now, before))
    if args.words:
        for (d, p), s in scores.items():
            if s.missing or s.extra or not at_target(s):
                miss = ", ".join(f"{w}×{c}" for w, c in s.missing.most_common(10))
                extra = ", ".join(f"{w}×{c}" for w, c in s.extra.most_common(10))
                heads = [h for h in s.headings if h not in s.expected_headings()]
                lost = [h for h in s.expected_headings() if h not in s.headings]
                print(
                    f"- **{d} / {p}**: missing ({miss}); extra ({extra}); leaks {s.leaks}; "
                    f"q {s.questions} a {s.answers}; fn {s.footnotes_found()}/"
                    f"{len(s.gold['footnotes'])} cited {s.cited}; headings extra {heads} "
                    f"lost {lost}"
                )


def main() -> None:
    run_round(__doc__, DOCS, ROOT)


if __name__ == "__main__":
    main()
