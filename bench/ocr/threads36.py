"""Embedded mode's OCR, one thread against several (services/segment/ocr_pool.py): wall and CPU
time of `segment_pooled` on one PDF, and whether the segmented documents are byte-identical.

    PYTHONPATH=. .venv/bin/python -m bench.ocr.threads36 FILE.pdf [--threads 1,2]

Also the CPU seconds a page costs in each step of the OCR reader (`--steps`, the first pages
that need OCR): render, rulings, Tesseract's page reading, the rest of `read_scanned`.
Times depend on the machine's load: give the load average with them (printed).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pypdfium2 as pdfium

from services.segment.ocr_pool import segment_pooled
from services.segment.scan.reader import read_scanned
from services.segment.scan.render import PageImage
from services.segment.scan.rulings import erase_rulings
from services.segment.scan.tesseract import tesseract
from services.segment.writable import writable


def runs(data: bytes, threads: list[int]) -> None:
    outputs = {}
    for n in threads:
        load = os.getloadavg()[0]
        wall, cpu = time.perf_counter(), time.process_time()
        doc = segment_pooled(data, threads=n)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        outputs[n] = writable(doc).model_dump_json()
        pages = len(doc.metadata.ocr_pages or [])
        print(
            f"threads={n}: {wall:.1f} s wall, {cpu:.1f} s CPU (all threads), "
            f"{pages} pages OCR'd, load before {load:.1f}"
        )
    first = outputs[threads[0]]
    print("identical:", all(out == first for out in outputs.values()))


def steps(data: bytes, pages: int) -> None:
    pdf = pdfium.PdfDocument(data)
    spent = {"render": 0.0, "rulings": 0.0, "tesseract page": 0.0, "read_scanned": 0.0}
    read_scanned(pdf[0])  # the engines loaded first: a page's cost, not the load's
    for i in range(min(pages, len(pdf))):
        page = pdf[i]
        c = time.process_time()
        image = PageImage(page)
        spent["render"] += time.process_time() - c
        c = time.process_time()
        image.rows = erase_rulings(image.rows, image.scale)
        spent["rulings"] += time.process_time() - c
        c = time.process_time()
        tesseract(image.grey(), lang="nld+eng", psm=11, output="hocr")
        spent["tesseract page"] += time.process_time() - c
        c = time.process_time()
        read_scanned(page)
        spent["read_scanned"] += time.process_time() - c
    n = min(pages, len(pdf))
    print("CPU s/page:", {k: round(v / n, 3) for k, v in spent.items()})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf", type=Path)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--steps", type=int, default=0, help="pages to time step by step")
    args = ap.parse_args()
    data = args.pdf.read_bytes()
    if args.steps:
        steps(data, args.steps)
    runs(data, [int(n) for n in args.threads.split(",")])


if __name__ == "__main__":
    main()
