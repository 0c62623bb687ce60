"""The producer matrix on the current code: how each document reads, whoever typeset it.

Run from the repository root:
    .venv/bin/python -m bench.producers.run
Segments every tests/fixtures/producers/pdf/<doc>.<producer>.pdf in-process, scores it against
the document's gold (tests/fixtures/producers/score.py) and writes bench/producers/report.md and
bench/producers/matrix.png (heat maps of body recall and precision). It also times each producer
on one core (all its documents, best of 5 runs) against pdfium's raw text of the same pages,
under the allocator the segment service's worker runs under (jemalloc where installed, as
bench/segment/run.py times it); the report says whether the layout ran compiled or pure (scores
are the same either way, speed is not: time it from a built tree).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

from services.segment.collector import tuned_collector  # noqa: E402
from stukken.platform.allocator import run_under_allocator  # noqa: E402
from tests.fixtures.producers.score import DOCS, PRODUCERS, Score, pdf_path, score  # noqa: E402

TARGET = 0.98
TARGET_PAGES_PER_S = 250
RUNS = 5


def _pdfium_text(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    for page in pdf:
        page.get_textpage().get_text_bounded()
    pages = len(pdf)
    pdf.close()
    return pages


def _segment(data: bytes) -> int:
    from services.segment.segmenter import segment_pdf

    return segment_pdf(data).metadata.page_count


def pages_per_second(producer: str) -> tuple[float, float]:
    """segment_pdf's and raw pdfium's pages a second over the producer's documents: best of RUNS
    after a warm-up run, the two taking turns run by run so that a slow spell of the machine
    hits both, in CPU seconds of this process (as bench/segment/run.py times its in-process
    rows): what other processes take of the shared core does not count, only what they take
    of its caches."""
    files = [pdf_path(doc, producer).read_bytes() for doc in DOCS]
    readers = (_segment, _pdfium_text)
    pages = [sum(read(data) for data in files) for read in readers]
    best = [float("inf")] * len(readers)
    for _ in range(RUNS):
        for k, read in enumerate(readers):
            start = time.process_time()
            for data in files:
                read(data)
            best[k] = min(best[k], time.process_time() - start)
    return pages[0] / best[0], pages[1] / best[1]


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=HERE).stdout

    dirty = "-dirty" if git("status", "--porcelain", "--untracked-files=no").strip() else ""
    return git("rev-parse", "--short", "HEAD").strip() + dirty


def _cell(s: Score) -> str:
    if s.error:
        return f"CRASH {s.error[:60]}"
    return f"{s.precision:.3f} / {s.recall:.3f}"


def _ratio(found: int, expected: int) -> str:
    mark = "" if found == expected else " ✗"
    return f"{found}/{expected}{mark}"


def _structure(s: Score) -> str:
    g = s.gold
    q = sum(1 for n in s.questions if n in g["questions"])
    a = sum(1 for n in s.answers if n in g["answers"])
    parts = []
    if g["questions"] or s.questions:
        parts.append(
            f"q {_ratio(q, len(g['questions']))}"
            + (f" (+{len(s.questions) - q})" if len(s.questions) > q else "")
        )
        parts.append(f"a {_ratio(a, len(g['answers']))}")
    if g["footnotes"] or s.footnotes:
        cited = sum(1 for n in s.cited if n in g["footnotes"])
        found = s.footnotes_found()
        parts.append(
            f"fn {_ratio(found, len(g['footnotes']))}, cited {_ratio(cited, len(g['footnotes']))}"
        )
    parts.append(
        f"h {_ratio(s.heading_texts_found(), len(g['headings']))}"
        + (f" of {len(s.headings)} given" if len(s.headings) != len(g["headings"]) else "")
    )
    if s.leaks:
        parts.append(f"furniture in body {len(s.leaks)}")
    return "; ".join(parts)


def speed_table(speeds: dict[str, tuple[float, float]]) -> list[str]:
    lines = [
        "",
        "## Speed per producer",
        "",
        f"Pages per second on one core (CPU {min(os.sched_getaffinity(0))}), best of {RUNS} runs",
        f"over the {len(DOCS)} documents, in CPU seconds of this process; target >=",
        f"{TARGET_PAGES_PER_S} pages/s (issue #8). Other processes on the core still slow it",
        "through its caches: compare rows of one run, and see the load average at the end:",
        f"{_load()}. {_how()}",
        "",
        "| producer | segment_pdf pages/s | raw pdfium text pages/s | ratio |",
        "|---|---:|---:|---:|",
    ]
    for producer, (seg, raw) in speeds.items():
        lines.append(f"| {producer} | {seg:.0f} | {raw:.0f} | {seg / raw:.0%} |")
    return lines


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _how() -> str:
    """How the timed code ran: the layout compiled or pure, pdfium's accelerator, the allocator."""
    from services.segment import layout
    from stukken.platform.allocator import ALLOCATOR, mapped

    try:
        from services.segment.layout import _bulk  # noqa: F401

        bulk = "the C accelerator"
    except ImportError:
        bulk = "ctypes (no C accelerator)"
    malloc = ALLOCATOR if mapped(ALLOCATOR) else "glibc malloc"
    return f"Layout {layout.MODE}, pdfium through {bulk}, allocator {malloc}; gc as the worker."


