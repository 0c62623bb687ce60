"""matrix38 on the current code: more documents written blind, the seven producers.

Run from the repository root:
    .venv/bin/python -m bench.producers.matrix38 [--save FILE] [--before FILE] [--words]
Scores every tests/fixtures/matrix38/pdf/<doc>.<producer>.pdf with the producer matrix's scoring
(tests/fixtures/producers/score.py), as bench.producers.matrix30 does for its three and
matrix37 for its six; the numbers are those of bench/breadth/report-matrix38.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

from bench.producers.matrix30 import at_target, markdown, numbers  # noqa: E402
from tests.fixtures.matrix38.build import DOCS  # noqa: E402
from tests.fixtures.matrix38.build import HERE as ROOT  # noqa: E402
from tests.fixtures.producers.score import PRODUCERS, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--words", action="store_true", help="words lost and added per cell")
    args = parser.parse_args()
    scores = {(d, p): score(d, p, ROOT) for d in DOCS for p in PRODUCERS}
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


if __name__ == "__main__":
    main()
