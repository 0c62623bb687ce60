"""The enricher's cost in instructions per character, the same on a loaded machine as on a quiet.

Run from the repository root (needs valgrind; a few minutes):
    .venv/bin/python -m bench.enrich.instructions [--corpus pages|segmented ...]

The corpora are run.py's: the kamervragen PDFs as raw pdfium pages plus the seed letter
(`pages`), and the kamervragen and Woo PDFs as `segment_pdf` cuts them (`segmented`). They are
read once and written as JSON, so the child under callgrind only loads and enriches them. The
child imports the enricher, loads the documents and enriches the first (data files, automata),
then enriches the corpus `passes` times; a run of 3 passes minus a run of 1, over 2, is a pass
without imports and warm-up. The hash seed is fixed (with a random one, set and dict orders move
a pass by about 2 %, stakeholder52). Seconds are run.py's; these counts compare versions.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _child(path: str, passes: int) -> None:
    from services.enrich.enricher import enrich
    from stukken.contracts import SegmentedDocument

    docs = [SegmentedDocument.model_validate(d) for d in json.loads(Path(path).read_text())]
    enrich(docs[0])
    for _ in range(passes):
        for doc in docs:
            enrich(doc)


def _instructions(path: str, passes: int) -> int:
    from bench.callgrind import instructions  # the parent's only: the child runs as a script

    return instructions([str(Path(__file__).resolve()), "--child", path, str(passes)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=("pages", "segmented"))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return
    from bench.enrich.run import _pages, _segmented

    print("| corpus | documents | characters | a pass | per character |")
    print("|---|---:|---:|---:|---:|")
    for name, read in (("pages", _pages), ("segmented", _segmented)):
        if args.corpus and name not in args.corpus:
            continue
        docs = read()
        chars = sum(len(s.text) for d in docs for s in d.segments)
        with tempfile.TemporaryDirectory() as tmp:
            path = str(Path(tmp) / "docs.json")
            Path(path).write_text(json.dumps([d.model_dump(mode="json") for d in docs]))
            one_pass = (_instructions(path, 3) - _instructions(path, 1)) / 2
        cells = f"{len(docs)} | {chars:,} | {one_pass / 1e6:,.1f}M | {one_pass / chars:,.0f}"
        print(f"| {name} | {cells} |", flush=True)


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # after PYTHONPATH: another checkout's code can be measured
    main()
