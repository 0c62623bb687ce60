"""OCR cost per page and text accuracy: stukken's scan reader against bare Tesseract and OCRmyPDF.

Run from the repository root (OCRmyPDF comes with the optional extra `bench-ocr`):
    .venv/bin/pip install -e '.[dev,bench-ocr]'
    .venv/bin/python -m bench.ocr.run [--repeat 2]
The scans are the rendered letters of tests/fixtures/letters.py, rasterised at 300 dpi with specks
as tests/unit/segment/test_scanned_letter.py does, so the true text of every page is known.
Writes bench/ocr/report.md and bench/ocr/ocr.png.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

import pypdfium2 as pdfium  # noqa: E402

from bench.ocr.fixtures import Scan, recall, scans  # noqa: E402
from services.segment.scan.hocr import parse_lines  # noqa: E402
from services.segment.scan.reader import read_scanned  # noqa: E402
from services.segment.scan.render import PageImage  # noqa: E402
from services.segment.scan.tesseract import tesseract  # noqa: E402

LANG = "nld+eng"
ONE_THREAD = {**os.environ, "OMP_THREAD_LIMIT": "1"}
T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    out = work()
    return time.perf_counter() - start, out


def bare(png: Path) -> str:
    """(a) The bare command: `tesseract page.png - -l nld+eng`, one thread."""
    done = subprocess.run(
        ["tesseract", str(png), "-", "-l", LANG],
        capture_output=True,
        env=ONE_THREAD,
        check=True,
    )
    return done.stdout.decode()


def engine_only(image: PageImage) -> str:
    """(a') The loaded engine alone on the page image, called as our reader calls it."""
    lines = parse_lines(tesseract(image.grey(), lang=LANG, psm=11, output="hocr"))
    return " ".join(w.text for line in lines for w in line.words)


def ours(page: pdfium.PdfPage) -> str:
    """(b) Our OCR path: render, Tesseract, hOCR parsing, marker and code re-reads, runs."""
    return " ".join(run.text for run in read_scanned(page, lang=LANG))


def ocrmypdf(scan: Scan, work: Path) -> tuple[float, list[str]]:
    """(c) OCRmyPDF on the whole scan (per-document start-up shared by its pages)."""
    src, out, side = work / f"{scan.name}.pdf", work / f"{scan.name}.ocr.pdf", work / "side.txt"
    src.write_bytes(scan.pdf)
    args = ["-l", LANG, "--output-type", "pdf", "--rasterizer", "pypdfium", "--optimize", "0"]
    args += ["-j", "1", "--sidecar", str(side), "-q", str(src), str(out)]
    tool = Path(sys.executable).with_name("ocrmypdf")
    seconds, _ = timed(lambda: subprocess.run([str(tool), *args], env=ONE_THREAD, check=True))
    return seconds, side.read_text(encoding="utf-8").split("\f")


def measure(docs: list[Scan], repeat: int, work: Path) -> dict[str, dict[str, list[float]]]:
    """Seconds per page and word recall per page, by method (the median of `repeat` runs)."""
    res: dict[str, dict[str, list[float]]] = {
        m: {"s": [], "recall": []} for m in ("bare", "engine", "ours", "ocrmypdf", "render")
    }
    tesseract(PageImage(pdfium.PdfDocument(docs[0].pdf)[0]).grey(), lang=LANG, psm=11)  # load
    for scan in docs:
        pdf = pdfium.PdfDocument(scan.pdf)
        for number, truth in enumerate(scan.truth):
            png = work / f"{scan.name}-{number + 1}.png"
            image = PageImage(pdf[number])
            image_png(image, png)
            work_of: dict[str, Callable[[], str]] = {
                "bare": partial(bare, png),
                "engine": partial(engine_only, image),
                "ours": partial(ours, pdf[number]),
            }
            runs = {m: [timed(w) for _ in range(repeat)] for m, w in work_of.items()}
            render = [timed(partial(PageImage, pdf[number]))[0] for _ in range(repeat)]
            res["render"]["s"].append(statistics.median(render))
            for method, tries in runs.items():
                res[method]["s"].append(statistics.median(t for t, _ in tries))
                res[method]["recall"].append(recall(truth, tries[0][1]))
        if has_ocrmypdf():
            tries = [ocrmypdf(scan, work) for _ in range(repeat)]
            per_page = statistics.median(t for t, _ in tries) / len(scan.truth)
            for truth, text in zip(scan.truth, tries[0][1], strict=False):
                res["ocrmypdf"]["s"].append(per_page)
                res["ocrmypdf"]["recall"].append(recall(truth, text))
    return res


def image_png(image: PageImage, path: Path) -> None:
    from PIL import Image

    grey = image.grey()
    Image.frombytes("L", (grey.width, grey.height), grey.pixels).save(path, dpi=(300, 300))


def has_ocrmypdf() -> bool:
    return Path(sys.executable).with_name("ocrmypdf").exists()


# Throughput: N workers, each with its engine loaded once, over a queue of pages.
_worker_docs: list[pdfium.PdfDocument] = []


def _worker_start(pdfs: list[bytes]) -> None:
    _worker_docs.extend(pdfium.PdfDocument(p) for p in pdfs)
    tesseract(PageImage(_worker_docs[0][0]).grey(), lang=LANG, psm=11)  # load the engine


def _worker_page(task: tuple[int, int]) -> int:
    return len(read_scanned(_worker_docs[task[0]][task[1]], lang=LANG))


def pages_per_second(docs: list[Scan], workers: int, rounds: int, pngs: list[Path]) -> dict:
    tasks = [(d, p) for _ in range(rounds) for d, s in enumerate(docs) for p in range(len(s.truth))]
    ctx = get_context("spawn")
    init = ([s.pdf for s in docs],)
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_start, initargs=init)
    with pool as ex:
        list(ex.map(_worker_page, [tasks[0]] * workers))  # every worker started and loaded
        ours_s, _ = timed(lambda: list(ex.map(_worker_page, tasks)))
    queue = pngs * rounds
    with ThreadPoolExecutor(workers) as pool:
        bare_s, _ = timed(lambda: list(pool.map(bare, queue)))
    return {"ours": len(tasks) / ours_s, "bare": len(queue) / bare_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="passes over the pages (pages/s)")
    opts = parser.parse_args()
    docs = scans()
    load = os.getloadavg()[0]  # other work on the machine, before ours starts
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        res = measure(docs, opts.repeat, work)
        pngs = sorted(work.glob("*.png"))
        rates = {n: pages_per_second(docs, n, opts.rounds, pngs) for n in (1, 2)}
    from bench.ocr.report import write

    write(HERE, res, rates, docs, platform.python_version(), load)


if __name__ == "__main__":
    main()
