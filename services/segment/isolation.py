"""The segmenter in its isolated worker process (services/segment/worker_process.py).

Three kinds of request: a whole document (the PDF's bytes: segmented as it always was, OCR in
the worker), and the two halves of the OCR fan-out: plan (read without OCR, note the pages that
need it) and assemble (segment with the OCR workers' readings handed in).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from services.segment.ocr_jobs import assemble_document, plan_document
from services.segment.ocr_results import PageReading, PlannedPage
from services.segment.segmenter import segment_pdf
from services.segment.worker_process import (
    IsolatedWorker,
    WorkerTarget,
    WorkerUnavailable,
)
from services.segment.worker_process import report_page as _report_page
from stukken.contracts import SegmentedDocument

__all__ = ["IsolatedSegmenter", "IsolatedWorker", "WorkerTarget", "WorkerUnavailable"]


@dataclass(frozen=True)
class PlanRequest:
    """Read the document without OCR; which pages need it (services/segment/ocr_jobs.py)."""

    data: bytes


@dataclass(frozen=True)
class AssembleRequest:
    """Segment the document with the OCR workers' readings of its scanned pages."""

    data: bytes
    readings: dict[int, PageReading]


def segment_document(request: Any, ocr: bool, max_pages: int) -> Any:
    """The default worker target: the segmenter itself, reporting each page it has read."""
    if isinstance(request, PlanRequest):
        return plan_document(request.data, max_pages, _report_page)
    if isinstance(request, AssembleRequest):
        return assemble_document(request.data, request.readings, max_pages, _report_page)
    return segment_pdf(request, ocr=ocr, max_pages=max_pages, on_page=_report_page)


class IsolatedSegmenter(IsolatedWorker):
    """The segmenter in its isolated worker: whole documents, or the two halves of OCR fan-out."""

    def __init__(self, *, target: WorkerTarget = segment_document, **options: Any) -> None:
        # pdfium's page loads are allocation-heavy: the worker runs under jemalloc where it is
        # installed (services/segment/worker_process.py, `ALLOCATOR`).
        options.setdefault("preload_allocator", True)
        super().__init__(target=target, **options)

    async def segment(self, data: bytes) -> SegmentedDocument:
        document: SegmentedDocument = await self.call(data)
        return document

    def segment_sync(self, data: bytes) -> SegmentedDocument:
        document: SegmentedDocument = self.call_sync(data)
        return document

    async def plan(self, data: bytes) -> tuple[SegmentedDocument, list[PlannedPage]]:
        planned: tuple[SegmentedDocument, list[PlannedPage]] = await self.call(PlanRequest(data))
        return planned

    async def assemble(self, data: bytes, readings: dict[int, PageReading]) -> SegmentedDocument:
        document: SegmentedDocument = await self.call(AssembleRequest(data, readings))
        return document
