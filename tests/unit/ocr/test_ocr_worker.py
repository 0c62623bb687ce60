"""The OCR worker's logic with stand-ins for the page process: retries, giving up, one download."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from services.ocr.metrics import OcrMetrics
from services.ocr.page_process import PageRequest, read_page
from services.ocr.pdf_cache import PdfCache
from services.ocr.worker import PageWorker
from services.segment.ocr_results import PageReading
from services.segment.segmenter import PdfRejected
from stukken.contracts.ocr import OcrPageTask
from tests.fakes import MemoryStore
from tests.fixtures.scanned import scanned_letters

BUCKET = "stukken-artifacts"


class Fails:
    """A page process whose pages always time out."""

    def __init__(self) -> None:
        self.calls = 0

    async def call(self, request: Any) -> Any:
        self.calls += 1
        raise PdfRejected("timeout", "no progress within 60 s")


class Reads:
    def __init__(self) -> None:
        self.paths: set[str] = set()

    async def call(self, request: PageRequest) -> PageReading:
        self.paths.add(request.path)
        return PageReading(
            page=request.page, outcome="ok", runs=[("tekst", 0, 0, 1, 1, 1, False, 0, False)]
        )


def _setup(
    tmp_path: Path, process: Any, data: bytes = b"%PDF-1.7 scan"
) -> tuple[PageWorker, OcrPageTask, PdfCache, MemoryStore]:
    store = MemoryStore()
    store.write("inbox", "scan.pdf", data)
    cache = PdfCache(store, 10 * 1024 * 1024, root=tmp_path)
    metrics = OcrMetrics(CollectorRegistry(), lambda: 0)
    worker = PageWorker(store, BUCKET, process, cache, metrics, max_attempts=3)
    task = OcrPageTask(
        doc_id="d1",
        version=hashlib.sha256(data).hexdigest(),
        source_bucket="inbox",
        source_key="scan.pdf",
        page=2,
        pages=[1, 2, 3],
        why="no_letters",
        job_key="ocr/v/job.json",
        result_key="ocr/v/ocr-1/2.json",
    )
    return worker, task, cache, store


async def test_a_failing_page_is_tried_again_then_given_up_as_failed(tmp_path: Path) -> None:
    worker, task, _, store = _setup(tmp_path, Fails())
    first = await worker.read(task)
    assert first.done is None and first.again is not None and first.again.attempt == 2
    second = await worker.read(first.again)
    assert second.again is not None and second.again.attempt == 3
    last = await worker.read(second.again)
    assert last.again is None and last.done is not None
    assert (last.done.outcome, last.done.reason, last.done.attempts) == ("failed", "timeout", 3)
    stored = PageReading.model_validate_json(store.read(BUCKET, task.result_key).data)
    assert stored.outcome == "failed"  # the gatherer finds the failure in the bucket too


async def test_pages_of_one_scan_download_it_once(tmp_path: Path) -> None:
    reads = Reads()
    worker, task, cache, store = _setup(tmp_path, reads)
    for page in (1, 2, 3):
        out = await worker.read(task.model_copy(update={"page": page, "result_key": f"r/{page}"}))
        assert out.done is not None and out.done.outcome == "ok"
    assert cache.downloads == 1 and len(reads.paths) == 1
    assert store.exists(BUCKET, "r/3")


async def test_a_replaced_document_ends_its_pages_without_reading_them(tmp_path: Path) -> None:
    reads = Reads()
    worker, task, _, store = _setup(tmp_path, reads)
    store.write("inbox", "scan.pdf", b"%PDF-1.7 newer bytes")
    out = await worker.read(task)
    assert out.done is not None and (out.done.outcome, out.done.reason) == ("failed", "source_gone")
    assert not reads.paths


def test_the_page_process_reads_one_page_of_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_letters(2))
    reading = read_page(PageRequest(str(path), 1))
    text = " ".join(row[0] for row in reading.runs)
    assert reading.outcome == "ok" and "Tweede Kamer" in text
