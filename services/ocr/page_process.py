"""What the isolated OCR process does with one page: open the PDF (kept open), render, OCR.

Runs in the resource-limited child of `services.segment.isolation.IsolatedWorker`, at a lower
priority; a page that hangs or exhausts memory costs that process, never the worker service.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium

from services.segment.ocr_results import PageReading
from services.segment.pdf_open import open_pdf
from services.segment.segmenter import PdfRejected

# Open documents in this process, by path: the pages of one scan come one after another, and
# re-opening a large PDF for each of them would re-read its cross-reference table every time.
_OPEN: OrderedDict[str, pdfium.PdfDocument] = OrderedDict()
_KEEP_OPEN = 2


@dataclass(frozen=True)
class PageRequest:
    path: str  # the PDF on local disk (services/ocr/pdf_cache.py)
    page: int  # 1-based
    # a later attempt: the first failed (a time-out, mostly), so the page is read at the low
    # resolution under the retry's own limit (services/segment/scan/retry.py)
    retry: bool = False


def read_page(request: PageRequest, ocr: bool = True, max_pages: int = 0) -> PageReading:
    """The isolated worker's target: the page read by Tesseract (`PdfRejected` if it fails)."""
    from services.segment.scan import retry
    from services.segment.scan.reader import read_scanned
    from services.segment.scan.render import OCR_DPI
    from services.segment.scan.tesseract import OcrFailed

    pdf = _document(request.path)
    if not 1 <= request.page <= len(pdf):
        raise PdfRejected("no_such_page", f"page {request.page} of {len(pdf)}")
    page = pdf[request.page - 1]
    try:
        if not request.retry:
            return PageReading.of_runs(request.page, read_scanned(page))
        reading = retry.read_again(page, OCR_DPI)
        if isinstance(reading, Exception):
            raise reading
        return PageReading.of_runs(request.page, reading, retry.LOW_DPI_RETRY)
    except OcrFailed as exc:
        raise PdfRejected("ocr_failed", str(exc)) from exc
    finally:
        page.close()


def _document(path: str) -> Any:
    pdf = _OPEN.get(path)
    if pdf is None:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            # A damaged file the segmenter read as qpdf rebuilt it: rebuild it the same way, so
            # the page numbers are the same.
            with open(path, "rb") as f:
                pdf = open_pdf(f.read())
        _OPEN[path] = pdf
        while len(_OPEN) > _KEEP_OPEN:
            _OPEN.popitem(last=False)[1].close()
    _OPEN.move_to_end(path)
    return pdf
