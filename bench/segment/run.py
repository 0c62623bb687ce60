"""Segmentation throughput, pages/s on one core: stukken against raw pdfium and pdfminer tools.

Run from the repository root:
    .venv/bin/python -m bench.segment.run [--repeat 3] [--quick]
    .venv/bin/python bench/segment/run.py
Reads the text PDFs of shared/corpus/kamervragen ($STUKKEN_SHARED_DIR, else ../shared) plus
generated long letters, and the same documents typeset by several producers (corpus.producers);
writes bench/segment/report.md, pages_per_second.png and producers.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

import pypdfium2 as pdfium  # noqa: E402

from bench.segment.corpus import (  # noqa: E402
    Sample,
    concatenated,
    generated_letter,
    kamervragen,
    producers,
    scanned,
    shared_dir,
)
from services.segment.collector import tuned_collector  # noqa: E402
from services.segment.isolation import IsolatedSegmenter  # noqa: E402
from services.segment.scan.reader import read_scanned  # noqa: E402
from services.segment.segmenter import segment_pdf  # noqa: E402
from stukken.platform.allocator import ALLOCATOR, mapped, run_under_allocator  # noqa: E402

TARGET_PAGES_PER_S = 250


@dataclass
class Result:
    tool: str
    docs: str
    pages: int
    runs_s: list[float]

    @property
    def median(self) -> float:
        return self.pages / statistics.median(self.runs_s)

    @property
    def best(self) -> float:
        return self.pages / min(self.runs_s)


def pdfium_text(data: bytes) -> None:
    pdf = pdfium.PdfDocument(data)
    for page in pdf:
        page.get_textpage().get_text_bounded()
    pdf.close()


def stukken_segment(data: bytes) -> None:
    segment_pdf(data, ocr=True, max_pages=None)


def pdfminer_text(data: bytes) -> None:
    from pdfminer.high_level import extract_text

    extract_text(io.BytesIO(data))


def pdfplumber_text(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def ocr_scanned_page(data: bytes) -> None:
    read_scanned(pdfium.PdfDocument(data)[0])


def measure(
    tool: str,
    fn: Callable[[bytes], object],
    samples: list[Sample],
    docs: str,
    repeat: int,
    clock: Callable[[], float] = time.process_time,
) -> Result:
    """Pages/s of `fn` over the samples. In-process work is timed in CPU seconds of this process
    (other processes on a shared core do not count against it); work in a worker process or in
    Tesseract needs the wall clock (`clock=time.perf_counter`)."""
    for s in samples:  # warm-up: imports, font caches, Tesseract's model in the page cache
        fn(s.data)
    runs = []
    for _ in range(repeat):
        start = clock()
        for s in samples:
            fn(s.data)
        runs.append(clock() - start)
    result = Result(tool, docs, sum(s.pages for s in samples), runs)
    print(f"{tool:<34} {docs:<28} {result.best:9.1f} pages/s (best)", flush=True)
    return result


def measure_producers(
    tools: list[tuple[str, Callable[[bytes], object]]],
    sets: dict[str, list[Sample]],
    repeat: int,
) -> list[Result]:
    """Pages/s of each tool over each producer's set, in CPU seconds, taking turns: round by
    round, each set in turn and each tool in turn. On a shared machine the load changes from
    second to second: a ratio between tools is only fair when both saw the same load, and a slow
    spell (seconds long) should fall on one round of every producer, not on all runs of one.
    The sets are small (a few pages), hence many rounds."""
    for samples in sets.values():
        for _, fn in tools:
            for s in samples:
                fn(s.data)
    runs: dict[tuple[str, str], list[float]] = {(d, t): [] for d in sets for t, _ in tools}
    for _ in range(repeat):
        for docs, samples in sets.items():
            for tool, fn in tools:
                start = time.process_time()
                for s in samples:
                    fn(s.data)
                runs[(docs, tool)].append(time.process_time() - start)
    results = []
    for docs, samples in sets.items():
        pages = sum(s.pages for s in samples)
        for tool, _ in tools:
            r = Result(tool, docs, pages, runs[(docs, tool)])
            print(f"{r.tool:<34} {docs:<28} {r.best:9.1f} pages/s (best)", flush=True)
            results.append(r)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per tool (default 5)")
    parser.add_argument("--quick", action="store_true", help="skip the slow pdfminer tools")
    args = parser.parse_args()
    # Under the allocator the segment service's worker and `stukken process` run under
    # (jemalloc where installed; STUKKEN_WORKER_MALLOC=system times glibc's): every row alike.
    run_under_allocator()
    os.environ["OMP_THREAD_LIMIT"] = "1"  # Tesseract: one thread
    cpu = sorted(os.sched_getaffinity(0))[0]
    os.sched_setaffinity(0, {cpu})  # one core, inherited by the isolation worker and Tesseract
    # The collector set as the segment worker sets it (services/segment/collector.py), for the
    # tools run here in-process as for the isolated worker's row.
    with tuned_collector():
        _measure(args, cpu)


def _measure(args: argparse.Namespace, cpu: int) -> None:
    corpus = kamervragen()
    letter = generated_letter(50)
    long_doc = concatenated(corpus, 4)
    sets = {
        f"kamervragen ({len(corpus)} docs)": corpus,
        letter.name: [letter],
        long_doc.name: [long_doc],
    }
    tools: list[tuple[str, Callable[[bytes], object]]] = [
        ("pypdfium2 get_text_bounded", pdfium_text),
        ("stukken segment_pdf", stukken_segment),
    ]
    if not args.quick:
        tools += [("pdfminer.six extract_text", pdfminer_text)]
        tools += [("pdfplumber extract_text", pdfplumber_text)]

    results = [
        measure(tool, fn, samples, docs, args.repeat)
        for tool, fn in tools
        for docs, samples in sets.items()
    ]
    with IsolatedSegmenter(
        time_limit_s=600, memory_limit_mb=1024, recycle_after=10_000, max_pages=5000, ocr=True
    ) as isolated:
        for docs, samples in sets.items():
            results.append(
                measure(
                    "stukken IsolatedSegmenter",
                    isolated.segment_sync,
                    samples,
                    docs,
                    args.repeat,
                    clock=time.perf_counter,
                )
            )
    by_producer = measure_producers(tools[:2], producers(), 3 * args.repeat)
    scan = [scanned(corpus[0], page) for page in range(corpus[0].pages)]
    ocr_results = [
        measure(
            "OCR: render 300 dpi + tesseract",
            ocr_scanned_page,
            scan,
            "scanned pages",
            args.repeat,
            clock=time.perf_counter,
        ),
        measure(
            "stukken segment_pdf (OCR)",
            stukken_segment,
            scan,
            "scanned pages",
            args.repeat,
            clock=time.perf_counter,
        ),
    ]
    write_report(results, ocr_results, by_producer, cpu, args.repeat)
    plot(results, ocr_results)
    plot_producers(by_producer)


def machine() -> list[str]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    from importlib.metadata import version

    libs = ", ".join(
        f"{name} {version(name)}" for name in ("pypdfium2", "pdfminer.six", "pdfplumber")
    )
    tesseract = os.popen("tesseract --version 2>&1").readline().strip() or "not installed"
    commit = os.popen(f"git -C {HERE} describe --always --dirty 2>/dev/null").read().strip()
    return [
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {model}, {os.cpu_count()} logical CPUs, pinned to one; {platform.platform()}",
        f"- Python {platform.python_version()}; {libs}; {tesseract}",
        # the segment service's worker runs under jemalloc where installed (speed23.md round 55),
        # and so does this bench (main: run_under_allocator)
        f"- allocator: {ALLOCATOR if mapped(ALLOCATOR) else 'glibc malloc'} (every row alike)",
        f"- code: commit {commit or 'unknown'} (-dirty: uncommitted changes were measured too)",
        "- load average (1, 5, 15 min) at the end: {:.1f}, {:.1f}, {:.1f}".format(*os.getloadavg()),
        f"- corpus: {shared_dir().name}/corpus/kamervragen",
    ]


def write_report(
    results: list[Result], ocr: list[Result], by_producer: list[Result], cpu: int, repeat: int
) -> None:
    raw = {r.docs: r.best for r in results if r.tool.startswith("pypdfium2")}
    lines = [
        "# Segmentation throughput",
        "",
        f"Pages per second on one core (CPU {cpu}), best and median of {repeat} timed runs after",
        f"a warm-up run; target for stukken: >= {TARGET_PAGES_PER_S} pages/s (DESIGN.md).",
        "Written by `bench/segment/run.py`; the numbers are this machine's, not a promise.",
        "In-process rows are timed in CPU seconds of the benchmark process, so other processes",
        "on the shared core do not count against them (they still slow it through shared caches",
        "and hyperthreads: compare rows of one run, and see the load average); the",
        "IsolatedSegmenter and OCR rows, whose work runs in other processes, in wall seconds.",
        "",
        *machine(),
        "",
        "| tool | documents | pages | pages/s (best) | median | vs raw pdfium (best) |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in results:
        share = f"{r.best / raw[r.docs]:.0%}" if r.docs in raw else ""
        lines.append(
            f"| {r.tool} | {r.docs} | {r.pages} | {r.best:.1f} | {r.median:.1f} | {share} |"
        )
    lines += [
        "",
        "## By producer",
        "",
        "The same documents typeset by different producers: the producer matrix (one text",
        "object per word or per glyph with reportlab, one per line, headless Chromium,",
        "WeasyPrint, LibreOffice, Typst) and the rendered test letters. stukken reads",
        "pdfium's lines and words, not its text objects, so its share of raw pdfium's speed",
        "should not depend much on the producer; per-glyph PDFs are slow for pdfium itself.",
        "Both tools in CPU seconds of this process, taking turns run by run and producer by",
        f"producer ({3 * repeat} rounds, best run): the ratio is between runs that saw the same",
        "load, and a slow spell of the machine hits one round of every producer. 'raw pdfium' is",
        "the ceiling: loading each page and its text, nothing else.",
        "",
        "| producer | pages | raw pdfium pages/s | stukken pages/s | stukken / raw "
        f"| >= {TARGET_PAGES_PER_S} |",
        "|---|---:|---:|---:|---:|---|",
    ]
    raw_by = {r.docs: r.best for r in by_producer if r.tool.startswith("pypdfium2")}
    for r in by_producer:
        if r.tool.startswith("stukken"):
            raw_rate = raw_by[r.docs]
            share = r.best / raw_rate
            verdict = "yes" if r.best >= TARGET_PAGES_PER_S else "no"
            if raw_rate < TARGET_PAGES_PER_S:
                verdict += " (pdfium alone is slower)"
            row = f"| {r.docs} | {r.pages} | {raw_rate:.1f} | {r.best:.1f} | {share:.0%}"
            lines.append(f"{row} | {verdict} |")
    lines += ["", "![by producer](producers.png)"]
    lines += [
        "",
        "## OCR (pages without a text layer)",
        "",
        "Each page of a corpus letter rendered at 200 dpi and wrapped as an image-only PDF;",
        "stukken renders it again at 300 dpi and runs `tesseract -l nld+eng` with one thread.",
        "The first row is `scan.reader.read_scanned` (sparse-text mode, hOCR lines, markers and",
        "doubtful words read again), the OCR step of segment_pdf; the second adds the layout.",
        "Tesseract's time per page swings between about 2 and 5 s with the load.",
        "",
        "| step | pages | pages/s (best) | seconds per page (best) |",
        "|---|---:|---:|---:|",
    ]
    for r in ocr:
        lines.append(f"| {r.tool} | {r.pages} | {r.best:.2f} | {1 / r.best:.2f} |")
    lines += [
        "",
        "- pypdfium2 get_text_bounded: raw text extraction only, no layout; the ceiling.",
        "- stukken segment_pdf: text runs with positions, layout analysis, segment kinds.",
        "- stukken IsolatedSegmenter: the same in the resource-limited worker process the",
        "  segment service uses (adds the hand-over of bytes and result between processes).",
        "- pdfminer.six / pdfplumber: plain text with pdfminer's layout analysis (pure Python).",
        "",
        "![pages per second](pages_per_second.png)",
        "",
    ]
    (HERE / "report.md").write_text("\n".join(lines), encoding="utf-8")


def plot(results: list[Result], ocr: list[Result]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    docs = list(dict.fromkeys(r.docs for r in results))
    tools = list(dict.fromkeys(r.tool for r in results)) + [r.tool for r in ocr]
    fig, ax = plt.subplots(figsize=(10, 5.5))
    height = 0.8 / len(docs)
    for i, doc in enumerate(docs):
        values = {r.tool: r.best for r in results if r.docs == doc}
        ys = [t + i * height for t in range(len(tools)) if tools[t] in values]
        ax.barh(ys, [values[t] for t in tools if t in values], height, label=doc)
    ocr_ys = [tools.index(r.tool) + height for r in ocr]
    ax.barh(ocr_ys, [r.best for r in ocr], height, label="scanned pages (OCR)", color="grey")
    ax.axvline(TARGET_PAGES_PER_S, color="red", linestyle="--", label="target 250 pages/s")
    ax.set_xscale("log")
    ax.set_yticks([t + 0.4 - height / 2 for t in range(len(tools))], tools)
    ax.invert_yaxis()
    ax.set_xlabel("pages per second, one core, best run (log scale)")
    ax.set_title("PDF segmentation throughput")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(HERE / "pages_per_second.png", dpi=110)


def plot_producers(by_producer: list[Result]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    docs = list(dict.fromkeys(r.docs for r in by_producer))
    raw = {r.docs: r.best for r in by_producer if r.tool.startswith("pypdfium2")}
    ours = {r.docs: r.best for r in by_producer if r.tool.startswith("stukken")}
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(docs) + 1.8))
    ys = range(len(docs))
    ax.barh([y - 0.2 for y in ys], [raw[d] for d in docs], 0.4, label="raw pdfium text")
    ax.barh([y + 0.2 for y in ys], [ours[d] for d in docs], 0.4, label="stukken segment_pdf")
    for y, d in zip(ys, docs, strict=True):
        ax.text(ours[d], y + 0.2, f" {ours[d] / raw[d]:.0%}", va="center", fontsize=7)
    ax.axvline(TARGET_PAGES_PER_S, color="red", linestyle="--", label="target 250 pages/s")
    ax.set_yticks(list(ys), docs)
    ax.invert_yaxis()
    ax.set_xlabel("pages per second, one core, best run (label: share of raw pdfium)")
    ax.set_title("Segmentation throughput by PDF producer")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(HERE / "producers.png", dpi=110)


if __name__ == "__main__":
    main()
