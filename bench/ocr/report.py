"""bench/ocr/report.md and ocr.png from the measurements of bench/ocr/run.py."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
from pathlib import Path
from typing import Any

from bench.ocr.fixtures import Scan

LABELS = {
    "bare": "(a) bare `tesseract page.png - -l nld+eng`",
    "engine": "(a') loaded engine alone (sparse text, hOCR)",
    "ours": "(b) stukken read_scanned (render, OCR, hOCR, re-reads)",
    "ocrmypdf": "(c) OCRmyPDF 17 (`-j 1`, pypdfium rasterizer, no optimisation)",
}


def write(
    here: Path,
    res: dict[str, dict[str, list[float]]],
    rates: dict[int, dict[str, float]],
    docs: list[Scan],
    python: str,
    load: float,
) -> None:
    pages = sum(len(d.truth) for d in docs)
    med = {m: statistics.median(r["s"]) for m, r in res.items() if r["s"]}
    total = {m: sum(r["s"]) for m, r in res.items() if r["s"]}
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout
    lines = [
        "# OCR: cost per page and accuracy",
        "",
        f"Measured {dt.date.today()} with `python -m bench.ocr.run` on this machine "
        f"({os.cpu_count()} cores, shared with other work: load average {load:.1f} before the "
        "run; read ratios, not absolutes).",
        f"Python {python}; command line {tess.splitlines()[0]}; tesserocr engine "
        f"{_engine_version()}; same Debian nld+eng language data for both.",
        f"{pages} pages: the rendered ministry letter (3) and aanhangsel (2) of tests/fixtures, "
        "rasterised at 300 dpi with specks (the recipe of test_scanned_letter.py). Word recall: "
        "share of the true words (pdfium's text of the source PDF, with counts) in the reading.",
        "One Tesseract thread everywhere (`OMP_THREAD_LIMIT=1`). Times are the median of the "
        "repeats per page; OCRmyPDF's time is per document divided by its pages.",
        "",
        "| method | s/page (median) | s/page (mean) | word recall |",
        "| --- | ---: | ---: | ---: |",
    ]
    for m, label in LABELS.items():
        if m not in med or not res[m]["recall"]:
            lines.append(f"| {label} | not run | | |")
            continue
        mean = total[m] / len(res[m]["s"])
        rec = statistics.mean(res[m]["recall"])
        lines.append(f"| {label} | {med[m]:.2f} | {mean:.2f} | {rec:.1%} |")
    lines += [
        "",
        "Overhead (total time over all pages):",
        "",
        f"- (b) over (a) bare Tesseract command: **{total['ours'] / total['bare']:.2f}x** "
        "(target <= 1.15x).",
        f"- (b) over (a') the loaded engine on the same image: "
        f"**{total['ours'] / total['engine']:.2f}x**: what the layout steps around Tesseract "
        "(render, hOCR parsing, marker and code re-reads) cost.",
        f"- of which rendering the page from the PDF at 300 dpi (pdfium): "
        f"{total['render'] / len(res['render']['s']):.3f} s/page; without it, (b) over (a') is "
        f"**{(total['ours'] - total['render']) / total['engine']:.2f}x** (the engine is handed "
        "an image already decoded, the command line decodes a PNG).",
    ]
    if "ocrmypdf" in total:
        lines.append(f"- (c) OCRmyPDF over (b): {total['ocrmypdf'] / total['ours']:.2f}x.")
    lines += [
        "",
        "Pages/s with N workers (processes for stukken, each with its engine loaded once; "
        "concurrent commands for bare Tesseract), all pages twice. Two workers gain only when "
        "the second core is free: with the machine's load above, they cannot show the scaling.",
        "",
        "| workers | stukken read_scanned | bare tesseract command |",
        "| ---: | ---: | ---: |",
    ]
    for n, r in rates.items():
        lines.append(f"| {n} | {r['ours']:.2f} | {r['bare']:.2f} |")
    lines += [
        "",
        "Before (main 3773a7f, a `tesseract` process per call, each loading the language models, "
        "for the page and for every marker and code re-read): 2.08 s/page mean on the same five "
        "pages, measured once on 2026-12-02 with the same harness; now about 0.7 s/page.",
        "",
        "On the real stack, with the pages fanned out to OCR workers over Kafka (pages/s for 1, 2 "
        "and 4 workers, the 300-page scenario, a 10-machine projection): fanout.md.",
        "",
    ]
    (here / "report.md").write_text("\n".join(lines), encoding="utf-8")
    _plot(here, med, res, rates)


def _engine_version() -> str:
    import tesserocr

    return str(tesserocr.tesseract_version().splitlines()[0])


def _plot(here: Path, med: dict[str, float], res: dict[str, Any], rates: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    names = [m for m in LABELS if m in med and res[m]["recall"]]
    left.barh([LABELS[m].split(" ", 1)[0] + " " + m for m in names], [med[m] for m in names])
    for i, m in enumerate(names):
        rec = statistics.mean(res[m]["recall"])
        left.text(med[m], i, f" {med[m]:.2f} s, recall {rec:.0%}", va="center")
    left.set_xlabel("seconds per page (median)")
    left.set_xlim(0, max(med.values()) * 1.6)
    left.invert_yaxis()
    workers = sorted(rates)
    right.plot(workers, [rates[n]["ours"] for n in workers], "o-", label="stukken")
    right.plot(workers, [rates[n]["bare"] for n in workers], "s--", label="bare tesseract")
    right.set_xticks(workers)
    right.set_xlabel("workers")
    right.set_ylabel("pages/s")
    right.set_ylim(bottom=0)
    right.legend()
    fig.suptitle("OCR per page at 300 dpi, one Tesseract thread per worker")
    fig.tight_layout()
    fig.savefig(here / "ocr.png", dpi=110)