def report(scores: dict[tuple[str, str], Score], speeds: dict[str, tuple[float, float]]) -> str:
    ok = [
        k for k, s in scores.items() if not s.error and s.precision >= TARGET and s.recall >= TARGET
    ]
    lines = [
        "# Producer matrix",
        "",
        "Each source document of tests/fixtures/producers/src typeset by each producer and read",
        "by `segment_pdf`; body tokens (NFKC, lowercase, words as shared/tools/coverage.py splits",
        "them) compared as multisets with the gold body. Target per cell (issue #8): precision and",
        f"recall >= {TARGET}, every question, answer and footnote, the gold's headings, no",
        "furniture in body. Written by `bench/producers/run.py`; the test:",
        "tests/unit/segment/test_producer_matrix.py.",
        "",
        f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- code: commit {_commit()}",
        f"- cells at the body target: {len(ok)} of {len(scores)}",
        "",
        "## Body precision / recall",
        "",
        "| document | " + " | ".join(PRODUCERS) + " |",
        "|---|" + "---:|" * len(PRODUCERS),
    ]
    for doc in DOCS:
        lines.append(f"| {doc} | " + " | ".join(_cell(scores[doc, p]) for p in PRODUCERS) + " |")
    lines += [
        "",
        "![body recall and precision](matrix.png)",
        "",
        "## Structure found / expected",
        "",
        "q: question numbers, a: answer numbers, fn: footnotes with the gold's number and text",
        "(whitespace ignored) and how many of them the body cites, h: headings whose text is the",
        "gold's (title included); ✗ marks a shortfall.",
        "",
        "| document | producer | structure |",
        "|---|---|---|",
    ]
    for doc in DOCS:
        for p in PRODUCERS:
            lines.append(f"| {doc} | {p} | {_structure(scores[doc, p])} |")
    lines += speed_table(speeds)
    lines += ["", "## Words lost and added per cell (most frequent first)", ""]
    for doc in DOCS:
        for p in PRODUCERS:
            s = scores[doc, p]
            if s.missing or s.extra:
                miss = ", ".join(f"{w}×{c}" for w, c in s.missing.most_common(8))
                extra = ", ".join(f"{w}×{c}" for w, c in s.extra.most_common(8))
                lost, added = sum(s.missing.values()), sum(s.extra.values())
                lines.append(f"- **{doc} / {p}**: missing {lost} ({miss}); extra {added} ({extra})")
    return "\n".join(lines) + "\n"


def heat_map(scores: dict[tuple[str, str], Score], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import BoundaryNorm, ListedColormap

    # discrete bands, so a cell just short of the target does not look green
    bands = ListedColormap(["#b2182b", "#ef8a62", "#fdb863", "#fee08b", "#1a9850"])
    norm = BoundaryNorm([0.0, 0.5, 0.7, 0.9, TARGET, 1.0001], ncolors=5)
    # a row of cells a document: the figure grows with the matrix, the cells keep their size
    fig, axes = plt.subplots(1, 2, figsize=(13, 1.6 + 0.42 * len(DOCS)), constrained_layout=True)
    for ax, name in zip(axes, ("recall", "precision"), strict=True):
        grid = [[getattr(scores[d, p], name) for p in PRODUCERS] for d in DOCS]
        image = ax.imshow(grid, norm=norm, cmap=bands, aspect="auto")
        ax.set_xticks(range(len(PRODUCERS)), PRODUCERS, rotation=30, ha="right")
        ax.set_yticks(range(len(DOCS)), DOCS)
        ax.set_title(f"body {name} (target >= {TARGET})")
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=axes, shrink=0.8)
    fig.savefig(path, dpi=90)
    plt.close(fig)


def main() -> None:
    # no options; --help says what it does rather than overwrite the report
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    run_under_allocator()  # every row as the segment service's worker runs (jemalloc, if installed)
    os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    scores = {(d, p): score(d, p) for d in DOCS for p in PRODUCERS}
    with tuned_collector():  # the garbage collector set as the segment worker sets it
        speeds = {p: pages_per_second(p) for p in PRODUCERS}
    (HERE / "report.md").write_text(report(scores, speeds), encoding="utf-8")
    heat_map(scores, HERE / "matrix.png")
    print(f"wrote {HERE / 'report.md'} and matrix.png")


if __name__ == "__main__":
    main()
