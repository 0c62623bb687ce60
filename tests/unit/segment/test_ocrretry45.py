"""ocrretry45: a page whose OCR times out is read once more at a low resolution (scan/retry.py),
alike in the in-process reader, embedded mode's threads and the OCR fan-out's page worker.

The time-out is Tesseract's own, on real rendered pages: the page's whole reading at full
resolution gets a limit of 1 ms (the re-reads of a word or a marker keep theirs, so the output
does not depend on how fast a small crop happens to be read).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from prometheus_client import CollectorRegistry

from services.ocr.metrics import OcrMetrics
from services.ocr.page_process import PageRequest, read_page
from services.ocr.pdf_cache import PdfCache
from services.ocr.worker import PageWorker
from services.segment.ocr_budget import MIN_DPI
from services.segment.ocr_jobs import assemble_document, plan_document
from services.segment.ocr_pool import segment_pooled
from services.segment.ocr_results import PageReading
from services.segment.scan import reader, retry
from services.segment.scan.tesseract import tesseract
from services.segment.segmenter import segment_pdf
from services.segment.writable import writable
from stukken.contracts import SegmentedDocument
from stukken.contracts.ocr import OcrPageTask
from tests.fakes import MemoryStore
from tests.fixtures.scanned import scanned_letters

tesseract_needed = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract not installed"
)


@pytest.fixture
def full_reading_times_out(monkeypatch: pytest.MonkeyPatch) -> list[float | None]:
    """Every whole-page reading under Tesseract's default limit gets 1 ms (and times out);
    the limits asked for are noted (the retry asks for its own)."""
    asked: list[float | None] = []

    def tight(image: Any, **kw: Any) -> str:
        if kw.get("psm") == 11:  # the page's whole reading (`reader.read_image`)
            asked.append(kw.get("timeout_s"))
            if kw.get("timeout_s") is None:
                kw["timeout_s"] = 0.001
        return tesseract(image, **kw)

    monkeypatch.setattr(reader, "tesseract", tight)
    return asked


def _degraded(doc: SegmentedDocument) -> list[tuple[int, str]]:
    assert doc.metadata.quality is not None
    return [(p.page, p.reason) for p in doc.metadata.quality.pages.degraded]


def _text(doc: SegmentedDocument) -> str:
    return " ".join(s.text for s in doc.segments)


def _json(doc: SegmentedDocument) -> str:
    return writable(doc).model_dump_json()


def test_the_retry_reads_at_the_budgets_low_resolution() -> None:
    assert retry.retry_dpi(300, 200) == 200
    assert retry.retry_dpi(200, 200) == 150  # read there already (past the budget's pages)
    assert retry.retry_dpi(120, 200) == MIN_DPI
    assert retry.retry_dpi(300) == 200  # the settings' default


def test_a_drawing_capped_in_pixels_is_read_again_under_its_cap() -> None:
    """A0 (2384 x 3370 pt) renders at 160 dpi for 300 or 200 (`render.MAX_PIXELS`): the retry
    reads it at three quarters of that, not at the same image again."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(2384, 3370)
    assert retry.rendered_dpi(page, 300) == retry.rendered_dpi(page, 200) == 160
    assert retry.rendered_dpi(page, 100) == 100
    assert retry.retry_dpi(retry.rendered_dpi(page, 300), 200) == 120


def test_the_retry_follows_the_budgets_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUKKEN_OCR_LOW_DPI", "150")
    assert retry.retry_dpi(300) == 150


@tesseract_needed
def test_a_page_that_times_out_is_read_again_and_says_so(
    full_reading_times_out: list[float | None],
) -> None:
    doc = segment_pdf(scanned_letters(2))
    assert _degraded(doc) == [(1, retry.LOW_DPI_RETRY), (2, retry.LOW_DPI_RETRY)]
    assert doc.metadata.ocr_pages == [1, 2]
    assert "Tweede Kamer" in _text(doc)  # read, not left to the empty text layer
    assert doc.metadata.quality is not None
    assert any("read again at a low resolution" in w for w in doc.metadata.quality.warnings)
    # each page: the full reading (default limit), then the retry under its own limit
    assert full_reading_times_out == [None, retry.RETRY_TIMEOUT_S] * 2


