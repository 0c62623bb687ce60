"""Enrichment throughput on the development corpus: segments/s and documents/s on one core.

Run: .venv/bin/python bench/enrich/run.py  (writes bench/enrich/report.md)
"""

from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from services.enrich.enricher import enrich  # noqa: E402
from stukken.contracts import Segment, SegmentedDocument  # noqa: E402
from tests.unit.enrich.corpus import kamervragen  # noqa: E402


def _seed_doc() -> SegmentedDocument | None:
    seed = ROOT.parent / "shared" / "seed" / "kamerbrief-2022-11-10.txt"
    if not seed.exists():
        return None
    paragraphs = [p for p in seed.read_text(encoding="utf-8").split("\n \n") if p.strip()]
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text=p) for i, p in enumerate(paragraphs)]
    return SegmentedDocument(segments=segs)


def main() -> None:
    docs = [doc for _, doc in kamervragen()]
    seed = _seed_doc()
    if seed is not None:
        docs.append(seed)
    t0 = time.perf_counter()
    enrich(docs[0])  # load data files and build the automaton once
    warmup = time.perf_counter() - t0
    rounds = 20
    segments = sum(len(d.segments) for d in docs) * rounds
    chars = sum(len(s.text) for d in docs for s in d.segments) * rounds
    refs = ents = 0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            r, e = enrich(doc)
            refs += len(r)
            ents += len(e)
    elapsed = time.perf_counter() - t0
    n_docs = len(docs) * rounds
    report = f"""# Enrichment benchmark

`bench/enrich/run.py` on {platform.python_implementation()} {platform.python_version()},
{platform.machine()}, one core.
Corpus: the six kamervragen PDFs (one segment per page, raw pdfium text) plus the seed kamerbrief
(split on blank lines), enriched {rounds} times each after one warm-up call.

| measure | value |
|---|---|
| first call (loads data files, builds the automaton) | {warmup * 1000:.0f} ms |
| documents | {n_docs} |
| segments | {segments} |
| characters | {chars} |
| references / entities found | {refs} / {ents} |
| wall time | {elapsed:.3f} s |
| **documents/s** | **{n_docs / elapsed:.0f}** |
| **segments/s** | **{segments / elapsed:.0f}** |
| characters/s | {chars / elapsed:,.0f} |

Segments here are whole pages (2-4 kB); with the layout segmenter's paragraph segments the
segments/s figure is higher and characters/s is the comparable number.
"""
    out = Path(__file__).with_name("report.md")
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
