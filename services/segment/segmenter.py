"""PDF bytes -> ordered segments. Pure logic: no Kafka, no S3, no environment.

The layout steps live in `services.segment.layout`; this module opens the document, reads every
page's text runs (OCR'ing pages that have no usable text layer), and hands them over.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from services.segment.layout.assemble import segment_pages
from services.segment.layout.grids import GridTable, read_grids
from services.segment.layout.words import PageRuns, read_page
from stukken.contracts import SegmentedDocument


class PdfRejected(Exception):
    """The PDF cannot be segmented; `reason` is a stable machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def segment_pdf(
    data: bytes, *, ocr: bool = True, max_pages: int | None = None
) -> SegmentedDocument:
    # Imported here: pdf_open imports PdfRejected from this module.
    from services.segment.pdf_open import open_page, open_pdf

    pdf = open_pdf(data, max_pages=max_pages)
    try:
        pages = []
        grids: list[GridTable] = []  # tables the pages draw, read while the page is open
        for index in range(len(pdf)):
            page = open_page(pdf, index)
            try:
                pages.append(_read(page, index + 1, ocr))
                grids += read_grids(page, index + 1)
            finally:
                page.close()
        return segment_pages(pages, len(pdf), grids)
    finally:
        pdf.close()


def _read(page: pdfium.PdfPage, number: int, ocr: bool) -> PageRuns:
    runs = read_page(page, number)
    if not ocr or runs.char_count >= 30:
        return runs
    from services.segment.scan import detect

    textpage = page.get_textpage()
    try:
        if not detect.page_needs_ocr(page, textpage):
            return runs
    finally:
        textpage.close()
    from services.segment.scan.reader import read_scanned
    from services.segment.scan.tesseract import OcrFailed

    try:
        runs_ocr = read_scanned(page)
    except OcrFailed:
        return runs  # the text layer, however thin, is all there is
    return PageRuns(number, runs.width, runs.height, runs_ocr, ocr=True)