@tesseract_needed
@pytest.mark.parametrize("threads", [1, 2])
def test_embedded_threads_read_a_timed_out_page_as_the_in_process_reader(
    full_reading_times_out: list[float | None], threads: int
) -> None:
    scan = scanned_letters(3)
    pooled = segment_pooled(scan, threads=threads)
    assert _degraded(pooled) == [(n, retry.LOW_DPI_RETRY) for n in (1, 2, 3)]
    assert _json(pooled) == _json(segment_pdf(scan))


@tesseract_needed
def test_a_page_the_retry_fails_on_too_is_ocr_failed(
    full_reading_times_out: list[float | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retry, "RETRY_TIMEOUT_S", 0.001)
    doc = segment_pdf(scanned_letters(1))
    assert _degraded(doc) == [(1, "ocr_failed")]
    assert doc.metadata.quality is not None
    assert not any("read again" in w for w in doc.metadata.quality.warnings)


@tesseract_needed
def test_a_page_read_in_time_is_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: Any, **kw: Any) -> Any:
        raise AssertionError("a page read in time is not read again")

    scan = scanned_letters(2)
    before = _json(segment_pdf(scan))
    monkeypatch.setattr(retry, "read_again", never)
    for doc in (segment_pdf(scan), segment_pooled(scan, threads=2)):
        assert _degraded(doc) == []
        assert _json(doc) == before


class InProcess:
    """The isolated page process's stand-in: `read_page` in this process."""

    def __init__(self) -> None:
        self.requests: list[PageRequest] = []

    async def call(self, request: PageRequest) -> PageReading:
        self.requests.append(request)
        return read_page(request)

    def abort(self) -> None:  # nothing runs apart to end
        pass


def _task(data: bytes, page: int) -> OcrPageTask:
    version = hashlib.sha256(data).hexdigest()
    return OcrPageTask(
        doc_id="d1",
        version=version,
        source_bucket="inbox",
        source_key="scan.pdf",
        page=page,
        pages=[1, 2],
        why="no_letters",
        job_key=f"ocr/{version}/job.json",
        result_key=f"ocr/{version}/ocr-2/{page}.json",
    )


@tesseract_needed
async def test_the_fanout_reads_a_timed_out_page_again_as_embedded_mode_does(
    tmp_path: Path, full_reading_times_out: list[float | None]
) -> None:
    scan = scanned_letters(2)
    store = MemoryStore()
    store.write("inbox", "scan.pdf", scan)
    process = InProcess()
    cache = PdfCache(store, 10 * 1024 * 1024, root=tmp_path)
    worker = PageWorker(store, "art", process, cache, OcrMetrics(CollectorRegistry(), lambda: 0), 3)
    _, planned = plan_document(scan, None)
    readings: dict[int, PageReading] = {}
    for p in planned:
        first = await worker.read(_task(scan, p.page))  # times out: tried again
        assert first.done is None and first.again is not None
        second = await worker.read(first.again)
        assert second.done is not None and second.done.outcome == "ok"
        readings[p.page] = PageReading.model_validate_json(
            store.read("art", second.done.result_key).data
        )
    assert [r.retry for r in process.requests] == [False, True, False, True]
    assert {r.reason for r in readings.values()} == {retry.LOW_DPI_RETRY}
    assembled = assemble_document(scan, readings, None)
    assert _degraded(assembled) == [(1, retry.LOW_DPI_RETRY), (2, retry.LOW_DPI_RETRY)]
    assert _json(assembled) == _json(segment_pdf(scan))  # the pipeline reads as the CLI


@tesseract_needed
def test_the_fanouts_first_attempt_reads_at_full_resolution(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_letters(1))
    first = read_page(PageRequest(str(path), 1))
    assert first.outcome == "ok" and first.reason is None
    again = read_page(PageRequest(str(path), 1, retry=True))
    assert again.outcome == "ok" and again.reason == retry.LOW_DPI_RETRY
