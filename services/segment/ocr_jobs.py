"""The OCR fan-out around the segmenter: plan which pages need OCR, assemble with the readings.

Plain functions (no Kafka, no S3): the segment worker process runs them on untrusted bytes.

- `plan_document`: segment the document without OCR, noting every page that needs it (the same
  decisions `read_page_runs` makes). No such page: the document is done, exactly as before.
- `assemble_document`: segment it again with the OCR workers' readings handed in; a page whose
  OCR failed keeps its text layer and is marked degraded (`ocr_failed`); one read again at a
  low resolution after a time-out is marked as the in-process reading marks it
  (`ocr_low_dpi_retry`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pypdfium2 as pdfium

from services.segment.layout.words import PageRuns
from services.segment.ocr_results import WHY_CODES, PageReading, PlannedPage
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

OnPage = Callable[[int], None] | None


class PagePlanner:
    """An OCR reader that reads nothing: it notes the page and keeps the text layer."""

    def __init__(self) -> None:
        self.pages: list[PlannedPage] = []

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        self.pages.append(PlannedPage(page=runs.number, why=WHY_CODES.get(why, "little_text")))
        return runs


class HandedIn:
    """An OCR reader that takes the OCR workers' readings, by page number."""

    def __init__(self, readings: Mapping[int, PageReading]) -> None:
        self.readings = readings

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        reading = self.readings.get(runs.number)
        if reading is None or reading.outcome != "ok":
            # the text layer, however thin, is all there is; the page says why
            runs.degraded = runs.degraded or ("ocr_failed" if reading else "ocr_missing")
            return runs
        return PageRuns(
            runs.number,
            runs.width,
            runs.height,
            reading.to_runs(),
            ocr=True,
            # an ok reading's reason says it was read at a low resolution (`scan/retry.py`)
            degraded=runs.degraded or reading.reason,
            bottom=runs.bottom,
        )


def plan_document(
    data: bytes, max_pages: int | None, on_page: OnPage = None
) -> tuple[SegmentedDocument, list[PlannedPage]]:
    """The document read from its text layers, and the pages that need OCR (maybe none)."""
    planner = PagePlanner()
    doc = segment_pdf(data, ocr=True, max_pages=max_pages, on_page=on_page, ocr_reader=planner)
    return doc, planner.pages


def assemble_document(
    data: bytes, readings: Mapping[int, PageReading], max_pages: int | None, on_page: OnPage = None
) -> SegmentedDocument:
    reader = HandedIn(readings)
    return segment_pdf(data, ocr=True, max_pages=max_pages, on_page=on_page, ocr_reader=reader)
