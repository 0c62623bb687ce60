"""regeling39's two documents on the current code, the seven producers.

Run from the repository root:
    .venv/bin/python -m bench.producers.regeling39 [--save FILE] [--before FILE] [--words]
Scores every tests/fixtures/regeling39/pdf/<doc>.<producer>.pdf with the producer matrix's
scoring (tests/fixtures/producers/score.py), as bench.producers.matrix38 does for its six; the
numbers are those of bench/breadth/report-regeling39.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

from bench.producers.matrix30 import run_round  # noqa: E402
from tests.fixtures.regeling39.build import DOCS  # noqa: E402
from tests.fixtures.regeling39.build import HERE as ROOT  # noqa: E402


def main() -> None:
    run_round(__doc__, DOCS, ROOT)


if __name__ == "__main__":
    main()
